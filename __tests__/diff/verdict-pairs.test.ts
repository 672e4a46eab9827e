// Issue 9: the review's verdict is exact. Each before/after pair in
// ./verdict-pairs.ts pins the access-change and the one-line explanation of
// every statement change; each decided broadens/narrows comes with a witness
// request that the project's evaluator decides differently before and after.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { evaluationSources } from '../../src/core/diff/witness.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { PAIRS } from './verdict-pairs.js'

/** Pairs whose decided changes no request the evaluator judges shows (none since 2026-12-02: see verdict-pairs.ts). */
const NO_WITNESS_IN_THE_EVALUATOR = new Set<string>([])

describe('verdict pairs', () => {
  test('at least 60 pairs, each kind and each verdict represented', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(60)
    for (const kind of ['identity', 'trust', 'key'] as const) {
      for (const verdict of ['broadens', 'narrows', 'none'] as const) {
        expect(PAIRS.filter((p) => p.kind === kind && p.verdict === verdict).length).toBeGreaterThan(0)
      }
    }
    expect(new Set(PAIRS.map((p) => p.name)).size).toBe(PAIRS.length)
  })

  test.each(PAIRS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const d = diffPolicies(p.before, p.after, { kind: p.kind, witnesses: true })
    expect(d.accessChange).toBe(p.verdict)
    expect(d.statements.map((s) => s.explanation)).toEqual(p.explanations)
    for (const s of d.statements) expect(s.explanation).not.toMatch(/\n/)
    const b = normalisePolicy(p.before)
    const a = normalisePolicy(p.after)
    for (const s of d.statements) {
      if (s.rating === 'neutral' || s.undecided || NO_WITNESS_IN_THE_EVALUATOR.has(p.name)) continue
      for (const direction of ['broadens', 'narrows'] as const) {
        if (s.rating !== direction && s.rating !== 'mixed') continue
        const w = s.witnesses?.[direction]
        expect(w).toBeDefined()
        if (!w) continue
        const before = evaluate(w.request, evaluationSources(p.kind, b, w.setting, w.resourceAccount)).effect
        const after = evaluate(w.request, evaluationSources(p.kind, a, w.setting, w.resourceAccount)).effect
        if (direction === 'broadens') expect([before, after]).toEqual([expect.not.stringMatching(/^Allow$/), 'Allow'])
        else expect([before, after]).toEqual(['Allow', expect.not.stringMatching(/^Allow$/)])
      }
    }
  })
})
