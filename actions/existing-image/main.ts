/**
 * Whether a commit already has an image, and which (internal to the suite's reusable release
 * workflow): the first of the candidate tags (`sha-<commit>`, then the `candidate-<commit>` of an
 * earlier run) that exists gives the digest that is shipped instead of a rebuild — a promoted
 * candidate ships exactly what it validated, a release of a commit `main` already built ships that
 * build — with the version the image reports (its org.opencontainers.image.version label).
 */
import { InputError, showValue } from '../../packages/errors/index.ts'
import { code } from '../../packages/markdown/index.ts'
import { parseImageRef, readImageName, RegistryClient, TAG_RE } from '../../packages/oci/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'

export const main: ActionMain = async ({ inputs, logger, mask }) => {
  const image = readImageName(
    inputs.required('image', 'an image without tag, such as ghcr.io/owner/app'),
    inputs.warn,
  )
  const ref = parseImageRef(image)
  if (!ref || ref.tag || ref.digest)
    throw new InputError(
      'image',
      `expected an image without tag or digest, got ${showValue(image)}`,
    )
  const tags = inputs.list('tags')
  if (tags.length === 0) throw new InputError('tags', 'expected the candidate tags, one per line')
  for (const t of tags)
    if (!TAG_RE.test(t)) throw new InputError('tags', `${showValue(t)} is not a tag`)
  const [username, password] = inputs.pair('registry-username', 'registry-password')
  if (password) mask(password)
  const client = new RegistryClient({
    ...(username !== undefined && password !== undefined ? { username, password } : {}),
    logger,
  })
  for (const tag of tags) {
    const found = await client.imageConfig(ref, tag)
    if (!found) continue
    const version = found.config.config?.Labels?.['org.opencontainers.image.version'] ?? ''
    logger.info(
      `${image}:${tag} exists: ${found.digest}${version ? ` (version ${version})` : ''}; it is shipped, not rebuilt`,
    )
    return {
      outputs: { digest: found.digest, tag, version },
      summary: `### ${code(image)}\n\nThe commit already has ${code(`${image}:${tag}`)} → ${code(found.digest)}${version ? ` (${code(version)})` : ''}: shipped as it is, not rebuilt.\n`,
    }
  }
  logger.info(`${image} has none of ${tags.join(', ')}: it is built`)
  return { outputs: { digest: '', tag: '', version: '' } }
}
