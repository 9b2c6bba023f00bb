export const id = 196;
export const ids = [196];
export const modules = {

/***/ 13462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ requireString),
/* harmony export */   s: () => (/* binding */ readYamlMapping)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _yaml_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4381);
/** Reading the cloud cluster config from the repository: a YAML mapping, refused with the file named. */



async function readYamlMapping(path, what) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read the ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ioReason */ .Ny)(e)}`, path);
    }
    let value;
    try {
        value = (0,_yaml_data_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlData */ .be)(text, path, { uniqueKeys: true });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the ${what} is not valid YAML: ${e.message}`, path);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the ${what} must be a YAML mapping`, path);
    return value;
}
function requireString(config, field, path) {
    const parts = field.split('.');
    let v = config;
    for (const p of parts)
        v = v && typeof v === 'object' ? v[p] : undefined;
    if (typeof v !== 'string' || !v.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`'${field}' is required (a non-empty string)`, path);
    return v;
}


/***/ }),

/***/ 80987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ EksProvider),
/* harmony export */   mU: () => (/* binding */ eksDeleteArgs)
/* harmony export */ });
/* unused harmony export eksClusterConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _cloud_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13462);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90706);
/* harmony import */ var _server_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54722);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45287);
/**
 * An ephemeral EKS cluster for loads a runner cannot carry (the published benchmarks used three 16-vCPU nodes at
 * 10k RPS). `eksctl create cluster -f` takes the ClusterConfig from the repository with the gate's own name and
 * tags: `mesh-mtls-gate/expires-at` (ISO time) and `mesh-mtls-gate/run`, so a sweeper can find orphans. AWS
 * credentials come from the workflow (OIDC, e.g. aws-actions/configure-aws-credentials) through the environment;
 * they are never arguments, so never logged. eksctl must be on PATH.
 */








/** `eksctl delete cluster`'s arguments, for the provider and the post step's record alike. */
function eksDeleteArgs(name, region) {
    return ['delete', 'cluster', '--name', name, '--region', region];
}
/** The user's ClusterConfig with the gate's name and expiry tags; refuses configs eksctl would refuse. */
function eksClusterConfig(config, path, name, runId, expires) {
    if (config.kind !== 'ClusterConfig' || config.apiVersion !== 'eksctl.io/v1alpha5')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("'kind: ClusterConfig' with 'apiVersion: eksctl.io/v1alpha5' expected", path);
    (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_4__/* .requireString */ .V)(config, 'metadata.region', path);
    const metadata = config.metadata;
    const tags = metadata.tags ?? {};
    if (typeof tags !== 'object' || Array.isArray(tags))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("'metadata.tags' must be a mapping", path);
    return {
        ...config,
        metadata: {
            ...metadata,
            name,
            tags: {
                ...tags,
                [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPIRES_AT_LABEL */ .Sw]: expires.toISOString(),
                [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_LABEL */ .jQ]: runId,
            },
        },
    };
}
class EksProvider {
    ctx;
    options;
    kind = 'eks';
    name;
    eksctl;
    generatedPath;
    kubeconfigPath;
    region = null;
    created = false;
    constructor(ctx, options) {
        this.ctx = ctx;
        this.options = options;
        this.name = options.name ?? (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterName */ .SL)(ctx.runId);
        this.eksctl = options.eksctlPath ?? 'eksctl';
        this.generatedPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, 'eksctl-cluster.yaml');
        this.kubeconfigPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, `kubeconfig-${this.name}`);
    }
    createArgs() {
        return ['create', 'cluster', '-f', this.generatedPath, '--kubeconfig', this.kubeconfigPath];
    }
    async prepare() {
        // The same checks create() makes (metadata.region among them), so a plan never shows a placeholder.
        const config = await (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readYamlMapping */ .s)(this.options.configPath, 'eksctl cluster config');
        const generated = eksClusterConfig(config, this.options.configPath, this.name, this.ctx.runId, new Date(0));
        this.region = generated.metadata.region;
    }
    describe() {
        return {
            downloads: [],
            files: [
                {
                    path: 'eksctl-cluster.yaml',
                    content: `# ${this.options.configPath} with metadata.name '${this.name}' and tags ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPIRES_AT_LABEL */ .Sw}, ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_LABEL */ .jQ}\n`,
                    why: 'the EKS cluster, from the repository config',
                },
            ],
            commands: [
                { command: this.eksctl, args: this.createArgs(), why: 'create the EKS cluster' },
                {
                    command: this.eksctl,
                    args: eksDeleteArgs(this.name, this.region ?? '<metadata.region>'),
                    why: 'in the post step, and after a failed create',
                },
            ],
            notes: [
                `tags ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPIRES_AT_LABEL */ .Sw}=<now + ${this.options.ttlHours ?? _names_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TTL_HOURS */ .ts} h> and ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_LABEL */ .jQ}=${this.ctx.runId}: orphans can be swept`,
                'AWS credentials from the workflow (OIDC) through the environment; never passed as arguments or logged',
            ],
        };
    }
    async create() {
        const { runner, log, warn } = this.ctx;
        const config = await (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readYamlMapping */ .s)(this.options.configPath, 'eksctl cluster config');
        const now = (this.ctx.now ?? (() => new Date()))();
        const generated = eksClusterConfig(config, this.options.configPath, this.name, this.ctx.runId, (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .expiresAt */ .WJ)(now, this.options.ttlHours));
        const metadata = generated.metadata;
        this.region = metadata.region;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.ctx.tempDir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(this.generatedPath, (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(generated));
        const started = Date.now();
        this.created = true;
        this.ctx.recordTeardown?.({
            provider: 'eks',
            name: this.name,
            region: this.region,
            eksctlPath: this.eksctl,
        });
        try {
            await runner.run(this.eksctl, this.createArgs(), {
                timeoutMs: this.options.createTimeoutMs ?? 2_400_000,
            });
        }
        catch (e) {
            await this.delete().catch((d) => warn(`eks: deleting the failed cluster '${this.name}': ${d.message}`));
            throw e;
        }
        log(`eks: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s (${this.region})`);
        const version = (await (this.options.serverVersion ?? _server_version_js__WEBPACK_IMPORTED_MODULE_6__/* .readServerVersion */ .s)(this.kubeconfigPath)) ??
            (typeof metadata.version === 'string' ? metadata.version : null);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .unshapedHandle */ .NL)({
            provider: 'eks',
            name: this.name,
            kubeconfigPath: this.kubeconfigPath,
            kubernetesVersion: version,
            created: true,
            teardown: { provider: 'eks', name: this.name, region: this.region, eksctlPath: this.eksctl },
        });
    }
    planned() {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .unshapedHandle */ .NL)({
            provider: 'eks',
            name: this.name,
            kubeconfigPath: this.kubeconfigPath,
            created: true,
        });
    }
    async delete() {
        if (!this.created || !this.region)
            return;
        await this.ctx.runner.run(this.eksctl, eksDeleteArgs(this.name, this.region), { timeoutMs: 1_800_000 });
        this.created = false;
    }
}


/***/ }),

/***/ 7267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ GkeProvider),
/* harmony export */   E7: () => (/* binding */ gkeDeleteArgs)
/* harmony export */ });
/* unused harmony exports parseGkeConfig, gkeCreateArgs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cloud_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13462);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90706);
/* harmony import */ var _server_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54722);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45287);
/**
 * An ephemeral GKE cluster, from a small config in the repository (project, location, machine type, node count,
 * optional version or release channel, extra `gcloud` flags). Labelled `mesh-mtls-gate-expires-at=<unix seconds>`
 * and `mesh-mtls-gate-run` (GCP labels allow no '/'), so a sweeper can find orphans. Credentials come from the
 * workflow (OIDC, e.g. google-github-actions/auth) through the environment; never arguments, never logged. gcloud
 * (with gke-gcloud-auth-plugin) must be on PATH.
 */







function parseGkeConfig(raw, path) {
    const known = new Set([
        'project',
        'location',
        'machineType',
        'numNodes',
        'clusterVersion',
        'releaseChannel',
        'args',
    ]);
    for (const k of Object.keys(raw))
        if (!known.has(k))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown field '${k}' (known: ${[...known].join(', ')})`, path);
    const numNodes = raw.numNodes ?? 3;
    if (typeof numNodes !== 'number' || !Number.isInteger(numNodes) || numNodes < 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("'numNodes' must be an integer ≥ 2 (client and server on different nodes)", path);
    const args = raw.args ?? [];
    if (!Array.isArray(args) || args.some((a) => typeof a !== 'string'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("'args' must be a list of strings", path);
    for (const a of args)
        if (/^--(labels|location|zone|region|project)\b/.test(a))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'args' may not set ${a.split('=')[0]}: the gate sets it`, path);
    const optional = (k) => {
        const v = raw[k];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string' || !v.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${k}' must be a non-empty string`, path);
        return v;
    };
    return {
        project: (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_3__/* .requireString */ .V)(raw, 'project', path),
        location: (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_3__/* .requireString */ .V)(raw, 'location', path),
        machineType: optional('machineType') ?? 'e2-standard-4',
        numNodes,
        clusterVersion: optional('clusterVersion'),
        releaseChannel: optional('releaseChannel'),
        args: args,
    };
}
const gkeWhere = (c) => [
    '--project',
    c.project,
    '--location',
    c.location,
];
/** `gcloud container clusters delete`'s arguments, for the provider and the post step's record alike. */
function gkeDeleteArgs(name, where) {
    return ['container', 'clusters', 'delete', name, ...gkeWhere(where), '--quiet'];
}
function gkeCreateArgs(config, name, runId, expires) {
    return [
        'container',
        'clusters',
        'create',
        name,
        '--project',
        config.project,
        '--location',
        config.location,
        '--num-nodes',
        String(config.numNodes),
        '--machine-type',
        config.machineType,
        ...(config.clusterVersion ? ['--cluster-version', config.clusterVersion] : []),
        ...(config.releaseChannel ? ['--release-channel', config.releaseChannel] : []),
        '--labels',
        `${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_EXPIRES_AT_LABEL */ .N7}=${Math.floor(expires.getTime() / 1000)},${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_RUN_LABEL */ .g2}=${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .gcpLabelValue */ .Is)(runId)}`,
        '--quiet',
        ...config.args,
    ];
}
class GkeProvider {
    ctx;
    options;
    kind = 'gke';
    name;
    gcloud;
    kubeconfigPath;
    config = null;
    created = false;
    constructor(ctx, options) {
        this.ctx = ctx;
        this.options = options;
        this.name = options.name ?? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterName */ .SL)(ctx.runId);
        this.gcloud = options.gcloudPath ?? 'gcloud';
        this.kubeconfigPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, `kubeconfig-${this.name}`);
    }
    where(c) {
        return gkeWhere(c);
    }
    async prepare() {
        this.config = parseGkeConfig(await (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlMapping */ .s)(this.options.configPath, 'GKE cluster config'), this.options.configPath);
    }
    describe() {
        const placeholder = this.config ?? { project: '<project>', location: '<location>' };
        return {
            downloads: [],
            files: [],
            commands: [
                {
                    command: this.gcloud,
                    // After prepare(): the real arguments, the expiry being known only when the cluster is created.
                    args: this.config
                        ? gkeCreateArgs(this.config, this.name, this.ctx.runId, new Date(0)).map((a) => a.startsWith(`${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_EXPIRES_AT_LABEL */ .N7}=`) ? a.replace(/=\d+,/, '=<unix time>,') : a)
                        : [
                            'container',
                            'clusters',
                            'create',
                            this.name,
                            '...',
                            '--labels',
                            `${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_EXPIRES_AT_LABEL */ .N7}=<unix time>,${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_RUN_LABEL */ .g2}=...`,
                        ],
                    why: `create the GKE cluster from ${this.options.configPath}`,
                },
                {
                    command: this.gcloud,
                    args: ['container', 'clusters', 'get-credentials', this.name, ...this.where(placeholder)],
                    why: `write credentials to a kubeconfig of its own (KUBECONFIG=${this.kubeconfigPath})`,
                },
                {
                    command: this.gcloud,
                    args: gkeDeleteArgs(this.name, placeholder),
                    why: 'in the post step, and after a failed create',
                },
            ],
            notes: [
                `labels ${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_EXPIRES_AT_LABEL */ .N7}=<now + ${this.options.ttlHours ?? _names_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TTL_HOURS */ .ts} h, unix seconds> and ${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .GCP_RUN_LABEL */ .g2}: orphans can be swept`,
                'Google credentials from the workflow (OIDC) through the environment; never passed as arguments or logged',
            ],
        };
    }
    async create() {
        const { runner, log, warn } = this.ctx;
        const config = parseGkeConfig(await (0,_cloud_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlMapping */ .s)(this.options.configPath, 'GKE cluster config'), this.options.configPath);
        this.config = config;
        const now = (this.ctx.now ?? (() => new Date()))();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.ctx.tempDir, { recursive: true });
        const started = Date.now();
        this.created = true;
        this.ctx.recordTeardown?.({
            provider: 'gke',
            name: this.name,
            project: config.project,
            location: config.location,
            gcloudPath: this.gcloud,
        });
        try {
            await runner.run(this.gcloud, gkeCreateArgs(config, this.name, this.ctx.runId, (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .expiresAt */ .WJ)(now, this.options.ttlHours)), {
                timeoutMs: this.options.createTimeoutMs ?? 1_800_000,
            });
            await runner.run(this.gcloud, ['container', 'clusters', 'get-credentials', this.name, ...this.where(config)], {
                env: { KUBECONFIG: this.kubeconfigPath },
                timeoutMs: 120_000,
            });
        }
        catch (e) {
            await this.delete().catch((d) => warn(`gke: deleting the failed cluster '${this.name}': ${d.message}`));
            throw e;
        }
        log(`gke: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s (${config.location})`);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .unshapedHandle */ .NL)({
            provider: 'gke',
            name: this.name,
            kubeconfigPath: this.kubeconfigPath,
            kubernetesVersion: await (this.options.serverVersion ?? _server_version_js__WEBPACK_IMPORTED_MODULE_5__/* .readServerVersion */ .s)(this.kubeconfigPath),
            created: true,
            teardown: {
                provider: 'gke',
                name: this.name,
                project: config.project,
                location: config.location,
                gcloudPath: this.gcloud,
            },
        });
    }
    planned() {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .unshapedHandle */ .NL)({
            provider: 'gke',
            name: this.name,
            kubeconfigPath: this.kubeconfigPath,
            created: true,
        });
    }
    async delete() {
        if (!this.created || !this.config)
            return;
        await this.ctx.runner.run(this.gcloud, gkeDeleteArgs(this.name, this.config), {
            timeoutMs: 1_800_000,
        });
        this.created = false;
    }
}


/***/ }),

/***/ 88630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ kindDeleteArgs),
/* harmony export */   Y_: () => (/* binding */ KindProvider)
/* harmony export */ });
/* unused harmony exports KIND_PIN, KIND_NODE_IMAGES_FOR, KIND_NODE_IMAGES, DEFAULT_KIND_KUBERNETES, INOTIFY_LIMITS, kindNodeImage, kindConfig, kindConfigYaml, parseKindCreate, checkDocker */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _tools_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12122);
/* harmony import */ var _tools_pins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87507);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90706);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45287);
/**
 * The default cluster: kind (Kubernetes in Docker) on the runner. The kind binary is pinned by version and
 * SHA-256 (KIND_PIN below), the node image by digest, the cluster has a control plane and two labelled workers
 * (client and server on different nodes, so WireGuard and cross-node mTLS are really exercised), and creation is
 * retried a bounded number of times with `kind export logs` kept from each failed attempt.
 */








/**
 * kind v0.33.0: the latest kind release ("kindest/node images: picking the version for your kind release", checked
 * against kind v0.33.0's release notes, 2026-11-03). Pinned: linux-amd64 `aee61515…8d0e`, linux-arm64 `20022bee…67a2`,
 * the values of its `.sha256sum` release files as several independent projects pin them.
 */
/** `kind delete cluster`'s arguments, for the failed attempt, the plan and the post step's record alike. */
function kindDeleteArgs(name, kubeconfigPath) {
    return ['delete', 'cluster', '--name', name, ...(kubeconfigPath ? ['--kubeconfig', kubeconfigPath] : [])];
}
const KIND_PIN = {
    name: 'kind',
    version: 'v0.33.0',
    url: (p, v) => `https://github.com/kubernetes-sigs/kind/releases/download/${v}/kind-${p}`,
    checksumUrl: (p, v) => `https://github.com/kubernetes-sigs/kind/releases/download/${v}/kind-${p}.sha256sum`,
    sha256: {
        'linux-amd64': 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
        'linux-arm64': '20022bee6cfcd5086cb7234d218e3454e6090022f2a8f55d1fa7fcf42c3867a2',
    },
    archive: 'binary',
    binary: 'kind',
};
/**
 * Node images built for kind v0.33.0, from its release notes ("Images pre-built for this release"). kind only
 * promises that an image works with the kind release it was built for, hence the digests.
 */
const KIND_NODE_IMAGES_FOR = KIND_PIN.version;
const KIND_NODE_IMAGES = {
    '1.37': 'kindest/node:v1.37.0@sha256:a1ed56cfb0e7b93589bdf97c8cd566405a265939e3620fc4f5de89adff580ae5',
    '1.36': 'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed',
    '1.35': 'kindest/node:v1.35.8@sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0',
    '1.34': 'kindest/node:v1.34.11@sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d',
};
/**
 * 1.34 by default: the newest minor that every pinned mesh release supports (Istio 1.28 supports Kubernetes
 * 1.30–1.34); newer minors are available with `kubernetesVersion`.
 */
const DEFAULT_KIND_KUBERNETES = '1.34';
/** kind's known-issues page: too many open files / pods that crash on watch limits inside kind nodes. */
const INOTIFY_LIMITS = [
    ['fs.inotify.max_user_watches', 524288],
    ['fs.inotify.max_user_instances', 512],
];
function kindNodeImage(version = DEFAULT_KIND_KUBERNETES) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
    const minor = m ? `${m[1]}.${m[2]}` : version;
    const image = KIND_NODE_IMAGES[minor];
    if (!image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Kubernetes '${version}' has no kind node image pinned for kind ${KIND_NODE_IMAGES_FOR}; use one of ` +
            Object.keys(KIND_NODE_IMAGES).join(', '));
    const full = /:v(\d+\.\d+\.\d+)@/.exec(image)?.[1];
    if (m && /\.\d+\.\d+$/.test(version) && full !== version.replace(/^v/, ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Kubernetes '${version}': kind ${KIND_NODE_IMAGES_FOR} ships v${full} for ${minor}; ask for '${minor}'`);
    return image;
}
/** The kind cluster config (kind.x-k8s.io/v1alpha4). */
function kindConfig(options) {
    const worker = (role) => ({
        role: 'worker',
        image: options.image,
        labels: { [_types_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_ROLE_LABEL */ .Bb]: role },
    });
    return {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        name: options.name,
        ...(options.forCilium ? { networking: { disableDefaultCNI: true, kubeProxyMode: 'none' } } : {}),
        nodes: [{ role: 'control-plane', image: options.image }, worker('client'), worker('server')],
    };
}
function kindConfigYaml(options) {
    return ('# Generated by mesh-mtls-gate: control plane + two workers, node image pinned by digest.\n' +
        (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(kindConfig(options)));
}
function parseKindCreate(output) {
    const cluster = /Creating cluster "([^"]+)"/.exec(output)?.[1] ?? null;
    const image = /Ensuring node image \(([^)]+)\)/.exec(output)?.[1] ?? null;
    const steps = [...output.matchAll(/^\s*✓\s+(.*)$/gm)].map((m) => m[1].replace(/[^\x20-\x7e].*$/u, '').trim());
    const error = /^ERROR: (.+)$/m.exec(output)?.[1] ?? null;
    return { cluster, image, steps, error };
}
const DOCKER_INFO = {
    command: 'docker',
    args: ['info', '--format', '{{.ServerVersion}}'],
    why: 'kind needs Docker; fail at once without it',
};
/**
 * Fails at once, before any download, when Docker cannot be used: kind runs its nodes as Docker containers.
 */
async function checkDocker(runner) {
    const howToExisting = `kind needs Docker: start Docker (or give this user access to its socket), or measure on a cluster you ` +
        `bring: set the action input 'cluster: existing' with 'kubeconfig', or run the CLI with ` +
        `'--cluster existing' and KUBECONFIG set`;
    let result;
    try {
        result = await runner.run(DOCKER_INFO.command, DOCKER_INFO.args, {
            allowFailure: true,
            timeoutMs: 30_000,
        });
    }
    catch (e) {
        const why = e instanceof _tools_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd && e.code === 'ENOENT'
            ? 'the docker command is not installed'
            : String(e.message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cluster 'kind': ${why}. ${howToExisting}`);
    }
    if (result.exitCode !== 0 || !result.stdout.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cluster 'kind': 'docker info' failed (${(0,_tools_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .tail */ .RT)(result.stderr || result.stdout, 3).trim() || `exit ${result.exitCode}`}). ${howToExisting}`);
    return result.stdout.trim();
}
async function procSysctl(key) {
    try {
        return Number((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/sys/${key.replace(/\./g, '/')}`, 'utf8')).trim());
    }
    catch {
        return null;
    }
}
function sysctlCommands(isRoot, current) {
    return INOTIFY_LIMITS.filter(([key, want]) => {
        const have = current.get(key);
        return have === undefined || have === null || have < want;
    }).map(([key, want]) => ({
        command: isRoot ? 'sysctl' : 'sudo',
        args: [...(isRoot ? [] : ['-n', 'sysctl']), '-w', `${key}=${want}`],
        why: `raise ${key} to ${want} (kind known issues: pods fail with "too many open files")`,
    }));
}
class KindProvider {
    ctx;
    options;
    kind = 'kind';
    name;
    image;
    forCilium;
    attempts;
    configPath;
    kubeconfigPath;
    logsDir;
    kindPath;
    createdName = null;
    checked = false;
    constructor(ctx, options = {}) {
        this.ctx = ctx;
        this.options = options;
        this.name = options.name ?? (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .clusterName */ .SL)(ctx.runId);
        this.image = kindNodeImage(options.kubernetesVersion);
        this.forCilium = options.forCilium ?? false;
        this.attempts = Math.max(1, Math.floor(options.attempts ?? 3));
        this.configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, 'kind-config.yaml');
        this.kubeconfigPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, `kubeconfig-${this.name}`);
        this.logsDir = options.logsDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, 'kind-logs');
        this.kindPath = options.kindPath;
    }
    /** The kind commands, each written once: create() and delete() run them, describe() lists them. */
    commands(kind) {
        return {
            create: {
                command: kind,
                args: [
                    'create',
                    'cluster',
                    '--name',
                    this.name,
                    '--config',
                    this.configPath,
                    '--kubeconfig',
                    this.kubeconfigPath,
                    // Keep failed nodes so `kind export logs` has something to export; the gate deletes them itself.
                    '--retain',
                    // Without a CNI the control plane never turns Ready; Cilium's installer waits for it instead.
                    ...(this.forCilium ? [] : ['--wait', '5m']),
                ],
                why: `create the cluster (up to ${this.attempts} attempts)`,
            },
            exportLogs: (dir) => ({
                command: kind,
                args: ['export', 'logs', dir, '--name', this.name],
                why: 'only after a failed attempt: keep the node logs',
            }),
            delete: {
                command: kind,
                args: kindDeleteArgs(this.name, this.kubeconfigPath),
                why: 'after a failed attempt, and in the post step',
            },
        };
    }
    describe() {
        const kind = this.commands(this.kindPath ?? 'kind');
        const yaml = kindConfigYaml({ name: this.name, image: this.image, forCilium: this.forCilium });
        return {
            downloads: this.options.kindPath
                ? []
                : [(0,_tools_pins_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadSpecFor */ .Tv)(KIND_PIN, this.ctx.platform, this.options.kindOverride)],
            files: [
                {
                    path: 'kind-config.yaml',
                    content: yaml,
                    why: 'the kind cluster: control plane + 2 labelled workers',
                },
            ],
            commands: [
                DOCKER_INFO,
                ...sysctlCommands(this.options.isRoot ?? process.getuid?.() === 0, new Map()),
                kind.create,
                kind.exportLogs((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.logsDir, 'attempt-N')),
                kind.delete,
            ],
            notes: [
                `node image ${this.image}`,
                `workers labelled ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_ROLE_LABEL */ .Bb}=client and ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_ROLE_LABEL */ .Bb}=server`,
                this.forCilium
                    ? 'no default CNI and no kube-proxy: Cilium provides both'
                    : 'kind’s default CNI (kindnet) and kube-proxy',
                'the post step deletes the cluster, also after a failure or a cancel',
            ],
        };
    }
    /** Docker answers and the inotify limits are raised: before any download, so a machine without Docker fails at once. */
    async preflight() {
        if (this.checked)
            return;
        const dockerVersion = await checkDocker(this.ctx.runner);
        this.ctx.log(`kind: Docker ${dockerVersion}`);
        await this.raiseInotifyLimits();
        this.checked = true;
    }
    async create() {
        const { runner, log, warn } = this.ctx;
        await this.preflight();
        // Already fetched and verified by the pipeline before any cluster exists; the store returns the same file.
        this.kindPath ??= (await (0,_tools_pins_js__WEBPACK_IMPORTED_MODULE_5__/* .installTool */ .Gn)(KIND_PIN, {
            store: this.ctx.store,
            platform: this.ctx.platform,
            override: this.options.kindOverride,
        })).path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.ctx.tempDir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(this.configPath, kindConfigYaml({ name: this.name, image: this.image, forCilium: this.forCilium }));
        const kind = this.commands(this.kindPath);
        const failures = [];
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            const started = Date.now();
            try {
                // From here on the cluster may exist (even half-made): delete() and the post step must remove it.
                this.createdName = this.name;
                this.ctx.recordTeardown?.(this.handle().teardown);
                const result = await runner.run(kind.create.command, kind.create.args, {
                    timeoutMs: this.options.createTimeoutMs ?? 600_000,
                });
                const out = parseKindCreate(result.stderr + result.stdout);
                log(`kind: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
                    `(attempt ${attempt} of ${this.attempts}; image ${out.image ?? this.image})`);
                return this.handle();
            }
            catch (e) {
                const why = e instanceof _tools_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd && e.result
                    ? (parseKindCreate(e.result.stderr).error ?? e.message)
                    : e.message;
                failures.push(`attempt ${attempt}: ${why}`);
                const logs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.logsDir, `attempt-${attempt}`);
                const exportLogs = kind.exportLogs(logs);
                await runner
                    .run(exportLogs.command, exportLogs.args, {
                    allowFailure: true,
                    timeoutMs: 120_000,
                })
                    .catch(() => undefined);
                await this.delete().catch((d) => warn(`kind: deleting the failed cluster: ${d.message}`));
                warn(`kind: creating cluster '${this.name}' failed after ${((Date.now() - started) / 1000).toFixed(1)} s ` +
                    `(attempt ${attempt} of ${this.attempts}); node logs in ${logs}`);
            }
        }
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ClusterCreateError */ .nP(`kind: could not create cluster '${this.name}' in ${this.attempts} attempts; node logs in ${this.logsDir}\n` +
            failures.join('\n'), this.logsDir);
    }
    planned() {
        return this.handle();
    }
    handle() {
        return {
            provider: 'kind',
            name: this.name,
            kubeconfigPath: this.kubeconfigPath,
            kubernetesVersion: /:(v\d+\.\d+\.\d+)@/.exec(this.image)?.[1] ?? null,
            nodeImage: this.image,
            created: true,
            nodeLabels: { client: { [_types_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_ROLE_LABEL */ .Bb]: 'client' }, server: { [_types_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_ROLE_LABEL */ .Bb]: 'server' } },
            network: this.forCilium
                ? {
                    defaultCni: false,
                    kubeProxy: false,
                    apiServer: { host: `${this.name}-control-plane`, port: 6443 },
                }
                : { defaultCni: true, kubeProxy: true, apiServer: null },
            teardown: {
                provider: 'kind',
                name: this.name,
                kindPath: this.kindPath ?? 'kind',
                kubeconfigPath: this.kubeconfigPath,
            },
        };
    }
    async delete() {
        if (!this.createdName || !this.kindPath)
            return;
        const { command, args } = this.commands(this.kindPath).delete;
        await this.ctx.runner.run(command, args, { timeoutMs: 300_000 });
        this.createdName = null;
    }
    /** Raises the inotify limits when they are lower than kind needs; a failure is a warning, not an error. */
    async raiseInotifyLimits() {
        const read = this.options.readSysctl ?? procSysctl;
        const current = new Map();
        for (const [key] of INOTIFY_LIMITS)
            current.set(key, await read(key));
        for (const c of sysctlCommands(this.options.isRoot ?? process.getuid?.() === 0, current)) {
            const r = await this.ctx.runner
                .run(c.command, c.args, { allowFailure: true, timeoutMs: 30_000 })
                .catch((e) => ({
                exitCode: -1,
                stdout: '',
                stderr: e.message,
            }));
            if (r.exitCode !== 0)
                this.ctx.warn(`kind: could not ${c.why.split(' (')[0]}: ${r.stderr.trim() || `exit ${r.exitCode}`}; pods may fail with "too many open files"`);
        }
    }
}


/***/ }),

/***/ 90706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ gcpLabelValue),
/* harmony export */   N7: () => (/* binding */ GCP_EXPIRES_AT_LABEL),
/* harmony export */   SL: () => (/* binding */ clusterName),
/* harmony export */   Sw: () => (/* binding */ EXPIRES_AT_LABEL),
/* harmony export */   WJ: () => (/* binding */ expiresAt),
/* harmony export */   g2: () => (/* binding */ GCP_RUN_LABEL),
/* harmony export */   jQ: () => (/* binding */ RUN_LABEL),
/* harmony export */   ts: () => (/* binding */ DEFAULT_TTL_HOURS),
/* harmony export */   yK: () => (/* binding */ runIdentity)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names and expiry labels. Every cluster the gate creates is named after the run and carries when it may be
 * deleted, so a sweeper (or a person) can remove orphans that a cancelled post step left behind.
 */

const EXPIRES_AT_LABEL = 'mesh-mtls-gate/expires-at';
const RUN_LABEL = 'mesh-mtls-gate/run';
/** GCP labels allow only [a-z0-9_-]: the same labels with '-' for '/'. */
const GCP_EXPIRES_AT_LABEL = 'mesh-mtls-gate-expires-at';
const GCP_RUN_LABEL = 'mesh-mtls-gate-run';
const DEFAULT_TTL_HOURS = 6;
/** `github-<run id>-<attempt>` in Actions, else random: unique per run, stable within one. */
function runIdentity(env = process.env) {
    if (env.GITHUB_RUN_ID)
        return `github-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return `local-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
/**
 * A cluster name valid everywhere the gate creates clusters: GKE's rule is the strictest (lower-case letters,
 * digits and '-', starting with a letter, at most 40 characters).
 */
function clusterName(runId) {
    const slug = runId
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `mmg-${slug}`.slice(0, 40).replace(/-+$/, '');
}
function expiresAt(now, ttlHours = DEFAULT_TTL_HOURS) {
    return new Date(now.getTime() + ttlHours * 3_600_000);
}
/** A GCP label value: lower-case, [a-z0-9_-], at most 63 characters. */
function gcpLabelValue(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .slice(0, 63);
}


/***/ }),

/***/ 54722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readServerVersion)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/** The API server's version (`/version`), for the results fingerprint of clusters the gate did not build. */

const readServerVersion = async (kubeconfigPath) => {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    kc.loadFromFile(kubeconfigPath);
    try {
        return (await kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .VersionApi */ .Nq_).getCode()).gitVersion ?? null;
    }
    catch {
        return null;
    }
};


/***/ }),

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
/* harmony import */ var _eks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80987);
/* harmony import */ var _gke_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7267);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88630);
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
            return { command: r.kindPath, args: (0,_kind_js__WEBPACK_IMPORTED_MODULE_5__/* .kindDeleteArgs */ .LB)(r.name, r.kubeconfigPath) };
        case 'eks':
            return { command: r.eksctlPath, args: (0,_eks_js__WEBPACK_IMPORTED_MODULE_3__/* .eksDeleteArgs */ .mU)(r.name, r.region) };
        case 'gke':
            return { command: r.gcloudPath, args: (0,_gke_js__WEBPACK_IMPORTED_MODULE_4__/* .gkeDeleteArgs */ .E7)(r.name, r) };
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

/***/ 45287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ NODE_ROLE_LABEL),
/* harmony export */   NL: () => (/* binding */ unshapedHandle),
/* harmony export */   nP: () => (/* binding */ ClusterCreateError)
/* harmony export */ });
/** The node label the gate sets on kind's two workers, so client and server land on different nodes. */
const NODE_ROLE_LABEL = 'mesh-mtls-gate/role';
/**
 * The handle of a cluster whose nodes and network the gate does not shape (existing, eks, gke): its own CNI and
 * kube-proxy, no labelled workers, no node image of ours.
 */
function unshapedHandle(fields) {
    return {
        kubernetesVersion: null,
        nodeImage: null,
        nodeLabels: null,
        network: { defaultCni: true, kubeProxy: true, apiServer: null },
        teardown: null,
        ...fields,
    };
}
/**
 * The cluster could not be created, by any provider (exit code 4); a provider that exports node logs (kind) names
 * them in `logsDir`, which the action uploads.
 */
class ClusterCreateError extends Error {
    logsDir;
    name = 'ClusterCreateError';
    constructor(message, 
    /** Where the node logs of the failed attempts are; null when the provider exported none. */
    logsDir, options) {
        super(message, options);
        this.logsDir = logsDir;
    }
}


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
