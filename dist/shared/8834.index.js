export const id = 8834;
export const ids = [8834];
export const modules = {

/***/ 8834:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8041);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/attest/index.ts + 7 modules
var attest = __webpack_require__(5109);
// EXTERNAL MODULE: ./packages/github/index.ts
var packages_github = __webpack_require__(8052);
// EXTERNAL MODULE: ./packages/release/plan.ts
var plan = __webpack_require__(8701);
;// CONCATENATED MODULE: ./packages/release/release-files.ts
/**
 * Downloading the release files of another release of the same commit, to ship again: a stable
 * release promoted from its candidate ships the candidate's files byte for byte, each checked
 * against the checksums that release published before it is used (the evidence is left out).
 * release-files calls this.
 */







/**
 * An asset whose name is not a plain file name: the release named by the tag cannot be shipped
 * again (release-files reports it as a problem of its tag input).
 */
class AssetNameError extends Error {
    name = 'AssetNameError';
}
async function downloadReleaseFiles(opts, logger) {
    const { tag, owner, repo, dir } = opts;
    const client = (0,packages_github/* createGitHubClient */.LX)({ token: opts.token, apiUrl: opts.apiUrl, logger });
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    }
    catch (error) {
        throw (0,packages_github/* gitHubProblem */.zh)(error, `read the release of ${tag}`, 'contents: read');
    }
    const download = async (id, name) => {
        try {
            const r = await client.rest.repos.getReleaseAsset({
                owner,
                repo,
                asset_id: id,
                headers: { accept: 'application/octet-stream' },
            });
            return Buffer.from(r.data);
        }
        catch (error) {
            throw (0,packages_github/* gitHubProblem */.zh)(error, `download ${name} of ${tag}`, 'contents: read');
        }
    };
    const files = release.assets.filter(a => !(0,plan/* isEvidenceAsset */.Se)(a.name));
    if (files.length === 0)
        throw new errors/* PreconditionError */.Rb(`the release ${tag} has no release files to reuse`);
    const checksumsAsset = release.assets.find(a => (0,plan/* isChecksumsAsset */.f3)(a.name));
    const expected = new Map();
    if (checksumsAsset)
        for (const s of (0,attest/* subjectsFromChecksums */.UH)((await download(checksumsAsset.id, checksumsAsset.name)).toString('utf8')))
            expected.set(s.name, s.digest.sha256 ?? '');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const asset of files) {
        if (asset.name.includes('/') || asset.name.startsWith('.'))
            throw new AssetNameError(`the release ${tag} has an asset named ${(0,errors/* showValue */.vp)(asset.name)}, which is not a file name`);
        const bytes = await download(asset.id, asset.name);
        const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        const want = expected.get(asset.name);
        if (checksumsAsset && want !== sha)
            throw new errors/* PreconditionError */.Rb(`${asset.name} of ${tag} ${want ? `has sha256 ${sha}, but its checksums.txt says ${want}` : 'is not in its checksums.txt'}: not shipping it`);
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, asset.name), bytes);
        logger.info(`${asset.name} (${bytes.length} bytes, sha256 ${sha}) from ${tag}`);
    }
    const names = files.map(f => f.name);
    if (opts.includeChecksums && checksumsAsset) {
        const bytes = await download(checksumsAsset.id, checksumsAsset.name);
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, checksumsAsset.name), bytes);
        names.push(checksumsAsset.name);
        logger.info(`${checksumsAsset.name} (the checksums file, shipped as published) from ${tag}`);
    }
    return { dir, files: names, checked: checksumsAsset !== undefined };
}

// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var packages_inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./actions/release-files/inputs.ts
/**
 * release-files' inputs: the only place they are read and validated (the tag before the token,
 * so an unprefixed tag is named before a missing token).
 */



function readInputs(inputs, github) {
    const prefix = (0,versioning/* readTagPrefix */.ZJ)(inputs);
    const tag = inputs.required('tag', 'the release whose files to download, such as v1.2.0-rc.2');
    (0,versioning/* requireReleaseTag */.f0)('tag', tag, prefix);
    const dir = (0,packages_inputs/* resolveWorkspacePath */.XI)('path', inputs.string('path', 'release-files'), github.workspace);
    const token = inputs.required('token', 'a GitHub token with contents: read');
    const { owner, repo } = (0,packages_github/* readRepository */.Nu)(inputs, github.repository);
    const apiUrl = inputs.url('api-url', github.apiUrl, 'https://api.github.com or https://github.example.com/api/v3');
    const includeChecksums = inputs.boolean('include-checksums', false);
    return { tag, dir, token, owner, repo, apiUrl, includeChecksums };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
;// CONCATENATED MODULE: ./actions/release-files/outputs.ts
/**
 * release-files' outputs (the names of its action.yml) and step summary.
 */

function filesOutputs(r) {
    return { path: r.dir, count: String(r.files.length) };
}
function summarize(tag, r) {
    return `### Release files from ${(0,markdown/* code */.aY)(tag)}\n\n${r.files.length} file(s) published with ${(0,markdown/* code */.aY)(tag)} on the same commit, ${r.checked ? 'each checked against its checksums.txt' : 'which published no checksums.txt'}: ${r.files.map(f => (0,markdown/* code */.aY)(f)).join(', ')}.\n`;
}

;// CONCATENATED MODULE: ./actions/release-files/main.ts
/**
 * The release files of another release of the same commit, downloaded to ship again (internal to
 * the suite's reusable release workflow): read the inputs, download and check the files
 * (packages/release's downloadReleaseFiles), write the outputs.
 */




const main = async ({ inputs, github, logger }) => {
    const opts = readInputs(inputs, github);
    let result;
    try {
        result = await downloadReleaseFiles(opts, logger);
    }
    catch (error) {
        // The release the tag names has an asset that is not a file name: the tag's problem.
        if (error instanceof AssetNameError)
            throw new errors/* InputError */.dz('tag', error.message);
        throw error;
    }
    return { outputs: filesOutputs(result), summary: summarize(opts.tag, result) };
};


/***/ })

};
