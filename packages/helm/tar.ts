/**
 * A deterministic tar.gz writer for chart archives, without external tools: regular files only
 * (as Helm writes them: no directory entries), mode 0644, uid/gid 0, no owner names, one fixed
 * mtime, in the order given. USTAR headers; a name too long for USTAR's name/prefix split gets a
 * PAX `path` record. The gzip member carries Helm's header (the Extra field and the comment "Helm"
 * of helm/helm pkg/chart/v2/util/save.go, commit e9b85e4de16ad45805843fb121748018cf89094b).
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface TarEntry {
  /** Path inside the archive, with `/`. */
  name: string
  data: Uint8Array
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
): Buffer {
  const h = Buffer.alloc(BLOCK)
  writeString(h, 0, 100, name)
  writeString(h, 100, 8, octal(0o644, 8))
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
    parts.push(
      header(split.name, split.prefix, entry.data.length, mtime, '0'),
      ...padded(entry.data),
    )
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

/** Helm's gzip Extra field (save.go headerBytes). */
const HELM_EXTRA = Buffer.from('rr\x28\x00aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=', 'latin1')

/**
 * A gzip member as Go's compress/gzip writes Helm's: FEXTRA and FCOMMENT set, mtime 0, XFL 0,
 * OS 255 (unknown), then the raw deflate stream, CRC-32 and size.
 */
export function gzipBytes(data: Uint8Array): Buffer {
  const head = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x10, 0, 0, 0, 0, 0, 255])
  const xlen = Buffer.alloc(2)
  xlen.writeUInt16LE(HELM_EXTRA.length)
  const comment = Buffer.from('Helm\0', 'latin1')
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(data) >>> 0, 0)
  trailer.writeUInt32LE(data.length % 2 ** 32, 4)
  return Buffer.concat([head, xlen, HELM_EXTRA, comment, deflateRawSync(data), trailer])
}

export function tarGz(entries: readonly TarEntry[], mtime: number): Buffer {
  return gzipBytes(tarBytes(entries, mtime))
}
