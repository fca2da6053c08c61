/**
 * Writing the checksums of release artifacts: the files the globs match (resolveSubjects), hashed
 * as streams, into a sha256sum-format file; past 1,024 subjects (the most one attestation may
 * carry) the list is also split, and the subject attested is the checksums file itself.
 */
import path from 'node:path'
import { writeFileAtomic } from '../files/index.ts'
import type { Logger } from '../log/index.ts'
import {
  checksumLine,
  checksumsText,
  hashSubjects,
  MAX_SUBJECTS,
  resolveSubjects,
  sha256File,
  splitLines,
} from './checksums.ts'

export interface ChecksumsOptions {
  /** Globs of the artifacts, relative to the workspace. */
  patterns: string[]
  /** The checksums file to write. */
  output: string
  /** The directory the names in the file are relative to. */
  base: string
  workspace: string
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
  opts: ChecksumsOptions,
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
