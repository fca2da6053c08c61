/**
 * The deprecation banner of a superseded release: prepended to its notes between two HTML
 * comments, so that a re-run finds and replaces its own banner instead of stacking another one,
 * and the original notes below it stay byte for byte.
 */
import { stripUnsafeCharacters } from '../markdown/index.ts'

export const BANNER_START = '<!-- release-actions:superseded -->'
export const BANNER_END = '<!-- /release-actions:superseded -->'
/** GitHub refuses release notes longer than this (characters). */
export const MAX_BODY = 125_000

const TITLE_SUFFIX = / \(superseded by [^()\s]+\)$/

export interface BannerInput {
  tag: string
  supersededBy: string
  supersededByUrl: string | undefined
  reason: string
}

export function hasBanner(body: string | null | undefined): boolean {
  return (body ?? '').includes(BANNER_START)
}

/** The notes without a banner of ours (and the blank lines that followed it). */
export function stripBanner(body: string | null | undefined): string {
  const text = body ?? ''
  const start = text.indexOf(BANNER_START)
  if (start === -1) return text
  const end = text.indexOf(BANNER_END, start)
  if (end === -1) return text
  const after = text.slice(end + BANNER_END.length).replace(/^(\r?\n)+/, '')
  return text.slice(0, start) + after
}

/**
 * Keep the reason on the banner's terms: no controls, and `<` and `>` escaped (`&lt;`, `&gt;`), so
 * that it renders as typed and can neither open nor close an HTML comment (which would hide the
 * banner or end it early) nor start any other HTML. Escaping rather than removing: a removal in
 * one pass leaves `<!--` of `<<!--!--`; an escaped text has no `<` left to make one. Idempotent.
 */
export function cleanReason(reason: string): string {
  return stripUnsafeCharacters(reason)
    .replace(/\r\n?/g, '\n')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim()
}

export function banner(input: BannerInput): string {
  const by = input.supersededByUrl
    ? `[${input.supersededBy}](${input.supersededByUrl})`
    : input.supersededBy
  return [
    BANNER_START,
    '## ⚠️ Deprecated',
    '',
    `**${input.tag} is superseded by ${by}. Use ${input.supersededBy} instead.**`,
    '',
    `Why: ${cleanReason(input.reason)}`,
    '',
    `The tag ${input.tag}, its assets and its images stay where they are, so that builds that pinned them can be reproduced; the rolling image tags no longer point at it.`,
    BANNER_END,
  ].join('\n')
}

/** The notes with the banner on top: a banner already there is replaced, never added twice. */
export function withBanner(body: string | null | undefined, input: BannerInput): string {
  const rest = stripBanner(body)
  return rest.trim() === '' ? `${banner(input)}\n` : `${banner(input)}\n\n${rest}`
}

/** `<title> (superseded by vX.Y.Z)`; a suffix of an earlier run is replaced. */
export function supersededTitle(name: string | null | undefined, tag: string, by: string): string {
  const base = (name ?? '').replace(TITLE_SUFFIX, '').trim() || tag
  return `${base} (superseded by ${by})`
}

/** The entry for the next release's changelog, under a `### Superseded` heading. */
export function changelogNote(input: BannerInput): string {
  return [
    '### Superseded',
    '',
    `- ${input.tag} is superseded by ${input.supersededBy}: ${cleanReason(input.reason).replace(/\n+/g, ' ')}`,
  ].join('\n')
}
