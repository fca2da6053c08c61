/**
 * The container tags of a build, decided from the version and the versions that already exist:
 * `X.Y`, `X` and `latest` move only to the highest stable version of their line (the release
 * policy of packages/versioning/lines.ts), so a back-port (v1.9.1 after v2.0.1) never takes
 * `latest` or `2`, and a pre-release gets only its own tag.
 */
import { InputError, showValue } from '../errors/index.ts'
import { TAG_RE } from '../oci/index.ts'
import {
  aliasName,
  formatVersion,
  isPrerelease,
  lineMaxima,
  type LineMaxima,
  type Version,
} from '../versioning/index.ts'

export type TagKind = 'version' | 'sha' | 'minor' | 'major' | 'edge' | 'nightly' | 'latest'

export interface PlannedTag {
  name: string
  kind: TagKind
  /** Version and sha tags never move to another digest; aliases do. */
  immutable: boolean
}

export interface TagPlanInput {
  version: Version | undefined
  existing: readonly Version[]
  event: string
  ref: string
  /** 40 hex. */
  sha: string
  defaultBranch: string
  shaFormat: 'long' | 'short'
  majorZero: boolean
  nightly: boolean
  /** YYYY-MM-DD (UTC). */
  date: string
  prefix: string
  suffix: string
}

export interface TagPlan {
  tags: PlannedTag[]
  isLatest: boolean
  reasons: string[]
}

const ORDER: Record<TagKind, number> = {
  version: 0,
  sha: 1,
  minor: 2,
  major: 3,
  edge: 4,
  nightly: 5,
  latest: 6,
}

export function validateAffix(input: string, value: string): string {
  if (value !== '' && !/^[\w.-]{1,64}$/.test(value)) {
    throw new InputError(
      input,
      `expected letters, digits, '_', '.' or '-' (at most 64), got ${showValue(value)}`,
    )
  }
  return value
}

/**
 * Plan the tags of one build. Version tags come first and `latest` last, the order they must be
 * written in. Tags are case-sensitive and kept as written (only image names are lower-cased, see
 * readImageName); each is checked against Docker's tag grammar.
 */
export function planTags(input: TagPlanInput, maxima?: LineMaxima<Version>): TagPlan {
  const reasons: string[] = []
  const raw: { name: string; kind: TagKind }[] = []
  const v = input.version
  if (v) {
    const name = formatVersion(v, { build: false })
    raw.push({ name, kind: 'version' })
    if (v.build.length > 0)
      reasons.push(
        `Build metadata +${v.build.join('.')} is not part of any tag ('+' is not allowed in a tag).`,
      )
    if (isPrerelease(v)) {
      reasons.push(
        `${name} is a pre-release: only its own tag, never ${v.major}.${v.minor}, ${v.major} or latest.`,
      )
    } else {
      const m = maxima ?? lineMaxima(input.existing)
      const minorAbove = m.above(v, 'minor')
      const majorAbove = m.above(v, 'major')
      const latestAbove = m.above(v, 'latest')
      if (minorAbove)
        reasons.push(
          `No ${aliasName('minor', v)}: ${formatVersion(minorAbove)} is higher in that line.`,
        )
      else raw.push({ name: aliasName('minor', v), kind: 'minor' })
      if (majorAbove)
        reasons.push(
          `No ${aliasName('major', v)}: ${formatVersion(majorAbove)} is higher in that line.`,
        )
      else if (v.major === 0 && !input.majorZero)
        reasons.push('No 0: the major alias is not published for 0.x (major-zero: false).')
      else raw.push({ name: aliasName('major', v), kind: 'major' })
      if (latestAbove)
        reasons.push(`No latest: ${formatVersion(latestAbove)} is the highest stable version.`)
      else {
        raw.push({ name: aliasName('latest', v), kind: 'latest' })
        reasons.push(`latest: ${name} is the highest stable version.`)
      }
    }
  } else {
    const onDefault = input.ref === `refs/heads/${input.defaultBranch}`
    if (input.event === 'schedule') {
      if (input.nightly) raw.push({ name: `nightly-${input.date}`, kind: 'nightly' })
      reasons.push('A scheduled build: the nightly tag and the sha tag.')
    } else if (onDefault && (input.event === 'push' || input.event === 'workflow_dispatch')) {
      raw.push({ name: 'edge', kind: 'edge' })
      if (input.nightly) raw.push({ name: `nightly-${input.date}`, kind: 'nightly' })
      reasons.push(
        `A build of the default branch ${input.defaultBranch}: edge${input.nightly ? ', the nightly tag' : ''} and the sha tag.`,
      )
    } else {
      reasons.push(
        `A build of ${input.ref || 'an unknown ref'} (${input.event || 'no event'}): the sha tag only.`,
      )
    }
  }
  raw.push({
    name: `sha-${input.shaFormat === 'short' ? input.sha.slice(0, 7) : input.sha}`,
    kind: 'sha',
  })

  const tags = raw
    .map(t => ({
      kind: t.kind,
      name: `${input.prefix}${t.name}${input.suffix}`,
      immutable: t.kind === 'version' || t.kind === 'sha',
    }))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
  for (const t of tags) {
    if (!TAG_RE.test(t.name)) {
      throw new InputError(
        t.kind === 'version' ? 'version' : 'prefix',
        `the tag ${showValue(t.name)} is not a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})`,
      )
    }
  }
  return { tags, isLatest: tags.some(t => t.kind === 'latest'), reasons }
}
