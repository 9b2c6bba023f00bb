/**
 * The public face of the mesh installers: `INSTALLERS` registers each mesh's setup (installer.ts `MeshSetup`) in a
 * `Record` over every `MeshName`, so a new name in the vocabulary does not compile until its setup is here;
 * `createMeshInstaller` is what `run` calls.
 */
import { InputError } from '../errors.js'
import { CILIUM_SETUP } from './cilium.js'
import { MESHES, type MeshName } from '../vocabulary.js'
import type { MeshContext, MeshInstaller, MeshOptions, MeshSetup } from './installer.js'
import { ISTIO_AMBIENT_SETUP, ISTIO_SETUP } from './istio.js'
import { LINKERD_SETUP } from './linkerd.js'
import { NONE_SETUP } from './none.js'

export const INSTALLERS: Readonly<Record<MeshName, MeshSetup>> = {
  istio: ISTIO_SETUP,
  'istio-ambient': ISTIO_AMBIENT_SETUP,
  linkerd: LINKERD_SETUP,
  cilium: CILIUM_SETUP,
  none: NONE_SETUP,
}

export * from './installer.js'
export { IstioInstaller, ISTIO_NAMESPACE } from './istio.js'
export { LinkerdInstaller, LINKERD_NAMESPACE, GATEWAY_API_CRD } from './linkerd.js'
export { NoMeshInstaller } from './none.js'
export { CiliumInstaller, DEFAULT_CILIUM_VERSION, CILIUM_GATE_VALUES, ciliumSettings } from './cilium.js'
export { kubeOps, manifestObjects, type KubeOps } from './kube-ops.js'
export {
  parseIstioctlVersion,
  parseLinkerdCheck,
  parseCiliumStatus,
  ciliumNodeEncryption,
} from './outputs.js'

/** Every mesh's data-plane containers: a sample is attributed alike whichever mesh (or none) runs them. */
export function containerRoles(): { proxy: Set<string>; dataPlane: Set<string> } {
  const setups = Object.values(INSTALLERS)
  return {
    proxy: new Set(setups.flatMap((s) => s.containers.proxy)),
    dataPlane: new Set(setups.flatMap((s) => s.containers.node)),
  }
}

export function createMeshInstaller(
  mesh: MeshName,
  ctx: MeshContext,
  options: MeshOptions = {},
): MeshInstaller {
  if (!Object.hasOwn(INSTALLERS, mesh))
    throw new InputError(`mesh '${String(mesh)}' is not one of ${MESHES.join(', ')}`)
  return INSTALLERS[mesh].create(ctx, options)
}
