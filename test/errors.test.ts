/** Each typed error reaches the user as its own message and documented exit code, never "internal error". */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ClusterCreateError } from '../src/cluster/types.js'
import { ExitCode, failureOf, InputError, MeasurementError, UnverifiedDownloadError } from '../src/errors.js'
import { LoadError } from '../src/load/runner.js'
import { MeshInstallError } from '../src/mesh/installer.js'
import { KIND_PIN } from '../src/cluster/kind.js'
import { downloadSpecFor } from '../src/tools/pins.js'
import { ChecksumMismatchError } from '../src/tools/download.js'
import { ROOT } from './helpers.js'

describe('failureOf', () => {
  it.each<[string, Error, ExitCode, RegExp]>([
    ['bad input', new InputError('bad value', 'gate.yaml'), 2, /^gate\.yaml: bad value$/],
    [
      'no digest',
      new UnverifiedDownloadError('istioctl 1.27.3: give its SHA-256'),
      3,
      /^download not verified: /,
    ],
    [
      'a checksum mismatch',
      new ChecksumMismatchError(
        downloadSpecFor(KIND_PIN, 'linux-amd64'),
        'a'.repeat(64),
        'b'.repeat(64),
        'pinned in the source',
      ),
      3,
      /^download not verified: kind v0\.33\.0: .* has SHA-256 b+, but pinned in the source says a+/,
    ],
    [
      'a failed cluster creation',
      new ClusterCreateError('kind: could not create cluster; node logs in /tmp/kind-logs', '/tmp/kind-logs'),
      4,
      /^cluster could not be created: .*node logs in \/tmp\/kind-logs/,
    ],
    ['a mesh that never became ready', new MeshInstallError('istio: timed out'), 5, /^mesh install failed: /],
    [
      'workloads that never became ready',
      new MeasurementError('rollout timed out'),
      6,
      /^measurement failed: /,
    ],
    ['Fortio failing', new LoadError('fortio exited 1'), 6, /^measurement failed: /],
    ['a bug', new TypeError('x is undefined'), 70, /^internal error: x is undefined$/],
  ])('%s', (_what, error, code, message) => {
    const failure = failureOf(error)
    expect(failure.exitCode).toBe(code)
    expect(failure.message).toMatch(message)
  })

  it("hands on a failed cluster's logs folder, for upload", () => {
    expect(failureOf(new ClusterCreateError('no cluster', '/tmp/logs')).logsDir).toBe('/tmp/logs')
    expect(failureOf(new MeshInstallError('no mesh')).logsDir).toBeNull()
  })

  it('README and action.yml document every exit code', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    for (const code of Object.values(ExitCode)) {
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'))
      if (code !== 0) expect(action).toMatch(new RegExp(`\\b${code} [a-z]`))
    }
  })
})
