/** Names of the action's inputs, outputs and saved state: the only place these strings are written. */

/** The gate config file read when none is named (the action's `config` default, the CLI's `--config`). */
export const DEFAULT_CONFIG_PATH = '.github/mesh-gate.yaml'

export const Inputs = {
  Mode: 'mode',
  Mesh: 'mesh',
  MeshVersion: 'mesh-version',
  MeshCli: 'mesh-cli',
  Verify: 'verify',
  ConfigPaths: 'config-paths',
  Config: 'config',
  Profile: 'profile',
  Cluster: 'cluster',
  ClusterConfig: 'cluster-config',
  Kubeconfig: 'kubeconfig',
  Baseline: 'baseline',
  BaseRef: 'base-ref',
  BaselineResults: 'baseline-results',
  CurrentResults: 'current-results',
  Thresholds: 'thresholds',
  RequireMtls: 'require-mtls',
  Comment: 'comment',
  CommentId: 'comment-id',
  FailOn: 'fail-on',
  GithubToken: 'github-token',
} as const

export const Outputs = {
  Verdict: 'verdict',
  P99Change: 'p99-change',
  MtlsVerdict: 'mtls-verdict',
  ResultsPath: 'results-path',
  ReportPath: 'report-path',
  CommentUrl: 'comment-url',
} as const

export const State = {
  /** Saved by the main step: the one bundle (dist/index.js) runs as the post step when the runner gives it back. */
  IsPost: 'is-post',
  /** Set by the main step when it created a cluster that the post step must delete. */
  ClusterToDelete: 'cluster-to-delete',
} as const
