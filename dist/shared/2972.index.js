export const id = 2972;
export const ids = [2972];
export const modules = {

/***/ 5786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ih),
/* harmony export */   Jo: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Jo),
/* harmony export */   Td: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Td),
/* harmony export */   Ux: () => (/* binding */ withFileLock),
/* harmony export */   Ye: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ye),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports STALE_TMP_MS, processAlive, cleanStaleTemporaries, STALE_LOCK_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5134);
/**
 * packages/files owns files: the one "inside the workspace" rule (paths.ts: isInside, isUnder,
 * hasParentSegment, escapingLink), and file writes that never leave a half-written file: write a
 * temporary file next to the target, then rename it over the target (atomic on POSIX file
 * systems). Temporary files a killed writer left behind are cleaned on the next write;
 * `withFileLock` serialises read-modify-write cycles of several processes on one file.
 */







/** A temporary file older than this is a leftover whoever made it (a write takes milliseconds). */
const STALE_TMP_MS = 60_000;
/** Whether process `pid` exists on this machine (EPERM: it exists, owned by someone else). */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Remove `.<name>.<pid>.<hex>.tmp` files next to `file` that a writer killed mid-write left: those
 * of a process that is gone, and any older than a minute.
 */
function cleanStaleTemporaries(file, now = Date.now()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.`;
    const removed = [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return removed;
    }
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
        if (!m)
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        let mtime;
        try {
            mtime = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).mtimeMs;
        }
        catch {
            continue;
        }
        if (!processAlive(Number(m[1])) || now - mtime > STALE_TMP_MS) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(full, { force: true });
            removed.push(full);
        }
    }
    return removed;
}
function writeFileAtomic(file, content) {
    cleanStaleTemporaries(file);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    let mode;
    try {
        mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode & 0o777;
    }
    catch {
        mode = undefined;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (mode !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw error;
    }
}
/** A lock held longer than this is stale whoever holds it (a read-modify-write takes a moment). */
const STALE_LOCK_MS = 120_000;
function readHolder(lock) {
    try {
        const m = /^(\d+)@(.*)$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8').split('\n')[0] ?? '');
        return m ? { pid: Number(m[1]), host: m[2] ?? '' } : { pid: 0, host: '' };
    }
    catch {
        return undefined;
    }
}
function isStale(lock, holder) {
    let age = 0;
    try {
        age = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(lock).mtimeMs;
    }
    catch {
        return false;
    }
    if (age > STALE_LOCK_MS)
        return true;
    // No holder written a second after the lock was made: its maker died between create and write.
    if (holder.pid === 0)
        return age > 1000;
    return holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && !processAlive(holder.pid);
}
/**
 * Take over a stale lock: move it aside (only one taker can move one file), check that what was
 * moved is the stale one, and put a live holder's lock back if it was not.
 */
function takeOver(lock, stale) {
    const aside = `${lock}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    const moved = readHolder(aside);
    if (moved && (moved.pid !== stale.pid || moved.host !== stale.host) && !isStale(aside, moved)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, lock);
        }
        catch {
            // Someone holds a new lock already: the live holder's run is not protected any more, but
            // nor would it be by waiting; it finishes its write as it would have.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { force: true });
}
/**
 * Run `fn` holding `.<name>.lock` next to `file`, created exclusively (O_EXCL). Another holder is
 * waited for up to `waitMs`; a lock whose process is gone (or older than two minutes) is taken
 * over. Past the wait, an error names the holder and the lock file.
 */
async function withFileLock(file, fn, { waitMs = 30_000 } = {}) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.lock`);
    const deadline = Date.now() + waitMs;
    const mine = `${process.pid}@${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()}\n${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}\n`;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(lock, mine, { flag: 'wx' });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = readHolder(lock);
        if (holder === undefined)
            continue; // released between our attempt and the read
        if (isStale(lock, holder)) {
            takeOver(lock, holder);
            continue;
        }
        if (Date.now() >= deadline) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PreconditionError */ .Rb(`${file} is locked by process ${holder.pid} on ${holder.host || 'an unknown host'} (${lock}); waited ${waitMs / 1000} s. If no other run is writing it, remove the lock file.`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(Math.min(20 + Math.random() * 30, Math.max(1, deadline - Date.now())));
    }
    try {
        return await fn();
    }
    finally {
        // Only our own lock: a run that outlived STALE_LOCK_MS may have been taken over.
        let still = false;
        try {
            still = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8') === mine;
        }
        catch {
            still = false;
        }
        if (still)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true });
    }
}


/***/ }),

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  li: () => (/* reexport */ commentSyntax),
  ud: () => (/* reexport */ evaluateGates),
  qq: () => (/* reexport */ failedGates),
  We: () => (/* reexport */ gateReport),
  MJ: () => (/* reexport */ spec/* parseGates */.MJ)
});

// UNUSED EXPORTS: BUILT_INS, GATE_BASE_ENV, checkFile, checkLicenseHeaders, commentOut, gateEnvironment, hasHeader, insertHeader, isPending, readGates, realClock, requiredChecks, runCommandGate, runGates, showDuration, waitForRequiredChecks

// EXTERNAL MODULE: ./packages/gates/spec.ts
var spec = __webpack_require__(7342);
// EXTERNAL MODULE: ./packages/process/index.ts
var process = __webpack_require__(1948);
;// CONCATENATED MODULE: ./packages/gates/command.ts
/**
 * A command gate: `bash -e -o pipefail -c <run>` (the one place where a shell is the point), its
 * output streamed to the caller as it comes and only a bounded tail kept, its exit code and
 * duration recorded. A timeout kills the whole process group. It runs in a clean environment
 * (gateEnvironment): no token and no `INPUT_*` reaches it unless its `env:` names it. The process
 * itself is started by packages/process (runProcess), as every process is.
 */

/**
 * The variables a gate gets from the step's environment without naming them: what programs need
 * to run (PATH, HOME, the locale, the temporary directory), the runner's description of itself, and
 * the GitHub context that is not a credential. Not: `INPUT_*` (the action's inputs, the token
 * among them), `ACTIONS_*` (the runtime, cache and OIDC request tokens), GITHUB_TOKEN, any other
 * secret the job put in its env, and the step's file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY), which are the step's, not a gate's.
 */
const GATE_BASE_ENV = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TERM',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'CI',
    // Windows: what a process needs to start at all.
    'SYSTEMROOT',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PROGRAMFILES(X86)',
    // The runner.
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
    'RUNNER_TOOL_CACHE',
    'RUNNER_NAME',
    'RUNNER_ENVIRONMENT',
    'RUNNER_DEBUG',
    // The GitHub context (https://docs.github.com/actions/reference/variables-reference).
    'GITHUB_ACTIONS',
    'GITHUB_ACTOR',
    'GITHUB_ACTOR_ID',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_API_URL',
    'GITHUB_GRAPHQL_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_BASE_REF',
    'GITHUB_HEAD_REF',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_TYPE',
    'GITHUB_REF_PROTECTED',
    'GITHUB_SHA',
    'GITHUB_EVENT_NAME',
    'GITHUB_EVENT_PATH',
    'GITHUB_JOB',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_ID',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_REPOSITORY_OWNER_ID',
    'GITHUB_RETENTION_DAYS',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_WORKFLOW',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_WORKFLOW_SHA',
    'GITHUB_WORKSPACE',
];
const BASE = new Set(GATE_BASE_ENV);
/**
 * The environment of a gate: the ordinary variables of `parent` (GATE_BASE_ENV and the locale's
 * LC_*), then what the gate's `env:` names: a value as given, or (null) the parent's variable of
 * that name when it has one. The ordinary names compare case-insensitively, as Windows does (`Path`).
 */
function gateEnvironment(parent, named) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined)
            continue;
        const upper = name.toUpperCase();
        if (BASE.has(upper) || /^LC_[A-Z]+$/.test(upper))
            env[name] = value;
    }
    for (const [name, value] of Object.entries(named)) {
        if (value !== null)
            env[name] = value;
        else if (parent[name] !== undefined)
            env[name] = parent[name];
    }
    return env;
}
async function runCommandGate(gate, { cwd, env, onOutput, tailBytes = 64 * 1024, killGraceMs = 5000, }) {
    const r = await (0,process/* runProcess */.R3)('bash', ['-e', '-o', 'pipefail', '-c', gate.run], {
        cwd,
        env: gateEnvironment(env, gate.env),
        processGroup: true,
        timeoutMs: gate.timeoutMinutes * 60_000,
        killGraceMs,
        tailBytes,
        onOutput: chunk => onOutput(chunk),
        name: 'bash',
    });
    // The sink failed (not the command): the gate could not be run, which runGates reports.
    if (r.stopped !== undefined && !r.timedOut)
        throw new Error(r.stopped);
    return {
        exitCode: r.code,
        signal: r.signal,
        timedOut: r.timedOut,
        durationMs: r.durationMs,
        tail: r.tail,
        bytes: r.bytes,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/files/index.ts
var packages_files = __webpack_require__(5786);
// EXTERNAL MODULE: ./packages/glob/index.ts
var glob = __webpack_require__(17);
;// CONCATENATED MODULE: ./packages/gates/license-headers.ts
/**
 * license-headers: every file matching the globs carries the header within its first lines. Only
 * the first 8 KB of each file is read, many files at a time. With fix, the header is inserted with
 * the file's comment syntax, after a shebang or an XML declaration.
 */





const HEAD_BYTES = 8192;
const SLASHES = { line: '//' };
const HASH = { line: '#' };
const DASHES = { line: '--' };
const BLOCK = { open: '/*', close: '*/' };
const HTML = { open: '<!--', close: '-->' };
const BY_EXTENSION = {};
for (const ext of [
    'ts',
    'tsx',
    'mts',
    'cts',
    'js',
    'jsx',
    'mjs',
    'cjs',
    'go',
    'rs',
    'java',
    'kt',
    'kts',
    'scala',
    'swift',
    'c',
    'h',
    'cc',
    'cpp',
    'cxx',
    'hpp',
    'cs',
    'dart',
    'proto',
    'groovy',
    'php',
    'zig',
])
    BY_EXTENSION[ext] = SLASHES;
for (const ext of [
    'sh',
    'bash',
    'zsh',
    'py',
    'rb',
    'pl',
    'r',
    'yaml',
    'yml',
    'toml',
    'tf',
    'hcl',
    'mk',
    'cmake',
    'ps1',
    'nix',
    'bzl',
    'star',
])
    BY_EXTENSION[ext] = HASH;
for (const ext of ['sql', 'lua', 'hs', 'elm'])
    BY_EXTENSION[ext] = DASHES;
for (const ext of ['css', 'scss', 'less'])
    BY_EXTENSION[ext] = BLOCK;
for (const ext of ['html', 'htm', 'xml', 'svg', 'md', 'markdown', 'vue', 'xhtml'])
    BY_EXTENSION[ext] = HTML;
const BY_NAME = {
    Dockerfile: HASH,
    Makefile: HASH,
    Containerfile: HASH,
    Jenkinsfile: SLASHES,
    BUILD: HASH,
    WORKSPACE: HASH,
};
function commentSyntax(file) {
    const base = external_node_path_default().basename(file);
    if (BY_NAME[base])
        return BY_NAME[base];
    if (base.startsWith('Dockerfile.'))
        return HASH;
    const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
    return BY_EXTENSION[ext];
}
function commentOut(text, syntax) {
    const lines = text.split('\n');
    if ('line' in syntax)
        return lines.map(l => (l === '' ? syntax.line : `${syntax.line} ${l}`)).join('\n');
    return lines.length === 1
        ? `${syntax.open} ${lines[0]} ${syntax.close}`
        : [syntax.open, ...lines, syntax.close].join('\n');
}
/** The file with the header inserted: after a shebang or XML declaration, then a blank line. */
function insertHeader(content, header, syntax) {
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const block = commentOut(header, syntax).replace(/\n/g, eol);
    const first = content.match(/^(#![^\n]*\n|<\?xml[^\n]*\?>\r?\n)/)?.[0] ?? '';
    const rest = content.slice(first.length);
    return `${first}${block}${eol}${rest.length > 0 && !rest.startsWith(eol) ? eol : ''}${rest}`;
}
/**
 * The first 8 KB of a file. The callback API, not FileHandle: for tens of thousands of small reads
 * it is several times faster, and the reads still run in parallel on libuv's pool.
 */
function head(file) {
    return new Promise((resolve, reject) => {
        external_node_fs_default().open(file, 'r', (openError, fd) => {
            if (openError)
                return reject(openError);
            const buffer = Buffer.allocUnsafe(HEAD_BYTES);
            external_node_fs_default().read(fd, buffer, 0, HEAD_BYTES, 0, (readError, bytes) => {
                external_node_fs_default().close(fd, () => readError ? reject(readError) : resolve(buffer.toString('utf8', 0, bytes)));
            });
        });
    });
}
async function pool(items, size, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    }));
}
function hasHeader(text, gate) {
    const top = text
        .split('\n')
        .slice(0, gate.lines + 1)
        .join('\n');
    return typeof gate.header === 'string' ? top.includes(gate.header) : gate.header.test(top);
}
async function checkLicenseHeaders(gate, root, concurrency = 64) {
    const globs = new glob/* GlobSet */.H7(gate.paths, gate.exclude);
    const files = (await (0,glob/* listFiles */.CS)(root)).filter(f => globs.matches(f));
    const missing = [];
    await pool(files, concurrency, async (file) => {
        if (!hasHeader(await head(external_node_path_default().join(root, file)), gate))
            missing.push(file);
    });
    missing.sort();
    const fixed = [];
    const unfixable = [];
    if (gate.fix && gate.insert !== undefined) {
        for (const file of missing) {
            const syntax = commentSyntax(file);
            if (!syntax) {
                unfixable.push(file);
                continue;
            }
            const full = external_node_path_default().join(root, file);
            (0,packages_files/* writeFileAtomic */.Zf)(full, insertHeader(await (0,promises_.readFile)(full, 'utf8'), gate.insert, syntax));
            fixed.push(file);
        }
    }
    return { checked: files.length, missing, fixed, unfixable };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./packages/gates/version-alignment.ts
/**
 * version-alignment: each listed file states the release's version: a key of a JSON or YAML file
 * (Helm's Chart.yaml appVersion, package.json version), or the first match of a pattern. For a
 * pre-release, the stable version it is a candidate for is accepted too (1.3.0 for 1.3.0-rc.1):
 * a candidate is promoted on its own commit, so that commit's files already state the version
 * they will be released as.
 */




function lookup(doc, key) {
    let value = doc;
    for (const part of key.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part];
    }
    return value;
}
/** The version a pre-release is a candidate for (1.3.0 for 1.3.0-rc.1), or undefined. */
function candidateOf(version) {
    const m = /^(\d+\.\d+\.\d+)-[^+]+(\+.*)?$/.exec(version);
    return m?.[1];
}
function checkFile(root, file, version) {
    const expected = `${file.prefix}${version}`;
    const stable = candidateOf(version);
    const accepted = stable === undefined ? [expected] : [expected, `${file.prefix}${stable}`];
    const full = external_node_path_default().resolve(root, file.path);
    if (!(0,external_node_fs_.existsSync)(full))
        return { path: file.path, found: undefined, expected, ok: false, problem: 'does not exist' };
    const text = (0,external_node_fs_.readFileSync)(full, 'utf8');
    let found;
    if (file.key !== undefined) {
        let doc;
        try {
            doc = /\.json$/i.test(file.path) ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            return {
                path: file.path,
                found: undefined,
                expected,
                ok: false,
                problem: `cannot be parsed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            };
        }
        const value = lookup(doc, file.key);
        found =
            typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
                ? String(value)
                : undefined;
        if (found === undefined)
            return { path: file.path, found, expected, ok: false, problem: `has no value at ${file.key}` };
    }
    else if (file.pattern) {
        const m = file.pattern.exec(text);
        const matched = m?.groups?.version ?? m?.[1];
        found = matched === undefined ? undefined : (0,inputs/* trimAscii */.ic)(matched);
        if (found === undefined)
            return {
                path: file.path,
                found,
                expected,
                ok: false,
                problem: `has no match of ${String(file.pattern)}`,
            };
    }
    return {
        path: file.path,
        found,
        expected: accepted.join(' or '),
        ok: found !== undefined && accepted.includes(found),
    };
}

;// CONCATENATED MODULE: ./packages/gates/required-checks.ts
function newest(runs) {
    return [...runs].sort((a, b) => {
        const ta = Date.parse(a.created_at ?? a.started_at ?? '') || 0;
        const tb = Date.parse(b.created_at ?? b.started_at ?? '') || 0;
        return tb - ta || (b.run_attempt ?? 0) - (a.run_attempt ?? 0) || b.id - a.id;
    })[0];
}
function verdict(kind, name, run) {
    if (!run)
        return { kind, name, ok: false, completed: false, state: 'missing', url: undefined };
    if (run.status !== 'completed')
        return {
            kind,
            name,
            ok: false,
            completed: false,
            state: run.status ?? 'unknown',
            url: run.html_url ?? undefined,
        };
    return {
        kind,
        name,
        ok: run.conclusion === 'success',
        completed: true,
        state: run.conclusion ?? 'unknown',
        url: run.html_url ?? undefined,
    };
}
async function requiredChecks(client, { owner, repo, sha, workflows, checks, }) {
    const verdicts = [];
    if (workflows.length > 0) {
        const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
            owner,
            repo,
            head_sha: sha,
            per_page: 100,
        });
        for (const name of workflows) {
            const byPath = /\.ya?ml$/.test(name);
            const matching = runs.filter(r => byPath ? r.path.endsWith(name) || r.path.split('@')[0]?.endsWith(name) : r.name === name);
            verdicts.push(verdict('workflow', name, newest(matching)));
        }
    }
    if (checks.length > 0) {
        const runs = await client.paginate(client.rest.checks.listForRef, {
            owner,
            repo,
            ref: sha,
            per_page: 100,
            filter: 'all',
        });
        for (const name of checks)
            verdicts.push(verdict('check', name, newest(runs.filter(r => r.name === name))));
    }
    return verdicts;
}
const realClock = {
    // Monotonic: a wall-clock step does not cut the wait short or stretch it.
    now: () => performance.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
};
/** Not completed yet: queued, in_progress, waiting, requested, pending, or no run at all so far. */
function isPending(v) {
    return !v.completed;
}
/** A duration for people: 45 s, 2.5 min. */
function showDuration(ms) {
    if (ms < 60_000)
        return `${Math.round(ms / 100) / 10} s`;
    return `${Math.round(ms / 6000) / 10} min`;
}
function pendingLine(v) {
    return `${v.name} (${v.state}${v.url ? `, ${v.url}` : ''})`;
}
/**
 * Poll until every required run has completed, one concluded something other than success, or
 * `waitMs` has passed. A required run that does not exist yet counts as pending: right after a
 * push, CI may not have been created. Progress goes to `log` on each change of state, and at
 * most every `progressEveryMs` otherwise.
 */
async function waitForRequiredChecks(client, target, { waitMs, pollMs, clock = realClock, log = () => { }, progressEveryMs = 30_000, }) {
    const started = clock.now();
    const deadline = started + waitMs;
    let lastLine = '';
    let lastLogAt = -Infinity;
    for (let polls = 1;; polls++) {
        const verdicts = await requiredChecks(client, target);
        const now = clock.now();
        const waitedMs = polls === 1 ? 0 : now - started;
        const pending = verdicts.filter(isPending);
        const failed = verdicts.filter(v => !v.ok && !isPending(v));
        if (failed.length > 0)
            return { outcome: 'failure', verdicts, waitedMs, polls };
        if (pending.length === 0)
            return { outcome: 'success', verdicts, waitedMs, polls };
        if (now >= deadline)
            return { outcome: 'timeout', verdicts, waitedMs, polls };
        const state = pending.map(pendingLine).join(', ');
        if (state !== lastLine || now - lastLogAt >= progressEveryMs) {
            const done = verdicts.length - pending.length;
            log(`waiting for ${pending.length} of ${verdicts.length} required check(s) on ${target.sha.slice(0, 12)} (${done} succeeded; ${showDuration(waitedMs)} of ${showDuration(waitMs)}): ${state}`);
            lastLine = state;
            lastLogAt = now;
        }
        await clock.sleep(Math.max(0, Math.min(pollMs, deadline - now)));
    }
}

// EXTERNAL MODULE: ./packages/files/paths.ts
var paths = __webpack_require__(5134);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: ./packages/helm/index.ts + 6 modules
var helm = __webpack_require__(8681);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/gates/chart-version.ts
/**
 * chart-version-bumped: a Helm chart whose directory (templates, values, dependencies, metadata:
 * any file) changed since the previous release tag must carry a higher Chart.yaml `version` than
 * it had at that tag, or the release would push a changed chart under a version already pushed.
 * The previous release tag is the highest `<tag-prefix><semver>` tag reachable from HEAD that is not
 * on HEAD's commit (unless with.since names one). Compared are the trees of the two commits.
 */








/** The chart directories of the gate, relative to the workspace. */
function chartDirs(gate, workspace) {
    if (gate.charts.length > 0)
        return gate.charts;
    const root = external_node_path_default().join(workspace, 'charts');
    if (!(0,external_node_fs_.existsSync)(root))
        return [];
    return (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter(e => e.isDirectory() && (0,external_node_fs_.existsSync)(external_node_path_default().join(root, e.name, 'Chart.yaml')))
        .map(e => `charts/${e.name}`)
        .sort();
}
/** The previous release tag: the highest release tag reachable from HEAD, not on HEAD. */
async function previousTag(git, prefix) {
    const head = await git.resolveCommit('HEAD');
    let best;
    for (const tag of await git.tags({ mergedInto: 'HEAD' })) {
        const split = (0,versioning/* splitReleaseTag */.eQ)(tag.name);
        if (!split || split.prefix !== prefix)
            continue;
        if ((await git.resolveCommit(tag.name)) === head)
            continue;
        if (!best || (0,versioning/* compareVersions */.Zy)(split.version, best.version) > 0)
            best = { name: tag.name, version: split.version };
    }
    return best?.name;
}
async function checkChartVersions(gate, workspace) {
    const git = new packages_git/* Git */.TU(workspace);
    const since = gate.since ?? (await previousTag(git, gate.tagPrefix));
    const dirs = chartDirs(gate, workspace);
    if (since === undefined)
        return { since, verdicts: [] };
    if ((await git.resolveCommit(since)) === undefined)
        throw new errors/* PreconditionError */.Rb(`chart-version-bumped: ${since} names no commit in this repository.`);
    const prefix = await git.prefix();
    const verdicts = [];
    for (const dir of dirs) {
        if (!(0,paths/* isInside */.FK)(workspace, external_node_path_default().resolve(workspace, dir)))
            throw new errors/* PreconditionError */.Rb(`with.charts: ${dir} is outside the workspace ${workspace}`);
        const chart = (0,helm/* readChart */.VR)(external_node_path_default().resolve(workspace, dir));
        const changed = await git.changedFiles(since, 'HEAD', [dir]);
        const chartYaml = external_node_path_default().posix.join(prefix, dir.split((external_node_path_default()).sep).join('/'), 'Chart.yaml');
        let before;
        try {
            const doc = (0,dist/* parse */.qg)(await git.show(since, chartYaml));
            before = typeof doc?.version === 'string' ? doc.version : undefined;
        }
        catch {
            before = undefined;
        }
        const v = (text) => (0,versioning/* parseVersion */.ot)(text);
        let ok = true;
        let line;
        if (before === undefined)
            line = `${chart.name} (${dir}) ${chart.version}: new since ${since}`;
        else if (changed.length === 0)
            line = `${chart.name} (${dir}) ${chart.version}: unchanged since ${since}`;
        else if (before === chart.version || !(0,versioning/* parseVersion */.ot)(before)) {
            ok = before !== chart.version;
            line = ok
                ? `${chart.name} (${dir}): ${before} at ${since} is not SemVer; now ${chart.version}`
                : `${chart.name} (${dir}) changed since ${since} (${changed.length} file(s): ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}) but its version is still ${chart.version}: bump version in ${dir}/Chart.yaml`;
        }
        else if ((0,versioning/* compareVersions */.Zy)(v(chart.version), v(before)) <= 0) {
            ok = false;
            line = `${chart.name} (${dir}) changed since ${since} but its version went from ${before} to ${chart.version}, not up`;
        }
        else
            line = `${chart.name} (${dir}) changed since ${since}; version bumped ${before} → ${chart.version}`;
        verdicts.push({ dir, name: chart.name, ok, line });
    }
    return { since, verdicts };
}

;// CONCATENATED MODULE: ./packages/gates/run.ts
/**
 * Running the gates: every one (or up to the first failure with fail-fast), each in its own log
 * group, each reported with its status, duration and a one-line summary. A gate that throws is a
 * failure, never a pass: the gates fail closed.
 */









/** `relative` under the workspace, its symlinks resolved (the one rule: packages/files/paths.ts). */
function inside(workspace, relative, what) {
    const full = external_node_path_default().resolve(workspace, relative);
    if (!(0,paths/* isInside */.FK)(workspace, full))
        throw new errors/* PreconditionError */.Rb(`${what} ${relative} is outside the workspace ${workspace}`);
    return full;
}
const TAIL_LINES = 30;
function lastLines(text, n = TAIL_LINES) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-n).join('\n');
}
function list(items, n = 50) {
    return items.slice(0, n).join('\n') + (items.length > n ? `\n… and ${items.length - n} more` : '');
}
async function runOne(gate, ctx) {
    switch (gate.kind) {
        case 'command': {
            const cwd = inside(ctx.workspace, gate.workingDirectory ?? '.', 'working-directory');
            let r;
            try {
                r = await runCommandGate(gate, { cwd, env: ctx.env, onOutput: ctx.output });
            }
            finally {
                ctx.endOutput?.();
            }
            if (r.timedOut)
                return {
                    status: 'failure',
                    summary: `timed out after ${gate.timeoutMinutes} min; the process group was killed`,
                    details: lastLines(r.tail),
                };
            if (r.exitCode === 0)
                return { status: 'success', summary: 'exit code 0', details: '' };
            return {
                status: 'failure',
                summary: r.exitCode === null ? `killed by ${r.signal}` : `exit code ${r.exitCode}`,
                details: lastLines(r.tail),
            };
        }
        case 'license-headers': {
            const r = await checkLicenseHeaders(gate, ctx.workspace);
            if (r.checked === 0)
                return {
                    status: 'failure',
                    summary: `no file matches ${gate.paths.join(', ')}`,
                    details: '',
                };
            if (r.missing.length === 0)
                return { status: 'success', summary: `${r.checked} files carry the header`, details: '' };
            if (gate.fix && r.unfixable.length === 0) {
                return {
                    status: 'success',
                    summary: `${r.checked} files checked; inserted the header into ${r.fixed.length}`,
                    details: list(r.fixed),
                };
            }
            const rest = gate.fix ? r.unfixable : r.missing;
            return {
                status: 'failure',
                summary: `${rest.length} of ${r.checked} files lack the header${gate.fix ? ' and have no known comment syntax' : ''}`,
                details: list(rest),
            };
        }
        case 'clean-tree': {
            const dir = inside(ctx.workspace, gate.path, 'with.path');
            const changes = await new packages_git/* Git */.TU(dir).changes({ untracked: gate.untracked ? 'all' : 'no' });
            if (changes.length === 0)
                return { status: 'success', summary: 'the working tree is clean', details: '' };
            return {
                status: 'failure',
                summary: `${changes.length} path(s) changed or left behind (commit generated files; remove what the gates left)`,
                details: list(changes),
            };
        }
        case 'chart-version-bumped': {
            const { since, verdicts } = await checkChartVersions(gate, ctx.workspace);
            if (since === undefined)
                return {
                    status: 'success',
                    summary: `no previous release tag (${gate.tagPrefix}X.Y.Z) before HEAD: nothing to compare`,
                    details: '',
                };
            if (verdicts.length === 0)
                return {
                    status: 'failure',
                    summary: 'no chart found (with.charts, or charts/<name>/Chart.yaml)',
                    details: '',
                };
            const bad = verdicts.filter(v => !v.ok);
            if (bad.length === 0)
                return {
                    status: 'success',
                    summary: `${verdicts.length} chart(s) checked against ${since}`,
                    details: list(verdicts.map(v => v.line)),
                };
            return {
                status: 'failure',
                summary: `${bad.length} of ${verdicts.length} chart(s) changed since ${since} without a version bump: ${bad.map(b => b.name).join(', ')}`,
                details: list(bad.map(v => v.line)),
            };
        }
        case 'version-alignment': {
            const version = gate.version ?? ctx.version;
            if (!version)
                throw new errors/* PreconditionError */.Rb('version-alignment has no version: set with.version, or run it on a release tag');
            const results = gate.files.map(f => checkFile(ctx.workspace, f, version));
            const bad = results.filter(r => !r.ok);
            if (bad.length === 0)
                return {
                    status: 'success',
                    summary: `${results.length} file(s) state ${version}`,
                    details: '',
                };
            return {
                status: 'failure',
                summary: `${bad.length} of ${results.length} file(s) drift from ${version}`,
                details: list(bad.map(r => `${r.path}: ${r.problem ?? `states ${r.found}, expected ${r.expected}`}`)),
            };
        }
        case 'required-checks': {
            if (!ctx.sha)
                throw new errors/* PreconditionError */.Rb('required-checks needs the commit: set sha');
            const [owner, repo] = (ctx.repository ?? '').split('/');
            if (!owner || !repo)
                throw new errors/* PreconditionError */.Rb('required-checks needs the repository (owner/repo); GITHUB_REPOSITORY is not set');
            const sha = ctx.sha;
            const short = sha.slice(0, 12);
            const waitMs = gate.waitMinutes * 60_000;
            const { outcome, verdicts, waitedMs } = await waitForRequiredChecks(ctx.github(), { owner, repo, sha, workflows: gate.workflows, checks: gate.checks }, {
                waitMs,
                pollMs: gate.pollSeconds * 1000,
                ...(ctx.clock ? { clock: ctx.clock } : {}),
                // Run names, states and URLs come from the API: the untrusted path.
                log: text => ctx.logger.untrusted(text),
            });
            const line = (v) => `${v.kind} ${v.name}: ${v.state === 'missing' ? `no run for ${short}` : v.state}${v.url ? ` (${v.url})` : ''}`;
            const after = waitedMs > 0 ? ` after waiting ${showDuration(waitedMs)}` : '';
            if (outcome === 'success')
                return {
                    status: 'success',
                    summary: `${verdicts.length} required check(s) succeeded on ${short}${after}`,
                    details: list(verdicts.map(line)),
                };
            const bad = verdicts.filter(v => !v.ok);
            if (waitMs === 0)
                return {
                    status: 'failure',
                    summary: `${bad.length} of ${verdicts.length} required check(s) did not succeed: ${bad.map(b => `${b.name} (${b.state})`).join(', ')}`,
                    details: list(bad.map(line)),
                };
            const pending = verdicts.filter(isPending);
            if (outcome === 'failure') {
                const failed = bad.filter(v => !isPending(v));
                return {
                    status: 'failure',
                    summary: `${failed.map(f => `${f.kind} ${f.name} concluded ${f.state}${f.url ? ` (${f.url})` : ''}`).join('; ')} on ${short}${after}${pending.length > 0 ? `; not waiting for the ${pending.length} still pending` : ''}`,
                    details: list(bad.map(line)),
                };
            }
            return {
                status: 'failure',
                summary: `${pending.length} of ${verdicts.length} required check(s) still not completed on ${short} after the wait of ${showDuration(waitMs)} (with.wait-minutes: ${gate.waitMinutes}) ran out: ${pending.map(p => `${p.kind} ${p.name} (${p.state === 'missing' ? 'no run yet' : p.state}${p.url ? `, ${p.url}` : ''})`).join(', ')}; raise with.wait-minutes to wait longer`,
                details: list(pending.map(line)),
            };
        }
    }
}
async function runGates(gates, ctx, { failFast = false } = {}) {
    const results = [];
    let failed = false;
    for (const gate of gates) {
        if (failed && failFast) {
            results.push({
                name: gate.name,
                kind: gate.kind,
                status: 'skipped',
                durationMs: 0,
                summary: 'skipped: an earlier gate failed (fail-fast)',
                details: '',
            });
            continue;
        }
        const started = performance.now();
        let outcome;
        try {
            outcome = await ctx.logger.group(`Gate: ${gate.name}`, () => runOne(gate, ctx));
        }
        catch (error) {
            outcome = {
                status: 'failure',
                summary: `could not run: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0] ?? ''}`,
                details: (0,errors/* errorMessage */.gJ)(error),
            };
        }
        const result = {
            name: gate.name,
            kind: gate.kind,
            durationMs: Math.round(performance.now() - started),
            ...outcome,
        };
        // The name and the summary may carry text from outside (a command's first line, API names):
        // a warning is escaped, a success line goes the untrusted way.
        const line = `${gate.name}: ${result.status} — ${result.summary}`;
        if (result.status === 'success')
            ctx.logger.untrusted(line);
        else
            ctx.logger.warning(line);
        results.push(result);
        if (result.status === 'failure')
            failed = true;
    }
    return results;
}
/** The report output: one entry per gate. */
function gateReport(results) {
    return results.map(r => ({
        name: r.name,
        status: r.status,
        'duration-ms': r.durationMs,
        summary: r.summary,
    }));
}

;// CONCATENATED MODULE: ./packages/gates/evaluate.ts

function evaluateGates(opts, ctx) {
    return runGates(opts.gates, {
        workspace: ctx.workspace,
        env: ctx.env,
        logger: ctx.logger,
        output: ctx.output,
        ...(ctx.endOutput ? { endOutput: ctx.endOutput } : {}),
        sha: opts.sha,
        repository: opts.repository,
        version: opts.version,
        github: () => opts.github(ctx.logger),
    }, { failFast: opts.failFast });
}
/** The gates that failed (a skipped gate is not a failure). */
function failedGates(results) {
    return results.filter(r => r.status === 'failure');
}

;// CONCATENATED MODULE: ./packages/gates/index.ts
/**
 * packages/gates owns the release's gates: the gate list's grammar (spec), running them (command
 * gates in their own process group, and the built-in license-headers, clean-tree,
 * required-checks and version-alignment), and evaluating a list for quality-gates and the CLI.
 */









/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   H7: () => (/* binding */ GlobSet),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports insideOnly, walk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5786);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/**
 * File globs: `**` any number of directories, `*` and `?` within one path segment, `{a,b}`
 * alternatives, `[abc]` classes. Patterns are relative to a root; hidden files and directories
 * (a segment starting with `.`) match only a pattern segment that starts with `.` too. Listed
 * files stay inside their root (real paths: a symlink leading outside is left out).
 */




function escapeRe(ch) {
    return /[\\^$.|+()[\]{}*?]/.test(ch) ? `\\${ch}` : ch;
}
function segmentRe(segment) {
    let re = '';
    const hiddenOk = segment.startsWith('.');
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end === -1)
                re += '\\{';
            else {
                re += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map(alt => segmentRe(alt))
                    .join('|')})`;
                i = end;
            }
        }
        else
            re += escapeRe(ch);
    }
    return hiddenOk ? re : `(?!\\.)${re}`;
}
/** A regular expression that matches the root-relative, `/`-separated paths the glob names. */
function globToRegExp(pattern) {
    const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const parts = clean.split('/');
    let re = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        if (part === '**') {
            // Zero or more directories (not hidden ones).
            re += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
        }
        else
            re += segmentRe(part) + (last ? '' : '/');
    }
    return new RegExp(`^${re}$`);
}
class GlobSet {
    #include;
    #exclude;
    constructor(include, exclude = []) {
        this.#include = include.map(globToRegExp);
        this.#exclude = exclude.map(globToRegExp);
    }
    matches(relative) {
        return (this.#include.some(re => re.test(relative)) && !this.#exclude.some(re => re.test(relative)));
    }
}
/**
 * Every file under `root` as a root-relative path with `/`: git's list (tracked and untracked,
 * .gitignore honoured) in a repository, else a walk that skips `.git` and `node_modules`. A
 * symlink whose target is outside `root` is left out (and handed to `onOutside`), so whoever reads
 * or rewrites the listed files never reaches outside.
 */
async function listFiles(root, { onOutside } = {}) {
    let names;
    try {
        names = await new _git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(root).listFiles();
    }
    catch {
        names = walk(root);
    }
    return insideOnly(root, names, onOutside);
}
/** The root-relative names whose real paths are inside `root`. */
function insideOnly(root, names, onOutside) {
    const realRoot = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(root);
    return names.filter(name => {
        const target = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name));
        if ((0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(realRoot, target))
            return true;
        onOutside?.(name, target);
        return false;
    });
}
function walk(root) {
    const out = [];
    const visit = (dir, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const name = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    visit(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), name);
            }
            else if (entry.isFile() || entry.isSymbolicLink())
                out.push(name);
        }
    };
    visit(root, '');
    return out.sort();
}


/***/ })

};
