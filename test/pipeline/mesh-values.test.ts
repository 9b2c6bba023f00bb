/**
 * The mesh values file of each side, decided once per run: the head's is the file as it is, the base's the file at
 * the base ref (written to the run's temp folder) or none, a file outside the repository the same for both; and the
 * coverage of a values change: on every path when each side runs on its own values, not measured otherwise.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  BASE_VALUES_FOLDER,
  installedValues,
  meshValuesFile,
  valuesChangeOf,
} from '../../src/pipeline/mesh-values.js'
import { MESH_VALUES, planPaths } from '../../src/pipeline/paths.js'
import { gitRepository, scratch } from '../helpers.js'

const values = (aggregation: string) => `bpf:\n  monitorAggregation: ${aggregation}\n`
const side = (name: 'base' | 'head') => ({ name, ref: name === 'base' ? 'main' : null, objects: [] })

describe('meshValuesFile', () => {
  it('changed in the pull request: the head reads the file, the base its text at the base ref in the temp folder', async () => {
    const repo = gitRepository(
      { 'install/values.yaml': values('medium') },
      { 'install/values.yaml': values('none') },
    )
    const temp = scratch('gate-values-temp-')
    const file = await meshValuesFile(repo, join(repo, 'install/values.yaml'), 'main', temp)
    expect(file).toMatchObject({
      name: 'install/values.yaml',
      inRepo: 'install/values.yaml',
      baseRef: 'main',
      text: { base: values('medium'), head: values('none') },
      path: {
        base: join(temp, BASE_VALUES_FOLDER, 'values.yaml'),
        head: join(repo, 'install/values.yaml'),
      },
      differs: true,
    })
    expect(readFileSync(file.path.base!, 'utf8')).toBe(values('medium'))
    expect(file.planned).toEqual({
      path: `${BASE_VALUES_FOLDER}/values.yaml`,
      content: values('medium'),
      why: expect.stringMatching(/install\/values\.yaml as main has them/),
    })
    expect(valuesChangeOf(file, true)).toMatchObject({ change: 'modified', measured: true })
  })

  it('new in the pull request: the base installs without values; unchanged: one file for both, nothing written', async () => {
    const repo = gitRepository({ 'mesh/a.yaml': 'a: 1\n' }, { 'install/values.yaml': values('none') })
    const temp = scratch('gate-values-temp-')
    const added = await meshValuesFile(repo, join(repo, 'install/values.yaml'), 'main', temp)
    expect(added).toMatchObject({
      text: { base: null },
      path: { base: undefined, head: join(repo, 'install/values.yaml') },
      planned: null,
      differs: true,
    })
    expect(valuesChangeOf(added, false)).toEqual({
      name: 'install/values.yaml',
      change: 'added',
      measured: false,
      reason:
        "install-time: the mesh values are new since main; the mesh is installed once, with the head's values, for both sides",
    })

    const same = gitRepository({ 'install/values.yaml': values('medium') }, {})
    const unchanged = await meshValuesFile(same, join(same, 'install/values.yaml'), 'main', temp)
    expect(unchanged).toMatchObject({
      path: { base: join(same, 'install/values.yaml'), head: join(same, 'install/values.yaml') },
      differs: false,
    })
    expect(valuesChangeOf(unchanged, true)).toBeNull()
  })

  it('outside the repository, or no base side: the same file for both sides (no change)', async () => {
    const repo = gitRepository({ 'mesh/a.yaml': 'a: 1\n' }, {})
    const outside = join(scratch('gate-values-outside-'), 'values.yaml')
    writeFileSync(outside, values('none'))
    const temp = scratch('gate-values-temp-')
    const out = await meshValuesFile(repo, outside, 'main', temp)
    expect(out).toMatchObject({
      name: outside,
      inRepo: null,
      path: { base: outside, head: outside },
      differs: false,
    })
    const headOnly = await meshValuesFile(repo, join(repo, 'mesh/a.yaml'), null, temp)
    expect(headOnly).toMatchObject({ text: { base: null }, path: { base: undefined }, differs: false })
  })

  it('the install takes the first side’s values when they are per side, else the head’s', () => {
    const path = { base: '/tmp/base.yaml', head: 'install/values.yaml' }
    expect(installedValues({ path, perSide: true }, 'base')).toBe('/tmp/base.yaml')
    expect(installedValues({ path, perSide: false }, 'base')).toBe('install/values.yaml')
  })
})

describe('the coverage of a values change (rows of kind mesh values)', () => {
  const file = {
    name: 'install/values.yaml',
    inRepo: 'install/values.yaml',
    baseRef: 'main',
    text: { base: values('medium'), head: values('none') },
    path: { base: '/tmp/base.yaml', head: 'install/values.yaml' },
    planned: null,
    differs: true,
  }
  const rowOf = (perSide: boolean) =>
    planPaths({
      mesh: 'cilium',
      head: side('head'),
      base: side('base'),
      targets: [],
      valuesChanges: [valuesChangeOf(file, perSide)!],
    }).coverage.find((r) => r.kind === MESH_VALUES)

  it('each side on its own values: on the path, every path, the reason says so', () => {
    expect(rowOf(true)).toEqual({
      kind: MESH_VALUES,
      namespace: null,
      name: 'install/values.yaml',
      status: 'on-path',
      reason:
        "install-time: the mesh values differ from main's; each side runs on its own values (the mesh is re-installed with the side's values at each switch): crossed by mesh-gate/fortio-server",
      paths: ['mesh-gate/fortio-server'],
      origin: 'install/values.yaml',
      change: 'modified',
    })
  })

  it('one installation for both sides: not measured, as before', () => {
    expect(rowOf(false)).toMatchObject({
      status: 'not-measured',
      reason:
        "install-time: the mesh values differ from main's; the mesh is installed once, with the head's values, for both sides",
      paths: [],
    })
  })
})
