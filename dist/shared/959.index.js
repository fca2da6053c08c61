export const id = 959;
export const ids = [959];
export const modules = {

/***/ 8354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(936);
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/**
 * smoke-check's inputs: the only place they are read and validated.
 */



/** The version the deployment must report (the grammar is REPORTED_VERSION). */
function readExpectedVersion(inputs) {
    const value = inputs.required('expected-version', 'the version the deployment must report, such as 1.2.3');
    if (!_packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORTED_VERSION */ .F_.test(value))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('expected-version', `expected ${_packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORTED_VERSION_FORM */ .g9}, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(value)}`);
    return value;
}
function readInputs(inputs) {
    const base = inputs.required('url', 'the URL of the deployment (the tagged revision URL), such as https://v1-2-3---api-abc.a.run.app');
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `expected an http(s) URL, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(base)}`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password)
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `expected an http(s) URL without credentials, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(base)}`);
    const healthPath = inputs.string('health-path', '/health');
    if (!/^\/[\w./~%-]*$/.test(healthPath))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('health-path', `expected a path starting with /, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(healthPath)}`);
    const versionHeader = inputs.optional('version-header');
    if (versionHeader !== undefined && !/^[A-Za-z0-9-]+$/.test(versionHeader))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version-header', `expected a header name such as X-App-Version, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(versionHeader)}`);
    const versionField = inputs.string('version-field', 'version');
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(versionField))
        throw new _packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version-field', `expected a JSON field such as version or build.version, got ${(0,_packages_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(versionField)}`);
    return {
        url: `${base.replace(/\/+$/, '')}${healthPath}`,
        expectedVersion: readExpectedVersion(inputs),
        attempts: inputs.integer('attempts', 10, { min: 1, max: 100 }),
        intervalMs: inputs.integer('interval-seconds', 6, { min: 0, max: 300 }) * 1000,
        requestTimeoutMs: inputs.integer('request-timeout-seconds', 10, { min: 1, max: 120 }) * 1000,
        versionField,
        ...(versionHeader ? { versionHeader } : {}),
    };
}


/***/ }),

/***/ 8149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6793);
/**
 * wait-for-image's inputs: the only place they are read and validated.
 */


const GOOGLE_REGISTRY = /(^|\.)(pkg\.dev|gcr\.io)$/;
function readInputs(inputs) {
    const expected = 'an image reference with a tag or digest, such as ghcr.io/owner/app@sha256:…';
    const { image, ref } = (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readImageWithTagOrDigest */ .tn)('image', inputs.required('image', expected), expected, inputs.warn);
    let [username, password] = inputs.pair('registry-username', 'registry-password');
    // Artifact Registry and Container Registry want a Google access token even to read a manifest:
    // deploy-demo passes the one google-github-actions/auth minted, as Docker's credential helper does.
    const googleToken = inputs.optional('google-access-token');
    if (username === undefined && googleToken !== undefined && GOOGLE_REGISTRY.test(ref.registry)) {
        username = 'oauth2accesstoken';
        password = googleToken;
    }
    return {
        image,
        ref,
        timeoutSeconds: inputs.integer('timeout-seconds', 60, { min: 0, max: 3600 }),
        username,
        password,
    };
}


/***/ }),

/***/ 959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smoke: () => (/* binding */ smoke),
/* harmony export */   wait: () => (/* binding */ wait)
/* harmony export */ });
/* harmony import */ var _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _packages_oci_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6793);
/* harmony import */ var _packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/* harmony import */ var _actions_deploy_demo_steps_smoke_check_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8354);
/* harmony import */ var _actions_deploy_demo_steps_wait_for_image_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8149);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2586);
/**
 * deploy-demo's checks as CLI commands: smoke-check and wait-for-image.
 */






async function smoke({ values }, logger) {
    const result = await (0,_packages_smoke_index_js__WEBPACK_IMPORTED_MODULE_2__/* .smokeCheck */ .CP)({ ...(0,_actions_deploy_demo_steps_smoke_check_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .flagSource */ .qz)(values))), logger });
    process.stdout.write(`${result.message}\n`);
    return result.ok ? 0 : 1;
}
async function wait({ values }, logger) {
    const password = process.env.REGISTRY_PASSWORD;
    const opts = (0,_actions_deploy_demo_steps_wait_for_image_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .K)(new _packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0((0,_packages_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mapSource */ .GU)({
        image: values.image,
        'timeout-seconds': values['timeout-seconds'],
        'registry-username': values['registry-username'],
        'registry-password': values['registry-username'] ? password : undefined,
    })));
    const { digest, waitedMs } = await (0,_packages_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForImage */ .Yh)(opts, logger);
    process.stdout.write(`${opts.image} is pullable: ${digest} (after ${(waitedMs / 1000).toFixed(1)} s)\n`);
    return 0;
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ smokeCheck),
/* harmony export */   F_: () => (/* binding */ REPORTED_VERSION),
/* harmony export */   g9: () => (/* binding */ REPORTED_VERSION_FORM)
/* harmony export */ });
/* unused harmony export shownVersion */
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
/* harmony import */ var _log_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1047);
/**
 * The smoke check of a deployment: poll `<url><health-path>` until it answers 2xx and reports the
 * expected version (JSON field or header) — not merely 200, which an old revision answers too.
 */



/**
 * A version as a served revision reports it, the one grammar of `expected-version` (deploy-plan,
 * deploy-demo, smoke-check): a token of letters, digits and `._+-` (1.2.3, v1.3.0-rc.1, edge), at
 * most 128 characters. It reaches the log and the summary, so nothing else is accepted.
 */
const REPORTED_VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
/** What the expected-version inputs' errors say they want. */
const REPORTED_VERSION_FORM = 'a version as the revision reports it, such as 1.2.3, 1.3.0-rc.1 or edge (letters, digits and . _ + -, at most 128)';
const normalize = (v) => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .trimAscii */ .ic)(v).replace(/^v(?=\d)/, '');
/**
 * A served version as it is shown in the log and in errors: as served when it looks like a
 * version, else quoted and escaped (it comes from the service: newlines, `::` and look-alikes).
 */
function shownVersion(served) {
    return /^[\w.+-]{1,128}$/.test(served) ? served : (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(served);
}
function field(doc, path) {
    let value = doc;
    for (const part of path.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part];
    }
    return value;
}
function describeError(error, timeoutMs) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError')
            return `no answer within ${timeoutMs / 1000} s`;
        const cause = error.cause;
        if (cause?.code === 'ECONNREFUSED')
            return 'connection refused';
        if (cause?.code === 'ENOTFOUND')
            return 'the host does not resolve';
        return cause?.message ?? error.message;
    }
    return String(error);
}
async function smokeCheck(opts) {
    const doFetch = opts.fetch ?? fetch;
    const sleep = opts.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const logger = opts.logger ?? _log_index_js__WEBPACK_IMPORTED_MODULE_2__/* .nullLogger */ .G;
    const expected = normalize(opts.expectedVersion);
    const versionField = opts.versionField ?? 'version';
    const attempts = [];
    const started = Date.now();
    for (let attempt = 1; attempt <= opts.attempts; attempt++) {
        const t0 = Date.now();
        const record = {
            attempt,
            status: undefined,
            served: undefined,
            problem: undefined,
            ms: 0,
        };
        try {
            const response = await doFetch(opts.url, {
                headers: { Accept: 'application/json', 'Cache-Control': 'no-cache' },
                signal: AbortSignal.timeout(opts.requestTimeoutMs),
                redirect: 'follow',
            });
            record.status = response.status;
            const body = await response.text();
            if (response.status < 200 || response.status > 299)
                record.problem = `HTTP ${response.status}`;
            else if (opts.versionHeader) {
                const header = response.headers.get(opts.versionHeader);
                if (header === null)
                    record.problem = `no ${opts.versionHeader} header`;
                else
                    record.served = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .trimAscii */ .ic)(header);
            }
            else {
                let doc;
                try {
                    doc = JSON.parse(body);
                }
                catch {
                    record.problem = `the body is not JSON (${JSON.stringify(body.slice(0, 60))})`;
                }
                if (record.problem === undefined) {
                    const value = field(doc, versionField);
                    if (typeof value === 'string' || typeof value === 'number')
                        record.served = String(value);
                    else
                        record.problem = `the JSON has no ${versionField} field`;
                }
            }
        }
        catch (error) {
            record.problem = describeError(error, opts.requestTimeoutMs);
        }
        record.ms = Date.now() - t0;
        attempts.push(record);
        // What the service answered is text from outside: the untrusted path, and escaped.
        if (record.served !== undefined && normalize(record.served) === expected) {
            const message = `${opts.url} serves ${shownVersion(record.served)} (attempt ${attempt} of ${opts.attempts}).`;
            logger.untrusted(message);
            return { ok: true, attempts, message };
        }
        logger.untrusted(`attempt ${attempt} of ${opts.attempts}: ${record.served !== undefined ? `serves ${shownVersion(record.served)}, expected ${expected}` : (record.problem ?? 'no answer')}`);
        if (attempt < opts.attempts)
            await sleep(opts.intervalMs);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    const served = [...attempts].reverse().find(a => a.served !== undefined)?.served;
    const last = attempts[attempts.length - 1];
    const message = served !== undefined
        ? `After ${attempts.length} attempts over ${seconds} s, ${opts.url} still serves version ${shownVersion(served)}, not ${expected}: the new revision is not the one answering.`
        : `After ${attempts.length} attempts over ${seconds} s, ${opts.url} never reported a version (last: ${last?.problem ?? 'no answer'}); expected ${expected}.`;
    return { ok: false, attempts, message };
}


/***/ })

};
