/** YAML inputs built for tests of the YAML readers: shared anchors and alias bombs. */

/** A `List` of n PeerAuthentications whose labels are one anchor, shared by alias (issue #22 used 120). */
export function sharedLabelsList(n: number): string {
  let text = 'apiVersion: v1\nkind: List\nitems:\n'
  for (let i = 0; i < n; i++) {
    text +=
      `- apiVersion: security.istio.io/v1\n  kind: PeerAuthentication\n` +
      `  metadata:\n    name: pa-${i}\n    namespace: ns-${i}\n` +
      `    labels: ${i === 0 ? '&labels {team: payments, tier: backend}' : '*labels'}\n` +
      `  spec:\n    mtls:\n      mode: STRICT\n`
  }
  return text
}

/** "Billion laughs": each level a list of `fanOut` aliases of the level below. */
export function laughs(levels: number, fanOut = 10): string {
  let text = 'l0: &l0 [lol]\n'
  for (let i = 1; i <= levels; i++)
    text += `l${i}: &l${i} [${Array.from({ length: fanOut }, () => `*l${i - 1}`).join(', ')}]\n`
  return text
}
