/**
 * What `release-actions init` finds in a repository: the test command of each ecosystem at its
 * top (go.mod, package.json with a test script, Cargo.toml, pyproject.toml/setup.py/pytest.ini),
 * SPDX-License-Identifier lines in the sources, the version fields the release must match
 * (Chart.yaml appVersion, package.json version), the names of the workflows that run on every
 * push of the release branch (so the tagged commit has their runs), the Dockerfiles (outside node_modules, vendor, testdata and third_party), the
 * Helm charts of charts/<name>/, and the repository of the origin remote. Files are the
 * repository's as git lists them (tracked and untracked, .gitignore honoured), read-only.
 */
import { existsSync, readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { commentSyntax } from '../gates/index.ts'
import { listFiles } from '../glob/index.ts'

export interface TestCommand {
  /** The gate's name (unique among them). */
  name: string
  run: string
  /** The file it was inferred from. */
  from: string
}

export interface LicenseHeaders {
  /** Globs of the source files that carry SPDX lines (one per extension: **\/*.go). */
  paths: string[]
  exclude: string[]
  /** The line every file must carry: `SPDX-License-Identifier: <id>` (the most common id). */
  header: string
  /** How many files of those globs lack it today. */
  missing: number
}

export interface AlignedVersion {
  path: string
  key: string
  prefix: string
  /** The value there today. */
  value: string
}

export interface Dockerfile {
  /** The Dockerfile, from the top of the repository. */
  dockerfile: string
  /** The build context it is written for: its own folder, or `.` when it copies from the top. */
  context: string
}

export interface Project {
  tests: TestCommand[]
  licenseHeaders: LicenseHeaders | undefined
  versions: AlignedVersion[]
  /** Workflow names (their `name:`, else their path) that run on push or pull_request. */
  workflows: string[]
  dockerfiles: Dockerfile[]
  /** Chart directories (charts/<name>). */
  charts: string[]
}

/** Directories whose files are not the project's own. */
const FOREIGN = /(^|\/)(node_modules|vendor|testdata|third_party|\.git)\//

/**
 * The source files whose SPDX lines count: the ones the license-headers gate knows the comments
 * of (commentSyntax), by extension, leaving out data and documents (a licence line in a YAML or
 * Markdown file does not make the sources carry one).
 */
const NOT_SOURCE = /\.(ya?ml|toml|json|md|markdown|html?|xhtml|xml|svg|css|scss|less|vue|txt)$/i
const isSource = (file: string): boolean =>
  path.extname(file) !== '' && !NOT_SOURCE.test(file) && commentSyntax(file) !== undefined

const SPDX = /SPDX-License-Identifier:\s*([^\s*]+(?:\s+(?:AND|OR|WITH)\s+[^\s*]+)*)/

function readText(root: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(root, file), 'utf8')
  } catch {
    return undefined
  }
}

function readYamlOrJson(root: string, file: string): unknown {
  const text = readText(root, file)
  if (text === undefined) return undefined
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parse(text)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** npm init's placeholder: a test script that only fails. */
const NPM_PLACEHOLDER = /no test specified/

function testCommands(root: string, files: ReadonlySet<string>): TestCommand[] {
  const out: TestCommand[] = []
  if (files.has('go.mod')) out.push({ name: 'go test', run: 'go test -race ./...', from: 'go.mod' })
  if (files.has('package.json')) {
    const pkg = readYamlOrJson(root, 'package.json')
    const test = isRecord(pkg) && isRecord(pkg.scripts) ? pkg.scripts.test : undefined
    if (typeof test === 'string' && test.trim() !== '' && !NPM_PLACEHOLDER.test(test))
      // The gate runs on a fresh checkout: with a lockfile, install from it first.
      out.push({
        name: 'npm test',
        run: files.has('package-lock.json') ? 'npm ci && npm test' : 'npm test',
        from: 'package.json',
      })
  }
  if (files.has('Cargo.toml'))
    out.push({ name: 'cargo test', run: 'cargo test --workspace', from: 'Cargo.toml' })
  // A Python project with tests for pytest: its configuration, or test files pytest collects (a
  // pyproject.toml alone may be a Rust crate's Python bindings, built by maturin).
  const python = ['pyproject.toml', 'setup.py', 'setup.cfg'].find(f => files.has(f))
  const pytest =
    ['pytest.ini', 'conftest.py', 'tests/conftest.py'].find(f => files.has(f)) ??
    (python && /^\[tool[.:]pytest/m.test(readText(root, python) ?? '') ? python : undefined) ??
    (python && [...files].some(f => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(f))
      ? python
      : undefined)
  if (pytest) out.push({ name: 'pytest', run: 'pytest', from: pytest })
  return out
}

/** The first 8 KB of a file (where a header is). */
async function head(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(8192)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

async function licenseHeaders(
  root: string,
  files: readonly string[],
  all: readonly string[],
): Promise<LicenseHeaders | undefined> {
  const byExtension = new Map<string, { total: number; carrying: number }>()
  const ids = new Map<string, number>()
  const sources = files.filter(isSource)
  const heads = await Promise.all(
    sources.map(f =>
      head(path.join(root, f)).then(
        text => ({ file: f, text }),
        () => ({ file: f, text: '' }),
      ),
    ),
  )
  for (const { file, text } of heads) {
    const ext = path.extname(file).slice(1)
    const counts = byExtension.get(ext) ?? { total: 0, carrying: 0 }
    counts.total++
    // Where the gate looks: the first 10 lines.
    const m = SPDX.exec(text.split(/\r?\n/).slice(0, 10).join('\n'))
    if (m) {
      counts.carrying++
      ids.set(m[1] as string, (ids.get(m[1] as string) ?? 0) + 1)
    }
    byExtension.set(ext, counts)
  }
  const carrying = [...byExtension].filter(([, c]) => c.carrying > 0)
  if (carrying.length === 0) return undefined
  const id = [...ids].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] as string
  const header = `SPDX-License-Identifier: ${id}`
  const extensions = carrying.map(([ext]) => ext).sort()
  let missing = 0
  for (const { file, text } of heads)
    if (
      extensions.includes(path.extname(file).slice(1)) &&
      !text.split(/\r?\n/).slice(0, 10).join('\n').includes(header)
    )
      missing++
  // The folders of other projects' code the globs would reach (the gate lists what git lists).
  const exclude = ['vendor', 'node_modules', 'third_party', 'testdata']
    .filter(d =>
      all.some(
        f =>
          extensions.includes(path.extname(f).slice(1)) &&
          (f.startsWith(`${d}/`) || f.includes(`/${d}/`)),
      ),
    )
    .map(d => `**/${d}/**`)
  return { paths: extensions.map(ext => `**/*.${ext}`), exclude, header, missing }
}

/** A version as a release states it: 1.2.3, v1.2.3-rc.1 (npm's 0.0.0 placeholders are not). */
const VERSION = /^(v?)(\d+)\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

function versions(root: string, files: readonly string[], charts: readonly string[]) {
  const out: AlignedVersion[] = []
  for (const dir of charts) {
    const file = `${dir}/Chart.yaml`
    const chart = readYamlOrJson(root, file)
    const value = isRecord(chart) ? chart.appVersion : undefined
    const m = typeof value === 'string' ? VERSION.exec(value) : null
    if (m) out.push({ path: file, key: 'appVersion', prefix: m[1] ?? '', value: value as string })
  }
  if (files.includes('package.json')) {
    const pkg = readYamlOrJson(root, 'package.json')
    const value = isRecord(pkg) ? pkg.version : undefined
    const m = typeof value === 'string' ? VERSION.exec(value) : null
    if (m && !value?.toString().startsWith('0.0.0'))
      out.push({ path: 'package.json', key: 'version', prefix: m[1] ?? '', value: value as string })
  }
  return out
}

/**
 * A GitHub branch filter pattern as a regular expression: `*` within a segment, `**` across,
 * `?` and `+` of the preceding character and `[…]` as in regular expressions (GitHub's filter
 * pattern cheat sheet).
 */
function branchPattern(pattern: string): RegExp {
  const body = pattern
    .replace(/[.^${}()|\\]/g, '\\$&')
    .split('**')
    .map(part => part.replace(/\*/g, '[^/]*'))
    .join('.*')
  try {
    return new RegExp(`^${body}$`)
  } catch {
    return /(?!)/
  }
}

/** Whether `branches` (in order, `!` negating, the last match winning) or `branches-ignore` let `branch` through. */
function branchRuns(push: Record<string, unknown>, branch: string): boolean {
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []
  if ('branches-ignore' in push)
    return !list(push['branches-ignore']).some(p => branchPattern(p).test(branch))
  if (!('branches' in push)) return !('tags' in push) // tags only: a release workflow
  let runs = false
  for (const p of list(push.branches)) {
    if (p.startsWith('!')) {
      if (branchPattern(p.slice(1)).test(branch)) runs = false
    } else if (branchPattern(p).test(branch)) runs = true
  }
  return runs
}

/**
 * Does a workflow run on every push of `branch`, so that the commit a release tags has its run?
 * The required-checks gate waits for runs of the tagged commit: a workflow of pull requests only
 * (its runs are of the pull request's commits), one with path filters (it may not run at all), a
 * push of other branches or of tags only, a schedule or a dispatch never gives it one.
 */
function runsOnPushOf(on: unknown, branch: string): boolean {
  const events: Record<string, unknown> =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map(e => [String(e), null]))
        : isRecord(on)
          ? on
          : {}
  if (!('push' in events)) return false
  const push = events.push
  if (!isRecord(push)) return true
  if ('paths' in push || 'paths-ignore' in push) return false
  return branchRuns(push, branch)
}

function workflowNames(
  root: string,
  files: readonly string[],
  skip: ReadonlySet<string>,
  branch: string,
) {
  const out: string[] = []
  for (const file of files) {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) || skip.has(file)) continue
    const doc = readYamlOrJson(root, file)
    if (!isRecord(doc) || !runsOnPushOf(doc.on, branch)) continue
    const name = typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name.trim() : file
    if (!out.includes(name)) out.push(name)
  }
  return out
}

/** The paths a COPY or ADD of a Dockerfile reads from its context (not --from=, not URLs). */
function copiedPaths(text: string): string[] {
  const out: string[] = []
  for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line)
    if (!m) continue
    const rest = m[2] as string
    if (/--from[= ]/.test(rest)) continue
    let args: string[]
    if (rest.trim().startsWith('[')) {
      try {
        args = (JSON.parse(rest) as unknown[]).map(String)
      } catch {
        continue
      }
    } else args = rest.split(/\s+/).filter(a => a && !a.startsWith('--'))
    for (const source of args.slice(0, -1)) {
      const first = source.replace(/^\.\//, '').split('/')[0] ?? ''
      if (!first || first === '.' || /[*?[$]|:\/\//.test(source)) continue
      out.push(first)
    }
  }
  return out
}

/**
 * The context a Dockerfile is written for: its own folder, unless what it copies is only at the
 * top of the repository (a Go layout's cmd/<name>/Dockerfile copying go.mod).
 */
function contextOf(root: string, dockerfile: string): string {
  const dir = path.posix.dirname(dockerfile)
  if (dir === '.') return '.'
  const sources = copiedPaths(readText(root, dockerfile) ?? '')
  const inDir = sources.filter(s => existsSync(path.join(root, dir, s)))
  const atTop = sources.filter(s => !inDir.includes(s) && existsSync(path.join(root, s)))
  return atTop.length > 0 && inDir.length === 0 ? '.' : dir
}

function dockerfiles(root: string, files: readonly string[]): Dockerfile[] {
  return (
    files
      .filter(f => (f === 'Dockerfile' || f.endsWith('/Dockerfile')) && !FOREIGN.test(`/${f}`))
      // The top's first (the default image of the demo and of on-main.yaml), then by path.
      .sort((a, b) => Number(b === 'Dockerfile') - Number(a === 'Dockerfile') || a.localeCompare(b))
      .map(dockerfile => ({ dockerfile, context: contextOf(root, dockerfile) }))
  )
}

export interface DetectOptions {
  /** Workflow files left out of the required checks (the ones init writes). */
  skipWorkflows?: readonly string[]
  /** The branch releases are tagged on (required checks are the workflows its pushes run). */
  branch?: string
}

/** What init infers from the files of the repository at `root`. */
export async function detectProject(root: string, options: DetectOptions = {}): Promise<Project> {
  const all = await listFiles(root)
  const files = all.filter(f => !FOREIGN.test(`/${f}`)).sort()
  const set = new Set(files)
  const charts = files
    .filter(f => /^charts\/[^/]+\/Chart\.yaml$/.test(f))
    .map(f => path.posix.dirname(f))
  return {
    tests: testCommands(root, set),
    licenseHeaders: await licenseHeaders(root, files, all),
    versions: versions(root, files, charts),
    workflows: workflowNames(
      root,
      files,
      new Set(options.skipWorkflows ?? []),
      options.branch ?? 'main',
    ),
    dockerfiles: dockerfiles(root, files),
    charts,
  }
}
