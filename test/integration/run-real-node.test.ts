/**
 * The gate's main job end to end on real pods: `mesh-mtls-gate run --cluster existing --mesh none` (the CLI's own
 * entry, argv as users type it) with the harness's kubeconfig, against the harness's real node (harness/node.ts).
 * The gate's workloads roll out as real pods, Fortio runs in the client pod through the API server's exec, the
 * sides interleave A B B A, the kubelet's Summary API gives CPU and memory per container through the node proxy,
 * and the live probe runs between real pods. Two A/B runs with a real data path:
 *   - unchanged: base and head are the same configuration; not a regression;
 *   - regression: the head puts a real TCP proxy in front of the server (Fortio's own `fortio proxies -P`, in a
 *     container named like a sidecar, `istio-proxy`): every request takes one more hop through a real process, so
 *     latency rises, and the proxy's CPU and memory show up as data-plane overhead on real kubelet numbers.
 * MESH_GATE_KEEP_RESULTS=DIR copies every results artifact and report of these runs into DIR.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import type { Cluster } from '../../src/k8s/client.js'
import { GATE_NAMESPACE, PROBE_NAMESPACE, SERVER, gateWorkloads } from '../../src/load/workloads.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import type { Results } from '../../src/results/schema.js'
import { REAL_NODE } from './harness/node.js'
import { readState } from './harness/state.js'
import { harnessCluster } from './kube.js'
import { onlyRealNode, restoreNodes } from './real-node.js'

const work = mkdtempSync(join(tmpdir(), 'gate-real-node-'))
const keep = process.env.MESH_GATE_KEEP_RESULTS

type Obj = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function deleteNamespaces(cluster: Cluster) {
  for (const name of [GATE_NAMESPACE, PROBE_NAMESPACE])
    await cluster.objects
      .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } } as never)
      .catch(() => undefined)
  // Gone, pods included, before the next run creates them again (bounded).
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const names = ((await cluster.objects.list('v1', 'Namespace')).items as Obj[]).map((n) => n.metadata.name)
    if (!names.includes(GATE_NAMESPACE) && !names.includes(PROBE_NAMESPACE)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('the gate namespaces were not deleted within 90 s')
}

/** The gate's own server Deployment as the configuration restates it (the base side of both pairs). */
function serverDeployment(images: { fortio: string; probe: string }): Obj {
  const objects = gateWorkloads({ mesh: INSTALLERS.none, nodeLabels: null, images }) as Obj[]
  return structuredClone(objects.find((o) => o.kind === 'Deployment' && o.metadata.name === SERVER)!)
}

/** The head of the regression pair: the server moves to 8081 and a TCP proxy takes its port 8080. */
function proxiedServer(images: { fortio: string; probe: string }): Obj {
  const d = serverDeployment(images)
  const pod = d.spec.template.spec
  const app = pod.containers[0]
  app.args = app.args.map((a: string) => (a === '8080' ? '8081' : a))
  pod.containers.push({
    name: 'istio-proxy',
    image: images.fortio,
    args: ['proxies', '-P', '8080 127.0.0.1:8081'],
    resources: { requests: { cpu: '50m', memory: '32Mi' } },
  })
  return d
}

function repository(name: string, base: Obj, head: Obj): string {
  const repo = join(work, name)
  mkdirSync(join(repo, 'mesh'), { recursive: true })
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  writeFileSync(join(repo, 'mesh', 'server.yaml'), stringify(base))
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  writeFileSync(join(repo, 'mesh', 'server.yaml'), stringify(head))
  return repo
}

async function gate(repo: string, config: string, out: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    [
      'run',
      '--cluster',
      'existing',
      '--kubeconfig',
      readState().kubeconfig,
      '--mesh',
      'none',
      '--require',
      'none',
      '--config',
      config,
      '--repo',
      repo,
      '--base-ref',
      'main',
      '--out',
      out,
    ],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  )
  writeFileSync(out.replace(/\.json$/, '.report.md'), stdout)
  writeFileSync(out.replace(/\.json$/, '.log'), stderr)
  if (keep) {
    mkdirSync(keep, { recursive: true })
    const stem = out.replace(/\.json$/, '')
    for (const f of readdirSync(work).map((x) => join(work, x)))
      if (f.startsWith(`${stem}.`)) copyFileSync(f, join(keep, f.slice(work.length + 1)))
  }
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Results
  return { code, stdout, stderr, head: read(out), base: read(out.replace(/\.json$/, '') + '.base.json') }
}

async function compareJson(base: string, head: string, config: string): Promise<{ verdict: string }> {
  let stdout = ''
  await runCli(['compare', '--baseline', base, '--current', head, '--config', config, '--format', 'json'], {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
  })
  return JSON.parse(stdout) as { verdict: string }
}

describe('run --cluster existing --mesh none on the real node', () => {
  const cluster = harnessCluster()
  const state = readState()
  const images = { fortio: state.node!.images.fortio, probe: state.node!.images.probe }
  const config = join(work, 'gate.yaml')

  beforeAll(async () => {
    await deleteNamespaces(cluster)
    await onlyRealNode(cluster)
    writeFileSync(
      config,
      stringify({
        scenarios: [
          {
            name: 'echo-real',
            protocol: 'http',
            qps: 100,
            connections: 4,
            duration: '5s',
            warmup: '2s',
            'payload-bytes': 128,
            repetitions: 5,
          },
        ],
        // The proxy hop moves the whole distribution: the median is gated too, and decides with few repetitions
        // on a shared 2-core machine where the p99 of 5-second runs is noisy.
        thresholds: { 'latency-p50': '+10%' },
        statistics: { 'false-alarm-rate': 0.05 },
        images,
      }),
    )
  })
  afterAll(async () => {
    await deleteNamespaces(cluster)
    await restoreNodes(cluster)
    // Every artifact that matters was copied to MESH_GATE_KEEP_RESULTS when set.
    rmSync(work, { recursive: true, force: true })
  })

  it('measures an unchanged pair on real pods: real histograms, real CPU, the live probe, no regression', async () => {
    const repo = repository('unchanged', serverDeployment(images), serverDeployment(images))
    const out = join(work, 'unchanged.json')
    const r = await gate(repo, config, out)
    expect({ code: r.code, log: r.stderr.slice(-2000) }).toEqual({ code: 0, log: expect.any(String) })
    for (const side of [r.base, r.head]) {
      const s = side.scenarios[0]
      expect(s.repetitions.length).toBeGreaterThanOrEqual(2)
      for (const rep of s.repetitions) {
        expect(rep.source).toMatch(/\(exec in fortio-client-/)
        // 100 QPS for 5 s: at least 90% of the 500 requested went through (a short run is flagged saturated).
        expect(rep.codes['200']).toBeGreaterThanOrEqual(450)
        expect(rep.latency.histogram.count).toBe(rep.requests)
        expect(rep.latency.histogram.buckets.length).toBeGreaterThan(1)
      }
      // Real kubelet numbers: the app containers that did the work used CPU; no proxy row without a proxy.
      const usage = s.resources.flatMap((x) => x.containers)
      expect(usage.filter((c) => c.role === 'app' && c.cpuMillicores > 0).length).toBeGreaterThan(0)
      expect(usage.filter((c) => c.role === 'proxy')).toEqual([])
      expect(s.resources.every((x) => x.source.includes(REAL_NODE))).toBe(true)
      // The live probe between real pods saw what `mesh: none` predicts: plaintext accepted.
      const server = side.mtls!.entries.find((e) => e.workload === `Deployment/${SERVER}` && e.port === null)
      expect(server?.live).toBe('accepted')
    }
    expect(r.stdout).not.toMatch(/istio-proxy|linkerd-proxy/)
    expect((await compareJson(out.replace(/\.json$/, '.base.json'), out, config)).verdict).not.toBe(
      'regression',
    )
  }, 600_000)

  it('finds the regression when the head puts a real proxy hop in front of the server', async () => {
    const repo = repository('proxied', serverDeployment(images), proxiedServer(images))
    const out = join(work, 'proxied.json')
    const r = await gate(repo, config, out)
    expect({ code: r.code, log: r.stderr.slice(-2000) }).toEqual({ code: 1, log: expect.any(String) })
    expect((await compareJson(out.replace(/\.json$/, '.base.json'), out, config)).verdict).toBe('regression')
    const usage = r.head.scenarios[0].resources.flatMap((x) => x.containers)
    const proxy = usage.filter((c) => c.container === 'istio-proxy')
    expect(proxy.length).toBeGreaterThan(0)
    expect(proxy.every((c) => c.role === 'proxy')).toBe(true)
    expect(Math.max(...proxy.map((c) => c.cpuMillicores))).toBeGreaterThan(0)
    expect(r.base.scenarios[0].resources.flatMap((x) => x.containers).some((c) => c.role === 'proxy')).toBe(
      false,
    )
    expect(r.stdout).toMatch(/regression/i)
  }, 600_000)
})
