/**
 * A real OCI registry on 127.0.0.1 for tests: Debian's `docker-registry` (distribution 2.8),
 * started with its own config in a temporary directory; anonymous, with htpasswd (Basic) auth, or
 * with token auth answered by a small token service, the way GHCR and Docker Hub authenticate.
 * Images are pushed with plain HTTP calls of the distribution API.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, createPrivateKey, randomBytes, sign } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { tempDir } from '../helpers/tmp.ts'

export interface TestRegistry {
  /** host:port */
  host: string
  url: string
  username: string
  password: string
  auth: 'none' | 'htpasswd' | 'token'
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** A token service that checks Basic credentials and issues registry JWTs signed with `key`. */
async function startTokenService(opts: {
  key: string
  cert: string
  issuer: string
  service: string
  username: string
  password: string
}): Promise<{ server: Server; realm: string }> {
  const der = Buffer.from(opts.cert.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64')
  const privateKey = createPrivateKey(opts.key)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const expected = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }))
      return
    }
    const access = url.searchParams.getAll('scope').map(scope => {
      const [type, name, actions] = scope.split(':')
      return { type, name, actions: (actions ?? '').split(',').filter(Boolean) }
    })
    const now = Math.floor(Date.now() / 1000)
    const header = { alg: 'RS256', typ: 'JWT', x5c: [der.toString('base64')] }
    const claims = {
      iss: opts.issuer,
      sub: opts.username,
      aud: opts.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    }
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
    const token = `${input}.${base64url(sign('RSA-SHA256', Buffer.from(input), privateKey))}`
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ token, access_token: token, expires_in: 300 }))
  })
  const port = await freePort()
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  return { server, realm: `http://127.0.0.1:${port}/token` }
}

export async function startRegistry({
  auth = 'none',
}: { auth?: 'none' | 'htpasswd' | 'token' } = {}): Promise<TestRegistry> {
  const dir = tempDir('ra-registry-')
  const port = await freePort()
  const username = 'releaser'
  const password = randomBytes(9).toString('base64url')
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
  ]
  let tokenServer: Server | undefined
  if (auth === 'htpasswd') {
    const r = spawnSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`htpasswd failed: ${r.stderr}`)
    writeFileSync(path.join(dir, 'htpasswd'), r.stdout)
    config.push(
      'auth:',
      '  htpasswd:',
      '    realm: test-registry',
      `    path: ${path.join(dir, 'htpasswd')}`,
    )
  } else if (auth === 'token') {
    const key = path.join(dir, 'token.key')
    const cert = path.join(dir, 'token.crt')
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=release-actions test token issuer',
      ],
      { encoding: 'utf8' },
    )
    if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`)
    const service = `registry-${port}`
    const started = await startTokenService({
      key: readFileSync(key, 'utf8'),
      cert: readFileSync(cert, 'utf8'),
      issuer: 'release-actions-test',
      service,
      username,
      password,
    })
    tokenServer = started.server
    config.push(
      'auth:',
      '  token:',
      `    realm: ${started.realm}`,
      `    service: ${service}`,
      '    issuer: release-actions-test',
      `    rootcertbundle: ${cert}`,
    )
  }
  writeFileSync(path.join(dir, 'config.yml'), `${config.join('\n')}\n`)
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  for (;;) {
    try {
      const r = await fetch(`${url}/v2/`)
      if (r.status === 200 || r.status === 401) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`docker-registry did not start: ${stderr}`)
    await new Promise(r => setTimeout(r, 50))
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    username,
    password,
    auth,
    stop: async () => {
      child.kill('SIGTERM')
      tokenServer?.close()
      await new Promise(r => child.once('exit', r).once('error', r))
    },
  }
}

/** Authorization for a test push: Basic for htpasswd, a token from the token service otherwise. */
async function authorization(
  registry: TestRegistry,
  repository: string,
): Promise<Record<string, string>> {
  if (registry.auth === 'none') return {}
  const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  if (registry.auth === 'htpasswd') return { Authorization: basic }
  const probe = await fetch(`${registry.url}/v2/`)
  const challenge = probe.headers.get('www-authenticate') ?? ''
  const realm = /realm="([^"]+)"/.exec(challenge)?.[1] ?? ''
  const service = /service="([^"]+)"/.exec(challenge)?.[1] ?? ''
  const r = await fetch(`${realm}?service=${service}&scope=repository:${repository}:pull,push`, {
    headers: { Authorization: basic },
  })
  const { token } = (await r.json()) as { token: string }
  return { Authorization: `Bearer ${token}` }
}

async function pushBlob(
  registry: TestRegistry,
  repository: string,
  data: Buffer,
  headers: Record<string, string>,
): Promise<string> {
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers,
  })
  if (start.status !== 202)
    throw new Error(`blob upload start: ${start.status} ${await start.text()}`)
  const location = new URL(start.headers.get('location') ?? '', registry.url)
  location.searchParams.set('digest', digest)
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/octet-stream' },
    body: data,
  })
  if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`)
  return digest
}

/**
 * Push a small image (an OCI manifest with one config and one layer) and return its digest.
 * With `tag`, the manifest is put under that tag; otherwise under its digest only. `labels` go
 * into the image config (such as org.opencontainers.image.version).
 */
export async function pushImage(
  registry: TestRegistry,
  repository: string,
  {
    tag,
    seed = randomBytes(8).toString('hex'),
    labels = {},
  }: { tag?: string; seed?: string; labels?: Record<string, string> } = {},
): Promise<string> {
  const headers = await authorization(registry, repository)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { seed, ...labels } },
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  )
  const layer = Buffer.from(`layer ${seed}`)
  const configDigest = await pushBlob(registry, repository, config, headers)
  const layerDigest = await pushBlob(registry, repository, layer, headers)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: layerDigest,
          size: layer.length,
        },
      ],
    }),
  )
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
  const put = await fetch(`${registry.url}/v2/${repository}/manifests/${tag ?? digest}`, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  })
  if (put.status !== 201) throw new Error(`manifest push: ${put.status} ${await put.text()}`)
  return digest
}

/** Where a tag points now (anonymous registries only, or with the registry's credentials). */
export async function tagDigest(
  registry: TestRegistry,
  repository: string,
  tag: string,
): Promise<string | undefined> {
  const headers = await authorization(registry, repository)
  const r = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      ...headers,
      Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
    },
  })
  return r.status === 200 ? (r.headers.get('docker-content-digest') ?? undefined) : undefined
}
