/**
 * compute-version reads tags with one `git for-each-ref` (plus one for the reachable ones), not
 * one call per tag: count every git process it starts on a repository with many tags.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git } from '../../packages/git/index.ts'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  type BumpKind,
} from '../../packages/versioning/index.ts'
import { conventionalHistory, fastImport } from '../peers/history.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

let repo: TestRepo
beforeAll(async () => {
  repo = await TestRepo.create()
  const history = conventionalHistory({ commits: 2000, tags: 400 })
  history.push(
    { message: 'feat: candidate', tags: [{ name: 'v9.9.9-rc.1' }] },
    { message: 'feat: unreleased' },
  )
  await fastImport(repo.dir, history)
})
afterAll(cleanupTempDirs)

describe('bounded git work', () => {
  it.each([
    ['auto', 6],
    ['patch', 5],
    ['rc', 5],
    ['promote', 5],
    ['tag', 5],
  ])('%s starts at most %i git processes with 400 tags', async (bump, limit) => {
    const tags = (await repo.run('tag', '-l')).split('\n')
    expect(tags.length).toBe(401)
    const log = path.join(tempDir(), 'calls')
    const wrapper = path.join(tempDir(), 'git')
    writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> "${log}"\nexec git "$@"\n`, { mode: 0o755 })
    writeFileSync(log, '')
    const d = await computeVersion(new Git(repo.dir, { git: wrapper }), {
      ...DEFAULT_COMPUTE_OPTIONS,
      bump: bump as BumpKind,
      tag: tags.find(t => !t.includes('-')) ?? '',
    })
    expect(d.tag).toMatch(/^v\d+\.\d+\.\d+/)
    const calls = readFileSync(log, 'utf8').trim().split('\n')
    expect(calls.filter(c => c.includes('for-each-ref')).length).toBeLessThanOrEqual(2)
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(limit)
  })
})
