export const id = 1833;
export const ids = [1833];
export const modules = {

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony export readDigests */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _packages_docker_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9858);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6793);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3374);
/**
 * publish-tags-matrix's inputs: the only place they are read and validated.
 */






/**
 * `digest`: one sha256:<hex> that every image's tags go to (one build pushed under several names),
 * or one `<image>@sha256:<hex>` line per image (images built apart).
 */
function readDigests(lines, images) {
    if (lines.length === 0)
        return undefined;
    const expected = 'expected sha256:<64 lower-case hex> for every image, or one <image>@sha256:<64 hex> line per image';
    const out = new Map();
    if (lines.length === 1 && _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DIGEST_RE */ .Vt.test(lines[0] ?? '')) {
        for (const i of images)
            out.set(i.image, lines[0]);
        return out;
    }
    for (const line of lines) {
        const at = line.lastIndexOf('@');
        const image = line.slice(0, at);
        const digest = line.slice(at + 1);
        if (at <= 0 || !_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DIGEST_RE */ .Vt.test(digest))
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('digest', `${expected}, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(line)}`);
        if (!images.some(i => i.image === image))
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('digest', `${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(image)} is not one of images`);
        if (out.has(image) && out.get(image) !== digest)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('digest', `${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(image)} is given two digests`);
        out.set(image, digest);
    }
    const missing = images.filter(i => !out.has(i.image)).map(i => i.image);
    if (missing.length > 0)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('digest', `no digest for ${missing.map(m => (0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(m)).join(', ')}; ${expected}`);
    return out;
}
/** The default branch from the event payload (repository.default_branch), else main. */
function defaultBranchOf(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (file && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        try {
            const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            const branch = event.repository?.default_branch;
            if (typeof branch === 'string' && (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .branchNameProblem */ .hq)(branch) === undefined)
                return branch;
        }
        catch {
            // not JSON: fall back
        }
    }
    return 'main';
}
function readInputs(inputs, github, env) {
    const tagPrefix = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readTagPrefix */ .ZJ)(inputs);
    const images = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readImageList */ .mP)('images', inputs.list('images'), inputs.warn);
    if (images.length === 0)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', 'is required; expected one or more images such as ghcr.io/owner/app, one per line');
    const ref = inputs.optional('ref') ?? github.ref ?? '';
    const parsedRef = ref === '' ? undefined : (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRefInput */ .nS)('ref', ref, tagPrefix);
    const versionText = inputs.optional('version');
    // A tag build without an explicit version releases the tag's version.
    const version = versionText !== undefined
        ? (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .requireVersion */ .eU)('version', versionText, tagPrefix)
        : parsedRef?.kind === 'tag'
            ? parsedRef.version
            : undefined;
    const event = inputs.optional('event') ?? github.eventName ?? 'push';
    if (!/^[a-z_]{1,64}$/.test(event))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('event', `expected a GitHub event name such as push or schedule, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(event)}`);
    const sha = (inputs.optional('sha') ?? github.sha ?? '').toLowerCase();
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('sha', `expected a full 40-character commit sha, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(sha)}`);
    const defaultBranch = inputs.optional('default-branch') ?? defaultBranchOf(env);
    const branchProblem = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .branchNameProblem */ .hq)(defaultBranch);
    if (branchProblem) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('default-branch', `expected a branch name such as main, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(defaultBranch)}, which ${branchProblem}`);
    }
    const existingList = inputs.list('existing-versions');
    const existingVersions = inputs.optional('existing-versions') === undefined
        ? undefined
        : existingList.map(e => (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .requireVersion */ .eU)('existing-versions', e, tagPrefix));
    const date = inputs.date('date');
    const push = inputs.boolean('push', false);
    const digests = readDigests(inputs.list('digest'), images);
    if (push && digests === undefined) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('digest', 'is required with push: true; expected the digest of the pushed image, sha256:<64 hex> (build-push-action outputs it as digest)');
    }
    const [username, password] = inputs.pair('registry-username', 'registry-password');
    const path = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWorkspacePath */ .XI)('path', inputs.string('path', '.'), github);
    return {
        images,
        version,
        ref,
        event,
        sha,
        defaultBranch,
        existingVersions,
        shaFormat: inputs.choice('sha-format', ['long', 'short'], 'long'),
        majorZero: inputs.boolean('major-zero', false),
        nightly: inputs.boolean('nightly', true),
        date,
        prefix: (0,_packages_docker_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateAffix */ .jy)('prefix', inputs.string('prefix', '')),
        suffix: (0,_packages_docker_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateAffix */ .jy)('suffix', inputs.string('suffix', '')),
        push,
        dryRun: inputs.boolean('dry-run', false),
        digests,
        username,
        password,
        waitSeconds: inputs.integer('wait-for-digest-seconds', 60, { min: 0, max: 3600 }),
        tagPrefix,
        path,
    };
}


/***/ }),

/***/ 1833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tags: () => (/* binding */ tags)
/* harmony export */ });
/* harmony import */ var _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4137);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_docker_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9858);
/* harmony import */ var _actions_publish_tags_matrix_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8249);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2586);
/**
 * `release-actions tags`: the tags publish-tags-matrix computes, and with --push, applying them
 * to a pushed digest. The registry password comes from REGISTRY_PASSWORD, never from a flag.
 */





async function tags({ values }, logger) {
    const { 'no-nightly': noNightly, ...rest } = values;
    const git = new _packages_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(typeof values.path === 'string' ? values.path : '.');
    const local = {};
    if (values.sha === undefined)
        local.sha = (await git.resolveCommit('HEAD')) ?? '';
    if (values.ref === undefined && values.version === undefined) {
        const branch = await git.currentBranch();
        if (branch)
            local.ref = `refs/heads/${branch}`;
    }
    const password = process.env.REGISTRY_PASSWORD;
    const source = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)({
        ...rest,
        ...local,
        ...(noNightly ? { nightly: 'false' } : {}),
        ...(password && values['registry-username'] ? { 'registry-password': password } : {}),
    });
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .localContext */ .NV)();
    const opts = (0,_actions_publish_tags_matrix_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0(source), github, {});
    const outcome = await (0,_packages_docker_index_js__WEBPACK_IMPORTED_MODULE_2__/* .publishMatrix */ .pw)(opts, {
        repository: undefined,
        serverUrl: github.serverUrl,
        logger,
    });
    for (const reason of outcome.plan.reasons)
        logger.info(reason);
    for (const r of outcome.results)
        logger.info(`${r.image}:${r.tag} ${r.action}${r.from ? ` (was ${r.from})` : ''}`);
    // publish-tags-matrix's outputs (but json), with the matrix as JSON rather than its text.
    const json = {
        tags: outcome.refs.join('\n'),
        'tag-names': outcome.tagNames.join('\n'),
        matrix: outcome.matrix,
        labels: outcome.labelLines.join('\n'),
        annotations: outcome.annotations.join('\n'),
        'is-latest': String(outcome.plan.isLatest),
        pushed: outcome.pushed.join('\n'),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
}


/***/ }),

/***/ 9858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pw: () => (/* reexport */ publishMatrix),
  jy: () => (/* reexport */ validateAffix)
});

// UNUSED EXPORTS: detectLicense, ociLabels, planTags, publishTags

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/docker/tags.ts
/**
 * The container tags of a build, decided from the version and the versions that already exist:
 * `X.Y`, `X` and `latest` move only to the highest stable version of their line (the release
 * policy of packages/versioning/lines.ts), so a back-port (v1.9.1 after v2.0.1) never takes
 * `latest` or `2`, and a pre-release gets only its own tag.
 */



const ORDER = {
    version: 0,
    sha: 1,
    minor: 2,
    major: 3,
    edge: 4,
    nightly: 5,
    latest: 6,
};
function validateAffix(input, value) {
    if (value !== '' && !/^[\w.-]{1,64}$/.test(value)) {
        throw new errors/* InputError */.dz(input, `expected letters, digits, '_', '.' or '-' (at most 64), got ${(0,errors/* showValue */.vp)(value)}`);
    }
    return value;
}
/**
 * Plan the tags of one build. Version tags come first and `latest` last, the order they must be
 * written in. Tags are case-sensitive and kept as written (only image names are lower-cased, see
 * readImageName); each is checked against Docker's tag grammar.
 */
function planTags(input, maxima) {
    const reasons = [];
    const raw = [];
    const v = input.version;
    if (v) {
        const name = (0,versioning/* formatVersion */.qh)(v, { build: false });
        raw.push({ name, kind: 'version' });
        if (v.build.length > 0)
            reasons.push(`Build metadata +${v.build.join('.')} is not part of any tag ('+' is not allowed in a tag).`);
        if ((0,versioning/* isPrerelease */.V1)(v)) {
            reasons.push(`${name} is a pre-release: only its own tag, never ${v.major}.${v.minor}, ${v.major} or latest.`);
        }
        else {
            const m = maxima ?? (0,versioning/* lineMaxima */.Ke)(input.existing);
            const minorAbove = m.above(v, 'minor');
            const majorAbove = m.above(v, 'major');
            const latestAbove = m.above(v, 'latest');
            if (minorAbove)
                reasons.push(`No ${(0,versioning/* aliasName */.sN)('minor', v)}: ${(0,versioning/* formatVersion */.qh)(minorAbove)} is higher in that line.`);
            else
                raw.push({ name: (0,versioning/* aliasName */.sN)('minor', v), kind: 'minor' });
            if (majorAbove)
                reasons.push(`No ${(0,versioning/* aliasName */.sN)('major', v)}: ${(0,versioning/* formatVersion */.qh)(majorAbove)} is higher in that line.`);
            else if (v.major === 0 && !input.majorZero)
                reasons.push('No 0: the major alias is not published for 0.x (major-zero: false).');
            else
                raw.push({ name: (0,versioning/* aliasName */.sN)('major', v), kind: 'major' });
            if (latestAbove)
                reasons.push(`No latest: ${(0,versioning/* formatVersion */.qh)(latestAbove)} is the highest stable version.`);
            else {
                raw.push({ name: (0,versioning/* aliasName */.sN)('latest', v), kind: 'latest' });
                reasons.push(`latest: ${name} is the highest stable version.`);
            }
        }
    }
    else {
        const onDefault = input.ref === `refs/heads/${input.defaultBranch}`;
        if (input.event === 'schedule') {
            if (input.nightly)
                raw.push({ name: `nightly-${input.date}`, kind: 'nightly' });
            reasons.push('A scheduled build: the nightly tag and the sha tag.');
        }
        else if (onDefault && (input.event === 'push' || input.event === 'workflow_dispatch')) {
            raw.push({ name: 'edge', kind: 'edge' });
            if (input.nightly)
                raw.push({ name: `nightly-${input.date}`, kind: 'nightly' });
            reasons.push(`A build of the default branch ${input.defaultBranch}: edge${input.nightly ? ', the nightly tag' : ''} and the sha tag.`);
        }
        else {
            reasons.push(`A build of ${input.ref || 'an unknown ref'} (${input.event || 'no event'}): the sha tag only.`);
        }
    }
    raw.push({
        name: `sha-${input.shaFormat === 'short' ? input.sha.slice(0, 7) : input.sha}`,
        kind: 'sha',
    });
    const tags = raw
        .map(t => ({
        kind: t.kind,
        name: `${input.prefix}${t.name}${input.suffix}`,
        immutable: t.kind === 'version' || t.kind === 'sha',
    }))
        .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    for (const t of tags) {
        if (!oci/* TAG_RE */.PP.test(t.name)) {
            throw new errors/* InputError */.dz(t.kind === 'version' ? 'version' : 'prefix', `the tag ${(0,errors/* showValue */.vp)(t.name)} is not a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})`);
        }
    }
    return { tags, isLatest: tags.some(t => t.kind === 'latest'), reasons };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/docker/labels.ts
/**
 * The `org.opencontainers.image.*` labels and annotations of a build.
 * https://github.com/opencontainers/image-spec/blob/main/annotations.md
 */


function ociLabels(input) {
    const out = {};
    const set = (key, value) => {
        if (value)
            out[`org.opencontainers.image.${key}`] = value;
    };
    set('title', input.title);
    set('description', input.description);
    set('version', input.version);
    set('revision', input.revision);
    set('created', input.created);
    set('source', input.source);
    set('url', input.source);
    set('licenses', input.licenses);
    return out;
}
const KNOWN_LICENSES = [
    [/Apache License\s+Version 2\.0/i, 'Apache-2.0'],
    [/^\s*MIT License|Permission is hereby granted, free of charge/im, 'MIT'],
    [/GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/i, 'AGPL-3.0'],
    [/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i, 'LGPL-3.0'],
    [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
    [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
    [/Mozilla Public License,?\s+v(ersion)?\.?\s*2\.0/i, 'MPL-2.0'],
    [/Redistribution and use in source and binary forms[\s\S]*Neither the name/i, 'BSD-3-Clause'],
    [/Redistribution and use in source and binary forms/i, 'BSD-2-Clause'],
    [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
];
/** The SPDX identifier of the repository's licence, read from its LICENSE file, when it is a well-known one. */
function detectLicense(dir) {
    for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'LICENCE']) {
        const file = external_node_path_default().join(dir, name);
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 4096);
        for (const [re, id] of KNOWN_LICENSES)
            if (re.test(text))
                return id;
        return undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/docker/publish.ts


const PHASES = [['version', 'sha'], ['minor', 'major', 'edge', 'nightly'], ['latest']];
async function publishTags(targets, opts) {
    const logger = opts.logger ?? log/* nullLogger */.G;
    // 1. The digest must exist in every image before anything else happens.
    const manifests = new Map();
    for (const target of targets) {
        manifests.set(target, await opts.client.waitForManifest(target.ref, target.digest, { timeoutMs: opts.waitMs }));
    }
    // 2. Read where every tag points now; refuse before writing anything if a version or sha tag
    //    would have to move.
    const current = new Map();
    const conflicts = [];
    for (const target of targets) {
        for (const tag of opts.tags) {
            const digest = await opts.client.resolve(target.ref, tag.name);
            current.set(`${target.image}:${tag.name}`, digest);
            if (tag.immutable && digest !== undefined && digest !== target.digest) {
                conflicts.push(`${target.image}:${tag.name} already points at ${digest}, not ${target.digest}`);
            }
        }
    }
    if (conflicts.length > 0) {
        throw new errors/* PreconditionError */.Rb(`Refusing to repoint immutable tags (version and sha tags never move), so nothing was written: ${conflicts.join('; ')}.`);
    }
    // 3. Write in phases across all images: version and sha tags, then aliases, then latest.
    const results = [];
    for (const phase of PHASES) {
        for (const target of targets) {
            for (const tag of opts.tags.filter(t => phase.includes(t.kind))) {
                const was = current.get(`${target.image}:${tag.name}`);
                const base = { image: target.image, tag: tag.name, kind: tag.kind };
                if (was === target.digest) {
                    results.push({ ...base, action: 'unchanged' });
                    continue;
                }
                if (opts.dryRun) {
                    results.push({ ...base, action: 'planned', ...(was ? { from: was } : {}) });
                    continue;
                }
                await opts.client.putTag(target.ref, tag.name, manifests.get(target));
                logger.info(`${target.image}:${tag.name} → ${target.digest}${was ? ` (was ${was})` : ''}`);
                results.push({ ...base, action: was ? 'moved' : 'written', ...(was ? { from: was } : {}) });
            }
        }
    }
    return results;
}

// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
;// CONCATENATED MODULE: ./packages/docker/publish-matrix.ts
/**
 * Publishing a build's tags: the tags of every image (planTags, against the repository's release
 * tags unless the existing versions are given), its OCI labels and annotations, and with push the
 * tags applied to the pushed digest of each image (publishTags). publish-tags-matrix and
 * `release-actions tags` both call this.
 */







/** The release tags of the repository, for deciding which version is the highest of its line. */
async function repositoryVersions(opts) {
    const git = new packages_git/* Git */.TU(opts.path);
    if (!(await git.isRepository())) {
        throw new errors/* PreconditionError */.Rb(`existing-versions was not given and ${opts.path} is not a git repository; check out the repository with its tags (fetch-depth: 0) or pass existing-versions.`);
    }
    const tags = (0,versioning/* releaseTags */.dt)(await git.tags(), opts.tagPrefix);
    if (tags.length === 0 && (await git.isShallow())) {
        throw new errors/* PreconditionError */.Rb(`The repository at ${opts.path} is a shallow clone without tags, so the existing versions are unknown; check it out with fetch-depth: 0 (or fetch-tags: true) or pass existing-versions.`);
    }
    return tags.map(t => t.version);
}
async function publishMatrix(opts, context) {
    const needsExisting = opts.version !== undefined && !(0,versioning/* isPrerelease */.V1)(opts.version);
    const existing = opts.existingVersions ?? (needsExisting ? await repositoryVersions(opts) : []);
    const plan = planTags({
        version: opts.version,
        existing: opts.version ? [...existing, opts.version] : existing,
        event: opts.event,
        ref: opts.ref,
        sha: opts.sha,
        defaultBranch: opts.defaultBranch,
        shaFormat: opts.shaFormat,
        majorZero: opts.majorZero,
        nightly: opts.nightly,
        date: opts.date,
        prefix: opts.prefix,
        suffix: opts.suffix,
    });
    const source = context.repository
        ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`
        : undefined;
    const created = process.env.SOURCE_DATE_EPOCH
        ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
        : new Date().toISOString();
    const labels = ociLabels({
        version: opts.version
            ? (0,versioning/* formatVersion */.qh)(opts.version, { build: false })
            : ((plan.tags.find(t => t.kind !== 'sha') ?? plan.tags[0])?.name ?? ''),
        revision: opts.sha,
        created,
        source,
        title: context.repository?.split('/')[1] ?? opts.images[0]?.ref.repository.split('/').pop(),
        licenses: detectLicense(opts.path),
    });
    let results = [];
    if (opts.push && opts.digests) {
        const digests = opts.digests;
        const client = new oci/* RegistryClient */.bP({
            ...(opts.username !== undefined && opts.password !== undefined
                ? { username: opts.username, password: opts.password }
                : {}),
            logger: context.logger,
            push: true,
        });
        results = await publishTags(opts.images.map(i => ({ ...i, digest: digests.get(i.image) })), {
            tags: plan.tags,
            client,
            waitMs: opts.waitSeconds * 1000,
            dryRun: opts.dryRun,
            logger: context.logger,
        });
    }
    const tagNames = plan.tags.map(t => t.name);
    const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    return {
        plan,
        results,
        labels,
        version: opts.version ? (0,versioning/* formatVersion */.qh)(opts.version, { build: false }) : '',
        tagNames,
        refs: opts.images.flatMap(i => tagNames.map(t => `${i.image}:${t}`)),
        matrix: opts.images.flatMap(i => tagNames.map(tag => ({ image: i.image, tag }))),
        labelLines,
        annotations: labelLines.map(l => `manifest:${l}`),
        pushed: results
            .filter(r => r.action === 'written' || r.action === 'moved')
            .map(r => `${r.image}:${r.tag}`),
    };
}

;// CONCATENATED MODULE: ./packages/docker/index.ts
/**
 * packages/docker owns a build's container tags: which tags a version gets (the release policy of
 * packages/versioning: aliases only for the highest of their line), its OCI labels, and
 * publishing the tags of every image to its pushed digest.
 */






/***/ })

};
