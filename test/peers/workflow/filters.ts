/**
 * The filter patterns of `on.push.branches`/`tags`/`paths` as GitHub documents them ("Filter
 * pattern cheat sheet", workflow syntax): `*` any characters but `/`, `**` any characters, `?`
 * zero or one of the preceding character, `+` one or more of the preceding character, `[...]` one
 * character of a class or range, `\` escapes, and a leading `!` excludes what earlier patterns
 * matched; the last pattern that matches decides.
 */

/** One filter pattern as a regular expression over the whole name. */
export function patternToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string
    if (ch === '\\' && i + 1 < pattern.length) {
      re += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    } else if (ch === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*'
        i++
      } else re += '[^/]*'
    } else if (ch === '?' || ch === '+') {
      re += ch
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        re += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** Whether `name` passes a list of patterns (with `!` exclusions), as GitHub evaluates them. */
export function matchesFilters(name: string, patterns: readonly string[]): boolean {
  let matched = false
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (patternToRegExp(p.slice(1)).test(name)) matched = false
    } else if (patternToRegExp(p).test(name)) matched = true
  }
  return matched
}

export interface PushFilters {
  branches?: string[]
  'branches-ignore'?: string[]
  tags?: string[]
  'tags-ignore'?: string[]
}

/**
 * Whether a push of `ref` triggers a workflow with these filters: with only branch filters, tag
 * pushes do not run it, and with only tag filters, branch pushes do not; with neither, both do.
 */
export function pushTriggers(ref: string, filters: PushFilters | undefined): boolean {
  const f = filters ?? {}
  const hasBranch = f.branches !== undefined || f['branches-ignore'] !== undefined
  const hasTag = f.tags !== undefined || f['tags-ignore'] !== undefined
  if (ref.startsWith('refs/tags/')) {
    const tag = ref.slice('refs/tags/'.length)
    if (!hasTag) return !hasBranch
    if (f.tags) return matchesFilters(tag, f.tags)
    return !matchesFilters(tag, f['tags-ignore'] ?? [])
  }
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length)
    if (!hasBranch) return !hasTag
    if (f.branches) return matchesFilters(branch, f.branches)
    return !matchesFilters(branch, f['branches-ignore'] ?? [])
  }
  return false
}
