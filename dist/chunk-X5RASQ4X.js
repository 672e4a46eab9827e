import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  actionsMatching,
  findAction,
  findConditionKey,
  findService,
  groupDigits,
  hasVendorWildcard,
  listText,
  matchWork,
  valueFormatOf
} from "./chunk-4P27VZC6.js";
import {
  addressRanges,
  evaluate,
  evaluateConditions,
  isNegatedBase,
  parseCidr,
  parseNumber,
  parseOperator,
  parseTime,
  principalFromArn
} from "./chunk-JDA5AVWZ.js";
import {
  PATTERN_PAIR_BUDGET,
  arnMatches,
  arnPatternCovers,
  arnPatternsOverlap,
  bracesOf,
  hasWildcard,
  isAccountId,
  keyedByPolicy,
  literalMark,
  matchesWildcard,
  memorable,
  normalisePolicy,
  oncePerObject,
  parsePolicyVariable,
  patternCovers,
  patternsOverlap,
  readConditionValue,
  readDate,
  readNumber,
  readsPolicyVariables,
  replaceBraces,
  splitArn,
  splitAtBraces,
  statementsAsRead,
  valueFamilyOf,
  wholeAccountOf
} from "./chunk-WK53RSOG.js";

// src/core/diff/conditions/forms.ts
var EPOCH_SECONDS = /^\d+$/;
function documentedForm(base, value) {
  const family = valueFamilyOf(base);
  return family === void 0 || readConditionValue(family, value).form === "documented";
}
var EXACT_DIGITS = 15;
function valueDigits(decimal) {
  const [whole, fraction = ""] = decimal.replace(/^-/, "").split(".");
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  return whole.replace(/^0+/, "") + fraction.slice(0, end);
}
function exactlyCompared(base, value) {
  if (base.startsWith("Numeric") || base.startsWith("Date") && EPOCH_SECONDS.test(value)) return valueDigits(value).length <= EXACT_DIGITS;
  return true;
}

// src/core/diff/conditions/clause.ts
function hasPolicyVariable(value) {
  return splitAtBraces(value, true).length > 1;
}
function isOpaque(base, value) {
  return value.includes("${") || base !== void 0 && (!documentedForm(base, value) || !exactlyCompared(base, value));
}
var read = 0;
function clauseOf(operator, key, values) {
  const op = parseOperator(operator);
  read += values.length;
  return {
    operator,
    ...op ? { op } : {},
    key,
    // A frozen copy: the evaluator indexes a frozen list of address ranges once (by identity) and tries many values against it.
    values: Object.freeze([...values]),
    negated: op ? isNegatedBase(op.base) === true : false,
    opaque: partsNotDocumentedTogether(operator, op) || values.some((v) => isOpaque(op?.base, v))
  };
}
function clauseWith(c, value) {
  read++;
  return { ...c, values: Object.freeze([...c.values, value].sort()), opaque: c.opaque || isOpaque(c.op?.base, value) };
}
var SET_ON_NULL = /^(?:ForAllValues|ForAnyValue):Null(?:IfExists)?$/;
function partsNotDocumentedTogether(operator, op) {
  return op?.set === "ForAnyValue" && op.ifExists || op === void 0 && SET_ON_NULL.test(operator);
}
var unreadByEvaluator = (c) => c.opaque && c.op === void 0;
function clausesByKey(condition) {
  const out = /* @__PURE__ */ new Map();
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(keys)) {
      const k = key.toLowerCase();
      const list = out.get(k);
      const clause = clauseOf(operator, k, values);
      if (list) list.push(clause);
      else out.set(k, [clause]);
    }
  }
  return out;
}
function canonicalValue(value) {
  if (!value.includes("${")) return value;
  return replaceBraces(value, (inner, whole) => {
    const variable = parsePolicyVariable(inner);
    if (!variable || "character" in variable) return whole;
    const key = variable.key.toLowerCase();
    return variable.fallback === void 0 ? `\${${key}}` : `\${${key}, '${variable.fallback}'}`;
  });
}
function valuesWithin(a, b) {
  if (a.operator !== b.operator || !a.op) return false;
  const [fewer, more] = a.negated ? [b, a] : [a, b];
  const listed = new Set(more.values.map(canonicalValue));
  return fewer.values.every((v) => listed.has(canonicalValue(v)));
}
function sameClause(a, b) {
  return a.operator === b.operator && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
}
function conditionOf(clauses) {
  const out = keyedByPolicy();
  for (const c of clauses) {
    const block = out[c.operator] ??= keyedByPolicy();
    block[spellingNotIn(block, c.key)] = c.values;
  }
  return out;
}
function spellingNotIn(block, key) {
  if (!Object.hasOwn(block, key)) return key;
  for (let i = 1; i <= key.length; i++) {
    const spelling = key.slice(0, i).toUpperCase() + key.slice(i);
    if (!Object.hasOwn(block, spelling)) return spelling;
  }
  return key;
}
function clauseText(c, withOperator = true) {
  const values = c.values.join(", ");
  return withOperator ? `${c.operator} ${values}` : values;
}
function clausesText(clauses, withOperator = true) {
  if (clauses.length === 0) return "no condition";
  return clauses.map((c) => clauseText(c, withOperator)).join(" and ");
}

// src/core/diff/work.ts
var DIFF_WORK_BUDGET = 25e6;
function readWork(count, chars) {
  return count + Math.ceil(chars / 8);
}
var PATTERN_COMPARISON = 8;
var PAIR_CELLS = 64;
var SHORT_PATTERN = 1024;
var LONG_PATTERN_CHAR = 2;
function tokensWork(chars) {
  return chars > SHORT_PATTERN ? LONG_PATTERN_CHAR * (chars - SHORT_PATTERN) : 0;
}
function pairTokensWork(a, b) {
  return (a.length + 1) * (b.length + 1) > PATTERN_PAIR_BUDGET ? 0 : tokensWork(a.length) + tokensWork(b.length);
}
var SHORT_EVALUATED_VALUE = 64;
var LONG_EVALUATED_CHARS = 16;
function evaluatedValueWork(chars) {
  return 1 + (chars > SHORT_EVALUATED_VALUE ? Math.ceil((chars - SHORT_EVALUATED_VALUE) / LONG_EVALUATED_CHARS) : 0);
}
function charsOf(values) {
  let n = 0;
  for (const v of values) n += v.length;
  return n;
}
function valuesReadWork(lists) {
  let n = 0;
  for (const list of lists) n += readWork(list.values.length, charsOf(list.values));
  return n;
}
function pairWork(a, b) {
  return PATTERN_COMPARISON + readWork(1, a.length + b.length) + pairTokensWork(a, b) + Math.floor(a.length * b.length / PAIR_CELLS);
}
function overlapWork(a, b) {
  return 2 * (PATTERN_COMPARISON + readWork(1, a.length + b.length)) + pairTokensWork(a, b);
}
function valuesWork(a, b) {
  const pairs = a.values.length * b.values.length;
  const aChars = charsOf(a.values);
  const bChars = charsOf(b.values);
  const tokenising = tokensWorkOf(a.values) * b.values.length + tokensWorkOf(b.values) * a.values.length;
  return 2 * (pairs * PATTERN_COMPARISON + readWork(pairs, aChars * b.values.length + bChars * a.values.length) + tokenising + Math.floor(aChars * bChars / PAIR_CELLS));
}
function tokensWorkOf(values) {
  let n = 0;
  for (const v of values) n += tokensWork(v.length);
  return n;
}
var counted = 0;
var DiffWork = class {
  left;
  constructor(limit = DIFF_WORK_BUDGET) {
    this.left = limit;
  }
  /**
   * Counts the `units` of work about to be done. False once the budget is
   * spent: the caller then gives its cautious answer without comparing, and
   * the diff's result is marked as over budget (so that answer is never read
   * as a verdict).
   */
  spend(units = 1) {
    if (this.left < 0) return false;
    counted += units;
    this.left -= units;
    return this.left >= 0;
  }
  /** Has the diff run out of its budget (some answer was cut short)? */
  get spent() {
    return this.left < 0;
  }
};
function actionsMatchingWithin(pattern, work) {
  const before = matchWork();
  const found = actionsMatching(pattern);
  return work.spend(1 + Math.ceil((matchWork() - before) / 8)) ? found : void 0;
}

// src/core/diff/conditions/value-index.ts
var indexes = /* @__PURE__ */ new WeakMap();
function valuesOf(clause, plainKey, work) {
  let index = indexes.get(clause);
  if (!index) {
    work.spend(clause.values.length);
    index = { values: new Set(clause.values), plain: /* @__PURE__ */ new Set(), compared: [] };
    for (const v of clause.values) {
      const key = plainKey(v);
      if (key === void 0) index.compared.push(v);
      else index.plain.add(key);
    }
    indexes.set(clause, index);
  }
  return index;
}
function everyValueCovered(specific, general, plainKey, covers2, work) {
  const index = valuesOf(general, plainKey, work);
  return specific.values.every((s) => {
    const key = plainKey(s);
    if (index.values.has(s) || key !== void 0 && index.plain.has(key)) return work.spend();
    return work.spend() && index.compared.some((g) => work.spend(pairWork(g, s)) && covers2(g, s));
  });
}

// src/core/diff/conditions/arns.ts
var plainArn = (v) => hasWildcard(v) ? void 0 : v;
function subsetOne(a, b, work) {
  if (!a.negated && !b.negated) return everyValueCovered(a, b, plainArn, arnPatternCovers, work);
  if (a.negated && b.negated) return everyValueCovered(b, a, plainArn, arnPatternCovers, work);
  if (!a.negated && b.negated) return work.spend(valuesWork(a, b)) && a.values.every((x) => b.values.every((y) => !arnPatternsOverlap(x, y)));
  return b.values.includes("*");
}
var arnFamily = {
  bases: ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"],
  samples(clause) {
    const out = ["arn:aws:iam::999999999999:user/other-principal"];
    for (const v of clause.values) {
      if (!hasWildcard(v)) out.push(v, `${v}x`);
      else {
        const one = v.replace(/\?/g, "x");
        out.push(one.replace(/\*/g, "x"), one.replace(/\*/g, "Qz-9"));
      }
    }
    return out;
  },
  subset: (clauses, target, work) => clauses.some((a) => subsetOne(a, target, work))
};

// src/core/diff/conditions/ip.ts
var CANDIDATE_TEST = 16;
var V6_BASE = 1n << 40n;
var UNIVERSE = [
  { lo: 0n, hi: (1n << 32n) - 1n },
  { lo: V6_BASE, hi: V6_BASE + (1n << 128n) - 1n }
];
function merged(list) {
  const sorted = [...list].sort((a, b) => a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.lo <= last.hi + 1n) {
      if (r.hi > last.hi) last.hi = r.hi;
    } else out.push({ ...r });
  }
  return out;
}
function intersect(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.ranges.length && j < b.ranges.length) {
    const x = a.ranges[i];
    const y = b.ranges[j];
    const lo = x.lo > y.lo ? x.lo : y.lo;
    const hi = x.hi < y.hi ? x.hi : y.hi;
    if (lo <= hi) out.push({ lo, hi });
    if (x.hi < y.hi) i++;
    else j++;
  }
  return { ranges: merged(out), other: a.other && b.other };
}
function complement(s) {
  const out = [];
  for (const u of UNIVERSE) {
    let lo = u.lo;
    for (const r of s.ranges) {
      if (r.hi < u.lo || r.lo > u.hi) continue;
      if (r.lo > lo) out.push({ lo, hi: r.lo - 1n });
      lo = r.hi + 1n;
    }
    if (lo <= u.hi) out.push({ lo, hi: u.hi });
  }
  return { ranges: out, other: !s.other };
}
var setOf = oncePerObject(addressSetOf);
function addressSetOf(c) {
  const byFamily = addressRanges(c.values);
  const ranges = byFamily[4].map(([lo, hi]) => ({ lo, hi }));
  for (const [lo, hi] of byFamily[6]) ranges.push({ lo: V6_BASE + lo, hi: V6_BASE + hi });
  const admitted = { ranges, other: false };
  return c.negated ? complement(admitted) : admitted;
}
function formatV4(n) {
  return [24n, 16n, 8n, 0n].map((shift) => String(n >> shift & 255n)).join(".");
}
function formatV6(n) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push((n >> shift & 0xffffn).toString(16));
  return groups.join(":");
}
var ipFamily = {
  bases: ["IpAddress", "NotIpAddress"],
  // The evaluator looks a candidate address up in the clause's index of ranges (made once per list, charged above):
  // parsing the address and the call cost about a microsecond and a half, the binary search a step per halving.
  testWork: (clause) => CANDIDATE_TEST + Math.ceil(Math.log2(clause.values.length + 1)),
  // A generator: the witness search reads the first few dozen, and a clause may hold thousands of ranges.
  *samples(clause) {
    yield "not-an-address";
    for (const v of clause.values) {
      const r = parseCidr(v);
      if (!r) continue;
      const max = r.family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
      const format = r.family === 4 ? formatV4 : formatV6;
      for (const n of [r.first, r.last, r.first - 1n, r.last + 1n]) if (n >= 0n && n <= max) yield format(n);
    }
  },
  subset(clauses, target, work) {
    if (!work.spend(valuesReadWork(clauses) + valuesReadWork([target]))) return false;
    const all = clauses.reduce((acc, c) => intersect(acc, setOf(c)), { ranges: UNIVERSE, other: true });
    const outside = intersect(all, complement(setOf(target)));
    return outside.ranges.length === 0 && !outside.other;
  }
};

// src/core/diff/conditions/intervals.ts
var empty = (i) => i.lo > i.hi || i.lo === i.hi && !(i.loIn && i.hiIn);
function point(v) {
  return { lo: v, hi: v, loIn: true, hiIn: true };
}
function normalise(list) {
  const sorted = list.filter((i) => !empty(i)).sort((a, b) => a.lo - b.lo || (a.loIn === b.loIn ? 0 : a.loIn ? -1 : 1));
  const out = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && (i.lo < last.hi || i.lo === last.hi && (i.loIn || last.hiIn))) {
      if (i.hi > last.hi || i.hi === last.hi && i.hiIn) {
        last.hi = i.hi;
        last.hiIn = i.hiIn;
      }
    } else out.push({ ...i });
  }
  return out;
}
function complement2(s) {
  const out = [];
  let lo = -Infinity;
  let loIn = true;
  for (const i of s.intervals) {
    out.push({ lo, hi: i.lo, loIn, hiIn: !i.loIn });
    lo = i.hi;
    loIn = !i.hiIn;
  }
  out.push({ lo, hi: Infinity, loIn, hiIn: true });
  return { intervals: normalise(out), other: !s.other };
}
function intersect2(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.intervals.length && j < b.intervals.length) {
    const x = a.intervals[i];
    const y = b.intervals[j];
    const lo = Math.max(x.lo, y.lo);
    const hi = Math.min(x.hi, y.hi);
    const loIn = (x.lo !== lo || x.loIn) && (y.lo !== lo || y.loIn);
    const hiIn = (x.hi !== hi || x.hiIn) && (y.hi !== hi || y.hiIn);
    out.push({ lo, hi, loIn, hiIn });
    if (endsBefore(x, y)) i++;
    else j++;
  }
  return { intervals: normalise(out), other: a.other && b.other };
}
function endsBefore(x, y) {
  return x.hi < y.hi || x.hi === y.hi && !x.hiIn && y.hiIn;
}
function isEmptySet(s) {
  return s.intervals.length === 0 && !s.other;
}
function isSubset(a, b) {
  return isEmptySet(intersect2(a, complement2(b)));
}
var ALL_NUMBERS = { intervals: [{ lo: -Infinity, hi: Infinity, loIn: true, hiIn: true }], other: true };

// src/core/diff/conditions/numbers.ts
function interval(relation, v) {
  switch (relation) {
    case "Equals":
    case "NotEquals":
      return point(v);
    case "LessThan":
      return { lo: -Infinity, hi: v, loIn: true, hiIn: false };
    case "LessThanEquals":
      return { lo: -Infinity, hi: v, loIn: true, hiIn: true };
    case "GreaterThan":
      return { lo: v, hi: Infinity, loIn: false, hiIn: true };
    case "GreaterThanEquals":
      return { lo: v, hi: Infinity, loIn: true, hiIn: true };
  }
}
function rangeFamily(prefix, parse, format) {
  const relations = ["Equals", "NotEquals", "LessThan", "LessThanEquals", "GreaterThan", "GreaterThanEquals"];
  const setOf2 = (c) => {
    const relation = (c.op?.base ?? "").slice(prefix.length);
    const numbers = c.values.map(parse).filter((n) => !Number.isNaN(n));
    const admitted = { intervals: normalise(numbers.map((n) => interval(relation, n))), other: false };
    return c.negated ? complement2(admitted) : admitted;
  };
  return {
    bases: relations.map((r) => `${prefix}${r}`),
    samples(clause) {
      const out = ["not-a-value"];
      for (const v of clause.values) {
        const n = parse(v);
        if (!Number.isNaN(n)) out.push(...format(n));
      }
      return out;
    },
    subset(clauses, target, work) {
      if (!work.spend(valuesReadWork(clauses) + valuesReadWork([target]))) return false;
      const all = clauses.reduce((acc, c) => intersect2(acc, setOf2(c)), ALL_NUMBERS);
      return isSubset(all, setOf2(target));
    }
  };
}
function plainDecimal(n) {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = "", exponent] = m;
  const digits = whole + fraction;
  const point2 = whole.length + Number(exponent);
  if (point2 <= 0) return `${sign}0.${"0".repeat(-point2)}${digits}`;
  if (point2 >= digits.length) return `${sign}${digits}${"0".repeat(point2 - digits.length)}`;
  return `${sign}${digits.slice(0, point2)}.${digits.slice(point2)}`;
}
var numericFamily = rangeFamily("Numeric", parseNumber, (n) => [n, n - 1, n + 1, n - 0.5, n + 0.5].filter(Number.isFinite).map(plainDecimal));
var DATE_RANGE_MS = 864e13;
var dateFamily = rangeFamily(
  "Date",
  parseTime,
  (ms) => [ms, ms - 1e3, ms + 1e3, ms - 500, ms + 500].filter((t) => Math.abs(t) <= DATE_RANGE_MS).map((t) => new Date(t).toISOString()).filter((text) => !text.startsWith("+") && !text.startsWith("-"))
);

// src/core/diff/conditions/glob-union.ts
var MAX_STATES = 2048;
var POSITION_WORK = 2;
var STEP_WORK = 4;
function lay(patterns) {
  const chars = [];
  const end = [];
  for (const p of patterns) {
    for (const c of p) {
      chars.push(c);
      end.push(false);
    }
    chars.push("");
    end.push(true);
  }
  const afterStars = new Array(chars.length);
  for (let k = chars.length - 1; k >= 0; k--) afterStars[k] = chars[k] === "*" ? afterStars[k + 1] : k;
  return { chars, end, afterStars };
}
var stepped = 0;
var Stepper = class {
  constructor(laid) {
    this.laid = laid;
    this.mark = new Int32Array(laid.chars.length);
  }
  laid;
  mark;
  stamp = 0;
  /** `from` with the positions reachable without reading (a `*` may match nothing). */
  closed(from) {
    this.stamp++;
    const out = [];
    for (const j of from) this.add(j, out);
    return out.sort((x, y) => x - y);
  }
  /** The positions after reading one character (`undefined`: one no pattern names). */
  step(from, ch) {
    this.stamp++;
    stepped += from.length;
    const { chars, end } = this.laid;
    const out = [];
    for (const j of from) {
      if (end[j]) continue;
      const c = chars[j];
      if (c === "*") this.add(j, out);
      else if (c === "?" || c === ch) this.add(j + 1, out);
    }
    return out.sort((x, y) => x - y);
  }
  /** `j` and every position after the run of `*` from it. */
  add(j, out) {
    const last = this.laid.afterStars[j];
    for (let k = j; k <= last; k++) {
      if (this.mark[k] === this.stamp) continue;
      this.mark[k] = this.stamp;
      out.push(k);
    }
  }
};
function coveredByUnion(pattern, union, work) {
  let chars = pattern.length;
  for (const u of union) chars += u.length;
  if (!work.spend(union.length + chars)) return void 0;
  const alphabet = [void 0, ...new Set([...pattern, ...union.join("")].filter((c) => c !== "*" && c !== "?"))];
  const one = new Stepper(lay([pattern]));
  const laidUnion = lay(union);
  const many = new Stepper(laidUnion);
  const starts = [];
  for (let k = 0, at = 0; k < union.length; at += union[k].length + 1, k++) starts.push(at);
  const start = [one.closed([0]), many.closed(starts)];
  const patternEnd = pattern.length;
  const seen = /* @__PURE__ */ new Set();
  const queue = [start];
  while (queue.length > 0) {
    const [p, q] = queue.pop();
    const id = `${p.join(",")};${q.join(",")}`;
    if (seen.has(id)) continue;
    if (seen.size >= MAX_STATES || !work.spend(alphabet.length * (STEP_WORK + POSITION_WORK * (p.length + q.length)) + p.length + q.length)) return void 0;
    seen.add(id);
    if (p.includes(patternEnd) && !q.some((j) => laidUnion.end[j])) return false;
    for (const ch of alphabet) {
      const np = one.step(p, ch);
      if (np.length === 0) continue;
      queue.push([np, many.step(q, ch)]);
    }
  }
  return true;
}
var COMMON_VALUE_LENGTH = 256;
function commonValue(a, b, spend) {
  if (a.length > COMMON_VALUE_LENGTH || b.length > COMMON_VALUE_LENGTH) return void 0;
  const [x, y] = a < b ? [a, b] : [b, a];
  const id = `${x}\0${y}`;
  const known = meetings.get(id);
  if (known !== void 0) return spend(1) ? known ?? void 0 : void 0;
  const found = walkToCommonValue(x, y, spend);
  if (found.done) {
    if (meetings.size >= MEETINGS_KEPT) meetings.clear();
    meetings.set(id, found.value ?? null);
  }
  return found.value;
}
var meetings = /* @__PURE__ */ new Map();
var MEETINGS_KEPT = 1e4;
function walkToCommonValue(a, b, spend) {
  const literals = new Set([...a, ...b].filter((c) => c !== "*" && c !== "?"));
  const other = [..."xwz0-_"].find((c) => !literals.has(c)) ?? "x";
  const width = b.length + 1;
  const from = /* @__PURE__ */ new Map([[0, [-1, ""]]]);
  const queue = [0];
  for (let at = 0; at < queue.length; at++) {
    if (!spend(1)) return { done: false };
    const state = queue[at];
    const i = Math.floor(state / width);
    const j = state % width;
    if (i === a.length && j === b.length) {
      let text = "";
      for (let s = state; s > 0; s = from.get(s)[0]) text = from.get(s)[1] + text;
      return { value: text, done: true };
    }
    const go = (ni2, nj2, ch) => {
      const next = ni2 * width + nj2;
      if (from.has(next)) return;
      from.set(next, [state, ch]);
      queue.push(next);
    };
    const x = a[i];
    const y = b[j];
    if (x === "*") go(i + 1, j, "");
    if (y === "*") go(i, j + 1, "");
    if (x === void 0 || y === void 0) continue;
    const ni = x === "*" ? i : i + 1;
    const nj = y === "*" ? j : j + 1;
    if (x === "*" && y === "*") continue;
    if (x === "*" || x === "?") go(ni, nj, y === "*" || y === "?" ? other : y);
    else if (y === "*" || y === "?" || x === y) go(ni, nj, x);
  }
  return { done: true };
}

// src/core/diff/conditions/strings.ts
var MODES = {
  StringEquals: "exact",
  StringNotEquals: "exact",
  BinaryEquals: "exact",
  StringLike: "like",
  StringNotLike: "like",
  StringEqualsIgnoreCase: "anyCase",
  StringNotEqualsIgnoreCase: "anyCase",
  Bool: "anyCase"
};
var modeOf = (c) => {
  const base = c.op?.base ?? "";
  return Object.hasOwn(MODES, base) ? MODES[base] : "exact";
};
var hasCase = (c) => c.toLowerCase() !== c.toUpperCase();
function anyCasePattern(literal) {
  return [...literal].map((c) => hasCase(c) ? "?" : c === "*" || c === "?" ? "?" : c).join("");
}
function covers(gMode, general, sMode, specific) {
  if (gMode === sMode && general === specific) return true;
  switch (gMode) {
    case "like":
      if (general === "*") return true;
      return sMode === "anyCase" ? patternCovers(general, anyCasePattern(specific)) : patternCovers(general, sMode === "exact" ? literalPattern(specific) : specific);
    case "exact":
      if (sMode === "like") return !hasWildcard(specific) && general === specific;
      return general === specific && (sMode === "exact" || ![...specific].some(hasCase));
    case "anyCase":
      if (sMode === "like" && hasWildcard(specific)) return false;
      return general.toLowerCase() === specific.toLowerCase();
  }
}
function literalPattern(literal) {
  return literal.replace(/[*]/g, "?");
}
function overlaps(aMode, a, bMode, b) {
  if (aMode === "anyCase" || bMode === "anyCase") {
    const wild = (m, v) => m === "like" && hasWildcard(v);
    return wild(aMode, a) || wild(bMode, b) || a.toLowerCase() === b.toLowerCase();
  }
  if (aMode === "like" && bMode === "like") return patternsOverlap(a, b);
  if (aMode === "like") return matchesWildcard(a, b);
  if (bMode === "like") return matchesWildcard(b, a);
  return a === b;
}
var PLAIN_KEYS = {
  exact: (v) => v,
  anyCase: (v) => v.toLowerCase(),
  like: (v) => hasWildcard(v) ? void 0 : v
};
function allCovered(specific, general, work) {
  const sm = modeOf(specific);
  const gm = modeOf(general);
  if (sm === gm && everyValueCovered(specific, general, PLAIN_KEYS[gm], (g, s) => covers(gm, g, sm, s), work)) return true;
  if (sm !== gm && work.spend(valuesWork(specific, general)) && specific.values.every((s) => general.values.some((g) => covers(gm, g, sm, s)))) return true;
  if (gm !== "like" || sm === "anyCase" || !work.spend()) return false;
  return specific.values.every(
    (s) => (sm === "like" || !hasWildcard(s)) && (general.values.some((g) => covers(gm, g, sm, s)) || coveredByUnion(s, general.values, work) === true)
  );
}
function subsetOne2(a, b, work) {
  const am = modeOf(a);
  const bm = modeOf(b);
  if (!a.negated && !b.negated) return allCovered(a, b, work);
  if (a.negated && b.negated) return allCovered(b, a, work);
  if (!a.negated && b.negated) return work.spend(valuesWork(a, b)) && a.values.every((x) => b.values.every((y) => !overlaps(am, x, bm, y)));
  return bm === "like" && b.values.includes("*");
}
function subsetWithExclusions(clauses, target, work) {
  if (target.negated) return false;
  const excluding = clauses.filter((c) => c.negated);
  if (excluding.length === 0) return false;
  const mode = modeOf(excluding[0]);
  if (excluding.some((c) => modeOf(c) !== mode) || target.values.length > 0 && modeOf(target) !== mode) return false;
  const pooled = [...target.values, ...excluding.flatMap((c) => c.values)];
  if (!work.spend(pooled.length)) return false;
  const union = { ...excluding[0], values: pooled, negated: false };
  return clauses.some((a) => !a.negated && modeOf(a) === mode && allCovered(a, union, work));
}
function instances(pattern) {
  if (!hasWildcard(pattern)) return [pattern];
  const one = pattern.replace(/\?/g, "x");
  return [one.replace(/\*/g, ""), one.replace(/\*/g, "x"), one.replace(/\*/g, "Qz-9")];
}
function swapCase(text) {
  return [...text].map((c) => c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()).join("");
}
var stringFamily = {
  bases: Object.keys(MODES),
  samples(clause) {
    const out = ["other-value"];
    if (clause.op?.base === "Bool") out.push("true", "false");
    for (const v of clause.values) {
      for (const i of modeOf(clause) === "like" ? instances(v) : [v]) out.push(i, swapCase(i), `${i}x`);
    }
    return out;
  },
  subset: (clauses, target, work) => clauses.some((a) => subsetOne2(a, target, work))
};

// src/core/diff/conditions/families.ts
var FAMILIES = [stringFamily, arnFamily, numericFamily, dateFamily, ipFamily];
var BY_BASE = new Map(FAMILIES.flatMap((f) => f.bases.map((b) => [b, f])));
function familyOf(c) {
  return c.op ? BY_BASE.get(c.op.base) : void 0;
}

// src/core/diff/conditions/cross-clause-lists.ts
var PAIRED_CLAUSES = 4;
var PAIRED_SAMPLES = 3;
function* listsAcrossClauses(heads) {
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) for (const x of heads[i]) for (const y of heads[j]) if (x !== y) yield [x, y];
  }
}

// src/core/diff/conditions/key.ts
function admits(key, clauses, value) {
  if (clauses.length === 0) return true;
  return evaluateConditions(conditionOf(clauses), value === void 0 ? {} : { [key]: value }).met;
}
var isNullTrue = (c) => c.op?.base === "Null" && c.values.every((v) => v.toLowerCase() === "true");
var MAX_SAMPLES = 48;
function candidates(key, a, b, multi) {
  const samples = ["some-value"];
  const seen = new Set(samples);
  const heads = [];
  for (const c of [...a, ...b]) {
    const family = familyOf(c);
    if (!family) continue;
    if (samples.length >= MAX_SAMPLES) break;
    const head = multi && heads.length < PAIRED_CLAUSES ? [] : void 0;
    if (head) heads.push(head);
    for (const s of family.samples(c)) {
      if (head && head.length < PAIRED_SAMPLES) head.push(s);
      if (samples.length >= MAX_SAMPLES) break;
      if (seen.has(s)) continue;
      seen.add(s);
      samples.push(s);
    }
  }
  for (const s of typedSamples(key)) {
    if (seen.has(s)) continue;
    seen.add(s);
    samples.push(s);
  }
  const out = [void 0, ...samples];
  if (multi) {
    out.push([]);
    const few = samples.slice(0, 8);
    for (let i = 0; i < few.length; i++) for (let j = i + 1; j < few.length; j++) out.push([few[i], few[j]]);
    const paired = new Set(out.filter(Array.isArray).map((list) => JSON.stringify(list)));
    for (const list of listsAcrossClauses(heads)) {
      const id = JSON.stringify(list);
      if (paired.has(id) || paired.has(JSON.stringify([list[1], list[0]]))) continue;
      paired.add(id);
      out.push(list);
    }
  }
  return out;
}
function admitsEverything(key, c) {
  if (c.negated || c.op?.set === "ForAnyValue" || c.op?.base !== "StringLike" || !c.values.includes("*")) return false;
  return [void 0, "", "x", [], ["x", "y"]].every((v) => admits(key, [c], v));
}
function admitsEveryPresentValue(key, c) {
  if (c.negated || c.op?.set || c.op?.base !== "StringLike" || !c.values.includes("*")) return false;
  return ["", "x", ["x", "y"]].every((v) => admits(key, [c], v));
}
function implied(key, a, c, work) {
  const family = familyOf(c);
  const base = c.op?.base;
  if (base === "Null") {
    const presentOk = !isNullTrue(c) || a.some(isNullTrue);
    const absentOk2 = admits(key, [c], void 0) || !admits(key, a, void 0);
    return presentOk && absentOk2;
  }
  if (!family || !c.op) return false;
  if (admitsEverything(key, c)) return true;
  if (admitsEveryPresentValue(key, c)) return !admits(key, a, void 0) || admits(key, [c], void 0);
  if (a.some(isNullTrue) && (c.op.set === "ForAllValues" || admits(key, [c], void 0))) return true;
  const sameKind = a.filter((x) => familyOf(x) === family && x.op?.set === c.op?.set);
  if (c.op.set) return sameKind.some((x) => family.subset([x], c, work));
  if (a.some((x) => x.op?.set)) return false;
  const absentOk = !admits(key, a, void 0) || admits(key, [c], void 0);
  if (!absentOk || sameKind.length === 0) return false;
  return family.subset(sameKind, c, work) || family === stringFamily && singleValued(key) && subsetWithExclusions(sameKind, c, work);
}
function singleValued(key) {
  const info = findConditionKey(key);
  return info !== void 0 && info.global && !info.type.startsWith("ArrayOf");
}
function withoutSetPrefix(c) {
  if (!c.op?.set) return [c];
  if (c.op.set === "ForAllValues") return [clauseOf(`${c.op.base}IfExists`, c.key, c.values)];
  if (c.op.ifExists) return [c];
  const plain = clauseOf(c.op.base, c.key, c.values);
  return c.negated ? [clauseOf("Null", c.key, ["false"]), plain] : [plain];
}
function byBoolDomain(key, clauses) {
  const both = (c) => c.op?.base === "Bool" && !c.op.set && !c.opaque && ["true", "false"].every((t) => c.values.some((v) => v.toLowerCase() === t));
  if (!clauses.some(both) || findConditionKey(key)?.type !== "Bool") return clauses;
  return clauses.flatMap((c) => !both(c) ? [c] : c.op?.ifExists ? [] : [clauseOf("Null", key, ["false"])]);
}
function keySubset(key, written, writtenB, work) {
  const single = [...written, ...writtenB].some((c) => c.op?.set) && singleValued(key);
  const a = byBoolDomain(key, single ? written.flatMap(withoutSetPrefix) : written);
  const b = byBoolDomain(key, single ? writtenB.flatMap(withoutSetPrefix) : writtenB);
  const needed = b.filter((bc) => !a.some((ac) => sameClause(ac, bc)));
  if (needed.length === 0) return { holds: true };
  const unknown = { holds: "unknown", why: undocumentedText([...written, ...writtenB]) ?? `cannot compare \`${clausesText(written)}\` with \`${clausesText(writtenB)}\`` };
  if (!work.spend(valuesReadWork(a) + valuesReadWork(b))) return unknown;
  const within = (ac, bc) => ac.operator === bc.operator && work.spend(ac.values.length + bc.values.length) && valuesWithin(ac, bc);
  if (needed.every((bc) => a.some((ac) => within(ac, bc)))) return { holds: true };
  const usable = a.filter((c) => c.op && !c.opaque);
  const provable = needed.map((c) => c.op && c.opaque && !c.negated ? withoutOpaqueValues(c) : c);
  if (provable.some((c) => !c || !c.op || c.opaque)) return unknown;
  if (provable.every((c) => implied(key, usable, c, work))) return { holds: true };
  if (needed.some((c) => c.opaque)) return unknown;
  if (usable.length === a.length) {
    const multi = !single && [...a, ...b].some((c) => c.op?.set !== void 0);
    const perCandidate = testCount(a) + testCount(b);
    const possible = possibleValue(key);
    for (const value of candidates(key, a, b, multi)) {
      if (!work.spend(perCandidate)) return unknown;
      if (possible(value) && admits(key, a, value) && !admits(key, b, value)) return { holds: false, witness: value };
    }
  }
  return unknown;
}
function undocumentedText(clauses) {
  for (const c of clauses) {
    const base = c.op?.base;
    if (!c.opaque || base === void 0) continue;
    const value = c.values.find((v) => !hasPolicyVariable(v) && !documentedForm(base, v));
    if (value !== void 0) return `IAM does not document how it reads \`${value}\` in ${c.operator} (it documents ${documentedFormsText(base)})`;
    const long = c.values.find((v) => !hasPolicyVariable(v) && !exactlyCompared(base, v));
    if (long !== void 0) return `IAM does not document to how many digits it reads \`${long}\` in ${c.operator} (the diff tells numbers apart to 15 digits)`;
  }
  return void 0;
}
function documentedFormsText(base) {
  if (base.startsWith("Numeric")) return "integers and decimals";
  if (base.startsWith("Date")) return "ISO 8601 dates with a time and offset, and epoch seconds";
  if (base === "Bool") return "true and false";
  return "standard CIDR notation, such as 203.0.113.0/24, with no leading zeros or spaces";
}
var testCount = (clauses) => clauses.reduce((n, c) => {
  const family = familyOf(c);
  return n + (family?.testWork ? family.testWork(c) : valuesReadWork([c]));
}, 0);
function withoutOpaqueValues(c) {
  const values = c.values.filter((v) => !isOpaque(c.op?.base, v));
  return values.length === 0 ? void 0 : { ...c, values, opaque: false };
}
var memo = /* @__PURE__ */ new Map();
function keySubsetMemo(key, a, b, work) {
  const id = JSON.stringify([key, a.map((c) => [c.operator, c.values]), b.map((c) => [c.operator, c.values])]);
  let proof = memo.get(id);
  if (!proof) {
    proof = keySubset(key, a, b, work);
    if (work.spent) return proof;
    if (memo.size > 2e4) memo.clear();
    if (memorable(id, 4096)) memo.set(id, proof);
  }
  return proof;
}
function admitsNothing(key, clauses, work) {
  if (clauses.length === 0) return false;
  if (!work.spend(valuesReadWork(clauses))) return false;
  const readable = clauses.filter((c) => c.op && !c.opaque);
  if (readable.length === 0 || admits(key, readable, void 0)) return false;
  if (readable.some(isNullTrue)) return true;
  if (!singleValued(key)) return listAdmitsNothing(key, readable, work);
  return oneValueAdmitsNothing(key, readable.flatMap(withoutSetPrefix).filter((c) => !c.op?.set), work);
}
function listAdmitsNothing(key, readable, work) {
  if (readable.some((c) => !c.op?.set || c.op.ifExists)) return false;
  const onOneValue = (c) => clauseOf(c.operator.slice(c.operator.indexOf(":") + 1), key, c.values);
  const every = readable.filter((c) => c.op?.set === "ForAllValues").map(onOneValue);
  const present = clauseOf("Null", key, ["false"]);
  for (const some of readable.filter((c) => c.op?.set === "ForAnyValue")) {
    if (oneValueAdmitsNothing(key, [onOneValue(some), ...every, present], work)) return true;
  }
  return false;
}
function admitsNothingIfOneValue(key, clauses, work) {
  if (clauses.length < 2 || singleValued(key)) return false;
  if (!work.spend(valuesReadWork(clauses))) return false;
  const readable = clauses.filter((c) => c.op && !c.opaque);
  if (readable.length < 2 || readable.some((c) => c.op?.set) || admits(key, readable, void 0)) return false;
  return oneValueAdmitsNothing(key, readable, work);
}
function oneValueAdmitsNothing(key, usable, work) {
  for (const c of usable) {
    const family = familyOf(c);
    if (!family || !c.op) continue;
    const nothing = clauseOf(family.bases[0], key, []);
    const same = usable.filter((x) => familyOf(x) === family);
    if (family.subset(same, nothing, work) || family === stringFamily && subsetWithExclusions(same, nothing, work)) return true;
  }
  if (findConditionKey(key)?.type === "Bool") {
    if (!work.spend(2 * (testCount(usable) + 1))) return false;
    return !admits(key, usable, "true") && !admits(key, usable, "false");
  }
  const exact = usable.find((c) => c.op?.base === "StringEquals" && !c.negated);
  if (!exact) return false;
  if (!work.spend(exact.values.length * (testCount(usable) + 1))) return false;
  return exact.values.every((v) => !admits(key, usable, v));
}
function possibleValue(key) {
  const format = valueFormatOf(key);
  const type = findConditionKey(key)?.type;
  const impossible = type === void 0 ? void 0 : impossibleText(type);
  return (value) => value === void 0 || (Array.isArray(value) ? value : [value]).every((v) => (!format || format.pattern.test(v)) && !impossible?.(v));
}
function typedSamples(key) {
  const type = findConditionKey(key)?.type;
  return type === "Bool" ? ["true", "false"] : type === "Numeric" ? ["1"] : [];
}
function impossibleText(type) {
  if (type === "Numeric") return (v) => !/\d/.test(v) || /[^0-9.eE+-]/.test(v);
  if (type === "Bool") return (v) => !/^(true|false)$/i.test(v);
  return void 0;
}
function ruledOutByType(c, effect = "Allow") {
  if (!c.op || c.negated || c.op.ifExists || c.op.set === "ForAllValues" || c.values.length === 0 || c.values.some(hasPolicyVariable)) return void 0;
  const base = c.op.base;
  const family = valueFamilyOf(base);
  if (effect === "Deny" && family && c.values.some((v) => readConditionValue(family, v).form === "invalid")) return void 0;
  if (base.startsWith("Numeric")) return c.values.every((v) => readNumber(v).form === "invalid") ? "no value of it is a number" : void 0;
  if (base.startsWith("Date")) return c.values.every((v) => readDate(v).form === "invalid") ? "no value of it is a date" : void 0;
  const textTest = base === "StringEquals" || base === "StringEqualsIgnoreCase" || base === "Bool" || base === "StringLike" && !c.values.some((v) => /[*?]/.test(v));
  const format = textTest && base !== "Bool" ? valueFormatOf(c.key) : void 0;
  if (format && !c.values.some((v) => format.pattern.test(v))) return `STS takes \`${findConditionKey(c.key)?.key ?? c.key}\` as ${format.rule}, and no value of it is one`;
  const info = textTest ? findConditionKey(c.key) : void 0;
  const impossible = info && impossibleText(info.type);
  if (!info || !impossible || !c.values.every(impossible)) return void 0;
  return `the Service Authorization Reference types \`${info.key}\` ${info.type}, and no value of it is ${info.type === "Bool" ? "true or false" : "a number"}`;
}
var OPPOSITE = {
  StringEquals: "StringNotEquals",
  StringLike: "StringNotLike",
  StringEqualsIgnoreCase: "StringNotEqualsIgnoreCase",
  ArnEquals: "ArnNotEquals",
  ArnLike: "ArnNotLike",
  NumericEquals: "NumericNotEquals",
  DateEquals: "DateNotEquals",
  IpAddress: "NotIpAddress"
};
for (const [a, b] of Object.entries(OPPOSITE)) OPPOSITE[b] = a;
var OTHER_SIDE = {
  NumericLessThan: "NumericGreaterThanEquals",
  NumericLessThanEquals: "NumericGreaterThan",
  DateLessThan: "DateGreaterThanEquals",
  DateLessThanEquals: "DateGreaterThan"
};
for (const [a, b] of Object.entries(OTHER_SIDE)) OTHER_SIDE[b] = a;
function oppositeOf(key, clauses) {
  if (clauses.length !== 1 || !singleValued(key)) return void 0;
  const c = clauses[0];
  if (c.op && !c.opaque && !c.op.set && Object.hasOwn(OTHER_SIDE, c.op.base)) {
    const type = c.op.base.startsWith("Numeric") ? "Numeric" : "Date";
    if (c.values.length !== 1 || findConditionKey(key)?.type !== type) return void 0;
    const other = OTHER_SIDE[c.op.base];
    return [{ operator: c.op.ifExists ? other : `${other}IfExists`, values: c.values }];
  }
  if (!c.op || c.opaque || c.op.set || !Object.hasOwn(OPPOSITE, c.op.base)) return void 0;
  const opposite = OPPOSITE[c.op.base];
  if (!c.op.ifExists) return [{ operator: opposite, values: c.values }];
  return c.negated ? [{ operator: opposite, values: c.values }] : [{ operator: opposite, values: c.values }, { operator: "Null", values: ["false"] }];
}

// src/core/diff/conditions/index.ts
var sameClauses = (a, b) => a.length === b.length && a.every((x) => b.some((y) => sameClause(x, y)));
function compareConditionBlocks(before, after, work) {
  const b = clausesByKey(before);
  const a = clausesByKey(after);
  const keys = [.../* @__PURE__ */ new Set([...b.keys(), ...a.keys()])].sort();
  const out = [];
  for (const key of keys) {
    const bc = b.get(key) ?? [];
    const ac = a.get(key) ?? [];
    if (sameClauses(bc, ac)) continue;
    let gained2;
    let lost2;
    out.push({
      key,
      before: bc,
      after: ac,
      get afterInBefore() {
        return gained2 ??= keySubsetMemo(key, ac, bc, work);
      },
      get beforeInAfter() {
        return lost2 ??= keySubsetMemo(key, bc, ac, work);
      }
    });
  }
  return out;
}
var clausesOfBlock = /* @__PURE__ */ new WeakMap();
function clausesOf(block, work) {
  let clauses = clausesOfBlock.get(block);
  if (!clauses) {
    clauses = clausesByKey(block);
    work.spend(4 * clauses.size);
    clausesOfBlock.set(block, clauses);
  }
  return clauses;
}
function conditionsImply(specific, general, work) {
  const g = clausesOf(general, work);
  if (g.size === 0) return true;
  const s = clausesOf(specific, work);
  for (const [key, clauses] of g) {
    if (!work.spend()) return false;
    if (keySubsetMemo(key, s.get(key) ?? [], clauses, work).holds !== true) return false;
  }
  return true;
}
function conditionNeverHolds(block, work, effect = "Allow") {
  for (const [key, clauses] of clausesOf(block, work)) {
    if (!work.spend(valuesReadWork(clauses))) return void 0;
    for (const c of clauses) {
      const why = ruledOutByType(c, effect);
      if (why) return { key, clauses: [c], why };
    }
    if (clauses.length < 2) continue;
    if (admitsNothing(key, clauses, work)) return { key, clauses };
  }
  return void 0;
}
function conditionMayNeverHold(block, work) {
  for (const [key, clauses] of clausesOf(block, work)) {
    if (clauses.length >= 2 && admitsNothingIfOneValue(key, clauses, work)) return { key, clauses };
  }
  return void 0;
}
function conditionsExclude(a, b, work) {
  const ca = clausesOf(a, work);
  const cb = clausesOf(b, work);
  const [few, many] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  for (const [key, clauses] of few) {
    if (!work.spend()) return false;
    const others = many.get(key);
    if (others && admitsNothing(key, [...clauses, ...others], work)) return true;
  }
  return false;
}
function complementOf(key, clauses) {
  if (clauses.length === 1 && clauses[0].op?.base === "Null" && !clauses[0].op.set && !clauses[0].op.ifExists && !clauses[0].opaque) {
    const values = new Set(clauses[0].values.map((v) => v.toLowerCase()));
    if (values.size !== 1) return void 0;
    const [only] = values;
    return only === "true" ? [clauseOf("Null", key, ["false"])] : only === "false" ? [clauseOf("Null", key, ["true"])] : void 0;
  }
  return oppositeOf(key, clauses)?.map(({ operator, values }) => clauseOf(operator, key, values));
}
function complementsOf(key, clauses) {
  const whole = complementOf(key, clauses);
  if (whole) return [whole];
  if (clauses.length < 2) return void 0;
  const ways = [];
  for (const c of clauses) {
    const one = complementOf(key, [c]);
    if (!one) return void 0;
    ways.push(one);
  }
  return ways;
}
var FAILING_COMBINATIONS = 64;
function failingAllAdmitsNothing(key, own, blocks, work) {
  let combinations = 1;
  for (const ways of blocks) if ((combinations *= ways.length) > FAILING_COMBINATIONS) return false;
  const chosen = [...own];
  const each = (i) => {
    if (i === blocks.length) return admitsNothing(key, chosen, work);
    for (const way of blocks[i]) {
      chosen.push(...way);
      const nothing = each(i + 1);
      chosen.length -= way.length;
      if (!nothing) return false;
    }
    return true;
  };
  return each(0);
}
function unionAdmits(target, blocks, work) {
  const t = clausesOf(target, work);
  const byKey = /* @__PURE__ */ new Map();
  for (const [i, block] of blocks.entries()) {
    const g = clausesOf(block, work);
    let differs;
    let usable = true;
    for (const [key, clauses] of g) {
      if (!work.spend()) return void 0;
      if (keySubsetMemo(key, t.get(key) ?? [], clauses, work).holds === true) continue;
      if (differs !== void 0) {
        usable = false;
        break;
      }
      differs = key;
    }
    if (!usable || differs === void 0) continue;
    const tests = g.get(differs);
    const complement3 = complementsOf(differs, tests);
    const entry = byKey.get(differs) ?? { used: [], complements: [], tests: [] };
    entry.used.push(i);
    entry.tests.push(tests);
    entry.complements = complement3 && entry.complements ? [...entry.complements, complement3] : void 0;
    byKey.set(differs, entry);
  }
  for (const [key, { used, complements, tests }] of byKey) {
    if (used.length < 2) continue;
    const own = t.get(key) ?? [];
    if (complements && failingAllAdmitsNothing(key, own, complements, work)) return used;
    const readable = (c) => c.op !== void 0 && !c.opaque;
    const domain = own.every(readable) && tests.every((clauses) => clauses.every(readable)) ? finiteDomainOf(key) : void 0;
    if (domain && work.spend(domain.length * (used.length + 1)) && domain.every((v) => !admits(key, own, v) || tests.some((c) => admits(key, c, v)))) return used;
  }
  return void 0;
}
function finiteDomainOf(key) {
  return singleValued(key) && findConditionKey(key)?.type === "Bool" ? [void 0, "true", "false"] : void 0;
}

// src/core/diff/coverage.ts
var SEP = "\0";
function principalEntry(type, value) {
  return `${type}${SEP}${value}`;
}
function principalParts(entry) {
  const at = entry.indexOf(SEP);
  return [entry.slice(0, at), entry.slice(at + 1)];
}
function coversWork(d, general, specific) {
  return d.coversWork?.(general, specific) ?? pairWork(general, specific);
}
function overlapsWork(d, a, b) {
  return d.overlapsWork?.(a, b) ?? overlapWork(a, b);
}
function plainPair(a, b) {
  return !hasWildcard(a) && !hasWildcard(b) && (a.length + 1) * (b.length + 1) <= PATTERN_PAIR_BUDGET;
}
var EVERY_ACTION = /^\*+$/;
var actionDimension = {
  covers: (g, s) => EVERY_ACTION.test(g) || patternCovers(g, s, true),
  overlaps: (a, b) => plainPair(a, b) ? a.toLowerCase() === b.toLowerCase() : patternsOverlap(a, b, true),
  overlapsWork: (a, b) => plainPair(a, b) ? 1 : overlapWork(a, b),
  isAll: (v) => EVERY_ACTION.test(v),
  prefixOf: (v) => literalPrefix(v).toLowerCase(),
  // Without a wildcard an action covers itself in any case (patternCovers), and no pattern.
  plainKey: (v) => hasWildcard(v) ? void 0 : v.toLowerCase()
};
function resourceCovers(general, specific) {
  if (general === "*" || general === specific) return true;
  if (!startsWithPrefixOf(specific, general)) return false;
  return specific.includes("${") ? coversWithVariables(general, specific) : arnPatternCovers(general, specific);
}
var eachVariableAs = (value, make) => replaceBraces(value, make, true);
var MARKS = 6400;
function coversWithVariables(general, specific) {
  const own = bracesOf(specific, true);
  const theirs = bracesOf(general, true);
  if (theirs.length === 0) return arnPatternCovers(general, eachVariableAs(specific, () => "*"));
  if (theirs.length !== own.length || own.length > MARKS || theirs.some((v, i) => !standsForWhenSet(v, own[i]))) return false;
  const marked = (value) => {
    let i = 0;
    return eachVariableAs(value, () => String.fromCharCode(57344 + i++));
  };
  return arnPatternCovers(marked(general), marked(specific));
}
function standsForWhenSet(general, specific) {
  if (general === specific) return true;
  const g = parsePolicyVariable(general.slice(2, -1));
  const s = parsePolicyVariable(specific.slice(2, -1));
  if (!g || !s || "character" in g || "character" in s) return false;
  return g.key.toLowerCase() === s.key.toLowerCase() && (s.fallback === void 0 || s.fallback === g.fallback);
}
function resourcesOverlap(a, b) {
  const [x, y] = a.includes("${") || b.includes("${") ? [eachVariableAs(a, () => "*"), eachVariableAs(b, () => "*")] : [a, b];
  return plainPair(x, y) ? x === y : arnPatternsOverlap(x, y);
}
function startsWithPrefixOf(value, pattern) {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 || c === 63 || c === 36 && pattern.charCodeAt(i + 1) === 123) return true;
    if (c !== value.charCodeAt(i)) return false;
  }
  return true;
}
function withLiterals(value) {
  if (!value.includes("${")) return value;
  return value.replace(/\$\{([*?$])\}(?!\{)/g, (_, c) => literalMark(c));
}
var resourceDimension = {
  covers: (g, s) => resourceCovers(withLiterals(g), withLiterals(s)),
  // Plain ARNs that differ differ in some part (arnPatternsOverlap compares them part by part).
  overlaps: (a, b) => resourcesOverlap(withLiterals(a), withLiterals(b)),
  overlapsWork: (a, b) => plainPair(a, b) ? 1 : overlapWork(a, b),
  isAll: (v) => v === "*",
  // Without a wildcard an ARN covers itself alone (resourceCovers); one with a policy variable also covers
  // other spellings of it (`${AWS:UserName}`, a default), so it is compared, filed by the text before it.
  plainKey: (written) => {
    const v = withLiterals(written);
    return hasWildcard(v) || v.includes("${") ? void 0 : v;
  },
  prefixOf: (written) => {
    const prefix = literalPrefix(withLiterals(written));
    const variable = prefix.indexOf("${");
    return variable < 0 ? prefix : prefix.slice(0, variable);
  },
  // A pattern whose literal prefix the value does not start with is passed over at once.
  coversWork: (g, s) => startsWithPrefixOf(withLiterals(s), withLiterals(g)) ? pairWork(g, s) : 1
};
var ALL_PRINCIPALS = principalEntry("AWS", "*");
var THROUGH = " via ";
function throughAccount(principal, account) {
  return `${principal}${THROUGH}${account}`;
}
function throughParts(value) {
  const at = value.indexOf(THROUGH);
  return at < 0 ? void 0 : [value.slice(0, at), value.slice(at + THROUGH.length)];
}
function reachedPrincipal(value) {
  return throughParts(value)?.[0] ?? value;
}
function roleOfSession(value) {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(value);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : void 0;
}
function roleName(value) {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:[^*?]*\/)?([^/*?]+)$/.exec(value);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : void 0;
}
var samePartition = (a, b) => a === void 0 || b === void 0 || a === b;
function accountOf(value) {
  if (isAccountId(value)) return { account: value };
  const parts = splitArn(value);
  return parts ? { account: parts[4], partition: parts[1] } : void 0;
}
function namesAsMuch(type, general, specific, roleNamesSessions = true) {
  if (general === specific || general === "*") return true;
  if (type !== "AWS") return false;
  const gThrough = throughParts(general);
  const sThrough = throughParts(specific);
  if (sThrough) {
    if (gThrough) return namesAsMuch(type, gThrough[1], sThrough[1], roleNamesSessions) && namesAsMuch(type, gThrough[0], sThrough[0], roleNamesSessions);
    return namesAsMuch(type, general, sThrough[1], roleNamesSessions) || namesAsMuch(type, general, sThrough[0], roleNamesSessions);
  }
  if (gThrough) return false;
  const sessionOf = roleOfSession(specific);
  if (roleNamesSessions && sessionOf !== void 0 && sessionOf === roleName(general)) return true;
  const g = wholeAccountOf(general);
  const s = wholeAccountOf(specific);
  if (g) return s !== void 0 && s.account === g.account && samePartition(s.partition, g.partition);
  if (!hasWildcard(general)) return false;
  return s ? arnPatternCovers(general, `arn:${s.partition ?? splitArn(general)?.[1] ?? "aws"}:*::${s.account}:*`) : arnPatternCovers(general, specific);
}
function takesInAsMuch(type, general, specific) {
  if (namesAsMuch(type, general, specific)) return true;
  if (type !== "AWS") return false;
  const gThrough = throughParts(general);
  const sThrough = throughParts(specific);
  if (gThrough || sThrough) return takesInAsMuch(type, reachedPrincipal(general), reachedPrincipal(specific));
  const g = wholeAccountOf(general);
  const s = g && accountOf(specific);
  return s !== void 0 && s.account === g?.account && samePartition(s.partition, g.partition);
}
function principalsWith(covers2) {
  const dimension = {
    covers(g, s) {
      if (g === s || g === ALL_PRINCIPALS) return true;
      const [gt, gv] = principalParts(g);
      const [st, sv] = principalParts(s);
      return gt === st && covers2(gt, gv, sv);
    },
    // Two values overlap when one takes in the other as a Deny reads it: alice and her account meet at alice.
    overlaps(a, b) {
      if (deniedPrincipalDimension.covers(a, b) || deniedPrincipalDimension.covers(b, a)) return true;
      const [at, av] = principalParts(a);
      const [bt, bv] = principalParts(b);
      const aWho = reachedPrincipal(av);
      const bWho = reachedPrincipal(bv);
      return at === bt && (hasWildcard(aWho) || hasWildcard(bWho)) && arnPatternsOverlap(aWho, bWho);
    },
    isAll: (v) => v === ALL_PRINCIPALS,
    plainKey: (v) => namesItselfAlone(v) ? v : void 0,
    // alice takes in alice through her account.
    coveredByPlain: (v) => throughParts(principalParts(v)[1]) !== void 0
  };
  return dimension;
}
function namesItselfAlone(entry) {
  const [type, value] = principalParts(entry);
  if (hasWildcard(value)) return false;
  if (type !== "AWS") return true;
  return throughParts(value) === void 0 && wholeAccountOf(value) === void 0 && roleName(value) === void 0;
}
var principalDimension = principalsWith(namesAsMuch);
var deniedPrincipalDimension = principalsWith(takesInAsMuch);
var excludedPrincipalDimension = principalsWith((type, general, specific) => namesAsMuch(type, general, specific, false));
function excludesEvery(part) {
  if (part.notAction?.some((a) => actionDimension.isAll(a))) return "action";
  if (part.notResource?.some((r) => resourceDimension.isAll(r))) return "resource";
  if (part.notPrincipal?.some((p) => excludedPrincipalDimension.isAll(p))) return "principal";
  return void 0;
}
var INDEXED_LENGTH = 8;
var indexes2 = /* @__PURE__ */ new Map();
function indexOfList(d, list, work) {
  let byList = indexes2.get(d);
  if (!byList) indexes2.set(d, byList = /* @__PURE__ */ new WeakMap());
  let index = byList.get(list);
  if (!index) {
    work.spend(list.length);
    index = { all: list.some(d.isAll), values: new Set(list), plain: /* @__PURE__ */ new Set(), compared: [], byPrefix: /* @__PURE__ */ new Map(), prefixLengths: [] };
    const lengths = /* @__PURE__ */ new Set();
    for (const v of list) {
      const key = d.plainKey(v);
      if (key !== void 0) index.plain.add(key);
      else if (!d.prefixOf) index.compared.push(v);
      else {
        const prefix = d.prefixOf(v);
        const filed = index.byPrefix.get(prefix);
        if (filed) filed.push(v);
        else index.byPrefix.set(prefix, [v]);
        lengths.add(prefix.length);
      }
    }
    index.prefixLengths = [...lengths].sort((x, y) => x - y);
    byList.set(list, index);
  }
  return index;
}
function hasAll(d, list, work) {
  return list.length < INDEXED_LENGTH ? list.some(d.isAll) : indexOfList(d, list, work).all;
}
function someCovers(d, general, specific, work) {
  if (general.length < INDEXED_LENGTH || d.coveredByPlain?.(specific)) {
    return general.some((g) => work.spend(d.plainKey(g) === void 0 ? coversWork(d, g, specific) : 1) && d.covers(g, specific));
  }
  const index = indexOfList(d, general, work);
  if (index.all || index.values.has(specific)) return work.spend();
  const key = d.plainKey(specific);
  if (key !== void 0 && index.plain.has(key)) return work.spend();
  const covering = (g) => work.spend(coversWork(d, g, specific)) && d.covers(g, specific);
  if (!d.prefixOf) return work.spend() && index.compared.some(covering);
  const own = d.prefixOf(specific);
  for (const length of index.prefixLengths) {
    if (length > own.length || !work.spend()) return false;
    if (index.byPrefix.get(own.slice(0, length))?.some(covering)) return true;
  }
  return false;
}
function dimensionCovers(gPos, gNeg, sPos, sNeg, d, work, negatives = d, sExcept) {
  if (!gPos && !gNeg) return !sPos && !sNeg;
  const left = sPos && sExcept ? sPos.filter((sv) => !someCovers(d, sExcept, sv, work)) : sPos;
  if (gPos) {
    if (hasAll(d, gPos, work)) return true;
    if (left) return left.every((sv) => someCovers(d, gPos, sv, work));
    return false;
  }
  const excluded = gNeg;
  const outside = (gn) => sExcept !== void 0 && someCovers(negatives, sExcept, gn, work);
  if (left) return left.every((sv) => excluded.every((gn) => outside(gn) || work.spend(overlapsWork(negatives, gn, sv)) && !negatives.overlaps(gn, sv)));
  if (sNeg) return excluded.every((gn) => someCovers(negatives, sNeg, gn, work));
  return false;
}
function baseOperator(operator) {
  return operator.replace(/^For(All|Any)Values:/, "").replace(/IfExists$/, "");
}
function isNegatedOperator(operator) {
  return baseOperator(operator).includes("Not");
}
function conditionsImply2(s, g, work) {
  return conditionsImply(s, g, work);
}
function grantCovers(g, s, work) {
  return g.effect === s.effect && appliesWherever(g, s, work);
}
var EVERY_ARN = "arn:*:*:*:*:*";
var arnOnly = /* @__PURE__ */ new WeakMap();
function requestsNameAnArn(actions, work) {
  let known = arnOnly.get(actions);
  if (known === void 0) {
    if (!work.spend(actions.length)) return false;
    known = actions.length > 0 && actions.every((a) => !hasWildcard(a) && findAction(a)?.resourceTypes.some((t) => t.required) === true);
    arnOnly.set(actions, known);
  }
  return known;
}
function mayNameNoArn(actions, work) {
  if (!actions || actions.length === 0 || requestsNameAnArn(actions, work) || !work.spend(actions.length)) return false;
  return actions.every((a) => !hasWildcard(a) && (findAction(a)?.resourceTypes.length ?? 0) > 0);
}
function resourcesAsRequested(s, work) {
  const resources = s.resource;
  if (!resources || !s.action || !resources.includes("*") || !requestsNameAnArn(s.action, work)) return resources;
  return resources.map((r) => r === "*" ? EVERY_ARN : r);
}
function appliesWherever(g, s, work) {
  return dimensionCovers(g.resource, g.notResource, resourcesAsRequested(s, work), s.notResource, resourceDimension, work, resourceDimension, s.exceptResource) && dimensionCovers(g.action, g.notAction, s.action, s.notAction, actionDimension, work, actionDimension, s.exceptAction) && dimensionCovers(g.principal, g.notPrincipal, s.principal, s.notPrincipal, g.effect === "Deny" ? deniedPrincipalDimension : principalDimension, work, excludedPrincipalDimension) && conditionsImply2(s.condition, g.condition, work);
}
function dimensionOverlaps(aPos, bPos, d, work) {
  if (!aPos || !bPos) return true;
  return aPos.some((x) => bPos.some((y) => !work.spend(overlapsWork(d, x, y)) || d.overlaps(x, y)));
}
function grantsMayOverlap(a, b, work) {
  return dimensionOverlaps(a.action, b.action, actionDimension, work) && dimensionOverlaps(a.resource, b.resource, resourceDimension, work) && dimensionOverlaps(a.principal, b.principal, deniedPrincipalDimension, work);
}
function literalPrefix(pattern) {
  const star = pattern.indexOf("*");
  const question = pattern.indexOf("?");
  const end = star < 0 ? question : question < 0 ? star : Math.min(star, question);
  return end < 0 ? pattern : pattern.slice(0, end);
}
var UNION_PATTERNS = 32;
var UNION_STATEMENTS = 16;
var UNION_VALUES_READ = 64;
var SPLIT_WORK = 5e4;
function splitsOf(target, conditionSplit) {
  if (target.action && target.action.length > 1) return [{ parts: target.action.map((a) => ({ ...target, action: [a] })) }];
  if (target.resource && target.resource.length > 1) return [{ parts: target.resource.map((r) => ({ ...target, resource: [r] })) }];
  if (conditionSplit) return void 0;
  const clauses = splittableClauses(target.condition);
  const absences = ifExistsClauses(target.condition);
  if (clauses.length === 0 && absences.length === 0) return void 0;
  const byValue = clauses.map(([operator, key]) => {
    const keys = target.condition[operator];
    return { parts: keys[key].map((v) => ({ ...target, condition: { ...target.condition, [operator]: { ...keys, [key]: [v] } } })), clause: [operator, key] };
  });
  const byPresence = absences.map(([operator, key]) => {
    const { [key]: values, ...others } = target.condition[operator];
    const rest = { ...target.condition, [operator]: others };
    if (Object.keys(others).length === 0) delete rest[operator];
    const present = operator.slice(0, -"IfExists".length);
    return {
      parts: [
        { ...target, condition: { ...rest, Null: { ...rest.Null, [key]: ["true"] } } },
        { ...target, condition: { ...rest, [present]: { ...rest[present], [key]: values } } }
      ]
    };
  });
  return [...byValue, ...byPresence];
}
var ifExistsClauses = oncePerObject((condition) => {
  const found = [];
  for (const [operator, keys] of Object.entries(condition)) {
    if (!operator.endsWith("IfExists") || isNegatedOperator(operator) || operator.startsWith("For") || baseOperator(operator) === "Null") continue;
    const present = operator.slice(0, -"IfExists".length);
    const tested = new Set([...Object.keys(condition.Null ?? {}), ...Object.keys(condition[present] ?? {})].map((k) => k.toLowerCase()));
    for (const key of Object.keys(keys)) {
      if (tested.has(key.toLowerCase())) continue;
      found.push([operator, key]);
      if (found.length >= SPLITTABLE_CLAUSES) return found;
    }
  }
  return found;
});
var SPLITTABLE_CLAUSES = 8;
var splittableClauses = oncePerObject((condition) => {
  const found = [];
  for (const [operator, keys] of Object.entries(condition)) {
    if (isNegatedOperator(operator) || operator.startsWith("ForAllValues:") || baseOperator(operator) === "Null") continue;
    for (const [key, values] of Object.entries(keys)) {
      if (values.length < 2) continue;
      found.push([operator, key]);
      if (found.length >= SPLITTABLE_CLAUSES) return found;
    }
  }
  return found;
});
var GrantIndex = class {
  constructor(grants, work) {
    this.grants = grants;
    this.work = work;
    const add = (map, key, g) => {
      const list = map.get(key);
      if (!list) map.set(key, [g]);
      else if (list[list.length - 1] !== g) list.push(g);
    };
    for (const g of grants) {
      if (!g.action) {
        this.anyAction.push(g);
        continue;
      }
      for (const a of g.action) {
        if (!hasWildcard(a)) add(this.exact, a, g);
        else {
          const prefix = literalPrefix(a);
          add(this.byPrefix, prefix, g);
          this.prefixLengths.add(prefix.length);
        }
      }
    }
  }
  grants;
  work;
  exact = /* @__PURE__ */ new Map();
  byPrefix = /* @__PURE__ */ new Map();
  prefixLengths = /* @__PURE__ */ new Set();
  anyAction = [];
  /** Lists of the statements that might cover `target`, judged by its first action. */
  candidates(target) {
    const first = target.action?.[0];
    if (first === void 0) return [this.grants];
    this.work.spend(this.prefixLengths.size);
    const lists = [this.anyAction];
    const exact = hasWildcard(first) ? void 0 : this.exact.get(first);
    if (exact) lists.push(exact);
    const prefix = literalPrefix(first);
    for (const length of this.prefixLengths) {
      const list = length <= prefix.length ? this.byPrefix.get(prefix.slice(0, length)) : void 0;
      if (list) lists.push(list);
    }
    return lists;
  }
  /**
   * A statement here that covers `target` on its own, or, failing that, one
   * for each part of it: statements split by action, by resource or by the
   * values of a condition together cover the statement that names them all.
   * `target` is split by action first; a part no one statement covers, by
   * resource; then by the values of a condition (splitsOf). `first` is tried
   * before the others: usually the counterpart statement. Past SPLIT_WORK
   * the answer is "not covered", which reports the change rather than hiding
   * it.
   */
  find(target, first) {
    const one = this.findOne(target, first);
    if (one) return [one];
    const used = /* @__PURE__ */ new Set();
    if (this.findInParts(target, first, { left: SPLIT_WORK }, false, used)) return [...used];
    return this.findByResourceUnion(target) ?? this.findByConditionUnion(target);
  }
  /**
   * Statements that together cover `target` by their conditions, each
   * covering it in all else: `Null true` and `Null false` on one key admit
   * every request between them, as two halves of a CIDR do the whole
   * (unionAdmits). Bounded as findByResourceUnion is. Undefined when not shown.
   */
  findByConditionUnion(target) {
    const unconditioned = { ...target, condition: {} };
    const found = [];
    let statements = 0;
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend() || ++statements > UNION_STATEMENTS) return void 0;
        if (g.effect !== target.effect || Object.keys(g.condition).length === 0 || found.includes(g)) continue;
        if (appliesWherever({ ...g, condition: {} }, unconditioned, this.work)) found.push(g);
      }
    }
    if (found.length < 2) return void 0;
    const used = unionAdmits(target.condition, found.map((g) => g.condition), this.work);
    return used && used.map((i) => found[i]);
  }
  /**
   * Statements that together cover `target` by their Resource patterns, each
   * covering it in all else: `b/*` is `b/` or `b/?*`, which no one of those
   * covers. For a target with one ARN (pattern) whose first five parts each
   * statement's ARN takes in, its resource part is compared with the union of
   * theirs (coveredByUnion). Undefined when not shown.
   */
  findByResourceUnion(target) {
    if (target.resource?.length !== 1 || target.notResource || target.exceptResource || !hasWildcard(target.resource[0])) return void 0;
    const wanted = splitArn(withLiterals(target.resource[0]));
    if (!wanted || wanted.some((part) => part.includes("${"))) return void 0;
    const everywhere = { ...target, resource: ["*"] };
    const union = [];
    const used = [];
    let statements = 0;
    let values = 0;
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend() || union.length >= UNION_PATTERNS || ++statements > UNION_STATEMENTS) return void 0;
        if (!g.resource || g.notResource || g.effect !== target.effect) continue;
        if ((values += g.resource.length) > UNION_VALUES_READ) return void 0;
        if (!appliesWherever({ ...g, resource: ["*"] }, everywhere, this.work)) continue;
        let useful = false;
        for (const written of g.resource) {
          const parts = splitArn(withLiterals(written));
          if (!parts || parts[5].includes("${") || !this.work.spend(written.length)) continue;
          if (parts.slice(0, 5).every((part, i) => patternCovers(part, wanted[i]))) {
            union.push(parts[5]);
            useful = true;
          }
        }
        if (useful && !used.includes(g)) used.push(g);
      }
    }
    return union.length > 1 && coveredByUnion(wanted[5], union, this.work) === true ? used : void 0;
  }
  /** Covers each part of `target`, adding the statements used to `used`; false when a part is not covered. */
  findInParts(target, first, budget, conditionSplit, used) {
    const ways = splitsOf(target, conditionSplit);
    if (!ways) return false;
    let keys = 0;
    for (const block of Object.values(target.condition)) keys += Object.keys(block).length;
    for (const [i, { parts, clause }] of ways.entries()) {
      if (i > 0 && clause && !this.someNarrowsClause(target, clause)) continue;
      const split = conditionSplit || parts[0].condition !== target.condition;
      if ((budget.left -= parts.length * (keys + 1)) < 0) return false;
      const these = /* @__PURE__ */ new Set();
      if (parts.every((part) => this.coverPart(part, first, budget, split, these))) {
        for (const g of these) used.add(g);
        return true;
      }
    }
    return false;
  }
  /** Does a statement that might cover `target` test the clause's key, with the same operator, on some of its values only? */
  someNarrowsClause(target, [operator, key]) {
    const values = target.condition[operator][key];
    let wanted;
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend()) return false;
        const block = g.condition[operator];
        const theirs = block && Object.hasOwn(block, key) ? block[key] : void 0;
        if (!theirs || theirs.length >= values.length) continue;
        if (!this.work.spend(theirs.length + (wanted ? 0 : values.length))) return false;
        wanted ??= new Set(values);
        const all = wanted;
        if (theirs.every((v) => all.has(v))) return true;
      }
    }
    return false;
  }
  coverPart(part, first, budget, split, used) {
    const one = this.findOne(part, first);
    if (one) used.add(one);
    if (one !== void 0 || this.findInParts(part, first, budget, split, used)) return true;
    const together = this.findByResourceUnion(part) ?? this.findByConditionUnion(part);
    for (const g of together ?? []) used.add(g);
    return together !== void 0;
  }
  findOne(target, first) {
    if (first && grantCovers(first, target, this.work)) return first;
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend()) return void 0;
        if (g !== first && grantCovers(g, target, this.work)) return g;
      }
    }
    return void 0;
  }
};

// src/core/diff/folds.ts
function onlyClause(condition, key) {
  let found;
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [k, values] of Object.entries(keys)) {
      if (k.toLowerCase() !== key) continue;
      if (found) return void 0;
      found = [operator, values];
    }
  }
  return found;
}
function without(condition, key) {
  const out = keyedByPolicy();
  for (const [operator, keys] of Object.entries(condition)) {
    const rest = keyedByPolicy();
    for (const [k, values] of Object.entries(keys)) if (k.toLowerCase() !== key) rest[k] = values;
    if (Object.keys(rest).length > 0) out[operator] = rest;
  }
  return out;
}
var ROOT = /^arn:[^:]+:iam::\d{12}:root$/;
function foldAccounts(operator, values) {
  return operator === "StringEquals" && values.every((v) => isAccountId(v)) ? values : void 0;
}
function everyPrincipalOf(account) {
  return `arn:*:*::${account}:*`;
}
function accountOfEveryPrincipal(value) {
  return /^arn:\*:\*::(\d{12}):\*$/.exec(value)?.[1];
}
var PRINCIPAL_KEYS = [
  {
    key: "aws:principalarn",
    label: "aws:PrincipalArn",
    fold(operator, values) {
      if (values.some((v) => ROOT.test(v) || hasPolicyVariable(v) || v.includes(":assumed-role/"))) return void 0;
      if (!["StringEquals", "ArnEquals", "StringLike", "ArnLike"].includes(operator)) return void 0;
      const named = values.filter((v) => v.startsWith("arn:") || operator !== "StringEquals" && hasWildcard(v));
      return named.every((v) => v.startsWith("arn:")) ? named : void 0;
    }
  },
  {
    key: "aws:principalaccount",
    label: "aws:PrincipalAccount",
    account: true,
    fold: foldAccounts,
    // Principal "*" grants every principal of the account directly, where a Principal naming the account
    // would only let its IAM policies decide (namesAsMuch in coverage.ts).
    principals: (accounts) => accounts.map(everyPrincipalOf)
  },
  {
    // KMS's own name for the caller's account, which key policies use (AWS's default key policy for
    // services): on a KMS request it is aws:PrincipalAccount. Requests to other services carry no such
    // key, so it folds only where every action of the statement is a KMS action.
    key: "kms:calleraccount",
    label: "kms:CallerAccount",
    account: true,
    carriedBy: (s) => s.action !== void 0 && s.action.length > 0 && s.action.every((a) => a.startsWith("kms:")),
    fold: foldAccounts,
    principals: (accounts) => accounts.map(everyPrincipalOf)
  },
  {
    key: "aws:principalorgid",
    label: "aws:PrincipalOrgID",
    fold: (operator, values) => operator === "StringEquals" && !values.some((v) => hasWildcard(v) || hasPolicyVariable(v)) ? values.map((v) => `aws:PrincipalOrgID=${v}`) : void 0
  }
];
function arnAdmits(operator, value, arn) {
  if (operator === "StringEquals") return value === arn;
  if (operator === "StringLike") return matchesWildcard(value, arn);
  return arnMatches(value, arn);
}
function restrict(p, key, operator, values, effect) {
  if (key.key === "aws:principalorgid") return void 0;
  const kept = [];
  const viaAccount = [];
  for (const [type, entries] of Object.entries(p)) {
    if (type !== "AWS") continue;
    for (const e of entries) {
      if (hasWildcard(e) || e.includes(":assumed-role/")) return void 0;
      if (key.account) {
        if (values.includes(accountOf(e)?.account ?? "")) kept.push(e);
        continue;
      }
      const account = wholeAccountOf(e)?.account;
      if (account === void 0) {
        if (values.some((v) => arnAdmits(operator, v, e))) kept.push(e);
        continue;
      }
      if (operator === "StringEquals" && values.some(hasWildcard)) return void 0;
      for (const v of values) {
        const vAccount = splitArn(v)?.[4];
        if (vAccount === void 0 || hasWildcard(vAccount)) return void 0;
        if (vAccount === account) viaAccount.push([v, e]);
      }
    }
  }
  for (const [principal, account] of viaAccount) kept.push(effect === "Deny" || kept.includes(principal) ? principal : throughAccount(principal, account));
  return { AWS: [...new Set(kept)].sort() };
}
function foldPrincipal(statement, notes) {
  let s = statement;
  for (let folded = true; folded; ) {
    folded = false;
    for (const k of PRINCIPAL_KEYS) {
      const next = foldKey(s, k, notes);
      if (next) {
        s = next;
        folded = true;
      }
    }
  }
  return s;
}
function foldKey(s, k, notes) {
  const p = s.principal;
  if (!p || k.carriedBy && !k.carriedBy(s)) return void 0;
  const star = p.AWS?.includes("*") === true;
  const clause = onlyClause(s.condition, k.key);
  const values = clause && k.fold(clause[0], clause[1]);
  if (!clause || !values) return void 0;
  const literalStars = clause[0] === "StringEquals" && values.some(hasWildcard);
  const names = s.effect === "Allow" && k.principals ? k.principals(values) : values;
  const principal = star ? literalStars ? void 0 : { AWS: names } : restrict(p, k, clause[0], values, s.effect);
  if (!principal) return void 0;
  const named = star ? "Principal `*`" : "the Principal";
  notes.push(
    star ? values.length === clause[1].length ? `${named} with ${k.label} ${clause[0]} ${clause[1].join(", ")} admits exactly those principals` : `${named} with ${k.label} ${clause[0]} ${clause[1].join(", ")} admits ${values.length > 0 ? `exactly ${values.join(", ")}` : "no principal"}` : principal.AWS.length > 0 ? `${named} with ${k.label} ${clause[0]} ${clause[1].join(", ")} admits exactly ${principal.AWS.join(", ")}` : `${named} with ${k.label} ${clause[0]} ${clause[1].join(", ")} admits no principal`
  );
  return { ...s, principal, condition: without(s.condition, k.key) };
}
var accountServices = /* @__PURE__ */ new Map();
function arnsCarryAccount(service) {
  let known = accountServices.get(service);
  if (known === void 0) {
    const info = findService(service);
    known = !!info && info.resourceTypes.length > 0 && info.resourceTypes.every((t) => t.arnFormats.every((f) => f.includes("${Account}")));
    if (accountServices.size >= 1e3) accountServices.clear();
    if (memorable(service)) accountServices.set(service, known);
  }
  return known;
}
function foldResourceAccount(s, notes) {
  const clause = onlyClause(s.condition, "aws:resourceaccount");
  if (!clause || clause[0] !== "StringEquals" || clause[1].length !== 1 || !isAccountId(clause[1][0]) || !s.resource) return s;
  const account = clause[1][0];
  const pinned = [];
  for (const r of s.resource) {
    const parts = splitArn(r);
    if (!parts || hasWildcard(parts[2]) || !arnsCarryAccount(parts[2])) return s;
    if (parts[4] === account) pinned.push(r);
    else if (parts[4] === "*") pinned.push([...parts.slice(0, 4), account, parts[5]].join(":"));
    else return s;
  }
  notes.push(`aws:ResourceAccount ${account} pins ${s.resource.join(", ")} to that account`);
  return { ...s, resource: [...new Set(pinned)].sort(), condition: without(s.condition, "aws:resourceaccount") };
}
function resourceAccountOf(s) {
  let account;
  for (const r of s.resource ?? []) {
    const parts = splitArn(r);
    if (!parts || hasWildcard(parts[2]) || !arnsCarryAccount(parts[2]) || !isAccountId(parts[4])) return void 0;
    if (account !== void 0 && parts[4] !== account) return void 0;
    account = parts[4];
  }
  return account;
}
function foldCrossAccount(s, notes) {
  const entries = s.principal?.AWS;
  if (s.effect !== "Allow" || !entries) return s;
  const home = resourceAccountOf(s);
  if (home === void 0) return s;
  let changed = false;
  const aws = entries.map((e) => {
    const through = reachedPrincipal(e);
    if (through !== e) {
      const account = accountOf(through)?.account;
      if (account === void 0 || account === home) return e;
      changed = true;
      return through;
    }
    const whole = wholeAccountOf(e)?.account;
    if (whole === void 0 || whole === home) return e;
    changed = true;
    return everyPrincipalOf(whole);
  });
  if (!changed) return s;
  notes.push(`the resource is in account ${home}: a principal of another account needs its own account's IAM policy either way, so naming its account names each of its principals`);
  return { ...s, principal: { ...s.principal, AWS: [...new Set(aws)].sort() } };
}
function foldStatement(s) {
  const notes = [];
  const statement = foldCrossAccount(foldResourceAccount(foldPrincipal(s, notes), notes), notes);
  return { statement, notes };
}

// src/core/diff/describe.ts
function spelled(s, canonical) {
  return s.spelling.get(canonical) ?? canonical;
}
function principalText(entry) {
  const [type, value] = principalParts(entry);
  const account = accountOfEveryPrincipal(value);
  if (account !== void 0) return `${type} every principal of account ${account}, directly`;
  const who = reachedPrincipal(value);
  if (who !== value) return `${type} ${who} through its account's IAM policies`;
  return `${type} ${value}`;
}
function statementName(s) {
  return `statement ${statementLabel(s)}`;
}
function statementLabel(s) {
  return s.sid !== void 0 ? `'${s.sid}'` : `#${s.index + 1}`;
}
function pairedStatementName(before, after) {
  const was = before ? statementLabel(before) : void 0;
  const is = statementLabel(after);
  return was === void 0 || was === is ? `statement ${is}` : `statement ${was} \u2192 ${is}`;
}
function namedList(items, none, show) {
  return items.length > 0 ? listText(items, 3, ", ", show) : none;
}
function exceptList(what, items, show) {
  return items.length > 0 ? `every ${what} except ${listText(items, 3, ", ", show)}` : `every ${what}`;
}
function actionsText(s) {
  const spell = (a) => spelled(s, a);
  if (s.action) return namedList(s.action, "no action", spell);
  if (s.notAction) return exceptList("action", s.notAction, spell);
  return "no action";
}
function resourcesText(s) {
  const show = (v) => resourceShown(s, v);
  if (s.resource) return namedList(s.resource, "no resource", show);
  if (s.notResource) return exceptList("resource", s.notResource, show);
  return "the resource the policy is attached to";
}
function resourceShown(s, v) {
  return s.variables?.literal && v.includes("${$}{") ? v.split("${$}{").join("${") : v;
}
function variableNote(s, shown2) {
  if (!s.variables || s.variables.alike || !shown2.includes("${")) return "";
  return s.variables.literal ? `literal text (${s.variables.version} substitutes no policy variables)` : `read with its policy variables substituted (${s.variables.version})`;
}
function principalsText(s) {
  if (s.principal) return `for ${namedList(s.principal, "no principal", principalText)}`;
  if (s.notPrincipal) return `for ${exceptList("principal", s.notPrincipal, principalText)}`;
  return void 0;
}
function conditionText(operator, key, values) {
  return `${operator} ${key} = ${listText(values)}`;
}
var conditionTexts = /* @__PURE__ */ new WeakMap();
function conditionsText(s) {
  const known = conditionTexts.get(s.condition);
  if (known) return known.text;
  const parts = [];
  for (const [operator, keys] of Object.entries(s.condition)) {
    for (const [key, values] of Object.entries(keys)) parts.push(conditionText(operator, spelled(s, key), values));
  }
  const text = parts.length > 0 ? `when ${listText(parts, 2)}` : void 0;
  conditionTexts.set(s.condition, { text });
  return text;
}
function statementText(s) {
  return [s.effect, actionsText(s), "on", resourcesText(s), principalsText(s), conditionsText(s)].filter((p) => p !== void 0).join(" ");
}
function grantText(s) {
  const on = s.resource || s.notResource ? `on ${resourcesText(s)}` : void 0;
  return [actionsText(s), on, principalsText(s), conditionsText(s)].filter((p) => p !== void 0).join(" ");
}

// src/core/iam/canonical.ts
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortedUnique(values) {
  return [...new Set(values)].sort(byCodeUnit);
}
function canonicalPrincipal(map) {
  const out = keyedByPolicy();
  for (const type of Object.keys(map).sort(byCodeUnit)) out[type] = sortedUnique(map[type]);
  return out;
}
function canonicalCondition(map) {
  const out = keyedByPolicy();
  for (const operator of Object.keys(map).sort(byCodeUnit)) {
    const spellings = /* @__PURE__ */ new Map();
    for (const [key, values] of Object.entries(map[operator])) {
      const k = key.toLowerCase();
      const list = spellings.get(k);
      if (list) list.push([key, sortedUnique(values)]);
      else spellings.set(k, [[key, sortedUnique(values)]]);
    }
    if (spellings.size === 0) continue;
    const keys = keyedByPolicy();
    for (const [k, list] of spellings) {
      const distinct = new Map(list.map(([spelling, values]) => [values.join("\0"), [spelling, values]]));
      if (distinct.size === 1) keys[k] = list[0][1];
      else for (const [spelling, values] of distinct.values()) keys[spelling] = values;
    }
    const sorted = keyedByPolicy();
    for (const key of Object.keys(keys).sort(byCodeUnit)) sorted[key] = keys[key];
    out[operator] = sorted;
  }
  return out;
}
function canonicalStatement(s) {
  const out = { effect: s.effect, condition: canonicalCondition(s.condition) };
  if (s.action) out.action = sortedUnique(s.action.map((a) => a.toLowerCase()));
  if (s.notAction) out.notAction = sortedUnique(s.notAction.map((a) => a.toLowerCase()));
  if (s.resource) out.resource = sortedUnique(s.resource);
  if (s.notResource) out.notResource = sortedUnique(s.notResource);
  if (s.principal) out.principal = canonicalPrincipal(s.principal);
  if (s.notPrincipal) out.notPrincipal = canonicalPrincipal(s.notPrincipal);
  return out;
}
function canonicalStatementKey(s) {
  const c = "index" in s ? canonicalStatement(s) : s;
  return JSON.stringify(c);
}

// src/core/diff/statements.ts
function principalEntries(map) {
  if (!map) return void 0;
  return Object.entries(map).flatMap(([type, values]) => values.map((v) => principalEntry(type, v)));
}
function withoutPrincipalPatterns(s, notes) {
  const keep = (element, map) => {
    if (!map) return map;
    let out;
    for (const [type, values] of Object.entries(map)) {
      const named = values.filter((v) => v === "*" || !hasWildcard(v));
      if (named.length === values.length) continue;
      out ??= { ...map };
      out[type] = named;
      for (const v of values) if (!named.includes(v)) notes.push(`${element} \`${type} ${v}\` names no principal (IAM takes a wildcard there only as "*" alone)`);
    }
    return out ?? map;
  };
  const principal = keep("Principal", s.principal);
  const notPrincipal = keep("NotPrincipal", s.notPrincipal);
  return principal === s.principal && notPrincipal === s.notPrincipal ? s : { ...s, principal, notPrincipal };
}
function toDiffStatement(s, side, variables) {
  const patternNotes = [];
  const written = withoutPrincipalPatterns(canonicalStatement(s), patternNotes);
  const folded = foldStatement(written);
  const c = folded.statement;
  const notes = [...patternNotes, ...folded.notes];
  const spelling = /* @__PURE__ */ new Map();
  const remember = (written2) => {
    const canonical = written2.toLowerCase();
    if (!spelling.has(canonical)) spelling.set(canonical, written2);
  };
  for (const a of [...s.action ?? [], ...s.notAction ?? []]) remember(a);
  for (const keys of Object.values(s.condition)) for (const key of Object.keys(keys)) remember(key);
  const out = {
    side,
    index: s.index,
    key: canonicalStatementKey(written),
    spelling,
    folded: notes,
    effect: c.effect,
    condition: c.condition
  };
  if (s.sid !== void 0) out.sid = s.sid;
  if (variables) out.variables = variables;
  if (c.action) out.action = c.action;
  if (c.notAction) out.notAction = c.notAction;
  if (c.resource) out.resource = c.resource;
  if (c.notResource) out.notResource = c.notResource;
  const principal = principalEntries(c.principal);
  if (principal) out.principal = principal;
  const notPrincipal = principalEntries(c.notPrincipal);
  if (notPrincipal) out.notPrincipal = notPrincipal;
  return out;
}
function tokensOf(s) {
  const out = [];
  const push = (tag, values) => {
    if (values) for (const v of values) out.push(`${tag}\0${v}`);
  };
  push("A", s.action);
  push("NA", s.notAction);
  push("R", s.resource);
  push("NR", s.notResource);
  push("P", s.principal);
  push("NP", s.notPrincipal);
  for (const [operator, keys] of Object.entries(s.condition)) {
    for (const [key, values] of Object.entries(keys)) push(`C\0${operator}\0${key}`, values);
  }
  return out;
}
function pairStatements(before, after) {
  const pairs = [];
  const taken = /* @__PURE__ */ new Set();
  const afterBySid = /* @__PURE__ */ new Map();
  for (const a of after) if (a.sid !== void 0) afterBySid.set(a.sid, [...afterBySid.get(a.sid) ?? [], a]);
  let restBefore = [];
  for (const b of before) {
    const a = b.sid === void 0 ? void 0 : afterBySid.get(b.sid)?.shift();
    if (a) {
      pairs.push({ before: b, after: a, by: "sid" });
      taken.add(a);
    } else restBefore.push(b);
  }
  const afterByKey = /* @__PURE__ */ new Map();
  for (const a of after) if (!taken.has(a)) afterByKey.set(a.key, [...afterByKey.get(a.key) ?? [], a]);
  const unmatched = [];
  for (const b of restBefore) {
    const a = afterByKey.get(b.key)?.shift();
    if (a) {
      pairs.push({ before: b, after: a, by: "content" });
      taken.add(a);
    } else unmatched.push(b);
  }
  restBefore = unmatched;
  const restAfter = after.filter((a) => !taken.has(a));
  const removed = [];
  const added = [];
  if (restBefore.length > 0 && restAfter.length > 0 && restBefore.length < 65536 && restAfter.length < 65536) {
    const matched = pairBySimilarity(restBefore, restAfter);
    const matchedAfter = /* @__PURE__ */ new Set();
    restBefore.forEach((b, i) => {
      const j = matched[i];
      if (j < 0) removed.push(b);
      else {
        pairs.push({ before: b, after: restAfter[j], by: "content" });
        matchedAfter.add(j);
      }
    });
    restAfter.forEach((a, j) => {
      if (!matchedAfter.has(j)) added.push(a);
    });
  } else {
    removed.push(...restBefore);
    added.push(...restAfter);
  }
  return { pairs, removed, added };
}
var PAIRING_BUDGET = 2e6;
function withinPairingBudget(postings, beforeTokens) {
  const uses = /* @__PURE__ */ new Map();
  let pairs = 0;
  for (const tokens of beforeTokens) {
    for (const t of tokens) {
      const list = postings.get(t);
      if (!list) continue;
      uses.set(t, (uses.get(t) ?? 0) + 1);
      pairs += list.length;
    }
  }
  if (pairs <= PAIRING_BUDGET) return;
  const byCost = [...uses].map(([t, n]) => ({ t, cost: n * postings.get(t).length })).sort((x, y) => y.cost - x.cost);
  for (const { t, cost } of byCost) {
    if (pairs <= PAIRING_BUDGET) break;
    postings.delete(t);
    pairs -= cost;
  }
}
function pairBySimilarity(before, after) {
  const afterTokens = after.map(tokensOf);
  const postings = /* @__PURE__ */ new Map();
  afterTokens.forEach((tokens, j) => {
    for (const t of new Set(tokens)) {
      const list = postings.get(t);
      if (list) list.push(j);
      else postings.set(t, [j]);
    }
  });
  const beforeTokens = before.map((b) => new Set(tokensOf(b)));
  withinPairingBudget(postings, beforeTokens);
  const afterSizes = afterTokens.map((t) => new Set(t).size + 1);
  const keys = [];
  const shared = new Int32Array(after.length);
  const touched = [];
  before.forEach((b, i) => {
    const tokens = beforeTokens[i];
    for (const t of tokens) {
      const list = postings.get(t);
      if (!list) continue;
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    const size = tokens.size + 1;
    for (const j of touched) {
      const common = shared[j] + (b.effect === after[j].effect ? 1 : 0);
      const score = common / (size + afterSizes[j] - common);
      const q = Math.round(score * 1048575);
      keys.push(q * 2 ** 32 + (65535 - i) * 2 ** 16 + (65535 - j));
      shared[j] = 0;
    }
    touched.length = 0;
  });
  const sorted = Float64Array.from(keys).sort();
  const result = new Int32Array(before.length).fill(-1);
  const afterTaken = new Uint8Array(after.length);
  for (let k = sorted.length - 1; k >= 0; k--) {
    const key = sorted[k];
    const low = key % 2 ** 32;
    const i = 65535 - Math.floor(low / 2 ** 16);
    const j = 65535 - low % 2 ** 16;
    if (result[i] >= 0 || afterTaken[j]) continue;
    result[i] = j;
    afterTaken[j] = 1;
  }
  return result;
}

// src/core/diff/variables.ts
function readAlike(before, after) {
  const substitutes = (p) => p === void 0 || readsPolicyVariables(p.version);
  if (substitutes(before) && substitutes(after)) return { before: before?.statements ?? [], after: after?.statements ?? [] };
  return { before: before ? statementsAsRead(before) : [], after: after ? statementsAsRead(after) : [] };
}

// src/core/diff/containment.ts
var CONTAINMENT_WORK_BUDGET = 5e6;
var TAKEN_OUT_PER_ALLOW = 64;
function versionOf(statements, work) {
  return {
    Allow: new GrantIndex(statements.filter((s) => s.effect === "Allow"), work),
    Deny: new GrantIndex(statements.filter((s) => s.effect === "Deny"), work)
  };
}
function matchesNothing(s) {
  return s.principal?.length === 0 || s.action?.length === 0 || !s.action && !s.notAction || s.resource?.length === 0 || excludesEvery(s) !== void 0;
}
var DIMENSIONS = [
  { pos: "action", neg: "notAction", except: "exceptAction" },
  { pos: "resource", neg: "notResource", except: "exceptResource" }
];
function leftBy(part, other, work) {
  for (const d of DIMENSIONS) {
    const everywhere = { ...other, [d.pos]: ["*"], [d.neg]: void 0 };
    if (!appliesWherever(everywhere, part, work)) continue;
    const taken = other[d.pos];
    const kept = other[d.neg];
    if (kept) {
      const excepted = [...part[d.except] ?? [], ...part[d.neg] ?? []];
      return { ...part, [d.pos]: kept, [d.neg]: void 0, [d.except]: excepted.length > 0 ? excepted : void 0 };
    }
    if (!taken) continue;
    if (part[d.neg]) return { ...part, [d.neg]: [...part[d.neg] ?? [], ...taken] };
    if (part[d.pos]) return { ...part, [d.except]: [...part[d.except] ?? [], ...taken] };
  }
  return void 0;
}
function allowCovered(allow, from, to, work) {
  let part = allow;
  const covered = (p) => from.Allow.find(p) !== void 0 || to.Deny.find({ ...p, effect: "Deny" }) !== void 0;
  if (covered(part)) return true;
  let tried = 0;
  for (const list of [to.Deny.grants, from.Allow.grants]) {
    for (const other of list) {
      if (work.spent || tried++ >= TAKEN_OUT_PER_ALLOW) return false;
      if (matchesNothing(other)) continue;
      const left = leftBy(part, other, work);
      if (!left) continue;
      part = left;
      if (covered(part)) return true;
    }
  }
  return false;
}
function allowsNoMore(fromStatements, toStatements, budget = CONTAINMENT_WORK_BUDGET) {
  const work = new DiffWork(budget);
  const from = versionOf(fromStatements, work);
  const to = versionOf(toStatements, work);
  for (const deny of from.Deny.grants) {
    if (matchesNothing(deny)) continue;
    if (!to.Deny.find(deny) || work.spent) return false;
  }
  for (const allow of to.Allow.grants) {
    if (matchesNothing(allow)) continue;
    if (!allowCovered(allow, from, to, work) || work.spent) return false;
  }
  return !work.spent;
}

// src/core/diff/examples.ts
var VERBS = ["Delete", "Put", "Create", "Update", "Get", "List"];
var OTHER_ACTIONS = ["iam:PassRole", "ec2:TerminateInstances", "s3:DeleteObject", "kms:Decrypt"];
var SERVICE_ACTIONS = 8;
var OTHER_ACCOUNT = "999999999999";
function actionCandidates(listed, work) {
  const out = [];
  const first = listed.find((v) => v.includes(":"));
  if (first) {
    const [service, name] = [first.slice(0, first.indexOf(":")), first.slice(first.indexOf(":") + 1)];
    if (!hasWildcard(service)) {
      const noun = hasWildcard(name) ? "" : name.replace(/^[A-Z][a-z]+/, "");
      if (noun) for (const verb of VERBS) out.push(`${service}:${verb}${noun}`);
      const ofService = actionsMatchingWithin(`${service}:*`, work);
      if (ofService === void 0) return out;
      for (const a of ofService.slice(0, SERVICE_ACTIONS)) out.push(a.fullName);
    }
  }
  out.push(...OTHER_ACTIONS);
  return out;
}
function resourceCandidates(listed) {
  const out = [];
  const parts = listed.map(splitArn).find((p) => p !== void 0 && !hasWildcard(p[2]));
  if (parts) {
    const [, partition, service, region, account] = parts;
    const keep = (part, other) => hasWildcard(part) ? other : part;
    out.push(`arn:${keep(partition, "aws")}:${service}:${keep(region, "us-east-1")}:${keep(account, OTHER_ACCOUNT)}:other/x`);
  }
  out.push("arn:aws:s3:::other/x", `arn:aws:iam::${OTHER_ACCOUNT}:role/other`);
  return out;
}
function principalCandidates() {
  return [principalEntry("AWS", `arn:aws:iam::${OTHER_ACCOUNT}:root`), principalEntry("Service", "ec2.amazonaws.com")];
}
function exampleOutside(d, listed, excluded, work) {
  const dimension = d === "action" ? actionDimension : d === "resource" ? resourceDimension : principalDimension;
  const candidates2 = d === "action" ? actionCandidates(listed, work) : d === "resource" ? resourceCandidates(listed) : principalCandidates();
  for (const c of candidates2) {
    if (work.spent) return void 0;
    if (d === "action" && !knownAction(c, work)) continue;
    const value = d === "action" ? c.toLowerCase() : c;
    if (someCovers(dimension, listed, value, work) || someCovers(dimension, excluded, value, work)) continue;
    if (work.spent) return void 0;
    return d === "principal" ? principalParts(c).join(" ") : c;
  }
  return void 0;
}
function knownAction(name, work) {
  return actionsMatchingWithin(name, work)?.length === 1;
}

// src/core/diff/witness.ts
var WITNESS_ACCOUNT = "111122223333";
var OTHER_ACCOUNT2 = "999999999999";
var OWNER_ACCOUNT = "888888888888";
var HOLDER = `arn:aws:iam::${WITNESS_ACCOUNT}:user/witness`;
var ROLE = `arn:aws:iam::${WITNESS_ACCOUNT}:role/witness-role`;
var KEY = `arn:aws:kms:us-east-1:${WITNESS_ACCOUNT}:key/witness-key`;
var ALLOW_ALL = normalisePolicy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
var EMPTY = { statements: [] };
function settingsFor(kind) {
  return kind === "identity" ? ["alone", "with-other-grants"] : ["with-other-grants", "alone"];
}
function evaluationSources(kind, policy, setting, resourceAccount) {
  const doc = policy ?? EMPTY;
  if (kind === "identity") {
    return { identityPolicies: setting === "alone" ? [doc] : [doc, ALLOW_ALL], resourcePolicyKind: "other", resourceAccount: WITNESS_ACCOUNT };
  }
  return {
    identityPolicies: setting === "alone" ? [] : [ALLOW_ALL],
    resourcePolicy: doc,
    resourcePolicyKind: kind === "trust" ? "trust" : kind === "key" ? "key" : "other",
    ...resourceAccount !== void 0 ? { resourceAccount } : {}
  };
}
function withDerivedKeys(request) {
  const context = {};
  for (const [k, v] of Object.entries(request.context ?? {})) {
    if (!["aws:principalarn", "aws:principalaccount", "aws:resourceaccount", "kms:calleraccount"].includes(k.toLowerCase())) context[k] = v;
  }
  const p = request.principal;
  if (p.kind !== "anonymous" && p.kind !== "service" && p.kind !== "federated") context["aws:PrincipalArn"] = p.roleArn ?? p.arn;
  if (p.account) context["aws:PrincipalAccount"] = p.account;
  if (p.account && request.action.toLowerCase().startsWith("kms:")) context["kms:CallerAccount"] = p.account;
  const account = splitArn(request.resource)?.[4];
  if (account) context["aws:ResourceAccount"] = account;
  return { ...request, context };
}
function instances2(pattern) {
  if (!hasWildcard(pattern)) return [pattern];
  return [pattern.replace(/\?/g, "x").replace(/\*/g, "x"), pattern.replace(/\?/g, "w").replace(/\*/g, "w1tness")];
}
var instance = (pattern) => instances2(pattern)[0];
var VARIABLE_VALUE = "witness";
function variableKey(braces) {
  const inside = braces.slice(2, -1);
  const variable = parsePolicyVariable(inside);
  if (variable === void 0) return inside;
  return "character" in variable ? void 0 : variable.key;
}
function resourceInstances(pattern) {
  if (!pattern.includes("${")) return [...instances2(pattern), ...reachableInstance(pattern)];
  const pieces = splitAtBraces(pattern);
  const fill = (star, one) => pieces.map((piece, i) => i % 2 === 0 ? piece.replace(/\?/g, one).replace(/\*/g, star) : variableKey(piece) === void 0 ? piece.charAt(2) : VARIABLE_VALUE).join("");
  const out = [fill("x", "x"), fill("w1tness", "w")];
  const withDefaults = pieces.map((piece, i) => i % 2 === 0 ? piece.replace(/\?/g, "x").replace(/\*/g, "x") : variableKey(piece) === void 0 ? piece.charAt(2) : defaultOf(piece) ?? VARIABLE_VALUE);
  if (pieces.some((piece, i) => i % 2 === 1 && defaultOf(piece) !== void 0)) out.push(withDefaults.join(""));
  return out;
}
function defaultOf(braces) {
  const variable = parsePolicyVariable(braces.slice(2, -1));
  return variable && !("character" in variable) ? variable.fallback : void 0;
}
function reachableInstance(pattern) {
  const parts = pattern.split(":");
  if (parts.length < 6 || parts[0] !== "arn" || ![1, 3, 4].some((i) => hasWildcard(parts[i]))) return [];
  const filled = parts.map((part, i) => !hasWildcard(part) ? part : i === 1 ? "aws" : i === 3 ? "us-east-1" : i === 4 ? WITNESS_ACCOUNT : part);
  return [instance(filled.join(":"))];
}
function variableContext(statements) {
  const context = {};
  for (const s of statements) {
    for (const r of [...s.resource ?? [], ...s.notResource ?? []]) {
      if (!r.includes("${")) continue;
      const pieces = splitAtBraces(r);
      for (let i = 1; i < pieces.length; i += 2) {
        const key = variableKey(pieces[i]);
        if (key) context[key] = VARIABLE_VALUE;
      }
    }
  }
  return context;
}
function* actionCandidates2(own, all, hints = []) {
  for (const a of hints) yield !hasWildcard(a) ? a : actionsMatching(a)[0]?.fullName ?? (a === "*" ? "zz:AnyAction" : instance(a));
  yield* actionsOf(own);
  yield* actionsOf(all.filter((s) => !own.includes(s)));
}
function* actionsOf(statements) {
  for (const s of statements) for (const a of [...s.action ?? [], ...s.notAction ?? []]) if (!hasWildcard(a)) yield a;
  for (const s of statements) {
    for (const a of [...s.action ?? [], ...s.notAction ?? []]) {
      if (!hasWildcard(a)) continue;
      yield* actionsMatching(a).slice(0, 2).map((x) => x.fullName);
      yield* a === "*" ? ["zz:AnyAction"] : instances2(a);
    }
    if (s.notAction) yield "zz:UnlistedAction";
  }
}
function takesAResource(action) {
  return (findAction(action)?.resourceTypes.length ?? 0) > 0;
}
function* resourceCandidates2(kind, statements, setting, spend) {
  if (kind === "trust" || kind === "key") {
    const list = [...statements];
    yield kind === "trust" ? ROLE : KEY;
    if (setting === "alone") {
      for (const s of list) {
        for (const entry of s.principal ?? []) {
          const account = accountNamedBy(principalParts(entry)[1]);
          if (account === void 0 || account === WITNESS_ACCOUNT) continue;
          yield kind === "trust" ? `arn:aws:iam::${account}:role/witness-role` : `arn:aws:kms:us-east-1:${account}:key/witness-key`;
        }
      }
    }
    if (kind === "trust") return;
    statements = list;
  }
  const wild = [];
  for (const s of statements) {
    for (const r of [...s.resource ?? [], ...s.notResource ?? []]) {
      yield* r === "*" ? ["arn:aws:s3:::witness-bucket/x", "*"] : resourceInstances(r);
      if (r === "*" || !hasWildcard(r) || r.includes("${") || wild.length >= MEETING_PATTERNS || wild.includes(r)) continue;
      for (const other of wild) {
        const v = commonValue(other, r, spend);
        if (v !== void 0) yield v;
      }
      wild.push(r);
    }
    if (s.notResource) yield "arn:aws:s3:::other-witness-bucket/x";
  }
}
var MEETING_PATTERNS = 6;
function accountNamedBy(value) {
  const account = accountOf(reachedPrincipal(value))?.account;
  return account !== void 0 && isAccountId(account) ? account : void 0;
}
function callerOf(candidate) {
  const federated = principalEntry("Federated", "");
  return candidate.startsWith(federated) ? { kind: "federated", arn: candidate.slice(federated.length) } : principalFromArn(candidate);
}
function* principalCandidates2(kind, statements) {
  if (kind === "identity") return yield HOLDER;
  const fromValue = (value) => {
    if (reachedPrincipal(value) !== value) return fromValue(reachedPrincipal(value));
    if (value === "*") return [HOLDER, `arn:aws:iam::${OTHER_ACCOUNT2}:user/witness`];
    const whole = wholeAccountOf(value);
    if (whole?.partition !== void 0) return [value.replace(/:root$/, ":user/witness"), value];
    const account = whole?.account ?? accountOfEveryPrincipal(value);
    if (account) return [`arn:aws:iam::${account}:user/witness`, `arn:aws:iam::${account}:root`];
    if (value.startsWith("aws:PrincipalOrgID=")) return [HOLDER];
    return [...instances2(value), value];
  };
  for (const s of statements) {
    for (const entry of [...s.principal ?? [], ...s.notPrincipal ?? []]) {
      const [type, value] = principalParts(entry);
      yield* type === "Federated" && value !== "*" ? [entry] : fromValue(value);
    }
    const byKey = clausesByKey(s.condition);
    for (const key of ["aws:principalarn", "aws:principalaccount"]) for (const c of byKey.get(key) ?? []) for (const v of c.values) yield* fromValue(v);
  }
  yield `arn:aws:iam::${OTHER_ACCOUNT2}:user/stranger`;
}
var KEY_SAMPLES = 12;
var PAIRED_KEYS = 3;
var PAIRED_VALUES = 8;
function keyCandidates(key, clauses) {
  const out = [void 0];
  const multi = clauses.some((c) => c.op?.set) && !singleValued(key);
  const heads = [];
  for (const c of clauses) {
    const samples = [...new Set(familyOf(c)?.samples(c) ?? c.values)];
    for (const v of samples.slice(0, KEY_SAMPLES)) out.push(multi ? [v] : v);
    if (multi && samples.length > 1) out.push([samples[0], samples[1]], [samples[samples.length - 1], samples[0]]);
    if (multi && heads.length < PAIRED_CLAUSES) heads.push(samples.slice(0, PAIRED_SAMPLES));
  }
  for (const list of listsAcrossClauses(heads)) out.push(list);
  for (const v of typedSamples(key)) out.push(multi ? [v] : v);
  return out.filter(possibleValue(key));
}
function setKey(ctx, key, v) {
  if (v === void 0) delete ctx[key];
  else ctx[key] = v;
}
function basesOf(targets, { candidates: candidates2, denyClauses }, spend) {
  const bases = [];
  for (const s of targets) {
    const own = clausesByKey(s.condition);
    for (const avoidDenies of [false, true]) {
      const base = {};
      for (const [key, values] of candidates2) {
        const denied = avoidDenies ? denyClauses.get(key) : void 0;
        let first;
        let found = false;
        for (const v of values) {
          if (!spend(1 + (denied?.length ?? 0))) return bases;
          if (!admits(key, own.get(key) ?? [], v)) continue;
          if (!found) [first, found] = [v, true];
          if (!denied || denied.every((c) => !admits(key, [c], v))) {
            first = v;
            break;
          }
        }
        setKey(base, key, first);
      }
      bases.push(base);
    }
  }
  return bases;
}
function* contextCandidates(bases, { candidates: candidates2 }) {
  yield* bases;
  const keyList = [...candidates2.keys()];
  for (const base of bases) {
    for (const key of keyList) {
      for (const v of candidates2.get(key) ?? []) {
        const ctx = { ...base };
        setKey(ctx, key, v);
        yield ctx;
      }
    }
  }
  if (keyList.length <= PAIRED_KEYS) {
    for (const base of bases) {
      for (let i = 0; i < keyList.length; i++) {
        for (let j = i + 1; j < keyList.length; j++) {
          for (const v of (candidates2.get(keyList[i]) ?? []).slice(0, PAIRED_VALUES)) {
            for (const w of (candidates2.get(keyList[j]) ?? []).slice(0, PAIRED_VALUES)) {
              const ctx = { ...base };
              setKey(ctx, keyList[i], v);
              setKey(ctx, keyList[j], w);
              yield ctx;
            }
          }
        }
      }
    }
  }
}
function* contextsWith(variables, bases, plan) {
  yield* contextCandidates(bases, plan);
  if (Object.keys(variables).length === 0) return;
  for (const context of contextCandidates(bases, plan)) yield { ...variables, ...context };
}
function keyPlanOf(all) {
  const keys = /* @__PURE__ */ new Map();
  for (const s of all) for (const [k, cs] of clausesByKey(s.condition)) keys.set(k, [...keys.get(k) ?? [], ...cs]);
  const denyClauses = /* @__PURE__ */ new Map();
  for (const s of all) if (s.effect === "Deny") for (const [k, cs] of clausesByKey(s.condition)) denyClauses.set(k, [...denyClauses.get(k) ?? [], ...cs]);
  const candidates2 = new Map([...keys].map(([k, cs]) => [k, keyCandidates(k, cs)]));
  return { candidates: candidates2, denyClauses };
}
function firstDistinct(values, count) {
  const seen = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (seen.size >= count) break;
    seen.add(v);
  }
  return [...seen];
}
var BUDGET = 2e3;
var WITNESS_WORK_BUDGET = 2e6;
function evaluationCost(policy) {
  let cost = 0;
  for (const s of policy?.statements ?? []) {
    cost += 1 + valuesCost(s.action) + valuesCost(s.notAction) + valuesCost(s.resource) + valuesCost(s.notResource);
    for (const block of Object.values(s.condition)) for (const values of Object.values(block)) cost += valuesCost(values);
  }
  return cost;
}
function boundingReadings(policy) {
  if (!policy) return { most: policy, least: policy };
  const read2 = policy.statements.map((s) => withUnreadMet(s.condition));
  if (read2.every((condition, i) => condition === policy.statements[i].condition)) return { most: policy, least: policy };
  const readingMet = (effect) => ({
    ...policy,
    statements: policy.statements.flatMap((s, i) => read2[i] === s.condition ? [s] : s.effect === effect ? [{ ...s, condition: read2[i] }] : [])
  });
  return { most: readingMet("Allow"), least: readingMet("Deny") };
}
function withUnreadMet(condition) {
  let unparsed = false;
  for (const operator in condition) if (parseOperator(operator) === void 0) unparsed = true;
  if (!unparsed) return condition;
  let unread = false;
  const out = keyedByPolicy();
  for (const [operator, block] of Object.entries(condition)) {
    const kept = keyedByPolicy();
    for (const [key, values] of Object.entries(block)) {
      if (unreadByEvaluator(clauseOf(operator, key.toLowerCase(), values))) unread = true;
      else kept[key] = values;
    }
    if (Object.keys(kept).length > 0) out[operator] = kept;
  }
  return unread ? out : condition;
}
var readingsCost = (r) => evaluationCost(r.most) + (r.least === r.most ? 0 : evaluationCost(r.least));
function decide(request, sources) {
  const most = evaluate(request, sources.most).effect;
  return { most, least: sources.least === sources.most ? most : evaluate(request, sources.least).effect };
}
function valuesCost(values) {
  let cost = 0;
  for (const v of values ?? []) cost += evaluatedValueWork(v.length);
  return cost;
}
function* poolOf(own, all) {
  yield* own;
  for (const s of all) if (!own.includes(s)) yield s;
}
function otherCallers(kind, statements) {
  const out = /* @__PURE__ */ new Set();
  for (const s of statements) {
    for (const entry of [...s.principal ?? [], ...s.notPrincipal ?? []]) {
      const value = principalParts(entry)[1];
      if (value === "*") out.add(kind === "trust" ? "ec2.amazonaws.com" : "*");
      const account = wholeAccountOf(value)?.account ?? accountOfEveryPrincipal(value);
      if (account !== void 0) out.add(`arn:aws:sts::${account}:federated-user/witness`);
    }
  }
  return [...out].slice(0, CANDIDATES);
}
var CANDIDATES = 12;
function findWitnessesFor(before, after, kind, targets, all, needed) {
  const b = boundingReadings(before === void 0 ? void 0 : normalisePolicy(before));
  const a = boundingReadings(after === void 0 ? void 0 : normalisePolicy(after));
  const settings = settingsFor(kind);
  const perRequest = readingsCost(b) + readingsCost(a) + 1;
  const plan = keyPlanOf(all);
  const variables = variableContext(all);
  let work = WITNESS_WORK_BUDGET;
  for (const t of targets) {
    if (t.rating === "neutral" || t.undecided) continue;
    const still = needed?.() ?? { broadens: true, narrows: true };
    if (!still.broadens && !still.narrows) return;
    const want = { broadens: t.rating !== "narrows" && still.broadens, narrows: t.rating !== "broadens" && still.narrows };
    if (!want.broadens && !want.narrows) continue;
    work -= plan.candidates.size + 1;
    if (work < 0) return;
    const found = {};
    const pool = () => poolOf(t.statements, all);
    const actions = firstDistinct(actionCandidates2(t.statements, all, t.hints?.actions), CANDIDATES);
    const principals = firstDistinct(principalCandidates2(kind, pool()), CANDIDATES);
    const bases = basesOf(t.statements, plan, (units) => (work -= units) >= 0);
    if (work < 0) return;
    const done = () => (!want.broadens || found.broadens !== void 0) && (!want.narrows || found.narrows !== void 0);
    const searchWith = (callers, owner) => {
      for (const setting of settings) {
        const hinted = kind === "trust" || kind === "key" ? [] : (t.hints?.resources ?? []).flatMap((r) => r === "*" ? [] : resourceInstances(r).slice(0, 1));
        const resources = firstDistinct([...hinted, ...resourceCandidates2(kind, pool(), setting, (units) => (work -= units) >= 0)], CANDIDATES);
        if (work < 0) break;
        let spent = 0;
        const sources = (policy) => {
          const most = evaluationSources(kind, policy.most, setting, owner);
          return { most, least: policy.least === policy.most ? most : evaluationSources(kind, policy.least, setting, owner) };
        };
        const sb = sources(b);
        const sa = sources(a);
        const where = owner !== void 0 ? { resourceAccount: owner } : {};
        search: for (const context of contextsWith(variables, bases, plan)) {
          for (const action of actions) {
            for (const resource of resources) {
              if (resource === "*" && takesAResource(action)) continue;
              for (const principal of callers) {
                if (spent++ > BUDGET || (work -= perRequest) < 0) break search;
                const request = withDerivedKeys({ principal, action, resource, context });
                const eb = decide(request, sb);
                const ea = decide(request, sa);
                if (want.broadens && !found.broadens && eb.most !== "Allow" && ea.least === "Allow") found.broadens = { request, setting, ...where, before: eb.most, after: ea.least };
                if (want.narrows && !found.narrows && eb.least === "Allow" && ea.most !== "Allow") found.narrows = { request, setting, ...where, before: eb.least, after: ea.most };
                if (done()) break search;
              }
            }
          }
        }
      }
    };
    searchWith(principals.map(callerOf));
    const others = otherCallers(kind, t.statements);
    if (!done() && work >= 0 && others.length > 0) searchWith(others.map(principalFromArn));
    if (kind === "resource") {
      for (const owner of [OWNER_ACCOUNT, WITNESS_ACCOUNT]) if (!done() && work >= 0) searchWith(principals.map(callerOf), owner);
    }
    if (found.broadens || found.narrows) t.witnesses = found;
  }
}

// src/core/diff/semantic-diff.ts
function indexOf(statements, work) {
  return {
    Allow: new GrantIndex(statements.filter((s) => s.effect === "Allow"), work),
    Deny: new GrantIndex(statements.filter((s) => s.effect === "Deny"), work)
  };
}
function appliesToNothing(part, sides) {
  if (part.principal?.length === 0) {
    const folded = part.folded ?? [];
    return { rating: "neutral", reason: `no effect: ${folded.length > 0 ? listText(folded, 1) : "the statement names no principal"}` };
  }
  const excluded = excludesEvery(part);
  if (excluded) return { rating: "neutral", reason: `no effect: its Not${excluded[0].toUpperCase()}${excluded.slice(1)} leaves out every ${excluded}` };
  const missing = part.action?.length === 0 || !part.action && !part.notAction ? "action" : part.resource?.length === 0 ? "resource" : void 0;
  if (missing) return { rating: "neutral", reason: `no effect: the statement names no ${missing}` };
  const known = sides.neverHolds.get(part.condition);
  if (known !== null) return known;
  const never = conditionNeverHolds(part.condition, sides.work, part.effect);
  const key = never && ("spelling" in part ? spelled(part, never.key) : never.key);
  const verdict = never && { rating: "neutral", reason: `no effect: no request meets its condition on \`${key}\`: ${clausesText(never.clauses)}${never.why ? ` (${never.why})` : ""}` };
  sides.neverHolds.set(part.condition, verdict);
  return verdict;
}
function allowsTouch(sides, part) {
  if (sides.kind === "trust") return sides.after.Allow.grants.some((g) => grantsMayOverlap(g, part, sides.work));
  const actions = part.action;
  if (!actions) return true;
  const overlapping = (allowed) => allowed.some((x) => actions.some((y) => !sides.work.spend(overlapsWork(actionDimension, x, y)) || actionDimension.overlaps(x, y)));
  return [sides.before.Allow, sides.after.Allow].some((index) => index.grants.some((g) => !g.action || overlapping(g.action)));
}
function sparesEveryAllowed(sides, part) {
  if (sides.kind !== "trust" || !part.notPrincipal || part.principal || !sides.work.spend(part.notPrincipal.length)) return false;
  const spared = new Set(part.notPrincipal);
  return sides.after.Allow.grants.every(
    (g) => !grantsMayOverlap(g, part, sides.work) || g.principal !== void 0 && g.principal.every((p) => sides.work.spend() && sparedBy(spared, p))
  );
}
function sparedBy(spared, entry) {
  if (!namesItselfAlone(entry) || !spared.has(entry)) return false;
  const [type, value] = principalParts(entry);
  if (type !== "AWS") return true;
  const user = /^arn:([^:]+):iam::(\d{12}):user\//.exec(value);
  return user !== null && (spared.has(principalEntry("AWS", user[2])) || spared.has(principalEntry("AWS", `arn:${user[1]}:iam::${user[2]}:root`)));
}
function conditionsExcludeEveryAllowed(sides, part) {
  const touching = sides.after.Allow.grants.filter((g) => grantsMayOverlap(g, part, sides.work));
  return touching.length > 0 && touching.every((g) => conditionsExclude(g.condition, part.condition, sides.work));
}
function denyOnNothingAllowed(sides, part, direction) {
  if (sparesEveryAllowed(sides, part)) {
    return { rating: "neutral", reason: "no effect: a trust policy's Deny only takes away what it allows, and its NotPrincipal spares every principal it allows" };
  }
  if (sides.kind === "trust" && conditionsExcludeEveryAllowed(sides, part)) {
    return { rating: "neutral", reason: "no effect: a trust policy's Deny only takes away what it allows, and no request its condition applies to meets the condition of an Allow it touches" };
  }
  if (allowsTouch(sides, part)) return void 0;
  const what = actionsText(part);
  if (sides.kind === "trust") {
    return { rating: "neutral", reason: `no effect: a trust policy's Deny only takes away what it allows, and it allows none of ${what}` };
  }
  return direction === "grows" ? { rating: "narrows", explanation: `denies ${what}, which this policy does not grant: limits the principal's other policies` } : { rating: "broadens", explanation: `stops denying ${what}, which this policy does not grant: the principal's other policies may now allow it` };
}
function unlessMaybeNothing(sides, part, direction, v) {
  if (v.rating === "neutral" || v.undecided) return v;
  const maybe = conditionMayNeverHold(part.condition, sides.work);
  if (!maybe) return v;
  const key = "spelling" in part ? spelled(part, maybe.key) : maybe.key;
  const why = `no request meets its condition on \`${key}\` (${clausesText(maybe.clauses)}) if the key holds one value, which the diff does not know, so whether the statement applies to any request is not known`;
  return undecided(part, direction === "grows", why);
}
function settledBeforeCover(sides, part) {
  const none = appliesToNothing(part, sides);
  if (none) return none;
  if (sides.refusedAction !== void 0) return refused(sides.refusedAction);
  return respeltPrincipal(sides, part);
}
function grows(sides, part, counterpart) {
  return unlessMaybeNothing(sides, part, "grows", growsDecided(sides, part, counterpart));
}
function growsDecided(sides, part, counterpart) {
  const settled = settledBeforeCover(sides, part);
  if (settled) return settled;
  const by = sides.before[part.effect].find(part, counterpart);
  if (by) return coveredBy(by);
  if (part.effect === "Allow") {
    const denied = sides.after.Deny.find({ ...part, effect: "Deny" });
    if (denied) return { rating: "neutral", reason: `no effect: denied by ${statementsNamed(denied)}` };
    return onlyWithoutArn(sides, part, "grows", counterpart) ?? { rating: "broadens" };
  }
  return denyOnNothingAllowed(sides, part, "grows") ?? onlyWithoutArn(sides, part, "grows", counterpart) ?? { rating: "narrows" };
}
function onlyWithoutArn(sides, part, direction, counterpart) {
  if (!part.resource?.includes("*") || !mayNameNoArn(part.action, sides.work)) return void 0;
  const named = { ...part, resource: part.resource.map((r) => r === "*" ? EVERY_ARN : r) };
  const verdict = direction === "grows" ? grows(sides, named, counterpart) : shrinks(sides, named, counterpart);
  if (verdict.rating !== "neutral") return void 0;
  const actions = actionsText(part);
  const other = direction === "grows" ? "base version" : "head version";
  const why = `the ${other} ${part.effect === "Allow" ? "allows" : "denies"} ${actions} on every ARN but not on \`*\`; the Service Authorization Reference gives ${actions} only optional resource types, so whether some request names no ARN is not known`;
  return undecided(part, direction === "grows", why);
}
function refused(action) {
  return mayBroaden(`IAM refuses the action \`${action}\` (a wildcard in its service prefix: "Action vendors must not contain wildcards"), so what the document grants is not known`);
}
function respeltPrincipal(sides, part) {
  if (sides.respelt.size === 0) return void 0;
  for (const entry of [...part.principal ?? [], ...part.notPrincipal ?? []]) {
    const [type, value] = principalParts(entry);
    const pair = RESPELT_TYPES.has(type) ? sides.respelt.get(principalEntry(type, value.toLowerCase())) : void 0;
    if (pair) {
      const noun = type === "Service" ? "service principal" : `${type} principal`;
      return mayBroaden(
        `the base version names the ${noun} \`${pair[0]}\` and the head version \`${pair[1]}\`; whether IAM compares ${noun}s without regard to case is not documented, so what the change does is not known`
      );
    }
  }
  return void 0;
}
var RESPELT_TYPES = /* @__PURE__ */ new Set(["Service", "Federated"]);
function principalsRespelt(before, after) {
  const spellings = (statements) => {
    const byName = /* @__PURE__ */ new Map();
    for (const st of statements) {
      for (const entry of [...st.principal ?? [], ...st.notPrincipal ?? []]) {
        const [type, value] = principalParts(entry);
        if (!RESPELT_TYPES.has(type)) continue;
        const name = principalEntry(type, value.toLowerCase());
        const set = byName.get(name) ?? /* @__PURE__ */ new Set();
        set.add(value);
        byName.set(name, set);
      }
    }
    return byName;
  };
  const b = spellings(before);
  const a = spellings(after);
  const respelt = /* @__PURE__ */ new Map();
  for (const [name, bs] of b) {
    const as = a.get(name);
    if (!as) continue;
    const onlyBefore = [...bs].find((v) => !as.has(v));
    const onlyAfter = [...as].find((v) => !bs.has(v));
    if (onlyBefore === void 0 && onlyAfter === void 0) continue;
    respelt.set(name, [onlyBefore ?? [...bs][0], onlyAfter ?? [...as][0]]);
  }
  return respelt;
}
function shrinks(sides, part, counterpart) {
  return unlessMaybeNothing(sides, part, "shrinks", shrinksDecided(sides, part, counterpart));
}
function shrinksDecided(sides, part, counterpart) {
  const settled = settledBeforeCover(sides, part);
  if (settled) return settled;
  const by = sides.after[part.effect].find(part, counterpart);
  if (by) return coveredBy(by);
  if (part.effect === "Allow") {
    const denied = sides.before.Deny.find({ ...part, effect: "Deny" });
    if (denied) return { rating: "neutral", reason: `no effect: denied by ${statementsNamed(denied)}` };
    return onlyWithoutArn(sides, part, "shrinks", counterpart) ?? { rating: "narrows" };
  }
  return denyOnNothingAllowed(sides, part, "shrinks") ?? onlyWithoutArn(sides, part, "shrinks", counterpart) ?? { rating: "broadens" };
}
var mayBroaden = (why) => ({ rating: "broadens", explanation: `may broaden: ${why}`, undecided: true });
var mayNarrow = (why) => ({ rating: "narrows", explanation: `may narrow: ${why}`, undecided: true });
function undecided(s, grows_, why) {
  if (grows_ === void 0) return mayBroaden(why);
  return grows_ === (s.effect === "Allow") ? mayBroaden(why) : mayNarrow(why);
}
var refOf = (s) => s.sid !== void 0 ? { side: s.side, index: s.index, sid: s.sid } : { side: s.side, index: s.index };
function coverReason(v, direction, effect, self) {
  if (v.rating !== "neutral") return "";
  if (v.reason) return v.reason;
  if (!v.coveredBy) return "";
  const verb = effect === "Allow" ? "allowed" : "denied";
  const when = direction === "grows" ? "already" : "still";
  const name = (s) => self.includes(s) ? `the ${s.side === "before" ? "base" : "head"} version of this statement` : statementName(s);
  const by = v.coveredTogetherBy ? `${listText(v.coveredTogetherBy.map(name), 3, " and ")} together` : name(v.coveredBy);
  return `${when} ${verb} by ${by}`;
}
function coveredBy(by) {
  return by.length > 1 ? { rating: "neutral", coveredBy: by[0], coveredTogetherBy: by } : { rating: "neutral", coveredBy: by[0] };
}
function statementsNamed(statements) {
  return listText(statements.map(statementName), 3, " and ");
}
function coverText(v, direction, effect, self) {
  const reason = coverReason(v, direction, effect, self);
  return reason ? ` (${reason})` : "";
}
var DIMENSIONS2 = [
  { pos: "action", neg: "notAction", posName: "Action", negName: "NotAction", dimension: actionDimension },
  { pos: "resource", neg: "notResource", posName: "Resource", negName: "NotResource", dimension: resourceDimension },
  // A dimension's `dimension` compares the values of its Not* list (excludedBy): a NotPrincipal spares what it names.
  { pos: "principal", neg: "notPrincipal", posName: "Principal", negName: "NotPrincipal", dimension: excludedPrincipalDimension }
];
var minus = (a, b) => {
  if (!a) return [];
  if (!b) return [...a];
  const drop = new Set(b);
  return a.filter((v) => !drop.has(v));
};
function elementChanges(sides, b, a, rated) {
  const out = [];
  const pair = [b, a];
  const push = (change, verdict, direction, summary) => {
    const v = rated ? verdict : { rating: "neutral" };
    const why = rated ? coverText(v, direction, a.effect, pair) : " (rated with the Effect change)";
    const explanation = v.explanation ?? (v.rating === "neutral" ? (rated ? coverReason(v, direction, a.effect, pair) : "rated with the Effect change") || summary : summary);
    const full = { ...change, rating: v.rating, summary: summary + why, explanation };
    if (v.undecided) full.undecided = true;
    if (v.rating === "neutral" && v.coveredBy) full.coveredBy = refOf(v.coveredBy);
    out.push(full);
    return full;
  };
  for (const d of DIMENSIONS2) dimensionChanges(sides, b, a, d, push);
  conditionChanges(sides, b, a, push);
  return out;
}
function valueFields(d, element, kind, s, v) {
  if (d.pos !== "principal") return { element, kind, value: d.pos === "action" ? spelled(s, v) : v };
  const [principalType, value] = principalParts(v);
  return { element, kind, value, principalType };
}
function shown(d, s, v) {
  if (d.pos === "action") return spelled(s, v);
  if (d.pos === "principal") return principalText(v);
  return resourceShown(s, v);
}
function futureOnly(verdict, s, v, others, kind, work) {
  if (!hasWildcard(v) || !others) return verdict;
  const today = actionsMatchingWithin(v, work);
  if (today === void 0 || today.length === 0 || today.length > 200) return verdict;
  const rest = others.includes(v) ? others.filter((o) => o !== v) : others;
  if (!today.every((x) => someCovers(actionDimension, rest, x.fullName.toLowerCase(), work))) return verdict;
  const matched = `\`${spelled(s, v)}\` matches ${listText(today.map((x) => x.fullName), 4)} today`;
  const verb = s.effect === "Allow" ? "allowed" : "denied";
  const explanation = verdict.rating === "broadens" ? `broadens only to actions AWS may add later: ${matched}, all ${kind === "added" ? `${verb} before` : `still ${verb}`}` : `narrows only actions AWS may add later: ${matched}, all ${kind === "added" ? `${verb} before` : `still ${verb}`}`;
  return { ...verdict, explanation };
}
function scopeText(d, s) {
  if (d.pos === "action") return `${actionsText(s)}${s.notAction ? " (NotAction)" : ""} on ${resourcesText(s)}`;
  if (d.pos === "resource") return `${actionsText(s)} on ${resourcesText(s)}${s.notResource ? " (NotResource)" : ""}`;
  return `${actionsText(s)} ${principalsText(s) ?? ""}${s.notPrincipal ? " (NotPrincipal)" : ""}`;
}
var NOUNS = { action: "actions", resource: "resources", principal: "principals" };
function notCoveredText(part, direction) {
  const allow = part.effect === "Allow";
  return direction === "grows" ? `no statement of the base version ${allow ? "allowed" : "denied"} ${grantText(part)}` : `no statement of the head version ${allow ? "allows" : "denies"} ${grantText(part)}`;
}
function dimensionChanges(sides, b, a, d, push) {
  const bPos = b[d.pos];
  const bNeg = b[d.neg];
  const aPos = a[d.pos];
  const aNeg = a[d.neg];
  const deny = a.effect === "Deny";
  const positiveText = (kind, s, v) => {
    const value = shown(d, s, v);
    const verb = kind === "added" ? "adds" : "removes";
    const link = kind === "added" ? "to" : "from";
    if (d.pos === "action") {
      return deny ? `${verb} ${value} ${link} the Deny on ${resourcesText(s)}` : `${verb} ${value} on ${resourcesText(s)}`;
    }
    if (d.pos === "resource") {
      const note = variableNote(s, value);
      return `${verb} resource ${value} ${deny ? `${link} the Deny of` : "for"} ${actionsText(s)}${note ? `, ${s.side === "after" ? "now" : "was"} ${note}` : ""}`;
    }
    return `${verb} principal ${value}${deny ? ` ${link} the Deny` : ""}`;
  };
  const negativeText = (kind, s, v) => kind === "added" ? `excludes ${shown(d, s, v)} (${d.negName})` : `stops excluding ${shown(d, s, v)} (${d.negName})`;
  const valueWhy = (s, v, part, direction) => {
    const value = shown(d, s, v);
    const note = d.pos === "resource" ? variableNote(s, value) : "";
    return note ? `${value} ${s.side === "after" ? "is now" : "was"} ${note}` : notCoveredText(part, direction);
  };
  const listShown = (s, values) => listText(values, 3, ", ", (v) => shown(d, s, v));
  const verbOf = (s) => s.effect === "Allow" ? "allows" : "denies";
  const example = (listed, listedBy, excluded) => {
    const spelledList = d.pos === "action" ? listed.map((v) => spelled(listedBy, v)) : listed;
    const found = exampleOutside(d.pos, spelledList, excluded, sides.work);
    return found === void 0 ? "" : `, e.g. ${found}`;
  };
  const sameForm = bPos && aPos && !bNeg && !aNeg || bNeg && aNeg && !bPos && !aPos;
  const afterSwitch = [];
  for (const v of minus(aPos, bPos)) {
    if (sides.work.spent) return;
    const part = { ...a, [d.pos]: [v] };
    let verdict = grows(sides, part, b);
    if (d.pos === "action" && verdict.rating !== "neutral") verdict = futureOnly(verdict, a, v, bPos, "added", sides.work);
    push(valueFields(d, d.posName, "added", a, v), withExplanation(verdict, valueWhy(a, v, part, "grows")), "grows", positiveText("added", a, v));
  }
  for (const v of minus(bPos, aPos)) {
    if (sides.work.spent) return;
    const part = { ...b, [d.pos]: [v] };
    let verdict = shrinks(sides, part, a);
    if (d.pos === "action" && verdict.rating !== "neutral") verdict = futureOnly(verdict, b, v, aPos, "removed", sides.work);
    if (aNeg && !aPos && verdict.rating !== "neutral" && !verdict.explanation) {
      const excluded = listShown(a, aNeg);
      const summary = `no longer ${verbOf(b)} ${scopeText(d, part)} where ${d.negName} excludes it (${excluded})`;
      const explanation = `removes the ${NOUNS[d.pos]} of ${shown(d, b, v)} that ${d.negName} excludes: ${excluded}`;
      const fields = valueFields(d, d.posName, "removed", b, v);
      const lost2 = verdict;
      afterSwitch.push(() => push(fields, { ...lost2, explanation }, "shrinks", summary));
      continue;
    }
    push(valueFields(d, d.posName, "removed", b, v), withExplanation(verdict, valueWhy(b, v, part, "shrinks")), "shrinks", positiveText("removed", b, v));
  }
  const excludedBy = (list = [], v) => someCovers(d.dimension, list, v, sides.work);
  let switchText;
  for (const v of minus(aNeg, bNeg)) {
    if (sides.work.spent) return;
    let verdict;
    if (!sameForm) {
      verdict = grows(sides, a, b);
      if (bPos && aNeg) {
        switchText ??= (() => {
          const summary = `now ${verbOf(a)} ${scopeText(d, a)}`;
          return { summary, explanation: `${summary}: adds ${NOUNS[d.pos]} outside ${listShown(b, bPos)}${example(bPos, b, aNeg)}` };
        })();
        push(valueFields(d, d.negName, "added", a, v), withExplanation(verdict, switchText.explanation), "grows", switchText.summary);
        continue;
      }
    } else if (excludedBy(bNeg, v)) verdict = { rating: "neutral", reason: "already excluded" };
    else verdict = shrinks(sides, { ...b, [d.neg]: void 0, [d.pos]: [v] }, a);
    const part = sameForm ? { ...b, [d.neg]: void 0, [d.pos]: [v] } : a;
    push(valueFields(d, d.negName, "added", a, v), withExplanation(verdict, notCoveredText(part, sameForm ? "shrinks" : "grows")), sameForm ? "shrinks" : "grows", negativeText("added", a, v));
  }
  if (!sameForm && aNeg?.length === 0) {
    if (sides.work.spent) return;
    const summary = `now ${verbOf(a)} ${scopeText(d, a)}`;
    const outside = bPos ? `, so it adds ${NOUNS[d.pos]} outside ${listShown(b, bPos)}` : "";
    push({ element: d.negName, kind: "added" }, withExplanation(grows(sides, a, b), `${summary}: an empty ${d.negName} excludes nothing${outside}`), "grows", summary);
  }
  for (const pushLost of afterSwitch) pushLost();
  switchText = void 0;
  for (const v of minus(bNeg, aNeg)) {
    if (sides.work.spent) return;
    let verdict;
    if (!sameForm) {
      verdict = shrinks(sides, b, a);
      if (bNeg && aPos) {
        switchText ??= (() => {
          const summary = `no longer ${verbOf(b)} ${scopeText(d, b)}, only ${listShown(a, aPos)}`;
          return { summary, explanation: `${summary}: removes ${NOUNS[d.pos]} outside ${listShown(a, aPos)}${example(aPos, a, bNeg)}` };
        })();
        push(valueFields(d, d.negName, "removed", b, v), withExplanation(verdict, switchText.explanation), "shrinks", switchText.summary);
        continue;
      }
    } else if (excludedBy(aNeg, v)) verdict = { rating: "neutral", reason: "still excluded" };
    else verdict = grows(sides, { ...a, [d.neg]: void 0, [d.pos]: [v] }, b);
    const part = sameForm ? { ...a, [d.neg]: void 0, [d.pos]: [v] } : b;
    push(valueFields(d, d.negName, "removed", b, v), withExplanation(verdict, notCoveredText(part, sameForm ? "grows" : "shrinks")), sameForm ? "grows" : "shrinks", negativeText("removed", b, v));
  }
  if (!sameForm && bNeg?.length === 0) {
    if (sides.work.spent) return;
    const summary = `no longer ${verbOf(b)} ${scopeText(d, b)}${aPos ? `, only ${listShown(a, aPos)}` : ""}`;
    const outside = aPos ? `, so it removes ${NOUNS[d.pos]} outside ${listShown(a, aPos)}` : "";
    push({ element: d.negName, kind: "removed" }, withExplanation(shrinks(sides, b, a), `${summary}: the empty ${d.negName} excluded nothing${outside}`), "shrinks", summary);
  }
}
function keyValueText(value) {
  if (value === void 0) return "requests without the key";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `\`[${value.join(", ")}]\``;
  return `\`${value}\``;
}
var REFINED_KEYS = 8;
function conditionChanges(sides, b, a, push) {
  let refined = 0;
  let refinedValues = 0;
  const mayRefineValue = () => refinedValues++ < REFINED_VALUES;
  for (const cmp of compareConditionBlocks(b.condition, a.condition, sides.work)) {
    if (sides.work.spent) return;
    const keyText = spelled(cmp.after.length > 0 ? a : b, cmp.key);
    const one = cmp.before.length === 1 && cmp.after.length === 1 && cmp.before[0].operator === cmp.after[0].operator;
    if (one && cmp.before[0].op && cmp.before[0].op.base !== "Null") valueChanges(sides, b, a, cmp, keyText, push, mayRefineValue);
    else keyChange(sides, b, a, cmp, keyText, push, refined++ < REFINED_KEYS);
  }
}
var gained = (sides, b, a) => grows(sides, a, b);
var lost = (sides, b, a) => shrinks(sides, b, a);
function requestsText(keyText, witnesses) {
  const values = witnesses.filter((w) => w !== void 0).map(keyValueText);
  const parts = values.length > 0 ? [`requests with \`${keyText}\` = ${listText(values, 3, " or ")}`] : [];
  if (witnesses.includes(void 0)) parts.push(`requests without \`${keyText}\``);
  return parts.join(" or ");
}
var KeyWords = class {
  constructor(keyText, from, to, s) {
    this.keyText = keyText;
    this.from = from;
    this.to = to;
    this.s = s;
  }
  keyText;
  from;
  to;
  s;
  gained = [];
  lost = [];
  /** The witnesses seen, by their JSON: a key with thousands of changed values is not searched value by value. */
  seen = /* @__PURE__ */ new Set();
  /** The one-direction texts explain gave: settle replaces only those (not a "may broaden" or a Deny's own reason). */
  given = /* @__PURE__ */ new Set();
  told = [];
  /** The verdict with this key's explanation (for now, of this one direction), when the verdict has none of its own. */
  explain(v, wider, witness) {
    if (v.rating === "neutral" || v.explanation) return v;
    const id = `${wider ? "+" : "-"}${JSON.stringify(witness) ?? ""}`;
    if (!this.seen.has(id)) {
      this.seen.add(id);
      (wider ? this.gained : this.lost).push(witness);
    }
    const explanation = this.text(wider ? [witness] : [], wider ? [] : [witness]);
    this.given.add(explanation);
    return { ...v, explanation };
  }
  /** Remembers a pushed change whose explanation may be this key's. */
  record(change) {
    this.told.push(change);
  }
  /** Gives every change that carries this key's explanation the text of both directions. */
  settle() {
    if (this.given.size === 0) return;
    const whole = this.text(this.gained, this.lost);
    for (const change of this.told) if (this.given.has(change.explanation)) change.explanation = whole;
  }
  text(gained2, lost2) {
    const head = `condition \`${this.keyText}\` changed from ${this.from} to ${this.to}`;
    if (this.s.effect === "Deny") {
      const more = gained2.length > 0 ? `the Deny now also applies to ${requestsText(this.keyText, gained2)}` : "";
      const less = lost2.length > 0 ? `${more ? "and" : "the Deny"} no longer ${more ? "to" : "applies to"} ${requestsText(this.keyText, lost2)}` : "";
      return `${head}: ${[more, less].filter(Boolean).join(", ")}`;
    }
    const admits2 = gained2.length > 0 ? `now admits ${listText(gained2.map(keyValueText))}` : "";
    const not = lost2.length > 0 ? `no longer ${admits2 ? "" : "admits "}${listText(lost2.map(keyValueText))}` : "";
    return `${head}: ${[admits2, not].filter(Boolean).join(", ")}`;
  }
};
function withExplanation(v, explanation) {
  return v.rating === "neutral" || v.explanation ? v : { ...v, explanation };
}
function valueChanges(sides, b, a, cmp, keyText, push, mayRefine) {
  const bc = cmp.before[0];
  const ac = cmp.after[0];
  const operator = ac.operator;
  const where = { element: "Condition", operator, key: keyText };
  const from = clausesText(cmp.before, false);
  const to = clausesText(cmp.after, false);
  const words = new KeyWords(keyText, `\`${from}\``, `\`${to}\``, a);
  let grown;
  let shrunk;
  const byValue = !ac.negated && ac.op !== void 0 && ac.op.set !== "ForAllValues";
  const rate = (proof, grows_, neutralReason, value) => {
    if (proof.holds === true) return { rating: "neutral", reason: neutralReason };
    const v = { ...grows_ ? grown ??= gained(sides, b, a) : shrunk ??= lost(sides, b, a) };
    if (v.rating !== "neutral" && byValue && mayRefine()) {
      const part = limitedToValue(grows_ ? a : b, operator, cmp.key, value);
      const settled = part && (grows_ ? grows(sides, part, b) : shrinks(sides, part, a));
      if (settled?.rating === "neutral") return settled;
    }
    if (proof.holds === "unknown") return v.rating === "neutral" ? v : undecided(a, grows_, proof.why);
    return words.explain(v, grows_, proof.witness);
  };
  const work = sides.work;
  for (const v of minus(ac.values, bc.values)) {
    if (!work.spend(readWork(bc.values.length, charsOf(bc.values)))) return;
    const bigger = clauseWith(bc, v);
    const verdict = ac.negated ? rate(keySubset(cmp.key, [bc], [bigger], work), false, `${v} was already excluded`, v) : rate(keySubset(cmp.key, [bigger], [bc], work), true, `${v} was already admitted by ${from}`, v);
    words.record(push({ ...where, kind: "added", value: v }, verdict, ac.negated ? "shrinks" : "grows", `adds ${v} to condition ${operator} ${keyText}`));
  }
  for (const v of minus(bc.values, ac.values)) {
    if (!work.spend(readWork(ac.values.length, charsOf(ac.values)))) return;
    const bigger = clauseWith(ac, v);
    const verdict = ac.negated ? rate(keySubset(cmp.key, [ac], [bigger], work), true, `${v} is still excluded`, v) : rate(keySubset(cmp.key, [bigger], [ac], work), false, `${v} is still admitted by ${to}`, v);
    words.record(push({ ...where, kind: "removed", value: v }, verdict, ac.negated ? "grows" : "shrinks", `removes ${v} from condition ${operator} ${keyText}`));
  }
  words.settle();
}
function outsideOf(s, key, other) {
  const opposite = other.length > 0 ? oppositeOf(key, other) : void 0;
  if (!opposite) return s;
  const condition = { ...s.condition };
  for (const { operator, values } of opposite) {
    const block = condition[operator] ?? {};
    if (Object.keys(block).some((k) => k.toLowerCase() === key)) return s;
    condition[operator] = { ...block, [key]: values };
  }
  return { ...s, condition };
}
var REFINED_VALUES = 8;
function limitedToValue(s, operator, key, value) {
  const block = s.condition[operator];
  if (!block) return void 0;
  const spellings = Object.keys(block).filter((k) => k.toLowerCase() === key);
  if (spellings.length !== 1) return void 0;
  return { ...s, condition: { ...s.condition, [operator]: { ...block, [spellings[0]]: [value] } } };
}
function keyChange(sides, b, a, cmp, keyText, push, refine) {
  const gained2 = (sides2, b2, a2) => grows(sides2, refine ? outsideOf(a2, cmp.key, cmp.before) : a2, b2);
  const lost2 = (sides2, b2, a2) => shrinks(sides2, refine ? outsideOf(b2, cmp.key, cmp.after) : b2, a2);
  const kind = cmp.before.length === 0 ? "added" : cmp.after.length === 0 ? "removed" : "changed";
  const shown2 = kind === "removed" ? cmp.before : cmp.after;
  const field = {
    element: "Condition",
    kind,
    operator: shown2.map((c) => c.operator).join(" and "),
    key: keyText,
    values: shown2.flatMap((c) => c.values)
  };
  const conditionText2 = (clauses) => clauses.map((c) => conditionText(c.operator, keyText, c.values)).join(" and ");
  const summary = kind === "added" ? `adds condition ${conditionText2(cmp.after)}` : kind === "removed" ? `removes condition ${conditionText2(cmp.before)}` : `changes condition ${keyText} from ${clausesText(cmp.before)} to ${clausesText(cmp.after)}`;
  const from = `\`${clausesText(cmp.before)}\``;
  const to = `\`${clausesText(cmp.after)}\``;
  const moreProof = cmp.afterInBefore;
  const lessProof = cmp.beforeInAfter;
  if (moreProof.holds === "unknown" || lessProof.holds === "unknown") {
    const why = moreProof.holds === "unknown" ? moreProof.why : lessProof.why;
    const grows_ = moreProof.holds === true ? false : lessProof.holds === true ? true : void 0;
    const gain = moreProof.holds === true ? void 0 : gained2(sides, b, a);
    const loss = lessProof.holds === true ? void 0 : lost2(sides, b, a);
    const settledGain = gain === void 0 || gain.rating === "neutral";
    const settledLoss = loss === void 0 || loss.rating === "neutral";
    if (settledGain && settledLoss) {
      push(field, gain ?? loss, grows_ === false ? "shrinks" : "grows", summary);
      return;
    }
    if (!settledGain && !settledLoss) {
      const words2 = new KeyWords(keyText, cmp.before.length ? from : "no condition", cmp.after.length ? to : "no condition", a);
      const allow = a.effect === "Allow";
      if (moreProof.holds === false) words2.record(push(field, words2.explain(gain, true, moreProof.witness), "grows", summary));
      else if (moreProof.holds === "unknown" && allow) push(field, undecided(a, true, moreProof.why), "grows", summary);
      if (lessProof.holds === false) words2.record(push(field, words2.explain(loss, false, lessProof.witness), "shrinks", summary));
      else if (lessProof.holds === "unknown" && !allow) push(field, undecided(a, false, lessProof.why), "shrinks", summary);
      words2.settle();
      return;
    }
    push(field, undecided(a, settledGain ? false : settledLoss ? true : grows_, why), settledGain ? "shrinks" : "grows", summary);
    return;
  }
  if (moreProof.holds && lessProof.holds) {
    push(field, { rating: "neutral", reason: `${from} and ${to} admit the same values of \`${keyText}\`` }, "grows", summary);
    return;
  }
  const words = new KeyWords(keyText, cmp.before.length ? from : "no condition", cmp.after.length ? to : "no condition", a);
  if (!moreProof.holds) words.record(push(field, words.explain(gained2(sides, b, a), true, moreProof.witness), "grows", summary));
  if (!lessProof.holds) words.record(push(field, words.explain(lost2(sides, b, a), false, lessProof.witness), "shrinks", summary));
  words.settle();
}
function rollUp(ratings) {
  let broadens = false;
  let narrows = false;
  for (const r of ratings) {
    if (r === "broadens" || r === "mixed") broadens = true;
    if (r === "narrows" || r === "mixed") narrows = true;
  }
  return broadens && narrows ? "mixed" : broadens ? "broadens" : narrows ? "narrows" : "neutral";
}
function modifiedStatement(sides, b, a, by) {
  const changes = [];
  const effectChanged = b.effect !== a.effect;
  if (effectChanged) {
    const gone = shrinks(sides, b);
    const come = grows(sides, a);
    const verdict = gone.rating !== "neutral" ? gone : come;
    const summary = `changes Effect from ${b.effect} to ${a.effect}`;
    const change = {
      element: "Effect",
      kind: "changed",
      from: b.effect,
      to: a.effect,
      rating: verdict.rating,
      summary,
      explanation: verdict.explanation ?? (verdict.rating === "neutral" ? verdict.reason ?? summary : summary)
    };
    if (verdict.rating === "neutral" && gone.coveredBy && come.coveredBy) {
      change.coveredBy = refOf(come.coveredBy);
      change.summary += ` (covered by ${statementName(gone.coveredBy)} and ${statementName(come.coveredBy)})`;
      change.explanation = `covered by ${statementName(gone.coveredBy)} and ${statementName(come.coveredBy)}`;
    }
    changes.push(change);
  }
  changes.push(...elementChanges(sides, b, a, !effectChanged));
  const rating = rollUp(changes.map((c) => c.rating));
  const shownChanges = [...changes.filter((c) => c.rating !== "neutral"), ...changes.filter((c) => c.rating === "neutral")];
  const folded = [.../* @__PURE__ */ new Set([...b.folded, ...a.folded])];
  const what = shownChanges.length > 0 ? listText([...new Set(shownChanges.map((c) => c.summary))], 4, "; ") : `rewritten (${listText(folded, 2, "; ")})`;
  const explanation = changes.length > 0 && (rating !== "neutral" || folded.length === 0) ? explanationOf(changes) : `same access, written differently: ${listText(folded, 2, "; ")}`;
  const out = {
    kind: "modified",
    matchedBy: by,
    before: refOf(b),
    after: refOf(a),
    effect: a.effect,
    rating,
    changes,
    summary: `${statementName(a)}: ${what}`,
    explanation
  };
  if (changes.some((c) => c.undecided)) out.undecided = true;
  return out;
}
function explanationOf(changes) {
  const rated = changes.filter((c) => c.rating !== "neutral").map((c) => c.explanation);
  const lines = [...new Set(rated.length > 0 ? rated : changes.map((c) => c.explanation))];
  return listText(lines, 3, "; ");
}
function wholeStatement(sides, s, kind) {
  const verdict = kind === "added" ? grows(sides, s) : shrinks(sides, s);
  const verb = kind === "added" ? "adds" : "removes";
  const direction = kind === "added" ? "grows" : "shrinks";
  const summary = `${verb} ${statementName(s)}: ${statementText(s)}`;
  const change = {
    kind,
    [kind === "added" ? "after" : "before"]: refOf(s),
    effect: s.effect,
    rating: verdict.rating,
    changes: [],
    summary: `${summary}${coverText(verdict, direction, s.effect, [])}`,
    explanation: verdict.explanation ?? (verdict.rating === "neutral" ? coverReason(verdict, direction, s.effect, []) : `${kind === "added" ? "a new" : "a removed"} ${s.effect} that no other statement ${kind === "added" ? "already" : "still"} ${s.effect === "Allow" ? "grants" : "denies"}`)
  };
  if (verdict.rating === "neutral" && verdict.coveredBy) change.coveredBy = refOf(verdict.coveredBy);
  if (verdict.undecided) change.undecided = true;
  return change;
}
function firstRefusedAction(statements) {
  for (const s of statements) {
    const found = s.action?.find(hasVendorWildcard) ?? s.notAction?.find(hasVendorWildcard);
    if (found !== void 0) return s.spelling.get(found) ?? found;
  }
  return void 0;
}
function policyOf(value, side, invalid) {
  if (value === void 0) return void 0;
  const policy = normalisePolicy(value);
  if (!policy) invalid.push(side);
  return policy;
}
function readBoth(before, after, invalid) {
  const b = policyOf(before, "before", invalid);
  const a = policyOf(after, "after", invalid);
  const alike = readAlike(b, a);
  const differ = b && a && readsPolicyVariables(b.version) !== readsPolicyVariables(a.version);
  const reading = (p) => p && (differ || !readsPolicyVariables(p.version)) ? { literal: !readsPolicyVariables(p.version), version: p.version === void 0 ? "a policy without a Version" : `Version ${p.version}`, ...differ ? {} : { alike: true } } : void 0;
  const bReading = reading(b);
  const aReading = reading(a);
  return {
    before: { statements: alike.before.map((s) => toDiffStatement(s, "before", bReading)), version: b?.version },
    after: { statements: alike.after.map((s) => toDiffStatement(s, "after", aReading)), version: a?.version }
  };
}
var DROPPED = {
  broadensByProof: "but no request is newly allowed: everything the after version allows, the before version allowed (shown from both versions' statements, Denies included)",
  narrowsByProof: "but no request is newly refused: everything the before version allowed, the after version allows (shown from both versions' statements, Denies included)"
};
function confirmVerdict(before, after, kind, changes, b, a, attach, refusedAction) {
  const claimed = rollUp(changes.map((c) => c.rating));
  if (claimed === "neutral") return claimed;
  const provable = refusedAction === void 0;
  if (provable && (claimed === "broadens" || claimed === "mixed") && allowsNoMore(b, a)) dropDirection(changes, "broadens", DROPPED.broadensByProof);
  if (provable && (claimed === "narrows" || claimed === "mixed") && allowsNoMore(a, b)) dropDirection(changes, "narrows", DROPPED.narrowsByProof);
  const targets = changes.map((c) => ({ rating: decidedClaims(c), statements: statementsOf(c, b, a), hints: hintsOf(c) }));
  const wanted = rollUp(targets.map((t) => t.rating));
  const wants = (direction) => wanted === direction || wanted === "mixed";
  const shows = (direction) => targets.some((t) => t.witnesses?.[direction] !== void 0);
  if (wanted !== "neutral") {
    findWitnessesFor(before, after, kind, targets, [...b, ...a], () => ({ broadens: wants("broadens") && !shows("broadens"), narrows: wants("narrows") && !shows("narrows") }));
    for (const direction of ["broadens", "narrows"]) if (wants(direction) && !shows(direction)) unshownDirection(changes, direction);
  }
  if (attach) {
    const rest = changes.map((c, i) => {
      const has = targets[i].witnesses ?? {};
      const open = [];
      if ((c.rating === "broadens" || c.rating === "mixed") && !has.broadens) open.push("broadens");
      if ((c.rating === "narrows" || c.rating === "mixed") && !has.narrows) open.push("narrows");
      return { rating: rollUp(open), ...c.undecided ? { undecided: c.undecided } : {}, statements: targets[i].statements };
    });
    findWitnessesFor(before, after, kind, rest, [...b, ...a]);
    changes.forEach((c, i) => {
      const w = { ...rest[i].witnesses, ...targets[i].witnesses };
      if (w.broadens || w.narrows) c.witnesses = w;
    });
  }
  return rollUp(changes.map((c) => c.rating));
}
function hintsOf(c) {
  const rated = c.changes.filter((e) => e.rating !== "neutral" && !e.undecided && e.value !== void 0);
  const of = (elements) => [...new Set(rated.filter((e) => elements.includes(e.element)).map((e) => e.value))].slice(0, HINTS);
  return { actions: of(["Action", "NotAction"]), resources: of(["Resource", "NotResource"]) };
}
var HINTS = 4;
function statementsOf(c, b, a) {
  const statements = [];
  if (c.before) statements.push(b.find((s) => s.index === c.before?.index));
  if (c.after) statements.push(a.find((s) => s.index === c.after?.index));
  return statements;
}
function decidedClaims(c) {
  if (c.changes.length === 0) return c.undecided ? "neutral" : c.rating;
  return rollUp(c.changes.filter((e) => !e.undecided).map((e) => e.rating));
}
function unshownDirection(changes, direction) {
  const verb = direction === "broadens" ? "broaden" : "narrow";
  const newly = direction === "broadens" ? "newly allowed" : "newly refused";
  const mark = (x) => {
    x.explanation = `may ${verb}: ${x.explanation}, but no request the diff tried is ${newly} and no proof says one is`;
    x.undecided = true;
  };
  for (const c of changes) {
    if (c.changes.length === 0) {
      if (!c.undecided && c.rating === direction) mark(c);
      continue;
    }
    const parts = c.changes.filter((e) => !e.undecided && e.rating === direction);
    if (parts.length === 0) continue;
    for (const e of parts) mark(e);
    c.undecided = true;
    c.explanation = explanationOf(c.changes);
  }
}
function dropDirection(changes, direction, why) {
  const settle = (x) => {
    x.rating = "neutral";
    x.explanation = `${x.explanation}, ${why}`;
    delete x.undecided;
  };
  for (const c of changes) {
    if (c.rating !== direction && c.rating !== "mixed") continue;
    if (c.changes.length === 0) {
      settle(c);
      continue;
    }
    for (const e of c.changes) if (e.rating === direction) settle(e);
    c.rating = rollUp(c.changes.map((e) => e.rating));
    c.explanation = explanationOf(c.changes);
    if (c.changes.some((e) => e.undecided)) c.undecided = true;
    else delete c.undecided;
  }
}
var TRUST_ACTION = /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/;
function kindOf(statements) {
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) return "identity";
  const actions = withPrincipal.flatMap((s) => s.action ?? []);
  if (actions.length > 0 && actions.every((x) => TRUST_ACTION.test(x))) return "trust";
  if (actions.some((x) => x.startsWith("kms:"))) return "key";
  return "resource";
}
function meaningOf(statements) {
  return [...new Set(statements.map((s) => s.key))].sort().join("\n");
}
var VERDICT_TEXT = {
  broadens: "broadens access",
  narrows: "narrows access",
  mixed: "broadens and narrows access",
  none: "no change in access"
};
function variableReading(version) {
  const before = readsPolicyVariables(version.before);
  if (before === readsPolicyVariables(version.after)) return "";
  return before ? " (policy variables such as ${aws:username} are now plain text)" : " (policy variables such as ${aws:username} are now read as variables, no longer as text)";
}
function policySummary(diff) {
  const parts = [diff.overBudget ? `not fully compared (${diff.overBudget}): counted as broadening access` : VERDICT_TEXT[diff.accessChange]];
  const counts = ["added", "removed", "modified"].map((kind) => [kind, diff.statements.filter((s) => s.kind === kind).length]).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  if (counts.length > 0) parts.push(`statements: ${counts.join(", ")}`);
  if (diff.invalid.length > 0) parts.push(`not a policy document: ${diff.invalid.join(" and ")} version`);
  if (diff.version) parts.push(`Version ${diff.version.before ?? "(none)"} -> ${diff.version.after ?? "(none)"}${variableReading(diff.version)}`);
  return parts.join("; ");
}
function diffPolicies(before, after, options = {}) {
  const fileChange = before === void 0 ? after === void 0 ? "absent" : "added" : after === void 0 ? "removed" : "modified";
  const invalid = [];
  const { before: b, after: a } = readBoth(before, after, invalid);
  const kind = options.kind ?? kindOf([...b.statements, ...a.statements]);
  const diff = { fileChange, invalid, accessChange: "none", kind, statements: [] };
  if (before !== void 0 && after !== void 0 && b.version !== a.version) diff.version = { before: b.version, after: a.version };
  if (meaningOf(b.statements) !== meaningOf(a.statements)) {
    const budget = options.workBudget ?? DIFF_WORK_BUDGET;
    const work = new DiffWork(budget);
    const neverHolds = new Map([...b.statements, ...a.statements].map((s) => [s.condition, null]));
    const refusedAction = firstRefusedAction([...b.statements, ...a.statements]);
    const sides = { before: indexOf(b.statements, work), after: indexOf(a.statements, work), kind, work, neverHolds, respelt: principalsRespelt(b.statements, a.statements), ...refusedAction !== void 0 ? { refusedAction } : {} };
    const { pairs, removed, added } = pairStatements(b.statements, a.statements);
    const changes = [];
    for (const p of pairs) if (!work.spent && p.before.key !== p.after.key) changes.push(modifiedStatement(sides, p.before, p.after, p.by));
    for (const s of added) if (!work.spent) changes.push(wholeStatement(sides, s, "added"));
    for (const s of removed) if (!work.spent) changes.push(wholeStatement(sides, s, "removed"));
    if (work.spent) {
      diff.overBudget = `comparing the two versions took over the diff's work budget of ${groupDigits(budget)} units`;
      diff.accessChange = "broadens";
      return { ...diff, summary: policySummary(diff) };
    }
    const position = (c) => (c.after ?? c.before)?.index ?? 0;
    changes.sort((x, y) => position(x) - position(y) || (x.kind === "removed" ? 1 : 0) - (y.kind === "removed" ? 1 : 0));
    diff.statements = changes;
    const rating = confirmVerdict(before, after, kind, changes, b.statements, a.statements, options.witnesses === true, refusedAction);
    diff.accessChange = rating === "neutral" ? "none" : rating;
  }
  return { ...diff, summary: policySummary(diff) };
}

export {
  statementName,
  pairedStatementName,
  diffPolicies
};
