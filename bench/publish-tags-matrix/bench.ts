/**
 * publish-tags-matrix: (1) computing the tags of 20 images against 5,000 existing versions, its
 * own work in-process (target: under 50 ms), against the floor of parsing those 5,000 versions;
 * (2) applying 6 tags to a pushed digest in a real registry on 127.0.0.1, against skopeo copying
 * the digest to the same 6 tags, measured in the same run.
 *
 *   node bench/publish-tags-matrix/bench.ts
 */
import { spawnSync } from 'node:child_process'
import { planTags, publishTags } from '../../packages/docker/index.ts'
import { parseImageRef, RegistryClient, type ImageRef } from '../../packages/oci/index.ts'
import { lineMaxima, parseVersion, type Version } from '../../packages/versioning/index.ts'
import { pushImage, startRegistry } from '../../test/peers/registry.ts'
import { cleanupTempDirs } from '../../test/helpers/tmp.ts'
import { fmt, median, timeSync } from '../lib.ts'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const texts = Array.from(
  { length: 5000 },
  (_, i) => `${Math.floor(i / 500)}.${Math.floor(i / 25) % 20}.${i % 25}`,
)
const images = Array.from({ length: 20 }, (_, i) => `ghcr.io/octo/service-${i}`)

// (1) Tag computation: parse the existing versions, one pass for the line maxima, plan 20 images.
const floor = timeSync(
  () => {
    for (const t of texts) parseVersion(t)
  },
  50,
  5,
)
const compute = timeSync(
  () => {
    const existing = texts.map(t => parseVersion(t) as Version)
    const maxima = lineMaxima(existing)
    for (const image of images) {
      const plan = planTags(
        {
          version: parseVersion('9.19.25'),
          existing,
          event: 'push',
          ref: 'refs/tags/v9.19.25',
          sha: SHA,
          defaultBranch: 'main',
          shaFormat: 'long',
          majorZero: false,
          nightly: true,
          date: '2026-09-01',
          prefix: '',
          suffix: '',
        },
        maxima,
      )
      void plan.tags.map(t => `${image}:${t.name}`)
    }
  },
  50,
  5,
)
console.log(`floor parse 5,000 versions                      median ${fmt(floor)}`)
console.log(
  `ours  tags for 20 images vs 5,000 versions      median ${fmt(compute)}  (${(compute / floor).toFixed(1)}× the floor; target < 50 ms)`,
)

// (2) Applying 6 tags in a real registry.
const registry = await startRegistry()
try {
  const tagNames = ['1.2.3', `sha-${SHA.slice(0, 7)}`, '1.2', '1', 'edge', 'latest']
  const tags = tagNames.map((name, i) => ({
    name: `${name}`,
    kind: (['version', 'sha', 'minor', 'major', 'edge', 'latest'] as const)[i] ?? 'minor',
    immutable: i < 2,
  }))
  const ours: number[] = []
  const skopeo: number[] = []
  for (let run = 0; run < 7; run++) {
    const repo = `octo/bench-${run}`
    const digest = await pushImage(registry, repo)
    const target = {
      image: `${registry.host}/${repo}`,
      ref: parseImageRef(`${registry.host}/${repo}`) as ImageRef,
      digest,
    }
    let start = performance.now()
    await publishTags([target], {
      tags,
      client: new RegistryClient(),
      waitMs: 5000,
      dryRun: false,
    })
    ours.push(performance.now() - start)
    const peerRepo = `octo/bench-skopeo-${run}`
    const peerDigest = await pushImage(registry, peerRepo)
    start = performance.now()
    for (const tag of tagNames) {
      const r = spawnSync('skopeo', [
        'copy',
        '--quiet',
        '--preserve-digests',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${registry.host}/${peerRepo}@${peerDigest}`,
        `docker://${registry.host}/${peerRepo}:${tag}`,
      ])
      if (r.status !== 0) throw new Error(`skopeo failed: ${r.stderr?.toString()}`)
    }
    skopeo.push(performance.now() - start)
  }
  const [o, s] = [median(ours.slice(1)), median(skopeo.slice(1))]
  console.log(`peer  skopeo copy digest → 6 tags               median ${fmt(s)}`)
  console.log(
    `ours  publish 6 tags (1 GET + 6 HEAD + 6 PUT)   median ${fmt(o)}  (${(s / o).toFixed(1)}× faster than skopeo)`,
  )
  const ok = compute < 50
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: tags for 20 images against 5,000 versions in ${fmt(compute)}, target < 50 ms`,
  )
  process.exitCode = ok ? 0 : 1
} finally {
  await registry.stop()
  cleanupTempDirs()
}
