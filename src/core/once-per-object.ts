/**
 * `compute`, worked out once for each object it is asked about and kept only
 * as long as that object is (a WeakMap): for the answers rules and the diff
 * ask again and again of one statement, document or condition block, where
 * asking per value, per ARN or per condition would multiply the work.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>()
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key)
      answers.set(key, answer)
    }
    return answer as V
  }
}
