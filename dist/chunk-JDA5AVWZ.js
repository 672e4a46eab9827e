import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  actionMatches,
  arnMatches,
  hasWildcard,
  isAccountId,
  keyedByPolicy,
  literalMark,
  matchesWildcard,
  memorable,
  onServicePrincipalDomain,
  oncePerObject,
  parseIp,
  parsePolicyVariable,
  readAddressRange,
  readConditionValue,
  readDate,
  readNumber,
  readRequestValue,
  replaceBraces,
  splitArn,
  statementsAsRead,
  wholeAccountOf
} from "./chunk-WK53RSOG.js";

// src/core/evaluate/principal.ts
function principalFromArn(arn) {
  if (arn === "" || arn === "*") return { kind: "anonymous", arn: "" };
  if (isAccountId(arn)) return { kind: "root", arn: `arn:aws:iam::${arn}:root`, account: arn, partition: "aws" };
  if (onServicePrincipalDomain(arn)) return { kind: "service", arn };
  const m = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/.exec(arn);
  if (!m) return { kind: "federated", arn };
  const [, partition, service, account, resource] = m;
  const base = { arn, account, partition };
  if (service === "iam" && resource === "root") return { kind: "root", ...base };
  if (service === "iam" && resource.startsWith("user/")) return { kind: "user", ...base };
  if (service === "iam" && resource.startsWith("role/")) return { kind: "role", ...base };
  if (service === "iam" && /^(oidc|saml)-provider\//.test(resource)) return { kind: "federated", ...base };
  const session = /^assumed-role\/([^/]+)\/.+$/.exec(resource);
  if (service === "sts" && session) {
    return { kind: "assumed-role", ...base, roleArn: `arn:${partition}:iam::${account}:role/${session[1]}` };
  }
  return { kind: "user", ...base };
}
function rootArnOf(p) {
  return p.account ? `arn:${p.partition ?? "aws"}:iam::${p.account}:root` : void 0;
}
var IAM_KINDS = /* @__PURE__ */ new Set(["user", "role", "assumed-role", "root"]);
function isIamPrincipal(p) {
  return IAM_KINDS.has(p.kind);
}
function awsEntryMatches(value, p) {
  if (value === "*") return "any";
  if (hasWildcard(value) || !isIamPrincipal(p)) return void 0;
  const whole = wholeAccountOf(value);
  if (whole) {
    if (whole.account !== p.account) return void 0;
    if (whole.partition && p.partition && whole.partition !== p.partition) return void 0;
    return p.kind === "root" ? "exact" : "account";
  }
  if (value === p.arn) return "exact";
  if (p.kind === "assumed-role" && sessionOfRole(p, value)) return "exact";
  return void 0;
}
function sessionOfRole(p, roleArnValue) {
  if (p.roleArn && roleArnValue === p.roleArn) return true;
  if (p.roleArn && /:role\/.+\//.test(p.roleArn)) return false;
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(p.arn);
  const role = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue);
  return !!session && !!role && session[1] === role[1] && session[2] === role[2] && session[3] === role[3];
}
var STRENGTH = { account: 0, any: 1, exact: 2 };
function principalMatches(map, p) {
  let best;
  const consider = (m) => {
    if (m && (!best || STRENGTH[m] > STRENGTH[best])) best = m;
  };
  for (const [type, values] of Object.entries(map)) {
    for (const value of values) {
      if (type === "AWS") consider(awsEntryMatches(value, p));
      else if (type === "Service" && p.kind === "service") consider(value === "*" ? "any" : value.toLowerCase() === p.arn.toLowerCase() ? "exact" : void 0);
      else if (type === "Federated" && p.kind === "federated") consider(value === p.arn ? "exact" : void 0);
    }
  }
  return best;
}
function identitiesOf(p) {
  const root = rootArnOf(p);
  const rootEntry = ({ type, value }) => type === "AWS" && (value === root || value === p.account);
  const arnEntry = (arn, type = "AWS") => (e) => e.type === type && e.value === arn;
  switch (p.kind) {
    case "user":
    case "role":
      return [arnEntry(p.arn), rootEntry];
    case "assumed-role":
      return [arnEntry(p.arn), ...p.roleArn ? [arnEntry(p.roleArn)] : [], rootEntry];
    case "root":
      return [rootEntry];
    case "service":
      return [({ type, value }) => type === "Service" && value.toLowerCase() === p.arn.toLowerCase()];
    case "federated":
      return [arnEntry(p.arn, "Federated")];
    case "anonymous":
      return [() => false];
  }
}
function notPrincipalApplies(map, p) {
  const entries = Object.entries(map).flatMap(([type, values]) => values.map((value) => ({ type, value })));
  if (entries.some((e) => e.type === "AWS" && e.value === "*")) return false;
  return !identitiesOf(p).every((isListed) => entries.some(isListed));
}
function describePrincipal(p) {
  if (p.kind === "anonymous") return "an anonymous caller";
  if (p.kind === "service") return `the service ${p.arn}`;
  return p.arn;
}

// src/core/evaluate/conditions.ts
var parseNumber = (s) => readNumber(s).value ?? Number.NaN;
var parseTime = (s) => readDate(s).value ?? Number.NaN;
var MAX_FORMS = 5e4;
function memoByFamilyAndText(test) {
  const memos = { Numeric: /* @__PURE__ */ new Map(), Date: /* @__PURE__ */ new Map(), IpAddress: /* @__PURE__ */ new Map(), Bool: /* @__PURE__ */ new Map() };
  return (family, value) => {
    const memo = memos[family];
    let answer = memo.get(value);
    if (answer === void 0) {
      answer = test(family, value);
      if (memo.size >= MAX_FORMS) memo.clear();
      if (memorable(value)) memo.set(value, answer);
    }
    return answer;
  };
}
var isDocumentedForm = memoByFamilyAndText((family, value) => readConditionValue(family, value).form === "documented");
var isUndocumentedRequestValue = memoByFamilyAndText((family, value) => readRequestValue(family, value).form === "undocumented");
function compareNumbers(test, parse) {
  return (r, p) => {
    const a = parse(r);
    const b = parse(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}
var MAX_PARSED_RANGES = 5e4;
var parsedRanges = /* @__PURE__ */ new Map();
function parseCidr(range) {
  let r = parsedRanges.get(range);
  if (r === void 0) {
    if (parsedRanges.size >= MAX_PARSED_RANGES) parsedRanges.clear();
    r = readAddressRange(range).value ?? null;
    if (memorable(range)) parsedRanges.set(range, r);
  }
  return r ?? void 0;
}
function inCidr(address, range) {
  const a = parseIp(address);
  const r = parseCidr(range);
  return !!a && !!r && a.family === r.family && a.value >= r.first && a.value <= r.last;
}
function addressRangesOf(values) {
  const byFamily = { 4: [], 6: [], variables: values.some((v) => v.includes("${")), undocumented: false };
  const v4 = [];
  const v6 = [];
  for (const text of values) {
    if (!text.includes("${") && !isDocumentedForm("IpAddress", text)) {
      byFamily.undocumented = true;
      continue;
    }
    const r = parseCidr(text);
    if (r?.family === 4) v4.push({ first: Number(r.first), range: r });
    else if (r) v6.push(r);
  }
  v4.sort((x, y) => x.first - y.first);
  v6.sort((x, y) => x.first < y.first ? -1 : x.first > y.first ? 1 : 0);
  const sortedRanges = { 4: v4.map((x) => x.range), 6: v6 };
  for (const family of [4, 6]) {
    const merged = [];
    const sorted = sortedRanges[family].map((r) => [r.first, r.last]);
    for (const [first, last] of sorted) {
      const top = merged[merged.length - 1];
      if (top && first <= top[1] + 1n) {
        if (last > top[1]) top[1] = last;
      } else merged.push([first, last]);
    }
    byFamily[family] = merged;
  }
  return byFamily;
}
var indexedAddressRanges = oncePerObject(addressRangesOf);
function addressRanges(values) {
  return Object.isFrozen(values) ? indexedAddressRanges(values) : addressRangesOf(values);
}
function inAddressRanges(ranges2, address) {
  const a = parseIp(address);
  if (!a) return false;
  const list = ranges2[a.family];
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (list[mid][0] <= a.value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && a.value <= list[hi][1];
}
var EQ = (a, b) => a === b;
var LT = (a, b) => a < b;
var LE = (a, b) => a <= b;
var GT = (a, b) => a > b;
var GE = (a, b) => a >= b;
var positive = (compare) => ({ compare, negated: false });
var negative = (compare) => ({ compare, negated: true });
var ofFamily = (family, rule) => ({ ...rule, family });
var ranges = (rule) => ({ ...rule, ranges: true });
var patterns = (rule) => ({ ...rule, patterns: true });
var stringEquals = (r, p) => r === p;
var stringEqualsIgnoreCase = (r, p) => r.toLowerCase() === p.toLowerCase();
var stringLike = (r, p) => matchesWildcard(p, r);
var arnLike = (r, p) => arnMatches(p, r);
var ipMatch = (r, p) => inCidr(r, p);
var OPERATORS = {
  StringEquals: positive(stringEquals),
  StringNotEquals: negative(stringEquals),
  StringEqualsIgnoreCase: positive(stringEqualsIgnoreCase),
  StringNotEqualsIgnoreCase: negative(stringEqualsIgnoreCase),
  StringLike: patterns(positive(stringLike)),
  StringNotLike: patterns(negative(stringLike)),
  NumericEquals: ofFamily("Numeric", positive(compareNumbers(EQ, parseNumber))),
  NumericNotEquals: ofFamily("Numeric", negative(compareNumbers(EQ, parseNumber))),
  NumericLessThan: ofFamily("Numeric", positive(compareNumbers(LT, parseNumber))),
  NumericLessThanEquals: ofFamily("Numeric", positive(compareNumbers(LE, parseNumber))),
  NumericGreaterThan: ofFamily("Numeric", positive(compareNumbers(GT, parseNumber))),
  NumericGreaterThanEquals: ofFamily("Numeric", positive(compareNumbers(GE, parseNumber))),
  DateEquals: ofFamily("Date", positive(compareNumbers(EQ, parseTime))),
  DateNotEquals: ofFamily("Date", negative(compareNumbers(EQ, parseTime))),
  DateLessThan: ofFamily("Date", positive(compareNumbers(LT, parseTime))),
  DateLessThanEquals: ofFamily("Date", positive(compareNumbers(LE, parseTime))),
  DateGreaterThan: ofFamily("Date", positive(compareNumbers(GT, parseTime))),
  DateGreaterThanEquals: ofFamily("Date", positive(compareNumbers(GE, parseTime))),
  Bool: ofFamily("Bool", positive(stringEqualsIgnoreCase)),
  BinaryEquals: positive(stringEquals),
  IpAddress: ofFamily("IpAddress", ranges(positive(ipMatch))),
  NotIpAddress: ofFamily("IpAddress", ranges(negative(ipMatch))),
  ArnEquals: patterns(positive(arnLike)),
  ArnLike: patterns(positive(arnLike)),
  ArnNotEquals: patterns(negative(arnLike)),
  ArnNotLike: patterns(negative(arnLike))
};
function isNegatedBase(base) {
  if (base === "Null") return false;
  return Object.hasOwn(OPERATORS, base) ? OPERATORS[base].negated : void 0;
}
function parseOperator(operator) {
  const m = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(operator);
  if (!m) return void 0;
  const [, set, base, ifExists] = m;
  if (base === "Null") return set || ifExists ? void 0 : { base, ifExists: false };
  if (!Object.hasOwn(OPERATORS, base)) return void 0;
  return { ...set ? { set } : {}, base, ifExists: ifExists !== void 0 };
}
function contextLookup(context) {
  const byKey = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(context ?? {})) {
    byKey.set(key.toLowerCase(), (Array.isArray(value) ? value : [value]).map(String));
  }
  return (key) => byKey.get(key.toLowerCase());
}
function substituteVariables(text, lookup, pattern = false) {
  if (!text.includes("${")) return text;
  let missing = false;
  const out = replaceBraces(text, (name) => {
    const variable = parsePolicyVariable(name);
    if (variable !== void 0 && "character" in variable) return pattern ? literalMark(variable.character) : variable.character;
    const values = variable && lookup(variable.key);
    if (values && values.length === 1) return values[0];
    if (variable?.fallback !== void 0) return variable.fallback;
    missing = true;
    return "";
  });
  return missing ? void 0 : out;
}
var not = (x) => x === void 0 ? void 0 : !x;
function someOf(items, test) {
  let unknown = false;
  for (const item of items) {
    const r = test(item);
    if (r === true) return true;
    if (r === void 0) unknown = true;
  }
  return unknown ? void 0 : false;
}
function everyOf(items, test) {
  return not(someOf(items, (item) => not(test(item))));
}
function keyHolds(op, rule, requestValues, policyValues, undocumented, unreadRequestValues, matchesAny) {
  const present = requestValues !== void 0 && requestValues.length > 0;
  if (op.base === "Null") {
    return present ? policyValues.some((v) => v.toLowerCase() !== "true") : policyValues.some((v) => v.toLowerCase() === "true");
  }
  if (!rule) return false;
  const any_ = matchesAny ?? ((value) => policyValues.some((p) => rule.compare(value, p)));
  const matchesOne = (value) => {
    if (rule.family !== void 0 && isUndocumentedRequestValue(rule.family, value)) {
      unreadRequestValues.push(value);
      return void 0;
    }
    const any = any_(value) || (undocumented ? void 0 : false);
    return rule.negated ? not(any) : any;
  };
  if (op.set === "ForAllValues") return !present || everyOf(requestValues, matchesOne);
  if (op.set === "ForAnyValue") return present && someOf(requestValues, matchesOne);
  if (!present) return op.ifExists || rule.negated;
  if (rule.negated) return everyOf(requestValues, matchesOne);
  return someOf(requestValues, matchesOne);
}
function evaluateConditions(condition, context, lookup = contextLookup(context)) {
  const unknownOperators = [];
  let met = true;
  const undetermined = [];
  for (const [operator, block] of Object.entries(condition)) {
    const op = parseOperator(operator);
    if (!op) {
      unknownOperators.push(operator);
      met = false;
      continue;
    }
    const rule = OPERATORS[op.base];
    const family = rule?.family;
    for (const [key, rawValues] of Object.entries(block)) {
      const index = rule?.ranges && Object.isFrozen(rawValues) ? addressRanges(rawValues) : void 0;
      let holds;
      if (index && !index.variables) {
        const unreadRequest = [];
        holds = keyHolds(op, rule, lookup(key), rawValues, index.undocumented, unreadRequest, (value) => inAddressRanges(index, value));
        if (holds === void 0) undetermined.push(...rawValues.filter((v) => !isDocumentedForm("IpAddress", v)), ...unreadRequest);
      } else {
        const substituted = rawValues.map((v) => substituteVariables(v, lookup, rule?.patterns)).filter((v) => v !== void 0);
        const policyValues = family ? substituted.filter((v) => isDocumentedForm(family, v)) : substituted;
        const unread = policyValues.length < substituted.length ? substituted.filter((v) => !isDocumentedForm(family, v)) : [];
        const unreadRequest = [];
        holds = keyHolds(op, rule, lookup(key), policyValues, unread.length > 0, unreadRequest);
        if (holds === void 0) undetermined.push(...unread, ...unreadRequest);
      }
      if (holds === false) met = false;
      else if (holds === void 0 && met === true) met = void 0;
    }
  }
  if (met === void 0) return { met: false, unknownOperators, undetermined };
  return { met, unknownOperators };
}

// src/core/evaluate/evaluate.ts
var TRUST_ACTIONS = ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"];
function resourcePolicyKindFor(action) {
  if (TRUST_ACTIONS.some((a) => a.toLowerCase() === action.toLowerCase())) return "trust";
  if (action.toLowerCase().startsWith("kms:")) return "key";
  return "other";
}
var anyMatches = (patterns2, test) => patterns2.some(test);
function readingOf(request) {
  return { lookup: contextLookup(request.context), resourceParts: splitArn(request.resource) };
}
function statementApplies(s, request, inResourcePolicy, reading = readingOf(request), bounded = false) {
  const no = { applies: false, unknownOperators: [] };
  const { lookup, resourceParts } = reading;
  const actionOk = s.action ? anyMatches(s.action, (p) => actionMatches(p, request.action)) : s.notAction ? !anyMatches(s.notAction, (p) => actionMatches(p, request.action)) : false;
  if (!actionOk) return no;
  const resourceTest = (pattern) => {
    const concrete = substituteVariables(pattern, lookup, true);
    return concrete !== void 0 && arnMatches(concrete, request.resource, resourceParts);
  };
  const resourceOk = s.resource ? anyMatches(s.resource, resourceTest) : s.notResource ? !anyMatches(s.notResource, resourceTest) : inResourcePolicy;
  if (!resourceOk) return no;
  let via;
  if (inResourcePolicy) {
    if (s.principal) {
      via = principalMatches(s.principal, request.principal);
      if (!via) return no;
    } else if (s.notPrincipal) {
      if (!(bounded && s.effect === "Deny") && !notPrincipalApplies(s.notPrincipal, request.principal)) return no;
      via = "any";
    } else {
      return no;
    }
  }
  const condition = request.unknownKeys ? readInCallersFavour(s, request.unknownKeys) : s.condition;
  if (!condition) {
    const rest = evaluateConditions(withoutUnknownKeys(s.condition, request.unknownKeys), request.context, lookup);
    return rest.met ? { ...no, undecided: true } : no;
  }
  const conditions = evaluateConditions(condition, request.context, lookup);
  if (conditions.undetermined && s.effect === "Deny") return { applies: true, ...via ? { via } : {}, unknownOperators: conditions.unknownOperators, undocumentedValues: conditions.undetermined };
  return { applies: conditions.met, ...via ? { via } : {}, unknownOperators: conditions.unknownOperators, ...conditions.undetermined ? { undocumentedValues: conditions.undetermined } : {} };
}
function readInCallersFavour(s, unknown) {
  const blocks = Object.entries(s.condition);
  if (!blocks.some(([, block]) => Object.keys(block).some(unknown))) return s.condition;
  if (s.effect === "Deny") return void 0;
  return withoutUnknownKeys(s.condition, unknown);
}
function withoutUnknownKeys(condition, unknown) {
  const kept = keyedByPolicy();
  for (const [operator, block] of Object.entries(condition)) {
    const keys = keyedByPolicy();
    for (const [key, values] of Object.entries(block)) if (!unknown(key)) keys[key] = values;
    kept[operator] = keys;
  }
  return kept;
}
function grantsToItself(s, p) {
  if (p.kind === "role" || !s.principal) return false;
  return (s.principal.AWS ?? []).includes(p.arn);
}
function refOf(s, source, policy) {
  return { source, policy, statement: s.index, ...s.sid !== void 0 ? { sid: s.sid } : {}, effect: s.effect };
}
function describeRef(ref, resourceKind = "other") {
  const doc = ref.source === "identity" ? `identity policy ${ref.policy}` : ref.source === "boundary" ? "the permissions boundary" : `the ${resourceKind === "trust" ? "trust" : resourceKind === "key" ? "key" : "resource"} policy`;
  return `${doc} statement ${ref.statement}${ref.sid ? ` (Sid ${ref.sid})` : ""}`;
}
function collect(policy, source, index, request, reading, notes, undecided, bounded = false) {
  const hits = [];
  for (const s of statementsAsRead(policy)) {
    judged++;
    const m = statementApplies(s, request, source === "resource", reading, bounded);
    if (m.undecided) undecided.push(refOf(s, source, index));
    for (const op of m.unknownOperators) {
      notes.push(`${describeRef(refOf(s, source, index))} uses the condition operator ${op}, which this evaluator does not know: the statement was treated as not matching`);
    }
    if (m.undocumentedValues) {
      const values = m.undocumentedValues.map((v) => JSON.stringify(v)).join(", ");
      notes.push(`${describeRef(refOf(s, source, index))} compares ${values}, a form IAM does not document: the statement was treated as ${s.effect === "Deny" ? "matching (a Deny is not read in the caller's favour)" : "not matching"}`);
    }
    if (m.applies) hits.push({ ref: refOf(s, source, index), ...m.via ? { via: m.via } : {} });
  }
  return hits;
}
function resourceAccountOf(request, sources, resourceParts = splitArn(request.resource)) {
  return sources.resourceAccount ?? (resourceParts?.[4] || request.principal.account || "");
}
var decisions = 0;
var judged = 0;
function evaluate(request, sources) {
  decisions++;
  const p = request.principal;
  const boundary = sources.permissionsBoundary && (p.kind === "user" || p.kind === "role" || p.kind === "assumed-role") ? sources.permissionsBoundary : void 0;
  const notes = [];
  const undecided = [];
  const reading = readingOf(request);
  const boundaryHits = boundary ? collect(boundary, "boundary", 0, request, reading, notes, undecided) : [];
  const d = evaluateUnbounded(request, sources, reading, notes, undecided, boundaryHits, boundary !== void 0);
  if (!boundary || d.effect !== "Allow") return d;
  const boundaryAllows = boundaryHits.filter((h) => h.ref.effect === "Allow").map((h) => h.ref);
  if (boundaryAllows.length > 0) return { ...d, matched: [...d.matched, ...boundaryAllows] };
  const sameAccount = p.account !== void 0 && p.account === resourceAccountOf(request, sources, reading.resourceParts);
  const resourcePolicy = sources.resourcePolicy;
  const granting = new Set(d.matched.filter((r) => r.source === "resource" && r.effect === "Allow").map((r) => r.statement));
  if (sameAccount && resourcePolicy && granting.size > 0 && resourcePolicy.statements.some((st) => granting.has(st.index) && grantsToItself(st, p))) {
    return d;
  }
  return {
    effect: "ImplicitDeny",
    reason: `the permissions boundary of ${describePrincipal(p)} does not allow ${request.action} on ${request.resource}, and only what it allows can be granted`,
    matched: [],
    notes,
    ...undecided.length > 0 ? { undecided } : {}
  };
}
function evaluateUnbounded(request, sources, reading, notes, undecided, boundaryHits, bounded) {
  const p = request.principal;
  const who = describePrincipal(p);
  const kind = sources.resourcePolicyKind ?? resourcePolicyKindFor(request.action);
  const what = `${request.action} on ${request.resource}`;
  const resourceAccount = resourceAccountOf(request, sources, reading.resourceParts);
  const sameAccount = p.account !== void 0 && p.account === resourceAccount;
  const resourceDoc = kind === "trust" ? "the trust policy" : kind === "key" ? "the key policy" : "the resource policy";
  const identityHits = isIamPrincipal(p) && p.kind !== "root" ? sources.identityPolicies.flatMap((policy, i) => collect(policy, "identity", i, request, reading, notes, undecided)) : [];
  const resourceHits = sources.resourcePolicy ? collect(sources.resourcePolicy, "resource", 0, request, reading, notes, undecided, bounded) : [];
  const all = [...identityHits, ...resourceHits, ...boundaryHits];
  const withNotes = (d) => ({ ...d, notes, ...undecided.length > 0 ? { undecided } : {} });
  const noteSuffix = notes.length > 0 ? ` (${notes.length} statement(s) not judged: an unknown condition operator, or a condition value in a form IAM does not document)` : "";
  const denies = all.filter((h) => h.ref.effect === "Deny");
  if (denies.length > 0) {
    return withNotes({
      effect: "ExplicitDeny",
      reason: `${who} is explicitly denied ${what} by ${describeRef(denies[0].ref, kind)}`,
      matched: denies.map((h) => h.ref)
    });
  }
  const requestPartition = reading.resourceParts?.[1];
  if (p.partition && requestPartition && requestPartition !== p.partition) {
    return withNotes({
      effect: "ImplicitDeny",
      reason: `${who} is in partition ${p.partition} and cannot reach ${request.resource} in partition ${requestPartition}`,
      matched: []
    });
  }
  const identityAllows = identityHits.filter((h) => h.ref.effect === "Allow");
  const resourceAllows = resourceHits.filter((h) => h.ref.effect === "Allow");
  const identitySideAllows = p.kind === "root" || !isIamPrincipal(p) || identityAllows.length > 0;
  const direct = resourceAllows.filter((h) => h.via !== "account");
  const matched = [...identityAllows, ...resourceAllows].map((h) => h.ref);
  const allow = (reason) => withNotes({ effect: "Allow", reason, matched });
  const deny = (reason) => withNotes({ effect: "ImplicitDeny", reason: reason + noteSuffix, matched });
  const idRef = identityAllows[0] ? describeRef(identityAllows[0].ref) : "";
  const resRef = resourceAllows[0] ? describeRef(resourceAllows[0].ref, kind) : "";
  const noIdentity = `no identity policy of ${who} allows ${what}`;
  if (kind === "trust" || kind === "key") {
    if (!sources.resourcePolicy) return deny(`${resourceDoc} is missing, and ${kind === "trust" ? "a role" : "a KMS key"} admits only the principals its own policy names`);
    if (resourceAllows.length === 0) return deny(`${resourceDoc} does not allow ${who} ${request.action}`);
    if (direct.length > 0 && (sameAccount || !isIamPrincipal(p))) {
      return allow(`${describeRef(direct[0].ref, kind)} names ${who} directly, which is enough within one account`);
    }
    if (!identitySideAllows) {
      return deny(
        sameAccount ? `${resourceDoc} names only the account ${p.account}, which delegates to IAM, and ${noIdentity}` : `the request crosses accounts (${p.account ?? "?"} to ${resourceAccount}), so the caller's identity policy must allow it too, and ${noIdentity}`
      );
    }
    return allow(`${resRef} admits ${who} and ${p.kind === "root" ? "the root user needs no identity policy" : idRef + " allows it"}`);
  }
  if (!isIamPrincipal(p)) {
    return direct.length > 0 ? allow(`${describeRef(direct[0].ref, kind)} allows ${who} ${what}`) : deny(`no resource policy allows ${who} ${what}`);
  }
  if (sameAccount) {
    if (identityAllows.length > 0) return allow(`${idRef} allows ${what}`);
    if (p.kind === "root") return allow(`the root user of ${p.account} may do anything in its account that no policy denies`);
    if (direct.length > 0) return allow(`${describeRef(direct[0].ref, kind)} allows ${who} ${what}`);
    return deny(`${noIdentity}, and no resource policy names ${who}`);
  }
  if (resourceAllows.length === 0) return deny(`the request crosses accounts (${p.account ?? "?"} to ${resourceAccount}) and no resource policy allows ${who} ${what}`);
  if (!identitySideAllows) return deny(`the request crosses accounts (${p.account ?? "?"} to ${resourceAccount}): ${resRef} allows it, but ${noIdentity}`);
  return allow(`cross-account: ${resRef} and ${p.kind === "root" ? "the root user of the calling account" : idRef} both allow ${what}`);
}

export {
  parseNumber,
  parseTime,
  parseCidr,
  addressRanges,
  isNegatedBase,
  parseOperator,
  evaluateConditions,
  principalFromArn,
  resourceAccountOf,
  evaluate
};
