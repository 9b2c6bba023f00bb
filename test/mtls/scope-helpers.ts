/** Scope answers through the real path: YAML → the manifest parser and CRD schemas → `changeAppliesTo`. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { assertValidObjects } from '../../src/mtls/crd-validation.js'
import { changeAppliesTo } from '../../src/mtls/meshes.js'
import type { AppliesTo } from '../../src/mtls/scope.js'
import { buildInventory } from '../../src/mtls/workloads.js'
import type { MeshName } from '../../src/vocabulary.js'
import { SHARED } from '../helpers.js'

/**
 * What the first document applies to when `mesh` is under test, the other documents being the rest of its side
 * (what it may refer to), all schema-checked as the CLI does.
 */
export function appliesTo(mesh: MeshName, changed: string, ...side: string[]): AppliesTo {
  const loaded = parseManifestText([changed, ...side].join('\n---\n'), 'case.yaml')
  assertValidObjects(loaded.objects)
  const context = {
    inventory: buildInventory(loaded.objects),
    objects: loaded.objects,
    rootNamespace: 'istio-system',
  }
  return changeAppliesTo(loaded.objects[0]!, mesh, context)
}

/** A file of ../shared/mesh-examples (real configurations; see its README), as text. */
export function meshExample(name: string): string {
  return readFileSync(join(SHARED, 'mesh-examples', name), 'utf8')
}
