/**
 * The names of the regular files in a tar or tar.gz archive (ustar names with their prefix, PAX
 * `path` records, GNU long names), read without external tools: what a release archive holds, so
 * that the Homebrew formula installs the file that is there; and the bytes of one of them (the
 * package.json of an npm tarball).
 */
import { gunzipSync } from 'node:zlib'
import { OperationalError } from '../errors/index.ts'

export class ArchiveReadError extends OperationalError {}

const BLOCK = 512

function field(block: Buffer, offset: number, width: number): string {
  const raw = block.subarray(offset, offset + width)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? width : end).toString('utf8')
}

/** The `path` of a PAX extended header's records (`<len> path=<value>\n`), if any. */
function paxPath(data: Buffer): string | undefined {
  let at = 0
  let found: string | undefined
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = Number.parseInt(data.subarray(at, space).toString('ascii'), 10)
    if (space === -1 || !Number.isFinite(length) || length <= 0) break
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    if (record.startsWith('path=')) found = record.slice(5)
    at += length
  }
  return found
}

/** The regular files of a tar archive (gzip-compressed or not), in archive order. */
export function tarFileNames(bytes: Uint8Array, what = 'the archive'): string[] {
  const names: string[] = []
  walkTar(bytes, what, name => {
    names.push(name)
    return false
  })
  return names
}

/** The bytes of the regular file `name` of a tar archive (gzip-compressed or not), if it holds one. */
export function tarFile(bytes: Uint8Array, name: string, what = 'the archive'): Buffer | undefined {
  let found: Buffer | undefined
  walkTar(bytes, what, (entry, data) => {
    if (entry !== name) return false
    found = Buffer.from(data)
    return true
  })
  return found
}

/** Hand each regular file (name, bytes) to `visit`, in archive order, until it returns true. */
function walkTar(
  bytes: Uint8Array,
  what: string,
  visit: (name: string, data: Buffer) => boolean,
): void {
  let tar: Buffer
  try {
    tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes)
  } catch (error) {
    throw new ArchiveReadError(`${what} is not a readable tar.gz: ${(error as Error).message}`)
  }
  let next: string | undefined
  for (let at = 0; at + BLOCK <= tar.length;) {
    const block = tar.subarray(at, at + BLOCK)
    if (block.every(b => b === 0)) break
    const size = Number.parseInt(field(block, 124, 12).trim() || '0', 8)
    if (!Number.isFinite(size) || field(block, 257, 5) !== 'ustar')
      throw new ArchiveReadError(`${what} is not a tar archive (no ustar header at byte ${at})`)
    const type = field(block, 156, 1)
    const data = tar.subarray(at + BLOCK, at + BLOCK + size)
    if (type === 'x') next = paxPath(data) ?? next
    else if (type === 'L') next = data.toString('utf8').replace(/\0+$/, '')
    else {
      const prefix = field(block, 345, 155)
      const name = next ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100))
      next = undefined
      if (type === '0' || type === '' || type === '7')
        if (visit(name.replace(/^\.\//, ''), data)) return
    }
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
}
