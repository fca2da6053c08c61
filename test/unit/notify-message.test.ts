/**
 * The release notification's message (packages/notify): the kind of each release, and the shape of
 * a Slack incoming-webhook body — a `text` fallback, a `header` block of `plain_text` (at most 150
 * characters) and `section` blocks of `mrkdwn` (at most 3000), with Slack's markup characters
 * escaped (docs.slack.dev, Block Kit: header and section blocks; "Formatting text": escape &, <, >).
 */
import { describe, expect, it } from 'vitest'
import { escapeSlack, releaseKind, releaseMessage } from '../../packages/notify/index.ts'

const digest = `sha256:${'a'.repeat(64)}`
const notice = {
  version: '1.2.0',
  tag: 'v1.2.0',
  repository: 'octo/demo',
  releaseUrl: 'https://github.com/octo/demo/releases/tag/v1.2.0',
  isLatest: true,
  images: [{ name: 'ghcr.io/octo/demo', digest }],
}

describe('releaseKind', () => {
  it.each([
    ['1.3.0-rc.1', false, 'release candidate'],
    ['1.3.0-rc.1', true, 'release candidate'],
    ['2.0.0-beta', false, 'release candidate'],
    ['1.2.0', true, 'stable'],
    ['1.1.5', false, 'back-port'],
    ['1.2.0+build.5', true, 'stable'],
  ] as const)('%s (latest: %s) is a %s', (version, latest, kind) => {
    expect(releaseKind(version, latest)).toBe(kind)
  })
})

describe('releaseMessage', () => {
  it('has the text fallback, a header, the version, kind and release link, and each image at its digest', () => {
    const m = releaseMessage(notice)
    expect(m.text).toBe(
      'octo/demo v1.2.0 released (stable): https://github.com/octo/demo/releases/tag/v1.2.0',
    )
    expect(m.blocks.map(b => [b.type, b.text.type])).toEqual([
      ['header', 'plain_text'],
      ['section', 'mrkdwn'],
      ['section', 'mrkdwn'],
    ])
    expect(m.blocks[1]?.text.text).toBe(
      '*Version:* 1.2.0\n*Kind:* stable\n*Release:* <https://github.com/octo/demo/releases/tag/v1.2.0|v1.2.0>',
    )
    expect(m.blocks[2]?.text.text).toBe(`*Images:*\n• \`ghcr.io/octo/demo@${digest}\``)
  })

  it('has no images section for a release without images, and names a back-port and a candidate', () => {
    const backport = releaseMessage({
      ...notice,
      version: '1.1.5',
      tag: 'v1.1.5',
      isLatest: false,
      images: [],
    })
    expect(backport.blocks).toHaveLength(2)
    expect(backport.text).toContain('(back-port)')
    expect(releaseMessage({ ...notice, version: '1.3.0-rc.1', tag: 'v1.3.0-rc.1' }).text).toContain(
      '(release candidate)',
    )
  })

  it("escapes Slack's markup in text from outside and keeps the header within 150 characters", () => {
    expect(escapeSlack('<!channel> & co')).toBe('&lt;!channel&gt; &amp; co')
    const m = releaseMessage({ ...notice, repository: `o/${'x'.repeat(200)}`, tag: 'v1.2.0' })
    expect(m.blocks[0]?.text.text.length).toBe(150)
    const hostile = releaseMessage({ ...notice, images: [{ name: 'r/<!here>', digest }] })
    expect(hostile.blocks[2]?.text.text).not.toContain('<!here>')
    expect(hostile.blocks[2]?.text.text).toContain('&lt;!here&gt;')
  })
})
