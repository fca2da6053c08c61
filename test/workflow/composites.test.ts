/**
 * The composite actions run as the runner runs them, step by step, in small workflows of their
 * own: attest-sbom in a job without node_modules (npm's SBOM from the lockfile alone) and with
 * attest: false; deploy-demo skipping a pre-release before it touches Google Cloud.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { GITHUB_STAND_INS } from '../peers/stand-ins.ts'
import { World } from '../peers/world.ts'

const REPO = 'octo/composites'
const UPPER = 'NVIDIA/App'
let world: World
let repo: TestRepo

const LOCK = {
  name: 'demo',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'demo', version: '1.0.0', license: 'MIT', dependencies: { 'left-pad': '1.3.0' } },
    'node_modules/left-pad': {
      version: '1.3.0',
      resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
      integrity:
        'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQ7Xq9YeU/ibKuAHJpSA8jP4A1ZeTx4Ytp/GVxkmj0qPsrpA==',
      license: 'WTFPL',
    },
  },
}

const WORKFLOWS: Record<string, string> = {
  'evidence.yml': `
on: push
permissions: {}
jobs:
  evidence:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      checksums: \${{ steps.evidence.outputs.checksums-file }}
      sbom: \${{ steps.evidence.outputs.sbom-file }}
      notices: \${{ steps.evidence.outputs.notices-file }}
      ids: \${{ steps.evidence.outputs.attestation-ids }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - run: mkdir -p dist && echo one > dist/a.bin && echo two > dist/b.bin
      - id: evidence
        uses: release-actions/release-actions/attest-sbom@main
        with:
          subject-path: dist/*
          sbom: npm
          attest: false
`,
  'image-name.yml': `
on: push
permissions: {}
jobs:
  evidence:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - id: evidence
        uses: release-actions/release-actions/attest-sbom@main
        with:
          subject-name: ghcr.io/\${{ github.repository }}
          subject-digest: sha256:${'b'.repeat(64)}
          sbom: none
          attest: false
  demo:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
    steps:
      - id: deploy
        uses: release-actions/release-actions/deploy-demo@main
        with:
          image: us-docker.pkg.dev/demo-project/ghcr/\${{ github.repository }}@sha256:${'a'.repeat(64)}
          version: v1.3.0-rc.1
          region: us-west1
          project-id: demo-project
          workload-identity-provider: projects/123456789/locations/global/workloadIdentityPools/github/providers/github
          service-account: demo-deployer@demo-project.iam.gserviceaccount.com
`,
  'skip.yml': `
on: push
permissions: {}
jobs:
  demo:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
    outputs:
      status: \${{ steps.deploy.outputs.status }}
    steps:
      - id: deploy
        uses: release-actions/release-actions/deploy-demo@main
        with:
          image: us-docker.pkg.dev/demo-project/ghcr/octo/app@sha256:${'a'.repeat(64)}
          version: v1.3.0-rc.1
          region: us-west1
          project-id: demo-project
          workload-identity-provider: projects/123456789/locations/global/workloadIdentityPools/github/providers/github
          service-account: demo-deployer@demo-project.iam.gserviceaccount.com
`,
}

beforeAll(async () => {
  world = await World.start()
  for (const [name, fn] of Object.entries(GITHUB_STAND_INS)) world.standIns.set(name, fn)
  repo = await world.createRepository(REPO)
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'demo',
      version: '1.0.0',
      license: 'MIT',
      dependencies: { 'left-pad': '1.3.0' },
    }),
    'package-lock.json': JSON.stringify(LOCK),
  }
  for (const [name, content] of Object.entries(WORKFLOWS))
    files[`.github/workflows/${name}`] = content
  await repo.commit('feat: composites', files)
  await world.push(REPO)
})

afterAll(async () => {
  await world?.stop()
  cleanupTempDirs()
})

const run = (workflow: string) =>
  world.runner.run({
    repository: REPO,
    workflow: `.github/workflows/${workflow}`,
    event: { name: 'push', ref: 'refs/heads/main' },
  })

describe('attest-sbom', () => {
  it('makes checksums, an npm SBOM from the lockfile alone (no node_modules) and notices, with attest: false', async () => {
    const r = await run('evidence.yml')
    expect(r.result, `${r.log()}\n${r.annotations('error').join('\n')}`).toBe('success')
    const steps = r.step('evidence', 'evidence').steps ?? []
    expect(steps.filter(s => s.outcome === 'success').map(s => s.name)).toEqual([
      'Check inputs',
      'Checksums',
      'SBOM (npm)',
      'SBOM file',
      'Third-party notices',
    ])
    expect(steps.filter(s => s.outcome === 'skipped').map(s => s.name)).toEqual([
      'SBOM (syft)',
      'Build provenance (SLSA v1)',
      'SBOM attestation',
      'Attestation IDs',
      'Verify the attestations',
    ])
    const job = r.job('evidence')
    expect(job.outputs.sbom).toBe('sbom.spdx.json')
    expect(job.outputs.notices).toMatch(/THIRD_PARTY_NOTICES\.md$/)
    expect(job.outputs.ids ?? '').toBe('')
  })
})

describe('image names of an upper-case owner (ghcr.io/${{ github.repository }})', () => {
  it('are lower-cased with a warning, in attest-sbom and deploy-demo', async () => {
    const upper = await world.createRepository(UPPER)
    await upper.commit('feat: composites', {
      '.github/workflows/image-name.yml': WORKFLOWS['image-name.yml'] ?? '',
    })
    await world.push(UPPER)
    const r = await world.runner.run({
      repository: UPPER,
      workflow: '.github/workflows/image-name.yml',
      event: { name: 'push', ref: 'refs/heads/main' },
    })
    expect(r.result, `${r.log()}\n${r.annotations('error').join('\n')}`).toBe('success')
    const check = (r.step('evidence', 'evidence').steps ?? []).find(s => s.id === 'check')
    expect(check?.outputs['subject-name']).toBe('ghcr.io/nvidia/app')
    const plan = (r.step('demo', 'deploy').steps ?? []).find(s => s.id === 'plan')
    expect(plan?.outputs.image).toBe(
      `us-docker.pkg.dev/demo-project/ghcr/nvidia/app@sha256:${'a'.repeat(64)}`,
    )
    expect(r.annotations('warning')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"ghcr.io/NVIDIA/App" has upper-case letters'),
        expect.stringContaining('using "us-docker.pkg.dev/demo-project/ghcr/nvidia/app@sha256:'),
      ]),
    )
  })
})

describe('deploy-demo', () => {
  it('skips a pre-release before anything reaches Google Cloud', async () => {
    const r = await run('skip.yml')
    expect(r.result, r.log()).toBe('success')
    expect(r.job('demo').outputs.status).toBe('skipped')
    const steps = r.step('demo', 'deploy').steps ?? []
    expect(steps.filter(s => s.outcome !== 'skipped').map(s => s.id)).toEqual(['plan', 'status'])
  })
})
