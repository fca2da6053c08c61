/**
 * File writes that never leave a half-written file: write a temporary file next to the target,
 * then rename it over the target (atomic on POSIX file systems).
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
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
