export const id = 9084;
export const ids = [9084];
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

/***/ 9084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bump: () => (/* binding */ bump)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/compute-version/inputs.ts
var inputs = __webpack_require__(4832);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: ./packages/pins/index.ts
var pins = __webpack_require__(2507);
;// CONCATENATED MODULE: ./packages/bump/plan.ts
/**
 * The plan of a bump, as a pure function of what was asked (BumpRequest) and what the repository
 * looks like (BumpState, read by state.ts): every refusal, in the order a maintainer fixes them,
 * and what will be written, committed, tagged and pushed, which is also the `--dry-run` text.
 */




const BUMP_KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'];
/** The refusals, in the order they are said: the first one found is thrown. */
function check(request, state) {
    const { decision } = state;
    // promote tags an existing commit, so the state of the working tree does not matter to it.
    if (request.kind !== 'promote') {
        if (state.changes.length > 0)
            throw new errors/* PreconditionError */.Rb(`The working tree has uncommitted changes; commit or stash them first:\n${state.changes.slice(0, 20).join('\n')}`);
        if (request.changelogFile && state.changelog) {
            const shown = external_node_path_default().relative(state.cwd, request.changelogFile);
            // A changelog that cannot be written in place (a symlink) is said before anything is made.
            if (state.changelog.problem)
                throw new errors/* PreconditionError */.Rb(`${shown} ${state.changelog.problem}.`);
            const status = state.changelog.status.join('\n').trim();
            if (status !== '')
                throw new errors/* PreconditionError */.Rb(`${shown} has changes git does not track (${status}); commit or remove them first.`);
        }
    }
    if (request.push && request.kind !== 'promote') {
        const { branch, upstream } = state;
        if (!branch)
            throw new errors/* PreconditionError */.Rb('HEAD is detached; check out the branch to release from.');
        if (!upstream)
            throw new errors/* PreconditionError */.Rb(`The branch ${branch} has no upstream; push it first (git push -u origin ${branch}) or use --no-push.`);
        if (state.ahead !== undefined && state.ahead > 0)
            throw new errors/* PreconditionError */.Rb(`${branch} has ${state.ahead} commit(s) not pushed to ${upstream}; push them first so the tag points at published history.`);
    }
    if (decision.exists)
        throw new errors/* PreconditionError */.Rb(`${decision.tag} already exists; there is nothing new to tag.`);
    if (state.remoteTag && 'error' in state.remoteTag)
        throw state.remoteTag.error;
    if (state.remoteTag?.exists)
        throw new errors/* PreconditionError */.Rb(`${decision.tag} already exists on ${state.remote} but not here; fetch tags (git fetch --tags ${state.remote}) and bump again.`);
    if (state.candidate) {
        const { tagCommits } = state.candidate;
        const problems = (0,pins/* pinProblems */.SM)(state.candidate.refs, decision.sha, name => tagCommits.get(name));
        if (problems.length > 0)
            throw new errors/* PreconditionError */.Rb(`Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit (self-references), but ${problems.join('; ')}. Release a new candidate (bump rc) instead.`);
    }
}
/** The plan of `request` on a repository in `state`, or the PreconditionError that refuses it. */
function bumpPlan(request, state) {
    check(request, state);
    const { decision, cwd } = state;
    const tag = decision.tag;
    const pinsToWrite = state.selfRefs.some(r => r.ref !== tag) ? state.selfRefs : [];
    const pinFiles = [...new Set(pinsToWrite.map(r => r.file))];
    const push = request.push && state.remote ? { remote: state.remote, branch: state.branch } : undefined;
    const changelog = request.changelogFile
        ? {
            file: request.changelogFile,
            shown: external_node_path_default().relative(cwd, request.changelogFile),
            style: request.style ?? state.changelog?.style ?? 'grouped',
            tagPrefix: request.compute.tagPrefix,
            date: request.date,
            repoUrl: request.repoUrl ?? (0,packages_git/* repoUrlFromRemote */._E)(push ? state.remoteUrl : undefined),
            paths: state.packageFolder === '' ? [] : ['.'],
            config: state.config.changelog,
        }
        : undefined;
    const commitMessage = `chore(release): ${tag}`;
    const tagMessage = `Release ${tag}`;
    const changes = [
        ...(changelog ? [`write the ${tag} section into ${changelog.shown}`] : []),
        ...(pinFiles.length > 0
            ? [`point ${pinsToWrite.length} self-references in ${pinFiles.join(', ')} at ${tag}`]
            : []),
    ];
    const steps = [
        ...(changes.length > 0 ? [`${changes.join(' and ')} and commit it as "${commitMessage}"`] : []),
        `create annotated tag ${tag} with message "${tagMessage}"${request.sign ? ' (signed)' : ''}`,
        push
            ? `push ${changelog ? `${push.branch} and ` : ''}refs/tags/${tag} to ${push.remote}`
            : 'not push (--no-push)',
    ];
    return {
        decision,
        tag,
        sha: decision.sha,
        cwd,
        changelog,
        pins: pinFiles.length > 0
            ? {
                root: state.root,
                repos: state.config.selfReferences,
                files: pinFiles,
                count: pinsToWrite.length,
            }
            : undefined,
        commitMessage,
        tagMessage,
        sign: request.sign,
        push,
        steps,
    };
}
/** The plan in one line, as `--dry-run` prints it. */
function dryRunText(plan) {
    return `Dry run: would ${plan.steps.join(', then ')}.`;
}

// EXTERNAL MODULE: ./packages/changelog/index.ts + 7 modules
var packages_changelog = __webpack_require__(1418);
// EXTERNAL MODULE: ./packages/config/index.ts + 2 modules
var packages_config = __webpack_require__(3628);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/bump/state.ts
/**
 * Reading what a bump depends on, without writing anything: the version decision, the working
 * tree, the branch and its upstream, the remote, the configuration and the self-references.
 * bumpPlan (plan.ts) decides from the result alone.
 */





async function readBumpState(git, request) {
    const { kind, push, changelogFile } = request;
    const decision = await (0,versioning/* computeVersion */.E2)(git, { ...request.compute, bump: kind });
    // The repository's configuration and workflows are at its root, also for a package's --path.
    const root = await git.topLevel();
    const loaded = (0,packages_config/* loadConfig */.Z9)(external_node_path_default().join(root, packages_config/* CONFIG_FILE */.g2));
    const { selfReferences } = loaded;
    const config = {
        selfReferences,
        changelog: changelogFile ? loaded.changelog : packages_changelog/* DEFAULT_CHANGELOG_CONFIG */.GR,
    };
    const promote = kind === 'promote';
    const changes = promote ? [] : await git.trackedChanges();
    let changelog;
    if (changelogFile && !promote) {
        const problem = (0,packages_changelog/* changelogFileProblem */.IW)(changelogFile, root);
        changelog = {
            problem,
            status: await git.changes({ paths: [external_node_path_default().relative(git.cwd, changelogFile)] }),
            // Not read through a link: the plan refuses the file, and nothing of it is read.
            style: problem === undefined ? (0,packages_changelog/* detectStyle */.uD)(changelogFile) : 'grouped',
        };
    }
    const branch = await git.currentBranch();
    const upstream = push ? await git.upstream() : undefined;
    const ahead = push && !promote && branch && upstream ? await git.countCommits('@{upstream}..HEAD') : undefined;
    const remote = request.remote ??
        (push
            ? ((branch ? await git.config(`branch.${branch}.remote`) : undefined) ?? 'origin')
            : undefined);
    // Asked last and kept as a value: a remote that cannot be reached is said after the local
    // refusals, as the plan orders them.
    const remoteTag = remote === undefined
        ? undefined
        : await git.remoteHasTag(remote, decision.tag).then(exists => ({ exists }), (error) => ({ error }));
    const remoteUrl = push && remote !== undefined && request.repoUrl === undefined
        ? await git.remoteUrl(remote)
        : undefined;
    let candidate;
    if (promote && selfReferences.length > 0) {
        // The candidate's commit is what gets the stable tag: read its files, not the working tree's.
        const files = (await git.lsTree(decision.sha)).filter(pins/* isReferenceFile */.aU);
        const entries = await Promise.all(files.map(async (file) => ({ file, text: await git.show(decision.sha, file) })));
        const tags = await git.tags();
        candidate = {
            refs: (0,pins/* scanSelfReferences */.Wo)(entries, selfReferences),
            tagCommits: new Map(tags.map(t => [t.name, t.commit])),
        };
    }
    return {
        decision,
        cwd: git.cwd,
        root,
        changes,
        changelog,
        branch,
        upstream,
        ahead,
        remote,
        remoteTag,
        remoteUrl,
        config,
        selfRefs: promote ? [] : (0,pins/* findSelfReferences */.uf)(root, selfReferences),
        candidate,
        packageFolder: changelogFile ? await (0,versioning/* packageFolder */.n4)(git) : '',
    };
}

;// CONCATENATED MODULE: ./packages/bump/apply.ts
/**
 * Carrying out a bump plan step by step: write the changelog section and the self-references,
 * commit them, tag, push. Nothing is published until the push, so when a step fails, what the
 * earlier steps made is undone (the tag deleted, the commit reset, written files restored) and a
 * retry starts from the same state.
 */





/** The refspecs a push sends: the branch too when a release commit was made. */
function pushRefspecs(plan, committed) {
    const tag = `refs/tags/${plan.tag}`;
    return committed && plan.push?.branch ? [`HEAD:refs/heads/${plan.push.branch}`, tag] : [tag];
}
/** The one line that says a step failed, what was undone, and why it failed. */
function failureMessage(plan, made, error) {
    const taken = [
        ...(made.tagged ? ['the local tag'] : []),
        ...(made.committed ? [`the ${plan.pins ? 'release' : 'changelog'} commit`] : []),
    ];
    const { written } = made;
    const undone = taken.length > 0
        ? `${taken.join(' and ')} ${taken.length > 1 ? 'were' : 'was'} removed again`
        : written.length > 0
            ? `${written.join(', ')} ${written.length > 1 ? 'were' : 'was'} restored; no commit or tag was made`
            : 'no commit or tag was made';
    const what = plan.push
        ? `Releasing ${plan.tag} to ${plan.push.remote} failed`
        : `Releasing ${plan.tag} failed`;
    return `${what}; ${undone}. ${(0,errors/* errorMessage */.gJ)(error)}`;
}
async function undo(git, plan, made, head) {
    const quietly = () => undefined;
    if (made.tagged)
        await git.deleteTag(plan.tag).catch(quietly);
    if (made.committed && head)
        await git.resetHard(head).catch(quietly);
    else if (made.written.length > 0)
        await git.checkoutFiles(made.written).catch(quietly);
}
/** Carry out `plan`; on failure, undo what was made and throw a PreconditionError saying so. */
async function applyBump(git, plan, logger) {
    const { tag } = plan;
    const head = await git.resolveCommit('HEAD');
    const made = { written: [], committed: false, tagged: false };
    try {
        if (plan.changelog) {
            const c = plan.changelog;
            const result = await (0,packages_changelog/* generateChangelog */.Ki)(git, {
                version: (0,versioning/* parseVersion */.ot)(plan.decision.version),
                tagPrefix: c.tagPrefix,
                style: c.style,
                file: c.file,
                date: c.date,
                ...(c.repoUrl ? { repoUrl: c.repoUrl } : {}),
                paths: c.paths,
                config: c.config,
                images: [],
            });
            if (result.changed)
                made.written.push(c.shown);
            else
                logger.info(`${c.shown} already has the ${tag} section.`);
        }
        if (plan.pins) {
            const { root, repos, files } = plan.pins;
            const written = (0,pins/* rewriteSelfReferences */.lF)(root, repos, tag, files);
            made.written.push(...written.map(f => external_node_path_default().relative(plan.cwd, external_node_path_default().join(root, f))));
            logger.info(`Pointed the self-references in ${written.join(', ')} at ${tag}.`);
        }
        let tagSha = plan.sha;
        if (made.written.length > 0) {
            await git.add(made.written);
            await git.commit(plan.commitMessage, made.written, { verify: false });
            made.committed = true;
            tagSha = (await git.resolveCommit('HEAD')) ?? tagSha;
            logger.info(`Committed ${made.written.join(', ')} as "${plan.commitMessage}" (${tagSha.slice(0, 12)}).`);
        }
        await git.createAnnotatedTag(tag, tagSha, plan.tagMessage, { sign: plan.sign });
        made.tagged = true;
        logger.info(`Created ${tag} on ${tagSha.slice(0, 12)}.`);
        if (plan.push) {
            const refspecs = pushRefspecs(plan, made.committed);
            await git.push(plan.push.remote, refspecs);
            logger.info(`Pushed ${refspecs.join(' and ')} to ${plan.push.remote}.`);
        }
    }
    catch (error) {
        await undo(git, plan, made, head);
        throw new errors/* PreconditionError */.Rb(failureMessage(plan, made, error));
    }
}

;// CONCATENATED MODULE: ./packages/bump/index.ts
/**
 * packages/bump: `release-actions bump` as a use case. readBumpState reads what a release of the
 * repository depends on (writing nothing), bumpPlan decides from that alone (every refusal, and
 * what will be written, committed, tagged and pushed: also the --dry-run text), and applyBump
 * carries the plan out step by step, undoing what it made when a later step fails.
 */




// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
;// CONCATENATED MODULE: ./cli/commands/bump.ts
/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version and changelog logic as the actions. This file reads the
 * arguments and prints; packages/bump plans (every check runs before anything is written; the
 * plan is also the --dry-run text) and applies the plan, undoing the commit and tag it made if a
 * later step fails.
 */






function isKind(value) {
    return BUMP_KINDS.includes(value);
}
async function bump({ values, positionals }, logger) {
    const [kind, ...extra] = positionals;
    if (!isKind(kind) || extra.length > 0) {
        throw new args/* UsageError */.eb(`expected one bump kind (${BUMP_KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`);
    }
    const { 'dry-run': dryRun, 'no-push': noPush, 'no-changelog': noChangelog, sign, remote, changelog: changelogFlag, style: styleFlag, 'repo-url': repoUrlFlag, ...inputFlags } = values;
    if (styleFlag !== undefined && styleFlag !== 'grouped' && styleFlag !== 'keep-a-changelog') {
        throw new args/* UsageError */.eb(`--style: expected grouped or keep-a-changelog, got ${String(styleFlag)}`);
    }
    const options = (0,inputs/* readInputs */.K)(new packages_inputs/* Inputs */.G0((0,args/* flagSource */.qz)({ ...inputFlags, bump: kind })), (0,args/* localContext */.NV)());
    // The links of the changelog section: one rule for repository URLs (packages/inputs/url.ts).
    const repoUrl = new packages_inputs/* Inputs */.G0((0,args/* flagSource */.qz)(typeof repoUrlFlag === 'string' ? { 'repo-url': repoUrlFlag } : {})).repositoryUrl('repo-url', undefined);
    const git = new packages_git/* Git */.TU(options.path);
    const writesChangelog = noChangelog !== true && kind !== 'rc' && kind !== 'promote';
    const request = {
        kind,
        compute: options,
        push: noPush !== true,
        ...(typeof remote === 'string' ? { remote } : {}),
        sign: sign === true,
        ...(writesChangelog
            ? {
                changelogFile: external_node_path_default().resolve(options.path, typeof changelogFlag === 'string' ? changelogFlag : 'CHANGELOG.md'),
            }
            : {}),
        ...(styleFlag === undefined ? {} : { style: styleFlag }),
        ...(repoUrl === undefined ? {} : { repoUrl }),
        date: new Date().toISOString().slice(0, 10),
    };
    const plan = bumpPlan(request, await readBumpState(git, request));
    for (const reason of plan.decision.reasons)
        logger.info(reason);
    for (const warning of plan.decision.warnings ?? [])
        logger.warning(warning);
    if (dryRun)
        logger.info(dryRunText(plan));
    else
        await applyBump(git, plan, logger);
    process.stdout.write(`${plan.tag}\n`);
    return 0;
}


/***/ })

};
