export const id = 9682;
export const ids = [9682];
export const modules = {

/***/ 936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ OperationalError),
/* harmony export */   Rb: () => (/* binding */ PreconditionError),
/* harmony export */   Vr: () => (/* binding */ bugLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZX: () => (/* binding */ isOperationalError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   r: () => (/* binding */ bugReport),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony export BUG_REPORT_URL */
/**
 * Errors, and the line between the user's or the world's errors and bugs. An OperationalError
 * (InputError, PreconditionError, GitError, ExecError, RegistryError, PlanError, SbomError and
 * the CLI's UsageError extend it; isOperationalError also counts an HTTP error of the GitHub API and
 * Node's network and file-system errors) is a bad input, or a repository, registry, API or process
 * that is not as required: the runner and the CLI print it as one line. Anything else
 * (a TypeError, a RangeError, an assertion) is a bug of release-actions: they print its stack,
 * marked as a bug, with the link to report it (bugReport). Also the text-escaping helpers every
 * message of an outside value goes through.
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
/**
 * The user's or the world's error, not a bug: a bad input, or a repository, registry, API or
 * process that is not as required. Printed as its message alone, one line, no stack.
 */
class OperationalError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'OperationalError';
    }
}
/** A bad input: names the input, what was wrong, and the expected form. */
class InputError extends OperationalError {
    input;
    problem;
    /**
     * Where in the input's value (a YAML document: a gate list, the config file) the problem is,
     * as keys and indexes from its top (`['gates', 2, 'with', 'paths']`), when the reader knows:
     * packages/config turns it into the line it names.
     */
    at;
    constructor(input, problem, { at } = {}) {
        super(`Input '${input}': ${problem}`);
        this.name = 'InputError';
        this.input = input;
        this.problem = problem;
        this.at = at;
    }
}
/** A precondition of the world (repository state, remote, registry) that does not hold. */
class PreconditionError extends OperationalError {
    constructor(message, options) {
        super(message, options);
        this.name = 'PreconditionError';
    }
}
/** Network and file-system failures Node reports (ECONNREFUSED, ENOENT, EACCES, ENOSPC, …). */
function isSystemError(error) {
    const e = error;
    return (typeof e.code === 'string' && (typeof e.syscall === 'string' || typeof e.errno === 'number'));
}
/**
 * Whether `error` is the user's or the world's (printed as one line) rather than a bug (printed
 * with its stack and the link to report it): an OperationalError; an HTTP error answered by the
 * GitHub API (octokit's RequestError, named HttpError, with a status); a timeout or abort; a
 * network or file-system failure, also as the cause of fetch's `TypeError: fetch failed`.
 */
function isOperationalError(error, depth = 0) {
    if (typeof error !== 'object' || error === null || depth > 5)
        return false;
    if (error instanceof OperationalError)
        return true;
    const e = error;
    if (e.name === 'HttpError' && typeof e.status === 'number')
        return true;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return true;
    if (isSystemError(error))
        return true;
    // undici: `TypeError: fetch failed` whose cause is the network's error (ECONNREFUSED, …).
    if (error instanceof TypeError && e.message === 'fetch failed' && e.cause !== undefined)
        return isOperationalError(e.cause, depth + 1);
    return false;
}
/** Where a bug of release-actions is reported. */
const BUG_REPORT_URL = 'https://github.com/release-actions/release-actions/issues/new';
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * What the runner and the CLI print for a bug (an error that is not operational) before its one
 * error line: that it is a bug of release-actions, where to report it, and the stack.
 */
function bugReport(error) {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return [
        `This is a bug in release-actions, not a problem with the inputs or the repository. Please report it at ${BUG_REPORT_URL} with the lines below (remove anything secret first):`,
        stack,
    ].join('\n');
}
/** The one error line of a bug: its message, marked as a bug, with the link. */
function bugLine(error) {
    return `${errorMessage(error)} (a bug in release-actions; please report it: ${BUG_REPORT_URL})`;
}


/***/ }),

/***/ 5134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Ih: () => (/* binding */ hasParentSegment),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Td: () => (/* binding */ escapingLink),
/* harmony export */   Ye: () => (/* binding */ realPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * "Inside the workspace", the one rule: a path is inside a directory when its real path (every
 * symlink resolved, for the part of it that exists) is that directory's real path or below it
 * (isInside; isUnder compares paths as written). Path inputs, globs (checksums, release assets,
 * gates' file lists), gates' working directories, the changelog and the config file's search use
 * it. A path written relative to a root that must not climb at all (a git pathspec, a Docker build
 * context) is refused by hasParentSegment. `..data` is a name like any other, inside for all of
 * them; only a whole `..` segment climbs.
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
/**
 * Whether a `/`-separated path written relative to a root climbs out as written: absolute, or with
 * a `..` segment (`a/../b` too). For values that are not resolved against the file system before they are
 * used (git pathspecs, Docker build contexts, glob patterns). `..data/x` does not climb.
 */
function hasParentSegment(relative) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative) || relative.split('/').includes('..');
}


/***/ }),

/***/ 9682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  Db: () => (/* reexport */ envSource),
  _h: () => (/* reexport */ existingFile),
  h4: () => (/* reexport */ githubContext),
  GU: () => (/* reexport */ mapSource),
  XI: () => (/* reexport */ resolveWorkspacePath),
  ic: () => (/* reexport */ trimAscii)
});

// UNUSED EXPORTS: envVarName, splitList

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
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/inputs/url.ts
var url = __webpack_require__(8359);
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
        return checkedUrl(name, this.optional(name) ?? fallback, example, 'loopback');
    }
    /**
     * A repository's web address (repo-url), which links point at: http(s), without credentials,
     * query or fragment (the rule of ./url.ts). Trailing slashes and `.git` dropped. Not given: the
     * fallback, as it is (a value of the GitHub context).
     */
    repositoryUrl(name, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        return checkedUrl(name, value, 'https://github.com/owner/repo', 'anywhere').replace(/\.git$/, '');
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
/** A URL input checked with the one rule (urlProblem), trailing slashes dropped. */
function checkedUrl(name, value, example, plainHttp) {
    if ((0,url/* urlProblem */.rn)(value, plainHttp) !== undefined)
        throw new errors/* InputError */.dz(name, plainHttp === 'loopback'
            ? `expected an https URL (plain http only to this machine: 127.0.0.0/8, ::1, localhost) without credentials, query or fragment, such as ${example}, got ${(0,errors/* showValue */.vp)(value)}`
            : `expected an http(s) URL without credentials, query or fragment, such as ${example}, got ${(0,errors/* showValue */.vp)(value)}`);
    return value.replace(/\/+$/, '');
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => trimAscii(item))
        .filter(item => item !== '');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/files/paths.ts
var paths = __webpack_require__(5134);
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
    if (!(0,external_node_fs_.statSync)(file).isFile())
        throw new errors/* InputError */.dz(input, `expected ${expected}; ${(0,errors/* showValue */.vp)(value)} is not a file`);
    return file;
}

;// CONCATENATED MODULE: ./packages/inputs/index.ts
/**
 * packages/inputs owns reading inputs: where values come from (the runner's INPUT_* variables, CLI
 * flags), the typed readers every actions/<name>/inputs.ts uses (Inputs: strings, booleans,
 * choices, numbers, dates, lists, and URLs by the one rule of url.ts), the GitHub context inputs
 * default to, and path inputs resolved against the workspace (the "inside" rule is
 * packages/files/paths.ts). A bad value is an InputError naming the input and the form expected.
 */





/***/ }),

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   rn: () => (/* binding */ urlProblem),
/* harmony export */   z3: () => (/* binding */ isSecureUrl)
/* harmony export */ });
/**
 * The one rule of where plain HTTP is allowed: a host on this machine (127.0.0.0/8, ::1,
 * localhost). Everything else that carries a token or credentials (the GitHub API, a registry,
 * a registry's token service) is reached over https only. And the one reader of a URL written in
 * an input (urlProblem, behind Inputs.url and Inputs.repositoryUrl): a service the token is sent
 * to, or a repository's web address that links point at.
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
/**
 * Why `value` is not a URL an input may hold, or undefined: http(s) (plain http as `plainHttp`
 * allows), without credentials, query or fragment, and without whitespace or control characters
 * anywhere (the URL parser drops tabs and newlines, so a value with them is not the URL it reads).
 */
function urlProblem(value, plainHttp = 'loopback') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'is not a URL';
    }
    if (/[\s\p{Cc}]/u.test(value))
        return 'contains whitespace or a control character';
    const http = url.protocol === 'https:' ||
        (url.protocol === 'http:' && (plainHttp === 'anywhere' || isLoopbackHost(url.hostname)));
    if (!http)
        return plainHttp === 'anywhere'
            ? 'is not an http(s) URL'
            : 'is not https (plain http only to this machine)';
    if (url.username || url.password)
        return 'has credentials';
    if (url.search)
        return 'has a query';
    if (url.hash)
        return 'has a fragment';
    return undefined;
}


/***/ })

};
