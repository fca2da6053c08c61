/**
 * A deterministic tar.gz writer (POSIX ustar, gzip through node:zlib): entries in the order given,
 * one fixed mtime, uid/gid 0 and no owner names, modes 0755 or 0644 only, so the same files always
 * make the same bytes. Names longer than 100 bytes are split into ustar's prefix and name fields.
 */
import { gzipSync } from 'node:zlib'
import type { ArchiveEntry } from './entries.ts'

const BLOCK = 512

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL terminator, as GNU tar writes numeric fields.
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/** ustar's name and prefix for a path (prefix ≤ 155 bytes, name ≤ 100, split at a `/`). */
function splitName(name: string): { name: string; prefix: string } {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' }
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i)
    const rest = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest)
      return { name: rest, prefix }
  }
  throw new Error(`${JSON.stringify(name)} is too long for a tar entry (ustar: 255 bytes)`)
}

function header(entry: ArchiveEntry, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  const { name, prefix } = splitName(entry.name)
  h.write(name, 0, 100, 'utf8')
  h.write(octal(entry.executable ? 0o755 : 0o644, 8), 100, 8, 'ascii')
  h.write(octal(0, 8), 108, 8, 'ascii')
  h.write(octal(0, 8), 116, 8, 'ascii')
  h.write(octal(entry.data.length, 12), 124, 12, 'ascii')
  h.write(octal(mtime, 12), 136, 12, 'ascii')
  h.write('        ', 148, 8, 'ascii')
  h.write('0', 156, 1, 'ascii')
  h.write('ustar\0', 257, 6, 'ascii')
  h.write('00', 263, 2, 'ascii')
  h.write(prefix, 345, 155, 'utf8')
  let sum = 0
  for (const byte of h) sum += byte
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return h
}

/** The bytes of an uncompressed tar of the entries. */
export function tarBytes(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  const parts: Buffer[] = []
  for (const entry of entries) {
    parts.push(header(entry, mtime), entry.data)
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK
    if (pad) parts.push(Buffer.alloc(pad))
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

/** A .tar.gz of the entries (gzip header: no name, mtime 0, so the bytes depend on the files only). */
export function tarGzBytes(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  return gzipSync(tarBytes(entries, mtime), { level: 9 })
}
