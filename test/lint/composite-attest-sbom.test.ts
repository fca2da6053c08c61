/**
 * attest-sbom is a composite action, which actionlint does not look inside: its structure is
 * checked here.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  expressionsInRun,
  loadYaml,
  pinsNotVerified,
  stepsOf,
  unpinnedUses,
  type Step,
} from '../helpers/action-rules.ts'
import { root } from '../helpers/cli.ts'

const file = path.join(root, 'attest-sbom/action.yml')
const { doc, text } = loadYaml<{
  runs: { using: string; steps: Step[] }
  outputs: Record<string, { value: string }>
}>(file)
const steps = stepsOf(doc)

describe('attest-sbom/action.yml', () => {
  it('is a composite whose steps run in the required order', () => {
    expect(doc.runs.using).toBe('composite')
    const order = steps.map(s => s.id ?? s.name)
    const at = (id: string) => order.indexOf(id)
    expect(at('checksums')).toBeGreaterThan(-1)
    expect(at('checksums')).toBeLessThan(order.indexOf('SBOM (syft)'))
    expect(order.indexOf('SBOM (syft)')).toBeLessThan(at('notices'))
    expect(order.indexOf('SBOM (npm)')).toBeLessThan(at('notices'))
    expect(at('notices')).toBeLessThan(at('provenance'))
    expect(at('provenance')).toBeLessThan(at('sbom-attestation'))
    expect(at('sbom-attestation')).toBeLessThan(at('verify'))
    expect(order[order.length - 1]).toBe('verify')
  })

  it('pins every third-party action to a full commit sha with a version comment', () => {
    expect(unpinnedUses(text)).toEqual([])
    expect(pinsNotVerified(text, path.join(root, 'test/fixtures/pinned-actions.txt'))).toEqual([])
    const uses = steps.filter(s => s.uses).map(s => s.uses?.split('@')[0])
    expect(uses).toEqual(['anchore/sbom-action', 'actions/attest', 'actions/attest'])
  })

  it('has no ${{ }} inside a run script, and a shell on every run step', () => {
    expect(expressionsInRun(steps)).toEqual([])
    expect(steps.filter(s => s.run !== undefined && !s.shell)).toEqual([])
  })

  it('calls its JavaScript steps from dist/ by path relative to the action, never by a moving tag', () => {
    const js = steps.filter(s => s.run?.includes('node '))
    expect(js.map(s => s.run?.trim())).toEqual([
      'node "$GITHUB_ACTION_PATH/../dist/checksums/index.js"',
      'node "$GITHUB_ACTION_PATH/../dist/notices/index.js"',
      'node "$GITHUB_ACTION_PATH/../dist/verify-attestations/index.js"',
    ])
    expect(text).not.toMatch(/uses:\s*[\w-]+\/release-actions/)
  })

  it('never lets syft upload release assets or artifacts', () => {
    const sbom = steps.find(s => s.uses?.startsWith('anchore/sbom-action'))
    expect(sbom?.with).toMatchObject({
      format: 'spdx-json',
      'upload-artifact': false,
      'upload-release-assets': false,
    })
  })

  it('documents the permissions it needs', () => {
    const readme = readFileSync(path.join(root, 'attest-sbom/README.md'), 'utf8')
    for (const p of ['id-token: write', 'attestations: write', 'contents: read'])
      expect(readme).toContain(p)
  })

  it('maps every output to a step that sets it', () => {
    for (const [name, out] of Object.entries(doc.outputs)) {
      const id = /steps\.([\w-]+)\.outputs/.exec(out.value)?.[1]
      expect(
        steps.some(s => s.id === id),
        name,
      ).toBe(true)
    }
  })
})
