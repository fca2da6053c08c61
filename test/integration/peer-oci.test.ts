/**
 * The container peers of the workflow runner: the stand-ins of docker/login-action,
 * setup-qemu-action, setup-buildx-action and build-push-action against real registries on
 * 127.0.0.1 (anonymous, htpasswd and token auth), the registry read tools, and the faulty proxy.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import {
  buildPush,
  dockerLogin,
  dockerLoginPost,
  getList,
  setupBuildx,
  setupBuildxPost,
  setupQemu,
} from '../peers/oci-build.ts'
import {
  imageConfig,
  listTags,
  readBlob,
  readManifest,
  startFaultyProxy,
  type FaultyProxy,
} from '../peers/registry-tools.ts'
import { StepFailure, type StepIO } from '../peers/workflow/stand-in.ts'

interface FakeIO extends StepIO {
  outputs: Record<string, string>
  logs: string[]
  warnings: string[]
  secrets: string[]
}

/** A StepIO of one step of a job (jobs share nothing but what the test gives them). */
function fakeIO(
  inputs: Record<string, string>,
  job: { home: string; workspace: string; runnerTemp: string; env?: Record<string, string> },
): FakeIO {
  const io: FakeIO = {
    inputs,
    env: { HOME: job.home, ...job.env },
    workspace: job.workspace,
    runnerTemp: job.runnerTemp,
    github: {
      server_url: 'https://github.com',
      repository: 'octo/app',
      run_id: '42',
      run_attempt: '1',
      event: { repository: { private: false } },
    },
    permissions: { contents: 'read', packages: 'write' },
    outputs: {},
    logs: [],
    warnings: [],
    secrets: [],
    log: text => io.logs.push(text),
    warning: message => io.warnings.push(message),
    setOutput: (name, value) => (io.outputs[name] = value),
    addPath: () => undefined,
    exportVariable: () => undefined,
    appendSummary: () => undefined,
    setSecret: value => io.secrets.push(value),
  }
  return io
}

function newJob(env?: Record<string, string>) {
  return {
    home: tempDir('ra-home-'),
    workspace: tempDir('ra-ws-'),
    runnerTemp: tempDir('ra-rt-'),
    ...(env ? { env } : {}),
  }
}

type Job = ReturnType<typeof newJob>

const FAST = { retryBackoffMs: 5 }

function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

const DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'ARG NODE_VERSION=24',
  'FROM node:${NODE_VERSION}-alpine AS build',
  'WORKDIR /src',
  'COPY package.json ./',
  'COPY src/ ./src/',
  'RUN npm ci && \\',
  '    npm run build',
  '',
  'FROM scratch AS final',
  'ARG VERSION=dev',
  'ARG TARGETARCH',
  'LABEL org.opencontainers.image.version=$VERSION \\',
  '      arch="${TARGETARCH}"',
  'ENV APP_VERSION=${VERSION} MODE="production mode"',
  'WORKDIR /app',
  'COPY --from=build /src/src ./',
  'COPY README.md /docs/',
  'EXPOSE 8080',
  'USER 1000',
  'CMD ["node", "index.js"]',
  '',
].join('\n')

/** A checkout with a Dockerfile, and every mtime fixed (as one checkout has them). */
function checkout(job: Job, dockerfile = DOCKERFILE): void {
  writeTree(job.workspace, {
    Dockerfile: dockerfile,
    'package.json': '{"name":"app"}\n',
    'src/index.js': 'console.log("hi")\n',
    'src/lib/util.js': 'export {}\n',
    'README.md': '# app\n',
    'secret.env': 'TOKEN=x\n',
    '.dockerignore': 'secret.env\n',
  })
  const t = new Date('2026-01-02T03:04:05Z')
  for (const f of ['Dockerfile', 'package.json', 'src/index.js', 'src/lib/util.js', 'README.md'])
    utimesSync(path.join(job.workspace, f), t, t)
}

async function login(job: Job, registry: TestRegistry, password = registry.password) {
  const io = fakeIO({ registry: registry.host, username: registry.username, password }, job)
  await dockerLogin(io)
  return io
}

async function build(job: Job, inputs: Record<string, string>) {
  const io = fakeIO({ context: '.', provenance: 'false', sbom: 'false', ...inputs }, job)
  await buildPush(io, FAST)
  return io
}

let anonymous: TestRegistry
let basic: TestRegistry
let token: TestRegistry

beforeAll(async () => {
  ;[anonymous, basic, token] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: 'htpasswd' }),
    startRegistry({ auth: 'token' }),
  ])
})
afterAll(async () => {
  await Promise.all([anonymous.stop(), basic.stop(), token.stop()])
  cleanupTempDirs()
})

describe('input lists as @docker/actions-toolkit reads them', () => {
  it('splits newlines and commas, keeps commas with ignoreComma, honours quotes', () => {
    expect(getList('a,b\nc\n\n d ')).toEqual(['a', 'b', 'c', 'd'])
    expect(getList('k=a,b\nl=c', { ignoreComma: true })).toEqual(['k=a,b', 'l=c'])
    expect(getList('"x,y",z')).toEqual(['x,y', 'z'])
    expect(getList('')).toEqual([])
  })
})

describe('docker/login-action', () => {
  it('logs in to an htpasswd registry and writes the docker config', async () => {
    const job = newJob()
    const io = await login(job, basic)
    const config = JSON.parse(readFileSync(path.join(job.home, '.docker/config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>
    }
    expect(Buffer.from(config.auths[basic.host]?.auth ?? '', 'base64').toString()).toBe(
      `${basic.username}:${basic.password}`,
    )
    expect(io.secrets).toContain(basic.password)
    expect(io.logs).toContain('Login Succeeded!')
    await dockerLoginPost(fakeIO({ registry: basic.host }, job))
    expect(readFileSync(path.join(job.home, '.docker/config.json'), 'utf8')).not.toContain(
      basic.host,
    )
  })

  it('fails on a wrong password as docker does (Basic)', async () => {
    const job = newJob()
    await expect(login(job, basic, 'wrong')).rejects.toThrow(
      new StepFailure(
        `Error response from daemon: login attempt to ${basic.url}/v2/ failed with status: 401 Unauthorized`,
      ),
    )
  })

  it('logs in to a token registry, and fails there on a wrong password', async () => {
    const job = newJob({ DOCKER_CONFIG: '' })
    await login(job, token)
    const other = newJob()
    await expect(login(other, token, 'wrong')).rejects.toThrow(
      `Error response from daemon: Get "${token.url}/v2/": unauthorized: bad credentials`,
    )
  })

  it('requires username and password, and honours DOCKER_CONFIG', async () => {
    const job = newJob()
    await expect(dockerLogin(fakeIO({ registry: basic.host, password: 'x' }, job))).rejects.toThrow(
      'Username required',
    )
    await expect(dockerLogin(fakeIO({ registry: basic.host }, job))).rejects.toThrow(
      'Username and password required',
    )
    const dir = tempDir('ra-dockercfg-')
    const io = fakeIO(
      { registry: basic.host, username: basic.username, password: basic.password },
      { ...job, env: { DOCKER_CONFIG: dir } },
    )
    await dockerLogin(io)
    expect(readFileSync(path.join(dir, 'config.json'), 'utf8')).toContain(basic.host)
  })
})

describe('docker/setup-qemu-action and docker/setup-buildx-action', () => {
  it('sets the outputs their action.yml declares', async () => {
    const job = newJob()
    const qemu = fakeIO({ platforms: 'arm64' }, job)
    await setupQemu(qemu)
    expect(qemu.outputs).toEqual({
      platforms: 'linux/amd64,linux/amd64/v2,linux/amd64/v3,linux/arm64,linux/386',
    })
    const buildx = fakeIO({}, job)
    await setupBuildx(buildx)
    expect(Object.keys(buildx.outputs).sort()).toEqual(['driver', 'name', 'nodes', 'platforms'])
    expect(buildx.outputs.name).toMatch(/^builder-[0-9a-f-]{36}$/)
    expect(buildx.outputs.driver).toBe('docker-container')
    expect(buildx.outputs.platforms).toContain('linux/arm64')
    const nodes = JSON.parse(buildx.outputs.nodes ?? '') as { name: string; status: string }[]
    expect(nodes).toEqual([
      expect.objectContaining({ name: `${buildx.outputs.name}0`, status: 'running' }),
    ])
    await setupBuildxPost(buildx)
  })

  it('without setup-buildx, the docker driver refuses a multi-platform build', async () => {
    const job = newJob()
    checkout(job)
    await expect(build(job, { platforms: 'linux/amd64,linux/arm64' })).rejects.toThrow(
      'buildx failed with: Learn more at https://docs.docker.com/go/build-multi-platform/',
    )
  })
})

/** A job that has run setup-qemu, setup-buildx and a login to `registry`. */
async function readyJob(registry?: TestRegistry, env?: Record<string, string>): Promise<Job> {
  const job = newJob(env)
  checkout(job)
  await setupQemu(fakeIO({}, job))
  await setupBuildx(fakeIO({}, job))
  if (registry && registry.auth !== 'none') await login(job, registry)
  return job
}

describe('docker/build-push-action', () => {
  it('pushes a two-platform index whose manifests carry the labels', async () => {
    const job = await readyJob(token)
    const io = await build(job, {
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      tags: `${token.host}/octo/app:0.1.0\n${token.host}/octo/app:latest`,
      'build-args': 'VERSION=0.1.0',
      labels: 'org.opencontainers.image.source=https://github.com/octo/app',
    })
    const index = await readManifest(token, 'octo/app', '0.1.0')
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.json.manifests?.map(m => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' },
    ])
    expect(io.outputs.digest).toBe(index.digest)
    expect(io.outputs.imageid).toBe(index.digest)
    const metadata = JSON.parse(io.outputs.metadata ?? '{}') as Record<string, unknown>
    expect(metadata['containerimage.digest']).toBe(index.digest)
    expect(metadata['image.name']).toBe(
      `${token.host}/octo/app:0.1.0,${token.host}/octo/app:latest`,
    )
    expect(metadata['buildx.build.ref']).toMatch(/^builder-.+\/builder-.+0\/[a-z0-9]{25}$/)
    expect(await listTags(token, 'octo/app')).toEqual(
      new Map([
        ['0.1.0', index.digest],
        ['latest', index.digest],
      ]),
    )
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const config = await imageConfig(token, 'octo/app', 'latest', platform)
      expect(config.architecture).toBe(platform.split('/')[1])
      expect(config.config.Labels).toEqual({
        arch: platform.split('/')[1],
        'org.opencontainers.image.source': 'https://github.com/octo/app',
        'org.opencontainers.image.version': '0.1.0',
      })
      expect(config.config.Env).toEqual([
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'APP_VERSION=0.1.0',
        'MODE=production mode',
      ])
      expect(config.config).toMatchObject({
        WorkingDir: '/app',
        User: '1000',
        Cmd: ['node', 'index.js'],
        ExposedPorts: { '8080/tcp': {} },
      })
    }
  })

  it('writes layers that tar reads: the copied files, .dockerignore applied', async () => {
    const job = await readyJob()
    const io = await build(job, {
      push: 'true',
      tags: `${anonymous.host}/layers/app:1`,
      file: 'Dockerfile.flat',
    }).catch(() => undefined)
    expect(io).toBeUndefined() // no Dockerfile.flat yet
    writeFileSync(path.join(job.workspace, 'Dockerfile.flat'), 'FROM scratch\nCOPY . /ctx/\n')
    await build(job, {
      push: 'true',
      tags: `${anonymous.host}/layers/app:1`,
      file: 'Dockerfile.flat',
    })
    const manifest = await readManifest(anonymous, 'layers/app', '1')
    expect(manifest.json.layers).toHaveLength(1)
    const layer = manifest.json.layers?.[0]
    const gz = await readBlob(anonymous, 'layers/app', layer?.digest ?? '')
    const file = path.join(job.runnerTemp, 'layer.tar.gz')
    writeFileSync(file, gz)
    const listing = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' })
    expect(listing.status).toBe(0)
    expect(listing.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'ctx/',
      'ctx/.dockerignore',
      'ctx/Dockerfile',
      'ctx/Dockerfile.flat',
      'ctx/README.md',
      'ctx/package.json',
      'ctx/src/',
      'ctx/src/index.js',
      'ctx/src/lib/',
      'ctx/src/lib/util.js',
    ])
    const config = await imageConfig(anonymous, 'layers/app', '1')
    expect(config.rootfs.diff_ids).toHaveLength(1)
  })

  it('gives every build a new digest, unless SOURCE_DATE_EPOCH is set', async () => {
    const job = await readyJob(undefined, { SOURCE_DATE_EPOCH: '' })
    const tags = (t: string) => `${anonymous.host}/repro/app:${t}`
    const a = await build(job, { push: 'true', tags: tags('a') })
    const b = await build(job, { push: 'true', tags: tags('b') })
    expect(a.outputs.digest).not.toBe(b.outputs.digest)
    // the same context (same files, same mtimes): from the environment or as a build-arg
    job.env = { SOURCE_DATE_EPOCH: '1767225600' }
    const c = await build(job, { push: 'true', tags: tags('c') })
    job.env = {}
    const d = await build(job, {
      push: 'true',
      tags: tags('d'),
      'build-args': 'SOURCE_DATE_EPOCH=1767225600',
    })
    expect(c.outputs.digest).toBe(d.outputs.digest)
    expect(c.outputs.imageid).toBe(d.outputs.imageid)
    const config = await imageConfig(anonymous, 'repro/app', 'c')
    expect(config.created).toBe('2026-01-01T00:00:00Z')
    expect(new Set(config.history?.map(h => h.created))).toEqual(new Set(['2026-01-01T00:00:00Z']))
  })

  it('with rewrite-timestamp, two checkouts of the same files build the same image', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' }
    const outputs = 'type=image,push=true,rewrite-timestamp=true'
    const [one, two] = [await readyJob(undefined, env), await readyJob(undefined, env)]
    // a fresh checkout: its directories' mtimes are the checkout's time
    const later = new Date(Date.now() + 5000)
    utimesSync(path.join(two.workspace, 'src'), later, later)
    const tags = `${anonymous.host}/repro/rewrite:1`
    const x = await build(one, { outputs, tags })
    const y = await build(two, { outputs, tags })
    expect(x.outputs.digest).toBe(y.outputs.digest)
    const z = await build(two, { tags: `${anonymous.host}/repro/plain:1`, push: 'true' })
    expect(z.outputs.digest).not.toBe(x.outputs.digest) // without it, the mtimes are kept
  })

  it('fails on a missing Dockerfile, an unknown target and a missing COPY source as buildx does', async () => {
    const job = await readyJob()
    await expect(build(job, { file: 'nope/Dockerfile.x' })).rejects.toThrow(
      new StepFailure(
        'buildx failed with: ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.x: no such file or directory',
      ),
    )
    await expect(build(job, { target: 'release' })).rejects.toThrow(
      'buildx failed with: ERROR: failed to build: failed to solve: target stage "release" could not be found',
    )
    writeFileSync(path.join(job.workspace, 'Dockerfile'), 'FROM scratch\nCOPY dist/app /app\n')
    await expect(build(job, {})).rejects.toThrow(
      /^buildx failed with: ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-f-]+::[a-z0-9]+: "\/dist\/app": not found$/,
    )
    writeFileSync(path.join(job.workspace, 'Dockerfile'), 'FROM scratch\nCOPY secret.env /\n')
    await expect(build(job, {})).rejects.toThrow('"/secret.env": not found')
  })

  it('builds only the stages the target needs', async () => {
    const job = await readyJob()
    writeFileSync(
      path.join(job.workspace, 'Dockerfile'),
      'FROM scratch AS broken\nCOPY missing /\n\nFROM scratch AS ok\nCOPY README.md /\n',
    )
    const io = await build(job, { target: 'ok', push: 'true', tags: `${anonymous.host}/t/app:1` })
    expect(io.outputs.digest).toMatch(/^sha256:/)
  })

  it('pushes tags of several repositories and registries', async () => {
    const job = await readyJob(token)
    const io = await build(job, {
      push: 'true',
      tags: [
        `${token.host}/octo/svc:1.2.3`,
        `${token.host}/octo/svc-mirror:1.2.3`,
        `${anonymous.host}/octo/svc:1.2.3`,
      ].join(','),
    })
    const digest = io.outputs.digest
    expect(digest).toMatch(/^sha256:/)
    expect(io.outputs.imageid).not.toBe(digest) // one manifest: the image id is its config
    for (const [reg, repo] of [
      [token, 'octo/svc'],
      [token, 'octo/svc-mirror'],
      [anonymous, 'octo/svc'],
    ] as const)
      expect(await listTags(reg, repo)).toEqual(new Map([['1.2.3', digest]]))
  })

  it('does not push with push: false', async () => {
    const job = await readyJob()
    const io = await build(job, { tags: `${anonymous.host}/nopush/app:1` })
    expect(await listTags(anonymous, 'nopush/app')).toEqual(new Map())
    expect(io.outputs.digest).toBeUndefined()
    expect(io.warnings[0]).toMatch(/^No output specified with docker-container driver/)
  })

  it('applies annotations at manifest level by default, index: to the index', async () => {
    const job = await readyJob()
    await build(job, {
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      tags: `${anonymous.host}/ann/app:1`,
      annotations: 'org.opencontainers.image.version=1\nindex:org.opencontainers.image.title=app',
    })
    const index = await readManifest(anonymous, 'ann/app', '1')
    expect(index.json.annotations).toEqual({ 'org.opencontainers.image.title': 'app' })
    const child = await readManifest(anonymous, 'ann/app', index.json.manifests?.[1]?.digest ?? '')
    expect(child.json.annotations).toEqual({ 'org.opencontainers.image.version': '1' })
    await expect(
      build(job, { annotations: 'index:a=b', outputs: 'type=image,push=false' }),
    ).rejects.toThrow('index annotations not supported for single platform export')
  })

  it('attaches a provenance attestation manifest by default', async () => {
    const job = await readyJob()
    const io = fakeIO({ context: '.', push: 'true', tags: `${anonymous.host}/prov/app:1` }, job)
    await buildPush(io, FAST)
    const index = await readManifest(anonymous, 'prov/app', '1')
    const [image, attestation] = index.json.manifests ?? []
    expect(attestation?.platform).toEqual({ architecture: 'unknown', os: 'unknown' })
    expect(attestation?.annotations).toEqual({
      'vnd.docker.reference.digest': image?.digest,
      'vnd.docker.reference.type': 'attestation-manifest',
    })
    const att = await readManifest(anonymous, 'prov/app', attestation?.digest ?? '')
    const layer = att.json.layers?.[0]
    expect(layer?.annotations).toEqual({
      'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2',
    })
    const statement = JSON.parse(
      (await readBlob(anonymous, 'prov/app', layer?.digest ?? '')).toString(),
    ) as { subject: { digest: { sha256: string } }[]; predicate: { builder: { id: string } } }
    expect(`sha256:${statement.subject[0]?.digest.sha256}`).toBe(image?.digest)
    expect(statement.predicate.builder.id).toBe(
      'https://github.com/octo/app/actions/runs/42/attempts/1',
    )
    expect(io.outputs.imageid).toBe(io.outputs.digest)
  })
})

describe('the Dockerfile interpreter', () => {
  it('evaluates ARG, ENV, WORKDIR, COPY flags, wildcards and stages as buildkit does', async () => {
    const job = await readyJob(undefined, { FROM_ENV: 'from-env' })
    writeTree(job.workspace, {
      'conf/a.json': '{}',
      'conf/b.json': '{}',
      'conf/c.txt': 'x',
      'bin/run.sh': '#!/bin/sh\n',
      Dockerfile: [
        'ARG BASE=scratch',
        'FROM ${BASE} AS first',
        'COPY conf/*.json /etc/app/',
        'RUN <<EOF',
        'echo this is not a Dockerfile line',
        'EOF',
        'FROM scratch',
        'ARG FROM_ENV',
        'ARG UNSET',
        'ENV LEGACY value with spaces',
        'ENV FROM_ENV=$FROM_ENV DEFAULTED=${UNSET:-fallback}',
        'WORKDIR opt',
        'WORKDIR app',
        'COPY --from=0 /etc/app /etc/app',
        'COPY --chown=1000:1000 --chmod=755 bin/run.sh ./',
        'ENTRYPOINT exec ./run.sh',
        '',
      ].join('\n'),
    })
    const io = await build(job, {
      outputs: 'type=local,dest=out',
      'build-args': 'FROM_ENV\nNOT_USED=1',
    })
    const out = path.join(job.workspace, 'out')
    expect(readFileSync(path.join(out, 'etc/app/a.json'), 'utf8')).toBe('{}')
    expect(readFileSync(path.join(out, 'opt/app/run.sh'), 'utf8')).toBe('#!/bin/sh\n')
    expect(() => readFileSync(path.join(out, 'etc/app/c.txt'))).toThrow()
    expect(io.logs).toContain('[Warning] One or more build-args [NOT_USED] were not consumed')
    expect(io.outputs.imageid).toBeUndefined() // no iidfile with a local exporter

    const image = await build(job, {
      push: 'true',
      tags: `${anonymous.host}/interp/app:1`,
      'build-args': 'FROM_ENV',
    })
    const config = await imageConfig(anonymous, 'interp/app', '1')
    expect(config.config).toMatchObject({
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LEGACY=value with spaces',
        'FROM_ENV=from-env',
        'DEFAULTED=fallback',
      ],
      WorkingDir: '/opt/app',
      Entrypoint: ['/bin/sh', '-c', 'exec ./run.sh'],
    })
    expect(config.history?.map(h => h.created_by)).toEqual([
      'ARG FROM_ENV=from-env',
      'ARG UNSET',
      'ENV LEGACY=value with spaces',
      'ENV FROM_ENV=from-env DEFAULTED=fallback',
      'WORKDIR /opt',
      'WORKDIR /opt/app',
      'COPY /etc/app /etc/app # buildkit',
      'COPY --chown=1000:1000 --chmod=755 bin/run.sh ./ # buildkit',
      'ENTRYPOINT ["/bin/sh" "-c" "exec ./run.sh"]',
    ])
    const manifest = await readManifest(anonymous, 'interp/app', image.outputs.digest ?? '')
    const last = manifest.json.layers?.at(-1)
    const file = path.join(job.runnerTemp, 'last.tar.gz')
    writeFileSync(file, await readBlob(anonymous, 'interp/app', last?.digest ?? ''))
    const listing = spawnSync('tar', ['-tvzf', file, '--numeric-owner'], { encoding: 'utf8' })
    expect(listing.stdout).toMatch(/-rwxr-xr-x 1000\/1000 .* opt\/app\/run\.sh/)
  })

  it('reports Dockerfile parse errors', async () => {
    const job = await readyJob()
    writeFileSync(path.join(job.workspace, 'Dockerfile'), 'FROM scratch\nCOPPY . /\n')
    await expect(build(job, {})).rejects.toThrow(
      'buildx failed with: ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY',
    )
  })
})

describe('registries by their public name (hosts)', () => {
  it('logs in to and pushes to ghcr.io mapped to a local registry', async () => {
    const job = await readyJob()
    const hosts = { 'ghcr.io': token.host }
    await dockerLogin(
      fakeIO({ registry: 'ghcr.io', username: token.username, password: token.password }, job),
      { hosts },
    )
    expect(readFileSync(path.join(job.home, '.docker/config.json'), 'utf8')).toContain('"ghcr.io"')
    const io = fakeIO(
      { context: '.', push: 'true', tags: 'ghcr.io/octo/hosted:1', provenance: 'false' },
      job,
    )
    await buildPush(io, { hosts })
    expect(await listTags(token, 'octo/hosted')).toEqual(new Map([['1', io.outputs.digest ?? '']]))
    await expect(
      buildPush(fakeIO({ context: '.', push: 'true', tags: 'quay.io/x/y:1' }, job)),
    ).rejects.toThrow('quay.io is not mapped to one')
  })
})

describe('the faulty registry proxy', () => {
  let proxy: FaultyProxy
  beforeAll(async () => {
    proxy = await startFaultyProxy(basic)
  })
  afterAll(async () => {
    await proxy.stop()
  })

  it('fails exactly the configured manifest PUT, then forwards', async () => {
    const job = await readyJob(proxy)
    proxy.setFaults([{ tag: 'stable', nth: 2, times: 1 }])
    const tags = `${proxy.host}/faulty/app:stable`
    await build(job, { push: 'true', tags })
    expect(proxy.injected()).toEqual([0]) // first PUT of the tag: forwarded
    const digestBefore = await tagDigest(proxy, 'faulty/app', 'stable')
    writeFileSync(path.join(job.workspace, 'README.md'), '# app, changed\n')
    const io = await build(job, { push: 'true', tags })
    expect(proxy.injected()).toEqual([1])
    const puts = proxy.requests.filter(r => r.method === 'PUT' && r.reference === 'stable')
    expect(puts.map(r => [r.status, r.faulted])).toEqual([
      [201, false],
      [500, true],
      [201, false],
    ])
    expect(io.logs.some(l => l.includes('retrying in'))).toBe(true)
    expect(await tagDigest(basic, 'faulty/app', 'stable')).toBe(io.outputs.digest)
    expect(io.outputs.digest).not.toBe(digestBefore)
  })

  it('a registry failing on every retry fails the step at that tag; a re-run converges', async () => {
    const job = await readyJob(proxy)
    const tags = `${proxy.host}/outage/app:1.0.0,${proxy.host}/outage/app:latest`
    proxy.setFaults([{ repository: 'outage/app', tag: 'latest', times: Infinity }])
    await expect(build(job, { push: 'true', tags })).rejects.toThrow(
      `buildx failed with: ERROR: failed to build: failed to solve: failed to push ${proxy.host}/outage/app:latest: unexpected status from PUT request to ${proxy.url}/v2/outage/app/manifests/latest: 500 Internal Server Error`,
    )
    expect(proxy.injected()).toEqual([4]) // buildkit's retry handler: four attempts
    // buildkit pushes the names one after the other: the one before the failure is there
    const tagsNow = await listTags(basic, 'outage/app')
    expect([...tagsNow.keys()]).toEqual(['1.0.0'])
    proxy.setFaults([])
    const io = await build(job, { push: 'true', tags })
    expect(await listTags(basic, 'outage/app')).toEqual(
      new Map([
        ['1.0.0', io.outputs.digest ?? ''],
        ['latest', io.outputs.digest ?? ''],
      ]),
    )
  })

  it('answers with a registry-style JSON error body and records requests', async () => {
    proxy.setFaults([{ method: 'GET', path: /^\/v2\/$/, status: 503, code: 'UNAVAILABLE' }])
    const r = await fetch(`${proxy.url}/v2/`)
    expect(r.status).toBe(503)
    expect(await r.json()).toEqual({
      errors: [{ code: 'UNAVAILABLE', message: 'unknown error', detail: {} }],
    })
    const again = await fetch(`${proxy.url}/v2/`)
    await again.body?.cancel()
    expect(again.status).toBe(401) // forwarded: the registry's own challenge
    expect(again.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    expect(proxy.requests.slice(-2).map(q => q.faulted)).toEqual([true, false])
  })
})
