export const id = 492;
export const ids = [492];
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

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bump: () => (/* binding */ bump),
/* harmony export */   repoUrlFromRemote: () => (/* binding */ repoUrlFromRemote)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5578);
/* harmony import */ var _actions_compute_version_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4832);
/* harmony import */ var _packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7426);
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4137);
/* harmony import */ var _packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2507);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6286);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2586);
/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version and changelog logic as the actions. Every check runs
 * before anything is written; if a later step fails, the commit and tag it made are undone.
 */










const KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'];
/** https://github.com/owner/repo from a remote URL (https or scp-like ssh), if it is one. */
function repoUrlFromRemote(url) {
    if (!url)
        return undefined;
    const scp = /^[\w.-]+@([\w.-]+):([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    const m = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    return m ? `https://${m[1]}/${m[2]}` : undefined;
}
async function checks(git, kind, values, decision, changelogFile) {
    const push = values['no-push'] !== true;
    // promote tags an existing commit, so the state of the working tree does not matter to it.
    if (kind !== 'promote') {
        const changes = await git.trackedChanges();
        if (changes.length > 0) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`The working tree has uncommitted changes; commit or stash them first:\n${changes.slice(0, 20).join('\n')}`);
        }
        if (changelogFile) {
            // A changelog that cannot be written in place (a symlink) is said before anything is made.
            const problem = (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_3__/* .changelogFileProblem */ .IW)(changelogFile, await git.topLevel());
            if (problem)
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(git.cwd, changelogFile)} ${problem}.`);
            const status = await git.run([
                'status',
                '--porcelain',
                '--',
                node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(git.cwd, changelogFile),
            ]);
            if (status.trim() !== '') {
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(git.cwd, changelogFile)} has changes git does not track (${status.trim()}); commit or remove them first.`);
            }
        }
    }
    const branch = await git.currentBranch();
    let remote = typeof values.remote === 'string' ? values.remote : undefined;
    if (push) {
        const upstream = await git.upstream();
        if (kind !== 'promote') {
            if (!branch)
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb('HEAD is detached; check out the branch to release from.');
            if (!upstream) {
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`The branch ${branch} has no upstream; push it first (git push -u origin ${branch}) or use --no-push.`);
            }
            const ahead = await git.countCommits('@{upstream}..HEAD');
            if (ahead > 0) {
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${branch} has ${ahead} commit(s) not pushed to ${upstream}; push them first so the tag points at published history.`);
            }
        }
        remote ??= (branch ? await git.config(`branch.${branch}.remote`) : undefined) ?? 'origin';
    }
    if (decision.exists) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${decision.tag} already exists; there is nothing new to tag.`);
    }
    if (remote && (await git.remoteHasTag(remote, decision.tag))) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${decision.tag} already exists on ${remote} but not here; fetch tags (git fetch --tags ${remote}) and bump again.`);
    }
    return { decision, remote: push ? remote : undefined, branch, push };
}
async function bump({ values, positionals }, logger) {
    const [kind, ...extra] = positionals;
    if (!kind || !KINDS.includes(kind) || extra.length > 0) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`expected one bump kind (${KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`);
    }
    const { 'dry-run': dryRun, 'no-push': _noPush, 'no-changelog': noChangelog, sign, remote: _remote, changelog: changelogFlag, style: styleFlag, 'repo-url': repoUrlFlag, ...inputFlags } = values;
    if (styleFlag !== undefined && styleFlag !== 'grouped' && styleFlag !== 'keep-a-changelog') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--style: expected grouped or keep-a-changelog, got ${String(styleFlag)}`);
    }
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .localContext */ .NV)();
    const options = (0,_actions_compute_version_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_6__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .flagSource */ .qz)({ ...inputFlags, bump: kind })), github);
    const git = new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(options.path);
    const decision = await (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_8__/* .computeVersion */ .E2)(git, options);
    const writesChangelog = noChangelog !== true && kind !== 'rc' && kind !== 'promote';
    const changelogFile = writesChangelog
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.path, typeof changelogFlag === 'string' ? changelogFlag : 'CHANGELOG.md')
        : undefined;
    const plan = await checks(git, kind, values, decision, changelogFile);
    // The repository's configuration and workflows are at its root, also for a package's --path.
    const root = await git.topLevel();
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, '.github/release-actions.yml');
    const selfRepos = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSelfReferences */ .hY)(configFile);
    const selfRefs = kind === 'promote' ? [] : (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .findSelfReferences */ .uf)(root, selfRepos);
    if (kind === 'promote' && selfRepos.length > 0) {
        // The candidate's commit is what gets the stable tag: read its files, not the working tree's.
        const files = (await git.run(['ls-tree', '-r', '--name-only', '--full-tree', decision.sha]))
            .split('\n')
            .filter(_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isReferenceFile */ .aU);
        const entries = await Promise.all(files.map(async (file) => ({ file, text: await git.run(['show', `${decision.sha}:${file}`]) })));
        const tags = await git.tags();
        const problems = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pinProblems */ .SM)((0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .scanSelfReferences */ .Wo)(entries, selfRepos), decision.sha, name => tags.find(t => t.name === name)?.commit);
        if (problems.length > 0)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit (self-references), but ${problems.join('; ')}. Release a new candidate (bump rc) instead.`);
    }
    const pinsToWrite = selfRefs.some(r => r.ref !== decision.tag) ? selfRefs : [];
    for (const reason of decision.reasons)
        logger.info(reason);
    for (const warning of decision.warnings ?? [])
        logger.warning(warning);
    const style = styleFlag === 'grouped' || styleFlag === 'keep-a-changelog'
        ? styleFlag
        : (0,_actions_generate_changelog_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .detectStyle */ .bg)(changelogFile);
    const repoUrl = typeof repoUrlFlag === 'string'
        ? repoUrlFlag
        : repoUrlFromRemote(plan.remote
            ? await git.run(['remote', 'get-url', '--', plan.remote]).then(s => s.trim(), () => undefined)
            : undefined);
    const message = `Release ${decision.tag}`;
    const commitMessage = `chore(release): ${decision.tag}`;
    const pinFiles = [...new Set(pinsToWrite.map(r => r.file))];
    const changes = [
        ...(changelogFile
            ? [`write the ${decision.tag} section into ${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(options.path, changelogFile)}`]
            : []),
        ...(pinFiles.length > 0
            ? [`point ${pinsToWrite.length} self-references in ${pinFiles.join(', ')} at ${decision.tag}`]
            : []),
    ];
    const steps = [
        ...(changes.length > 0 ? [`${changes.join(' and ')} and commit it as "${commitMessage}"`] : []),
        `create annotated tag ${decision.tag} with message "${message}"${sign ? ' (signed)' : ''}`,
        plan.push
            ? `push ${changelogFile ? `${plan.branch} and ` : ''}refs/tags/${decision.tag} to ${plan.remote}`
            : 'not push (--no-push)',
    ];
    if (dryRun) {
        logger.info(`Dry run: would ${steps.join(', then ')}.`);
        process.stdout.write(`${decision.tag}\n`);
        return 0;
    }
    const originalHead = await git.resolveCommit('HEAD');
    let tagSha = decision.sha;
    let committed = false;
    let tagged = false;
    const toCommit = [];
    const undo = async () => {
        if (tagged)
            await git.run(['tag', '--delete', '--end-of-options', decision.tag]).catch(() => undefined);
        if (committed && originalHead)
            await git.run(['reset', '--quiet', '--hard', originalHead]).catch(() => undefined);
        else if (toCommit.length > 0)
            await git.run(['checkout', '--quiet', '--', ...toCommit]).catch(() => undefined);
    };
    try {
        if (changelogFile) {
            const version = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersion */ .ot)(decision.version);
            const result = await (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_3__/* .generateChangelog */ .Ki)(git, {
                version,
                tagPrefix: options.tagPrefix,
                style,
                file: changelogFile,
                date: new Date().toISOString().slice(0, 10),
                ...(repoUrl ? { repoUrl } : {}),
                // A package of a monorepo (--path packages/api) lists its own commits only.
                paths: (await (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_8__/* .packageFolder */ .n4)(git)) === '' ? [] : ['.'],
                config: (0,_packages_changelog_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadChangelogConfig */ .Fj)(configFile),
                images: [],
            });
            if (result.changed)
                toCommit.push(node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(options.path, changelogFile));
            else
                logger.info(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(options.path, changelogFile)} already has the ${decision.tag} section.`);
        }
        if (pinsToWrite.length > 0) {
            const written = (0,_packages_pins_index_js__WEBPACK_IMPORTED_MODULE_5__/* .rewriteSelfReferences */ .lF)(root, selfRepos, decision.tag, pinFiles);
            toCommit.push(...written.map(f => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(options.path, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, f))));
            logger.info(`Pointed the self-references in ${written.join(', ')} at ${decision.tag}.`);
        }
        if (toCommit.length > 0) {
            await git.run(['add', '--', ...toCommit]);
            await git.run([
                'commit',
                '--quiet',
                '--no-verify',
                '--message',
                commitMessage,
                '--',
                ...toCommit,
            ]);
            committed = true;
            tagSha = (await git.resolveCommit('HEAD')) ?? tagSha;
            logger.info(`Committed ${toCommit.join(', ')} as "${commitMessage}" (${tagSha.slice(0, 12)}).`);
        }
        await git.createAnnotatedTag(decision.tag, tagSha, message, { sign: sign === true });
        tagged = true;
        logger.info(`Created ${decision.tag} on ${tagSha.slice(0, 12)}.`);
        if (plan.push && plan.remote) {
            const refspecs = committed && plan.branch
                ? [`HEAD:refs/heads/${plan.branch}`, `refs/tags/${decision.tag}`]
                : [`refs/tags/${decision.tag}`];
            await git.push(plan.remote, refspecs);
            logger.info(`Pushed ${refspecs.join(' and ')} to ${plan.remote}.`);
        }
    }
    catch (error) {
        // Nothing was published: undo the local commit and tag so a retry starts from the same state.
        await undo();
        const made = [
            ...(tagged ? ['the local tag'] : []),
            ...(committed ? [`the ${pinFiles.length > 0 ? 'release' : 'changelog'} commit`] : []),
        ];
        const undone = made.length > 0
            ? `${made.join(' and ')} ${made.length > 1 ? 'were' : 'was'} removed again`
            : toCommit.length > 0
                ? `${toCommit.join(', ')} ${toCommit.length > 1 ? 'were' : 'was'} restored; no commit or tag was made`
                : 'no commit or tag was made';
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PreconditionError */ .Rb(`${plan.push ? `Releasing ${decision.tag} to ${plan.remote} failed` : `Releasing ${decision.tag} failed`}; ${undone}. ${error instanceof Error ? error.message : String(error)}`);
    }
    process.stdout.write(`${decision.tag}\n`);
    return 0;
}


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
