/**
 * superseded-release against the local GitHub API (every request and answer checked against
 * GitHub's REST description) and the real registry on 127.0.0.1: the bundle as the runner runs it,
 * the CLI, and the domain code in process where faults need short retry delays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInputs } from '../../actions/superseded-release/inputs.ts'
import { supersedeOutputs } from '../../actions/superseded-release/outputs.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { BANNER_START, hasBanner, supersedeRelease } from '../../packages/supersede/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { FAULTS, FakeGitHub, type Release } from '../peers/github-api.ts'
import { pushImage, startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

let api: FakeGitHub
let registry: TestRegistry
beforeAll(async () => {
  ;[api, registry] = await Promise.all([FakeGitHub.start(), startRegistry()])
})
afterAll(async () => {
  await Promise.all([api.stop(), registry.stop()])
  cleanupTempDirs()
})

let worlds = 0

interface World {
  repo: string
  image: string
  imageRepo: string
  releases: Record<string, Release>
  digests: Record<string, string>
  /** Every tag of the image and where it points, read from the registry. */
  tags: () => Promise<Record<string, string | undefined>>
  /** The requests the API received for this repository. */
  requests: () => FakeGitHub['requests']
}

const TAGS = ['1.2.0', '1.3.0', '1.3.1', '1.4.0', '1.2', '1.3', '1.4', '1', 'latest', '1.5.0-rc.1']

/**
 * Releases v1.2.0, v1.3.0, v1.3.1, v1.4.0 (Latest, the bad one), v1.5.0-rc.1 (pre-release) and a
 * draft; images with the tags publish-tags-matrix gives them: 1.2 → 1.2.0, 1.3 → 1.3.1, and 1.4,
 * 1 and latest → 1.4.0.
 */
async function world(): Promise<World> {
  const n = ++worlds
  const repo = `octo/app${n}`
  const imageRepo = `octo/app${n}`
  const image = `${registry.host}/${imageRepo}`
  const releases: Record<string, Release> = {}
  for (const tag of ['v1.2.0', 'v1.3.0', 'v1.3.1', 'v1.4.0'])
    releases[tag] = api.addRelease(
      repo,
      { tag_name: tag, name: `App ${tag}`, body: `## What's changed\n\n- things of ${tag}\n` },
      { latest: tag === 'v1.4.0' },
    )
  releases['v1.5.0-rc.1'] = api.addRelease(repo, { tag_name: 'v1.5.0-rc.1', prerelease: true })
  releases['v1.5.0'] = api.addRelease(repo, { tag_name: 'v1.5.0', draft: true, published_at: null })
  const digests: Record<string, string> = {}
  for (const v of ['1.2.0', '1.3.0', '1.3.1', '1.4.0', '1.5.0-rc.1'])
    digests[v] = await pushImage(registry, imageRepo, { seed: `${repo} ${v}`, tag: v })
  const alias: Record<string, string> = {
    '1.2': '1.2.0',
    '1.3': '1.3.1',
    '1.4': '1.4.0',
    '1': '1.4.0',
    latest: '1.4.0',
  }
  for (const [a, v] of Object.entries(alias))
    await pushImage(registry, imageRepo, { seed: `${repo} ${v}`, tag: a })
  return {
    repo,
    image,
    imageRepo,
    releases,
    digests,
    tags: async () =>
      Object.fromEntries(
        await Promise.all(
          TAGS.map(async (t): Promise<[string, string | undefined]> => [
            t,
            await tagDigest(registry, imageRepo, t),
          ]),
        ),
      ),
    requests: () => api.requests.filter(r => r.path.startsWith(`/repos/${repo}/`)),
  }
}

function inputsOf(w: World, over: Record<string, string> = {}): Record<string, string> {
  return {
    tag: 'v1.4.0',
    reason: 'v1.4.0 corrupts the cache on upgrade (#123).',
    token: api.token,
    repository: w.repo,
    'api-url': api.url,
    images: w.image,
    ...over,
  }
}

const release = (w: World, tag: string) => api.repo(w.repo).releases.find(r => r.tag_name === tag)
const latestId = (w: World) => api.repo(w.repo).latestId

describe('superseded-release, the bundle against the local GitHub API and a real registry', () => {
  it('supersedes the Latest release: banner, title, Latest, aliases back to the last good digest', async () => {
    const w = await world()
    const before = await w.tags()
    const r = await runAction('superseded-release', inputsOf(w), { cwd: tempDir() })
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)

    const bad = release(w, 'v1.4.0')
    expect(bad?.name).toBe('App v1.4.0 (superseded by v1.3.1)')
    expect(bad?.body).toMatch(
      /^<!-- release-actions:superseded -->\n## ⚠️ Deprecated\n\n\*\*v1\.4\.0 is superseded by \[v1\.3\.1\]\(https:\/\/github\.com\/octo\/app\d+\/releases\/tag\/v1\.3\.1\)\. Use v1\.3\.1 instead\.\*\*\n\nWhy: v1\.4\.0 corrupts the cache on upgrade \(#123\)\./,
    )
    expect(bad?.body).toContain("-->\n\n## What's changed\n\n- things of v1.4.0\n")
    expect(latestId(w)).toBe(w.releases['v1.3.1']?.id)

    const after = await w.tags()
    // Version tags never move; 1 and latest go back to 1.3.1; 1.4 has no good release left.
    for (const v of ['1.2.0', '1.3.0', '1.3.1', '1.4.0', '1.5.0-rc.1'])
      expect(after[v], v).toBe(before[v])
    expect(after['1']).toBe(w.digests['1.3.1'])
    expect(after.latest).toBe(w.digests['1.3.1'])
    expect(after['1.3']).toBe(before['1.3'])
    expect(after['1.2']).toBe(before['1.2'])
    expect(after['1.4']).toBe(w.digests['1.4.0'])
    expect(r.stdout).toMatch(
      /::warning::127\.0\.0\.1:\d+\/octo\/app\d+:1\.4 no good release of its line is left/,
    )

    expect(r.outputs['release-url']).toBe(bad?.html_url)
    expect(r.outputs['latest-tag']).toBe('v1.3.1')
    expect(JSON.parse(r.outputs['moved-aliases'] ?? '')).toEqual([
      { image: w.image, alias: '1', from: w.digests['1.4.0'], to: w.digests['1.3.1'] },
      { image: w.image, alias: 'latest', from: w.digests['1.4.0'], to: w.digests['1.3.1'] },
    ])
    // The plan is printed before anything is written.
    const planAt = r.stdout.indexOf('Plan to supersede v1.4.0')
    expect(planAt).toBeGreaterThan(-1)
    expect(planAt).toBeLessThan(r.stdout.indexOf('is now the Latest release'))
    expect(r.summary).toContain('### superseded-release: `v1.4.0` → `v1.3.1`')
    expect(r.summary).toContain(
      '### Superseded\n\n- v1.4.0 is superseded by v1.3.1: v1.4.0 corrupts the cache on upgrade (#123).',
    )

    // The exact API traffic: three reads, two writes, never a DELETE.
    expect(w.requests().map(q => `${q.method} ${q.operationId}`)).toEqual([
      'GET repos/get-release-by-tag',
      'GET repos/list-releases',
      'GET repos/get-latest-release',
      'PATCH repos/update-release',
      'PATCH repos/update-release',
    ])
    expect(w.requests()[3]?.body).toEqual({ make_latest: 'true' })
    expect(w.requests()[4]?.body).toMatchObject({
      make_latest: 'false',
      name: 'App v1.4.0 (superseded by v1.3.1)',
    })
    expect(api.violations).toEqual([])
  })

  it('supersedes an older release: Latest unchanged, aliases that point elsewhere left alone', async () => {
    const w = await world()
    const before = await w.tags()
    const r = await runAction(
      'superseded-release',
      inputsOf(w, { tag: 'v1.3.1', 'superseded-by': 'v1.4.0', reason: 'Leaks file handles.' }),
      { cwd: tempDir() },
    )
    expect(r.code).toBe(0)
    expect(latestId(w)).toBe(w.releases['v1.4.0']?.id)
    expect(r.outputs['latest-tag']).toBe('v1.4.0')
    expect(release(w, 'v1.3.1')?.body).toContain('**v1.3.1 is superseded by [v1.4.0]')
    expect(release(w, 'v1.4.0')?.body).not.toContain(BANNER_START)
    const after = await w.tags()
    // 1.3 pointed at the bad 1.3.1: back to 1.3.0. 1, latest and 1.4 point at 1.4.0: untouched.
    expect(after['1.3']).toBe(w.digests['1.3.0'])
    for (const t of ['1', 'latest', '1.4', '1.2', ...['1.2.0', '1.3.0', '1.3.1', '1.4.0']])
      expect(after[t], t).toBe(before[t])
    expect(JSON.parse(r.outputs['moved-aliases'] ?? '')).toEqual([
      { image: w.image, alias: '1.3', from: w.digests['1.3.1'], to: w.digests['1.3.0'] },
    ])
    expect(
      w
        .requests()
        .filter(q => q.method !== 'GET')
        .map(q => q.body),
    ).toEqual([
      expect.objectContaining({ make_latest: 'false', name: 'App v1.3.1 (superseded by v1.4.0)' }),
    ])
    expect(api.violations).toEqual([])
  })

  it('a re-run replaces its own banner and writes nothing else', async () => {
    const w = await world()
    const first = await runAction('superseded-release', inputsOf(w), { cwd: tempDir() })
    expect(first.code).toBe(0)
    const body = release(w, 'v1.4.0')?.body
    const tags = await w.tags()
    const writes = w.requests().filter(q => q.method !== 'GET').length
    const again = await runAction('superseded-release', inputsOf(w), { cwd: tempDir() })
    expect(again.code).toBe(0)
    expect(release(w, 'v1.4.0')?.body).toBe(body)
    expect(body?.split(BANNER_START)).toHaveLength(2)
    expect(w.requests().filter(q => q.method !== 'GET')).toHaveLength(writes)
    expect(await w.tags()).toEqual(tags)
    expect(again.outputs['moved-aliases']).toBe('[]')
    expect(again.outputs['latest-tag']).toBe('v1.3.1')
    expect(again.stdout).toContain('already carries this banner and title (unchanged)')

    // A new reason replaces the banner, still only one.
    const reworded = await runAction(
      'superseded-release',
      inputsOf(w, { reason: 'It deletes user data.' }),
      { cwd: tempDir() },
    )
    expect(reworded.code).toBe(0)
    const text = release(w, 'v1.4.0')?.body ?? ''
    expect(text.split(BANNER_START)).toHaveLength(2)
    expect(text).toContain('Why: It deletes user data.')
    expect(text).not.toContain('corrupts the cache')
    expect(text).toContain("## What's changed\n\n- things of v1.4.0\n")
    expect(release(w, 'v1.4.0')?.name).toBe('App v1.4.0 (superseded by v1.3.1)')
  })

  it('a dry run prints the plan and writes nothing', async () => {
    const w = await world()
    const before = await w.tags()
    const r = await runAction('superseded-release', inputsOf(w, { 'dry-run': 'true' }), {
      cwd: tempDir(),
    })
    expect(r.code).toBe(0)
    expect(w.requests().every(q => q.method === 'GET')).toBe(true)
    expect(await w.tags()).toEqual(before)
    expect(hasBanner(release(w, 'v1.4.0')?.body)).toBe(false)
    expect(latestId(w)).toBe(w.releases['v1.4.0']?.id)
    expect(r.stdout).toContain('(dry run: nothing is written)')
    expect(r.stdout).toMatch(/octo\/app\d+:latest: would move sha256:[0-9a-f]{12}… → 1\.3\.1/)
    expect(r.outputs['latest-tag']).toBe('v1.3.1')
    expect(JSON.parse(r.outputs['moved-aliases'] ?? '')).toHaveLength(2)
    expect(r.summary).toContain('(dry run)')
  })

  it('marks a pre-release without touching images, and only the release with move-aliases: false', async () => {
    const w = await world()
    const before = await w.tags()
    const rc = await runAction(
      'superseded-release',
      inputsOf(w, { tag: 'v1.5.0-rc.1', reason: 'Broken build.' }),
      { cwd: tempDir() },
    )
    expect(rc.code).toBe(0)
    expect(release(w, 'v1.5.0-rc.1')?.body).toContain('**v1.5.0-rc.1 is superseded by [v1.4.0]')
    expect(rc.outputs['latest-tag']).toBe('v1.4.0')
    const keep = await runAction('superseded-release', inputsOf(w, { 'move-aliases': 'false' }), {
      cwd: tempDir(),
    })
    expect(keep.code).toBe(0)
    expect(keep.outputs['moved-aliases']).toBe('[]')
    expect(await w.tags()).toEqual(before)
    expect(latestId(w)).toBe(w.releases['v1.3.1']?.id)
  })

  it('finds superseded-by on a later page of a long release list', async () => {
    const n = ++worlds
    const repo = `octo/long${n}`
    api.addRelease(repo, { tag_name: 'v2.0.0' })
    for (let i = 0; i < 130; i++) api.addRelease(repo, { tag_name: `v1.0.${i}` }, { latest: false })
    const r = await runAction(
      'superseded-release',
      {
        tag: 'v1.0.129',
        reason: 'Bad.',
        token: api.token,
        repository: repo,
        'api-url': api.url,
        'dry-run': 'true',
      },
      { cwd: tempDir() },
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('"v1.0.129 (superseded by v2.0.0)"')
    const lists = api.requests.filter(q => q.path === `/repos/${repo}/releases`)
    expect(lists.map(q => q.query.page ?? '1')).toEqual(['1', '2'])
    expect(api.violations).toEqual([])
  })
})

describe('superseded-release with a registry that wants credentials (Bearer token service)', () => {
  it('moves the aliases with registry-username and registry-password, and refuses wrong ones before writing', async () => {
    const secured = await startRegistry({ auth: 'token' })
    try {
      const n = ++worlds
      const repo = `octo/secure${n}`
      const imageRepo = `octo/secure${n}`
      const image = `${secured.host}/${imageRepo}`
      api.addRelease(repo, { tag_name: 'v2.0.0' })
      api.addRelease(repo, { tag_name: 'v2.1.0' }, { latest: true })
      const good = await pushImage(secured, imageRepo, { seed: 'good', tag: '2.0.0' })
      const bad = await pushImage(secured, imageRepo, { seed: 'bad', tag: '2.1.0' })
      for (const t of ['2.1', '2', 'latest'])
        await pushImage(secured, imageRepo, { seed: 'bad', tag: t })
      const base = {
        tag: 'v2.1.0',
        reason: 'Crashes on start.',
        token: api.token,
        repository: repo,
        'api-url': api.url,
        images: image,
        'registry-username': secured.username,
      }
      const wrong = await runAction(
        'superseded-release',
        { ...base, 'registry-password': 'nope' },
        { cwd: tempDir() },
      )
      expect(wrong.code).toBe(1)
      expect(wrong.stdout).toContain(
        `refused the credentials of registry-username "${secured.username}"`,
      )
      expect(wrong.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secured.password)
      expect(
        api.requests.filter(q => q.path.startsWith(`/repos/${repo}/`) && q.method !== 'GET'),
      ).toEqual([])
      const r = await runAction(
        'superseded-release',
        { ...base, 'registry-password': secured.password },
        { cwd: tempDir() },
      )
      expect(r.stdout).not.toContain('::error::')
      expect(r.code).toBe(0)
      expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secured.password)
      for (const t of ['2', 'latest']) expect(await tagDigest(secured, imageRepo, t), t).toBe(good)
      expect(await tagDigest(secured, imageRepo, '2.1')).toBe(bad)
      expect(await tagDigest(secured, imageRepo, '2.1.0')).toBe(bad)
    } finally {
      await secured.stop()
    }
  })
})

describe('superseded-release refuses, naming the problem, before anything is written', () => {
  it.each([
    [{ tag: 'v9.9.9' }, "Input 'tag': octo/app\\d+ has no release with the tag v9\\.9\\.9"],
    [{ tag: 'v1.4' }, "Input 'tag': expected a release tag such as v1.2.3"],
    [{ tag: 'v1.4.0;id' }, "Input 'tag': \"v1.4.0;id\" contains the character ';'"],
    [
      { 'superseded-by': 'v1.5.0-rc.1' },
      "Input 'superseded-by': expected a stable release such as v1.2.4, got the pre-release",
    ],
    [
      { 'superseded-by': 'v1.4.0' },
      "Input 'superseded-by': expected another release than the one being superseded",
    ],
    [
      { 'superseded-by': '1.4.0' },
      "Input 'superseded-by': expected another release than the one being superseded",
    ],
    [{ 'superseded-by': 'v1.5.0' }, "Input 'superseded-by': the release v1.5.0 is a draft"],
    [{ tag: 'v1.5.0' }, "Input 'tag': the release v1\\.5\\.0 is a draft: nothing was published"],
    [
      { 'superseded-by': 'v1.9.0' },
      "Input 'superseded-by': octo/app\\d+ has no release with the tag v1\\.9\\.0",
    ],
    [{ reason: '' }, "Input 'reason': is required"],
    [{ token: '' }, "Input 'token': is required; expected a GitHub token with contents: write"],
    [
      { token: 'wrong' },
      'GitHub refused the token while trying to read the release v1\\.4\\.0 of octo/app\\d+ \\(HTTP 401',
    ],
    [{ images: 'ghcr.io/o/App:1' }, "Input 'images': "],
    [{ 'registry-username': 'u' }, "Input 'registry-password': expected both"],
    [{ 'api-url': 'ftp://x' }, "Input 'api-url': expected an https URL"],
    [{ repository: 'not a repo' }, "Input 'repository': expected owner/repo"],
  ])('%j', async (over, message) => {
    const w = await world()
    const before = await w.tags()
    const r = await runAction('superseded-release', inputsOf(w, over), { cwd: tempDir() })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`::error::${message}`))
    expect(w.requests().filter(q => q.method !== 'GET')).toEqual([])
    expect(await w.tags()).toEqual(before)
    expect(r.outputFile).toBe('')
  })

  it('says which permission is missing when the token may only read (403), and changes nothing', async () => {
    const w = await world()
    const before = await w.tags()
    api.contents = 'read'
    try {
      const r = await runAction('superseded-release', inputsOf(w), { cwd: tempDir() })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        '::error::GitHub did not allow the token to make v1.3.1 the Latest release; nothing was changed (HTTP 403 Resource not accessible by integration',
      )
      expect(r.stdout).toContain(
        'the token needs contents: write on the repository (permissions: contents: write in the workflow job)',
      )
      expect(await w.tags()).toEqual(before)
      // 403 is never retried.
      expect(w.requests().filter(q => q.method === 'PATCH')).toHaveLength(1)
    } finally {
      api.contents = 'write'
    }
    expect(hasBanner(release(w, 'v1.4.0')?.body)).toBe(false)
  })
})

describe('superseded-release through faults of the API (in process, short retry delays)', () => {
  async function runInProcess(w: World, over: Record<string, string> = {}) {
    const logger = recordingLogger()
    const opts = readInputs(new Inputs(mapSource(inputsOf(w, over))), githubContext({}))
    const outcome = await supersedeRelease(opts, logger, { retryBaseMs: 5 })
    return { outcome, outputs: supersedeOutputs(outcome), logger }
  }

  it('retries 5xx, honours Retry-After on 429 and the secondary rate limit, and recovers', async () => {
    const w = await world()
    api.faults.push(
      FAULTS.serverError('repos/get-release-by-tag', 2, 502),
      FAULTS.tooManyRequests('repos/list-releases', 1),
      FAULTS.secondaryRateLimit('repos/update-release', 1),
    )
    const { outputs, logger } = await runInProcess(w)
    expect(outputs['latest-tag']).toBe('v1.3.1')
    expect(hasBanner(release(w, 'v1.4.0')?.body)).toBe(true)
    const ops = w.requests().map(q => `${q.operationId} ${q.status}`)
    expect(ops).toEqual([
      'repos/get-release-by-tag 502',
      'repos/get-release-by-tag 502',
      'repos/get-release-by-tag 200',
      'repos/list-releases 429',
      'repos/list-releases 200',
      'repos/get-latest-release 200',
      'repos/update-release 403',
      'repos/update-release 200',
      'repos/update-release 200',
    ])
    const gap = (op: string) => {
      const [a, b] = w.requests().filter(q => q.operationId === op)
      return (b?.at ?? 0) - (a?.at ?? 0)
    }
    expect(gap('repos/list-releases')).toBeGreaterThanOrEqual(950)
    expect(gap('repos/update-release')).toBeGreaterThanOrEqual(950)
    expect(logger.records.map(r => r.message).join('\n')).toMatch(/secondary rate limit for PATCH/)
    expect(api.faults.every(f => f.times === 0)).toBe(true)
    expect(api.violations).toEqual([])
  })

  it('waits for the primary rate limit to reset', async () => {
    const w = await world()
    api.faults.push(FAULTS.primaryRateLimit('repos/get-latest-release', 1))
    const { outputs } = await runInProcess(w, { 'dry-run': 'true' })
    expect(outputs['latest-tag']).toBe('v1.3.1')
    expect(
      w
        .requests()
        .filter(q => q.operationId === 'repos/get-latest-release')
        .map(q => q.status),
    ).toEqual([403, 200])
  })

  it('never retries another 4xx, and gives up on a 5xx that does not end', async () => {
    const w = await world()
    api.faults.push({
      operationId: 'repos/update-release',
      times: 1,
      status: 422,
      body: {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    })
    await expect(runInProcess(w)).rejects.toThrow(
      /GitHub failed while trying to make v1\.3\.1 the Latest release; nothing was changed: Validation Failed/,
    )
    expect(w.requests().filter(q => q.operationId === 'repos/update-release')).toHaveLength(1)
    api.faults.length = 0

    const down = await world()
    api.faults.push(FAULTS.serverError('repos/get-release-by-tag', 10, 503))
    await expect(runInProcess(down)).rejects.toThrow(
      /GitHub failed while trying to read the release v1\.4\.0/,
    )
    expect(down.requests()).toHaveLength(4) // the first try and three retries
    expect(down.requests().filter(q => q.method !== 'GET')).toEqual([])
    api.faults.length = 0
  })

  it('reports a create whose answer was lost as the 422 GitHub gives its retry (the fake, for the release job)', async () => {
    const w = await world()
    const { createGitHubClient } = await import('../../packages/github/index.ts')
    const octokit = createGitHubClient({
      token: api.token,
      apiUrl: api.url,
      logger: recordingLogger(),
      retryBaseMs: 5,
    })
    api.faults.push(FAULTS.lostAnswer('repos/create-release'))
    const [owner, name] = w.repo.split('/') as [string, string]
    const error = await octokit.rest.repos
      .createRelease({ owner, repo: name, tag_name: 'v1.6.0' })
      .catch((e: unknown) => e)
    expect((error as { status?: number }).status).toBe(422)
    expect(api.repo(w.repo).releases.filter(r => r.tag_name === 'v1.6.0')).toHaveLength(1)
    expect(
      w
        .requests()
        .filter(q => q.operationId === 'repos/create-release')
        .map(q => q.status),
    ).toEqual([-1, 422])
  })
})

describe('release-actions supersede (CLI)', () => {
  it('takes the token from GITHUB_TOKEN and prints the plan and the outcome', async () => {
    const w = await world()
    const args = [
      'supersede',
      '--tag',
      'v1.4.0',
      '--reason',
      'Broken migrations.',
      '--repository',
      w.repo,
      '--api-url',
      api.url,
      '--images',
      w.image,
    ]
    const dry = await runCli([...args, '--dry-run'], {
      cwd: tempDir(),
      env: { GITHUB_TOKEN: api.token },
    })
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('Dry run: nothing was written.')
    expect(dry.stdout).toContain('2 image tag(s) would move')
    expect(w.requests().every(q => q.method === 'GET')).toBe(true)
    const r = await runCli(args, { cwd: tempDir(), env: { GITHUB_TOKEN: api.token } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('v1.4.0 is marked superseded by v1.3.1.')
    expect(r.stdout).toMatch(/:latest → 1\.3\.1/)
    const none = await runCli(args, { cwd: tempDir(), env: { GITHUB_TOKEN: '', GH_TOKEN: '' } })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('error: --token: is required')
  })
})

describe('superseded-release and the tag prefix', () => {
  /** A monorepo: api@ and web@ releases, web@2.0.0 Latest. */
  function monorepo(): string {
    const repo = `octo/mono${++worlds}`
    for (const tag of ['api@1.0.0', 'api@1.1.0', 'web@2.0.0'])
      api.addRelease(
        repo,
        { tag_name: tag, name: tag, body: 'notes' },
        { latest: tag === 'web@2.0.0' },
      )
    return repo
  }
  const read = (repo: string, over: Record<string, string>) =>
    readInputs(
      new Inputs(
        mapSource({
          reason: 'Broken.',
          token: api.token,
          repository: repo,
          'api-url': api.url,
          'dry-run': 'true',
          ...over,
        }),
      ),
      githubContext({}),
    )

  it('without tag-prefix takes the prefix of tag: only releases of that package replace it', async () => {
    const repo = monorepo()
    const opts = read(repo, { tag: 'api@1.1.0' })
    expect(opts.tagPrefix).toBe('api@')
    const outcome = await supersedeRelease(opts, recordingLogger(), { retryBaseMs: 5 })
    expect(outcome.plan.supersededBy.tag).toBe('api@1.0.0')
    expect(outcome.plan.latestTag).toBe('web@2.0.0')
  })

  it('with tag-prefix: superseded-by may be a bare version, and tag must have the prefix', async () => {
    const repo = monorepo()
    const opts = read(repo, { tag: 'api@1.1.0', 'tag-prefix': 'api@', 'superseded-by': '1.0.0' })
    expect(opts).toMatchObject({ tagPrefix: 'api@', supersededBy: 'api@1.0.0' })
    const outcome = await supersedeRelease(opts, recordingLogger(), { retryBaseMs: 5 })
    expect(outcome.plan.supersededBy.tag).toBe('api@1.0.0')
    expect(() => read(repo, { tag: 'api@1.1.0', 'tag-prefix': 'v' })).toThrow(
      "Input 'tag': \"api@1.1.0\" does not start with the tag prefix 'v' (it is a release tag with the prefix 'api@': set tag-prefix: 'api@')",
    )
    expect(() => read(repo, { tag: 'api@1.1.0', 'tag-prefix': 'a b' })).toThrow(
      /^Input 'tag-prefix'/,
    )
  })

  it('a release GitHub does not have is an InputError naming the input, in the action and the CLI', async () => {
    const repo = monorepo()
    const r = await runAction(
      'superseded-release',
      {
        tag: 'api@1.1.0',
        'superseded-by': 'api@1.0.1',
        reason: 'Broken.',
        token: api.token,
        repository: repo,
        'api-url': api.url,
      },
      { cwd: tempDir() },
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::Input 'superseded-by': octo\/mono\d+ has no release with the tag api@1\.0\.1/,
    )
    const cli = await runCli(
      [
        'supersede',
        '--tag',
        'api@9.9.9',
        '--reason',
        'Broken.',
        '--repository',
        repo,
        '--api-url',
        api.url,
      ],
      { cwd: tempDir(), env: { GITHUB_TOKEN: api.token } },
    )
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(
      /error: --tag: octo\/mono\d+ has no release with the tag api@9\.9\.9/,
    )
  })
})
