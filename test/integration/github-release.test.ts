/**
 * The release workflow's GitHub Release step, the bundle run as the runner runs it, against the
 * local GitHub API (requests and answers checked against the REST description) and a real git
 * repository for the tags: draft → assets → publish, re-runs, a lost create, immutable releases,
 * Latest and the major tag only for the highest stable version.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../helpers/cli.ts'
import { FAULTS, FakeGitHub } from '../peers/github-api.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

let api: FakeGitHub
beforeAll(async () => {
  api = await FakeGitHub.start()
})
afterAll(async () => {
  await api.stop()
  cleanupTempDirs()
})

let n = 0
interface World {
  repo: TestRepo
  name: string
  requests: () => FakeGitHub['requests']
  release: (tag: string) => ReturnType<FakeGitHub['repo']>['releases'][number] | undefined
  run: (inputs: Record<string, string>) => ReturnType<typeof runAction>
}

async function world(tags: string[] = ['v1.0.0', 'v1.1.0', 'v1.2.0']): Promise<World> {
  const name = `octo/rel${++n}`
  const repo = await TestRepo.create()
  for (const tag of tags) {
    await repo.commit(`feat: ${tag}`)
    await repo.tag(tag, { message: `Release ${tag}` })
  }
  mkdirSync(path.join(repo.dir, 'out'))
  writeFileSync(path.join(repo.dir, 'out/app-linux-amd64'), 'binary for linux\n')
  writeFileSync(path.join(repo.dir, 'out/app-darwin-arm64'), 'binary for macOS, a little longer\n')
  writeFileSync(path.join(repo.dir, 'out/checksums.txt'), 'sums\n')
  writeFileSync(path.join(repo.dir, 'NOTES.md'), '## Summary\n\nThe release.\n')
  return {
    repo,
    name,
    requests: () => api.requests.filter(r => r.path.startsWith(`/repos/${name}/`)),
    release: tag => api.repo(name).releases.find(r => r.tag_name === tag),
    run: inputs =>
      runAction(
        'github-release',
        { token: api.token, repository: name, 'api-url': api.url, ...inputs },
        { cwd: repo.dir },
      ),
  }
}

const ASSETS = 'out/*'
const ops = (w: World) => w.requests().map(r => `${r.method} ${r.operationId}`)

describe('github-release', () => {
  it('creates a draft, uploads every asset, then publishes it as Latest', async () => {
    const w = await world()
    const r = await w.run({ tag: 'v1.2.0', 'notes-file': 'NOTES.md', assets: ASSETS })
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)
    expect(ops(w)).toEqual([
      'GET repos/list-releases',
      'POST repos/create-release',
      'GET repos/list-release-assets',
      'POST repos/upload-release-asset',
      'POST repos/upload-release-asset',
      'POST repos/upload-release-asset',
      'PATCH repos/update-release',
    ])
    expect(w.requests()[1]?.body).toMatchObject({
      tag_name: 'v1.2.0',
      draft: true,
      prerelease: false,
    })
    expect(w.requests()[6]?.body).toEqual({ draft: false, prerelease: false, make_latest: 'true' })
    const release = w.release('v1.2.0')
    expect(release).toMatchObject({
      draft: false,
      body: '## Summary\n\nThe release.\n',
      name: 'v1.2.0',
    })
    const assets = (release?.assets ?? []) as { id: number; name: string; size: number }[]
    expect(assets.map(a => a.name).sort()).toEqual([
      'app-darwin-arm64',
      'app-linux-amd64',
      'checksums.txt',
    ])
    const linux = assets.find(a => a.name === 'app-linux-amd64')
    expect(api.assetBytes.get(linux?.id ?? 0)?.toString()).toBe('binary for linux\n')
    expect(api.repo(w.name).latestId).toBe(release?.id)
    expect(JSON.parse(r.outputs.assets ?? '')).toEqual(
      expect.arrayContaining([{ name: 'checksums.txt', action: 'uploaded' }]),
    )
    expect(r.outputs).toMatchObject({
      latest: 'true',
      'release-url': release?.html_url,
      'release-id': String(release?.id),
    })
    expect(r.summary).toContain('### GitHub Release `v1.2.0`: published as Latest')
    expect(api.violations.splice(0)).toEqual([])
  })

  it('a re-run finds the published release and changes nothing', async () => {
    const w = await world()
    expect((await w.run({ tag: 'v1.2.0', notes: 'first', assets: ASSETS })).code).toBe(0)
    const before = w.requests().length
    const again = await w.run({ tag: 'v1.2.0', notes: 'edited notes are kept', assets: ASSETS })
    expect(again.code).toBe(0)
    expect(ops(w).slice(before)).toEqual(['GET repos/list-releases'])
    expect(api.repo(w.name).releases.filter(r => r.tag_name === 'v1.2.0')).toHaveLength(1)
    expect(w.release('v1.2.0')?.body).toBe('first')
    expect(again.summary).toContain('was already published')
  })

  it('finds the draft a lost create made, instead of creating a second release', async () => {
    const w = await world()
    api.faults.push(FAULTS.lostAnswer('repos/create-release'))
    const r = await w.run({ tag: 'v1.2.0', notes: 'n', assets: ASSETS })
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)
    expect(api.repo(w.name).releases.filter(x => x.tag_name === 'v1.2.0')).toHaveLength(1)
    expect(
      w
        .requests()
        .filter(q => q.operationId === 'repos/create-release')
        .map(q => q.status),
    ).toEqual([-1, 422])
    expect(w.release('v1.2.0')?.draft).toBe(false)
    expect(api.violations.splice(0)).toEqual([])
  })

  it('finishes a draft an earlier run left half-done: replaces a partial asset, keeps good ones', async () => {
    const w = await world()
    const draft = api.addRelease(w.name, {
      tag_name: 'v1.2.0',
      draft: true,
      published_at: null,
      body: 'old',
    })
    const partial = { id: 900001, name: 'app-linux-amd64', size: 3, state: 'open' }
    const good = { id: 900002, name: 'checksums.txt', size: 5, state: 'uploaded' }
    Object.assign(draft, { assets: [{ ...draftAsset(partial) }, { ...draftAsset(good) }] })
    const r = await w.run({ tag: 'v1.2.0', notes: 'new', assets: ASSETS })
    expect(r.code).toBe(0)
    expect(ops(w)).toEqual([
      'GET repos/list-releases',
      'PATCH repos/update-release',
      'GET repos/list-release-assets',
      'POST repos/upload-release-asset',
      'DELETE repos/delete-release-asset',
      'POST repos/upload-release-asset',
      'PATCH repos/update-release',
    ])
    expect(JSON.parse(r.outputs.assets ?? '')).toEqual([
      { name: 'app-darwin-arm64', action: 'uploaded' },
      { name: 'app-linux-amd64', action: 'replaced' },
      { name: 'checksums.txt', action: 'unchanged' },
    ])
    expect(w.release('v1.2.0')).toMatchObject({ draft: false, body: 'new' })
    expect(api.violations.splice(0)).toEqual([])
  })

  it('marks a pre-release as such and never Latest; a back-port is never Latest', async () => {
    const w = await world(['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v1.0.1'])
    api.addRelease(w.name, { tag_name: 'v1.1.0' }, { latest: true })
    const rc = await w.run({ tag: 'v1.2.0-rc.1', notes: 'rc' })
    expect(rc.code).toBe(0)
    expect(w.release('v1.2.0-rc.1')).toMatchObject({ prerelease: true, draft: false })
    expect(rc.outputs.latest).toBe('false')
    const backport = await w.run({ tag: 'v1.0.1', notes: 'backport' })
    expect(backport.code).toBe(0)
    expect(backport.outputs.latest).toBe('false')
    const publishes = w
      .requests()
      .filter(q => q.method === 'PATCH')
      .map(q => q.body)
    expect(publishes).toEqual([
      { draft: false, prerelease: true, make_latest: 'false' },
      { draft: false, prerelease: false, make_latest: 'false' },
    ])
    expect(api.repo(w.name).latestId).toBe(w.release('v1.1.0')?.id)
  })

  it('refuses to change the assets of a published release: immutable, or another file under a name', async () => {
    const w = await world()
    api.immutableReleases = true
    try {
      expect((await w.run({ tag: 'v1.2.0', notes: 'n', assets: 'out/app-*' })).code).toBe(0)
      expect(w.release('v1.2.0')?.immutable).toBe(true)
      const more = await w.run({ tag: 'v1.2.0', notes: 'n', assets: ASSETS })
      expect(more.code).toBe(1)
      expect(more.stdout).toContain(
        '::error::v1.2.0 is published and immutable, and lacks checksums.txt',
      )
      writeFileSync(path.join(w.repo.dir, 'out/app-linux-amd64'), 'a different build\n')
      const other = await w.run({ tag: 'v1.2.0', notes: 'n', assets: 'out/app-*' })
      expect(other.stdout).toContain(
        '::error::v1.2.0 is already published with other files under the names app-linux-amd64 (17 bytes there, 18 here); a published asset is never replaced',
      )
      expect(w.requests().filter(q => q.method === 'DELETE')).toEqual([])
    } finally {
      api.immutableReleases = false
    }
  })

  it('a re-run keeps the published copies of the assets every run makes anew (regenerated-assets)', async () => {
    const w = await world()
    writeFileSync(path.join(w.repo.dir, 'out/sbom.spdx.json'), '{"created":"first run"}\n')
    expect((await w.run({ tag: 'v1.2.0', notes: 'n', assets: ASSETS })).code).toBe(0)
    writeFileSync(
      path.join(w.repo.dir, 'out/sbom.spdx.json'),
      '{"created":"the second run, later"}\n',
    )
    const again = await w.run({
      tag: 'v1.2.0',
      notes: 'n',
      assets: ASSETS,
      'regenerated-assets': 'sbom.spdx.json\nprovenance.intoto.jsonl',
    })
    expect(again.code, again.stdout).toBe(0)
    const sbom = (w.release('v1.2.0')?.assets as { name: string; id: number }[]).find(
      a => a.name === 'sbom.spdx.json',
    )
    expect(api.assetBytes.get(sbom?.id ?? -1)?.toString()).toBe('{"created":"first run"}\n')
    // A release file that differs is still refused.
    writeFileSync(path.join(w.repo.dir, 'out/app-linux-amd64'), 'a different build\n')
    const other = await w.run({
      tag: 'v1.2.0',
      notes: 'n',
      assets: ASSETS,
      'regenerated-assets': 'sbom.spdx.json',
    })
    expect(other.code).toBe(1)
    expect(other.stdout).toContain('other files under the names app-linux-amd64')
    const bad = await w.run({
      tag: 'v1.2.0',
      notes: 'n',
      'regenerated-assets': 'out/sbom.spdx.json',
    })
    expect(bad.stdout).toContain("::error::Input 'regenerated-assets': expected asset names")
  })

  it("release-files downloads a release's files, each checked against its checksums.txt, leaving the evidence out", async () => {
    const w = await world()
    const sha = (t: string) => createHash('sha256').update(t).digest('hex')
    const linux = 'binary for linux\n'
    const mac = 'binary for macOS, a little longer\n'
    writeFileSync(
      path.join(w.repo.dir, 'out/checksums.txt'),
      `${sha(linux)}  app-linux-amd64\n${sha(mac)}  app-darwin-arm64\n`,
    )
    writeFileSync(path.join(w.repo.dir, 'out/sbom.spdx.json'), '{}\n')
    expect((await w.run({ tag: 'v1.1.0', notes: 'n', assets: ASSETS })).code).toBe(0)
    const fetch = (tag: string) =>
      runAction(
        'release-files',
        { tag, token: api.token, repository: w.name, 'api-url': api.url, path: 'reused' },
        { cwd: w.repo.dir },
      )
    const r = await fetch('v1.1.0')
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs.count).toBe('2')
    expect(readFileSync(path.join(w.repo.dir, 'reused/app-linux-amd64'), 'utf8')).toBe(linux)
    expect(existsSync(path.join(w.repo.dir, 'reused/sbom.spdx.json'))).toBe(false)
    // A file that is not what its release's checksums say is not shipped.
    writeFileSync(
      path.join(w.repo.dir, 'out/checksums.txt'),
      `${sha('something else')}  app-linux-amd64\n${sha(mac)}  app-darwin-arm64\n`,
    )
    expect((await w.run({ tag: 'v1.2.0', notes: 'n', assets: ASSETS })).code).toBe(0)
    const bad = await fetch('v1.2.0')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      `::error::app-linux-amd64 of v1.2.0 has sha256 ${sha(linux)}, but its checksums.txt says ${sha('something else')}: not shipping it`,
    )
  })

  it('moves the major tag only for the highest stable release of its line', async () => {
    const w = await world(['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'])
    const refs = api.repo(w.name).refs
    const commit = async (tag: string) => w.repo.run('rev-parse', `${tag}^{commit}`)
    const first = await w.run({ tag: 'v2.0.0', notes: 'n', 'major-tag': 'true' })
    expect(first.outputs['major-tag']).toBe('v2')
    expect(refs.get('tags/v2')).toBe(await commit('v2.0.0'))
    const backport = await w.run({ tag: 'v1.1.1', notes: 'n', 'major-tag': 'true' })
    expect(backport.outputs['major-tag']).toBe('v1')
    expect(refs.get('tags/v1')).toBe(await commit('v1.1.1'))
    expect(refs.get('tags/v2')).toBe(await commit('v2.0.0'))
    const older = await w.run({ tag: 'v1.1.0', notes: 'n', 'major-tag': 'true' })
    expect(older.outputs['major-tag']).toBe('')
    expect(refs.get('tags/v1')).toBe(await commit('v1.1.1'))
    const rc = await w.run({ tag: 'v2.0.1-rc.1', notes: 'n', 'major-tag': 'true' })
    expect(rc.outputs['major-tag']).toBe('')
    await w.repo.commit('fix: next')
    await w.repo.tag('v2.0.1', { message: 'Release v2.0.1' })
    const next = await w.run({ tag: 'v2.0.1', notes: 'n', 'major-tag': 'true' })
    expect(next.summary).toContain('Major tag `v2`: moved.')
    expect(refs.get('tags/v2')).toBe(await commit('v2.0.1'))
    expect(
      w
        .requests()
        .filter(q => q.operationId === 'git/update-ref')
        .map(q => q.body),
    ).toEqual([{ sha: await commit('v2.0.1'), force: true }])
    expect(api.violations.splice(0)).toEqual([])
  })

  it('a dry run only reads', async () => {
    const w = await world()
    const r = await w.run({
      tag: 'v1.2.0',
      notes: 'n',
      assets: ASSETS,
      'dry-run': 'true',
      'major-tag': 'true',
    })
    expect(r.code).toBe(0)
    expect(w.requests().every(q => q.method === 'GET')).toBe(true)
    expect(JSON.parse(r.outputs.assets ?? '')).toHaveLength(3)
    expect(r.summary).toContain('dry run: would create a draft, upload, publish')
  })

  it('never uploads a file reached through a symlinked directory outside the workspace', async () => {
    const w = await world()
    const outside = tempDir('ra-outside-')
    writeFileSync(path.join(outside, 'id_ed25519'), 'PRIVATE KEY\n')
    symlinkSync(outside, path.join(w.repo.dir, 'out/keys'))
    symlinkSync(outside, path.join(w.repo.dir, 'linked'))
    const r = await w.run({ tag: 'v1.2.0', notes: 'n', assets: `${ASSETS}\nout/*/*\nlinked/*` })
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)
    const assets = (w.release('v1.2.0')?.assets ?? []) as { name: string }[]
    const names = assets.map(a => a.name)
    expect(names.sort()).toEqual(['app-darwin-arm64', 'app-linux-amd64', 'checksums.txt'])
    expect([...api.assetBytes.values()].map(b => b.toString())).not.toContain('PRIVATE KEY\n')
    expect(r.stdout).toContain(
      `::warning::assets: skipped "out/keys" (a symlink to ${JSON.stringify(outside)}, outside the workspace).`,
    )
    expect(r.stdout).toContain(`::warning::assets: skipped "linked" (a symlink to `)
  })

  it('says which permission is missing (403) and creates nothing', async () => {
    const w = await world()
    api.contents = 'read'
    try {
      const r = await w.run({ tag: 'v1.2.0', notes: 'n' })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        '::error::GitHub did not allow the token to create the release v1.2.0 (HTTP 403',
      )
      expect(r.stdout).toContain('the token needs contents: write on the repository')
    } finally {
      api.contents = 'write'
    }
    expect(w.release('v1.2.0')).toBeUndefined()
  })

  it.each([
    ['a tag that is not a release tag', { tag: 'v1.2' }, "Input 'tag': "],
    [
      'notes and notes-file',
      { tag: 'v1.2.0', notes: 'a', 'notes-file': 'NOTES.md' },
      "Input 'notes': expected notes or notes-file, not both",
    ],
    [
      'a missing notes file',
      { tag: 'v1.2.0', 'notes-file': 'missing.md' },
      "Input 'notes-file': expected a file with the release notes",
    ],
    [
      'notes over the limit',
      { tag: 'v1.2.0', notes: 'x'.repeat(125_001) },
      "Input 'notes': the notes are 125001 characters; GitHub accepts at most 125000",
    ],
    ['assets outside the workspace', { tag: 'v1.2.0', assets: '../etc/*' }, "Input 'assets': "],
    ['assets that match nothing', { tag: 'v1.2.0', assets: 'out/nothing-*' }, "Input 'assets': "],
    [
      'a bad prerelease value',
      { tag: 'v1.2.0', prerelease: 'maybe' },
      "Input 'prerelease': expected one of auto | true | false",
    ],
    [
      'a tag the checkout does not have',
      { tag: 'v9.9.9' },
      'make-latest: auto and major-tag read the repository',
    ],
  ])('refuses %s before any request', async (_label, inputs, message) => {
    const w = await world()
    const r = await w.run(inputs)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::${message}`)
    expect(w.requests()).toEqual([])
  })
})

function draftAsset(a: {
  id: number
  name: string
  size: number
  state: string
}): Record<string, unknown> {
  return {
    url: `https://api.github.com/repos/o/r/releases/assets/${a.id}`,
    browser_download_url: `https://github.com/o/r/releases/download/v1.2.0/${a.name}`,
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: null,
    state: a.state,
    content_type: 'application/octet-stream',
    size: a.size,
    digest: null,
    download_count: 0,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    uploader: null,
  }
}
