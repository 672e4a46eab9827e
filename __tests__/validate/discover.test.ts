import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { decode } from '../../src/core/validate/lint-files.js'
import { parsePolicyFiles } from '../../src/core/validate/policy-files.js'
import {
  discoverPolicyFiles,
  formatBytes,
  READ_BATCH_CHARS,
  READ_BATCH_FILES,
  readFoundFile,
  readFoundFiles,
  readFoundFilesInBatches,
  skippedInOrder
} from '../../src/workspace/discover.js'
import { tempDir } from '../support/temp-dirs.js'

/** A workspace with these files (content = path unless given). */
function workspace(files: Record<string, string> = {}): string {
  const root = tempDir('rtc-discover-')
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}
const globs = (raw: string) => {
  const r = parsePolicyFiles(raw)
  if (!r.ok) throw new Error(r.problem)
  return r.value
}
const discover = (root: string, raw: string, max?: number) => discoverPolicyFiles(root, globs(raw), max)

test('matches globs relative to the workspace, sorted, with / separators', async () => {
  const root = workspace({ 'iam/users/etl.json': '{}', 'iam/roles/r-trust.json': '{}', 'iam/README.md': '#', 'other/x.json': '{}' })
  const d = await discover(root, 'iam/**/*.json')
  expect(d.files.map((f) => f.path)).toEqual(['iam/roles/r-trust.json', 'iam/users/etl.json'])
  expect(d.files[0]).toEqual({ path: 'iam/roles/r-trust.json', realPath: path.join(root, 'iam/roles/r-trust.json') })
  expect(d.skipped).toEqual([])
  expect(d.unmatched).toEqual([])
})

test('the first kind glob that matches a file gives its kind', async () => {
  const root = workspace({ 'iam/roles/r-trust.json': '{}', 'iam/users/u.json': '{}', 'kms/k.json': '{}' })
  const d = await discover(root, 'iam/**/*.json\ntrust: iam/roles/*-trust.json\nidentity: iam/**/*.json\nresource: kms/*.json')
  expect(d.files.map((f) => [f.path, f.kind])).toEqual([
    ['iam/roles/r-trust.json', 'trust'],
    ['iam/users/u.json', 'identity'],
    ['kms/k.json', 'resource']
  ])
})

test('dot files and dot folders only when the glob spells the dot; .git and node_modules never', async () => {
  const root = workspace({
    '.hidden.json': '{}',
    '.github/iam/p.json': '{}',
    'a.json': '{}',
    '.git/config.json': '{}',
    'node_modules/pkg/policy.json': '{}',
    'sub/node_modules/p.json': '{}'
  })
  expect((await discover(root, '**/*.json')).files.map((f) => f.path)).toEqual(['a.json'])
  expect((await discover(root, '.github/**/*.json\n.*.json')).files.map((f) => f.path)).toEqual(['.github/iam/p.json', '.hidden.json'])
  const git = await discover(root, '.git/*.json\nnode_modules/**/*.json\na.json')
  expect(git.files.map((f) => f.path)).toEqual(['a.json'])
  expect(git.unmatched.map((g) => g.pattern)).toEqual(['.git/*.json', 'node_modules/**/*.json'])
})

test("globs that match nothing are listed; a glob whose every match a '!' line removes is listed apart", async () => {
  const root = workspace({ 'iam/a.json': '{}', 'iam/legacy/b.json': '{}' })
  const d = await discover(root, 'iam/**/*.json\n!iam/legacy/**\npolicies/*.json\niam/*.jsn')
  expect(d.files.map((f) => f.path)).toEqual(['iam/a.json'])
  expect(d.unmatched.map((g) => [g.pattern, g.line])).toEqual([
    ['policies/*.json', 3],
    ['iam/*.jsn', 4]
  ])
  expect(d.allLeftOut).toEqual([])
  const all = await discover(root, 'iam/legacy/*.json\n!iam/**\nscp: iam/a.json')
  expect(all.files).toEqual([])
  expect(all.unmatched).toEqual([])
  expect(all.allLeftOut.map((g) => [g.pattern, g.line])).toEqual([
    ['iam/legacy/*.json', 1],
    ['iam/a.json', 3]
  ])
})

test('globs outside the workspace are skipped, not searched', async () => {
  const parent = workspace({ 'outside.json': '{}' })
  const root = path.join(parent, 'ws')
  mkdirSync(root)
  writeFileSync(path.join(root, 'in.json'), '{}')
  const d = await discover(root, `in.json\n../outside.json\n${path.join(parent, '*.json')}`)
  expect(d.files.map((f) => f.path)).toEqual(['in.json'])
  expect(d.skipped).toEqual([
    { path: '../outside.json', reason: "the glob climbs out of the workspace with '..': only files inside the workspace are read" },
    { path: path.join(parent, '*.json'), reason: 'the glob is an absolute path: only files inside the workspace are read' }
  ])
  expect(d.unmatched).toEqual([])
})

test('symlinks: inside ones are followed (the file reported at its real path, once), ones leading out are skipped, broken ones reported', async () => {
  const outside = workspace({ 'secret.json': '{"x":1}', 'dir/p.json': '{}' })
  const root = workspace({ 'iam/real.json': '{}', 'shared/s.json': '{}' })
  symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'iam/out.json'))
  symlinkSync(path.join(outside, 'dir'), path.join(root, 'iam/outdir'))
  symlinkSync('../shared', path.join(root, 'iam/linked'))
  symlinkSync('real.json', path.join(root, 'iam/alias.json'))
  symlinkSync('missing.json', path.join(root, 'iam/broken.json'))
  symlinkSync('..', path.join(root, 'iam/loop'))
  const d = await discover(root, 'iam/**/*.json')
  // iam/alias.json is iam/real.json, and iam/linked/s.json is shared/s.json: git holds those files' text, not the links'.
  expect(d.files.map((f) => [f.path, path.relative(root, f.realPath)])).toEqual([
    ['iam/real.json', 'iam/real.json'],
    ['shared/s.json', 'shared/s.json']
  ])
  expect(d.skipped).toEqual([
    { path: 'iam/broken.json', reason: 'is a symbolic link that leads nowhere (ENOENT)' },
    { path: 'iam/out.json', reason: 'is a symbolic link to a file outside the workspace' },
    { path: 'iam/outdir', reason: 'is a symbolic link to a folder outside the workspace' }
  ])
  // The followed ones are read at their real path (which is no symlink: the reader refuses to follow one).
  expect(d.files.map((f) => readFoundFile(f))).toEqual([{ ok: true, text: '{}' }, { ok: true, text: '{}' }])
})

test('a symbolic link into .git or node_modules spelt in another case is never read: on macOS that is the same folder', async () => {
  // A macOS runner's file system ignores case: a link to '../.GIT/config' reads actions/checkout's .git/config, and
  // the real path Node gives keeps the case the link spells. Here (Linux) the folders are made in that case.
  const root = workspace({ 'iam/ok.json': '{}', '.GIT/config': '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n', 'Node_Modules/p/policy.json': '{}' })
  symlinkSync('../.GIT/config', path.join(root, 'iam/leak.json'))
  symlinkSync('../.GIT', path.join(root, 'iam/gitdir'))
  symlinkSync('../Node_Modules/p/policy.json', path.join(root, 'iam/dep.json'))
  const d = await discover(root, 'iam/**')
  expect(d.files.map((f) => f.path)).toEqual(['iam/ok.json'])
  expect(d.skipped).toEqual([
    { path: 'iam/dep.json', reason: 'is a symbolic link into Node_Modules, which is never read' },
    { path: 'iam/gitdir', reason: 'is a symbolic link into .GIT, which is never read' },
    { path: 'iam/leak.json', reason: 'is a symbolic link into .GIT, which is never read' }
  ])
})

test('readFoundFile does not follow a symlink put where a plain file was listed', async () => {
  const outside = workspace({ 'secret.json': '{"x":1}' })
  const root = workspace({ 'a.json': '{}' })
  const [file] = (await discover(root, 'a.json')).files
  rmSync(path.join(root, 'a.json'))
  symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'a.json'))
  expect(readFoundFile(file)).toEqual({ ok: false, reason: 'could not be opened (ELOOP)', refused: false })
})

test('files over the size limit and things that are not files are skipped, never read', async () => {
  const root = workspace({ 'big.json': 'x'.repeat(2049), 'ok.json': 'x'.repeat(2048), 'sub/big-target.json': 'x'.repeat(2049) })
  execFileSync('mkfifo', [path.join(root, 'pipe.json')])
  symlinkSync('sub/big-target.json', path.join(root, 'big-link.json'))
  const d = await discover(root, '*.json', 2048)
  // A plain file is not stat'ed while walking: its size is checked when it is read, never past the limit.
  expect(d.files.map((f) => f.path)).toEqual(['big.json', 'ok.json'])
  expect(d.skipped).toEqual([
    { path: 'big-link.json', reason: 'is 2049 bytes, over the 2 KiB limit for a policy file' },
    { path: 'pipe.json', reason: 'is not a regular file' }
  ])
  expect(d.unmatched).toEqual([])
  const [big, ok] = d.files
  expect(readFoundFile(big, 2048)).toEqual({ ok: false, reason: 'is 2049 bytes, over the 2 KiB limit for a policy file', refused: true })
  expect(readFoundFile(ok, 2048)).toEqual({ ok: true, text: 'x'.repeat(2048) })
})

test('readFoundFile: text when UTF-8 (BOM kept), bytes when the text would hold U+FFFD, refused when too big', async () => {
  const root = workspace({ 'a.json': '{"a":1}' })
  writeFileSync(path.join(root, 'bom.json'), Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))
  writeFileSync(path.join(root, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
  writeFileSync(path.join(root, 'fffd.json'), '{"a":"\ufffd"}')
  const files = (await discover(root, '*.json')).files
  const read = (name: string, max?: number) => readFoundFile(files.find((f) => f.path === name)!, max)
  expect(read('a.json')).toEqual({ ok: true, text: '{"a":1}' })
  expect(read('bom.json')).toEqual({ ok: true, text: '\ufeff{}' })
  expect(read('latin1.json')).toEqual({ ok: true, bytes: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) })
  // U+FFFD spelled in the file: the bytes go to the strict decoder, which reads them as the same text.
  expect(read('fffd.json')).toEqual({ ok: true, bytes: Buffer.from('{"a":"\ufffd"}') })
  // Grown past the limit since it was listed: refused, never read past the limit.
  writeFileSync(path.join(root, 'a.json'), 'y'.repeat(100))
  expect(read('a.json', 50)).toEqual({ ok: false, reason: 'is 100 bytes, over the 50 bytes limit for a policy file', refused: true })
  expect(read('a.json', 200)).toEqual({ ok: true, text: 'y'.repeat(100) })
})

test('what readFoundFile gives decodes exactly as the bytes do: the same text, the same RTC901 finding', async () => {
  const root = workspace({ 'f.json': '' })
  const [file] = (await discover(root, 'f.json')).files
  // Mostly UTF-8 with stray bytes: the strings UTF-8 has trouble with are the interesting ones.
  const chunk = fc.oneof(
    fc.string({ unit: 'grapheme' }).map((t) => Buffer.from(t)),
    fc.uint8Array({ maxLength: 4 }),
    fc.constantFrom(Buffer.from('\ufffd'), Buffer.from([0xef, 0xbf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xc0, 0x80]))
  )
  fc.assert(
    fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
      const bytes = Buffer.concat(chunks)
      writeFileSync(file.realPath, bytes)
      const read = readFoundFile(file)
      if (!read.ok) throw new Error(read.reason)
      expect(decode({ path: 'f.json', ...read })).toEqual(decode({ path: 'f.json', bytes }))
    }),
    { numRuns: 300 }
  )
})

test('readFoundFile stops at the limit when a file reads longer than its size said', () => {
  // A file whose size says 0 but that reads longer: the read is cut at the limit, never held in full.
  const file = { path: 'status', realPath: '/proc/self/status' }
  expect(readFoundFile(file, 50)).toEqual({ ok: false, reason: 'grew over the 50 bytes limit for a policy file while it was read', refused: false })
  const whole = readFoundFile(file, 1024 * 1024)
  expect(whole.ok && 'text' in whole && whole.text.startsWith('Name:')).toBe(true)
})

test('readFoundFile: a file gone since it was listed is a read failure, not a refusal', async () => {
  const root = workspace({ 'a.json': '{}' })
  const [file] = (await discover(root, 'a.json')).files
  rmSync(path.join(root, 'a.json'))
  expect(readFoundFile(file)).toEqual({ ok: false, reason: 'could not be opened (ENOENT)', refused: false })
})

test('skippedInOrder: refusals join discovery\'s sorted list, read failures follow in reading order', () => {
  const s = (p: string) => ({ path: p, reason: p })
  expect(skippedInOrder([s('a'), s('c')], [s('b'), s('d')], [s('z'), s('e')]).map((x) => x.path)).toEqual(['a', 'b', 'c', 'd', 'z', 'e'])
  expect(skippedInOrder([s('a')], [], [s('0')]).map((x) => x.path)).toEqual(['a', '0'])
})

test('formatBytes', () => {
  expect([formatBytes(10), formatBytes(1536), formatBytes(1024 * 1024)]).toEqual(['10 bytes', '1.5 KiB', '1 MiB'])
})

test('readFoundFiles reads many files and keeps their order', async () => {
  const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.json`)
  const root = workspace(Object.fromEntries(names.map((n) => [n, n])))
  const { files } = await discover(root, '*.json')
  const outcomes = await readFoundFiles(files, 1000)
  expect(outcomes.map((o) => (o.ok && 'text' in o ? o.text : JSON.stringify(o)))).toEqual(names)
})

test('readFoundFilesInBatches reads ahead one batch of files at most, and keeps their order', async () => {
  const names = Array.from({ length: READ_BATCH_FILES * 2 + 2 }, (_, i) => `f${String(i).padStart(3, '0')}.json`)
  const root = workspace(Object.fromEntries(names.map((n) => [n, n])))
  const { files } = await discover(root, '*.json')
  const reads = readFoundFilesInBatches(files)
  const first = reads.next()
  // The first batch is read; the next one is not until the linter asks for it.
  rmSync(path.join(root, names[READ_BATCH_FILES - 1]))
  rmSync(path.join(root, names[READ_BATCH_FILES]))
  const outcomes = [first.value!, ...reads].map(({ file, read }) => [file.path, read.ok && 'text' in read ? read.text : JSON.stringify(read)])
  expect(outcomes).toEqual(
    names.map((n, i) => [n, i === READ_BATCH_FILES ? JSON.stringify({ ok: false, reason: 'could not be opened (ENOENT)', refused: false }) : n])
  )
})

test('readFoundFilesInBatches ends a batch once it holds READ_BATCH_CHARS characters', async () => {
  const big = Math.ceil(READ_BATCH_CHARS / 2)
  const root = workspace({ 'a.json': 'a'.repeat(big), 'b.json': 'b'.repeat(big), 'c.json': 'c' })
  const { files } = await discover(root, '*.json')
  const reads = readFoundFilesInBatches(files, 2 * READ_BATCH_CHARS)
  expect(reads.next().value!.read).toEqual({ ok: true, text: 'a'.repeat(big) })
  rmSync(path.join(root, 'b.json'))
  rmSync(path.join(root, 'c.json'))
  // b was read with a (the batch was not full yet); c, after the batch was full, was not.
  expect([...reads].map(({ read }) => (read.ok && 'text' in read ? read.text.length : JSON.stringify(read)))).toEqual([
    big,
    JSON.stringify({ ok: false, reason: 'could not be opened (ENOENT)', refused: false })
  ])
})

test('a file reached through a symlink keeps the kind a kind line gave either way, and is linted once', async () => {
  const root = workspace({ 'iam/roles/etl-trust.json': '{}' })
  symlinkSync('roles/etl-trust.json', path.join(root, 'iam/current.json'))
  const d = await discover(root, 'iam/*.json\ntrust: iam/current.json\niam/roles/*.json')
  expect(d.files.map((f) => [f.path, f.kind])).toEqual([['iam/roles/etl-trust.json', 'trust']])
})

// Node lists a name that is not UTF-8 with U+FFFD in place of its bytes: no file is called that.
test('a file whose name is not UTF-8 is skipped, and says why', async () => {
  const root = workspace({ 'iam/ok.json': '{}' })
  writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'iam') + path.sep), Buffer.from([0x62, 0xff, 0x2e, 0x6a, 0x73, 0x6f, 0x6e])]), '{}')
  const d = await discover(root, 'iam/*.json')
  expect(d.files.map((f) => f.path)).toEqual(['iam/ok.json'])
  expect(d.skipped).toEqual([{ path: 'iam/b\ufffd.json', reason: 'has a name that is not UTF-8 (shown with U+FFFD), by which it cannot be opened' }])
})
