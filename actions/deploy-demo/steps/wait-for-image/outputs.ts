/**
 * wait-for-image's outputs (the names of its action.yml).
 */
import type { WaitForImageResult } from '../../../../packages/oci/index.ts'

export function waitOutputs(r: WaitForImageResult): Record<string, string> {
  return { digest: r.digest, 'waited-seconds': (r.waitedMs / 1000).toFixed(1) }
}
