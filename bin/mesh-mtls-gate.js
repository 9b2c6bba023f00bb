#!/usr/bin/env node
// The CLI's entry point. It checks the Node version before loading anything else, so that an older Node gets a
// sentence naming the Node it needs (exit 2) instead of a crash inside a dependency. Keep this file free of
// syntax newer than ES2017 (no `?.`, no `??`): it has to parse on the Node it turns away.
import { readFileSync } from 'node:fs'

var pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
var wanted = pkg.engines.node
var floor = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(wanted)
var have = process.versions.node.split('.').map(Number)

function older(a, b) {
  for (var i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i]
  return false
}

if (!floor) {
  process.stderr.write('mesh-mtls-gate: package.json engines.node is "' + wanted + '", expected ">=MAJOR.MINOR"\n')
  process.exit(2)
}
var need = [Number(floor[1]), Number(floor[2] || 0), Number(floor[3] || 0)]
if (older(have, need)) {
  process.stderr.write(
    'mesh-mtls-gate needs Node ' + need.join('.') + ' or newer (package.json engines: "' + wanted + '"); ' +
      'this is Node ' + process.versions.node + ' (' + process.execPath + '). Install a current Node ' +
      '(https://nodejs.org/, `nvm install 24`, or actions/setup-node with node-version: 24) and run it again.\n',
  )
  process.exit(2)
}

var cli = new URL('../lib/cli.js', import.meta.url)
import(cli.href).catch(function (e) {
  // A clone without the compiled CLI: `npm ci` builds lib/ (the prepare script), as `npm pack` does.
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).indexOf(cli.pathname) !== -1) {
    process.stderr.write(
      'mesh-mtls-gate: the compiled CLI (' + cli.pathname + ') is missing; in a clone of the repository run ' +
        '`npm ci` (or `npm run build`) first.\n',
    )
    process.exit(2)
  }
  throw e
})
