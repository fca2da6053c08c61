export const id = 3374;
export const ids = [3374];
export const modules = {

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e9: () => (/* reexport */ DEFAULT_COMMIT_RULES),
  uz: () => (/* reexport */ DEPENDENCY_DISPLAYS),
  f_: () => (/* reexport */ DEPENDENCY_RELEASES),
  vA: () => (/* reexport */ analyzeCommits),
  zU: () => (/* reexport */ classifyCommits)
});

// UNUSED EXPORTS: DEFAULT_HIDDEN_TYPES, RELEASE_COMMIT_PATTERNS, dependencyName, isDependencyUpdate, isReleaseCommit, isSkipped, parseCommitMessage, releaseLevel

;// CONCATENATED MODULE: ./packages/conventional/housekeeping.ts
const VERSION = String.raw `v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9a-z.-]+)?(\+[0-9a-z.-]+)?`;
/** A package name before its version: `pkg@1.2.3`, `pkg-v1.2.3`, `pkg/v1.2.3`, `@scope/pkg@1.2.3`. */
const PACKAGE = String.raw `@?[0-9a-z_./-]*[0-9a-z_]`;
/** A squash merge's `(#123)` and CI skip markers (`[skip ci]`) after the message. */
const TAIL = String.raw `( \(#[0-9]+\)| \[[a-z -]+\])*$`;
const TYPE = String.raw `(chore|build|release|ci|docs)(\([^()]*\))?!?: ?`;
const CHORE = String.raw `chore(\([^()]*\))?: `;
const VERB = String.raw `(release|releasing|released|publish|published|prepare|prepare for|prepare release|prepare for release|bump version to|bump version|bump to|set version to|version|cut|tag)`;
/**
 * Headers of release commits (case-insensitive). Each names a version, or is a release tool's
 * fixed message.
 */
const RELEASE_COMMIT_PATTERNS = [
    // v1.2.3 (lerna, fixed mode), 1.2.3 (npm version), chore(release): 1.2.3 [skip ci]
    // (semantic-release, standard-version), chore(release): v1.2.3 (this suite), pkg@1.2.3
    String.raw `^(${TYPE})?(${PACKAGE}(@|-|/))?${VERSION}${TAIL}`,
    // chore(main): release 1.2.3 / release pkg 1.2.3 (release-please), Release v1.2.3 (release-it),
    // chore(release): publish v1.2.3 (lerna --message), chore: Release crate version 1.2.3
    // (cargo-release), build: release v1.2.3, chore: bump version to 1.2.3
    String.raw `^(${TYPE})?${VERB}( ${PACKAGE})?( version)?:? (${PACKAGE}(@|-|/))?${VERSION}${TAIL}`,
    // chore(release): publish, Publish (lerna), chore: Release (cargo-release)
    String.raw `^(${CHORE})?publish${TAIL}`,
    String.raw `^${CHORE}release( (main|master))?${TAIL}`,
    // Version Packages (changesets), chore: version packages
    String.raw `^(${CHORE})?version packages( \([0-9a-z_-]+\))?${TAIL}`,
    // docs: Update changelog, chore: update CHANGELOG for v1.2.3
    String.raw `^(chore|docs)(\([^()]*\))?: (update|updated|regenerate|generate) (the )?changelog( (for|to) (${PACKAGE}(@|-|/| ))?${VERSION})?${TAIL}`,
    // chore: bump version, Bump version: 1.2.3 → 1.2.4 (bump2version)
    String.raw `^(${CHORE})?bump version${TAIL}`,
    String.raw `^(${TYPE})?bump version:? ${VERSION} (→|->) ${VERSION}${TAIL}`,
    // bump: version 4.16.5 → 4.17.0 (commitizen)
    String.raw `^bump(\([^()]*\))?: version ${VERSION} (→|->) ${VERSION}${TAIL}`,
    // [maven-release-plugin] prepare release v1.2.3, (cargo-release) version 1.2.3
    String.raw `^\[maven-release-plugin\] `,
    String.raw `^\(cargo-release\) `,
];
const RELEASE_COMMIT_RES = RELEASE_COMMIT_PATTERNS.map(p => new RegExp(p, 'i'));
/** Is this header a release tool's release commit? */
function isReleaseCommit(header) {
    const h = header.trim();
    return RELEASE_COMMIT_RES.some(re => re.test(h));
}
const DEPENDENCY_SCOPE = /^(deps|deps-dev|dev-deps|dependencies|dependency|dev-dependencies|devdeps|deps-prod)$/i;
/** Types under which the bots write updates (Dependabot's prefixes, Renovate's semantic commits). */
const DEPENDENCY_TYPES = new Set(['chore', 'build', 'fix', 'ci', 'deps', 'dep', 'dependencies']);
/** Subjects the bots write (their default messages, with or without a conventional prefix). */
const DEPENDENCY_SUBJECTS = [
    /^bump (\S+) from \S+ to \S+/i, // Dependabot: Bump lodash from 4.17.20 to 4.17.21
    /^bump (\S+) and \S+/i, // Dependabot: Bump a and b
    /^bump the (\S+) group\b/i, // Dependabot groups
    /^(?:update|pin) dependency (\S+) to /i, // Renovate: Update dependency react to v18
    /^(?:update|pin) (?:module|rust crate|helm release|pre-commit hook|terraform) (\S+) to /i,
    /^update (\S+) (?:action|actions|docker tag|docker digest|digest|orb|image) to /i,
    /^update all (?:non-major )?dependencies\b/i,
    /^pin dependencies\b/i,
    /^lock file maintenance\b/i,
];
/** Dependabot's commit body lists what it updated. */
const DEPENDABOT_BODY = /^updated-dependencies:\s*$/m;
/** Is this commit a dependency update by Dependabot or Renovate (or written in their form)? */
function isDependencyUpdate(c) {
    if (c.conventional) {
        if (c.type === 'feat' || c.type === 'perf' || c.type === 'revert')
            return false;
        if (c.type === 'deps' || c.type === 'dep' || c.type === 'dependencies')
            return true;
        if (c.scope !== undefined && DEPENDENCY_SCOPE.test(c.scope))
            return true;
        if (!DEPENDENCY_TYPES.has(c.type))
            return false;
    }
    if (c.revert)
        return false;
    return DEPENDENCY_SUBJECTS.some(re => re.test(c.subject)) || DEPENDABOT_BODY.test(c.body);
}
/** The dependency a bot's subject names (`lodash` in `Bump lodash from 1 to 2`), if it names one. */
function dependencyName(subject) {
    for (const re of DEPENDENCY_SUBJECTS) {
        const m = re.exec(subject);
        if (m?.[1])
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/conventional/parse.ts
/**
 * Conventional Commits 1.0.0 parsing: https://www.conventionalcommits.org/en/v1.0.0/
 * `<type>[(scope)][!]: <description>`, an optional body, and footers (`Token: value`,
 * `Token #value`, `BREAKING CHANGE: value`). A footer's value runs until the next footer token
 * (spec rule 10), so a `BREAKING CHANGE:` footer keeps its paragraphs and bullet lists: the
 * whole migration note. Reverts (`Revert "<header>"` with `This reverts commit <sha>.`, or the
 * `revert:` type) name the commits they revert.
 */
const HEADER_RE = /^([A-Za-z][A-Za-z0-9-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
/** A footer line: `Token: value` or `Token #value` at the start of the line (git trailers). */
const FOOTER_RE = /^([A-Za-z][\w-]*)(?:: | #)(.*)$/;
/**
 * A breaking-change footer: uppercase (spec rule 15), at the start of a line, or after `* ` as
 * squash-merge messages list their commits (conventional-commits-parser does the same).
 */
const BREAKING_RE = /^(?:\* +)?(BREAKING[ -]CHANGE):[ \t]*(.*)$/;
const REVERT_HEADER_RE = /^(?:Revert|Reapply) "(.*)"(?: \(#\d+\))?$/;
const REVERTS_SHA_RE = /This reverts commit ([0-9a-f]{7,40})\b/gi;
const SHA_RE = /^[0-9a-f]{7,40}$/i;
/** Drop blank lines at both ends; keep the ones inside. */
function trimBlankLines(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && (lines[start] ?? '').trim() === '')
        start++;
    while (end > start && (lines[end - 1] ?? '').trim() === '')
        end--;
    return lines
        .slice(start, end)
        .map(l => l.replace(/\s+$/, ''))
        .join('\n');
}
/**
 * Where the footers begin: at the first breaking-change footer, or else at the trailing
 * paragraphs that each begin with a footer token (so a body paragraph that merely mentions
 * `Closes #1` mid-text stays body).
 */
function footerStart(lines) {
    const breakingAt = lines.findIndex(l => BREAKING_RE.test(l));
    let start = lines.length;
    let i = lines.length;
    for (;;) {
        while (i > 0 && (lines[i - 1] ?? '').trim() === '')
            i--;
        if (i === 0)
            break;
        let first = i - 1;
        while (first > 0 && (lines[first - 1] ?? '').trim() !== '')
            first--;
        if (!FOOTER_RE.test(lines[first] ?? '') && !BREAKING_RE.test(lines[first] ?? ''))
            break;
        start = first;
        i = first;
    }
    return breakingAt === -1 ? start : Math.min(start, breakingAt);
}
function parseFooters(lines) {
    const footers = [];
    for (const line of lines) {
        const b = BREAKING_RE.exec(line);
        const m = b ? undefined : FOOTER_RE.exec(line);
        if (b)
            footers.push({ token: b[1] ?? '', lines: [b[2] ?? ''] });
        else if (m)
            footers.push({ token: m[1] ?? '', lines: [m[2] ?? ''] });
        else
            footers[footers.length - 1]?.lines.push(line);
    }
    return footers.map(f => ({ token: f.token, value: trimBlankLines(f.lines) }));
}
const BREAKING_TOKEN = /^BREAKING[ -]CHANGE$/;
function parseRevert(header, type, subject, message, footers) {
    const quoted = REVERT_HEADER_RE.exec(header);
    if (!quoted && type !== 'revert')
        return undefined;
    const shas = [...message.matchAll(REVERTS_SHA_RE)].map(m => (m[1] ?? '').toLowerCase());
    if (!quoted) {
        // The specification's suggestion for the revert type: `Refs: 676104e, a215868`.
        for (const f of footers) {
            if (f.token.toLowerCase() !== 'refs')
                continue;
            for (const word of f.value.split(/[\s,]+/))
                if (SHA_RE.test(word))
                    shas.push(word.toLowerCase());
        }
    }
    return { header: quoted ? (quoted[1] ?? '') : subject, shas: [...new Set(shas)] };
}
function parseCommitMessage(message) {
    const all = message.replace(/\r\n?/g, '\n').split('\n');
    let first = 0;
    while (first < all.length && (all[first] ?? '').trim() === '')
        first++;
    const header = (all[first] ?? '').trim();
    const rest = all.slice(first + 1);
    const at = footerStart(rest);
    const body = trimBlankLines(rest.slice(0, at));
    const footer = trimBlankLines(rest.slice(at));
    const footers = parseFooters(rest.slice(at));
    const breakingFooters = footers.filter(f => BREAKING_TOKEN.test(f.token));
    const breakingNotes = breakingFooters.map(f => f.value).filter(v => v !== '');
    const m = HEADER_RE.exec(header);
    const bang = m?.[3] === '!';
    const type = (m?.[1] ?? '').toLowerCase();
    const subject = m ? (m[4] ?? '').trim() : header;
    const breaking = bang || breakingFooters.length > 0;
    if (breaking && breakingNotes.length === 0)
        breakingNotes.push(subject);
    const scope = m?.[2]?.trim();
    return {
        type,
        scope: scope === '' ? undefined : scope,
        subject,
        body,
        footer,
        footers,
        breaking,
        breakingNotes,
        conventional: m !== null,
        header,
        revert: parseRevert(header, type, subject, message, footers),
    };
}

;// CONCATENATED MODULE: ./packages/conventional/rules.ts
/**
 * Which commits of a range are changes, and what release they call for. compute-version (the
 * bump) and generate-changelog (what a section lists) both decide through `classifyCommits`, so a
 * range whose commits are all housekeeping is "nothing to release" for one and "nothing to list"
 * for the other.
 *
 * Housekeeping: release commits of release tools and the configured `skip` patterns, empty
 * messages, commits of hidden types (`chore`, `ci`, `test`, `style`, `build` by default), and
 * dependency updates unless configured to count. A breaking change is never housekeeping, whatever
 * its type. A revert cancels the commit it reverts when both are in the range (neither is listed,
 * neither bumps), as conventional-commits-filter does for conventional-recommended-bump and
 * semantic-release's commit-analyzer; a revert of a commit outside the range is a change that
 * bumps PATCH (commit-analyzer's default rule `{revert: true, release: 'patch'}`).
 */


/** How dependency updates appear in a section. */
const DEPENDENCY_DISPLAYS = ['collapsed', 'listed', 'hidden'];
/** Which dependency updates make a release (PATCH). */
const DEPENDENCY_RELEASES = ['fix', 'all', 'none'];
const DEFAULT_HIDDEN_TYPES = ['chore', 'ci', 'test', 'style', 'build'];
const DEFAULT_COMMIT_RULES = {
    releaseCommits: true,
    skip: [],
    hide: DEFAULT_HIDDEN_TYPES,
    dependencies: { show: 'collapsed', release: 'fix' },
};
/** Is this header housekeeping by shape (a release commit, a skip pattern, an empty message)? */
function isSkipped(header, rules) {
    const h = header.trim();
    return (h === '' || (rules.releaseCommits && isReleaseCommit(h)) || rules.skip.some(re => re.test(h)));
}
/** The commits of the range that reverted commits cancel (both sides), by position. */
function cancelledReverts(commits) {
    const cancelled = new Set();
    /** Reverts seen so far (newer commits), with the targets not found yet. */
    const pending = [];
    commits.forEach(({ sha, commit }, at) => {
        const s = sha.toLowerCase();
        let matched = false;
        for (const p of pending) {
            for (const t of p.targets) {
                if (!s.startsWith(t))
                    continue;
                p.targets.delete(t);
                matched = true;
                if (p.targets.size === 0)
                    cancelled.add(p.at);
            }
        }
        if (matched) {
            cancelled.add(at);
            return;
        }
        if (commit.revert && commit.revert.shas.length > 0) {
            pending.push({ at, targets: new Set(commit.revert.shas) });
        }
    });
    return cancelled;
}
function levelOf(c, dependency, rules) {
    if (c.breaking)
        return 'major';
    if (dependency) {
        const { release } = rules.dependencies;
        return release === 'all' || (release === 'fix' && c.type === 'fix') ? 'patch' : undefined;
    }
    if (rules.hide.includes(c.revert ? 'revert' : c.type))
        return undefined;
    return c.type === 'feat' ? 'minor' : 'patch';
}
/**
 * Classify the commits of one range, given newest first (as `git log` lists them). The result is
 * in the same order.
 */
function classifyCommits(newestFirst, rules = DEFAULT_COMMIT_RULES) {
    const parsed = newestFirst.map(input => ({
        input,
        sha: input.sha,
        commit: parseCommitMessage(input.message),
    }));
    const cancelled = cancelledReverts(parsed);
    return parsed.map(({ input, commit }, at) => {
        const none = { input, commit, dependency: false, level: undefined };
        if (cancelled.has(at))
            return { ...none, kind: 'reverted' };
        if (isSkipped(commit.header, rules))
            return { ...none, kind: 'skipped' };
        const dependency = !commit.breaking && isDependencyUpdate(commit);
        const level = levelOf(commit, dependency, rules);
        let kind;
        if (commit.breaking)
            kind = 'change';
        else if (dependency) {
            const { show } = rules.dependencies;
            kind = show === 'collapsed' ? 'dependency' : show === 'listed' ? 'change' : 'hidden';
        }
        else
            kind = rules.hide.includes(commit.revert ? 'revert' : commit.type) ? 'hidden' : 'change';
        return { input, commit, kind, dependency, level };
    });
}
const ORDER = { patch: 1, minor: 2, major: 3 };
/** The release a range calls for: the highest of its commits' levels; undefined for none. */
function releaseLevel(commits) {
    let level;
    for (const c of commits) {
        if (c.level && (!level || ORDER[c.level] > ORDER[level]))
            level = c.level;
        if (level === 'major')
            break;
    }
    return level;
}
/** What release the commits of a range (newest first) call for, and why. */
function analyzeCommits(newestFirst, rules = DEFAULT_COMMIT_RULES) {
    const classified = classifyCommits(newestFirst, rules);
    const counts = { total: classified.length, breaking: 0, features: 0, other: 0 };
    const housekeeping = { skipped: 0, hidden: 0, dependencies: 0, reverted: 0 };
    for (const c of classified) {
        if (c.level === 'major')
            counts.breaking++;
        else if (c.level === 'minor')
            counts.features++;
        else if (c.level === 'patch')
            counts.other++;
        else if (c.kind === 'skipped')
            housekeeping.skipped++;
        else if (c.kind === 'reverted')
            housekeeping.reverted++;
        else if (c.kind === 'hidden' && !c.dependency)
            housekeeping.hidden++;
        else
            housekeeping.dependencies++;
    }
    return { level: releaseLevel(classified), counts, housekeeping };
}

;// CONCATENATED MODULE: ./packages/conventional/index.ts
/**
 * Conventional Commits: parsing (parse.ts), the shapes of release commits and dependency updates
 * (housekeeping.ts), and which commits of a range are changes and what release they call for
 * (rules.ts), shared by compute-version and generate-changelog.
 */





/***/ }),

/***/ 3374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zu: () => (/* reexport */ BUMP_KINDS),
  L9: () => (/* reexport */ DEFAULT_COMPUTE_OPTIONS),
  Qx: () => (/* reexport */ LINES),
  s$: () => (/* reexport */ LineMaxima),
  eb: () => (/* reexport */ Reachability),
  sN: () => (/* reexport */ aliasName),
  hq: () => (/* reexport */ branchNameProblem),
  Zy: () => (/* reexport */ semver/* compareVersions */.Zy),
  E2: () => (/* reexport */ computeVersion),
  Gk: () => (/* reexport */ decisionText),
  qh: () => (/* reexport */ semver/* formatVersion */.qh),
  V1: () => (/* reexport */ semver/* isPrerelease */.V1),
  Ke: () => (/* reexport */ lineMaxima),
  n4: () => (/* reexport */ packageFolder),
  nS: () => (/* reexport */ parseRefInput),
  rE: () => (/* reexport */ parseReleaseTag),
  ot: () => (/* reexport */ semver/* parseVersion */.ot),
  ZJ: () => (/* reexport */ readTagPrefix),
  dt: () => (/* reexport */ releaseTags),
  f0: () => (/* reexport */ requireReleaseTag),
  Xd: () => (/* reexport */ requireStableVersion),
  eU: () => (/* reexport */ requireVersion),
  ie: () => (/* reexport */ semver/* sameCore */.ie),
  eQ: () => (/* reexport */ splitReleaseTag),
  wZ: () => (/* reexport */ tagName),
  cV: () => (/* reexport */ unsafeRefReason),
  Rk: () => (/* reexport */ validateTagPrefix),
  K1: () => (/* reexport */ semver/* version */.rE),
  bq: () => (/* reexport */ withPrerelease)
});

// UNUSED EXPORTS: DEFAULT_TAG_PREFIX, MAX_TAG_LENGTH, SEMVER_PATTERN, bumpVersion, candidateCounter, candidateForm, coreOf, expectedTagForm, inLine, isOpenCandidate, lineConflict, planCandidate, prereleaseCounter, releaseTagProblem, stepPastConflicts

// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/versioning/tags.ts



/** Longest tag we accept (Docker's tag limit; also keeps refs and log lines sane). */
const MAX_TAG_LENGTH = 128;
const SHELL_META = /[$`;|&<>(){}[\]'"\\*?!~^:#%=,]/;
/**
 * Why a string is unsafe to use as a ref name anywhere, or undefined if it is safe.
 * This is a security filter, stricter than `git check-ref-format`, which accepts `v1$(id)` and
 * `--upload-pack=...`.
 */
function unsafeRefReason(name) {
    if (name === '')
        return 'is empty';
    if (name.length > MAX_TAG_LENGTH) {
        return `is ${name.length} characters long; the limit is ${MAX_TAG_LENGTH}`;
    }
    for (const ch of name) {
        const code = ch.codePointAt(0) ?? 0;
        if (code > 0x7e) {
            return `contains the non-ASCII character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        if (code < 0x20 || code === 0x7f)
            return 'contains a control character';
        if (ch === ' ')
            return 'contains whitespace';
    }
    const meta = SHELL_META.exec(name);
    if (meta)
        return `contains the character '${meta[0]}', which is not allowed in a ref name`;
    if (name.startsWith('-'))
        return "starts with '-'";
    if (name.includes('..'))
        return "contains '..'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return 'has an empty path component';
    }
    if (name.startsWith('.') || name.endsWith('.') || name.endsWith('.lock') || name.includes('/.')) {
        return "has a component that starts or ends with '.'";
    }
    if (name.includes('@{') || name === '@')
        return "contains '@{'";
    return undefined;
}
/** The prefix of release tags when tag-prefix is not given. */
const DEFAULT_TAG_PREFIX = 'v';
const PREFIX_EXAMPLES = "v, '' (none), api/v, pkg-v, pkg@ or @scope/pkg@";
/** Why `prefix` cannot be a tag prefix, or undefined. Empty is valid: unprefixed tags (1.2.3). */
function tagPrefixProblem(prefix) {
    if (prefix === '')
        return undefined;
    if (prefix.length > 64)
        return 'expected a tag prefix of at most 64 characters';
    // Letters, digits and . _ - / @: the monorepo forms pkg@ (changesets), @scope/pkg@ (lerna),
    // pkg-v and pkg/v. A prefix followed by a version must make a safe tag name.
    if (!/^@?[A-Za-z0-9_][A-Za-z0-9._/@-]*$/.test(prefix) ||
        unsafeRefReason(`${prefix}0.0.0`) !== undefined)
        return `expected a tag prefix of ASCII letters, digits, '.', '_', '-', '/' or '@' (such as ${PREFIX_EXAMPLES}), got ${(0,errors/* showValue */.vp)(prefix)}`;
    return undefined;
}
/** The tag prefix itself must be plain ASCII: letters, digits, `.`, `_`, `-`, `/`, `@`. */
function validateTagPrefix(input, prefix) {
    const problem = tagPrefixProblem(prefix);
    if (problem)
        throw new errors/* InputError */.dz(input, problem);
    return prefix;
}
/**
 * The tag-prefix input of any action or command, read once for all of them: not given is `v`,
 * set to the empty string is no prefix (DESIGN.md: an input set to '' is that value where empty
 * is valid).
 */
function readTagPrefix(inputs, input = 'tag-prefix') {
    return validateTagPrefix(input, inputs.text(input, DEFAULT_TAG_PREFIX));
}
/**
 * A release tag whose prefix is not known (superseded-release, quality-gates): the prefix is the
 * shortest one after which the rest is a strict SemVer version (`v10.2.3` is `v` + 10.2.3,
 * `pkg2-v1.0.0` is `pkg2-v` + 1.0.0, `@scope/pkg@1.2.3` is `@scope/pkg@` + 1.2.3). A prefix that
 * ends in a digit or '.' is never inferred (in `v21.0.0` the prefix is `v`, not `v2`).
 */
function splitReleaseTag(name) {
    if (unsafeRefReason(name) !== undefined)
        return undefined;
    for (let i = 0; i < name.length; i++) {
        const prefix = name.slice(0, i);
        if (!/^\d/.test(name.slice(i)) || /[\d.]$/.test(prefix))
            continue;
        const v = (0,semver/* parseVersion */.ot)(name.slice(i));
        if (v)
            return tagPrefixProblem(prefix) === undefined ? { prefix, version: v } : undefined;
    }
    return undefined;
}
function expectedTagForm(prefix) {
    return `${prefix}MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] (SemVer 2.0.0, no leading zeros)`;
}
/**
 * Why `name` is not a release tag for `prefix`, or undefined if it is one. Checks the
 * ref-safety rules first, then strict SemVer after the prefix.
 */
function releaseTagProblem(name, prefix) {
    const unsafe = unsafeRefReason(name);
    if (unsafe)
        return unsafe;
    if (!name.startsWith(prefix))
        return `does not start with the tag prefix '${prefix}'`;
    const rest = name.slice(prefix.length);
    if ((0,semver/* parseVersion */.ot)(rest))
        return undefined;
    if (/(^|[.-])0\d/.test(rest.split('+')[0] ?? ''))
        return 'has a number with a leading zero';
    return 'is not a SemVer 2.0.0 version';
}
/** Parse a release tag, or return undefined. Use for tags read from a repository. */
function parseReleaseTag(name, prefix) {
    if (releaseTagProblem(name, prefix) !== undefined)
        return undefined;
    return (0,semver/* parseVersion */.ot)(name.slice(prefix.length));
}
/** The release tags of `prefix` among a repository's tags (the others are left out). */
function releaseTags(refs, prefix) {
    const out = [];
    for (const ref of refs) {
        const v = parseReleaseTag(ref.name, prefix);
        if (v)
            out.push({ ...ref, version: v });
    }
    return out;
}
/** Parse a release tag given as an input, or throw an InputError that names the input. */
function requireReleaseTag(input, name, prefix) {
    const problem = releaseTagProblem(name, prefix);
    const parsed = problem === undefined ? (0,semver/* parseVersion */.ot)(name.slice(prefix.length)) : undefined;
    if (!parsed) {
        const other = problem?.startsWith('does not start') ? splitReleaseTag(name) : undefined;
        const hint = other
            ? ` (it is a release tag with ${other.prefix === '' ? 'no prefix' : `the prefix '${other.prefix}'`}: set tag-prefix: '${other.prefix}')`
            : '';
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(name)} ${problem ?? 'is not a release tag'}${hint}; expected ${expectedTagForm(prefix)}`);
    }
    return parsed;
}
function tagName(prefix, v) {
    return `${prefix}${(0,semver/* formatVersion */.qh)(v)}`;
}
/**
 * Why `name` is not a branch name git accepts (`git check-ref-format --branch`), or undefined.
 * Branch names are not release tags: `feature/#123`, `a=b` and `user/x+y` are fine, since a
 * branch name only ever reaches git as one element of an argument array. What git refuses is
 * refused here too, and a name that starts with '-' (git reads it as an option).
 */
function branchNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name === 'HEAD')
        return 'is HEAD, which git does not accept as a branch name';
    if (name.startsWith('-'))
        return "starts with '-'";
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    const bad = /[ ~^:?*[\\]/.exec(name);
    if (bad)
        return bad[0] === ' '
            ? 'contains whitespace'
            : `contains '${bad[0]}', which git does not allow in a branch name`;
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    for (const component of name.split('/')) {
        if (component === '')
            return 'has an empty path component';
        if (component.startsWith('.') || component.endsWith('.lock'))
            return "has a component that starts with '.' or ends with '.lock'";
    }
    if (name.endsWith('.'))
        return "ends with '.'";
    return undefined;
}
/**
 * Classify a Git ref input (`refs/tags/…`, `refs/heads/…`, `refs/pull/N/merge`). A tag ref must be
 * a release tag; a branch ref any branch name git accepts. `refs/tags/` is stripped exactly once.
 * A bare release tag name (`v1.2.3`) is read as that tag.
 */
function parseRefInput(input, ref, prefix) {
    const expected = `expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`;
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        return { kind: 'tag', name, version: requireReleaseTag(input, name, prefix) };
    }
    if (ref.startsWith('refs/heads/')) {
        const name = ref.slice('refs/heads/'.length);
        const problem = branchNameProblem(name);
        if (problem)
            throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(ref)}: the branch name ${problem}; expected refs/heads/<a branch name git accepts>`);
        return { kind: 'branch', name };
    }
    if (/^refs\/pull\/\d+\/(merge|head)$/.test(ref))
        return { kind: 'pull', name: ref };
    const unsafe = unsafeRefReason(ref);
    if (unsafe)
        throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(ref)} ${unsafe}; ${expected}`);
    const bare = parseReleaseTag(ref, prefix);
    if (bare)
        return { kind: 'tag', name: ref, version: bare };
    throw new errors/* InputError */.dz(input, `${(0,errors/* showValue */.vp)(ref)} is not a full ref; ${expected}`);
}
/** A version given as an input, with or without the tag prefix (1.2.3, v1.2.3-rc.1). */
/**
 * A stable release version (1.2.3, no pre-release) of an input, for what follows stable releases
 * only (`why` says what: "a formula follows stable releases only"); an InputError otherwise.
 */
function requireStableVersion(input, value, why) {
    const v = (0,semver/* parseVersion */.ot)(value);
    if (v === undefined)
        throw new errors/* InputError */.dz(input, `expected a version such as 1.2.3, got ${(0,errors/* showValue */.vp)(value)}`);
    if (v.prerelease.length > 0)
        throw new errors/* InputError */.dz(input, `expected a stable version such as 1.2.3 (${why}), got ${(0,errors/* showValue */.vp)(value)}`);
    return v;
}
function requireVersion(input, value, prefix) {
    const text = prefix !== '' && value.startsWith(prefix) ? value.slice(prefix.length) : value;
    // The tag limit (MAX_TAG_LENGTH), for the tag this version names: checked before parsing.
    const length = prefix.length + text.length;
    if (length > MAX_TAG_LENGTH)
        throw new errors/* InputError */.dz(input, `the tag it names is ${length} characters long; the limit is ${MAX_TAG_LENGTH} (${(0,errors/* showValue */.vp)(value)})`);
    const v = (0,semver/* parseVersion */.ot)(text);
    if (!v) {
        throw new errors/* InputError */.dz(input, `expected a strict SemVer version such as 1.2.3 or ${prefix}1.3.0-rc.1, got ${(0,errors/* showValue */.vp)(value)}`);
    }
    return v;
}

;// CONCATENATED MODULE: ./packages/versioning/lines.ts
/**
 * "Highest of its line": the one release policy that decides which release is the newest of its
 * line and so which rolling alias points at it (DESIGN.md, Versions and tags).
 *
 * A release belongs to three lines: its `X.Y` (minor), its `X` (major) and the line of all
 * releases (latest). A stable version is the highest of a line when no stable version of that
 * line is higher; a pre-release is never the highest of a line and never counts against one. A
 * rolling alias (`X.Y`, `X`, `latest`; an action repository's `vX`) only ever points at the
 * highest of its line, so a back-port (v1.9.1 after v2.0.0) takes `1.9` and `1`, never `2` or
 * `latest`.
 *
 * Every caller asks here: compute-version (`is-latest`, whether a described tag is the highest of
 * its line), publish-tags-matrix (which image aliases a build gets), github-release (Latest and the
 * major tag `vX`), superseded-release (the good release an alias rolls back to).
 */

/** Narrowest first: the order aliases are written in, `latest` last. */
const LINES = ['minor', 'major', 'latest'];
/** Does `v` belong to the `line` of `of`? */
function inLine(line, of, v) {
    switch (line) {
        case 'minor':
            return v.major === of.major && v.minor === of.minor;
        case 'major':
            return v.major === of.major;
        case 'latest':
            return true;
    }
}
/** The rolling alias of the `line` of `v`: `1.2`, `1` or `latest` (without any tag prefix). */
function aliasName(line, v) {
    switch (line) {
        case 'minor':
            return `${v.major}.${v.minor}`;
        case 'major':
            return String(v.major);
        case 'latest':
            return 'latest';
    }
}
function lineKey(line, v) {
    return line === 'latest' ? '' : aliasName(line, v);
}
/**
 * The highest stable release of every line among a set of releases, found in one pass: items are
 * versions, or anything that has one (a release tag, a GitHub release). Ask it many times (one
 * build, twenty images, five thousand versions): each answer is a map lookup.
 */
class LineMaxima {
    #items;
    #versionOf;
    #highest = new Map();
    constructor(items, versionOf) {
        this.#items = [...items];
        this.#versionOf = versionOf;
        for (const item of this.#items) {
            const v = versionOf(item);
            if ((0,semver/* isPrerelease */.V1)(v))
                continue;
            for (const line of LINES) {
                const key = `${line} ${lineKey(line, v)}`;
                const best = this.#highest.get(key);
                if (!best || (0,semver/* compareVersions */.Zy)(v, versionOf(best)) > 0)
                    this.#highest.set(key, item);
            }
        }
    }
    /** The highest stable release of the `line` of `of`, if the line has one. */
    highest(line, of) {
        return this.#highest.get(`${line} ${lineKey(line, of)}`);
    }
    /** The highest stable release of all: what `latest` and GitHub's Latest point at. */
    get latest() {
        return this.#highest.get('latest ');
    }
    /**
     * The release that keeps `v` from being the highest of its `line`: the highest stable release of
     * the line, when it is higher than `v`. Undefined when nothing stable is higher.
     */
    above(v, line) {
        const best = this.highest(line, v);
        return best !== undefined && (0,semver/* compareVersions */.Zy)(this.#versionOf(best), v) > 0 ? best : undefined;
    }
    /** Is `v` the highest of its `line` (among these releases and itself)? Never a pre-release. */
    isHighest(v, line) {
        return !(0,semver/* isPrerelease */.V1)(v) && this.above(v, line) === undefined;
    }
    /**
     * The stable releases of the `line` of `of`, highest first: where an alias goes when its highest
     * release cannot take it (superseded-release skips those without an image).
     */
    descending(line, of) {
        return this.#items
            .filter(item => {
            const v = this.#versionOf(item);
            return !(0,semver/* isPrerelease */.V1)(v) && inLine(line, of, v);
        })
            .sort((a, b) => (0,semver/* compareVersions */.Zy)(this.#versionOf(b), this.#versionOf(a)));
    }
}
/** The line maxima of plain versions. */
function lineMaxima(versions) {
    return new LineMaxima(versions, v => v);
}

;// CONCATENATED MODULE: ./packages/versioning/policy.ts
/**
 * How new versions are made (DESIGN.md): bumps, release-candidate counters, and stepping past the
 * tags of a line that a new version would collide with. Which release is the highest of its line
 * (and so which aliases move) is lines.ts.
 */


function bumpVersion(base, level) {
    switch (level) {
        case 'major':
            return (0,semver/* version */.rE)(base.major + 1, 0, 0);
        case 'minor':
            return (0,semver/* version */.rE)(base.major, base.minor + 1, 0);
        case 'patch':
            return (0,semver/* version */.rE)(base.major, base.minor, base.patch + 1);
    }
}
/**
 * The counter of a release candidate, read in every form projects tag: dotted `rc.3`, compact
 * `rc3` or zero-padded `beta01`, and the identifier alone (`1.0.0-beta`, counter 0). Undefined when
 * `v` is not a candidate with that identifier.
 */
function candidateCounter(v, id) {
    const [first, second, ...rest] = v.prerelease;
    if (rest.length > 0 || first === undefined)
        return undefined;
    if (first === id && typeof second === 'number')
        return { counter: second, format: 'dotted', width: 0 };
    if (second !== undefined || typeof first !== 'string' || !first.startsWith(id))
        return undefined;
    const digits = first.slice(id.length);
    if (digits === '')
        return { counter: 0, format: 'dotted', width: 0 };
    if (!/^\d{1,15}$/.test(digits))
        return undefined;
    return { counter: Number(digits), format: 'compact', width: digits.length };
}
/** The counter of a release candidate (see candidateCounter), or undefined. */
function prereleaseCounter(v, id) {
    return candidateCounter(v, id)?.counter;
}
/** A release candidate of `core`: `rc.10` (dotted) or `rc10`, zero-padded to `width` (`beta02`). */
function withPrerelease(core, id, counter, format, width = 1) {
    const prerelease = format === 'dotted' ? [id, counter] : [`${id}${String(counter).padStart(width, '0')}`];
    return (0,semver/* version */.rE)(core.major, core.minor, core.patch, prerelease);
}
/** How candidates are written, for messages: `rc.N`, `rcN`, `beta0N`. */
function candidateForm(id, format, width = 1) {
    return format === 'dotted' ? `${id}.N` : `${id}${'0'.repeat(Math.max(0, width - 1))}N`;
}
/**
 * Is `v` an open candidate: a pre-release (of any identifier: an alpha counts for a beta line)
 * whose stable release does not exist among `existing`?
 */
function isOpenCandidate(v, existing) {
    if (!(0,semver/* isPrerelease */.V1)(v))
        return false;
    for (const e of existing)
        if (!(0,semver/* isPrerelease */.V1)(e) && (0,semver/* sameCore */.ie)(e, v))
            return false;
    return true;
}
/**
 * The next release candidate. Its line is rc-bump from the base (initial-version with no stable
 * release yet), or the open candidate's when that is higher: `rc` never starts a line below an
 * open candidate (no stable release and v1.3.0-rc.9: v1.3.0-rc.10, not v0.1.0-rc.1). It counts on
 * from the highest candidate of that line in any form, written in `format`; a compact counter
 * keeps the zero-padding of its line (`beta09` → `beta10`, `beta01` → `beta02`: the width of the
 * line's first compact candidate), and a new line takes the padding of the newest line.
 */
function planCandidate(input) {
    const { base, open, id, format, existing } = input;
    const start = base ? bumpVersion(base, input.rcBump) : input.initialVersion;
    const stepped = stepPastConflicts(start, base ? input.rcBump : 'patch', existing);
    const planned = stepped.version;
    const continued = open !== undefined && (0,semver/* compareVersions */.Zy)((0,semver/* coreOf */.z2)(open), planned) > 0;
    const core = continued && open ? (0,semver/* coreOf */.z2)(open) : planned;
    // The padding of a line is the width of its first compact candidate (beta01: 2, beta9: 1).
    let previous;
    let first;
    let newest;
    for (const v of existing) {
        const c = candidateCounter(v, id);
        if (!c)
            continue;
        if ((0,semver/* sameCore */.ie)(v, core) && (!previous || c.counter > previous.c.counter))
            previous = { v, c };
        if (c.format !== 'compact')
            continue;
        if ((0,semver/* sameCore */.ie)(v, core) && (!first || c.counter < first.c.counter))
            first = { v, c };
        const n = newest ? (0,semver/* compareVersions */.Zy)((0,semver/* coreOf */.z2)(v), (0,semver/* coreOf */.z2)(newest.v)) : 1;
        if (n > 0 || (n === 0 && newest && c.counter < newest.c.counter))
            newest = { v, c };
    }
    const counter = previous ? previous.c.counter + 1 : 1;
    const width = (first ?? (previous ? undefined : newest))?.c.width ?? 1;
    const next = withPrerelease(core, id, counter, format, width);
    const blockedBy = maxVersion(existing.filter(e => (0,semver/* sameCore */.ie)(e, core) && (0,semver/* isPrerelease */.V1)(e) && (0,semver/* compareVersions */.Zy)(e, next) >= 0));
    return {
        version: next,
        blockedBy,
        core,
        planned,
        conflicts: stepped.conflicts,
        continued,
        previous: previous?.v,
    };
}
function maxVersion(versions) {
    let best;
    for (const v of versions)
        if (!best || (0,semver/* compareVersions */.Zy)(v, best) > 0)
            best = v;
    return best;
}
/**
 * An existing tag that a new stable version `candidate` would collide with or sort below, within
 * the line the bump moves in (`X.Y` for patch and minor bumps, `X` for major). A tag made off the
 * current branch can leave such a tag behind (one project released v0.9.0 after v0.9.12).
 */
function lineConflict(candidate, level, existing) {
    let worst;
    for (const e of existing) {
        if (!inLine(level === 'major' ? 'major' : 'minor', candidate, e))
            continue;
        const c = (0,semver/* compareVersions */.Zy)(e, candidate);
        const conflicts = c > 0 || (c === 0 && !(0,semver/* isPrerelease */.V1)(e));
        if (conflicts && (!worst || (0,semver/* compareVersions */.Zy)(e, worst) > 0))
            worst = e;
    }
    return worst;
}
/**
 * Step a new stable version past every conflicting tag of its line: a patch goes to the next free
 * patch of `X.Y`, a minor to the next `X.Y` line with no release yet, a major to the next free
 * major. Returns the version and the tags it stepped past.
 */
function stepPastConflicts(candidate, level, existing) {
    const conflicts = [];
    let current = (0,semver/* coreOf */.z2)(candidate);
    for (;;) {
        const conflict = lineConflict(current, level, existing);
        if (!conflict)
            return { version: current, conflicts };
        conflicts.push(conflict);
        if (level === 'patch') {
            const next = (0,semver/* isPrerelease */.V1)(conflict) ? conflict.patch : conflict.patch + 1;
            current = (0,semver/* version */.rE)(current.major, current.minor, Math.max(next, current.patch + 1));
        }
        else
            current = bumpVersion(current, level);
    }
}

// EXTERNAL MODULE: ./packages/conventional/index.ts + 3 modules
var conventional = __webpack_require__(8283);
;// CONCATENATED MODULE: ./packages/versioning/reach.ts

/**
 * Unreachable candidates tolerated per commit before listing every reachable tag at once instead.
 * A miss costs a walk from the candidate down to where the histories meet, which on an old
 * maintenance branch (the usual reason for a miss: every newer tag of main is above it) is nearly
 * the walk of the full list; so the first miss goes to the full list, and a miss costs at most one
 * probe more than listing every reachable tag from the start did.
 */
const MISSES = 1;
class Reachability {
    #git;
    /** Highest version first, so that the first reachable candidate is the answer. */
    #sorted;
    #ancestor = new Map();
    #reachable = new Map();
    /** Per commit, the candidate commits found not to be reachable from it. */
    #missed = new Map();
    /** `tags`: every release tag of the repository. */
    constructor(git, tags) {
        this.#git = git;
        this.#sorted = [...tags].sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version));
    }
    from(commit) {
        return { commit, highest: pick => this.highest(commit, pick) };
    }
    /** The highest-version tag that `pick` accepts and whose commit is reachable from `commit`. */
    async highest(commit, pick = () => true) {
        let missed = this.#missed.get(commit);
        if (!missed) {
            missed = new Set();
            this.#missed.set(commit, missed);
        }
        for (const tag of this.#sorted) {
            if (!pick(tag) || missed.has(tag.commit))
                continue;
            if (this.#reachable.has(commit) || missed.size >= MISSES) {
                const names = await this.#reachableNames(commit);
                return this.#sorted.find(t => pick(t) && names.has(t.name));
            }
            if (await this.#isAncestor(tag.commit, commit))
                return tag;
            missed.add(tag.commit);
        }
        return undefined;
    }
    #isAncestor(ancestor, commit) {
        const key = `${ancestor} ${commit}`;
        let known = this.#ancestor.get(key);
        if (!known) {
            known = this.#git.isAncestor(ancestor, commit);
            this.#ancestor.set(key, known);
        }
        return known;
    }
    /** The names of every tag reachable from `commit`: one walk of its history, kept. */
    #reachableNames(commit) {
        let names = this.#reachable.get(commit);
        if (!names) {
            names = this.#git.reachableTagNames(commit);
            this.#reachable.set(commit, names);
        }
        return names;
    }
}

;// CONCATENATED MODULE: ./packages/versioning/compute.ts
/**
 * compute-version's decision, shared by the action and the CLI: what version and tag a bump
 * produces, or what an existing tag is (tag mode), read from local git with a bounded number of
 * git calls (one `for-each-ref`, one `rev-parse`, at most one `log`, and the few `merge-base
 * --is-ancestor` that reach.ts needs), never one call per tag and never a walk of all history in
 * the release case.
 */







const BUMP_KINDS = ['auto', 'patch', 'minor', 'major', 'rc', 'promote', 'tag'];
/** The defaults of compute-version's inputs. */
const DEFAULT_COMPUTE_OPTIONS = {
    tagPrefix: 'v',
    prereleaseId: 'rc',
    prereleaseFormat: 'dotted',
    rcBump: 'minor',
    initialVersion: { major: 0, minor: 1, patch: 0, prerelease: [], build: [] },
    requireSignedTag: false,
};
function highestTag(tags, pick) {
    let best;
    for (const t of tags) {
        if (pick(t) && (!best || (0,semver/* compareVersions */.Zy)(t.version, best.version) > 0))
            best = t;
    }
    return best;
}
function compute_short(sha) {
    return sha.slice(0, 7);
}
class Repo {
    git;
    options;
    all;
    versions;
    /** The highest stable release of each line (lines.ts). */
    lines;
    #reach;
    constructor(git, options, all) {
        this.git = git;
        this.options = options;
        this.all = all;
        this.versions = all.map(t => t.version);
        this.lines = new LineMaxima(all, t => t.version);
        this.#reach = new Reachability(git, all);
    }
    name(v) {
        return tagName(this.options.tagPrefix, v);
    }
    find(name) {
        return this.all.find(t => t.name === name);
    }
    stableExists(v) {
        return this.all.find(t => !(0,semver/* isPrerelease */.V1)(t.version) && (0,semver/* sameCore */.ie)(t.version, v));
    }
    /** The tags reachable from `commit`, asked only as far as a decision needs (see reach.ts). */
    reachableFrom(commit) {
        return Promise.resolve(this.#reach.from(commit));
    }
    packagePath() {
        return packageFolder(this.git);
    }
    /** The configured form of candidate tags, for messages: `vX.Y.Z-rc.N`, `vX.Y.Z-beta0N`. */
    candidateForm() {
        const { tagPrefix, prereleaseId, prereleaseFormat } = this.options;
        let width = 1;
        for (const t of this.all) {
            const c = candidateCounter(t.version, prereleaseId);
            if (c?.format === 'compact')
                width = Math.max(width, c.width);
        }
        const example = tagName(tagPrefix, withPrerelease((0,semver/* version */.rE)(1, 2, 3), prereleaseId, 1, prereleaseFormat, width));
        return `${tagPrefix}X.Y.Z-${candidateForm(prereleaseId, prereleaseFormat, width)} (such as ${example})`;
    }
    /**
     * The newest open candidate (a candidate tag without its stable release) that an `rc` or a
     * first stable release must not go below: one HEAD reaches, or with no stable release at all,
     * any in the repository. A maintenance branch does not see the candidates of main.
     */
    async openCandidate(reachable, base) {
        const pick = (t) => isOpenCandidate(t.version, this.versions);
        return base ? reachable.highest(pick) : highestTag(this.all, pick);
    }
    /** The stable release new versions are computed from: the highest one reachable from HEAD. */
    async base(head, reasons) {
        const reachable = await this.reachableFrom(head);
        const base = await reachable.highest(t => !(0,semver/* isPrerelease */.V1)(t.version));
        if (base) {
            reasons.push(`The highest stable release reachable from HEAD is ${base.name}.`);
            return base;
        }
        const overall = this.lines.latest;
        if (overall) {
            reasons.push(`No stable release is reachable from HEAD; using the highest stable release in the repository, ${overall.name} (${compute_short(overall.commit)}).`);
        }
        return overall;
    }
}
async function describe(v, repo, fields) {
    const below = (t) => (0,semver/* compareVersions */.Zy)(t.version, v) < 0;
    const previous = await fields.reachable.highest(below);
    const previousStable = await fields.reachable.highest(t => below(t) && !(0,semver/* isPrerelease */.V1)(t.version));
    const pre = (0,semver/* isPrerelease */.V1)(v);
    const decision = {
        version: (0,semver/* formatVersion */.qh)(v),
        tag: repo.name(v),
        major: v.major,
        minor: v.minor,
        patch: v.patch,
        prerelease: v.prerelease.join('.'),
        build: v.build.join('.'),
        isPrerelease: pre,
        isStable: !pre,
        isLatest: repo.lines.isHighest(v, 'latest'),
        isMajorZero: v.major === 0,
        previousTag: previous?.name ?? '',
        previousStableTag: previousStable?.name ?? '',
        sha: fields.sha,
        bump: fields.bump,
        exists: fields.exists,
        reasons: fields.reasons,
    };
    if (fields.commits)
        decision.commits = fields.commits;
    return decision;
}
async function verifySignature(repo, tag) {
    if (tag.objectType !== 'tag') {
        throw new errors/* PreconditionError */.Rb(`Tag ${tag.name} is a lightweight tag; a signed annotated tag is required (require-signed-tag: true). Create it with git tag -s.`);
    }
    const object = await repo.git.tagObject(tag.name);
    if (!/-----BEGIN (PGP|SSH) SIGNATURE-----/.test(object)) {
        throw new errors/* PreconditionError */.Rb(`Tag ${tag.name} is annotated but not signed; a signed tag is required (require-signed-tag: true). Create it with git tag -s.`);
    }
    const { ok, output } = await repo.git.verifyTag(tag.name, {
        ...(repo.options.allowedSigners ? { allowedSigners: repo.options.allowedSigners } : {}),
    });
    if (!ok) {
        throw new errors/* PreconditionError */.Rb(`The signature of tag ${tag.name} did not verify${repo.options.allowedSigners ? ' against allowed-signers' : ''}: ${output || 'no detail from git'}`);
    }
    return output.split('\n').find(line => /Good/.test(line)) ?? 'signature verified';
}
async function describeTag(repo, reasons) {
    const name = repo.options.tag ?? '';
    const tag = repo.find(name);
    if (!tag) {
        throw new errors/* PreconditionError */.Rb(`Tag ${name} does not exist in ${repo.git.cwd}. Check out the repository with its tags (actions/checkout with fetch-depth: 0) or pass the name of an existing tag.`);
    }
    if (repo.options.requireSignedTag) {
        reasons.push(`Signature of ${name}: ${await verifySignature(repo, tag)}.`);
    }
    const above = (0,semver/* isPrerelease */.V1)(tag.version) ? undefined : repo.lines.above(tag.version, 'minor');
    if (above) {
        reasons.push(`${name} is not the highest of its line: ${above.name} exists.`);
    }
    reasons.push(`Describing the tag ${name} on ${compute_short(tag.commit)}.`);
    return describe(tag.version, repo, {
        sha: tag.commit,
        bump: 'tag',
        exists: true,
        reachable: await repo.reachableFrom(tag.commit),
        reasons,
    });
}
async function promote(repo, reasons) {
    const { fromTag, prereleaseId } = repo.options;
    let rc;
    if (fromTag !== undefined) {
        rc = repo.find(fromTag);
        if (!rc)
            throw new errors/* PreconditionError */.Rb(`The tag to promote, ${fromTag}, does not exist.`);
    }
    else {
        rc = highestTag(repo.all, t => prereleaseCounter(t.version, prereleaseId) !== undefined && !repo.stableExists(t.version));
        if (!rc) {
            throw new errors/* PreconditionError */.Rb(`There is no release candidate to promote: no tag ${repo.candidateForm()} without its stable release. Tag one with bump: rc first.`);
        }
        reasons.push(`The newest release candidate is ${rc.name}.`);
    }
    const stable = (0,semver/* coreOf */.z2)(rc.version);
    const existing = repo.stableExists(stable);
    if (existing) {
        throw new errors/* PreconditionError */.Rb(`${rc.name} cannot be promoted: ${existing.name} already exists (on ${compute_short(existing.commit)}).`);
    }
    const conflict = lineConflict(stable, 'patch', repo.versions);
    if (conflict) {
        throw new errors/* PreconditionError */.Rb(`${rc.name} cannot be promoted: ${repo.name(stable)} would sort below the existing tag ${repo.name(conflict)}.`);
    }
    reasons.push(`Promoting ${rc.name} to ${repo.name(stable)} on the same commit, ${compute_short(rc.commit)}: no rebuild.`);
    return describe(stable, repo, {
        sha: rc.commit,
        bump: 'promote',
        exists: false,
        reachable: await repo.reachableFrom(rc.commit),
        reasons,
    });
}
async function headCommit(git) {
    const head = await git.resolveCommit('HEAD');
    if (!head)
        throw new errors/* PreconditionError */.Rb(`The repository at ${git.cwd} has no commits yet.`);
    return head;
}
function stepNote(repo, from, to, conflicts) {
    if (conflicts.length === 0)
        return [];
    const names = conflicts.map(c => repo.name(c)).join(', ');
    return [
        `${repo.name(from)} would collide with or sort below ${names} (tagged off this branch); stepped past to ${repo.name(to)}.`,
    ];
}
async function bumpStable(repo, reasons) {
    const head = await headCommit(repo.git);
    const reachable = await repo.reachableFrom(head);
    const { options } = repo;
    if (repo.all.length === 0) {
        reasons.push(`There is no release tag yet; the first version is initial-version ${(0,semver/* formatVersion */.qh)(options.initialVersion)}.`);
        return describe(options.initialVersion, repo, {
            sha: head,
            bump: 'initial',
            exists: false,
            reachable,
            reasons,
        });
    }
    const base = await repo.base(head, reasons);
    let level;
    let commits;
    if (options.bump === 'auto') {
        // A package of a monorepo (path is a folder inside the repository): only its commits count.
        const pkg = await repo.packagePath();
        const messages = await repo.git.commitMessages({
            ...(base ? { from: base.commit } : {}),
            to: head,
            ...(pkg ? { paths: ['.'] } : {}),
        });
        if (pkg)
            reasons.push(`Only commits that touch ${pkg} count (path is a folder of the repository).`);
        const analysis = (0,conventional/* analyzeCommits */.vA)(messages, options.commitRules ?? conventional/* DEFAULT_COMMIT_RULES */.e9);
        commits = analysis.counts;
        const found = analysis.level;
        const { skipped, hidden, dependencies, reverted } = analysis.housekeeping;
        const housekeeping = [
            skipped ? `${skipped} release or skipped` : '',
            hidden ? `${hidden} of hidden types` : '',
            dependencies ? `${dependencies} dependency update(s)` : '',
            reverted ? `${reverted} reverted in the range` : '',
        ].filter(Boolean);
        if (!found && (base || commits.total === 0)) {
            if (!base) {
                throw new errors/* PreconditionError */.Rb('HEAD has no commits of its own and there is no stable release to bump.');
            }
            reasons.push(commits.total === 0
                ? `No commits since ${base.name}: nothing to release.`
                : `${commits.total} commit(s) since ${base.name}, all housekeeping (${housekeeping.join(', ')}): nothing to release.`);
            return describe(base.version, repo, {
                sha: head,
                bump: 'none',
                exists: true,
                reachable,
                reasons,
                commits,
            });
        }
        // Without a stable release the first version is initial-version whatever the commits are.
        level = found ?? 'patch';
        const since = base ? `since ${base.name}` : 'in the history';
        reasons.push(`${commits.total} commit(s) ${since}: ${commits.breaking} breaking, ${commits.features} feature(s), ${commits.other} other${housekeeping.length ? `, ${housekeeping.join(', ')} (housekeeping)` : ''}${found ? ` → ${level}` : ''}.`);
        if (level === 'major' && base && base.version.major === 0) {
            level = 'minor';
            reasons.push('Breaking changes bump MINOR while the major version is 0.');
        }
    }
    else {
        level = options.bump;
    }
    if (!base) {
        // Never below an open candidate: with v1.3.0-rc.9 and no stable release, the first is v1.3.0.
        const open = await repo.openCandidate(reachable, undefined);
        const first = open && (0,semver/* compareVersions */.Zy)((0,semver/* coreOf */.z2)(open.version), options.initialVersion) > 0
            ? (0,semver/* coreOf */.z2)(open.version)
            : options.initialVersion;
        reasons.push(first === options.initialVersion
            ? `There is no stable release yet; the first version is initial-version ${(0,semver/* formatVersion */.qh)(options.initialVersion)}.`
            : `There is no stable release yet; the first version is ${repo.name(first)}, the version the open candidate ${open?.name ?? ''} leads to (initial-version ${(0,semver/* formatVersion */.qh)(options.initialVersion)} is lower).`);
        const { version, conflicts } = stepPastConflicts(first, 'patch', repo.versions);
        reasons.push(...stepNote(repo, first, version, conflicts));
        return describe(version, repo, {
            sha: head,
            bump: 'initial',
            exists: false,
            reachable,
            reasons,
            ...(commits ? { commits } : {}),
        });
    }
    const candidate = bumpVersion(base.version, level);
    const { version, conflicts } = stepPastConflicts(candidate, level, repo.versions);
    reasons.push(...stepNote(repo, candidate, version, conflicts));
    reasons.push(`${level} bump: ${base.name} → ${repo.name(version)}.`);
    return describe(version, repo, {
        sha: head,
        bump: level,
        exists: false,
        reachable,
        reasons,
        ...(commits ? { commits } : {}),
    });
}
async function releaseCandidate(repo, reasons) {
    const head = await headCommit(repo.git);
    const reachable = await repo.reachableFrom(head);
    const { options } = repo;
    const base = repo.all.length === 0 ? undefined : await repo.base(head, reasons);
    const open = await repo.openCandidate(reachable, base);
    const plan = planCandidate({
        base: base?.version,
        open: open?.version,
        rcBump: options.rcBump,
        initialVersion: options.initialVersion,
        existing: repo.versions,
        id: options.prereleaseId,
        format: options.prereleaseFormat,
    });
    const start = base ? bumpVersion(base.version, options.rcBump) : options.initialVersion;
    reasons.push(...stepNote(repo, start, plan.planned, plan.conflicts));
    const core = plan.core;
    if (plan.continued && open) {
        reasons.push(base
            ? `${open.name} is an open candidate of a higher version than ${repo.name(plan.planned)} (rc-bump: ${options.rcBump} from ${base.name}): continuing it.`
            : `There is no stable release yet; continuing the newest open candidate, ${open.name}.`);
    }
    else if (!base) {
        reasons.push(`There is no stable release yet; candidates lead to initial-version ${(0,semver/* formatVersion */.qh)(core)}.`);
    }
    const v = plan.version;
    if (plan.blockedBy) {
        throw new errors/* PreconditionError */.Rb(`${repo.name(v)} would sort below the existing candidate ${repo.name(plan.blockedBy)}, so it cannot be the next candidate of ${repo.name(core)}; use prerelease-id ${String(plan.blockedBy.prerelease[0] ?? '').replace(/\d+$/, '')} or promote ${repo.name(plan.blockedBy)}.`);
    }
    if (!plan.previous) {
        reasons.push(base && !plan.continued
            ? `First release candidate of ${repo.name(core)} (rc-bump: ${options.rcBump} from ${base.name}).`
            : `First release candidate of ${repo.name(core)}.`);
    }
    else {
        reasons.push(`The newest candidate of ${repo.name(core)} is ${repo.name(plan.previous)}; next is ${repo.name(v)}.`);
    }
    return describe(v, repo, { sha: head, bump: 'rc', exists: false, reachable, reasons });
}
async function computeVersion(git, options) {
    const repository = await git.repository();
    if (repository === 'none') {
        throw new errors/* PreconditionError */.Rb(`${git.cwd} is not a git repository.`);
    }
    if (repository === 'shallow') {
        throw new errors/* PreconditionError */.Rb(`The repository at ${git.cwd} is a shallow clone, so its tags and history are incomplete. Check it out with actions/checkout and fetch-depth: 0.`);
    }
    const refs = await git.tags();
    const repo = new Repo(git, options, releaseTags(refs, options.tagPrefix));
    const reasons = [];
    const hint = repo.all.length === 0 ? otherPrefixHint(refs, options.tagPrefix) : undefined;
    if (hint)
        reasons.push(hint);
    let decision;
    switch (options.bump) {
        case 'tag':
            decision = await describeTag(repo, reasons);
            break;
        case 'promote':
            decision = await promote(repo, reasons);
            break;
        case 'rc':
            decision = await releaseCandidate(repo, reasons);
            break;
        default:
            decision = await bumpStable(repo, reasons);
    }
    if (hint)
        decision.warnings = [hint];
    return decision;
}
/**
 * With no release tag of the prefix, the release tags of the other plain prefix (`1.2.3` while
 * tag-prefix is `v`, or `v1.2.3` while it is empty): a first version of v0.1.0 would then go
 * backwards, so say which prefix the repository uses.
 */
function otherPrefixHint(refs, prefix) {
    // Only v against none: a new package of a monorepo (api@) next to others' tags is no mistake.
    const plain = (p) => p === '' || p === 'v';
    if (!plain(prefix))
        return undefined;
    const counts = new Map();
    for (const ref of refs) {
        const split = splitReleaseTag(ref.name);
        if (split && split.prefix !== prefix && plain(split.prefix))
            counts.set(split.prefix, (counts.get(split.prefix) ?? 0) + 1);
    }
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!best)
        return undefined;
    const [other, n] = best;
    return `No tag has the prefix '${prefix}', but ${n} tag(s) are releases ${other === '' ? 'without a prefix' : `with the prefix '${other}'`}; if these are this repository's releases, set tag-prefix: '${other}'.`;
}
/**
 * The folder of the repository git runs in (`packages/api/`, from `path`), or '' at its top: a
 * package of a monorepo, whose own commits (pathspec `.`) are the ones that count.
 */
async function packageFolder(git) {
    return git.prefix();
}
function decisionText(d) {
    return {
        version: d.version,
        tag: d.tag,
        major: String(d.major),
        minor: String(d.minor),
        patch: String(d.patch),
        prerelease: d.prerelease,
        build: d.build,
        isPrerelease: String(d.isPrerelease),
        isStable: String(d.isStable),
        isLatest: String(d.isLatest),
        isMajorZero: String(d.isMajorZero),
        previousTag: d.previousTag,
        previousStableTag: d.previousStableTag,
        sha: d.sha,
        bump: d.bump,
        exists: String(d.exists),
    };
}

;// CONCATENATED MODULE: ./packages/versioning/index.ts
/**
 * packages/versioning: versions and the release policy. SemVer (semver.ts); release tags and ref
 * inputs, the one tag -> version parser (tags.ts); "highest of its line", which release each
 * rolling alias and Latest point at (lines.ts); bumps and release-candidate counters (policy.ts);
 * compute-version's use case, `computeVersion` with its options (compute.ts); which release tags a
 * commit reaches (reach.ts).
 */








/***/ }),

/***/ 8235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ie: () => (/* binding */ sameCore),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   rE: () => (/* binding */ version),
/* harmony export */   z2: () => (/* binding */ coreOf)
/* harmony export */ });
/* unused harmony export SEMVER_PATTERN */
/**
 * SemVer 2.0.0, strictly: no leading zeros, no empty identifiers, no partial versions.
 * https://semver.org/spec/v2.0.0.html
 */
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_PATTERN = `(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const SEMVER_RE = new RegExp(`^${SEMVER_PATTERN}$`);
function toNumber(s) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Parse a strict SemVer 2.0.0 version (no prefix). Returns undefined if it is not one. */
function parseVersion(text) {
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(s => toNumber(s ?? ''));
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    const prerelease = [];
    for (const id of m[4]?.split('.') ?? []) {
        if (/^\d+$/.test(id)) {
            const n = toNumber(id);
            if (n === undefined)
                return undefined;
            prerelease.push(n);
        }
        else
            prerelease.push(id);
    }
    return { major, minor, patch, prerelease, build: m[5]?.split('.') ?? [] };
}
function version(major, minor, patch, prerelease = [], build = []) {
    return { major, minor, patch, prerelease, build };
}
function formatVersion(v, { build = true } = {}) {
    let s = `${v.major}.${v.minor}.${v.patch}`;
    if (v.prerelease.length > 0)
        s += `-${v.prerelease.join('.')}`;
    if (build && v.build.length > 0)
        s += `+${v.build.join('.')}`;
    return s;
}
function isPrerelease(v) {
    return v.prerelease.length > 0;
}
/** The stable version a pre-release leads to (build metadata dropped). */
function coreOf(v) {
    return { major: v.major, minor: v.minor, patch: v.patch, prerelease: [], build: [] };
}
/**
 * Compact pre-release identifiers such as `rc10` are read as the pair (`rc`, 10), so that `rc10`
 * sorts after `rc9` as a maintainer expects (plain SemVer compares them as text: `rc10` < `rc9`).
 * Zero-padded counters are numbers too (`beta09` < `beta10`).
 */
const COMPACT_ID = /^([A-Za-z-]*[A-Za-z-])(\d{1,15})$/;
function normalizedPrerelease(ids) {
    const out = [];
    for (const id of ids) {
        const m = typeof id === 'string' ? COMPACT_ID.exec(id) : null;
        const n = m ? toNumber(m[2] ?? '') : undefined;
        if (m && n !== undefined)
            out.push(m[1] ?? '', n);
        else
            out.push(id);
    }
    return out;
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'number')
        return -1; // numeric identifiers have lower precedence
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * SemVer precedence (build metadata ignored), with compact counters read as numbers.
 * Returns <0, 0 or >0.
 */
function compareVersions(a, b) {
    if (a.major !== b.major)
        return a.major - b.major;
    if (a.minor !== b.minor)
        return a.minor - b.minor;
    if (a.patch !== b.patch)
        return a.patch - b.patch;
    const pa = normalizedPrerelease(a.prerelease);
    const pb = normalizedPrerelease(b.prerelease);
    if (pa.length === 0 || pb.length === 0)
        return pb.length - pa.length; // stable > pre-release
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const c = compareIdentifiers(pa[i], pb[i]);
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
function sameCore(a, b) {
    return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}


/***/ })

};
