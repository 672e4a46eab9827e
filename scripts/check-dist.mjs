#!/usr/bin/env node
// Fails when the committed dist/ is not exactly what `npm run bundle` makes
// from src/: builds into a temporary folder with the same function
// (scripts/bundle.mjs) and compares every file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundleDist, ROOT } from './bundle.mjs'

const out = mkdtempSync(path.join(tmpdir(), 'rtc-dist-check-'))
try {
  await bundleDist(out)
  const committed = path.join(ROOT, 'dist')
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
  if (stale.length) {
    console.error(`dist/ is stale; run \`npm run bundle\` and commit dist/:\n  ${stale.join('\n  ')}`)
    process.exitCode = 1
  } else console.log(`dist/ matches the bundle of src/ (${names.size} files)`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
