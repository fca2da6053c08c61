/**
 * compute-version on a generated repository (default 50,000 commits, 500 tags), measured against
 * peers in the same run, in turns:
 *   - the release case as whole processes: `release-actions version --bump tag` (the tag just
 *     pushed) and `--bump auto` (the next version of main) against `git-cliff --latest` (its
 *     default configuration), the other tool a release job would run. Target: each within 2× and
 *     under 150 ms.
 *   - the CLI's `--help` (Node's start and the CLI's own loading). Target: under 60 ms.
 *   - each mode's own work in-process (Node's start excluded) against `git for-each-ref
 *     refs/tags` alone, and the action's bundle as the runner starts it, for reference.
 *
 *   node bench/compute-version/bench.ts [--commits 50000] [--tags 500] [--runs 11] [--cli dist/cli/index.js]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Git } from '../../packages/git/index.ts'
import { exec } from '../../packages/process/index.ts'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  type BumpKind,
} from '../../packages/versioning/index.ts'
import { conventionalHistory, fastImport } from '../../test/peers/history.ts'
import { fmt, timeAsync, timeProcess, timeProcessesInTurn } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '50000' },
    tags: { type: 'string', default: '500' },
    runs: { type: 'string', default: '11' },
    cli: { type: 'string', default: path.join(root, 'dist/cli/index.js') },
  },
})
const commits = Number(values.commits)
const tagCount = Number(values.tags)
const runs = Number(values.runs)
const cli = path.resolve(values.cli)
const cliff = path.join(root, '.tools/node_modules/.bin/git-cliff')
const node = process.execPath

const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cv-'))
const cliffDir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cliff-'))
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
}
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = '/dev/null'
try {
  const t0 = performance.now()
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir])
  const history = conventionalHistory({ commits, tags: tagCount })
  history.push({ message: 'feat: unreleased work' }, { message: 'fix: more unreleased work' })
  await fastImport(dir, history)
  const latest = (
    await exec('git', ['-C', dir, 'tag', '--list', 'v*', '--sort=-v:refname'])
  ).stdout.split('\n')[0] as string
  console.log(
    `repository: ${commits + 2} commits, ${tagCount} tags, latest ${latest} (generated in ${fmt(performance.now() - t0)}); CLI ${path.relative(root, cli)}`,
  )

  // git-cliff's default configuration, kept outside the repository and the directories above it.
  await exec(cliff, ['--init'], { cwd: cliffDir, env })
  const times = timeProcessesInTurn(
    [
      {
        name: 'cliff',
        file: cliff,
        args: ['--config', path.join(cliffDir, 'cliff.toml'), '--latest'],
        cwd: dir,
        env,
      },
      {
        name: 'tag',
        file: node,
        args: [cli, 'version', '--bump', 'tag', '--ref', `refs/tags/${latest}`],
        cwd: dir,
        env,
      },
      { name: 'auto', file: node, args: [cli, 'version', '--bump', 'auto'], cwd: dir, env },
      { name: 'help', file: node, args: [cli, '--help'], cwd: dir, env },
      { name: 'node', file: node, args: ['-e', '0'], cwd: dir, env },
    ],
    { runs },
  )
  const t = (name: string) => times.get(name) ?? 0
  console.log(`peer  git-cliff --latest (default config)   median ${fmt(t('cliff'))}`)
  for (const mode of ['tag', 'auto']) {
    console.log(
      `ours  version --bump ${mode.padEnd(4)} (whole process)   median ${fmt(t(mode))}; ratio ${(t(mode) / t('cliff')).toFixed(2)}× git-cliff; target ≤ 2× and < 150 ms`,
    )
  }
  console.log(
    `ours  --help                              median ${fmt(t('help'))}; Node start alone ${fmt(t('node'))}; target < 60 ms`,
  )

  const git = new Git(dir, { env })
  const options = { ...DEFAULT_COMPUTE_OPTIONS, tag: latest }
  const peer = timeProcess('git', ['-C', dir, 'for-each-ref', 'refs/tags'], { env })
  console.log(`peer  git for-each-ref refs/tags          median ${fmt(peer)}`)
  for (const bump of ['auto', 'patch', 'rc', 'tag'] as BumpKind[]) {
    const ms = await timeAsync(() => computeVersion(git, { ...options, bump }))
    console.log(
      `ours  compute-version bump: ${bump.padEnd(6)} (own work) median ${fmt(ms)}   ratio ${(ms / peer).toFixed(1)}× for-each-ref`,
    )
  }

  // The action's bundle as the runner starts it (for reference: it loads one whole bundle).
  const output = path.join(dir, '.git', 'bench-output')
  writeFileSync(output, '')
  const bundle = timeProcess(node, [path.join(root, 'dist/compute-version/index.js')], {
    cwd: dir,
    env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: output, GITHUB_REF: 'refs/heads/main' },
    runs,
  })
  console.log(`bundle node dist/compute-version (auto)   median ${fmt(bundle)}`)

  const ok = ['tag', 'auto'].every(m => t(m) <= 2 * t('cliff') && t(m) < 150) && t('help') < 60
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: version --bump tag ${fmt(t('tag'))}, auto ${fmt(t('auto'))} (git-cliff --latest ${fmt(t('cliff'))}); --help ${fmt(t('help'))}`,
  )
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
  rmSync(cliffDir, { recursive: true, force: true })
}
