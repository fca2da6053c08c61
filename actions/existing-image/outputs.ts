/**
 * existing-image's outputs (the names of its action.yml) and step summary.
 */
import { code } from '../../packages/markdown/index.ts'
import type { ExistingImage } from '../../packages/oci/index.ts'

export function existingOutputs(found: ExistingImage | undefined): Record<string, string> {
  return found
    ? { digest: found.digest, tag: found.tag, version: found.version }
    : { digest: '', tag: '', version: '' }
}

export function summarize(image: string, found: ExistingImage): string {
  return `### ${code(image)}\n\nThe commit already has ${code(`${image}:${found.tag}`)} → ${code(found.digest)}${found.version ? ` (${code(found.version)})` : ''}: shipped as it is, not rebuilt.\n`
}
