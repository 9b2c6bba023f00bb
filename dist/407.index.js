export const id = 407;
export const ids = [407];
export const modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ MeasurementError),
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

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/**
 * The narrow slice of GitHub's REST API that the action uses. `client.ts` implements it with Octokit; tests pass
 * fakes. Field names follow GitHub's payloads (snake_case) so that the fakes and the e2e stand-in can be checked
 * against `@octokit/openapi-types`.
 */
/** An error from the API with its HTTP status, as Octokit's RequestError carries it. */
function httpStatus(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : null;
}


/***/ }),

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ readBundle),
/* harmony export */   C1: () => (/* binding */ checkSize),
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   DS: () => (/* binding */ artifactPrefix),
/* harmony export */   GA: () => (/* binding */ createArtifactStore),
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   Zd: () => (/* binding */ clusterLogsArtifactName),
/* harmony export */   yi: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony exports BUNDLE_FILES, RETENTION_DAYS */
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91252);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _results_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53754);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29436);
/**
 * Results artifacts: what `measure` (and `full` on a push) uploads, and what `report` and the baseline lookup
 * download. Behind a small interface; `createArtifactStore` implements it with @actions/artifact (v2+ API: a
 * download from another run goes through `findBy` with a token, and the digest recorded at upload is verified).
 */








const BUNDLE_FILES = {
    current: 'results.json',
    baseline: 'baseline.json',
    pullRequest: 'pull-request.json',
    mtls: 'mtls.json',
    provenance: 'provenance.json',
};
/** Days GitHub keeps the artifacts: a baseline must outlive the time PRs stay open against it. */
const RETENTION_DAYS = 90;
/** What every results artifact of one gate (`comment-id`) starts with. */
function artifactPrefix(gateId) {
    return `${gateId}-results-`;
}
/**
 * One artifact per gate (`comment-id`), mesh and scenario set, so a PR is only compared with a baseline that
 * measured the same scenarios on the same mesh, and several gates in one run do not collide:
 * `mesh-mtls-gate-results-istio-ambient-3f2a9c1b`.
 */
function artifactName(results, gateId) {
    const scenarios = results.scenarios
        .map((s) => ({ name: s.name, settings: s.settings }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(JSON.stringify(scenarios)).digest('hex').slice(0, 8);
    const mesh = (results.fingerprint.mesh?.name ?? 'mesh').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'mesh';
    return `${artifactPrefix(gateId)}${mesh}-${key}`;
}
/** The mTLS outcome as a bundle carries it: bounded, because a fork's run wrote it. */
const MtlsOutcomeFile = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    verdict: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['pass', 'fail']),
    findings: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        severity: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['error', 'warning', 'note']),
        code: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(100),
        message: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(4000),
        resource: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            kind: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(100),
            namespace: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(253).nullable(),
            name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(253),
        }),
        file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(1000).nullable(),
        line: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().positive().nullable(),
    }))
        .max(10_000),
});
/** Writes the bundle's files into `dir` and returns their paths (for upload). */
async function writeBundle(dir, bundle) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const files = [];
    const put = async (name, data) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), JSON.stringify(data, null, 1));
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name));
    };
    await put(BUNDLE_FILES.current, bundle.current);
    if (bundle.baseline)
        await put(BUNDLE_FILES.baseline, bundle.baseline);
    if (bundle.pullRequest)
        await put(BUNDLE_FILES.pullRequest, bundle.pullRequest);
    if (bundle.mtls)
        await put(BUNDLE_FILES.mtls, bundle.mtls);
    if (bundle.provenance)
        await put(BUNDLE_FILES.provenance, bundle.provenance);
    return files;
}
/** The name of the artifact that holds a failed cluster's logs (kind's `export logs`). */
function clusterLogsArtifactName(gateId) {
    return `${gateId}-cluster-logs`;
}
/** Uploads every file under `dir` as one artifact of this run, keeping the folder's layout. */
async function uploadFolder(store, name, dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(e.parentPath, e.name));
    await store.upload(name, files, dir);
}
/** Reads a downloaded bundle, treating every file as untrusted (size-limited, schema-validated). */
async function readBundle(dir, label) {
    const exists = (name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)).then((s) => s.isFile(), () => false);
    if (!(await exists(BUNDLE_FILES.current))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label} has no ${BUNDLE_FILES.current}`);
    }
    const current = await (0,_results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.current));
    const baseline = (await exists(BUNDLE_FILES.baseline))
        ? await (0,_results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.baseline))
        : null;
    let pullRequest = null;
    if (await exists(BUNDLE_FILES.pullRequest)) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.pullRequest), 'utf8');
        pullRequest = parsePullRequestRef(text.length > 4096 ? '' : text);
        if (!pullRequest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.pullRequest} is malformed`);
    }
    let mtls = null;
    if (await exists(BUNDLE_FILES.mtls)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.mtls);
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size > 16 * 2 ** 20)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls} is too large`);
        let json;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls} is not JSON`);
        }
        const parsed = MtlsOutcomeFile.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls}: field '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPath */ .jV)(issue.path)}': ${issue.message}`);
        }
        mtls = parsed.data;
    }
    const provenance = (await exists(BUNDLE_FILES.provenance))
        ? (0,_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .parseProvenance */ .X6)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.provenance), 'utf8'), label)
        : null;
    return { current, baseline, pullRequest, mtls, provenance };
}
function parsePullRequestRef(text) {
    try {
        const v = JSON.parse(text);
        if (Number.isSafeInteger(v.number) &&
            v.number > 0 &&
            typeof v.headSha === 'string' &&
            /^[0-9a-f]{40}$/.test(v.headSha) &&
            typeof v.baseRef === 'string' &&
            v.baseRef.length > 0 &&
            v.baseRef.length < 256) {
            return { number: v.number, headSha: v.headSha, baseRef: v.baseRef };
        }
    }
    catch {
        // malformed
    }
    return null;
}
/** Refuses artifacts too large to be ours before downloading them. */
function checkSize(artifact) {
    if (artifact.size > 3 * _results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ARTIFACT_BYTES */ .o9) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact '${artifact.name}' is ${artifact.size} bytes: too large to be a results bundle`);
    }
}
function createArtifactStore(token, repo) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const findBy = (workflowRunId) => ({
        token,
        workflowRunId,
        repositoryOwner: repo.owner,
        repositoryName: repo.repo,
    });
    return {
        async upload(name, files, rootDirectory) {
            const r = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: RETENTION_DAYS });
            return { id: r.id ?? null };
        },
        async list(runId) {
            const { artifacts } = await client.listArtifacts({ findBy: findBy(runId), latest: true });
            return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null }));
        },
        async download(artifact, runId, path) {
            const r = await client.downloadArtifact(artifact.id, {
                path,
                findBy: findBy(runId),
                ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
            });
            if (r.digestMismatch) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact '${artifact.name}' of run ${runId}: the downloaded file's digest differs from ${artifact.digest}`);
            }
        },
    };
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28943);
/**
 * The Octokit implementation of GitHubApi: retries transient failures (5xx, network) with @octokit/plugin-retry,
 * waits out primary and secondary rate limits (twice at most) with @octokit/plugin-throttling, and gives every
 * request a timeout, so a hung API call cannot hold the job until the runner's 6-hour limit.
 */





const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RATE_LIMIT_RETRIES = 2;
function createGitHubApi(token, options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = options.log ?? (() => undefined);
    // @actions/github's fetch honours the runner's proxy settings; add the timeout on top of it.
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    const timedFetch = (url, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return baseFetch(url, { ...init, signal });
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl,
        request: { fetch: timedFetch },
        retry: { retries: 3, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (after, opts, _o, count) => {
                log(`GitHub rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (after, opts, _o, count) => {
                log(`GitHub secondary rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    const comment = (c) => ({ id: c.id, body: c.body, html_url: c.html_url, user: c.user });
    return {
        async authenticatedLogin() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch (e) {
                // An installation token (GITHUB_TOKEN, GitHub Apps) may not read /user: 403 "Resource not accessible by integration".
                if ((0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 403 || (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 401 || (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 404)
                    return null;
                throw e;
            }
        },
        async listIssueComments(ref, issue) {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...ref,
                issue_number: issue,
                per_page: 100,
            });
            return all.map(comment);
        },
        async createIssueComment(ref, issue, body) {
            return comment((await octokit.rest.issues.createComment({ ...ref, issue_number: issue, body })).data);
        },
        async updateIssueComment(ref, commentId, body) {
            return comment((await octokit.rest.issues.updateComment({ ...ref, comment_id: commentId, body })).data);
        },
        async getPullRequest(ref, pull) {
            const { data } = await octokit.rest.pulls.get({ ...ref, pull_number: pull });
            return {
                number: data.number,
                state: data.state,
                head: {
                    sha: data.head.sha,
                    ref: data.head.ref,
                    repo: data.head.repo ? { full_name: data.head.repo.full_name } : null,
                },
                base: { ref: data.base.ref, sha: data.base.sha },
            };
        },
        async createCheckRun(ref, input) {
            const { data } = await octokit.rest.checks.create({ ...ref, ...input, status: 'completed' });
            return { id: data.id, html_url: data.html_url };
        },
        async updateCheckRun(ref, checkRunId, output) {
            await octokit.rest.checks.update({ ...ref, check_run_id: checkRunId, output });
        },
        async listSuccessfulPushRuns(ref, workflow, branch, limit) {
            const { data } = await octokit.rest.actions.listWorkflowRuns({
                ...ref,
                workflow_id: workflow,
                branch,
                event: 'push',
                status: 'success',
                per_page: Math.min(limit, 100),
            });
            return data.workflow_runs.map((r) => ({
                id: r.id,
                head_sha: r.head_sha,
                head_branch: r.head_branch,
                event: r.event,
                conclusion: r.conclusion,
                created_at: r.created_at,
            }));
        },
    };
}


/***/ }),

/***/ 29436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ runningDistDigest),
/* harmony export */   Jj: () => (/* binding */ provenanceOf),
/* harmony export */   X6: () => (/* binding */ parseProvenance),
/* harmony export */   ch: () => (/* binding */ checkProvenance)
/* harmony export */ });
/* unused harmony exports Provenance, dirDigest, describeMeasurer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14031);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/**
 * Who measured a results bundle: the workflow file, run id and attempt, the commit, and the gate's own version and
 * the digest of the `dist/` it ran from. `measure` writes it into the bundle; `report` under workflow_run refuses a
 * bundle whose record names another run than the one that triggered it (an artifact copied from a trusted run into a
 * fork's run), and shows the measuring action's version beside its own.
 *
 * The record is written by the measuring run, which a fork's author controls when the PR changes the measuring
 * workflow: it is evidence, not proof. What makes it count is `pr-changes.ts`: a run of the unchanged workflow with
 * the unchanged action writes a true record.
 */







const Sha = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/);
const Provenance = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    /** `.github/workflows/mesh-gate-measure.yml`: the file GITHUB_WORKFLOW_REF names. */
    workflowPath: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(1000),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    /** The commit measured: the PR's head on pull_request runs, GITHUB_SHA otherwise. */
    headSha: Sha,
    action: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        name: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('mesh-mtls-gate'),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(100),
        /** `sha256:<hex>` over the bundle's folder (see `distDigest`); null when not run from a built bundle. */
        distDigest: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .regex(/^sha256:[0-9a-f]{64}$/)
            .nullable(),
    }),
});
/**
 * The record of this run; null outside a workflow run (no GITHUB_RUN_ID or GITHUB_WORKFLOW_REF), where there is
 * nothing to record.
 */
function provenanceOf(env, headSha, distDigest) {
    // GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/file.yml@refs/pull/42/merge`.
    const ref = /^[^/]+\/[^/]+\/(.+?)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? '');
    const runId = Number(env.GITHUB_RUN_ID);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    if (!ref || !Number.isSafeInteger(runId) || runId <= 0 || !/^[0-9a-f]{40}$/.test(headSha))
        return null;
    return {
        workflowPath: ref[1],
        runId,
        runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
        headSha,
        action: { name: 'mesh-mtls-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w, distDigest },
    };
}
/**
 * The digest of the action's built bundle: sha256 of the lines `sha256sum` prints for every file below `dir`,
 * sorted bytewise, so that anyone can reproduce it from a checkout of the release:
 * `cd dist && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`.
 */
async function dirDigest(dir) {
    const files = [];
    const walk = async (rel) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, rel), { withFileTypes: true })) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(path);
            else if (e.isFile())
                files.push(`./${path}`);
        }
    };
    await walk('');
    files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const all = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f)))
            .digest('hex');
        all.update(`${hex}  ${f}\n`);
    }
    return `sha256:${all.digest('hex')}`;
}
/** The digest of the `dist/` folder the running entry script lives in; null when it is not run from `dist/`. */
async function runningDistDigest(entry = process.argv[1]) {
    if (!entry || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(entry)) !== 'dist')
        return null;
    try {
        return await dirDigest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(entry));
    }
    catch {
        return null;
    }
}
/** Parses `provenance.json` of a downloaded bundle (written by a run the PR's author may control: bounded). */
function parseProvenance(text, label) {
    let json;
    try {
        json = JSON.parse(text.length > 8192 ? '' : text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label}: provenance.json is not JSON (or over 8 KiB)`);
    }
    const parsed = Provenance.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label}: provenance.json: field '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(issue.path)}': ${issue.message}`);
    }
    return parsed.data;
}
/**
 * Refuses a bundle that does not say it was measured by the triggering run: another run id, another workflow file,
 * another commit, or no record at all (a gate older than the record, or not the gate).
 */
function checkProvenance(p, trigger, label) {
    if (!p) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label} of run ${trigger.id} has no provenance.json: it was not uploaded by a mesh-mtls-gate that ` +
            `records who measured it (${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w} or later); update the measuring workflow's action`);
    }
    const wrong = [];
    if (p.runId !== trigger.id)
        wrong.push(`run ${p.runId}, not the triggering run ${trigger.id}`);
    if (p.runAttempt > trigger.runAttempt) {
        wrong.push(`attempt ${p.runAttempt}, after the triggering attempt ${trigger.runAttempt}`);
    }
    if (trigger.path && p.workflowPath !== trigger.path) {
        wrong.push(`workflow '${p.workflowPath}', not the triggering run's '${trigger.path}'`);
    }
    if (p.headSha !== trigger.headSha) {
        wrong.push(`commit ${p.headSha.slice(0, 12)}, not the triggering run's ${trigger.headSha.slice(0, 12)}`);
    }
    if (wrong.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label} downloaded from run ${trigger.id} says it was measured by ${wrong.join('; ')}: refused`);
    }
}
/** One line for the report: which gate measured, where, and whether it is the same build as this report step. */
function describeMeasurer(p, ownDigest) {
    const digest = p.action.distDigest;
    const build = digest === null
        ? 'not from a built dist/'
        : `dist ${digest.slice(0, 19)}…` +
            (ownDigest === null
                ? ''
                : digest === ownDigest
                    ? ', the same build as this report step'
                    : ', a different build from this report step');
    return (`Measured by mesh-mtls-gate ${untrusted(p.action.version, 100)} (${build}) in run ${p.runId} ` +
        `attempt ${p.runAttempt} of ${untrusted(p.workflowPath, 300)} at ${p.headSha.slice(0, 12)}.`);
}


/***/ }),

/***/ 79407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49721);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32330);
/** The action's main entry: binds the pipeline to @actions/core, the GitHub API and the artifact service. */





await (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)({
    getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
    setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    setSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    writeSummary: async (markdown) => {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
    },
    fail: (message, exitCode) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        process.exitCode = exitCode;
    },
    saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, value),
    tempDir: process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
}, {
    env: process.env,
    github: (token, baseUrl, log) => (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubApi */ ._)(token, { baseUrl, log }),
    artifacts: (token, repo) => (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifactStore */ .GA)(token, repo),
    // Loaded only in the modes that measure: report mode never parses the Kubernetes client and cluster stages.
    measure: async (request) => (await Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 98231))).measureOnClusterForAction(request),
});
// Keep-alive sockets of the HTTP clients must not hold the step open once the work is done.
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 32330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
;// CONCATENATED MODULE: ./src/config/action-inputs.ts
/**
 * The action's inputs, read in this one place and turned into a validated settings object. Nothing else calls
 * core.getInput. Bad values throw an InputError naming the input, its value and the expected form.
 */



/** The choices of the inputs that only the action has (the shared lists are in the vocabulary). */
const ACTION_MODES = ['full', 'measure', 'report'];
const BASELINES = ['same-run', 'artifact', 'none'];
const COMMENT_POLICIES = ['always', 'on-change', 'on-regression', 'never'];
function readSettings(get) {
    const str = (name) => get(name).trim() || null;
    const choice = (name, allowed, fallback) => {
        const value = str(name);
        if (value === null)
            return fallback;
        if (!allowed.includes(value)) {
            throw new errors/* InputError */.dz(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
        }
        return value;
    };
    const commentId = str(constants/* Inputs */.G0.CommentId) ?? 'mesh-mtls-gate';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
        throw new errors/* InputError */.dz(`Invalid input '${constants/* Inputs */.G0.CommentId}': '${commentId}'. Expected 1-64 letters, digits, '.', '_' or '-'.`);
    }
    const mesh = str(constants/* Inputs */.G0.Mesh);
    return {
        mode: choice(constants/* Inputs */.G0.Mode, ACTION_MODES, 'full'),
        mesh: mesh === null ? null : choice(constants/* Inputs */.G0.Mesh, vocabulary/* MESHES */.Sc, 'istio'),
        meshVersion: str(constants/* Inputs */.G0.MeshVersion),
        verify: str(constants/* Inputs */.G0.Verify) === null ? null : choice(constants/* Inputs */.G0.Verify, vocabulary/* VERIFY_POLICIES */.z0, 'published'),
        configPaths: (str(constants/* Inputs */.G0.ConfigPaths) ?? 'mesh/**')
            .split(/\r?\n|,/)
            .map((p) => p.trim())
            .filter(Boolean),
        configFile: str(constants/* Inputs */.G0.Config) ?? constants/* DEFAULT_CONFIG_PATH */.Bi,
        profile: choice(constants/* Inputs */.G0.Profile, vocabulary/* PROFILES */.jI, 'quick'),
        cluster: choice(constants/* Inputs */.G0.Cluster, vocabulary/* CLUSTER_KINDS */.BK, 'kind'),
        clusterConfig: str(constants/* Inputs */.G0.ClusterConfig),
        kubeconfig: str(constants/* Inputs */.G0.Kubeconfig),
        baseline: choice(constants/* Inputs */.G0.Baseline, BASELINES, 'same-run'),
        baseRef: str(constants/* Inputs */.G0.BaseRef),
        baselineResults: str(constants/* Inputs */.G0.BaselineResults),
        currentResults: str(constants/* Inputs */.G0.CurrentResults),
        thresholds: str(constants/* Inputs */.G0.Thresholds),
        requireMtls: choice(constants/* Inputs */.G0.RequireMtls, vocabulary/* REQUIREMENTS */.dq, 'strict'),
        comment: choice(constants/* Inputs */.G0.Comment, COMMENT_POLICIES, 'on-change'),
        commentId,
        failOn: choice(constants/* Inputs */.G0.FailOn, vocabulary/* FAIL_ON */.d$, 'regression'),
        githubToken: str(constants/* Inputs */.G0.GithubToken),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./src/config/thresholds.ts
/**
 * Metric names, their units and direction, and the threshold syntax: `+10%` (relative), `+0.1pt` (absolute, in
 * the metric's own unit of percent, for the error rate), `-5%` (a drop, for throughput), `off` (not gated).
 */
const METRICS = [
    'latency-p50',
    'latency-p90',
    'latency-p99',
    'latency-p999',
    'error-rate',
    'qps',
    'proxy-cpu',
    'proxy-memory',
];
const METRIC_INFO = {
    'latency-p50': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p90': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p99': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p999': { unit: 'ms', worse: 'up', scale: 'relative' },
    'error-rate': { unit: '%', worse: 'up', scale: 'absolute' },
    qps: { unit: 'qps', worse: 'down', scale: 'relative' },
    'proxy-cpu': { unit: 'millicores', worse: 'up', scale: 'relative' },
    'proxy-memory': { unit: 'MiB', worse: 'up', scale: 'relative' },
};
/** Defaults from the issue: p99 +10%, CPU +15%, memory +10%, error rate +0.1 pt; the rest is shown, not gated. */
const DEFAULT_THRESHOLDS = {
    'latency-p99': { kind: 'relative', value: 0.1 },
    'proxy-cpu': { kind: 'relative', value: 0.15 },
    'proxy-memory': { kind: 'relative', value: 0.1 },
    'error-rate': { kind: 'absolute', value: 0.1 },
};
function isMetricName(name) {
    return METRICS.includes(name);
}
/**
 * Parses one threshold for `metric`. Returns null for `off`; an error message (not thrown) for a bad value, so
 * that the caller can name where it came from (a config path or an action input).
 */
function parseThreshold(metric, text) {
    const info = METRIC_INFO[metric];
    const value = text.trim();
    if (value === 'off' || value === 'none')
        return null;
    const sign = info.worse === 'up' ? '+' : '-';
    if (info.scale === 'absolute') {
        const m = /^\+(\d+(?:\.\d+)?)pt$/.exec(value);
        if (!m)
            return { error: `expected percentage points like "+0.1pt" (or "off"), got "${value}"` };
        return { kind: 'absolute', value: Number(m[1]) };
    }
    const m = new RegExp(`^\\${sign}(\\d+(?:\\.\\d+)?)%$`).exec(value);
    if (!m || Number(m[1]) === 0) {
        return { error: `expected a percentage like "${sign}10%" (or "off"), got "${value}"` };
    }
    return { kind: 'relative', value: (sign === '+' ? 1 : -1) * (Number(m[1]) / 100) };
}
function formatThreshold(t) {
    if (!t)
        return 'not gated';
    if (t.kind === 'absolute')
        return `+${t.value}pt`;
    // ASCII signs, so the text parses back as a threshold.
    return `${t.value > 0 ? '+' : '-'}${+(Math.abs(t.value) * 100).toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/config/gate-config.ts
/**
 * The gate config file (`.github/mesh-gate.yaml`): scenarios, thresholds, statistics and cost. Parsed once,
 * validated with zod, with errors rewritten to name the YAML path; defaults live here and nowhere else.
 */






const duration = schemas/* string */.YjP()
    .regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'expected a duration like "30s", "2m" or "500ms"');
const ThresholdTable = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String))
    .superRefine((table, ctx) => {
    for (const [metric, text] of Object.entries(table)) {
        if (!isMetricName(metric)) {
            ctx.addIssue({
                code: 'custom',
                path: [metric],
                message: `unknown metric; expected one of ${METRICS.join(', ')}`,
            });
            continue;
        }
        const t = parseThreshold(metric, text);
        if (t && 'error' in t)
            ctx.addIssue({ code: 'custom', path: [metric], message: t.error });
    }
});
const Scenario = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase name like "echo-1k"'),
    protocol: schemas/* enum */.k5n(['http', 'h2', 'grpc']).default('http'),
    qps: schemas/* number */.aig().positive().default(1000),
    connections: schemas/* number */.aig().int().positive().default(16),
    duration: duration.default('30s'),
    'payload-bytes': schemas/* number */.aig().int().nonnegative().default(1024),
    repetitions: schemas/* number */.aig()
        .int()
        .min(2, 'at least 2 repetitions per side are needed to estimate noise')
        .default(5),
    warmup: duration.default('10s'),
    thresholds: ThresholdTable.optional(),
});
const GateConfigFile = schemas/* strictObject */.rej({
    scenarios: schemas/* array */.YOg(Scenario).optional(),
    mesh: schemas/* strictObject */.rej({
        /** Mesh version; defaults to the version pinned by this release (the action input wins). */
        version: schemas/* string */.YjP().min(1).optional(),
        /**
         * SHA-256 of the mesh CLI's linux asset: wins over the digest pinned in the source and the release's
         * checksum file (with verify: pinned, the way to run a version the source pins no digest for).
         */
        'cli-sha256': schemas/* string */.YjP()
            .regex(/^[0-9a-fA-F]{64}$/, 'expected a SHA-256: 64 hex digits')
            .optional(),
        /**
         * How a download the source pins no digest for is verified: published (default) against the checksum file
         * the project publishes with the release; pinned refuses it (the action input `verify` wins).
         */
        verify: schemas/* enum */.k5n(vocabulary/* VERIFY_POLICIES */.z0).optional(),
        /** Install values or overlay in the repository (IstioOperator overlay, Linkerd or Cilium Helm values). */
        values: schemas/* string */.YjP().min(1).optional(),
    })
        .optional(),
    thresholds: ThresholdTable.optional(),
    statistics: schemas/* strictObject */.rej({
        /** Family-wise false-alarm rate: the chance that an unchanged PR is called a regression on any metric. */
        'false-alarm-rate': schemas/* number */.aig().gt(0).lt(0.5).default(0.01),
        /**
         * Sequential stopping: the most repetitions per side a run may take, looking after every block and stopping
         * once the verdict is clear. Absent: every scenario runs its `repetitions`, with one look at the end.
         */
        'max-repetitions': schemas/* number */.aig()
            .int()
            .min(4, 'at least 4: the first look is after 4 repetitions per side')
            .optional(),
    })
        .optional(),
    cost: schemas/* strictObject */.rej({
        pods: schemas/* number */.aig().int().nonnegative().default(100),
        'vcpu-hour-usd': schemas/* number */.aig().nonnegative().default(0.0316),
        'gib-hour-usd': schemas/* number */.aig().nonnegative().default(0.0042),
    })
        .optional(),
});
const DEFAULT_COST = { pods: 100, vcpuHourUsd: 0.0316, gibHourUsd: 0.0042 };
function defaultGateConfig() {
    return {
        thresholds: { ...DEFAULT_THRESHOLDS },
        scenarioThresholds: {},
        falseAlarmRate: 0.01,
        maxRepetitions: null,
        cost: DEFAULT_COST,
        scenarios: [],
        mesh: { version: null, cliSha256: null, valuesPath: null, verify: null },
    };
}
/** Validates parsed YAML. `source` names the file (or input) in errors. */
function gateConfigFrom(data, source) {
    const parsed = GateConfigFile.safeParse(data ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz((0,errors/* describeIssue */.n6)(issue, source));
    }
    const file = parsed.data;
    const config = defaultGateConfig();
    Object.assign(config.thresholds, thresholdTable(file.thresholds));
    for (const s of file.scenarios ?? []) {
        if (s.thresholds)
            config.scenarioThresholds[s.name] = thresholdTable(s.thresholds);
    }
    config.falseAlarmRate = file.statistics?.['false-alarm-rate'] ?? config.falseAlarmRate;
    config.maxRepetitions = file.statistics?.['max-repetitions'] ?? null;
    if (file.cost) {
        config.cost = {
            pods: file.cost.pods,
            vcpuHourUsd: file.cost['vcpu-hour-usd'],
            gibHourUsd: file.cost['gib-hour-usd'],
        };
    }
    config.scenarios = file.scenarios ?? [];
    config.mesh = {
        version: file.mesh?.version ?? null,
        cliSha256: file.mesh?.['cli-sha256']?.toLowerCase() ?? null,
        valuesPath: file.mesh?.values ?? null,
        verify: file.mesh?.verify ?? null,
    };
    return config;
}
/** Thresholds given as YAML text (the action's `thresholds` input) override the file's. */
function overrideThresholds(config, yamlText, source) {
    const data = parseYamlText(yamlText, source);
    const parsed = ThresholdTable.safeParse(data ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz((0,errors/* describeIssue */.n6)(issue, source));
    }
    return { ...config, thresholds: { ...config.thresholds, ...thresholdTable(parsed.data) } };
}
async function loadGateConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read the gate config (${e.code ?? e.message})`, path);
    }
    return gateConfigFrom(parseYamlText(text, path), path);
}
function parseYamlText(text, source) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not valid YAML at ${(0,errors/* describeYamlError */.rU)(e)}`, source);
    }
}
function thresholdTable(table) {
    const out = {};
    for (const [metric, text] of Object.entries(table ?? {})) {
        const t = parseThreshold(metric, text);
        out[metric] = t && 'error' in t ? null : t;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/common.ts
/** Why the two artifacts cannot be compared at all, or null when they share at least one scenario. */
function noScenarioInCommon(baseline, current) {
    const base = new Set(baseline.scenarios.map((s) => s.name));
    if (current.scenarios.some((s) => base.has(s.name)))
        return null;
    const list = (r) => r.scenarios.map((s) => `'${s.name}'`).join(', ') || 'none';
    return (`no scenario in common: the baseline has ${list(baseline)}, the current results have ${list(current)}; ` +
        'expected two artifacts of the same scenarios (same gate config, or --scenario NAME when building them)');
}

;// CONCATENATED MODULE: ./src/compare/exit.ts
/** How a verdict and the mTLS check fail the step, the same for the CLI and the action's `fail-on` input. */

function exitCodeFor(verdict, failOn) {
    if (failOn === 'never')
        return errors/* ExitCode */.yU.Pass;
    if (verdict === 'regression')
        return errors/* ExitCode */.yU.Fail;
    if (verdict === 'inconclusive' && failOn === 'inconclusive')
        return errors/* ExitCode */.yU.Fail;
    return errors/* ExitCode */.yU.Pass;
}
/**
 * Why a run fails the step, in words; empty when it passes. The one decision for the action and the CLI: a verdict
 * that `fail-on` names, or an mTLS check that failed while `require-mtls` is not `none`; `fail-on: never` keeps the
 * step green for both.
 */
function failures(outcome, policy) {
    if (policy.failOn === 'never')
        return [];
    const why = [];
    if (outcome.verdict !== null && exitCodeFor(outcome.verdict, policy.failOn) !== errors/* ExitCode */.yU.Pass)
        why.push(`${outcome.verdict} (fail-on: ${policy.failOn})`);
    if (outcome.mtls === 'fail' && policy.require !== 'none')
        why.push(`mTLS below '${policy.require}'`);
    return why;
}

;// CONCATENATED MODULE: ./src/compare/stats.ts
/**
 * Pure statistics for the compare stage. No I/O.
 *
 * The interval of a difference of means is Welch's (unequal variances, Welch–Satterthwaite degrees of freedom);
 * Student's t quantiles come from the regularized incomplete beta function, evaluated by its continued fraction
 * (Abramowitz & Stegun 26.5.8, 26.7.1) and inverted by bisection, which is exact enough and cannot diverge.
 */
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
/** Sample variance (n − 1 denominator). */
function variance(xs) {
    const m = mean(xs);
    return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}
function geometricMean(xs) {
    return Math.exp(mean(xs.map(Math.log)));
}
/** log Γ(x) for x > 0, Lanczos approximation (g = 7, n = 9), about 15 significant digits. */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(x, a, b)) / a;
    return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
function betaContinuedFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional). */
function studentTCdf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The t such that P(T ≤ t) = p. */
function studentTQuantile(p, df) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
    if (p === 0.5)
        return 0;
    // Bracket by doubling from ±1 (quantiles of interest are far below 1e6), then Newton's method on the CDF
    // (its derivative is the density), kept inside the bracket: a step that leaves it bisects instead.
    let lo = -1;
    let hi = 1;
    while (studentTCdf(lo, df) > p && lo > -1e6)
        lo *= 2;
    while (studentTCdf(hi, df) < p && hi < 1e6)
        hi *= 2;
    const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    const density = (t) => Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
    let t = (lo + hi) / 2;
    for (let i = 0; i < 200; i++) {
        const f = studentTCdf(t, df) - p;
        if (f === 0)
            return t;
        if (f < 0)
            lo = t;
        else
            hi = t;
        let next = t - f / density(t);
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t)))
            return next;
        t = next;
    }
    return t;
}
/**
 * Two-sided `confidence` interval of mean(current) − mean(baseline) by Welch's t. Both sides need two or more
 * observations. With no spread on either side the difference is exact and the interval is that point.
 */
function welchInterval(baseline, current, confidence) {
    if (baseline.length < 2 || current.length < 2)
        throw new RangeError('Welch interval needs two observations per side');
    const vb = variance(baseline) / baseline.length;
    const vc = variance(current) / current.length;
    const estimate = mean(current) - mean(baseline);
    const se = Math.sqrt(vb + vc);
    if (se === 0)
        return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity };
    const df = (vb + vc) ** 2 / (vb ** 2 / (baseline.length - 1) + vc ** 2 / (current.length - 1));
    const t = tQuantile(1 - (1 - confidence) / 2, df);
    return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df };
}
/**
 * Two-sided `confidence` interval of mean(current − baseline) over pairs taken at the same time (a paired t
 * interval: the one-sample t interval of the differences, n − 1 degrees of freedom). Needs two or more pairs.
 */
function pairedInterval(differences, confidence) {
    if (differences.length < 2)
        throw new RangeError('a paired interval needs two pairs');
    const estimate = mean(differences);
    const se = Math.sqrt(variance(differences) / differences.length);
    if (se === 0)
        return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity };
    const df = differences.length - 1;
    const t = tQuantile(1 - (1 - confidence) / 2, df);
    return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df };
}
const quantileMemo = new Map();
/**
 * Student's t quantile that also accepts df = Infinity (the normal quantile). Memoized: a run's looks ask for the
 * same few (p, df) again and again, and each bisection costs a few hundred incomplete-beta evaluations.
 */
function tQuantile(p, df) {
    const key = `${p}|${df}`;
    let q = quantileMemo.get(key);
    if (q === undefined) {
        q = Number.isFinite(df) ? studentTQuantile(p, df) : normalQuantile(p);
        if (quantileMemo.size > 10_000)
            quantileMemo.clear();
        quantileMemo.set(key, q);
    }
    return q;
}
/**
 * The regularized lower incomplete gamma function P(a, x): its series for x < a + 1, else 1 − the continued
 * fraction of Q(a, x) (Abramowitz & Stegun 6.5.29 and 6.5.31), both converging to double precision.
 */
function lowerGammaP(a, x) {
    if (x <= 0)
        return 0;
    const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 500; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-16)
                break;
        }
        return front * sum;
    }
    // Lentz's method for the continued fraction of Q(a, x).
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 500; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return 1 - front * h;
}
/** Φ(z), the standard normal CDF: erf(x) = P(1/2, x²), so Φ(z) = (1 ± P(1/2, z²/2)) / 2. */
function normalCdf(z) {
    const half = 0.5 * lowerGammaP(0.5, (z * z) / 2);
    return z >= 0 ? 0.5 + half : 0.5 - half;
}
/** The z such that Φ(z) = p, by bisection (monotone, cannot diverge). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
    if (p === 0.5)
        return 0;
    // Beyond 0.5 the tail form keeps precision for p near 1.
    if (p > 0.5)
        return -normalQuantile(1 - p);
    let lo = -40;
    let hi = 0;
    for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
        const mid = (lo + hi) / 2;
        if (normalCdf(mid) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/compare/decide.ts
/**
 * One metric of one scenario: its interval, its verdict at this look, and the smallest change it could have
 * caught. Pure: no I/O.
 */


/** The power the minimum detectable effect is stated at: the change caught in 90% of runs. */
const MDE_POWER = 0.9;
function decide(c, confidence) {
    const info = METRIC_INFO[c.metric];
    const logScale = info.scale === 'relative' && [...c.base, ...c.cur].every((x) => x > 0);
    const summarize = (xs) => (xs.length === 0 ? null : logScale ? geometricMean(xs) : mean(xs));
    const out = {
        scenario: c.scenario,
        metric: c.metric,
        unit: info.unit,
        baseline: summarize(c.base),
        current: summarize(c.cur),
        change: null,
        changeKind: info.scale,
        interval: null,
        confidence,
        verdict: c.threshold ? 'inconclusive' : 'info',
        threshold: formatThreshold(c.threshold),
        reason: c.blocked ?? (c.threshold ? null : 'not gated'),
        repetitions: { baseline: c.base.length, current: c.cur.length },
        design: c.pairs ? 'paired' : 'independent',
        mde: null,
    };
    if (c.base.length < 2 || c.cur.length < 2)
        return out;
    const interval = (f) => c.pairs
        ? pairedInterval(c.pairs.map((g) => mean(g.cur.map(f)) - mean(g.base.map(f))), confidence)
        : welchInterval(c.base.map(f), c.cur.map(f), confidence);
    // Mirror `down` metrics (throughput) so that "worse" is always "greater".
    const sign = info.worse === 'up' ? 1 : -1;
    // One-sided error of each side of the interval, and the threshold on the analysis scale.
    const tail = (1 - confidence) / 2;
    let toChange;
    let iv;
    let thresholdOnScale = null;
    if (logScale) {
        iv = interval(Math.log);
        toChange = Math.expm1;
        if (c.threshold)
            thresholdOnScale = Math.log1p(sign * c.threshold.value);
    }
    else {
        // A relative metric with zeros (an idle proxy) falls back to the difference over the baseline mean.
        const scale = info.scale === 'relative' ? mean(c.base) : 1;
        if (scale === 0) {
            out.reason ??= 'baseline is zero: no relative change';
            out.verdict = c.threshold ? 'inconclusive' : 'info';
            return out;
        }
        iv = interval((x) => x / scale);
        toChange = (x) => x;
        if (c.threshold)
            thresholdOnScale = sign * c.threshold.value;
    }
    const [estimate, lo, hi] = [toChange(iv.estimate), toChange(iv.lo), toChange(iv.hi)];
    out.change = estimate;
    out.interval = [lo, hi];
    out.mde = minimumDetectable(iv, tail, thresholdOnScale, sign, toChange);
    if (!c.threshold || c.blocked)
        return out;
    const [wEstimate, wLo, wHi, wThreshold] = [
        sign * estimate,
        Math.min(sign * lo, sign * hi),
        Math.max(sign * lo, sign * hi),
        sign * c.threshold.value,
    ];
    if (wLo > 0 && wEstimate >= wThreshold)
        out.verdict = 'regression';
    else if (wHi < wThreshold)
        out.verdict = 'pass';
    else {
        out.verdict = 'inconclusive';
        out.reason =
            wLo > 0
                ? 'a real change, but the data cannot tell whether it passes the threshold'
                : 'the interval is too wide to tell: more repetitions or less noise needed';
    }
    return out;
}
/**
 * A change δ (worse direction, analysis scale) is called a regression when the estimate is past the threshold
 * and the interval's lower end is above zero: estimate ≥ max(threshold, t₁₋ₐ·se). The estimate scatters around δ
 * with standard error se, so it clears that bar in 90% of runs when δ = max(threshold, t₁₋ₐ·se) + t₀.₉·se (the
 * usual power approximation with the t quantiles of the look's degrees of freedom; Cohen, "Statistical Power
 * Analysis", 1988, ch. 2). Without a threshold: the smallest change whose interval excludes zero 90% of the time.
 */
function minimumDetectable(iv, tail, thresholdOnScale, sign, toChange) {
    const bar = iv.se === 0 ? 0 : tQuantile(1 - tail, iv.df) * iv.se;
    const delta = Math.max(thresholdOnScale ?? 0, bar) + (iv.se === 0 ? 0 : tQuantile(MDE_POWER, iv.df) * iv.se);
    return toChange(sign * delta);
}

;// CONCATENATED MODULE: ./src/compare/design.ts
/** Milliseconds since the epoch of a Fortio StartTime, or null when missing or unreadable. */
function startMillis(startTime) {
    if (!startTime)
        return null;
    // Go writes up to nine fractional digits ("…:28.857554488Z", "…58.895472681-07:00"); Date takes three.
    const trimmed = startTime.trim().replace(/(\.\d{3})\d+/, '$1');
    const ms = Date.parse(trimmed);
    return Number.isFinite(ms) ? ms : null;
}
/** Pair members further apart than this many positions in time order are not neighbours. */
const MAX_PAIR_GAP = 3;
/** Pair members started further apart than this were not measured in one run. */
const MAX_PAIR_SECONDS = 1800;
/**
 * Pairs the sides when they interleave. In time order, each repetition pairs with the nearest earlier unpaired
 * repetition of the other side (matched like brackets): A B B A gives (A₁ B₁) (B₂ A₂); the longer segments of
 * A A B B B B A A give (A₂ B₁) (A₁ B₂) (B₄ A₃) (B₃ A₄), each pair symmetric around a switch. Pairs around one
 * switch form a group: under slow drift their differences are strongly correlated (they share the switch), so the
 * group's mean difference, not each pair, is one independent observation of the change. The design is
 * paired when every repetition has a partner at most MAX_PAIR_GAP positions and MAX_PAIR_SECONDS away; two runs
 * one after the other (A A A B B B) fail that, and so do sides of unequal size.
 */
function pairByTime(baseline, current) {
    const independent = (reason) => ({ design: 'independent', groups: [], reason });
    if (baseline.length !== current.length)
        return independent(`unequal repetitions (baseline ${baseline.length}, current ${current.length})`);
    if (baseline.length < 2)
        return independent('fewer than 2 repetitions per side');
    const timed = [
        ...baseline.map((r, i) => ({ side: 0, i, t: startMillis(r.startTime) })),
        ...current.map((r, i) => ({ side: 1, i, t: startMillis(r.startTime) })),
    ];
    if (timed.some((x) => x.t === null))
        return independent('start times are missing');
    const sorted = timed
        .map((x) => ({ ...x, t: x.t }))
        .sort((a, b) => a.t - b.t)
        .map((x, position) => ({ ...x, position }));
    const open = [];
    const groups = [];
    for (const x of sorted) {
        const top = open.at(-1);
        if (!top || top.side === x.side) {
            open.push(x);
            continue;
        }
        open.pop();
        if (x.position - top.position > MAX_PAIR_GAP || x.t - top.t > MAX_PAIR_SECONDS * 1000)
            return independent('the sides were not measured interleaved in time');
        const pair = top.side === 0 ? [top.i, x.i] : [x.i, top.i];
        // Adjacent: a new switch. Otherwise the pair encloses the one made last, around the same switch.
        if (x.position - top.position === 1)
            groups.push([pair]);
        else
            groups.at(-1).push(pair);
    }
    if (groups.length < 2)
        return independent('fewer than 2 switches between the sides');
    return { design: 'paired', groups, reason: null };
}

;// CONCATENATED MODULE: ./src/compare/fingerprint.ts
function checkFingerprints(baseline, current) {
    const refused = [];
    const flagged = [];
    const a = baseline.fingerprint;
    const b = current.fingerprint;
    const differ = (label, x, y, into) => {
        if (JSON.stringify(x) !== JSON.stringify(y))
            into.push(`${label}: baseline ${show(x)}, current ${show(y)}`);
    };
    differ('mesh', a.mesh?.name ?? null, b.mesh?.name ?? null, refused);
    differ('mesh version', a.mesh?.version ?? null, b.mesh?.version ?? null, flagged);
    differ('mesh profile', a.mesh?.profile ?? null, b.mesh?.profile ?? null, flagged);
    differ('Kubernetes version', a.kubernetesVersion, b.kubernetesVersion, flagged);
    differ('node image', a.nodeImage, b.nodeImage, flagged);
    differ('runner', `${a.runner.os}/${a.runner.arch}`, `${b.runner.os}/${b.runner.arch}`, flagged);
    differ('Fortio version', a.fortio.version, b.fortio.version, flagged);
    differ('Fortio flags', a.fortio.flags, b.fortio.flags, refused);
    const baseScenarios = new Map(baseline.scenarios.map((s) => [s.name, s.settings]));
    for (const s of current.scenarios) {
        const base = baseScenarios.get(s.name);
        if (!base)
            continue;
        for (const key of ['protocol', 'qps', 'connections', 'durationSeconds', 'payloadBytes']) {
            differ(`scenario '${s.name}' ${key}`, base[key], s.settings[key], refused);
        }
    }
    return { refused, flagged };
}
function show(x) {
    return x === null || x === undefined ? '(unknown)' : typeof x === 'string' ? x : JSON.stringify(x);
}

// EXTERNAL MODULE: ./src/results/histogram.ts
var histogram = __webpack_require__(97528);
;// CONCATENATED MODULE: ./src/compare/observations.ts
/**
 * Turns a scenario's results into per-repetition observations of each metric: the data the statistics use.
 * Each repetition (or resource sample) is one observation, because repetitions, not requests, are independent
 * draws of the run-to-run noise that decides whether a change is real.
 */


const LATENCY_PERCENTILE = {
    'latency-p50': 50,
    'latency-p90': 90,
    'latency-p99': 99,
    'latency-p999': 99.9,
};
function observations(scenario, metric) {
    return observationsByRepetition(scenario, metric).map((o) => o.value);
}
/** The observations with their repetitions, so that a paired analysis can match them across the sides. */
function observationsByRepetition(scenario, metric) {
    const perRepetition = (f) => scenario.repetitions.map((r, i) => ({ value: f(r), repetition: i }));
    const p = LATENCY_PERCENTILE[metric];
    if (p !== undefined) {
        return perRepetition((r) => 1000 * (r.latency.percentiles[String(p)] ?? (0,histogram/* percentile */.Ym)(r.latency.histogram, p)));
    }
    switch (metric) {
        case 'error-rate':
            return perRepetition((r) => (r.requests === 0 ? 100 : (100 * r.errors) / r.requests));
        case 'qps':
            return perRepetition((r) => r.actualQps);
        case 'proxy-cpu':
            return perMeshedPod(scenario.resources, 'cpuMillicores');
        case 'proxy-memory':
            return perMeshedPod(scenario.resources, 'memoryMiB');
    }
    throw new Error(`no observations defined for ${metric} (${METRIC_INFO[metric].unit})`);
}
/** The pooled value over all repetitions (latencies from the merged histogram), for the report's columns. */
function pooled(scenario, metric) {
    const p = LATENCY_PERCENTILE[metric];
    if (p !== undefined) {
        const merged = mergeHistograms(scenario.repetitions.map((r) => r.latency.histogram));
        return merged.count === 0 ? null : 1000 * percentile(merged, p);
    }
    if (metric === 'error-rate') {
        const requests = scenario.repetitions.reduce((a, r) => a + r.requests, 0);
        const errors = scenario.repetitions.reduce((a, r) => a + r.errors, 0);
        return requests === 0 ? null : (100 * errors) / requests;
    }
    const xs = observations(scenario, metric);
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}
/**
 * Data-plane cost per meshed pod in one sample: sidecar proxies plus node-level agents (ztunnel, cilium-agent...)
 * amortised over the meshed pods. A meshed pod is one with a sidecar; with no sidecars at all (ambient, Cilium),
 * the app pods are the ones the node-level data plane serves.
 */
function perMeshedPod(samples, field) {
    const out = [];
    for (const s of samples) {
        const dataPlane = s.containers.filter((c) => c.role !== 'app');
        if (dataPlane.length === 0)
            continue;
        const proxyPods = new Set(s.containers.filter((c) => c.role === 'proxy').map((c) => `${c.namespace}/${c.pod}`));
        const appPods = new Set(s.containers.filter((c) => c.role === 'app').map((c) => `${c.namespace}/${c.pod}`));
        const meshedPods = proxyPods.size > 0 ? proxyPods.size : appPods.size;
        if (meshedPods === 0)
            continue;
        out.push({ value: dataPlane.reduce((a, c) => a + c[field], 0) / meshedPods, repetition: s.repetition });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/sequential.ts
/**
 * Sequential stopping: when a run may look at its data after every block and stop as soon as the answer is
 * clear, every look is another chance of a false alarm. The looks are paid for by alpha spending (Lan & DeMets,
 * "Discrete sequential boundaries for clinical trials", Biometrika 70:659–663, 1983): a spending function a(t),
 * rising from a(0) = 0 to a(1) = α over the information fraction t = n / N (n repetitions per side so far, N the
 * most a run may take), gives look j the share a(t_j) − a(t_{j−1}). Each look's test runs at its share, so by the
 * union bound (Bonferroni) the chance of a false alarm at any look is at most Σ shares = a(1) = α, whatever the
 * correlation between the looks and however few degrees of freedom each look's t statistic has. Exact
 * group-sequential boundaries (Jennison & Turnbull, "Group Sequential Methods", 2000, ch. 7) spend the same α less
 * conservatively, but need the joint law of the looks' t statistics, which with an estimated variance and a
 * handful of repetitions is itself an approximation; the union bound keeps the promise exactly.
 *
 * The spending function is the power family a(t) = α·t^ρ (Kim & DeMets, Biometrika 74:149–154, 1987); ρ was
 * chosen with `npm run bench` (docs/statistics.md): large enough that the final look keeps most of α, small enough
 * that a clear case can stop early. Looks come after every block (2 repetitions per side: A B B A), the first
 * once there are FIRST_LOOK repetitions per side (fewer leave a t statistic with too few degrees of freedom to
 * decide anything at a small share of α).
 *
 * Pure: numbers in, numbers out.
 */
/** Repetitions per side that one block (A B B A) adds. */
const BLOCK = 4;
/** The first look, in repetitions per side. */
const FIRST_LOOK = 4;
/** Exponent of the power spending function a(t) = α·t^ρ. */
const SPENDING_RHO = 3;
/** α spent by information fraction t ∈ [0, 1]. */
function spent(alpha, t) {
    if (t <= 0)
        return 0;
    if (t >= 1)
        return alpha;
    return alpha * t ** SPENDING_RHO;
}
/** The looks a run with at most `max` repetitions per side takes: every block from FIRST_LOOK, and at `max`. */
function lookSchedule(max) {
    const looks = [];
    for (let n = Math.min(FIRST_LOOK, max); n < max; n += BLOCK)
        looks.push(n);
    looks.push(max);
    return looks;
}
/** The look at `n` repetitions per side of a run with the family-wise false-alarm rate `alpha`. */
function lookAt(alpha, n, max) {
    if (max === null)
        return { repetitions: n, maxRepetitions: null, index: 1, looks: 1, alpha, scheduled: true };
    const schedule = lookSchedule(max);
    const last = Math.min(n, max);
    const previous = schedule.filter((l) => l < last).at(-1) ?? 0;
    const index = schedule.filter((l) => l < last).length + 1;
    return {
        repetitions: n,
        maxRepetitions: max,
        index,
        looks: schedule.length,
        alpha: spent(alpha, last / max) - spent(alpha, previous / max),
        scheduled: schedule.includes(n),
    };
}

;// CONCATENATED MODULE: ./src/compare/verdict.ts






function compareResults(baseline, current, config, options = {}) {
    const fingerprint = checkFingerprints(baseline, current);
    const notes = [];
    const baseByName = new Map(baseline.scenarios.map((s) => [s.name, s]));
    const currentNames = new Set(current.scenarios.map((s) => s.name));
    for (const s of baseline.scenarios) {
        if (!currentNames.has(s.name))
            notes.push(`Scenario '${s.name}' is in the baseline only: not compared.`);
    }
    const matched = [];
    for (const cur of current.scenarios) {
        const base = baseByName.get(cur.name);
        if (base)
            matched.push([base, cur]);
        else
            notes.push(`Scenario '${cur.name}' has no baseline: not compared.`);
    }
    const alpha = config.falseAlarmRate;
    const maxRepetitions = options.maxRepetitions ?? null;
    const share = alpha / Math.max(options.scenarioCount ?? matched.length, 1);
    const metrics = [];
    const scenarios = [];
    let gatedTests = 0;
    for (const [base, cur] of matched) {
        const one = compareScenario(base, cur, config, share, maxRepetitions);
        if (one.saturated)
            notes.push(one.saturated);
        if (one.look.look.scheduled === false)
            notes.push(`Scenario '${cur.name}': a look at ${one.look.look.repetitions} repetitions per side is off the schedule (every block from 4 to ${maxRepetitions}); the false-alarm rate holds for scheduled looks.`);
        metrics.push(...one.metrics);
        scenarios.push(one.look);
        gatedTests += one.gatedTests;
    }
    const gated = metrics.filter((m) => m.verdict !== 'info');
    // A scenario on one side only (removed or renamed) was not checked: that cannot make the run a pass.
    const unmatched = matched.length !== baseline.scenarios.length || matched.length !== current.scenarios.length;
    let verdict = 'pass';
    if (gated.some((m) => m.verdict === 'regression'))
        verdict = 'regression';
    else if (unmatched || gated.length === 0 || gated.some((m) => m.verdict === 'inconclusive'))
        verdict = 'inconclusive';
    if (gated.length === 0)
        notes.push('No gated metric could be compared: the verdict is inconclusive, not a pass.');
    return {
        verdict,
        metrics,
        confidence: scenarios.length > 0 ? Math.min(...scenarios.map((s) => s.confidence)) : 1 - 2 * alpha,
        falseAlarmRate: alpha,
        gatedTests,
        design: scenarios.length > 0 && scenarios.every((s) => s.design === 'paired') ? 'paired' : 'independent',
        scenarios,
        next: maxRepetitions === null
            ? null
            : verdict !== 'regression' && scenarios.some((s) => s.next === 'continue')
                ? 'continue'
                : 'stop',
        fingerprint,
        notes,
    };
}
function compareScenario(base, cur, config, alpha, maxRepetitions) {
    const saturated = saturation(base, cur);
    const pairing = pairByTime(base.repetitions, cur.repetitions);
    const candidates = [];
    for (const metric of METRICS) {
        const threshold = thresholdFor(config, cur.name, metric);
        const b = observationsByRepetition(base, metric);
        const c = observationsByRepetition(cur, metric);
        if (b.length === 0 && c.length === 0)
            continue; // metric not measured at all (e.g. no resource samples)
        let blocked = null;
        if (b.length < 2 || c.length < 2) {
            blocked = `needs at least 2 observations per side (baseline ${b.length}, current ${c.length})`;
        }
        else if (saturated && metric.startsWith('latency-')) {
            blocked = 'saturated run: latencies suffer coordinated omission';
        }
        candidates.push({
            scenario: cur.name,
            metric,
            threshold,
            base: b.map((o) => o.value),
            cur: c.map((o) => o.value),
            pairs: pairing.design === 'paired' ? pairUp(b, c, pairing.groups) : null,
            blocked,
        });
    }
    // A metric whose observations are one and the same value on both sides (an error rate of 0 against 0) is
    // decided exactly and can never raise a false alarm, so it takes no share of the false-alarm budget.
    const gatedTests = candidates.filter((c) => c.threshold && !c.blocked && !constantAndEqual(c)).length;
    const n = Math.min(base.repetitions.length, cur.repetitions.length);
    const look = lookAt(alpha, n, maxRepetitions);
    // Each one-sided error of each gated test gets (this look's share)/k: all of them together stay within it.
    const confidence = 1 - (2 * look.alpha) / Math.max(gatedTests, 1);
    const metrics = candidates.map((c) => decide(c, confidence));
    const gated = metrics.filter((m) => m.verdict !== 'info');
    const designReason = pairing.reason;
    const stop = (why) => ({ next: 'stop', why });
    let decision;
    const undecided = gated.filter((m) => m.verdict === 'inconclusive');
    const where = `after ${n} repetitions per side`;
    if (gated.some((m) => m.verdict === 'regression'))
        decision = stop(`a regression is established ${where}`);
    else if (gated.length > 0 && undecided.length === 0)
        decision = stop(`every gated metric passes ${where}`);
    else if (maxRepetitions === null)
        decision = stop(`fixed design: ${n} repetitions per side`);
    else if (n >= maxRepetitions)
        decision = stop(`the maximum of ${maxRepetitions} repetitions per side is reached, still inconclusive`);
    else if (gated.length > 0 && undecided.every((m) => m.reason?.startsWith('saturated')))
        decision = stop(`saturated ${where}: more repetitions cannot make its latencies comparable`);
    else
        decision = {
            next: 'continue',
            why: `inconclusive ${where} (${undecided.map((m) => m.metric).join(', ') || 'no gated metric yet'}); up to ${maxRepetitions} allowed`,
        };
    return {
        metrics,
        gatedTests,
        saturated,
        look: {
            scenario: cur.name,
            design: pairing.design,
            designReason,
            look,
            confidence,
            next: maxRepetitions === null ? null : decision.next,
            why: decision.why,
        },
    };
}
/** The observations of the paired groups; null when any observation has no partner (resource samples). */
function pairUp(base, cur, groups) {
    const byRep = (xs) => new Map(xs.map((o) => [o.repetition, o.value]));
    const [b, c] = [byRep(base), byRep(cur)];
    const out = [];
    let used = 0;
    for (const [i, j] of groups.flat()) {
        const [x, y] = [b.get(i), c.get(j)];
        if (x === undefined || y === undefined)
            return null;
        out.push({ base: [x], cur: [y] });
        used++;
    }
    return out.length >= 2 && used === base.length && used === cur.length ? out : null;
}
function constantAndEqual(c) {
    const first = c.base[0];
    return [...c.base, ...c.cur].every((x) => x === first);
}
function thresholdFor(config, scenario, metric) {
    const perScenario = config.scenarioThresholds[scenario];
    if (perScenario && metric in perScenario)
        return perScenario[metric] ?? null;
    return config.thresholds[metric] ?? null;
}
function saturation(base, cur) {
    const sides = [
        ['baseline', base],
        ['current', cur],
    ];
    const parts = sides
        .map(([side, s]) => {
        const n = s.repetitions.filter((r) => r.saturated).length;
        return n > 0 ? `${n} of ${s.repetitions.length} ${side} repetitions` : null;
    })
        .filter((x) => x !== null);
    if (parts.length === 0)
        return null;
    return `Scenario '${cur.name}' is saturated (${parts.join(', ')} reached less than 95% of the requested QPS): its latencies are not compared.`;
}

// EXTERNAL MODULE: ./src/github/artifact.ts
var github_artifact = __webpack_require__(49721);
;// CONCATENATED MODULE: ./src/github/baseline.ts
/**
 * Finding results in other runs: the base branch's baseline (the newest successful *push* run of the workflow
 * on that branch that has the artifact — never a pull request's run, which a PR author controls), and the bundle
 * that a `measure` run uploaded, for `report` under workflow_run.
 */



/** How many of the newest push runs to look through for an artifact. */
const MAX_RUNS_SEARCHED = 20;
async function findBaseline(api, store, q) {
    const runs = await api.listSuccessfulPushRuns(q.repo, q.workflow, q.branch, MAX_RUNS_SEARCHED);
    for (const run of runs) {
        // The API filters already; checked again because a baseline from a PR run would be a poisoned baseline.
        if (run.event !== 'push' || run.conclusion !== 'success' || run.head_branch !== q.branch)
            continue;
        const artifact = (await store.list(run.id)).find((a) => a.name === q.artifactName);
        if (!artifact)
            continue;
        (0,github_artifact/* checkSize */.C1)(artifact);
        const dir = (0,external_node_path_.join)(q.dir, `baseline-${run.id}`);
        await store.download(artifact, run.id, dir);
        const bundle = await (0,github_artifact/* readBundle */.Bo)(dir, `'${artifact.name}' of run ${run.id}`);
        return { results: bundle.current, runId: run.id, sha: run.head_sha };
    }
    return null;
}
/**
 * The results bundle of the run that triggered a workflow_run, uploaded by the gate with the same `comment-id`.
 * With several (a matrix over meshes), `mesh` picks one.
 */
async function downloadTriggeringBundle(store, runId, dir, gateId, mesh) {
    const prefix = (0,github_artifact/* artifactPrefix */.DS)(gateId);
    const ours = (await store.list(runId)).filter((a) => a.name.startsWith(prefix));
    const wanted = mesh ? ours.filter((a) => a.name.startsWith(`${prefix}${mesh}-`)) : ours;
    if (wanted.length === 0) {
        throw new errors/* InputError */.dz(`run ${runId} uploaded no results artifact named '${prefix}${mesh ? `${mesh}-` : ''}*' ` +
            `(found: ${ours.map((a) => a.name).join(', ') || 'none'}); did its 'mode: measure' step succeed?`);
    }
    if (wanted.length > 1) {
        throw new errors/* InputError */.dz(`run ${runId} uploaded several results artifacts (${wanted.map((a) => a.name).join(', ')}); ` +
            "set the input 'mesh' to pick one, with one report step per mesh");
    }
    const artifact = wanted[0];
    (0,github_artifact/* checkSize */.C1)(artifact);
    const path = (0,external_node_path_.join)(dir, `run-${runId}`);
    await store.download(artifact, runId, path);
    return { ...(await (0,github_artifact/* readBundle */.Bo)(path, `'${artifact.name}' of run ${runId}`)), name: artifact.name };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts
/** Annotations beyond this are left out (the report lists every finding): a PR page is not a log. */
const MAX_ANNOTATIONS = 500;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    note: 'notice',
};
function annotationsFor(findings) {
    const out = [];
    for (const f of findings) {
        if (!f.file || !f.line || f.line < 1)
            continue;
        // GitHub wants a path relative to the repository root, with forward slashes.
        const path = f.file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (path.startsWith('/') || path.split('/').includes('..'))
            continue;
        const id = f.resource.namespace ? `${f.resource.namespace}/${f.resource.name}` : f.resource.name;
        out.push({
            path,
            start_line: f.line,
            end_line: f.line,
            annotation_level: LEVEL[f.severity],
            title: `${f.code}: ${f.resource.kind} ${id}`.slice(0, 255),
            message: f.message.slice(0, 4000),
        });
        if (out.length === MAX_ANNOTATIONS)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/check-run.ts
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output.summary, in characters. */
const CHECK_SUMMARY_LIMIT = 65535;
function conclusionFor(verdict, failing) {
    if (failing)
        return 'failure';
    return verdict === 'pass' ? 'success' : 'neutral';
}
const TITLE = {
    pass: 'No regression',
    regression: 'Regression',
    inconclusive: 'Inconclusive',
};
async function publishCheckRun(api, request) {
    if (request.summary.length > CHECK_SUMMARY_LIMIT)
        throw new Error('check run summary over GitHub’s limit');
    const batches = [];
    for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = { title: TITLE[request.verdict], summary: request.summary };
    const created = await api.createCheckRun(request.repo, {
        name: request.name,
        head_sha: request.headSha,
        conclusion: conclusionFor(request.verdict, request.failing),
        output: batches.length > 0 ? { ...output, annotations: batches[0] } : output,
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    });
    for (const batch of batches.slice(1)) {
        await api.updateCheckRun(request.repo, created.id, { ...output, annotations: batch });
    }
    return created;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/** The identity GITHUB_TOKEN writes as; used when the token cannot tell its own login. */
const ACTIONS_BOT = 'github-actions[bot]';
function commentMarker(commentId) {
    return `<!-- mesh-mtls-gate:${commentId} -->`;
}
/** Whether a new comment is created when none exists yet (an existing one is always updated). */
function shouldCreate(policy, verdict) {
    switch (policy) {
        case 'always':
            return true;
        case 'on-change':
            return verdict !== 'pass';
        case 'on-regression':
            return verdict === 'regression';
        case 'never':
            return false;
    }
}
async function upsertStickyComment(api, request) {
    if (!request.body.startsWith(request.marker))
        throw new Error('the comment body must begin with its marker');
    const identity = (await api.authenticatedLogin()) ?? ACTIONS_BOT;
    const comments = await api.listIssueComments(request.repo, request.issue);
    const own = findOwn(comments, request.marker, identity);
    if (own) {
        if (own.body === request.body)
            return { action: 'updated', url: own.html_url };
        const updated = await api.updateIssueComment(request.repo, own.id, request.body);
        return { action: 'updated', url: updated.html_url };
    }
    if (!shouldCreate(request.policy, request.verdict)) {
        return {
            action: 'skipped',
            reason: `comment: ${request.policy} creates no comment for a ${request.verdict} verdict`,
        };
    }
    const created = await api.createIssueComment(request.repo, request.issue, request.body);
    return { action: 'created', url: created.html_url };
}
/** The newest comment by `identity` that starts with the marker (older duplicates from a race are left alone). */
function findOwn(comments, marker, identity) {
    const mine = comments.filter((c) => c.user?.login === identity && (c.body ?? '').startsWith(marker));
    return mine.at(-1) ?? null;
}

;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * What the runner tells the action about the run: the environment variables and the webhook payload at
 * GITHUB_EVENT_PATH, read here once from the environment `index.ts` hands to main.ts. main.ts and the measuring
 * path read the GITHUB_* variables only through this context; a few stages read variables of their own (KUBECONFIG
 * for an existing cluster, RUNNER_NAME into the results, RUNNER_TEMP for the tool cache).
 * The payload of a `workflow_run` may describe a fork's pull request: its fields are data, not instructions.
 */

async function readRunContext(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const workflowFile = /\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? null;
    return {
        eventName,
        repo: owner && repo ? { owner, repo } : null,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: positiveInt(env.GITHUB_RUN_ID),
        workflowFile,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        pullRequest: pullRequestOf(payload),
        workflowRun: workflowRunOf(payload),
        workspace: env.GITHUB_WORKSPACE || null,
        baseBranch: env.GITHUB_BASE_REF || null,
    };
}
function positiveInt(v) {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
const obj = (v) => (v && typeof v === 'object' ? v : null);
/** pull_request and pull_request_target payloads (also issue_comment on a PR has no head: not handled). */
function pullRequestOf(payload) {
    const pr = obj(payload.pull_request);
    if (!pr)
        return null;
    const number = positiveInt(pr.number);
    const headSha = str(obj(pr.head)?.sha);
    const baseRef = str(obj(pr.base)?.ref);
    return number && headSha && baseRef ? { number, headSha, baseRef } : null;
}
function workflowRunOf(payload) {
    const run = obj(payload.workflow_run);
    if (!run)
        return null;
    const id = positiveInt(run.id);
    const headSha = str(run.head_sha);
    const workflowId = positiveInt(run.workflow_id);
    if (!id || !headSha || !workflowId)
        return null;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        headSha,
        headBranch: str(run.head_branch),
        event: str(run.event) ?? '',
        conclusion: str(run.conclusion),
        workflowId,
        path: str(run.path),
        runAttempt: positiveInt(run.run_attempt) ?? 1,
        headRepository: str(obj(run.head_repository)?.full_name),
        pullRequests: prs.map((p) => positiveInt(obj(p)?.number)).filter((n) => n !== null),
    };
}

// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
;// CONCATENATED MODULE: ./src/github/permissions.ts
/**
 * GitHub answers a write with a token that lacks the permission — every pull_request run from a fork, or a
 * workflow whose `permissions:` leave it out — with 403 "Resource not accessible by integration". That is not a
 * reason to lose the verdict: the caller downgrades it to a warning that names the permission to grant.
 */

const Permission = {
    PullRequestsWrite: 'pull-requests: write',
    ChecksWrite: 'checks: write',
    ActionsRead: 'actions: read',
};
function isPermissionDenied(e) {
    return (0,api/* httpStatus */.n)(e) === 403;
}
function permissionWarning(what, permission, e) {
    const message = e.message?.split('\n')[0] ?? String(e);
    return (`mesh-mtls-gate could not ${what}: ${message} (HTTP 403). The token lacks '${permission}': grant it in the ` +
        `workflow's 'permissions:'. Pull requests from forks get a read-only token whatever the workflow asks for: ` +
        `use 'mode: measure' on pull_request and 'mode: report' on workflow_run (see the README). ` +
        `The verdict is in the job summary.`);
}

// EXTERNAL MODULE: ./src/github/provenance.ts
var provenance = __webpack_require__(29436);
;// CONCATENATED MODULE: ./src/github/publish.ts



async function publishToPullRequest(gh, req, log) {
    const published = { commentUrl: null, checkRunUrl: null };
    await attempt(log, 'write the PR comment', Permission.PullRequestsWrite, async () => {
        const r = await upsertStickyComment(gh, {
            repo: req.repo,
            issue: req.pullRequest.number,
            marker: commentMarker(req.gateId),
            body: req.comment.body,
            policy: req.comment.policy,
            verdict: req.verdict,
        });
        if (r.action === 'skipped')
            log.info(r.reason);
        else {
            log.info(`PR comment ${r.action}: ${r.url}`);
            published.commentUrl = r.url;
        }
    });
    await attempt(log, 'create the check run', Permission.ChecksWrite, async () => {
        const check = await publishCheckRun(gh, {
            repo: req.repo,
            name: `mesh-mtls-gate (${req.gateId})`,
            headSha: req.pullRequest.headSha,
            verdict: req.verdict,
            failing: req.failing,
            summary: req.check.summary,
            annotations: req.check.annotations,
            ...(req.check.detailsUrl ? { detailsUrl: req.check.detailsUrl } : {}),
        });
        published.checkRunUrl = check.html_url;
        log.info(`check run: ${check.html_url ?? check.id}`);
    });
    return published;
}
async function attempt(log, what, permission, write) {
    try {
        await write();
    }
    catch (e) {
        log.warning(isPermissionDenied(e)
            ? permissionWarning(what, permission, e)
            : `mesh-mtls-gate could not ${what}: ${e.message}. The verdict is in the job summary.`);
    }
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/**
 * The job summary: the same markdown as the comment, but GitHub allows up to 1 MiB per step's summary (in bytes),
 * so it gets the report with more detail when the comment had to be shortened.
 */
/** GitHub's limit on one step's job summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * The longest rendering that fits the summary limit. `render(maxLength)` returns a report of at most `maxLength`
 * characters; a character takes up to 4 bytes in UTF-8, so the limit is tried as characters first, then shrunk.
 */
function fitSummary(render, limitBytes = SUMMARY_LIMIT_BYTES) {
    // Leave room for what the runner adds around a step's summary.
    const budget = limitBytes - 1024;
    let maxLength = budget;
    for (;;) {
        const text = render(maxLength);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes <= budget)
            return text;
        maxLength = Math.floor((maxLength * budget) / bytes) - 1;
        if (maxLength < 1024)
            return render(Math.floor(budget / 4));
    }
}

// EXTERNAL MODULE: ./src/results/artifact.ts
var artifact = __webpack_require__(53754);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/format.ts

/** The typographic minus, as `formatThreshold` uses, so that a row reads consistently. */
const MINUS = '\u2212';
const VERDICT_ICON = {
    pass: '✅',
    regression: '❌',
    inconclusive: '⚠️',
    info: 'ℹ️',
};
const METRIC_LABEL = {
    'latency-p50': 'p50 latency',
    'latency-p90': 'p90 latency',
    'latency-p99': 'p99 latency',
    'latency-p999': 'p99.9 latency',
    'error-rate': 'error rate',
    qps: 'throughput',
    'proxy-cpu': 'proxy CPU',
    'proxy-memory': 'proxy memory',
};
/**
 * `x` to `digits` significant digits as a plain decimal (Mermaid's parser rejects `1e-7`). Values with more integer
 * digits than that keep them all: 1234.5 → "1235".
 */
function significant(x, digits = 3) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    // Round first, so that 9.996 becomes "10.0" rather than "10.00".
    const rounded = Number(x.toPrecision(digits));
    const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
    const decimals = digits - 1 - magnitude;
    return decimals > 0 ? rounded.toFixed(Math.min(decimals, 20)) : Math.round(x).toFixed(0);
}
/** Drops trailing zeros after the point: "0.120" → "0.12", "1.00" → "1". */
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** A value in its metric's unit; latencies under a millisecond switch to µs. */
function formatValue(value, unit) {
    if (value === null || !Number.isFinite(value))
        return '—';
    switch (unit) {
        case 'ms':
            // Decide on the rounded value, so 0.9996 ms reads "1.00 ms", not "1000 µs".
            return value !== 0 && Math.abs(Number(value.toPrecision(3))) < 1
                ? `${significant(value * 1000)} µs`
                : `${significant(value)} ms`;
        case '%':
            return `${trimZeros(significant(value))}%`;
        case 'qps':
            return `${Math.round(value)} qps`;
        case 'millicores':
            return `${significant(value)} m`;
        case 'MiB':
            return `${significant(value)} MiB`;
        default:
            return `${significant(value)} ${(0,report_escape/* escapeMarkdown */.FV)(unit)}`;
    }
}
/** A signed change: relative ones are fractions shown in percent, absolute ones (error rate) in points. */
function formatChange(change, kind) {
    if (kind === 'relative')
        return `${signed((Math.abs(change) * 100).toFixed(1), change < 0)}%`;
    const size = Math.abs(change);
    // Error-rate thresholds are around 0.1 pt; a third decimal keeps tiny changes from reading as zero.
    return `${signed(size.toFixed(size >= 0.01 || size === 0 ? 2 : 3), change < 0)} pt`;
}
function formatInterval(interval, kind) {
    if (!interval)
        return '—';
    return `${formatChange(interval[0], kind)} … ${formatChange(interval[1], kind)}`;
}
/** A sign only when the rounded text is not zero, so no "+0.0%" or "−0.0%". */
function signed(magnitude, negative) {
    if (/^[0.]+$/.test(magnitude))
        return magnitude;
    return `${negative ? MINUS : '+'}${magnitude}`;
}
/**
 * A confidence level in percent with as many decimals as it takes not to read 100%, rounded down so that it
 * never overstates: 0.995 → "99.5%", 0.99999 → "99.999%".
 */
function formatConfidence(confidence) {
    const gap = 100 - confidence * 100;
    const decimals = gap > 0 ? Math.min(6, Math.max(1, Math.ceil(-Math.log10(gap)))) : 1;
    const scale = 10 ** decimals;
    // The epsilon absorbs binary noise: 0.995 × 100 is 99.49999999999999.
    return `${trimZeros((Math.floor(confidence * 100 * scale + 1e-6) / scale).toFixed(decimals))}%`;
}
/** A plain fraction in percent: 0.01 → "1%". */
function formatPercent(fraction) {
    return `${trimZeros(significant(fraction * 100))}%`;
}
/**
 * US dollars for markdown. The dollar sign is escaped because GitHub renders the text between two of them on one
 * line as math. Amounts of $100 or more drop the cents.
 */
function formatUsd(amount, options = {}) {
    const size = Math.abs(amount);
    const digits = size >= 100 ? size.toFixed(0) : size.toFixed(2);
    const zero = /^[0.]+$/.test(digits);
    const sign = zero ? '' : amount < 0 ? MINUS : options.sign ? '+' : '';
    return `${sign}\\$${digits}`;
}
/** A unit price such as 0.0316, with up to four significant digits and no exponent. */
function formatPrice(price) {
    return `\\$${trimZeros(significant(price, 4))}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report/headline.ts



/** Lists are cut here: with thousands of scenarios, notes alone could fill the comment. */
const MAX_LIST_ITEMS = 20;
/** How many undecided metrics the inconclusive headline names before "and N more". */
const MAX_NAMED = 3;
function headline(comparison) {
    const gated = comparison.metrics.filter((m) => m.verdict !== 'info');
    const icon = VERDICT_ICON[comparison.verdict];
    switch (comparison.verdict) {
        case 'regression': {
            const regressions = gated
                .filter((m) => m.verdict === 'regression')
                .sort((a, b) => severity(b) - severity(a));
            const worst = regressions[0];
            if (!worst)
                return `${icon} **Regression.**`;
            const more = regressions.length - 1;
            const tail = more > 0 ? ` ${plural(more, 'more gated metric')} regressed as well.` : '';
            return `${icon} **Regression.** ${describeRegression(worst)}${tail}`;
        }
        case 'inconclusive': {
            const undecided = gated.filter((m) => m.verdict === 'inconclusive');
            if (undecided.length === 0)
                return `${icon} **Inconclusive.** No gated metric could be compared.`;
            const named = undecided.slice(0, MAX_NAMED).map((m) => {
                const why = m.reason ? ` (${(0,report_escape/* untrusted */.bp)(m.reason, 200)})` : '';
                return `${METRIC_LABEL[m.metric]} of <code>${(0,report_escape/* untrusted */.bp)(m.scenario, 100)}</code>${why}`;
            });
            if (undecided.length > MAX_NAMED)
                named.push(`and ${undecided.length - MAX_NAMED} more`);
            const verb = undecided.length === 1 ? 'metric could' : 'metrics could';
            return `${icon} **Inconclusive.** ${undecided.length} gated ${verb} not be decided: ${named.join('; ')}.`;
        }
        case 'pass': {
            const scenarios = new Set(gated.map((m) => m.scenario)).size;
            return (`${icon} **Pass.** All ${plural(gated.length, 'gated metric')} in ${plural(scenarios, 'scenario')} ` +
                `are within their thresholds.`);
        }
    }
}
function describeRegression(m) {
    const verb = METRIC_INFO[m.metric].worse === 'up' ? 'rose' : 'fell';
    const size = m.change === null ? '' : ` ${formatChange(Math.abs(m.change), m.changeKind).replace(/^\+/, '')}`;
    return (`${METRIC_LABEL[m.metric]} of scenario <code>${(0,report_escape/* untrusted */.bp)(m.scenario, 100)}</code> ${verb}${size} ` +
        `(interval ${formatInterval(m.interval, m.changeKind)}; threshold ${(0,report_escape/* untrusted */.bp)(m.threshold, 40)}).`);
}
/**
 * How far past its threshold a regression is, so that the worst one leads: the change in the worse direction over
 * the threshold's size. The threshold is only available as text here, hence the parse.
 */
function severity(m) {
    const worse = METRIC_INFO[m.metric].worse === 'up' ? 1 : -1;
    const match = /(\d+(?:\.\d+)?)\s*(%|pt)/.exec(m.threshold);
    const size = match ? Number(match[1]) / (match[2] === '%' ? 100 : 1) : 0;
    return (worse * (m.change ?? 0)) / (size > 0 ? size : 1);
}
function statisticsLine(comparison) {
    const lines = [
        `${formatConfidence(comparison.confidence)} simultaneous intervals, false-alarm rate ` +
            `${formatPercent(comparison.falseAlarmRate)} over ${plural(comparison.gatedTests, 'gated metric')}.`,
    ];
    for (const s of comparison.scenarios)
        lines.push(scenarioLookLine(comparison, s));
    return lines.join('\n');
}
/**
 * Per scenario: how it was analysed, how many repetitions it took and why it stopped, and what the verdict is
 * worth: the p99 change this run would have caught 90% of the time.
 */
function scenarioLookLine(comparison, s) {
    const name = `<code>${(0,report_escape/* untrusted */.bp)(s.scenario, 100)}</code>`;
    const design = s.design === 'paired'
        ? 'paired by time (same-run A/B)'
        : `independent samples${s.designReason ? ` (${(0,report_escape/* untrusted */.bp)(s.designReason, 200)})` : ''}`;
    const reps = s.look.maxRepetitions === null
        ? `${plural(s.look.repetitions, 'repetition')} per side`
        : `${s.look.repetitions} of at most ${s.look.maxRepetitions} repetitions per side (look ${s.look.index} of ${s.look.looks})`;
    const p99 = comparison.metrics.find((m) => m.scenario === s.scenario && m.metric === 'latency-p99');
    const mde = p99?.mde !== null && p99?.mde !== undefined
        ? `; smallest p99 change it would have caught 90% of the time: ${formatChange(p99.mde, p99.changeKind)}`
        : '';
    const stop = s.next === null ? '' : `; ${s.next === 'continue' ? 'continues' : 'stopped'}: ${(0,report_escape/* untrusted */.bp)(s.why, 300)}`;
    return `- ${name}: ${design}, ${reps}${stop}${mde}.`;
}
/** Fingerprint differences and notes, as GitHub alert blocks and a list. */
function contextBlocks(comparison) {
    const blocks = [];
    const { refused, flagged } = comparison.fingerprint;
    if (refused.length > 0) {
        blocks.push(headline_alert('CAUTION', '**Not comparable.** The runs differ in what was measured, so the verdict above does not hold:', refused));
    }
    if (flagged.length > 0) {
        blocks.push(headline_alert('WARNING', 'Measured in different environments; weigh small changes accordingly:', flagged));
    }
    if (comparison.notes.length > 0)
        blocks.push(`**Notes**\n\n${list(comparison.notes).join('\n')}`);
    return blocks;
}
function headline_alert(kind, lead, items) {
    return [`> [!${kind}]`, `> ${lead}`, ...list(items).map((line) => `> ${line}`)].join('\n');
}
function list(items) {
    const shown = items.slice(0, MAX_LIST_ITEMS).map((item) => `- ${(0,report_escape/* untrusted */.bp)(item, 500)}`);
    if (items.length > MAX_LIST_ITEMS)
        shown.push(`- … and ${items.length - MAX_LIST_ITEMS} more`);
    return shown;
}

;// CONCATENATED MODULE: ./src/report/chart.ts

const PERCENTILES = [
    ['latency-p50', 'p50'],
    ['latency-p90', 'p90'],
    ['latency-p99', 'p99'],
    ['latency-p999', 'p99.9'],
];
/**
 * A fenced ```mermaid xychart-beta``` block, or null when no percentile was measured on both sides. Percentiles
 * missing on either side are left off the x-axis rather than drawn as zero.
 *
 * Mermaid draws several bar series on top of one another, not side by side, so the series with the taller bars
 * goes first (behind) and the title says which is in front.
 */
function latencyChart(scenario, rows) {
    const points = [];
    for (const [metric, label] of PERCENTILES) {
        const row = rows.find((m) => m.metric === metric && m.unit === 'ms');
        if (!row || !isPlotted(row.baseline) || !isPlotted(row.current))
            continue;
        points.push({ label, baseline: row.baseline, current: row.current });
    }
    if (points.length === 0)
        return null;
    const sum = (side) => points.reduce((a, p) => a + p[side], 0);
    const [back, front] = sum('current') >= sum('baseline')
        ? ['current', 'baseline']
        : ['baseline', 'current'];
    const top = Math.max(...points.map((p) => Math.max(p.baseline, p.current)));
    const series = (side) => `  bar "${side}" [${points.map((p) => significant(p[side])).join(', ')}]`;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${chartText(scenario)}: ${front} in front of ${back}"`,
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        // An explicit range from zero: Mermaid's automatic one starts at the smallest value and would hide that bar.
        `  y-axis "latency (ms)" 0 --> ${top > 0 ? significant(top * 1.1, 2) : '1'}`,
        series(back),
        series(front),
        '```',
    ].join('\n');
}
function isPlotted(x) {
    return x !== null && Number.isFinite(x) && x >= 0;
}
/**
 * Inside a code fence markdown escaping does not apply, and a quote or backtick could end the string or the fence:
 * only plain characters survive.
 */
function chartText(text) {
    const plain = text.replace(/[^A-Za-z0-9 ._-]+/g, '_').trim();
    return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}

;// CONCATENATED MODULE: ./src/report/cost.ts

/** The cloud-pricing convention for a month: 365 × 24 / 12. */
const HOURS_PER_MONTH = 730;
/** USD/month = (current − baseline per pod) × pods × hourly price × 730, CPU as millicores/1000 vCPU, memory as MiB/1024 GiB. */
function monthlyOverheadCostUsd(metric, baselinePerPod, currentPerPod, cost) {
    const delta = currentPerPod - baselinePerPod;
    const hourly = metric === 'proxy-cpu' ? (delta / 1000) * cost.vcpuHourUsd : (delta / 1024) * cost.gibHourUsd;
    return hourly * cost.pods * HOURS_PER_MONTH;
}
/** The monthly cost of one scenario's proxy CPU and memory changes, or null when neither was measured. */
function scenarioOverheadCost(rows, cost) {
    const part = (metric) => {
        const row = rows.find((m) => m.metric === metric);
        if (!row || row.baseline === null || row.current === null)
            return null;
        return monthlyOverheadCostUsd(metric, row.baseline, row.current, cost);
    };
    const cpu = part('proxy-cpu');
    const memory = part('proxy-memory');
    if (cpu === null && memory === null)
        return null;
    return { cpu, memory, total: (cpu ?? 0) + (memory ?? 0) };
}
/** One report line, with the assumptions the figure rests on, since the pod count and prices are guesses. */
function renderCostLine(overhead, cost) {
    const parts = [
        overhead.cpu === null ? null : `CPU ${formatUsd(overhead.cpu, { sign: true })}`,
        overhead.memory === null ? null : `memory ${formatUsd(overhead.memory, { sign: true })}`,
    ].filter((p) => p !== null);
    return (`Proxy overhead cost: ≈ ${formatUsd(overhead.total, { sign: true })}/month (${parts.join(', ')}) ` +
        `for ${plural(cost.pods, 'meshed pod')} at ${formatPrice(cost.vcpuHourUsd)}/vCPU-hour, ` +
        `${formatPrice(cost.gibHourUsd)}/GiB-hour.`);
}

;// CONCATENATED MODULE: ./src/report/scenario.ts




const RANK = { regression: 0, inconclusive: 1, pass: 2, info: 3 };
/**
 * Groups the rows by scenario, worst scenario first (stable otherwise), so that what gets dropped to fit the
 * length limit is what matters least.
 */
function groupByScenario(metrics) {
    const byName = new Map();
    for (const m of metrics) {
        const rows = byName.get(m.scenario);
        if (rows)
            rows.push(m);
        else
            byName.set(m.scenario, [m]);
    }
    const groups = [...byName].map(([name, rows]) => {
        const verdict = rows.reduce((worst, m) => (RANK[m.verdict] < RANK[worst] ? m.verdict : worst), 'info');
        return { name, rows, verdict };
    });
    return groups.sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
}
function renderScenario(group, detail, cost) {
    const gated = group.rows.filter((m) => m.verdict !== 'info');
    const info = group.rows.filter((m) => m.verdict === 'info');
    const name = `<code>${(0,report_escape/* untrusted */.bp)(group.name, 100)}</code>`;
    const body = [gated.length > 0 ? metricTable(gated) : '_No gated metrics in this scenario._'];
    const overhead = scenarioOverheadCost(group.rows, cost);
    if (overhead)
        body.push(renderCostLine(overhead, cost));
    const perThousand = perThousandRps(group.rows);
    if (perThousand)
        body.push(perThousand);
    if (detail === 'full') {
        const chart = latencyChart(group.name, group.rows);
        if (chart)
            body.push(chart);
    }
    if (detail !== 'gated-only' && info.length > 0) {
        body.push(details(`Other metrics (${info.length})`, metricTable(info)));
    }
    // A passing scenario is folded away: the reader only needs to open it to check.
    if (group.verdict === 'pass' || group.verdict === 'info') {
        const summary = group.verdict === 'pass'
            ? `${VERDICT_ICON.pass} ${name}: ${plural(gated.length, 'gated metric')} within thresholds`
            : `${VERDICT_ICON.info} ${name}: not gated`;
        return details(summary, body.join('\n\n'));
    }
    return [`#### ${VERDICT_ICON[group.verdict]} ${name}`, ...body].join('\n\n');
}
/** The blank lines matter: without them GitHub does not render markdown inside the HTML block. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const HEADER = '| Metric | Baseline | Current | Change | Interval | Threshold | Verdict |\n|---|---:|---:|---:|---|---|---|';
function metricTable(rows) {
    return [HEADER, ...rows.map(row)].join('\n');
}
function row(m) {
    const why = m.reason && m.reason !== 'not gated' ? `: ${(0,report_escape/* untrusted */.bp)(m.reason, 200)}` : '';
    const cells = [
        METRIC_LABEL[m.metric] ?? (0,report_escape/* untrusted */.bp)(m.metric, 40),
        formatValue(m.baseline, m.unit),
        formatValue(m.current, m.unit),
        m.change === null ? '—' : formatChange(m.change, m.changeKind),
        formatInterval(m.interval, m.changeKind),
        (0,report_escape/* untrusted */.bp)(m.threshold, 40),
        `${VERDICT_ICON[m.verdict]} ${m.verdict}${why}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/**
 * Data-plane cost per 1,000 requests per second, so scenarios at different rates (and published figures) can be
 * compared: proxy CPU (millicores) and memory (MiB) per meshed pod divided by the achieved rate in thousands.
 */
function perThousandRps(rows) {
    const qps = rows.find((m) => m.metric === 'qps');
    if (!qps || !qps.baseline || !qps.current)
        return null;
    const parts = [];
    for (const [metric, unit] of [
        ['proxy-cpu', 'millicores'],
        ['proxy-memory', 'MiB'],
    ]) {
        const m = rows.find((r) => r.metric === metric);
        if (m?.baseline == null || m.current == null)
            continue;
        const base = m.baseline / (qps.baseline / 1000);
        const cur = m.current / (qps.current / 1000);
        parts.push(`${METRIC_LABEL[metric]} ${formatValue(base, unit)} → ${formatValue(cur, unit)}`);
    }
    return parts.length ? `Per 1k RPS and meshed pod: ${parts.join('; ')}.` : null;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub's limit on an issue or PR comment body, in characters. */
const GITHUB_COMMENT_LIMIT = 65536;
const WHERE = 'the full report is in the results artifact / job summary';
/** Shortening steps, tried in order until the report fits. */
const DETAILS = ['full', 'no-chart', 'gated-only'];
function renderReport(comparison, options) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
    const top = [
        ...(options.marker ? [options.marker] : []),
        `### ${(0,report_escape/* untrusted */.bp)(options.title ?? 'mesh-mtls-gate', 100)}`,
        headline(comparison),
        statisticsLine(comparison),
    ];
    const context = contextBlocks(comparison);
    const head = [...top, ...context];
    const groups = groupByScenario(comparison.metrics);
    for (const detail of DETAILS) {
        const sections = groups.map((g) => renderScenario(g, detail, options.cost));
        const text = join([...head, ...sections, ...shortened(detail)]);
        if (text.length <= maxLength)
            return text;
    }
    // Still too long: keep as many scenarios as fit, worst first (groupByScenario's order), and say how many are not.
    const sections = groups.map((g) => renderScenario(g, 'gated-only', options.cost));
    const tail = (omitted) => [
        `… ${plural(omitted, 'scenario')} omitted: ${WHERE}. The scenarios shown leave out latency charts and ungated metrics.`,
    ];
    let sectionsLength = sections.reduce((a, s) => a + s.length + 2, 0);
    for (let kept = sections.length - 1; kept >= 0; kept--) {
        sectionsLength -= sections[kept].length + 2;
        if (joinedLength([...head, ...tail(sections.length - kept)]) + sectionsLength <= maxLength) {
            return join([...head, ...sections.slice(0, kept), ...tail(sections.length - kept)]);
        }
    }
    // Not even the head fits (a tiny limit, or huge notes): keep the context blocks that fit, then cut between lines,
    // which is safe because the head holds no tables or code.
    const last = sections.length > 0 ? tail(sections.length) : [];
    let kept = context.length;
    while (kept > 0 && joinedLength([...top, ...context.slice(0, kept), ...last]) > maxLength)
        kept--;
    return cutAtLine(join([...top, ...context.slice(0, kept), ...last]), maxLength);
}
function shortened(detail) {
    if (detail === 'no-chart')
        return [`_Latency charts are left out to fit the size limit; ${WHERE}._`];
    if (detail === 'gated-only') {
        return [`_Latency charts and ungated metrics are left out to fit the size limit; ${WHERE}._`];
    }
    return [];
}
function join(blocks) {
    return `${blocks.join('\n\n')}\n`;
}
function joinedLength(blocks) {
    return blocks.reduce((a, b) => a + b.length, 0) + 2 * (blocks.length - 1) + 1;
}
function cutAtLine(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const suffix = '\n…\n';
    const cut = text.lastIndexOf('\n', maxLength - suffix.length);
    return cut > 0 ? text.slice(0, cut) + suffix : text.slice(0, maxLength);
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's pipeline: get the current results (measure, a file, or the bundle a `measure` run uploaded), get a
 * baseline (same run, a file, or the base branch's artifact), compare, and report to the job summary, the outputs,
 * one sticky PR comment and a check run. Only this module decides the step's outcome: helpers throw, `run` reports.
 * GitHub being unreachable or refusing a write (fork PRs) costs a warning, never the verdict.
 */






















async function run(rt, deps) {
    // Known as soon as the inputs are read: a failure afterwards may have logs to upload.
    let uploads = null;
    try {
        const settings = readSettings((name) => rt.getInput(name));
        // Mask before anything can print them: tokens and kubeconfigs never reach logs, comments or artifacts.
        if (settings.githubToken)
            rt.setSecret(settings.githubToken);
        if (settings.kubeconfig)
            rt.setSecret(settings.kubeconfig);
        const ctx = await readRunContext(deps.env);
        const config = await gateConfigFor(settings);
        const gh = settings.githubToken ? deps.github(settings.githubToken, ctx.apiUrl, (m) => rt.info(m)) : null;
        const store = settings.githubToken && ctx.repo ? deps.artifacts(settings.githubToken, ctx.repo) : null;
        uploads = { store, gateId: settings.commentId };
        await (0,promises_.mkdir)(rt.tempDir, { recursive: true });
        const p = { rt, deps, settings, config, ctx, gh, store };
        if (settings.mode === 'measure')
            return await measureOnly(p);
        if (settings.mode === 'report' && !settings.currentResults && ctx.workflowRun?.event === 'push') {
            // The measure workflow also runs on pushes, to make baselines; those runs have nothing to report.
            rt.info(`run ${ctx.workflowRun.id} measured a push to '${ctx.workflowRun.headBranch ?? '?'}': its results are the ` +
                'baseline for later pull requests; nothing to report');
            return;
        }
        const sides = await resolveSides(p);
        if (sides.baseline === null) {
            return await publish(p, sides, null, noBaselineReport(settings, sides.baselineMissing));
        }
        const disjoint = noScenarioInCommon(sides.baseline, sides.current);
        if (disjoint)
            throw new errors/* InputError */.dz(`the baseline and current results cannot be compared: ${disjoint}`);
        const comparison = compareResults(sides.baseline, sides.current, config, {
            maxRepetitions: config.maxRepetitions,
        });
        if (comparison.fingerprint.refused.length > 0) {
            throw new errors/* InputError */.dz(`the baseline and current results measured different things: ${comparison.fingerprint.refused.join('; ')}`);
        }
        const render = (maxLength, marker) => renderReport(comparison, {
            cost: config.cost,
            maxLength,
            ...(marker ? { marker: commentMarker(settings.commentId) } : {}),
        });
        await publish(p, sides, comparison, {
            verdict: comparison.verdict,
            comment: render(GITHUB_COMMENT_LIMIT, true),
            summary: fitSummary((max) => render(max, true)),
            check: render(CHECK_SUMMARY_LIMIT, false),
        });
    }
    catch (e) {
        const failure = (0,errors/* failureOf */.g5)(e);
        const logs = failure.logsDir ? await uploadLogs(rt, uploads, failure.logsDir) : '';
        rt.fail(failure.message + logs, failure.exitCode);
    }
}
/** A failed cluster's exported logs, uploaded as an artifact of the run; says where they are either way. */
async function uploadLogs(rt, uploads, dir) {
    if (!uploads?.store)
        return `\nThe logs stay on the runner in ${dir} (no '${constants/* Inputs */.G0.GithubToken}' to upload them).`;
    const name = (0,github_artifact/* clusterLogsArtifactName */.Zd)(uploads.gateId);
    try {
        await (0,github_artifact/* uploadFolder */.yi)(uploads.store, name, dir);
        return `\nThe logs are uploaded as the artifact '${name}' of this run.`;
    }
    catch (e) {
        rt.warning(`could not upload the cluster logs in ${dir}: ${e.message}`);
        return `\nThe logs stay on the runner in ${dir}.`;
    }
}
/** mode measure: measure (or take `current-results`), upload the bundle for a later `report`, decide nothing. */
async function measureOnly(p) {
    const { rt, deps, settings, ctx } = p;
    const measured = settings.currentResults
        ? { current: await (0,artifact/* readResults */.x8)(settings.currentResults), baseline: null }
        : await deps.measure(measureRequest(p));
    const baseline = settings.baselineResults ? await (0,artifact/* readResults */.x8)(settings.baselineResults) : measured.baseline;
    const resultsPath = await upload(p, {
        current: measured.current,
        baseline,
        pullRequest: ctx.pullRequest,
        mtls: measured.mtls ?? null,
    });
    rt.setOutput(constants/* Outputs */.tY.ResultsPath, resultsPath);
    rt.info('mode measure: results uploaded; the verdict comes from the mode report workflow (workflow_run)');
}
async function resolveSides(p) {
    const { rt, deps, settings, ctx, store } = p;
    let current;
    let currentPath = null;
    let sameRun = null;
    let mtls = null;
    let pullRequest = ctx.pullRequest;
    let workflow = ctx.workflowFile;
    if (settings.currentResults) {
        current = await (0,artifact/* readResults */.x8)(settings.currentResults);
        currentPath = settings.currentResults;
    }
    else if (settings.mode === 'report') {
        const trigger = ctx.workflowRun;
        if (!trigger) {
            throw new errors/* InputError */.dz(`mode 'report' needs both '${constants/* Inputs */.G0.BaselineResults}' and '${constants/* Inputs */.G0.CurrentResults}' (results files from ` +
                `'mesh-mtls-gate results' or an earlier run), or a workflow_run event whose run uploaded results with mode 'measure'`);
        }
        if (!store)
            throw new errors/* InputError */.dz(`mode 'report' on workflow_run needs '${constants/* Inputs */.G0.GithubToken}'`);
        const bundle = await downloadTriggeringBundle(store, trigger.id, rt.tempDir, settings.commentId, settings.mesh);
        rt.info(`results: artifact '${bundle.name}' of run ${trigger.id}`);
        (0,provenance/* checkProvenance */.ch)(bundle.provenance ?? null, trigger, `'${bundle.name}'`);
        current = bundle.current;
        sameRun = bundle.baseline;
        mtls = bundle.mtls;
        workflow = trigger.workflowId;
        pullRequest = await verifiedPullRequest(p, bundle.pullRequest);
    }
    else {
        const measured = await deps.measure(measureRequest(p));
        current = measured.current;
        sameRun = measured.baseline;
        mtls = measured.mtls ?? null;
        // A push to the base branch measures the baseline that later PRs compare with.
        if (ctx.eventName === 'push') {
            currentPath = await upload(p, { current, baseline: sameRun, pullRequest: null, mtls });
        }
    }
    const common = { current, currentPath, pullRequest, mtls };
    if (settings.baselineResults) {
        const baseline = await (0,artifact/* readResults */.x8)(settings.baselineResults);
        return { ...common, baseline, baselineMissing: null };
    }
    if (sameRun && settings.baseline !== 'artifact') {
        return { ...common, baseline: sameRun, baselineMissing: null };
    }
    if (settings.baseline === 'none') {
        return { ...common, baseline: null, baselineMissing: `input '${constants/* Inputs */.G0.Baseline}' is 'none'` };
    }
    return { ...common, ...(await baselineFromBaseBranch(p, current, pullRequest, workflow)) };
}
async function baselineFromBaseBranch({ rt, settings, ctx, gh, store }, current, pullRequest, workflow) {
    if (!pullRequest)
        return { baseline: null, baselineMissing: 'this run is not for a pull request' };
    if (!gh || !store || !ctx.repo || workflow === null) {
        return {
            baseline: null,
            baselineMissing: `no '${constants/* Inputs */.G0.BaselineResults}' and no way to download one (needs '${constants/* Inputs */.G0.GithubToken}')`,
        };
    }
    const name = (0,github_artifact/* artifactName */.Cs)(current, settings.commentId);
    try {
        const found = await findBaseline(gh, store, {
            repo: ctx.repo,
            workflow,
            branch: pullRequest.baseRef,
            artifactName: name,
            dir: rt.tempDir,
        });
        if (found) {
            rt.info(`baseline: artifact '${name}' of run ${found.runId} (${found.sha.slice(0, 12)} on ${pullRequest.baseRef})`);
            return { baseline: found.results, baselineMissing: null };
        }
        return {
            baseline: null,
            baselineMissing: `no successful push run on '${pullRequest.baseRef}' has uploaded '${name}' yet ` +
                '(the baseline appears after the next push to the base branch)',
        };
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        const hint = isPermissionDenied(e)
            ? permissionWarning('download the baseline', Permission.ActionsRead, e)
            : null;
        rt.warning(hint ?? `mesh-mtls-gate could not download the baseline: ${e.message}`);
        return { baseline: null, baselineMissing: 'the baseline could not be downloaded (see the warning)' };
    }
}
/**
 * The bundle's PR number comes from a run the PR author controls: it counts only when GitHub says that PR's head
 * is the commit the triggering run measured.
 */
async function verifiedPullRequest({ rt, gh, ctx }, claimed) {
    const trigger = ctx.workflowRun;
    if (!claimed || !trigger || !gh || !ctx.repo)
        return null;
    try {
        const pr = await gh.getPullRequest(ctx.repo, claimed.number);
        if (pr.head.sha === trigger.headSha && claimed.headSha === trigger.headSha) {
            return { number: pr.number, headSha: pr.head.sha, baseRef: pr.base.ref };
        }
        rt.warning(`the results claim pull request #${claimed.number}, whose head is not the measured commit ` +
            `${trigger.headSha.slice(0, 12)} (pushed again since?): no comment or check run`);
    }
    catch (e) {
        rt.warning(`mesh-mtls-gate could not look up pull request #${claimed.number}: ${e.message}`);
    }
    return null;
}
async function publish({ rt, settings, ctx, gh }, sides, comparison, reports) {
    // The summary and outputs first: they need no permission, so the verdict is visible whatever GitHub answers.
    const reportPath = (0,external_node_path_.join)(rt.tempDir, `mesh-mtls-gate-${settings.commentId}.md`);
    await (0,promises_.writeFile)(reportPath, reports.summary);
    await rt.writeSummary(reports.summary);
    rt.setOutput(constants/* Outputs */.tY.Verdict, reports.verdict);
    rt.setOutput(constants/* Outputs */.tY.P99Change, comparison ? p99Change(comparison) : '');
    rt.setOutput(constants/* Outputs */.tY.MtlsVerdict, sides.mtls?.verdict ?? '');
    rt.setOutput(constants/* Outputs */.tY.ReportPath, reportPath);
    if (sides.currentPath)
        rt.setOutput(constants/* Outputs */.tY.ResultsPath, sides.currentPath);
    rt.info(`verdict: ${reports.verdict}${comparison ? ` (${comparison.gatedTests} gated metric(s))` : ''}`);
    const why = failures({ verdict: reports.verdict, mtls: sides.mtls?.verdict ?? null }, { failOn: settings.failOn, require: settings.requireMtls });
    const failing = why.length > 0;
    const pr = sides.pullRequest;
    if (gh && ctx.repo && pr) {
        const repo = ctx.repo;
        const published = await publishToPullRequest(gh, {
            repo,
            pullRequest: pr,
            gateId: settings.commentId,
            verdict: reports.verdict,
            failing,
            comment: { body: reports.comment, policy: settings.comment },
            check: {
                summary: reports.check,
                annotations: annotationsFor(sides.mtls?.findings ?? []),
                detailsUrl: ctx.runId
                    ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${ctx.runId}`
                    : null,
            },
        }, rt);
        if (published.commentUrl)
            rt.setOutput(constants/* Outputs */.tY.CommentUrl, published.commentUrl);
    }
    else if (!pr) {
        rt.info('not a pull request run: no PR comment or check run');
    }
    else {
        rt.warning(`no '${constants/* Inputs */.G0.GithubToken}': no PR comment or check run; the verdict is in the job summary`);
    }
    if (failing) {
        rt.fail(`mesh-mtls-gate: ${why.join('; ')}`, errors/* ExitCode */.yU.Fail);
    }
}
async function upload({ rt, settings, store, deps, ctx }, bundle) {
    const dir = (0,external_node_path_.join)(rt.tempDir, 'mesh-mtls-gate-results');
    const measuredBy = (0,provenance/* provenanceOf */.Jj)(deps.env, ctx.pullRequest?.headSha ?? ctx.sha, await (0,provenance/* runningDistDigest */.EL)());
    const files = await (0,github_artifact/* writeBundle */.Mf)(dir, { ...bundle, provenance: measuredBy });
    const name = (0,github_artifact/* artifactName */.Cs)(bundle.current, settings.commentId);
    if (!store) {
        throw new errors/* InputError */.dz(`uploading the results artifact needs '${constants/* Inputs */.G0.GithubToken}'`);
    }
    const { id } = await store.upload(name, files, dir);
    rt.info(`results artifact '${name}' uploaded${id ? ` (id ${id})` : ''}`);
    return files[0];
}
function measureRequest({ rt, settings, config, ctx }) {
    // On a pull request the base branch's configuration is measured in the same run (fetch-depth: 0 brings it).
    const defaultRef = ctx.baseBranch ? `origin/${ctx.baseBranch}` : null;
    return {
        settings,
        config,
        tempDir: rt.tempDir,
        repo: ctx.workspace ?? process.cwd(),
        baseRef: settings.baseline === 'same-run' ? (settings.baseRef ?? defaultRef) : null,
        log: (line) => rt.info(line),
        warn: (line) => rt.warning(line),
        mask: (secret) => rt.setSecret(secret),
        saveClusterForCleanup: (name) => rt.saveState?.(constants/* State */.Uw.ClusterToDelete, name),
    };
}
function noBaselineReport(settings, why) {
    const text = [
        commentMarker(settings.commentId),
        '### mesh-mtls-gate',
        '**Inconclusive: no baseline to compare with.**',
        (0,report_escape/* untrusted */.bp)(why ?? 'no baseline', 500),
    ].join('\n\n');
    return { verdict: 'inconclusive', comment: text, summary: text, check: text };
}
async function gateConfigFor(settings) {
    let config;
    const exists = await (0,promises_.access)(settings.configFile).then(() => true, () => false);
    if (exists)
        config = await loadGateConfig(settings.configFile);
    else if (settings.configFile !== constants/* DEFAULT_CONFIG_PATH */.Bi) {
        throw new errors/* InputError */.dz(`Input '${constants/* Inputs */.G0.Config}': file '${settings.configFile}' does not exist.`);
    }
    else
        config = defaultGateConfig();
    if (settings.thresholds)
        config = overrideThresholds(config, settings.thresholds, `input '${constants/* Inputs */.G0.Thresholds}'`);
    return config;
}
/** The largest p99 change over the compared scenarios, as "+12.3%"; empty when none was measured. */
function p99Change(c) {
    const changes = c.metrics
        .filter((m) => m.metric === 'latency-p99' && m.change !== null)
        .map((m) => m.change);
    if (changes.length === 0)
        return '';
    const worst = Math.max(...changes);
    return `${worst >= 0 ? '+' : ''}${(worst * 100).toFixed(1)}%`;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   bp: () => (/* binding */ untrusted)
/* harmony export */ });
/* unused harmony export clip */
/**
 * Escaping for text we did not write: scenario names, notes, reasons and thresholds can come from an artifact
 * that a fork PR produced, and the report is posted with the workflow's token.
 */
// Entities rather than backslashes, because the same text lands in table cells, inline HTML (`<code>`) and HTML
// blocks (`<summary>`), and only entities mean the same thing in all three. `&#124;` does not split a table cell.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '\\': '&#92;',
    '[': '&#91;',
    ']': '&#93;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    // GitHub renders text between two dollar signs as math.
    $: '&#36;',
    '#': '&#35;',
    // Mentions, issue references and autolinks are found in the rendered text, after entities are decoded, so an
    // entity alone would still ping: a zero-width space after the trigger is what breaks them.
    '@': '@&#8203;',
    '://': ':&#8203;//',
};
/** Makes untrusted text inert in GitHub markdown: one line, no markup, no HTML, no mentions or issue links. */
function escapeMarkdown(text) {
    return (text
        .replace(/\r\n|[\n\r\t\v\f\u2028\u2029]/g, ' ')
        // Other control characters and bidi overrides could disguise the text; they never belong in a name.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/:\/\/|[&<>|`\\[\]*_~$#@]/g, (c, at, s) => c === '#' && /\d/.test(s[at + 1] ?? '') ? '#&#8203;' : ENTITY[c]));
}
/** Shortens text to at most `max` characters, so one huge name or note cannot crowd out the report. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    // Do not leave half of a surrogate pair behind.
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}…`;
}
/** Untrusted text, clipped and escaped: the one way such text enters the report. */
function untrusted(text, max = 300) {
    return escapeMarkdown(clip(text, max));
}


/***/ }),

/***/ 53754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o9: () => (/* binding */ MAX_ARTIFACT_BYTES),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony exports parseResults, writeResults */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66303);
/**
 * Reading and writing results artifacts. An artifact may come from another run, another branch or (in report
 * mode) a fork's pull request, so reading treats it as untrusted: size-limited, version-checked, schema-validated.
 */




/** Far above any real artifact (a 10-scenario run with 10 repetitions is ~1 MB), far below what hurts a runner. */
const MAX_ARTIFACT_BYTES = 64 * 2 ** 20;
function parseResults(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not valid JSON (${e.message}); expected a mesh-mtls-gate results file`, file);
    }
    const version = json?.schemaVersion;
    if (version === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("field 'schemaVersion' is missing: not a mesh-mtls-gate results file (build one with 'mesh-mtls-gate results')", file);
    }
    if (version !== _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RESULTS_SCHEMA_VERSION */ .q3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`field 'schemaVersion': this version of mesh-mtls-gate reads results schema ${_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RESULTS_SCHEMA_VERSION */ .q3}, the file has ${JSON.stringify(version)}; ` +
            'measure the baseline again with the same gate version (there is no migration from unknown versions)', file);
    }
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .Results */ .nB.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssue */ .n6)(issue, file));
    }
    return parsed.data;
}
async function readResults(file) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read the results file (${e.code ?? e.message})`, file);
    }
    const size = info.size;
    if (info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('is a folder; expected a results file (JSON, from mesh-mtls-gate results or a run)', file);
    if (size > MAX_ARTIFACT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`results file is ${size} bytes, over the ${MAX_ARTIFACT_BYTES}-byte limit`, file);
    }
    return parseResults(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
}
async function writeResults(file, results) {
    const text = JSON.stringify(Results.parse(results), null, 2) + '\n';
    try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EISDIR')
            throw new InputError('is a folder; expected the path of a results file to write', file);
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new InputError(`cannot write here: a part of the path is a file, not a folder (${code})`, file);
        if (code === 'EACCES' || code === 'EROFS')
            throw new InputError(`cannot write the results file (${code})`, file);
        throw e;
    }
}


/***/ }),

/***/ 97528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ percentile)
/* harmony export */ });
/* unused harmony exports mergeHistograms, scaleHistogram */
/**
 * The value below which `percentile`% of the samples fall, interpolated linearly inside the bucket that holds it.
 * Like Fortio: the first 1/count of the distribution is the minimum, 100 is the maximum.
 */
function percentile(h, p) {
    if (h.count === 0 || h.buckets.length === 0)
        throw new RangeError('percentile of an empty histogram');
    if (p >= 100)
        return h.max;
    let previous = 100 / h.count;
    if (p <= previous)
        return h.min;
    let cumulative = 0;
    for (const b of h.buckets) {
        cumulative += b.count;
        const percent = (100 * cumulative) / h.count;
        if (p <= percent)
            return b.start + ((p - previous) / (percent - previous)) * (b.end - b.start);
        previous = percent;
    }
    return h.max;
}
/**
 * Pools histograms (repetitions of one scenario) into one. Fortio's bucket edges come from a fixed grid, except
 * that the first starts at the run's minimum and the last ends at its maximum; so buckets are split on the union
 * of all edges and each bucket's count is spread over its pieces in proportion to their width, the same
 * within-bucket uniformity that the percentile interpolation assumes. Counts stay integers by largest remainder.
 */
function mergeHistograms(histograms) {
    const nonEmpty = histograms.filter((h) => h.count > 0);
    if (nonEmpty.length === 0)
        return { count: 0, min: 0, max: 0, sum: 0, buckets: [] };
    const edges = [...new Set(nonEmpty.flatMap((h) => h.buckets.flatMap((b) => [b.start, b.end])))].sort((a, b) => a - b);
    const counts = new Array(Math.max(edges.length - 1, 1)).fill(0);
    const index = new Map(edges.map((e, i) => [e, i]));
    for (const h of nonEmpty) {
        for (const b of h.buckets)
            addSpread(counts, edges, index.get(b.start), index.get(b.end), b);
    }
    const buckets = [];
    if (edges.length === 1)
        buckets.push({ start: edges[0], end: edges[0], count: sum(nonEmpty.map((h) => h.count)) });
    else
        counts.forEach((count, i) => {
            if (count > 0)
                buckets.push({ start: edges[i], end: edges[i + 1], count });
        });
    return {
        count: sum(nonEmpty.map((h) => h.count)),
        min: Math.min(...nonEmpty.map((h) => h.min)),
        max: Math.max(...nonEmpty.map((h) => h.max)),
        sum: sum(nonEmpty.map((h) => h.sum)),
        buckets,
    };
}
function addSpread(counts, edges, from, to, b) {
    if (to <= from) {
        // A zero-width bucket (all samples at one value): it belongs to the piece that starts there.
        counts[Math.min(from, counts.length - 1)] += b.count;
        return;
    }
    const width = b.end - b.start;
    const shares = [];
    for (let i = from; i < to; i++)
        shares.push({ i, exact: (b.count * (edges[i + 1] - edges[i])) / width });
    let given = 0;
    for (const s of shares) {
        const whole = Math.floor(s.exact);
        counts[s.i] += whole;
        given += whole;
    }
    shares.sort((x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)));
    for (let k = 0; given < b.count; k++, given++)
        counts[shares[k % shares.length].i] += 1;
}
/** Multiplies every latency by `factor`: what a uniform slowdown does to a histogram (used by the benchmark). */
function scaleHistogram(h, factor) {
    return {
        count: h.count,
        min: h.min * factor,
        max: h.max * factor,
        sum: h.sum * factor,
        buckets: h.buckets.map((b) => ({ start: b.start * factor, end: b.end * factor, count: b.count })),
    };
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}


/***/ }),

/***/ 66303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nB: () => (/* binding */ Results),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports HistogramBucket, LatencyHistogram, Percentiles, Repetition, ResourceRole, ContainerUsage, ResourceSample, ScenarioSettings, ScenarioResults, VerifiedToolRecord, Fingerprint, TELEMETRY_OUTCOMES, MtlsEntry */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16435);
/**
 * The results artifact, schema v1: what one gate run measured, in a form another run can be compared with.
 * Plain data only. `scripts/write-schema.mjs` turns these schemas into `schema/results-v1.schema.json`.
 */

const RESULTS_SCHEMA_VERSION = 1;
/** One histogram bucket as Fortio writes it, in seconds; counts are per bucket, not cumulative. */
const HistogramBucket = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    start: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    end: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
});
const LatencyHistogram = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    sum: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    buckets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(HistogramBucket),
});
/** Percentiles in seconds, keyed by the percentile as a string: `"50"`, `"99"`, `"99.9"`. */
const Percentiles = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+(\.\d+)?$/), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative());
const Repetition = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** 0-based order of the repetition within its side of the run. */
    index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    startTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** Requested queries per second; `"max"` when Fortio ran unthrottled. */
    requestedQps: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('max')]),
    actualQps: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    actualDurationSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    connections: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Response counts by code: HTTP status (`"-1"` is a socket error) or gRPC status name. */
    codes: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative()),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    latency: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        avg: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        stddev: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        percentiles: Percentiles,
        histogram: LatencyHistogram,
    }),
    /** Actual QPS fell more than 5% short of the requested QPS: latencies suffer coordinated omission. */
    saturated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Where it came from (a file name or `exec:<pod>`), for the report's evidence. */
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const ResourceRole = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['proxy', 'app', 'data-plane']);
const ContainerUsage = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    namespace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    pod: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    container: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** proxy: a sidecar in the pod; data-plane: node-level (ztunnel, cilium-agent...); app: everything else. */
    role: ResourceRole,
    cpuMillicores: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    memoryMiB: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
});
const ResourceSample = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** The repetition this sample was taken during, when known. */
    repetition: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    timestamp: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    containers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ContainerUsage),
});
const ScenarioSettings = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    protocol: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['http', 'h2', 'grpc']),
    /** Requested QPS; `"max"` for unthrottled. */
    qps: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('max')]),
    connections: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
    payloadBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const ScenarioResults = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    settings: ScenarioSettings,
    repetitions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Repetition),
    resources: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ResourceSample),
});
/** A binary the run downloaded, and how its SHA-256 was established (src/tools/download.ts). */
const VerifiedToolRecord = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    /** pinned: in the gate's source; given: by the user; published: the release's checksum file at checksumUrl. */
    verifiedBy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pinned', 'given', 'published']),
    checksumUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const Fingerprint = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** The downloaded tools (kind, the mesh CLI) with the digests they were verified by; [] when none. */
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(VerifiedToolRecord).default([]),
    mesh: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() })
        .nullable(),
    kubernetesVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    nodeImage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    runner: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ os: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), arch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }),
    fortio: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) }),
});
/** One (namespace, workload, port) of the mTLS matrix; filled by the validator. */
/**
 * What the mesh's own counters say the gate's traffic to a workload was: mutual TLS, plaintext, both, held for
 * authentication (Cilium), refused, nothing counted, or not read (no source, a failed scrape). Defined here, not in
 * the vocabulary, because this module is loaded on its own by scripts/write-schema.mjs.
 */
const TELEMETRY_OUTCOMES = [
    'mtls',
    'plaintext',
    'mixed',
    'authenticated',
    'refused',
    'no-traffic',
    'not-read',
];
const MtlsEntry = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    namespace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    workload: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    port: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['STRICT', 'PERMISSIVE', 'DISABLE']),
    decidedBy: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    live: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['refused', 'accepted', 'not-probed']).default('not-probed'),
    /** What the mesh's own counters say the gate's measured traffic was (the gate's server row only). */
    telemetry: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TELEMETRY_OUTCOMES).default('not-read'),
    /** The counters behind it, e.g. `istio_requests_total{connection_security_policy="mutual_tls"} 1200`. */
    telemetryDetail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const Results = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(RESULTS_SCHEMA_VERSION),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('mesh-mtls-gate'), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    fingerprint: Fingerprint,
    scenarios: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ScenarioResults),
    /** The mTLS matrix; null until the validator has run. */
    mtls: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ mesh: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MtlsEntry) }).nullable(),
});


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The gate's own version, recorded in every results artifact. Kept in step with package.json by a unit test. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 47819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ CLUSTER_KINDS),
/* harmony export */   Sc: () => (/* binding */ MESHES),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   dq: () => (/* binding */ REQUIREMENTS),
/* harmony export */   fh: () => (/* binding */ MODE_RANK),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   z0: () => (/* binding */ VERIFY_POLICIES)
/* harmony export */ });
/* unused harmony exports SIDES, MTLS_MODES, ENFORCED_REQUIREMENTS */
/**
 * The words the whole pipeline shares, each list written once: the action's inputs, the CLI's options, the gate
 * config, the docs tests and the stages all take their names from here. A stage never defines a list another stage
 * or the inputs also need, and this module imports nothing, so every floor can use it.
 *
 * Adding a mesh: one entry in MESHES, its installer (`mesh/`) and its evaluator (`mtls/`). The compiler then points
 * at every `switch` and `Record<MeshName, …>` that must name it.
 */
/** The meshes the gate installs and evaluates. `istio-ambient` is Istio's sidecar-less data plane. */
const MESHES = ['istio', 'istio-ambient', 'linkerd', 'cilium'];
/** The two sides of an A/B measurement: the base branch's configuration and the pull request's (head). */
const SIDES = (/* unused pure expression or super */ null && (['base', 'head']));
/**
 * A workload's effective inbound mTLS mode, weakest first. STRICT: only mTLS-authenticated peers; PERMISSIVE: mTLS
 * and plaintext; DISABLE: plaintext.
 */
const MTLS_MODES = ['DISABLE', 'PERMISSIVE', 'STRICT'];
/** Weakest (0) to strictest: the order of MTLS_MODES. */
const MODE_RANK = Object.fromEntries(MTLS_MODES.map((m, i) => [m, i]));
/** The weakest mTLS mode every meshed workload must have; `none` skips the check. */
const REQUIREMENTS = ['strict', 'permissive', 'none'];
const ENFORCED_REQUIREMENTS = REQUIREMENTS.filter((r) => r !== 'none');
/** The scenario sets a run measures when the gate config names none (see pipeline/profiles.ts). */
const PROFILES = ['quick', 'thorough', 'published'];
/** Where the gate measures: a kind cluster it creates, a cluster given by kubeconfig, EKS, GKE. */
const CLUSTER_KINDS = ['kind', 'existing', 'eks', 'gke'];
/** Which verdicts fail the step (the action's `fail-on`, the CLI's exit code). */
const FAIL_ON = ['regression', 'inconclusive', 'never'];
/**
 * How a download the source pins no SHA-256 for is verified (the action's `verify`, the gate config's
 * `mesh.verify`, the CLI's `--verify`): published against the checksum file the project publishes with the
 * release; pinned refuses it.
 */
const VERIFY_POLICIES = ['published', 'pinned'];


/***/ })

};
