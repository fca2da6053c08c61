export const id = 3628;
export const ids = [3628];
export const modules = {

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ DEFAULT_CHANGELOG_CONFIG),
/* harmony export */   Pu: () => (/* binding */ readChangelogConfig),
/* harmony export */   t8: () => (/* binding */ KEEP_A_CHANGELOG_HEADINGS)
/* harmony export */ });
/* unused harmony export CHANGELOG_CONFIG_KEYS */
/* harmony import */ var _conventional_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8283);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/**
 * The rules of the `changelog:` section of the project's config file (`.github/release-actions.yml`,
 * read by packages/config): which commit types go to which group, in which order, and which commits
 * are housekeeping (release commits, hidden types, dependency updates, skip patterns). The
 * housekeeping keys are the commit rules that compute-version's auto bump reads too. Every key is
 * checked; an unknown one or a bad value is an error that names the key (and, through
 * InputError.at, where it is, which packages/config turns into the line).
 */



const KEEP_A_CHANGELOG_HEADINGS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security',
];
/** The keys of the `changelog:` mapping. */
const CHANGELOG_CONFIG_KEYS = [
    'groups',
    'other',
    'keep-a-changelog',
    'hide',
    'dependencies',
    'release-commits',
    'skip',
];
const DEFAULT_CHANGELOG_CONFIG = {
    groups: [
        { title: 'Features', types: ['feat'] },
        { title: 'Bug Fixes', types: ['fix'] },
        { title: 'Performance', types: ['perf'] },
        { title: 'Refactoring', types: ['refactor'] },
        { title: 'Documentation', types: ['docs'] },
    ],
    otherTitle: 'Other Changes',
    keepAChangelog: {
        feat: 'Added',
        fix: 'Fixed',
        perf: 'Changed',
        refactor: 'Changed',
        revert: 'Changed',
        deprecate: 'Deprecated',
        remove: 'Removed',
        security: 'Security',
    },
    ..._conventional_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMMIT_RULES */ .e9,
};
/** The section's path, as the config file names it: changelog.groups[0].title. */
function shown(at) {
    return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
class SectionReader {
    input;
    constructor(input) {
        this.input = input;
    }
    fail(at, problem) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(this.input, problem, { at });
    }
    keys(at, where, value, allowed) {
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key))
                this.fail([...at, key], `unknown key '${key}' in ${where}; expected one of ${allowed.join(', ')}`);
        }
    }
    stringList(at, value) {
        if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(v) !== '')) {
            this.fail(at, `${shown(at)} must be a list of strings`);
        }
        return value.map(v => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(v));
    }
}
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The `changelog:` section of the config file (its value, as parsed: undefined when the file has
 * none); defaults for everything it does not set. Errors are InputErrors of `input` whose `at` is
 * the path of the key at fault from the top of the file.
 */
function readChangelogConfig(section, input) {
    if (section === undefined)
        return DEFAULT_CHANGELOG_CONFIG;
    const r = new SectionReader(input);
    const top = ['changelog'];
    if (!isMapping(section))
        r.fail(top, "'changelog' must be a mapping");
    const c = section;
    r.keys(top, "'changelog'", c, CHANGELOG_CONFIG_KEYS);
    const config = { ...DEFAULT_CHANGELOG_CONFIG };
    if (c.groups !== undefined) {
        if (!Array.isArray(c.groups))
            r.fail([...top, 'groups'], "'changelog.groups' must be a list of {title, types}");
        config.groups = c.groups.map((g, i) => {
            const at = [...top, 'groups', i];
            const where = shown(at);
            if (!isMapping(g))
                r.fail(at, `${where} must be a mapping with title and types`);
            r.keys(at, where, g, ['title', 'types']);
            const { title, types } = g;
            if (typeof title !== 'string' || (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(title) === '')
                r.fail([...at, 'title'], `${where}.title must be a non-empty string`);
            return {
                title: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(title),
                types: r.stringList([...at, 'types'], types).map(t => t.toLowerCase()),
            };
        });
    }
    if (c.other !== undefined) {
        if (c.other === false)
            config.otherTitle = '';
        else if (typeof c.other === 'string')
            config.otherTitle = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(c.other);
        else
            r.fail([...top, 'other'], "'changelog.other' must be a title, or false to leave other commits out");
    }
    if (c['keep-a-changelog'] !== undefined) {
        const at = [...top, 'keep-a-changelog'];
        const map = c['keep-a-changelog'];
        if (!isMapping(map))
            r.fail(at, "'changelog.keep-a-changelog' must map commit types to headings");
        const out = {};
        for (const [type, heading] of Object.entries(map)) {
            if (typeof heading !== 'string' ||
                !KEEP_A_CHANGELOG_HEADINGS.includes(heading)) {
                r.fail([...at, type], `changelog.keep-a-changelog.${type} must be one of ${KEEP_A_CHANGELOG_HEADINGS.join(', ')}`);
            }
            out[type.toLowerCase()] = heading;
        }
        config.keepAChangelog = out;
    }
    if (c.hide !== undefined) {
        config.hide = r.stringList([...top, 'hide'], c.hide).map(t => t.toLowerCase());
    }
    if (c['release-commits'] !== undefined) {
        if (typeof c['release-commits'] !== 'boolean')
            r.fail([...top, 'release-commits'], "'changelog.release-commits' must be true (leave release tools' release commits out) or false");
        config.releaseCommits = c['release-commits'];
    }
    if (c.dependencies !== undefined) {
        const at = [...top, 'dependencies'];
        const d = c.dependencies;
        if (!isMapping(d))
            r.fail(at, "'changelog.dependencies' must be a mapping with show and release");
        r.keys(at, "'changelog.dependencies'", d, ['show', 'release']);
        const { show, release } = d;
        const dependencies = { ...config.dependencies };
        if (show !== undefined) {
            if (!_conventional_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPENDENCY_DISPLAYS */ .uz.includes(show))
                r.fail([...at, 'show'], `changelog.dependencies.show must be one of ${_conventional_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPENDENCY_DISPLAYS */ .uz.join(', ')}`);
            dependencies.show = show;
        }
        if (release !== undefined) {
            if (!_conventional_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPENDENCY_RELEASES */ .f_.includes(release))
                r.fail([...at, 'release'], `changelog.dependencies.release must be one of ${_conventional_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPENDENCY_RELEASES */ .f_.join(', ')}`);
            dependencies.release = release;
        }
        config.dependencies = dependencies;
    }
    if (c.skip !== undefined) {
        const at = [...top, 'skip'];
        config.skip = r.stringList(at, c.skip).map((s, i) => {
            try {
                return new RegExp(s, 'i');
            }
            catch {
                return r.fail([...at, i], `changelog.skip: ${JSON.stringify(s)} is not a valid regular expression`);
            }
        });
    }
    return config;
}


/***/ }),

/***/ 3628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* reexport */ config_file/* CONFIG_FILE */.g),
  "if": () => (/* binding */ findConfigFile),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_KEYS, CONFIG_SCHEMA, DEFAULT_CONFIG, Validator, checkSubset, keyPath, schemaProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/changelog/config.ts
var config = __webpack_require__(621);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
// EXTERNAL MODULE: ./packages/files/paths.ts
var paths = __webpack_require__(5134);
// EXTERNAL MODULE: ./packages/gates/spec.ts
var spec = __webpack_require__(7342);
// EXTERNAL MODULE: ./packages/pins/index.ts
var pins = __webpack_require__(2507);
;// CONCATENATED MODULE: ./schema/release-actions.schema.json
const release_actions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/release-actions/release-actions/blob/main/schema/release-actions.schema.json","title":"release-actions configuration (.github/release-actions.yml)","description":"The release gates (quality-gates, release-actions gates), the changelog section (generate-changelog, compute-version\'s auto bump, release-actions bump and changelog) and the self-references (release-actions bump and pins). packages/config validates with this schema; an editor can too (# yaml-language-server: $schema=<this file\'s URL>).","anyOf":[{"type":"null","description":"an empty file: every default"},{"$ref":"#/definitions/gates"},{"type":"object","additionalProperties":false,"properties":{"gates":{"$ref":"#/definitions/gates"},"changelog":{"$ref":"#/definitions/changelog"},"self-references":{"$ref":"#/definitions/selfReferences"}}}],"definitions":{"nonBlank":{"description":"a string that is not empty or ASCII whitespace only","type":"string","pattern":"[^ \\\\t\\\\n\\\\r\\\\f\\\\v]"},"text":{"description":"a non-empty string (a number or true/false is read as its text)","anyOf":[{"type":["number","boolean"]},{"$ref":"#/definitions/nonBlank"}]},"stringList":{"description":"a string, or a list of non-empty strings","anyOf":[{"type":"string"},{"type":"array","items":{"$ref":"#/definitions/nonBlank"}}]},"nonEmptyList":{"description":"a string, or a list of at least one non-empty string","anyOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/nonBlank"}}]},"gateName":{"description":"one line of text without control characters or bidirectional overrides","anyOf":[{"type":["number","boolean"]},{"allOf":[{"$ref":"#/definitions/nonBlank"},{"type":"string","pattern":"^[^\\\\p{Cc}\\\\u2028\\\\u2029\\\\u202a-\\\\u202e\\\\u2066-\\\\u2069]*$"}]}]},"gates":{"description":"the release gates: commands {name, run, working-directory, timeout-minutes, env} and built-ins {uses, with, name}; names unique","type":"array","items":{"$ref":"#/definitions/gate"}},"gate":{"description":"a gate: {run: a command} or {uses: a built-in}","type":"object","if":{"required":["uses"]},"then":{"$ref":"#/definitions/builtInGate"},"else":{"$ref":"#/definitions/commandGate"}},"commandGate":{"description":"a command gate: run in a shell, in working-directory, at most timeout-minutes, with env","type":"object","additionalProperties":false,"required":["run"],"properties":{"name":{"$ref":"#/definitions/gateName"},"run":{"$ref":"#/definitions/text"},"working-directory":{"$ref":"#/definitions/text"},"timeout-minutes":{"description":"minutes above 0, at most 360 (default 30)","anyOf":[{"type":"number","exclusiveMinimum":0,"maximum":360},{"type":"string","pattern":"^\\\\d+(\\\\.\\\\d+)?$"}]},"env":{"description":"variables the command sees: a value, or empty to pass on the step\'s own","type":["object","null"],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"anyOf":[{"type":["null","number","boolean"]},{"type":"string","not":{"pattern":"\\\\u0000"}}]}}}},"builtInGate":{"description":"a built-in gate: license-headers, clean-tree, version-alignment, required-checks or chart-version-bumped","type":"object","additionalProperties":false,"required":["uses"],"properties":{"uses":{"enum":["license-headers","clean-tree","version-alignment","required-checks","chart-version-bumped"]},"name":{"$ref":"#/definitions/gateName"},"with":{"type":["object","null"]}},"allOf":[{"if":{"properties":{"uses":{"const":"license-headers"}}},"then":{"required":["with"],"properties":{"with":{"$ref":"#/definitions/licenseHeaders"}}}},{"if":{"properties":{"uses":{"const":"clean-tree"}}},"then":{"properties":{"with":{"$ref":"#/definitions/cleanTree"}}}},{"if":{"properties":{"uses":{"const":"version-alignment"}}},"then":{"required":["with"],"properties":{"with":{"$ref":"#/definitions/versionAlignment"}}}},{"if":{"properties":{"uses":{"const":"required-checks"}}},"then":{"required":["with"],"properties":{"with":{"$ref":"#/definitions/requiredChecks"}}}},{"if":{"properties":{"uses":{"const":"chart-version-bumped"}}},"then":{"properties":{"with":{"$ref":"#/definitions/chartVersionBumped"}}}}]},"licenseHeaders":{"description":"license-headers: paths (globs), header (a line, or /a regular expression/), lines, exclude, fix, insert","type":"object","additionalProperties":false,"required":["paths","header"],"properties":{"paths":{"$ref":"#/definitions/nonEmptyList"},"exclude":{"$ref":"#/definitions/stringList"},"header":{"$ref":"#/definitions/text"},"lines":{"description":"a whole number from 1 to 200 (default 10)","anyOf":[{"type":"integer","minimum":1,"maximum":200},{"type":"string","pattern":"^\\\\d+$"}]},"fix":{"type":"boolean"},"insert":{"$ref":"#/definitions/text"}},"if":{"required":["fix","header"],"properties":{"fix":{"const":true},"header":{"type":"string","pattern":"^/[\\\\s\\\\S]*/[gimsuy]*$"}}},"then":{"required":["insert"]}},"cleanTree":{"description":"clean-tree: path, untracked","type":["object","null"],"additionalProperties":false,"properties":{"path":{"$ref":"#/definitions/text"},"untracked":{"type":"boolean"}}},"chartVersionBumped":{"description":"chart-version-bumped: charts (chart directories; default every charts/<name>/), since (the tag to compare with; default the previous release tag), tag-prefix (default v)","type":["object","null"],"additionalProperties":false,"properties":{"charts":{"$ref":"#/definitions/stringList"},"since":{"$ref":"#/definitions/text"},"tag-prefix":{"type":"string","pattern":"^[\\\\w./-]{0,32}$"}}},"versionAlignment":{"description":"version-alignment: files ({path, key} or {path, pattern}), version","type":"object","additionalProperties":false,"required":["files"],"properties":{"version":{"$ref":"#/definitions/text"},"files":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/alignedFile"}}}},"alignedFile":{"description":"a file whose version must match: {path, key} (JSON or YAML) or {path, pattern} (a regular expression with one group), prefix","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"$ref":"#/definitions/text"},"key":{"$ref":"#/definitions/text"},"pattern":{"$ref":"#/definitions/text"},"prefix":{"$ref":"#/definitions/text"}},"oneOf":[{"required":["key"],"not":{"required":["pattern"]}},{"required":["pattern"],"not":{"required":["key"]}}]},"requiredChecks":{"description":"required-checks: workflows and/or checks (at least one name), wait-minutes, poll-seconds","type":"object","additionalProperties":false,"properties":{"workflows":{"$ref":"#/definitions/stringList"},"checks":{"$ref":"#/definitions/stringList"},"wait-minutes":{"description":"minutes from 0 to 360 (default 30; 0: don\'t wait)","anyOf":[{"type":"number","minimum":0,"maximum":360},{"type":"string","pattern":"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*$"}]},"poll-seconds":{"description":"seconds from 0.1 to 3600 (default 15)","anyOf":[{"type":"number","minimum":0.1,"maximum":3600},{"type":"string","pattern":"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*$"}]}},"anyOf":[{"required":["workflows"],"properties":{"workflows":{"$ref":"#/definitions/nonEmptyList"}}},{"required":["checks"],"properties":{"checks":{"$ref":"#/definitions/nonEmptyList"}}}]},"changelog":{"description":"the changelog section: groups, other, keep-a-changelog, and the housekeeping rules (hide, dependencies, release-commits, skip) compute-version\'s auto bump reads too","type":"object","additionalProperties":false,"properties":{"groups":{"description":"grouped style: the groups in order, after Breaking Changes","type":"array","items":{"type":"object","additionalProperties":false,"required":["title","types"],"properties":{"title":{"$ref":"#/definitions/nonBlank"},"types":{"type":"array","items":{"$ref":"#/definitions/nonBlank"}}}}},"other":{"description":"the title of the group for every other type, or false to leave them out","anyOf":[{"const":false},{"type":"string"}]},"keep-a-changelog":{"description":"keep-a-changelog style: commit type → heading; types not listed are left out","type":"object","additionalProperties":{"enum":["Added","Changed","Deprecated","Removed","Fixed","Security"]}},"hide":{"description":"commit types left out (default chore, ci, test, style, build)","type":"array","items":{"$ref":"#/definitions/nonBlank"}},"dependencies":{"description":"dependency updates: how they are shown, and which make a release","type":"object","additionalProperties":false,"properties":{"show":{"enum":["collapsed","listed","hidden"]},"release":{"enum":["fix","all","none"]}}},"release-commits":{"description":"true: leave the release commits of release tools out","type":"boolean"},"skip":{"description":"more housekeeping: regular expressions on the commit header","type":"array","items":{"$ref":"#/definitions/nonBlank"}}}},"selfReferences":{"description":"the owner/repo names whose uses: in this repository\'s workflows are its own (release-actions bump points them at the new tag)","anyOf":[{"type":"null"},{"$ref":"#/definitions/repository"},{"type":"array","items":{"$ref":"#/definitions/repository"}}]},"repository":{"description":"owner/repo","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"}}}');
// EXTERNAL MODULE: ./packages/config/file.ts
var config_file = __webpack_require__(5399);
;// CONCATENATED MODULE: ./packages/config/schema.ts
/**
 * A validator of the JSON Schema subset (draft-07) that schema/release-actions.schema.json is
 * written in, so the loader validates with the very file editors use, without a runtime
 * dependency. Keywords: $ref (to #/definitions), type, enum, const, pattern (Unicode), minItems,
 * minimum, maximum, exclusiveMinimum, properties, required, additionalProperties, propertyNames,
 * items, allOf, anyOf, oneOf, not, if/then/else; annotations ($schema, $id, title, description)
 * are read as such. A schema that uses any other keyword is refused (checkSubset), so nothing in
 * the file is silently ignored; test/unit/config.test.ts checks that this validator and ajv agree.
 */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions']);
const KEYWORDS = new Set([
    '$ref',
    'type',
    'enum',
    'const',
    'pattern',
    'minItems',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'properties',
    'required',
    'additionalProperties',
    'propertyNames',
    'items',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
]);
/** Every keyword of `schema` (and of its subschemas) is one this validator implements. */
function checkSubset(schema, where = '#') {
    if (typeof schema === 'boolean')
        return;
    for (const [key, value] of Object.entries(schema)) {
        if (ANNOTATIONS.has(key) && key !== 'definitions')
            continue;
        if (!KEYWORDS.has(key) && key !== 'definitions')
            throw new Error(`${where}: the keyword ${key} is not one packages/config/schema.ts implements`);
        const sub = (s, w) => checkSubset(s, w);
        if (['properties', 'definitions'].includes(key))
            for (const [k, v] of Object.entries(value))
                sub(v, `${where}/${key}/${k}`);
        else if (['allOf', 'anyOf', 'oneOf'].includes(key))
            value.forEach((v, i) => sub(v, `${where}/${key}/${i}`));
        else if (['additionalProperties', 'propertyNames', 'items', 'not', 'if', 'then', 'else'].includes(key))
            sub(value, `${where}/${key}`);
    }
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
function hasType(value, type) {
    const t = typeOf(value);
    if (type === 'integer')
        return t === 'number' && Number.isInteger(value);
    return t === type;
}
const TYPE_NAMES = {
    null: 'empty',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    number: 'a number',
    integer: 'a whole number',
    string: 'a string',
};
function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function shown(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
const patterns = new Map();
function pattern(source) {
    let re = patterns.get(source);
    if (!re) {
        re = new RegExp(source, 'u');
        patterns.set(source, re);
    }
    return re;
}
class Validator {
    #root;
    constructor(root) {
        checkSubset(root);
        this.#root = typeof root === 'boolean' ? {} : root;
    }
    /** The first problem of `value` (the deepest one where branches disagree), or undefined. */
    validate(value) {
        return this.#check(this.#root, value, []);
    }
    #resolve(ref) {
        const m = /^#\/definitions\/([^/]+)$/.exec(ref);
        const defs = this.#root.definitions;
        const target = m ? defs?.[m[1]] : undefined;
        if (target === undefined)
            throw new Error(`unresolved $ref ${ref}`);
        return target;
    }
    /** What a schema expects, for a message: its description, else its type. */
    #expected(schema) {
        if (typeof schema === 'boolean')
            return schema ? 'anything' : 'nothing';
        if (typeof schema.description === 'string')
            return schema.description;
        if (typeof schema.$ref === 'string')
            return this.#expected(this.#resolve(schema.$ref));
        const types = [].concat(schema.type ?? []);
        if (types.length)
            return types.map(t => TYPE_NAMES[String(t)] ?? String(t)).join(' or ');
        if (Array.isArray(schema.enum))
            return `one of ${schema.enum.map(String).join(', ')}`;
        if ('const' in schema)
            return shown(schema.const);
        return 'another value';
    }
    #check(schema, value, path) {
        if (schema === true)
            return undefined;
        if (schema === false)
            return { path, message: 'is not allowed here' };
        const fail = (message, at = path) => ({ path: at, message });
        if (typeof schema.$ref === 'string') {
            const e = this.#check(this.#resolve(schema.$ref), value, path);
            if (e)
                return e;
        }
        if (schema.type !== undefined) {
            const types = [].concat(schema.type).map(String);
            if (!types.some(t => hasType(value, t)))
                return fail(`must be ${typeof schema.description === 'string' ? schema.description : types.map(t => TYPE_NAMES[t] ?? t).join(' or ')}, got ${shown(value)}`);
        }
        if (Array.isArray(schema.enum) && !schema.enum.some(e => equal(e, value)))
            return fail(`must be one of ${schema.enum.map(String).join(', ')}, got ${shown(value)}`);
        if ('const' in schema && !equal(schema.const, value))
            return fail(`must be ${shown(schema.const)}, got ${shown(value)}`);
        if (typeof value === 'string' && typeof schema.pattern === 'string') {
            if (!pattern(schema.pattern).test(value))
                return fail(`must be ${this.#expected(schema)}, got ${shown(value)}`);
        }
        if (typeof value === 'number') {
            if (typeof schema.minimum === 'number' && value < schema.minimum)
                return fail(`must be at least ${schema.minimum}, got ${value}`);
            if (typeof schema.maximum === 'number' && value > schema.maximum)
                return fail(`must be at most ${schema.maximum}, got ${value}`);
            if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
                return fail(`must be above ${schema.exclusiveMinimum}, got ${value}`);
        }
        if (Array.isArray(value)) {
            if (typeof schema.minItems === 'number' && value.length < schema.minItems)
                return fail(`must list at least ${schema.minItems}`);
            if (schema.items !== undefined)
                for (const [i, item] of value.entries()) {
                    const e = this.#check(schema.items, item, [...path, i]);
                    if (e)
                        return e;
                }
        }
        if (typeOf(value) === 'object') {
            const object = value;
            const properties = (schema.properties ?? {});
            for (const key of (schema.required ?? []))
                if (!Object.hasOwn(object, key))
                    return fail(`needs ${key}`);
            for (const [key, item] of Object.entries(object)) {
                if (schema.propertyNames !== undefined) {
                    const e = this.#check(schema.propertyNames, key, [...path, key]);
                    if (e)
                        return fail(`${shown(key)} is not a valid name here`, [...path, key]);
                }
                if (Object.hasOwn(properties, key)) {
                    const e = this.#check(properties[key], item, [...path, key]);
                    if (e)
                        return e;
                }
                else if (schema.additionalProperties === false) {
                    const known = Object.keys(properties);
                    return fail(`unknown key ${shown(key)}; expected ${known.join(', ')}`, [...path, key]);
                }
                else if (schema.additionalProperties !== undefined) {
                    const e = this.#check(schema.additionalProperties, item, [...path, key]);
                    if (e)
                        return e;
                }
            }
        }
        for (const sub of (schema.allOf ?? [])) {
            const e = this.#check(sub, value, path);
            if (e)
                return e;
        }
        if (Array.isArray(schema.anyOf)) {
            const errors = schema.anyOf.map(s => this.#check(s, value, path));
            if (errors.every(e => e !== undefined))
                return this.#branches(schema, errors, path);
        }
        if (Array.isArray(schema.oneOf)) {
            const errors = schema.oneOf.map(s => this.#check(s, value, path));
            const passed = errors.filter(e => e === undefined).length;
            if (passed === 0)
                return this.#branches(schema, errors, path);
            if (passed > 1)
                return fail(`must be just one of: ${this.#alternatives(schema.oneOf)}`);
        }
        if (schema.not !== undefined && this.#check(schema.not, value, path) === undefined)
            return fail(`must not be ${this.#expected(schema.not)}`);
        if (schema.if !== undefined) {
            const branch = this.#check(schema.if, value, path) === undefined ? schema.then : schema.else;
            if (branch !== undefined) {
                const e = this.#check(branch, value, path);
                if (e)
                    return e;
            }
        }
        return undefined;
    }
    #alternatives(schemas) {
        return schemas.map(s => this.#expected(s)).join('; or ');
    }
    /** No branch of anyOf/oneOf holds: the error that got deepest, else what the branches expect. */
    #branches(schema, errors, path) {
        const found = errors.filter((e) => e !== undefined);
        const deepest = Math.max(...found.map(e => e.path.length));
        const deep = found.filter(e => e.path.length === deepest);
        if (deepest > path.length && deep.length === 1)
            return deep[0];
        const alternatives = (schema.anyOf ?? schema.oneOf);
        const expected = typeof schema.description === 'string' ? schema.description : this.#alternatives(alternatives);
        return { path, message: `must be ${expected}` };
    }
}

;// CONCATENATED MODULE: ./packages/config/index.ts
/**
 * packages/config: the project's configuration file, `.github/release-actions.yml` — found once
 * (findConfigFile), parsed once (yaml's parseDocument, which keeps where each key is), checked by
 * the rules of each part (the gates of packages/gates, the changelog section of
 * packages/changelog, the self-references of packages/pins) and by the JSON Schema that editors
 * use (schema/release-actions.schema.json), and returned as one typed result. Every error names
 * the file, the line and the key: `Input 'config': .github/release-actions.yml:12: changelog.hide
 * must be a list of strings`.
 */













/** The JSON Schema of the file, as committed (schema/release-actions.schema.json). */
const CONFIG_SCHEMA = release_actions_schema_namespaceObject;
/** The top-level keys of the file. */
const CONFIG_KEYS = ['gates', 'changelog', 'self-references'];
const DEFAULT_CONFIG = {
    file: undefined,
    gates: undefined,
    changelog: config/* DEFAULT_CHANGELOG_CONFIG */.GR,
    selfReferences: [],
};
let validator;
/** The schema's first problem with a parsed document, or undefined when it holds. */
function schemaProblem(value) {
    validator ??= new Validator(CONFIG_SCHEMA);
    return validator.validate(value);
}
/**
 * The config file that holds for `dir`: `.github/release-actions.yml` in `dir`, or in the nearest
 * folder above it that is still inside `top` (compared as real paths: packages/files/paths.ts);
 * `dir` itself is always looked in. Undefined when there is none.
 */
function findConfigFile(dir, top) {
    for (let d = external_node_path_default().resolve(dir);; d = external_node_path_default().dirname(d)) {
        const file = external_node_path_default().join(d, config_file/* CONFIG_FILE */.g);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
        if (external_node_path_default().dirname(d) === d || external_node_path_default().resolve(d) === external_node_path_default().resolve(top) || !(0,paths/* isInside */.FK)(top, d))
            return undefined;
    }
}
/** A path from the top of the document as the messages name it: gates[2].with.paths. */
function keyPath(at) {
    return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
/** The line (1-based) of the value at `at`: of its key in a mapping, of the item in a list. */
function lineOf(doc, lines, at) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const key of at) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(p => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)) === String(key));
            if (!pair)
                break;
            offset = pair.key?.range?.[0] ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
            const item = node.items[key];
            if (!item)
                break;
            offset = item.range?.[0] ?? offset;
            node = item;
        }
        else
            break;
    }
    return lines.linePos(offset).line;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Read the config file; the defaults when it does not exist. Errors are InputErrors of `input`
 * (the input that named the file, or that it was found from) naming the file, the line and the key.
 */
function loadConfig(file, input = 'config') {
    if (!(0,external_node_fs_.existsSync)(file))
        return DEFAULT_CONFIG;
    return parseConfig((0,external_node_fs_.readFileSync)(file, 'utf8'), file, input);
}
/** The config file's text, read as loadConfig reads it (`file` names it in messages). */
function parseConfig(text, file, input = 'config') {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    const fail = (line, problem) => {
        throw new errors/* InputError */.dz(input, `${file}:${line}: ${problem}`);
    };
    const yamlError = doc.errors[0];
    if (yamlError) {
        const first = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        fail(yamlError.linePos?.[0].line ?? 1, `is not valid YAML: ${(0,errors/* escapeText */.X1)(first)}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        fail(1, `is not valid YAML: ${(0,errors/* escapeText */.X1)(error instanceof Error ? error.message : String(error))}`);
    }
    const config = readConfig(value, input, (at, problem) => fail(lineOf(doc, lines, at), problem));
    // The schema holds for every file the rules accept (test/unit/config.test.ts); this is the
    // check that it does here too.
    const problem = schemaProblem(value);
    if (problem)
        fail(lineOf(doc, lines, problem.path), `${problem.path.length ? keyPath(problem.path) : 'the file'} ${problem.message}`);
    return { ...config, file };
}
/** The rules of each part over the parsed document. */
function readConfig(value, input, fail) {
    const located = (read) => {
        try {
            return read();
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz && error.at !== undefined)
                fail(error.at, error.problem);
            throw error;
        }
    };
    if (value === null || value === undefined)
        return DEFAULT_CONFIG;
    if (Array.isArray(value))
        return { ...DEFAULT_CONFIG, gates: located(() => (0,spec/* readGates */.D6)(value, input)) };
    if (!isMapping(value))
        fail([], `expected a mapping at the top level (${CONFIG_KEYS.join(', ')}), or a list of gates`);
    for (const key of Object.keys(value))
        if (!CONFIG_KEYS.includes(key))
            fail([key], `unknown key '${key}' at the top level; expected ${CONFIG_KEYS.join(', ')}`);
    return {
        file: undefined,
        gates: value.gates === undefined
            ? undefined
            : located(() => (0,spec/* readGates */.D6)(value.gates, input, ['gates'])),
        changelog: located(() => (0,config/* readChangelogConfig */.Pu)(value.changelog, input)),
        selfReferences: located(() => (0,pins/* readSelfReferences */.pO)(value['self-references'], input)),
    };
}


/***/ }),

/***/ 7342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ readGates),
/* harmony export */   MJ: () => (/* binding */ parseGates)
/* harmony export */ });
/* unused harmony export BUILT_INS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9682);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/**
 * The gates of a release, from YAML (the `gates` input, or the same list in a file): command gates
 * `{name, run, working-directory?, timeout-minutes?, env?}` and built-ins `{uses, with, name?}`.
 * Every key is checked before any gate runs: a malformed list fails with the item and key at fault.
 */



const BUILT_INS = [
    'license-headers',
    'clean-tree',
    'version-alignment',
    'required-checks',
    'chart-version-bumped',
];
/**
 * What a gate name may not contain: control characters (C0 with NUL and tab, DEL, C1), line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder what is shown.
 */
const NAME_UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** A key or built-in name in a message: as written when it is a plain word, else escaped. */
function shownKey(key) {
    return /^[\w.-]{1,64}$/.test(key) ? `'${key}'` : (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(key);
}
/** The key path a reader's `what` names (`with.paths` → with, paths), for InputError.at. */
function keyPath(what) {
    return /^[\w.-]+$/.test(what) ? what.split('.') : [];
}
class SpecReader {
    input;
    where;
    /** Where the item is in the gate list (its index, and below it), for InputError.at. */
    at;
    constructor(input, where, at = []) {
        this.input = input;
        this.where = where;
        this.at = at;
    }
    /** Fail naming the item (`where`); `key` is the path below the item of the value at fault. */
    fail(problem, ...key) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(this.input, `${this.where}: ${problem}`, { at: [...this.at, ...key] });
    }
    /** Every key of `value` (at `under` below the item) is one of `allowed`. */
    keys(value, allowed, what, ...under) {
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key))
                this.fail(`unknown key ${shownKey(key)} in ${what}; expected ${allowed.join(', ')}`, ...under, key);
        }
    }
    string(value, what) {
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (typeof value !== 'string' || (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(value) === '')
            this.fail(`${what} must be a non-empty string`, ...keyPath(what));
        return value;
    }
    /** A gate's name: one line of text, printed in the log, the summary and the outputs. */
    name(value) {
        const name = this.string(value, 'name');
        if (NAME_UNSAFE.test(name))
            this.fail(`name must be one line of text without control characters, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(name)}`, 'name');
        return name;
    }
    list(value, what) {
        if (value === undefined)
            return [];
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(v) !== ''))
            this.fail(`${what} must be a list of strings`, ...keyPath(what));
        return value.map(v => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(v));
    }
    boolean(value, what, fallback) {
        if (value === undefined)
            return fallback;
        if (typeof value !== 'boolean')
            this.fail(`${what} must be true or false`, ...keyPath(what));
        return value;
    }
    integer(value, what, fallback, min, max) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
            this.fail(`${what} must be a whole number from ${min} to ${max}`, ...keyPath(what));
        return n;
    }
    regex(text, what) {
        const m = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
        try {
            // Line anchors by default: ^(.+)$ matches a line, not only a whole file.
            return m ? new RegExp(m[1], (m[2] ?? '').replace('g', '')) : new RegExp(text, 'm');
        }
        catch {
            return this.fail(`${what} ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(text)} is not a valid regular expression`, ...keyPath(what));
        }
    }
    positive(value, what, fallback, max) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !(n > 0) || n > max)
            this.fail(`${what} must be a number of minutes above 0 and at most ${max}`, ...keyPath(what));
        return n;
    }
    /** A number (decimals allowed, also as a string) from min to max, in the unit named. */
    decimal(value, what, { fallback, min, max, unit, example, note = '', }) {
        if (value === undefined)
            return fallback;
        const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
            const got = typeof value === 'string'
                ? (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)
                : typeof value === 'number'
                    ? String(value)
                    : String(JSON.stringify(value));
            this.fail(`${what} must be a number of ${unit} from ${min} to ${max}, such as ${example}${note}; got ${got.slice(0, 80)}`, ...keyPath(what));
        }
        return n;
    }
    mapping(value, what) {
        if (value === undefined || value === null)
            return {};
        if (typeof value !== 'object' || Array.isArray(value))
            this.fail(`${what} must be a mapping`, ...keyPath(what));
        return value;
    }
}
function readGate(item, index, input, at) {
    const r = new SpecReader(input, `gate ${index + 1}`, [...at, index]);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        r.fail('must be a mapping with run (a command) or uses (a built-in)');
    }
    const g = item;
    if ('uses' in g) {
        r.keys(g, ['uses', 'with', 'name'], 'a built-in gate');
        const uses = r.string(g.uses, 'uses');
        if (!BUILT_INS.includes(uses))
            r.fail(`unknown built-in ${shownKey(uses)}; expected one of ${BUILT_INS.join(', ')}`, 'uses');
        const name = g.name === undefined ? uses : r.name(g.name);
        const w = r.mapping(g.with, 'with');
        switch (uses) {
            case 'license-headers': {
                r.keys(w, ['paths', 'exclude', 'header', 'lines', 'fix', 'insert'], 'license-headers with', 'with');
                const paths = r.list(w.paths, 'with.paths');
                if (paths.length === 0)
                    r.fail('license-headers needs with.paths, the globs of the files to check (such as **/*.ts)', 'with');
                const headerText = r.string(w.header, 'with.header');
                const isRegex = /^\/.*\/[gimsuy]*$/s.test(headerText);
                const fix = r.boolean(w.fix, 'with.fix', false);
                const insert = w.insert === undefined ? undefined : r.string(w.insert, 'with.insert');
                if (fix && isRegex && insert === undefined)
                    r.fail('with.fix needs with.insert, the header text to insert, when with.header is a regular expression', 'with', 'fix');
                return {
                    kind: 'license-headers',
                    name,
                    paths,
                    exclude: r.list(w.exclude, 'with.exclude'),
                    header: isRegex ? r.regex(headerText, 'with.header') : headerText,
                    lines: r.integer(w.lines, 'with.lines', 10, 1, 200),
                    fix,
                    insert: insert ?? (isRegex ? undefined : headerText),
                };
            }
            case 'clean-tree':
                r.keys(w, ['path', 'untracked'], 'clean-tree with', 'with');
                return {
                    kind: 'clean-tree',
                    name,
                    path: w.path === undefined ? '.' : r.string(w.path, 'with.path'),
                    untracked: r.boolean(w.untracked, 'with.untracked', true),
                };
            case 'version-alignment': {
                r.keys(w, ['version', 'files'], 'version-alignment with', 'with');
                if (!Array.isArray(w.files) || w.files.length === 0)
                    r.fail('version-alignment needs with.files, a list of {path, key} or {path, pattern}', 'with');
                const files = w.files.map((f, i) => {
                    const fr = new SpecReader(input, `gate ${index + 1}, with.files[${i}]`, [
                        ...at,
                        index,
                        'with',
                        'files',
                        i,
                    ]);
                    const file = fr.mapping(f, 'an entry');
                    fr.keys(file, ['path', 'key', 'pattern', 'prefix'], 'a file entry');
                    const out = {
                        path: fr.string(file.path, 'path'),
                        prefix: file.prefix === undefined ? '' : fr.string(file.prefix, 'prefix'),
                    };
                    if ((file.key === undefined) === (file.pattern === undefined))
                        fr.fail('needs either key (JSON or YAML files) or pattern (a regular expression with one group)');
                    if (file.key !== undefined)
                        out.key = fr.string(file.key, 'key');
                    if (file.pattern !== undefined)
                        out.pattern = fr.regex(fr.string(file.pattern, 'pattern'), 'pattern');
                    return out;
                });
                return {
                    kind: 'version-alignment',
                    name,
                    version: w.version === undefined ? undefined : r.string(w.version, 'with.version'),
                    files,
                };
            }
            case 'required-checks': {
                r.keys(w, ['workflows', 'checks', 'wait-minutes', 'poll-seconds'], 'required-checks with', 'with');
                const workflows = r.list(w.workflows, 'with.workflows');
                const checks = r.list(w.checks, 'with.checks');
                if (workflows.length + checks.length === 0)
                    r.fail('required-checks needs with.workflows or with.checks, the names that must have succeeded');
                return {
                    kind: 'required-checks',
                    name,
                    workflows,
                    checks,
                    waitMinutes: r.decimal(w['wait-minutes'], 'with.wait-minutes', {
                        fallback: 30,
                        min: 0,
                        max: 360,
                        unit: 'minutes',
                        example: '30 or 2.5',
                        note: " (0: don't wait)",
                    }),
                    pollSeconds: r.decimal(w['poll-seconds'], 'with.poll-seconds', {
                        fallback: 15,
                        min: 0.1,
                        max: 3600,
                        unit: 'seconds',
                        example: '15 or 0.5',
                    }),
                };
            }
            case 'chart-version-bumped':
                r.keys(w, ['charts', 'since', 'tag-prefix'], 'chart-version-bumped with', 'with');
                return {
                    kind: 'chart-version-bumped',
                    name,
                    charts: r.list(w.charts, 'with.charts'),
                    since: w.since === undefined ? undefined : r.string(w.since, 'with.since'),
                    tagPrefix: w['tag-prefix'] === undefined
                        ? 'v'
                        : typeof w['tag-prefix'] === 'string' && /^[\w./-]{0,32}$/.test(w['tag-prefix'])
                            ? w['tag-prefix']
                            : r.fail(`with.tag-prefix must be a tag prefix such as v (letters, digits, . _ / -), got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(typeof w['tag-prefix'] === 'string' ? w['tag-prefix'] : (JSON.stringify(w['tag-prefix']) ?? ''))}`, 'with', 'tag-prefix'),
                };
        }
    }
    r.keys(g, ['name', 'run', 'working-directory', 'timeout-minutes', 'env'], 'a command gate');
    if (g.run === undefined)
        r.fail('needs run (a command) or uses (a built-in)');
    const env = {};
    for (const [k, v] of Object.entries(r.mapping(g.env, 'env'))) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            r.fail(`env name ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(k)} is not a valid variable name`, 'env', k);
        if (v === null)
            env[k] = null;
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
            const value = String(v);
            if (value.includes('\0'))
                r.fail(`env.${k} must not contain a NUL character`, 'env', k);
            env[k] = value;
        }
        else
            r.fail(`env.${k} must be a string, or empty to pass on the step's ${k}`, 'env', k);
    }
    const run = r.string(g.run, 'run');
    return {
        kind: 'command',
        name: g.name === undefined ? nameOfCommand(run) : r.name(g.name),
        run,
        workingDirectory: g['working-directory'] === undefined
            ? undefined
            : r.string(g['working-directory'], 'working-directory'),
        timeoutMinutes: r.positive(g['timeout-minutes'], 'timeout-minutes', 30, 360),
        env,
    };
}
/**
 * The name of a gate without `name:`: the first line of its command, what a gate name may not
 * contain turned into spaces, at most 60 characters.
 */
function nameOfCommand(run) {
    const first = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(run).split(/\r\n|\r|\n/)[0] ?? '';
    const name = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimAscii */ .ic)(first.replace(new RegExp(NAME_UNSAFE.source, 'gu'), ' ').replace(/ {2,}/g, ' '));
    return [...name].slice(0, 60).join('') || 'command';
}
/**
 * Parse a gate list given as YAML text (the `gates` input). The text is a YAML list, or a mapping
 * whose `gates` key is the list. The config file is read by packages/config, with readGates.
 */
function parseGates(text, input) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `is not valid YAML: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))}`);
    }
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'gates' in doc)
        return readGates(doc.gates, input, ['gates']);
    return readGates(doc, input);
}
/**
 * The gates of a parsed list (the `gates` value of the config file, or a YAML list): every item
 * and key checked, names unique. Errors are InputErrors of `input`; their `at` is the path of the
 * value at fault, below `at` (where the list is in its document).
 */
function readGates(list, input, at = []) {
    if (!Array.isArray(list))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, 'expected a YAML list of gates (each {name, run} or {uses, with})', {
            at,
        });
    const gates = list.map((item, i) => readGate(item, i, input, at));
    const seen = new Set();
    gates.forEach((g, i) => {
        if (seen.has(g.name))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `two gates are named ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(g.name)}; names must be unique`, {
                at: [...at, i],
            });
        seen.add(g.name);
    });
    return gates;
}


/***/ }),

/***/ 2507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ pinProblems),
/* harmony export */   Wo: () => (/* binding */ scanSelfReferences),
/* harmony export */   Xq: () => (/* binding */ pinTagProblem),
/* harmony export */   aU: () => (/* binding */ isReferenceFile),
/* harmony export */   lF: () => (/* binding */ rewriteSelfReferences),
/* harmony export */   pO: () => (/* binding */ readSelfReferences),
/* harmony export */   uf: () => (/* binding */ findSelfReferences)
/* harmony export */ });
/* unused harmony export referenceFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5786);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3374);
/**
 * Self-references: the `uses: owner/repo/<path>@<ref>` lines with which a repository's reusable
 * workflows call its own actions and workflows. A reusable workflow called at v1.4.0 must run the
 * actions of v1.4.0, not whatever a moving tag points at later; a commit cannot contain its own
 * sha, but it can contain its own tag name. So the release commit rewrites every self-reference to
 * the tag it is about to receive, and the release checks that every self-reference names a tag of
 * the commit being released. Which repositories are self-references is configured in
 * .github/release-actions.yml (read by packages/config, with readSelfReferences).
 */





const REPO_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/**
 * Why `tag` cannot be a tag that self-references name (--set) or are checked against (--check),
 * or undefined: the ref-safety rules of every tag position. Checked before anything else is read.
 */
function pinTagProblem(tag) {
    const reason = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .unsafeRefReason */ .cV)(tag);
    return reason === undefined ? undefined : `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(tag)} ${reason}`;
}
/**
 * The `self-references` key of .github/release-actions.yml (its value as parsed, read by
 * packages/config): owner/repo names, one or a list; none when it is absent or empty. A bad name is
 * an InputError of `input` whose `at` is where it is in the file.
 */
function readSelfReferences(value, input) {
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((item, i) => {
        if (typeof item !== 'string' || !REPO_RE.test(item))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'self-references': expected owner/repo names, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(String(item))}`, { at: Array.isArray(value) ? ['self-references', i] : ['self-references'] });
        return item;
    });
}
/** The workflow and action files that may hold self-references: .github/workflows and every action.yml. */
function referenceFiles(root) {
    const out = [];
    const workflows = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, '.github', 'workflows');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workflows))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(workflows).sort())
            if (/\.ya?ml$/.test(name))
                out.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.github', 'workflows', name));
    const walk = (dir, rel, depth) => {
        if (depth > 4)
            return;
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
            if (name === 'node_modules' || name === '.git' || name === 'dist' || name === '.tools')
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
            const relative = rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rel, name) : name;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory())
                walk(full, relative, depth + 1);
            else if (name === 'action.yml' || name === 'action.yaml')
                out.push(relative);
        }
    };
    walk(root, '', 0);
    return out;
}
function usesPattern(repos) {
    const names = repos.map(r => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // `uses: owner/repo/path@ref`, optionally quoted, optionally followed by a comment.
    return new RegExp(`^(\\s*(?:-\\s+)?uses:\\s*['"]?)((?:${names})(?:/[\\w./-]+)?)@([\\w./-]+)(['"]?)`, 'i');
}
/** Of a list of repository paths (`git ls-tree` output), the ones referenceFiles would pick. */
function isReferenceFile(file) {
    const parts = file.split('/');
    if (parts.some(p => ['node_modules', '.git', 'dist', '.tools'].includes(p)))
        return false;
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
        return true;
    return parts.length <= 5 && /^action\.ya?ml$/.test(parts[parts.length - 1] ?? '');
}
/** The self-references in some files' texts. */
function scanSelfReferences(entries, repos) {
    if (repos.length === 0)
        return [];
    const re = usesPattern(repos);
    const refs = [];
    for (const { file, text } of entries) {
        text.split('\n').forEach((line, i) => {
            const m = re.exec(line);
            if (m)
                refs.push({ file, line: i + 1, target: m[2] ?? '', ref: m[3] ?? '' });
        });
    }
    return refs;
}
/** The self-references in the working tree. */
function findSelfReferences(root, repos, files = referenceFiles(root)) {
    if (repos.length === 0)
        return [];
    return scanSelfReferences(files.map(file => ({ file, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file), 'utf8') })), repos);
}
/** Point every self-reference at `ref`; returns the files that changed (written atomically). */
function rewriteSelfReferences(root, repos, ref, files = referenceFiles(root)) {
    if (repos.length === 0)
        return [];
    // Callers pass a tag they validated (pinTagProblem, or the tag bump computed).
    if (!/^[\w./-]+$/.test(ref))
        throw new RangeError(`rewriteSelfReferences: expected a tag name, got ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(ref)}`);
    const re = usesPattern(repos);
    const changed = [];
    for (const file of files) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file);
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
        const next = text
            .split('\n')
            .map(line => line.replace(re, (_m, head, target, _old, quote) => `${head}${target}@${ref}${quote}`))
            .join('\n');
        if (next !== text) {
            (0,_files_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(full, next);
            changed.push(file);
        }
    }
    return changed;
}
/**
 * Why the self-references do not run the code of `commit`, or [] when they all do: each must name
 * a tag that points at `commit` (the release's own tag, or the release candidate a stable release
 * was promoted from, on the same commit).
 */
function pinProblems(refs, commit, commitOfTag) {
    const problems = [];
    for (const r of refs) {
        const other = commitOfTag(r.ref);
        if (other !== commit)
            problems.push(`${r.file}:${r.line} uses ${r.target}@${r.ref}, ${other ? `which is ${other.slice(0, 12)}, not ${commit.slice(0, 12)}` : 'which is not a tag here'}`);
    }
    return problems;
}


/***/ })

};
