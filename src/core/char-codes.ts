/**
 * The UTF-16 code units the JSON scanners compare characters with.
 *
 * A const enum, so that the bundler writes each as its number where it is
 * used: module-level `const`s stay variables of the module's context, which
 * V8's optimising tiers load and check on every comparison. In the parser's
 * per-character loops that was about a third of their instructions
 * (callgrind, 10,000 files: see CHANGELOG).
 */
export const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Dollar = 36,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  LowerF = 102,
  LowerN = 110,
  LowerT = 116,
  OpenBrace = 123,
  CloseBrace = 125,
  Ellipsis = 0x2026,
  ByteOrderMark = 0xfeff
}
