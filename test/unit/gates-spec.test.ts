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
