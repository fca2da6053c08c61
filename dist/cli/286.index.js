export const id = 286;
export const ids = [286];
export const modules = {

/***/ 3286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smoke: () => (/* binding */ smoke),
  wait: () => (/* binding */ wait)
});

// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/smoke/index.ts
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
const normalize = (v) => (0,inputs/* trimAscii */.ic)(v).replace(/^v(?=\d)/, '');
/**
 * A served version as it is shown in the log and in errors: as served when it looks like a
 * version, else quoted and escaped (it comes from the service: newlines, `::` and look-alikes).
 */
function shownVersion(served) {
    return /^[\w.+-]{1,128}$/.test(served) ? served : (0,errors/* showValue */.vp)(served);
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
async function smoke_smokeCheck(opts) {
    const doFetch = opts.fetch ?? fetch;
    const sleep = opts.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const logger = opts.logger ?? log/* nullLogger */.Gi;
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
                    record.served = (0,inputs/* trimAscii */.ic)(header);
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

;// CONCATENATED MODULE: ./actions/deploy-demo/steps/smoke-check/main.ts
/**
 * Prove the deployment serves the new version: poll the URL until it answers 2xx and reports the
 * expected version, and say which version it saw when it does not.
 */




/** The version the deployment must report (the grammar is REPORTED_VERSION). */
function readExpectedVersion(inputs) {
    const value = inputs.required('expected-version', 'the version the deployment must report, such as 1.2.3');
    if (!REPORTED_VERSION.test(value))
        throw new errors/* InputError */.dz('expected-version', `expected ${REPORTED_VERSION_FORM}, got ${(0,errors/* showValue */.vp)(value)}`);
    return value;
}
function readSmokeInputs(inputs) {
    const base = inputs.required('url', 'the URL of the deployment (the tagged revision URL), such as https://v1-2-3---api-abc.a.run.app');
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new errors/* InputError */.dz('url', `expected an http(s) URL, got ${(0,errors/* showValue */.vp)(base)}`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password)
        throw new errors/* InputError */.dz('url', `expected an http(s) URL without credentials, got ${(0,errors/* showValue */.vp)(base)}`);
    const healthPath = inputs.string('health-path', '/health');
    if (!/^\/[\w./~%-]*$/.test(healthPath))
        throw new errors/* InputError */.dz('health-path', `expected a path starting with /, got ${(0,errors/* showValue */.vp)(healthPath)}`);
    const versionHeader = inputs.optional('version-header');
    if (versionHeader !== undefined && !/^[A-Za-z0-9-]+$/.test(versionHeader))
        throw new errors/* InputError */.dz('version-header', `expected a header name such as X-App-Version, got ${(0,errors/* showValue */.vp)(versionHeader)}`);
    const versionField = inputs.string('version-field', 'version');
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(versionField))
        throw new errors/* InputError */.dz('version-field', `expected a JSON field such as version or build.version, got ${(0,errors/* showValue */.vp)(versionField)}`);
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
const main = async ({ inputs, logger }) => {
    const opts = readSmokeInputs(inputs);
    const result = await smokeCheck({ ...opts, logger });
    const served = [...result.attempts].reverse().find(a => a.served !== undefined)?.served ?? '';
    return {
        outputs: {
            'served-version': served,
            attempts: String(result.attempts.length),
            ok: String(result.ok),
        },
        summary: [
            `### smoke-check: ${result.ok ? 'the new version answers' : 'the new version does not answer'}`,
            '',
            result.message,
            '',
            table(['Attempt', 'HTTP', 'Served version', 'Problem', 'Time'], result.attempts.map(a => [
                String(a.attempt),
                a.status === undefined ? '—' : String(a.status),
                a.served === undefined ? '—' : code(a.served),
                a.problem ?? '',
                `${a.ms} ms`,
            ])),
            '',
        ].join('\n'),
        ...(result.ok ? {} : { failure: result.message }),
    };
};

// EXTERNAL MODULE: ./packages/oci/index.ts + 2 modules
var oci = __webpack_require__(4533);
;// CONCATENATED MODULE: ./actions/deploy-demo/steps/wait-for-image/main.ts
/**
 * Wait until an image is pullable (registries answer MANIFEST_UNKNOWN for a while after a push):
 * poll its manifest, by digest when the reference has one, with backoff, up to a bound.
 */



const GOOGLE_REGISTRY = /(^|\.)(pkg\.dev|gcr\.io)$/;
/** An image input that must name one image: with a tag or a digest. */
function readImageWithTagOrDigest(inputs, name, expected) {
    const image = (0,oci/* readImageName */.t4)(inputs.required(name, expected), inputs.warn);
    const problem = (0,oci/* imageRefProblem */.OD)(image);
    const ref = problem === undefined ? (0,oci/* parseImageRef */.Q)(image) : undefined;
    if (!ref || (!ref.tag && !ref.digest))
        throw new errors/* InputError */.dz(name, `expected ${expected}, got ${(0,errors/* showValue */.vp)(image)}${problem ? ` (it ${problem})` : ''}`);
    return { image, ref };
}
function readWaitInputs(inputs) {
    const { image, ref } = readImageWithTagOrDigest(inputs, 'image', 'an image reference with a tag or digest, such as ghcr.io/owner/app@sha256:…');
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
        timeoutSeconds: inputs.integer('timeout-seconds', 60, { min: 0, max: 3600 }),
        username,
        password,
    };
}
async function waitForImage(opts, logger, client) {
    const ref = (0,oci/* parseImageRef */.Q)(opts.image);
    if (!ref)
        throw new errors/* InputError */.dz('image', `${(0,errors/* showValue */.vp)(opts.image)} is not an image reference`);
    const registry = client ??
        new oci/* RegistryClient */.bP({
            logger,
            ...(opts.username && opts.password
                ? { username: opts.username, password: opts.password }
                : {}),
        });
    const started = Date.now();
    const manifest = await registry.waitForManifest(ref, ref.digest ?? ref.tag ?? 'latest', {
        timeoutMs: opts.timeoutSeconds * 1000,
    });
    return { digest: manifest.digest, waitedMs: Date.now() - started };
}
const main_main = async ({ inputs, logger, mask }) => {
    const opts = readWaitInputs(inputs);
    if (opts.password)
        mask(opts.password);
    const { digest, waitedMs } = await waitForImage(opts, logger);
    logger.info(`${opts.image} is pullable (${digest}) after ${(waitedMs / 1000).toFixed(1)} s.`);
    return { outputs: { digest, 'waited-seconds': (waitedMs / 1000).toFixed(1) } };
};

// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
;// CONCATENATED MODULE: ./cli/commands/deploy.ts
/**
 * deploy-demo's checks as CLI commands: smoke-check and wait-for-image.
 */





async function smoke({ values }, logger) {
    const result = await smoke_smokeCheck({ ...readSmokeInputs(new inputs/* Inputs */.G0((0,args/* flagSource */.qz)(values))), logger });
    process.stdout.write(`${result.message}\n`);
    return result.ok ? 0 : 1;
}
async function wait({ values }, logger) {
    const password = process.env.REGISTRY_PASSWORD;
    const opts = readWaitInputs(new inputs/* Inputs */.G0((0,inputs/* mapSource */.GU)({
        image: values.image,
        'timeout-seconds': values['timeout-seconds'],
        'registry-username': values['registry-username'],
        'registry-password': values['registry-username'] ? password : undefined,
    })));
    const { digest, waitedMs } = await waitForImage(opts, logger);
    process.stdout.write(`${opts.image} is pullable: ${digest} (after ${(waitedMs / 1000).toFixed(1)} s)\n`);
    return 0;
}


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* reexport */ DIGEST_RE),
  bP: () => (/* reexport */ RegistryClient),
  PP: () => (/* reexport */ TAG_RE),
  OD: () => (/* reexport */ imageRefProblem),
  Q: () => (/* reexport */ parseImageRef),
  t4: () => (/* reexport */ readImageName)
});

// UNUSED EXPORTS: MANIFEST_TYPES, RegistryError, apiBase, imageName, lowerCaseImageName, parseChallenge

;// CONCATENATED MODULE: ./packages/oci/reference.ts
/**
 * Image references as Docker reads them: `[registry[:port]/]repository[:tag][@sha256:digest]`,
 * with Docker Hub's defaults (`docker.io`, `library/`). Anything else is refused, with the reason.
 * https://github.com/distribution/reference/blob/main/reference.go
 */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
/** Docker's tag grammar. */
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/**
 * Registries take lower-case repository names only (distribution/reference: "repository name must
 * be lowercase"), yet `ghcr.io/${{ github.repository }}` carries the owner's case (`NVIDIA`). So
 * an image name is lower-cased, as docker/metadata-action does; its tag and digest stay as written
 * (tags are case-sensitive). Only ASCII letters change.
 */
function lowerCaseImageName(text) {
    const at = text.indexOf('@');
    const digest = at === -1 ? '' : text.slice(at);
    let name = at === -1 ? text : text.slice(0, at);
    let tag = '';
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon);
        name = name.slice(0, colon);
    }
    return `${name.replace(/[A-Z]+/g, s => s.toLowerCase())}${tag}${digest}`;
}
/**
 * An image reference as an input gives it, read the one way every action reads image names:
 * lower-cased (see lowerCaseImageName), and `warn` told what it became when that changed it.
 */
function readImageName(text, warn) {
    const lower = lowerCaseImageName(text);
    if (lower !== text)
        warn(`The image name ${JSON.stringify(text)} has upper-case letters, which registries do not accept in a repository name; using ${JSON.stringify(lower)}.`);
    return lower;
}
/** Why `text` is not an image reference, or undefined when it is one. */
function imageRefProblem(text) {
    if (text === '')
        return 'is empty';
    if (text.length > 255 + 128 + 72)
        return 'is too long';
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(text))
        return 'contains whitespace or a control character';
    if (/[^\x20-\x7e]/.test(text))
        return 'contains a non-ASCII character';
    if (/[$`;|&<>(){}'"\\*?!~^#%=,]/.test(text))
        return 'contains a character that is not allowed in an image reference';
    return parse(text)
        ? undefined
        : 'is not [registry/]repository[:tag][@sha256:digest] with a lower-case repository';
}
function parse(text) {
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            return undefined;
    }
    const slash = rest.indexOf('/');
    const first = slash === -1 ? '' : rest.slice(0, slash);
    const isDomain = slash !== -1 &&
        (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
    let registry = 'docker.io';
    let repository = rest;
    if (isDomain) {
        if (!DOMAIN_RE.test(first))
            return undefined;
        registry = first;
        repository = rest.slice(slash + 1);
    }
    if (!PATH_RE.test(repository) || repository.length > 255)
        return undefined;
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function parseImageRef(text) {
    return imageRefProblem(text) === undefined ? parse(text) : undefined;
}
/** The name as users write it (`ghcr.io/o/app`, `nginx` for Docker Hub's library). */
function imageName(ref) {
    if (ref.registry === 'docker.io') {
        return ref.repository.startsWith('library/')
            ? ref.repository.slice('library/'.length)
            : `docker.io/${ref.repository}`;
    }
    return `${ref.registry}/${ref.repository}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/inputs/url.ts
var inputs_url = __webpack_require__(8359);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/oci/client.ts
/**
 * A client of the OCI distribution API (the registry HTTP API) over `fetch`: manifests by tag or
 * digest, token authentication as GHCR and Docker Hub do it (a `WWW-Authenticate: Bearer`
 * challenge answered with registry-username/registry-password), Basic authentication, anonymous
 * access. No docker engine, no external binary.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */



const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
class RegistryError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.name = 'RegistryError';
        this.status = status;
        this.code = code;
    }
}
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const scheme = (m[1] ?? '').toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = {};
    for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
        params[(p[1] ?? '').toLowerCase()] = p[2] ?? '';
    return { scheme, params };
}
/** The API host of a registry (Docker Hub's API is registry-1.docker.io). */
function apiBase(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    // A registry on this machine speaks plain HTTP (as docker does for localhost).
    const local = (0,inputs_url/* isLoopbackHost */.c)(host.replace(/:\d+$/, ''));
    return `${local ? 'http' : 'https'}://${host}`;
}
async function errorOf(response) {
    const text = await response.text().catch(() => '');
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return { code: first.code, message: `${first.code ?? ''}: ${first.message ?? ''}`.trim() };
    }
    catch {
        // not JSON
    }
    return { code: undefined, message: text.slice(0, 200) || response.statusText };
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
class RegistryClient {
    #fetch;
    #username;
    #password;
    #logger;
    #timeoutMs;
    #attempts;
    #backoffMs;
    #userAgent;
    #push;
    /** Authorization header per registry (Basic) or per registry and scope (Bearer). */
    #auth = new Map();
    constructor(options = {}) {
        this.#fetch = options.fetch ?? fetch;
        this.#username = options.username;
        this.#password = options.password;
        this.#logger = options.logger ?? log/* nullLogger */.Gi;
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#attempts = options.attempts ?? 4;
        this.#backoffMs = options.backoffMs ?? 500;
        this.#userAgent = options.userAgent ?? 'release-actions';
        this.#push = options.push ?? false;
    }
    #basic() {
        if (this.#username === undefined || this.#password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${this.#username}:${this.#password}`).toString('base64')}`;
    }
    async #token(registry, challenge, scope) {
        if (challenge.scheme === 'basic') {
            const basic = this.#basic();
            if (!basic)
                throw new RegistryError(`${registry} asks for credentials: set registry-username and registry-password.`, 401);
            return basic;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`${registry} sent a Bearer challenge without a realm.`, 401);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`${registry} names a token service that is not a URL: ${JSON.stringify(realm.slice(0, 200))}.`, 401);
        }
        // The credentials go wherever the realm says: never in the clear to another machine.
        if (!(0,inputs_url/* isSecureUrl */.z)(url))
            throw new RegistryError(`${registry} names the token service ${url.href}, which is ${url.protocol === 'http:' ? 'plain http to another machine' : `not https (${url.protocol})`}: registry credentials go over https only (http only to this machine: 127.0.0.0/8, ::1, localhost).`, 401);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { 'User-Agent': this.#userAgent };
        const basic = this.#basic();
        if (basic)
            headers.Authorization = basic;
        const response = await this.#fetch(url, {
            headers,
            signal: AbortSignal.timeout(this.#timeoutMs),
        });
        if (response.status === 401 || response.status === 403) {
            throw new RegistryError(`${registry} refused the credentials${basic ? ` of registry-username ${JSON.stringify(this.#username)}` : ' (none were given: set registry-username and registry-password)'} for ${scope} (HTTP ${response.status} from its token service).`, response.status);
        }
        if (!response.ok)
            throw new RegistryError(`The token service of ${registry} answered HTTP ${response.status}.`, response.status);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`The token service of ${registry} answered without a token.`);
        return `Bearer ${token}`;
    }
    /**
     * One request to the registry API, authenticated on demand and retried on 5xx, 429 (honouring
     * Retry-After) and network errors. Other statuses are returned to the caller.
     */
    async request(image, method, path, { headers = {}, body, push = false, } = {}) {
        const scope = `repository:${image.repository}:${push || this.#push ? 'pull,push' : 'pull'}`;
        const scoped = `${image.registry} ${scope}`;
        const url = `${apiBase(image.registry)}/v2/${image.repository}/${path}`;
        let authTried = false;
        for (let attempt = 1;; attempt++) {
            // Basic credentials hold for every scope of the registry; a bearer token for its scope.
            const auth = this.#auth.get(image.registry) ?? this.#auth.get(scoped);
            let response;
            try {
                response = await this.#fetch(url, {
                    method,
                    headers: {
                        'User-Agent': this.#userAgent,
                        ...headers,
                        ...(auth ? { Authorization: auth } : {}),
                    },
                    ...(body ? { body } : {}),
                    signal: AbortSignal.timeout(this.#timeoutMs),
                });
            }
            catch (error) {
                if (attempt >= this.#attempts) {
                    throw new RegistryError(`${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
                }
                await sleep(this.#backoffMs * 2 ** (attempt - 1));
                continue;
            }
            if (response.status === 401 && !authTried) {
                const challenge = parseChallenge(response.headers.get('www-authenticate'));
                await response.body?.cancel();
                if (!challenge)
                    throw new RegistryError(`${image.registry} answered 401 without a usable WWW-Authenticate challenge.`, 401);
                this.#auth.set(challenge.scheme === 'basic' ? image.registry : scoped, await this.#token(image.registry, challenge, scope));
                authTried = true;
                attempt--;
                continue;
            }
            if ((response.status >= 500 || response.status === 429) && attempt < this.#attempts) {
                const retryAfter = Number(response.headers.get('retry-after'));
                await response.body?.cancel();
                const wait = Number.isFinite(retryAfter) && retryAfter > 0
                    ? Math.min(retryAfter * 1000, 60_000)
                    : this.#backoffMs * 2 ** (attempt - 1);
                this.#logger.debug(`${method} ${url}: HTTP ${response.status}; retrying in ${wait} ms`);
                await sleep(wait);
                continue;
            }
            return response;
        }
    }
    async #fail(image, what, response) {
        const { code, message } = await errorOf(response);
        const hint = response.status === 401
            ? ': the credentials were refused (registry-username, registry-password)'
            : response.status === 403
                ? ': access denied (the token needs write access to the package: packages: write for GHCR)'
                : '';
        throw new RegistryError(`${what} ${image.registry}/${image.repository}: HTTP ${response.status} ${message}${hint}`, response.status, code);
    }
    /** The digest a tag or digest points at (HEAD), or undefined when it does not exist. */
    async resolve(image, reference) {
        const response = await this.request(image, 'HEAD', `manifests/${reference}`, {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            return this.#fail(image, `Reading ${reference} of`, response);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new RegistryError(`${image.registry} did not send Docker-Content-Digest for ${reference}.`);
        return digest;
    }
    /** A manifest with its exact bytes, or undefined when it does not exist. */
    async manifest(image, reference) {
        const response = await this.request(image, 'GET', `manifests/${reference}`, {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (!response.ok)
            return this.#fail(image, `Reading ${reference} of`, response);
        const body = new Uint8Array(await response.arrayBuffer());
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new RegistryError(`${image.registry} sent a manifest whose digest ${digest} is not the ${reference} asked for.`);
        }
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? MANIFEST_TYPES[1] ?? '';
        return { digest, mediaType, body };
    }
    /**
     * The image configuration (labels, env, created, platform) of a tag or digest: for an index, of
     * its linux/amd64 image (else its first); undefined when the reference does not exist.
     */
    async imageConfig(image, reference) {
        const top = await this.manifest(image, reference);
        if (!top)
            return undefined;
        let doc = JSON.parse(Buffer.from(top.body).toString('utf8'));
        if (doc.manifests) {
            const chosen = doc.manifests.find(m => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ??
                doc.manifests.find(m => m.platform?.os !== 'unknown') ??
                doc.manifests[0];
            if (!chosen)
                throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} is an empty index.`);
            const inner = await this.manifest(image, chosen.digest);
            if (!inner)
                throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} names ${chosen.digest}, which is missing.`);
            doc = JSON.parse(Buffer.from(inner.body).toString('utf8'));
        }
        const configDigest = doc.config?.digest;
        if (!configDigest)
            throw new RegistryError(`${image.registry}/${image.repository}@${top.digest} has no image config.`);
        const response = await this.request(image, 'GET', `blobs/${configDigest}`);
        if (!response.ok)
            return this.#fail(image, `Reading the config ${configDigest} of`, response);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}` !== configDigest)
            throw new RegistryError(`${image.registry} sent a config that is not ${configDigest}.`);
        return {
            digest: top.digest,
            config: JSON.parse(Buffer.from(bytes).toString('utf8')),
        };
    }
    /** Point `tag` at `manifest` (its exact bytes, so the digest stays the same). */
    async putTag(image, tag, manifest) {
        const response = await this.request(image, 'PUT', `manifests/${tag}`, {
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.body,
            push: true,
        });
        if (!response.ok)
            return this.#fail(image, `Writing the tag ${tag} of`, response);
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest');
        if (digest && digest !== manifest.digest) {
            throw new RegistryError(`${image.registry} stored ${tag} as ${digest}, not ${manifest.digest}.`);
        }
    }
    /**
     * Wait until a manifest exists (registries answer MANIFEST_UNKNOWN for a while after a push),
     * polling with exponential backoff up to `timeoutMs`. Fails closed when it never appears.
     */
    async waitForManifest(image, reference, { timeoutMs, intervalMs = 500, maxIntervalMs = 8_000, }) {
        const deadline = Date.now() + timeoutMs;
        let wait = intervalMs;
        let tries = 0;
        for (;;) {
            tries++;
            const manifest = await this.manifest(image, reference);
            if (manifest)
                return manifest;
            const left = deadline - Date.now();
            if (left <= 0) {
                throw new RegistryError(`${image.registry}/${image.repository}@${reference} did not appear within ${Math.round(timeoutMs / 1000)} s (${tries} tries; the registry answered MANIFEST_UNKNOWN).`, 404, 'MANIFEST_UNKNOWN');
            }
            this.#logger.info(`${image.registry}/${image.repository}@${reference} is not there yet; trying again in ${Math.round(Math.min(wait, left) / 100) / 10} s.`);
            await sleep(Math.min(wait, left));
            wait = Math.min(wait * 2, maxIntervalMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/index.ts




/***/ })

};
