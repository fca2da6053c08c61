export const id = 3384;
export const ids = [3384];
export const modules = {

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
/* harmony import */ var _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1418);
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
        options = (0,_actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .flagSource */ .qz)({ ...rest, file: typeof prepend === 'string' ? prepend : '' })), github);
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
    const result = await (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_6__/* .generateChangelog */ .Ki)(git, options);
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
