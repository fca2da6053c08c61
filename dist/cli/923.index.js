export const id = 923;
export const ids = [923];
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

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  supersede: () => (/* binding */ supersede_supersede)
});

// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./actions/publish-tags-matrix/inputs.ts
var publish_tags_matrix_inputs = __webpack_require__(8249);
// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./packages/supersede/banner.ts
/**
 * The deprecation banner of a superseded release: prepended to its notes between two HTML
 * comments, so that a re-run finds and replaces its own banner instead of stacking another one,
 * and the original notes below it stay byte for byte.
 */

const BANNER_START = '<!-- release-actions:superseded -->';
const BANNER_END = '<!-- /release-actions:superseded -->';
/** GitHub refuses release notes longer than this (characters). */
const MAX_BODY = 125_000;
const TITLE_SUFFIX = / \(superseded by [^()\s]+\)$/;
function hasBanner(body) {
    return (body ?? '').includes(BANNER_START);
}
/** The notes without a banner of ours (and the blank lines that followed it). */
function stripBanner(body) {
    const text = body ?? '';
    const start = text.indexOf(BANNER_START);
    if (start === -1)
        return text;
    const end = text.indexOf(BANNER_END, start);
    if (end === -1)
        return text;
    const after = text.slice(end + BANNER_END.length).replace(/^(\r?\n)+/, '');
    return text.slice(0, start) + after;
}
/**
 * Keep the reason on the banner's terms: no controls, and `<` and `>` escaped (`&lt;`, `&gt;`), so
 * that it renders as typed and can neither open nor close an HTML comment (which would hide the
 * banner or end it early) nor start any other HTML. Escaping rather than removing: a removal in
 * one pass leaves `<!--` of `<<!--!--`; an escaped text has no `<` left to make one. Idempotent.
 */
function cleanReason(reason) {
    return (0,markdown/* stripUnsafeCharacters */.lf)(reason)
        .replace(/\r\n?/g, '\n')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .trim();
}
function banner(input) {
    const by = input.supersededByUrl
        ? `[${input.supersededBy}](${input.supersededByUrl})`
        : input.supersededBy;
    return [
        BANNER_START,
        '## ⚠️ Deprecated',
        '',
        `**${input.tag} is superseded by ${by}. Use ${input.supersededBy} instead.**`,
        '',
        `Why: ${cleanReason(input.reason)}`,
        '',
        `The tag ${input.tag}, its assets and its images stay where they are, so that builds that pinned them can be reproduced; the rolling image tags no longer point at it.`,
        BANNER_END,
    ].join('\n');
}
/** The notes with the banner on top: a banner already there is replaced, never added twice. */
function withBanner(body, input) {
    const rest = stripBanner(body);
    return rest.trim() === '' ? `${banner(input)}\n` : `${banner(input)}\n\n${rest}`;
}
/** `<title> (superseded by vX.Y.Z)`; a suffix of an earlier run is replaced. */
function supersededTitle(name, tag, by) {
    const base = (name ?? '').replace(TITLE_SUFFIX, '').trim() || tag;
    return `${base} (superseded by ${by})`;
}
/** The entry for the next release's changelog, under a `### Superseded` heading. */
function banner_changelogNote(input) {
    return [
        '### Superseded',
        '',
        `- ${input.tag} is superseded by ${input.supersededBy}: ${cleanReason(input.reason).replace(/\n+/g, ' ')}`,
    ].join('\n');
}

// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(6286);
;// CONCATENATED MODULE: ./packages/supersede/supersede.ts
/**
 * Superseding a bad release, in two halves: a plan made only of reads (the release, the other
 * releases, which one is Latest, where every rolling image alias points), then its application.
 * Nothing is ever deleted, no version tag is ever moved: the release gets a banner and a title
 * suffix, Latest goes to the release that supersedes it, and each rolling alias (`X.Y`, `X`,
 * `latest`) that points at the bad digest goes back to the highest remaining good version of its
 * line.
 */





const problem = (error, doing) => (0,packages_github/* gitHubProblem */.zh)(error, doing, 'contents: write');
function summary(r) {
    return {
        id: r.id,
        tag: r.tag_name,
        name: r.name,
        body: r.body ?? null,
        url: r.html_url,
        draft: r.draft,
        prerelease: r.prerelease,
    };
}
/** The prefix of a release tag (`v` of v1.2.3, `pkg@` of pkg@1.2.3, none of 1.2.3) and its version. */
function splitTag(tag) {
    return (0,versioning/* splitReleaseTag */.eQ)(tag);
}
/** The published release of a tag, or undefined (GitHub finds drafts only in the list). */
async function releaseByTag(octokit, req, tag) {
    try {
        const { data } = await octokit.rest.repos.getReleaseByTag({
            owner: req.owner,
            repo: req.repo,
            tag,
        });
        return summary(data);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw problem(error, `read the release ${tag} of ${req.owner}/${req.repo}`);
    }
}
function noRelease(req, tag, input) {
    return new errors/* PreconditionError */.Rb(`Input '${input}': ${req.owner}/${req.repo} has no release with the tag ${tag} (a tag without a release, a typo, or a token that cannot see the repository).`);
}
/** Every release, newest first (paginated). */
async function allReleases(octokit, req) {
    try {
        const list = await octokit.paginate(octokit.rest.repos.listReleases, {
            owner: req.owner,
            repo: req.repo,
            per_page: 100,
        });
        return list.map(summary);
    }
    catch (error) {
        throw problem(error, `list the releases of ${req.owner}/${req.repo}`);
    }
}
async function latestTag(octokit, req) {
    try {
        const { data } = await octokit.rest.repos.getLatestRelease({ owner: req.owner, repo: req.repo });
        return data.tag_name;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw problem(error, `read the Latest release of ${req.owner}/${req.repo}`);
    }
}
/** The rolling aliases a version could have had: its `X.Y`, its `X`, and `latest`. */
function aliasLines(v) {
    return [
        { alias: `${v.major}.${v.minor}`, inLine: w => w.major === v.major && w.minor === v.minor },
        { alias: String(v.major), inLine: w => w.major === v.major },
        { alias: 'latest', inLine: () => true },
    ];
}
async function planAliases(req, bad, good, registry, notes) {
    const plans = [];
    if ((0,versioning/* isPrerelease */.V1)(bad)) {
        if (req.images.length > 0)
            notes.push(`${(0,versioning/* formatVersion */.qh)(bad)} is a pre-release: it never had rolling image tags, so none move.`);
        return plans;
    }
    const badTag = (0,versioning/* formatVersion */.qh)(bad, { build: false });
    for (const { image, ref } of req.images) {
        const badDigest = await registry.resolve(ref, badTag);
        if (badDigest === undefined) {
            notes.push(`${image} has no tag ${badTag}: no alias of it can point at the bad release.`);
            continue;
        }
        // Digests of the good versions, read once per image and version.
        const digests = new Map();
        const digestOf = async (v) => {
            const t = (0,versioning/* formatVersion */.qh)(v, { build: false });
            if (!digests.has(t))
                digests.set(t, await registry.resolve(ref, t));
            return digests.get(t);
        };
        for (const { alias, inLine } of aliasLines(bad)) {
            const from = await registry.resolve(ref, alias);
            const base = { image, alias, from };
            if (from === undefined)
                continue;
            if (from !== badDigest) {
                plans.push({
                    ...base,
                    to: undefined,
                    toVersion: undefined,
                    action: 'unchanged',
                    why: `points at ${from.slice(0, 19)}…, not at ${badTag}`,
                });
                continue;
            }
            let target;
            const skipped = [];
            for (const g of good.filter(x => inLine(x.version))) {
                const d = await digestOf(g.version);
                const name = (0,versioning/* formatVersion */.qh)(g.version, { build: false });
                if (d === undefined)
                    skipped.push(`${name} has no image`);
                else if (d === badDigest)
                    skipped.push(`${name} is the same image`);
                else {
                    target = { version: g.version, digest: d };
                    break;
                }
            }
            if (!target) {
                const why = `no good release of its line is left${skipped.length ? ` (${skipped.join(', ')})` : ''}; it keeps pointing at ${badTag} until a fixed version is published`;
                notes.push(`${image}:${alias}: ${why}.`);
                plans.push({ ...base, to: undefined, toVersion: undefined, action: 'stuck', why });
                continue;
            }
            const toVersion = (0,versioning/* formatVersion */.qh)(target.version, { build: false });
            plans.push({
                ...base,
                to: target.digest,
                toVersion,
                action: 'move',
                why: `points at ${badTag}; ${toVersion} is the highest good version of its line${skipped.length ? ` (${skipped.join(', ')})` : ''}`,
            });
        }
    }
    return plans;
}
/** Only reads: the release, the other releases, Latest, and the registries. */
async function planSupersede(req, deps) {
    const { octokit } = deps;
    const split = splitTag(req.tag);
    if (!split)
        throw new errors/* PreconditionError */.Rb(`Input 'tag': expected a release tag such as v1.2.3, got ${JSON.stringify(req.tag)}`);
    const published = await releaseByTag(octokit, req, req.tag);
    const releases = await allReleases(octokit, req);
    const release = published ?? releases.find(r => r.tag === req.tag);
    if (!release)
        throw noRelease(req, req.tag, 'tag');
    if (release.draft)
        throw new errors/* PreconditionError */.Rb(`Input 'tag': the release ${req.tag} is a draft: nothing was published, so there is nothing to supersede.`);
    // The good releases: published, stable, the same tag prefix, not superseded themselves.
    const good = [];
    for (const r of releases) {
        if (r.draft || r.prerelease || r.tag === req.tag || hasBanner(r.body))
            continue;
        const s = splitTag(r.tag);
        if (!s || s.prefix !== split.prefix || (0,versioning/* isPrerelease */.V1)(s.version))
            continue;
        good.push({ release: r, version: s.version });
    }
    good.sort((a, b) => (0,versioning/* compareVersions */.Zy)(b.version, a.version));
    let by;
    if (req.supersededBy !== undefined) {
        const wanted = /^\d/.test(req.supersededBy)
            ? `${split.prefix}${req.supersededBy}`
            : req.supersededBy;
        if (wanted === req.tag)
            throw new errors/* PreconditionError */.Rb(`Input 'superseded-by': ${wanted} is the release being superseded; name the release that replaces it.`);
        const s = splitTag(wanted);
        if (s && (0,versioning/* isPrerelease */.V1)(s.version))
            throw new errors/* PreconditionError */.Rb(`Input 'superseded-by': ${wanted} is a pre-release; a release is superseded by a stable one.`);
        const found = releases.find(r => r.tag === wanted) ?? (await releaseByTag(octokit, req, wanted));
        if (!found)
            throw noRelease(req, wanted, 'superseded-by');
        by = found;
        if (by.draft || by.prerelease)
            throw new errors/* PreconditionError */.Rb(`Input 'superseded-by': the release ${wanted} is ${by.draft ? 'a draft' : 'a pre-release'}; a release is superseded by a published stable one.`);
        if (hasBanner(by.body))
            throw new errors/* PreconditionError */.Rb(`Input 'superseded-by': ${wanted} is itself superseded; name the release users should move to.`);
    }
    else {
        const highest = good[0];
        if (!highest)
            throw new errors/* PreconditionError */.Rb(`There is no other published stable release to supersede ${req.tag} with: publish the fixed version first, or name it with superseded-by.`);
        by = highest.release;
    }
    const currentLatest = await latestTag(octokit, req);
    const wasLatest = currentLatest === req.tag;
    const banner = {
        tag: req.tag,
        supersededBy: by.tag,
        supersededByUrl: by.url,
        reason: req.reason,
    };
    const name = supersededTitle(release.name, req.tag, by.tag);
    const body = withBanner(release.body, banner);
    if (body.length > MAX_BODY)
        throw new errors/* PreconditionError */.Rb(`The notes of ${req.tag} with the banner would be ${body.length} characters, over GitHub's limit of ${MAX_BODY}; shorten the reason.`);
    const edit = name === release.name && body === release.body ? undefined : { name, body };
    const notes = [];
    const aliases = req.moveAliases
        ? await planAliases(req, split.version, good, deps.registry, notes)
        : [];
    if (!req.moveAliases && req.images.length > 0)
        notes.push('move-aliases is false: no image tag is touched.');
    return {
        repository: `${req.owner}/${req.repo}`,
        release,
        version: split.version,
        supersededBy: by,
        reason: req.reason,
        banner,
        edit,
        wasLatest,
        latestTag: wasLatest ? by.tag : currentLatest,
        makeLatest: wasLatest,
        aliases,
        notes,
    };
}
/**
 * Apply a plan. Every manifest the aliases will point at is read first; then GitHub — Latest to the
 * release that supersedes, then the bad release's title and notes — then the aliases (`latest`
 * last). Each step is a no-op when it is already done, so a re-run after a failure finishes the
 * job; a failure says what was done and what was not.
 */
async function applySupersede(plan, req, deps) {
    const logger = deps.logger ?? log/* nullLogger */.Gi;
    const order = (a) => (a.alias === 'latest' ? 1 : 0);
    const moves = plan.aliases.filter(a => a.action === 'move').sort((a, b) => order(a) - order(b));
    const writes = [];
    for (const move of moves) {
        const ref = req.images.find(i => i.image === move.image)?.ref;
        const manifest = ref && move.to ? await deps.registry.manifest(ref, move.to) : undefined;
        if (!ref || !manifest)
            throw new errors/* PreconditionError */.Rb(`${move.image}@${move.to ?? '?'} (${move.toVersion ?? '?'}) disappeared from the registry after the plan was made; nothing was changed.`);
        writes.push({ move, ref, manifest });
    }
    const { owner, repo } = req;
    const done = [];
    if (plan.makeLatest) {
        try {
            await deps.octokit.rest.repos.updateRelease({
                owner,
                repo,
                release_id: plan.supersededBy.id,
                make_latest: 'true',
            });
        }
        catch (error) {
            throw problem(error, `make ${plan.supersededBy.tag} the Latest release; nothing was changed`);
        }
        done.push(`${plan.supersededBy.tag} was made Latest`);
        logger.info(`${plan.supersededBy.tag} is now the Latest release.`);
    }
    if (plan.edit) {
        try {
            await deps.octokit.rest.repos.updateRelease({
                owner,
                repo,
                release_id: plan.release.id,
                name: plan.edit.name,
                body: plan.edit.body,
                make_latest: 'false',
            });
        }
        catch (error) {
            throw problem(error, `edit the release ${plan.release.tag}${done.length ? ` (already done: ${done.join(', ')}; re-run to finish)` : '; nothing was changed'}`);
        }
        done.push(`${plan.release.tag} was marked superseded`);
        logger.info(`Marked ${plan.release.tag} as superseded by ${plan.supersededBy.tag}.`);
    }
    const moved = [];
    for (const { move, ref, manifest } of writes) {
        try {
            await deps.registry.putTag(ref, move.alias, manifest);
        }
        catch (error) {
            const left = writes
                .filter(w => !moved.includes(w.move))
                .map(w => `${w.move.image}:${w.move.alias}`);
            throw new errors/* PreconditionError */.Rb(`Moving ${move.image}:${move.alias} failed: ${error instanceof Error ? error.message : String(error)}. Done: ${[...done, ...moved.map(m => `${m.image}:${m.alias} moved`)].join(', ') || 'nothing'}; not done: ${left.join(', ')}. A re-run does only what is left.`);
        }
        moved.push(move);
        logger.info(`Moved ${move.image}:${move.alias} to ${move.toVersion} (${move.to}).`);
    }
    return moved;
}

;// CONCATENATED MODULE: ./packages/supersede/index.ts



;// CONCATENATED MODULE: ./actions/superseded-release/inputs.ts
/**
 * superseded-release's inputs: the only place they are read and validated. Nothing reaches GitHub
 * or a registry before every input is checked.
 */






const TAG_FORM = 'a release tag such as v1.2.3';
function readTag(input, value) {
    const unsafe = (0,versioning/* unsafeRefReason */.cV)(value);
    if (unsafe)
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(value)} ${unsafe}; expected ${TAG_FORM}`);
    if (!splitTag(value))
        throw new errors/* InputError */.dz(input, `expected ${TAG_FORM} (strict SemVer), got ${(0,errors/* showValue */.vp)(value)}`);
    return value;
}
function inputs_readInputs(inputs, github) {
    const tag = readTag('tag', inputs.required('tag', `the tag of the bad release, ${TAG_FORM}`));
    const byValue = inputs.optional('superseded-by');
    const supersededBy = byValue === undefined ? undefined : readTag('superseded-by', byValue);
    if (supersededBy !== undefined) {
        const by = splitTag(supersededBy);
        const bad = splitTag(tag);
        if (supersededBy === tag || (by && bad && (0,versioning/* compareVersions */.Zy)(by.version, bad.version) === 0))
            throw new errors/* InputError */.dz('superseded-by', `expected another release than the one being superseded (${tag})`);
        if (by && (0,versioning/* isPrerelease */.V1)(by.version))
            throw new errors/* InputError */.dz('superseded-by', `expected a stable release such as v1.2.4, got the pre-release ${(0,errors/* showValue */.vp)(supersededBy)}`);
    }
    const reason = cleanReason(inputs.required('reason', 'why the release is superseded, in a sentence users will read'));
    if (reason === '')
        throw new errors/* InputError */.dz('reason', 'is required; expected why the release is superseded');
    if (reason.length > 2000)
        throw new errors/* InputError */.dz('reason', `expected at most 2000 characters, got ${reason.length}`);
    const token = inputs.required('token', 'a GitHub token with contents: write (the default github.token does, with permissions: contents: write)');
    const split = (0,packages_github/* readRepository */.Nu)(inputs, github.repository);
    const apiUrl = inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3');
    const images = (0,publish_tags_matrix_inputs/* readImageList */.mP)('images', inputs.list('images'), inputs.warn);
    const [username, password] = inputs.pair('registry-username', 'registry-password');
    return {
        tag,
        supersededBy,
        reason,
        token,
        owner: split.owner,
        repo: split.repo,
        apiUrl,
        images,
        username,
        password,
        moveAliases: inputs.boolean('move-aliases', true),
        dryRun: inputs.boolean('dry-run', false),
    };
}

// EXTERNAL MODULE: ./packages/oci/index.ts + 2 modules
var oci = __webpack_require__(4533);
;// CONCATENATED MODULE: ./actions/superseded-release/main.ts
/**
 * superseded-release: mark a bad release superseded and roll the rolling image aliases back.
 * Reads everything and prints the whole plan first; dry-run stops there.
 */





function request(opts) {
    return {
        owner: opts.owner,
        repo: opts.repo,
        tag: opts.tag,
        supersededBy: opts.supersededBy,
        reason: opts.reason,
        images: opts.images,
        moveAliases: opts.moveAliases,
    };
}
const main_short = (digest) => (digest ? `${digest.slice(0, 19)}…` : '—');
/** The plan as lines for the log: everything that will change, and everything that will not. */
function planLines(plan, dryRun) {
    const will = dryRun ? 'would' : 'will';
    const lines = [
        `Plan to supersede ${plan.release.tag} of ${plan.repository}${dryRun ? ' (dry run: nothing is written)' : ''}:`,
        plan.edit
            ? `  release ${plan.release.tag}: ${will} get the title ${JSON.stringify(plan.edit.name)} and a "Deprecated" banner naming ${plan.supersededBy.tag}`
            : `  release ${plan.release.tag}: already carries this banner and title (unchanged)`,
        plan.makeLatest
            ? `  Latest: ${plan.release.tag} is Latest; ${plan.supersededBy.tag} ${will} become Latest`
            : `  Latest: ${plan.latestTag ?? 'none'} (unchanged; ${plan.release.tag} is not Latest)`,
    ];
    for (const a of plan.aliases) {
        lines.push(a.action === 'move'
            ? `  ${a.image}:${a.alias}: ${will} move ${main_short(a.from)} → ${a.toVersion} ${main_short(a.to)} (${a.why})`
            : `  ${a.image}:${a.alias}: ${a.action === 'stuck' ? 'stays' : 'unchanged'} (${a.why})`);
    }
    for (const note of plan.notes)
        lines.push(`  note: ${note}`);
    lines.push('  Never deleted or moved: any git tag, any release, any image version tag.');
    return lines;
}
function movedJson(moved) {
    return JSON.stringify(moved.map(m => ({ image: m.image, alias: m.alias, from: m.from, to: m.to })));
}
function summarize(outcome, dryRun) {
    const { plan } = outcome;
    const rows = plan.aliases.map(a => [
        code(`${a.image}:${a.alias}`),
        a.action === 'move'
            ? dryRun
                ? 'would move'
                : 'moved'
            : a.action === 'stuck'
                ? '⚠️ stays'
                : 'unchanged',
        code(main_short(a.from)),
        a.to ? `${code(a.toVersion ?? '')} ${code(main_short(a.to))}` : '—',
        escapeInline(a.why),
    ]);
    return [
        `### superseded-release: ${code(plan.release.tag)} → ${code(plan.supersededBy.tag)}${dryRun ? ' (dry run)' : ''}`,
        '',
        `- Release: [${escapeInline(plan.release.tag)}](${plan.release.url}) ${plan.edit ? (dryRun ? 'would be' : 'is now') + ' marked deprecated' : 'was already marked deprecated'}, superseded by [${escapeInline(plan.supersededBy.tag)}](${plan.supersededBy.url}).`,
        `- Latest: ${plan.makeLatest ? `${dryRun ? 'would move' : 'moved'} from ${code(plan.release.tag)} to ${code(plan.supersededBy.tag)}` : `${plan.latestTag ? code(plan.latestTag) : 'none'}, unchanged`}.`,
        `- Reason: ${escapeInline(plan.reason)}`,
        '',
        ...(rows.length > 0
            ? [table(['Image tag', 'Action', 'From', 'To', 'Why'], rows), '']
            : ['No rolling image tag to move.', '']),
        ...plan.notes.map(n => `- ${escapeInline(n)}`),
        ...(plan.notes.length ? [''] : []),
        "For the next release's changelog:",
        '',
        codeBlock(changelogNote(plan.banner), 'markdown'),
        '',
    ].join('\n');
}
async function supersede(opts, logger, clients) {
    const octokit = (0,packages_github/* createGitHubClient */.LX)({
        token: opts.token,
        apiUrl: opts.apiUrl,
        logger,
        ...(clients?.retryBaseMs !== undefined ? { retryBaseMs: clients.retryBaseMs } : {}),
    });
    const registry = new oci/* RegistryClient */.bP({
        ...(opts.username !== undefined && opts.password !== undefined
            ? { username: opts.username, password: opts.password }
            : {}),
        logger,
        push: !opts.dryRun && opts.moveAliases && opts.images.length > 0,
    });
    const req = request(opts);
    const plan = await planSupersede(req, { octokit, registry, logger });
    for (const line of planLines(plan, opts.dryRun))
        logger.info(line);
    const moved = opts.dryRun
        ? plan.aliases.filter(a => a.action === 'move')
        : await applySupersede(plan, req, { octokit, registry, logger });
    const outcome = { plan, applied: !opts.dryRun, moved };
    return {
        outcome,
        outputs: {
            'release-url': plan.release.url,
            'latest-tag': plan.latestTag ?? '',
            'moved-aliases': movedJson(moved),
        },
    };
}
const main = async ({ inputs, github, logger, mask }) => {
    const opts = readInputs(inputs, github);
    mask(opts.token);
    if (opts.password)
        mask(opts.password);
    const { outcome, outputs } = await supersede(opts, logger);
    for (const note of outcome.plan.aliases.filter(a => a.action === 'stuck'))
        logger.warning(`${note.image}:${note.alias} ${note.why}.`);
    return { outputs, summary: summarize(outcome, opts.dryRun) };
};

// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
// EXTERNAL MODULE: ./cli/commands/bump.ts
var bump = __webpack_require__(5492);
;// CONCATENATED MODULE: ./cli/commands/supersede.ts
/**
 * `release-actions supersede`: superseded-release from a maintainer's shell, with the token from
 * GITHUB_TOKEN (or GH_TOKEN) and the repository from --repository, GITHUB_REPOSITORY or the
 * origin remote.
 */






/** owner/repo of the origin remote when it is on github.com. */
async function originRepository() {
    const git = new packages_git/* Git */.TU(process.cwd());
    if (!(await git.isRepository()))
        return undefined;
    const url = await git
        .run(['remote', 'get-url', '--', 'origin'])
        .then(r => r.trim())
        .catch(() => undefined);
    const web = (0,bump.repoUrlFromRemote)(url);
    return web?.startsWith('https://github.com/')
        ? web.slice('https://github.com/'.length)
        : undefined;
}
async function supersede_supersede({ values }, logger) {
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    const github = (0,inputs/* githubContext */.h4)(process.env);
    if (!github.repository && values.repository === undefined)
        github.repository = await originRepository();
    const { 'no-move-aliases': noMove, ...rest } = values;
    const password = process.env.REGISTRY_PASSWORD;
    const opts = inputs_readInputs(new inputs/* Inputs */.G0((0,args/* flagSource */.qz)({
        ...rest,
        ...(noMove ? { 'move-aliases': 'false' } : {}),
        ...(token ? { token } : {}),
        ...(values['registry-username'] && password ? { 'registry-password': password } : {}),
    })), github);
    const { outcome, outputs } = await supersede(opts, logger);
    const verb = opts.dryRun ? 'would move' : 'moved';
    process.stdout.write(`${opts.dryRun ? 'Dry run: nothing was written.' : `${opts.tag} is marked superseded by ${outcome.plan.supersededBy.tag}.`}\n` +
        `Latest: ${outputs['latest-tag'] || 'none'}\n` +
        `${outcome.moved.length} image tag(s) ${verb}${outcome.moved.map(m => `\n  ${m.image}:${m.alias} → ${m.toVersion}`).join('')}\n`);
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

/***/ 8052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   Nu: () => (/* binding */ readRepository),
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   zh: () => (/* binding */ gitHubProblem)
/* harmony export */ });
/* unused harmony export DO_NOT_RETRY */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _inputs_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8359);
/**
 * The GitHub REST client of the suite: octokit from @actions/github with the retry and throttling
 * plugins. 5xx, rate limits and requests that time out are retried, honouring Retry-After; other
 * 4xx never are.
 */







function isLoopback(apiUrl) {
    try {
        return (0,_inputs_url_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(new URL(apiUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * The slowest upload rate the timeout allows for (1 MiB/s): a request with a body may wait
 * timeoutMs plus the time its body takes at that rate, so a large release asset is not cut off
 * while it is still being sent.
 */
const MIN_UPLOAD_BYTES_PER_MS = (1024 * 1024) / 1000;
function bodyBytes(body) {
    if (typeof body === 'string')
        return Buffer.byteLength(body);
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
        return body.byteLength;
    if (body instanceof Blob)
        return body.size;
    return 0;
}
/** Statuses whose Response has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([204, 205, 304]);
/**
 * `fetch` with a per-request timeout. The body is read here, under the same timeout (re-armed by
 * each chunk), because octokit reads it after fetch returns and takes a body that breaks off for
 * an empty one: a stalled answer must fail the request, not come back as empty data.
 */
function timedFetch(base, timeoutMs) {
    return async (input, init = {}) => {
        const timer = new AbortController();
        let timedOut = false;
        let timeout;
        const arm = (ms = timeoutMs) => {
            clearTimeout(timeout);
            timeout = setTimeout(() => {
                timedOut = true;
                timer.abort();
            }, ms);
        };
        const signal = init.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
        const url = input instanceof Request ? input.url : String(input);
        arm(timeoutMs + Math.ceil(bodyBytes(init.body) / MIN_UPLOAD_BYTES_PER_MS));
        try {
            const response = await base(input, { ...init, signal });
            const chunks = [];
            if (response.body) {
                const reader = response.body.getReader();
                for (;;) {
                    const { done, value } = await reader.read();
                    if (done)
                        break;
                    chunks.push(value);
                    arm();
                }
            }
            const copy = new Response(NULL_BODY.has(response.status) ? null : Buffer.concat(chunks), {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            if (timedOut)
                throw new Error(`GitHub did not answer ${init.method ?? 'GET'} ${url} within ${timeoutMs / 1000} s`);
            throw error;
        }
        finally {
            clearTimeout(timeout);
        }
    };
}
/** The throttling plugin's write limiter: one write at a time, `spacingMs` apart. */
function writeLimiter(spacingMs) {
    let last = 0;
    let queue = Promise.resolve();
    const limiter = {
        schedule(_options, fn, ...args) {
            const run = queue.then(async () => {
                const wait = last + spacingMs - Date.now();
                if (wait > 0)
                    await sleep(wait);
                last = Date.now();
                return fn(...args);
            });
            queue = run.catch(() => undefined);
            return run;
        },
    };
    return { key: () => limiter };
}
/**
 * Statuses the retry plugin never retries: the request itself is wrong or not allowed — and 429,
 * which is a rate limit: the throttling plugin (primary and secondary limits) or the Retry-After
 * hook below waits as long as GitHub asks, instead of the retry plugin's own backoff.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function createGitHubClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    /** The throttling plugin's handlers: log, and wait as asked up to rateLimitRetries times. */
    const waitOut = (what) => (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${what} for ${request.method} ${request.url}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`);
        return retryCount < rateLimitRetries;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'release-actions',
        // The fetch @actions/github sets up (through the runner's proxy, if any), with a timeout.
        request: {
            fetch: timedFetch(_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch, options.timeoutMs ?? 30_000),
        },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
        },
        throttle: {
            write: writeLimiter(options.writeSpacingMs ?? (isLoopback(options.apiUrl) ? 0 : 1000)),
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOut('rate limit reached'),
            onSecondaryRateLimit: waitOut('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
    // A 429 that is neither the primary nor the secondary limit the throttling plugin knows: wait
    // as long as Retry-After says (GitHub: at least a minute without it), a bounded number of times.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let waited = 0;; waited++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const e = error;
                const headers = e.response?.headers ?? {};
                const known = /\bsecondary rate\b/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0';
                if (e.status !== 429 || known || waited >= rateLimitRetries)
                    throw error;
                const seconds = Math.min(Number(headers['retry-after']) || 60, 900);
                logger.warning(`GitHub answered 429 for ${requestOptions.method} ${requestOptions.url}; retrying after ${seconds} s (retry ${waited + 1} of ${rateLimitRetries}).`);
                await sleep(seconds * 1000);
            }
        }
    });
    return octokit;
}
/** owner/repo, validated. */
function splitRepository(repository) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
    if (!m || m[2] === '.' || m[2] === '..')
        return undefined;
    return { owner: m[1], repo: m[2] };
}
/**
 * A GitHub API error as the step's error: 401 says the token was refused, 403 names the
 * permission the job needs; anything else keeps GitHub's message. `doing` completes "while trying
 * to …".
 */
function gitHubProblem(error, doing, permission) {
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 401)
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub refused the token while trying to ${doing} (HTTP 401 ${message}): pass a valid token (input 'token', or GITHUB_TOKEN).`);
    if (status === 403)
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub did not allow the token to ${doing} (HTTP 403 ${message}): the token needs ${permission} on the repository (permissions: ${permission} in the workflow job).`);
    return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub failed while trying to ${doing}: ${message}`);
}
/** The `repository` input (owner/repo), defaulting to github.repository. */
function readRepository(inputs, fallback) {
    const repository = inputs.optional('repository') ?? fallback;
    if (repository === undefined)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', 'is required outside GitHub Actions; expected owner/repo');
    const split = splitRepository(repository);
    if (!split)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', `expected owner/repo, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(repository)}`);
    return split;
}


/***/ })

};
