// Reads README.md and action.yml for the README tests: the input and output
// tables (`| input | default | meaning |`, `| output | meaning |`), the
// ```yaml example workflows, and action.yml's inputs and outputs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './run-action.js'

export const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')

export interface ActionMetadata {
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>
  outputs: Record<string, { description?: string }>
}

export const actionYml = (): ActionMetadata => parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata

export interface TableRow {
  /** Every `name` in the first cell. */
  names: string[]
  cells: string[]
  line: number
}

/** Cells of a Markdown table row; `\|` and pipes inside backticks stay in their cell. */
function cellsOf(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  let code = false
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]
    if (ch === '\\' && inner[i + 1] === '|') {
      cell += '|'
      i++
    } else if (ch === '`') {
      code = !code
      cell += ch
    } else if (ch === '|' && !code) {
      cells.push(cell.trim())
      cell = ''
    } else cell += ch
  }
  cells.push(cell.trim())
  return cells
}

/** The rows of every table whose header's first cell is `first` (input or output). */
export function tableRows(markdown: string, first: 'input' | 'output'): TableRow[] {
  const lines = markdown.split('\n')
  const rows: TableRow[] = []
  let inCode = false
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('```')) inCode = !inCode
    if (inCode || !lines[i].startsWith('|')) continue
    const header = cellsOf(lines[i])
    if (header[0] !== first || !/^\|[\s|:-]+\|$/.test(lines[i + 1]?.trim() ?? '')) continue
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
      const cells = cellsOf(lines[j])
      rows.push({ names: [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]), cells, line: j + 1 })
    }
  }
  return rows
}

export interface ExampleStep {
  /** Where the example stands: the workflow's name or first comment line, the job id. */
  title: string
  events: string[]
  inputs: Record<string, string>
}

/** Every step of the README's ```yaml examples that uses this action (`org/redshift-temp-creds-action@vN`). */
export function exampleSteps(markdown: string): ExampleStep[] {
  const steps: ExampleStep[] = []
  for (const block of markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const text = block[1]
    const doc = parse(text) as { name?: string; on?: unknown; jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
    const events = doc.on === undefined ? ['push'] : typeof doc.on === 'string' ? [doc.on] : Array.isArray(doc.on) ? doc.on.map(String) : Object.keys(doc.on as object)
    const heading = [...markdown.slice(0, block.index).matchAll(/^#{2,4} (.+)$/gm)].at(-1)?.[1]
    const label = doc.name ?? /^# (\S+)/.exec(text)?.[1] ?? `the ${heading ?? 'first'} example`
    for (const [job, spec] of Object.entries(doc.jobs ?? {})) {
      for (const step of spec.steps ?? []) {
        if (!/^[\w-]+\/redshift-temp-creds-action@v\d+$/.test(step.uses ?? '')) continue
        const inputs: Record<string, string> = {}
        for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = String(v)
        steps.push({ title: `${label} / ${job}`, events, inputs })
      }
    }
  }
  return steps
}
