/**
 * The local GitHub API checks what it is sent and what it answers against GitHub's REST
 * description: these tests show that a wrong request or a wrong answer is caught.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../packages/github/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { FakeGitHub } from '../peers/github-api.ts'

let api: FakeGitHub
beforeAll(async () => {
  api = await FakeGitHub.start()
})
afterAll(async () => {
  await api.stop()
})

const get = (path: string, token = api.token) =>
  fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })

describe('the local GitHub API validates against the REST description', () => {
  it('answers a valid request with a valid, paginated response', async () => {
    for (let i = 0; i < 3; i++)
      api.addWorkflowRun('o/valid', { name: `W${i}`, head_sha: 'a'.repeat(40) })
    const r = await get(`/repos/o/valid/actions/runs?head_sha=${'a'.repeat(40)}&per_page=2`)
    expect(r.status).toBe(200)
    expect(r.headers.get('link')).toMatch(/page=2>; rel="next"/)
    expect(((await r.json()) as { workflow_runs: unknown[] }).workflow_runs).toHaveLength(2)
    expect(api.violations).toEqual([])
  })

  it('flags an unknown query parameter and a parameter of the wrong type', async () => {
    api.violations.length = 0
    await get('/repos/o/valid/actions/runs?head_sha_typo=1')
    await get('/repos/o/valid/actions/runs?per_page=lots')
    expect(api.violations).toEqual([
      'actions/list-workflow-runs-for-repo: unknown query parameter head_sha_typo',
      expect.stringMatching(
        /^actions\/list-workflow-runs-for-repo: parameter per_page=lots does not match the description: data must be integer/,
      ),
    ])
  })

  it('flags a request body that does not match', async () => {
    api.violations.length = 0
    await fetch(`${api.url}/repos/o/valid/releases`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ tag_name: 1, draft: 'yes' }),
    })
    expect(api.violations.join('\n')).toMatch(
      /repos\/create-release: request body does not match the description: .*tag_name must be string.*draft must be boolean/,
    )
  })

  it('flags a response of its own that does not match (a test fixture missing a required field)', async () => {
    api.violations.length = 0
    const run = api.addWorkflowRun('o/broken', { name: 'CI', head_sha: 'b'.repeat(40) })
    delete (run as Partial<typeof run>).html_url
    await get(`/repos/o/broken/actions/runs?head_sha=${'b'.repeat(40)}`)
    expect(api.violations.join('\n')).toMatch(
      /the 200 response does not match the description: .*must have required property 'html_url'/,
    )
  })

  it('flags an endpoint that is not in the description, and refuses a bad token', async () => {
    api.violations.length = 0
    expect((await get('/repos/o/valid/not-an-endpoint')).status).toBe(404)
    expect(api.violations).toEqual([
      'GET /repos/o/valid/not-an-endpoint: no such endpoint in the REST description',
    ])
    api.violations.length = 0
    const bad = await get('/repos/o/valid/releases/latest', 'wrong')
    expect(bad.status).toBe(401)
    expect(api.violations).toEqual([])
  })
})

describe('a GitHub API that never answers', () => {
  /** Reads each request and never answers it (or answers its headers and half a body). */
  async function silent(
    answer: 'no answer' | 'headers and half a body',
  ): Promise<{ server: Server; url: string; requests: () => number }> {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      if (answer === 'headers and half a body') {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.write('{"id": 1,')
      }
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return {
      server,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      requests: () => requests,
    }
  }

  /** The call's outcome, or 'still waiting' when it has not settled by `ms`. */
  const within = <T>(call: Promise<T>, ms: number) =>
    Promise.race([
      call.then(
        value => ({ value }),
        (error: unknown) => ({ error }),
      ),
      new Promise<'still waiting'>(resolve => setTimeout(() => resolve('still waiting'), ms)),
    ])

  it.each(['no answer', 'headers and half a body'] as const)(
    '%s: each attempt fails after the per-request timeout, retried within the budget, with a clear message',
    async answer => {
      const { server, url, requests } = await silent(answer)
      try {
        const client = createGitHubClient({
          token: 't',
          apiUrl: url,
          logger: recordingLogger(),
          timeoutMs: 300,
          retries: 1,
          retryBaseMs: 10,
        })
        const started = Date.now()
        const outcome = await within(client.rest.repos.get({ owner: 'o', repo: 'r' }), 3000)
        const elapsed = Date.now() - started
        expect(outcome).not.toBe('still waiting')
        const error = (outcome as { error?: Error }).error
        expect(error?.message).toBe(`GitHub did not answer GET ${url}/repos/o/r within 0.3 s`)
        // Two attempts of 300 ms each (one retry), a few ms of backoff between them.
        expect(elapsed).toBeGreaterThanOrEqual(600)
        expect(elapsed).toBeLessThan(2000)
        expect(requests()).toBe(2)
      } finally {
        server.closeAllConnections()
        server.close()
      }
    },
  )

  it('gives a request with a body the time it takes to send at 1 MiB/s on top (a large asset upload)', async () => {
    let received = 0
    const server = createServer((req, res) => {
      req.on('data', (chunk: Buffer) => (received += chunk.length))
      // Answers after 600 ms: past the 300 ms timeout, within 300 ms + 1 MiB at 1 MiB/s.
      req.on('end', () =>
        setTimeout(() => {
          res.writeHead(201, { 'Content-Type': 'application/json' })
          res.end('{"id": 7}')
        }, 600),
      )
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const client = createGitHubClient({
        token: 't',
        apiUrl: url,
        logger: recordingLogger(),
        timeoutMs: 300,
        retries: 0,
      })
      const data = Buffer.alloc(1024 * 1024, 1)
      const r = await client.request({
        method: 'POST',
        url: `${url}/upload`,
        data,
        headers: { 'content-type': 'application/octet-stream' },
      })
      expect(r.data).toEqual({ id: 7 })
      expect(received).toBe(data.length)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
