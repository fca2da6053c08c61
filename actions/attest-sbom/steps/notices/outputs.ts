/**
 * notices' outputs (the names of its action.yml) and step summary.
 */
import type { NoticesResult } from '../../../../packages/attest/index.ts'

export function noticesOutputs(output: string, r: NoticesResult): Record<string, string> {
  return {
    'notices-file': output,
    packages: String(r.packages),
    'needs-review': String(r.needsReview),
    'licence-texts': String(r.withLicenceText),
    'without-licence-file': String(r.withoutLicenceFile),
  }
}

export function summarize(output: string, r: NoticesResult): string {
  return `### notices\n\n${r.packages} third-party packages (${r.format}) in \`${output}\`; ${r.needsReview} need licence review; licence texts of ${r.withLicenceText}, no licence file found for ${r.withoutLicenceFile}.\n`
}
