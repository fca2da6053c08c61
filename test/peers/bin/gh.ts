/**
 * A stand-in `gh` (run by Node 24 type stripping through the sh wrapper writeGhStandIn writes):
 * `gh attestation verify` as GitHub CLI 2.8x does it (pkg/cmd/attestation/verify and
 * verification in cli/cli): its flags and flag errors, the enforcement criteria it builds from
 * them, the artifact's digest (a file, or an `oci://` image), attestations fetched from the local
 * GitHub API (`?per_page&predicate_type`, following Link rel="next") or read from --bundle, the
 * verifier it picks by the leaf certificate's issuer organization (public good: SCT + tlog +
 * timestamp; GitHub: signed timestamp; other: timestamp + tlog when the root has logs), real
 * Sigstore verification with @sigstore/verify against the trusted root, the SAN check, then the
 * certificate-extension checks (owner, repository, issuer, signer digest, source digest and ref).
 * Its messages go to stderr only when stdout is a terminal or GH_FORCE_TTY is set, as gh's do; the
 * final `Error: …` always does; exit 1 on failure, 4 without a token.
 *
 * Environment: RA_GH_API_URL (else GITHUB_API_URL) is the API it calls; GH_TOKEN or GITHUB_TOKEN
 * the token; RA_SIGSTORE_TRUSTED_ROOT the trusted root it uses as gh uses its TUF roots (a
 * --custom-trusted-root file takes precedence); GH_HOST the host of the identities it expects
 * (github.com); DOCKER_CONFIG / HOME the registry credentials for `oci://` images.
 */
import { OID } from '../fulcio-oids.ts'
import { createHash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type Signer } from '@sigstore/verify'

const VERSION = '2.83.1'
const SLSA_PREDICATE_V1 = 'https://slsa.dev/provenance/v1'
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'
const PUBLIC_GOOD_ISSUER_ORG = 'sigstore.dev'
const GITHUB_ISSUER_ORG = 'GitHub, Inc.'
const GITHUB_RUNNER = 'github-hosted'
const USAGE = `Usage:  gh attestation verify [<file-path> | oci://<image-uri>] [--owner | --repo] [flags]

Flags:
  -b, --bundle string                Path to bundle on disk, either a single bundle in a JSON file or a JSON lines file with multiple bundles
      --bundle-from-oci              When verifying an OCI image, fetch the attestation bundle from the OCI registry instead of from GitHub
      --cert-identity string         Enforce that the certificate's SubjectAlternativeName matches the provided value exactly
  -i, --cert-identity-regex string   Enforce that the certificate's SubjectAlternativeName matches the provided regex
      --cert-oidc-issuer string      Enforce that the issuer of the OIDC token matches the provided value (default "https://token.actions.githubusercontent.com")
      --custom-trusted-root string   Path to a trusted_root.jsonl file; likely for offline verification
      --deny-self-hosted-runners     Fail verification for attestations generated on self-hosted runners
  -d, --digest-alg string            The algorithm used to compute a digest of the artifact: {sha256|sha512} (default "sha256")
      --format string                Output format: {json}
      --hostname string              Configure host to use
  -q, --jq expression                Filter JSON output using a jq expression
  -L, --limit int                    Maximum number of attestations to fetch (default 30)
      --no-public-good               Do not verify attestations signed with Sigstore public good instance
  -o, --owner string                 GitHub organization to scope attestation lookup by
      --predicate-type string        Enforce that verified attestations' predicate type matches the provided value (default "https://slsa.dev/provenance/v1")
  -R, --repo string                  Repository name in the format <owner>/<repo>
      --signer-digest string         Enforce that the digest associated with the signer workflow matches the provided value
      --signer-repo string           Enforce that the workflow that signed the attestation's repository matches the provided value (<owner>/<repo>)
      --signer-workflow string       Enforce that the workflow that signed the attestation matches the provided value ([host/]<owner>/<repo>/<path>/<to>/<workflow>)
      --source-digest string         Enforce that the digest associated with the source repository matches the provided value
      --source-ref string            Enforce that the git ref associated with the source repository matches the provided value
  -t, --template string              Format JSON output using a Go template; see "gh help formatting"
`

class FlagError extends Error {}
/** An error gh prints as it is (cobra's and PreRunE's), without runVerify's `Error:` prefix. */
class PlainError extends Error {}
class ExitError extends Error {
  readonly code: number
  constructor(message: string, code: number) {
    super(message)
    this.code = code
  }
}

const env = process.env
const tty = Boolean(process.stdout.isTTY) || (!!env.GH_FORCE_TTY && env.GH_FORCE_TTY !== '0')
/** gh's attestation logger: stderr, and only when stdout is a terminal. */
const log = (text: string): void => {
  if (tty) process.stderr.write(`${text}\n`)
}

// ---- flags (cobra / pflag) ------------------------------------------------------------------------

type FlagType = 'string' | 'bool' | 'int'
const FLAGS: Record<string, { short?: string; type: FlagType; def?: string }> = {
  bundle: { short: 'b', type: 'string' },
  'bundle-from-oci': { type: 'bool' },
  'digest-alg': { short: 'd', type: 'string', def: 'sha256' },
  owner: { short: 'o', type: 'string' },
  repo: { short: 'R', type: 'string' },
  'no-public-good': { type: 'bool' },
  'custom-trusted-root': { type: 'string' },
  limit: { short: 'L', type: 'int', def: '30' },
  format: { type: 'string' },
  jq: { short: 'q', type: 'string' },
  template: { short: 't', type: 'string' },
  hostname: { type: 'string' },
  'predicate-type': { type: 'string', def: SLSA_PREDICATE_V1 },
  'deny-self-hosted-runners': { type: 'bool' },
  'cert-identity': { type: 'string' },
  'cert-identity-regex': { short: 'i', type: 'string' },
  'signer-repo': { type: 'string' },
  'signer-workflow': { type: 'string' },
  'cert-oidc-issuer': { type: 'string', def: GITHUB_OIDC_ISSUER },
  'signer-digest': { type: 'string' },
  'source-ref': { type: 'string' },
  'source-digest': { type: 'string' },
  help: { short: 'h', type: 'bool' },
}

function parseFlags(argv: string[]): { args: string[]; set: Map<string, string> } {
  const args: string[] = []
  const set = new Map<string, string>()
  const put = (name: string, inline: string | undefined, display: string, i: number): number => {
    const spec = FLAGS[name]
    if (!spec) throw new FlagError(`unknown flag: ${display}`)
    if (spec.type === 'bool') {
      const v = inline ?? 'true'
      if (!['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(v))
        throw new FlagError(
          `invalid argument "${v}" for "${display}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`,
        )
      set.set(name, ['true', '1', 't', 'TRUE', 'True'].includes(v) ? 'true' : 'false')
      return i
    }
    let value = inline
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: ${display}`)
      value = argv[++i] ?? ''
    }
    if (spec.type === 'int' && !/^-?\d+$/.test(value))
      throw new FlagError(
        `invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${name}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`,
      )
    set.set(name, value)
    return i
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--') {
      args.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq)
      i = put(name, eq === -1 ? undefined : a.slice(eq + 1), `--${name}`, i)
    } else if (a.startsWith('-') && a.length > 1) {
      const short = a[1] ?? ''
      const name = Object.keys(FLAGS).find(k => FLAGS[k]?.short === short)
      if (!name) throw new FlagError(`unknown shorthand flag: '${short}' in ${a}`)
      const rest = a.slice(2)
      i = put(
        name,
        rest === '' ? undefined : rest.startsWith('=') ? rest.slice(1) : rest,
        `-${short}, --${name}`,
        i,
      )
    } else args.push(a)
  }
  return { args, set }
}

// ---- enforcement criteria (verify/policy.go, verification/policy.go) -----------------------------

interface Options {
  artifactPath: string
  bundlePath: string
  bundleFromOci: boolean
  digestAlg: string
  owner: string
  repo: string
  predicateType: string
  noPublicGood: boolean
  trustedRoot: string
  limit: number
  format: string
  hostname: string
  denySelfHosted: boolean
  san: string
  sanRegex: string
  signerRepo: string
  signerWorkflow: string
  oidcIssuer: string
  signerDigest: string
  sourceRef: string
  sourceDigest: string
}

interface Criteria {
  predicateType: string
  san: string
  sanRegex: string
  certificate: {
    issuer: string
    runnerEnvironment: string
    sourceRepositoryOwnerURI: string
    sourceRepositoryURI: string
    buildSignerDigest: string
    sourceRepositoryDigest: string
    sourceRepositoryRef: string
  }
}

const expandToGitHubURL = (ownerOrRepo: string) => `https://github.com/${ownerOrRepo}`
const expandToGitHubURLRegex = (ownerOrRepo: string) => `(?i)^${expandToGitHubURL(ownerOrRepo)}/`

function enforcementCriteria(o: Options): Criteria {
  const owner = o.repo ? (o.repo.split('/')[0] ?? '') : o.owner
  let san = ''
  let sanRegex = ''
  if (o.sanRegex || o.san) {
    san = o.san
    sanRegex = o.sanRegex
  } else if (o.signerRepo) sanRegex = expandToGitHubURLRegex(o.signerRepo)
  else if (o.signerWorkflow) {
    if (/^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+.*$/.test(o.signerWorkflow))
      sanRegex = `^https://${o.signerWorkflow}`
    else if (!o.hostname) throw new Error('unknown host')
    else sanRegex = `^https://${o.hostname}/${o.signerWorkflow}`
  } else if (o.repo) sanRegex = expandToGitHubURLRegex(o.repo)
  else sanRegex = expandToGitHubURLRegex(owner)
  return {
    predicateType: o.predicateType,
    san,
    sanRegex,
    certificate: {
      issuer: o.oidcIssuer,
      runnerEnvironment: o.denySelfHosted ? GITHUB_RUNNER : '',
      sourceRepositoryOwnerURI: expandToGitHubURL(owner),
      sourceRepositoryURI: o.repo ? expandToGitHubURL(o.repo) : '',
      buildSignerDigest: o.signerDigest,
      sourceRepositoryDigest: o.sourceDigest,
      sourceRepositoryRef: o.sourceRef,
    },
  }
}

function validCriteria(c: Criteria): void {
  if (!c.certificate.issuer) throw new Error('Issuer must be set')
  if (c.certificate.runnerEnvironment && c.certificate.runnerEnvironment !== GITHUB_RUNNER)
    throw new Error(`RunnerEnvironment must be set to either "" or ${GITHUB_RUNNER}`)
  if (!c.certificate.sourceRepositoryOwnerURI)
    throw new Error('SourceRepositoryOwnerURI must be set')
  if (!c.predicateType) throw new Error('PredicateType must be set')
  if (!c.sanRegex && !c.san) throw new Error('SANRegex or SAN must be set')
}

/** Dot-padded `name:..... value` lines, as gh prints its policy and its results. */
function columns(rows: [string, string][]): string {
  const width = Math.max(...rows.map(r => r[0].length))
  return rows.map(([k, v]) => `${k}:${'.'.repeat(width - k.length)} ${v}\n`).join('')
}

function policyInformation(c: Criteria): string {
  const rows: [string, string][] = [['- Predicate type must match', c.predicateType]]
  rows.push(['- Source Repository Owner URI must match', c.certificate.sourceRepositoryOwnerURI])
  if (c.certificate.sourceRepositoryURI)
    rows.push(['- Source Repository URI must match', c.certificate.sourceRepositoryURI])
  if (c.certificate.buildSignerDigest)
    rows.push(['- Build signer digest must match', c.certificate.buildSignerDigest])
  if (c.certificate.sourceRepositoryDigest)
    rows.push(['- Source repo digest digest must match', c.certificate.sourceRepositoryDigest])
  if (c.certificate.sourceRepositoryRef)
    rows.push(['- Source repo ref must match', c.certificate.sourceRepositoryRef])
  if (c.san) rows.push(['- Subject Alternative Name must match', c.san])
  else if (c.sanRegex) rows.push(['- Subject Alternative Name must match regex', c.sanRegex])
  rows.push(['- OIDC Issuer must match', c.certificate.issuer])
  if (c.certificate.runnerEnvironment === GITHUB_RUNNER)
    rows.push(['- Action workflow Runner Environment must match ', GITHUB_RUNNER])
  return columns(rows)
}

/** A Go regexp as JavaScript runs it: the `(?i)` prefix becomes the i flag. */
function goRegExp(re: string): RegExp {
  return re.startsWith('(?i)') ? new RegExp(re.slice(4), 'i') : new RegExp(re)
}

// ---- the artifact --------------------------------------------------------------------------------

interface Artifact {
  url: string
  algorithm: string
  digest: string
}
const withAlg = (a: Artifact) => `${a.algorithm}:${a.digest}`

async function digestArtifact(reference: string, algorithm: string): Promise<Artifact> {
  if (reference.startsWith('oci://')) return digestImage(reference.slice('oci://'.length))
  const file = reference.startsWith('file://')
    ? path.normalize(new URL(reference).pathname)
    : path.normalize(reference)
  let data: Buffer
  try {
    data = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : String(code)
    throw new Error(`failed to get open local artifact: open ${file}: ${reason}`)
  }
  return {
    url: `file://${file}`,
    algorithm,
    digest: createHash(algorithm).update(data).digest('hex'),
  }
}

/** go-containerregistry's keychain: `config.json` in DOCKER_CONFIG, else ~/.docker. */
function dockerCredentials(registry: string): { username: string; password: string } | undefined {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker')
  try {
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as {
      auths?: Record<string, { auth?: string }>
    }
    const key = Object.keys(config.auths ?? {}).find(
      k => k.replace(/^https?:\/\//, '').split('/')[0] === registry,
    )
    const auth = key ? config.auths?.[key]?.auth : undefined
    if (!auth) return undefined
    const [username = '', ...rest] = Buffer.from(auth, 'base64').toString().split(':')
    return { username, password: rest.join(':') }
  } catch {
    return undefined
  }
}

async function digestImage(ref: string): Promise<Artifact> {
  const m =
    /^([^/]+)\/([^@:]+(?:\/[^@:]+)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(ref)
  if (!m || !/[.:]|^localhost$/.test(m[1] ?? ''))
    throw new Error(`artifact ${ref} is not a valid registry reference: invalid reference format`)
  const registry = m[1] ?? ''
  const repository = m[2] ?? ''
  const digest = m[4]
  const host = registry.split(':')[0] ?? ''
  const local = host === '127.0.0.1' || host === 'localhost'
  let resolved = digest
  if (local) {
    // The registry is a local peer: ask it, as go-containerregistry's remote.Get does.
    const { RegistryClient } = await import('../attest.ts')
    const client = new RegistryClient(registry, repository)
    const creds = dockerCredentials(registry)
    try {
      if (creds) await client.signIn(creds)
      resolved = (await client.checkManifest(digest ?? m[3] ?? 'latest')).digest
    } catch (error) {
      throw new Error(
        `failed to fetch remote image: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  } else if (!digest) {
    throw new Error(
      `the stand-in gh reaches only local registries; ${registry} is not one (give the image by digest)`,
    )
  }
  const [algorithm = 'sha256', hex = ''] = (resolved ?? '').split(':')
  return { url: `oci://${ref}`, algorithm, digest: hex }
}

// ---- attestations -------------------------------------------------------------------------------

interface Attestation {
  bundle: Record<string, unknown> | null
  bundle_url?: string
  initiator?: string
}

async function remoteAttestations(
  o: Options,
  artifact: Artifact,
  token: string,
): Promise<Attestation[]> {
  const api = (env.RA_GH_API_URL || env.GITHUB_API_URL || '').replace(/\/+$/, '')
  if (!api)
    throw new Error('the stand-in gh has no API to call: set RA_GH_API_URL (or GITHUB_API_URL)')
  const scope = o.repo ? `repos/${o.repo}` : `orgs/${o.owner}`
  const first = new URL(`${api}/${scope}/attestations/${withAlg(artifact)}`)
  first.searchParams.set('per_page', String(Math.min(o.limit, 100)))
  if (o.predicateType) first.searchParams.set('predicate_type', o.predicateType)
  const out: Attestation[] = []
  let next: string | undefined = first.toString()
  while (next && out.length < o.limit) {
    let r: Response | undefined
    for (let attempt = 0; attempt <= 3; attempt++) {
      r = await fetch(next, {
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `token ${token}`,
          'User-Agent': `GitHub CLI ${VERSION}`,
        },
      })
      if (r.status < 500) break
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    if (!r) break
    const text = await r.text()
    if (r.status >= 400) {
      let message = text
      try {
        message = String((JSON.parse(text) as { message?: string }).message ?? text)
      } catch {
        // not JSON
      }
      throw new Error(
        `failed to fetch attestations from ${o.repo || o.owner}: HTTP ${r.status}: ${message} (${next})`,
      )
    }
    out.push(...((JSON.parse(text) as { attestations?: Attestation[] }).attestations ?? []))
    next = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1]
  }
  if (out.length === 0)
    throw Object.assign(
      new Error(`failed to fetch attestations from ${o.repo || o.owner}: no attestations found`),
      { noAttestations: true },
    )
  for (const a of out)
    if (!a.bundle)
      throw new Error('failed to fetch bundle with URL: the stand-in gh reads inline bundles only')
  return out.slice(0, o.limit)
}

function localAttestations(file: string): Attestation[] {
  const ext = path.extname(file)
  if (ext !== '.json' && ext !== '.jsonl')
    throw new Error('bundle file extension not supported, must be json or jsonl')
  let content: string
  try {
    content = readFileSync(file, 'utf8')
  } catch {
    throw new Error(
      ext === '.json'
        ? `bundle could not be loaded from JSON file at ${file}`
        : `bundles could not be loaded from JSON lines file at ${file}`,
    )
  }
  try {
    const bundles =
      ext === '.json'
        ? [JSON.parse(content) as Record<string, unknown>]
        : content
            .split('\n')
            .filter(l => l.trim())
            .map(l => JSON.parse(l) as Record<string, unknown>)
    if (bundles.length === 0) throw new Error('provided bundle file is empty')
    return bundles.map(bundle => ({ bundle }))
  } catch (error) {
    if (error instanceof Error && error.message === 'provided bundle file is empty') throw error
    throw new Error('bundle content could not be parsed')
  }
}

function statementOf(a: Attestation): Record<string, unknown> | undefined {
  const envelope = a.bundle?.dsseEnvelope as { payload?: string; payloadType?: string } | undefined
  if (!envelope || envelope.payloadType !== 'application/vnd.in-toto+json') return undefined
  try {
    return JSON.parse(Buffer.from(envelope.payload ?? '', 'base64').toString('utf8')) as Record<
      string,
      unknown
    >
  } catch {
    return undefined
  }
}

// ---- Sigstore verification (verification/sigstore.go) -------------------------------------------

interface TrustedRootLine {
  json: Record<string, unknown>
  organizations: string[]
}

function trustedRoots(file: string): TrustedRootLine[] {
  let content: string
  try {
    content = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `unable to read file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  // gh reads the file line by line and only lines that end in a newline.
  return content
    .split('\n')
    .slice(0, -1)
    .map(line => {
      const json = JSON.parse(line) as Record<string, unknown>
      const cas = (json.certificateAuthorities ?? []) as {
        certChain?: { certificates?: { rawBytes: string }[] }
      }[]
      const organizations = cas.map(ca => {
        const certs = ca.certChain?.certificates ?? []
        // The lowest certificate in the chain; its issuer's organization.
        const lowest = certs[0]
        if (!lowest) return ''
        return organizationOf(new X509Certificate(Buffer.from(lowest.rawBytes, 'base64')).issuer)
      })
      return { json, organizations }
    })
}

/** The O= of a distinguished name as node prints it (one attribute a line, `\,` escaped). */
const organizationOf = (dn: string): string =>
  (
    dn
      .split('\n')
      .find(l => l.startsWith('O='))
      ?.slice(2) ?? ''
  ).replace(/\\(.)/g, '$1')

function leafCertificate(bundle: Record<string, unknown>): X509Certificate | undefined {
  const vm = bundle.verificationMaterial as
    | {
        certificate?: { rawBytes: string }
        x509CertificateChain?: { certificates?: { rawBytes: string }[] }
      }
    | undefined
  const raw = vm?.certificate?.rawBytes ?? vm?.x509CertificateChain?.certificates?.[0]?.rawBytes
  return raw ? new X509Certificate(Buffer.from(raw, 'base64')) : undefined
}

/** An extension value of the signer's certificate: DER UTF8String (1.8 and later), raw bytes (1.1–1.6). */
function extension(signer: Signer, oid: string): string {
  const found = signer.identity?.oids?.find(o => o.oid?.id.join('.') === oid)
  if (!found) return ''
  const v = Buffer.from(found.value)
  if (v[0] === 0x0c) {
    let len = v[1] ?? 0
    let start = 2
    if (len & 0x80) {
      const n = len & 0x7f
      len = 0
      for (let k = 0; k < n; k++) len = (len << 8) | (v[2 + k] ?? 0)
      start = 2 + n
    }
    return v.subarray(start, start + len).toString('utf8')
  }
  return v.toString('utf8')
}

interface Verified {
  attestation: Attestation
  signer: Signer
  statement: Record<string, unknown>
  timestamps: { type: string; uri: string; timestamp: string }[]
}

function verifySigstore(
  attestations: Attestation[],
  criteria: Criteria,
  artifact: Artifact,
  o: Options,
  trustedRootFile: string,
): Verified[] {
  const roots = trustedRoots(trustedRootFile)
  const verified: Verified[] = []
  let lastError: Error | undefined
  for (const a of attestations) {
    const bundle = a.bundle ?? {}
    const mediaType = typeof bundle.mediaType === 'string' ? bundle.mediaType : ''
    const version = /version=(\d+\.\d+)|bundle\.v(\d+\.\d+)/.exec(mediaType)
    const v = Number(version?.[1] ?? version?.[2] ?? 0)
    if (v < 0.2) {
      lastError = new Error(`failed to get bundle issuer: unsupported bundle version: ${mediaType}`)
      continue
    }
    const leaf = leafCertificate(bundle)
    if (!leaf) {
      lastError = new Error('failed to get bundle issuer: leaf cert not found')
      continue
    }
    const issuer = organizationOf(leaf.issuer)
    const root = roots.find(r => r.organizations.includes(issuer))
    if (!root) {
      lastError = new Error(
        'failed to find recognized issuer from bundle content: unable to use provided trusted roots',
      )
      continue
    }
    if (issuer === PUBLIC_GOOD_ISSUER_ORG && o.noPublicGood) {
      lastError = new Error(
        'failed to find recognized issuer from bundle content: detected public good instance but requested verification without public good instance',
      )
      continue
    }
    const trust = toTrustMaterial(TrustedRoot.fromJSON(root.json))
    const hasLogs = ((root.json.tlogs as unknown[] | undefined) ?? []).length > 0
    const thresholds =
      issuer === PUBLIC_GOOD_ISSUER_ORG
        ? { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 }
        : issuer === GITHUB_ISSUER_ORG
          ? { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 1 }
          : { ctlogThreshold: 0, tlogThreshold: hasLogs ? 1 : 0, timestampThreshold: 1 }
    try {
      const parsed = bundleFromJSON(bundle)
      if (
        issuer === GITHUB_ISSUER_ORG &&
        (parsed.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0) < 1
      )
        throw new Error('expected at least 1 signed timestamp')
      const signer = new Verifier(trust, thresholds).verify(toSignedEntity(parsed))
      // The artifact digest policy: a subject of the statement has this digest.
      const statement = statementOf(a)
      const subjects = (statement?.subject ?? []) as { digest?: Record<string, string> }[]
      if (!subjects.some(s => s.digest?.[artifact.algorithm]?.toLowerCase() === artifact.digest))
        throw new Error('provided artifact digest does not match any digest in statement')
      const sanValue = signer.identity?.subjectAlternativeName ?? ''
      if (criteria.san && sanValue !== criteria.san)
        throw new Error(`expected SAN value "${criteria.san}", got "${sanValue}"`)
      if (criteria.sanRegex && !goRegExp(criteria.sanRegex).test(sanValue))
        throw new Error(
          `expected SAN value to match regex "${criteria.sanRegex}", got "${sanValue}"`,
        )
      if (
        criteria.certificate.runnerEnvironment &&
        extension(signer, OID.runnerEnvironment) !== criteria.certificate.runnerEnvironment
      )
        throw new Error('certificate extension RunnerEnvironment does not match')
      const timestamps = [
        ...parsed.verificationMaterial.tlogEntries.map(e => ({
          type: 'Tlog',
          uri: ((root.json.tlogs as { baseUrl?: string }[] | undefined) ?? [])[0]?.baseUrl ?? '',
          timestamp: new Date(Number(e.integratedTime) * 1000).toISOString(),
        })),
        ...(parsed.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).map(
          () => ({
            type: 'TimestampAuthority',
            uri:
              ((root.json.timestampAuthorities as { uri?: string }[] | undefined) ?? [])[0]?.uri ??
              '',
            timestamp: '',
          }),
        ),
      ]
      verified.push({ attestation: a, signer, statement: statement ?? {}, timestamps })
    } catch {
      lastError = new Error(`verifying with issuer "${issuer}"`)
    }
  }
  if (verified.length === 0) throw lastError ?? new Error('no attestations were verified')
  return verified
}

/** verification/extensions.go: case-insensitive comparisons of the certificate's extensions. */
function verifyCertExtensions(results: Verified[], criteria: Criteria): Verified[] {
  if (results.length === 0) throw new Error('no attestations processing results')
  const ok: Verified[] = []
  let lastError: Error | undefined
  const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  for (const r of results) {
    const c = criteria.certificate
    const given = (oid: string) => extension(r.signer, oid)
    const ownerURI = given(OID.sourceRepositoryOwnerURI)
    const repoURI = given(OID.sourceRepositoryURI)
    const issuer = given(OID.issuer) || given(OID.issuerV1)
    let error: string | undefined
    if (!eq(c.sourceRepositoryOwnerURI, ownerURI))
      error = `expected SourceRepositoryOwnerURI to be ${c.sourceRepositoryOwnerURI}, got ${ownerURI}`
    else if (c.sourceRepositoryURI && !eq(c.sourceRepositoryURI, repoURI))
      error = `expected SourceRepositoryURI to be ${c.sourceRepositoryURI}, got ${repoURI}`
    else if (!eq(c.issuer, issuer))
      error = issuer.startsWith(`${c.issuer}/`)
        ? `expected Issuer to be ${c.issuer}, got ${issuer} -- if you have a custom OIDC issuer policy for your enterprise, use the --cert-oidc-issuer flag with your expected issuer`
        : `expected Issuer to be ${c.issuer}, got ${issuer}`
    else if (c.buildSignerDigest && !eq(c.buildSignerDigest, given(OID.buildSignerDigest)))
      error = `expected BuildSignerDigest to be ${c.buildSignerDigest}, got ${given(OID.buildSignerDigest)}`
    else if (
      c.sourceRepositoryDigest &&
      !eq(c.sourceRepositoryDigest, given(OID.sourceRepositoryDigest))
    )
      error = `expected SourceRepositoryDigest to be ${c.sourceRepositoryDigest}, got ${given(OID.sourceRepositoryDigest)}`
    else if (c.sourceRepositoryRef && !eq(c.sourceRepositoryRef, given(OID.sourceRepositoryRef)))
      error = `expected SourceRepositoryRef to be ${c.sourceRepositoryRef}, got ${given(OID.sourceRepositoryRef)}`
    if (error) lastError = new Error(error)
    else ok.push(r)
  }
  if (ok.length === 0) throw lastError ?? new Error('no attestations were verified')
  return ok
}

/** The JSON gh prints with --format json: the attestation and sigstore-go's verification result. */
function jsonResult(r: Verified): unknown {
  const e = (oid: string) => extension(r.signer, oid)
  return {
    attestation: { bundle: r.attestation.bundle, bundle_url: r.attestation.bundle_url ?? '' },
    verificationResult: {
      mediaType: 'application/vnd.dev.sigstore.verificationresult+json;version=0.1',
      statement: r.statement,
      signature: {
        certificate: {
          certificateIssuer: '',
          subjectAlternativeName: r.signer.identity?.subjectAlternativeName ?? '',
          issuer: e(OID.issuer),
          buildSignerURI: e(OID.buildSignerURI),
          buildSignerDigest: e(OID.buildSignerDigest),
          runnerEnvironment: e(OID.runnerEnvironment),
          sourceRepositoryURI: e(OID.sourceRepositoryURI),
          sourceRepositoryDigest: e(OID.sourceRepositoryDigest),
          sourceRepositoryRef: e(OID.sourceRepositoryRef),
          sourceRepositoryIdentifier: e(OID.sourceRepositoryIdentifier),
          sourceRepositoryOwnerURI: e(OID.sourceRepositoryOwnerURI),
          sourceRepositoryOwnerIdentifier: e(OID.sourceRepositoryOwnerIdentifier),
          buildConfigURI: e(OID.buildConfigURI),
          buildConfigDigest: e(OID.buildConfigDigest),
          buildTrigger: e(OID.buildTrigger),
          runInvocationURI: e(OID.runInvocationURI),
          sourceRepositoryVisibilityAtSigning: e(OID.sourceRepositoryVisibilityAtSigning),
        },
      },
      verifiedTimestamps: r.timestamps,
    },
  }
}

const detail = (uri: string): [string, string] => {
  const repo = /https:\/\/github\.com\/([^/]+\/[^/]+)\//.exec(uri)?.[1]
  const workflow = /https:\/\/github\.com\/[^/]+\/[^/]+\/(.+)/.exec(uri)?.[1]
  if (!repo || !workflow) throw new Error('no match found for org and repo')
  return [repo, workflow]
}

// ---- the command --------------------------------------------------------------------------------

async function verify(argv: string[]): Promise<number> {
  const { args, set } = parseFlags(argv)
  const flag = (name: string): string => set.get(name) ?? FLAGS[name]?.def ?? ''
  if (set.get('help') === 'true') {
    process.stdout.write(`Verify an artifact's integrity using attestations\n\n${USAGE}`)
    return 0
  }
  if (args.length > 1) throw new FlagError('too many arguments')
  if (args.length < 1)
    throw new FlagError(
      'must specify file path or container image URI, as well as one of --owner or --repo',
    )
  const digestAlg = flag('digest-alg')
  if (!['sha256', 'sha512'].includes(digestAlg))
    throw new FlagError(
      `invalid argument "${digestAlg}" for "-d, --digest-alg" flag: valid values are {sha256|sha512}`,
    )
  if (set.has('format') && flag('format') !== 'json')
    throw new FlagError(
      `invalid argument "${flag('format')}" for "--format" flag: valid values are {json}`,
    )
  if (set.has('jq') || set.has('template'))
    throw new PlainError('the stand-in gh does not implement --jq or --template')

  const o: Options = {
    artifactPath: args[0] ?? '',
    bundlePath: flag('bundle') ? path.normalize(flag('bundle')) : '',
    bundleFromOci: flag('bundle-from-oci') === 'true',
    digestAlg,
    owner: flag('owner'),
    repo: flag('repo'),
    predicateType: flag('predicate-type'),
    noPublicGood: flag('no-public-good') === 'true',
    trustedRoot: flag('custom-trusted-root'),
    limit: Number(flag('limit')),
    format: flag('format'),
    hostname: flag('hostname') || env.GH_HOST || 'github.com',
    denySelfHosted: flag('deny-self-hosted-runners') === 'true',
    san: flag('cert-identity'),
    sanRegex: flag('cert-identity-regex'),
    signerRepo: flag('signer-repo'),
    signerWorkflow: flag('signer-workflow'),
    oidcIssuer: flag('cert-oidc-issuer'),
    signerDigest: flag('signer-digest'),
    sourceRef: flag('source-ref'),
    sourceDigest: flag('source-digest'),
  }
  const token = env.GH_TOKEN || env.GITHUB_TOKEN || ''
  if (!token && !o.bundlePath)
    throw new ExitError(
      'To get started with GitHub CLI, please run:  gh auth login\nAlternatively, populate the GH_TOKEN environment variable with a GitHub API authentication token.',
      4,
    )
  // PreRunE: AreFlagsValid
  if (o.repo && o.repo.split('/').length !== 2)
    throw new PlainError(`invalid value provided for repo: ${o.repo}`)
  if (o.signerRepo && o.signerRepo.split('/').length !== 2)
    throw new PlainError(`invalid value provided for signer-repo: ${o.signerRepo}`)
  if (o.limit < 1 || o.limit > 1000)
    throw new PlainError(`limit ${o.limit} not allowed, must be between 1 and 1000`)
  if (o.bundleFromOci && !o.artifactPath.startsWith('oci://'))
    throw new PlainError('bundle-from-oci flag can only be used with OCI artifact paths')
  if (o.bundleFromOci && o.bundlePath)
    throw new PlainError('bundle-from-oci flag cannot be used with bundle-path flag')
  if (o.bundleFromOci) throw new PlainError('the stand-in gh does not implement --bundle-from-oci')
  const groups: string[][] = [
    ['owner', 'repo'],
    ['cert-identity', 'cert-identity-regex', 'signer-repo', 'signer-workflow'],
  ]
  for (const g of groups) {
    const present = g.filter(n => set.has(n))
    if (present.length > 1)
      throw new PlainError(
        `if any flags in the group [${g.join(' ')}] are set none of the others can be; [${present.sort().join(' ')}] were all set`,
      )
  }
  if (!set.has('owner') && !set.has('repo'))
    throw new PlainError('at least one of the flags in the group [owner repo] is required')

  const trustedRootFile = o.trustedRoot || env.RA_SIGSTORE_TRUSTED_ROOT || ''

  // runVerify: each failure prints its ✗ line and returns the error gh prints as "Error: …".
  let criteria: Criteria
  try {
    criteria = enforcementCriteria(o)
  } catch (error) {
    log('✗ Failed to build verification policy')
    throw error
  }
  try {
    validCriteria(criteria)
  } catch (error) {
    log('✗ Invalid verification policy')
    throw error
  }
  let artifact: Artifact
  try {
    artifact = await digestArtifact(o.artifactPath, o.digestAlg)
  } catch (error) {
    log(`✗ Loading digest for ${o.artifactPath} failed`)
    throw error
  }
  log(`Loaded digest ${withAlg(artifact)} for ${artifact.url}`)

  let attestations: Attestation[]
  const plural = (n: number) => `${n} attestation${n === 1 ? '' : 's'}`
  if (!o.bundlePath) {
    try {
      attestations = await remoteAttestations(o, artifact, token)
    } catch (error) {
      log(
        (error as { noAttestations?: boolean }).noAttestations
          ? `✗ No attestations found for subject ${withAlg(artifact)}`
          : '✗ Loading attestations from GitHub API failed',
      )
      throw error
    }
    log(`Loaded ${plural(attestations.length)} from GitHub API`)
  } else {
    try {
      attestations = localAttestations(o.bundlePath)
    } catch (error) {
      log(`✗ Loading attestations from ${artifact.url} failed`)
      throw error
    }
    log(`Loaded ${plural(attestations.length)} from ${o.bundlePath}`)
  }
  attestations = attestations.filter(a => statementOf(a)?.predicateType === criteria.predicateType)
  if (attestations.length === 0) {
    log(`✗ No attestations found with predicate type: ${o.predicateType}\n`)
    throw new Error('no matching predicate found')
  }

  log('\nThe following policy criteria will be enforced:')
  log(policyInformation(criteria))

  if (!trustedRootFile)
    throw new Error(
      'the stand-in gh has no trusted root: set RA_SIGSTORE_TRUSTED_ROOT or pass --custom-trusted-root',
    )
  let verified: Verified[]
  try {
    verified = verifySigstore(attestations, criteria, artifact, o, trustedRootFile)
  } catch (error) {
    log('✗ Sigstore verification failed')
    throw error
  }
  try {
    verified = verifyCertExtensions(verified, criteria)
  } catch (error) {
    log('✗ Policy verification failed')
    throw error
  }

  log('✓ Verification succeeded!\n')
  if (o.format === 'json') {
    process.stdout.write(`${JSON.stringify(verified.map(jsonResult))}\n`)
    return 0
  }
  log(`The following ${plural(verified.length)} matched the policy criteria\n`)
  verified.forEach((v, i) => {
    const [buildRepo, buildWorkflow] = detail(extension(v.signer, OID.buildConfigURI))
    const [signerRepo, signerWorkflow] = detail(extension(v.signer, OID.buildSignerURI))
    log(`- Attestation #${i + 1}`)
    process.stderr.write(
      tty
        ? columns([
            ['  - Build repo', buildRepo],
            ['  - Build workflow', buildWorkflow],
            ['  - Signer repo', signerRepo],
            ['  - Signer workflow', signerWorkflow],
          ])
        : '',
    )
  })
  return 0
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version' || argv[0] === 'version') {
    process.stdout.write(
      `gh version ${VERSION} (2025-11-13)\nhttps://github.com/cli/cli/releases/tag/v${VERSION}\n`,
    )
    return 0
  }
  if (argv[0] !== 'attestation' || argv[1] !== 'verify') {
    const what = argv[0] === 'attestation' ? (argv[1] ?? '') : (argv[0] ?? '')
    process.stderr.write(
      `unknown command "${what}" for "gh${argv[0] === 'attestation' ? ' attestation' : ''}"\n\nthe stand-in gh implements only \`gh attestation verify\`\n`,
    )
    return 1
  }
  try {
    return await verify(argv.slice(2))
  } catch (error) {
    if (error instanceof FlagError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`)
      return 1
    }
    if (error instanceof PlainError) {
      process.stderr.write(`${error.message}\n`)
      return 1
    }
    if (error instanceof ExitError) {
      process.stderr.write(`${error.message}\n`)
      return error.code
    }
    process.stderr.write(`\nError: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
