/**
 * Checksums over 2 GB of release artifacts (four 512 MiB files, one of random bytes written to
 * disk, three sparse): `release-actions checksums` against GNU `sha256sum` on the same files,
 * measured in the same run. Target: within 1.2× sha256sum's time.
 *
 *   node bench/attest-sbom/bench.ts
 */
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  truncateSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { fmt, measureProcess, median } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-sums-'))
try {
  mkdirSync(path.join(dir, 'dist'))
  const names: string[] = []
  for (let i = 0; i < 4; i++) {
    const name = `dist/app-${i}.tar.gz`
    names.push(name)
    const file = path.join(dir, name)
    if (i === 0) {
      const fd = openSync(file, 'w')
      const chunk = randomBytes(1 << 24)
      for (let written = 0; written < 512 * 1024 ** 2; written += chunk.length) writeSync(fd, chunk)
      closeSync(fd)
    } else {
      closeSync(openSync(file, 'w'))
      truncateSync(file, 512 * 1024 ** 2)
    }
  }
  console.log('artifacts: 4 × 512 MiB = 2 GiB (one of random bytes, three sparse)')
  const runs = 5
  const peer = Array.from({ length: runs }, () => measureProcess('sha256sum', names, { cwd: dir }))
  const ours = Array.from({ length: runs }, () =>
    measureProcess(
      process.execPath,
      [
        path.join(root, 'dist/cli/index.js'),
        'checksums',
        '--output',
        path.join(dir, 'checksums.txt'),
        'dist/*.tar.gz',
      ],
      { cwd: dir },
    ),
  )
  const [p, o] = [median(peer.map(r => r.ms)), median(ours.map(r => r.ms))]
  console.log(`peer  sha256sum (GNU coreutils)                     median ${fmt(p)}`)
  console.log(
    `ours  release-actions checksums (whole process)    median ${fmt(o)}, peak memory ${Math.max(...ours.map(r => r.maxRssMiB)).toFixed(0)} MiB`,
  )
  const ratio = o / p
  console.log(`      ratio ${ratio.toFixed(2)}× sha256sum's time (target ≤ 1.2×)`)
  console.log(`${ratio <= 1.2 ? 'PASS' : 'FAIL'}: 2 GiB checksummed in ${fmt(o)}`)
  process.exitCode = ratio <= 1.2 ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
