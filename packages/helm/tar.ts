/**
 * Chart archives: the tar of packages/archive/tar.ts (regular files, mode 0644, uid/gid 0, one
 * fixed mtime, PAX for long names) in a gzip member with Helm's header (the Extra field and the
 * comment "Helm" of helm/helm pkg/chart/v2/util/save.go, commit
 * e9b85e4de16ad45805843fb121748018cf89094b).
 */
import { crc32, deflateRawSync } from 'node:zlib'
import { tarBytes, type TarEntry } from '../archive/tar.ts'

export { tarBytes, type TarEntry } from '../archive/tar.ts'

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
