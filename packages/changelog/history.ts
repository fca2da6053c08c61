/**
 * The whole history as a changelog (`release-actions changelog --all`): one streaming `git log`,
 * each release rendered and handed on as soon as the next older one is known (its compare link
 * needs that tag), so memory stays bounded by two releases whatever the history's length.
 */
import type { Git } from '../git/index.ts'
import { walkReleases, type HistoryRelease } from './commits.ts'
import type { ChangelogConfig } from './config.ts'
import { upsertSection } from './document.ts'
import { STANDARD_HEADERS } from './generate.ts'
import {
  canonicalHeadings,
  headingLine,
  renderBody,
  renderSection,
  utcDate,
  type ChangelogStyle,
  type HeadingForm,
} from './render.ts'

export interface HistoryOptions {
  to: string
  prefix: string
  paths: readonly string[]
  style: ChangelogStyle
  config: ChangelogConfig
  repoUrl: string | undefined
  form?: HeadingForm
}

export async function renderHistory(
  git: Git,
  opts: HistoryOptions,
  write: (section: string, release: HistoryRelease, previousTag: string | undefined) => void,
): Promise<{ releases: number; commits: number; skipped: number }> {
  const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix }
  let pending: HistoryRelease | undefined
  let releases = 0
  const emit = (release: HistoryRelease, previousTag: string | undefined) => {
    releases++
    write(
      renderSection(
        {
          version: release.version,
          tag: release.tag,
          previousTag,
          date: release.time === undefined ? undefined : utcDate(release.time),
          commits: release.commits,
        },
        { style: opts.style, config: opts.config, repoUrl: opts.repoUrl, form },
      ),
      release,
      previousTag,
    )
  }
  const counts = await walkReleases(
    git,
    { to: opts.to, prefix: opts.prefix, paths: opts.paths },
    opts.config,
    release => {
      if (pending) emit(pending, release.tag)
      pending = release
    },
  )
  if (pending) emit(pending, undefined)
  return { releases, ...counts }
}

/**
 * Every release section of the history upserted into a changelog text (or a new one), oldest
 * first so each lands in order. Sections already there are replaced (grouped) or merged
 * (keep-a-changelog), exactly as a single release would be.
 */
export async function upsertHistory(
  git: Git,
  opts: HistoryOptions,
  existing: string | undefined,
): Promise<{ text: string; releases: number }> {
  const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix }
  const releases: { release: HistoryRelease; previousTag: string | undefined }[] = []
  await renderHistory(git, { ...opts, form }, (_section, release, previousTag) => {
    releases.push({ release, previousTag })
  })
  let text = existing
  const ropts = { style: opts.style, config: opts.config, repoUrl: opts.repoUrl, form }
  for (const { release, previousTag } of releases.reverse()) {
    const r = {
      version: release.version,
      tag: release.tag,
      previousTag,
      date: release.time === undefined ? undefined : utcDate(release.time),
      commits: release.commits,
    }
    text = upsertSection(text, {
      style: opts.style,
      heading: headingLine(r, ropts),
      version: r.version,
      body: renderBody(r, ropts),
      canonical: canonicalHeadings(opts.style, opts.config),
      initial: STANDARD_HEADERS[opts.style],
    }).text
  }
  return { text: text ?? STANDARD_HEADERS[opts.style], releases: releases.length }
}
