/**
 * The release files of another release of the same commit, downloaded to ship again (internal to
 * the suite's reusable release workflow): a stable release promoted from its candidate ships the
 * candidate's files byte for byte, and each is checked against the checksums that release
 * published before it is used.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { subjectsFromChecksums } from '../../packages/attest/index.ts'
import { createGitHubClient, gitHubProblem, readRepository } from '../../packages/github/index.ts'
import { resolveWorkspacePath } from '../../packages/inputs/index.ts'
import { InputError, PreconditionError, showValue } from '../../packages/errors/index.ts'
import { code } from '../../packages/markdown/index.ts'
import { EVIDENCE_ASSETS } from '../../packages/release/plan.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readTagPrefix, requireReleaseTag } from '../../packages/versioning/index.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const prefix = readTagPrefix(inputs)
  const tag = inputs.required('tag', 'the release whose files to download, such as v1.2.0-rc.2')
  requireReleaseTag('tag', tag, prefix)
  const dir = resolveWorkspacePath('path', inputs.string('path', 'release-files'), github.workspace)
  const token = inputs.required('token', 'a GitHub token with contents: read')
  const { owner, repo } = readRepository(inputs, github.repository)
  const apiUrl = inputs.url(
    'api-url',
    github.apiUrl,
    'https://api.github.com or https://github.example.com/api/v3',
  )
  const client = createGitHubClient({ token, apiUrl, logger })
  let release
  try {
    release = (await client.rest.repos.getReleaseByTag({ owner, repo, tag })).data
  } catch (error) {
    throw gitHubProblem(error, `read the release of ${tag}`, 'contents: read')
  }
  const download = async (id: number, name: string): Promise<Buffer> => {
    try {
      const r = await client.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: id,
        headers: { accept: 'application/octet-stream' },
      })
      return Buffer.from(r.data as unknown as ArrayBuffer)
    } catch (error) {
      throw gitHubProblem(error, `download ${name} of ${tag}`, 'contents: read')
    }
  }
  const files = release.assets.filter(a => !(EVIDENCE_ASSETS as readonly string[]).includes(a.name))
  if (files.length === 0)
    throw new PreconditionError(`the release ${tag} has no release files to reuse`)
  const checksumsAsset = release.assets.find(a => a.name === 'checksums.txt')
  const expected = new Map<string, string>()
  if (checksumsAsset)
    for (const s of subjectsFromChecksums(
      (await download(checksumsAsset.id, checksumsAsset.name)).toString('utf8'),
    ))
      expected.set(s.name, s.digest.sha256 ?? '')
  mkdirSync(dir, { recursive: true })
  for (const asset of files) {
    if (asset.name.includes('/') || asset.name.startsWith('.'))
      throw new InputError(
        'tag',
        `the release ${tag} has an asset named ${showValue(asset.name)}, which is not a file name`,
      )
    const bytes = await download(asset.id, asset.name)
    const sha = createHash('sha256').update(bytes).digest('hex')
    const want = expected.get(asset.name)
    if (checksumsAsset && want !== sha)
      throw new PreconditionError(
        `${asset.name} of ${tag} ${want ? `has sha256 ${sha}, but its checksums.txt says ${want}` : 'is not in its checksums.txt'}: not shipping it`,
      )
    writeFileSync(path.join(dir, asset.name), bytes)
    logger.info(`${asset.name} (${bytes.length} bytes, sha256 ${sha}) from ${tag}`)
  }
  return {
    outputs: { path: dir, count: String(files.length) },
    summary: `### Release files from ${code(tag)}\n\n${files.length} file(s) published with ${code(tag)} on the same commit, ${checksumsAsset ? 'each checked against its checksums.txt' : 'which published no checksums.txt'}: ${files.map(f => code(f.name)).join(', ')}.\n`,
  }
}
