export const id = 6650;
export const ids = [6650];
export const modules = {

/***/ 6650:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2790);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_attest_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5109);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9682);
/**
 * notices' inputs: the only place they are read and validated. The SBOM is parsed here, so a
 * file that is not one is an error of the sbom input, before anything is written. The package
 * stores the licence files are read from default to where each ecosystem keeps them (node_modules
 * of the workspace, GOMODCACHE, CARGO_HOME); a store named in an input must be a directory.
 */




function readInputs(inputs, github) {
    const sbomValue = inputs.required('sbom', 'the path of an SPDX 2.x or CycloneDX JSON SBOM');
    const sbomFile = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .existingFile */ ._h)('sbom', sbomValue, github, 'the path of an SBOM file', {
        alsoUnder: [github.runnerTemp],
    });
    const output = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .XI)('output', inputs.string('output', 'THIRD_PARTY_NOTICES.md'), github, { alsoUnder: [github.runnerTemp] });
    let sbom;
    try {
        sbom = (0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSbom */ .rl)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sbomFile, 'utf8'));
    }
    catch (error) {
        if (error instanceof _packages_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomError */ .SP)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('sbom', `${sbomFile} is not an SBOM: ${error.message}`);
        throw error;
    }
    return { sbom, sbomFile, output, stores: readStores(inputs, github) };
}
function isDirectory(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** The package stores (read only, so they may be outside the workspace); undefined with licence-texts: false. */
function readStores(inputs, github) {
    if (!inputs.boolean('licence-texts', true))
        return undefined;
    const dirs = (input, fallback) => {
        const given = inputs.list(input);
        if (given.length === 0)
            return fallback.map(d => (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .XI)(input, d, github, { allowOutside: true }));
        return given.map(value => {
            const dir = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .XI)(input, value, github, { allowOutside: true });
            if (!isDirectory(dir))
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `expected a directory, one per line; ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)} (${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(dir, 4096)}) is not one`);
            return dir;
        });
    };
    return {
        nodeModules: dirs('node-modules', ['node_modules']),
        goModCache: dirs('go-mod-cache', [(0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultGoModCache */ .g0)(process.env)]),
        cargoHome: dirs('cargo-home', [(0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultCargoHome */ .hY)(process.env)]),
        sitePackages: dirs('site-packages', []),
    };
}


/***/ }),

/***/ 2790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/attest/index.ts + 7 modules
var attest = __webpack_require__(5109);
// EXTERNAL MODULE: ./actions/attest-sbom/steps/notices/inputs.ts
var notices_inputs = __webpack_require__(9553);
;// CONCATENATED MODULE: ./actions/attest-sbom/steps/notices/outputs.ts
function noticesOutputs(output, r) {
    return {
        'notices-file': output,
        packages: String(r.packages),
        'needs-review': String(r.needsReview),
        'licence-texts': String(r.withLicenceText),
        'without-licence-file': String(r.withoutLicenceFile),
    };
}
function summarize(output, r) {
    return `### notices\n\n${r.packages} third-party packages (${r.format}) in \`${output}\`; ${r.needsReview} need licence review; licence texts of ${r.withLicenceText}, no licence file found for ${r.withoutLicenceFile}.\n`;
}

;// CONCATENATED MODULE: ./actions/attest-sbom/steps/notices/main.ts
/**
 * attest-sbom's notices step (also `release-actions notices`): THIRD_PARTY_NOTICES.md from the
 * SBOM (packages/attest's writeNotices).
 */



const main = ({ inputs, github, logger }) => {
    const opts = (0,notices_inputs/* readInputs */.K)(inputs, github);
    const r = (0,attest/* writeNotices */.jF)(opts);
    logger.info(`${r.packages} package(s) from ${r.format} in ${opts.output}; ${r.needsReview} without licence information; licence texts of ${r.withLicenceText}, no licence file found for ${r.withoutLicenceFile}`);
    if (r.needsReview > 0)
        logger.warning(`${r.needsReview} package(s) have no licence information (NOASSERTION) and need review; they are flagged in ${opts.output}.`);
    return Promise.resolve({
        outputs: noticesOutputs(opts.output, r),
        summary: summarize(opts.output, r),
    });
};


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
