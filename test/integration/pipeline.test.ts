import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClusterProvider } from '../../src/cluster/types.js'
import { compareResults } from '../../src/compare/verdict.js'
import { connect } from '../../src/k8s/client.js'
import type { ExecResult, PodExec } from '../../src/load/exec.js'
import { GATE_NAMESPACE } from '../../src/load/workloads.js'
import type { MeshInstaller } from '../../src/mesh/installer.js'
import { gitIn, readBaseSide, readHeadSide } from '../../src/mesh/pr-config.js'
import { parsePrometheusText } from '../../src/k8s/prometheus-text.js'
import { liveFindings, measureOnCluster } from '../../src/pipeline/measure-on-cluster.js'
import { emptyPlan } from '../../src/tools/plan.js'
import { fixture, readFixture, scratch } from '../helpers.js'
import { readState } from './harness/state.js'
import { harnessHandle, installMeshCrds } from './kube.js'
import { defaultGateConfig } from '../../src/config/gate-config.js'

/**
 * The whole pipeline against the real control plane (kwok nodes and pods). What kwok cannot do — run Fortio in a
 * pod, be a mesh — is played by a stand-in behind the exec interface that answers with recorded Fortio outputs and
 * enforces the PeerAuthentication actually in force on the API server: plaintext refused under STRICT.
 */
function repository(): string {
  const repo = scratch('gate-pipeline-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  const pa = (mode: string) =>
    `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: ${GATE_NAMESPACE}\nspec:\n  mtls:\n    mode: ${mode}\n`
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  mkdirSync(join(repo, 'mesh'))
  writeFileSync(join(repo, 'mesh', 'peer.yaml'), pa('STRICT'))
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  writeFileSync(join(repo, 'mesh', 'peer.yaml'), pa('PERMISSIVE')) // the PR slips to PERMISSIVE
  return repo
}

describe('measureOnCluster on the real control plane', () => {
  it('rolls out, switches A B B A with live probes, measures and builds both results', async () => {
    const state = readState()
    const handle = harnessHandle()
    const provider: ClusterProvider = {
      kind: 'existing',
      describe: emptyPlan,
      planned: () => handle,
      create: async () => handle,
      delete: async () => undefined,
    }
    const fingerprint = { name: 'istio', version: '1.28.0', profile: 'default' } as const
    const mesh = (target: { kubeconfigPath: string }): MeshInstaller => ({
      mesh: 'istio',
      describe: emptyPlan,
      install: async () => {
        await installMeshCrds(connect(target.kubeconfigPath))
        return fingerprint
      },
      fingerprint: () => fingerprint,
      systemNamespaces: [],
    })
    const cluster = connect(state.kubeconfig)
    const modeInForce = async () => {
      const pa = (await cluster.objects
        .read({
          apiVersion: 'security.istio.io/v1',
          kind: 'PeerAuthentication',
          metadata: { name: 'default', namespace: GATE_NAMESPACE },
        })
        .catch(() => null)) as { spec: { mtls: { mode: string } } } | null
      return pa?.spec.mtls.mode ?? 'PERMISSIVE'
    }
    const commands: string[][] = []
    const exec: PodExec = {
      exec: async (_ns, _pod, _c, command): Promise<ExecResult> => {
        commands.push(command)
        if (command[1] === 'curl') {
          return (await modeInForce()) === 'STRICT'
            ? {
                stdout: '',
                stderr: readFixture('fortio', 'curl-refused.stderr'),
                success: false,
                message: 'exit code 1',
              }
            : {
                stdout: readFixture('fortio', 'curl-200.stdout'),
                stderr: readFixture('fortio', 'curl-200.stderr'),
                success: true,
                message: '',
              }
        }
        return {
          stdout: readFileSync(fixture('fortio', 'http-ok.json'), 'utf8'),
          stderr: '',
          success: true,
          message: '',
        }
      },
    }
    // A sidecar on the server's node whose CPU counter advances 50 millicores' worth per second read.
    let reads = 0
    const summary = async () => {
      reads++
      const time = new Date(Date.parse('2026-11-26T10:00:00Z') + reads * 1000).toISOString()
      const proxy = {
        name: 'istio-proxy',
        cpu: { time, usageCoreNanoSeconds: reads * 50e6 },
        memory: { time, workingSetBytes: 60 * 2 ** 20 },
      }
      return JSON.stringify({
        node: { nodeName: 'n' },
        pods: [{ podRef: { namespace: GATE_NAMESPACE, name: 'fortio-server-0' }, containers: [proxy] }],
      })
    }
    const git = gitIn(repository())
    const log: string[] = []
    let scrapes = 0
    const istioPayload = readFixture('mtls', 'telemetry', 'istio-sidecar-server-tcp-mtls.txt')
      .replace('destination_workload="ratings-v1"', 'destination_workload="fortio-server"')
      .replace(
        'destination_workload_namespace="default"',
        `destination_workload_namespace="${GATE_NAMESPACE}"`,
      )
      .replace('source_workload="productpage-v1"', 'source_workload="fortio-client"')
    const result = await measureOnCluster(
      {
        provider,
        mesh,
        fetchTools: async () => [],
        connect: (h) => connect(h.kubeconfigPath),
        exec: () => exec,
        stats: () => ({ summary }),
        log: (m) => void log.push(m),
        now: Date.now,
        onCluster: () => undefined,
        // No Envoy runs under kwok: the counters come from istio/proxy's own mTLS connection family, renamed to the
        // gate's server and client, and growing with every scrape.
        telemetry: () => ({
          description: 'recorded istio/proxy payload',
          scrape: async () =>
            parsePrometheusText(istioPayload.replace(/ 10\n/, ` ${++scrapes * 10}\n`), 'stand-in'),
        }),
      },
      {
        meshName: 'istio',
        head: await readHeadSide(git, ['mesh/**']),
        base: await readBaseSide(git, 'main', ['mesh/**']),
        scenarios: [
          {
            name: 'echo',
            protocol: 'http',
            qps: 400,
            connections: 4,
            durationSeconds: 1,
            payloadBytes: 0,
            warmupSeconds: 1,
            repetitions: 2,
            sequential: false,
            segment: 1,
          },
        ],
        config: defaultGateConfig(),
        require: 'permissive',
      },
    )
    // Base STRICT refuses plaintext, the PR's PERMISSIVE accepts it: both seen live, each as predicted.
    expect(result.probes.map((p) => `${p.side}:${p.outcome}:${p.converged}`)).toEqual([
      'base:refused:true',
      'head:accepted:true',
      'base:refused:true',
    ]) // A B B A: three switches for two repetitions per side
    expect(result.current.scenarios[0].repetitions).toHaveLength(2)
    expect(result.baseline!.scenarios[0].repetitions).toHaveLength(2)
    expect(result.current.fingerprint.mesh).toEqual({ name: 'istio', version: '1.28.0', profile: 'default' })
    const server = result.current.mtls!.entries.find(
      (e) => e.workload === 'Deployment/fortio-server' && e.port === null,
    )!
    expect(server).toMatchObject({ mode: 'PERMISSIVE', live: 'accepted', telemetry: 'mtls' })
    // Each side's repetitions added 10 connections per scrape pair, all mutual TLS: the third column agrees.
    expect(result.telemetry.map((t) => `${t.side}:${t.reading.outcome}:${t.reading.mtls}`)).toEqual([
      'base:mtls:20',
      'head:mtls:20',
    ])
    expect(liveFindings(result)).toEqual([])
    expect(
      result.baseline!.mtls!.entries.find(
        (e) => e.workload === 'Deployment/fortio-server' && e.port === null,
      ),
    ).toMatchObject({ mode: 'STRICT', live: 'refused' })
    // The validator saw the slip: STRICT → PERMISSIVE is a regression of the head against the base.
    expect(result.validation.regressions.length).toBeGreaterThan(0)
    // Loads ran in the client with the resolution chosen by the warm-up; the two artifacts compare.
    expect(commands.filter((c) => c[1] === 'load')).toHaveLength(2 * (1 + 2))
    expect(compareResults(result.baseline!, result.current, defaultGateConfig()).fingerprint.refused).toEqual(
      [],
    )
    expect(log.join('\n')).toMatch(/switched to head: 1 object\(s\) applied/)
  })
})
