export const id = 26;
export const ids = [26];
export const modules = {

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chart: () => (/* binding */ chart)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _packages_files_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5786);
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/* harmony import */ var _packages_helm_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8681);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6793);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2586);
/**
 * `release-actions chart package|push`: Helm charts in charts/<name>/ packaged as `helm package`
 * does (deterministic: every entry has the time of HEAD's commit) and pushed as OCI artifacts to
 * oci://<registry>/<owner>/charts/<name>, never twice with different content. The registry password
 * comes from REGISTRY_PASSWORD, never from a flag. Prints the charts as JSON.
 */







/** The chart directories: --chart, or every charts/<name>/ with a Chart.yaml. */
function chartDirs(values) {
    if (typeof values.chart === 'string')
        return [values.chart];
    const root = 'charts';
    const dirs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root)
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
            .filter(e => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, e.name, 'Chart.yaml')))
            .map(e => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, e.name))
            .sort()
        : [];
    if (dirs.length === 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('no chart found: name one with --chart DIR, or keep charts in charts/<name>/');
    return dirs;
}
/** The seconds of HEAD's commit (the archive's mtimes and the created annotation). */
async function commitTime() {
    const git = new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU('.');
    return (await git.isRepository()) ? git.commitTime('HEAD') : 0;
}
async function packaged(values) {
    const mtime = await commitTime();
    return chartDirs(values).map(dir => (0,_packages_helm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .packageChart */ .GQ)(dir, { mtime }));
}
async function chart({ values, positionals }, logger) {
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'package' && action !== 'push'))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`expected 'chart package' or 'chart push', got ${JSON.stringify(positionals.join(' '))}`);
    if (action === 'package') {
        const output = typeof values.output === 'string' ? values.output : '.';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(output, { recursive: true });
        const charts = await packaged(values);
        const out = charts.map(c => {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(output, c.filename);
            (0,_packages_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(file, c.archive);
            logger.info(`${c.name} ${c.version}: ${file}`);
            return { name: c.name, version: c.version, appVersion: c.appVersion ?? null, file };
        });
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return 0;
    }
    if (typeof values.registry !== 'string')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--registry HOST is required, such as ghcr.io');
    let owner = typeof values.owner === 'string' ? values.owner : process.env.GITHUB_REPOSITORY_OWNER;
    if (!owner) {
        const url = (0,_packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repoUrlFromRemote */ ._E)(await new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU('.').remoteUrl('origin'));
        owner = url?.split('/').slice(-2, -1)[0];
    }
    if (!owner)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--owner OWNER is required (no GITHUB_REPOSITORY_OWNER, no origin remote)');
    const registry = values.registry;
    const ref = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q)(`${registry}/${owner.toLowerCase()}/charts/x`);
    if (!ref || ref.registry !== registry)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--registry and --owner must make an OCI repository <registry>/<owner>/charts/<name>, got ${JSON.stringify(`${registry}/${owner}`)}`);
    const username = typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined;
    const password = process.env.REGISTRY_PASSWORD;
    if (username !== undefined && !password)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--registry-username needs the password in REGISTRY_PASSWORD');
    const client = new _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryClient */ .bP({
        ...(username !== undefined ? { username, password } : {}),
        push: true,
        logger,
    });
    const charts = await packaged(values);
    const created = (0,_packages_helm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .ag)(new Date((await commitTime()) * 1000));
    const out = [];
    for (const c of charts) {
        const r = await (0,_packages_helm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pushChart */ .zO)(client, { registry, owner, chart: c, created, logger });
        out.push({
            name: c.name,
            version: c.version,
            url: r.url,
            tag: r.tag,
            digest: r.digest,
            status: r.status,
        });
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
}


/***/ })

};
