/**
 * Writing THIRD_PARTY_NOTICES.md from a parsed SBOM (renderNotices), and counting the packages
 * without licence information that need review.
 */
import { writeFileAtomic } from '../files/index.ts'
import { renderNotices, type ParsedSbom } from './notices.ts'

export interface NoticesOptions {
  sbom: ParsedSbom
  /** The notices file to write. */
  output: string
}

export interface NoticesResult {
  /** The SBOM's format, such as SPDX-2.3. */
  format: string
  packages: number
  /** Packages without licence information (NOASSERTION). */
  needsReview: number
}

export function writeNotices(opts: NoticesOptions): NoticesResult {
  writeFileAtomic(opts.output, renderNotices(opts.sbom))
  return {
    format: opts.sbom.format,
    packages: opts.sbom.packages.length,
    needsReview: opts.sbom.packages.filter(p => p.license === 'NOASSERTION').length,
  }
}
