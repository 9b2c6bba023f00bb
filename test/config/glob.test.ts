import { describe, expect, it } from '@jest/globals'
import { matchesAny } from '../../src/config/glob.js'

describe('config-paths globs', () => {
  it.each([
    ['mesh/**', 'mesh/a.yaml', true],
    ['mesh/**', 'mesh/deep/er/a.yaml', true],
    ['mesh/**', 'other/a.yaml', false],
    ['mesh/**/*.yaml', 'mesh/a.yaml', true],
    ['mesh/**/*.yaml', 'mesh/x/a.yaml', true],
    ['mesh/**/*.yaml', 'mesh/x/a.json', false],
    ['mesh/*.yaml', 'mesh/x/a.yaml', false],
    ['mesh/*.{yaml,yml}', 'mesh/a.yml', true],
    ['mesh/?.yaml', 'mesh/ab.yaml', false],
    ['mesh', 'mesh/a.yaml', true],
    ['mesh/', 'meshy/a.yaml', false],
    ['./mesh/a.yaml', 'mesh/a.yaml', true],
    ['mesh/a.b.yaml', 'mesh/aXb.yaml', false],
    ['mesh/**', 'mesh/.hidden/a.yaml', true],
    ['**/*.yaml', 'a.yaml', true],
    ['!mesh/**', 'mesh/a.yaml', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(matchesAny(path, [glob])).toBe(expected)
  })
})
