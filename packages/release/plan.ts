/**
 * The plan of a release run, decided once in its first job: which images to build (each with its
 * own Dockerfile, context, platforms, build arguments and target), and whether the release files
 * are built or reused from a release of the same commit (a promoted candidate ships exactly the
 * files it validated; a rebuild of a published tag ships the files it published).
 */
import { parse } from 'yaml'
import { gitHubProblem, type GitHubClient } from '../github/index.ts'
import { trimAscii } from '../inputs/index.ts'
import { escapeText, OperationalError, showValue } from '../errors/index.ts'
import { hasParentSegment } from '../files/index.ts'
import { IMAGE_FORMS, imageProblem, readImageName } from '../oci/index.ts'
import { compareVersions, isPrerelease, sameCore, type ReleaseTag } from '../versioning/index.ts'

export interface ImageBuild {
  /** The image without tag, as it is published (ghcr.io/owner/app). */
  name: string
  /** The Dockerfile; empty: `<context>/Dockerfile`, as build-push-action defaults it. */
  dockerfile: string
  context: string
  platforms: string
  /** KEY=value lines. */
  buildArgs: string
  target: string
  /** A name for this entry's artifacts and jobs: image-1, image-2, … */
  key: string
}

export class PlanError extends OperationalError {
  override name = 'PlanError'
}

const KEYS = ['name', 'dockerfile', 'context', 'platforms', 'build-args', 'target'] as const
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/
const ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*$/
const TARGET_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/** A value of the plan in a message: a string escaped as input values are (showValue). */
function show(value: unknown): string {
  if (typeof value === 'string') return showValue(value)
  return escapeText(String(JSON.stringify(value)))
}

/** A path inside the repository: relative, no `..` segment, no NUL or newline. */
function relativePath(field: string, value: string, where: string): string {
  const clean = value.replace(/^\.\/+/, '')
  if (hasParentSegment(value) || /[\0\r\n]/.test(value))
    throw new PlanError(
      `${where}: ${field} must be a path inside the repository, got ${show(value)}`,
    )
  return clean === '' ? '.' : clean
}

function imageName(value: unknown, where: string, warn: (message: string) => void): string {
  if (typeof value !== 'string' || trimAscii(value) === '')
    throw new PlanError(
      `${where}: expected an image name such as ghcr.io/owner/app, got ${show(value)}`,
    )
  const name = readImageName(trimAscii(value), warn)
  const problem = imageProblem(name, 'repository')
  if (problem !== undefined)
    throw new PlanError(
      `${where}: expected ${IMAGE_FORMS.repository} (the tags are computed), got ${show(name)} (it ${problem})`,
    )
  return name
}

function buildArgs(value: unknown, where: string): string {
  if (value === undefined || value === null) return ''
  const pairs: [string, string][] = []
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string' || !item.includes('='))
        throw new PlanError(`${where}: build-args entries are KEY=value, got ${show(item)}`)
      pairs.push([item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)])
    }
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== null && typeof v === 'object')
        throw new PlanError(`${where}: build-args values are strings, got ${show(v)} for ${k}`)
      pairs.push([k, typeof v === 'string' ? v : v === null ? '' : JSON.stringify(v)])
    }
  } else throw new PlanError(`${where}: build-args is a mapping of KEY: value, got ${show(value)}`)
  for (const [k, v] of pairs) {
    if (!ARG_RE.test(k))
      throw new PlanError(`${where}: ${show(k)} is not a build argument name (letters, digits, _)`)
    if (/[\r\n\0]/.test(v))
      throw new PlanError(`${where}: the build argument ${k} spans lines; one line each`)
  }
  return pairs.map(([k, v]) => `${k}=${v}`).join('\n')
}

/**
 * The images of the `images` input: a list of names (one per line or comma-separated), every one
 * built the same way, or a YAML list whose entries are names or mappings with name and optionally
 * dockerfile, context, platforms, build-args and target.
 */
export function parseImageBuilds(
  text: string,
  defaults: { dockerfile: string; context: string; platforms: string },
  warn: (message: string) => void = () => undefined,
): ImageBuild[] {
  const trimmed = trimAscii(text)
  if (trimmed === '') return []
  let items: unknown[]
  if (/^(-\s|\[)/.test(trimmed)) {
    let doc: unknown
    try {
      doc = parse(trimmed, { maxAliasCount: 0 })
    } catch (error) {
      throw new PlanError(
        `the YAML list does not parse: ${escapeText(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))}`,
      )
    }
    if (!Array.isArray(doc)) throw new PlanError('expected a YAML list of images')
    items = doc
  } else
    items = trimmed
      .split(/[\n,]/)
      .map(s => trimAscii(s))
      .filter(Boolean)
  const out: ImageBuild[] = []
  for (const [i, item] of items.entries()) {
    const where = `image ${i + 1}`
    const entry: Record<string, unknown> =
      typeof item === 'string'
        ? { name: item }
        : item && typeof item === 'object' && !Array.isArray(item)
          ? (item as Record<string, unknown>)
          : {}
    if (
      typeof item !== 'string' &&
      (item === null || typeof item !== 'object' || Array.isArray(item))
    )
      throw new PlanError(
        `${where}: expected an image name or a mapping with name, got ${show(item)}`,
      )
    const unknown = Object.keys(entry).filter(k => !(KEYS as readonly string[]).includes(k))
    if (unknown.length)
      throw new PlanError(`${where}: unknown key ${show(unknown[0])}; expected ${KEYS.join(', ')}`)
    const name = imageName(entry.name, where, warn)
    if (out.some(o => o.name === name))
      throw new PlanError(`${where}: ${show(name)} is listed twice`)
    const str = (key: string): string | undefined => {
      const v = entry[key]
      if (v === undefined || v === null) return undefined
      if (typeof v !== 'string') throw new PlanError(`${where}: ${key} is a string, got ${show(v)}`)
      return trimAscii(v)
    }
    const context = relativePath('context', str('context') ?? defaults.context, where)
    // A Dockerfile not named is the context's, as docker build and build-push-action take it.
    const ownContext = entry.context !== undefined
    const dockerfileValue = str('dockerfile') ?? (ownContext ? '' : defaults.dockerfile)
    const dockerfile =
      dockerfileValue === '' ? '' : relativePath('dockerfile', dockerfileValue, where)
    const platforms = (str('platforms') ?? defaults.platforms)
      .split(',')
      .map(p => trimAscii(p))
      .filter(Boolean)
    if (platforms.length === 0)
      throw new PlanError(`${where}: expected at least one platform such as linux/amd64`)
    for (const p of platforms)
      if (!PLATFORM_RE.test(p))
        throw new PlanError(
          `${where}: ${show(p)} is not a platform such as linux/amd64 or linux/arm64/v8`,
        )
    const target = str('target') ?? ''
    if (target !== '' && !TARGET_RE.test(target))
      throw new PlanError(`${where}: ${show(target)} is not a build stage name`)
    out.push({
      name,
      dockerfile,
      context,
      platforms: platforms.join(','),
      buildArgs: buildArgs(entry['build-args'], where),
      target,
      key: `image-${i + 1}`,
    })
  }
  return out
}

/** The assets a release run makes itself, besides the release files: never reused, always made anew. */
export const EVIDENCE_ASSETS = [
  'checksums.txt',
  'sbom.spdx.json',
  'THIRD_PARTY_NOTICES.md',
  'provenance.intoto.jsonl',
] as const

/** The checksums file: checksums.txt, or named as release archives are (<name>_v<version>_checksums.txt). */
export function isChecksumsAsset(name: string): boolean {
  return name === 'checksums.txt' || name.endsWith('_checksums.txt')
}

/** An asset the release run made itself (evidence), not a release file. */
export function isEvidenceAsset(name: string): boolean {
  return (EVIDENCE_ASSETS as readonly string[]).includes(name) || isChecksumsAsset(name)
}

export interface ReleaseFilesSource {
  tag: string
  assets: { id: number; name: string; size: number }[]
}

/**
 * The release whose files this run ships instead of building them: this tag's own published
 * release (a rebuild), else the highest published pre-release of the same version on the same
 * commit (a promoted candidate). Only releases with files besides the evidence count.
 */
export async function findReleaseFiles(
  client: GitHubClient,
  {
    owner,
    repo,
    tag,
    atCommit,
  }: { owner: string; repo: string; tag: ReleaseTag; atCommit: readonly ReleaseTag[] },
): Promise<ReleaseFilesSource | undefined> {
  const candidates = [
    tag,
    ...atCommit
      .filter(
        t => t.name !== tag.name && isPrerelease(t.version) && sameCore(t.version, tag.version),
      )
      .sort((a, b) => compareVersions(b.version, a.version)),
  ]
  for (const candidate of candidates) {
    let release: {
      draft: boolean
      assets: { id: number; name: string; size: number; state?: string }[]
    }
    try {
      release = (await client.rest.repos.getReleaseByTag({ owner, repo, tag: candidate.name })).data
    } catch (error) {
      if ((error as { status?: number }).status === 404) continue
      throw gitHubProblem(error, `read the release of ${candidate.name}`, 'contents: read')
    }
    if (release.draft) continue
    const assets = release.assets
      .filter(a => (a.state ?? 'uploaded') === 'uploaded')
      .filter(a => !isEvidenceAsset(a.name))
      .map(a => ({ id: a.id, name: a.name, size: a.size }))
    if (assets.length > 0) return { tag: candidate.name, assets }
  }
  return undefined
}
