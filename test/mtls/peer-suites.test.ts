/**
 * Istio's own golden tests for ambient PeerAuthentication (pilot/pkg/serviceregistry/ambient/testdata/peer-authn-*):
 * for every case with a non-empty expected output, the validator's effective mode of workload `a` on each port must
 * be STRICT exactly when the expected ztunnel DENY policy denies a plaintext connection to that port.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, parseAllDocuments } from 'yaml'
import { modeAt } from '../../src/mtls/entries.js'
import { evaluate } from '../../src/mtls/evaluate.js'
import type { KubeObject, LoadedObjects } from '../../src/k8s/objects.js'
import { fixture, SHARED } from '../helpers.js'

const DIR = fixture('mtls', 'peer-suites', 'istio-ambient-peerauthn')
const SHARED_DIR = join(SHARED, 'peer-suites', 'istio-ambient-peerauthn')

interface Match {
  destinationPorts?: number[]
  notDestinationPorts?: number[]
  notPrincipals?: unknown[]
}
interface Golden {
  action: 'DENY'
  groups: { rules: { matches: Match[] }[] }[]
}

/** README: a group matches when all its rules match; a rule when any match matches; a match when all fields hold. */
function denies(golden: Golden, port: number, hasIdentity: boolean): boolean {
  const holds = (m: Match) =>
    (m.destinationPorts === undefined || m.destinationPorts.includes(port)) &&
    (m.notDestinationPorts === undefined || !m.notDestinationPorts.includes(port)) &&
    (m.notPrincipals === undefined || !hasIdentity)
  return golden.groups.some((g) => g.rules.every((r) => r.matches.some(holds)))
}

const OTHER_PORT = 12345

function caseInput(inFile: string): { loaded: LoadedObjects; ports: number[] } {
  const policies = parseAllDocuments(readFileSync(inFile, 'utf8'))
    .map((d) => d.toJS() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null)
  const ports = new Set<number>([OTHER_PORT])
  for (const p of policies) {
    // README: a policy with no namespace is converted on its own; put it in the workload's namespace `foo`.
    p.metadata = { ...p.metadata, namespace: (p.metadata?.namespace as string | undefined) ?? 'foo' }
    for (const port of Object.keys(((p.spec as Record<string, unknown>)?.portLevelMtls as object) ?? {}))
      ports.add(Number(port))
  }
  const origin = { file: inFile, line: 1 }
  const namespace = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'foo', labels: { 'istio.io/dataplane-mode': 'ambient' } },
  }
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'a', namespace: 'foo', labels: { app: 'a' } },
    spec: { containers: [{ name: 'a', ports: [...ports].map((containerPort) => ({ containerPort })) }] },
  }
  return {
    loaded: { objects: [namespace, pod, ...policies].map((object) => ({ object, origin })), values: [] },
    ports: [...ports],
  }
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('-in.yaml'))
  .map((f) => f.replace(/-in\.yaml$/, ''))
  .sort()
const nonEmpty = cases.filter(
  (c) => existsSync(join(DIR, `${c}.yaml`)) && readFileSync(join(DIR, `${c}.yaml`), 'utf8').trim() !== '',
)

describe('Istio ambient PeerAuthentication golden tests', () => {
  it('has the 13 non-empty cases of the vendored suite (and 6 empty ones that say nothing alone)', () => {
    expect(nonEmpty).toHaveLength(13)
    expect(cases.length - nonEmpty.length).toBe(6)
  })

  it.each(nonEmpty)('%s: STRICT exactly on the ports where Istio denies plaintext', (name) => {
    const golden = parse(readFileSync(join(DIR, `${name}.yaml`), 'utf8')) as Golden
    expect(golden.action).toBe('DENY')
    const { loaded, ports } = caseInput(join(DIR, `${name}-in.yaml`))
    const rows = evaluate(loaded, 'istio-ambient').entries.filter(
      (e) => e.namespace === 'foo' && e.workload === 'Pod/a',
    )
    for (const port of ports) {
      // An mTLS peer is never denied by a converted PeerAuthentication.
      expect(denies(golden, port, true)).toBe(false)
      const expected = denies(golden, port, false) ? 'STRICT' : 'not STRICT'
      const actual = modeAt(rows, port)!.mode === 'STRICT' ? 'STRICT' : 'not STRICT'
      expect(`${port}: ${actual}`).toBe(`${port}: ${expected}`)
    }
  })

  // The empty goldens say nothing alone (the namespace or mesh policy decides, README); what the PeerAuthentication
  // reference says instead: STRICT where a STRICT policy applies without port exceptions, else PERMISSIVE (ambient).
  const fromDocs: Record<string, 'STRICT' | 'PERMISSIVE'> = {
    'peer-authn-disable': 'PERMISSIVE',
    'peer-authn-permissive': 'PERMISSIVE',
    'peer-authn-strict': 'STRICT',
    'peer-authn-strict-workload': 'STRICT',
    'peer-authn-strict-and-strict-port-mtls': 'STRICT',
    'peer-authn-permissive-root-permissive-workload': 'PERMISSIVE',
  }
  it('the 6 cases with an empty golden are exactly those checked against the docs', () => {
    expect(cases.filter((c) => !nonEmpty.includes(c))).toEqual(Object.keys(fromDocs).sort())
  })
  it.each(Object.entries(fromDocs))('%s (empty golden): every port %s, from the docs', (name, expected) => {
    const { loaded, ports } = caseInput(join(DIR, `${name}-in.yaml`))
    const rows = evaluate(loaded, 'istio-ambient').entries.filter(
      (e) => e.namespace === 'foo' && e.workload === 'Pod/a',
    )
    for (const port of ports) expect(`${port}: ${modeAt(rows, port)!.mode}`).toBe(`${port}: ${expected}`)
  })

  const sharedPresent = existsSync(SHARED_DIR)
  ;(sharedPresent ? it : it.skip)('the vendored copy equals the shared reference folder', () => {
    const shared = readdirSync(SHARED_DIR).sort()
    expect(readdirSync(DIR).sort()).toEqual(shared)
    for (const f of shared)
      expect(readFileSync(join(DIR, f), 'utf8')).toBe(readFileSync(join(SHARED_DIR, f), 'utf8'))
  })
})
