/**
 * A local Sigstore on 127.0.0.1, both instances actions/attest signs with: "public good" (Fulcio
 * with CT-logged certificates, and Rekor) for public repositories, and GitHub's (Fulcio and a
 * timestamp authority) for private and internal ones. Fulcio refuses identity tokens that do not
 * verify against the local OIDC issuer's keys (signature, issuer, audience `sigstore`, lifetime),
 * checks the proof of possession, and issues certificates the way Fulcio does for GitHub Actions
 * tokens: SAN URI https://github.com/<job_workflow_ref> and the extensions 1.3.6.1.4.1.57264.1.1–.6
 * and .8–.22. Rekor checks the DSSE signature against the submitted certificate and logs the entry
 * in Rekor's canonical dsse form (@sigstore/mock's transparency log signs the SET and checkpoint);
 * the timestamp authority and CT log are @sigstore/mock's. The trusted root (protobuf-specs JSON,
 * one line, as `gh attestation verify --custom-trusted-root` and @sigstore/verify take it) is
 * written to `trustedRootPath`.
 */
import { OID } from './fulcio-oids.ts'
import 'reflect-metadata'
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  verify as verifySignature,
  webcrypto,
  X509Certificate as NodeX509Certificate,
} from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as x509 from '@peculiar/x509'
import { initializeCTLog, type CTLog } from '@sigstore/mock/dist/fulcio/ctlog.js'
import { rekorHandler } from '@sigstore/mock/dist/rekor/handler.js'
import { initializeTLog } from '@sigstore/mock/dist/rekor/tlog.js'
import { tsaHandler } from '@sigstore/mock/dist/timestamp/handler.js'
import { initializeTSA } from '@sigstore/mock/dist/timestamp/tsa.js'
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose'
import type { OidcIssuer } from './oidc.ts'

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

/** The organization names in the issuers of the two instances' certificates (gh picks its policy by them). */
export const PUBLIC_GOOD_ISSUER_ORG = 'sigstore.dev'
export const GITHUB_ISSUER_ORG = 'GitHub, Inc.'

export interface SigstoreInstanceEndpoints {
  fulcioURL: string
  /** Rekor (public good only). */
  rekorURL?: string
  /** The timestamp authority's full endpoint (GitHub's instance only). */
  tsaURL?: string
}

export interface IssuedCertificate {
  instance: 'public-good' | 'github'
  subjectAlternativeName: string
  claims: Record<string, unknown>
  pem: string
}

export interface Sigstore {
  url: string
  /** Public good Fulcio (base URL, as FulcioSigner takes it). */
  fulcioURL: string
  /** Public good Rekor (base URL, as RekorWitness takes it). */
  rekorURL: string
  /** The instances, by the name actions/attest gives them. */
  instances: { 'public-good': SigstoreInstanceEndpoints; github: SigstoreInstanceEndpoints }
  /** The trusted root: protobuf-specs TrustedRoot JSON. */
  trustedRoot: TrustedRootJSON
  /** Where the trusted root is written (one line, newline-terminated). */
  trustedRootPath: string
  /** The OIDC issuer whose tokens Fulcio accepts. */
  oidc: OidcIssuer
  /** Every certificate Fulcio issued. */
  readonly issued: IssuedCertificate[]
  /** Every request: path and status answered. */
  readonly requests: { path: string; status: number }[]
  stop(): Promise<void>
}

interface KeyJSON {
  rawBytes: string
  keyDetails: 'PKIX_ECDSA_P256_SHA_256'
  validFor: { start: string }
}
interface LogJSON {
  baseUrl: string
  hashAlgorithm: 'SHA2_256'
  publicKey: KeyJSON
  logId: { keyId: string }
}
interface AuthorityJSON {
  subject: { organization: string; commonName: string }
  uri: string
  certChain: { certificates: { rawBytes: string }[] }
  validFor: { start: string }
}
export interface TrustedRootJSON {
  mediaType: string
  tlogs: LogJSON[]
  certificateAuthorities: AuthorityJSON[]
  ctlogs: LogJSON[]
  timestampAuthorities: AuthorityJSON[]
}

// ---- DER, just what the extensions need ---------------------------------------------------------

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  if (n < 0x100) return Buffer.from([0x81, n])
  return Buffer.from([0x82, n >> 8, n & 0xff])
}
const derTLV = (tag: number, value: Buffer): Buffer =>
  Buffer.concat([Buffer.from([tag]), derLength(value.length), value])
const utf8String = (value: string): Buffer => derTLV(0x0c, Buffer.from(value, 'utf8'))
const octetString = (value: Buffer): Buffer => derTLV(0x04, value)

/** Fulcio's certificate extensions for a GitHub Actions token (pkg/identity/github in Fulcio). */
function githubExtensions(claims: Record<string, unknown>, serverUrl: string): x509.Extension[] {
  const c = (name: string): string => (typeof claims[name] === 'string' ? claims[name] : '')
  const legacy: [string, string][] = [
    [OID.issuerV1, c('iss')],
    [OID.workflowTrigger, c('event_name')],
    [OID.workflowSha, c('sha')],
    [OID.workflowName, c('workflow')],
    [OID.workflowRepository, c('repository')],
    [OID.workflowRef, c('ref')],
  ]
  const current: [string, string][] = [
    [OID.issuer, c('iss')],
    [OID.buildSignerURI, `${serverUrl}/${c('job_workflow_ref')}`],
    [OID.buildSignerDigest, c('job_workflow_sha')],
    [OID.runnerEnvironment, c('runner_environment')],
    [OID.sourceRepositoryURI, `${serverUrl}/${c('repository')}`],
    [OID.sourceRepositoryDigest, c('sha')],
    [OID.sourceRepositoryRef, c('ref')],
    [OID.sourceRepositoryIdentifier, c('repository_id')],
    [OID.sourceRepositoryOwnerURI, `${serverUrl}/${c('repository_owner')}`],
    [OID.sourceRepositoryOwnerIdentifier, c('repository_owner_id')],
    [OID.buildConfigURI, `${serverUrl}/${c('workflow_ref')}`],
    [OID.buildConfigDigest, c('workflow_sha')],
    [OID.buildTrigger, c('event_name')],
    [
      OID.runInvocationURI,
      `${serverUrl}/${c('repository')}/actions/runs/${c('run_id')}/attempts/${c('run_attempt')}`,
    ],
    [OID.sourceRepositoryVisibilityAtSigning, c('repository_visibility')],
  ]
  return [
    ...legacy.map(([oid, v]) => new x509.Extension(oid, false, Buffer.from(v, 'utf8'))),
    ...current.map(([oid, v]) => new x509.Extension(oid, false, utf8String(v))),
  ]
}

// ---- a certificate authority ------------------------------------------------------------------

const CA_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' }

interface CertificateAuthority {
  root: x509.X509Certificate
  keys: webcrypto.CryptoKeyPair
  organization: string
  commonName: string
  ctlog: CTLog | undefined
}

async function createCA(
  organization: string,
  commonName: string,
  ctlog: CTLog | undefined,
): Promise<CertificateAuthority> {
  const keys = await webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify'])
  const now = Date.now()
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(16)
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    name: [{ CN: [commonName] }, { O: [organization] }],
    notBefore: new Date(now - 24 * 3600_000),
    notAfter: new Date(now + 10 * 365 * 24 * 3600_000),
    keys,
    signingAlgorithm: CA_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  })
  return { root, keys, organization, commonName, ctlog }
}

async function issueCertificate(
  ca: CertificateAuthority,
  publicKeyPem: string,
  subjectAlternativeName: string,
  extensions: x509.Extension[],
): Promise<x509.X509Certificate> {
  const spki = createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' })
  const now = Date.now()
  const params = {
    serialNumber: randomBytes(16)
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    issuer: ca.root.subject,
    notBefore: new Date(now),
    notAfter: new Date(now + 10 * 60_000),
    publicKey: new Uint8Array(spki),
    signingKey: ca.keys.privateKey,
    signingAlgorithm: CA_ALGORITHM,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
      new x509.SubjectAlternativeNameExtension(
        [{ type: 'url', value: subjectAlternativeName }],
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(new Uint8Array(spki)),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
      ...extensions,
    ],
  }
  if (!ca.ctlog) return x509.X509CertificateGenerator.create(params)
  // The precertificate goes to the CT log; its SCT is embedded in the final certificate (RFC 6962).
  const pre = await x509.X509CertificateGenerator.create(params)
  const issuerId = createHash('sha256').update(Buffer.from(ca.root.publicKey.rawData)).digest()
  const sct = Buffer.from(await ca.ctlog.log(pre.rawData, new Uint8Array(issuerId).buffer))
  const list = Buffer.concat([Buffer.from([sct.length >> 8, sct.length & 0xff]), sct])
  params.extensions.push(new x509.Extension(OID.sctList, false, octetString(list)))
  return x509.X509CertificateGenerator.create(params)
}

// ---- DSSE (Rekor's check of the submitted signature) -------------------------------------------

function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ])
}

/** Rekor's dsse 0.0.1 type: verify the envelope's signature with the verifier, store the canonical form. */
function canonicalDsseEntry(proposed: unknown): Record<string, unknown> {
  const spec = (
    proposed as { spec?: { proposedContent?: { envelope?: unknown; verifiers?: unknown } } }
  ).spec?.proposedContent
  if (typeof spec?.envelope !== 'string' || !Array.isArray(spec.verifiers))
    throw new Error('missing proposedContent.envelope or proposedContent.verifiers')
  const envelope = JSON.parse(spec.envelope) as {
    payloadType?: string
    payload?: string
    signatures?: { sig?: string }[]
  }
  const payload = Buffer.from(envelope.payload ?? '', 'base64')
  const signatures = envelope.signatures ?? []
  if (signatures.length !== 1 || spec.verifiers.length !== 1)
    throw new Error('exactly one signature and one verifier are supported')
  const verifier = String(spec.verifiers[0])
  const pem = Buffer.from(verifier, 'base64').toString('utf8')
  const key = pem.includes('CERTIFICATE')
    ? new NodeX509Certificate(pem).publicKey
    : createPublicKey(pem)
  const sig = Buffer.from(signatures[0]?.sig ?? '', 'base64')
  if (!verifySignature('sha256', pae(envelope.payloadType ?? '', payload), key, sig))
    throw new Error('could not verify envelope: signature does not verify with the verifier')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: {
        algorithm: 'sha256',
        value: createHash('sha256').update(spec.envelope).digest('hex'),
      },
      payloadHash: {
        algorithm: 'sha256',
        value: createHash('sha256').update(payload).digest('hex'),
      },
      signatures: [{ signature: sig.toString('base64'), verifier }],
    },
  }
}

// ---- the server -------------------------------------------------------------------------------

const b64 = (data: ArrayBuffer | ArrayBufferView | Buffer): string =>
  Buffer.from(
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  ).toString('base64')

export async function startSigstore({
  oidc,
  serverUrl = 'https://github.com',
}: {
  oidc: OidcIssuer
  /** The server Fulcio puts in the certificate URIs for tokens of this issuer. */
  serverUrl?: string
}): Promise<Sigstore> {
  const requests: Sigstore['requests'] = []
  const issued: IssuedCertificate[] = []
  let handle: (
    pathname: string,
    body: string,
  ) => Promise<{ status: number; type: string; body: string | Buffer }> = () =>
    Promise.resolve({ status: 503, type: 'text/plain', body: 'starting' })
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
      const reply = (status: number, type: string, body: string | Buffer) => {
        requests.push({ path: pathname, status })
        res.writeHead(status, { 'Content-Type': type })
        res.end(body)
      }
      if (req.method !== 'POST')
        return reply(405, 'application/json', '{"code":12,"message":"Method Not Allowed"}')
      handle(pathname, Buffer.concat(chunks).toString('utf8'))
        .then(r => reply(r.status, r.type, r.body))
        .catch((error: unknown) =>
          reply(500, 'application/json', JSON.stringify({ code: 13, message: String(error) })),
        )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const ec = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

  const ctlog = await initializeCTLog(ec())
  const rekorURL = `${url}/rekor`
  const tlog = await initializeTLog(rekorURL, ec())
  const rekor = rekorHandler(tlog)
  // The mock TSA reads its clock from this Date; it is set to the current whole second before each
  // request, since @sigstore/core does not parse a genTime with fractional seconds.
  const tsaClock = new Date()
  const tsa = await initializeTSA(ec(), tsaClock)
  const timestamp = tsaHandler(tsa)
  const cas = {
    'public-good': await createCA(PUBLIC_GOOD_ISSUER_ORG, 'sigstore', ctlog),
    github: await createCA(GITHUB_ISSUER_ORG, 'Fulcio Intermediate l2', undefined),
  }
  const instances: Sigstore['instances'] = {
    'public-good': { fulcioURL: `${url}/fulcio`, rekorURL },
    github: { fulcioURL: `${url}/github/fulcio`, tsaURL: `${url}/github/tsa/api/v1/timestamp` },
  }
  const keySet = createLocalJWKSet(oidc.jwks)
  const json = (status: number, body: unknown) => ({
    status,
    type: 'application/json',
    body: JSON.stringify(body),
  })

  const fulcio = async (instance: 'public-good' | 'github', body: string) => {
    let request: {
      credentials?: { oidcIdentityToken?: string }
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string }
    }
    try {
      request = JSON.parse(body) as typeof request
    } catch {
      return json(400, { code: 3, message: 'The request body is not valid JSON' })
    }
    const token = request.credentials?.oidcIdentityToken ?? ''
    let claims: Record<string, unknown>
    try {
      claims = (await jwtVerify(token, keySet, { issuer: oidc.issuer, audience: 'sigstore' }))
        .payload
    } catch {
      return json(401, { code: 16, message: 'There was an error processing the identity token' })
    }
    const publicKeyPem = request.publicKeyRequest?.publicKey?.content ?? ''
    const subject = typeof claims.sub === 'string' ? claims.sub : ''
    try {
      const ok = verifySignature(
        'sha256',
        Buffer.from(subject),
        createPublicKey(publicKeyPem),
        Buffer.from(request.publicKeyRequest?.proofOfPossession ?? '', 'base64'),
      )
      if (!ok) throw new Error('bad signature')
    } catch {
      return json(400, {
        code: 3,
        message: 'The signature supplied in the request could not be verified',
      })
    }
    const san = `${serverUrl}/${typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : ''}`
    const ca = cas[instance]
    const cert = await issueCertificate(ca, publicKeyPem, san, githubExtensions(claims, serverUrl))
    const pem = cert.toString('pem')
    issued.push({ instance, subjectAlternativeName: san, claims, pem })
    return json(201, {
      signedCertificateEmbeddedSct: { chain: { certificates: [pem, ca.root.toString('pem')] } },
    })
  }

  handle = async (pathname, body) => {
    switch (pathname) {
      case '/fulcio/api/v2/signingCert':
        return fulcio('public-good', body)
      case '/github/fulcio/api/v2/signingCert':
        return fulcio('github', body)
      case '/rekor/api/v1/log/entries': {
        let entry: unknown
        try {
          entry = JSON.parse(body)
          const kind = (entry as { kind?: unknown }).kind
          if (kind === 'dsse') entry = canonicalDsseEntry(entry)
          else if (kind !== 'hashedrekord' && kind !== 'intoto')
            throw new Error(`unsupported entry kind ${String(kind)}`)
        } catch (error) {
          return json(400, {
            code: 400,
            message: error instanceof Error ? error.message : String(error),
          })
        }
        const r = await rekor.fn(JSON.stringify(entry))
        return {
          status: r.statusCode,
          type: r.contentType ?? 'text/plain',
          body: typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer),
        }
      }
      case '/github/tsa/api/v1/timestamp': {
        tsaClock.setTime(Math.floor(Date.now() / 1000) * 1000)
        const r = await timestamp.fn(body)
        const out =
          typeof r.response === 'string'
            ? r.response
            : Buffer.from(r.response.buffer, r.response.byteOffset, r.response.byteLength)
        return { status: r.statusCode, type: r.contentType ?? 'text/plain', body: out }
      }
      default:
        return json(404, { code: 5, message: 'Not Found' })
    }
  }

  const start = new Date(Date.now() - 60_000).toISOString()
  const logJSON = (baseUrl: string, publicKey: Buffer, logId: Buffer): LogJSON => ({
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: b64(publicKey),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start },
    },
    logId: { keyId: b64(logId) },
  })
  const caJSON = (ca: CertificateAuthority, uri: string): AuthorityJSON => ({
    subject: { organization: ca.organization, commonName: ca.commonName },
    uri,
    certChain: { certificates: [{ rawBytes: b64(ca.root.rawData) }] },
    validFor: { start },
  })
  const trustedRoot: TrustedRootJSON = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      logJSON(rekorURL, tlog.publicKey, createHash('sha256').update(tlog.publicKey).digest()),
    ],
    certificateAuthorities: [
      caJSON(cas['public-good'], instances['public-good'].fulcioURL),
      caJSON(cas.github, instances.github.fulcioURL),
    ],
    ctlogs: [logJSON(`${url}/ctlog`, ctlog.publicKey, Buffer.from(b64(ctlog.logID), 'base64'))],
    timestampAuthorities: [
      {
        subject: { organization: GITHUB_ISSUER_ORG, commonName: 'Internal Services Root' },
        uri: instances.github.tsaURL ?? '',
        certChain: {
          certificates: [
            { rawBytes: b64(tsa.intCertificate) },
            { rawBytes: b64(tsa.rootCertificate) },
          ],
        },
        validFor: { start },
      },
    ],
  }
  const trustedRootPath = path.join(
    mkdtempSync(path.join(tmpdir(), 'ra-sigstore-')),
    'trusted_root.jsonl',
  )
  writeFileSync(trustedRootPath, `${JSON.stringify(trustedRoot)}\n`)

  return {
    url,
    fulcioURL: instances['public-good'].fulcioURL,
    rekorURL,
    instances,
    trustedRoot,
    trustedRootPath,
    oidc,
    issued,
    requests,
    stop: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()))
      rmSync(path.dirname(trustedRootPath), { recursive: true, force: true })
    },
  }
}

/** The claims a token carries, unverified (for assertions on what Fulcio was given). */
export const tokenClaims = (token: string): Record<string, unknown> => decodeJwt(token)
