import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  envSource,
  existingFile,
  Inputs,
  mapSource,
  resolveWorkspacePath,
  splitList,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'

describe('input readers', () => {
  const inputs = new Inputs(
    mapSource({
      a: '  x  ',
      empty: '',
      yes: 'True',
      no: 'FALSE',
      bad: 'yes',
      n: '12',
      list: 'a\nb, c\n\n',
    }),
  )

  it('trims and treats empty as absent', () => {
    expect(inputs.optional('a')).toBe('x')
    expect(inputs.optional('empty')).toBeUndefined()
    expect(inputs.string('empty', 'd')).toBe('d')
  })

  it("text: an input set to '' is ''; only one not given takes the fallback", () => {
    expect(inputs.text('empty', 'v')).toBe('')
    expect(inputs.text('missing', 'v')).toBe('v')
    expect(inputs.text('a', 'v')).toBe('x')
  })

  it('trims ASCII whitespace only (a no-break space or a BOM stays visible)', () => {
    const odd = new Inputs(mapSource({ nbsp: '\u00a0v\u00a0', bom: '\ufeffv', tabs: '\t v \r\n' }))
    expect(odd.optional('nbsp')).toBe('\u00a0v\u00a0')
    expect(odd.text('bom', '')).toBe('\ufeffv')
    expect(odd.optional('tabs')).toBe('v')
  })

  it('reads YAML 1.2 booleans only', () => {
    expect(inputs.boolean('yes', false)).toBe(true)
    expect(inputs.boolean('no', true)).toBe(false)
    expect(() => inputs.boolean('bad', false)).toThrow(
      'Input \'bad\': expected true or false, got "yes"',
    )
  })

  it('reads choices, integers and lists', () => {
    expect(() => inputs.choice('a', ['p', 'q'], 'p')).toThrow(
      'Input \'a\': expected one of p | q, got "x"',
    )
    expect(inputs.integer('n', 0, { max: 20 })).toBe(12)
    expect(() => inputs.integer('n', 0, { max: 10 })).toThrow(/from -\d+ to 10/)
    expect(inputs.list('list')).toEqual(['a', 'b', 'c'])
    expect(splitList('')).toEqual([])
  })

  it('requires required inputs', () => {
    expect(() => inputs.required('missing', 'a tag')).toThrow(InputError)
  })

  it('reads the runner environment the way @actions/core does', () => {
    const src = envSource({ 'INPUT_TAG-PREFIX': 'v', INPUT_MY_INPUT: '1' })
    expect(src.get('tag-prefix')).toBe('v')
    expect(src.get('my input')).toBe('1')
  })

  it('shows hostile values escaped', () => {
    expect(showValue('в1\n')).toBe('"\\u04321\\n"')
    expect(showValue('x'.repeat(100))).toMatch(/"\.\.\. \(100 characters\)$/)
  })

  it('keeps paths inside the workspace', () => {
    expect(resolveWorkspacePath('path', 'sub', '/w')).toBe('/w/sub')
    expect(() => resolveWorkspacePath('path', '../etc', '/w')).toThrow(/inside the workspace/)
    expect(() => resolveWorkspacePath('path', '/etc', '/w')).toThrow(/inside the workspace/)
    expect(resolveWorkspacePath('path', '/etc', '/w', { allowOutside: true })).toBe('/etc')
  })
})

describe('existingFile', () => {
  // Found by the property test over github-release's inputs: notes-file "." read a folder (EISDIR).
  it('refuses a folder with an InputError naming the input, and accepts a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ra-existing-'))
    mkdirSync(path.join(dir, 'docs'))
    writeFileSync(path.join(dir, 'notes.md'), 'notes\n')
    for (const value of ['.', 'docs'])
      expect(() => existingFile('notes-file', value, dir, 'a notes file')).toThrow(
        new InputError('notes-file', `expected a notes file; ${showValue(value)} is not a file`),
      )
    expect(existingFile('notes-file', 'notes.md', dir, 'a notes file')).toBe(
      path.join(dir, 'notes.md'),
    )
    rmSync(dir, { recursive: true })
  })
})
