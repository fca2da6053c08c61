/**
 * compute-version's output vocabulary (actions/compute-version/outputs.ts) against its contract,
 * compute-version/action.yml, and the names `release-actions version` prints (the decision's
 * fields in kebab-case): the same names, in the same order, as the action's outputs.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { decisionOutputs } from '../../actions/compute-version/outputs.ts'
import { decisionText, type VersionDecision } from '../../packages/versioning/index.ts'
import { root } from '../helpers/cli.ts'

const decision: VersionDecision = {
  version: '1.3.0-rc.2+b.7',
  tag: 'v1.3.0-rc.2+b.7',
  major: 1,
  minor: 3,
  patch: 0,
  prerelease: 'rc.2',
  build: 'b.7',
  isPrerelease: true,
  isStable: false,
  isLatest: false,
  isMajorZero: false,
  previousTag: 'v1.3.0-rc.1',
  previousStableTag: 'v1.2.3',
  sha: 'c0ffee0123456789abcdef0123456789abcdef01',
  bump: 'rc',
  exists: false,
  reasons: ['why'],
}

const declared = Object.keys(
  (
    parse(readFileSync(path.join(root, 'compute-version/action.yml'), 'utf8')) as {
      outputs: Record<string, unknown>
    }
  ).outputs,
)

describe("compute-version's outputs", () => {
  it('are the outputs of action.yml, in its order', () => {
    expect(Object.keys(decisionOutputs(decision))).toEqual(declared)
  })

  it('are the kebab-case fields the CLI prints', () => {
    const kebab = Object.keys(decisionText(decision)).map(f =>
      f.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`),
    )
    expect(kebab).toEqual(declared)
  })

  it('write numbers and booleans as text', () => {
    expect(decisionOutputs(decision)).toMatchObject({
      major: '1',
      patch: '0',
      'is-prerelease': 'true',
      'is-latest': 'false',
      'previous-stable-tag': 'v1.2.3',
      build: 'b.7',
      exists: 'false',
    })
  })
})
