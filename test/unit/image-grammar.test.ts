/**
 * One image-reference grammar (packages/oci/reference.ts): every reader of an image name or
 * reference, in every action, step and package, accepts and refuses the same names, for the same
 * reason. The bug this pins: generate-changelog had a grammar of its own, so an image that
 * publish-tags-matrix accepted (`my__app`, a registry host with `--`, an IPv6 registry) failed the
 * changelog later in the same run. Readers that take a pinned reference (wait-for-image, deploy-demo)
 * get each name with a digest; the others get it bare.
 */
import { describe, expect, it } from 'vitest'
import { readInputs as readPublishTags } from '../../actions/publish-tags-matrix/inputs.ts'
import { readInputs as readSupersede } from '../../actions/superseded-release/inputs.ts'
import { readInputs as readGenerateChangelog } from '../../actions/generate-changelog/inputs.ts'
import { readInputs as readReleasePlan } from '../../actions/release-plan/inputs.ts'
import { readInputs as readExistingImage } from '../../actions/existing-image/inputs.ts'
import { readInputs as readWaitForImage } from '../../actions/deploy-demo/steps/wait-for-image/inputs.ts'
import { readInputs as readDeployPlan } from '../../actions/deploy-demo/steps/deploy-plan/inputs.ts'
import { readInputs as readVerifyAttestations } from '../../actions/attest-sbom/steps/verify-attestations/inputs.ts'
import { InputError } from '../../packages/errors/index.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import {
  imageProblem,
  lowerCaseImageName,
  parseImageRef,
  type ImageForm,
} from '../../packages/oci/index.ts'

const DIGEST = `sha256:${'a'.repeat(64)}`
const github = githubContext({ GITHUB_WORKSPACE: process.cwd(), GITHUB_REPOSITORY: 'octo/app' })

/** [name, accepted]: the names every reader is given (pinned readers get `name@digest`). */
const NAMES: [string, boolean][] = [
  ['ghcr.io/owner/app', true],
  ['nginx', true],
  ['library/nginx', true],
  ['docker.io/library/nginx', true],
  ['localhost/app', true],
  ['localhost:5000/app', true],
  ['127.0.0.1:5000/team/app', true],
  ['[::1]:5000/app', true],
  ['registry.example.com:443/team/sub/app', true],
  ['us-docker.pkg.dev/project/repo/app', true],
  // Separators as distribution/reference allows them: `.`, `_`, `__`, any run of `-`.
  ['my__app', true],
  ['a--b.example/x', true],
  ['ghcr.io/o/c---d', true],
  ['ghcr.io/o/a.b_c-d', true],
  // Lower-cased (with a warning) before it is read: registries want lower-case repositories.
  ['GHCR.io/Owner/App', true],
  ['ghcr.io/o/-app', false],
  ['ghcr.io/o/app-', false],
  ['ghcr.io/o/a___b', false],
  ['ghcr.io/o/a..b', false],
  ['ghcr.io//app', false],
  ['ghcr.io/o/app/', false],
  ['-ghcr.io/app', false],
  ['reg-.example/app', false],
  ['ghcr.io:123456/app', false],
  ['https://ghcr.io/o/app', false],
  ['ghcr.io/o/app;rm', false],
  ['ghcr.io/o/$(id)', false],
  ['ghcr.io/o/my app', false],
  ['ghcr.io/o/app\tx', false],
  ['ghcr.io/o/аpp', false], // Cyrillic а
  [`ghcr.io/o/${'a'.repeat(300)}`, false],
]

type Reader = (name: string) => unknown

const deployInputs = {
  version: 'v1.2.3',
  region: 'us-west1',
  'project-id': 'demo-project',
  'workload-identity-provider':
    'projects/1/locations/global/workloadIdentityPools/github/providers/github',
  'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
}

const inputsOf = (values: Record<string, string>) =>
  new Inputs(mapSource(values), { warn: () => {} })

/** Every reader: the input it reads, the form it takes, and how to run it on one name. */
const READERS: [string, string, ImageForm, Reader][] = [
  [
    'publish-tags-matrix images',
    'images',
    'repository',
    n =>
      readPublishTags(
        inputsOf({ images: n, sha: 'a'.repeat(40), ref: 'refs/heads/main' }),
        github,
        {},
      ),
  ],
  [
    'superseded-release images',
    'images',
    'repository',
    n =>
      readSupersede(inputsOf({ images: n, tag: 'v1.2.3', reason: 'Broken', token: 't' }), github),
  ],
  [
    'generate-changelog images',
    'images',
    'any',
    n => readGenerateChangelog(inputsOf({ images: n, file: '' }), github),
  ],
  [
    'release-plan images',
    'images',
    'repository',
    n =>
      readReleasePlan(inputsOf({ images: `- name: ${JSON.stringify(n)}`, tag: 'v1.2.3' }), github),
  ],
  [
    'release-plan deploy-image',
    'deploy-image',
    'repository',
    n =>
      readReleasePlan(
        inputsOf({ images: 'ghcr.io/o/app', 'deploy-image': n, tag: 'v1.2.3' }),
        github,
      ),
  ],
  [
    'existing-image image',
    'image',
    'repository',
    n => readExistingImage(inputsOf({ image: n, tags: 'sha-1' })),
  ],
  [
    'attest-sbom verify subject-name',
    'subject-name',
    'repository',
    // An accepted name reaches the digest check, which this digest fails.
    async n => {
      try {
        await readVerifyAttestations(
          inputsOf({ 'subject-name': n, 'subject-digest': 'sha256:abc' }),
          github,
          {},
        )
      } catch (error) {
        if (error instanceof InputError && error.input === 'subject-digest') return 'accepted'
        throw error
      }
    },
  ],
  ['wait-for-image image', 'image', 'pinned', n => readWaitForImage(inputsOf({ image: n }))],
  [
    'deploy-demo image',
    'image',
    'pinned',
    n => readDeployPlan(inputsOf({ ...deployInputs, image: n })),
  ],
]

/** The `(it …)` clause of a message (the grammar's reason), brackets inside it included. */
function reason(problem: string): string {
  const start = problem.indexOf(' (it ')
  if (start === -1) return problem
  let depth = 0
  for (let i = start + 1; i < problem.length; i++) {
    if (problem[i] === '(') depth++
    if (problem[i] === ')' && --depth === 0) return problem.slice(start + 5, i)
  }
  return problem
}

/** What a reader says of a name: accepted, or the InputError's input and problem clause. */
async function verdict(read: Reader, name: string): Promise<string> {
  try {
    await read(name)
    return 'accepted'
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return `${error.input}: ${reason(error.problem)}`
  }
}

describe('every image reader, on one table of names', () => {
  it.each(NAMES)('%s (accepted: %s)', async (name, accepted) => {
    const lower = lowerCaseImageName(name)
    expect(parseImageRef(lower) !== undefined).toBe(accepted)
    const problem = imageProblem(lower, 'repository')
    for (const [reader, input, form, read] of READERS) {
      const given = form === 'pinned' ? `${name}@${DIGEST}` : name
      const expected = accepted ? 'accepted' : `${input}: ${problem ?? ''}`
      expect({ reader, verdict: await verdict(read, given) }).toEqual({ reader, verdict: expected })
    }
  })

  it('refuses a reference of the wrong form, naming the form', async () => {
    const cases: [string, string][] = [
      ['publish-tags-matrix images', 'ghcr.io/o/app:1.0'],
      ['release-plan images', `ghcr.io/o/app@${DIGEST}`],
      ['existing-image image', 'ghcr.io/o/app:edge'],
      ['wait-for-image image', 'ghcr.io/o/app'],
      ['deploy-demo image', 'ghcr.io/o/app'],
    ]
    for (const [name, value] of cases) {
      const [, input, form, read] = READERS.find(r => r[0] === name) ?? []
      expect(await verdict(read as Reader, value)).toBe(
        `${input}: ${form === 'pinned' ? 'has no tag or digest' : 'has a tag or digest'}`,
      )
    }
    // generate-changelog lists images as given: bare, tagged or pinned.
    const [, , , changelog] = READERS.find(r => r[0] === 'generate-changelog images') ?? []
    for (const value of ['ghcr.io/o/app:1.0', `ghcr.io/o/app:1.0@${DIGEST}`])
      expect(await verdict(changelog as Reader, value)).toBe('accepted')
  })
})
