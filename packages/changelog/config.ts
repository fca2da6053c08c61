/**
 * The rules of the `changelog:` section of the project's config file (`.github/release-actions.yml`,
 * read by packages/config): which commit types go to which group, in which order, and which commits
 * are housekeeping (release commits, hidden types, dependency updates, skip patterns). The
 * housekeeping keys are the commit rules that compute-version's auto bump reads too. Every key is
 * checked; an unknown one or a bad value is an error that names the key (and, through
 * InputError.at, where it is, which packages/config turns into the line).
 */
import {
  DEFAULT_COMMIT_RULES,
  DEPENDENCY_DISPLAYS,
  DEPENDENCY_RELEASES,
  type CommitRules,
  type DependencyDisplay,
  type DependencyRelease,
} from '../conventional/index.ts'
import { trimAscii } from '../inputs/index.ts'
import { InputError } from '../errors/index.ts'

export interface ChangelogGroup {
  title: string
  /** Conventional Commit types listed under this group. */
  types: string[]
}

export type KeepAChangelogHeading =
  'Added' | 'Changed' | 'Deprecated' | 'Removed' | 'Fixed' | 'Security'
export const KEEP_A_CHANGELOG_HEADINGS: readonly KeepAChangelogHeading[] = [
  'Added',
  'Changed',
  'Deprecated',
  'Removed',
  'Fixed',
  'Security',
]

/**
 * The section's groups and headings, and the commit rules (`release-commits`, `skip`, `hide`,
 * `dependencies`) that decide which commits are housekeeping, for the section and the bump.
 */
export interface ChangelogConfig extends CommitRules {
  /** grouped style: groups in order, after Breaking Changes. */
  groups: ChangelogGroup[]
  /** grouped style: the title of the group for every other type; empty to leave them out. */
  otherTitle: string
  /** keep-a-changelog style: commit type → heading; types not listed are left out. */
  keepAChangelog: Record<string, KeepAChangelogHeading>
}

/** The keys of the `changelog:` mapping. */
export const CHANGELOG_CONFIG_KEYS = [
  'groups',
  'other',
  'keep-a-changelog',
  'hide',
  'dependencies',
  'release-commits',
  'skip',
] as const

export const DEFAULT_CHANGELOG_CONFIG: ChangelogConfig = {
  groups: [
    { title: 'Features', types: ['feat'] },
    { title: 'Bug Fixes', types: ['fix'] },
    { title: 'Performance', types: ['perf'] },
    { title: 'Refactoring', types: ['refactor'] },
    { title: 'Documentation', types: ['docs'] },
  ],
  otherTitle: 'Other Changes',
  keepAChangelog: {
    feat: 'Added',
    fix: 'Fixed',
    perf: 'Changed',
    refactor: 'Changed',
    revert: 'Changed',
    deprecate: 'Deprecated',
    remove: 'Removed',
    security: 'Security',
  },
  ...DEFAULT_COMMIT_RULES,
}

type Path = readonly (string | number)[]

/** The section's path, as the config file names it: changelog.groups[0].title. */
function shown(at: Path): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
}

class SectionReader {
  readonly input: string
  constructor(input: string) {
    this.input = input
  }
  fail(at: Path, problem: string): never {
    throw new InputError(this.input, problem, { at })
  }
  keys(at: Path, where: string, value: object, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(
          [...at, key],
          `unknown key '${key}' in ${where}; expected one of ${allowed.join(', ')}`,
        )
    }
  }
  stringList(at: Path, value: unknown): string[] {
    if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && trimAscii(v) !== '')) {
      this.fail(at, `${shown(at)} must be a list of strings`)
    }
    return (value as string[]).map(v => trimAscii(v))
  }
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The `changelog:` section of the config file (its value, as parsed: undefined when the file has
 * none); defaults for everything it does not set. Errors are InputErrors of `input` whose `at` is
 * the path of the key at fault from the top of the file.
 */
export function readChangelogConfig(section: unknown, input: string): ChangelogConfig {
  if (section === undefined) return DEFAULT_CHANGELOG_CONFIG
  const r: SectionReader = new SectionReader(input)
  const top = ['changelog'] as const
  if (!isMapping(section)) r.fail(top, "'changelog' must be a mapping")
  const c = section
  r.keys(top, "'changelog'", c, CHANGELOG_CONFIG_KEYS)
  const config: ChangelogConfig = { ...DEFAULT_CHANGELOG_CONFIG }
  if (c.groups !== undefined) {
    if (!Array.isArray(c.groups))
      r.fail([...top, 'groups'], "'changelog.groups' must be a list of {title, types}")
    config.groups = c.groups.map((g: unknown, i: number) => {
      const at = [...top, 'groups', i]
      const where = shown(at)
      if (!isMapping(g)) r.fail(at, `${where} must be a mapping with title and types`)
      r.keys(at, where, g, ['title', 'types'])
      const { title, types } = g
      if (typeof title !== 'string' || trimAscii(title) === '')
        r.fail([...at, 'title'], `${where}.title must be a non-empty string`)
      return {
        title: trimAscii(title),
        types: r.stringList([...at, 'types'], types).map(t => t.toLowerCase()),
      }
    })
  }
  if (c.other !== undefined) {
    if (c.other === false) config.otherTitle = ''
    else if (typeof c.other === 'string') config.otherTitle = trimAscii(c.other)
    else
      r.fail(
        [...top, 'other'],
        "'changelog.other' must be a title, or false to leave other commits out",
      )
  }
  if (c['keep-a-changelog'] !== undefined) {
    const at = [...top, 'keep-a-changelog']
    const map = c['keep-a-changelog']
    if (!isMapping(map))
      r.fail(at, "'changelog.keep-a-changelog' must map commit types to headings")
    const out: Record<string, KeepAChangelogHeading> = {}
    for (const [type, heading] of Object.entries(map)) {
      if (
        typeof heading !== 'string' ||
        !(KEEP_A_CHANGELOG_HEADINGS as readonly string[]).includes(heading)
      ) {
        r.fail(
          [...at, type],
          `changelog.keep-a-changelog.${type} must be one of ${KEEP_A_CHANGELOG_HEADINGS.join(', ')}`,
        )
      }
      out[type.toLowerCase()] = heading as KeepAChangelogHeading
    }
    config.keepAChangelog = out
  }
  if (c.hide !== undefined) {
    config.hide = r.stringList([...top, 'hide'], c.hide).map(t => t.toLowerCase())
  }
  if (c['release-commits'] !== undefined) {
    if (typeof c['release-commits'] !== 'boolean')
      r.fail(
        [...top, 'release-commits'],
        "'changelog.release-commits' must be true (leave release tools' release commits out) or false",
      )
    config.releaseCommits = c['release-commits']
  }
  if (c.dependencies !== undefined) {
    const at = [...top, 'dependencies']
    const d = c.dependencies
    if (!isMapping(d))
      r.fail(at, "'changelog.dependencies' must be a mapping with show and release")
    r.keys(at, "'changelog.dependencies'", d, ['show', 'release'])
    const { show, release } = d
    const dependencies = { ...config.dependencies }
    if (show !== undefined) {
      if (!(DEPENDENCY_DISPLAYS as readonly unknown[]).includes(show))
        r.fail(
          [...at, 'show'],
          `changelog.dependencies.show must be one of ${DEPENDENCY_DISPLAYS.join(', ')}`,
        )
      dependencies.show = show as DependencyDisplay
    }
    if (release !== undefined) {
      if (!(DEPENDENCY_RELEASES as readonly unknown[]).includes(release))
        r.fail(
          [...at, 'release'],
          `changelog.dependencies.release must be one of ${DEPENDENCY_RELEASES.join(', ')}`,
        )
      dependencies.release = release as DependencyRelease
    }
    config.dependencies = dependencies
  }
  if (c.skip !== undefined) {
    const at = [...top, 'skip']
    config.skip = r.stringList(at, c.skip).map((s, i) => {
      try {
        return new RegExp(s, 'i')
      } catch {
        return r.fail(
          [...at, i],
          `changelog.skip: ${JSON.stringify(s)} is not a valid regular expression`,
        )
      }
    })
  }
  return config
}
