/**
 * license-headers over 20,000 files of several languages (target: under 2 s), against
 * `grep -rL` looking for the same header over the same tree, measured in the same run.
 *
 *   node bench/quality-gates/bench.ts [--files 20000]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkLicenseHeaders, type LicenseHeadersGate } from '../../packages/gates/index.ts'
import { exec } from '../../packages/process/index.ts'
import { fmt, timeAsync, timeProcess } from '../lib.ts'

const { values } = parseArgs({ options: { files: { type: 'string', default: '20000' } } })
const count = Number(values.files)
const HEADER = 'SPDX-License-Identifier: Apache-2.0'
const kinds: [string, string][] = [
  ['ts', '//'],
  ['go', '//'],
  ['py', '#'],
  ['sh', '#'],
  ['yaml', '#'],
  ['css', '/*'],
]

const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-lh-'))
try {
  for (let i = 0; i < count; i++) {
    const [ext, comment] = kinds[i % kinds.length] as [string, string]
    const sub = path.join(dir, `pkg${i % 100}`, `mod${i % 7}`)
    if (i < 700) mkdirSync(sub, { recursive: true })
    // Every 50th file lacks the header; the rest carry it on their first line. ~2 KB each.
    const header = i % 50 === 0 ? '' : `${comment} ${HEADER}${comment === '/*' ? ' */' : ''}\n`
    writeFileSync(path.join(sub, `file${i}.${ext}`), `${header}${'code line\n'.repeat(200)}`)
  }
  await exec('git', ['-C', dir, 'init', '--quiet'])
  console.log(`tree: ${count} files of ${kinds.length} languages, ~2 KB each, in a git work tree`)
  const gate: LicenseHeadersGate = {
    kind: 'license-headers',
    name: 'lh',
    paths: ['**/*'],
    exclude: [],
    header: HEADER,
    lines: 10,
    fix: false,
    insert: undefined,
  }
  let missing = 0
  const ours = await timeAsync(
    async () => {
      missing = (await checkLicenseHeaders(gate, dir)).missing.length
    },
    7,
    1,
  )
  const peer = timeProcess('grep', ['-rL', '--fixed-strings', HEADER, '--exclude-dir=.git', dir], {
    runs: 7,
    warmup: 1,
  })
  console.log(`peer  grep -rL (whole files)                    median ${fmt(peer)}`)
  console.log(
    `ours  license-headers (first 8 KB, 64 at once)  median ${fmt(ours)}  (${(peer / ours).toFixed(2)}× grep's time; ${missing} files lack the header)`,
  )
  const ok = ours < 2000 && missing === Math.ceil(count / 50)
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${count} files checked in ${fmt(ours)}, target < 2 s`)
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
