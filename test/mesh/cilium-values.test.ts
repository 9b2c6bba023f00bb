/**
 * The gate's Cilium values as the install applies them: the gate's defaults first, the user's values file after them
 * (Helm merges `--values` files in order, a later one winning key by key), and the prediction reading them alike.
 * What the agents really run comes from their CiliumNodes (fixtures/mesh/ciliumnodes-*.json, see its README).
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { mergedValue, mergeValues } from '../../src/k8s/helm-values.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import type { SourcedValues } from '../../src/k8s/objects.js'
import {
  CILIUM_GATE_VALUES,
  ciliumSettings,
  encryptionThatRan,
  gateValuesDocument,
  userValuesDocument,
} from '../../src/mesh/cilium.js'
import { ciliumNodeEncryption } from '../../src/mesh/outputs.js'
import { evaluate } from '../../src/mtls/evaluate.js'
import { valuesAsRun } from '../../src/pipeline/stand-ins.js'
import { readFixture } from '../helpers.js'
import { row } from '../mtls/helpers.js'

const user = (text: string) => userValuesDocument(text, 'mesh/cilium-values.yaml')!
const settingsWith = (text: string) => ciliumSettings([gateValuesDocument(), user(text)])

describe('Helm’s merge of values files', () => {
  it('a later file wins key by key, mappings merge, anything else replaces', () => {
    expect(
      mergeValues(
        { a: { b: 1, c: { d: 2 } }, list: [1, 2], e: 'x' },
        { a: { c: { f: 3 } }, list: [3], e: { g: 4 } },
      ),
    ).toEqual({ a: { b: 1, c: { d: 2, f: 3 } }, list: [3], e: { g: 4 } })
  })

  it('the value the last document sets, and where; undefined when none sets it', () => {
    const docs = [gateValuesDocument(), user('encryption:\n  type: ipsec\n')]
    expect(mergedValue(docs, ['encryption', 'enabled'], 'boolean')).toMatchObject({
      value: true,
      from: docs[0],
    })
    expect(mergedValue(docs, ['encryption', 'type'], 'string')).toMatchObject({
      value: 'ipsec',
      from: docs[1],
    })
    expect(mergedValue(docs, ['encryption', 'nodeEncryption'], 'boolean')).toBeUndefined()
  })
})

describe('the settings the install runs with', () => {
  it('the gate’s defaults alone: SPIRE mutual auth installed in cilium-spire, WireGuard, the agents’ metrics', () => {
    expect(ciliumSettings([gateValuesDocument()])).toEqual({
      encryption: 'wireguard',
      mutualAuth: true,
      spire: { namespace: 'cilium-spire' },
      agentDaemonSet: 'cilium',
      metrics: true,
      metricsPort: 9962,
    })
  })

  it('each default is the user’s to change, and a partial mapping keeps the other defaults', () => {
    expect(settingsWith('encryption:\n  enabled: false\n').encryption).toBe('none')
    expect(settingsWith('encryption:\n  type: ipsec\n').encryption).toBe('ipsec')
    expect(settingsWith('encryption:\n  nodeEncryption: true\n').encryption).toBe('wireguard')
    expect(settingsWith('prometheus:\n  enabled: false\n').metrics).toBe(false)
    expect(settingsWith('prometheus:\n  port: 19962\n').metricsPort).toBe(19962)
    expect(
      settingsWith('authentication:\n  enabled: false\n  mutual:\n    spire:\n      enabled: false\n'),
    ).toMatchObject({ mutualAuth: false, spire: null })
    expect(
      settingsWith('authentication:\n  mutual:\n    spire:\n      install:\n        enabled: false\n'),
    ).toMatchObject({ mutualAuth: true, spire: null })
  })

  it('images from elsewhere: the user’s image values pass through untouched, the gate sets none of them', () => {
    const images = `image:
  repository: localhost/cilium/cilium
  tag: v1.20.2-local
  useDigest: false
  pullPolicy: Never
operator:
  image:
    repository: localhost/cilium/operator
    tag: v1.20.2-local
    useDigest: false
    pullPolicy: Never
authentication:
  mutual:
    spire:
      install:
        initImage: {repository: localhost/busybox, tag: local, useDigest: false, pullPolicy: Never}
        agent:
          image: {repository: localhost/spire-agent, tag: 1.15.3-local, useDigest: false, pullPolicy: Never}
        server:
          image: {repository: localhost/spire-server, tag: 1.15.3-local, useDigest: false, pullPolicy: Never}
`
    const doc = user(images)
    // Nothing the gate gives names an image: its defaults file holds none of these keys, so Helm keeps the user's.
    const keys = (v: unknown): string[] =>
      v !== null && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : []
    expect(keys(CILIUM_GATE_VALUES).filter((k) => /image|repository|tag|digest|pullPolicy/i.test(k))).toEqual(
      [],
    )
    const merged = mergeValues(gateValuesDocument().values, doc.values)
    expect(merged).toMatchObject(doc.values)
    expect(merged).toMatchObject(CILIUM_GATE_VALUES)
    expect(ciliumSettings([gateValuesDocument(), doc])).toEqual(ciliumSettings([gateValuesDocument()]))
  })

  it('wrong types name the file, line and field', () => {
    const refused = (text: string) => {
      try {
        settingsWith(text)
      } catch (e) {
        expect(e).toBeInstanceOf(InputError)
        return (e as Error).message
      }
      throw new Error('accepted')
    }
    expect(refused('name: [a]\n')).toBe(
      'mesh/cilium-values.yaml: line 1: Helm value name must be a string, not a list',
    )
    expect(refused('authentication:\n  mutual: {spire: on}\n')).toBe(
      'mesh/cilium-values.yaml: line 2: Helm value authentication.mutual.spire must be a mapping, not "on"',
    )
    expect(refused('encryption: {enabled: true, type: geneve}\n')).toMatch(
      /line 1: Helm value encryption\.type must be one of ipsec, wireguard, ztunnel, not "geneve"$/,
    )
  })
})

describe('the prediction reads the values as the install merges them', () => {
  const cnp = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: echo-auth, namespace: default}
spec:
  endpointSelector: {matchLabels: {app: echo}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: client}}]
    authentication: {mode: required}
    toPorts: [{ports: [{port: "8080", protocol: TCP}]}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: echo, namespace: default}
spec:
  selector: {matchLabels: {app: echo}}
  template:
    metadata: {labels: {app: echo}}
    spec: {containers: [{name: echo, image: echo, ports: [{containerPort: 8080}]}]}
`
  const predicted = (valuesText: string | null) => {
    const objects = parseManifestText(cnp, 'mesh/policy.yaml').objects
    const values: SourcedValues[] = valuesText === null ? [] : [user(valuesText)]
    const side = {
      name: 'head' as const,
      ref: null,
      objects: objects.map((o) => ({ ...o, file: 'mesh/policy.yaml' })),
      values,
    }
    const ev = evaluate({ objects, values: valuesAsRun(side, 'cilium') }, 'cilium')
    return row(ev, 'default', 'Deployment/echo', 8080)
  }

  it('the gate’s defaults: WireGuard, so required authentication is STRICT', () => {
    expect(predicted(null)).toMatchObject({
      mode: 'STRICT',
      decidedBy: expect.stringMatching(
        /encrypted by wireguard \(Helm values \(the gate’s default install values\)\)/,
      ),
    })
  })

  it('the user’s encryption.enabled: false is honoured: no encryption, PERMISSIVE, the user’s file named', () => {
    expect(predicted('encryption:\n  enabled: false\n')).toMatchObject({
      mode: 'PERMISSIVE',
      decidedBy: expect.stringMatching(/not encrypted \(Helm values mesh\/cilium-values\.yaml\)/),
    })
  })

  it('a partial encryption mapping merges with the default instead of turning it off', () => {
    expect(predicted('encryption:\n  type: ipsec\n')).toMatchObject({
      mode: 'STRICT',
      decidedBy: expect.stringMatching(/encrypted by ipsec \(Helm values mesh\/cilium-values\.yaml\)/),
    })
    expect(predicted('encryption:\n  nodeEncryption: true\n')).toMatchObject({
      mode: 'STRICT',
      decidedBy: expect.stringMatching(/encrypted by wireguard/),
    })
  })
})

describe('the encryption the agents run, from their CiliumNodes', () => {
  const nodes = (file: string) =>
    (JSON.parse(readFixture('mesh', file)).items as Parameters<typeof ciliumNodeEncryption>[0][]).map(
      (n) => ({
        node: String((n.metadata as { name: string }).name),
        encryption: ciliumNodeEncryption(n),
      }),
    )

  it('WireGuard’s public key annotation; an IPsec SPI; neither', () => {
    expect(nodes('ciliumnodes-wireguard.json')).toEqual([
      { node: 'mmg-1-worker', encryption: 'wireguard' },
      { node: 'mmg-1-worker2', encryption: 'wireguard' },
    ])
    expect(nodes('ciliumnodes-unencrypted.json')).toEqual([{ node: 'mesh-gate-node', encryption: 'none' }])
    expect(nodes('ciliumnodes-ipsec-mixed.json')).toEqual([
      { node: 'node-a', encryption: 'ipsec' },
      { node: 'node-b', encryption: 'none' },
    ])
  })

  it('a WireGuard node that opted out of node-to-node encryption (key 0) still runs WireGuard for pods', () => {
    const [node] = JSON.parse(readFixture('mesh', 'ciliumnodes-wireguard.json')).items
    node.spec.encryption = {}
    expect(ciliumNodeEncryption(node)).toBe('wireguard')
  })

  it('the nodes’ one word: theirs when they agree, mixed when not, null when not read', () => {
    expect(encryptionThatRan(nodes('ciliumnodes-wireguard.json'))).toBe('wireguard')
    expect(encryptionThatRan(nodes('ciliumnodes-ipsec-mixed.json'))).toBe('mixed')
    expect(encryptionThatRan(null)).toBeNull()
    expect(encryptionThatRan([])).toBeNull()
  })
})
