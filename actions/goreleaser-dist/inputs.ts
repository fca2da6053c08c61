/**
 * goreleaser-dist's inputs: the only place they are read and validated.
 */
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'

export interface GoReleaserDistInputs {
  workspace: string
  dist: string
  outputDir: string
}

export function readInputs(inputs: Inputs, github: GithubContext): GoReleaserDistInputs {
  return {
    workspace: github.workspace,
    dist: resolveWorkspacePath('dist', inputs.string('dist', 'dist'), github.workspace),
    outputDir: resolveWorkspacePath(
      'output-dir',
      inputs.string('output-dir', 'release-archive'),
      github.workspace,
    ),
  }
}
