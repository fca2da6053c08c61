/**
 * verify-attestations' inputs: the only place they are read and validated. The subjects come from
 * a checksums file and/or an image and its digest; the signer workflow defaults to the one this
 * job runs in, as its OIDC token names it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  signerWorkflowOfJob,
  subjectsFromChecksums,
  type VerifyAttestationsOptions,
  type VerifySubject,
} from '../../../../packages/attest/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { splitRepository } from '../../../../packages/github/index.ts'
import {
  existingFile,
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../../../packages/inputs/index.ts'
import { DIGEST_RE, readImageInput } from '../../../../packages/oci/index.ts'

export type VerifyAttestationsInputs = VerifyAttestationsOptions

export async function readInputs(
  inputs: Inputs,
  github: GithubContext,
  env: NodeJS.ProcessEnv,
): Promise<VerifyAttestationsInputs> {
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
  const digest = inputs.optional('subject-digest')
  if ((nameValue === undefined) !== (digest === undefined)) {
    throw new InputError(
      nameValue === undefined ? 'subject-name' : 'subject-digest',
      'expected subject-name and subject-digest together (an image and its digest)',
    )
  }
  if (nameValue !== undefined && digest !== undefined) {
    const { image: name } = readImageInput('subject-name', nameValue, 'repository', inputs.warn)
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
  return {
    subjects,
    policy: {
      repository,
      serverUrl: github.serverUrl,
      ...(signerWorkflow ? { signerWorkflow } : {}),
    },
    predicateTypes: inputs.list('predicate-types'),
    verify: inputs.boolean('verify', true),
  }
}
