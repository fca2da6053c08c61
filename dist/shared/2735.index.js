export const id = 2735;
export const ids = [2735];
export const modules = {

/***/ 2735:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4548);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/archive/index.ts + 4 modules
var archive = __webpack_require__(8855);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./actions/goreleaser-dist/inputs.ts
/**
 * goreleaser-dist's inputs: the only place they are read and validated.
 */

function readInputs(inputs, github) {
    return {
        workspace: github.workspace,
        dist: (0,packages_inputs/* resolveWorkspacePath */.XI)('dist', inputs.string('dist', 'dist'), github.workspace),
        outputDir: (0,packages_inputs/* resolveWorkspacePath */.XI)('output-dir', inputs.string('output-dir', 'release-archive'), github.workspace),
    };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/goreleaser-dist/outputs.ts

function distOutputs(d) {
    return { archives: d.archives.map(a => a.name).join('\n'), 'checksums-name': d.checksums.name };
}
function summarize(d) {
    return `### GoReleaser's archives\n\n${d.archives.map(a => (0,markdown/* code */.aY)(a.name)).join(', ')}, each as ${(0,markdown/* code */.aY)(d.checksums.name)} lists it.\n`;
}

;// CONCATENATED MODULE: ./actions/goreleaser-dist/main.ts
/**
 * A GoReleaser build's archives and checksums file as the release files (internal to the suite's
 * reusable release workflow): read the inputs, check and copy what dist/artifacts.json lists
 * (packages/archive's takeGoReleaserDist), write the outputs.
 */



const main = async ({ inputs, github, logger }) => {
    const opts = readInputs(inputs, github);
    const d = await (0,archive/* takeGoReleaserDist */.x0)(opts.workspace, opts.dist, opts.outputDir, logger);
    return { outputs: distOutputs(d), summary: summarize(d) };
};


/***/ })

};
