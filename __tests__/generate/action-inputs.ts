// The runner hands a step every input that has a value: the `with:` values
// and, for the rest, action.yml's defaults. runAction passes only what it
// is given, so the end-to-end tests add the defaults from action.yml here.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../support/run-action.js'

/**
 * `default:` values of action.yml's inputs. A deliberately small reader for
 * this one file's shape (two-space keys, four-space fields, scalar defaults);
 * expression defaults (`${{ github.token }}`) are left out as the runner
 * would evaluate them.
 */
export function actionDefaults(file = path.join(REPO_ROOT, 'action.yml')): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const defaults: Record<string, string> = {}
  let inInputs = false
  let current: string | undefined
  for (const line of lines) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith('inputs:')
      current = undefined
      continue
    }
    if (!inInputs) continue
    const key = /^ {2}([\w-]+):\s*$/.exec(line)
    if (key) {
      current = key[1]
      continue
    }
    const field = /^ {4}default:\s*(.*)$/.exec(line)
    if (field && current) {
      let value = field[1].trim()
      if (/^".*"$/.test(value)) value = JSON.parse(value) as string
      else if (/^'.*'$/.test(value)) value = value.slice(1, -1).replaceAll("''", "'")
      if (!value.includes('${{')) defaults[current] = value
    }
  }
  return defaults
}

/** What a workflow step's inputs become on the runner: the defaults, then `with:`. */
export function stepInputs(withInputs: Record<string, string>): Record<string, string> {
  return { ...actionDefaults(), ...withInputs }
}
