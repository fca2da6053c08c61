/**
 * Which stand-in answers for which third-party action (by `owner/repo[/path]`); the runner also
 * requires the `uses:` commit to be one whose action.yml the stand-in was checked against.
 */
import {
  checkout,
  downloadArtifact,
  sbomAction,
  setupNode,
  uploadArtifact,
} from './github-actions.ts'
import type { StandInFn } from './workflow/runner.ts'

export const GITHUB_STAND_INS: Record<string, StandInFn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': (io, run) => Promise.resolve(uploadArtifact(io, run)),
  'actions/download-artifact': (io, run) => Promise.resolve(downloadArtifact(io, run)),
  'actions/setup-node': setupNode,
  'anchore/sbom-action': io => Promise.resolve(sbomAction(io)),
}
