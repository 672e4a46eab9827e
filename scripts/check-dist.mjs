#!/usr/bin/env node
// Fails when the committed dist/ is not exactly what `npm run bundle` makes
// from src/: builds into a temporary folder with the same flags and compares.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = mkdtempSync(path.join(tmpdir(), 'rtc-dist-check-'))
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '--quiet'], {
  cwd: root,
  stdio: 'inherit'
})
const committed = path.join(root, 'dist')
const names = new Set([...readdirSync(committed), ...readdirSync(out)])
const stale = []
for (const name of [...names].sort()) {
  let a, b
  try { a = readFileSync(path.join(committed, name)) } catch { a = undefined }
  try { b = readFileSync(path.join(out, name)) } catch { b = undefined }
  if (!a) stale.push(`${name}: missing from dist/`)
  else if (!b) stale.push(`${name}: in dist/ but not made by the bundle`)
  else if (!a.equals(b)) stale.push(`${name}: differs`)
}
rmSync(out, { recursive: true, force: true })
if (stale.length) {
  console.error(`dist/ is stale; run \`npm run bundle\` and commit dist/:\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
console.log(`dist/ matches the bundle of src/ (${names.size} files)`)
