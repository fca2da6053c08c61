/**
 * The npm-publish step with the real npm CLI (npm on PATH, run by the action through
 * packages/process) against a local npm registry (test/peers/npm-registry.ts): a tarball that
 * `npm pack` made of a tiny package is published once (GET 404, then npm's PUT, then GET again for
 * the integrity); the same tarball again publishes nothing; another tarball for the same version is
 * refused before npm runs; a back-port is tagged latest-<major>; `provenance: true` hands
 * --provenance to npm (which, with no id-token in this runner, refuses before it sends anything);
 * bad inputs fail in one line before any request; the token never reaches the log.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPackedPackage } from '../../packages/npm/index.ts'
import { exec } from '../../packages/process/index.ts'
import { readFileSync } from 'node:fs'
import { runAction } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'
import { NpmRegistry } from '../peers/npm-registry.ts'
import { githubClaims, startOidcIssuer, type OidcIssuer } from '../peers/oidc.ts'

const TOKEN = 'npm_s3cr3tT0kenValue1234567890'
const NAME = 'ra-demo-cli'

let registry: NpmRegistry
let workspace: string
const cache = () => path.join(workspace, '.npm-cache')

/** `npm pack` of a tiny package (name, version, one file with `content`): its path in the workspace. */
async function pack(version: string, content: string, name = NAME): Promise<string> {
  const dir = tempDir('ra-npm-pkg-')
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name, version, bin: { 'ra-demo': 'cli.js' }, license: 'MIT' }, null, 2)}\n`,
  )
  writeFileSync(
    path.join(dir, 'cli.js'),
    `#!/usr/bin/env node\nconsole.log(${JSON.stringify(content)})\n`,
  )
  const out = path.join(workspace, 'packs', `${version}-${content}`)
  mkdirSync(out, { recursive: true })
  await exec('npm', ['pack', '--pack-destination', out, '--cache', cache(), '--offline'], {
    cwd: dir,
  })
  // npm pack names a scoped package's file scope-name-<v>.tgz.
  const file = `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`
  return path.relative(workspace, path.join(out, file))
}

const NO_ID_TOKEN = {
  ACTIONS_ID_TOKEN_REQUEST_URL: '',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: '',
  NPM_ID_TOKEN: '',
}

function publish(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = NO_ID_TOKEN,
  to = registry,
) {
  return runAction(
    'npm-publish',
    { registry: to.url, token: TOKEN, provenance: 'false', ...inputs },
    // By default no id-token in this runner (npm would otherwise try trusted publishing).
    { cwd: workspace, env },
  )
}

const puts = () => registry.requests.filter(r => r.method === 'PUT')

/** The log without the runner's add-mask line: the token appears nowhere else. */
const unmasked = (r: { stdout: string; stderr: string }) =>
  `${r.stdout}${r.stderr}`.replace(`::add-mask::${TOKEN}`, '')

beforeAll(async () => {
  registry = await NpmRegistry.start({ token: TOKEN })
  workspace = tempDir('ra-npm-ws-')
})
afterAll(async () => {
  await registry.stop()
  cleanupTempDirs()
})

describe('npm-publish with the real npm CLI against a local registry', () => {
  let v1: string

  it('publishes a version the registry does not have: GET 404, npm PUT, GET with our integrity', async () => {
    v1 = await pack('1.0.0', 'one')
    const integrity = readPackedPackage(readFileSync(path.join(workspace, v1))).integrity
    const r = await publish({ tarball: v1, version: '1.0.0' })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toEqual({
      status: 'published',
      name: NAME,
      version: '1.0.0',
      integrity,
      'dist-tag': 'latest',
      url: `${registry.url}/${NAME}`,
    })
    expect(registry.violations).toEqual([])
    const stored = registry.packument(NAME) as {
      versions: Record<string, { dist: { integrity: string } }>
      'dist-tags': Record<string, string>
    }
    expect(stored.versions['1.0.0']?.dist.integrity).toBe(integrity)
    expect(stored['dist-tags']).toEqual({ latest: '1.0.0' })
    // Ours first (404), npm's own check, npm's PUT with the token, ours again.
    const calls = registry.requests.map(q => [q.method, q.path, q.status])
    expect(calls[0]).toEqual(['GET', `/${NAME}`, 404])
    expect(calls.at(-1)).toEqual(['GET', `/${NAME}`, 200])
    expect(puts()).toEqual([
      { method: 'PUT', path: `/${NAME}`, status: 200, authorized: true, npmCommand: 'publish' },
    ])
    expect(r.stdout).toContain('--no-provenance')
    expect(r.stdout).toContain('--tag latest')
    expect(r.summary).toContain(`${NAME}@1.0.0`)
    expect(r.summary).toContain('published')
    expect(
      runnerCommands(r.stdout)
        .filter(c => c.command === 'add-mask')
        .map(c => c.data),
    ).toEqual([TOKEN])
    expect(unmasked(r)).not.toContain(TOKEN)
  })

  it('the same tarball again: unchanged, a notice, no PUT', async () => {
    const before = registry.requests.length
    const r = await publish({ tarball: v1, version: '1.0.0' })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.status).toBe('unchanged')
    expect(r.outputs['dist-tag']).toBe('')
    expect(annotations(r.stdout, 'notice')).toEqual([
      `${NAME}@1.0.0 is already published with the same tarball; not published again.`,
    ])
    expect(registry.requests.slice(before).map(q => q.method)).toEqual(['GET'])
    expect(r.summary).toContain('unchanged')
  })

  it('another tarball for a published version fails in one line, and nothing is sent', async () => {
    const other = await pack('1.0.0', 'two')
    const before = registry.requests.length
    const r = await publish({ tarball: other, version: '1.0.0' })
    expect(r.code).toBe(1)
    const errors = annotations(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^ra-demo-cli@1\.0\.0 is already published on http:\/\/127\.0\.0\.1:\d+\/ra-demo-cli with another tarball \(integrity sha512-.+, this one sha512-.+\): a version is never published twice with different content/,
    )
    expect(registry.requests.slice(before).map(q => q.method)).toEqual(['GET'])
    expect(r.outputFile).toBe('')
  })

  it('a back-port (lower than the published 1.0.0) is tagged latest-0; latest stays', async () => {
    const r = await publish({ tarball: await pack('0.9.1', 'backport'), version: '0.9.1' })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'published', 'dist-tag': 'latest-0' })
    expect(registry.packument(NAME)?.['dist-tags']).toEqual({
      latest: '1.0.0',
      'latest-0': '0.9.1',
    })
    expect(registry.violations).toEqual([])
  })

  it('a scoped package: the packument path is @scope%2fname, as npm escapes it', async () => {
    const r = await publish({
      tarball: await pack('1.0.0', 'scoped', '@octo/ra-demo'),
      version: '1.0.0',
      access: 'restricted',
    })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'published', name: '@octo/ra-demo' })
    expect(r.outputs.url).toBe(`${registry.url}/@octo%2fra-demo`)
    const scoped = registry.requests.filter(q => q.path.includes('octo'))
    // Ours, npm's check and npm's PUT all name the package the same way.
    expect(new Set(scoped.map(q => q.path))).toEqual(new Set(['/@octo%2fra-demo']))
    expect(scoped.map(q => q.method)).toContain('PUT')
    expect(registry.violations).toEqual([])
  })

  it('provenance: true runs npm publish --provenance (npm refuses here: no id-token), no PUT', async () => {
    const tarball = await pack('1.1.0', 'signed')
    const before = puts().length
    const r = await publish({ tarball, version: '1.1.0', provenance: 'true' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /Publishing ra-demo-cli@1\.1\.0 \(sha512-.+\): npm publish .* --provenance /,
    )
    const errors = annotations(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^npm publish of ra-demo-cli@1\.1\.0 exited with code 1: .*Provenance generation in GitHub Actions requires "write" access to the "id-token" permission/,
    )
    expect(puts().length).toBe(before)
    expect(registry.packument(NAME)?.versions).not.toHaveProperty('1.1.0')
  })

  it('bad inputs fail in one line naming the input, before any request', async () => {
    const before = registry.requests.length
    const cases: [Record<string, string>, RegExp][] = [
      [
        { tarball: v1, version: '1.0.1' },
        /^Input 'version': expected the version of the tarball's package\/package\.json \("1\.0\.0"\), got "1\.0\.1"$/,
      ],
      [
        { tarball: v1, version: '1.1.0-rc.1' },
        /^Input 'version': expected a stable version such as 1\.2\.3 \(only stable releases are published to npm\), got "1\.1\.0-rc\.1"$/,
      ],
      [
        { tarball: v1, version: '1.0.0', registry: 'http://registry.example.com' },
        /^Input 'registry': expected an https URL \(plain http only to this machine/,
      ],
      [
        { tarball: 'missing.tgz', version: '1.0.0' },
        /^Input 'tarball': expected the \.tgz that npm pack wrote; "missing\.tgz" does not exist$/,
      ],
      [
        { tarball: '../outside.tgz', version: '1.0.0' },
        /^Input 'tarball': expected a path inside the workspace/,
      ],
      [{ version: '1.0.0' }, /^Input 'tarball': is required/],
      [
        { tarball: v1, version: '1.0.0', access: 'private' },
        /^Input 'access': expected one of public \| restricted/,
      ],
      [
        { tarball: v1, version: '1.0.0', access: 'restricted' },
        /^Input 'access': expected public for the unscoped package ra-demo-cli/,
      ],
      [
        { tarball: v1, version: '1.0.0', 'dist-tag': 'v1' },
        /^Input 'dist-tag': expected a dist-tag/,
      ],
      [
        { tarball: v1, version: '1.0.0', provenance: 'yes' },
        /^Input 'provenance': expected true or false/,
      ],
    ]
    writeFileSync(path.join(workspace, 'not-a.tgz'), 'plain text')
    cases.push([
      { tarball: 'not-a.tgz', version: '1.0.0' },
      /^Input 'tarball': expected the \.tgz that npm pack wrote: ".*not-a\.tgz" holds no package\/package\.json/,
    ])
    for (const [inputs, expected] of cases) {
      const r = await publish(inputs)
      expect(r.code, JSON.stringify(inputs)).toBe(1)
      const errors = annotations(r.stdout)
      expect(errors, JSON.stringify(inputs)).toHaveLength(1)
      expect(errors[0]).toMatch(expected)
      expect(r.outputFile).toBe('')
      expect(unmasked(r)).not.toContain(TOKEN)
    }
    expect(registry.requests.length).toBe(before)
  })
})

describe("npm-publish without a token: trusted publishing through the job's OIDC token", () => {
  let issuer: OidcIssuer
  let trusted: NpmRegistry
  const claims = githubClaims({
    repository: 'octo/demo',
    ref: 'refs/tags/v2.0.0',
    sha: 'a'.repeat(40),
    workflowPath: '.github/workflows/self-release.yml',
  })
  beforeAll(async () => {
    issuer = await startOidcIssuer()
    trusted = await NpmRegistry.start({
      token: 'unused-long-lived-token',
      trusted: {
        verify: (token, audience) => issuer.verify(token, audience),
        repository: 'octo/demo',
        workflow: 'self-release.yml',
      },
    })
  })
  afterAll(async () => {
    await trusted.stop()
    await issuer.stop()
  })

  it('npm exchanges the id-token for a publish token (audience npm:<host>) and publishes', async () => {
    const job = issuer.register(claims)
    const r = await publish(
      { tarball: await pack('2.0.0', 'oidc'), version: '2.0.0', token: '' },
      {
        ...NO_ID_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken,
        // What setup-node's registry-url leaves behind: not used, the action's userconfig wins.
        NODE_AUTH_TOKEN: 'XXXXX-XXXXX-XXXXX-XXXXX',
      },
      trusted,
    )
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.status).toBe('published')
    expect(issuer.requests.map(q => [q.audience, q.status])).toEqual([['npm:127.0.0.1', 200]])
    expect(trusted.exchanges).toEqual([{ package: NAME, status: 201, repository: 'octo/demo' }])
    expect(trusted.requests.filter(q => q.method === 'PUT')).toMatchObject([
      { path: `/${NAME}`, status: 200, authorized: true },
    ])
    expect(trusted.violations).toEqual([])
    expect(runnerCommands(r.stdout).filter(c => c.command === 'add-mask')).toEqual([])
  })

  it('neither a token nor an id-token: npm refuses in one line, nothing is sent', async () => {
    const r = await publish(
      { tarball: await pack('2.1.0', 'none'), version: '2.1.0', token: '' },
      NO_ID_TOKEN,
      trusted,
    )
    expect(r.code).toBe(1)
    const errors = annotations(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^npm publish of ra-demo-cli@2\.1\.0 exited with code 1: .*This command requires you to be logged in to http:\/\/127\.0\.0\.1:\d+\/.* \(no token: npm's trusted publishing needs npm 11\.5\.1 or later, id-token: write and this workflow as the package's trusted publisher\)$/,
    )
    expect(trusted.requests.filter(q => q.method === 'PUT')).toHaveLength(1)
    expect(trusted.packument(NAME)?.versions).not.toHaveProperty('2.1.0')
  })
})
