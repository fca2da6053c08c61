/**
 * deploy-demo is a composite action, which actionlint does not look inside: its structure is
 * checked here — the order of the steps, the skip of pre-releases, the rollback path, pinning, and
 * that inputs reach scripts only through env:.
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

const file = path.join(root, 'deploy-demo/action.yml')
const { doc, text } = loadYaml<{
  inputs: Record<string, { required?: boolean; default?: string }>
  runs: { using: string; steps: Step[] }
  outputs: Record<string, { value: string }>
}>(file)
const steps = stepsOf(doc)
const byId = (id: string): Step => {
  const step = steps.find(s => s.id === id)
  if (!step) throw new Error(`no step ${id}`)
  return step
}
const SKIP = "steps.plan.outputs.skip != 'true'"

describe('deploy-demo/action.yml', () => {
  it('is a composite whose steps run plan → auth → wait → record → deploy → locate → smoke → promote → rollback → status', () => {
    expect(doc.runs.using).toBe('composite')
    const order = steps.map(s => s.id ?? s.uses?.split('@')[0])
    expect(order).toEqual([
      'plan',
      'auth',
      'image',
      'google-github-actions/setup-gcloud',
      'previous',
      'deploy',
      'revision',
      'smoke',
      'promote',
      'rollback',
      'status',
    ])
  })

  it('runs nothing after the plan when the plan says skip (pre-releases), except the status', () => {
    const [plan, ...rest] = steps
    expect(plan?.if).toBeUndefined()
    for (const step of rest.filter(s => s.id !== 'rollback' && s.id !== 'status'))
      expect(step.if, step.id ?? step.name).toBe(SKIP)
    expect(byId('status').if).toBe('always()')
    // The skip decision is the plan's, from skip-prerelease and the version.
    expect(plan?.with).toMatchObject({
      version: '${{ inputs.version }}',
      'skip-prerelease': '${{ inputs.skip-prerelease }}',
    })
    expect(doc.inputs['skip-prerelease']?.default).toBe('true')
    expect(byId('status').run).toContain('status=skipped')
  })

  it('wires the rollback to a failure, to the rollback input, and to the revision recorded before the deploy', () => {
    const rollback = byId('rollback')
    expect(rollback.if).toBe(
      "failure() && inputs.rollback == 'true' && steps.previous.outputs.previous-revision != ''",
    )
    expect(rollback.with).toMatchObject({
      command: 'rollback',
      revision: '${{ steps.previous.outputs.previous-revision }}',
    })
    // Recorded before the deploy, so the revision is the one that served until now.
    expect(steps.indexOf(byId('previous'))).toBeLessThan(steps.indexOf(byId('deploy')))
    expect(byId('status').env).toMatchObject({
      ROLLED_BACK: '${{ steps.rollback.outcome }}',
      PROMOTED: '${{ steps.promote.outcome }}',
    })
    expect(byId('status').run).toMatch(/ROLLED_BACK" = "success" \]; then status=rolled-back/)
  })

  it('deploys without traffic under a revision tag, smoke-checks the tagged URL, and promotes only that revision', () => {
    expect(byId('deploy').with).toMatchObject({
      tag: '${{ steps.plan.outputs.tag }}',
      no_traffic: "${{ steps.previous.outputs.previous-revision != '' }}",
      // The name the plan step read (lower-cased as registries require).
      image: '${{ steps.plan.outputs.image }}',
    })
    expect(byId('revision').with).toMatchObject({
      command: 'locate',
      tag: '${{ steps.plan.outputs.tag }}',
    })
    expect(byId('smoke').with).toMatchObject({
      url: '${{ steps.revision.outputs.url }}',
      'expected-version': '${{ steps.plan.outputs.expected-version }}',
    })
    expect(byId('promote').with).toMatchObject({
      command: 'promote',
      revision: '${{ steps.revision.outputs.revision }}',
    })
  })

  it('authenticates through Workload Identity Federation only', () => {
    const auth = byId('auth')
    expect(auth.uses).toMatch(/^google-github-actions\/auth@/)
    expect(Object.keys(auth.with ?? {}).sort()).toEqual([
      'service_account',
      'token_format',
      'workload_identity_provider',
    ])
    // The short-lived token reaches only the wait for the image (Artifact Registry wants one).
    expect(text.match(/steps\.auth\.outputs\.access_token/g)).toHaveLength(1)
    expect(byId('image').with).toMatchObject({
      'google-access-token': '${{ steps.auth.outputs.access_token }}',
    })
    expect(text).not.toMatch(/credentials_json|GOOGLE_APPLICATION_CREDENTIALS/)
    expect(doc.inputs['workload-identity-provider']?.required).toBe(true)
  })

  it('pins every third-party action to a verified full commit sha with a version comment', () => {
    expect(unpinnedUses(text, SELF)).toEqual([])
    expect(pinsNotVerified(text, path.join(root, 'test/fixtures/pinned-actions.txt'))).toEqual([])
  })

  it('has no ${{ }} inside a run script, and a shell on every run step', () => {
    expect(expressionsInRun(steps)).toEqual([])
    expect(steps.filter(s => s.run !== undefined && s.shell !== 'bash')).toEqual([])
  })

  it('runs its JavaScript steps as node24 actions of this repository, never with the node on PATH', () => {
    expect(steps.filter(s => s.run?.includes('node '))).toEqual([])
    expect(selfActions(steps)).toEqual([
      'actions/deploy-demo/steps/deploy-plan',
      'actions/deploy-demo/steps/wait-for-image',
      'actions/deploy-demo/steps/cloud-run',
      'actions/deploy-demo/steps/cloud-run',
      'actions/deploy-demo/steps/smoke-check',
      'actions/deploy-demo/steps/cloud-run',
      'actions/deploy-demo/steps/cloud-run',
    ])
    for (const dir of new Set(selfActions(steps)))
      expect(readFileSync(path.join(root, dir, 'action.yml'), 'utf8')).toContain('using: node24')
  })

  it('passes every input the plan validates, so nothing reaches Google Cloud unchecked', () => {
    const planInputs = Object.keys(byId('plan').with ?? {})
    for (const name of Object.keys(doc.inputs).filter(
      n =>
        !['version-field', 'version-header', 'registry-username', 'registry-password'].includes(n),
    ))
      expect(planInputs, name).toContain(name)
  })

  it('maps every output to a step that sets it', () => {
    expect(Object.keys(doc.outputs)).toEqual(['url', 'revision', 'previous-revision', 'status'])
    for (const [name, out] of Object.entries(doc.outputs)) {
      for (const [, id] of out.value.matchAll(/steps\.([\w-]+)\.outputs/g))
        expect(
          steps.some(s => s.id === id),
          name,
        ).toBe(true)
    }
  })

  it('documents the permissions it needs and where the credentials file goes', () => {
    const readme = readFileSync(path.join(root, 'deploy-demo/README.md'), 'utf8')
    for (const p of [
      'id-token: write',
      'contents: read',
      'gha-creds-*.json',
      'Workload Identity Federation',
    ])
      expect(readme).toContain(p)
  })
})
