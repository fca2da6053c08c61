/**
 * The SLSA v1 provenance of a GitHub Actions run, in the shape actions/attest produces
 * (buildType https://actions.github.io/buildtypes/workflow/v1), wrapped in an in-toto v1
 * statement with the checksums file's artifacts as subjects.
 */
import { PreconditionError } from '../errors/index.ts'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'

/** What the predicate is made of: the OIDC token's claims, or the same values from the run's env. */
export interface RunClaims {
  repository: string
  repository_id: string
  repository_owner_id: string
  ref: string
  sha: string
  event_name: string
  /** owner/repo/.github/workflows/x.yml@ref of the top-level workflow. */
  workflow_ref: string
  /** The workflow the job runs in (a reusable workflow's own ref). */
  job_workflow_ref: string
  run_id: string
  run_attempt: string
  runner_environment: string
}

export interface InTotoSubject {
  name: string
  digest: { sha256: string }
}

export interface Statement {
  _type: string
  subject: InTotoSubject[]
  predicateType: string
  predicate: Record<string, unknown>
}

/** The run's claims from the environment (GitHub Enterprise Server has no attestation service). */
export function claimsFromEnv(env: NodeJS.ProcessEnv): RunClaims {
  const need = (name: string) => {
    const value = env[name]
    if (!value)
      throw new PreconditionError(`${name} is not set: provenance describes a GitHub Actions run`)
    return value
  }
  const workflowRef = need('GITHUB_WORKFLOW_REF')
  return {
    repository: need('GITHUB_REPOSITORY'),
    repository_id: env.GITHUB_REPOSITORY_ID ?? '',
    repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
    ref: need('GITHUB_REF'),
    sha: need('GITHUB_SHA'),
    event_name: need('GITHUB_EVENT_NAME'),
    workflow_ref: workflowRef,
    job_workflow_ref: env.RELEASE_ACTIONS_JOB_WORKFLOW_REF || workflowRef,
    run_id: need('GITHUB_RUN_ID'),
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    runner_environment: env.RUNNER_ENVIRONMENT ?? 'github-hosted',
  }
}

export function provenancePredicate(claims: RunClaims, serverUrl: string): Record<string, unknown> {
  const server = serverUrl.replace(/\/+$/, '')
  const [workflowPath = '', ...refParts] = claims.workflow_ref
    .replace(`${claims.repository}/`, '')
    .split('@')
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: refParts.join('@'),
          repository: `${server}/${claims.repository}`,
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
          uri: `git+${server}/${claims.repository}@${claims.ref}`,
          digest: { gitCommit: claims.sha },
        },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  }
}

/** Subjects from a sha256sum-format checksums file. */
export function subjectsFromChecksums(text: string): InTotoSubject[] {
  const subjects: InTotoSubject[] = []
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue
    const escaped = raw.startsWith('\\')
    const m = /^\\?([a-f0-9]{64}) [ *](.+)$/.exec(raw)
    if (!m)
      throw new PreconditionError(
        `line ${i + 1} of the checksums file is not "<sha256>  <name>": ${JSON.stringify(raw.slice(0, 80))}`,
      )
    const name = escaped
      ? (m[2] ?? '').replace(/\\(\\|n|r)/g, (_, c: string) =>
          c === 'n' ? '\n' : c === 'r' ? '\r' : '\\',
        )
      : (m[2] ?? '')
    subjects.push({ name, digest: { sha256: m[1] ?? '' } })
  }
  if (subjects.length === 0) throw new PreconditionError('the checksums file lists no subject')
  return subjects
}

export function provenanceStatement(
  subjects: InTotoSubject[],
  claims: RunClaims,
  serverUrl: string,
): Statement {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: subjects,
    predicateType: SLSA_PROVENANCE_V1,
    predicate: provenancePredicate(claims, serverUrl),
  }
}
