/**
 * The project the lifecycle tests release: two images built differently (an API server from the
 * root Dockerfile, a CLI from its own context and build stage), binaries for two platforms, quality
 * gates, and the starter workflows of workflows/ copied in and filled in the way the adoption
 * section of the README tells a user to (images, build command, deploy settings).
 */
import { chmodSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { root } from '../helpers/cli.ts'
import type { TestRepo } from '../peers/repo.ts'

export interface SampleOptions {
  /** host:port of the registry. */
  registry: string
  repository: string
  /** with: values of the release call to change (null removes a key). */
  release?: Record<string, string | number | boolean | null>
  /** The gates file. */
  gates?: string
}

export function imagesOf(registry: string, repository: string): { api: string; cli: string } {
  return { api: `${registry}/${repository}-api`, cli: `${registry}/${repository}-cli` }
}

/** A starter workflow of workflows/ with some of its values set, as a user edits it. */
export function starter(
  name: string,
  edit: (doc: ReturnType<typeof parseDocument>) => void,
): string {
  const doc = parseDocument(readFileSync(path.join(root, 'workflows', name), 'utf8'))
  edit(doc)
  return doc.toString({ lineWidth: 0 })
}

export const DEFAULT_GATES = `gates:
  - { name: the server script is there, run: test -x app/server.sh }
  - uses: required-checks
    with: { workflows: [CI], wait-minutes: 0.1, poll-seconds: 0.1 }
`

export function sampleFiles(options: SampleOptions): Record<string, string> {
  const { api, cli } = imagesOf(options.registry, options.repository)
  const release = starter('on-tag.yaml', doc => {
    const values: Record<string, string | number | boolean | null> = {
      images: `- name: ${api}\n- name: ${cli}\n  context: cli\n  target: runtime\n  platforms: linux/amd64\n  build-args:\n    FLAVOR: slim\n`,
      registry: options.registry,
      'build-command':
        'mkdir -p dist && printf "demo %s for %s/%s\\n" "$RELEASE_VERSION" "$TARGET_OS" "$TARGET_ARCH" > "dist/demo_${TARGET_OS}_${TARGET_ARCH}"',
      'binary-platforms': '["linux/amd64", "darwin/arm64"]',
      artifacts: 'dist/*',
      deploy: true,
      'deploy-image': api,
      'cloud-run-region': 'us-west1',
      'gcp-project-id': 'demo-project',
      'workload-identity-provider':
        'projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
      'service-account': 'demo-deployer@demo-project.iam.gserviceaccount.com',
      'smoke-check-attempts': 3,
      'smoke-check-interval-seconds': 1,
      ...options.release,
    }
    for (const [k, v] of Object.entries(values)) {
      if (v === null) doc.deleteIn(['jobs', 'release', 'with', k])
      else doc.setIn(['jobs', 'release', 'with', k], v)
    }
    // A registry other than GHCR takes its own credentials.
    doc.setIn(['jobs', 'release', 'secrets'], {
      REGISTRY_USERNAME: '${{ secrets.REGISTRY_USERNAME }}',
      REGISTRY_PASSWORD: '${{ secrets.REGISTRY_PASSWORD }}',
    })
  })
  const onMain = starter('on-main.yaml', doc => {
    const steps = doc.getIn(['jobs', 'images', 'steps']) as {
      items: { toJSON(): { uses?: string } }[]
    }
    steps.items.forEach((item, i) => {
      const uses = item.toJSON().uses ?? ''
      if (uses.includes('publish-tags-matrix'))
        doc.setIn(['jobs', 'images', 'steps', i, 'with', 'images'], api)
      if (uses.startsWith('docker/login-action')) {
        doc.setIn(['jobs', 'images', 'steps', i, 'with', 'registry'], options.registry)
        doc.setIn(
          ['jobs', 'images', 'steps', i, 'with', 'username'],
          '${{ secrets.REGISTRY_USERNAME }}',
        )
        doc.setIn(
          ['jobs', 'images', 'steps', i, 'with', 'password'],
          '${{ secrets.REGISTRY_PASSWORD }}',
        )
      }
    })
  })
  const supersede = starter('supersede.yaml', doc => {
    doc.setIn(['jobs', 'supersede', 'with', 'images'], `${api}\n${cli}`)
    doc.setIn(['jobs', 'supersede', 'secrets'], {
      REGISTRY_USERNAME: '${{ secrets.REGISTRY_USERNAME }}',
      REGISTRY_PASSWORD: '${{ secrets.REGISTRY_PASSWORD }}',
    })
  })
  return {
    'README.md': '# demo\n',
    'app/server.sh': '#!/bin/sh\necho serving\n',
    Dockerfile: 'FROM scratch\nCOPY app/ /app/\nCMD ["/app/server.sh"]\n',
    'cli/Dockerfile':
      'FROM scratch AS build\nARG FLAVOR=full\nLABEL org.example.flavor=$FLAVOR\nCOPY main.sh /bin/demo\n\nFROM build AS runtime\nENTRYPOINT ["/bin/demo"]\n',
    'cli/main.sh': '#!/bin/sh\necho demo cli\n',
    '.github/release-actions.yml': options.gates ?? DEFAULT_GATES,
    '.github/workflows/release.yml': release,
    '.github/workflows/on-main.yaml': onMain,
    '.github/workflows/supersede.yaml': supersede,
  }
}

/** Commits the sample project (the first commit of a repository). */
export async function commitSample(repo: TestRepo, options: SampleOptions): Promise<string> {
  await repo.commit('feat: the demo service', sampleFiles(options))
  chmodSync(path.join(repo.dir, 'app/server.sh'), 0o755)
  await repo.run('add', 'app/server.sh')
  await repo.run('commit', '--quiet', '--amend', '--no-edit')
  return repo.head()
}
