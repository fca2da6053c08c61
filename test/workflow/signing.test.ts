/**
 * Keyless image signatures in the release pipeline (release.yml `sign-images`), run by the workflow
 * runner of the tests: with the input on, each attest-images job installs cosign (the stand-in of
 * sigstore/cosign-installer), signs its image digest once the digests are known, then verifies the
 * signature with the identity a user verifies with, and the notes carry that `cosign verify`; with
 * it off (the default), nothing is signed.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { cosignVerifyArgs } from '../../packages/attest/index.ts'
import { exec } from '../../packages/process/index.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { cosignCalls, writeCosignStandIn } from '../peers/cosign.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import { listTags } from '../peers/registry-tools.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { commitSample, imagesOf } from './sample-project.ts'

vi.setConfig({ testTimeout: 180_000 })
const REUSABLE = 'release-actions/release-actions/.github/workflows/release.yml'
let p: PipelineWorld

beforeAll(async () => {
  p = await startPipelineWorld()
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

async function release(
  repository: string,
  settings: Record<string, string | number | boolean | null>,
): Promise<RunResult> {
  const repo = await p.createRepository(repository, {
    secrets: { REGISTRY_USERNAME: p.registry.username, REGISTRY_PASSWORD: p.registry.password },
  })
  // No binaries and no deploy: the image jobs are what this is about.
  await commitSample(repo, {
    registry: p.proxy.host,
    repository,
    release: {
      deploy: false,
      'build-command': null,
      'binary-platforms': null,
      artifacts: null,
      ...settings,
    },
  })
  const sha = await repo.head()
  p.world.api.addWorkflowRun(repository, { name: 'CI', head_sha: sha })
  await repo.tag('v0.1.0', { message: 'Release v0.1.0' })
  await p.world.push(repository)
  const r = await p.world.runner.run({
    repository,
    workflow: '.github/workflows/release.yml',
    event: { name: 'push', ref: 'refs/tags/v0.1.0' },
  })
  expect(
    r.jobs.filter(j => j.result === 'failure').map(j => j.path),
    `${r.log()}\n${r.annotations('error').join('\n')}`,
  ).toEqual([])
  expect(r.result).toBe('success')
  return r
}

/** The digest the registry has for image:tag. */
async function digestOf(image: string, tag: string): Promise<string | undefined> {
  return (await listTags(p.proxy, image.slice(image.indexOf('/') + 1))).get(tag)
}

const callsFor = (image: string) =>
  cosignCalls(p.cosign).filter(c => c.some(a => a.startsWith(`${image}@`)))

describe('image signatures', () => {
  it('with sign-images: each digest is signed, then verified as a user does, and the notes say how', async () => {
    const repository = 'octo/signed'
    const r = await release(repository, { 'sign-images': true })
    const images = imagesOf(p.proxy.host, repository)
    const jobs = r.findJobs('attest-images')
    expect(jobs).toHaveLength(2)
    for (const job of jobs) {
      const names = job.steps.map(s => s.name)
      const at = (name: string) => names.indexOf(name)
      // After the provenance (the digest is known and attested), install, sign, verify.
      expect(at('Provenance and SBOM of the image')).toBeGreaterThanOrEqual(0)
      expect(at('Install cosign')).toBeGreaterThan(at('Provenance and SBOM of the image'))
      expect(at('Sign the image (keyless)')).toBeGreaterThan(at('Install cosign'))
      expect(at('Verify the signature as a user does')).toBeGreaterThan(
        at('Sign the image (keyless)'),
      )
      for (const s of job.steps) expect(s.conclusion, s.name).toBe('success')
    }
    const body = String(p.world.api.repo(repository).releases[0]?.body ?? '')
    for (const image of [images.api, images.cli]) {
      const digest = await digestOf(image, '0.1.0')
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      const ref = `${image}@${digest}`
      const verify = cosignVerifyArgs(ref, {
        serverUrl: 'https://github.com',
        repository,
        signerWorkflow: REUSABLE,
        tag: 'v0.1.0',
      })
      // Signed once, by digest, then verified with exactly the user's command.
      expect(callsFor(image)).toEqual([['sign', '--yes', ref], verify])
      expect(verify[2]).toBe(
        '^https://github\\.com/release-actions/release-actions/\\.github/workflows/release\\.yml@.+$',
      )
      expect(body).toContain(
        `cosign ${verify.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`,
      )
    }
  })

  it("the stand-in's verify fails for another identity or repository, and refuses unknown flags", async () => {
    const image = imagesOf(p.proxy.host, 'octo/signed').api
    const ref = `${image}@${await digestOf(image, '0.1.0')}`
    const bin = writeCosignStandIn(path.join(p.world.dir, 'cosign-check'), p.cosign)
    const run = (...args: string[]) => exec(bin, args, { okCodes: [0, 1] })
    const issuer = ['--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com']
    const ownAtTag =
      '^https://github\\.com/octo/signed/\\.github/workflows/.+@refs/tags/v0\\.1\\.0$'
    const wrongIdentity = await run(
      'verify',
      '--certificate-identity-regexp',
      ownAtTag,
      ...issuer,
      ref,
    )
    expect(wrongIdentity.code).toBe(1)
    expect(wrongIdentity.stderr).toContain('Error: no matching signatures')
    const anyRef = `^https://github\\.com/${REUSABLE.replace(/[.]/g, '\\.')}@.+$`
    const otherRepo = await run(
      'verify',
      '--certificate-identity-regexp',
      anyRef,
      ...issuer,
      '--certificate-github-workflow-repository',
      'octo/other',
      ref,
    )
    expect(otherRepo.code).toBe(1)
    expect(
      (await run('verify', '--certificate-identity-regexp', anyRef, ...issuer, ref)).code,
    ).toBe(0)
    const unknown = await run('verify', '--certificate-identity-regex', anyRef, ...issuer, ref)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe('Error: unknown flag: --certificate-identity-regex\n')
    expect((await run('verify', '--certificate-identity-regexp', anyRef, ref)).stderr).toContain(
      '--certificate-oidc-issuer or --certificate-oidc-issuer-regexp is required',
    )
  })

  it('without sign-images (the default), nothing is signed and the notes carry no cosign verify', async () => {
    const repository = 'octo/plain'
    const r = await release(repository, {})
    const images = imagesOf(p.proxy.host, repository)
    for (const job of r.findJobs('attest-images')) {
      for (const name of [
        'Install cosign',
        'Sign the image (keyless)',
        'Verify the signature as a user does',
      ])
        expect(job.steps.find(s => s.name === name)?.conclusion, name).toBe('skipped')
    }
    expect(callsFor(images.api)).toEqual([])
    expect(callsFor(images.cli)).toEqual([])
    expect(String(p.world.api.repo(repository).releases[0]?.body ?? '')).not.toContain(
      'cosign verify ',
    )
  })
})
