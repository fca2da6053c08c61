export const id = 6793;
export const ids = [6793];
export const modules = {

/***/ 6793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* reexport */ DIGEST_RE),
  gi: () => (/* reexport */ IMAGE_FORMS),
  bP: () => (/* reexport */ RegistryClient),
  PP: () => (/* reexport */ TAG_RE),
  mg: () => (/* reexport */ findExistingImage),
  JC: () => (/* reexport */ imageProblem),
  Q: () => (/* reexport */ parseImageRef),
  Ol: () => (/* reexport */ readImageInput),
  mP: () => (/* reexport */ readImageList),
  t4: () => (/* reexport */ readImageName),
  tn: () => (/* reexport */ readImageWithTagOrDigest),
  Yh: () => (/* reexport */ waitForImage)
});

// UNUSED EXPORTS: MANIFEST_TYPES, RegistryError, apiBase, imageRefProblem, lowerCaseImageName, parseChallenge

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/oci/reference.ts
/**
 * Image references, the one grammar every action, step and package reads an image name with:
 * Docker's `[registry[:port]/]repository[:tag][@sha256:digest]`, with Docker Hub's defaults
 * (`docker.io`, `library/`); names lower-cased as registries require (with a warning). Anything
 * else is refused, with the reason. readImageInput is the reader of inputs (images.ts builds the
 * list and pinned readers on it); each reader says which form it takes: a repository, a pinned
 * reference, or either. imageProblem is the same rule for a value that is not an input (an entry of
 * release-plan's images).
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
/** The expected form, as error messages say it. */
const IMAGE_FORMS = {
    repository: 'an image without a tag or digest, such as ghcr.io/owner/app',
    pinned: 'an image with a tag or digest, such as ghcr.io/owner/app@sha256:…',
    any: 'an image reference such as ghcr.io/owner/app or ghcr.io/owner/app:1.2.3',
};
/** Why `text` (already lower-cased) is not an image reference of `form`, or undefined. */
function imageProblem(text, form) {
    const problem = imageRefProblem(text);
    if (problem !== undefined)
        return problem;
    const ref = parse(text);
    const pinned = ref.tag !== undefined || ref.digest !== undefined;
    if (form === 'repository' && pinned)
        return 'has a tag or digest';
    if (form === 'pinned' && !pinned)
        return 'has no tag or digest';
    return undefined;
}
/**
 * An image named by an input: lower-cased (readImageName, `warn` told), then read with the one
 * grammar; an InputError that names the input, the value, what is wrong with it and the form
 * expected (`expected`, default IMAGE_FORMS[form]) when it is not an image of `form`.
 */
function readImageInput(input, text, form, warn, expected = IMAGE_FORMS[form]) {
    const image = readImageName(text, warn);
    const problem = imageProblem(image, form);
    if (problem !== undefined)
        throw new errors/* InputError */.dz(input, `expected ${expected}, got ${(0,errors/* showValue */.vp)(image)} (it ${problem})`);
    return { image, ref: parse(image) };
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
class RegistryError extends errors/* OperationalError */.LE {
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
    const local = (0,inputs_url/* isLoopbackHost */.cW)(host.replace(/:\d+$/, ''));
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
        this.#logger = options.logger ?? log/* nullLogger */.G;
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
        if (!(0,inputs_url/* isSecureUrl */.z3)(url))
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
        const base = apiBase(image.registry);
        // An upload's Location (absolute, or a path on the registry) is followed on the same origin only.
        const url = /^https?:\/\//.test(path)
            ? path
            : path.startsWith('/')
                ? `${base}${path}`
                : `${base}/v2/${image.repository}/${path}`;
        if (new URL(url).origin !== new URL(base).origin)
            throw new RegistryError(`${image.registry} sent an upload location on another host (${new URL(url).origin}): not followed with the registry's credentials.`);
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
    /** Does the repository hold the blob `digest` (HEAD)? */
    async hasBlob(image, digest) {
        const response = await this.request(image, 'HEAD', `blobs/${digest}`, { push: true });
        await response.body?.cancel();
        if (response.status === 404)
            return false;
        if (!response.ok)
            return this.#fail(image, `Reading the blob ${digest} of`, response);
        return true;
    }
    /** A blob's bytes, checked against its digest. */
    async blob(image, digest) {
        const response = await this.request(image, 'GET', `blobs/${digest}`);
        if (!response.ok)
            return this.#fail(image, `Reading the blob ${digest} of`, response);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}` !== digest)
            throw new RegistryError(`${image.registry} sent a blob that is not ${digest}.`);
        return bytes;
    }
    /**
     * Upload a blob unless the repository has it: POST a session, then PUT the bytes with their
     * digest (the distribution spec's monolithic upload in two requests). Returns the digest.
     */
    async uploadBlob(image, bytes) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (await this.hasBlob(image, digest))
            return digest;
        const start = await this.request(image, 'POST', 'blobs/uploads/', { push: true });
        if (start.status !== 202)
            return this.#fail(image, 'Starting a blob upload to', start);
        await start.body?.cancel();
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`${image.registry} started an upload without a Location.`);
        const target = new URL(location, `${apiBase(image.registry)}/v2/`);
        target.searchParams.set('digest', digest);
        const put = await this.request(image, 'PUT', target.href, {
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            push: true,
        });
        if (put.status !== 201)
            return this.#fail(image, `Uploading the blob ${digest} to`, put);
        await put.body?.cancel();
        return digest;
    }
    /** Put a manifest (its exact bytes) under `reference`, a tag or its digest; returns its digest. */
    async putManifest(image, reference, mediaType, body) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        await this.putTag(image, reference, { digest, mediaType, body });
        return digest;
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

;// CONCATENATED MODULE: ./packages/oci/images.ts
/**
 * Image inputs as every action reads them: a list of image names without tag or digest (the
 * images tags are computed for), or one image with a tag or digest (the image to wait for, to
 * deploy). Each is read with the one grammar (reference.ts readImageInput: lower-cased as
 * registries want it, then parsed); a bad one is an InputError naming the input.
 */

/**
 * The images input: each lower-cased as registries want it (see readImageName), with a warning;
 * without tag or digest (readImageInput's `repository` form); duplicates dropped.
 */
function readImageList(input, values, warn) {
    const out = [];
    for (const value of values) {
        const read = readImageInput(input, value, 'repository', warn);
        if (!out.some(o => o.image === read.image))
            out.push(read);
    }
    return out;
}
/** An image input that must name one image: with a tag or a digest (the `pinned` form). */
function readImageWithTagOrDigest(input, value, expected, warn) {
    return readImageInput(input, value, 'pinned', warn, expected);
}

;// CONCATENATED MODULE: ./packages/oci/wait.ts

async function waitForImage(opts, logger, client) {
    const registry = client ??
        new RegistryClient({
            logger,
            ...(opts.username && opts.password
                ? { username: opts.username, password: opts.password }
                : {}),
        });
    const started = Date.now();
    const manifest = await registry.waitForManifest(opts.ref, opts.ref.digest ?? opts.ref.tag ?? 'latest', { timeoutMs: opts.timeoutSeconds * 1000 });
    return { digest: manifest.digest, waitedMs: Date.now() - started };
}

;// CONCATENATED MODULE: ./packages/oci/existing.ts

/** The first candidate tag that exists, or undefined when none does (the image is built). */
async function findExistingImage(opts, logger, client) {
    const registry = client ??
        new RegistryClient({
            ...(opts.username !== undefined && opts.password !== undefined
                ? { username: opts.username, password: opts.password }
                : {}),
            logger,
        });
    for (const tag of opts.tags) {
        const found = await registry.imageConfig(opts.ref, tag);
        if (!found)
            continue;
        const version = found.config.config?.Labels?.['org.opencontainers.image.version'] ?? '';
        return { tag, digest: found.digest, version };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/oci/index.ts
/**
 * packages/oci owns container images: the one image-reference grammar and the image inputs read
 * with it, a client of the OCI distribution API, waiting until an image is pullable, and finding
 * the image a commit already has.
 */







/***/ })

};
