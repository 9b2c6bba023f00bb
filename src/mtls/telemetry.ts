/**
 * Telemetry as evidence: the meshes' own counters say whether the gate's traffic was mutual TLS. Pure: Prometheus
 * text in (scraped elsewhere, through the API server's pod proxy), readings and findings out.
 *
 * - Istio (sidecar and ambient): `istio_requests_total` and `istio_tcp_connections_opened_total` reported by the
 *   destination, label `connection_security_policy` = `mutual_tls` or `none` (istio.io/latest/docs/reference/config/
 *   metrics: "Connection Security Policy: ... mutual_tls ... or none"; ztunnel reports the same TCP metrics).
 * - Linkerd: the inbound proxy's `inbound_http_authz_allow_total` / `inbound_tcp_authz_allow_total` (what its policy
 *   admitted) and `..._deny_total`, else `request_total` / `tcp_open_total` with `direction="inbound"`; label
 *   `tls="true"` for mTLS, `tls="no_identity"` (with `no_tls_reason`) or `disabled` otherwise
 *   (linkerd.io/2/reference/proxy-metrics, "Labels": tls).
 * - Cilium: the agent's `cilium_drop_count_total{direction="INGRESS"}` by `reason`: "Authentication required" (the
 *   datapath holds a flow until mutual authentication completed, cilium pkg/monitor/api/drop.go 189), "Policy denied",
 *   "Traffic is unencrypted" (195). Node-wide counters: they show that authentication was enforced, not per workload.
 */
import { type Sample } from '../k8s/prometheus-text.js'
import type { TelemetryOutcome } from '../results/schema.js'
import type { Mode } from '../vocabulary.js'
import { finding, type Finding } from './model.js'

function key(s: Sample): string {
  return `${s.name}{${Object.entries(s.labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`
}

/**
 * What the counters added between two scrapes of the same targets: after minus before per series; a series that went
 * down was reset (a restarted proxy) and counts from zero; a series new in `after` counts whole.
 */
export function counterDelta(before: readonly Sample[], after: readonly Sample[]): Sample[] {
  const was = new Map(before.map((s) => [key(s), s.value]))
  return after.map((s) => {
    const b = was.get(key(s)) ?? 0
    return { ...s, value: s.value >= b ? s.value - b : s.value }
  })
}

/** Adds up samples of the same series (several scrapes, several pods of a node agent). */
export function sumSamples(...sets: (readonly Sample[])[]): Sample[] {
  const out = new Map<string, Sample>()
  for (const s of sets.flat()) {
    const k = key(s)
    const have = out.get(k)
    out.set(k, have ? { ...have, value: have.value + s.value } : { ...s })
  }
  return [...out.values()]
}

export interface TelemetryReading {
  outcome: TelemetryOutcome
  /** Requests or connections the mesh reports as mutual TLS (Cilium: flows held for authentication). */
  mtls: number
  /** Requests or connections the mesh reports as not mutual TLS. */
  plaintext: number
  /** Refused by policy (Linkerd authz denials, Cilium policy drops). */
  refused: number
  /** What was counted, for the report: `istio_requests_total{connection_security_policy="mutual_tls"} 10`. */
  detail: string
}

/** The gate's server (and, where the mesh labels it, its client) whose inbound traffic the counters describe. */
export interface TelemetryTarget {
  namespace: string
  /** The server's workload name (Deployment name), as the mesh labels it. */
  workload: string
  /** The server's container port, when the counters carry it. */
  port: number | null
  /** The client's workload name: only its traffic counts where the mesh labels the source (Istio). */
  client?: string
}

function outcomeOf(mtls: number, plaintext: number): TelemetryOutcome {
  return mtls > 0 && plaintext > 0 ? 'mixed' : mtls > 0 ? 'mtls' : plaintext > 0 ? 'plaintext' : 'no-traffic'
}

function describe(parts: [string, number][]): string {
  const shown = parts.filter(([, n]) => n > 0)
  return shown.length ? shown.map(([what, n]) => `${what} ${n}`).join('; ') : 'no matching series'
}

const ISTIO_METRICS = ['istio_requests_total', 'istio_tcp_connections_opened_total']

export function readIstio(samples: readonly Sample[], target: TelemetryTarget): TelemetryReading {
  const parts = new Map<string, number>()
  let mtls = 0
  let plaintext = 0
  for (const s of samples) {
    if (!ISTIO_METRICS.includes(s.name) || s.labels.reporter !== 'destination') continue
    if (s.labels.destination_workload !== target.workload) continue
    if (s.labels.destination_workload_namespace !== target.namespace) continue
    if (target.client && s.labels.source_workload !== target.client) continue
    const policy = s.labels.connection_security_policy ?? 'unknown'
    if (policy === 'mutual_tls') mtls += s.value
    else plaintext += s.value
    const label = `${s.name}{connection_security_policy="${policy}"}`
    parts.set(label, (parts.get(label) ?? 0) + s.value)
  }
  return { outcome: outcomeOf(mtls, plaintext), mtls, plaintext, refused: 0, detail: describe([...parts]) }
}

/** Linkerd's admin port: kubelet probes and Prometheus scrapes, never the workload's traffic. */
const LINKERD_ADMIN_PORT = '4191'

export function readLinkerd(samples: readonly Sample[], target: TelemetryTarget): TelemetryReading {
  const inbound = samples.filter(
    (s) =>
      (target.port === null
        ? s.labels.target_port !== LINKERD_ADMIN_PORT
        : s.labels.target_port === String(target.port)) &&
      (s.name.startsWith('inbound_') || s.labels.direction === 'inbound'),
  )
  // The authorization counters are what the policy admitted or refused; request_total and tcp_open_total are the
  // fallback for proxies without them (before Linkerd 2.11).
  const authz = inbound.filter((s) => /^inbound_(http|tcp)_authz_(allow|deny)_total$/.test(s.name))
  const counted = authz.length
    ? authz
    : inbound.filter((s) => s.name === 'request_total' || s.name === 'tcp_open_total')
  const parts = new Map<string, number>()
  let mtls = 0
  let plaintext = 0
  let refused = 0
  for (const s of counted) {
    const tls = s.labels.tls ?? 'unknown'
    if (/_deny_total$/.test(s.name)) refused += s.value
    else if (tls === 'true') mtls += s.value
    else plaintext += s.value
    const label = `${s.name}{tls="${tls}"}`
    parts.set(label, (parts.get(label) ?? 0) + s.value)
  }
  const outcome = outcomeOf(mtls, plaintext)
  return {
    outcome: outcome === 'no-traffic' && refused > 0 ? 'refused' : outcome,
    mtls,
    plaintext,
    refused,
    detail: describe([...parts]),
  }
}

export const CILIUM_DROP_REASONS = {
  auth: 'Authentication required',
  policy: 'Policy denied',
  unencrypted: 'Traffic is unencrypted',
} as const

export function readCilium(samples: readonly Sample[]): TelemetryReading {
  let auth = 0
  let policy = 0
  let unencrypted = 0
  for (const s of samples) {
    if (s.name !== 'cilium_drop_count_total' || s.labels.direction !== 'INGRESS') continue
    if (s.labels.reason === CILIUM_DROP_REASONS.auth) auth += s.value
    else if (s.labels.reason === CILIUM_DROP_REASONS.policy) policy += s.value
    else if (s.labels.reason === CILIUM_DROP_REASONS.unencrypted) unencrypted += s.value
  }
  return {
    outcome: auth > 0 ? 'authenticated' : policy + unencrypted > 0 ? 'refused' : 'no-traffic',
    mtls: auth,
    plaintext: 0,
    refused: policy + unencrypted,
    detail: describe([
      [`drops "${CILIUM_DROP_REASONS.auth}"`, auth],
      [`drops "${CILIUM_DROP_REASONS.policy}"`, policy],
      [`drops "${CILIUM_DROP_REASONS.unencrypted}"`, unencrypted],
    ]),
  }
}

/**
 * The gate's meshed client sends the measured traffic; the prediction says what the mesh must have done with it. A
 * disagreement is a finding: plaintext from the meshed client where the prediction says mTLS (the latency measured
 * "with mTLS" was not), mTLS where it says plaintext, no counted traffic at all (nothing confirms either), and for
 * a data plane whose evidence is authentication drops (Cilium) a required authentication that the datapath never held a
 * flow for.
 *
 * `evidence` is the mesh's (its evaluator's `telemetry.evidence`); `authenticated` is the prediction for
 * `authentication-drops`: whether mutual authentication is required for the server.
 */
export function evidenceFindings(
  evidence: 'mtls-counters' | 'authentication-drops',
  predicted: Mode,
  reading: TelemetryReading,
  where: string,
  authenticated = false,
): Finding[] {
  const out: Finding[] = []
  const f = (severity: 'error' | 'warning', message: string) =>
    out.push(finding(severity, 'mtls-telemetry-mismatch', `${where}: ${message} (${reading.detail})`, null))
  if (reading.outcome === 'not-read') return out
  if (evidence === 'authentication-drops') {
    // Cilium authenticates an identity pair on the pair's first packets (they are dropped, "Authentication
    // required", until the agents have authenticated each other through SPIRE) and keeps the result in its auth map
    // until the certificates expire: a pair authenticated before the measured repetitions (the warm-up's first
    // connection) leaves no drop in them. Seen on a real agent (1.20.2): 13 such drops at the run's first contact,
    // none while the repetitions ran. So no drop in the window is no evidence either way: a warning, not an error.
    if (authenticated && reading.mtls === 0)
      f(
        'warning',
        'mutual authentication is required, but the agents dropped no flow for "Authentication required" while the repetitions ran: Cilium authenticates an identity pair on its first packets and caches the result, so a pair authenticated before them leaves no drop here, and nothing in the window shows the datapath authenticated the gate’s traffic',
      )
    if (!authenticated && reading.mtls > 0)
      f('warning', 'no rule requires mutual authentication, but the agents held flows for authentication')
    return out
  }
  if (reading.outcome === 'no-traffic' || reading.outcome === 'refused') {
    f(
      'warning',
      'the mesh counted none of the gate’s traffic to the server: nothing confirms it was mutual TLS',
    )
  } else if (predicted !== 'DISABLE' && reading.plaintext > 0) {
    f(
      'error',
      `the prediction is ${predicted} with a meshed client, so the measured traffic should be mutual TLS, but the mesh counted ${reading.plaintext} plaintext request(s) or connection(s)`,
    )
  } else if (predicted === 'DISABLE' && reading.mtls > 0) {
    f(
      'warning',
      `the prediction is DISABLE (plaintext), but the mesh counted ${reading.mtls} mutual TLS request(s) or connection(s)`,
    )
  }
  return out
}
