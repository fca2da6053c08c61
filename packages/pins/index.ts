/**
 * Self-references: the `uses: owner/repo/<path>@<ref>` lines with which a repository's reusable
 * workflows call its own actions and workflows. A reusable workflow called at v1.4.0 must run the
 * actions of v1.4.0, not whatever a moving tag points at later; a commit cannot contain its own
 * sha, but it can contain its own tag name. So the release commit rewrites every self-reference to
 * the tag it is about to receive, and the release checks that every self-reference names a tag of
 * the commit being released. Which repositories are self-references is configured in
 * .github/release-actions.yml (read by packages/config, with readSelfReferences).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../files/index.ts'
import { InputError, showValue } from '../errors/index.ts'
import { unsafeRefReason } from '../versioning/index.ts'

export interface SelfReference {
  /** Relative to the repository root. */
  file: string
  line: number
  /** owner/repo/path as written before the @. */
  target: string
  ref: string
}

const REPO_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

/**
 * Why `tag` cannot be a tag that self-references name (--set) or are checked against (--check),
 * or undefined: the ref-safety rules of every tag position. Checked before anything else is read.
 */
export function pinTagProblem(tag: string): string | undefined {
  const reason = unsafeRefReason(tag)
  return reason === undefined ? undefined : `${showValue(tag)} ${reason}`
}

/**
 * The `self-references` key of .github/release-actions.yml (its value as parsed, read by
 * packages/config): owner/repo names, one or a list; none when it is absent or empty. A bad name is
 * an InputError of `input` whose `at` is where it is in the file.
 */
export function readSelfReferences(value: unknown, input: string): string[] {
  if (value === undefined || value === null) return []
  const list: unknown[] = Array.isArray(value) ? value : [value]
  return list.map((item, i) => {
    if (typeof item !== 'string' || !REPO_RE.test(item))
      throw new InputError(
        input,
        `'self-references': expected owner/repo names, got ${showValue(String(item))}`,
        { at: Array.isArray(value) ? ['self-references', i] : ['self-references'] },
      )
    return item
  })
}

/** The workflow and action files that may hold self-references: .github/workflows and every action.yml. */
export function referenceFiles(root: string): string[] {
  const out: string[] = []
  const workflows = path.join(root, '.github', 'workflows')
  if (existsSync(workflows))
    for (const name of readdirSync(workflows).sort())
      if (/\.ya?ml$/.test(name)) out.push(path.join('.github', 'workflows', name))
  const walk = (dir: string, rel: string, depth: number) => {
    if (depth > 4) return
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name === '.git' || name === 'dist' || name === '.tools')
        continue
      const full = path.join(dir, name)
      const relative = rel ? path.join(rel, name) : name
      if (statSync(full).isDirectory()) walk(full, relative, depth + 1)
      else if (name === 'action.yml' || name === 'action.yaml') out.push(relative)
    }
  }
  walk(root, '', 0)
  return out
}

function usesPattern(repos: readonly string[]): RegExp {
  const names = repos.map(r => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  // `uses: owner/repo/path@ref`, optionally quoted, optionally followed by a comment.
  return new RegExp(
    `^(\\s*(?:-\\s+)?uses:\\s*['"]?)((?:${names})(?:/[\\w./-]+)?)@([\\w./-]+)(['"]?)`,
    'i',
  )
}

/** Of a list of repository paths (`git ls-tree` output), the ones referenceFiles would pick. */
export function isReferenceFile(file: string): boolean {
  const parts = file.split('/')
  if (parts.some(p => ['node_modules', '.git', 'dist', '.tools'].includes(p))) return false
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return true
  return parts.length <= 5 && /^action\.ya?ml$/.test(parts[parts.length - 1] ?? '')
}

/** The self-references in some files' texts. */
export function scanSelfReferences(
  entries: readonly { file: string; text: string }[],
  repos: readonly string[],
): SelfReference[] {
  if (repos.length === 0) return []
  const re = usesPattern(repos)
  const refs: SelfReference[] = []
  for (const { file, text } of entries) {
    text.split('\n').forEach((line, i) => {
      const m = re.exec(line)
      if (m) refs.push({ file, line: i + 1, target: m[2] ?? '', ref: m[3] ?? '' })
    })
  }
  return refs
}

/** The self-references in the working tree. */
export function findSelfReferences(
  root: string,
  repos: readonly string[],
  files: readonly string[] = referenceFiles(root),
): SelfReference[] {
  if (repos.length === 0) return []
  return scanSelfReferences(
    files.map(file => ({ file, text: readFileSync(path.join(root, file), 'utf8') })),
    repos,
  )
}

/** Point every self-reference at `ref`; returns the files that changed (written atomically). */
export function rewriteSelfReferences(
  root: string,
  repos: readonly string[],
  ref: string,
  files: readonly string[] = referenceFiles(root),
): string[] {
  if (repos.length === 0) return []
  // Callers pass a tag they validated (pinTagProblem, or the tag bump computed).
  if (!/^[\w./-]+$/.test(ref))
    throw new RangeError(`rewriteSelfReferences: expected a tag name, got ${showValue(ref)}`)
  const re = usesPattern(repos)
  const changed: string[] = []
  for (const file of files) {
    const full = path.join(root, file)
    const text = readFileSync(full, 'utf8')
    const next = text
      .split('\n')
      .map(line =>
        line.replace(
          re,
          (_m, head: string, target: string, _old: string, quote: string) =>
            `${head}${target}@${ref}${quote}`,
        ),
      )
      .join('\n')
    if (next !== text) {
      writeFileAtomic(full, next)
      changed.push(file)
    }
  }
  return changed
}

/**
 * Why the self-references do not run the code of `commit`, or [] when they all do: each must name
 * a tag that points at `commit` (the release's own tag, or the release candidate a stable release
 * was promoted from, on the same commit).
 */
export function pinProblems(
  refs: readonly SelfReference[],
  commit: string,
  commitOfTag: (name: string) => string | undefined,
): string[] {
  const problems: string[] = []
  for (const r of refs) {
    const other = commitOfTag(r.ref)
    if (other !== commit)
      problems.push(
        `${r.file}:${r.line} uses ${r.target}@${r.ref}, ${other ? `which is ${other.slice(0, 12)}, not ${commit.slice(0, 12)}` : 'which is not a tag here'}`,
      )
  }
  return problems
}
