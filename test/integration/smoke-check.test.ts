/**
 * The smoke check against real HTTP servers on 127.0.0.1: a new version that appears after a few
 * requests, a stale revision that never changes, 5xx then recovery, connection refused, slow
 * answers (per-request timeout), a body that is not JSON, a version header.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { smokeCheck } from '../../packages/smoke/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { freePort } from '../peers/registry.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => new Promise(r => s.close(r))))
  cleanupTempDirs()
})

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<{ url: string; hits: () => number }> {
  let n = 0
  const server = createServer((req, res) => handler(req, res, ++n))
  servers.push(server)
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    hits: () => n,
  }
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

const opts = { attempts: 6, intervalMs: 50, requestTimeoutMs: 1000 }

describe('smoke-check against local HTTP servers', () => {
  it('passes when the new version appears after a few requests (a revision warming up)', async () => {
    const s = await serve((req, res, n) =>
      req.url === '/health'
        ? json(res, 200, { status: 'ok', version: n < 4 ? '0.17.0' : 'v0.18.0' })
        : json(res, 404, {}),
    )
    const r = await smokeCheck({ url: `${s.url}/health`, expectedVersion: '0.18.0', ...opts })
    expect(r.ok).toBe(true)
    expect(r.attempts.map(a => a.served)).toEqual(['0.17.0', '0.17.0', '0.17.0', 'v0.18.0'])
    expect(r.message).toBe(`${s.url}/health serves v0.18.0 (attempt 4 of 6).`)
  })

  it('fails within attempts × interval when a stale revision keeps answering 200, naming the version it serves', async () => {
    const s = await serve((_req, res) => json(res, 200, { version: '0.17.0' }))
    const started = Date.now()
    const r = await smokeCheck({
      url: `${s.url}/health`,
      expectedVersion: '0.18.0',
      attempts: 5,
      intervalMs: 100,
      requestTimeoutMs: 1000,
    })
    expect(r.ok).toBe(false)
    expect(Date.now() - started).toBeLessThan(5 * 100 + 1000)
    expect(s.hits()).toBe(5)
    expect(r.message).toMatch(
      /^After 5 attempts over \d+ s, http:\/\/127\.0\.0\.1:\d+\/health still serves version 0\.17\.0, not 0\.18\.0: the new revision is not the one answering\.$/,
    )
  })

  it('rides out 5xx until the service recovers', async () => {
    const s = await serve((_req, res, n) =>
      n <= 2 ? json(res, 503, { error: 'starting' }) : json(res, 200, { version: '2.0.0' }),
    )
    const r = await smokeCheck({ url: s.url, expectedVersion: '2.0.0', ...opts })
    expect(r.ok).toBe(true)
    expect(r.attempts.map(a => a.problem ?? a.served)).toEqual(['HTTP 503', 'HTTP 503', '2.0.0'])
  })

  it('reports connection refused', async () => {
    const port = await freePort()
    const r = await smokeCheck({
      url: `http://127.0.0.1:${port}/health`,
      expectedVersion: '1.0.0',
      attempts: 3,
      intervalMs: 10,
      requestTimeoutMs: 500,
    })
    expect(r.ok).toBe(false)
    expect(r.attempts.map(a => a.problem)).toEqual([
      'connection refused',
      'connection refused',
      'connection refused',
    ])
    expect(r.message).toContain('never reported a version (last: connection refused)')
  })

  it('gives up on a slow answer after the per-request timeout', async () => {
    const s = await serve((_req, res, n) => {
      if (n === 1) setTimeout(() => json(res, 200, { version: '1.0.0' }), 3000)
      else json(res, 200, { version: '1.0.0' })
    })
    const started = Date.now()
    const r = await smokeCheck({
      url: s.url,
      expectedVersion: '1.0.0',
      attempts: 3,
      intervalMs: 10,
      requestTimeoutMs: 300,
    })
    expect(r.ok).toBe(true)
    expect(r.attempts[0]?.problem).toBe('no answer within 0.3 s')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('says so when the body is not JSON, and reads a version header when told to', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'X-App-Version': '3.1.4' })
      res.end('<html>it works</html>')
    })
    const body = await smokeCheck({
      url: s.url,
      expectedVersion: '3.1.4',
      attempts: 2,
      intervalMs: 10,
      requestTimeoutMs: 500,
    })
    expect(body.ok).toBe(false)
    expect(body.attempts[0]?.problem).toBe('the body is not JSON ("<html>it works</html>")')
    const header = await smokeCheck({
      url: s.url,
      expectedVersion: '3.1.4',
      attempts: 1,
      intervalMs: 10,
      requestTimeoutMs: 500,
      versionHeader: 'X-App-Version',
    })
    expect(header.ok).toBe(true)
  })

  it('reads a nested field', async () => {
    const s = await serve((_req, res) => json(res, 200, { build: { version: '4.0.0' } }))
    expect(
      (
        await smokeCheck({
          url: s.url,
          expectedVersion: '4.0.0',
          attempts: 1,
          intervalMs: 1,
          requestTimeoutMs: 500,
          versionField: 'build.version',
        })
      ).ok,
    ).toBe(true)
  })
})

describe('the smoke-check step and CLI', () => {
  it('fails the step with the version it saw, and succeeds when it matches', async () => {
    const s = await serve((_req, res) => json(res, 200, { version: '0.17.0' }))
    const dir = tempDir()
    const stale = await runAction(
      'smoke-check',
      { url: s.url, 'expected-version': '0.18.0', attempts: '2', 'interval-seconds': '0' },
      { cwd: dir },
    )
    expect(stale.code).toBe(1)
    expect(stale.stdout).toMatch(
      /::error::After 2 attempts over \d+ s, .* still serves version 0\.17\.0, not 0\.18\.0/,
    )
    expect(stale.outputs).toMatchObject({ 'served-version': '0.17.0', ok: 'false', attempts: '2' })
    expect(stale.summary).toContain('| 1 | 200 | `0.17.0` |')
    const cli = await runCli(
      ['smoke-check', '--url', s.url, '--expected-version', 'v0.17.0', '--attempts', '1'],
      { cwd: dir },
    )
    expect(cli.code).toBe(0)
    const bad = await runAction(
      'smoke-check',
      { url: 'ftp://x', 'expected-version': '1.0.0' },
      { cwd: dir },
    )
    expect(bad.stdout).toContain(
      "::error::Input 'url': expected an http(s) URL without credentials",
    )
  })
})

describe('what the service serves reaches the log as text, never as commands (issue 14)', () => {
  it.each([
    ['a newline', '1.0\n::error::pwned'],
    ['a carriage return', '1.0\r::warning::pwned'],
    ['leading spaces', '1.0\n   ::add-mask::1.0'],
    ['the old ##[ syntax', '1.0 ##[error]pwned'],
    ['a stop-commands of its own', '1.0\n::stop-commands::x\n::error::pwned'],
  ])('a served version with %s', async (_what, served) => {
    const s = await serve((_req, res) => json(res, 200, { version: served }))
    const r = await runAction(
      'smoke-check',
      { url: s.url, 'expected-version': '1.0.0', attempts: '2', 'interval-seconds': '0' },
      { cwd: tempDir() },
    )
    expect(r.code).toBe(1)
    const commands = runnerCommands(r.stdout).filter(c => c.command !== 'stop-commands')
    expect(commands.map(c => c.command)).toEqual(['error'])
    expect(annotations(r.stdout)[0]).toMatch(/still serves version "1\.0.*", not 1\.0\.0/)
    expect(annotations(r.stdout)[0]).not.toMatch(/[\r\n]/)
    expect(r.outputs['served-version']).toBe(served)
    expect(r.summary).not.toMatch(/^::/m)
  })

  it.each(['1.0\n::error::pwned', '1.2.3 x', '-1.2', '$(id)', '1.2.3\u00a0', '1'.repeat(129)])(
    'refuses the expected-version %j',
    async value => {
      const r = await runAction(
        'smoke-check',
        { url: 'http://127.0.0.1:9', 'expected-version': value },
        { cwd: tempDir() },
      )
      expect(r.code).toBe(1)
      expect(runnerCommands(r.stdout).map(c => c.command)).toEqual(['error'])
      expect(annotations(r.stdout)[0]).toMatch(
        /^Input 'expected-version': expected a version as the revision reports it, such as 1\.2\.3, 1\.3\.0-rc\.1 or edge \(letters, digits and \. _ \+ -, at most 128\), got "/,
      )
      expect(r.outputFile).toBe('')
    },
  )
})
