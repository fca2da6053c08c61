export const id = 8249;
export const ids = [8249];
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
