import { describe, expect, it } from 'vitest'
import { parseCommitMessage, releaseLevel } from '../../packages/conventional/index.ts'

describe('Conventional Commits parsing (examples of the specification)', () => {
  it.each([
    [
      'feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files',
      {
        type: 'feat',
        scope: undefined,
        breaking: true,
        subject: 'allow provided config object to extend other configs',
      },
    ],
    [
      'feat!: send an email to the customer when a product is shipped',
      { type: 'feat', breaking: true },
    ],
    [
      'feat(api)!: send an email to the customer when a product is shipped',
      { type: 'feat', scope: 'api', breaking: true },
    ],
    [
      'chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.',
      {
        type: 'chore',
        breaking: true,
        breakingNotes: ['use JavaScript features not available in Node 6.'],
      },
    ],
    ['docs: correct spelling of CHANGELOG', { type: 'docs', breaking: false }],
    ['feat(lang): add Polish language', { type: 'feat', scope: 'lang', breaking: false }],
    [
      'fix: prevent racing of requests\n\nIntroduce a request id and a reference to latest request. Dismiss\nincoming responses other than from latest request.\n\nRemove timeouts which were used to mitigate the racing issue but are\nobsolete now.\n\nReviewed-by: Z\nRefs: #123',
      {
        type: 'fix',
        breaking: false,
        footers: [
          { token: 'Reviewed-by', value: 'Z' },
          { token: 'Refs', value: '#123' },
        ],
      },
    ],
    [
      'fix: x\n\nBREAKING-CHANGE: hyphenated token',
      { type: 'fix', breaking: true, breakingNotes: ['hyphenated token'] },
    ],
    ['Fix(Core): capitalised type', { type: 'fix', scope: 'Core' }],
    ['Update README', { type: '', conventional: false, subject: 'Update README', breaking: false }],
    ['feat:missing space', { conventional: false }],
    [
      'fix: y\n\nFixes #12\nSigned-off-by: A <a@example.com>',
      {
        footers: [
          { token: 'Fixes', value: '12' },
          { token: 'Signed-off-by', value: 'A <a@example.com>' },
        ],
      },
    ],
  ])('%j', (message, expected) => {
    expect(parseCommitMessage(message)).toMatchObject(expected)
  })

  it('keeps the body separate from the footers', () => {
    const c = parseCommitMessage('fix: a\n\nbody line one\nbody line two\n\nRefs: #1\nAcked-by: B')
    expect(c.body).toBe('body line one\nbody line two')
    expect(c.footers).toEqual([
      { token: 'Refs', value: '#1' },
      { token: 'Acked-by', value: 'B' },
    ])
  })
})

describe('release level', () => {
  const level = (...messages: string[]) => releaseLevel(messages.map(parseCommitMessage))
  it.each([
    [['fix: a', 'chore: b'], 'patch'],
    [['fix: a', 'feat: b'], 'minor'],
    [['fix: a', 'feat!: b'], 'major'],
    [['docs: a\n\nBREAKING CHANGE: gone'], 'major'],
    [['update things'], 'patch'],
    [[], undefined],
  ])('%j → %s', (messages, expected) => {
    expect(level(...messages)).toBe(expected)
  })
})
