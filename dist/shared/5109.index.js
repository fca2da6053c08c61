export const id = 5109;
export const ids = [5109];
export const modules = {

/***/ 5109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SP: () => (/* reexport */ SbomError),
  NT: () => (/* reexport */ certificateIdentityRegexp),
  z0: () => (/* reexport */ provenance/* claimsFromEnv */.z0),
  GN: () => (/* reexport */ cosignVerifyArgs),
  hY: () => (/* reexport */ defaultCargoHome),
  g0: () => (/* reexport */ defaultGoModCache),
  rl: () => (/* reexport */ parseSbom),
  D2: () => (/* reexport */ provenance/* provenanceStatement */.D2),
  Gl: () => (/* reexport */ checksums/* resolveSubjects */.Gl),
  _Z: () => (/* reexport */ signerWorkflowOfJob),
  UH: () => (/* reexport */ provenance/* subjectsFromChecksums */.UH),
  rm: () => (/* reexport */ verifyAttestations),
  gD: () => (/* reexport */ writeChecksums),
  jF: () => (/* reexport */ writeNotices)
});

// UNUSED EXPORTS: DEFAULT_MAX_LICENCE_BYTES, DEFAULT_MAX_LICENCE_FILES, GITHUB_OIDC_ISSUER, GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_STATEMENT_V1, LicenceFinder, MAX_SUBJECTS, SLSA_PROVENANCE_V1, checksumLine, checksumsText, ghVerifyArgs, goCaseEncode, hashSubjects, jwtClaims, normalisePypiName, packageKey, parsePurl, provenancePredicate, renderNotices, runVerification, sha256File, splitLines, verifyCommands

// EXTERNAL MODULE: ./packages/attest/checksums.ts
var checksums = __webpack_require__(1950);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/files/index.ts
var files = __webpack_require__(5786);
;// CONCATENATED MODULE: ./packages/attest/checksums-file.ts
/**
 * Writing the checksums of release artifacts: the files the globs match (resolveSubjects), hashed
 * as streams, into a sha256sum-format file; past 1,024 subjects (the most one attestation may
 * carry) the list is also split, and the subject attested is the checksums file itself.
 */



async function writeChecksums(opts, logger) {
    const { subjects, skipped } = (0,checksums/* resolveSubjects */.Gl)(opts.workspace, opts.patterns, {
        base: opts.base,
        exclude: [opts.output],
    });
    for (const s of skipped)
        logger.warning(`Skipped ${s}.`);
    const digests = await (0,checksums/* hashSubjects */.k9)(subjects);
    const text = (0,checksums/* checksumsText */.cV)(subjects, digests);
    (0,files/* writeFileAtomic */.Zf)(opts.output, text);
    let subjectsFile = opts.output;
    const splitFiles = [];
    if (subjects.length > checksums/* MAX_SUBJECTS */.Vn) {
        const parts = (0,checksums/* splitLines */.uz)(text);
        parts.forEach((part, i) => {
            const file = opts.output.replace(/(\.[^./]+)?$/, ext => `.part${i + 1}${ext}`);
            (0,files/* writeFileAtomic */.Zf)(file, part);
            splitFiles.push(file);
        });
        // One attestation carries at most 1,024 subjects: attest the checksums file itself, which
        // names every artifact and its digest; users verify it, then run sha256sum -c.
        subjectsFile = `${opts.output}.subject`;
        (0,files/* writeFileAtomic */.Zf)(subjectsFile, `${(0,checksums/* checksumLine */.Ut)(await (0,checksums/* sha256File */.Q3)(opts.output), external_node_path_default().basename(opts.output))}\n`);
        logger.warning(`${subjects.length} subjects are more than the ${checksums/* MAX_SUBJECTS */.Vn} one attestation may carry: the attestation's subject is ${external_node_path_default().basename(opts.output)} itself, and the list is also split into ${parts.length} files of at most ${checksums/* MAX_SUBJECTS */.Vn} (${splitFiles.map(f => external_node_path_default().basename(f)).join(', ')}).`);
    }
    logger.info(`${subjects.length} checksum(s) in ${opts.output}`);
    return {
        text,
        count: subjects.length,
        output: opts.output,
        subjectsFile,
        splitFiles,
        skipped,
        lines: text.split('\n').filter(Boolean),
    };
}

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./packages/attest/notices.ts
/**
 * THIRD_PARTY_NOTICES.md from an SBOM (SPDX 2.x JSON or CycloneDX JSON): one entry per package with
 * its version, licence (concluded, else declared, else NOASSERTION, flagged for review) and
 * download location, grouped by licence.
 */


class SbomError extends errors/* OperationalError */.LE {
    constructor(message) {
        super(message);
        this.name = 'SbomError';
    }
}
const UNKNOWN = new Set(['', 'NOASSERTION', 'NONE']);
function str(value) {
    return typeof value === 'string' ? value.trim() : '';
}
/** The download location, else the homepage, else the package URL (npm's SPDX leaves the first empty). */
function spdxLocation(p) {
    const download = str(p.downloadLocation);
    if (!UNKNOWN.has(download))
        return download;
    if (!UNKNOWN.has(str(p.homepage)))
        return str(p.homepage);
    const refs = Array.isArray(p.externalRefs) ? p.externalRefs : [];
    return str(refs.find(r => r.referenceType === 'purl')?.referenceLocator) || 'NOASSERTION';
}
function spdxPurl(p) {
    const refs = Array.isArray(p.externalRefs) ? p.externalRefs : [];
    return str(refs.find(r => r.referenceType === 'purl')?.referenceLocator);
}
function parseSpdx(doc) {
    const packages = doc.packages;
    if (!Array.isArray(packages))
        throw new SbomError('the SPDX document has no packages list');
    const described = new Set(Array.isArray(doc.documentDescribes) ? doc.documentDescribes.map(str) : []);
    for (const rel of Array.isArray(doc.relationships)
        ? doc.relationships
        : []) {
        if (rel.relationshipType === 'DESCRIBES' && rel.spdxElementId === 'SPDXRef-DOCUMENT')
            described.add(str(rel.relatedSpdxElement));
    }
    let subject;
    const out = [];
    for (const p of packages) {
        if (typeof p !== 'object' || p === null)
            throw new SbomError('an SPDX package is not an object');
        const name = str(p.name);
        if (!name)
            throw new SbomError('an SPDX package has no name');
        if (described.has(str(p.SPDXID))) {
            subject ??= `${name}${str(p.versionInfo) ? ` ${str(p.versionInfo)}` : ''}`;
            continue;
        }
        const concluded = str(p.licenseConcluded);
        const declared = str(p.licenseDeclared);
        const license = !UNKNOWN.has(concluded)
            ? concluded
            : !UNKNOWN.has(declared)
                ? declared
                : 'NOASSERTION';
        out.push({
            name,
            version: str(p.versionInfo),
            license,
            licenseSource: !UNKNOWN.has(concluded)
                ? 'concluded'
                : !UNKNOWN.has(declared)
                    ? 'declared'
                    : 'none',
            downloadLocation: spdxLocation(p),
            purl: spdxPurl(p),
        });
    }
    return { format: str(doc.spdxVersion), subject, packages: out };
}
function cdxLicense(c) {
    const licenses = Array.isArray(c.licenses) ? c.licenses : [];
    const parts = [];
    for (const l of licenses) {
        if (typeof l.expression === 'string')
            parts.push(l.expression);
        const lic = l.license;
        if (lic)
            parts.push(str(lic.id) || str(lic.name));
    }
    const joined = parts.filter(Boolean);
    return joined.length === 0
        ? ''
        : joined.length === 1
            ? joined[0]
            : joined.map(p => `(${p})`).join(' OR ');
}
function parseCycloneDx(doc) {
    const components = doc.components ?? [];
    if (!Array.isArray(components))
        throw new SbomError('the CycloneDX document has a components field that is not a list');
    const meta = doc.metadata?.component;
    const out = [];
    for (const c of components) {
        const name = str(c.group) ? `${str(c.group)}/${str(c.name)}` : str(c.name);
        if (!name)
            throw new SbomError('a CycloneDX component has no name');
        const license = cdxLicense(c);
        const refs = Array.isArray(c.externalReferences)
            ? c.externalReferences
            : [];
        const ref = refs.find(r => r.type === 'distribution') ??
            refs.find(r => r.type === 'vcs') ??
            refs.find(r => r.type === 'website');
        out.push({
            name,
            version: str(c.version),
            license: license || 'NOASSERTION',
            licenseSource: license ? 'declared' : 'none',
            downloadLocation: str(ref?.url) || str(c.purl) || 'NOASSERTION',
            purl: str(c.purl),
        });
    }
    return {
        format: `CycloneDX ${str(doc.specVersion)}`.trim(),
        subject: meta ? `${str(meta.name)} ${str(meta.version)}`.trim() : undefined,
        packages: out,
    };
}
/** Parse an SBOM, or throw an SbomError saying why the text is not one. */
function parseSbom(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new SbomError('it is not JSON; expected an SPDX 2.x or CycloneDX JSON SBOM');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new SbomError('it is not a JSON object; expected an SPDX 2.x or CycloneDX JSON SBOM');
    const d = doc;
    if (typeof d.spdxVersion === 'string' && /^SPDX-2\.\d+$/.test(d.spdxVersion))
        return parseSpdx(d);
    if (d.bomFormat === 'CycloneDX')
        return parseCycloneDx(d);
    throw new SbomError('it has neither spdxVersion SPDX-2.x nor bomFormat CycloneDX; expected an SPDX 2.x or CycloneDX JSON SBOM');
}
function packageKey(p) {
    return `${p.name}@${p.version}`;
}
/** Text for inside an HTML element (a <summary>). */
function escapeHtml(text) {
    return (0,markdown/* stripUnsafeCharacters */.lf)(text)
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A fenced block holding `text` verbatim: the fence is longer than any backtick run in it. */
function verbatimBlock(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}
function notices_anchor(sha256) {
    return `licence-${sha256.slice(0, 16)}`;
}
/** The licence texts section: one collapsible block per package, each distinct text written once. */
function renderTexts(packages, texts) {
    if (texts.stores === 0)
        return [
            '## Licence texts',
            '',
            'No package store (node_modules, Go module cache, cargo registry, Python site-packages) was found where these notices were made, so the licence texts of the packages are not embedded.',
            '',
        ];
    const licences = texts.licences;
    const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
    const withFiles = sorted.filter(p => (licences.get(packageKey(p)) ?? []).length > 0);
    const without = sorted.filter(p => (licences.get(packageKey(p)) ?? []).length === 0);
    const distinct = new Set(withFiles.flatMap(p => (licences.get(packageKey(p)) ?? []).map(f => f.sha256)));
    const lines = [
        `## Licence texts (${withFiles.length})`,
        '',
        `The licence-bearing files (LICENSE, LICENCE, COPYING, NOTICE) each package ships, verbatim, read from the local package stores: ${distinct.size} distinct text${distinct.size === 1 ? '' : 's'}. A text shared by several packages is written once, under the first of them, and the others refer to it (by its SHA-256).`,
        '',
    ];
    const written = new Map();
    for (const p of withFiles) {
        const files = licences.get(packageKey(p)) ?? [];
        const label = `${p.name}${p.version ? ` ${p.version}` : ''}`;
        lines.push('<details>', `<summary>${escapeHtml(label)}: ${files.map(f => escapeHtml(f.name)).join(', ')}</summary>`, '');
        for (const f of files) {
            const seen = written.get(f.sha256);
            if (seen !== undefined) {
                lines.push(`**${(0,markdown/* escapeInline */.VV)(f.name)}**: the same text as ${seen}, [above](#${notices_anchor(f.sha256)}) (sha256 \`${f.sha256}\`).`, '');
                continue;
            }
            lines.push(`<a id="${notices_anchor(f.sha256)}"></a>**${(0,markdown/* escapeInline */.VV)(f.name)}** (${f.size} bytes, sha256 \`${f.sha256}\`)`, '');
            if (f.text.includes('\0'))
                lines.push('_A binary file: not embedded._', '');
            else {
                lines.push(verbatimBlock(f.text), '');
                if (f.truncated)
                    lines.push(`_Truncated: the first ${Buffer.byteLength(f.text)} of ${f.size} bytes are shown; the whole file is in the package._`, '');
            }
            written.set(f.sha256, `${(0,markdown/* escapeInline */.VV)(label)}'s ${(0,markdown/* escapeInline */.VV)(f.name)}`);
        }
        lines.push('</details>', '');
    }
    lines.push(`## No licence file found (${without.length})`, '');
    if (without.length === 0)
        lines.push('Every package ships a licence file.', '');
    else
        lines.push((0,markdown/* table */.tp)(['Package', 'Version', 'Licence', 'Why'], without.map(p => [
            (0,markdown/* escapeInline */.VV)(p.name),
            (0,markdown/* escapeInline */.VV)(p.version || '—'),
            (0,markdown/* escapeInline */.VV)(p.license),
            licences.has(packageKey(p))
                ? 'ships no licence file'
                : p.purl
                    ? 'not in the package stores searched'
                    : 'no package URL in the SBOM',
        ])), '');
    return lines;
}
function renderNotices(sbom, texts) {
    const byLicense = new Map();
    const unique = new Map();
    for (const p of sbom.packages)
        unique.set(packageKey(p), p);
    for (const p of unique.values()) {
        const list = byLicense.get(p.license) ?? [];
        list.push(p);
        byLicense.set(p.license, list);
    }
    const licenses = [...byLicense.keys()].sort((a, b) => a === 'NOASSERTION' ? 1 : b === 'NOASSERTION' ? -1 : a.localeCompare(b));
    const review = byLicense.get('NOASSERTION')?.length ?? 0;
    const lines = [
        '# Third-party notices',
        '',
        `${sbom.subject ? `${(0,markdown/* escapeInline */.VV)(sbom.subject)} includes` : 'This software includes'} the ${unique.size} third-party packages below, read from its SBOM (${(0,markdown/* escapeInline */.VV)(sbom.format)}). Each is listed under its licence: the concluded licence where the SBOM has one, else the declared one.`,
        '',
        ...(review > 0
            ? [
                `**${review} package${review === 1 ? ' has' : 's have'} no licence information (NOASSERTION) and need${review === 1 ? 's' : ''} review.**`,
                '',
            ]
            : []),
    ];
    for (const license of licenses) {
        const list = (byLicense.get(license) ?? []).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
        lines.push(`## ${(0,markdown/* escapeInline */.VV)(license)}${license === 'NOASSERTION' ? ' — needs review' : ''} (${list.length})`, '');
        lines.push((0,markdown/* table */.tp)(['Package', 'Version', 'Licence from', 'Download location'], list.map(p => [
            (0,markdown/* escapeInline */.VV)(p.name),
            (0,markdown/* escapeInline */.VV)(p.version || '—'),
            p.licenseSource,
            (0,markdown/* escapeInline */.VV)(p.downloadLocation),
        ])), '');
    }
    if (texts)
        lines.push(...renderTexts([...unique.values()], texts));
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/attest/licence-files.ts
/**
 * The licence-bearing files (LICENSE*, LICENCE*, COPYING*, NOTICE*) an SBOM package ships, found in
 * its ecosystem's local store by the package's purl type: npm in node_modules (nested trees: the
 * copy whose package.json has the version), golang in the module cache (<module>@<version>, Go's
 * case-encoding), cargo in the registry sources ($CARGO_HOME/registry/src/<index>/<name>-<version>),
 * pypi in site-packages/<name>-<version>.dist-info (its licenses/ folder and licence files).
 * Nothing outside the given roots is read: symlinks are followed only while they stay inside the
 * root, and each file is read up to a bound (a larger one is truncated, and says so).
 */




const DEFAULT_MAX_LICENCE_BYTES = 256 * 1024;
const DEFAULT_MAX_LICENCE_FILES = 16;
const LICENCE_NAME = /^(licen[cs]e|copying|notice)/i;
/** The stores' defaults: GOMODCACHE (else $GOPATH/pkg/mod, GOPATH defaulting to ~/go), CARGO_HOME (else ~/.cargo). */
function defaultGoModCache(env, home = external_node_os_default().homedir()) {
    if (env.GOMODCACHE)
        return env.GOMODCACHE;
    const gopath = (env.GOPATH ?? '').split((external_node_path_default()).delimiter).find(p => p !== '');
    return external_node_path_default().join(gopath ?? external_node_path_default().join(home, 'go'), 'pkg', 'mod');
}
function defaultCargoHome(env, home = external_node_os_default().homedir()) {
    return env.CARGO_HOME || external_node_path_default().join(home, '.cargo');
}
function parsePurl(purl) {
    const m = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\/+([^?#]+?)(?:@([^@?#/]+))?(?:\?[^#]*)?(?:#.*)?$/.exec(purl.trim());
    if (!m)
        return undefined;
    let parts;
    let version;
    try {
        parts = m[2]
            .split('/')
            .filter(p => p !== '')
            .map(decodeURIComponent);
        version = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
    }
    catch {
        return undefined;
    }
    const name = parts.pop();
    if (!name)
        return undefined;
    return {
        type: m[1].toLowerCase(),
        namespace: parts.length ? parts.join('/') : undefined,
        name,
        version,
    };
}
/** Go's module cache case-encoding: each upper-case letter becomes '!' and its lower case. */
function goCaseEncode(s) {
    return s.replace(/[A-Z]/g, c => `!${c.toLowerCase()}`);
}
/** A PyPI name normalised (PEP 503): lower case, runs of - _ . as one -. */
function normalisePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** `child` is `root` or inside it (both real paths). */
function within(root, child) {
    const rel = external_node_path_default().relative(root, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function realOrUndefined(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
/** A path segment safe to join (no separators, not . or ..). */
function safeSegment(s) {
    return s !== '' && s !== '.' && s !== '..' && !/[\\/\0]/.test(s);
}
/** Read a regular file whose real path is inside `root`, up to maxBytes. */
function readBounded(root, file, name, maxBytes) {
    const real = realOrUndefined(file);
    if (real === undefined || !within(root, real))
        return undefined;
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(real);
    }
    catch {
        return undefined;
    }
    if (!st.isFile())
        return undefined;
    const whole = st.size <= maxBytes;
    let bytes;
    if (whole)
        bytes = (0,external_node_fs_.readFileSync)(real);
    else {
        bytes = Buffer.alloc(maxBytes);
        const fd = (0,external_node_fs_.openSync)(real, 'r');
        try {
            bytes = bytes.subarray(0, (0,external_node_fs_.readSync)(fd, bytes, 0, maxBytes, 0));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    let sha256;
    if (whole)
        sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    else {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const fd = (0,external_node_fs_.openSync)(real, 'r');
        try {
            const chunk = Buffer.alloc(1 << 16);
            for (let n; (n = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null)) > 0;)
                hash.update(chunk.subarray(0, n));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        sha256 = hash.digest('hex');
    }
    return { name, text: bytes.toString('utf8'), sha256, size: st.size, truncated: !whole };
}
/** The licence files at the top of `dir` (and, for dist-info, everything under licenses/). */
function licenceFilesIn(root, dir, opts, licensesFolder = false) {
    const realDir = realOrUndefined(dir);
    if (realDir === undefined || !within(root, realDir))
        return [];
    const out = [];
    for (const entry of list(realDir)) {
        if (out.length >= opts.maxFiles)
            break;
        if (!LICENCE_NAME.test(entry))
            continue;
        const f = readBounded(root, external_node_path_default().join(realDir, entry), entry, opts.maxBytes);
        if (f)
            out.push(f);
    }
    if (licensesFolder) {
        const walk = (sub, depth) => {
            for (const entry of list(external_node_path_default().join(realDir, sub))) {
                if (out.length >= opts.maxFiles)
                    return;
                const rel = external_node_path_default().posix.join(sub, entry);
                const full = external_node_path_default().join(realDir, rel);
                const real = realOrUndefined(full);
                if (real === undefined || !within(root, real))
                    continue;
                if (isDir(real)) {
                    if (depth < 4)
                        walk(rel, depth + 1);
                    continue;
                }
                const f = readBounded(root, full, rel, opts.maxBytes);
                if (f)
                    out.push(f);
            }
        };
        walk('licenses', 0);
    }
    return out;
}
/** Finds packages' licence files in the stores; the node_modules and site-packages indexes are built once. */
class LicenceFinder {
    opts;
    npmIndex;
    pypiIndex;
    roots;
    constructor(stores, opts = {}) {
        this.opts = {
            maxBytes: opts.maxBytes ?? DEFAULT_MAX_LICENCE_BYTES,
            maxFiles: opts.maxFiles ?? DEFAULT_MAX_LICENCE_FILES,
        };
        const real = (dirs) => dirs.map(realOrUndefined).filter((d) => d !== undefined && isDir(d));
        this.roots = {
            nodeModules: real(stores.nodeModules),
            goModCache: real(stores.goModCache),
            cargoHome: real(stores.cargoHome),
            sitePackages: real(stores.sitePackages),
        };
    }
    /** How many of the stores exist (are directories): with none, nothing can be found. */
    get storeCount() {
        return Object.values(this.roots).reduce((n, dirs) => n + dirs.length, 0);
    }
    /** The package's licence files, or undefined when the package was not found in any store. */
    find(purl, version) {
        const p = parsePurl(purl);
        const resolved = p ? this.resolve(p, version) : undefined;
        if (!resolved)
            return undefined;
        return licenceFilesIn(resolved.root, resolved.dir, this.opts, resolved.distInfo);
    }
    resolve(p, sbomVersion) {
        const version = p.version ?? sbomVersion;
        if (!version)
            return undefined;
        switch (p.type) {
            case 'npm': {
                const full = p.namespace ? `${p.namespace}/${p.name}` : p.name;
                return this.npm().get(`${full}@${version}`);
            }
            case 'golang': {
                const module = p.namespace ? `${p.namespace}/${p.name}` : p.name;
                const segments = module.split('/');
                if (!segments.every(safeSegment) || !safeSegment(version))
                    return undefined;
                const rel = `${goCaseEncode(module)}@${goCaseEncode(version)}`;
                for (const root of this.roots.goModCache) {
                    const dir = external_node_path_default().join(root, ...rel.split('/'));
                    if (isDir(dir))
                        return { root, dir };
                }
                return undefined;
            }
            case 'cargo': {
                const dirName = `${p.name}-${version}`;
                if (!safeSegment(dirName))
                    return undefined;
                for (const home of this.roots.cargoHome) {
                    const src = external_node_path_default().join(home, 'registry', 'src');
                    for (const index of list(src)) {
                        const dir = external_node_path_default().join(src, index, dirName);
                        if (isDir(dir))
                            return { root: home, dir };
                    }
                }
                return undefined;
            }
            case 'pypi':
                return this.pypi().get(`${normalisePypiName(p.name)}@${version.toLowerCase()}`);
            default:
                return undefined;
        }
    }
    /** name@version → the package directory, over the node_modules trees (nested ones too). */
    npm() {
        if (this.npmIndex)
            return this.npmIndex;
        const index = new Map();
        const visit = (root, nodeModules, depth) => {
            if (depth > 32)
                return;
            for (const entry of list(nodeModules)) {
                if (entry.startsWith('.'))
                    continue;
                const dirs = entry.startsWith('@')
                    ? list(external_node_path_default().join(nodeModules, entry)).map(e => external_node_path_default().join(nodeModules, entry, e))
                    : [external_node_path_default().join(nodeModules, entry)];
                for (const dir of dirs) {
                    const real = realOrUndefined(dir);
                    if (real === undefined || !within(root, real) || !isDir(real))
                        continue;
                    const manifest = readBounded(root, external_node_path_default().join(real, 'package.json'), 'package.json', 1 << 20);
                    if (manifest && !manifest.truncated) {
                        try {
                            const pkg = JSON.parse(manifest.text);
                            if (typeof pkg.name === 'string' && typeof pkg.version === 'string') {
                                const key = `${pkg.name}@${pkg.version}`;
                                if (!index.has(key))
                                    index.set(key, { root, dir: real });
                            }
                        }
                        catch {
                            // Not a package (a broken package.json): skipped.
                        }
                    }
                    visit(root, external_node_path_default().join(real, 'node_modules'), depth + 1);
                }
            }
        };
        for (const root of this.roots.nodeModules)
            visit(root, root, 0);
        this.npmIndex = index;
        return index;
    }
    /** normalised-name@version → the .dist-info directory, over the site-packages directories. */
    pypi() {
        if (this.pypiIndex)
            return this.pypiIndex;
        const index = new Map();
        for (const root of this.roots.sitePackages)
            for (const entry of list(root)) {
                const m = /^(.+?)-([^-]+)\.dist-info$/.exec(entry);
                if (!m)
                    continue;
                const key = `${normalisePypiName(m[1])}@${m[2].toLowerCase()}`;
                if (!index.has(key))
                    index.set(key, { root, dir: external_node_path_default().join(root, entry), distInfo: true });
            }
        this.pypiIndex = index;
        return index;
    }
}

;// CONCATENATED MODULE: ./packages/attest/notices-file.ts
/**
 * Writing THIRD_PARTY_NOTICES.md from a parsed SBOM (renderNotices), with the licence texts of its
 * packages found in the local package stores (LicenceFinder) when stores are given, and counting
 * the packages without licence information that need review.
 */



function writeNotices(opts) {
    let texts;
    let withText = 0;
    let without = 0;
    if (opts.stores) {
        const finder = new LicenceFinder(opts.stores);
        const licences = new Map();
        texts = { licences, stores: finder.storeCount };
        const seen = new Set();
        for (const p of opts.sbom.packages) {
            const key = packageKey(p);
            if (seen.has(key))
                continue;
            seen.add(key);
            const files = p.purl && texts.stores > 0 ? finder.find(p.purl, p.version) : undefined;
            if (files !== undefined)
                licences.set(key, files);
            if (files && files.length > 0)
                withText++;
            else
                without++;
        }
    }
    (0,files/* writeFileAtomic */.Zf)(opts.output, renderNotices(opts.sbom, texts));
    return {
        format: opts.sbom.format,
        packages: opts.sbom.packages.length,
        needsReview: opts.sbom.packages.filter(p => p.license === 'NOASSERTION').length,
        withLicenceText: withText,
        withoutLicenceFile: without,
    };
}

// EXTERNAL MODULE: ./packages/attest/provenance.ts
var provenance = __webpack_require__(1935);
// EXTERNAL MODULE: ./packages/process/index.ts
var packages_process = __webpack_require__(1948);
;// CONCATENATED MODULE: ./packages/attest/verify.ts
/**
 * Verifying the attestations a run just made, and the commands users run to verify them: `gh
 * attestation verify` for every subject, `cosign verify-attestation` (images) and
 * `cosign verify-blob-attestation` (files) for cosign v2 and v3.
 */



const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
function quote(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function target(subject) {
    return subject.kind === 'file' ? subject.path : `oci://${subject.name}@${subject.digest}`;
}
/**
 * `gh attestation verify` for one subject: the options, then `--`, then the artifact, so that a
 * file named like an option (`--help`) is the artifact and not an option.
 */
function ghVerifyArgs(subject, policy, predicateType = provenance/* SLSA_PROVENANCE_V1 */.us) {
    const args = ['attestation', 'verify', '--repo', policy.repository];
    if (policy.signerWorkflow)
        args.push('--signer-workflow', policy.signerWorkflow);
    if (predicateType !== provenance/* SLSA_PROVENANCE_V1 */.us)
        args.push('--predicate-type', predicateType);
    args.push('--', target(subject));
    return args;
}
function identityRegexp(policy) {
    const server = policy.serverUrl.replace(/\/+$/, '').replace(/[.]/g, '\\.');
    if (policy.signerWorkflow)
        return `^${server}/${policy.signerWorkflow.replace(/[.]/g, '\\.')}@.+$`;
    return `^${server}/${policy.repository.replace(/[.]/g, '\\.')}/\\.github/workflows/.+$`;
}
/**
 * The commands a user runs to verify each subject: GitHub CLI, cosign v2 and cosign v3. Each
 * names its artifact after `--`, as ghVerifyArgs does.
 */
function verifyCommands(subjects, policy) {
    const lines = [];
    const identity = [
        '--certificate-oidc-issuer',
        GITHUB_OIDC_ISSUER,
        '--certificate-identity-regexp',
        quote(identityRegexp(policy)),
    ];
    for (const s of subjects) {
        lines.push(['gh', ...ghVerifyArgs(s, policy).map(quote)].join(' '));
        if (s.kind === 'image') {
            const ref = quote(`${s.name}@${s.digest}`);
            lines.push([
                'cosign',
                'verify-attestation',
                '--new-bundle-format',
                '--type',
                'slsaprovenance1',
                ...identity,
                '--',
                ref,
                '# cosign v2',
            ].join(' '));
            lines.push([
                'cosign',
                'verify-attestation',
                '--type',
                'slsaprovenance1',
                ...identity,
                '--',
                ref,
                '# cosign v3',
            ].join(' '));
        }
        else {
            const bundle = quote(`${s.path}.sigstore.json`);
            lines.push(`gh attestation download --repo ${quote(policy.repository)} --predicate-type ${provenance/* SLSA_PROVENANCE_V1 */.us} -- ${quote(s.path)} # writes sha256:<digest>.jsonl; its first line is the bundle for ${bundle}`);
            lines.push([
                'cosign',
                'verify-blob-attestation',
                '--bundle',
                bundle,
                '--new-bundle-format',
                '--type',
                'slsaprovenance1',
                ...identity,
                '--',
                quote(s.path),
                '# cosign v2',
            ].join(' '));
            lines.push([
                'cosign',
                'verify-blob-attestation',
                '--bundle',
                bundle,
                '--type',
                'slsaprovenance1',
                ...identity,
                '--',
                quote(s.path),
                '# cosign v3',
            ].join(' '));
        }
    }
    return lines;
}
/** Run `gh attestation verify` for every subject and predicate type; never stops at the first. */
async function runVerification(subjects, policy, { gh = 'gh', predicateTypes = [provenance/* SLSA_PROVENANCE_V1 */.us], env = process.env, cwd, } = {}) {
    const outcomes = [];
    for (const s of subjects) {
        for (const predicateType of predicateTypes) {
            let r;
            try {
                r = await (0,packages_process/* exec */.m0)(gh, ghVerifyArgs(s, policy, predicateType), {
                    env,
                    ...(cwd ? { cwd } : {}),
                    okCodes: [0, 1],
                    timeoutMs: 300_000,
                });
            }
            catch (error) {
                throw new errors/* PreconditionError */.Rb(`could not run the GitHub CLI (${gh}); GitHub-hosted runners have it, elsewhere install gh 2.49 or newer, or set verify: false. ${error instanceof Error ? error.message : String(error)}`);
            }
            outcomes.push({
                subject: target(s),
                predicateType,
                ok: r.code === 0,
                output: `${r.stdout}${r.stderr}`.trim().split('\n').slice(-5).join('\n'),
            });
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./packages/attest/verify-attestations.ts
/**
 * Verifying the attestations of a run's subjects: `gh attestation verify` for every subject and
 * predicate type against the repository and the signer workflow (or the commands only), and the
 * commands users run to verify them themselves.
 */


async function verifyAttestations(opts, { env, cwd }) {
    const commands = verifyCommands(opts.subjects, opts.policy);
    const outcomes = opts.verify
        ? await runVerification(opts.subjects, opts.policy, {
            predicateTypes: opts.predicateTypes.length ? opts.predicateTypes : [provenance/* SLSA_PROVENANCE_V1 */.us],
            env,
            cwd,
        })
        : [];
    return { commands, outcomes, failed: outcomes.filter(o => !o.ok) };
}

;// CONCATENATED MODULE: ./packages/attest/identity.ts
/**
 * Which workflow signs a job's attestations: the `job_workflow_ref` claim of the job's OIDC token
 * (`owner/repo/.github/workflows/release.yml@refs/tags/v1.4.0`). In a reusable workflow that is
 * the reusable workflow itself, not the caller, which is what `gh attestation verify
 * --signer-workflow` and cosign's certificate identity check; a fork calling its own copy gets its
 * own name, never a hard-coded one. Also the certificate identity a keyless `cosign sign` of a
 * release gets, and the `cosign verify` a user checks it with.
 */

/** The JSON payload of a JWT (no signature check: the token came from the runner, for us). */
function jwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        throw new errors/* PreconditionError */.Rb('not a JWT');
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}
/**
 * The signer workflow (`owner/repo/.github/workflows/<file>`) of the job this runs in, from its OIDC
 * token; undefined when the job has no `id-token: write` (no token to ask for).
 */
async function signerWorkflowOfJob(env, fetchImpl = fetch) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken)
        return undefined;
    const target = new URL(url);
    target.searchParams.set('audience', 'release-actions');
    const response = await fetchImpl(target, {
        headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok)
        throw new errors/* PreconditionError */.Rb(`the runner refused an OIDC token (HTTP ${response.status}); the job needs id-token: write`);
    const { value } = (await response.json());
    if (!value)
        throw new errors/* PreconditionError */.Rb('the runner answered without an OIDC token');
    const ref = jwtClaims(value).job_workflow_ref;
    if (typeof ref !== 'string' || !ref.includes('@'))
        throw new errors/* PreconditionError */.Rb('the OIDC token has no job_workflow_ref');
    return ref.slice(0, ref.indexOf('@'));
}
/** A regular expression matching `text` literally (RE2 and JavaScript alike). */
function literal(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The `--certificate-identity-regexp` a user verifies a keyless signature of a release with. The
 * certificate's SAN is the signing job's job_workflow_ref as a URL
 * (`https://github.com/owner/repo/.github/workflows/release.yml@refs/tags/v1.4.0`): the
 * repository's own workflow runs at the release tag, so its identity is pinned to that tag (a
 * branch or another tag does not match); a reusable workflow of another repository runs at the
 * ref its caller wrote (a tag, a branch or a commit sha), so only its path is pinned — verify the
 * repository with `--certificate-github-workflow-repository` too. Without a known signer, any
 * workflow of the repository at the tag.
 */
function certificateIdentityRegexp(identity) {
    const server = literal(identity.serverUrl.replace(/\/+$/, ''));
    const tag = `refs/tags/${literal(identity.tag)}`;
    const signer = identity.signerWorkflow;
    if (!signer)
        return `^${server}/${literal(identity.repository)}/\\.github/workflows/.+@${tag}$`;
    const own = signer.startsWith(`${identity.repository}/`);
    return `^${server}/${literal(signer)}@${own ? tag : '.+'}$`;
}
/**
 * `cosign verify` of a keyless signature of `image@digest`, with the identity and issuer a user
 * verifies with and the repository of the release (the certificate's workflow-repository
 * extension: a reusable workflow signs for every repository that calls it).
 */
function cosignVerifyArgs(image, identity) {
    return [
        'verify',
        '--certificate-identity-regexp',
        certificateIdentityRegexp(identity),
        '--certificate-oidc-issuer',
        'https://token.actions.githubusercontent.com',
        '--certificate-github-workflow-repository',
        identity.repository,
        image,
    ];
}

;// CONCATENATED MODULE: ./packages/attest/index.ts
/**
 * packages/attest owns the evidence of a release: SHA-256 checksums of its artifacts (and the
 * checksums file), third-party notices from an SBOM, SLSA provenance statements, the signer
 * workflow of a job, and verifying attestations (and the commands users verify with).
 */











/***/ })

};
