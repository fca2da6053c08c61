/**
 * The user's or the world's errors against bugs (packages/errors): the runner adapter
 * (packages/runtime) and the CLI print an InputError, a registry's refusal or a git failure as one
 * line; anything else (a TypeError) is a bug of release-actions, printed with its stack, marked as
 * a bug, with the link to report it, and then the one error line. Both run from source as separate
 * Node 24 processes, as the runner and a maintainer start them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  BUG_REPORT_URL,
  InputError,
  isOperationalError,
  OperationalError,
  PreconditionError,
} from '../../packages/errors/index.ts'
import { PlanError } from '../../packages/release/plan.ts'
import { SbomError } from '../../packages/attest/notices.ts'
import { GitError } from '../../packages/git/index.ts'
import { RegistryError } from '../../packages/oci/index.ts'
import { exec, ExecError } from '../../packages/process/index.ts'
import { UsageError } from '../../cli/args.ts'
import { root, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations } from '../helpers/workflow-commands.ts'

afterAll(cleanupTempDirs)

/** Run `body` as an action's main through packages/runtime, as `node dist/<name>/index.js` would. */
async function runMain(body: string, imports = '') {
  const dir = tempDir('ra-errors-')
  const entry = path.join(dir, 'index.ts')
  const output = path.join(dir, 'output')
  writeFileSync(output, '')
  writeFileSync(
    entry,
    `import { runAction } from ${JSON.stringify(path.join(root, 'packages/runtime/index.ts'))}\n${imports}\nawait runAction(async () => {\n${body}\n})\n`,
  )
  const r = await exec(process.execPath, [entry], {
    cwd: dir,
    env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_WORKSPACE: dir },
    okCodes: [0, 1],
  })
  return { ...r, outputFile: readFileSync(output, 'utf8') }
}

const errorsModule = JSON.stringify(path.join(root, 'packages/errors/index.ts'))

describe('the runner adapter', () => {
  it('prints a TypeError with its stack, marked as a bug, with the link to report it', async () => {
    const r = await runMain(
      'const value = undefined as unknown as { items: string[] }\nreturn { outputs: { n: String(value.items.length) } }',
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `This is a bug in release-actions, not a problem with the inputs or the repository. Please report it at ${BUG_REPORT_URL}`,
    )
    expect(r.stdout).toMatch(
      /^TypeError: Cannot read properties of undefined \(reading 'items'\)$/m,
    )
    expect(r.stdout).toMatch(/^ {4}at .*index\.ts:\d+:\d+/m)
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error::'))
    expect(errors).toEqual([
      `::error::Cannot read properties of undefined (reading 'items') (a bug in release-actions; please report it: ${BUG_REPORT_URL})`,
    ])
    expect(r.outputFile).toBe('')
  })

  it.each([
    ['an InputError', `throw new InputError('path', 'expected a directory, got "x"')`],
    ['a PreconditionError', `throw new PreconditionError('The tag v1.2.3 exists already.')`],
  ])('prints %s as one ::error:: line, without a stack or the link', async (_, body) => {
    const r = await runMain(body, `import { InputError, PreconditionError } from ${errorsModule}`)
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n').filter(l => l !== '')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error::(Input 'path': expected a directory|The tag v1\.2\.3)/)
    expect(r.stdout).not.toContain(BUG_REPORT_URL)
    expect(r.stdout).not.toMatch(/^\s+at /m)
  })

  it('a bug whose message reads as a workflow command cannot issue one', async () => {
    const r = await runMain(`throw new RangeError('bad\\n::warning::forged')`)
    expect(annotations(r.stdout, 'warning')).toEqual([])
    expect(annotations(r.stdout)).toEqual([
      `bad\n::warning::forged (a bug in release-actions; please report it: ${BUG_REPORT_URL})`,
    ])
  })
})

describe('the CLI', () => {
  it('prints an InputError as one line naming the flag, without a stack', async () => {
    const r = await runCli(['version', '--tag-prefix', 'v$'], { cwd: tempDir() })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: --tag-prefix: [^\n]+\n$/)
    expect(r.stderr).not.toContain(BUG_REPORT_URL)
  })

  it('prints a bug with its stack and the link to report it, then the error line', async () => {
    // A TypeError from inside a command: process.cwd() broken under it (pins resolves --path).
    const dir = tempDir()
    const r = await exec(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.cwd=()=>{throw new TypeError("cwd is broken")}',
        path.join(root, 'cli/index.ts'),
        'pins',
      ],
      { cwd: dir, okCodes: [0, 1, 2] },
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`This is a bug in release-actions`)
    expect(r.stderr).toContain(`Please report it at ${BUG_REPORT_URL}`)
    expect(r.stderr).toMatch(/^TypeError: cwd is broken$/m)
    expect(r.stderr).toMatch(/^ {4}at .*cli\/commands\/pins\.ts:\d+:\d+/m)
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `error: cwd is broken (a bug in release-actions; please report it: ${BUG_REPORT_URL})`,
    )
  })
})

describe('isOperationalError', () => {
  const system = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
    errno: -111,
  })
  it.each([
    ['InputError', new InputError('tag', 'x'), true],
    ['PreconditionError', new PreconditionError('x'), true],
    ['ExecError', new ExecError('git status', 128, 'fatal: not a git repository'), true],
    ['GitError', new GitError('fatal: bad revision'), true],
    ['RegistryError', new RegistryError('ghcr.io refused the token', 401), true],
    ['PlanError', new PlanError('image 1: expected a name'), true],
    ['SbomError', new SbomError('it is not JSON'), true],
    ['UsageError', new UsageError('unknown option --x'), true],
    ['OperationalError', new OperationalError('x'), true],
    [
      'a GitHub API answer (octokit HttpError)',
      Object.assign(new Error('Not Found'), { name: 'HttpError', status: 404 }),
      true,
    ],
    [
      'a file-system error',
      Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open', errno: -2 }),
      true,
    ],
    ['fetch failed, cause ECONNREFUSED', new TypeError('fetch failed', { cause: system }), true],
    ['a timeout', new DOMException('The operation timed out.', 'TimeoutError'), true],
    ['TypeError', new TypeError('x is not a function'), false],
    [
      'fetch failed without a network cause',
      new TypeError('fetch failed', { cause: new TypeError('x') }),
      false,
    ],
    ['RangeError', new RangeError('Invalid array length'), false],
    ['a plain Error', new Error('unexpected'), false],
    ['an object with an unrelated status', Object.assign(new Error('x'), { status: 500 }), false],
    ['a string', 'thrown text', false],
    ['undefined', undefined, false],
  ])('%s → %s', (_, error, expected) => {
    expect(isOperationalError(error)).toBe(expected)
  })
})
