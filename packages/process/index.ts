/**
 * packages/process: the one place that starts processes (eslint.config.js allows child_process
 * here only). `runProcess` is the single spawn: an argument array, never a shell (a gate that
 * wants bash names it), with a timeout, a cap on collected output, a bounded tail, a streaming
 * callback and, as an option, a process group that is killed as a whole. `exec` (collect the
 * output, fail on a bad exit code) and `execStream` (hand stdout on as text) are its two common
 * uses.
 */
import { spawn } from 'node:child_process'
import { OperationalError } from '../errors/index.ts'

export interface SpawnOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  input?: string
  /** Stop the process after this long (see killGraceMs); the outcome says `timedOut`. */
  timeoutMs?: number
  /** On timeout, SIGTERM first and SIGKILL this long after; 0 (the default): SIGKILL at once. */
  killGraceMs?: number
  /**
   * Start the process as the leader of a process group of its own and signal the whole group:
   * on timeout, and (SIGKILL) whatever it left running once it has exited.
   */
  processGroup?: boolean
  /**
   * Each piece of output as it comes. If it throws, the process is killed, no more output is
   * handed on, and the outcome's `stopped` carries the error's message.
   */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void
  /**
   * Collect stdout, at most this many bytes: more kills the process (`stopped` says so), so a
   * runaway child cannot exhaust memory. Without it stdout is not collected.
   */
  maxStdout?: number
  /** Keep the first this many bytes of stderr (default 64 KiB). */
  stderrBytes?: number
  /** Keep the last this many bytes of all output, stdout and stderr interleaved (default none). */
  tailBytes?: number
  /** How the command is named in errors (default: the file and its arguments). */
  name?: string
}

export interface SpawnOutcome {
  /** The exit code, or null when a signal ended the process. */
  code: number | null
  signal: NodeJS.Signals | null
  /** Why this side stopped the process (a timeout, too much output, a callback that threw). */
  stopped: string | undefined
  timedOut: boolean
  durationMs: number
  /** What maxStdout collected. */
  stdout: string
  /** The first stderrBytes of stderr. */
  stderr: string
  /** The last tailBytes of the output. */
  tail: string
  /** How many bytes the process wrote in all (both streams). */
  bytes: number
}

export class ExecError extends OperationalError {
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

/** Keeps the last `limit` bytes written to it. */
class Tail {
  readonly #limit: number
  #chunks: Buffer[] = []
  #size = 0
  constructor(limit: number) {
    this.#limit = limit
  }
  push(chunk: Buffer): void {
    if (this.#limit <= 0) return
    this.#chunks.push(chunk)
    this.#size += chunk.length
    while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.#limit && this.#chunks.length > 1) {
      this.#size -= this.#chunks.shift()?.length ?? 0
    }
  }
  text(): string {
    const all = Buffer.concat(this.#chunks)
    return all.subarray(Math.max(0, all.length - this.#limit)).toString('utf8')
  }
}

/**
 * Run `file` with `args` (no shell) and resolve with how it ended, whatever its exit code. It
 * rejects (ExecError) only when the process cannot be started.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<SpawnOutcome> {
  const {
    cwd,
    env,
    input,
    timeoutMs,
    killGraceMs = 0,
    processGroup = false,
    onOutput,
    maxStdout,
    stderrBytes = 64 * 1024,
    tailBytes = 0,
  } = options
  const command = options.name ?? describeCommand(file, args)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      env,
      shell: false,
      // detached: the process and everything it starts form one group, signalled together.
      detached: processGroup,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (processGroup) {
          if (child.pid) process.kill(-child.pid, signal)
        } else child.kill(signal)
      } catch {
        // already gone
      }
    }
    const out: Buffer[] = []
    let outLen = 0
    const err: Buffer[] = []
    let errLen = 0
    const tail = new Tail(tailBytes)
    let bytes = 0
    let stopped: string | undefined
    let timedOut = false
    const stop = (reason: string) => {
      if (stopped !== undefined) return
      stopped = reason
      kill('SIGKILL')
    }

    let grace: NodeJS.Timeout | undefined
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            stopped ??= `timed out after ${timeoutMs} ms`
            if (killGraceMs > 0) {
              kill('SIGTERM')
              grace = setTimeout(() => kill('SIGKILL'), killGraceMs)
            } else kill('SIGKILL')
          }, timeoutMs)
    const clearTimers = () => {
      if (timer) clearTimeout(timer)
      if (grace) clearTimeout(grace)
    }

    const take = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      bytes += chunk.length
      tail.push(chunk)
      if (stream === 'stdout' && maxStdout !== undefined && stopped === undefined) {
        outLen += chunk.length
        if (outLen > maxStdout) stop(`wrote more than ${maxStdout} bytes to stdout`)
        else out.push(chunk)
      }
      if (stream === 'stderr' && errLen < stderrBytes) {
        const part = chunk.subarray(0, stderrBytes - errLen)
        err.push(part)
        errLen += part.length
      }
      if (onOutput && stopped === undefined) {
        try {
          onOutput(chunk, stream)
        } catch (error) {
          stop(error instanceof Error ? error.message : String(error))
        }
      }
    }
    child.stdout?.on('data', take('stdout'))
    child.stderr?.on('data', take('stderr'))
    child.on('error', error => {
      clearTimers()
      reject(new ExecError(command, null, '', `could not start: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimers()
      // Whatever the process left running in its group goes too.
      if (processGroup) kill('SIGKILL')
      resolve({
        code,
        signal,
        stopped,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        tail: tail.text(),
        bytes,
      })
    })
    if (input !== undefined && child.stdin) {
      child.stdin.on('error', () => {})
      child.stdin.end(input)
    }
  })
}

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

/** The outcome as a result, or the ExecError that says why it is not one. */
function settle(command: string, r: SpawnOutcome, okCodes: readonly number[]): ExecResult {
  if (r.stopped !== undefined) throw new ExecError(command, r.code, r.stderr, r.stopped)
  if (r.code === null || !okCodes.includes(r.code)) throw new ExecError(command, r.code, r.stderr)
  return { code: r.code, stdout: r.stdout, stderr: r.stderr }
}

export async function exec(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const { maxBuffer = 256 * 1024 * 1024, okCodes = [0], ...rest } = options
  const command = describeCommand(file, args)
  const outcome = await runProcess(file, args, {
    ...rest,
    maxStdout: maxBuffer,
    stderrBytes: maxBuffer,
    name: command,
  })
  return settle(command, outcome, okCodes)
}

/**
 * Run a program and hand its stdout to `onText` piece by piece, decoded as UTF-8, so output of any
 * size is processed in constant memory. Resolves when the program exits successfully.
 */
export async function execStream(
  file: string,
  args: readonly string[],
  onText: (text: string) => void,
  options: Omit<ExecOptions, 'maxBuffer' | 'input'> = {},
): Promise<void> {
  const { okCodes = [0], ...rest } = options
  const command = describeCommand(file, args)
  const decoder = new TextDecoder('utf-8')
  const outcome = await runProcess(file, args, {
    ...rest,
    name: command,
    onOutput: (chunk, stream) => {
      if (stream === 'stdout') onText(decoder.decode(chunk, { stream: true }))
    },
  })
  if (outcome.stopped === undefined) {
    try {
      const rest = decoder.decode()
      if (rest) onText(rest)
    } catch (error) {
      outcome.stopped = error instanceof Error ? error.message : String(error)
    }
  }
  settle(command, outcome, okCodes)
}
