export const id = 4043;
export const ids = [4043];
export const modules = {

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3628);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3374);
/**
 * compute-version's inputs: the only place they are read. Everything is validated here, before
 * any git call; a bad value throws an InputError naming the input and the expected form.
 */





function readInputs(inputs, github) {
    const defaults = _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_COMPUTE_OPTIONS */ .L9;
    const tagPrefix = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readTagPrefix */ .ZJ)(inputs);
    const refValue = inputs.optional('ref') ?? github.ref;
    const ref = refValue === undefined ? undefined : (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRefInput */ .nS)('ref', refValue, tagPrefix);
    const bump = inputs.choice('bump', _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUMP_KINDS */ .Zu, ref?.kind === 'tag' ? 'tag' : 'auto');
    if (bump === 'tag' && ref?.kind !== 'tag') {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('ref', `bump: tag describes a tag, so ref must be refs/tags/${tagPrefix}MAJOR.MINOR.PATCH[-PRERELEASE]; got ${refValue === undefined ? 'no ref' : (0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(refValue)}`);
    }
    const prereleaseId = inputs.string('prerelease-id', defaults.prereleaseId);
    if (!/^[A-Za-z][A-Za-z-]{0,31}$/.test(prereleaseId)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('prerelease-id', `expected a word of ASCII letters (such as rc, beta or alpha), got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(prereleaseId)}`);
    }
    const prereleaseFormat = inputs.choice('prerelease-format', ['dotted', 'compact'], defaults.prereleaseFormat);
    const fromTagValue = inputs.optional('from-tag');
    let fromTag;
    if (fromTagValue !== undefined) {
        const v = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .requireReleaseTag */ .f0)('from-tag', fromTagValue, tagPrefix);
        if (!(0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isPrerelease */ .V1)(v)) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('from-tag', `expected a pre-release tag to promote, such as ${(0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .tagName */ .wZ)(tagPrefix, (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withPrerelease */ .bq)((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .version */ .K1)(1, 3, 0), prereleaseId, 2, prereleaseFormat))}; got the stable tag ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(fromTagValue)}`);
        }
        fromTag = fromTagValue;
    }
    const rcBump = inputs.choice('rc-bump', ['minor', 'patch', 'major'], defaults.rcBump);
    const initialText = inputs.string('initial-version', (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatVersion */ .qh)(defaults.initialVersion));
    const initialVersion = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(initialText.startsWith(tagPrefix) && tagPrefix !== ''
        ? initialText.slice(tagPrefix.length)
        : initialText);
    if (!initialVersion || (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isPrerelease */ .V1)(initialVersion) || initialVersion.build.length > 0) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('initial-version', `expected a stable SemVer version such as 0.1.0 or 1.0.0, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(initialText)}`);
    }
    const requireSignedTag = inputs.boolean('require-signed-tag', defaults.requireSignedTag);
    const signersValue = inputs.optional('allowed-signers');
    let allowedSigners;
    if (signersValue !== undefined) {
        allowedSigners = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .existingFile */ ._h)('allowed-signers', signersValue, github.workspace, 'the path of an SSH allowed-signers file', { allowOutside: true });
    }
    const path = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)('path', inputs.string('path', '.'), github);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('path', `expected the directory of a git repository; ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(path)} does not exist`);
    }
    const options = {
        path,
        ref,
        bump,
        tagPrefix,
        prereleaseId,
        prereleaseFormat,
        rcBump,
        initialVersion,
        requireSignedTag,
    };
    if (ref?.kind === 'tag')
        options.tag = ref.name;
    if (fromTag !== undefined)
        options.fromTag = fromTag;
    if (allowedSigners !== undefined)
        options.allowedSigners = allowedSigners;
    if (bump === 'auto') {
        // The changelog section says which commits are housekeeping (the rules generate-changelog
        // lists by): the config file in path, or in the nearest folder above it inside the workspace
        // (a package of a monorepo uses the repository's).
        const config = (0,_packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findConfigFile */ ["if"])(path, github.workspace);
        if (config)
            options.commitRules = (0,_packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(config, 'path').changelog;
    }
    return options;
}


/***/ }),

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   version: () => (/* binding */ version)
/* harmony export */ });
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4137);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3374);
/* harmony import */ var _actions_compute_version_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4832);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2586);
/**
 * `release-actions version`: what compute-version would output for this repository, as JSON.
 */





async function version({ values }, logger) {
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .localContext */ .NV)(process.env);
    const options = (0,_actions_compute_version_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(values)), github);
    const decision = await (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_2__/* .computeVersion */ .E2)(new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(options.path), options);
    for (const reason of decision.reasons)
        logger.info(reason);
    for (const warning of decision.warnings ?? [])
        logger.warning(warning);
    // The CLI's names are the fields in kebab-case, as its flags are: compute-version's outputs.
    const json = Object.fromEntries(Object.entries((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionText */ .Gk)(decision)).map(([field, value]) => [
        field.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`),
        value,
    ]));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
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
