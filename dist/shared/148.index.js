export const id = 148;
export const ids = [148];
export const modules = {

/***/ 1148:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4842);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/homebrew/formula.ts
/**
 * A Homebrew formula of a release's prebuilt binaries: one `url` and `sha256` per platform, in
 * `on_macos`/`on_linux` blocks with `on_arm`/`on_intel` inside (Homebrew's OS and CPU blocks, the
 * layout GoReleaser's formulae use), each with its own `install`. The files and their sha256 come
 * from the release's checksums file (`sha256sum` format); a file is a platform's by the
 * `<os>_<arch>` in its name (darwin/macos, linux; amd64/x86_64, arm64/aarch64). The class name is
 * Homebrew's (Formulary.class_s: capitalized, `-_.` + a character upper-cased, `+` → `x`,
 * `@<digit>` → `AT<digit>`).
 */

class FormulaError extends errors/* OperationalError */.LE {
}
/** Homebrew's class name of a formula name (Formulary.class_s). */
function formulaClassName(name) {
    const capitalized = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    return capitalized
        .replace(/[-_.\s]([a-zA-Z0-9])/g, (_, c) => c.toUpperCase())
        .replace(/\+/g, 'x')
        .replace(/(.)@(\d)/, '$1AT$2');
}
/** A formula name Homebrew accepts: lower case letters, digits, `-_.+@`, starting alphanumeric. */
function isFormulaName(name) {
    return /^[a-z0-9][a-z0-9+_.@-]*$/.test(name) && name.length <= 100;
}
/** The entries of a `sha256sum` file (`<hex>  <name>` or `<hex> *<name>`). */
function parseChecksums(text) {
    const out = [];
    for (const [i, line] of text.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
        if (!m)
            throw new FormulaError(`checksums line ${i + 1} is not in sha256sum format (<sha256>  <file>): ${JSON.stringify(line.slice(0, 120))}`);
        out.push({ sha256: m[1], name: m[2] });
    }
    return out;
}
const OS = { darwin: 'macos', macos: 'macos', linux: 'linux' };
const CPU = {
    arm64: 'arm',
    aarch64: 'arm',
    amd64: 'intel',
    x86_64: 'intel',
};
const PLATFORM = /(?:^|[_.-])(darwin|macos|linux)[_.-](amd64|x86_64|arm64|aarch64)(?=[_.-]|$)/i;
const ARCHIVE = /\.(tar\.gz|tgz|tar\.xz|zip)$/i;
/** Files that ride along a binary (signatures, SBOMs, checksums): never what a formula installs. */
const SIDECAR = /\.(sig|pem|asc|sbom|spdx|json|intoto\.jsonl|sha256|md5|txt|bundle)$/i;
/** The Homebrew platform of a release file, by its name; undefined for others (windows, sidecars). */
function platformOf(file) {
    if (SIDECAR.test(file))
        return undefined;
    const m = PLATFORM.exec(file);
    if (!m)
        return undefined;
    const os = OS[(m[1] ?? '').toLowerCase()];
    const cpu = CPU[(m[2] ?? '').toLowerCase()];
    return os && cpu ? { os, cpu } : undefined;
}
/**
 * The file of each platform among the checksummed files: an archive if there is one, else the
 * loose binary; two candidates of the same kind for one platform are an error (which to ship?).
 */
function platformFiles(entries, urlOf) {
    const byPlatform = new Map();
    for (const e of entries) {
        const p = platformOf(e.name);
        if (!p)
            continue;
        const key = `${p.os}/${p.cpu}`;
        byPlatform.set(key, [...(byPlatform.get(key) ?? []), e]);
    }
    const out = [];
    for (const [key, candidates] of byPlatform) {
        const archives = candidates.filter(c => ARCHIVE.test(c.name));
        const pick = archives.length > 0 ? archives : candidates;
        if (pick.length > 1)
            throw new FormulaError(`more than one release file for ${key}: ${pick.map(c => c.name).join(', ')}; the formula installs one per platform`);
        const [os, cpu] = key.split('/');
        const chosen = pick[0];
        out.push({ os, cpu, file: chosen.name, sha256: chosen.sha256, url: urlOf(chosen.name) });
    }
    if (out.length === 0)
        throw new FormulaError('no release file for macOS or Linux in the checksums (expected names with <os>_<arch>, such as app_darwin_arm64 or app_v1.2.3_linux_amd64.tar.gz)');
    return out;
}
/** A Ruby double-quoted string literal. */
function rubyString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#/g, '\\#').replace(/\n/g, '\\n')}"`;
}
const OS_ORDER = ['macos', 'linux'];
const CPU_ORDER = ['intel', 'arm'];
/** The formula's Ruby source. Deterministic: the same release renders the same bytes. */
function renderFormula(o) {
    const binary = o.binary ?? o.name;
    const lines = [
        '# typed: false',
        '# frozen_string_literal: true',
        '',
        `# Written by release-actions for ${o.name} ${o.version}: the next release replaces it.`,
        `class ${formulaClassName(o.name)} < Formula`,
        `  desc ${rubyString(o.desc)}`,
        `  homepage ${rubyString(o.homepage)}`,
        `  version ${rubyString(o.version)}`,
        ...(o.license ? [`  license ${rubyString(o.license)}`] : []),
    ];
    for (const os of OS_ORDER) {
        const files = CPU_ORDER.map(cpu => o.files.find(f => f.os === os && f.cpu === cpu)).filter((f) => f !== undefined);
        if (files.length === 0)
            continue;
        lines.push('', `  on_${os} do`);
        for (const [i, f] of files.entries()) {
            const install = ARCHIVE.test(f.file)
                ? `bin.install ${rubyString(binary)}`
                : `bin.install ${rubyString(f.file)} => ${rubyString(binary)}`;
            if (i > 0)
                lines.push('');
            lines.push(`    on_${f.cpu} do`, `      url ${rubyString(f.url)}`, `      sha256 ${rubyString(f.sha256)}`, '', '      def install', `        ${install}`, '      end', '    end');
        }
        lines.push('  end');
    }
    lines.push('end', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/homebrew/tap.ts
/**
 * Commit a formula to a Homebrew tap through GitHub's contents API: GET the file (its blob sha,
 * and its content to compare), then PUT the new content with a commit message (and the sha when
 * the file exists). Idempotent: the same content makes no commit.
 */

async function commitFormula(client, c) {
    const where = `${c.owner}/${c.repo}`;
    let existing;
    try {
        const { data } = await client.rest.repos.getContent({
            owner: c.owner,
            repo: c.repo,
            path: c.path,
            ...(c.branch ? { ref: c.branch } : {}),
        });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${c.path} in ${where} is not a file`);
        existing = {
            sha: data.sha,
            content: Buffer.from(data.content ?? '', 'base64').toString('utf8'),
            htmlUrl: data.html_url ?? '',
        };
    }
    catch (error) {
        if (error.status !== 404)
            throw (0,packages_github/* gitHubProblem */.zh)(error, `read ${c.path} in the tap ${where}`, 'contents: read');
    }
    if (existing?.content === c.content)
        return { status: 'unchanged', commit: '', htmlUrl: existing.htmlUrl };
    try {
        const { data } = await client.rest.repos.createOrUpdateFileContents({
            owner: c.owner,
            repo: c.repo,
            path: c.path,
            message: c.message,
            content: Buffer.from(c.content, 'utf8').toString('base64'),
            ...(existing ? { sha: existing.sha } : {}),
            ...(c.branch ? { branch: c.branch } : {}),
        });
        return {
            status: existing ? 'updated' : 'created',
            commit: data.commit.sha ?? '',
            htmlUrl: data.content?.html_url ?? '',
        };
    }
    catch (error) {
        throw (0,packages_github/* gitHubProblem */.zh)(error, `commit ${c.path} to the tap ${where}`, 'contents: write');
    }
}

;// CONCATENATED MODULE: ./packages/homebrew/index.ts
/**
 * Homebrew: the formula of a release's prebuilt binaries (formula.ts) and its commit to a tap
 * repository through the GitHub contents API (tap.ts). For the latest stable release only: the
 * release workflow gates the job on it.
 */



// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./actions/homebrew/inputs.ts
/**
 * homebrew's inputs: the only place they are read and validated.
 */






function readInputs(inputs, github) {
    const tapValue = inputs.required('tap', 'the tap repository, owner/homebrew-tap');
    const tap = (0,packages_github/* splitRepository */.T8)(tapValue);
    if (!tap)
        throw new errors/* InputError */.dz('tap', `expected owner/repo, got ${(0,errors/* showValue */.vp)(tapValue)}`);
    const token = inputs.required('token', 'a token that can write the tap (contents: write on it), such as secrets.HOMEBREW_TAP_TOKEN');
    const project = (0,packages_github/* readRepository */.Nu)(inputs, github.repository);
    const version = inputs.required('version', 'the released version, such as 1.2.3');
    const v = (0,versioning/* parseVersion */.ot)(version);
    if (v === undefined)
        throw new errors/* InputError */.dz('version', `expected a version such as 1.2.3, got ${(0,errors/* showValue */.vp)(version)}`);
    if (v.prerelease.length > 0)
        throw new errors/* InputError */.dz('version', `expected a stable version (a formula follows stable releases only), got ${(0,errors/* showValue */.vp)(version)}`);
    const tag = inputs.required('tag', `the released tag, such as v${version}`);
    const name = inputs.string('name', project.repo.toLowerCase());
    if (!isFormulaName(name))
        throw new errors/* InputError */.dz('name', `expected a formula name (lower case letters, digits and -_.+@), got ${(0,errors/* showValue */.vp)(name)}`);
    const checksumsPath = (0,packages_inputs/* resolveWorkspacePath */.XI)('checksums-file', inputs.required('checksums-file', 'the checksums file of the release files (sha256sum format)'), github.workspace, { alsoUnder: [github.runnerTemp] });
    if (!(0,external_node_fs_.existsSync)(checksumsPath))
        throw new errors/* InputError */.dz('checksums-file', `expected the checksums file of the release files, but ${(0,errors/* showValue */.vp)(checksumsPath)} does not exist`);
    const repoUrl = `${github.serverUrl}/${project.owner}/${project.repo}`;
    const downloadUrl = inputs
        .url('download-url', `${repoUrl}/releases/download/${tag}`, `${repoUrl}/releases/download/${tag}`)
        .replace(/\/+$/, '');
    return {
        tap,
        token,
        name,
        desc: inputs.string('description', '') || `Command-line tool of ${project.owner}/${project.repo}`,
        homepage: inputs.url('homepage', repoUrl, 'https://example.com/app'),
        version: version.replace(/\+.*$/, ''),
        tag,
        license: inputs.string('license', ''),
        binary: inputs.string('binary', name),
        checksums: (0,external_node_fs_.readFileSync)(checksumsPath, 'utf8'),
        downloadUrl,
        branch: inputs.string('branch', ''),
        apiUrl: inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3'),
    };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/homebrew/outputs.ts
/**
 * homebrew's outputs (the names of its action.yml) and step summary.
 */

function homebrewOutputs(r) {
    return { status: r.status, commit: r.commit, 'formula-path': r.path };
}
function summarize(r) {
    return [
        `### Homebrew: ${(0,markdown/* code */.aY)(`${r.tap}/${r.path}`)} ${r.status}`,
        '',
        (0,markdown/* table */.tp)(['Platform', 'File', 'sha256'], r.files.map(f => [`${f.os}/${f.cpu}`, (0,markdown/* code */.aY)(f.file), (0,markdown/* code */.aY)(f.sha256)])),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/homebrew/main.ts
/**
 * Commit the Homebrew formula of a stable release to a tap (internal to the suite's reusable
 * release workflow, which runs it for the latest stable release only): the formula rendered from
 * the release's checksums (packages/homebrew), committed to Formula/<name>.rb through the GitHub
 * contents API; the same formula again makes no commit.
 */




const main = async ({ inputs, github, logger, mask }) => {
    const token = inputs.string('token', '');
    if (token !== '')
        mask(token);
    const o = readInputs(inputs, github);
    const files = platformFiles(parseChecksums(o.checksums), file => `${o.downloadUrl}/${encodeURIComponent(file)}`);
    const formula = renderFormula({
        name: o.name,
        desc: o.desc,
        homepage: o.homepage,
        version: o.version,
        ...(o.license ? { license: o.license } : {}),
        binary: o.binary,
        files,
    });
    const path = `Formula/${o.name}.rb`;
    const client = (0,packages_github/* createGitHubClient */.LX)({ token: o.token, apiUrl: o.apiUrl, logger });
    const result = await commitFormula(client, {
        owner: o.tap.owner,
        repo: o.tap.repo,
        path,
        content: formula,
        message: `${o.name} ${o.version}`,
        ...(o.branch ? { branch: o.branch } : {}),
    });
    const tap = `${o.tap.owner}/${o.tap.repo}`;
    logger.info(result.status === 'unchanged'
        ? `${path} in ${tap} is already the formula of ${o.version}: no commit.`
        : `${path} ${result.status} in ${tap} (${result.commit}).`);
    const done = { tap, path, status: result.status, commit: result.commit, files };
    return { outputs: homebrewOutputs(done), summary: summarize(done) };
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
