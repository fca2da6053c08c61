#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 751:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(918);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: commands

;// CONCATENATED MODULE: ./packages/inputs/errors.ts
/**
 * Errors that carry the name of the input at fault and the form that was expected.
 * Domain code throws these; the runtime turns them into one `::error::` line and exit code 1.
 */
/** Render a user-supplied value safely for an error message: quoted, escaped, truncated. */
function showValue(value, max = 80) {
    const cut = value.length > max ? value.slice(0, max) : value;
    // JSON.stringify escapes quotes, backslashes and control characters; escape non-ASCII too so
    // look-alike letters (Cyrillic 'в' for 'v') and bidi overrides are visible in the log.
    const escaped = JSON.stringify(cut).replace(/[^\x20-\x7e]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

;// CONCATENATED MODULE: ./packages/inputs/source.ts
function envVarName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function envSource(env = process.env) {
    return { get: name => env[envVarName(name)] };
}
function mapSource(values) {
    return { get: name => values[name] };
}

;// CONCATENATED MODULE: ./packages/inputs/readers.ts

/** Typed readers over an InputSource. Every reader trims, and treats an empty value as absent. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The trimmed value, or undefined when absent or empty. */
    optional(name) {
        const raw = this.source.get(name);
        if (raw === undefined)
            return undefined;
        const value = raw.trim();
        return value === '' ? undefined : value;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    required(name, expected) {
        const value = this.optional(name);
        if (value === undefined)
            throw new InputError(name, `is required; expected ${expected}`);
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
        throw new InputError(name, `expected true or false, got ${showValue(value)}`);
    }
    choice(name, allowed, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (allowed.includes(value))
            return value;
        throw new InputError(name, `expected one of ${allowed.join(' | ')}, got ${showValue(value)}`);
    }
    integer(name, fallback, range = {}) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (!/^-?\d+$/.test(value)) {
            throw new InputError(name, `expected a whole number, got ${showValue(value)}`);
        }
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            throw new InputError(name, `expected a whole number from ${min} to ${max}, got ${value}`);
        }
        return n;
    }
    /** A list: one item per line; commas also separate. Blank items are dropped. */
    list(name) {
        return splitList(this.source.get(name) ?? '');
    }
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./packages/inputs/context.ts


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
    };
}
/**
 * Resolve a path input against the workspace. Paths may not leave the workspace unless
 * `allowOutside` is set (actions/checkout refuses the same).
 */
function resolveWorkspacePath(input, value, workspace, { allowOutside = false } = {}) {
    if (value.includes('\0'))
        throw new InputError(input, 'expected a path, got a NUL character');
    const resolved = external_node_path_default().resolve(workspace, value);
    const rel = external_node_path_default().relative(external_node_path_default().resolve(workspace), resolved);
    if (!allowOutside && (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))) {
        throw new InputError(input, `expected a path inside the workspace ${workspace}, got ${showValue(value)}`);
    }
    return resolved;
}

;// CONCATENATED MODULE: ./packages/inputs/index.ts





;// CONCATENATED MODULE: ./packages/log/index.ts
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

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./cli/args.ts
/**
 * Argument parsing shared by the CLI commands. Flags are named like the action inputs they map
 * to (`--tag-prefix` ↔ `tag-prefix`), so a command can hand its flags to the action's own input
 * reader and validate exactly as the action does.
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
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)(config);
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
    return mapSource(out);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/process/index.ts

class ExecError extends Error {
    command;
    code;
    stderr;
    constructor(command, code, stderr, reason) {
        const detail = stderr.trim().split('\n').slice(-5).join('\n');
        super(`${command} ${reason ?? `exited with code ${code}`}${detail ? `:\n${detail}` : ''}`);
        this.name = 'ExecError';
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function describeCommand(file, args) {
    const shown = args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)));
    return [file, ...shown].join(' ');
}
function exec(file, args, options = {}) {
    const { cwd, env, input, maxBuffer = 256 * 1024 * 1024, okCodes = [0], timeoutMs } = options;
    const command = describeCommand(file, args);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd,
            env,
            shell: false,
            stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let outLen = 0;
        let errLen = 0;
        let failure;
        const timer = timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                failure = `timed out after ${timeoutMs} ms`;
                child.kill('SIGKILL');
            }, timeoutMs);
        child.stdout?.on('data', (chunk) => {
            outLen += chunk.length;
            if (outLen > maxBuffer) {
                failure = `wrote more than ${maxBuffer} bytes to stdout`;
                child.kill('SIGKILL');
            }
            else
                out.push(chunk);
        });
        child.stderr?.on('data', (chunk) => {
            errLen += chunk.length;
            if (errLen <= maxBuffer)
                err.push(chunk);
        });
        child.on('error', error => {
            if (timer)
                clearTimeout(timer);
            reject(new ExecError(command, null, '', `could not start: ${error.message}`));
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (failure)
                reject(new ExecError(command, code, stderr, failure));
            else if (code === null || !okCodes.includes(code))
                reject(new ExecError(command, code, stderr));
            else
                resolve({ code, stdout, stderr });
        });
        if (input !== undefined && child.stdin) {
            child.stdin.on('error', () => { });
            child.stdin.end(input);
        }
    });
}

;// CONCATENATED MODULE: ./packages/git/index.ts
/**
 * A small git client. Every call is an argument array (never a shell), user-supplied refs come
 * after `--end-of-options` (or `--` where git wants paths), and refs are validated by the caller
 * before they get here.
 */

class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
const SEP = '\x1f';
const REC = '\x1e';
class Git {
    cwd;
    #git;
    #env;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.#git = options.git ?? 'git';
        // Never prompt for credentials or an editor: the runner has no terminal.
        this.#env = {
            ...(options.env ?? process.env),
            GIT_TERMINAL_PROMPT: '0',
            GIT_EDITOR: 'true',
            GCM_INTERACTIVE: 'never',
        };
    }
    async run(args, options = {}) {
        try {
            const { stdout } = await exec(this.#git, ['-C', this.cwd, ...args], {
                env: this.#env,
                ...options,
            });
            return stdout;
        }
        catch (error) {
            if (error instanceof ExecError)
                throw new GitError(error.message);
            throw error;
        }
    }
    /** Exit code of a git command that answers yes/no through its status. */
    async status(args) {
        const result = await exec(this.#git, ['-C', this.cwd, ...args], {
            env: this.#env,
            okCodes: [0, 1, 2, 128],
        });
        return result.code;
    }
    async isRepository() {
        return (await this.status(['rev-parse', '--git-dir'])) === 0;
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commit a revision names, or undefined if it names none. */
    async resolveCommit(rev) {
        try {
            const out = await this.run([
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${rev}^{commit}`,
            ]);
            return out.trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * Every tag, in one `git for-each-ref` call. With `mergedInto`, only tags whose commit is
     * reachable from that commit (also one call).
     */
    async tags({ mergedInto } = {}) {
        const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)'].join(SEP);
        const args = ['for-each-ref', `--format=${format}`];
        if (mergedInto !== undefined)
            args.push(`--merged=${mergedInto}`);
        args.push('refs/tags/');
        const out = await this.run(args);
        const tags = [];
        for (const line of out.split('\n')) {
            if (line === '')
                continue;
            const [name = '', objectType = '', object = '', peeled = ''] = line.split(SEP);
            // Tags of trees or blobs are not releases; skip them.
            if (objectType === 'commit')
                tags.push({ name, objectType, commit: object });
            else if (objectType === 'tag' && peeled !== '')
                tags.push({ name, objectType, commit: peeled });
        }
        return tags;
    }
    /**
     * Full commit messages in `range` (`from..to`, or all of `to` when from is undefined), newest
     * first, in one `git log` call. Merge commits are read through (their parents' commits are
     * listed) but the merge commits themselves are left out.
     */
    async commitMessages({ from, to }) {
        const range = from === undefined ? [to] : [`${from}..${to}`];
        const out = await this.run([
            'log',
            '--no-merges',
            `--format=%H${SEP}%B${REC}`,
            '--end-of-options',
            ...range,
            '--',
        ]);
        const commits = [];
        for (const record of out.split(REC)) {
            const trimmed = record.replace(/^\n+/, '');
            if (trimmed === '')
                continue;
            const i = trimmed.indexOf(SEP);
            commits.push({ sha: trimmed.slice(0, i), message: trimmed.slice(i + 1).replace(/\n+$/, '') });
        }
        return commits;
    }
    /** Tracked files with changes (staged or not); untracked files are ignored. */
    async trackedChanges() {
        const out = await this.run(['status', '--porcelain', '--untracked-files=no']);
        return out.split('\n').filter(line => line !== '');
    }
    async currentBranch() {
        const out = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            okCodes: [0, 1],
        });
        return out.trim() || undefined;
    }
    async config(key) {
        const out = await this.run(['config', '--get', '--end-of-options', key], { okCodes: [0, 1] });
        return out.trim() || undefined;
    }
    /** The upstream of the current branch (`origin/main`), or undefined when there is none. */
    async upstream() {
        const out = await this.run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], { okCodes: [0, 128] });
        const value = out.trim();
        return value === '' || value === '@{upstream}' ? undefined : value;
    }
    async countCommits(range) {
        const out = await this.run(['rev-list', '--count', '--end-of-options', range]);
        return Number(out.trim());
    }
    /** Does `refs/tags/<tag>` exist on the remote? One `git ls-remote` call. */
    async remoteHasTag(remote, tag) {
        const out = await this.run([
            'ls-remote',
            '--tags',
            '--end-of-options',
            remote,
            `refs/tags/${tag}`,
        ]);
        return out.trim() !== '';
    }
    async createAnnotatedTag(tag, commit, message, { sign = false } = {}) {
        await this.run([
            'tag',
            sign ? '--sign' : '--annotate',
            '--message',
            message,
            '--end-of-options',
            tag,
            commit,
        ]);
    }
    async push(remote, refspecs, { atomic = true } = {}) {
        const args = ['push', '--porcelain'];
        if (atomic)
            args.push('--atomic');
        await this.run([...args, '--end-of-options', remote, ...refspecs]);
    }
    /** The raw tag object (header, message and signature) of an annotated tag. */
    async tagObject(tag) {
        return this.run(['cat-file', 'tag', `refs/tags/${tag}`]);
    }
    /**
     * Verify a tag's signature. SSH signatures are checked against `allowedSigners` (an
     * allowed-signers file); GPG ones against the keyring. Returns git's diagnostic output.
     */
    async verifyTag(tag, { allowedSigners } = {}) {
        const config = allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : [];
        const result = await exec(this.#git, ['-C', this.cwd, ...config, 'verify-tag', '--end-of-options', `refs/tags/${tag}`], {
            env: this.#env,
            okCodes: [0, 1, 128],
        });
        return { ok: result.code === 0, output: `${result.stderr}${result.stdout}`.trim() };
    }
}

;// CONCATENATED MODULE: ./packages/versioning/semver.ts
/**
 * SemVer 2.0.0, strictly: no leading zeros, no empty identifiers, no partial versions.
 * https://semver.org/spec/v2.0.0.html
 */
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_PATTERN = `(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const SEMVER_RE = new RegExp(`^${SEMVER_PATTERN}$`);
function toNumber(s) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Parse a strict SemVer 2.0.0 version (no prefix). Returns undefined if it is not one. */
function parseVersion(text) {
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(s => toNumber(s ?? ''));
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    const prerelease = [];
    for (const id of m[4]?.split('.') ?? []) {
        if (/^\d+$/.test(id)) {
            const n = toNumber(id);
            if (n === undefined)
                return undefined;
            prerelease.push(n);
        }
        else
            prerelease.push(id);
    }
    return { major, minor, patch, prerelease, build: m[5]?.split('.') ?? [] };
}
function version(major, minor, patch, prerelease = [], build = []) {
    return { major, minor, patch, prerelease, build };
}
function formatVersion(v, { build = true } = {}) {
    let s = `${v.major}.${v.minor}.${v.patch}`;
    if (v.prerelease.length > 0)
        s += `-${v.prerelease.join('.')}`;
    if (build && v.build.length > 0)
        s += `+${v.build.join('.')}`;
    return s;
}
function semver_isPrerelease(v) {
    return v.prerelease.length > 0;
}
/** The stable version a pre-release leads to (build metadata dropped). */
function coreOf(v) {
    return { major: v.major, minor: v.minor, patch: v.patch, prerelease: [], build: [] };
}
/**
 * Compact pre-release identifiers such as `rc10` are read as the pair (`rc`, 10), so that `rc10`
 * sorts after `rc9` as a maintainer expects (plain SemVer compares them as text: `rc10` < `rc9`).
 */
const COMPACT_ID = /^([A-Za-z-]*[A-Za-z-])(0|[1-9]\d*)$/;
function normalizedPrerelease(ids) {
    const out = [];
    for (const id of ids) {
        const m = typeof id === 'string' ? COMPACT_ID.exec(id) : null;
        const n = m ? toNumber(m[2] ?? '') : undefined;
        if (m && n !== undefined)
            out.push(m[1] ?? '', n);
        else
            out.push(id);
    }
    return out;
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'number')
        return -1; // numeric identifiers have lower precedence
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * SemVer precedence (build metadata ignored), with compact counters read as numbers.
 * Returns <0, 0 or >0.
 */
function semver_compareVersions(a, b) {
    if (a.major !== b.major)
        return a.major - b.major;
    if (a.minor !== b.minor)
        return a.minor - b.minor;
    if (a.patch !== b.patch)
        return a.patch - b.patch;
    const pa = normalizedPrerelease(a.prerelease);
    const pb = normalizedPrerelease(b.prerelease);
    if (pa.length === 0 || pb.length === 0)
        return pb.length - pa.length; // stable > pre-release
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const c = compareIdentifiers(pa[i], pb[i]);
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
/** A total order for sorting: precedence first, then the text, so equal-precedence tags are stable. */
function compareVersionsTotal(a, b) {
    const c = semver_compareVersions(a, b);
    if (c !== 0)
        return c;
    const ta = formatVersion(a);
    const tb = formatVersion(b);
    return ta < tb ? -1 : ta > tb ? 1 : 0;
}
function sameCore(a, b) {
    return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}

;// CONCATENATED MODULE: ./packages/versioning/tags.ts


/** Longest tag we accept (Docker's tag limit; also keeps refs and log lines sane). */
const MAX_TAG_LENGTH = 128;
const SHELL_META = /[$`;|&<>(){}[\]'"\\*?!~^:#%=,]/;
/**
 * Why a string is unsafe to use as a ref name anywhere, or undefined if it is safe.
 * This is a security filter, stricter than `git check-ref-format`, which accepts `v1$(id)` and
 * `--upload-pack=...`.
 */
function unsafeRefReason(name) {
    if (name === '')
        return 'is empty';
    if (name.length > MAX_TAG_LENGTH) {
        return `is ${name.length} characters long; the limit is ${MAX_TAG_LENGTH}`;
    }
    for (const ch of name) {
        const code = ch.codePointAt(0) ?? 0;
        if (code > 0x7e) {
            return `contains the non-ASCII character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        if (code < 0x20 || code === 0x7f)
            return 'contains a control character';
        if (ch === ' ')
            return 'contains whitespace';
    }
    const meta = SHELL_META.exec(name);
    if (meta)
        return `contains the character '${meta[0]}', which is not allowed in a ref name`;
    if (name.startsWith('-'))
        return "starts with '-'";
    if (name.includes('..'))
        return "contains '..'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return 'has an empty path component';
    }
    if (name.startsWith('.') || name.endsWith('.') || name.endsWith('.lock') || name.includes('/.')) {
        return "has a component that starts or ends with '.'";
    }
    if (name.includes('@{') || name === '@')
        return "contains '@{'";
    return undefined;
}
/** The tag prefix itself must be plain ASCII: letters, digits, `.`, `_`, `-`, `/`. */
function validateTagPrefix(input, prefix) {
    if (prefix === '')
        return prefix;
    if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(prefix) || prefix.includes('..')) {
        throw new InputError(input, `expected a tag prefix of ASCII letters, digits, '.', '_', '-' or '/' (such as v or api/v), got ${showValue(prefix)}`);
    }
    if (prefix.length > 64)
        throw new InputError(input, 'expected a tag prefix of at most 64 characters');
    return prefix;
}
function expectedTagForm(prefix) {
    return `${prefix}MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] (SemVer 2.0.0, no leading zeros)`;
}
/**
 * Why `name` is not a release tag for `prefix`, or undefined if it is one. Checks the
 * ref-safety rules first, then strict SemVer after the prefix.
 */
function releaseTagProblem(name, prefix) {
    const unsafe = unsafeRefReason(name);
    if (unsafe)
        return unsafe;
    if (!name.startsWith(prefix))
        return `does not start with the tag prefix '${prefix}'`;
    const rest = name.slice(prefix.length);
    if (parseVersion(rest))
        return undefined;
    if (/(^|[.-])0\d/.test(rest.split('+')[0] ?? ''))
        return 'has a number with a leading zero';
    return 'is not a SemVer 2.0.0 version';
}
/** Parse a release tag, or return undefined. Use for tags read from a repository. */
function parseReleaseTag(name, prefix) {
    if (releaseTagProblem(name, prefix) !== undefined)
        return undefined;
    return parseVersion(name.slice(prefix.length));
}
/** Parse a release tag given as an input, or throw an InputError that names the input. */
function requireReleaseTag(input, name, prefix) {
    const problem = releaseTagProblem(name, prefix);
    const parsed = problem === undefined ? parseVersion(name.slice(prefix.length)) : undefined;
    if (!parsed) {
        throw new InputError(input, `${showValue(name)} ${problem ?? 'is not a release tag'}; expected ${expectedTagForm(prefix)}`);
    }
    return parsed;
}
function tagName(prefix, v) {
    return `${prefix}${formatVersion(v)}`;
}
/**
 * Classify a Git ref input (`refs/tags/…`, `refs/heads/…`, `refs/pull/N/merge`). A tag ref must be
 * a release tag; other refs must be safe names. `refs/tags/` is stripped exactly once. A bare
 * release tag name (`v1.2.3`) is read as that tag.
 */
function parseRefInput(input, ref, prefix) {
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        return { kind: 'tag', name, version: requireReleaseTag(input, name, prefix) };
    }
    const unsafe = unsafeRefReason(ref);
    if (unsafe) {
        throw new InputError(input, `${showValue(ref)} ${unsafe}; expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`);
    }
    const bare = parseReleaseTag(ref, prefix);
    if (bare)
        return { kind: 'tag', name: ref, version: bare };
    if (ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length) {
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    }
    if (/^refs\/pull\/\d+\/(merge|head)$/.test(ref))
        return { kind: 'pull', name: ref };
    throw new InputError(input, `${showValue(ref)} is not a full ref; expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`);
}

;// CONCATENATED MODULE: ./packages/versioning/policy.ts
/**
 * The release policy of DESIGN.md: bumps, release-candidate counters, "highest of a line".
 */

function bumpVersion(base, level) {
    switch (level) {
        case 'major':
            return version(base.major + 1, 0, 0);
        case 'minor':
            return version(base.major, base.minor + 1, 0);
        case 'patch':
            return version(base.major, base.minor, base.patch + 1);
    }
}
/**
 * The counter of a release candidate, read in either form: dotted `rc.3` or compact `rc3`.
 * Undefined when `v` is not a candidate with that identifier.
 */
function prereleaseCounter(v, id) {
    const [first, second, ...rest] = v.prerelease;
    if (rest.length > 0)
        return undefined;
    if (first === id && typeof second === 'number')
        return second;
    if (second === undefined && typeof first === 'string' && first.startsWith(id)) {
        const digits = first.slice(id.length);
        if (/^(0|[1-9]\d*)$/.test(digits))
            return Number(digits);
    }
    return undefined;
}
function withPrerelease(core, id, counter, format) {
    const prerelease = format === 'dotted' ? [id, counter] : [`${id}${counter}`];
    return version(core.major, core.minor, core.patch, prerelease);
}
function maxVersion(versions) {
    let best;
    for (const v of versions)
        if (!best || semver_compareVersions(v, best) > 0)
            best = v;
    return best;
}
function highestStable(versions) {
    let best;
    for (const v of versions) {
        if (!isPrerelease(v) && (!best || compareVersions(v, best) > 0))
            best = v;
    }
    return best;
}
/** Is `v` the highest stable version of its `X.Y` line among `existing` (plus itself)? */
function isHighestOfMinorLine(v, existing) {
    if (isPrerelease(v))
        return false;
    for (const e of existing) {
        if (!isPrerelease(e) && e.major === v.major && e.minor === v.minor && compareVersions(e, v) > 0)
            return false;
    }
    return true;
}
/** Is `v` the highest stable version of its major line `X` among `existing` (plus itself)? */
function isHighestOfMajorLine(v, existing) {
    if (isPrerelease(v))
        return false;
    for (const e of existing) {
        if (!isPrerelease(e) && e.major === v.major && compareVersions(e, v) > 0)
            return false;
    }
    return true;
}
/** Is `v` the highest stable version of all (`latest`)? A back-port never is. */
function isHighestStable(v, existing) {
    if (semver_isPrerelease(v))
        return false;
    for (const e of existing)
        if (!semver_isPrerelease(e) && semver_compareVersions(e, v) > 0)
            return false;
    return true;
}
/**
 * An existing tag that a new stable version `candidate` would collide with or sort below, within
 * the line the bump moves in (`X.Y` for patch and minor bumps, `X` for major). A tag made off the
 * current branch can leave such a tag behind (one project released v0.9.0 after v0.9.12).
 */
function lineConflict(candidate, level, existing) {
    let worst;
    for (const e of existing) {
        const sameLine = level === 'major'
            ? e.major === candidate.major
            : e.major === candidate.major && e.minor === candidate.minor;
        if (!sameLine)
            continue;
        const c = semver_compareVersions(e, candidate);
        const conflicts = c > 0 || (c === 0 && !semver_isPrerelease(e));
        if (conflicts && (!worst || semver_compareVersions(e, worst) > 0))
            worst = e;
    }
    return worst;
}
/**
 * Step a new stable version past every conflicting tag of its line: a patch goes to the next free
 * patch of `X.Y`, a minor to the next `X.Y` line with no release yet, a major to the next free
 * major. Returns the version and the tags it stepped past.
 */
function stepPastConflicts(candidate, level, existing) {
    const conflicts = [];
    let current = coreOf(candidate);
    for (;;) {
        const conflict = lineConflict(current, level, existing);
        if (!conflict)
            return { version: current, conflicts };
        conflicts.push(conflict);
        if (level === 'patch') {
            const next = semver_isPrerelease(conflict) ? conflict.patch : conflict.patch + 1;
            current = version(current.major, current.minor, Math.max(next, current.patch + 1));
        }
        else
            current = bumpVersion(current, level);
    }
}

;// CONCATENATED MODULE: ./packages/conventional/index.ts
/**
 * Conventional Commits 1.0.0 parsing: https://www.conventionalcommits.org/en/v1.0.0/
 * `<type>[(scope)][!]: <description>`, an optional body, and footers (`Token: value`,
 * `Token #value`, `BREAKING CHANGE: value`).
 */
const HEADER_RE = /^([A-Za-z][A-Za-z0-9-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER_RE = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/;
const BREAKING_TOKEN = /^BREAKING[ -]CHANGE$/;
function parseFooters(lines) {
    const footers = [];
    for (const line of lines) {
        const m = FOOTER_RE.exec(line);
        if (m)
            footers.push({ token: m[1] ?? '', value: m[2] ?? '' });
        else if (footers.length > 0) {
            const last = footers[footers.length - 1];
            last.value = last.value === '' ? line : `${last.value}\n${line}`;
        }
    }
    for (const f of footers)
        f.value = f.value.replace(/\s+$/, '');
    return footers;
}
function parseCommitMessage(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    const header = (lines[0] ?? '').trim();
    const rest = lines.slice(1);
    // Paragraphs after the header; the trailing ones whose first line is a footer token are footers.
    const paragraphs = [];
    let current;
    for (const line of rest) {
        if (line.trim() === '')
            current = undefined;
        else {
            if (!current)
                paragraphs.push((current = []));
            current.push(line);
        }
    }
    let firstFooter = paragraphs.length;
    while (firstFooter > 0 && FOOTER_RE.test(paragraphs[firstFooter - 1]?.[0] ?? ''))
        firstFooter--;
    const body = paragraphs
        .slice(0, firstFooter)
        .map(p => p.join('\n'))
        .join('\n\n');
    const footers = parseFooters(paragraphs.slice(firstFooter).flat());
    const m = HEADER_RE.exec(header);
    const breakingNotes = footers.filter(f => BREAKING_TOKEN.test(f.token)).map(f => f.value);
    // Tools commonly also honour a BREAKING CHANGE line inside the body.
    for (const line of body.split('\n')) {
        const bm = /^BREAKING[ -]CHANGE: (.*)$/.exec(line);
        if (bm && !breakingNotes.includes(bm[1] ?? ''))
            breakingNotes.push(bm[1] ?? '');
    }
    if (!m) {
        return {
            type: '',
            scope: undefined,
            subject: header,
            body,
            footers,
            breaking: breakingNotes.length > 0,
            breakingNotes,
            conventional: false,
            header,
        };
    }
    const bang = m[3] === '!';
    const subject = (m[4] ?? '').trim();
    if (bang && breakingNotes.length === 0)
        breakingNotes.push(subject);
    const scope = m[2]?.trim();
    return {
        type: (m[1] ?? '').toLowerCase(),
        scope: scope === '' ? undefined : scope,
        subject,
        body,
        footers,
        breaking: bang || breakingNotes.length > 0,
        breakingNotes,
        conventional: true,
        header,
    };
}
/** The bump a set of commits calls for: breaking → major, feat → minor, anything else → patch. */
function releaseLevel(commits) {
    let level;
    for (const c of commits) {
        if (c.breaking)
            return 'major';
        if (c.type === 'feat')
            level = 'minor';
        else
            level ??= 'patch';
    }
    return level;
}

;// CONCATENATED MODULE: ./packages/versioning/compute.ts
/**
 * compute-version's decision, shared by the action and the CLI: what version and tag a bump
 * produces, or what an existing tag is (tag mode), read from local git with a bounded number of
 * git calls (two `for-each-ref`, one `rev-parse`, at most one `log`), never one call per tag.
 */





const BUMP_KINDS = ['auto', 'patch', 'minor', 'major', 'rc', 'promote', 'tag'];
/** The defaults of compute-version's inputs. */
const DEFAULT_COMPUTE_OPTIONS = {
    tagPrefix: 'v',
    prereleaseId: 'rc',
    prereleaseFormat: 'dotted',
    rcBump: 'minor',
    initialVersion: { major: 0, minor: 1, patch: 0, prerelease: [], build: [] },
    requireSignedTag: false,
};
function releaseTags(refs, prefix) {
    const out = [];
    for (const ref of refs) {
        const v = parseReleaseTag(ref.name, prefix);
        if (v)
            out.push({ ...ref, version: v });
    }
    return out;
}
function highestTag(tags, pick) {
    let best;
    for (const t of tags) {
        if (pick(t) && (!best || semver_compareVersions(t.version, best.version) > 0))
            best = t;
    }
    return best;
}
function compute_short(sha) {
    return sha.slice(0, 7);
}
class Repo {
    git;
    options;
    all;
    versions;
    #reachable = new Map();
    constructor(git, options, all) {
        this.git = git;
        this.options = options;
        this.all = all;
        this.versions = all.map(t => t.version);
    }
    name(v) {
        return tagName(this.options.tagPrefix, v);
    }
    find(name) {
        return this.all.find(t => t.name === name);
    }
    stableExists(v) {
        return this.all.find(t => !semver_isPrerelease(t.version) && sameCore(t.version, v));
    }
    async reachableFrom(commit) {
        let tags = this.#reachable.get(commit);
        if (!tags) {
            tags = releaseTags(await this.git.tags({ mergedInto: commit }), this.options.tagPrefix);
            this.#reachable.set(commit, tags);
        }
        return tags;
    }
    /** The stable release new versions are computed from: the highest one reachable from HEAD. */
    async base(head, reasons) {
        const reachable = await this.reachableFrom(head);
        const base = highestTag(reachable, t => !semver_isPrerelease(t.version));
        if (base) {
            reasons.push(`The highest stable release reachable from HEAD is ${base.name}.`);
            return base;
        }
        const overall = highestTag(this.all, t => !semver_isPrerelease(t.version));
        if (overall) {
            reasons.push(`No stable release is reachable from HEAD; using the highest stable release in the repository, ${overall.name} (${compute_short(overall.commit)}).`);
        }
        return overall;
    }
}
function describe(v, repo, fields) {
    const lower = fields.reachable.filter(t => semver_compareVersions(t.version, v) < 0);
    const previous = highestTag(lower, () => true);
    const previousStable = highestTag(lower, t => !semver_isPrerelease(t.version));
    const pre = semver_isPrerelease(v);
    const decision = {
        version: formatVersion(v),
        tag: repo.name(v),
        major: v.major,
        minor: v.minor,
        patch: v.patch,
        prerelease: v.prerelease.join('.'),
        build: v.build.join('.'),
        isPrerelease: pre,
        isStable: !pre,
        isLatest: isHighestStable(v, repo.versions),
        isMajorZero: v.major === 0,
        previousTag: previous?.name ?? '',
        previousStableTag: previousStable?.name ?? '',
        sha: fields.sha,
        bump: fields.bump,
        exists: fields.exists,
        reasons: fields.reasons,
    };
    if (fields.commits)
        decision.commits = fields.commits;
    return decision;
}
async function verifySignature(repo, tag) {
    if (tag.objectType !== 'tag') {
        throw new PreconditionError(`Tag ${tag.name} is a lightweight tag; a signed annotated tag is required (require-signed-tag: true). Create it with git tag -s.`);
    }
    const object = await repo.git.tagObject(tag.name);
    if (!/-----BEGIN (PGP|SSH) SIGNATURE-----/.test(object)) {
        throw new PreconditionError(`Tag ${tag.name} is annotated but not signed; a signed tag is required (require-signed-tag: true). Create it with git tag -s.`);
    }
    const { ok, output } = await repo.git.verifyTag(tag.name, {
        ...(repo.options.allowedSigners ? { allowedSigners: repo.options.allowedSigners } : {}),
    });
    if (!ok) {
        throw new PreconditionError(`The signature of tag ${tag.name} did not verify${repo.options.allowedSigners ? ' against allowed-signers' : ''}: ${output || 'no detail from git'}`);
    }
    return output.split('\n').find(line => /Good/.test(line)) ?? 'signature verified';
}
async function describeTag(repo, reasons) {
    const name = repo.options.tag ?? '';
    const tag = repo.find(name);
    if (!tag) {
        throw new PreconditionError(`Tag ${name} does not exist in ${repo.git.cwd}. Check out the repository with its tags (actions/checkout with fetch-depth: 0) or pass the name of an existing tag.`);
    }
    if (repo.options.requireSignedTag) {
        reasons.push(`Signature of ${name}: ${await verifySignature(repo, tag)}.`);
    }
    const above = repo.all.find(t => t.version.major === tag.version.major &&
        t.version.minor === tag.version.minor &&
        semver_compareVersions(t.version, tag.version) > 0);
    if (above && !semver_isPrerelease(tag.version)) {
        reasons.push(`${name} is not the highest of its line: ${above.name} exists.`);
    }
    reasons.push(`Describing the tag ${name} on ${compute_short(tag.commit)}.`);
    return describe(tag.version, repo, {
        sha: tag.commit,
        bump: 'tag',
        exists: true,
        reachable: await repo.reachableFrom(tag.commit),
        reasons,
    });
}
async function promote(repo, reasons) {
    const { fromTag, prereleaseId } = repo.options;
    let rc;
    if (fromTag !== undefined) {
        rc = repo.find(fromTag);
        if (!rc)
            throw new PreconditionError(`The tag to promote, ${fromTag}, does not exist.`);
    }
    else {
        rc = highestTag(repo.all, t => prereleaseCounter(t.version, prereleaseId) !== undefined && !repo.stableExists(t.version));
        if (!rc) {
            throw new PreconditionError(`There is no release candidate to promote: no tag ${repo.options.tagPrefix}X.Y.Z-${prereleaseId}.N without its stable release. Tag one with bump: rc first.`);
        }
        reasons.push(`The newest release candidate is ${rc.name}.`);
    }
    const stable = coreOf(rc.version);
    const existing = repo.stableExists(stable);
    if (existing) {
        throw new PreconditionError(`${rc.name} cannot be promoted: ${existing.name} already exists (on ${compute_short(existing.commit)}).`);
    }
    const conflict = lineConflict(stable, 'patch', repo.versions);
    if (conflict) {
        throw new PreconditionError(`${rc.name} cannot be promoted: ${repo.name(stable)} would sort below the existing tag ${repo.name(conflict)}.`);
    }
    reasons.push(`Promoting ${rc.name} to ${repo.name(stable)} on the same commit, ${compute_short(rc.commit)}: no rebuild.`);
    return describe(stable, repo, {
        sha: rc.commit,
        bump: 'promote',
        exists: false,
        reachable: await repo.reachableFrom(rc.commit),
        reasons,
    });
}
async function headCommit(git) {
    const head = await git.resolveCommit('HEAD');
    if (!head)
        throw new PreconditionError(`The repository at ${git.cwd} has no commits yet.`);
    return head;
}
function stepNote(repo, from, to, conflicts) {
    if (conflicts.length === 0)
        return [];
    const names = conflicts.map(c => repo.name(c)).join(', ');
    return [
        `${repo.name(from)} would collide with or sort below ${names} (tagged off this branch); stepped past to ${repo.name(to)}.`,
    ];
}
async function bumpStable(repo, reasons) {
    const head = await headCommit(repo.git);
    const reachable = await repo.reachableFrom(head);
    const { options } = repo;
    if (repo.all.length === 0) {
        reasons.push(`There is no release tag yet; the first version is initial-version ${formatVersion(options.initialVersion)}.`);
        return describe(options.initialVersion, repo, {
            sha: head,
            bump: 'initial',
            exists: false,
            reachable,
            reasons,
        });
    }
    const base = await repo.base(head, reasons);
    let level;
    let commits;
    if (options.bump === 'auto') {
        const messages = await repo.git.commitMessages({
            ...(base ? { from: base.commit } : {}),
            to: head,
        });
        const parsed = messages.map(m => parseCommitMessage(m.message));
        commits = {
            total: parsed.length,
            breaking: parsed.filter(c => c.breaking).length,
            features: parsed.filter(c => !c.breaking && c.type === 'feat').length,
            other: parsed.filter(c => !c.breaking && c.type !== 'feat').length,
        };
        const found = releaseLevel(parsed);
        if (!found) {
            if (!base) {
                throw new PreconditionError('HEAD has no commits of its own and there is no stable release to bump.');
            }
            reasons.push(`No commits since ${base.name}: nothing to release.`);
            return describe(base.version, repo, {
                sha: head,
                bump: 'none',
                exists: true,
                reachable,
                reasons,
                commits,
            });
        }
        level = found;
        const since = base ? `since ${base.name}` : 'in the history';
        reasons.push(`${commits.total} commit(s) ${since}: ${commits.breaking} breaking, ${commits.features} feature(s), ${commits.other} other → ${level}.`);
        if (level === 'major' && base && base.version.major === 0) {
            level = 'minor';
            reasons.push('Breaking changes bump MINOR while the major version is 0.');
        }
    }
    else {
        level = options.bump;
    }
    if (!base) {
        reasons.push(`There is no stable release yet; the first version is initial-version ${formatVersion(options.initialVersion)}.`);
        const { version, conflicts } = stepPastConflicts(options.initialVersion, 'patch', repo.versions);
        reasons.push(...stepNote(repo, options.initialVersion, version, conflicts));
        return describe(version, repo, {
            sha: head,
            bump: 'initial',
            exists: false,
            reachable,
            reasons,
            ...(commits ? { commits } : {}),
        });
    }
    const candidate = bumpVersion(base.version, level);
    const { version, conflicts } = stepPastConflicts(candidate, level, repo.versions);
    reasons.push(...stepNote(repo, candidate, version, conflicts));
    reasons.push(`${level} bump: ${base.name} → ${repo.name(version)}.`);
    return describe(version, repo, {
        sha: head,
        bump: level,
        exists: false,
        reachable,
        reasons,
        ...(commits ? { commits } : {}),
    });
}
async function releaseCandidate(repo, reasons) {
    const head = await headCommit(repo.git);
    const reachable = await repo.reachableFrom(head);
    const { options } = repo;
    const base = repo.all.length === 0 ? undefined : await repo.base(head, reasons);
    let core;
    if (base) {
        const candidate = bumpVersion(base.version, options.rcBump);
        const stepped = stepPastConflicts(candidate, options.rcBump, repo.versions);
        reasons.push(...stepNote(repo, candidate, stepped.version, stepped.conflicts));
        core = stepped.version;
    }
    else {
        const stepped = stepPastConflicts(options.initialVersion, 'patch', repo.versions);
        reasons.push(...stepNote(repo, options.initialVersion, stepped.version, stepped.conflicts));
        core = stepped.version;
        reasons.push(`There is no stable release yet; candidates lead to initial-version ${formatVersion(core)}.`);
    }
    const counters = repo.all
        .filter(t => sameCore(t.version, core))
        .map(t => prereleaseCounter(t.version, options.prereleaseId))
        .filter((n) => n !== undefined);
    const counter = counters.length === 0 ? 1 : Math.max(...counters) + 1;
    const v = withPrerelease(core, options.prereleaseId, counter, options.prereleaseFormat);
    if (counter === 1) {
        reasons.push(base
            ? `First release candidate of ${repo.name(core)} (rc-bump: ${options.rcBump} from ${base.name}).`
            : `First release candidate of ${repo.name(core)}.`);
    }
    else {
        const newest = maxVersion(repo.versions.filter(x => sameCore(x, core) && semver_isPrerelease(x)));
        reasons.push(`The newest candidate of ${repo.name(core)} is ${newest ? repo.name(newest) : '?'}; next is ${repo.name(v)}.`);
    }
    return describe(v, repo, { sha: head, bump: 'rc', exists: false, reachable, reasons });
}
async function computeVersion(git, options) {
    if (!(await git.isRepository())) {
        throw new PreconditionError(`${git.cwd} is not a git repository (input 'path').`);
    }
    if (await git.isShallow()) {
        throw new PreconditionError(`The repository at ${git.cwd} is a shallow clone, so its tags and history are incomplete. Check it out with actions/checkout and fetch-depth: 0.`);
    }
    const repo = new Repo(git, options, releaseTags(await git.tags(), options.tagPrefix));
    const reasons = [];
    switch (options.bump) {
        case 'tag':
            return describeTag(repo, reasons);
        case 'promote':
            return promote(repo, reasons);
        case 'rc':
            return releaseCandidate(repo, reasons);
        default:
            return bumpStable(repo, reasons);
    }
}
/** The decision as action outputs (kebab-case names, strings). */
function decisionOutputs(d) {
    return {
        version: d.version,
        tag: d.tag,
        major: String(d.major),
        minor: String(d.minor),
        patch: String(d.patch),
        prerelease: d.prerelease,
        build: d.build,
        'is-prerelease': String(d.isPrerelease),
        'is-stable': String(d.isStable),
        'is-latest': String(d.isLatest),
        'is-major-zero': String(d.isMajorZero),
        'previous-tag': d.previousTag,
        'previous-stable-tag': d.previousStableTag,
        sha: d.sha,
        bump: d.bump,
        exists: String(d.exists),
    };
}

;// CONCATENATED MODULE: ./packages/versioning/index.ts





;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./actions/compute-version/inputs.ts
/**
 * compute-version's inputs: the only place they are read. Everything is validated here, before
 * any git call; a bad value throws an InputError naming the input and the expected form.
 */



function readInputs(inputs, github) {
    const defaults = DEFAULT_COMPUTE_OPTIONS;
    const tagPrefix = validateTagPrefix('tag-prefix', inputs.optional('tag-prefix') ?? defaults.tagPrefix);
    const refValue = inputs.optional('ref') ?? github.ref;
    const ref = refValue === undefined ? undefined : parseRefInput('ref', refValue, tagPrefix);
    const bump = inputs.choice('bump', BUMP_KINDS, ref?.kind === 'tag' ? 'tag' : 'auto');
    if (bump === 'tag' && ref?.kind !== 'tag') {
        throw new InputError('ref', `bump: tag describes a tag, so ref must be refs/tags/${tagPrefix}MAJOR.MINOR.PATCH[-PRERELEASE]; got ${refValue === undefined ? 'no ref' : showValue(refValue)}`);
    }
    const fromTagValue = inputs.optional('from-tag');
    let fromTag;
    if (fromTagValue !== undefined) {
        const v = requireReleaseTag('from-tag', fromTagValue, tagPrefix);
        if (!semver_isPrerelease(v)) {
            throw new InputError('from-tag', `expected a pre-release tag to promote, such as ${tagPrefix}1.3.0-rc.2; got the stable tag ${showValue(fromTagValue)}`);
        }
        fromTag = fromTagValue;
    }
    const prereleaseId = inputs.string('prerelease-id', defaults.prereleaseId);
    if (!/^[A-Za-z][A-Za-z-]{0,31}$/.test(prereleaseId)) {
        throw new InputError('prerelease-id', `expected a word of ASCII letters (such as rc, beta or alpha), got ${showValue(prereleaseId)}`);
    }
    const prereleaseFormat = inputs.choice('prerelease-format', ['dotted', 'compact'], defaults.prereleaseFormat);
    const rcBump = inputs.choice('rc-bump', ['minor', 'patch', 'major'], defaults.rcBump);
    const initialText = inputs.string('initial-version', formatVersion(defaults.initialVersion));
    const initialVersion = parseVersion(initialText.startsWith(tagPrefix) && tagPrefix !== ''
        ? initialText.slice(tagPrefix.length)
        : initialText);
    if (!initialVersion || semver_isPrerelease(initialVersion) || initialVersion.build.length > 0) {
        throw new InputError('initial-version', `expected a stable SemVer version such as 0.1.0 or 1.0.0, got ${showValue(initialText)}`);
    }
    const requireSignedTag = inputs.boolean('require-signed-tag', defaults.requireSignedTag);
    const signersValue = inputs.optional('allowed-signers');
    let allowedSigners;
    if (signersValue !== undefined) {
        allowedSigners = resolveWorkspacePath('allowed-signers', signersValue, github.workspace, {
            allowOutside: true,
        });
        if (!(0,external_node_fs_namespaceObject.existsSync)(allowedSigners)) {
            throw new InputError('allowed-signers', `expected the path of an SSH allowed-signers file; ${showValue(signersValue)} does not exist`);
        }
    }
    const path = resolveWorkspacePath('path', inputs.string('path', '.'), github.workspace);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path)) {
        throw new InputError('path', `expected the directory of a git repository; ${showValue(path)} does not exist`);
    }
    const options = {
        path,
        ref,
        bump,
        tagPrefix,
        prereleaseId,
        prereleaseFormat,
        rcBump,
        initialVersion,
        requireSignedTag,
    };
    if (ref?.kind === 'tag')
        options.tag = ref.name;
    if (fromTag !== undefined)
        options.fromTag = fromTag;
    if (allowedSigners !== undefined)
        options.allowedSigners = allowedSigners;
    return options;
}

;// CONCATENATED MODULE: ./cli/commands/version.ts





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
const usage = `release-actions version [--bump auto|patch|minor|major|rc|promote|tag] [--ref REF]
    [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc] [--prerelease-format dotted|compact]
    [--rc-bump minor|patch|major] [--initial-version 0.1.0] [--require-signed-tag]
    [--allowed-signers FILE] [--path DIR]
  Print, as JSON, what compute-version would output for this repository.`;
async function version_version(argv, logger) {
    const { values } = parse(argv, versionFlags, false);
    const github = { ...githubContext(), workspace: process.cwd() };
    const options = readInputs(new Inputs(flagSource(values)), github);
    const decision = await computeVersion(new Git(options.path), options);
    for (const reason of decision.reasons)
        logger.info(reason);
    process.stdout.write(`${JSON.stringify(decisionOutputs(decision), null, 2)}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./cli/commands/bump.ts
/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version logic as compute-version. Every check runs before
 * anything is written; a failed push removes the local tag it just made.
 */






const KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'];
const { bump: _bump, ref: _ref, 'require-signed-tag': _signed, 'allowed-signers': _signers, ...computeFlags } = versionFlags;
const flags = {
    ...computeFlags,
    'dry-run': { type: 'boolean' },
    'no-push': { type: 'boolean' },
    sign: { type: 'boolean' },
    remote: { type: 'string' },
};
const bump_usage = `release-actions bump patch|minor|major|rc|promote|auto [--dry-run] [--no-push] [--sign]
    [--remote NAME] [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc]
    [--prerelease-format dotted|compact] [--rc-bump minor|patch|major] [--path DIR]
  Tag a release: refuses a dirty tree, unpushed commits and a tag that exists locally or on the
  remote; creates the annotated tag "Release vX.Y.Z" (signed with --sign) and pushes it.
  promote tags the newest release candidate's commit (or --from-tag's) with its stable version.`;
async function plan(git, kind, values, decision) {
    const push = values['no-push'] !== true;
    // promote tags an existing commit, so the state of the working tree does not matter to it.
    if (kind !== 'promote') {
        const changes = await git.trackedChanges();
        if (changes.length > 0) {
            throw new PreconditionError(`The working tree has uncommitted changes; commit or stash them first:\n${changes.slice(0, 20).join('\n')}`);
        }
    }
    let remote = typeof values.remote === 'string' ? values.remote : undefined;
    if (push) {
        const upstream = await git.upstream();
        const branch = await git.currentBranch();
        if (kind !== 'promote') {
            if (!branch)
                throw new PreconditionError('HEAD is detached; check out the branch to release from.');
            if (!upstream) {
                throw new PreconditionError(`The branch ${branch} has no upstream; push it first (git push -u origin ${branch}) or use --no-push.`);
            }
            const ahead = await git.countCommits('@{upstream}..HEAD');
            if (ahead > 0) {
                throw new PreconditionError(`${branch} has ${ahead} commit(s) not pushed to ${upstream}; push them first so the tag points at published history.`);
            }
        }
        remote ??= (branch ? await git.config(`branch.${branch}.remote`) : undefined) ?? 'origin';
    }
    if (decision.exists) {
        throw new PreconditionError(`${decision.tag} already exists; there is nothing new to tag.`);
    }
    if (remote && (await git.remoteHasTag(remote, decision.tag))) {
        throw new PreconditionError(`${decision.tag} already exists on ${remote} but not here; fetch tags (git fetch --tags ${remote}) and bump again.`);
    }
    return { decision, remote: push ? remote : undefined, push, message: `Release ${decision.tag}` };
}
async function bump(argv, logger) {
    const { values, positionals } = parse(argv, flags);
    const [kind, ...extra] = positionals;
    if (!kind || !KINDS.includes(kind) || extra.length > 0) {
        throw new UsageError(`expected one bump kind (${KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`);
    }
    const { 'dry-run': dryRun, 'no-push': _noPush, sign, remote: _remote, ...inputFlags } = values;
    const github = { ...githubContext({}), workspace: process.cwd() };
    const options = readInputs(new Inputs(flagSource({ ...inputFlags, bump: kind })), github);
    const git = new Git(options.path);
    const decision = await computeVersion(git, options);
    const p = await plan(git, kind, values, decision);
    for (const reason of decision.reasons)
        logger.info(reason);
    const steps = [
        `create annotated tag ${decision.tag} on ${decision.sha.slice(0, 12)} with message "${p.message}"${sign ? ' (signed)' : ''}`,
        p.push ? `push refs/tags/${decision.tag} to ${p.remote}` : 'not push (--no-push)',
    ];
    if (dryRun) {
        logger.info(`Dry run: would ${steps.join(', then ')}.`);
        process.stdout.write(`${decision.tag}\n`);
        return 0;
    }
    await git.createAnnotatedTag(decision.tag, decision.sha, p.message, { sign: sign === true });
    logger.info(`Created ${decision.tag} on ${decision.sha.slice(0, 12)}.`);
    if (p.push && p.remote) {
        try {
            await git.push(p.remote, [`refs/tags/${decision.tag}`]);
        }
        catch (error) {
            // The tag was never published: remove it so a retry starts from the same state.
            await git.run(['tag', '--delete', '--end-of-options', decision.tag]).catch(() => undefined);
            throw new PreconditionError(`Pushing ${decision.tag} to ${p.remote} failed; the local tag was removed again. ${error instanceof Error ? error.message : String(error)}`);
        }
        logger.info(`Pushed ${decision.tag} to ${p.remote}.`);
    }
    process.stdout.write(`${decision.tag}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./cli/main.ts
/**
 * release-actions: the maintainer's side of the suite, running the same packages as the actions.
 */





const commands = {
    bump: { usage: bump_usage, run: bump },
    version: { usage: usage, run: version_version },
};
function help() {
    return [
        'Usage: release-actions <command> [options]',
        '',
        ...Object.values(commands).map(c => c.usage),
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
    const command = commands[name];
    if (!command) {
        process.stderr.write(`error: unknown command '${name}'\n\n${help()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    const logger = consoleLogger({ verbose: process.env.RUNNER_DEBUG === '1' });
    try {
        return await command.run(rest, logger);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`error: ${error.message}\n\nUsage: ${command.usage}\n`);
            return 2;
        }
        if (error instanceof InputError) {
            process.stderr.write(`error: --${error.input}: ${error.problem}\n`);
            return 1;
        }
        process.stderr.write(`error: ${errorMessage(error)}\n`);
        return 1;
    }
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
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
