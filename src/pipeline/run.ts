/**
 * One entry to the cluster pipeline for both front ends: `mesh-mtls-gate run` and the action's full/measure
 * modes. Decides the mesh (given, or detected from the PR's configuration), the base ref of the same-run
 * baseline, and the scenarios; then plans (dry run) or measures.
 */
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { GateConfig } from '../config/gate-config.js'
import { InputError, ioReason } from '../errors.js'
import { parseManifestText } from '../k8s/manifests.js'
import {
  assertSomeFileMatched,
  readBaseSide,
  readHeadSide,
  gitIn,
  type ConfigSide,
} from '../mesh/pr-config.js'
import { assertValidObjects } from '../mtls/crd-validation.js'
import { configuredFor, detectMeshOf, meshesConfigured } from '../mtls/evaluate.js'
import { workloadImages } from '../load/workloads.js'
import {
  DEFAULT_VERIFY,
  type MeshName,
  type Profile,
  type Requirement,
  type Side,
  type VerifyPolicy,
} from '../vocabulary.js'
import { gateRowShownOnly, measureOnCluster, predict, type PipelineResult } from './measure-on-cluster.js'
import { INSTALLERS } from '../mesh/install.js'
import { canReconfigure, type ReconfigurableInstaller } from '../mesh/installer.js'
import { mergePlans, type Plan, type PlannedFile } from '../tools/plan.js'
import { validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import type { Finding } from '../mtls/model.js'
import { buildRunPlan, predictedModes, type MtlsRequirement, type RunPlan } from './plan.js'
import { layoutGateObjects, planLayout, sidesAsRun } from './layout.js'
import {
  installedValues,
  meshValuesFile,
  valuesChangeOf,
  type MeshValuesFile,
  type SideMeshValues,
} from './mesh-values.js'
import { planPaths, serverRowOf } from './paths.js'
import { valuesAsRun } from './stand-ins.js'
import { scenariosFor } from './profiles.js'
import { pipelineDeps, type StageSettings } from './stages.js'

/** What `run` and the action ask for: the stages' settings, plus what to measure and against which base. */
export interface RunRequest extends Omit<StageSettings, 'mesh' | 'meshCliSha256'> {
  /** The user's install values/overlay (`--mesh-values`); else the gate config's `mesh.values`. */
  meshValuesPath?: string
  /** Null: detected from the configuration. */
  mesh: MeshName | null
  configPaths: string[]
  /** Base ref for the interleaved same-run baseline; null measures the head alone. */
  baseRef: string | null
  profile: Profile
  config: GateConfig
  /** `none` skips the requirement (the live probe still runs). */
  require: Requirement
  /** The machine that measures (the runner's RUNNER_NAME), recorded in the results; null when unknown. */
  runnerName?: string | null
}

/**
 * Both sides of the configuration, read once per run (a PR whose files do not parse fails before any cluster is
 * made), the mesh values file as each side has it (mesh-values.ts; the base's written to `meshValues.tempDir`), and
 * the mesh: given, or detected by the validator's rule.
 */
export async function configSides(
  r: Pick<RunRequest, 'repo' | 'configPaths' | 'baseRef' | 'mesh'>,
  meshValues?: { path: string; tempDir: string },
): Promise<{ head: ConfigSide; base: ConfigSide | null; mesh: MeshName; values: MeshValuesFile | null }> {
  const git = gitIn(r.repo)
  const head = await readHeadSide(git, r.configPaths)
  const base = r.baseRef ? await readBaseSide(git, r.baseRef, r.configPaths) : null
  assertSomeFileMatched(head, base, r.configPaths)
  // What the API server would refuse is refused here, exactly as `validate` refuses it, before any download or
  // cluster: each side's problems with file, line and field.
  assertValidObjects(head.objects)
  if (base) assertValidObjects(base.objects)
  const values = meshValues
    ? await meshValuesFile(r.repo, meshValues.path, base?.ref ?? null, meshValues.tempDir)
    : null
  if (values) addMeshValues(values, head, base)
  const loaded = (side: ConfigSide) => ({ objects: side.objects, values: side.values ?? [] })
  const mesh =
    r.mesh ??
    detectMeshOf(loaded(head), base && loaded(base), `the configuration under ${r.configPaths.join(', ')}`)
  return { head, base, mesh, values }
}

/**
 * The mesh values file joins each side's values documents, as it would among `validate`'s paths: each side's text
 * (mesh-values.ts), never twice when config-paths already matched it.
 */
function addMeshValues(values: MeshValuesFile, head: ConfigSide, base: ConfigSide | null): void {
  const add = (side: ConfigSide, text: string | null, file: string) => {
    if (text !== null) side.values = [...(side.values ?? []), ...parseManifestText(text, file).values]
  }
  const { inRepo } = values
  if (!inRepo || !head.files?.includes(inRepo)) add(head, values.text.head, values.name)
  if (!base || (inRepo && base.files?.includes(inRepo))) return
  add(base, values.text.base, inRepo ? `${values.baseRef}:${inRepo}` : values.name)
}

function deps(r: RunRequest, mesh: MeshName) {
  // The command line / action input wins over the gate config file's `mesh:` section.
  return pipelineDeps({
    ...r,
    mesh,
    meshVersion: r.meshVersion ?? r.config.mesh.version ?? undefined,
    meshCliSha256: r.config.mesh.cliSha256 ?? undefined,
    verify: verifyPolicy(r),
  })
}

/**
 * What the plan and the run share: both sides, the mesh, the stages, the mesh values each side runs on (its own when
 * they differ and the installer can re-install the mesh with them), the measured paths with the coverage of the
 * change (pipeline/paths.ts), and the layout.
 */
async function prepare(r: RunRequest) {
  const valuesPath = await meshValuesOf(r)
  const { head, base, mesh, values } = await configSides(
    r,
    valuesPath ? { path: valuesPath, tempDir: r.tempDir } : undefined,
  )
  const d = deps(r, mesh)
  const perSide = !!values?.differs && !!base && canReconfigure(d.mesh(d.provider.planned()))
  const meshValues: SideMeshValues = {
    path: values?.path ?? { base: undefined, head: undefined },
    perSide,
  }
  const change = values && valuesChangeOf(values, perSide)
  const paths = planPaths({
    mesh,
    head,
    base,
    targets: r.config.targets,
    valuesChanges: change ? [change] : [],
  })
  const layout = planLayout({ mesh, head, base, plan: paths, meshValuesPerSide: perSide })
  return { head, base, mesh, d, values, meshValues, paths, layout }
}

/**
 * The user's install values: `--mesh-values` (a path like any on the command line), else the gate config's
 * `mesh.values` (a path in the repository). Refused before any download or cluster when it cannot be read, naming
 * where the path came from: the installer would otherwise plan `-f` with it and fail only once the cluster is up.
 */
async function meshValuesOf(r: RunRequest): Promise<string | undefined> {
  const given = r.meshValuesPath
    ? { path: r.meshValuesPath, from: '--mesh-values' }
    : r.config.mesh.valuesPath
      ? {
          path: isAbsolute(r.config.mesh.valuesPath)
            ? r.config.mesh.valuesPath
            : join(r.repo, r.config.mesh.valuesPath),
          from: `field 'mesh.values' in ${r.config.source ?? 'the gate config'}`,
        }
      : null
  if (!given) return undefined
  const reason = await access(given.path, constants.R_OK).then(
    async () => ((await stat(given.path)).isFile() ? null : 'not a file'),
    (e: unknown) => ioReason(e),
  )
  if (reason)
    throw new InputError(`cannot read the mesh install values (${given.from}): ${reason}`, given.path)
  return given.path
}

export async function planRun(r: RunRequest): Promise<RunPlan> {
  const { head, base, mesh, d, values, meshValues, paths, layout } = await prepare(r)
  // A cloud cluster's settings are read now: missing or invalid ones are an error, not '<project>' in the plan.
  await d.provider.prepare?.()
  const headPrediction = predict({ meshName: mesh, require: r.require, paths: paths.paths }, head, base)
  const basePrediction = base
    ? predict({ meshName: mesh, require: r.require, paths: paths.paths }, base, null)
    : null
  const findings = configurationFindings(head, base, mesh, r.require)
  const warnings = meshWarnings(r.mesh, head, base)
  for (const w of warnings) r.warn(w)
  const placement = { nodeLabels: null, images: workloadImages(r.config.images) }
  const first = paths.paths[0]!
  const asRun = sidesAsRun(layout.copies, { head, base }, paths.paths, mesh, placement)
  // The provider's planned handle tells the installer what the cluster will be (Cilium on kind: no kube-proxy).
  const installer = d.mesh(d.provider.planned(), installedValues(meshValues, base ? 'base' : 'head'))
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
    meshReinstall:
      meshValues.perSide && canReconfigure(installer)
        ? reinstallPlan(installer, meshValues, values?.planned ?? null)
        : null,
    meshName: mesh,
    // The manifests as the run applies them: stand-ins in place of the configuration's workloads, on each side's
    // copies of the paths when the sides run at once.
    head: asRun.head!,
    base: asRun.base,
    scenarios: scenariosFor(r.config, r.profile, paths.paths.length, layout.design),
    verify: verifyPolicy(r),
    meshCli: r.meshCliPath,
  })
}

/** The re-install at each switch, with each side's values (the base's file as the plan shows it, in files/). */
function reinstallPlan(
  installer: ReconfigurableInstaller,
  values: SideMeshValues,
  baseFile: PlannedFile | null,
): Plan {
  const at = (side: Side): Plan => {
    const p = installer.describeReconfigure(values.path[side])
    return {
      ...p,
      commands: p.commands.map((c) => ({ ...c, why: `at each switch to the ${side}: ${c.why}` })),
    }
  }
  return mergePlans(at('head'), at('base'), {
    downloads: [],
    commands: [],
    files: baseFile ? [baseFile] : [],
    notes: [],
  })
}

/**
 * What `validate` finds in the configuration given the same inputs (both sides' objects and install values, the
 * install line's among them): its findings, as written, whether or not a measured path reaches them. A configuration
 * with nothing for the validator to judge has no findings (the run still judges its own workloads).
 */
function configurationFindings(
  head: ConfigSide,
  base: ConfigSide | null,
  mesh: MeshName,
  require: Requirement,
): Finding[] {
  const loaded = (side: ConfigSide) => ({ objects: side.objects, values: valuesAsRun(side, mesh) })
  try {
    return validateLoaded(loaded(head), base && loaded(base), require, mesh).findings
  } catch (e) {
    if (e instanceof InputError) return []
    throw e
  }
}

/**
 * Whether the head passes the run's mTLS check, and what decides it: the rows below the requirement, and the other
 * error findings the run fails on too (a regression, a DestinationRule that breaks STRICT); the gate's own rows are
 * shown only.
 */
function requirementOf(require: RunRequest['require'], v: MtlsValidation): MtlsRequirement {
  const row = (e: MtlsValidation['matrix'][number]) =>
    `${e.namespace}/${e.workload}${e.port === null ? '' : `:${e.port}`} ${e.mode}`
  const held = v.matrix.filter((e) => (e.subject !== null || e.decider !== null) && !gateRowShownOnly(e))
  const shownOnly = v.matrix.filter(gateRowShownOnly).map(row)
  if (require === 'none') return { require, outcome: 'pass', decidedBy: [], shownOnly }
  const at = (f: Finding) => (f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '')
  const below = [
    ...v.belowRequirement.map((e) => `${row(e)} (${e.decidedBy})`),
    ...v.findings
      .filter((f) => f.severity === 'error' && f.code !== 'mtls-below-required')
      .map((f) => `${f.code}${at(f)}`),
  ]
  return below.length
    ? { require, outcome: 'fail', decidedBy: below, shownOnly }
    : { require, outcome: 'pass', decidedBy: held.map(row), shownOnly }
}

/** The command line / action input wins over the gate config file's `mesh.verify`; the default is published. */
function verifyPolicy(r: RunRequest): VerifyPolicy {
  return r.verify ?? r.config.mesh.verify ?? DEFAULT_VERIFY
}

export async function executeRun(r: RunRequest): Promise<PipelineResult> {
  const { head, base, mesh, d, meshValues, paths, layout } = await prepare(r)
  for (const w of meshWarnings(r.mesh, head, base)) r.warn(w)
  const result = await measureOnCluster(d, {
    meshName: mesh,
    head,
    base,
    paths: paths.paths,
    layout,
    meshValues,
    scenarios: scenariosFor(r.config, r.profile, paths.paths.length, layout.design),
    config: r.config,
    images: workloadImages(r.config.images),
    // The live probe checks what the configuration says whatever the requirement; `none` requires no mode.
    require: r.require,
    runnerName: r.runnerName,
  })
  // The coverage is the head's against the base: the compare reads it from the current results.
  const coverage = paths.coverage.map(({ kind, namespace, name, status, reason }) => ({
    kind,
    namespace,
    name,
    status,
    reason,
  }))
  return { ...result, current: { ...result.current, coverage } }
}

/**
 * The mesh asked for (`--mesh`, the `mesh` input) and the mesh the configuration's kinds and labels belong to
 * disagree: the run would install one mesh and apply another's resources, which it ignores.
 */
function meshWarnings(requested: MeshName | null, head: ConfigSide, base: ConfigSide | null): string[] {
  if (!requested) return []
  const found = meshesConfigured({
    objects: [...head.objects, ...(base?.objects ?? [])],
    values: [...(head.values ?? []), ...(base?.values ?? [])],
  })
  const others = [...found].filter((m) => !configuredFor(requested, m))
  if (others.length === 0) return []
  return [
    `the requested mesh is ${requested}, but the configuration has ${others.join(' and ')} resources or labels ` +
      `(which ${requested} ignores): check --mesh / the mesh input, or config-paths`,
  ]
}
