import { beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClusterHandle } from '../../src/cluster/types.js'
import { parse } from 'yaml'
import { InputError } from '../../src/errors.js'
import { mergeValues } from '../../src/k8s/helm-values.js'
import { createMeshInstaller, MeshInstallError, type MeshContext } from '../../src/mesh/install.js'
import type { MeshName } from '../../src/vocabulary.js'
import { imageTag } from '../../src/mesh/istio.js'
import { LINKERD_CLI_PIN } from '../../src/mesh/linkerd.js'
import { testStore } from '../tools/store.js'
import { toolStore, UnverifiedDownloadError } from '../../src/tools/download.js'
import { FakeRunner } from '../cluster/fake-runner.js'
import { readFixture, scratch } from '../helpers.js'
import { FakeKube } from './fake-kube.js'
import type { KubeObject } from '../../src/k8s/objects.js'

const LINKERD_CRDS = `---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: servers.policy.linkerd.io}
---
# empty document
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: httproutes.gateway.networking.k8s.io}
`
const LINKERD_CP = `apiVersion: v1
kind: Namespace
metadata: {name: linkerd}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: linkerd-destination, namespace: linkerd}
`

let dir: string
let logs: string[]
let warnings: string[]
beforeEach(() => {
  dir = scratch('mmg-mesh-')
  logs = []
  warnings = []
})

function cluster(forCilium = false): ClusterHandle {
  return {
    provider: 'kind',
    name: 'mmg-1',
    kubeconfigPath: '/run/kubeconfig-mmg-1',
    kubernetesVersion: 'v1.34.11',
    nodeImage: 'kindest/node:v1.34.11@sha256:44e2',
    created: true,
    nodeLabels: null,
    network: forCilium
      ? { defaultCni: false, kubeProxy: false, apiServer: { host: 'mmg-1-control-plane', port: 6443 } }
      : { defaultCni: true, kubeProxy: true, apiServer: null },
    teardown: null,
  }
}

function context(runner: FakeRunner, kube: FakeKube, forCilium = false): MeshContext {
  return {
    runner,
    log: (l) => logs.push(l),
    warn: (l) => warnings.push(l),
    store: testStore(dir),
    platform: 'linux-amd64',
    cluster: cluster(forCilium),
    kube,
  }
}

describe('none', () => {
  it('installs nothing and runs nothing: the fingerprint says none, the plan says why', async () => {
    const runner = new FakeRunner([])
    const installer = createMeshInstaller('none', context(runner, new FakeKube()))
    expect(await installer.install()).toEqual({ name: 'none', version: 'none', profile: 'none' })
    expect(runner.calls).toEqual([])
    expect(installer.describe().notes.join(' ')).toMatch(/no mesh is installed/)
  })
})

describe('istio', () => {
  const version = {
    match: /^\/bin\/istioctl version/,
    result: { stdout: readFixture('mesh', 'istioctl-version.txt') },
  }

  it('sidecar: installs profile default, waits for istiod, reads the version that runs', async () => {
    const runner = new FakeRunner([version])
    const kube = new FakeKube()
    const installer = createMeshInstaller('istio', context(runner, kube), { cliPath: '/bin/istioctl' })
    const fp = await installer.install()
    expect(runner.lines()).toEqual([
      '/bin/istioctl install --kubeconfig /run/kubeconfig-mmg-1 --set profile=default --readiness-timeout 600s -y',
      '/bin/istioctl version --kubeconfig /run/kubeconfig-mmg-1',
    ])
    expect(kube.calls).toEqual(['wait deployment istio-system/istiod'])
    expect(fp).toEqual({ name: 'istio', version: '1.28.0', profile: 'default' })
    expect(logs.join('\n')).toMatch(/istio: istio 1\.28\.0 ready in/)
  })

  it('ambient: profile ambient, and waits for the ztunnel and istio-cni DaemonSets too', async () => {
    const runner = new FakeRunner([version])
    const kube = new FakeKube()
    const overlay = join(dir, 'overlay.yaml')
    writeFileSync(overlay, 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\n')
    const installer = createMeshInstaller('istio-ambient', context(runner, kube), {
      cliPath: '/bin/istioctl',
      valuesPath: overlay,
      timeoutMs: 300_000,
    })
    const fp = await installer.install()
    expect(runner.calls[0].args).toEqual([
      'install',
      '--kubeconfig',
      '/run/kubeconfig-mmg-1',
      '--set',
      'profile=ambient',
      '-f',
      overlay,
      '--readiness-timeout',
      '300s',
      '-y',
    ])
    expect(kube.calls).toEqual([
      'wait deployment istio-system/istiod',
      'wait daemonset istio-system/ztunnel',
      'wait daemonset istio-system/istio-cni-node',
    ])
    expect(fp).toEqual({
      name: 'istio-ambient',
      version: '1.28.0',
      profile: expect.stringMatching(/^ambient\+values:[0-9a-f]{12}$/),
    })
  })

  it('no control plane after the install is an error', async () => {
    const runner = new FakeRunner([
      { match: /version/, result: { stdout: readFixture('mesh', 'istioctl-version-no-control-plane.txt') } },
    ])
    await expect(
      createMeshInstaller('istio', context(runner, new FakeKube()), { cliPath: '/bin/istioctl' }).install(),
    ).rejects.toThrow(MeshInstallError)
  })

  it('when istioctl version cannot reach istiod, the version comes from the istiod image that rolled out', async () => {
    const runner = new FakeRunner([
      { match: /version/, result: { stdout: readFixture('mesh', 'istioctl-version-no-control-plane.txt') } },
    ])
    const kube = new FakeKube(new Set(), { 'istio-system/istiod': ['docker.io/istio/pilot:1.28.0'] })
    const fp = await createMeshInstaller('istio', context(runner, kube), {
      cliPath: '/bin/istioctl',
    }).install()
    expect(fp.version).toBe('1.28.0')
    expect(kube.calls).toContain('images istio-system/istiod')
    expect(imageTag(['gcr.io/istio-testing/pilot:1.29-alpha.abc@sha256:00'])).toBe('1.29-alpha.abc')
    expect(imageTag(['localhost:5000/pilot'])).toBeNull()
  })

  it('a missing overlay is an InputError naming the file, before anything runs', async () => {
    const runner = new FakeRunner()
    const err = await createMeshInstaller('istio', context(runner, new FakeKube()), {
      cliPath: '/bin/istioctl',
      valuesPath: join(dir, 'missing.yaml'),
    })
      .install()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toBe(`${dir}/missing.yaml: cannot read the mesh install values: ENOENT`)
    expect(runner.calls).toHaveLength(0)
  })

  it('under verify: pinned, refuses to download an istioctl without a pinned digest, and says what to do', async () => {
    const runner = new FakeRunner()
    const ctx = {
      ...context(runner, new FakeKube()),
      store: toolStore({ policy: 'pinned', cacheRoot: join(dir, 'cache'), scratch: join(dir, 'downloads') }),
    }
    const err = await createMeshInstaller('istio', ctx)
      .install()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UnverifiedDownloadError)
    expect((err as Error).message).toMatch(
      /istioctl 1\.30\.4: no SHA-256 is pinned for https:\/\/github\.com\/istio\/.*verify: pinned refuses .*mesh\.cli-sha256/,
    )
    expect(runner.calls).toHaveLength(0)
  })
})

describe('linkerd', () => {
  const steps = () => [
    { match: /install --crds/, result: { stdout: LINKERD_CRDS } },
    { match: /^\/bin\/linkerd install --kubeconfig/, result: { stdout: LINKERD_CP } },
    { match: /check/, result: { stdout: readFixture('mesh', 'linkerd-check.txt') } },
  ]

  it('brings the Gateway API when the cluster has none, applies both stages, waits, and checks', async () => {
    const runner = new FakeRunner(steps())
    const kube = new FakeKube()
    const fp = await createMeshInstaller('linkerd', context(runner, kube), {
      cliPath: '/bin/linkerd',
    }).install()
    expect(runner.lines()).toEqual([
      '/bin/linkerd install --crds --set installGatewayAPI=true --kubeconfig /run/kubeconfig-mmg-1',
      '/bin/linkerd install --kubeconfig /run/kubeconfig-mmg-1',
      '/bin/linkerd check --wait 600s --kubeconfig /run/kubeconfig-mmg-1',
    ])
    expect(kube.applied).toEqual([
      {
        source: 'linkerd install --crds',
        kinds: [
          'CustomResourceDefinition/servers.policy.linkerd.io',
          'CustomResourceDefinition/httproutes.gateway.networking.k8s.io',
        ],
      },
      { source: 'linkerd install', kinds: ['Namespace/linkerd', 'Deployment/linkerd-destination'] },
    ])
    expect(kube.calls.filter((c) => c.startsWith('wait'))).toEqual([
      'wait deployment linkerd/linkerd-identity',
      'wait deployment linkerd/linkerd-destination',
      'wait deployment linkerd/linkerd-proxy-injector',
    ])
    expect(fp).toEqual({ name: 'linkerd', version: LINKERD_CLI_PIN.version, profile: 'default' })
    expect(warnings).toEqual([
      'linkerd check: cli is up-to-date: is running version 25.5.2 but the latest edge version is 25.11.3',
    ])
  })

  it('leaves a cluster’s own Gateway API alone', async () => {
    const runner = new FakeRunner(steps())
    const kube = new FakeKube(new Set(['httproutes.gateway.networking.k8s.io']))
    await createMeshInstaller('linkerd', context(runner, kube), { cliPath: '/bin/linkerd' }).install()
    expect(runner.lines()[0]).toBe('/bin/linkerd install --crds --kubeconfig /run/kubeconfig-mmg-1')
  })

  it('fails with the failed checks when linkerd check fails', async () => {
    const runner = new FakeRunner([
      ...steps().slice(0, 2),
      { match: /check/, result: { exitCode: 1, stdout: readFixture('mesh', 'linkerd-check-failed.txt') } },
    ])
    const err = await createMeshInstaller('linkerd', context(runner, new FakeKube()), {
      cliPath: '/bin/linkerd',
    })
      .install()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MeshInstallError)
    expect((err as Error).message).toBe(
      'linkerd check failed (exit 1): control plane pods are ready: pod/linkerd-destination-6f9d8c8b9b-x2kqz container sp-validator is not ready',
    )
  })

  it('passes the user’s Helm values', async () => {
    const values = join(dir, 'values.yaml')
    writeFileSync(values, 'proxy:\n  defaultInboundPolicy: all-authenticated\n')
    const runner = new FakeRunner(steps())
    const fp = await createMeshInstaller('linkerd', context(runner, new FakeKube()), {
      cliPath: '/bin/linkerd',
      valuesPath: values,
    }).install()
    expect(runner.lines()[1]).toBe(
      `/bin/linkerd install --values ${values} --kubeconfig /run/kubeconfig-mmg-1`,
    )
    expect(fp.profile).toMatch(/^default\+values:[0-9a-f]{12}$/)
  })
})

/** The agents' metrics endpoint as the gate's defaults serve it, as the fake keys it. */
const AGENT_METRICS = 'kube-system/k8s-app=cilium:9962/metrics'
/** A real agent's /metrics once its endpoints were regenerated (fixtures/mesh/README.md). */
const agentReady = () => ({ 'cilium-vc4jr': readFixture('mesh', 'cilium-agent-metrics-ready.txt') })

/** A cluster with these objects whose agents serve `reads` in turn (by default: every endpoint ready). */
function ciliumKube(
  objects: Record<string, KubeObject[]>,
  reads: Array<Record<string, string>> = [agentReady()],
): FakeKube {
  return new FakeKube(new Set(), {}, objects, { [AGENT_METRICS]: reads })
}

describe('cilium', () => {
  const ok = { match: /status/, result: { stdout: readFixture('mesh', 'cilium-status.txt') } }
  const wireguardNodes = () =>
    ciliumKube({
      'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-wireguard.json')).items,
    })
  /** The `--values` files as the install saw them (the gate's is removed after the install). */
  const valuesSeen = (runner: FakeRunner) => {
    const seen: string[] = []
    const run = runner.run.bind(runner)
    runner.run = async (command, args, options) => {
      args.forEach((a, i) => {
        if (args[i - 1] === '--values') seen.push(readFileSync(a, 'utf8'))
      })
      return run(command, args, options)
    }
    return seen
  }

  it('on kind without kube-proxy: the gate’s defaults as the first values file, only the cluster’s address as --set, then status --wait and the nodes’ encryption', async () => {
    const runner = new FakeRunner([ok])
    const seen = valuesSeen(runner)
    const kube = wireguardNodes()
    const fp = await createMeshInstaller('cilium', context(runner, kube, true), {
      cliPath: '/bin/cilium',
    }).install()
    const args = runner.calls[0].args
    expect(args).toEqual([
      'install',
      '--version',
      '1.19.5',
      '--values',
      expect.stringMatching(/mesh-gate-cilium-\w+\/cilium-gate-values\.yaml$/),
      '--set',
      'kubeProxyReplacement=true',
      '--set',
      'k8sServiceHost=mmg-1-control-plane',
      '--set',
      'k8sServicePort=6443',
      '--kubeconfig',
      '/run/kubeconfig-mmg-1',
    ])
    expect(parse(seen[0])).toEqual({
      authentication: { enabled: true, mutual: { spire: { enabled: true, install: { enabled: true } } } },
      encryption: { enabled: true, type: 'wireguard' },
      prometheus: { enabled: true },
      rollOutCiliumPods: true,
      operator: { rollOutPods: true },
    })
    // The gate's values file lived only for the install.
    expect(existsSync(args[4])).toBe(false)
    expect(runner.lines()[1]).toBe(
      '/bin/cilium status --wait --wait-duration 600s --interactive=false --kubeconfig /run/kubeconfig-mmg-1',
    )
    expect(kube.calls).toEqual([
      'list apps/v1/DaemonSet',
      'wait daemonset kube-system/cilium',
      'wait deployment kube-system/cilium-operator',
      'wait daemonset cilium-spire/spire-agent',
      'list cilium.io/v2/CiliumNode',
      `get ${AGENT_METRICS}`,
    ])
    expect(fp).toEqual({
      name: 'cilium',
      version: '1.19.5',
      profile: 'spire-mutual-auth, encryption: wireguard',
      encryption: {
        requested: 'wireguard',
        ran: 'wireguard',
        nodes: [
          { node: 'mmg-1-worker', encryption: 'wireguard' },
          { node: 'mmg-1-worker2', encryption: 'wireguard' },
        ],
      },
    })
  })

  it('with kube-proxy in place: no replacement, no --set at all', async () => {
    const runner = new FakeRunner([ok])
    await createMeshInstaller('cilium', context(runner, wireguardNodes(), false), {
      cliPath: '/bin/cilium',
      version: 'v1.18.6',
    }).install()
    expect(runner.calls[0].args).toEqual([
      'install',
      '--version',
      '1.18.6',
      '--values',
      expect.stringMatching(/cilium-gate-values\.yaml$/),
      '--kubeconfig',
      '/run/kubeconfig-mmg-1',
    ])
  })

  it('the user’s values file comes after the gate’s, so Helm lets it turn WireGuard off; the fingerprint says what ran and what was asked', async () => {
    const values = join(dir, 'cilium-values.yaml')
    writeFileSync(values, 'encryption:\n  enabled: false\n')
    const runner = new FakeRunner([ok])
    const seen = valuesSeen(runner)
    const kube = ciliumKube({
      'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-unencrypted.json')).items,
    })
    const fp = await createMeshInstaller('cilium', context(runner, kube, true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    }).install()
    const args = runner.calls[0].args
    expect(args.slice(3, 7)).toEqual([
      '--values',
      expect.stringMatching(/cilium-gate-values\.yaml$/),
      '--values',
      values,
    ])
    // What Helm renders from: the files merged in order, then every --set (which the gate keeps off encryption).
    const sets = args.filter((_, i) => args[i - 1] === '--set')
    expect(sets.some((s) => s.startsWith('encryption.'))).toBe(false)
    expect(mergeValues(...seen.map((t) => parse(t) as Record<string, unknown>))).toMatchObject({
      encryption: { enabled: false, type: 'wireguard' },
      authentication: { mutual: { spire: { enabled: true } } },
    })
    expect(fp.encryption).toEqual({
      requested: 'none',
      ran: 'none',
      nodes: [{ node: 'mesh-gate-node', encryption: 'none' }],
    })
    expect(fp.profile).toMatch(/^spire-mutual-auth\+values:[0-9a-f]{12}, encryption: none$/)
  })

  it('encryption that did not run as requested is named with the request, per node when the nodes differ', async () => {
    const runner = new FakeRunner([ok])
    const disabled = await createMeshInstaller(
      'cilium',
      context(
        runner,
        ciliumKube({
          'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-unencrypted.json')).items,
        }),
        true,
      ),
      { cliPath: '/bin/cilium' },
    ).install()
    expect(disabled.profile).toBe('spire-mutual-auth, encryption: none (requested: wireguard)')
    const mixed = await createMeshInstaller(
      'cilium',
      context(
        new FakeRunner([ok]),
        ciliumKube({
          'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-ipsec-mixed.json')).items,
        }),
        true,
      ),
      { cliPath: '/bin/cilium' },
    ).install()
    expect(mixed.profile).toBe(
      'spire-mutual-auth, encryption: mixed (node-a: ipsec, node-b: none) (requested: wireguard)',
    )
    expect(mixed.encryption?.ran).toBe('mixed')
  })

  it('CiliumNodes that cannot be read: a warning, and the fingerprint says "not read", never the request', async () => {
    const runner = new FakeRunner([ok])
    const fp = await createMeshInstaller('cilium', context(runner, ciliumKube({}), true), {
      cliPath: '/bin/cilium',
    }).install()
    expect(fp.encryption).toEqual({ requested: 'wireguard', ran: null, nodes: null })
    expect(fp.profile).toBe('spire-mutual-auth, encryption: not read (requested: wireguard)')
    expect(warnings.join('\n')).toMatch(/could not read the CiliumNodes/)
  })

  it('ztunnel encryption, which no CiliumNode shows, is "not read", not "none"', async () => {
    const values = join(dir, 'cilium-values.yaml')
    writeFileSync(values, 'encryption:\n  type: ztunnel\n')
    const kube = ciliumKube({
      'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-unencrypted.json')).items,
    })
    const fp = await createMeshInstaller('cilium', context(new FakeRunner([ok]), kube, true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    }).install()
    expect(fp.encryption).toEqual({ requested: 'ztunnel', ran: null, nodes: null })
    expect(fp.profile).toMatch(/, encryption: not read \(requested: ztunnel\)$/)
  })

  it('Cilium already in the cluster: cilium upgrade --reset-values with the same values (cilium-cli’s install refuses an existing release)', async () => {
    const runner = new FakeRunner([ok])
    const kube = ciliumKube({
      'apps/v1/DaemonSet': [
        {
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          metadata: { name: 'cilium', namespace: 'kube-system' },
        },
      ],
      'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-wireguard.json')).items,
    })
    await createMeshInstaller('cilium', context(runner, kube, true), { cliPath: '/bin/cilium' }).install()
    expect(runner.calls[0].args.slice(0, 4)).toEqual(['upgrade', '--reset-values', '--version', '1.19.5'])
    expect(logs.some((l) => /already installed in the cluster: upgrading it/.test(l))).toBe(true)
  })

  it('reconfigure: the other side’s values through cilium upgrade --reset-values, then the rollout, status and the encryption that runs now', async () => {
    const head = join(dir, 'head-values.yaml')
    writeFileSync(head, 'bpf:\n  monitorAggregation: none\nencryption:\n  enabled: false\n')
    const runner = new FakeRunner([ok])
    const seen = valuesSeen(runner)
    const kube = wireguardNodes()
    const installer = createMeshInstaller('cilium', context(runner, kube, true), { cliPath: '/bin/cilium' })
    const first = await installer.install()
    expect(first.profile).toBe('spire-mutual-auth, encryption: wireguard')
    expect(installer.reconfigure).toBeDefined()
    const then = await installer.reconfigure!(head)
    const upgrade = runner.calls[2].args
    expect(upgrade.slice(0, 2)).toEqual(['upgrade', '--reset-values'])
    // The gate's defaults first, then the side's file: its keys win.
    expect(upgrade.filter((_, i) => upgrade[i - 1] === '--values').slice(1)).toEqual([head])
    expect(parse(seen.at(-1)!)).toEqual({
      bpf: { monitorAggregation: 'none' },
      encryption: { enabled: false },
    })
    expect(kube.calls.filter((c) => c.startsWith('wait daemonset kube-system/cilium'))).toHaveLength(2)
    // What was asked now differs from what the nodes published (the fake's nodes keep their WireGuard keys).
    expect(then.profile).toMatch(/^spire-mutual-auth\+values:\w+, encryption: wireguard \(requested: none\)$/)
    expect(installer.describeReconfigure!(head).commands[0]!.args.slice(0, 2)).toEqual([
      'upgrade',
      '--reset-values',
    ])
  })

  it('after a re-install, waits until the restarted agents have regenerated every endpoint they restored (their endpoint-state gauge), then says so', async () => {
    const regenerating = { 'cilium-vc4jr': readFixture('mesh', 'cilium-agent-metrics-regenerating.txt') }
    const kube = ciliumKube(
      { 'cilium.io/v2/CiliumNode': JSON.parse(readFixture('mesh', 'ciliumnodes-unencrypted.json')).items },
      [regenerating, regenerating, agentReady()],
    )
    const installer = createMeshInstaller('cilium', context(new FakeRunner([ok]), kube, true), {
      cliPath: '/bin/cilium',
    })
    await installer.install()
    // Read until no endpoint of any agent is in a state other than ready; the log names what was waited for.
    expect(kube.reads[AGENT_METRICS]).toBe(3)
    expect(logs.at(-2)).toMatch(
      /^cilium: every agent's endpoints regenerated \(cilium-vc4jr: \d+ ready\) after \d+\.\d s$/,
    )
    // Once ready, the next install or re-install reads once.
    await installer.reconfigure!(undefined)
    expect(kube.reads[AGENT_METRICS]).toBe(4)
  })

  it('agents that serve no metrics are not waited for, and a warning says so; agents that never settle fail the install with what was last seen', async () => {
    const values = join(dir, 'cilium-values.yaml')
    writeFileSync(values, 'prometheus:\n  enabled: false\n')
    const quiet = ciliumKube({}, [])
    await createMeshInstaller('cilium', context(new FakeRunner([ok]), quiet, true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    }).install()
    expect(quiet.calls.some((c) => c.startsWith('get '))).toBe(false)
    expect(warnings.join('\n')).toMatch(
      /agents serve no metrics \(prometheus\.enabled false\): the run does not wait/,
    )

    const stuck = ciliumKube({}, [
      { 'cilium-vc4jr': readFixture('mesh', 'cilium-agent-metrics-regenerating.txt') },
    ])
    const err = await createMeshInstaller('cilium', context(new FakeRunner([ok]), stuck, true), {
      cliPath: '/bin/cilium',
      timeoutMs: 1500,
    })
      .install()
      .catch((e: Error) => e)
    expect(err).toBeInstanceOf(MeshInstallError)
    expect((err as Error).message).toMatch(
      /waiting for every Cilium agent's endpoints regenerated; last seen: cilium-vc4jr: \d+ (regenerating|waiting-to-regenerate|restoring)/,
    )
  })

  it('waits where the values put things: the agent DaemonSet’s name, SPIRE’s namespace, no SPIRE when mutual auth is off', async () => {
    const values = join(dir, 'cilium-values.yaml')
    writeFileSync(
      values,
      'name: cilium-agents\nauthentication:\n  mutual:\n    spire:\n      install:\n        namespace: spire-system\n',
    )
    const kube = wireguardNodes()
    const installer = createMeshInstaller('cilium', context(new FakeRunner([ok]), kube, true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    })
    await installer.install()
    expect(kube.calls.slice(0, 4)).toEqual([
      'list apps/v1/DaemonSet',
      'wait daemonset kube-system/cilium-agents',
      'wait deployment kube-system/cilium-operator',
      'wait daemonset spire-system/spire-agent',
    ])
    // The data-plane sampler reads the mesh's namespaces: SPIRE's agents are where the values put them.
    expect(installer.systemNamespaces).toEqual(['kube-system', 'spire-system'])

    writeFileSync(values, 'authentication:\n  mutual:\n    spire:\n      enabled: false\n')
    const noSpire = wireguardNodes()
    const off = createMeshInstaller('cilium', context(new FakeRunner([ok]), noSpire, true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    })
    const fp = await off.install()
    expect(noSpire.calls).not.toContain('wait daemonset cilium-spire/spire-agent')
    expect(off.systemNamespaces).toEqual(['kube-system'])
    expect(fp.profile).toMatch(/^no-mutual-auth\+values:\w+, encryption: wireguard$/)
  })

  it.each([
    ['encryption: true\n', /cilium-values\.yaml: line 1: Helm value encryption must be a mapping, not true/],
    [
      'encryption:\n  enabled: "no"\n',
      /cilium-values\.yaml: line 2: Helm value encryption\.enabled must be true or false, not "no"/,
    ],
    [
      'encryption:\n  enabled: true\n  type: WireGuard\n',
      /line 3: Helm value encryption\.type must be one of ipsec, wireguard, ztunnel, not "WireGuard"/,
    ],
    [
      'authentication:\n  mutual:\n    spire:\n      install:\n        namespace: 7\n',
      /line 5: Helm value authentication\.mutual\.spire\.install\.namespace must be a string, not 7/,
    ],
    ['prometheus:\n  enabled: ~\n', /line 2: Helm value prometheus\.enabled must be true or false, not null/],
    ['- encryption\n', /cilium-values\.yaml: line 1: expected a Kubernetes object \(a mapping\)/],
    ['apiVersion: v1\nkind: ConfigMap\n', /holds values, not Kubernetes objects/],
    ['namespaceOverride: cilium\n', /namespaceOverride 'cilium': the gate installs Cilium in kube-system/],
    [
      'authentication:\n  enabled: false\n',
      /cilium-values\.yaml: line 2: Helm value authentication\.enabled is false while authentication\.mutual\.spire\.enabled is true/,
    ],
  ])('bad values are refused before anything runs, naming file and field: %j', async (text, message) => {
    const values = join(dir, 'cilium-values.yaml')
    writeFileSync(values, text)
    const runner = new FakeRunner([ok])
    const err = await createMeshInstaller('cilium', context(runner, wireguardNodes(), true), {
      cliPath: '/bin/cilium',
      valuesPath: values,
    })
      .install()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(message)
    expect(runner.calls).toEqual([])
  })

  it('fails with Cilium’s own errors when status does not turn OK', async () => {
    const runner = new FakeRunner([
      { match: /status/, result: { exitCode: 1, stdout: readFixture('mesh', 'cilium-status-errors.txt') } },
    ])
    const err = await createMeshInstaller('cilium', context(runner, ciliumKube({}), true), {
      cliPath: '/bin/cilium',
    })
      .install()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MeshInstallError)
    expect((err as Error).message).toMatch(
      /^cilium status failed \(exit 1\): cilium\s+cilium-4j8vt\s+unable to retrieve cilium status/,
    )
  })
})

describe('the dry-run plan', () => {
  it.each<[MeshName, string, string | null, RegExp]>([
    ['istio', 'istioctl', null, /^istioctl install --kubeconfig \S+ --set profile=default/],
    ['istio-ambient', 'istioctl', null, /--set profile=ambient/],
    ['linkerd', 'linkerd', null, /^linkerd install --crds --set installGatewayAPI=true/],
    [
      'cilium',
      'cilium',
      null,
      /^cilium install --version 1\.19\.5 --values cilium-gate-values\.yaml --set kubeProxyReplacement=true/,
    ],
  ])(
    '%s: the pinned CLI (%s, sha256 %s) and every command, without running anything',
    (mesh, tool, sha, first) => {
      const runner = new FakeRunner()
      const plan = createMeshInstaller(mesh, context(runner, new FakeKube(), mesh === 'cilium')).describe()
      expect(runner.calls).toHaveLength(0)
      expect(plan.downloads).toHaveLength(1)
      expect(plan.downloads[0]).toMatchObject({ name: tool, sha256: sha })
      // No digest pinned for the default release: the plan names the checksum file it will be verified against.
      expect(plan.downloads[0].checksumUrl).toMatch(/^https:\/\/github\.com\/.*\.sha256(sum)?$/)
      expect([plan.commands[0].command, ...plan.commands[0].args].join(' ')).toMatch(first)
    },
  )

  it('refuses an unknown mesh', () => {
    expect(() => createMeshInstaller('kuma' as MeshName, context(new FakeRunner(), new FakeKube()))).toThrow(
      "mesh 'kuma' is not one of istio, istio-ambient, linkerd, cilium",
    )
  })
})
