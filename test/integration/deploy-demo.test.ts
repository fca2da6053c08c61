/**
 * deploy-demo's JavaScript steps as the runner runs them: the plan (input checks, pre-releases
 * skipped), wait-for-image against the real registry on 127.0.0.1, and the Cloud Run bookkeeping
 * against a stand-in `gcloud` (Cloud Run cannot be reached from here) that records its calls and
 * answers with the JSON `gcloud run services describe` prints.
 */
import { writeFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInputs as readWaitInputs } from '../../actions/deploy-demo/steps/wait-for-image/inputs.ts'
import { Inputs, mapSource } from '../../packages/inputs/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { pushImage, startRegistry, type TestRegistry } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

let registry: TestRegistry
beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry.stop()
  cleanupTempDirs()
})

const base = {
  image: `us-docker.pkg.dev/demo-project/demo/api@sha256:${'a'.repeat(64)}`,
  version: 'v1.4.0',
  region: 'us-west1',
  'project-id': 'demo-project',
  'workload-identity-provider':
    'projects/123456/locations/global/workloadIdentityPools/github/providers/github',
  'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
}

describe('deploy-plan', () => {
  it('plans a stable release: expected version and revision tag', async () => {
    const r = await runAction('deploy-plan', base, { cwd: tempDir() })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ skip: 'false', 'expected-version': '1.4.0', tag: 'v1-4-0' })
  })

  it('skips a pre-release with a notice, unless told not to', async () => {
    const r = await runAction(
      'deploy-plan',
      { ...base, version: 'v1.5.0-rc.1' },
      { cwd: tempDir() },
    )
    expect(r.outputs.skip).toBe('true')
    expect(r.stdout).toContain(
      '::notice::v1.5.0-rc.1 is a pre-release: the demo stays on the latest stable release (skip-prerelease: true).',
    )
    expect(r.summary).toContain('### deploy-demo: skipped')
    const forced = await runAction(
      'deploy-plan',
      { ...base, version: 'v1.5.0-rc.1', 'skip-prerelease': 'false' },
      { cwd: tempDir() },
    )
    expect(forced.outputs).toMatchObject({ skip: 'false', tag: 'v1-5-0-rc-1' })
  })

  it.each([
    [{ image: 'us-docker.pkg.dev/p/r/api' }, 'image'],
    [{ version: 'latest' }, 'version'],
    [{ region: 'us west1' }, 'region'],
    [{ 'workload-identity-provider': '{"type": "service_account"}' }, 'workload-identity-provider'],
    [{ 'service-account': 'not-an-email' }, 'service-account'],
    [{ 'health-path': 'health' }, 'health-path'],
    [{ attempts: '0' }, 'attempts'],
    [{ service: 'API_Server' }, 'service'],
  ])('refuses %j before anything touches Google Cloud', async (over, input) => {
    const r = await runAction('deploy-plan', { ...base, ...over }, { cwd: tempDir() })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input '${input}': `)
    expect(r.outputFile).toBe('')
  })
})

describe('wait-for-image against a real registry', () => {
  it('waits for an image pushed after a delay', async () => {
    const probe = await startRegistry()
    const digest = await pushImage(probe, 'demo/api', { seed: 'delayed' })
    await probe.stop()
    const later = new Promise<string>(resolve =>
      setTimeout(() => resolve(pushImage(registry, 'demo/api', { seed: 'delayed' })), 1500),
    )
    const r = await runAction(
      'wait-for-image',
      { image: `${registry.host}/demo/api@${digest}`, 'timeout-seconds': '20' },
      { cwd: tempDir() },
    )
    expect(await later).toBe(digest)
    expect(r.code).toBe(0)
    expect(r.outputs.digest).toBe(digest)
    expect(Number(r.outputs['waited-seconds'])).toBeGreaterThanOrEqual(1.4)
  })

  it('fails within the bound when the image is never pushed', async () => {
    const started = Date.now()
    const r = await runAction(
      'wait-for-image',
      { image: `${registry.host}/demo/never@sha256:${'9'.repeat(64)}`, 'timeout-seconds': '2' },
      { cwd: tempDir() },
    )
    expect(r.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(8000)
    expect(r.stdout).toMatch(
      /::error::127\.0\.0\.1:\d+\/demo\/never@sha256:9+ did not appear within 2 s \(\d+ tries; the registry answered MANIFEST_UNKNOWN\)/,
    )
  })

  it('finds a tag too, from the CLI', async () => {
    await pushImage(registry, 'demo/tagged', { tag: '1.0.0' })
    const r = await runCli(
      ['wait-for-image', '--image', `${registry.host}/demo/tagged:1.0.0`, '--timeout-seconds', '5'],
      { cwd: tempDir() },
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/demo\/tagged:1\.0\.0 is pullable: sha256:[a-f0-9]{64}/)
  })
})

describe('wait-for-image credentials', () => {
  const read = (map: Record<string, string>) => readWaitInputs(new Inputs(mapSource(map)))
  it('uses the Google access token for Artifact Registry and Container Registry only', () => {
    const token = 'ya29.short-lived'
    expect(
      read({ image: 'us-docker.pkg.dev/p/r/api:1.0.0', 'google-access-token': token }),
    ).toMatchObject({ username: 'oauth2accesstoken', password: token })
    expect(read({ image: 'gcr.io/p/api:1.0.0', 'google-access-token': token })).toMatchObject({
      username: 'oauth2accesstoken',
    })
    expect(read({ image: 'ghcr.io/o/api:1.0.0', 'google-access-token': token })).toMatchObject({
      username: undefined,
      password: undefined,
    })
    expect(read({ image: 'evil-pkg.dev/o/api:1.0.0', 'google-access-token': token })).toMatchObject(
      { username: undefined },
    )
    // Explicit credentials win.
    expect(
      read({
        image: 'us-docker.pkg.dev/p/r/api:1.0.0',
        'google-access-token': token,
        'registry-username': 'u',
        'registry-password': 'p',
      }),
    ).toMatchObject({ username: 'u', password: 'p' })
    expect(() => read({ image: 'ghcr.io/o/api:1.0.0', 'registry-username': 'u' })).toThrow(
      "Input 'registry-password': expected both",
    )
  })
})

describe('cloud-run bookkeeping against a stand-in gcloud', () => {
  function fakeGcloud(describe: unknown, notFound = false): { bin: string; calls: () => string[] } {
    const bin = tempDir('ra-gcloud-')
    const log = path.join(bin, 'calls')
    writeFileSync(path.join(bin, 'describe.json'), JSON.stringify(describe))
    writeFileSync(log, '')
    writeFileSync(
      path.join(bin, 'gcloud'),
      notFound
        ? `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\necho 'ERROR: (gcloud.run.services.describe) Cannot find service [api]' >&2\nexit 1\n`
        : `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nif [ "$3" = describe ]; then cat "${path.join(bin, 'describe.json')}"; fi\n`,
      { mode: 0o755 },
    )
    return { bin, calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) }
  }
  const where = { service: 'api', region: 'us-west1', 'project-id': 'demo-project' }
  const state = {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    status: {
      url: 'https://api-abc123-uw.a.run.app',
      latestReadyRevisionName: 'api-00043-new',
      traffic: [
        { revisionName: 'api-00042-old', percent: 100 },
        {
          revisionName: 'api-00043-new',
          percent: 0,
          tag: 'v1-4-0',
          url: 'https://v1-4-0---api-abc123-uw.a.run.app',
        },
      ],
    },
  }

  it('records the serving revision, locates the tagged one, promotes it', async () => {
    const gcloud = fakeGcloud(state)
    const env = { PATH: `${gcloud.bin}:${process.env.PATH}` }
    const record = await runAction(
      'cloud-run',
      { ...where, command: 'record' },
      { cwd: tempDir(), env },
    )
    expect(record.outputs['previous-revision']).toBe('api-00042-old')
    const locate = await runAction(
      'cloud-run',
      { ...where, command: 'locate', tag: 'v1-4-0' },
      { cwd: tempDir(), env },
    )
    expect(locate.outputs).toMatchObject({
      revision: 'api-00043-new',
      url: 'https://v1-4-0---api-abc123-uw.a.run.app',
    })
    const promote = await runAction(
      'cloud-run',
      { ...where, command: 'promote', revision: 'api-00043-new' },
      { cwd: tempDir(), env },
    )
    expect(promote.outputs.url).toBe('https://api-abc123-uw.a.run.app')
    expect(gcloud.calls()).toEqual([
      'run services describe api --region=us-west1 --project=demo-project --format=json --quiet',
      'run services describe api --region=us-west1 --project=demo-project --format=json --quiet',
      'run services update-traffic api --region=us-west1 --project=demo-project --to-revisions=api-00043-new=100 --quiet',
      'run services describe api --region=us-west1 --project=demo-project --format=json --quiet',
    ])
  })

  it('rolls back to the recorded revision, and fails to locate a revision the deploy did not tag', async () => {
    const gcloud = fakeGcloud(state)
    const env = { PATH: `${gcloud.bin}:${process.env.PATH}` }
    const rollback = await runAction(
      'cloud-run',
      { ...where, command: 'rollback', revision: 'api-00042-old' },
      { cwd: tempDir(), env },
    )
    expect(rollback.outputs['rolled-back-to']).toBe('api-00042-old')
    expect(gcloud.calls()).toEqual([
      'run services update-traffic api --region=us-west1 --project=demo-project --to-revisions=api-00042-old=100 --quiet',
    ])
    const missing = await runAction(
      'cloud-run',
      { ...where, command: 'locate', tag: 'v9-9-9' },
      { cwd: tempDir(), env },
    )
    expect(missing.stdout).toContain('::error::No revision of api carries the tag v9-9-9')
    const injected = await runAction(
      'cloud-run',
      { ...where, command: 'promote', revision: 'x; rm -rf /' },
      { cwd: tempDir(), env },
    )
    expect(injected.stdout).toContain("::error::Input 'revision': expected a revision name")
  })

  it('records nothing for a service that does not exist yet, and then has nothing to roll back to', async () => {
    const gcloud = fakeGcloud({}, true)
    const env = { PATH: `${gcloud.bin}:${process.env.PATH}` }
    const record = await runAction(
      'cloud-run',
      { ...where, command: 'record' },
      { cwd: tempDir(), env },
    )
    expect(record.code).toBe(0)
    expect(record.outputs['previous-revision']).toBe('')
    expect(record.summary).toContain('nothing (a new service)')
    const rollback = await runAction(
      'cloud-run',
      { ...where, command: 'rollback' },
      { cwd: tempDir(), env },
    )
    expect(rollback.code).toBe(0)
    expect(rollback.outputs['rolled-back-to']).toBe('')
    expect(gcloud.calls()).toHaveLength(1)
  })

  it("fails with gcloud's own words when describe fails for another reason", async () => {
    const bin = tempDir('ra-gcloud-')
    writeFileSync(
      path.join(bin, 'gcloud'),
      "#!/bin/sh\necho 'ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission run.services.get denied' >&2\nexit 1\n",
      { mode: 0o755 },
    )
    const r = await runAction(
      'cloud-run',
      { ...where, command: 'record' },
      { cwd: tempDir(), env: { PATH: `${bin}:${process.env.PATH}` } },
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('PERMISSION_DENIED: Permission run.services.get denied')
    expect(r.outputFile).toBe('')
  })
})
