#!/usr/bin/env node
// The bundled CLI; `npm run bundle` builds dist/cli/index.js from src/cli.ts.
import '../dist/cli/index.js'
