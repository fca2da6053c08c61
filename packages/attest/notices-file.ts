/**
 * Writing THIRD_PARTY_NOTICES.md from a parsed SBOM (renderNotices), with the licence texts of its
 * packages found in the local package stores (LicenceFinder) when stores are given, and counting
 * the packages without licence information that need review.
 */
import { writeFileAtomic } from '../files/index.ts'
import { LicenceFinder, type LicenceFile, type LicenceStores } from './licence-files.ts'
import { packageKey, renderNotices, type NoticeTexts, type ParsedSbom } from './notices.ts'

export interface NoticesOptions {
  sbom: ParsedSbom
  /** The notices file to write. */
  output: string
  /** Where the packages' licence files are looked up; without it the notices carry no texts. */
  stores?: LicenceStores
}

export interface NoticesResult {
  /** The SBOM's format, such as SPDX-2.3. */
  format: string
  packages: number
  /** Packages without licence information (NOASSERTION). */
  needsReview: number
  /** Packages whose licence texts are embedded (0 without stores). */
  withLicenceText: number
  /** Packages for which no licence file was found (0 without stores). */
  withoutLicenceFile: number
}

export function writeNotices(opts: NoticesOptions): NoticesResult {
  let texts: NoticeTexts | undefined
  let withText = 0
  let without = 0
  if (opts.stores) {
    const finder = new LicenceFinder(opts.stores)
    const licences = new Map<string, LicenceFile[]>()
    texts = { licences, stores: finder.storeCount }
    const seen = new Set<string>()
    for (const p of opts.sbom.packages) {
      const key = packageKey(p)
      if (seen.has(key)) continue
      seen.add(key)
      const files = p.purl && texts.stores > 0 ? finder.find(p.purl, p.version) : undefined
      if (files !== undefined) licences.set(key, files)
      if (files && files.length > 0) withText++
      else without++
    }
  }
  writeFileAtomic(opts.output, renderNotices(opts.sbom, texts))
  return {
    format: opts.sbom.format,
    packages: opts.sbom.packages.length,
    needsReview: opts.sbom.packages.filter(p => p.license === 'NOASSERTION').length,
    withLicenceText: withText,
    withoutLicenceFile: without,
  }
}
