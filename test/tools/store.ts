/** A tool store for tests: the real one (tool-cache, verification) on folders of the test's own. */
import { join } from 'node:path'
import { toolStore, type ToolStore } from '../../src/tools/download.js'

export function testStore(root: string): ToolStore {
  return toolStore({ policy: 'published', cacheRoot: join(root, 'cache'), scratch: join(root, 'downloads') })
}
