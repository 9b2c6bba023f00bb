/** The action's inputs, parsed once into settings: the defaults that depend on another input. */
import { describe, expect, it } from '@jest/globals'
import { readSettings } from '../../src/config/action-inputs.js'
import { Inputs } from '../../src/constants.js'

const settings = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '')

describe('require-mtls', () => {
  it.each([
    ['', '', 'strict'],
    ['istio', '', 'strict'],
    ['cilium', '', 'strict'],
    // No mesh: no workload can have mTLS, so the run measures and the live probe checks plaintext is accepted.
    ['none', '', 'none'],
    ['none', 'strict', 'strict'],
    ['istio', 'none', 'none'],
    ['linkerd', 'permissive', 'permissive'],
  ])("mesh '%s', require-mtls '%s': %s", (mesh, require, expected) => {
    expect(settings({ [Inputs.Mesh]: mesh, [Inputs.RequireMtls]: require }).requireMtls).toBe(expected)
  })

  it('a value outside the choices is refused naming the input', () => {
    expect(() => settings({ [Inputs.Mesh]: 'none', [Inputs.RequireMtls]: 'STRICT' })).toThrow(
      "Invalid input 'require-mtls': 'STRICT'. Expected one of: strict, permissive, none.",
    )
  })
})

describe('config-paths', () => {
  // Newlines or commas separate globs (the README's "comma- or newline-separated"); the comma of `{a,b}` does not.
  it.each([
    ['', ['mesh/**']],
    ['mesh/**/*.yaml', ['mesh/**/*.yaml']],
    ['mesh/**, policies/*.yaml', ['mesh/**', 'policies/*.yaml']],
    ['mesh/**\npolicies/**\r\n', ['mesh/**', 'policies/**']],
    ['mesh/*.{yaml,yml},extra/**', ['mesh/*.{yaml,yml}', 'extra/**']],
  ])('%j → %j', (input, expected) => {
    expect(settings({ [Inputs.ConfigPaths]: input }).configPaths).toEqual(expected)
  })
})
