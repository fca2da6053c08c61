/**
 * The Sigstore peers of the workflow runner: the local OIDC issuer, the local Fulcio, Rekor and
 * timestamp authority, the stand-in of actions/attest signing for real against them and storing
 * through the local GitHub API (and, with push-to-registry, in a real registry), and the stand-in
 * `gh attestation verify` verifying what it made, and refusing what it must refuse.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exec } from '../../packages/process/index.ts'
import { FakeGitHub } from '../peers/github-api.ts'
import { pushImage, startRegistry, type TestRegistry } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { attest } from '../peers/attest.ts'
import { writeGhStandIn } from '../peers/gh.ts'
import {
  githubClaims,
  requestIdToken,
  startOidcIssuer,
  type GitHubOidcClaims,
  type OidcIssuer,
} from '../peers/oidc.ts'
import { startSigstore, type Sigstore } from '../peers/sigstore.ts'
import type { Permissions, StepIO } from '../peers/workflow/stand-in.ts'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const WORKFLOW = 'octo/app/.github/workflows/release.yml'

let oidc: OidcIssuer
let sigstore: Sigstore
let api: FakeGitHub
let gh: string

beforeAll(async () => {
  oidc = await startOidcIssuer()
  sigstore = await startSigstore({ oidc })
  api = await FakeGitHub.start()
  gh = writeGhStandIn(tempDir('ra-gh-bin-'), { api, sigstore })
})
afterAll(async () => {
  await Promise.all([sigstore.stop(), oidc.stop(), api.stop()])
  cleanupTempDirs()
})

interface FakeStep extends StepIO {
  logs: string[]
  warnings: string[]
  outputs: Record<string, string>
  summary: string[]
  secrets: string[]
}

/** A step of a job of octo/app, as the runner hands it to a stand-in (action.yml defaults applied). */
function step({
  inputs = {},
  claims = githubClaims({ repository: 'octo/app', ref: 'refs/tags/v1.2.0', sha: SHA }),
  issuer = oidc,
  idToken = true,
  visibility = 'public',
  permissions = { contents: 'read', 'id-token': 'write', attestations: 'write' },
  env = {},
}: {
  inputs?: Record<string, string>
  claims?: GitHubOidcClaims
  issuer?: OidcIssuer
  idToken?: boolean
  visibility?: string
  permissions?: Permissions
  env?: Record<string, string>
} = {}): FakeStep {
  const workspace = tempDir('ra-ws-')
  const runnerTemp = tempDir('ra-runner-temp-')
  const home = tempDir('ra-home-')
  const job = idToken ? issuer.register(claims) : undefined
  const io: FakeStep = {
    inputs: {
      'push-to-registry': 'false',
      'create-storage-record': 'true',
      'show-summary': 'true',
      'github-token': api.token,
      ...inputs,
    },
    env: {
      GITHUB_REPOSITORY: claims.repository,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      HOME: home,
      ...(job
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken,
          }
        : {}),
      ...env,
    },
    workspace,
    runnerTemp,
    github: {
      repository: claims.repository,
      server_url: 'https://github.com',
      api_url: api.url,
      token: api.token,
      event: { repository: { full_name: claims.repository, visibility } },
    },
    permissions,
    logs: [],
    warnings: [],
    outputs: {},
    summary: [],
    secrets: [],
    log: text => io.logs.push(text),
    warning: message => io.warnings.push(message),
    setOutput: (name, value) => (io.outputs[name] = value),
    addPath: () => undefined,
    exportVariable: () => undefined,
    appendSummary: markdown => io.summary.push(markdown),
    setSecret: value => io.secrets.push(value),
  }
  return io
}

function files(io: StepIO, contents: Record<string, string>): Record<string, string> {
  const digests: Record<string, string> = {}
  for (const [name, text] of Object.entries(contents)) {
    writeFileSync(path.join(io.workspace, name), text)
    digests[name] = createHash('sha256').update(text).digest('hex')
  }
  return digests
}

async function verify(
  args: string[],
  { cwd, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
) {
  const r = await exec(gh, ['attestation', 'verify', ...args], {
    ...(cwd ? { cwd } : {}),
    env: { PATH: process.env.PATH ?? '', GH_TOKEN: api.token, GH_FORCE_TTY: '1', ...env },
    okCodes: [0, 1, 4],
  })
  return { ...r, output: r.stdout + r.stderr }
}

interface Statement {
  subject: { name: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: {
    buildDefinition: {
      externalParameters: { workflow: { ref: string; repository: string; path: string } }
      internalParameters: { github: Record<string, string> }
      resolvedDependencies: { uri: string; digest: { gitCommit: string } }[]
    }
    runDetails: { builder: { id: string }; metadata: { invocationId: string } }
  }
}

function statementOf(bundlePath: string): Statement {
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
    dsseEnvelope: { payload: string }
  }
  return JSON.parse(
    Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as Statement
}

describe('the OIDC issuer', () => {
  it('issues GitHub-shaped tokens to a registered job, and refuses a wrong request token', async () => {
    const claims = githubClaims({ repository: 'octo/app', ref: 'refs/heads/main', sha: SHA })
    const job = oidc.register(claims)
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken,
    }
    const token = await requestIdToken(env, 'sigstore')
    const verified = await oidc.verify(token, 'sigstore')
    expect(verified).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sigstore',
      sub: 'repo:octo/app:ref:refs/heads/main',
      ref: 'refs/heads/main',
      sha: SHA,
      job_workflow_ref: `${WORKFLOW}@refs/heads/main`,
      runner_environment: 'github-hosted',
    })
    expect(Number(verified.exp) - Number(verified.iat)).toBe(300)
    // Without an audience, GitHub's default: the owner's URL.
    expect(await oidc.verify(await requestIdToken(env), 'https://github.com/octo')).toBeTruthy()
    // A different job's request token is refused; so is a missing request URL.
    await expect(
      requestIdToken({ ...env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-token' }, 'sigstore'),
    ).rejects.toThrow('Error Code : 401')
    await expect(requestIdToken({}, 'sigstore')).rejects.toThrow(
      'Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    )
    const discovery = (await (
      await fetch(`${oidc.url}/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string }
    expect(discovery.issuer).toBe('https://token.actions.githubusercontent.com')
    expect(((await (await fetch(discovery.jwks_uri)).json()) as { keys: unknown[] }).keys).toEqual(
      oidc.jwks.keys,
    )
    // Tokens of another issuer (same iss, other keys) do not verify here.
    const other = await startOidcIssuer()
    await expect(oidc.verify(await other.token(claims, 'sigstore'), 'sigstore')).rejects.toThrow()
    await other.stop()
  })

  it('is what Fulcio trusts: a token from a different issuer is refused', async () => {
    const other = await startOidcIssuer()
    const claims = githubClaims({ repository: 'octo/app', ref: 'refs/tags/v1.2.0', sha: SHA })
    const r = await fetch(`${sigstore.fulcioURL}/api/v2/signingCert`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        credentials: { oidcIdentityToken: await other.token(claims, 'sigstore') },
        publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: '' }, proofOfPossession: '' },
      }),
    })
    expect(r.status).toBe(401)
    expect(await r.json()).toEqual({
      code: 16,
      message: 'There was an error processing the identity token',
    })
    // And actions/attest, given the other issuer's job, fails where it asks for the certificate.
    const io = step({
      issuer: other,
      inputs: { 'subject-digest': `sha256:${'a'.repeat(64)}`, 'subject-name': 'x' },
    })
    io.inputs['predicate-type'] = 'https://example.com/custom/v1'
    io.inputs.predicate = '{}'
    await expect(attest(io, { api, sigstore })).rejects.toThrow(
      'InternalError: error creating signing certificate',
    )
    expect(api.attestations).toHaveLength(0)
    await other.stop()
  })
})

describe('actions/attest', () => {
  it('signs SLSA provenance for the subjects of a checksums file, with the ref and sha of the token', async () => {
    // workflow_dispatch on main, building the tag: the provenance records what the token says.
    const claims = githubClaims({
      repository: 'octo/app',
      ref: 'refs/heads/main',
      sha: SHA,
      eventName: 'workflow_dispatch',
      runId: 4242,
      runAttempt: 2,
    })
    const io = step({ claims, env: { GITHUB_REF: 'refs/tags/v1.2.0' } })
    const digests = files(io, {
      'app-linux.tar.gz': 'linux build',
      'app-darwin.tar.gz': 'darwin build',
    })
    writeFileSync(
      path.join(io.workspace, 'checksums.txt'),
      Object.entries(digests)
        .map(([name, d]) => `${d}  ${name}\n`)
        .join(''),
    )
    io.inputs['subject-checksums'] = 'checksums.txt'
    await attest(io, { api, sigstore })

    const bundlePath = io.outputs['bundle-path'] ?? ''
    expect(path.dirname(path.dirname(bundlePath))).toBe(io.runnerTemp)
    expect(readFileSync(bundlePath, 'utf8').endsWith('}\n')).toBe(true)
    const id = io.outputs['attestation-id'] ?? ''
    expect(io.outputs['attestation-url']).toBe(`https://github.com/octo/app/attestations/${id}`)
    expect(io.summary.join('')).toContain(`<h3>Attestation Created</h3>`)
    expect(readFileSync(path.join(io.runnerTemp, 'created_attestation_paths.txt'), 'utf8')).toBe(
      `${bundlePath}\n`,
    )
    expect(io.logs).toContain('Attestation type: Build Provenance')
    expect(io.logs).toContain('Attestation created for 2 subjects')
    expect(io.logs.some(l => l.startsWith('https://search.sigstore.dev?logIndex='))).toBe(true)
    expect(io.secrets.length).toBeGreaterThan(0)

    const statement = statementOf(bundlePath)
    expect(statement.subject).toEqual([
      { name: 'app-linux.tar.gz', digest: { sha256: digests['app-linux.tar.gz'] } },
      { name: 'app-darwin.tar.gz', digest: { sha256: digests['app-darwin.tar.gz'] } },
    ])
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/octo/app',
      path: '.github/workflows/release.yml',
    })
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/octo/app@refs/heads/main', digest: { gitCommit: SHA } },
    ])
    expect(statement.predicate.buildDefinition.internalParameters.github.event_name).toBe(
      'workflow_dispatch',
    )
    expect(statement.predicate.runDetails).toEqual({
      builder: { id: `https://github.com/${WORKFLOW}@refs/heads/main` },
      metadata: { invocationId: 'https://github.com/octo/app/actions/runs/4242/attempts/2' },
    })
    const stored = api.attestationsOf('octo/app', `sha256:${digests['app-linux.tar.gz']}`)
    expect(stored.map(a => String(a.id))).toEqual([id])
    expect(sigstore.issued.at(-1)).toMatchObject({
      instance: 'public-good',
      subjectAlternativeName: `https://github.com/${WORKFLOW}@refs/heads/main`,
    })
    expect(api.violations).toEqual([])

    // gh verifies each file, with the repository, the signer workflow and the source ref.
    const ok = await verify(
      [
        'app-linux.tar.gz',
        '--repo',
        'octo/app',
        '--signer-workflow',
        WORKFLOW,
        '--source-ref',
        'refs/heads/main',
        '--source-digest',
        SHA,
      ],
      { cwd: io.workspace },
    )
    expect(ok.code, ok.output).toBe(0)
    expect(ok.output).toContain(
      `Loaded digest sha256:${digests['app-linux.tar.gz']} for file://app-linux.tar.gz`,
    )
    expect(ok.output).toContain('Loaded 1 attestation from GitHub API')
    expect(ok.output).toContain('✓ Verification succeeded!')
    expect(ok.output).toContain(
      '  - Signer workflow: .github/workflows/release.yml@refs/heads/main',
    )
    const json = await verify(['app-darwin.tar.gz', '--owner', 'octo', '--format', 'json'], {
      cwd: io.workspace,
      env: { GH_FORCE_TTY: '' },
    })
    expect(json.code, json.output).toBe(0)
    expect(json.stderr).toBe('')
    const results = JSON.parse(json.stdout) as {
      verificationResult: { signature: { certificate: Record<string, string> } }
    }[]
    expect(results[0]?.verificationResult.signature.certificate).toMatchObject({
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryDigest: SHA,
      buildTrigger: 'workflow_dispatch',
      runInvocationURI: 'https://github.com/octo/app/actions/runs/4242/attempts/2',
      issuer: 'https://token.actions.githubusercontent.com',
    })

    // What it must refuse: the tag as the source ref, another repository, another signer
    // workflow, another predicate type, a file whose digest no attestation has, a tampered bundle.
    const cwd = io.workspace
    const refused = async (args: string[], message: string) => {
      const r = await verify(args, { cwd })
      expect(r.code, r.output).toBe(1)
      expect(r.output).toContain(message)
    }
    await refused(
      ['app-linux.tar.gz', '--repo', 'octo/app', '--source-ref', 'refs/tags/v1.2.0'],
      'Error: expected SourceRepositoryRef to be refs/tags/v1.2.0, got refs/heads/main',
    )
    await refused(['app-linux.tar.gz', '--repo', 'octo/other'], 'no attestations found')
    await refused(
      [
        'app-linux.tar.gz',
        '--owner',
        'octo',
        '--cert-identity-regex',
        '^https://github.com/octo/other/',
      ],
      'Error: verifying with issuer "sigstore.dev"',
    )
    await refused(
      [
        'app-linux.tar.gz',
        '--repo',
        'octo/app',
        '--signer-workflow',
        'octo/app/.github/workflows/other.yml',
      ],
      'Error: verifying with issuer "sigstore.dev"',
    )
    await refused(
      [
        'app-linux.tar.gz',
        '--repo',
        'octo/app',
        '--predicate-type',
        'https://spdx.dev/Document/v2.3',
      ],
      `✗ No attestations found for subject sha256:${digests['app-linux.tar.gz']}`,
    )
    writeFileSync(path.join(cwd, 'app-linux.tar.gz'), 'tampered build')
    await refused(['app-linux.tar.gz', '--repo', 'octo/app'], 'no attestations found')
    // The bundle itself, offline: a file it does not name, and a payload that was changed.
    await refused(
      ['app-linux.tar.gz', '--repo', 'octo/app', '--bundle', bundlePath],
      'Error: verifying with issuer "sigstore.dev"',
    )
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
      dsseEnvelope: { payload: string }
    }
    const forged = statementOf(bundlePath)
    forged.predicate.buildDefinition.externalParameters.workflow.ref = 'refs/tags/v1.2.0'
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(forged)).toString('base64')
    writeFileSync(path.join(cwd, 'forged.json'), JSON.stringify(bundle))
    await refused(
      ['app-darwin.tar.gz', '--repo', 'octo/app', '--bundle', 'forged.json'],
      'Error: verifying with issuer "sigstore.dev"',
    )
    const offline = await verify(
      ['app-darwin.tar.gz', '--repo', 'octo/app', '--bundle', bundlePath],
      {
        cwd,
        env: { GH_TOKEN: '' },
      },
    )
    expect(offline.code, offline.output).toBe(0)
  })

  it('signs with GitHub’s instance (a signed timestamp, no transparency log) for a private repository, and attests an SBOM', async () => {
    const io = step({ visibility: 'private' })
    const digests = files(io, {
      'app.tar.gz': 'private build',
      'sbom.spdx.json': JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'app',
        packages: [],
      }),
    })
    io.inputs['subject-path'] = 'app.tar.gz'
    io.inputs['sbom-path'] = 'sbom.spdx.json'
    await attest(io, { api, sigstore })
    expect(io.logs).toContain('Attestation type: SBOM')
    expect(io.logs).toContain(`Attestation created for app.tar.gz@sha256:${digests['app.tar.gz']}`)
    expect(io.logs.some(l => l.includes('Rekor'))).toBe(false)
    const bundle = JSON.parse(readFileSync(io.outputs['bundle-path'] ?? '', 'utf8')) as {
      verificationMaterial: {
        tlogEntries?: unknown[]
        timestampVerificationData: { rfc3161Timestamps: unknown[] }
      }
    }
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    expect(statementOf(io.outputs['bundle-path'] ?? '').predicateType).toBe(
      'https://spdx.dev/Document/v2.3',
    )
    const r = await verify(
      ['app.tar.gz', '--repo', 'octo/app', '--predicate-type', 'https://spdx.dev/Document/v2.3'],
      { cwd: io.workspace },
    )
    expect(r.code, r.output).toBe(0)
    expect(r.output).toContain('✓ Verification succeeded!')
    // No provenance was made for it.
    const none = await verify(['app.tar.gz', '--repo', 'octo/app'], { cwd: io.workspace })
    expect(none.code).toBe(1)
    expect(none.output).toContain(
      'Error: failed to fetch attestations from octo/app: no attestations found',
    )
  })

  it('checks its inputs and permissions the way the action does', async () => {
    const failure = async (io: FakeStep, message: string) => {
      await expect(attest(io, { api, sigstore })).rejects.toThrow(message)
    }
    const before = api.attestations.length
    await failure(
      step({ idToken: false, inputs: { 'subject-path': 'x' } }),
      'Error: missing "id-token" permission. Please add "permissions: id-token: write" to your workflow.',
    )
    await failure(
      step({ inputs: { 'subject-path': 'x', 'subject-checksums': 'y' } }),
      'Error: Only one of subject-path, subject-digest, or subject-checksums may be provided',
    )
    await failure(
      step(),
      'Error: One of subject-path, subject-digest, or subject-checksums must be provided',
    )
    await failure(
      step({ inputs: { 'subject-digest': `sha256:${'a'.repeat(64)}` } }),
      'Error: subject-name must be provided when using subject-digest',
    )
    await failure(
      step({ inputs: { 'subject-digest': 'sha256:abc', 'subject-name': 'x' } }),
      'Error: subject-digest has invalid length for algorithm "sha256" (expected 64, got 3)',
    )
    await failure(
      step({ inputs: { 'subject-checksums': 'zz  a.bin' } }),
      'Error: Invalid digest: zz',
    )
    await failure(
      step({ inputs: { 'subject-path': 'dist/*.zip' } }),
      'Error: Could not find subject at path dist/*.zip',
    )
    await failure(
      step({ inputs: { 'subject-path': 'x', 'sbom-path': 's', 'predicate-type': 'p' } }),
      'Error: Cannot specify sbom-path together with predicate-type, predicate, or predicate-path',
    )
    await failure(
      step({ inputs: { 'subject-path': 'x', 'push-to-registry': 'yes' } }),
      'TypeError: Input does not meet YAML 1.2 "Core Schema" specification: push-to-registry',
    )
    const noWrite = step({
      inputs: { 'subject-digest': `sha256:${'b'.repeat(64)}`, 'subject-name': 'b.bin' },
      permissions: { contents: 'read', 'id-token': 'write' },
    })
    await failure(
      noWrite,
      'Error: Failed to persist attestation: Resource not accessible by integration - https://docs.github.com/rest/repos/attestations#create-an-attestation',
    )
    expect(noWrite.outputs['bundle-path']).toBeTruthy()
    expect(api.attestations.length).toBe(before)
  })

  it('globs subject-path as @actions/glob does: directories, dotfiles, exclusions', async () => {
    const io = step()
    mkdirSync(path.join(io.workspace, 'dist', 'sub'), { recursive: true })
    files(io, {
      'dist/a.tar.gz': 'a',
      'dist/.hidden': 'h',
      'dist/sub/b.tar.gz': 'b',
      'dist/sub/notes.txt': 'n',
    })
    io.inputs['subject-path'] = 'dist\n!dist/sub/*.txt'
    io.inputs['predicate-type'] = 'https://example.com/custom/v1'
    io.inputs.predicate = '{"ok":true}'
    await attest(io, { api, sigstore })
    const statement = statementOf(io.outputs['bundle-path'] ?? '')
    expect(statement.subject.map(s => s.name).sort()).toEqual(['.hidden', 'a.tar.gz', 'b.tar.gz'])
    expect(statement.predicate).toEqual({ ok: true })
  })
})

describe('actions/attest with push-to-registry', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry.stop()
  })

  function dockerLogin(io: StepIO): void {
    mkdirSync(path.join(io.env.HOME ?? '', '.docker'), { recursive: true })
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
    writeFileSync(
      path.join(io.env.HOME ?? '', '.docker', 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth } } }),
    )
  }

  it('attaches the bundle to the image (referrers tag schema) and verifies by image digest', async () => {
    const digest = await pushImage(registry, 'octo/app', { tag: 'v1.2.0' })
    const image = `${registry.host}/octo/app`
    const io = step({
      inputs: { 'subject-name': image, 'subject-digest': digest, 'push-to-registry': 'true' },
      permissions: { 'id-token': 'write', attestations: 'write', 'artifact-metadata': 'write' },
    })
    dockerLogin(io)
    await attest(io, { api, sigstore, registry })
    const attached =
      io.logs[io.logs.indexOf('\x1B[36mAttestation uploaded to registry\x1B[39m') + 1]
    expect(attached).toMatch(new RegExp(`^${image}@sha256:[0-9a-f]{64}$`))
    const artifactDigest = attached?.split('@')[1] ?? ''

    const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
    const get = async (ref: string) => {
      const r = await fetch(`${registry.url}/v2/octo/app/manifests/${ref}`, {
        headers: {
          Authorization: basic,
          Accept:
            'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json',
        },
      })
      expect(r.status).toBe(200)
      return (await r.json()) as Record<string, unknown>
    }
    const index = (await get(digest.replace(':', '-'))) as {
      mediaType: string
      manifests: { digest: string; artifactType: string; annotations: Record<string, string> }[]
    }
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests).toHaveLength(1)
    expect(index.manifests[0]).toMatchObject({
      digest: artifactDigest,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      },
    })
    const manifest = (await get(artifactDigest)) as {
      subject: { digest: string }
      layers: { mediaType: string; digest: string }[]
    }
    expect(manifest.subject.digest).toBe(digest)
    expect(manifest.layers[0]?.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')

    // The organization's storage record, with artifact-metadata: write.
    expect(io.warnings).toEqual([])
    expect(api.storageRecords.at(-1)).toMatchObject({
      name: image,
      digest,
      registry_url: `https://${registry.host}`,
    })
    expect(Number(io.outputs['storage-record-ids'])).toBe(api.storageRecords.at(-1)?.id)

    const r = await verify([`oci://${image}@${digest}`, '--repo', 'octo/app'], {
      env: { HOME: io.env.HOME ?? '' },
    })
    expect(r.code, r.output).toBe(0)
    expect(r.output).toContain(`Loaded digest ${digest} for oci://${image}@${digest}`)
    const byTag = await verify([`oci://${image}:v1.2.0`, '--repo', 'octo/app'], {
      env: { HOME: io.env.HOME ?? '' },
    })
    expect(byTag.code, byTag.output).toBe(0)
    expect(api.violations).toEqual([])
  })

  it('warns about the storage record only for an organization without artifact-metadata: write', async () => {
    const digest = await pushImage(registry, 'octo/app')
    const image = `${registry.host}/octo/app`
    const inputs = { 'subject-name': image, 'subject-digest': digest, 'push-to-registry': 'true' }
    const records = api.storageRecords.length

    const org = step({ inputs })
    dockerLogin(org)
    await attest(org, { api, sigstore, registry })
    expect(org.warnings).toEqual([
      'Failed to create storage record: Error: Failed to persist storage record: Resource not accessible by integration - https://docs.github.com/rest/orgs/artifact-metadata#create-an-artifact-metadata-storage-record',
      'Please check that the "artifact-metadata:write" permission has been included',
    ])

    api.repoSettings.set('solo/app', { ownerType: 'User' })
    const user = step({
      inputs: { ...inputs, 'subject-name': image },
      claims: githubClaims({ repository: 'solo/app', ref: 'refs/tags/v1.0.0', sha: SHA }),
    })
    dockerLogin(user)
    await attest(user, { api, sigstore, registry })
    expect(user.warnings).toEqual([])
    expect(api.storageRecords.length).toBe(records)
    expect(api.requests.filter(q => q.operationId === 'repos/get').map(q => q.path)).toContain(
      '/repos/solo/app',
    )

    // Without registry credentials, the action fails as @sigstore/oci does.
    const anonymous = step({ inputs })
    await expect(attest(anonymous, { api, sigstore, registry })).rejects.toThrow(
      `Error: No credential file found at ${path.join(anonymous.env.HOME ?? '', '.docker', 'config.json')}`,
    )
    // Two subjects cannot be pushed.
    const two = step({
      inputs: {
        'subject-checksums': `${'a'.repeat(64)}  a\n${'b'.repeat(64)}  b\n`,
        'push-to-registry': 'true',
      },
    })
    await expect(attest(two, { api, sigstore, registry })).rejects.toThrow(
      'Error: push-to-registry requires exactly one subject but 2 subjects were resolved',
    )
    expect(api.violations).toEqual([])
  })
})

describe('the stand-in gh', () => {
  it('rejects flags and arguments as gh does', async () => {
    const cwd = tempDir('ra-gh-cwd-')
    writeFileSync(path.join(cwd, 'a.bin'), 'a')
    const unknown = await verify(['a.bin', '--repo', 'octo/app', '--frobnicate'], { cwd })
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('unknown flag: --frobnicate')
    expect(unknown.stderr).toContain('Usage:  gh attestation verify')
    const both = await verify(['a.bin', '--repo', 'octo/app', '--owner', 'octo'], { cwd })
    expect(both.stderr).toContain(
      'if any flags in the group [owner repo] are set none of the others can be; [owner repo] were all set',
    )
    const neither = await verify(['a.bin'], { cwd })
    expect(neither.stderr).toContain(
      'at least one of the flags in the group [owner repo] is required',
    )
    const noArg = await verify(['--repo', 'octo/app'], { cwd })
    expect(noArg.stderr).toContain(
      'must specify file path or container image URI, as well as one of --owner or --repo',
    )
    const badRepo = await verify(['a.bin', '--repo', 'octo'], { cwd })
    expect(badRepo.stderr).toContain('invalid value provided for repo: octo')
    const noToken = await verify(['a.bin', '--repo', 'octo/app'], { cwd, env: { GH_TOKEN: '' } })
    expect(noToken.code).toBe(4)
    const missing = await verify(['nope.bin', '--repo', 'octo/app'], { cwd })
    expect(missing.code).toBe(1)
    expect(missing.output).toContain('✗ Loading digest for nope.bin failed')
    expect(missing.output).toContain(
      'Error: failed to get open local artifact: open nope.bin: no such file or directory',
    )
  })
})
