export const id = 851;
export const ids = [851];
export const modules = {

/***/ 3851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SP: () => (/* reexport */ SbomError),
  z0: () => (/* reexport */ claimsFromEnv),
  rl: () => (/* reexport */ parseSbom),
  D2: () => (/* reexport */ provenanceStatement),
  Gl: () => (/* reexport */ resolveSubjects),
  _Z: () => (/* reexport */ signerWorkflowOfJob),
  UH: () => (/* reexport */ subjectsFromChecksums),
  rm: () => (/* reexport */ verifyAttestations),
  gD: () => (/* reexport */ writeChecksums),
  jF: () => (/* reexport */ writeNotices)
});

// UNUSED EXPORTS: GITHUB_OIDC_ISSUER, GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_STATEMENT_V1, MAX_SUBJECTS, SLSA_PROVENANCE_V1, checksumLine, checksumsText, ghVerifyArgs, hashSubjects, jwtClaims, provenancePredicate, renderNotices, runVerification, sha256File, splitLines, verifyCommands

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/files/index.ts
var files = __webpack_require__(5786);
// EXTERNAL MODULE: ./packages/glob/index.ts
var glob = __webpack_require__(17);
;// CONCATENATED MODULE: ./packages/attest/checksums.ts
/**
 * SHA-256 checksums of release artifacts, in the format `sha256sum` writes and `sha256sum -c`
 * reads. Files are hashed as streams (constant memory for multi-GB files), several at a time.
 * Globs may not leave the workspace (real paths: symlinks resolved): a symlink to a file or a
 * directory outside it is skipped and named; directories reached through one are not read.
 */








/** The most subjects one attestation may carry (actions/attest). */
const MAX_SUBJECTS = 1024;
/** The directory a glob can only match inside: its leading segments without glob characters. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const literal = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[{]/.test(part))
            break;
        literal.push(part);
    }
    return literal.join('/');
}
/**
 * The files the globs match, under the workspace. Patterns are relative to the workspace (or
 * absolute inside it); `..` and paths outside it are refused before anything is read.
 */
function resolveSubjects(workspace, patterns, { input = 'subject-path', base = workspace, exclude = [], } = {}) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const baseDir = external_node_path_default().resolve(root, external_node_path_default().relative(workspace, base));
    const relPatterns = patterns.map(p => {
        let pattern = (0,inputs/* trimAscii */.ic)(p);
        if (external_node_path_default().isAbsolute(pattern)) {
            // Compared as real paths (the workspace may be reached through a symlink, as /tmp is on macOS).
            const real = (0,files/* realPath */.Ye)(pattern);
            const rel = external_node_path_default().relative(root, real);
            if (!(0,files/* isUnder */.Jo)(root, real))
                throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(p)} is outside the workspace ${workspace}; expected files inside it`);
            pattern = rel;
        }
        pattern = pattern.replace(/^\.\//, '');
        if ((0,files/* hasParentSegment */.Ih)(pattern))
            throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(p)} leaves the workspace ('..'); expected a glob inside it, such as dist/*.tar.gz`);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f]/.test(pattern))
            throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(p)} contains a control character`);
        return pattern;
    });
    const matchers = relPatterns.map(glob/* globToRegExp */.tL);
    const excluded = exclude.map(e => external_node_path_default().relative(root, external_node_path_default().resolve(root, e)));
    const found = new Map();
    const skipped = [];
    const shown = (p) => (0,errors/* showValue */.vp)(p, 4096);
    const outside = (rel, target) => skipped.push(`${shown(rel)} (a symlink to ${shown(target)}, outside the workspace)`);
    const visit = (dir) => {
        // A glob's literal base may run through symlinks: only into directories inside the workspace.
        const escape = dir ? (0,files/* escapingLink */.Td)(root, dir) : undefined;
        if (escape) {
            if (!skipped.some(s => s.startsWith(`${shown(escape.name)} `)))
                outside(escape.name, escape.target);
            return;
        }
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, dir)).sort();
        }
        catch {
            return;
        }
        for (const name of entries) {
            const rel = dir ? `${dir}/${name}` : name;
            if (rel === '.git')
                continue;
            const full = external_node_path_default().join(root, rel);
            let st;
            try {
                st = (0,external_node_fs_.lstatSync)(full);
            }
            catch {
                continue;
            }
            if (st.isDirectory()) {
                visit(rel);
                continue;
            }
            const matched = matchers.some(m => m.test(rel)) && !excluded.includes(rel);
            if (st.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(full);
                }
                catch {
                    if (matched)
                        skipped.push(`${shown(rel)} (a broken symlink)`);
                    continue;
                }
                const t = (0,external_node_fs_.statSync)(target);
                // Outside: named when it matches, and a directory always (what is below it could have).
                // Symlinked directories inside are not walked into (git does not either).
                if (!(0,files/* isUnder */.Jo)(root, target)) {
                    if (matched || t.isDirectory())
                        outside(rel, target);
                    continue;
                }
                if (!matched || !t.isFile())
                    continue;
                st = t;
            }
            else if (!matched || !st.isFile())
                continue;
            if (!(0,files/* isUnder */.Jo)(baseDir, full)) {
                throw new errors/* InputError */.dz(input, `${rel} is outside the base directory ${external_node_path_default().relative(root, baseDir) || '.'} of the names`);
            }
            const subjectName = external_node_path_default().relative(baseDir, full).split((external_node_path_default()).sep).join('/');
            found.set(subjectName, { name: subjectName, absolute: full, size: st.size });
        }
    };
    for (const start of new Set(relPatterns.map(globBase)))
        visit(start);
    const subjects = [...found.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    if (subjects.length === 0) {
        throw new errors/* InputError */.dz(input, `no file matches ${patterns.map(p => (0,errors/* showValue */.vp)(p)).join(', ')}${skipped.length ? ` (skipped: ${skipped.join('; ')})` : ''}; expected globs of the release artifacts, such as dist/*.tar.gz`);
    }
    return { subjects, skipped };
}
/**
 * SHA-256 of a file, read through one reused 1 MiB buffer: memory stays flat whatever the size.
 */
function sha256File(file, bufferSize = 1 << 20) {
    return new Promise((resolve, reject) => {
        external_node_fs_default().open(file, 'r', (openError, fd) => {
            if (openError)
                return reject(openError);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const buffer = Buffer.allocUnsafe(bufferSize);
            const next = () => external_node_fs_default().read(fd, buffer, 0, bufferSize, null, (readError, bytes) => {
                if (readError)
                    return external_node_fs_default().close(fd, () => reject(readError));
                if (bytes === 0)
                    return external_node_fs_default().close(fd, () => resolve(hash.digest('hex')));
                hash.update(bytes === bufferSize ? buffer : buffer.subarray(0, bytes));
                next();
            });
            next();
        });
    });
}
/** Hash every subject, a few at a time (one per CPU, at least two). */
async function hashSubjects(subjects, concurrency = Math.max(2, (0,external_node_os_.availableParallelism)())) {
    const digests = new Map();
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(concurrency, subjects.length) }, async () => {
        while (next < subjects.length) {
            const s = subjects[next++];
            digests.set(s.name, await sha256File(s.absolute));
        }
    }));
    return digests;
}
/** One line as GNU sha256sum writes it (names with `\` or a newline are escaped, the line marked). */
function checksumLine(digest, name) {
    if (/[\\\n\r]/.test(name)) {
        return `\\${digest}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
    }
    return `${digest}  ${name}`;
}
function checksumsText(subjects, digests) {
    return subjects.map(s => `${checksumLine(digests.get(s.name) ?? '', s.name)}\n`).join('');
}
/** Lines in groups of at most MAX_SUBJECTS, for attestations that carry at most that many. */
function splitLines(text, size = MAX_SUBJECTS) {
    const lines = text.split('\n').filter(Boolean);
    const parts = [];
    for (let i = 0; i < lines.length; i += size)
        parts.push(`${lines.slice(i, i + size).join('\n')}\n`);
    return parts;
}

;// CONCATENATED MODULE: ./packages/attest/checksums-file.ts
/**
 * Writing the checksums of release artifacts: the files the globs match (resolveSubjects), hashed
 * as streams, into a sha256sum-format file; past 1,024 subjects (the most one attestation may
 * carry) the list is also split, and the subject attested is the checksums file itself.
 */



async function writeChecksums(opts, logger) {
    const { subjects, skipped } = resolveSubjects(opts.workspace, opts.patterns, {
        base: opts.base,
        exclude: [opts.output],
    });
    for (const s of skipped)
        logger.warning(`Skipped ${s}.`);
    const digests = await hashSubjects(subjects);
    const text = checksumsText(subjects, digests);
    (0,files/* writeFileAtomic */.Zf)(opts.output, text);
    let subjectsFile = opts.output;
    const splitFiles = [];
    if (subjects.length > MAX_SUBJECTS) {
        const parts = splitLines(text);
        parts.forEach((part, i) => {
            const file = opts.output.replace(/(\.[^./]+)?$/, ext => `.part${i + 1}${ext}`);
            (0,files/* writeFileAtomic */.Zf)(file, part);
            splitFiles.push(file);
        });
        // One attestation carries at most 1,024 subjects: attest the checksums file itself, which
        // names every artifact and its digest; users verify it, then run sha256sum -c.
        subjectsFile = `${opts.output}.subject`;
        (0,files/* writeFileAtomic */.Zf)(subjectsFile, `${checksumLine(await sha256File(opts.output), external_node_path_default().basename(opts.output))}\n`);
        logger.warning(`${subjects.length} subjects are more than the ${MAX_SUBJECTS} one attestation may carry: the attestation's subject is ${external_node_path_default().basename(opts.output)} itself, and the list is also split into ${parts.length} files of at most ${MAX_SUBJECTS} (${splitFiles.map(f => external_node_path_default().basename(f)).join(', ')}).`);
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
function renderNotices(sbom) {
    const byLicense = new Map();
    const unique = new Map();
    for (const p of sbom.packages)
        unique.set(`${p.name}@${p.version}`, p);
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
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/attest/notices-file.ts
/**
 * Writing THIRD_PARTY_NOTICES.md from a parsed SBOM (renderNotices), and counting the packages
 * without licence information that need review.
 */


function writeNotices(opts) {
    (0,files/* writeFileAtomic */.Zf)(opts.output, renderNotices(opts.sbom));
    return {
        format: opts.sbom.format,
        packages: opts.sbom.packages.length,
        needsReview: opts.sbom.packages.filter(p => p.license === 'NOASSERTION').length,
    };
}

;// CONCATENATED MODULE: ./packages/attest/provenance.ts
/**
 * The SLSA v1 provenance of a GitHub Actions run, in the shape actions/attest produces
 * (buildType https://actions.github.io/buildtypes/workflow/v1), wrapped in an in-toto v1
 * statement with the checksums file's artifacts as subjects.
 */

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The run's claims from the environment (GitHub Enterprise Server has no attestation service). */
function claimsFromEnv(env) {
    const need = (name) => {
        const value = env[name];
        if (!value)
            throw new errors/* PreconditionError */.Rb(`${name} is not set: provenance describes a GitHub Actions run`);
        return value;
    };
    const workflowRef = need('GITHUB_WORKFLOW_REF');
    return {
        repository: need('GITHUB_REPOSITORY'),
        repository_id: env.GITHUB_REPOSITORY_ID ?? '',
        repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        ref: need('GITHUB_REF'),
        sha: need('GITHUB_SHA'),
        event_name: need('GITHUB_EVENT_NAME'),
        workflow_ref: workflowRef,
        job_workflow_ref: env.RELEASE_ACTIONS_JOB_WORKFLOW_REF || workflowRef,
        run_id: need('GITHUB_RUN_ID'),
        run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        runner_environment: env.RUNNER_ENVIRONMENT ?? 'github-hosted',
    };
}
function provenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const [workflowPath = '', ...refParts] = claims.workflow_ref
        .replace(`${claims.repository}/`, '')
        .split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: refParts.join('@'),
                    repository: `${server}/${claims.repository}`,
                    path: workflowPath,
                },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${claims.repository}@${claims.ref}`,
                    digest: { gitCommit: claims.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/** Subjects from a sha256sum-format checksums file. */
function subjectsFromChecksums(text) {
    const subjects = [];
    for (const [i, raw] of text.split('\n').entries()) {
        if (raw.trim() === '')
            continue;
        const escaped = raw.startsWith('\\');
        const m = /^\\?([a-f0-9]{64}) [ *](.+)$/.exec(raw);
        if (!m)
            throw new errors/* PreconditionError */.Rb(`line ${i + 1} of the checksums file is not "<sha256>  <name>": ${JSON.stringify(raw.slice(0, 80))}`);
        const name = escaped
            ? (m[2] ?? '').replace(/\\(\\|n|r)/g, (_, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')
            : (m[2] ?? '');
        subjects.push({ name, digest: { sha256: m[1] ?? '' } });
    }
    if (subjects.length === 0)
        throw new errors/* PreconditionError */.Rb('the checksums file lists no subject');
    return subjects;
}
function provenanceStatement(subjects, claims, serverUrl) {
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: provenancePredicate(claims, serverUrl),
    };
}

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
function ghVerifyArgs(subject, policy, predicateType = SLSA_PROVENANCE_V1) {
    const args = ['attestation', 'verify', '--repo', policy.repository];
    if (policy.signerWorkflow)
        args.push('--signer-workflow', policy.signerWorkflow);
    if (predicateType !== SLSA_PROVENANCE_V1)
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
            lines.push(`gh attestation download --repo ${quote(policy.repository)} --predicate-type ${SLSA_PROVENANCE_V1} -- ${quote(s.path)} # writes sha256:<digest>.jsonl; its first line is the bundle for ${bundle}`);
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
async function runVerification(subjects, policy, { gh = 'gh', predicateTypes = [SLSA_PROVENANCE_V1], env = process.env, cwd, } = {}) {
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
            predicateTypes: opts.predicateTypes.length ? opts.predicateTypes : [SLSA_PROVENANCE_V1],
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
 * own name, never a hard-coded one.
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

;// CONCATENATED MODULE: ./packages/attest/index.ts
/**
 * packages/attest owns the evidence of a release: SHA-256 checksums of its artifacts (and the
 * checksums file), third-party notices from an SBOM, SLSA provenance statements, the signer
 * workflow of a job, and verifying attestations (and the commands users verify with).
 */










/***/ }),

/***/ 5786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ih),
/* harmony export */   Jo: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Jo),
/* harmony export */   Td: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Td),
/* harmony export */   Ux: () => (/* binding */ withFileLock),
/* harmony export */   Ye: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_6__.Ye),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports STALE_TMP_MS, processAlive, cleanStaleTemporaries, STALE_LOCK_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(936);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5134);
/**
 * packages/files owns files: the one "inside the workspace" rule (paths.ts: isInside, isUnder,
 * hasParentSegment, escapingLink), and file writes that never leave a half-written file: write a
 * temporary file next to the target, then rename it over the target (atomic on POSIX file
 * systems). Temporary files a killed writer left behind are cleaned on the next write;
 * `withFileLock` serialises read-modify-write cycles of several processes on one file.
 */







/** A temporary file older than this is a leftover whoever made it (a write takes milliseconds). */
const STALE_TMP_MS = 60_000;
/** Whether process `pid` exists on this machine (EPERM: it exists, owned by someone else). */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Remove `.<name>.<pid>.<hex>.tmp` files next to `file` that a writer killed mid-write left: those
 * of a process that is gone, and any older than a minute.
 */
function cleanStaleTemporaries(file, now = Date.now()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.`;
    const removed = [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return removed;
    }
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
        if (!m)
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        let mtime;
        try {
            mtime = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).mtimeMs;
        }
        catch {
            continue;
        }
        if (!processAlive(Number(m[1])) || now - mtime > STALE_TMP_MS) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(full, { force: true });
            removed.push(full);
        }
    }
    return removed;
}
function writeFileAtomic(file, content) {
    cleanStaleTemporaries(file);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    let mode;
    try {
        mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode & 0o777;
    }
    catch {
        mode = undefined;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (mode !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw error;
    }
}
/** A lock held longer than this is stale whoever holds it (a read-modify-write takes a moment). */
const STALE_LOCK_MS = 120_000;
function readHolder(lock) {
    try {
        const m = /^(\d+)@(.*)$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8').split('\n')[0] ?? '');
        return m ? { pid: Number(m[1]), host: m[2] ?? '' } : { pid: 0, host: '' };
    }
    catch {
        return undefined;
    }
}
function isStale(lock, holder) {
    let age = 0;
    try {
        age = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(lock).mtimeMs;
    }
    catch {
        return false;
    }
    if (age > STALE_LOCK_MS)
        return true;
    // No holder written a second after the lock was made: its maker died between create and write.
    if (holder.pid === 0)
        return age > 1000;
    return holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && !processAlive(holder.pid);
}
/**
 * Take over a stale lock: move it aside (only one taker can move one file), check that what was
 * moved is the stale one, and put a live holder's lock back if it was not.
 */
function takeOver(lock, stale) {
    const aside = `${lock}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    const moved = readHolder(aside);
    if (moved && (moved.pid !== stale.pid || moved.host !== stale.host) && !isStale(aside, moved)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, lock);
        }
        catch {
            // Someone holds a new lock already: the live holder's run is not protected any more, but
            // nor would it be by waiting; it finishes its write as it would have.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { force: true });
}
/**
 * Run `fn` holding `.<name>.lock` next to `file`, created exclusively (O_EXCL). Another holder is
 * waited for up to `waitMs`; a lock whose process is gone (or older than two minutes) is taken
 * over. Past the wait, an error names the holder and the lock file.
 */
async function withFileLock(file, fn, { waitMs = 30_000 } = {}) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.lock`);
    const deadline = Date.now() + waitMs;
    const mine = `${process.pid}@${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()}\n${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}\n`;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(lock, mine, { flag: 'wx' });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = readHolder(lock);
        if (holder === undefined)
            continue; // released between our attempt and the read
        if (isStale(lock, holder)) {
            takeOver(lock, holder);
            continue;
        }
        if (Date.now() >= deadline) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PreconditionError */ .Rb(`${file} is locked by process ${holder.pid} on ${holder.host || 'an unknown host'} (${lock}); waited ${waitMs / 1000} s. If no other run is writing it, remove the lock file.`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(Math.min(20 + Math.random() * 30, Math.max(1, deadline - Date.now())));
    }
    try {
        return await fn();
    }
    finally {
        // Only our own lock: a run that outlived STALE_LOCK_MS may have been taken over.
        let still = false;
        try {
            still = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8') === mine;
        }
        catch {
            still = false;
        }
        if (still)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true });
    }
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   H7: () => (/* binding */ GlobSet),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports insideOnly, walk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5786);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/**
 * File globs: `**` any number of directories, `*` and `?` within one path segment, `{a,b}`
 * alternatives, `[abc]` classes. Patterns are relative to a root; hidden files and directories
 * (a segment starting with `.`) match only a pattern segment that starts with `.` too. Listed
 * files stay inside their root (real paths: a symlink leading outside is left out).
 */




function escapeRe(ch) {
    return /[\\^$.|+()[\]{}*?]/.test(ch) ? `\\${ch}` : ch;
}
function segmentRe(segment) {
    let re = '';
    const hiddenOk = segment.startsWith('.');
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end === -1)
                re += '\\{';
            else {
                re += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map(alt => segmentRe(alt))
                    .join('|')})`;
                i = end;
            }
        }
        else
            re += escapeRe(ch);
    }
    return hiddenOk ? re : `(?!\\.)${re}`;
}
/** A regular expression that matches the root-relative, `/`-separated paths the glob names. */
function globToRegExp(pattern) {
    const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const parts = clean.split('/');
    let re = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        if (part === '**') {
            // Zero or more directories (not hidden ones).
            re += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
        }
        else
            re += segmentRe(part) + (last ? '' : '/');
    }
    return new RegExp(`^${re}$`);
}
class GlobSet {
    #include;
    #exclude;
    constructor(include, exclude = []) {
        this.#include = include.map(globToRegExp);
        this.#exclude = exclude.map(globToRegExp);
    }
    matches(relative) {
        return (this.#include.some(re => re.test(relative)) && !this.#exclude.some(re => re.test(relative)));
    }
}
/**
 * Every file under `root` as a root-relative path with `/`: git's list (tracked and untracked,
 * .gitignore honoured) in a repository, else a walk that skips `.git` and `node_modules`. A
 * symlink whose target is outside `root` is left out (and handed to `onOutside`), so whoever reads
 * or rewrites the listed files never reaches outside.
 */
async function listFiles(root, { onOutside } = {}) {
    let names;
    try {
        names = await new _git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(root).listFiles();
    }
    catch {
        names = walk(root);
    }
    return insideOnly(root, names, onOutside);
}
/** The root-relative names whose real paths are inside `root`. */
function insideOnly(root, names, onOutside) {
    const realRoot = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(root);
    return names.filter(name => {
        const target = (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name));
        if ((0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(realRoot, target))
            return true;
        onOutside?.(name, target);
        return false;
    });
}
function walk(root) {
    const out = [];
    const visit = (dir, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const name = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    visit(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), name);
            }
            else if (entry.isFile() || entry.isSymbolicLink())
                out.push(name);
        }
    };
    visit(root, '');
    return out.sort();
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


/***/ })

};
