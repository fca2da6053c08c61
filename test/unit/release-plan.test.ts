/**
 * The images of a release run's plan: a list of names built alike, or a YAML list of images built
 * apart, each validated before anything is built.
 */
import { describe, expect, it } from 'vitest'
import { parseImageBuilds } from '../../packages/release/plan.ts'

const defaults = { dockerfile: '', context: '.', platforms: 'linux/amd64,linux/arm64' }

describe('parseImageBuilds', () => {
  it('reads names, one per line or comma-separated, all built alike', () => {
    expect(
      parseImageBuilds('ghcr.io/o/a\nghcr.io/o/b, ghcr.io/o/c', defaults).map(i => [
        i.name,
        i.key,
        i.context,
        i.dockerfile,
      ]),
    ).toEqual([
      ['ghcr.io/o/a', 'image-1', '.', ''],
      ['ghcr.io/o/b', 'image-2', '.', ''],
      ['ghcr.io/o/c', 'image-3', '.', ''],
    ])
    expect(parseImageBuilds('  ', defaults)).toEqual([])
  })

  it('reads a YAML list of images built apart; a context of its own takes its own Dockerfile', () => {
    const images = parseImageBuilds(
      `- name: ghcr.io/o/api
  dockerfile: docker/api.Dockerfile
  platforms: linux/amd64
- ghcr.io/o/worker
- name: ghcr.io/o/cli
  context: ./cli
  target: runtime
  build-args:
    CUDA: "12.4"
    FLAVOR: slim
`,
      { ...defaults, dockerfile: 'Dockerfile' },
    )
    expect(images).toEqual([
      {
        name: 'ghcr.io/o/api',
        dockerfile: 'docker/api.Dockerfile',
        context: '.',
        platforms: 'linux/amd64',
        buildArgs: '',
        target: '',
        key: 'image-1',
      },
      {
        name: 'ghcr.io/o/worker',
        dockerfile: 'Dockerfile',
        context: '.',
        platforms: 'linux/amd64,linux/arm64',
        buildArgs: '',
        target: '',
        key: 'image-2',
      },
      {
        name: 'ghcr.io/o/cli',
        dockerfile: '',
        context: 'cli',
        platforms: 'linux/amd64,linux/arm64',
        buildArgs: 'CUDA=12.4\nFLAVOR=slim',
        target: 'runtime',
        key: 'image-3',
      },
    ])
  })

  it.each([
    ['ghcr.io/o/app:1.0', 'without a tag or digest'],
    ['ghcr.io/O/-app', 'with a lower-case repository'],
    ['- name: ghcr.io/o/a\n- name: ghcr.io/o/a', 'is listed twice'],
    ['- name: ghcr.io/o/a\n  dockerfile: ../../etc/passwd', 'a path inside the repository'],
    ['- name: ghcr.io/o/a\n  context: /srv', 'a path inside the repository'],
    ['- name: ghcr.io/o/a\n  platforms: linux', 'is not a platform'],
    ['- name: ghcr.io/o/a\n  target: "a b"', 'is not a build stage name'],
    ['- name: ghcr.io/o/a\n  build-args:\n    "A B": x', 'is not a build argument name'],
    ['- name: ghcr.io/o/a\n  build-args:\n    A: "x\\ny"', 'spans lines'],
    ['- name: ghcr.io/o/a\n  tags: [x]', 'unknown key "tags"'],
    ['- [1, 2]', 'expected an image name or a mapping'],
    ['- name: ghcr.io/o/a\n  context: [x', 'does not parse'],
    ['- &a name: x\n- *a', 'does not parse'],
  ])('refuses %j (%s)', (text, message) => {
    expect(() => parseImageBuilds(text, defaults)).toThrow(message)
  })
})
