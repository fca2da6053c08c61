/**
 * The input readers' property (test/unit/input-readers.property.test.ts) sampled through the
 * bundles, run as the runner runs them: one input set to an arbitrary string, the others valid.
 * The step succeeds, or fails with exactly one `::error::` that names the input and writes no
 * output; whatever the string holds, it issues no other workflow command.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, runAction } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { runnerCommands } from '../helpers/workflow-commands.ts'

let repo: TestRepo
beforeAll(async () => {
  repo = await TestRepo.create()
  await repo.commit('feat: start', { 'app.txt': 'app\n' })
  await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
  await repo.commit('fix: after')
})
afterAll(cleanupTempDirs)

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01'

interface Sample {
  action: string
  file: string
  valid: Record<string, string>
  /** Inputs not varied here (one that would reach the network). */
  fixed?: string[]
  related?: Record<string, string[]>
}

const SAMPLES: Sample[] = [
  {
    action: 'compute-version',
    file: 'compute-version/action.yml',
    valid: { ref: 'refs/tags/v1.2.3' },
    related: { 'tag-prefix': ['ref'], bump: ['ref'] },
  },
  {
    action: 'generate-changelog',
    file: 'generate-changelog/action.yml',
    valid: { version: 'v1.3.0', file: '' },
    related: { 'tag-prefix': ['version'] },
  },
  {
    action: 'publish-tags-matrix',
    file: 'publish-tags-matrix/action.yml',
    valid: { images: 'ghcr.io/octo/app', sha: SHA, ref: 'refs/tags/v1.2.3' },
    fixed: ['push', 'registry-username', 'registry-password'],
    related: { 'tag-prefix': ['ref', 'version', 'existing-versions'] },
  },
  {
    action: 'quality-gates',
    file: 'quality-gates/action.yml',
    valid: { gates: '- { name: unit, run: "true" }' },
    fixed: ['api-url', 'token'],
  },
  {
    action: 'deploy-plan',
    file: 'actions/deploy-demo/steps/deploy-plan/action.yml',
    valid: {
      image: `us-docker.pkg.dev/demo-project/demo/api@sha256:${'a'.repeat(64)}`,
      version: 'v1.4.0',
      region: 'us-west1',
      'project-id': 'demo-project',
      'workload-identity-provider':
        'projects/123456/locations/global/workloadIdentityPools/github/providers/github',
      'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
    },
  },
]

function declared(file: string): string[] {
  const doc = parse(readFileSync(path.join(root, file), 'utf8')) as {
    inputs?: Record<string, unknown>
  }
  return Object.keys(doc.inputs ?? {})
}

const PIECES = [
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\n::error::pwned',
  '\r::warning::pwned',
  '  ::add-mask::x',
  '##[error]pwned',
  '::stop-commands::x',
  '$(id)',
  '--help',
  '../',
  'v1.2.3',
  ' ',
]

/** Strings an environment variable can carry: no NUL, no lone surrogate. */
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map(a => a.join('')),
)

describe('the bundles, one input arbitrary', () => {
  it('succeed, or fail with one ::error:: naming the input and no output; never another command', async () => {
    const cases = fc.record({
      sample: fc.constantFrom(...SAMPLES),
      pick: fc.nat(),
      value,
    })
    await fc.assert(
      fc.asyncProperty(cases, async ({ sample, pick, value: raw }) => {
        const names = declared(sample.file).filter(n => !(sample.fixed ?? []).includes(n))
        const name = names[pick % names.length] as string
        const r = await runAction(
          sample.action,
          { ...sample.valid, [name]: raw },
          { cwd: repo.dir, env: { GITHUB_SHA: SHA } },
        )
        const where = `${sample.action} with ${name}=${JSON.stringify(raw)}:\n${r.stdout}`
        expect([0, 1], where).toContain(r.code)
        const commands = runnerCommands(r.stdout)
        const unexpected = commands.filter(
          c =>
            !['error', 'warning', 'notice', 'group', 'endgroup', 'stop-commands'].includes(
              c.command,
            ),
        )
        expect(unexpected, where).toEqual([])
        const errors = commands.filter(c => c.command === 'error').map(c => c.data)
        if (r.code === 0) expect(errors, where).toEqual([])
        else {
          expect(errors, where).toHaveLength(1)
          const message = errors[0] ?? ''
          if (message.startsWith('Input ')) {
            const named = [name, ...(sample.related?.[name] ?? [])]
            expect(
              named.some(n => message.includes(`'${n}'`) || message.includes(n)),
              where,
            ).toBe(true)
            expect(r.outputFile, where).toBe('')
          }
        }
      }),
      { numRuns: 16 },
    )
  })
})
