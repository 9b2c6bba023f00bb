/**
 * A cluster that earlier steps created (or a developer's own): reached through a kubeconfig given as the action
 * input (written to a 0600 temporary file), a file named with `run --kubeconfig`, or KUBECONFIG. The gate never deletes such a cluster; it removes only
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
  /** A kubeconfig file named on the command line (`run --kubeconfig FILE`), used where it is. */
  kubeconfigPath?: string
  /** Where KUBECONFIG comes from; defaults to process.env. */
  env?: NodeJS.ProcessEnv
  serverVersion?: ServerVersion
}

/** Where the kubeconfig comes from, and the file the gate's commands get (`--kubeconfig` of the plan and the run). */
interface KubeconfigSource {
  path: string
  /** For the plan's note and errors: the input, the flag or KUBECONFIG. */
  from: string
  /** The content of the action's input, which the gate writes to `path` itself. */
  content: string | null
}

export class ExistingProvider implements ClusterProvider {
  readonly kind = 'existing' as const
  private written: string | null = null
  /** Decided once, so that the plan names the file the run uses. */
  private readonly inputPath: string

  constructor(
    private readonly ctx: ProviderContext,
    private readonly options: ExistingOptions = {},
  ) {
    this.inputPath = join(ctx.tempDir, `kubeconfig-existing-${randomBytes(4).toString('hex')}`)
  }

  describe(): Plan {
    return {
      downloads: [],
      commands: [],
      files: [],
      notes: [
        `cluster: existing, kubeconfig from ${this.source().from}`,
        'the gate does not create or delete this cluster; it removes only the namespaces and objects it created',
      ],
    }
  }

  /**
   * The action's input (its content, written to a 0600 file in the run's temp folder), else the file named on the
   * command line, else KUBECONFIG; a named file that is not there is refused here, for the plan as for the run.
   */
  private source(): KubeconfigSource {
    const content = this.options.kubeconfig?.trim()
    if (content)
      return {
        path: this.inputPath,
        from: `the '${Inputs.Kubeconfig}' input, written to a temporary file with mode 0600`,
        content,
      }
    const named = this.options.kubeconfigPath
      ? {
          path: this.options.kubeconfigPath,
          from: `the file given with --kubeconfig (${this.options.kubeconfigPath})`,
        }
      : this.kubeconfigFromEnv()
    if (!named)
      throw new InputError(
        `cluster 'existing' needs a kubeconfig: set the action input '${Inputs.Kubeconfig}' (from a secret), ` +
          `--kubeconfig FILE, or KUBECONFIG to a kubeconfig file`,
      )
    if (!existsSync(named.path))
      throw new InputError(`the kubeconfig file does not exist (from ${named.from})`, named.path)
    return { ...named, content: null }
  }

  private kubeconfigFromEnv(): { path: string; from: string } | null {
    const value = (this.options.env ?? process.env).KUBECONFIG?.trim()
    if (!value) return null
    const paths = value.split(delimiter).filter(Boolean)
    if (paths.length !== 1)
      throw new InputError(
        `KUBECONFIG lists ${paths.length} files; 'cluster: existing' needs one kubeconfig file for one cluster`,
      )
    return { path: paths[0], from: `KUBECONFIG (${paths[0]})` }
  }

  async create(): Promise<ClusterHandle> {
    const { path, content } = this.source()
    if (content) {
      await mkdir(this.ctx.tempDir, { recursive: true })
      await writeFile(path, content + '\n', { mode: 0o600 })
      this.written = path
      this.ctx.recordTeardown?.({ provider: 'existing', kubeconfigPath: path })
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
      kubeconfigPath: this.source().path,
      created: false,
    })
  }

  /** Removes the temporary kubeconfig it wrote; the cluster is not the gate's to delete. */
  async delete(): Promise<void> {
    if (this.written) await rm(this.written, { force: true })
    this.written = null
  }
}
