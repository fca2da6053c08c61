/**
 * generate-changelog's work, shared by the action and the CLI: read the commits of a release,
 * render its section, upsert it into the changelog file, and write the release notes. The file is
 * a regular file, never read or written through a symlink, and read-modified-written under a lock.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../git/index.ts'
import { PreconditionError, showValue } from '../errors/index.ts'
import { escapingLink, isUnder, realPath, withFileLock, writeFileAtomic } from '../files/index.ts'
import {
  compareVersions,
  formatVersion,
  isPrerelease,
  parseReleaseTag,
  Reachability,
  releaseTags,
  tagName,
  type Version,
} from '../versioning/index.ts'
import { sectionCommits, type ChangelogCommit } from './commits.ts'
import type { ChangelogConfig } from './config.ts'
import { hasLinkRefs, parseChangelog, refsBaseUrl, upsertSection } from './document.ts'
import { renderReleaseNotes, type ChartReference } from './notes.ts'
import {
  bodyText,
  canonicalHeadings,
  compareUrl,
  headingLine,
  renderBody,
  utcDate,
  type ChangelogStyle,
  type HeadingForm,
  type RenderOptions,
  type SectionRelease,
} from './render.ts'

export interface GenerateOptions {
  /** The release being cut; undefined writes the Unreleased section. */
  version: Version | undefined
  tagPrefix: string
  /** Start of the range (exclusive): a tag or commit. Default: the previous release (see README). */
  from?: string
  /** End of the range: default the release tag if it exists, else HEAD. */
  to?: string
  style: ChangelogStyle
  /** The changelog file to upsert, or undefined to write none. */
  file?: string
  /**
   * The release date, YYYY-MM-DD. Default: the tag's date (the tagger date of an annotated tag,
   * the commit date of a lightweight one), today (UTC) when the version is not tagged yet.
   */
  date?: string | undefined
  repoUrl?: string
  /** Git pathspecs of the path filters. */
  paths: string[]
  config: ChangelogConfig
  /** Write release notes here. */
  notesFile?: string
  images: string[]
  /** Helm charts the release pushed (the notes' Helm Charts section). */
  charts?: ChartReference[]
  checksumsFile?: string
  /** The release has provenance attestations (the notes' Verification section); default true. */
  attested?: boolean
  signerWorkflow?: string
  /** The images have keyless cosign signatures (the notes carry `cosign verify`); default false. */
  signed?: boolean
}

export interface GenerateResult {
  /** The section as written (heading and body). */
  section: string
  changed: boolean
  hasBreaking: boolean
  /** Every commit of the range (housekeeping and merges left out). */
  commits: ChangelogCommit[]
  /** How many of them the section lists (a style can leave types out). */
  listed: number
  skipped: number
  from: string | undefined
  to: string
  previousTag: string | undefined
  notes?: string
}

export const STANDARD_HEADERS: Record<ChangelogStyle, string> = {
  grouped: [
    '# Changelog',
    '',
    'All notable changes to this project are documented in this file. Sections are generated from',
    'Conventional Commits by release-actions; edits made by hand are kept.',
    '',
  ].join('\n'),
  'keep-a-changelog': [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
    '',
  ].join('\n'),
}

/** The default range: previous stable tag for a stable version, previous tag for a pre-release. */
export async function resolveRange(
  git: Git,
  opts: Pick<GenerateOptions, 'version' | 'tagPrefix' | 'from' | 'to'>,
): Promise<{
  from: string | undefined
  to: string
  toCommit: string
  tagExists: boolean
  previousTag: string | undefined
}> {
  const tag = opts.version ? tagName(opts.tagPrefix, opts.version) : undefined
  const tagExists = tag !== undefined && (await git.resolveCommit(`refs/tags/${tag}`)) !== undefined
  const to = opts.to ?? (tagExists && tag ? tag : 'HEAD')
  const toCommit = await git.resolveCommit(to === tag ? `refs/tags/${to}` : to)
  if (!toCommit) throw new PreconditionError(`'to' (${to}) does not name a commit in ${git.cwd}.`)
  let from = opts.from
  let previousTag: string | undefined
  // Asked only as far as needed: the previous release is usually a few commits below (reach.ts).
  const reachable = new Reachability(git, releaseTags(await git.tags(), opts.tagPrefix)).from(
    toCommit,
  )
  const v = opts.version
  const previous = v
    ? await reachable.highest(
        t => compareVersions(t.version, v) < 0 && (isPrerelease(v) || !isPrerelease(t.version)),
      )
    : // Unreleased: what the next stable release will list (candidates get no section of their own).
      await reachable.highest(t => !isPrerelease(t.version))
  previousTag = previous?.name
  if (from === undefined) from = previous ? `refs/tags/${previous.name}` : undefined
  else {
    if (!(await git.resolveCommit(from)))
      throw new PreconditionError(`'from' (${from}) does not name a commit in ${git.cwd}.`)
    if (parseReleaseTag(from, opts.tagPrefix) !== undefined) previousTag = from
  }
  return { from, to, toCommit, tagExists, previousTag: previousTag?.replace(/^refs\/tags\//, '') }
}

function renderOptions(
  style: ChangelogStyle,
  config: ChangelogConfig,
  repoUrl: string | undefined,
  form: HeadingForm,
): RenderOptions {
  return { style, config, repoUrl, form }
}

/** The `### Known Limitations` text of a section, if its maintainers wrote one. */
function knownLimitations(section: string): string | undefined {
  const m = /^###\s+Known Limitations\s*\n([\s\S]*?)(?=^###\s|(?![\s\S]))/im.exec(section)
  return m?.[1]?.trim() || undefined
}

/** The date a tag was made (UTC): its tagger date, or its commit's date for a lightweight tag. */
export async function tagDate(git: Git, tag: string): Promise<string | undefined> {
  const time = await git.tagTime(tag)
  return time === undefined ? undefined : utcDate(time)
}

/**
 * Why the changelog file may not be read and rewritten where it is, or undefined. It must be a
 * regular file (or not exist yet), not a symlink, even one that stays inside: writing replaces the
 * link with a file, and reading copies the target's content in (which `bump` would commit). Below
 * `repo` (where it is written from), no symlinked directory on its way may lead outside `repo`.
 */
export function changelogFileProblem(file: string, repo: string): string | undefined {
  let st
  try {
    st = lstatSync(file, { throwIfNoEntry: false })
  } catch {
    return undefined // a path that cannot exist: the workspace rule or the write says why
  }
  if (st?.isSymbolicLink())
    return `is a symlink to ${showValue(realPath(file), 4096)}; expected a regular file (a changelog is written in place, not through a link)`
  if (st && !st.isFile()) return 'is not a regular file; expected a changelog file'
  if (isUnder(repo, file)) {
    const escape = escapingLink(repo, path.relative(repo, file))
    if (escape)
      return `is reached through ${showValue(escape.name, 4096)}, a symlink to ${showValue(escape.target, 4096)} outside ${repo}; expected a file inside it`
  }
  return undefined
}

export async function generateChangelog(git: Git, opts: GenerateOptions): Promise<GenerateResult> {
  const range = await resolveRange(git, opts)
  const messages = await git.commitMessages({
    ...(range.from === undefined ? {} : { from: range.from }),
    to: range.toCommit,
    paths: opts.paths,
  })
  const { commits, skipped } = sectionCommits(messages, opts.config)
  const tag = opts.version ? tagName(opts.tagPrefix, opts.version) : undefined
  const date = opts.version
    ? (opts.date ??
      (range.tagExists && tag ? await tagDate(git, tag) : undefined) ??
      utcDate(new Date()))
    : undefined
  const release: SectionRelease = {
    version: opts.version,
    tag,
    previousTag: range.previousTag,
    date,
    commits,
  }
  const file = opts.file
  if (file) {
    const problem = changelogFileProblem(file, git.cwd)
    if (problem) throw new PreconditionError(`${file} ${problem}.`)
  }
  // Read, upsert and write under the file's lock: runs at once each land their section.
  const update = () => {
    const existing = file && existsSync(file) ? readFileSync(file, 'utf8') : undefined
    const parsed = existing === undefined ? undefined : parseChangelog(existing)
    const form: HeadingForm = parsed?.form ?? { brackets: true, prefixed: false, prefix: '' }
    const ropts = renderOptions(opts.style, opts.config, opts.repoUrl, form)
    const body = renderBody(release, ropts)
    // Link references: kept up to date when the file has them (or a new keep-a-changelog file).
    const base = (parsed ? refsBaseUrl(parsed) : undefined) ?? opts.repoUrl
    const wantsRefs =
      form.brackets &&
      base !== undefined &&
      tag !== undefined &&
      ((parsed !== undefined && hasLinkRefs(parsed)) ||
        (existing === undefined && opts.style === 'keep-a-changelog'))
    const label = opts.version
      ? `${form.prefixed ? form.prefix : ''}${formatVersion(opts.version)}`
      : ''
    const upsert = upsertSection(existing, {
      style: opts.style,
      heading: headingLine(release, ropts),
      version: opts.version,
      body,
      canonical: canonicalHeadings(opts.style, opts.config, form),
      initial: STANDARD_HEADERS[opts.style],
      rangeShas: messages.map(m => m.sha),
      ...(wantsRefs && base && tag
        ? {
            refs: {
              label,
              url: compareUrl(base, range.previousTag, tag).replace('/commits/', '/releases/tag/'),
              unreleasedUrl: `${base}/compare/${tag}...HEAD`,
            },
          }
        : {}),
    })
    const changed = file !== undefined && upsert.text !== existing
    if (changed) {
      // Checked again under the lock: the file may have been swapped for a link meanwhile.
      const problem = changelogFileProblem(file, git.cwd)
      if (problem) throw new PreconditionError(`${file} ${problem}.`)
      writeFileAtomic(file, upsert.text)
    }
    return { upsert, body, changed }
  }
  const { upsert, body, changed } = file ? await withFileLock(file, update) : update()
  const result: GenerateResult = {
    section: upsert.section,
    changed,
    hasBreaking: commits.some(c => c.breaking),
    commits,
    listed: body.groups.reduce(
      (n, g) => n + g.entries.reduce((m, e) => m + (e.collapsed ?? 1), 0),
      0,
    ),
    skipped,
    from: range.from?.replace(/^refs\/tags\//, ''),
    to: range.to,
    previousTag: range.previousTag,
  }
  if (opts.notesFile && opts.version && tag) {
    const sectionBody = upsert.section.split('\n').slice(1).join('\n')
    const previousVersion = range.previousTag
      ? parseReleaseTag(range.previousTag, opts.tagPrefix)
      : undefined
    const limits = knownLimitations(upsert.section)
    const notes = renderReleaseNotes(
      {
        version: opts.version,
        tag,
        previousTag: range.previousTag,
        repoUrl: opts.repoUrl,
        commits,
        changelogBody: sectionBody || bodyText(body),
        images: opts.images,
        ...(opts.charts && opts.charts.length > 0 ? { charts: opts.charts } : {}),
        checksumsFile: opts.checksumsFile ?? 'checksums.txt',
        ...(opts.attested === undefined ? {} : { attested: opts.attested }),
        ...(opts.signerWorkflow ? { signerWorkflow: opts.signerWorkflow } : {}),
        ...(opts.signed ? { signed: true } : {}),
        ...(limits ? { knownLimitations: limits } : {}),
      },
      previousVersion,
    )
    writeFileAtomic(opts.notesFile, notes)
    result.notes = notes
  }
  return result
}
