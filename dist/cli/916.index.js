export const id = 916;
export const ids = [916];
export const modules = {

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   mP: () => (/* binding */ readImageList)
/* harmony export */ });
/* unused harmony export readDigests */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _packages_docker_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3776);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4533);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6286);
/**
 * publish-tags-matrix's inputs: the only place they are read and validated.
 */






/** The images input: each lower-cased as registries want it (see readImageName), with a warning. */
function readImageList(input, values, warn) {
    const out = [];
    for (const value of values) {
        const image = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readImageName */ .t4)(value, warn);
        const problem = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .imageRefProblem */ .OD)(image);
        const ref = problem === undefined ? (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(image) : undefined;
        if (!ref) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(image)} ${problem ?? 'is not an image'}; expected an image such as ghcr.io/owner/app (no tag)`);
        }
        if (ref.tag !== undefined || ref.digest !== undefined) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `expected images without a tag or digest (the tags are computed), got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(image)}`);
        }
        if (!out.some(o => o.image === image))
            out.push({ image, ref });
    }
    return out;
}
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
    const images = readImageList('images', inputs.list('images'), inputs.warn);
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

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tags: () => (/* binding */ tags)
});

// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./actions/publish-tags-matrix/inputs.ts
var publish_tags_matrix_inputs = __webpack_require__(8249);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/docker/index.ts + 3 modules
var docker = __webpack_require__(3776);
// EXTERNAL MODULE: ./packages/oci/index.ts + 2 modules
var oci = __webpack_require__(4533);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(6286);
;// CONCATENATED MODULE: ./actions/publish-tags-matrix/main.ts







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
async function publish(opts, context) {
    const needsExisting = opts.version !== undefined && !(0,versioning/* isPrerelease */.V1)(opts.version);
    const existing = opts.existingVersions ?? (needsExisting ? await repositoryVersions(opts) : []);
    const plan = (0,docker/* planTags */.Vd)({
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
    const labels = (0,docker/* ociLabels */.TT)({
        version: opts.version
            ? (0,versioning/* formatVersion */.qh)(opts.version, { build: false })
            : ((plan.tags.find(t => t.kind !== 'sha') ?? plan.tags[0])?.name ?? ''),
        revision: opts.sha,
        created,
        source,
        title: context.repository?.split('/')[1] ?? opts.images[0]?.ref.repository.split('/').pop(),
        licenses: (0,docker/* detectLicense */.rj)(opts.path),
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
        results = await (0,docker/* publishTags */.Vw)(opts.images.map(i => ({ ...i, digest: digests.get(i.image) })), {
            tags: plan.tags,
            client,
            waitMs: opts.waitSeconds * 1000,
            dryRun: opts.dryRun,
            logger: context.logger,
        });
    }
    const tagNames = plan.tags.map(t => t.name);
    const refs = opts.images.flatMap(i => tagNames.map(t => `${i.image}:${t}`));
    const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    const annotations = labelLines.map(l => `manifest:${l}`);
    const pushed = results
        .filter(r => r.action === 'written' || r.action === 'moved')
        .map(r => `${r.image}:${r.tag}`);
    return {
        plan,
        results,
        labels,
        outputs: {
            tags: refs.join('\n'),
            'tag-names': tagNames.join('\n'),
            matrix: JSON.stringify(opts.images.flatMap(i => tagNames.map(tag => ({ image: i.image, tag })))),
            json: JSON.stringify({
                tags: refs,
                'tag-names': tagNames,
                labels,
                annotations,
                version: opts.version ? (0,versioning/* formatVersion */.qh)(opts.version, { build: false }) : '',
                'is-latest': plan.isLatest,
            }),
            labels: labelLines.join('\n'),
            annotations: annotations.join('\n'),
            'is-latest': String(plan.isLatest),
            pushed: pushed.join('\n'),
        },
    };
}
function summarize(opts, outcome) {
    const status = new Map(outcome.results.map(r => [`${r.image}:${r.tag}`, r]));
    const describe = (image, tag) => {
        const r = status.get(`${image}:${tag}`);
        if (!opts.push)
            return 'computed (push: false)';
        if (!r)
            return '—';
        if (r.action === 'moved')
            return `moved from ${code(r.from?.slice(0, 19) ?? '')}…`;
        if (r.action === 'planned')
            return opts.dryRun ? 'would be written (dry-run)' : 'planned';
        return r.action;
    };
    const rows = opts.images.flatMap(i => outcome.plan.tags.map(t => [code(`${i.image}:${t.name}`), t.kind, describe(i.image, t.name)]));
    return [
        `### publish-tags-matrix: ${opts.version ? code(formatVersion(opts.version, { build: false })) : code(opts.ref || 'build')}`,
        '',
        opts.push && opts.digests
            ? `${[...new Set(opts.digests.values())].length === 1 ? `Digest ${code([...opts.digests.values()][0] ?? '')}` : `Digests ${[...opts.digests.entries()].map(([i, d]) => `${code(i)} ${code(d)}`).join(', ')}`}${opts.dryRun ? ' (dry run: nothing written)' : ''}.`
            : 'Tags computed only (push: false).',
        '',
        table(['Tag', 'Kind', 'Status'], rows),
        '',
        ...outcome.plan.reasons.map(r => `- ${escapeInline(r)}`),
        '',
    ].join('\n');
}
const main = async ({ inputs, github, env, logger, mask }) => {
    const opts = readInputs(inputs, github, env);
    if (opts.password)
        mask(opts.password);
    const outcome = await publish(opts, {
        repository: github.repository,
        serverUrl: github.serverUrl,
        workspace: github.workspace,
        logger,
    });
    for (const reason of outcome.plan.reasons)
        logger.info(reason);
    logger.info(`Tags: ${outcome.plan.tags.map(t => t.name).join(', ')}`);
    return { outputs: outcome.outputs, summary: summarize(opts, outcome) };
};

// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
;// CONCATENATED MODULE: ./cli/commands/tags.ts
/**
 * `release-actions tags`: the tags publish-tags-matrix computes, and with --push, applying them
 * to a pushed digest. The registry password comes from REGISTRY_PASSWORD, never from a flag.
 */





async function tags({ values }, logger) {
    const { 'no-nightly': noNightly, ...rest } = values;
    const git = new packages_git/* Git */.TU(typeof values.path === 'string' ? values.path : '.');
    const local = {};
    if (values.sha === undefined)
        local.sha = (await git.resolveCommit('HEAD')) ?? '';
    if (values.ref === undefined && values.version === undefined) {
        const branch = await git.currentBranch();
        if (branch)
            local.ref = `refs/heads/${branch}`;
    }
    const password = process.env.REGISTRY_PASSWORD;
    const source = (0,args/* flagSource */.qz)({
        ...rest,
        ...local,
        ...(noNightly ? { nightly: 'false' } : {}),
        ...(password && values['registry-username'] ? { 'registry-password': password } : {}),
    });
    const github = (0,args/* localContext */.NV)();
    const opts = (0,publish_tags_matrix_inputs/* readInputs */.Ko)(new inputs/* Inputs */.G0(source), github, {});
    const outcome = await publish(opts, {
        repository: undefined,
        serverUrl: github.serverUrl,
        workspace: github.workspace,
        logger,
    });
    for (const reason of outcome.plan.reasons)
        logger.info(reason);
    for (const r of outcome.results)
        logger.info(`${r.image}:${r.tag} ${r.action}${r.from ? ` (was ${r.from})` : ''}`);
    process.stdout.write(`${JSON.stringify({ ...outcome.outputs, matrix: JSON.parse(outcome.outputs.matrix ?? '[]'), json: undefined }, null, 2)}\n`);
    return 0;
}


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rj: () => (/* reexport */ detectLicense),
  TT: () => (/* reexport */ ociLabels),
  Vd: () => (/* reexport */ planTags),
  Vw: () => (/* reexport */ publishTags),
  jy: () => (/* reexport */ validateAffix)
});

// UNUSED EXPORTS: lineMaxima

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/oci/index.ts + 2 modules
var oci = __webpack_require__(4533);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(6286);
;// CONCATENATED MODULE: ./packages/docker/tags.ts
/**
 * The container tags of a build, decided from the version and the versions that already exist:
 * `X.Y`, `X` and `latest` move only to the highest stable version of their line, so a back-port
 * (v1.9.1 after v2.0.1) never takes `latest` or `2`, and a pre-release gets only its own tag.
 */



function lineMaxima(versions) {
    const minor = new Map();
    const major = new Map();
    let latest;
    for (const v of versions) {
        if ((0,versioning/* isPrerelease */.V1)(v))
            continue;
        const k = `${v.major}.${v.minor}`;
        const m = minor.get(k);
        if (!m || (0,versioning/* compareVersions */.Zy)(v, m) > 0)
            minor.set(k, v);
        const M = major.get(v.major);
        if (!M || (0,versioning/* compareVersions */.Zy)(v, M) > 0)
            major.set(v.major, v);
        if (!latest || (0,versioning/* compareVersions */.Zy)(v, latest) > 0)
            latest = v;
    }
    return { minor, major, latest };
}
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
            const m = maxima ?? lineMaxima(input.existing);
            const above = (w) => w !== undefined && (0,versioning/* compareVersions */.Zy)(w, v) > 0;
            const minorMax = m.minor.get(`${v.major}.${v.minor}`);
            const majorMax = m.major.get(v.major);
            if (above(minorMax))
                reasons.push(`No ${v.major}.${v.minor}: ${(0,versioning/* formatVersion */.qh)(minorMax)} is higher in that line.`);
            else
                raw.push({ name: `${v.major}.${v.minor}`, kind: 'minor' });
            if (above(majorMax))
                reasons.push(`No ${v.major}: ${(0,versioning/* formatVersion */.qh)(majorMax)} is higher in that line.`);
            else if (v.major === 0 && !input.majorZero)
                reasons.push('No 0: the major alias is not published for 0.x (major-zero: false).');
            else
                raw.push({ name: String(v.major), kind: 'major' });
            if (above(m.latest))
                reasons.push(`No latest: ${(0,versioning/* formatVersion */.qh)(m.latest)} is the highest stable version.`);
            else {
                raw.push({ name: 'latest', kind: 'latest' });
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
    const logger = opts.logger ?? log/* nullLogger */.Gi;
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

;// CONCATENATED MODULE: ./packages/docker/index.ts





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

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* reexport */ DIGEST_RE),
  bP: () => (/* reexport */ RegistryClient),
  PP: () => (/* reexport */ TAG_RE),
  OD: () => (/* reexport */ imageRefProblem),
  Q: () => (/* reexport */ parseImageRef),
  t4: () => (/* reexport */ readImageName)
});

// UNUSED EXPORTS: MANIFEST_TYPES, RegistryError, apiBase, imageName, lowerCaseImageName, parseChallenge

;// CONCATENATED MODULE: ./packages/oci/reference.ts
/**
 * Image references as Docker reads them: `[registry[:port]/]repository[:tag][@sha256:digest]`,
 * with Docker Hub's defaults (`docker.io`, `library/`). Anything else is refused, with the reason.
 * https://github.com/distribution/reference/blob/main/reference.go
 */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
/** Docker's tag grammar. */
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/**
 * Registries take lower-case repository names only (distribution/reference: "repository name must
 * be lowercase"), yet `ghcr.io/${{ github.repository }}` carries the owner's case (`NVIDIA`). So
 * an image name is lower-cased, as docker/metadata-action does; its tag and digest stay as written
 * (tags are case-sensitive). Only ASCII letters change.
 */
function lowerCaseImageName(text) {
    const at = text.indexOf('@');
    const digest = at === -1 ? '' : text.slice(at);
    let name = at === -1 ? text : text.slice(0, at);
    let tag = '';
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon);
        name = name.slice(0, colon);
    }
    return `${name.replace(/[A-Z]+/g, s => s.toLowerCase())}${tag}${digest}`;
}
/**
 * An image reference as an input gives it, read the one way every action reads image names:
 * lower-cased (see lowerCaseImageName), and `warn` told what it became when that changed it.
 */
function readImageName(text, warn) {
    const lower = lowerCaseImageName(text);
    if (lower !== text)
        warn(`The image name ${JSON.stringify(text)} has upper-case letters, which registries do not accept in a repository name; using ${JSON.stringify(lower)}.`);
    return lower;
}
/** Why `text` is not an image reference, or undefined when it is one. */
function imageRefProblem(text) {
    if (text === '')
        return 'is empty';
    if (text.length > 255 + 128 + 72)
        return 'is too long';
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(text))
        return 'contains whitespace or a control character';
    if (/[^\x20-\x7e]/.test(text))
        return 'contains a non-ASCII character';
    if (/[$`;|&<>(){}'"\\*?!~^#%=,]/.test(text))
        return 'contains a character that is not allowed in an image reference';
    return parse(text)
        ? undefined
        : 'is not [registry/]repository[:tag][@sha256:digest] with a lower-case repository';
}
function parse(text) {
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            return undefined;
    }
    const slash = rest.indexOf('/');
    const first = slash === -1 ? '' : rest.slice(0, slash);
    const isDomain = slash !== -1 &&
        (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
    let registry = 'docker.io';
    let repository = rest;
    if (isDomain) {
        if (!DOMAIN_RE.test(first))
            return undefined;
        registry = first;
        repository = rest.slice(slash + 1);
    }
    if (!PATH_RE.test(repository) || repository.length > 255)
        return undefined;
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function parseImageRef(text) {
    return imageRefProblem(text) === undefined ? parse(text) : undefined;
}
/** The name as users write it (`ghcr.io/o/app`, `nginx` for Docker Hub's library). */
function imageName(ref) {
    if (ref.registry === 'docker.io') {
        return ref.repository.startsWith('library/')
            ? ref.repository.slice('library/'.length)
            : `docker.io/${ref.repository}`;
    }
    return `${ref.registry}/${ref.repository}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/inputs/url.ts
var inputs_url = __webpack_require__(8359);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/oci/client.ts
/**
 * A client of the OCI distribution API (the registry HTTP API) over `fetch`: manifests by tag or
 * digest, token authentication as GHCR and Docker Hub do it (a `WWW-Authenticate: Bearer`
 * challenge answered with registry-username/registry-password), Basic authentication, anonymous
 * access. No docker engine, no external binary.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */



const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
class RegistryError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.name = 'RegistryError';
        this.status = status;
        this.code = code;
    }
}
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const scheme = (m[1] ?? '').toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = {};
    for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
        params[(p[1] ?? '').toLowerCase()] = p[2] ?? '';
    return { scheme, params };
}
/** The API host of a registry (Docker Hub's API is registry-1.docker.io). */
function apiBase(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    // A registry on this machine speaks plain HTTP (as docker does for localhost).
    const local = (0,inputs_url/* isLoopbackHost */.c)(host.replace(/:\d+$/, ''));
    return `${local ? 'http' : 'https'}://${host}`;
}
async function errorOf(response) {
    const text = await response.text().catch(() => '');
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return { code: first.code, message: `${first.code ?? ''}: ${first.message ?? ''}`.trim() };
    }
    catch {
        // not JSON
    }
    return { code: undefined, message: text.slice(0, 200) || response.statusText };
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
class RegistryClient {
    #fetch;
    #username;
    #password;
    #logger;
    #timeoutMs;
    #attempts;
    #backoffMs;
    #userAgent;
    #push;
    /** Authorization header per registry (Basic) or per registry and scope (Bearer). */
    #auth = new Map();
    constructor(options = {}) {
        this.#fetch = options.fetch ?? fetch;
        this.#username = options.username;
        this.#password = options.password;
        this.#logger = options.logger ?? log/* nullLogger */.Gi;
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#attempts = options.attempts ?? 4;
        this.#backoffMs = options.backoffMs ?? 500;
        this.#userAgent = options.userAgent ?? 'release-actions';
        this.#push = options.push ?? false;
    }
    #basic() {
        if (this.#username === undefined || this.#password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${this.#username}:${this.#password}`).toString('base64')}`;
    }
    async #token(registry, challenge, scope) {
        if (challenge.scheme === 'basic') {
            const basic = this.#basic();
            if (!basic)
                throw new RegistryError(`${registry} asks for credentials: set registry-username and registry-password.`, 401);
            return basic;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`${registry} sent a Bearer challenge without a realm.`, 401);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`${registry} names a token service that is not a URL: ${JSON.stringify(realm.slice(0, 200))}.`, 401);
        }
        // The credentials go wherever the realm says: never in the clear to another machine.
        if (!(0,inputs_url/* isSecureUrl */.z)(url))
            throw new RegistryError(`${registry} names the token service ${url.href}, which is ${url.protocol === 'http:' ? 'plain http to another machine' : `not https (${url.protocol})`}: registry credentials go over https only (http only to this machine: 127.0.0.0/8, ::1, localhost).`, 401);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { 'User-Agent': this.#userAgent };
        const basic = this.#basic();
        if (basic)
            headers.Authorization = basic;
        const response = await this.#fetch(url, {
            headers,
            signal: AbortSignal.timeout(this.#timeoutMs),
        });
        if (response.status === 401 || response.status === 403) {
            throw new RegistryError(`${registry} refused the credentials${basic ? ` of registry-username ${JSON.stringify(this.#username)}` : ' (none were given: set registry-username and registry-password)'} for ${scope} (HTTP ${response.status} from its token service).`, response.status);
        }
        if (!response.ok)
            throw new RegistryError(`The token service of ${registry} answered HTTP ${response.status}.`, response.status);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`The token service of ${registry} answered without a token.`);
        return `Bearer ${token}`;
    }
    /**
     * One request to the registry API, authenticated on demand and retried on 5xx, 429 (honouring
     * Retry-After) and network errors. Other statuses are returned to the caller.
     */
    async request(image, method, path, { headers = {}, body, push = false, } = {}) {
        const scope = `repository:${image.repository}:${push || this.#push ? 'pull,push' : 'pull'}`;
        const scoped = `${image.registry} ${scope}`;
        const url = `${apiBase(image.registry)}/v2/${image.repository}/${path}`;
        let authTried = false;
        for (let attempt = 1;; attempt++) {
            // Basic credentials hold for every scope of the registry; a bearer token for its scope.
            const auth = this.#auth.get(image.registry) ?? this.#auth.get(scoped);
            let response;
            try {
                response = await this.#fetch(url, {
                    method,
                    headers: {
                        'User-Agent': this.#userAgent,
                        ...headers,
                        ...(auth ? { Authorization: auth } : {}),
                    },
                    ...(body ? { body } : {}),
                    signal: AbortSignal.timeout(this.#timeoutMs),
                });
            }
            catch (error) {
                if (attempt >= this.#attempts) {
                    throw new RegistryError(`${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
                }
                await sleep(this.#backoffMs * 2 ** (attempt - 1));
                continue;
            }
            if (response.status === 401 && !authTried) {
                const challenge = parseChallenge(response.headers.get('www-authenticate'));
                await response.body?.cancel();
                if (!challenge)
                    throw new RegistryError(`${image.registry} answered 401 without a usable WWW-Authenticate challenge.`, 401);
                this.#auth.set(challenge.scheme === 'basic' ? image.registry : scoped, await this.#token(image.registry, challenge, scope));
                authTried = true;
                attempt--;
                continue;
            }
            if ((response.status >= 500 || response.status === 429) && attempt < this.#attempts) {
                const retryAfter = Number(response.headers.get('retry-after'));
                await response.body?.cancel();
                const wait = Number.isFinite(retryAfter) && retryAfter > 0
                    ? Math.min(retryAfter * 1000, 60_000)
                    : this.#backoffMs * 2 ** (attempt - 1);
                this.#logger.debug(`${method} ${url}: HTTP ${response.status}; retrying in ${wait} ms`);
                await sleep(wait);
                continue;
            }
            return response;
        }
    }
    async #fail(image, what, response) {
        const { code, message } = await errorOf(response);
        const hint = response.status === 401
            ? ': the credentials were refused (registry-username, registry-password)'
            : response.status === 403
                ? ': access denied (the token needs write access to the package: packages: write for GHCR)'
                : '';
        throw new RegistryError(`${what} ${image.registry}/${image.repository}: HTTP ${response.status} ${message}${hint}`, response.status, code);
    }
    /** The digest a tag or digest points at (HEAD), or undefined when it does not exist. */
    async resolve(image, reference) {
        const response = await this.request(image, 'HEAD', `manifests/${reference}`, {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            return this.#fail(image, `Reading ${reference} of`, response);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new RegistryError(`${image.registry} did not send Docker-Content-Digest for ${reference}.`);
        return digest;
    }
    /** A manifest with its exact bytes, or undefined when it does not exist. */
    async manifest(image, reference) {
        const response = await this.request(image, 'GET', `manifests/${reference}`, {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (!response.ok)
            return this.#fail(image, `Reading ${reference} of`, response);
        const body = new Uint8Array(await response.arrayBuffer());
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new RegistryError(`${image.registry} sent a manifest whose digest ${digest} is not the ${reference} asked for.`);
        }
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? MANIFEST_TYPES[1] ?? '';
        return { digest, mediaType, body };
    }
    /**
     * The image configuration (labels, env, created, platform) of a tag or digest: for an index, of
     * its linux/amd64 image (else its first); undefined when the reference does not exist.
     */
    async imageConfig(image, reference) {
        const top = await this.manifest(image, reference);
        if (!top)
            return undefined;
        let doc = JSON.parse(Buffer.from(top.body).toString('utf8'));
        if (doc.manifests) {
            const chosen = doc.manifests.find(m => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ??
                doc.manifests.find(m => m.platform?.os !== 'unknown') ??
                doc.manifests[0];
            if (!chosen)
                throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} is an empty index.`);
            const inner = await this.manifest(image, chosen.digest);
            if (!inner)
                throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} names ${chosen.digest}, which is missing.`);
            doc = JSON.parse(Buffer.from(inner.body).toString('utf8'));
        }
        const configDigest = doc.config?.digest;
        if (!configDigest)
            throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} has no image config.`);
        const response = await this.request(image, 'GET', `blobs/${configDigest}`);
        if (!response.ok)
            return this.#fail(image, `Reading the config ${configDigest} of`, response);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}` !== configDigest)
            throw new RegistryError(`${image.registry} sent a config that is not ${configDigest}.`);
        return {
            digest: top.digest,
            config: JSON.parse(Buffer.from(bytes).toString('utf8')),
        };
    }
    /** Point `tag` at `manifest` (its exact bytes, so the digest stays the same). */
    async putTag(image, tag, manifest) {
        const response = await this.request(image, 'PUT', `manifests/${tag}`, {
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.body,
            push: true,
        });
        if (!response.ok)
            return this.#fail(image, `Writing the tag ${tag} of`, response);
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest');
        if (digest && digest !== manifest.digest) {
            throw new RegistryError(`${image.registry} stored ${tag} as ${digest}, not ${manifest.digest}.`);
        }
    }
    /**
     * Wait until a manifest exists (registries answer MANIFEST_UNKNOWN for a while after a push),
     * polling with exponential backoff up to `timeoutMs`. Fails closed when it never appears.
     */
    async waitForManifest(image, reference, { timeoutMs, intervalMs = 500, maxIntervalMs = 8_000, }) {
        const deadline = Date.now() + timeoutMs;
        let wait = intervalMs;
        let tries = 0;
        for (;;) {
            tries++;
            const manifest = await this.manifest(image, reference);
            if (manifest)
                return manifest;
            const left = deadline - Date.now();
            if (left <= 0) {
                throw new RegistryError(`${image.registry}/${image.repository}@${reference} did not appear within ${Math.round(timeoutMs / 1000)} s (${tries} tries; the registry answered MANIFEST_UNKNOWN).`, 404, 'MANIFEST_UNKNOWN');
            }
            this.#logger.info(`${image.registry}/${image.repository}@${reference} is not there yet; trying again in ${Math.round(Math.min(wait, left) / 100) / 10} s.`);
            await sleep(Math.min(wait, left));
            wait = Math.min(wait * 2, maxIntervalMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/index.ts




/***/ })

};
