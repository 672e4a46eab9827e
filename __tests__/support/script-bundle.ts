// A short script that imports modules of src/, bundled with esbuild so that it
// runs as a process of its own: a fresh heap, its own stdout, Node's flags.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { REPO_ROOT } from './run-action.js'
import { tempDir } from './temp-dirs.js'

/** The line that imports `names` from a module of src/ (`module`: its path below src/). */
export function importFromSrc(names: string, module: string): string {
  return `import { ${names} } from ${JSON.stringify(path.join(REPO_ROOT, 'src', module))}`
}

/** Bundles the script's lines (TypeScript) into a temporary folder; returns the bundle's path. */
export async function bundledScript(lines: readonly string[]): Promise<string> {
  const dir = tempDir('rtc-script-')
  const entry = path.join(dir, 'entry.ts')
  writeFileSync(entry, lines.join('\n'))
  const bundle = path.join(dir, 'entry.mjs')
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' })
  return bundle
}

/**
 * Runs a bundled script with `gc()` exposed (a test of what the heap keeps
 * collects before it measures) and returns the JSON its last stdout line prints.
 */
export function jsonOfScriptWithGc<T>(bundle: string): T {
  const r = spawnSync(process.execPath, ['--expose-gc', bundle], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${bundle} exited with ${r.status}: ${r.stderr}`)
  return JSON.parse(r.stdout.trimEnd().split('\n').at(-1) ?? '') as T
}
