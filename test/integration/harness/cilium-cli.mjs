#!/usr/bin/env node
/**
 * The harness's stand-in for cilium-cli, which the Go module proxy does not serve. It takes the two commands the
 * gate's Cilium installer runs (src/mesh/cilium.ts) with their flags, and does what cilium-cli does with them on
 * this cluster:
 *   install --version V [--set k=v]... [--values FILE]... --kubeconfig K
 *       Helm-installs Cilium's own chart (CILIUM_CHART_DIR, from the cilium module of that version) as release
 *       `cilium` in kube-system, with the same values: cilium-cli's install is a Helm install of that chart with
 *       the values it was given plus those it detects (here: none; the harness's values file says what a detection
 *       would, e.g. the API server's address). A V that is not the chart's version is refused, as cilium-cli refuses
 *       a version it has no chart for.
 *       An existing release is refused, as cilium-cli's Helm install refuses it ("cannot re-use a name").
 *   upgrade [--reset-values] --version V [--set k=v]... [--values FILE]... --kubeconfig K
 *       `helm upgrade` of the release with the same chart and values (--reset-values: from the chart's own values).
 *   status --wait [--wait-duration D] [--interactive=false] --kubeconfig K
 *       waits (bounded by D) until the cilium DaemonSet and the cilium-operator Deployment are ready and every agent
 *       says OK (`cilium-dbg status --brief`, run in the agent's container through the node's containerd; cilium-cli
 *       runs it through the API server's exec), then prints cilium-cli's summary (fixtures/mesh/cilium-status.txt).
 *   version
 * Anything else is refused with exit 2, so a gate that starts to rely on another command fails here first.
 */
/* global setTimeout */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node'
import { parse } from 'yaml'

const NAMESPACE = 'kube-system'
const CONTAINERD = '/run/containerd/containerd.sock'

function fail(message, code = 1) {
  process.stderr.write(`cilium (harness stand-in): ${message}\n`)
  process.exit(code)
}

function env(name) {
  const v = process.env[name]
  if (!v) fail(`${name} is not set (the Cilium suite sets it from scripts/test-tools.sh)`, 2)
  return v
}

/** `--flag value`, `--flag=value` and repeated flags, as cilium-cli (cobra) takes them. */
function flags(args) {
  const out = { _: [] }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (!a.startsWith('--')) {
      out._.push(a)
      continue
    }
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
    const boolean = ['wait', 'interactive', 'reset-values', 'reuse-values'].includes(name)
    const value = eq > 0 ? a.slice(eq + 1) : boolean ? 'true' : args[++i]
    if (value === undefined) fail(`--${name} needs a value`, 2)
    ;(out[name] ??= []).push(value)
  }
  return out
}

function chartVersion(dir) {
  return parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')).version
}

function install(f) {
  const chart = env('CILIUM_CHART_DIR')
  const want = (f.version?.[0] ?? '').replace(/^v/, '')
  const have = chartVersion(chart)
  if (want !== have)
    fail(`no chart for Cilium ${want || '(no --version)'}: this stand-in has ${have} only`, 1)
  const args = ['upgrade', '--install', 'cilium', chart, '--namespace', NAMESPACE]
  if (f.kubeconfig) args.push('--kubeconfig', f.kubeconfig[0])
  for (const v of f.values ?? []) args.push('--values', v)
  for (const s of f.set ?? []) args.push('--set', s)
  const r = spawnSync(env('HELM_BIN'), args, { encoding: 'utf8' })
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  if (r.status !== 0) fail(`helm ${args.slice(0, 3).join(' ')} failed (exit ${r.status})`, 1)
  process.stdout.write(`🔮 Auto-detected Kubernetes kind: harness\nℹ️  Using Cilium version ${have}\n`)
}

function seconds(d) {
  const m = /^(\d+)(ms|s|m)?$/.exec(d ?? '')
  if (!m) return 300
  return m[2] === 'ms' ? Number(m[1]) / 1000 : m[2] === 'm' ? Number(m[1]) * 60 : Number(m[1])
}

/** `cilium-dbg status --brief` in one agent's container: "OK" or the agent's complaint. */
function agentSays(pod) {
  const status = (pod.status?.containerStatuses ?? []).find((c) => c.name === 'cilium-agent')
  const id = status?.containerID?.replace(/^containerd:\/\//, '')
  if (!id || !status.ready) return `container cilium-agent of ${pod.metadata.name} not ready`
  const r = spawnSync(
    'ctr',
    [
      '--address',
      CONTAINERD,
      '-n',
      'k8s.io',
      'task',
      'exec',
      '--exec-id',
      `status-${process.pid}`,
      id,
      'cilium-dbg',
      'status',
      '--brief',
    ],
    { encoding: 'utf8', timeout: 30_000 },
  )
  const said = `${r.stdout}${r.stderr}`.trim()
  return r.status === 0 && /^OK\b/.test(said) ? 'OK' : `${pod.metadata.name}: ${said || `exit ${r.status}`}`
}

const ready = (o, kind) =>
  kind === 'DaemonSet'
    ? {
        desired: o.status?.desiredNumberScheduled ?? 0,
        ready: o.status?.numberReady ?? 0,
        available: o.status?.numberAvailable ?? 0,
      }
    : {
        desired: o.spec?.replicas ?? 0,
        ready: o.status?.readyReplicas ?? 0,
        available: o.status?.availableReplicas ?? 0,
      }

async function status(f) {
  const kc = new KubeConfig()
  kc.loadFromFile(f.kubeconfig?.[0] ?? env('KUBECONFIG'))
  const apps = kc.makeApiClient(AppsV1Api)
  const core = kc.makeApiClient(CoreV1Api)
  const deadline = Date.now() + seconds(f['wait-duration']?.[0]) * 1000
  const wait = f.wait?.[0] === 'true'
  for (;;) {
    const ds = await apps.readNamespacedDaemonSet({ name: 'cilium', namespace: NAMESPACE }).catch(() => null)
    const op = await apps
      .readNamespacedDeployment({ name: 'cilium-operator', namespace: NAMESPACE })
      .catch(() => null)
    const pods = (await core.listNamespacedPod({ namespace: NAMESPACE, labelSelector: 'k8s-app=cilium' }))
      .items
    const agents = ds ? ready(ds, 'DaemonSet') : null
    const operator = op ? ready(op, 'Deployment') : null
    const errors = []
    if (!agents || agents.desired === 0 || agents.ready < agents.desired)
      errors.push(`cilium: ${agents ? `${agents.ready}/${agents.desired} ready` : 'no DaemonSet'}`)
    else for (const p of pods) if (agentSays(p) !== 'OK') errors.push(agentSays(p))
    if (!operator || operator.ready < operator.desired)
      errors.push(
        `cilium-operator: ${operator ? `${operator.ready}/${operator.desired} ready` : 'no Deployment'}`,
      )
    if (errors.length === 0 || !wait || Date.now() >= deadline) {
      print(agents, operator, pods, errors, f)
      if (errors.length > 0) fail('Unable to determine status', 1)
      return
    }
    await new Promise((r) => setTimeout(r, 2000))
  }
}

function print(agents, operator, pods, errors, f) {
  const word = (ok, n) => (ok ? 'OK' : `${n} errors`)
  const agentErrors = errors.filter((e) => !e.startsWith('cilium-operator')).length
  const operatorErrors = errors.length - agentErrors
  const line = (kind, name, s) =>
    `${kind.padEnd(23)}${name.padEnd(25)}Desired: ${s.desired}, Ready: ${s.ready}/${s.desired}, Available: ${s.available}/${s.desired}`
  const images = {}
  for (const p of pods)
    for (const c of p.spec?.containers ?? [])
      if (c.name === 'cilium-agent') images[c.image] = (images[c.image] ?? 0) + 1
  const out = [
    '    /¯¯\\',
    ` /¯¯\\__/¯¯\\    Cilium:             ${word(agentErrors === 0, agentErrors)}`,
    ` \\__/¯¯\\__/    Operator:           ${word(operatorErrors === 0, operatorErrors)}`,
    ' /¯¯\\__/¯¯\\    Envoy DaemonSet:    disabled',
    ' \\__/¯¯\\__/    Hubble Relay:       disabled',
    '    \\__/       ClusterMesh:        disabled',
    '',
    ...(agents ? [line('DaemonSet', 'cilium', agents)] : []),
    ...(operator ? [line('Deployment', 'cilium-operator', operator)] : []),
    `${'Containers:'.padEnd(23)}${'cilium'.padEnd(25)}Running: ${pods.filter((p) => p.status?.phase === 'Running').length}`,
    `${'Helm chart version:'.padEnd(23)}${chartVersion(env('CILIUM_CHART_DIR'))}`,
    ...Object.entries(images).map(
      ([image, n], i) =>
        `${(i === 0 ? 'Image versions' : '').padEnd(23)}${'cilium'.padEnd(19)}${image}: ${n}`,
    ),
  ]
  if (errors.length > 0) out.push('Errors:', ...errors.map((e) => `                       ${e}`))
  process.stdout.write(out.join('\n') + '\n')
  void f
}

const [command, ...rest] = process.argv.slice(2)
const f = flags(rest)
if (command === 'install') install(f, false)
else if (command === 'upgrade') install(f, true)
else if (command === 'status') await status(f)
else if (command === 'version')
  process.stdout.write(
    `cilium-cli: harness stand-in (helm ${execFileSync(env('HELM_BIN'), ['version', '--short'], { encoding: 'utf8' }).trim()})\n` +
      `cilium image (default): v${chartVersion(env('CILIUM_CHART_DIR'))}\n`,
  )
else
  fail(
    `unknown command ${JSON.stringify(command)}: the stand-in knows install, upgrade, status and version`,
    2,
  )
