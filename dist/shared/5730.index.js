export const id = 5730;
export const ids = [5730];
export const modules = {

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gates: () => (/* binding */ gates)
/* harmony export */ });
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2972);
/* harmony import */ var _actions_quality_gates_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1872);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2586);
/**
 * `release-actions gates`: the release's gates, run locally exactly as quality-gates runs them,
 * so a maintainer can check before tagging.
 */




async function gates({ values }, logger) {
    const token = process.env.GITHUB_TOKEN;
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .localContext */ .NV)();
    const opts = (0,_actions_quality_gates_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .flagSource */ .qz)({ ...values, ...(token ? { token } : {}) })), github);
    const results = await (0,_packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateGates */ .ud)(opts, {
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
    return (0,_packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failedGates */ .qq)(results).length === 0 ? 0 : 1;
}


/***/ })

};
