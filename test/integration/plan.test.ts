import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import { serverSideApply } from '../../src/k8s/apply.js'
import { pollUntil } from '../../src/k8s/poll.js'
import { planRun } from '../../src/pipeline/run.js'
import { scratch } from '../helpers.js'
import { harnessCluster, installMeshCrds } from './kube.js'

describe('the --dry-run plan on the real API server', () => {
  const cluster = harnessCluster()
  beforeAll(async () => void (await installMeshCrds(cluster)))
  // The plan's namespaces are applied for real below: the suites after this one find none of them.
  afterAll(async () => {
    for (const name of ['mesh-gate', 'mesh-gate-probe'])
      await cluster.objects
        .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } } as never)
        .catch(() => undefined)
  })

  it('every manifest of the plan is accepted by server-side dry-run apply', async () => {
    const repo = scratch('gate-plan-repo-')
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
    git('init', '-q', '-b', 'main')
    git('config', 'user.email', 'gate@example.com')
    git('config', 'user.name', 'gate')
    mkdirSync(join(repo, 'mesh'))
    writeFileSync(
      join(repo, 'mesh', 'policy.yaml'),
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: mesh-gate\nspec:\n  mtls:\n    mode: STRICT\n---\n' +
        'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: server\n  namespace: mesh-gate\nspec:\n  host: fortio-server\n',
    )
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    writeFileSync(
      join(repo, 'mesh', 'policy.yaml'),
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: mesh-gate\nspec:\n  mtls:\n    mode: STRICT\n  portLevelMtls:\n    8080:\n      mode: PERMISSIVE\n  selector:\n    matchLabels:\n      app: fortio-server\n',
    )
    const plan = await planRun({
      mesh: null,
      cluster: 'kind',
      configPaths: ['mesh/**'],
      baseRef: 'main',
      profile: 'quick',
      config: defaultGateConfig(),
      require: 'strict',
      repo,
      tempDir: scratch('gate-plan-tmp-'),
      action: false,
      log: () => undefined,
      warn: () => undefined,
      onCluster: () => undefined,
    })
    const all = [...plan.manifests.workloads, ...plan.manifests.head, ...(plan.manifests.base ?? [])]
    // The policies reach mesh-gate/fortio-server, so that is the measured path, and they live in its namespace, so
    // both sides run at once on copies of it: the gate's namespaces and probe (3), each copy's namespace and client
    // (2 + 2); each side's objects, the stand-in of fortio-server and the Service the gate makes for it, in the
    // side's copy (1 + 2, 2 + 2).
    expect(plan.paths.map((p) => p.id)).toEqual(['mesh-gate/fortio-server'])
    expect(plan.layout?.design).toBe('simultaneous')
    expect(all.length).toBe(3 + 2 + 2 + 3 + 4)
    // An earlier suite's namespace of the same name may still be terminating: nothing can be created in it.
    await pollUntil(
      'the gate namespaces of earlier suites to be gone',
      async () => {
        const terminating = (
          (await cluster.objects.list('v1', 'Namespace')).items as Array<{
            metadata?: { name?: string; deletionTimestamp?: string }
          }>
        ).filter((n) => n.metadata?.deletionTimestamp && /^mesh-gate/.test(String(n.metadata.name)))
        return { done: terminating.length === 0, value: null, seen: `${terminating.length} terminating` }
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    )
    // Namespaces first (for real): a dry-run object in a namespace that does not exist is refused.
    for (const o of plan.manifests.workloads.filter((x) => (x as { kind: string }).kind === 'Namespace'))
      await serverSideApply(cluster, o as never)
    for (const o of all)
      await expect(serverSideApply(cluster, o as never, { dryRun: true })).resolves.toBeDefined()
  })
})
