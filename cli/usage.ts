/**
 * Every command's flags and usage text, in one module that loads nothing else: `--help` and usage
 * errors are answered from here without loading any command's code (the config file's name comes
 * from packages/config/file.ts, a constant alone), and main.ts parses the flags
 * with these specs before it loads the command that runs. test/integration/cli-help.test.ts checks
 * that each usage text lists exactly the flags its spec accepts.
 *
 * A usage text is synopsis lines (the first starts with `release-actions <command>`, the next are
 * indented four spaces) and then description lines indented two spaces.
 */
import { CONFIG_FILE } from '../packages/config/file.ts'
import type { FlagSpec } from './args.ts'

export interface CommandSpec {
  flags: FlagSpec
  /** Does the command take positional arguments (bump's kind, checksums' globs)? */
  positionals: boolean
  usage: string
}

const versionFlags: FlagSpec = {
  bump: { type: 'string' },
  ref: { type: 'string' },
  'from-tag': { type: 'string' },
  'tag-prefix': { type: 'string' },
  'prerelease-id': { type: 'string' },
  'prerelease-format': { type: 'string' },
  'rc-bump': { type: 'string' },
  'initial-version': { type: 'string' },
  'require-signed-tag': { type: 'boolean' },
  'allowed-signers': { type: 'string' },
  path: { type: 'string' },
}

// bump decides from HEAD and tags what it creates, so it takes no --bump, --ref or signature checks.
const {
  bump: _bump,
  ref: _ref,
  'require-signed-tag': _signed,
  'allowed-signers': _signers,
  ...computeFlags
} = versionFlags

export const specs = {
  bump: {
    flags: {
      ...computeFlags,
      'dry-run': { type: 'boolean' },
      'no-push': { type: 'boolean' },
      'no-changelog': { type: 'boolean' },
      sign: { type: 'boolean' },
      remote: { type: 'string' },
      changelog: { type: 'string' },
      style: { type: 'string' },
      'repo-url': { type: 'string' },
    },
    positionals: true,
    usage: `release-actions bump patch|minor|major|rc|promote|auto [--dry-run] [--no-push] [--sign]
    [--no-changelog] [--changelog CHANGELOG.md] [--style grouped|keep-a-changelog] [--repo-url URL]
    [--remote NAME] [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc]
    [--prerelease-format dotted|compact] [--rc-bump minor|patch|major] [--initial-version 0.1.0]
    [--path DIR]
  Release: refuses a dirty tree, unpushed commits and a tag that exists locally or on the remote;
  for patch, minor, major and auto, writes the release's section into the changelog and commits it
  as "chore(release): vX.Y.Z"; creates the annotated tag "Release vX.Y.Z" on that commit (signed
  with --sign) and pushes branch and tag together. rc and promote only tag (promote tags the
  candidate's commit, so it cannot carry a changelog commit). With self-references in
  ${CONFIG_FILE}, the release commit (rc too) also points the repository's uses: of
  itself at the new tag; promote checks they name a tag of the candidate's commit.`,
  },
  changelog: {
    flags: {
      version: { type: 'string' },
      all: { type: 'boolean' },
      style: { type: 'string' },
      output: { type: 'string' },
      prepend: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      date: { type: 'string' },
      'repo-url': { type: 'string' },
      'include-paths': { type: 'string', multiple: true },
      'exclude-paths': { type: 'string', multiple: true },
      'notes-file': { type: 'string' },
      images: { type: 'string', multiple: true },
      'tag-prefix': { type: 'string' },
      config: { type: 'string' },
      path: { type: 'string' },
    },
    positionals: false,
    usage: `release-actions changelog [--version vX.Y.Z] [--all] [--style grouped|keep-a-changelog]
    [--output FILE | --prepend FILE] [--from REF] [--to REF] [--date YYYY-MM-DD] [--repo-url URL]
    [--include-paths GLOB]... [--exclude-paths GLOB]... [--notes-file FILE] [--images REF]...
    [--tag-prefix v] [--config ${CONFIG_FILE}] [--path DIR]
  Print the changelog section of a release (default: Unreleased). --prepend upserts it into FILE
  (keeping hand edits; a re-run changes nothing); --output writes it to FILE. --all renders every
  release section from the first commit.`,
  },
  gates: {
    flags: {
      config: { type: 'string' },
      'fail-fast': { type: 'boolean' },
      sha: { type: 'string' },
      repository: { type: 'string' },
      'api-url': { type: 'string' },
      version: { type: 'string' },
    },
    positionals: false,
    usage: `release-actions gates [--config ${CONFIG_FILE}] [--fail-fast] [--version X.Y.Z]
    [--sha SHA --repository owner/repo [--api-url URL]]
  Run the release gates locally, as quality-gates does; the exit code is 1 when any fails.
  required-checks reads GITHUB_TOKEN from the environment.`,
  },
  init: {
    flags: {
      ref: { type: 'string' },
      repository: { type: 'string' },
      registry: { type: 'string' },
      'on-main': { type: 'boolean' },
      supersede: { type: 'boolean' },
      deploy: { type: 'boolean' },
      'homebrew-tap': { type: 'string' },
      notify: { type: 'boolean' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      path: { type: 'string' },
    },
    positionals: false,
    usage: `release-actions init [--ref vX.Y.Z] [--repository owner/repo] [--registry ghcr.io]
    [--on-main] [--supersede] [--deploy] [--homebrew-tap owner/homebrew-tap] [--notify]
    [--force] [--dry-run] [--path DIR]
  Adopt the release pipeline: write .github/workflows/release.yml (the on-tag starter; with
  --on-main and --supersede those starters too) and ${CONFIG_FILE} with the gates it
  infers (the ecosystem's test command, SPDX license headers, Chart.yaml appVersion and
  package.json version alignment, the existing workflows as required checks), the images of the
  Dockerfiles it finds (named from the origin remote, lower-cased) and the charts of
  charts/<name>/. The suite is called at --ref (default: this CLI's version). Prints what it
  wrote and what is left to set; refuses to overwrite a file without --force (nothing is
  written then); --dry-run prints the files instead.`,
  },
  checksums: {
    flags: { output: { type: 'string' }, base: { type: 'string' } },
    positionals: true,
    usage: `release-actions checksums [--output checksums.txt] [--base DIR] GLOB...
  SHA-256 checksums of the files matching the globs, in sha256sum format (sha256sum -c reads it),
  paths relative to --base (default: the current directory), sorted. Globs may not leave the
  current directory; symlinks pointing outside it are skipped and named.`,
  },
  notices: {
    flags: {
      sbom: { type: 'string' },
      output: { type: 'string' },
      'no-licence-texts': { type: 'boolean' },
      'node-modules': { type: 'string', multiple: true },
      'go-mod-cache': { type: 'string', multiple: true },
      'cargo-home': { type: 'string', multiple: true },
      'site-packages': { type: 'string', multiple: true },
    },
    positionals: false,
    usage: `release-actions notices --sbom FILE [--output THIRD_PARTY_NOTICES.md] [--no-licence-texts]
    [--node-modules DIR]... [--go-mod-cache DIR]... [--cargo-home DIR]... [--site-packages DIR]...
  Third-party notices from an SPDX 2.x JSON or CycloneDX JSON SBOM, grouped by licence; packages
  without licence information are flagged for review. The licence files each package ships
  (LICENSE*, LICENCE*, COPYING*, NOTICE*) are embedded verbatim, found by the package URL in
  node_modules (default ./node_modules), the Go module cache (default GOMODCACHE, else
  $GOPATH/pkg/mod), the cargo registry (default CARGO_HOME, else ~/.cargo) and Python
  site-packages (none by default); the packages without one are listed.`,
  },
  provenance: {
    flags: { subjects: { type: 'string' }, output: { type: 'string' } },
    positionals: false,
    usage: `release-actions provenance --subjects checksums.txt [--output provenance.intoto.json]
  The SLSA v1 build provenance of the current GitHub Actions run (the predicate actions/attest
  makes), as an in-toto statement whose subjects are the checksums file's artifacts: for
  inspection, and for GitHub Enterprise Server, which has no attestation service. Reads the run
  from GITHUB_* variables.`,
  },
  'wait-for-image': {
    flags: {
      image: { type: 'string' },
      'timeout-seconds': { type: 'string' },
      'registry-username': { type: 'string' },
    },
    positionals: false,
    usage: `release-actions wait-for-image --image REF [--timeout-seconds 60] [--registry-username USER]
  Wait until the image (by digest when REF has one) is pullable from its registry; the password of a
  private registry comes from REGISTRY_PASSWORD.`,
  },
  'smoke-check': {
    flags: {
      url: { type: 'string' },
      'expected-version': { type: 'string' },
      'health-path': { type: 'string' },
      attempts: { type: 'string' },
      'interval-seconds': { type: 'string' },
      'request-timeout-seconds': { type: 'string' },
      'version-field': { type: 'string' },
      'version-header': { type: 'string' },
    },
    positionals: false,
    usage: `release-actions smoke-check --url URL --expected-version V [--health-path /health]
    [--attempts 10] [--interval-seconds 6] [--request-timeout-seconds 10] [--version-field version]
    [--version-header NAME]
  Poll URL + health-path until it answers 2xx and reports the expected version; exit code 1 with
  the version it saw when it never does.`,
  },
  pins: {
    flags: {
      check: { type: 'boolean' },
      tag: { type: 'string' },
      set: { type: 'string' },
      path: { type: 'string' },
    },
    positionals: false,
    usage: `release-actions pins [--check --tag vX.Y.Z | --set vX.Y.Z] [--path DIR]
  The uses: with which this repository's workflows call its own actions (self-references in
  ${CONFIG_FILE}). --check fails unless each names a tag of the same commit as --tag;
  --set points them all at a tag (bump does this in the release commit).`,
  },
  chart: {
    flags: {
      chart: { type: 'string' },
      output: { type: 'string' },
      registry: { type: 'string' },
      owner: { type: 'string' },
      'registry-username': { type: 'string' },
    },
    positionals: true,
    usage: `release-actions chart package [--chart charts/NAME] [--output DIR]
    release-actions chart push --registry HOST [--owner OWNER] [--chart charts/NAME]
    [--registry-username USER]
  package: write <name>-<version>.tgz of each chart (--chart, else every charts/<name>/) as helm
  package does, deterministic (entries dated HEAD's commit). push: push each as an OCI artifact to
  oci://HOST/OWNER/charts/<name>:<version> with Helm's media types; a version already there with
  the same digest is skipped, with another digest it fails. OWNER defaults to
  GITHUB_REPOSITORY_OWNER, else the origin remote's; REGISTRY_PASSWORD with --registry-username.`,
  },
  supersede: {
    flags: {
      tag: { type: 'string' },
      reason: { type: 'string' },
      'superseded-by': { type: 'string' },
      'tag-prefix': { type: 'string' },
      images: { type: 'string', multiple: true },
      repository: { type: 'string' },
      'api-url': { type: 'string' },
      'registry-username': { type: 'string' },
      'no-move-aliases': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
    positionals: false,
    usage: `release-actions supersede --tag vX.Y.Z --reason "..." [--superseded-by vX.Y.Z]
    [--tag-prefix PREFIX] [--images ghcr.io/o/app ...] [--no-move-aliases] [--dry-run]
    [--repository owner/repo] [--api-url URL] [--registry-username USER]
  Mark a release superseded: banner and title, Latest to the release that replaces it, rolling
  image tags back to the highest good version of their line. Prints the plan first; --dry-run stops
  there. GITHUB_TOKEN (or GH_TOKEN) from the environment; REGISTRY_PASSWORD with --registry-username.`,
  },
  tags: {
    flags: {
      images: { type: 'string', multiple: true },
      version: { type: 'string' },
      ref: { type: 'string' },
      event: { type: 'string' },
      sha: { type: 'string' },
      'default-branch': { type: 'string' },
      'existing-versions': { type: 'string', multiple: true },
      'sha-format': { type: 'string' },
      'major-zero': { type: 'boolean' },
      'no-nightly': { type: 'boolean' },
      date: { type: 'string' },
      prefix: { type: 'string' },
      suffix: { type: 'string' },
      push: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      digest: { type: 'string' },
      'registry-username': { type: 'string' },
      'wait-for-digest-seconds': { type: 'string' },
      'tag-prefix': { type: 'string' },
      path: { type: 'string' },
    },
    positionals: false,
    usage: `release-actions tags --images IMAGE... [--version vX.Y.Z] [--existing-versions V...]
    [--ref REF] [--event push|schedule|...] [--sha SHA] [--default-branch main] [--sha-format long|short]
    [--major-zero] [--no-nightly] [--date YYYY-MM-DD] [--prefix P] [--suffix S] [--tag-prefix v]
    [--path DIR] [--push --digest sha256:... [--registry-username USER] [--dry-run]
    [--wait-for-digest-seconds 60]]
  Print the tags, labels and matrix publish-tags-matrix computes, as JSON. With --push, tag the
  pushed digest in the registry (password from REGISTRY_PASSWORD): version tags first, latest last,
  never moving a version tag. Defaults: the current branch and HEAD of --path, event push.`,
  },
  version: {
    flags: versionFlags,
    positionals: false,
    usage: `release-actions version [--bump auto|patch|minor|major|rc|promote|tag] [--ref REF]
    [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc] [--prerelease-format dotted|compact]
    [--rc-bump minor|patch|major] [--initial-version 0.1.0] [--require-signed-tag]
    [--allowed-signers FILE] [--path DIR]
  Print, as JSON, what compute-version would output for this repository.`,
  },
} satisfies Record<string, CommandSpec>

export type CommandName = keyof typeof specs
