#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ localContext),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   qz: () => (/* binding */ flagSource)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9682);
/**
 * Argument parsing shared by the CLI commands. Flags are named like the action inputs they map
 * to (`--tag-prefix` ↔ `tag-prefix`), so a command can hand its flags to the action's own input
 * reader and validate exactly as the action does. The one difference is where paths may point:
 * a path named on the command line is used wherever it is (see localContext).
 */


class UsageError extends Error {
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

/***/ 751:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3224);
/**
 * The CLI's entry: runs main and turns a closed stdout into a quiet end. A reader that stops
 * reading (`release-actions changelog --all | head -1`) closes the pipe; that is not a failure of
 * the command, so it ends at once with status 0 and no stack trace. A closed stderr is ignored (the
 * exit code still tells).
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
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3224:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __nccwpck_require__(936);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __nccwpck_require__(1047);
// EXTERNAL MODULE: ./cli/args.ts
var cli_args = __nccwpck_require__(2586);
;// CONCATENATED MODULE: ./cli/usage.ts
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
  .github/release-actions.yml, the release commit (rc too) also points the repository's uses: of
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
    [--tag-prefix v] [--config .github/release-actions.yml] [--path DIR]
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
        usage: `release-actions gates [--config .github/release-actions.yml] [--fail-fast] [--version X.Y.Z]
    [--sha SHA --repository owner/repo [--api-url URL]]
  Run the release gates locally, as quality-gates does; the exit code is 1 when any fails.
  required-checks reads GITHUB_TOKEN from the environment.`,
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
        flags: { sbom: { type: 'string' }, output: { type: 'string' } },
        positionals: false,
        usage: `release-actions notices --sbom FILE [--output THIRD_PARTY_NOTICES.md]
  Third-party notices from an SPDX 2.x JSON or CycloneDX JSON SBOM, grouped by licence; packages
  without licence information are flagged for review.`,
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
  .github/release-actions.yml). --check fails unless each names a tag of the same commit as --tag;
  --set points them all at a tag (bump does this in the release commit).`,
    },
    supersede: {
        flags: {
            tag: { type: 'string' },
            reason: { type: 'string' },
            'superseded-by': { type: 'string' },
            images: { type: 'string', multiple: true },
            repository: { type: 'string' },
            'api-url': { type: 'string' },
            'registry-username': { type: 'string' },
            'no-move-aliases': { type: 'boolean' },
            'dry-run': { type: 'boolean' },
        },
        positionals: false,
        usage: `release-actions supersede --tag vX.Y.Z --reason "..." [--superseded-by vX.Y.Z]
    [--images ghcr.io/o/app ...] [--no-move-aliases] [--dry-run] [--repository owner/repo]
    [--api-url URL] [--registry-username USER]
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
    bump: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(977), __nccwpck_require__.e(568), __nccwpck_require__.e(492)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5492))).bump,
    changelog: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(977), __nccwpck_require__.e(568), __nccwpck_require__.e(384)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3384))).changelog,
    gates: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(392), __nccwpck_require__.e(977), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4203))).gates,
    checksums: async () => (await __nccwpck_require__.e(/* import() */ 502).then(__nccwpck_require__.bind(__nccwpck_require__, 1502))).checksums,
    notices: async () => (await __nccwpck_require__.e(/* import() */ 502).then(__nccwpck_require__.bind(__nccwpck_require__, 1502))).notices,
    provenance: async () => (await __nccwpck_require__.e(/* import() */ 502).then(__nccwpck_require__.bind(__nccwpck_require__, 1502))).provenance,
    'wait-for-image': async () => (await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 3286))).wait,
    'smoke-check': async () => (await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 3286))).smoke,
    pins: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(977), __nccwpck_require__.e(388)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2388))).pins,
    supersede: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(392), __nccwpck_require__.e(977), __nccwpck_require__.e(568), __nccwpck_require__.e(492), __nccwpck_require__.e(923)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6923))).supersede,
    tags: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(977), __nccwpck_require__.e(916)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4916))).tags,
    version: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(977), __nccwpck_require__.e(542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1542))).version,
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
        'Exit codes: 0 success, 1 failure, 2 usage error.',
    ].join('\n');
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${help()}\n`);
        return name ? 0 : 2;
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
    const logger = (0,log/* consoleLogger */.kS)({ verbose: process.env.RUNNER_DEBUG === '1' });
    try {
        const args = (0,cli_args/* parse */.qg)(rest, spec.flags, spec.positionals);
        const run = await commands[name]();
        return await run(args, logger);
    }
    catch (error) {
        if (error instanceof cli_args/* UsageError */.eb) {
            process.stderr.write(`error: ${error.message}\n\nUsage: ${spec.usage}\n`);
            return 2;
        }
        if (error instanceof errors/* InputError */.dz) {
            process.stderr.write(`error: --${error.input}: ${error.problem}\n`);
            return 1;
        }
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ PreconditionError),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/**
 * Errors that carry the name of the input at fault and the form that was expected.
 * Domain code throws these; the runtime turns them into one `::error::` line and exit code 1.
 */
/**
 * Text from outside (a parser's message) made one line of printable ASCII: every other character
 * as \uXXXX, so look-alike letters (Cyrillic 'в' for 'v'), bidi overrides and line breaks show.
 */
function escapeText(text) {
    return text.replace(/[^\x20-\x7e]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Render a user-supplied value safely for an error message: quoted, escaped, truncated. */
function showValue(value, max = 80) {
    const cut = value.length > max ? value.slice(0, max) : value;
    // JSON.stringify escapes quotes, backslashes and control characters; escapeText the rest.
    const escaped = escapeText(JSON.stringify(cut));
    return value.length > max ? `${escaped}... (${value.length} characters)` : escaped;
}
/** A bad input: names the input, what was wrong, and the expected form. */
class InputError extends Error {
    input;
    problem;
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.name = 'InputError';
        this.input = input;
        this.problem = problem;
    }
}
/** A precondition of the world (repository state, remote, registry) that does not hold. */
class PreconditionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PreconditionError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 5134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Td: () => (/* binding */ escapingLink),
/* harmony export */   Ye: () => (/* binding */ realPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * "Inside the workspace", the one rule: a path is inside a directory when its real path (every
 * symlink resolved, for the part of it that exists) is that directory's real path or below it.
 * Path inputs, globs (checksums, release assets, gates' file lists) and the changelog use it.
 */


/** Whether `p` exists (a path that cannot exist, such as one below a file, does not). */
function exists(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * `p` with every symlink resolved, for the part of it that exists (an output may not exist yet); a
 * dangling symlink is followed to where it points, since writing through it would land there.
 */
function realPath(p, depth = 0) {
    let existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [];
    while (!exists(existing)) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
        if (parent === existing)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing));
        existing = parent;
    }
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest);
    }
    catch {
        if (depth > 40)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
        try {
            const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(existing));
            return realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, ...rest), depth + 1);
        }
        catch {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
        }
    }
}
/** `p` is `dir` or below it, comparing the paths as written (no symlinks resolved). */
function isUnder(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p));
    return !(rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** `p` is inside `dir`: `dir` or below it, both compared as real paths (symlinks resolved). */
function isInside(dir, p) {
    return isUnder(realPath(dir), realPath(p));
}
/**
 * The first symlink on the way from `root` to `root/rel` (a root-relative path) whose target is
 * outside `root`: its root-relative name and its real target; undefined when the path stays inside.
 */
function escapingLink(root, rel) {
    const realRoot = realPath(root);
    const parts = rel.split(/[\\/]+/).filter(p => p !== '' && p !== '.');
    for (let i = 1; i <= parts.length; i++) {
        const name = parts.slice(0, i).join('/');
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full, { throwIfNoEntry: false });
        }
        catch {
            return undefined;
        }
        if (!st)
            return undefined;
        if (!st.isSymbolicLink())
            continue;
        const target = realPath(full);
        if (!isUnder(realRoot, target))
            return { name, target };
    }
    return undefined;
}


/***/ }),

/***/ 9682:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  _h: () => (/* reexport */ existingFile),
  h4: () => (/* reexport */ githubContext),
  GU: () => (/* reexport */ mapSource),
  XI: () => (/* reexport */ resolveWorkspacePath),
  ic: () => (/* reexport */ trimAscii)
});

// UNUSED EXPORTS: envSource, envVarName, splitList

;// CONCATENATED MODULE: ./packages/inputs/source.ts
function envVarName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Inputs from the environment. A composite action passes inputs to its JavaScript steps through
 * `env:`, where `INPUT_SUBJECT_PATH` reads better than `INPUT_SUBJECT-PATH`: both are accepted.
 */
function envSource(env = process.env) {
    return { get: name => env[envVarName(name)] ?? env[envVarName(name).replace(/-/g, '_')] };
}
function mapSource(values) {
    return { get: name => values[name] };
}

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __nccwpck_require__(936);
// EXTERNAL MODULE: ./packages/inputs/url.ts
var inputs_url = __nccwpck_require__(8359);
;// CONCATENATED MODULE: ./packages/inputs/readers.ts


/** Only ASCII whitespace is trimmed (DESIGN.md): a no-break space or a BOM stays visible. */
function trimAscii(value) {
    return value.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
}
/**
 * Typed readers over an InputSource. Every reader trims ASCII whitespace. An empty value is absent
 * (the fallback applies) except for `text`, the reader of inputs where empty is a valid value.
 */
class Inputs {
    source;
    /**
     * Where a reader says that it read a value other than as written (an image name lower-cased):
     * the runner's warning annotation in an action, stderr in the CLI.
     */
    warn;
    constructor(source, { warn = message => process.stderr.write(`warning: ${message}\n`), } = {}) {
        this.source = source;
        this.warn = warn;
    }
    /** The trimmed value, or undefined when absent or empty. */
    optional(name) {
        const raw = this.source.get(name);
        if (raw === undefined)
            return undefined;
        const value = trimAscii(raw);
        return value === '' ? undefined : value;
    }
    /**
     * An input where the empty string is a valid value (`tag-prefix: ''` means no prefix): set to
     * '', it is ''; only an input that is not given at all takes the fallback. The runner passes an
     * input the workflow did not set with its action.yml default, so '' comes only from a workflow
     * (or a CLI flag) that set it.
     */
    text(name, fallback) {
        const raw = this.source.get(name);
        return raw === undefined ? fallback : trimAscii(raw);
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    required(name, expected) {
        const value = this.optional(name);
        if (value === undefined)
            throw new errors/* InputError */.dz(name, `is required; expected ${expected}`);
        return value;
    }
    /** YAML 1.2 core booleans only, as `core.getBooleanInput` accepts. */
    boolean(name, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        throw new errors/* InputError */.dz(name, `expected true or false, got ${(0,errors/* showValue */.vp)(value)}`);
    }
    choice(name, allowed, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (allowed.includes(value))
            return value;
        throw new errors/* InputError */.dz(name, `expected one of ${allowed.join(' | ')}, got ${(0,errors/* showValue */.vp)(value)}`);
    }
    integer(name, fallback, range = {}) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (!/^-?\d+$/.test(value)) {
            throw new errors/* InputError */.dz(name, `expected a whole number, got ${(0,errors/* showValue */.vp)(value)}`);
        }
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            throw new errors/* InputError */.dz(name, `expected a whole number from ${min} to ${max}, got ${value}`);
        }
        return n;
    }
    /** A calendar date, YYYY-MM-DD; default today (UTC). */
    date(name, now = new Date()) {
        const value = this.optional(name) ?? now.toISOString().slice(0, 10);
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) &&
            !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
            new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
        if (!valid)
            throw new errors/* InputError */.dz(name, `expected a date as YYYY-MM-DD, got ${(0,errors/* showValue */.vp)(value)}`);
        return value;
    }
    /**
     * The URL of a service the token is sent to (api-url): https, or plain http to this machine
     * only (127.0.0.0/8, ::1, localhost; the one rule is ./url.ts); without credentials, query or
     * fragment. Trailing slashes dropped.
     */
    url(name, fallback, example) {
        const value = this.optional(name) ?? fallback;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            url = undefined;
        }
        // The URL parser drops tabs and newlines anywhere: a value with them is not the URL it reads.
        if (!url ||
            /[\s\p{Cc}]/u.test(value) ||
            !(0,inputs_url/* isSecureUrl */.z)(url) ||
            url.search ||
            url.hash ||
            url.username ||
            url.password)
            throw new errors/* InputError */.dz(name, `expected an https URL (plain http only to this machine: 127.0.0.0/8, ::1, localhost) without credentials, query or fragment, such as ${example}, got ${(0,errors/* showValue */.vp)(value)}`);
        return value.replace(/\/+$/, '');
    }
    /** Two inputs that go together (a user and its password): both, or neither. */
    pair(first, second) {
        const a = this.optional(first);
        const b = this.optional(second);
        if ((a === undefined) !== (b === undefined))
            throw new errors/* InputError */.dz(a === undefined ? first : second, `expected both ${first} and ${second}, or neither`);
        return a !== undefined && b !== undefined ? [a, b] : [undefined, undefined];
    }
    /** A list: one item per line; commas also separate. Blank items are dropped. */
    list(name) {
        return splitList(this.source.get(name) ?? '');
    }
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => trimAscii(item))
        .filter(item => item !== '');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/files/paths.ts
var paths = __nccwpck_require__(5134);
;// CONCATENATED MODULE: ./packages/inputs/context.ts
/**
 * The GitHub context inputs default to, and path inputs resolved against the workspace (the
 * "inside the workspace" rule itself is packages/files/paths.ts).
 */




function githubContext(env = process.env) {
    return {
        ref: env.GITHUB_REF || undefined,
        sha: env.GITHUB_SHA || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runId: env.GITHUB_RUN_ID || undefined,
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
        runnerTemp: env.RUNNER_TEMP || undefined,
    };
}
/** The longest file or directory name file systems accept (NAME_MAX). */
const MAX_NAME_BYTES = 255;
/**
 * Resolve a path input against the workspace. Paths may not leave the workspace (actions/checkout
 * refuses the same), compared as real paths (a symlink inside pointing outside is outside), unless
 * they are under one of `alsoUnder` (such as RUNNER_TEMP), `allowOutside` is set, or the user named
 * the path on a command line (`explicitPaths`).
 */
function resolveWorkspacePath(input, value, base, { allowOutside = false, alsoUnder = [], } = {}) {
    const workspace = typeof base === 'string' ? base : base.workspace;
    const explicit = typeof base !== 'string' && base.explicitPaths === true;
    if (value.includes('\0'))
        throw new errors/* InputError */.dz(input, 'expected a path, got a NUL character');
    const long = value.split(/[\\/]/).find(part => Buffer.byteLength(part) > MAX_NAME_BYTES);
    if (long !== undefined)
        throw new errors/* InputError */.dz(input, `expected a path whose names are at most ${MAX_NAME_BYTES} bytes, got ${(0,errors/* showValue */.vp)(value)} (a name of ${Buffer.byteLength(long)} bytes)`);
    const resolved = external_node_path_default().resolve(workspace, value);
    if (explicit || allowOutside)
        return resolved;
    const inside = (dir) => (0,paths/* isInside */.FK)(dir, resolved);
    let isInWorkspace;
    try {
        isInWorkspace = inside(workspace) || alsoUnder.some(d => d !== undefined && inside(d));
    }
    catch (error) {
        // The file system refuses the path itself (a name over 255 bytes, a file used as a folder).
        throw new errors/* InputError */.dz(input, `expected a path, got ${(0,errors/* showValue */.vp)(value)}: ${pathProblem(error)}`);
    }
    if (!isInWorkspace) {
        const also = alsoUnder.filter((d) => d !== undefined);
        throw new errors/* InputError */.dz(input, `expected a path inside the workspace ${workspace}${also.length ? ` or ${also.join(', ')}` : ''}, got ${(0,errors/* showValue */.vp)(value)}`);
    }
    return resolved;
}
function pathProblem(error) {
    const code = error.code;
    if (code === 'ENAMETOOLONG')
        return 'a name in it is too long';
    if (code === 'ENOTDIR')
        return 'a part of it is a file, not a folder';
    if (code === 'ELOOP')
        return 'its symlinks form a loop';
    if (code === 'EACCES' || code === 'EPERM')
        return 'it cannot be read (permission denied)';
    return error instanceof Error ? error.message : String(error);
}
/** A path input that must name an existing file (resolved as resolveWorkspacePath does). */
function existingFile(input, value, base, expected, options = {}) {
    const file = resolveWorkspacePath(input, value, base, options);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* InputError */.dz(input, `expected ${expected}; ${(0,errors/* showValue */.vp)(value)} does not exist`);
    return file;
}

;// CONCATENATED MODULE: ./packages/inputs/index.ts





/***/ }),

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost),
/* harmony export */   z: () => (/* binding */ isSecureUrl)
/* harmony export */ });
/**
 * The one rule of where plain HTTP is allowed: a host on this machine (127.0.0.0/8, ::1,
 * localhost). Everything else that carries a token or credentials (the GitHub API, a registry,
 * a registry's token service) is reached over https only.
 */
/** A loopback host as URL.hostname spells it: 127.0.0.0/8, [::1] (or ::1), localhost. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** https, or http to a loopback host (parsed, so 2130706433 and 0x7f.1 count as 127.0.0.1). */
function isSecureUrl(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ nullLogger),
/* harmony export */   kS: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* unused harmony export recordingLogger */
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
/** A logger that keeps every message, for tests to assert on. */
function recordingLogger() {
    const records = [];
    const push = (level) => (message) => {
        records.push({ level, message });
    };
    return {
        records,
        debug: push('debug'),
        info: push('info'),
        warning: push('warning'),
        notice: push('notice'),
        untrusted: push('untrusted'),
        group: async (title, fn) => {
            records.push({ level: 'group', message: title });
            return fn();
        },
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(751);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
