export const id = 7780;
export const ids = [7780];
export const modules = {

/***/ 7780:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4849);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/release/index.ts
/**
 * Publishing a GitHub Release the way immutable releases require: find the release of the tag or
 * create it as a draft, upload every asset to the draft, then publish — so no one ever sees a
 * published release without its assets. Re-runs find the release (drafts are found through the
 * list: GitHub finds only published releases by tag) instead of creating a second one, and a
 * create whose answer was lost (422 already_exists on the retry) is found the same way.
 *
 * packages/release owns publishing a GitHub Release and moving an action repository's major tag
 * (this file; which release the major tag may point at is packages/versioning/lines.ts), and the
 * plan of a release run (plan.ts).
 */





const releaseProblem = (error, doing) => (0,packages_github/* gitHubProblem */.zh)(error, doing, 'contents: write');
const CONTENT_TYPES = {
    '.json': 'application/json',
    '.jsonl': 'application/jsonl',
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.gz': 'application/gzip',
    '.tgz': 'application/gzip',
    '.zip': 'application/zip',
    '.tar': 'application/x-tar',
    '.sig': 'application/octet-stream',
};
function contentType(name) {
    return CONTENT_TYPES[external_node_path_default().extname(name).toLowerCase()] ?? 'application/octet-stream';
}
/** Assets are named by base name: two files with one name would overwrite each other. */
function checkAssetNames(assets) {
    const seen = new Map();
    for (const a of assets) {
        const other = seen.get(a.name);
        if (other)
            throw new errors/* PreconditionError */.Rb(`Two assets would both be named ${a.name} (${other} and ${a.file}); rename one.`);
        seen.set(a.name, a.file);
    }
}
async function findRelease(octokit, req) {
    try {
        const list = (await octokit.paginate(octokit.rest.repos.listReleases, {
            owner: req.owner,
            repo: req.repo,
            per_page: 100,
        }));
        return list.find(r => r.tag_name === req.tag);
    }
    catch (error) {
        throw releaseProblem(error, `list the releases of ${req.owner}/${req.repo}`);
    }
}
async function listAssets(octokit, req, id) {
    return await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
        owner: req.owner,
        repo: req.repo,
        release_id: id,
        per_page: 100,
    });
}
async function upload(octokit, req, release, asset) {
    const data = (0,external_node_fs_.readFileSync)(asset.file);
    try {
        await octokit.request({
            method: 'POST',
            url: release.upload_url,
            name: asset.name,
            data,
            // No content-length of our own: fetch sends the body's length itself, and with ours too the
            // request is refused ('invalid content-length header') when the sources run unbundled.
            headers: { 'content-type': contentType(asset.name) },
        });
    }
    catch (error) {
        // A retry of an upload whose answer was lost: the asset is there; check it is this one.
        if (error.status === 422) {
            const there = (await listAssets(octokit, req, release.id)).find(a => a.name === asset.name);
            if (there && there.size === data.length && there.state === 'uploaded')
                return;
        }
        throw releaseProblem(error, `upload ${asset.name} to the release ${req.tag}`);
    }
}
/**
 * Find or create the draft, bring its notes and assets up to date, publish it. A release that is
 * already published keeps its notes (they may carry hand edits or a superseded banner); its missing
 * assets are added unless it is immutable, and a published asset is never replaced.
 */
async function publishRelease(req, deps) {
    const { octokit } = deps;
    const logger = deps.logger ?? log/* nullLogger */.G;
    checkAssetNames(req.assets);
    const latest = req.makeLatest && !req.prerelease;
    let release = await findRelease(octokit, req);
    const outcome = {
        id: release?.id,
        url: release?.html_url,
        found: release ? (release.draft ? 'draft' : 'published') : 'none',
        assets: [],
        published: release !== undefined && !release.draft,
        latest: false,
    };
    if (release && !release.draft) {
        const have = new Map(release.assets.map(a => [a.name, a]));
        const regenerated = new Set(req.regenerated ?? []);
        const differ = req.assets.filter(a => have.has(a.name) && !regenerated.has(a.name) && have.get(a.name)?.size !== a.size);
        if (differ.length > 0)
            throw new errors/* PreconditionError */.Rb(`${req.tag} is already published with other files under the names ${differ.map(a => `${a.name} (${have.get(a.name)?.size} bytes there, ${a.size} here)`).join(', ')}; a published asset is never replaced. Release a new version.`);
        const missing = req.assets.filter(a => !have.has(a.name));
        if (missing.length > 0 && release.immutable)
            throw new errors/* PreconditionError */.Rb(`${req.tag} is published and immutable, and lacks ${missing.map(a => a.name).join(', ')}; assets of an immutable release cannot change. Release a new version.`);
        for (const a of req.assets)
            outcome.assets.push({
                name: a.name,
                action: have.has(a.name) ? 'unchanged' : req.dryRun ? 'planned' : 'uploaded',
            });
        if (!req.dryRun)
            for (const a of missing)
                await upload(octokit, req, release, a);
        logger.info(`${req.tag} is already published; ${missing.length ? `added ${missing.map(a => a.name).join(', ')}` : 'nothing to add'}.`);
        return outcome;
    }
    if (req.dryRun) {
        outcome.assets = req.assets.map(a => ({ name: a.name, action: 'planned' }));
        return outcome;
    }
    if (!release) {
        try {
            const { data } = await octokit.rest.repos.createRelease({
                owner: req.owner,
                repo: req.repo,
                tag_name: req.tag,
                name: req.name,
                body: req.notes,
                draft: true,
                prerelease: req.prerelease,
            });
            release = data;
            outcome.found = 'created';
            logger.info(`Created the draft release ${req.tag}.`);
        }
        catch (error) {
            // The create may have happened and only its answer was lost: find it.
            if (error.status === 422)
                release = await findRelease(octokit, req);
            if (!release)
                throw releaseProblem(error, `create the release ${req.tag}`);
            outcome.found = release.draft ? 'draft' : 'published';
            if (!release.draft)
                return publishRelease(req, deps);
        }
    }
    const draft = release;
    outcome.id = draft.id;
    outcome.url = draft.html_url;
    if (draft.name !== req.name ||
        (draft.body ?? '') !== req.notes ||
        draft.prerelease !== req.prerelease) {
        try {
            await octokit.rest.repos.updateRelease({
                owner: req.owner,
                repo: req.repo,
                release_id: draft.id,
                name: req.name,
                body: req.notes,
                prerelease: req.prerelease,
            });
        }
        catch (error) {
            throw releaseProblem(error, `update the draft release ${req.tag}`);
        }
    }
    const have = new Map((await listAssets(octokit, req, draft.id)).map(a => [a.name, a]));
    for (const a of req.assets) {
        const there = have.get(a.name);
        if (there && there.size === a.size && there.state === 'uploaded') {
            outcome.assets.push({ name: a.name, action: 'unchanged' });
            continue;
        }
        if (there) {
            // A draft's half-uploaded or outdated asset: nobody has seen it; replace it.
            await octokit.rest.repos.deleteReleaseAsset({
                owner: req.owner,
                repo: req.repo,
                asset_id: there.id,
            });
        }
        await upload(octokit, req, draft, a);
        outcome.assets.push({ name: a.name, action: there ? 'replaced' : 'uploaded' });
        logger.info(`Uploaded ${a.name} (${a.size} bytes).`);
    }
    try {
        const { data } = await octokit.rest.repos.updateRelease({
            owner: req.owner,
            repo: req.repo,
            release_id: draft.id,
            draft: false,
            prerelease: req.prerelease,
            make_latest: latest ? 'true' : 'false',
        });
        outcome.url = data.html_url;
    }
    catch (error) {
        throw releaseProblem(error, `publish the release ${req.tag}`);
    }
    outcome.published = true;
    outcome.latest = latest;
    logger.info(`Published ${req.tag}${latest ? ' as Latest' : ''}${req.prerelease ? ' as a pre-release' : ''}.`);
    return outcome;
}
/** Point `refs/tags/<major>` at `commit` (create it, or force-update it). */
async function moveMajorTag(octokit, req, major, commit) {
    const ref = `tags/${major}`;
    let current;
    try {
        const { data } = await octokit.rest.git.getRef({ owner: req.owner, repo: req.repo, ref });
        current = data.object.sha;
    }
    catch (error) {
        if (error.status !== 404)
            throw releaseProblem(error, `read the tag ${major}`);
    }
    try {
        if (current === commit)
            return 'unchanged';
        if (current === undefined) {
            await octokit.rest.git.createRef({
                owner: req.owner,
                repo: req.repo,
                ref: `refs/${ref}`,
                sha: commit,
            });
            return 'created';
        }
        await octokit.rest.git.updateRef({
            owner: req.owner,
            repo: req.repo,
            ref,
            sha: commit,
            force: true,
        });
        return 'moved';
    }
    catch (error) {
        throw releaseProblem(error, `move the tag ${major} to ${commit.slice(0, 12)}`);
    }
}

;// CONCATENATED MODULE: ./packages/release/github-release.ts
/**
 * A release's GitHub Release: draft, assets, then publish (publishRelease); Latest only for the
 * highest stable version (make-latest: auto); optionally the action repository's major tag (v1),
 * moved only for the highest stable release of its major line (packages/versioning's lines).
 * github-release calls this.
 */





async function githubRelease(opts, logger, client) {
    const git = new packages_git/* Git */.TU(opts.path);
    const needsTags = opts.makeLatest === 'auto' || opts.majorTag;
    const tags = needsTags && (await git.isRepository()) ? await git.tags() : undefined;
    if (needsTags && !tags?.some(t => t.name === opts.tag))
        throw new errors/* PreconditionError */.Rb(`make-latest: auto and major-tag read the repository's release tags, but ${opts.path} has no tag ${opts.tag}; check out with fetch-depth: 0, or set make-latest to true or false.`);
    const lines = (0,versioning/* lineMaxima */.Ke)((0,versioning/* releaseTags */.dt)(tags ?? [], opts.tagPrefix).map(t => t.version));
    const makeLatest = opts.makeLatest === 'auto'
        ? lines.isHighest(opts.version, 'latest')
        : opts.makeLatest === 'true';
    const octokit = (0,packages_github/* createGitHubClient */.LX)({
        token: opts.token,
        apiUrl: opts.apiUrl,
        logger,
        ...(client?.retryBaseMs !== undefined ? { retryBaseMs: client.retryBaseMs } : {}),
    });
    const outcome = await publishRelease({
        owner: opts.owner,
        repo: opts.repo,
        tag: opts.tag,
        name: opts.name,
        notes: opts.notes,
        prerelease: opts.prerelease,
        makeLatest,
        assets: opts.assets,
        regenerated: opts.regenerated,
        dryRun: opts.dryRun,
    }, { octokit, logger });
    let majorTag = '';
    let majorAction = '';
    if (opts.majorTag) {
        // The major tag (v1) moves only to the highest stable release of its major line.
        const major = lines.isHighest(opts.version, 'major')
            ? `${opts.tagPrefix}${(0,versioning/* aliasName */.sN)('major', opts.version)}`
            : undefined;
        const commit = tags?.find(t => t.name === opts.tag)?.commit;
        if (major && commit) {
            majorTag = major;
            majorAction = opts.dryRun ? 'planned' : await moveMajorTag(octokit, opts, major, commit);
            logger.info(`${major}: ${majorAction} (${commit.slice(0, 12)}).`);
        }
        else
            logger.info(`No major tag moves: ${opts.tag} is not the highest stable release of its major line.`);
    }
    return { outcome, majorTag, majorAction };
}

// EXTERNAL MODULE: ./packages/attest/index.ts + 7 modules
var attest = __webpack_require__(5109);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./actions/github-release/inputs.ts
/**
 * github-release's inputs: the only place they are read and validated.
 */







const MAX_NOTES = 125_000;
function readInputs(inputs, github) {
    const tagPrefix = (0,versioning/* readTagPrefix */.ZJ)(inputs);
    const tag = inputs.required('tag', `the release tag, such as ${tagPrefix}1.2.3`);
    const version = (0,versioning/* requireReleaseTag */.f0)('tag', tag, tagPrefix);
    const notesFile = inputs.optional('notes-file');
    const notesText = inputs.optional('notes');
    if (notesFile !== undefined && notesText !== undefined)
        throw new errors/* InputError */.dz('notes', 'expected notes or notes-file, not both');
    let notes = notesText ?? '';
    if (notesFile !== undefined) {
        const file = (0,packages_inputs/* existingFile */._h)('notes-file', notesFile, github.workspace, 'a file with the release notes', {
            alsoUnder: [github.runnerTemp],
        });
        notes = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    if (notes.length > MAX_NOTES)
        throw new errors/* InputError */.dz(notesFile !== undefined ? 'notes-file' : 'notes', `the notes are ${notes.length} characters; GitHub accepts at most ${MAX_NOTES}`);
    const patterns = inputs.list('assets');
    const matched = patterns.length === 0
        ? { subjects: [], skipped: [] }
        : (0,attest/* resolveSubjects */.Gl)(github.workspace, patterns, { input: 'assets' });
    // A symlink (to a file or a directory) leading outside the workspace is never uploaded.
    for (const s of matched.skipped)
        inputs.warn(`assets: skipped ${s}.`);
    const assets = matched.subjects.map(s => ({
        name: external_node_path_default().basename(s.absolute),
        file: s.absolute,
        size: s.size,
    }));
    const regenerated = inputs.list('regenerated-assets');
    for (const name of regenerated)
        if (/[/\\]/.test(name))
            throw new errors/* InputError */.dz('regenerated-assets', `expected asset names (file names, no folders), got ${(0,errors/* showValue */.vp)(name)}`);
    const prereleaseValue = inputs.choice('prerelease', ['auto', 'true', 'false'], 'auto');
    const prerelease = prereleaseValue === 'auto' ? (0,versioning/* isPrerelease */.V1)(version) : prereleaseValue === 'true';
    const token = inputs.required('token', 'a GitHub token with contents: write');
    const split = (0,packages_github/* readRepository */.Nu)(inputs, github.repository);
    return {
        tag,
        version,
        name: inputs.string('name', tag),
        notes,
        assets,
        regenerated,
        prerelease,
        makeLatest: inputs.choice('make-latest', ['auto', 'true', 'false'], 'auto'),
        majorTag: inputs.boolean('major-tag', false),
        tagPrefix,
        token,
        owner: split.owner,
        repo: split.repo,
        apiUrl: inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3'),
        path: (0,packages_inputs/* resolveWorkspacePath */.XI)('path', inputs.string('path', '.'), github.workspace),
        dryRun: inputs.boolean('dry-run', false),
    };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/github-release/outputs.ts
/**
 * github-release's outputs (the names of its action.yml) and step summary.
 */

function releaseOutputs(r) {
    const { outcome } = r;
    return {
        'release-url': outcome.url ?? '',
        'release-id': outcome.id === undefined ? '' : String(outcome.id),
        assets: JSON.stringify(outcome.assets),
        latest: String(outcome.latest),
        'major-tag': r.majorTag,
    };
}
function summarize(opts, r) {
    const { outcome } = r;
    const state = opts.dryRun
        ? `dry run: ${outcome.found === 'none' ? 'would create a draft, upload, publish' : `found (${outcome.found})`}`
        : outcome.found === 'published'
            ? 'was already published'
            : `published${outcome.latest ? ' as Latest' : ''}${opts.prerelease ? ' as a pre-release' : ''}`;
    return [
        `### GitHub Release ${(0,markdown/* code */.aY)(opts.tag)}: ${state}`,
        '',
        outcome.url ? `${outcome.url}` : '',
        '',
        ...(outcome.assets.length
            ? [
                (0,markdown/* table */.tp)(['Asset', 'Action'], outcome.assets.map(a => [(0,markdown/* code */.aY)(a.name), a.action])),
                '',
            ]
            : ['No assets.', '']),
        ...(r.majorTag ? [`Major tag ${(0,markdown/* code */.aY)(r.majorTag)}: ${r.majorAction}.`, ''] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/github-release/main.ts
/**
 * The release job's GitHub Release (internal to the suite's reusable workflow, and this
 * repository's own release): read the inputs, publish the release (packages/release's
 * githubRelease: draft, assets, then publish; Latest only for the highest stable version;
 * optionally the action repository's major tag), write the outputs.
 */



const main = async ({ inputs, github, logger, mask }) => {
    const opts = readInputs(inputs, github);
    mask(opts.token);
    const result = await githubRelease(opts, logger);
    return { outputs: releaseOutputs(result), summary: summarize(opts, result) };
};


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
        return (0,_inputs_url_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .cW)(new URL(apiUrl).hostname);
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
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub did not answer ${init.method ?? 'GET'} ${url} within ${timeoutMs / 1000} s`);
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
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionError */ .Rb(`GitHub refused the token while trying to ${doing} (HTTP 401 ${message}): the token is not valid (expired, revoked, or for another GitHub host); pass a valid one.`);
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


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ nullLogger),
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
const nullLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    notice: () => { },
    untrusted: () => { },
    group: (_title, fn) => fn(),
};
/** A logger for terminals: info to stdout, the rest to stderr, no workflow commands. */
function consoleLogger({ verbose = false } = {}) {
    return {
        debug: m => {
            if (verbose)
                process.stderr.write(`debug: ${m}\n`);
        },
        info: m => process.stderr.write(`${m}\n`),
        warning: m => process.stderr.write(`warning: ${m}\n`),
        notice: m => process.stderr.write(`notice: ${m}\n`),
        untrusted: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
        group: async (title, fn) => {
            process.stderr.write(`${title}\n`);
            return fn();
        },
    };
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ commandFreeStream),
/* harmony export */   w: () => (/* binding */ COMMAND_LIKE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Printing text from outside without letting it issue workflow commands. No @actions/core here:
 * the CLI's code paths (quality-gates' evaluate) may import this without loading the runtime.
 */

/**
 * Text the runner would read as a workflow command: `::` at the start of a line after whitespace,
 * or the old `##[` form anywhere in a line (actions/runner ActionCommand.cs). A line ends at \n
 * or \r for the runner.
 */
const COMMAND_LIKE = /(?:^|[\r\n])\s*::|##\[/;
/**
 * A stream of text from outside (a gate's output, served bodies, file names) printed with
 * workflow commands turned off: `::stop-commands::<random token>` before the first chunk, and the
 * token, on a line of its own, at `end()`. Nothing in between can issue a command, whatever it
 * prints, since it cannot know the token.
 */
function commandFreeStream(write = data => process.stdout.write(data)) {
    let token;
    let atLineStart = true;
    return {
        write: chunk => {
            if (chunk.length === 0)
                return;
            if (token === undefined) {
                token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
                write(`::stop-commands::${token}\n`);
            }
            write(chunk);
            const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk.at(-1);
            atLineStart = last === 10 || last === 13;
        },
        end: () => {
            if (token === undefined)
                return;
            write(`${atLineStart ? '' : '\n'}::${token}::\n`);
            token = undefined;
            atLineStart = true;
        },
    };
}


/***/ }),

/***/ 89:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export coreLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6619);
/**
 * The runner side of every JavaScript action, and the only package that imports @actions/core:
 * read inputs from the environment, run the action's main, then write outputs and the step
 * summary. One catch turns an error into exit code 1 and one `::error::` line: for the user's or the
 * world's errors (an InputError, a registry that refused, see isOperationalError) that line alone;
 * for anything else, a bug of release-actions, first its stack, marked as a bug with the link to
 * report it. Nothing is written to GITHUB_OUTPUT unless main returned.
 */





function untrusted(text) {
    const stream = (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFreeStream */ .s)();
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
    stream.end();
}
/**
 * A Logger over @actions/core. Untrusted text is printed with workflow commands turned off; an
 * info message that would read as a command is too (warning, notice and debug are escaped by
 * @actions/core, and `setFailed` as well).
 */
const coreLogger = {
    debug: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: m => (_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LIKE */ .w.test(m) ? untrusted(m) : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m)),
    warning: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    notice: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m),
    untrusted,
    group: (title, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
};
/**
 * Fail the step on `error`: one `::error::` line for the user's or the world's errors; for a bug,
 * its stack first (through the untrusted path: a message may quote text from outside), marked as
 * a bug with the link to report it, and the error line says so too.
 */
function fail(error, context = '') {
    if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isOperationalError */ .ZX)(error))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${context}${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    else {
        untrusted((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bugReport */ .r)(error));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${context}${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bugLine */ .Vr)(error)}`);
    }
    process.exitCode = 1;
}
async function runAction(main, env = process.env) {
    let result;
    try {
        result = await main({
            inputs: new _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .envSource */ .Db)(env), { warn: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) }),
            github: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(env),
            env,
            logger: coreLogger,
            mask: secret => {
                if (secret !== '')
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
            },
        });
    }
    catch (error) {
        fail(error);
        return;
    }
    try {
        // The summary first: if it cannot be written, no output has been written either.
        if (result.summary && env.GITHUB_STEP_SUMMARY) {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(result.summary, true).write();
        }
        for (const [name, value] of Object.entries(result.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
    catch (error) {
        fail(error, "Could not write the step's outputs: ");
        return;
    }
    if (result.failure) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(result.failure);
        process.exitCode = 1;
    }
}


/***/ })

};
