/**
 * `api-url` receives the GitHub token with every request, so it is https only; plain http only to
 * this machine (127.0.0.0/8, ::1, localhost: the local GitHub API of the tests, a tunnel). One
 * reader (Inputs.url) decides, for every action with an api-url input and the CLI commands that
 * take --api-url; a refusal names the input and the expected form, before anything is sent.
 */
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Inputs, mapSource } from '../../packages/inputs/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

const FORM =
  'expected an https URL (plain http only to this machine: 127.0.0.0/8, ::1, localhost) without credentials, query or fragment'
const EXPECTED = `Input 'api-url': ${FORM}`

/** A server on this machine that counts whatever reaches it: a refused api-url must not. */
let requests = 0
let server: ReturnType<typeof createServer>
let port = 0
beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++
    res.writeHead(500)
    res.end()
  })
  await new Promise<void>(resolve => server.listen(0, '0.0.0.0', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => {
  server.close()
  cleanupTempDirs()
})

const read = (value: string) =>
  new Inputs(mapSource({ 'api-url': value })).url('api-url', 'https://api.github.com', 'x')

describe('the url reader', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://github.example.com/api/v3/', 'https://github.example.com/api/v3'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.8.9.10/api', 'http://127.8.9.10/api'],
    ['http://localhost:3000/api/v3', 'http://localhost:3000/api/v3'],
    ['http://LOCALHOST:3000', 'http://LOCALHOST:3000'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('takes %s', (value, expected) => {
    expect(read(value)).toBe(expected)
  })

  it.each([
    'http://api.github.com',
    'http://github.example.com/api/v3',
    'http://10.0.0.1',
    'http://0.0.0.0:8080',
    'http://127.0.0.1.example.com',
    'http://localhost.example.com',
    'http://[::ffff:10.0.0.1]',
    'ftp://api.github.com',
    'https://user:secret@api.github.com',
    'https://api.github.com?x=1',
    'https://api.github.com#x',
    'api.github.com',
  ])('refuses %s, naming the input and the expected form', value => {
    let error: unknown
    try {
      read(value)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(EXPECTED)
  })
})

/** Each action with an api-url input, with inputs that are valid up to api-url. */
const ACTIONS: [string, Record<string, string>][] = [
  ['quality-gates', { gates: '- name: ok\n  run: "true"', sha: 'a'.repeat(40) }],
  ['superseded-release', { tag: 'v1.2.3', reason: 'Broken.', token: 't', repository: 'o/r' }],
  ['release-files', { tag: 'v1.2.3', token: 't', repository: 'o/r' }],
  ['release-plan', { tag: 'v1.2.3', images: 'ghcr.io/o/app', token: 't', repository: 'o/r' }],
  ['github-release', { tag: 'v1.2.3', token: 't', repository: 'o/r' }],
]

describe('every action with an api-url input', () => {
  it.each(ACTIONS)(
    '%s refuses plain http to another machine before sending anything',
    async (name, inputs) => {
      for (const host of ['api.github.invalid', '0.0.0.0']) {
        const apiUrl = `http://${host}:${port}/api/v3`
        const r = await runAction(name, { ...inputs, 'api-url': apiUrl }, { cwd: tempDir() })
        expect(r.stdout).toContain(`::error::${EXPECTED}, such as `)
        expect(r.stdout).toContain(`got "${apiUrl}"`)
        expect(r.code).toBe(1)
        expect(r.outputFile).toBe('')
      }
      expect(requests).toBe(0)
    },
  )

  it.each([
    ['gates', '--config', 'none.yml'],
    ['supersede', '--tag', 'v1.2.3', '--reason', 'Broken.', '--repository', 'o/r'],
  ])('the CLI command %s refuses it too', async (command, ...args) => {
    const dir = tempDir()
    if (command === 'gates')
      writeFileSync(path.join(dir, 'none.yml'), '- name: ok\n  run: "true"\n')
    const r = await runCli([command, ...args, '--api-url', `http://0.0.0.0:${port}`], {
      cwd: dir,
      env: { GITHUB_TOKEN: 't' },
    })
    expect(r.stderr).toContain(`error: --api-url: ${FORM}`)
    expect(r.code).not.toBe(0)
    expect(requests).toBe(0)
  })
})
