/**
 * Waiting until an image is pullable (registries answer MANIFEST_UNKNOWN for a while after a
 * push): poll its manifest, by digest when the reference has one, with backoff, up to a bound.
 */
import type { Logger } from '../log/index.ts'
import { RegistryClient } from './client.ts'
import type { NamedImage } from './images.ts'

export interface WaitForImageOptions extends NamedImage {
  timeoutSeconds: number
  username: string | undefined
  password: string | undefined
}

export interface WaitForImageResult {
  digest: string
  waitedMs: number
}

export async function waitForImage(
  opts: WaitForImageOptions,
  logger: Logger,
  client?: RegistryClient,
): Promise<WaitForImageResult> {
  const registry =
    client ??
    new RegistryClient({
      logger,
      ...(opts.username && opts.password
        ? { username: opts.username, password: opts.password }
        : {}),
    })
  const started = Date.now()
  const manifest = await registry.waitForManifest(
    opts.ref,
    opts.ref.digest ?? opts.ref.tag ?? 'latest',
    { timeoutMs: opts.timeoutSeconds * 1000 },
  )
  return { digest: manifest.digest, waitedMs: Date.now() - started }
}
