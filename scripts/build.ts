/**
 * The one build: type-check, bundle every action entry and the CLI with ncc into dist/, and
 * regenerate the READMEs' input/output tables and action-catalog.md from the action.yml files.
 *
 *   node scripts/build.ts            build and write
 *   node scripts/build.ts --check    build in memory and fail if anything committed is stale
 *   node scripts/build.ts --docs     only the documentation
 *   node scripts/build.ts --no-tsc   build and write without the type-check (the tests type-check)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'
import { listActions, renderCatalog, renderReadme } from './docs.ts'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Bundle entries: every actions/<name>/index.ts, the JS steps of the composite actions
 * (actions/<composite>/steps/<name>/index.ts, bundled as dist/<name>), and the CLI.
 */
export function entries(): { name: string; file: string }[] {
  const list: { name: string; file: string }[] = []
  const actions = path.join(root, 'actions')
  for (const d of readdirSync(actions, { withFileTypes: true })) {
    if (!d.isDirectory()) continue
    const file = path.join(actions, d.name, 'index.ts')
    if (existsSync(file)) list.push({ name: d.name, file })
    const steps = path.join(actions, d.name, 'steps')
    if (!existsSync(steps)) continue
    for (const s of readdirSync(steps, { withFileTypes: true })) {
      const step = path.join(steps, s.name, 'index.ts')
      if (s.isDirectory() && existsSync(step)) list.push({ name: s.name, file: step })
    }
  }
  list.sort((a, b) => a.name.localeCompare(b.name))
  list.push({ name: 'cli', file: path.join(root, 'cli', 'index.ts') })
  return list
}

type Files = Map<string, string>

async function bundle(entry: { name: string; file: string }, files: Files): Promise<void> {
  const result = await ncc(entry.file, {
    quiet: true,
    license: 'licenses.txt',
    sourceMap: false,
    minify: false,
    target: 'es2023',
    // Type-checking is tsc's job (once, over the whole project); ncc only transpiles.
    transpileOnly: true,
    esm: true,
  })
  const dir = `dist/${entry.name}`
  files.set(`${dir}/index.js`, result.code)
  for (const [name, asset] of Object.entries(result.assets)) {
    files.set(`${dir}/${name}`, asset.source.toString())
  }
}

export function docs(files: Files): void {
  const actions = listActions(root)
  for (const action of actions) {
    const readme = path.join(root, action.dir, 'README.md')
    const current = existsSync(readme)
      ? readFileSync(readme, 'utf8')
      : `# ${action.dir}\n\n${action.description}\n`
    files.set(`${action.dir}/README.md`, renderReadme(current, action))
  }
  files.set('action-catalog.md', renderCatalog(actions))
}

async function pool<T>(
  items: readonly T[],
  size: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item)
    }),
  )
}

export async function build({ docsOnly = false } = {}): Promise<Files> {
  const files: Files = new Map()
  if (!docsOnly) await pool(entries(), 2, e => bundle(e, files))
  docs(files)
  return files
}

function stale(files: Files): string[] {
  const out: string[] = []
  for (const [rel, content] of files) {
    const file = path.join(root, rel)
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) out.push(rel)
  }
  // Bundles in dist/ that no entry produces any more.
  if (existsSync(path.join(root, 'dist'))) {
    for (const d of readdirSync(path.join(root, 'dist'))) {
      if (![...files.keys()].some(k => k.startsWith(`dist/${d}/`)))
        out.push(`dist/${d}/ (no entry builds it)`)
    }
  }
  return out
}

async function cli(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const docsOnly = argv.includes('--docs')
  if (!docsOnly && !check && !argv.includes('--no-tsc')) {
    process.stderr.write('type-check: tsc --noEmit\n')
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root],
      {
        stdio: 'inherit',
      },
    )
  }
  const files = await build({ docsOnly: docsOnly || (check && argv.includes('--docs')) })
  if (check) {
    const out = stale(files)
    if (out.length > 0) {
      process.stderr.write(
        `Stale generated files (run npm run build and commit):\n${out.map(f => `  ${f}`).join('\n')}\n`,
      )
      return 1
    }
    process.stderr.write(`${files.size} generated files are up to date.\n`)
    return 0
  }
  if (!docsOnly) rmSync(path.join(root, 'dist'), { recursive: true, force: true })
  for (const [rel, content] of files) {
    const file = path.join(root, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content, { mode: rel.endsWith('/index.js') ? 0o755 : 0o644 })
  }
  process.stderr.write(`wrote ${files.size} files\n`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2))
}
