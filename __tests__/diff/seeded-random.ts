// A small seeded generator (mulberry32) for the diff's property tests: the same draws on every run and runtime, so a
// pair that fails can be drawn again from its seed.

/** A small seeded generator (mulberry32), so that the draws are the same on every run and runtime. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]
  const chance = (p: number) => next() < p
  /** 1 to `max` distinct values. */
  const some = <T>(xs: readonly T[], max = 2): T[] => {
    const n = 1 + int(Math.min(max, xs.length))
    const pool = [...xs]
    const out: T[] = []
    while (out.length < n) out.push(pool.splice(int(pool.length), 1)[0])
    return out
  }
  return { int, pick, chance, some }
}
export type Random = ReturnType<typeof randomSource>
