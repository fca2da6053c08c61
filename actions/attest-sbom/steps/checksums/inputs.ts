/**
 * checksums' inputs: the only place they are read and validated.
 */
import type { ChecksumsOptions } from '../../../../packages/attest/index.ts'
import { InputError } from '../../../../packages/errors/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../../../packages/inputs/index.ts'

export type ChecksumsInputs = ChecksumsOptions

export function readInputs(inputs: Inputs, github: GithubContext): ChecksumsInputs {
  const patterns = inputs.list('subject-path')
  if (patterns.length === 0)
    throw new InputError(
      'subject-path',
      'is required; expected globs of the release artifacts, one per line, such as dist/*.tar.gz',
    )
  const output = resolveWorkspacePath(
    'checksums-file',
    inputs.string('checksums-file', 'checksums.txt'),
    github,
    { alsoUnder: [github.runnerTemp] },
  )
  const base = resolveWorkspacePath('base', inputs.string('base', '.'), github.workspace)
  return { patterns, output, base, workspace: github.workspace }
}
