/** The form every file is written in: two-space indent and a final newline. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** The form step outputs carry: one line, no spaces. */
export function compactJson(value: unknown): string {
  return JSON.stringify(value)
}
