/**
 * Static checks that run with the tests: the type-check, ESLint with zero warnings, Prettier,
 * actionlint over every workflow, shellcheck over every script, and the action.yml metadata rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runActionlint } from '../helpers/actionlint.ts'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { exec } from '../../packages/process/index.ts'
import { root } from '../helpers/cli.ts'

const bin = (name: string) => path.join(root, 'node_modules', name)

function files(dir: string, pattern: RegExp): string[] {
  const full = path.join(root, dir)
  if (!existsSync(full)) return []
  return readdirSync(full)
    .filter(f => pattern.test(f))
    .map(f => path.join(dir, f))
}

describe('lint', () => {
  it('type-checks (tsc --noEmit, strict)', async () => {
    const r = await exec(process.execPath, [bin('typescript/bin/tsc'), '-p', root], {
      cwd: root,
      okCodes: [0, 1, 2],
    })
    expect(r.stdout, r.stdout).toBe('')
  }, 180_000)

  it('ESLint reports no error and no warning', async () => {
    const r = await exec(process.execPath, [bin('eslint/bin/eslint.js'), '--max-warnings=0', '.'], {
      cwd: root,
      okCodes: [0, 1],
    })
    expect(r.stdout, r.stdout).toBe('')
    expect(r.code).toBe(0)
  }, 180_000)

  it('Prettier finds every file formatted', async () => {
    const r = await exec(
      process.execPath,
      [bin('prettier/bin/prettier.cjs'), '--check', '**/*.{ts,json}'],
      { cwd: root, okCodes: [0, 1, 2] },
    )
    expect(r.code, r.stdout + r.stderr).toBe(0)
  }, 120_000)

  it('actionlint finds nothing in the workflows', async () => {
    const workflows = [...files('.github/workflows', /\.ya?ml$/), ...files('workflows', /\.ya?ml$/)]
    expect(workflows.length).toBeGreaterThan(0)
    for (const file of workflows) {
      const results = await runActionlint(readFileSync(path.join(root, file), 'utf8'), file)
      expect(results.map(r => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual(
        [],
      )
    }
  })

  it('shellcheck finds nothing in the scripts', async () => {
    const scripts = [...files('scripts', /\.sh$/), '.ci/run']
    const r = await exec('shellcheck', ['-x', ...scripts], { cwd: root, okCodes: [0, 1] })
    expect(r.stdout).toBe('')
  })
})

describe('action.yml metadata', () => {
  const actions = readdirSync(root, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(path.join(root, d.name, 'action.yml')))
    .map(d => d.name)

  it('finds the public action folders', () => {
    expect(actions).toContain('compute-version')
  })

  it.each(actions)(
    '%s: name, description, branding, a description on every input and output',
    dir => {
      const meta = parse(readFileSync(path.join(root, dir, 'action.yml'), 'utf8')) as {
        name: string
        description: string
        branding?: { icon: string; color: string }
        inputs?: Record<string, { description?: string }>
        outputs?: Record<string, { description?: string }>
        runs: { using: string; main?: string }
      }
      expect(meta.name).toMatch(/^release-actions: /)
      expect(meta.description.length).toBeGreaterThan(20)
      expect(meta.branding?.icon).toBeTruthy()
      for (const [name, io] of [
        ...Object.entries(meta.inputs ?? {}),
        ...Object.entries(meta.outputs ?? {}),
      ]) {
        expect(name).toMatch(/^[a-z][a-z0-9-]*$/)
        expect(io.description, `${dir}: ${name}`).toBeTruthy()
      }
      expect(['node24', 'composite']).toContain(meta.runs.using)
      expect(existsSync(path.join(root, dir, 'README.md'))).toBe(true)
    },
  )
})
