/**
 * packages/files owns files: the one "inside the workspace" rule (paths.ts: isInside, isUnder,
 * hasParentSegment, escapingLink), and file writes that never leave a half-written file: write a
 * temporary file next to the target, then rename it over the target (atomic on POSIX file
 * systems). Temporary files a killed writer left behind are cleaned on the next write;
 * `withFileLock` serialises read-modify-write cycles of several processes on one file.
 */
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  linkSync,
  writeFileSync,
} from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { PreconditionError } from '../errors/index.ts'

export { escapingLink, hasParentSegment, isInside, isUnder, realPath } from './paths.ts'

/** A temporary file older than this is a leftover whoever made it (a write takes milliseconds). */
export const STALE_TMP_MS = 60_000

/** Whether process `pid` exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove `.<name>.<pid>.<hex>.tmp` files next to `file` that a writer killed mid-write left: those
 * of a process that is gone, and any older than a minute.
 */
export function cleanStaleTemporaries(file: string, now = Date.now()): string[] {
  const dir = path.dirname(file)
  const prefix = `.${path.basename(file)}.`
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))
    if (!m) continue
    const full = path.join(dir, name)
    let mtime: number
    try {
      mtime = statSync(full).mtimeMs
    } catch {
      continue
    }
    if (!processAlive(Number(m[1])) || now - mtime > STALE_TMP_MS) {
      rmSync(full, { force: true })
      removed.push(full)
    }
  }
  return removed
}

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  cleanStaleTemporaries(file)
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  let mode: number | undefined
  try {
    mode = statSync(file).mode & 0o777
  } catch {
    mode = undefined
  }
  try {
    writeFileSync(tmp, content, { flag: 'wx' })
    if (mode !== undefined) chmodSync(tmp, mode)
    renameSync(tmp, file)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

/** A lock held longer than this is stale whoever holds it (a read-modify-write takes a moment). */
export const STALE_LOCK_MS = 120_000

interface Holder {
  pid: number
  host: string
}

function readHolder(lock: string): Holder | undefined {
  try {
    const m = /^(\d+)@(.*)$/.exec(readFileSync(lock, 'utf8').split('\n')[0] ?? '')
    return m ? { pid: Number(m[1]), host: m[2] ?? '' } : { pid: 0, host: '' }
  } catch {
    return undefined
  }
}

function isStale(lock: string, holder: Holder): boolean {
  let age = 0
  try {
    age = Date.now() - statSync(lock).mtimeMs
  } catch {
    return false
  }
  if (age > STALE_LOCK_MS) return true
  // No holder written a second after the lock was made: its maker died between create and write.
  if (holder.pid === 0) return age > 1000
  return holder.host === hostname() && !processAlive(holder.pid)
}

/**
 * Take over a stale lock: move it aside (only one taker can move one file), check that what was
 * moved is the stale one, and put a live holder's lock back if it was not.
 */
function takeOver(lock: string, stale: Holder): void {
  const aside = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
  try {
    renameSync(lock, aside)
  } catch {
    return
  }
  const moved = readHolder(aside)
  if (moved && (moved.pid !== stale.pid || moved.host !== stale.host) && !isStale(aside, moved)) {
    try {
      linkSync(aside, lock)
    } catch {
      // Someone holds a new lock already: the live holder's run is not protected any more, but
      // nor would it be by waiting; it finishes its write as it would have.
    }
  }
  rmSync(aside, { force: true })
}

/**
 * Run `fn` holding `.<name>.lock` next to `file`, created exclusively (O_EXCL). Another holder is
 * waited for up to `waitMs`; a lock whose process is gone (or older than two minutes) is taken
 * over. Past the wait, an error names the holder and the lock file.
 */
export async function withFileLock<T>(
  file: string,
  fn: () => T | Promise<T>,
  { waitMs = 30_000 }: { waitMs?: number } = {},
): Promise<T> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`)
  const deadline = Date.now() + waitMs
  const mine = `${process.pid}@${hostname()}\n${randomBytes(8).toString('hex')}\n`
  for (;;) {
    try {
      writeFileSync(lock, mine, { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = readHolder(lock)
    if (holder === undefined) continue // released between our attempt and the read
    if (isStale(lock, holder)) {
      takeOver(lock, holder)
      continue
    }
    if (Date.now() >= deadline) {
      throw new PreconditionError(
        `${file} is locked by process ${holder.pid} on ${holder.host || 'an unknown host'} (${lock}); waited ${waitMs / 1000} s. If no other run is writing it, remove the lock file.`,
      )
    }
    await sleep(Math.min(20 + Math.random() * 30, Math.max(1, deadline - Date.now())))
  }
  try {
    return await fn()
  } finally {
    // Only our own lock: a run that outlived STALE_LOCK_MS may have been taken over.
    let still = false
    try {
      still = readFileSync(lock, 'utf8') === mine
    } catch {
      still = false
    }
    if (still) rmSync(lock, { force: true })
  }
}
