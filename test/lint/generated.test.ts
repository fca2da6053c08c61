/**
 * dist/, the READMEs' input tables and action-catalog.md are generated; CI fails when the
 * committed copies are stale.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exec } from '../../packages/process/index.ts'
import { root } from '../helpers/cli.ts'

describe('generated files', () => {
  it('dist/, READMEs and action-catalog.md match a fresh build', async () => {
    const r = await exec(process.execPath, [path.join(root, 'scripts/build.ts'), '--check'], {
      cwd: root,
      okCodes: [0, 1],
    })
    expect(r.stderr).toMatch(/generated files are up to date/)
    expect(r.code).toBe(0)
  }, 300_000)
})
