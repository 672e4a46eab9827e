/** "a, b, c and 2 more": the first `max` values, then how many are left out. Findings and the diff's texts name lists this way. */
export function listText(values: readonly string[], max = 3, separator = ', '): string {
  if (values.length <= max) return values.join(separator)
  return `${values.slice(0, max).join(separator)} and ${values.length - max} more`
}
