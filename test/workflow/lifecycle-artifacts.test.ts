/**
 * Every artifact of issue 16 in one release lifecycle run by the workflow runner of the tests
 * (the user's on-tag workflow calling .github/workflows/release.yml with sign-images, charts,
 * archives and homebrew-tap set, against the real registry, the local GitHub API, Sigstore and
 * Cloud Run): each image digest signed keyless (the stand-in cosign) in every release; the chart
 * pushed when its version is new and left alone when not; per-platform archives named for each
 * release; a Slack-compatible notification for every release (candidates, stable releases,
 * back-ports) posted to a local webhook; the Homebrew formula (installing the file each archive
 * holds) committed to the tap through the contents API for the latest stable release only; and
 * the docs job of examples/release-with-docs.yaml, gated on release.yml's latest-stable output,
 * run for the latest stable release only. A webhook that fails never fails the release.
 */
import { chmodSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDocument } from 'yaml'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import type { TestRepo } from '../peers/repo.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { cosignCalls } from '../peers/cosign.ts'
import { tagDigest } from '../peers/registry.ts'
import { imagesOf, sampleFiles } from './sample-project.ts'

const REPO = 'octo/demo'
const TAP = 'octo/homebrew-tap'
vi.setConfig({ testTimeout: 180_000 })
let p: PipelineWorld
let repo: TestRepo
let hook: Server
let hookUrl = ''
let hookStatus = 200
const posted: { text: string; blocks: { type: string; text: { text: string } }[] }[] = []

/** The sample project, its on-tag workflow set up as the README's adoption section shows. */
function files(): Record<string, string> {
  const all = sampleFiles({
    registry: p.proxy.host,
    repository: REPO,
    release: {
      'homebrew-tap': TAP,
      'homebrew-description': 'Answers questions',
      'sign-images': true,
      charts: 'charts/*',
      archives: true,
    },
  })
  const doc = parseDocument(all['.github/workflows/release.yml'] ?? '')
  doc.setIn(
    ['jobs', 'release', 'secrets', 'HOMEBREW_TAP_TOKEN'],
    '${{ secrets.HOMEBREW_TAP_TOKEN }}',
  )
  doc.setIn(
    ['jobs', 'release', 'secrets', 'NOTIFY_WEBHOOK_URL'],
    '${{ secrets.NOTIFY_WEBHOOK_URL }}',
  )
  // The docs job of examples/release-with-docs.yaml, its gate as is, its Pages steps left out.
  doc.setIn(['jobs', 'docs'], {
    name: 'Docs site',
    needs: 'release',
    if: "needs.release.outputs.latest-stable == 'true'",
    'runs-on': 'ubuntu-24.04',
    permissions: { contents: 'read' },
    steps: [
      {
        name: 'Build the site',
        env: { VERSION: '${{ needs.release.outputs.version }}' },
        run: 'echo "docs of $VERSION"',
      },
    ],
  })
  all['.github/workflows/release.yml'] = doc.toString({ lineWidth: 0 })
  return all
}

const ciPassed = (sha: string) => p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: sha })

async function release(tag: string): Promise<RunResult> {
  await repo.tag(tag, { message: `Release ${tag}` })
  await p.world.push(REPO)
  return p.world.runner.run({
    repository: REPO,
    workflow: '.github/workflows/release.yml',
    event: { name: 'push', ref: `refs/tags/${tag}` },
  })
}

function ok(r: RunResult): void {
  expect(
    r.jobs.filter(j => j.result === 'failure').map(j => j.path),
    `${r.log()}\n${r.annotations('error').join('\n')}`,
  ).toEqual([])
  expect(r.result).toBe('success')
}

const chart = (version: string): Record<string, string> => ({
  'charts/demo/Chart.yaml': `apiVersion: v2\nname: demo\ntype: application\nversion: ${version}\nappVersion: "${version}"\n`,
  'charts/demo/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: demo\n',
})
const chartDigest = (version: string) => tagDigest(p.registry, 'octo/charts/demo', version)
const assets = (tag: string): string[] =>
  (
    (p.world.api.repo(REPO).releases.find(r => r.tag_name === tag)?.assets ?? []) as {
      name: string
    }[]
  )
    .map(a => a.name)
    .filter(n => n.startsWith('demo_'))
    .sort()
/** The image references cosign signed in a run, sorted. */
const signedSince = (before: number): string[] =>
  cosignCalls(p.cosign)
    .slice(before)
    .filter(c => c[0] === 'sign')
    .map(c => c.at(-1) ?? '')
    .sort()
const digestsOf = (r: RunResult): string[] =>
  (JSON.parse(r.job('Image digests').outputs.images ?? '[]') as { name: string; digest: string }[])
    .map(i => `${i.name}@${i.digest}`)
    .sort()

const formula = () => p.world.api.repo(TAP).files.get('Formula/demo.rb')?.bytes.toString('utf8')
const tapCommits = () => p.world.api.repo(TAP).fileCommits.map(c => c.message)
const releaseUrl = (tag: string): string => {
  const url = p.world.api.repo(REPO).releases.find(r => r.tag_name === tag)?.html_url
  return typeof url === 'string' ? url : ''
}

beforeAll(async () => {
  p = await startPipelineWorld()
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      posted.push(JSON.parse(body) as (typeof posted)[number])
      res.writeHead(hookStatus).end(hookStatus === 200 ? 'ok' : 'internal_error')
    })
  })
  await new Promise<void>(r => hook.listen(0, '127.0.0.1', r))
  const address = hook.address()
  hookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/services/T1/B1/s3cr3t`
  repo = await p.createRepository(REPO, {
    secrets: {
      REGISTRY_USERNAME: p.registry.username,
      REGISTRY_PASSWORD: p.registry.password,
      HOMEBREW_TAP_TOKEN: p.world.api.token,
      NOTIFY_WEBHOOK_URL: hookUrl,
    },
  })
  await repo.commit('feat: the demo service', { ...files(), ...chart('0.1.0') })
  chmodSync(path.join(repo.dir, 'app/server.sh'), 0o755)
  await repo.run('add', 'app/server.sh')
  await repo.run('commit', '--quiet', '--amend', '--no-edit')
})

afterAll(async () => {
  hook?.closeAllConnections()
  await new Promise(r => hook?.close(r))
  await p?.stop()
  cleanupTempDirs()
})

describe('what follows a release', () => {
  it('1. stable v0.1.0, the latest: signed, the chart pushed, archives, notified, the formula committed to the tap, the docs deployed', async () => {
    ciPassed(await repo.head())
    const signs = cosignCalls(p.cosign).length
    const r = await release('v0.1.0')
    ok(r)
    // Both images signed by digest; the chart pushed; the archives and their checksums published.
    expect(digestsOf(r)).toHaveLength(2)
    expect(signedSince(signs)).toEqual(digestsOf(r))
    expect(digestsOf(r).map(d => d.slice(0, d.indexOf('@')))).toEqual(
      Object.values(imagesOf(p.proxy.host, REPO)).sort(),
    )
    expect(await chartDigest('0.1.0')).toMatch(/^sha256:/)
    expect(assets('v0.1.0')).toEqual([
      'demo_v0.1.0_checksums.txt',
      'demo_v0.1.0_darwin_arm64.tar.gz',
      'demo_v0.1.0_linux_amd64.tar.gz',
    ])
    expect(posted).toHaveLength(1)
    expect(posted[0]?.text).toBe(`octo/demo v0.1.0 released (stable): ${releaseUrl('v0.1.0')}`)
    expect(posted[0]?.blocks[2]?.text.text).toMatch(/@sha256:[0-9a-f]{64}`$/)
    expect(r.job('Homebrew formula').result).toBe('success')
    expect(tapCommits()).toEqual(['demo 0.1.0'])
    const text = formula() ?? ''
    expect(text).toContain('version "0.1.0"')
    expect(text).toContain(
      'url "https://github.com/octo/demo/releases/download/v0.1.0/demo_v0.1.0_darwin_arm64.tar.gz"',
    )
    // The archive holds the build's file, demo_linux_amd64: that is what is installed as demo.
    expect(text).toContain('bin.install "demo_linux_amd64" => "demo"')
    expect(r.job('docs').result).toBe('success')
    expect(p.world.api.violations).toEqual([])
    // The webhook's secret never reaches a log.
    expect(r.log()).not.toContain('s3cr3t')
  })

  it('2. v0.2.0-rc.1: signed, its new chart version pushed, notified as a release candidate even with the webhook failing; no formula, no docs', async () => {
    ciPassed(await repo.commit('feat: search', { 'app/search.sh': 'search\n', ...chart('0.2.0') }))
    hookStatus = 500
    const signs = cosignCalls(p.cosign).length
    const r = await release('v0.2.0-rc.1')
    hookStatus = 200
    ok(r)
    expect(signedSince(signs)).toEqual(digestsOf(r))
    expect(await chartDigest('0.2.0')).toMatch(/^sha256:/)
    expect(assets('v0.2.0-rc.1')).toEqual([
      'demo_v0.2.0-rc.1_checksums.txt',
      'demo_v0.2.0-rc.1_darwin_arm64.tar.gz',
      'demo_v0.2.0-rc.1_linux_amd64.tar.gz',
    ])
    expect(posted).toHaveLength(2)
    expect(posted[1]?.text).toContain('v0.2.0-rc.1 released (release candidate)')
    expect(r.job('Notify').result).toBe('success')
    expect(r.annotations('warning').join('\n')).toContain(
      'The release notification was not delivered: the webhook answered 500',
    )
    expect(r.job('Homebrew formula').result).toBe('skipped')
    expect(tapCommits()).toEqual(['demo 0.1.0'])
    expect(r.job('docs').result).toBe('skipped')
  })

  it("3. v0.2.0 promoted: the candidate's digests signed, the chart left alone, notified, the formula moves to 0.2.0, the docs deployed", async () => {
    const chartBefore = await chartDigest('0.2.0')
    const signs = cosignCalls(p.cosign).length
    const r = await release('v0.2.0')
    ok(r)
    expect(signedSince(signs)).toEqual(digestsOf(r))
    expect(r.log()).toContain('the chart is unchanged; not pushed again')
    expect(await chartDigest('0.2.0')).toBe(chartBefore)
    expect(assets('v0.2.0')).toEqual([
      'demo_v0.2.0_checksums.txt',
      'demo_v0.2.0_darwin_arm64.tar.gz',
      'demo_v0.2.0_linux_amd64.tar.gz',
    ])
    expect(posted.at(-1)?.text).toContain('v0.2.0 released (stable)')
    expect(tapCommits()).toEqual(['demo 0.1.0', 'demo 0.2.0'])
    expect(formula()).toContain('version "0.2.0"')
    expect(r.job('docs').result).toBe('success')
  })

  it('4. a back-port v0.1.1 on release-0.1: signed, its chart version left alone, notified as a back-port; the formula and the docs stay', async () => {
    await repo.checkout('-b', 'release-0.1', 'v0.1.0')
    const workflow = files()['.github/workflows/release.yml'] ?? ''
    ciPassed(
      await repo.commit('fix: a security fix for 0.1', {
        'app/patch.txt': 'patched\n',
        '.github/workflows/release.yml': workflow.replace(
          /(\n\s+images: )/,
          '\n      allow-non-default-branch: true$1',
        ),
      }),
    )
    const before = formula()
    const chartBefore = await chartDigest('0.1.0')
    const signs = cosignCalls(p.cosign).length
    const r = await release('v0.1.1')
    ok(r)
    expect(signedSince(signs)).toEqual(digestsOf(r))
    expect(await chartDigest('0.1.0')).toBe(chartBefore)
    expect(assets('v0.1.1')).toContain('demo_v0.1.1_linux_amd64.tar.gz')
    expect(posted.at(-1)?.text).toContain('v0.1.1 released (back-port)')
    expect(r.job('Homebrew formula').result).toBe('skipped')
    expect(formula()).toBe(before)
    expect(r.job('docs').result).toBe('skipped')
    expect(posted).toHaveLength(4)
    await repo.checkout('main')
  })
})
