/**
 * 10240 -> "10,240": an integer's digits grouped in threes, as en-US writes
 * them. Not toLocaleString: its first call loads ICU's locale data (about
 * 20 ms of a validate run), and its output depends on the ICU build.
 */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',')
}
