export const id = 6736;
export const ids = [6736];
export const modules = {

/***/ 7380:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7538);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/attest/index.ts + 7 modules
var attest = __webpack_require__(5109);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
;// CONCATENATED MODULE: ./actions/attest-sbom/steps/verify-attestations/inputs.ts
/**
 * verify-attestations' inputs: the only place they are read and validated. The subjects come from
 * a checksums file and/or an image and its digest; the signer workflow defaults to the one this
 * job runs in, as its OIDC token names it.
 */







async function readInputs(inputs, github, env) {
    const subjects = [];
    const checksums = inputs.optional('checksums-file');
    const base = (0,packages_inputs/* resolveWorkspacePath */.XI)('base', inputs.string('base', '.'), github.workspace);
    if (checksums !== undefined) {
        const file = (0,packages_inputs/* existingFile */._h)('checksums-file', checksums, github.workspace, 'a checksums file', {
            alsoUnder: [github.runnerTemp],
        });
        for (const s of (0,attest/* subjectsFromChecksums */.UH)((0,external_node_fs_.readFileSync)(file, 'utf8')))
            subjects.push({
                kind: 'file',
                path: external_node_path_default().relative(github.workspace, external_node_path_default().join(base, s.name)) || s.name,
            });
    }
    const nameValue = inputs.optional('subject-name');
    const digest = inputs.optional('subject-digest');
    if ((nameValue === undefined) !== (digest === undefined)) {
        throw new errors/* InputError */.dz(nameValue === undefined ? 'subject-name' : 'subject-digest', 'expected subject-name and subject-digest together (an image and its digest)');
    }
    if (nameValue !== undefined && digest !== undefined) {
        const { image: name } = (0,oci/* readImageInput */.Ol)('subject-name', nameValue, 'repository', inputs.warn);
        if (!oci/* DIGEST_RE */.Vt.test(digest))
            throw new errors/* InputError */.dz('subject-digest', `expected sha256:<64 hex>, got ${(0,errors/* showValue */.vp)(digest)}`);
        subjects.push({ kind: 'image', name, digest });
    }
    if (subjects.length === 0)
        throw new errors/* InputError */.dz('checksums-file', 'nothing to verify: expected checksums-file, or subject-name and subject-digest');
    const repository = inputs.optional('repository') ?? github.repository;
    if (!repository || !(0,packages_github/* splitRepository */.T8)(repository))
        throw new errors/* InputError */.dz('repository', `expected owner/repo, got ${(0,errors/* showValue */.vp)(repository ?? '')}`);
    // Default: the workflow this job runs in, as its OIDC token names it (a reusable workflow names
    // itself, a fork its own copy).
    const signerWorkflow = inputs.optional('signer-workflow') ?? (await (0,attest/* signerWorkflowOfJob */._Z)(env));
    if (signerWorkflow !== undefined &&
        !/^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w./-]+\.ya?ml$/.test(signerWorkflow)) {
        throw new errors/* InputError */.dz('signer-workflow', `expected owner/repo/.github/workflows/<file>.yml, got ${(0,errors/* showValue */.vp)(signerWorkflow)}`);
    }
    return {
        subjects,
        policy: {
            repository,
            serverUrl: github.serverUrl,
            ...(signerWorkflow ? { signerWorkflow } : {}),
        },
        predicateTypes: inputs.list('predicate-types'),
        verify: inputs.boolean('verify', true),
    };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/attest-sbom/steps/verify-attestations/outputs.ts

function verifyOutputs(opts, r) {
    return {
        'verify-commands': r.commands.join('\n'),
        verified: String(r.outcomes.filter(o => o.ok).length),
        'signer-workflow': opts.policy.signerWorkflow ?? '',
    };
}
function summarize(opts, r) {
    const { outcomes, failed } = r;
    return [
        `### verify: ${opts.verify ? (failed.length === 0 ? `all ${outcomes.length} attestation(s) verify` : `${failed.length} of ${outcomes.length} did not verify`) : 'commands only (verify: false)'}`,
        '',
        ...(outcomes.length
            ? [
                (0,markdown/* table */.tp)(['Subject', 'Predicate', 'Result'], outcomes.map(o => [
                    (0,markdown/* code */.aY)(o.subject),
                    (0,markdown/* code */.aY)(o.predicateType),
                    o.ok ? '✅ verified' : `❌ ${(0,markdown/* escapeInline */.VV)(o.output.split('\n').pop() ?? '')}`,
                ])),
                '',
            ]
            : []),
        'Verify them yourself:',
        '',
        (0,markdown/* codeBlock */.DV)(r.commands.join('\n'), 'bash'),
        '',
    ].join('\n');
}
/** Why the step fails, or undefined when every attestation verified. */
function failure(r) {
    return r.failed.length > 0
        ? `${r.failed.length} attestation(s) did not verify: ${r.failed.map(f => `${f.subject} (${f.predicateType})`).join(', ')}`
        : undefined;
}

;// CONCATENATED MODULE: ./actions/attest-sbom/steps/verify-attestations/main.ts
/**
 * attest-sbom's verify step: `gh attestation verify` for every subject it attested, against this
 * repository and the signer workflow; the step fails if any subject does not verify. It also
 * writes the commands users run to verify (GitHub CLI, cosign v2 and v3). The rules are
 * packages/attest's (verifyAttestations).
 */



const main = async ({ inputs, github, env, logger }) => {
    const opts = await readInputs(inputs, github, env);
    if (opts.policy.signerWorkflow !== undefined)
        logger.info(`signer workflow: ${opts.policy.signerWorkflow}`);
    const r = await (0,attest/* verifyAttestations */.rm)(opts, { env, cwd: github.workspace });
    // Subjects are file names from the checksums file, and gh's output is gh's: text from outside.
    // A success goes the untrusted way; a warning is escaped.
    for (const o of r.outcomes) {
        if (o.ok)
            logger.untrusted(`verified: ${o.subject} (${o.predicateType})`);
        else
            logger.warning(`DID NOT VERIFY: ${o.subject} (${o.predicateType}): ${o.output}`);
    }
    const failed = failure(r);
    return {
        outputs: verifyOutputs(opts, r),
        summary: summarize(opts, r),
        ...(failed !== undefined ? { failure: failed } : {}),
    };
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
