/**
 * File patterns as actions resolve them (@actions/glob): one pattern per line, relative to a root
 * or absolute, `*`, `?`, `[...]`, `**`, and `!pattern` lines that exclude what earlier lines
 * matched. A pattern without wildcards names a file or a whole directory.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { globToRegExp } from '../../../packages/glob/index.ts'

const WILD = /[*?[\]{}]/

function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(full))
    else out.push(full)
  }
  return out
}

/** Splits a pattern into the directory it starts from and the wildcard part below it. */
function base(root: string, pattern: string): { dir: string; rest: string } {
  const absolute = path.isAbsolute(pattern) ? pattern : path.join(root, pattern)
  const parts = absolute.split('/')
  const literal: string[] = []
  for (const part of parts) {
    if (WILD.test(part)) break
    literal.push(part)
  }
  return { dir: literal.join('/') || '/', rest: parts.slice(literal.length).join('/') }
}

function matches(root: string, pattern: string): string[] {
  const { dir, rest } = base(root, pattern)
  if (!existsSync(dir)) return []
  if (rest === '') return statSync(dir).isDirectory() ? walk(dir) : [dir]
  const re = globToRegExp(rest)
  return walk(dir).filter(file => {
    const rel = path.relative(dir, file).split(path.sep).join('/')
    // A pattern that matches a directory takes every file under it.
    const parts = rel.split('/')
    for (let i = 1; i <= parts.length; i++) if (re.test(parts.slice(0, i).join('/'))) return true
    return false
  })
}

/** The files the patterns name (absolute paths, sorted, each once). */
export function globFiles(root: string, patterns: readonly string[]): string[] {
  const found = new Set<string>()
  for (const raw of patterns.flatMap(p => p.split('\n'))) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('!')) for (const f of matches(root, line.slice(1))) found.delete(f)
    else for (const f of matches(root, line)) found.add(f)
  }
  return [...found].sort()
}

/** The least common ancestor directory of files: what upload-artifact keeps paths relative to. */
export function commonRoot(
  files: readonly string[],
  patterns: readonly string[],
  root: string,
): string {
  // upload-artifact: with one pattern without wildcards naming a directory, that directory;
  // otherwise the longest common directory of the patterns' search paths.
  const searchPaths = patterns
    .flatMap(p => p.split('\n'))
    .map(p => p.trim())
    .filter(p => p !== '' && !p.startsWith('!'))
    .map(p => {
      const { dir, rest } = base(root, p)
      return rest === '' && existsSync(dir) && !statSync(dir).isDirectory()
        ? path.dirname(dir)
        : dir
    })
  const candidates = searchPaths.length > 0 ? searchPaths : files.map(f => path.dirname(f))
  let common = candidates[0] ?? root
  for (const c of candidates.slice(1)) {
    while (!(c === common || c.startsWith(`${common}/`))) common = path.dirname(common)
  }
  return common
}
