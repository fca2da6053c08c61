/**
 * File globs: `**` any number of directories, `*` and `?` within one path segment, `{a,b}`
 * alternatives, `[abc]` classes. Patterns are relative to a root; hidden files and directories
 * (a segment starting with `.`) match only a pattern segment that starts with `.` too. Listed
 * files stay inside their root (real paths: a symlink leading outside is left out).
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { isUnder, realPath } from '../files/index.ts'
import { Git } from '../git/index.ts'

function escapeRe(ch: string): string {
  return /[\\^$.|+()[\]{}*?]/.test(ch) ? `\\${ch}` : ch
}

function segmentRe(segment: string): string {
  let re = ''
  const hiddenOk = segment.startsWith('.')
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] as string
    if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        re += `[${body}]`
        i = end
      }
    } else if (ch === '{') {
      const end = segment.indexOf('}', i + 1)
      if (end === -1) re += '\\{'
      else {
        re += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map(alt => segmentRe(alt))
          .join('|')})`
        i = end
      }
    } else re += escapeRe(ch)
  }
  return hiddenOk ? re : `(?!\\.)${re}`
}

/** A regular expression that matches the root-relative, `/`-separated paths the glob names. */
export function globToRegExp(pattern: string): RegExp {
  const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
  const parts = clean.split('/')
  let re = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    const last = i === parts.length - 1
    if (part === '**') {
      // Zero or more directories (not hidden ones).
      re += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*'
    } else re += segmentRe(part) + (last ? '' : '/')
  }
  return new RegExp(`^${re}$`)
}

export class GlobSet {
  readonly #include: RegExp[]
  readonly #exclude: RegExp[]
  constructor(include: readonly string[], exclude: readonly string[] = []) {
    this.#include = include.map(globToRegExp)
    this.#exclude = exclude.map(globToRegExp)
  }
  matches(relative: string): boolean {
    return (
      this.#include.some(re => re.test(relative)) && !this.#exclude.some(re => re.test(relative))
    )
  }
}

/**
 * Every file under `root` as a root-relative path with `/`: git's list (tracked and untracked,
 * .gitignore honoured) in a repository, else a walk that skips `.git` and `node_modules`. A
 * symlink whose target is outside `root` is left out (and handed to `onOutside`), so whoever reads
 * or rewrites the listed files never reaches outside.
 */
export async function listFiles(
  root: string,
  { onOutside }: { onOutside?: (name: string, target: string) => void } = {},
): Promise<string[]> {
  let names: string[]
  try {
    names = await new Git(root).listFiles()
  } catch {
    names = walk(root)
  }
  return insideOnly(root, names, onOutside)
}

/** The root-relative names whose real paths are inside `root`. */
export function insideOnly(
  root: string,
  names: readonly string[],
  onOutside?: (name: string, target: string) => void,
): string[] {
  const realRoot = realPath(root)
  return names.filter(name => {
    const target = realPath(path.join(root, name))
    if (isUnder(realRoot, target)) return true
    onOutside?.(name, target)
    return false
  })
}

export function walk(root: string): string[] {
  const out: string[] = []
  const visit = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules')
          visit(path.join(dir, entry.name), name)
      } else if (entry.isFile() || entry.isSymbolicLink()) out.push(name)
    }
  }
  visit(root, '')
  return out.sort()
}
