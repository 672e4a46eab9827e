#!/usr/bin/env node
// `npm run bench`: every figure is a ratio against a floor measured in the
// same run on the same machine, never an absolute time compared with a number
// from elsewhere. BENCH_FILES changes the number of validated files (10,000).
import { rmSync } from 'node:fs'
import { buildBenchEntry, buildCoreBench, runCoreBench, runValidateAction, writePolicyFiles } from './core.mjs'
import { benchGenerate } from './generate.mjs'
import { benchReviewRequests } from './review.mjs'
import { fmt } from './util.mjs'

const FILES = Number(process.env.BENCH_FILES ?? 10000)
console.log(`Node ${process.version} (${process.execPath})`)
console.log(`NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'not set'} (applies to both sides)\n`)

const gen = benchGenerate({ coreOnlyBundle: buildBenchEntry('bench/core-only.ts') })
console.log('generate: one whole `node dist/index.js` run vs a bare `node -e 0`')
console.log(`  median of ${gen.runs}: action ${fmt(gen.actionMs)}, node -e 0 ${fmt(gen.bareMs)}, ratio ${gen.ratio.toFixed(2)}x (aim < 3x)`)
console.log(`  for reference, a bundle of @actions/core alone reading one input: ${fmt(gen.coreOnlyMs)} = ${gen.coreOnlyRatio.toFixed(2)}x of node -e 0\n`)

const bundle = buildCoreBench()
const written = writePolicyFiles(bundle, FILES)
const core = runCoreBench(bundle, written.dir)
const perSecond = (core.files / core.validateMs) * 1000
console.log(`validate: ${core.files} generated policy files (${(written.bytes / 1e6).toFixed(1)} MB; identity, trust, KMS key policies)`)
console.log(`  read + JSON.parse (floor): ${fmt(core.floorMs)}`)
console.log(`  read + lint:               ${fmt(core.validateMs)}  = ${Math.round(perSecond)} files/s, ratio ${(core.validateMs / core.floorMs).toFixed(2)}x (aim < 4x); ${core.findings} findings, ${core.errors} errors`)
const action = runValidateAction(written.dir)
console.log(`  the whole action (node dist/index.js, mode validate, policy-files **/*.json): ${fmt(action.ms)}, exit ${action.status} (aim < 5 s)\n`)
rmSync(written.dir, { recursive: true, force: true })

console.log(`diff: two ${core.diffStatements}-statement policies (a tenth edited, order shuffled)`)
console.log(`  diffPolicies: ${fmt(core.diffMs)} vs JSON.parse + stringify of both ${fmt(core.diffFloorMs)}, ratio ${(core.diffMs / core.diffFloorMs).toFixed(1)}x; verdict ${core.accessChange}\n`)

const review = await benchReviewRequests()
console.log('review: API requests for a PR with 250 changed files, 20 of them IAM files')
for (const line of review) console.log(`  ${line}`)
