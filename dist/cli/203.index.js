export const id = 203;
export const ids = [203];
export const modules = {

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gates: () => (/* binding */ gates)
});

// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/gates/spec.ts
/**
 * The gates of a release, from YAML (the `gates` input, or the same list in a file): command gates
 * `{name, run, working-directory?, timeout-minutes?, env?}` and built-ins `{uses, with, name?}`.
 * Every key is checked before any gate runs: a malformed list fails with the item and key at fault.
 */



const BUILT_INS = [
    'license-headers',
    'clean-tree',
    'version-alignment',
    'required-checks',
];
/**
 * What a gate name may not contain: control characters (C0 with NUL and tab, DEL, C1), line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder what is shown.
 */
const NAME_UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** A key or built-in name in a message: as written when it is a plain word, else escaped. */
function shownKey(key) {
    return /^[\w.-]{1,64}$/.test(key) ? `'${key}'` : (0,errors/* showValue */.vp)(key);
}
class SpecReader {
    input;
    where;
    constructor(input, where) {
        this.input = input;
        this.where = where;
    }
    fail(problem) {
        throw new errors/* InputError */.dz(this.input, `${this.where}: ${problem}`);
    }
    keys(value, allowed, what) {
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key))
                this.fail(`unknown key ${shownKey(key)} in ${what}; expected ${allowed.join(', ')}`);
        }
    }
    string(value, what) {
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (typeof value !== 'string' || (0,packages_inputs/* trimAscii */.ic)(value) === '')
            this.fail(`${what} must be a non-empty string`);
        return value;
    }
    /** A gate's name: one line of text, printed in the log, the summary and the outputs. */
    name(value) {
        const name = this.string(value, 'name');
        if (NAME_UNSAFE.test(name))
            this.fail(`name must be one line of text without control characters, got ${(0,errors/* showValue */.vp)(name)}`);
        return name;
    }
    list(value, what) {
        if (value === undefined)
            return [];
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && (0,packages_inputs/* trimAscii */.ic)(v) !== ''))
            this.fail(`${what} must be a list of strings`);
        return value.map(v => (0,packages_inputs/* trimAscii */.ic)(v));
    }
    boolean(value, what, fallback) {
        if (value === undefined)
            return fallback;
        if (typeof value !== 'boolean')
            this.fail(`${what} must be true or false`);
        return value;
    }
    integer(value, what, fallback, min, max) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
            this.fail(`${what} must be a whole number from ${min} to ${max}`);
        return n;
    }
    regex(text, what) {
        const m = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
        try {
            // Line anchors by default: ^(.+)$ matches a line, not only a whole file.
            return m ? new RegExp(m[1], (m[2] ?? '').replace('g', '')) : new RegExp(text, 'm');
        }
        catch {
            return this.fail(`${what} ${(0,errors/* showValue */.vp)(text)} is not a valid regular expression`);
        }
    }
    positive(value, what, fallback, max) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !(n > 0) || n > max)
            this.fail(`${what} must be a number of minutes above 0 and at most ${max}`);
        return n;
    }
    /** A number (decimals allowed, also as a string) from min to max, in the unit named. */
    decimal(value, what, { fallback, min, max, unit, example, note = '', }) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
            const got = typeof value === 'string'
                ? (0,errors/* showValue */.vp)(value)
                : typeof value === 'number'
                    ? String(value)
                    : String(JSON.stringify(value));
            this.fail(`${what} must be a number of ${unit} from ${min} to ${max}, such as ${example}${note}; got ${got.slice(0, 80)}`);
        }
        return n;
    }
    mapping(value, what) {
        if (value === undefined || value === null)
            return {};
        if (typeof value !== 'object' || Array.isArray(value))
            this.fail(`${what} must be a mapping`);
        return value;
    }
}
function readGate(item, index, input) {
    const r = new SpecReader(input, `gate ${index + 1}`);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        r.fail('must be a mapping with run (a command) or uses (a built-in)');
    }
    const g = item;
    if ('uses' in g) {
        r.keys(g, ['uses', 'with', 'name'], 'a built-in gate');
        const uses = r.string(g.uses, 'uses');
        if (!BUILT_INS.includes(uses))
            r.fail(`unknown built-in ${shownKey(uses)}; expected one of ${BUILT_INS.join(', ')}`);
        const name = g.name === undefined ? uses : r.name(g.name);
        const w = r.mapping(g.with, 'with');
        switch (uses) {
            case 'license-headers': {
                r.keys(w, ['paths', 'exclude', 'header', 'lines', 'fix', 'insert'], 'license-headers with');
                const paths = r.list(w.paths, 'with.paths');
                if (paths.length === 0)
                    r.fail('license-headers needs with.paths, the globs of the files to check (such as **/*.ts)');
                const headerText = r.string(w.header, 'with.header');
                const isRegex = /^\/.*\/[gimsuy]*$/s.test(headerText);
                const fix = r.boolean(w.fix, 'with.fix', false);
                const insert = w.insert === undefined ? undefined : r.string(w.insert, 'with.insert');
                if (fix && isRegex && insert === undefined)
                    r.fail('with.fix needs with.insert, the header text to insert, when with.header is a regular expression');
                return {
                    kind: 'license-headers',
                    name,
                    paths,
                    exclude: r.list(w.exclude, 'with.exclude'),
                    header: isRegex ? r.regex(headerText, 'with.header') : headerText,
                    lines: r.integer(w.lines, 'with.lines', 10, 1, 200),
                    fix,
                    insert: insert ?? (isRegex ? undefined : headerText),
                };
            }
            case 'clean-tree':
                r.keys(w, ['path', 'untracked'], 'clean-tree with');
                return {
                    kind: 'clean-tree',
                    name,
                    path: w.path === undefined ? '.' : r.string(w.path, 'with.path'),
                    untracked: r.boolean(w.untracked, 'with.untracked', true),
                };
            case 'version-alignment': {
                r.keys(w, ['version', 'files'], 'version-alignment with');
                if (!Array.isArray(w.files) || w.files.length === 0)
                    r.fail('version-alignment needs with.files, a list of {path, key} or {path, pattern}');
                const files = w.files.map((f, i) => {
                    const fr = new SpecReader(input, `gate ${index + 1}, with.files[${i}]`);
                    const file = fr.mapping(f, 'an entry');
                    fr.keys(file, ['path', 'key', 'pattern', 'prefix'], 'a file entry');
                    const out = {
                        path: fr.string(file.path, 'path'),
                        prefix: file.prefix === undefined ? '' : fr.string(file.prefix, 'prefix'),
                    };
                    if ((file.key === undefined) === (file.pattern === undefined))
                        fr.fail('needs either key (JSON or YAML files) or pattern (a regular expression with one group)');
                    if (file.key !== undefined)
                        out.key = fr.string(file.key, 'key');
                    if (file.pattern !== undefined)
                        out.pattern = fr.regex(fr.string(file.pattern, 'pattern'), 'pattern');
                    return out;
                });
                return {
                    kind: 'version-alignment',
                    name,
                    version: w.version === undefined ? undefined : r.string(w.version, 'with.version'),
                    files,
                };
            }
            case 'required-checks': {
                r.keys(w, ['workflows', 'checks', 'wait-minutes', 'poll-seconds'], 'required-checks with');
                const workflows = r.list(w.workflows, 'with.workflows');
                const checks = r.list(w.checks, 'with.checks');
                if (workflows.length + checks.length === 0)
                    r.fail('required-checks needs with.workflows or with.checks, the names that must have succeeded');
                return {
                    kind: 'required-checks',
                    name,
                    workflows,
                    checks,
                    waitMinutes: r.decimal(w['wait-minutes'], 'with.wait-minutes', {
                        fallback: 30,
                        min: 0,
                        max: 360,
                        unit: 'minutes',
                        example: '30 or 2.5',
                        note: " (0: don't wait)",
                    }),
                    pollSeconds: r.decimal(w['poll-seconds'], 'with.poll-seconds', {
                        fallback: 15,
                        min: 0.1,
                        max: 3600,
                        unit: 'seconds',
                        example: '15 or 0.5',
                    }),
                };
            }
        }
    }
    r.keys(g, ['name', 'run', 'working-directory', 'timeout-minutes', 'env'], 'a command gate');
    if (g.run === undefined)
        r.fail('needs run (a command) or uses (a built-in)');
    const env = {};
    for (const [k, v] of Object.entries(r.mapping(g.env, 'env'))) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            r.fail(`env name ${(0,errors/* showValue */.vp)(k)} is not a valid variable name`);
        if (v === null)
            env[k] = null;
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
            const value = String(v);
            if (value.includes('\0'))
                r.fail(`env.${k} must not contain a NUL character`);
            env[k] = value;
        }
        else
            r.fail(`env.${k} must be a string, or empty to pass on the step's ${k}`);
    }
    const run = r.string(g.run, 'run');
    return {
        kind: 'command',
        name: g.name === undefined ? nameOfCommand(run) : r.name(g.name),
        run,
        workingDirectory: g['working-directory'] === undefined
            ? undefined
            : r.string(g['working-directory'], 'working-directory'),
        timeoutMinutes: r.positive(g['timeout-minutes'], 'timeout-minutes', 30, 360),
        env,
    };
}
/**
 * The name of a gate without `name:`: the first line of its command, what a gate name may not
 * contain turned into spaces, at most 60 characters.
 */
function nameOfCommand(run) {
    const first = (0,packages_inputs/* trimAscii */.ic)(run).split(/\r\n|\r|\n/)[0] ?? '';
    const name = (0,packages_inputs/* trimAscii */.ic)(first.replace(new RegExp(NAME_UNSAFE.source, 'gu'), ' ').replace(/ {2,}/g, ' '));
    return [...name].slice(0, 60).join('') || 'command';
}
/**
 * Parse a gate list. The text is a YAML list, or (in a config file) a mapping whose `gates` key is
 * the list.
 */
function parseGates(text, input) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `is not valid YAML: ${(0,errors/* escapeText */.X1)(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))}`);
    }
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'gates' in doc)
        doc = doc.gates;
    if (!Array.isArray(doc))
        throw new errors/* InputError */.dz(input, 'expected a YAML list of gates (each {name, run} or {uses, with})');
    const gates = doc.map((item, i) => readGate(item, i, input));
    const seen = new Set();
    for (const g of gates) {
        if (seen.has(g.name))
            throw new errors/* InputError */.dz(input, `two gates are named ${(0,errors/* showValue */.vp)(g.name)}; names must be unique`);
        seen.add(g.name);
    }
    return gates;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/gates/command.ts
/**
 * A command gate: `bash -e -o pipefail -c <run>` (the one place where a shell is the point), its
 * output streamed to the caller as it comes and only a bounded tail kept, its exit code and
 * duration recorded. A timeout kills the whole process group. It runs in a clean environment
 * (gateEnvironment): no token and no `INPUT_*` reaches it unless its `env:` names it.
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
/** Keeps the last `limit` bytes written to it. */
class Tail {
    #limit;
    #chunks = [];
    #size = 0;
    total = 0;
    constructor(limit) {
        this.#limit = limit;
    }
    push(chunk) {
        this.total += chunk.length;
        this.#chunks.push(chunk);
        this.#size += chunk.length;
        while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.#limit && this.#chunks.length > 1) {
            this.#size -= this.#chunks.shift()?.length ?? 0;
        }
    }
    text() {
        const all = Buffer.concat(this.#chunks);
        return all.subarray(Math.max(0, all.length - this.#limit)).toString('utf8');
    }
}
function runCommandGate(gate, { cwd, env, onOutput, tailBytes = 64 * 1024, killGraceMs = 5000, }) {
    const started = performance.now();
    const tail = new Tail(tailBytes);
    return new Promise((resolve, reject) => {
        // detached: the command and everything it starts form one process group, killed together.
        const child = (0,external_node_child_process_.spawn)('bash', ['-e', '-o', 'pipefail', '-c', gate.run], {
            cwd,
            env: gateEnvironment(env, gate.env),
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        let grace;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup('SIGTERM');
            grace = setTimeout(() => killGroup('SIGKILL'), killGraceMs);
        }, gate.timeoutMinutes * 60_000);
        const take = (chunk) => {
            tail.push(chunk);
            onOutput(chunk);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
            // Whatever the command left running in its group goes too.
            killGroup('SIGKILL');
            resolve({
                exitCode: code,
                signal,
                timedOut,
                durationMs: Math.round(performance.now() - started),
                tail: tail.text(),
                bytes: tail.total,
            });
        });
    });
}

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

;// CONCATENATED MODULE: ./packages/gates/version-alignment.ts
/**
 * version-alignment: each listed file states the release's version: a key of a JSON or YAML file
 * (Helm's Chart.yaml appVersion, package.json version), or the first match of a pattern.
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
function checkFile(root, file, version) {
    const expected = `${file.prefix}${version}`;
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
        found = matched === undefined ? undefined : (0,packages_inputs/* trimAscii */.ic)(matched);
        if (found === undefined)
            return {
                path: file.path,
                found,
                expected,
                ok: false,
                problem: `has no match of ${String(file.pattern)}`,
            };
    }
    return { path: file.path, found, expected, ok: found === expected };
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
// EXTERNAL MODULE: ./packages/process/index.ts
var packages_process = __webpack_require__(1948);
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
            const { stdout } = await (0,packages_process/* exec */.m0)('git', [
                '-C',
                dir,
                'status',
                '--porcelain=v1',
                `--untracked-files=${gate.untracked ? 'all' : 'no'}`,
            ]);
            const changes = stdout.split('\n').filter(Boolean);
            if (changes.length === 0)
                return { status: 'success', summary: 'the working tree is clean', details: '' };
            return {
                status: 'failure',
                summary: `${changes.length} path(s) changed or left behind (commit generated files; remove what the gates left)`,
                details: list(changes),
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

;// CONCATENATED MODULE: ./packages/gates/index.ts







// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(6286);
;// CONCATENATED MODULE: ./actions/quality-gates/inputs.ts
/**
 * quality-gates' inputs: the only place they are read and validated. The gate list is parsed and
 * checked here, before any gate runs.
 */






const DEFAULT_CONFIG = '.github/release-actions.yml';
function inputs_readInputs(inputs, github) {
    const gatesText = inputs.optional('gates');
    const configValue = inputs.optional('config');
    if (gatesText !== undefined && configValue !== undefined) {
        throw new errors/* InputError */.dz('config', 'expected either gates (the list itself) or config (a file with the list), not both');
    }
    let gates;
    let source;
    if (gatesText !== undefined) {
        gates = parseGates(gatesText, 'gates');
        source = 'the gates input';
    }
    else {
        const file = (0,packages_inputs/* resolveWorkspacePath */.XI)('config', configValue ?? DEFAULT_CONFIG, github);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new errors/* InputError */.dz(configValue === undefined ? 'gates' : 'config', configValue === undefined
                ? `is required; expected a YAML list of gates, or a config file (${DEFAULT_CONFIG} does not exist)`
                : `expected a YAML file with the list of gates; ${(0,errors/* showValue */.vp)(configValue)} does not exist`);
        }
        gates = parseGates((0,external_node_fs_.readFileSync)(file, 'utf8'), 'config');
        source = configValue ?? DEFAULT_CONFIG;
    }
    if (gates.length === 0)
        throw new errors/* InputError */.dz(gatesText !== undefined ? 'gates' : 'config', 'the list of gates is empty');
    const sha = inputs.optional('sha') ?? github.sha;
    if (sha !== undefined && !/^[0-9a-f]{40}$/i.test(sha))
        throw new errors/* InputError */.dz('sha', `expected a full 40-character commit sha, got ${(0,errors/* showValue */.vp)(sha)}`);
    const apiUrl = inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3');
    const repository = inputs.optional('repository') ?? github.repository;
    if (repository !== undefined && !(0,packages_github/* splitRepository */.T8)(repository)) {
        throw new errors/* InputError */.dz('repository', `expected owner/repo, got ${(0,errors/* showValue */.vp)(repository)}`);
    }
    const versionText = inputs.optional('version');
    let version = versionText === undefined
        ? undefined
        : (0,versioning/* formatVersion */.qh)((0,versioning/* requireVersion */.eU)('version', versionText, 'v'));
    if (version === undefined && github.ref?.startsWith('refs/tags/')) {
        // A release tag of any prefix (v1.2.3, 1.2.3, pkg@1.2.3); anything else is not a release, and
        // version-alignment then needs with.version.
        const tag = (0,versioning/* splitReleaseTag */.eQ)(github.ref.slice('refs/tags/'.length));
        if (tag)
            version = (0,versioning/* formatVersion */.qh)(tag.version);
    }
    return {
        gates,
        source,
        failFast: inputs.boolean('fail-fast', false),
        token: inputs.optional('token'),
        sha: sha?.toLowerCase(),
        apiUrl,
        repository,
        version,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/runtime/commands.ts
/**
 * Printing text from outside without letting it issue workflow commands. No @actions/core here:
 * the CLI's code paths (quality-gates' evaluate) may import this without loading the runtime.
 */

/**
 * Text the runner would read as a workflow command: `::` at the start of a line after whitespace,
 * or the old `##[` form anywhere in a line (actions/runner ActionCommand.cs). A line ends at \n
 * or \r for the runner.
 */
const COMMAND_LIKE = /(?:^|[\r\n])\s*::|##\[/;
/**
 * A stream of text from outside (a gate's output, served bodies, file names) printed with
 * workflow commands turned off: `::stop-commands::<random token>` before the first chunk, and the
 * token, on a line of its own, at `end()`. Nothing in between can issue a command, whatever it
 * prints, since it cannot know the token.
 */
function commands_commandFreeStream(write = data => process.stdout.write(data)) {
    let token;
    let atLineStart = true;
    return {
        write: chunk => {
            if (chunk.length === 0)
                return;
            if (token === undefined) {
                token = randomUUID();
                write(`::stop-commands::${token}\n`);
            }
            write(chunk);
            const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk.at(-1);
            atLineStart = last === 10 || last === 13;
        },
        end: () => {
            if (token === undefined)
                return;
            write(`${atLineStart ? '' : '\n'}::${token}::\n`);
            token = undefined;
            atLineStart = true;
        },
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/main.ts






const ICON = {
    success: '✅ success',
    failure: '❌ failure',
    skipped: '⏭️ skipped',
};
function seconds(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function summarize(results, source) {
    const failed = results.filter(r => r.status === 'failure');
    const lines = [
        `### quality-gates: ${failed.length === 0 ? 'all gates passed' : `${failed.length} of ${results.length} gates failed`}`,
        '',
        `Gates from ${escapeInline(source)}.`,
        '',
        table(['Gate', 'Status', 'Duration', 'Summary'], results.map(r => [
            code(r.name),
            ICON[r.status],
            seconds(r.durationMs),
            escapeInline(r.summary),
        ])),
        '',
    ];
    for (const r of failed) {
        if (!r.details)
            continue;
        lines.push(`<details><summary>${escapeInline(r.name)}: the last lines</summary>`, '', codeBlock(r.details), '', '</details>', '');
    }
    return lines.join('\n');
}
async function evaluate(opts, ctx) {
    return runGates(opts.gates, {
        workspace: ctx.workspace,
        env: ctx.env,
        logger: ctx.logger,
        output: ctx.output,
        ...(ctx.endOutput ? { endOutput: ctx.endOutput } : {}),
        sha: opts.sha,
        repository: opts.repository,
        version: opts.version,
        github: () => {
            if (!opts.token)
                throw new errors/* PreconditionError */.Rb("required-checks needs a token with actions: read and checks: read (input 'token')");
            return (0,packages_github/* createGitHubClient */.LX)({ token: opts.token, apiUrl: opts.apiUrl, logger: ctx.logger });
        },
    }, { failFast: opts.failFast });
}
function outputs(results) {
    const failed = results.filter(r => r.status === 'failure');
    return {
        result: failed.length === 0 ? 'success' : 'failure',
        report: JSON.stringify(gateReport(results)),
        failed: failed.map(r => r.name).join('\n'),
    };
}
const main = async ({ inputs, github, env, logger, mask }) => {
    const opts = readInputs(inputs, github);
    if (opts.token)
        mask(opts.token);
    // A gate's output is the command's, not ours: it cannot issue workflow commands.
    const output = commandFreeStream();
    const results = await evaluate(opts, {
        workspace: github.workspace,
        env,
        logger,
        output: chunk => output.write(chunk),
        endOutput: () => output.end(),
    });
    const failed = results.filter(r => r.status === 'failure');
    return {
        outputs: outputs(results),
        summary: summarize(results, opts.source),
        ...(failed.length > 0
            ? {
                // Each failed gate with its one-line reason, so the annotation itself says what to fix.
                failure: `${failed.length} of ${results.length} gates failed: ${failed.map(r => (r.summary ? `${r.name} (${r.summary})` : r.name)).join('; ')}`,
            }
            : {}),
    };
};

// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
;// CONCATENATED MODULE: ./cli/commands/gates.ts
/**
 * `release-actions gates`: the release's gates, run locally exactly as quality-gates runs them,
 * so a maintainer can check before tagging.
 */




async function gates({ values }, logger) {
    const token = process.env.GITHUB_TOKEN;
    const github = (0,args/* localContext */.NV)();
    const opts = inputs_readInputs(new packages_inputs/* Inputs */.G0((0,args/* flagSource */.qz)({ ...values, ...(token ? { token } : {}) })), github);
    const results = await evaluate(opts, {
        workspace: github.workspace,
        env: process.env,
        logger,
        output: chunk => process.stderr.write(chunk),
    });
    const width = Math.max(...results.map(r => r.name.length));
    for (const r of results) {
        process.stdout.write(`${r.status === 'success' ? 'pass' : r.status === 'failure' ? 'FAIL' : 'skip'}  ${r.name.padEnd(width)}  ${(r.durationMs / 1000).toFixed(1).padStart(6)} s  ${r.summary}\n`);
        if (r.status === 'failure' && r.details)
            process.stdout.write(`${r.details.replace(/^/gm, '      ')}\n`);
    }
    return outputs(results).result === 'success' ? 0 : 1;
}


/***/ }),

/***/ 5786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
 * File writes that never leave a half-written file: write a temporary file next to the target,
 * then rename it over the target (atomic on POSIX file systems). Temporary files a killed writer
 * left behind are cleaned on the next write; `withFileLock` serialises read-modify-write cycles
 * of several processes on one file.
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

/***/ 8052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   Nu: () => (/* binding */ readRepository),
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   zh: () => (/* binding */ gitHubProblem)
/* harmony export */ });
/* unused harmony export DO_NOT_RETRY */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _inputs_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8359);
/**
 * The GitHub REST client of the suite: octokit from @actions/github with the retry and throttling
 * plugins. 5xx, rate limits and requests that time out are retried, honouring Retry-After; other
 * 4xx never are.
 */







function isLoopback(apiUrl) {
    try {
        return (0,_inputs_url_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(new URL(apiUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * The slowest upload rate the timeout allows for (1 MiB/s): a request with a body may wait
 * timeoutMs plus the time its body takes at that rate, so a large release asset is not cut off
 * while it is still being sent.
 */
const MIN_UPLOAD_BYTES_PER_MS = (1024 * 1024) / 1000;
function bodyBytes(body) {
    if (typeof body === 'string')
        return Buffer.byteLength(body);
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
        return body.byteLength;
    if (body instanceof Blob)
        return body.size;
    return 0;
}
/** Statuses whose Response has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([204, 205, 304]);
/**
 * `fetch` with a per-request timeout. The body is read here, under the same timeout (re-armed by
 * each chunk), because octokit reads it after fetch returns and takes a body that breaks off for
 * an empty one: a stalled answer must fail the request, not come back as empty data.
 */
function timedFetch(base, timeoutMs) {
    return async (input, init = {}) => {
        const timer = new AbortController();
        let timedOut = false;
        let timeout;
        const arm = (ms = timeoutMs) => {
            clearTimeout(timeout);
            timeout = setTimeout(() => {
                timedOut = true;
                timer.abort();
            }, ms);
        };
        const signal = init.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
        const url = input instanceof Request ? input.url : String(input);
        arm(timeoutMs + Math.ceil(bodyBytes(init.body) / MIN_UPLOAD_BYTES_PER_MS));
        try {
            const response = await base(input, { ...init, signal });
            const chunks = [];
            if (response.body) {
                const reader = response.body.getReader();
                for (;;) {
                    const { done, value } = await reader.read();
                    if (done)
                        break;
                    chunks.push(value);
                    arm();
                }
            }
            const copy = new Response(NULL_BODY.has(response.status) ? null : Buffer.concat(chunks), {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            if (timedOut)
                throw new Error(`GitHub did not answer ${init.method ?? 'GET'} ${url} within ${timeoutMs / 1000} s`);
            throw error;
        }
        finally {
            clearTimeout(timeout);
        }
    };
}
/** The throttling plugin's write limiter: one write at a time, `spacingMs` apart. */
function writeLimiter(spacingMs) {
    let last = 0;
    let queue = Promise.resolve();
    const limiter = {
        schedule(_options, fn, ...args) {
            const run = queue.then(async () => {
                const wait = last + spacingMs - Date.now();
                if (wait > 0)
                    await sleep(wait);
                last = Date.now();
                return fn(...args);
            });
            queue = run.catch(() => undefined);
            return run;
        },
    };
    return { key: () => limiter };
}
/**
 * Statuses the retry plugin never retries: the request itself is wrong or not allowed — and 429,
 * which is a rate limit: the throttling plugin (primary and secondary limits) or the Retry-After
 * hook below waits as long as GitHub asks, instead of the retry plugin's own backoff.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function createGitHubClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    /** The throttling plugin's handlers: log, and wait as asked up to rateLimitRetries times. */
    const waitOut = (what) => (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${what} for ${request.method} ${request.url}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`);
        return retryCount < rateLimitRetries;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'release-actions',
        // The fetch @actions/github sets up (through the runner's proxy, if any), with a timeout.
        request: {
            fetch: timedFetch(_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch, options.timeoutMs ?? 30_000),
        },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
        },
        throttle: {
            write: writeLimiter(options.writeSpacingMs ?? (isLoopback(options.apiUrl) ? 0 : 1000)),
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOut('rate limit reached'),
            onSecondaryRateLimit: waitOut('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
    // A 429 that is neither the primary nor the secondary limit the throttling plugin knows: wait
    // as long as Retry-After says (GitHub: at least a minute without it), a bounded number of times.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let waited = 0;; waited++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const e = error;
                const headers = e.response?.headers ?? {};
                const known = /\bsecondary rate\b/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0';
                if (e.status !== 429 || known || waited >= rateLimitRetries)
                    throw error;
                const seconds = Math.min(Number(headers['retry-after']) || 60, 900);
                logger.warning(`GitHub answered 429 for ${requestOptions.method} ${requestOptions.url}; retrying after ${seconds} s (retry ${waited + 1} of ${rateLimitRetries}).`);
                await sleep(seconds * 1000);
            }
        }
    });
    return octokit;
}
/** owner/repo, validated. */
function splitRepository(repository) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
    if (!m || m[2] === '.' || m[2] === '..')
        return undefined;
    return { owner: m[1], repo: m[2] };
}
/**
 * A GitHub API error as the step's error: 401 says the token was refused, 403 names the
 * permission the job needs; anything else keeps GitHub's message. `doing` completes "while trying
 * to …".
 */
function gitHubProblem(error, doing, permission) {
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 401)
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub refused the token while trying to ${doing} (HTTP 401 ${message}): pass a valid token (input 'token', or GITHUB_TOKEN).`);
    if (status === 403)
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub did not allow the token to ${doing} (HTTP 403 ${message}): the token needs ${permission} on the repository (permissions: ${permission} in the workflow job).`);
    return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub failed while trying to ${doing}: ${message}`);
}
/** The `repository` input (owner/repo), defaulting to github.repository. */
function readRepository(inputs, fallback) {
    const repository = inputs.optional('repository') ?? fallback;
    if (repository === undefined)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', 'is required outside GitHub Actions; expected owner/repo');
    const split = splitRepository(repository);
    if (!split)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', `expected owner/repo, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(repository)}`);
    return split;
}


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
/* harmony import */ var _process_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1948);
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
        const { stdout } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', [
            '-C',
            root,
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
            '--deduplicate',
        ]);
        names = stdout.split('\0').filter(Boolean);
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
