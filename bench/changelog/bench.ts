/**
 * `release-actions changelog --all` on a repository with 100,000 commits and 1,000 tags, against a
 * bare `git log` over the same history plus Node's start (target: within 3×, peak memory under
 * 500 MB); the latest section alone (target: under 1 s); and git-cliff, measured in the same run on
 * a 10,000-commit repository, against ours on that repository.
 *
 *   node bench/changelog/bench.ts [--commits 100000] [--tags 1000] [--runs 3]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { exec } from '../../packages/process/index.ts'
import { conventionalHistory, fastImport } from '../../test/helpers/history.ts'
import { fmt, measureProcess, median } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '100000' },
    tags: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
})
const runs = Number(values.runs)
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
}
const cli = path.join(root, 'dist/cli/index.js')
const cliff = path.join(root, '.tools/node_modules/.bin/git-cliff')

async function makeRepo(commits: number, tags: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-bench-cl-'))
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir], { env })
  const history = conventionalHistory({ commits, tags })
  history.push({ message: 'feat: unreleased work' })
  await fastImport(dir, history)
  return dir
}

function medianRun(file: string, args: string[], cwd: string) {
  const results = Array.from({ length: runs }, () => measureProcess(file, args, { cwd, env }))
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
  console.log(
    `repository: ${values.commits} commits, ${values.tags} tags (generated in ${fmt(performance.now() - t0)})`,
  )

  const format = ['%H', '%P', '%ct', '%D', '%B'].join('%x1f')
  const gitLog = medianRun(
    'git',
    ['log', '-z', '--decorate-refs=refs/tags/', '--topo-order', `--format=${format}`, 'HEAD'],
    big,
  )
  const nodeStart = medianRun(process.execPath, ['-e', '0'], big)
  const all = medianRun(
    process.execPath,
    [cli, 'changelog', '--all', '--output', path.join(big, '.git', 'ALL.md')],
    big,
  )
  const floor = gitLog.ms + nodeStart.ms
  const ratio = all.ms / floor
  console.log(`floor git log (same format, same history)      median ${fmt(gitLog.ms)}`)
  console.log(`floor node -e 0                                 median ${fmt(nodeStart.ms)}`)
  console.log(
    `ours  changelog --all                           median ${fmt(all.ms)}, peak memory ${all.maxRssMiB.toFixed(0)} MiB`,
  )
  console.log(
    `      ratio ${ratio.toFixed(2)}× (git log + Node start); target ≤ 3×, memory < 500 MB`,
  )

  const latest = medianRun(process.execPath, [cli, 'changelog', '--version', '99.0.0'], big)
  console.log(
    `ours  latest section alone (release case)       median ${fmt(latest.ms)}; target < 1 s`,
  )

  const small = await makeRepo(10_000, 100)
  dirs.push(small)
  const config = path.join(small, '.git', 'cliff.toml')
  const { writeFileSync } = await import('node:fs')
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
    process.execPath,
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

  const ok = ratio <= 3 && all.maxRssMiB < 500 && latest.ms < 1000
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: --all ${ratio.toFixed(2)}× the floor, ${all.maxRssMiB.toFixed(0)} MiB; latest section ${fmt(latest.ms)}`,
  )
  process.exitCode = ok ? 0 : 1
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
