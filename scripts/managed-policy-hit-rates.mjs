#!/usr/bin/env node
// Rewrites the hit-rate table of docs/checks.md ("Warnings on AWS's managed
// policies") from the current linter over every AWS managed policy: runs the
// managed-policies corpus suite with RTC_WRITE_HIT_RATES=1 (the suite itself
// fails when the table is stale). Needs the corpus folder like `npm run test:corpus`.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'test-corpus.mjs'), '__corpus__/managed-policies.test.ts'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, RTC_WRITE_HIT_RATES: '1' }
})
process.exit(run.status ?? 1)
