import { endianness } from 'node:os'

/**
 * A text's UTF-16 code units in a typed array, followed by a 0: JSON allows
 * that character nowhere, so a scan that meets it stops there without a
 * bounds test of its own.
 *
 * Why: V8's optimised `charCodeAt` finds out, at every character, how the
 * string is stored (flat, joined, sliced; one byte or two per character)
 * before it reads it: in the parser's white-space and string loops that was
 * most of their instructions. An element of a Uint16Array is one load.
 *
 * The array is shared and overwritten by the next call: read it only while
 * the text it was made of is being parsed (a parse runs to its end without
 * starting another). A text of more than SHARED_UNITS code units gets an
 * array of its own, so that one large file does not hold memory for the
 * rest of the run.
 */
export function codeUnitsOf(text: string): Uint16Array {
  const need = text.length + 1
  if (need > shared.length && need <= SHARED_UNITS) {
    shared = new Uint16Array(Math.min(SHARED_UNITS, Math.max(need, 2 * shared.length, 1 << 14)))
    sharedBytes = Buffer.from(shared.buffer)
  }
  const units = need <= shared.length ? shared : new Uint16Array(need)
  if (LITTLE_ENDIAN) {
    // Node writes UTF-16LE as the string's code units, unpaired surrogates included.
    ;(units === shared ? sharedBytes : Buffer.from(units.buffer)).write(text, 0, 'utf16le')
  } else {
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  }
  units[text.length] = 0
  return units
}

/** The most code units the shared array grows to (2 MiB of memory). */
export const SHARED_UNITS = 1 << 20

const LITTLE_ENDIAN = endianness() === 'LE'
let shared = new Uint16Array(0)
let sharedBytes = Buffer.alloc(0)
