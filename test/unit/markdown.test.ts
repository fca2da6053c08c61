import { describe, expect, it } from 'vitest'
import {
  code,
  codeBlock,
  escapeInline,
  stripUnsafeCharacters,
  table,
} from '../../packages/markdown/index.ts'

describe('markdown escaping', () => {
  it('keeps commit text from becoming markup', () => {
    expect(escapeInline('<img src=x onerror=alert(1)> @octocat [link](http://x) *b* `c`')).toBe(
      '\\<img src=x onerror=alert(1)\\> @\u200boctocat \\[link\\](http://x) \\*b\\* `c`',
    )
  })
  it('keeps code spans as code, their content literal; an unmatched backtick is text', () => {
    expect(escapeInline('use `--flag=<x>` and ``a`b`` but not ` alone')).toBe(
      'use `--flag=<x>` and ``a`b`` but not \\` alone',
    )
    expect(escapeInline('`<img src=x onerror=alert(1)>` <b>')).toBe(
      '`<img src=x onerror=alert(1)>` \\<b\\>',
    )
  })
  it('neutralises real mentions only: not @scope/package, e-mail addresses or pkg@1.2.3', () => {
    expect(escapeInline('thanks @octocat, (@hubot) @a-b.')).toBe(
      'thanks @\u200boctocat, (@\u200bhubot) @\u200ba-b.',
    )
    expect(escapeInline('bump @types/node and @angular/core; mail a@b.io; npm i x@1.2.3')).toBe(
      'bump @types/node and @angular/core; mail a@b.io; npm i x@1.2.3',
    )
  })
  it('strips bidi overrides and control characters', () => {
    expect(stripUnsafeCharacters('a\u202eb\u0000c\u200bd\te')).toBe('abcd\te')
  })
  it('fences code safely', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(codeBlock('```\nx')).toBe('````\n```\nx\n````')
  })
  it('escapes pipes in tables once', () => {
    expect(table(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |')
  })
})
