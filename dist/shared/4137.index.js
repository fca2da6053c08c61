export const id = 4137;
export const ids = [4137];
export const modules = {

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   _E: () => (/* binding */ repoUrlFromRemote)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/* harmony import */ var _process_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1948);
/**
 * packages/git: the one git client. Every git process of the production code is started here, by
 * a named method (no raw `git <args>` escape hatch for callers): each is an argument array (never
 * a shell), user-supplied refs come after `--end-of-options` (or `--` where git wants paths), and
 * refs are validated by the caller before they get here.
 */


class GitError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationalError */ .LE {
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
    async #run(args, options = {}) {
        try {
            const { stdout } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...args], {
                env: this.#env,
                ...options,
            });
            return stdout;
        }
        catch (error) {
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI)
                throw new GitError(error.message);
            throw error;
        }
    }
    /** Exit code of a git command that answers yes/no through its status. */
    async #status(args) {
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...args], {
            env: this.#env,
            okCodes: [0, 1, 2, 128],
        });
        return result.code;
    }
    async isRepository() {
        return (await this.#status(['rev-parse', '--git-dir'])) === 0;
    }
    /** Is `cwd` a repository, and is it a shallow clone? One `git rev-parse` for both questions. */
    async repository() {
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.#git, ['-C', this.cwd, 'rev-parse', '--is-shallow-repository'], {
            env: this.#env,
            okCodes: [0, 1, 2, 128],
        });
        if (result.code !== 0)
            return 'none';
        return result.stdout.trim() === 'true' ? 'shallow' : 'complete';
    }
    /** The root of the work tree (where .github/ is), for a path anywhere inside it. */
    async topLevel() {
        return (await this.#run(['rev-parse', '--show-toplevel'])).trim();
    }
    /**
     * The folder of `cwd` below the top of the work tree, with a trailing `/` (`packages/api/`), or
     * '' at the top.
     */
    async prefix() {
        return (await this.#run(['rev-parse', '--show-prefix'])).trim();
    }
    /**
     * Every file below `cwd` as a `cwd`-relative path with `/`: tracked and untracked, .gitignore
     * honoured (`git ls-files`). Fails outside a repository.
     */
    async listFiles() {
        const out = await this.#run([
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
            '--deduplicate',
        ]);
        return out.split('\0').filter(Boolean);
    }
    /** The path of every file in the tree of `commit`, from the top of the repository. */
    async lsTree(commit) {
        const out = await this.#run([
            'ls-tree',
            '-r',
            '-z',
            '--name-only',
            '--full-tree',
            '--end-of-options',
            commit,
        ]);
        return out.split('\0').filter(Boolean);
    }
    /** The content of `file` (from the top of the repository) at `commit`. */
    async show(commit, file) {
        return this.#run(['show', '--end-of-options', `${commit}:${file}`]);
    }
    /** The committer time of `rev` in seconds since 1970 (`git log -1 --format=%ct`). */
    async commitTime(rev) {
        const out = await this.#run(['log', '-1', '--format=%ct', '--end-of-options', rev, '--']);
        const time = Number(out.trim());
        if (out.trim() === '' || !Number.isInteger(time))
            throw new GitError(`git log gave no commit time for ${rev}.`);
        return time;
    }
    /**
     * The files (from the top of the repository) that differ between the trees of `from` and `to`,
     * limited to `paths` (pathspecs, relative to cwd): `git diff --name-only -z from to -- paths`.
     */
    async changedFiles(from, to, paths = []) {
        const out = await this.#run([
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--end-of-options',
            from,
            to,
            '--',
            ...paths,
        ]);
        return out.split('\0').filter(Boolean);
    }
    async isShallow() {
        return (await this.#run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commit a revision names, or undefined if it names none. */
    async resolveCommit(rev) {
        try {
            const out = await this.#run([
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
        const out = await this.#run(args);
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
            const { code } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.#git, args, { env: this.#env, okCodes: [0, 1] });
            return code === 0;
        }
        catch (error) {
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI)
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
            await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .execStream */ .U1)(this.#git, args, text => {
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
            if (error instanceof _process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI)
                throw new GitError(error.message);
            throw error;
        }
    }
    /** Tracked files with changes (staged or not); untracked files are ignored. */
    async trackedChanges() {
        return this.changes({ untracked: 'no' });
    }
    /**
     * `git status --porcelain=v1` lines (`XY path`) of what differs from HEAD, limited to `paths`
     * (pathspecs) when given. `untracked`: `no` leaves untracked files out, `normal` names untracked
     * directories, `all` every untracked file; not given, git's default (status.showUntrackedFiles).
     */
    async changes({ untracked, paths = [], } = {}) {
        const out = await this.#run([
            'status',
            '--porcelain=v1',
            ...(untracked === undefined ? [] : [`--untracked-files=${untracked}`]),
            ...(paths.length > 0 ? ['--', ...paths] : []),
        ]);
        return out.split('\n').filter(line => line !== '');
    }
    /** Stage `paths` (`git add`). */
    async add(paths) {
        await this.#run(['add', '--', ...paths]);
    }
    /**
     * Commit `paths` with `message` (`git commit -- <paths>`), without the repository's commit hooks
     * when `verify` is false.
     */
    async commit(message, paths, { verify = true } = {}) {
        await this.#run([
            'commit',
            '--quiet',
            ...(verify ? [] : ['--no-verify']),
            '--message',
            message,
            '--',
            ...paths,
        ]);
    }
    /** Put `paths` back as the index has them, dropping their changes (`git checkout -- <paths>`). */
    async checkoutFiles(paths) {
        await this.#run(['checkout', '--quiet', '--', ...paths]);
    }
    /** Move the current branch, the index and the work tree to `commit` (`git reset --hard`). */
    async resetHard(commit) {
        // reset takes no --end-of-options; the trailing `--` makes `commit` a revision, never a path.
        if (commit.startsWith('-'))
            throw new GitError(`not a commit: ${commit}`);
        await this.#run(['reset', '--quiet', '--hard', commit, '--']);
    }
    async currentBranch() {
        const out = await this.#run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            okCodes: [0, 1],
        });
        return out.trim() || undefined;
    }
    /** The URL of `remote` (`git remote get-url`), or undefined when there is no such remote. */
    async remoteUrl(remote) {
        try {
            return (await this.#run(['remote', 'get-url', '--', remote])).trim();
        }
        catch {
            return undefined;
        }
    }
    async config(key) {
        const out = await this.#run(['config', '--get', '--end-of-options', key], { okCodes: [0, 1] });
        return out.trim() || undefined;
    }
    /** The upstream of the current branch (`origin/main`), or undefined when there is none. */
    async upstream() {
        const out = await this.#run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], { okCodes: [0, 128] });
        const value = out.trim();
        return value === '' || value === '@{upstream}' ? undefined : value;
    }
    async countCommits(range) {
        const out = await this.#run(['rev-list', '--count', '--end-of-options', range]);
        return Number(out.trim());
    }
    /** Does `refs/tags/<tag>` exist on the remote? One `git ls-remote` call. */
    async remoteHasTag(remote, tag) {
        const out = await this.#run([
            'ls-remote',
            '--tags',
            '--end-of-options',
            remote,
            `refs/tags/${tag}`,
        ]);
        return out.trim() !== '';
    }
    async createAnnotatedTag(tag, commit, message, { sign = false } = {}) {
        await this.#run([
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
        await this.#run([...args, '--end-of-options', remote, ...refspecs]);
    }
    async deleteTag(tag) {
        await this.#run(['tag', '--delete', '--end-of-options', tag]);
    }
    /**
     * When each tag was made, in seconds since the epoch: the tagger date of an annotated tag, the
     * commit date of a lightweight one. One `git for-each-ref` call.
     */
    async tagTimes() {
        const out = await this.#run([
            'for-each-ref',
            `--format=%(refname:strip=2)${SEP}%(creatordate:unix)`,
            'refs/tags/',
        ]);
        const times = new Map();
        for (const line of out.split('\n')) {
            const [name, time] = line.split(SEP);
            if (name && time)
                times.set(name, Number(time));
        }
        return times;
    }
    /** When `tag` was made (as tagTimes says), or undefined when there is no such tag. */
    async tagTime(tag) {
        const out = await this.#run([
            'for-each-ref',
            '--format=%(creatordate:unix)',
            `refs/tags/${tag}`,
        ]);
        const time = Number(out.split('\n')[0]);
        return out.trim() !== '' && Number.isFinite(time) ? time : undefined;
    }
    /** The raw tag object (header, message and signature) of an annotated tag. */
    async tagObject(tag) {
        return this.#run(['cat-file', 'tag', `refs/tags/${tag}`]);
    }
    /**
     * Verify a tag's signature. SSH signatures are checked against `allowedSigners` (an
     * allowed-signers file); GPG ones against the keyring. Returns git's diagnostic output.
     */
    async verifyTag(tag, { allowedSigners } = {}) {
        const config = allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : [];
        const result = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.#git, ['-C', this.cwd, ...config, 'verify-tag', '--end-of-options', `refs/tags/${tag}`], {
            env: this.#env,
            okCodes: [0, 1, 128],
        });
        return { ok: result.code === 0, output: `${result.stderr}${result.stdout}`.trim() };
    }
}
/**
 * The web address (https://host/owner/repo) of a remote URL, https or scp-like ssh
 * (`git@github.com:owner/repo.git`), if it is one of a repository.
 */
function repoUrlFromRemote(url) {
    if (!url)
        return undefined;
    const scp = /^[\w.-]+@([\w.-]+):([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    const m = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    return m ? `https://${m[1]}/${m[2]}` : undefined;
}


/***/ }),

/***/ 1948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   U1: () => (/* binding */ execStream),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
/**
 * packages/process: the one place that starts processes (eslint.config.js allows child_process
 * here only). `runProcess` is the single spawn: an argument array, never a shell (a gate that
 * wants bash names it), with a timeout, a cap on collected output, a bounded tail, a streaming
 * callback and, as an option, a process group that is killed as a whole. `exec` (collect the
 * output, fail on a bad exit code) and `execStream` (hand stdout on as text) are its two common
 * uses.
 */


class ExecError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE {
    command;
    code;
    stderr;
    constructor(command, code, stderr, reason) {
        const detail = stderr.trim().split('\n').slice(-5).join('\n');
        super(`${command} ${reason ?? `exited with code ${code}`}${detail ? `:\n${detail}` : ''}`);
        this.name = 'ExecError';
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function describeCommand(file, args) {
    const shown = args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)));
    return [file, ...shown].join(' ');
}
/** Keeps the last `limit` bytes written to it. */
class Tail {
    #limit;
    #chunks = [];
    #size = 0;
    constructor(limit) {
        this.#limit = limit;
    }
    push(chunk) {
        if (this.#limit <= 0)
            return;
        this.#chunks.push(chunk);
        this.#size += chunk.length;
        while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.#limit && this.#chunks.length > 1) {
            this.#size -= this.#chunks.shift()?.length ?? 0;
        }
    }
    text() {
        const all = Buffer.concat(this.#chunks);
        return all.subarray(Math.max(0, all.length - this.#limit)).toString('utf8');
    }
}
/**
 * Run `file` with `args` (no shell) and resolve with how it ended, whatever its exit code. It
 * rejects (ExecError) only when the process cannot be started.
 */
function runProcess(file, args, options = {}) {
    const { cwd, env, input, timeoutMs, killGraceMs = 0, processGroup = false, onOutput, maxStdout, stderrBytes = 64 * 1024, tailBytes = 0, } = options;
    const command = options.name ?? describeCommand(file, args);
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd,
            env,
            shell: false,
            // detached: the process and everything it starts form one group, signalled together.
            detached: processGroup,
            stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const kill = (signal) => {
            try {
                if (processGroup) {
                    if (child.pid)
                        process.kill(-child.pid, signal);
                }
                else
                    child.kill(signal);
            }
            catch {
                // already gone
            }
        };
        const out = [];
        let outLen = 0;
        const err = [];
        let errLen = 0;
        const tail = new Tail(tailBytes);
        let bytes = 0;
        let stopped;
        let timedOut = false;
        const stop = (reason) => {
            if (stopped !== undefined)
                return;
            stopped = reason;
            kill('SIGKILL');
        };
        let grace;
        const timer = timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stopped ??= `timed out after ${timeoutMs} ms`;
                if (killGraceMs > 0) {
                    kill('SIGTERM');
                    grace = setTimeout(() => kill('SIGKILL'), killGraceMs);
                }
                else
                    kill('SIGKILL');
            }, timeoutMs);
        const clearTimers = () => {
            if (timer)
                clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
        };
        const take = (stream) => (chunk) => {
            bytes += chunk.length;
            tail.push(chunk);
            if (stream === 'stdout' && maxStdout !== undefined && stopped === undefined) {
                outLen += chunk.length;
                if (outLen > maxStdout)
                    stop(`wrote more than ${maxStdout} bytes to stdout`);
                else
                    out.push(chunk);
            }
            if (stream === 'stderr' && errLen < stderrBytes) {
                const part = chunk.subarray(0, stderrBytes - errLen);
                err.push(part);
                errLen += part.length;
            }
            if (onOutput && stopped === undefined) {
                try {
                    onOutput(chunk, stream);
                }
                catch (error) {
                    stop(error instanceof Error ? error.message : String(error));
                }
            }
        };
        child.stdout?.on('data', take('stdout'));
        child.stderr?.on('data', take('stderr'));
        child.on('error', error => {
            clearTimers();
            reject(new ExecError(command, null, '', `could not start: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimers();
            // Whatever the process left running in its group goes too.
            if (processGroup)
                kill('SIGKILL');
            resolve({
                code,
                signal,
                stopped,
                timedOut,
                durationMs: Math.round(performance.now() - started),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                tail: tail.text(),
                bytes,
            });
        });
        if (input !== undefined && child.stdin) {
            child.stdin.on('error', () => { });
            child.stdin.end(input);
        }
    });
}
/** The outcome as a result, or the ExecError that says why it is not one. */
function settle(command, r, okCodes) {
    if (r.stopped !== undefined)
        throw new ExecError(command, r.code, r.stderr, r.stopped);
    if (r.code === null || !okCodes.includes(r.code))
        throw new ExecError(command, r.code, r.stderr);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}
async function exec(file, args, options = {}) {
    const { maxBuffer = 256 * 1024 * 1024, okCodes = [0], ...rest } = options;
    const command = describeCommand(file, args);
    const outcome = await runProcess(file, args, {
        ...rest,
        maxStdout: maxBuffer,
        stderrBytes: maxBuffer,
        name: command,
    });
    return settle(command, outcome, okCodes);
}
/**
 * Run a program and hand its stdout to `onText` piece by piece, decoded as UTF-8, so output of any
 * size is processed in constant memory. Resolves when the program exits successfully.
 */
async function execStream(file, args, onText, options = {}) {
    const { okCodes = [0], ...rest } = options;
    const command = describeCommand(file, args);
    const decoder = new TextDecoder('utf-8');
    const outcome = await runProcess(file, args, {
        ...rest,
        name: command,
        onOutput: (chunk, stream) => {
            if (stream === 'stdout')
                onText(decoder.decode(chunk, { stream: true }));
        },
    });
    if (outcome.stopped === undefined) {
        try {
            const rest = decoder.decode();
            if (rest)
                onText(rest);
        }
        catch (error) {
            outcome.stopped = error instanceof Error ? error.message : String(error);
        }
    }
    settle(command, outcome, okCodes);
}


/***/ })

};
