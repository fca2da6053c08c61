export const id = 7546;
export const ids = [7546];
export const modules = {

/***/ 9614:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5165);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./actions/existing-image/inputs.ts
/**
 * existing-image's inputs: the only place they are read and validated.
 */


function readInputs(inputs) {
    const { image, ref } = (0,oci/* readImageInput */.Ol)('image', inputs.required('image', oci/* IMAGE_FORMS */.gi.repository), 'repository', inputs.warn);
    const tags = inputs.list('tags');
    if (tags.length === 0)
        throw new errors/* InputError */.dz('tags', 'expected the candidate tags, one per line');
    for (const t of tags)
        if (!oci/* TAG_RE */.PP.test(t))
            throw new errors/* InputError */.dz('tags', `${(0,errors/* showValue */.vp)(t)} is not a tag`);
    const [username, password] = inputs.pair('registry-username', 'registry-password');
    return { image, ref, tags, username, password };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/existing-image/outputs.ts
/**
 * existing-image's outputs (the names of its action.yml) and step summary.
 */

function existingOutputs(found) {
    return found
        ? { digest: found.digest, tag: found.tag, version: found.version }
        : { digest: '', tag: '', version: '' };
}
function summarize(image, found) {
    return `### ${(0,markdown/* code */.aY)(image)}\n\nThe commit already has ${(0,markdown/* code */.aY)(`${image}:${found.tag}`)} → ${(0,markdown/* code */.aY)(found.digest)}${found.version ? ` (${(0,markdown/* code */.aY)(found.version)})` : ''}: shipped as it is, not rebuilt.\n`;
}

;// CONCATENATED MODULE: ./actions/existing-image/main.ts
/**
 * Whether a commit already has an image, and which (internal to the suite's reusable release
 * workflow): the first of the candidate tags (`sha-<commit>`, then the `candidate-<commit>` of an
 * earlier run) that exists gives the digest that is shipped instead of a rebuild — a promoted
 * candidate ships exactly what it validated, a release of a commit `main` already built ships that
 * build — with the version the image reports (its org.opencontainers.image.version label).
 * The rules are packages/oci's (findExistingImage).
 */



const main = async ({ inputs, logger, mask }) => {
    const opts = readInputs(inputs);
    if (opts.password)
        mask(opts.password);
    const found = await (0,oci/* findExistingImage */.mg)(opts, logger);
    if (!found) {
        logger.info(`${opts.image} has none of ${opts.tags.join(', ')}: it is built`);
        return { outputs: existingOutputs(undefined) };
    }
    logger.info(`${opts.image}:${found.tag} exists: ${found.digest}${found.version ? ` (version ${found.version})` : ''}; it is shipped, not rebuilt`);
    return { outputs: existingOutputs(found), summary: summarize(opts.image, found) };
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


/***/ })

};
