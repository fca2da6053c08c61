/**
 * The one deterministic tar writer (release archives and Helm charts), without external tools:
 * regular files only, in the order given, one fixed mtime, uid/gid 0 and no owner names, modes 0755
 * or 0644 only, so the same files always make the same bytes. POSIX ustar headers; a name too long
 * for ustar's name/prefix split gets a PAX `path` record. tar.gz here is gzip through node:zlib;
 * charts use Helm's own gzip header (packages/helm/tar.ts).
 */
import { gzipSync } from 'node:zlib'

export interface TarEntry {
  /** Path inside the archive, with `/`. */
  name: string
  data: Uint8Array
  /** Mode 0755 instead of 0644. */
  executable?: boolean
}

const BLOCK = 512

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

function writeString(header: Buffer, offset: number, width: number, text: string): void {
  Buffer.from(text, 'utf8').copy(header, offset, 0, width)
}

/** The USTAR name and prefix of `name`, or undefined when it does not fit. */
function splitName(name: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' }
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i)
    const rest = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest !== '')
      return { name: rest, prefix }
  }
  return undefined
}

function header(
  name: string,
  prefix: string,
  size: number,
  mtime: number,
  type: '0' | 'x',
  mode = 0o644,
): Buffer {
  const h = Buffer.alloc(BLOCK)
  writeString(h, 0, 100, name)
  writeString(h, 100, 8, octal(mode, 8))
  writeString(h, 108, 8, octal(0, 8))
  writeString(h, 116, 8, octal(0, 8))
  writeString(h, 124, 12, octal(size, 12))
  writeString(h, 136, 12, octal(mtime, 12))
  h.fill(0x20, 148, 156)
  writeString(h, 156, 1, type)
  writeString(h, 257, 6, 'ustar\0')
  writeString(h, 263, 2, '00')
  writeString(h, 345, 155, prefix)
  let sum = 0
  for (const byte of h) sum += byte
  writeString(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  return h
}

function padded(data: Uint8Array): Buffer[] {
  const rest = data.length % BLOCK
  return rest === 0 ? [Buffer.from(data)] : [Buffer.from(data), Buffer.alloc(BLOCK - rest)]
}

/** A PAX record `<len> path=<value>\n`, its length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body) + 1
  while (String(length).length + Buffer.byteLength(body) !== length) length++
  return `${length}${body}`
}

/** The tar stream of `entries` (two zero blocks at the end). `mtime` in seconds since 1970. */
export function tarBytes(entries: readonly TarEntry[], mtime: number): Buffer {
  const parts: Buffer[] = []
  for (const entry of entries) {
    let split = splitName(entry.name)
    if (!split) {
      const pax = Buffer.from(paxRecord('path', entry.name))
      const paxName = `PaxHeaders.0/${entry.name.split('/').pop() ?? ''}`.slice(0, 100)
      parts.push(header(paxName, '', pax.length, mtime, 'x'), ...padded(pax))
      split = { name: entry.name.slice(0, 100), prefix: '' }
    }
    const mode = entry.executable === true ? 0o755 : 0o644
    parts.push(
      header(split.name, split.prefix, entry.data.length, mtime, '0', mode),
      ...padded(entry.data),
    )
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

/** A .tar.gz of the entries (gzip header: no name, mtime 0, so the bytes depend on the files only). */
export function tarGzBytes(entries: readonly TarEntry[], mtime: number): Buffer {
  return gzipSync(tarBytes(entries, mtime), { level: 9 })
}
