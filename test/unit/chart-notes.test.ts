/**
 * Helm charts in the release notes: a Helm Charts section with each pushed chart (reference and
 * digest) and its `helm upgrade --install … --version X.Y.Z`, and, when the release is attested,
 * `gh attestation verify` of each chart digest; no section without charts. The charts input of
 * generate-changelog reads the charts job's references (<registry>/<owner>/charts/<name>:<version>@…).
 */
import { describe, expect, it } from 'vitest'
import { renderReleaseNotes } from '../../packages/changelog/index.ts'
import { parseVersion } from '../../packages/versioning/index.ts'
import { readInputs } from '../../actions/generate-changelog/inputs.ts'
import { InputError } from '../../packages/errors/index.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'

const D = `sha256:${'c'.repeat(64)}`
const version = parseVersion('1.4.0')
if (!version) throw new Error('1.4.0 is a version')
const input = {
  version,
  tag: 'v1.4.0',
  previousTag: 'v1.3.0',
  repoUrl: 'https://github.com/octo/demo',
  commits: [],
  changelogBody: '',
  images: [],
  checksumsFile: 'checksums.txt',
}
const chart = { name: 'demo', repository: 'ghcr.io/octo/charts/demo', version: '0.3.0', digest: D }

describe('release notes of Helm charts', () => {
  it('list each chart with its helm upgrade --install and verify its digest', () => {
    const notes = renderReleaseNotes({ ...input, charts: [chart] })
    const section = notes.slice(notes.indexOf('## Helm Charts'), notes.indexOf('## Verification'))
    expect(section).toBe(
      [
        '## Helm Charts',
        '',
        `- \`ghcr.io/octo/charts/demo:0.3.0@${D}\``,
        '',
        '```bash',
        'helm upgrade --install demo oci://ghcr.io/octo/charts/demo --version 0.3.0',
        '```',
        '',
        '',
      ].join('\n'),
    )
    expect(notes).toContain(
      `gh attestation verify oci://ghcr.io/octo/charts/demo@${D} --repo octo/demo`,
    )
  })

  it('say nothing of charts without them, and no attestation lines when not attested', () => {
    expect(renderReleaseNotes(input)).not.toContain('Helm')
    const unattested = renderReleaseNotes({ ...input, charts: [chart], attested: false })
    expect(unattested).toContain('helm upgrade --install demo')
    expect(unattested).not.toContain('oci://ghcr.io/octo/charts/demo@')
  })
})

describe('the charts input of generate-changelog', () => {
  const github = githubContext({ GITHUB_WORKSPACE: process.cwd() })
  const read = (charts: string) =>
    readInputs(new Inputs(mapSource({ charts, file: '' }), { warn: () => {} }), github).charts

  it("reads the charts job's references: name, repository, version, digest", () => {
    expect(
      read(`ghcr.io/octo/charts/demo:0.3.0@${D}\noci://127.0.0.1:5000/o/charts/api:1.0.0`),
    ).toEqual([chart, { name: 'api', repository: '127.0.0.1:5000/o/charts/api', version: '1.0.0' }])
    expect(read('')).toEqual([])
  })

  it.each([
    ['ghcr.io/octo/charts/demo'],
    [`ghcr.io/octo/charts/demo@${D}`],
    ['ghcr.io/octo/charts/$(id):1.0.0'],
  ])('refuses %s, naming the input and the form', value => {
    expect(() => read(value)).toThrow(InputError)
    expect(() => read(value)).toThrow(
      /Input 'charts': expected a chart as pushed, <registry>\/<owner>\/charts\/<name>:<version>/,
    )
  })
})
