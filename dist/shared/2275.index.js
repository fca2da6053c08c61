export const id = 2275;
export const ids = [2275];
export const modules = {

/***/ 3755:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1418);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3374);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6793);
/* harmony import */ var _packages_config_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3628);
/**
 * generate-changelog's inputs: the only place they are read and validated.
 */








function readRef(input, value) {
    if (value === undefined)
        return undefined;
    const problem = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafeRefReason */ .cV)(value);
    if (problem)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `expected a tag, branch or commit, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(value)}: it ${problem}`);
    return value;
}
function readInputs(inputs, github) {
    const tagPrefix = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readTagPrefix */ .ZJ)(inputs);
    const versionValue = inputs.optional('version');
    const version = versionValue === undefined ? undefined : (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .requireVersion */ .eU)('version', versionValue, tagPrefix);
    const from = readRef('from', inputs.optional('from'));
    const to = readRef('to', inputs.optional('to'));
    const repo = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)('path', inputs.string('path', '.'), github);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repo))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('path', `expected the directory of a git repository; ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(repo)} does not exist`);
    // Not given at all: CHANGELOG.md. Given empty: write no file. A regular file, never a symlink
    // (not even one that stays inside): see changelogFileProblem; said before the workspace rule,
    // which a link outside breaks too, because it says more.
    const rawFile = inputs.source.get('file');
    const fileValue = rawFile === undefined ? undefined : (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(rawFile);
    const changelogFile = (value, shown) => {
        const problem = value.includes('\0')
            ? undefined
            : (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changelogFileProblem */ .IW)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(github.workspace, value), repo);
        if (problem)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('file', `${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(shown, 4096)} ${problem}`);
        return (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)('file', value, github);
    };
    const file = fileValue === undefined
        ? changelogFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repo, 'CHANGELOG.md'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(github.workspace, repo), 'CHANGELOG.md'))
        : fileValue === ''
            ? undefined
            : changelogFile(fileValue, fileValue);
    const styleValue = inputs.optional('style');
    const style = styleValue === undefined
        ? (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .detectStyle */ .uD)(file)
        : inputs.choice('style', _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .CHANGELOG_STYLES */ .cR, 'grouped');
    const date = inputs.optional('date') === undefined ? undefined : inputs.date('date');
    const repoUrl = inputs.repositoryUrl('repo-url', github.repository ? `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}` : undefined);
    const paths = (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pathspecs */ .YO)({
        include: inputs.list('include-paths'),
        exclude: inputs.list('exclude-paths'),
    });
    const notes = inputs.optional('notes-file');
    const notesFile = notes === undefined
        ? undefined
        : (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)('notes-file', notes, github, {
            alsoUnder: [github.runnerTemp],
        });
    const images = inputs
        .list('images')
        .map(value => (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readImageInput */ .Ol)('images', value, 'any', inputs.warn).image);
    const charts = inputs.list('charts').map(value => readChartReference(value, inputs.warn));
    const attested = inputs.boolean('attested', true);
    const signed = inputs.boolean('signed', false);
    const signerWorkflow = inputs.optional('signer-workflow');
    if (signerWorkflow !== undefined &&
        !/^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w./-]+\.ya?ml$/.test(signerWorkflow))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('signer-workflow', `expected owner/repo/.github/workflows/<file>.yml, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(signerWorkflow)}`);
    const checksumsFile = inputs.string('checksums-file', 'checksums.txt');
    if (/[\s/\\]|^-/.test(checksumsFile)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('checksums-file', `expected a file name such as checksums.txt, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(checksumsFile)}`);
    }
    const configFile = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)('config', inputs.string('config', node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(github.workspace, repo) || '.', _packages_config_index_js__WEBPACK_IMPORTED_MODULE_7__/* .CONFIG_FILE */ .g2)), github);
    const config = (0,_packages_config_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfig */ .Z9)(configFile).changelog;
    return {
        path: repo,
        tagPrefix,
        version,
        from,
        to,
        style,
        file,
        date,
        repoUrl,
        paths,
        notesFile,
        images,
        charts,
        checksumsFile,
        attested,
        signed,
        signerWorkflow,
        config,
    };
}
const CHART_FORM = "a chart as pushed, <registry>/<owner>/charts/<name>:<version>[@sha256:…] (the charts job's references output)";
/** A chart reference of the charts input: its tag is the chart version, its last segment the name. */
function readChartReference(value, warn) {
    const { ref } = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readImageInput */ .Ol)('charts', value.replace(/^oci:\/\//, ''), 'any', warn, CHART_FORM);
    if (ref.tag === undefined)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('charts', `expected ${CHART_FORM}, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(value)} (it has no version tag)`);
    const repository = `${ref.registry}/${ref.repository}`;
    return {
        name: ref.repository.slice(ref.repository.lastIndexOf('/') + 1),
        repository,
        version: ref.tag,
        ...(ref.digest ? { digest: ref.digest } : {}),
    };
}


/***/ }),

/***/ 714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/changelog/index.ts + 7 modules
var changelog = __webpack_require__(1418);
// EXTERNAL MODULE: ./packages/git/index.ts
var git = __webpack_require__(4137);
// EXTERNAL MODULE: ./actions/generate-changelog/inputs.ts
var generate_changelog_inputs = __webpack_require__(5578);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./actions/generate-changelog/outputs.ts
/**
 * generate-changelog's outputs (the names of its action.yml) and step summary.
 */



function changelogOutputs(inputs, result) {
    return {
        changelog: result.section,
        file: inputs.file ?? '',
        'notes-file': inputs.notesFile ?? '',
        'has-breaking': String(result.hasBreaking),
        'commit-count': String(result.listed),
        changed: String(result.changed),
    };
}
function summarize(inputs, r, workspace) {
    const name = inputs.version ? `${inputs.tagPrefix}${(0,versioning/* formatVersion */.qh)(inputs.version)}` : 'Unreleased';
    const rel = (f) => (f ? (0,markdown/* code */.aY)(external_node_path_default().relative(workspace, f) || f) : '—');
    const rows = [
        ['Section', (0,markdown/* code */.aY)(name)],
        ['Range', `${r.from ? (0,markdown/* code */.aY)(r.from) : 'the first commit'} … ${(0,markdown/* code */.aY)(r.to)}`],
        ['Commits in the range', String(r.commits.length)],
        ['Commits listed', String(r.listed)],
        ['Housekeeping commits left out', String(r.skipped)],
        ['Breaking changes', r.hasBreaking ? 'yes' : 'no'],
        ['Style', inputs.style],
        [
            'File',
            inputs.file
                ? `${rel(inputs.file)} (${r.changed ? 'updated' : 'unchanged: this section was already there'})`
                : 'not written',
        ],
        ['Release notes', rel(inputs.notesFile)],
    ];
    return [
        `### generate-changelog: ${(0,markdown/* code */.aY)(name)}`,
        '',
        (0,markdown/* table */.tp)(['', ''], rows),
        '',
        '<details><summary>The section</summary>',
        '',
        (0,markdown/* codeBlock */.DV)(r.section, 'markdown'),
        '',
        '</details>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/generate-changelog/main.ts
/**
 * generate-changelog: read the inputs, generate the release's section and upsert it into the
 * changelog (packages/changelog's generateChangelog), write the outputs.
 */




const main = async ({ inputs, github, logger }) => {
    const options = (0,generate_changelog_inputs/* readInputs */.K)(inputs, github);
    const result = await (0,changelog/* generateChangelog */.Ki)(new git/* Git */.TU(options.path), options);
    logger.info(`${result.commits.length} commit(s) in ${result.from ?? 'the first commit'}..${result.to}; ${result.skipped} housekeeping commit(s) left out.`);
    logger.info(options.file
        ? `${options.file}: ${result.changed ? 'updated' : 'unchanged'}`
        : 'No file written (file is empty).');
    // The section is commit text: print it with workflow commands turned off.
    logger.untrusted(result.section);
    return {
        outputs: changelogOutputs(options, result),
        summary: summarize(options, result, github.workspace),
    };
};


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
