import { setFlagsFromString } from 'node:v8'

/**
 * How many calls of a function V8 waits for before its top tier (TurboFan)
 * compiles it, in a validate run: V8's default is 3,000.
 */
export const TURBOFAN_AFTER_CALLS = 300_000

/**
 * Asks V8 to compile with its top tier only what is called 300,000 times.
 *
 * Why: V8's defaults suit a long-lived page or server, where every function
 * called a few thousand times is worth TurboFan's effort. A validate run
 * lasts about a second: at a few thousand calls, hundreds of the linter's
 * functions were queued for TurboFan, compiled on helper threads that compete
 * with the run for the machine's cores (a runner has two to four), and most
 * of that code arrived too late to pay back. Maglev, V8's middle tier, still
 * compiles them early, and what is called 300,000 times still gets TurboFan.
 * Measured whole process on Node 24, interleaved runs of the same bundle
 * with V8's default and with other values: CPU 17% less at 1,000 files, 15%
 * at 10,000 and 5% at 100,000; 10,000 or 30,000 gained little, 100,000 to
 * 1,000,000 about the same as this (README, "Benchmarks").
 *
 * Only V8 12 and later (Node 22 and later) count calls this way; an older V8
 * tiers up by another measure and would print an error for a flag it does
 * not know, so there nothing is set. Returns whether the flag was set.
 */
export function deferTopTierCompiles(v8Version: string = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  if (!(Number.parseInt(v8Version, 10) >= 12)) return false
  setFlags(`--invocation-count-for-turbofan=${TURBOFAN_AFTER_CALLS}`)
  return true
}
