/**
 * Large synthetic histories, written with one `git fast-import` (seconds for 100,000 commits
 * instead of minutes of `git commit`). Used by tests and benchmarks.
 */
import { spawn } from 'node:child_process'
import { exec } from '../../packages/process/index.ts'

export interface SyntheticCommit {
  message: string
  /** Files to write in this commit (path → content). */
  files?: Record<string, string>
  /** Tags on this commit; annotated ones get a tagger and a message. */
  tags?: { name: string; annotated?: boolean }[]
}

const TYPES = ['feat', 'fix', 'fix', 'chore', 'docs', 'refactor', 'perf', 'test', 'ci', 'build']
const SCOPES = ['api', 'cli', 'core', 'docs', 'deps', '']

/** A deterministic conventional history: `commits` commits, a release tag every `every` commits. */
export function conventionalHistory({
  commits,
  tags,
  prefix = 'v',
  files = false,
}: {
  commits: number
  tags: number
  prefix?: string
  files?: boolean
}): SyntheticCommit[] {
  const out: SyntheticCommit[] = []
  const every = Math.max(1, Math.floor(commits / Math.max(1, tags)))
  let [major, minor, patch] = [0, 1, 0]
  let released = 0
  for (let i = 0; i < commits; i++) {
    const type = TYPES[i % TYPES.length] as string
    const scope = SCOPES[(i * 7) % SCOPES.length] as string
    const breaking = i % 997 === 996
    const header = `${type}${scope ? `(${scope})` : ''}${breaking ? '!' : ''}: change number ${i} (#${1000 + i})`
    const body =
      i % 3 === 0
        ? `\n\nLonger explanation of change ${i}.\n\nSigned-off-by: Dev <dev@example.com>`
        : ''
    const commit: SyntheticCommit = { message: `${header}${body}` }
    if (files) commit.files = { [`src/${scope || 'root'}/file${i % 50}.txt`]: `content ${i}\n` }
    if ((i + 1) % every === 0 && released < tags) {
      released++
      if (released % 25 === 0) [major, minor, patch] = [major + 1, 0, 0]
      else if (released % 5 === 0) [minor, patch] = [minor + 1, 0]
      else patch++
      commit.tags = [{ name: `${prefix}${major}.${minor}.${patch}`, annotated: released % 2 === 0 }]
    }
    out.push(commit)
  }
  return out
}

/** Write `commits` onto `branch` of the repository at `dir` with one git fast-import. */
export async function fastImport(
  dir: string,
  commits: readonly SyntheticCommit[],
  branch = 'main',
): Promise<void> {
  const child = spawn('git', ['-C', dir, 'fast-import', '--quiet', '--done'], {
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<void>((resolve, reject) => {
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`git fast-import failed: ${stderr}`)),
    )
  })
  let time = Date.UTC(2025, 0, 1) / 1000
  const chunks: string[] = []
  const flush = async () => {
    if (chunks.length === 0) return
    const text = chunks.splice(0).join('')
    if (!child.stdin.write(text)) await new Promise(r => child.stdin.once('drain', r))
  }
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`
  for (let i = 0; i < commits.length; i++) {
    const c = commits[i] as SyntheticCommit
    time += 60
    let block = `commit refs/heads/${branch}\nmark :${i + 1}\ncommitter Dev <dev@example.com> ${time} +0000\n${data(c.message)}`
    if (i > 0) block += `from :${i}\n`
    for (const [file, content] of Object.entries(c.files ?? {}))
      block += `M 100644 inline ${file}\n${data(content)}`
    for (const tag of c.tags ?? []) {
      block += tag.annotated
        ? `tag ${tag.name}\nfrom :${i + 1}\ntagger Dev <dev@example.com> ${time} +0000\n${data(`Release ${tag.name}`)}`
        : `reset refs/tags/${tag.name}\nfrom :${i + 1}\n`
    }
    chunks.push(block)
    if (chunks.length >= 500) await flush()
  }
  chunks.push('done\n')
  await flush()
  child.stdin.end()
  await done
  await exec('git', ['-C', dir, 'reset', '--quiet', '--hard', branch], { okCodes: [0] }).catch(
    () => undefined,
  )
}
