// The floor of `validate`: a fresh Node process that finds the same files
// (one recursive listing), reads each and JSON.parses it, and does nothing
// else. Whatever the action does beyond this is its own cost.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.argv[2]
let statements = 0
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue
  const value = JSON.parse(readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8'))
  statements += Array.isArray(value.Statement) ? value.Statement.length : 1
}
process.stdout.write(`${statements}\n`)
