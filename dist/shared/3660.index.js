export const id = 3660;
export const ids = [3660];
export const modules = {

/***/ 8583:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4220);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/helm/index.ts + 6 modules
var helm = __webpack_require__(8681);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./actions/helm-charts/inputs.ts
/**
 * helm-charts' inputs: the only place they are read and validated (the chart directories, where
 * the archives go, their time, and the registry and owner they are pushed to).
 */




function readInputs(inputs, github, env = {}) {
    const push = inputs.boolean('push', false);
    const named = inputs.list('charts');
    const charts = named.length > 0
        ? named.map(dir => (0,packages_inputs/* resolveWorkspacePath */.XI)('charts', dir, github))
        : (0,helm/* findCharts */.Jd)(github.workspace);
    if (charts.length === 0)
        throw new errors/* InputError */.dz('charts', 'names no chart and the workspace has no charts/<name>/Chart.yaml; expected chart directories such as charts/app');
    const outputDir = (0,packages_inputs/* resolveWorkspacePath */.XI)('output-dir', inputs.string('output-dir', 'helm-charts'), github);
    const mtime = inputs.integer('mtime', 0, { min: 0 });
    if (!push)
        return { charts, outputDir, mtime };
    const registry = inputs.string('registry', 'ghcr.io');
    const owner = inputs.string('owner', '') ||
        (env.GITHUB_REPOSITORY_OWNER ?? github.repository?.split('/')[0] ?? '');
    if (owner === '')
        throw new errors/* InputError */.dz('owner', 'is required with push: true (no GITHUB_REPOSITORY_OWNER); expected the owner, such as acme');
    const ref = (0,oci/* parseImageRef */.Q)(`${registry}/${owner.toLowerCase()}/charts/x`);
    if (!ref || ref.registry !== registry)
        throw new errors/* InputError */.dz(ref ? 'registry' : 'owner', `expected a registry host (ghcr.io, localhost:5000) and an owner that make <registry>/<owner>/charts/<name>, got ${(0,errors/* showValue */.vp)(`${registry}/${owner}`)}`);
    const [username, password] = inputs.pair('registry-username', 'registry-password');
    return {
        charts,
        outputDir,
        mtime,
        push: { registry, owner, ...(username !== undefined ? { username, password } : {}) },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/helm-charts/outputs.ts
/**
 * helm-charts' outputs (the names of its action.yml) and step summary.
 */



function chartOutputs(charts) {
    const pushed = charts.flatMap(c => (c.push ? [{ chart: c, push: c.push }] : []));
    return {
        charts: JSON.stringify(charts.map(c => ({
            name: c.name,
            version: c.version,
            'app-version': c.appVersion ?? '',
            file: c.file,
            ...(c.push
                ? {
                    url: c.push.url,
                    image: c.push.image,
                    tag: c.push.tag,
                    digest: c.push.digest,
                    status: c.push.status,
                }
                : {}),
        }))),
        files: charts.map(c => c.file).join('\n'),
        digests: pushed.map(p => `${p.push.image}@${p.push.digest}`).join('\n'),
        references: pushed.map(p => `${p.push.image}:${p.push.tag}@${p.push.digest}`).join('\n'),
        'upgrade-commands': pushed
            .map(p => (0,helm/* helmUpgradeCommand */.sf)(p.chart.name, p.push.url, p.chart.version))
            .join('\n'),
    };
}
function summarize(charts) {
    const lines = charts.map(c => c.push
        ? `- ${(0,markdown/* code */.aY)(c.name)} ${c.version}: ${(0,markdown/* code */.aY)(`${c.push.url}:${c.push.tag}`)} ${c.push.status === 'pushed' ? 'pushed' : 'already there, unchanged'} (${(0,markdown/* code */.aY)(c.push.digest)})`
        : `- ${(0,markdown/* code */.aY)(c.name)} ${c.version}: ${(0,markdown/* code */.aY)(external_node_path_default().basename(c.file))}`);
    return `### Helm charts\n\n${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/helm-charts/main.ts
/**
 * The release's Helm charts (internal to the suite's reusable release workflow): read the inputs,
 * package each chart as `helm package` does and, with push, push it as an OCI artifact
 * (packages/helm's publishCharts), write the outputs.
 */



const main = async ({ inputs, github, env, logger, mask }) => {
    const opts = readInputs(inputs, github, env);
    if (opts.push?.password)
        mask(opts.push.password);
    const charts = await (0,helm/* publishCharts */.VI)(opts, logger);
    return { outputs: chartOutputs(charts), summary: summarize(charts) };
};


/***/ }),

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

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lf: () => (/* binding */ stripUnsafeCharacters),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export splitCodeSpans */
/**
 * Markdown for step summaries and notes. Text that came from outside (commit messages, tag names,
 * command output) is data: escaped so it cannot become live markup, links, mentions or HTML.
 */
// Bidirectional overrides and isolates, zero-width and other invisible format characters.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0 and C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Remove control, bidi-override and invisible characters. */
function stripUnsafeCharacters(text) {
    return text.replace(INVISIBLE, '').replace(CONTROL, '');
}
/**
 * A real @mention: `@name` at the start of a word (not an e-mail address, not `pkg@1.2.3`), not
 * followed by `/` (`@scope/package` and `@types/node` are package names, not people).
 */
const MENTION = /(?<![\w@./+-])@(?=[A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9/_-]))/g;
/** Escape text (no code spans in it) so that it renders literally. */
function escapeText(text) {
    return text
        .replace(MENTION, '@\u200b')
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_[\]<>~]/g, ch => `\\${ch}`);
}
/** Where the next run of exactly `n` backticks starts, at or after `from`; -1 if none. */
function closingRun(line, from, n) {
    let j = from;
    while (j < line.length) {
        if (line[j] !== '`') {
            j++;
            continue;
        }
        let k = j;
        while (line[k] === '`')
            k++;
        if (k - j === n)
            return j;
        j = k;
    }
    return -1;
}
/**
 * Split one line into text and code spans as CommonMark reads them: a run of backticks opens a
 * span that the next run of the same length closes; a run without its match is literal text.
 */
function splitCodeSpans(line) {
    const parts = [];
    let text = '';
    let i = 0;
    while (i < line.length) {
        if (line[i] !== '`') {
            text += line[i];
            i++;
            continue;
        }
        let n = 1;
        while (line[i + n] === '`')
            n++;
        const run = '`'.repeat(n);
        const close = closingRun(line, i + n, n);
        if (close === -1) {
            text += run;
            i += n;
            continue;
        }
        if (text)
            parts.push({ code: false, text });
        text = '';
        parts.push({ code: true, text: line.slice(i, close + n) });
        i = close + n;
    }
    if (text)
        parts.push({ code: false, text });
    return parts;
}
/**
 * Escape inline Markdown and HTML so the text renders literally: HTML, links, emphasis and real
 * @mentions become inert; code spans stay code (their content is literal already).
 */
function escapeInline(text, transformText = t => t) {
    const clean = stripUnsafeCharacters(text).replace(/\r?\n/g, ' ');
    return splitCodeSpans(clean)
        .map(p => (p.code ? p.text : transformText(escapeText(p.text))))
        .join('');
}
/** Inline code: picks a fence longer than any backtick run in the text. */
function code(text) {
    const clean = stripUnsafeCharacters(text).replace(/\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A table. Cells are used as given (escape text with `escapeInline` or `code`); pipes are escaped
 * here, once, as GitHub wants even inside code spans in tables. */
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block whose fence cannot be closed by the content. */
function codeBlock(text, lang = '') {
    const clean = stripUnsafeCharacters(text);
    const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${clean}${clean.endsWith('\n') ? '' : '\n'}${fence}`;
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ commandFreeStream),
/* harmony export */   w: () => (/* binding */ COMMAND_LIKE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
function commandFreeStream(write = data => process.stdout.write(data)) {
    let token;
    let atLineStart = true;
    return {
        write: chunk => {
            if (chunk.length === 0)
                return;
            if (token === undefined) {
                token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
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


/***/ }),

/***/ 89:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export coreLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6619);
/**
 * The runner side of every JavaScript action, and the only package that imports @actions/core:
 * read inputs from the environment, run the action's main, then write outputs and the step
 * summary. One catch turns an error into exit code 1 and one `::error::` line: for the user's or the
 * world's errors (an InputError, a registry that refused, see isOperationalError) that line alone;
 * for anything else, a bug of release-actions, first its stack, marked as a bug with the link to
 * report it. Nothing is written to GITHUB_OUTPUT unless main returned.
 */





function untrusted(text) {
    const stream = (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFreeStream */ .s)();
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
    stream.end();
}
/**
 * A Logger over @actions/core. Untrusted text is printed with workflow commands turned off; an
 * info message that would read as a command is too (warning, notice and debug are escaped by
 * @actions/core, and `setFailed` as well).
 */
const coreLogger = {
    debug: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: m => (_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LIKE */ .w.test(m) ? untrusted(m) : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m)),
    warning: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    notice: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m),
    untrusted,
    group: (title, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
};
/**
 * Fail the step on `error`: one `::error::` line for the user's or the world's errors; for a bug,
 * its stack first (through the untrusted path: a message may quote text from outside), marked as
 * a bug with the link to report it, and the error line says so too.
 */
function fail(error, context = '') {
    if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isOperationalError */ .ZX)(error))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${context}${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    else {
        untrusted((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bugReport */ .r)(error));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${context}${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bugLine */ .Vr)(error)}`);
    }
    process.exitCode = 1;
}
async function runAction(main, env = process.env) {
    let result;
    try {
        result = await main({
            inputs: new _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .envSource */ .Db)(env), { warn: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) }),
            github: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(env),
            env,
            logger: coreLogger,
            mask: secret => {
                if (secret !== '')
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
            },
        });
    }
    catch (error) {
        fail(error);
        return;
    }
    try {
        // The summary first: if it cannot be written, no output has been written either.
        if (result.summary && env.GITHUB_STEP_SUMMARY) {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(result.summary, true).write();
        }
        for (const [name, value] of Object.entries(result.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
    catch (error) {
        fail(error, "Could not write the step's outputs: ");
        return;
    }
    if (result.failure) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(result.failure);
        process.exitCode = 1;
    }
}


/***/ })

};
