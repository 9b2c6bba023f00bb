import js from '@eslint/js'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import tseslint from 'typescript-eslint'

/**
 * The floors of src/ (README "Development"). A module imports from its own room and from the floors below it; from
 * its own floor only the rooms its `may` lists, so no two rooms import each other, directly or through others.
 * A room is a folder of src/ or a file at its root; `cli` is both `src/cli.ts` and `src/cli/`.
 */
const GROUND = ['errors', 'constants', 'version', 'vocabulary', 'yaml-data']
export const FLOORS = [
  // `action` is the action's one bundle: it runs `index` (the main step) or `post` (the post step).
  { floor: 1, name: 'entry points', rooms: { action: ['index', 'post'], index: [], post: [], cli: [] } },
  {
    floor: 2,
    name: 'orchestration and output',
    rooms: {
      main: ['action-run', 'pipeline', 'github', 'report', 'measure'],
      // The action's run in steps (its settings and clients, the current and baseline sources, publishing).
      'action-run': ['github', 'report', 'measure'],
      pipeline: ['report', 'measure'],
      github: ['report', 'measure'],
      report: [],
      measure: [],
    },
  },
  {
    floor: 3,
    name: 'stages',
    // Two stages that need the same word take it from the foundations, not from each other.
    rooms: { cluster: [], mesh: [], load: [], resources: [], mtls: [], compare: [] },
  },
  {
    floor: 4,
    name: 'foundations',
    rooms: {
      results: GROUND,
      config: GROUND,
      k8s: GROUND,
      tools: GROUND,
      errors: [],
      constants: [],
      version: [],
      vocabulary: [],
      'yaml-data': ['errors'],
    },
  },
]

/** Rooms that take data and return data: no file system, network, process or cluster. */
const PURE = {
  rooms: ['mtls', 'compare'],
  regex:
    '^(node:|@kubernetes/|@actions/|@octokit/)|(^|/)k8s/(client|reader|manifests|apply|wait|poll|raw-objects)\\.js$',
}

const ROOT_FILES = new Set([
  'action',
  'index',
  'post',
  'main',
  'measure',
  'errors',
  'constants',
  'version',
  'vocabulary',
  'yaml-data',
])
const where = (room) =>
  room === 'cli' ? 'src/cli.ts and src/cli/' : ROOT_FILES.has(room) ? `src/${room}.ts` : `src/${room}/`
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// A new folder or root file of src/ must be given a floor, or no rule would hold for it.
const placed = new Set(FLOORS.flatMap((f) => Object.keys(f.rooms)))
for (const entry of readdirSync(join(import.meta.dirname, 'src'))) {
  const room = entry.replace(/\.ts$/, '')
  if (!placed.has(room)) throw new Error(`src/${entry} is on no floor: add it to FLOORS in eslint.config.js`)
}

/** One no-restricted-imports config per room and folder depth: relative specifiers reach other rooms as `../x/`. */
function floorConfigs() {
  const configs = []
  for (const { floor, rooms } of FLOORS) {
    for (const [room, may] of Object.entries(rooms)) {
      const forbidden = []
      for (const other of FLOORS) {
        for (const target of Object.keys(other.rooms)) {
          if (target === room) continue
          if (other.floor < floor) {
            forbidden.push({
              target,
              why: `runs up from floor ${floor} to floor ${other.floor} (${other.name})`,
            })
          } else if (other.floor === floor && !may.includes(target)) {
            forbidden.push({
              target,
              why: `runs sideways on floor ${floor} (${other.name}), which ${where(room)} may not`,
            })
          }
        }
      }
      const depths = [
        ...(ROOT_FILES.has(room) || room === 'cli' ? [{ files: [`src/${room}.ts`], up: './' }] : []),
        ...(ROOT_FILES.has(room)
          ? []
          : [
              { files: [`src/${room}/*.ts`], up: '../' },
              { files: [`src/${room}/*/*.ts`], up: '../../' },
            ]),
      ]
      for (const { files, up } of depths) {
        const patterns = forbidden.map(({ target, why }) => ({
          regex: `^${escape(up)}${escape(target)}(/|\\.js$)`,
          message: `${where(room)} must not import ${where(target)}: the import ${why}. Imports only go down the floors (README "Development").`,
        }))
        if (PURE.rooms.includes(room)) {
          patterns.push({
            regex: PURE.regex,
            message: `${where(room)} is pure (README "Development"): it takes data and returns data, so it does no I/O.`,
          })
        }
        configs.push({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })
      }
    }
  }
  return configs
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...floorConfigs(),
)
