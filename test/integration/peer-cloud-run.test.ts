/**
 * The local Cloud Run peer, the stand-in gcloud and the stand-ins of google-github-actions/auth,
 * setup-gcloud and deploy-cloudrun, run as the workflow runner runs them (one job: the step
 * environment carries what earlier steps exported and put on PATH), against a real registry on
 * 127.0.0.1 and a small GitHub OIDC token endpoint of this test; and the suite's own bundles
 * (dist/cloud-run, dist/smoke-check) against that gcloud and the revisions' URLs, to prove they fit.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exec } from '../../packages/process/index.ts'
import { root, runAction } from '../helpers/cli.ts'
import { pushImage, startRegistry, type TestRegistry } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { startCloudRun, writeGcloudStandIn, type CloudRun } from '../peers/cloud-run.ts'
import { deployCloudrun, googleAuth, setupGcloud, type GooglePeers } from '../peers/google.ts'
import { StepFailure, type StepIO } from '../peers/workflow/stand-in.ts'

const PROJECT = 'demo-project'
const REGION = 'us-west1'
const PROVIDER = 'projects/123456/locations/global/workloadIdentityPools/github/providers/github'
const SA = 'deployer@demo-project.iam.gserviceaccount.com'
const PINS = {
  auth: 'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093',
  setup: 'google-github-actions/setup-gcloud@aa5489c8933f4cc7a4f7d45035b3b1440c9c10db',
  deploy: 'google-github-actions/deploy-cloudrun@2028e2d7d30a78c6910e0632e48dd561b064884d',
}

let registry: TestRegistry
let cloudRun: CloudRun
let peers: GooglePeers
let oidc: Server
let oidcUrl: string
const OIDC_REQUEST_TOKEN = randomBytes(12).toString('hex')
const images: Record<string, string> = {}

/** GitHub's token endpoint, as getIDToken calls it: `&audience=`, Bearer request token → {"value": jwt}. */
function startOidc(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.headers.authorization !== `Bearer ${OIDC_REQUEST_TOKEN}`) {
      res.writeHead(401, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify({ message: 'Bad credentials' }))
    }
    const now = Math.floor(Date.now() / 1000)
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo/demo:ref:refs/tags/v1.4.0',
      repository: 'octo/demo',
      aud: url.searchParams.get('audience') ?? 'https://github.com/octo',
      iat: now,
      exp: now + 300,
    }
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ value: `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.c2ln` }))
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  registry = await startRegistry()
  cloudRun = await startCloudRun({ registry, workloadIdentity: { providers: [PROVIDER] } })
  peers = { cloudRun }
  oidc = await startOidc()
  oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}/_apis/distributedtask/idtoken?api-version=2.0`
  for (const v of ['1.4.0', '1.5.0', '1.6.0'])
    images[v] =
      `${registry.host}/demo/api@${await pushImage(registry, 'demo/api', { labels: { 'org.opencontainers.image.version': v } })}`
})
afterAll(async () => {
  await cloudRun.stop()
  await registry.stop()
  oidc.close()
  cleanupTempDirs()
})

// ---- one job, as the runner keeps it ------------------------------------------------------------

const contracts = JSON.parse(
  readFileSync(path.join(root, 'test/fixtures/pinned-action-contracts.json'), 'utf8'),
) as {
  actions: Record<string, { inputs: Record<string, { default?: string }>; outputs: string[] }>
}

interface StepResult {
  outputs: Record<string, string>
  logs: string[]
  warnings: string[]
  secrets: string[]
}

class Job {
  readonly workspace = tempDir('ra-ws-')
  readonly runnerTemp = tempDir('ra-temp-')
  readonly env: Record<string, string>
  readonly path: string[] = []
  constructor(extra: Record<string, string> = {}) {
    writeFileSync(path.join(this.workspace, 'README.md'), 'checked out\n')
    this.env = {
      HOME: tempDir('ra-home-'),
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_TOOL_CACHE: tempDir('ra-toolcache-'),
      GITHUB_SHA: 'A'.repeat(40),
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
      ...extra,
    }
  }
  /** The environment a `run:` step (or a node action) of this job gets now. */
  stepEnv(): Record<string, string> {
    return { ...this.env, PATH: [...this.path, process.env.PATH ?? ''].join(':') }
  }
  async step(
    action: keyof typeof PINS,
    fn: (io: StepIO, peers: GooglePeers) => Promise<void>,
    given: Record<string, string>,
  ): Promise<StepResult> {
    const contract = contracts.actions[PINS[action]]
    if (!contract) throw new Error(`no contract for ${PINS[action]}`)
    const inputs: Record<string, string> = {}
    for (const [name, spec] of Object.entries(contract.inputs))
      if (spec.default !== undefined) inputs[name] = spec.default
    for (const [name, v] of Object.entries(given)) {
      if (!(name in contract.inputs)) throw new Error(`${PINS[action]} has no input ${name}`)
      inputs[name] = v
    }
    const result: StepResult = { outputs: {}, logs: [], warnings: [], secrets: [] }
    const exported: Record<string, string> = {}
    const added: string[] = []
    const io: StepIO = {
      inputs,
      env: this.stepEnv(),
      workspace: this.workspace,
      runnerTemp: this.runnerTemp,
      github: { repository: 'octo/demo', sha: this.env.GITHUB_SHA },
      permissions: { contents: 'read', 'id-token': 'write' },
      log: t => result.logs.push(t),
      warning: m => result.warnings.push(m),
      setOutput: (name, v) => {
        if (!contract.outputs.includes(name))
          throw new Error(`${PINS[action]} has no output ${name}`)
        result.outputs[name] = v
      },
      addPath: dir => added.unshift(dir),
      exportVariable: (name, v) => (exported[name] = v),
      appendSummary: () => undefined,
      setSecret: v => result.secrets.push(v),
    }
    await fn(io, peers)
    Object.assign(this.env, exported)
    this.path.unshift(...added)
    return result
  }
  auth(extra: Record<string, string> = {}) {
    return this.step('auth', googleAuth, {
      workload_identity_provider: PROVIDER,
      service_account: SA,
      token_format: 'access_token',
      ...extra,
    })
  }
  setup() {
    return this.step('setup', setupGcloud, { project_id: PROJECT })
  }
  deploy(service: string, image: string, extra: Record<string, string> = {}) {
    return this.step('deploy', deployCloudrun, {
      service,
      image,
      region: REGION,
      project_id: PROJECT,
      ...extra,
    })
  }
  /** `gcloud …` from a run: step of this job. */
  gcloud(...args: string[]) {
    return exec('gcloud', args, { env: this.stepEnv(), okCodes: [0, 1, 2] })
  }
  /** The suite's dist/cloud-run, as deploy-demo runs it. */
  cloudRunStep(service: string, inputs: Record<string, string>) {
    return runAction(
      'cloud-run',
      { service, region: REGION, 'project-id': PROJECT, ...inputs },
      { cwd: this.workspace, env: this.stepEnv() },
    )
  }
}

async function health(
  url: string,
): Promise<{ status: number; version?: string; revision?: string }> {
  const r = await fetch(`${url}${cloudRun.healthPath}`)
  const body = r.headers.get('content-type')?.includes('json')
    ? ((await r.json()) as { version?: string; revision?: string })
    : {}
  return { status: r.status, ...body }
}

// ---- the tests ----------------------------------------------------------------------------------

describe('google-github-actions/auth', () => {
  it('federates the GitHub OIDC token: credentials file, exported variables, tokens', async () => {
    const job = new Job()
    const r = await job.auth()
    const file = r.outputs.credentials_file_path ?? ''
    expect(path.dirname(file)).toBe(job.workspace)
    expect(path.basename(file)).toMatch(/^gha-creds-[a-f0-9]{16}\.json$/)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    const cred = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    expect(cred).toMatchObject({
      type: 'external_account',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      token_url: 'https://sts.googleapis.com/v1/token',
      service_account_impersonation_url: `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
      credential_source: {
        headers: { Authorization: `Bearer ${OIDC_REQUEST_TOKEN}` },
        format: { type: 'json', subject_token_field_name: 'value' },
      },
    })
    expect(String((cred.credential_source as { url: string }).url)).toContain(
      `audience=${encodeURIComponent(`https://iam.googleapis.com/${PROVIDER}`)}`,
    )
    for (const v of [
      'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'GOOGLE_GHA_CREDS_PATH',
    ])
      expect(job.env[v]).toBe(file)
    for (const v of [
      'CLOUDSDK_CORE_PROJECT',
      'CLOUDSDK_PROJECT',
      'GCLOUD_PROJECT',
      'GCP_PROJECT',
      'GOOGLE_CLOUD_PROJECT',
    ])
      expect(job.env[v]).toBe(PROJECT)
    expect(r.outputs.project_id).toBe(PROJECT)
    expect(r.outputs.auth_token).toMatch(/^sts\./)
    expect(r.outputs.access_token).toMatch(/^ya29\./)
    expect(r.secrets).toEqual(
      expect.arrayContaining([r.outputs.auth_token, r.outputs.access_token]),
    )
  })

  it("fails with the action's words without an OIDC token (no id-token: write)", async () => {
    const job = new Job({ ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' })
    const failure = await job.auth().catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StepFailure)
    expect((failure as Error).message).toBe(
      'google-github-actions/auth failed with: gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork. For more information, please see https://docs.github.com/en/actions/security-guides/automatic-token-authentication#permissions-for-the-github_token',
    )
    expect(readdirSync(job.workspace)).toEqual(['README.md'])
  })

  it('is refused by STS for a provider that does not exist, and checks its inputs', async () => {
    const job = new Job()
    const other = PROVIDER.replace('/github/providers/github', '/other/providers/github')
    await expect(job.auth({ workload_identity_provider: other })).rejects.toThrow(
      `google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/${other}: {"error":"invalid_target"`,
    )
    await expect(job.auth({ credentials_json: '{}' })).rejects.toThrow(
      'google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"!',
    )
    await expect(job.auth({ create_credentials_file: 'yes' })).rejects.toThrow(
      'invalid boolean value "yes"',
    )
  })
})

describe('setup-gcloud and deploy-cloudrun against the stateful Cloud Run', () => {
  let job: Job
  beforeAll(() => {
    job = new Job()
  })
  const service = 'api'
  let first = ''
  let second = ''

  it('setup-gcloud installs the stand-in on PATH and logs it in with the credentials file', async () => {
    await job.auth()
    const r = await job.setup()
    expect(r.outputs.version).toBe('578.0.0')
    expect(job.env.CLOUDSDK_METRICS_ENVIRONMENT).toBe('github-actions-setup-gcloud')
    expect(job.path[0]).toMatch(
      new RegExp(`^${job.runnerTemp}/[-a-f0-9]{36}/google-cloud-sdk/bin$`),
    )
    const calls = cloudRun.calls.slice(-2).map(c => c.args)
    expect(calls).toEqual([
      ['--quiet', 'auth', 'login', '--force', '--cred-file', job.env.GOOGLE_GHA_CREDS_PATH],
      ['--quiet', 'config', 'set', 'project', PROJECT],
    ])
    const list = await job.gcloud('auth', 'list', '--format=value(account)')
    expect(list.stdout.trim()).toBe(SA)
  })

  it('the first deploy creates the service, which takes all traffic', async () => {
    const r = await job.deploy(service, images['1.4.0'] ?? '', {
      tag: 'v1-4-0',
      no_traffic: 'false',
    })
    const call = cloudRun.calls.at(-1)
    expect(call?.args).toEqual([
      'run',
      'deploy',
      service,
      '--image',
      images['1.4.0'],
      '--tag',
      'v1-4-0',
      '--update-labels',
      `^,^managed-by=github-actions,commit-sha=${'a'.repeat(40)}`,
      '--format',
      'json',
      '--region',
      REGION,
      '--project',
      PROJECT,
    ])
    expect(call?.code).toBe(0)
    const state = cloudRun.service(PROJECT, REGION, service)
    first = state?.latestReadyRevisionName ?? ''
    expect(first).toMatch(/^api-00001-[a-z]{3}$/)
    expect(state?.serving).toBe(first)
    expect(state?.labels).toMatchObject({ 'managed-by': 'github-actions' })
    expect(state?.creator).toBe(SA)
    const tagged = state?.traffic.find(t => t.tag === 'v1-4-0')
    expect(r.outputs.url).toBe(tagged?.url)
    expect(tagged?.url).toBe(`${state?.url.replace('/api-', '/v1-4-0---api-')}`)
    expect(await health(state?.url ?? '')).toMatchObject({
      status: 200,
      version: '1.4.0',
      revision: first,
    })
  })

  it('a deploy with no_traffic gets 0 % and a tagged URL that serves the new version', async () => {
    const r = await job.deploy(service, images['1.5.0'] ?? '', {
      tag: 'v1-5-0',
      no_traffic: 'true',
    })
    const state = cloudRun.service(PROJECT, REGION, service)
    second = state?.latestCreatedRevisionName ?? ''
    expect(second).toMatch(/^api-00002-[a-z]{3}$/)
    expect(state?.serving).toBe(first)
    expect(state?.revisions.map(x => [x.name, x.percent, x.tags, x.version])).toEqual([
      [first, 100, ['v1-4-0'], '1.4.0'],
      [second, 0, ['v1-5-0'], '1.5.0'],
    ])
    expect(r.outputs.url).toMatch(/\/v1-5-0---api-/)
    expect(await health(r.outputs.url ?? '')).toMatchObject({ version: '1.5.0', revision: second })
    expect(await health(state?.url ?? '')).toMatchObject({ version: '1.4.0' })
    expect(cloudRun.calls.at(-1)?.stderr).toContain(
      `Service [api] revision [${second}] has been deployed and is serving 0 percent of traffic.`,
    )
  })

  it("the suite's dist/cloud-run records, locates and promotes; dist/smoke-check checks the tagged URL", async () => {
    const record = await job.cloudRunStep(service, { command: 'record' })
    expect(record.outputs['previous-revision']).toBe(first)
    const locate = await job.cloudRunStep(service, { command: 'locate', tag: 'v1-5-0' })
    expect(locate.outputs.revision).toBe(second)
    const smoke = await runAction(
      'smoke-check',
      {
        url: locate.outputs.url ?? '',
        'expected-version': '1.5.0',
        attempts: '2',
        'interval-seconds': '0',
      },
      { cwd: job.workspace },
    )
    expect(smoke.code).toBe(0)
    expect(smoke.outputs).toMatchObject({ ok: 'true', 'served-version': '1.5.0' })
    const promote = await job.cloudRunStep(service, { command: 'promote', revision: second })
    expect(promote.code).toBe(0)
    const state = cloudRun.service(PROJECT, REGION, service)
    expect(promote.outputs.url).toBe(state?.url)
    expect(state?.serving).toBe(second)
    expect(await health(state?.url ?? '')).toMatchObject({ version: '1.5.0' })
    expect(cloudRun.calls.at(-2)?.args).toEqual([
      'run',
      'services',
      'update-traffic',
      service,
      `--region=${REGION}`,
      `--project=${PROJECT}`,
      `--to-revisions=${second}=100`,
      '--quiet',
    ])
  })

  it('rolls back to the previous revision; a revision that serves the wrong version fails the smoke check', async () => {
    cloudRun.behave({ revision: second }, { version: '1.4.9' })
    const tagUrl =
      cloudRun.service(PROJECT, REGION, service)?.traffic.find(t => t.tag === 'v1-5-0')?.url ?? ''
    const smoke = await runAction(
      'smoke-check',
      { url: tagUrl, 'expected-version': '1.5.0', attempts: '2', 'interval-seconds': '0' },
      { cwd: job.workspace },
    )
    expect(smoke.code).toBe(1)
    expect(smoke.outputs['served-version']).toBe('1.4.9')
    const rollback = await job.cloudRunStep(service, { command: 'rollback', revision: first })
    expect(rollback.outputs['rolled-back-to']).toBe(first)
    expect(cloudRun.servingRevision(PROJECT, REGION, service)).toBe(first)
    expect(await health(cloudRun.service(PROJECT, REGION, service)?.url ?? '')).toMatchObject({
      version: '1.4.0',
    })
  })

  it('splits traffic as gcloud computes it, and the service URL follows the split', async () => {
    const r = await job.gcloud(
      'run',
      'services',
      'update-traffic',
      service,
      `--to-revisions=${second}=25`,
      '--region',
      REGION,
      '--format=json',
    )
    expect(r.code).toBe(0)
    const pairs = JSON.parse(r.stdout) as {
      revisionName: string
      statusPercent: string
      urls: string[]
    }[]
    expect(pairs.map(p => [p.revisionName, p.statusPercent])).toEqual(
      [
        [first, '75'],
        [second, '25'],
      ].sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1)),
    )
    cloudRun.behave({ revision: second }, {})
    const url = cloudRun.service(PROJECT, REGION, service)?.url ?? ''
    const served = await Promise.all(Array.from({ length: 8 }, () => health(url)))
    expect(served.filter(s => s.revision === second)).toHaveLength(2)
    const over = await job.gcloud(
      'run',
      'services',
      'update-traffic',
      service,
      `--to-revisions=${second}=60,${first}=60`,
      '--region',
      REGION,
    )
    expect(over.code).toBe(1)
    expect(over.stderr).toContain(
      'ERROR: (gcloud.run.services.update-traffic) Over 100% of traffic is specified.',
    )
    expect(
      (
        await job.gcloud(
          'run',
          'services',
          'update-traffic',
          service,
          '--to-tags=v1-4-0=100',
          '--region',
          REGION,
        )
      ).code,
    ).toBe(0)
    expect(cloudRun.servingRevision(PROJECT, REGION, service)).toBe(first)
  })

  it('refuses an image the registry does not have, and leaves the traffic where it was', async () => {
    const missing = `${registry.host}/demo/api@sha256:${'9'.repeat(64)}`
    const failure = await job
      .deploy(service, missing, { tag: 'v1-6-0', no_traffic: 'true' })
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StepFailure)
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^google-github-actions/deploy-cloudrun failed with: failed to deploy: Deploying container to Cloud Run service \\[api\\] in project \\[${PROJECT}\\] region \\[${REGION}\\][^]*ERROR: \\(gcloud\\.run\\.deploy\\) Revision 'api-\\d{5}-[a-z]{3}' is not ready and cannot serve traffic\\. Image '${missing.replace(/[.]/g, '\\.')}' not found\\.\\n, full command:\\n\\tgcloud run deploy api`,
      ),
    )
    const state = cloudRun.service(PROJECT, REGION, service)
    expect(state?.serving).toBe(first)
    expect(state?.latestReadyRevisionName).toBe(second)
    expect(state?.revisions.at(-1)).toMatchObject({ ready: false, image: missing })
    const ghcr = await job.gcloud(
      'run',
      'deploy',
      service,
      '--image',
      'ghcr.io/octo/api:1.6.0',
      '--region',
      REGION,
    )
    expect(ghcr.code).toBe(1)
    expect(ghcr.stderr).toContain(
      'ERROR: (gcloud.run.deploy) spec.template.spec.containers[0].image: Expected an image path like [host/]repo-path[:tag and/or @digest], where host is one of [region.]gcr.io, [region-]docker.pkg.dev or docker.io but obtained ghcr.io/octo/api:1.6.0',
    )
  })
})

describe('the stand-in gcloud on its own', () => {
  let job: Job
  const gcloudDir = tempDir('ra-gcloud-')
  beforeAll(async () => {
    job = new Job()
    await job.auth()
    writeGcloudStandIn(gcloudDir, cloudRun)
    job.path.unshift(gcloudDir)
  })

  it("fails with gcloud's words: a missing service, bad flags, no credentials, no project", async () => {
    const missing = await job.gcloud(
      'run',
      'services',
      'describe',
      'nope',
      `--region=${REGION}`,
      '--format=json',
      '--quiet',
    )
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'ERROR: (gcloud.run.services.describe) Cannot find service [nope]\n',
    })
    const record = await job.cloudRunStep('nope', { command: 'record' })
    expect(record.code).toBe(0)
    expect(record.outputs['previous-revision']).toBe('')
    const bad = await job.gcloud(
      'run',
      'deploy',
      'api',
      '--image',
      images['1.4.0'] ?? '',
      '--traffic-split=5',
      `--region=${REGION}`,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      'ERROR: (gcloud.run.deploy) unrecognized arguments: --traffic-split=5',
    )
    const noCreds = await exec(
      'gcloud',
      ['run', 'services', 'list', `--region=${REGION}`, `--project=${PROJECT}`],
      {
        env: { PATH: `${gcloudDir}:${process.env.PATH ?? ''}`, HOME: tempDir('ra-home-') },
        okCodes: [1],
      },
    )
    expect(noCreds.stderr).toMatch(
      /^ERROR: \(gcloud\.run\.services\.list\) You do not currently have an active account selected\./,
    )
    const gone = await exec('gcloud', ['run', 'services', 'list', `--region=${REGION}`], {
      env: { ...job.stepEnv(), CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: '/nonexistent.json' },
      okCodes: [1],
    })
    expect(gone.stderr).toContain(
      'Failed to load credential file: [/nonexistent.json].  File /nonexistent.json was not found.',
    )
    const noProject = await exec('gcloud', ['run', 'services', 'list', `--region=${REGION}`], {
      env: { ...job.stepEnv(), CLOUDSDK_CORE_PROJECT: '' },
      okCodes: [1],
    })
    expect(noProject.stderr).toContain('The required property [project] is not currently set.')
  })

  it('refuses --no-traffic for a new service, as Cloud Run does (deploy-demo relies on it)', async () => {
    const r = await job
      .deploy('fresh', images['1.4.0'] ?? '', { no_traffic: 'true' })
      .catch((e: unknown) => e)
    expect((r as Error).message).toContain(
      'Deployment failed\nERROR: (gcloud.run.deploy) --no-traffic not supported when creating a new service.\n',
    )
    expect(cloudRun.service(PROJECT, REGION, 'fresh')).toBeUndefined()
  })

  it('follows an image index to linux/amd64, and lists revisions', async () => {
    const amd64 = await pushImage(registry, 'demo/multi', {
      labels: { 'org.opencontainers.image.version': '2.0.0' },
    })
    const arm64 = await pushImage(registry, 'demo/multi', {
      labels: { 'org.opencontainers.image.version': 'arm' },
    })
    const manifest = async (digest: string) =>
      (
        await fetch(`${registry.url}/v2/demo/multi/manifests/${digest}`, {
          method: 'HEAD',
          headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
        })
      ).headers.get('content-length')
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: arm64,
          size: Number(await manifest(arm64)),
          platform: { os: 'linux', architecture: 'arm64' },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: amd64,
          size: Number(await manifest(amd64)),
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    })
    const put = await fetch(`${registry.url}/v2/demo/multi/manifests/2.0.0`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/vnd.oci.image.index.v1+json' },
      body: index,
    })
    expect(put.status).toBe(201)
    const r = await job.gcloud(
      'run',
      'deploy',
      'multi',
      '--image',
      `${registry.host}/demo/multi:2.0.0`,
      `--region=${REGION}`,
      '--format=value(status.url)',
    )
    expect(r.code).toBe(0)
    expect(await health(r.stdout.trim())).toMatchObject({ version: '2.0.0' })
    const list = await job.gcloud(
      'run',
      'revisions',
      'list',
      '--service=multi',
      `--region=${REGION}`,
      '--format=json',
    )
    expect(
      (JSON.parse(list.stdout) as { metadata: { name: string } }[]).map(x => x.metadata.name),
    ).toEqual([cloudRun.service(PROJECT, REGION, 'multi')?.latestReadyRevisionName])
  })
})
