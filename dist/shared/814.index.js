export const id = 814;
export const ids = [814];
export const modules = {

/***/ 814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs),
/* harmony export */   e: () => (/* binding */ inputErrorOf)
/* harmony export */ });
/* harmony import */ var _packages_github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8052);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6793);
/* harmony import */ var _packages_supersede_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6262);
/* harmony import */ var _packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3374);
/**
 * superseded-release's inputs: the only place they are read and validated. Nothing reaches GitHub
 * or a registry before every input is checked. What only GitHub can tell about `tag` and
 * `superseded-by` (no such release, a draft) becomes an InputError naming them here too
 * (inputErrorOf).
 */






const TAG_FORM = 'a release tag such as v1.2.3';
function refuseUnsafe(input, value) {
    const unsafe = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafeRefReason */ .cV)(value);
    if (unsafe)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)} ${unsafe}; expected ${TAG_FORM}`);
}
/**
 * `tag` and `tag-prefix`. Without tag-prefix (or with it empty) the prefix is the one of `tag`:
 * `v` of v1.4.0, `pkg@` of pkg@1.4.0, none of 1.4.0.
 */
function readTag(inputs) {
    const tag = inputs.required('tag', `the tag of the bad release, ${TAG_FORM}`);
    refuseUnsafe('tag', tag);
    const given = inputs.optional('tag-prefix');
    if (given !== undefined) {
        const tagPrefix = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .validateTagPrefix */ .Rk)('tag-prefix', given);
        return { tag, tagPrefix, version: (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .requireReleaseTag */ .f0)('tag', tag, tagPrefix) };
    }
    const split = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .splitReleaseTag */ .eQ)(tag);
    if (!split)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('tag', `expected ${TAG_FORM} (strict SemVer), got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(tag)}`);
    return { tag, tagPrefix: split.prefix, version: split.version };
}
/**
 * `superseded-by`, as the tag of the release: a bare version (1.4.1) is the tag of the tag prefix
 * (v1.4.1); a tag of another prefix is taken as written.
 */
function readSupersededBy(inputs, bad) {
    const value = inputs.optional('superseded-by');
    if (value === undefined)
        return undefined;
    refuseUnsafe('superseded-by', value);
    const tag = /^\d/.test(value) ? `${bad.tagPrefix}${value}` : value;
    const version = (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseTag */ .rE)(tag, bad.tagPrefix) ?? (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .splitReleaseTag */ .eQ)(tag)?.version;
    if (!version)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('superseded-by', `expected ${TAG_FORM} (strict SemVer), got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)}`);
    if (tag === bad.tag || (0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(version, bad.version) === 0)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('superseded-by', `expected another release than the one being superseded (${bad.tag})`);
    if ((0,_packages_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isPrerelease */ .V1)(version))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('superseded-by', `expected a stable release such as v1.2.4, got the pre-release ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)}`);
    return tag;
}
/** What GitHub showed about `tag` or `superseded-by` (no such release, a draft), as an InputError. */
function inputErrorOf(error) {
    if (error instanceof _packages_supersede_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SupersedeRequestError */ .SF)
        return new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.field === 'tag' ? 'tag' : 'superseded-by', error.problem);
    return error;
}
function readInputs(inputs, github) {
    const bad = readTag(inputs);
    const { tag, tagPrefix } = bad;
    const supersededBy = readSupersededBy(inputs, bad);
    const reason = (0,_packages_supersede_index_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanReason */ .Me)(inputs.required('reason', 'why the release is superseded, in a sentence users will read'));
    if (reason === '')
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('reason', 'is required; expected why the release is superseded');
    if (reason.length > 2000)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('reason', `expected at most 2000 characters, got ${reason.length}`);
    const token = inputs.required('token', 'a GitHub token with contents: write (the default github.token does, with permissions: contents: write)');
    const split = (0,_packages_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRepository */ .Nu)(inputs, github.repository);
    const apiUrl = inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3');
    const images = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageList */ .mP)('images', inputs.list('images'), inputs.warn);
    const [username, password] = inputs.pair('registry-username', 'registry-password');
    return {
        tag,
        tagPrefix,
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

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lf: () => (/* binding */ stripUnsafeCharacters),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export splitCodeSpans */
/**
 * Markdown for step summaries and notes. Text that came from outside (commit messages, tag names,
 * command output) is data: escaped so it cannot become live markup, links, mentions or HTML.
 */
// Bidirectional overrides and isolates, zero-width and other invisible format characters.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0 and C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Remove control, bidi-override and invisible characters. */
function stripUnsafeCharacters(text) {
    return text.replace(INVISIBLE, '').replace(CONTROL, '');
}
/**
 * A real @mention: `@name` at the start of a word (not an e-mail address, not `pkg@1.2.3`), not
 * followed by `/` (`@scope/package` and `@types/node` are package names, not people).
 */
const MENTION = /(?<![\w@./+-])@(?=[A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9/_-]))/g;
/** Escape text (no code spans in it) so that it renders literally. */
function escapeText(text) {
    return text
        .replace(MENTION, '@\u200b')
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_[\]<>~]/g, ch => `\\${ch}`);
}
/** Where the next run of exactly `n` backticks starts, at or after `from`; -1 if none. */
function closingRun(line, from, n) {
    let j = from;
    while (j < line.length) {
        if (line[j] !== '`') {
            j++;
            continue;
        }
        let k = j;
        while (line[k] === '`')
            k++;
        if (k - j === n)
            return j;
        j = k;
    }
    return -1;
}
/**
 * Split one line into text and code spans as CommonMark reads them: a run of backticks opens a
 * span that the next run of the same length closes; a run without its match is literal text.
 */
function splitCodeSpans(line) {
    const parts = [];
    let text = '';
    let i = 0;
    while (i < line.length) {
        if (line[i] !== '`') {
            text += line[i];
            i++;
            continue;
        }
        let n = 1;
        while (line[i + n] === '`')
            n++;
        const run = '`'.repeat(n);
        const close = closingRun(line, i + n, n);
        if (close === -1) {
            text += run;
            i += n;
            continue;
        }
        if (text)
            parts.push({ code: false, text });
        text = '';
        parts.push({ code: true, text: line.slice(i, close + n) });
        i = close + n;
    }
    if (text)
        parts.push({ code: false, text });
    return parts;
}
/**
 * Escape inline Markdown and HTML so the text renders literally: HTML, links, emphasis and real
 * @mentions become inert; code spans stay code (their content is literal already).
 */
function escapeInline(text, transformText = t => t) {
    const clean = stripUnsafeCharacters(text).replace(/\r?\n/g, ' ');
    return splitCodeSpans(clean)
        .map(p => (p.code ? p.text : transformText(escapeText(p.text))))
        .join('');
}
/** Inline code: picks a fence longer than any backtick run in the text. */
function code(text) {
    const clean = stripUnsafeCharacters(text).replace(/\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A table. Cells are used as given (escape text with `escapeInline` or `code`); pipes are escaped
 * here, once, as GitHub wants even inside code spans in tables. */
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block whose fence cannot be closed by the content. */
function codeBlock(text, lang = '') {
    const clean = stripUnsafeCharacters(text);
    const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${clean}${clean.endsWith('\n') ? '' : '\n'}${fence}`;
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SF: () => (/* reexport */ SupersedeRequestError),
  lC: () => (/* reexport */ changelogNote),
  Me: () => (/* reexport */ cleanReason),
  o$: () => (/* reexport */ supersedeRelease)
});

// UNUSED EXPORTS: BANNER_END, BANNER_START, MAX_BODY, applySupersede, banner, hasBanner, planLines, planSupersede, stripBanner, supersededTitle, withBanner

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
function changelogNote(input) {
    return [
        '### Superseded',
        '',
        `- ${input.tag} is superseded by ${input.supersededBy}: ${cleanReason(input.reason).replace(/\n+/g, ' ')}`,
    ].join('\n');
}

// EXTERNAL MODULE: ./packages/github/index.ts
var github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/supersede/supersede.ts
/**
 * Superseding a bad release, in two halves: a plan made only of reads (the release, the other
 * releases, which one is Latest, where every rolling image alias points), then its application.
 * Nothing is ever deleted, no version tag is ever moved: the release gets a banner and a title
 * suffix, Latest goes to the release that supersedes it, and each rolling alias (`X.Y`, `X`,
 * `latest`) that points at the bad digest goes back to the highest remaining good version of its
 * line (the release policy of packages/versioning/lines.ts).
 */





const problem = (error, doing) => (0,github/* gitHubProblem */.zh)(error, doing, 'contents: write');
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
/**
 * What the releases on GitHub do not allow about one of the two releases of a request: the bad
 * one (`tag`) or the one that supersedes it (`supersededBy`). It says which, so that the caller
 * names its input (superseded-release's inputs.ts makes it an InputError).
 */
class SupersedeRequestError extends errors/* PreconditionError */.Rb {
    field;
    problem;
    constructor(field, problem) {
        super(`${field === 'tag' ? 'The release to supersede' : 'The superseding release'}: ${problem}`);
        this.name = 'SupersedeRequestError';
        this.field = field;
        this.problem = problem;
    }
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
function noRelease(req, tag, field) {
    return new SupersedeRequestError(field, `${req.owner}/${req.repo} has no release with the tag ${tag} (a tag without a release, a typo, or a token that cannot see the repository).`);
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
        // The rolling aliases the bad version could have had: its `X.Y`, its `X`, and `latest`.
        for (const line of versioning/* LINES */.Qx) {
            const alias = (0,versioning/* aliasName */.sN)(line, bad);
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
            // The highest good release of the line that has an image other than the bad one.
            for (const g of good.descending(line, bad)) {
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
    const version = (0,versioning/* parseReleaseTag */.rE)(req.tag, req.tagPrefix);
    if (!version)
        throw new SupersedeRequestError('tag', `expected a release tag such as ${req.tagPrefix}1.2.3, got ${JSON.stringify(req.tag)}`);
    const published = await releaseByTag(octokit, req, req.tag);
    const releases = await allReleases(octokit, req);
    const release = published ?? releases.find(r => r.tag === req.tag);
    if (!release)
        throw noRelease(req, req.tag, 'tag');
    if (release.draft)
        throw new SupersedeRequestError('tag', `the release ${req.tag} is a draft: nothing was published, so there is nothing to supersede.`);
    // The good releases: published, stable, of the tag prefix, not superseded themselves.
    const good = [];
    for (const r of releases) {
        if (r.draft || r.prerelease || r.tag === req.tag || hasBanner(r.body))
            continue;
        const v = (0,versioning/* parseReleaseTag */.rE)(r.tag, req.tagPrefix);
        if (v && !(0,versioning/* isPrerelease */.V1)(v))
            good.push({ release: r, version: v });
    }
    const lines = new versioning/* LineMaxima */.s$(good, g => g.version);
    let by;
    if (req.supersededBy !== undefined) {
        const wanted = req.supersededBy;
        if (wanted === req.tag)
            throw new SupersedeRequestError('supersededBy', `${wanted} is the release being superseded; name the release that replaces it.`);
        const v = (0,versioning/* parseReleaseTag */.rE)(wanted, req.tagPrefix);
        if (v && (0,versioning/* isPrerelease */.V1)(v))
            throw new SupersedeRequestError('supersededBy', `${wanted} is a pre-release; a release is superseded by a stable one.`);
        const found = releases.find(r => r.tag === wanted) ?? (await releaseByTag(octokit, req, wanted));
        if (!found)
            throw noRelease(req, wanted, 'supersededBy');
        by = found;
        if (by.draft || by.prerelease)
            throw new SupersedeRequestError('supersededBy', `the release ${wanted} is ${by.draft ? 'a draft' : 'a pre-release'}; a release is superseded by a published stable one.`);
        if (hasBanner(by.body))
            throw new SupersedeRequestError('supersededBy', `${wanted} is itself superseded; name the release users should move to.`);
    }
    else {
        const highest = lines.latest;
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
        ? await planAliases(req, version, lines, deps.registry, notes)
        : [];
    if (!req.moveAliases && req.images.length > 0)
        notes.push('move-aliases is false: no image tag is touched.');
    return {
        repository: `${req.owner}/${req.repo}`,
        release,
        version,
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
    const logger = deps.logger ?? log/* nullLogger */.G;
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

// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
;// CONCATENATED MODULE: ./packages/supersede/run.ts
/**
 * The use case of superseded-release (the action and `release-actions supersede`): connect to
 * GitHub and the registries, make the plan and log all of it, then apply it unless it is a dry
 * run.
 */



const run_short = (digest) => (digest ? `${digest.slice(0, 19)}…` : '—');
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
            ? `  ${a.image}:${a.alias}: ${will} move ${run_short(a.from)} → ${a.toVersion} ${run_short(a.to)} (${a.why})`
            : `  ${a.image}:${a.alias}: ${a.action === 'stuck' ? 'stays' : 'unchanged'} (${a.why})`);
    }
    for (const note of plan.notes)
        lines.push(`  note: ${note}`);
    lines.push('  Never deleted or moved: any git tag, any release, any image version tag.');
    return lines;
}
/**
 * Supersede a release: plan (reads only), log the plan, apply it (or, in a dry run, report the
 * moves it would make). `clients.retryBaseMs` shortens the GitHub client's retry delays (tests).
 */
async function supersedeRelease(opts, logger, clients) {
    const octokit = (0,github/* createGitHubClient */.LX)({
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
    const req = {
        owner: opts.owner,
        repo: opts.repo,
        tag: opts.tag,
        tagPrefix: opts.tagPrefix,
        supersededBy: opts.supersededBy,
        reason: opts.reason,
        images: opts.images,
        moveAliases: opts.moveAliases,
    };
    const plan = await planSupersede(req, { octokit, registry, logger });
    for (const line of planLines(plan, opts.dryRun))
        logger.info(line);
    const moved = opts.dryRun
        ? plan.aliases.filter(a => a.action === 'move')
        : await applySupersede(plan, req, { octokit, registry, logger });
    return { plan, applied: !opts.dryRun, moved };
}

;// CONCATENATED MODULE: ./packages/supersede/index.ts
/**
 * packages/supersede: superseding a bad release. The use case with its options (run.ts), the plan
 * and its application (supersede.ts: which good release each rolling alias rolls back to, by the
 * release policy of packages/versioning/lines.ts), and the banner and title of a superseded
 * release (banner.ts).
 */





/***/ })

};
