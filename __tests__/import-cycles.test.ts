// The guide forbids import cycles in src/. This walks every relative import
// (type-only ones included: they tie modules together for the reader just the
// same) and reports each cycle found, as the chain of files that closes it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../src', import.meta.url))

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full))
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full)
  }
  return out
}

// `import ... from './x.js'`, `export ... from './x.js'`, `import './x.js'`, `import('./x.js')`.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g

/** The relative imports of one file, as absolute .ts paths. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), m[1]).replace(/\.js$/, '.ts')
    out.push(target)
  }
  return out
}

/** Every cycle (as a list of files, first repeated at the end), found by a depth-first walk. */
export function cyclesIn(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return cycles
}

test('the walk finds a cycle when there is one', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']]
  ])
  expect(cyclesIn(graph)).toEqual([['a', 'b', 'c', 'a']])
  expect(importsOf('/r/src/x/a.ts', "import type { T } from '../y/b.js'\nexport { z } from './c.js'")).toEqual(['/r/src/y/b.ts', '/r/src/x/c.ts'])
})

test('src/ has no import cycles', () => {
  const files = sourceFiles(SRC)
  expect(files.length).toBeGreaterThan(50)
  const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]))
  const relative = cyclesIn(graph).map((cycle) => cycle.map((f) => path.relative(SRC, f)).join(' -> '))
  expect(relative).toEqual([])
})
