/**
 * The words the whole pipeline shares, each list written once: the action's inputs, the CLI's options, the gate
 * config, the docs tests and the stages all take their names from here. A stage never defines a list another stage
 * or the inputs also need, and this module imports nothing, so every floor can use it.
 *
 * Adding a mesh: one entry in MESHES, its installer (`mesh/`) and its evaluator (`mtls/`). The compiler then points
 * at every `switch` and `Record<MeshName, …>` that must name it.
 */

/** The meshes the gate installs and evaluates. `istio-ambient` is Istio's sidecar-less data plane. */
export const MESHES = ['istio', 'istio-ambient', 'linkerd', 'cilium', 'none'] as const
export type MeshName = (typeof MESHES)[number]

/** The two sides of an A/B measurement: the base branch's configuration and the pull request's (head). */
/**
 * The `encryption.type` values Cilium's chart renders into cilium-config (`enable-ipsec`, `enable-wireguard`,
 * `enable-ztunnel`; install/kubernetes/cilium/templates/cilium-configmap.yaml of 1.20.2): any other type renders no
 * encryption at all. The installer and the mTLS prediction both read the values with it.
 */
export const CILIUM_ENCRYPTION_TYPES = ['ipsec', 'wireguard', 'ztunnel'] as const
export type CiliumEncryptionType = (typeof CILIUM_ENCRYPTION_TYPES)[number]

/**
 * Where Cilium's agents serve their metrics with the chart's defaults: their pods (templates/cilium-agent/daemonset.yaml
 * labels them `k8s-app: cilium` whatever the values' `name`) in kube-system, on `prometheus.port`'s default 9962. The
 * installer reads their endpoint states there and the telemetry their drop counters.
 */
export const CILIUM_AGENT_METRICS = {
  namespace: 'kube-system',
  selector: 'k8s-app=cilium',
  port: 9962,
  path: '/metrics',
} as const

export const SIDES = ['base', 'head'] as const
export type Side = (typeof SIDES)[number]

/**
 * A workload's effective inbound mTLS mode, weakest first. STRICT: only mTLS-authenticated peers; PERMISSIVE: mTLS
 * and plaintext; DISABLE: plaintext.
 */
export const MTLS_MODES = ['DISABLE', 'PERMISSIVE', 'STRICT'] as const
export type Mode = (typeof MTLS_MODES)[number]
/** Weakest (0) to strictest: the order of MTLS_MODES. */
export const MODE_RANK = Object.fromEntries(MTLS_MODES.map((m, i) => [m, i])) as Record<Mode, number>

/** The weakest mTLS mode every meshed workload must have; `none` skips the check. */
export const REQUIREMENTS = ['strict', 'permissive', 'none'] as const
export type Requirement = (typeof REQUIREMENTS)[number]
/** The requirements the validator enforces (all but `none`). */
export type EnforcedRequirement = Exclude<Requirement, 'none'>
export const ENFORCED_REQUIREMENTS = REQUIREMENTS.filter(
  (r): r is EnforcedRequirement => r !== 'none',
) as readonly EnforcedRequirement[]
/**
 * The requirement when the user names none (the action's `require-mtls`, the CLI's `--require`): strict, except
 * with `mesh: none`, where no workload can have mutual TLS; that run measures, and its live probe checks that
 * plaintext is accepted. A detected mesh (null here) is never `none`.
 */
export function defaultRequirement(mesh: MeshName | null): Requirement {
  return mesh === 'none' ? 'none' : 'strict'
}

/** The scenario sets a run measures when the gate config names none (see pipeline/profiles.ts). */
export const PROFILES = ['quick', 'thorough', 'published'] as const
export type Profile = (typeof PROFILES)[number]

/** Where the gate measures: a kind cluster it creates, a cluster given by kubeconfig, EKS, GKE. */
export const CLUSTER_KINDS = ['kind', 'existing', 'eks', 'gke'] as const
export type ClusterKind = (typeof CLUSTER_KINDS)[number]

/** Which verdicts fail the step (the action's `fail-on`, the CLI's exit code). */
export const FAIL_ON = ['regression', 'inconclusive', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]
/** What fails the step or command when nothing says otherwise: a regression, never an inconclusive result. */
export const DEFAULT_FAIL_ON: FailOn = 'regression'

/**
 * How a download the source pins no SHA-256 for is verified (the action's `verify`, the gate config's
 * `mesh.verify`, the CLI's `--verify`): published against the checksum file the project publishes with the
 * release; pinned refuses it.
 */
export const VERIFY_POLICIES = ['published', 'pinned'] as const
export type VerifyPolicy = (typeof VERIFY_POLICIES)[number]
/** Without a pinned digest, a download is checked against its release's published checksum file. */
export const DEFAULT_VERIFY: VerifyPolicy = 'published'
