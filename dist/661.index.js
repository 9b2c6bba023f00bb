export const id = 661;
export const ids = [661];
export const modules = {

/***/ 34196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bB: () => (/* binding */ teardownRecorded)
/* harmony export */ });
/* unused harmony exports recordClusterForTeardown, parseTeardownRecord, teardownCommand */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/**
 * Handing the cluster from the main step to the post step. Main records what it created (core.saveState) as soon
 * as the cluster may exist; the post step runs even after a failure or a cancel and deletes exactly that.
 */



/** Records the cluster for the post step. Call it right after create() returns (and again is harmless). */
function recordClusterForTeardown(handle, save = core.saveState) {
    if (handle.teardown)
        save(State.ClusterToDelete, JSON.stringify(handle.teardown));
}
/** The recorded value; a bare name (older main steps) is a kind cluster with kind on PATH. */
function parseTeardownRecord(value) {
    const text = value.trim();
    if (!text)
        return null;
    if (!text.startsWith('{'))
        return { provider: 'kind', name: text, kindPath: 'kind', kubeconfigPath: '' };
    const r = JSON.parse(text);
    const ok = (r.provider === 'kind' && typeof r.name === 'string' && typeof r.kindPath === 'string') ||
        (r.provider === 'eks' && typeof r.name === 'string' && typeof r.region === 'string') ||
        (r.provider === 'gke' &&
            typeof r.name === 'string' &&
            typeof r.project === 'string' &&
            typeof r.location === 'string') ||
        (r.provider === 'existing' && typeof r.kubeconfigPath === 'string');
    if (!ok)
        throw new Error(`unrecognised cluster record: ${text.slice(0, 200)}`);
    return r;
}
/** The command that deletes a recorded cluster; null for a kubeconfig file (removed directly). */
function teardownCommand(r) {
    switch (r.provider) {
        case 'kind':
            return {
                command: r.kindPath,
                args: [
                    'delete',
                    'cluster',
                    '--name',
                    r.name,
                    ...(r.kubeconfigPath ? ['--kubeconfig', r.kubeconfigPath] : []),
                ],
            };
        case 'eks':
            return { command: r.eksctlPath, args: ['delete', 'cluster', '--name', r.name, '--region', r.region] };
        case 'gke':
            return {
                command: r.gcloudPath,
                args: [
                    'container',
                    'clusters',
                    'delete',
                    r.name,
                    '--project',
                    r.project,
                    '--location',
                    r.location,
                    '--quiet',
                ],
            };
        case 'existing':
            return null;
    }
}
/** Deletes what the record names; throws on failure (the post step turns that into a warning). */
async function teardownRecorded(value, deps) {
    const record = parseTeardownRecord(value);
    if (!record)
        return 'nothing to clean up';
    if (record.provider === 'existing') {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(record.kubeconfigPath, { force: true });
        return 'removed the temporary kubeconfig (the existing cluster is not the gate’s to delete)';
    }
    const c = teardownCommand(record);
    const started = Date.now();
    await deps.runner.run(c.command, c.args, { timeoutMs: record.provider === 'kind' ? 300_000 : 1_800_000 });
    return `deleted ${record.provider} cluster '${record.name}' in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 86661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _cluster_teardown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34196);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/* harmony import */ var _tools_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12122);
/**
 * The action's post step: deletes what the main step created (the kind cluster), always, even after a failure
 * or a cancel. Cleanup problems are warnings: they must never hide the main step's result.
 */




try {
    const cluster = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.ClusterToDelete);
    if (!cluster)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('mesh-mtls-gate: the main step created no cluster; nothing to clean up');
    else {
        const runner = (0,_tools_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .createCommandRunner */ ._m)({ log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line) });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`mesh-mtls-gate: ${await (0,_cluster_teardown_js__WEBPACK_IMPORTED_MODULE_1__/* .teardownRecorded */ .bB)(cluster, { runner, log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line) })}`);
    }
}
catch (e) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`mesh-mtls-gate cleanup: ${e.message}`);
}
// A finished child process or socket must not hold the post step open.
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 12122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   _m: () => (/* binding */ createCommandRunner)
/* harmony export */ });
/* unused harmony exports maskText, shellQuote, formatCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way the gate runs an external program (kind, docker, eksctl, gcloud, istioctl, linkerd, cilium, tar).
 * Everything takes a `CommandRunner`, so tests pass a fake that records calls and replays recorded output, and
 * no process is spawned to test logic.
 */

/** A command that could not start, timed out, or exited non-zero. */
class CommandError extends Error {
    command;
    result;
    code;
    name = 'CommandError';
    constructor(message, command, result, 
    /** `ENOENT` when the program is not installed. */
    code) {
        super(message);
        this.command = command;
        this.result = result;
        this.code = code;
    }
}
function maskText(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        if (s)
            out = out.split(s).join('***');
    return out;
}
/** Quotes an argument for display the way a shell reader expects it (display only: nothing is run by a shell). */
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function formatCommand(command, args, secrets = []) {
    return maskText([command, ...args].map(shellQuote).join(' '), secrets);
}
/** The last lines of a program's output, for an error message. */
function tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
function createCommandRunner(options = {}) {
    const log = options.log ?? (() => { });
    return {
        run(command, args, runOptions = {}) {
            const secrets = runOptions.secrets ?? [];
            for (const s of secrets)
                if (s)
                    options.mask?.(s);
            const shown = formatCommand(command, args, secrets);
            if (!runOptions.quiet)
                log(`$ ${shown}`);
            return new Promise((resolve, reject) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
                    cwd: runOptions.cwd,
                    env: { ...process.env, ...runOptions.env },
                    stdio: ['pipe', 'pipe', 'pipe'],
                    // Its own process group, so a timeout ends the program and whatever it started.
                    detached: true,
                });
                let stdout = '';
                let stderr = '';
                let timedOut = false;
                child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
                child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
                const timer = runOptions.timeoutMs === undefined
                    ? undefined
                    : setTimeout(() => {
                        timedOut = true;
                        try {
                            if (child.pid)
                                process.kill(-child.pid, 'SIGKILL');
                        }
                        catch {
                            child.kill('SIGKILL');
                        }
                    }, runOptions.timeoutMs);
                child.on('error', (e) => {
                    clearTimeout(timer);
                    const why = e.code === 'ENOENT' ? `'${command}' is not installed or not on PATH` : e.message;
                    reject(new CommandError(`${shown}: ${why}`, command, null, e.code));
                });
                child.on('close', (code, signal) => {
                    clearTimeout(timer);
                    const result = { exitCode: code ?? 128, stdout, stderr };
                    if (timedOut) {
                        reject(new CommandError(`${shown}: no result after ${(runOptions.timeoutMs ?? 0) / 1000} s; stopped it\n${maskText(tail(stderr || stdout), secrets)}`, command, result, 'ETIMEDOUT'));
                    }
                    else if (code !== 0 && !runOptions.allowFailure) {
                        const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
                        reject(new CommandError(`${shown} ${how}\n${maskText(tail(stderr || stdout), secrets)}`, command, result));
                    }
                    else
                        resolve(result);
                });
                child.stdin.on('error', () => { });
                child.stdin.end(runOptions.input);
            });
        },
    };
}


/***/ })

};
