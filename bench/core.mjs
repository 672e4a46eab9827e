// Bundles the benchmark's helpers with scripts/bundle.mjs (the build dist/ is
// made with, same options) into the run's temporary folder, and writes the
// policy files.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './util.mjs'

/** Bundles a bench entry the way dist/ is made, under `root`; returns the bundle's path. */
export function buildBenchEntry(entry, root) {
  const out = mkdtempSync(path.join(root, 'build-'))
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), entry, out], { cwd: ROOT, stdio: 'inherit' })
  // The entry keeps its name (bench/core-only.ts -> core-only.js), as src/index.ts becomes dist/index.js.
  return path.join(out, `${path.basename(entry, path.extname(entry))}.js`)
}

/** `count` generated policy files in a new folder under `root`. */
export function writePolicyFiles(bundle, count, root) {
  const dir = mkdtempSync(path.join(root, `files-${count}-`))
  const out = execFileSync(process.execPath, [bundle, 'write', dir, String(count)], { encoding: 'utf8' })
  return { dir, ...JSON.parse(out) }
}

/** The in-process diff figures (see core-bench.ts). */
export function runDiffBench(bundle) {
  const out = execFileSync(process.execPath, [bundle, 'diff'], { encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').pop())
}
