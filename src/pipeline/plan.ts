/**
 * The `--dry-run` plan: everything a reviewer reads before trusting a required check — the cluster config, every
 * download with version and checksum, every command, every manifest the gate would apply (its own workloads and
 * both sides of the PR's configuration), the scenarios and the time budget. Needs no cluster and no Docker.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { stringify } from 'yaml'
import type { ClusterProvider } from '../cluster/types.js'
import type { LoadScenario } from '../load/fortio-args.js'
import type { ConfigSide } from '../mesh/pr-config.js'
import { MODE_RANK, type MeshName, type Mode, type Requirement, type VerifyPolicy } from '../vocabulary.js'
import type { CoverageRow, MeasuredPath, PathPlan } from './paths.js'
import type { DownloadSpec } from '../tools/download.js'
import type { Finding, MatrixEntry } from '../mtls/model.js'
import { formatCommand } from '../tools/exec.js'
import { mergePlans, type Plan } from '../tools/plan.js'
import type { MeshInstaller } from '../mesh/installer.js'
import { preparePlanFolder } from './plan-folder.js'
import type { Layout, LayoutDesign } from './layout.js'
import { BUDGET, TYPICAL, layoutLoadSeconds, switchesFor } from './profiles.js'

/** One workload (or port) the configuration or the gate names, with each side's predicted inbound mTLS mode. */
export interface PredictedMode {
  namespace: string
  workload: string
  port: number | null
  base: Mode | null
  head: Mode | null
  /** weaker / stronger / same; new or gone when only one side has it; null without a base side. */
  change: 'weaker' | 'stronger' | 'same' | 'new' | 'gone' | null
  /** What decides the head's mode: the resource and its file:line, or the default that applied. */
  decidedBy: string | null
}

/** Whether the head passes `require-mtls`, and the rows that decide it (the plan's promise before any cluster). */
export interface MtlsRequirement {
  require: Requirement
  outcome: 'pass' | 'fail'
  /** The rows held to the requirement that fail it; when it passes, the rows held to it. */
  decidedBy: string[]
  /** The gate's own rows that no configuration governs: shown, never failed. */
  shownOnly: string[]
}

export interface RunPlan {
  /** The predicted mTLS mode of the gate's server and of every workload the configuration names, per side. */
  mtls: PredictedMode[]
  /** The measured paths: client and server stand-ins, where their facts came from, and how the sides run on them. */
  paths: (MeasuredPath & { layout: { design: LayoutDesign; reason: string } })[]
  /**
   * The run's one layout (pipeline/layout.ts): both sides at once on copies of the paths (each side's namespaces,
   * original → copy), or alternating; and why.
   */
  layout: {
    design: LayoutDesign
    reason: string
    namespaces: Record<'base' | 'head', Record<string, string>> | null
  }
  /** One row per changed object: on a path, mesh-wide, or not measured and why. */
  coverage: CoverageRow[]
  /** How the paths were chosen. */
  pathRule: string
  mtlsRequirement: MtlsRequirement
  /** The validator's findings on the head as the run applies it (`validate --format json`'s `findings`). */
  mtlsFindings: Finding[]
  /** What a reviewer must know before trusting the run (e.g. the requested mesh and the configuration disagree). */
  warnings: string[]
  plan: Plan
  /** How downloads without a pinned digest are verified in this run. */
  verify: VerifyPolicy
  /** The mesh's CLI already on the runner (`mesh-cli`), run in place of the download; null: downloaded. */
  meshCli: string | null
  manifests: { workloads: object[]; head: object[]; base: object[] | null }
  scenarios: LoadScenario[]
  budgetSeconds: {
    cluster: number
    mesh: number
    rollout: number
    load: number
    total: number
    typicalTotal: number
    /** Load with typical switches and sequential scenarios stopping as they do on average. */
    expectedLoad: number
    /**
     * Each side on its own mesh values: the mesh is re-installed at every switch between the sides after the first
     * (the install is the first side's). At most `count` re-installs of at most `eachSeconds`, `seconds` in all
     * (in `total`); `expectedSeconds` with the typical switches and install time (in `typicalTotal`). Null: none.
     */
    meshReinstalls: { count: number; eachSeconds: number; seconds: number; expectedSeconds: number } | null
    /** The layout the load times are for. */
    design: LayoutDesign
  }
}

export function buildRunPlan(input: {
  provider: ClusterProvider
  mesh: MeshInstaller
  meshName: MeshName
  head: ConfigSide
  base: ConfigSide | null
  scenarios: LoadScenario[]
  verify: VerifyPolicy
  /** The user's mesh CLI (`mesh-cli`); the installer's plan then downloads none. */
  meshCli?: string
  mtls?: PredictedMode[]
  warnings?: string[]
  paths: PathPlan
  /** How the sides run: at once on copies, or alternating (planLayout). */
  layout: Layout
  mtlsRequirement: MtlsRequirement
  mtlsFindings?: Finding[]
  /** The objects the run applies for its workloads (the gate's and the stand-ins). */
  workloads: object[]
  /** Each side on its own mesh values: the re-install at each switch (its commands with each side's file); null: none. */
  meshReinstall?: Plan | null
}): RunPlan {
  // Every path measures every scenario, so the load's bound grows with the paths; `scenariosFor` shares the
  // sequential budget between them (pipeline/profiles.ts). Simultaneous sides load at once: one side's time.
  const design = input.layout.design
  const sides = input.base ? 2 : 1
  const paths = input.paths.paths.length
  const load = layoutLoadSeconds(design, input.scenarios, sides) * paths
  const expectedLoad =
    layoutLoadSeconds(design, input.scenarios, sides, TYPICAL.convergeSeconds, true) * paths
  const meshReinstalls = input.meshReinstall ? reinstallBudget(input.scenarios, paths) : null
  const budget = {
    cluster: BUDGET.clusterCreateSeconds,
    mesh: BUDGET.meshInstallSeconds,
    rollout: BUDGET.rolloutSeconds,
    load,
    total:
      BUDGET.clusterCreateSeconds +
      BUDGET.meshInstallSeconds +
      BUDGET.rolloutSeconds +
      load +
      (meshReinstalls?.seconds ?? 0),
    typicalTotal:
      TYPICAL.clusterCreateSeconds +
      TYPICAL.meshInstallSeconds +
      TYPICAL.rolloutSeconds +
      expectedLoad +
      (meshReinstalls?.expectedSeconds ?? 0),
    expectedLoad,
    meshReinstalls,
    design,
  }
  const perPath = new Map(input.layout.perPath.map((p) => [p.path, p]))
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
    plan: mergePlans(
      input.provider.describe(),
      input.mesh.describe(),
      ...(input.meshReinstall ? [input.meshReinstall] : []),
    ),
    verify: input.verify,
    meshCli: input.meshCli ?? null,
    manifests: {
      workloads: input.workloads,
      head: input.head.objects.map((o) => o.object),
      base: input.base ? input.base.objects.map((o) => o.object) : null,
    },
    scenarios: input.scenarios,
    budgetSeconds: budget,
  }
}

/**
 * The re-installs of a run whose sides each run on their own mesh values: one per switch between the sides
 * (`switchesFor` per scenario and path, less the first, which meets the installation of the first side), each bounded
 * as the install is (BUDGET.meshInstallSeconds) and typically as long as one (TYPICAL.meshInstallSeconds: an estimate,
 * not a measurement; a re-install rolls the same data plane the install started).
 */
function reinstallBudget(scenarios: readonly LoadScenario[], paths: number) {
  const count = (expected: boolean) =>
    Math.max(
      0,
      paths *
        scenarios.reduce(
          (n, s) =>
            n +
            switchesFor(
              expected && s.sequential
                ? { ...s, repetitions: Math.round(s.repetitions * TYPICAL.sequentialFraction) }
                : s,
            ),
          0,
        ) -
        1,
    )
  return {
    count: count(false),
    eachSeconds: BUDGET.meshInstallSeconds,
    seconds: count(false) * BUDGET.meshInstallSeconds,
    expectedSeconds: count(true) * TYPICAL.meshInstallSeconds,
  }
}

/** How a planned download will be verified; the digest a checksum file gives is logged and recorded at run time. */
export function verification(d: DownloadSpec, verify: VerifyPolicy): string {
  if (d.sha256)
    return `sha256 \`${d.sha256}\` (${d.pinnedBy === 'user' ? 'given in the gate config' : 'pinned'})`
  if (verify === 'pinned' || !d.checksumUrl)
    return '**REFUSED**: no SHA-256 is pinned for it and verify: pinned (give mesh.cli-sha256 or use verify: published)'
  return `sha256 from the release's checksum file ${d.checksumUrl} (logged and recorded in the results)`
}

/** Each side's rows by (namespace, workload, port), the gate's server first; a side without a row for a port falls
 * back to its workload-wide row (as the validator compares them). */
export function predictedModes(
  head: readonly MatrixEntry[],
  base: readonly MatrixEntry[] | null,
  server: { namespace: string; workload: string },
): PredictedMode[] {
  const key = (e: { namespace: string; workload: string; port: number | null }) =>
    `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`
  const lookup = (
    rows: readonly MatrixEntry[],
    e: { namespace: string; workload: string; port: number | null },
  ) =>
    rows.find((r) => key(r) === key(e)) ??
    (e.port !== null ? rows.find((r) => key(r) === key({ ...e, port: null })) : undefined)
  const all = new Map<string, { namespace: string; workload: string; port: number | null }>()
  for (const e of [...head, ...(base ?? [])])
    all.set(key(e), { namespace: e.namespace, workload: e.workload, port: e.port })
  const out: PredictedMode[] = [...all.values()].map((e) => {
    const headRow = lookup(head, e)
    const h = headRow?.mode ?? null
    const b = base ? (lookup(base, e)?.mode ?? null) : null
    let change: PredictedMode['change'] = null
    if (base) {
      if (h && b)
        change = MODE_RANK[h] < MODE_RANK[b] ? 'weaker' : MODE_RANK[h] > MODE_RANK[b] ? 'stronger' : 'same'
      else change = h ? 'new' : 'gone'
    }
    return { ...e, base: b, head: h, change, decidedBy: headRow?.decidedBy ?? null }
  })
  const isServer = (m: PredictedMode) => m.namespace === server.namespace && m.workload === server.workload
  return out.sort(
    (a, b) =>
      Number(isServer(b)) - Number(isServer(a)) ||
      a.namespace.localeCompare(b.namespace) ||
      a.workload.localeCompare(b.workload) ||
      (a.port ?? -1) - (b.port ?? -1),
  )
}

/** '*' is the validator's word for a mesh-wide or namespace-wide row; a reviewer reads words. */
const where = (m: PredictedMode) =>
  `${m.namespace === '*' ? 'every namespace' : m.namespace}/${m.workload === '*' ? 'every workload' : m.workload}` +
  (m.port === null ? '' : `:${m.port}`)

function renderModes(modes: readonly PredictedMode[]): string[] {
  const hasBase = modes.some((m) => m.change !== null)
  const lines = ['## mTLS, as the validator predicts it (inbound mode per workload and port)', '']
  lines.push(
    hasBase ? '| where | base | head | change | head decided by |' : '| where | head | head decided by |',
    hasBase ? '|---|---|---|---|---|' : '|---|---|---|',
  )
  for (const m of modes) {
    const change = m.change === 'weaker' ? '**weaker**' : (m.change ?? '')
    const cells = hasBase
      ? [where(m), m.base ?? '—', m.head ?? '—', change, m.decidedBy ?? '—']
      : [where(m), m.head ?? '—', m.decidedBy ?? '—']
    lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
  }
  const weaker = modes.filter((m) => m.change === 'weaker')
  lines.push(
    '',
    weaker.length
      ? `${weaker.length} row(s) weaker than on the base branch: ${weaker.map((m) => `${where(m)} ${m.base} → ${m.head}`).join('; ')}.`
      : hasBase
        ? 'Nothing is weaker than on the base branch.'
        : 'No base side: nothing to compare with.',
    '',
  )
  return lines
}

export function renderPlan(p: RunPlan): string {
  const lines = ['# mesh-mtls-gate run plan (dry run)', '']
  if (p.warnings.length) lines.push('## Warnings', '', ...p.warnings.map((w) => `- ⚠️ ${w}`), '')
  lines.push(...renderPaths(p), ...renderCoverage(p.coverage))
  if (p.mtls.length)
    lines.push(
      ...renderModes(p.mtls),
      ...renderFindings(p.mtlsFindings),
      ...renderRequirement(p.mtlsRequirement),
    )
  lines.push(`## Downloads (each verified by SHA-256 before any cluster is created; verify: ${p.verify})`, '')
  if (p.plan.downloads.length === 0 && !p.meshCli) lines.push('none')
  for (const d of p.plan.downloads)
    lines.push(`- ${d.name} ${d.version}: ${d.url} — ${verification(d, p.verify)}`)
  if (p.meshCli)
    lines.push(
      `- the mesh CLI: nothing downloaded; \`${p.meshCli}\` (mesh-cli) runs as given, not verified by SHA-256, its version not checked against mesh-version`,
    )
  lines.push('', '## Commands, in order', '')
  p.plan.commands.forEach((c, i) =>
    lines.push(`${i + 1}. \`${formatCommand(c.command, c.args)}\` — ${c.why}`),
  )
  lines.push('', '## Generated files', '')
  for (const f of p.plan.files) lines.push(`- \`${f.path}\` — ${f.why} (in files/)`)
  lines.push('', '## Manifests applied (server-side apply, field manager mesh-mtls-gate)', '')
  lines.push(`- the gate's workloads: ${p.manifests.workloads.length} object(s) (manifests/workloads.yaml)`)
  lines.push(`- the PR's configuration (head): ${p.manifests.head.length} object(s) (manifests/head.yaml)`)
  lines.push(
    !p.manifests.base
      ? '- no base side: the head is measured alone'
      : p.layout.design === 'simultaneous'
        ? `- the base branch's configuration: ${p.manifests.base.length} object(s) (manifests/base.yaml), on its copies of the paths' namespaces, at the same time as the head on its own`
        : `- the base branch's configuration: ${p.manifests.base.length} object(s) (manifests/base.yaml), alternated with the head A B B A`,
  )
  lines.push(
    '',
    '## Scenarios',
    '',
    '| name | protocol | QPS | connections | duration | payload | warm-up | repetitions |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  )
  for (const s of p.scenarios) {
    lines.push(
      `| ${s.name} | ${s.protocol} | ${s.qps} | ${s.connections} | ${s.durationSeconds} s | ${s.payloadBytes} B | ${s.warmupSeconds} s | ${s.sequential ? `up to ${s.repetitions} (stops once clear)` : s.repetitions} |`,
    )
  }
  const b = p.budgetSeconds
  lines.push(
    '',
    '## Time budget (upper bounds; every wait is a condition with this bound, never a fixed sleep)',
    '',
  )
  lines.push(
    `- cluster: ${b.cluster} s`,
    `- mesh install: ${b.mesh} s`,
    `- workloads rollout: ${b.rollout} s`,
  )
  if (b.meshReinstalls)
    lines.push(
      `- mesh re-installs (each side on its own mesh values: the mesh is installed with the base's and re-installed at each switch between the sides, ${b.meshReinstalls.count} at most): at most ${b.meshReinstalls.count} × ${b.meshReinstalls.eachSeconds} s = ${b.meshReinstalls.seconds} s; expected ${b.meshReinstalls.expectedSeconds} s`,
    )
  lines.push(
    b.design === 'simultaneous'
      ? `- load and live probes (both sides at once, no switches): at most ${b.load} s; expected ${b.expectedLoad} s`
      : `- load, switches and live probes (sides alternating): at most ${b.load} s; expected ${b.expectedLoad} s`,
    `- total bound: ${Math.ceil(b.total / 60)} min`,
  )
  lines.push(`- typical on a 4-vCPU runner: about ${Math.ceil(b.typicalTotal / 60)} min`)
  if (p.plan.notes.length) lines.push('', '## Notes', '', ...p.plan.notes.map((n) => `- ${n}`))
  return lines.join('\n') + '\n'
}

const cell = (c: string) => c.replace(/\|/g, '\\|')
const labelText = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ') || '—'

function renderPaths(p: RunPlan): string[] {
  const lines = ['## Measured path', '', `Chosen by: ${p.pathRule}.`, '', layoutSentence(p.layout), '']
  lines.push(
    '| path | client stand-in | server stand-in | labels taken over | Service ports | from | layout |',
    '|---|---|---|---|---|---|---|',
  )
  for (const path of p.paths) {
    const s = path.server
    const c = path.client
    lines.push(
      `| ${cell(path.id)} | ${cell(`${c.namespace}/Deployment/${c.workload}`)}${c.serviceAccount ? ` (service account ${cell(c.serviceAccount)})` : ''} | ${cell(`${s.namespace}/Deployment/${s.workload}`)}${s.serviceAccount ? ` (service account ${cell(s.serviceAccount)})` : ''} → \`${cell(s.host)}:${s.httpPort}\` | ${cell(labelText(s.labels))} | ${cell(s.service.ports.map((x) => `${x.name ?? ''}${x.name ? ' ' : ''}${x.port}→${x.targetPort}`).join(', '))} | ${cell(`server: ${s.from}; client: ${c.from}`)} | ${cell(`${path.layout.design}: ${path.layout.reason}`)} |`,
    )
  }
  lines.push(
    '',
    p.paths.some((x) => !x.gateDefault)
      ? 'The stand-ins run in the workloads’ place: the application container is Fortio; the template’s labels, annotations, service account and other containers are kept. The configuration’s own workload manifests are not run as written.'
      : 'No changed object reaches a workload: the gate’s own client and server carry the traffic.',
    '',
  )
  return lines
}

/** The layout in one sentence: where each side runs, or why the sides alternate. */
function layoutSentence(l: RunPlan['layout']): string {
  return l.design === 'alternating'
    ? `Layout: **alternating** (one side after the other on the paths): ${l.reason}.`
    : `Layout: **simultaneous** (both sides at once, each on a copy of the paths in namespaces of its own): ${l.reason}.`
}

function renderCoverage(rows: readonly CoverageRow[]): string[] {
  const lines = ['## Coverage', '']
  if (rows.length === 0) return [...lines, 'No object differs between the base and the head.', '']
  lines.push('| object | change | coverage | why | where |', '|---|---|---|---|---|')
  for (const r of rows)
    lines.push(
      `| ${cell(`${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`)} | ${r.change} | ${r.status === 'not-measured' ? '**not measured**' : r.status === 'on-path' ? 'on the path' : 'mesh-wide'} | ${cell(r.reason)} | ${cell(r.origin ?? '—')} |`,
    )
  const missed = rows.filter((r) => r.status === 'not-measured').length
  lines.push(
    '',
    missed
      ? `${missed} changed object(s) not measured: a latency or overhead pass will be reported as inconclusive (gate config \`unmeasured: pass\` accepts it).`
      : 'Every changed object is on a measured path or mesh-wide.',
    '',
  )
  return lines
}

function renderFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return []
  const at = (f: Finding) => (f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '')
  return [
    'Findings, as `validate` reports them:',
    '',
    ...findings.map((f) => `- ${f.severity} \`${f.code}\`${at(f)}: ${f.message}`),
    '',
  ]
}

function renderRequirement(r: MtlsRequirement): string[] {
  if (r.require === 'none') return ['`require-mtls: none`: the modes are reported, never failed.', '']
  const lines = [
    r.outcome === 'pass'
      ? `\`require-mtls: ${r.require}\` will pass: ${r.decidedBy.length ? r.decidedBy.join('; ') : 'no row is held to it'}.`
      : `\`require-mtls: ${r.require}\` will **fail**: ${r.decidedBy.join('; ')}.`,
  ]
  if (r.shownOnly.length)
    lines.push(
      `Shown, not held to it (the gate’s own workloads, which the configuration does not govern): ${r.shownOnly.join('; ')}.`,
    )
  return [...lines, '']
}

/**
 * Writes plan.md, plan.json, manifests/*.yaml and the generated files under `dir`, in place of an earlier plan's
 * (preparePlanFolder: a folder that holds anything else is refused).
 */
export async function writePlan(p: RunPlan, dir: string): Promise<string[]> {
  await preparePlanFolder(dir)
  const written: string[] = []
  const put = async (rel: string, content: string) => {
    const path = join(dir, rel)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, content)
    written.push(rel)
  }
  await put('plan.md', renderPlan(p))
  await put('plan.json', JSON.stringify(p, null, 2) + '\n')
  const yamlOf = (objects: object[]) => objects.map((o) => stringify(o)).join('---\n')
  await put('manifests/workloads.yaml', yamlOf(p.manifests.workloads))
  await put('manifests/head.yaml', yamlOf(p.manifests.head))
  if (p.manifests.base) await put('manifests/base.yaml', yamlOf(p.manifests.base))
  for (const f of p.plan.files) await put(join('files', f.path.replace(/^\/+/, '')), f.content)
  return written
}
