/**
 * helm-charts' outputs (the names of its action.yml) and step summary.
 */
import path from 'node:path'
import { helmUpgradeCommand, type PublishedChart } from '../../packages/helm/index.ts'
import { code } from '../../packages/markdown/index.ts'

export function chartOutputs(charts: readonly PublishedChart[]): Record<string, string> {
  const pushed = charts.flatMap(c => (c.push ? [{ chart: c, push: c.push }] : []))
  return {
    charts: JSON.stringify(
      charts.map(c => ({
        name: c.name,
        version: c.version,
        'app-version': c.appVersion ?? '',
        file: c.file,
        ...(c.push
          ? {
              url: c.push.url,
              image: c.push.image,
              tag: c.push.tag,
              digest: c.push.digest,
              status: c.push.status,
            }
          : {}),
      })),
    ),
    files: charts.map(c => c.file).join('\n'),
    digests: pushed.map(p => `${p.push.image}@${p.push.digest}`).join('\n'),
    references: pushed.map(p => `${p.push.image}:${p.push.tag}@${p.push.digest}`).join('\n'),
    'upgrade-commands': pushed
      .map(p => helmUpgradeCommand(p.chart.name, p.push.url, p.chart.version))
      .join('\n'),
  }
}

export function summarize(charts: readonly PublishedChart[]): string {
  const lines = charts.map(c =>
    c.push
      ? `- ${code(c.name)} ${c.version}: ${code(`${c.push.url}:${c.push.tag}`)} ${c.push.status === 'pushed' ? 'pushed' : 'already there, unchanged'} (${code(c.push.digest)})`
      : `- ${code(c.name)} ${c.version}: ${code(path.basename(c.file))}`,
  )
  return `### Helm charts\n\n${lines.join('\n')}\n`
}
