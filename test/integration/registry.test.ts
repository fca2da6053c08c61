/**
 * publish-tags-matrix against a real registry on 127.0.0.1 (Debian's docker-registry): tagging a
 * digest, moving aliases forward, refusing to repoint a version tag, re-runs, a digest that
 * appears late, credentials (htpasswd and token auth), and the exact request count.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planTags, publishTags, type PlannedTag } from '../../packages/docker/index.ts'
import {
  parseImageRef,
  RegistryClient,
  RegistryError,
  type ImageRef,
} from '../../packages/oci/index.ts'
import { parseVersion, type Version } from '../../packages/versioning/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { pushImage, startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const v = (s: string) => parseVersion(s) as Version
let registry: TestRegistry

beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry.stop()
  cleanupTempDirs()
})

function plan(version: string, existing: string[], sha = SHA): PlannedTag[] {
  return planTags({
    version: v(version),
    existing: [...existing, version].map(v),
    event: 'push',
    ref: `refs/tags/v${version}`,
    sha,
    defaultBranch: 'main',
    shaFormat: 'short',
    majorZero: true,
    nightly: true,
    date: '2026-09-01',
    prefix: '',
    suffix: '',
  }).tags
}

function target(
  reg: TestRegistry,
  repository: string,
  digest: string,
): { image: string; ref: ImageRef; digest: string } {
  const image = `${reg.host}/${repository}`
  return { image, ref: parseImageRef(image) as ImageRef, digest }
}

/** A fetch that records each request's method and path. */
function recording(): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      calls.push(`${init?.method ?? 'GET'} ${url.pathname}`)
      return fetch(input, init)
    },
  }
}

const client = (options: ConstructorParameters<typeof RegistryClient>[0] = {}) =>
  new RegistryClient({ backoffMs: 20, ...options })

describe('tagging a pushed digest', () => {
  it('writes 6 tags with one manifest read of the digest, then one read and one write per tag', async () => {
    const repo = 'octo/counted'
    const digest = await pushImage(registry, repo)
    const planned = plan('1.2.3', ['1.2.2'])
    const tags = [
      ...planned.slice(0, -1),
      { name: 'extra-1', kind: 'minor' as const, immutable: false },
      ...planned.slice(-1),
    ]
    expect(tags.map(t => t.name)).toEqual(['1.2.3', 'sha-0123456', '1.2', '1', 'extra-1', 'latest'])
    const rec = recording()
    const results = await publishTags([target(registry, repo, digest)], {
      tags,
      client: client({ fetch: rec.fetch }),
      waitMs: 5000,
      dryRun: false,
    })
    expect(results.map(r => `${r.tag}:${r.action}`)).toEqual([
      '1.2.3:written',
      'sha-0123456:written',
      '1.2:written',
      '1:written',
      'extra-1:written',
      'latest:written',
    ])
    expect(rec.calls).toEqual([
      `GET /v2/${repo}/manifests/${digest}`,
      ...tags.map(t => `HEAD /v2/${repo}/manifests/${t.name}`),
      // version tags first, latest last
      ...['1.2.3', 'sha-0123456', '1.2', '1', 'extra-1', 'latest'].map(
        t => `PUT /v2/${repo}/manifests/${t}`,
      ),
    ])
    for (const t of tags) expect(await tagDigest(registry, repo, t.name)).toBe(digest)
  })

  it('moves the aliases forward to a newer release and leaves the old version tag alone', async () => {
    const repo = 'octo/forward'
    const first = await pushImage(registry, repo)
    await publishTags([target(registry, repo, first)], {
      tags: plan('1.0.0', []),
      client: client(),
      waitMs: 5000,
      dryRun: false,
    })
    const second = await pushImage(registry, repo)
    const results = await publishTags([target(registry, repo, second)], {
      tags: plan('1.1.0', ['1.0.0'], 'f'.repeat(40)),
      client: client(),
      waitMs: 5000,
      dryRun: false,
    })
    expect(results.find(r => r.tag === 'latest')).toMatchObject({ action: 'moved', from: first })
    expect(results.find(r => r.tag === '1')).toMatchObject({ action: 'moved', from: first })
    expect(await tagDigest(registry, repo, 'latest')).toBe(second)
    expect(await tagDigest(registry, repo, '1.0.0')).toBe(first)
    expect(await tagDigest(registry, repo, '1.0')).toBe(first)
  })

  it('refuses to repoint a version tag at another digest, and writes nothing at all', async () => {
    const repo = 'octo/immutable'
    const released = await pushImage(registry, repo)
    await publishTags([target(registry, repo, released)], {
      tags: plan('1.0.0', []),
      client: client(),
      waitMs: 5000,
      dryRun: false,
    })
    const rebuilt = await pushImage(registry, repo)
    const rec = recording()
    await expect(
      publishTags([target(registry, repo, rebuilt)], {
        tags: plan('1.0.0', []),
        client: client({ fetch: rec.fetch }),
        waitMs: 5000,
        dryRun: false,
      }),
    ).rejects.toThrow(
      `Refusing to repoint immutable tags (version and sha tags never move), so nothing was written: ${registry.host}/${repo}:1.0.0 already points at ${released}`,
    )
    expect(rec.calls.filter(c => c.startsWith('PUT'))).toEqual([])
    for (const tag of ['1.0.0', '1.0', '1', 'latest'])
      expect(await tagDigest(registry, repo, tag)).toBe(released)
  })

  it('is a no-op that succeeds when run again', async () => {
    const repo = 'octo/rerun'
    const digest = await pushImage(registry, repo)
    await publishTags([target(registry, repo, digest)], {
      tags: plan('2.0.0', []),
      client: client(),
      waitMs: 5000,
      dryRun: false,
    })
    const rec = recording()
    const again = await publishTags([target(registry, repo, digest)], {
      tags: plan('2.0.0', []),
      client: client({ fetch: rec.fetch }),
      waitMs: 5000,
      dryRun: false,
    })
    expect(again.every(r => r.action === 'unchanged')).toBe(true)
    expect(rec.calls.filter(c => c.startsWith('PUT'))).toEqual([])
  })

  it('waits for a digest that appears only after a delay', async () => {
    const repo = 'octo/late'
    const seed = 'late-image'
    // Compute the digest the image will have, push it 1.5 s later.
    const probe = await startRegistry()
    const digest = await pushImage(probe, repo, { seed })
    await probe.stop()
    const later = new Promise<string>(resolve =>
      setTimeout(() => resolve(pushImage(registry, repo, { seed })), 1500),
    )
    const started = Date.now()
    const results = await publishTags([target(registry, repo, digest)], {
      tags: plan('3.0.0', []),
      client: client(),
      waitMs: 20_000,
      dryRun: false,
    })
    expect(await later).toBe(digest)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400)
    expect(results.every(r => r.action === 'written')).toBe(true)
  })

  it('fails closed when the digest never appears, within the bound', async () => {
    const missing = `sha256:${'e'.repeat(64)}`
    const started = Date.now()
    await expect(
      publishTags([target(registry, 'octo/never', missing)], {
        tags: plan('1.0.0', []),
        client: client(),
        waitMs: 1500,
        dryRun: false,
      }),
    ).rejects.toThrow(/did not appear within 2 s .* MANIFEST_UNKNOWN/)
    expect(Date.now() - started).toBeLessThan(6000)
  })

  it('tags several images, every version tag of every image before any alias, latest last', async () => {
    const seed = 'multi'
    const digest = await pushImage(registry, 'octo/multi-a', { seed })
    expect(await pushImage(registry, 'octo/multi-b', { seed })).toBe(digest)
    const rec = recording()
    const results = await publishTags(
      [target(registry, 'octo/multi-a', digest), target(registry, 'octo/multi-b', digest)],
      {
        tags: plan('4.0.0', ['3.9.9']),
        client: client({ fetch: rec.fetch }),
        waitMs: 5000,
        dryRun: false,
      },
    )
    expect(results.map(r => `${r.image.split('/').pop()}:${r.tag}`)).toEqual([
      'multi-a:4.0.0',
      'multi-a:sha-0123456',
      'multi-b:4.0.0',
      'multi-b:sha-0123456',
      'multi-a:4.0',
      'multi-a:4',
      'multi-b:4.0',
      'multi-b:4',
      'multi-a:latest',
      'multi-b:latest',
    ])
    expect(
      rec.calls.filter(c => c.startsWith('PUT')).map(c => c.split('/').slice(-3).join('/')),
    ).toEqual(results.map(r => `${r.image.split('/').pop()}/manifests/${r.tag}`))
  })

  it('dry-run reads and plans but writes nothing', async () => {
    const repo = 'octo/dry'
    const digest = await pushImage(registry, repo)
    const rec = recording()
    const results = await publishTags([target(registry, repo, digest)], {
      tags: plan('1.0.0', []),
      client: client({ fetch: rec.fetch }),
      waitMs: 5000,
      dryRun: true,
    })
    expect(results.every(r => r.action === 'planned')).toBe(true)
    expect(rec.calls.filter(c => c.startsWith('PUT'))).toEqual([])
    expect(await tagDigest(registry, repo, '1.0.0')).toBeUndefined()
  })
})

describe('credentials', () => {
  it.each(['htpasswd', 'token'] as const)(
    '%s: right credentials tag; wrong ones get a clear error and write nothing',
    async auth => {
      const reg = await startRegistry({ auth })
      try {
        const repo = 'octo/private'
        const digest = await pushImage(reg, repo)
        const good = client({ username: reg.username, password: reg.password, push: true })
        await publishTags([target(reg, repo, digest)], {
          tags: plan('1.0.0', []),
          client: good,
          waitMs: 5000,
          dryRun: false,
        })
        expect(await tagDigest(reg, repo, 'latest')).toBe(digest)
        const bad = client({ username: reg.username, password: 'wrong-password', push: true })
        const other = await pushImage(reg, repo)
        const error = await publishTags([target(reg, repo, other)], {
          tags: plan('1.1.0', ['1.0.0'], 'f'.repeat(40)),
          client: bad,
          waitMs: 1000,
          dryRun: false,
        }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(RegistryError)
        expect((error as Error).message).toMatch(
          auth === 'token'
            ? /refused the credentials of registry-username "releaser"/
            : /HTTP 401 .*the credentials were refused \(registry-username, registry-password\)/,
        )
        expect(await tagDigest(reg, repo, 'latest')).toBe(digest)
        const anonymous = await client()
          .resolve(parseImageRef(`${reg.host}/${repo}`) as ImageRef, 'latest')
          .catch((e: unknown) => e)
        expect((anonymous as Error).message).toMatch(/registry-username and registry-password/)
      } finally {
        await reg.stop()
      }
    },
  )
})

describe('the token realm of a Bearer challenge', () => {
  it('takes a token service on this machine over plain http (loopback stays allowed)', async () => {
    const reg = await startRegistry({ auth: 'token' })
    try {
      const repo = 'octo/realm'
      const digest = await pushImage(reg, repo, { tag: '1.0.0' })
      const rec = recording()
      const got = await client({ username: reg.username, password: reg.password, ...rec }).resolve(
        parseImageRef(`${reg.host}/${repo}`) as ImageRef,
        '1.0.0',
      )
      expect(got).toBe(digest)
      expect(rec.calls).toContain('GET /token')
    } finally {
      await reg.stop()
    }
  })

  /**
   * A registry on 127.0.0.1 whose challenge names a plain-http realm at an address that is not
   * loopback but reaches a server of this test all the same (the machine's own address, or
   * 0.0.0.0, which Linux connects to this machine): the credentials would arrive there, so its
   * silence proves that none were sent.
   */
  const realmHosts = [
    ...Object.values(networkInterfaces())
      .flat()
      .filter(a => a && a.family === 'IPv4' && !a.internal)
      .map(a => a?.address ?? '')
      .slice(0, 1),
    '0.0.0.0',
  ]
  it.each(realmHosts)(
    'refuses a plain-http realm at %s before anything is sent there',
    async realmHost => {
      const seen: string[] = []
      const realm = createServer((req, res) => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '(no credentials)'}`)
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"token":"stolen"}')
      })
      await new Promise<void>(resolve => realm.listen(0, '0.0.0.0', resolve))
      const realmUrl = `http://${realmHost}:${(realm.address() as AddressInfo).port}/token`
      // The realm server answers whoever reaches it: the test's own probe shows it is reachable.
      expect((await fetch(realmUrl)).status).toBe(200)
      seen.length = 0
      const registryRequests: string[] = []
      const fake = createServer((req, res) => {
        registryRequests.push(`${req.method} ${req.url}`)
        res.writeHead(401, {
          'WWW-Authenticate': `Bearer realm="${realmUrl}",service="fake",scope="repository:octo/app:pull"`,
          'Content-Type': 'application/json',
        })
        res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
      })
      await new Promise<void>(resolve => fake.listen(0, '127.0.0.1', resolve))
      const host = `127.0.0.1:${(fake.address() as AddressInfo).port}`
      try {
        const error = await client({ username: 'releaser', password: 'hunter2' })
          .resolve(parseImageRef(`${host}/octo/app`) as ImageRef, '1.0.0')
          .catch((e: unknown) => e)
        expect(seen).toEqual([])
        expect(registryRequests).toEqual(['HEAD /v2/octo/app/manifests/1.0.0'])
        expect(error).toBeInstanceOf(RegistryError)
        expect((error as Error).message).toBe(
          `${host} names the token service ${realmUrl}, which is plain http to another machine: registry credentials go over https only (http only to this machine: 127.0.0.0/8, ::1, localhost).`,
        )
      } finally {
        realm.close()
        fake.close()
      }
    },
  )
})

describe('the bundle and the CLI', () => {
  it('runs as the runner runs it: computes, tags, reports, and a re-run writes nothing', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    await repo.tag('v1.4.0')
    await repo.commit('feat: b')
    await repo.tag('v2.0.0')
    const digest = await pushImage(registry, 'octo/bundle')
    const images = `${registry.host}/octo/bundle\n${registry.host}/octo/bundle-mirror`
    await pushImage(registry, 'octo/bundle-mirror', { seed: 'x' })
    // The mirror does not have the digest: the action waits, then fails closed, writing nothing.
    const failed = await runAction(
      'publish-tags-matrix',
      { images, version: 'v1.4.1', push: 'true', digest, sha: SHA, 'wait-for-digest-seconds': '1' },
      { cwd: repo.dir },
    )
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('octo/bundle-mirror@' + digest + ' did not appear within 1 s')
    expect(await tagDigest(registry, 'octo/bundle', '1.4.1')).toBeUndefined()

    const one = `${registry.host}/octo/bundle`
    const r = await runAction(
      'publish-tags-matrix',
      { images: one, version: 'v1.4.1', push: 'true', digest, sha: SHA },
      { cwd: repo.dir },
    )
    expect(r.code).toBe(0)
    // 1.4.1 is a back-port below 2.0.0: the highest of 1.4 and of 1, never latest.
    expect(r.outputs['tag-names']).toBe(`1.4.1\nsha-${SHA}\n1.4\n1`)
    expect(r.outputs['is-latest']).toBe('false')
    expect(r.outputs.pushed?.split('\n')).toEqual([
      `${one}:1.4.1`,
      `${one}:sha-${SHA}`,
      `${one}:1.4`,
      `${one}:1`,
    ])
    expect(JSON.parse(r.outputs.matrix ?? '[]')).toContainEqual({ image: one, tag: '1.4' })
    expect(r.outputs.labels).toContain('org.opencontainers.image.version=1.4.1')
    expect(r.outputs.annotations).toContain(`manifest:org.opencontainers.image.revision=${SHA}`)
    expect(r.summary).toContain('| `' + one + ':1.4.1` | version | written |')
    const again = await runAction(
      'publish-tags-matrix',
      { images: one, version: 'v1.4.1', push: 'true', digest, sha: SHA },
      { cwd: repo.dir },
    )
    expect(again.outputs.pushed).toBe('')
    expect(again.summary).toContain('| unchanged |')
  })

  it('tags images built apart, each at its own digest (one <image>@<digest> line each)', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: two images')
    await repo.tag('v2.1.0')
    const api = `${registry.host}/octo/split-api`
    const cli = `${registry.host}/octo/split-cli`
    const apiDigest = await pushImage(registry, 'octo/split-api')
    const cliDigest = await pushImage(registry, 'octo/split-cli')
    const r = await runAction(
      'publish-tags-matrix',
      {
        images: `${api}\n${cli}`,
        version: 'v2.1.0',
        push: 'true',
        digest: `${cli}@${cliDigest}\n${api}@${apiDigest}`,
        sha: SHA,
      },
      { cwd: repo.dir },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(await tagDigest(registry, 'octo/split-api', 'latest')).toBe(apiDigest)
    expect(await tagDigest(registry, 'octo/split-cli', 'latest')).toBe(cliDigest)
    expect(await tagDigest(registry, 'octo/split-cli', '2.1.0')).toBe(cliDigest)
    for (const [digest, message] of [
      [`${api}@${apiDigest}`, `no digest for "${cli}"`],
      [
        `${api}@${apiDigest}\n${cli}@${cliDigest}\nghcr.io/o/other@${cliDigest}`,
        '"ghcr.io/o/other" is not one of images',
      ],
      [
        `${api}@sha256:abc\n${cli}@${cliDigest}`,
        'expected sha256:<64 lower-case hex> for every image',
      ],
    ] as const) {
      const bad = await runAction(
        'publish-tags-matrix',
        { images: `${api}\n${cli}`, version: 'v2.1.0', push: 'true', digest, sha: SHA },
        { cwd: repo.dir },
      )
      expect(bad.code).toBe(1)
      expect(bad.stdout).toContain(`::error::Input 'digest': `)
      expect(bad.stdout).toContain(message)
    }
  })

  it.each([
    // An upper-case name is lower-cased (test/unit/image-names.test.ts); a malformed one is refused.
    [{ images: 'ghcr.io/Owner/-app' }, 'images'],
    [{ images: 'ghcr.io/o/app:1.0' }, 'images'],
    [{ images: 'ghcr.io/o/app', version: '1.2' }, 'version'],
    [{ images: 'ghcr.io/o/app', sha: 'abc' }, 'sha'],
    [{ images: 'ghcr.io/o/app', push: 'true' }, 'digest'],
    [{ images: 'ghcr.io/o/app', digest: 'sha256:XYZ' }, 'digest'],
    [{ images: 'ghcr.io/o/app', 'registry-username': 'u' }, 'registry-password'],
    [{ images: 'ghcr.io/o/app', prefix: 'a b' }, 'prefix'],
    [{ images: 'ghcr.io/o/app', 'existing-versions': '1.0.0\nnot-a-version' }, 'existing-versions'],
    [{ images: '' }, 'images'],
  ])('refuses %j naming the input', async (inputs, input) => {
    const repo = await TestRepo.create()
    const r = await runAction('publish-tags-matrix', { sha: SHA, ...inputs }, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input '${input}': `)
    expect(r.outputFile).toBe('')
  })

  it('release-actions tags prints the computed tags and pushes with --push', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    const digest = await pushImage(registry, 'octo/cli')
    const image = `${registry.host}/octo/cli`
    const computed = await runCli(
      ['tags', '--images', image, '--version', '0.3.0', '--existing-versions', '0.2.9'],
      { cwd: repo.dir },
    )
    expect(JSON.parse(computed.stdout)).toMatchObject({ 'is-latest': 'true', pushed: '' })
    const pushed = await runCli(
      [
        'tags',
        '--images',
        image,
        '--version',
        '0.3.0',
        '--existing-versions',
        '0.2.9',
        '--push',
        '--digest',
        digest,
      ],
      { cwd: repo.dir },
    )
    expect(pushed.code).toBe(0)
    expect(await tagDigest(registry, 'octo/cli', 'latest')).toBe(digest)
    expect(await tagDigest(registry, 'octo/cli', '0')).toBeUndefined()
  })
})
