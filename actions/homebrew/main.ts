/**
 * Commit the Homebrew formula of a stable release to a tap (internal to the suite's reusable
 * release workflow, which runs it for the latest stable release only): the formula rendered from
 * the release's checksums (packages/homebrew), committed to Formula/<name>.rb through the GitHub
 * contents API; the same formula again makes no commit.
 */
import { createGitHubClient } from '../../packages/github/index.ts'
import {
  commitFormula,
  parseChecksums,
  platformFiles,
  renderFormula,
  withArchiveMembers,
} from '../../packages/homebrew/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { homebrewOutputs, summarize, type FormulaCommit } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const token = inputs.string('token', '')
  if (token !== '') mask(token)
  const o = readInputs(inputs, github)
  const listed = platformFiles(
    parseChecksums(o.checksums),
    file => `${o.downloadUrl}/${encodeURIComponent(file)}`,
  )
  // With the release files at hand, an archive's formula installs the file it holds.
  const files = o.readFile ? withArchiveMembers(listed, o.binary, o.readFile) : listed
  const formula = renderFormula({
    name: o.name,
    desc: o.desc,
    homepage: o.homepage,
    version: o.version,
    ...(o.license ? { license: o.license } : {}),
    binary: o.binary,
    files,
  })
  const path = `Formula/${o.name}.rb`
  const client = createGitHubClient({ token: o.token, apiUrl: o.apiUrl, logger })
  const result = await commitFormula(client, {
    owner: o.tap.owner,
    repo: o.tap.repo,
    path,
    content: formula,
    message: `${o.name} ${o.version}`,
    ...(o.branch ? { branch: o.branch } : {}),
  })
  const tap = `${o.tap.owner}/${o.tap.repo}`
  logger.info(
    result.status === 'unchanged'
      ? `${path} in ${tap} is already the formula of ${o.version}: no commit.`
      : `${path} ${result.status} in ${tap} (${result.commit}).`,
  )
  const done: FormulaCommit = { tap, path, status: result.status, commit: result.commit, files }
  return { outputs: homebrewOutputs(done), summary: summarize(done) }
}
