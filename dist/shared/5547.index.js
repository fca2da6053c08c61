export const id = 5547;
export const ids = [5547];
export const modules = {

/***/ 5547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_REF: () => (/* binding */ DEFAULT_REF),
  init: () => (/* binding */ init)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/git/index.ts
var packages_git = __webpack_require__(4137);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/config/index.ts + 2 modules
var packages_config = __webpack_require__(3628);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/files/index.ts
var packages_files = __webpack_require__(5786);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/gates/index.ts + 7 modules
var gates = __webpack_require__(2972);
// EXTERNAL MODULE: ./packages/glob/index.ts
var glob = __webpack_require__(17);
;// CONCATENATED MODULE: ./packages/init/detect.ts
/**
 * What `release-actions init` finds in a repository: the test command of each ecosystem at its
 * top (go.mod, package.json with a test script, Cargo.toml, pyproject.toml/setup.py/pytest.ini),
 * SPDX-License-Identifier lines in the sources, the version fields the release must match
 * (Chart.yaml appVersion, package.json version), the names of the workflows that run on every
 * push of the release branch (so the tagged commit has their runs), the Dockerfiles (outside node_modules, vendor, testdata and third_party), the
 * Helm charts of charts/<name>/, and the repository of the origin remote. Files are the
 * repository's as git lists them (tracked and untracked, .gitignore honoured), read-only.
 */






/** Directories whose files are not the project's own. */
const FOREIGN = /(^|\/)(node_modules|vendor|testdata|third_party|\.git)\//;
/**
 * The source files whose SPDX lines count: the ones the license-headers gate knows the comments
 * of (commentSyntax), by extension, leaving out data and documents (a licence line in a YAML or
 * Markdown file does not make the sources carry one).
 */
const NOT_SOURCE = /\.(ya?ml|toml|json|md|markdown|html?|xhtml|xml|svg|css|scss|less|vue|txt)$/i;
const isSource = (file) => external_node_path_default().extname(file) !== '' && !NOT_SOURCE.test(file) && (0,gates/* commentSyntax */.li)(file) !== undefined;
const SPDX = /SPDX-License-Identifier:\s*([^\s*]+(?:\s+(?:AND|OR|WITH)\s+[^\s*]+)*)/;
function readText(root, file) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, file), 'utf8');
    }
    catch {
        return undefined;
    }
}
function readYamlOrJson(root, file) {
    const text = readText(root, file);
    if (text === undefined)
        return undefined;
    try {
        return file.endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** npm init's placeholder: a test script that only fails. */
const NPM_PLACEHOLDER = /no test specified/;
function testCommands(root, files) {
    const out = [];
    if (files.has('go.mod'))
        out.push({ name: 'go test', run: 'go test -race ./...', from: 'go.mod' });
    if (files.has('package.json')) {
        const pkg = readYamlOrJson(root, 'package.json');
        const test = isRecord(pkg) && isRecord(pkg.scripts) ? pkg.scripts.test : undefined;
        if (typeof test === 'string' && test.trim() !== '' && !NPM_PLACEHOLDER.test(test))
            // The gate runs on a fresh checkout: with a lockfile, install from it first.
            out.push({
                name: 'npm test',
                run: files.has('package-lock.json') ? 'npm ci && npm test' : 'npm test',
                from: 'package.json',
            });
    }
    if (files.has('Cargo.toml'))
        out.push({ name: 'cargo test', run: 'cargo test --workspace', from: 'Cargo.toml' });
    // A Python project with tests for pytest: its configuration, or test files pytest collects (a
    // pyproject.toml alone may be a Rust crate's Python bindings, built by maturin).
    const python = ['pyproject.toml', 'setup.py', 'setup.cfg'].find(f => files.has(f));
    const pytest = ['pytest.ini', 'conftest.py', 'tests/conftest.py'].find(f => files.has(f)) ??
        (python && /^\[tool[.:]pytest/m.test(readText(root, python) ?? '') ? python : undefined) ??
        (python && [...files].some(f => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(f))
            ? python
            : undefined);
    if (pytest)
        out.push({ name: 'pytest', run: 'pytest', from: pytest });
    return out;
}
/** The first 8 KB of a file (where a header is). */
async function head(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(8192);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
async function licenseHeaders(root, files, all) {
    const byExtension = new Map();
    const ids = new Map();
    const sources = files.filter(isSource);
    const heads = await Promise.all(sources.map(f => head(external_node_path_default().join(root, f)).then(text => ({ file: f, text }), () => ({ file: f, text: '' }))));
    for (const { file, text } of heads) {
        const ext = external_node_path_default().extname(file).slice(1);
        const counts = byExtension.get(ext) ?? { total: 0, carrying: 0 };
        counts.total++;
        // Where the gate looks: the first 10 lines.
        const m = SPDX.exec(text.split(/\r?\n/).slice(0, 10).join('\n'));
        if (m) {
            counts.carrying++;
            ids.set(m[1], (ids.get(m[1]) ?? 0) + 1);
        }
        byExtension.set(ext, counts);
    }
    const carrying = [...byExtension].filter(([, c]) => c.carrying > 0);
    if (carrying.length === 0)
        return undefined;
    const id = [...ids].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const header = `SPDX-License-Identifier: ${id}`;
    const extensions = carrying.map(([ext]) => ext).sort();
    let missing = 0;
    for (const { file, text } of heads)
        if (extensions.includes(external_node_path_default().extname(file).slice(1)) &&
            !text.split(/\r?\n/).slice(0, 10).join('\n').includes(header))
            missing++;
    // The folders of other projects' code the globs would reach (the gate lists what git lists).
    const exclude = ['vendor', 'node_modules', 'third_party', 'testdata']
        .filter(d => all.some(f => extensions.includes(external_node_path_default().extname(f).slice(1)) &&
        (f.startsWith(`${d}/`) || f.includes(`/${d}/`))))
        .map(d => `**/${d}/**`);
    return { paths: extensions.map(ext => `**/*.${ext}`), exclude, header, missing };
}
/** A version as a release states it: 1.2.3, v1.2.3-rc.1 (npm's 0.0.0 placeholders are not). */
const VERSION = /^(v?)(\d+)\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function versions(root, files, charts) {
    const out = [];
    for (const dir of charts) {
        const file = `${dir}/Chart.yaml`;
        const chart = readYamlOrJson(root, file);
        const value = isRecord(chart) ? chart.appVersion : undefined;
        const m = typeof value === 'string' ? VERSION.exec(value) : null;
        if (m)
            out.push({ path: file, key: 'appVersion', prefix: m[1] ?? '', value: value });
    }
    if (files.includes('package.json')) {
        const pkg = readYamlOrJson(root, 'package.json');
        const value = isRecord(pkg) ? pkg.version : undefined;
        const m = typeof value === 'string' ? VERSION.exec(value) : null;
        if (m && !value?.toString().startsWith('0.0.0'))
            out.push({ path: 'package.json', key: 'version', prefix: m[1] ?? '', value: value });
    }
    return out;
}
/**
 * A GitHub branch filter pattern as a regular expression: `*` within a segment, `**` across,
 * `?` and `+` of the preceding character and `[…]` as in regular expressions (GitHub's filter
 * pattern cheat sheet).
 */
function branchPattern(pattern) {
    const body = pattern
        .replace(/[.^${}()|\\]/g, '\\$&')
        .split('**')
        .map(part => part.replace(/\*/g, '[^/]*'))
        .join('.*');
    try {
        return new RegExp(`^${body}$`);
    }
    catch {
        return /(?!)/;
    }
}
/** Whether `branches` (in order, `!` negating, the last match winning) or `branches-ignore` let `branch` through. */
function branchRuns(push, branch) {
    const list = (v) => Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
    if ('branches-ignore' in push)
        return !list(push['branches-ignore']).some(p => branchPattern(p).test(branch));
    if (!('branches' in push))
        return !('tags' in push); // tags only: a release workflow
    let runs = false;
    for (const p of list(push.branches)) {
        if (p.startsWith('!')) {
            if (branchPattern(p.slice(1)).test(branch))
                runs = false;
        }
        else if (branchPattern(p).test(branch))
            runs = true;
    }
    return runs;
}
/**
 * Does a workflow run on every push of `branch`, so that the commit a release tags has its run?
 * The required-checks gate waits for runs of the tagged commit: a workflow of pull requests only
 * (its runs are of the pull request's commits), one with path filters (it may not run at all), a
 * push of other branches or of tags only, a schedule or a dispatch never gives it one.
 */
function runsOnPushOf(on, branch) {
    const events = typeof on === 'string'
        ? { [on]: null }
        : Array.isArray(on)
            ? Object.fromEntries(on.map(e => [String(e), null]))
            : isRecord(on)
                ? on
                : {};
    if (!('push' in events))
        return false;
    const push = events.push;
    if (!isRecord(push))
        return true;
    if ('paths' in push || 'paths-ignore' in push)
        return false;
    return branchRuns(push, branch);
}
function workflowNames(root, files, skip, branch) {
    const out = [];
    for (const file of files) {
        if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) || skip.has(file))
            continue;
        const doc = readYamlOrJson(root, file);
        if (!isRecord(doc) || !runsOnPushOf(doc.on, branch))
            continue;
        const name = typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name.trim() : file;
        if (!out.includes(name))
            out.push(name);
    }
    return out;
}
/** The paths a COPY or ADD of a Dockerfile reads from its context (not --from=, not URLs). */
function copiedPaths(text) {
    const out = [];
    for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
        const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
        if (!m)
            continue;
        const rest = m[2];
        if (/--from[= ]/.test(rest))
            continue;
        let args;
        if (rest.trim().startsWith('[')) {
            try {
                args = JSON.parse(rest).map(String);
            }
            catch {
                continue;
            }
        }
        else
            args = rest.split(/\s+/).filter(a => a && !a.startsWith('--'));
        for (const source of args.slice(0, -1)) {
            const first = source.replace(/^\.\//, '').split('/')[0] ?? '';
            if (!first || first === '.' || /[*?[$]|:\/\//.test(source))
                continue;
            out.push(first);
        }
    }
    return out;
}
/**
 * The context a Dockerfile is written for: its own folder, unless what it copies is only at the
 * top of the repository (a Go layout's cmd/<name>/Dockerfile copying go.mod).
 */
function contextOf(root, dockerfile) {
    const dir = external_node_path_default().posix.dirname(dockerfile);
    if (dir === '.')
        return '.';
    const sources = copiedPaths(readText(root, dockerfile) ?? '');
    const inDir = sources.filter(s => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, dir, s)));
    const atTop = sources.filter(s => !inDir.includes(s) && (0,external_node_fs_.existsSync)(external_node_path_default().join(root, s)));
    return atTop.length > 0 && inDir.length === 0 ? '.' : dir;
}
function dockerfiles(root, files) {
    return (files
        .filter(f => (f === 'Dockerfile' || f.endsWith('/Dockerfile')) && !FOREIGN.test(`/${f}`))
        // The top's first (the default image of the demo and of on-main.yaml), then by path.
        .sort((a, b) => Number(b === 'Dockerfile') - Number(a === 'Dockerfile') || a.localeCompare(b))
        .map(dockerfile => ({ dockerfile, context: contextOf(root, dockerfile) })));
}
/** What init infers from the files of the repository at `root`. */
async function detectProject(root, options = {}) {
    const all = await (0,glob/* listFiles */.CS)(root);
    const files = all.filter(f => !FOREIGN.test(`/${f}`)).sort();
    const set = new Set(files);
    const charts = files
        .filter(f => /^charts\/[^/]+\/Chart\.yaml$/.test(f))
        .map(f => external_node_path_default().posix.dirname(f));
    return {
        tests: testCommands(root, set),
        licenseHeaders: await licenseHeaders(root, files, all),
        versions: versions(root, files, charts),
        workflows: workflowNames(root, files, new Set(options.skipWorkflows ?? []), options.branch ?? 'main'),
        dockerfiles: dockerfiles(root, files),
        charts,
    };
}

;// CONCATENATED MODULE: ./packages/init/starters.json
const starters_namespaceObject = /*#__PURE__*/JSON.parse('{"on-tag.yaml":"# Starter workflow: copy it to .github/workflows/ in your repository.\\n# A pushed release tag (v1.2.3, v1.3.0-rc.1) runs the whole release: version, quality gates,\\n# build, attestations, images and GitHub Release, and the demo deploy. Run it by hand to build an\\n# existing tag again: start it on that tag (Use workflow from → Tags), so the provenance names the\\n# tag; a run started on a branch is refused.\\nname: Release\\n\\non:\\n  push:\\n    # Release tags only: vMAJOR.MINOR.PATCH, with a pre-release or build suffix (not v1.2.3.4).\\n    tags: [\'v[0-9]+.[0-9]+.[0-9]+\', \'v[0-9]+.[0-9]+.[0-9]+-*\', \'v[0-9]+.[0-9]+.[0-9]+\\\\+*\']\\n  workflow_dispatch:\\n    inputs:\\n      tag:\\n        description: \'An existing release tag to build again (v1.2.3).\'\\n        required: true\\n        type: string\\n\\npermissions: {}\\n\\nconcurrency:\\n  group: release-${{ inputs.tag || github.ref_name }}\\n  cancel-in-progress: false\\n\\njobs:\\n  release:\\n    uses: release-actions/release-actions/.github/workflows/release.yml@v1\\n    # The union of what the release\'s jobs need; each job keeps only its own part.\\n    permissions:\\n      contents: write # the GitHub Release\\n      packages: write # images on GHCR\\n      id-token: write # Sigstore signing, Workload Identity Federation\\n      attestations: write # provenance and SBOM attestations\\n      actions: read # quality gates: required workflow runs\\n      checks: read # quality gates: required check runs\\n    with:\\n      tag: ${{ inputs.tag || github.ref_name }}\\n      images: ghcr.io/${{ github.repository }} # lower-cased for the registry; remove for no images\\n      # Several images built apart: a YAML list, each with its own dockerfile, context,\\n      # platforms, build-args and target.\\n      # images: |\\n      #   - name: ghcr.io/owner/api\\n      #     dockerfile: api/Dockerfile\\n      #   - name: ghcr.io/owner/cli\\n      #     context: cli\\n      #     platforms: linux/amd64\\n      # build-command: make dist        # binaries, once per binary-platforms entry\\n      # artifacts: dist/*               # name each platform\'s files apart (app_linux_amd64)\\n      # attest: false                   # private repositories on plans without attestations\\n      # deploy: true                    # the demo on Cloud Run, latest stable release only\\n      # deploy-image: us-docker.pkg.dev/my-project/ghcr/owner/app  # Artifact Registry proxying GHCR\\n      # cloud-run-region: us-west1\\n      # gcp-project-id: my-project\\n      # workload-identity-provider: projects/123456789/locations/global/workloadIdentityPools/github/providers/github\\n      # service-account: demo-deployer@my-project.iam.gserviceaccount.com\\n      # homebrew-tap: owner/homebrew-tap  # the formula, latest stable only (secret HOMEBREW_TAP_TOKEN)\\n    # secrets:\\n    #   HOMEBREW_TAP_TOKEN: ${{ secrets.HOMEBREW_TAP_TOKEN }}  # contents: write on the tap\\n    #   NOTIFY_WEBHOOK_URL: ${{ secrets.NOTIFY_WEBHOOK_URL }}  # one Slack message per release\\n","on-main.yaml":"# Starter workflow: copy it to .github/workflows/ in your repository.\\n# Every push to the default branch publishes an `edge` image, and the nightly schedule a\\n# `nightly-YYYY-MM-DD` one, each with its `sha-` tag; release tags come from on-tag.yaml.\\nname: Edge and nightly images\\n\\non:\\n  push:\\n    branches: [main]\\n  schedule:\\n    - cron: \'17 3 * * *\'\\n\\npermissions: {}\\n\\nconcurrency:\\n  group: edge-images-${{ github.ref }}\\n  cancel-in-progress: false\\n\\njobs:\\n  images:\\n    name: Edge image\\n    runs-on: ubuntu-24.04\\n    timeout-minutes: 60\\n    permissions:\\n      contents: read\\n      packages: write\\n    steps:\\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\\n        with:\\n          persist-credentials: false\\n      - name: Tags, labels and annotations\\n        id: meta\\n        uses: release-actions/release-actions/publish-tags-matrix@v1\\n        with:\\n          images: ghcr.io/${{ github.repository }}\\n      - uses: docker/setup-qemu-action@96fe6ef7f33517b61c61be40b68a1882f3264fb8 # v4.2.0\\n      - uses: docker/setup-buildx-action@37fe631027851001ddb9b187196cc803df7f5f0e # v4.3.0\\n      - uses: docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121 # v4.1.0\\n        with:\\n          registry: ghcr.io\\n          username: ${{ github.actor }}\\n          password: ${{ github.token }}\\n      - uses: docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a # v7.3.0\\n        with:\\n          context: .\\n          platforms: linux/amd64,linux/arm64\\n          push: true\\n          tags: ${{ steps.meta.outputs.tags }}\\n          labels: ${{ steps.meta.outputs.labels }}\\n          annotations: ${{ steps.meta.outputs.annotations }}\\n","supersede.yaml":"# Starter workflow: copy it to .github/workflows/ in your repository.\\n# When a published release turns out bad: run it by hand with the tag and the reason. It marks the\\n# release deprecated (banner and title), makes the release that supersedes it Latest, and moves\\n# the rolling image tags (latest, X, X.Y) back to the last good digest. Nothing is deleted; version\\n# tags never move. The first run is a dry run: read its plan, then run again with dry-run off.\\nname: Supersede a release\\n\\non:\\n  workflow_dispatch:\\n    inputs:\\n      tag:\\n        description: \'The bad release (v1.4.0).\'\\n        required: true\\n        type: string\\n      reason:\\n        description: \'Why, in a sentence users will read.\'\\n        required: true\\n        type: string\\n      superseded-by:\\n        description: \'The release to use instead (default: the highest good stable release).\'\\n        required: false\\n        type: string\\n      dry-run:\\n        description: \'Print the plan only.\'\\n        type: boolean\\n        default: true\\n\\npermissions: {}\\n\\njobs:\\n  supersede:\\n    uses: release-actions/release-actions/.github/workflows/supersede.yml@v1\\n    permissions:\\n      contents: write   # edit the release, move Latest\\n      packages: write   # move the image tags on GHCR\\n    with:\\n      tag: ${{ inputs.tag }}\\n      reason: ${{ inputs.reason }}\\n      superseded-by: ${{ inputs.superseded-by }}\\n      images: ghcr.io/${{ github.repository }}\\n      dry-run: ${{ inputs.dry-run }}\\n"}');
;// CONCATENATED MODULE: ./packages/init/render.ts
/**
 * The files `release-actions init` writes, rendered from the starters of workflows/ (embedded as
 * starters.json) by editing their lines, so that their comments stay: the suite's own `uses:`
 * pinned at the ref, the images, charts and registry of the plan set, and
 * .github/release-actions.yml with the gates it inferred, under a `# yaml-language-server:
 * $schema=` line that names the schema of the same ref.
 */


const SUITE = 'release-actions/release-actions';
/** The URL of the schema at `ref`, for the `$schema=` line. */
function schemaUrl(ref) {
    return `https://raw.githubusercontent.com/${SUITE}/${ref}/schema/release-actions.schema.json`;
}
/** A starter as init writes it: its "copy it" line says where it came from instead. */
function starter(name) {
    return replaceLine(starters_namespaceObject[name], /^# Starter workflow: copy it to \.github\/workflows\/ in your repository\.$/m, () => `# Written by release-actions init from the starter workflows/${name}; edit freely.`);
}
/** Replace the first line matching `re`; a starter without it is a bug of init (tests catch it). */
function replaceLine(text, re, by) {
    const m = re.exec(text);
    if (!m)
        throw new Error(`init: the starter has no line matching ${String(re)}`);
    return text.slice(0, m.index) + by(m) + text.slice(m.index + m[0].length);
}
/** Every `uses: release-actions/release-actions/...@ref` at `ref`. */
function pinSuite(text, ref) {
    return text.replace(/(uses:\s*release-actions\/release-actions\/[^@\s]+)@[^\s#]+/g, (_, uses) => `${uses}@${ref}`);
}
/** A scalar as YAML writes it in a flow context (quoted only when it must be). */
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
const REGISTRY_SECRETS = (indent) => `${indent}secrets:\n` +
    `${indent}  REGISTRY_USERNAME: \${{ secrets.REGISTRY_USERNAME }}\n` +
    `${indent}  REGISTRY_PASSWORD: \${{ secrets.REGISTRY_PASSWORD }}\n`;
function imagesValue(plan, indent) {
    const { images } = plan;
    if (images.length === 1) {
        const [image] = images;
        let out = `${indent}images: ${scalar(image.name)}\n`;
        if (image.context !== '.')
            out += `${indent}context: ${scalar(image.context)}\n`;
        if (image.dockerfile !== defaultDockerfile(image.context))
            out += `${indent}dockerfile: ${scalar(image.dockerfile)}\n`;
        return out;
    }
    const list = images
        .map(i => `${indent}  - name: ${scalar(i.name)}\n` +
        `${indent}    dockerfile: ${scalar(i.dockerfile)}\n` +
        `${indent}    context: ${scalar(i.context)}\n`)
        .join('');
    return `${indent}images: |\n${list}`;
}
function defaultDockerfile(context) {
    return context === '.' ? 'Dockerfile' : `${context}/Dockerfile`;
}
/** .github/workflows/release.yml: workflows/on-tag.yaml with the plan's values. */
function renderRelease(plan) {
    let text = pinSuite(starter('on-tag.yaml'), plan.ref);
    text = replaceLine(text, /^( +)images: .*\n/m, m => {
        const indent = m[1];
        let out = plan.images.length === 0
            ? `${indent}# images: ghcr.io/owner/app  # no Dockerfile found; set it to publish images\n`
            : imagesValue(plan, indent);
        if (plan.registry !== 'ghcr.io' && (plan.images.length > 0 || plan.project.charts.length > 0))
            out += `${indent}registry: ${scalar(plan.registry)}\n`;
        if (plan.project.charts.length > 0)
            out +=
                plan.project.charts.length === 1
                    ? `${indent}charts: ${scalar(plan.project.charts[0])}\n`
                    : `${indent}charts: |\n${plan.project.charts.map(c => `${indent}  ${c}\n`).join('')}`;
        return out;
    });
    // The commented example of the multi-image form, once the form is written out above it.
    if (plan.images.length > 1)
        text = text.replace(/^( +)# Several images built apart:.*\n(?:\1#(?: .*)?\n)*?(?=\1# build-command:)/m, '');
    if (plan.deploy)
        text = replaceLine(text, /^( +)# (deploy: true\b.*\n)/m, m => `${m[1]}${m[2]}`);
    if (plan.homebrewTap)
        text = replaceLine(text, /^( +)# homebrew-tap: \S+(.*\n)/m, m => `${m[1]}homebrew-tap: ${scalar(plan.homebrewTap)}${m[2]}`);
    const registry = plan.registry !== 'ghcr.io' && (plan.images.length > 0 || plan.project.charts.length > 0);
    if (registry || plan.homebrewTap || plan.notify) {
        text = replaceLine(text, /^( +)# secrets:\n/m, m => registry ? REGISTRY_SECRETS(m[1]) : `${m[1]}secrets:\n`);
        if (plan.homebrewTap)
            text = replaceLine(text, /^( +)# ( +HOMEBREW_TAP_TOKEN: .*\n)/m, m => `${m[1]}${m[2]}`);
        if (plan.notify)
            text = replaceLine(text, /^( +)# ( +NOTIFY_WEBHOOK_URL: .*\n)/m, m => `${m[1]}${m[2]}`);
    }
    return text;
}
/** .github/workflows/on-main.yaml: the edge and nightly image of the first image. */
function renderOnMain(plan) {
    let text = pinSuite(starter('on-main.yaml'), plan.ref);
    text = replaceLine(text, /^( +)branches: \[main\]\n/m, m => `${m[1]}branches: [${scalar(plan.branch)}]\n`);
    const image = plan.images[0];
    if (image) {
        text = replaceLine(text, /^( +)images: .*\n/m, m => `${m[1]}images: ${scalar(image.name)}\n`);
        text = replaceLine(text, /^( +)context: \.\n/m, m => {
            const indent = m[1];
            let out = `${indent}context: ${scalar(image.context)}\n`;
            if (image.dockerfile !== defaultDockerfile(image.context))
                out += `${indent}file: ${scalar(image.dockerfile)}\n`;
            return out;
        });
    }
    if (image && plan.registry !== 'ghcr.io') {
        text = replaceLine(text, /^( +)registry: ghcr\.io\n/m, m => `${m[1]}registry: ${scalar(plan.registry)}\n`);
        text = replaceLine(text, /^( +)username: .*\n\1password: .*\n/m, m => `${m[1]}username: \${{ secrets.REGISTRY_USERNAME }}\n${m[1]}password: \${{ secrets.REGISTRY_PASSWORD }}\n`);
    }
    return text;
}
/** .github/workflows/supersede.yaml: the rolling tags of every image move back. */
function renderSupersede(plan) {
    let text = pinSuite(starter('supersede.yaml'), plan.ref);
    text = replaceLine(text, /^( +)images: .*\n/m, m => {
        const indent = m[1];
        if (plan.images.length === 0)
            return `${indent}# images: ghcr.io/owner/app  # no Dockerfile found\n`;
        if (plan.images.length === 1)
            return `${indent}images: ${scalar(plan.images[0].name)}\n`;
        return `${indent}images: |\n${plan.images.map(i => `${indent}  ${i.name}\n`).join('')}`;
    });
    if (plan.registry !== 'ghcr.io' && plan.images.length > 0)
        text = `${text.replace(/\n*$/, '\n')}${REGISTRY_SECRETS('    ')}`;
    return text;
}
/** The gates of the config, as plain data. */
function configGates(project) {
    const gates = project.tests.map(t => ({ name: t.name, run: t.run }));
    const license = project.licenseHeaders;
    if (license)
        gates.push({
            uses: 'license-headers',
            with: {
                paths: license.paths,
                ...(license.exclude.length ? { exclude: license.exclude } : {}),
                header: license.header,
            },
        });
    if (project.versions.length > 0)
        gates.push({
            uses: 'version-alignment',
            with: {
                files: project.versions.map(v => ({
                    path: v.path,
                    key: v.key,
                    ...(v.prefix ? { prefix: v.prefix } : {}),
                })),
            },
        });
    if (project.workflows.length > 0)
        gates.push({
            uses: 'required-checks',
            with: { workflows: project.workflows, 'wait-minutes': 30 },
        });
    // Nothing inferred: the one gate every repository passes, so the release has a gate to run.
    if (gates.length === 0)
        gates.push({ uses: 'clean-tree' });
    return gates;
}
/** .github/release-actions.yml. */
function renderConfig(plan) {
    const gates = configGates(plan.project);
    const nothing = gates.length === 1 && gates[0]?.uses === 'clean-tree';
    const lines = [
        `# yaml-language-server: $schema=${schemaUrl(plan.ref)}`,
        '# The release gates (quality-gates): every one must pass before anything is published.',
        nothing
            ? '# release-actions init found no test command, SPDX headers, versions or CI workflows: add yours'
            : '# Written by release-actions init from what it found in the repository; edit freely.',
        ...(nothing ? ['#   - { name: unit tests, run: make test }'] : []),
        (0,dist/* stringify */.As)({ gates }, { lineWidth: 0 }).trimEnd(),
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/init/index.ts
/**
 * packages/init: `release-actions init`, adopting the suite in one command. It inspects the
 * repository (detect.ts), plans the files — .github/workflows/release.yml from the on-tag
 * starter, optionally the on-main and supersede starters, and .github/release-actions.yml with
 * the gates it inferred (render.ts) — and writes them: none when any exists already (unless
 * `force`), each atomically, nothing at all with `dryRun`. The plan also says what the user still
 * has to set (secrets, Cloud Run settings, repository settings).
 */










const RELEASE_WORKFLOW = '.github/workflows/release.yml';
const ON_MAIN_WORKFLOW = '.github/workflows/on-main.yaml';
const SUPERSEDE_WORKFLOW = '.github/workflows/supersede.yaml';
/** owner/repo of a remote URL (https, ssh or scp form), lower-cased; undefined for others. */
function repositoryOfRemote(url) {
    const web = (0,packages_git/* repoUrlFromRemote */._E)(url);
    return web?.split('/').slice(-2).join('/').toLowerCase();
}
/** The last part of an image name from a folder: cmd/api → api, lower case, registry-safe. */
function suffixOf(dir) {
    return dir
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}
/** One image per Dockerfile: <registry>/<owner>/<repo> at the top, -<folder> for the others. */
function imagesOf(dockerfiles, registry, repository) {
    const base = `${registry}/${repository ?? '${{ github.repository }}'}`;
    const names = dockerfiles.map(d => external_node_path_default().posix.basename(external_node_path_default().posix.dirname(d.dockerfile)));
    return dockerfiles.map((d, i) => {
        const dir = external_node_path_default().posix.dirname(d.dockerfile);
        if (dir === '.')
            return { name: base, ...d };
        // Two folders of the same name (a/api, b/api): the whole path tells them apart.
        const short = names.filter(n => n === names[i]).length > 1 ? dir.replace(/\//g, '-') : names[i];
        return { name: `${base}-${suffixOf(short ?? dir)}`, ...d };
    });
}
/** The files to write and what is left to the user; nothing is written. */
async function planInit(options) {
    const targets = [
        RELEASE_WORKFLOW,
        ...(options.onMain ? [ON_MAIN_WORKFLOW] : []),
        ...(options.supersede ? [SUPERSEDE_WORKFLOW] : []),
    ];
    const project = await detectProject(options.root, {
        skipWorkflows: targets,
        branch: options.branch,
    });
    const repository = options.repository?.toLowerCase() ?? repositoryOfRemote(options.originUrl);
    const images = imagesOf(project.dockerfiles, options.registry, repository);
    const plan = {
        ref: options.ref,
        repository,
        registry: options.registry,
        images,
        project,
        branch: options.branch,
        deploy: options.deploy,
        homebrewTap: options.homebrewTap,
        notify: options.notify,
    };
    const files = [{ path: RELEASE_WORKFLOW, content: renderRelease(plan) }];
    if (options.onMain)
        files.push({ path: ON_MAIN_WORKFLOW, content: renderOnMain(plan) });
    if (options.supersede)
        files.push({ path: SUPERSEDE_WORKFLOW, content: renderSupersede(plan) });
    const config = renderConfig(plan);
    // What init writes, the loader reads: a config it would refuse is a bug of init.
    (0,packages_config/* parseConfig */.o4)(config, packages_config/* CONFIG_FILE */.g2);
    files.push({ path: packages_config/* CONFIG_FILE */.g2, content: config });
    return { files, project, repository, images, todo: todo(options, plan) };
}
function todo(options, plan) {
    const out = [];
    const { project } = plan;
    const withImages = plan.images.length > 0 || project.charts.length > 0;
    if (!plan.repository && plan.images.length > 0)
        out.push('The repository is not known (no GitHub origin remote, no --repository): the image names use github.repository, lower-cased by the actions.');
    if (plan.images.length === 0)
        out.push(`No Dockerfile found: set images: in ${RELEASE_WORKFLOW} to publish images.`);
    if (withImages && plan.registry !== 'ghcr.io')
        out.push(`Secrets REGISTRY_USERNAME and REGISTRY_PASSWORD: a user and a token that can push to ${plan.registry}.`);
    if (options.homebrewTap) {
        out.push(`Secret HOMEBREW_TAP_TOKEN: a token with contents: write on ${options.homebrewTap}; and build-command: and artifacts: for the binaries the formula installs.`);
    }
    if (options.notify)
        out.push('Secret NOTIFY_WEBHOOK_URL: a Slack-compatible incoming webhook.');
    if (options.deploy)
        out.push(`Cloud Run: set cloud-run-region, gcp-project-id, workload-identity-provider and service-account in ${RELEASE_WORKFLOW} (and deploy-image: an Artifact Registry repository that proxies a private GHCR image).`);
    if (project.tests.length === 0)
        out.push(`No test command found: add your tests as a gate in ${packages_config/* CONFIG_FILE */.g2}.`);
    if (project.licenseHeaders && project.licenseHeaders.missing > 0)
        out.push(`${project.licenseHeaders.missing} source file(s) lack "${project.licenseHeaders.header}": the license-headers gate fails until they carry it (release-actions gates lists them).`);
    if (project.versions.length > 0)
        out.push(`version-alignment checks that ${project.versions.map(v => `${v.path} ${v.key}`).join(' and ')} ${project.versions.length === 1 ? 'states' : 'state'} the version released (today ${[...new Set(project.versions.map(v => v.value))].join(', ')}): set it in a commit before the tag (a release candidate's may state the stable version it is for).`);
    if (project.workflows.length > 0)
        out.push(`required-checks waits for ${project.workflows.join(', ')} on the tagged commit: make sure they run on it.`);
    if (options.onMain && plan.images.length === 0)
        out.push(`${ON_MAIN_WORKFLOW} builds ./Dockerfile as ghcr.io/<owner>/<repo>: add the Dockerfile, or leave the workflow out.`);
    if (options.onMain && plan.images.length > 1)
        out.push(`${ON_MAIN_WORKFLOW} builds ${plan.images[0]?.name} only: copy its job for the others.`);
    out.push('Private repositories: artifact attestations need GitHub Enterprise Cloud; set attest: false otherwise.');
    return out;
}
/**
 * Write the planned files under `root`: refused, with nothing written, when any of them exists
 * and `force` is not set.
 */
function writeInit(root, files, force) {
    if (!force) {
        const existing = files.filter(f => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f.path))).map(f => f.path);
        if (existing.length > 0)
            throw new errors/* PreconditionError */.Rb(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (--force overwrites)`);
    }
    for (const file of files) {
        const full = external_node_path_default().join(root, file.path);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(full), { recursive: true });
        (0,packages_files/* writeFileAtomic */.Zf)(full, file.content);
    }
}

// EXTERNAL MODULE: ./packages/pins/index.ts
var pins = __webpack_require__(2507);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./cli/args.ts
var args = __webpack_require__(2586);
;// CONCATENATED MODULE: ./cli/commands/init.ts
/**
 * `release-actions init`: adopt the suite in one command. Writes .github/workflows/release.yml
 * (the on-tag starter), with --on-main and --supersede those starters too, and
 * .github/release-actions.yml with the gates it can infer, each calling the suite at --ref
 * (default: v + this CLI's version); prints what it wrote and what is left to set. An existing
 * file is never overwritten without --force (nothing is written then); --dry-run prints the files.
 */







/** The ref init pins by default: the tag of the release this CLI is. */
const DEFAULT_REF = `v${package_0/* version */.rE}`;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/;
const OWNER_REPO_FLAGS = ['repository', 'homebrew-tap'];
function init_text(values, flag) {
    const value = values[flag];
    return typeof value === 'string' ? value : undefined;
}
async function init({ values }, _logger) {
    const ref = init_text(values, 'ref') ?? DEFAULT_REF;
    const refProblem = (0,pins/* pinTagProblem */.Xq)(ref);
    if (refProblem)
        throw new args/* UsageError */.eb(`--ref: ${refProblem}`);
    for (const flag of OWNER_REPO_FLAGS) {
        const value = init_text(values, flag);
        if (value !== undefined && !REPOSITORY.test(value))
            throw new args/* UsageError */.eb(`--${flag}: expected owner/repo, got ${(0,errors/* showValue */.vp)(value)}`);
    }
    const registry = init_text(values, 'registry') ?? 'ghcr.io';
    if (!REGISTRY.test(registry))
        throw new args/* UsageError */.eb(`--registry: expected a registry host such as ghcr.io or localhost:5000, got ${(0,errors/* showValue */.vp)(registry)}`);
    const dir = external_node_path_default().resolve(init_text(values, 'path') ?? '.');
    const git = new packages_git/* Git */.TU(dir);
    const inRepo = await git.isRepository();
    const root = inRepo ? await git.topLevel() : dir;
    const result = await planInit({
        root,
        ref,
        repository: init_text(values, 'repository'),
        originUrl: inRepo ? await git.remoteUrl('origin') : undefined,
        registry,
        onMain: values['on-main'] === true,
        supersede: values.supersede === true,
        deploy: values.deploy === true,
        homebrewTap: init_text(values, 'homebrew-tap'),
        notify: values.notify === true,
        branch: (inRepo ? await git.currentBranch() : undefined) ?? 'main',
    });
    const out = [];
    if (values['dry-run'] === true) {
        for (const file of result.files)
            out.push(`--- ${file.path}`, file.content);
        out.push('Dry run: nothing was written.');
    }
    else {
        writeInit(root, result.files, values.force === true);
        for (const file of result.files)
            out.push(`wrote ${file.path}`);
    }
    out.push('', `The release calls release-actions/release-actions at ${ref}.`, 'Still to set:', ...result.todo.map(t => `  - ${t}`), '', 'Then commit the files and push a release tag (release-actions bump minor).');
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
}


/***/ })

};
