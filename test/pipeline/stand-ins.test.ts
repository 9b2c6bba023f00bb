/**
 * The gate's objects for the measured paths: the client stand-in keeps the selector the gate's client always had,
 * since a Deployment's selector is immutable (an earlier run's client in a namespace that outlived it is updated,
 * not refused), unless a client-side selector decides its `app` label.
 */
import { describe, expect, it } from '@jest/globals'
import { gateWorkloads, DEFAULT_IMAGES } from '../../src/load/workloads.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { gatePath } from '../../src/pipeline/paths.js'
import { CLIENT_LABEL, gateObjects } from '../../src/pipeline/stand-ins.js'

type Obj = {
  kind: string
  metadata: { name: string }
  spec: { selector: unknown; template: { metadata: { labels: Record<string, string> } } }
}
const head = { name: 'head' as const, ref: null, objects: [] }
const options = { mesh: INSTALLERS.istio, nodeLabels: null, images: DEFAULT_IMAGES }
const client = (objects: object[]) =>
  (objects as Obj[]).find((o) => o.kind === 'Deployment' && o.metadata.name === 'fortio-client')!

describe('the client stand-in', () => {
  it('keeps the gate’s client selector (app=fortio-client), and carries the gate’s client label', () => {
    const made = client(gateObjects([gatePath()], head, options))
    expect(made.spec.selector).toEqual(client(gateWorkloads(options)).spec.selector)
    expect(made.spec.template.metadata.labels).toEqual({
      app: 'fortio-client',
      [CLIENT_LABEL]: 'fortio-client',
    })
  })

  it('is selected by the gate’s own label when a client-side selector decides its app label', () => {
    const path = { ...gatePath(), client: { ...gatePath().client, labels: { app: 'web' } } }
    const made = client(gateObjects([path], head, options))
    expect(made.spec.selector).toEqual({ matchLabels: { [CLIENT_LABEL]: 'fortio-client' } })
    expect(made.spec.template.metadata.labels).toEqual({ app: 'web', [CLIENT_LABEL]: 'fortio-client' })
  })
})
