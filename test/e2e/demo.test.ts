/**
 * The README's first command: the local end-to-end run of the pipeline on the embedded sample
 * repository. Every stage checks its own results and the run fails when one misbehaves.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exec } from '../../packages/process/index.ts'
import { root } from '../helpers/cli.ts'

describe('scripts/demo.ts', () => {
  it('runs every stage of the pipeline on the sample repository and says so', async () => {
    const r = await exec(process.execPath, [path.join(root, 'scripts/demo.ts')], {
      cwd: root,
      okCodes: [0, 1],
      timeoutMs: 120_000,
    })
    expect(r.stderr).not.toContain('did not behave as expected')
    expect(r.code).toBe(0)
    for (const stage of [
      'compute-version',
      'quality-gates',
      'publish-tags-matrix',
      'generate-changelog',
      'attest-sbom',
      'GitHub Release',
      'deploy-demo',
      'superseded-release',
    ])
      expect(r.stdout).toMatch(new RegExp(`Stage \\d — ${stage}:`))
    expect(r.stdout).toContain('demo finished: every stage behaved as expected')
  })
})
