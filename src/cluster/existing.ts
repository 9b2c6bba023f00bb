/**
 * A cluster that earlier steps created (or a developer's own): reached through a kubeconfig given as the action
 * input (written to a 0600 temporary file) or KUBECONFIG. The gate never deletes such a cluster; it removes only
 * what it created there (its own namespaces, by the stages that made them) and the temporary kubeconfig.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { connect } from '../k8s/client.js'
import type { Plan } from '../tools/plan.js'
import { readServerVersion, type ServerVersion } from './server-version.js'
import { unshapedHandle, type ClusterHandle, type ClusterProvider, type ProviderContext } from './types.js'

export interface ExistingOptions {
  /** The kubeconfig's content (the action's `kubeconfig` input; main masks it). */
  kubeconfig?: string
  /** Where KUBECONFIG comes from; defaults to process.env. */
  env?: NodeJS.ProcessEnv
  serverVersion?: ServerVersion
}

export class ExistingProvider implements ClusterProvider {
  readonly kind = 'existing' as const
  private written: string | null = null

  constructor(
    private readonly ctx: ProviderContext,
    private readonly options: ExistingOptions = {},
  ) {}

  describe(): Plan {
    const from = this.options.kubeconfig?.trim()
      ? `the '${Inputs.Kubeconfig}' input, written to a temporary file with mode 0600`
      : `KUBECONFIG (${this.kubeconfigFromEnv() ?? 'not set'})`
    return {
      downloads: [],
      commands: [],
      files: [],
      notes: [
        `cluster: existing, kubeconfig from ${from}`,
        'the gate does not create or delete this cluster; it removes only the namespaces and objects it created',
      ],
    }
  }

  private kubeconfigFromEnv(): string | null {
    const value = (this.options.env ?? process.env).KUBECONFIG?.trim()
    if (!value) return null
    const paths = value.split(delimiter).filter(Boolean)
    if (paths.length !== 1)
      throw new InputError(
        `KUBECONFIG lists ${paths.length} files; 'cluster: existing' needs one kubeconfig file for one cluster`,
      )
    return paths[0]
  }

  async create(): Promise<ClusterHandle> {
    let path: string
    const content = this.options.kubeconfig?.trim()
    if (content) {
      await mkdir(this.ctx.tempDir, { recursive: true })
      path = join(this.ctx.tempDir, `kubeconfig-existing-${randomBytes(4).toString('hex')}`)
      await writeFile(path, content + '\n', { mode: 0o600 })
      this.written = path
      this.ctx.recordTeardown?.({ provider: 'existing', kubeconfigPath: path })
    } else {
      const fromEnv = this.kubeconfigFromEnv()
      if (!fromEnv)
        throw new InputError(
          `cluster 'existing' needs a kubeconfig: set the action input '${Inputs.Kubeconfig}' (from a secret) or ` +
            `KUBECONFIG to a kubeconfig file`,
        )
      if (!existsSync(fromEnv))
        throw new InputError('the kubeconfig file does not exist (from KUBECONFIG)', fromEnv)
      path = fromEnv
    }
    // Refuses a kubeconfig that does not parse or has no current cluster, naming where it came from.
    let name: string
    try {
      name = connect(path).kubeConfig.getCurrentCluster()?.name ?? 'existing'
    } catch (e) {
      if (this.written && e instanceof InputError)
        throw new InputError(
          `the '${Inputs.Kubeconfig}' input is not a usable kubeconfig: ${e.message.replace(`${path}: `, '')}`,
        )
      throw e
    }
    const version = await (this.options.serverVersion ?? readServerVersion)(path)
    this.ctx.log(`existing cluster '${name}'${version ? ` (Kubernetes ${version})` : ''}`)
    return unshapedHandle({
      provider: 'existing',
      name,
      kubeconfigPath: path,
      kubernetesVersion: version,
      created: false,
      teardown: this.written ? { provider: 'existing', kubeconfigPath: this.written } : null,
    })
  }

  planned(): ClusterHandle {
    return unshapedHandle({
      provider: 'existing',
      name: '(existing)',
      kubeconfigPath: '',
      created: false,
    })
  }

  /** Removes the temporary kubeconfig it wrote; the cluster is not the gate's to delete. */
  async delete(): Promise<void> {
    if (this.written) await rm(this.written, { force: true })
    this.written = null
  }
}
