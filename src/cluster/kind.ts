/**
 * The default cluster: kind (Kubernetes in Docker) on the runner. The kind binary is pinned by version and
 * SHA-256 (KIND_PIN below), the node image by digest, the cluster has a control plane and two labelled workers
 * (client and server on different nodes, so WireGuard and cross-node mTLS are really exercised), and creation is
 * retried a bounded number of times with `kind export logs` kept from each failed attempt.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { InputError } from '../errors.js'
import { CommandError, tail, type CommandRunner } from '../tools/exec.js'
import { downloadSpecFor, installTool, type ToolOverride, type ToolPin } from '../tools/pins.js'
import type { Plan, PlannedCommand } from '../tools/plan.js'
import { clusterName } from './names.js'
import {
  ClusterCreateError,
  NODE_ROLE_LABEL,
  type ClusterHandle,
  type ClusterProvider,
  type ProviderContext,
} from './types.js'

/**
 * kind v0.33.0: the latest kind release ("kindest/node images: picking the version for your kind release", checked
 * against kind v0.33.0's release notes, 2026-11-03). Pinned: linux-amd64 `aee61515…8d0e`, linux-arm64 `20022bee…67a2`,
 * the values of its `.sha256sum` release files as several independent projects pin them.
 */
/** `kind delete cluster`'s arguments, for the failed attempt, the plan and the post step's record alike. */
export function kindDeleteArgs(name: string, kubeconfigPath: string): string[] {
  return ['delete', 'cluster', '--name', name, ...(kubeconfigPath ? ['--kubeconfig', kubeconfigPath] : [])]
}

export const KIND_PIN: ToolPin = {
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
}

/**
 * Node images built for kind v0.33.0, from its release notes ("Images pre-built for this release"). kind only
 * promises that an image works with the kind release it was built for, hence the digests.
 */
export const KIND_NODE_IMAGES_FOR = KIND_PIN.version
export const KIND_NODE_IMAGES: Record<string, string> = {
  '1.37': 'kindest/node:v1.37.0@sha256:a1ed56cfb0e7b93589bdf97c8cd566405a265939e3620fc4f5de89adff580ae5',
  '1.36': 'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed',
  '1.35': 'kindest/node:v1.35.8@sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0',
  '1.34': 'kindest/node:v1.34.11@sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d',
}
/**
 * 1.34 by default: the newest minor that every pinned mesh release supports (Istio 1.28 supports Kubernetes
 * 1.30–1.34); newer minors are available with `kubernetesVersion`.
 */
export const DEFAULT_KIND_KUBERNETES = '1.34'

/** kind's known-issues page: too many open files / pods that crash on watch limits inside kind nodes. */
export const INOTIFY_LIMITS: ReadonlyArray<readonly [string, number]> = [
  ['fs.inotify.max_user_watches', 524288],
  ['fs.inotify.max_user_instances', 512],
]

export interface KindOptions {
  /** Defaults to a name derived from the run. */
  name?: string
  /** `1.34`, `v1.34.11` or `1.34.11`: a minor with a pinned node image. */
  kubernetesVersion?: string
  /** Cilium replaces the default CNI and kube-proxy: `disableDefaultCNI: true`, `kubeProxyMode: none`. */
  forCilium?: boolean
  /** Creation attempts, at least 1 (default 3). */
  attempts?: number
  /** Bound on one `kind create cluster` (default 10 minutes). */
  createTimeoutMs?: number
  /** Where `kind export logs` writes after a failed attempt (default `<tempDir>/kind-logs`). */
  logsDir?: string
  /** Use this kind binary instead of downloading the pinned one. */
  kindPath?: string
  kindOverride?: ToolOverride
  /** Reads a sysctl's current value; defaults to /proc/sys. */
  readSysctl?: (key: string) => Promise<number | null>
  /** Whether this process runs as root (sysctl without sudo). */
  isRoot?: boolean
}

export function kindNodeImage(version: string = DEFAULT_KIND_KUBERNETES): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim())
  const minor = m ? `${m[1]}.${m[2]}` : version
  const image = KIND_NODE_IMAGES[minor]
  if (!image)
    throw new InputError(
      `Kubernetes '${version}' has no kind node image pinned for kind ${KIND_NODE_IMAGES_FOR}; use one of ` +
        Object.keys(KIND_NODE_IMAGES).join(', '),
    )
  const full = /:v(\d+\.\d+\.\d+)@/.exec(image)?.[1]
  if (m && /\.\d+\.\d+$/.test(version) && full !== version.replace(/^v/, ''))
    throw new InputError(
      `Kubernetes '${version}': kind ${KIND_NODE_IMAGES_FOR} ships v${full} for ${minor}; ask for '${minor}'`,
    )
  return image
}

/** The kind cluster config (kind.x-k8s.io/v1alpha4). */
export function kindConfig(options: {
  name: string
  image: string
  forCilium: boolean
}): Record<string, unknown> {
  const worker = (role: 'client' | 'server') => ({
    role: 'worker',
    image: options.image,
    labels: { [NODE_ROLE_LABEL]: role },
  })
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    name: options.name,
    ...(options.forCilium ? { networking: { disableDefaultCNI: true, kubeProxyMode: 'none' } } : {}),
    nodes: [{ role: 'control-plane', image: options.image }, worker('client'), worker('server')],
  }
}

export function kindConfigYaml(options: { name: string; image: string; forCilium: boolean }): string {
  return (
    '# Generated by mesh-mtls-gate: control plane + two workers, node image pinned by digest.\n' +
    stringify(kindConfig(options))
  )
}

/** What `kind create cluster` printed: the cluster, the image, the steps done, the error if any. */
export interface KindCreateOutput {
  cluster: string | null
  image: string | null
  steps: string[]
  error: string | null
}

export function parseKindCreate(output: string): KindCreateOutput {
  const cluster = /Creating cluster "([^"]+)"/.exec(output)?.[1] ?? null
  const image = /Ensuring node image \(([^)]+)\)/.exec(output)?.[1] ?? null
  const steps = [...output.matchAll(/^\s*✓\s+(.*)$/gm)].map((m) =>
    m[1].replace(/[^\x20-\x7e].*$/u, '').trim(),
  )
  const error = /^ERROR: (.+)$/m.exec(output)?.[1] ?? null
  return { cluster, image, steps, error }
}

const DOCKER_INFO: PlannedCommand = {
  command: 'docker',
  args: ['info', '--format', '{{.ServerVersion}}'],
  why: 'kind needs Docker; fail at once without it',
}

/**
 * Fails at once, before any download, when Docker cannot be used: kind runs its nodes as Docker containers.
 */
export async function checkDocker(runner: CommandRunner): Promise<string> {
  const howToExisting =
    `kind needs Docker: start Docker (or give this user access to its socket), or measure on a cluster you ` +
    `bring: set the action input 'cluster: existing' with 'kubeconfig', or run the CLI with ` +
    `'--cluster existing' and KUBECONFIG set`
  let result
  try {
    result = await runner.run(DOCKER_INFO.command, DOCKER_INFO.args, {
      allowFailure: true,
      timeoutMs: 30_000,
    })
  } catch (e) {
    const why =
      e instanceof CommandError && e.code === 'ENOENT'
        ? 'the docker command is not installed'
        : String((e as Error).message)
    throw new InputError(`cluster 'kind': ${why}. ${howToExisting}`)
  }
  if (result.exitCode !== 0 || !result.stdout.trim())
    throw new InputError(
      `cluster 'kind': 'docker info' failed (${tail(result.stderr || result.stdout, 3).trim() || `exit ${result.exitCode}`}). ${howToExisting}`,
    )
  return result.stdout.trim()
}

async function procSysctl(key: string): Promise<number | null> {
  try {
    return Number((await readFile(`/proc/sys/${key.replace(/\./g, '/')}`, 'utf8')).trim())
  } catch {
    return null
  }
}

function sysctlCommands(isRoot: boolean, current: Map<string, number | null>): PlannedCommand[] {
  return INOTIFY_LIMITS.filter(([key, want]) => {
    const have = current.get(key)
    return have === undefined || have === null || have < want
  }).map(([key, want]) => ({
    command: isRoot ? 'sysctl' : 'sudo',
    args: [...(isRoot ? [] : ['-n', 'sysctl']), '-w', `${key}=${want}`],
    why: `raise ${key} to ${want} (kind known issues: pods fail with "too many open files")`,
  }))
}

export class KindProvider implements ClusterProvider {
  readonly kind = 'kind' as const
  readonly name: string
  readonly image: string
  private readonly forCilium: boolean
  private readonly attempts: number
  private readonly configPath: string
  private readonly kubeconfigPath: string
  private readonly logsDir: string
  private kindPath: string | undefined
  private createdName: string | null = null
  private checked = false

  constructor(
    private readonly ctx: ProviderContext,
    private readonly options: KindOptions = {},
  ) {
    this.name = options.name ?? clusterName(ctx.runId)
    this.image = kindNodeImage(options.kubernetesVersion)
    this.forCilium = options.forCilium ?? false
    this.attempts = Math.max(1, Math.floor(options.attempts ?? 3))
    this.configPath = join(ctx.tempDir, 'kind-config.yaml')
    this.kubeconfigPath = join(ctx.tempDir, `kubeconfig-${this.name}`)
    this.logsDir = options.logsDir ?? join(ctx.tempDir, 'kind-logs')
    this.kindPath = options.kindPath
  }

  /** The kind commands, each written once: create() and delete() run them, describe() lists them. */
  private commands(kind: string) {
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
      exportLogs: (dir: string): PlannedCommand => ({
        command: kind,
        args: ['export', 'logs', dir, '--name', this.name],
        why: 'only after a failed attempt: keep the node logs',
      }),
      delete: {
        command: kind,
        args: kindDeleteArgs(this.name, this.kubeconfigPath),
        why: 'after a failed attempt, and in the post step',
      },
    } satisfies Record<string, PlannedCommand | ((dir: string) => PlannedCommand)>
  }

  describe(): Plan {
    const kind = this.commands(this.kindPath ?? 'kind')
    const yaml = kindConfigYaml({ name: this.name, image: this.image, forCilium: this.forCilium })
    return {
      downloads: this.options.kindPath
        ? []
        : [downloadSpecFor(KIND_PIN, this.ctx.platform, this.options.kindOverride)],
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
        kind.exportLogs(join(this.logsDir, 'attempt-N')),
        kind.delete,
      ],
      notes: [
        `node image ${this.image}`,
        `workers labelled ${NODE_ROLE_LABEL}=client and ${NODE_ROLE_LABEL}=server`,
        this.forCilium
          ? 'no default CNI and no kube-proxy: Cilium provides both'
          : 'kind’s default CNI (kindnet) and kube-proxy',
        'the post step deletes the cluster, also after a failure or a cancel',
      ],
    }
  }

  /** Docker answers and the inotify limits are raised: before any download, so a machine without Docker fails at once. */
  async preflight(): Promise<void> {
    if (this.checked) return
    const dockerVersion = await checkDocker(this.ctx.runner)
    this.ctx.log(`kind: Docker ${dockerVersion}`)
    await this.raiseInotifyLimits()
    this.checked = true
  }

  async create(): Promise<ClusterHandle> {
    const { runner, log, warn } = this.ctx
    await this.preflight()
    // Already fetched and verified by the pipeline before any cluster exists; the store returns the same file.
    this.kindPath ??= (
      await installTool(KIND_PIN, {
        store: this.ctx.store,
        platform: this.ctx.platform,
        override: this.options.kindOverride,
      })
    ).path
    await mkdir(this.ctx.tempDir, { recursive: true })
    await writeFile(
      this.configPath,
      kindConfigYaml({ name: this.name, image: this.image, forCilium: this.forCilium }),
    )
    const kind = this.commands(this.kindPath)
    const failures: string[] = []
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const started = Date.now()
      try {
        // From here on the cluster may exist (even half-made): delete() and the post step must remove it.
        this.createdName = this.name
        this.ctx.recordTeardown?.(this.handle().teardown!)
        const result = await runner.run(kind.create.command, kind.create.args, {
          timeoutMs: this.options.createTimeoutMs ?? 600_000,
        })
        const out = parseKindCreate(result.stderr + result.stdout)
        log(
          `kind: cluster '${this.name}' created in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(attempt ${attempt} of ${this.attempts}; image ${out.image ?? this.image})`,
        )
        return this.handle()
      } catch (e) {
        const why =
          e instanceof CommandError && e.result
            ? (parseKindCreate(e.result.stderr).error ?? e.message)
            : (e as Error).message
        failures.push(`attempt ${attempt}: ${why}`)
        const logs = join(this.logsDir, `attempt-${attempt}`)
        const exportLogs = kind.exportLogs(logs)
        await runner
          .run(exportLogs.command, exportLogs.args, {
            allowFailure: true,
            timeoutMs: 120_000,
          })
          .catch(() => undefined)
        await this.delete().catch((d: Error) => warn(`kind: deleting the failed cluster: ${d.message}`))
        warn(
          `kind: creating cluster '${this.name}' failed after ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(attempt ${attempt} of ${this.attempts}); node logs in ${logs}`,
        )
      }
    }
    throw new ClusterCreateError(
      `kind: could not create cluster '${this.name}' in ${this.attempts} attempts; node logs in ${this.logsDir}\n` +
        failures.join('\n'),
      this.logsDir,
    )
  }

  planned(): ClusterHandle {
    return this.handle()
  }

  handle(): ClusterHandle {
    return {
      provider: 'kind',
      name: this.name,
      kubeconfigPath: this.kubeconfigPath,
      kubernetesVersion: /:(v\d+\.\d+\.\d+)@/.exec(this.image)?.[1] ?? null,
      nodeImage: this.image,
      created: true,
      nodeLabels: { client: { [NODE_ROLE_LABEL]: 'client' }, server: { [NODE_ROLE_LABEL]: 'server' } },
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
    }
  }

  async delete(): Promise<void> {
    if (!this.createdName || !this.kindPath) return
    const { command, args } = this.commands(this.kindPath).delete
    await this.ctx.runner.run(command, args, { timeoutMs: 300_000 })
    this.createdName = null
  }

  /** Raises the inotify limits when they are lower than kind needs; a failure is a warning, not an error. */
  private async raiseInotifyLimits(): Promise<void> {
    const read = this.options.readSysctl ?? procSysctl
    const current = new Map<string, number | null>()
    for (const [key] of INOTIFY_LIMITS) current.set(key, await read(key))
    for (const c of sysctlCommands(this.options.isRoot ?? process.getuid?.() === 0, current)) {
      const r = await this.ctx.runner
        .run(c.command, c.args, { allowFailure: true, timeoutMs: 30_000 })
        .catch((e: Error) => ({
          exitCode: -1,
          stdout: '',
          stderr: e.message,
        }))
      if (r.exitCode !== 0)
        this.ctx.warn(
          `kind: could not ${c.why.split(' (')[0]}: ${r.stderr.trim() || `exit ${r.exitCode}`}; pods may fail with "too many open files"`,
        )
    }
  }
}
