export const id = 5730;
export const ids = [5730];
export const modules = {

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3628);
/* harmony import */ var _packages_gates_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2972);
/* harmony import */ var _packages_github_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8052);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3374);
/**
 * quality-gates' inputs: the only place they are read and validated. The gate list is parsed and
 * checked here, before any gate runs.
 */







function readInputs(inputs, github) {
    const gatesText = inputs.optional('gates');
    const configValue = inputs.optional('config');
    if (gatesText !== undefined && configValue !== undefined) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('config', 'expected either gates (the list itself) or config (a file with the list), not both');
    }
    let gates;
    let source;
    if (gatesText !== undefined) {
        gates = (0,_packages_gates_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGates */ .MJ)(gatesText, 'gates');
        source = 'the gates input';
    }
    else {
        const file = (0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWorkspacePath */ .XI)('config', configValue ?? _packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2, github);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(configValue === undefined ? 'gates' : 'config', configValue === undefined
                ? `is required; expected a YAML list of gates, or a config file (${_packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2} does not exist)`
                : `expected a YAML file with the list of gates; ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(configValue)} does not exist`);
        }
        const listed = (0,_packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(file, 'config').gates;
        if (listed === undefined)
            throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('config', `${file} has no gates: expected a YAML list of gates (each {name, run} or {uses, with}), or a mapping whose gates key is the list`);
        gates = listed;
        source = configValue ?? _packages_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2;
    }
    if (gates.length === 0)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(gatesText !== undefined ? 'gates' : 'config', 'the list of gates is empty');
    const sha = inputs.optional('sha') ?? github.sha;
    if (sha !== undefined && !/^[0-9a-f]{40}$/i.test(sha))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('sha', `expected a full 40-character commit sha, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(sha)}`);
    const apiUrl = inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3');
    const repository = inputs.optional('repository') ?? github.repository;
    if (repository !== undefined && !(0,_packages_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .splitRepository */ .T8)(repository)) {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('repository', `expected owner/repo, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .showValue */ .vp)(repository)}`);
    }
    const versionText = inputs.optional('version');
    let version = versionText === undefined
        ? undefined
        : (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatVersion */ .qh)((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .requireVersion */ .eU)('version', versionText, 'v'));
    if (version === undefined && github.ref?.startsWith('refs/tags/')) {
        // A release tag of any prefix (v1.2.3, 1.2.3, pkg@1.2.3); anything else is not a release, and
        // version-alignment then needs with.version.
        const tag = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .splitReleaseTag */ .eQ)(github.ref.slice('refs/tags/'.length));
        if (tag)
            version = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatVersion */ .qh)(tag.version);
    }
    const token = inputs.optional('token');
    return {
        gates,
        source,
        failFast: inputs.boolean('fail-fast', false),
        token,
        sha: sha?.toLowerCase(),
        apiUrl,
        repository,
        version,
        // Made only when a required-checks gate runs: without a token, that gate fails (not the step).
        github: logger => {
            if (!token)
                throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PreconditionError */ .Rb("required-checks needs a token with actions: read and checks: read (input 'token')");
            return (0,_packages_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)({ token, apiUrl, logger });
        },
    };
}


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gates: () => (/* binding */ gates)
/* harmony export */ });
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2972);
/* harmony import */ var _actions_quality_gates_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1872);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2586);
/**
 * `release-actions gates`: the release's gates, run locally exactly as quality-gates runs them,
 * so a maintainer can check before tagging.
 */




async function gates({ values }, logger) {
    const token = process.env.GITHUB_TOKEN;
    const github = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .localContext */ .NV)();
    const opts = (0,_actions_quality_gates_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .flagSource */ .qz)({ ...values, ...(token ? { token } : {}) })), github);
    const results = await (0,_packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateGates */ .ud)(opts, {
        workspace: github.workspace,
        env: process.env,
        logger,
        output: chunk => process.stderr.write(chunk),
    });
    const width = Math.max(...results.map(r => r.name.length));
    for (const r of results) {
        process.stdout.write(`${r.status === 'success' ? 'pass' : r.status === 'failure' ? 'FAIL' : 'skip'}  ${r.name.padEnd(width)}  ${(r.durationMs / 1000).toFixed(1).padStart(6)} s  ${r.summary}\n`);
        if (r.status === 'failure' && r.details)
            process.stdout.write(`${r.details.replace(/^/gm, '      ')}\n`);
    }
    return (0,_packages_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failedGates */ .qq)(results).length === 0 ? 0 : 1;
}


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


/***/ })

};
