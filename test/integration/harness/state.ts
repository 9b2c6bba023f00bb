/** What global setup hands to the tests and to teardown: a JSON file named by MESH_GATE_HARNESS_STATE. */
import { readFileSync } from 'node:fs'
import type { NodeState } from './node.ts'

export interface HarnessState {
  dir: string
  /** Every process the harness started; teardown stops each one. */
  pids: number[]
  kubeconfig: string
  logs: string
  versions: Record<string, string>
  fortio: { bin: string; url: string; caCert: string; clientCert: string; clientKey: string } | null
  /** The real node (kubelet + containerd); null until it is up. */
  node: NodeState | null
}

export function stateFile(): string {
  const file = process.env.MESH_GATE_HARNESS_STATE
  if (!file)
    throw new Error(
      'MESH_GATE_HARNESS_STATE is not set: run the integration suite with npm run test:integration',
    )
  return file
}

export function readState(): HarnessState {
  return JSON.parse(readFileSync(stateFile(), 'utf8')) as HarnessState
}
