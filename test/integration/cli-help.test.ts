/**
 * `--help` of every command lists every flag it accepts, and only those: each usage text in
 * cli/usage.ts is checked against the FlagSpec main.ts parses that command's arguments with, so the
 * two cannot drift. The help and usage errors come from the bundle without loading any command.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { specs } from '../../cli/usage.ts'
import type { FlagSpec } from '../../cli/args.ts'
import { runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

/** The synopsis: the first line and the lines indented four spaces that follow it. */
function synopsis(usage: string): string {
  const [first = '', ...rest] = usage.split('\n')
  const more: string[] = []
  for (const line of rest) {
    if (!line.startsWith('    ')) break
    more.push(line)
  }
  return [first, ...more].join('\n')
}

/** Every `--name` and `-x` a text mentions. */
function mentioned(text: string): { long: Set<string>; short: Set<string> } {
  return {
    long: new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map(m => m[1] ?? '')),
    short: new Set([...text.matchAll(/(?<![\w-])-([a-zA-Z])\b/g)].map(m => m[1] ?? '')),
  }
}

function shorts(flags: FlagSpec): Set<string> {
  return new Set(Object.values(flags).flatMap(f => (f.short ? [f.short] : [])))
}

const names = Object.keys(specs) as (keyof typeof specs)[]

describe('usage texts', () => {
  it.each(names)('%s: the synopsis lists exactly the flags it accepts', name => {
    const spec = specs[name]
    const flags: FlagSpec = spec.flags
    expect(spec.usage.startsWith(`release-actions ${name}`)).toBe(true)
    const listed = mentioned(synopsis(spec.usage))
    expect([...listed.long].sort()).toEqual(Object.keys(flags).sort())
    expect([...listed.short].sort()).toEqual([...shorts(flags)].sort())
    // The description may name flags too, but only ones the command accepts.
    const all = mentioned(spec.usage)
    for (const flag of all.long) expect(Object.keys(flags), `--${flag}`).toContain(flag)
  })

  it('finds a flag missing from a synopsis (the check itself can fail)', () => {
    const usage = 'release-actions x [--a A]\n    [--b]\n  Does x; see --a.'
    expect([...mentioned(synopsis(usage)).long]).toEqual(['a', 'b'])
    expect([...mentioned(synopsis(usage)).long]).not.toContain('c')
    expect(synopsis(usage)).not.toContain('Does x')
  })
})

describe('release-actions --help', () => {
  it('prints every command usage from the bundle and from source', async () => {
    const cwd = tempDir()
    for (const bundle of [true, false]) {
      const all = await runCli(['--help'], { cwd, bundle })
      expect(all.code).toBe(0)
      for (const name of names) expect(all.stdout).toContain(specs[name].usage)
      for (const name of names) {
        const one = await runCli([name, '--help'], { cwd, bundle })
        expect(one, name).toMatchObject({ code: 0, stdout: `${specs[name].usage}\n`, stderr: '' })
      }
    }
  })

  it('rejects a flag the command does not accept with its usage and exit code 2', async () => {
    const cwd = tempDir()
    for (const name of names) {
      const r = await runCli([name, '--no-such-flag'], { cwd })
      expect(r.code, name).toBe(2)
      expect(r.stderr).toContain("Unknown option '--no-such-flag'")
      expect(r.stderr).toContain(`Usage: ${specs[name].usage}`)
    }
  })

  it('rejects positional arguments where a command takes none', async () => {
    const r = await runCli(['version', 'extra'], { cwd: tempDir() })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("Unexpected argument 'extra'")
  })
})
