/**
 * The gate config file (`.github/mesh-gate.yaml`): scenarios, thresholds, statistics and cost. Parsed once,
 * validated with zod, with errors rewritten to name the YAML path; defaults live here and nowhere else.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { describeIssue, describeYamlError, InputError, ioReason } from '../errors.js'
import { parseYamlData } from '../yaml-data.js'
import {
  DEFAULT_CAPS,
  DEFAULT_THRESHOLDS,
  THRESHOLD_NAMES,
  type Thresholds,
  isThresholdName,
  parseThresholdEntry,
} from './thresholds.js'
import { VERIFY_POLICIES, type VerifyPolicy } from '../vocabulary.js'

const DURATION_UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 } as const

const duration = z
  .string()
  .regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'expected a duration like "30s", "2m" or "500ms"')
  // Fortio's `-t 0` runs until it is interrupted: a zero duration or warm-up would run until the step's timeout.
  .refine((text) => {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text)
    // Text of another form is the regex's issue, not this one's.
    return !m || Number(m[1]) * DURATION_UNIT_SECONDS[m[2] as keyof typeof DURATION_UNIT_SECONDS] > 0
  }, 'expected a duration above zero like "30s" (Fortio runs a zero duration until it is interrupted)')

const ThresholdTable = z
  // YAML reads `latency-p99: 10` as a number: take it as text so the message can show the expected form.
  .record(z.string(), z.union([z.string(), z.number()]).transform(String))
  .superRefine((table, ctx) => {
    for (const [metric, text] of Object.entries(table)) {
      if (!isThresholdName(metric)) {
        ctx.addIssue({
          code: 'custom',
          path: [metric],
          message: `unknown metric; expected one of ${THRESHOLD_NAMES.join(', ')}`,
        })
        continue
      }
      const t = parseThresholdEntry(metric, text)
      if (t && 'error' in t) ctx.addIssue({ code: 'custom', path: [metric], message: t.error })
    }
  })

const Scenario = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase name like "echo-1k"'),
  protocol: z.enum(['http', 'h2', 'grpc']).default('http'),
  qps: z.number().positive().default(1000),
  connections: z.number().int().positive().default(16),
  duration: duration.default('30s'),
  'payload-bytes': z.number().int().nonnegative().default(1024),
  repetitions: z
    .number()
    .int()
    .min(2, 'at least 2 repetitions per side are needed to estimate noise')
    .default(5),
  warmup: duration.default('10s'),
  thresholds: ThresholdTable.optional(),
})

/**
 * An image reference as the container runtime takes it: `[registry[:port]/]path[:tag][@sha256:digest]`, lowercase
 * path components (the distribution reference grammar, github.com/distribution/reference, reference.go).
 */
const imageReference = z
  .string()
  .regex(
    /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/,
    'expected an image reference like registry.example.com/fortio/fortio:1.75.2',
  )

export const GateConfigFile = z.strictObject({
  scenarios: z
    .array(Scenario)
    // Results, thresholds and the false-alarm budget are per scenario name: two scenarios of one name would be
    // merged into one and counted twice.
    .superRefine((scenarios, ctx) => {
      const first = new Map<string, number>()
      scenarios.forEach((s, i) => {
        const earlier = first.get(s.name)
        if (earlier === undefined) first.set(s.name, i)
        else
          ctx.addIssue({
            code: 'custom',
            path: [i, 'name'],
            message: `'${s.name}' is also the name of scenarios[${earlier}]; each scenario needs a name of its own`,
          })
      })
    })
    .optional(),
  /** Every image the gate runs, for mirrors and air-gapped registries; defaults to the pinned public images. */
  images: z
    .strictObject({
      /** The Fortio server and client (default fortio/fortio:1.75.2). */
      fortio: imageReference.optional(),
      /** The unmeshed plaintext probe, which runs Fortio too (default: the same as `fortio`). */
      probe: imageReference.optional(),
    })
    .optional(),
  mesh: z
    .strictObject({
      /** Mesh version; defaults to the version pinned by this release (the action input wins). */
      version: z.string().min(1).optional(),
      /**
       * SHA-256 of the mesh CLI's linux asset: wins over the digest pinned in the source and the release's
       * checksum file (with verify: pinned, the way to run a version the source pins no digest for).
       */
      'cli-sha256': z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'expected a SHA-256: 64 hex digits')
        .optional(),
      /**
       * How a download the source pins no digest for is verified: published (default) against the checksum file
       * the project publishes with the release; pinned refuses it (the action input `verify` wins).
       */
      verify: z.enum(VERIFY_POLICIES).optional(),
      /**
       * Install values or overlay, a path in the repository (IstioOperator overlay, Linkerd or Cilium Helm values);
       * a file that is not there is refused before any download or cluster.
       */
      values: z.string().min(1).optional(),
    })
    .optional(),
  thresholds: ThresholdTable.optional(),
  /**
   * The measured paths: workloads (`namespace/name`) whose place the stand-ins take; absent: derived from the
   * change (pipeline/paths.ts). At most MAX_TARGETS, each measured with a share of the profile's budget.
   */
  targets: z
    .array(
      z
        .string()
        .regex(
          /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
          'expected namespace/workload, like "shop/cart"',
        ),
    )
    .min(1, 'list at least one namespace/workload, or leave targets out to derive them from the change')
    .max(4, 'at most 4 targets: each one is measured with a share of the profile’s time')
    .refine((t) => new Set(t).size === t.length, 'a target is listed twice')
    .optional(),
  /** A changed object that no measured path crosses: inconclusive (default), or pass. */
  unmeasured: z.enum(['inconclusive', 'pass']).optional(),
  statistics: z
    .strictObject({
      /** Family-wise false-alarm rate: the chance that an unchanged PR is called a regression on any metric. */
      'false-alarm-rate': z.number().gt(0).lt(0.5).default(0.01),
      /**
       * False-pass rate: the chance that a metric whose change is as large as its threshold is called a pass
       * (each metric, all looks together).
       */
      'false-pass-rate': z.number().gt(0).lt(0.5).default(0.05),
      /**
       * Sequential stopping: the most repetitions per side a run may take, looking after every block and stopping
       * once the verdict is clear. Absent: every scenario runs its `repetitions`, with one look at the end.
       */
      'max-repetitions': z
        .number()
        .int()
        .min(4, 'at least 4: the first look is after 4 repetitions per side')
        .optional(),
    })
    .optional(),
  cost: z
    .strictObject({
      pods: z.number().int().nonnegative().default(100),
      'vcpu-hour-usd': z.number().nonnegative().default(0.0316),
      'gib-hour-usd': z.number().nonnegative().default(0.0042),
    })
    .optional(),
})
export type GateConfigFile = z.infer<typeof GateConfigFile>

export interface CostSettings {
  /** Meshed pods in the cluster the overhead is priced for. */
  pods: number
  vcpuHourUsd: number
  gibHourUsd: number
}

/** The validated, defaulted gate config that the compare and report stages read. */
export interface GateConfig {
  thresholds: Thresholds
  scenarioThresholds: Record<string, Thresholds>
  falseAlarmRate: number
  /** Per metric: the chance that a change as large as its threshold passes. */
  falsePassRate: number
  /** Sequential stopping's maximum repetitions per side; null: a fixed design. */
  maxRepetitions: number | null
  cost: CostSettings
  scenarios: z.infer<typeof Scenario>[]
  mesh: {
    version: string | null
    cliSha256: string | null
    valuesPath: string | null
    /** Null: not set in the file (the input, or the default `published`). */
    verify: VerifyPolicy | null
  }
  /** The gate config's `images`; null: the pinned default (the probe's falls back to `fortio`'s). */
  images: { fortio: string | null; probe: string | null }
  /** Pinned measured paths (`shop/cart`); empty: derived from the change. */
  targets: string[]
  /** What a changed object that no path crosses does to a pass. */
  unmeasured: 'inconclusive' | 'pass'
  /** The file (or input) it was read from, for messages that name one of its fields; null: the defaults. */
  source: string | null
}

export const DEFAULT_COST: CostSettings = { pods: 100, vcpuHourUsd: 0.0316, gibHourUsd: 0.0042 }

export function defaultGateConfig(): GateConfig {
  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...DEFAULT_CAPS },
    scenarioThresholds: {},
    falseAlarmRate: 0.01,
    falsePassRate: 0.05,
    maxRepetitions: null,
    cost: DEFAULT_COST,
    scenarios: [],
    mesh: { version: null, cliSha256: null, valuesPath: null, verify: null },
    images: { fortio: null, probe: null },
    targets: [],
    unmeasured: 'inconclusive',
    source: null,
  }
}

/** Validates parsed YAML. `source` names the file (or input) in errors. */
export function gateConfigFrom(data: unknown, source: string): GateConfig {
  const parsed = GateConfigFile.safeParse(data ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(describeIssue(issue, source))
  }
  const file = parsed.data
  const config = defaultGateConfig()
  Object.assign(config.thresholds, thresholdTable(file.thresholds))
  for (const s of file.scenarios ?? []) {
    if (s.thresholds) config.scenarioThresholds[s.name] = thresholdTable(s.thresholds)
  }
  config.falseAlarmRate = file.statistics?.['false-alarm-rate'] ?? config.falseAlarmRate
  config.falsePassRate = file.statistics?.['false-pass-rate'] ?? config.falsePassRate
  config.maxRepetitions = file.statistics?.['max-repetitions'] ?? null
  if (file.cost) {
    config.cost = {
      pods: file.cost.pods,
      vcpuHourUsd: file.cost['vcpu-hour-usd'],
      gibHourUsd: file.cost['gib-hour-usd'],
    }
  }
  config.scenarios = file.scenarios ?? []
  config.mesh = {
    version: file.mesh?.version ?? null,
    cliSha256: file.mesh?.['cli-sha256']?.toLowerCase() ?? null,
    valuesPath: file.mesh?.values ?? null,
    verify: file.mesh?.verify ?? null,
  }
  config.images = { fortio: file.images?.fortio ?? null, probe: file.images?.probe ?? null }
  config.targets = file.targets ?? []
  config.unmeasured = file.unmeasured ?? 'inconclusive'
  config.source = source
  return config
}

/** Thresholds given as YAML text (the action's `thresholds` input) override the file's. */
export function overrideThresholds(config: GateConfig, yamlText: string, source: string): GateConfig {
  const data = parseYamlText(yamlText, source)
  const parsed = ThresholdTable.safeParse(data ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(describeIssue(issue, source))
  }
  return { ...config, thresholds: { ...config.thresholds, ...thresholdTable(parsed.data) } }
}

export async function loadGateConfig(path: string): Promise<GateConfig> {
  return (await readGateConfig(path, { missingIsDefault: false }))!
}

/**
 * The gate config when the user names none, one rule for the action and the CLI: DEFAULT_CONFIG_PATH in the
 * repository `repo` when it exists, read and refused like any named file (a typo in it is an error, never a silent
 * fallback), else the defaults.
 */
export async function loadDefaultGateConfig(repo = '.'): Promise<GateConfig> {
  return (
    (await readGateConfig(join(repo, DEFAULT_CONFIG_PATH), { missingIsDefault: true })) ?? defaultGateConfig()
  )
}

/** Reads, parses and validates a gate config file; null when it does not exist and that means the defaults. */
async function readGateConfig(
  path: string,
  { missingIsDefault }: { missingIsDefault: boolean },
): Promise<GateConfig | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if (missingIsDefault && (e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new InputError(`cannot read the gate config (${ioReason(e)})`, path)
  }
  return gateConfigFrom(parseYamlText(text, path), path)
}

function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYamlData(text, source)
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(`not valid YAML at ${describeYamlError(e as Error)}`, source)
  }
}

function thresholdTable(table: Record<string, string> | undefined): Thresholds {
  const out: Record<string, unknown> = {}
  for (const [name, text] of Object.entries(table ?? {})) {
    // Validated by ThresholdTable: every name is known and every value parses.
    if (!isThresholdName(name)) continue
    const t = parseThresholdEntry(name, text)
    out[name] = t && 'error' in t ? null : t
  }
  return out as Thresholds
}
