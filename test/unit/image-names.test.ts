/**
 * Image names are read one way everywhere (packages/oci/reference.ts, readImageName): lower-cased
 * as registries require, with one warning that says what the name became; tags and digests keep
 * their case. `ghcr.io/${{ github.repository }}` of an owner like NVIDIA then works in every
 * action that takes an image.
 */
import { describe, expect, it } from 'vitest'
import { readInputs as readDeployPlan } from '../../actions/deploy-demo/steps/deploy-plan/inputs.ts'
import { readInputs as readGenerateChangelog } from '../../actions/generate-changelog/inputs.ts'
import { readInputs as readPublishTags } from '../../actions/publish-tags-matrix/inputs.ts'
import { readInputs as readReleasePlan } from '../../actions/release-plan/inputs.ts'
import { readInputs as readSupersede } from '../../actions/superseded-release/inputs.ts'
import { readInputs as readWaitInputs } from '../../actions/deploy-demo/steps/wait-for-image/inputs.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import { lowerCaseImageName, parseImageRef, readImageName } from '../../packages/oci/index.ts'

const DIGEST = `sha256:${'a'.repeat(64)}`
const github = githubContext({ GITHUB_WORKSPACE: process.cwd(), GITHUB_REPOSITORY: 'NVIDIA/App' })

describe('the image-name rule', () => {
  it.each([
    ['ghcr.io/NVIDIA/App', 'ghcr.io/nvidia/app'],
    ['GHCR.IO/Owner/App:V1.2.3-RC.1', 'ghcr.io/owner/app:V1.2.3-RC.1'],
    [`Registry.Example:5000/A/B@${DIGEST}`, `registry.example:5000/a/b@${DIGEST}`],
    [`ghcr.io/O/App:Edge@${DIGEST}`, `ghcr.io/o/app:Edge@${DIGEST}`],
    ['ghcr.io/o/app', 'ghcr.io/o/app'],
  ])('%s → %s (the tag and digest as written)', (text, lower) => {
    expect(lowerCaseImageName(text)).toBe(lower)
    expect(parseImageRef(lower)).toBeDefined()
  })

  it('warns once, naming both forms, and only when the name changed', () => {
    const warnings: string[] = []
    expect(readImageName('ghcr.io/NVIDIA/App', m => warnings.push(m))).toBe('ghcr.io/nvidia/app')
    expect(readImageName('ghcr.io/nvidia/app', m => warnings.push(m))).toBe('ghcr.io/nvidia/app')
    expect(warnings).toEqual([
      'The image name "ghcr.io/NVIDIA/App" has upper-case letters, which registries do not accept in a repository name; using "ghcr.io/nvidia/app".',
    ])
  })
})

describe('every action that reads an image name', () => {
  const readers: [string, (inputs: Inputs) => unknown, Record<string, string>, unknown][] = [
    [
      'publish-tags-matrix images',
      i => readPublishTags(i, github, {}).images.map(x => x.image),
      { images: 'ghcr.io/NVIDIA/App', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
      ['ghcr.io/nvidia/app'],
    ],
    [
      'superseded-release images',
      i => readSupersede(i, github).images.map(x => x.image),
      { images: 'ghcr.io/NVIDIA/App', tag: 'v1.2.3', reason: 'Broken', token: 't' },
      ['ghcr.io/nvidia/app'],
    ],
    [
      'generate-changelog images',
      i => readGenerateChangelog(i, github).images,
      { images: `ghcr.io/NVIDIA/App@${DIGEST}`, file: '' },
      [`ghcr.io/nvidia/app@${DIGEST}`],
    ],
    [
      'release-plan images (the pipeline builds, attests and publishes these)',
      i => readReleasePlan(i, github).images.map(x => x.name),
      { images: '- name: ghcr.io/NVIDIA/Api\n- name: ghcr.io/NVIDIA/Cli', tag: 'v1.2.3' },
      ['ghcr.io/nvidia/api', 'ghcr.io/nvidia/cli'],
    ],
    [
      'deploy-demo image (deploy-plan outputs it for the later steps)',
      i => readDeployPlan(i).image,
      {
        image: `us-docker.pkg.dev/demo/ghcr/NVIDIA/App@${DIGEST}`,
        version: 'v1.2.3',
        region: 'us-west1',
        'project-id': 'demo-project',
        'workload-identity-provider':
          'projects/1/locations/global/workloadIdentityPools/github/providers/github',
        'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
      },
      `us-docker.pkg.dev/demo/ghcr/nvidia/app@${DIGEST}`,
    ],
    [
      'wait-for-image image',
      i => readWaitInputs(i).image,
      { image: `ghcr.io/NVIDIA/App:V1@${DIGEST}` },
      `ghcr.io/nvidia/app:V1@${DIGEST}`,
    ],
  ]
  it.each(readers)('%s', (_, read, values, expected) => {
    const warnings: string[] = []
    const inputs = new Inputs(mapSource(values), { warn: m => warnings.push(m) })
    expect(read(inputs)).toEqual(expected)
    expect(warnings.length).toBe(Array.isArray(expected) ? expected.length : 1)
    expect(warnings[0]).toMatch(/has upper-case letters, which registries do not accept/)
  })
})
