/**
 * The mTLS stage's one registry: each mesh's evaluator (see evaluator.ts). A `Record` over every `MeshName`, so a
 * new name in the vocabulary does not compile until its evaluator is registered here.
 */
import type { SourcedObject } from '../k8s/objects.js'
import { MESHES, type MeshName, type Mode } from '../vocabulary.js'
import { CILIUM_EVALUATOR } from './cilium.js'
import type { MeshEvaluator } from './evaluator.js'
import { ISTIO_AMBIENT_EVALUATOR, ISTIO_EVALUATOR } from './istio.js'
import { LINKERD_EVALUATOR } from './linkerd.js'
import { NONE_EVALUATOR } from './none.js'
import type { Finding } from './model.js'
import { kubernetesAppliesTo, type AppliesTo, type ScopeContext } from './scope.js'
import type { Sample } from '../k8s/prometheus-text.js'
import { evidenceFindings, type TelemetryReading, type TelemetryTarget } from './telemetry.js'

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

/**
 * What a configuration object applies to when `mesh` is the mesh under test: the mesh's own answer for its kinds (a
 * refinement, ambient, answers with its family's evaluator when it has none of its own), the mesh-neutral answer
 * for Namespaces, workloads, Services and NetworkPolicies; another mesh's object is ignored by this one; anything
 * else is a kind the gate cannot place on a path.
 */
export function changeAppliesTo(object: SourcedObject, mesh: MeshName, context: ScopeContext): AppliesTo {
  const own = EVALUATORS[mesh]
  const family = own.refines ? EVALUATORS[own.refines] : null
  const answer =
    own.appliesTo?.(object, context) ??
    family?.appliesTo?.(object, context) ??
    kubernetesAppliesTo(object.object)
  if (answer) return answer
  const kind = String(object.object.kind)
  const group = String(object.object.apiVersion ?? '').split('/')[0]
  for (const [name, e] of evaluators()) {
    if (name === mesh || name === own.refines || EVALUATORS[name].refines === mesh) continue
    if (e.recognises.object?.(object.object, group))
      return { scope: 'nothing', why: `${kind} is ${e.title}'s; ${own.title} ignores it` }
  }
  return { scope: 'unknown', why: `${kind} (${group}) is a kind the gate cannot place on a measured path` }
}
