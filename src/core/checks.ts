// Every finding code the action can report, in one list: the linter's, the
// "work together" checks' and validate's own. SARIF rules, the job summary
// and docs/checks.md are made from it.
import { CHECKS, type CheckInfo } from './lint/checks.js'
import { TOGETHER_CHECKS } from './together/checks.js'
import { VALIDATE_CHECKS } from './validate/checks.js'

export type { CheckInfo }

export const ALL_CHECKS: readonly CheckInfo[] = [...CHECKS, ...TOGETHER_CHECKS, ...VALIDATE_CHECKS]

const BY_CODE = new Map(ALL_CHECKS.map((c) => [c.code, c]))

export function checkFor(code: string): CheckInfo | undefined {
  return BY_CODE.get(code)
}
