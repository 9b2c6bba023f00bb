// Writes schema/results-v1.schema.json from the zod schema, by loading src/results/schema.ts directly, so the committed JSON
// Schema cannot drift from the code (CI rebuilds it and fails on a difference).
import { mkdirSync, writeFileSync } from 'node:fs'
import { z } from 'zod'

// Node 24 strips the types of this dependency-free module itself.
const { Results } = await import('../src/results/schema.ts')
const schema = z.toJSONSchema(Results, { target: 'draft-2020-12', io: 'input' })
schema.$id = 'https://github.com/org/mesh-mtls-gate/schema/results-v1.schema.json'
schema.title = 'mesh-mtls-gate results, schema v1'
mkdirSync('schema', { recursive: true })
writeFileSync('schema/results-v1.schema.json', JSON.stringify(schema, null, 2) + '\n')
console.log('wrote schema/results-v1.schema.json')
