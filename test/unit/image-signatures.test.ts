/**
 * The certificate identity of keyless image signatures: the regexp users verify with
 * (packages/attest certificateIdentityRegexp) against the SANs Fulcio writes for GitHub Actions
 * tokens (`https://github.com/` + the job_workflow_ref claim: the workflow file at the ref it ran
 * at; in a reusable workflow, the reusable workflow's path at the ref its caller wrote), and the
 * `cosign verify` the release notes carry per image when signing is on.
 */
import { describe, expect, it } from 'vitest'
import { certificateIdentityRegexp, cosignVerifyArgs } from '../../packages/attest/index.ts'
import { renderReleaseNotes } from '../../packages/changelog/index.ts'
import { parseVersion } from '../../packages/versioning/index.ts'

const OWN = { serverUrl: 'https://github.com', repository: 'octo/demo', tag: 'v1.4.0' }
const REUSABLE = 'release-actions/release-actions/.github/workflows/release.yml'

describe('certificateIdentityRegexp', () => {
  it.each([
    // The repository's own workflow, signed from the release tag: pinned to that tag.
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/release.yml@refs/tags/v1.4.0',
      true,
    ],
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/release.yml@refs/heads/main',
      false,
    ],
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/release.yml@refs/tags/v1.4.0-rc.1',
      false,
    ],
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/release.yml@refs/tags/v1x4x0',
      false,
    ],
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/releasexyml@refs/tags/v1.4.0',
      false,
    ],
    [
      { ...OWN, signerWorkflow: 'octo/demo/.github/workflows/release.yml' },
      'https://github.com/octo/demo/.github/workflows/other.yml@refs/tags/v1.4.0',
      false,
    ],
    // A reusable workflow of release-actions: its own path at whatever ref the caller wrote.
    [{ ...OWN, signerWorkflow: REUSABLE }, `https://github.com/${REUSABLE}@refs/tags/v1`, true],
    [{ ...OWN, signerWorkflow: REUSABLE }, `https://github.com/${REUSABLE}@refs/tags/v1.2.0`, true],
    [
      { ...OWN, signerWorkflow: REUSABLE },
      `https://github.com/${REUSABLE}@0123456789abcdef0123456789abcdef01234567`,
      true,
    ],
    [
      { ...OWN, signerWorkflow: REUSABLE },
      'https://github.com/octo/demo/.github/workflows/release.yml@refs/tags/v1.4.0',
      false,
    ],
    [
      { ...OWN, signerWorkflow: REUSABLE },
      `https://github.com/${REUSABLE}.evil@refs/tags/v1`,
      false,
    ],
    [{ ...OWN, signerWorkflow: REUSABLE }, `https://github.com/${REUSABLE}`, false],
    [{ ...OWN, signerWorkflow: REUSABLE }, `https://example.com/${REUSABLE}@refs/tags/v1`, false],
    // No known signer: any workflow of the repository, at the release tag.
    [OWN, 'https://github.com/octo/demo/.github/workflows/release.yml@refs/tags/v1.4.0', true],
    [OWN, 'https://github.com/octo/demo/.github/workflows/release.yml@refs/heads/main', false],
    [OWN, 'https://github.com/octo/other/.github/workflows/release.yml@refs/tags/v1.4.0', false],
    // Build metadata in the tag: `+` is literal.
    [
      { ...OWN, tag: 'v1.4.0+b.1' },
      'https://github.com/octo/demo/.github/workflows/r.yml@refs/tags/v1.4.0+b.1',
      true,
    ],
    [
      { ...OWN, tag: 'v1.4.0+b.1' },
      'https://github.com/octo/demo/.github/workflows/r.yml@refs/tags/v1.4.00b.1',
      false,
    ],
    // GitHub Enterprise Server: its own URL, a trailing slash ignored.
    [
      { ...OWN, serverUrl: 'https://ghe.example.com/' },
      'https://ghe.example.com/octo/demo/.github/workflows/r.yml@refs/tags/v1.4.0',
      true,
    ],
  ])('%j against %s: %s', (identity, san, matches) => {
    expect(new RegExp(certificateIdentityRegexp(identity)).test(san)).toBe(matches)
  })

  it('is what the release workflow verifies with (the same strings for the same facts)', () => {
    expect(certificateIdentityRegexp({ ...OWN, signerWorkflow: REUSABLE })).toBe(
      '^https://github\\.com/release-actions/release-actions/\\.github/workflows/release\\.yml@.+$',
    )
    expect(certificateIdentityRegexp(OWN)).toBe(
      '^https://github\\.com/octo/demo/\\.github/workflows/.+@refs/tags/v1\\.4\\.0$',
    )
  })
})

describe('release notes of signed images', () => {
  const version = parseVersion('1.4.0')
  if (!version) throw new Error('1.4.0 is a version')
  const input = {
    version,
    tag: 'v1.4.0',
    previousTag: 'v1.3.0',
    repoUrl: 'https://github.com/octo/demo',
    commits: [],
    changelogBody: '',
    images: [`ghcr.io/octo/demo@sha256:${'a'.repeat(64)}`],
    checksumsFile: 'checksums.txt',
    signerWorkflow: REUSABLE,
  }

  it('carry the exact cosign verify of each image when signed', () => {
    const notes = renderReleaseNotes({ ...input, signed: true })
    const args = cosignVerifyArgs(input.images[0] as string, {
      serverUrl: 'https://github.com',
      repository: 'octo/demo',
      signerWorkflow: REUSABLE,
      tag: 'v1.4.0',
    })
    expect(args).toEqual([
      'verify',
      '--certificate-identity-regexp',
      '^https://github\\.com/release-actions/release-actions/\\.github/workflows/release\\.yml@.+$',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--certificate-github-workflow-repository',
      'octo/demo',
      `ghcr.io/octo/demo@sha256:${'a'.repeat(64)}`,
    ])
    expect(notes).toContain(
      `cosign verify --certificate-identity-regexp '^https://github\\.com/release-actions/release-actions/\\.github/workflows/release\\.yml@.+$' --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-github-workflow-repository octo/demo ghcr.io/octo/demo@sha256:${'a'.repeat(64)}`,
    )
  })

  it('carry no cosign verify when not signed', () => {
    expect(renderReleaseNotes(input)).not.toMatch(/cosign verify /)
  })
})
