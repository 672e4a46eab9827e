// The README's input and output tables list exactly action.yml's inputs and
// outputs, each once, with action.yml's default. Generic: a new input or output
// in action.yml fails this test until the README has a row for it.
import { actionYml, README, tableRows } from '../support/readme.js'

const action = actionYml()
const inputRows = tableRows(README, 'input')
const outputRows = tableRows(README, 'output')

test('the README has input and output tables', () => {
  expect(inputRows.length).toBeGreaterThan(10)
  expect(outputRows.length).toBeGreaterThan(5)
})

test('every input of action.yml has exactly one README row, and every row names an input of action.yml', () => {
  const named = inputRows.flatMap((r) => r.names.slice(0, 1))
  expect([...named].sort()).toEqual(Object.keys(action.inputs).sort())
})

test('every output of action.yml appears exactly once in the README, and every README output exists', () => {
  const named = outputRows.flatMap((r) => r.names)
  expect([...named].sort()).toEqual(Object.keys(action.outputs).sort())
})

test("each input's default in the README is action.yml's default", () => {
  const mismatches: string[] = []
  for (const row of inputRows) {
    const name = row.names[0]
    const spec = action.inputs[name]
    if (!spec) continue // reported by the test above
    const cell = row.cells[1] ?? ''
    const shown = /^`([^`]*)`/.exec(cell)?.[1]
    if (spec.default !== undefined) {
      if (shown !== String(spec.default)) mismatches.push(`${name}: README default ${JSON.stringify(cell)}, action.yml default ${JSON.stringify(String(spec.default))}`)
    } else if (cell !== '' && shown !== undefined && cell === `\`${shown}\`` && !(shown in action.inputs)) {
      // A lone literal is a default action.yml does not have; a computed default names another input or is described in words.
      mismatches.push(`${name}: README default ${JSON.stringify(cell)}, action.yml has none`)
    }
  }
  expect(mismatches).toEqual([])
})

test('the table reader splits rows on pipes outside backticks only', () => {
  const rows = tableRows('| input | default | meaning |\n|---|---|---|\n| `a` | `x|y` | one \\| two |\n', 'input')
  expect(rows.map((r) => r.cells)).toEqual([['`a`', '`x|y`', 'one | two']])
})

// user-name is taken with trust-principal user (required: the trust policy names it) and account (optional: the
// requester policy goes on that user, while the account root the trust names admits any IAM user or role of the
// account that its policies let: IAM User Guide, Principal, AWS account principals), and refused with role. The
// descriptions said only "the IAM user that requests the credentials", and "account" only "the account root".
test('user-name and trust-principal say what each trust-principal does with the user, in action.yml and the README', () => {
  const readmeRow = (name: string) => inputRows.find((r) => r.names[0] === name)?.cells[2] ?? ''
  for (const text of [String(action.inputs['user-name'].description), readmeRow('user-name')]) {
    expect([text, /trust-principal:? user/.test(text), /account/.test(text), /refused with `?trust-principal:? role/.test(text)]).toEqual([text, true, true, true])
  }
  for (const text of [String(action.inputs['trust-principal'].description), readmeRow('trust-principal')]) {
    expect([text, /IAM user or role of/.test(text)]).toEqual([text, true])
  }
})
