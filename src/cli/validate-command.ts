/** `mesh-mtls-gate validate`: the effective mTLS mode of every workload and port, base vs head, as a gate. */
import { ExitCode } from '../errors.js'
import { connect } from '../k8s/client.js'
import { headCounterpart, ManifestSource } from '../k8s/manifests.js'
import { defaultRequirement, MESHES, REQUIREMENTS, type MeshName } from '../vocabulary.js'
import { validationJson, validationSarif } from '../report/mtls-output.js'
import { renderMtlsMarkdown } from '../report/mtls.js'
import { ClusterSource, validateMeshConfig, validateSources } from '../pipeline/mtls-sources.js'
import { oneOf, parseCommandArgs, UsageError, type CommandIO } from './args.js'

export const VALIDATE_HELP = `Usage: mesh-mtls-gate validate [--mesh ${MESHES.join('|')}] [--require strict|permissive|none] [--base PATH]... [--format markdown|json|sarif] PATH...
       mesh-mtls-gate validate --live [--kubeconfig FILE] [--context NAME] [--namespace NS]... [--mesh ...] [--require ...] [--base PATH]... [--format ...]

Computes the effective inbound mTLS mode (STRICT, PERMISSIVE, DISABLE) of every workload and port from the
manifests in PATH (files or folders: multi-document YAML, JSON, List kinds), as the mesh computes it, and
compares it with the base branch's manifests.

  PATH...              the pull request's mesh configuration (and workloads, namespaces, Services)
  --base PATH          the base branch's; repeat for several paths
  --mesh MESH          ${MESHES.slice(0, -1).join(', ')} or ${MESHES.at(-1)} (detected from the manifests when not given)
  --require MODE       strict (default; none with --mesh none) or permissive: the weakest mode every workload
                       must have; none asks for no mode: the matrix, changes and findings are reported, the
                       verdict is not-gated and the exit code 0, as run and the action's require-mtls: none do
  --format FORMAT      markdown (default), json or sarif (SARIF 2.1.0 for GitHub code scanning)
  --live               read the head from a running cluster through its API server instead of PATHs
                       (workloads and their running pods, Namespaces, Services, the mesh resources, the
                       meshes' install ConfigMaps); a workload is judged by its running pods (injected
                       sidecars, pod labels and annotations), by its template when it has none
  --kubeconfig FILE    the cluster's kubeconfig (implies --live; default: KUBECONFIG, ~/.kube/config, in-cluster)
  --context NAME       a context of the kubeconfig other than its current one (implies --live)
  --namespace NS       with --live: read namespaced objects from NS only (repeatable); Istio's mesh-wide policies
                       (root namespace) and cluster-wide ones are still read

Mesh resources are checked against the real CRD schemas first: a resource the API server would refuse (an
unknown field, a value outside an enum, malformed YAML) is bad input, named by file and line.
A Cilium or Linkerd Helm values file among the paths gives the install settings (encryption, default policy).

Exit codes: 0 every workload meets --require and nothing got weaker, 1 otherwise (or an error finding),
2 bad input.`

/** The options of `validate` (the docs test checks the README and --help against them). */
export const VALIDATE_OPTIONS = {
  mesh: { type: 'string' },
  require: { type: 'string' },
  base: { type: 'string', multiple: true },
  format: { type: 'string' },
  live: { type: 'boolean' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  namespace: { type: 'string', multiple: true },
} as const

export async function validateCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, VALIDATE_OPTIONS, true)
  if (values.help) {
    io.stdout(VALIDATE_HELP + '\n')
    return ExitCode.Pass
  }
  const live = values.live === true || values.kubeconfig !== undefined || values.context !== undefined
  if (live && positionals.length > 0)
    throw new UsageError(
      `--live reads the head from the cluster: give no PATH (got ${positionals.join(' ')}); use --base for files to compare with`,
      'validate',
    )
  if (!live && values.namespace !== undefined)
    throw new UsageError('--namespace filters a live cluster: add --live (or --kubeconfig)', 'validate')
  if (!live && positionals.length === 0)
    throw new UsageError('at least one PATH (the head configuration) or --live is required', 'validate')
  const mesh =
    values.mesh === undefined
      ? undefined
      : oneOf<MeshName>('validate', 'mesh', values.mesh, MESHES, MESHES[0])
  // `none` means what it means for `run` and the action's require-mtls: the matrix, changes and findings are still
  // computed and printed, but no mode is required and nothing decides the exit code (verdict not-gated).
  const require = oneOf('validate', 'require', values.require, REQUIREMENTS, defaultRequirement(mesh ?? null))
  const format = oneOf(
    'validate',
    'format',
    values.format,
    ['markdown', 'json', 'sarif'] as const,
    'markdown',
  )
  const basePaths = values.base ?? []
  const result = live
    ? await validateSources(
        new ClusterSource(connect(values.kubeconfig, values.context), {
          namespaces: values.namespace,
        }),
        basePaths.length > 0 ? new ManifestSource(basePaths) : null,
        require,
        mesh,
      )
    : await validateMeshConfig({ headPaths: positionals, basePaths, mesh, require })
  if (format === 'json') io.stdout(JSON.stringify(validationJson(result), null, 2) + '\n')
  else if (format === 'sarif') {
    const inHead = live ? undefined : headCounterpart(positionals, basePaths)
    io.stdout(JSON.stringify(validationSarif(result, { inHead }), null, 2) + '\n')
  } else io.stdout(renderMtlsMarkdown(result) + '\n')
  const errors = result.findings.filter((f) => f.severity === 'error').length
  if (result.verdict === 'not-gated' && errors > 0)
    io.stderr(`note: --require none: ${errors} error finding(s) reported; they do not set the exit code\n`)
  return result.verdict === 'fail' ? ExitCode.Fail : ExitCode.Pass
}
