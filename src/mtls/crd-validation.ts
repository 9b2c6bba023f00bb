/**
 * Validates mesh resources against the real CRD schemas (vendored in fixtures/crds, bundled as schemas.gen.ts),
 * the way the API server would when `kubectl apply` sends them: a resource it would refuse is bad input (exit 2).
 *
 * What the API server does, and what we copy:
 * - Structural schemas prune unknown fields, and since Kubernetes 1.27 (GA of server-side field validation) the
 *   server reports them; `kubectl` sends `fieldValidation=Strict` by default (`--validate=true` means strict), so
 *   `kubectl apply` of an unknown field fails with `strict decoding error: unknown field "spec.x"`.
 *   (kubernetes.io/docs/reference/using-api/api-concepts/#field-validation; KEP-2332 pruning for custom resources)
 *   So every `type: object` node without `additionalProperties` becomes closed, except under
 *   `x-kubernetes-preserve-unknown-fields: true`, where the server keeps unknown fields.
 * - `x-kubernetes-int-or-string: true` allows an integer or a string; `nullable: true` allows null (ajv knows it).
 * - apiVersion, kind and metadata are implicit in every CRD; metadata is checked as ObjectMeta (known fields only).
 * - `x-kubernetes-validations` (CEL) are not evaluated generally; the ones that decide mTLS semantics are checked
 *   by hand in `celChecks` below (PeerAuthentication's "portLevelMtls requires selector" and port range).
 * - `format` is not checked (the server checks only a few formats, and none that matter here).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { InputError } from '../errors.js'
import { CRD_DATA } from './crds/schemas.gen.js'
import type { FieldPath, SourcedObject } from '../k8s/objects.js'

interface CrdVersion {
  name: string
  served: boolean
  storage: boolean
  schema: number
}
interface Crd {
  group: string
  kind: string
  plural: string
  scope: 'Namespaced' | 'Cluster'
  file: string
  versions: CrdVersion[]
}
interface CrdData {
  crds: Crd[]
  schemas: Record<string, unknown>[]
}

let data: CrdData | undefined
function crdData(): CrdData {
  data ??= JSON.parse(CRD_DATA) as CrdData
  return data
}

/** The CRD for an apiVersion group and kind, or undefined when we carry none (core kinds, other CRDs). */
export function findCrd(group: string, kind: string): Crd | undefined {
  return crdData().crds.find((c) => c.group === group && c.kind === kind)
}

/** API groups whose kinds we validate; an unknown kind in one of them is an error (a typo like `PeerAuthentcation`). */
export function knownGroups(): Set<string> {
  return new Set(crdData().crds.map((c) => c.group))
}

const OBJECT_META = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 253 },
    generateName: { type: 'string' },
    namespace: { type: 'string', maxLength: 63 },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
    uid: { type: 'string' },
    resourceVersion: { type: 'string' },
    generation: { type: 'integer' },
    creationTimestamp: { type: ['string', 'null'] },
    deletionTimestamp: { type: ['string', 'null'] },
    deletionGracePeriodSeconds: { type: 'integer' },
    finalizers: { type: 'array', items: { type: 'string' } },
    ownerReferences: { type: 'array', items: { type: 'object' } },
    managedFields: { type: 'array', items: { type: 'object' } },
    selfLink: { type: 'string' },
  },
}

/** Rewrites a structural OpenAPI v3 schema into a JSON Schema that rejects what the API server would refuse. */
export function strictSchema(node: unknown, root = true): unknown {
  if (Array.isArray(node)) return node.map((n) => strictSchema(n, false))
  if (node === null || typeof node !== 'object') return node
  const src = node as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(src)) {
    if (key.startsWith('x-kubernetes-') || key === 'description' || key === 'format') continue
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, strictSchema(v, false)]),
      )
    } else if (key === 'default' || key === 'enum' || key === 'example') {
      out[key] = value
    } else {
      out[key] = strictSchema(value, false)
    }
  }
  if (src['x-kubernetes-int-or-string'] === true && !out.anyOf && !out.type) {
    out.anyOf = [{ type: 'integer' }, { type: 'string' }]
  }
  const preserve = src['x-kubernetes-preserve-unknown-fields'] === true
  if (root) {
    out.type = 'object'
    const props = (out.properties as Record<string, unknown> | undefined) ?? {}
    out.properties = {
      ...props,
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: OBJECT_META,
    }
  }
  // Only nodes that declare `type: object` are closed: in a structural schema, anyOf/oneOf branches carry no type
  // and may only repeat properties of the main node, so closing them would reject valid objects.
  if (out.type === 'object' && out.additionalProperties === undefined && !preserve)
    out.additionalProperties = false
  return out
}

const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: false,
  validateFormats: false,
  unicodeRegExp: false,
})
const compiled = new Map<number, ValidateFunction>()
function validatorFor(schemaIndex: number): ValidateFunction {
  let fn = compiled.get(schemaIndex)
  if (!fn) {
    fn = ajv.compile(strictSchema(crdData().schemas[schemaIndex]) as object)
    compiled.set(schemaIndex, fn)
  }
  return fn
}

export interface SchemaProblem {
  file: string | null
  line: number | null
  resource: string
  message: string
}

/** Splits `group/version` (core kinds have no group). */
export function splitApiVersion(apiVersion: unknown): { group: string; version: string } | null {
  if (typeof apiVersion !== 'string' || apiVersion === '') return null
  const slash = apiVersion.lastIndexOf('/')
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}

/** Problems of one object; empty when the API server would accept it (or when it is not a mesh resource). */
export function validateObject(sourced: SourcedObject): SchemaProblem[] {
  const { object, origin } = sourced
  const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)'
  const resource = `${String(object.kind)} ${name}`
  const problem = (message: string, path: FieldPath = []): SchemaProblem => ({
    file: origin.file,
    line: origin.lineOf?.(path) ?? origin.line,
    resource,
    message,
  })
  const gv = splitApiVersion(object.apiVersion)
  if (!gv) return [problem('apiVersion is missing or not a string', ['apiVersion'])]
  if (typeof object.kind !== 'string' || object.kind === '') return [problem('kind is missing', ['kind'])]
  if (!knownGroups().has(gv.group)) return []
  const crd = findCrd(gv.group, object.kind)
  if (!crd) {
    // Other real kinds of these groups (VirtualService, Linkerd's HTTPRoute, CiliumEnvoyConfig, ...) are not carried
    // here and pass unvalidated; a kind one or two letters away from one we carry is a typo the server would refuse.
    const near = crdData().crds.find(
      (c) => c.group === gv.group && editDistance(c.kind, object.kind as string) <= 2,
    )
    if (!near) return []
    return [
      problem(`no kind "${object.kind}" is registered in ${gv.group} (did you mean ${near.kind}?)`, ['kind']),
    ]
  }
  const version = crd.versions.find((v) => v.name === gv.version)
  if (!version || !version.served) {
    const served = crd.versions.filter((v) => v.served).map((v) => v.name)
    return [
      problem(`${crd.kind} is not served as ${gv.version} (served: ${served.join(', ')})`, ['apiVersion']),
    ]
  }
  const problems: SchemaProblem[] = []
  if (typeof object.metadata?.name !== 'string' || object.metadata.name === '') {
    problems.push(problem('metadata.name is required', ['metadata']))
  }
  const validate = validatorFor(version.schema)
  if (!validate(object)) {
    for (const error of dedupe(validate.errors ?? [])) {
      const path = pointerToPath(error.instancePath)
      problems.push(problem(formatError(error, path), pathForLine(error, path)))
    }
  }
  for (const [path, message] of celChecks(crd.kind, object)) problems.push(problem(message, path))
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/** Validates every object; throws one InputError listing all problems (so a user fixes them in one go). */
export function assertValidObjects(objects: readonly SourcedObject[]): void {
  const problems = objects.flatMap(validateObject)
  if (problems.length === 0) return
  const lines = problems.map(
    (p) => `${p.file ?? '(live)'}${p.line ? `:${p.line}` : ''}: ${p.resource}: ${p.message}`,
  )
  throw new InputError(
    `${problems.length} resource problem(s) that the API server would refuse:\n  ${lines.join('\n  ')}`,
  )
}

/** Levenshtein distance, for telling a typo from another real kind. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]!
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function pathForLine(error: ErrorObject, path: (string | number)[]): FieldPath {
  if (error.keyword === 'additionalProperties') {
    return [...path, String((error.params as { additionalProperty: string }).additionalProperty)]
  }
  return path
}

function dotted(path: FieldPath): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part
  return out || '(root)'
}

/** Messages in the API server's words, so users recognise them from `kubectl apply`. */
function formatError(error: ErrorObject, path: (string | number)[]): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = (error.params as { additionalProperty: string }).additionalProperty
      return `unknown field "${dotted([...path, field])}"`
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
      return `${dotted(path)}: Unsupported value: ${JSON.stringify(valueAt(error))}: supported values: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
    }
    case 'required':
      return `${dotted([...path, (error.params as { missingProperty: string }).missingProperty])}: Required value`
    case 'type':
      return `${dotted(path)}: Invalid value: must be of type ${(error.params as { type: string }).type}`
    default:
      return `${dotted(path)}: Invalid value: ${error.message ?? error.keyword}`
  }
}

function valueAt(error: ErrorObject): unknown {
  return (error as ErrorObject & { data?: unknown }).data
}

// anyOf branches each report an error; the user needs the one that names the field, once.
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') return false
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The CEL rules (`x-kubernetes-validations`) that decide mTLS semantics, evaluated by hand. From the vendored
 * istio-peerauthentications CRD: `portLevelMtls requires selector` and `port must be between 1-65535`.
 */
function celChecks(kind: string, object: Record<string, unknown>): [FieldPath, string][] {
  const out: [FieldPath, string][] = []
  if (kind === 'PeerAuthentication') {
    const spec = (object.spec ?? {}) as Record<string, unknown>
    const ports = spec.portLevelMtls as Record<string, unknown> | undefined
    if (ports && typeof ports === 'object') {
      const labels =
        (spec.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? {}
      if (Object.keys(labels).length === 0) {
        out.push([
          ['spec', 'portLevelMtls'],
          'spec: Invalid value: "object": portLevelMtls requires selector',
        ])
      }
      for (const key of Object.keys(ports)) {
        const n = Number(key)
        if (!Number.isInteger(n) || n < 1 || n > 65535) {
          out.push([
            ['spec', 'portLevelMtls', key],
            'spec.portLevelMtls: Invalid value: port must be between 1-65535',
          ])
        }
      }
    }
  }
  return out
}
