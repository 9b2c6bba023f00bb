/** Reading the cloud cluster config from the repository: a YAML mapping, refused with the file named. */
import { readFile } from 'node:fs/promises'
import { InputError, ioReason } from '../errors.js'
import { parseYamlData } from '../yaml-data.js'

export async function readYamlMapping(path: string, what: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new InputError(`cannot read the ${what}: ${ioReason(e)}`, path)
  }
  let value: unknown
  try {
    value = parseYamlData(text, path, { uniqueKeys: true })
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(`the ${what} is not valid YAML: ${(e as Error).message}`, path)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`the ${what} must be a YAML mapping`, path)
  return value as Record<string, unknown>
}

export function requireString(config: Record<string, unknown>, field: string, path: string): string {
  const parts = field.split('.')
  let v: unknown = config
  for (const p of parts) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined
  if (typeof v !== 'string' || !v.trim())
    throw new InputError(`'${field}' is required (a non-empty string)`, path)
  return v
}
