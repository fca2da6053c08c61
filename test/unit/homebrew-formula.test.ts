/**
 * The Homebrew formula of a release (packages/homebrew): the class name as Homebrew derives it
 * (Formulary.class_s, Homebrew/brew Library/Homebrew/formulary.rb; the rows are formulae of
 * homebrew-core and the class each declares), the platform of a release file by its name, the
 * checksums file, and the formula's layout (on_macos/on_linux with on_arm/on_intel inside).
 */
import { describe, expect, it } from 'vitest'
import {
  formulaClassName,
  parseChecksums,
  platformFiles,
  platformOf,
  renderFormula,
  rubyString,
} from '../../packages/homebrew/index.ts'

const sha = (c: string) => c.repeat(64)

describe('formulaClassName (Formulary.class_s)', () => {
  it.each([
    ['wget', 'Wget'],
    ['pkg-config', 'PkgConfig'],
    ['python@3.12', 'PythonAT312'],
    ['openssl@3', 'OpensslAT3'],
    ['gtk+3', 'Gtkx3'],
    ['testball_bottle', 'TestballBottle'],
    ['libxml2', 'Libxml2'],
    ['release-actions', 'ReleaseActions'],
  ])('%s → %s', (name, cls) => expect(formulaClassName(name)).toBe(cls))
})

describe('platformOf', () => {
  it.each([
    ['demo_darwin_arm64', { os: 'macos', cpu: 'arm' }],
    ['demo_linux_amd64', { os: 'linux', cpu: 'intel' }],
    ['demo_v1.2.3_linux_arm64.tar.gz', { os: 'linux', cpu: 'arm' }],
    ['demo_1.2.3_Darwin_x86_64.tar.gz', { os: 'macos', cpu: 'intel' }],
    ['demo-linux-aarch64.zip', { os: 'linux', cpu: 'arm' }],
    ['demo_windows_amd64.zip', undefined],
    ['demo_linux_amd64.sig', undefined],
    ['demo_linux_amd64.sbom.json', undefined],
    ['checksums.txt', undefined],
    ['demo_linux_386', undefined],
  ])('%s', (file, expected) => expect(platformOf(file)).toEqual(expected))
})

describe('parseChecksums and platformFiles', () => {
  const text = `${sha('a')}  demo_darwin_arm64\n${sha('b')} *demo_linux_amd64\n${sha('c')}  THIRD_PARTY_NOTICES.md\n`
  const url = (f: string) => `https://github.com/octo/demo/releases/download/v1.0.0/${f}`

  it('reads both sha256sum forms and keeps one file per platform', () => {
    expect(parseChecksums(text).map(e => e.name)).toEqual([
      'demo_darwin_arm64',
      'demo_linux_amd64',
      'THIRD_PARTY_NOTICES.md',
    ])
    expect(platformFiles(parseChecksums(text), url)).toEqual([
      {
        os: 'macos',
        cpu: 'arm',
        file: 'demo_darwin_arm64',
        sha256: sha('a'),
        url: url('demo_darwin_arm64'),
      },
      {
        os: 'linux',
        cpu: 'intel',
        file: 'demo_linux_amd64',
        sha256: sha('b'),
        url: url('demo_linux_amd64'),
      },
    ])
  })

  it('prefers the archive of a platform over its loose binary; two archives are an error', () => {
    const both = parseChecksums(
      `${sha('a')}  demo_linux_amd64\n${sha('d')}  demo_v1.0.0_linux_amd64.tar.gz\n`,
    )
    expect(platformFiles(both, url).map(f => f.file)).toEqual(['demo_v1.0.0_linux_amd64.tar.gz'])
    const two = parseChecksums(
      `${sha('a')}  a_linux_amd64.tar.gz\n${sha('d')}  b_linux_amd64.tar.gz\n`,
    )
    expect(() => platformFiles(two, url)).toThrow(/more than one release file for linux\/intel/)
  })

  it('refuses a line that is not sha256sum format, and a release with no macOS or Linux file', () => {
    expect(() => parseChecksums('abc  demo\n')).toThrow(
      /checksums line 1 is not in sha256sum format/,
    )
    expect(() =>
      platformFiles(parseChecksums(`${sha('a')}  demo_windows_amd64.zip\n`), url),
    ).toThrow(/no release file for macOS or Linux/)
  })
})

describe('renderFormula', () => {
  it('writes the class, desc, homepage, version and one block per OS and CPU', () => {
    const text = renderFormula({
      name: 'demo',
      desc: 'Answers questions',
      homepage: 'https://github.com/octo/demo',
      version: '1.0.0',
      license: 'MIT',
      files: [
        {
          os: 'linux',
          cpu: 'intel',
          file: 'demo_linux_amd64',
          sha256: sha('b'),
          url: 'https://x/demo_linux_amd64',
        },
        {
          os: 'macos',
          cpu: 'arm',
          file: 'demo_v1.0.0_darwin_arm64.tar.gz',
          sha256: sha('a'),
          url: 'https://x/a.tar.gz',
        },
        {
          os: 'linux',
          cpu: 'arm',
          file: 'demo_linux_arm64',
          sha256: sha('c'),
          url: 'https://x/demo_linux_arm64',
        },
      ],
    })
    expect(text).toBe(`# typed: false
# frozen_string_literal: true

# Written by release-actions for demo 1.0.0: the next release replaces it.
class Demo < Formula
  desc "Answers questions"
  homepage "https://github.com/octo/demo"
  version "1.0.0"
  license "MIT"

  on_macos do
    on_arm do
      url "https://x/a.tar.gz"
      sha256 "${sha('a')}"

      def install
        bin.install "demo"
      end
    end
  end

  on_linux do
    on_intel do
      url "https://x/demo_linux_amd64"
      sha256 "${sha('b')}"

      def install
        bin.install "demo_linux_amd64" => "demo"
      end
    end

    on_arm do
      url "https://x/demo_linux_arm64"
      sha256 "${sha('c')}"

      def install
        bin.install "demo_linux_arm64" => "demo"
      end
    end
  end
end
`)
  })

  it('escapes Ruby string syntax (quotes, backslashes, interpolation)', () => {
    expect(rubyString('say "hi" #{`rm -rf`} \\')).toBe('"say \\"hi\\" \\#{`rm -rf`} \\\\"')
  })
})
