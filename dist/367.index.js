export const id = 367;
export const ids = [367];
export const modules = {

/***/ 93990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ ConfigSwitcher),
/* harmony export */   Jj: () => (/* binding */ assertSomeFileMatched),
/* harmony export */   fU: () => (/* binding */ readBaseSide),
/* harmony export */   uM: () => (/* binding */ gitIn),
/* harmony export */   yG: () => (/* binding */ readHeadSide)
/* harmony export */ });
/* unused harmony export objectKey */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33334);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _k8s_apply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66684);
/* harmony import */ var _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78143);
/* harmony import */ var _k8s_manifests_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67526);
/**
 * The pull request's mesh configuration, both sides of it: the head's files from the working tree and the base
 * branch's versions read with git from the base ref, and switching a cluster between the two with server-side
 * apply. Objects that exist on one side only are created when that side goes in force and deleted when it leaves,
 * so after each switch exactly the objects of the side in force exist.
 */









function gitIn(repo) {
    const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
    return async (args) => {
        try {
            return (await run('git', args, { cwd: repo, maxBuffer: 64 * 2 ** 20 })).stdout;
        }
        catch (e) {
            const err = e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`git ${args.join(' ')}: ${(err.stderr || err.message).trim().split('\n')[0]}`);
        }
    };
}
const MANIFEST = /\.(ya?ml|json)$/i;
/** The head side: tracked and untracked (not ignored) files of the work tree that match the globs. */
async function readHeadSide(git, globs) {
    const listed = await git(['ls-files', '--cached', '--others', '--exclude-standard']);
    const root = (await git(['rev-parse', '--show-toplevel'])).trim();
    // Deleted but still indexed files are listed too: only what the work tree holds is the PR's configuration.
    const files = [...new Set(listed.split('\n'))]
        .filter((f) => MANIFEST.test(f) && (0,_config_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchesAny */ ._I)(f, globs))
        .sort();
    const objects = [];
    const values = [];
    for (const file of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, file), 'utf8').catch(() => null);
        if (text !== null)
            parse(text, file, objects, values);
    }
    return { name: 'head', ref: null, objects, values, files };
}
/** The base side: the same globs at the base ref (e.g. `origin/main`, needs `fetch-depth: 0` in the action). */
async function readBaseSide(git, ref, globs) {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`base ref '${ref}' is not in this clone; check out with fetch-depth: 0 (actions/checkout) so the base branch's configuration can be read`);
    });
    const listed = await git(['ls-tree', '-r', '--name-only', ref]);
    const files = listed.split('\n').filter((f) => MANIFEST.test(f) && (0,_config_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchesAny */ ._I)(f, globs));
    const objects = [];
    const values = [];
    for (const file of files.sort())
        parse(await git(['show', `${ref}:${file}`]), `${ref}:${file}`, objects, values);
    return { name: 'base', ref, objects, values, files };
}
/**
 * Globs that match no file on either side are a typo or the wrong folder, not an empty configuration: said so here,
 * before mesh detection would report the symptom ("cannot tell which mesh").
 */
function assertSomeFileMatched(head, base, globs) {
    if ((head.files?.length ?? 0) > 0 || (base?.files?.length ?? 0) > 0)
        return;
    const where = base ? `in the work tree nor at ${base.ref}` : 'in the work tree';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`config-paths ${globs.map((g) => `'${g}'`).join(', ')}: no file matched ${where}; expected globs of the mesh ` +
        "configuration's YAML or JSON files relative to the repository root, e.g. 'mesh/**'");
}
function parse(text, file, objects, values) {
    // Documents without apiVersion/kind are Helm values: install settings, never objects to apply.
    const loaded = (0,_k8s_manifests_js__WEBPACK_IMPORTED_MODULE_8__/* .parseManifestText */ .k_)(text, file);
    objects.push(...loaded.objects.map((o) => ({ object: o.object, file, origin: o.origin })));
    values.push(...loaded.values);
}
/** The identity of an object across sides: group, kind, namespace and name (not the version). */
function objectKey(o, defaultNamespace) {
    const group = String(o.apiVersion ?? '').includes('/') ? String(o.apiVersion).split('/')[0] : '';
    const meta = (o.metadata ?? {});
    return `${group}/${o.kind}/${meta.namespace ?? defaultNamespace}/${meta.name}`;
}
/**
 * Keeps a cluster on one side at a time. `switchTo` applies every object of the side (server-side apply, field
 * manager mesh-mtls-gate) and deletes the objects of the side that was in force before which this side lacks.
 */
class ConfigSwitcher {
    cluster;
    defaultNamespace;
    inForce = new Map();
    constructor(cluster, 
    /** Namespace for namespaced objects that name none (the gate's workload namespace). */
    defaultNamespace) {
        this.cluster = cluster;
        this.defaultNamespace = defaultNamespace;
        cluster.objects.useDefaultNamespace(defaultNamespace);
    }
    async switchTo(side) {
        const next = new Map();
        for (const { object, file } of side.objects) {
            // A copy: discovery fills in the default namespace of namespaced objects, the side's own stays as read.
            const copy = structuredClone(object);
            try {
                await (0,_k8s_apply_js__WEBPACK_IMPORTED_MODULE_6__/* .serverSideApply */ .jY)(this.cluster, copy);
            }
            catch (e) {
                const why = e instanceof _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_7__/* .KubernetesApiError */ .d ? e.message : e.message;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the API server refused ${describe(object)} from the ${side.name} side: ${why}`, file);
            }
            next.set(objectKey(object, this.defaultNamespace), copy);
        }
        const deleted = [];
        for (const [key, object] of this.inForce) {
            // A Namespace holds the gate's own workloads: one side lacking it must not delete them with it.
            if (next.has(key) || object.kind === 'Namespace')
                continue;
            await this.cluster.objects.delete(object).catch((e) => {
                // Already gone is what we wanted.
                if (e.code !== 404)
                    throw e;
            });
            deleted.push(key);
        }
        this.inForce = next;
        return { side: side.name, applied: next.size, deleted };
    }
    /** Removes whatever the gate applied (teardown on an existing cluster). */
    async removeAll() {
        for (const object of this.inForce.values()) {
            await this.cluster.objects.delete(object).catch(() => undefined);
        }
        this.inForce.clear();
    }
}
function describe(o) {
    const meta = (o.metadata ?? {});
    return `${o.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`;
}


/***/ }),

/***/ 62632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kH: () => (/* binding */ alternatingLayout),
  I0: () => (/* binding */ gateNamespaces),
  E1: () => (/* binding */ layoutGateObjects),
  fF: () => (/* binding */ onceEach),
  u: () => (/* binding */ planLayout),
  ET: () => (/* binding */ sidesAsRun)
});

// UNUSED EXPORTS: pathNamespaces, rewriteObject, sideNamespace

// EXTERNAL MODULE: ./src/load/workloads.ts
var workloads = __webpack_require__(29210);
// EXTERNAL MODULE: ./src/mtls/meshes.ts + 3 modules
var meshes = __webpack_require__(51350);
// EXTERNAL MODULE: ./src/mtls/model.ts
var model = __webpack_require__(19413);
// EXTERNAL MODULE: ./src/mtls/scope.ts
var scope = __webpack_require__(83436);
// EXTERNAL MODULE: ./src/mtls/workloads.ts
var mtls_workloads = __webpack_require__(82242);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
// EXTERNAL MODULE: ./src/pipeline/paths.ts
var pipeline_paths = __webpack_require__(71594);
// EXTERNAL MODULE: ./src/mtls/cilium.ts + 1 modules
var cilium = __webpack_require__(60874);
;// CONCATENATED MODULE: ./src/pipeline/namespace-copy.ts



/** The longest Kubernetes namespace name (a DNS label, RFC 1123). */
const MAX_NAMESPACE = 63;
/**
 * The side's copy of a namespace: `shop` → `shop-base` / `shop-head`. A name too long for the suffix keeps its start
 * and gains a hash of the whole name, so two namespaces never share a copy and the copy stays a DNS label.
 */
function sideNamespace(namespace, side) {
    const plain = `${namespace}-${side}`;
    if (plain.length <= MAX_NAMESPACE)
        return plain;
    const hash = fnv1a(namespace);
    const keep = namespace.slice(0, MAX_NAMESPACE - hash.length - side.length - 2).replace(/-+$/, '');
    return `${keep}-${hash}-${side}`;
}
/** FNV-1a, 32 bits, as 8 hex digits: a short deterministic digest (no security needed, only spread). */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
/** Label keys whose value is a namespace name (selectors of namespaces, of pods by namespace, ambient's waypoint). */
const NAMESPACE_KEYS = new Set([
    'kubernetes.io/metadata.name',
    cilium/* NAMESPACE_LABEL */.NK,
    'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name',
    'istio.io/use-waypoint-namespace',
]);
const isNamespaceKey = (key) => NAMESPACE_KEYS.has((0,cilium/* stripSource */.IR)(key));
/** Fields whose value (or whose list's entries) is a namespace name. */
const NAMESPACE_FIELDS = new Set(['namespace', 'namespaces', 'notNamespaces', 'sourceNamespace']);
/** Maps of label key → value: their values are labels, not references (unless the key is a namespace key). */
const LABEL_MAPS = new Set(['labels', 'matchLabels', 'selector', 'nodeSelector']);
/** Fields that name an object within its namespace: a value equal to a namespace's name there is a coincidence. */
const NAME_FIELDS = new Set(['name', 'serviceAccountName', 'serviceAccount', 'serviceName', 'containerName']);
/**
 * Strings that are no reference a mesh reads: an image, an API group or kind (`apps/v1` names no namespace `apps`),
 * kubectl's record of the last applied object.
 */
const OPAQUE_FIELDS = new Set(['image', 'apiVersion', 'kind', 'group']);
const OPAQUE_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
/** Istio's Service annotation: a comma-separated exportTo list. */
const EXPORT_ANNOTATION = 'networking.istio.io/exportTo';
/** Istio's authorization condition keys whose values are namespaces. */
const NAMESPACE_CONDITIONS = new Set(['source.namespace']);
const fieldText = (path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
/**
 * A copy of `object` with every reference to a namespace of `map` rewritten to its image, and the fields where it did
 * (`rewrote`) or could not (`left`).
 */
function rewriteObject(object, map) {
    const walk = { map, rewrote: [], left: [] };
    const copy = visit(object, [], walk, 'text');
    const kind = String(object.kind ?? '');
    const name = String(object.metadata?.name ?? '');
    if (kind === 'Namespace' && map.has(name)) {
        copy.metadata = { ...copy.metadata, name: map.get(name) };
        walk.rewrote.push({ field: 'metadata.name', value: name });
    }
    else if (!(0,model/* isClusterScoped */.Z6)(kind) &&
        object.metadata?.namespace === undefined &&
        map.has((0,mtls_workloads/* namespaceOf */.N6)(object)))
        // An object without a namespace lands in `default` (kubectl apply without -n): its copy names its own.
        copy.metadata = { ...copy.metadata, namespace: map.get((0,mtls_workloads/* namespaceOf */.N6)(object)) };
    return { object: copy, rewrote: walk.rewrote, left: walk.left };
}
function visit(value, path, walk, inherited) {
    if (Array.isArray(value))
        return value.map((v, i) => visit(v, [...path, i], walk, inherited));
    if (value !== null && typeof value === 'object') {
        const obj = value;
        const out = {};
        for (const [k, v] of Object.entries(obj))
            out[k] = visit(v, [...path, k], walk, positionOf(path, k, obj));
        return out;
    }
    if (typeof value !== 'string')
        return value;
    return rewriteString(value, inherited, path, walk);
}
/** What the value under key `k` of `obj` (at `path`) is to a mesh. */
function positionOf(path, k, obj) {
    const parentKey = lastKey(path);
    if (parentKey === 'annotations' && path.length >= 2) {
        if (OPAQUE_ANNOTATIONS.has(k))
            return 'opaque';
        if (k === EXPORT_ANNOTATION)
            return 'exportTo';
        return 'text';
    }
    if (parentKey !== null && LABEL_MAPS.has(parentKey) && typeof obj[k] === 'string')
        return isNamespaceKey(k) ? 'namespace' : 'label';
    if (OPAQUE_FIELDS.has(k))
        return 'opaque';
    if (NAMESPACE_FIELDS.has(k))
        return 'namespace';
    if (k === 'exportTo')
        return 'exportTo';
    // A matchExpression's values: namespaces under a namespace key, labels otherwise.
    if ((k === 'values' || k === 'notValues') && typeof obj.key === 'string') {
        if (obj.operator !== undefined)
            return isNamespaceKey(obj.key) ? 'namespace' : 'label';
        if (NAMESPACE_CONDITIONS.has(obj.key))
            return 'namespace';
        return 'text';
    }
    // A reference to a Namespace (Linkerd's targetRef and identityRefs, Gateway API refs) names it by `name`.
    if (k === 'name' && obj.kind === 'Namespace' && path.length > 0)
        return 'namespace';
    if (NAME_FIELDS.has(k))
        return 'name';
    return 'text';
}
function lastKey(path) {
    for (let i = path.length - 1; i >= 0; i--)
        if (typeof path[i] === 'string')
            return path[i];
    return null;
}
function rewriteString(s, position, path, walk) {
    const field = fieldText(path);
    const note = (out) => {
        if (out !== s)
            walk.rewrote.push({ field, value: s });
        return out;
    };
    switch (position) {
        case 'opaque':
        case 'label':
            return s;
        case 'namespace':
            return note(walk.map.get(s) ?? s);
        case 'exportTo':
            // `.` (its own namespace), `*` (every one) and `~` (none) stay; names are namespaces.
            return note(s
                .split(',')
                .map((part) => {
                const name = part.trim();
                const to = walk.map.get(name);
                return to ? part.replace(name, to) : part;
            })
                .join(','));
        default: {
            const { out, form } = rewriteForms(s, walk.map);
            // A name equal to a namespace's is a coincidence (a Deployment `shop` in `shop`), as is a Service `shop` in a
            // host; outside the forms above, a namespace as a label or segment is a reference the rewrite does not know.
            if (!form && !(position === 'name' && walk.map.has(out)) && namesNamespace(out, walk.map))
                walk.left.push({ field, value: out });
            return note(out);
        }
    }
}
/** Whether any DNS label or path segment of `s` is one of the namespaces. */
function namesNamespace(s, map) {
    return s.split(/[^A-Za-z0-9_-]+/).some((token) => map.has(token));
}
/**
 * The forms of a string the meshes read as naming a namespace, rewritten: a principal or SPIFFE ID
 * (`…/ns/<ns>/sa/…`), Istio's `<ns>/<host>` (Sidecar egress hosts, gateway references), and a host (with a port)
 * whose second label is the namespace: `svc.<ns>.svc[.domain]`, a Linkerd identity
 * `sa.<ns>.serviceaccount.identity.…`, and the two-label `svc.<ns>` (Kubernetes DNS resolves it through the pod's
 * search path; Istio reads a name with a dot literally, so both copies' rewritten forms stay equivalent). `form`:
 * the string is one of these, so its other labels and segments are names, not namespaces.
 */
function rewriteForms(s, map) {
    if (s.includes('/')) {
        const parts = s.split('/');
        const ns = parts.findIndex((p, i) => p === 'ns' && i + 2 < parts.length);
        if (ns >= 0) {
            parts[ns + 1] = map.get(parts[ns + 1]) ?? parts[ns + 1];
            return { out: parts.join('/'), form: true };
        }
        const [first, second] = parts;
        if (parts.length === 2 && /^[a-z0-9.*~-]+$/.test(first) && (second === '*' || hostForm(second)))
            return { out: `${map.get(first) ?? first}/${rewriteHost(second, map)}`, form: true };
        return { out: s, form: false };
    }
    return { out: rewriteHost(s, map), form: hostForm(s) !== null };
}
const HOST = /^(\*|[a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
/** A Service host or identity whose second label is a namespace; its labels, without the port. */
function hostForm(s) {
    const host = s.replace(/:\d+$/, '');
    if (!HOST.test(host))
        return null;
    const labels = host.split('.');
    return labels.length === 2 || labels[2] === 'svc' || labels[2] === 'serviceaccount' ? labels : null;
}
function rewriteHost(s, map) {
    const labels = hostForm(s);
    const to = labels ? map.get(labels[1]) : undefined;
    if (!labels || !to)
        return s;
    labels[1] = to;
    return labels.join('.') + (/:\d+$/.exec(s)?.[0] ?? '');
}

// EXTERNAL MODULE: ./src/pipeline/stand-ins.ts
var stand_ins = __webpack_require__(84655);
;// CONCATENATED MODULE: ./src/pipeline/layout.ts










/**
 * Each side's objects as the run applies them (stand-ins in place of the configuration's workloads): on its own copy
 * of the paths when the sides run at once, else on the paths themselves. One answer for the plan and the run.
 */
function sidesAsRun(copies, sides, paths, mesh, placement) {
    if (copies)
        return {
            head: (0,stand_ins/* sideAsRun */.tn)(copies.head.side, copies.head.paths, mesh, placement),
            base: (0,stand_ins/* sideAsRun */.tn)(copies.base.side, copies.base.paths, mesh, placement),
        };
    return {
        head: (0,stand_ins/* sideAsRun */.tn)(sides.head, paths, mesh, placement),
        base: sides.base ? (0,stand_ins/* sideAsRun */.tn)(sides.base, paths, mesh, placement) : null,
    };
}
/**
 * The gate's own objects (namespaces, clients, probe, its server) of the layout: each copy's when the sides run at
 * once, the objects the copies share (the probe, the gate's namespace) once; else the paths'. The paths whose
 * servers stand in for workloads come with them, for the run's check that it replaces none of the cluster's.
 */
function layoutGateObjects(copies, head, paths, options) {
    const laid = copies ? [copies.base, copies.head] : [{ paths, side: head }];
    return {
        objects: onceEach(laid.flatMap((l) => (0,stand_ins/* gateObjects */.KX)(l.paths, l.side, options)), (o) => o),
        paths: laid.flatMap((l) => l.paths),
    };
}
/** Each item once by its object's kind, namespace and name, the first kept (the copies' shared objects are identical). */
function onceEach(items, objectOf) {
    const seen = new Set();
    return items.filter((item) => {
        const o = objectOf(item);
        const key = `${String(o.kind)}/${String(o.metadata?.namespace ?? '')}/${String(o.metadata?.name)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const title = (o) => {
    const kind = String(o.kind ?? '(no kind)');
    const name = String(o.metadata?.name ?? '(no name)');
    return (0,model/* isClusterScoped */.Z6)(kind) ? `${kind} ${name}` : `${kind} ${(0,mtls_workloads/* namespaceOf */.N6)(o)}/${name}`;
};
const originText = (o) => o.origin.file ? ` (${o.origin.file}${o.origin.line ? `:${o.origin.line}` : ''})` : '';
/**
 * The gate's own namespace and its copies: the rows of the gate's workloads there are shown, not held to the
 * requirement, in the copies as in the original (measure-on-cluster.ts, gateRowShownOnly).
 */
function gateNamespaces() {
    return [workloads/* GATE_NAMESPACE */._x, ...vocabulary/* SIDES */.BV.map((side) => sideNamespace(workloads/* GATE_NAMESPACE */._x, side))];
}
/** The namespaces of the measured paths: their clients' and servers'. */
function pathNamespaces(paths) {
    return [...new Set(paths.flatMap((p) => [p.client.namespace, p.server.namespace]))];
}
/** Whether the copies carry the object: it lives in a path namespace, or it is the Namespace of one. */
function isCopied(o, namespaces) {
    const kind = String(o.kind ?? '');
    if (kind === 'Namespace')
        return namespaces.has(String(o.metadata?.name ?? ''));
    return !(0,model/* isClusterScoped */.Z6)(kind) && namespaces.has((0,mtls_workloads/* namespaceOf */.N6)(o));
}
/**
 * Whether the run applies the object: a workload only as the stand-in of a path's server (stand-ins.ts leaves the
 * others out), any other object as it is. What is not applied governs nothing the run measures.
 */
/** Where the copies' stand-ins would run, for reading what the run applies (only the objects' text matters here). */
const PLACEMENT = { nodeLabels: null, images: workloads/* DEFAULT_IMAGES */.B8 };
function isApplied(o, paths) {
    return ((0,scope/* podTemplateOf */.D0)(o) === null ||
        paths.some((p) => !p.gateDefault &&
            (0,mtls_workloads/* namespaceOf */.N6)(o) === p.server.namespace &&
            String(o.metadata?.name) === p.server.workload));
}
const pathsIn = (paths, namespaces) => paths
    .filter((p) => namespaces.includes(p.client.namespace) || namespaces.includes(p.server.namespace))
    .map((p) => p.id);
function planLayout(input) {
    const { plan } = input;
    const ids = plan.paths.map((p) => p.id);
    if (!input.base)
        return alternating(ids, [{ reason: 'head only: no base side to measure beside it', paths: null }]);
    const blockers = [];
    // The values files that differ, given or as the path plan's coverage lists them (rows of kind `mesh values`).
    const valuesChanges = new Set([
        ...(input.valuesChanges ?? []).map((v) => v.name),
        ...plan.coverage.filter((r) => r.kind === pipeline_paths/* MESH_VALUES */.TG).map((r) => r.name),
    ]);
    for (const v of valuesChanges)
        blockers.push({
            reason: `the mesh values ${v} differ between the sides: ${input.meshValuesPerSide
                ? "the mesh is re-installed with each side's values at each switch"
                : 'the mesh is installed once'}`,
            paths: null,
        });
    // The side's other values documents (config-paths): the mesh values file, as the base ref had it too, is above.
    const documents = (side) => (side.values ?? []).filter((v) => !valuesChanges.has((v.origin.file ?? '').replace(/^[^:]*:/, '')));
    if ((0,pipeline_paths/* canonical */.$N)(documents(input.head).map((v) => v.values)) !==
        (0,pipeline_paths/* canonical */.$N)(documents(input.base).map((v) => v.values)))
        blockers.push({
            reason: `the install values documents differ between the sides (${[
                ...new Set([...documents(input.head), ...documents(input.base)].map((v) => v.origin.file ?? '(values)')),
            ].join(', ')}): the mesh is installed once`,
            paths: null,
        });
    const namespaces = pathNamespaces(plan.paths);
    const inPaths = new Set(namespaces);
    const sides = { head: input.head, base: input.base };
    const contexts = { head: (0,pipeline_paths/* scopeContextOf */.fo)(input.head), base: (0,pipeline_paths/* scopeContextOf */.fo)(input.base) };
    // The namespaces themselves: a root namespace's objects govern every namespace, and a copy must be a new name.
    const taken = new Set([workloads/* GATE_NAMESPACE */._x, workloads/* PROBE_NAMESPACE */.l8, ...namespaces]);
    for (const side of [input.head, input.base])
        for (const c of side.objects) {
            const kind = String(c.object.kind ?? '');
            if (kind === 'Namespace')
                taken.add(String(c.object.metadata?.name ?? ''));
            else if (!(0,model/* isClusterScoped */.Z6)(kind))
                taken.add((0,mtls_workloads/* namespaceOf */.N6)(c.object));
        }
    for (const side of vocabulary/* SIDES */.BV) {
        const names = namespaces.map((ns) => sideNamespace(ns, side));
        if (new Set(names).size < names.length)
            blockers.push({
                reason: `two namespaces share a copy for the ${side} (${names.join(', ')})`,
                paths: null,
            });
    }
    for (const ns of namespaces) {
        if (ns === contexts.head.rootNamespace || ns === contexts.base.rootNamespace)
            blockers.push({
                reason: `the path namespace ${ns} is the mesh's root namespace, whose objects govern every namespace: it cannot be copied`,
                paths: pathsIn(plan.paths, [ns]),
            });
        for (const side of ['base', 'head'])
            if (taken.has(sideNamespace(ns, side)))
                blockers.push({
                    reason: `the ${side}'s copy of ${ns} would be ${sideNamespace(ns, side)}, a namespace the configuration or the gate already uses`,
                    paths: pathsIn(plan.paths, [ns]),
                });
    }
    // Every changed object must be carried by the copies, and govern particular pods or hosts.
    const changed = (0,pipeline_paths/* changedObjects */.vb)(input.head, input.base);
    for (const c of changed) {
        const o = c.sourced.object;
        const answer = (0,meshes/* changeAppliesTo */.cu)(c.sourced, input.mesh, contexts[c.side]);
        const what = `${title(o)}${originText(c.sourced)} (${c.change})`;
        if (answer.scope !== 'scoped' && answer.scope !== 'nothing')
            blockers.push({
                reason: `${what} is ${answer.scope === 'mesh-wide' ? 'mesh-wide' : answer.scope === 'install' ? 'install-time' : 'of a scope the gate cannot place'}: ${answer.why}`,
                paths: null,
            });
        else if ((0,model/* isClusterScoped */.Z6)(String(o.kind ?? '')) && !isCopied(o, inPaths))
            blockers.push({ reason: `${what} is cluster-scoped: one object for both sides`, paths: null });
        else if (!isCopied(o, inPaths))
            blockers.push({
                reason: `${what} lies outside the measured paths' namespaces (${namespaces.join(', ')}): one object for both sides`,
                paths: null,
            });
    }
    // Objects the copies do not carry must govern the copies as they govern the originals: naming no path namespace.
    const maps = {
        base: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'base')])),
        head: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'head')])),
    };
    const seen = new Set();
    for (const side of [input.head, input.base])
        for (const c of side.objects) {
            if (isCopied(c.object, inPaths) || !isApplied(c.object, plan.paths))
                continue;
            const key = `${title(c.object)}\u0000${(0,pipeline_paths/* canonical */.$N)(c.object)}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const r = rewriteObject(c.object, maps.base);
            const refs = [...r.rewrote, ...r.left];
            if (refs.length)
                blockers.push({
                    reason: `${title(c.object)}${originText(c)}, outside the measured paths' namespaces, refers to them (${refs
                        .slice(0, 3)
                        .map((f) => `${f.field}: ${f.value}`)
                        .join('; ')}): the copies would not be governed by it as the originals are`,
                    paths: pathsIn(plan.paths, namespaces.filter((ns) => refs.some((f) => namesNamespace(f.value, new Map([[ns, ns]]))))),
                });
        }
    const copies = {
        base: copyOf(sides.base, plan.paths, maps.base, input.mesh),
        head: copyOf(sides.head, plan.paths, maps.head, input.mesh),
    };
    for (const side of ['base', 'head'])
        for (const u of copies[side].unsafe)
            blockers.push({
                reason: `cannot rewrite safely: ${u.title} (${side}), field ${u.field} still names ${u.namespace} (${u.value})`,
                paths: pathsIn(plan.paths, [u.namespace]),
            });
    if (blockers.length === 0)
        blockers.push(...semanticsCheck(input.mesh, sides, contexts, copies, plan.paths));
    if (blockers.length)
        return alternating(ids, blockers);
    const where = (side) => namespaces.map((ns) => copies[side].copy.namespaces[ns]).join(', ');
    const reason = `${changed.length ? `every changed object (${changed.length}) lives in the measured paths' namespaces and governs particular pods or hosts` : 'nothing differs between the sides'}: ` +
        `base in ${where('base')}, head in ${where('head')}, loaded at the same time`;
    return {
        design: 'simultaneous',
        reason,
        perPath: plan.paths.map((p) => ({
            path: p.id,
            design: 'simultaneous',
            reason: `base on ${copies.base.copy.paths.find((x) => x.id === p.id).server.host}, head on ${copies.head.copy.paths.find((x) => x.id === p.id).server.host}, at the same time`,
        })),
        copies: { base: copies.base.copy, head: copies.head.copy },
        blockers: [],
    };
}
/** The sides alternate on the paths `ids` for one reason that concerns the run as a whole. */
function alternatingLayout(ids, reason) {
    return alternating(ids, [{ reason, paths: null }]);
}
function alternating(ids, blockers) {
    const unique = [...new Map(blockers.map((b) => [b.reason, b])).values()];
    const reason = unique.map((b) => b.reason).join('; ');
    return {
        design: 'alternating',
        reason,
        perPath: ids.map((id) => {
            const own = unique.filter((b) => b.paths === null || b.paths.includes(id));
            return {
                path: id,
                design: 'alternating',
                reason: own.length
                    ? own.map((b) => b.reason).join('; ')
                    : `one layout per run, and the run's other paths cannot run at once: ${reason}`,
            };
        }),
        copies: null,
        blockers: unique.map((b) => b.reason),
    };
}
function copyOf(side, paths, map, mesh) {
    const inPaths = new Set(map.keys());
    const objects = side.objects.map((c) => isCopied(c.object, inPaths) ? { ...c, object: rewriteObject(c.object, map).object } : c);
    const copy = {
        side: { ...side, objects },
        paths: paths.map((p) => copyPath(p, map)),
        namespaces: Object.fromEntries(map),
    };
    // What the run applies of the copy (the stand-ins keep a workload's labels, annotations, service account and other
    // containers, not the application container's env or args) must name no original namespace: read again with the
    // originals as the namespaces to find, any reference left is one the rewrite did not understand.
    const originals = new Map([...inPaths].map((ns) => [ns, `${ns}\u0000`]));
    const copies = new Set(map.values());
    const back = new Map([...map].map(([from, to]) => [to, from]));
    const unsafe = [];
    for (const c of (0,stand_ins/* sideAsRun */.tn)(copy.side, copy.paths, mesh, PLACEMENT).objects) {
        if (!isCopied(c.object, copies))
            continue;
        const r = rewriteObject(c.object, originals);
        // Named as the configuration names it: its original namespace, its file and line.
        const named = {
            ...c.object,
            metadata: { ...c.object.metadata, namespace: back.get((0,mtls_workloads/* namespaceOf */.N6)(c.object)) },
        };
        for (const l of [...r.rewrote, ...r.left])
            unsafe.push({
                ...l,
                title: `${title(named)}${originText(c)}`,
                namespace: [...inPaths].find((ns) => namesNamespace(l.value, new Map([[ns, ns]]))) ?? '',
            });
    }
    return { copy, unsafe };
}
/** A path's copy: its ends in the copy's namespaces, its server's host the copy's; its id and facts' origins kept. */
function copyPath(p, map) {
    const ns = (n) => map.get(n) ?? n;
    const copy = structuredClone(p);
    copy.client.namespace = ns(p.client.namespace);
    copy.server.namespace = ns(p.server.namespace);
    copy.server.host = rewriteHost(p.server.host, map);
    return copy;
}
/**
 * What each object crosses, read by its mesh: among the copy's paths what it crosses among the originals, and
 * nothing of the other copy's (a wildcard host, a selector of every namespace would govern both copies).
 */
function semanticsCheck(mesh, sides, contexts, copies, paths) {
    const out = [];
    for (const name of ['base', 'head']) {
        const other = name === 'base' ? 'head' : 'base';
        const copy = copies[name].copy;
        const context = (0,pipeline_paths/* scopeContextOf */.fo)(copy.side);
        const inPaths = new Set(Object.keys(copy.namespaces));
        sides[name].objects.forEach((c, i) => {
            const original = (0,meshes/* changeAppliesTo */.cu)({ object: c.object, origin: c.origin }, mesh, contexts[name]);
            const copied = copy.side.objects[i];
            const answer = (0,meshes/* changeAppliesTo */.cu)({ object: copied.object, origin: copied.origin }, mesh, context);
            const before = crossed(original, paths);
            const after = crossed(answer, copy.paths);
            const stray = crossed(answer, copies[other].copy.paths);
            const what = `${title(c.object)}${originText(c)} (${name})`;
            if (before.join() !== after.join())
                out.push({
                    reason: `cannot rewrite safely: ${what} crosses ${before.join(', ') || 'no path'} but its copy ${after.join(', ') || 'no path'}`,
                    paths: [...new Set([...before, ...after])],
                });
            else if (stray.length && isCopied(c.object, inPaths))
                out.push({
                    reason: `${what} would govern the ${other}'s copy too (${stray.join(', ')}): the copies would not be apart`,
                    paths: stray,
                });
        });
    }
    return out;
}
function crossed(answer, paths) {
    if (answer.scope !== 'scoped')
        return [];
    return paths.filter((p) => answer.reach.some((r) => (0,pipeline_paths/* reachCrosses */.OU)(r, p))).map((p) => p.id);
}


/***/ }),

/***/ 8647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qU: () => (/* binding */ measureOnCluster),
  WD: () => (/* binding */ mtlsOutcomeOf),
  fm: () => (/* binding */ plaintextFor),
  K$: () => (/* binding */ predict)
});

// UNUSED EXPORTS: gateRowShownOnly, liveFindings, pathUrl

// EXTERNAL MODULE: ./src/cluster/types.ts
var types = __webpack_require__(45287);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/k8s/apply.ts
var apply = __webpack_require__(66684);
// EXTERNAL MODULE: ./src/k8s/poll.ts
var poll = __webpack_require__(93307);
// EXTERNAL MODULE: ./src/k8s/wait.ts
var wait = __webpack_require__(66051);
// EXTERNAL MODULE: ./src/results/fortio.ts
var fortio = __webpack_require__(97601);
// EXTERNAL MODULE: ./src/results/histogram.ts
var histogram = __webpack_require__(97528);
;// CONCATENATED MODULE: ./src/load/fortio-args.ts
/**
 * The `fortio load` command line of a scenario. Open-loop load (`-uniform -nocatchup`: requests spread evenly,
 * no catching up after a stall, so the generator does not hide latency), JSON on stdout, and a histogram
 * resolution matched to the latencies measured: Fortio's default of 1 ms is far too coarse for mesh overheads of
 * tens of microseconds, and Fortio advises a resolution of about a tenth of the typical latency.
 */
/** The binary inside the Fortio image (it has no shell: commands are exec'd directly). */
const FORTIO_IN_IMAGE = '/usr/bin/fortio';
/** A resolution for an expected typical latency: a tenth of it, one significant digit, within 1 µs .. 1 ms. */
function resolutionFor(typicalSeconds) {
    const tenth = Math.min(Math.max(typicalSeconds / 10, 1e-6), 1e-3);
    const magnitude = 10 ** Math.floor(Math.log10(tenth));
    return Math.round(tenth / magnitude) * magnitude;
}
/** Before anything is measured: 50 µs, a tenth of a fast in-cluster round trip through two proxies. */
const DEFAULT_RESOLUTION = 0.00005;
function fortioLoadArgs(s, target, options) {
    const args = [
        FORTIO_IN_IMAGE,
        'load',
        '-json',
        '-',
        '-qps',
        String(s.qps),
        '-c',
        String(s.connections),
        '-t',
        `${options.durationSeconds}s`,
        '-uniform',
        '-nocatchup',
        '-r',
        String(options.resolution),
        '-labels',
        options.label,
    ];
    if (s.protocol === 'grpc') {
        // gRPC ping carries the payload in the ping message.
        args.push('-grpc', '-ping', '-payload-size', String(s.payloadBytes));
    }
    else {
        if (s.protocol === 'h2')
            args.push('-h2');
        if (s.payloadBytes > 0)
            args.push('-payload-size', String(s.payloadBytes));
    }
    args.push(target);
    return args;
}

;// CONCATENATED MODULE: ./src/load/runner.ts
/**
 * Interleaved A/B load: base and head repetitions alternate in an A B B A A B ... order, so slow drift on a
 * shared runner (a noisy neighbour, thermal throttling) falls on both sides alike, and each side switch costs one
 * configuration change. Each side starts with a discarded warm-up run, which also sets the histogram resolution.
 */




/** Fortio's failure to run at all, reported as what it is (never imported as an empty pass). */
class LoadError extends Error {
    name = 'LoadError';
}
/**
 * The order of sides: A B B A A B B A ... (each pair shares a configuration, halving the switches). With
 * `segment` 2 every side runs twice in a row, A A B B B B A A ...: half the switches again, and each repetition
 * still has a partner of the other side at most three positions away (`compare/design.ts` pairs them by time).
 */
function interleaving(repetitions, sides, segment = 1) {
    if (sides.length === 1)
        return Array(repetitions).fill(sides[0]);
    const order = [];
    for (let i = 0, done = 0; done < repetitions; i++) {
        const k = Math.min(segment, repetitions - done);
        const [first, second] = i % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
        order.push(...Array(k).fill(first), ...Array(k).fill(second));
        done += k;
    }
    return order;
}
async function runInterleaved(exec, target, scenario, sides, hooks) {
    const out = { base: { runs: [], samples: [] }, head: { runs: [], samples: [] } };
    // One resolution for both sides, set by the first warm-up: histograms of different bucket widths would make
    // their percentiles differ by interpolation alone (like is compared with like).
    let resolution = null;
    const warmed = new Set();
    const done = { base: 0, head: 0 };
    const started = hooks.now();
    let current = null;
    for (const side of interleaving(scenario.repetitions, sides, scenario.segment)) {
        if (side !== current) {
            await hooks.switchTo(side);
            current = side;
        }
        if (!warmed.has(side)) {
            // The warm-up is discarded (it warms connections and proxies after the first switch to the side); the
            // first one's median latency sets the resolution of every measured run.
            const warm = await runOnce(exec, target, scenario, scenario.warmupSeconds, resolution ?? DEFAULT_RESOLUTION, `${scenario.name} ${side} warm-up`);
            warmed.add(side);
            const p50 = (0,histogram/* percentile */.Ym)(warm.repetition.latency.histogram, 50);
            const kept = resolution !== null;
            resolution ??= resolutionFor(p50);
            hooks.log(`[${scenario.name}] ${side} warm-up done: p50 ${ms(p50)}, resolution ${resolution} s${kept ? ' (kept for both sides)' : ''}`);
        }
        const index = done[side]++;
        const { result, sample } = await hooks.sample(index, () => runOnce(exec, target, scenario, scenario.durationSeconds, resolution, `${scenario.name} ${side} #${index + 1}`));
        const run = { ...result, repetition: { ...result.repetition, index } };
        out[side].runs.push(run);
        if (sample)
            out[side].samples.push(sample);
        const r = run.repetition;
        hooks.log(`[${scenario.name}] ${side} repetition ${index + 1} of ${scenario.sequential ? 'at most ' : ''}${scenario.repetitions}: ${r.actualQps.toFixed(1)} qps` +
            ` (requested ${scenario.qps}), p99 ${ms(r.latency.percentiles['99'])}, ${r.errors} error(s)` +
            `${r.saturated ? ', SATURATED' : ''}; elapsed ${Math.round((hooks.now() - started) / 1000)} s`);
        if (scenario.sequential && hooks.level && sides.length === 2 && done.base === done.head) {
            if ((await hooks.level(done.base, out)) === 'stop')
                break;
        }
    }
    return out;
}
/**
 * Simultaneous A/B load (duet benchmarking: Bulej et al., ICPE 2020): the base's and the head's copies of the path
 * are loaded at the same time with the same settings, one repetition of each side started together, back to back.
 * A busy second of a shared runner then falls on both sides of a pair, and the compare pairs repetition i of the
 * base with repetition i of the head by their start times (compare/design.ts). Both warm-ups run together too; the
 * base's sets the histogram resolution of both sides.
 */
async function runSimultaneous(exec, targets, scenario, hooks) {
    const out = { base: { runs: [], samples: [] }, head: { runs: [], samples: [] } };
    const sides = ['base', 'head'];
    const started = hooks.now();
    const warm = await both(sides, (side) => runOnce(exec, targets[side], scenario, scenario.warmupSeconds, DEFAULT_RESOLUTION, `${scenario.name} ${side} warm-up`));
    const p50 = (side) => (0,histogram/* percentile */.Ym)(warm[side].repetition.latency.histogram, 50);
    const resolution = resolutionFor(p50('base'));
    hooks.log(`[${scenario.name}] both warm-ups done together: p50 base ${ms(p50('base'))}, head ${ms(p50('head'))}; resolution ${resolution} s for both sides`);
    for (let index = 0; index < scenario.repetitions; index++) {
        const { result, samples } = await hooks.sample(index, () => both(sides, (side) => runOnce(exec, targets[side], scenario, scenario.durationSeconds, resolution, `${scenario.name} ${side} #${index + 1}`)));
        const parts = [];
        for (const side of sides) {
            const run = { ...result[side], repetition: { ...result[side].repetition, index } };
            out[side].runs.push(run);
            const sample = samples[side];
            if (sample)
                out[side].samples.push(sample);
            const r = run.repetition;
            parts.push(`${side} ${r.actualQps.toFixed(1)} qps, p99 ${ms(r.latency.percentiles['99'])}, ${r.errors} error(s)${r.saturated ? ', SATURATED' : ''}`);
        }
        hooks.log(`[${scenario.name}] repetition ${index + 1} of ${scenario.sequential ? 'at most ' : ''}${scenario.repetitions}, both sides at once (requested ${scenario.qps} qps each): ${parts.join('; ')}; elapsed ${Math.round((hooks.now() - started) / 1000)} s`);
        if (scenario.sequential && hooks.level && (await hooks.level(index + 1, out)) === 'stop')
            break;
    }
    return out;
}
/**
 * Runs the same work for both sides at once and waits for both: one side's failure is reported once the other has
 * ended too, so no load is left running behind the error.
 */
async function both(sides, work) {
    const settled = await Promise.allSettled(sides.map((side) => work(side)));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const out = {};
    sides.forEach((side, i) => (out[side] = settled[i].value));
    return out;
}
async function runOnce(exec, target, scenario, durationSeconds, resolution, label) {
    const command = fortioLoadArgs(scenario, target.url, { durationSeconds, resolution, label: scenario.name });
    // Bounded: the run's own duration plus a minute for connection set-up and the JSON.
    const result = await exec.exec(target.namespace, target.pod, target.container, command, (durationSeconds + 60) * 1000);
    const tail = result.stderr.trim().split('\n').slice(-3).join(' | ');
    if (!result.success)
        throw new LoadError(`${label}: fortio load failed in ${target.pod}: ${result.message}${tail ? ` (${tail})` : ''}`);
    // Fortio writes no JSON at all when it cannot connect, and still exits 0.
    if (result.stdout.trim() === '')
        throw new LoadError(`${label}: fortio wrote no result${tail ? `: ${tail}` : ''}`);
    try {
        return (0,fortio/* importFortio */.zl)(result.stdout, `${label} (exec in ${target.pod})`);
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw new LoadError(e.message);
        throw e;
    }
}
function ms(seconds) {
    return seconds < 1e-3 ? `${(seconds * 1e6).toFixed(0)} µs` : `${(seconds * 1e3).toFixed(2)} ms`;
}

// EXTERNAL MODULE: ./src/load/workloads.ts
var workloads = __webpack_require__(29210);
// EXTERNAL MODULE: ./src/pipeline/paths.ts
var paths = __webpack_require__(71594);
// EXTERNAL MODULE: ./src/pipeline/stand-ins.ts
var stand_ins = __webpack_require__(84655);
// EXTERNAL MODULE: ./src/mesh/install.ts + 5 modules
var install = __webpack_require__(77361);
// EXTERNAL MODULE: ./src/mesh/installer.ts
var mesh_installer = __webpack_require__(99485);
// EXTERNAL MODULE: ./src/pipeline/mesh-values.ts
var mesh_values = __webpack_require__(80708);
// EXTERNAL MODULE: ./src/mesh/pr-config.ts
var pr_config = __webpack_require__(93990);
// EXTERNAL MODULE: ./src/mtls/model.ts
var model = __webpack_require__(19413);
// EXTERNAL MODULE: ./src/pipeline/layout.ts + 1 modules
var layout = __webpack_require__(62632);
;// CONCATENATED MODULE: ./src/load/plaintext-probe.ts
/**
 * The live mTLS check: a plaintext HTTP request from the unmeshed probe pod to the meshed server. It must be
 * refused when the validator says the server is STRICT, and must get through when it says PERMISSIVE: a check that
 * cannot fail proves nothing. After a configuration switch, the probe is also how the gate knows the mesh has
 * converged: it repeats until the data plane does what the configuration says, within a bound.
 */

/** One plaintext request with `fortio curl` (the Fortio image has no shell and no curl). */
async function probeOnce(exec, target) {
    const result = await exec.exec(target.namespace, target.pod, target.container, ['/usr/bin/fortio', 'curl', '-timeout', '3s', target.url], 30_000);
    const text = `${result.stdout}\n${result.stderr}`;
    // Accepted means an HTTP answer from the server itself: a 200 from Fortio's echo handler.
    const accepted = result.success && /HTTP\/1\.[01] 200/.test(text);
    const detail = (accepted ? 'HTTP 200' : result.message || text.trim().split('\n').slice(-1)[0] || 'no answer').slice(0, 200);
    return { outcome: accepted ? 'accepted' : 'refused', detail };
}
/** Probes until the outcome is `expected` (the mesh converged) or the bound is reached (a finding, not a hang). */
async function expectPlaintext(exec, target, expected, timeoutMs) {
    let last = {
        outcome: expected === 'refused' ? 'accepted' : 'refused',
        detail: '',
    };
    try {
        await (0,poll/* pollUntil */.g)(`plaintext from ${target.namespace}/${target.pod} to ${target.url} to be ${expected}`, async () => {
            last = await probeOnce(exec, target);
            return { done: last.outcome === expected, value: last, seen: `${last.outcome} (${last.detail})` };
        }, { timeoutMs, intervalMs: 1000 });
        return { ...last, converged: true };
    }
    catch {
        return { ...last, converged: false };
    }
}

// EXTERNAL MODULE: ./src/mtls/validate.ts + 1 modules
var validate = __webpack_require__(20768);
// EXTERNAL MODULE: ./src/resources/sampler.ts + 3 modules
var sampler = __webpack_require__(26618);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/results/schema.ts
var schema = __webpack_require__(66303);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/results/build.ts
/** Assembles a results artifact from imported Fortio runs and resource samples. */




/**
 * Groups runs into scenarios by name (the `--scenario` option, else Fortio's Labels, else "default"), keeping
 * their order as repetitions. Resource samples belong to the single scenario; with several scenarios they must
 * say which one through `--scenario`, so they are refused rather than guessed.
 */
function buildResults(runs, samples, options = {}) {
    if (runs.length === 0)
        throw new errors/* InputError */.dz('no Fortio results given (--fortio FILE...)');
    const scenarios = new Map();
    for (const run of runs) {
        const name = options.scenario ?? (run.label || 'default');
        let s = scenarios.get(name);
        if (!s) {
            s = { name, settings: run.settings, repetitions: [], resources: [] };
            if (options.maxRepetitions)
                s.maxRepetitions = options.maxRepetitions;
            scenarios.set(name, s);
        }
        else {
            // The URL too: runs against another target (another path, another query's delay or status) measured another thing.
            for (const key of [
                'protocol',
                'qps',
                'connections',
                'durationSeconds',
                'payloadBytes',
                'url',
            ]) {
                if (JSON.stringify(s.settings[key]) !== JSON.stringify(run.settings[key])) {
                    throw new errors/* InputError */.dz(`scenario '${name}': ${key} is ${JSON.stringify(run.settings[key])} here but ${JSON.stringify(s.settings[key])} in ${s.repetitions[0].source}; repetitions of one scenario must use the same settings`, run.repetition.source);
                }
            }
        }
        s.repetitions.push({ ...run.repetition, index: s.repetitions.length });
    }
    if (samples.length > 0) {
        if (scenarios.size > 1) {
            throw new errors/* InputError */.dz(`resource samples given with ${scenarios.size} scenarios (${[...scenarios.keys()].join(', ')}); build one scenario at a time with --scenario`);
        }
        const only = [...scenarios.values()][0];
        only.resources = samples;
    }
    const versions = [...new Set(runs.map((r) => r.fortioVersion))];
    return {
        schemaVersion: schema/* RESULTS_SCHEMA_VERSION */.q3,
        tool: { name: 'mesh-mtls-gate', version: version/* TOOL_VERSION */.w },
        createdAt: (options.now ?? new Date()).toISOString(),
        fingerprint: {
            tools: options.tools ?? [],
            mesh: options.mesh ?? null,
            kubernetesVersion: options.kubernetesVersion ?? null,
            nodeImage: options.nodeImage ?? null,
            runner: { os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)(), name: options.runnerName ?? null },
            fortio: {
                version: versions.length === 1 ? versions[0] : versions.join(','),
                flags: runs[0].fortioFlags,
            },
        },
        scenarios: [...scenarios.values()],
        mtls: null,
    };
}

// EXTERNAL MODULE: ./src/mtls/meshes.ts + 3 modules
var meshes = __webpack_require__(51350);
// EXTERNAL MODULE: ./src/pipeline/profiles.ts
var profiles = __webpack_require__(46738);
// EXTERNAL MODULE: ./src/compare/sequential.ts
var sequential = __webpack_require__(62452);
// EXTERNAL MODULE: ./src/compare/verdict.ts + 6 modules
var verdict = __webpack_require__(64136);
;// CONCATENATED MODULE: ./src/pipeline/sequential-look.ts
/**
 * The run's sequential stopping: after every block the runner asks whether to go on. The answer is the compare's
 * own, at the same look with the same spending as the compare of the finished results (`compare/sequential.ts`),
 * so the verdict a run stops on is the one its artifact reproduces.
 */



/**
 * The `level` hook of one sequential scenario. Off the look schedule it goes on without comparing; at a look it
 * logs the look's verdict and why, and stops once the compare says `stop` (a regression, every gated metric
 * passing, the maximum, or saturation).
 */
function sequentialLook(scenario, config, scenarioCount, log) {
    const schedule = (0,sequential/* lookSchedule */.fg)(scenario.repetitions);
    return async (n, runs) => {
        if (!schedule.includes(n))
            return 'continue';
        const side = (s) => buildResults(runs[s].runs, runs[s].samples, {
            scenario: scenario.name,
            maxRepetitions: scenario.repetitions,
        });
        const c = (0,verdict/* compareResults */.ex)(side('base'), side('head'), config, {
            maxRepetitions: scenario.repetitions,
            scenarioCount,
        });
        const look = c.scenarios[0];
        log(`[${scenario.name}] look ${look.look.index} of ${look.look.looks}: ${c.verdict}; ${look.why}`);
        return c.next === 'continue' ? 'continue' : 'stop';
    };
}

// EXTERNAL MODULE: ./src/pipeline/telemetry-source.ts
var telemetry_source = __webpack_require__(78855);
;// CONCATENATED MODULE: ./src/pipeline/measure-on-cluster.ts
/**
 * The gate's main job, stage by stage: a cluster, the mesh, the gate's workloads, the PR's configuration (and the
 * base branch's, interleaved A B B A), Fortio in the meshed client with the data plane's CPU and memory sampled
 * around every repetition, and the live plaintext probe after every switch (before it, the mesh re-installed with the
 * side's values when each side runs on its own: mesh-values.ts). Every side effect comes in through
 * `PipelineDeps`, so the order and the decisions are tested without a cluster.
 */
























/** The sides in the order they first run: the base first when there is one (its values are the mesh's first). */
function sideOrder(o) {
    return o.base ? ['base', 'head'] : ['head'];
}
/** No values file: the mesh is installed without, once for both sides. */
const NO_VALUES = { path: { base: undefined, head: undefined }, perSide: false };
/** The paths of a run: the options', or the gate's own. */
function pathsOf(o) {
    return o.paths && o.paths.length ? o.paths : [(0,paths/* gatePath */.Dr)()];
}
/** The per-side copies of the simultaneous layout, when the run has a base and the layout is simultaneous. */
function copiesOf(o) {
    return o.base && o.layout?.design === 'simultaneous' && o.layout.copies ? o.layout.copies : null;
}
/** The layout that runs: the planned one, or alternating (one copy of the paths) when none was planned or no base. */
function layoutOf(o, paths) {
    if (o.layout && (o.base || o.layout.design === 'alternating'))
        return o.layout;
    return (0,layout/* alternatingLayout */.kH)(paths.map((p) => p.id), o.base ? 'no layout was planned: the sides take turns on one copy' : 'head only');
}
async function measureOnCluster(deps, o) {
    const t0 = deps.now();
    const since = () => `${Math.round((deps.now() - t0) / 1000)} s`;
    const { head, base } = o;
    const paths = pathsOf(o);
    deps.log(`configuration: head ${head.objects.length} object(s)${base ? `, base (${base.ref}) ${base.objects.length}` : ''}`);
    deps.log(`measured path(s): ${paths.map((p) => `${p.client.namespace}/${p.client.workload} → ${p.server.host}:${p.server.httpPort}`).join('; ')}`);
    // Predicted before any cluster is made, once per side: what the probe expects and what the results record.
    const validation = predict(o, head, base);
    const baseValidation = base ? predict(o, base, null) : null;
    // The install values the installer reads for itself (names, namespaces) are checked now too, not after a cluster.
    install/* INSTALLERS */.UP[o.meshName].checkValues?.((0,stand_ins/* valuesAsRun */.Ut)(head, o.meshName));
    const copies = copiesOf(o);
    const layout = layoutOf(o, paths);
    deps.log(`layout: ${layout.design} (${layout.reason})`);
    // Both sides at once run on one installation: values of their own need the sides to take turns.
    if (copies && o.meshValues?.perSide)
        throw new Error('the simultaneous layout cannot run each side on its own mesh values');
    // Every download of the run is verified before a cluster is created: a refused or failed download costs no cluster
    // (and a machine without Docker fails before downloading anything).
    await deps.provider.preflight?.();
    const tools = await deps.fetchTools();
    for (const t of tools)
        deps.log(`tool ${t.name} ${t.version}: sha256 ${t.sha256} (${verifiedBy(t)})`);
    const created = { namespaces: [] };
    let cluster = null;
    let outlives = false;
    try {
        const up = await bringUp(deps, o, paths, since, created, (c, handle) => {
            cluster = c;
            outlives = handle.provider === 'existing';
        });
        const { handle, stage, notes } = up;
        const probes = [];
        const expected = (v) => v ? paths.map((p) => plaintextFor(serverEntry(v.matrix, p))) : null;
        const bySide = await named(() => measureScenarios(deps, o, paths, stage, probes, {
            head: expected(validation),
            base: expected(baseValidation),
        }), (m, cause) => new errors/* MeasurementError */.HG(m, { cause }));
        deps.log(`load finished after ${since()}`);
        const telemetry = (baseValidation ? ['base', 'head'] : ['head']).map((side) => telemetryOf(o.meshName, side, side === 'head' ? validation : baseValidation, stage.recorders[side], paths[0], (copies?.[side].paths ?? paths)[0]));
        for (const t of telemetry)
            deps.log(`telemetry (${t.side}): ${t.reading.outcome} (${t.reading.detail})`);
        // The installation's fingerprint for a side that never ran on one of its own (no scenario switched to it).
        const installed = stage.mesh.prints[sideOrder(o)[0]];
        const record = {
            fingerprint: fingerprintOf(tools, installed, handle, o.runnerName ?? null),
            meshBySide: {
                base: stage.mesh.prints.base ?? installed,
                head: stage.mesh.prints.head ?? installed,
            },
            probes,
            telemetry,
            notes: [...notes, ...stage.notes],
            paths,
            runPaths: { base: copies?.base.paths ?? paths, head: copies?.head.paths ?? paths },
            layout: { design: layout.design, reason: layout.reason },
        };
        const current = sideResults(record, bySide.head, validation, 'head');
        const baseline = baseValidation ? sideResults(record, bySide.base, baseValidation, 'base') : null;
        return { current, baseline, validation, handle, probes, telemetry };
    }
    finally {
        // The namespaces the run created in a cluster that outlives it (an existing one): removed with what is in
        // them, also on failure; never one that was there before. A kind cluster goes as a whole at teardown.
        if (cluster && outlives && created.namespaces.length)
            await removeNamespaces(deps, cluster, created.namespaces);
    }
}
/**
 * Deletes the namespaces and waits (bounded) until they are gone, so that the run ends with its objects removed,
 * not terminating. Never throws: a clean-up that fails is a warning, so it cannot hide the run's outcome or error.
 */
async function removeNamespaces(deps, cluster, names) {
    try {
        for (const name of names) {
            await cluster.objects
                .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
                .catch((e) => {
                if (e.code !== 404)
                    throw e;
            });
        }
        await (0,poll/* pollUntil */.g)(`namespaces ${names.join(', ')} to be removed`, async () => {
            const left = (await cluster.objects.list('v1', 'Namespace')).items
                .map((n) => String(n.metadata?.name))
                .filter((n) => names.includes(n));
            return { done: left.length === 0, value: null, seen: `still there: ${left.join(', ')}` };
        }, { timeoutMs: profiles/* BUDGET */.o3.rolloutSeconds * 1000, intervalMs: 500 });
        deps.log(`removed the namespaces the run created: ${names.join(', ')}`);
    }
    catch (e) {
        deps.log(`warning: could not remove the namespaces the run created (${names.join(', ')}): ${e.message}`);
    }
}
/** The tools as verified, the mesh as installed, the cluster and the runner (the mesh: see RunRecord.meshBySide). */
function fingerprintOf(tools, mesh, handle, runnerName) {
    return {
        tools: tools.map((t) => ({
            name: t.name,
            version: t.version,
            url: t.url,
            sha256: t.sha256,
            verifiedBy: t.verifiedBy,
            checksumUrl: t.checksumUrl,
        })),
        mesh,
        kubernetesVersion: handle.kubernetesVersion,
        nodeImage: handle.nodeImage,
        runnerName,
    };
}
/** One side's results, with the run's notes when there are any. */
function sideResults(record, scenarios, validation, side) {
    const r = resultsOf(scenarios, record, validation, side);
    return record.notes.length ? { ...r, notes: record.notes } : r;
}
/** The label selector of a path's server pods (`app=cart,tier=web`), for the mesh's counters. */
function selectorOf(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
/** The side's counters read for the first path's server, and where they disagree with the side's prediction. */
function telemetryOf(mesh, side, validation, recorder, path, 
/** The copy of `path` the side ran on (the path itself when the sides alternate). */
runPath) {
    const got = recorder.samples(side);
    const entry = serverEntry(validation.matrix, path);
    const reading = 'unread' in got
        ? { outcome: 'not-read', mtls: 0, plaintext: 0, refused: 0, detail: got.unread }
        : (0,meshes/* readTelemetry */.eI)(mesh, got.samples, {
            namespace: runPath.server.namespace,
            workload: runPath.server.workload,
            port: null,
            client: runPath.client.workload,
        });
    // Cilium: the prediction requires mutual authentication when a rule says so (mtls/cilium.ts's wording).
    const authenticated = /mutual authentication required/.test(entry?.decidedBy ?? '');
    return {
        side,
        reading,
        findings: (0,meshes/* telemetryFindings */.kM)(mesh, entry?.mode ?? 'DISABLE', reading, `telemetry (${side})`, authenticated),
    };
}
/**
 * Runs one step; an error that no one has named yet is named after the step, so the user gets its exit code
 * (cluster 4, mesh 5, measurement 6) instead of "internal error". Bad input and named failures pass unchanged.
 */
async function named(work, name) {
    try {
        return await work();
    }
    catch (e) {
        if ((0,errors/* isKnownFailure */.qJ)(e))
            throw e;
        throw name(e instanceof Error ? e.message : String(e), e);
    }
}
/** A cluster, the mesh on it, and the gate's workloads rolled out. */
async function bringUp(deps, o, paths, since, created, onConnect) {
    const handle = await named(() => deps.provider.create(), (m, cause) => new types/* ClusterCreateError */.nP(m, null, { cause }));
    deps.onCluster(handle);
    deps.log(`cluster ${handle.name} (${handle.provider}, Kubernetes ${handle.kubernetesVersion ?? '?'}) ready after ${since()}`);
    // With values per side, the mesh starts on the first side's: the first switch needs no re-install.
    const values = o.meshValues ?? NO_VALUES;
    const first = sideOrder(o)[0];
    const installed = (0,mesh_values/* installedValues */.zk)(values, first);
    const mesh = deps.mesh(handle, installed);
    if (values.perSide && !(0,mesh_installer/* canReconfigure */.K8)(mesh))
        throw new Error(`${mesh.mesh}: each side's own mesh values were planned, but its installer cannot re-install`);
    const meshPrint = await named(() => mesh.install(), (m, cause) => new mesh_installer/* MeshInstallError */.Dm(`${mesh.mesh}: ${m}`, { cause }));
    deps.log(`mesh ${meshPrint.name} ${meshPrint.version ?? ''} installed after ${since()}${values.perSide ? ` with the ${first}'s values (${installed ?? 'none'})` : ''}`);
    const meshState = {
        installer: mesh,
        values,
        on: values.perSide ? first : 'head',
        prints: values.perSide ? { [first]: meshPrint } : { base: meshPrint, head: meshPrint },
    };
    const cluster = deps.connect(handle);
    onConnect(cluster, handle);
    const { notes, placement } = await named(() => rollOutWorkloads(deps, o, paths, handle, cluster, created), (m, cause) => new errors/* MeasurementError */.HG(`the gate's workloads did not become ready: ${m}`, { cause }));
    deps.log(`workloads rolled out after ${since()}`);
    const sides = (0,layout/* sidesAsRun */.ET)(copiesOf(o), o, paths, o.meshName, placement);
    return { handle, stage: await stageOf(deps, o, paths, cluster, meshState, sides), notes };
}
/**
 * The gate's objects applied (namespaces the cluster lacks, the client stand-ins, the probe, the gate's own server
 * when a path is the gate's) and rolled out; the notes the results carry about where they run. A workload of the
 * cluster that a server stand-in would replace is refused: the gate never overwrites what it did not create.
 */
async function rollOutWorkloads(deps, o, paths, handle, cluster, created) {
    const notes = [];
    const schedulable = (0,workloads/* schedulableNodes */.yJ)((await cluster.objects.list('v1', 'Node')).items);
    // One schedulable node (kind's default cluster, a developer's own): client and server share it rather than
    // wait forever for a second node, and the results say so.
    const singleNode = !handle.nodeLabels && schedulable.length === 1;
    if (singleNode) {
        notes.push(`One schedulable node (${schedulable[0]}): the Fortio client and server ran side by side on it, so the traffic did not cross a network between nodes.`);
        deps.log(`warning: ${notes.at(-1)}`);
    }
    const placement = {
        nodeLabels: handle.nodeLabels,
        singleNode,
        images: o.images ?? workloads/* DEFAULT_IMAGES */.B8,
    };
    const options = {
        mesh: install/* INSTALLERS */.UP[o.meshName],
        nodeLabels: handle.nodeLabels,
        images: placement.images,
        singleNode,
    };
    // The simultaneous layout runs each side's copy of the paths; the objects both copies share (the probe, the
    // gate's namespace) are applied once.
    const laid = (0,layout/* layoutGateObjects */.E1)(copiesOf(o), o.head, paths, options);
    const objects = laid.objects;
    for (const path of laid.paths)
        if (!path.gateDefault)
            await refuseForeignWorkload(cluster, path);
    const existing = await settledNamespaces(cluster, objects.filter((x) => x.kind === 'Namespace').map((x) => x.metadata.name));
    for (const object of objects) {
        const meta = object.metadata;
        if (object.kind === 'Namespace') {
            // A namespace the cluster has is the cluster's: neither relabelled nor removed by the gate.
            if (existing.has(meta.name))
                continue;
            created.namespaces.push(meta.name);
        }
        await (0,apply/* serverSideApply */.jY)(cluster, object);
    }
    for (const object of objects) {
        if (object.kind !== 'Deployment')
            continue;
        const meta = object.metadata;
        await (0,wait/* waitForRollout */.gj)(cluster, meta.namespace, meta.name, profiles/* BUDGET */.o3.rolloutSeconds * 1000);
    }
    return { notes, placement };
}
/**
 * The namespaces that exist, once those of `wanted` that are being deleted (an earlier run's, removed at its end) are
 * gone: nothing can be created in a terminating namespace, and a gone one is the run's to create.
 */
async function settledNamespaces(cluster, wanted) {
    const list = async () => (await cluster.objects.list('v1', 'Namespace')).items;
    return (0,poll/* pollUntil */.g)(`namespaces ${wanted.join(', ')} to finish terminating`, async () => {
        const items = await list();
        const terminating = items.filter((n) => n.metadata?.deletionTimestamp && wanted.includes(String(n.metadata.name)));
        return {
            done: terminating.length === 0,
            value: new Set(items.map((n) => String(n.metadata?.name))),
            seen: `terminating: ${terminating.map((n) => n.metadata?.name).join(', ')}`,
        };
    }, { timeoutMs: profiles/* BUDGET */.o3.rolloutSeconds * 1000, intervalMs: 500 });
}
/** A Deployment of the server's name that the gate did not make (an existing cluster's real workload). */
async function refuseForeignWorkload(cluster, path) {
    const found = (await cluster.objects
        .read({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: path.server.workload, namespace: path.server.namespace },
    })
        .catch((e) => {
        if (e.code === 404)
            return null;
        throw e;
    }));
    const key = Object.keys(stand_ins/* MANAGED_BY */.Kf)[0];
    if (found && found.metadata?.labels?.[key] !== stand_ins/* MANAGED_BY */.Kf[key])
        throw new errors/* InputError */.dz(`Deployment ${path.server.namespace}/${path.server.workload} exists in the cluster and is not the gate's: the server stand-in of path ${path.id} would replace it. Measure on a cluster without it, or pin another target in the gate config's targets`);
}
/** The rolled-out workloads' pods, and the samplers that watch them. */
async function stageOf(deps, o, paths, cluster, mesh, sides) {
    const copies = copiesOf(o);
    const runPaths = (side) => copies?.[side].paths ?? paths;
    const sampled = [
        ...new Set([
            workloads/* GATE_NAMESPACE */._x,
            ...['base', 'head'].flatMap((side) => runPaths(side).flatMap((p) => [p.client.namespace, p.server.namespace])),
        ]),
        ...mesh.installer.systemNamespaces,
    ];
    const clientsOf = async (side) => {
        const out = [];
        for (const [i, p] of runPaths(side).entries())
            out.push(await podOf(cluster, p.client.namespace, `${stand_ins/* CLIENT_LABEL */.by}=${(0,stand_ins/* clientName */.V8)(i)}`));
        return out;
    };
    const recorderOf = (side) => {
        const first = runPaths(side)[0];
        return new telemetry_source/* TelemetryRecorder */.al(deps.telemetry?.(cluster, o.meshName, {
            namespace: first.server.namespace,
            selector: selectorOf(first.server.labels),
        }) ?? null);
    };
    return {
        cluster,
        exec: deps.exec(cluster),
        clients: await bothSides(copies !== null, clientsOf),
        probePod: await podOf(cluster, workloads/* PROBE_NAMESPACE */.l8, `app=${workloads/* PROBE */.vD}`),
        sides,
        // The nodes the sampled pods run on, found again before each repetition (a side's rollout may move them);
        // the rest of the cluster (nodes without a kubelet API, say) is never read.
        sampler: new sampler/* OverheadSampler */.pf(deps.stats(cluster), {
            nodes: () => nodesOf(cluster, sampled),
            namespaces: sampled,
            systemNamespaces: mesh.installer.systemNamespaces,
            roles: (0,install/* containerRoles */.bd)(),
        }),
        recorders: await bothSides(copies !== null, async (side) => recorderOf(side)),
        copies,
        notes: [],
        mesh,
    };
}
/**
 * One value per side: each side's own when the sides run on copies of their own, else the one value of the shared
 * paths (found once) for both.
 */
async function bothSides(separate, of) {
    if (separate)
        return { base: await of('base'), head: await of('head') };
    const shared = await of('head');
    return { base: shared, head: shared };
}
/** A path's URL for a scenario's protocol: the Service's host and port. */
function pathUrl(path, protocol) {
    const s = path.server;
    if (protocol === 'grpc') {
        if (s.grpcPort === null)
            throw new errors/* InputError */.dz(`a gRPC scenario cannot run on path ${path.id}: its Service ${s.namespace}/${s.service.name} has no port named grpc*`);
        return `${s.host}:${s.grpcPort}`;
    }
    return `http://${s.host}:${s.httpPort}/echo`;
}
/**
 * Every scenario on every path, with a live probe of every path's server once a side is in force. Alternating: base
 * and head interleaved on one copy of the paths (A A B B …), the probe after every switch. Simultaneous: both sides
 * applied once, each on its own copy of the paths, both copies probed, then loaded at the same time. With several
 * paths, a scenario's results are named after the path (`echo-1k@shop/cart`).
 */
async function measureScenarios(deps, o, paths, stage, probes, expected) {
    // Objects without a namespace land in `default`, as kubectl apply puts them and as the validator reads them.
    const switcher = new pr_config/* ConfigSwitcher */.AF(stage.cluster, 'default');
    try {
        return stage.copies
            ? await measureSimultaneous(deps, o, paths, stage, stage.copies, switcher, probes, expected)
            : await measureAlternating(deps, o, paths, stage, switcher, probes, expected);
    }
    finally {
        // What the sides applied outside the namespaces the run removes (a policy in a namespace the cluster had).
        await switcher
            .removeAll()
            .catch((e) => deps.log(`warning: could not remove the sides' objects: ${e.message}`));
    }
}
async function measureAlternating(deps, o, paths, stage, switcher, probes, expected) {
    const { log } = deps;
    const sides = stage.sides;
    const order = sideOrder(o);
    let onSide = order[0];
    const switchTo = async (side) => {
        onSide = side;
        // The side's mesh values first, so that its objects and the probe after them meet the data plane it runs on.
        const reinstalled = await meshFor(deps, stage.mesh, side);
        const r = await switcher.switchTo(sides[side]);
        log(`switched to ${side}: ${r.applied} object(s) applied${r.deleted.length ? `, deleted ${r.deleted.join(', ')}` : ''}${reinstalled === null ? '' : `, on the mesh re-installed with its values (${(reinstalled / 1000).toFixed(1)} s)`}`);
        await sideRollouts(stage.cluster, sides[side]);
        for (const [i, path] of paths.entries())
            probes.push(await probeSide(deps, stage, side, path, path, expected[side][i]));
    };
    return perScenario(o, paths, order, (i, scenario) => runInterleaved(stage.exec, loadTarget(paths[i], stage.clients.head[i], scenario), scenario, order, {
        switchTo,
        // The counters are read around the measured work only: the probe and the other side are left out.
        sample: async (repetition, work) => stage.recorders[onSide].around(onSide, () => stage.sampler.during(repetition, work)),
        log,
        now: deps.now,
        level: levelOf(o, scenario, log),
    }));
}
/**
 * Puts the mesh on the side's values when they are per side and the mesh runs the other side's: re-installed in
 * place, waited for until its data plane runs them (the installer's reconfigure). Returns how long it took in ms;
 * null when nothing was re-installed (values not per side, or already the side's: repetitions of one side, or a
 * scenario that starts on the side the previous one ended on).
 */
async function meshFor(deps, mesh, side) {
    if (!mesh.values.perSide || mesh.on === side)
        return null;
    const installer = mesh.installer;
    if (!(0,mesh_installer/* canReconfigure */.K8)(installer))
        throw new Error(`${installer.mesh}: its installer cannot re-install`);
    const file = mesh.values.path[side];
    deps.log(`switching to ${side}: re-installing ${installer.mesh} with the ${side}'s mesh values (${file ?? 'none'})`);
    const started = deps.now();
    const print = await named(() => installer.reconfigure(file), (m, cause) => new mesh_installer/* MeshInstallError */.Dm(`${installer.mesh}: re-installing with the ${side}'s values: ${m}`, { cause }));
    mesh.on = side;
    mesh.prints[side] = print;
    const took = deps.now() - started;
    deps.log(`mesh ${print.name} re-installed with the ${side}'s values in ${(took / 1000).toFixed(1)} s (${print.profile})`);
    return took;
}
/**
 * Every scenario on every path, in order, each side's runs kept per scenario; with several paths a scenario's
 * results are named after the path (`echo-1k@shop/cart`).
 */
async function perScenario(o, paths, sides, measure) {
    const bySide = { base: [], head: [] };
    for (const [i, path] of paths.entries()) {
        for (const scenario of o.scenarios) {
            const out = await measure(i, scenario);
            const named = paths.length > 1 ? { ...scenario, name: `${scenario.name}@${path.id}` } : scenario;
            for (const side of sides)
                bySide[side].push({ scenario: named, runs: out[side] });
        }
    }
    return bySide;
}
/** The looks of a sequential scenario (after every block, with the compare's own verdict); none for a fixed one. */
function levelOf(o, scenario, log) {
    return scenario.sequential ? sequentialLook(scenario, o.config, o.scenarios.length, log) : undefined;
}
/**
 * The simultaneous layout: both sides' objects in force at once (each side's in its copies of the path's
 * namespaces), both copies probed, and every scenario loaded on both copies at the same time. The resource samples
 * are split by copy: a container of a side's copy namespaces is that side's; the node-level data plane (ztunnel,
 * cilium-agent) serves both copies at once and cannot be split, so it is left out of both and the results say so.
 */
async function measureSimultaneous(deps, o, paths, stage, copies, switcher, probes, expected) {
    const { log } = deps;
    const sides = ['base', 'head'];
    const both = {
        name: 'head',
        ref: null,
        objects: (0,layout/* onceEach */.fF)(sides.flatMap((side) => stage.sides[side].objects), (c) => c.object),
    };
    const r = await switcher.switchTo(both);
    log(`applied both sides at once, each in its copy of the paths: ${r.applied} object(s)`);
    await sideRollouts(stage.cluster, both);
    for (const side of sides)
        for (const [i, path] of paths.entries())
            probes.push(await probeSide(deps, stage, side, path, copies[side].paths[i], expected[side][i]));
    const own = (side) => new Set(copies[side].paths.flatMap((p) => [p.client.namespace, p.server.namespace]));
    const ownNamespaces = { base: own('base'), head: own('head') };
    const shared = new Set();
    const split = (sample, side) => {
        if (!sample)
            return null;
        for (const c of sample.containers)
            if (c.role === 'data-plane' && !ownNamespaces[side].has(c.namespace))
                shared.add(c.container);
        return { ...sample, containers: sample.containers.filter((c) => ownNamespaces[side].has(c.namespace)) };
    };
    const bySide = await perScenario(o, paths, sides, (i, scenario) => runSimultaneous(stage.exec, {
        base: loadTarget(copies.base.paths[i], stage.clients.base[i], scenario),
        head: loadTarget(copies.head.paths[i], stage.clients.head[i], scenario),
    }, scenario, {
        sample: async (repetition, work) => {
            const { result, sample } = await stage.recorders.base.around('base', () => stage.recorders.head.around('head', () => stage.sampler.during(repetition, work)));
            return { result, samples: { base: split(sample, 'base'), head: split(sample, 'head') } };
        },
        log,
        now: deps.now,
        level: levelOf(o, scenario, log),
    }));
    if (shared.size)
        stage.notes.push(`Simultaneous layout: the node-level data plane (${[...shared].sort().join(', ')}) served both sides at once, so its CPU and memory are in neither side's resource samples and were not compared.`);
    return bySide;
}
/** Where a path's load runs (the path's client pod) and what it loads. */
function loadTarget(path, pod, scenario) {
    return { namespace: path.client.namespace, pod, container: 'fortio', url: pathUrl(path, scenario.protocol) };
}
/**
 * A side that changes a Deployment (a stand-in's annotations, a proxy in front of the server) is in force once that
 * rollout is complete, not when the API server took the object.
 */
async function sideRollouts(cluster, side) {
    for (const { object } of side.objects) {
        if (object.kind !== 'Deployment' || !String(object.apiVersion).startsWith('apps/'))
            continue;
        const meta = object.metadata;
        await (0,wait/* waitForRollout */.gj)(cluster, meta.namespace ?? 'default', String(meta.name), profiles/* BUDGET */.o3.rolloutSeconds * 1000);
    }
}
/** The live probe after a switch: plaintext from the unmeshed pod, until it sees what the side's configuration says. */
async function probeSide(deps, stage, side, path, 
/** The copy of the path the side runs on (the path itself when the sides alternate). */
runPath, want) {
    // Converged when the data plane does what the configuration says: plaintext refused under STRICT.
    const seen = await expectPlaintext(stage.exec, { namespace: workloads/* PROBE_NAMESPACE */.l8, pod: stage.probePod, container: 'fortio', url: pathUrl(runPath, 'http') }, want, profiles/* BUDGET */.o3.convergeSeconds * 1000);
    deps.log(seen.converged
        ? `live probe (${side}, ${path.id}): plaintext ${seen.outcome}, as the configuration says`
        : `live probe (${side}, ${path.id}): plaintext ${seen.outcome} but the configuration says ${want} (${seen.detail})`);
    return { side, path: path.id, expected: want, ...seen };
}
function verifiedBy(t) {
    return t.verifiedBy === 'published' ? `from ${t.checksumUrl}` : t.verifiedBy;
}
/**
 * The validator over a side's objects as the run applies them (the stand-ins in place of the configuration's
 * workloads, with their labels, annotations and containers) plus the gate's own clients and server, so every
 * path's server and client mode is predicted. The gate's own rows in its namespace are shown, not held to the
 * requirement, unless a configuration object decides them (a mesh-wide policy).
 */
function predict(o, side, base) {
    const paths = pathsOf(o);
    const placement = { nodeLabels: null, images: workloads/* DEFAULT_IMAGES */.B8 };
    // The probe is unmeshed on purpose (it must send plaintext), so it is no workload of the mesh under test: judged,
    // it would be a DISABLE row that fails every `require: strict` run.
    const judged = (0,stand_ins/* gateObjects */.KX)(paths, side, { mesh: install/* INSTALLERS */.UP[o.meshName], ...placement }).filter((object) => {
        const meta = object.metadata;
        return meta.namespace !== workloads/* PROBE_NAMESPACE */.l8 && meta.name !== workloads/* PROBE_NAMESPACE */.l8;
    });
    const loaded = (s) => {
        const asRun = (0,stand_ins/* sideAsRun */.tn)(s, paths, o.meshName, placement);
        const keys = new Set(asRun.objects.map((c) => objectId(c.object)));
        return {
            objects: [
                // The configuration's Namespace, when it has one, is the one the run applies.
                ...judged
                    .filter((object) => !keys.has(objectId(object)))
                    .map((object) => ({ object: object, origin: { file: stand_ins/* GATE_ORIGIN */.n1, line: null } })),
                ...asRun.objects.map((c) => ({ object: c.object, origin: c.origin })),
            ],
            values: (0,stand_ins/* valuesAsRun */.Ut)(s, o.meshName),
        };
    };
    return (0,validate/* validateLoaded */.sQ)(loaded(side), base ? loaded(base) : null, o.require, o.meshName, undefined, undefined, {
        shownOnly: gateRowShownOnly,
    });
}
const objectId = (o) => `${String(o.kind)}/${String(o.metadata?.namespace ?? '')}/${String(o.metadata?.name)}`;
/** A row of the gate's namespace (or a side's copy of it) that no configuration object decides: the gate's own workload at its default. */
function gateRowShownOnly(e) {
    return (0,layout/* gateNamespaces */.I0)().includes(e.namespace) && (e.decider === null || e.decider.file === stand_ins/* GATE_ORIGIN */.n1);
}
/** The row of a path's server (its workload-wide mode). */
function serverEntry(matrix, path) {
    return matrix.find((e) => isServerOf(e, path));
}
function isServerOf(e, path) {
    const server = (0,paths/* serverRowOf */.pv)(path);
    return e.namespace === server.namespace && e.workload === server.workload && e.port === null;
}
/** STRICT refuses plaintext; PERMISSIVE and DISABLE accept it. */
function plaintextFor(entry) {
    return entry?.mode === 'STRICT' ? 'refused' : 'accepted';
}
/** The nodes that run pods of the given namespaces. */
async function nodesOf(cluster, namespaces) {
    const nodes = new Set();
    for (const ns of namespaces) {
        const pods = (await cluster.objects.list('v1', 'Pod', ns)).items;
        for (const p of pods)
            if (p.spec?.nodeName)
                nodes.add(p.spec.nodeName);
    }
    return [...nodes].sort();
}
/** The name of a running pod that a label selector (`app=x`) picks in a namespace. */
async function podOf(cluster, namespace, selector) {
    const pods = (await cluster.objects.list('v1', 'Pod', namespace, undefined, undefined, undefined, undefined, selector)).items;
    const running = pods.find((p) => p.status?.phase === 'Running');
    if (!running)
        throw new Error(`no running pod with ${selector} in ${namespace}`);
    return running.metadata.name;
}
function resultsOf(scenarios, record, validation, side) {
    const parts = scenarios.map(({ scenario, runs }) => buildResults(runs.runs, runs.samples, {
        scenario: scenario.name,
        maxRepetitions: scenario.sequential ? scenario.repetitions : null,
        ...record.fingerprint,
        mesh: record.meshBySide[side],
    }));
    const results = { ...parts[0], scenarios: parts.flatMap((p) => p.scenarios) };
    const reading = record.telemetry.find((t) => t.side === side)?.reading;
    const first = record.paths[0];
    results.mtls = {
        mesh: validation.mesh,
        entries: validation.entries.map((e) => {
            const path = record.paths.find((p) => isServerOf(e, p));
            const probe = path
                ? record.probes.filter((p) => p.side === side && p.path === path.id).at(-1)
                : undefined;
            const read = reading && isServerOf(e, first);
            return {
                ...e,
                live: probe ? probe.outcome : 'not-probed',
                telemetry: read ? reading.outcome : 'not-read',
                ...(read ? { telemetryDetail: reading.detail } : {}),
            };
        }),
    };
    results.paths = record.runPaths[side].map((p) => ({
        id: p.id,
        client: endOf(p.client),
        server: endOf(p.server),
        url: pathUrl(p, 'http'),
    }));
    results.layout = record.layout;
    return results;
}
function endOf(e) {
    return { namespace: e.namespace, workload: e.workload, labels: e.labels, ports: e.ports.map((p) => p.port) };
}
/** The mTLS check of a measured run: the validator's findings and the live probe's, failed by any error. */
function mtlsOutcomeOf(result) {
    const findings = [...result.validation.findings, ...liveFindings(result)];
    return { verdict: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings };
}
/**
 * A live probe that never saw what the configuration says is an error finding: the mesh does not enforce it. So is
 * telemetry that contradicts the prediction; telemetry that cannot confirm it is a warning.
 */
function liveFindings(result) {
    const probes = result.probes
        .filter((p) => !p.converged)
        .map((p) => (0,model/* finding */.gk)('error', 'mtls-live-mismatch', `live probe (${p.side}): plaintext from an unmeshed pod to the server of path ${p.path} was ${p.outcome}, but the configuration says it must be ${p.expected} (${p.detail})`, null));
    return [...probes, ...result.telemetry.flatMap((t) => t.findings)];
}


/***/ }),

/***/ 80708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ valuesChangeOf),
/* harmony export */   _K: () => (/* binding */ meshValuesFile),
/* harmony export */   zk: () => (/* binding */ installedValues)
/* harmony export */ });
/* unused harmony export BASE_VALUES_FOLDER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mesh_pr_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93990);
/**
 * The mesh values file (`--mesh-values`, the gate config's `mesh.values`) as each side has it, decided once per run
 * for the plan and the run alike: the head's is the file as it is; the base's is the file at the base ref, written
 * to the run's temp folder since the install reads a file, or none when the base ref had none; a file outside the
 * repository is the same for both sides. When the sides differ and the mesh's installer can re-install it in place
 * (`MeshInstaller.reconfigure`), each side runs on its own values: the mesh is installed with the first side's (the
 * base) and re-installed with the other side's at each switch. Otherwise the mesh is installed once, with the head's,
 * and the change is not measured.
 */



/** Where the base's values file is written, in the run's temp folder (and in the plan's files/). */
const BASE_VALUES_FOLDER = 'base-mesh-values';
/** The values file of each side (see the module comment); `path` is the file as given, already checked readable. */
async function meshValuesFile(repo, path, baseRef, tempDir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    const inRepo = rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : null;
    const head = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    const same = { base: baseRef === null ? undefined : path, head: path };
    if (!inRepo || baseRef === null)
        return {
            name: inRepo ?? path,
            inRepo,
            baseRef,
            text: { base: baseRef === null ? null : head, head },
            path: same,
            planned: null,
            differs: false,
        };
    const base = await (0,_mesh_pr_config_js__WEBPACK_IMPORTED_MODULE_2__/* .gitIn */ .uM)(repo)(['show', `${baseRef}:${inRepo}`]).catch(() => null);
    const common = { name: inRepo, inRepo, baseRef, text: { base, head } };
    if (base === head)
        return { ...common, path: same, planned: null, differs: false };
    if (base === null)
        return { ...common, path: { base: undefined, head: path }, planned: null, differs: true };
    if (!tempDir)
        throw new Error("the base's mesh values need the run's temp folder");
    const planned = {
        path: `${BASE_VALUES_FOLDER}/${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(inRepo)}`,
        content: base,
        why: `the mesh values ${inRepo} as ${baseRef} has them: the base side's install values`,
    };
    const written = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, planned.path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(written), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(written, base);
    return { ...common, path: { base: written, head: path }, planned, differs: true };
}
/** The values the mesh is installed with before the first side is applied: the first side's, else the head's. */
function installedValues(v, first) {
    return v.perSide ? v.path[first] : v.path.head;
}
function valuesChangeOf(file, perSide) {
    if (!file.differs)
        return null;
    const since = `the mesh values ${file.text.base === null ? `are new since ${file.baseRef}` : `differ from ${file.baseRef}'s`}`;
    return {
        name: file.name,
        change: file.text.base === null ? 'added' : 'modified',
        measured: perSide,
        reason: perSide
            ? `install-time: ${since}; each side runs on its own values (the mesh is re-installed with the side's values at each switch)`
            : `install-time: ${since}; the mesh is installed once, with the head's values, for both sides`,
    };
}


/***/ }),

/***/ 71594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   AC: () => (/* binding */ planPaths),
/* harmony export */   Dr: () => (/* binding */ gatePath),
/* harmony export */   OU: () => (/* binding */ reachCrosses),
/* harmony export */   TG: () => (/* reexport safe */ _results_schema_js__WEBPACK_IMPORTED_MODULE_6__.TG),
/* harmony export */   fo: () => (/* binding */ scopeContextOf),
/* harmony export */   pv: () => (/* binding */ serverRowOf),
/* harmony export */   vb: () => (/* binding */ changedObjects)
/* harmony export */ });
/* unused harmony export MAX_DERIVED_PATHS */
/* harmony import */ var _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29210);
/* harmony import */ var _mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51350);
/* harmony import */ var _mtls_istio_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23150);
/* harmony import */ var _mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83436);
/* harmony import */ var _mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82242);
/* harmony import */ var _mtls_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19413);
/* harmony import */ var _results_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66303);








/** At most this many paths are derived from the change; `targets` pins others. */
const MAX_DERIVED_PATHS = 2;
/** The validator's row of a path's server: its stand-in is a Deployment of the server's name (stand-ins.ts). */
function serverRowOf(path) {
    return { namespace: path.server.namespace, workload: `Deployment/${path.server.workload}` };
}
/** The gate's own path, as the run measured it before paths followed the change. */
function gatePath() {
    const ports = [
        { name: 'http', port: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PORT */ .Xp },
        { name: 'grpc', port: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GRPC_PORT */ .ps },
    ];
    return {
        id: `${_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x}/${_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv}`,
        gateDefault: true,
        client: {
            namespace: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x,
            workload: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$,
            labels: { app: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$ },
            ports: [],
            serviceAccount: null,
            from: 'the gate',
        },
        server: {
            namespace: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x,
            workload: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv,
            labels: { app: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv },
            ports,
            serviceAccount: null,
            from: 'the gate',
            service: { name: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv, ports: ports.map((p) => ({ ...p, targetPort: p.port })) },
            host: `${_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv}.${_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x}.svc.cluster.local`,
            httpPort: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PORT */ .Xp,
            grpcPort: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GRPC_PORT */ .ps,
        },
    };
}
/** The identity of an object across sides (group, kind, namespace, name); objects without one land in `default`. */
function identity(o) {
    const v = String(o.apiVersion ?? '');
    const group = v.includes('/') ? v.split('/')[0] : '';
    return `${group}/${String(o.kind)}/${o.kind === 'Namespace' ? '' : (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .namespaceOf */ .N6)(o)}/${String(o.metadata?.name ?? '')}`;
}
/** Same contents, whatever the order of keys. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object')
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function changedObjects(head, base) {
    const sourced = (c) => ({ object: c.object, origin: c.origin });
    if (!base)
        return head.objects.map((c) => ({ sourced: sourced(c), side: 'head', change: 'added' }));
    const before = new Map(base.objects.map((c) => [identity(c.object), c]));
    const after = new Map(head.objects.map((c) => [identity(c.object), c]));
    const out = [];
    for (const [key, c] of after) {
        const old = before.get(key);
        if (!old)
            out.push({ sourced: sourced(c), side: 'head', change: 'added' });
        else if (canonical(old.object) !== canonical(c.object))
            out.push({ sourced: sourced(c), side: 'head', change: 'modified' });
    }
    for (const [key, c] of before)
        if (!after.has(key))
            out.push({ sourced: sourced(c), side: 'base', change: 'deleted' });
    return out;
}
const originOf = (o) => o.origin.file ? `${o.origin.file}${o.origin.line ? `:${o.origin.line}` : ''}` : null;
/** The side's objects as the mesh's answers read them (built once per side: the inventory reads every object). */
function scopeContextOf(side) {
    const objects = side.objects.map((c) => ({ object: c.object, origin: c.origin }));
    return {
        inventory: (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .buildInventory */ .Rs)(objects),
        objects,
        rootNamespace: (0,_mtls_istio_js__WEBPACK_IMPORTED_MODULE_2__/* .istioRootNamespace */ .UK)({ objects }) ?? _mtls_istio_js__WEBPACK_IMPORTED_MODULE_2__/* .ISTIO_ROOT_NAMESPACE */ .qc,
    };
}
/** The workloads (by namespace/name) a reach governs as a server, found in the sides' manifests or named by it. */
function serverCandidates(reach, invs) {
    if (reach.side === 'server') {
        if (reach.pods.namespace === '*')
            return [];
        const found = invs
            .flatMap((inv) => inv.workloads)
            .filter((w) => w.kind !== 'Selection' && (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .picks */ .hI)(reach.pods, w))
            .map((w) => ({ namespace: w.namespace, workload: w.name.split('/')[1] }));
        if (found.length)
            return found;
        if (!reach.pods.selector)
            return [];
        const labels = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .representativeLabels */ .Vh)(reach.pods.selector);
        const service = invs
            .flatMap((inv) => inv.services)
            .find((s) => s.namespace === reach.pods.namespace &&
            Object.keys(s.selector).length > 0 &&
            (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorMatches */ .de)({ matchLabels: s.selector }, labels));
        const name = service?.name ?? labels.app ?? labels['app.kubernetes.io/name'];
        return name ? [{ namespace: reach.pods.namespace, workload: name }] : [];
    }
    if (reach.side === 'host') {
        const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(reach.host);
        if (!m)
            return [];
        const service = invs.flatMap((inv) => inv.services).find((s) => s.name === m[1] && s.namespace === m[2]);
        const workload = service
            ? invs
                .flatMap((inv) => inv.workloads)
                .find((w) => w.namespace === m[2] &&
                Object.keys(service.selector).length > 0 &&
                (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorMatches */ .de)({ matchLabels: service.selector }, w.labels))
            : undefined;
        return [{ namespace: m[2], workload: workload ? workload.name.split('/')[1] : m[1] }];
    }
    return [];
}
/** The server end of a path for `namespace/workload`, from the head's (else the base's) manifests. */
function serverEnd(namespace, workload, input) {
    const sides = [input.head, ...(input.base ? [input.base] : [])];
    const manifest = sides
        .flatMap((s) => s.objects)
        .find((c) => (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .podTemplateOf */ .D0)(c.object) !== null &&
        (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .namespaceOf */ .N6)(c.object) === namespace &&
        c.object.metadata?.name === workload);
    const services = sides
        .flatMap((s) => s.objects)
        .filter((c) => c.object.kind === 'Service' && c.object.apiVersion === 'v1' && (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .namespaceOf */ .N6)(c.object) === namespace);
    let labels;
    let ports = [];
    let serviceAccount = null;
    let from;
    if (manifest) {
        const template = (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .podTemplateOf */ .D0)(manifest.object);
        labels = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)((0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(template, ['metadata', 'labels']));
        ports = (0,_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .applicationPorts */ .jM)(template);
        const sa = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(template, ['spec', 'serviceAccountName']);
        serviceAccount = typeof sa === 'string' && sa !== '' ? sa : null;
        from = `${manifest.object.kind} ${namespace}/${workload} (${originOf(manifest) ?? 'configuration'})`;
    }
    else {
        const byName = services.find((c) => c.object.metadata?.name === workload);
        const selector = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)((0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(byName?.object, ['spec', 'selector']));
        labels = Object.keys(selector).length ? selector : { app: workload };
        from = byName
            ? `the selector of Service ${namespace}/${workload} (${originOf(byName) ?? 'configuration'})`
            : `the name ${workload} (no manifest of it in the configuration: labels app=${workload})`;
    }
    const service = services.find((c) => c.object.metadata?.name === workload) ??
        services.find((c) => {
            const sel = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)((0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(c.object, ['spec', 'selector']));
            return Object.keys(sel).length > 0 && (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorMatches */ .de)({ matchLabels: sel }, labels);
        });
    const servicePorts = service ? servicePortsOf(service.object) : [];
    if (ports.length === 0)
        ports = servicePorts.length
            ? servicePorts.map((p) => ({
                name: p.name,
                port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
            }))
            : [{ name: 'http', port: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PORT */ .Xp }];
    const listeners = (0,_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .fortioListeners */ .dq)(ports);
    const grpc = listeners.grpc;
    const http = listeners.http ?? ports[0];
    const svcPorts = servicePorts.length
        ? servicePorts
        : ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port }));
    // The Service port whose target is the HTTP port (by number or name); else its first port.
    const target = (p, want) => p.targetPort === want.port || (want.name !== null && p.targetPort === want.name);
    const httpPort = (svcPorts.find((p) => target(p, http)) ?? svcPorts[0]).port;
    const grpcPort = grpc ? (svcPorts.find((p) => target(p, grpc))?.port ?? null) : null;
    const serviceName = service ? String(service.object.metadata?.name) : workload;
    return {
        namespace,
        workload,
        labels,
        ports,
        serviceAccount,
        from,
        service: { name: serviceName, ports: svcPorts },
        host: `${serviceName}.${namespace}.svc.cluster.local`,
        httpPort,
        grpcPort,
    };
}
function servicePortsOf(service) {
    const ports = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(service, ['spec', 'ports']);
    return (Array.isArray(ports) ? ports : []).map((p) => {
        const port = Number((0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(p, ['port']));
        const t = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(p, ['targetPort']);
        return {
            name: typeof (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(p, ['name']) === 'string' ? String((0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .get */ .Jt)(p, ['name'])) : null,
            port,
            targetPort: typeof t === 'number' || typeof t === 'string' ? t : port,
        };
    });
}
/** Whether a reach governs the traffic of a path: its server pods, its host from its client, or its client pods. */
function reachCrosses(reach, path) {
    if (reach.side === 'server') {
        if (!(0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .picks */ .hI)(reach.pods, path.server))
            return false;
        const ports = reach.pods.ports;
        return (!ports ||
            ports.some((p) => path.server.ports.some((q) => (typeof p === 'number' ? q.port === p : q.name === p))));
    }
    if (reach.side === 'host')
        return ((0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .hostMatches */ ._y)(reach.host, path.server.host) &&
            (reach.clients === '*' || reach.clients.includes(path.client.namespace)));
    return (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .picks */ .hI)(reach.pods, path.client);
}
/** Why a scoped object is on no path, in the words of the coverage table. */
function whyNotCrossed(reach) {
    const parts = reach.map((r) => {
        if (r.side === 'host')
            return `another host (${r.host})${r.clients === '*' ? '' : ` for clients in ${r.clients.join(', ')}`}`;
        const sel = r.pods.selector ? selectorText(r.pods.selector) : 'every pod';
        const where = r.pods.namespace === '*' ? 'any namespace' : r.pods.namespace;
        return `${r.side === 'server' ? 'a selector' : 'clients'} no stand-in carries (${sel} in ${where}${r.pods.ports ? `, ports ${r.pods.ports.join(', ')}` : ''})`;
    });
    return [...new Set(parts)].join('; ');
}
function selectorText(s) {
    const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of s.matchExpressions ?? [])
        parts.push(`${e.key} ${e.operator}${e.values ? ` (${e.values.join(',')})` : ''}`);
    return `{${parts.join(',')}}`;
}
/** The client end of a path: where the objects that govern its server let clients in, else the gate's namespace. */
function clientEnd(server, answers) {
    const probe = { id: '', client: gatePath().client, server, gateDefault: false };
    let namespace = null;
    let serviceAccount = null;
    let from = 'the gate';
    for (const a of answers) {
        if (a.scope !== 'scoped')
            continue;
        for (const r of a.reach) {
            if (namespace)
                break;
            if (r.side === 'server' && r.from?.namespace && reachCrosses(r, probe)) {
                namespace = r.from.namespace;
                serviceAccount = r.from.serviceAccount ?? null;
                from = `the allowed source of a policy on ${server.namespace}/${server.workload}`;
            }
            else if (r.side === 'host' && r.clients !== '*' && (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .hostMatches */ ._y)(r.host, server.host)) {
                namespace = r.clients[0];
                from = `the namespaces ${r.host} is exported to`;
            }
        }
    }
    // Client-side objects of that namespace (a Sidecar, a DestinationRule's workloadSelector) pick the client by labels.
    const labels = { app: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$ };
    for (const a of answers) {
        if (a.scope !== 'scoped' || !namespace)
            continue;
        for (const r of a.reach)
            if (r.side === 'client' &&
                r.pods.namespace === namespace &&
                r.pods.selector &&
                (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .canSelect */ .BY)(r.pods.selector))
                Object.assign(labels, (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .representativeLabels */ .Vh)(r.pods.selector));
    }
    return {
        namespace: namespace ?? _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x,
        workload: _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$,
        labels,
        ports: [],
        serviceAccount,
        from,
    };
}
/** The paths to measure and what each changed object is to them. */
function planPaths(input) {
    const changed = changedObjects(input.head, input.base);
    const head = scopeContextOf(input.head);
    const base = input.base ? scopeContextOf(input.base) : null;
    const answers = changed.map((c) => (0,_mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__/* .changeAppliesTo */ .cu)(c.sourced, input.mesh, c.side === 'head' ? head : base));
    // Every side's inventory, head first (a workload's head manifest wins over its base one).
    const invs = [head.inventory, ...(base ? [base.inventory] : [])];
    let rule;
    let chosen;
    if (input.targets.length > 0) {
        chosen = input.targets.map((t) => {
            const [namespace, workload] = t.split('/');
            return { namespace, workload };
        });
        rule = `the gate config's targets: ${input.targets.join(', ')}`;
    }
    else {
        const candidates = new Map();
        answers.forEach((a, i) => {
            if (a.scope !== 'scoped')
                return;
            const seen = new Set();
            for (const r of a.reach)
                for (const c of serverCandidates(r, invs)) {
                    const key = `${c.namespace}/${c.workload}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    const old = candidates.get(key);
                    candidates.set(key, { ...c, score: (old?.score ?? 0) + 1, order: old?.order ?? i });
                }
        });
        const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.order - b.order);
        chosen = ranked.slice(0, MAX_DERIVED_PATHS);
        rule =
            ranked.length === 0
                ? 'no changed object reaches a workload or Service host: the gate’s own path'
                : `the workloads the changed objects reach, most reached first, at most ${MAX_DERIVED_PATHS}` +
                    (ranked.length > MAX_DERIVED_PATHS
                        ? ` (${ranked.length - MAX_DERIVED_PATHS} more left out: ${ranked
                            .slice(MAX_DERIVED_PATHS)
                            .map((c) => `${c.namespace}/${c.workload}`)
                            .join(', ')}; pin them with targets)`
                        : '');
    }
    const paths = chosen.length
        ? chosen.map(({ namespace, workload }) => {
            const server = serverEnd(namespace, workload, input);
            return {
                id: `${namespace}/${workload}`,
                server,
                client: clientEnd(server, answers),
                gateDefault: false,
            };
        })
        : [gatePath()];
    const coverage = changed.map((c, i) => {
        const a = answers[i];
        const meta = c.sourced.object.metadata ?? {};
        const kind = String(c.sourced.object.kind);
        const row = {
            kind,
            // A cluster-scoped object has no namespace (namespaceOf would put it in `default`).
            namespace: (0,_mtls_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isClusterScoped */ .Z6)(kind) ? null : (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_4__/* .namespaceOf */ .N6)(c.sourced.object),
            name: String(meta.name ?? ''),
            origin: originOf(c.sourced),
            change: c.change,
        };
        if (a.scope === 'mesh-wide')
            return { ...row, status: 'mesh-wide', reason: a.why, paths: paths.map((p) => p.id) };
        if (a.scope !== 'scoped')
            return {
                ...row,
                status: 'not-measured',
                reason: a.scope === 'install' ? `install-time: ${a.why}; both sides run on one installation` : a.why,
                paths: [],
            };
        const crossing = paths.filter((p) => a.reach.some((r) => reachCrosses(r, p))).map((p) => p.id);
        return crossing.length
            ? { ...row, status: 'on-path', reason: `crossed by ${crossing.join(', ')}`, paths: crossing }
            : { ...row, status: 'not-measured', reason: whyNotCrossed(a.reach), paths: [] };
    });
    for (const v of input.valuesChanges ?? [])
        coverage.push({
            kind: _results_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .MESH_VALUES */ .TG,
            namespace: null,
            name: v.name,
            ...(v.measured
                ? {
                    status: 'on-path',
                    reason: `${v.reason}: crossed by ${paths.map((p) => p.id).join(', ')}`,
                    paths: paths.map((p) => p.id),
                }
                : { status: 'not-measured', reason: v.reason, paths: [] }),
            origin: v.name,
            change: v.change,
        });
    return { paths, coverage, rule };
}


/***/ }),

/***/ 46738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ scenariosFor),
/* harmony export */   o3: () => (/* binding */ BUDGET)
/* harmony export */ });
/* unused harmony exports PROFILE_SCENARIOS, SIMULTANEOUS_MAX_REPETITIONS, TYPICAL, loadSeconds, switchesFor, layoutLoadSeconds */
/* harmony import */ var _results_fortio_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97601);

const scenario = (s) => ({
    protocol: 'http',
    qps: 1000,
    connections: 16,
    durationSeconds: 30,
    payloadBytes: 1024,
    warmupSeconds: 10,
    repetitions: 5,
    sequential: false,
    segment: 1,
    ...s,
});
const PROFILE_SCENARIOS = {
    quick: [scenario({ name: 'echo-1k', durationSeconds: 10, repetitions: 12, sequential: true, segment: 2 })],
    thorough: [
        scenario({ name: 'echo-1k', durationSeconds: 60, repetitions: 10 }),
        scenario({ name: 'grpc-500', protocol: 'grpc', qps: 500, durationSeconds: 60, repetitions: 10 }),
    ],
    published: [
        scenario({
            name: 'echo-10k',
            qps: 10_000,
            connections: 64,
            durationSeconds: 300,
            repetitions: 3,
            warmupSeconds: 30,
        }),
    ],
};
/**
 * The scenarios each measured path runs. Several paths share the profile's budget: each gets its share of the
 * repetitions (at least 4 per side for a sequential scenario, whose first look is after 4, rounded up to whole
 * segments of 2; at least 2 for a fixed one), so two paths cost about what one did.
 */
function scenariosFor(config, profile, paths = 1, design = 'alternating') {
    const share = (s) => paths <= 1
        ? s
        : {
            ...s,
            repetitions: s.sequential
                ? Math.max(4, 2 * Math.ceil(s.repetitions / paths / 2))
                : Math.max(2, Math.ceil(s.repetitions / paths)),
        };
    return configuredScenarios(config, profile)
        .map((s) => (design === 'simultaneous' ? simultaneous(s, config) : s))
        .map(share);
}
/**
 * The most repetitions per side of a profile's sequential scenario when both sides run at once. Without switches,
 * the quick profile's budget (680 s of load) holds a warm-up, one convergence and 60 repetitions of 10 s
 * (10 + 60 + 600 = 670 s); looks stay every 4 repetitions from 4, and an unchanged PR on a quiet runner stops after
 * about 17 (`bench/designs.ts`, docs/statistics.md).
 */
const SIMULTANEOUS_MAX_REPETITIONS = 60;
/**
 * A profile's sequential scenario in the simultaneous layout: up to SIMULTANEOUS_MAX_REPETITIONS per side, since no
 * time goes to switches. A gate config's own scenarios and `statistics.max-repetitions` are kept as written.
 */
function simultaneous(s, config) {
    if (!s.sequential || config.scenarios.length > 0 || config.maxRepetitions !== null)
        return s;
    return { ...s, repetitions: SIMULTANEOUS_MAX_REPETITIONS, segment: 1 };
}
function configuredScenarios(config, profile) {
    if (config.scenarios.length === 0)
        return PROFILE_SCENARIOS[profile];
    return config.scenarios.map((s) => ({
        name: s.name,
        protocol: s.protocol,
        qps: s.qps,
        connections: s.connections,
        durationSeconds: (0,_results_fortio_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoDuration */ .Qu)(s.duration) ?? 30,
        payloadBytes: s['payload-bytes'],
        warmupSeconds: (0,_results_fortio_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoDuration */ .Qu)(s.warmup) ?? 10,
        // statistics.max-repetitions makes every scenario sequential, up to that many repetitions per side.
        repetitions: config.maxRepetitions ?? s.repetitions,
        sequential: config.maxRepetitions !== null,
        segment: config.maxRepetitions !== null ? 2 : 1,
    }));
}
/** What set-up typically takes on a 4-vCPU runner (kind create ~1.5 min, a mesh ~1.5 min), for the plan. */
const TYPICAL = {
    clusterCreateSeconds: 90,
    meshInstallSeconds: 90,
    rolloutSeconds: 30,
    convergeSeconds: 5,
    /**
     * Sequential scenarios stop early on clear cases: alternating, an unchanged PR used 10.3 of 12 repetitions per
     * side on average (`npm run bench`, quiet pool, independent 5% noise; docs/statistics.md).
     */
    sequentialFraction: 10.3 / 12,
    /** Simultaneous: about 17 of SIMULTANEOUS_MAX_REPETITIONS (`bench/designs.ts`, independent 5% noise). */
    simultaneousFraction: 17 / 60,
};
/** Bounds the plan states and the run enforces. */
const BUDGET = {
    clusterCreateSeconds: 180,
    meshInstallSeconds: 300,
    rolloutSeconds: 180,
    /** Per configuration switch: until the live probe sees the data plane enforce the side. */
    convergeSeconds: 60,
};
/**
 * Load time of the scenarios, in seconds: both sides' warm-ups and repetitions, and the switches. Worst case by
 * default; `expected` takes sequential scenarios to stop after TYPICAL.sequentialFraction of their maximum.
 */
function loadSeconds(scenarios, sides, convergeSeconds = BUDGET.convergeSeconds, expected = false, fraction = TYPICAL.sequentialFraction) {
    return scenarios.reduce((total, full) => {
        const s = expected && full.sequential ? { ...full, repetitions: Math.round(full.repetitions * fraction) } : full;
        const switches = sides === 1 ? 1 : switchesFor(s);
        return total + sides * (s.warmupSeconds + s.repetitions * s.durationSeconds) + switches * convergeSeconds;
    }, 0);
}
/** Configuration switches of a two-sided scenario: one per segment boundary, plus the first. */
function switchesFor(s) {
    return Math.ceil(s.repetitions / s.segment) + 1;
}
/**
 * Load time of a layout (pipeline/layout.ts): alternating as `loadSeconds` with both sides; simultaneous runs both
 * sides at once on their copies, so its load is one side's: the same scenarios' warm-up and repetitions, one
 * convergence (both copies applied together, probed once), no switches.
 */
function layoutLoadSeconds(design, scenarios, sides, convergeSeconds = BUDGET.convergeSeconds, expected = false) {
    return design === 'simultaneous'
        ? loadSeconds(scenarios, 1, convergeSeconds, expected, TYPICAL.simultaneousFraction)
        : loadSeconds(scenarios, sides, convergeSeconds, expected);
}


/***/ }),

/***/ 92367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h4: () => (/* binding */ configSides),
  lk: () => (/* binding */ executeRun)
});

// UNUSED EXPORTS: planRun

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/k8s/manifests.ts
var manifests = __webpack_require__(67526);
// EXTERNAL MODULE: ./src/mesh/pr-config.ts
var pr_config = __webpack_require__(93990);
// EXTERNAL MODULE: ./src/mtls/crd-validation.ts + 1 modules
var crd_validation = __webpack_require__(97634);
// EXTERNAL MODULE: ./src/mtls/evaluate.ts
var evaluate = __webpack_require__(34473);
// EXTERNAL MODULE: ./src/load/workloads.ts
var workloads = __webpack_require__(29210);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
// EXTERNAL MODULE: ./src/pipeline/measure-on-cluster.ts + 5 modules
var measure_on_cluster = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/mesh/install.ts + 5 modules
var install = __webpack_require__(77361);
// EXTERNAL MODULE: ./src/mesh/installer.ts
var installer = __webpack_require__(99485);
// EXTERNAL MODULE: ./src/mtls/validate.ts + 1 modules
var validate = __webpack_require__(20768);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/tools/exec.ts
var exec = __webpack_require__(12122);
;// CONCATENATED MODULE: ./src/pipeline/plan-folder.ts
/**
 * The `--output` folder of a dry run. What is in it must be this plan and nothing of an earlier one: a previous
 * run's `manifests/base.yaml` left beside a plan without a base side would be read as part of it. So the folder is
 * new, empty, or one an earlier dry run wrote, whose entries (and only those) are replaced; any other folder is
 * refused rather than emptied, since `--output .` in a repository must never delete the repository's `manifests/`.
 */



/** Everything writePlan writes under the folder: the gate's own entries, and the only ones it removes. */
const PLAN_ENTRIES = (/* unused pure expression or super */ null && (['plan.md', 'plan.json', 'manifests', 'files']));
/** Makes `dir` ready for a new plan: removes a previous plan's entries, refuses a folder that holds something else. */
async function plan_folder_preparePlanFolder(dir) {
    const existing = await stat(dir).catch(() => null);
    if (!existing)
        return;
    if (!existing.isDirectory())
        throw new InputError('is a file; --output expects a folder for plan.md, plan.json, manifests/ and files/', dir);
    const entries = await readdir(dir);
    if (entries.length === 0)
        return;
    if (!(await holdsPlan(dir)))
        throw new InputError(`is not empty and holds no earlier plan (no plan.json of a dry run; it has ${listed(entries)}): --output ` +
            'expects a new or empty folder, or the folder of an earlier dry run, whose plan.md, plan.json, manifests/ ' +
            'and files/ are replaced', dir);
    for (const entry of PLAN_ENTRIES)
        await rm(join(dir, entry), { recursive: true, force: true });
}
/** An earlier dry run's plan.json: a JSON object with the plan's `plan` and `manifests` sections. */
async function holdsPlan(dir) {
    const text = await readFile(join(dir, 'plan.json'), 'utf8').catch(() => null);
    if (text === null)
        return false;
    try {
        const json = JSON.parse(text);
        return typeof json === 'object' && json !== null && 'plan' in json && 'manifests' in json;
    }
    catch {
        return false;
    }
}
function listed(entries) {
    const shown = entries.slice(0, 3).join(', ');
    return entries.length > 3 ? `${shown} and ${entries.length - 3} more` : shown;
}

// EXTERNAL MODULE: ./src/pipeline/profiles.ts
var profiles = __webpack_require__(46738);
;// CONCATENATED MODULE: ./src/pipeline/plan.ts
/**
 * The `--dry-run` plan: everything a reviewer reads before trusting a required check — the cluster config, every
 * download with version and checksum, every command, every manifest the gate would apply (its own workloads and
 * both sides of the PR's configuration), the scenarios and the time budget. Needs no cluster and no Docker.
 */








function plan_buildRunPlan(input) {
    // Every path measures every scenario, so the load's bound grows with the paths; `scenariosFor` shares the
    // sequential budget between them (pipeline/profiles.ts). Simultaneous sides load at once: one side's time.
    const design = input.layout.design;
    const sides = input.base ? 2 : 1;
    const paths = input.paths.paths.length;
    const load = layoutLoadSeconds(design, input.scenarios, sides) * paths;
    const expectedLoad = layoutLoadSeconds(design, input.scenarios, sides, TYPICAL.convergeSeconds, true) * paths;
    const meshReinstalls = input.meshReinstall ? reinstallBudget(input.scenarios, paths) : null;
    const budget = {
        cluster: BUDGET.clusterCreateSeconds,
        mesh: BUDGET.meshInstallSeconds,
        rollout: BUDGET.rolloutSeconds,
        load,
        total: BUDGET.clusterCreateSeconds +
            BUDGET.meshInstallSeconds +
            BUDGET.rolloutSeconds +
            load +
            (meshReinstalls?.seconds ?? 0),
        typicalTotal: TYPICAL.clusterCreateSeconds +
            TYPICAL.meshInstallSeconds +
            TYPICAL.rolloutSeconds +
            expectedLoad +
            (meshReinstalls?.expectedSeconds ?? 0),
        expectedLoad,
        meshReinstalls,
        design,
    };
    const perPath = new Map(input.layout.perPath.map((p) => [p.path, p]));
    return {
        mtls: input.mtls ?? [],
        paths: input.paths.paths.map((p) => ({
            ...p,
            layout: {
                design: perPath.get(p.id)?.design ?? design,
                reason: perPath.get(p.id)?.reason ?? input.layout.reason,
            },
        })),
        layout: {
            design,
            reason: input.layout.reason,
            namespaces: input.layout.copies
                ? { base: input.layout.copies.base.namespaces, head: input.layout.copies.head.namespaces }
                : null,
        },
        coverage: input.paths.coverage,
        pathRule: input.paths.rule,
        mtlsRequirement: input.mtlsRequirement,
        mtlsFindings: input.mtlsFindings ?? [],
        warnings: input.warnings ?? [],
        plan: mergePlans(input.provider.describe(), input.mesh.describe(), ...(input.meshReinstall ? [input.meshReinstall] : [])),
        verify: input.verify,
        meshCli: input.meshCli ?? null,
        manifests: {
            workloads: input.workloads,
            head: input.head.objects.map((o) => o.object),
            base: input.base ? input.base.objects.map((o) => o.object) : null,
        },
        scenarios: input.scenarios,
        budgetSeconds: budget,
    };
}
/**
 * The re-installs of a run whose sides each run on their own mesh values: one per switch between the sides
 * (`switchesFor` per scenario and path, less the first, which meets the installation of the first side), each bounded
 * as the install is (BUDGET.meshInstallSeconds) and typically as long as one (TYPICAL.meshInstallSeconds: an estimate,
 * not a measurement; a re-install rolls the same data plane the install started).
 */
function reinstallBudget(scenarios, paths) {
    const count = (expected) => Math.max(0, paths *
        scenarios.reduce((n, s) => n +
            switchesFor(expected && s.sequential
                ? { ...s, repetitions: Math.round(s.repetitions * TYPICAL.sequentialFraction) }
                : s), 0) -
        1);
    return {
        count: count(false),
        eachSeconds: BUDGET.meshInstallSeconds,
        seconds: count(false) * BUDGET.meshInstallSeconds,
        expectedSeconds: count(true) * TYPICAL.meshInstallSeconds,
    };
}
/** How a planned download will be verified; the digest a checksum file gives is logged and recorded at run time. */
function verification(d, verify) {
    if (d.sha256)
        return `sha256 \`${d.sha256}\` (${d.pinnedBy === 'user' ? 'given in the gate config' : 'pinned'})`;
    if (verify === 'pinned' || !d.checksumUrl)
        return '**REFUSED**: no SHA-256 is pinned for it and verify: pinned (give mesh.cli-sha256 or use verify: published)';
    return `sha256 from the release's checksum file ${d.checksumUrl} (logged and recorded in the results)`;
}
/** Each side's rows by (namespace, workload, port), the gate's server first; a side without a row for a port falls
 * back to its workload-wide row (as the validator compares them). */
function plan_predictedModes(head, base, server) {
    const key = (e) => `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`;
    const lookup = (rows, e) => rows.find((r) => key(r) === key(e)) ??
        (e.port !== null ? rows.find((r) => key(r) === key({ ...e, port: null })) : undefined);
    const all = new Map();
    for (const e of [...head, ...(base ?? [])])
        all.set(key(e), { namespace: e.namespace, workload: e.workload, port: e.port });
    const out = [...all.values()].map((e) => {
        const headRow = lookup(head, e);
        const h = headRow?.mode ?? null;
        const b = base ? (lookup(base, e)?.mode ?? null) : null;
        let change = null;
        if (base) {
            if (h && b)
                change = MODE_RANK[h] < MODE_RANK[b] ? 'weaker' : MODE_RANK[h] > MODE_RANK[b] ? 'stronger' : 'same';
            else
                change = h ? 'new' : 'gone';
        }
        return { ...e, base: b, head: h, change, decidedBy: headRow?.decidedBy ?? null };
    });
    const isServer = (m) => m.namespace === server.namespace && m.workload === server.workload;
    return out.sort((a, b) => Number(isServer(b)) - Number(isServer(a)) ||
        a.namespace.localeCompare(b.namespace) ||
        a.workload.localeCompare(b.workload) ||
        (a.port ?? -1) - (b.port ?? -1));
}
/** '*' is the validator's word for a mesh-wide or namespace-wide row; a reviewer reads words. */
const where = (m) => `${m.namespace === '*' ? 'every namespace' : m.namespace}/${m.workload === '*' ? 'every workload' : m.workload}` +
    (m.port === null ? '' : `:${m.port}`);
function renderModes(modes) {
    const hasBase = modes.some((m) => m.change !== null);
    const lines = ['## mTLS, as the validator predicts it (inbound mode per workload and port)', ''];
    lines.push(hasBase ? '| where | base | head | change | head decided by |' : '| where | head | head decided by |', hasBase ? '|---|---|---|---|---|' : '|---|---|---|');
    for (const m of modes) {
        const change = m.change === 'weaker' ? '**weaker**' : (m.change ?? '');
        const cells = hasBase
            ? [where(m), m.base ?? '—', m.head ?? '—', change, m.decidedBy ?? '—']
            : [where(m), m.head ?? '—', m.decidedBy ?? '—'];
        lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    }
    const weaker = modes.filter((m) => m.change === 'weaker');
    lines.push('', weaker.length
        ? `${weaker.length} row(s) weaker than on the base branch: ${weaker.map((m) => `${where(m)} ${m.base} → ${m.head}`).join('; ')}.`
        : hasBase
            ? 'Nothing is weaker than on the base branch.'
            : 'No base side: nothing to compare with.', '');
    return lines;
}
function renderPlan(p) {
    const lines = ['# mesh-mtls-gate run plan (dry run)', ''];
    if (p.warnings.length)
        lines.push('## Warnings', '', ...p.warnings.map((w) => `- ⚠️ ${w}`), '');
    lines.push(...renderPaths(p), ...renderCoverage(p.coverage));
    if (p.mtls.length)
        lines.push(...renderModes(p.mtls), ...renderFindings(p.mtlsFindings), ...renderRequirement(p.mtlsRequirement));
    lines.push(`## Downloads (each verified by SHA-256 before any cluster is created; verify: ${p.verify})`, '');
    if (p.plan.downloads.length === 0 && !p.meshCli)
        lines.push('none');
    for (const d of p.plan.downloads)
        lines.push(`- ${d.name} ${d.version}: ${d.url} — ${verification(d, p.verify)}`);
    if (p.meshCli)
        lines.push(`- the mesh CLI: nothing downloaded; \`${p.meshCli}\` (mesh-cli) runs as given, not verified by SHA-256, its version not checked against mesh-version`);
    lines.push('', '## Commands, in order', '');
    p.plan.commands.forEach((c, i) => lines.push(`${i + 1}. \`${formatCommand(c.command, c.args)}\` — ${c.why}`));
    lines.push('', '## Generated files', '');
    for (const f of p.plan.files)
        lines.push(`- \`${f.path}\` — ${f.why} (in files/)`);
    lines.push('', '## Manifests applied (server-side apply, field manager mesh-mtls-gate)', '');
    lines.push(`- the gate's workloads: ${p.manifests.workloads.length} object(s) (manifests/workloads.yaml)`);
    lines.push(`- the PR's configuration (head): ${p.manifests.head.length} object(s) (manifests/head.yaml)`);
    lines.push(!p.manifests.base
        ? '- no base side: the head is measured alone'
        : p.layout.design === 'simultaneous'
            ? `- the base branch's configuration: ${p.manifests.base.length} object(s) (manifests/base.yaml), on its copies of the paths' namespaces, at the same time as the head on its own`
            : `- the base branch's configuration: ${p.manifests.base.length} object(s) (manifests/base.yaml), alternated with the head A B B A`);
    lines.push('', '## Scenarios', '', '| name | protocol | QPS | connections | duration | payload | warm-up | repetitions |', '|---|---|---:|---:|---:|---:|---:|---:|');
    for (const s of p.scenarios) {
        lines.push(`| ${s.name} | ${s.protocol} | ${s.qps} | ${s.connections} | ${s.durationSeconds} s | ${s.payloadBytes} B | ${s.warmupSeconds} s | ${s.sequential ? `up to ${s.repetitions} (stops once clear)` : s.repetitions} |`);
    }
    const b = p.budgetSeconds;
    lines.push('', '## Time budget (upper bounds; every wait is a condition with this bound, never a fixed sleep)', '');
    lines.push(`- cluster: ${b.cluster} s`, `- mesh install: ${b.mesh} s`, `- workloads rollout: ${b.rollout} s`);
    if (b.meshReinstalls)
        lines.push(`- mesh re-installs (each side on its own mesh values: the mesh is installed with the base's and re-installed at each switch between the sides, ${b.meshReinstalls.count} at most): at most ${b.meshReinstalls.count} × ${b.meshReinstalls.eachSeconds} s = ${b.meshReinstalls.seconds} s; expected ${b.meshReinstalls.expectedSeconds} s`);
    lines.push(b.design === 'simultaneous'
        ? `- load and live probes (both sides at once, no switches): at most ${b.load} s; expected ${b.expectedLoad} s`
        : `- load, switches and live probes (sides alternating): at most ${b.load} s; expected ${b.expectedLoad} s`, `- total bound: ${Math.ceil(b.total / 60)} min`);
    lines.push(`- typical on a 4-vCPU runner: about ${Math.ceil(b.typicalTotal / 60)} min`);
    if (p.plan.notes.length)
        lines.push('', '## Notes', '', ...p.plan.notes.map((n) => `- ${n}`));
    return lines.join('\n') + '\n';
}
const cell = (c) => c.replace(/\|/g, '\\|');
const labelText = (l) => Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ') || '—';
function renderPaths(p) {
    const lines = ['## Measured path', '', `Chosen by: ${p.pathRule}.`, '', layoutSentence(p.layout), ''];
    lines.push('| path | client stand-in | server stand-in | labels taken over | Service ports | from | layout |', '|---|---|---|---|---|---|---|');
    for (const path of p.paths) {
        const s = path.server;
        const c = path.client;
        lines.push(`| ${cell(path.id)} | ${cell(`${c.namespace}/Deployment/${c.workload}`)}${c.serviceAccount ? ` (service account ${cell(c.serviceAccount)})` : ''} | ${cell(`${s.namespace}/Deployment/${s.workload}`)}${s.serviceAccount ? ` (service account ${cell(s.serviceAccount)})` : ''} → \`${cell(s.host)}:${s.httpPort}\` | ${cell(labelText(s.labels))} | ${cell(s.service.ports.map((x) => `${x.name ?? ''}${x.name ? ' ' : ''}${x.port}→${x.targetPort}`).join(', '))} | ${cell(`server: ${s.from}; client: ${c.from}`)} | ${cell(`${path.layout.design}: ${path.layout.reason}`)} |`);
    }
    lines.push('', p.paths.some((x) => !x.gateDefault)
        ? 'The stand-ins run in the workloads’ place: the application container is Fortio; the template’s labels, annotations, service account and other containers are kept. The configuration’s own workload manifests are not run as written.'
        : 'No changed object reaches a workload: the gate’s own client and server carry the traffic.', '');
    return lines;
}
/** The layout in one sentence: where each side runs, or why the sides alternate. */
function layoutSentence(l) {
    return l.design === 'alternating'
        ? `Layout: **alternating** (one side after the other on the paths): ${l.reason}.`
        : `Layout: **simultaneous** (both sides at once, each on a copy of the paths in namespaces of its own): ${l.reason}.`;
}
function renderCoverage(rows) {
    const lines = ['## Coverage', ''];
    if (rows.length === 0)
        return [...lines, 'No object differs between the base and the head.', ''];
    lines.push('| object | change | coverage | why | where |', '|---|---|---|---|---|');
    for (const r of rows)
        lines.push(`| ${cell(`${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`)} | ${r.change} | ${r.status === 'not-measured' ? '**not measured**' : r.status === 'on-path' ? 'on the path' : 'mesh-wide'} | ${cell(r.reason)} | ${cell(r.origin ?? '—')} |`);
    const missed = rows.filter((r) => r.status === 'not-measured').length;
    lines.push('', missed
        ? `${missed} changed object(s) not measured: a latency or overhead pass will be reported as inconclusive (gate config \`unmeasured: pass\` accepts it).`
        : 'Every changed object is on a measured path or mesh-wide.', '');
    return lines;
}
function renderFindings(findings) {
    if (findings.length === 0)
        return [];
    const at = (f) => (f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '');
    return [
        'Findings, as `validate` reports them:',
        '',
        ...findings.map((f) => `- ${f.severity} \`${f.code}\`${at(f)}: ${f.message}`),
        '',
    ];
}
function renderRequirement(r) {
    if (r.require === 'none')
        return ['`require-mtls: none`: the modes are reported, never failed.', ''];
    const lines = [
        r.outcome === 'pass'
            ? `\`require-mtls: ${r.require}\` will pass: ${r.decidedBy.length ? r.decidedBy.join('; ') : 'no row is held to it'}.`
            : `\`require-mtls: ${r.require}\` will **fail**: ${r.decidedBy.join('; ')}.`,
    ];
    if (r.shownOnly.length)
        lines.push(`Shown, not held to it (the gate’s own workloads, which the configuration does not govern): ${r.shownOnly.join('; ')}.`);
    return [...lines, ''];
}
/**
 * Writes plan.md, plan.json, manifests/*.yaml and the generated files under `dir`, in place of an earlier plan's
 * (preparePlanFolder: a folder that holds anything else is refused).
 */
async function writePlan(p, dir) {
    await preparePlanFolder(dir);
    const written = [];
    const put = async (rel, content) => {
        const path = join(dir, rel);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
        written.push(rel);
    };
    await put('plan.md', renderPlan(p));
    await put('plan.json', JSON.stringify(p, null, 2) + '\n');
    const yamlOf = (objects) => objects.map((o) => stringify(o)).join('---\n');
    await put('manifests/workloads.yaml', yamlOf(p.manifests.workloads));
    await put('manifests/head.yaml', yamlOf(p.manifests.head));
    if (p.manifests.base)
        await put('manifests/base.yaml', yamlOf(p.manifests.base));
    for (const f of p.plan.files)
        await put(join('files', f.path.replace(/^\/+/, '')), f.content);
    return written;
}

// EXTERNAL MODULE: ./src/pipeline/layout.ts + 1 modules
var pipeline_layout = __webpack_require__(62632);
// EXTERNAL MODULE: ./src/pipeline/mesh-values.ts
var mesh_values = __webpack_require__(80708);
// EXTERNAL MODULE: ./src/pipeline/paths.ts
var pipeline_paths = __webpack_require__(71594);
// EXTERNAL MODULE: ./src/pipeline/stand-ins.ts
var stand_ins = __webpack_require__(84655);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/tools/cache-dir.ts
/**
 * The CLI's cache of tools outside the action: `$XDG_CACHE_HOME/mesh-mtls-gate/tools`, `~/.cache/...` when that is
 * unset or empty (the XDG spec's default). Node built-ins only: the integration harness, which Node loads without a
 * transform, imports it too; scripts/test-tools.sh spells the same path in shell.
 */


function toolsCacheDir(env = process.env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'mesh-mtls-gate', 'tools');
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/tools/download.ts
/**
 * Verified downloads of every binary the gate runs (kind, istioctl, linkerd, cilium). Fetching, unpacking and the
 * cache are @actions/tool-cache's (`downloadTool`, `extractTar`, `cacheFile`, `find`: the runner's tool cache in the
 * action, `~/.cache/mesh-mtls-gate/tools` for the CLI). What no library here does is decide which SHA-256 a file
 * must have and check it, so that is the hand-written part of this file:
 * - a digest pinned in the source (a `ToolPin`, src/tools/pins.ts) or given by the user (`mesh.cli-sha256`) wins;
 * - otherwise, under `verify: published` (the default), the checksum file the project publishes beside the asset
 *   of the same release (`<asset>.sha256sum` for kind and cilium-cli, `<asset>.sha256` for istioctl and Linkerd);
 * - under `verify: pinned`, a download without a pinned or given digest is refused.
 * Every file is hashed after the download and again on every use of the cache (a cache is not a reason to trust a
 * file), and the digest used, with where it came from, is logged, planned and recorded in the results.
 */







/** A file whose SHA-256 is not the expected one: refused and deleted. */
class ChecksumMismatchError extends Error {
    spec;
    expected;
    actual;
    from;
    name = 'ChecksumMismatchError';
    constructor(spec, expected, actual, from) {
        super(`${spec.name} ${spec.version}: ${spec.url} has SHA-256 ${actual}, but ${from} says ${expected}; refused ` +
            `and deleted. A release asset whose digest changed is not run`);
        this.spec = spec;
        this.expected = expected;
        this.actual = actual;
        this.from = from;
    }
}
/** No digest could be established (verify: pinned without a pin, or no usable checksum file): exit code 3. */

/** The server did not deliver the asset or its checksum file. */
class DownloadError extends Error {
    name = 'DownloadError';
}
const SHA256 = /^[0-9a-f]{64}$/;
function fileNameOf(spec) {
    return decodeURIComponent(new URL(spec.url).pathname.split('/').pop() || spec.name);
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
}
/**
 * The digest for `fileName` in a checksum file: either the bare digest (Linkerd's `<asset>.sha256`) or
 * `sha256sum` lines, `<digest>  <name>` or `<digest> *<name>` (kind, cilium-cli, istioctl). With several lines,
 * the one naming the file; a digest for another file is not accepted.
 */
function parseChecksumFile(text, fileName, url) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const entries = lines.map((line) => {
        const m = /^([0-9a-fA-F]{64})(?:\s+\*?(.+))?$/.exec(line);
        return m ? { sha256: m[1].toLowerCase(), name: m[2]?.replace(/^\.\//, '') ?? null } : null;
    });
    if (entries.length === 0 || entries.some((e) => e === null))
        throw new errors/* UnverifiedDownloadError */.Sq(`${url} is not a checksum file (expected "<sha256>" or "<sha256>  ${fileName}" lines)`);
    const named = entries.filter((e) => e.name !== null);
    if (named.length === 0 && entries.length === 1)
        return entries[0].sha256;
    const match = named.find((e) => e.name === fileName);
    if (!match)
        throw new errors/* UnverifiedDownloadError */.Sq(`${url} has no SHA-256 for ${fileName}`);
    return match.sha256;
}
/**
 * tool-cache indexes by semver: `v0.33.0` → `0.33.0`, Linkerd's `edge-26.9.1` → `26.9.1-edge` (a version it cannot
 * parse would never be found again); anything else is kept as it is.
 */
function toolCacheVersion(version) {
    const v = version.replace(/^v/, '');
    const edge = /^edge-(\d+\.\d+\.\d+)$/.exec(v);
    return edge ? `${edge[1]}-edge` : v;
}
/**
 * tool-cache reads its root from RUNNER_TOOL_CACHE when it is called. The runner sets it for the action; the CLI
 * and tests give their own folder, set only for the duration of the call (downloads run one at a time).
 */
async function inCache(root, work) {
    const before = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = root;
    try {
        return await work();
    }
    finally {
        if (before === undefined)
            delete process.env.RUNNER_TOOL_CACHE;
        else
            process.env.RUNNER_TOOL_CACHE = before;
    }
}
async function download(spec, url, dest) {
    try {
        return await tool_cache/* downloadTool */.bq(url, dest);
    }
    catch (e) {
        const status = e.httpStatusCode;
        throw new DownloadError(`${spec.name} ${spec.version}: downloading ${url} failed: ${status ? `HTTP ${status}` : e.message}`);
    }
}
/** The SHA-256 the asset must have, and where it came from; fetches the published checksum file when needed. */
async function resolveDigest(spec, o) {
    if (spec.sha256) {
        const sha256 = spec.sha256.toLowerCase();
        if (!SHA256.test(sha256))
            throw new errors/* InputError */.dz(`${spec.name} ${spec.version}: '${spec.sha256}' is not a SHA-256 (64 hex digits)`);
        return { sha256, verifiedBy: spec.pinnedBy === 'user' ? 'given' : 'pinned', checksumUrl: null };
    }
    if (o.policy === 'pinned' || !spec.checksumUrl)
        throw new errors/* UnverifiedDownloadError */.Sq(`${spec.name} ${spec.version}: no SHA-256 is pinned for ${spec.url}` +
            (o.policy === 'pinned'
                ? `, and verify: pinned refuses a digest taken from the release's checksum file. Give the digest ` +
                    `(gate config mesh.cli-sha256) or use verify: published`
                : ` and the project publishes no checksum file for it`));
    await (0,promises_.mkdir)(o.scratch, { recursive: true });
    const file = (0,external_node_path_.join)(o.scratch, `${spec.name}-${spec.version}-${process.pid}-${Date.now()}.checksum`);
    try {
        await download(spec, spec.checksumUrl, file);
        const sha256 = parseChecksumFile(await (0,promises_.readFile)(file, 'utf8'), fileNameOf(spec), spec.checksumUrl);
        return { sha256, verifiedBy: 'published', checksumUrl: spec.checksumUrl };
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
/**
 * The verified executable of `spec`: from the tool cache when the cached file still has the expected digest,
 * otherwise downloaded, hashed, cached; archives are unpacked into the scratch folder.
 */
async function fetchVerified(spec, o) {
    const log = o.log ?? (() => { });
    const arch = o.arch ?? process.arch;
    const digest = await resolveDigest(spec, o);
    const fileName = fileNameOf(spec);
    const version = toolCacheVersion(spec.version);
    const started = Date.now();
    let file;
    const cachedDir = await inCache(o.cacheRoot, async () => tool_cache/* find */.I6(spec.name, version, arch));
    if (cachedDir) {
        const cached = (0,external_node_path_.join)(cachedDir, fileName);
        const actual = await sha256File(cached).catch(() => null);
        if (actual === digest.sha256)
            file = cached;
        else
            log(`${spec.name} ${spec.version}: the cached copy does not have the expected SHA-256; downloading it again`);
    }
    if (!file) {
        await (0,promises_.mkdir)(o.scratch, { recursive: true });
        const partial = (0,external_node_path_.join)(o.scratch, `${spec.name}-${spec.version}-${process.pid}-${Date.now()}.partial`);
        try {
            await download(spec, spec.url, partial);
            const actual = await sha256File(partial);
            if (actual !== digest.sha256)
                throw new ChecksumMismatchError(spec, digest.sha256, actual, describeSource(digest));
            const dir = await inCache(o.cacheRoot, () => tool_cache/* cacheFile */.NJ(partial, fileName, spec.name, version, arch));
            file = (0,external_node_path_.join)(dir, fileName);
        }
        finally {
            await (0,promises_.rm)(partial, { force: true });
        }
        log(`downloaded ${spec.name} ${spec.version} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${spec.url}`);
    }
    log(`verified ${spec.name} ${spec.version}: sha256 ${digest.sha256} (${describeSource(digest)})`);
    let path = file;
    if (spec.archive === 'tar.gz') {
        const dir = (0,external_node_path_.join)(o.scratch, `${spec.name}-${spec.version}-bin`);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await tool_cache/* extractTar */.nN(file, dir);
        path = (0,external_node_path_.join)(dir, spec.binary);
    }
    await (0,promises_.chmod)(path, 0o755);
    return { name: spec.name, version: spec.version, url: spec.url, ...digest, path };
}
function describeSource(d) {
    return d.verifiedBy === 'pinned'
        ? 'pinned in the source'
        : d.verifiedBy === 'given'
            ? 'given in the gate config'
            : `the release's checksum file ${d.checksumUrl}`;
}
function toolStore(o) {
    const done = new Map();
    const order = [];
    const results = new Map();
    return {
        scratch: o.scratch,
        cacheRoot: o.cacheRoot,
        fetch(spec) {
            const key = `${spec.url} ${spec.sha256 ?? ''}`;
            let p = done.get(key);
            if (!p) {
                order.push(key);
                p = fetchVerified(spec, o).then((t) => (results.set(key, t), t));
                // A failure is not remembered: the next request tries again.
                p.catch(() => done.delete(key));
                done.set(key, p);
            }
            return p;
        },
        fetched: () => order.flatMap((k) => (results.has(k) ? [results.get(k)] : [])),
    };
}

// EXTERNAL MODULE: ./src/tools/pins.ts
var pins = __webpack_require__(87507);
// EXTERNAL MODULE: ./src/cluster/eks.ts
var eks = __webpack_require__(80987);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/k8s/client.ts
var client = __webpack_require__(46213);
// EXTERNAL MODULE: ./src/cluster/server-version.ts
var server_version = __webpack_require__(54722);
// EXTERNAL MODULE: ./src/cluster/types.ts
var types = __webpack_require__(45287);
;// CONCATENATED MODULE: ./src/cluster/existing.ts
/**
 * A cluster that earlier steps created (or a developer's own): reached through a kubeconfig given as the action
 * input (written to a 0600 temporary file), a file named with `run --kubeconfig`, or KUBECONFIG. The gate never deletes such a cluster; it removes only
 * what it created there (its own namespaces, by the stages that made them) and the temporary kubeconfig.
 */









class ExistingProvider {
    ctx;
    options;
    kind = 'existing';
    written = null;
    /** Decided once, so that the plan names the file the run uses. */
    inputPath;
    constructor(ctx, options = {}) {
        this.ctx = ctx;
        this.options = options;
        this.inputPath = (0,external_node_path_.join)(ctx.tempDir, `kubeconfig-existing-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    }
    describe() {
        return {
            downloads: [],
            commands: [],
            files: [],
            notes: [
                `cluster: existing, kubeconfig from ${this.source().from}`,
                'the gate does not create or delete this cluster; it removes only the namespaces and objects it created',
            ],
        };
    }
    /**
     * The action's input (its content, written to a 0600 file in the run's temp folder), else the file named on the
     * command line, else KUBECONFIG; a named file that is not there is refused here, for the plan as for the run.
     */
    source() {
        const content = this.options.kubeconfig?.trim();
        if (content)
            return {
                path: this.inputPath,
                from: `the '${constants/* Inputs */.G0.Kubeconfig}' input, written to a temporary file with mode 0600`,
                content,
            };
        const named = this.options.kubeconfigPath
            ? {
                path: this.options.kubeconfigPath,
                from: `the file given with --kubeconfig (${this.options.kubeconfigPath})`,
            }
            : this.kubeconfigFromEnv();
        if (!named)
            throw new errors/* InputError */.dz(`cluster 'existing' needs a kubeconfig: set the action input '${constants/* Inputs */.G0.Kubeconfig}' (from a secret), ` +
                `--kubeconfig FILE, or KUBECONFIG to a kubeconfig file`);
        if (!(0,external_node_fs_.existsSync)(named.path))
            throw new errors/* InputError */.dz(`the kubeconfig file does not exist (from ${named.from})`, named.path);
        return { ...named, content: null };
    }
    kubeconfigFromEnv() {
        const value = (this.options.env ?? process.env).KUBECONFIG?.trim();
        if (!value)
            return null;
        const paths = value.split(external_node_path_.delimiter).filter(Boolean);
        if (paths.length !== 1)
            throw new errors/* InputError */.dz(`KUBECONFIG lists ${paths.length} files; 'cluster: existing' needs one kubeconfig file for one cluster`);
        return { path: paths[0], from: `KUBECONFIG (${paths[0]})` };
    }
    async create() {
        const { path, content } = this.source();
        if (content) {
            await (0,promises_.mkdir)(this.ctx.tempDir, { recursive: true });
            await (0,promises_.writeFile)(path, content + '\n', { mode: 0o600 });
            this.written = path;
            this.ctx.recordTeardown?.({ provider: 'existing', kubeconfigPath: path });
        }
        // Refuses a kubeconfig that does not parse or has no current cluster, naming where it came from.
        let name;
        try {
            name = (0,client/* connect */.N)(path).kubeConfig.getCurrentCluster()?.name ?? 'existing';
        }
        catch (e) {
            if (this.written && e instanceof errors/* InputError */.dz)
                throw new errors/* InputError */.dz(`the '${constants/* Inputs */.G0.Kubeconfig}' input is not a usable kubeconfig: ${e.message.replace(`${path}: `, '')}`);
            throw e;
        }
        const version = await (this.options.serverVersion ?? server_version/* readServerVersion */.s)(path);
        this.ctx.log(`existing cluster '${name}'${version ? ` (Kubernetes ${version})` : ''}`);
        return (0,types/* unshapedHandle */.NL)({
            provider: 'existing',
            name,
            kubeconfigPath: path,
            kubernetesVersion: version,
            created: false,
            teardown: this.written ? { provider: 'existing', kubeconfigPath: this.written } : null,
        });
    }
    planned() {
        return (0,types/* unshapedHandle */.NL)({
            provider: 'existing',
            name: '(existing)',
            kubeconfigPath: this.source().path,
            created: false,
        });
    }
    /** Removes the temporary kubeconfig it wrote; the cluster is not the gate's to delete. */
    async delete() {
        if (this.written)
            await (0,promises_.rm)(this.written, { force: true });
        this.written = null;
    }
}

// EXTERNAL MODULE: ./src/cluster/gke.ts
var gke = __webpack_require__(7267);
// EXTERNAL MODULE: ./src/cluster/kind.ts
var kind = __webpack_require__(88630);
// EXTERNAL MODULE: ./src/cluster/names.ts
var names = __webpack_require__(90706);
// EXTERNAL MODULE: ./src/cluster/teardown.ts
var teardown = __webpack_require__(34196);
;// CONCATENATED MODULE: ./src/cluster/index.ts
/** Cluster providers behind one interface; `createClusterProvider` is what `run` calls. */



















function createClusterProvider(settings, ctx) {
    switch (settings.kind) {
        case 'kind':
            return new kind/* KindProvider */.Y_(ctx, {
                ...settings.kindOptions,
                forCilium: settings.forCilium,
                kubernetesVersion: settings.kubernetesVersion,
            });
        case 'existing':
            return new ExistingProvider(ctx, {
                ...settings.existingOptions,
                kubeconfig: settings.kubeconfig,
                kubeconfigPath: settings.kubeconfigPath,
            });
        case 'eks':
        case 'gke': {
            if (!settings.configPath)
                throw new errors/* InputError */.dz(`cluster '${settings.kind}' needs a cluster config from the repository (${settings.kind === 'eks' ? 'an eksctl ClusterConfig' : 'project, location, machineType, numNodes'}): give its path with --cluster-config FILE, or the action's cluster-config input`);
            return settings.kind === 'eks'
                ? new eks/* EksProvider */.H8(ctx, {
                    ...settings.eksOptions,
                    configPath: settings.configPath,
                    ttlHours: settings.ttlHours,
                })
                : new gke/* GkeProvider */.B9(ctx, {
                    ...settings.gkeOptions,
                    configPath: settings.configPath,
                    ttlHours: settings.ttlHours,
                });
        }
        default:
            throw new errors/* InputError */.dz(`cluster '${String(settings.kind)}' is not one of ${vocabulary/* CLUSTER_KINDS */.BK.join(', ')}`);
    }
}
/** The usual context: one command runner, the right tool store, this machine's platform, the run's identity. */
function providerContext(o) {
    const env = o.env ?? process.env;
    // The action uses the runner's tool cache (kept across jobs on self-hosted runners), the CLI a folder of its own.
    const cacheRoot = o.action && env.RUNNER_TOOL_CACHE ? env.RUNNER_TOOL_CACHE : (o.cacheDir ?? toolsCacheDir(env));
    const store = toolStore({
        policy: o.verify ?? vocabulary/* DEFAULT_VERIFY */.EY,
        cacheRoot,
        scratch: (0,external_node_path_.join)(o.tempDir, 'downloads'),
        log: o.log,
    });
    return {
        runner: (0,exec/* createCommandRunner */._m)({ log: o.log, mask: o.mask }),
        log: o.log,
        warn: o.warn,
        tempDir: o.tempDir,
        store,
        platform: o.platform ?? (0,pins/* currentPlatform */.jN)(),
        runId: (0,names/* runIdentity */.yK)(env),
        recordTeardown: o.recordTeardown,
    };
}

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var client_node_dist = __webpack_require__(71943);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/load/exec.ts
/**
 * Running a command in a pod through the Kubernetes exec API. The Fortio image has no shell, so the command is
 * the argv itself. kind serves exec; the local test control plane (kwok) does not, so the runner is tested with a
 * fake of this interface and recorded Fortio outputs, and the cluster adapter's failure path against kwok.
 */


function clusterExec(cluster) {
    const api = new client_node_dist/* Exec */.WoD(cluster.kubeConfig);
    return {
        exec: (namespace, pod, container, command, timeoutMs) => new Promise((resolve, reject) => {
            let stdout = '';
            let stderr = '';
            const sink = (append) => new external_node_stream_.Writable({
                write(chunk, _enc, done) {
                    append(chunk.toString());
                    done();
                },
            });
            const timer = setTimeout(() => reject(new Error(`exec in ${namespace}/${pod} did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
            api
                .exec(namespace, pod, container, command, sink((s) => (stdout += s)), sink((s) => (stderr += s)), null, false, (status) => {
                clearTimeout(timer);
                resolve({ stdout, stderr, success: status.status === 'Success', message: status.message ?? '' });
            })
                .catch((e) => {
                clearTimeout(timer);
                reject(new Error(`exec in ${namespace}/${pod} (${container}) failed: ${e.message}`));
            });
        }),
    };
}

// EXTERNAL MODULE: ./src/resources/sampler.ts + 3 modules
var sampler = __webpack_require__(26618);
// EXTERNAL MODULE: ./src/pipeline/telemetry-source.ts
var telemetry_source = __webpack_require__(78855);
;// CONCATENATED MODULE: ./src/pipeline/stages.ts
/**
 * Wires the real stages into the pipeline: the cluster provider, the mesh installer, the Kubernetes client, exec,
 * the node proxy and git. The CLI's `run` and the action's full/measure modes both come through here.
 */






function pipelineDeps(s) {
    const ctx = providerContext({
        log: s.log,
        warn: s.warn,
        tempDir: s.tempDir,
        action: s.action,
        mask: s.mask,
        recordTeardown: s.recordTeardown,
        verify: s.verify,
    });
    const provider = createClusterProvider({
        kind: s.cluster,
        // A mesh that is the cluster's CNI gets a kind cluster without its own (see MeshSetup.replacesCni).
        forCilium: install/* INSTALLERS */.UP[s.mesh].replacesCni,
        kubeconfig: s.kubeconfig,
        kubeconfigPath: s.kubeconfigPath,
        configPath: s.clusterConfigPath,
    }, ctx);
    const mesh = (cluster, valuesPath) => (0,install/* createMeshInstaller */.cN)(s.mesh, { runner: ctx.runner, log: s.log, warn: s.warn, store: ctx.store, platform: ctx.platform, cluster }, { version: s.meshVersion, cliSha256: s.meshCliSha256, valuesPath, cliPath: s.meshCliPath });
    return {
        provider,
        mesh,
        // What the plan lists is what is fetched: the provider's (kind) and the mesh CLI, each verified once; the
        // provider and the installer then get the same verified files from the store.
        fetchTools: async () => {
            const tools = [];
            for (const spec of [...provider.describe().downloads, ...mesh(provider.planned()).describe().downloads])
                tools.push(await ctx.store.fetch(spec));
            return tools;
        },
        connect: (handle) => (0,client/* connect */.N)(handle.kubeconfigPath),
        exec: clusterExec,
        stats: sampler/* clusterNodeStats */.aM,
        log: s.log,
        now: Date.now,
        onCluster: s.onCluster,
        telemetry: (cluster, mesh, server) => new telemetry_source/* PodProxyScraper */.eV(cluster, (0,telemetry_source/* scrapeEndpoints */.Bs)(mesh, server), (0,telemetry_source/* servedCheck */.u_)(mesh)),
    };
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts
/**
 * One entry to the cluster pipeline for both front ends: `mesh-mtls-gate run` and the action's full/measure
 * modes. Decides the mesh (given, or detected from the PR's configuration), the base ref of the same-run
 * baseline, and the scenarios; then plans (dry run) or measures.
 */






















/**
 * Both sides of the configuration, read once per run (a PR whose files do not parse fails before any cluster is
 * made), the mesh values file as each side has it (mesh-values.ts; the base's written to `meshValues.tempDir`), and
 * the mesh: given, or detected by the validator's rule.
 */
async function configSides(r, meshValues) {
    const git = (0,pr_config/* gitIn */.uM)(r.repo);
    const head = await (0,pr_config/* readHeadSide */.yG)(git, r.configPaths);
    const base = r.baseRef ? await (0,pr_config/* readBaseSide */.fU)(git, r.baseRef, r.configPaths) : null;
    (0,pr_config/* assertSomeFileMatched */.Jj)(head, base, r.configPaths);
    // What the API server would refuse is refused here, exactly as `validate` refuses it, before any download or
    // cluster: each side's problems with file, line and field.
    (0,crd_validation/* assertValidObjects */.J6)(head.objects);
    if (base)
        (0,crd_validation/* assertValidObjects */.J6)(base.objects);
    const values = meshValues
        ? await (0,mesh_values/* meshValuesFile */._K)(r.repo, meshValues.path, base?.ref ?? null, meshValues.tempDir)
        : null;
    if (values)
        addMeshValues(values, head, base);
    const loaded = (side) => ({ objects: side.objects, values: side.values ?? [] });
    const mesh = r.mesh ??
        (0,evaluate/* detectMeshOf */.q$)(loaded(head), base && loaded(base), `the configuration under ${r.configPaths.join(', ')}`);
    return { head, base, mesh, values };
}
/**
 * The mesh values file joins each side's values documents, as it would among `validate`'s paths: each side's text
 * (mesh-values.ts), never twice when config-paths already matched it.
 */
function addMeshValues(values, head, base) {
    const add = (side, text, file) => {
        if (text !== null)
            side.values = [...(side.values ?? []), ...(0,manifests/* parseManifestText */.k_)(text, file).values];
    };
    const { inRepo } = values;
    if (!inRepo || !head.files?.includes(inRepo))
        add(head, values.text.head, values.name);
    if (!base || (inRepo && base.files?.includes(inRepo)))
        return;
    add(base, values.text.base, inRepo ? `${values.baseRef}:${inRepo}` : values.name);
}
function deps(r, mesh) {
    // The command line / action input wins over the gate config file's `mesh:` section.
    return pipelineDeps({
        ...r,
        mesh,
        meshVersion: r.meshVersion ?? r.config.mesh.version ?? undefined,
        meshCliSha256: r.config.mesh.cliSha256 ?? undefined,
        verify: verifyPolicy(r),
    });
}
/**
 * What the plan and the run share: both sides, the mesh, the stages, the mesh values each side runs on (its own when
 * they differ and the installer can re-install the mesh with them), the measured paths with the coverage of the
 * change (pipeline/paths.ts), and the layout.
 */
async function prepare(r) {
    const valuesPath = await meshValuesOf(r);
    const { head, base, mesh, values } = await configSides(r, valuesPath ? { path: valuesPath, tempDir: r.tempDir } : undefined);
    const d = deps(r, mesh);
    const perSide = !!values?.differs && !!base && (0,installer/* canReconfigure */.K8)(d.mesh(d.provider.planned()));
    const meshValues = {
        path: values?.path ?? { base: undefined, head: undefined },
        perSide,
    };
    const change = values && (0,mesh_values/* valuesChangeOf */.Cx)(values, perSide);
    const paths = (0,pipeline_paths/* planPaths */.AC)({
        mesh,
        head,
        base,
        targets: r.config.targets,
        valuesChanges: change ? [change] : [],
    });
    const layout = (0,pipeline_layout/* planLayout */.u)({ mesh, head, base, plan: paths, meshValuesPerSide: perSide });
    return { head, base, mesh, d, values, meshValues, paths, layout };
}
/**
 * The user's install values: `--mesh-values` (a path like any on the command line), else the gate config's
 * `mesh.values` (a path in the repository). Refused before any download or cluster when it cannot be read, naming
 * where the path came from: the installer would otherwise plan `-f` with it and fail only once the cluster is up.
 */
async function meshValuesOf(r) {
    const given = r.meshValuesPath
        ? { path: r.meshValuesPath, from: '--mesh-values' }
        : r.config.mesh.valuesPath
            ? {
                path: (0,external_node_path_.isAbsolute)(r.config.mesh.valuesPath)
                    ? r.config.mesh.valuesPath
                    : (0,external_node_path_.join)(r.repo, r.config.mesh.valuesPath),
                from: `field 'mesh.values' in ${r.config.source ?? 'the gate config'}`,
            }
            : null;
    if (!given)
        return undefined;
    const reason = await (0,promises_.access)(given.path, external_node_fs_.constants.R_OK).then(async () => ((await (0,promises_.stat)(given.path)).isFile() ? null : 'not a file'), (e) => (0,errors/* ioReason */.Ny)(e));
    if (reason)
        throw new errors/* InputError */.dz(`cannot read the mesh install values (${given.from}): ${reason}`, given.path);
    return given.path;
}
async function planRun(r) {
    const { head, base, mesh, d, values, meshValues, paths, layout } = await prepare(r);
    // A cloud cluster's settings are read now: missing or invalid ones are an error, not '<project>' in the plan.
    await d.provider.prepare?.();
    const headPrediction = predict({ meshName: mesh, require: r.require, paths: paths.paths }, head, base);
    const basePrediction = base
        ? predict({ meshName: mesh, require: r.require, paths: paths.paths }, base, null)
        : null;
    const findings = configurationFindings(head, base, mesh, r.require);
    const warnings = meshWarnings(r.mesh, head, base);
    for (const w of warnings)
        r.warn(w);
    const placement = { nodeLabels: null, images: workloadImages(r.config.images) };
    const first = paths.paths[0];
    const asRun = sidesAsRun(layout.copies, { head, base }, paths.paths, mesh, placement);
    // The provider's planned handle tells the installer what the cluster will be (Cilium on kind: no kube-proxy).
    const installer = d.mesh(d.provider.planned(), installedValues(meshValues, base ? 'base' : 'head'));
    return buildRunPlan({
        paths,
        layout,
        mtlsRequirement: requirementOf(r.require, headPrediction),
        mtlsFindings: findings,
        workloads: layoutGateObjects(layout.copies, head, paths.paths, { mesh: INSTALLERS[mesh], ...placement })
            .objects,
        mtls: predictedModes(headPrediction.matrix, basePrediction?.matrix ?? null, serverRowOf(first)),
        warnings,
        provider: d.provider,
        mesh: installer,
        meshReinstall: meshValues.perSide && canReconfigure(installer)
            ? reinstallPlan(installer, meshValues, values?.planned ?? null)
            : null,
        meshName: mesh,
        // The manifests as the run applies them: stand-ins in place of the configuration's workloads, on each side's
        // copies of the paths when the sides run at once.
        head: asRun.head,
        base: asRun.base,
        scenarios: scenariosFor(r.config, r.profile, paths.paths.length, layout.design),
        verify: verifyPolicy(r),
        meshCli: r.meshCliPath,
    });
}
/** The re-install at each switch, with each side's values (the base's file as the plan shows it, in files/). */
function reinstallPlan(installer, values, baseFile) {
    const at = (side) => {
        const p = installer.describeReconfigure(values.path[side]);
        return {
            ...p,
            commands: p.commands.map((c) => ({ ...c, why: `at each switch to the ${side}: ${c.why}` })),
        };
    };
    return mergePlans(at('head'), at('base'), {
        downloads: [],
        commands: [],
        files: baseFile ? [baseFile] : [],
        notes: [],
    });
}
/**
 * What `validate` finds in the configuration given the same inputs (both sides' objects and install values, the
 * install line's among them): its findings, as written, whether or not a measured path reaches them. A configuration
 * with nothing for the validator to judge has no findings (the run still judges its own workloads).
 */
function configurationFindings(head, base, mesh, require) {
    const loaded = (side) => ({ objects: side.objects, values: valuesAsRun(side, mesh) });
    try {
        return validateLoaded(loaded(head), base && loaded(base), require, mesh).findings;
    }
    catch (e) {
        if (e instanceof InputError)
            return [];
        throw e;
    }
}
/**
 * Whether the head passes the run's mTLS check, and what decides it: the rows below the requirement, and the other
 * error findings the run fails on too (a regression, a DestinationRule that breaks STRICT); the gate's own rows are
 * shown only.
 */
function requirementOf(require, v) {
    const row = (e) => `${e.namespace}/${e.workload}${e.port === null ? '' : `:${e.port}`} ${e.mode}`;
    const held = v.matrix.filter((e) => (e.subject !== null || e.decider !== null) && !gateRowShownOnly(e));
    const shownOnly = v.matrix.filter(gateRowShownOnly).map(row);
    if (require === 'none')
        return { require, outcome: 'pass', decidedBy: [], shownOnly };
    const at = (f) => (f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '');
    const below = [
        ...v.belowRequirement.map((e) => `${row(e)} (${e.decidedBy})`),
        ...v.findings
            .filter((f) => f.severity === 'error' && f.code !== 'mtls-below-required')
            .map((f) => `${f.code}${at(f)}`),
    ];
    return below.length
        ? { require, outcome: 'fail', decidedBy: below, shownOnly }
        : { require, outcome: 'pass', decidedBy: held.map(row), shownOnly };
}
/** The command line / action input wins over the gate config file's `mesh.verify`; the default is published. */
function verifyPolicy(r) {
    return r.verify ?? r.config.mesh.verify ?? vocabulary/* DEFAULT_VERIFY */.EY;
}
async function executeRun(r) {
    const { head, base, mesh, d, meshValues, paths, layout } = await prepare(r);
    for (const w of meshWarnings(r.mesh, head, base))
        r.warn(w);
    const result = await (0,measure_on_cluster/* measureOnCluster */.qU)(d, {
        meshName: mesh,
        head,
        base,
        paths: paths.paths,
        layout,
        meshValues,
        scenarios: (0,profiles/* scenariosFor */.Zf)(r.config, r.profile, paths.paths.length, layout.design),
        config: r.config,
        images: (0,workloads/* workloadImages */.yB)(r.config.images),
        // The live probe checks what the configuration says whatever the requirement; `none` requires no mode.
        require: r.require,
        runnerName: r.runnerName,
    });
    // The coverage is the head's against the base: the compare reads it from the current results.
    const coverage = paths.coverage.map(({ kind, namespace, name, status, reason }) => ({
        kind,
        namespace,
        name,
        status,
        reason,
    }));
    return { ...result, current: { ...result.current, coverage } };
}
/**
 * The mesh asked for (`--mesh`, the `mesh` input) and the mesh the configuration's kinds and labels belong to
 * disagree: the run would install one mesh and apply another's resources, which it ignores.
 */
function meshWarnings(requested, head, base) {
    if (!requested)
        return [];
    const found = (0,evaluate/* meshesConfigured */.SA)({
        objects: [...head.objects, ...(base?.objects ?? [])],
        values: [...(head.values ?? []), ...(base?.values ?? [])],
    });
    const others = [...found].filter((m) => !(0,evaluate/* configuredFor */.q0)(requested, m));
    if (others.length === 0)
        return [];
    return [
        `the requested mesh is ${requested}, but the configuration has ${others.join(' and ')} resources or labels ` +
            `(which ${requested} ignores): check --mesh / the mesh input, or config-paths`,
    ];
}


/***/ }),

/***/ 84655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ gateObjects),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Ut: () => (/* binding */ valuesAsRun),
/* harmony export */   V8: () => (/* binding */ clientName),
/* harmony export */   by: () => (/* binding */ CLIENT_LABEL),
/* harmony export */   n1: () => (/* binding */ GATE_ORIGIN),
/* harmony export */   tn: () => (/* binding */ sideAsRun)
/* harmony export */ });
/* unused harmony export INSTALL_LINE_ORIGIN */
/* harmony import */ var _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29210);
/* harmony import */ var _mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51350);
/* harmony import */ var _mtls_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83436);
/* harmony import */ var _mtls_workloads_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82242);
/* harmony import */ var _mesh_install_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77361);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71594);






const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate' };
/** Where the gate's objects are said to come from in findings (they have no file). */
const GATE_ORIGIN = '(the gate’s workloads)';
/** Where the values the install line sets are said to come from. */
const INSTALL_LINE_ORIGIN = '(the gate’s install command)';
/**
 * The install values in force for a side, in the order the install applies them: the gate's defaults, then the
 * side's values documents (config-paths and the mesh values file), which override any default (Helm: a later `-f`
 * wins key by key), then what the install line sets, which wins over both (Helm: `--set` over `-f`).
 */
function valuesAsRun(side, mesh) {
    const { defaultValues, installValues } = _mesh_install_js__WEBPACK_IMPORTED_MODULE_4__/* .INSTALLERS */ .UP[mesh];
    const given = (values, file) => Object.keys(values).length ? [{ values, origin: { file, line: null } }] : [];
    return [
        ...given(defaultValues, _mesh_install_js__WEBPACK_IMPORTED_MODULE_4__/* .INSTALL_DEFAULTS_ORIGIN */ .AI),
        ...(side.values ?? []),
        ...given(installValues, INSTALL_LINE_ORIGIN),
    ];
}
/** The name of path i's client stand-in: one client per path, the first keeps the gate's name. */
function clientName(index) {
    return index === 0 ? _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$ : `${_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$}-${index + 1}`;
}
/** The label the gate finds a path's client pod by (its other labels are the ones the configuration selects). */
const CLIENT_LABEL = 'mesh-mtls-gate/client';
/** Whether an object is install-time (its mesh answers `install`): never applied as runtime configuration. */
function isInstallTime(c, context, mesh) {
    return (0,_mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__/* .changeAppliesTo */ .cu)({ object: c.object, origin: c.origin }, mesh, context).scope === 'install';
}
const targets = (path, o) => !path.gateDefault &&
    (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceOf */ .N6)(o) === path.server.namespace &&
    String(o.metadata?.name) === path.server.workload;
/**
 * The side's objects as the run applies them (see the module comment), Namespaces first so that what lives in them
 * can be created, the stand-ins last so that their Services and policies are in force when they start.
 */
function sideAsRun(side, paths, mesh, placement) {
    const kept = [];
    const standIns = [];
    const context = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeContextOf */ .fo)(side);
    for (const c of side.objects) {
        if (isInstallTime(c, context, mesh))
            continue;
        if ((0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .podTemplateOf */ .D0)(c.object) === null) {
            kept.push(c);
            continue;
        }
        const path = paths.find((p) => targets(p, c.object));
        if (path)
            standIns.push({ ...c, object: standInOf(path, (0,_mtls_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .podTemplateOf */ .D0)(c.object), placement) });
    }
    const has = (kind, namespace, name) => kept.some((c) => c.object.kind === kind && (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceOf */ .N6)(c.object) === namespace && c.object.metadata?.name === name);
    const gate = (object) => ({
        object: object,
        file: GATE_ORIGIN,
        origin: { file: GATE_ORIGIN, line: null },
    });
    for (const path of paths) {
        if (path.gateDefault)
            continue;
        const s = path.server;
        if (!standIns.some((c) => targets(path, c.object)))
            standIns.push(gate(standInOf(path, null, placement)));
        if (!has('Service', s.namespace, s.service.name))
            kept.push(gate(serviceOf(path)));
    }
    // Each stand-in's service account as its side's template names it, made when the configuration lacks it.
    for (const c of standIns) {
        const name = c.object.spec
            ?.template?.spec?.serviceAccountName;
        const ns = (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceOf */ .N6)(c.object);
        if (name && !has('ServiceAccount', ns, name))
            kept.push(gate(serviceAccount(ns, name)));
    }
    const rank = (c) => c.object.kind === 'Namespace' ? 0 : c.object.kind === 'ServiceAccount' ? 1 : 2;
    return { ...side, objects: [...kept.sort((a, b) => rank(a) - rank(b)), ...standIns] };
}
function standInOf(path, template, placement) {
    const s = path.server;
    return (0,_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .serverStandIn */ .LX)({
        namespace: s.namespace,
        name: s.workload,
        labels: s.labels,
        template,
        ports: s.ports,
        serviceAccount: s.serviceAccount,
    }, {
        image: placement.images.fortio,
        // The client stand-in keeps away from the server (gateObjects), as the gate's own client does.
        nodeSelector: placement.nodeLabels?.server,
    });
}
function serviceOf(path) {
    const s = path.server;
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.service.name, namespace: s.namespace, labels: { ...MANAGED_BY } },
        spec: {
            selector: s.labels,
            ports: s.service.ports.map((p) => ({
                ...(p.name ? { name: p.name } : {}),
                port: p.port,
                targetPort: p.targetPort,
                ...(/^grpc/.test(p.name ?? '') ? { appProtocol: 'grpc' } : {}),
            })),
        },
    };
}
function serviceAccount(namespace, name) {
    return {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name, namespace, labels: { ...MANAGED_BY } },
    };
}
/**
 * The gate's objects for the paths, the same on both sides: the namespaces the paths need that the cluster lacks
 * (with the configuration's labels and annotations when it has the Namespace, else enrolled the mesh's way), the
 * probe's namespace and pod, the gate's own server when a path is the gate's, and one client stand-in per path.
 */
function gateObjects(paths, head, options) {
    const base = (0,_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .gateWorkloads */ .WQ)(options);
    const byName = (kind, ns, name) => base.find((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? ns) === ns);
    const out = [byName('Namespace', '', _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x), byName('Namespace', '', _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_NAMESPACE */ .l8)];
    const namespaces = new Set([_load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x, _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_NAMESPACE */ .l8]);
    for (const p of paths)
        for (const ns of [p.client.namespace, p.server.namespace]) {
            if (namespaces.has(ns))
                continue;
            namespaces.add(ns);
            const given = head.objects.find((c) => c.object.kind === 'Namespace' && c.object.metadata?.name === ns);
            out.push(given
                ? structuredClone(given.object)
                : {
                    apiVersion: 'v1',
                    kind: 'Namespace',
                    metadata: {
                        name: ns,
                        labels: { ...MANAGED_BY, ...options.mesh.enrol.labels },
                        annotations: options.mesh.enrol.annotations,
                    },
                });
        }
    // The gate's own server, in its path's namespace: `mesh-gate`, or a side's copy of it (pipeline/layout.ts).
    for (const ns of new Set(paths.filter((p) => p.gateDefault).map((p) => p.server.namespace)))
        for (const kind of ['Deployment', 'Service']) {
            const o = structuredClone(byName(kind, _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x, _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER */ .yv));
            o.metadata = { ...o.metadata, namespace: ns };
            out.push(o);
        }
    const client = byName('Deployment', _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMESPACE */ ._x, _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$);
    paths.forEach((p, i) => {
        const name = clientName(i);
        const d = structuredClone(client);
        const labels = {
            ...p.client.labels,
            app: p.client.labels.app === _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT */ .G$ ? name : p.client.labels.app,
            [CLIENT_LABEL]: name,
        };
        d.metadata = {
            name,
            namespace: p.client.namespace,
            labels: { ...d.metadata.labels, ...MANAGED_BY, [CLIENT_LABEL]: name },
        };
        // A Deployment's selector is immutable: the gate's client keeps the selector it has always had (`app`), so a
        // cluster or namespace that still holds an earlier run's client takes this one as an update; only a client
        // whose `app` a client-side selector decides is selected by the gate's own label.
        d.spec.selector = { matchLabels: labels.app === name ? { app: name } : { [CLIENT_LABEL]: name } };
        const template = d.spec.template;
        template.metadata = { labels };
        if (p.client.serviceAccount)
            template.spec.serviceAccountName = p.client.serviceAccount;
        if (!options.nodeLabels && !options.singleNode)
            template.spec.affinity = {
                podAntiAffinity: {
                    requiredDuringSchedulingIgnoredDuringExecution: [
                        { labelSelector: { matchLabels: p.server.labels }, topologyKey: 'kubernetes.io/hostname' },
                    ],
                },
            };
        if (p.client.serviceAccount &&
            !head.objects.some((c) => c.object.kind === 'ServiceAccount' &&
                (0,_mtls_workloads_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceOf */ .N6)(c.object) === p.client.namespace &&
                c.object.metadata?.name === p.client.serviceAccount))
            out.push(serviceAccount(p.client.namespace, p.client.serviceAccount));
        out.push(d);
    });
    out.push(byName('Deployment', _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_NAMESPACE */ .l8, _load_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE */ .vD));
    return out;
}


/***/ }),

/***/ 78855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ scrapeEndpoints),
/* harmony export */   al: () => (/* binding */ TelemetryRecorder),
/* harmony export */   eV: () => (/* binding */ PodProxyScraper),
/* harmony export */   u_: () => (/* binding */ servedCheck)
/* harmony export */ });
/* harmony import */ var _k8s_pod_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53226);
/* harmony import */ var _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78143);
/* harmony import */ var _mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51350);
/* harmony import */ var _k8s_prometheus_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88464);
/* harmony import */ var _mtls_telemetry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86979);





/** Each mesh's endpoints, as its evaluator declares them (`telemetry.endpoints` in mtls/). */
function scrapeEndpoints(mesh, 
/** The measured server: its namespace and a label selector of its pods (`app=cart`). */
server) {
    return _mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__/* .EVALUATORS */ .Jn[mesh].telemetry.endpoints(server);
}
function servedCheck(mesh) {
    return _mtls_meshes_js__WEBPACK_IMPORTED_MODULE_1__/* .EVALUATORS */ .Jn[mesh].telemetry.served ?? null;
}
class PodProxyScraper {
    cluster;
    endpoints;
    served;
    description;
    servedChecked = false;
    constructor(cluster, endpoints, 
    /** Checked once, before the first scrape: counters the install does not serve are not read, and it says why. */
    served = null) {
        this.cluster = cluster;
        this.endpoints = endpoints;
        this.served = served;
        this.description = endpoints.map((e) => `${e.namespace}/{${e.selector}}:${e.port}${e.path}`).join(', ');
    }
    async scrape() {
        if (this.served && !this.servedChecked) {
            const why = this.served.unserved(await this.configMapData(this.served.configMap));
            if (why)
                throw new Error(why);
            this.servedChecked = true;
        }
        const sets = [];
        for (const e of this.endpoints)
            for (const served of await (0,_k8s_pod_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .getFromPods */ .T)(this.cluster, e))
                sets.push((0,_k8s_prometheus_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrometheusText */ .t)(served.text, served.where));
        return (0,_mtls_telemetry_js__WEBPACK_IMPORTED_MODULE_3__/* .sumSamples */ .Hi)(...sets);
    }
    /** The ConfigMap's data; null when the cluster has no such ConfigMap. */
    async configMapData(ref) {
        const path = `/api/v1/namespaces/${encodeURIComponent(ref.namespace)}/configmaps/${encodeURIComponent(ref.name)}`;
        try {
            return (JSON.parse(await this.cluster.objects.getText(path)).data ?? {});
        }
        catch (e) {
            if (e instanceof _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesApiError */ .d && e.code === 404)
                return null;
            throw e;
        }
    }
}
/**
 * The counters the gate's own load added, per side: a scrape before and after each measured repetition, the
 * difference summed (so the plaintext probe between switches, and the other side's traffic, are left out). A scrape
 * that fails is remembered, once, and that side's telemetry is then not read rather than read as "no traffic".
 */
class TelemetryRecorder {
    scraper;
    added = new Map();
    failure = null;
    constructor(scraper) {
        this.scraper = scraper;
    }
    async around(side, work) {
        const before = await this.tryScrape();
        const result = await work();
        const after = before && (await this.tryScrape());
        if (before && after)
            this.added.set(side, (0,_mtls_telemetry_js__WEBPACK_IMPORTED_MODULE_3__/* .sumSamples */ .Hi)(this.added.get(side) ?? [], (0,_mtls_telemetry_js__WEBPACK_IMPORTED_MODULE_3__/* .counterDelta */ .dP)(before, after)));
        return result;
    }
    /** The side's added counters, or why there are none. */
    samples(side) {
        if (!this.scraper)
            return { unread: 'no telemetry source for this cluster' };
        if (this.failure)
            return { unread: this.failure };
        return { samples: this.added.get(side) ?? [] };
    }
    async tryScrape() {
        if (!this.scraper || this.failure)
            return null;
        try {
            return await this.scraper.scrape();
        }
        catch (e) {
            this.failure = `${this.scraper.description}: ${e.message}`;
            return null;
        }
    }
}


/***/ }),

/***/ 26618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pf: () => (/* binding */ OverheadSampler),
  aM: () => (/* binding */ clusterNodeStats)
});

// UNUSED EXPORTS: STATS_REFRESH

// EXTERNAL MODULE: ./src/k8s/poll.ts
var poll = __webpack_require__(93307);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/resources/attribution.ts
function roleOf(container, roles) {
    if (roles.proxy.has(container))
        return 'proxy';
    if (roles.dataPlane.has(container))
        return 'data-plane';
    return 'app';
}

;// CONCATENATED MODULE: ./src/resources/quantity.ts
/** Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity) as plain numbers. */
const DECIMAL_SUFFIX = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
};
const BINARY_SUFFIX = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** The quantity's value in base units (cores for CPU, bytes for memory), or null if it is not a quantity. */
function parseQuantity(text) {
    const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE]?))$/.exec(text.trim());
    if (!m)
        return null;
    const value = Number(m[1]);
    if (m[2])
        return value * 10 ** Number(m[2].slice(1));
    if (m[3])
        return value * BINARY_SUFFIX[m[3]];
    return value * DECIMAL_SUFFIX[m[4] ?? ''];
}

;// CONCATENATED MODULE: ./src/resources/payloads.ts
/**
 * Reads resource samples from the two payloads a cluster serves: metrics.k8s.io/v1beta1 PodMetrics (and
 * PodMetricsList) from metrics-server, and the kubelet Summary API (`/api/v1/nodes/NODE/proxy/stats/summary`).
 */



const MIB = 2 ** 20;
/** Keeps the previous Summary API reading so that CPU can come from deltas when usageNanoCores is missing. */
function newCpuHistory() {
    return { byContainer: new Map() };
}
/** A container's key in the CPU history: namespace/pod/container. */
function counterKey(p, c) {
    return `${p.podRef?.namespace ?? ''}/${p.podRef?.name}/${c.name ?? ''}`;
}
/** When the kubelet read a container's CPU counters (ms since the epoch), NaN when it does not say. */
function cpuTime(c) {
    return c.cpu?.time ? Date.parse(c.cpu.time) : NaN;
}
/** Only remembers a Summary API reading's cumulative CPU counters: the start of an interval to measure. */
function rememberCpuCounters(text, history) {
    const summary = JSON.parse(text);
    for (const p of summary.pods ?? []) {
        for (const c of p.containers ?? []) {
            const time = cpuTime(c);
            const cumulative = c.cpu?.usageCoreNanoSeconds;
            if (cumulative !== undefined && Number.isFinite(time))
                history.byContainer.set(counterKey(p, c), { coreNanoSeconds: cumulative, time });
        }
    }
}
/**
 * Whether a Summary API reading has CPU counters newer than those remembered in `history` for every data-plane
 * container (sidecar or node agent: what the gate compares) it shares with it: the kubelet serves cAdvisor's counters
 * as of its last housekeeping (every 10 s or more), so a reading taken soon after another may still carry the same
 * ones. Other containers are left out: an idle one is refreshed less often, and its CPU is not compared.
 */
function cpuCountersRefreshed(text, history, roles) {
    const summary = JSON.parse(text);
    for (const p of summary.pods ?? []) {
        for (const c of p.containers ?? []) {
            if (roleOf(c.name ?? '', roles) === 'app')
                continue;
            const time = cpuTime(c);
            const previous = history.byContainer.get(counterKey(p, c));
            if (previous && Number.isFinite(time) && time <= previous.time)
                return false;
        }
    }
    return true;
}
/**
 * Parses one payload. `roles` names the data plane's containers; `history` carries cumulative CPU counters from
 * earlier samples of the same run.
 */
function parseResourcePayload(text, file, repetition, roles, history = newCpuHistory()) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not valid JSON (${e.message})`, file);
    }
    const obj = (json ?? {});
    if (obj.kind === 'PodMetrics' || obj.kind === 'PodMetricsList')
        return fromPodMetrics(obj, file, repetition, roles);
    if (Array.isArray(obj.pods) && typeof obj.node === 'object')
        return fromSummary(obj, file, repetition, roles, history);
    throw new errors/* InputError */.dz("not a resource sample: expected metrics.k8s.io PodMetrics/PodMetricsList ('kind') or a kubelet stats/summary ('node' and 'pods')", file);
}
function fromPodMetrics(obj, file, repetition, roles) {
    const items = (obj.kind === 'PodMetricsList' ? obj.items : [obj]);
    if (!Array.isArray(items))
        throw new errors/* InputError */.dz("field 'items': expected a list of PodMetrics", file);
    const containers = [];
    items.forEach((item, i) => {
        const where = obj.kind === 'PodMetricsList' ? `items[${i}].` : '';
        const pod = item.metadata?.name;
        if (!pod)
            throw new errors/* InputError */.dz(`field '${where}metadata.name' is missing`, file);
        (item.containers ?? []).forEach((c, j) => {
            const field = `${where}containers[${j}].usage`;
            const cpu = parseQuantity(c.usage?.cpu ?? '');
            const memory = parseQuantity(c.usage?.memory ?? '');
            if (cpu === null)
                throw new errors/* InputError */.dz(`field '${field}.cpu': expected a quantity such as "12m"`, file);
            if (memory === null)
                throw new errors/* InputError */.dz(`field '${field}.memory': expected a quantity such as "22244Ki"`, file);
            const name = c.name ?? '';
            containers.push({
                namespace: item.metadata?.namespace ?? '',
                pod,
                container: name,
                role: roleOf(name, roles),
                cpuMillicores: cpu * 1000,
                memoryMiB: memory / MIB,
            });
        });
    });
    if (containers.length === 0)
        throw new errors/* InputError */.dz('no container usage in the sample', file);
    return { repetition, timestamp: items[0]?.timestamp ?? null, source: file, containers };
}
function fromSummary(obj, file, repetition, roles, history) {
    const containers = [];
    let timestamp = null;
    obj.pods.forEach((p, i) => {
        const pod = p.podRef?.name;
        const namespace = p.podRef?.namespace ?? '';
        if (!pod)
            throw new errors/* InputError */.dz(`field 'pods[${i}].podRef.name' is missing`, file);
        (p.containers ?? []).forEach((c, j) => {
            const field = `pods[${i}].containers[${j}]`;
            const name = c.name ?? '';
            const key = counterKey(p, c);
            const time = cpuTime(c);
            timestamp ??= c.cpu?.time ?? null;
            let millicores;
            const previous = history.byContainer.get(key);
            const cumulative = c.cpu?.usageCoreNanoSeconds;
            // Deltas of the cumulative counter are robust; usageNanoCores is missing until the kubelet sampled twice.
            if (previous && cumulative !== undefined && time > previous.time) {
                millicores = (cumulative - previous.coreNanoSeconds) / ((time - previous.time) * 1e3);
            }
            else if (typeof c.cpu?.usageNanoCores === 'number') {
                millicores = c.cpu.usageNanoCores / 1e6;
            }
            if (cumulative !== undefined && Number.isFinite(time))
                history.byContainer.set(key, { coreNanoSeconds: cumulative, time });
            const workingSet = c.memory?.workingSetBytes;
            if (millicores === undefined) {
                throw new errors/* InputError */.dz(`field '${field}.cpu.usageNanoCores' is missing and there is no earlier sample to take a usageCoreNanoSeconds delta from`, file);
            }
            if (typeof workingSet !== 'number')
                throw new errors/* InputError */.dz(`field '${field}.memory.workingSetBytes' is missing`, file);
            containers.push({
                namespace,
                pod,
                container: name,
                role: roleOf(name, roles),
                cpuMillicores: Math.max(millicores, 0),
                memoryMiB: workingSet / MIB,
            });
        });
    });
    if (containers.length === 0)
        throw new errors/* InputError */.dz('no container usage in the sample', file);
    return { repetition, timestamp, source: file, containers };
}

;// CONCATENATED MODULE: ./src/resources/sampler.ts
/**
 * Data-plane overhead during a repetition: the kubelet Summary API of every node, read through the API server's
 * node proxy at the start and at the end of the repetition. CPU is the delta of `usageCoreNanoSeconds` over the
 * interval (robust where `usageNanoCores` is missing or a 10-second average), memory the working set at the end.
 */


/**
 * How long the end of a repetition waits for the kubelet's next stats (cAdvisor's housekeeping: 10 s, stretched up to
 * 15 s when containers are idle), read again every second.
 */
const STATS_REFRESH = { timeoutMs: 30_000, intervalMs: 1_000 };
class OverheadSampler {
    source;
    scope;
    refresh;
    constructor(source, scope, refresh = STATS_REFRESH) {
        this.source = source;
        this.scope = scope;
        this.refresh = refresh;
    }
    /** Runs `work` (one repetition) between two readings and returns the sample of that interval. */
    async during(repetition, work) {
        const history = newCpuHistory();
        const nodes = typeof this.scope.nodes === 'function' ? await this.scope.nodes() : this.scope.nodes;
        for (const node of nodes)
            rememberCpuCounters(await this.source.summary(node), history);
        const result = await work();
        const sample = await this.read(repetition, history, nodes);
        return { result, sample };
    }
    /**
     * The node's stats (scoped: null when none of its pods is in scope) once its CPU counters are newer than those
     * read at the repetition's start. A repetition shorter
     * than the kubelet's stats interval can end before any refresh; the counters read then are the start's, and the
     * only CPU figure left in them (`usageNanoCores`) is an average over an interval before the repetition (in an
     * alternating run, possibly the other side's or a mesh re-install's). So the end waits for the next refresh: the
     * delta then spans the repetition and at most one stats interval around it. No refresh within the bound: the
     * last reading, as before.
     */
    async refreshedSummary(node, history) {
        let last = null;
        try {
            return await (0,poll/* pollUntil */.g)(`the kubelet's next stats of node ${node}`, async () => {
                last = scoped(await this.source.summary(node), this.scope.namespaces);
                return {
                    done: last === null || cpuCountersRefreshed(last, history, this.scope.roles),
                    value: last,
                    seen: 'the same CPU counters',
                };
            }, this.refresh);
        }
        catch (e) {
            if (e instanceof poll/* PollTimeoutError */.t)
                return last;
            throw e;
        }
    }
    async read(repetition, history, nodes) {
        const merged = {
            repetition,
            timestamp: null,
            source: `kubelet stats/summary of ${nodes.join(', ')}`,
            containers: [],
        };
        for (const node of nodes) {
            const text = await this.refreshedSummary(node, history);
            // A node without the gate's pods (the control plane, say) has nothing to contribute.
            if (text === null)
                continue;
            const sample = parseResourcePayload(text, `stats/summary of node ${node}`, repetition, this.scope.roles, history);
            merged.timestamp ??= sample.timestamp;
            const system = new Set(this.scope.systemNamespaces ?? []);
            merged.containers.push(...sample.containers.filter((c) => c.role !== 'app' || !system.has(c.namespace)));
        }
        if (merged.containers.length === 0) {
            throw new Error(`no container of namespaces ${this.scope.namespaces.join(', ')} in the Summary API of nodes ${nodes.join(', ')}`);
        }
        return merged;
    }
}
/**
 * Keeps only the pods of the given namespaces, so that the rest of the cluster neither counts nor fails parsing;
 * null when none is left.
 */
function scoped(text, namespaces) {
    const summary = JSON.parse(text);
    summary.pods = (summary.pods ?? []).filter((p) => namespaces.includes(p.podRef?.namespace ?? ''));
    return summary.pods.length === 0 ? null : JSON.stringify(summary);
}
/** The Summary API through the API server's node proxy (kubelet port, authorised by the API server). */
function clusterNodeStats(cluster) {
    return {
        summary: (node) => cluster.objects
            .getText(`/api/v1/nodes/${encodeURIComponent(node)}/proxy/stats/summary`)
            .catch((e) => {
            throw new Error(`cannot read the kubelet Summary API of node ${node} through the API server: ${e.message}`);
        }),
    };
}


/***/ }),

/***/ 97601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ parseGoDuration),
/* harmony export */   zl: () => (/* binding */ importFortio)
/* harmony export */ });
/* unused harmony exports STANDARD_PERCENTILES, SATURATION_SHORTFALL, isSuccess */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97528);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66303);
/**
 * Reads `fortio load -json` output of any Fortio version (HTTP and gRPC) into one repetition.
 *
 * Format facts (fortio periodic.RunnerResults, stats.HistogramData, fhttp and fgrpc runners): histogram values are
 * seconds, ActualDuration is nanoseconds, RequestedQPS is a string ("1000", "max") in current versions, Percentiles
 * is absent and Data null when Count is 0, HTTP RetCodes are status codes as strings ("-1" is a socket error) and
 * gRPC RetCodes are status names (very old versions wrote the health enum number, "1" = SERVING).
 */




/** Percentiles every repetition carries, whether or not Fortio was asked for them (`-p`). */
const STANDARD_PERCENTILES = [50, 75, 90, 99, 99.9];
/** A run whose actual QPS is more than this fraction short of the requested QPS is saturated. */
const SATURATION_SHORTFALL = 0.05;
const FortioHistogram = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    Count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    Min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    Max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    Sum: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    Avg: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    StdDev: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    Data: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ Start: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), End: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), Percent: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), Count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }))
        .nullable()
        .optional(),
    Percentiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ Percentile: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), Value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }))
        .nullable()
        .optional(),
});
const FortioResult = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    /** Written since Fortio 0.9.0 (2018); older results say HTTP or gRPC only through URL / Destination. */
    RunType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    Labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().default(''),
    StartTime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    RequestedQPS: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]),
    RequestedDuration: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ActualQPS: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    ActualDuration: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    NumThreads: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    Version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    DurationHistogram: FortioHistogram,
    RetCodes: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int()).nullable().optional(),
    URL: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    Destination: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    Payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
    H2: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    Uniform: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    NoCatchUp: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    Jitter: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** Histogram resolution in seconds (`-r`); written by recent versions only. */
    Resolution: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
});
/** Parses Fortio JSON text. `file` names the source in every error message. */
function importFortio(text, file, index = 0) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`not valid JSON (${e.message}); expected the output of 'fortio load -json'`, file);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("expected a JSON object written by 'fortio load -json'", file);
    }
    const raw = json;
    // Fortio's REST API answers a failed run with its jrpc ServerReply: `error: true`, `message`, `exception`.
    if (raw.error === true || (typeof raw.error === 'string' && raw.error !== '')) {
        const why = [raw.message, raw.exception].filter((x) => typeof x === 'string' && x !== '').join(': ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Fortio reported a failed run (field 'error'): ${why || String(raw.error)}`, file);
    }
    // Fortio's own report (ui/static/js/fortio_chart.js, makeTitle and fortioResultToJsChartData) needs
    // DurationHistogram, RequestedQPS, ActualQPS, ActualDuration and NumThreads; RunType came later (0.9.0), so
    // its absence is no reason to refuse a result Fortio itself would show.
    const required = ['DurationHistogram', 'RequestedQPS', 'ActualQPS', 'ActualDuration', 'NumThreads'];
    const missing = required.filter((k) => !(k in raw));
    if (missing.includes('DurationHistogram')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("not a Fortio result: field 'DurationHistogram' is missing (expected 'fortio load -json' output)", file);
    }
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`field '${missing[0]}' is missing: Fortio has written it since 0.3.2 (2017); without it the run's load cannot be told (expected 'fortio load -json' output)`, file);
    }
    const parsed = FortioResult.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIssue */ .n6)(issue, file));
    }
    const run = toRun(parsed.data, file, index);
    refuseWhatTheArtifactRefuses(run, parsed.data, raw, file);
    return run;
}
/**
 * The artifact's schema decides what a repetition may hold (no negative duration, QPS or thread count, no negative
 * latency): a run it would refuse is refused here, as bad input naming the Fortio field it came from, and not
 * later, when the artifact is written, as a list of the schema's issues with the artifact's own field names.
 */
function refuseWhatTheArtifactRefuses(run, r, raw, file) {
    // The histogram first: the percentiles computed from it would otherwise be blamed for a bad bucket.
    const checks = [
        {
            prefix: ['latency', 'histogram'],
            result: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .LatencyHistogram */ .t2.safeParse(run.repetition.latency.histogram),
        },
        { prefix: [], result: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .Repetition */ .Y2.safeParse(run.repetition) },
        { prefix: ['settings'], result: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ScenarioSettings */ .AQ.safeParse(run.settings) },
    ];
    for (const { prefix, result } of checks) {
        if (result.success)
            continue;
        const issue = result.error.issues[0];
        const field = fortioFieldOf([...prefix, ...issue.path], r);
        const value = valueAt(raw, field);
        const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIssue */ .n6)({ ...issue, path: field }, file) + got);
    }
}
/** The Fortio field an artifact field is read from (repetition fields, or `settings.*`), as a path into the file. */
function fortioFieldOf(path, r) {
    const [first, second, third, ...rest] = path;
    const histogramField = { count: 'Count', min: 'Min', max: 'Max', sum: 'Sum' };
    const bucketField = { start: 'Start', end: 'End', count: 'Count' };
    if (first === 'settings') {
        const settingsField = {
            protocol: 'RunType',
            qps: 'RequestedQPS',
            connections: 'NumThreads',
            durationSeconds: 'RequestedDuration',
            payloadBytes: 'Payload',
            url: r.URL === undefined ? 'Destination' : 'URL',
        };
        return [settingsField[String(second)] ?? String(second)];
    }
    if (first === 'latency') {
        if (second === 'avg')
            return ['DurationHistogram', 'Avg'];
        if (second === 'stddev')
            return ['DurationHistogram', 'StdDev'];
        if (second === 'percentiles') {
            // Fortio's own value when it printed one, else ours, interpolated from its buckets.
            const i = (r.DurationHistogram.Percentiles ?? []).findIndex((p) => String(p.Percentile) === third);
            return i >= 0 ? ['DurationHistogram', 'Percentiles', i] : ['DurationHistogram', 'Data'];
        }
        if (second === 'histogram' && third === 'buckets' && typeof rest[0] === 'number')
            return ['DurationHistogram', 'Data', rest[0], ...(rest[1] ? [bucketField[String(rest[1])]] : [])];
        if (second === 'histogram')
            return ['DurationHistogram', histogramField[String(third)] ?? 'Data'];
    }
    const repetitionField = {
        startTime: 'StartTime',
        requestedQps: 'RequestedQPS',
        actualQps: 'ActualQPS',
        actualDurationSeconds: 'ActualDuration',
        connections: 'NumThreads',
        requests: 'DurationHistogram.Count',
        errors: 'RetCodes',
    };
    if (first === 'codes')
        return ['RetCodes', ...(second === undefined ? [] : [second])];
    return String(repetitionField[String(first)] ?? String(first)).split('.');
}
function valueAt(raw, path) {
    let v = raw;
    for (const part of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[part];
    }
    return v === null || typeof v !== 'object' ? v : undefined;
}
function toRun(r, file, index) {
    const h = r.DurationHistogram;
    if (h.Count === 0 || !h.Data || h.Data.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("field 'DurationHistogram.Count': 0 requests completed, the histogram is empty (did the target answer?)", file);
    }
    const histogram = {
        count: h.Count,
        min: h.Min,
        max: h.Max,
        sum: h.Sum,
        buckets: h.Data.map((b) => ({ start: b.Start, end: b.End, count: b.Count })),
    };
    const bucketTotal = histogram.buckets.reduce((a, b) => a + b.count, 0);
    if (bucketTotal !== h.Count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`field 'DurationHistogram.Data': bucket counts add up to ${bucketTotal}, not Count ${h.Count} (truncated file?)`, file);
    }
    const percentiles = {};
    for (const p of h.Percentiles ?? [])
        percentiles[String(p.Percentile)] = p.Value;
    for (const p of STANDARD_PERCENTILES)
        percentiles[String(p)] ??= (0,_histogram_js__WEBPACK_IMPORTED_MODULE_3__/* .percentile */ .Ym)(histogram, p);
    const requestedQps = parseRequestedQps(r.RequestedQPS, file);
    const protocol = protocolOf(r);
    const codes = { ...(r.RetCodes ?? {}) };
    const ok = Object.entries(codes)
        .filter(([code]) => isSuccess(code, protocol))
        .reduce((a, [, n]) => a + n, 0);
    const requests = h.Count;
    const actualQps = r.ActualQPS;
    const saturated = requestedQps !== 'max' && requestedQps > 0 && actualQps < requestedQps * (1 - SATURATION_SHORTFALL);
    const durationSeconds = r.RequestedDuration ? parseGoDuration(r.RequestedDuration) : null;
    return {
        label: r.Labels.trim(),
        fortioVersion: r.Version ?? null,
        fortioFlags: modeFlagsOf(r),
        settings: {
            protocol,
            qps: requestedQps,
            connections: r.NumThreads,
            durationSeconds,
            payloadBytes: r.Payload ? Buffer.from(r.Payload, 'base64').length : null,
            url: r.URL ?? r.Destination ?? null,
        },
        repetition: {
            index,
            startTime: r.StartTime ?? null,
            requestedQps,
            actualQps,
            actualDurationSeconds: r.ActualDuration / 1e9,
            connections: r.NumThreads,
            requests,
            codes,
            // Requests without a response code (an interrupted run) are errors too.
            errors: Math.max(requests - ok, 0),
            latency: { avg: h.Avg, stddev: h.StdDev, percentiles, histogram },
            saturated,
            source: file,
        },
    };
}
function parseRequestedQps(value, file) {
    if (value === 'max' || value === -1 || value === '-1')
        return 'max';
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n) || n < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`field 'RequestedQPS': expected a number or "max", got ${JSON.stringify(value)}`, file);
    }
    return n === 0 ? 'max' : n;
}
function protocolOf(r) {
    if (r.RunType !== undefined) {
        if (/^grpc/i.test(r.RunType))
            return 'grpc';
        return r.H2 ? 'h2' : 'http';
    }
    // Before RunType, an HTTP result has a URL and a gRPC one has none (Fortio's report tells them apart the same
    // way: fortio_chart.js makeTitle, "if (res.URL) http results else grpc").
    if (r.URL === undefined)
        return 'grpc';
    return r.H2 ? 'h2' : 'http';
}
/** HTTP: any 2xx. gRPC: SERVING/OK, or the health enum value 1 (SERVING) written by old versions. */
function isSuccess(code, protocol) {
    if (protocol === 'grpc')
        return code === 'SERVING' || code === 'OK' || code === '1';
    const n = Number(code);
    return n >= 200 && n < 300;
}
/** Go's time.Duration string ("1m30s", "250ms", "3s") in seconds; null for "exactly N calls" and the like. */
function parseGoDuration(text) {
    const m = /^(?:\d+(?:\.\d+)?(?:h|m|s|ms|us|µs|ns))+$/.exec(text.trim());
    if (!m)
        return null;
    const unit = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
    let total = 0;
    for (const part of text.trim().matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g))
        total += Number(part[1]) * unit[part[2]];
    return total;
}
/** The load-shaping flags that scenario settings do not already record (QPS, connections, duration do). */
function modeFlagsOf(r) {
    const flags = [];
    if (r.Uniform)
        flags.push('-uniform');
    if (r.NoCatchUp)
        flags.push('-nocatchup');
    if (r.Jitter)
        flags.push('-jitter');
    if (r.H2)
        flags.push('-h2');
    if (r.Resolution !== undefined)
        flags.push(`-r=${r.Resolution}`);
    return flags;
}


/***/ })

};
