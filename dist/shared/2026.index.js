export const id = 2026;
export const ids = [2026];
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


/***/ }),

/***/ 5786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ih),
/* harmony export */   Jo: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Jo),
/* harmony export */   Td: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Td),
/* harmony export */   Ux: () => (/* binding */ withFileLock),
/* harmony export */   Ye: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ye),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports STALE_TMP_MS, processAlive, cleanStaleTemporaries, STALE_LOCK_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5134);
/**
 * packages/files owns files: the one "inside the workspace" rule (paths.ts: isInside, isUnder,
 * hasParentSegment, escapingLink), and file writes that never leave a half-written file: write a
 * temporary file next to the target, then rename it over the target (atomic on POSIX file
 * systems). Temporary files a killed writer left behind are cleaned on the next write;
 * `withFileLock` serialises read-modify-write cycles of several processes on one file.
 */







/** A temporary file older than this is a leftover whoever made it (a write takes milliseconds). */
const STALE_TMP_MS = 60_000;
/** Whether process `pid` exists on this machine (EPERM: it exists, owned by someone else). */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Remove `.<name>.<pid>.<hex>.tmp` files next to `file` that a writer killed mid-write left: those
 * of a process that is gone, and any older than a minute.
 */
function cleanStaleTemporaries(file, now = Date.now()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.`;
    const removed = [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return removed;
    }
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
        if (!m)
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        let mtime;
        try {
            mtime = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).mtimeMs;
        }
        catch {
            continue;
        }
        if (!processAlive(Number(m[1])) || now - mtime > STALE_TMP_MS) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(full, { force: true });
            removed.push(full);
        }
    }
    return removed;
}
function writeFileAtomic(file, content) {
    cleanStaleTemporaries(file);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    let mode;
    try {
        mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode & 0o777;
    }
    catch {
        mode = undefined;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (mode !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw error;
    }
}
/** A lock held longer than this is stale whoever holds it (a read-modify-write takes a moment). */
const STALE_LOCK_MS = 120_000;
function readHolder(lock) {
    try {
        const m = /^(\d+)@(.*)$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8').split('\n')[0] ?? '');
        return m ? { pid: Number(m[1]), host: m[2] ?? '' } : { pid: 0, host: '' };
    }
    catch {
        return undefined;
    }
}
function isStale(lock, holder) {
    let age = 0;
    try {
        age = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(lock).mtimeMs;
    }
    catch {
        return false;
    }
    if (age > STALE_LOCK_MS)
        return true;
    // No holder written a second after the lock was made: its maker died between create and write.
    if (holder.pid === 0)
        return age > 1000;
    return holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && !processAlive(holder.pid);
}
/**
 * Take over a stale lock: move it aside (only one taker can move one file), check that what was
 * moved is the stale one, and put a live holder's lock back if it was not.
 */
function takeOver(lock, stale) {
    const aside = `${lock}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    const moved = readHolder(aside);
    if (moved && (moved.pid !== stale.pid || moved.host !== stale.host) && !isStale(aside, moved)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, lock);
        }
        catch {
            // Someone holds a new lock already: the live holder's run is not protected any more, but
            // nor would it be by waiting; it finishes its write as it would have.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { force: true });
}
/**
 * Run `fn` holding `.<name>.lock` next to `file`, created exclusively (O_EXCL). Another holder is
 * waited for up to `waitMs`; a lock whose process is gone (or older than two minutes) is taken
 * over. Past the wait, an error names the holder and the lock file.
 */
async function withFileLock(file, fn, { waitMs = 30_000 } = {}) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.lock`);
    const deadline = Date.now() + waitMs;
    const mine = `${process.pid}@${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()}\n${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}\n`;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(lock, mine, { flag: 'wx' });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = readHolder(lock);
        if (holder === undefined)
            continue; // released between our attempt and the read
        if (isStale(lock, holder)) {
            takeOver(lock, holder);
            continue;
        }
        if (Date.now() >= deadline) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PreconditionError */ .Rb(`${file} is locked by process ${holder.pid} on ${holder.host || 'an unknown host'} (${lock}); waited ${waitMs / 1000} s. If no other run is writing it, remove the lock file.`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(Math.min(20 + Math.random() * 30, Math.max(1, deadline - Date.now())));
    }
    try {
        return await fn();
    }
    finally {
        // Only our own lock: a run that outlived STALE_LOCK_MS may have been taken over.
        let still = false;
        try {
            still = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8') === mine;
        }
        catch {
            still = false;
        }
        if (still)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true });
    }
}


/***/ })

};
