/**
 * `.helmignore` as Helm reads it (helm/helm pkg/ignore/rules.go, commit
 * e9b85e4de16ad45805843fb121748018cf89094b): one pattern a line, `#` comments, Go filepath.Match
 * globs (`*`, `?`, `[...]`, `\` escapes; no `**`), a pattern without `/` matched against the base
 * name, with `/` against the path from the chart root (a leading `/` dropped), a trailing `/`
 * matching directories only, `!` negation; and Helm's default rule `templates/.?*`.
 */
import { ChartError } from './errors.ts'

interface Rule {
  negate: boolean
  mustDir: boolean
  /** Match against the base name (no `/` in the pattern) or the whole relative path. */
  base: boolean
  re: RegExp
}

/** Go's filepath.Match pattern as a regular expression (`*` and `?` stop at `/`). */
function globRe(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string
    if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i] as string}`
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end === -1) throw new Error(`unclosed [ in ${pattern}`)
      let body = pattern.slice(i + 1, end)
      const negated = body.startsWith('^')
      if (negated) body = body.slice(1)
      re += `[${negated ? '^' : ''}${body.replace(/[\]\\^]/g, c => `\\${c}`)}]`
      i = end
    } else re += /[.+^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch
  }
  return new RegExp(`^${re}$`)
}

export class HelmIgnore {
  readonly #rules: Rule[] = []

  /** The rules of a `.helmignore` text (`file` names it in errors), after Helm's default rule. */
  constructor(text = '', file = '.helmignore') {
    for (const [index, raw] of ['templates/.?*', ...text.split(/\r?\n/)].entries()) {
      let rule = raw.trim()
      if (rule === '' || rule.startsWith('#')) continue
      if (rule.includes('**'))
        throw new ChartError(
          `${file} line ${index}: ${JSON.stringify(rule)} uses **, which Helm's .helmignore does not support.`,
        )
      const negate = rule.startsWith('!')
      if (negate) rule = rule.slice(1)
      const mustDir = rule.endsWith('/')
      if (mustDir) rule = rule.replace(/\/+$/, '')
      const anchored = rule.startsWith('/')
      rule = rule.replace(/^\//, '')
      if (rule === '') continue
      let re: RegExp
      try {
        re = globRe(rule)
      } catch (error) {
        throw new ChartError(`${file} line ${index}: ${(error as Error).message}.`)
      }
      this.#rules.push({ negate, mustDir, base: !anchored && !rule.includes('/'), re })
    }
  }

  /** Is `relative` (a path from the chart root, with `/`) left out? Helm's Rules.Ignore. */
  ignores(relative: string, isDir: boolean): boolean {
    if (relative === '' || relative === '.') return false
    const name = relative.split('/').pop() ?? relative
    for (const rule of this.#rules) {
      const matches = rule.re.test(rule.base ? name : relative)
      if (rule.negate) {
        if (rule.mustDir && !isDir) return true
        if (!matches) return true
        continue
      }
      if (rule.mustDir && !isDir) continue
      if (matches) return true
    }
    return false
  }
}
