export const id = 579;
export const ids = [579];
export const modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ MeasurementError),
/* harmony export */   Ny: () => (/* binding */ ioReason),
/* harmony export */   Sq: () => (/* binding */ UnverifiedDownloadError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g5: () => (/* binding */ failureOf),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   n6: () => (/* binding */ describeIssue),
/* harmony export */   qJ: () => (/* binding */ isKnownFailure),
/* harmony export */   rU: () => (/* binding */ describeYamlError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Errors and what they mean for the user. Helpers throw; only the entry points (`cli/main.ts`, `main.ts`) decide how
 * the process ends, with `failureOf`: one message, without a stack trace, and the exit code that fits the failure.
 */
/** Bad input or usage: a file, field or option the user can fix. Exit code 2. */
class InputError extends Error {
    file;
    name = 'InputError';
    constructor(message, 
    /** The file the problem is in, when there is one. */
    file) {
        super(file ? `${file}: ${message}` : message);
        this.file = file;
    }
}
/** A download the gate cannot verify: no digest is pinned or given for it. Exit code 3. */
class UnverifiedDownloadError extends Error {
    name = 'UnverifiedDownloadError';
}
/** Measuring failed: the gate's workloads never became ready, Fortio or the data plane failed. Exit code 6. */
class MeasurementError extends Error {
    name = 'MeasurementError';
}
/** The exit codes of the CLI and the action (README "Exit codes"; action.yml). */
const ExitCode = {
    /** The gate passed. */
    Pass: 0,
    /** A regression, or an mTLS violation. */
    Fail: 1,
    /** Bad input or usage. */
    BadInput: 2,
    /** A download that could not be verified: checksum mismatch, no digest, or the download itself failed. */
    Unverified: 3,
    /** The cluster could not be created; the message says where the exported logs are. */
    ClusterCreate: 4,
    /** The mesh did not install, or never became ready. */
    MeshInstall: 5,
    /** Measuring failed: workloads not ready, Fortio failed. */
    Measurement: 6,
    /** A bug of the gate (EX_SOFTWARE of sysexits.h). */
    Internal: 70,
};
/**
 * The typed errors of the floors above, by their `name` (each sets it), so this foundation needs none of their
 * classes. An error that is none of these is a bug: "internal error", exit 70.
 */
const BY_NAME = {
    ChecksumMismatchError: { code: ExitCode.Unverified, what: 'download not verified' },
    UnverifiedDownloadError: { code: ExitCode.Unverified, what: 'download not verified' },
    DownloadError: { code: ExitCode.Unverified, what: 'download failed' },
    ClusterCreateError: { code: ExitCode.ClusterCreate, what: 'cluster could not be created' },
    MeshInstallError: { code: ExitCode.MeshInstall, what: 'mesh install failed' },
    MeasurementError: { code: ExitCode.Measurement, what: 'measurement failed' },
    LoadError: { code: ExitCode.Measurement, what: 'measurement failed' },
};
/** What a thrown error means for the user. */
function failureOf(e) {
    const error = e instanceof Error ? e : new Error(String(e));
    if (error instanceof InputError)
        return { exitCode: ExitCode.BadInput, message: error.message, logsDir: null };
    const known = BY_NAME[error.name];
    if (!known)
        return { exitCode: ExitCode.Internal, message: `internal error: ${error.message}`, logsDir: null };
    const logsDir = error.logsDir;
    return {
        exitCode: known.code,
        message: `${known.what}: ${error.message}`,
        logsDir: typeof logsDir === 'string' ? logsDir : null,
    };
}
/** True for an error the entry points can name (not a bug): a stage passes those on unwrapped. */
function isKnownFailure(e) {
    return failureOf(e).exitCode !== ExitCode.Internal;
}
/** Why a file could not be read, as users search for it: the system's error code (ENOENT, EACCES), else the message. */
function ioReason(e) {
    return e.code ?? e.message;
}
/** Formats a zod issue path the way users write it in YAML/JSON: `scenarios[0].qps`. */
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out || '(root)';
}
/** A zod issue as users read it: `field 'scenarios[0].qps' in gate.yaml: expected a number, got a string`. */
function describeIssue(issue, source) {
    const where = issue.path.length === 0 ? source : `field '${formatPath(issue.path)}' in ${source}`;
    return `${where}: ${issueText(issue)}`;
}
const EXPECTED_WORDS = {
    record: 'a mapping (key: value)',
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
};
function issueText(issue) {
    // A key the schema does not have (a typo, usually): zod says 'Unrecognized key: "sidecar"'.
    if (issue.code === 'unrecognized_keys' && issue.keys?.length)
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    // An enum: zod says 'expected one of "published"|"pinned"'; the words a user types are plainer.
    if (issue.code === 'invalid_value' && issue.values?.length)
        return issue.values.length === 1
            ? `expected ${String(issue.values[0])}`
            : `expected one of ${issue.values.map(String).join(', ')}`;
    if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
        const got = /received (\w+)/.exec(issue.message)?.[1];
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        return `expected ${expected}${got ? `, got ${got === 'undefined' ? 'nothing' : `a${/^[aeiou]/.test(got) ? 'n' : ''} ${got}`}` : ''}`;
    }
    // zod's own words start with "Invalid input: expected ..."; the rest of its messages already say what is expected.
    return issue.message.replace(/^Invalid (input|option): /, '');
}
/**
 * A YAML parser error with its position and the offending line, not cut at "at line 3, column 1:" (the yaml
 * library puts the reason first, then the position, then a code frame).
 */
function describeYamlError(e) {
    const [first, ...frame] = e.message.split('\n');
    const reason = first.replace(/ at line \d+, column \d+:?$/, '');
    const at = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : '';
    const context = frame.filter((l) => l.trim() !== '');
    return `${at}${reason}${context.length ? `\n    ${context.join('\n    ')}` : ''}`;
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

/***/ 87507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ installTool),
/* harmony export */   Tv: () => (/* binding */ downloadSpecFor),
/* harmony export */   jN: () => (/* binding */ currentPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * How a pinned release binary is described and turned into a verified download: the shape of a pin (where a
 * project publishes its release assets and checksum files, and the SHA-256 digests pinned in the source), the
 * platforms the gate downloads for, and the rule that a pinned digest holds only for the version it was pinned for.
 *
 * Each pin lives with the stage that runs its tool, so that a new mesh's CLI is part of its installer and touches
 * nothing here: kind's in `cluster/kind.ts`, istioctl's in `mesh/istio.ts`, Linkerd's in `mesh/linkerd.ts`,
 * cilium-cli's in `mesh/cilium.ts` (each names the release it was taken from). A pinned digest wins; a version without
 * one (any version a user names, and the defaults where no digest could be pinned from here) is verified against the
 * checksum file the project publishes with that release, unless `verify: pinned` asks for a pin
 * (src/tools/download.ts).
 */

function currentPlatform(os = process.platform, arch = process.arch) {
    if (os === 'linux' && arch === 'x64')
        return 'linux-amd64';
    if (os === 'linux' && arch === 'arm64')
        return 'linux-arm64';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the gate downloads its tools for linux-amd64 and linux-arm64 only; this machine is ${os}-${arch}. ` +
        `Run it on Linux (a GitHub-hosted ubuntu runner, or a Linux VM), or use 'cluster: existing' from there`);
}
/** What to download for a pinned tool: any version; the source's digest only for the version it was pinned for. */
function downloadSpecFor(pin, platform, override = {}) {
    const version = override.version ?? pin.version;
    const pinned = version === pin.version ? pin.sha256[platform] : null;
    const sha256 = override.sha256?.toLowerCase() ?? pinned;
    return {
        name: pin.name,
        version,
        url: pin.url(platform, version),
        sha256,
        ...(sha256 ? { pinnedBy: override.sha256 ? 'user' : 'source' } : {}),
        checksumUrl: pin.checksumUrl(platform, version),
        archive: pin.archive,
        binary: pin.binary,
    };
}
/** Downloads (verified, once per run) and unpacks a tool; returns its executable and how it was verified. */
async function installTool(pin, options) {
    return options.store.fetch(downloadSpecFor(pin, options.platform, options.override));
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _g: () => (/* binding */ YamlFile),
/* harmony export */   be: () => (/* binding */ parseYamlData)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_NODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * YAML that users and pull requests give (manifests, the gate config, cloud cluster configs) as plain data, with one
 * rule for aliases, the one place where YAML stops being a tree.
 *
 * The `yaml` package's own guard (`maxAliasCount`, 100 by default) multiplies the uses of each anchor by the aliases
 * inside it: it refuses the 101st use of a flat anchor, so a `List` of 120 PeerAuthentications sharing
 * `labels: *labels` (360 nodes added) exited 70, while a circular alias (`metadata: &m {labels: {self: *m}}`), which
 * makes every walk of the data endless, went through. This module counts what an expansion costs instead: the nodes
 * each alias adds where it stands, over the whole file.
 */


/**
 * The most nodes aliases may add to one file. Real configuration stays far below it (a chart's 200-node container
 * spec shared by 50 Deployments adds 10,000); a "billion laughs" of ten aliases per level passes it at its sixth
 * level, long before walking the data would take noticeable time or memory.
 */
const MAX_ALIAS_NODES = 1_000_000;
/** One file's YAML documents as data; the alias budget is the file's, shared by its documents. */
class YamlFile {
    text;
    file;
    aliasNodes = 0;
    constructor(text, 
    /** Named in every error. */
    file) {
        this.text = text;
        this.file = file;
    }
    /** A parsed document (its syntax errors already reported) as plain data. */
    data(doc) {
        this.refuseAliasTrouble(doc);
        // Our count replaces the package's, which would refuse the 120 PeerAuthentications above.
        return doc.toJS({ maxAliasCount: -1 });
    }
    /**
     * Walks the document in order, as the parser resolves aliases (an alias names the last anchor before it), with the
     * expanded size of every anchored node: an alias inside the node it names is circular; the nodes aliases add count
     * against the budget.
     */
    refuseAliasTrouble(doc) {
        const anchors = new Map();
        const sizes = new Map();
        const open = new Set();
        const walk = (node) => {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
                const target = anchors.get(node.source);
                // The parser leaves this to toJS, which throws a plain ReferenceError (exit 70).
                if (target === undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`line ${this.lineOf(node)}: the alias *${node.source} names no anchor before it (&${node.source}); an anchor must come first`, this.file);
                }
                if (open.has(target)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`line ${this.lineOf(node)}: the alias *${node.source} is inside the node it names (&${node.source}, from line ${this.lineOf(target)}): a circular reference, which no configuration needs; write the values out`, this.file);
                }
                const added = sizes.get(target) ?? 1;
                this.aliasNodes += added;
                if (this.aliasNodes > MAX_ALIAS_NODES) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`line ${this.lineOf(node)}: with its aliases expanded (here *${node.source}), this file would grow by more than ${MAX_ALIAS_NODES} nodes; refused as a resource-exhaustion attack ("billion laughs")`, this.file);
                }
                return added;
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node))
                return walk(node.key) + walk(node.value);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
                return node === null || node === undefined ? 0 : 1;
            if (node.anchor)
                anchors.set(node.anchor, node);
            let size = 1;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) {
                open.add(node);
                for (const item of node.items)
                    size += walk(item);
                open.delete(node);
            }
            if (node.anchor)
                sizes.set(node, size);
            return size;
        };
        walk(doc.contents);
    }
    lineOf(node) {
        const offset = node.range?.[0] ?? 0;
        let line = 1;
        for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1))
            line++;
        return line;
    }
}
/**
 * A single-document YAML text as data. Malformed YAML throws the parser's own error, for the caller to word; alias
 * trouble throws an InputError naming the file.
 */
function parseYamlData(text, file, options = {}) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, options);
    if (doc.errors.length > 0)
        throw doc.errors[0];
    return new YamlFile(text, file).data(doc);
}


/***/ })

};
