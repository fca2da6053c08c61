/**
 * The verify step of attest-sbom, run as the runner runs it. gh cannot reach GitHub from here, so a
 * stand-in `gh` on PATH records each call and answers as `gh attestation verify` does (exit 0, or
 * exit 1 with its message): what is checked is which verifications the step asks for, and that it
 * fails when any does not verify.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyCommands } from '../../packages/attest/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'

afterAll(cleanupTempDirs)

/**
 * A stand-in `gh` that reads its arguments as gh's flag parser (cobra) does: options anywhere
 * until `--`, after it only operands; `--help` prints the help and exits 0 (which is why an
 * artifact named `--help` must come after `--`). A subject whose file says "tampered" does not
 * verify, nor does a file that does not exist.
 */
function fakeGh(): { bin: string; calls: () => string[] } {
  const bin = tempDir('ra-gh-')
  const log = path.join(bin, 'calls')
  writeFileSync(log, '')
  writeFileSync(
    path.join(bin, 'gh'),
    `#!/bin/sh
printf '%s\\n' "$*" >> "${log}"
shift 2
subject=''
options=1
while [ $# -gt 0 ]; do
  if [ $options = 1 ]; then
    case "$1" in
      --) options=0 ;;
      --help|-h) echo "Verify the integrity and provenance of an artifact using its associated"; exit 0 ;;
      --repo|--signer-workflow|--predicate-type) shift ;;
      -*) echo "unknown flag: $1" >&2; exit 1 ;;
      *) subject="$1" ;;
    esac
  else
    subject="$1"
  fi
  shift
done
case "$subject" in
  oci://*) ;;
  *)
    if [ ! -f "$subject" ]; then echo "failed to open file $subject" >&2; exit 1; fi
    if grep -q tampered "$subject"; then echo "Error: verifying with issuer \\"sigstore.dev\\": no matching attestations found" >&2; exit 1; fi ;;
esac
echo "Loaded digest sha256:... for file://$subject"
echo "✓ Verification succeeded!"
`,
    { mode: 0o755 },
  )
  return { bin, calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) }
}

function workspace(names: string[]): string {
  const dir = tempDir('ra-ws-')
  writeFileSync(
    path.join(dir, 'checksums.txt'),
    names.map((n, i) => `${String(i).repeat(64).slice(0, 64)}  ${n}\n`).join(''),
  )
  for (const n of names) writeFileSync(path.join(dir, n), n)
  return dir
}

const digest = `sha256:${'c'.repeat(64)}`

describe('release-actions provenance', () => {
  it('writes the in-toto statement of the current run for the checksums file', async () => {
    const dir = workspace(['a.bin', 'b.bin'])
    const env = {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_REF: 'refs/tags/v2.0.0',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/release.yml@refs/tags/v2.0.0',
      GITHUB_RUN_ID: '7',
      GITHUB_SERVER_URL: 'https://github.com',
    }
    const r = await runCli(
      ['provenance', '--subjects', 'checksums.txt', '--output', 'provenance.json'],
      { cwd: dir, env },
    )
    expect(r.code).toBe(0)
    const statement = JSON.parse(readFileSync(path.join(dir, 'provenance.json'), 'utf8')) as {
      subject: { name: string }[]
      predicate: { runDetails: { metadata: { invocationId: string } } }
    }
    expect(statement.subject.map(s => s.name)).toEqual(['a.bin', 'b.bin'])
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/octo/app/actions/runs/7/attempts/1',
    )
    const outsideRun = await runCli(['provenance', '--subjects', 'checksums.txt'], {
      cwd: dir,
      env: { GITHUB_REPOSITORY: '', GITHUB_WORKFLOW_REF: '' },
    })
    expect(outsideRun.code).toBe(1)
    expect(outsideRun.stderr).toContain(
      'GITHUB_WORKFLOW_REF is not set: provenance describes a GitHub Actions run',
    )
  })
})

describe('verify-attestations', () => {
  it('verifies every file and the image, for each predicate type, against the repository and signer', async () => {
    const gh = fakeGh()
    const dir = workspace(['app-linux.tar.gz', 'app-darwin.tar.gz'])
    const r = await runAction(
      'verify-attestations',
      {
        'checksums-file': 'checksums.txt',
        'subject-name': 'ghcr.io/octo/app',
        'subject-digest': digest,
        'signer-workflow': 'octo/app/.github/workflows/release.yml',
        'predicate-types': 'https://slsa.dev/provenance/v1,https://spdx.dev/Document/v2.3',
      },
      { cwd: dir, env: { PATH: `${gh.bin}:${process.env.PATH}`, GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(r.code).toBe(0)
    expect(gh.calls()).toEqual([
      'attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml -- app-linux.tar.gz',
      'attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml --predicate-type https://spdx.dev/Document/v2.3 -- app-linux.tar.gz',
      'attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml -- app-darwin.tar.gz',
      'attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml --predicate-type https://spdx.dev/Document/v2.3 -- app-darwin.tar.gz',
      `attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml -- oci://ghcr.io/octo/app@${digest}`,
      `attestation verify --repo octo/app --signer-workflow octo/app/.github/workflows/release.yml --predicate-type https://spdx.dev/Document/v2.3 -- oci://ghcr.io/octo/app@${digest}`,
    ])
    expect(r.outputs.verified).toBe('6')
    expect(r.summary).toContain('### verify: all 6 attestation(s) verify')
    expect(r.outputs['verify-commands']).toContain(
      `cosign verify-attestation --new-bundle-format --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp '^https://github\\.com/octo/app/\\.github/workflows/release\\.yml@.+$' -- ghcr.io/octo/app@${digest} # cosign v2`,
    )
  })

  it('fails the step, naming the subject, when one does not verify', async () => {
    const gh = fakeGh()
    const dir = workspace(['good.tar.gz', 'tampered.tar.gz'])
    const r = await runAction(
      'verify-attestations',
      { 'checksums-file': 'checksums.txt' },
      { cwd: dir, env: { PATH: `${gh.bin}:${process.env.PATH}`, GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '::error::1 attestation(s) did not verify: tampered.tar.gz (https://slsa.dev/provenance/v1)',
    )
    expect(r.outputs.verified).toBe('1')
    expect(r.summary).toContain('no matching attestations found')
  })

  it('only writes the commands with verify: false, and refuses half an image', async () => {
    const dir = workspace(['a.bin'])
    const r = await runAction(
      'verify-attestations',
      { 'checksums-file': 'checksums.txt', verify: 'false' },
      { cwd: dir, env: { PATH: '/nonexistent', GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(r.code).toBe(0)
    expect(r.outputs['verify-commands']?.split('\n')[0]).toBe(
      'gh attestation verify --repo octo/app -- a.bin',
    )
    const half = await runAction(
      'verify-attestations',
      { 'subject-name': 'ghcr.io/octo/app' },
      { cwd: dir, env: { GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(half.stdout).toContain(
      "::error::Input 'subject-digest': expected subject-name and subject-digest together",
    )
  })

  it('gives cosign v2 and v3 commands for files, through the downloaded bundle', () => {
    const lines = verifyCommands([{ kind: 'file', path: 'dist/app.tar.gz' }], {
      repository: 'octo/app',
      serverUrl: 'https://github.com',
    })
    expect(lines).toEqual([
      'gh attestation verify --repo octo/app -- dist/app.tar.gz',
      'gh attestation download --repo octo/app --predicate-type https://slsa.dev/provenance/v1 -- dist/app.tar.gz # writes sha256:<digest>.jsonl; its first line is the bundle for dist/app.tar.gz.sigstore.json',
      "cosign verify-blob-attestation --bundle dist/app.tar.gz.sigstore.json --new-bundle-format --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp '^https://github\\.com/octo/app/\\.github/workflows/.+$' -- dist/app.tar.gz # cosign v2",
      "cosign verify-blob-attestation --bundle dist/app.tar.gz.sigstore.json --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp '^https://github\\.com/octo/app/\\.github/workflows/.+$' -- dist/app.tar.gz # cosign v3",
    ])
  })
})

describe('artifact names from outside (issue 14)', () => {
  /** A checksums file whose names are given as sha256sum writes them (a \-line escapes \n). */
  function hostileWorkspace(files: Record<string, string>): string {
    const dir = tempDir('ra-ws-')
    const lines = Object.keys(files).map((name, i) => {
      const hash = String(i).repeat(64).slice(0, 64)
      return /[\n\\]/.test(name)
        ? `\\${hash}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`
        : `${hash}  ${name}\n`
    })
    writeFileSync(path.join(dir, 'checksums.txt'), lines.join(''))
    for (const [name, content] of Object.entries(files))
      writeFileSync(path.join(dir, name), content)
    return dir
  }

  it('passes a file named --help to gh after --, so it is verified and not read as an option', async () => {
    const gh = fakeGh()
    const dir = hostileWorkspace({ '--help': 'tampered', 'ok.bin': 'fine' })
    const r = await runAction(
      'verify-attestations',
      { 'checksums-file': 'checksums.txt' },
      { cwd: dir, env: { PATH: `${gh.bin}:${process.env.PATH}`, GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(gh.calls()).toEqual([
      'attestation verify --repo octo/app -- --help',
      'attestation verify --repo octo/app -- ok.bin',
    ])
    expect(r.code).toBe(1)
    expect(annotations(r.stdout)).toEqual([
      '1 attestation(s) did not verify: --help (https://slsa.dev/provenance/v1)',
    ])
    expect(r.outputs.verified).toBe('1')
    for (const line of r.outputs['verify-commands']?.split('\n') ?? [])
      if (line.startsWith('gh attestation') || line.startsWith('cosign verify-blob'))
        expect(line, line).toMatch(/ -- (--help|ok\.bin)( |$)/)
  })

  it.each([
    ['a newline', 'app\n::error::pwned.bin'],
    ['the old ##[ syntax', 'app ##[error]pwned.bin'],
    ['leading spaces after a newline', 'app\n  ::add-mask::app.bin'],
  ])('prints a file name with %s as text, never as a command', async (_what, name) => {
    const gh = fakeGh()
    const dir = hostileWorkspace({ [name]: 'fine', 'bad.bin': 'tampered' })
    const r = await runAction(
      'verify-attestations',
      { 'checksums-file': 'checksums.txt' },
      { cwd: dir, env: { PATH: `${gh.bin}:${process.env.PATH}`, GITHUB_REPOSITORY: 'octo/app' } },
    )
    expect(r.code).toBe(1)
    expect(r.outputs.verified).toBe('1')
    const commands = runnerCommands(r.stdout).filter(c => c.command !== 'stop-commands')
    // One warning for the subject that did not verify, one error for the step; nothing else.
    expect(commands.map(c => c.command)).toEqual(['warning', 'error'])
    expect(annotations(r.stdout)).toEqual([
      '1 attestation(s) did not verify: bad.bin (https://slsa.dev/provenance/v1)',
    ])
    expect(r.stdout).toContain(name)
  })
})
