/**
 * The read side of an npm registry (npm/registry docs/REGISTRY-API.md, `GET /{package}`): the
 * packument of a package, 404 when it was never published, and the published versions in it
 * with their `dist.integrity`.
 */
import { OperationalError } from '../errors/index.ts'
import { compareVersions, parseVersion, type Version } from '../versioning/index.ts'
import { escapedName } from './tarball.ts'

export class NpmRegistryError extends OperationalError {
  constructor(message: string) {
    super(message)
    this.name = 'NpmRegistryError'
  }
}

/** The parts of a packument this package reads. */
export interface Packument {
  versions: Record<string, { dist?: { integrity?: string; shasum?: string }; deprecated?: unknown }>
  'dist-tags': Record<string, string>
}

/** `<registry>/<name>`, the name escaped as npm does (`@scope%2fname`). */
export function packumentUrl(registry: string, name: string): string {
  return `${registry.replace(/\/+$/, '')}/${escapedName(name)}`
}

/** The package's page: npmjs.com for the public registry, else its packument URL. */
export function packagePageUrl(registry: string, name: string, version: string): string {
  const host = new URL(registry).hostname.toLowerCase()
  return host === 'registry.npmjs.org' || host === 'registry.npmjs.com'
    ? `https://www.npmjs.com/package/${name}/v/${version}`
    : packumentUrl(registry, name)
}

export interface RegistryOptions {
  registry: string
  /** Sent as a bearer token (a private registry's packuments need one); empty: none. */
  token?: string
  timeoutMs?: number
}

/** The packument of `name`, or undefined when the registry answers 404 (never published). */
export async function getPackument(
  name: string,
  { registry, token = '', timeoutMs = 30_000 }: RegistryOptions,
): Promise<Packument | undefined> {
  const url = packumentUrl(registry, name)
  const response = await fetch(url, {
    headers: {
      accept: 'application/json',
      // The packument as it is now, not a cached copy (a check right after a publish).
      'cache-control': 'no-cache',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (response.status === 404) {
    await response.body?.cancel()
    return undefined
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new NpmRegistryError(`GET ${url} answered ${response.status} ${response.statusText}`)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new NpmRegistryError(`GET ${url} answered a body that is not JSON`)
  }
  const b = body as { versions?: unknown; 'dist-tags'?: unknown } | null
  if (
    typeof b !== 'object' ||
    b === null ||
    (b.versions !== undefined && typeof b.versions !== 'object')
  )
    throw new NpmRegistryError(`GET ${url} answered JSON that is not a packument`)
  return {
    versions: (b.versions ?? {}) as Packument['versions'],
    'dist-tags': (typeof b['dist-tags'] === 'object' && b['dist-tags'] !== null
      ? b['dist-tags']
      : {}) as Record<string, string>,
  }
}

/**
 * The highest published stable version that is not deprecated, as `npm publish` finds it before
 * it applies the `latest` tag (npm/cli lib/commands/publish.js, #registryVersions).
 */
export function highestStable(packument: Packument | undefined): Version | undefined {
  let best: Version | undefined
  for (const [text, manifest] of Object.entries(packument?.versions ?? {})) {
    const v = parseVersion(text)
    if (v === undefined || v.prerelease.length > 0 || manifest.deprecated) continue
    if (best === undefined || compareVersions(v, best) > 0) best = v
  }
  return best
}
