/**
 * helm-charts' inputs: the only place they are read and validated (the chart directories, where
 * the archives go, their time, and the registry and owner they are pushed to).
 */
import { InputError, showValue } from '../../packages/errors/index.ts'
import { findCharts, type PublishChartsOptions } from '../../packages/helm/index.ts'
import { parseImageRef } from '../../packages/oci/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'

export function readInputs(
  inputs: Inputs,
  github: GithubContext,
  env: NodeJS.ProcessEnv = {},
): PublishChartsOptions {
  const push = inputs.boolean('push', false)
  const named = inputs.list('charts')
  const charts =
    named.length > 0
      ? named.map(dir => resolveWorkspacePath('charts', dir, github))
      : findCharts(github.workspace)
  if (charts.length === 0)
    throw new InputError(
      'charts',
      'names no chart and the workspace has no charts/<name>/Chart.yaml; expected chart directories such as charts/app',
    )
  const outputDir = resolveWorkspacePath(
    'output-dir',
    inputs.string('output-dir', 'helm-charts'),
    github,
  )
  const mtime = inputs.integer('mtime', 0, { min: 0 })
  if (!push) return { charts, outputDir, mtime }
  const registry = inputs.string('registry', 'ghcr.io')
  const owner =
    inputs.string('owner', '') ||
    (env.GITHUB_REPOSITORY_OWNER ?? github.repository?.split('/')[0] ?? '')
  if (owner === '')
    throw new InputError(
      'owner',
      'is required with push: true (no GITHUB_REPOSITORY_OWNER); expected the owner, such as acme',
    )
  const ref = parseImageRef(`${registry}/${owner.toLowerCase()}/charts/x`)
  if (!ref || ref.registry !== registry)
    throw new InputError(
      ref ? 'registry' : 'owner',
      `expected a registry host (ghcr.io, localhost:5000) and an owner that make <registry>/<owner>/charts/<name>, got ${showValue(`${registry}/${owner}`)}`,
    )
  const [username, password] = inputs.pair('registry-username', 'registry-password')
  return {
    charts,
    outputDir,
    mtime,
    push: { registry, owner, ...(username !== undefined ? { username, password } : {}) },
  }
}
