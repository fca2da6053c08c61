/**
 * The local GitHub API checks what it is sent and what it answers against GitHub's REST
 * description: these tests show that a wrong request or a wrong answer is caught.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../helpers/github-api.ts'

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
