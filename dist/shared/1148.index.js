export const id = 1148;
export const ids = [1148];
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
// EXTERNAL MODULE: ./packages/archive/index.ts + 4 modules
var archive = __webpack_require__(8855);
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
/** Files of an archive that are never the command: documents, licences, completions, manuals. */
const NOT_A_COMMAND = /(^|\/)(readme|license|licence|copying|notice|changelog|authors)[^/]*$|\.(md|txt|rst|html|1|[0-9]\.gz|bash|zsh|fish|ps1)$|(^|\/)(completions?|man|docs?)\//i;
/**
 * The file of an archive (its regular files' names) that a formula installs as `binary`:
 * Homebrew enters a single top-level folder first; then the file named `binary`, else the one
 * named `binary` with the archive's platform in its name (the suite's archives hold the build's
 * files, demo_linux_amd64), else the only file that is not a document. None or several: an error
 * that lists the files and names the input that decides.
 */
function archiveMember(names, binary, platform, archive) {
    const tops = new Set(names.map(n => n.split('/')[0]));
    const [top] = tops;
    const staged = tops.size === 1 && names.every(n => n.includes('/'))
        ? names.map(n => n.slice(top.length + 1))
        : [...names];
    if (staged.includes(binary))
        return binary;
    const base = (n) => n.slice(n.lastIndexOf('/') + 1);
    const named = staged.filter(n => {
        const p = platformOf(base(n));
        return base(n).startsWith(binary) && p?.os === platform.os && p.cpu === platform.cpu;
    });
    if (named.length === 1)
        return named[0];
    const commands = staged.filter(n => !NOT_A_COMMAND.test(n));
    if (named.length === 0 && commands.length === 1)
        return commands[0];
    throw new FormulaError(`${archive}: cannot tell which file is the command ${binary} (it holds ${staged.join(', ') || 'no files'}); set the formula's binary (homebrew-binary) to the file's name`);
}
/**
 * Each tar.gz platform file with the member it installs, read from the archive's bytes
 * (`read`: the release file of that name). Loose binaries and other archive kinds are left as
 * they are.
 */
function withArchiveMembers(files, binary, read) {
    return files.map(f => /\.(tar\.gz|tgz)$/i.test(f.file)
        ? { ...f, member: archiveMember((0,archive/* tarFileNames */.ON)(read(f.file), f.file), binary, f, f.file) }
        : f);
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
            const inside = ARCHIVE.test(f.file) ? (f.member ?? binary) : f.file;
            const install = inside === binary
                ? `bin.install ${rubyString(binary)}`
                : `bin.install ${rubyString(inside)} => ${rubyString(binary)}`;
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
    (0,versioning/* requireStableVersion */.Xd)('version', version, 'a formula follows stable releases only');
    const tag = inputs.required('tag', `the released tag, such as v${version}`);
    const name = inputs.string('name', project.repo.toLowerCase());
    if (!isFormulaName(name))
        throw new errors/* InputError */.dz('name', `expected a formula name (lower case letters, digits and -_.+@), got ${(0,errors/* showValue */.vp)(name)}`);
    const checksumsPath = (0,packages_inputs/* resolveWorkspacePath */.XI)('checksums-file', inputs.required('checksums-file', 'the checksums file of the release files (sha256sum format)'), github.workspace, { alsoUnder: [github.runnerTemp] });
    if (!(0,external_node_fs_.existsSync)(checksumsPath))
        throw new errors/* InputError */.dz('checksums-file', `expected the checksums file of the release files, but ${(0,errors/* showValue */.vp)(checksumsPath)} does not exist`);
    const filesDirValue = inputs.optional('files-dir');
    const filesDir = filesDirValue === undefined
        ? undefined
        : (0,packages_inputs/* resolveWorkspacePath */.XI)('files-dir', filesDirValue, github.workspace, {
            alsoUnder: [github.runnerTemp],
        });
    if (filesDir !== undefined && !(0,external_node_fs_.existsSync)(filesDir))
        throw new errors/* InputError */.dz('files-dir', `expected the folder of the release files, but ${(0,errors/* showValue */.vp)(filesDir)} does not exist`);
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
        ...(filesDir === undefined
            ? {}
            : {
                readFile: (file) => {
                    const at = external_node_path_default().join(filesDir, file);
                    if (external_node_path_default().basename(file) !== file || !(0,external_node_fs_.existsSync)(at))
                        throw new errors/* InputError */.dz('files-dir', `expected the release files, but ${file} (in the checksums file) is not in ${(0,errors/* showValue */.vp)(filesDir)}`);
                    return (0,external_node_fs_.readFileSync)(at);
                },
            }),
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
    const listed = platformFiles(parseChecksums(o.checksums), file => `${o.downloadUrl}/${encodeURIComponent(file)}`);
    // With the release files at hand, an archive's formula installs the file it holds.
    const files = o.readFile ? withArchiveMembers(listed, o.binary, o.readFile) : listed;
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


/***/ })

};
