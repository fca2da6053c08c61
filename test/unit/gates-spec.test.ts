import { describe, expect, it } from 'vitest'
import {
  commentOut,
  commentSyntax,
  hasHeader,
  insertHeader,
  parseGates,
} from '../../packages/gates/index.ts'
import { globToRegExp } from '../../packages/glob/index.ts'

describe('gate lists', () => {
  it('reads command gates and built-ins with their defaults', () => {
    const gates = parseGates(
      [
        '- name: unit tests',
        '  run: go test -race ./...',
        '  working-directory: api',
        '  timeout-minutes: 20',
        '  env: { CGO_ENABLED: 1 }',
        '- run: make lint',
        '- uses: license-headers',
        '  with: { paths: ["**/*.go"], header: "SPDX-License-Identifier: Apache-2.0" }',
        '- uses: clean-tree',
        '- uses: version-alignment',
        '  with:',
        '    files:',
        '      - { path: charts/app/Chart.yaml, key: appVersion }',
        '      - { path: VERSION, pattern: "^(.+)$" }',
        '- uses: required-checks',
        '  name: CI green',
        '  with: { workflows: [CI, ".github/workflows/e2e.yml"] }',
      ].join('\n'),
      'gates',
    )
    expect(gates.map(g => [g.kind, g.name])).toEqual([
      ['command', 'unit tests'],
      ['command', 'make lint'],
      ['license-headers', 'license-headers'],
      ['clean-tree', 'clean-tree'],
      ['version-alignment', 'version-alignment'],
      ['required-checks', 'CI green'],
    ])
    expect(gates[0]).toMatchObject({
      workingDirectory: 'api',
      timeoutMinutes: 20,
      env: { CGO_ENABLED: '1' },
    })
    expect(gates[1]).toMatchObject({ timeoutMinutes: 30, env: {} })
    expect(gates[2]).toMatchObject({ lines: 10, fix: false, exclude: [] })
  })

  it('reads how long required-checks waits and how often it polls', () => {
    const read = (w: string) =>
      parseGates(`- uses: required-checks\n  with: { workflows: [CI]${w} }`, 'gates')[0]
    expect(read('')).toMatchObject({ waitMinutes: 30, pollSeconds: 15 })
    expect(read(', wait-minutes: 0, poll-seconds: 0.1')).toMatchObject({
      waitMinutes: 0,
      pollSeconds: 0.1,
    })
    expect(read(', wait-minutes: "2.5", poll-seconds: " 30 "')).toMatchObject({
      waitMinutes: 2.5,
      pollSeconds: 30,
    })
    expect(read(', wait-minutes: 360, poll-seconds: 3600')).toMatchObject({
      waitMinutes: 360,
      pollSeconds: 3600,
    })
  })

  it.each([
    ['wait-minutes: -1', 'got -1'],
    ['wait-minutes: soon', 'got "soon"'],
    ['wait-minutes: "-0.5"', 'got "-0.5"'],
    ['wait-minutes: 361', 'got 361'],
    ['wait-minutes: true', 'got true'],
    ['wait-minutes: [1]', 'got [1]'],
    ['wait-minutes: .nan', 'got NaN'],
    ['wait-minutes: .inf', 'got Infinity'],
    ['wait-minutes: ""', 'got ""'],
  ])('refuses required-checks %s, naming the option and the form', (option, got) => {
    expect(() =>
      parseGates(`- uses: required-checks\n  with: { workflows: [CI], ${option} }`, 'gates'),
    ).toThrow(
      `Input 'gates': gate 1: with.wait-minutes must be a number of minutes from 0 to 360, such as 30 or 2.5 (0: don't wait); ${got}`,
    )
  })

  it.each([
    ['poll-seconds: 0', 'got 0'],
    ['poll-seconds: 0.05', 'got 0.05'],
    ['poll-seconds: 3601', 'got 3601'],
    ['poll-seconds: 1m', 'got "1m"'],
  ])('refuses required-checks %s, naming the option and the form', (option, got) => {
    expect(() =>
      parseGates(`- uses: required-checks\n  with: { checks: [lint], ${option} }`, 'gates'),
    ).toThrow(
      `Input 'gates': gate 1: with.poll-seconds must be a number of seconds from 0.1 to 3600, such as 15 or 0.5; ${got}`,
    )
  })

  it('reads the list from a config file mapping', () => {
    expect(parseGates('changelog: {}\ngates:\n  - run: "true"\n', 'config')).toHaveLength(1)
  })

  it.each([
    ['- run: x\n  timeout: 5', "gate 1: unknown key 'timeout' in a command gate"],
    [
      '- uses: secrets-scan',
      "gate 1: unknown built-in 'secrets-scan'; expected one of license-headers, clean-tree, version-alignment, required-checks",
    ],
    ['- uses: clean-tree\n  with: { paht: . }', "gate 1: unknown key 'paht' in clean-tree with"],
    ['- uses: license-headers\n  with: { header: x }', 'license-headers needs with.paths'],
    [
      '- uses: license-headers\n  with: { paths: ["*.go"], header: "/Copyright \\\\d+/", fix: true }',
      'with.fix needs with.insert',
    ],
    ['- uses: version-alignment\n  with: { files: [{ path: a }] }', 'needs either key'],
    ['- uses: required-checks', 'required-checks needs with.workflows or with.checks'],
    [
      '- uses: required-checks\n  with: { checks: [a], wait: 5 }',
      "unknown key 'wait' in required-checks with; expected workflows, checks, wait-minutes, poll-seconds",
    ],
    ['- name: a\n  run: x\n- name: a\n  run: y', 'two gates are named "a"'],
    ['- run: x\n  timeout-minutes: 0', 'timeout-minutes must be a number of minutes above 0'],
    ['- run: x\n  env: { "BAD-NAME": 1 }', 'is not a valid variable name'],
    ['- [unclosed', 'is not valid YAML'],
    ['run: x', 'expected a YAML list of gates'],
    ['- just a string', 'gate 1: must be a mapping'],
  ])('refuses %j', (text, message) => {
    expect(() => parseGates(text, 'gates')).toThrow(message)
  })
})

describe('gate names and env (issue 14)', () => {
  it.each([
    ['a newline', '"ok\\n::error::pwned"', '"ok\\n::error::pwned"'],
    ['a carriage return', '"ok\\r::warning::pwned"', '"ok\\r::warning::pwned"'],
    ['NUL', '"nul\\0"', '"nul\\u0000"'],
    ['a tab', '"a\\tb"', '"a\\tb"'],
    ['ESC', '"\\e[31mred"', '"\\u001b[31mred"'],
    ['DEL', '"del\\x7f"', '"del\\u007f"'],
    ['a C1 control', '"nel\\x85"', '"nel\\u0085"'],
    ['a line separator', '"ls\\u2028"', '"ls\\u2028"'],
    ['a bidi override', '"rlo\\u202e"', '"rlo\\u202e"'],
  ])('refuses a name with %s, naming the gate by its place', (_what, yaml, shown) => {
    for (const gate of [`{ name: ${yaml}, run: "true" }`, `{ uses: clean-tree, name: ${yaml} }`])
      expect(() => parseGates(`- { name: first, run: "true" }\n- ${gate}`, 'gates')).toThrow(
        `Input 'gates': gate 2: name must be one line of text without control characters, got ${shown}`,
      )
  })

  it('keeps names with ordinary punctuation and non-ASCII letters', () => {
    const gates = parseGates(
      '- { name: "unit tests (go 1.24) — race: on", run: "true" }\n- { name: Prüfung, run: "true" }',
      'gates',
    )
    expect(gates.map(g => g.name)).toEqual(['unit tests (go 1.24) — race: on', 'Prüfung'])
  })

  it('names a gate without name after the first line of its command, control characters dropped', () => {
    const [gate] = parseGates('- run: "make lint\\r::error::x\\nmore"', 'gates')
    expect(gate?.name).toBe('make lint')
    const [tabbed] = parseGates('- run: "\\tmake\\ttest\\u202e"', 'gates')
    expect(tabbed?.name).toBe('make test')
  })

  it('reads env: values as given, and a name without value as passed on from the step', () => {
    const [gate] = parseGates(
      '- run: "true"\n  env:\n    LEVEL: 3\n    EMPTY: ""\n    RELEASE_TAG:\n    GITHUB_TOKEN: null',
      'gates',
    )
    expect(gate).toMatchObject({
      env: { LEVEL: '3', EMPTY: '', RELEASE_TAG: null, GITHUB_TOKEN: null },
    })
  })

  it.each([
    ['- run: x\n  env: { A: "nul\\0" }', 'gate 1: env.A must not contain a NUL character'],
    ['- run: x\n  env: { A: [1] }', 'gate 1: env.A must be a string, or empty to pass on'],
    ['- run: x\n  env: { "A=B": 1 }', 'gate 1: env name "A=B" is not a valid variable name'],
    ['- run: x\n  env: [A]', 'gate 1: env must be a mapping'],
  ])('refuses %j', (text, message) => {
    expect(() => parseGates(text, 'gates')).toThrow(message)
  })
})

describe('globs', () => {
  it.each([
    ['**/*.ts', 'a/b/c.ts', true],
    ['**/*.ts', 'c.ts', true],
    ['src/**', 'src/a/b', true],
    ['*.ts', 'a/c.ts', false],
    ['**/*.{ts,js}', 'x/y.js', true],
    ['**/*.ts', '.github/x.ts', false],
    ['.github/**/*.yml', '.github/workflows/ci.yml', true],
    ['file?.txt', 'file1.txt', true],
    ['[ab].md', 'b.md', true],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected)
  })
})

describe('license header syntax', () => {
  it.each([
    ['main.go', '// Copyright'],
    ['run.sh', '# Copyright'],
    ['Dockerfile', '# Copyright'],
    ['style.css', '/* Copyright */'],
    ['page.html', '<!-- Copyright -->'],
    ['q.sql', '-- Copyright'],
  ])('%s', (file, expected) => {
    const syntax = commentSyntax(file)
    expect(syntax && commentOut('Copyright', syntax)).toBe(expected)
  })

  it('keeps a shebang and an XML declaration first', () => {
    expect(
      insertHeader('#!/bin/sh\necho hi\n', 'SPDX-License-Identifier: MIT', { line: '#' }),
    ).toBe('#!/bin/sh\n# SPDX-License-Identifier: MIT\n\necho hi\n')
    expect(
      insertHeader('<?xml version="1.0"?>\n<a/>\n', 'MIT', { open: '<!--', close: '-->' }),
    ).toBe('<?xml version="1.0"?>\n<!-- MIT -->\n\n<a/>\n')
    expect(
      hasHeader('#!/bin/sh\n# SPDX-License-Identifier: MIT\n', {
        header: 'SPDX-License-Identifier: MIT',
        lines: 3,
      }),
    ).toBe(true)
    expect(hasHeader('a\nb\nc\nd\nSPDX', { header: /SPDX/, lines: 2 })).toBe(false)
  })
})
