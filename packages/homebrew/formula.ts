/**
 * A Homebrew formula of a release's prebuilt binaries: one `url` and `sha256` per platform, in
 * `on_macos`/`on_linux` blocks with `on_arm`/`on_intel` inside (Homebrew's OS and CPU blocks, the
 * layout GoReleaser's formulae use), each with its own `install`. The files and their sha256 come
 * from the release's checksums file (`sha256sum` format); a file is a platform's by the
 * `<os>_<arch>` in its name (darwin/macos, linux; amd64/x86_64, arm64/aarch64). The class name is
 * Homebrew's (Formulary.class_s: capitalized, `-_.` + a character upper-cased, `+` → `x`,
 * `@<digit>` → `AT<digit>`).
 */
import { tarFileNames } from '../archive/index.ts'
import { OperationalError } from '../errors/index.ts'

export class FormulaError extends OperationalError {}

export type BrewOs = 'macos' | 'linux'
export type BrewCpu = 'arm' | 'intel'

export interface ChecksumEntry {
  name: string
  sha256: string
}

export interface PlatformFile {
  os: BrewOs
  cpu: BrewCpu
  file: string
  sha256: string
  url: string
  /**
   * The file inside the archive that is installed as the command, relative to the folder Homebrew
   * stages (a single top-level folder is entered); undefined: the command's own name.
   */
  member?: string
}

export interface FormulaOptions {
  /** The formula name (lower case: Formula/<name>.rb). */
  name: string
  desc: string
  homepage: string
  version: string
  /** The SPDX licence, if known. */
  license?: string
  /** The command installed (default: the formula name). */
  binary?: string
  files: PlatformFile[]
}

/** Homebrew's class name of a formula name (Formulary.class_s). */
export function formulaClassName(name: string): string {
  const capitalized = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase()
  return capitalized
    .replace(/[-_.\s]([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/\+/g, 'x')
    .replace(/(.)@(\d)/, '$1AT$2')
}

/** A formula name Homebrew accepts: lower case letters, digits, `-_.+@`, starting alphanumeric. */
export function isFormulaName(name: string): boolean {
  return /^[a-z0-9][a-z0-9+_.@-]*$/.test(name) && name.length <= 100
}

/** The entries of a `sha256sum` file (`<hex>  <name>` or `<hex> *<name>`). */
export function parseChecksums(text: string): ChecksumEntry[] {
  const out: ChecksumEntry[] = []
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''))
    if (!m)
      throw new FormulaError(
        `checksums line ${i + 1} is not in sha256sum format (<sha256>  <file>): ${JSON.stringify(line.slice(0, 120))}`,
      )
    out.push({ sha256: m[1] as string, name: m[2] as string })
  }
  return out
}

const OS: Record<string, BrewOs> = { darwin: 'macos', macos: 'macos', linux: 'linux' }
const CPU: Record<string, BrewCpu> = {
  arm64: 'arm',
  aarch64: 'arm',
  amd64: 'intel',
  x86_64: 'intel',
}
const PLATFORM = /(?:^|[_.-])(darwin|macos|linux)[_.-](amd64|x86_64|arm64|aarch64)(?=[_.-]|$)/i
const ARCHIVE = /\.(tar\.gz|tgz|tar\.xz|zip)$/i
/** Files that ride along a binary (signatures, SBOMs, checksums): never what a formula installs. */
const SIDECAR = /\.(sig|pem|asc|sbom|spdx|json|intoto\.jsonl|sha256|md5|txt|bundle)$/i

/** The Homebrew platform of a release file, by its name; undefined for others (windows, sidecars). */
export function platformOf(file: string): { os: BrewOs; cpu: BrewCpu } | undefined {
  if (SIDECAR.test(file)) return undefined
  const m = PLATFORM.exec(file)
  if (!m) return undefined
  const os = OS[(m[1] ?? '').toLowerCase()]
  const cpu = CPU[(m[2] ?? '').toLowerCase()]
  return os && cpu ? { os, cpu } : undefined
}

/**
 * The file of each platform among the checksummed files: an archive if there is one, else the
 * loose binary; two candidates of the same kind for one platform are an error (which to ship?).
 */
export function platformFiles(
  entries: ChecksumEntry[],
  urlOf: (file: string) => string,
): PlatformFile[] {
  const byPlatform = new Map<string, ChecksumEntry[]>()
  for (const e of entries) {
    const p = platformOf(e.name)
    if (!p) continue
    const key = `${p.os}/${p.cpu}`
    byPlatform.set(key, [...(byPlatform.get(key) ?? []), e])
  }
  const out: PlatformFile[] = []
  for (const [key, candidates] of byPlatform) {
    const archives = candidates.filter(c => ARCHIVE.test(c.name))
    const pick = archives.length > 0 ? archives : candidates
    if (pick.length > 1)
      throw new FormulaError(
        `more than one release file for ${key}: ${pick.map(c => c.name).join(', ')}; the formula installs one per platform`,
      )
    const [os, cpu] = key.split('/') as [BrewOs, BrewCpu]
    const chosen = pick[0] as ChecksumEntry
    out.push({ os, cpu, file: chosen.name, sha256: chosen.sha256, url: urlOf(chosen.name) })
  }
  if (out.length === 0)
    throw new FormulaError(
      'no release file for macOS or Linux in the checksums (expected names with <os>_<arch>, such as app_darwin_arm64 or app_v1.2.3_linux_amd64.tar.gz)',
    )
  return out
}

/** Files of an archive that are never the command: documents, licences, completions, manuals. */
const NOT_A_COMMAND =
  /(^|\/)(readme|license|licence|copying|notice|changelog|authors)[^/]*$|\.(md|txt|rst|html|1|[0-9]\.gz|bash|zsh|fish|ps1)$|(^|\/)(completions?|man|docs?)\//i

/**
 * The file of an archive (its regular files' names) that a formula installs as `binary`:
 * Homebrew enters a single top-level folder first; then the file named `binary`, else the one
 * named `binary` with the archive's platform in its name (the suite's archives hold the build's
 * files, demo_linux_amd64), else the only file that is not a document. None or several: an error
 * that lists the files and names the input that decides.
 */
export function archiveMember(
  names: readonly string[],
  binary: string,
  platform: { os: BrewOs; cpu: BrewCpu },
  archive: string,
): string {
  const tops = new Set(names.map(n => n.split('/')[0]))
  const [top] = tops
  const staged =
    tops.size === 1 && names.every(n => n.includes('/'))
      ? names.map(n => n.slice((top as string).length + 1))
      : [...names]
  if (staged.includes(binary)) return binary
  const base = (n: string) => n.slice(n.lastIndexOf('/') + 1)
  const named = staged.filter(n => {
    const p = platformOf(base(n))
    return base(n).startsWith(binary) && p?.os === platform.os && p.cpu === platform.cpu
  })
  if (named.length === 1) return named[0] as string
  const commands = staged.filter(n => !NOT_A_COMMAND.test(n))
  if (named.length === 0 && commands.length === 1) return commands[0] as string
  throw new FormulaError(
    `${archive}: cannot tell which file is the command ${binary} (it holds ${staged.join(', ') || 'no files'}); set the formula's binary (homebrew-binary) to the file's name`,
  )
}

/**
 * Each tar.gz platform file with the member it installs, read from the archive's bytes
 * (`read`: the release file of that name). Loose binaries and other archive kinds are left as
 * they are.
 */
export function withArchiveMembers(
  files: readonly PlatformFile[],
  binary: string,
  read: (file: string) => Uint8Array,
): PlatformFile[] {
  return files.map(f =>
    /\.(tar\.gz|tgz)$/i.test(f.file)
      ? { ...f, member: archiveMember(tarFileNames(read(f.file), f.file), binary, f, f.file) }
      : f,
  )
}

/** A Ruby double-quoted string literal. */
export function rubyString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#/g, '\\#').replace(/\n/g, '\\n')}"`
}

const OS_ORDER: BrewOs[] = ['macos', 'linux']
const CPU_ORDER: BrewCpu[] = ['intel', 'arm']

/** The formula's Ruby source. Deterministic: the same release renders the same bytes. */
export function renderFormula(o: FormulaOptions): string {
  const binary = o.binary ?? o.name
  const lines = [
    '# typed: false',
    '# frozen_string_literal: true',
    '',
    `# Written by release-actions for ${o.name} ${o.version}: the next release replaces it.`,
    `class ${formulaClassName(o.name)} < Formula`,
    `  desc ${rubyString(o.desc)}`,
    `  homepage ${rubyString(o.homepage)}`,
    `  version ${rubyString(o.version)}`,
    ...(o.license ? [`  license ${rubyString(o.license)}`] : []),
  ]
  for (const os of OS_ORDER) {
    const files = CPU_ORDER.map(cpu => o.files.find(f => f.os === os && f.cpu === cpu)).filter(
      (f): f is PlatformFile => f !== undefined,
    )
    if (files.length === 0) continue
    lines.push('', `  on_${os} do`)
    for (const [i, f] of files.entries()) {
      const inside = ARCHIVE.test(f.file) ? (f.member ?? binary) : f.file
      const install =
        inside === binary
          ? `bin.install ${rubyString(binary)}`
          : `bin.install ${rubyString(inside)} => ${rubyString(binary)}`
      if (i > 0) lines.push('')
      lines.push(
        `    on_${f.cpu} do`,
        `      url ${rubyString(f.url)}`,
        `      sha256 ${rubyString(f.sha256)}`,
        '',
        '      def install',
        `        ${install}`,
        '      end',
        '    end',
      )
    }
    lines.push('  end')
  }
  lines.push('end', '')
  return lines.join('\n')
}
