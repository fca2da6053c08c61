/**
 * The SLSA v1 provenance statement: its shape against the specification's schema, and an
 * offline DSSE signature made with @sigstore/sign and checked with @sigstore/verify, with the
 * negative cases (one byte changed, wrong subject digest, wrong predicate type) all rejected.
 */
import { createHash, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BundleWithDsseEnvelope } from '@sigstore/bundle'
import { DSSEBundleBuilder } from '@sigstore/sign'
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import {
  claimsFromEnv,
  IN_TOTO_STATEMENT_V1,
  provenanceStatement,
  SLSA_PROVENANCE_V1,
  subjectsFromChecksums,
  type Statement,
} from '../../packages/attest/index.ts'
import { root } from '../helpers/cli.ts'

/**
 * Check a statement the way a verifier's policy does, after the signature: the subject must carry
 * the artifact's digest, the predicate type must be the expected one, the builder must be trusted.
 * Returns the problems (empty when it passes).
 */
function checkStatement(
  statement: Statement,
  {
    sha256,
    predicateType = SLSA_PROVENANCE_V1,
    builderIdPrefix,
  }: { sha256: string; predicateType?: string; builderIdPrefix?: string },
): string[] {
  const problems: string[] = []
  if (statement._type !== IN_TOTO_STATEMENT_V1)
    problems.push(`the statement type is ${statement._type}, not ${IN_TOTO_STATEMENT_V1}`)
  if (statement.predicateType !== predicateType)
    problems.push(`the predicate type is ${statement.predicateType}, not ${predicateType}`)
  if (!statement.subject.some(s => s.digest.sha256 === sha256))
    problems.push(`no subject has the artifact's digest sha256:${sha256}`)
  if (builderIdPrefix) {
    const id =
      (statement.predicate.runDetails as { builder?: { id?: string } } | undefined)?.builder?.id ??
      ''
    if (!id.startsWith(builderIdPrefix))
      problems.push(`the builder ${id || '(none)'} is not ${builderIdPrefix}…`)
  }
  return problems
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const schema = JSON.parse(
  readFileSync(path.join(root, 'test/fixtures/slsa-provenance-v1.schema.json'), 'utf8'),
) as Record<string, unknown>
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }))
const validate = ajv.compile(schema)

const artifact = Buffer.from('the release binary\n')
const digest = createHash('sha256').update(artifact).digest('hex')
const env = {
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_REPOSITORY_ID: '123',
  GITHUB_REPOSITORY_OWNER_ID: '456',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  GITHUB_RUN_ID: '789',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
}

function statement(): Statement {
  return provenanceStatement(
    subjectsFromChecksums(`${digest}  app-linux-amd64\n${'b'.repeat(64)}  app-darwin-arm64\n`),
    claimsFromEnv(env),
    'https://github.com',
  )
}

describe('the provenance statement', () => {
  it('has the shape of SLSA v1 provenance, as actions/attest makes it', () => {
    const s = statement()
    expect(validate(s), ajv.errorsText(validate.errors)).toBe(true)
    expect(s.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.2.3',
            repository: 'https://github.com/octo/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123',
            repository_owner_id: '456',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/octo/app@refs/tags/v1.2.3',
            digest: { gitCommit: 'a'.repeat(40) },
          },
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
        },
        metadata: { invocationId: 'https://github.com/octo/app/actions/runs/789/attempts/2' },
      },
    })
  })

  it('the schema catches a statement that is not provenance', () => {
    const s = statement() as unknown as Record<string, Record<string, unknown>>
    delete (s.predicate as Record<string, unknown>).runDetails
    expect(validate(s)).toBe(false)
  })

  it('refuses a checksums file that is not one', () => {
    expect(() => subjectsFromChecksums('not a checksum line')).toThrow(
      'line 1 of the checksums file is not',
    )
    expect(() => subjectsFromChecksums('')).toThrow('lists no subject')
  })
})

describe('signed as a DSSE envelope and verified offline', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const hint = 'release-actions-test-key'

  async function signStatement(
    s: Statement,
    key: KeyObject = privateKey,
  ): Promise<BundleWithDsseEnvelope> {
    const builder = new DSSEBundleBuilder({
      signer: {
        sign: data =>
          Promise.resolve({
            signature: cryptoSign('sha256', data, key),
            key: {
              $case: 'publicKey' as const,
              publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
              hint,
            },
          }),
      },
      witnesses: [],
    })
    return builder.create({
      data: Buffer.from(JSON.stringify(s)),
      type: 'application/vnd.in-toto+json',
    })
  }

  const trust: TrustMaterial = {
    certificateAuthorities: [],
    timestampAuthorities: [],
    tlogs: [],
    ctlogs: [],
    publicKey: (keyHint: string) => {
      if (keyHint !== hint) throw new Error(`unknown key ${keyHint}`)
      return { publicKey, validFor: () => true }
    },
  }

  /** Signature first (@sigstore/verify), then the policy a verifier applies to the statement. */
  function verify(bundle: BundleWithDsseEnvelope, sha256: string): string[] {
    new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(
      toSignedEntity(bundle),
    )
    const payload = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')) as Statement
    return checkStatement(payload, {
      sha256,
      builderIdPrefix: 'https://github.com/octo/app/.github/workflows/',
    })
  }

  it('verifies: good signature, the artifact is a subject, provenance, a trusted builder', async () => {
    const bundle = await signStatement(statement())
    expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/)
    expect(bundle.content.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(verify(bundle, digest)).toEqual([])
  })

  it('rejects the envelope when one byte of the payload changed', async () => {
    const bundle = await signStatement(statement())
    const payload = Buffer.from(bundle.content.dsseEnvelope.payload)
    payload[payload.indexOf('app-linux')] = 'A'.charCodeAt(0)
    const tampered: BundleWithDsseEnvelope = {
      ...bundle,
      content: { ...bundle.content, dsseEnvelope: { ...bundle.content.dsseEnvelope, payload } },
    }
    expect(() => verify(tampered, digest)).toThrow(/signature verification failed/i)
  })

  it('rejects a statement whose subjects do not carry the artifact digest', async () => {
    const bundle = await signStatement(statement())
    const other = createHash('sha256').update('another binary').digest('hex')
    expect(verify(bundle, other)).toEqual([`no subject has the artifact's digest sha256:${other}`])
  })

  it('rejects another predicate type', async () => {
    const s = { ...statement(), predicateType: 'https://in-toto.io/attestation/release/v0.1' }
    expect(verify(await signStatement(s), digest)).toEqual([
      'the predicate type is https://in-toto.io/attestation/release/v0.1, not https://slsa.dev/provenance/v1',
    ])
  })

  it('rejects a signature by another key', async () => {
    const { privateKey: other } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    await expect(signStatement(statement(), other).then(b => verify(b, digest))).rejects.toThrow(
      /signature verification failed/i,
    )
  })
})
