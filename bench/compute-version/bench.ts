/**
 * compute-version on a repository with 10,000 commits and 2,000 tags: its own work (in-process,
 * Node's start excluded) against `git for-each-ref refs/tags` alone, measured in the same run.
 * Target: under 0.5 s of its own work.
 *
 *   node bench/compute-version/bench.ts [--commits 10000] [--tags 2000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Git } from '../../packages/git/index.ts'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  type BumpKind,
} from '../../packages/versioning/index.ts'
import { conventionalHistory, fastImport } from '../../test/helpers/history.ts'
import { fmt, timeAsync, timeProcess } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '10000' },
    tags: { type: 'string', default: '2000' },
  },
})
const commits = Number(values.commits)
const tagCount = Number(values.tags)

const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cv-'))
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = '/dev/null'
try {
  const t0 = performance.now()
  const { exec } = await import('../../packages/process/index.ts')
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir])
  const history = conventionalHistory({ commits, tags: tagCount })
  history.push({ message: 'feat: unreleased work' }, { message: 'fix: more unreleased work' })
  await fastImport(dir, history)
  const tags = (await exec('git', ['-C', dir, 'tag', '-l'])).stdout.trim().split('\n')
  const newest = tags.sort().at(-1) ?? ''
  console.log(
    `repository: ${commits + 2} commits, ${tags.length} tags (generated in ${fmt(performance.now() - t0)})`,
  )

  const git = new Git(dir, { env })
  const options = { ...DEFAULT_COMPUTE_OPTIONS, tag: newest }
  const peer = timeProcess('git', ['-C', dir, 'for-each-ref', 'refs/tags'], { env })
  console.log(`peer  git for-each-ref refs/tags           median ${fmt(peer)}`)
  let worst = 0
  for (const bump of ['auto', 'patch', 'rc', 'tag'] as BumpKind[]) {
    const ms = await timeAsync(() => computeVersion(git, { ...options, bump }))
    worst = Math.max(worst, ms)
    console.log(
      `ours  compute-version bump: ${bump.padEnd(6)} (own work) median ${fmt(ms)}   ratio ${(ms / peer).toFixed(1)}× for-each-ref`,
    )
  }

  // The whole bundle as the runner starts it, and Node's own start, for reference.
  const output = path.join(dir, '.git', 'bench-output')
  writeFileSync(output, '')
  const nodeStart = timeProcess(process.execPath, ['-e', '0'], { runs: 10 })
  const bundle = timeProcess(process.execPath, [path.join(root, 'dist/compute-version/index.js')], {
    cwd: dir,
    env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: output, GITHUB_REF: 'refs/heads/main' },
    runs: 10,
  })
  console.log(
    `bundle node dist/compute-version (auto) median ${fmt(bundle)}; Node start alone ${fmt(nodeStart)}; beyond start ${fmt(bundle - nodeStart)}`,
  )
  const ok = worst < 500 && bundle - nodeStart < 500
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: own work ${fmt(worst)} (worst mode) and ${fmt(bundle - nodeStart)} beyond Node's start, target < 500 ms`,
  )
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
