// A line diff of two texts in unified form (what `diff -u` prints), for the
// collapsed "text diff" block of the review. Myers' O(ND) algorithm after
// trimming the common head and tail, so a small edit of a large file is cheap.

export type LineEdit = { op: ' ' | '-' | '+'; line: string }

/** Above this many differing lines, the texts are shown as fully replaced. */
const MAX_EDIT_DISTANCE = 4000

export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The shortest edit script turning `a` into `b`, line by line. */
export function diffLines(a: string[], b: string[]): LineEdit[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const same = (line: string): LineEdit => ({ op: ' ', line })
  return [...a.slice(0, head).map(same), ...myers(midA, midB), ...a.slice(a.length - tail).map(same)]
}

function myers(a: string[], b: string[]): LineEdit[] {
  const n = a.length
  const m = b.length
  if (n === 0) return b.map((line) => ({ op: '+', line }))
  if (m === 0) return a.map((line) => ({ op: '-', line }))
  const max = Math.min(n + m, MAX_EDIT_DISTANCE)
  const offset = max + 1
  let v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    const next = v
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      next[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b, d, offset)
    }
    v = next
  }
  // Too different to be worth aligning: all of a out, all of b in.
  return [...a.map((line): LineEdit => ({ op: '-', line })), ...b.map((line): LineEdit => ({ op: '+', line }))]
}

function backtrack(trace: Int32Array[], a: string[], b: string[], dEnd: number, offset: number): LineEdit[] {
  const edits: LineEdit[] = []
  let x = a.length
  let y = b.length
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]
    const k = x - y
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
    const prevK = down ? k + 1 : k - 1
    const prevX = v[offset + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      edits.push({ op: ' ', line: a[--x] })
      y--
    }
    if (down) edits.push({ op: '+', line: b[--y] })
    else edits.push({ op: '-', line: a[--x] })
  }
  while (x > 0 && y > 0) {
    edits.push({ op: ' ', line: a[--x] })
    y--
  }
  return edits.reverse()
}

/**
 * Unified diff text with `context` unchanged lines around each change and
 * @@ hunk headers; empty when the texts have the same lines.
 */
export function unifiedDiff(before: string, after: string, context = 3): string {
  const edits = diffLines(splitLines(before), splitLines(after))
  if (edits.every((e) => e.op === ' ')) return ''
  const out: string[] = []
  let i = 0
  // Line numbers (1-based) reached in each text before edit i.
  const posA: number[] = []
  const posB: number[] = []
  let la = 1
  let lb = 1
  for (const e of edits) {
    posA.push(la)
    posB.push(lb)
    if (e.op !== '+') la++
    if (e.op !== '-') lb++
  }
  while (i < edits.length) {
    while (i < edits.length && edits[i].op === ' ') i++
    if (i >= edits.length) break
    const start = Math.max(0, i - context)
    let end = i
    // Extend while the next change is within 2*context unchanged lines.
    for (;;) {
      while (end < edits.length && edits[end].op !== ' ') end++
      let gap = end
      while (gap < edits.length && edits[gap].op === ' ') gap++
      if (gap < edits.length && gap - end <= 2 * context) end = gap
      else break
    }
    const stop = Math.min(edits.length, end + context)
    const hunk = edits.slice(start, stop)
    const countA = hunk.filter((e) => e.op !== '+').length
    const countB = hunk.filter((e) => e.op !== '-').length
    const fromA = countA === 0 ? posA[start] - 1 : posA[start]
    const fromB = countB === 0 ? posB[start] - 1 : posB[start]
    out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`)
    for (const e of hunk) out.push(`${e.op}${e.line}`)
    i = stop
  }
  return `${out.join('\n')}\n`
}
