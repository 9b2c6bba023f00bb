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
import {
  assertSomeFileMatched,
  readBaseSide,
  readHeadSide,
  gitIn,
  type ConfigSide,
} from '../mesh/pr-config.js'
import { assertValidObjects } from '../mtls/crd-validation.js'
import { detectMeshOf, meshesIn } from '../mtls/evaluate.js'
import { EVALUATORS } from '../mtls/meshes.js'
import { workloadImages } from '../load/workloads.js'
import type { MeshName, Profile, Requirement, VerifyPolicy } from '../vocabulary.js'
import { measureOnCluster, predict, type PipelineResult } from './measure-on-cluster.js'
import { GATE_NAMESPACE, SERVER } from '../load/workloads.js'
import { buildRunPlan, predictedModes, type RunPlan } from './plan.js'
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
async function sides(r: RunRequest): Promise<{ head: ConfigSide; base: ConfigSide | null; mesh: MeshName }> {
  const git = gitIn(r.repo)
  const head = await readHeadSide(git, r.configPaths)
  const base = r.baseRef ? await readBaseSide(git, r.baseRef, r.configPaths) : null
  assertSomeFileMatched(head, base, r.configPaths)
  // What the API server would refuse is refused here, exactly as `validate` refuses it, before any download or
  // cluster: each side's problems with file, line and field.
  assertValidObjects(head.objects)
  if (base) assertValidObjects(base.objects)
  const loaded = (side: ConfigSide) => ({ objects: side.objects, values: [] })
  const mesh =
    r.mesh ??
    detectMeshOf(loaded(head), base && loaded(base), `the configuration under ${r.configPaths.join(', ')}`)
  return { head, base, mesh }
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
  const { head, base, mesh } = await sides(r)
  const d = deps(r, mesh, await meshValuesOf(r))
  // A cloud cluster's settings are read now: missing or invalid ones are an error, not '<project>' in the plan.
  await d.provider.prepare?.()
  const require = r.require === 'none' ? 'permissive' : r.require
  const headPrediction = predict({ meshName: mesh, require }, head, base)
  const basePrediction = base ? predict({ meshName: mesh, require }, base, null) : null
  const warnings = meshWarnings(r.mesh, head, base)
  for (const w of warnings) r.warn(w)
  return buildRunPlan({
    mtls: predictedModes(headPrediction.matrix, basePrediction?.matrix ?? null, {
      namespace: GATE_NAMESPACE,
      workload: `Deployment/${SERVER}`,
    }),
    warnings,
    provider: d.provider,
    // The provider's planned handle tells the installer what the cluster will be (Cilium on kind: no kube-proxy).
    mesh: d.mesh(d.provider.planned()),
    meshName: mesh,
    head,
    base,
    scenarios: scenariosFor(r.config, r.profile),
    verify: verifyPolicy(r),
  })
}

/** The command line / action input wins over the gate config file's `mesh.verify`; the default is published. */
function verifyPolicy(r: RunRequest): VerifyPolicy {
  return r.verify ?? r.config.mesh.verify ?? 'published'
}

export async function executeRun(r: RunRequest): Promise<PipelineResult> {
  const { head, base, mesh } = await sides(r)
  const valuesPath = await meshValuesOf(r)
  for (const w of meshWarnings(r.mesh, head, base)) r.warn(w)
  return measureOnCluster(deps(r, mesh, valuesPath), {
    meshName: mesh,
    head,
    base,
    scenarios: scenariosFor(r.config, r.profile),
    config: r.config,
    images: workloadImages(r.config.images),
    // The live probe checks what the configuration says whatever the requirement; `none` only drops the verdict.
    require: r.require === 'none' ? 'permissive' : r.require,
    runnerName: r.runnerName,
  })
}

/**
 * The mesh asked for (`--mesh`, the `mesh` input) and the mesh the configuration's kinds and labels belong to
 * disagree: the run would install one mesh and apply another's resources, which it ignores.
 */
function meshWarnings(requested: MeshName | null, head: ConfigSide, base: ConfigSide | null): string[] {
  if (!requested) return []
  // A refinement (ambient) belongs to the mesh it refines.
  const family = (m: MeshName) => EVALUATORS[m].refines ?? m
  const found = meshesIn({ objects: [...head.objects, ...(base?.objects ?? [])], values: [] })
  const others = [...found].filter((m) => family(m) !== family(requested))
  if (others.length === 0) return []
  return [
    `the requested mesh is ${requested}, but the configuration has ${others.join(' and ')} resources or labels ` +
      `(which ${requested} ignores): check --mesh / the mesh input, or config-paths`,
  ]
}
