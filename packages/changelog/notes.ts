/**
 * Release notes in the outline mature projects use (Summary, Breaking Changes, Upgrade Notes,
 * Images, Verification, Known Limitations, Changelog), written from the changelog section. The body
 * stays under GitHub's 125,000-character limit; when cut, it links to the full changelog.
 */
import { certificateIdentityRegexp, cosignVerifyArgs } from '../attest/index.ts'
import { helmUpgradeCommand } from '../helm/index.ts'
import { code, escapeInline } from '../markdown/index.ts'
import { formatVersion, isPrerelease, type Version } from '../versioning/index.ts'
import type { ChangelogCommit } from './commits.ts'
import { compareUrl, noteLines } from './render.ts'

export const GITHUB_RELEASE_BODY_LIMIT = 125_000

export interface NotesInput {
  version: Version
  tag: string
  previousTag: string | undefined
  /** https://github.com/owner/repo */
  repoUrl: string | undefined
  commits: readonly ChangelogCommit[]
  /** The changelog section's body (without its heading). */
  changelogBody: string
  /** Image references; a reference without a tag gets the version as its tag. */
  images: readonly string[]
  /**
   * Helm charts pushed as OCI artifacts, <registry>/<owner>/charts/<name>:<version>@sha256:…: the
   * notes carry `helm upgrade --install` per chart (and how to verify it when attested).
   */
  charts?: readonly ChartReference[]
  /** Name of the checksums file among the release assets. */
  checksumsFile: string
  /** The files and images have provenance attestations (default true). */
  attested?: boolean
  /** owner/repo/.github/workflows/<file> that signed the attestations (a reusable workflow, say). */
  signerWorkflow?: string
  /** Each image digest has a keyless cosign signature: the notes carry its `cosign verify`. */
  signed?: boolean
  /** Hand-written known limitations (Markdown lines), if the section has them. */
  knownLimitations?: string
  limit?: number
}

/** A chart as the notes name it: oci://<repository>, its version, its digest (if known). */
export interface ChartReference {
  name: string
  /** <registry>/<owner>/charts/<name>, without oci:// */
  repository: string
  version: string
  digest?: string
}

function releaseKind(v: Version, previous: Version | undefined): string {
  if (isPrerelease(v)) return 'pre-release'
  if (!previous) return 'first'
  if (v.major !== previous.major) return 'major'
  if (v.minor !== previous.minor) return 'minor'
  return 'patch'
}

function imageRef(image: string, version: Version): string {
  const lastSlash = image.lastIndexOf('/')
  const hasTag = image.slice(lastSlash + 1).includes(':') || image.includes('@')
  return hasTag ? image : `${image}:${formatVersion(version, { build: false })}`
}

export function renderReleaseNotes(input: NotesInput, previousVersion?: Version): string {
  const { version, tag, repoUrl, commits } = input
  const limit = input.limit ?? GITHUB_RELEASE_BODY_LIMIT
  const repository = repoUrl ? new URL(repoUrl).pathname.replace(/^\/|\/$/g, '') : undefined
  const kind = releaseKind(version, previousVersion)
  const breaking = commits.filter(c => c.breaking)
  const features = commits.filter(c => !c.breaking && c.type === 'feat').length
  const fixes = commits.filter(c => !c.breaking && c.type === 'fix').length
  const since = input.previousTag ? ` since ${input.previousTag}` : ''

  const summary = [
    `${tag} is a ${kind} release: ${commits.length} change${commits.length === 1 ? '' : 's'}${since}, with ${features} new feature${features === 1 ? '' : 's'}, ${fixes} fix${fixes === 1 ? '' : 'es'} and ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}.`,
  ]
  if (isPrerelease(version))
    summary.push('This is a pre-release for testing; it is not the latest release.')
  if (version.major === 0) {
    summary.push(
      `The API is experimental while the major version is 0: it may change in a later minor release (0.${version.minor + 1}.0), and breaking changes are possible in any minor release.`,
    )
  }

  const breakingLines =
    breaking.length === 0
      ? ['None.']
      : breaking.map(
          c => `- ${c.scope ? `**${escapeInline(c.scope)}:** ` : ''}${escapeInline(c.subject)}`,
        )
  const migrations = breaking.flatMap(c =>
    c.breakingNotes.filter(n => n.trim() !== c.subject.trim()),
  )
  // Each note whole: its paragraphs, lists and code blocks, under its own bullet.
  const migrationLines = migrations.flatMap(n => {
    const lines = noteLines(n)
    return lines.length === 0
      ? []
      : [`- ${lines[0]}`, ...lines.slice(1).map(l => (l === '' ? '' : `  ${l}`))]
  })
  const upgrade =
    migrationLines.length > 0
      ? migrationLines
      : [
          breaking.length > 0
            ? 'Read the breaking changes above before upgrading.'
            : `No action is needed to upgrade${input.previousTag ? ` from ${input.previousTag}` : ''}.`,
        ]

  const images = input.images.map(i => imageRef(i, version))
  const imageLines =
    images.length === 0
      ? ['This release publishes no container images.']
      : images.map(i => `- ${code(i)}`)

  const charts = input.charts ?? []
  const chartLines = charts.flatMap(c => [
    `- ${code(`${c.repository}:${c.version}${c.digest ? `@${c.digest}` : ''}`)}`,
  ])
  if (charts.length > 0)
    chartLines.push(
      '',
      '```bash',
      ...charts.map(c => helmUpgradeCommand(c.name, `oci://${c.repository}`, c.version)),
      '```',
    )

  const verify: string[] = [
    '```bash',
    `# Checksums of the downloaded assets`,
    `sha256sum --check --ignore-missing ${input.checksumsFile}`,
  ]
  const attested = input.attested ?? true
  if (repository && attested) {
    const signer = input.signerWorkflow
    const signerFlag = signer ? ` --signer-workflow ${signer}` : ''
    verify.push(
      '',
      '# Build provenance of an asset (GitHub CLI 2.49 or newer)',
      `gh attestation verify <asset> --repo ${repository}${signerFlag}`,
    )
    for (const image of images)
      verify.push(`gh attestation verify oci://${image} --repo ${repository}${signerFlag}`)
    for (const c of charts.filter(c => c.digest))
      verify.push(
        `gh attestation verify oci://${c.repository}@${c.digest} --repo ${repository}${signerFlag}`,
      )
    if (images.length > 0) {
      // The certificate names the workflow that signed: this repository's at this tag, or a
      // reusable workflow of another repository at the ref it was called with.
      const identity = certificateIdentityRegexp({
        serverUrl: 'https://github.com',
        repository,
        signerWorkflow: signer,
        tag,
      })
      verify.push('', '# The same with cosign (v2 and v3)')
      for (const image of images) {
        verify.push(
          `cosign verify-attestation --type slsaprovenance1 \\`,
          `  --certificate-oidc-issuer https://token.actions.githubusercontent.com \\`,
          `  --certificate-identity-regexp '${identity}' \\`,
          `  ${image}`,
        )
      }
    }
  }
  if (repository && input.signed && images.length > 0) {
    verify.push('', '# The keyless signature of each image (cosign v2 and v3)')
    for (const image of images) {
      const args = cosignVerifyArgs(image, {
        serverUrl: 'https://github.com',
        repository,
        signerWorkflow: input.signerWorkflow,
        tag,
      })
      verify.push(
        ['cosign', ...args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`))].join(' '),
      )
    }
  }
  if (!attested)
    verify.push(
      '',
      '# This release has no provenance attestations (it was made with attest: false).',
    )
  verify.push('```')

  const limitations = input.knownLimitations?.trim()
    ? [input.knownLimitations.trim()]
    : [version.major === 0 ? '- The API is not yet stable (0.x).' : 'None known.']

  const full = repoUrl ? `${repoUrl}/blob/${tag}/CHANGELOG.md` : undefined
  const compare =
    repoUrl && input.previousTag ? compareUrl(repoUrl, input.previousTag, tag) : undefined
  const head = [
    '## Summary',
    '',
    ...summary,
    '',
    '## Breaking Changes',
    '',
    ...breakingLines,
    '',
    '## Upgrade Notes',
    '',
    ...upgrade,
    '',
    '## Images',
    '',
    ...imageLines,
    '',
    ...(chartLines.length > 0 ? ['## Helm Charts', '', ...chartLines, ''] : []),
    '## Verification',
    '',
    ...verify,
    '',
    '## Known Limitations',
    '',
    ...limitations,
    '',
    '## Changelog',
    '',
    '',
  ].join('\n')
  const tail = compare ? `\n**Full comparison**: ${compare}\n` : ''
  let changelog = input.changelogBody.trim() + '\n'
  const room = limit - head.length - tail.length
  if (changelog.length > room) {
    const note = `\n… the changelog of this release is longer than a GitHub release allows; read it in full in ${full ?? 'CHANGELOG.md'}.\n`
    const cutAt = changelog.lastIndexOf('\n', Math.max(0, room - note.length))
    changelog = changelog.slice(0, Math.max(0, cutAt)) + '\n' + note
  }
  return head + changelog + tail
}
