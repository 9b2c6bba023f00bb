/**
 * An ephemeral GKE cluster, from a small config in the repository (project, location, machine type, node count,
 * optional version or release channel, extra `gcloud` flags). Labelled `mesh-mtls-gate-expires-at=<unix seconds>`
 * and `mesh-mtls-gate-run` (GCP labels allow no '/'), so a sweeper can find orphans. Credentials come from the
 * workflow (OIDC, e.g. google-github-actions/auth) through the environment; never arguments, never logged. gcloud
 * (with gke-gcloud-auth-plugin) must be on PATH.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import type { Plan } from '../tools/plan.js'
import { readYamlMapping, requireString } from './cloud-config.js'
import {
  clusterName,
  DEFAULT_TTL_HOURS,
  expiresAt,
  GCP_EXPIRES_AT_LABEL,
  GCP_RUN_LABEL,
  gcpLabelValue,
} from './names.js'
import { readServerVersion, type ServerVersion } from './server-version.js'
import { unshapedHandle, type ClusterHandle, type ClusterProvider, type ProviderContext } from './types.js'

export interface GkeConfig {
  project: string
  location: string
  machineType: string
  numNodes: number
  clusterVersion?: string
  releaseChannel?: string
  /** Further `gcloud container clusters create` flags, as written. */
  args: string[]
}

export interface GkeOptions {
  configPath: string
  name?: string
  ttlHours?: number
  gcloudPath?: string
  createTimeoutMs?: number
  serverVersion?: ServerVersion
}

export function parseGkeConfig(raw: Record<string, unknown>, path: string): GkeConfig {
  const known = new Set([
    'project',
    'location',
    'machineType',
    'numNodes',
    'clusterVersion',
    'releaseChannel',
    'args',
  ])
  for (const k of Object.keys(raw))
    if (!known.has(k)) throw new InputError(`unknown field '${k}' (known: ${[...known].join(', ')})`, path)
  const numNodes = raw.numNodes ?? 3
  if (typeof numNodes !== 'number' || !Number.isInteger(numNodes) || numNodes < 2)
    throw new InputError("'numNodes' must be an integer ≥ 2 (client and server on different nodes)", path)
  const args = raw.args ?? []
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string'))
    throw new InputError("'args' must be a list of strings", path)
  for (const a of args as string[])
    if (/^--(labels|location|zone|region|project)\b/.test(a))
      throw new InputError(`'args' may not set ${a.split('=')[0]}: the gate sets it`, path)
  const optional = (k: string) => {
    const v = raw[k]
    if (v === undefined) return undefined
    if (typeof v !== 'string' || !v.trim()) throw new InputError(`'${k}' must be a non-empty string`, path)
    return v
  }
  return {
    project: requireString(raw, 'project', path),
    location: requireString(raw, 'location', path),
    machineType: optional('machineType') ?? 'e2-standard-4',
    numNodes,
    clusterVersion: optional('clusterVersion'),
    releaseChannel: optional('releaseChannel'),
    args: args as string[],
  }
}

const gkeWhere = (c: { project: string; location: string }) => [
  '--project',
  c.project,
  '--location',
  c.location,
]

/** `gcloud container clusters delete`'s arguments, for the provider and the post step's record alike. */
export function gkeDeleteArgs(name: string, where: { project: string; location: string }): string[] {
  return ['container', 'clusters', 'delete', name, ...gkeWhere(where), '--quiet']
}

export function gkeCreateArgs(config: GkeConfig, name: string, runId: string, expires: Date): string[] {
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
    `${GCP_EXPIRES_AT_LABEL}=${Math.floor(expires.getTime() / 1000)},${GCP_RUN_LABEL}=${gcpLabelValue(runId)}`,
    '--quiet',
    ...config.args,
  ]
}

export class GkeProvider implements ClusterProvider {
  readonly kind = 'gke' as const
  readonly name: string
  private readonly gcloud: string
  private readonly kubeconfigPath: string
  private config: GkeConfig | null = null
  private created = false

  constructor(
    private readonly ctx: ProviderContext,
    private readonly options: GkeOptions,
  ) {
    this.name = options.name ?? clusterName(ctx.runId)
    this.gcloud = options.gcloudPath ?? 'gcloud'
    this.kubeconfigPath = join(ctx.tempDir, `kubeconfig-${this.name}`)
  }

  private where(c: { project: string; location: string }): string[] {
    return gkeWhere(c)
  }

  async prepare(): Promise<void> {
    this.config = parseGkeConfig(
      await readYamlMapping(this.options.configPath, 'GKE cluster config'),
      this.options.configPath,
    )
  }

  describe(): Plan {
    const placeholder = this.config ?? { project: '<project>', location: '<location>' }
    return {
      downloads: [],
      files: [],
      commands: [
        {
          command: this.gcloud,
          // After prepare(): the real arguments, the expiry being known only when the cluster is created.
          args: this.config
            ? gkeCreateArgs(this.config, this.name, this.ctx.runId, new Date(0)).map((a) =>
                a.startsWith(`${GCP_EXPIRES_AT_LABEL}=`) ? a.replace(/=\d+,/, '=<unix time>,') : a,
              )
            : [
                'container',
                'clusters',
                'create',
                this.name,
                '...',
                '--labels',
                `${GCP_EXPIRES_AT_LABEL}=<unix time>,${GCP_RUN_LABEL}=...`,
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
        `labels ${GCP_EXPIRES_AT_LABEL}=<now + ${this.options.ttlHours ?? DEFAULT_TTL_HOURS} h, unix seconds> and ${GCP_RUN_LABEL}: orphans can be swept`,
        'Google credentials from the workflow (OIDC) through the environment; never passed as arguments or logged',
      ],
    }
  }

  async create(): Promise<ClusterHandle> {
    const { runner, log, warn } = this.ctx
    const config = parseGkeConfig(
      await readYamlMapping(this.options.configPath, 'GKE cluster config'),
      this.options.configPath,
    )
    this.config = config
    const now = (this.ctx.now ?? (() => new Date()))()
    await mkdir(this.ctx.tempDir, { recursive: true })
    const started = Date.now()
    this.created = true
    this.ctx.recordTeardown?.({
      provider: 'gke',
      name: this.name,
      project: config.project,
      location: config.location,
      gcloudPath: this.gcloud,
    })
    try {
      await runner.run(
        this.gcloud,
        gkeCreateArgs(config, this.name, this.ctx.runId, expiresAt(now, this.options.ttlHours)),
        {
          timeoutMs: this.options.createTimeoutMs ?? 1_800_000,
        },
      )
      await runner.run(
        this.gcloud,
        ['container', 'clusters', 'get-credentials', this.name, ...this.where(config)],
        {
          env: { KUBECONFIG: this.kubeconfigPath },
          timeoutMs: 120_000,
        },
      )
    } catch (e) {
      await this.delete().catch((d: Error) =>
        warn(`gke: deleting the failed cluster '${this.name}': ${d.message}`),
      )
      throw e
    }
    log(
      `gke: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s (${config.location})`,
    )
    return unshapedHandle({
      provider: 'gke',
      name: this.name,
      kubeconfigPath: this.kubeconfigPath,
      kubernetesVersion: await (this.options.serverVersion ?? readServerVersion)(this.kubeconfigPath),
      created: true,
      teardown: {
        provider: 'gke',
        name: this.name,
        project: config.project,
        location: config.location,
        gcloudPath: this.gcloud,
      },
    })
  }

  planned(): ClusterHandle {
    return unshapedHandle({
      provider: 'gke',
      name: this.name,
      kubeconfigPath: this.kubeconfigPath,
      created: true,
    })
  }

  async delete(): Promise<void> {
    if (!this.created || !this.config) return
    await this.ctx.runner.run(this.gcloud, gkeDeleteArgs(this.name, this.config), {
      timeoutMs: 1_800_000,
    })
    this.created = false
  }
}
