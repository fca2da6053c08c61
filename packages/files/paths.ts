/**
 * "Inside the workspace", the one rule: a path is inside a directory when its real path (every
 * symlink resolved, for the part of it that exists) is that directory's real path or below it
 * (isInside; isUnder compares paths as written). Path inputs, globs (checksums, release assets,
 * gates' file lists), gates' working directories, the changelog and the config file's search use
 * it. A path written relative to a root that must not climb at all (a git pathspec, a Docker build
 * context) is refused by hasParentSegment. `..data` is a name like any other, inside for all of
 * them; only a whole `..` segment climbs.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'

/** Whether `p` exists (a path that cannot exist, such as one below a file, does not). */
function exists(p: string): boolean {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) !== undefined
  } catch {
    return false
  }
}

/**
 * `p` with every symlink resolved, for the part of it that exists (an output may not exist yet); a
 * dangling symlink is followed to where it points, since writing through it would land there.
 */
export function realPath(p: string, depth = 0): string {
  let existing = path.resolve(p)
  const rest: string[] = []
  while (!exists(existing)) {
    const parent = path.dirname(existing)
    if (parent === existing) return path.resolve(p)
    rest.unshift(path.basename(existing))
    existing = parent
  }
  try {
    return path.join(realpathSync(existing), ...rest)
  } catch {
    if (depth > 40) return path.resolve(p)
    try {
      const target = path.resolve(path.dirname(existing), readlinkSync(existing))
      return realPath(path.join(target, ...rest), depth + 1)
    } catch {
      return path.resolve(p)
    }
  }
}

/** `p` is `dir` or below it, comparing the paths as written (no symlinks resolved). */
export function isUnder(dir: string, p: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(p))
  return !(rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
}

/** `p` is inside `dir`: `dir` or below it, both compared as real paths (symlinks resolved). */
export function isInside(dir: string, p: string): boolean {
  return isUnder(realPath(dir), realPath(p))
}

/**
 * The first symlink on the way from `root` to `root/rel` (a root-relative path) whose target is
 * outside `root`: its root-relative name and its real target; undefined when the path stays inside.
 */
export function escapingLink(
  root: string,
  rel: string,
): { name: string; target: string } | undefined {
  const realRoot = realPath(root)
  const parts = rel.split(/[\\/]+/).filter(p => p !== '' && p !== '.')
  for (let i = 1; i <= parts.length; i++) {
    const name = parts.slice(0, i).join('/')
    const full = path.join(root, ...parts.slice(0, i))
    let st
    try {
      st = lstatSync(full, { throwIfNoEntry: false })
    } catch {
      return undefined
    }
    if (!st) return undefined
    if (!st.isSymbolicLink()) continue
    const target = realPath(full)
    if (!isUnder(realRoot, target)) return { name, target }
  }
  return undefined
}

/**
 * Whether a `/`-separated path written relative to a root climbs out as written: absolute, or with
 * a `..` segment (`a/../b` too). For values that are not resolved against the file system before they are
 * used (git pathspecs, Docker build contexts, glob patterns). `..data/x` does not climb.
 */
export function hasParentSegment(relative: string): boolean {
  return path.isAbsolute(relative) || relative.split('/').includes('..')
}
