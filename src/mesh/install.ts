/** The public face of the mesh installers: `createMeshInstaller` is what `run` calls. */
import { InputError } from '../errors.js'
import { CiliumInstaller } from './cilium.js'
import type { MeshName } from '../vocabulary.js'
import type { MeshContext, MeshInstaller, MeshOptions } from './installer.js'
import { IstioInstaller } from './istio.js'
import { LinkerdInstaller } from './linkerd.js'

export * from './installer.js'
export { IstioInstaller, ISTIO_NAMESPACE } from './istio.js'
export { LinkerdInstaller, LINKERD_NAMESPACE, GATEWAY_API_CRD } from './linkerd.js'
export {
  CiliumInstaller,
  DEFAULT_CILIUM_VERSION,
  MUTUAL_AUTH_WIREGUARD_VALUES,
  CILIUM_PROFILE,
} from './cilium.js'
export { kubeOps, manifestObjects, type KubeOps } from './kube-ops.js'
export { parseIstioctlVersion, parseLinkerdCheck, parseCiliumStatus } from './outputs.js'

export function createMeshInstaller(
  mesh: MeshName,
  ctx: MeshContext,
  options: MeshOptions = {},
): MeshInstaller {
  switch (mesh) {
    case 'istio':
      return new IstioInstaller(ctx, false, options)
    case 'istio-ambient':
      return new IstioInstaller(ctx, true, options)
    case 'linkerd':
      return new LinkerdInstaller(ctx, options)
    case 'cilium':
      return new CiliumInstaller(ctx, options)
    default:
      throw new InputError(`mesh '${String(mesh)}' is not one of istio, istio-ambient, linkerd, cilium`)
  }
}
