/** Pinned, checksummed downloads and the one way to run external programs. */
export {
  fetchVerified,
  parseChecksumFile,
  resolveDigest,
  sha256File,
  toolCacheVersion,
  toolStore,
  ChecksumMismatchError,
  DownloadError,
  UnverifiedDownloadError,
  type DownloadSpec,
  type FetchOptions,
  type ToolStore,
  type VerifiedTool,
} from './download.js'
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
