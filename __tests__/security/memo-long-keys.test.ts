// The linter's and the diff's memos are keyed by text from the files (an
// action, an operator, a condition key, an ARN's service, a NotAction list,
// a hint that quotes a value) and emptied when they hold some thousands of
// entries: a count that does not bound their memory when each key is a
// quarter of a megabyte and what is remembered for it (the RTC202 message that
// quotes it, a lower-cased copy) longer still. 200 files of one such action
// each kept 470 MiB alive after validate had dropped them. A key past
// MEMO_KEY_LIMIT is worked out each time, never remembered: here files are
// linted and diffed, dropped, the heap collected, and what stays is measured.
import { bundledScript, importFromSrc, jsonOfScriptWithGc } from '../support/script-bundle.js'
import { MEMO_KEY_LIMIT } from '../../src/core/memo-key.js'

/** Files of each run, and the length of their long values. */
const SHAPES = { lint: { files: 24, long: 128 * 1024 }, diff: { files: 64, long: 16 * 1024 } }

async function heapKeptMiB(work: 'lint' | 'diff'): Promise<number> {
  const { files: FILES, long: LONG } = SHAPES[work]
  const bundle = await bundledScript([
    importFromSrc('lintPolicyText', 'core/lint/lint.ts'),
    importFromSrc('diffPolicies', 'core/diff/semantic-diff.ts'),
    'declare const gc: () => void',
    // One file: every long value distinct from every other file's (a fresh letter run), each where a memo is keyed by it.
    'function policy(i: number): unknown {',
    `  const long = (c: string) => String(i).padStart(4, '0') + c.repeat(${LONG})`,
    '  return { Version: "2012-10-17", Statement: [',
    '    { Effect: "Allow", Action: [long("a") + ":" + long("b"), "s3:" + long("c") + "*"], Resource: ["arn:aws:" + long("d") + ":us-east-1:123456789012:x/y"],',
    '      Condition: { [long("E")]: { "aws:x": "v" }, StringEquals: { ["aws:" + long("f")]: "v", ["aws:RequestTag/" + long("g")]: "v" } } },',
    '    { Effect: "Deny", NotAction: [long("h") + ":*", "s3:" + long("i")], NotResource: "arn:aws:s3:::" + long("j") },',
    '    { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:role/" + long("k") }, Action: "sts:AssumeRole", Resource: "*",',
    '      Condition: { IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "10.0.0.1/" + long("7")] }, StringLike: { ["aws:PrincipalTag/" + long("l")]: [long("m") + "*"] } } }',
    '  ] }',
    '}',
    // Two versions of one statement: long patterns and condition values on either side, compared with each other.
    'function versions(i: number): [unknown, unknown] {',
    `  const long = (c: string) => String(i).padStart(4, '0') + c.repeat(${LONG})`,
    '  const statement = (v: string) => ({ Effect: "Allow", Action: ["s3:GetObject", "s3:" + long("c") + "*"],',
    '    Resource: ["arn:aws:s3:::b/*", "arn:aws:" + long("d") + ":us-east-1:123456789012:x/y", "arn:aws:s3:::" + long("r") + v + "*"],',
    '    Condition: { IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "10.0.0.1/" + long("7") + v] },',
    '      StringLike: { ["aws:PrincipalTag/" + long("l")]: [long("m") + v + "*"], "aws:userid": [long("u") + v] }, StringEquals: { ["aws:ResourceTag/" + long("t")]: long("q") + v } } })',
    '  return [{ Version: "2012-10-17", Statement: [statement("x")] }, { Version: "2012-10-17", Statement: [statement("y")] }]',
    '}',
    'let findings = 0',
    'const run = (first: number) => {',
    `  for (let i = first; i < first + ${FILES}; i++) {`,
    work === 'lint'
      ? '    findings += lintPolicyText("p" + i + ".json", JSON.stringify(policy(i))).findings.length'
      : // Stopped by the diff's work budget (the values are long): its memos still met every value on the way.
        '    findings += diffPolicies(...versions(i)).overBudget === undefined ? 0 : 1',
    '  }',
    '}',
    // Files of the same shapes first: the catalogue's own decoding is loaded before the measure.
    'run(0)',
    'gc()',
    'const before = process.memoryUsage().heapUsed',
    `run(${FILES})`,
    'gc()',
    'const after = process.memoryUsage().heapUsed',
    'console.log(JSON.stringify({ kept: (after - before) / (1 << 20), findings }))'
  ])
  const { kept, findings } = jsonOfScriptWithGc<{ kept: number; findings: number }>(bundle)
  expect(findings).toBeGreaterThan(0)
  return kept
}

test('the long keys are far past the limit, which every name IAM knows is under', () => {
  expect(Math.min(SHAPES.lint.long, SHAPES.diff.long)).toBeGreaterThan(30 * MEMO_KEY_LIMIT)
})

// Remembered, the second run's values alone are 24 files of a dozen 128 KiB keys (36 MiB), with their messages more
// (the diff's memos kept 31 MiB of 96 pairs of versions with 16 KiB values).
test('linting files of long actions, operators, keys and ARNs keeps none of them alive', async () => {
  expect(await heapKeptMiB('lint')).toBeLessThan(8)
})

test('diffing them keeps none of them alive either', async () => {
  expect(await heapKeptMiB('diff')).toBeLessThan(8)
})
