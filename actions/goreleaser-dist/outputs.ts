/**
 * goreleaser-dist's outputs (the names of its action.yml) and step summary.
 */
import type { GoReleaserDist } from '../../packages/archive/index.ts'
import { code } from '../../packages/markdown/index.ts'

export function distOutputs(d: GoReleaserDist): Record<string, string> {
  return { archives: d.archives.map(a => a.name).join('\n'), 'checksums-name': d.checksums.name }
}

export function summarize(d: GoReleaserDist): string {
  return `### GoReleaser's archives\n\n${d.archives.map(a => code(a.name)).join(', ')}, each as ${code(d.checksums.name)} lists it.\n`
}
