/** The action's main entry: binds the pipeline to @actions/core, the GitHub API and the artifact service. */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { createArtifactStore } from './github/artifact.js'
import { createGitHubApi } from './github/client.js'
import { run } from './main.js'

await run(
  {
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
    saveState: (name, value) => core.saveState(name, value),
    tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
  },
  {
    env: process.env,
    github: (token, baseUrl, log) => createGitHubApi(token, { baseUrl, log }),
    artifacts: (token, repo) => createArtifactStore(token, repo),
    // Loaded only in the modes that measure: report mode never parses the Kubernetes client and cluster stages.
    measure: async (request) =>
      (await import('./pipeline/action-measure.js')).measureOnClusterForAction(request),
    checkCheckout: async (request, measuredElsewhere) =>
      (await import('./pipeline/checkout-mtls.js')).checkCheckout(request, measuredElsewhere),
  },
)
// Keep-alive sockets of the HTTP clients must not hold the step open once the work is done.
process.exit()
