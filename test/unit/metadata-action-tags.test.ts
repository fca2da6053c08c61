/**
 * docker/metadata-action's tag cases (semver, edge, sha, schedule, and the defaults), ported as a
 * table and run through publish-tags-matrix's own input reader and tag planner. Each row is a
 * case of github.com/docker/metadata-action __tests__/meta.test.ts at commit
 * dc802804100637a589fabce1cb79ff13a1411302 (its id and line are given): the event, ref and sha of
 * its fixture env file, its images, and the tags it expects; then our inputs for the same build
 * and the tags we publish. metadata-action is configured per pattern (`type=semver,...`); our
 * policy is fixed, so where our tags differ, the row says why and cites DESIGN.md.
 *
 * The mapping: metadata-action's default branch (its fixture repo.json) is master, so
 * `default-branch: master`; its short sha is 7 characters, so `sha-format: short` unless the case
 * asks for `format=long`; the nightly tag is off unless the case is a schedule; `existing-versions`
 * is the version itself (metadata-action reads no other tags) unless the row says otherwise.
 */
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../actions/publish-tags-matrix/inputs.ts'
import { publishOutputs } from '../../actions/publish-tags-matrix/outputs.ts'
import { publishMatrix } from '../../packages/docker/index.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import { nullLogger } from '../../packages/log/index.ts'

const SOURCE =
  'docker/metadata-action __tests__/meta.test.ts@dc802804100637a589fabce1cb79ff13a1411302'

// The fixture env files' refs and shas.
const MASTER = {
  event: 'push',
  ref: 'refs/heads/master',
  sha: '266574110acf203503badf966df2ea24b5d732d7',
}
const DEV = {
  event: 'push',
  ref: 'refs/heads/dev',
  sha: '860c1904a1ce19322e91ac35af1ab07466440c37',
}
const DISPATCH = { ...DEV, event: 'workflow_dispatch', ref: 'refs/heads/master' }
const INVALID_CHARS = {
  event: 'push',
  ref: 'refs/heads/my/feature#1245',
  sha: '983315b5e8d46e46fc4c49869e85e7ee5fb289ba',
}
const TAG = (name: string) => ({ event: 'push', ref: `refs/tags/${name}`, sha: DEV.sha })
const SCHEDULE = { ...DEV, event: 'schedule', ref: 'refs/heads/master' }
const PULL = {
  event: 'pull_request',
  ref: 'refs/pull/15/merge',
  sha: 'a9c8c5828b91be19d9728548b24759e352367ef1',
}

const ALWAYS_SHA =
  'every build gets its sha- tag (DESIGN.md, publish-tags-matrix: "always sha-<sha>")'
const ALIASES =
  'a stable version gets X.Y, X and latest by the rule of its line, not per pattern (DESIGN.md: "stable X.Y.Z + X.Y + X + latest (each alias only if this is the highest version of its line)")'
const LATEST_STABLE =
  'a pre-release never gets latest (DESIGN.md: "prerelease X.Y.Z-rc.N only"; "latest that only ever points at the newest stable release")'
const LATEST_HIGHEST =
  'latest only on the highest stable version among all release tags (DESIGN.md: "is-latest means ..."); metadata-action reads no other tags'
const NO_BRANCH_TAG =
  'no branch-name tags: a branch build gets edge on the default branch and its sha- tag (DESIGN.md: "default-branch push edge + nightly-YYYY-MM-DD; always sha-<sha>")'
const NO_EDGE_ON_VERSION =
  'a version build gets the version tags, not edge (DESIGN.md, publish-tags-matrix: version "empty for branch and schedule builds")'
const NIGHTLY =
  'the nightly tag carries its date, nightly-YYYY-MM-DD, and there are no date patterns (DESIGN.md, publish-tags-matrix Tags)'
const NO_RAW = "tags are the version without the git tag's prefix (DESIGN.md: X.Y.Z)"
const NO_PR_TAG =
  'no pr-N tags: a pull request build gets its sha- tag (DESIGN.md, publish-tags-matrix Tags)'
const STRICT =
  'not a release tag, so refused before anything is tagged (DESIGN.md: "Anything else in a tag position is rejected")'

interface Row {
  /** The case id and line in meta.test.ts. */
  at: string
  /** What the case configures (its tags and flavor inputs), for the reader. */
  peerConfig: string
  build: { event: string; ref: string; sha: string }
  /** Our inputs beyond the build's event, ref and sha. */
  inputs: Record<string, string>
  /** The tag names metadata-action expects (its image:tag list without the images). */
  peer: string[]
  /** Our tag names in the order we write them, or `refused: <message>`. */
  ours: string[] | string
  /** Why ours differs (required exactly when the tag sets differ). */
  why: string[]
}

const row = (
  at: string,
  peerConfig: string,
  build: Row['build'],
  inputs: Record<string, string>,
  peer: string[],
  ours: string[] | string,
  ...why: string[]
): Row => ({ at, peerConfig, build, inputs, peer, ours, why })

const short = (sha: string) => `sha-${sha.slice(0, 7)}`
const edge = { 'default-branch': 'master', nightly: 'false', 'sha-format': 'short' }
const release = (version: string, more: Record<string, string> = {}) => ({
  'default-branch': 'master',
  'sha-format': 'short',
  'existing-versions': version,
  ...more,
})

// prettier-ignore
const ROWS: Row[] = [
  // push: edge and sha on branches
  row('push01:162', '(defaults)', DEV, edge, ['dev'], [short(DEV.sha)], NO_BRANCH_TAG, ALWAYS_SHA),
  row('push02:188', 'type=edge', MASTER, edge, ['edge'], [short(MASTER.sha), 'edge'], ALWAYS_SHA),
  row('push03:217', '(defaults)', MASTER, edge, ['master'], [short(MASTER.sha), 'edge'], NO_BRANCH_TAG, ALWAYS_SHA),
  row('push04:243', 'type=edge', DISPATCH, edge, ['edge'], [short(DEV.sha), 'edge'], ALWAYS_SHA),
  row('push08:362', 'type=edge; type=sha', MASTER, edge, ['edge', short(MASTER.sha)], [short(MASTER.sha), 'edge']),
  row('push09:395', 'type=edge,branch=dev; type=sha', DEV, { ...edge, 'default-branch': 'dev' }, ['edge', short(DEV.sha)], [short(DEV.sha), 'edge']),
  row('push10:428', 'type=edge,branch=dev; type=sha', MASTER, { ...edge, 'default-branch': 'dev' }, [short(MASTER.sha)], [short(MASTER.sha)]),
  row('push11:459', 'type=edge; type=sha (branch my/feature#1245)', INVALID_CHARS, edge, [short(INVALID_CHARS.sha)], [short(INVALID_CHARS.sha)]),
  row('push12:490', 'type=semver/pep440 without a value; type=edge (branch my/feature#1245)', INVALID_CHARS, edge, [], [short(INVALID_CHARS.sha)], ALWAYS_SHA),
  row('push14:550', 'type=semver,value=v1.2.3; type=pep440,value=v1.2.3; type=edge', MASTER, release('1.2.3', { version: 'v1.2.3' }), ['1.2.3', 'edge', 'latest'], ['1.2.3', short(MASTER.sha), '1.2', '1', 'latest'], NO_EDGE_ON_VERSION, ALIASES, ALWAYS_SHA),
  row('push18:693', 'type=ref,event=branch; type=sha,format=long', DEV, { ...edge, 'sha-format': 'long' }, ['dev', `sha-${DEV.sha}`], [`sha-${DEV.sha}`], NO_BRANCH_TAG),
  row('push20:759', 'type=edge,branch=master; type=ref,event=branch,enable=false; type=sha,format=long', DEV, { ...edge, 'sha-format': 'long' }, [`sha-${DEV.sha}`], [`sha-${DEV.sha}`]),
  // tag: semver
  row('tag01:885', '(defaults)', TAG('release1'), release('1.0.0'), ['release1', 'latest'], "refused: Input 'ref': \"release1\" does not start with the tag prefix 'v'", STRICT),
  row('tag02:912', '(defaults)', TAG('20200110-RC2'), release('1.0.0'), ['20200110-RC2', 'latest'], "refused: Input 'ref': \"20200110-RC2\" does not start with the tag prefix 'v'", STRICT),
  row('tag07:1067', 'type=match,pattern=\\d.\\d.\\d-(alpha|beta).\\d+', TAG('v2.0.8-beta.67'), release('2.0.8-beta.67'), ['2.0.8-beta.67', 'latest'], ['2.0.8-beta.67', short(DEV.sha)], LATEST_STABLE, ALWAYS_SHA),
  row('tag11:1193', 'type=semver {{version}}, {{major}}.{{minor}}, {{major}}', TAG('v1.1.1'), release('1.1.1'), ['1.1.1', '1.1', '1', 'latest'], ['1.1.1', short(DEV.sha), '1.1', '1', 'latest'], ALWAYS_SHA),
  row('tag11:1193 with v2.0.0 released', 'type=semver {{version}}, {{major}}.{{minor}}, {{major}}', TAG('v1.1.1'), release('1.1.1\n2.0.0'), ['1.1.1', '1.1', '1', 'latest'], ['1.1.1', short(DEV.sha), '1.1', '1'], LATEST_HIGHEST, ALWAYS_SHA),
  row('tag12:1231', 'type=semver {{version}}, {{major}}.{{minor}}.{{patch}}', TAG('v1.1.1'), release('1.1.1'), ['1.1.1', 'latest'], ['1.1.1', short(DEV.sha), '1.1', '1', 'latest'], ALIASES, ALWAYS_SHA),
  row('tag13:1264', 'type=semver {{major}}.{{minor}}, {{major}}', TAG('v2.0.8-beta.67'), release('2.0.8-beta.67'), ['2.0.8-beta.67'], ['2.0.8-beta.67', short(DEV.sha)], ALWAYS_SHA),
  row('tag14:1295', 'type=ref,event=tag; type=semver ...; latest=false', TAG('sometag'), release('1.0.0'), ['sometag'], "refused: Input 'ref': \"sometag\" does not start with the tag prefix 'v'", STRICT),
  row('tag21:1558', 'type=semver {{version}}, {{major}}.{{minor}}.{{patch}}; suffix=-dev,onlatest=true', TAG('v1.1.1'), release('1.1.1', { suffix: '-dev' }), ['1.1.1-dev', 'latest-dev'], ['1.1.1-dev', `${short(DEV.sha)}-dev`, '1.1-dev', '1-dev', 'latest-dev'], ALIASES, ALWAYS_SHA),
  row('tag22:1594', 'type=semver ...; prefix=foo-,onlatest=true; suffix=-dev,onlatest=true', TAG('v1.1.1'), release('1.1.1', { prefix: 'foo-', suffix: '-dev' }), ['foo-1.1.1-dev', 'foo-latest-dev'], ['foo-1.1.1-dev', `foo-${short(DEV.sha)}-dev`, 'foo-1.1-dev', 'foo-1-dev', 'foo-latest-dev'], ALIASES, ALWAYS_SHA),
  row('tag31:1893', 'type=semver,pattern={{raw}}', TAG('v2.0.8-beta.67'), release('2.0.8-beta.67'), ['v2.0.8-beta.67'], ['2.0.8-beta.67', short(DEV.sha)], NO_RAW, ALWAYS_SHA),
  row('tag34:1994', 'type=semver,pattern={{version}},match=v(\\d.\\d.\\d)$ (tag p1/v1.0.0)', TAG('p1/v1.0.0'), release('1.0.0', { 'tag-prefix': 'p1/v' }), ['1.0.0', 'latest'], ['1.0.0', short(DEV.sha), '1.0', '1', 'latest'], ALIASES, ALWAYS_SHA),
  // schedule
  row('schedule01:3188', '(defaults)', SCHEDULE, { 'default-branch': 'master', 'sha-format': 'short' }, ['nightly', 'master'], [short(DEV.sha), 'nightly-2020-01-10'], NIGHTLY, NO_BRANCH_TAG, ALWAYS_SHA),
  row('schedule02:3215', "type=schedule,pattern={{date 'YYYYMMDD'}}; pattern=source-date-{{commit_date 'YYYY-MM-DD'}}", SCHEDULE, { 'default-branch': 'master', 'sha-format': 'short' }, ['20200110', 'source-date-2020-01-10'], [short(DEV.sha), 'nightly-2020-01-10'], NIGHTLY, ALWAYS_SHA),
  row('schedule05:3306', 'type=schedule; type=sha', SCHEDULE, { 'default-branch': 'master', 'sha-format': 'short' }, ['nightly', short(DEV.sha)], [short(DEV.sha), 'nightly-2020-01-10'], NIGHTLY),
  row('schedule07:3378', 'type=schedule; prefix=glo-; suffix=-bal', SCHEDULE, { 'default-branch': 'master', 'sha-format': 'short', prefix: 'glo-', suffix: '-bal' }, ['glo-nightly-bal'], [`glo-${short(DEV.sha)}-bal`, 'glo-nightly-2020-01-10-bal'], NIGHTLY, ALWAYS_SHA),
  // pull request
  row('pr03:2459', 'type=ref,event=pr; type=sha', PULL, edge, ['pr-15', short(PULL.sha)], [short(PULL.sha)], NO_PR_TAG),
]

async function plan(
  row: Row,
  images = 'user/app',
): Promise<{ names: string[]; refs: string[]; warnings: string[] }> {
  const warnings: string[] = []
  const inputs = new Inputs(
    mapSource({ images, date: '2020-01-10', ...row.build, ...row.inputs }),
    { warn: m => warnings.push(m) },
  )
  const github = githubContext({ GITHUB_WORKSPACE: process.cwd() })
  const opts = readInputs(inputs, github, {})
  const outputs = publishOutputs(
    await publishMatrix(opts, {
      repository: 'docker/test-docker-action',
      serverUrl: github.serverUrl,
      logger: nullLogger,
    }),
  )
  return {
    names: (outputs['tag-names'] ?? '').split('\n'),
    refs: (outputs.tags ?? '').split('\n'),
    warnings,
  }
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')

describe(`docker/metadata-action tag cases (${SOURCE})`, () => {
  it('every row says why exactly when our tags differ from the peer', () => {
    for (const r of ROWS) {
      const differs = typeof r.ours === 'string' || !sameSet(r.ours, r.peer)
      expect(r.why.length > 0, r.at).toBe(differs)
    }
  })

  it.each(ROWS.map(r => [`${r.at} ${r.peerConfig}`, r] as const))('%s', async (_, r) => {
    if (typeof r.ours === 'string') {
      await expect(plan(r)).rejects.toThrow(r.ours.slice('refused: '.length))
      return
    }
    expect((await plan(r)).names).toEqual(r.ours)
  })

  it('latest08:2278: images of an upper-case owner are lower-cased, with a warning; tags keep their case', async () => {
    // metadata-action: images org/app and ghcr.io/MyUSER/MyApp, tag v1.1.1, type=ref,event=tag,
    // latest=false → org/app:v1.1.1 and ghcr.io/myuser/myapp:v1.1.1.
    const r = row(
      'latest08:2278',
      'type=ref,event=tag; latest=false',
      TAG('v1.1.1-RC.1'),
      release('1.1.1-RC.1'),
      [],
      [],
    )
    const { refs, warnings } = await plan(r, 'org/app\nghcr.io/MyUSER/MyApp')
    expect(refs).toEqual([
      'org/app:1.1.1-RC.1',
      `org/app:${short(DEV.sha)}`,
      'ghcr.io/myuser/myapp:1.1.1-RC.1',
      `ghcr.io/myuser/myapp:${short(DEV.sha)}`,
    ])
    expect(warnings).toEqual([
      'The image name "ghcr.io/MyUSER/MyApp" has upper-case letters, which registries do not accept in a repository name; using "ghcr.io/myuser/myapp".',
    ])
  })
})
