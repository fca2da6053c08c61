/**
 * attest-sbom's verify step: `gh attestation verify` for every subject it attested, against this
 * repository and the signer workflow; the step fails if any subject does not verify. It also
 * writes the commands users run to verify (GitHub CLI, cosign v2 and v3).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  runVerification,
  signerWorkflowOfJob,
  SLSA_PROVENANCE_V1,
  subjectsFromChecksums,
  verifyCommands,
  type VerifySubject,
} from '../../../../packages/attest/index.ts'
import { splitRepository } from '../../../../packages/github/index.ts'
import { resolveWorkspacePath, existingFile } from '../../../../packages/inputs/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { code, codeBlock, escapeInline, table } from '../../../../packages/markdown/index.ts'
import { DIGEST_RE, parseImageRef, readImageName } from '../../../../packages/oci/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'

export const main: ActionMain = async ({ inputs, github, env, logger }) => {
  const subjects: VerifySubject[] = []
  const checksums = inputs.optional('checksums-file')
  const base = resolveWorkspacePath('base', inputs.string('base', '.'), github.workspace)
  if (checksums !== undefined) {
    const file = existingFile('checksums-file', checksums, github.workspace, 'a checksums file', {
      alsoUnder: [github.runnerTemp],
    })
    for (const s of subjectsFromChecksums(readFileSync(file, 'utf8')))
      subjects.push({
        kind: 'file',
        path: path.relative(github.workspace, path.join(base, s.name)) || s.name,
      })
  }
  const nameValue = inputs.optional('subject-name')
  const name = nameValue === undefined ? undefined : readImageName(nameValue, inputs.warn)
  const digest = inputs.optional('subject-digest')
  if ((name === undefined) !== (digest === undefined)) {
    throw new InputError(
      name === undefined ? 'subject-name' : 'subject-digest',
      'expected subject-name and subject-digest together (an image and its digest)',
    )
  }
  if (name !== undefined && digest !== undefined) {
    const ref = parseImageRef(name)
    if (!ref || ref.tag || ref.digest)
      throw new InputError(
        'subject-name',
        `expected an image name without tag, such as ghcr.io/owner/app, got ${showValue(name)}`,
      )
    if (!DIGEST_RE.test(digest))
      throw new InputError('subject-digest', `expected sha256:<64 hex>, got ${showValue(digest)}`)
    subjects.push({ kind: 'image', name, digest })
  }
  if (subjects.length === 0)
    throw new InputError(
      'checksums-file',
      'nothing to verify: expected checksums-file, or subject-name and subject-digest',
    )
  const repository = inputs.optional('repository') ?? github.repository
  if (!repository || !splitRepository(repository))
    throw new InputError('repository', `expected owner/repo, got ${showValue(repository ?? '')}`)
  // Default: the workflow this job runs in, as its OIDC token names it (a reusable workflow names
  // itself, a fork its own copy).
  const signerWorkflow = inputs.optional('signer-workflow') ?? (await signerWorkflowOfJob(env))
  if (
    signerWorkflow !== undefined &&
    !/^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w./-]+\.ya?ml$/.test(signerWorkflow)
  ) {
    throw new InputError(
      'signer-workflow',
      `expected owner/repo/.github/workflows/<file>.yml, got ${showValue(signerWorkflow)}`,
    )
  }
  if (signerWorkflow !== undefined) logger.info(`signer workflow: ${signerWorkflow}`)
  const predicateTypes = inputs.list('predicate-types')
  const policy = {
    repository,
    serverUrl: github.serverUrl,
    ...(signerWorkflow ? { signerWorkflow } : {}),
  }
  const commands = verifyCommands(subjects, policy)
  const run = inputs.boolean('verify', true)
  const outcomes = run
    ? await runVerification(subjects, policy, {
        predicateTypes: predicateTypes.length ? predicateTypes : [SLSA_PROVENANCE_V1],
        env,
        cwd: github.workspace,
      })
    : []
  // Subjects are file names from the checksums file, and gh's output is gh's: text from outside.
  // A success goes the untrusted way; a warning is escaped.
  for (const o of outcomes) {
    if (o.ok) logger.untrusted(`verified: ${o.subject} (${o.predicateType})`)
    else logger.warning(`DID NOT VERIFY: ${o.subject} (${o.predicateType}): ${o.output}`)
  }
  const failed = outcomes.filter(o => !o.ok)
  return {
    outputs: {
      'verify-commands': commands.join('\n'),
      verified: String(outcomes.filter(o => o.ok).length),
      'signer-workflow': signerWorkflow ?? '',
    },
    summary: [
      `### verify: ${run ? (failed.length === 0 ? `all ${outcomes.length} attestation(s) verify` : `${failed.length} of ${outcomes.length} did not verify`) : 'commands only (verify: false)'}`,
      '',
      ...(outcomes.length
        ? [
            table(
              ['Subject', 'Predicate', 'Result'],
              outcomes.map(o => [
                code(o.subject),
                code(o.predicateType),
                o.ok ? '✅ verified' : `❌ ${escapeInline(o.output.split('\n').pop() ?? '')}`,
              ]),
            ),
            '',
          ]
        : []),
      'Verify them yourself:',
      '',
      codeBlock(commands.join('\n'), 'bash'),
      '',
    ].join('\n'),
    ...(failed.length > 0
      ? {
          failure: `${failed.length} attestation(s) did not verify: ${failed.map(f => `${f.subject} (${f.predicateType})`).join(', ')}`,
        }
      : {}),
  }
}
