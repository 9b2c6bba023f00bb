import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { buildResults } from '../../src/results/build.js'
import { importFortio } from '../../src/results/fortio.js'
import { readFixture, ROOT } from '../helpers.js'

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'results-v1.schema.json'), 'utf8'))
const validate = new Ajv2020({ strict: false }).compile(schema)

describe('the committed JSON Schema (schema/results-v1.schema.json)', () => {
  const artifact = buildResults(
    [
      importFortio(readFixture('fortio', 'http-ok.json'), 'a'),
      importFortio(readFixture('fortio', 'http-ok-2.json'), 'b'),
    ],
    [],
  )
  it('accepts an artifact the CLI writes', () => {
    expect(validate(JSON.parse(JSON.stringify(artifact)))).toBe(true)
  })
  it('rejects another schema version and a missing field', () => {
    expect(validate({ ...artifact, schemaVersion: 2 })).toBe(false)
    const { fingerprint: _dropped, ...rest } = artifact
    expect(validate(rest)).toBe(false)
  })
})
