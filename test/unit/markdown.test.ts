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
      '\\<img src=x onerror=alert(1)\\> @\u200boctocat \\[link\\](http://x) \\*b\\* \\`c\\`',
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
