export const id = 9074;
export const ids = [9074];
export const modules = {

/***/ 9074:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6174);


await (0,_packages_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/cloudrun/index.ts
var cloudrun = __webpack_require__(8725);
// EXTERNAL MODULE: ./packages/errors/index.ts
var errors = __webpack_require__(936);
;// CONCATENATED MODULE: ./packages/cloudrun/commands.ts
/**
 * deploy-demo's Cloud Run bookkeeping, one command at a time: record the revision serving now,
 * locate the revision and URL of the new (tagged, traffic-free) one, promote it to all traffic, or
 * roll back to the recorded one.
 */


/** A revision name as Cloud Run writes it. */
const REVISION_NAME = /^[a-z][-a-z0-9]{0,62}$/;
async function runCloudRunCommand(cmd, gcloud) {
    const t = cmd.target;
    switch (cmd.command) {
        case 'record':
            return {
                command: 'record',
                target: t,
                previous: (0,cloudrun/* servingRevision */.qJ)(await gcloud.describe(t)) ?? '',
            };
        case 'locate': {
            const state = await gcloud.describe(t);
            const found = (0,cloudrun/* taggedTarget */.Gq)(state, cmd.tag);
            if (!found?.revisionName || !found.url)
                throw new errors/* PreconditionError */.Rb(`No revision of ${t.service} carries the tag ${cmd.tag}: the deploy did not create a tagged revision.`);
            return { command: 'locate', target: t, revision: found.revisionName, url: found.url };
        }
        case 'promote': {
            await gcloud.routeAllTraffic(t, cmd.revision);
            const state = await gcloud.describe(t);
            return { command: 'promote', target: t, revision: cmd.revision, url: state?.url ?? '' };
        }
        case 'rollback':
            if (cmd.revision !== undefined)
                await gcloud.routeAllTraffic(t, cmd.revision);
            return { command: 'rollback', target: t, rolledBackTo: cmd.revision };
    }
}

// EXTERNAL MODULE: ./packages/inputs/index.ts + 3 modules
var inputs = __webpack_require__(9682);
;// CONCATENATED MODULE: ./actions/deploy-demo/steps/cloud-run/inputs.ts



function target(inputs) {
    const read = (name, re, expected) => {
        const v = inputs.required(name, expected);
        if (!re.test(v))
            throw new errors/* InputError */.dz(name, `expected ${expected}, got ${(0,errors/* showValue */.vp)(v)}`);
        return v;
    };
    return {
        service: read('service', /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/, 'a Cloud Run service name'),
        region: read('region', /^[a-z]+-[a-z]+\d+$/, 'a region such as us-west1'),
        project: read('project-id', /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'a project ID'),
    };
}
function revisionName(value) {
    if (!REVISION_NAME.test(value))
        throw new errors/* InputError */.dz('revision', `expected a revision name, got ${(0,errors/* showValue */.vp)(value)}`);
    return value;
}
function readInputs(inputs) {
    const command = inputs.choice('command', ['record', 'locate', 'promote', 'rollback'], 'record');
    const t = target(inputs);
    switch (command) {
        case 'record':
            return { command, target: t };
        case 'locate':
            return {
                command,
                target: t,
                tag: inputs.required('tag', 'the traffic tag of the new revision'),
            };
        case 'promote':
            return {
                command,
                target: t,
                revision: revisionName(inputs.required('revision', 'the revision to send all traffic to')),
            };
        case 'rollback': {
            const previous = inputs.optional('revision');
            return {
                command,
                target: t,
                revision: previous === undefined ? undefined : revisionName(previous),
            };
        }
    }
}

;// CONCATENATED MODULE: ./actions/deploy-demo/steps/cloud-run/outputs.ts
function cloudRunOutputs(o) {
    switch (o.command) {
        case 'record':
            return { 'previous-revision': o.previous };
        case 'locate':
            return { revision: o.revision, url: o.url };
        case 'promote':
            return { url: o.url };
        case 'rollback':
            return { 'rolled-back-to': o.rolledBackTo ?? '' };
    }
}
function summarize(o) {
    switch (o.command) {
        case 'record':
            return `Serving before the deploy: ${o.previous || 'nothing (a new service)'}.\n`;
        case 'locate':
            return undefined;
        case 'promote':
            return `All traffic of ${o.target.service} now goes to ${o.revision}.\n`;
        case 'rollback':
            return o.rolledBackTo === undefined
                ? 'Nothing served before this deploy: no revision to roll back to.\n'
                : `Rolled back: all traffic of ${o.target.service} stays on ${o.rolledBackTo}.\n`;
    }
}

;// CONCATENATED MODULE: ./actions/deploy-demo/steps/cloud-run/main.ts
/**
 * deploy-demo's Cloud Run bookkeeping, one command per step (packages/cloudrun's
 * runCloudRunCommand): record the revision serving now, locate the new tagged revision, promote
 * it, or roll back.
 */




const main = async ({ inputs, env }) => {
    const outcome = await runCloudRunCommand(readInputs(inputs), new cloudrun/* Gcloud */.p$({ env }));
    const summary = summarize(outcome);
    return { outputs: cloudRunOutputs(outcome), ...(summary === undefined ? {} : { summary }) };
};


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ taggedTarget),
/* harmony export */   Oq: () => (/* binding */ revisionTag),
/* harmony export */   p$: () => (/* binding */ Gcloud),
/* harmony export */   qJ: () => (/* binding */ servingRevision)
/* harmony export */ });
/* harmony import */ var _process_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1948);
/**
 * The parts of Cloud Run the demo deploy needs beyond google-github-actions/deploy-cloudrun: which
 * revision serves now, which revision and URL carry a traffic tag, and moving all traffic to one
 * revision. Through the gcloud CLI, with argument arrays (never a shell).
 *
 * packages/cloudrun owns the demo deploy: this gcloud client, the deploy plan (plan.ts: whether a
 * version deploys, what it must report) and deploy-demo's traffic commands (commands.ts).
 */

class Gcloud {
    #bin;
    #env;
    constructor({ bin = 'gcloud', env = process.env, } = {}) {
        this.#bin = bin;
        this.#env = env;
    }
    async #run(args) {
        const { stdout } = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.#bin, [...args, '--quiet'], {
            env: this.#env,
            timeoutMs: 600_000,
        });
        return stdout;
    }
    /** The service as Cloud Run describes it, or undefined when it does not exist yet. */
    async describe(t) {
        let out;
        try {
            out = await this.#run([
                'run',
                'services',
                'describe',
                t.service,
                `--region=${t.region}`,
                `--project=${t.project}`,
                '--format=json',
            ]);
        }
        catch (error) {
            if (/Cannot find service|could not be found|NOT_FOUND|does not exist/i.test(error instanceof Error ? error.message : String(error)))
                return undefined;
            throw error;
        }
        const doc = JSON.parse(out);
        return {
            url: doc.status?.url,
            traffic: doc.status?.traffic ?? [],
            latestReadyRevisionName: doc.status?.latestReadyRevisionName,
        };
    }
    /** Send all traffic to one revision. */
    async routeAllTraffic(t, revision) {
        await this.#run([
            'run',
            'services',
            'update-traffic',
            t.service,
            `--region=${t.region}`,
            `--project=${t.project}`,
            `--to-revisions=${revision}=100`,
        ]);
    }
}
/** The revision that serves most of the traffic now (the one to come back to). */
function servingRevision(state) {
    if (!state)
        return undefined;
    const best = [...state.traffic]
        .filter(t => (t.percent ?? 0) > 0)
        .sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
    if (!best)
        return undefined;
    return best.revisionName ?? (best.latestRevision ? state.latestReadyRevisionName : undefined);
}
function taggedTarget(state, tag) {
    return state?.traffic.find(t => t.tag === tag);
}
/** A Cloud Run traffic tag for a version: lower case, starts with a letter, letters, digits, hyphens. */
function revisionTag(version) {
    return `v${version.replace(/^v/, '')}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-+$/, '')
        .slice(0, 46);
}


/***/ }),

/***/ 1948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   U1: () => (/* binding */ execStream),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
/**
 * packages/process: the one place that starts processes (eslint.config.js allows child_process
 * here only). `runProcess` is the single spawn: an argument array, never a shell (a gate that
 * wants bash names it), with a timeout, a cap on collected output, a bounded tail, a streaming
 * callback and, as an option, a process group that is killed as a whole. `exec` (collect the
 * output, fail on a bad exit code) and `execStream` (hand stdout on as text) are its two common
 * uses.
 */


class ExecError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE {
    command;
    code;
    stderr;
    constructor(command, code, stderr, reason) {
        const detail = stderr.trim().split('\n').slice(-5).join('\n');
        super(`${command} ${reason ?? `exited with code ${code}`}${detail ? `:\n${detail}` : ''}`);
        this.name = 'ExecError';
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function describeCommand(file, args) {
    const shown = args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)));
    return [file, ...shown].join(' ');
}
/** Keeps the last `limit` bytes written to it. */
class Tail {
    #limit;
    #chunks = [];
    #size = 0;
    constructor(limit) {
        this.#limit = limit;
    }
    push(chunk) {
        if (this.#limit <= 0)
            return;
        this.#chunks.push(chunk);
        this.#size += chunk.length;
        while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.#limit && this.#chunks.length > 1) {
            this.#size -= this.#chunks.shift()?.length ?? 0;
        }
    }
    text() {
        const all = Buffer.concat(this.#chunks);
        return all.subarray(Math.max(0, all.length - this.#limit)).toString('utf8');
    }
}
/**
 * Run `file` with `args` (no shell) and resolve with how it ended, whatever its exit code. It
 * rejects (ExecError) only when the process cannot be started.
 */
function runProcess(file, args, options = {}) {
    const { cwd, env, input, timeoutMs, killGraceMs = 0, processGroup = false, onOutput, maxStdout, stderrBytes = 64 * 1024, tailBytes = 0, } = options;
    const command = options.name ?? describeCommand(file, args);
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd,
            env,
            shell: false,
            // detached: the process and everything it starts form one group, signalled together.
            detached: processGroup,
            stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const kill = (signal) => {
            try {
                if (processGroup) {
                    if (child.pid)
                        process.kill(-child.pid, signal);
                }
                else
                    child.kill(signal);
            }
            catch {
                // already gone
            }
        };
        const out = [];
        let outLen = 0;
        const err = [];
        let errLen = 0;
        const tail = new Tail(tailBytes);
        let bytes = 0;
        let stopped;
        let timedOut = false;
        const stop = (reason) => {
            if (stopped !== undefined)
                return;
            stopped = reason;
            kill('SIGKILL');
        };
        let grace;
        const timer = timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stopped ??= `timed out after ${timeoutMs} ms`;
                if (killGraceMs > 0) {
                    kill('SIGTERM');
                    grace = setTimeout(() => kill('SIGKILL'), killGraceMs);
                }
                else
                    kill('SIGKILL');
            }, timeoutMs);
        const clearTimers = () => {
            if (timer)
                clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
        };
        const take = (stream) => (chunk) => {
            bytes += chunk.length;
            tail.push(chunk);
            if (stream === 'stdout' && maxStdout !== undefined && stopped === undefined) {
                outLen += chunk.length;
                if (outLen > maxStdout)
                    stop(`wrote more than ${maxStdout} bytes to stdout`);
                else
                    out.push(chunk);
            }
            if (stream === 'stderr' && errLen < stderrBytes) {
                const part = chunk.subarray(0, stderrBytes - errLen);
                err.push(part);
                errLen += part.length;
            }
            if (onOutput && stopped === undefined) {
                try {
                    onOutput(chunk, stream);
                }
                catch (error) {
                    stop(error instanceof Error ? error.message : String(error));
                }
            }
        };
        child.stdout?.on('data', take('stdout'));
        child.stderr?.on('data', take('stderr'));
        child.on('error', error => {
            clearTimers();
            reject(new ExecError(command, null, '', `could not start: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimers();
            // Whatever the process left running in its group goes too.
            if (processGroup)
                kill('SIGKILL');
            resolve({
                code,
                signal,
                stopped,
                timedOut,
                durationMs: Math.round(performance.now() - started),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                tail: tail.text(),
                bytes,
            });
        });
        if (input !== undefined && child.stdin) {
            child.stdin.on('error', () => { });
            child.stdin.end(input);
        }
    });
}
/** The outcome as a result, or the ExecError that says why it is not one. */
function settle(command, r, okCodes) {
    if (r.stopped !== undefined)
        throw new ExecError(command, r.code, r.stderr, r.stopped);
    if (r.code === null || !okCodes.includes(r.code))
        throw new ExecError(command, r.code, r.stderr);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}
async function exec(file, args, options = {}) {
    const { maxBuffer = 256 * 1024 * 1024, okCodes = [0], ...rest } = options;
    const command = describeCommand(file, args);
    const outcome = await runProcess(file, args, {
        ...rest,
        maxStdout: maxBuffer,
        stderrBytes: maxBuffer,
        name: command,
    });
    return settle(command, outcome, okCodes);
}
/**
 * Run a program and hand its stdout to `onText` piece by piece, decoded as UTF-8, so output of any
 * size is processed in constant memory. Resolves when the program exits successfully.
 */
async function execStream(file, args, onText, options = {}) {
    const { okCodes = [0], ...rest } = options;
    const command = describeCommand(file, args);
    const decoder = new TextDecoder('utf-8');
    const outcome = await runProcess(file, args, {
        ...rest,
        name: command,
        onOutput: (chunk, stream) => {
            if (stream === 'stdout')
                onText(decoder.decode(chunk, { stream: true }));
        },
    });
    if (outcome.stopped === undefined) {
        try {
            const rest = decoder.decode();
            if (rest)
                onText(rest);
        }
        catch (error) {
            outcome.stopped = error instanceof Error ? error.message : String(error);
        }
    }
    settle(command, outcome, okCodes);
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
