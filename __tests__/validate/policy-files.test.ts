import { globsInWorkspace, outsideReason, parsePolicyFiles } from '../../src/core/validate/policy-files.js'

const ok = (raw: string) => {
  const r = parsePolicyFiles(raw)
  if (!r.ok) throw new Error(`expected ok, got ${r.problem}`)
  return r.value
}
const problem = (raw: string) => {
  const r = parsePolicyFiles(raw)
  if (r.ok) throw new Error('expected a rule violation')
  return r.problem
}

test('one glob per line; blank lines and # comments are ignored', () => {
  const globs = ok('iam/**/*.json\n\n  # the roles\n  roles/*.json  \r\nkms/*.json')
  expect(globs.map((g) => [g.pattern, g.line, g.kind, g.exclude])).toEqual([
    ['iam/**/*.json', 1, undefined, false],
    ['roles/*.json', 4, undefined, false],
    ['kms/*.json', 5, undefined, false]
  ])
})

test("'kind: glob' forces the kind, case-insensitive, with or without a space", () => {
  const globs = ok('trust: iam/roles/*-trust.json\nIdentity:iam/users/*.json\nresource :  kms/*.json')
  expect(globs.map((g) => [g.kind, g.pattern])).toEqual([
    ['trust', 'iam/roles/*-trust.json'],
    ['identity', 'iam/users/*.json'],
    ['resource', 'kms/*.json']
  ])
})

test('an unknown kind before ": " is an error naming it and the line', () => {
  expect(problem('iam/*.json\ntrusts: roles/*.json')).toBe('line 2 names the unknown kind "trusts"')
  expect(problem('trust:')).toBe("line 1 has no glob after 'trust:'")
  expect(problem('trust:   ')).toBe("line 1 has no glob after 'trust:'")
})

test('a colon inside a glob with no space after it is part of the file name', () => {
  expect(ok('odd:name.json')[0]).toMatchObject({ pattern: 'odd:name.json' })
  expect(ok('dir/a:b/*.json')[0]).toMatchObject({ pattern: 'dir/a:b/*.json' })
})

test("'!glob' lines exclude; a kind on one is an error", () => {
  const globs = ok('iam/**/*.json\n!iam/legacy/**')
  expect(globs[1]).toMatchObject({ pattern: 'iam/legacy/**', exclude: true })
  expect(problem('iam/*.json\ntrust: !iam/x.json')).toMatch(/^line 2 gives a kind to an exclusion/)
  expect(problem('iam/*.json\n!')).toBe("line 2 has no glob after '!'")
})

test('empty input, or exclusions only, is an error', () => {
  expect(problem('')).toBe('is empty')
  expect(problem('\n  # nothing\n')).toBe('is empty')
  expect(problem('!iam/*.json')).toBe('has only exclusions')
})

test('globs are tidied to the form walked paths have', () => {
  expect(ok('./iam/*.json')[0].pattern).toBe('iam/*.json')
  expect(ok('iam/x/../*.json')[0].pattern).toBe('iam/*.json')
  expect(ok('iam/')[0].pattern).toBe('iam/**')
})

test('absolute globs and globs that climb out with .. are marked outside', () => {
  expect(ok('/etc/*.json')[0].outside).toBe('is an absolute path')
  expect(ok('C:/x/*.json')[0].outside).toBe('is an absolute path')
  expect(ok('../other/*.json')[0].outside).toBe("climbs out of the workspace with '..'")
  expect(ok('iam/../../x.json')[0].outside).toBe("climbs out of the workspace with '..'")
  expect(ok('iam/../x.json')[0].outside).toBeUndefined()
  expect(outsideReason('iam/**/*.json')).toBeUndefined()
})

test('an absolute glob inside the workspace (${{ github.workspace }}/iam/*.json) is read relative to it; one elsewhere stays outside', () => {
  const globs = ok('/home/runner/work/r/r/iam/*.json\n!/home/runner/work/r/r/iam/legacy/\ntrust: /home/runner/work/r/r/roles/../trust/*.json\n/home/runner/work/r/other/*.json\n/home/runner/work/r/r/../x/*.json\nD:\\a\\r\\r/iam/*.json')
  const inside = globsInWorkspace(globs, ['/home/runner/work/r/r/', 'D:\\a\\r\\r'])
  expect(inside.map(({ pattern, exclude, kind, outside }) => ({ pattern, exclude, kind, outside }))).toEqual([
    { pattern: 'iam/*.json', exclude: false, kind: undefined, outside: undefined },
    { pattern: 'iam/legacy/**', exclude: true, kind: undefined, outside: undefined },
    { pattern: 'trust/*.json', exclude: false, kind: 'trust', outside: undefined },
    { pattern: '/home/runner/work/r/other/*.json', exclude: false, kind: undefined, outside: 'is an absolute path' },
    { pattern: '/home/runner/work/r/r/../x/*.json', exclude: false, kind: undefined, outside: 'is an absolute path' },
    { pattern: 'iam/*.json', exclude: false, kind: undefined, outside: undefined }
  ])
  // A relative glob is left as it is.
  expect(globsInWorkspace(ok('iam/*.json'), ['/w'])).toEqual(ok('iam/*.json'))
})
