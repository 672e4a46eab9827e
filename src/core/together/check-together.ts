// STUB (to be built by the evaluator work): do the user policy, trust policy
// and KMS policy among the linted files work together for these inputs?
import type { GenerateInputs } from '../generate/inputs.js'
import type { Finding } from '../lint/finding.js'
import type { LintedFile } from '../lint/lint.js'

export function checkTogether(files: LintedFile[], inputs: GenerateInputs): Finding[] {
  throw new Error(`checkTogether is not built yet (${files.length} files, role ${inputs.roleName})`)
}
