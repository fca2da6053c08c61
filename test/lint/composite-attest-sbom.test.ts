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
  SELF,
  selfActions,
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
    expect(unpinnedUses(text, SELF)).toEqual([])
    expect(pinsNotVerified(text, path.join(root, 'test/fixtures/pinned-actions.txt'))).toEqual([])
    const uses = steps
      .filter(s => s.uses && !s.uses.startsWith(`${SELF}/`))
      .map(s => s.uses?.split('@')[0])
    expect(uses).toEqual(['anchore/sbom-action', 'actions/attest', 'actions/attest'])
  })

  it('has no ${{ }} inside a run script, and a shell on every run step', () => {
    expect(expressionsInRun(steps)).toEqual([])
    expect(steps.filter(s => s.run !== undefined && !s.shell)).toEqual([])
  })

  it('runs its JavaScript steps as node24 actions of this repository, never with the node on PATH', () => {
    expect(steps.filter(s => s.run?.includes('node '))).toEqual([])
    expect(selfActions(steps)).toEqual([
      'actions/attest-sbom/steps/checksums',
      'actions/attest-sbom/steps/notices',
      'actions/attest-sbom/steps/verify-attestations',
    ])
    for (const dir of selfActions(steps))
      expect(readFileSync(path.join(root, dir, 'action.yml'), 'utf8')).toContain('using: node24')
  })

  it('turns the attestations off with attest: false, and asks for no storage record', () => {
    for (const id of ['provenance', 'sbom-attestation', 'verify'])
      expect(steps.find(s => s.id === id)?.if, id).toContain("inputs.attest == 'true'")
    for (const s of steps.filter(s => s.uses?.startsWith('actions/attest@')))
      expect(s.with?.['create-storage-record']).toBe(false)
  })

  it('makes the npm SBOM from the lockfile alone (a release job has no node_modules)', () => {
    expect(steps.find(s => s.name === 'SBOM (npm)')?.run).toContain('--package-lock-only')
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

  it('passes the package stores of the licence texts through to the notices step', () => {
    const notices = steps.find(s => s.id === 'notices')
    const step = loadYaml<{ inputs: Record<string, unknown> }>(
      path.join(root, 'actions/attest-sbom/steps/notices/action.yml'),
    ).doc
    for (const input of [
      'licence-texts',
      'node-modules',
      'go-mod-cache',
      'cargo-home',
      'site-packages',
    ]) {
      expect(notices?.with?.[input], input).toBe(`\${{ inputs.${input} }}`)
      expect(Object.keys(step.inputs), input).toContain(input)
    }
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
