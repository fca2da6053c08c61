export const id = 7349;
export const ids = [7349];
export const modules = {

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ resolveSubjects),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Ut: () => (/* binding */ checksumLine),
/* harmony export */   Vn: () => (/* binding */ MAX_SUBJECTS),
/* harmony export */   cV: () => (/* binding */ checksumsText),
/* harmony export */   k9: () => (/* binding */ hashSubjects),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5786);
/* harmony import */ var _glob_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/**
 * SHA-256 checksums of release artifacts, in the format `sha256sum` writes and `sha256sum -c`
 * reads. Files are hashed as streams (constant memory for multi-GB files), several at a time.
 * Globs may not leave the workspace (real paths: symlinks resolved): a symlink to a file or a
 * directory outside it is skipped and named; directories reached through one are not read.
 */








/** The most subjects one attestation may carry (actions/attest). */
const MAX_SUBJECTS = 1024;
/** The directory a glob can only match inside: its leading segments without glob characters. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const literal = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[{]/.test(part))
            break;
        literal.push(part);
    }
    return literal.join('/');
}
/**
 * The files the globs match, under the workspace. Patterns are relative to the workspace (or
 * absolute inside it); `..` and paths outside it are refused before anything is read.
 */
function resolveSubjects(workspace, patterns, { input = 'subject-path', base = workspace, exclude = [], } = {}) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(workspace);
    const baseDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(workspace, base));
    const relPatterns = patterns.map(p => {
        let pattern = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .trimAscii */ .ic)(p);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(pattern)) {
            // Compared as real paths (the workspace may be reached through a symlink, as /tmp is on macOS).
            const real = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .realPath */ .Ye)(pattern);
            const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, real);
            if (!(0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(root, real))
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(p)} is outside the workspace ${workspace}; expected files inside it`);
            pattern = rel;
        }
        pattern = pattern.replace(/^\.\//, '');
        if ((0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .hasParentSegment */ .Ih)(pattern))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(p)} leaves the workspace ('..'); expected a glob inside it, such as dist/*.tar.gz`);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f]/.test(pattern))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(p)} contains a control character`);
        return pattern;
    });
    const matchers = relPatterns.map(_glob_index_js__WEBPACK_IMPORTED_MODULE_7__/* .globToRegExp */ .tL);
    const excluded = exclude.map(e => node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, e)));
    const found = new Map();
    const skipped = [];
    const shown = (p) => (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(p, 4096);
    const outside = (rel, target) => skipped.push(`${shown(rel)} (a symlink to ${shown(target)}, outside the workspace)`);
    const visit = (dir) => {
        // A glob's literal base may run through symlinks: only into directories inside the workspace.
        const escape = dir ? (0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .escapingLink */ .Td)(root, dir) : undefined;
        if (escape) {
            if (!skipped.some(s => s.startsWith(`${shown(escape.name)} `)))
                outside(escape.name, escape.target);
            return;
        }
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, dir)).sort();
        }
        catch {
            return;
        }
        for (const name of entries) {
            const rel = dir ? `${dir}/${name}` : name;
            if (rel === '.git')
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, rel);
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full);
            }
            catch {
                continue;
            }
            if (st.isDirectory()) {
                visit(rel);
                continue;
            }
            const matched = matchers.some(m => m.test(rel)) && !excluded.includes(rel);
            if (st.isSymbolicLink()) {
                let target;
                try {
                    target = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(full);
                }
                catch {
                    if (matched)
                        skipped.push(`${shown(rel)} (a broken symlink)`);
                    continue;
                }
                const t = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target);
                // Outside: named when it matches, and a directory always (what is below it could have).
                // Symlinked directories inside are not walked into (git does not either).
                if (!(0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(root, target)) {
                    if (matched || t.isDirectory())
                        outside(rel, target);
                    continue;
                }
                if (!matched || !t.isFile())
                    continue;
                st = t;
            }
            else if (!matched || !st.isFile())
                continue;
            if (!(0,_files_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(baseDir, full)) {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `${rel} is outside the base directory ${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, baseDir) || '.'} of the names`);
            }
            const subjectName = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(baseDir, full).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
            found.set(subjectName, { name: subjectName, absolute: full, size: st.size });
        }
    };
    for (const start of new Set(relPatterns.map(globBase)))
        visit(start);
    const subjects = [...found.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    if (subjects.length === 0) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `no file matches ${patterns.map(p => (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(p)).join(', ')}${skipped.length ? ` (skipped: ${skipped.join('; ')})` : ''}; expected globs of the release artifacts, such as dist/*.tar.gz`);
    }
    return { subjects, skipped };
}
/**
 * SHA-256 of a file, read through one reused 1 MiB buffer: memory stays flat whatever the size.
 */
function sha256File(file, bufferSize = 1 << 20) {
    return new Promise((resolve, reject) => {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().open(file, 'r', (openError, fd) => {
            if (openError)
                return reject(openError);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            const buffer = Buffer.allocUnsafe(bufferSize);
            const next = () => node_fs__WEBPACK_IMPORTED_MODULE_1___default().read(fd, buffer, 0, bufferSize, null, (readError, bytes) => {
                if (readError)
                    return node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => reject(readError));
                if (bytes === 0)
                    return node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => resolve(hash.digest('hex')));
                hash.update(bytes === bufferSize ? buffer : buffer.subarray(0, bytes));
                next();
            });
            next();
        });
    });
}
/** Hash every subject, a few at a time (one per CPU, at least two). */
async function hashSubjects(subjects, concurrency = Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)())) {
    const digests = new Map();
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(concurrency, subjects.length) }, async () => {
        while (next < subjects.length) {
            const s = subjects[next++];
            digests.set(s.name, await sha256File(s.absolute));
        }
    }));
    return digests;
}
/** One line as GNU sha256sum writes it (names with `\` or a newline are escaped, the line marked). */
function checksumLine(digest, name) {
    if (/[\\\n\r]/.test(name)) {
        return `\\${digest}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
    }
    return `${digest}  ${name}`;
}
function checksumsText(subjects, digests) {
    return subjects.map(s => `${checksumLine(digests.get(s.name) ?? '', s.name)}\n`).join('');
}
/** Lines in groups of at most MAX_SUBJECTS, for attestations that carry at most that many. */
function splitLines(text, size = MAX_SUBJECTS) {
    const lines = text.split('\n').filter(Boolean);
    const parts = [];
    for (let i = 0; i < lines.length; i += size)
        parts.push(`${lines.slice(i, i + size).join('\n')}\n`);
    return parts;
}


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ provenanceStatement),
/* harmony export */   UH: () => (/* binding */ subjectsFromChecksums),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   z0: () => (/* binding */ claimsFromEnv)
/* harmony export */ });
/* unused harmony exports GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_STATEMENT_V1, provenancePredicate */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/**
 * The SLSA v1 provenance of a GitHub Actions run, in the shape actions/attest produces
 * (buildType https://actions.github.io/buildtypes/workflow/v1), wrapped in an in-toto v1
 * statement with the checksums file's artifacts as subjects.
 */

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The run's claims from the environment (GitHub Enterprise Server has no attestation service). */
function claimsFromEnv(env) {
    const need = (name) => {
        const value = env[name];
        if (!value)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PreconditionError */ .Rb(`${name} is not set: provenance describes a GitHub Actions run`);
        return value;
    };
    const workflowRef = need('GITHUB_WORKFLOW_REF');
    return {
        repository: need('GITHUB_REPOSITORY'),
        repository_id: env.GITHUB_REPOSITORY_ID ?? '',
        repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        ref: need('GITHUB_REF'),
        sha: need('GITHUB_SHA'),
        event_name: need('GITHUB_EVENT_NAME'),
        workflow_ref: workflowRef,
        job_workflow_ref: env.RELEASE_ACTIONS_JOB_WORKFLOW_REF || workflowRef,
        run_id: need('GITHUB_RUN_ID'),
        run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        runner_environment: env.RUNNER_ENVIRONMENT ?? 'github-hosted',
    };
}
function provenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const [workflowPath = '', ...refParts] = claims.workflow_ref
        .replace(`${claims.repository}/`, '')
        .split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: refParts.join('@'),
                    repository: `${server}/${claims.repository}`,
                    path: workflowPath,
                },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${claims.repository}@${claims.ref}`,
                    digest: { gitCommit: claims.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/** Subjects from a sha256sum-format checksums file. */
function subjectsFromChecksums(text) {
    const subjects = [];
    for (const [i, raw] of text.split('\n').entries()) {
        if (raw.trim() === '')
            continue;
        const escaped = raw.startsWith('\\');
        const m = /^\\?([a-f0-9]{64}) [ *](.+)$/.exec(raw);
        if (!m)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PreconditionError */ .Rb(`line ${i + 1} of the checksums file is not "<sha256>  <name>": ${JSON.stringify(raw.slice(0, 80))}`);
        const name = escaped
            ? (m[2] ?? '').replace(/\\(\\|n|r)/g, (_, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')
            : (m[2] ?? '');
        subjects.push({ name, digest: { sha256: m[1] ?? '' } });
    }
    if (subjects.length === 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PreconditionError */ .Rb('the checksums file lists no subject');
    return subjects;
}
function provenanceStatement(subjects, claims, serverUrl) {
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: provenancePredicate(claims, serverUrl),
    };
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


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   H7: () => (/* binding */ GlobSet),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports insideOnly, walk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5786);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/**
 * File globs: `**` any number of directories, `*` and `?` within one path segment, `{a,b}`
 * alternatives, `[abc]` classes. Patterns are relative to a root; hidden files and directories
 * (a segment starting with `.`) match only a pattern segment that starts with `.` too. Listed
 * files stay inside their root (real paths: a symlink leading outside is left out).
 */




function escapeRe(ch) {
    return /[\\^$.|+()[\]{}*?]/.test(ch) ? `\\${ch}` : ch;
}
function segmentRe(segment) {
    let re = '';
    const hiddenOk = segment.startsWith('.');
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end === -1)
                re += '\\{';
            else {
                re += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map(alt => segmentRe(alt))
                    .join('|')})`;
                i = end;
            }
        }
        else
            re += escapeRe(ch);
    }
    return hiddenOk ? re : `(?!\\.)${re}`;
}
/** A regular expression that matches the root-relative, `/`-separated paths the glob names. */
function globToRegExp(pattern) {
    const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const parts = clean.split('/');
    let re = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        if (part === '**') {
            // Zero or more directories (not hidden ones).
            re += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
        }
        else
            re += segmentRe(part) + (last ? '' : '/');
    }
    return new RegExp(`^${re}$`);
}
class GlobSet {
    #include;
    #exclude;
    constructor(include, exclude = []) {
        this.#include = include.map(globToRegExp);
        this.#exclude = exclude.map(globToRegExp);
    }
    matches(relative) {
        return (this.#include.some(re => re.test(relative)) && !this.#exclude.some(re => re.test(relative)));
    }
}
/**
 * Every file under `root` as a root-relative path with `/`: git's list (tracked and untracked,
 * .gitignore honoured) in a repository, else a walk that skips `.git` and `node_modules`. A
 * symlink whose target is outside `root` is left out (and handed to `onOutside`), so whoever reads
 * or rewrites the listed files never reaches outside.
 */
async function listFiles(root, { onOutside } = {}) {
    let names;
    try {
        names = await new _git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(root).listFiles();
    }
    catch {
        names = walk(root);
    }
    return insideOnly(root, names, onOutside);
}
/** The root-relative names whose real paths are inside `root`. */
function insideOnly(root, names, onOutside) {
    const realRoot = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(root);
    return names.filter(name => {
        const target = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name));
        if ((0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(realRoot, target))
            return true;
        onOutside?.(name, target);
        return false;
    });
}
function walk(root) {
    const out = [];
    const visit = (dir, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const name = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    visit(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), name);
            }
            else if (entry.isFile() || entry.isSymbolicLink())
                out.push(name);
        }
    };
    visit(root, '');
    return out.sort();
}


/***/ }),

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lf: () => (/* binding */ stripUnsafeCharacters),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export splitCodeSpans */
/**
 * Markdown for step summaries and notes. Text that came from outside (commit messages, tag names,
 * command output) is data: escaped so it cannot become live markup, links, mentions or HTML.
 */
// Bidirectional overrides and isolates, zero-width and other invisible format characters.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0 and C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Remove control, bidi-override and invisible characters. */
function stripUnsafeCharacters(text) {
    return text.replace(INVISIBLE, '').replace(CONTROL, '');
}
/**
 * A real @mention: `@name` at the start of a word (not an e-mail address, not `pkg@1.2.3`), not
 * followed by `/` (`@scope/package` and `@types/node` are package names, not people).
 */
const MENTION = /(?<![\w@./+-])@(?=[A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9/_-]))/g;
/** Escape text (no code spans in it) so that it renders literally. */
function escapeText(text) {
    return text
        .replace(MENTION, '@\u200b')
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_[\]<>~]/g, ch => `\\${ch}`);
}
/** Where the next run of exactly `n` backticks starts, at or after `from`; -1 if none. */
function closingRun(line, from, n) {
    let j = from;
    while (j < line.length) {
        if (line[j] !== '`') {
            j++;
            continue;
        }
        let k = j;
        while (line[k] === '`')
            k++;
        if (k - j === n)
            return j;
        j = k;
    }
    return -1;
}
/**
 * Split one line into text and code spans as CommonMark reads them: a run of backticks opens a
 * span that the next run of the same length closes; a run without its match is literal text.
 */
function splitCodeSpans(line) {
    const parts = [];
    let text = '';
    let i = 0;
    while (i < line.length) {
        if (line[i] !== '`') {
            text += line[i];
            i++;
            continue;
        }
        let n = 1;
        while (line[i + n] === '`')
            n++;
        const run = '`'.repeat(n);
        const close = closingRun(line, i + n, n);
        if (close === -1) {
            text += run;
            i += n;
            continue;
        }
        if (text)
            parts.push({ code: false, text });
        text = '';
        parts.push({ code: true, text: line.slice(i, close + n) });
        i = close + n;
    }
    if (text)
        parts.push({ code: false, text });
    return parts;
}
/**
 * Escape inline Markdown and HTML so the text renders literally: HTML, links, emphasis and real
 * @mentions become inert; code spans stay code (their content is literal already).
 */
function escapeInline(text, transformText = t => t) {
    const clean = stripUnsafeCharacters(text).replace(/\r?\n/g, ' ');
    return splitCodeSpans(clean)
        .map(p => (p.code ? p.text : transformText(escapeText(p.text))))
        .join('');
}
/** Inline code: picks a fence longer than any backtick run in the text. */
function code(text) {
    const clean = stripUnsafeCharacters(text).replace(/\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A table. Cells are used as given (escape text with `escapeInline` or `code`); pipes are escaped
 * here, once, as GitHub wants even inside code spans in tables. */
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block whose fence cannot be closed by the content. */
function codeBlock(text, lang = '') {
    const clean = stripUnsafeCharacters(text);
    const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${clean}${clean.endsWith('\n') ? '' : '\n'}${fence}`;
}


/***/ })

};
