/**
 * A stand-in `cosign` (run by Node 24 type stripping through the sh wrapper writeCosignStandIn
 * writes): `cosign sign` and `cosign verify` of keyless signatures in GitHub Actions, as cosign v3
 * does them at the level the release pipeline sees. Every call is recorded (its argv, one JSON line
 * in RA_COSIGN_STATE/calls.jsonl); flags are parsed as cobra/pflag does (`--flag value`,
 * `--flag=value`, booleans), an unknown flag is refused (`Error: unknown flag: --x`, exit 1).
 *
 * sign: needs `--yes` (cosign asks for confirmation otherwise, and a step has no terminal), an
 * image reference, and the job's OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, audience
 * sigstore, as cosign's GitHub provider asks for it). The "certificate" it records (in
 * signatures.jsonl) carries what Fulcio puts into one for a GitHub token: the SAN
 * `<GITHUB_SERVER_URL>/<job_workflow_ref>`, the issuer (`iss`), and the workflow-repository
 * extension (`repository`). Nothing is pushed to the registry: the state file is the signature store.
 *
 * verify: needs an identity (--certificate-identity or --certificate-identity-regexp) and an issuer
 * (--certificate-oidc-issuer or its -regexp), as keyless verification does; it verifies when a
 * recorded signature of exactly that reference matches all of them (regexps are anchored by the
 * caller, as Go's regexp.MatchString is unanchored) and any --certificate-github-workflow-repository.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const state = process.env.RA_COSIGN_STATE ?? ''

class CosignError extends Error {}

interface Signature {
  ref: string
  subject: string
  issuer: string
  repository: string
}

const SIGN_FLAGS: Record<string, 'bool' | 'string'> = {
  yes: 'bool',
  y: 'bool',
  recursive: 'bool',
  upload: 'bool',
  'tlog-upload': 'bool',
  'new-bundle-format': 'bool',
  'use-signing-config': 'bool',
  annotations: 'string',
  a: 'string',
  'oidc-issuer': 'string',
  'oidc-provider': 'string',
  'identity-token': 'string',
}

const VERIFY_FLAGS: Record<string, 'bool' | 'string'> = {
  'certificate-identity': 'string',
  'certificate-identity-regexp': 'string',
  'certificate-oidc-issuer': 'string',
  'certificate-oidc-issuer-regexp': 'string',
  'certificate-github-workflow-repository': 'string',
  'certificate-github-workflow-ref': 'string',
  'certificate-github-workflow-name': 'string',
  'certificate-github-workflow-sha': 'string',
  'certificate-github-workflow-trigger': 'string',
  output: 'string',
  o: 'string',
  'new-bundle-format': 'bool',
}

function parse(
  args: string[],
  known: Record<string, 'bool' | 'string'>,
): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>()
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg)
      continue
    }
    const long = arg.startsWith('--')
    const body = arg.slice(long ? 2 : 1)
    const eq = body.indexOf('=')
    const name = eq < 0 ? body : body.slice(0, eq)
    const kind = known[name]
    if (!kind || long !== name.length > 1)
      throw new CosignError(
        long ? `unknown flag: --${name}` : `unknown shorthand flag: '${name}' in ${arg}`,
      )
    if (kind === 'bool') flags.set(name, eq < 0 ? 'true' : body.slice(eq + 1))
    else if (eq >= 0) flags.set(name, body.slice(eq + 1))
    else {
      const value = args[++i]
      if (value === undefined) throw new CosignError(`flag needs an argument: ${arg}`)
      flags.set(name, value)
    }
  }
  return { flags, positional }
}

function signatures(): Signature[] {
  const file = path.join(state, 'signatures.jsonl')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as Signature)
}

async function idTokenClaims(): Promise<Record<string, unknown>> {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const token = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !token)
    throw new CosignError(
      'signing: getting signer: getting key from Fulcio: no identity token: the job needs id-token: write',
    )
  const target = new URL(url)
  target.searchParams.set('audience', 'sigstore')
  const response = await fetch(target, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) throw new CosignError(`getting an identity token: HTTP ${response.status}`)
  const { value } = (await response.json()) as { value?: string }
  const payload = value?.split('.')[1]
  if (!payload) throw new CosignError('getting an identity token: not a JWT')
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
}

function image(positional: string[], command: string): string {
  if (positional.length !== 1)
    throw new CosignError(`accepts 1 arg(s), received ${positional.length} (cosign ${command})`)
  return positional[0] as string
}

async function sign(args: string[]): Promise<void> {
  const { flags, positional } = parse(args, SIGN_FLAGS)
  const ref = image(positional, 'sign')
  if (flags.get('yes') !== 'true' && flags.get('y') !== 'true')
    throw new CosignError('signing: no confirmation: run with --yes in a non-interactive shell')
  if (!/@sha256:[0-9a-f]{64}$/.test(ref))
    process.stderr.write(
      `WARNING: Image reference ${ref} uses a tag, not a digest, to identify the image to sign.\n`,
    )
  const claims = await idTokenClaims()
  const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const signature: Signature = {
    ref,
    subject: `${server}/${String(claims.job_workflow_ref)}`,
    issuer: String(claims.iss),
    repository: String(claims.repository),
  }
  appendFileSync(path.join(state, 'signatures.jsonl'), `${JSON.stringify(signature)}\n`)
  process.stderr.write(`Pushing signature to: ${ref.replace(/@.*$/, '')}\n`)
}

function verify(args: string[]): void {
  const { flags, positional } = parse(args, VERIFY_FLAGS)
  const ref = image(positional, 'verify')
  const identity = flags.get('certificate-identity')
  const identityRe = flags.get('certificate-identity-regexp')
  const issuer = flags.get('certificate-oidc-issuer')
  const issuerRe = flags.get('certificate-oidc-issuer-regexp')
  if (identity === undefined && identityRe === undefined)
    throw new CosignError(
      '--certificate-identity or --certificate-identity-regexp is required for verification in keyless mode',
    )
  if (issuer === undefined && issuerRe === undefined)
    throw new CosignError(
      '--certificate-oidc-issuer or --certificate-oidc-issuer-regexp is required for verification in keyless mode',
    )
  const repository = flags.get('certificate-github-workflow-repository')
  const found = signatures().filter(s => s.ref === ref)
  if (found.length === 0) throw new CosignError(`no signatures found for ${ref}`)
  const matches = found.filter(
    s =>
      (identity === undefined || s.subject === identity) &&
      (identityRe === undefined || new RegExp(identityRe).test(s.subject)) &&
      (issuer === undefined || s.issuer === issuer) &&
      (issuerRe === undefined || new RegExp(issuerRe).test(s.issuer)) &&
      (repository === undefined || s.repository === repository),
  )
  if (matches.length === 0)
    throw new CosignError(
      `no matching signatures: none of the expected identities matched what was in the certificate, got subjects [${found.map(s => s.subject).join(', ')}] with issuer ${found[0]?.issuer ?? ''}`,
    )
  process.stderr.write(
    `\nVerification for ${ref} --\nThe following checks were performed on each of these signatures:\n  - The cosign claims were validated\n  - Existence of the claims in the transparency log was verified offline\n  - The code-signing certificate was verified using trusted certificate authority certificates\n`,
  )
  process.stdout.write(
    `${JSON.stringify(matches.map(s => ({ critical: { image: { 'docker-manifest-digest': ref.slice(ref.indexOf('@') + 1) }, type: 'https://sigstore.dev/cosign/sign/v1' }, optional: { Subject: s.subject, Issuer: s.issuer } })))}\n`,
  )
}

async function run(argv: string[]): Promise<void> {
  if (!state) throw new CosignError('RA_COSIGN_STATE is not set (the stand-in needs its state dir)')
  mkdirSync(state, { recursive: true })
  appendFileSync(path.join(state, 'calls.jsonl'), `${JSON.stringify(argv)}\n`)
  const [command, ...rest] = argv
  if (command === 'sign') return sign(rest)
  if (command === 'verify') return verify(rest)
  if (command === 'version') {
    process.stdout.write('GitVersion:    v3.0.6 (release-actions stand-in)\n')
    return
  }
  throw new CosignError(`unknown command "${command ?? ''}" for "cosign"`)
}

try {
  await run(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof CosignError)) throw error
  process.stderr.write(`Error: ${error.message}\n`)
  process.exitCode = 1
}
