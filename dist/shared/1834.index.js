export const id = 1834;
export const ids = [1834];
export const modules = {

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   supersede: () => (/* binding */ supersede)
/* harmony export */ });
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4137);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_supersede_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6262);
/* harmony import */ var _actions_superseded_release_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(814);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2586);
/**
 * `release-actions supersede`: superseded-release from a maintainer's shell, with the token from
 * GITHUB_TOKEN (or GH_TOKEN) and the repository from --repository, GITHUB_REPOSITORY or the
 * origin remote.
 */





/** owner/repo of the origin remote when it is on github.com. */
async function originRepository() {
    const git = new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(process.cwd());
    if (!(await git.isRepository()))
        return undefined;
    const web = (0,_packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repoUrlFromRemote */ ._E)(await git.remoteUrl('origin'));
    return web?.startsWith('https://github.com/')
        ? web.slice('https://github.com/'.length)
        : undefined;
}
async function supersede({ values }, logger) {
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    const github = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(process.env);
    if (!github.repository && values.repository === undefined)
        github.repository = await originRepository();
    const { 'no-move-aliases': noMove, ...rest } = values;
    const password = process.env.REGISTRY_PASSWORD;
    const opts = (0,_actions_superseded_release_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)({
        ...rest,
        ...(noMove ? { 'move-aliases': 'false' } : {}),
        ...(token ? { token } : {}),
        ...(values['registry-username'] && password ? { 'registry-password': password } : {}),
    })), github);
    const outcome = await (0,_packages_supersede_index_js__WEBPACK_IMPORTED_MODULE_2__/* .supersedeRelease */ .o$)(opts, logger).catch((error) => {
        throw (0,_actions_superseded_release_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorOf */ .e)(error);
    });
    const verb = opts.dryRun ? 'would move' : 'moved';
    process.stdout.write(`${opts.dryRun ? 'Dry run: nothing was written.' : `${opts.tag} is marked superseded by ${outcome.plan.supersededBy.tag}.`}\n` +
        `Latest: ${outcome.plan.latestTag || 'none'}\n` +
        `${outcome.moved.length} image tag(s) ${verb}${outcome.moved.map(m => `\n  ${m.image}:${m.alias} → ${m.toVersion}`).join('')}\n`);
    return 0;
}


/***/ })

};
