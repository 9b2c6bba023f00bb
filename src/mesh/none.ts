/**
 * `mesh: none`: nothing to install. The gate measures the cluster as it is, the reference point that a mesh's
 * latency and resource overhead are read against; its plan says so, and its fingerprint names no version.
 */
import type { Plan } from '../tools/plan.js'
import type { MeshFingerprint, MeshInstaller, MeshSetup } from './installer.js'

export class NoMeshInstaller implements MeshInstaller {
  readonly mesh = 'none' as const
  readonly systemNamespaces: readonly string[] = []

  describe(): Plan {
    return {
      downloads: [],
      commands: [],
      files: [],
      notes: [
        'mesh: none: no mesh is installed; the gate measures the cluster without one (the reference point of what a mesh adds), and plaintext must be accepted between its pods',
      ],
    }
  }

  async install(): Promise<MeshFingerprint> {
    return this.fingerprint()
  }

  fingerprint(): MeshFingerprint {
    return { name: 'none', version: 'none', profile: 'none' }
  }
}

export const NONE_SETUP: MeshSetup = {
  // Nothing enrols or excludes a namespace, and no container is a proxy: every container's cost is the app's.
  enrol: { labels: {}, annotations: {} },
  exclude: { labels: {}, annotations: {} },
  containers: { proxy: [], node: [] },
  replacesCni: false,
  cli: null,
  defaultValues: {},
  installValues: {},
  create: () => new NoMeshInstaller(),
}
