/** Builders for the mTLS corpus: YAML text in, the engine's matrix out, through the real manifest parser. */
import { assertValidObjects } from '../../src/mtls/crd-validation.js'
import { modeAt } from '../../src/mtls/entries.js'
import { evaluate } from '../../src/mtls/evaluate.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import type { Evaluation, MatrixEntry } from '../../src/mtls/model.js'
import type { MeshName } from '../../src/vocabulary.js'

/** Parses (and schema-checks, as the CLI does) YAML documents joined by `---`, then evaluates them. */
export function run(mesh: MeshName, ...docs: string[]): Evaluation {
  const loaded = parseManifestText(docs.join('\n---\n'), 'case.yaml')
  assertValidObjects(loaded.objects)
  return evaluate(loaded, mesh)
}

export function row(
  ev: Evaluation,
  namespace: string,
  workload: string,
  port: number | null = null,
): MatrixEntry {
  const rows = ev.entries.filter((e) => e.namespace === namespace && e.workload === workload)
  const found = modeAt(rows, port)
  if (!found)
    throw new Error(
      `no row for ${namespace}/${workload}; have ${ev.entries.map((e) => `${e.namespace}/${e.workload}`).join(', ')}`,
    )
  return found
}

export function mode(
  ev: Evaluation,
  namespace: string,
  workload: string,
  port: number | null = null,
): string {
  return row(ev, namespace, workload, port).mode
}

export function ns(
  name: string,
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels: ${JSON.stringify(labels)}
  annotations: ${JSON.stringify(annotations)}`
}

export function deployment(
  namespace: string,
  name: string,
  opts: {
    labels?: Record<string, string>
    annotations?: Record<string, string>
    ports?: (number | [number, string])[]
  } = {},
): string {
  const labels = { app: name, ...opts.labels }
  const ports = (opts.ports ?? [8080]).map((p) =>
    Array.isArray(p) ? { containerPort: p[0], name: p[1] } : { containerPort: p },
  )
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: ${JSON.stringify(labels)}
      annotations: ${JSON.stringify(opts.annotations ?? {})}
    spec:
      containers:
      - name: app
        image: example/app
        ports: ${JSON.stringify(ports)}`
}

export function pa(
  namespace: string,
  name: string,
  spec: { mode?: string; selector?: Record<string, string>; ports?: Record<number, string> },
  extraMeta = '',
  apiVersion = 'security.istio.io/v1',
): string {
  const lines = [
    `apiVersion: ${apiVersion}`,
    'kind: PeerAuthentication',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
  ]
  if (extraMeta) lines.push(`  ${extraMeta}`)
  lines.push('spec:')
  if (spec.selector) lines.push(`  selector:\n    matchLabels: ${JSON.stringify(spec.selector)}`)
  if (spec.mode) lines.push(`  mtls:\n    mode: ${spec.mode}`)
  if (spec.ports) {
    lines.push('  portLevelMtls:')
    for (const [port, m] of Object.entries(spec.ports)) lines.push(`    ${port}:\n      mode: ${m}`)
  }
  if (lines[lines.length - 1] === 'spec:') lines[lines.length - 1] = 'spec: {}'
  return lines.join('\n')
}
