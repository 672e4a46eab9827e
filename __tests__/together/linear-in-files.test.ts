// Every loop of the together check over the documents is linear: a pull
// request may bring thousands of files, and one of them a large key policy.
// Counted, not timed (the machine is shared, and a wall-clock bound fails at
// random there): the work is measured at n and at 2n, and twice the files may
// cost about twice the work, not four times.
import { checkTogether } from '../../src/core/together/check-together.js'
import { statementsJudged } from '../../src/core/evaluate/evaluate.js'
import type { LintedFile } from '../../src/core/lint/lint.js'
import { generatedSetup, lintedAt, policyDoc } from '../support/together-setup.js'

/** Twice the input: at most this many times the work (linear, with room for the setup's constant part). */
const LINEAR = 2.2

test("thousands of KMS role policies with a large key policy: the key policy is not read once per candidate", () => {
  const checked = (n: number) => {
    const s = generatedSetup({})
    // Decoys first, each granting one of the connector's KMS actions, then the generated (working) set.
    const decoy = lintedAt('iam/kms-decoy.json', 'identity', policyDoc({ Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: '*' }))
    const files: LintedFile[] = Array.from({ length: n }, (_, k) => ({ ...decoy, file: `iam/kms-decoy-${k}.json` }))
    const keyStatements = Array.from({ length: n }, (_, k) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::123456789012:role/app${k}` }, Action: 'kms:Decrypt', Resource: '*' }))
    keyStatements.push({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' })
    files.push(lintedAt('iam/key-policy.json', 'resource', policyDoc(...keyStatements)), ...s.files)
    const before = statementsJudged()
    const f = checkTogether(files, s.inputs)
    return { f, judged: statementsJudged() - before }
  }
  const half = checked(3000)
  const whole = checked(6000)
  expect(whole.f.filter((x) => x.code.startsWith('RTC71'))).toEqual([])
  // Each candidate judged with the key policy read it whole: 2,000 of each took 6 s, 6,000 took 22 s. The decisions
  // made grow with the candidates either way (two each); the statements they read showed it, about 2 × n² of them
  // (72 million at 6,000), four times as many at twice the files. Now each decision reads the candidate and the
  // one-statement key policy that lets IAM policies count, and a few read the whole key policy.
  expect(whole.judged).toBeLessThanOrEqual(LINEAR * half.judged)
}, 120_000)

test("a hundred thousand requester guards: the role's policies are sorted from them in one pass", () => {
  const checked = (n: number) => {
    const s = generatedSetup({})
    const guard = lintedAt('iam/guard.json', 'identity', policyDoc({ Effect: 'Deny', NotAction: 'sts:AssumeRole', Resource: '*' }))
    const files = [...s.files, ...Array.from({ length: n }, (_, k) => ({ ...guard, file: `iam/guard-${k}.json` }))]
    // A list's includes (or indexOf) for each identity policy made it quadratic: 120,000 guards took 6.6 s. The
    // lengths of the lists so searched are summed (a bound on the elements compared) while the check runs.
    const { includes, indexOf } = Array.prototype
    let searched = 0
    Array.prototype.includes = function (this: unknown[], ...args: [unknown, number?]) {
      searched += this.length
      return includes.apply(this, args)
    }
    Array.prototype.indexOf = function (this: unknown[], ...args: [unknown, number?]) {
      searched += this.length
      return indexOf.apply(this, args)
    }
    const before = statementsJudged()
    try {
      const f = checkTogether(files, s.inputs)
      return { f, judged: statementsJudged() - before, searched }
    } finally {
      Array.prototype.includes = includes
      Array.prototype.indexOf = indexOf
    }
  }
  const half = checked(60_000)
  const whole = checked(120_000)
  expect(whole.f).toEqual([])
  // A set of the guards: no list of them is searched per policy.
  expect(whole.searched).toBeLessThanOrEqual(LINEAR * half.searched)
  // And each guard's one statement is read a few times, not once per guard.
  expect(whole.judged).toBeLessThanOrEqual(LINEAR * half.judged)
}, 120_000)

test('thousands of permissions boundaries beside thousands of role policies: each boundary is read alone, not with every role policy', () => {
  const checked = (n: number) => {
    const s = generatedSetup({})
    const rolePolicy = lintedAt('iam/app.json', 'identity', policyDoc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:123456789012:q' }))
    const boundary = lintedAt('iam/boundary.json', 'boundary', policyDoc({ Effect: 'Allow', Action: ['s3:*', 'kms:*', 'redshift:*', 'sts:AssumeRole'], Resource: '*' }))
    const files: LintedFile[] = [
      ...s.files,
      ...Array.from({ length: n }, (_, k) => ({ ...rolePolicy, file: `iam/app-${k}.json` })),
      ...Array.from({ length: n }, (_, k) => ({ ...boundary, file: `iam/boundary-${k}.json` }))
    ]
    const before = statementsJudged()
    const f = checkTogether(files, s.inputs)
    return { f, judged: statementsJudged() - before }
  }
  const half = checked(500)
  const whole = checked(1000)
  expect(whole.f.filter((x) => x.code === 'RTC724')).toEqual([])
  // Each boundary judged with every call as its check makes it read all the role's policies: n boundaries × 14 calls
  // × n policies, four times the statements at twice the files.
  expect(whole.judged).toBeLessThanOrEqual(LINEAR * half.judged)
}, 120_000)
