/**
 * The run: blocks of the release workflow that decide something, executed as the runner executes
 * them (bash -eo pipefail, inputs only through env:, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files):
 * the job plan, the candidate image tags, the check that a tag is on the default branch, and the
 * summary that fails the run when a release stage failed but not when only the demo did.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { exec } from '../../packages/process/index.ts'
import { parseOutputFile, root } from '../helpers/cli.ts'
import { TestRepo } from '../helpers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

interface Step {
  name?: string
  id?: string
  run?: string
}
const release = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as {
  jobs: Record<string, { steps?: Step[] }>
}
function script(job: string, name: string): string {
  const step = release.jobs[job]?.steps?.find(s => s.id === name || s.name === name)
  if (!step?.run) throw new Error(`no run step ${name} in ${job}`)
  return step.run
}

async function runStep(run: string, env: Record<string, string>, cwd = tempDir()) {
  const dir = tempDir('ra-step-')
  const output = path.join(dir, 'output')
  const summary = path.join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const file = path.join(dir, 'step.sh')
  writeFileSync(file, run)
  const r = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
      ...env,
    },
    okCodes: [0, 1],
  })
  return {
    ...r,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  }
}

describe('release.yml run blocks', () => {
  it('plans the attest matrix from images and build-command', async () => {
    const r = await runStep(script('version', 'plan'), {
      IMAGES: ' ghcr.io/octo/app\nghcr.io/octo/worker, \n',
      BUILD_COMMAND: 'make dist',
      DEPLOY_IMAGE: '',
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.images ?? '')).toEqual(['ghcr.io/octo/app', 'ghcr.io/octo/worker'])
    expect(JSON.parse(r.outputs['attest-matrix'] ?? '')).toEqual([
      { kind: 'files', name: 'release files' },
      { kind: 'image', name: 'ghcr.io/octo/app' },
      { kind: 'image', name: 'ghcr.io/octo/worker' },
    ])
    expect(r.outputs['deploy-image']).toBe('ghcr.io/octo/app')
    const none = await runStep(script('version', 'plan'), {
      IMAGES: '',
      BUILD_COMMAND: '',
      DEPLOY_IMAGE: '',
    })
    expect(none.outputs).toEqual({ images: '[]', 'attest-matrix': '[]', 'deploy-image': '' })
    const proxied = await runStep(script('version', 'plan'), {
      IMAGES: 'ghcr.io/octo/app',
      BUILD_COMMAND: '',
      DEPLOY_IMAGE: 'us-docker.pkg.dev/p/ghcr/octo/app',
    })
    expect(proxied.outputs['deploy-image']).toBe('us-docker.pkg.dev/p/ghcr/octo/app')
  })

  it('pushes builds under candidate tags only', async () => {
    const sha = 'a'.repeat(40)
    const r = await runStep(script('images', 'candidate'), {
      IMAGES: '["ghcr.io/octo/app","ghcr.io/octo/worker"]',
      SHA: sha,
    })
    expect(r.outputs.tags).toBe(
      `ghcr.io/octo/app:candidate-${sha}\nghcr.io/octo/worker:candidate-${sha}`,
    )
  })

  it('refuses a tag that is not in the history of the default branch', async () => {
    const remote = await TestRepo.create({ bare: true })
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    await repo.run('remote', 'add', 'origin', remote.dir)
    await repo.run('push', '--quiet', 'origin', 'main')
    await repo.run('fetch', '--quiet', 'origin')
    const onMain = await repo.head()
    await repo.run('checkout', '--quiet', '-b', 'side')
    const side = await repo.commit('feat: b')
    const check = script('version', 'The tag is on the default branch')
    expect(
      (await runStep(check, { TAG: 'v1.0.0', SHA: onMain, DEFAULT_BRANCH: 'main' }, repo.dir)).code,
    ).toBe(0)
    const refused = await runStep(
      check,
      { TAG: 'v1.1.0', SHA: side, DEFAULT_BRANCH: 'main' },
      repo.dir,
    )
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(`::error::v1.1.0 (${side}) is not in the history of main.`)
  })

  it('summarizes every stage, and fails only when a release stage failed', async () => {
    const run = script('summary', 'One table of every stage')
    const all = {
      TAG: 'v1.2.3',
      RELEASE_URL: 'https://github.com/o/r/releases/tag/v1.2.3',
      DEPLOY_URL: '',
      DEPLOY_STATUS: 'rolled-back',
      R_VERSION: 'success',
      R_CI: 'success',
      R_BINARIES: 'skipped',
      R_IMAGES: 'success',
      R_ATTEST: 'success',
      R_PUBLISH: 'success',
      R_DEPLOY: 'failure',
    }
    const demoBroken = await runStep(run, all)
    expect(demoBroken.code).toBe(0)
    expect(demoBroken.summary).toContain('### Release v1.2.3')
    expect(demoBroken.summary).toContain('| Build files | ⏭️ skipped |')
    expect(demoBroken.summary).toContain(
      '| Publish | ✅ success — https://github.com/o/r/releases/tag/v1.2.3 |',
    )
    expect(demoBroken.summary).toContain('| Deploy demo | ❌ failure (rolled-back) |')
    const attestFailed = await runStep(run, { ...all, R_ATTEST: 'failure', R_PUBLISH: 'skipped' })
    expect(attestFailed.code).toBe(1)
    expect(attestFailed.summary).toContain('| Attest | ❌ failure |')
  })
})
