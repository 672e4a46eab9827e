import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

export function timeMs(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/**
 * The cases of round `round` in turn: the order rotates by one each round, so
 * each case runs in each place equally often. With one fixed order, whatever a
 * run leaves behind (its process's exit, the CPU's state) falls on the same
 * case every time: on the shared machines, \`generate\` run right after
 * \`node -e 0\` took about a millisecond longer than run after the minimal action.
 */
export function roundOrder(names, round) {
  const shift = round % names.length
  return [...names.slice(shift), ...names.slice(0, shift)]
}

/**
 * A new folder under `root` holding the step files a runner gives each step,
 * empty: GITHUB_OUTPUT (`output`) and GITHUB_STEP_SUMMARY (`summary`).
 */
export function stepFolder(root, prefix) {
  const dir = mkdtempSync(path.join(root, prefix))
  const output = path.join(dir, 'output')
  const summary = path.join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  return { dir, output, summary }
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * How far the ratio median(action) / median(floor) moves with the rounds
 * that happened to be measured: the 2.5th and 97.5th percentiles of that
 * ratio over `resamples` bootstrap samples of the rounds (each round's two
 * runs drawn together, as they ran side by side). On a shared machine one
 * run of the benchmark gives one draw; the interval says how much a second
 * run could differ because of load alone. Seeded: the same times give the
 * same interval.
 */
export function ratioInterval(action, floor, resamples = 2000) {
  let seed = 0x2545f491
  const random = () => {
    // xorshift32: enough to draw indices, and reproducible.
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 0x100000000
  }
  const n = action.length
  const ratios = []
  for (let r = 0; r < resamples; r++) {
    const a = []
    const f = []
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n)
      a.push(action[k])
      f.push(floor[k])
    }
    ratios.push(median(a) / median(f))
  }
  ratios.sort((x, y) => x - y)
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]]
}

export const fmt = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`)

/**
 * One temporary folder for everything a benchmark run makes (bundles, policy
 * files, runner folders), removed when the process ends, however it ends.
 */
export function benchTempRoot() {
  const root = mkdtempSync(path.join(tmpdir(), 'rtc-bench-'))
  const remove = () => rmSync(root, { recursive: true, force: true })
  process.on('exit', remove)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      remove()
      process.exit(130)
    })
  }
  return root
}
