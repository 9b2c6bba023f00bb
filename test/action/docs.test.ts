/** action.yml, src/constants.ts and the README name the same inputs and outputs. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Inputs, Outputs } from '../../src/constants.js'
import { CLUSTER_KINDS, FAIL_ON, MESHES, PROFILES, REQUIREMENTS } from '../../src/vocabulary.js'
import { ROOT } from '../helpers.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('action.yml, constants and README agree', () => {
  it('declares exactly the outputs in constants, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
    for (const o of Object.values(action.outputs)) expect(o.description.length).toBeGreaterThan(10)
  })

  it('describes every input', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    for (const i of Object.values(action.inputs)) expect(i.description.length).toBeGreaterThan(10)
    expect(action.inputs[Inputs.GithubToken].default).toBe('${{ github.token }}')
  })

  it('the README mentions every input and output', () => {
    const missing = [...Object.values(Inputs), ...Object.values(Outputs)].filter(
      (n) => !readme.includes(`\`${n}\``),
    )
    expect(missing).toEqual([])
  })

  it.each([
    [Inputs.Mesh, MESHES],
    [Inputs.Profile, PROFILES],
    [Inputs.Cluster, CLUSTER_KINDS],
    [Inputs.RequireMtls, REQUIREMENTS],
    [Inputs.FailOn, FAIL_ON],
  ])('action.yml describes every value of %s that the vocabulary lists', (input, values) => {
    const description = action.inputs[input]!.description
    expect(values.filter((v) => !new RegExp(`(^|[^\\w-])${v}([^\\w-]|$)`).test(description))).toEqual([])
  })
})
