/**
 * THIRD_PARTY_NOTICES.md from an SBOM (SPDX 2.x JSON or CycloneDX JSON): one entry per package with
 * its version, licence (concluded, else declared, else NOASSERTION, flagged for review) and
 * download location, grouped by licence.
 */
import { OperationalError } from '../errors/index.ts'
import { escapeInline, stripUnsafeCharacters, table } from '../markdown/index.ts'
import type { LicenceFile } from './licence-files.ts'

export interface NoticePackage {
  name: string
  version: string
  license: string
  /** Where the licence came from: concluded, declared, or none (NOASSERTION). */
  licenseSource: 'concluded' | 'declared' | 'none'
  downloadLocation: string
  /** The package URL (pkg:npm/…), empty when the SBOM has none: it says where its licence files are looked up. */
  purl: string
}

export interface ParsedSbom {
  format: string
  /** The software the SBOM describes (left out of the notices). */
  subject: string | undefined
  packages: NoticePackage[]
}

export class SbomError extends OperationalError {
  constructor(message: string) {
    super(message)
    this.name = 'SbomError'
  }
}

const UNKNOWN = new Set(['', 'NOASSERTION', 'NONE'])

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** The download location, else the homepage, else the package URL (npm's SPDX leaves the first empty). */
function spdxLocation(p: Record<string, unknown>): string {
  const download = str(p.downloadLocation)
  if (!UNKNOWN.has(download)) return download
  if (!UNKNOWN.has(str(p.homepage))) return str(p.homepage)
  const refs = Array.isArray(p.externalRefs) ? (p.externalRefs as Record<string, unknown>[]) : []
  return str(refs.find(r => r.referenceType === 'purl')?.referenceLocator) || 'NOASSERTION'
}

function spdxPurl(p: Record<string, unknown>): string {
  const refs = Array.isArray(p.externalRefs) ? (p.externalRefs as Record<string, unknown>[]) : []
  return str(refs.find(r => r.referenceType === 'purl')?.referenceLocator)
}

function parseSpdx(doc: Record<string, unknown>): ParsedSbom {
  const packages = doc.packages
  if (!Array.isArray(packages)) throw new SbomError('the SPDX document has no packages list')
  const described = new Set<string>(
    Array.isArray(doc.documentDescribes) ? (doc.documentDescribes as unknown[]).map(str) : [],
  )
  for (const rel of Array.isArray(doc.relationships)
    ? (doc.relationships as Record<string, unknown>[])
    : []) {
    if (rel.relationshipType === 'DESCRIBES' && rel.spdxElementId === 'SPDXRef-DOCUMENT')
      described.add(str(rel.relatedSpdxElement))
  }
  let subject: string | undefined
  const out: NoticePackage[] = []
  for (const p of packages as Record<string, unknown>[]) {
    if (typeof p !== 'object' || p === null) throw new SbomError('an SPDX package is not an object')
    const name = str(p.name)
    if (!name) throw new SbomError('an SPDX package has no name')
    if (described.has(str(p.SPDXID))) {
      subject ??= `${name}${str(p.versionInfo) ? ` ${str(p.versionInfo)}` : ''}`
      continue
    }
    const concluded = str(p.licenseConcluded)
    const declared = str(p.licenseDeclared)
    const license = !UNKNOWN.has(concluded)
      ? concluded
      : !UNKNOWN.has(declared)
        ? declared
        : 'NOASSERTION'
    out.push({
      name,
      version: str(p.versionInfo),
      license,
      licenseSource: !UNKNOWN.has(concluded)
        ? 'concluded'
        : !UNKNOWN.has(declared)
          ? 'declared'
          : 'none',
      downloadLocation: spdxLocation(p),
      purl: spdxPurl(p),
    })
  }
  return { format: str(doc.spdxVersion), subject, packages: out }
}

function cdxLicense(c: Record<string, unknown>): string {
  const licenses = Array.isArray(c.licenses) ? (c.licenses as Record<string, unknown>[]) : []
  const parts: string[] = []
  for (const l of licenses) {
    if (typeof l.expression === 'string') parts.push(l.expression)
    const lic = l.license as Record<string, unknown> | undefined
    if (lic) parts.push(str(lic.id) || str(lic.name))
  }
  const joined = parts.filter(Boolean)
  return joined.length === 0
    ? ''
    : joined.length === 1
      ? (joined[0] as string)
      : joined.map(p => `(${p})`).join(' OR ')
}

function parseCycloneDx(doc: Record<string, unknown>): ParsedSbom {
  const components = doc.components ?? []
  if (!Array.isArray(components))
    throw new SbomError('the CycloneDX document has a components field that is not a list')
  const meta = (doc.metadata as Record<string, unknown> | undefined)?.component as
    Record<string, unknown> | undefined
  const out: NoticePackage[] = []
  for (const c of components as Record<string, unknown>[]) {
    const name = str(c.group) ? `${str(c.group)}/${str(c.name)}` : str(c.name)
    if (!name) throw new SbomError('a CycloneDX component has no name')
    const license = cdxLicense(c)
    const refs = Array.isArray(c.externalReferences)
      ? (c.externalReferences as Record<string, unknown>[])
      : []
    const ref =
      refs.find(r => r.type === 'distribution') ??
      refs.find(r => r.type === 'vcs') ??
      refs.find(r => r.type === 'website')
    out.push({
      name,
      version: str(c.version),
      license: license || 'NOASSERTION',
      licenseSource: license ? 'declared' : 'none',
      downloadLocation: str(ref?.url) || str(c.purl) || 'NOASSERTION',
      purl: str(c.purl),
    })
  }
  return {
    format: `CycloneDX ${str(doc.specVersion)}`.trim(),
    subject: meta ? `${str(meta.name)} ${str(meta.version)}`.trim() : undefined,
    packages: out,
  }
}

/** Parse an SBOM, or throw an SbomError saying why the text is not one. */
export function parseSbom(text: string): ParsedSbom {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new SbomError('it is not JSON; expected an SPDX 2.x or CycloneDX JSON SBOM')
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new SbomError('it is not a JSON object; expected an SPDX 2.x or CycloneDX JSON SBOM')
  const d = doc as Record<string, unknown>
  if (typeof d.spdxVersion === 'string' && /^SPDX-2\.\d+$/.test(d.spdxVersion)) return parseSpdx(d)
  if (d.bomFormat === 'CycloneDX') return parseCycloneDx(d)
  throw new SbomError(
    'it has neither spdxVersion SPDX-2.x nor bomFormat CycloneDX; expected an SPDX 2.x or CycloneDX JSON SBOM',
  )
}

/**
 * The licence files found per package, keyed by packageKey; a package not in the map was not found
 * in any store.
 */
export type PackageLicences = ReadonlyMap<string, readonly LicenceFile[]>

/** The licence texts of the notices: the files found per package, and how many stores existed. */
export interface NoticeTexts {
  licences: PackageLicences
  /** The package stores that exist; with none, the notices say so instead of listing every package. */
  stores: number
}

export function packageKey(p: Pick<NoticePackage, 'name' | 'version'>): string {
  return `${p.name}@${p.version}`
}

/** Text for inside an HTML element (a <summary>). */
function escapeHtml(text: string): string {
  return stripUnsafeCharacters(text)
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** A fenced block holding `text` verbatim: the fence is longer than any backtick run in it. */
function verbatimBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`
}

function anchor(sha256: string): string {
  return `licence-${sha256.slice(0, 16)}`
}

/** The licence texts section: one collapsible block per package, each distinct text written once. */
function renderTexts(packages: readonly NoticePackage[], texts: NoticeTexts): string[] {
  if (texts.stores === 0)
    return [
      '## Licence texts',
      '',
      'No package store (node_modules, Go module cache, cargo registry, Python site-packages) was found where these notices were made, so the licence texts of the packages are not embedded.',
      '',
    ]
  const licences = texts.licences
  const sorted = [...packages].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  )
  const withFiles = sorted.filter(p => (licences.get(packageKey(p)) ?? []).length > 0)
  const without = sorted.filter(p => (licences.get(packageKey(p)) ?? []).length === 0)
  const distinct = new Set(
    withFiles.flatMap(p => (licences.get(packageKey(p)) ?? []).map(f => f.sha256)),
  )
  const lines = [
    `## Licence texts (${withFiles.length})`,
    '',
    `The licence-bearing files (LICENSE, LICENCE, COPYING, NOTICE) each package ships, verbatim, read from the local package stores: ${distinct.size} distinct text${distinct.size === 1 ? '' : 's'}. A text shared by several packages is written once, under the first of them, and the others refer to it (by its SHA-256).`,
    '',
  ]
  const written = new Map<string, string>()
  for (const p of withFiles) {
    const files = licences.get(packageKey(p)) ?? []
    const label = `${p.name}${p.version ? ` ${p.version}` : ''}`
    lines.push(
      '<details>',
      `<summary>${escapeHtml(label)}: ${files.map(f => escapeHtml(f.name)).join(', ')}</summary>`,
      '',
    )
    for (const f of files) {
      const seen = written.get(f.sha256)
      if (seen !== undefined) {
        lines.push(
          `**${escapeInline(f.name)}**: the same text as ${seen}, [above](#${anchor(f.sha256)}) (sha256 \`${f.sha256}\`).`,
          '',
        )
        continue
      }
      lines.push(
        `<a id="${anchor(f.sha256)}"></a>**${escapeInline(f.name)}** (${f.size} bytes, sha256 \`${f.sha256}\`)`,
        '',
      )
      if (f.text.includes('\0')) lines.push('_A binary file: not embedded._', '')
      else {
        lines.push(verbatimBlock(f.text), '')
        if (f.truncated)
          lines.push(
            `_Truncated: the first ${Buffer.byteLength(f.text)} of ${f.size} bytes are shown; the whole file is in the package._`,
            '',
          )
      }
      written.set(f.sha256, `${escapeInline(label)}'s ${escapeInline(f.name)}`)
    }
    lines.push('</details>', '')
  }
  lines.push(`## No licence file found (${without.length})`, '')
  if (without.length === 0) lines.push('Every package ships a licence file.', '')
  else
    lines.push(
      table(
        ['Package', 'Version', 'Licence', 'Why'],
        without.map(p => [
          escapeInline(p.name),
          escapeInline(p.version || '—'),
          escapeInline(p.license),
          licences.has(packageKey(p))
            ? 'ships no licence file'
            : p.purl
              ? 'not in the package stores searched'
              : 'no package URL in the SBOM',
        ]),
      ),
      '',
    )
  return lines
}

export function renderNotices(sbom: ParsedSbom, texts?: NoticeTexts): string {
  const byLicense = new Map<string, NoticePackage[]>()
  const unique = new Map<string, NoticePackage>()
  for (const p of sbom.packages) unique.set(packageKey(p), p)
  for (const p of unique.values()) {
    const list = byLicense.get(p.license) ?? []
    list.push(p)
    byLicense.set(p.license, list)
  }
  const licenses = [...byLicense.keys()].sort((a, b) =>
    a === 'NOASSERTION' ? 1 : b === 'NOASSERTION' ? -1 : a.localeCompare(b),
  )
  const review = byLicense.get('NOASSERTION')?.length ?? 0
  const lines = [
    '# Third-party notices',
    '',
    `${sbom.subject ? `${escapeInline(sbom.subject)} includes` : 'This software includes'} the ${unique.size} third-party packages below, read from its SBOM (${escapeInline(sbom.format)}). Each is listed under its licence: the concluded licence where the SBOM has one, else the declared one.`,
    '',
    ...(review > 0
      ? [
          `**${review} package${review === 1 ? ' has' : 's have'} no licence information (NOASSERTION) and need${review === 1 ? 's' : ''} review.**`,
          '',
        ]
      : []),
  ]
  for (const license of licenses) {
    const list = (byLicense.get(license) ?? []).sort(
      (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
    )
    lines.push(
      `## ${escapeInline(license)}${license === 'NOASSERTION' ? ' — needs review' : ''} (${list.length})`,
      '',
    )
    lines.push(
      table(
        ['Package', 'Version', 'Licence from', 'Download location'],
        list.map(p => [
          escapeInline(p.name),
          escapeInline(p.version || '—'),
          p.licenseSource,
          escapeInline(p.downloadLocation),
        ]),
      ),
      '',
    )
  }
  if (texts) lines.push(...renderTexts([...unique.values()], texts))
  return lines.join('\n')
}
