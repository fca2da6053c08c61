export const id = 384;
export const ids = [384];
export const modules = {

/***/ 3384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changelog: () => (/* binding */ changelog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7426);
/* harmony import */ var _packages_files_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5786);
/* harmony import */ var _actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5578);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2586);
/**
 * `release-actions changelog`: the section of a release (to stdout, a file, or upserted into the
 * changelog), or with --all every release section of the history, as git-cliff renders it.
 */










async function changelog({ values }, logger) {
    if (values.output !== undefined && values.prepend !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('use either --output or --prepend, not both');
    }
    if (values.all && (values.version !== undefined || values.from !== undefined)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--all renders every release; it takes no --version or --from');
    }
    const { all, output, prepend, ...rest } = values;
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .localContext */ .NV)(process.env);
    // The file this command writes is --prepend's; --output and stdout get the section only.
    let options;
    try {
        options = (0,_actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readInputs */ .Ko)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .flagSource */ .qz)({ ...rest, file: typeof prepend === 'string' ? prepend : '' })), github);
    }
    catch (error) {
        // The action's `file` is this command's --prepend.
        if (error instanceof _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz && error.input === 'file')
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('prepend', error.problem);
        throw error;
    }
    const git = new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(options.path);
    if (all) {
        const history = {
            to: options.to ?? 'HEAD',
            prefix: options.tagPrefix,
            paths: options.paths,
            style: options.style,
            config: options.config,
            repoUrl: options.repoUrl,
        };
        const form = options.file && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.file)
            ? (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChangelog */ .EY)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.file, 'utf8')).form
            : undefined;
        if (options.file) {
            const file = options.file;
            // Under the file's lock, as generate-changelog: a run at the same time lands its section.
            const { before, text, releases } = await (0,_packages_files_index_js__WEBPACK_IMPORTED_MODULE_7__/* .withFileLock */ .Ux)(file, async () => {
                const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : undefined;
                const { text, releases } = await (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .upsertHistory */ ._d)(git, { ...history, ...(form ? { form } : {}) }, before);
                if (text !== before)
                    (0,_packages_files_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(file, text);
                return { before, text, releases };
            });
            logger.info(`${options.file}: ${releases} release section(s), ${text !== before ? 'written' : 'already up to date'}.`);
            return 0;
        }
        const out = typeof output === 'string' ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(output)) : process.stdout;
        let buffered = _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .STANDARD_HEADERS */ .HV[options.style].replace(/## \[Unreleased\]\n\n$/, '') + '\n';
        const counts = await (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderHistory */ .zs)(git, history, section => {
            buffered += `${section}\n`;
            if (buffered.length > 1 << 16) {
                out.write(buffered);
                buffered = '';
            }
        });
        out.write(buffered);
        if (out !== process.stdout) {
            out.end();
            await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'finish');
        }
        logger.info(`${counts.releases} section(s), ${counts.commits} commit(s), ${counts.skipped} housekeeping commit(s) left out.`);
        return 0;
    }
    const result = await (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .generateChangelog */ .Ki)(git, (0,_actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .toGenerateOptions */ .jQ)(options));
    logger.info(`${result.commits.length} commit(s) in ${result.from ?? 'the first commit'}..${result.to}.`);
    if (options.file)
        logger.info(`${options.file}: ${result.changed ? 'updated' : 'unchanged'}`);
    else if (typeof output === 'string')
        (0,_packages_files_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(output), result.section);
    else
        process.stdout.write(result.section);
    return 0;
}


/***/ })

};
