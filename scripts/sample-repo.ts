/**
 * The embedded sample repository of the demo: the history of a small API server, "quay", as a
 * maintainer would have made it: conventional commits, a release candidate promoted on the same
 * commit, a breaking change while 0.x, and a back-port on a maintenance branch.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { exec } from '../packages/process/index.ts'

type Step =
  | { commit: string; files?: Record<string, string> }
  | { tag: string; message?: string }
  | { branch: string; from?: string }
  | { checkout: string }
  | { merge: string; message: string }

export const SAMPLE_HISTORY: Step[] = [
  { commit: 'chore: initial commit', files: { 'README.md': '# quay\n', VERSION: '0.1.0\n' } },
  {
    commit: 'feat(api): serve /health',
    files: {
      'src/api.ts': 'export const health = "/health"\n',
      'package.json':
        '{ "name": "quay", "version": "0.3.0", "license": "Apache-2.0", "dependencies": { "undici": "^6.23.0", "yaml": "^2.8.1" } }\n',
      'package-lock.json': `${JSON.stringify(
        {
          name: 'quay',
          version: '0.3.0',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': {
              name: 'quay',
              version: '0.3.0',
              license: 'Apache-2.0',
              dependencies: { undici: '^6.23.0', yaml: '^2.8.1' },
            },
            'node_modules/undici': { version: '6.23.0', license: 'MIT' },
            'node_modules/yaml': { version: '2.8.1', license: 'ISC' },
          },
        },
        null,
        2,
      )}\n`,
    },
  },
  {
    commit: 'feat(cli): add the quay command',
    files: { 'src/cli.ts': 'export const name = "quay"\n' },
  },
  { tag: 'v0.1.0', message: 'Release v0.1.0' },
  { commit: 'fix(api): return JSON errors (#12)\n\nSigned-off-by: Ada <ada@example.com>' },
  { commit: 'docs: describe the configuration' },
  { tag: 'v0.1.1', message: 'Release v0.1.1' },
  { branch: 'release-0.1' },
  { checkout: 'main' },
  {
    commit:
      'feat(api)!: rename /status to /health/ready\n\nBREAKING CHANGE: clients that poll /status must poll /health/ready.',
  },
  { commit: 'feat(cli): add --json output (#21)' },
  { tag: 'v0.2.0-rc.1', message: 'Release v0.2.0-rc.1' },
  { tag: 'v0.2.0', message: 'Release v0.2.0' },
  {
    commit: 'docs: start a changelog',
    files: {
      'CHANGELOG.md': [
        '# Changelog',
        '',
        'All notable changes to quay are documented here. The format is based on',
        '[Keep a Changelog](https://keepachangelog.com/en/1.1.0/).',
        '',
        '## [Unreleased]',
        '',
        '### Security',
        '',
        '- Tokens are no longer written to the debug log. <!-- written by hand -->',
        '',
        '## [0.2.0] - 2026-06-01',
        '',
        '### Changed',
        '',
        '- `/status` is now `/health/ready` ⚠️',
        '',
        '[Unreleased]: https://github.com/quay/quay/compare/v0.2.0...HEAD',
        '[0.2.0]: https://github.com/quay/quay/compare/v0.1.1...v0.2.0',
        '',
      ].join('\n'),
    },
  },
  { checkout: 'release-0.1' },
  { commit: 'fix(api): close idle connections (#24)' },
  { tag: 'v0.1.2', message: 'Release v0.1.2' },
  { checkout: 'main' },
  { commit: 'fix(api): handle empty request bodies (#25)' },
  { commit: 'perf(core): cache parsed configuration' },
  { tag: 'v0.3.0-rc.1', message: 'Release v0.3.0-rc.1' },
  { commit: 'feat(api): add the /version endpoint (#30)' },
  { branch: 'docs' },
  { checkout: 'docs' },
  { commit: 'docs: explain the /version endpoint' },
  { checkout: 'main' },
  { commit: 'fix(cli): print errors to stderr (#32)' },
  { commit: 'chore: set VERSION to 0.3.0', files: { VERSION: '0.3.0\n' } },
  { merge: 'docs', message: 'Merge pull request #31 from quay/docs' },
]

/** Build the sample repository in `dir` (which must not be a repository yet). */
export async function buildSampleRepo(dir: string): Promise<void> {
  let clock = Date.UTC(2026, 5, 1, 9) / 1000
  const git = async (...args: string[]) => {
    clock += 3600
    const date = `${clock} +0000`
    await exec('git', ['-C', dir, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Quay Maintainer',
        GIT_AUTHOR_EMAIL: 'maintainer@quay.example',
        GIT_COMMITTER_NAME: 'Quay Maintainer',
        GIT_COMMITTER_EMAIL: 'maintainer@quay.example',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    })
  }
  mkdirSync(dir, { recursive: true })
  await git('init', '--quiet', '--initial-branch=main')
  for (const step of SAMPLE_HISTORY) {
    if ('commit' in step) {
      for (const [file, content] of Object.entries(step.files ?? {})) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        writeFileSync(path.join(dir, file), content)
        await git('add', '--', file)
      }
      await git('commit', '--quiet', '--allow-empty', '-m', step.commit)
    } else if ('tag' in step) {
      await git('tag', ...(step.message ? ['-a', '-m', step.message] : []), step.tag)
    } else if ('merge' in step) {
      await git('merge', '--quiet', '--no-ff', '-m', step.message, step.merge)
    } else if ('branch' in step) {
      await git('branch', step.branch, step.from ?? 'HEAD')
    } else {
      await git('checkout', '--quiet', step.checkout)
    }
  }
}
