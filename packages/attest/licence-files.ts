/**
 * The licence-bearing files (LICENSE*, LICENCE*, COPYING*, NOTICE*) an SBOM package ships, found in
 * its ecosystem's local store by the package's purl type: npm in node_modules (nested trees: the
 * copy whose package.json has the version), golang in the module cache (<module>@<version>, Go's
 * case-encoding), cargo in the registry sources ($CARGO_HOME/registry/src/<index>/<name>-<version>),
 * pypi in site-packages/<name>-<version>.dist-info (its licenses/ folder and licence files).
 * Nothing outside the given roots is read: symlinks are followed only while they stay inside the
 * root, and each file is read up to a bound (a larger one is truncated, and says so).
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Where each ecosystem's packages are looked up; a missing store is simply not searched. */
export interface LicenceStores {
  /** node_modules directories (npm ci layout). */
  nodeModules: string[]
  /** The Go module cache (go env GOMODCACHE). */
  goModCache: string[]
  /** Cargo homes ($CARGO_HOME, holding registry/src). */
  cargoHome: string[]
  /** Python site-packages directories. */
  sitePackages: string[]
}

export interface LicenceFile {
  /** The file's name, relative to the package directory (licenses/… for dist-info). */
  name: string
  /** The text, verbatim (the first maxBytes bytes when truncated). */
  text: string
  /** sha256 hex of the whole file's bytes. */
  sha256: string
  /** The file's size in bytes. */
  size: number
  truncated: boolean
}

export interface LicenceLookupOptions {
  /** Bytes read of one file; more is truncated with a note. */
  maxBytes?: number
  /** Licence files taken of one package. */
  maxFiles?: number
}

export const DEFAULT_MAX_LICENCE_BYTES = 256 * 1024
export const DEFAULT_MAX_LICENCE_FILES = 16

const LICENCE_NAME = /^(licen[cs]e|copying|notice)/i

/** The stores' defaults: GOMODCACHE (else $GOPATH/pkg/mod, GOPATH defaulting to ~/go), CARGO_HOME (else ~/.cargo). */
export function defaultGoModCache(env: NodeJS.ProcessEnv, home = os.homedir()): string {
  if (env.GOMODCACHE) return env.GOMODCACHE
  const gopath = (env.GOPATH ?? '').split(path.delimiter).find(p => p !== '')
  return path.join(gopath ?? path.join(home, 'go'), 'pkg', 'mod')
}

export function defaultCargoHome(env: NodeJS.ProcessEnv, home = os.homedir()): string {
  return env.CARGO_HOME || path.join(home, '.cargo')
}

/** A package URL's parts (purl spec: pkg:type/namespace/name@version?qualifiers#subpath). */
export interface Purl {
  type: string
  namespace: string | undefined
  name: string
  version: string | undefined
}

export function parsePurl(purl: string): Purl | undefined {
  const m = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\/+([^?#]+?)(?:@([^@?#/]+))?(?:\?[^#]*)?(?:#.*)?$/.exec(
    purl.trim(),
  )
  if (!m) return undefined
  let parts: string[]
  let version: string | undefined
  try {
    parts = (m[2] as string)
      .split('/')
      .filter(p => p !== '')
      .map(decodeURIComponent)
    version = m[3] === undefined ? undefined : decodeURIComponent(m[3])
  } catch {
    return undefined
  }
  const name = parts.pop()
  if (!name) return undefined
  return {
    type: (m[1] as string).toLowerCase(),
    namespace: parts.length ? parts.join('/') : undefined,
    name,
    version,
  }
}

/** Go's module cache case-encoding: each upper-case letter becomes '!' and its lower case. */
export function goCaseEncode(s: string): string {
  return s.replace(/[A-Z]/g, c => `!${c.toLowerCase()}`)
}

/** A PyPI name normalised (PEP 503): lower case, runs of - _ . as one -. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** `child` is `root` or inside it (both real paths). */
function within(root: string, child: string): boolean {
  const rel = path.relative(root, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p)
  } catch {
    return undefined
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

/** A path segment safe to join (no separators, not . or ..). */
function safeSegment(s: string): boolean {
  return s !== '' && s !== '.' && s !== '..' && !/[\\/\0]/.test(s)
}

/** Read a regular file whose real path is inside `root`, up to maxBytes. */
function readBounded(
  root: string,
  file: string,
  name: string,
  maxBytes: number,
): LicenceFile | undefined {
  const real = realOrUndefined(file)
  if (real === undefined || !within(root, real)) return undefined
  let st
  try {
    st = lstatSync(real)
  } catch {
    return undefined
  }
  if (!st.isFile()) return undefined
  const whole = st.size <= maxBytes
  let bytes: Buffer
  if (whole) bytes = readFileSync(real)
  else {
    bytes = Buffer.alloc(maxBytes)
    const fd = openSync(real, 'r')
    try {
      bytes = bytes.subarray(0, readSync(fd, bytes, 0, maxBytes, 0))
    } finally {
      closeSync(fd)
    }
  }
  let sha256: string
  if (whole) sha256 = createHash('sha256').update(bytes).digest('hex')
  else {
    const hash = createHash('sha256')
    const fd = openSync(real, 'r')
    try {
      const chunk = Buffer.alloc(1 << 16)
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;)
        hash.update(chunk.subarray(0, n))
    } finally {
      closeSync(fd)
    }
    sha256 = hash.digest('hex')
  }
  return { name, text: bytes.toString('utf8'), sha256, size: st.size, truncated: !whole }
}

/** The licence files at the top of `dir` (and, for dist-info, everything under licenses/). */
function licenceFilesIn(
  root: string,
  dir: string,
  opts: Required<LicenceLookupOptions>,
  licensesFolder = false,
): LicenceFile[] {
  const realDir = realOrUndefined(dir)
  if (realDir === undefined || !within(root, realDir)) return []
  const out: LicenceFile[] = []
  for (const entry of list(realDir)) {
    if (out.length >= opts.maxFiles) break
    if (!LICENCE_NAME.test(entry)) continue
    const f = readBounded(root, path.join(realDir, entry), entry, opts.maxBytes)
    if (f) out.push(f)
  }
  if (licensesFolder) {
    const walk = (sub: string, depth: number) => {
      for (const entry of list(path.join(realDir, sub))) {
        if (out.length >= opts.maxFiles) return
        const rel = path.posix.join(sub, entry)
        const full = path.join(realDir, rel)
        const real = realOrUndefined(full)
        if (real === undefined || !within(root, real)) continue
        if (isDir(real)) {
          if (depth < 4) walk(rel, depth + 1)
          continue
        }
        const f = readBounded(root, full, rel, opts.maxBytes)
        if (f) out.push(f)
      }
    }
    walk('licenses', 0)
  }
  return out
}

interface Resolved {
  root: string
  dir: string
  distInfo?: boolean
}

/** Finds packages' licence files in the stores; the node_modules and site-packages indexes are built once. */
export class LicenceFinder {
  private readonly opts: Required<LicenceLookupOptions>
  private npmIndex: Map<string, Resolved> | undefined
  private pypiIndex: Map<string, Resolved> | undefined
  private readonly roots: { [K in keyof LicenceStores]: string[] }

  constructor(stores: LicenceStores, opts: LicenceLookupOptions = {}) {
    this.opts = {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_LICENCE_BYTES,
      maxFiles: opts.maxFiles ?? DEFAULT_MAX_LICENCE_FILES,
    }
    const real = (dirs: string[]) =>
      dirs.map(realOrUndefined).filter((d): d is string => d !== undefined && isDir(d))
    this.roots = {
      nodeModules: real(stores.nodeModules),
      goModCache: real(stores.goModCache),
      cargoHome: real(stores.cargoHome),
      sitePackages: real(stores.sitePackages),
    }
  }

  /** How many of the stores exist (are directories): with none, nothing can be found. */
  get storeCount(): number {
    return Object.values(this.roots).reduce((n, dirs) => n + dirs.length, 0)
  }

  /** The package's licence files, or undefined when the package was not found in any store. */
  find(purl: string, version: string): LicenceFile[] | undefined {
    const p = parsePurl(purl)
    const resolved = p ? this.resolve(p, version) : undefined
    if (!resolved) return undefined
    return licenceFilesIn(resolved.root, resolved.dir, this.opts, resolved.distInfo)
  }

  private resolve(p: Purl, sbomVersion: string): Resolved | undefined {
    const version = p.version ?? sbomVersion
    if (!version) return undefined
    switch (p.type) {
      case 'npm': {
        const full = p.namespace ? `${p.namespace}/${p.name}` : p.name
        return this.npm().get(`${full}@${version}`)
      }
      case 'golang': {
        const module = p.namespace ? `${p.namespace}/${p.name}` : p.name
        const segments = module.split('/')
        if (!segments.every(safeSegment) || !safeSegment(version)) return undefined
        const rel = `${goCaseEncode(module)}@${goCaseEncode(version)}`
        for (const root of this.roots.goModCache) {
          const dir = path.join(root, ...rel.split('/'))
          if (isDir(dir)) return { root, dir }
        }
        return undefined
      }
      case 'cargo': {
        const dirName = `${p.name}-${version}`
        if (!safeSegment(dirName)) return undefined
        for (const home of this.roots.cargoHome) {
          const src = path.join(home, 'registry', 'src')
          for (const index of list(src)) {
            const dir = path.join(src, index, dirName)
            if (isDir(dir)) return { root: home, dir }
          }
        }
        return undefined
      }
      case 'pypi':
        return this.pypi().get(`${normalisePypiName(p.name)}@${version.toLowerCase()}`)
      default:
        return undefined
    }
  }

  /** name@version → the package directory, over the node_modules trees (nested ones too). */
  private npm(): Map<string, Resolved> {
    if (this.npmIndex) return this.npmIndex
    const index = new Map<string, Resolved>()
    const visit = (root: string, nodeModules: string, depth: number) => {
      if (depth > 32) return
      for (const entry of list(nodeModules)) {
        if (entry.startsWith('.')) continue
        const dirs = entry.startsWith('@')
          ? list(path.join(nodeModules, entry)).map(e => path.join(nodeModules, entry, e))
          : [path.join(nodeModules, entry)]
        for (const dir of dirs) {
          const real = realOrUndefined(dir)
          if (real === undefined || !within(root, real) || !isDir(real)) continue
          const manifest = readBounded(
            root,
            path.join(real, 'package.json'),
            'package.json',
            1 << 20,
          )
          if (manifest && !manifest.truncated) {
            try {
              const pkg = JSON.parse(manifest.text) as { name?: unknown; version?: unknown }
              if (typeof pkg.name === 'string' && typeof pkg.version === 'string') {
                const key = `${pkg.name}@${pkg.version}`
                if (!index.has(key)) index.set(key, { root, dir: real })
              }
            } catch {
              // Not a package (a broken package.json): skipped.
            }
          }
          visit(root, path.join(real, 'node_modules'), depth + 1)
        }
      }
    }
    for (const root of this.roots.nodeModules) visit(root, root, 0)
    this.npmIndex = index
    return index
  }

  /** normalised-name@version → the .dist-info directory, over the site-packages directories. */
  private pypi(): Map<string, Resolved> {
    if (this.pypiIndex) return this.pypiIndex
    const index = new Map<string, Resolved>()
    for (const root of this.roots.sitePackages)
      for (const entry of list(root)) {
        const m = /^(.+?)-([^-]+)\.dist-info$/.exec(entry)
        if (!m) continue
        const key = `${normalisePypiName(m[1] as string)}@${(m[2] as string).toLowerCase()}`
        if (!index.has(key)) index.set(key, { root, dir: path.join(root, entry), distInfo: true })
      }
    this.pypiIndex = index
    return index
  }
}
