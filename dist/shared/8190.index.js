export const id = 8190;
export const ids = [8190];
export const modules = {

/***/ 8190:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2968);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/archive/index.ts + 4 modules
var archive = __webpack_require__(8855);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/npm/tarball.ts
/**
 * What an npm tarball (the .tgz that `npm pack` writes) says about itself: the name and version
 * of its package/package.json, and its integrity as the registry records it (`dist.integrity`,
 * `sha512-<base64>`, and the legacy `dist.shasum`, sha1 hex).
 */



/** The registry's `dist.integrity` of a tarball: `sha512-` and the base64 of its SHA-512. */
function tarballIntegrity(bytes) {
    return `sha512-${(0,external_node_crypto_.createHash)('sha512').update(bytes).digest('base64')}`;
}
/**
 * An npm package name as the registry accepts a new one (validate-npm-package-name): at most 214
 * characters, lower case, URL-safe, not starting with '.' or '_', optionally `@scope/name`.
 */
function isPackageName(name) {
    if (name.length === 0 || name.length > 214)
        return false;
    return /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}
/** The name in a registry URL path, as npm escapes it: `@scope%2fname`, an unscoped one as it is. */
function escapedName(name) {
    return name.replace('/', '%2f');
}
/**
 * The name, version and integrity of an npm tarball; an ArchiveReadError (one line) when it is not
 * a tar.gz with a package/package.json that names a package and a version.
 */
function readPackedPackage(bytes, what = 'the tarball') {
    const raw = (0,archive/* tarFile */.Ic)(bytes, 'package/package.json', what);
    if (raw === undefined)
        throw new archive/* ArchiveReadError */.j$(`${what} holds no package/package.json (is it what npm pack wrote?)`);
    let manifest;
    try {
        manifest = JSON.parse(raw.toString('utf8'));
    }
    catch (error) {
        throw new archive/* ArchiveReadError */.j$(`${what}: package/package.json is not JSON: ${error.message}`);
    }
    const m = manifest;
    if (typeof m?.name !== 'string' || !isPackageName(m.name))
        throw new archive/* ArchiveReadError */.j$(`${what}: package/package.json has no valid package name (got ${(0,errors/* showValue */.vp)(String(m?.name))})`);
    if (typeof m.version !== 'string')
        throw new archive/* ArchiveReadError */.j$(`${what}: package/package.json has no version`);
    return {
        name: m.name,
        version: m.version,
        integrity: tarballIntegrity(bytes),
        shasum: (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex'),
    };
}

// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/npm/registry.ts
/**
 * The read side of an npm registry (npm/registry docs/REGISTRY-API.md, `GET /{package}`): the
 * packument of a package, 404 when it was never published, and the published versions in it
 * with their `dist.integrity`.
 */



class NpmRegistryError extends errors/* OperationalError */.LE {
    constructor(message) {
        super(message);
        this.name = 'NpmRegistryError';
    }
}
/** `<registry>/<name>`, the name escaped as npm does (`@scope%2fname`). */
function packumentUrl(registry, name) {
    return `${registry.replace(/\/+$/, '')}/${escapedName(name)}`;
}
/** The package's page: npmjs.com for the public registry, else its packument URL. */
function packagePageUrl(registry, name, version) {
    const host = new URL(registry).hostname.toLowerCase();
    return host === 'registry.npmjs.org' || host === 'registry.npmjs.com'
        ? `https://www.npmjs.com/package/${name}/v/${version}`
        : packumentUrl(registry, name);
}
/** The packument of `name`, or undefined when the registry answers 404 (never published). */
async function getPackument(name, { registry, token = '', timeoutMs = 30_000 }) {
    const url = packumentUrl(registry, name);
    const response = await fetch(url, {
        headers: {
            accept: 'application/json',
            // The packument as it is now, not a cached copy (a check right after a publish).
            'cache-control': 'no-cache',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
    }
    if (!response.ok) {
        await response.body?.cancel();
        throw new NpmRegistryError(`GET ${url} answered ${response.status} ${response.statusText}`);
    }
    let body;
    try {
        body = await response.json();
    }
    catch {
        throw new NpmRegistryError(`GET ${url} answered a body that is not JSON`);
    }
    const b = body;
    if (typeof b !== 'object' ||
        b === null ||
        (b.versions !== undefined && typeof b.versions !== 'object'))
        throw new NpmRegistryError(`GET ${url} answered JSON that is not a packument`);
    return {
        versions: (b.versions ?? {}),
        'dist-tags': (typeof b['dist-tags'] === 'object' && b['dist-tags'] !== null
            ? b['dist-tags']
            : {}),
    };
}
/**
 * The highest published stable version that is not deprecated, as `npm publish` finds it before
 * it applies the `latest` tag (npm/cli lib/commands/publish.js, #registryVersions).
 */
function highestStable(packument) {
    let best;
    for (const [text, manifest] of Object.entries(packument?.versions ?? {})) {
        const v = (0,versioning/* parseVersion */.ot)(text);
        if (v === undefined || v.prerelease.length > 0 || manifest.deprecated)
            continue;
        if (best === undefined || (0,versioning/* compareVersions */.Zy)(v, best) > 0)
            best = v;
    }
    return best;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/process/index.ts
var process = __webpack_require__(1948);
;// CONCATENATED MODULE: ./packages/npm/publish.ts
/**
 * Publish one npm tarball, once: the registry's packument decides first (the version there with
 * the same integrity: unchanged; with another: refused, a version is never published twice with
 * different content); else the real `npm publish <tarball>` runs (packages/process), with a
 * temporary userconfig that names the token only as `${NODE_AUTH_TOKEN}` (the token itself is
 * never written to disk or to the log; without one, npm's trusted publishing through the job's
 * OIDC token), and the registry is read again until it lists the version with this integrity.
 */







/** The userconfig npm reads: the registry's auth line names the variable, never the token. */
function userconfigText(registry, withToken) {
    if (!withToken)
        return '';
    const url = new URL(`${registry.replace(/\/+$/, '')}/`);
    return `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}\n`;
}
/** The arguments of `npm publish` for these options. */
function publishArgs(o, distTag, userconfig, cache) {
    return [
        'publish',
        o.tarball,
        '--access',
        o.access,
        '--registry',
        `${o.registry.replace(/\/+$/, '')}/`,
        '--tag',
        distTag,
        // Explicitly off: npm turns provenance on by itself for a trusted publish otherwise.
        o.provenance ? '--provenance' : '--no-provenance',
        '--userconfig',
        userconfig,
        '--cache',
        cache,
    ];
}
/** npm's error lines, one line: what it said, without the code and log-file lines. */
function npmProblem(stderr) {
    const lines = stderr
        .split('\n')
        .filter(l => l.startsWith('npm error'))
        .map(l => l.replace(/^npm error\s*/, '').trim())
        .filter(l => l !== '' && !/^code \S+$/.test(l) && !/^A complete log of this run/.test(l))
        .filter(l => !/^\S+\.log$/.test(l));
    return lines.slice(0, 3).join(' ') || stderr.trim().split('\n').at(-1) || 'no output';
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
async function publishPackage(o, logger) {
    const { name, version, integrity } = o.pkg;
    const id = `${name}@${version}`;
    const url = packagePageUrl(o.registry, name, version);
    const where = packumentUrl(o.registry, name);
    const packument = await getPackument(name, { registry: o.registry, token: o.token });
    const existing = packument?.versions[version];
    if (existing !== undefined) {
        const theirs = existing.dist?.integrity;
        if (theirs === integrity) {
            logger.notice(`${id} is already published with the same tarball; not published again.`);
            return { status: 'unchanged', distTag: '', command: '', url };
        }
        throw new errors/* PreconditionError */.Rb(`${id} is already published on ${where} with another tarball (integrity ${theirs ?? 'none'}, this one ${integrity}): a version is never published twice with different content; release a new version.`);
    }
    const ours = (0,versioning/* parseVersion */.ot)(version);
    const highest = highestStable(packument);
    let distTag = o.distTag ?? 'latest';
    if (o.distTag === undefined && ours && highest && (0,versioning/* compareVersions */.Zy)(highest, ours) > 0) {
        distTag = `latest-${ours.major}`;
        logger.notice(`${name} ${highest.major}.${highest.minor}.${highest.patch} is published, higher than ${version}: tagged ${distTag}, latest stays.`);
    }
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(o.tempRoot ?? external_node_os_default().tmpdir(), 'npm-publish-'));
    let command = '';
    try {
        const userconfig = external_node_path_default().join(dir, 'npmrc');
        (0,external_node_fs_.writeFileSync)(userconfig, userconfigText(o.registry, o.token !== ''), { mode: 0o600 });
        const args = publishArgs(o, distTag, userconfig, external_node_path_default().join(dir, 'cache'));
        const npm = o.npm ?? 'npm';
        command = (0,process/* describeCommand */.vL)(npm, args);
        const env = {};
        for (const [k, v] of Object.entries(o.env))
            if (!k.startsWith('INPUT_'))
                env[k] = v;
        delete env.NODE_AUTH_TOKEN;
        if (o.token !== '')
            env.NODE_AUTH_TOKEN = o.token;
        logger.info(`Publishing ${id} (${integrity}): ${command}`);
        const outcome = await (0,process/* runProcess */.R3)(npm, args, {
            cwd: dir,
            env,
            timeoutMs: o.timeoutMs ?? 10 * 60_000,
            tailBytes: 64 * 1024,
            name: command,
        });
        if (outcome.tail.trim() !== '')
            logger.untrusted(outcome.tail);
        if (outcome.stopped !== undefined)
            throw new errors/* OperationalError */.LE(`npm publish of ${id} stopped: ${outcome.stopped}`);
        if (outcome.code !== 0)
            throw new errors/* OperationalError */.LE(`npm publish of ${id} exited with code ${outcome.code}: ${npmProblem(outcome.stderr)}${o.token === ''
                ? " (no token: npm's trusted publishing needs npm 11.5.1 or later, id-token: write and this workflow as the package's trusted publisher)"
                : ''}`);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    // The registry must now list the version with this tarball (its CDN may take a moment).
    const attempts = o.verifyAttempts ?? 12;
    for (let attempt = 1;; attempt++) {
        const after = await getPackument(name, { registry: o.registry, token: o.token });
        const listed = after?.versions[version]?.dist?.integrity;
        if (listed === integrity)
            break;
        if (listed !== undefined)
            throw new errors/* PreconditionError */.Rb(`npm publish of ${id} succeeded, but ${where} lists it with another integrity (${listed}, this one ${integrity})`);
        if (attempt >= attempts)
            throw new errors/* PreconditionError */.Rb(`npm publish of ${id} succeeded, but ${where} does not list ${version} after ${attempts} reads`);
        await sleep(o.verifyIntervalMs ?? 5000);
    }
    logger.info(`${id} is published on ${where} with ${integrity} (dist-tag ${distTag}).`);
    return { status: 'published', distTag, command, url };
}

;// CONCATENATED MODULE: ./packages/npm/index.ts
/**
 * packages/npm owns publishing a package to an npm registry: what a tarball holds (tarball.ts),
 * what the registry has published (registry.ts, the packument), and the one publish that runs
 * the real `npm publish` only when the registry does not have the version (publish.ts).
 */




// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./actions/npm-publish/inputs.ts
/**
 * npm-publish's inputs: the only place they are read and validated. The tarball is read here:
 * its package/package.json names the package, and its version must be the release's.
 */






/** A dist-tag npm accepts: not a SemVer range (npm refuses `v1`, `1.x`), URL-safe. */
const DIST_TAG = /^(?![vV]?\d)[A-Za-z][A-Za-z0-9._-]{0,63}$/;
function readInputs(inputs, github) {
    const version = inputs.required('version', 'the released version, such as 1.2.3');
    (0,versioning/* requireStableVersion */.Xd)('version', version, 'only stable releases are published to npm');
    const released = version.replace(/\+.*$/, '');
    const registry = inputs.url('registry', 'https://registry.npmjs.org', 'https://registry.npmjs.org');
    const access = inputs.choice('access', ['public', 'restricted'], 'public');
    const provenance = inputs.boolean('provenance', true);
    const distTag = inputs.optional('dist-tag');
    if (distTag !== undefined && !DIST_TAG.test(distTag))
        throw new errors/* InputError */.dz('dist-tag', `expected a dist-tag such as latest or latest-1 (letters first, not a version or range), got ${(0,errors/* showValue */.vp)(distTag)}`);
    const tarball = (0,packages_inputs/* existingFile */._h)('tarball', inputs.required('tarball', 'the .tgz that npm pack wrote'), github.workspace, 'the .tgz that npm pack wrote', { alsoUnder: [github.runnerTemp] });
    let pkg;
    try {
        pkg = readPackedPackage((0,external_node_fs_.readFileSync)(tarball), (0,errors/* showValue */.vp)(tarball));
    }
    catch (error) {
        if (error instanceof archive/* ArchiveReadError */.j$)
            throw new errors/* InputError */.dz('tarball', `expected the .tgz that npm pack wrote: ${error.message}`);
        throw error;
    }
    if (pkg.version !== released)
        throw new errors/* InputError */.dz('version', `expected the version of the tarball's package/package.json (${(0,errors/* showValue */.vp)(pkg.version)}), got ${(0,errors/* showValue */.vp)(version)}`);
    if (access === 'restricted' && !pkg.name.startsWith('@'))
        throw new errors/* InputError */.dz('access', `expected public for the unscoped package ${pkg.name} (restricted is for scoped packages only)`);
    return {
        tarball,
        pkg,
        version: released,
        registry,
        token: inputs.string('token', ''),
        provenance,
        access,
        distTag,
    };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/npm-publish/outputs.ts

function npmPublishOutputs(r) {
    return {
        status: r.status,
        name: r.pkg.name,
        version: r.pkg.version,
        integrity: r.pkg.integrity,
        'dist-tag': r.distTag,
        url: r.url,
    };
}
function summarize(r) {
    const id = `${r.pkg.name}@${r.pkg.version}`;
    return [
        r.status === 'published'
            ? `### npm: ${(0,markdown/* code */.aY)(id)} published`
            : `### npm: ${(0,markdown/* code */.aY)(id)} unchanged (already published with the same tarball; not published again)`,
        '',
        (0,markdown/* table */.tp)(['Package', 'Registry', 'Integrity', 'dist-tag', 'Provenance'], [
            [
                `[${(0,markdown/* code */.aY)(id)}](${r.url})`,
                (0,markdown/* code */.aY)(r.registry),
                (0,markdown/* code */.aY)(r.pkg.integrity),
                r.distTag ? (0,markdown/* code */.aY)(r.distTag) : '-',
                r.status === 'published' ? String(r.provenance) : '-',
            ],
        ]),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/npm-publish/main.ts
/**
 * Publish the CLI package of a stable release to npm (internal to the self-release, from the job
 * that holds id-token, with the tarball the release attests): the registry's packument first, so
 * a version is published once and never with different content; then the real `npm publish`
 * with provenance (packages/npm). The token is masked before anything is logged.
 */



const main = async ({ inputs, github, env, logger, mask }) => {
    const token = inputs.string('token', '');
    if (token !== '')
        mask(token);
    const o = readInputs(inputs, github);
    const result = await publishPackage({
        tarball: o.tarball,
        pkg: o.pkg,
        registry: o.registry,
        token: o.token,
        provenance: o.provenance,
        access: o.access,
        ...(o.distTag === undefined ? {} : { distTag: o.distTag }),
        env,
        ...(github.runnerTemp === undefined ? {} : { tempRoot: github.runnerTemp }),
    }, logger);
    const done = {
        ...result,
        pkg: o.pkg,
        registry: o.registry,
        provenance: o.provenance,
    };
    return { outputs: npmPublishOutputs(done), summary: summarize(done) };
};


/***/ })

};
