/**
 * Hostile input against the bundles, run as the runner runs them (issue 14): a tag that differs
 * from a release tag only by a non-ASCII space is a different tag, and deploy-plan's
 * expected-version is validated before it reaches the log or the smoke check.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { runAction } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'

afterAll(cleanupTempDirs)

/** main with the release v1.2.3; a side branch with a commit tagged `v1.2.3<space>`. */
async function lookAlikeTags(spaces: readonly string[]): Promise<{ repo: TestRepo; main: string }> {
  const repo = await TestRepo.create()
  await repo.commit('feat: start')
  const main = await repo.commit('fix: released')
  await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
  await repo.checkout('-b', 'side')
  await repo.commit('feat: never reviewed')
  for (const space of spaces) await repo.tag(`v1.2.3${space}`)
  await repo.checkout('main')
  return { repo, main }
}

const SPACES: [string, string][] = [
  ['NBSP', '\u00a0'],
  ['BOM', '\ufeff'],
  ['LINE SEPARATOR', '\u2028'],
  ['IDEOGRAPHIC SPACE', '\u3000'],
]

describe('compute-version: a tag is validated as given, only ASCII whitespace is trimmed', () => {
  it.each(SPACES)(
    'refuses refs/tags/v1.2.3<%s> (an off-branch tag git accepts) instead of describing v1.2.3',
    async (_label, space) => {
      const { repo } = await lookAlikeTags(SPACES.map(([, s]) => s))
      const escaped = `\\u${space.charCodeAt(0).toString(16).padStart(4, '0')}`
      for (const how of ['input', 'GITHUB_REF'] as const) {
        const ref = `refs/tags/v1.2.3${space}`
        const r = await runAction('compute-version', how === 'input' ? { ref } : {}, {
          cwd: repo.dir,
          env: how === 'input' ? {} : { GITHUB_REF: ref },
        })
        expect(r.code, `${how}: ${r.stdout}`).toBe(1)
        const errors = annotations(r.stdout)
        expect(errors).toHaveLength(1)
        expect(errors[0]).toContain("Input 'ref'")
        expect(errors[0]).toContain(`"v1.2.3${escaped}"`)
        expect(r.outputFile).toBe('')
        expect(r.stdout).not.toContain('v1.2.3 ')
      }
    },
  )

  it('still trims ASCII whitespace around the ref, and describes the release tag itself', async () => {
    const { repo, main } = await lookAlikeTags(['\u00a0'])
    const r = await runAction(
      'compute-version',
      { ref: ' refs/tags/v1.2.3\t\n' },
      { cwd: repo.dir },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs).toMatchObject({ tag: 'v1.2.3', sha: main, exists: 'true' })
  })
})

const plan = {
  image: `us-docker.pkg.dev/demo-project/demo/api@sha256:${'a'.repeat(64)}`,
  version: 'v1.4.0',
  region: 'us-west1',
  'project-id': 'demo-project',
  'workload-identity-provider':
    'projects/123456/locations/global/workloadIdentityPools/github/providers/github',
  'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
}

describe('deploy-plan: expected-version is a version', () => {
  it.each([
    '1.0\n::error::pwned',
    '1.4.0\r::warning::pwned',
    '1.4.0 ##[error]pwned',
    '1.4.0\u00a0',
    '$(id)',
    '-1.4.0',
    '1.4.0 beta',
    '1'.repeat(129),
  ])('refuses %j with one error naming the input, and writes no output', async value => {
    const r = await runAction(
      'deploy-plan',
      { ...plan, 'expected-version': value },
      { cwd: tempDir() },
    )
    expect(r.code).toBe(1)
    const commands = runnerCommands(r.stdout).filter(c => c.command !== 'stop-commands')
    expect(commands.map(c => c.command)).toEqual(['error'])
    expect(commands[0]?.data).toMatch(
      /^Input 'expected-version': expected a version as the revision reports it, such as 1\.2\.3, 1\.3\.0-rc\.1 or edge \(letters, digits and \. _ \+ -, at most 128\), got "/,
    )
    expect(r.outputFile).toBe('')
  })

  it.each([
    '1.4.0',
    '1.4.0-rc.1',
    '1.4.0+build.7',
    '2.0.0-beta.1+exp.sha.5114f85',
    'edge',
    'v1.4.0',
    '1'.repeat(128),
  ])('accepts %s', async value => {
    const r = await runAction(
      'deploy-plan',
      { ...plan, 'expected-version': value },
      { cwd: tempDir() },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs['expected-version']).toBe(value)
  })
})
