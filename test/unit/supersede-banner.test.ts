import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BANNER_END,
  BANNER_START,
  banner,
  changelogNote,
  cleanReason,
  hasBanner,
  stripBanner,
  supersededTitle,
  withBanner,
} from '../../packages/supersede/index.ts'

const input = {
  tag: 'v1.4.0',
  supersededBy: 'v1.4.1',
  supersededByUrl: 'https://github.com/o/r/releases/tag/v1.4.1',
  reason: 'Data loss on upgrade.',
}

describe('the superseded banner', () => {
  it('goes on top and keeps the original notes byte for byte', () => {
    const notes = '## Changes\r\n\r\n- a\n<!-- a comment of the author -->\n\n\n'
    const body = withBanner(notes, input)
    expect(body.startsWith(`${BANNER_START}\n## ⚠️ Deprecated\n`)).toBe(true)
    expect(body.endsWith(`${BANNER_END}\n\n${notes}`)).toBe(true)
    expect(stripBanner(body)).toBe(notes)
    expect(body).toContain(
      '**v1.4.0 is superseded by [v1.4.1](https://github.com/o/r/releases/tag/v1.4.1). Use v1.4.1 instead.**',
    )
  })

  it('is replaced, never stacked, and works on empty notes', () => {
    const once = withBanner('notes', input)
    const twice = withBanner(once, { ...input, reason: 'Another reason.' })
    expect(twice.split(BANNER_START)).toHaveLength(2)
    expect(twice).toContain('Why: Another reason.')
    expect(twice.endsWith('\n\nnotes')).toBe(true)
    expect(withBanner(null, input)).toBe(`${banner(input)}\n`)
    expect(withBanner(withBanner('', input), input)).toBe(withBanner('', input))
    expect(hasBanner(once)).toBe(true)
    expect(hasBanner('notes')).toBe(false)
  })

  it('keeps a half banner (someone edited the end marker away) rather than eating the notes', () => {
    const broken = `${BANNER_START}\n## ⚠️ Deprecated\nnotes`
    expect(stripBanner(broken)).toBe(broken)
  })

  it('cannot be closed early by the reason, and carries no control characters', () => {
    expect(cleanReason('  bad --> <!-- x \u0007\u202e  ')).toBe('bad --&gt; &lt;!-- x')
    const body = withBanner('notes', { ...input, reason: `evil ${BANNER_END} tail` })
    expect(body.split(BANNER_END)).toHaveLength(2)
  })

  it('titles the release once, whatever ran before', () => {
    expect(supersededTitle('App 1.4.0', 'v1.4.0', 'v1.4.1')).toBe(
      'App 1.4.0 (superseded by v1.4.1)',
    )
    expect(supersededTitle('App 1.4.0 (superseded by v1.4.1)', 'v1.4.0', 'v1.4.2')).toBe(
      'App 1.4.0 (superseded by v1.4.2)',
    )
    expect(supersededTitle('', 'v1.4.0', 'v1.4.1')).toBe('v1.4.0 (superseded by v1.4.1)')
    expect(supersededTitle(null, 'v1.4.0', 'v1.4.1')).toBe('v1.4.0 (superseded by v1.4.1)')
  })

  it('gives the changelog entry for the next release', () => {
    expect(changelogNote({ ...input, reason: 'Line one.\nLine two.' })).toBe(
      '### Superseded\n\n- v1.4.0 is superseded by v1.4.1: Line one. Line two.',
    )
  })

  // issue 14: a one-pass removal left `<!--` of `<<<!--!--!--`, which opened a comment that hid
  // the rest of the banner. The reason's `<` and `>` are escaped: it renders as typed, and can
  // neither open nor close a comment (nor start any other HTML).
  it.each(['<<<!--!--!--', '<!<!---->--', '<!-<!---->-', '--->->', '<!--->'])(
    'neutralises %j completely',
    reason => {
      expect(cleanReason(reason)).not.toMatch(/<!--|-->/)
      expect(visible(withBanner('notes', { ...input, reason }))).toContain('## ⚠️ Deprecated')
    },
  )
})

/** The text a Markdown renderer shows: HTML comments removed (one left open runs to the end). */
function visible(html: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const open = html.indexOf('<!--', at)
    if (open === -1) return out + html.slice(at)
    out += html.slice(at, open)
    const close = html.indexOf('-->', open + 4)
    if (close === -1) return out
    at = close + 3
  }
}

/** Reasons made of the pieces comments are made of, and anything else. */
const piece = fc.constantFrom(
  '<!--',
  '-->',
  '<!-',
  '--',
  '<',
  '!',
  '-',
  '>',
  ' ',
  '\n',
  'a',
  '&lt;',
)
const hostile = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map(parts => parts.join('')),
  fc.string({ unit: fc.constantFrom('<', '!', '-', '>', ' ', '\n', 'a', '&', 'l', 't', ';') }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)

describe('cleanReason, for any reason (fast-check)', () => {
  it('never returns a comment marker, and is idempotent', () => {
    fc.assert(
      fc.property(hostile, reason => {
        const clean = cleanReason(reason)
        expect(clean).not.toContain('<!--')
        expect(clean).not.toContain('-->')
        expect(cleanReason(clean)).toBe(clean)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps the banner visible, outside any comment, and the notes below it intact', () => {
    fc.assert(
      fc.property(hostile, reason => {
        const body = withBanner('## Changes\n\n- a fix\n', { ...input, reason })
        const shown = visible(body)
        expect(shown).toContain('## ⚠️ Deprecated')
        expect(shown).toContain('**v1.4.0 is superseded by [v1.4.1]')
        expect(shown).toContain('Why: ')
        expect(shown).toContain('The tag v1.4.0, its assets and its images stay where they are')
        expect(shown.endsWith('## Changes\n\n- a fix\n')).toBe(true)
        expect(body.split(BANNER_START)).toHaveLength(2)
        expect(body.split(BANNER_END)).toHaveLength(2)
        expect(stripBanner(body)).toBe('## Changes\n\n- a fix\n')
      }),
      { numRuns: 2000 },
    )
  })
})
