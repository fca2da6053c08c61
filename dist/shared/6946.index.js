export const id = 6946;
export const ids = [6946];
export const modules = {

/***/ 6946:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2066);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
;// CONCATENATED MODULE: ./packages/notify/index.ts
/**
 * The release notification: one Slack-compatible incoming-webhook message per release (a release
 * candidate, a stable release or a back-port), with its version, kind, release URL and images at
 * their digests, and the sender that posts it. Slack's incoming webhooks take a JSON body whose
 * `text` is the notification fallback and whose `blocks` (Block Kit: a `header` of `plain_text`, at
 * most 150 characters; `section`s of `mrkdwn`, at most 3000) are what the channel shows; `&`, `<`
 * and `>` are markup there (`<!channel>` pings everyone), so text from outside is escaped.
 *
 * A notification never fails a release: send() reports a refusal, a timeout or a network error as
 * a result, never by throwing.
 */

/** A pre-release is a release candidate; a stable release is a back-port unless it is the latest. */
function releaseKind(version, isLatest) {
    const v = (0,semver/* parseVersion */.ot)(version);
    if (v === undefined ? version.includes('-') : (0,semver/* isPrerelease */.V1)(v))
        return 'release candidate';
    return isLatest ? 'stable' : 'back-port';
}
/** Slack's markup characters, escaped as its docs ask (&amp; &lt; &gt;). */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const clip = (text, max) => text.length <= max ? text : `${text.slice(0, max - 1)}…`;
/** The message of one release. */
function releaseMessage(notice) {
    const kind = releaseKind(notice.version, notice.isLatest);
    const title = `${notice.repository} ${notice.tag} released (${kind})`;
    const link = notice.releaseUrl
        ? `<${escapeSlack(notice.releaseUrl)}|${escapeSlack(notice.tag)}>`
        : escapeSlack(notice.tag);
    const summary = [
        `*Version:* ${escapeSlack(notice.version)}`,
        `*Kind:* ${kind}`,
        `*Release:* ${link}`,
    ].join('\n');
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: clip(title, 150) } },
        { type: 'section', text: { type: 'mrkdwn', text: summary } },
    ];
    if (notice.images.length > 0) {
        const lines = notice.images.map(i => `• \`${escapeSlack(i.name)}@${escapeSlack(i.digest)}\``);
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: clip(`*Images:*\n${lines.join('\n')}`, 3000) },
        });
    }
    const text = `${title}${notice.releaseUrl ? `: ${notice.releaseUrl}` : ''}`;
    return { text, blocks };
}
/** POST the message to the webhook. Never throws: a failure is a result with a problem. */
async function send(webhookUrl, message, options = {}) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? 10_000;
    try {
        const response = await doFetch(webhookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'error',
        });
        const body = clip((await response.text()).replace(/\s+/g, ' ').trim(), 200);
        if (response.ok)
            return { ok: true, status: response.status };
        return {
            ok: false,
            status: response.status,
            problem: `the webhook answered ${response.status}${body ? ` (${body})` : ''}`,
        };
    }
    catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'TimeoutError' || name === 'AbortError')
            return { ok: false, problem: `the webhook did not answer within ${timeoutMs / 1000}s` };
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
        // The message of a fetch error can quote the URL (which holds the webhook's secret): not shown.
        return { ok: false, problem: `the webhook could not be reached${cause ? ` (${cause})` : ''}` };
    }
}

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./actions/notify/inputs.ts
/**
 * notify's inputs: the only place they are read and validated.
 */

const IMAGES_FORM = 'a JSON array of {name, digest} (release.yml digests output)';
function readImages(raw) {
    if (raw.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        throw new errors/* InputError */.dz('images', `expected ${IMAGES_FORM}, got ${(0,errors/* showValue */.vp)(raw)}`);
    }
    if (!Array.isArray(parsed))
        throw new errors/* InputError */.dz('images', `expected ${IMAGES_FORM}, got ${(0,errors/* showValue */.vp)(raw)}`);
    return parsed.map((entry) => {
        const e = entry;
        if (typeof e?.name !== 'string' || typeof e.digest !== 'string')
            throw new errors/* InputError */.dz('images', `expected ${IMAGES_FORM}, got ${(0,errors/* showValue */.vp)(raw)}`);
        return { name: e.name, digest: e.digest };
    });
}
function readInputs(inputs, github) {
    const webhookUrl = inputs.string('webhook-url', '');
    if (webhookUrl !== '' && !/^https?:\/\/[^\s/]+/.test(webhookUrl))
        // The value is a secret: never shown.
        throw new errors/* InputError */.dz('webhook-url', 'expected an https:// incoming-webhook URL');
    return {
        webhookUrl,
        version: inputs.required('version', 'the released version, such as 1.2.3'),
        tag: inputs.required('tag', 'the released tag, such as v1.2.3'),
        repository: inputs.string('repository', github.repository ?? ''),
        releaseUrl: inputs.string('release-url', ''),
        isLatest: inputs.boolean('is-latest', false),
        images: readImages(inputs.string('images', '')),
        timeoutMs: inputs.integer('timeout-seconds', 10, { min: 1, max: 120 }) * 1000,
    };
}

;// CONCATENATED MODULE: ./actions/notify/outputs.ts
/**
 * notify's outputs (the names of its action.yml).
 */
function notifyOutputs(sent, kind) {
    return { sent: String(sent), kind };
}

;// CONCATENATED MODULE: ./actions/notify/main.ts
/**
 * Notify a chat of a release (internal to the suite's reusable release workflow): one
 * Slack-compatible incoming-webhook message (packages/notify). The webhook URL is masked before
 * anything is logged; a webhook that refuses, times out or cannot be reached is a warning, never a
 * failure: a notification never fails a release.
 */



const main = async ({ inputs, github, logger, mask }) => {
    const raw = inputs.string('webhook-url', '');
    if (raw !== '')
        mask(raw);
    const options = readInputs(inputs, github);
    const kind = releaseKind(options.version, options.isLatest);
    if (options.webhookUrl === '') {
        logger.info('No webhook configured (secret NOTIFY_WEBHOOK_URL): no notification.');
        return { outputs: notifyOutputs(false, kind) };
    }
    const message = releaseMessage(options);
    const result = await send(options.webhookUrl, message, { timeoutMs: options.timeoutMs });
    if (!result.ok) {
        logger.warning(`The release notification was not delivered: ${result.problem ?? 'unknown'}. The release is not affected.`);
        return { outputs: notifyOutputs(false, kind) };
    }
    logger.info(`Notified: ${message.text}`);
    return { outputs: notifyOutputs(true, kind) };
};


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


/***/ }),

/***/ 8235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ie: () => (/* binding */ sameCore),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   rE: () => (/* binding */ version),
/* harmony export */   z2: () => (/* binding */ coreOf)
/* harmony export */ });
/* unused harmony export SEMVER_PATTERN */
/**
 * SemVer 2.0.0, strictly: no leading zeros, no empty identifiers, no partial versions.
 * https://semver.org/spec/v2.0.0.html
 */
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_PATTERN = `(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const SEMVER_RE = new RegExp(`^${SEMVER_PATTERN}$`);
function toNumber(s) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Parse a strict SemVer 2.0.0 version (no prefix). Returns undefined if it is not one. */
function parseVersion(text) {
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(s => toNumber(s ?? ''));
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    const prerelease = [];
    for (const id of m[4]?.split('.') ?? []) {
        if (/^\d+$/.test(id)) {
            const n = toNumber(id);
            if (n === undefined)
                return undefined;
            prerelease.push(n);
        }
        else
            prerelease.push(id);
    }
    return { major, minor, patch, prerelease, build: m[5]?.split('.') ?? [] };
}
function version(major, minor, patch, prerelease = [], build = []) {
    return { major, minor, patch, prerelease, build };
}
function formatVersion(v, { build = true } = {}) {
    let s = `${v.major}.${v.minor}.${v.patch}`;
    if (v.prerelease.length > 0)
        s += `-${v.prerelease.join('.')}`;
    if (build && v.build.length > 0)
        s += `+${v.build.join('.')}`;
    return s;
}
function isPrerelease(v) {
    return v.prerelease.length > 0;
}
/** The stable version a pre-release leads to (build metadata dropped). */
function coreOf(v) {
    return { major: v.major, minor: v.minor, patch: v.patch, prerelease: [], build: [] };
}
/**
 * Compact pre-release identifiers such as `rc10` are read as the pair (`rc`, 10), so that `rc10`
 * sorts after `rc9` as a maintainer expects (plain SemVer compares them as text: `rc10` < `rc9`).
 * Zero-padded counters are numbers too (`beta09` < `beta10`).
 */
const COMPACT_ID = /^([A-Za-z-]*[A-Za-z-])(\d{1,15})$/;
function normalizedPrerelease(ids) {
    const out = [];
    for (const id of ids) {
        const m = typeof id === 'string' ? COMPACT_ID.exec(id) : null;
        const n = m ? toNumber(m[2] ?? '') : undefined;
        if (m && n !== undefined)
            out.push(m[1] ?? '', n);
        else
            out.push(id);
    }
    return out;
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'number')
        return -1; // numeric identifiers have lower precedence
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * SemVer precedence (build metadata ignored), with compact counters read as numbers.
 * Returns <0, 0 or >0.
 */
function compareVersions(a, b) {
    if (a.major !== b.major)
        return a.major - b.major;
    if (a.minor !== b.minor)
        return a.minor - b.minor;
    if (a.patch !== b.patch)
        return a.patch - b.patch;
    const pa = normalizedPrerelease(a.prerelease);
    const pb = normalizedPrerelease(b.prerelease);
    if (pa.length === 0 || pb.length === 0)
        return pb.length - pa.length; // stable > pre-release
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const c = compareIdentifiers(pa[i], pb[i]);
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
function sameCore(a, b) {
    return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}


/***/ })

};
