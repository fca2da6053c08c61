/**
 * The changelog part of the project's config file (`.github/release-actions.yml`): which commit
 * types go to which group, in which order, and which commits are housekeeping (release commits,
 * hidden types, dependency updates, skip patterns). The housekeeping keys are the commit rules
 * that compute-version's auto bump reads too. Every key is checked; an unknown one or a bad value
 * is an error that names the key.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
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

function fail(input: string, file: string, problem: string): never {
  throw new InputError(input, `${file}: ${problem}`)
}

function checkKeys(
  input: string,
  file: string,
  where: string,
  value: object,
  allowed: string[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      fail(input, file, `unknown key '${key}' in ${where}; expected one of ${allowed.join(', ')}`)
  }
}

function stringList(input: string, file: string, where: string, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && trimAscii(v) !== '')) {
    fail(input, file, `${where} must be a list of strings`)
  }
  return (value as string[]).map(v => trimAscii(v))
}

/** Read the `changelog:` part of the config file; defaults for everything it does not set. */
export function loadChangelogConfig(file: string, input = 'config'): ChangelogConfig {
  if (!existsSync(file)) return DEFAULT_CHANGELOG_CONFIG
  let doc: unknown
  try {
    doc = parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(
      input,
      file,
      `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    )
  }
  if (doc === null || doc === undefined) return DEFAULT_CHANGELOG_CONFIG
  if (typeof doc !== 'object' || Array.isArray(doc))
    fail(input, file, 'expected a mapping at the top level')
  const section = (doc as Record<string, unknown>).changelog
  if (section === undefined) return DEFAULT_CHANGELOG_CONFIG
  if (typeof section !== 'object' || section === null || Array.isArray(section)) {
    fail(input, file, "'changelog' must be a mapping")
  }
  const c = section as Record<string, unknown>
  checkKeys(input, file, "'changelog'", c, [...CHANGELOG_CONFIG_KEYS])
  const config: ChangelogConfig = { ...DEFAULT_CHANGELOG_CONFIG }
  if (c.groups !== undefined) {
    if (!Array.isArray(c.groups))
      fail(input, file, "'changelog.groups' must be a list of {title, types}")
    config.groups = c.groups.map((g: unknown, i: number) => {
      const where = `changelog.groups[${i}]`
      if (typeof g !== 'object' || g === null || Array.isArray(g))
        fail(input, file, `${where} must be a mapping with title and types`)
      checkKeys(input, file, where, g, ['title', 'types'])
      const { title, types } = g as Record<string, unknown>
      if (typeof title !== 'string' || trimAscii(title) === '')
        fail(input, file, `${where}.title must be a non-empty string`)
      return {
        title: trimAscii(title),
        types: stringList(input, file, `${where}.types`, types).map(t => t.toLowerCase()),
      }
    })
  }
  if (c.other !== undefined) {
    if (c.other === false) config.otherTitle = ''
    else if (typeof c.other === 'string') config.otherTitle = trimAscii(c.other)
    else fail(input, file, "'changelog.other' must be a title, or false to leave other commits out")
  }
  if (c['keep-a-changelog'] !== undefined) {
    const map = c['keep-a-changelog']
    if (typeof map !== 'object' || map === null || Array.isArray(map))
      fail(input, file, "'changelog.keep-a-changelog' must map commit types to headings")
    const out: Record<string, KeepAChangelogHeading> = {}
    for (const [type, heading] of Object.entries(map as Record<string, unknown>)) {
      if (
        typeof heading !== 'string' ||
        !(KEEP_A_CHANGELOG_HEADINGS as readonly string[]).includes(heading)
      ) {
        fail(
          input,
          file,
          `changelog.keep-a-changelog.${type} must be one of ${KEEP_A_CHANGELOG_HEADINGS.join(', ')}`,
        )
      }
      out[type.toLowerCase()] = heading as KeepAChangelogHeading
    }
    config.keepAChangelog = out
  }
  if (c.hide !== undefined) {
    config.hide = stringList(input, file, 'changelog.hide', c.hide).map(t => t.toLowerCase())
  }
  if (c['release-commits'] !== undefined) {
    if (typeof c['release-commits'] !== 'boolean')
      fail(
        input,
        file,
        "'changelog.release-commits' must be true (leave release tools' release commits out) or false",
      )
    config.releaseCommits = c['release-commits']
  }
  if (c.dependencies !== undefined) {
    const d = c.dependencies
    if (typeof d !== 'object' || d === null || Array.isArray(d))
      fail(input, file, "'changelog.dependencies' must be a mapping with show and release")
    checkKeys(input, file, "'changelog.dependencies'", d, ['show', 'release'])
    const { show, release } = d as Record<string, unknown>
    const dependencies = { ...config.dependencies }
    if (show !== undefined) {
      if (!(DEPENDENCY_DISPLAYS as readonly unknown[]).includes(show))
        fail(
          input,
          file,
          `changelog.dependencies.show must be one of ${DEPENDENCY_DISPLAYS.join(', ')}`,
        )
      dependencies.show = show as DependencyDisplay
    }
    if (release !== undefined) {
      if (!(DEPENDENCY_RELEASES as readonly unknown[]).includes(release))
        fail(
          input,
          file,
          `changelog.dependencies.release must be one of ${DEPENDENCY_RELEASES.join(', ')}`,
        )
      dependencies.release = release as DependencyRelease
    }
    config.dependencies = dependencies
  }
  if (c.skip !== undefined) {
    config.skip = stringList(input, file, 'changelog.skip', c.skip).map(s => {
      try {
        return new RegExp(s, 'i')
      } catch {
        return fail(
          input,
          file,
          `changelog.skip: ${JSON.stringify(s)} is not a valid regular expression`,
        )
      }
    })
  }
  return config
}
