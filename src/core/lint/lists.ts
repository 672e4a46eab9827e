// Lists of one shape. V8 keeps, with each array, the kind of elements it
// holds: a literal `[]`, and what `.map` or `.filter` makes of an empty list,
// are lists of small integers; a list that holds nodes or strings is another
// kind. Code the engine made fast for the lists the rules walk was thrown
// away the first time a list of the other kind came by, and compiled again
// ("wrong map" deoptimisations: a dozen rules, each recompiled while the
// first files of a run waited). Lists made here hold objects and strings
// from the start, empty or not.

/** An empty list of the kind a list of strings or objects is. */
export function emptyList<T>(): T[] {
  const list: T[] = [undefined as T]
  list.pop()
  return list
}

/** `list.map(fn)`, as a list of that kind. */
export function mapList<T, U>(list: readonly T[], fn: (item: T) => U): U[] {
  const out = emptyList<U>()
  for (let i = 0; i < list.length; i++) out.push(fn(list[i]))
  return out
}

/** `list.filter(keep)`, as a list of that kind. */
export function filterList<T>(list: readonly T[], keep: (item: T) => boolean): T[] {
  const out = emptyList<T>()
  for (let i = 0; i < list.length; i++) if (keep(list[i])) out.push(list[i])
  return out
}
