// Every loop of the together check over the documents is linear: a pull
// request may bring thousands of files, and one of them a large key policy.
import { checkTogether } from '../../src/core/together/check-together.js'
import type { LintedFile } from '../../src/core/lint/lint.js'
import { generatedSetup, lintedAt, policyDoc } from '../support/together-setup.js'

test("thousands of KMS role policies with a large key policy: the key policy is not read once per candidate", () => {
  const s = generatedSetup({})
  // Decoys first, each granting one of the connector's KMS actions, then the generated (working) set.
  const decoy = lintedAt('iam/kms-decoy.json', 'identity', policyDoc({ Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: '*' }))
  const files: LintedFile[] = Array.from({ length: 6000 }, (_, k) => ({ ...decoy, file: `iam/kms-decoy-${k}.json` }))
  const keyStatements = Array.from({ length: 6000 }, (_, k) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::123456789012:role/app${k}` }, Action: 'kms:Decrypt', Resource: '*' }))
  keyStatements.push({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' })
  files.push(lintedAt('iam/key-policy.json', 'resource', policyDoc(...keyStatements)), ...s.files)
  const started = performance.now()
  const f = checkTogether(files, s.inputs)
  // Each candidate judged with the key policy: 2,000 of each took 6 s, 6,000 took 22 s; now about a second.
  expect(performance.now() - started).toBeLessThan(5000)
  expect(f.filter((x) => x.code.startsWith('RTC71'))).toEqual([])
})

test("a hundred thousand requester guards: the role's policies are sorted from them in one pass", () => {
  const s = generatedSetup({})
  const guard = lintedAt('iam/guard.json', 'identity', policyDoc({ Effect: 'Deny', NotAction: 'sts:AssumeRole', Resource: '*' }))
  const files = [...s.files, ...Array.from({ length: 120_000 }, (_, k) => ({ ...guard, file: `iam/guard-${k}.json` }))]
  const started = performance.now()
  const f = checkTogether(files, s.inputs)
  // A list's includes for each identity policy: 120,000 took 6.6 s; now about a second.
  expect(performance.now() - started).toBeLessThan(5000)
  expect(f).toEqual([])
})
