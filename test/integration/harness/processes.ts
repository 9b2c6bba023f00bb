/** Child processes of the harness: started in their own process group, logged to a file, stopped by pid. */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export interface Started {
  name: string
  pid: number
  logFile: string
  child: ChildProcess
}

export function start(name: string, bin: string, args: string[], logDir: string): Started {
  const logFile = join(logDir, `${name}.log`)
  const out = openSync(logFile, 'a')
  // detached: a process group of its own, so stop() also reaches anything it forked. setpriv --pdeathsig: the
  // kernel kills the process when the test runner that started it dies, however it dies (SIGKILL included), so no
  // harness process outlives the run; what the node's containers leave is for scripts/node-cleanup.sh.
  const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', bin, ...args], {
    stdio: ['ignore', out, out],
    detached: true,
  })
  if (child.pid === undefined) throw new Error(`${name}: could not start ${bin}`)
  child.unref()
  return { name, pid: child.pid, logFile, child }
}

/** SIGTERM the group, then SIGKILL whatever is left after a bounded wait. */
export async function stop(pids: number[], graceMs = 5000): Promise<void> {
  for (const pid of pids) signal(-pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (pids.some(alive) && Date.now() < deadline) await delay(50)
  for (const pid of pids.filter(alive)) signal(-pid, 'SIGKILL')
  const killDeadline = Date.now() + 5000
  while (pids.some(alive) && Date.now() < killDeadline) await delay(50)
}

/** Running, that is: neither gone nor a zombie waiting for its parent to reap it. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return false
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig)
  } catch {
    // already gone
  }
}

export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** A free TCP port on 127.0.0.1 (bound and released; the harness starts its servers right after). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/**
 * Polls `check` until it returns true, at most `timeoutMs`: readiness probes of the harness's own servers, each
 * bounded, with the component's log tail in the error.
 */
export async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  proc?: Started,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(
        `${what}: ${proc.name} exited with code ${proc.child.exitCode}\n${logTail(proc.logFile)}`,
      )
    }
    try {
      if (await check()) return
    } catch (e) {
      lastError = (e as Error).message
    }
    await delay(100)
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000} s waiting for ${what} ${lastError ? `(${lastError})` : ''}${proc ? `\n${logTail(proc.logFile)}` : ''}`,
  )
}
