/**
 * quality-gates with real processes, real file trees, real git, and required-checks against the
 * local GitHub API (validated against GitHub's REST description).
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../packages/github/index.ts'
import {
  checkLicenseHeaders,
  parseGates,
  runGates,
  type GateContext,
  type LicenseHeadersGate,
} from '../../packages/gates/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { FakeGitHub } from '../peers/github-api.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01'
let api: FakeGitHub

beforeAll(async () => {
  api = await FakeGitHub.start()
})
afterEach(() => {
  expect(api.violations).toEqual([])
})
afterAll(async () => {
  await api.stop()
  cleanupTempDirs()
})

function context(
  workspace: string,
  over: Partial<GateContext> = {},
): GateContext & { out: { bytes: number } } {
  const out = { bytes: 0 }
  return {
    workspace,
    env: process.env,
    logger: recordingLogger(),
    output: chunk => (out.bytes += chunk.length),
    sha: SHA,
    repository: 'octo/app',
    version: undefined,
    github: () =>
      createGitHubClient({
        token: api.token,
        apiUrl: api.url,
        logger: recordingLogger(),
        retryBaseMs: 10,
      }),
    ...over,
    out,
  }
}

describe('command gates', () => {
  it('runs every gate and reports each: pass, fail with the tail of its output', async () => {
    const dir = tempDir()
    const gates = parseGates(
      [
        '- { name: ok, run: "echo fine" }',
        '- { name: broken, run: "echo one; echo two >&2; false; echo never" }',
        '- { name: after, run: "echo still runs" }',
      ].join('\n'),
      'gates',
    )
    const results = await runGates(gates, context(dir))
    expect(results.map(r => [r.name, r.status, r.summary])).toEqual([
      ['ok', 'success', 'exit code 0'],
      ['broken', 'failure', 'exit code 1'],
      ['after', 'success', 'exit code 0'],
    ])
    expect(results[1]?.details).toBe('one\ntwo')
    expect(results.every(r => r.durationMs >= 0)).toBe(true)
  })

  it('fails a pipeline when any part fails (pipefail), and stops at the first failure with fail-fast', async () => {
    const gates = parseGates(
      '- { name: pipe, run: "false | true" }\n- { name: next, run: "true" }',
      'gates',
    )
    const results = await runGates(gates, context(tempDir()), { failFast: true })
    expect(results.map(r => r.status)).toEqual(['failure', 'skipped'])
  })

  it('kills the whole process group on timeout', async () => {
    const dir = tempDir()
    const pidFile = path.join(dir, 'child.pid')
    const gates = parseGates(
      `- name: slow\n  timeout-minutes: 0.02\n  run: |\n    sleep 30 &\n    echo $! > ${pidFile}\n    sleep 30\n`,
      'gates',
    )
    const started = Date.now()
    const [result] = await runGates(gates, context(dir))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result).toMatchObject({
      status: 'failure',
      summary: 'timed out after 0.02 min; the process group was killed',
    })
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await new Promise(r => setTimeout(r, 200))
    // The background child is gone too (or a zombie waiting for init to reap it: state Z).
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : ''
    expect(stat === '' || / Z /.test(stat), stat).toBe(true)
  })

  it('streams 10 MB of output without holding it: the sink gets every byte, the report a bounded tail', async () => {
    const ctx = context(tempDir())
    const gates = parseGates(
      '- { name: loud, run: "head -c 10000000 /dev/zero | tr \'\\\\0\' x; echo; echo the end; exit 3" }',
      'gates',
    )
    const before = process.memoryUsage().rss
    const [result] = await runGates(gates, ctx)
    expect(ctx.out.bytes).toBe(10_000_000 + 1 + 8)
    expect(result?.details.endsWith('the end')).toBe(true)
    expect(result?.details.length).toBeLessThan(70 * 1024)
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024)
  })

  it('passes env and working-directory, and refuses a directory outside the workspace', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'sub'))
    const gates = parseGates(
      '- { name: env, run: "test \\"$GREETING\\" = hi && test \\"$(basename $PWD)\\" = sub", working-directory: sub, env: { GREETING: hi } }\n- { name: escape, run: "true", working-directory: ../.. }',
      'gates',
    )
    const results = await runGates(gates, context(dir))
    expect(results.map(r => r.status)).toEqual(['success', 'failure'])
    expect(results[1]?.summary).toMatch(
      /could not run: working-directory \.\.\/\.\. is outside the workspace/,
    )
  })

  it('refuses a working-directory that is a symlink to a folder outside the workspace', async () => {
    const dir = tempDir()
    const outside = tempDir()
    symlinkSync(outside, path.join(dir, 'linked'))
    const gates = parseGates(
      '- { name: escape, run: "touch escaped", working-directory: linked }',
      'gates',
    )
    const [result] = await runGates(gates, context(dir))
    expect(result?.status).toBe('failure')
    expect(result?.summary).toMatch(/working-directory linked is outside the workspace/)
    expect(existsSync(path.join(outside, 'escaped'))).toBe(false)
  })
})

describe('clean-tree after a gate that modifies a tracked file', () => {
  it('lists what changed', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a', { 'gen/schema.json': '{}\n' })
    const gates = parseGates(
      '- { name: generate, run: "echo \'{\\"v\\":2}\' > gen/schema.json && touch leftover.tmp" }\n- uses: clean-tree',
      'gates',
    )
    const results = await runGates(gates, context(repo.dir))
    expect(results[1]).toMatchObject({
      status: 'failure',
      summary:
        '2 path(s) changed or left behind (commit generated files; remove what the gates left)',
    })
    expect(results[1]?.details).toBe(' M gen/schema.json\n?? leftover.tmp')
    const clean = await runGates(
      parseGates('- uses: clean-tree', 'gates'),
      context((await TestRepo.create()).dir),
    )
    expect(clean[0]?.status).toBe('success')
  })
})

describe('license headers over a tree of many languages', () => {
  const HEADER = 'SPDX-License-Identifier: Apache-2.0'
  function tree(): string {
    const dir = tempDir()
    const files: Record<string, string> = {
      'src/ok.ts': `// ${HEADER}\nexport const a = 1\n`,
      'src/missing.ts': 'export const b = 2\n',
      'cmd/main.go': 'package main\n',
      'scripts/run.sh': '#!/usr/bin/env bash\necho hi\n',
      'app.py': '#!/usr/bin/env python3\nprint(1)\n',
      'deploy.yaml': 'a: 1\n',
      'web/index.html': '<p>hi</p>\n',
      'web/site.css': 'p { }\n',
      'db/init.sql': 'select 1;\n',
      Dockerfile: 'FROM scratch\n',
      'docs/README.md': '# Docs\n',
      'data/blob.bin': 'no comment syntax\n',
      'vendor/skip.go': 'package vendor\n',
    }
    for (const [f, c] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
      writeFileSync(path.join(dir, f), c)
    }
    return dir
  }
  const gate = (over: Partial<LicenseHeadersGate> = {}): LicenseHeadersGate => ({
    kind: 'license-headers',
    name: 'license-headers',
    paths: ['**/*'],
    exclude: ['vendor/**', 'src/ok.ts'],
    header: HEADER,
    lines: 5,
    fix: false,
    insert: HEADER,
    ...over,
  })

  it('reports every file that lacks the header', async () => {
    const r = await checkLicenseHeaders(gate(), tree())
    expect(r.checked).toBe(11)
    expect(r.missing).toEqual([
      'Dockerfile',
      'app.py',
      'cmd/main.go',
      'data/blob.bin',
      'db/init.sql',
      'deploy.yaml',
      'docs/README.md',
      'scripts/run.sh',
      'src/missing.ts',
      'web/index.html',
      'web/site.css',
    ])
  })

  it("inserts it with each file's comment syntax, shebangs first; then every file passes", async () => {
    const dir = tree()
    const r = await checkLicenseHeaders(gate({ fix: true }), dir)
    expect(r.unfixable).toEqual(['data/blob.bin'])
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8')
    expect(read('cmd/main.go')).toBe(`// ${HEADER}\n\npackage main\n`)
    expect(read('scripts/run.sh')).toBe(`#!/usr/bin/env bash\n# ${HEADER}\n\necho hi\n`)
    expect(read('app.py')).toBe(`#!/usr/bin/env python3\n# ${HEADER}\n\nprint(1)\n`)
    expect(read('web/index.html')).toBe(`<!-- ${HEADER} -->\n\n<p>hi</p>\n`)
    expect(read('web/site.css')).toBe(`/* ${HEADER} */\n\np { }\n`)
    expect(read('db/init.sql')).toBe(`-- ${HEADER}\n\nselect 1;\n`)
    expect(read('Dockerfile')).toBe(`# ${HEADER}\n\nFROM scratch\n`)
    const again = await checkLicenseHeaders(gate({ exclude: ['vendor/**', 'data/**'] }), dir)
    expect(again.missing).toEqual([])
  })

  it('accepts a regular expression', async () => {
    const dir = tree()
    const r = await checkLicenseHeaders(
      gate({
        header: /SPDX-License-Identifier: (Apache-2\.0|MIT)/,
        paths: ['src/**'],
        exclude: [],
      }),
      dir,
    )
    expect(r.missing).toEqual(['src/missing.ts'])
  })
})

describe('version-alignment', () => {
  it('names each file that drifts and what it states', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'charts/app'), { recursive: true })
    writeFileSync(
      path.join(dir, 'charts/app/Chart.yaml'),
      'apiVersion: v2\nname: app\nversion: 0.4.0\nappVersion: "1.2.3"\n',
    )
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "app", "version": "1.2.2" }\n')
    writeFileSync(path.join(dir, 'version.go'), 'package app\n\nconst Version = "v1.2.3"\n')
    const gates = parseGates(
      [
        '- uses: version-alignment',
        '  with:',
        '    files:',
        '      - { path: charts/app/Chart.yaml, key: appVersion }',
        '      - { path: package.json, key: version }',
        '      - { path: version.go, pattern: "Version = \\"v([^\\"]+)\\"" }',
        '      - { path: missing.txt, pattern: "(.*)" }',
      ].join('\n'),
      'gates',
    )
    const [r] = await runGates(gates, context(dir, { version: '1.2.3' }))
    expect(r).toMatchObject({ status: 'failure', summary: '2 of 4 file(s) drift from 1.2.3' })
    expect(r?.details).toBe(
      'package.json: states 1.2.2, expected 1.2.3\nmissing.txt: does not exist',
    )
  })

  it('for a release candidate, accepts its stable version too (the commit it is promoted on)', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "app", "version": "1.3.0" }\n')
    writeFileSync(
      path.join(dir, 'Chart.yaml'),
      'name: app\nversion: 0.1.0\nappVersion: v1.3.0-rc.2\n',
    )
    writeFileSync(path.join(dir, 'VERSION'), '1.2.9\n')
    const gate = (files: string[]) =>
      parseGates(
        ['- uses: version-alignment', '  with:', '    files:', ...files].join('\n'),
        'gates',
      )
    const ok = await runGates(
      gate([
        '      - { path: package.json, key: version }',
        '      - { path: Chart.yaml, key: appVersion, prefix: v }',
      ]),
      context(dir, { version: '1.3.0-rc.2' }),
    )
    expect(ok[0]).toMatchObject({ status: 'success', summary: '2 file(s) state 1.3.0-rc.2' })
    const [drift] = await runGates(
      gate(['      - { path: VERSION, pattern: "^(.+)$" }']),
      context(dir, { version: '1.3.0-rc.2' }),
    )
    expect(drift?.details).toBe('VERSION: states 1.2.9, expected 1.3.0-rc.2 or 1.3.0')
    // A stable release accepts its own version only.
    const [stable] = await runGates(
      gate(['      - { path: Chart.yaml, key: appVersion, prefix: v }']),
      context(dir, { version: '1.3.0' }),
    )
    expect(stable?.details).toBe('Chart.yaml: states v1.3.0-rc.2, expected v1.3.0')
  })
})

describe('required-checks against the local GitHub API', () => {
  it('passes when the newest run of each workflow and check succeeded, across pages', async () => {
    for (let i = 0; i < 120; i++)
      api.addWorkflowRun('octo/app', { name: `Other ${i}`, head_sha: SHA })
    api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: SHA,
      conclusion: 'failure',
      created_at: '2026-01-01T00:00:00Z',
    })
    api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: SHA,
      conclusion: 'success',
      created_at: '2026-01-02T00:00:00Z',
      run_attempt: 2,
    })
    api.addCheckRun('octo/app', { name: 'lint', head_sha: SHA })
    const gates = parseGates(
      '- uses: required-checks\n  with: { workflows: [CI, "Other 0"], checks: [lint] }',
      'gates',
    )
    const [r] = await runGates(gates, context(tempDir()))
    expect(r).toMatchObject({
      status: 'success',
      summary: `3 required check(s) succeeded on ${SHA.slice(0, 12)}`,
    })
    const pages = api.requests.filter(q => q.operationId === 'actions/list-workflow-runs-for-repo')
    expect(pages.map(p => p.query.page ?? '1')).toEqual(['1', '2'])
  })

  it('with wait-minutes: 0, fails at once on a failure, a run still in progress and a missing one, with names and URLs', async () => {
    const sha = 'd'.repeat(40)
    const failed = api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      conclusion: 'failure',
    })
    const running = api.addWorkflowRun('octo/app', {
      name: 'E2E',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
    })
    api.addCheckRun('octo/app', { name: 'scan', head_sha: sha, status: 'queued' })
    const gates = parseGates(
      '- uses: required-checks\n  with: { workflows: [CI, E2E, Integration Tests], checks: [scan], wait-minutes: 0 }',
      'gates',
    )
    const [r] = await runGates(gates, context(tempDir(), { sha }))
    expect(r?.status).toBe('failure')
    expect(r?.summary).toBe(
      '4 of 4 required check(s) did not succeed: CI (failure), E2E (in_progress), Integration Tests (missing), scan (queued)',
    )
    expect(r?.details).toContain(`workflow E2E: in_progress (${running.html_url})`)
    expect(r?.details).toContain(`workflow Integration Tests: no run for ${sha.slice(0, 12)}`)
    // Waiting (the default), the failure still fails at once: nothing is waited for.
    const [waiting] = await runGates(
      parseGates(
        '- uses: required-checks\n  with: { workflows: [CI, E2E, Integration Tests], checks: [scan] }',
        'gates',
      ),
      context(tempDir(), { sha }),
    )
    expect(waiting?.summary).toBe(
      `workflow CI concluded failure (${failed.html_url}) on ${sha.slice(0, 12)}; not waiting for the 3 still pending`,
    )
  })

  it('fails closed when the API refuses the token', async () => {
    const gates = parseGates('- uses: required-checks\n  with: { workflows: [CI] }', 'gates')
    const [r] = await runGates(
      gates,
      context(tempDir(), {
        github: () =>
          createGitHubClient({ token: 'wrong', apiUrl: api.url, logger: recordingLogger() }),
      }),
    )
    expect(r?.status).toBe('failure')
    expect(r?.summary).toMatch(/could not run: Bad credentials/)
  })
})

describe('the bundle and the CLI', () => {
  it('reports every gate in the outputs and the summary, and fails the step when one fails', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a', { VERSION: '1.0.0\n' })
    api.addWorkflowRun('octo/app', { name: 'CI', head_sha: SHA })
    const gates = [
      '- { name: unit, run: "echo testing" }',
      '- { name: lint, run: "echo bad style >&2; exit 2" }',
      '- uses: clean-tree',
      '- uses: required-checks',
      '  with: { workflows: [CI] }',
    ].join('\n')
    const r = await runAction(
      'quality-gates',
      { gates, token: api.token, 'api-url': api.url, sha: SHA },
      { cwd: repo.dir, env: { GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('failure')
    expect(r.outputs.failed).toBe('lint')
    const report = JSON.parse(r.outputs.report ?? '[]') as {
      name: string
      status: string
      'duration-ms': number
    }[]
    expect(report.map(e => [e.name, e.status])).toEqual([
      ['unit', 'success'],
      ['lint', 'failure'],
      ['clean-tree', 'success'],
      ['required-checks', 'success'],
    ])
    // A gate's output is printed with workflow commands stopped (see 'what a gate sees').
    expect(r.stdout).toMatch(
      /::group::Gate: unit\n::stop-commands::([-0-9a-f]{36})\ntesting\n::\1::\n(.*\n)?::endgroup::/,
    )
    expect(r.stdout).toContain('::error::1 of 4 gates failed: lint')
    expect(r.summary).toContain('| `lint` | ❌ failure |')
    expect(r.summary).toContain('bad style')
    // The token is registered as a secret (the runner masks it) and never printed otherwise.
    expect(r.stdout.split('\n').filter(l => l.includes(api.token))).toEqual([
      `::add-mask::${api.token}`,
    ])
  })

  it.each([
    [{ gates: '- uses: nope' }, 'gates'],
    [{ gates: '- run: x\n  bogus: 1' }, 'gates'],
    [{ gates: '- run: x', config: 'gates.yml' }, 'config'],
    [{ config: 'missing.yml' }, 'config'],
    [{}, 'gates'],
    [{ gates: '- run: x', 'fail-fast': 'maybe' }, 'fail-fast'],
    [{ gates: '- run: x', sha: 'abc' }, 'sha'],
  ])('refuses %j before any gate runs', async (inputs, input) => {
    const dir = tempDir()
    const marker = path.join(dir, 'ran')
    const given: Record<string, string> = inputs
    const r = await runAction(
      'quality-gates',
      {
        ...given,
        ...(given.gates ? { gates: given.gates.replace('run: x', `run: touch ${marker}`) } : {}),
      },
      { cwd: dir },
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input '${input}': `)
    expect(r.outputFile).toBe('')
    expect(existsSync(marker)).toBe(false)
  })

  it('release-actions gates runs the config file locally', async () => {
    const repo = await TestRepo.create()
    mkdirSync(path.join(repo.dir, '.github'))
    writeFileSync(
      path.join(repo.dir, '.github/release-actions.yml'),
      'gates:\n  - { name: unit, run: "true" }\n  - { name: lint, run: "echo oops; exit 1" }\n',
    )
    await repo.commit('chore: config', {
      '.github/release-actions.yml': readFileSync(
        path.join(repo.dir, '.github/release-actions.yml'),
        'utf8',
      ),
    })
    const r = await runCli(['gates'], { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^pass {2}unit .*\nFAIL {2}lint .* exit code 1\n {6}oops\n$/)
  })
})

describe('what a gate sees and what reaches the log (issue 14)', () => {
  const secrets = {
    INPUT_TOKEN: 'ghs_input_token_value',
    INPUT_OTHER: 'other input',
    GITHUB_TOKEN: 'ghs_github_token_value',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-value',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken',
    ACTIONS_CACHE_URL: 'https://cache.example/',
    GH_TOKEN: 'gh-token-value',
    NPM_TOKEN: 'npm-token-value',
    AWS_SECRET_ACCESS_KEY: 'aws-secret-value',
  }

  function gateEnv(file: string): Record<string, string> {
    // `env -0` output: NAME=value entries separated by NUL.
    const out: Record<string, string> = {}
    for (const entry of readFileSync(file, 'utf8').split('\0').filter(Boolean))
      out[entry.slice(0, entry.indexOf('='))] = entry.slice(entry.indexOf('=') + 1)
    return out
  }

  it('gets a clean environment: no INPUT_*, no runner or other tokens, only the ordinary variables and what its env: names', async () => {
    const dir = tempDir()
    const gates = [
      '- { name: plain, run: "env -0 > plain.env" }',
      '- name: named',
      '  run: env -0 > named.env',
      '  env:',
      '    GREETING: hi',
      '    RELEASE_TAG:', // no value: passed on from the step's environment
      '    GITHUB_TOKEN:',
      '    NOT_SET_ANYWHERE:',
    ].join('\n')
    const r = await runAction(
      'quality-gates',
      { gates },
      {
        cwd: dir,
        env: {
          ...secrets,
          RELEASE_TAG: 'v1.2.3',
          CI: 'true',
          LANG: 'C.UTF-8',
          RUNNER_OS: 'Linux',
          RUNNER_ARCH: 'X64',
          GITHUB_SHA: SHA,
          GITHUB_REF: 'refs/tags/v1.2.3',
          GITHUB_RUN_ID: '42',
          GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        },
      },
    )
    expect(r.code, r.stdout).toBe(0)
    const plain = gateEnv(path.join(dir, 'plain.env'))
    for (const name of Object.keys(secrets)) expect(plain, name).not.toHaveProperty(name)
    expect(Object.keys(plain).filter(k => k.startsWith('INPUT_'))).toEqual([])
    expect(plain).not.toHaveProperty('RELEASE_TAG')
    // The step's file commands are the step's: a gate does not write its outputs or env.
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'])
      expect(plain, name).not.toHaveProperty(name)
    expect(plain).toMatchObject({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      LANG: 'C.UTF-8',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    })
    expect(plain.RUNNER_TEMP).toBeTruthy()
    const named = gateEnv(path.join(dir, 'named.env'))
    expect(named).toMatchObject({
      GREETING: 'hi',
      RELEASE_TAG: 'v1.2.3',
      GITHUB_TOKEN: secrets.GITHUB_TOKEN,
    })
    expect(named).not.toHaveProperty('NOT_SET_ANYWHERE')
    expect(named).not.toHaveProperty('INPUT_TOKEN')
    expect(named).not.toHaveProperty('ACTIONS_RUNTIME_TOKEN')
  })

  it('cannot issue workflow commands: its output is printed with commands stopped', async () => {
    const dir = tempDir()
    const gates = [
      '- name: loud',
      '  run: |',
      '    echo "::error::from the gate"',
      '    printf "partial line ##[warning]old syntax"',
      '    echo "  ::add-mask::x"',
      '    printf "::error::no newline at the end"',
      '- { name: after, run: "printf \'a\\r::error::carriage return\'" }',
    ].join('\n')
    const r = await runAction('quality-gates', { gates }, { cwd: dir })
    expect(r.code, r.stdout).toBe(0)
    const commands = runnerCommands(r.stdout).map(c => c.command)
    expect(commands.filter(c => !['group', 'endgroup', 'stop-commands'].includes(c))).toEqual([])
    expect(r.stdout).toContain('::error::from the gate')
  })

  it('refuses a gate name with a newline or another control character, naming the gate by its place', async () => {
    for (const name of ['"ok\\n::error::pwned"', '"nul\\0here"', '"bell\\a"', '"bidi\\u202e"']) {
      const r = await runAction(
        'quality-gates',
        { gates: `- { name: fine, run: "true" }\n- { name: ${name}, run: "true" }` },
        { cwd: tempDir() },
      )
      expect(r.code).toBe(1)
      expect(annotations(r.stdout)).toEqual([
        expect.stringMatching(
          /^Input 'gates': gate 2: name must be one line of text without control characters, got "/,
        ),
      ])
      expect(runnerCommands(r.stdout).map(c => c.command)).toEqual(['error'])
      expect(r.outputFile).toBe('')
    }
  })

  it('names a gate without name: after the first line of its command, and prints that name without letting it issue commands', async () => {
    const r = await runAction(
      'quality-gates',
      { gates: '- run: "true ##[error]pwned\\r::error::pwned"' },
      { cwd: tempDir() },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(JSON.parse(r.outputs.report ?? '[]')).toMatchObject([{ name: 'true ##[error]pwned' }])
    const commands = runnerCommands(r.stdout).map(c => c.command)
    expect(commands.filter(c => !['group', 'endgroup', 'stop-commands'].includes(c))).toEqual([])
  })
})
