import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigSwitcher, gitIn, readBaseSide, readHeadSide } from '../../src/mesh/pr-config.js'
import { scratch } from '../helpers.js'
import { createNamespace, harnessCluster, installMeshCrds } from './kube.js'

const NS = 'ab-config'

/** A repository whose main branch has the base configuration and whose work tree has the PR's. */
function repository(): string {
  // scratch(): removed after this file whatever its outcome (test/setup/temp-guard.ts, set up by the base config).
  const repo = scratch('gate-repo-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  mkdirSync(join(repo, 'mesh'))
  writeFileSync(join(repo, 'mesh', 'peer.yaml'), pa('STRICT'))
  writeFileSync(
    join(repo, 'mesh', 'dr.yaml'),
    'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: server\nspec:\n  host: server\n  trafficPolicy:\n    tls:\n      mode: ISTIO_MUTUAL\n',
  )
  writeFileSync(join(repo, 'README.md'), 'not a manifest\n')
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  // The PR: PERMISSIVE, the DestinationRule removed, an AuthorizationPolicy added (untracked: not yet committed).
  writeFileSync(join(repo, 'mesh', 'peer.yaml'), pa('PERMISSIVE'))
  rmSync(join(repo, 'mesh', 'dr.yaml'))
  writeFileSync(
    join(repo, 'mesh', 'authz.yaml'),
    'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: allow-client\nspec:\n  action: ALLOW\n  rules:\n  - from:\n    - source:\n        principals: ["cluster.local/ns/gate/sa/client"]\n',
  )
  return repo
}

function pa(mode: string) {
  return `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\nspec:\n  mtls:\n    mode: ${mode}\n`
}

describe('switching the cluster between the base and head configuration', () => {
  const cluster = harnessCluster()
  beforeAll(async () => {
    await installMeshCrds(cluster)
    await createNamespace(cluster, NS)
  })

  async function inForce() {
    const kinds = [
      ['security.istio.io/v1', 'PeerAuthentication'],
      ['security.istio.io/v1', 'AuthorizationPolicy'],
      ['networking.istio.io/v1', 'DestinationRule'],
    ] as const
    const out: string[] = []
    for (const [apiVersion, kind] of kinds) {
      const list = await cluster.objects.list(apiVersion, kind, NS)
      for (const item of list.items as Array<{
        metadata: { name: string }
        spec: { mtls?: { mode: string } }
      }>) {
        out.push(`${kind}/${item.metadata.name}${item.spec.mtls ? `=${item.spec.mtls.mode}` : ''}`)
      }
    }
    return out.sort()
  }

  it('reads both sides with git, applies base, head and base again, leaving exactly the side in force', async () => {
    const git = gitIn(repository())
    const base = await readBaseSide(git, 'main', ['mesh/**'])
    const head = await readHeadSide(git, ['mesh/**'])
    expect(base.objects.map((o) => o.file)).toEqual(['main:mesh/dr.yaml', 'main:mesh/peer.yaml'])
    expect(head.objects.map((o) => o.file)).toEqual(['mesh/authz.yaml', 'mesh/peer.yaml'])

    const switcher = new ConfigSwitcher(cluster, NS)
    await switcher.switchTo(base)
    expect(await inForce()).toEqual(['DestinationRule/server', 'PeerAuthentication/default=STRICT'])

    const toHead = await switcher.switchTo(head)
    expect(toHead.deleted).toEqual(['networking.istio.io/DestinationRule/ab-config/server'])
    expect(await inForce()).toEqual([
      'AuthorizationPolicy/allow-client',
      'PeerAuthentication/default=PERMISSIVE',
    ])

    await switcher.switchTo(base)
    expect(await inForce()).toEqual(['DestinationRule/server', 'PeerAuthentication/default=STRICT'])

    await switcher.removeAll()
    expect(await inForce()).toEqual([])
  })

  it('names the file when the API server refuses an object of a side', async () => {
    const switcher = new ConfigSwitcher(cluster, NS)
    const bad = {
      name: 'head' as const,
      ref: null,
      files: ['mesh/typo.yaml'],
      objects: [
        {
          file: 'mesh/typo.yaml',
          object: {
            apiVersion: 'security.istio.io/v1',
            kind: 'PeerAuthentication',
            metadata: { name: 'typo' },
            spec: { mtls: { mode: 'STRCT' } },
          },
          origin: { file: 'mesh/typo.yaml', line: 1 },
        },
      ],
    }
    await expect(switcher.switchTo(bad)).rejects.toThrow(
      /mesh\/typo\.yaml: the API server refused PeerAuthentication typo from the head side: .*Unsupported value: "STRCT"/,
    )
  })

  it('says how to fix a base ref that is not in the clone', async () => {
    await expect(readBaseSide(gitIn(repository()), 'origin/nope', ['mesh/**'])).rejects.toThrow(
      /fetch-depth: 0/,
    )
  })
})
