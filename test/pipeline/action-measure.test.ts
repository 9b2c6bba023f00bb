/**
 * The action's measuring path uses only what main.ts hands it: the settings, the base ref main.ts resolved, and
 * the runner's log, mask and state. A stand-in pipeline records what it was asked.
 */
import { describe, expect, it, jest } from '@jest/globals'
import type { ClusterHandle } from '../../src/cluster/types.js'
import { readSettings } from '../../src/config/action-inputs.js'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import type { MeasureRequest } from '../../src/measure.js'
import { finding } from '../../src/mtls/model.js'
import type { MtlsValidation } from '../../src/mtls/validate.js'
import { measureOnClusterWith } from '../../src/pipeline/action-measure.js'
import type { PipelineResult } from '../../src/pipeline/measure-on-cluster.js'
import type { RunRequest } from '../../src/pipeline/run.js'
import { results } from '../compare/builders.js'

const current = results({ p99: [1, 1, 1] })
const baseline = results({ p99: [1, 1, 1] })
const handle = { teardown: { provider: 'existing', kubeconfigPath: '/tmp/k' } } as unknown as ClusterHandle

function request(inputs: Record<string, string>, baseRef: string | null) {
  const rt = {
    log: jest.fn<(line: string) => void>(),
    warn: jest.fn<(line: string) => void>(),
    mask: jest.fn<(secret: string) => void>(),
    saveClusterForCleanup: jest.fn<(name: string) => void>(),
  }
  const r: MeasureRequest = {
    settings: readSettings((name) => inputs[name] ?? ''),
    config: defaultGateConfig(),
    tempDir: '/tmp/run',
    repo: '/work/repo',
    baseRef,
    runnerName: 'runner-7',
    ...rt,
  }
  return { r, rt }
}

/** A pipeline run that logs, masks and reports a cluster the way the real one does, and records its request. */
function standIn(validation: Partial<MtlsValidation>, probes: PipelineResult['probes'] = []) {
  const asked: RunRequest[] = []
  const execute = async (run: RunRequest): Promise<PipelineResult> => {
    asked.push(run)
    run.log('cluster ready')
    run.warn('slow node')
    run.mask?.('secret-kubeconfig')
    run.recordTeardown?.({ provider: 'kind', name: 'c', kindPath: 'kind', kubeconfigPath: '/tmp/k' })
    run.onCluster(handle)
    return {
      current,
      baseline,
      validation: { findings: [], ...validation } as MtlsValidation,
      handle,
      probes,
      telemetry: [],
    }
  }
  return { execute, asked }
}

describe('measureOnClusterWith', () => {
  it('runs with the settings and the given base ref, through the runtime it was handed', async () => {
    const { execute, asked } = standIn({})
    const { r, rt } = request(
      { mesh: 'linkerd', cluster: 'existing', 'config-paths': 'mesh/**' },
      'origin/main',
    )
    const m = await measureOnClusterWith(execute)(r)
    expect(asked[0]).toMatchObject({
      mesh: 'linkerd',
      cluster: 'existing',
      configPaths: ['mesh/**'],
      baseRef: 'origin/main',
      repo: '/work/repo',
      tempDir: '/tmp/run',
      require: 'strict',
      action: true,
      runnerName: 'runner-7',
    })
    expect(rt.log).toHaveBeenCalledWith('cluster ready')
    expect(rt.warn).toHaveBeenCalledWith('slow node')
    expect(rt.mask).toHaveBeenCalledWith('secret-kubeconfig')
    // Both the record before creation and the handle's teardown reach the post step's state.
    expect(rt.saveClusterForCleanup.mock.calls.map(([s]) => JSON.parse(s).provider)).toEqual([
      'kind',
      'existing',
    ])
    expect(m).toEqual({ current, baseline, mtls: { verdict: 'pass', findings: [] } })
  })

  it('the mesh-cli input reaches the pipeline as the run’s mesh CLI; without it, none is given', async () => {
    const { execute, asked } = standIn({})
    await measureOnClusterWith(execute)(request({ mesh: 'istio', 'mesh-cli': '/bin/sh' }, null).r)
    await measureOnClusterWith(execute)(request({ mesh: 'istio' }, null).r)
    expect(asked.map((a) => a.meshCliPath)).toEqual(['/bin/sh', undefined])
  })

  it('without a base ref, the baseline is not taken from the run', async () => {
    const { execute } = standIn({})
    const { r } = request({}, null)
    expect((await measureOnClusterWith(execute)(r)).baseline).toBeNull()
  })

  it('an error finding or a live probe that never converged fails the mTLS outcome; require-mtls none drops it', async () => {
    const error = finding('error', 'mtls-below-required', 'web is PERMISSIVE', null)
    const failing = standIn({ findings: [error] })
    expect((await measureOnClusterWith(failing.execute)(request({}, null).r)).mtls).toEqual({
      verdict: 'fail',
      findings: [error],
    })
    const probe = {
      side: 'head' as const,
      path: 'mesh-gate/fortio-server',
      expected: 'refused' as const,
      outcome: 'accepted' as const,
    }
    const live = standIn({}, [{ ...probe, converged: false, detail: 'HTTP 200' }])
    const m = await measureOnClusterWith(live.execute)(request({}, null).r)
    expect(m.mtls).toMatchObject({ verdict: 'fail', findings: [{ code: 'mtls-live-mismatch' }] })
    const none = await measureOnClusterWith(failing.execute)(request({ 'require-mtls': 'none' }, null).r)
    expect(none.mtls).toBeNull()
  })
})
