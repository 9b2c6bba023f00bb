/**
 * Running a command in a pod through the Kubernetes exec API. The Fortio image has no shell, so the command is
 * the argv itself. kind serves exec; the local test control plane (kwok) does not, so the runner is tested with a
 * fake of this interface and recorded Fortio outputs, and the cluster adapter's failure path against kwok.
 */
import { Exec, type V1Status } from '@kubernetes/client-node'
import { Writable } from 'node:stream'
import type { Cluster } from '../k8s/client.js'

export interface ExecResult {
  stdout: string
  stderr: string
  /** The exec API's status: Success, or Failure with the exit code in its details. */
  success: boolean
  message: string
}

export interface PodExec {
  exec(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    timeoutMs: number,
  ): Promise<ExecResult>
}

export function clusterExec(cluster: Cluster): PodExec {
  const api = new Exec(cluster.kubeConfig)
  return {
    exec: (namespace, pod, container, command, timeoutMs) =>
      new Promise<ExecResult>((resolve, reject) => {
        let stdout = ''
        let stderr = ''
        const sink = (append: (s: string) => void) =>
          new Writable({
            write(chunk, _enc, done) {
              append(chunk.toString())
              done()
            },
          })
        const timer = setTimeout(
          () => reject(new Error(`exec in ${namespace}/${pod} did not finish within ${timeoutMs / 1000} s`)),
          timeoutMs,
        )
        api
          .exec(
            namespace,
            pod,
            container,
            command,
            sink((s) => (stdout += s)),
            sink((s) => (stderr += s)),
            null,
            false,
            (status: V1Status) => {
              clearTimeout(timer)
              resolve({ stdout, stderr, success: status.status === 'Success', message: status.message ?? '' })
            },
          )
          .catch((e: Error) => {
            clearTimeout(timer)
            reject(new Error(`exec in ${namespace}/${pod} (${container}) failed: ${e.message}`))
          })
      }),
  }
}
