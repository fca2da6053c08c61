export const id = 7939;
export const ids = [7939];
export const modules = {

/***/ 7939:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9555);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/**
 * smoke-check's inputs: the only place they are read and validated.
 */



/** The version the deployment must report (the grammar is REPORTED_VERSION). */
function readExpectedVersion(inputs) {
    const value = inputs.required('expected-version', 'the version the deployment must report, such as 1.2.3');
    if (!_packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORTED_VERSION */ .F_.test(value))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('expected-version', `expected ${_packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORTED_VERSION_FORM */ .g9}, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(value)}`);
    return value;
}
function readInputs(inputs) {
    const base = inputs.required('url', 'the URL of the deployment (the tagged revision URL), such as https://v1-2-3---api-abc.a.run.app');
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `expected an http(s) URL, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(base)}`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `expected an http(s) URL without credentials, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(base)}`);
    const healthPath = inputs.string('health-path', '/health');
    if (!/^\/[\w./~%-]*$/.test(healthPath))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('health-path', `expected a path starting with /, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(healthPath)}`);
    const versionHeader = inputs.optional('version-header');
    if (versionHeader !== undefined && !/^[A-Za-z0-9-]+$/.test(versionHeader))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version-header', `expected a header name such as X-App-Version, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(versionHeader)}`);
    const versionField = inputs.string('version-field', 'version');
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(versionField))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version-field', `expected a JSON field such as version or build.version, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(versionField)}`);
    return {
        url: `${base.replace(/\/+$/, '')}${healthPath}`,
        expectedVersion: readExpectedVersion(inputs),
        attempts: inputs.integer('attempts', 10, { min: 1, max: 100 }),
        intervalMs: inputs.integer('interval-seconds', 6, { min: 0, max: 300 }) * 1000,
        requestTimeoutMs: inputs.integer('request-timeout-seconds', 10, { min: 1, max: 120 }) * 1000,
        versionField,
        ...(versionHeader ? { versionHeader } : {}),
    };
}


/***/ }),

/***/ 9555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/smoke/index.ts
var smoke = __webpack_require__(3304);
// EXTERNAL MODULE: ./actions/deploy-demo/steps/smoke-check/inputs.ts
var smoke_check_inputs = __webpack_require__(8354);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/deploy-demo/steps/smoke-check/outputs.ts
/**
 * smoke-check's outputs (the names of its action.yml) and step summary.
 */

function smokeOutputs(result) {
    const served = [...result.attempts].reverse().find(a => a.served !== undefined)?.served ?? '';
    return {
        'served-version': served,
        attempts: String(result.attempts.length),
        ok: String(result.ok),
    };
}
function summarize(result) {
    return [
        `### smoke-check: ${result.ok ? 'the new version answers' : 'the new version does not answer'}`,
        '',
        result.message,
        '',
        (0,markdown/* table */.tp)(['Attempt', 'HTTP', 'Served version', 'Problem', 'Time'], result.attempts.map(a => [
            String(a.attempt),
            a.status === undefined ? '—' : String(a.status),
            a.served === undefined ? '—' : (0,markdown/* code */.aY)(a.served),
            a.problem ?? '',
            `${a.ms} ms`,
        ])),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/deploy-demo/steps/smoke-check/main.ts



const main = async ({ inputs, logger }) => {
    const result = await (0,smoke/* smokeCheck */.CP)({ ...(0,smoke_check_inputs/* readInputs */.K)(inputs), logger });
    return {
        outputs: smokeOutputs(result),
        summary: summarize(result),
        ...(result.ok ? {} : { failure: result.message }),
    };
};


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


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ smokeCheck),
/* harmony export */   F_: () => (/* binding */ REPORTED_VERSION),
/* harmony export */   g9: () => (/* binding */ REPORTED_VERSION_FORM)
/* harmony export */ });
/* unused harmony export shownVersion */
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
/* harmony import */ var _log_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1047);
/**
 * The smoke check of a deployment: poll `<url><health-path>` until it answers 2xx and reports the
 * expected version (JSON field or header) — not merely 200, which an old revision answers too.
 */



/**
 * A version as a served revision reports it, the one grammar of `expected-version` (deploy-plan,
 * deploy-demo, smoke-check): a token of letters, digits and `._+-` (1.2.3, v1.3.0-rc.1, edge), at
 * most 128 characters. It reaches the log and the summary, so nothing else is accepted.
 */
const REPORTED_VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
/** What the expected-version inputs' errors say they want. */
const REPORTED_VERSION_FORM = 'a version as the revision reports it, such as 1.2.3, 1.3.0-rc.1 or edge (letters, digits and . _ + -, at most 128)';
const normalize = (v) => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .trimAscii */ .ic)(v).replace(/^v(?=\d)/, '');
/**
 * A served version as it is shown in the log and in errors: as served when it looks like a
 * version, else quoted and escaped (it comes from the service: newlines, `::` and look-alikes).
 */
function shownVersion(served) {
    return /^[\w.+-]{1,128}$/.test(served) ? served : (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(served);
}
function field(doc, path) {
    let value = doc;
    for (const part of path.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part];
    }
    return value;
}
function describeError(error, timeoutMs) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError')
            return `no answer within ${timeoutMs / 1000} s`;
        const cause = error.cause;
        if (cause?.code === 'ECONNREFUSED')
            return 'connection refused';
        if (cause?.code === 'ENOTFOUND')
            return 'the host does not resolve';
        return cause?.message ?? error.message;
    }
    return String(error);
}
async function smokeCheck(opts) {
    const doFetch = opts.fetch ?? fetch;
    const sleep = opts.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const logger = opts.logger ?? _log_index_js__WEBPACK_IMPORTED_MODULE_2__/* .nullLogger */ .G;
    const expected = normalize(opts.expectedVersion);
    const versionField = opts.versionField ?? 'version';
    const attempts = [];
    const started = Date.now();
    for (let attempt = 1; attempt <= opts.attempts; attempt++) {
        const t0 = Date.now();
        const record = {
            attempt,
            status: undefined,
            served: undefined,
            problem: undefined,
            ms: 0,
        };
        try {
            const response = await doFetch(opts.url, {
                headers: { Accept: 'application/json', 'Cache-Control': 'no-cache' },
                signal: AbortSignal.timeout(opts.requestTimeoutMs),
                redirect: 'follow',
            });
            record.status = response.status;
            const body = await response.text();
            if (response.status < 200 || response.status > 299)
                record.problem = `HTTP ${response.status}`;
            else if (opts.versionHeader) {
                const header = response.headers.get(opts.versionHeader);
                if (header === null)
                    record.problem = `no ${opts.versionHeader} header`;
                else
                    record.served = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .trimAscii */ .ic)(header);
            }
            else {
                let doc;
                try {
                    doc = JSON.parse(body);
                }
                catch {
                    record.problem = `the body is not JSON (${JSON.stringify(body.slice(0, 60))})`;
                }
                if (record.problem === undefined) {
                    const value = field(doc, versionField);
                    if (typeof value === 'string' || typeof value === 'number')
                        record.served = String(value);
                    else
                        record.problem = `the JSON has no ${versionField} field`;
                }
            }
        }
        catch (error) {
            record.problem = describeError(error, opts.requestTimeoutMs);
        }
        record.ms = Date.now() - t0;
        attempts.push(record);
        // What the service answered is text from outside: the untrusted path, and escaped.
        if (record.served !== undefined && normalize(record.served) === expected) {
            const message = `${opts.url} serves ${shownVersion(record.served)} (attempt ${attempt} of ${opts.attempts}).`;
            logger.untrusted(message);
            return { ok: true, attempts, message };
        }
        logger.untrusted(`attempt ${attempt} of ${opts.attempts}: ${record.served !== undefined ? `serves ${shownVersion(record.served)}, expected ${expected}` : (record.problem ?? 'no answer')}`);
        if (attempt < opts.attempts)
            await sleep(opts.intervalMs);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    const served = [...attempts].reverse().find(a => a.served !== undefined)?.served;
    const last = attempts[attempts.length - 1];
    const message = served !== undefined
        ? `After ${attempts.length} attempts over ${seconds} s, ${opts.url} still serves version ${shownVersion(served)}, not ${expected}: the new revision is not the one answering.`
        : `After ${attempts.length} attempts over ${seconds} s, ${opts.url} never reported a version (last: ${last?.problem ?? 'no answer'}); expected ${expected}.`;
    return { ok: false, attempts, message };
}


/***/ })

};
