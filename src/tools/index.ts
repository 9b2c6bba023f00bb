/** Pinned, checksummed downloads and the one way to run external programs. */
export {
  downloadVerified,
  folderStore,
  sha256File,
  ChecksumMismatchError,
  DownloadError,
  type DownloadSpec,
  type DownloadOptions,
  type ToolStore,
} from './download.js'
export { toolCacheStore, toolCacheVersion } from './tool-cache-store.js'
export {
  createCommandRunner,
  CommandError,
  formatCommand,
  maskText,
  type CommandRunner,
  type CommandResult,
  type RunOptions,
} from './exec.js'
export {
  PINS,
  currentPlatform,
  downloadSpecFor,
  installTool,
  type Platform,
  type ToolName,
  type ToolOverride,
  type ToolPin,
} from './pins.js'
export { emptyPlan, mergePlans, type Plan, type PlannedCommand, type PlannedFile } from './plan.js'
