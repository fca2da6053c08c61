/**
 * URLs in inputs are read by one rule (packages/inputs/url.ts urlProblem, behind Inputs.url and
 * Inputs.repositoryUrl): a service the token is sent to (api-url) is https, or plain http to this
 * machine only; a repository's web address (repo-url, what links point at) may be http anywhere.
 * Neither has credentials, a query, a fragment, or whitespace and control characters, which the
 * URL parser would drop silently (generate-changelog's repo-url kept them before issue 15).
 */
import { describe, expect, it } from 'vitest'
import { readInputs as readGenerateChangelog } from '../../actions/generate-changelog/inputs.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import { urlProblem } from '../../packages/inputs/url.ts'

const inputs = (values: Record<string, string>) => new Inputs(mapSource(values))

describe('urlProblem', () => {
  it.each([
    ['https://api.github.com', 'loopback', undefined],
    ['http://127.0.0.1:8080/api', 'loopback', undefined],
    ['http://[::1]:3000', 'loopback', undefined],
    ['http://localhost', 'loopback', undefined],
    ['http://api.example.com', 'loopback', 'is not https (plain http only to this machine)'],
    ['http://git.example.com/o/r', 'anywhere', undefined],
    ['ftp://x', 'anywhere', 'is not an http(s) URL'],
    ['https://user:pw@github.com/o/r', 'anywhere', 'has credentials'],
    ['https://github.com/o/r?tab=x', 'anywhere', 'has a query'],
    ['https://github.com/o/r#readme', 'anywhere', 'has a fragment'],
    ['https://git\thub.com/o/r', 'anywhere', 'contains whitespace or a control character'],
    ['https://github.com/o/r\n', 'loopback', 'contains whitespace or a control character'],
    ['github.com/o/r', 'anywhere', 'is not a URL'],
  ] as const)('%j (%s) → %s', (value, plainHttp, problem) => {
    expect(urlProblem(value, plainHttp)).toBe(problem)
  })
})

describe('the readers', () => {
  it('api-url: https or this machine, trailing slashes dropped', () => {
    expect(inputs({ 'api-url': 'https://ghe.example/api/v3/' }).url('api-url', '', 'x')).toBe(
      'https://ghe.example/api/v3',
    )
    expect(() => inputs({ 'api-url': 'http://ghe.example' }).url('api-url', '', 'x')).toThrow(
      /^Input 'api-url': expected an https URL \(plain http only to this machine/,
    )
  })

  it('repo-url: http(s), trailing slashes and .git dropped; the fallback as it is', () => {
    const read = (value: string | undefined) =>
      inputs(value === undefined ? {} : { 'repo-url': value }).repositoryUrl(
        'repo-url',
        'https://github.com/octo/app',
      )
    expect(read('https://github.com/o/r.git/')).toBe('https://github.com/o/r')
    expect(read('http://git.example.com/o/r')).toBe('http://git.example.com/o/r')
    expect(read(undefined)).toBe('https://github.com/octo/app')
    for (const bad of ['ftp://x', 'https://git\thub.com/o/r', 'https://t@github.com/o/r'])
      expect(() => read(bad)).toThrow(
        /^Input 'repo-url': expected an http\(s\) URL without credentials, query or fragment/,
      )
  })

  it("generate-changelog's repo-url goes through it", () => {
    const github = githubContext({
      GITHUB_WORKSPACE: process.cwd(),
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SERVER_URL: 'https://github.com',
    })
    const read = (values: Record<string, string>) =>
      readGenerateChangelog(inputs({ file: '', ...values }), github).repoUrl
    expect(read({})).toBe('https://github.com/octo/app')
    expect(read({ 'repo-url': 'https://git.example.com/o/r.git' })).toBe(
      'https://git.example.com/o/r',
    )
    expect(() => read({ 'repo-url': 'https://github.com/o/r\tx' })).toThrow(/^Input 'repo-url'/)
  })
})
