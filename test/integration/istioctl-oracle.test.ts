/**
 * An oracle from Istio itself. `istioctl x describe pod` composes a pod's effective PeerAuthentication with Istio's
 * own code (istioctl/pkg/describe describePeerAuthentication → pilot/pkg/security/authn ComposePeerAuthentication),
 * reading only the API server: the pod, the PeerAuthentications of its namespace and of the root namespace, and the
 * `istio` mesh ConfigMap (for meshConfig.rootNamespace) in the namespace given with `-i`.
 *
 * Every case of the Istio corpus (fixtures/mtls/live/istio: sidecar mode, namespaces labelled
 * istio-injection=enabled, pods with an istio-proxy container and the sidecar.istio.io/status annotation that
 * injection leaves) is applied to the real API server; for every pod of every workload istioctl's workload and
 * port-level modes must equal the validator's matrix for that workload, read live.
 *
 * What describe does besides: it fetches Envoy's config_dump from the pod through a port-forward (kwok pods have no
 * Envoy; the API server's dial to the "kubelet" on 127.0.0.1 fails at once). `--ignoreUnmeshed` makes that failure
 * non-fatal; it only drops the Services/DestinationRule part of the output, which no case uses (no Service selects
 * the pods), and the unmeshed warning, which the corpus's pods (all with istio-proxy) would not get anyway.
 * Everything runs in the harness's network namespace with only loopback, and istioctl is given the harness
 * kubeconfig, so it can reach nothing else.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serverSideApply } from '../../src/k8s/apply.js'
import { modeAt } from '../../src/mtls/entries.js'
import { ClusterSource, validateSources } from '../../src/pipeline/mtls-sources.js'
import type { MatrixEntry } from '../../src/mtls/model.js'
import type { Mode } from '../../src/vocabulary.js'
import { cachedTool, toolsCache } from './harness/tools.js'
import { readState } from './harness/state.js'
import { createNamespace, harnessCluster, installMeshCrds, removeIstioIngressGateway } from './kube.js'
import {
  applyCase,
  corpusCases,
  waitForWorkloads,
  type CorpusCase,
  type PodsByWorkload,
} from './mtls-corpus.js'

/** ISTIOCTL_BIN, else the cluster tools' folder in the tools cache (scripts/test-tools.sh builds it there). */
function findIstioctl(): { bin: string | null; why: string } {
  if (process.env.ISTIOCTL_BIN) {
    return existsSync(process.env.ISTIOCTL_BIN)
      ? { bin: process.env.ISTIOCTL_BIN, why: '' }
      : { bin: null, why: `ISTIOCTL_BIN=${process.env.ISTIOCTL_BIN} does not exist` }
  }
  const bin = cachedTool('istioctl')
  return bin
    ? { bin, why: '' }
    : {
        bin: null,
        why: `istioctl is not built (no folder under ${toolsCache()} holds it): run eval "$(bash scripts/test-tools.sh all)" once (cached), or set ISTIOCTL_BIN`,
      }
}

const istioctl = findIstioctl()
// Under CI a missing oracle fails the run; locally the suite says which script builds it and skips these tests.
if (!istioctl.bin && process.env.CI !== 'true') console.warn(`istioctl oracle skipped: ${istioctl.why}`)
const describeOracle = istioctl.bin || process.env.CI === 'true' ? describe : describe.skip

export interface DescribedPeerAuthn {
  mode: Mode
  perPort: Map<number, Mode>
}

/** The "Effective PeerAuthentication" block of `istioctl x describe pod` (describe.go printPeerAuthentication). */
export function parseDescribe(output: string): DescribedPeerAuthn {
  const block = output.split('Effective PeerAuthentication:\n')[1]
  if (block === undefined)
    throw new Error(`no "Effective PeerAuthentication" in istioctl's output:\n${output}`)
  const mode = /^ {3}Workload mTLS mode: (\w+)$/m.exec(block)?.[1]
  if (!mode) throw new Error(`no workload mTLS mode in istioctl's output:\n${output}`)
  const perPort = new Map<number, Mode>()
  const ports = block.split(/^ {3}Port Level mTLS mode:\n/m)[1]
  for (const m of (ports ?? '').matchAll(/^ {6}(\d+): (\w+)$/gm)) perPort.set(Number(m[1]), m[2] as Mode)
  return { mode: mode as Mode, perPort }
}

function runIstioctl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(istioctl.bin!, args, { timeout: 60_000, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`istioctl ${args.join(' ')}: ${error.message}\n${stdout}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

/** Where istioctl and the validator differ, on the validator's rows for one workload. */
function differences(rows: MatrixEntry[], oracle: DescribedPeerAuthn): string[] {
  const out: string[] = []
  const wide = modeAt(rows, null)?.mode
  if (wide !== oracle.mode) out.push(`workload: istioctl ${oracle.mode}, validator ${wide}`)
  for (const [port, mode] of oracle.perPort) {
    const ours = modeAt(rows, port)?.mode
    if (ours !== mode) out.push(`port ${port}: istioctl ${mode}, validator ${ours}`)
  }
  for (const row of rows.filter((r) => r.port !== null)) {
    const theirs = oracle.perPort.get(row.port!) ?? oracle.mode
    if (theirs !== row.mode) out.push(`port ${row.port}: istioctl ${theirs}, validator ${row.mode}`)
  }
  return [...new Set(out)]
}

const cluster = harnessCluster()
const cases = corpusCases('istio')
const pods = new Map<string, PodsByWorkload>()
/** Per case: workload → what istioctl said and where it differed; printed as a summary at the end. */
const summary: string[] = []
let podsCompared = 0

describeOracle('istioctl x describe pod agrees with the validator on the Istio corpus', () => {
  beforeAll(async () => {
    if (!istioctl.bin) throw new Error(`CI=true and the istioctl oracle is missing: ${istioctl.why}`)
    await installMeshCrds(cluster)
    // The mesh config istioctl reads for cases without a root namespace of their own: the default root.
    await createNamespace(cluster, 'istio-system')
    // Whatever suite ran before: no gateway pod for describe to port-forward to.
    await removeIstioIngressGateway(cluster)
    await serverSideApply(cluster, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'istio', namespace: 'istio-system' },
      data: { mesh: 'rootNamespace: istio-system' },
    })
    for (const c of cases) await applyCase(cluster, c)
    for (const c of cases) pods.set(c.name, await waitForWorkloads(cluster, c))
  }, 300_000)

  it('parses describe’s output (workload and port-level modes)', () => {
    const parsed = parseDescribe(
      'Pod: web-1\n   Pod Revision: default\n--------------------\nEffective PeerAuthentication:\n   Workload mTLS mode: STRICT\n   Port Level mTLS mode:\n      9090: DISABLE\n      8080: PERMISSIVE\nApplied PeerAuthentication:\n   default.ns\n',
    )
    expect(parsed).toEqual({
      mode: 'STRICT',
      perPort: new Map([
        [9090, 'DISABLE'],
        [8080, 'PERMISSIVE'],
      ]),
    })
    expect(() => parseDescribe('Error: pods "x" not found')).toThrow(/Effective PeerAuthentication/)
  })

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c: CorpusCase) => {
      const istioNamespace = c.istioNamespace ?? 'istio-system'
      const validation = await validateSources(
        new ClusterSource(cluster, { namespaces: c.namespaces, istioNamespace }),
        null,
        'strict',
        'istio',
      )
      const compared: string[] = []
      const differ: string[] = []
      for (const [key, names] of pods.get(c.name)!) {
        const [namespace, kind, name] = key.split('/') as [string, string, string]
        const rows = validation.matrix.filter(
          (e) => e.namespace === namespace && e.workload === `${kind}/${name}`,
        )
        expect(rows.length).toBeGreaterThan(0)
        expect(names.length).toBeGreaterThan(0)
        for (const pod of names) {
          const out = await runIstioctl([
            'x',
            'describe',
            'pod',
            pod,
            '-n',
            namespace,
            '-i',
            istioNamespace,
            '--kubeconfig',
            readState().kubeconfig,
            '--ignoreUnmeshed',
          ])
          // istioctl described the pod we meant, and took its revision from the sidecar.istio.io/status annotation.
          expect(out).toContain(`Pod: ${pod}`)
          expect(out).toMatch(/Pod Revision: default/)
          const oracle = parseDescribe(out)
          podsCompared++
          const d = differences(rows, oracle)
          const ports = [...oracle.perPort].map(([p, m]) => `${p}=${m}`).join(',')
          compared.push(`${kind}/${name} (${pod}) ${oracle.mode}${ports ? ` [${ports}]` : ''}`)
          differ.push(...d.map((x) => `${namespace}/${kind}/${name} ${x}`))
        }
      }
      summary.push(`${c.name}: ${differ.length === 0 ? 'agree' : 'DIFFER'} — ${compared.join('; ')}`)
      expect(compared.length).toBeGreaterThan(0)
      expect(differ).toEqual([])
    },
    180_000,
  )

  it('every case was compared', () => {
    console.log(
      `istioctl oracle (${summary.length}/${cases.length} cases, ${podsCompared} pods):\n${summary.join('\n')}`,
    )
    expect(summary).toHaveLength(cases.length)
    expect(podsCompared).toBeGreaterThan(cases.length)
  })
})
