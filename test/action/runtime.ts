/** The action's runtime for `run` in tests: inputs from a record, outputs and the job summary kept for assertions. */
import { jest } from '@jest/globals'
import type { ActionRuntime } from '../../src/main.js'
import { scratch } from '../helpers.js'

export function actionRuntime(inputs: Record<string, string>, tempPrefix = 'gate-action-') {
  const outputs: Record<string, string> = {}
  let summary = ''
  const rt = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: string) => void (outputs[name] = value),
    setSecret: jest.fn<(value: string) => void>(),
    info: jest.fn<(m: string) => void>(),
    warning: jest.fn<(m: string) => void>(),
    writeSummary: async (md: string) => void (summary += md),
    fail: jest.fn<(message: string, code: number) => void>(),
    tempDir: scratch(tempPrefix),
  } satisfies ActionRuntime
  return { rt, outputs, summary: () => summary }
}
