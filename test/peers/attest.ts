/**
 * The stand-in of actions/attest@1e69f48acb82d1966a394da916b4c1698aa569d6 (v4.2.2), with
 * @actions/attest 3.2.0 and @sigstore/oci 0.7.2 as that commit locks them: the same inputs and
 * checks and error messages (src/index.ts, main.ts, detect.ts, subject.ts, artifacts.ts, sbom.ts,
 * predicate.ts), the provenance predicate built from the job's verified OIDC claims, a DSSE
 * in-toto statement signed for real with @sigstore/sign against the local Sigstore (public-good
 * instance with Rekor for public repositories, GitHub's with a timestamp authority otherwise),
 * stored through the local GitHub API, and with push-to-registry attached to the image in a real
 * registry the way @sigstore/oci does it (referrers tag schema when the registry has no referrers
 * API). The token's permissions are the job's when the github-token input is the job's token:
 * without `attestations: write` the API's 403 is modelled, as is the storage record's without
 * `artifact-metadata: write` (neither request is sent then).
 */
import { createHash, X509Certificate } from 'node:crypto'
import { createReadStream, readFileSync, type Stats } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign'
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose'
import type { FakeGitHub } from './github-api.ts'
import { requestIdToken } from './oidc.ts'
import type { Sigstore } from './sigstore.ts'
import { StepFailure, type StepIO } from './workflow/stand-in.ts'

export interface AttestPeers {
  api: FakeGitHub
  sigstore: Sigstore
  registry?: { url: string }
}

type Subject = { name: string; digest: Record<string, string> }
type Predicate = { type: string; params: unknown }

const USER_AGENT = '@actions/attest-3.2.0'
const MAX_SUBJECT_COUNT = 1024
const MAX_SUBJECT_CHECKSUM_SIZE_BYTES = 512 * MAX_SUBJECT_COUNT
const MAX_SIZE_BYTES = 16 * 1024 * 1024
const HEX_STRING_RE = /^[0-9a-fA-F]+$/
const SUPPORTED_DIGEST_ALGORITHMS: Record<string, number> = {
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
  sha512_224: 56,
  sha512_256: 64,
}
const SLSA_PREDICATE_V1_TYPE = 'https://slsa.dev/provenance/v1'
const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'
const REQUIRED_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt',
]
const highlight = (s: string): string => `\x1B[36m${s}\x1B[39m`
const mute = (s: string): string => `\x1B[38;5;244m${s}\x1B[39m`

/** An Error's `toString()`, as @actions/core prints what setFailed and warning are given. */
const shown = (error: unknown): string =>
  error instanceof Error ? error.toString() : String(error)

// ---- inputs (src/index.ts) ----------------------------------------------------------------------

function inputs(io: StepIO) {
  const get = (name: string): string => (io.inputs[name] ?? '').trim()
  const bool = (name: string): boolean => {
    const v = get(name)
    if (['true', 'True', 'TRUE'].includes(v)) return true
    if (['false', 'False', 'FALSE'].includes(v)) return false
    throw new TypeError(
      `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``,
    )
  }
  return {
    subjectPath: get('subject-path'),
    subjectName: get('subject-name'),
    subjectDigest: get('subject-digest'),
    subjectChecksums: get('subject-checksums'),
    sbomPath: get('sbom-path'),
    predicateType: get('predicate-type'),
    predicate: get('predicate'),
    predicatePath: get('predicate-path'),
    pushToRegistry: bool('push-to-registry'),
    createStorageRecord: bool('create-storage-record'),
    subjectVersion: get('subject-version'),
    showSummary: bool('show-summary'),
    githubToken: get('github-token'),
    privateSigning: ['true', 'True', 'TRUE', '1'].includes(get('private-signing')),
  }
}
type Inputs = ReturnType<typeof inputs>

// ---- subjects (src/subject.ts, src/artifacts.ts) -------------------------------------------------

/** csv-parse with relaxQuotes, relaxColumnCount, skipEmptyLines: every field of every record. */
function parseSubjectPathList(input: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  let fieldStart = true
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? ''
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && fieldStart) {
      quoted = true
      fieldStart = false
    } else if (ch === ',' || ch === '\n' || ch === '\r') {
      fields.push(field)
      field = ''
      fieldStart = true
    } else {
      field += ch
      fieldStart = false
    }
  }
  fields.push(field)
  return fields.filter(item => item).map(p => p.trim())
}

/** A glob pattern as @actions/glob matches it (minimatch with dot: true): a regular expression over absolute paths. */
function globRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? ''
    if (ch === '*' && pattern[i + 1] === '*') {
      const atStart = i === 0 || pattern[i - 1] === '/'
      const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/'
      if (atStart && atEnd) {
        if (i + 2 === pattern.length) re = re.replace(/\/$/, '') + '(?:/.*)?'
        else {
          re += '(?:[^/]*/)*'
          i++
        }
        i++
        continue
      }
    }
    if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end === -1) re += '\\['
      else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\')
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
        i = end
      }
    } else re += ch.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

async function walk(root: string, seen = new Set<string>()): Promise<string[]> {
  let stat: Stats
  try {
    stat = await fs.stat(root)
  } catch {
    return []
  }
  if (!stat.isDirectory()) return [root]
  const real = await fs.realpath(root)
  if (seen.has(real)) return []
  seen.add(real)
  const out = [root]
  for (const name of (await fs.readdir(root)).sort())
    out.push(...(await walk(path.join(root, name), seen)))
  return out
}

/** @actions/glob: include and `!` exclude patterns; a matched directory matches all its descendants. */
async function globPaths(patterns: string[], cwd: string, home: string): Promise<string[]> {
  const parsed = patterns
    .map(p => p.trim())
    .filter(p => p && !p.startsWith('#'))
    .map(p => {
      const negate = p.startsWith('!')
      let body = negate ? p.slice(1).trim() : p
      if (body === '~' || body.startsWith('~/')) body = home + body.slice(1)
      const absolute = path.resolve(cwd, body)
      const segments = absolute.split('/')
      const literal = segments.findIndex(s => /[*?[]/.test(s))
      const searchPath = literal === -1 ? absolute : segments.slice(0, literal).join('/') || '/'
      return { negate, re: globRegExp(absolute), searchPath }
    })
  const under = (p: string, dirs: string[]) => dirs.some(d => p === d || p.startsWith(`${d}/`))
  const matched = new Set<string>()
  for (const { negate, re, searchPath } of parsed) {
    if (negate) continue
    const all = await walk(searchPath)
    const hits = all.filter(p => re.test(p))
    for (const p of all) if (under(p, hits)) matched.add(p)
  }
  const excludes = parsed.filter(p => p.negate)
  const result: string[] = []
  for (const p of [...matched].sort()) {
    const excludedDirs = excludes.flatMap(e => {
      const parts = p.split('/')
      return parts.map((_, i) => parts.slice(0, i + 1).join('/')).filter(q => e.re.test(q))
    })
    if (!under(p, excludedDirs)) result.push(p)
  }
  return result
}

async function digestFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export function parseSubjectDigest(input: string): { algorithm: string; digest: string } {
  const match = /^([^:]+):([^:]+)$/.exec(input)
  if (!match) throw new Error('subject-digest must be in the format "algorithm:hex_digest"')
  const algorithm = match[1] ?? ''
  const digest = match[2] ?? ''
  const expectedLength = SUPPORTED_DIGEST_ALGORITHMS[algorithm]
  if (expectedLength === undefined)
    throw new Error(`subject-digest has unsupported algorithm "${algorithm}"`)
  if (!HEX_STRING_RE.test(digest)) throw new Error('subject-digest has invalid hex digits')
  if (digest.length !== expectedLength)
    throw new Error(
      `subject-digest has invalid length for algorithm "${algorithm}" (expected ${expectedLength}, got ${digest.length})`,
    )
  return { algorithm, digest }
}

function subjectsFromChecksumsString(checksums: string): Subject[] {
  const subjects: Subject[] = []
  for (const record of checksums.split(/\r?\n/).filter(Boolean)) {
    const delimIndex = record.indexOf(' ')
    if (delimIndex === -1) continue
    const flagAndName = record.slice(delimIndex + 1)
    const name =
      flagAndName.startsWith('*') || flagAndName.startsWith(' ')
        ? flagAndName.slice(1)
        : flagAndName
    if (/[\r\n]/.test(name)) throw new Error(`Invalid subject name (contains a newline): ${name}`)
    const digest = record.slice(0, delimIndex)
    if (!HEX_STRING_RE.test(digest)) throw new Error(`Invalid digest: ${digest}`)
    const alg = digest.length === 64 ? 'sha256' : digest.length === 128 ? 'sha512' : undefined
    if (!alg) throw new Error(`Unknown digest algorithm: ${digest}`)
    if (!subjects.some(s => s.name === name && s.digest[alg] === digest))
      subjects.push({ name, digest: { [alg]: digest } })
  }
  return subjects
}

/** src/artifacts.ts: the runner-provided $GITHUB_ARTIFACTS_LIST. */
export function parseArtifactsList(
  content: string,
  options: { downcaseOCI?: boolean; requireSingleOCI?: boolean } = {},
): Subject[] {
  if (content.charCodeAt(0) === 0xfeff)
    throw new Error('Artifacts list file contains a UTF-8 BOM; the file must be plain UTF-8')
  if (content.trim() === '') return []
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch {
    throw new Error('Artifacts list file contains invalid JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('Artifacts list must be a JSON object')
  const obj = data as Record<string, unknown>
  if (obj.version !== 1)
    throw new Error(
      `Unsupported artifacts list version: ${JSON.stringify(obj.version)} (expected 1)`,
    )
  if (!Array.isArray(obj.subjects)) throw new Error('Artifacts list is missing a "subjects" array')
  const subjects: Subject[] = []
  const seen = new Map<string, { kind: string; digest: string }>()
  obj.subjects.forEach((entry: unknown, i: number) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new Error(`Artifacts list entry ${i}: must be a JSON object`)
    const e = entry as Record<string, unknown>
    if (typeof e.name !== 'string' || e.name === '')
      throw new Error(`Artifacts list entry ${i}: "name" must be a non-empty string`)
    if (typeof e.kind !== 'string')
      throw new Error(`Artifacts list entry ${i}: "kind" must be a string`)
    const kind = e.kind
    if (kind !== 'file' && kind !== 'oci')
      throw new Error(
        `Artifacts list entry ${i}: unsupported kind "${kind}" (expected "file" or "oci")`,
      )
    if (typeof e.digest !== 'string' || e.digest === '')
      throw new Error(`Artifacts list entry ${i}: "digest" must be a non-empty string`)
    const digest = e.digest
    const colon = digest.indexOf(':')
    if (colon === -1)
      throw new Error(`Artifacts list entry ${i}: digest must be in the format "algorithm:hex"`)
    const algorithm = digest.slice(0, colon)
    const hex = digest.slice(colon + 1)
    if (algorithm !== 'sha256')
      throw new Error(
        `Artifacts list entry ${i}: algorithm "${algorithm}" is not allowed for kind "${kind}" (allowed: sha256)`,
      )
    if (!HEX_STRING_RE.test(hex))
      throw new Error(`Artifacts list entry ${i}: digest contains invalid hex characters`)
    if (hex.length !== 64)
      throw new Error(
        `Artifacts list entry ${i}: digest has ${hex.length} hex characters but "${algorithm}" requires exactly 64`,
      )
    const name = options.downcaseOCI && kind === 'oci' ? e.name.toLowerCase() : e.name
    const prev = seen.get(name)
    if (prev) {
      if (prev.kind === kind && prev.digest === digest) return
      throw new Error(
        `Artifacts list entry ${i}: duplicate name "${name}" with conflicting kind or digest`,
      )
    }
    seen.set(name, { kind, digest })
    subjects.push({ name, digest: { [algorithm]: hex } })
  })
  if (options.requireSingleOCI && subjects.length > 0) {
    if ([...seen.values()].some(v => v.kind !== 'oci'))
      throw new Error(
        'push-to-registry requires an OCI subject but the discovered artifacts list contains file-kind subjects',
      )
    if (subjects.length > 1)
      throw new Error(
        'push-to-registry requires exactly one subject but the discovered artifacts list contains multiple subjects',
      )
  }
  return subjects
}

async function subjectsFromInputs(io: StepIO, i: Inputs): Promise<Subject[]> {
  const cwd = io.workspace
  const downcaseName = i.pushToRegistry
  const enabled = [i.subjectPath, i.subjectDigest, i.subjectChecksums].filter(Boolean)
  if (enabled.length === 0) {
    const listPath = io.env.GITHUB_ARTIFACTS_LIST
    if (listPath && listPath.trim() !== '') {
      let raw: string
      try {
        raw = await fs.readFile(path.resolve(cwd, listPath), 'utf-8')
      } catch (error) {
        throw new Error(
          `Failed to read artifacts list at "${listPath}": ${error instanceof Error ? error.message : String(error)}`,
        )
      }
      const discovered = parseArtifactsList(raw, {
        downcaseOCI: downcaseName,
        requireSingleOCI: downcaseName,
      })
      if (discovered.length > MAX_SUBJECT_COUNT)
        throw new Error(
          `Too many subjects specified (>${MAX_SUBJECT_COUNT}). The maximum number of subjects is ${MAX_SUBJECT_COUNT}.`,
        )
      if (discovered.length > 0) return discovered
    }
    throw new Error('One of subject-path, subject-digest, or subject-checksums must be provided')
  }
  if (enabled.length > 1)
    throw new Error(
      'Only one of subject-path, subject-digest, or subject-checksums may be provided',
    )
  if (i.subjectDigest && !i.subjectName)
    throw new Error('subject-name must be provided when using subject-digest')
  const name = downcaseName ? i.subjectName.toLowerCase() : i.subjectName

  if (i.subjectPath) {
    const paths = await globPaths(
      parseSubjectPathList(i.subjectPath),
      cwd,
      io.env.HOME ?? os.homedir(),
    )
    const files: string[] = []
    for (const p of paths) {
      if ((await fs.stat(p)).isFile()) {
        if (files.length >= MAX_SUBJECT_COUNT)
          throw new Error(
            `Too many subjects specified (>${MAX_SUBJECT_COUNT}). The maximum number of subjects is ${MAX_SUBJECT_COUNT}.`,
          )
        files.push(p)
      }
    }
    const subjects: Subject[] = []
    for (const file of files) {
      const subjectName = name || path.parse(file).base
      const digest = await digestFile(file)
      if (!subjects.some(s => s.name === subjectName && s.digest.sha256 === digest))
        subjects.push({ name: subjectName, digest: { sha256: digest } })
    }
    if (subjects.length === 0) throw new Error(`Could not find subject at path ${i.subjectPath}`)
    return subjects
  }
  if (i.subjectDigest) {
    const { algorithm, digest } = parseSubjectDigest(i.subjectDigest)
    return [{ name, digest: { [algorithm]: digest } }]
  }
  const checksumsPath = path.resolve(cwd, i.subjectChecksums)
  let isPath = true
  try {
    await fs.access(checksumsPath)
  } catch {
    isPath = false
  }
  if (!isPath) return subjectsFromChecksumsString(i.subjectChecksums)
  const stats = await fs.stat(checksumsPath)
  if (!stats.isFile()) throw new Error(`subject checksums file not found: ${i.subjectChecksums}`)
  if (stats.size > MAX_SUBJECT_CHECKSUM_SIZE_BYTES)
    throw new Error(
      `subject checksums file exceeds maximum allowed size: ${MAX_SUBJECT_CHECKSUM_SIZE_BYTES} bytes`,
    )
  return subjectsFromChecksumsString(await fs.readFile(checksumsPath, 'utf-8'))
}

const formatSubjectDigest = (subject: Subject): string => {
  const alg = Object.keys(subject.digest).sort()[0] ?? ''
  return `${alg}:${subject.digest[alg] ?? ''}`
}

// ---- predicates (provenance via @actions/attest, sbom.ts, predicate.ts) --------------------------

/** @actions/attest's getIDTokenClaims: a token for audience "nobody", verified against the issuer's JWKS. */
async function idTokenClaims(io: StepIO, sigstore: Sigstore): Promise<Record<string, unknown>> {
  const serverURL = io.env.GITHUB_SERVER_URL || 'https://github.com'
  if (![/https:\/\/github\.com/, /^https:\/\/[a-z0-9-]+\.ghe\.com$/].some(re => re.test(serverURL)))
    throw new Error(`Invalid server URL: ${serverURL}`)
  let host = new URL(serverURL).hostname
  if (host === 'github.com') host = 'githubusercontent.com'
  const issuer = `https://token.actions.${host}`
  try {
    const token = await requestIdToken(io.env, 'nobody')
    io.setSecret(token)
    // The issuer's discovery document, as token.actions.githubusercontent.com serves it: here the local issuer's.
    const config = (await (
      await fetch(`${sigstore.oidc.url}/.well-known/openid-configuration`)
    ).json()) as { jwks_uri?: string }
    if (!config.jwks_uri) throw new Error('No OpenID configuration found')
    const jwks = (await (await fetch(config.jwks_uri)).json()) as JSONWebKeySet
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { audience: 'nobody' })
    if (!payload.iss) throw new Error('Missing "iss" claim')
    if (!payload.iss.startsWith(issuer)) throw new Error(`Unexpected "iss" claim: ${payload.iss}`)
    const missing = REQUIRED_CLAIMS.filter(c => !(c in payload))
    if (missing.length > 0) throw new Error(`Missing claims: ${missing.join(', ')}`)
    return payload
  } catch (error) {
    throw new Error(
      `Failed to get ID token: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** @actions/attest's buildSLSAProvenancePredicate. */
async function provenancePredicate(io: StepIO, sigstore: Sigstore): Promise<Predicate> {
  const serverURL = io.env.GITHUB_SERVER_URL
  const claims = await idTokenClaims(io, sigstore)
  const c = (name: string): string => String(claims[name])
  const [workflowPath] = c('workflow_ref')
    .replace(`${c('repository')}/`, '')
    .split('@')
  return {
    type: SLSA_PREDICATE_V1_TYPE,
    params: {
      buildDefinition: {
        buildType: GITHUB_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: claims.ref,
            repository: `${serverURL}/${c('repository')}`,
            path: workflowPath,
          },
        },
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment,
          },
        },
        resolvedDependencies: [
          {
            uri: `git+${serverURL}/${c('repository')}@${c('ref')}`,
            digest: { gitCommit: claims.sha },
          },
        ],
      },
      runDetails: {
        builder: { id: `${serverURL}/${c('job_workflow_ref')}` },
        metadata: {
          invocationId: `${serverURL}/${c('repository')}/actions/runs/${c('run_id')}/attempts/${c('run_attempt')}`,
        },
      },
    },
  }
}

async function sbomPredicate(sbomPath: string): Promise<Predicate> {
  let stats: Stats
  try {
    stats = await fs.stat(sbomPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('SBOM file not found')
    throw error
  }
  if (stats.size > MAX_SIZE_BYTES)
    throw new Error(`SBOM file exceeds maximum allowed size: ${MAX_SIZE_BYTES} bytes`)
  const sbom = JSON.parse(await fs.readFile(sbomPath, 'utf8')) as Record<string, unknown> | null
  if (sbom?.spdxVersion && sbom.SPDXID) {
    const version =
      (typeof sbom.spdxVersion === 'string' ? sbom.spdxVersion : '').split('-')[1] ?? ''
    return { type: `https://spdx.dev/Document/v${version}`, params: sbom }
  }
  if (sbom?.bomFormat && sbom.serialNumber && sbom.specVersion)
    return { type: 'https://cyclonedx.org/bom', params: sbom }
  throw new Error('Unsupported SBOM format. Must be valid SPDX or CycloneDX JSON.')
}

async function customPredicate(i: Inputs, cwd: string): Promise<Predicate> {
  if (!i.predicateType) throw new Error('predicate-type must be provided')
  if (!i.predicatePath && !i.predicate)
    throw new Error('One of predicate-path or predicate must be provided')
  if (i.predicatePath && i.predicate)
    throw new Error('Only one of predicate-path or predicate may be provided')
  let params = i.predicate
  if (i.predicatePath) {
    const file = path.resolve(cwd, i.predicatePath)
    try {
      await fs.access(file)
    } catch {
      throw new Error(`predicate file not found: ${i.predicatePath}`)
    }
    if ((await fs.stat(file)).size > MAX_SIZE_BYTES)
      throw new Error(`predicate file exceeds maximum allowed size: ${MAX_SIZE_BYTES} bytes`)
    params = await fs.readFile(file, 'utf-8')
  } else if (i.predicate.length > MAX_SIZE_BYTES) {
    throw new Error(`predicate string exceeds maximum allowed size: ${MAX_SIZE_BYTES} bytes`)
  }
  return { type: i.predicateType, params: JSON.parse(params) as unknown }
}

// ---- the GitHub API (Octokit with @octokit/plugin-retry, as @actions/attest calls it) ------------

class RequestError extends Error {
  status: number
  constructor(message: string, status: number) {
    super(message)
    this.name = 'HttpError'
    this.status = status
  }
}

async function githubRequest(
  io: StepIO,
  token: string,
  method: string,
  route: string,
  body?: unknown,
  retries = 0,
): Promise<Record<string, unknown>> {
  const apiUrl = typeof io.github.api_url === 'string' ? io.github.api_url : ''
  const base = (io.env.GITHUB_API_URL || apiUrl).replace(/\/+$/, '')
  for (let attempt = 0; ; attempt++) {
    const r = await fetch(`${base}${route}`, {
      method,
      headers: {
        Accept: 'application/vnd.github.v3+json',
        Authorization: `Bearer ${token}`,
        'User-Agent': USER_AGENT,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await r.text()
    let data: unknown = text
    try {
      data = text ? JSON.parse(text) : ''
    } catch {
      data = text
    }
    if (r.status < 400)
      return (typeof data === 'object' && data ? data : {}) as Record<string, unknown>
    const d = data as { message?: unknown; documentation_url?: unknown; errors?: unknown }
    const suffix =
      typeof d === 'object' && 'documentation_url' in d ? ` - ${String(d.documentation_url)}` : ''
    const message =
      typeof data === 'string'
        ? data
        : typeof d.message === 'string'
          ? Array.isArray(d.errors)
            ? `${d.message}: ${d.errors.map(v => JSON.stringify(v)).join(', ')}${suffix}`
            : `${d.message}${suffix}`
          : `Unknown error: ${JSON.stringify(data)}`
    const error = new RequestError(message, r.status)
    if ([400, 401, 403, 404, 410, 422, 451].includes(r.status) || attempt >= retries) throw error
    await new Promise(resolve => setTimeout(resolve, (attempt + 1) ** 2 * 1000))
  }
}

// ---- OCI (@sigstore/oci 0.7.2) -------------------------------------------------------------------

const CONTENT_TYPE_OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const CONTENT_TYPE_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const CONTENT_TYPE_EMPTY_DESCRIPTOR = 'application/vnd.oci.empty.v1+json'
const CONTENT_TYPE_OCTET_STREAM = 'application/octet-stream'
const ALL_MANIFEST_MEDIA_TYPES = [
  CONTENT_TYPE_OCI_INDEX,
  CONTENT_TYPE_OCI_MANIFEST,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(',')
const ZERO_DIGEST = `sha256:${'0'.repeat(64)}`

export class HTTPError extends Error {
  statusCode: number
  constructor(message: string, statusCode: number) {
    super(message)
    this.statusCode = statusCode
  }
}

const ensureStatus = (expected: number) => (r: Response) => {
  if (r.status !== expected)
    throw new HTTPError(
      `Error fetching ${r.url} - expected ${expected}, received ${r.status}`,
      r.status,
    )
  return r
}

/** @sigstore/oci's parseImageName: a fully qualified `registry/path`. */
export function parseImageName(image: string): { registry: string; path: string } {
  const nameComponent = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*'
  const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
  const re = new RegExp(
    `^(${domainComponent}(?:\\.${domainComponent})*(?::[0-9]+)?)\\/(${nameComponent}(?:\\/${nameComponent})*)$`,
  )
  const m = re.exec(image)
  if (!m) throw new Error(`Invalid image name: ${image}`)
  return { registry: m[1] ?? '', path: m[2] ?? '' }
}

/** artifacts.ts bareImageName: drop a `@digest` and a `:tag` (not a registry port). */
export function bareImageName(name: string): string {
  const at = name.indexOf('@')
  const ref = at === -1 ? name : name.slice(0, at)
  const lastSlash = ref.lastIndexOf('/')
  const lastColon = ref.lastIndexOf(':')
  return lastColon > lastSlash ? ref.slice(0, lastColon) : ref
}

export interface RegistryCredentials {
  username: string
  password: string
  headers?: Record<string, string>
}

const canonicalRegistry = (value: string): string => {
  const host = value.replace(/^https?:\/\//, '').split('/')[0] ?? ''
  return ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host)
    ? 'docker.io'
    : host
}

/** @sigstore/oci getRegistryCredentials: `~/.docker/config.json` of the step's HOME (it does not read DOCKER_CONFIG). */
export function registryCredentials(
  imageName: string,
  configFile: string,
  readFile: (file: string) => string,
): RegistryCredentials {
  const { registry } = parseImageName(imageName)
  let content: string
  try {
    content = readFile(configFile)
  } catch (error) {
    throw new Error(`No credential file found at ${configFile}`, { cause: error })
  }
  const config = JSON.parse(content) as {
    auths?: Record<string, { auth?: string; identitytoken?: string }>
    HttpHeaders?: Record<string, string>
  }
  const target = canonicalRegistry(registry)
  const key = Object.keys(config.auths ?? {}).find(k => canonicalRegistry(k) === target)
  const creds = key ? config.auths?.[key] : undefined
  if (!creds) throw new Error(`No credentials found for registry ${registry}`)
  const [username = '', ...rest] = Buffer.from(creds.auth ?? '', 'base64')
    .toString()
    .split(':')
  const password = creds.identitytoken ? creds.identitytoken : rest.join(':')
  return { ...(config.HttpHeaders ? { headers: config.HttpHeaders } : {}), username, password }
}

export class RegistryClient {
  readonly #base: string
  readonly #repository: string
  #headers: Record<string, string> = {}

  constructor(registry: string, repository: string) {
    const hostname = new URL(`http://${registry}`).hostname
    this.#base = `${hostname === 'localhost' || hostname === '127.0.0.1' ? 'http' : 'https'}://${registry}`
    this.#repository = repository
  }

  async #fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(this.#base).origin
    let current = url
    for (let hop = 0; hop <= 20; hop++) {
      const sameOrigin = new URL(current).origin === origin
      const headers = {
        ...(sameOrigin ? this.#headers : {}),
        ...(init.headers as Record<string, string>),
      }
      let r: Response | undefined
      for (let attempt = 0; ; attempt++) {
        r = await fetch(current, { ...init, headers, redirect: 'manual' })
        if (!([408, 429].includes(r.status) || r.status >= 500) || attempt >= 3) break
        await new Promise(resolve => setTimeout(resolve, 1000 * 2 ** attempt))
      }
      if (![301, 302, 303, 307, 308].includes(r.status)) return r
      const location = r.headers.get('location')
      if (!location) throw new Error(`redirect location header missing for: ${current}`)
      current = new URL(location, current).href
    }
    throw new Error(`maximum redirect reached at: ${current}`)
  }

  /** The auth challenge of a blob upload: Basic, or a Bearer token from the challenge's realm. */
  async signIn(creds: RegistryCredentials): Promise<void> {
    if (creds.headers) this.#headers = { ...this.#headers, ...creds.headers }
    const probe = await this.#fetch(`${this.#base}/v2/${this.#repository}/blobs/uploads/`, {
      method: 'POST',
    })
    if (probe.status === 200) return
    const challenge = probe.headers.get('www-authenticate') ?? ''
    const [scheme = '', ...rest] = challenge.split(' ')
    if (!['Basic', 'Bearer'].includes(scheme)) throw new Error(`Invalid challenge: ${challenge}`)
    const params = rest.join(' ')
    const param = (re: RegExp) => re.exec(params)?.[1] ?? ''
    const basic = Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
    if (scheme === 'Basic') {
      this.#headers.Authorization = `Basic ${basic}`
      return
    }
    let token: string | undefined
    if (creds.username === '<token>') {
      token = await fetch(param(/realm="(.+?)"/), {
        method: 'POST',
        body: new URLSearchParams({
          service: param(/service="(.+?)"/),
          scope: param(/scope="(.+?)"/),
          username: creds.username,
          password: creds.password,
          grant_type: 'password',
        }),
      })
        .then(ensureStatus(200))
        .then(async r => ((await r.json()) as { access_token?: string }).access_token)
        .catch(() => undefined)
    }
    if (!token) {
      const auth = new URL(param(/realm="(.+?)"/))
      auth.searchParams.set('service', param(/service="(.+?)"/))
      auth.searchParams.set('scope', param(/scope="(.+?)"/))
      const r = await fetch(auth, { headers: { Authorization: `Basic ${basic}` } }).then(
        ensureStatus(200),
      )
      const json = (await r.json()) as { access_token?: string; token?: string }
      token = json.access_token || json.token
    }
    this.#headers.Authorization = `Bearer ${token ?? ''}`
  }

  async checkManifest(
    reference: string,
  ): Promise<{ mediaType: string; digest: string; size: number }> {
    const r = await this.#fetch(`${this.#base}/v2/${this.#repository}/manifests/${reference}`, {
      method: 'HEAD',
      headers: { Accept: ALL_MANIFEST_MEDIA_TYPES },
    }).then(ensureStatus(200))
    return {
      mediaType: r.headers.get('content-type') ?? '',
      digest: r.headers.get('docker-content-digest') ?? '',
      size: Number(r.headers.get('content-length')) || 0,
    }
  }

  async getManifest(
    reference: string,
  ): Promise<{ body: unknown; mediaType: string; etag?: string }> {
    const r = await this.#fetch(`${this.#base}/v2/${this.#repository}/manifests/${reference}`, {
      headers: { Accept: ALL_MANIFEST_MEDIA_TYPES },
    }).then(ensureStatus(200))
    const etag = r.headers.get('etag') ?? undefined
    return {
      body: await r.json(),
      mediaType: r.headers.get('content-type') ?? '',
      ...(etag ? { etag } : {}),
    }
  }

  async uploadBlob(blob: Buffer): Promise<{ mediaType: string; digest: string; size: number }> {
    const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`
    const head = await this.#fetch(`${this.#base}/v2/${this.#repository}/blobs/${digest}`, {
      method: 'HEAD',
    })
    if (head.status !== 200) {
      const postURL = `${this.#base}/v2/${this.#repository}/blobs/uploads/`
      const post = await this.#fetch(postURL, { method: 'POST' }).then(ensureStatus(202))
      const location = post.headers.get('location')
      if (!location) throw new Error('Missing location for blob upload')
      const upload = new URL(location, post.url || postURL)
      upload.searchParams.set('digest', digest)
      await this.#fetch(upload.href, {
        method: 'PUT',
        body: blob,
        headers: { 'Content-Type': CONTENT_TYPE_OCTET_STREAM },
      }).then(ensureStatus(201))
    }
    return { mediaType: CONTENT_TYPE_OCTET_STREAM, digest, size: blob.length }
  }

  async uploadManifest(
    manifest: string,
    options: { mediaType?: string; reference?: string; etag?: string } = {},
  ): Promise<{ mediaType: string; digest: string; size: number; subjectDigest?: string }> {
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    const mediaType = options.mediaType ?? CONTENT_TYPE_OCI_MANIFEST
    const r = await this.#fetch(
      `${this.#base}/v2/${this.#repository}/manifests/${options.reference ?? digest}`,
      {
        method: 'PUT',
        body: manifest,
        headers: {
          'Content-Type': mediaType,
          ...(options.etag ? { 'If-Match': options.etag } : {}),
        },
      },
    ).then(ensureStatus(201))
    const subjectDigest = r.headers.get('oci-subject') ?? undefined
    return {
      mediaType,
      digest,
      size: Buffer.byteLength(manifest),
      ...(subjectDigest ? { subjectDigest } : {}),
    }
  }

  async pingReferrers(): Promise<boolean> {
    const r = await this.#fetch(`${this.#base}/v2/${this.#repository}/referrers/${ZERO_DIGEST}`)
    await r.arrayBuffer()
    return r.status === 200
  }
}

class OCIError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause })
    this.name = 'OCIError'
  }
}

/** @sigstore/oci attachArtifactToImage: the artifact as an OCI manifest whose subject is the image. */
export async function attachArtifactToImage(opts: {
  credentials: RegistryCredentials
  imageName: string
  imageDigest: string
  artifact: Buffer
  mediaType: string
  annotations: Record<string, string>
}): Promise<{ mediaType: string; digest: string; size: number }> {
  const image = parseImageName(opts.imageName)
  const registry = image.registry.endsWith('docker.io') ? 'registry-1.docker.io' : image.registry
  const client = new RegistryClient(registry, image.path)
  const annotations = {
    'org.opencontainers.image.created': new Date().toISOString(),
    ...opts.annotations,
  }
  try {
    await client.signIn(opts.credentials)
    const subject = await client.checkManifest(opts.imageDigest)
    const artifactBlob = await client.uploadBlob(opts.artifact)
    const emptyBlob = await client.uploadBlob(Buffer.from('{}'))
    const manifest = {
      schemaVersion: 2,
      mediaType: CONTENT_TYPE_OCI_MANIFEST,
      artifactType: opts.mediaType,
      config: { ...emptyBlob, mediaType: CONTENT_TYPE_EMPTY_DESCRIPTOR },
      layers: [{ ...artifactBlob, mediaType: opts.mediaType }],
      subject,
      annotations,
    }
    const descriptor = await client.uploadManifest(JSON.stringify(manifest))
    const referrersSupported = await client.pingReferrers()
    if (!descriptor.subjectDigest || !referrersSupported) {
      const { subjectDigest: _ignored, ...plain } = descriptor
      const tag = opts.imageDigest.replace(':', '-')
      let index: { mediaType: string; schemaVersion: number; manifests: { digest: string }[] }
      let etag: string | undefined
      try {
        const existing = await client.getManifest(tag)
        if (existing.mediaType !== CONTENT_TYPE_OCI_INDEX)
          throw new Error(
            `Expected referrer manifest type ${CONTENT_TYPE_OCI_INDEX}, got ${existing.mediaType}`,
          )
        index = existing.body as typeof index
        etag = existing.etag
      } catch (error) {
        if (error instanceof HTTPError && error.statusCode === 404)
          index = { mediaType: CONTENT_TYPE_OCI_INDEX, schemaVersion: 2, manifests: [] }
        else throw error
      }
      if (!index.manifests.some(m => m.digest === plain.digest)) {
        index.manifests.push({ ...plain, artifactType: opts.mediaType, annotations } as {
          digest: string
        })
        await client.uploadManifest(JSON.stringify(index), {
          mediaType: CONTENT_TYPE_OCI_INDEX,
          reference: tag,
          ...(etag ? { etag } : {}),
        })
      }
    }
    return descriptor
  } catch (error) {
    throw new OCIError('Error uploading artifact to container registry', error)
  }
}

// ---- the action (main.ts, attest.ts) -------------------------------------------------------------

export async function attest(io: StepIO, peers: AttestPeers): Promise<void> {
  let i: Inputs
  try {
    i = inputs(io)
  } catch (error) {
    throw new StepFailure(shown(error))
  }
  const event = (io.github.event ?? {}) as { repository?: { visibility?: string } }
  const instance: 'public-good' | 'github' =
    event.repository?.visibility === 'public' && !i.privateSigning ? 'public-good' : 'github'
  const [owner = '', repo = ''] = (io.env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = io.env.GITHUB_SERVER_URL || 'https://github.com'
  const attestationURL = (id: string) => `${serverUrl}/${owner}/${repo}/attestations/${id}`
  const jobToken = typeof io.github.token === 'string' ? io.github.token : undefined
  const can = (scope: string) =>
    (jobToken !== undefined && i.githubToken !== jobToken) || io.permissions[scope] === 'write'

  try {
    if (!io.env.ACTIONS_ID_TOKEN_REQUEST_URL)
      throw new Error(
        'missing "id-token" permission. Please add "permissions: id-token: write" to your workflow.',
      )
    if (i.sbomPath && (i.predicateType || i.predicate || i.predicatePath))
      throw new Error(
        'Cannot specify sbom-path together with predicate-type, predicate, or predicate-path',
      )
    if ((i.predicate || i.predicatePath) && !i.predicateType)
      throw new Error('predicate-type is required when using predicate or predicate-path')
    const type = i.sbomPath
      ? 'sbom'
      : i.predicateType || i.predicate || i.predicatePath
        ? 'custom'
        : 'provenance'
    io.log(
      `Attestation type: ${{ provenance: 'Build Provenance', sbom: 'SBOM', custom: 'Custom' }[type]}`,
    )

    const subjects = await subjectsFromInputs(io, i)
    if (i.pushToRegistry) {
      if (subjects.length !== 1)
        throw new Error(
          `push-to-registry requires exactly one subject but ${subjects.length} subjects were resolved`,
        )
      const algorithms = Object.keys(subjects[0]?.digest ?? {})
      if (algorithms.some(a => a !== 'sha256') || !algorithms.includes('sha256'))
        throw new Error(
          `push-to-registry requires a subject with a SHA-256 digest but the subject has: ${algorithms.join(', ')}`,
        )
    }

    const predicate =
      type === 'provenance'
        ? await provenancePredicate(io, peers.sigstore)
        : type === 'sbom'
          ? await sbomPredicate(path.resolve(io.workspace, i.sbomPath))
          : await customPredicate(i, io.workspace)

    const baseDir = io.env.RUNNER_TEMP
    if (!baseDir) throw new Error('Missing RUNNER_TEMP environment variable')
    const outputPath = path.join(await fs.mkdtemp(path.join(baseDir, path.sep)), 'attestation.json')
    io.setOutput('bundle-path', outputPath)

    // @actions/attest attest(): the statement, signed, then stored.
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
      predicateType: predicate.type,
      predicate: predicate.params,
    }
    const endpoints = peers.sigstore.instances[instance]
    const identityProvider = {
      getToken: async (): Promise<string> => {
        if (io.env.ACTIONS_ID_TOKEN_REQUEST_URL && io.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
          return requestIdToken(io.env, 'sigstore')
        if (io.env.SIGSTORE_ID_TOKEN) return io.env.SIGSTORE_ID_TOKEN
        throw new Error('CI: no tokens available')
      },
    }
    const witnesses: Witness[] = []
    if (endpoints.rekorURL)
      witnesses.push(
        new RekorWitness({
          rekorBaseURL: endpoints.rekorURL,
          fetchOnConflict: true,
          timeout: 10000,
          retry: 3,
        }),
      )
    if (endpoints.tsaURL)
      witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, timeout: 10000, retry: 3 }))
    const signed = await new DSSEBundleBuilder({
      signer: new FulcioSigner({
        identityProvider,
        fulcioBaseURL: endpoints.fulcioURL,
        timeout: 10000,
        retry: 3,
      }),
      witnesses,
    }).create({
      data: Buffer.from(JSON.stringify(statement)),
      type: 'application/vnd.in-toto+json',
    })
    const bundle: SerializedBundle = bundleToJSON(signed)
    const material = signed.verificationMaterial.content
    const certBytes =
      material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : material.$case === 'certificate'
          ? material.certificate.rawBytes
          : undefined
    if (!certBytes) throw new Error('Bundle must contain an x509 certificate')
    const certificate = new X509Certificate(certBytes).toString()
    const tlogID = signed.verificationMaterial.tlogEntries[0]?.logIndex

    let attestationID: string | undefined
    try {
      if (!owner || !repo)
        throw new Error(
          "context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'",
        )
      if (!can('attestations'))
        throw new RequestError(
          'Resource not accessible by integration - https://docs.github.com/rest/repos/attestations#create-an-attestation',
          403,
        )
      const data = await githubRequest(
        io,
        i.githubToken,
        'POST',
        `/repos/${owner}/${repo}/attestations`,
        { bundle },
        5,
      )
      attestationID =
        typeof data.id === 'number' || typeof data.id === 'string' ? String(data.id) : undefined
    } catch (error) {
      throw new Error(
        `Failed to persist attestation: ${error instanceof Error ? error.message : String(error)}`,
      )
    }

    let attestationDigest: string | undefined
    let storageRecordIds: number[] | undefined
    if (subjects.length === 1 && i.pushToRegistry) {
      const subject = subjects[0] as Subject
      const imageName = bareImageName(subject.name)
      const home = io.env.HOME || os.homedir()
      const credentials = registryCredentials(
        imageName,
        path.join(home, '.docker', 'config.json'),
        file => readFileSync(file, 'utf8'),
      )
      const subjectDigest = formatSubjectDigest(subject)
      const artifact = await attachArtifactToImage({
        credentials,
        imageName,
        imageDigest: subjectDigest,
        artifact: Buffer.from(JSON.stringify(bundle)),
        mediaType: bundle.mediaType,
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': predicate.type,
        },
      })
      attestationDigest = artifact.digest
      if (i.createStorageRecord) {
        try {
          const repository = await githubRequest(
            io,
            i.githubToken,
            'GET',
            `/repos/${owner}/${repo}`,
            undefined,
            3,
          )
          const isOrg = (repository.owner as { type?: string } | undefined)?.type === 'Organization'
          if (isOrg) {
            let url: URL
            try {
              url = new URL(imageName)
            } catch {
              url = new URL(`https://${imageName}`)
            }
            if (url.protocol !== 'https:')
              throw new Error(`Unsupported protocol ${url.protocol} in subject name ${imageName}`)
            let records: number[] | undefined
            try {
              if (!can('artifact-metadata'))
                throw new RequestError(
                  'Resource not accessible by integration - https://docs.github.com/rest/orgs/artifact-metadata#create-an-artifact-metadata-storage-record',
                  403,
                )
              const data = await githubRequest(
                io,
                i.githubToken,
                'POST',
                `/orgs/${owner}/artifacts/metadata/storage-record`,
                {
                  name: imageName,
                  digest: subjectDigest,
                  ...(i.subjectVersion ? { version: i.subjectVersion } : {}),
                  registry_url: url.origin,
                },
                5,
              )
              records = (data.storage_records as { id: number }[] | undefined)?.map(r => r.id)
            } catch (error) {
              throw new Error(
                `Failed to persist storage record: ${error instanceof Error ? error.message : String(error)}`,
              )
            }
            if (!records || records.length === 0) io.warning('No storage records were created.')
            storageRecordIds = records
          }
        } catch (error) {
          io.warning(`Failed to create storage record: ${shown(error)}`)
          io.warning('Please check that the "artifact-metadata:write" permission has been included')
        }
      }
    }

    // logAttestation
    const first = subjects[0]
    io.log(
      subjects.length === 1 && first
        ? `Attestation created for ${first.name}@${formatSubjectDigest(first)}`
        : `Attestation created for ${subjects.length} subjects`,
    )
    io.log(
      highlight(
        `Attestation signed using certificate from ${instance === 'public-good' ? 'Public Good' : 'GitHub'} Sigstore instance`,
      ),
    )
    for (const line of certificate.trimEnd().split('\n')) io.log(line)
    if (tlogID) {
      io.log(highlight('Attestation signature uploaded to Rekor transparency log'))
      io.log(`https://search.sigstore.dev?logIndex=${tlogID}`)
    }
    if (attestationID) {
      io.log(highlight('Attestation uploaded to repository'))
      io.log(attestationURL(attestationID))
    }
    if (attestationDigest) {
      io.log(highlight('Attestation uploaded to registry'))
      io.log(`${first?.name ?? ''}@${attestationDigest}`)
    }
    if (storageRecordIds && storageRecordIds.length > 0) {
      io.log(highlight('Storage record created'))
      io.log(`Storage record IDs: ${storageRecordIds.join(',')}`)
    }

    await fs.writeFile(outputPath, JSON.stringify(bundle) + os.EOL, {
      encoding: 'utf-8',
      flag: 'a',
    })
    await fs.appendFile(path.join(baseDir, 'created_attestation_paths.txt'), outputPath + os.EOL, {
      encoding: 'utf-8',
    })
    if (attestationID) {
      io.setOutput('attestation-id', attestationID)
      io.setOutput('attestation-url', attestationURL(attestationID))
    }
    if (storageRecordIds) io.setOutput('storage-record-ids', storageRecordIds.join(','))
    if (i.showSummary && attestationID) {
      const url = attestationURL(attestationID)
      io.appendSummary(
        `<h3>Attestation Created</h3>${os.EOL}<ul><li><a href="${url}">${url}</a></li></ul>${os.EOL}`,
      )
    }
  } catch (error) {
    if (error instanceof Error && 'cause' in error && error.cause !== undefined)
      io.log(mute(shown(error.cause)))
    throw new StepFailure(shown(error))
  }
}
