/**
 * The rules of packages/npm that need no registry: package names as the registry takes them
 * (validate-npm-package-name's rules for new packages), the escaped name of a registry path, the
 * package page, the userconfig line that names the token only as ${NODE_AUTH_TOKEN}, the
 * `npm publish` arguments, and the highest stable version npm compares a new one with.
 */
import { describe, expect, it } from 'vitest'
import {
  escapedName,
  highestStable,
  isPackageName,
  packagePageUrl,
  publishArgs,
  tarballIntegrity,
  userconfigText,
} from '../../packages/npm/index.ts'

describe('packages/npm', () => {
  it('package names', () => {
    for (const ok of ['release-actions', '@octo/demo', 'a', 'x.y_z~1'])
      expect(isPackageName(ok), ok).toBe(true)
    for (const bad of [
      '',
      'Upper',
      '.dot',
      '_under',
      '@scope',
      '@/x',
      'a b',
      'a/b',
      'x'.repeat(215),
    ])
      expect(isPackageName(bad), bad).toBe(false)
  })

  it('escaped names and package pages', () => {
    expect(escapedName('@octo/demo')).toBe('@octo%2fdemo')
    expect(escapedName('release-actions')).toBe('release-actions')
    expect(packagePageUrl('https://registry.npmjs.org', 'release-actions', '1.2.3')).toBe(
      'https://www.npmjs.com/package/release-actions/v/1.2.3',
    )
    expect(packagePageUrl('https://registry.npmjs.org', '@octo/demo', '1.2.3')).toBe(
      'https://www.npmjs.com/package/@octo/demo/v/1.2.3',
    )
    expect(packagePageUrl('https://npm.example.com/repo', '@octo/demo', '1.2.3')).toBe(
      'https://npm.example.com/repo/@octo%2fdemo',
    )
  })

  it('the userconfig names the variable, never the token; per registry host and path', () => {
    expect(userconfigText('https://registry.npmjs.org', true)).toBe(
      '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}\n',
    )
    expect(userconfigText('https://npm.pkg.github.com/octo', true)).toBe(
      '//npm.pkg.github.com/octo/:_authToken=${NODE_AUTH_TOKEN}\n',
    )
    expect(userconfigText('http://127.0.0.1:4873', true)).toBe(
      '//127.0.0.1:4873/:_authToken=${NODE_AUTH_TOKEN}\n',
    )
    expect(userconfigText('https://registry.npmjs.org', false)).toBe('')
  })

  it('npm publish arguments: provenance on, or explicitly off', () => {
    const o = {
      tarball: '/w/p.tgz',
      registry: 'https://registry.npmjs.org',
      access: 'public' as const,
    }
    expect(publishArgs({ ...o, provenance: true }, 'latest', '/t/npmrc', '/t/cache')).toEqual([
      'publish',
      '/w/p.tgz',
      '--access',
      'public',
      '--registry',
      'https://registry.npmjs.org/',
      '--tag',
      'latest',
      '--provenance',
      '--userconfig',
      '/t/npmrc',
      '--cache',
      '/t/cache',
    ])
    expect(publishArgs({ ...o, provenance: false }, 'latest-1', '/t/npmrc', '/t/cache')).toContain(
      '--no-provenance',
    )
  })

  it('the highest stable version, deprecated ones and pre-releases left out (as npm publish)', () => {
    const v = (deprecated?: string) => ({ dist: {}, ...(deprecated ? { deprecated } : {}) })
    const highest = highestStable({
      'dist-tags': {},
      versions: { '1.2.0': v(), '2.0.0': v('bad'), '1.10.0': v(), '3.0.0-rc.1': v() },
    })
    expect(highest && `${highest.major}.${highest.minor}.${highest.patch}`).toBe('1.10.0')
    expect(highestStable(undefined)).toBeUndefined()
  })

  it('integrity as dist.integrity spells it', () => {
    // sha512 of the empty string, base64.
    expect(tarballIntegrity(new Uint8Array())).toBe(
      'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    )
  })
})
