export const id = 1418;
export const ids = [1418];
export const modules = {

/***/ 1418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cR: () => (/* reexport */ CHANGELOG_STYLES),
  GR: () => (/* reexport */ changelog_config/* DEFAULT_CHANGELOG_CONFIG */.GR),
  HV: () => (/* reexport */ STANDARD_HEADERS),
  IW: () => (/* reexport */ changelogFileProblem),
  uD: () => (/* reexport */ detectStyle),
  Ki: () => (/* reexport */ generateChangelog),
  EY: () => (/* reexport */ parseChangelog),
  YO: () => (/* reexport */ pathspecs),
  zs: () => (/* reexport */ renderHistory),
  _d: () => (/* reexport */ upsertHistory)
});

// UNUSED EXPORTS: BREAKING_HEADING, CHANGELOG_CONFIG_KEYS, DEPENDENCIES_HEADING, DEPENDENCY_LINE, GITHUB_RELEASE_BODY_LIMIT, KEEP_A_CHANGELOG_HEADINGS, NOTHING_TO_LIST, bodyText, canonicalHeadings, changelogCommit, compareUrl, dependencyLine, eachHistorySection, entryLine, fileHeading, groupConcept, hasLinkRefs, headingLevel, headingLine, mergeBody, noteLines, parseReleaseHeading, readChangelogConfig, refsBaseUrl, renderBody, renderReleaseNotes, renderSection, resolveRange, sectionCommits, splitLines, tagDate, tagDates, upsertSection, utcDate

// EXTERNAL MODULE: ./packages/changelog/config.ts
var changelog_config = __webpack_require__(621);
// EXTERNAL MODULE: ./packages/conventional/index.ts + 3 modules
var conventional = __webpack_require__(8283);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/files/index.ts
var files = __webpack_require__(5786);
;// CONCATENATED MODULE: ./packages/changelog/commits.ts
/**
 * The commits of a changelog section, as git lists them (generate.ts reads one range, history.ts
 * the whole history; path filters are git pathspecs), parsed as Conventional Commits and sorted by
 * the commit rules that compute-version uses too (packages/conventional/rules.ts): what a section
 * lists, and what it leaves out.
 */



/** Validate path filters and turn them into git pathspecs (`:(glob)` magic, so `**` works). */
function pathspecs(filter, inputs = { include: 'include-paths', exclude: 'exclude-paths' }) {
    const check = (input, p) => {
        if (p.startsWith('-') ||
            p.startsWith(':') ||
            // eslint-disable-next-line no-control-regex
            /[\u0000-\u001f]/.test(p) ||
            (0,files/* hasParentSegment */.Ih)(p)) {
            throw new errors/* InputError */.dz(input, `expected paths or globs inside the repository (such as src/** or docs), got ${(0,errors/* showValue */.vp)(p)}`);
        }
        return p.replace(/^\.\//, '');
    };
    const include = (filter.include ?? []).map(p => `:(glob)${check(inputs.include, p)}`);
    const exclude = (filter.exclude ?? []).map(p => `:(glob,exclude)${check(inputs.exclude, p)}`);
    if (include.length === 0 && exclude.length > 0)
        include.push(':(glob)**');
    return [...include, ...exclude];
}
/** A classified commit (packages/conventional) as a section lists it. */
function changelogCommit({ input, commit: c, kind, }) {
    return {
        sha: input.sha,
        time: input.time,
        // `Revert "feat: x"` is not conventional syntax, but it is a revert.
        type: c.revert ? 'revert' : c.type,
        scope: c.scope,
        subject: c.subject,
        breaking: c.breaking,
        breakingNotes: c.breakingNotes,
        conventional: c.conventional,
        dependency: kind === 'dependency',
    };
}
/** Sort the commits of one range (newest first, as git lists them) into a section's commits. */
function sectionCommits(newestFirst, rules) {
    const leftOut = { release: 0, hidden: 0, reverted: 0 };
    const commits = [];
    const classified = (0,conventional/* classifyCommits */.zU)(newestFirst, rules);
    for (let i = classified.length - 1; i >= 0; i--) {
        const c = classified[i];
        if (c.kind === 'change' || c.kind === 'dependency')
            commits.push(changelogCommit(c));
        else if (c.kind === 'skipped')
            leftOut.release++;
        else if (c.kind === 'hidden')
            leftOut.hidden++;
        else
            leftOut.reverted++;
    }
    return { commits, skipped: leftOut.release + leftOut.hidden + leftOut.reverted, leftOut };
}

// EXTERNAL MODULE: ./packages/markdown/index.ts
var markdown = __webpack_require__(982);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 5 modules
var versioning = __webpack_require__(3374);
;// CONCATENATED MODULE: ./packages/changelog/render.ts
/**
 * Rendering a changelog section in either style, in the form of the file it goes into (heading
 * level, link and date form, bullet, group names). Commit text is data: it is escaped so it never
 * becomes live markup (HTML, links, @mentions), and control and bidi characters are removed; code
 * spans stay code.
 */



const CHANGELOG_STYLES = ['grouped', 'keep-a-changelog'];
const BREAKING_HEADING = 'Breaking Changes';
/** A release with no entries says so instead of showing a bare heading. */
const NOTHING_TO_LIST = 'No user-facing changes in this release.';
/**
 * The names projects give the same group: conventional-changelog's, git-cliff's, Keep a
 * Changelog's, ours. A file's `### Fixes` is where our `Bug Fixes` (or `Fixed`) go.
 */
const CONCEPTS = {
    breaking: ['breaking changes', 'breaking change', 'breaking', 'breaking changes ⚠'],
    deps: ['dependencies', 'dependency updates', 'deps', 'dependency'],
    feat: ['features', 'feature', 'new features', 'added', 'new', 'enhancements', 'feat'],
    fix: ['bug fixes', 'bugfixes', 'bug fix', 'fixes', 'fixed', 'fix', 'bugs'],
    perf: ['performance', 'performance improvements', 'perf'],
    refactor: ['refactoring', 'refactor', 'code refactoring', 'refactors'],
    docs: ['documentation', 'docs'],
    changed: ['changed', 'changes'],
    deprecated: ['deprecated', 'deprecations', 'deprecation'],
    removed: ['removed', 'removals', 'removal'],
    security: ['security'],
    revert: ['reverts', 'revert', 'reverted'],
    other: [
        'other changes',
        'other',
        'miscellaneous',
        'misc',
        'miscellaneous chores',
        'miscellaneous tasks',
        'chores',
        'other tasks',
    ],
};
const CONCEPT_OF = new Map(Object.entries(CONCEPTS).flatMap(([concept, names]) => names.map(n => [n, concept])));
/** A heading reduced to its words: no HTML comments, emoji, punctuation or case. */
function headingWords(heading) {
    return heading
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .toLowerCase();
}
/** The concept a group heading names (`Bug Fixes`, `🐛 Fixes` → `fix`), or its own words. */
function groupConcept(heading) {
    const words = headingWords(heading);
    return CONCEPT_OF.get(words) ?? `=${words}`;
}
/** The grouped style's heading for the one line of dependency updates. */
const DEPENDENCIES_HEADING = 'Dependencies';
/** The one line of dependency updates (Dependabot, Renovate): `- 12 dependency updates`. */
function dependencyLine(count, bullet = '-') {
    return `${bullet} ${count} dependency update${count === 1 ? '' : 's'}`;
}
/** Is this line a dependency-updates line as `dependencyLine` writes it? */
const DEPENDENCY_LINE = /^[-*+] \d+ dependency updates?\s*$/;
function compareUrl(repoUrl, from, to) {
    return from ? `${repoUrl}/compare/${from}...${to}` : `${repoUrl}/commits/${to}`;
}
/** The heading level of a release in this form: conventional-changelog puts patches a level down. */
function headingLevel(version, form) {
    const levels = form.levels ?? { patch: 2, other: 2, unreleased: 2 };
    if (!version)
        return levels.unreleased;
    return version.patch !== 0 ? levels.patch : levels.other;
}
function headingLine(release, opts) {
    const { form } = opts;
    const hashes = '#'.repeat(headingLevel(release.version, form));
    if (!release.version)
        return form.brackets ? `${hashes} [Unreleased]` : `${hashes} Unreleased`;
    const name = `${form.prefixed ? form.prefix : ''}${(0,versioning/* formatVersion */.qh)(release.version)}`;
    const around = form.date ?? { before: ' - ', after: '' };
    const date = release.date && around !== 'none' ? `${around.before}${release.date}${around.after}` : '';
    // grouped style links the version to its comparison; keep-a-changelog uses link references.
    const linked = form.linked ?? (form.brackets && opts.style === 'grouped');
    if (linked && opts.repoUrl && release.tag) {
        return `${hashes} [${name}](${compareUrl(opts.repoUrl, release.previousTag, release.tag)})${date}`;
    }
    if (!form.brackets)
        return `${hashes} ${name}${date}`;
    return `${hashes} [${name}]${date}`;
}
function linkPullRequests(text, repoUrl) {
    if (!repoUrl)
        return text;
    return text.replace(/\(#(\d+)\)/g, (_, n) => `([#${n}](${repoUrl}/pull/${n}))`);
}
/** One entry: `- **scope:** subject (sha link)`, escaped (code spans stay code). */
function entryLine(c, repoUrl, bullet = '-') {
    const scope = c.scope ? `**${(0,markdown/* escapeInline */.VV)(c.scope)}:** ` : '';
    const subject = (0,markdown/* escapeInline */.VV)(c.subject, text => linkPullRequests(text, repoUrl));
    const short = c.sha.slice(0, 7);
    const ref = repoUrl ? `[${short}](${repoUrl}/commit/${c.sha})` : short;
    return `${bullet} ${scope}${subject} (${ref})`;
}
/**
 * A note (a BREAKING CHANGE footer) as Markdown lines: its paragraphs, list items and code blocks
 * kept, every text line escaped, a code block left open by the note closed. Lines are not
 * indented; blank lines separate paragraphs.
 */
function noteLines(note) {
    const out = [];
    let fence;
    for (const raw of (0,markdown/* stripUnsafeCharacters */.lf)(note).replace(/\r\n?/g, '\n').split('\n')) {
        const line = raw.replace(/\s+$/, '');
        const f = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence) {
            out.push(line);
            if (f && f[2]?.[0] === fence.char && (f[2]?.length ?? 0) >= fence.length && !f[3]?.trim())
                fence = undefined;
            continue;
        }
        if (f && !(f[2]?.startsWith('`') && f[3]?.includes('`'))) {
            fence = { char: f[2]?.[0] ?? '`', length: f[2]?.length ?? 3 };
            out.push(`${f[1]}${f[2]}${(f[3] ?? '').replace(/[^\w+.-]/g, '')}`);
            continue;
        }
        if (line.trim() === '') {
            if (out.length > 0 && out[out.length - 1] !== '')
                out.push('');
            continue;
        }
        const m = /^(\s*)((?:[-*+]|\d{1,9}[.)])\s+)?(.*)$/.exec(line);
        const [, indent = '', marker = '', text = ''] = m;
        // Text that would start a heading, a rule or a setext underline stays text.
        const escaped = (0,markdown/* escapeInline */.VV)(text).replace(/^(#{1,6}(?=\s|$)|[-=]+\s*$)/, '\\$1');
        out.push(`${indent}${marker}${escaped}`);
    }
    if (fence)
        out.push(fence.char.repeat(fence.length));
    while (out[out.length - 1] === '')
        out.pop();
    return out;
}
function entry(c, repoUrl, bullet) {
    return { sha: c.sha, lines: [entryLine(c, repoUrl, bullet)] };
}
/** A breaking entry carries its whole migration note on the following, indented lines. */
function breakingEntry(c, repoUrl, bullet) {
    const lines = [entryLine(c, repoUrl, bullet)];
    const notes = c.breakingNotes.filter(n => n.trim() !== '' && n.trim() !== c.subject.trim());
    notes.forEach((note, i) => {
        if (i > 0)
            lines.push('');
        lines.push(...noteLines(note).map(l => (l === '' ? '' : `  ${l}`)));
    });
    return { sha: c.sha, lines };
}
function keepAChangelogHeading(c, config) {
    if (c.scope?.toLowerCase() === 'security')
        return 'Security';
    return config.keepAChangelog[c.type];
}
/** The file's name for a group heading, when the file has one for the same concept. */
function fileHeading(heading, form) {
    return form.groupNames?.[groupConcept(heading)] ?? heading;
}
function renderBody(release, opts) {
    const { config, repoUrl, form } = opts;
    const bullet = form.bullet ?? '-';
    const breaking = release.commits.filter(c => c.breaking);
    const groups = [];
    const push = (heading, entries) => groups.push({ heading: fileHeading(heading, form), entries });
    if (breaking.length > 0)
        push(BREAKING_HEADING, breaking.map(c => breakingEntry(c, repoUrl, bullet)));
    const rest = release.commits.filter(c => !c.breaking && !c.dependency);
    const dependencies = release.commits.filter(c => !c.breaking && c.dependency);
    const collapsed = dependencies.length > 0
        ? {
            sha: dependencies[dependencies.length - 1]?.sha ?? '',
            lines: [dependencyLine(dependencies.length, bullet)],
            collapsed: dependencies.length,
            shas: dependencies.map(c => c.sha),
        }
        : undefined;
    if (opts.style === 'grouped') {
        const listed = new Set();
        for (const group of config.groups) {
            const commits = rest.filter(c => group.types.includes(c.type));
            commits.forEach(c => listed.add(c));
            if (commits.length > 0)
                push(group.title, commits.map(c => entry(c, repoUrl, bullet)));
        }
        const other = rest.filter(c => !listed.has(c));
        if (config.otherTitle && other.length > 0)
            push(config.otherTitle, other.map(c => entry(c, repoUrl, bullet)));
        if (collapsed)
            push(DEPENDENCIES_HEADING, [collapsed]);
    }
    else {
        for (const heading of changelog_config/* KEEP_A_CHANGELOG_HEADINGS */.t8) {
            const commits = rest.filter(c => keepAChangelogHeading(c, config) === heading);
            // Keep a Changelog lists dependency updates as a change.
            const entries = commits.map(c => entry(c, repoUrl, bullet));
            if (heading === 'Changed' && collapsed)
                entries.push(collapsed);
            if (entries.length > 0)
                push(heading, entries);
        }
    }
    return {
        groups,
        groupLevel: form.groupLevel ?? 3,
        ...(release.version ? { empty: NOTHING_TO_LIST } : {}),
    };
}
function bodyText(body) {
    const hashes = '#'.repeat(body.groupLevel ?? 3);
    if (body.groups.length === 0)
        return body.empty ? `${body.empty}\n` : '';
    return body.groups
        .map(g => `${hashes} ${g.heading}\n\n${g.entries.flatMap(e => e.lines).join('\n')}\n`)
        .join('\n');
}
/** The headings a style writes, in order (Breaking Changes first), in the file's names. */
function canonicalHeadings(style, config, form) {
    const names = style === 'keep-a-changelog'
        ? [BREAKING_HEADING, ...changelog_config/* KEEP_A_CHANGELOG_HEADINGS */.t8]
        : [
            BREAKING_HEADING,
            ...config.groups.map(g => g.title),
            ...(config.otherTitle ? [config.otherTitle] : []),
            DEPENDENCIES_HEADING,
        ];
    return form ? names.map(n => fileHeading(n, form)) : names;
}
/** The whole section: heading, a blank line, the groups. Ends with a newline. */
function renderSection(release, opts) {
    const body = bodyText(renderBody(release, opts));
    return `${headingLine(release, opts)}\n${body ? `\n${body}` : ''}`;
}
function utcDate(time) {
    const d = typeof time === 'number' ? new Date(time * 1000) : time;
    return d.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./packages/changelog/document.ts
/**
 * A CHANGELOG file as its maintainers wrote it, and the upsert of one section into it. A release
 * is any heading of level 1 to 3 that names a version (`# [21.2.0](url) (2025-06-01)`,
 * `## v1.2.3 - 2025-06-01`, `### 1.2.3`) or Unreleased, with the `<a name="…"></a>` anchor above it;
 * it ends at the next release heading or at the next other heading of its level or higher.
 *
 * Writing a section changes that section only — and, for a new newest release, the Unreleased
 * section whose entries move into it. Everything else is kept byte for byte: the header, hand
 * edits, HTML comments, unusual or duplicated headings, the line endings. A re-run of a section
 * keeps every line in it where it is and adds only the entries of commits it does not mention yet
 * (grouped style: and drops the generated entries of commits it no longer lists). Writing the same
 * section twice gives the same file.
 */


const ANCHOR = String.raw `<a\s[^>]*>\s*</a>\s*`;
const VERSION_TEXT = new RegExp(String.raw `^(?:${ANCHOR})?(\[)?(?:(?:version|release)\s+)?([^\s[\]()]*?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(\([^)\s]*\))?(.*)$`, 'i');
const UNRELEASED_TEXT = new RegExp(String.raw `^(?:${ANCHOR})?\[?unreleased\]?(?=$|[\s:(\-–—])`, 'i');
const ANCHOR_LINE = new RegExp(String.raw `^\s*${ANCHOR}$`);
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const DATE = /^(\s*(?:[-–—/:|]\s*)?\(?)(\d{4}-\d{2}-\d{2})(\)?)/;
const LINK_REF = /^ {0,3}\[[^\]]+\]:\s*\S/;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;
const ITEM = /^ ?([-*+]|\d{1,9}[.)])[ \t]+\S/;
/** The commit link a generated entry ends with: `(abc1234)` or `([abc1234](…/commit/…))`. */
const COMMIT_REF = /\(\s*\[?([0-9a-f]{7,40})\]?(?:\([^)\s]*\))?\s*\)\s*$/;
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
const bare = (line) => line.replace(/\r?\n$/, '');
const blank = (line) => line === undefined || bare(line).trim() === '';
/** What each line is: a Markdown heading, inside a code fence or HTML comment, or text. */
function lineKinds(lines) {
    const kinds = [];
    let fence;
    let comment = false;
    for (const raw of lines) {
        const line = bare(raw);
        let kind = 'text';
        if (fence) {
            kind = 'code';
            if (line.trimStart().startsWith(fence))
                fence = undefined;
        }
        else if (comment) {
            kind = 'code';
            if (line.includes('-->'))
                comment = false;
        }
        else {
            const f = /^\s{0,3}(```+|~~~+)/.exec(line);
            if (f) {
                fence = f[1];
                kind = 'code';
            }
            else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
                comment = true;
                kind = line.trimStart().startsWith('<!--') ? 'code' : 'text';
            }
            else if (/^#{1,6}(\s|$)/.test(line))
                kind = 'heading';
        }
        kinds.push(kind);
    }
    return kinds;
}
/** A heading's text as a release: a version (in any of the common forms) or Unreleased. */
function parseReleaseHeading(text) {
    if (UNRELEASED_TEXT.test(text)) {
        return {
            kind: 'unreleased',
            brackets: /^(?:<a\s[^>]*>\s*<\/a>\s*)?\[/i.test(text),
            linked: false,
            prefix: '',
            date: undefined,
        };
    }
    const m = VERSION_TEXT.exec(text);
    if (!m)
        return undefined;
    const [, open, prefix = '', versionText = '', close, link, rest = ''] = m;
    if (Boolean(open) !== Boolean(close) || (link && !open))
        return undefined;
    if (rest !== '' && !/^\s/.test(rest))
        return undefined;
    const version = (0,versioning/* parseVersion */.ot)(versionText);
    if (!version)
        return undefined;
    const d = DATE.exec(rest);
    const date = d
        ? { before: d[1] ?? ' - ', after: d[3] ?? '' }
        : rest.trim() === ''
            ? 'none'
            : undefined;
    return { kind: 'version', version, brackets: Boolean(open), linked: Boolean(link), prefix, date };
}
function atx(line) {
    const m = ATX.exec(line);
    return m ? { level: m[1]?.length ?? 1, text: (m[2] ?? '').trim() } : undefined;
}
function parseChangelog(text) {
    const lines = splitLines(text);
    const crlf = lines.filter(l => l.endsWith('\r\n')).length;
    const eol = crlf > lines.length / 2 ? '\r\n' : '\n';
    const kinds = lineKinds(lines);
    // Trailing link references (and blank lines among them).
    let refsStart = lines.length;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = bare(lines[i] ?? '');
        if (line.trim() === '')
            continue;
        if (LINK_REF.test(line))
            refsStart = i;
        else
            break;
    }
    // A trailing HTML comment (git-cliff writes `<!-- generated by git-cliff -->`) is footer too.
    let footerStart = refsStart;
    let i = refsStart - 1;
    while (i >= 0 && blank(lines[i]))
        i--;
    if (i >= 0 &&
        bare(lines[i] ?? '')
            .trim()
            .endsWith('-->')) {
        let j = i;
        while (j >= 0 && !bare(lines[j] ?? '').includes('<!--'))
            j--;
        if (j >= 0 && !kinds.slice(j, i + 1).includes('heading'))
            footerStart = j;
    }
    const sections = [];
    let current;
    const found = [];
    for (let k = 0; k < footerStart; k++) {
        if (kinds[k] !== 'heading')
            continue;
        const h = atx(bare(lines[k] ?? ''));
        if (!h)
            continue;
        const release = h.level <= 3 ? parseReleaseHeading(h.text) : undefined;
        if (release) {
            // The anchor lines (`<a name="1.2.3"></a>`) right above the heading belong to it.
            let start = k;
            const floor = current ? current.heading + 1 : 0;
            for (let j = k - 1; j >= floor; j--) {
                const line = bare(lines[j] ?? '');
                if (ANCHOR_LINE.test(line) && kinds[j] === 'text')
                    start = j;
                else if (line.trim() !== '')
                    break;
            }
            if (current)
                current.end = start;
            current = { start, heading: k, end: footerStart, level: h.level, kind: release.kind };
            if (release.version)
                current.version = release.version;
            sections.push(current);
            found.push({ section: current, heading: release });
        }
        else if (current && h.level <= current.level) {
            current.end = k;
            current = { start: k, heading: k, end: footerStart, level: h.level, kind: 'other' };
            sections.push(current);
        }
    }
    const first = sections[0];
    const headerEnd = first ? first.start : footerStart;
    return {
        lines,
        eol,
        sections,
        headerEnd,
        footerStart,
        refsStart,
        form: learnForm(lines, kinds, found),
    };
}
/** The file's style, from its newest release headings and the sections under them. */
function learnForm(lines, kinds, found) {
    const versions = found.filter(f => f.heading.kind === 'version');
    const source = versions[0] ?? found[0];
    if (!source)
        return undefined;
    const h = source.heading;
    const form = {
        brackets: h.brackets,
        prefixed: h.prefix !== '',
        prefix: h.prefix,
    };
    if (h.kind === 'version') {
        form.linked = h.linked;
        if (h.date)
            form.date = h.date;
        if (source.section.start < source.section.heading)
            form.anchor = blank(lines[source.section.heading - 1]) ? 'gap' : 'tight';
    }
    const patch = versions.find(f => f.section.version && f.section.version.patch !== 0);
    const other = versions.find(f => f.section.version && f.section.version.patch === 0);
    const unreleased = found.find(f => f.heading.kind === 'unreleased');
    const fallback = source.section.level;
    const levels = {
        patch: patch?.section.level ?? other?.section.level ?? fallback,
        other: other?.section.level ?? patch?.section.level ?? fallback,
        unreleased: 0,
    };
    levels.unreleased = unreleased?.section.level ?? Math.min(levels.patch, levels.other);
    form.levels = levels;
    const names = {};
    for (const { section } of found) {
        for (let k = section.heading + 1; k < section.end; k++) {
            const line = bare(lines[k] ?? '');
            if (kinds[k] === 'heading') {
                const sub = atx(line);
                if (!sub || sub.level <= section.level)
                    continue;
                form.groupLevel ??= sub.level;
                if (sub.level === form.groupLevel)
                    names[groupConcept(sub.text)] ??= sub.text;
            }
            else if (kinds[k] === 'text' && form.bullet === undefined) {
                const item = /^([-*+])[ \t]+\S/.exec(line);
                if (item)
                    form.bullet = item[1];
            }
        }
    }
    form.groupLevel ??= Math.max(3, source.section.level + 1);
    form.groupNames = names;
    return form;
}
/**
 * The dependency-updates line for the updates a section does not mention one by one yet (lerna's
 * files list `fix(deps)` commits as entries); none when it mentions them all.
 */
function recount(e, mentioned) {
    const count = (e.shas ?? []).filter(s => !mentioned(s)).length;
    const bullet = (e.lines[0] ?? '-')[0] ?? '-';
    return count > 0 ? [dependencyLine(count, bullet)] : [];
}
/** The group level of a body: the file's, else one below its heading (at least `###`). */
function groupLevelOf(body) {
    return body.groupLevel ?? 3;
}
/** A section's body (bare lines) split at its group headings (code fences and comments respected). */
function blocksOf(lines, sectionLevel) {
    const kinds = lineKinds(lines);
    const out = { preamble: [], subsections: [] };
    let current = out.preamble;
    lines.forEach((line, i) => {
        const h = kinds[i] === 'heading' ? atx(line) : undefined;
        if (h && h.level > sectionLevel) {
            const sub = { heading: h.text, lines: [] };
            out.subsections.push(sub);
            current = sub.lines;
        }
        else
            current.push(line);
    });
    return out;
}
function trimBlank(lines) {
    let a = 0;
    let b = lines.length;
    while (a < b && (lines[a] ?? '').trim() === '')
        a++;
    while (b > a && (lines[b - 1] ?? '').trim() === '')
        b--;
    return lines.slice(a, b);
}
/**
 * Merge entries written by hand (the Unreleased section moving into a new release) with generated
 * ones: hand text first and verbatim under its heading (matched by meaning: a hand `### Fixes`
 * takes the generated `Bug Fixes`); a generated entry is added only when its commit is not
 * already mentioned anywhere in the hand text.
 */
function mergeBody(hand, generated, canonical) {
    const hashes = '#'.repeat(groupLevelOf(generated));
    const handText = [...hand.preamble, ...hand.subsections.flatMap(s => s.lines)].join('\n');
    const present = (sha) => handText.includes(sha.slice(0, 7));
    // The dependency-updates line is counted anew.
    const own = (lines) => lines.filter(l => !DEPENDENCY_LINE.test(l));
    const handFor = (concept) => trimBlank(hand.subsections
        .filter(s => groupConcept(s.heading) === concept)
        .flatMap(s => trimBlank(own(s.lines)).concat([''])));
    const generatedFor = (concept) => generated.groups
        .filter(g => groupConcept(g.heading) === concept)
        .flatMap(g => g.entries)
        .flatMap(e => e.collapsed === undefined ? (present(e.sha) ? [] : e.lines) : recount(e, present));
    // The name a concept is written with: the generated group's (the file's name), else the hand's.
    const nameOf = (concept, fallback) => generated.groups.find(g => groupConcept(g.heading) === concept)?.heading ??
        hand.subsections.find(s => groupConcept(s.heading) === concept)?.heading ??
        fallback;
    const parts = [];
    const emit = (heading, lines) => {
        if (lines.length > 0)
            parts.push(`${hashes} ${heading}\n\n${lines.join('\n')}\n`);
    };
    const breaking = groupConcept(BREAKING_HEADING);
    // Breaking changes and migrations first, then any text the section starts with, then the lists.
    emit(nameOf(breaking, BREAKING_HEADING), [...handFor(breaking), ...generatedFor(breaking)]);
    const preamble = trimBlank(hand.preamble);
    if (preamble.length > 0)
        parts.push(`${preamble.join('\n')}\n`);
    const concepts = [];
    const seen = new Set([breaking]);
    for (const heading of [...canonical, ...generated.groups.map(g => g.heading)]) {
        const concept = groupConcept(heading);
        if (seen.has(concept))
            continue;
        seen.add(concept);
        concepts.push({ concept, name: nameOf(concept, heading) });
    }
    for (const { concept, name } of concepts)
        emit(name, [...handFor(concept), ...generatedFor(concept)]);
    // Headings only the hand text has, in their order.
    for (const sub of hand.subsections) {
        const concept = groupConcept(sub.heading);
        if (seen.has(concept))
            continue;
        seen.add(concept);
        emit(sub.heading, handFor(concept));
    }
    return parts.join('\n');
}
function withEol(text, eol) {
    return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}
function sameVersion(a, b) {
    return (0,versioning/* compareVersions */.Zy)(a, b) === 0 && (0,versioning/* formatVersion */.qh)(a) === (0,versioning/* formatVersion */.qh)(b);
}
/** Splice `replacement` (text, may be empty) over lines [start, end). */
function splice(doc, start, end, replacement) {
    return [...doc.lines.slice(0, start), replacement, ...doc.lines.slice(end)].join('');
}
function ensureBlankBefore(doc, at) {
    const before = doc.lines[at - 1];
    if (at === 0 || before === undefined)
        return '';
    if (!/\n$/.test(before))
        return doc.eol + doc.eol;
    return bare(before).trim() === '' ? '' : doc.eol;
}
/** The list items of body lines (bare), with their indented continuation lines. */
function itemsOf(lines, kinds) {
    const items = [];
    let k = 0;
    while (k < lines.length) {
        const line = lines[k] ?? '';
        if (kinds[k] !== 'text' || !ITEM.test(line)) {
            k++;
            continue;
        }
        let end = k + 1;
        for (let j = k + 1; j < lines.length; j++) {
            const next = lines[j] ?? '';
            if (next.trim() === '')
                continue;
            if (/^\s{2,}\S/.test(next) || kinds[j] === 'code')
                end = j + 1;
            else
                break;
        }
        items.push({ start: k, end, sha: COMMIT_REF.exec(line)?.[1] });
        k = end;
    }
    return items;
}
/** The group headings of body lines: where each starts and ends (the next group heading). */
function groupsOf(lines, sectionLevel) {
    const kinds = lineKinds(lines);
    const groups = [];
    lines.forEach((line, k) => {
        const h = kinds[k] === 'heading' ? atx(line) : undefined;
        if (!h || h.level <= sectionLevel)
            return;
        const last = groups[groups.length - 1];
        if (last)
            last.end = k;
        groups.push({ at: k, end: lines.length, heading: h.text });
    });
    return groups;
}
/**
 * A re-run of an existing section: every line stays where it is; the entries of commits it does not
 * mention yet are added at the end of their group (a new group goes where the style puts it);
 * generated entries of commits no longer listed are dropped as `drop` says.
 */
function rerun(raw, opts) {
    const { body, eol } = opts;
    let trailing = raw.length;
    while (trailing > 0 && blank(raw[trailing - 1]))
        trailing--;
    const tail = raw.slice(trailing);
    const original = raw.slice(0, trailing).map(l => ({ raw: l, text: bare(l) }));
    const line = (t) => ({ raw: `${t}${eol}`, text: t });
    const listed = body.groups.flatMap(g => g.entries.flatMap(e => [e.sha, ...(e.shas ?? [])]));
    const matches = (shas, short) => shas.some(s => s.startsWith(short));
    // 1. Generated entries of commits the section no longer lists, and a group they leave empty.
    const texts = original.map(l => l.text);
    const removed = new Set();
    const collapsed = body.groups.flatMap(g => g.entries).find(e => e.collapsed !== undefined);
    const mentionedBefore = texts.join('\n');
    const recounted = collapsed
        ? recount(collapsed, sha => mentionedBefore.includes(sha.slice(0, 7)))
        : [];
    // The dependency-updates line goes when no update is left to count.
    if (recounted.length === 0 && opts.drop !== 'none')
        texts.forEach((t, k) => DEPENDENCY_LINE.test(t) && removed.add(k));
    if (opts.drop !== 'none') {
        for (const item of itemsOf(texts, lineKinds(texts))) {
            if (!item.sha || matches(listed, item.sha))
                continue;
            if (opts.drop === 'unlisted' || matches(opts.rangeShas, item.sha))
                for (let k = item.start; k < item.end; k++)
                    removed.add(k);
        }
        for (const g of groupsOf(texts, opts.sectionLevel)) {
            const inside = Array.from({ length: g.end - g.at - 1 }, (_, i) => g.at + 1 + i);
            if (inside.some(k => removed.has(k)) && inside.every(k => removed.has(k) || blank(texts[k])))
                for (let k = g.at; k < g.end; k++)
                    removed.add(k);
        }
    }
    let lines = original.filter((_, k) => !removed.has(k));
    while (lines.length > 0 && blank(lines[lines.length - 1]?.text))
        lines.pop();
    // 2. Entries of commits not mentioned yet, under their group.
    const mentioned = lines.map(l => l.text).join('\n');
    const order = [...opts.canonical, ...body.groups.map(g => g.heading)].map(groupConcept);
    const rank = (heading) => {
        const i = order.indexOf(groupConcept(heading));
        return i === -1 ? undefined : i;
    };
    const hashes = '#'.repeat(groupLevelOf(body));
    // The dependency-updates line is counted anew, where it is.
    const dependencyAt = lines.findIndex(l => DEPENDENCY_LINE.test(l.text));
    if (recounted[0] !== undefined && dependencyAt !== -1) {
        const fresh = recounted[0];
        const old = lines[dependencyAt];
        if (old.text !== fresh)
            lines[dependencyAt] = { raw: old.raw.replace(old.text, fresh), text: fresh };
    }
    for (const group of body.groups) {
        const entries = group.entries.flatMap(e => {
            if (e.collapsed !== undefined)
                return dependencyAt === -1 ? recounted : [];
            return mentioned.includes(e.sha.slice(0, 7)) ? [] : e.lines;
        });
        if (entries.length === 0)
            continue;
        const subs = groupsOf(lines.map(l => l.text), opts.sectionLevel);
        const target = subs.find(s => groupConcept(s.heading) === groupConcept(group.heading));
        if (target) {
            // After the group's last list item; without one, after its last line of text (a comment
            // line right above the next heading belongs to that heading).
            const texts = lines.map(l => l.text);
            const items = itemsOf(texts, lineKinds(texts)).filter(i => i.start > target.at && i.start < target.end);
            let at = items.length > 0 ? items[items.length - 1].end : target.end;
            if (items.length === 0)
                while (at > target.at + 1 &&
                    (blank(texts[at - 1]) || COMMENT_LINE.test(texts[at - 1] ?? '')))
                    at--;
            lines.splice(at, 0, ...(at === target.at + 1 ? [line('')] : []), ...entries.map(line));
            continue;
        }
        const mine = rank(group.heading) ?? Number.MAX_SAFE_INTEGER;
        const lower = subs.filter(s => (rank(s.heading) ?? Number.MAX_SAFE_INTEGER) < mine).pop();
        const before = lower
            ? subs[subs.indexOf(lower) + 1]
            : (subs.find(s => (rank(s.heading) ?? -1) > mine) ?? subs[0]);
        const block = [`${hashes} ${group.heading}`, '', ...entries].map(line);
        if (before)
            lines.splice(before.at, 0, ...block, line(''));
        else
            lines.push(...(lines.length > 0 ? [line('')] : []), ...block);
    }
    // 3. The nothing-to-list line goes when there is something, and comes when there is nothing.
    const isPlaceholder = (l) => l?.text.trim() === NOTHING_TO_LIST;
    const content = lines.filter(l => !blank(l.text) && !isPlaceholder(l));
    if (content.length > 0 && lines.some(isPlaceholder)) {
        lines = lines.filter((l, k) => !isPlaceholder(l) && !(isPlaceholder(lines[k - 1]) && blank(l.text)));
    }
    else if (content.length === 0 && !lines.some(isPlaceholder) && body.empty) {
        lines = [line(''), line(body.empty)];
    }
    // A body that was empty, or started with a blank line, has one under the heading.
    const blankFirst = original.length === 0 || blank(original[0]?.text);
    if (blankFirst && lines.length > 0 && !blank(lines[0]?.text))
        lines.unshift(line(''));
    const result = lines.map(l => l.raw);
    const last = result.length - 1;
    if (last >= 0 && !/\n$/.test(result[last] ?? '') && tail.length > 0)
        result[last] += eol;
    return [...result, ...tail];
}
function upsertSection(existing, opts) {
    let text = existing ?? opts.initial;
    let doc = parseChangelog(text);
    const eol = doc.eol;
    const version = opts.version;
    const isTarget = (s) => version
        ? s.kind === 'version' && s.version !== undefined && sameVersion(s.version, version)
        : s.kind === 'unreleased';
    const target = doc.sections.find(isTarget);
    if (target) {
        // A re-run: this section only, its lines where they are. A release section without a generated
        // entry (no commit link, no line of ours: written by hand, or left empty) is left as it is.
        const headingLine = doc.lines[target.heading] ?? '';
        const own = doc.lines.slice(target.heading + 1, target.end).map(bare);
        const generated = itemsOf(own, lineKinds(own)).some(i => i.sha !== undefined) ||
            own.some(l => DEPENDENCY_LINE.test(l) || l.trim() === NOTHING_TO_LIST);
        if (target.kind === 'version' && !generated) {
            const section = `${[bare(headingLine), '', ...trimBlank(own)].join('\n')}\n`;
            return { text, section: withEol(section, eol) };
        }
        const bodyLines = rerun(doc.lines.slice(target.heading + 1, target.end), {
            body: opts.body,
            canonical: opts.canonical,
            sectionLevel: target.level,
            drop: opts.style === 'keep-a-changelog'
                ? 'none'
                : target.kind === 'unreleased'
                    ? 'unlisted'
                    : 'range',
            rangeShas: opts.rangeShas ?? [],
            eol,
        });
        let heading = headingLine;
        if (!/\n$/.test(heading) && bodyLines.length > 0)
            heading += eol;
        text = [
            ...doc.lines.slice(0, target.heading),
            heading,
            ...bodyLines,
            ...doc.lines.slice(target.end),
        ].join('');
        const written = [bare(headingLine), ...trimBlank(bodyLines.map(bare))];
        // Keep the first blank line after the heading when the body has one.
        const section = `${written[0]}\n${written.length > 1 ? `\n${written.slice(1).join('\n')}\n` : ''}`;
        return { text, section: withEol(section, eol) };
    }
    // A new section. When it is the newest release, the Unreleased entries move into it.
    const unreleased = doc.sections.find(s => s.kind === 'unreleased');
    const newest = version !== undefined &&
        !doc.sections.some(s => s.kind === 'version' && s.version && (0,versioning/* compareVersions */.Zy)(s.version, version) > 0);
    const move = version !== undefined && unreleased !== undefined && newest && opts.moveUnreleased !== false;
    let hand = [];
    if (move && unreleased) {
        hand = doc.lines.slice(unreleased.heading + 1, unreleased.end).map(bare);
        if (opts.style === 'grouped') {
            // Generated entries of commits this release does not list are not carried into it.
            const listed = opts.body.groups.flatMap(g => g.entries.map(e => e.sha));
            const drop = new Set();
            for (const item of itemsOf(hand, lineKinds(hand)))
                if (item.sha && !listed.some(s => s.startsWith(item.sha)))
                    for (let k = item.start; k < item.end; k++)
                        drop.add(k);
            hand = hand.filter((_, k) => !drop.has(k));
        }
    }
    const merged = mergeBody(blocksOf(hand, unreleased?.level ?? 2), opts.body, opts.canonical);
    const bodyText = merged || (opts.body.empty ? `${opts.body.empty}\n` : '');
    const section = `${opts.heading}\n${bodyText ? `\n${bodyText}` : ''}`;
    if (move && unreleased) {
        // keep-a-changelog keeps a fresh, empty Unreleased heading; grouped drops the section.
        const keepHeading = opts.style === 'keep-a-changelog';
        const headingText = doc.lines[unreleased.heading] ?? '';
        text = splice(doc, unreleased.start, unreleased.end, keepHeading
            ? `${doc.lines.slice(unreleased.start, unreleased.heading).join('')}${headingText.endsWith('\n') ? headingText : headingText + eol}${eol}`
            : '');
        doc = parseChangelog(text);
    }
    // A file that puts an anchor above its release headings gets one above this one too.
    const anchor = version && doc.form?.anchor
        ? `<a name="${(0,versioning/* formatVersion */.qh)(version)}"></a>\n${doc.form.anchor === 'gap' ? '\n' : ''}`
        : '';
    const chunk = withEol(`${anchor}${section}`, eol);
    let at;
    if (!version)
        at = doc.headerEnd;
    else {
        const older = doc.sections.find(s => s.kind === 'version' && s.version && (0,versioning/* compareVersions */.Zy)(s.version, version) < 0);
        if (older)
            at = older.start;
        else {
            const releases = doc.sections.filter(s => s.kind === 'version' || s.kind === 'unreleased');
            at = releases.length > 0 ? releases[releases.length - 1].end : doc.headerEnd;
        }
    }
    const after = at < doc.lines.length ? eol : '';
    text = splice(doc, at, at, `${ensureBlankBefore(doc, at)}${chunk}${after}`);
    // Link references at the bottom, when the file keeps them; [Unreleased] moves on to a new newest.
    if (opts.refs)
        text = updateRefs(text, { ...opts.refs, unreleasedUrl: newest ? opts.refs.unreleasedUrl : undefined }, eol);
    return { text, section: withEol(section, eol) };
}
function updateRefs(text, refs, eol) {
    const label = (line) => /^ {0,3}\[([^\]]+)\]:/.exec(bare(line))?.[1]?.toLowerCase();
    // This version's reference: right after [Unreleased] (newest first), or first in the block.
    let doc = parseChangelog(text);
    let lines = [...doc.lines];
    const refLabels = lines.slice(doc.refsStart).map(label);
    if (!refLabels.includes(refs.label.toLowerCase())) {
        const newLine = `[${refs.label}]: ${refs.url}${eol}`;
        const unreleasedAt = refLabels.indexOf('unreleased');
        if (unreleasedAt !== -1)
            lines.splice(doc.refsStart + unreleasedAt + 1, 0, newLine);
        else if (doc.refsStart < lines.length)
            lines.splice(doc.refsStart, 0, newLine);
        else {
            const last = lines[lines.length - 1] ?? '';
            if (last !== '' && !last.endsWith('\n'))
                lines[lines.length - 1] = last + eol;
            if (last !== '' && bare(last).trim() !== '')
                lines.push(eol);
            lines.push(newLine);
        }
    }
    // [Unreleased] compares this release with HEAD.
    if (refs.unreleasedUrl) {
        doc = parseChangelog(lines.join(''));
        lines = [...doc.lines];
        const at = lines.findIndex((l, i) => i >= doc.refsStart && label(l) === 'unreleased');
        if (at !== -1)
            lines[at] =
                `${/^ {0,3}\[[^\]]+\]:/.exec(bare(lines[at] ?? ''))?.[0]} ${refs.unreleasedUrl}${eol}`;
        else if (doc.sections.some(s => s.kind === 'unreleased'))
            lines.splice(doc.refsStart, 0, `[Unreleased]: ${refs.unreleasedUrl}${eol}`);
    }
    return lines.join('');
}
/** Does the file keep link references for its versions (`[1.2.3]: https://…`)? */
function hasLinkRefs(doc) {
    return doc.refsStart < doc.lines.length;
}
/** The base URL of the existing `[Unreleased]:` reference, when there is one. */
function refsBaseUrl(doc) {
    for (const line of doc.lines.slice(doc.refsStart)) {
        const m = /^ {0,3}\[unreleased\]:\s*(\S+)/i.exec(bare(line));
        if (m)
            return m[1]?.replace(/\/compare\/.*$/, '');
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/attest/index.ts + 7 modules
var attest = __webpack_require__(5109);
// EXTERNAL MODULE: ./packages/helm/index.ts + 6 modules
var helm = __webpack_require__(8681);
;// CONCATENATED MODULE: ./packages/changelog/notes.ts
/**
 * Release notes in the outline mature projects use (Summary, Breaking Changes, Upgrade Notes,
 * Images, Verification, Known Limitations, Changelog), written from the changelog section. The body
 * stays under GitHub's 125,000-character limit; when cut, it links to the full changelog.
 */





const GITHUB_RELEASE_BODY_LIMIT = 125_000;
function releaseKind(v, previous) {
    if ((0,versioning/* isPrerelease */.V1)(v))
        return 'pre-release';
    if (!previous)
        return 'first';
    if (v.major !== previous.major)
        return 'major';
    if (v.minor !== previous.minor)
        return 'minor';
    return 'patch';
}
function imageRef(image, version) {
    const lastSlash = image.lastIndexOf('/');
    const hasTag = image.slice(lastSlash + 1).includes(':') || image.includes('@');
    return hasTag ? image : `${image}:${(0,versioning/* formatVersion */.qh)(version, { build: false })}`;
}
function renderReleaseNotes(input, previousVersion) {
    const { version, tag, repoUrl, commits } = input;
    const limit = input.limit ?? GITHUB_RELEASE_BODY_LIMIT;
    const repository = repoUrl ? new URL(repoUrl).pathname.replace(/^\/|\/$/g, '') : undefined;
    const kind = releaseKind(version, previousVersion);
    const breaking = commits.filter(c => c.breaking);
    const features = commits.filter(c => !c.breaking && c.type === 'feat').length;
    const fixes = commits.filter(c => !c.breaking && c.type === 'fix').length;
    const since = input.previousTag ? ` since ${input.previousTag}` : '';
    const summary = [
        `${tag} is a ${kind} release: ${commits.length} change${commits.length === 1 ? '' : 's'}${since}, with ${features} new feature${features === 1 ? '' : 's'}, ${fixes} fix${fixes === 1 ? '' : 'es'} and ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}.`,
    ];
    if ((0,versioning/* isPrerelease */.V1)(version))
        summary.push('This is a pre-release for testing; it is not the latest release.');
    if (version.major === 0) {
        summary.push(`The API is experimental while the major version is 0: it may change in a later minor release (0.${version.minor + 1}.0), and breaking changes are possible in any minor release.`);
    }
    const breakingLines = breaking.length === 0
        ? ['None.']
        : breaking.map(c => `- ${c.scope ? `**${(0,markdown/* escapeInline */.VV)(c.scope)}:** ` : ''}${(0,markdown/* escapeInline */.VV)(c.subject)}`);
    const migrations = breaking.flatMap(c => c.breakingNotes.filter(n => n.trim() !== c.subject.trim()));
    // Each note whole: its paragraphs, lists and code blocks, under its own bullet.
    const migrationLines = migrations.flatMap(n => {
        const lines = noteLines(n);
        return lines.length === 0
            ? []
            : [`- ${lines[0]}`, ...lines.slice(1).map(l => (l === '' ? '' : `  ${l}`))];
    });
    const upgrade = migrationLines.length > 0
        ? migrationLines
        : [
            breaking.length > 0
                ? 'Read the breaking changes above before upgrading.'
                : `No action is needed to upgrade${input.previousTag ? ` from ${input.previousTag}` : ''}.`,
        ];
    const images = input.images.map(i => imageRef(i, version));
    const imageLines = images.length === 0
        ? ['This release publishes no container images.']
        : images.map(i => `- ${(0,markdown/* code */.aY)(i)}`);
    const charts = input.charts ?? [];
    const chartLines = charts.flatMap(c => [
        `- ${(0,markdown/* code */.aY)(`${c.repository}:${c.version}${c.digest ? `@${c.digest}` : ''}`)}`,
    ]);
    if (charts.length > 0)
        chartLines.push('', '```bash', ...charts.map(c => (0,helm/* helmUpgradeCommand */.sf)(c.name, `oci://${c.repository}`, c.version)), '```');
    const verify = [
        '```bash',
        `# Checksums of the downloaded assets`,
        `sha256sum --check --ignore-missing ${input.checksumsFile}`,
    ];
    const attested = input.attested ?? true;
    if (repository && attested) {
        const signer = input.signerWorkflow;
        const signerFlag = signer ? ` --signer-workflow ${signer}` : '';
        verify.push('', '# Build provenance of an asset (GitHub CLI 2.49 or newer)', `gh attestation verify <asset> --repo ${repository}${signerFlag}`);
        for (const image of images)
            verify.push(`gh attestation verify oci://${image} --repo ${repository}${signerFlag}`);
        for (const c of charts.filter(c => c.digest))
            verify.push(`gh attestation verify oci://${c.repository}@${c.digest} --repo ${repository}${signerFlag}`);
        if (images.length > 0) {
            // The certificate names the workflow that signed: this repository's at this tag, or a
            // reusable workflow of another repository at the ref it was called with.
            const identity = (0,attest/* certificateIdentityRegexp */.NT)({
                serverUrl: 'https://github.com',
                repository,
                signerWorkflow: signer,
                tag,
            });
            verify.push('', '# The same with cosign (v2 and v3)');
            for (const image of images) {
                verify.push(`cosign verify-attestation --type slsaprovenance1 \\`, `  --certificate-oidc-issuer https://token.actions.githubusercontent.com \\`, `  --certificate-identity-regexp '${identity}' \\`, `  ${image}`);
            }
        }
    }
    if (repository && input.signed && images.length > 0) {
        verify.push('', '# The keyless signature of each image (cosign v2 and v3)');
        for (const image of images) {
            const args = (0,attest/* cosignVerifyArgs */.GN)(image, {
                serverUrl: 'https://github.com',
                repository,
                signerWorkflow: input.signerWorkflow,
                tag,
            });
            verify.push(['cosign', ...args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`))].join(' '));
        }
    }
    if (!attested)
        verify.push('', '# This release has no provenance attestations (it was made with attest: false).');
    verify.push('```');
    const limitations = input.knownLimitations?.trim()
        ? [input.knownLimitations.trim()]
        : [version.major === 0 ? '- The API is not yet stable (0.x).' : 'None known.'];
    const full = repoUrl ? `${repoUrl}/blob/${tag}/CHANGELOG.md` : undefined;
    const compare = repoUrl && input.previousTag ? compareUrl(repoUrl, input.previousTag, tag) : undefined;
    const head = [
        '## Summary',
        '',
        ...summary,
        '',
        '## Breaking Changes',
        '',
        ...breakingLines,
        '',
        '## Upgrade Notes',
        '',
        ...upgrade,
        '',
        '## Images',
        '',
        ...imageLines,
        '',
        ...(chartLines.length > 0 ? ['## Helm Charts', '', ...chartLines, ''] : []),
        '## Verification',
        '',
        ...verify,
        '',
        '## Known Limitations',
        '',
        ...limitations,
        '',
        '## Changelog',
        '',
        '',
    ].join('\n');
    const tail = compare ? `\n**Full comparison**: ${compare}\n` : '';
    let changelog = input.changelogBody.trim() + '\n';
    const room = limit - head.length - tail.length;
    if (changelog.length > room) {
        const note = `\n… the changelog of this release is longer than a GitHub release allows; read it in full in ${full ?? 'CHANGELOG.md'}.\n`;
        const cutAt = changelog.lastIndexOf('\n', Math.max(0, room - note.length));
        changelog = changelog.slice(0, Math.max(0, cutAt)) + '\n' + note;
    }
    return head + changelog + tail;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/changelog/generate.ts
/**
 * generate-changelog's work, shared by the action and the CLI: read the commits of a release,
 * render its section, upsert it into the changelog file, and write the release notes. The file is
 * a regular file, never read or written through a symlink, and read-modified-written under a lock.
 */









const STANDARD_HEADERS = {
    grouped: [
        '# Changelog',
        '',
        'All notable changes to this project are documented in this file. Sections are generated from',
        'Conventional Commits by release-actions; edits made by hand are kept.',
        '',
    ].join('\n'),
    'keep-a-changelog': [
        '# Changelog',
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
    ].join('\n'),
};
/** The default range: previous stable tag for a stable version, previous tag for a pre-release. */
async function resolveRange(git, opts) {
    const tag = opts.version ? (0,versioning/* tagName */.wZ)(opts.tagPrefix, opts.version) : undefined;
    const tagExists = tag !== undefined && (await git.resolveCommit(`refs/tags/${tag}`)) !== undefined;
    const to = opts.to ?? (tagExists && tag ? tag : 'HEAD');
    const toCommit = await git.resolveCommit(to === tag ? `refs/tags/${to}` : to);
    if (!toCommit)
        throw new errors/* PreconditionError */.Rb(`'to' (${to}) does not name a commit in ${git.cwd}.`);
    let from = opts.from;
    let previousTag;
    // Asked only as far as needed: the previous release is usually a few commits below (reach.ts).
    const reachable = new versioning/* Reachability */.eb(git, (0,versioning/* releaseTags */.dt)(await git.tags(), opts.tagPrefix)).from(toCommit);
    const v = opts.version;
    const previous = v
        ? await reachable.highest(t => (0,versioning/* compareVersions */.Zy)(t.version, v) < 0 && ((0,versioning/* isPrerelease */.V1)(v) || !(0,versioning/* isPrerelease */.V1)(t.version)))
        : // Unreleased: what the next stable release will list (candidates get no section of their own).
            await reachable.highest(t => !(0,versioning/* isPrerelease */.V1)(t.version));
    previousTag = previous?.name;
    if (from === undefined)
        from = previous ? `refs/tags/${previous.name}` : undefined;
    else {
        if (!(await git.resolveCommit(from)))
            throw new errors/* PreconditionError */.Rb(`'from' (${from}) does not name a commit in ${git.cwd}.`);
        if ((0,versioning/* parseReleaseTag */.rE)(from, opts.tagPrefix) !== undefined)
            previousTag = from;
    }
    return { from, to, toCommit, tagExists, previousTag: previousTag?.replace(/^refs\/tags\//, '') };
}
function renderOptions(style, config, repoUrl, form) {
    return { style, config, repoUrl, form };
}
/** The `### Known Limitations` text of a section, if its maintainers wrote one. */
function knownLimitations(section) {
    const m = /^###\s+Known Limitations\s*\n([\s\S]*?)(?=^###\s|(?![\s\S]))/im.exec(section);
    return m?.[1]?.trim() || undefined;
}
/** The date a tag was made (UTC): its tagger date, or its commit's date for a lightweight tag. */
async function tagDate(git, tag) {
    const time = await git.tagTime(tag);
    return time === undefined ? undefined : utcDate(time);
}
/**
 * Why the changelog file may not be read and rewritten where it is, or undefined. It must be a
 * regular file (or not exist yet), not a symlink, even one that stays inside: writing replaces the
 * link with a file, and reading copies the target's content in (which `bump` would commit). Below
 * `repo` (where it is written from), no symlinked directory on its way may lead outside `repo`.
 */
function changelogFileProblem(file, repo) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
    }
    catch {
        return undefined; // a path that cannot exist: the workspace rule or the write says why
    }
    if (st?.isSymbolicLink())
        return `is a symlink to ${(0,errors/* showValue */.vp)((0,files/* realPath */.Ye)(file), 4096)}; expected a regular file (a changelog is written in place, not through a link)`;
    if (st && !st.isFile())
        return 'is not a regular file; expected a changelog file';
    if ((0,files/* isUnder */.Jo)(repo, file)) {
        const escape = (0,files/* escapingLink */.Td)(repo, external_node_path_default().relative(repo, file));
        if (escape)
            return `is reached through ${(0,errors/* showValue */.vp)(escape.name, 4096)}, a symlink to ${(0,errors/* showValue */.vp)(escape.target, 4096)} outside ${repo}; expected a file inside it`;
    }
    return undefined;
}
async function generateChangelog(git, opts) {
    const range = await resolveRange(git, opts);
    const messages = await git.commitMessages({
        ...(range.from === undefined ? {} : { from: range.from }),
        to: range.toCommit,
        paths: opts.paths,
    });
    const { commits, skipped } = sectionCommits(messages, opts.config);
    const tag = opts.version ? (0,versioning/* tagName */.wZ)(opts.tagPrefix, opts.version) : undefined;
    const date = opts.version
        ? (opts.date ??
            (range.tagExists && tag ? await tagDate(git, tag) : undefined) ??
            utcDate(new Date()))
        : undefined;
    const release = {
        version: opts.version,
        tag,
        previousTag: range.previousTag,
        date,
        commits,
    };
    const file = opts.file;
    if (file) {
        const problem = changelogFileProblem(file, git.cwd);
        if (problem)
            throw new errors/* PreconditionError */.Rb(`${file} ${problem}.`);
    }
    // Read, upsert and write under the file's lock: runs at once each land their section.
    const update = () => {
        const existing = file && (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
        const parsed = existing === undefined ? undefined : parseChangelog(existing);
        const form = parsed?.form ?? { brackets: true, prefixed: false, prefix: '' };
        const ropts = renderOptions(opts.style, opts.config, opts.repoUrl, form);
        const body = renderBody(release, ropts);
        // Link references: kept up to date when the file has them (or a new keep-a-changelog file).
        const base = (parsed ? refsBaseUrl(parsed) : undefined) ?? opts.repoUrl;
        const wantsRefs = form.brackets &&
            base !== undefined &&
            tag !== undefined &&
            ((parsed !== undefined && hasLinkRefs(parsed)) ||
                (existing === undefined && opts.style === 'keep-a-changelog'));
        const label = opts.version
            ? `${form.prefixed ? form.prefix : ''}${(0,versioning/* formatVersion */.qh)(opts.version)}`
            : '';
        const upsert = upsertSection(existing, {
            style: opts.style,
            heading: headingLine(release, ropts),
            version: opts.version,
            body,
            canonical: canonicalHeadings(opts.style, opts.config, form),
            initial: STANDARD_HEADERS[opts.style],
            rangeShas: messages.map(m => m.sha),
            ...(wantsRefs && base && tag
                ? {
                    refs: {
                        label,
                        url: compareUrl(base, range.previousTag, tag).replace('/commits/', '/releases/tag/'),
                        unreleasedUrl: `${base}/compare/${tag}...HEAD`,
                    },
                }
                : {}),
        });
        const changed = file !== undefined && upsert.text !== existing;
        if (changed) {
            // Checked again under the lock: the file may have been swapped for a link meanwhile.
            const problem = changelogFileProblem(file, git.cwd);
            if (problem)
                throw new errors/* PreconditionError */.Rb(`${file} ${problem}.`);
            (0,files/* writeFileAtomic */.Zf)(file, upsert.text);
        }
        return { upsert, body, changed };
    };
    const { upsert, body, changed } = file ? await (0,files/* withFileLock */.Ux)(file, update) : update();
    const result = {
        section: upsert.section,
        changed,
        hasBreaking: commits.some(c => c.breaking),
        commits,
        listed: body.groups.reduce((n, g) => n + g.entries.reduce((m, e) => m + (e.collapsed ?? 1), 0), 0),
        skipped,
        from: range.from?.replace(/^refs\/tags\//, ''),
        to: range.to,
        previousTag: range.previousTag,
    };
    if (opts.notesFile && opts.version && tag) {
        const sectionBody = upsert.section.split('\n').slice(1).join('\n');
        const previousVersion = range.previousTag
            ? (0,versioning/* parseReleaseTag */.rE)(range.previousTag, opts.tagPrefix)
            : undefined;
        const limits = knownLimitations(upsert.section);
        const notes = renderReleaseNotes({
            version: opts.version,
            tag,
            previousTag: range.previousTag,
            repoUrl: opts.repoUrl,
            commits,
            changelogBody: sectionBody || bodyText(body),
            images: opts.images,
            ...(opts.charts && opts.charts.length > 0 ? { charts: opts.charts } : {}),
            checksumsFile: opts.checksumsFile ?? 'checksums.txt',
            ...(opts.attested === undefined ? {} : { attested: opts.attested }),
            ...(opts.signerWorkflow ? { signerWorkflow: opts.signerWorkflow } : {}),
            ...(opts.signed ? { signed: true } : {}),
            ...(limits ? { knownLimitations: limits } : {}),
        }, previousVersion);
        (0,files/* writeFileAtomic */.Zf)(opts.notesFile, notes);
        result.notes = notes;
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/changelog/history.ts





const US = '\x1f';
/** When each tag was made: the tagger date of an annotated tag, the commit date of a lightweight one. */
async function tagDates(git) {
    return git.tagTimes();
}
/**
 * The sections of the history: every stable release reachable from `to`, newest version first,
 * and the unreleased commits (tag undefined) when there are any, first. Handed over one at a time
 * (each parsed only when its turn comes, so only one section's commits are held at once), newest
 * first or, with `oldestFirst`, oldest.
 */
async function eachHistorySection(git, { to, prefix, paths = [] }, config, onSection, { oldestFirst = false } = {}) {
    // 1. The graph, newest first (topological order: a commit before its parents).
    const shas = [];
    const parentShas = [];
    const times = [];
    const messages = [];
    const releases = [];
    const withMessages = paths.length === 0;
    const format = ['%H', '%P', '%ct', '%D', ...(withMessages ? ['%B'] : [])].join(US);
    await git.logRecords(['--decorate-refs=refs/tags/', '--topo-order', `--format=${format}`], [to], [], withMessages ? 5 : 4, ([sha = '', parents = '', time = '0', decorations = '', message = '']) => {
        const index = shas.length;
        shas.push(sha);
        parentShas.push(parents);
        times.push(Number(time));
        messages.push(message);
        if (!decorations)
            return;
        for (const part of decorations.split(', ')) {
            if (!part.startsWith('tag: '))
                continue;
            const tag = part.slice(5);
            const version = (0,versioning/* parseReleaseTag */.rE)(tag, prefix);
            if (version && !(0,versioning/* isPrerelease */.V1)(version))
                releases.push({ index, tag, version });
        }
    });
    const n = shas.length;
    if (n === 0)
        return 0;
    const id = new Map();
    for (let i = 0; i < n; i++)
        id.set(shas[i], i);
    const NONE = [];
    const parents = new Array(n);
    for (let i = 0; i < n; i++) {
        const p = parentShas[i];
        if (p === '')
            parents[i] = NONE;
        else if (p.length === 40)
            parents[i] = id.has(p) ? [id.get(p)] : NONE;
        else
            parents[i] = p.split(' ').flatMap(s => (id.has(s) ? [id.get(s)] : []));
    }
    // 2. Ancestors of each release (and of `to`) as bitsets, ancestors' releases first.
    const words = Math.ceil(n / 32);
    const ancestors = new Map();
    const has = (set, i) => ((set[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
    const add = (set, i) => {
        set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31));
    };
    const ancestorsOf = (start) => {
        const known = ancestors.get(start);
        if (known)
            return known;
        const set = new Uint32Array(words);
        const stack = [start];
        while (stack.length > 0) {
            const c = stack.pop();
            if (has(set, c))
                continue;
            const below = c !== start ? ancestors.get(c) : undefined;
            if (below) {
                for (let w = 0; w < words; w++)
                    set[w] = (set[w] ?? 0) | (below[w] ?? 0);
                continue;
            }
            add(set, c);
            for (const p of parents[c] ?? [])
                if (!has(set, p))
                    stack.push(p);
        }
        return set;
    };
    // Oldest tagged commits first (highest index in topological order), so each reuses those below.
    const taggedCommits = [...new Set(releases.map(r => r.index))].sort((a, b) => b - a);
    for (const c of taggedCommits)
        ancestors.set(c, ancestorsOf(c));
    const head = ancestorsOf(0);
    // 3. Each release's previous release and range.
    const highestBelow = (set, below, self) => {
        let best;
        releases.forEach((r, k) => {
            if (k === self || !has(set, r.index))
                return;
            if (below && (0,versioning/* compareVersions */.Zy)(r.version, below) >= 0)
                return;
            if (!best || (0,versioning/* compareVersions */.Zy)(r.version, best.version) > 0)
                best = r;
        });
        return best;
    };
    const rangeOf = (set, from) => {
        const out = [];
        for (let w = 0; w < words; w++) {
            let bits = (set[w] ?? 0) & ~(from?.[w] ?? 0);
            while (bits !== 0) {
                const low = bits & -bits;
                const i = w * 32 + (31 - Math.clz32(low));
                if ((parents[i]?.length ?? 0) <= 1)
                    out.push(i);
                bits ^= low;
            }
        }
        return out.sort((a, b) => a - b);
    };
    // With path filters, git says which commits touch them, and gives their messages.
    let touching;
    if (!withMessages) {
        touching = new Map();
        const found = touching;
        await git.logRecords(['--no-merges', '--topo-order', `--format=%H${US}%B`], [to], paths, 2, ([sha = '', message = '']) => found.set(sha, message.replace(/\n+$/, '')));
    }
    const raw = (indexes) => {
        const out = [];
        for (const i of indexes) {
            const sha = shas[i];
            if (touching && !touching.has(sha))
                continue;
            const message = touching?.get(sha) ?? messages[i].replace(/\n+$/, '');
            out.push({ sha, time: times[i] ?? 0, message });
        }
        return out;
    };
    const dates = releases.length > 0 ? await tagDates(git) : new Map();
    // Each section's range first (cheap), its commits parsed only when it is handed over.
    const ranges = [];
    const stableHead = highestBelow(head, undefined);
    ranges.push(() => {
        const commits = raw(rangeOf(head, stableHead ? ancestors.get(stableHead.index) : undefined));
        if (commits.length === 0)
            return undefined;
        return {
            tag: undefined,
            version: undefined,
            time: undefined,
            previousTag: stableHead?.tag,
            rangeShas: commits.map(c => c.sha),
            ...sectionCommits(commits, config),
        };
    });
    const ordered = releases
        .map((r, k) => ({ r, k }))
        .sort((a, b) => (0,versioning/* compareVersions */.Zy)(b.r.version, a.r.version) || a.r.tag.localeCompare(b.r.tag));
    for (const { r, k } of ordered) {
        const set = ancestors.get(r.index);
        const previous = highestBelow(set, r.version, k);
        ranges.push(() => {
            const commits = raw(rangeOf(set, previous ? ancestors.get(previous.index) : undefined));
            return {
                tag: r.tag,
                version: r.version,
                time: dates.get(r.tag) ?? times[r.index],
                previousTag: previous?.tag,
                rangeShas: commits.map(c => c.sha),
                ...sectionCommits(commits, config),
            };
        });
    }
    if (oldestFirst)
        ranges.reverse();
    let count = 0;
    for (const make of ranges) {
        const section = make();
        if (!section)
            continue;
        count++;
        onSection(section);
    }
    return count;
}
function toRelease(s) {
    return {
        version: s.version,
        tag: s.tag,
        previousTag: s.previousTag,
        date: s.time === undefined ? undefined : utcDate(s.time),
        commits: s.commits,
    };
}
async function renderHistory(git, opts, write) {
    const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix };
    let commits = 0;
    let skipped = 0;
    const releases = await eachHistorySection(git, opts, opts.config, s => {
        commits += s.commits.length;
        skipped += s.skipped;
        write(renderSection(toRelease(s), {
            style: opts.style,
            config: opts.config,
            repoUrl: opts.repoUrl,
            form,
        }), s, s.previousTag);
    });
    return { releases, commits, skipped };
}
/**
 * Every release section of the history upserted into a changelog text (or a new one), oldest
 * first so each lands in order. A section already there is re-run as a single release would be:
 * its lines stay, the entries of commits it does not mention yet are added.
 */
async function upsertHistory(git, opts, existing) {
    const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix };
    const pending = [];
    let text = existing;
    const ropts = { style: opts.style, config: opts.config, repoUrl: opts.repoUrl, form };
    // Oldest first; the newest release is known once the last one is there, so each section is
    // written when the next arrives.
    let hasUnreleased = false;
    const write = (s, newest) => {
        const r = toRelease(s);
        text = upsertSection(text, {
            style: opts.style,
            heading: headingLine(r, ropts),
            version: r.version,
            body: renderBody(r, ropts),
            canonical: canonicalHeadings(opts.style, opts.config, form),
            initial: STANDARD_HEADERS[opts.style],
            rangeShas: s.rangeShas,
            // Entries written under Unreleased move into the newest release only when nothing is
            // unreleased any more; else the Unreleased section is re-run with the unreleased commits.
            moveUnreleased: newest && !hasUnreleased,
        }).text;
    };
    const releases = await eachHistorySection(git, opts, opts.config, s => {
        if (s.tag === undefined)
            hasUnreleased = true;
        const previous = pending.pop();
        if (previous)
            write(previous, previous.tag !== undefined && s.tag === undefined);
        pending.push(s);
    }, { oldestFirst: true });
    const last = pending.pop();
    if (last)
        write(last, last.tag !== undefined);
    return { text: text ?? STANDARD_HEADERS[opts.style], releases };
}

;// CONCATENATED MODULE: ./packages/changelog/style.ts
/**
 * The changelog style of a project when none is given: keep-a-changelog when the existing file
 * says it follows it (its header links keepachangelog.com or names it), grouped otherwise.
 */

function detectStyle(file) {
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return 'grouped';
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 64 * 1024);
    if (/keepachangelog\.com|keep a changelog/i.test(text))
        return 'keep-a-changelog';
    return 'grouped';
}

;// CONCATENATED MODULE: ./packages/changelog/index.ts
/**
 * packages/changelog owns the changelog: its config, the commits of a release and their groups,
 * rendering a section in each style (and detecting a file's style), upserting it into the file
 * (keeping hand edits), the release notes, and the whole history as git-cliff renders it.
 */










/***/ })

};
