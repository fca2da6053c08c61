/**
 * "Inside the workspace" is one rule (packages/files/paths.ts): a folder named `..data` is a name
 * like any other, inside for every check that takes a path — path inputs, globs, the changelog
 * file, git pathspecs, build contexts, gates' working directories, the config file's search — and
 * only a whole `..` segment climbs. Before issue 15, compute-version's search for the config file
 * compared `path.relative(...).startsWith('..')` and stopped at `..data/pkg`, so a package there
 * bumped without the repository's housekeeping rules.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readInputs as readComputeVersion } from '../../actions/compute-version/inputs.ts'
import { resolveSubjects } from '../../packages/attest/checksums.ts'
import { changelogFileProblem, pathspecs } from '../../packages/changelog/index.ts'
import { CONFIG_FILE, findConfigFile } from '../../packages/config/index.ts'
import { hasParentSegment, isInside, isUnder } from '../../packages/files/index.ts'
import { parseGates, runGates } from '../../packages/gates/index.ts'
import { insideOnly } from '../../packages/glob/index.ts'
import {
  githubContext,
  Inputs,
  mapSource,
  resolveWorkspacePath,
} from '../../packages/inputs/index.ts'
import { nullLogger } from '../../packages/log/index.ts'
import { parseImageBuilds } from '../../packages/release/plan.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function workspace(): string {
  const ws = tempDir('ra-ws-')
  mkdirSync(path.join(ws, '..data/pkg'), { recursive: true })
  mkdirSync(path.join(ws, '.github'))
  writeFileSync(path.join(ws, '..data/pkg/app.bin'), 'binary')
  writeFileSync(path.join(ws, CONFIG_FILE), 'changelog:\n  skip: ["^wip"]\n')
  return ws
}

describe('a folder named ..data is inside', () => {
  const ws = workspace()
  const inner = path.join(ws, '..data/pkg')

  it('for isInside and isUnder, and a whole .. segment is not', () => {
    expect(isInside(ws, inner)).toBe(true)
    expect(isUnder(ws, inner)).toBe(true)
    expect(isInside(ws, path.join(ws, '..'))).toBe(false)
    expect(isInside(ws, path.join(ws, '../x'))).toBe(false)
  })

  it('for the paths written relative to a root (pathspecs, build contexts, globs)', () => {
    expect(hasParentSegment('..data/pkg')).toBe(false)
    expect(hasParentSegment('a/..b/..c')).toBe(false)
    expect(hasParentSegment('../pkg')).toBe(true)
    expect(hasParentSegment('a/../b')).toBe(true)
    expect(hasParentSegment('/etc')).toBe(true)
    expect(pathspecs({ include: ['..data/**'], exclude: ['..data/pkg/*.md'] })).toEqual([
      ':(glob)..data/**',
      ':(glob,exclude)..data/pkg/*.md',
    ])
    expect(() => pathspecs({ include: ['../x/**'] })).toThrow(/^Input 'include-paths'/)
    expect(
      parseImageBuilds(
        '- name: ghcr.io/o/app\n  context: ..data/pkg\n  dockerfile: ..data/pkg/Dockerfile',
        { dockerfile: '', context: '.', platforms: 'linux/amd64' },
      ).map(b => [b.context, b.dockerfile]),
    ).toEqual([['..data/pkg', '..data/pkg/Dockerfile']])
    expect(() =>
      parseImageBuilds('- name: ghcr.io/o/app\n  context: ../up', {
        dockerfile: '',
        context: '.',
        platforms: 'linux/amd64',
      }),
    ).toThrow(/context must be a path inside the repository/)
  })

  it('for path inputs and the changelog file', () => {
    expect(resolveWorkspacePath('file', '..data/CHANGELOG.md', ws)).toBe(
      path.join(ws, '..data/CHANGELOG.md'),
    )
    expect(() => resolveWorkspacePath('file', '../CHANGELOG.md', ws)).toThrow(
      /^Input 'file': expected a path inside the workspace/,
    )
    expect(changelogFileProblem(path.join(ws, '..data/CHANGELOG.md'), ws)).toBeUndefined()
  })

  it('for globs of files (checksums, release assets) and listed files', () => {
    const { subjects } = resolveSubjects(ws, ['..data/pkg/*.bin'])
    expect(subjects.map(s => s.name)).toEqual(['..data/pkg/app.bin'])
    const absolute = resolveSubjects(ws, [path.join(ws, '..data/pkg/*.bin')])
    expect(absolute.subjects.map(s => s.name)).toEqual(['..data/pkg/app.bin'])
    expect(insideOnly(ws, ['..data/pkg/app.bin'])).toEqual(['..data/pkg/app.bin'])
  })

  it("for a gate's working directory", async () => {
    const gates = parseGates('- { name: pwd, run: pwd, working-directory: ..data/pkg }', 'gates')
    let output = ''
    const [result] = await runGates(gates, {
      workspace: ws,
      env: { PATH: process.env.PATH },
      logger: nullLogger,
      output: chunk => (output += chunk.toString()),
      sha: undefined,
      repository: undefined,
      github: () => {
        throw new Error('no GitHub client in this test')
      },
      version: undefined,
    })
    expect(result?.status).toBe('success')
    expect(output.trim()).toBe(inner)
  })

  it("for the config file's search: compute-version in ..data/pkg reads the workspace's rules", () => {
    expect(findConfigFile(inner, ws)).toBe(path.join(ws, CONFIG_FILE))
    const options = readComputeVersion(
      new Inputs(mapSource({ path: '..data/pkg', bump: 'auto' })),
      githubContext({ GITHUB_WORKSPACE: ws }),
    )
    expect(options.commitRules?.skip.map(String)).toEqual(['/^wip/i'])
  })
})
