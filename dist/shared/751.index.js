export const id = 751;
export const ids = [751];
export const modules = {

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ localContext),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   qz: () => (/* binding */ flagSource)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/**
 * Argument parsing shared by the CLI commands. Flags are named like the action inputs they map
 * to (`--tag-prefix` ↔ `tag-prefix`), so a command can hand its flags to the action's own input
 * reader and validate exactly as the action does. The one difference is where paths may point:
 * a path named on the command line is used wherever it is (see localContext).
 */



/** A command line that is not one of the command's forms: exit code 2, with its usage. */
class UsageError extends _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationalError */ .LE {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function parse(argv, flags, allowPositionals = true) {
    try {
        const config = {
            args: [...argv],
            options: flags,
            strict: true,
            allowPositionals,
        };
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
        return { values: values, positionals };
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
}
/** Flags as an InputSource: booleans become 'true'/'false', lists are joined by newlines. */
function flagSource(values, rename = {}) {
    const out = {};
    for (const [key, value] of Object.entries(values)) {
        if (value === undefined)
            continue;
        const name = rename[key] ?? key;
        out[name] = Array.isArray(value) ? value.join('\n') : String(value);
    }
    return (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mapSource */ .GU)(out);
}
/**
 * The context the CLI hands to the actions' input readers: the current directory as the
 * workspace, and `explicitPaths`, so that a path the user names (`--sbom /tmp/sbom.json`,
 * `--output /tmp/x`) is used wherever it is. Globs keep the workspace rule. `env` supplies the
 * GITHUB_* defaults a command takes from the environment (none unless it asks).
 */
function localContext(env = {}) {
    return { ...(0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(env), workspace: process.cwd(), explicitPaths: true };
}


/***/ }),

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2586);
/**
 * How the CLI ends on an error, on stderr: a usage error with the command's usage (exit code 2);
 * the user's or the world's error (see isOperationalError) as one line, an input named as its
 * flag (exit code 1); anything else, a bug of release-actions, with its stack marked as a bug and
 * the link to report it, then the same one line (exit code 1).
 */


/** Write what `error` says to stderr; returns the exit code. */
function reportError(error, usage, write = text => process.stderr.write(text)) {
    if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) {
        write(`error: ${error.message}\n${usage === undefined ? '' : `\nUsage: ${usage}\n`}`);
        return 2;
    }
    if (error instanceof _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz) {
        write(`error: --${error.input}: ${error.problem}\n`);
        return 1;
    }
    if ((0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isOperationalError */ .ZX)(error)) {
        write(`error: ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}\n`);
        return 1;
    }
    write(`${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bugReport */ .r)(error)}\nerror: ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bugLine */ .Vr)(error)}\n`);
    return 1;
}


/***/ }),

/***/ 751:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9772);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3224);
/**
 * The CLI's entry: runs main and turns a closed stdout into a quiet end. A reader that stops
 * reading (`release-actions changelog --all | head -1`) closes the pipe; that is not a failure of
 * the command, so it ends at once with status 0 and no stack trace. A closed stderr is ignored (the
 * exit code still tells). An error that escapes main is reported as main reports one (cli/errors.ts:
 * one line for the user's or the world's errors, the stack and the link to report it for a bug).
 */


process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(0);
    throw error;
});
process.stderr.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
try {
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2));
}
catch (error) {
    process.exitCode = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reportError */ .N)(error, undefined);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
// EXTERNAL MODULE: ./cli/args.ts
var cli_args = __webpack_require__(2586);
// EXTERNAL MODULE: ./cli/errors.ts
var errors = __webpack_require__(9772);
// EXTERNAL MODULE: ./packages/config/file.ts
var file = __webpack_require__(5399);
;// CONCATENATED MODULE: ./cli/usage.ts
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

const versionFlags = {
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
};
// bump decides from HEAD and tags what it creates, so it takes no --bump, --ref or signature checks.
const { bump: _bump, ref: _ref, 'require-signed-tag': _signed, 'allowed-signers': _signers, ...computeFlags } = versionFlags;
const specs = {
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
  ${file/* CONFIG_FILE */.g}, the release commit (rc too) also points the repository's uses: of
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
    [--tag-prefix v] [--config ${file/* CONFIG_FILE */.g}] [--path DIR]
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
        usage: `release-actions gates [--config ${file/* CONFIG_FILE */.g}] [--fail-fast] [--version X.Y.Z]
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
  --on-main and --supersede those starters too) and ${file/* CONFIG_FILE */.g} with the gates it
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
  ${file/* CONFIG_FILE */.g}). --check fails unless each names a tag of the same commit as --tag;
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
};

;// CONCATENATED MODULE: ./cli/main.ts
/**
 * release-actions: the maintainer's side of the suite, running the same packages as the actions.
 * Only the command that runs is loaded (each is a dynamic import, a chunk of its own in the
 * bundle): `--help` and usage errors are answered from cli/usage.ts alone.
 */





/** Each command's code, loaded when it runs. */
const commands = {
    bump: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(7349), __webpack_require__.e(3628), __webpack_require__.e(5109), __webpack_require__.e(8681), __webpack_require__.e(1418), __webpack_require__.e(9084)]).then(__webpack_require__.bind(__webpack_require__, 9084))).bump,
    changelog: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(7349), __webpack_require__.e(3628), __webpack_require__.e(5109), __webpack_require__.e(8681), __webpack_require__.e(1418), __webpack_require__.e(3384)]).then(__webpack_require__.bind(__webpack_require__, 3384))).changelog,
    chart: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(8681), __webpack_require__.e(2026)]).then(__webpack_require__.bind(__webpack_require__, 9645))).chart,
    gates: async () => (await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(8815), __webpack_require__.e(4392), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(3628), __webpack_require__.e(8681), __webpack_require__.e(2972), __webpack_require__.e(5730)]).then(__webpack_require__.bind(__webpack_require__, 5730))).gates,
    init: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(3628), __webpack_require__.e(8681), __webpack_require__.e(2972), __webpack_require__.e(5547)]).then(__webpack_require__.bind(__webpack_require__, 5547))).init,
    checksums: async () => (await Promise.all(/* import() */[__webpack_require__.e(4137), __webpack_require__.e(7349), __webpack_require__.e(5109), __webpack_require__.e(3669)]).then(__webpack_require__.bind(__webpack_require__, 3669))).checksums,
    notices: async () => (await Promise.all(/* import() */[__webpack_require__.e(4137), __webpack_require__.e(7349), __webpack_require__.e(5109), __webpack_require__.e(3669)]).then(__webpack_require__.bind(__webpack_require__, 3669))).notices,
    provenance: async () => (await Promise.all(/* import() */[__webpack_require__.e(4137), __webpack_require__.e(7349), __webpack_require__.e(5109), __webpack_require__.e(3669)]).then(__webpack_require__.bind(__webpack_require__, 3669))).provenance,
    'wait-for-image': async () => (await Promise.all(/* import() */[__webpack_require__.e(6793), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 959))).wait,
    'smoke-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(6793), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 959))).smoke,
    pins: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(3628), __webpack_require__.e(8249)]).then(__webpack_require__.bind(__webpack_require__, 2388))).pins,
    supersede: async () => (await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4392), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(814), __webpack_require__.e(1834)]).then(__webpack_require__.bind(__webpack_require__, 1834))).supersede,
    tags: async () => (await Promise.all(/* import() */[__webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(6793), __webpack_require__.e(1833)]).then(__webpack_require__.bind(__webpack_require__, 1833))).tags,
    version: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4137), __webpack_require__.e(3374), __webpack_require__.e(3628), __webpack_require__.e(4043)]).then(__webpack_require__.bind(__webpack_require__, 1542))).version,
};
function isCommand(name) {
    return Object.hasOwn(specs, name);
}
function help() {
    return [
        'Usage: release-actions <command> [options]',
        '',
        ...Object.values(specs).map(c => c.usage),
        '',
        'release-actions --version prints the version of this CLI.',
        'Exit codes: 0 success, 1 failure, 2 usage error.',
    ].join('\n');
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${help()}\n`);
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${package_0/* version */.rE}\n`);
        return 0;
    }
    if (!isCommand(name)) {
        process.stderr.write(`error: unknown command '${name}'\n\n${help()}\n`);
        return 2;
    }
    const spec = specs[name];
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${spec.usage}\n`);
        return 0;
    }
    const logger = (0,log/* consoleLogger */.k)({ verbose: process.env.RUNNER_DEBUG === '1' });
    try {
        const args = (0,cli_args/* parse */.qg)(rest, spec.flags, spec.positionals);
        const run = await commands[name]();
        return await run(args, logger);
    }
    catch (error) {
        return (0,errors/* reportError */.N)(error, spec.usage);
    }
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/**
 * Where the project's configuration is: `.github/release-actions.yml`, from the top of the
 * repository (or, for compute-version, the nearest folder above its path inside the workspace).
 * A module of its own, so that cli/usage.ts can name it without loading the loader.
 */
const CONFIG_FILE = '.github/release-actions.yml';


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ nullLogger),
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
const nullLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    notice: () => { },
    untrusted: () => { },
    group: (_title, fn) => fn(),
};
/** A logger for terminals: info to stdout, the rest to stderr, no workflow commands. */
function consoleLogger({ verbose = false } = {}) {
    return {
        debug: m => {
            if (verbose)
                process.stderr.write(`debug: ${m}\n`);
        },
        info: m => process.stderr.write(`${m}\n`),
        warning: m => process.stderr.write(`warning: ${m}\n`),
        notice: m => process.stderr.write(`notice: ${m}\n`),
        untrusted: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
        group: async (title, fn) => {
            process.stderr.write(`${title}\n`);
            return fn();
        },
    };
}


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
