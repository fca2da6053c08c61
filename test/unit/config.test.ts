/**
 * packages/config: one loader of .github/release-actions.yml, and the JSON Schema editors use
 * (schema/release-actions.schema.json). The schema is a valid draft-07 schema (ajv compiles it in
 * strict mode); the loader's own validator of the schema subset and ajv judge every document of the
 * table alike; and the loader accepts exactly what the schema accepts, except for the few rules a
 * schema cannot say (a regular expression that does not compile, two gates of one name, a number
 * written as text that is out of range), which the loader alone refuses. Errors name the file,
 * the line and the key.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  checkSubset,
  CONFIG_FILE,
  CONFIG_SCHEMA,
  findConfigFile,
  loadConfig,
  parseConfig,
  schemaProblem,
} from '../../packages/config/index.ts'
import { DEFAULT_CHANGELOG_CONFIG } from '../../packages/changelog/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import { root } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false })
const ajvValidate = ajv.compile(CONFIG_SCHEMA as object)

/** valid: everyone accepts; invalid: everyone refuses; loader: the schema cannot say, the loader refuses. */
type Verdict = 'valid' | 'invalid' | 'loader'

const TABLE: [string, Verdict][] = [
  ['', 'valid'],
  ['# only a comment\n', 'valid'],
  ['gates: []\n', 'valid'],
  ['- run: make test\n', 'valid'],
  ['- run: 42\n- { name: 7, run: true }\n', 'valid'],
  [
    'gates:\n  - { name: unit, run: npm test, working-directory: app, timeout-minutes: 2.5 }\n',
    'valid',
  ],
  ['gates:\n  - run: x\n    timeout-minutes: "15"\n', 'valid'],
  [
    'gates:\n  - run: x\n    env: { LEVEL: 3, EMPTY: "", PASSED: , TOKEN: null, ON: true }\n',
    'valid',
  ],
  ['gates:\n  - uses: clean-tree\n', 'valid'],
  ['gates:\n  - uses: clean-tree\n    with: { path: ., untracked: false }\n', 'valid'],
  [
    'gates:\n  - uses: license-headers\n    with: { paths: "**/*.ts", header: "// SPDX" }\n',
    'valid',
  ],
  [
    'gates:\n  - uses: license-headers\n    with: { paths: ["*.go"], header: "/Copyright \\\\d+/", fix: true, insert: "// Copyright 2026", lines: "5", exclude: [vendor/**] }\n',
    'valid',
  ],
  [
    'gates:\n  - uses: version-alignment\n    with: { files: [{ path: Chart.yaml, key: appVersion, prefix: v }, { path: VERSION, pattern: "^(.+)$" }] }\n',
    'valid',
  ],
  [
    'gates:\n  - uses: required-checks\n    with: { workflows: [CI], wait-minutes: 0, poll-seconds: 0.5 }\n',
    'valid',
  ],
  [
    'gates:\n  - uses: required-checks\n    with: { checks: lint, wait-minutes: " 2.5 " }\n',
    'valid',
  ],
  [
    'changelog:\n  groups:\n    - { title: New, types: [feat] }\n  other: false\n  keep-a-changelog: { feat: Added, sec: Security }\n  hide: []\n  dependencies: { show: listed, release: all }\n  release-commits: false\n  skip: ["^wip"]\n',
    'valid',
  ],
  ['changelog:\n  other: Other Tasks\n', 'valid'],
  ['changelog: {}\nself-references: octo/app\n', 'valid'],
  ['self-references: [octo/app, octo/app.js]\n', 'valid'],
  ['self-references:\n', 'valid'],
  ['gates:\n  - run: x\n    name: "unit tests (go 1.24) — race: on"\n', 'valid'],
  // Refused by both.
  ['changelg: {}\n', 'invalid'],
  ['just text\n', 'invalid'],
  ['gates:\n', 'invalid'],
  ['gates: { run: x }\n', 'invalid'],
  ['gates:\n  - just a string\n', 'invalid'],
  ['gates:\n  - { name: x }\n', 'invalid'],
  ['gates:\n  - run: x\n    timeout: 5\n', 'invalid'],
  ['gates:\n  - run: x\n    timeout-minutes: 0\n', 'invalid'],
  ['gates:\n  - run: x\n    timeout-minutes: 361\n', 'invalid'],
  ['gates:\n  - run: x\n    timeout-minutes: "soon"\n', 'invalid'],
  ['gates:\n  - run: ""\n', 'invalid'],
  ['gates:\n  - run: x\n    name: "a\\nb"\n', 'invalid'],
  ['gates:\n  - run: x\n    name: "rlo\\u202e"\n', 'invalid'],
  ['gates:\n  - run: x\n    name:\n', 'invalid'],
  ['gates:\n  - run: x\n    env: { "BAD-NAME": 1 }\n', 'invalid'],
  ['gates:\n  - run: x\n    env: { A: [1] }\n', 'invalid'],
  ['gates:\n  - run: x\n    env: { A: "nul\\0" }\n', 'invalid'],
  ['gates:\n  - run: x\n    env: [A]\n', 'invalid'],
  ['gates:\n  - uses: secrets-scan\n', 'invalid'],
  ['gates:\n  - uses: clean-tree\n    run: x\n', 'invalid'],
  ['gates:\n  - uses: clean-tree\n    with: { paht: . }\n', 'invalid'],
  ['gates:\n  - uses: clean-tree\n    with: [x]\n', 'invalid'],
  ['gates:\n  - uses: license-headers\n', 'invalid'],
  ['gates:\n  - uses: license-headers\n    with: { header: x }\n', 'invalid'],
  ['gates:\n  - uses: license-headers\n    with: { paths: [], header: x }\n', 'invalid'],
  ['gates:\n  - uses: license-headers\n    with: { paths: [a] }\n', 'invalid'],
  [
    'gates:\n  - uses: license-headers\n    with: { paths: [a], header: "/x/", fix: true }\n',
    'invalid',
  ],
  ['gates:\n  - uses: license-headers\n    with: { paths: [a], header: x, lines: 0 }\n', 'invalid'],
  [
    'gates:\n  - uses: license-headers\n    with: { paths: [a], header: x, fix: "yes" }\n',
    'invalid',
  ],
  ['gates:\n  - uses: version-alignment\n    with: { files: [] }\n', 'invalid'],
  ['gates:\n  - uses: version-alignment\n    with: { files: [{ path: a }] }\n', 'invalid'],
  [
    'gates:\n  - uses: version-alignment\n    with: { files: [{ path: a, key: b, pattern: c }] }\n',
    'invalid',
  ],
  ['gates:\n  - uses: version-alignment\n    with: { files: [{ key: b }] }\n', 'invalid'],
  ['gates:\n  - uses: required-checks\n', 'invalid'],
  ['gates:\n  - uses: required-checks\n    with: { workflows: [], checks: [] }\n', 'invalid'],
  ['gates:\n  - uses: required-checks\n    with: { checks: [a], wait: 5 }\n', 'invalid'],
  ['gates:\n  - uses: required-checks\n    with: { checks: [a], wait-minutes: 400 }\n', 'invalid'],
  ['gates:\n  - uses: required-checks\n    with: { checks: [a], poll-seconds: 0 }\n', 'invalid'],
  ['changelog:\n', 'invalid'],
  ['changelog: [x]\n', 'invalid'],
  ['changelog:\n  group: []\n', 'invalid'],
  ['changelog:\n  groups:\n    - title: A\n      types: feat\n', 'invalid'],
  ['changelog:\n  groups:\n    - name: A\n', 'invalid'],
  ['changelog:\n  groups:\n    - title: " "\n      types: [feat]\n', 'invalid'],
  ['changelog:\n  other: true\n', 'invalid'],
  ['changelog:\n  keep-a-changelog:\n    feat: New\n', 'invalid'],
  ['changelog:\n  hide: chore\n', 'invalid'],
  ['changelog:\n  hide: [""]\n', 'invalid'],
  ['changelog:\n  dependencies: { show: some }\n', 'invalid'],
  ['changelog:\n  dependencies: { shown: listed }\n', 'invalid'],
  ['changelog:\n  release-commits: "yes"\n', 'invalid'],
  ['self-references: [octo/suite, "x; rm"]\n', 'invalid'],
  ['self-references: 42\n', 'invalid'],
  ['self-references: [octo]\n', 'invalid'],
  // Rules a schema cannot say: the loader refuses them.
  ['changelog:\n  skip: ["(unclosed"]\n', 'loader'],
  ['- { name: a, run: x }\n- { name: a, run: y }\n', 'loader'],
  ['- run: make\n- run: make\n', 'loader'],
  ['gates:\n  - uses: clean-tree\n  - uses: clean-tree\n', 'loader'],
  ['gates:\n  - run: x\n    timeout-minutes: "999"\n', 'loader'],
  ['gates:\n  - uses: license-headers\n    with: { paths: [a], header: "/(/" }\n', 'loader'],
  [
    'gates:\n  - uses: version-alignment\n    with: { files: [{ path: a, pattern: "(" }] }\n',
    'loader',
  ],
]

function loaderAccepts(text: string): boolean {
  try {
    parseConfig(text, 'release-actions.yml')
    return true
  } catch (error) {
    if (error instanceof InputError) return false
    throw error
  }
}

describe('the JSON Schema', () => {
  it('is a draft-07 schema ajv compiles in strict mode, in the subset the loader validates', () => {
    expect((CONFIG_SCHEMA as { $schema: string }).$schema).toBe(
      'http://json-schema.org/draft-07/schema#',
    )
    expect(() => checkSubset(CONFIG_SCHEMA)).not.toThrow()
    expect(() => checkSubset({ type: 'object', patternProperties: {} })).toThrow(
      /the keyword patternProperties is not one packages\/config\/schema.ts implements/,
    )
  })

  it.each(TABLE)('%j: %s', (text, verdict) => {
    const value: unknown = parse(text)
    const ajvOk = ajvValidate(value)
    const ownOk = schemaProblem(value) === undefined
    // ajv and the loader's validator agree on every document.
    expect({ ownOk, errors: ajvValidate.errors?.length ?? 0 }).toMatchObject({ ownOk: ajvOk })
    expect(ajvOk).toBe(verdict !== 'invalid')
    expect(loaderAccepts(text)).toBe(verdict === 'valid')
  })

  it('holds for the examples of the documentation', () => {
    const blocks = [
      ['README.md', 'gates:'],
      ['generate-changelog/README.md', 'changelog:'],
    ].map(([doc, start]) => {
      const text = readFileSync(path.join(root, doc as string), 'utf8')
      const m = new RegExp(`^( *)\`\`\`yaml\n((?:\\1.*\n)*?)\\1\`\`\``, 'gm')
      const found = [...text.matchAll(m)]
        .map(b => (b[2] ?? '').replace(new RegExp(`^${b[1] ?? ''}`, 'gm'), ''))
        .find(b => b.startsWith(start as string))
      expect(found, `${doc}: a yaml block that starts with ${start}`).toBeDefined()
      return found as string
    })
    for (const block of blocks) {
      expect(ajvValidate(parse(block))).toBe(true)
      expect(loaderAccepts(block)).toBe(true)
    }
  })

  it('holds for the configuration of this repository', () => {
    const own = readFileSync(path.join(root, CONFIG_FILE), 'utf8')
    expect(ajvValidate(parse(own))).toBe(true)
    const config = loadConfig(path.join(root, CONFIG_FILE))
    expect(config.selfReferences).toEqual(['release-actions/release-actions'])
    expect(config.gates?.map(g => g.kind)).toEqual([
      'required-checks',
      'command',
      'version-alignment',
      'command',
      'clean-tree',
    ])
  })
})

describe('the loader', () => {
  const write = (text: string, name = 'release-actions.yml') => {
    const file = path.join(tempDir('ra-config-'), name)
    writeFileSync(file, text)
    return file
  }

  it('parses once into one typed result', () => {
    const file = write(
      'self-references: octo/app\nchangelog:\n  hide: [chore]\ngates:\n  - { name: unit, run: "true" }\n',
    )
    const config = loadConfig(file)
    expect(config.file).toBe(file)
    expect(config.selfReferences).toEqual(['octo/app'])
    expect(config.changelog.hide).toEqual(['chore'])
    expect(config.gates).toMatchObject([{ kind: 'command', name: 'unit', run: 'true' }])
  })

  it('gives the defaults for a file that does not exist, or is empty', () => {
    const none = loadConfig('/nonexistent/.github/release-actions.yml')
    expect(none).toEqual({
      file: undefined,
      gates: undefined,
      changelog: DEFAULT_CHANGELOG_CONFIG,
      selfReferences: [],
    })
    const empty = write('')
    expect(loadConfig(empty)).toEqual({ ...none, file: empty })
  })

  it.each([
    ['changelog:\n  hide: [chore]\n  group: []\n', 3, "unknown key 'group' in 'changelog'"],
    [
      'changelog:\n  groups:\n    - title: A\n      types: feat\n',
      4,
      'changelog.groups[0].types must be a list of strings',
    ],
    [
      'changelog:\n  skip:\n    - "^wip"\n    - "(unclosed"\n',
      4,
      'changelog.skip: "(unclosed" is not a valid regular expression',
    ],
    [
      'gates:\n  - run: a\n  - run: b\n    timeout: 5\n',
      4,
      "gate 2: unknown key 'timeout' in a command gate",
    ],
    [
      'gates:\n  - uses: clean-tree\n    with:\n      untracked: true\n      paht: .\n',
      5,
      "gate 1: unknown key 'paht' in clean-tree with",
    ],
    [
      'gates:\n  - uses: required-checks\n    with:\n      checks: [a]\n      wait-minutes: 400\n',
      5,
      'gate 1: with.wait-minutes must be a number of minutes from 0 to 360',
    ],
    [
      'gates:\n  - run: x\n    env:\n      OK: 1\n      "A=B": 2\n',
      5,
      'gate 1: env name "A=B" is not a valid variable name',
    ],
    [
      'gates:\n  - uses: version-alignment\n    with:\n      files:\n        - path: a\n          kee: b\n',
      6,
      "gate 1, with.files[0]: unknown key 'kee' in a file entry",
    ],
    ['gates:\n  - { name: a, run: x }\n  - { name: a, run: y }\n', 3, 'two gates are named "a"'],
    [
      'self-references:\n  - octo/app\n  - "x; rm"\n',
      3,
      "'self-references': expected owner/repo names",
    ],
    [
      '# the config\n\nchangelg: {}\n',
      3,
      "unknown key 'changelg' at the top level; expected gates, changelog, self-references",
    ],
    ['changelog: [1, 2\n', 2, 'is not valid YAML'],
  ])('names the file, the line and the key: %j', (text, line, message) => {
    const file = write(text)
    let caught: unknown
    try {
      loadConfig(file)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    const e = caught as InputError
    expect(e.input).toBe('config')
    expect(e.problem.startsWith(`${file}:${line}: `)).toBe(true)
    expect(e.problem).toContain(message)
  })

  it('names the input it was given (compute-version finds the file from path)', () => {
    expect(() => loadConfig(write('changelog:\n  hide: x\n'), 'path')).toThrow(
      /^Input 'path': .*release-actions\.yml:2: changelog\.hide must be a list of strings$/,
    )
  })
})

describe('findConfigFile', () => {
  it('finds the nearest config from a folder up to the top, also through a folder named ..data', () => {
    const ws = tempDir('ra-ws-')
    mkdirSync(path.join(ws, '.github'), { recursive: true })
    writeFileSync(path.join(ws, CONFIG_FILE), 'changelog: {}\n')
    for (const dir of ['..data/pkg', 'packages/api', '..data', '.'])
      mkdirSync(path.join(ws, dir), { recursive: true })
    expect(findConfigFile(path.join(ws, '..data/pkg'), ws)).toBe(path.join(ws, CONFIG_FILE))
    expect(findConfigFile(path.join(ws, 'packages/api'), ws)).toBe(path.join(ws, CONFIG_FILE))
    mkdirSync(path.join(ws, 'packages/api/.github'))
    writeFileSync(path.join(ws, 'packages/api', CONFIG_FILE), 'changelog: {}\n')
    expect(findConfigFile(path.join(ws, 'packages/api'), ws)).toBe(
      path.join(ws, 'packages/api', CONFIG_FILE),
    )
    // Not above the top: a workspace inside a folder that has a config does not reach it.
    const inner = path.join(ws, '..data')
    expect(findConfigFile(path.join(inner, 'pkg'), inner)).toBeUndefined()
  })
})
