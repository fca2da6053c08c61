export const id = 2291;
export const ids = [2291];
export const modules = {

/***/ 2291:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7648);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/archive/index.ts + 4 modules
var archive = __webpack_require__(8855);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./actions/release-archive/inputs.ts




function readInputs(inputs, github) {
    const platform = (0,archive/* parsePlatform */.FL)('platform', inputs.required('platform', 'the platform of the files, os/arch such as linux/amd64'));
    const repoName = github.repository?.split('/')[1] ?? '';
    const name = (0,archive/* checkArchiveName */.mi)('name', inputs.string('name', '') || repoName);
    const raw = inputs.required('version', 'the release version, such as 1.2.3');
    const parsed = (0,versioning/* parseVersion */.ot)(raw);
    if (!parsed || raw.startsWith('v'))
        throw new errors/* InputError */.dz('version', `${(0,errors/* showValue */.vp)(raw)}: expected a version such as 1.2.3`);
    const patterns = inputs.list('files');
    if (patterns.length === 0)
        throw new errors/* InputError */.dz('files', 'is required; expected globs of the files, such as dist/*');
    const outputDir = (0,packages_inputs/* resolveWorkspacePath */.XI)('output-dir', inputs.string('output-dir', 'release-archive'), github.workspace);
    const mtime = inputs.integer('mtime', 0, { min: 0 });
    return {
        workspace: github.workspace,
        patterns,
        base: github.workspace,
        flatten: true,
        name,
        version: (0,versioning/* formatVersion */.qh)(parsed),
        platform,
        outputDir,
        mtime,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/release-archive/outputs.ts
/**
 * release-archive's outputs (the names of its action.yml) and step summary.
 */


function archiveOutputs(r) {
    return { file: r.file, name: external_node_path_default().basename(r.file), entries: r.entries.join('\n') };
}
function summarize(r) {
    return `### Release archive ${(0,markdown/* code */.aY)(external_node_path_default().basename(r.file))}\n\n${r.entries.length} file(s): ${r.entries.map(e => (0,markdown/* code */.aY)(e)).join(', ')}.\n`;
}

;// CONCATENATED MODULE: ./actions/release-archive/main.ts
/**
 * One platform's release archive (internal to the suite's reusable release workflow): read the
 * inputs, write `<name>_v<version>_<os>_<arch>.tar.gz` (or .zip) from the files the build wrote
 * (packages/archive's writeArchive), write the outputs.
 */



const main = ({ inputs, github, logger }) => {
    const opts = readInputs(inputs, github);
    const result = (0,archive/* writeArchive */._d)(opts, logger);
    return Promise.resolve({ outputs: archiveOutputs(result), summary: summarize(result) });
};


/***/ })

};
