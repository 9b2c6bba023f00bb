/**
 * The action's one bundle (dist/index.js, action.yml's `main` and `post`). The runner starts the same file for both
 * steps and hands the post step the state the main step saved, so that state tells them apart — the way
 * actions/checkout does it. Each step then loads only its own chunk: the post step's teardown never parses the
 * Kubernetes client, and the two share the chunks they both import (@actions/core, the command runner).
 */
import * as core from '@actions/core'
import { State } from './constants.js'

if (core.getState(State.IsPost) === 'true') {
  await import('./post.js')
} else {
  core.saveState(State.IsPost, 'true')
  await import('./index.js')
}
