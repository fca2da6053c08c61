export const id = 3669;
export const ids = [3669];
export const modules = {

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);


function readInputs(inputs, github) {
    const patterns = inputs.list('subject-path');
    if (patterns.length === 0)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('subject-path', 'is required; expected globs of the release artifacts, one per line, such as dist/*.tar.gz');
    const output = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWorkspacePath */ .XI)('checksums-file', inputs.string('checksums-file', 'checksums.txt'), github, { alsoUnder: [github.runnerTemp] });
    const base = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWorkspacePath */ .XI)('base', inputs.string('base', '.'), github.workspace);
    return { patterns, output, base, workspace: github.workspace };
}


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

/***/ 3669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checksums: () => (/* binding */ checksums),
/* harmony export */   notices: () => (/* binding */ notices),
/* harmony export */   provenance: () => (/* binding */ provenance)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5109);
/* harmony import */ var _packages_files_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5786);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9682);
/* harmony import */ var _actions_attest_sbom_steps_checksums_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4134);
/* harmony import */ var _actions_attest_sbom_steps_notices_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9553);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2586);
/**
 * The JavaScript steps of attest-sbom as CLI commands: checksums, notices, provenance.
 */








async function checksums({ values, positionals }, logger) {
    if (positionals.length === 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('expected one or more globs of files to checksum');
    const opts = (0,_actions_attest_sbom_steps_checksums_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0((0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mapSource */ .GU)({
        'subject-path': positionals.join('\n'),
        'checksums-file': values.output,
        base: values.base,
    })), (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .localContext */ .NV)());
    const r = await (0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeChecksums */ .gD)(opts, logger);
    process.stdout.write(r.text);
    return 0;
}
/** A repeated directory flag as the one-per-line list the action input takes. */
function dirList(value) {
    return Array.isArray(value) && value.length > 0 ? value.join('\n') : undefined;
}
function notices({ values }, logger) {
    const opts = (0,_actions_attest_sbom_steps_notices_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0((0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mapSource */ .GU)({
        sbom: values.sbom,
        output: values.output,
        'licence-texts': values['no-licence-texts'] === true ? 'false' : undefined,
        'node-modules': dirList(values['node-modules']),
        'go-mod-cache': dirList(values['go-mod-cache']),
        'cargo-home': dirList(values['cargo-home']),
        'site-packages': dirList(values['site-packages']),
    })), (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .localContext */ .NV)());
    const r = (0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeNotices */ .jF)(opts);
    logger.info(`${r.packages} package(s) written to ${opts.output}`);
    return Promise.resolve(0);
}
function provenance({ values }, logger) {
    if (typeof values.subjects !== 'string')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--subjects FILE is required: a sha256sum-format checksums file');
    const statement = (0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .provenanceStatement */ .D2)((0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectsFromChecksums */ .UH)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(values.subjects, 'utf8')), (0,_packages_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .claimsFromEnv */ .z0)(process.env), process.env.GITHUB_SERVER_URL ?? 'https://github.com');
    const text = `${JSON.stringify(statement, null, 2)}\n`;
    if (typeof values.output === 'string') {
        (0,_packages_files_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(values.output), text);
        logger.info(`${statement.subject.length} subject(s); provenance written to ${values.output}`);
    }
    else
        process.stdout.write(text);
    return Promise.resolve(0);
}


/***/ })

};
