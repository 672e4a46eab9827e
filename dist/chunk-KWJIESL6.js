import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  POLICY_KINDS,
  SEVERITY_ORDER,
  ServiceWildcardBudget,
  clipText,
  lintFiles,
  lintPolicyText,
  messageOf,
  sortFindings
} from "./chunk-NY7RZOUY.js";
import {
  ExitCode,
  error,
  info,
  notice,
  setOutput,
  warning
} from "./chunk-2HGR6NR5.js";
import {
  accept,
  describeChar,
  groupDigits,
  visibleText
} from "./chunk-4P27VZC6.js";

// src/core/validate/fail-on.ts
var FAIL_ON = ["error", "warning", "never"];
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (let i = 0; i < findings.length; i++) counts[findings[i].severity]++;
  return counts;
}
function describeCounts(counts) {
  const parts = ["error", "warning", "notice"].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
  if (parts.length === 0) return "no findings";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function failureReason(findings, failOn) {
  if (failOn === "never") return void 0;
  const found = findingsReason(findings, failOn);
  return found === void 0 ? void 0 : `${found} (fail-on: ${failOn})`;
}
function findingsReason(findings, failOn) {
  const threshold = SEVERITY_ORDER[failOn];
  const counts = { error: 0, warning: 0, notice: 0 };
  const files = /* @__PURE__ */ new Set();
  let lastFile;
  for (const f of findings) {
    if (SEVERITY_ORDER[f.severity] < threshold) continue;
    counts[f.severity]++;
    if (f.file !== lastFile) {
      lastFile = f.file;
      files.add(f.file);
    }
  }
  if (counts.error + counts.warning + counts.notice === 0) return void 0;
  return `${describeCounts(counts)} in ${files.size} file${files.size === 1 ? "" : "s"}`;
}

// src/core/validate/policy-files.ts
import path2 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/validate/glob-segment.ts
var STAR = /\[\^\/\][*+]\?/g;
var REPEATS = /[*+?{}|()]/;
var ESCAPE = /\\./g;
var CLASS = /\[(?:[^\]\\]|\\.)*\]/g;
var pieceTries = 0;
function linearSegment(re) {
  const source = re.source;
  if (!source.startsWith("^") || !source.endsWith("$") || source.endsWith("\\$")) return re;
  const body = source.slice(1, -1);
  const stars = [...body.matchAll(STAR)];
  if (stars.length < 2) return re;
  const parts = [];
  let from = 0;
  for (const star3 of stars) {
    parts.push(body.slice(from, star3.index));
    from = star3.index + star3[0].length;
  }
  parts.push(body.slice(from));
  const guard = /^\(\?!(?:[^()]|\((?:[^()])*\))*\)/.exec(parts[0])?.[0] ?? "";
  if (parts.some((p, i) => REPEATS.test((i === 0 ? p.slice(guard.length) : p).replace(ESCAPE, "").replace(CLASS, "")))) return re;
  const flags = re.flags.replace(/[gy]/g, "");
  const unicode = flags.includes("u");
  const head = new RegExp(`^${parts[0]}`, flags);
  const tail = new RegExp(`(?:${parts[parts.length - 1]})$`, `${flags}y`);
  const middle = parts.slice(1).map((p, i) => ({ re: new RegExp(p, `${flags}y`), nonEmpty: stars[i][0][4] === "+" }));
  return {
    test(name) {
      const first = head.exec(name);
      if (!first) return false;
      let at = first[0].length;
      for (let i = 0; i < middle.length; i++) {
        const last = i === middle.length - 1;
        const piece = last ? tail : middle[i].re;
        let start = middle[i].nonEmpty ? step(name, at, unicode) : at;
        let found = -1;
        for (; start <= name.length; start = step(name, start, unicode)) {
          piece.lastIndex = start;
          pieceTries++;
          if (piece.test(name)) {
            found = piece.lastIndex;
            break;
          }
          if (start === name.length) break;
        }
        if (found < 0) return false;
        at = found;
      }
      return true;
    }
  };
}
function step(name, at, unicode) {
  if (at >= name.length) return name.length + 1;
  const code = name.charCodeAt(at);
  if (unicode && code >= 55296 && code <= 56319 && at + 1 < name.length) {
    const next = name.charCodeAt(at + 1);
    if (next >= 56320 && next <= 57343) return at + 2;
  }
  return at + 1;
}

// src/core/validate/policy-files.ts
var MAX_GLOB_LENGTH = 4096;
var MAX_BRACE_PATTERNS = 1e3;
var POLICY_FILES_RULE = `one glob per line relative to the workspace (e.g. iam/**/*.json), optionally prefixed with a kind ('trust: iam/roles/*.json'; kinds: ${POLICY_KINDS.join(", ")}), '!glob' to leave files out, '#' for comments`;
var PREFIX = /^([A-Za-z][\w-]*)\s*:(?=\s|$)|^([A-Za-z]+):/;
function reject(line, problem) {
  return { ok: false, problem: `line ${line} ${problem}`, rule: POLICY_FILES_RULE };
}
function parsePolicyFiles(raw) {
  const globs = [];
  const lines = raw.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let text = lines[i].trim();
    if (text === "" || text.startsWith("#")) continue;
    let kind;
    const prefix = PREFIX.exec(text);
    if (prefix) {
      const word = (prefix[1] ?? prefix[2]).toLowerCase();
      const known = POLICY_KINDS.find((k) => k === word);
      if (!known && prefix[1] !== void 0) return reject(lineNo, `names the unknown kind ${JSON.stringify(prefix[1])}`);
      if (known) {
        kind = known;
        text = text.slice(prefix[0].length).trim();
        if (text === "") return reject(lineNo, `has no glob after '${word}:'`);
      }
    }
    const exclude = text.startsWith("!");
    if (exclude) {
      if (kind) return reject(lineNo, `gives a kind to an exclusion ('!'), which matches no file to read`);
      text = text.slice(1).trim();
      if (text === "") return reject(lineNo, "has no glob after '!'");
    }
    const bad = text.match(/[\0]/);
    if (bad) return reject(lineNo, `contains ${describeChar(bad[0])}`);
    if (text.length > MAX_GLOB_LENGTH) return reject(lineNo, `is ${text.length} characters long; a glob is at most ${MAX_GLOB_LENGTH} (the longest path)`);
    if (braceExpand(text, { ...GLOB_OPTIONS, braceExpandMax: MAX_BRACE_PATTERNS + 1 }).length > MAX_BRACE_PATTERNS) {
      return reject(lineNo, `expands its braces to more than ${MAX_BRACE_PATTERNS} patterns`);
    }
    const unreadable = globError(text);
    if (unreadable) return reject(lineNo, `is not a glob that can be read (${unreadable})`);
    if (usesExtglob(text)) {
      return reject(lineNo, "uses an extglob (+(\u2026), *(\u2026), @(\u2026), ?(\u2026) or !(\u2026)), which can take exponential time on a file name; write alternatives as braces, {a,b}");
    }
    const outside = outsideReason(text);
    const glob = { pattern: outside ? text : tidyGlob(text), exclude, line: lineNo, ...kind ? { kind } : {} };
    if (outside) glob.outside = outside;
    globs.push(glob);
  }
  if (!globs.some((g) => !g.exclude)) {
    return { ok: false, problem: globs.length === 0 ? "is empty" : "has only exclusions", rule: POLICY_FILES_RULE };
  }
  return accept(globs);
}
function outsideReason(pattern) {
  const slashed = pattern.replaceAll("\\", "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:\//.test(slashed)) return "is an absolute path";
  const normal = path2.posix.normalize(slashed);
  if (normal === ".." || normal.startsWith("../")) return "climbs out of the workspace with '..'";
  return void 0;
}
function globsInWorkspace(globs, workspaces) {
  const roots = workspaces.map((w) => w.replaceAll("\\", "/").replace(/\/+$/, "") + "/");
  return globs.map((glob) => {
    if (glob.outside === void 0) return glob;
    const slashed = glob.pattern.replaceAll("\\", "/");
    const root = roots.find((r) => slashed.startsWith(r));
    if (root === void 0) return glob;
    const relative = glob.pattern.slice(root.length);
    if (relative === "" || outsideReason(relative) !== void 0) return glob;
    const { outside: _outside, ...inside } = glob;
    return { ...inside, pattern: tidyGlob(relative) };
  });
}
function tidyGlob(pattern) {
  const normal = path2.posix.normalize(pattern);
  return normal === "." ? "**" : normal.replace(/\/$/, "/**");
}
var MAX_PATH_DEPTH = 64;
function pathDepth(p) {
  let depth = 1;
  for (let at = p.indexOf("/"); at !== -1; at = p.indexOf("/", at + 1)) depth++;
  return depth;
}
var GLOB_OPTIONS = { nocomment: true, nonegate: true, braceExpandMax: MAX_BRACE_PATTERNS };
function globError(pattern) {
  try {
    for (const dot of [false, true]) new Minimatch(pattern, { ...GLOB_OPTIONS, dot }).makeRe();
    return void 0;
  } catch (error2) {
    return error2 instanceof Error ? error2.message : String(error2);
  }
}
function usesExtglob(pattern) {
  const source = (noext) => new Minimatch(pattern, { ...GLOB_OPTIONS, noext }).makeRe().toString();
  return source(false) !== source(true);
}
function linearMinimatch(pattern, dot) {
  const mm = new Minimatch(pattern, { ...GLOB_OPTIONS, dot });
  for (const parts of mm.set) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part instanceof RegExp) parts[i] = linearSegment(part);
    }
  }
  return mm;
}
function policyFileMatcher(globs) {
  const include = globs.filter((g) => !g.exclude && !g.outside).map((glob) => ({ glob, mm: linearMinimatch(glob.pattern, false) }));
  const exclude = globs.filter((g) => g.exclude && !g.outside).map((g) => linearMinimatch(g.pattern, true));
  const mayHold = (dir) => include.some((m) => m.mm.match(dir, true));
  const match2 = (p) => {
    if (pathDepth(p) > MAX_PATH_DEPTH) return { hits: [], excluded: false };
    const hits = [];
    for (let i = 0; i < include.length; i++) {
      const m = include[i];
      if (m.mm.match(p)) hits.push(m.glob);
    }
    return { hits, excluded: hits.length > 0 && exclude.some((mm) => mm.match(p)) };
  };
  return {
    includes: include.map((m) => m.glob),
    match: match2,
    select(p) {
      const { hits, excluded } = match2(p);
      if (hits.length === 0 || excluded) return void 0;
      const kind = hits.find((g) => g.kind)?.kind;
      return kind ? { kind } : {};
    },
    mayHoldMatches: (dir) => pathDepth(dir) < MAX_PATH_DEPTH && mayHold(dir),
    tooDeep(p) {
      if (pathDepth(p) <= MAX_PATH_DEPTH) return false;
      let end = -1;
      for (let i = 0; i < MAX_PATH_DEPTH - 1; i++) end = p.indexOf("/", end + 1);
      return mayHold(p.slice(0, end));
    }
  };
}

// src/core/validate/validate.ts
function lintForOneRun() {
  const serviceWildcards = new ServiceWildcardBudget();
  return (file, text, kind) => lintPolicyText(file, text, kind, serviceWildcards);
}
var TOGETHER_CHECK = "";
function isTogetherCheckFailure(failure) {
  return failure.file === TOGETHER_CHECK;
}
function togetherCheckFailed(failures) {
  return failures.some(isTogetherCheckFailure);
}
function validateFiles(inputs, together, lint = lintForOneRun()) {
  const linted = lintFiles(inputs, lint, { keepDocuments: together !== void 0 });
  if (!together) return { files: linted.files, findings: linted.findings, counts: countBySeverity(linted.findings), failures: linted.failures };
  const failures = [...linted.failures];
  let findings = linted.findings;
  try {
    const settled = together.settled?.(linted.documents, together.inputs);
    if (settled && settled.size > 0) findings = findings.filter((f) => !settled.has(f));
  } catch (error2) {
    failures.push({ file: TOGETHER_CHECK, error: error2 });
  }
  findings = [...findings];
  try {
    findings.push(...together.check(linted.documents, together.inputs));
  } catch (error2) {
    failures.push({ file: TOGETHER_CHECK, error: error2 });
  }
  const sorted = sortFindings(findings);
  return { files: linted.files, findings: sorted, counts: countBySeverity(sorted), failures };
}

// src/github/event.ts
import { readFileSync } from "node:fs";
var MAX_EVENT_BYTES = 25 * 1024 * 1024;
var runEvent;
function readRunEvent() {
  runEvent ??= readEventFrom(process.env);
  return runEvent;
}
function guardEventPath() {
  if (readRunEvent().problem && process.env.GITHUB_EVENT_PATH) delete process.env.GITHUB_EVENT_PATH;
}
function readEventFrom(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {}, problem: "GITHUB_EVENT_PATH is not set" };
  let text;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_EVENT_BYTES) return { name, payload: {}, problem: `the event file ${file} is over 25 MiB` };
    text = bytes.toString("utf8");
  } catch (error2) {
    const code = error2.code;
    return { name, payload: {}, problem: code === "ENOENT" ? `the event file ${file} does not exist` : `the event file ${file} cannot be read (${code ?? "error"})` };
  }
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    return { name, payload: {}, problem: `the event file ${file} is not JSON` };
  }
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) return { name, payload: {}, problem: `the event file ${file} does not hold a JSON object` };
  return { name, payload };
}
function repositoryOf(event, env = process.env) {
  const full = env.GITHUB_REPOSITORY;
  if (full && /^[^/]+\/[^/]+$/.test(full)) {
    const [owner, repo] = full.split("/");
    return { owner, repo };
  }
  const repository = event.payload.repository;
  if (typeof repository?.name === "string" && typeof repository.owner?.login === "string") return { owner: repository.owner.login, repo: repository.name };
  return void 0;
}

// src/github/answer-error.ts
var GitHubAnswerError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "GitHubAnswerError";
};
function requestWhere(method, url) {
  let path5 = url.replace(/[?#].*$/s, "");
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(url)) {
    try {
      path5 = new URL(url).pathname;
    } catch {
      path5 = "(a URL that does not parse)";
    }
  }
  return `${method.toUpperCase()} ${visibleText(clipText(path5, 300))}`;
}
function statusOf(error2) {
  if (error2 !== null && typeof error2 === "object" && "status" in error2 && typeof error2.status === "number") return error2.status;
  return void 0;
}
var GitHubRateLimitError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "GitHubRateLimitError";
};
function isRateLimited(error2) {
  if (error2 instanceof GitHubRateLimitError) return true;
  const status = statusOf(error2);
  if (status !== 403 && status !== 429) return false;
  const headers = error2.response?.headers;
  if (headers && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 && headers["retry-after"] !== "")) return true;
  return /\brate limit/i.test(error2 instanceof Error ? error2.message : "");
}

// src/github/pages.ts
async function readPages(client, request, onPage) {
  const api = new URL(`${client.request.endpoint.DEFAULTS.baseUrl.replace(/\/+$/, "")}/`);
  const seen = /* @__PURE__ */ new Set();
  const first = client.request.endpoint(request.route, request.parameters);
  let response = await client.request({ method: first.method, url: first.url, headers: first.headers });
  for (let page = 1; ; page++) {
    const where = requestWhere("GET", response.url);
    if (!Array.isArray(response.data)) throw new GitHubAnswerError(`GitHub's answer to ${where} is not a list`, response.status);
    seen.add(pageKey(response.url));
    if (onPage(response.data) === true) return "stopped";
    const next = nextLink(response.headers.link);
    if (next === void 0) return "complete";
    let url;
    try {
      url = new URL(next);
    } catch {
      throw new GitHubAnswerError(`GitHub's answer to ${where} names a next page that is not a URL`, response.status);
    }
    if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname) || url.username !== "" || url.password !== "") {
      throw new GitHubAnswerError(`GitHub's answer to ${where} names a next page outside ${api.origin}${api.pathname}: it is not followed`, response.status);
    }
    if (seen.has(pageKey(url.href))) throw new GitHubAnswerError(`GitHub's answer to ${where} names a page already read as its next page: the list's pages loop`, response.status);
    if (page >= request.maxPages) return "over-budget";
    response = await client.request({ method: "GET", url: url.href });
  }
}
function nextLink(link2) {
  return link2 ? /<([^<>]+)>;\s*rel="next"/.exec(link2)?.[1] : void 0;
}
function pageKey(href) {
  try {
    const url = new URL(href);
    if (!url.searchParams.has("page")) url.searchParams.set("page", "1");
    url.searchParams.sort();
    url.hash = "";
    return url.href;
  } catch {
    return href;
  }
}

// src/github/file-version.ts
function textVersion(bytes) {
  const text = bytes.toString("utf8");
  return text.includes("\uFFFD") ? { kind: "text", text, bytes: new Uint8Array(bytes) } : { kind: "text", text };
}

// src/github/pull-request.ts
var MAX_LISTED_FILES = 3e3;
var MAX_LISTED_PATH_CHARS = 16 * 1024 * 1024;
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];
function pickPullRequest(eventName, payload, prNumber) {
  if (prNumber !== void 0) {
    const fromPayload = payload.pull_request?.number === prNumber ? shasOf(payload) : {};
    const run = payload.workflow_run;
    const expected = eventName === "workflow_run" && typeof run?.head_sha === "string" ? { expectedHeadSha: run.head_sha } : {};
    return { number: prNumber, ...fromPayload, ...expected };
  }
  if (!PULL_REQUEST_EVENTS.includes(eventName)) return void 0;
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  return { number: pr.number, ...shasOf(payload) };
}
function shasOf(payload) {
  const pr = payload.pull_request;
  const base = pr?.base?.sha;
  const head = pr?.head?.sha;
  if (typeof base !== "string" || typeof head !== "string") return {};
  const out = { baseSha: base, headSha: head };
  if (pr?.state === "open" || pr?.state === "closed") out.state = pr.state;
  if (typeof pr?.locked === "boolean") out.locked = pr.locked;
  return out;
}
async function resolvePullRequest(client, repo, pick) {
  if (pick.baseSha && pick.headSha && pick.state && pick.locked !== void 0) {
    return { ...repo, number: pick.number, baseSha: pick.baseSha, headSha: pick.headSha, state: pick.state, locked: pick.locked };
  }
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: pick.number });
  return { ...repo, number: pick.number, baseSha: data.base.sha, headSha: data.head.sha, state: data.state === "closed" ? "closed" : "open", locked: data.locked };
}
async function listChangedFiles(client, pr, maxPathChars = MAX_LISTED_PATH_CHARS) {
  const first = await readChangedFiles(client, pr, maxPathChars);
  if (first.pages <= 1 || pr.headSha === void 0) return first.listed;
  const head = await currentHead(client, pr);
  if (head === pr.headSha) return first.listed;
  const again = await readChangedFiles(client, pr, maxPathChars);
  const after = await currentHead(client, pr);
  if (after !== head) {
    throw new GitHubAnswerError(`The head of pull request #${pr.number} moved while its files were listed (${pr.headSha}, then ${head}, then ${after}): the list is not settled`, 200);
  }
  return { ...again.listed, headMoved: head };
}
async function currentHead(client, pr) {
  const { data } = await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
  return data.head.sha;
}
async function readChangedFiles(client, pr, maxPathChars) {
  const files = [];
  let pathChars = 0;
  let pages = 0;
  const end = await readPages(
    client,
    {
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      parameters: { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 },
      maxPages: MAX_LISTED_FILES / 100
    },
    (page) => {
      pages++;
      for (const entry of page) {
        if (!entry || typeof entry.filename !== "string" || typeof entry.status !== "string") continue;
        const file = { path: entry.filename, status: entry.status };
        if (typeof entry.previous_filename === "string" && entry.previous_filename) file.previousPath = entry.previous_filename;
        pathChars += file.path.length + (file.previousPath?.length ?? 0);
        if (pathChars > maxPathChars) {
          throw new GitHubAnswerError(
            `GitHub's list of the files of pull request #${pr.number} names paths of more than ${groupDigits(maxPathChars)} characters in all (by file ${groupDigits(files.length + 1)}): it is not read further`,
            200
          );
        }
        files.push(file);
      }
    }
  );
  return { listed: { files, capped: end === "over-budget" || files.length >= MAX_LISTED_FILES }, pages };
}
async function fetchFileVersion(client, repo, path5, ref, maxBytes) {
  let data;
  try {
    ;
    ({ data } = await client.rest.repos.getContent({ ...repo, path: path5, ref }));
  } catch (error2) {
    if (statusOf(error2) === 404) return { kind: "missing" };
    throw error2;
  }
  const entry = data;
  if (Array.isArray(data) || entry.type !== "file" || typeof entry.size !== "number") return { kind: "missing" };
  if (entry.size > maxBytes) return { kind: "too-large", size: entry.size };
  if (entry.encoding === "base64" && typeof entry.content === "string") {
    const bytes = Buffer.from(entry.content, "base64");
    if (bytes.length === entry.size) return textVersion(bytes);
  }
  const raw = await fetchFileBytes(client, repo, path5, ref);
  if (raw === void 0) return { kind: "missing" };
  if (raw.length > maxBytes) return { kind: "too-large", size: raw.length };
  return textVersion(raw);
}
async function fetchFileBytes(client, repo, path5, ref) {
  try {
    const response = await client.rest.repos.getContent({ ...repo, path: path5, ref, mediaType: { format: "raw" } });
    const data = response.data;
    if (typeof data === "string") return Buffer.from(data, "utf8");
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    throw new GitHubAnswerError(`GitHub's answer to ${requestWhere("GET", response.url)} is JSON, not the file's raw content`, response.status);
  } catch (error2) {
    if (statusOf(error2) === 404) return void 0;
    throw error2;
  }
}

// src/report/markdown.ts
var PLAIN_CODE = /^[\x20-\x3b\x3d-\x5f\x61-\x7b\x7d\x7e]+$/;
function unlinked(text) {
  if (!LINKABLE.test(text)) return text;
  return text.replace(/([@#])/g, "$1\u200B").replace(/(gh)-(?=\d)/gi, "$1-\u200B");
}
var LINKABLE = /[@#]|gh-\d/i;
function noMarker(text) {
  return text.replace(/<!--/g, "<!-\\u{2D}");
}
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
function inlineText(text) {
  return unlinked(visibleText(text).replace(/[\\`*_[\]<>()#|~!&{}:.@$]/g, "\\$&"));
}
var QUOTING_TEXT_LIMIT = 1e3;
function quotingText(text) {
  return inlineText(clipText(text, QUOTING_TEXT_LIMIT));
}
var cellText = inlineText;
var linkText = inlineText;
function htmlText(text) {
  return escapeHtml(unlinked(visibleText(text)));
}
var summaryText = htmlText;
function inlineCode(text) {
  if (PLAIN_CODE.test(text) && !spacedBothEnds(text)) return `\`${text}\``;
  const flat = noMarker(visibleText(text));
  const fence = "`".repeat(longestRun(flat, "`") + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" || spacedBothEnds(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function cellCode(text) {
  return inlineCode(text).replace(/\|/g, "\\|");
}
function codeBlock(text, language = "") {
  const shown = noMarker(visibleText(text, true));
  const fence = "`".repeat(Math.max(3, longestRun(shown, "`") + 1));
  const body = shown.endsWith("\n") ? shown : `${shown}
`;
  return `${fence}${language.replace(/[^A-Za-z0-9_+-]/g, "")}
${body}${fence}
`;
}
function details(summary, body) {
  return `<details><summary>${summaryText(summary)}</summary>

${body}
</details>
`;
}
function linkTarget(url) {
  if (!/^https?:\/\/[^\s]/i.test(url)) return "#";
  return visibleText(url).replace(/[\s()<>"'\\`[\]{}|^]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function urlPath(path5) {
  return path5.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function link(text, target) {
  return `[${linkText(text)}](${linkTarget(target)})`;
}
function annotationText(text) {
  return visibleText(text, true);
}
function table(headers, rows) {
  return tableOfLines(headers, rows.map(tableRow));
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function tableOfLines(headers, rows) {
  return [tableRow(headers), tableRow(headers.map(() => "---")), ...rows].join("\n") + "\n";
}
function spacedBothEnds(text) {
  return text.length > 1 && text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "";
}
function longestRun(text, ch) {
  if (!text.includes(ch)) return 0;
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === ch ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

// src/report/step-annotations.ts
import { closeSync, constants, lstatSync, openSync, writeSync } from "node:fs";
import path3 from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATE = { error, warning, notice };
var LOG_PREFIX = { error: "Error", warning: "Warning", notice: "Notice" };
var COUNT_KEY = /* @__PURE__ */ Symbol.for("redshift-temp-creds-action.annotations-made");
var made = globalThis[COUNT_KEY] ??= { error: 0, warning: 0, notice: 0 };
var ANNOTATIONS_PER_JOB = 50;
var JOB_KEY = /* @__PURE__ */ Symbol.for("redshift-temp-creds-action.job-annotations");
function jobCount() {
  const store = globalThis;
  let job = store[JOB_KEY];
  if (!job) {
    const { RUNNER_TEMP: temp, GITHUB_RUN_ID: run = "", GITHUB_RUN_ATTEMPT: attempt = "", GITHUB_JOB: id = "" } = process.env;
    const name = `redshift-temp-creds-action-annotations-${`${run}-${attempt}-${id}`.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
    const file = temp ? path3.join(temp, name) : void 0;
    let earlier = 0;
    try {
      if (file) earlier = lstatSync(file).size;
    } catch {
    }
    store[JOB_KEY] = job = file ? { file, earlier } : { earlier };
  }
  return job;
}
function counted(level) {
  made[level]++;
  const { file } = jobCount();
  if (!file) return;
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 384);
    try {
      writeSync(fd, level[0]);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}
function jobMadeEarlier() {
  return jobCount().earlier;
}
function jobAnnotationsLeft() {
  return Math.max(0, ANNOTATIONS_PER_JOB - jobCount().earlier - made.error - made.warning - made.notice);
}
function annotationsLeft(level) {
  return Math.max(0, Math.min(ANNOTATIONS_PER_LEVEL - made[level], jobAnnotationsLeft()));
}
function logLine(level, message) {
  return `${LOG_PREFIX[level]}: ${plainLine(message)}`;
}
function plainLine(text) {
  return visibleText(text).replaceAll("##[", "##\\[").replace(LEADING_COMMAND, "$1\\:");
}
var LEADING_COMMAND = /^([\s\u0085]*):(?=:)/u;
function logInfo(message) {
  info(plainLine(message));
}
var WRITING_KEY = /* @__PURE__ */ Symbol.for("redshift-temp-creds-action.annotation-writing");
var writing = globalThis[WRITING_KEY] ??= { own: false };
function annotate(level, message, properties) {
  if (annotationsLeft(level) === 0) {
    info(logLine(level, message));
    return;
  }
  counted(level);
  writing.own = true;
  try {
    if (properties) ANNOTATE[level](message, properties);
    else ANNOTATE[level](message);
  } finally {
    writing.own = false;
  }
}
var ANNOTATION_COMMAND = /^::(error|warning|notice)(?=[ :])/gm;
async function countingAnnotationsOf(work) {
  const stdout = process.stdout;
  const write = stdout.write;
  const counting = function(chunk, ...rest) {
    if (!writing.own) {
      const text = typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString("utf8") : "";
      for (const [, level] of text.matchAll(ANNOTATION_COMMAND)) counted(level);
    }
    return write.call(this, chunk, ...rest);
  };
  stdout.write = counting;
  try {
    return await work();
  } finally {
    if (stdout.write === counting) stdout.write = write;
  }
}
function failStep(message) {
  process.exitCode = ExitCode.Failure;
  annotate("error", message);
}

// src/workspace/read-file.ts
import { closeSync as closeSync2, constants as constants2, fstatSync, openSync as openSync2, readSync } from "node:fs";
var MAX_POLICY_BYTES = 1024 * 1024;
var READ_FLAGS = constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0) | (constants2.O_NONBLOCK ?? 0);
var NOT_REGULAR = "is not a regular file";
var REPLACEMENT_CHARACTER = "\uFFFD";
var shared;
function readFoundFile(file, maxBytes = MAX_POLICY_BYTES) {
  let fd;
  try {
    fd = openSync2(file.realPath, READ_FLAGS);
  } catch (error2) {
    return { ok: false, reason: `could not be opened (${codeOf(error2)})`, refused: false };
  }
  try {
    if (!shared || shared.length < maxBytes + 1) shared = Buffer.allocUnsafe(maxBytes + 1);
    const buffer = shared;
    const end = maxBytes + 1;
    let length = 0;
    try {
      while (length < end) {
        const wanted = end - length;
        const n = readSync(fd, buffer, length, wanted, length);
        length += n;
        if (n < wanted) break;
      }
    } catch (error2) {
      return refusalOf(fd, maxBytes) ?? { ok: false, reason: `could not be read (${codeOf(error2)})`, refused: false };
    }
    if (length > maxBytes) {
      return refusalOf(fd, maxBytes) ?? { ok: false, reason: `grew over the ${formatBytes(maxBytes)} limit for a policy file while it was read`, refused: false };
    }
    if (length === 0) {
      const refused = refusalOf(fd, maxBytes);
      if (refused) return refused;
    }
    const text = buffer.toString("utf8", 0, length);
    if (text.includes(REPLACEMENT_CHARACTER)) return { ok: true, bytes: Buffer.from(buffer.subarray(0, length)) };
    return { ok: true, text };
  } finally {
    closeSync2(fd);
  }
}
function refusalOf(fd, maxBytes) {
  try {
    const reason = refusal(fstatSync(fd), maxBytes);
    return reason === void 0 ? void 0 : { ok: false, reason, refused: true };
  } catch {
    return void 0;
  }
}
function refusal(info2, maxBytes) {
  if (!info2.isFile()) return NOT_REGULAR;
  if (info2.size > maxBytes) return `is ${info2.size} bytes, over the ${formatBytes(maxBytes)} limit for a policy file`;
  return void 0;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
function codeOf(error2) {
  const code = error2?.code;
  return code ?? messageOf(error2);
}

// src/report/json-list-output.ts
var LIST_OUTPUT_BUDGET = 100 * 1e3;
function jsonListWithin(items, cut, budget = LIST_OUTPUT_BUDGET) {
  const texts = [];
  const sizes = [];
  let used = 2;
  for (const item of items) {
    const text = JSON.stringify(item);
    used += Buffer.byteLength(text, "utf8") + 1;
    if (used > budget) return cutList(texts, sizes, cut, budget);
    texts.push(text);
    sizes.push(used);
  }
  return `[${texts.join(",")}]`;
}
function cutList(texts, fitted, cut, budget) {
  const emptyJson = JSON.stringify(cut);
  if (!emptyJson.endsWith("[]}")) throw new Error("jsonListWithin: the cut object must end with an empty array");
  const overhead = Buffer.byteLength(emptyJson, "utf8");
  let shown = 0;
  while (shown < fitted.length && overhead + fitted[shown] <= budget) shown++;
  return `${emptyJson.slice(0, -2)}${texts.slice(0, shown).join(",")}]}`;
}

// src/workspace/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import path4 from "node:path";
var TOO_DEEP = `is a folder ${MAX_PATH_DEPTH} names deep, whose files no glob matches (a glob matches paths of at most ${MAX_PATH_DEPTH} names; symbolic links that lead from folder to folder make such paths): nothing in it is searched`;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function discoverPolicyFiles(workspace, globs, maxBytes = MAX_POLICY_BYTES) {
  const root = realpathSync(workspace);
  const skipped = [];
  for (const glob of globs) {
    if (glob.outside) skipped.push({ path: glob.pattern, reason: `the glob ${glob.outside}: only files inside the workspace are read` });
  }
  const matcher = policyFileMatcher(globs);
  const selected = /* @__PURE__ */ new Set();
  const leftOut = /* @__PURE__ */ new Set();
  const files = [];
  const mayHoldMatches = (rel) => matcher.mayHoldMatches(rel);
  const matchersFor = (rel) => {
    const { hits, excluded } = matcher.match(rel);
    const into = excluded ? leftOut : selected;
    for (let i = 0; i < hits.length; i++) into.add(hits[i]);
    return excluded ? [] : hits;
  };
  const folderPrefix = (abs) => abs.endsWith(path4.sep) ? abs : abs + path4.sep;
  const rootPrefix = folderPrefix(root);
  const inside = (real) => real === root || real.startsWith(rootPrefix);
  const visitedDirs = /* @__PURE__ */ new Set([root]);
  const queue = [{ rel: "", abs: root, prefix: rootPrefix, realRel: "" }];
  const realRelOf = (real) => path4.relative(root, real).split(path4.sep).join("/");
  const neverReadIn = (real) => path4.relative(root, real).split(path4.sep).find((part) => SKIPPED_DIRS.has(part.toLowerCase()));
  const skippedAsNeverRead = (rel, real) => {
    const folder = neverReadIn(real);
    if (folder !== void 0) skipped.push({ path: rel, reason: `is a symbolic link into ${folder}, which is never read` });
    return folder !== void 0;
  };
  const realRelIn = (dir, name) => dir.realRel ? `${dir.realRel}/${name}` : name;
  for (let next = 0; next < queue.length; next++) {
    const dir = queue[next];
    let entries;
    try {
      entries = readdirSync(dir.abs, { withFileTypes: true });
    } catch (error2) {
      skipped.push({ path: dir.rel || ".", reason: `is a folder that could not be listed (${codeOf(error2)})` });
      continue;
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const item = lookUp(dir, entry);
      if (!item) continue;
      const { rel } = item;
      if (item.type === "dir") {
        if (item.real === void 0) {
          visitedDirs.add(item.abs);
          queue.push({ rel, abs: item.abs, prefix: folderPrefix(item.abs), realRel: realRelIn(dir, entry.name) });
        } else if (!inside(item.real)) skipped.push({ path: rel, reason: "is a symbolic link to a folder outside the workspace" });
        else if (!skippedAsNeverRead(rel, item.real) && !visitedDirs.has(item.real)) {
          visitedDirs.add(item.real);
          queue.push({ rel, abs: item.real, prefix: folderPrefix(item.real), realRel: realRelOf(item.real) });
        }
      } else if (item.type === "too-deep") {
        skipped.push({ path: rel, reason: TOO_DEEP });
      } else if (item.type === "broken") {
        skipped.push({ path: rel, reason: `is a symbolic link that leads nowhere (${item.code})` });
      } else if (item.type === "unnamed") {
        skipped.push({ path: rel, reason: "has a name that is not UTF-8 (shown with U+FFFD), by which it cannot be opened" });
      } else if (!inside(item.real)) {
        skipped.push({ path: rel, reason: "is a symbolic link to a file outside the workspace" });
      } else if (item.plain || !skippedAsNeverRead(rel, item.real)) {
        const shown = item.real === dir.prefix + entry.name ? realRelIn(dir, entry.name) : realRelOf(item.real);
        addFile(shown, rel, item.real, item.hits, item.plain, item.info);
      }
    }
  }
  function lookUp(dir, entry) {
    const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
    const abs = dir.prefix + entry.name;
    if (entry.isDirectory()) return mayHoldMatches(rel) ? { type: "dir", rel, abs } : folderTooDeep(rel);
    if (entry.name.includes("\uFFFD")) return matchersFor(rel).length > 0 ? { type: "unnamed", rel } : void 0;
    if (entry.isSymbolicLink()) {
      let real;
      try {
        real = realpathSync(abs);
      } catch (error2) {
        return matchersFor(rel).length > 0 ? { type: "broken", rel, code: codeOf(error2) } : void 0;
      }
      const target = statOrUndefined(real);
      if (target?.isDirectory()) return mayHoldMatches(rel) ? { type: "dir", rel, abs, real } : folderTooDeep(rel);
      const hits2 = matchersFor(rel);
      return hits2.length > 0 ? { type: "file", rel, real, hits: hits2, plain: false, info: target } : void 0;
    }
    const hits = matchersFor(rel);
    if (hits.length === 0) return void 0;
    return { type: "file", rel, real: abs, hits, plain: entry.isFile() };
  }
  function folderTooDeep(rel) {
    return matcher.tooDeep(`${rel}/`) ? { type: "too-deep", rel } : void 0;
  }
  function addFile(shown, rel, real, hits, plain, info2) {
    const refused = plain ? void 0 : info2 ? refusal(info2, maxBytes) : NOT_REGULAR;
    if (refused) {
      skipped.push({ path: rel, reason: refused });
      return;
    }
    const kind = hits.find((g) => g.kind)?.kind;
    files.push({ path: shown, realPath: real, ...kind ? { kind } : {} });
  }
  files.sort((a, b) => compareText(a.path, b.path));
  let kept = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const last = kept > 0 ? files[kept - 1] : void 0;
    if (last && last.path === f.path) {
      if (!last.kind && f.kind) files[kept - 1] = f;
      continue;
    }
    files[kept++] = f;
  }
  files.length = kept;
  skipped.sort((a, b) => compareText(a.path, b.path));
  const selectsNothing = matcher.includes.filter((g) => !selected.has(g));
  return { files, skipped, unmatched: selectsNothing.filter((g) => !leftOut.has(g)), allLeftOut: selectsNothing.filter((g) => leftOut.has(g)) };
}
function skippedInOrder(discovered, refused, failed) {
  const listed = refused.length === 0 ? [...discovered] : [...discovered, ...refused].sort((a, b) => compareText(a.path, b.path));
  for (const s of failed) listed.push(s);
  return listed;
}
var READ_BATCH_FILES = 64;
var READ_BATCH_CHARS = 1024 * 1024;
function* readFoundFilesInBatches(files, maxBytes = MAX_POLICY_BYTES) {
  const batch = [];
  for (let next = 0; next < files.length; ) {
    let chars = 0;
    for (const end = Math.min(files.length, next + READ_BATCH_FILES); next < end && chars < READ_BATCH_CHARS; next++) {
      const file = files[next];
      const read = readFoundFile(file, maxBytes);
      if (read.ok) chars += "text" in read ? read.text.length : read.bytes.length;
      batch.push({ file, read });
    }
    for (let i = 0; i < batch.length; i++) yield batch[i];
    batch.length = 0;
  }
}
function statOrUndefined(file) {
  try {
    return statSync(file);
  } catch {
    return void 0;
  }
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/summary.ts
import { appendFileSync, statSync as statSync2 } from "node:fs";
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function summaryRoomBytes() {
  const file = process.env.GITHUB_STEP_SUMMARY;
  let written = 0;
  try {
    if (file) written = statSync2(file).size;
  } catch {
  }
  return Math.max(0, SUMMARY_LIMIT_BYTES - written - 4096);
}
function writeSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown);
}

// src/modes/review-skipped.ts
function reviewSkipped(warning2, onPullRequest = true) {
  const said = onPullRequest ? `${warning2} The access-change output is broadens: what the pull request changes is not known.` : warning2;
  annotate("warning", said);
  if (onPullRequest) {
    setOutput("access-change", "broadens");
    const line = `
> [!WARNING]
> ${quotingText(said)}
`;
    if (Buffer.byteLength(line) <= summaryRoomBytes()) writeSummary(line);
  }
  return void 0;
}

// src/core/hash.ts
import * as crypto from "node:crypto";
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text, "utf8").digest("hex");

export {
  FAIL_ON,
  countBySeverity,
  describeCounts,
  failureReason,
  parsePolicyFiles,
  globsInWorkspace,
  MAX_PATH_DEPTH,
  policyFileMatcher,
  isTogetherCheckFailure,
  togetherCheckFailed,
  validateFiles,
  readRunEvent,
  guardEventPath,
  repositoryOf,
  GitHubAnswerError,
  requestWhere,
  statusOf,
  GitHubRateLimitError,
  isRateLimited,
  readPages,
  textVersion,
  MAX_LISTED_FILES,
  PULL_REQUEST_EVENTS,
  pickPullRequest,
  resolvePullRequest,
  listChangedFiles,
  fetchFileVersion,
  inlineText,
  quotingText,
  cellText,
  inlineCode,
  cellCode,
  codeBlock,
  details,
  urlPath,
  link,
  annotationText,
  table,
  tableRow,
  tableOfLines,
  ANNOTATIONS_PER_LEVEL,
  ANNOTATIONS_PER_JOB,
  jobMadeEarlier,
  jobAnnotationsLeft,
  annotationsLeft,
  logInfo,
  annotate,
  countingAnnotationsOf,
  failStep,
  sha256Hex,
  MAX_POLICY_BYTES,
  formatBytes,
  LIST_OUTPUT_BUDGET,
  jsonListWithin,
  discoverPolicyFiles,
  skippedInOrder,
  readFoundFilesInBatches,
  summaryRoomBytes,
  writeSummary,
  reviewSkipped
};
