/**
 * Downloading the release files of another release of the same commit, to ship again: a stable
 * release promoted from its candidate ships the candidate's files byte for byte, each checked
 * against the checksums that release published before it is used (the evidence is left out).
 * release-files calls this.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { subjectsFromChecksums } from '../attest/index.ts'
import { PreconditionError, showValue } from '../errors/index.ts'
import { createGitHubClient, gitHubProblem } from '../github/index.ts'
import type { Logger } from '../log/index.ts'
import { isChecksumsAsset, isEvidenceAsset } from './plan.ts'

export interface ReleaseFilesOptions {
  /** The release whose files to download. */
  tag: string
  /** The directory the files are written to. */
  dir: string
  token: string
  owner: string
  repo: string
  apiUrl: string
  /**
   * Ship the release's checksums file too, as a release file (GoReleaser's: published as it
   * wrote it); default false, the run writes its own.
   */
  includeChecksums?: boolean
}

export interface ReleaseFilesResult {
  dir: string
  /** The files written, by name. */
  files: string[]
  /** The release published a checksums.txt, and every file was checked against it. */
  checked: boolean
}

/**
 * An asset whose name is not a plain file name: the release named by the tag cannot be shipped
 * again (release-files reports it as a problem of its tag input).
 */
export class AssetNameError extends Error {
  override name = 'AssetNameError'
}

export async function downloadReleaseFiles(
  opts: ReleaseFilesOptions,
  logger: Logger,
): Promise<ReleaseFilesResult> {
  const { tag, owner, repo, dir } = opts
  const client = createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl, logger })
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
  const files = release.assets.filter(a => !isEvidenceAsset(a.name))
  if (files.length === 0)
    throw new PreconditionError(`the release ${tag} has no release files to reuse`)
  const checksumsAsset = release.assets.find(a => isChecksumsAsset(a.name))
  const expected = new Map<string, string>()
  if (checksumsAsset)
    for (const s of subjectsFromChecksums(
      (await download(checksumsAsset.id, checksumsAsset.name)).toString('utf8'),
    ))
      expected.set(s.name, s.digest.sha256 ?? '')
  mkdirSync(dir, { recursive: true })
  for (const asset of files) {
    if (asset.name.includes('/') || asset.name.startsWith('.'))
      throw new AssetNameError(
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
  const names = files.map(f => f.name)
  if (opts.includeChecksums && checksumsAsset) {
    const bytes = await download(checksumsAsset.id, checksumsAsset.name)
    writeFileSync(path.join(dir, checksumsAsset.name), bytes)
    names.push(checksumsAsset.name)
    logger.info(`${checksumsAsset.name} (the checksums file, shipped as published) from ${tag}`)
  }
  return { dir, files: names, checked: checksumsAsset !== undefined }
}
