/**
 * SHA-256 checksums of release artifacts, in the format `sha256sum` writes and `sha256sum -c`
 * reads. Files are hashed as streams (constant memory for multi-GB files), several at a time.
 * Globs may not leave the workspace (real paths: symlinks resolved): a symlink to a file or a
 * directory outside it is skipped and named; directories reached through one are not read.
 */
import { createHash } from 'node:crypto'
import fs, { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { trimAscii } from '../inputs/index.ts'
import { InputError, showValue } from '../errors/index.ts'
import { escapingLink, hasParentSegment, isUnder, realPath } from '../files/index.ts'
import { globToRegExp } from '../glob/index.ts'

/** The most subjects one attestation may carry (actions/attest). */
export const MAX_SUBJECTS = 1024

export interface Subject {
  /** The name in the checksums file: relative to the base directory, with `/`. */
  name: string
  absolute: string
  size: number
}

export interface Resolved {
  subjects: Subject[]
  /** Symlinks that point outside the workspace (or are broken): skipped; names quoted and escaped. */
  skipped: string[]
}

/** The directory a glob can only match inside: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const literal: string[] = []
  for (const part of parts.slice(0, -1)) {
    if (/[*?[{]/.test(part)) break
    literal.push(part)
  }
  return literal.join('/')
}

/**
 * The files the globs match, under the workspace. Patterns are relative to the workspace (or
 * absolute inside it); `..` and paths outside it are refused before anything is read.
 */
export function resolveSubjects(
  workspace: string,
  patterns: readonly string[],
  {
    input = 'subject-path',
    base = workspace,
    exclude = [],
  }: { input?: string; base?: string; exclude?: readonly string[] } = {},
): Resolved {
  const root = realpathSync(workspace)
  const baseDir = path.resolve(root, path.relative(workspace, base))
  const relPatterns = patterns.map(p => {
    let pattern = trimAscii(p)
    if (path.isAbsolute(pattern)) {
      // Compared as real paths (the workspace may be reached through a symlink, as /tmp is on macOS).
      const real = realPath(pattern)
      const rel = path.relative(root, real)
      if (!isUnder(root, real))
        throw new InputError(
          input,
          `${showValue(p)} is outside the workspace ${workspace}; expected files inside it`,
        )
      pattern = rel
    }
    pattern = pattern.replace(/^\.\//, '')
    if (hasParentSegment(pattern))
      throw new InputError(
        input,
        `${showValue(p)} leaves the workspace ('..'); expected a glob inside it, such as dist/*.tar.gz`,
      )
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(pattern))
      throw new InputError(input, `${showValue(p)} contains a control character`)
    return pattern
  })
  const matchers = relPatterns.map(globToRegExp)
  const excluded = exclude.map(e => path.relative(root, path.resolve(root, e)))
  const found = new Map<string, Subject>()
  const skipped: string[] = []
  const shown = (p: string) => showValue(p, 4096)
  const outside = (rel: string, target: string) =>
    skipped.push(`${shown(rel)} (a symlink to ${shown(target)}, outside the workspace)`)
  const visit = (dir: string) => {
    // A glob's literal base may run through symlinks: only into directories inside the workspace.
    const escape = dir ? escapingLink(root, dir) : undefined
    if (escape) {
      if (!skipped.some(s => s.startsWith(`${shown(escape.name)} `)))
        outside(escape.name, escape.target)
      return
    }
    let entries: string[]
    try {
      entries = readdirSync(path.join(root, dir)).sort()
    } catch {
      return
    }
    for (const name of entries) {
      const rel = dir ? `${dir}/${name}` : name
      if (rel === '.git') continue
      const full = path.join(root, rel)
      let st: Stats
      try {
        st = lstatSync(full)
      } catch {
        continue
      }
      if (st.isDirectory()) {
        visit(rel)
        continue
      }
      const matched = matchers.some(m => m.test(rel)) && !excluded.includes(rel)
      if (st.isSymbolicLink()) {
        let target: string
        try {
          target = realpathSync(full)
        } catch {
          if (matched) skipped.push(`${shown(rel)} (a broken symlink)`)
          continue
        }
        const t = statSync(target)
        // Outside: named when it matches, and a directory always (what is below it could have).
        // Symlinked directories inside are not walked into (git does not either).
        if (!isUnder(root, target)) {
          if (matched || t.isDirectory()) outside(rel, target)
          continue
        }
        if (!matched || !t.isFile()) continue
        st = t
      } else if (!matched || !st.isFile()) continue
      if (!isUnder(baseDir, full)) {
        throw new InputError(
          input,
          `${rel} is outside the base directory ${path.relative(root, baseDir) || '.'} of the names`,
        )
      }
      const subjectName = path.relative(baseDir, full).split(path.sep).join('/')
      found.set(subjectName, { name: subjectName, absolute: full, size: st.size })
    }
  }
  for (const start of new Set(relPatterns.map(globBase))) visit(start)
  const subjects = [...found.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )
  if (subjects.length === 0) {
    throw new InputError(
      input,
      `no file matches ${patterns.map(p => showValue(p)).join(', ')}${skipped.length ? ` (skipped: ${skipped.join('; ')})` : ''}; expected globs of the release artifacts, such as dist/*.tar.gz`,
    )
  }
  return { subjects, skipped }
}

/**
 * SHA-256 of a file, read through one reused 1 MiB buffer: memory stays flat whatever the size.
 */
export function sha256File(file: string, bufferSize = 1 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    fs.open(file, 'r', (openError, fd) => {
      if (openError) return reject(openError)
      const hash = createHash('sha256')
      const buffer = Buffer.allocUnsafe(bufferSize)
      const next = () =>
        fs.read(fd, buffer, 0, bufferSize, null, (readError, bytes) => {
          if (readError) return fs.close(fd, () => reject(readError))
          if (bytes === 0) return fs.close(fd, () => resolve(hash.digest('hex')))
          hash.update(bytes === bufferSize ? buffer : buffer.subarray(0, bytes))
          next()
        })
      next()
    })
  })
}

/** Hash every subject, a few at a time (one per CPU, at least two). */
export async function hashSubjects(
  subjects: readonly Subject[],
  concurrency = Math.max(2, availableParallelism()),
): Promise<Map<string, string>> {
  const digests = new Map<string, string>()
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, subjects.length) }, async () => {
      while (next < subjects.length) {
        const s = subjects[next++] as Subject
        digests.set(s.name, await sha256File(s.absolute))
      }
    }),
  )
  return digests
}

/** One line as GNU sha256sum writes it (names with `\` or a newline are escaped, the line marked). */
export function checksumLine(digest: string, name: string): string {
  if (/[\\\n\r]/.test(name)) {
    return `\\${digest}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`
  }
  return `${digest}  ${name}`
}

export function checksumsText(
  subjects: readonly Subject[],
  digests: ReadonlyMap<string, string>,
): string {
  return subjects.map(s => `${checksumLine(digests.get(s.name) ?? '', s.name)}\n`).join('')
}

/** Lines in groups of at most MAX_SUBJECTS, for attestations that carry at most that many. */
export function splitLines(text: string, size = MAX_SUBJECTS): string[] {
  const lines = text.split('\n').filter(Boolean)
  const parts: string[] = []
  for (let i = 0; i < lines.length; i += size)
    parts.push(`${lines.slice(i, i + size).join('\n')}\n`)
  return parts
}
