/**
 * The changelog as whole processes, on a generated repository (default 50,000 commits, 500 tags),
 * each against its peer measured in the same run, in turns:
 *   - the release case: the latest release's section (`changelog --version <latest tag>`) against
 *     `git-cliff --latest` (its default configuration). Target: within 2× and under 150 ms.
 *   - `changelog --all` against its floor, a bare `git log` of the same history and format plus
 *     Node's start. Target: within 3×, peak memory under 500 MB.
 *   - `changelog --all` against git-cliff rendering every release, on a 10,000-commit repository.
 *
 *   node bench/changelog/bench.ts [--commits 50000] [--tags 500] [--runs 11] [--cli dist/cli/index.js]
 *
 * --cli measures another build of the CLI (an older bundle, for before/after figures).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { exec } from '../../packages/process/index.ts'
import { conventionalHistory, fastImport } from '../../test/peers/history.ts'
import { fmt, measureProcess, median, timeProcessesInTurn } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '50000' },
    tags: { type: 'string', default: '500' },
    runs: { type: 'string', default: '11' },
    cli: { type: 'string', default: path.join(root, 'dist/cli/index.js') },
  },
})
const runs = Number(values.runs)
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
}
const cli = path.resolve(values.cli)
const cliff = path.join(root, '.tools/node_modules/.bin/git-cliff')
const node = process.execPath

async function makeRepo(commits: number, tags: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cl-'))
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir], { env })
  const history = conventionalHistory({ commits, tags })
  history.push({ message: 'feat: unreleased work' })
  await fastImport(dir, history)
  return dir
}

function medianRun(file: string, args: string[], cwd: string) {
  const results = Array.from({ length: Math.min(runs, 5) }, () =>
    measureProcess(file, args, { cwd, env }),
  )
  return {
    ms: median(results.map(r => r.ms)),
    maxRssMiB: Math.max(...results.map(r => r.maxRssMiB)),
  }
}

const dirs: string[] = []
try {
  const t0 = performance.now()
  const big = await makeRepo(Number(values.commits), Number(values.tags))
  dirs.push(big)
  const latest = (
    await exec('git', ['-C', big, 'tag', '--list', 'v*', '--sort=-v:refname'], { env })
  ).stdout.split('\n')[0] as string
  console.log(
    `repository: ${values.commits} commits, ${values.tags} tags, latest ${latest} (generated in ${fmt(performance.now() - t0)}); CLI ${path.relative(root, cli)}`,
  )

  // git-cliff's own default configuration, written by `git-cliff --init` outside the repository
  // (it would otherwise look for a cliff.toml in the repository and the directories above it).
  const cliffDir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cliff-'))
  dirs.push(cliffDir)
  await exec(cliff, ['--init'], { cwd: cliffDir, env })
  const cliffDefault = path.join(cliffDir, 'cliff.toml')

  const release = timeProcessesInTurn(
    [
      {
        name: 'cliff',
        file: cliff,
        args: ['--config', cliffDefault, '--latest'],
        cwd: big,
        env,
      },
      {
        name: 'ours',
        file: node,
        args: [cli, 'changelog', '--version', latest],
        cwd: big,
        env,
      },
      { name: 'node', file: node, args: ['-e', '0'], cwd: big, env },
    ],
    { runs },
  )
  const [cliffLatest = 0, oursLatest = 0, nodeStart = 0] = ['cliff', 'ours', 'node'].map(
    n => release.get(n) ?? 0,
  )
  const latestRatio = oursLatest / cliffLatest
  console.log(`peer  git-cliff --latest (default config)        median ${fmt(cliffLatest)}`)
  console.log(
    `ours  changelog --version ${latest.padEnd(21)} median ${fmt(oursLatest)}; ratio ${latestRatio.toFixed(2)}× git-cliff; target ≤ 2× and < 150 ms`,
  )
  console.log(`      node -e 0                               median ${fmt(nodeStart)}`)

  const format = ['%H', '%P', '%ct', '%D', '%B'].join('%x1f')
  const logArgs = [
    'log',
    '-z',
    '--decorate-refs=refs/tags/',
    '--topo-order',
    `--format=${format}`,
    'HEAD',
  ]
  const allArgs = [cli, 'changelog', '--all', '--output', path.join(big, '.git', 'ALL.md')]
  const whole = timeProcessesInTurn(
    [
      { name: 'git log', file: 'git', args: logArgs, cwd: big, env },
      { name: 'ours', file: node, args: allArgs, cwd: big, env },
      { name: 'node', file: node, args: ['-e', '0'], cwd: big, env },
    ],
    { runs: Math.min(runs, 7), warmup: 1 },
  )
  const gitLog = { ms: whole.get('git log') ?? 0 }
  const floor = gitLog.ms + (whole.get('node') ?? 0)
  const all = {
    ms: whole.get('ours') ?? 0,
    maxRssMiB: measureProcess(node, allArgs, { cwd: big, env }).maxRssMiB,
  }
  const ratio = all.ms / floor
  console.log(`floor git log (same format, same history)      median ${fmt(gitLog.ms)}`)
  console.log(
    `ours  changelog --all                           median ${fmt(all.ms)}, peak memory ${all.maxRssMiB.toFixed(0)} MiB`,
  )
  console.log(
    `      ratio ${ratio.toFixed(2)}× (git log + Node start); target ≤ 3×, memory < 500 MB`,
  )

  const small = await makeRepo(10_000, 100)
  dirs.push(small)
  const config = path.join(small, '.git', 'cliff.toml')
  writeFileSync(
    config,
    '[changelog]\nbody = "{{ version }}"\n[git]\nconventional_commits = true\nfilter_unconventional = false\ntag_pattern = "v[0-9].*"\ncommit_parsers = [{ message = "^Merge", skip = true }]\n',
  )
  const theirs = medianRun(
    cliff,
    ['--config', config, '--output', path.join(small, '.git', 'CLIFF.md')],
    small,
  )
  const oursSmall = medianRun(
    node,
    [cli, 'changelog', '--all', '--output', path.join(small, '.git', 'OURS.md')],
    small,
  )
  console.log(
    `peer  git-cliff 2.14 (10,000 commits, 100 tags)  median ${fmt(theirs.ms)}, peak memory ${theirs.maxRssMiB.toFixed(0)} MiB`,
  )
  console.log(
    `ours  changelog --all (same repository)         median ${fmt(oursSmall.ms)}, peak memory ${oursSmall.maxRssMiB.toFixed(0)} MiB`,
  )
  console.log(
    `      ratio ours/git-cliff ${(oursSmall.ms / theirs.ms).toFixed(2)}× (git-cliff/ours ${(theirs.ms / oursSmall.ms).toFixed(1)}×)`,
  )

  const ok = ratio <= 3 && all.maxRssMiB < 500 && latestRatio <= 2 && oursLatest < 150
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: latest section ${fmt(oursLatest)} (${latestRatio.toFixed(2)}× git-cliff --latest); --all ${ratio.toFixed(2)}× the floor, ${all.maxRssMiB.toFixed(0)} MiB`,
  )
  process.exitCode = ok ? 0 : 1
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
