/**
 * Mode measure with `current-results`: the results were measured elsewhere, but the artifact still records what a
 * measuring run records about mTLS, from the configuration this job checked out, read and validated exactly as
 * `run` reads and validates it (`configSides`, `predict`). The `report` step recomputes that matrix from the pull
 * request's files and refuses an artifact without one, so an honest run must carry it.
 *
 * When the results file has a matrix of its own, the checkout's static modes win: they are what the configuration
 * under review says, and what `report` checks the artifact against. The file's live and telemetry outcomes are
 * kept only on rows where it states the same mode on the same mesh (the probe saw what the checkout configures);
 * elsewhere they are dropped with a warning, because they were observed on another configuration.
 */
import type { CheckCheckout } from '../measure.js'
import { finding, type Finding } from '../mtls/model.js'
import { label, type MtlsValidation } from '../mtls/validate.js'
import { MtlsEntry, type Results } from '../results/schema.js'
import { mtlsOutcomeOf, plaintextFor, predict } from './measure-on-cluster.js'
import { configSides } from './run.js'

/** Disagreeing rows named in the warning; the rest are counted. */
const MAX_NAMED = 5

export const checkCheckout: CheckCheckout = async (request, measuredElsewhere) => {
  const { settings } = request
  const { head, base, mesh } = await configSides({
    repo: request.repo,
    configPaths: settings.configPaths,
    baseRef: request.baseRef,
    mesh: settings.mesh,
  })
  // As in `run`: `none` requires no mode (the validator's not-gated); the matrix is the same.
  const validation = predict({ meshName: mesh, require: settings.requireMtls }, head, base)
  const recorded = recordedMatrix(validation, measuredElsewhere.mtls)
  if (recorded.warning) request.warn(recorded.warning)
  request.log(
    `mTLS: recorded the static matrix of the checked-out configuration (${mesh}, ${recorded.matrix.entries.length} rows) with '${settings.currentResults}'`,
  )
  const outcome = mtlsOutcomeOf({ validation, probes: [], telemetry: [] })
  const findings = [...outcome.findings, ...recorded.findings]
  return {
    current: { ...measuredElsewhere, mtls: recorded.matrix },
    baseline: null,
    mtls:
      settings.requireMtls === 'none'
        ? null
        : { verdict: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings },
  }
}

type Matrix = NonNullable<Results['mtls']>

/**
 * The checkout's matrix, with the file's live and telemetry outcomes where the file agrees with it; a kept live
 * outcome that contradicts the row's mode is an error finding, as it is for a run that probed itself.
 */
export function recordedMatrix(
  v: Pick<MtlsValidation, 'mesh' | 'entries'>,
  file: Results['mtls'],
): { matrix: Matrix; findings: Finding[]; warning: string | null } {
  const entries = v.entries.map((e) => MtlsEntry.parse(e))
  const matrix: Matrix = { mesh: v.mesh, entries }
  if (!file) return { matrix, findings: [], warning: null }
  if (file.mesh !== v.mesh) {
    return {
      matrix,
      findings: [],
      warning:
        `the mTLS matrix of the results file is of mesh '${file.mesh}', the checked-out configuration's is ` +
        `'${v.mesh}': the checkout's is recorded, without the file's live outcomes`,
    }
  }
  const key = (e: { namespace: string; workload: string; port: number | null }) =>
    `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`
  const stated = new Map(file.entries.map((e) => [key(e), e]))
  const disagree: string[] = []
  const findings: Finding[] = []
  for (const [i, e] of entries.entries()) {
    const s = stated.get(key(e))
    stated.delete(key(e))
    if (!s) {
      disagree.push(`${label(e)} (${e.mode}) is not in the file`)
      continue
    }
    if (s.mode !== e.mode) {
      disagree.push(`${label(e)} is ${s.mode} in the file, ${e.mode} in the checkout`)
      continue
    }
    entries[i] = {
      ...e,
      live: s.live,
      telemetry: s.telemetry,
      ...(s.telemetryDetail === undefined ? {} : { telemetryDetail: s.telemetryDetail }),
    }
    const want = plaintextFor(e)
    if (s.live !== 'not-probed' && s.live !== want) {
      findings.push(
        finding(
          'error',
          'mtls-live-mismatch',
          `live probe (from the results file): plaintext to ${label(e)} was ${s.live}, but the configuration says it must be ${want}`,
          null,
        ),
      )
    }
  }
  for (const s of stated.values()) disagree.push(`${label(s)} (${s.mode}) is not in the checkout`)
  if (disagree.length === 0) return { matrix, findings, warning: null }
  const named = disagree.slice(0, MAX_NAMED).join('; ')
  const more = disagree.length > MAX_NAMED ? `; …and ${disagree.length - MAX_NAMED} more` : ''
  return {
    matrix,
    findings,
    warning:
      `the mTLS matrix of the results file disagrees with the checked-out configuration on ${disagree.length} ` +
      `row(s) (${named}${more}): the checkout's modes are recorded, and the file's live outcomes only where it agrees`,
  }
}
