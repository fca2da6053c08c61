/**
 * A command gate: `bash -e -o pipefail -c <run>` (the one place where a shell is the point), its
 * output streamed to the caller as it comes and only a bounded tail kept, its exit code and
 * duration recorded. A timeout kills the whole process group.
 */
import { spawn } from 'node:child_process'
import type { CommandGate } from './spec.ts'

export interface CommandOutcome {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  durationMs: number
  /** The last bytes of the output (stdout and stderr interleaved). */
  tail: string
  /** How many bytes the command wrote in all. */
  bytes: number
}

/** Keeps the last `limit` bytes written to it. */
export class Tail {
  readonly #limit: number
  #chunks: Buffer[] = []
  #size = 0
  total = 0
  constructor(limit: number) {
    this.#limit = limit
  }
  push(chunk: Buffer): void {
    this.total += chunk.length
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

export function runCommandGate(
  gate: CommandGate,
  {
    cwd,
    env,
    onOutput,
    tailBytes = 64 * 1024,
    killGraceMs = 5000,
  }: {
    cwd: string
    env: NodeJS.ProcessEnv
    onOutput: (chunk: Buffer) => void
    tailBytes?: number
    killGraceMs?: number
  },
): Promise<CommandOutcome> {
  const started = performance.now()
  const tail = new Tail(tailBytes)
  return new Promise((resolve, reject) => {
    // detached: the command and everything it starts form one process group, killed together.
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', gate.run], {
      cwd,
      env: { ...env, ...gate.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let timedOut = false
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    let grace: NodeJS.Timeout | undefined
    const timer = setTimeout(() => {
      timedOut = true
      killGroup('SIGTERM')
      grace = setTimeout(() => killGroup('SIGKILL'), killGraceMs)
    }, gate.timeoutMinutes * 60_000)
    const take = (chunk: Buffer) => {
      tail.push(chunk)
      onOutput(chunk)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (grace) clearTimeout(grace)
      // Whatever the command left running in its group goes too.
      killGroup('SIGKILL')
      resolve({
        exitCode: code,
        signal,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        tail: tail.text(),
        bytes: tail.total,
      })
    })
  })
}
