/**
 * A deterministic zip writer (deflate through node:zlib, CRC-32 from node:zlib): entries in the
 * order given, one fixed modification time (DOS time, clamped to 1980-01-01, the earliest it
 * holds), Unix modes 0755 or 0644 in the external attributes, no extra fields, UTF-8 names.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import type { ArchiveEntry } from './entries.ts'

/** DOS date and time of a Unix time (UTC), clamped to 1980-01-01 00:00:00. */
function dosTime(mtime: number): { time: number; date: number } {
  const d = new Date(Math.max(mtime, 315532800) * 1000)
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  }
}

const UTF8_FLAG = 0x0800
const VERSION_MADE_BY = (3 << 8) | 20 // Unix, zip 2.0
const MAX32 = 0xffffffff

export function zipBytes(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  const { time, date } = dosTime(mtime)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const deflated = deflateRawSync(entry.data, { level: 9 })
    const stored = deflated.length >= entry.data.length
    const body = stored ? entry.data : deflated
    const crc = crc32(entry.data)
    if (entry.data.length >= MAX32 || offset + body.length >= MAX32)
      throw new Error(
        `${JSON.stringify(entry.name)}: zip files past 4 GiB are not written (no zip64)`,
      )
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(UTF8_FLAG, 6)
    local.writeUInt16LE(stored ? 0 : 8, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(VERSION_MADE_BY, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(UTF8_FLAG, 8)
    central.writeUInt16LE(stored ? 0 : 8, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    // extra, comment, disk, internal attributes: 0
    central.writeUInt32LE(((0o100000 | (entry.executable ? 0o755 : 0o644)) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const dir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}
