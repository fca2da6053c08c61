/**
 * The licence texts of third-party notices: found in this repository's real node_modules (npm ci
 * layout, nested copies matched by version) for packages of package-lock.json, and in a Go module
 * cache, a cargo registry and a Python site-packages laid out in temp dirs as the tools write them;
 * embedded verbatim, each distinct text once; symlinks leaving a store and oversized files handled.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  goCaseEncode,
  LicenceFinder,
  parsePurl,
  parseSbom,
  renderNotices,
  writeNotices,
  type LicenceStores,
} from '../../packages/attest/index.ts'
import { loadYaml, type Step } from '../helpers/action-rules.ts'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const NONE: LicenceStores = { nodeModules: [], goModCache: [], cargoHome: [], sitePackages: [] }

interface Component {
  name: string
  version: string
  purl: string
  license?: string
}

function cyclonedx(components: Component[]): string {
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    metadata: { component: { name: 'app', version: '1.0.0' } },
    components: components.map(c => ({
      name: c.name,
      version: c.version,
      purl: c.purl,
      licenses: [{ license: { id: c.license ?? 'MIT' } }],
    })),
  })
}

function notices(components: Component[], stores: Partial<LicenceStores>): string {
  const dir = tempDir()
  const output = path.join(dir, 'THIRD_PARTY_NOTICES.md')
  writeNotices({ sbom: parseSbom(cyclonedx(components)), output, stores: { ...NONE, ...stores } })
  return readFileSync(output, 'utf8')
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** The block of one package: from its <summary> line to its </details>. */
function block(text: string, summaryStart: string): string {
  const at = text.indexOf(`<summary>${summaryStart}`)
  expect(at, summaryStart).toBeGreaterThan(-1)
  return text.slice(at, text.indexOf('</details>', at))
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('npm: this repository’s node_modules', () => {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean; link?: boolean }>
  }
  // The runtime packages (those the bundles carry) and the nested copies (node_modules/x/node_modules/y).
  const entries = Object.entries(lock.packages)
    .filter(([k, v]) => k.startsWith('node_modules/') && v.version && !v.link)
    .filter(([k, v]) => !v.dev || k.split('node_modules/').length > 2)
    .map(([k, v]) => ({
      dir: path.join(root, k),
      name: k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: v.version as string,
    }))
  const licenceFiles = (dir: string) =>
    readdirSync(dir).filter(f => /^(licen[cs]e|copying|notice)/i.test(f))

  it('embeds the LICENSE texts of the packages verbatim, nested copies by version', () => {
    const withLicence = entries.filter(e => licenceFiles(e.dir).length > 0)
    expect(withLicence.length).toBeGreaterThanOrEqual(10)
    const nested = withLicence.filter(e => e.dir.split('node_modules').length > 2)
    expect(nested.length).toBeGreaterThan(0)
    const text = notices(
      withLicence.map(e => ({
        name: e.name,
        version: e.version,
        purl: `pkg:npm/${e.name.replace('@', '%40')}@${e.version}`,
      })),
      { nodeModules: [path.join(root, 'node_modules')] },
    )
    const texts = new Map<string, string>()
    for (const e of withLicence) {
      const b = block(text, `${e.name} ${e.version}: `)
      for (const f of licenceFiles(e.dir)) {
        const content = readFileSync(path.join(e.dir, f), 'utf8')
        const verbatim = `\n${content}${content.endsWith('\n') ? '' : '\n'}\`\`\``
        // Each distinct text once: in this block, or referred to by its hash in this block.
        expect(b).toContain(sha(content))
        if (!b.includes(verbatim)) expect(b).toContain(`the same text as`)
        texts.set(sha(content), verbatim)
      }
    }
    for (const [hash, verbatim] of texts) {
      const anchor = `<a id="licence-${hash.slice(0, 16)}">`
      expect(text.split(anchor).length).toBe(2)
      expect(text.split(verbatim).length).toBe(2)
      const at = text.indexOf(anchor)
      expect(text.slice(at, text.indexOf('</details>', at))).toContain(verbatim)
    }
    expect(texts.size).toBeGreaterThan(5)
    expect(text).toContain('## No licence file found (0)')
  })

  it('a version not in node_modules is listed as not found, and a package URL is required', () => {
    const text = notices(
      [
        { name: 'yaml', version: '0.0.1-not-installed', purl: 'pkg:npm/yaml@0.0.1-not-installed' },
        { name: 'mystery', version: '1.0.0', purl: '' },
      ],
      { nodeModules: [path.join(root, 'node_modules')] },
    )
    expect(text).toContain('## Licence texts (0)')
    expect(text).toContain('## No licence file found (2)')
    expect(text).toContain(
      '| yaml | 0.0.1-not-installed | MIT | not in the package stores searched |',
    )
    expect(text).toContain('| mystery | 1.0.0 | MIT | no package URL in the SBOM |')
  })
})

describe('the self-release: notices of the bundled packages', () => {
  it('its SBOM (npm sbom --omit dev --package-lock-only) gets every runtime package’s licence text', () => {
    const dir = tempDir()
    const output = path.join(dir, 'THIRD_PARTY_NOTICES.md')
    const sbom = parseSbom(
      execFileSync(
        'npm',
        ['sbom', '--sbom-format', 'spdx', '--omit', 'dev', '--package-lock-only'],
        {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      ),
    )
    const r = writeNotices({
      sbom,
      output,
      stores: { ...NONE, nodeModules: [path.join(root, 'node_modules')] },
    })
    expect(r.withLicenceText).toBeGreaterThan(20)
    expect(r.withoutLicenceFile).toBe(0)
    const text = readFileSync(output, 'utf8')
    const core = readFileSync(path.join(root, 'node_modules/@actions/core/LICENSE.md'), 'utf8')
    expect(block(text, '@actions/core ')).toContain(
      `\n${core}${core.endsWith('\n') ? '' : '\n'}\`\`\``,
    )
  })

  it('installs the runtime tree (no scripts) before attest-sbom and names it', () => {
    const { doc } = loadYaml<{ jobs: Record<string, { steps: Step[] }> }>(
      path.join(root, '.github/workflows/self-release.yml'),
    )
    const steps = doc.jobs.evidence?.steps ?? []
    const install = steps.findIndex(s => s.run?.startsWith('npm ci --omit=dev --ignore-scripts'))
    const evidence = steps.findIndex(s => s.uses === './attest-sbom')
    expect(install).toBeGreaterThan(-1)
    expect(install).toBeLessThan(evidence)
    expect(steps[evidence]?.with?.['node-modules']).toBe('node_modules')
  })
})

describe('Go module cache', () => {
  it('finds <module>@<version> with Go’s case-encoding, and shares one text between modules', () => {
    const cache = tempDir()
    const bsd = 'Copyright (c) 2009 The Go Authors. All rights reserved.\n\nRedistribution ...\n'
    write(
      path.join(cache, 'github.com/!burnt!sushi/toml@v1.3.2/COPYING'),
      'The MIT License (MIT)\r\n\r\nCopyright (c) 2013 TOML authors\r\n',
    )
    write(path.join(cache, 'golang.org/x/text@v0.14.0/LICENSE'), bsd)
    write(path.join(cache, 'golang.org/x/text@v0.14.0/PATENTS'), 'not a licence file by name')
    write(path.join(cache, 'golang.org/x/sys@v0.15.0/LICENSE'), bsd)
    write(path.join(cache, 'golang.org/x/sys@v0.15.0/unix/LICENSE'), 'not top level')
    write(path.join(cache, 'github.com/no/licence@v1.0.0/go.mod'), 'module github.com/no/licence\n')
    expect(goCaseEncode('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml')
    const text = notices(
      [
        {
          name: 'github.com/BurntSushi/toml',
          version: 'v1.3.2',
          purl: 'pkg:golang/github.com/BurntSushi/toml@v1.3.2',
        },
        {
          name: 'golang.org/x/text',
          version: 'v0.14.0',
          purl: 'pkg:golang/golang.org/x/text@v0.14.0?type=module',
          license: 'BSD-3-Clause',
        },
        {
          name: 'golang.org/x/sys',
          version: 'v0.15.0',
          purl: 'pkg:golang/golang.org/x/sys@v0.15.0',
          license: 'BSD-3-Clause',
        },
        {
          name: 'github.com/no/licence',
          version: 'v1.0.0',
          purl: 'pkg:golang/github.com/no/licence@v1.0.0',
        },
        {
          name: 'github.com/absent/mod',
          version: 'v2.0.0',
          purl: 'pkg:golang/github.com/absent/mod@v2.0.0',
        },
      ],
      { goModCache: [cache] },
    )
    expect(block(text, 'github.com/BurntSushi/toml v1.3.2: COPYING')).toContain(
      '```text\nThe MIT License (MIT)\r\n\r\nCopyright (c) 2013 TOML authors\r\n```',
    )
    // Sorted by name: golang.org/x/sys comes first and carries the text; x/text refers to it.
    expect(block(text, 'golang.org/x/sys v0.15.0: LICENSE</summary>')).toContain(`\n${bsd}\`\`\``)
    const textBlock = block(text, 'golang.org/x/text v0.14.0: LICENSE</summary>')
    expect(textBlock).toContain(
      `the same text as golang.org/x/sys v0.15.0's LICENSE, [above](#licence-${sha(bsd).slice(0, 16)})`,
    )
    expect(textBlock).not.toContain('Redistribution')
    expect(text.split(bsd).length).toBe(2)
    expect(text).not.toContain('not a licence file by name')
    expect(text).not.toContain('not top level')
    expect(text).toContain('| github.com/no/licence | v1.0.0 | MIT | ships no licence file |')
    expect(text).toContain(
      '| github.com/absent/mod | v2.0.0 | MIT | not in the package stores searched |',
    )
  })

  it('refuses module paths that would leave the cache', () => {
    const cache = tempDir()
    const outside = path.join(path.dirname(cache), `${path.basename(cache)}-x@v1`)
    write(path.join(outside, 'LICENSE'), 'outside')
    const finder = new LicenceFinder({ ...NONE, goModCache: [cache] })
    expect(finder.find(`pkg:golang/../${path.basename(cache)}-x@v1`, 'v1')).toBeUndefined()
    expect(parsePurl('pkg:golang/%2E%2E/x@v1')).toMatchObject({ namespace: '..', name: 'x' })
    expect(finder.find('pkg:golang/%2E%2E/x@v1', 'v1')).toBeUndefined()
  })
})

describe('cargo registry sources', () => {
  it('finds registry/src/<index>/<name>-<version>/ with both licences of a dual-licensed crate', () => {
    const home = tempDir()
    const src = path.join(home, 'registry/src/index.crates.io-6f17d22bba15001f')
    write(
      path.join(src, 'serde-1.0.197/LICENSE-APACHE'),
      '                              Apache License\n',
    )
    write(
      path.join(src, 'serde-1.0.197/LICENSE-MIT'),
      'Permission is hereby granted, free of charge\n',
    )
    write(path.join(src, 'serde-1.0.196/LICENSE-MIT'), 'the other version\n')
    write(path.join(src, 'libc-0.2.153/src/lib.rs'), '')
    const text = notices(
      [
        {
          name: 'serde',
          version: '1.0.197',
          purl: 'pkg:cargo/serde@1.0.197',
          license: 'MIT OR Apache-2.0',
        },
        { name: 'libc', version: '0.2.153', purl: 'pkg:cargo/libc@0.2.153' },
      ],
      { cargoHome: [home] },
    )
    const b = block(text, 'serde 1.0.197: LICENSE-APACHE, LICENSE-MIT</summary>')
    expect(b).toContain('```text\n                              Apache License\n```')
    expect(b).toContain('```text\nPermission is hereby granted, free of charge\n```')
    expect(text).not.toContain('the other version')
    expect(text).toContain('| libc | 0.2.153 | MIT | ships no licence file |')
  })
})

describe('Python site-packages', () => {
  it('finds <name>-<version>.dist-info by normalised name, with its licenses/ folder', () => {
    const site = tempDir()
    write(path.join(site, 'requests-2.31.0.dist-info/LICENSE'), 'Apache License 2.0 (requests)\n')
    write(path.join(site, 'requests-2.31.0.dist-info/METADATA'), 'Name: requests\n')
    write(
      path.join(site, 'zope.interface-6.0.dist-info/LICENSE.txt'),
      'Zope Public License (ZPL) Version 2.1\n',
    )
    write(
      path.join(site, 'typing_extensions-4.9.0.dist-info/licenses/LICENSE'),
      'PSF LICENSE AGREEMENT\n',
    )
    write(
      path.join(site, 'typing_extensions-4.9.0.dist-info/licenses/vendor/NOTICE'),
      'vendored notice\n',
    )
    write(path.join(site, 'typing_extensions-4.9.0.dist-info/RECORD'), '')
    const text = notices(
      [
        {
          name: 'requests',
          version: '2.31.0',
          purl: 'pkg:pypi/requests@2.31.0',
          license: 'Apache-2.0',
        },
        {
          name: 'zope-interface',
          version: '6.0',
          purl: 'pkg:pypi/zope-interface@6.0',
          license: 'ZPL-2.1',
        },
        {
          name: 'typing-extensions',
          version: '4.9.0',
          purl: 'pkg:pypi/Typing.Extensions@4.9.0',
          license: 'PSF-2.0',
        },
      ],
      { sitePackages: [site] },
    )
    expect(block(text, 'requests 2.31.0: LICENSE</summary>')).toContain(
      'Apache License 2.0 (requests)\n```',
    )
    expect(block(text, 'zope-interface 6.0: LICENSE.txt</summary>')).toContain(
      'Zope Public License',
    )
    const b = block(
      text,
      'typing-extensions 4.9.0: licenses/LICENSE, licenses/vendor/NOTICE</summary>',
    )
    expect(b).toContain('PSF LICENSE AGREEMENT\n```')
    expect(b).toContain('vendored notice\n```')
    expect(text).not.toContain('Name: requests')
  })
})

describe('bounds', () => {
  it('never follows a symlink out of the store, and truncates an oversized file with a note', () => {
    const nm = path.join(tempDir(), 'node_modules')
    const secret = path.join(tempDir(), 'secret.txt')
    write(secret, 'SECRET OUTSIDE THE STORE\n')
    write(path.join(nm, 'leaky/package.json'), '{"name":"leaky","version":"1.0.0"}')
    symlinkSync(secret, path.join(nm, 'leaky/LICENSE'))
    const outsidePkg = path.join(tempDir(), 'outside-pkg')
    write(path.join(outsidePkg, 'package.json'), '{"name":"linked","version":"1.0.0"}')
    write(path.join(outsidePkg, 'LICENSE'), 'SECRET LINKED PACKAGE\n')
    symlinkSync(outsidePkg, path.join(nm, 'linked'))
    write(path.join(nm, 'inner/package.json'), '{"name":"inner","version":"1.0.0"}')
    write(path.join(nm, 'inner/LICENSE.md'), 'inner licence\n')
    symlinkSync(path.join(nm, 'inner/LICENSE.md'), path.join(nm, 'leaky/NOTICE'))
    write(path.join(nm, 'huge/package.json'), '{"name":"huge","version":"1.0.0"}')
    write(path.join(nm, 'huge/LICENSE'), 'x'.repeat(300 * 1024))
    const text = notices(
      ['leaky', 'linked', 'inner', 'huge'].map(name => ({
        name,
        version: '1.0.0',
        purl: `pkg:npm/${name}@1.0.0`,
      })),
      { nodeModules: [nm] },
    )
    expect(text).not.toContain('SECRET')
    // A symlink inside the store is followed (npm does not make them, but a copy tool may).
    expect(block(text, 'leaky 1.0.0: NOTICE</summary>')).toContain('the same text as inner 1.0.0')
    expect(text).toContain('| linked | 1.0.0 | MIT | not in the package stores searched |')
    const huge = block(text, 'huge 1.0.0: LICENSE</summary>')
    expect(huge).toContain(`\n${'x'.repeat(256 * 1024)}\n\`\`\``)
    expect(huge).not.toContain('x'.repeat(256 * 1024 + 1))
    expect(huge).toContain(`_Truncated: the first 262144 of ${300 * 1024} bytes are shown`)
    expect(huge).toContain(sha('x'.repeat(300 * 1024)))
  })

  it('a licence text with backtick fences cannot close its block', () => {
    const nm = path.join(tempDir(), 'node_modules')
    write(path.join(nm, 'fenced/package.json'), '{"name":"fenced","version":"1.0.0"}')
    write(path.join(nm, 'fenced/LICENSE'), 'a\n```\n</details>\nb\n')
    const text = notices([{ name: 'fenced', version: '1.0.0', purl: 'pkg:npm/fenced@1.0.0' }], {
      nodeModules: [nm],
    })
    expect(text).toContain('````text\na\n```\n</details>\nb\n````')
  })

  it('says so when none of the stores exists, instead of listing every package as without a file', () => {
    const missing = path.join(tempDir(), 'absent')
    const text = notices([{ name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0' }], {
      nodeModules: [path.join(missing, 'node_modules')],
      goModCache: [path.join(missing, 'go/pkg/mod')],
    })
    expect(text).toContain(
      'No package store (node_modules, Go module cache, cargo registry, Python site-packages) was found',
    )
    expect(text).not.toContain('## No licence file found')
  })

  it('renderNotices without licences is the notices of before (no texts section)', () => {
    const sbom = parseSbom(cyclonedx([{ name: 'a', version: '1', purl: 'pkg:npm/a@1' }]))
    expect(renderNotices(sbom)).not.toContain('## Licence texts')
  })
})

describe('the notices step', () => {
  it('takes the stores as inputs, reports the counts, and refuses a store that is not a directory', async () => {
    const dir = tempDir()
    write(
      path.join(dir, 'vendor/node_modules/pkg/package.json'),
      '{"name":"pkg","version":"2.0.0"}',
    )
    write(path.join(dir, 'vendor/node_modules/pkg/LICENSE'), 'pkg licence\n')
    const cache = tempDir()
    write(path.join(cache, 'example.com/m@v1.0.0/LICENSE'), 'go licence\n')
    write(
      path.join(dir, 'sbom.json'),
      cyclonedx([
        { name: 'pkg', version: '2.0.0', purl: 'pkg:npm/pkg@2.0.0' },
        { name: 'example.com/m', version: 'v1.0.0', purl: 'pkg:golang/example.com/m@v1.0.0' },
        { name: 'gone', version: '1.0.0', purl: 'pkg:npm/gone@1.0.0' },
      ]),
    )
    const r = await runAction(
      'notices',
      { sbom: 'sbom.json', 'node-modules': 'vendor/node_modules', 'go-mod-cache': cache },
      { cwd: dir },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs['licence-texts']).toBe('2')
    expect(r.outputs['without-licence-file']).toBe('1')
    const text = readFileSync(path.join(dir, 'THIRD_PARTY_NOTICES.md'), 'utf8')
    expect(text).toContain('```text\npkg licence\n```')
    expect(text).toContain('```text\ngo licence\n```')
    const off = await runAction(
      'notices',
      { sbom: 'sbom.json', 'licence-texts': 'false', output: 'N.md' },
      { cwd: dir },
    )
    expect(off.code).toBe(0)
    expect(readFileSync(path.join(dir, 'N.md'), 'utf8')).not.toContain('## Licence texts')
    const cli = await runCli(
      [
        'notices',
        '--sbom',
        'sbom.json',
        '--output',
        'CLI.md',
        '--node-modules',
        'vendor/node_modules',
        '--go-mod-cache',
        cache,
      ],
      { cwd: dir },
    )
    expect(cli.code, cli.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'CLI.md'), 'utf8')).toBe(text)
    const cliOff = await runCli(
      ['notices', '--sbom', 'sbom.json', '--output', 'CLI-OFF.md', '--no-licence-texts'],
      {
        cwd: dir,
      },
    )
    expect(cliOff.code, cliOff.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'CLI-OFF.md'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'N.md'), 'utf8'),
    )
    const bad = await runAction(
      'notices',
      { sbom: 'sbom.json', 'cargo-home': 'sbom.json' },
      { cwd: dir },
    )
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      `::error::Input 'cargo-home': expected a directory, one per line; "sbom.json" (${JSON.stringify(path.join(dir, 'sbom.json'))}) is not one`,
    )
  })
})
