/**
 * The `org.opencontainers.image.*` labels and annotations of a build.
 * https://github.com/opencontainers/image-spec/blob/main/annotations.md
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface LabelInput {
  version: string
  revision: string
  /** RFC 3339. */
  created: string
  /** https://github.com/owner/repo */
  source: string | undefined
  title: string | undefined
  licenses: string | undefined
  description?: string
}

export function ociLabels(input: LabelInput): Record<string, string> {
  const out: Record<string, string> = {}
  const set = (key: string, value: string | undefined) => {
    if (value) out[`org.opencontainers.image.${key}`] = value
  }
  set('title', input.title)
  set('description', input.description)
  set('version', input.version)
  set('revision', input.revision)
  set('created', input.created)
  set('source', input.source)
  set('url', input.source)
  set('licenses', input.licenses)
  return out
}

const KNOWN_LICENSES: [RegExp, string][] = [
  [/Apache License\s+Version 2\.0/i, 'Apache-2.0'],
  [/^\s*MIT License|Permission is hereby granted, free of charge/im, 'MIT'],
  [/GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/i, 'AGPL-3.0'],
  [/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i, 'LGPL-3.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
  [/Mozilla Public License,?\s+v(ersion)?\.?\s*2\.0/i, 'MPL-2.0'],
  [/Redistribution and use in source and binary forms[\s\S]*Neither the name/i, 'BSD-3-Clause'],
  [/Redistribution and use in source and binary forms/i, 'BSD-2-Clause'],
  [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
]

/** The SPDX identifier of the repository's licence, read from its LICENSE file, when it is a well-known one. */
export function detectLicense(dir: string): string | undefined {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'LICENCE']) {
    const file = path.join(dir, name)
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8').slice(0, 4096)
    for (const [re, id] of KNOWN_LICENSES) if (re.test(text)) return id
    return undefined
  }
  return undefined
}
