export const id = 542;
export const ids = [542];
export const modules = {

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _packages_changelog_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(621);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(936);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6286);
/**
 * compute-version's inputs: the only place they are read. Everything is validated here, before
 * any git call; a bad value throws an InputError naming the input and the expected form.
 */






function readInputs(inputs, github) {
    const defaults = _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_COMPUTE_OPTIONS */ .L9;
    const tagPrefix = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readTagPrefix */ .ZJ)(inputs);
    const refValue = inputs.optional('ref') ?? github.ref;
    const ref = refValue === undefined ? undefined : (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRefInput */ .nS)('ref', refValue, tagPrefix);
    const bump = inputs.choice('bump', _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMP_KINDS */ .Zu, ref?.kind === 'tag' ? 'tag' : 'auto');
    if (bump === 'tag' && ref?.kind !== 'tag') {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('ref', `bump: tag describes a tag, so ref must be refs/tags/${tagPrefix}MAJOR.MINOR.PATCH[-PRERELEASE]; got ${refValue === undefined ? 'no ref' : (0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(refValue)}`);
    }
    const prereleaseId = inputs.string('prerelease-id', defaults.prereleaseId);
    if (!/^[A-Za-z][A-Za-z-]{0,31}$/.test(prereleaseId)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('prerelease-id', `expected a word of ASCII letters (such as rc, beta or alpha), got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(prereleaseId)}`);
    }
    const prereleaseFormat = inputs.choice('prerelease-format', ['dotted', 'compact'], defaults.prereleaseFormat);
    const fromTagValue = inputs.optional('from-tag');
    let fromTag;
    if (fromTagValue !== undefined) {
        const v = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .requireReleaseTag */ .f0)('from-tag', fromTagValue, tagPrefix);
        if (!(0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isPrerelease */ .V1)(v)) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('from-tag', `expected a pre-release tag to promote, such as ${(0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .tagName */ .wZ)(tagPrefix, (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .withPrerelease */ .bq)((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .version */ .K1)(1, 3, 0), prereleaseId, 2, prereleaseFormat))}; got the stable tag ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(fromTagValue)}`);
        }
        fromTag = fromTagValue;
    }
    const rcBump = inputs.choice('rc-bump', ['minor', 'patch', 'major'], defaults.rcBump);
    const initialText = inputs.string('initial-version', (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatVersion */ .qh)(defaults.initialVersion));
    const initialVersion = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersion */ .ot)(initialText.startsWith(tagPrefix) && tagPrefix !== ''
        ? initialText.slice(tagPrefix.length)
        : initialText);
    if (!initialVersion || (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isPrerelease */ .V1)(initialVersion) || initialVersion.build.length > 0) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('initial-version', `expected a stable SemVer version such as 0.1.0 or 1.0.0, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(initialText)}`);
    }
    const requireSignedTag = inputs.boolean('require-signed-tag', defaults.requireSignedTag);
    const signersValue = inputs.optional('allowed-signers');
    let allowedSigners;
    if (signersValue !== undefined) {
        allowedSigners = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .existingFile */ ._h)('allowed-signers', signersValue, github.workspace, 'the path of an SSH allowed-signers file', { allowOutside: true });
    }
    const path = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .XI)('path', inputs.string('path', '.'), github);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('path', `expected the directory of a git repository; ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .vp)(path)} does not exist`);
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
        const config = projectConfig(path, github.workspace);
        if (config)
            options.commitRules = (0,_packages_changelog_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChangelogConfig */ .Fj)(config, 'path');
    }
    return options;
}
/**
 * The project's config file, whose changelog section says which commits are housekeeping (the
 * same rules generate-changelog lists by): `.github/release-actions.yml` in path, or in the
 * nearest folder above it inside the workspace (a package of a monorepo uses the repository's).
 */
function projectConfig(dir, workspace) {
    for (let d = dir;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, '.github', 'release-actions.yml');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return file;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d ||
            (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, d) === '' ||
            (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, d).startsWith('..'))
            return undefined;
    }
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
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6286);
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
    process.stdout.write(`${JSON.stringify((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionOutputs */ .NT)(decision), null, 2)}\n`);
    return 0;
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ loadChangelogConfig),
/* harmony export */   t8: () => (/* binding */ KEEP_A_CHANGELOG_HEADINGS)
/* harmony export */ });
/* unused harmony exports CHANGELOG_CONFIG_KEYS, DEFAULT_CHANGELOG_CONFIG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _conventional_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8283);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(936);
/**
 * The changelog part of the project's config file (`.github/release-actions.yml`): which commit
 * types go to which group, in which order, and which commits are housekeeping (release commits,
 * hidden types, dependency updates, skip patterns). The housekeeping keys are the commit rules
 * that compute-version's auto bump reads too. Every key is checked; an unknown one or a bad value
 * is an error that names the key.
 */





const KEEP_A_CHANGELOG_HEADINGS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security',
];
/** The keys of the `changelog:` mapping. */
const CHANGELOG_CONFIG_KEYS = [
    'groups',
    'other',
    'keep-a-changelog',
    'hide',
    'dependencies',
    'release-commits',
    'skip',
];
const DEFAULT_CHANGELOG_CONFIG = {
    groups: [
        { title: 'Features', types: ['feat'] },
        { title: 'Bug Fixes', types: ['fix'] },
        { title: 'Performance', types: ['perf'] },
        { title: 'Refactoring', types: ['refactor'] },
        { title: 'Documentation', types: ['docs'] },
    ],
    otherTitle: 'Other Changes',
    keepAChangelog: {
        feat: 'Added',
        fix: 'Fixed',
        perf: 'Changed',
        refactor: 'Changed',
        revert: 'Changed',
        deprecate: 'Deprecated',
        remove: 'Removed',
        security: 'Security',
    },
    ..._conventional_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_COMMIT_RULES */ .e9,
};
function fail(input, file, problem) {
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${file}: ${problem}`);
}
function checkKeys(input, file, where, value, allowed) {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            fail(input, file, `unknown key '${key}' in ${where}; expected one of ${allowed.join(', ')}`);
    }
}
function stringList(input, file, where, value) {
    if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trimAscii */ .ic)(v) !== '')) {
        fail(input, file, `${where} must be a list of strings`);
    }
    return value.map(v => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trimAscii */ .ic)(v));
}
/** Read the `changelog:` part of the config file; defaults for everything it does not set. */
function loadChangelogConfig(file, input = 'config') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return DEFAULT_CHANGELOG_CONFIG;
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        fail(input, file, `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    if (doc === null || doc === undefined)
        return DEFAULT_CHANGELOG_CONFIG;
    if (typeof doc !== 'object' || Array.isArray(doc))
        fail(input, file, 'expected a mapping at the top level');
    const section = doc.changelog;
    if (section === undefined)
        return DEFAULT_CHANGELOG_CONFIG;
    if (typeof section !== 'object' || section === null || Array.isArray(section)) {
        fail(input, file, "'changelog' must be a mapping");
    }
    const c = section;
    checkKeys(input, file, "'changelog'", c, [...CHANGELOG_CONFIG_KEYS]);
    const config = { ...DEFAULT_CHANGELOG_CONFIG };
    if (c.groups !== undefined) {
        if (!Array.isArray(c.groups))
            fail(input, file, "'changelog.groups' must be a list of {title, types}");
        config.groups = c.groups.map((g, i) => {
            const where = `changelog.groups[${i}]`;
            if (typeof g !== 'object' || g === null || Array.isArray(g))
                fail(input, file, `${where} must be a mapping with title and types`);
            checkKeys(input, file, where, g, ['title', 'types']);
            const { title, types } = g;
            if (typeof title !== 'string' || (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trimAscii */ .ic)(title) === '')
                fail(input, file, `${where}.title must be a non-empty string`);
            return {
                title: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trimAscii */ .ic)(title),
                types: stringList(input, file, `${where}.types`, types).map(t => t.toLowerCase()),
            };
        });
    }
    if (c.other !== undefined) {
        if (c.other === false)
            config.otherTitle = '';
        else if (typeof c.other === 'string')
            config.otherTitle = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trimAscii */ .ic)(c.other);
        else
            fail(input, file, "'changelog.other' must be a title, or false to leave other commits out");
    }
    if (c['keep-a-changelog'] !== undefined) {
        const map = c['keep-a-changelog'];
        if (typeof map !== 'object' || map === null || Array.isArray(map))
            fail(input, file, "'changelog.keep-a-changelog' must map commit types to headings");
        const out = {};
        for (const [type, heading] of Object.entries(map)) {
            if (typeof heading !== 'string' ||
                !KEEP_A_CHANGELOG_HEADINGS.includes(heading)) {
                fail(input, file, `changelog.keep-a-changelog.${type} must be one of ${KEEP_A_CHANGELOG_HEADINGS.join(', ')}`);
            }
            out[type.toLowerCase()] = heading;
        }
        config.keepAChangelog = out;
    }
    if (c.hide !== undefined) {
        config.hide = stringList(input, file, 'changelog.hide', c.hide).map(t => t.toLowerCase());
    }
    if (c['release-commits'] !== undefined) {
        if (typeof c['release-commits'] !== 'boolean')
            fail(input, file, "'changelog.release-commits' must be true (leave release tools' release commits out) or false");
        config.releaseCommits = c['release-commits'];
    }
    if (c.dependencies !== undefined) {
        const d = c.dependencies;
        if (typeof d !== 'object' || d === null || Array.isArray(d))
            fail(input, file, "'changelog.dependencies' must be a mapping with show and release");
        checkKeys(input, file, "'changelog.dependencies'", d, ['show', 'release']);
        const { show, release } = d;
        const dependencies = { ...config.dependencies };
        if (show !== undefined) {
            if (!_conventional_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_DISPLAYS */ .uz.includes(show))
                fail(input, file, `changelog.dependencies.show must be one of ${_conventional_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_DISPLAYS */ .uz.join(', ')}`);
            dependencies.show = show;
        }
        if (release !== undefined) {
            if (!_conventional_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_RELEASES */ .f_.includes(release))
                fail(input, file, `changelog.dependencies.release must be one of ${_conventional_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_RELEASES */ .f_.join(', ')}`);
            dependencies.release = release;
        }
        config.dependencies = dependencies;
    }
    if (c.skip !== undefined) {
        config.skip = stringList(input, file, 'changelog.skip', c.skip).map(s => {
            try {
                return new RegExp(s, 'i');
            }
            catch {
                return fail(input, file, `changelog.skip: ${JSON.stringify(s)} is not a valid regular expression`);
            }
        });
    }
    return config;
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


/***/ })

};
