import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TOOL_VERSION } from '../src/version.js'
import { ROOT } from './helpers.js'

describe('version', () => {
  it('matches package.json', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })
  it('tests run on Node 24, the runtime GitHub runs the action on', () => {
    expect(process.versions.node.split('.')[0]).toBe('24')
  })
})
