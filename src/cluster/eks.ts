/**
 * An ephemeral EKS cluster for loads a runner cannot carry (the published benchmarks used three 16-vCPU nodes at
 * 10k RPS). `eksctl create cluster -f` takes the ClusterConfig from the repository with the gate's own name and
 * tags: `mesh-mtls-gate/expires-at` (ISO time) and `mesh-mtls-gate/run`, so a sweeper can find orphans. AWS
 * credentials come from the workflow (OIDC, e.g. aws-actions/configure-aws-credentials) through the environment;
 * they are never arguments, so never logged. eksctl must be on PATH.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { InputError } from '../errors.js'
import type { Plan } from '../tools/plan.js'
import { readYamlMapping, requireString } from './cloud-config.js'
import { clusterName, DEFAULT_TTL_HOURS, EXPIRES_AT_LABEL, expiresAt, RUN_LABEL } from './names.js'
import { readServerVersion, type ServerVersion } from './server-version.js'
import { unshapedHandle, type ClusterHandle, type ClusterProvider, type ProviderContext } from './types.js'

/** `eksctl delete cluster`'s arguments, for the provider and the post step's record alike. */
export function eksDeleteArgs(name: string, region: string): string[] {
  return ['delete', 'cluster', '--name', name, '--region', region]
}

export interface EksOptions {
  /** eksctl ClusterConfig (eksctl.io/v1alpha5) in the repository. */
  configPath: string
  name?: string
  ttlHours?: number
  eksctlPath?: string
  /** Bound on `eksctl create cluster` (default 40 minutes). */
  createTimeoutMs?: number
  serverVersion?: ServerVersion
}

/** The user's ClusterConfig with the gate's name and expiry tags; refuses configs eksctl would refuse. */
export function eksClusterConfig(
  config: Record<string, unknown>,
  path: string,
  name: string,
  runId: string,
  expires: Date,
): Record<string, unknown> {
  if (config.kind !== 'ClusterConfig' || config.apiVersion !== 'eksctl.io/v1alpha5')
    throw new InputError("'kind: ClusterConfig' with 'apiVersion: eksctl.io/v1alpha5' expected", path)
  requireString(config, 'metadata.region', path)
  const metadata = config.metadata as Record<string, unknown>
  const tags = metadata.tags ?? {}
  if (typeof tags !== 'object' || Array.isArray(tags))
    throw new InputError("'metadata.tags' must be a mapping", path)
  return {
    ...config,
    metadata: {
      ...metadata,
      name,
      tags: {
        ...(tags as Record<string, string>),
        [EXPIRES_AT_LABEL]: expires.toISOString(),
        [RUN_LABEL]: runId,
      },
    },
  }
}

export class EksProvider implements ClusterProvider {
  readonly kind = 'eks' as const
  readonly name: string
  private readonly eksctl: string
  private readonly generatedPath: string
  private readonly kubeconfigPath: string
  private region: string | null = null
  private created = false

  constructor(
    private readonly ctx: ProviderContext,
    private readonly options: EksOptions,
  ) {
    this.name = options.name ?? clusterName(ctx.runId)
    this.eksctl = options.eksctlPath ?? 'eksctl'
    this.generatedPath = join(ctx.tempDir, 'eksctl-cluster.yaml')
    this.kubeconfigPath = join(ctx.tempDir, `kubeconfig-${this.name}`)
  }

  private createArgs(): string[] {
    return ['create', 'cluster', '-f', this.generatedPath, '--kubeconfig', this.kubeconfigPath]
  }

  async prepare(): Promise<void> {
    // The same checks create() makes (metadata.region among them), so a plan never shows a placeholder.
    const config = await readYamlMapping(this.options.configPath, 'eksctl cluster config')
    const generated = eksClusterConfig(
      config,
      this.options.configPath,
      this.name,
      this.ctx.runId,
      new Date(0),
    )
    this.region = (generated.metadata as Record<string, unknown>).region as string
  }

  describe(): Plan {
    return {
      downloads: [],
      files: [
        {
          path: 'eksctl-cluster.yaml',
          content: `# ${this.options.configPath} with metadata.name '${this.name}' and tags ${EXPIRES_AT_LABEL}, ${RUN_LABEL}\n`,
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
        `tags ${EXPIRES_AT_LABEL}=<now + ${this.options.ttlHours ?? DEFAULT_TTL_HOURS} h> and ${RUN_LABEL}=${this.ctx.runId}: orphans can be swept`,
        'AWS credentials from the workflow (OIDC) through the environment; never passed as arguments or logged',
      ],
    }
  }

  async create(): Promise<ClusterHandle> {
    const { runner, log, warn } = this.ctx
    const config = await readYamlMapping(this.options.configPath, 'eksctl cluster config')
    const now = (this.ctx.now ?? (() => new Date()))()
    const generated = eksClusterConfig(
      config,
      this.options.configPath,
      this.name,
      this.ctx.runId,
      expiresAt(now, this.options.ttlHours),
    )
    const metadata = generated.metadata as Record<string, unknown>
    this.region = metadata.region as string
    await mkdir(this.ctx.tempDir, { recursive: true })
    await writeFile(this.generatedPath, stringify(generated))
    const started = Date.now()
    this.created = true
    this.ctx.recordTeardown?.({
      provider: 'eks',
      name: this.name,
      region: this.region,
      eksctlPath: this.eksctl,
    })
    try {
      await runner.run(this.eksctl, this.createArgs(), {
        timeoutMs: this.options.createTimeoutMs ?? 2_400_000,
      })
    } catch (e) {
      await this.delete().catch((d: Error) =>
        warn(`eks: deleting the failed cluster '${this.name}': ${d.message}`),
      )
      throw e
    }
    log(
      `eks: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s (${this.region})`,
    )
    const version =
      (await (this.options.serverVersion ?? readServerVersion)(this.kubeconfigPath)) ??
      (typeof metadata.version === 'string' ? metadata.version : null)
    return unshapedHandle({
      provider: 'eks',
      name: this.name,
      kubeconfigPath: this.kubeconfigPath,
      kubernetesVersion: version,
      created: true,
      teardown: { provider: 'eks', name: this.name, region: this.region, eksctlPath: this.eksctl },
    })
  }

  planned(): ClusterHandle {
    return unshapedHandle({
      provider: 'eks',
      name: this.name,
      kubeconfigPath: this.kubeconfigPath,
      created: true,
    })
  }

  async delete(): Promise<void> {
    if (!this.created || !this.region) return
    await this.ctx.runner.run(this.eksctl, eksDeleteArgs(this.name, this.region), { timeoutMs: 1_800_000 })
    this.created = false
  }
}
