/** The action's main entry: binds the pipeline to @actions/core. */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { run } from './main.js'

await run({
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write()
  },
  fail: (message, exitCode) => {
    core.setFailed(message)
    process.exitCode = exitCode
  },
  tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
})
