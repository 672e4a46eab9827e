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

/**
 * Bundles `entry` (relative to the project root) into `outdir`; with
 * `licenses`, also writes that file into `outdir`. Returns esbuild's metafile.
 */
export async function bundle({ entry, outdir, licenses }) {
  rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outdir,
    bundle: true,
    platform: 'node',
    // Node 20 and Node 24 both run the action (action.yml says node24; users may pin older runners).
    target: 'node20',
    // ES modules, as src/ is written: esbuild drops the unused parts of ESM dependencies (tree shaking).
    format: 'esm',
    // Each `import()` in src/ (validate, the review, @actions/artifact) becomes a file of its own, loaded
    // when the run reaches it; code shared between them goes into chunk-*.js files next to index.js.
    splitting: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies (undici, the Azure and Octokit clients' helpers) call `require` for Node's
    // built-ins; an ES module has none, so each file gets one made for it.
    banner: { js: "import { createRequire as __rtcCreateRequire } from 'node:module';\nconst require = __rtcCreateRequire(import.meta.url);" },
    // Readable output, as GitHub recommends for a committed dist/ (and the tests look for class names).
    minify: false,
    // Licence comments stay in place; the full licence texts are in licenses.txt.
    legalComments: 'inline',
    plugins: [importEffectsPlugin],
    metafile: true,
    logLevel: 'warning'
  })
  // dist/ is also loaded outside this package (e.g. the action's own checkout): say it is ESM.
  writeFileSync(path.join(outdir, 'package.json'), '{\n  "type": "module"\n}\n')
  if (licenses) writeFileSync(path.join(outdir, licenses), licenseText(result.metafile))
  return result.metafile
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

// `node scripts/bundle.mjs`: dist/ from src/index.ts, with dist/licenses.txt.
// `node scripts/bundle.mjs ENTRY OUTDIR`: another entry built the same way (the benchmarks' helpers).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, outdir] = process.argv.slice(2)
  if (entry && outdir) await bundle({ entry, outdir: path.resolve(outdir) })
  else await bundle({ entry: 'src/index.ts', outdir: path.join(ROOT, 'dist'), licenses: 'licenses.txt' })
}
