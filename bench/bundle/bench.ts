/**
 * The size of dist/ and the start-up time of each bundled entry as the runner starts it:
 * `node dist/<name>/index.js` under Node 24 with the INPUT_* variables of its action.yml defaults,
 * a GITHUB_OUTPUT and a GITHUB_STEP_SUMMARY file, in an empty workspace. Each run fails fast on
 * its first input check (a required input left out, or one invalid value where none is required:
 * test/bundle/runs.ts), so the figure is Node's start plus the loading of the entry's code plus
 * one input check; each run is checked to end with exit code 1 and an `::error::Input '…'` line.
 * The CLI is timed on `--help`, and `node -e 0` alone for reference. Medians of `--runs` runs
 * after 3 warm-up runs: hyperfine (when it is on PATH) for one dist/; with `--compare`, measured
 * here in turns (a, b, a, b, …), so that a change of load on the machine hits both alike, once as
 * the runner starts it (wall) and once with a preload that reports the process's CPU time.
 *
 *   node bench/bundle/bench.ts [--runs 30] [--dist dist] [--compare other/dist] [--only a,b]
 *
 * `--compare` times a second dist/, say an older commit's: `git archive <commit> dist | tar -x -C
 * /tmp/old` and `--compare /tmp/old/dist`.
 *
 * Before the shared bundle, at commit 85d505a8f8dbad68d124b41901205836e72652e8 (17 ncc bundles,
 * 16 of them with their own @actions/core, http-client and undici; the CLI with lazy chunks):
 * dist/ 64 files, 24,499,383 bytes (du -sb). After (issue 15): 77 files, 2,700,251 bytes (du -sb),
 * one copy of @actions/core. Start-up medians in ms, 30 runs in turns of both builds
 * (`--compare`), Node 24.21.0, 2 vCPUs shared with other work (load 2-3), so compare the columns
 * rather than the absolute figures. The shared bundle costs ~5 ms per start (each entry loads
 * 6-10 chunk files instead of one file):
 *
 *   entry                    wall: before  after    CPU: before  after
 *   (node -e 0)                     27.9   28.6          20.0   20.2
 *   cli --help                      33.5   36.6          26.8   29.7
 *   checksums                       72.1   71.9          58.5   64.4
 *   cloud-run                       61.3   65.5          57.5   59.7
 *   compute-version                 75.7   83.4          62.8   71.1
 *   deploy-plan                     67.1   72.5          58.3   62.3
 *   existing-image                  66.2   68.4          56.2   59.4
 *   generate-changelog              75.4   80.1          66.1   71.8
 *   github-release                  73.0   77.8          66.2   71.5
 *   notices                         67.7   74.5          59.4   64.5
 *   publish-tags-matrix             74.1   79.4          64.1   69.8
 *   quality-gates                   87.1   94.2          75.5   83.5
 *   release-files                   93.4  100.4          79.9   87.2
 *   release-plan                    86.6   93.7          79.4   86.3
 *   smoke-check                     84.7   86.0          62.3   66.4
 *   superseded-release              90.1   93.9          69.8   76.0
 *   verify-attestations             88.3   99.3          72.1   79.6
 *   wait-for-image                  88.6   83.6          66.9   70.5
 *   median of the actions           75.5   81.8          65.1   70.8
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bundledActions } from '../../test/bundle/runs.ts'
import { median } from '../lib.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    dist: { type: 'string', default: path.join(root, 'dist') },
    compare: { type: 'string' },
    only: { type: 'string' },
  },
})
const runs = Number(values.runs)
const dists = [values.dist, ...(values.compare ? [values.compare] : [])].map(d => path.resolve(d))
const WARMUP = 3

const workspace = mkdtempSync(path.join(tmpdir(), 'ra-bench-bundle-'))
const outputFile = path.join(workspace, '.output')
const summaryFile = path.join(workspace, '.summary')
const base: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_REPOSITORY: 'octo/demo',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '0'.repeat(40),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  RUNNER_TEMP: workspace,
}

interface Run {
  args: string[]
  env: NodeJS.ProcessEnv
  /** The exit code of a correct run, and how one line of its stdout starts. */
  code: number
  line: string
}

interface Row {
  name: string
  /** One run per dist/. */
  runs: Run[]
}

function rows(): Row[] {
  const only = values.only?.split(',')
  const list: Row[] = [
    {
      name: '(node -e 0)',
      runs: dists.map(() => ({ args: ['-e', '0'], env: base, code: 0, line: '' })),
    },
    {
      name: 'cli --help',
      runs: dists.map(d => ({
        args: [path.join(d, 'cli/index.js'), '--help'],
        env: base,
        code: 0,
        line: 'Usage: release-actions',
      })),
    },
    ...bundledActions(root).map(a => ({
      name: a.name,
      runs: dists.map(d => ({
        args: [path.join(d, a.name, 'index.js')],
        env: { ...base, ...a.env },
        code: 1,
        line: "::error::Input '",
      })),
    })),
  ]
  return list.filter(r => !only || only.some(o => r.name.startsWith(o)))
}

/** One run as the runner would start it; throws unless it ended as a correct run does. */
function check(run: Run): void {
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const r = spawnSync(process.execPath, run.args, {
    cwd: workspace,
    env: run.env,
    encoding: 'utf8',
  })
  const ok = r.stdout.split('\n').some(l => l.startsWith(run.line))
  if (r.status !== run.code || !ok)
    throw new Error(`node ${run.args.join(' ')}: exit ${r.status}\n${r.stdout}${r.stderr}`)
}

function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version']).status === 0
}

/**
 * A preload that reports the process's CPU time (user + system, every thread) when it exits:
 * the CPU figure of a run in turns. The wall figure comes from a run without it.
 */
const CPU_PRELOAD =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();' +
  'process.stderr.write(`\\n@cpu ${(u.user+u.system)/1000}\\n`)})'

/**
 * Median wall and CPU (user + system) ms of each run of a row. One dist/ with hyperfine: its
 * median wall time and mean CPU time. Otherwise in turns: in each turn, each dist/'s entry once
 * as the runner starts it (wall) and once with CPU_PRELOAD (CPU).
 */
function time(row: Row): { wall: number; cpu: number }[] {
  const [only] = row.runs
  if (only && row.runs.length === 1 && hasHyperfine()) {
    const json = path.join(workspace, '.hyperfine.json')
    const r = spawnSync(
      'hyperfine',
      ['-N', '-i', '--style', 'none', '--warmup', String(WARMUP), '--runs', String(runs)].concat([
        '--export-json',
        json,
        '--',
        [process.execPath, ...only.args].join(' '),
      ]),
      { cwd: workspace, env: only.env, encoding: 'utf8' },
    )
    if (r.status !== 0) throw new Error(`hyperfine: exit ${r.status}: ${r.stderr}`)
    const { results } = JSON.parse(readFileSync(json, 'utf8')) as {
      results: { median: number; user: number; system: number }[]
    }
    return results.map(x => ({ wall: x.median * 1000, cpu: (x.user + x.system) * 1000 }))
  }
  const wall = row.runs.map((): number[] => [])
  const cpu = row.runs.map((): number[] => [])
  for (let i = 0; i < WARMUP + runs; i++)
    row.runs.forEach((run, j) => {
      const options = { cwd: workspace, env: run.env, encoding: 'utf8' } as const
      const start = performance.now()
      spawnSync(process.execPath, run.args, { ...options, stdio: 'ignore' })
      const ms = performance.now() - start
      const r = spawnSync(process.execPath, ['--import', CPU_PRELOAD, ...run.args], options)
      const used = Number(/\n@cpu ([\d.]+)\n/.exec(r.stderr)?.[1] ?? NaN)
      if (i < WARMUP) return
      wall[j]?.push(ms)
      cpu[j]?.push(used)
    })
  return wall.map((w, j) => ({ wall: median(w), cpu: median(cpu[j] ?? []) }))
}

/** Files, bytes, and copies of @actions/core (one string of its core.js) of a dist/. */
function size(dir: string): { files: number; bytes: number; cores: number } {
  let files = 0
  let bytes = 0
  let cores = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files++
    bytes += statSync(file).size
    if (file.endsWith('.js'))
      cores += readFileSync(file, 'utf8').split('Input required and not supplied: ').length - 1
  }
  return { files, bytes, cores }
}

const label = (d: string) => path.relative(process.cwd(), d) || '.'
const width = Math.max(10, ...dists.map(d => label(d).length + 2))
const cells = (ms: readonly number[]) => ms.map(m => m.toFixed(1).padStart(width)).join('')
try {
  for (const d of dists) {
    const s = size(d)
    const bytes = s.bytes.toLocaleString('en')
    console.log(`${label(d)}: ${s.files} files, ${bytes} bytes, ${s.cores} copies of @actions/core`)
  }
  const how = dists.length === 1 && hasHyperfine() ? 'hyperfine; CPU: mean' : 'in turns'
  console.log(`\nstart-up, median of ${runs} runs (${how}), ms: wall | CPU (user + system)`)
  const heads = dists.map(d => label(d).padStart(width)).join('')
  console.log(`${'entry'.padEnd(22)}${heads}${heads}`)
  const actions: { wall: number; cpu: number }[][] = []
  for (const row of rows()) {
    for (const run of row.runs) check(run)
    const ms = time(row)
    if (!row.name.includes(' ')) actions.push(ms)
    console.log(`${row.name.padEnd(22)}${cells(ms.map(m => m.wall))}${cells(ms.map(m => m.cpu))}`)
  }
  if (actions.length > 1) {
    const of = (j: number, key: 'wall' | 'cpu') => median(actions.map(m => m[j]?.[key] ?? NaN))
    const wall = cells(dists.map((_, j) => of(j, 'wall')))
    console.log(
      `${'median of the actions'.padEnd(22)}${wall}${cells(dists.map((_, j) => of(j, 'cpu')))}`,
    )
  }
} finally {
  rmSync(workspace, { recursive: true, force: true })
}
