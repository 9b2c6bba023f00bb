/**
 * One entry to the cluster pipeline for both front ends: `mesh-mtls-gate run` and the action's full/measure
 * modes. Decides the mesh (given, or detected from the PR's configuration), the base ref of the same-run
 * baseline, and the scenarios; then plans (dry run) or measures.
 */
import { constants } from 'node:fs'
import { access, readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
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
  type VerifyPolicy,
} from '../vocabulary.js'
import { gateRowShownOnly, measureOnCluster, predict, type PipelineResult } from './measure-on-cluster.js'
import { INSTALLERS } from '../mesh/install.js'
import { validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import type { Finding } from '../mtls/model.js'
import { buildRunPlan, predictedModes, type MtlsRequirement, type RunPlan } from './plan.js'
import { layoutGateObjects, planLayout, sidesAsRun } from './layout.js'
import { planPaths, serverRowOf, type PathPlan } from './paths.js'
import { valuesAsRun } from './stand-ins.js'
import { scenariosFor } from './profiles.js'
import { pipelineDeps, type StageSettings } from './stages.js'

/** What `run` and the action ask for: the stages' settings, plus what to measure and against which base. */
export interface RunRequest extends Omit<StageSettings, 'mesh' | 'meshCliSha256'> {
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
 * made), and the mesh: given, or detected by the validator's rule.
 */
export async function configSides(
  r: Pick<RunRequest, 'repo' | 'configPaths' | 'baseRef' | 'mesh'>,
  meshValuesPath?: string,
): Promise<{ head: ConfigSide; base: ConfigSide | null; mesh: MeshName }> {
  const git = gitIn(r.repo)
  const head = await readHeadSide(git, r.configPaths)
  const base = r.baseRef ? await readBaseSide(git, r.baseRef, r.configPaths) : null
  assertSomeFileMatched(head, base, r.configPaths)
  // What the API server would refuse is refused here, exactly as `validate` refuses it, before any download or
  // cluster: each side's problems with file, line and field.
  assertValidObjects(head.objects)
  if (base) assertValidObjects(base.objects)
  if (meshValuesPath) await addMeshValues(r.repo, meshValuesPath, head, base)
  const loaded = (side: ConfigSide) => ({ objects: side.objects, values: side.values ?? [] })
  const mesh =
    r.mesh ??
    detectMeshOf(loaded(head), base && loaded(base), `the configuration under ${r.configPaths.join(', ')}`)
  return { head, base, mesh }
}

/**
 * The mesh values file joins each side's values documents, as it would among `validate`'s paths: the head's as it
 * is, the base's as it was at the base ref when the file is in the repository (none when it was not there), the
 * same file for both sides when it is outside; never twice when config-paths already matched it.
 */
async function addMeshValues(
  repo: string,
  valuesPath: string,
  head: ConfigSide,
  base: ConfigSide | null,
): Promise<void> {
  const rel = relative(resolve(repo), resolve(valuesPath))
  const inRepo = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : null
  const add = (side: ConfigSide, text: string | null, file: string) => {
    if (text !== null) side.values = [...(side.values ?? []), ...parseManifestText(text, file).values]
  }
  if (!inRepo || !head.files?.includes(inRepo))
    add(head, await readFile(valuesPath, 'utf8'), inRepo ?? valuesPath)
  if (!base || (inRepo && base.files?.includes(inRepo))) return
  if (!inRepo) add(base, await readFile(valuesPath, 'utf8'), valuesPath)
  else if (base.ref)
    add(base, await gitIn(repo)(['show', `${base.ref}:${inRepo}`]).catch(() => null), `${base.ref}:${inRepo}`)
}

function deps(r: RunRequest, mesh: MeshName, meshValuesPath: string | undefined) {
  // The command line / action input wins over the gate config file's `mesh:` section.
  return pipelineDeps({
    ...r,
    mesh,
    meshVersion: r.meshVersion ?? r.config.mesh.version ?? undefined,
    meshCliSha256: r.config.mesh.cliSha256 ?? undefined,
    verify: verifyPolicy(r),
    meshValuesPath,
  })
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
  const valuesPath = await meshValuesOf(r)
  const { head, base, mesh } = await configSides(r, valuesPath)
  const d = deps(r, mesh, valuesPath)
  // A cloud cluster's settings are read now: missing or invalid ones are an error, not '<project>' in the plan.
  await d.provider.prepare?.()
  const paths = await pathsOf(r, mesh, head, base, valuesPath)
  const headPrediction = predict({ meshName: mesh, require: r.require, paths: paths.paths }, head, base)
  const basePrediction = base
    ? predict({ meshName: mesh, require: r.require, paths: paths.paths }, base, null)
    : null
  const findings = configurationFindings(head, base, mesh, r.require)
  const warnings = meshWarnings(r.mesh, head, base)
  for (const w of warnings) r.warn(w)
  const placement = { nodeLabels: null, images: workloadImages(r.config.images) }
  const first = paths.paths[0]!
  // The layout is decided before any cluster: both sides at once on copies of the paths, or alternating.
  const layout = planLayout({ mesh, head, base, plan: paths })
  const asRun = sidesAsRun(layout.copies, { head, base }, paths.paths, mesh, placement)
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
    // The provider's planned handle tells the installer what the cluster will be (Cilium on kind: no kube-proxy).
    mesh: d.mesh(d.provider.planned()),
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

/**
 * The measured paths and the coverage of the change (pipeline/paths.ts), with the install-time values: a mesh
 * values file that differs between base and head is not measured, since both sides run on one installation.
 */
async function pathsOf(
  r: RunRequest,
  mesh: MeshName,
  head: ConfigSide,
  base: ConfigSide | null,
  valuesPath: string | undefined,
): Promise<PathPlan> {
  const valuesChanges: { name: string; reason: string }[] = []
  const inRepo = valuesPath ? relative(resolve(r.repo), resolve(valuesPath)) : null
  if (valuesPath && inRepo && !inRepo.startsWith('..') && base?.ref) {
    const before = await gitIn(r.repo)(['show', `${base.ref}:${inRepo}`]).catch(() => null)
    const after = await readFile(valuesPath, 'utf8')
    if (before !== after)
      valuesChanges.push({
        name: inRepo,
        reason: `install-time: the mesh values ${before === null ? `are new since ${base.ref}` : `differ from ${base.ref}'s`}; the mesh is installed once, with the head's values, for both sides`,
      })
  }
  return planPaths({ mesh, head, base, targets: r.config.targets, valuesChanges })
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
  const valuesPath = await meshValuesOf(r)
  const { head, base, mesh } = await configSides(r, valuesPath)
  for (const w of meshWarnings(r.mesh, head, base)) r.warn(w)
  const paths = await pathsOf(r, mesh, head, base, valuesPath)
  const layout = planLayout({ mesh, head, base, plan: paths })
  const result = await measureOnCluster(deps(r, mesh, valuesPath), {
    meshName: mesh,
    head,
    base,
    paths: paths.paths,
    layout,
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
