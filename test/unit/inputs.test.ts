import { describe, expect, it } from 'vitest'
import {
  envSource,
  InputError,
  Inputs,
  mapSource,
  resolveWorkspacePath,
  showValue,
  splitList,
} from '../../packages/inputs/index.ts'

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
