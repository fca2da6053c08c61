/**
 * attest-sbom's checksums step (also `release-actions checksums`): SHA-256 checksums of the
 * artifacts matching subject-path, in sha256sum format, and the subjects file actions/attest reads.
 */
import path from 'node:path'
import {
  checksumsText,
  hashSubjects,
  MAX_SUBJECTS,
  resolveSubjects,
  splitLines,
  checksumLine,
  sha256File,
} from '../../../../packages/attest/index.ts'
import { writeFileAtomic } from '../../../../packages/files/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../../../packages/inputs/index.ts'
import { InputError } from '../../../../packages/errors/index.ts'
import type { Logger } from '../../../../packages/log/index.ts'
import { code, table } from '../../../../packages/markdown/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'

export interface ChecksumsInputs {
  patterns: string[]
  output: string
  base: string
  workspace: string
}

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

export interface ChecksumsResult {
  text: string
  count: number
  output: string
  /** The file to attest: the checksums file, or with more than 1,024 subjects a file naming it alone. */
  subjectsFile: string
  splitFiles: string[]
  skipped: string[]
  lines: string[]
}

export async function writeChecksums(
  opts: ChecksumsInputs,
  logger: Logger,
): Promise<ChecksumsResult> {
  const { subjects, skipped } = resolveSubjects(opts.workspace, opts.patterns, {
    base: opts.base,
    exclude: [opts.output],
  })
  for (const s of skipped) logger.warning(`Skipped ${s}.`)
  const digests = await hashSubjects(subjects)
  const text = checksumsText(subjects, digests)
  writeFileAtomic(opts.output, text)
  let subjectsFile = opts.output
  const splitFiles: string[] = []
  if (subjects.length > MAX_SUBJECTS) {
    const parts = splitLines(text)
    parts.forEach((part, i) => {
      const file = opts.output.replace(/(\.[^./]+)?$/, ext => `.part${i + 1}${ext}`)
      writeFileAtomic(file, part)
      splitFiles.push(file)
    })
    // One attestation carries at most 1,024 subjects: attest the checksums file itself, which
    // names every artifact and its digest; users verify it, then run sha256sum -c.
    subjectsFile = `${opts.output}.subject`
    writeFileAtomic(
      subjectsFile,
      `${checksumLine(await sha256File(opts.output), path.basename(opts.output))}\n`,
    )
    logger.warning(
      `${subjects.length} subjects are more than the ${MAX_SUBJECTS} one attestation may carry: the attestation's subject is ${path.basename(opts.output)} itself, and the list is also split into ${parts.length} files of at most ${MAX_SUBJECTS} (${splitFiles.map(f => path.basename(f)).join(', ')}).`,
    )
  }
  logger.info(`${subjects.length} checksum(s) in ${opts.output}`)
  return {
    text,
    count: subjects.length,
    output: opts.output,
    subjectsFile,
    splitFiles,
    skipped,
    lines: text.split('\n').filter(Boolean),
  }
}

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  const r = await writeChecksums(opts, logger)
  const shown = r.lines.slice(0, 50).map(l => {
    const [digest = '', name = ''] = l.replace(/^\\/, '').split(/ {2}/)
    return [code(name), code(digest)]
  })
  return {
    outputs: {
      'checksums-file': r.output,
      'subjects-file': r.subjectsFile,
      count: String(r.count),
      'split-files': r.splitFiles.join('\n'),
      skipped: r.skipped.join('\n'),
    },
    summary: [
      `### checksums: ${r.count} artifact(s)`,
      '',
      table(['File', 'SHA-256'], shown),
      r.count > 50 ? `\n… and ${r.count - 50} more in ${code(path.basename(r.output))}.` : '',
      r.skipped.length ? `\nSkipped: ${r.skipped.map(s => code(s)).join(', ')}` : '',
      '',
    ].join('\n'),
  }
}
