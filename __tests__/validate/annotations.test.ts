import { jest } from '@jest/globals'
import type { Finding } from '../../src/core/lint/finding.js'

const calls: Array<[string, string, unknown]> = []
jest.unstable_mockModule('@actions/core', () => ({
  error: (m: string, p: unknown) => calls.push(['error', m, p]),
  warning: (m: string, p: unknown) => calls.push(['warning', m, p]),
  notice: (m: string, p: unknown) => calls.push(['notice', m, p]),
  info: (m: string) => calls.push(['info', m, undefined]),
  ExitCode: { Success: 0, Failure: 1 }
}))
const { annotationOf } = await import('../../src/report/annotations.js')
const { countBySeverity } = await import('../../src/core/validate/fail-on.js')

/**
 * The annotation modules as a new step (process) has them: the count of the
 * step's annotations starts at none, and `calls` is emptied.
 */
async function newStep() {
  calls.length = 0
  // The count lives on the process (both bundle layers share it): a new step starts without one.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('redshift-temp-creds-action.annotations-made')]
  let modules: [typeof import('../../src/report/annotations.js'), typeof import('../../src/report/step-annotations.js')] | undefined
  await jest.isolateModulesAsync(async () => {
    modules = [await import('../../src/report/annotations.js'), await import('../../src/report/step-annotations.js')]
  })
  return { ...modules![0], ...modules![1] }
}

const f = (over: Partial<Finding>): Finding => ({ file: 'iam/a.json', line: 3, column: 7, code: 'RTC901', severity: 'error', message: 'Not UTF-8', hint: 'Save as UTF-8', ...over })

test('an annotation on the file, line and columns, titled with the code and check name', () => {
  expect(annotationOf(f({ endLine: 3, endColumn: 12 }))).toEqual({
    level: 'error',
    message: 'Not UTF-8\nHint: Save as UTF-8',
    properties: { title: 'RTC901 file-not-utf8', file: 'iam/a.json', startLine: 3, endLine: 3, startColumn: 7, endColumn: 12 }
  })
})

test('a finding over several lines is annotated on its first line (GitHub drops columns otherwise)', () => {
  expect(annotationOf(f({ endLine: 9, endColumn: 2 })).properties).toEqual({
    title: 'RTC901 file-not-utf8',
    file: 'iam/a.json',
    startLine: 3,
    endLine: 3,
    startColumn: 7,
    endColumn: 7
  })
})

test('a message cut to the annotation limit is never cut inside a \\u{…} that shows an invisible character', () => {
  // The cut came after the escaping: "…x\u{20… [6 more characters]", a half escape that names no character.
  for (let pad = 3990; pad <= 4000; pad++) {
    const message = `${'x'.repeat(pad)}${'\u200b'.repeat(20)}`
    const shown = annotationOf(f({ message, hint: '' })).message
    const kept = shown.slice(0, shown.indexOf('… ['))
    expect(kept).toMatch(/^x+(\\u\{200B\})*$/)
    expect(kept.length).toBeLessThanOrEqual(4000)
    expect(kept.length).toBeGreaterThan(3990)
  }
})

test('an unknown code is its own title; an empty hint adds nothing', () => {
  const a = annotationOf(f({ code: 'RTC999', severity: 'notice', hint: '' }))
  expect(a).toMatchObject({ level: 'notice', message: 'Not UTF-8', properties: { title: 'RTC999' } })
})

test('emitAnnotations gives each finding its level, errors first, in the findings\' order', async () => {
  const { emitAnnotations } = await newStep()
  const findings = [f({ severity: 'notice', line: 1 }), f({ severity: 'warning', line: 2 }), ...Array.from({ length: 3 }, (_, i) => f({ line: i + 3 }))]
  emitAnnotations(findings)
  expect(calls.map((c) => [c[0], (c[2] as { startLine: number }).startLine])).toEqual([
    ['error', 3],
    ['error', 4],
    ['error', 5],
    ['warning', 2],
    ['notice', 1]
  ])
})

test('at most 10 annotations per level, then one line that says how many more and where', async () => {
  const { emitAnnotations } = await newStep()
  const many = (severity: Finding['severity'], n: number) => Array.from({ length: n }, (_, i) => f({ severity, line: i + 1 }))
  emitAnnotations([...many('notice', 30), ...many('warning', 11), ...many('error', 12)], ['the SARIF report r.sarif', 'the artifact x'])
  const levels = calls.map((c) => c[0])
  expect(levels).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice'), 'info'])
  expect(calls[9][2]).toMatchObject({ startLine: 10 })
  expect(calls[30][1]).toBe(
    '23 more findings are not annotated (2 errors, 1 warning, 20 notices): GitHub shows 10 annotations of each level per step. Every finding is in the SARIF report r.sarif and the artifact x.'
  )
})

test('the number of annotations does not grow with the number of findings', async () => {
  for (const n of [100, 10_000]) {
    const { emitAnnotations } = await newStep()
    emitAnnotations(Array.from({ length: n }, (_, i) => f({ severity: (['error', 'warning', 'notice'] as const)[i % 3], line: i + 1 })))
    expect(calls.length).toBe(31)
  }
})

test('given the counts by severity (as validate has them), the same annotations and the same line', async () => {
  const findings = Array.from({ length: 500 }, (_, i) => f({ severity: i < 3 ? 'error' : i % 7 ? 'notice' : 'warning', line: i + 1 }))
  ;(await newStep()).emitAnnotations(findings, ['x'])
  const counted = [...calls]
  ;(await newStep()).emitAnnotations(findings, ['x'], countBySeverity(findings))
  expect(calls).toEqual(counted)
  expect(counted.map((c) => c[0]).filter((l) => l === 'error')).toHaveLength(3)
  expect(counted.at(-1)?.[1]).toMatch(/^477 more findings are not annotated \(61 warnings, 416 notices\)/)
})

describe('one budget per step: GitHub shows 10 annotations of each level, whoever makes them', () => {
  const annotationsOf = (level: string) => calls.filter((c) => c[0] === level)

  test("the step's own warnings come off the findings' room, and the line counts what they left out", async () => {
    const { annotate, emitAnnotations } = await newStep()
    annotate('warning', 'The reports were not uploaded: 503')
    annotate('warning', 'SARIF report over the limit')
    emitAnnotations(Array.from({ length: 15 }, (_, i) => f({ severity: 'warning', line: i + 1 })), ['the SARIF report r.sarif'])
    expect(annotationsOf('warning')).toHaveLength(10)
    expect(annotationsOf('warning').slice(2).map((c) => (c[2] as { startLine: number }).startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(calls.at(-1)).toEqual(['info', expect.stringMatching(/^7 more findings are not annotated \(7 warnings\)/), undefined])
  })

  test("room kept for the failure: 9 findings' errors, then the failure is the tenth error annotation", async () => {
    const { emitAnnotations, failStep } = await newStep()
    const before = process.exitCode
    try {
      emitAnnotations(Array.from({ length: 12 }, (_, i) => f({ line: i + 1 })), [], undefined, { error: 1 })
      failStep('IAM policy validation failed: 12 errors')
      expect(annotationsOf('error')).toHaveLength(10)
      expect(annotationsOf('error').filter((c) => c[2] !== undefined)).toHaveLength(9)
      expect(annotationsOf('error').at(-1)).toEqual(['error', 'IAM policy validation failed: 12 errors', undefined])
      expect(process.exitCode).toBe(1)
      expect(calls.find((c) => c[0] === 'info')?.[1]).toMatch(/^3 more findings are not annotated \(3 errors\)/)
    } finally {
      process.exitCode = before
    }
  })

  test('past a full level, a message is a log line with its level, never an eleventh annotation', async () => {
    const { annotate, annotationsLeft } = await newStep()
    for (let i = 0; i < 12; i++) annotate('notice', `note ${i}`)
    expect(annotationsOf('notice')).toHaveLength(10)
    expect(annotationsLeft('notice')).toBe(0)
    expect(annotationsLeft('warning')).toBe(10)
    expect(calls.slice(10)).toEqual([
      ['info', 'Notice: note 10', undefined],
      ['info', 'Notice: note 11', undefined]
    ])
  })

  test('a log line made of an annotation keeps to one line: a line break from a policy cannot start a workflow command', async () => {
    const { annotate } = await newStep()
    for (let i = 0; i < 10; i++) annotate('warning', `w${i}`)
    annotate('warning', 'Unknown action s3:Get\n::error::forged\r\n::add-mask::x\u2028y')
    const line = calls.at(-1)![1]
    expect(line).toBe('Warning: Unknown action s3:Get\\n::error::forged\\r\\n::add-mask::x\\u{2028}y')
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/)
  })

  test("a log line made of an annotation carries no runner command of the old '##[name]' form, which the runner reads anywhere in a line", async () => {
    // actions/runner's ActionCommand.TryParse finds "##[" anywhere in a line that is not a '::' command, for every
    // registered command: '##[stop-commands]token' in a file name or a policy value would stop the step's later
    // annotations, '##[add-mask]' hide words, '##[error]' forge an error.
    const { annotate } = await newStep()
    for (let i = 0; i < 10; i++) annotate('warning', `w${i}`)
    annotate('warning', 'Skipped iam/##[stop-commands]tok.json: s3:##[add-mask]x ##[error]forged ###[set-output name=a;]b')
    const line = calls.at(-1)![1]
    expect(line).not.toContain('##[')
    expect(line).toBe('Warning: Skipped iam/##\\[stop-commands]tok.json: s3:##\\[add-mask]x ##\\[error]forged ###\\[set-output name=a;]b')
  })

  test('a failure past ten errors still fails the step (exit code 1) and is in the log', async () => {
    const { annotate, failStep } = await newStep()
    const before = process.exitCode
    try {
      for (let i = 0; i < 10; i++) annotate('error', `e${i}`)
      failStep('it failed')
      expect(process.exitCode).toBe(1)
      expect(calls.at(-1)).toEqual(['info', 'Error: it failed', undefined])
      expect(annotationsOf('error')).toHaveLength(10)
    } finally {
      process.exitCode = before
    }
  })
})

test('two copies of the module (as the bundle has: dist/index.js and the validate layer) count one budget', async () => {
  const first = await newStep()
  let second: typeof import('../../src/report/step-annotations.js') | undefined
  await jest.isolateModulesAsync(async () => {
    second = await import('../../src/report/step-annotations.js')
  })
  const before = process.exitCode
  try {
    for (let i = 0; i < 9; i++) first.annotate('error', `e${i}`)
    expect(second!.annotationsLeft('error')).toBe(1)
    second!.failStep('failed')
    expect(first.annotationsLeft('error')).toBe(0)
    expect(calls.filter((c) => c[0] === 'error')).toHaveLength(10)
  } finally {
    process.exitCode = before
  }
})
