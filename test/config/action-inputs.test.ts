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
