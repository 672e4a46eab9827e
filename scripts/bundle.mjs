#!/usr/bin/env node
// `npm run bundle`: builds dist/ from src/index.ts with esbuild, and writes
// dist/licenses.txt with the licence of every package that reaches dist/.
// `npm run check-dist` and the benchmarks build with the same function
// (`bundle` below), so everything that is measured or checked is bundled
// the same way as the action.
import { build } from 'esbuild'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/**
 * Packages whose modules do nothing at import time beyond defining their
 * exports (classes, functions, enums; imports of Node's built-ins). None of
 * them says so in its package.json (`"sideEffects": false`), so without this
 * esbuild keeps every module they import, used or not: `@actions/core` imports
 * its OIDC client (`@actions/http-client`, which loads `undici`, `tunnel`,
 * `http`, `https`) and `@actions/exec` (for `core.platform`) at load, and
 * every action that imports `@actions/core` would evaluate them at start-up
 * without calling `getIDToken` or `platform`. With the flag, a module of these
 * packages that nothing uses is left out; a used one is bundled as usual.
 * Checked by reading their lib/ (ESM, no top-level calls but enum set-up).
 */
const FREE_OF_IMPORT_EFFECTS = ['@actions/core', '@actions/http-client', '@actions/exec', '@actions/io']

/** Marks every file of FREE_OF_IMPORT_EFFECTS as free of side effects (esbuild's onResolve `sideEffects`). */
const importEffectsPlugin = {
  name: 'rtc-free-of-import-effects',
  setup(b) {
    const dirs = FREE_OF_IMPORT_EFFECTS.map((name) => `${path.sep}node_modules${path.sep}${name.split('/').join(path.sep)}${path.sep}`)
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.rtcResolving || args.kind === 'entry-point') return undefined
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { rtcResolving: true } })
      // Anything else (and any error) takes esbuild's own resolution, unchanged.
      if (resolved.errors.length || resolved.external || !dirs.some((d) => resolved.path.includes(d))) return undefined
      return { path: resolved.path, namespace: resolved.namespace, sideEffects: false }
    })
  }
}

/** The options both layers share (see `bundle`). */
const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  // Node 20 and Node 24 both run the action (action.yml says node24; users may pin older runners).
  target: 'node20',
  // ES modules, as src/ is written: esbuild drops the unused parts of ESM dependencies (tree shaking).
  format: 'esm',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (undici, the Azure and Octokit clients' helpers) call `require` for Node's
  // built-ins; an ES module has none, so each file gets one made for it.
  banner: { js: "import { createRequire as __rtcCreateRequire } from 'node:module';\nconst require = __rtcCreateRequire(import.meta.url);" },
  // Readable output, as GitHub recommends for a committed dist/ (and the tests look for class names).
  minify: false,
  // Licence comments stay in place; the full licence texts are in licenses.txt.
  legalComments: 'inline',
  metafile: true,
  logLevel: 'warning'
}

/**
 * Makes every `import()` that resolves to a module in `lazy` (path -> file name) point at that
 * file, next to the importing one, and adds each one the start layer meets to `lazy`.
 */
function lazyImportsPlugin(lazy, { collect }) {
  return {
    name: 'rtc-lazy-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.rtcResolving) return undefined
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { rtcResolving: true } })
        if (resolved.errors.length || resolved.external) return undefined
        let name = lazy.get(resolved.path)
        if (name === undefined) {
          if (!collect) return undefined
          name = path.basename(resolved.path).replace(/\.[cm]?[jt]s$/, '')
          if (name === 'index' || [...lazy.values()].includes(name))
            throw new Error(`two lazily loaded modules would both be ${name}.js: ${resolved.path}`)
          lazy.set(resolved.path, name)
        }
        return { path: `./${name}.js`, external: true }
      })
    }
  }
}

/**
 * Bundles `entry` (relative to the project root) into `outdir`; with
 * `licenses`, also writes that file into `outdir`. Returns esbuild's metafile
 * (both layers' outputs).
 *
 * Two layers. `index.js` is everything a run reaches before its first
 * `import()`, in one file: Node resolves, reads, compiles and links each ES
 * module file on its own, and on generate's short run the seven files esbuild's
 * code splitting made of that path cost ~4 ms of ~48 (measured whole process,
 * interleaved). Each `import()` of it (validate, the review worker,
 * @actions/artifact) names a file of the second layer, built with those
 * modules as entry points; code they share goes into chunk-*.js files, and
 * their own `import()`s (the review) stay separate files.
 *
 * A module that both layers reach (@actions/core, the input rules, the
 * summary writer) is in both, so a validate run evaluates it twice. That is
 * safe because the start layer's copies, in a run that goes on to a lazy file,
 * only read `mode` and report a failure: of the modules that keep state,
 * src/github/event.ts (the event it read) is then read by one copy only, and
 * src/report/step-annotations.ts (the step's annotations, counted) keeps its
 * count on the process, for both copies.
 */
export async function bundle({ entry, outdir, licenses }) {
  rmSync(outdir, { recursive: true, force: true })
  const lazy = new Map()
  const start = await build({
    ...COMMON,
    entryPoints: [entry],
    outdir,
    splitting: false,
    plugins: [importEffectsPlugin, lazyImportsPlugin(lazy, { collect: true })]
  })
  const outputs = { ...start.metafile.outputs }
  if (lazy.size > 0) {
    const rest = await build({
      ...COMMON,
      entryPoints: [...lazy].map(([file, name]) => ({ in: file, out: name })),
      outdir,
      splitting: true,
      plugins: [importEffectsPlugin, lazyImportsPlugin(lazy, { collect: false })]
    })
    Object.assign(outputs, rest.metafile.outputs)
  }
  // dist/ is also loaded outside this package (e.g. the action's own checkout): say it is ESM.
  writeFileSync(path.join(outdir, 'package.json'), '{\n  "type": "module"\n}\n')
  if (licenses) writeFileSync(path.join(outdir, licenses), licenseText({ outputs }))
  return { outputs }
}

/** The package folder (`node_modules/<name>` or `node_modules/@scope/name`) a bundled input comes from. */
function packageDirOf(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return undefined
  const length = parts[at + 1]?.startsWith('@') ? 2 : 1
  return parts.slice(0, at + 1 + length).join('/')
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/**
 * One block per package that has code in an output file: its name, its
 * licence (package.json's `license`, UNKNOWN when it declares none), then its
 * licence file when it has one; blocks sorted by name, a blank line after each.
 */
function licenseText(metafile) {
  const dirs = new Set()
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dir = bytesInOutput > 0 ? packageDirOf(input) : undefined
      if (dir) dirs.add(dir)
    }
  const packages = new Map()
  for (const dir of dirs) {
    const json = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8'))
    const file = readdirSync(path.join(ROOT, dir)).find((name) => LICENSE_FILE.test(name))
    const text = file ? readFileSync(path.join(ROOT, dir, file), 'utf8').trim() : ''
    const license = typeof json.license === 'string' ? json.license : 'UNKNOWN'
    // Two installed copies of one package (nested node_modules) may both be bundled: list each licence once.
    const block = `${json.name}\n${license}\n${text ? `${text}\n` : ''}`
    packages.set(block, { name: json.name, block })
  }
  return [...packages.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.block < b.block ? -1 : 1))
    .map((p) => p.block)
    .join('\n')
}

/** The action's bundle, dist/ by default: what `npm run bundle` writes and `npm run check-dist` compares dist/ with. */
export function bundleDist(outdir = path.join(ROOT, 'dist')) {
  return bundle({ entry: 'src/index.ts', outdir, licenses: 'licenses.txt' })
}

// `node scripts/bundle.mjs`: dist/ from src/index.ts, with dist/licenses.txt.
// `node scripts/bundle.mjs ENTRY OUTDIR`: another entry built the same way (the benchmarks' helpers).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, outdir] = process.argv.slice(2)
  if (entry && outdir) await bundle({ entry, outdir: path.resolve(outdir) })
  else await bundleDist()
}
