export const id = 8681;
export const ids = [8681];
export const modules = {

/***/ 7236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ tarBytes),
/* harmony export */   g: () => (/* binding */ tarGzBytes)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one deterministic tar writer (release archives and Helm charts), without external tools:
 * regular files only, in the order given, one fixed mtime, uid/gid 0 and no owner names, modes 0755
 * or 0644 only, so the same files always make the same bytes. POSIX ustar headers; a name too long
 * for ustar's name/prefix split gets a PAX `path` record. tar.gz here is gzip through node:zlib;
 * charts use Helm's own gzip header (packages/helm/tar.ts).
 */

const BLOCK = 512;
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, '0')}\0`;
}
function writeString(header, offset, width, text) {
    Buffer.from(text, 'utf8').copy(header, offset, 0, width);
}
/** The USTAR name and prefix of `name`, or undefined when it does not fit. */
function splitName(name) {
    if (Buffer.byteLength(name) <= 100)
        return { name, prefix: '' };
    for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
        const prefix = name.slice(0, i);
        const rest = name.slice(i + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest !== '')
            return { name: rest, prefix };
    }
    return undefined;
}
function header(name, prefix, size, mtime, type, mode = 0o644) {
    const h = Buffer.alloc(BLOCK);
    writeString(h, 0, 100, name);
    writeString(h, 100, 8, octal(mode, 8));
    writeString(h, 108, 8, octal(0, 8));
    writeString(h, 116, 8, octal(0, 8));
    writeString(h, 124, 12, octal(size, 12));
    writeString(h, 136, 12, octal(mtime, 12));
    h.fill(0x20, 148, 156);
    writeString(h, 156, 1, type);
    writeString(h, 257, 6, 'ustar\0');
    writeString(h, 263, 2, '00');
    writeString(h, 345, 155, prefix);
    let sum = 0;
    for (const byte of h)
        sum += byte;
    writeString(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    return h;
}
function padded(data) {
    const rest = data.length % BLOCK;
    return rest === 0 ? [Buffer.from(data)] : [Buffer.from(data), Buffer.alloc(BLOCK - rest)];
}
/** A PAX record `<len> path=<value>\n`, its length counting itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length)
        length++;
    return `${length}${body}`;
}
/** The tar stream of `entries` (two zero blocks at the end). `mtime` in seconds since 1970. */
function tarBytes(entries, mtime) {
    const parts = [];
    for (const entry of entries) {
        let split = splitName(entry.name);
        if (!split) {
            const pax = Buffer.from(paxRecord('path', entry.name));
            const paxName = `PaxHeaders.0/${entry.name.split('/').pop() ?? ''}`.slice(0, 100);
            parts.push(header(paxName, '', pax.length, mtime, 'x'), ...padded(pax));
            split = { name: entry.name.slice(0, 100), prefix: '' };
        }
        const mode = entry.executable === true ? 0o755 : 0o644;
        parts.push(header(split.name, split.prefix, entry.data.length, mtime, '0', mode), ...padded(entry.data));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** A .tar.gz of the entries (gzip header: no name, mtime 0, so the bytes depend on the files only). */
function tarGzBytes(entries, mtime) {
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(tarBytes(entries, mtime), { level: 9 });
}


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jd: () => (/* reexport */ findCharts),
  sf: () => (/* reexport */ helmUpgradeCommand),
  GQ: () => (/* reexport */ packageChart),
  VI: () => (/* reexport */ publishCharts),
  zO: () => (/* reexport */ pushChart),
  VR: () => (/* reexport */ readChart),
  ag: () => (/* reexport */ rfc3339)
});

// UNUSED EXPORTS: ChartError, ChartVersionConflictError, HELM_CHART_LAYER_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE, HelmIgnore, OCI_MANIFEST_MEDIA_TYPE, chartArtifact, chartRepository, chartTag, goJson, gzipBytes, helmAnnotations, tarBytes, tarGz

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/helm/errors.ts
/** The error of a chart that cannot be packaged (its Chart.yaml, .helmignore or files). */

class ChartError extends errors/* PreconditionError */.Rb {
    constructor(message) {
        super(message);
        this.name = 'ChartError';
    }
}

;// CONCATENATED MODULE: ./packages/helm/ignore.ts
/**
 * `.helmignore` as Helm reads it (helm/helm pkg/ignore/rules.go, commit
 * e9b85e4de16ad45805843fb121748018cf89094b): one pattern a line, `#` comments, Go filepath.Match
 * globs (`*`, `?`, `[...]`, `\` escapes; no `**`), a pattern without `/` matched against the base
 * name, with `/` against the path from the chart root (a leading `/` dropped), a trailing `/`
 * matching directories only, `!` negation; and Helm's default rule `templates/.?*`.
 */

/** Go's filepath.Match pattern as a regular expression (`*` and `?` stop at `/`). */
function globRe(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '\\' && i + 1 < pattern.length)
            re += `\\${pattern[++i]}`;
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                throw new Error(`unclosed [ in ${pattern}`);
            let body = pattern.slice(i + 1, end);
            const negated = body.startsWith('^');
            if (negated)
                body = body.slice(1);
            re += `[${negated ? '^' : ''}${body.replace(/[\]\\^]/g, c => `\\${c}`)}]`;
            i = end;
        }
        else
            re += /[.+^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
    }
    return new RegExp(`^${re}$`);
}
class HelmIgnore {
    #rules = [];
    /** The rules of a `.helmignore` text (`file` names it in errors), after Helm's default rule. */
    constructor(text = '', file = '.helmignore') {
        for (const [index, raw] of ['templates/.?*', ...text.split(/\r?\n/)].entries()) {
            let rule = raw.trim();
            if (rule === '' || rule.startsWith('#'))
                continue;
            if (rule.includes('**'))
                throw new ChartError(`${file} line ${index}: ${JSON.stringify(rule)} uses **, which Helm's .helmignore does not support.`);
            const negate = rule.startsWith('!');
            if (negate)
                rule = rule.slice(1);
            const mustDir = rule.endsWith('/');
            if (mustDir)
                rule = rule.replace(/\/+$/, '');
            const anchored = rule.startsWith('/');
            rule = rule.replace(/^\//, '');
            if (rule === '')
                continue;
            let re;
            try {
                re = globRe(rule);
            }
            catch (error) {
                throw new ChartError(`${file} line ${index}: ${error.message}.`);
            }
            this.#rules.push({ negate, mustDir, base: !anchored && !rule.includes('/'), re });
        }
    }
    /** Is `relative` (a path from the chart root, with `/`) left out? Helm's Rules.Ignore. */
    ignores(relative, isDir) {
        if (relative === '' || relative === '.')
            return false;
        const name = relative.split('/').pop() ?? relative;
        for (const rule of this.#rules) {
            const matches = rule.re.test(rule.base ? name : relative);
            if (rule.negate) {
                if (rule.mustDir && !isDir)
                    return true;
                if (!matches)
                    return true;
                continue;
            }
            if (rule.mustDir && !isDir)
                continue;
            if (matches)
                return true;
        }
        return false;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/archive/tar.ts
var tar = __webpack_require__(7236);
;// CONCATENATED MODULE: ./packages/helm/tar.ts
/**
 * Chart archives: the tar of packages/archive/tar.ts (regular files, mode 0644, uid/gid 0, one
 * fixed mtime, PAX for long names) in a gzip member with Helm's header (the Extra field and the
 * comment "Helm" of helm/helm pkg/chart/v2/util/save.go, commit
 * e9b85e4de16ad45805843fb121748018cf89094b).
 */



/** Helm's gzip Extra field (save.go headerBytes). */
const HELM_EXTRA = Buffer.from('rr\x28\x00aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=', 'latin1');
/**
 * A gzip member as Go's compress/gzip writes Helm's: FEXTRA and FCOMMENT set, mtime 0, XFL 0,
 * OS 255 (unknown), then the raw deflate stream, CRC-32 and size.
 */
function gzipBytes(data) {
    const head = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x10, 0, 0, 0, 0, 0, 255]);
    const xlen = Buffer.alloc(2);
    xlen.writeUInt16LE(HELM_EXTRA.length);
    const comment = Buffer.from('Helm\0', 'latin1');
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE((0,external_node_zlib_.crc32)(data) >>> 0, 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([head, xlen, HELM_EXTRA, comment, (0,external_node_zlib_.deflateRawSync)(data), trailer]);
}
function tarGz(entries, mtime) {
    return gzipBytes((0,tar/* tarBytes */.H)(entries, mtime));
}

;// CONCATENATED MODULE: ./packages/helm/chart.ts
/**
 * A chart directory (charts/<name>/) read and packaged as `helm package` does: Chart.yaml's
 * metadata (name, SemVer version, appVersion, the rest kept for the OCI config), the files left
 * after `.helmignore`, and the archive `<name>-<version>.tgz` with every entry under `<name>/`,
 * in Helm's order (helm/helm pkg/chart/v2/util/save.go writeTarContents, commit
 * e9b85e4de16ad45805843fb121748018cf89094b): Chart.yaml, Chart.lock, values.yaml,
 * values.schema.json, templates/, the other files, then charts/ (subcharts kept as their files).
 * Unlike Helm, Chart.yaml is kept byte for byte and every entry has one fixed mtime, so the same
 * chart at the same commit is the same archive, and so the same OCI digest.
 */







/** A chart name as an OCI repository component takes it (Helm's names are lower-case too). */
const NAME_RE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
function chart_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.map(v => chart_text(v) ?? '').filter(v => v !== '') : undefined;
}
/** Set `key` when `value` is not empty (Go's omitempty). */
function put(out, key, value) {
    if (value === undefined || value === '' || value === false || value === null)
        return;
    if (Array.isArray(value) && value.length === 0)
        return;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
        return;
    out[key] = value;
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
/** Chart.yaml as Helm's chart.Metadata marshals to JSON (field order of pkg/chart/v2/metadata.go). */
function metadataOf(doc, name, version) {
    const out = {};
    put(out, 'name', name);
    put(out, 'home', chart_text(doc.home));
    put(out, 'sources', strings(doc.sources));
    put(out, 'version', version);
    put(out, 'description', chart_text(doc.description));
    put(out, 'keywords', strings(doc.keywords));
    if (Array.isArray(doc.maintainers))
        put(out, 'maintainers', doc.maintainers.map(m => {
            const r = record(m);
            const o = {};
            put(o, 'name', chart_text(r.name));
            put(o, 'email', chart_text(r.email));
            put(o, 'url', chart_text(r.url));
            return o;
        }));
    put(out, 'icon', chart_text(doc.icon));
    put(out, 'apiVersion', chart_text(doc.apiVersion));
    put(out, 'condition', chart_text(doc.condition));
    put(out, 'tags', chart_text(doc.tags));
    put(out, 'appVersion', chart_text(doc.appVersion));
    put(out, 'deprecated', doc.deprecated === true);
    const annotations = record(doc.annotations);
    put(out, 'annotations', Object.fromEntries(Object.keys(annotations)
        .sort()
        .map(k => [k, chart_text(annotations[k]) ?? ''])));
    put(out, 'kubeVersion', chart_text(doc.kubeVersion));
    if (Array.isArray(doc.dependencies))
        put(out, 'dependencies', doc.dependencies.map(d => {
            const r = record(d);
            const o = { name: chart_text(r.name) ?? '' };
            put(o, 'version', chart_text(r.version));
            o.repository = chart_text(r.repository) ?? '';
            put(o, 'condition', chart_text(r.condition));
            put(o, 'tags', strings(r.tags));
            put(o, 'enabled', r.enabled === true);
            put(o, 'import-values', Array.isArray(r['import-values']) ? r['import-values'] : undefined);
            put(o, 'alias', chart_text(r.alias));
            return o;
        }));
    put(out, 'type', chart_text(doc.type));
    return out;
}
/** Where a file goes in Helm's archive order. */
function rank(file) {
    const fixed = ['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json'].indexOf(file);
    if (fixed !== -1)
        return fixed;
    if (file.startsWith('templates/'))
        return 4;
    if (file.startsWith('charts/'))
        return 6;
    return 5;
}
function listFiles(dir, ignore, under = '') {
    const out = [];
    const entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(dir, under), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
        const relative = under === '' ? entry.name : `${under}/${entry.name}`;
        const stat = (0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, relative));
        if (stat.isSymbolicLink())
            throw new ChartError(`${external_node_path_default().join(dir, relative)} is a symbolic link: a chart is packaged from regular files only.`);
        if (ignore.ignores(relative, stat.isDirectory()))
            continue;
        if (stat.isDirectory())
            out.push(...listFiles(dir, ignore, relative));
        else if (stat.isFile())
            out.push(relative);
    }
    return out;
}
/** Read the chart in `dir` (Chart.yaml, .helmignore and the files it leaves). */
function readChart(dir) {
    const chartFile = external_node_path_default().join(dir, 'Chart.yaml');
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(chartFile, 'utf8');
    }
    catch {
        throw new ChartError(`${chartFile} does not exist: a chart directory has a Chart.yaml.`);
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(source);
    }
    catch (error) {
        throw new ChartError(`${chartFile} cannot be parsed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    }
    const fields = record(doc);
    const name = chart_text(fields.name);
    if (name === undefined || !NAME_RE.test(name))
        throw new ChartError(`${chartFile}: name must be a lower-case chart name such as my-app, got ${JSON.stringify(name ?? null)}.`);
    const version = chart_text(fields.version);
    if (version === undefined || typeof fields.version !== 'string' || !(0,versioning/* parseVersion */.ot)(version))
        throw new ChartError(`${chartFile}: version must be a SemVer 2 version such as 1.2.3 (as a string), got ${JSON.stringify(fields.version ?? null)}.`);
    let ignoreText = '';
    try {
        ignoreText = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, '.helmignore'), 'utf8');
    }
    catch {
        // no .helmignore
    }
    const ignore = new HelmIgnore(ignoreText, external_node_path_default().join(dir, '.helmignore'));
    const files = listFiles(dir, ignore)
        .map((file, index) => ({ file, index }))
        .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
        .map(f => f.file);
    if (files[0] !== 'Chart.yaml')
        throw new ChartError(`${external_node_path_default().join(dir, '.helmignore')} leaves Chart.yaml out.`);
    return {
        dir,
        name,
        version,
        appVersion: chart_text(fields.appVersion),
        metadata: metadataOf(fields, name, version),
        files,
    };
}
/**
 * Package the chart in `dir` as `<name>-<version>.tgz`; every entry has the mtime `mtime`
 * (seconds since 1970: the release commit's time keeps the archive the same on every re-run).
 */
function packageChart(dir, { mtime = 0 } = {}) {
    const chart = readChart(dir);
    const entries = chart.files.map(file => ({
        name: `${chart.name}/${file}`,
        data: (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, file)),
    }));
    return {
        ...chart,
        filename: `${chart.name}-${chart.version}.tgz`,
        archive: tarGz(entries, Math.floor(mtime)),
    };
}

// EXTERNAL MODULE: ./packages/files/index.ts
var files = __webpack_require__(5786);
// EXTERNAL MODULE: ./packages/oci/index.ts + 5 modules
var oci = __webpack_require__(6793);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/log/index.ts
var log = __webpack_require__(1047);
;// CONCATENATED MODULE: ./packages/helm/push.ts
/**
 * A packaged chart pushed as an OCI artifact the way `helm push` does (helm/helm
 * pkg/registry/client.go Push and tagManifest, pkg/registry/chart.go generateOCIAnnotations,
 * pkg/registry/constants.go, commit e9b85e4de16ad45805843fb121748018cf89094b): an OCI image
 * manifest (no mediaType field, as Helm marshals ocispec.Manifest) whose config is Chart.yaml's
 * metadata as JSON (application/vnd.cncf.helm.config.v1+json) and whose one layer is the archive
 * (application/vnd.cncf.helm.chart.content.v1.tar+gzip), with Helm's manifest annotations, tagged
 * with the chart version (`+` written `_`, as Helm does), at <registry>/<owner>/charts/<name>.
 * A version is never pushed twice with different content: the tag already at the same manifest
 * digest is left as it is; at another digest the push fails naming both, and nothing is written.
 */



const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** JSON as Go's encoding/json writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const sha256 = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
/** RFC 3339 in UTC without fractions, as Go's time.RFC3339 formats a UTC time. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The manifest annotations of generateOCIAnnotations (Go marshals the map with sorted keys). */
function helmAnnotations(meta, created) {
    const out = {};
    const add = (key, value) => {
        if (typeof value === 'string' && value.trim() !== '')
            out[key] = value;
    };
    add('org.opencontainers.image.description', meta.description);
    add('org.opencontainers.image.title', meta.name);
    add('org.opencontainers.image.version', meta.version);
    add('org.opencontainers.image.url', meta.home);
    add('org.opencontainers.image.created', created);
    const sources = meta.sources;
    if (Array.isArray(sources) && sources.length > 0)
        add('org.opencontainers.image.source', sources[0]);
    const maintainers = meta.maintainers;
    if (Array.isArray(maintainers) && maintainers.length > 0)
        add('org.opencontainers.image.authors', maintainers
            .map(m => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`)
            .join(', '));
    const immutable = ['org.opencontainers.image.version', 'org.opencontainers.image.title'];
    const annotations = (meta.annotations ?? {});
    for (const [key, value] of Object.entries(annotations))
        if (!immutable.includes(key))
            out[key] = value;
    return Object.fromEntries(Object.keys(out)
        .sort()
        .map(k => [k, out[k]]));
}
/** The config, layer and manifest bytes of a chart, and the manifest's digest. */
function chartArtifact(chart, created) {
    const config = Buffer.from(goJson(chart.metadata));
    const layer = chart.archive;
    const manifest = Buffer.from(goJson({
        schemaVersion: 2,
        config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: sha256(config), size: config.length },
        layers: [
            { mediaType: HELM_CHART_LAYER_MEDIA_TYPE, digest: sha256(layer), size: layer.length },
        ],
        annotations: helmAnnotations(chart.metadata, created),
    }));
    return { config, layer, manifest, digest: sha256(manifest) };
}
/** The repository of a chart: <owner>/charts/<name> (lower-case, as registries require). */
function chartRepository(owner, name) {
    return `${owner.toLowerCase()}/charts/${name}`;
}
/** Helm's tag of a chart version: `+` is not allowed in an OCI tag, so it is written `_`. */
function chartTag(version) {
    return version.replaceAll('+', '_');
}
class ChartVersionConflictError extends errors/* PreconditionError */.Rb {
    constructor(message) {
        super(message);
        this.name = 'ChartVersionConflictError';
    }
}
async function pushChart(client, { registry, owner, chart, created, logger = log/* nullLogger */.G, }) {
    const image = { registry, repository: chartRepository(owner, chart.name) };
    const name = `${registry}/${image.repository}`;
    const tag = chartTag(chart.version);
    const artifact = chartArtifact(chart, created);
    const result = { url: `oci://${name}`, image: name, tag, digest: artifact.digest };
    const existing = await client.resolve(image, tag);
    if (existing === artifact.digest) {
        logger.info(`${name}:${tag} is already ${existing}: the chart is unchanged; not pushed again.`);
        return { ...result, status: 'unchanged' };
    }
    if (existing !== undefined)
        throw new ChartVersionConflictError(`${name}:${tag} already exists as ${existing}, and chart ${chart.name} ${chart.version} is now ${artifact.digest}: a chart version is never pushed twice with different content; bump version in ${chart.dir}/Chart.yaml.`);
    await client.uploadBlob(image, artifact.config);
    await client.uploadBlob(image, artifact.layer);
    await client.putManifest(image, tag, OCI_MANIFEST_MEDIA_TYPE, artifact.manifest);
    logger.info(`Pushed ${name}:${tag} (${artifact.digest}).`);
    return { ...result, status: 'pushed' };
}

;// CONCATENATED MODULE: ./packages/helm/publish.ts
/**
 * The charts of a release: each chart directory packaged (its archive written to `outputDir`) and,
 * with a registry, pushed (pushChart: never twice with different content), with the command users
 * install it with. One use case for the helm-charts action and `release-actions chart`.
 */







/** Every charts/<name>/ of `workspace` with a Chart.yaml, sorted. */
function findCharts(workspace) {
    const root = external_node_path_default().join(workspace, 'charts');
    if (!(0,external_node_fs_.existsSync)(root))
        return [];
    return (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter(e => e.isDirectory() && (0,external_node_fs_.existsSync)(external_node_path_default().join(root, e.name, 'Chart.yaml')))
        .map(e => external_node_path_default().join(root, e.name))
        .sort();
}
/** What users run to install a chart version: `helm upgrade --install <name> oci://… --version X`. */
function helmUpgradeCommand(name, url, version) {
    return `helm upgrade --install ${name} ${url} --version ${version}`;
}
async function publishCharts(opts, logger) {
    (0,external_node_fs_.mkdirSync)(opts.outputDir, { recursive: true });
    const charts = opts.charts.map(dir => packageChart(dir, { mtime: opts.mtime }));
    const names = new Map();
    for (const c of charts) {
        const other = names.get(c.name);
        if (other !== undefined)
            throw new ChartError(`${other} and ${c.dir} are both chart ${c.name}: chart names must differ.`);
        names.set(c.name, c.dir);
    }
    const client = opts.push
        ? new oci/* RegistryClient */.bP({
            ...(opts.push.username !== undefined
                ? { username: opts.push.username, password: opts.push.password }
                : {}),
            push: true,
            logger,
        })
        : undefined;
    const created = rfc3339(new Date(opts.mtime * 1000));
    const out = [];
    for (const c of charts) {
        const file = external_node_path_default().join(opts.outputDir, c.filename);
        (0,files/* writeFileAtomic */.Zf)(file, c.archive);
        logger.info(`${c.name} ${c.version}: ${file}`);
        const published = {
            name: c.name,
            version: c.version,
            appVersion: c.appVersion,
            file,
        };
        if (client && opts.push)
            published.push = await pushChart(client, {
                registry: opts.push.registry,
                owner: opts.push.owner,
                chart: c,
                created,
                logger,
            });
        out.push(published);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/helm/index.ts
/**
 * packages/helm owns Helm charts: reading a chart directory, packaging it as `helm package` does
 * (a deterministic tar.gz, `.helmignore` honoured), and pushing it as an OCI artifact with Helm's
 * media types and annotations through packages/oci's client, never twice with different content.
 */








/***/ })

};
