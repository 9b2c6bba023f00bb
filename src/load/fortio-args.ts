/**
 * The `fortio load` command line of a scenario. Open-loop load (`-uniform -nocatchup`: requests spread evenly,
 * no catching up after a stall, so the generator does not hide latency), JSON on stdout, and a histogram
 * resolution matched to the latencies measured: Fortio's default of 1 ms is far too coarse for mesh overheads of
 * tens of microseconds, and Fortio advises a resolution of about a tenth of the typical latency.
 */

export interface LoadScenario {
  name: string
  protocol: 'http' | 'h2' | 'grpc'
  qps: number
  connections: number
  durationSeconds: number
  payloadBytes: number
  warmupSeconds: number
  /** Repetitions per side; with `sequential`, the most it may take. */
  repetitions: number
  /** Look after every block (A A B B B B A A) and stop once the verdict is clear (compare/sequential.ts). */
  sequential: boolean
  /** Repetitions of one side between switches: 1 (A B B A) or 2 (A A B B B B A A, half the switches). */
  segment: number
}

/** The binary inside the Fortio image (it has no shell: commands are exec'd directly). */
export const FORTIO_IN_IMAGE = '/usr/bin/fortio'

/** A resolution for an expected typical latency: a tenth of it, one significant digit, within 1 µs .. 1 ms. */
export function resolutionFor(typicalSeconds: number): number {
  const tenth = Math.min(Math.max(typicalSeconds / 10, 1e-6), 1e-3)
  const magnitude = 10 ** Math.floor(Math.log10(tenth))
  return Math.round(tenth / magnitude) * magnitude
}

/** Before anything is measured: 50 µs, a tenth of a fast in-cluster round trip through two proxies. */
export const DEFAULT_RESOLUTION = 0.00005

export function fortioLoadArgs(
  s: LoadScenario,
  target: string,
  options: { durationSeconds: number; resolution: number; label: string },
): string[] {
  const args = [
    FORTIO_IN_IMAGE,
    'load',
    '-json',
    '-',
    '-qps',
    String(s.qps),
    '-c',
    String(s.connections),
    '-t',
    `${options.durationSeconds}s`,
    '-uniform',
    '-nocatchup',
    '-r',
    String(options.resolution),
    '-labels',
    options.label,
  ]
  if (s.protocol === 'grpc') {
    // gRPC ping carries the payload in the ping message.
    args.push('-grpc', '-ping', '-payload-size', String(s.payloadBytes))
  } else {
    if (s.protocol === 'h2') args.push('-h2')
    if (s.payloadBytes > 0) args.push('-payload-size', String(s.payloadBytes))
  }
  args.push(target)
  return args
}
