// A step output that holds a JSON list, kept within a byte budget: the array
// itself while it fits, otherwise an object that says how many items there
// are and holds the first of them (e.g. the `findings` output).

/**
 * Bytes of an output that holds a list. An output is used by passing it on:
 * to another action's input or a step's `env`, and both reach the next process
 * as one environment variable, which Linux caps at 131,072 bytes with its
 * name (MAX_ARG_STRLEN: over it the runner cannot start the step, "Argument
 * list too long"). GitHub's own caps are wider: 1 MB an output, and 1 MB for
 * all of a job's outputs together, counted as UTF-16 (two bytes a character).
 * 100,000 bytes stays under all of them.
 */
export const LIST_OUTPUT_BUDGET = 100 * 1000

/**
 * The JSON text of `items` as an array when it takes at most `budget` bytes
 * (UTF-8). Otherwise the JSON of `cut`, an object whose LAST member is an
 * empty array, with as many first items put into that array as fit in the
 * budget. Each item is serialised once, and only until the budget is reached.
 */
export function jsonListWithin(items: readonly unknown[], cut: object, budget = LIST_OUTPUT_BUDGET): string {
  const texts: string[] = []
  // Bytes up to each item's JSON, +1 for the comma; counted only until the budget is reached.
  const sizes: number[] = []
  let used = 2
  for (const item of items) {
    const text = JSON.stringify(item)
    used += Buffer.byteLength(text, 'utf8') + 1
    if (used > budget) return cutList(texts, sizes, cut, budget)
    texts.push(text)
    sizes.push(used)
  }
  return `[${texts.join(',')}]`
}

/** `cut` with as many first items as fit in `budget` bytes (`texts[i]`: item i's JSON, `fitted[i]`: bytes up to it). */
function cutList(texts: readonly string[], fitted: readonly number[], cut: object, budget: number): string {
  const emptyJson = JSON.stringify(cut)
  if (!emptyJson.endsWith('[]}')) throw new Error('jsonListWithin: the cut object must end with an empty array')
  const overhead = Buffer.byteLength(emptyJson, 'utf8')
  let shown = 0
  while (shown < fitted.length && overhead + fitted[shown] <= budget) shown++
  // The empty array's "[]}" is where the first items go.
  return `${emptyJson.slice(0, -2)}${texts.slice(0, shown).join(',')}]}`
}
