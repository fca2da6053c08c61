/**
 * Third-party notices from SBOMs made for real by `npm sbom` on this project (SPDX and CycloneDX),
 * and malformed ones refused with a clear error.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSbom, renderNotices, SbomError } from '../../packages/attest/index.ts'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function npmSbom(format: 'spdx' | 'cyclonedx'): string {
  return execFileSync('npm', ['sbom', '--sbom-format', format], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
}

const dependencies = Object.keys(
  (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
  ).dependencies,
)

describe('notices from npm sbom of this project', () => {
  it.each(['spdx', 'cyclonedx'] as const)(
    '%s: every runtime package, the project itself left out, grouped by licence',
    format => {
      const sbom = parseSbom(npmSbom(format))
      expect(sbom.format).toMatch(format === 'spdx' ? /^SPDX-2\.\d$/ : /^CycloneDX 1\.\d$/)
      const names = sbom.packages.map(p => p.name)
      for (const dep of dependencies) expect(names).toContain(dep)
      expect(names).not.toContain('release-actions')
      expect(sbom.packages.find(p => p.name === '@actions/core')).toMatchObject({
        license: 'MIT',
        version: '3.0.1',
      })
      expect(sbom.packages.find(p => p.name === 'yaml')?.license).toBe('ISC')
      const text = renderNotices(sbom)
      expect(text.startsWith('# Third-party notices\n')).toBe(true)
      expect(text).toMatch(/^## MIT \(\d+\)$/m)
      expect(text).toContain('| @actions/core | 3.0.1 |') // a scoped package is not an @mention
    },
  )

  it('flags packages without licence information for review', () => {
    const sbom = parseSbom(
      JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        packages: [
          {
            name: 'mystery',
            SPDXID: 'x',
            versionInfo: '1.0.0',
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: 'NONE',
            downloadLocation: 'https://example.com/m.tgz',
          },
          {
            name: 'known',
            SPDXID: 'y',
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: 'Apache-2.0',
          },
        ],
      }),
    )
    expect(sbom.packages.map(p => [p.name, p.license, p.licenseSource])).toEqual([
      ['mystery', 'NOASSERTION', 'none'],
      ['known', 'Apache-2.0', 'declared'],
    ])
    const text = renderNotices(sbom)
    expect(text).toContain(
      '**1 package has no licence information (NOASSERTION) and needs review.**',
    )
    expect(text).toContain('## NOASSERTION — needs review (1)')
    expect(text.indexOf('## Apache-2.0')).toBeLessThan(text.indexOf('## NOASSERTION'))
  })

  it.each([
    ['not json', 'it is not JSON'],
    ['[1, 2]', 'it is not a JSON object'],
    [
      '{"name": "package.json, not an SBOM", "version": "1.0.0"}',
      'it has neither spdxVersion SPDX-2.x nor bomFormat CycloneDX',
    ],
    ['{"spdxVersion": "SPDX-2.3"}', 'the SPDX document has no packages list'],
    ['{"spdxVersion": "SPDX-3.0", "packages": []}', 'it has neither spdxVersion SPDX-2.x'],
    [
      '{"bomFormat": "CycloneDX", "components": [{"version": "1"}]}',
      'a CycloneDX component has no name',
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parseSbom(text)).toThrow(SbomError)
    expect(() => parseSbom(text)).toThrow(message)
  })
})

describe('the bundle and the CLI', () => {
  it('writes THIRD_PARTY_NOTICES.md, and refuses a file that is not an SBOM naming the input', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'sbom.spdx.json'), npmSbom('spdx'))
    writeFileSync(path.join(dir, 'package.json'), '{"name": "x"}')
    const r = await runAction('notices', { sbom: 'sbom.spdx.json' }, { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.outputs['notices-file']).toBe(path.join(dir, 'THIRD_PARTY_NOTICES.md'))
    expect(Number(r.outputs.packages)).toBeGreaterThan(dependencies.length)
    const bad = await runAction('notices', { sbom: 'package.json' }, { cwd: dir })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      `::error::Input 'sbom': ${path.join(dir, 'package.json')} is not an SBOM: it has neither spdxVersion`,
    )
    const cli = await runCli(['notices', '--sbom', 'sbom.spdx.json', '--output', 'NOTICES.md'], {
      cwd: dir,
    })
    expect(cli.code).toBe(0)
    expect(readFileSync(path.join(dir, 'NOTICES.md'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'THIRD_PARTY_NOTICES.md'), 'utf8'),
    )
  })
})
