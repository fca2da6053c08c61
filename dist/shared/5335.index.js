export const id = 5335;
export const ids = [5335];
export const modules = {

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

/***/ 8701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ parseImageBuilds),
/* harmony export */   Se: () => (/* binding */ isEvidenceAsset),
/* harmony export */   Sx: () => (/* binding */ findReleaseFiles),
/* harmony export */   W6: () => (/* binding */ PlanError),
/* harmony export */   f3: () => (/* binding */ isChecksumsAsset)
/* harmony export */ });
/* unused harmony export EVIDENCE_ASSETS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8052);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5786);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6793);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3374);
/**
 * The plan of a release run, decided once in its first job: which images to build (each with its
 * own Dockerfile, context, platforms, build arguments and target), and whether the release files
 * are built or reused from a release of the same commit (a promoted candidate ships exactly the
 * files it validated; a rebuild of a published tag ships the files it published).
 */







class PlanError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE {
    name = 'PlanError';
}
const KEYS = ['name', 'dockerfile', 'context', 'platforms', 'build-args', 'target'];
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/;
const ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TARGET_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** A value of the plan in a message: a string escaped as input values are (showValue). */
function show(value) {
    if (typeof value === 'string')
        return (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(value);
    return (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(String(JSON.stringify(value)));
}
/** A path inside the repository: relative, no `..` segment, no NUL or newline. */
function relativePath(field, value, where) {
    const clean = value.replace(/^\.\/+/, '');
    if ((0,_files_index_js__WEBPACK_IMPORTED_MODULE_4__/* .hasParentSegment */ .Ih)(value) || /[\0\r\n]/.test(value))
        throw new PlanError(`${where}: ${field} must be a path inside the repository, got ${show(value)}`);
    return clean === '' ? '.' : clean;
}
function imageName(value, where, warn) {
    if (typeof value !== 'string' || (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(value) === '')
        throw new PlanError(`${where}: expected an image name such as ghcr.io/owner/app, got ${show(value)}`);
    const name = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readImageName */ .t4)((0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(value), warn);
    const problem = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .imageProblem */ .JC)(name, 'repository');
    if (problem !== undefined)
        throw new PlanError(`${where}: expected ${_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .IMAGE_FORMS */ .gi.repository} (the tags are computed), got ${show(name)} (it ${problem})`);
    return name;
}
function buildArgs(value, where) {
    if (value === undefined || value === null)
        return '';
    const pairs = [];
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item !== 'string' || !item.includes('='))
                throw new PlanError(`${where}: build-args entries are KEY=value, got ${show(item)}`);
            pairs.push([item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]);
        }
    }
    else if (typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (v !== null && typeof v === 'object')
                throw new PlanError(`${where}: build-args values are strings, got ${show(v)} for ${k}`);
            pairs.push([k, typeof v === 'string' ? v : v === null ? '' : JSON.stringify(v)]);
        }
    }
    else
        throw new PlanError(`${where}: build-args is a mapping of KEY: value, got ${show(value)}`);
    for (const [k, v] of pairs) {
        if (!ARG_RE.test(k))
            throw new PlanError(`${where}: ${show(k)} is not a build argument name (letters, digits, _)`);
        if (/[\r\n\0]/.test(v))
            throw new PlanError(`${where}: the build argument ${k} spans lines; one line each`);
    }
    return pairs.map(([k, v]) => `${k}=${v}`).join('\n');
}
/**
 * The images of the `images` input: a list of names (one per line or comma-separated), every one
 * built the same way, or a YAML list whose entries are names or mappings with name and optionally
 * dockerfile, context, platforms, build-args and target.
 */
function parseImageBuilds(text, defaults, warn = () => undefined) {
    const trimmed = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(text);
    if (trimmed === '')
        return [];
    let items;
    if (/^(-\s|\[)/.test(trimmed)) {
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(trimmed, { maxAliasCount: 0 });
        }
        catch (error) {
            throw new PlanError(`the YAML list does not parse: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))}`);
        }
        if (!Array.isArray(doc))
            throw new PlanError('expected a YAML list of images');
        items = doc;
    }
    else
        items = trimmed
            .split(/[\n,]/)
            .map(s => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(s))
            .filter(Boolean);
    const out = [];
    for (const [i, item] of items.entries()) {
        const where = `image ${i + 1}`;
        const entry = typeof item === 'string'
            ? { name: item }
            : item && typeof item === 'object' && !Array.isArray(item)
                ? item
                : {};
        if (typeof item !== 'string' &&
            (item === null || typeof item !== 'object' || Array.isArray(item)))
            throw new PlanError(`${where}: expected an image name or a mapping with name, got ${show(item)}`);
        const unknown = Object.keys(entry).filter(k => !KEYS.includes(k));
        if (unknown.length)
            throw new PlanError(`${where}: unknown key ${show(unknown[0])}; expected ${KEYS.join(', ')}`);
        const name = imageName(entry.name, where, warn);
        if (out.some(o => o.name === name))
            throw new PlanError(`${where}: ${show(name)} is listed twice`);
        const str = (key) => {
            const v = entry[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'string')
                throw new PlanError(`${where}: ${key} is a string, got ${show(v)}`);
            return (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(v);
        };
        const context = relativePath('context', str('context') ?? defaults.context, where);
        // A Dockerfile not named is the context's, as docker build and build-push-action take it.
        const ownContext = entry.context !== undefined;
        const dockerfileValue = str('dockerfile') ?? (ownContext ? '' : defaults.dockerfile);
        const dockerfile = dockerfileValue === '' ? '' : relativePath('dockerfile', dockerfileValue, where);
        const platforms = (str('platforms') ?? defaults.platforms)
            .split(',')
            .map(p => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimAscii */ .ic)(p))
            .filter(Boolean);
        if (platforms.length === 0)
            throw new PlanError(`${where}: expected at least one platform such as linux/amd64`);
        for (const p of platforms)
            if (!PLATFORM_RE.test(p))
                throw new PlanError(`${where}: ${show(p)} is not a platform such as linux/amd64 or linux/arm64/v8`);
        const target = str('target') ?? '';
        if (target !== '' && !TARGET_RE.test(target))
            throw new PlanError(`${where}: ${show(target)} is not a build stage name`);
        out.push({
            name,
            dockerfile,
            context,
            platforms: platforms.join(','),
            buildArgs: buildArgs(entry['build-args'], where),
            target,
            key: `image-${i + 1}`,
        });
    }
    return out;
}
/** The assets a release run makes itself, besides the release files: never reused, always made anew. */
const EVIDENCE_ASSETS = [
    'checksums.txt',
    'sbom.spdx.json',
    'THIRD_PARTY_NOTICES.md',
    'provenance.intoto.jsonl',
];
/** The checksums file: checksums.txt, or named as release archives are (<name>_v<version>_checksums.txt). */
function isChecksumsAsset(name) {
    return name === 'checksums.txt' || name.endsWith('_checksums.txt');
}
/** An asset the release run made itself (evidence), not a release file. */
function isEvidenceAsset(name) {
    return EVIDENCE_ASSETS.includes(name) || isChecksumsAsset(name);
}
/**
 * The release whose files this run ships instead of building them: this tag's own published
 * release (a rebuild), else the highest published pre-release of the same version on the same
 * commit (a promoted candidate). Only releases with files besides the evidence count.
 */
async function findReleaseFiles(client, { owner, repo, tag, atCommit, }) {
    const candidates = [
        tag,
        ...atCommit
            .filter(t => t.name !== tag.name && (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrerelease */ .V1)(t.version) && (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .sameCore */ .ie)(t.version, tag.version))
            .sort((a, b) => (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersions */ .Zy)(b.version, a.version)),
    ];
    for (const candidate of candidates) {
        let release;
        try {
            release = (await client.rest.repos.getReleaseByTag({ owner, repo, tag: candidate.name })).data;
        }
        catch (error) {
            if (error.status === 404)
                continue;
            throw (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubProblem */ .zh)(error, `read the release of ${candidate.name}`, 'contents: read');
        }
        if (release.draft)
            continue;
        const assets = release.assets
            .filter(a => (a.state ?? 'uploaded') === 'uploaded')
            .filter(a => !isEvidenceAsset(a.name))
            .map(a => ({ id: a.id, name: a.name, size: a.size }));
        if (assets.length > 0)
            return { tag: candidate.name, assets };
    }
    return undefined;
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
