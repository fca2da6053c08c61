/**
 * Every test runs git against its own temporary repositories with a known identity, and never
 * reads the developer's or the machine's git configuration.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const home = mkdtempSync(path.join(tmpdir(), 'ra-home-'))
const gitconfig = path.join(home, '.gitconfig')
writeFileSync(
  gitconfig,
  [
    '[user]',
    '\tname = Release Tester',
    '\temail = tester@example.com',
    '[init]',
    '\tdefaultBranch = main',
    '[commit]',
    '\tgpgSign = false',
    '[tag]',
    '\tgpgSign = false',
    '[advice]',
    '\tdetachedHead = false',
    '',
  ].join('\n'),
)
process.env.GIT_CONFIG_GLOBAL = gitconfig
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.HOME = home
for (const name of Object.keys(process.env)) {
  if (name.startsWith('GITHUB_') || name.startsWith('INPUT_') || name.startsWith('RUNNER_'))
    delete process.env[name]
}
