/**
 * The release notification: one Slack-compatible incoming-webhook message per release (a release
 * candidate, a stable release or a back-port), with its version, kind, release URL and images at
 * their digests, and the sender that posts it. Slack's incoming webhooks take a JSON body whose
 * `text` is the notification fallback and whose `blocks` (Block Kit: a `header` of `plain_text`, at
 * most 150 characters; `section`s of `mrkdwn`, at most 3000) are what the channel shows; `&`, `<`
 * and `>` are markup there (`<!channel>` pings everyone), so text from outside is escaped.
 *
 * A notification never fails a release: send() reports a refusal, a timeout or a network error as
 * a result, never by throwing.
 */
import { isPrerelease, parseVersion } from '../versioning/semver.ts'

export type ReleaseKind = 'release candidate' | 'stable' | 'back-port'

export interface NotifiedImage {
  name: string
  digest: string
}

export interface ReleaseNotice {
  /** The version released (1.2.3, 1.3.0-rc.1). */
  version: string
  tag: string
  /** The repository (owner/repo). */
  repository: string
  releaseUrl: string
  /** Whether the release is the highest stable one (the latest). */
  isLatest: boolean
  images: NotifiedImage[]
}

/** A pre-release is a release candidate; a stable release is a back-port unless it is the latest. */
export function releaseKind(version: string, isLatest: boolean): ReleaseKind {
  const v = parseVersion(version)
  if (v === undefined ? version.includes('-') : isPrerelease(v)) return 'release candidate'
  return isLatest ? 'stable' : 'back-port'
}

/** Slack's markup characters, escaped as its docs ask (&amp; &lt; &gt;). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`

interface TextObject {
  type: 'plain_text' | 'mrkdwn'
  text: string
}
export interface SlackMessage {
  text: string
  blocks: { type: 'header' | 'section'; text: TextObject }[]
}

/** The message of one release. */
export function releaseMessage(notice: ReleaseNotice): SlackMessage {
  const kind = releaseKind(notice.version, notice.isLatest)
  const title = `${notice.repository} ${notice.tag} released (${kind})`
  const link = notice.releaseUrl
    ? `<${escapeSlack(notice.releaseUrl)}|${escapeSlack(notice.tag)}>`
    : escapeSlack(notice.tag)
  const summary = [
    `*Version:* ${escapeSlack(notice.version)}`,
    `*Kind:* ${kind}`,
    `*Release:* ${link}`,
  ].join('\n')
  const blocks: SlackMessage['blocks'] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: summary } },
  ]
  if (notice.images.length > 0) {
    const lines = notice.images.map(i => `• \`${escapeSlack(i.name)}@${escapeSlack(i.digest)}\``)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*Images:*\n${lines.join('\n')}`, 3000) },
    })
  }
  const text = `${title}${notice.releaseUrl ? `: ${notice.releaseUrl}` : ''}`
  return { text, blocks }
}

export interface SendResult {
  ok: boolean
  /** The HTTP status, when the webhook answered. */
  status?: number
  /** Why it was not delivered (never contains the webhook URL). */
  problem?: string
}

export interface SendOptions {
  timeoutMs?: number
  fetch?: typeof globalThis.fetch
}

/** POST the message to the webhook. Never throws: a failure is a result with a problem. */
export async function send(
  webhookUrl: string,
  message: SlackMessage,
  options: SendOptions = {},
): Promise<SendResult> {
  const doFetch = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? 10_000
  try {
    const response = await doFetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
    const body = clip((await response.text()).replace(/\s+/g, ' ').trim(), 200)
    if (response.ok) return { ok: true, status: response.status }
    return {
      ok: false,
      status: response.status,
      problem: `the webhook answered ${response.status}${body ? ` (${body})` : ''}`,
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'TimeoutError' || name === 'AbortError')
      return { ok: false, problem: `the webhook did not answer within ${timeoutMs / 1000}s` }
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
    // The message of a fetch error can quote the URL (which holds the webhook's secret): not shown.
    return { ok: false, problem: `the webhook could not be reached${cause ? ` (${cause})` : ''}` }
  }
}
