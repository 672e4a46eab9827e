// Preloaded (`node -r bench/usage.cjs ...`) into every process the benchmark
// times: at exit it writes the process's peak resident memory and CPU time to
// RTC_BENCH_USAGE, the same way for the action and for its floor.
const { writeFileSync } = require('node:fs')

process.on('exit', () => {
  const out = process.env.RTC_BENCH_USAGE
  if (!out) return
  const u = process.resourceUsage()
  writeFileSync(out, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }))
})
