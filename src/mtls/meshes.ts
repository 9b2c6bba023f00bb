/**
 * The mTLS stage's one registry: each mesh's evaluator (see evaluator.ts). A `Record` over every `MeshName`, so a
 * new name in the vocabulary does not compile until its evaluator is registered here.
 */
import { MESHES, type MeshName, type Mode } from '../vocabulary.js'
import { CILIUM_EVALUATOR } from './cilium.js'
import type { MeshEvaluator } from './evaluator.js'
import { ISTIO_AMBIENT_EVALUATOR, ISTIO_EVALUATOR } from './istio.js'
import { LINKERD_EVALUATOR } from './linkerd.js'
import { NONE_EVALUATOR } from './none.js'
import type { Finding } from './model.js'
import { evidenceFindings, type Sample, type TelemetryReading, type TelemetryTarget } from './telemetry.js'

export const EVALUATORS: Readonly<Record<MeshName, MeshEvaluator>> = {
  istio: ISTIO_EVALUATOR,
  'istio-ambient': ISTIO_AMBIENT_EVALUATOR,
  linkerd: LINKERD_EVALUATOR,
  cilium: CILIUM_EVALUATOR,
  none: NONE_EVALUATOR,
}

/** The evaluators in the vocabulary's order (the order of the live source's reads and of detection messages). */
export function evaluators(): [MeshName, MeshEvaluator][] {
  return MESHES.map((m) => [m, EVALUATORS[m]])
}

/** What the mesh's data plane counted for the gate's server (see telemetry.ts). */
export function readTelemetry(
  mesh: MeshName,
  samples: readonly Sample[],
  target: TelemetryTarget,
): TelemetryReading {
  return EVALUATORS[mesh].telemetry.read(samples, target)
}

/** Where the mesh's counters disagree with the prediction (see `evidenceFindings`). */
export function telemetryFindings(
  mesh: MeshName,
  predicted: Mode,
  reading: TelemetryReading,
  where: string,
  authenticated = false,
): Finding[] {
  return evidenceFindings(EVALUATORS[mesh].telemetry.evidence, predicted, reading, where, authenticated)
}
