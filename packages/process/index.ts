import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Run an external program with an argument array, never through a shell. Output is collected up
 * to `maxBuffer` bytes per stream; beyond that the process is killed and the call fails, so a
 * runaway child cannot exhaust memory.
 */
export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  input?: string
  maxBuffer?: number
  /** Exit codes that are not failures (default: only 0). */
  okCodes?: readonly number[]
  timeoutMs?: number
}

export interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

export class ExecError extends Error {
  readonly command: string
  readonly code: number | null
  readonly stderr: string
  constructor(command: string, code: number | null, stderr: string, reason?: string) {
    const detail = stderr.trim().split('\n').slice(-5).join('\n')
    super(`${command} ${reason ?? `exited with code ${code}`}${detail ? `:\n${detail}` : ''}`)
    this.name = 'ExecError'
    this.command = command
    this.code = code
    this.stderr = stderr
  }
}

export function describeCommand(file: string, args: readonly string[]): string {
  const shown = args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))
  return [file, ...shown].join(' ')
}

export function exec(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const { cwd, env, input, maxBuffer = 256 * 1024 * 1024, okCodes = [0], timeoutMs } = options
  const command = describeCommand(file, args)
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      env,
      shell: false,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outLen = 0
    let errLen = 0
    let failure: string | undefined
    const timer = killAfter(child, timeoutMs, reason => (failure = reason))
    child.stdout?.on('data', (chunk: Buffer) => {
      outLen += chunk.length
      if (outLen > maxBuffer) {
        failure = `wrote more than ${maxBuffer} bytes to stdout`
        child.kill('SIGKILL')
      } else out.push(chunk)
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      errLen += chunk.length
      if (errLen <= maxBuffer) err.push(chunk)
    })
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      reject(new ExecError(command, null, '', `could not start: ${error.message}`))
    })
    child.on('close', code => {
      if (timer) clearTimeout(timer)
      const stdout = Buffer.concat(out).toString('utf8')
      const stderr = Buffer.concat(err).toString('utf8')
      if (failure) reject(new ExecError(command, code, stderr, failure))
      else if (code === null || !okCodes.includes(code))
        reject(new ExecError(command, code, stderr))
      else resolve({ code, stdout, stderr })
    })
    if (input !== undefined && child.stdin) {
      child.stdin.on('error', () => {})
      child.stdin.end(input)
    }
  })
}

/** Kill the child after `timeoutMs` (when given), saying why through `onTimeout`. */
function killAfter(
  child: ChildProcess,
  timeoutMs: number | undefined,
  onTimeout: (reason: string) => void,
): NodeJS.Timeout | undefined {
  if (timeoutMs === undefined) return undefined
  return setTimeout(() => {
    onTimeout(`timed out after ${timeoutMs} ms`)
    child.kill('SIGKILL')
  }, timeoutMs)
}

/**
 * Run a program and hand its stdout to `onText` piece by piece, decoded as UTF-8, so output of any
 * size is processed in constant memory. Resolves when the program exits successfully.
 */
export function execStream(
  file: string,
  args: readonly string[],
  onText: (text: string) => void,
  options: Omit<ExecOptions, 'maxBuffer' | 'input'> = {},
): Promise<void> {
  const { cwd, env, okCodes = [0], timeoutMs } = options
  const command = describeCommand(file, args)
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] })
    const decoder = new TextDecoder('utf-8')
    let stderr = ''
    let failure: string | undefined
    const timer = killAfter(child, timeoutMs, reason => (failure = reason))
    child.stdout?.on('data', (chunk: Buffer) => {
      if (failure) return
      try {
        onText(decoder.decode(chunk, { stream: true }))
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error)
        child.kill('SIGKILL')
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8')
    })
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      reject(new ExecError(command, null, '', `could not start: ${error.message}`))
    })
    child.on('close', code => {
      if (timer) clearTimeout(timer)
      if (!failure) {
        try {
          const rest = decoder.decode()
          if (rest) onText(rest)
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error)
        }
      }
      if (failure) reject(new ExecError(command, code, stderr, failure))
      else if (code === null || !okCodes.includes(code))
        reject(new ExecError(command, code, stderr))
      else resolve()
    })
  })
}
