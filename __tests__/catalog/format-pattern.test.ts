// The catalogue's ARN formats as linear patterns (format-pattern.ts) against
// the regular expressions they replace, which decided the same thing by
// backtracking: on every format of the catalogue, with ARNs made from it
// (placeholders filled with text holding ':', '/', upper case, nothing) and
// mutated, both answer alike; and the hostile shapes that made the regular
// expression take cubic time take linear time.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { findService, servicePrefixes } from '../../src/core/iam/catalog/index.js'
import { placeholderHoldsNoSeparator } from '../../src/core/iam/catalog/name-charsets.js'
import { catalogFormatPattern, formatMatchSteps, matchesFormatPattern } from '../../src/core/iam/catalog/format-pattern.js'

/** The Regional types AWS writes its own instances of with no account (AWS_OWNED_REGIONAL_TYPES), by service and resource opening. */
const AWS_OWNED = [/^ssm:document\//, /^ssm:parameter\//, /^ssm:automation-definition\//, /^resource-explorer-2:view\//, /^partnercentral:catalog\/\$\{Catalog\}\/engagement\//]

/**
 * The regular expression arns.ts made of a format (the reference; only tests build it), with a Region written
 * `${Region}` never empty, nor the account `${Account}` (holdsText), but for the Regional types of which AWS owns
 * instances.
 */
function referenceRegExp(format: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const parts = format.split(':')
  const lone = (part: string) => /^\$\{[^}]*\}$/.test(part)
  const awsOwned = parts[3] !== '' && AWS_OWNED.some((type) => type.test(`${parts[2]}:${parts.slice(5).join(':')}`))
  const head = parts
    .slice(0, 5)
    .map((p, i) => ((i === 3 && lone(p)) || (i === 4 && !awsOwned && lone(p)) ? '[^:]+' : p.split(/\$\{[^}]*\}/).map(escape).join('[^:]*')))
  const resource = parts
    .slice(5)
    .join(':')
    .split(/(\$\{[^}]*\}|\*)/)
    .map((piece) => (piece.startsWith('${') && placeholderHoldsNoSeparator(parts[2], piece.slice(2, -1)) ? '[^:/]*' : piece.startsWith('${') || piece === '*' ? '.*' : escape(piece)))
    .join('')
  return new RegExp(`^${head.join(':')}:${resource}$`, 'is')
}

const FORMATS = servicePrefixes().flatMap((p) => findService(p)!.resourceTypes.flatMap((t) => t.arnFormats))
const FILLS = ['', 'a', 'Ab-1', 'x/y', 'x:y', ':', '/', '//', 'a/b:c', '\n', 'É', '\u212a', '*']

/** ARNs a format names, and near misses: its placeholders filled in, then a character dropped, added or changed. */
function arnsOf(format: string, seed: number): string[] {
  let n = seed
  const next = () => (n = (n * 1103515245 + 12345) & 0x7fffffff)
  const filled = () => format.replace(/\$\{[^}]*\}|\*/g, () => FILLS[next() % FILLS.length])
  const out: string[] = []
  for (let i = 0; i < 6; i++) {
    const arn = filled()
    const at = next() % (arn.length + 1)
    out.push(arn, arn.toUpperCase(), arn.slice(0, at) + arn.slice(at + 1), `${arn.slice(0, at)}/${arn.slice(at)}`, `${arn.slice(0, at)}:${arn.slice(at)}`, `${arn}x`)
  }
  return out
}

describe('a format as a linear pattern', () => {
  test(`answers as the regular expression did, on every format of the catalogue (${FORMATS.length})`, () => {
    let compared = 0
    let matched = 0
    const differing: Array<[string, string]> = []
    FORMATS.forEach((format, i) => {
      const re = referenceRegExp(format)
      const pattern = catalogFormatPattern(format)
      for (const arn of arnsOf(format, i + 1)) {
        const expected = re.test(arn)
        if (matchesFormatPattern(pattern, arn) !== expected) differing.push([format, arn])
        if (expected) matched++
        compared++
      }
    })
    expect(differing).toEqual([])
    expect(compared).toBeGreaterThan(50_000)
    // Both answers occur often: the ARNs are neither all names of the format nor all misses.
    expect(matched).toBeGreaterThan(compared / 5)
    expect(matched).toBeLessThan(compared * 0.8)
  })

  test('answers as the regular expression did on random texts against random formats', () => {
    const piece = fc.oneof(fc.constantFrom('${Name}', '${Partition}', '*', ':', '/', 'a', 'B', 'ab/', '/x', 'arn'), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'A', ':', '/', 'x', 'arn', '*', '\n'), { maxLength: 16 }), (pieces, text) => {
        const format = pieces.join('')
        const arn = text.join('')
        const re = referenceRegExp(format)
        expect(matchesFormatPattern(catalogFormatPattern(format), arn)).toBe(re.test(arn))
        // An ARN the format names when its placeholders are filled with the text's pieces.
        const filled = format.replace(/\$\{[^}]*\}|\*/g, () => arn.slice(0, 3))
        expect(matchesFormatPattern(catalogFormatPattern(format), filled)).toBe(re.test(filled))
      }),
      { numRuns: 3000 }
    )
  })

  test('a hostile ARN against the formats with the most placeholders that may hold "/" takes linear time', () => {
    const deep = FORMATS.filter((f) => f.includes('/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/'))
    expect(deep.length).toBeGreaterThan(0)
    // 800 KB: the regular expression would take days (cubic; 8 KB took 1.6 s). Counted rather than timed (the machine
    // is shared): the matcher's steps on each format stay within a few per character of the ARN, and twice the ARN
    // costs about twice the steps.
    const stepsFor = (repeat: number) => {
      const arn = `arn:aws:apigateway:us-east-1::/restapis/${'/resources//methods/'.repeat(repeat)}`
      const before = formatMatchSteps()
      for (const format of deep) expect(matchesFormatPattern(catalogFormatPattern(format), arn)).toBe(false)
      const taken = formatMatchSteps() - before
      expect(taken).toBeLessThanOrEqual(4 * deep.length * arn.length)
      return taken
    }
    const half = stepsFor(20_000)
    const whole = stepsFor(40_000)
    expect(whole).toBeLessThanOrEqual(2.5 * half)
  })
})
