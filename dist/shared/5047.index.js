export const id = 5047;
export const ids = [5047];
export const modules = {

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j$: () => (/* reexport */ ArchiveReadError),
  mi: () => (/* binding */ checkArchiveName),
  FL: () => (/* binding */ parsePlatform),
  x0: () => (/* reexport */ takeGoReleaserDist),
  Ic: () => (/* reexport */ tarFile),
  ON: () => (/* reexport */ tarFileNames),
  _d: () => (/* binding */ writeArchive)
});

// UNUSED EXPORTS: archiveBytes, archiveFileName, checkGoReleaserChecksums, checksumsFileName, collectEntries, readGoReleaserDist, tarBytes, tarGzBytes, zipBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/files/index.ts
var files = __webpack_require__(5786);
// EXTERNAL MODULE: ./packages/attest/checksums.ts
var checksums = __webpack_require__(1950);
;// CONCATENATED MODULE: ./packages/archive/entries.ts
/**
 * The entries of a release archive: the files the build wrote for one platform (the artifact globs,
 * resolved inside the workspace as the checksums are), read whole, named relative to their base
 * directory with `/` (or, flattened, by their base names alone, as release files are), in byte
 * order, with only the executable bit of their mode kept.
 */




function collectEntries(workspace, patterns, { base = workspace, input = 'files', flatten = false, } = {}) {
    const { subjects } = (0,checksums/* resolveSubjects */.Gl)(workspace, patterns, { base, input });
    const seen = new Map();
    const entries = subjects.map(s => {
        const name = flatten ? external_node_path_default().posix.basename(s.name) : s.name;
        const other = seen.get(name);
        if (other !== undefined)
            throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(other)} and ${(0,errors/* showValue */.vp)(s.name)} are both named ${(0,errors/* showValue */.vp)(name)} in the archive; name the files apart`);
        seen.set(name, s.name);
        return {
            name,
            data: (0,external_node_fs_.readFileSync)(s.absolute),
            executable: ((0,external_node_fs_.statSync)(s.absolute).mode & 0o111) !== 0,
        };
    });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: ./packages/archive/tar.ts
var tar = __webpack_require__(7236);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/archive/zip.ts
/**
 * A deterministic zip writer (deflate through node:zlib, CRC-32 from node:zlib): entries in the
 * order given, one fixed modification time (DOS time, clamped to 1980-01-01, the earliest it
 * holds), Unix modes 0755 or 0644 in the external attributes, no extra fields, UTF-8 names.
 */

/** DOS date and time of a Unix time (UTC), clamped to 1980-01-01 00:00:00. */
function dosTime(mtime) {
    const d = new Date(Math.max(mtime, 315532800) * 1000);
    return {
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
        date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    };
}
const UTF8_FLAG = 0x0800;
const VERSION_MADE_BY = (3 << 8) | 20; // Unix, zip 2.0
const MAX32 = 0xffffffff;
function zipBytes(entries, mtime) {
    const { time, date } = dosTime(mtime);
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const deflated = (0,external_node_zlib_.deflateRawSync)(entry.data, { level: 9 });
        const stored = deflated.length >= entry.data.length;
        const body = stored ? entry.data : deflated;
        const crc = (0,external_node_zlib_.crc32)(entry.data);
        if (entry.data.length >= MAX32 || offset + body.length >= MAX32)
            throw new Error(`${JSON.stringify(entry.name)}: zip files past 4 GiB are not written (no zip64)`);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(UTF8_FLAG, 6);
        local.writeUInt16LE(stored ? 0 : 8, 8);
        local.writeUInt16LE(time, 10);
        local.writeUInt16LE(date, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(body.length, 18);
        local.writeUInt32LE(entry.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(VERSION_MADE_BY, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(UTF8_FLAG, 8);
        central.writeUInt16LE(stored ? 0 : 8, 10);
        central.writeUInt16LE(time, 12);
        central.writeUInt16LE(date, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(body.length, 20);
        central.writeUInt32LE(entry.data.length, 24);
        central.writeUInt16LE(name.length, 28);
        // extra, comment, disk, internal attributes: 0
        central.writeUInt32LE(((0o100000 | (entry.executable ? 0o755 : 0o644)) << 16) >>> 0, 38);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, body);
        centrals.push(central, name);
        offset += local.length + name.length + body.length;
    }
    const dir = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, dir, end]);
}

;// CONCATENATED MODULE: ./packages/archive/list.ts
/**
 * The names of the regular files in a tar or tar.gz archive (ustar names with their prefix, PAX
 * `path` records, GNU long names), read without external tools: what a release archive holds, so
 * that the Homebrew formula installs the file that is there; and the bytes of one of them (the
 * package.json of an npm tarball).
 */


class ArchiveReadError extends errors/* OperationalError */.LE {
}
const BLOCK = 512;
function field(block, offset, width) {
    const raw = block.subarray(offset, offset + width);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? width : end).toString('utf8');
}
/** The `path` of a PAX extended header's records (`<len> path=<value>\n`), if any. */
function paxPath(data) {
    let at = 0;
    let found;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number.parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (space === -1 || !Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        if (record.startsWith('path='))
            found = record.slice(5);
        at += length;
    }
    return found;
}
/** The regular files of a tar archive (gzip-compressed or not), in archive order. */
function tarFileNames(bytes, what = 'the archive') {
    const names = [];
    walkTar(bytes, what, name => {
        names.push(name);
        return false;
    });
    return names;
}
/** The bytes of the regular file `name` of a tar archive (gzip-compressed or not), if it holds one. */
function tarFile(bytes, name, what = 'the archive') {
    let found;
    walkTar(bytes, what, (entry, data) => {
        if (entry !== name)
            return false;
        found = Buffer.from(data);
        return true;
    });
    return found;
}
/** Hand each regular file (name, bytes) to `visit`, in archive order, until it returns true. */
function walkTar(bytes, what, visit) {
    let tar;
    try {
        tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? (0,external_node_zlib_.gunzipSync)(bytes) : Buffer.from(bytes);
    }
    catch (error) {
        throw new ArchiveReadError(`${what} is not a readable tar.gz: ${error.message}`);
    }
    let next;
    for (let at = 0; at + BLOCK <= tar.length;) {
        const block = tar.subarray(at, at + BLOCK);
        if (block.every(b => b === 0))
            break;
        const size = Number.parseInt(field(block, 124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || field(block, 257, 5) !== 'ustar')
            throw new ArchiveReadError(`${what} is not a tar archive (no ustar header at byte ${at})`);
        const type = field(block, 156, 1);
        const data = tar.subarray(at + BLOCK, at + BLOCK + size);
        if (type === 'x')
            next = paxPath(data) ?? next;
        else if (type === 'L')
            next = data.toString('utf8').replace(/\0+$/, '');
        else {
            const prefix = field(block, 345, 155);
            const name = next ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
            next = undefined;
            if (type === '0' || type === '' || type === '7')
                if (visit(name.replace(/^\.\//, ''), data))
                    return;
        }
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
}

// EXTERNAL MODULE: ./packages/attest/provenance.ts
var provenance = __webpack_require__(1935);
;// CONCATENATED MODULE: ./packages/archive/goreleaser.ts
/**
 * The archives and checksums file of a GoReleaser build (`goreleaser release --clean
 * --skip=publish`), taken from its dist/artifacts.json instead of packing our own. The fields
 * read are the ones GoReleaser documents (https://goreleaser.com/customization/artifacts): `name`
 * (the file name), `path` (relative to the project), `goos`, `goarch` and `type` ("Archive" for an
 * archive, "Checksum" for the checksums file; other types are not release archives). Every archive
 * must be in the checksums file with its digest, and every path inside the workspace.
 */






const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** dist/artifacts.json, its archives and its checksums file, checked. */
function readGoReleaserDist(workspace, dist, input = 'dist') {
    const manifest = external_node_path_default().join(dist, 'artifacts.json');
    if (!(0,external_node_fs_.existsSync)(manifest))
        throw new errors/* PreconditionError */.Rb(`${external_node_path_default().relative(workspace, manifest)} does not exist: run GoReleaser in build-command (goreleaser release --clean --skip=publish), or set ${input} to its dist folder`);
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
    }
    catch (error) {
        throw new errors/* PreconditionError */.Rb(`${manifest} is not JSON: ${error.message}`);
    }
    if (!Array.isArray(parsed))
        throw new errors/* PreconditionError */.Rb(`${manifest}: expected GoReleaser's array of artifacts`);
    const root = (0,files/* realPath */.Ye)(workspace);
    const pick = (type) => parsed
        .filter(a => typeof a === 'object' && a !== null && a.type === type)
        .map(a => {
        const name = typeof a.name === 'string' ? a.name : '';
        const rel = typeof a.path === 'string' ? a.path : '';
        if (!FILE_NAME.test(name) || !rel)
            throw new errors/* PreconditionError */.Rb(`${manifest}: the ${type} artifact ${(0,errors/* showValue */.vp)(name)} has no file name or path`);
        const file = external_node_path_default().resolve(workspace, rel);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,files/* isUnder */.Jo)(root, (0,files/* realPath */.Ye)(file)))
            throw new errors/* PreconditionError */.Rb(`${manifest}: ${(0,errors/* showValue */.vp)(rel)} of ${name} is missing or outside the workspace`);
        return {
            name,
            file,
            ...(typeof a.goos === 'string' ? { goos: a.goos } : {}),
            ...(typeof a.goarch === 'string' ? { goarch: a.goarch } : {}),
        };
    });
    const archives = pick('Archive');
    const checksums = pick('Checksum');
    if (archives.length === 0)
        throw new errors/* PreconditionError */.Rb(`${manifest} lists no Archive: expected GoReleaser's archives`);
    if (checksums.length !== 1)
        throw new errors/* PreconditionError */.Rb(`${manifest} lists ${checksums.length} Checksum artifacts; expected the one checksums file`);
    return { archives, checksums: checksums[0] };
}
/** Every archive is in the checksums file with the digest it has. */
async function checkGoReleaserChecksums(d) {
    const listed = new Map((0,provenance/* subjectsFromChecksums */.UH)((0,external_node_fs_.readFileSync)(d.checksums.file, 'utf8')).map(s => [
        s.name,
        s.digest.sha256 ?? '',
    ]));
    for (const a of d.archives) {
        const want = listed.get(a.name);
        const got = await (0,checksums/* sha256File */.Q3)(a.file);
        if (want !== got)
            throw new errors/* PreconditionError */.Rb(`${a.name} has sha256 ${got}, but ${d.checksums.name} ${want ? `says ${want}` : 'does not list it'}`);
    }
}
/** Copy GoReleaser's archives and checksums file into `outputDir`, checked first. */
async function takeGoReleaserDist(workspace, dist, outputDir, logger, input = 'dist') {
    if (!(0,files/* isUnder */.Jo)((0,files/* realPath */.Ye)(workspace), (0,files/* realPath */.Ye)(dist)))
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(dist)} is outside the workspace`);
    const d = readGoReleaserDist(workspace, dist, input);
    await checkGoReleaserChecksums(d);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    for (const a of [...d.archives, d.checksums]) {
        (0,external_node_fs_.copyFileSync)(a.file, external_node_path_default().join(outputDir, a.name));
        logger.info(`${a.name}${a.goos ? ` (${a.goos}/${a.goarch ?? ''})` : ''}`);
    }
    return d;
}

;// CONCATENATED MODULE: ./packages/archive/index.ts
/**
 * packages/archive owns the release archives users download: one per platform, named
 * `<name>_v<version>_<os>_<arch>.tar.gz` (`.zip` for windows) as GoReleaser-built projects name
 * them, written deterministically by the suite's own tar.gz and zip writers (no external tools):
 * the same files and mtime always make the same bytes, so a re-run's checksums match; or, for a
 * GoReleaser build, its own archives and checksums file (goreleaser.ts).
 */











/** os/arch[/variant] → {os, arch}; anything else names the input and the form. */
function parsePlatform(input, value) {
    const m = /^([a-z0-9]+)\/([a-z0-9]+)(?:\/([a-z0-9]+))?$/.exec(value);
    if (!m)
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(value)}: expected os/arch, such as linux/amd64`);
    return { os: m[1], arch: `${m[2]}${m[3] ?? ''}` };
}
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** A project name fit for a file name (the repository's name is one). */
function checkArchiveName(input, name) {
    if (!NAME.test(name))
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(name)}: expected a file-name prefix of letters, digits, '.', '_', '+' or '-', such as myapp`);
    return name;
}
function archiveFileName(name, version, platform) {
    const ext = platform.os === 'windows' ? 'zip' : 'tar.gz';
    return `${name}_v${version}_${platform.os}_${platform.arch}.${ext}`;
}
function checksumsFileName(name, version) {
    return `${name}_v${version}_checksums.txt`;
}
function archiveBytes(platform, entries, mtime) {
    return platform.os === 'windows' ? zipBytes(entries, mtime) : (0,tar/* tarGzBytes */.g)(entries, mtime);
}
function writeArchive(opts, logger) {
    const entries = collectEntries(opts.workspace, opts.patterns, {
        base: opts.base,
        flatten: opts.flatten ?? false,
    });
    const file = external_node_path_default().join(opts.outputDir, archiveFileName(opts.name, opts.version, opts.platform));
    (0,external_node_fs_.mkdirSync)(opts.outputDir, { recursive: true });
    (0,files/* writeFileAtomic */.Zf)(file, archiveBytes(opts.platform, entries, opts.mtime));
    logger.info(`${external_node_path_default().basename(file)}: ${entries.map(e => e.name).join(', ')}`);
    return { file, entries: entries.map(e => e.name) };
}



/***/ }),

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
