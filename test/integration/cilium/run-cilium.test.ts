/**
 * The gate on a real mesh data plane: `mesh-mtls-gate run --cluster existing --mesh cilium` on the harness's Cilium
 * node (harness/node.ts, MESH_GATE_NODE_CNI=cilium). The run installs Cilium 1.20 with the gate's own installer —
 * the CLI is the harness's stand-in for cilium-cli (harness/cilium-cli.mjs: Cilium's own Helm chart through Helm),
 * the images are built here (scripts/test-tools.sh) — with SPIRE for mutual authentication, kube-proxy replacement
 * and no WireGuard (this kernel has none); then Fortio's client reaches shop/cart's stand-in across Cilium's eBPF
 * datapath, cilium-agent's CPU and memory come from the kubelet, and the live probe meets Cilium's real enforcement
 * of a CiliumNetworkPolicy that requires mutual authentication.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import type { Cluster } from '../../../src/k8s/client.js'
import type { Results } from '../../../src/results/schema.js'
import { cart, compareJson, deleteNamespaces, GateRuns, type Obj } from '../gate-run.js'
import { CGROUP_ROOT, NODE_BRIDGE, NODE_LABEL, REAL_NODE } from '../harness/node.js'
import { readState } from '../harness/state.js'
import { harnessCluster } from '../kube.js'
import { onlyRealNode, restoreNodes } from '../real-node.js'
import { execIn, podsOf } from './node-exec.js'
import { harnessCiliumValues } from './values.js'

const STAND_IN = fileURLToPath(new URL('../harness/cilium-cli.mjs', import.meta.url))
const runs = new GateRuns()

function env(name: string): string {
  const v = process.env[name]
  if (!v) throw new Error(`${name} is not set: eval "$(bash scripts/test-tools.sh all)" exports it`)
  return v
}

/**
 * The user's values file of this cluster: the harness's facts (test/integration/cilium/values.ts), with `change`'s
 * top-level sections in place of the harness's (a pull request's edit of the file).
 */
function valuesFile(change: Record<string, unknown> = {}, name = 'cilium-values.yaml'): string {
  const state = readState()
  const api = new URL(harnessCluster().kubeConfig.getCurrentCluster()!.server)
  const file = join(runs.work, name)
  writeFileSync(
    file,
    stringify({
      ...harnessCiliumValues({
        images: {
          agent: env('CILIUM_IMAGE_AGENT'),
          operator: env('CILIUM_IMAGE_OPERATOR'),
          spireServer: env('CILIUM_IMAGE_SPIRE_SERVER'),
          spireAgent: env('CILIUM_IMAGE_SPIRE_AGENT'),
          spireInit: env('CILIUM_IMAGE_SPIRE_INIT'),
        },
        apiServer: { host: api.hostname, port: Number(api.port) },
        cniBinDir: state.node!.cniBinDir,
        cniConfDir: state.node!.cniConfDir,
        cgroupRoot: `/sys/fs/cgroup/unified/${CGROUP_ROOT}`,
        device: NODE_BRIDGE,
        nodeSelector: NODE_LABEL,
      }),
      ...change,
    }),
  )
  return file
}

/** The run's arguments: Cilium as this cluster has it (the stand-in CLI, the chart's version, the harness's values). */
function gateArgs(values: string): string[] {
  return [
    '--mesh',
    'cilium',
    '--mesh-version',
    env('CILIUM_VERSION'),
    '--mesh-cli',
    STAND_IN,
    '--mesh-values',
    values,
    // Authenticated but not encrypted (this kernel has no WireGuard): PERMISSIVE by the gate's definition.
    '--require',
    'permissive',
  ]
}

/**
 * shop/cart's policy: ingress from the gate's client and from the unmeshed probe's namespace, with mutual
 * authentication required. Cilium authenticates identities, and SPIRE holds one for every identity Cilium
 * allocates (the operator registers them), the probe's included: what the probe meets is what this policy really
 * enforces. (`fromEntities: [cluster]` with authentication required also takes in the host, whose identity SPIRE
 * does not hold: the kubelet's readiness probes were then dropped and the server never became ready.)
 */
function cartPolicy(): Obj {
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: {
      endpointSelector: { matchLabels: { app: 'cart' } },
      ingress: [
        {
          fromEndpoints: ['mesh-gate', 'mesh-gate-probe'].map((ns) => ({
            matchLabels: { 'k8s:io.kubernetes.pod.namespace': ns },
          })),
          authentication: { mode: 'required' },
        },
      ],
    },
  }
}

/** What Cilium runs, read from its pods while the run goes on: versions, and the endpoints of the gate's pods. */
async function watchCilium(cluster: Cluster, until: Promise<unknown>) {
  const seen = { agent: null as string | null, spire: null as string | null, endpoints: new Set<string>() }
  let done = false
  void until.finally(() => (done = true))
  while (!done) {
    try {
      if (!seen.agent) {
        const [agent] = await podsOf(cluster, 'kube-system', 'k8s-app', 'cilium')
        if (agent) {
          const v = /Daemon:\s+(\d+\.\d+\.\d+\S*)/.exec(
            execIn(agent as never, 'cilium-agent', ['cilium-dbg', 'version']),
          )
          if (v) {
            seen.agent = v[1]!
            process.stdout.write(
              `started cilium-agent ${seen.agent} (pod ${agent.metadata.name} on ${REAL_NODE})\n`,
            )
          }
        }
      }
      if (!seen.spire) {
        const [server] = await podsOf(cluster, 'cilium-spire', 'app', 'spire-server')
        if (server) {
          const v = /\d+\.\d+\.\d+\S*/.exec(
            execIn(server as never, 'spire-server', ['/opt/spire/bin/spire-server', '--version']),
          )
          if (v) {
            seen.spire = v[0]
            process.stdout.write(`started spire-server ${seen.spire} (pod ${server.metadata.name})\n`)
          }
        }
      }
      for (const ns of ['mesh-gate', 'mesh-gate-base', 'mesh-gate-head', 'shop', 'shop-base', 'shop-head']) {
        const eps = (
          await cluster.objects.list('cilium.io/v2', 'CiliumEndpoint', ns).catch(() => ({ items: [] }))
        ).items as Obj[]
        for (const e of eps)
          seen.endpoints.add(`${ns}/${e.metadata.name} id ${e.status?.id} identity ${e.status?.identity?.id}`)
      }
    } catch {
      // Not up yet: the next look.
    }
    await new Promise((r) => setTimeout(r, 2000))
  }
  return seen
}

describe('run --cluster existing --mesh cilium on the Cilium node', () => {
  const cluster = harnessCluster()
  const state = readState()
  const images = { fortio: state.node!.images.fortio, probe: state.node!.images.probe }
  const gateConfig = (falseAlarmRate: number, extra: Obj = {}, scenario: Obj = {}) =>
    stringify({
      scenarios: [
        {
          name: 'echo-cilium',
          protocol: 'http',
          qps: 100,
          connections: 4,
          duration: '5s',
          warmup: '2s',
          'payload-bytes': 128,
          repetitions: 5,
          ...scenario,
        },
      ],
      thresholds: { 'latency-p50': '+10%' },
      statistics: { 'false-alarm-rate': falseAlarmRate },
      images,
      targets: ['shop/cart'],
      ...extra,
    })
  let values = ''

  beforeAll(async () => {
    process.env.CILIUM_CHART_DIR = env('CILIUM_CHART_DIR')
    process.env.HELM_BIN = env('HELM_BIN')
    values = valuesFile()
    await deleteNamespaces(cluster)
    await onlyRealNode(cluster)
  })
  afterAll(async () => {
    await deleteNamespaces(cluster)
    await restoreNodes(cluster)
    runs.remove()
  })

  it('installs Cilium with the gate’s installer and measures shop/cart across its datapath: the unchanged pair is no regression', async () => {
    const base = [...cart(images), cartPolicy()]
    const repo = runs.repository('unchanged', base, base, gateConfig(0.001))
    const out = join(runs.work, 'unchanged.json')
    const run = runs.run(repo, out, gateArgs(values))
    const seen = await watchCilium(cluster, run)
    const r = await run
    const [agentPod] = await podsOf(cluster, 'kube-system', 'k8s-app', 'cilium')
    const drops = execIn(agentPod as never, 'cilium-agent', [
      'cilium-dbg',
      'metrics',
      'list',
      '-p',
      'drop_count',
    ])
    process.stdout.write(`cilium-agent drop counters after the run:\n${drops}\n`)
    process.stdout.write(`cilium endpoints seen during the run:\n  ${[...seen.endpoints].join('\n  ')}\n`)
    expect({ code: r.code, log: r.stderr.slice(-3000) }).toEqual({ code: 0, log: expect.any(String) })
    expect(seen.agent).toMatch(/^1\.20\.2/)
    expect(seen.spire).toMatch(/^1\.15\.3/)
    expect(r.head.fingerprint.mesh?.name).toBe('cilium')
    expect(r.head.fingerprint.mesh?.encryption?.ran).toBe('none')
    // Nothing differs: both sides ran at once, each on its copy. The node's agent served both copies at once, so it
    // is in neither side's samples (the alternating case below measures it), and the results say so.
    expect(r.head.layout?.design).toBe('simultaneous')
    // The matrix with the live outcome: the unmeshed probe is allowed by the policy, and SPIRE holds its identity
    // too, so Cilium authenticates it: accepted, which PERMISSIVE (authenticated, not encrypted) predicts.
    expect(r.head.mtls?.entries.find((e) => e.workload === 'Deployment/cart')).toMatchObject({
      mode: 'PERMISSIVE',
      live: 'accepted',
    })
    const usage = r.head.scenarios[0]!.resources.flatMap((x) => x.containers)
    expect(usage.filter((c) => c.container === 'cilium-agent')).toEqual([])
    expect(usage.filter((c) => c.namespace === 'shop-head' && c.cpuMillicores > 0).length).toBeGreaterThan(0)
    expect((r.head.notes ?? []).join('\n')).toMatch(
      /node-level data plane \(cilium-agent, spire-agent\) served both sides/,
    )
    for (const rep of r.head.scenarios[0]!.repetitions)
      expect(rep.latency.histogram.buckets.length).toBeGreaterThan(0)
    const c = await compareJson(
      out.replace(/\.json$/, '.base.json'),
      out,
      join(repo, '.github', 'mesh-gate.yaml'),
    )
    expect(c.verdict).not.toBe('regression')
  }, 900_000)
  it('a real Cilium regression: the head turns on Hubble with every packet traced (mesh values), and the agents pay for it', async () => {
    // The pull request changes the mesh values file in the repository: Hubble on, monitor aggregation off, so that
    // the datapath emits a trace event for every packet and the agent turns each into a flow. Each side runs on its
    // own values: the sides alternate, Cilium re-installed (cilium upgrade) at each switch.
    const base = readFileSync(values, 'utf8')
    const head = readFileSync(
      valuesFile(
        { hubble: { enabled: true }, bpf: { autoMount: { enabled: false }, monitorAggregation: 'none' } },
        'hubble-values.yaml',
      ),
      'utf8',
    )
    const objects = [...cart(images), cartPolicy()]
    const repo = runs.repository(
      'hubble',
      objects,
      objects,
      gateConfig(
        0.05,
        { mesh: { values: 'mesh/cilium-values.yaml' }, thresholds: { 'proxy-cpu': '+15%' } },
        // Enough packets for the per-packet cost to show beside the agent's own work (1000 requests a second), and
        // repetitions longer than the kubelet's stats interval (cAdvisor's housekeeping, 10 s and more), so that each
        // repetition's CPU is a difference of two stats taken during the run, never a reading from before it.
        { qps: 1000, repetitions: 4, duration: '20s' },
      ),
      { 'mesh/cilium-values.yaml': { base, head } },
    )
    const out = join(runs.work, 'hubble.json')
    const args = gateArgs(values).filter(
      (a, i, all) => a !== '--mesh-values' && all[i - 1] !== '--mesh-values',
    )
    const r = await runs.run(repo, out, args)
    expect(r.head.layout?.design).toBe('alternating')
    expect(r.stderr).toMatch(/re-install/)
    const cpu = (x: Results) =>
      x.scenarios[0]!.resources.flatMap((s) => s.containers).filter((c) => c.container === 'cilium-agent')
    process.stdout.write(
      `cilium-agent CPU (m) base ${cpu(r.base)
        .map((c) => c.cpuMillicores.toFixed(1))
        .join(' ')}; head ${cpu(r.head)
        .map((c) => c.cpuMillicores.toFixed(1))
        .join(' ')}\n`,
    )
    expect(cpu(r.head).length).toBeGreaterThan(0)
    expect(Math.max(...cpu(r.head).map((c) => c.cpuMillicores))).toBeGreaterThan(0)
    const c = await compareJson(
      out.replace(/\.json$/, '.base.json'),
      out,
      join(repo, '.github', 'mesh-gate.yaml'),
    )
    process.stdout.write(`hubble head: ${c.verdict}\n${r.stdout.slice(0, 3000)}\n`)
    expect({ code: r.code, verdict: c.verdict }).toEqual({ code: 1, verdict: 'regression' })
  }, 1_500_000)
})
