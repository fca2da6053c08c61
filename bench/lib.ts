/**
 * Small timing helpers shared by the benchmarks: medians over repeated runs, measured in the
 * same process and run as the peer they are compared with.
 */
import { spawnSync } from 'node:child_process'

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Median wall time in ms of an async function, after `warmup` unmeasured runs. */
export async function timeAsync(
  fn: () => Promise<unknown>,
  runs = 15,
  warmup = 2,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Median wall time in ms of a synchronous function, after `warmup` unmeasured runs. */
export function timeSync(fn: () => unknown, runs = 15, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Median wall time in ms of a process run to completion (stdout discarded). */
export function timeProcess(
  file: string,
  args: readonly string[],
  {
    cwd,
    env,
    runs = 15,
    warmup = 2,
  }: { cwd?: string; env?: NodeJS.ProcessEnv; runs?: number; warmup?: number } = {},
): number {
  const once = () => {
    const start = performance.now()
    const r = spawnSync(file, args, {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
    })
    if (r.status !== 0)
      throw new Error(`${file} ${args.join(' ')} failed: ${r.stderr?.toString() ?? ''}`)
    return performance.now() - start
  }
  for (let i = 0; i < warmup; i++) once()
  return median(Array.from({ length: runs }, once))
}

export function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`
}

/** Wall time (ms) and peak resident memory (MiB) of one run of a process, via GNU time. */
export function measureProcess(
  file: string,
  args: readonly string[],
  { cwd, env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { ms: number; maxRssMiB: number } {
  const start = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', file, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  })
  const ms = performance.now() - start
  const err = r.stderr?.toString() ?? ''
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${err}`)
  const kib = Number(err.trim().split('\n').pop())
  return { ms, maxRssMiB: kib / 1024 }
}

export interface ProcessCase {
  name: string
  file: string
  args: readonly string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
}

/**
 * Median wall times (ms) of several processes measured in turns (a, b, c, a, b, c, …) rather than
 * one after the other, so that a change of load on the machine hits each of them alike and the
 * ratios between them hold even when the absolute figures drift.
 */
export function timeProcessesInTurn(
  cases: readonly ProcessCase[],
  { runs = 15, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Map<string, number> {
  const once = (c: ProcessCase) => {
    const start = performance.now()
    const r = spawnSync(c.file, c.args, {
      cwd: c.cwd,
      env: c.env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
    })
    if (r.status !== 0)
      throw new Error(`${c.file} ${c.args.join(' ')} failed: ${r.stderr?.toString() ?? ''}`)
    return performance.now() - start
  }
  for (let i = 0; i < warmup; i++) for (const c of cases) once(c)
  const times = new Map<string, number[]>(cases.map(c => [c.name, []]))
  for (let i = 0; i < runs; i++) for (const c of cases) times.get(c.name)?.push(once(c))
  return new Map([...times].map(([name, t]) => [name, median(t)]))
}
