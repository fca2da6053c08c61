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
/* harmony import */ var _packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2507);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2586);
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
        const problem = typeof value === 'string' ? (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pinTagProblem */ .Xq)(value) : undefined;
        if (problem)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${flag}: ${problem}`);
    }
    if (values.check && typeof values.tag !== 'string')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--check needs --tag vX.Y.Z');
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(typeof values.path === 'string' ? values.path : '.');
    const repos = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSelfReferences */ .hY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, '.github/release-actions.yml'));
    if (repos.length === 0) {
        logger.info('No self-references are configured (self-references in .github/release-actions.yml).');
        return 0;
    }
    const refs = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__/* .findSelfReferences */ .uf)(root, repos);
    if (typeof values.set === 'string') {
        const changed = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rewriteSelfReferences */ .lF)(root, repos, values.set);
        process.stdout.write(`${changed.length ? changed.join('\n') : 'nothing to change'}\n`);
        return 0;
    }
    if (values.check && typeof values.tag === 'string') {
        const tags = await new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(root).tags();
        const commitOf = (name) => tags.find(t => t.name === name)?.commit;
        const commit = commitOf(values.tag);
        if (!commit)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`The tag ${values.tag} does not exist in ${root}.`);
        const problems = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pinProblems */ .SM)(refs, commit, commitOf);
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
 * File writes that never leave a half-written file: write a temporary file next to the target,
 * then rename it over the target (atomic on POSIX file systems). Temporary files a killed writer
 * left behind are cleaned on the next write; `withFileLock` serialises read-modify-write cycles
 * of several processes on one file.
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

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony exports GitError, LOG_FIELD */
/* harmony import */ var _process_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1948);
/**
 * A small git client. Every call is an argument array (never a shell), user-supplied refs come
 * after `--end-of-options` (or `--` where git wants paths), and refs are validated by the caller
 * before they get here.
 */

class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
const SEP = '\x1f';
class Git {
    cwd;
    #git;
    #env;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.#git = options.git ?? 'git';
        // Never prompt for credentials or an editor: the runner has no terminal.
        this.#env = {
            ...(options.env ?? process.env),
            GIT_TERMINAL_PROMPT: '0',
            GIT_EDITOR: 'true',
            GCM_INTERACTIVE: 'never',
        };
    }
    async run(args, options = {}) {
        try {
            const { stdout } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...args], {
                env: this.#env,
                ...options,
            });
            return stdout;
        }
        catch (error) {
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExecError */ .cI)
                throw new GitError(error.message);
            throw error;
        }
    }
    /** Exit code of a git command that answers yes/no through its status. */
    async status(args) {
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...args], {
            env: this.#env,
            okCodes: [0, 1, 2, 128],
        });
        return result.code;
    }
    async isRepository() {
        return (await this.status(['rev-parse', '--git-dir'])) === 0;
    }
    /** Is `cwd` a repository, and is it a shallow clone? One `git rev-parse` for both questions. */
    async repository() {
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#git, ['-C', this.cwd, 'rev-parse', '--is-shallow-repository'], {
            env: this.#env,
            okCodes: [0, 1, 2, 128],
        });
        if (result.code !== 0)
            return 'none';
        return result.stdout.trim() === 'true' ? 'shallow' : 'complete';
    }
    /** The root of the work tree (where .github/ is), for a path anywhere inside it. */
    async topLevel() {
        return (await this.run(['rev-parse', '--show-toplevel'])).trim();
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commit a revision names, or undefined if it names none. */
    async resolveCommit(rev) {
        try {
            const out = await this.run([
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${rev}^{commit}`,
            ]);
            return out.trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * Every tag, in one `git for-each-ref` call. With `mergedInto`, only tags whose commit is
     * reachable from that commit (also one call).
     */
    async tags({ mergedInto } = {}) {
        const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)'].join(SEP);
        const args = ['for-each-ref', `--format=${format}`];
        if (mergedInto !== undefined)
            args.push(`--merged=${mergedInto}`);
        args.push('refs/tags/');
        const out = await this.run(args);
        const tags = [];
        for (const line of out.split('\n')) {
            if (line === '')
                continue;
            const [name = '', objectType = '', object = '', peeled = ''] = line.split(SEP);
            // Tags of trees or blobs are not releases; skip them.
            if (objectType === 'commit')
                tags.push({ name, objectType, commit: object });
            else if (objectType === 'tag' && peeled !== '')
                tags.push({ name, objectType, commit: peeled });
        }
        return tags;
    }
    /**
     * The names of every tag whose commit is reachable from `commit`, from one `git log` of its
     * history with tag decorations, which visits only what `commit` reaches: on a branch far behind
     * the newest tags a fraction of what `tags({ mergedInto })` costs, for the same answer. (Not
     * `--simplify-by-decoration`: it drops a tagged root commit whose tree is empty.)
     */
    async reachableTagNames(commit) {
        const names = new Set();
        await this.logRecords(['--decorate-refs=refs/tags/', '--format=%D'], [commit], [], 1, ([decorations = '']) => {
            // `tag: v1.2.3, tag: v1.2.3-rc.1`: ref names contain neither spaces nor commas-and-space.
            for (const item of decorations.split(', '))
                if (item.startsWith('tag: '))
                    names.add(item.slice('tag: '.length));
        });
        return names;
    }
    /**
     * Is `ancestor` reachable from `descendant` (or the same commit)? One `git merge-base
     * --is-ancestor`, which walks only as far as the answer needs: a commit near `descendant` costs
     * a few commits, unlike `tags({ mergedInto })`, which visits the whole history.
     */
    async isAncestor(ancestor, descendant) {
        if (ancestor === descendant)
            return true;
        const args = [
            '-C',
            this.cwd,
            'merge-base',
            '--is-ancestor',
            '--end-of-options',
            ancestor,
            descendant,
        ];
        try {
            const { code } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#git, args, { env: this.#env, okCodes: [0, 1] });
            return code === 0;
        }
        catch (error) {
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExecError */ .cI)
                throw new GitError(error.message);
            throw error;
        }
    }
    /**
     * Full commit messages in `range` (`from..to`, or all of `to` when from is undefined), newest
     * first, in one `git log` call. Merge commits are read through (their parents' commits are
     * listed) but the merge commits themselves are left out. `paths` are git pathspecs: git applies
     * them.
     */
    async commitMessages({ from, to, paths = [], }) {
        const commits = [];
        await this.logRecords(['--no-merges', `--format=%H${SEP}%ct${SEP}%B`], from === undefined ? [to] : [`${from}..${to}`], paths, 3, fields => {
            const [sha = '', time = '0', message = ''] = fields;
            commits.push({ sha, time: Number(time), message: message.replace(/\n+$/, '') });
        });
        return commits;
    }
    /**
     * Stream `git log -z <options> --end-of-options <revisions> -- <paths>`, whose format separates
     * `fieldCount` fields with U+001F; `onRecord` gets each commit's fields as soon as it is complete.
     * Records end with NUL (`-z`), which a commit message cannot contain, and the last field takes
     * the rest of the record, so a message cannot forge fields or records. Constant memory for
     * histories of any length.
     */
    async logRecords(options, revisions, paths, fieldCount, onRecord) {
        let pending = '';
        const emit = (record) => {
            const fields = [];
            let rest = record;
            for (let i = 1; i < fieldCount; i++) {
                const at = rest.indexOf(SEP);
                if (at === -1)
                    break;
                fields.push(rest.slice(0, at));
                rest = rest.slice(at + 1);
            }
            fields.push(rest);
            onRecord(fields);
        };
        const args = [
            '-C',
            this.cwd,
            'log',
            '-z',
            ...options,
            '--end-of-options',
            ...revisions,
            '--',
            ...paths,
        ];
        try {
            await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .execStream */ .U1)(this.#git, args, text => {
                pending += text;
                let start = 0;
                for (let end = pending.indexOf('\0'); end !== -1; end = pending.indexOf('\0', start)) {
                    if (end > start)
                        emit(pending.slice(start, end));
                    start = end + 1;
                }
                pending = pending.slice(start);
            }, { env: this.#env });
            if (pending !== '')
                emit(pending);
        }
        catch (error) {
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExecError */ .cI)
                throw new GitError(error.message);
            throw error;
        }
    }
    /** Tracked files with changes (staged or not); untracked files are ignored. */
    async trackedChanges() {
        const out = await this.run(['status', '--porcelain', '--untracked-files=no']);
        return out.split('\n').filter(line => line !== '');
    }
    async currentBranch() {
        const out = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            okCodes: [0, 1],
        });
        return out.trim() || undefined;
    }
    async config(key) {
        const out = await this.run(['config', '--get', '--end-of-options', key], { okCodes: [0, 1] });
        return out.trim() || undefined;
    }
    /** The upstream of the current branch (`origin/main`), or undefined when there is none. */
    async upstream() {
        const out = await this.run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], { okCodes: [0, 128] });
        const value = out.trim();
        return value === '' || value === '@{upstream}' ? undefined : value;
    }
    async countCommits(range) {
        const out = await this.run(['rev-list', '--count', '--end-of-options', range]);
        return Number(out.trim());
    }
    /** Does `refs/tags/<tag>` exist on the remote? One `git ls-remote` call. */
    async remoteHasTag(remote, tag) {
        const out = await this.run([
            'ls-remote',
            '--tags',
            '--end-of-options',
            remote,
            `refs/tags/${tag}`,
        ]);
        return out.trim() !== '';
    }
    async createAnnotatedTag(tag, commit, message, { sign = false } = {}) {
        await this.run([
            'tag',
            sign ? '--sign' : '--annotate',
            '--message',
            message,
            '--end-of-options',
            tag,
            commit,
        ]);
    }
    async push(remote, refspecs, { atomic = true } = {}) {
        const args = ['push', '--porcelain'];
        if (atomic)
            args.push('--atomic');
        await this.run([...args, '--end-of-options', remote, ...refspecs]);
    }
    /** The raw tag object (header, message and signature) of an annotated tag. */
    async tagObject(tag) {
        return this.run(['cat-file', 'tag', `refs/tags/${tag}`]);
    }
    /**
     * Verify a tag's signature. SSH signatures are checked against `allowedSigners` (an
     * allowed-signers file); GPG ones against the keyring. Returns git's diagnostic output.
     */
    async verifyTag(tag, { allowedSigners } = {}) {
        const config = allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : [];
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...config, 'verify-tag', '--end-of-options', `refs/tags/${tag}`], {
            env: this.#env,
            okCodes: [0, 1, 128],
        });
        return { ok: result.code === 0, output: `${result.stderr}${result.stdout}`.trim() };
    }
}
/** The field separator of the log formats this client asks for (records end with NUL). */
const LOG_FIELD = (/* unused pure expression or super */ null && (SEP));


/***/ }),

/***/ 2507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ pinProblems),
/* harmony export */   Wo: () => (/* binding */ scanSelfReferences),
/* harmony export */   Xq: () => (/* binding */ pinTagProblem),
/* harmony export */   aU: () => (/* binding */ isReferenceFile),
/* harmony export */   hY: () => (/* binding */ loadSelfReferences),
/* harmony export */   lF: () => (/* binding */ rewriteSelfReferences),
/* harmony export */   uf: () => (/* binding */ findSelfReferences)
/* harmony export */ });
/* unused harmony export referenceFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5786);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(936);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6286);
/**
 * Self-references: the `uses: owner/repo/<path>@<ref>` lines with which a repository's reusable
 * workflows call its own actions and workflows. A reusable workflow called at v1.4.0 must run the
 * actions of v1.4.0, not whatever a moving tag points at later; a commit cannot contain its own
 * sha, but it can contain its own tag name. So the release commit rewrites every self-reference to
 * the tag it is about to receive, and the release checks that every self-reference names a tag of
 * the commit being released.
 */






const REPO_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/**
 * Why `tag` cannot be a tag that self-references name (--set) or are checked against (--check),
 * or undefined: the ref-safety rules of every tag position. Checked before anything else is read.
 */
function pinTagProblem(tag) {
    const reason = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafeRefReason */ .cV)(tag);
    return reason === undefined ? undefined : `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(tag)} ${reason}`;
}
/** The `self-references` key of .github/release-actions.yml: owner/repo names, or none. */
function loadSelfReferences(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return [];
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('config', `${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return [];
    const value = doc['self-references'];
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map(item => {
        if (typeof item !== 'string' || !REPO_RE.test(item))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('config', `'self-references' in ${file}: expected owner/repo names, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(String(item))}`);
        return item;
    });
}
/** The workflow and action files that may hold self-references: .github/workflows and every action.yml. */
function referenceFiles(root) {
    const out = [];
    const workflows = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, '.github', 'workflows');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workflows))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(workflows).sort())
            if (/\.ya?ml$/.test(name))
                out.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.github', 'workflows', name));
    const walk = (dir, rel, depth) => {
        if (depth > 4)
            return;
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
            if (name === 'node_modules' || name === '.git' || name === 'dist' || name === '.tools')
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
            const relative = rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rel, name) : name;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory())
                walk(full, relative, depth + 1);
            else if (name === 'action.yml' || name === 'action.yaml')
                out.push(relative);
        }
    };
    walk(root, '', 0);
    return out;
}
function usesPattern(repos) {
    const names = repos.map(r => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // `uses: owner/repo/path@ref`, optionally quoted, optionally followed by a comment.
    return new RegExp(`^(\\s*(?:-\\s+)?uses:\\s*['"]?)((?:${names})(?:/[\\w./-]+)?)@([\\w./-]+)(['"]?)`, 'i');
}
/** Of a list of repository paths (`git ls-tree` output), the ones referenceFiles would pick. */
function isReferenceFile(file) {
    const parts = file.split('/');
    if (parts.some(p => ['node_modules', '.git', 'dist', '.tools'].includes(p)))
        return false;
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
        return true;
    return parts.length <= 5 && /^action\.ya?ml$/.test(parts[parts.length - 1] ?? '');
}
/** The self-references in some files' texts. */
function scanSelfReferences(entries, repos) {
    if (repos.length === 0)
        return [];
    const re = usesPattern(repos);
    const refs = [];
    for (const { file, text } of entries) {
        text.split('\n').forEach((line, i) => {
            const m = re.exec(line);
            if (m)
                refs.push({ file, line: i + 1, target: m[2] ?? '', ref: m[3] ?? '' });
        });
    }
    return refs;
}
/** The self-references in the working tree. */
function findSelfReferences(root, repos, files = referenceFiles(root)) {
    if (repos.length === 0)
        return [];
    return scanSelfReferences(files.map(file => ({ file, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file), 'utf8') })), repos);
}
/** Point every self-reference at `ref`; returns the files that changed (written atomically). */
function rewriteSelfReferences(root, repos, ref, files = referenceFiles(root)) {
    if (repos.length === 0)
        return [];
    if (!/^[\w./-]+$/.test(ref))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('ref', `expected a tag name, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(ref)}`);
    const re = usesPattern(repos);
    const changed = [];
    for (const file of files) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file);
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
        const next = text
            .split('\n')
            .map(line => line.replace(re, (_m, head, target, _old, quote) => `${head}${target}@${ref}${quote}`))
            .join('\n');
        if (next !== text) {
            (0,_files_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(full, next);
            changed.push(file);
        }
    }
    return changed;
}
/**
 * Why the self-references do not run the code of `commit`, or [] when they all do: each must name
 * a tag that points at `commit` (the release's own tag, or the release candidate a stable release
 * was promoted from, on the same commit).
 */
function pinProblems(refs, commit, commitOfTag) {
    const problems = [];
    for (const r of refs) {
        const other = commitOfTag(r.ref);
        if (other !== commit)
            problems.push(`${r.file}:${r.line} uses ${r.target}@${r.ref}, ${other ? `which is ${other.slice(0, 12)}, not ${commit.slice(0, 12)}` : 'which is not a tag here'}`);
    }
    return problems;
}


/***/ })

};
