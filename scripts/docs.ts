/**
 * Documentation generated from the action.yml files, the single source of truth for inputs and
 * outputs: the tables in each action's README (between markers) and action-catalog.md.
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export const BEGIN = '<!-- BEGIN GENERATED: inputs and outputs (npm run build) -->'
export const END = '<!-- END GENERATED -->'

export interface ActionIO {
  description?: string
  required?: boolean | string
  default?: string | number | boolean
  value?: string
}

export interface ActionMeta {
  dir: string
  name: string
  description: string
  using: string
  inputs: Record<string, ActionIO>
  outputs: Record<string, ActionIO>
}

export function listActions(root: string): ActionMeta[] {
  const out: ActionMeta[] = []
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules')
      continue
    const file = path.join(root, entry.name, 'action.yml')
    if (!existsSync(file)) continue
    const doc = parse(readFileSync(file, 'utf8')) as {
      name: string
      description: string
      inputs?: Record<string, ActionIO>
      outputs?: Record<string, ActionIO>
      runs: { using: string }
    }
    out.push({
      dir: entry.name,
      name: doc.name,
      description: doc.description.trim(),
      using: doc.runs.using,
      inputs: doc.inputs ?? {},
      outputs: doc.outputs ?? {},
    })
  }
  return out
}

function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

function codeCell(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${text}${fence}`
}

export function ioTables(action: ActionMeta, heading = '##'): string {
  const inputRows = Object.entries(action.inputs).map(([name, io]) => {
    const def = io.default === undefined || io.default === '' ? '' : codeCell(String(io.default))
    const required = io.required === true || io.required === 'true' ? 'yes' : 'no'
    return `| ${codeCell(name)} | ${cell(io.description ?? '')} | ${def} | ${required} |`
  })
  const outputRows = Object.entries(action.outputs).map(
    ([name, io]) => `| ${codeCell(name)} | ${cell(io.description ?? '')} |`,
  )
  return [
    `${heading} Inputs`,
    '',
    inputRows.length === 0
      ? 'None.'
      : [
          '| Name | Description | Default | Required |',
          '| --- | --- | --- | --- |',
          ...inputRows,
        ].join('\n'),
    '',
    `${heading} Outputs`,
    '',
    outputRows.length === 0
      ? 'None.'
      : ['| Name | Description |', '| --- | --- |', ...outputRows].join('\n'),
  ].join('\n')
}

/** The README with its generated block replaced (or appended when the markers are missing). */
export function renderReadme(readme: string, action: ActionMeta): string {
  const block = `${BEGIN}\n${ioTables(action)}\n${END}`
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (start === -1 || end === -1 || end < start) {
    return `${readme.replace(/\s*$/, '')}\n\n${block}\n`
  }
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`
}

export function renderCatalog(actions: readonly ActionMeta[]): string {
  const lines = [
    '# Action catalog',
    '',
    'Every action of the suite with its inputs and outputs, generated from the `action.yml` files by',
    '`npm run build`. Do not edit by hand; CI fails when this file is out of date.',
    '',
    '| Action | Kind | What it does |',
    '| --- | --- | --- |',
    ...actions.map(
      a =>
        `| [${a.dir}](#${a.dir}) | ${a.using === 'composite' ? 'composite' : `JavaScript (${a.using})`} | ${cell(a.description)} |`,
    ),
    '',
  ]
  for (const a of actions) {
    lines.push(
      `## ${a.dir}`,
      '',
      cell(a.description),
      '',
      '```yaml',
      `- uses: release-actions/release-actions/${a.dir}@v1`,
      '```',
      '',
      `Documentation: [${a.dir}/README.md](${a.dir}/README.md)`,
      '',
      ioTables(a, '###'),
      '',
    )
  }
  return lines.join('\n')
}
