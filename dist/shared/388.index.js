export const id = 388;
export const ids = [388];
export const modules = {

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pins: () => (/* binding */ pins)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4137);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _packages_config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3628);
/* harmony import */ var _packages_pins_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2507);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2586);
/**
 * `release-actions pins`: the repository's uses: of itself (self-references in
 * .github/release-actions.yml). Lists them; --set points them at a tag; --check --tag fails unless
 * each names a tag of the same commit as the release tag, so a reusable workflow released as vX.Y.Z
 * runs the actions of vX.Y.Z.
 */






async function pins({ values }, logger) {
    // The flags first, whether or not anything is configured: a bad tag is never "nothing to do".
    for (const flag of ['set', 'tag']) {
        const value = values[flag];
        const problem = typeof value === 'string' ? (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pinTagProblem */ .Xq)(value) : undefined;
        if (problem)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag}: ${problem}`);
    }
    if (values.check && typeof values.tag !== 'string')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--check needs --tag vX.Y.Z');
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(typeof values.path === 'string' ? values.path : '.');
    const repos = (0,_packages_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _packages_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2)).selfReferences;
    if (repos.length === 0) {
        logger.info(`No self-references are configured (self-references in ${_packages_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2}).`);
        return 0;
    }
    const refs = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .findSelfReferences */ .uf)(root, repos);
    if (typeof values.set === 'string') {
        const changed = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rewriteSelfReferences */ .lF)(root, repos, values.set);
        process.stdout.write(`${changed.length ? changed.join('\n') : 'nothing to change'}\n`);
        return 0;
    }
    if (values.check && typeof values.tag === 'string') {
        const tags = await new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(root).tags();
        const commitOf = (name) => tags.find(t => t.name === name)?.commit;
        const commit = commitOf(values.tag);
        if (!commit)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`The tag ${values.tag} does not exist in ${root}.`);
        const problems = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pinProblems */ .SM)(refs, commit, commitOf);
        if (problems.length > 0) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`${problems.length} self-reference(s) would run other code than ${values.tag}: ${problems.join('; ')}. Release with release-actions bump, which points them at the new tag.`);
        }
        process.stdout.write(`${refs.length} self-references run the code of ${values.tag}.\n`);
        return 0;
    }
    for (const r of refs)
        process.stdout.write(`${r.file}:${r.line}  ${r.target}@${r.ref}\n`);
    return 0;
}


/***/ })

};
