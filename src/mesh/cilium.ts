/**
 * Cilium with the pinned cilium-cli: `cilium install --version …` with the gate's defaults — mutual authentication
 * through a SPIRE server Cilium installs (`authentication.mutual.spire.enabled`, `…spire.install.enabled`),
 * WireGuard encryption (`encryption.enabled`, `encryption.type=wireguard`: mutual authentication alone does not
 * encrypt) and the agents' metrics (`prometheus.enabled`, which the telemetry's drop counters need) — written to a
 * values file given first, then the user's values file: Helm merges `--values` files in order, a later one winning
 * key by key, so every default is the user's to change (a kernel without WireGuard, images from elsewhere). Only
 * what the cluster dictates is a `--set`, which beats every file: on kind (made without kube-proxy) the kube-proxy
 * replacement and the API server's address as the nodes reach it, which exist only once the gate has made the
 * cluster and which no user value may replace (cilium-cli's own detection, cilium-cli/install/autodetect.go
 * `autodetectKubeProxy`, fills them only where no value sets them, and a wrong address leaves every agent unable to
 * reach the API server).
 *
 * Then the gate's watch-based waits, `cilium status --wait` as the final word, and what the agents really run: each
 * node's encryption as its agent publishes it on its CiliumNode, never the one the values asked for.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { InputError } from '../errors.js'
import { mergedValue } from '../k8s/helm-values.js'
import { pollUntil } from '../k8s/poll.js'
import { parsePrometheusText } from '../k8s/prometheus-text.js'
import { parseManifestText } from '../k8s/manifests.js'
import type { SourcedValues } from '../k8s/objects.js'
import { downloadSpecFor, type ToolPin } from '../tools/pins.js'
import type { Plan } from '../tools/plan.js'
import { CILIUM_AGENT_METRICS, CILIUM_ENCRYPTION_TYPES } from '../vocabulary.js'
import {
  DEFAULT_INSTALL_TIMEOUT_MS,
  durationFlag,
  INSTALL_DEFAULTS_ORIGIN,
  kubeFor,
  MeshInstallError,
  userValues,
  withValues,
  type MeshContext,
  type MeshEncryption,
  type MeshFingerprint,
  type MeshInstaller,
  type MeshOptions,
  type MeshSetup,
  meshCli,
} from './installer.js'
import { ciliumEndpointStates, ciliumNodeEncryption, parseCiliumStatus } from './outputs.js'

/**
 * cilium-cli v0.19.7, the project's stable.txt ("Update stable release to v0.19.7", cilium/cilium-cli#3280). Its
 * version is the CLI's own, not Cilium's (DEFAULT_CILIUM_VERSION below). Verified by the checksum file
 * `cilium-linux-<arch>.tar.gz.sha256sum`, checked with `sha256sum --check` in Cilium's install docs.
 */
export const CILIUM_CLI_PIN: ToolPin = {
  name: 'cilium',
  version: 'v0.19.7',
  url: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz`,
  checksumUrl: (p, v) =>
    `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz.sha256sum`,
  sha256: { 'linux-amd64': null, 'linux-arm64': null },
  archive: 'tar.gz',
  binary: 'cilium',
}

/** The Cilium release installed by default (the agent; cilium-cli is pinned by CILIUM_CLI_PIN above). */
export const DEFAULT_CILIUM_VERSION = '1.19.5'
/** cilium-cli's `--namespace` default, where the chart puts the agents, the operator and cilium-config. */
export const CILIUM_NAMESPACE = CILIUM_AGENT_METRICS.namespace
/** The chart's default `authentication.mutual.spire.install.namespace` (values.yaml). */
export const SPIRE_NAMESPACE = 'cilium-spire'
/** The chart's default `name`: the agent DaemonSet's (templates/cilium-agent/daemonset.yaml `name: {{ .Values.name }}`). */
const AGENT_DAEMONSET = 'cilium'
/** templates/cilium-operator/deployment.yaml: a fixed name. */
const OPERATOR_DEPLOYMENT = 'cilium-operator'
/** templates/spire/agent/daemonset.yaml: a fixed name, in the SPIRE namespace. */
const SPIRE_AGENT_DAEMONSET = 'spire-agent'

/**
 * The gate's defaults (Helm value names as in Cilium's Helm reference), each overridable by the user's values file,
 * which the install gives after them.
 */
export const CILIUM_GATE_VALUES: Readonly<Record<string, unknown>> = {
  // `authentication.enabled` (the auth module, default false in 1.20's values.yaml): without it the 1.20 chart refuses
  // SPIRE ("SPIRE integration requires .Values.authentication.enabled=true", templates/validate.yaml).
  authentication: { enabled: true, mutual: { spire: { enabled: true, install: { enabled: true } } } },
  encryption: { enabled: true, type: 'wireguard' },
  prometheus: { enabled: true },
  // The agents and the operator restart when their configuration changes (the chart puts the ConfigMap's checksum
  // on their pod templates): a re-install with other values (a pull request's mesh values, per side) is then running
  // once the DaemonSet has rolled out, which the gate waits for.
  rollOutCiliumPods: true,
  operator: { rollOutPods: true },
}

/** The name of the gate's values file, in the plan and in the temporary folder of the install. */
const GATE_VALUES_FILE = 'cilium-gate-values.yaml'

/** What the install will run with, from the gate's defaults and the user's values merged as Helm merges them. */
export interface CiliumSettings {
  /** The transparent encryption asked for: an `encryption.type` the chart renders, or `none`. */
  encryption: (typeof CILIUM_ENCRYPTION_TYPES)[number] | 'none'
  mutualAuth: boolean
  /** The SPIRE the chart installs (its namespace), or null when it installs none. */
  spire: { namespace: string } | null
  agentDaemonSet: string
  /** Whether the agents serve their metrics (`prometheus.enabled`). */
  metrics: boolean
  /** Where the agents serve them (`prometheus.port`). */
  metricsPort: number
}

/**
 * The settings the install runs with (see CiliumSettings), values checked as read: a wrong type or an encryption
 * type the chart does not render is bad input naming the file and field. `namespaceOverride` other than kube-system
 * is refused: the gate reads cilium-config and the agents' metrics there.
 */
export function ciliumSettings(docs: readonly SourcedValues[]): CiliumSettings {
  const bool = (path: string[], chartDefault: boolean) =>
    mergedValue(docs, path, 'boolean')?.value ?? chartDefault
  const str = (path: string[], chartDefault: string) =>
    mergedValue(docs, path, 'string')?.value ?? chartDefault
  const override = mergedValue(docs, ['namespaceOverride'], 'string')
  if (override && override.value !== '' && override.value !== CILIUM_NAMESPACE)
    throw new InputError(
      `Helm value namespaceOverride '${override.value}': the gate installs Cilium in ${CILIUM_NAMESPACE} and reads its cilium-config and agents there; leave it unset`,
      override.from.origin.file ?? undefined,
    )
  const enabled = bool(['encryption', 'enabled'], false)
  // The chart's default type is ipsec (values.yaml `encryption.type: ipsec`).
  const type = mergedValue(docs, ['encryption', 'type'], CILIUM_ENCRYPTION_TYPES)?.value ?? 'ipsec'
  const mutualAuth = bool(['authentication', 'mutual', 'spire', 'enabled'], false)
  const authModule = mergedValue(docs, ['authentication', 'enabled'], 'boolean')
  if (mutualAuth && authModule?.value === false)
    throw new InputError(
      `line ${authModule.from.origin.lineOf?.(['authentication', 'enabled']) ?? '?'}: Helm value authentication.enabled is false while authentication.mutual.spire.enabled is true, which Cilium's chart refuses ("SPIRE integration requires .Values.authentication.enabled=true"): set both true, or authentication.mutual.spire.enabled false`,
      authModule.from.origin.file ?? undefined,
    )
  const installsSpire = mutualAuth && bool(['authentication', 'mutual', 'spire', 'install', 'enabled'], true)
  return {
    encryption: enabled ? type : 'none',
    mutualAuth,
    spire: installsSpire
      ? { namespace: str(['authentication', 'mutual', 'spire', 'install', 'namespace'], SPIRE_NAMESPACE) }
      : null,
    agentDaemonSet: str(['name'], AGENT_DAEMONSET),
    metrics: bool(['prometheus', 'enabled'], false),
    metricsPort: mergedValue(docs, ['prometheus', 'port'], 'integer')?.value ?? CILIUM_AGENT_METRICS.port,
  }
}

/** The gate's defaults as the first values document, the way the install gives them. */
export function gateValuesDocument(): SourcedValues {
  return { values: { ...CILIUM_GATE_VALUES }, origin: { file: INSTALL_DEFAULTS_ORIGIN, line: null } }
}

/** The user's values file as one values document: one YAML mapping, as Helm reads a `--values` file. */
export function userValuesDocument(text: string, file: string): SourcedValues | null {
  const loaded = parseManifestText(text, file)
  if (loaded.objects.length > 0)
    throw new InputError(
      'a Helm values file holds values, not Kubernetes objects (it has apiVersion and kind)',
      file,
    )
  if (loaded.values.length > 1)
    throw new InputError(
      `a Helm values file is one YAML document; this one has ${loaded.values.length}`,
      file,
    )
  return loaded.values[0] ?? null
}

/** Per-node encryption in one word: the nodes' common one, `mixed` when they differ. */
export function encryptionThatRan(nodes: MeshEncryption['nodes']): string | null {
  if (nodes === null || nodes.length === 0) return null
  const kinds = new Set(nodes.map((n) => n.encryption))
  return kinds.size === 1 ? [...kinds][0]! : 'mixed'
}

/** The profile: mutual authentication or not, and the encryption that ran, with the requested one when it differs. */
export function ciliumProfile(
  settings: Pick<CiliumSettings, 'mutualAuth'>,
  encryption: MeshEncryption,
  digest: string | null,
): string {
  const base = withValues(
    settings.mutualAuth ? 'spire-mutual-auth' : 'no-mutual-auth',
    digest ? { digest } : null,
  )
  const ran = encryption.ran ?? 'not read'
  const perNode =
    encryption.ran === 'mixed' && encryption.nodes
      ? ` (${encryption.nodes.map((n) => `${n.node}: ${n.encryption}`).join(', ')})`
      : ''
  const requested = encryption.ran === encryption.requested ? '' : ` (requested: ${encryption.requested})`
  return `${base}, encryption: ${ran}${perNode}${requested}`
}

export class CiliumInstaller implements MeshInstaller {
  readonly mesh = 'cilium' as const
  private readonly version: string
  private valuesDigest: string | null = null
  /** The gate's defaults alone until the install has read the user's values. */
  private settings: CiliumSettings = ciliumSettings([gateValuesDocument()])
  private nodes: MeshEncryption['nodes'] = null

  constructor(
    private readonly ctx: MeshContext,
    private readonly options: MeshOptions = {},
  ) {
    this.version = (options.version ?? DEFAULT_CILIUM_VERSION).replace(/^v/, '')
  }

  /** The agents' namespace and SPIRE's, as the values place it (none when the chart installs no SPIRE). */
  get systemNamespaces(): readonly string[] {
    return [CILIUM_NAMESPACE, ...(this.settings.spire ? [this.settings.spire.namespace] : [])]
  }

  private timeout(): number {
    return this.options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  }

  /** What the cluster dictates (see the module comment): the only values given as `--set`. */
  private clusterSets(): string[] {
    const net = this.ctx.cluster.network
    if (net.kubeProxy) return []
    if (!net.apiServer)
      throw new MeshInstallError('cilium: the cluster has no kube-proxy but no API server address was given')
    return [
      'kubeProxyReplacement=true',
      `k8sServiceHost=${net.apiServer.host}`,
      `k8sServicePort=${net.apiServer.port}`,
    ]
  }

  /**
   * `cilium install`, or `cilium upgrade --reset-values` where Cilium is already installed (cilium-cli's install
   * refuses a cluster whose Helm release exists: an existing cluster reused by another run, or a re-install with
   * the other side's values). --reset-values starts from the chart's own values, so that a key only one side's file
   * sets does not stay behind (Helm's reuse-values would keep it).
   */
  installArgs(gateValuesPath: string, userValuesPath = this.options.valuesPath, upgrade = false): string[] {
    return [
      ...(upgrade ? ['upgrade', '--reset-values'] : ['install']),
      '--version',
      this.version,
      '--values',
      gateValuesPath,
      ...(userValuesPath ? ['--values', userValuesPath] : []),
      ...this.clusterSets().flatMap((s) => ['--set', s]),
      '--kubeconfig',
      this.ctx.cluster.kubeconfigPath,
    ]
  }

  statusArgs(): string[] {
    return [
      'status',
      '--wait',
      '--wait-duration',
      durationFlag(this.timeout()),
      '--interactive=false',
      '--kubeconfig',
      this.ctx.cluster.kubeconfigPath,
    ]
  }

  describe(): Plan {
    const cli = this.options.cliPath ?? 'cilium'
    return {
      downloads: this.options.cliPath
        ? []
        : [downloadSpecFor(CILIUM_CLI_PIN, this.ctx.platform, { sha256: this.options.cliSha256 })],
      files: [
        {
          path: GATE_VALUES_FILE,
          content: stringify(CILIUM_GATE_VALUES),
          why: 'the gate’s default Cilium values, given before the user’s values, which override any of them',
        },
      ],
      commands: [
        {
          command: cli,
          args: this.installArgs(GATE_VALUES_FILE),
          why: `install Cilium ${this.version}: SPIRE mutual authentication, WireGuard and the agents' metrics unless the user's values say otherwise`,
        },
        { command: cli, args: this.statusArgs(), why: 'Cilium’s own readiness check' },
      ],
      notes: [
        `wait (watch, ≤ ${durationFlag(this.timeout())}) for daemonset ${CILIUM_NAMESPACE}/<values name, default ${AGENT_DAEMONSET}>, deployment ${CILIUM_NAMESPACE}/${OPERATOR_DEPLOYMENT} and, when the chart installs SPIRE, daemonset <SPIRE namespace, default ${SPIRE_NAMESPACE}>/${SPIRE_AGENT_DAEMONSET}`,
        'cilium-cli takes the Cilium Helm chart for this version from its own embedded copy or Cilium’s chart repository',
        'then each node’s encryption as its agent publishes it (its CiliumNode), for the fingerprint',
        ...(this.options.valuesPath ? [`the user's Helm values ${this.options.valuesPath}`] : []),
      ],
    }
  }

  async install(): Promise<MeshFingerprint> {
    return this.apply(this.options.valuesPath, 'install')
  }

  /** Cilium re-installed in place with another values file (the other side's mesh values), running once it returns. */
  async reconfigure(valuesPath: string | undefined): Promise<MeshFingerprint> {
    return this.apply(valuesPath, 'reconfigure')
  }

  describeReconfigure(valuesPath: string | undefined): Plan {
    const cli = this.options.cliPath ?? 'cilium'
    return {
      downloads: [],
      files: [],
      commands: [
        {
          command: cli,
          args: this.installArgs(GATE_VALUES_FILE, valuesPath, true),
          why: `re-install Cilium ${this.version} with ${valuesPath ? `the values ${valuesPath}` : 'no user values'}; the agents restart on the new configuration (rollOutCiliumPods)`,
        },
        { command: cli, args: this.statusArgs(), why: 'Cilium’s own readiness check' },
      ],
      notes: [
        `wait (watch) for daemonset ${CILIUM_NAMESPACE}/${this.settings.agentDaemonSet} to roll out the restarted agents`,
      ],
    }
  }

  /** Whether Cilium's agent DaemonSet is in the cluster already (a Helm release cilium-cli would refuse to install). */
  private async installed(agentDaemonSet: string): Promise<boolean> {
    const sets = await kubeFor(this.ctx).listObjects('apps/v1', 'DaemonSet', CILIUM_NAMESPACE)
    return sets.some((d) => d.metadata?.name === agentDaemonSet)
  }

  private async apply(
    valuesPath: string | undefined,
    why: 'install' | 'reconfigure',
  ): Promise<MeshFingerprint> {
    const { runner, log } = this.ctx
    const values = await userValues(valuesPath)
    this.valuesDigest = values?.digest ?? null
    const user = values ? userValuesDocument(values.text, values.path) : null
    this.settings = ciliumSettings([gateValuesDocument(), ...(user ? [user] : [])])
    const cilium = await meshCli(CILIUM_CLI_PIN, this.ctx, this.options)
    const started = Date.now()
    const upgrade = why === 'reconfigure' || (await this.installed(this.settings.agentDaemonSet))
    if (upgrade && why === 'install')
      log(`cilium: already installed in the cluster: upgrading it to the run's values (cilium upgrade)`)
    const dir = await mkdtemp(join(tmpdir(), 'mesh-gate-cilium-'))
    try {
      const gateValues = join(dir, GATE_VALUES_FILE)
      await writeFile(gateValues, stringify(CILIUM_GATE_VALUES))
      await runner.run(cilium, this.installArgs(gateValues, valuesPath, upgrade), {
        timeoutMs: this.timeout(),
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    const kube = kubeFor(this.ctx)
    await kube.waitForDaemonSet(CILIUM_NAMESPACE, this.settings.agentDaemonSet, this.timeout())
    await kube.waitForDeployment(CILIUM_NAMESPACE, OPERATOR_DEPLOYMENT, this.timeout())
    if (this.settings.spire)
      await kube.waitForDaemonSet(this.settings.spire.namespace, SPIRE_AGENT_DAEMONSET, this.timeout())
    const status = await runner.run(cilium, this.statusArgs(), {
      timeoutMs: this.timeout() + 60_000,
      allowFailure: true,
    })
    const parsed = parseCiliumStatus(status.stdout)
    if (status.exitCode !== 0 || !parsed.ok)
      throw new MeshInstallError(
        `cilium status failed (exit ${status.exitCode}): ${parsed.errors.join('; ') || status.stderr.trim() || JSON.stringify(parsed.components)}`,
      )
    this.nodes = await this.nodeEncryption()
    await this.waitForEndpoints()
    const what = why === 'install' ? 'ready' : `re-installed with ${valuesPath ?? 'no user values'}`
    log(
      `cilium: ${this.version} ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s (${Object.entries(
        parsed.components,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); ${this.fingerprint().profile}`,
    )
    return this.fingerprint()
  }

  /**
   * Until every agent's endpoints run the installed configuration. An agent that restarted (a re-install with the
   * other side's values, an upgrade of a running Cilium) reports ready while it still regenerates the endpoints it
   * restored, compiling their BPF programs again: on a 2-core runner about a core for a minute after a re-install,
   * which would be measured as the data plane's cost of whichever side came next. Read from each agent's
   * endpoint-state gauge (outputs.ts ciliumEndpointStates) through the API server, checked every second up to the
   * install's bound. Agents that serve no metrics (`prometheus.enabled: false`) cannot be read: a warning says that
   * the run does not wait for them.
   */
  private async waitForEndpoints(): Promise<void> {
    const { log, warn } = this.ctx
    if (!this.settings.metrics) {
      warn(
        'cilium: the agents serve no metrics (prometheus.enabled false): the run does not wait for their endpoints to be regenerated after the install',
      )
      return
    }
    const kube = kubeFor(this.ctx)
    const endpoint = { ...CILIUM_AGENT_METRICS, port: this.settings.metricsPort }
    const started = Date.now()
    const agents = await pollUntil(
      "every Cilium agent's endpoints regenerated",
      async () => {
        let served
        try {
          served = await kube.getFromPods(endpoint)
        } catch (e) {
          return { done: false, value: [], seen: (e as Error).message }
        }
        const states = served.map((s) => ({
          pod: s.pod,
          ...ciliumEndpointStates(parsePrometheusText(s.text, s.where)),
        }))
        const pending = states.filter((a) => a.pending.length > 0)
        return {
          done: pending.length === 0,
          value: states,
          seen: pending
            .map((a) => `${a.pod}: ${a.pending.map((p) => `${p.count} ${p.state}`).join(', ')}`)
            .join('; '),
        }
      },
      { timeoutMs: this.timeout(), intervalMs: 1000 },
    ).catch((e: unknown) => {
      throw new MeshInstallError(`cilium: ${(e as Error).message}`, { cause: e })
    })
    const unserved = agents.filter((a) => !a.served).map((a) => a.pod)
    if (unserved.length > 0)
      warn(
        `cilium: ${unserved.join(', ')} serve(s) no cilium_endpoint_state gauge (prometheus.metrics turns it off?): the run does not wait for their endpoints to be regenerated`,
      )
    log(
      `cilium: every agent's endpoints regenerated (${agents.map((a) => `${a.pod}: ${a.ready} ready`).join(', ')}) after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  }

  /**
   * Each node's encryption as its agent publishes it on its CiliumNode (outputs.ts ciliumNodeEncryption), after
   * `cilium status` found every agent ready, so each has written its node. Unreadable: a warning, and the fingerprint
   * says "not read" rather than repeat what was requested.
   */
  private async nodeEncryption(): Promise<MeshEncryption['nodes']> {
    // ztunnel encryption leaves no trace on a CiliumNode (neither a WireGuard key nor an IPsec SPI): "none" there
    // would be a guess, so it is not read.
    if (this.settings.encryption === 'ztunnel') {
      this.ctx.warn(
        'cilium: ztunnel encryption is not published on the CiliumNodes: the encryption that runs is not read',
      )
      return null
    }
    try {
      const nodes = await kubeFor(this.ctx).listObjects('cilium.io/v2', 'CiliumNode')
      return nodes
        .map((n) => ({ node: String(n.metadata?.name ?? '?'), encryption: ciliumNodeEncryption(n) }))
        .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
    } catch (e) {
      this.ctx.warn(
        `cilium: could not read the CiliumNodes for the encryption that runs: ${(e as Error).message}`,
      )
      return null
    }
  }

  fingerprint(): MeshFingerprint {
    const encryption: MeshEncryption = {
      requested: this.settings.encryption,
      nodes: this.nodes,
      ran: encryptionThatRan(this.nodes),
    }
    return {
      name: 'cilium',
      version: this.version,
      profile: ciliumProfile(this.settings, encryption, this.valuesDigest),
      encryption,
    }
  }
}

export const CILIUM_SETUP: MeshSetup = {
  // Cilium enforces per endpoint from the policies themselves; the namespace needs nothing.
  enrol: { labels: {}, annotations: {} },
  exclude: { labels: {}, annotations: {} },
  // The agent DaemonSet's `cilium-agent`, the Envoy DaemonSet's `cilium-envoy` (its own DaemonSet in kube-system
  // whenever the chart's envoyDaemonSetEnabled holds, the default since 1.16) and SPIRE's `spire-agent`
  // (templates/cilium-agent, cilium-envoy and spire/agent daemonset.yaml of 1.20.2). The SPIRE server and the
  // operator serve no traffic: control plane, not data plane.
  containers: { proxy: [], node: ['cilium-agent', 'cilium-envoy', 'spire-agent'] },
  // It replaces kube-proxy too (see the module comment).
  replacesCni: true,
  cli: CILIUM_CLI_PIN,
  defaultValues: CILIUM_GATE_VALUES,
  // The install line's only `--set` values are the cluster's (kube-proxy replacement, the API server): no mTLS.
  installValues: {},
  checkValues: (values) => void ciliumSettings(values),
  create: (ctx, options) => new CiliumInstaller(ctx, options),
}
