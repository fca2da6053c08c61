/**
 * The notify step against a local HTTP server standing in for a Slack incoming webhook: one POST
 * of JSON `text` + `blocks` per release; the webhook URL masked before anything is logged; a 500,
 * a webhook that never answers (timeout) and a refused connection are warnings with exit code 0 —
 * a notification never fails a release; no webhook configured: nothing sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { runAction } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'
import { freePort } from '../peers/registry.ts'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(s => {
      s.closeAllConnections()
      return new Promise(r => s.close(r))
    }),
  )
  cleanupTempDirs()
})

interface Received {
  method: string
  url: string
  contentType: string
  body: string
}

async function webhook(
  respond: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body,
      })
      respond(req, res)
    })
  })
  servers.push(server)
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}/services/T000/B000/s3cr3tT0k3n`, received }
}

const digest = `sha256:${'b'.repeat(64)}`
const inputs = (url: string, extra: Record<string, string> = {}) => ({
  'webhook-url': url,
  version: '0.2.0-rc.1',
  tag: 'v0.2.0-rc.1',
  'is-latest': 'false',
  'release-url': 'https://github.com/octo/demo/releases/tag/v0.2.0-rc.1',
  images: JSON.stringify([{ key: 'image-0', name: 'ghcr.io/octo/demo', digest, reused: false }]),
  ...extra,
})

/** The output with the ::add-mask:: command (which carries the secret to the runner) taken out. */
const unmasked = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')

describe('notify against a local incoming webhook', () => {
  it('posts one Slack message (text + blocks) and masks the webhook URL', async () => {
    const hook = await webhook((_, res) => res.writeHead(200).end('ok'))
    const r = await runAction('notify', inputs(hook.url), { cwd: tempDir() })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toEqual({ sent: 'true', kind: 'release candidate' })
    expect(hook.received).toHaveLength(1)
    const [req] = hook.received
    expect(req?.method).toBe('POST')
    expect(req?.url).toBe('/services/T000/B000/s3cr3tT0k3n')
    expect(req?.contentType).toBe('application/json')
    const body = JSON.parse(req?.body ?? '{}') as { text: string; blocks: { type: string }[] }
    expect(Object.keys(body).sort()).toEqual(['blocks', 'text'])
    expect(body.text).toBe(
      'octo/demo v0.2.0-rc.1 released (release candidate): https://github.com/octo/demo/releases/tag/v0.2.0-rc.1',
    )
    expect(body.blocks.map(b => b.type)).toEqual(['header', 'section', 'section'])
    expect(req?.body).toContain(`ghcr.io/octo/demo@${digest}`)
    expect(
      runnerCommands(r.stdout)
        .filter(c => c.command === 'add-mask')
        .map(c => c.data),
    ).toEqual([hook.url])
    expect(unmasked(r.stdout + r.stderr)).not.toContain('s3cr3tT0k3n')
  })

  it('a 500 is a warning, not a failure', async () => {
    const hook = await webhook((_, res) => res.writeHead(500).end('internal_error'))
    const r = await runAction('notify', inputs(hook.url), { cwd: tempDir() })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.sent).toBe('false')
    expect(annotations(r.stdout, 'error')).toEqual([])
    expect(annotations(r.stdout, 'warning')).toEqual([
      'The release notification was not delivered: the webhook answered 500 (internal_error). The release is not affected.',
    ])
    expect(hook.received).toHaveLength(1)
    expect(unmasked(r.stdout + r.stderr)).not.toContain('s3cr3tT0k3n')
  })

  it('a webhook that never answers times out as a warning', async () => {
    const hook = await webhook(() => undefined)
    const started = Date.now()
    const r = await runAction('notify', inputs(hook.url, { 'timeout-seconds': '1' }), {
      cwd: tempDir(),
    })
    expect(Date.now() - started).toBeLessThan(8000)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.sent).toBe('false')
    expect(annotations(r.stdout, 'warning')).toEqual([
      'The release notification was not delivered: the webhook did not answer within 1s. The release is not affected.',
    ])
  })

  it('a refused connection is a warning that does not show the URL', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}/services/T000/B000/s3cr3tT0k3n`
    const r = await runAction('notify', inputs(url), { cwd: tempDir() })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(annotations(r.stdout, 'warning')[0]).toMatch(
      /^The release notification was not delivered: the webhook could not be reached/,
    )
    expect(unmasked(r.stdout + r.stderr)).not.toContain('s3cr3tT0k3n')
  })

  it('no webhook configured: nothing is sent, and the stable and back-port kinds are told apart', async () => {
    const stable = await runAction(
      'notify',
      inputs('', { version: '1.0.0', tag: 'v1.0.0', 'is-latest': 'true' }),
      { cwd: tempDir() },
    )
    expect(stable.code).toBe(0)
    expect(stable.outputs).toEqual({ sent: 'false', kind: 'stable' })
    expect(annotations(stable.stdout, 'warning')).toEqual([])
    const backport = await runAction('notify', inputs('', { version: '0.9.1', tag: 'v0.9.1' }), {
      cwd: tempDir(),
    })
    expect(backport.outputs.kind).toBe('back-port')
  })

  it('a webhook URL that is not one is an input error that does not show it', async () => {
    const r = await runAction('notify', inputs('not a url s3cr3tT0k3n'), { cwd: tempDir() })
    expect(r.code).toBe(1)
    expect(annotations(r.stdout, 'error').join('\n')).toContain('webhook-url')
    expect(unmasked(r.stdout + r.stderr)).not.toContain('s3cr3tT0k3n')
  })
})
