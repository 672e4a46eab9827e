export const id = 671;
export const ids = [671];
export const modules = {

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// UNUSED EXPORTS: decideExit, reportOutcome, validateWorkspace

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/core/inputs/input-error.ts
var input_error = __webpack_require__(92262);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
;// CONCATENATED MODULE: ./src/core/lint/finding.ts
// A finding is a value the linter returns, never an exception.
const SEVERITY_ORDER = { notice: 0, warning: 1, error: 2 };

;// CONCATENATED MODULE: ./src/core/validate/fail-on.ts

const FAIL_ON = ['error', 'warning', 'never'];
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** "3 errors, 1 warning and 2 notices"; "no findings" when all are zero. */
function describeCounts(counts) {
    const parts = ['error', 'warning', 'notice']
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return 'no findings';
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/**
 * Whether the step fails, as a one-line reason, or undefined when it passes:
 * it fails when any finding is at or above the `fail-on` severity.
 */
function failureReason(findings, failOn) {
    if (failOn === 'never')
        return undefined;
    const threshold = SEVERITY_ORDER[failOn];
    const failing = findings.filter((f) => SEVERITY_ORDER[f.severity] >= threshold);
    if (failing.length === 0)
        return undefined;
    const files = new Set(failing.map((f) => f.file)).size;
    return `${describeCounts(countBySeverity(failing))} in ${files} file${files === 1 ? '' : 's'} (fail-on: ${failOn})`;
}

// EXTERNAL MODULE: ./src/core/generate/inputs.ts
var inputs = __webpack_require__(53278);
// EXTERNAL MODULE: ./src/core/inputs/rules.ts
var rules = __webpack_require__(37842);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./src/core/lint/lint.ts + 29 modules
var lint = __webpack_require__(20901);
;// CONCATENATED MODULE: ./src/core/validate/policy-files.ts
// The `policy-files` input: one glob per line, relative to the workspace,
// optionally prefixed with the kind every file it matches must be read as.
//
//   iam/**/*.json                     kind read from each file's content
//   trust: iam/roles/*-trust.json     every match is a role trust policy
//   resource: kms/*.json              every match is a resource (e.g. KMS key) policy
//   scp: org/scps/*.json              service control policies (also rcp:, endpoint:; see ../lint/kinds/)
//   !iam/legacy/**                    leaves out what the other globs matched
//   # a comment                       ignored, as are empty lines
//
// The rules live here and nowhere else; the discovery on disk (src/workspace)
// only applies the parsed result.




const POLICY_FILES_RULE = "one glob per line relative to the workspace (e.g. iam/**/*.json), optionally prefixed with a kind ('trust: iam/roles/*.json'; kinds: " +
    `${lint/* POLICY_KINDS */.v.join(', ')}), '!glob' to leave files out, '#' for comments`;
/** `word:` at the start of a line, followed by a space or the end of the line, or a known kind followed directly by the glob. */
const PREFIX = /^([A-Za-z][\w-]*)\s*:(?=\s|$)|^([A-Za-z]+):/;
function reject(line, problem) {
    return { ok: false, problem: `line ${line} ${problem}`, rule: POLICY_FILES_RULE };
}
function parsePolicyFiles(raw) {
    const globs = [];
    const lines = raw.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        let text = lines[i].trim();
        if (text === '' || text.startsWith('#'))
            continue;
        let kind;
        const prefix = PREFIX.exec(text);
        if (prefix) {
            const word = (prefix[1] ?? prefix[2]).toLowerCase();
            const known = lint/* POLICY_KINDS */.v.find((k) => k === word);
            // `foo:` followed directly by text is an ordinary glob (a file name may
            // hold a colon); `foo: ` with a space is a kind prefix and must be known.
            if (!known && prefix[1] !== undefined)
                return reject(lineNo, `names the unknown kind ${JSON.stringify(prefix[1])}`);
            if (known) {
                kind = known;
                text = text.slice(prefix[0].length).trim();
                if (text === '')
                    return reject(lineNo, `has no glob after '${word}:'`);
            }
        }
        const exclude = text.startsWith('!');
        if (exclude) {
            if (kind)
                return reject(lineNo, `gives a kind to an exclusion ('!'), which matches no file to read`);
            text = text.slice(1).trim();
            if (text === '')
                return reject(lineNo, "has no glob after '!'");
        }
        const bad = text.match(/[\0]/);
        if (bad)
            return reject(lineNo, `contains ${(0,rules/* describeChar */.Ip)(bad[0])}`);
        const outside = outsideReason(text);
        const glob = { pattern: outside ? text : tidyGlob(text), exclude, line: lineNo, ...(kind ? { kind } : {}) };
        if (outside)
            glob.outside = outside;
        globs.push(glob);
    }
    if (!globs.some((g) => !g.exclude)) {
        return { ok: false, problem: globs.length === 0 ? 'is empty' : 'has only exclusions', rule: POLICY_FILES_RULE };
    }
    return (0,rules/* accept */.Ju)(globs);
}
/** Why a glob points outside the workspace, or undefined when it stays inside. */
function outsideReason(pattern) {
    const slashed = pattern.replaceAll('\\', '/');
    if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed))
        return 'is an absolute path';
    const normal = external_node_path_default().posix.normalize(slashed);
    if (normal === '..' || normal.startsWith('../'))
        return "climbs out of the workspace with '..'";
    return undefined;
}
/**
 * `./iam/*.json` and `iam/x/../*.json` name the same files as `iam/*.json`;
 * the walk yields plain relative paths, so the glob is written the same way.
 */
function tidyGlob(pattern) {
    const normal = external_node_path_default().posix.normalize(pattern);
    return normal === '.' ? '**' : normal.replace(/\/$/, '/**');
}
function policyFileMatcher(globs) {
    const options = { nocomment: true, nonegate: true };
    // dot: false, so `**` and `*` never match a dot file unless the glob spells
    // the dot; an exclusion also removes dot files that an explicit glob matched.
    const include = globs.filter((g) => !g.exclude && !g.outside).map((glob) => ({ glob, mm: new esm/* Minimatch */.VR(glob.pattern, { ...options, dot: false }) }));
    const exclude = globs.filter((g) => g.exclude && !g.outside).map((g) => new esm/* Minimatch */.VR(g.pattern, { ...options, dot: true }));
    const match = (p) => {
        const hits = include.filter((m) => m.mm.match(p)).map((m) => m.glob);
        return { hits, excluded: hits.length > 0 && exclude.some((mm) => mm.match(p)) };
    };
    return {
        includes: include.map((m) => m.glob),
        match,
        select(p) {
            const { hits, excluded } = match(p);
            if (hits.length === 0 || excluded)
                return undefined;
            const kind = hits.find((g) => g.kind)?.kind;
            return kind ? { kind } : {};
        },
        mayHoldMatches: (dir) => include.some((m) => m.mm.match(dir, true))
    };
}

;// CONCATENATED MODULE: ./src/core/validate/inputs.ts





/**
 * The generate inputs that name who and what: setting any of them asks for the
 * "work together" check (and then account-id and role-name are required, by
 * generate's own rules). partition, role-path and kms have defaults in
 * action.yml, so they alone never ask for it.
 */
const TOGETHER_INPUTS = [
    'account-id',
    'role-name',
    'user-name',
    'user-account-id',
    'trust-principal',
    'principal-role-name',
    'kms-key-arn',
    'external-id',
    'staging-bucket',
    'staging-prefix',
    'redshift-cluster-id',
    'redshift-workgroup',
    'redshift-region',
    'db-user',
    'db-name',
    'db-groups',
    'session-duration'
];
function parseValidateInputs(read) {
    const policyRaw = read('policy-files');
    // The globs are not echoed: the problem names the line.
    const policy = (0,input_error/* checkInput */.D)('policy-files', policyRaw, parsePolicyFiles(policyRaw), false);
    if (!policy.ok)
        return policy;
    const sarifRaw = read('sarif-file');
    const sarif = (0,input_error/* checkInput */.D)('sarif-file', sarifRaw, (0,rules/* filePath */.s$)(sarifRaw));
    if (!sarif.ok)
        return sarif;
    const failOnRaw = read('fail-on');
    const failOn = (0,input_error/* checkInput */.D)('fail-on', failOnRaw, (0,rules/* oneOf */.yL)(FAIL_ON, failOnRaw.trim() === '' ? 'error' : failOnRaw.toLowerCase()));
    if (!failOn.ok)
        return failOn;
    const kmsRaw = read('kms');
    const kms = (0,input_error/* checkInput */.D)('kms', kmsRaw, (0,rules/* booleanFlag */.Fg)(kmsRaw));
    if (!kms.ok)
        return kms;
    const value = { policyFiles: policy.value, sarifFile: sarif.value, failOn: failOn.value };
    // kms: true with nothing else still asks for the check, so that the missing
    // account-id and role-name are reported rather than silently ignored.
    if (kms.value || TOGETHER_INPUTS.some((name) => read(name).trim() !== '')) {
        // output-dir and artifact-name say where generate delivers; validate
        // writes no documents, so their values (even bad ones) do not matter here.
        // Role chaining over an hour is a finding on the trust policy here, not an input error.
        const delivery = ['output-dir', 'artifact-name', 'formats'];
        const generate = (0,inputs/* parseGenerateInputs */.oc)((name) => (delivery.includes(name) ? '' : read(name)), { roleChainingIsError: false });
        if (!generate.ok)
            return generate;
        const { outputDir: _dir, artifactName: _artifact, formats: _formats, ...together } = generate.value;
        value.together = together;
    }
    return { ok: true, value };
}

// EXTERNAL MODULE: ./src/core/iam/arn.ts
var iam_arn = __webpack_require__(15426);
// EXTERNAL MODULE: ./src/core/iam/normalise.ts
var normalise = __webpack_require__(24195);
// EXTERNAL MODULE: ./src/core/iam/wildcard.ts
var wildcard = __webpack_require__(44375);
// EXTERNAL MODULE: ./src/core/generate/documents.ts
var documents = __webpack_require__(33133);
// EXTERNAL MODULE: ./src/core/generate/role-policies/s3-staging-policy.ts
var s3_staging_policy = __webpack_require__(35894);
// EXTERNAL MODULE: ./src/core/generate/role-policies/redshift-db-auth-policy.ts
var redshift_db_auth_policy = __webpack_require__(1473);
;// CONCATENATED MODULE: ./src/core/together/position.ts
const START = { line: 1, column: 1 };
function placeOf(node) {
    return { line: node.span.start.line, column: node.span.start.column, endLine: node.span.end.line, endColumn: node.span.end.column };
}
function statementMember(root) {
    if (!root || root.kind !== 'object')
        return undefined;
    // The last one, as JSON.parse keeps the last of duplicate keys.
    return [...root.members].reverse().find((m) => m.key.value === 'Statement');
}
/** The span of statement `index` (its position in the source Statement list). */
function statementPlace(file, index) {
    const member = statementMember(file.root);
    if (!member)
        return START;
    const v = member.value;
    if (v.kind === 'array')
        return v.items[index] ? placeOf(v.items[index]) : placeOf(member);
    return index === 0 ? placeOf(v) : placeOf(member);
}
/** The whole document: its Statement element when there is one. */
function documentPlace(file) {
    const member = statementMember(file.root);
    return member ? placeOf(member) : START;
}

// EXTERNAL MODULE: ./src/core/evaluate/evaluate.ts
var evaluate = __webpack_require__(38508);
;// CONCATENATED MODULE: ./src/core/together/setup-context.ts



/** Does some Allow statement cover this action (by Action, or by a NotAction that leaves it in)? */
function allowsAction(policy, action) {
    return policy.statements.some((s) => s.effect === 'Allow' &&
        (s.action ? s.action.some((p) => (0,wildcard/* actionMatches */.GE)(p, action)) : !!s.notAction && !s.notAction.some((p) => (0,wildcard/* actionMatches */.GE)(p, action))));
}
/** The role session's request, evaluated against the role's identity policies (the resources are in the role's account). */
function asRole(ctx, action, resource, extra = {}) {
    return (0,evaluate/* evaluate */._3)({ principal: ctx.session, action, resource, context: { ...ctx.baseContext(ctx.session), ...extra } }, { identityPolicies: ctx.roleDocs.map((d) => d.policy), resourceAccount: ctx.session.account ?? '' });
}
/** Where a decision points: the identity statement that decided it, in its own file. */
function placeOfDecision(docs, decision, fallback) {
    const ref = decision.matched.find((r) => r.source === 'identity');
    const doc = ref ? docs[ref.policy] ?? fallback : fallback;
    return { doc, place: ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file) };
}
/**
 * A concrete value a pattern matches: each '*' and '?' becomes 'x'. Used to
 * probe what a statement's own Resource reaches, so a second bucket or a
 * wider prefix is found whatever its name.
 */
function concreteOf(pattern) {
    return pattern.replace(/[*?]/g, 'x');
}
/**
 * Probes derived from the files are budgeted: a hostile file with thousands
 * of resources costs at most this many (each distinct ARN pattern once).
 */
const DERIVED_PROBE_BUDGET = 50;
/** The Allow statements of some documents with the resource patterns they name (NotResource and "*" give none), each pattern once, within the budget. */
function allowedResources(docs) {
    const out = [];
    const seen = new Set();
    for (const doc of docs) {
        for (const statement of doc.policy.statements) {
            if (statement.effect !== 'Allow')
                continue;
            for (const resource of statement.resource ?? []) {
                if (out.length >= DERIVED_PROBE_BUDGET)
                    return out;
                if (seen.has(resource) || !(0,wildcard/* splitArn */.E_)(resource))
                    continue;
                seen.add(resource);
                out.push({ doc, statement, resource });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/together/staging-access.ts
// With staging-bucket: can the role's session do exactly the staging
// actions, on exactly the staging bucket and prefix? Evaluated with the
// project's evaluator: the actions the connector needs must be allowed; the
// same actions on another bucket, on a sibling prefix ('data-old/' for
// 'data/'), on the bucket outside the prefix, a listing outside it, and on
// whatever the policies' own S3 resources name outside it must not be.




const STAGED_KEY = 'redshift-connector/part-0000.gz';
function checkStagingAccess(ctx) {
    const { inputs } = ctx;
    const bucket = inputs.stagingBucket;
    if (!bucket)
        return;
    const part = inputs.partition;
    const prefix = inputs.stagingPrefix ?? '';
    const bucketArn = (0,iam_arn/* s3BucketArn */.uI)(part, bucket);
    const s3Docs = ctx.roleDocs.filter((d) => s3_staging_policy/* S3_STAGING_ACTIONS */.RE.some((a) => allowsAction(d.policy, a)));
    if (s3Docs.length === 0) {
        ctx.report('RTC713', ctx.anchor, { line: 1, column: 1 }, `The Redshift connector will get AccessDenied staging data in s3://${bucket}/${prefix}: staging-bucket is set but no identity policy among the files grants the role S3 actions`, 'Add the S3 staging policy that generate makes (s3-staging-policy.json) to policy-files');
        return;
    }
    // ---- what the connector needs ----
    const objectArn = `${bucketArn}/${prefix}${STAGED_KEY}`;
    const needs = [
        ...s3_staging_policy/* S3_OBJECT_ACTIONS */.ZF.map((action) => ({ action, resource: objectArn, what: `${action} on ${objectArn}` })),
        { action: s3_staging_policy/* S3_LIST_ACTION */.rW, resource: bucketArn, context: { 's3:prefix': `${prefix}redshift-connector/` }, what: `${s3_staging_policy/* S3_LIST_ACTION */.rW} of ${prefix}redshift-connector/ in ${bucket}` },
        { action: s3_staging_policy/* S3_UPLOADS_ACTION */.Bc, resource: bucketArn, what: `${s3_staging_policy/* S3_UPLOADS_ACTION */.Bc} on ${bucketArn}` }
    ];
    const refused = needs.map((n) => ({ n, d: asRole(ctx, n.action, n.resource, n.context) })).filter((r) => r.d.effect !== 'Allow');
    if (refused.length > 0) {
        const deny = refused.find((r) => r.d.effect === 'ExplicitDeny');
        const at = deny ? placeOfDecision(ctx.roleDocs, deny.d, s3Docs[0]) : { doc: s3Docs[0], place: documentPlace(s3Docs[0].file) };
        ctx.report('RTC714', at.doc.file, at.place, `The Redshift connector will get AccessDenied staging data: the role is ${deny ? 'denied' : 'not allowed'} ${refused.map((r) => r.n.what).join('; ')}`, `Allow ${s3_staging_policy/* S3_LIST_ACTION */.rW} and ${s3_staging_policy/* S3_UPLOADS_ACTION */.Bc} on ${bucketArn}${prefix ? ` (s3:prefix ${prefix}*)` : ''}, and ${s3_staging_policy/* S3_OBJECT_ACTIONS */.ZF.join(', ')} on ${bucketArn}/${prefix}*`);
    }
    // ---- what it must not reach ----
    const outside = (arn) => {
        const m = /^arn:[^:]+:s3:::([^/]*)(?:\/(.*))?$/.exec(arn);
        if (!m)
            return false;
        const [, b, key] = m;
        return b !== bucket || (key !== undefined && !key.startsWith(prefix));
    };
    const others = [`${bucket}-other`, 'unrelated-bucket'].filter((b) => b !== bucket);
    const probes = [];
    const objectProbes = (arn) => s3_staging_policy/* S3_OBJECT_ACTIONS */.ZF.map((action) => ({ action, resource: arn, what: `${action} on ${arn}` }));
    for (const other of others) {
        const otherArn = (0,iam_arn/* s3BucketArn */.uI)(part, other);
        probes.push(...objectProbes(`${otherArn}/${prefix}${STAGED_KEY}`));
        probes.push({ action: s3_staging_policy/* S3_LIST_ACTION */.rW, resource: otherArn, context: { 's3:prefix': prefix }, what: `${s3_staging_policy/* S3_LIST_ACTION */.rW} on ${otherArn}` });
        probes.push({ action: s3_staging_policy/* S3_UPLOADS_ACTION */.Bc, resource: otherArn, what: `${s3_staging_policy/* S3_UPLOADS_ACTION */.Bc} on ${otherArn}` });
    }
    if (prefix) {
        const sibling = `${prefix.slice(0, -1)}-old/`;
        probes.push(...objectProbes(`${bucketArn}/${sibling}${STAGED_KEY}`), ...objectProbes(`${bucketArn}/${STAGED_KEY}`));
        probes.push({ action: s3_staging_policy/* S3_LIST_ACTION */.rW, resource: bucketArn, context: { 's3:prefix': sibling }, what: `${s3_staging_policy/* S3_LIST_ACTION */.rW} of ${sibling} in ${bucket}` });
        probes.push({ action: s3_staging_policy/* S3_LIST_ACTION */.rW, resource: bucketArn, what: `${s3_staging_policy/* S3_LIST_ACTION */.rW} of the whole bucket ${bucket}` });
    }
    // Whatever the role's own S3 resources name outside the staging area.
    // One probe per named resource, with a staging action its own statement allows.
    for (const { doc, statement, resource } of allowedResources(ctx.roleDocs)) {
        const concrete = concreteOf(resource);
        if (!concrete.includes(':s3:::') || !outside(concrete))
            continue;
        const own = { ...doc.policy, statements: [statement] };
        const candidates = concrete.includes('/') ? s3_staging_policy/* S3_OBJECT_ACTIONS */.ZF : [s3_staging_policy/* S3_LIST_ACTION */.rW, s3_staging_policy/* S3_UPLOADS_ACTION */.Bc];
        const action = candidates.find((a) => allowsAction(own, a));
        if (action)
            probes.push({ action, resource: concrete, ...(action === s3_staging_policy/* S3_LIST_ACTION */.rW ? { context: { 's3:prefix': prefix } } : {}), what: `${action} on ${concrete}` });
    }
    const reached = probes.map((p) => ({ p, d: asRole(ctx, p.action, p.resource, p.context) })).filter((r) => r.d.effect === 'Allow');
    if (reached.length === 0)
        return;
    // One finding per statement that lets the role out.
    const byPlace = new Map();
    for (const r of reached) {
        const at = placeOfDecision(ctx.roleDocs, r.d, s3Docs[0]);
        const key = `${at.doc.file.file}|${at.place.line}|${at.place.column}`;
        byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
    }
    for (const group of byPlace.values()) {
        const at = placeOfDecision(ctx.roleDocs, group[0].d, s3Docs[0]);
        const examples = [...new Set(group.map((r) => r.p.what))];
        ctx.report('RTC715', at.doc.file, at.place, `${at.doc.file.file} lets the role reach S3 outside s3://${bucket}/${prefix}: ${examples.slice(0, 3).join('; ')}${examples.length > 3 ? `; and ${examples.length - 3} more` : ''}`, `Name only ${bucketArn}${prefix ? ` (with the condition StringLike s3:prefix ${prefix}, ${prefix}*)` : ''} and ${bucketArn}/${prefix}*`);
    }
}

;// CONCATENATED MODULE: ./src/core/together/db-auth.ts
// With redshift-db-auth: does the role get database credentials for exactly
// that cluster user (database, groups) or that serverless workgroup?
// Evaluated: the needed requests must be allowed; another user, database,
// group, cluster or workgroup, and whatever the policies' own Redshift
// resources name besides the wanted ones, must not be.




const DB_AUTH_ACTIONS = [redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, redshift_db_auth_policy/* JOIN_GROUP_ACTION */.GQ, redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK, 'redshift:GetClusterCredentialsWithIAM'];
/** The action a Redshift resource ARN is probed with. */
function actionFor(arn) {
    if (/^arn:[^:]+:redshift-serverless:[^:]*:[^:]*:workgroup\//.test(arn))
        return redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK;
    if (/^arn:[^:]+:redshift:[^:]*:[^:]*:dbgroup:/.test(arn))
        return redshift_db_auth_policy/* JOIN_GROUP_ACTION */.GQ;
    if (/^arn:[^:]+:redshift:[^:]*:[^:]*:(dbuser|dbname):/.test(arn))
        return redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ;
    return undefined;
}
function checkDbAuth(ctx) {
    const { inputs } = ctx;
    const r = inputs.redshift;
    if (!r)
        return;
    const part = inputs.partition;
    const account = inputs.accountId;
    const target = r.kind === 'cluster' ? `database user ${r.dbUser} of cluster ${r.clusterId}` : `workgroup ${r.workgroupId}`;
    const dbDocs = ctx.roleDocs.filter((d) => DB_AUTH_ACTIONS.some((a) => allowsAction(d.policy, a)));
    if (dbDocs.length === 0) {
        ctx.report('RTC716', ctx.anchor, { line: 1, column: 1 }, `The Redshift connector will get AccessDenied asking for database credentials (${target}): redshift-db-auth is ${r.kind} but no identity policy among the files grants the role ${r.kind === 'cluster' ? redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ : redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK}`, 'Add the DB-auth policy that generate makes (redshift-db-auth-policy.json) to policy-files');
        return;
    }
    let needs;
    let others;
    if (r.kind === 'cluster') {
        const arn = (type, cluster, name) => (0,iam_arn/* redshiftClusterArn */.FO)(part, r.region, account, type, cluster, name);
        needs = [
            { action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbuser', r.clusterId, r.dbUser) },
            ...(r.dbName ? [{ action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbname', r.clusterId, r.dbName) }] : []),
            ...r.dbGroups.map((g) => ({ action: redshift_db_auth_policy/* JOIN_GROUP_ACTION */.GQ, resource: arn('dbgroup', r.clusterId, g) }))
        ];
        others = [
            { action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbuser', r.clusterId, `${r.dbUser}x`) },
            { action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbuser', r.clusterId, 'admin') },
            { action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbuser', `${r.clusterId}x`, r.dbUser) },
            ...(r.dbName ? [{ action: redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, resource: arn('dbname', r.clusterId, `${r.dbName}x`) }] : []),
            { action: redshift_db_auth_policy/* JOIN_GROUP_ACTION */.GQ, resource: arn('dbgroup', r.clusterId, 'admins') }
        ].filter((o) => !needs.some((n) => n.resource === o.resource));
    }
    else {
        needs = [{ action: redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK, resource: (0,iam_arn/* redshiftWorkgroupArn */.Ds)(part, r.region, account, r.workgroupId) }];
        others = [{ action: redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK, resource: (0,iam_arn/* redshiftWorkgroupArn */.Ds)(part, r.region, account, '00000000-0000-4000-8000-0000000000ff') }].filter((o) => o.resource !== needs[0].resource);
    }
    const wanted = new Set(needs.map((n) => n.resource));
    for (const { resource } of allowedResources(ctx.roleDocs)) {
        const concrete = concreteOf(resource);
        const action = actionFor(concrete);
        if (action && !wanted.has(concrete))
            others.push({ action, resource: concrete });
    }
    const refused = needs.map((n) => ({ n, d: asRole(ctx, n.action, n.resource) })).filter((x) => x.d.effect !== 'Allow');
    if (refused.length > 0) {
        const deny = refused.find((x) => x.d.effect === 'ExplicitDeny');
        const at = deny ? placeOfDecision(ctx.roleDocs, deny.d, dbDocs[0]) : { doc: dbDocs[0], place: documentPlace(dbDocs[0].file) };
        ctx.report('RTC717', at.doc.file, at.place, `The Redshift connector will get AccessDenied asking for database credentials: the role is ${deny ? 'denied' : 'not allowed'} ${refused.map((x) => `${x.n.action} on ${x.n.resource}`).join('; ')}`, `Allow ${needs.map((n) => `${n.action} on ${n.resource}`).join(', ')}`);
    }
    const reached = others
        .map((o) => ({ o, d: asRole(ctx, o.action, o.resource) }))
        .filter((x) => x.d.effect === 'Allow')
        .map((x) => ({ ...x, at: placeOfDecision(ctx.roleDocs, x.d, dbDocs[0]) }));
    const keyOf = (at) => `${at.doc.file.file}|${at.place.line}|${at.place.column}`;
    const byPlace = new Map();
    for (const x of reached)
        byPlace.set(keyOf(x.at), [...(byPlace.get(keyOf(x.at)) ?? []), x]);
    for (const group of byPlace.values()) {
        const { at } = group[0];
        const examples = [...new Set(group.map((y) => `${y.o.action} on ${y.o.resource}`))];
        ctx.report('RTC718', at.doc.file, at.place, `${at.doc.file.file} lets the role get database credentials beyond ${target}: ${examples.slice(0, 3).join('; ')}${examples.length > 3 ? `; and ${examples.length - 3} more` : ''}`, `Name exactly ${needs.map((n) => n.resource).join(', ')}, with no wildcard`);
    }
}

// EXTERNAL MODULE: ./src/core/evaluate/principal.ts
var principal = __webpack_require__(46721);
;// CONCATENATED MODULE: ./src/core/together/role-chaining.ts
// Role chaining: a role session that assumes the role gets at most one hour,
// whatever the role's MaxSessionDuration says. With session-duration over an
// hour, every trust statement that admits a role is reported: the
// connector's credentials would expire before the task.





const EVERYTHING = (0,normalise/* normalisePolicy */.R)({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
/** A session of a role, as it calls sts:AssumeRole. */
function sessionOf(roleArnValue) {
    const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue);
    if (!m)
        return undefined;
    return { ...(0,principal/* principalFromArn */.mQ)(`arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/redshift-connector`), roleArn: roleArnValue };
}
function checkRoleChaining(ctx, roleArn) {
    const seconds = ctx.inputs.sessionDuration;
    const trust = ctx.trust;
    if (seconds === undefined || seconds <= inputs/* ROLE_CHAINING_MAX_SECONDS */.sC || !trust || !EVERYTHING)
        return;
    const roles = new Set();
    for (const s of trust.policy.statements) {
        for (const value of s.principal?.AWS ?? []) {
            const p = (0,principal/* principalFromArn */.mQ)(value);
            if (p.kind === 'role')
                roles.add(value);
            if (p.kind === 'assumed-role' && p.roleArn)
                roles.add(p.roleArn);
        }
    }
    const reported = new Set();
    for (const role of roles) {
        const session = sessionOf(role);
        if (!session)
            continue;
        const d = (0,evaluate/* evaluate */._3)({ principal: session, action: 'sts:AssumeRole', resource: roleArn, context: { ...ctx.baseContext(session), ...(ctx.inputs.externalId ? { 'sts:ExternalId': ctx.inputs.externalId } : {}) } }, { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy });
        const ref = d.matched.find((r) => r.source === 'resource');
        if (d.effect !== 'Allow' || !ref || reported.has(ref.statement))
            continue;
        reported.add(ref.statement);
        ctx.report('RTC719', trust.file, statementPlace(trust.file, ref.statement), `The connector asks for ${seconds}-second credentials (session-duration) but the trust policy lets the role ${role} assume ${roleArn}: that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the task fails when the credentials expire`, `Set the connector's Temporary Credential Duration (session-duration) to ${inputs/* ROLE_CHAINING_MAX_SECONDS */.sC} seconds or less, or let an IAM user assume the role`);
    }
}

// EXTERNAL MODULE: ./src/core/iam/catalog/index.ts + 3 modules
var catalog = __webpack_require__(99010);
;// CONCATENATED MODULE: ./src/core/together/requester-scope.ts
// The vendor's rule: "The IAM user or IAM role that requests the temporary
// credentials must not have access to any AWS resources." The requester's
// policy may allow sts:AssumeRole on the role and nothing else. Each Allow
// statement is probed with the actions it names (real ones from the action
// catalogue for a wildcard) on the resources it names, and evaluated: any
// grant other than sts:AssumeRole is reported at its statement. Other roles
// reached with sts:AssumeRole are RTC709's.





/** Probes for a NotAction statement, and for a pattern the catalogue does not know. */
const SAMPLE_ACTIONS = ['s3:GetObject', 's3:PutObject', 'redshift:GetClusterCredentials', 'kms:Decrypt', 'iam:PassRole', 'ec2:DescribeInstances'];
/** Probe actions per pattern: enough to show the grant, bounded for '*'. */
const PER_PATTERN = 3;
const isAssume = (action) => (0,wildcard/* actionMatches */.GE)('sts:AssumeRole', action);
function probeActions(pattern) {
    const known = (0,catalog/* actionsMatching */.dj)(pattern).map((a) => a.fullName).filter((a) => !isAssume(a));
    if (known.length > 0)
        return known.slice(0, PER_PATTERN);
    const concrete = concreteOf(pattern);
    return isAssume(concrete) || !(0,wildcard/* actionMatches */.GE)(pattern, concrete) ? [] : [concrete];
}
/** Reports are capped: past this many statements the first ones say enough. */
const MAX_REPORTED = 10;
function checkRequesterScope(ctx) {
    const doc = ctx.requesterDoc;
    if (!doc)
        return;
    const context = ctx.baseContext(ctx.caller);
    const ask = (policy, action, resource) => (0,evaluate/* evaluate */._3)({ principal: ctx.caller, action, resource, context }, { identityPolicies: [policy], resourceAccount: ctx.caller.account ?? '' });
    // Hostile input: each Allow statement is judged with the document's Deny
    // statements only (an Allow elsewhere cannot take a grant back; a Deny
    // can), so the work is linear in the statements, within one budget of
    // statement evaluations, and at most MAX_REPORTED findings.
    const denies = doc.policy.statements.filter((s) => s.effect === 'Deny');
    let budget = DERIVED_PROBE_BUDGET * 50;
    let reported = 0;
    for (const s of doc.policy.statements) {
        if (s.effect !== 'Allow' || budget <= 0 || reported >= MAX_REPORTED)
            continue;
        const judged = { ...doc.policy, statements: [s, ...denies] };
        const actions = s.action ? s.action.slice(0, 100).flatMap(probeActions) : SAMPLE_ACTIONS.filter((a) => !(s.notAction ?? []).some((p) => (0,wildcard/* actionMatches */.GE)(p, a)));
        const resources = s.resource ? [...new Set(s.resource.slice(0, 20).map(concreteOf))] : ['*'];
        const granted = [];
        for (const action of [...new Set(actions)]) {
            for (const resource of resources) {
                budget -= judged.statements.length;
                if (budget < 0)
                    break;
                if (ask(judged, action, resource).effect === 'Allow') {
                    granted.push(`${action} on ${resource}`);
                    break;
                }
            }
            if (granted.length >= PER_PATTERN)
                break;
        }
        if (granted.length === 0)
            continue;
        reported++;
        ctx.report('RTC720', doc.file, statementPlace(doc.file, s.index), `${doc.file.file} gives ${ctx.callerText} more than sts:AssumeRole on the role (e.g. ${granted.join('; ')}): the identity that requests the temporary credentials must not have access to any AWS resource (the vendor's rule); the role holds the staging and database permissions`, 'Keep only the sts:AssumeRole statement in the requester policy; move what the connector needs to the role');
    }
}

;// CONCATENATED MODULE: ./src/core/together/checks.ts
const TOGETHER_CHECKS = [
    {
        code: 'RTC701',
        severity: 'error',
        name: 'trust-policy-missing',
        title: 'No trust policy among the checked files',
        help: 'A role admits only the principals its own trust policy names, so `sts:AssumeRole` fails without one. Add the role\'s trust policy to `policy-files` (or mark its glob with the `trust` kind).'
    },
    {
        code: 'RTC702',
        severity: 'error',
        name: 'user-policy-missing',
        title: 'No user policy allows sts:AssumeRole, and the trust policy alone is not enough',
        help: 'Across accounts, or when the trust policy names the account root, IAM also needs an identity policy on the user that allows `sts:AssumeRole` on the role. Add the user policy `generate` makes to `policy-files`.'
    },
    {
        code: 'RTC703',
        severity: 'error',
        name: 'kms-policy-missing',
        title: 'kms is true but no policy among the files grants KMS actions',
        help: 'With an encrypted staging bucket the role needs `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt` and `kms:ReEncrypt*` on the key. Add the KMS policy `generate` makes to `policy-files`.'
    },
    {
        code: 'RTC704',
        severity: 'error',
        name: 'user-cannot-assume-role',
        title: 'The user cannot assume the role',
        help: 'Evaluated as IAM does (explicit deny wins; within one account a trust policy naming the user is enough; a trust policy naming the account root, or a role in another account, needs the user policy too), the connector\'s `sts:AssumeRole` call is denied. The message names the broken link: fix that document.'
    },
    {
        code: 'RTC705',
        severity: 'error',
        name: 'trust-admits-anyone',
        title: 'The trust policy lets any principal assume the role',
        help: '`Principal: "*"`, `{"AWS": "*"}` or `NotPrincipal` with `Allow` admits every AWS principal, in any account. Name the connector\'s IAM user (or its account) instead.'
    },
    {
        code: 'RTC706',
        severity: 'error',
        name: 'trust-admits-other-account',
        title: 'The trust policy admits principals of another account',
        help: 'The trust policy names an account, or a principal in an account, that is neither the user\'s nor the role\'s. Anyone that account allows can get the role\'s permissions. Remove it unless it is meant to be there.'
    },
    {
        code: 'RTC707',
        severity: 'warning',
        name: 'trust-admits-whole-account',
        title: 'The trust policy admits the whole account where one user was expected',
        help: 'Naming the account root (or a bare account id) delegates to the account: every user and role there whose IAM policies allow `sts:AssumeRole` can assume the role. Name the user ARN (`trust-principal: user`) for the restricted form.'
    },
    {
        code: 'RTC708',
        severity: 'warning',
        name: 'trust-admits-other-principal',
        title: 'The trust policy admits another principal besides the connector user',
        help: 'Another IAM user, role, service or identity provider can assume the role. Remove it if it is not meant to share the role.'
    },
    {
        code: 'RTC709',
        severity: 'warning',
        name: 'user-can-assume-other-roles',
        title: 'The user policy allows sts:AssumeRole on other roles too',
        help: 'The user policy should name exactly one role ARN, with no wildcard: any other role whose trust policy admits the user\'s account can otherwise be assumed.'
    },
    {
        code: 'RTC710',
        severity: 'error',
        name: 'role-lacks-kms-actions',
        title: 'The role does not get the KMS actions the connector needs on the key',
        help: 'The connector calls `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt`, `kms:ReEncryptFrom` and `kms:ReEncryptTo` on the staging key. Allow all of them (`kms:ReEncrypt*` covers the last two) on the key, or on the alias with a `kms:ResourceAliases` condition.'
    },
    {
        code: 'RTC711',
        severity: 'warning',
        name: 'kms-allows-more-actions',
        title: 'The KMS policy allows actions the connector does not need',
        help: 'Key administration (`kms:ScheduleKeyDeletion`, `kms:PutKeyPolicy`, `kms:CreateGrant`...) is not needed to read and write staged data. List the five actions instead of a wildcard.'
    },
    {
        code: 'RTC712',
        severity: 'warning',
        name: 'kms-allows-other-keys',
        title: 'The KMS policy allows other keys than the one given',
        help: 'With `kms-key-arn` set, the policy should name that key (or, for an alias, the account\'s keys with a `kms:ResourceAliases` condition), not other keys.'
    },
    {
        code: 'RTC713',
        severity: 'error',
        name: 's3-staging-policy-missing',
        title: 'staging-bucket is set but no policy among the files grants the role S3 actions',
        help: 'The connector stages `COPY`/`UNLOAD` data in the staging bucket with the role\'s credentials. Add the S3 staging policy `generate` makes (`s3-staging-policy.json`) to `policy-files`.'
    },
    {
        code: 'RTC714',
        severity: 'error',
        name: 'role-lacks-staging-access',
        title: 'The role cannot do what the connector does in the staging bucket',
        help: 'Evaluated for a session of the role: `s3:ListBucket` (with the `s3:prefix` the connector sends) and `s3:ListBucketMultipartUploads` on the bucket, and `s3:PutObject`, `s3:GetObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload`, `s3:ListMultipartUploadParts` on an object under `staging-prefix`. The message lists what is refused.'
    },
    {
        code: 'RTC715',
        severity: 'warning',
        name: 'role-reaches-other-s3',
        title: 'The role can reach S3 outside the staging bucket and prefix',
        help: 'Evaluated, not pattern-matched: the staging actions on another bucket, on a sibling prefix (`data-old/` for `data/`), on the bucket outside the prefix, a listing outside the prefix, and on every S3 resource the role\'s policies name outside the staging area. The staging credentials should reach exactly `s3://bucket/prefix`.'
    },
    {
        code: 'RTC716',
        severity: 'error',
        name: 'db-auth-policy-missing',
        title: 'redshift-db-auth is set but no policy among the files grants database credentials',
        help: 'With `redshift-db-auth: cluster` the role needs `redshift:GetClusterCredentials`; with `serverless`, `redshift-serverless:GetCredentials`. Add the DB-auth policy `generate` makes (`redshift-db-auth-policy.json`) to `policy-files`.'
    },
    {
        code: 'RTC717',
        severity: 'error',
        name: 'role-lacks-db-auth',
        title: 'The role cannot get the database credentials the inputs name',
        help: 'Evaluated for a session of the role: `redshift:GetClusterCredentials` on the `dbuser` (and `dbname`) resource of the cluster and `redshift:JoinGroup` on each `dbgroup`, or `redshift-serverless:GetCredentials` on the workgroup (by its id). The message lists what is refused.'
    },
    {
        code: 'RTC718',
        severity: 'warning',
        name: 'db-auth-allows-other-targets',
        title: 'The DB-auth policy gives credentials for other users, databases, groups, clusters or workgroups',
        help: 'The role should get database credentials for exactly the database user (database, groups) of that cluster, or that workgroup: a wildcard in the user or cluster lets the connector\'s credentials log in as anyone.'
    },
    {
        code: 'RTC719',
        severity: 'error',
        name: 'role-chaining-over-an-hour',
        title: 'A role assumes the role while the connector asks for more than an hour',
        help: 'When a role session (the Secure Agent\'s EC2 instance role) assumes the Redshift role, AWS caps the new session at one hour whatever `MaxSessionDuration` says (role chaining). With `session-duration` over 3600 the task fails when the credentials expire. Lower the connector\'s Temporary Credential Duration, or let an IAM user assume the role.'
    },
    {
        code: 'RTC720',
        severity: 'error',
        name: 'requester-has-other-access',
        title: 'The requester\'s policy grants more than sts:AssumeRole',
        help: 'The vendor\'s rule: the IAM user or role that requests the temporary credentials must not have access to any AWS resource. Each Allow statement of the requester policy is probed with the actions and resources it names and evaluated; anything besides `sts:AssumeRole` is reported (other roles are RTC709\'s).'
    },
    {
        code: 'RTC801',
        severity: 'warning',
        name: 'user-policy-drift',
        title: 'The user policy differs in meaning from what generate makes',
        help: 'Compared statement by statement after normalising (Sid, order, single value or list, action case do not count), the committed user policy grants more or less than `generate` makes from the same inputs. Regenerate it, or change the inputs.'
    },
    {
        code: 'RTC802',
        severity: 'warning',
        name: 'trust-policy-drift',
        title: 'The trust policy differs in meaning from what generate makes',
        help: 'The committed trust policy admits other principals, or under other conditions, than the one `generate` makes from the same inputs. Regenerate it, or change the inputs (e.g. `trust-principal`, `external-id`).'
    },
    {
        code: 'RTC803',
        severity: 'warning',
        name: 'kms-policy-drift',
        title: 'The KMS policy differs in meaning from what generate makes',
        help: 'The committed KMS policy grants other actions or keys than the one `generate` makes from the same inputs. Regenerate it, or change `kms-key-arn`.'
    },
    {
        code: 'RTC804',
        severity: 'warning',
        name: 's3-staging-policy-drift',
        title: 'The S3 staging policy differs in meaning from what generate makes',
        help: 'The committed S3 staging policy grants other actions, buckets or prefixes than the one `generate` makes from `staging-bucket` and `staging-prefix`. Regenerate it, or change the inputs.'
    },
    {
        code: 'RTC805',
        severity: 'warning',
        name: 'db-auth-policy-drift',
        title: 'The DB-auth policy differs in meaning from what generate makes',
        help: 'The committed DB-auth policy grants other actions or Redshift resources than the one `generate` makes from `redshift-db-auth` and its inputs. Regenerate it, or change the inputs.'
    }
];
function togetherCheck(code) {
    const info = TOGETHER_CHECKS.find((c) => c.code === code);
    if (!info)
        throw new Error(`unknown together check ${code}`);
    return info;
}

// EXTERNAL MODULE: ./src/core/diff/semantic-diff.ts + 4 modules
var semantic_diff = __webpack_require__(48505);
;// CONCATENATED MODULE: ./src/core/together/check-together.ts
// Do the user policy, the trust policy and the role's policies (KMS, S3
// staging, DB auth) among the linted files work together for these inputs?
// Each is found by what it does (not by its file name), they are evaluated
// together as IAM would, and every broken link becomes a finding that says
// what will fail at run time. Then each is compared in meaning with what
// `generate` makes from the same inputs.
















/** The six KMS operations the connector calls; kms:ReEncrypt* covers the last two. */
const CONNECTOR_KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];
/** Key administration the connector never needs: a KMS policy that allows one is too wide. */
const KMS_ADMIN_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:DisableKey'];
const NO_KEY_ID = '00000000-0000-4000-8000-000000000000';
const OTHER_KEY_ID = '00000000-0000-4000-8000-0000000000ff';
/** A user name for the probe when inputs name no user (trust-principal: account). */
const ANY_USER = 'redshift-connector';
const MUST = (doc) => {
    const p = (0,normalise/* normalisePolicy */.R)(doc);
    if (!p)
        throw new Error('a generated or built-in policy did not normalise');
    return p;
};
/** The first document that passes `best`, else the first one. */
function pick(docs, best) {
    return docs.find(best) ?? docs[0];
}
/** An identity policy that allows everything: stands for "whatever the caller's account allows". */
const check_together_EVERYTHING = MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const delegatingTo = (partition, account, action) => MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: (0,iam_arn/* accountRootArn */.hd)(partition, account) }, Action: action, Resource: '*' }] });
const withoutConditions = (policy) => ({
    ...policy,
    statements: policy.statements.map((s) => ({ ...s, condition: {} }))
});
/**
 * The global condition keys every signed request carries, so a condition on
 * them (aws:SecureTransport, aws:PrincipalArn...) is judged as AWS would.
 * The connector calls AWS over TLS.
 */
function requestContextOf(p) {
    const ctx = { 'aws:SecureTransport': true, 'aws:PrincipalArn': p.kind === 'assumed-role' && p.roleArn ? p.roleArn : p.arn };
    if (p.account)
        ctx['aws:PrincipalAccount'] = p.account;
    if (p.kind === 'user')
        ctx['aws:username'] = p.arn.slice(p.arn.lastIndexOf('/') + 1);
    ctx['aws:PrincipalType'] = p.kind === 'user' ? 'User' : p.kind === 'assumed-role' ? 'AssumedRole' : p.kind === 'root' ? 'Account' : 'Unknown';
    return ctx;
}
function unusedAccount(taken) {
    for (const d of '987654321') {
        const candidate = d.repeat(12);
        if (!taken.has(candidate))
            return candidate;
    }
    return '000000000000';
}
function checkTogether(files, inputs) {
    if (files.length === 0)
        return [];
    const findings = [];
    const generated = (0,documents/* documentsFor */.Wi)(inputs);
    const part = inputs.partition;
    const roleArn = generated.roleArn;
    // With trust-principal role the caller is a session of the principal role
    // (the Secure Agent's EC2 instance role); the trust policy names the role.
    const principalRole = inputs.trustPrincipal === 'role' && inputs.principalRole ? generated.principalArn : '';
    const callerArn = principalRole || generated.userArn || (0,iam_arn/* userArn */.JU)(part, inputs.userAccountId, ANY_USER);
    const caller = principalRole
        ? { ...(0,principal/* principalFromArn */.mQ)(`arn:${part}:sts::${inputs.userAccountId}:assumed-role/${inputs.principalRole?.name}/redshift-connector`), roleArn: principalRole }
        : (0,principal/* principalFromArn */.mQ)(callerArn);
    const callerText = principalRole || generated.userArn || `an IAM user of account ${inputs.userAccountId}`;
    const context = { ...requestContextOf(caller), ...(inputs.externalId ? { 'sts:ExternalId': inputs.externalId } : {}) };
    const docs = files.filter((f) => f.policy !== undefined).map((f) => ({ file: f, policy: f.policy }));
    const identities = docs.filter((d) => d.file.kind === 'identity');
    const assume = (principal, resource, identity, trustPolicy, ctx = context) => (0,evaluate/* evaluate */._3)({ principal, action: 'sts:AssumeRole', resource, context: ctx }, { identityPolicies: identity, ...(trustPolicy ? { resourcePolicy: trustPolicy } : {}) });
    const trust = pick(docs.filter((d) => d.file.kind === 'trust'), (d) => assume(caller, roleArn, [check_together_EVERYTHING], d.policy).effect === 'Allow');
    const userTrustingAccount = delegatingTo(part, inputs.userAccountId, 'sts:AssumeRole');
    const userDoc = pick(identities.filter((d) => allowsAction(d.policy, 'sts:AssumeRole')), (d) => assume(caller, roleArn, [d.policy], userTrustingAccount).effect === 'Allow');
    // KMS: the role's session calls KMS on the staging key, whose key policy
    // we assume delegates to the role's account (the default key policy does).
    const session = {
        ...(0,principal/* principalFromArn */.mQ)(`arn:${part}:sts::${inputs.accountId}:assumed-role/${inputs.roleName}/redshift-connector`),
        roleArn
    };
    const key = inputs.kmsKey;
    const keyRegion = key?.region ?? 'us-east-1';
    const keyAccount = key?.account ?? inputs.accountId;
    const stagingKey = key?.type === 'key' ? key.arn : `arn:${part}:kms:${keyRegion}:${keyAccount}:key/${NO_KEY_ID}`;
    const keyContext = { ...requestContextOf(session), ...(key?.type === 'alias' ? { 'kms:ResourceAliases': [key.id] } : {}) };
    const keyPolicy = delegatingTo(part, inputs.accountId, 'kms:*');
    const useKey = (policy, action, resource = stagingKey, ctx = keyContext) => (0,evaluate/* evaluate */._3)({ principal: session, action, resource, context: ctx }, { identityPolicies: [policy], resourcePolicy: keyPolicy, resourceAccount: keyAccount });
    const roleIdentities = identities.filter((d) => d !== userDoc);
    const kmsDoc = inputs.kms
        ? pick(roleIdentities.filter((d) => CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))), (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKey(d.policy, a).effect === 'Allow'))
        : undefined;
    const report = (code, file, place, message, hint) => {
        findings.push({ file: file.file, ...place, code, severity: togetherCheck(code).severity, message, hint });
    };
    const anchor = trust?.file ?? userDoc?.file ?? kmsDoc?.file ?? files[0];
    const refPlace = (ref, doc) => (ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file));
    // ---- missing documents ---------------------------------------------------
    if (!trust) {
        report('RTC701', anchor, { line: 1, column: 1 }, `The Redshift connector will get AccessDenied on sts:AssumeRole: no trust policy for ${roleArn} is among the checked files`, 'Add the role trust policy that generate makes (trust-policy.json) to policy-files');
    }
    const trustForNeed = trust?.policy ?? MUST(generated.trustPolicy);
    const userPolicyNeeded = assume(caller, roleArn, [], trustForNeed).effect !== 'Allow';
    if (!userDoc && userPolicyNeeded) {
        const why = inputs.userAccountId !== inputs.accountId ? 'the role is in another account' : 'the trust policy names the account, which delegates to IAM policies';
        report('RTC702', anchor, documentPlace(anchor), `The Redshift connector will get AccessDenied on sts:AssumeRole: no identity policy among the files allows ${callerText} sts:AssumeRole on ${roleArn}, and ${why}`, 'Add the user policy that generate makes (user-policy.json) to policy-files');
    }
    if (inputs.kms && !kmsDoc) {
        report('RTC703', anchor, { line: 1, column: 1 }, `The Redshift connector will get AccessDenied from KMS on the staging key: kms is true but no identity policy among the files grants ${CONNECTOR_KMS_ACTIONS.join(', ')}`, 'Add the KMS policy that generate makes (kms-policy.json) to policy-files');
    }
    // ---- can the user assume the role? ----------------------------------------
    if (trust) {
        const decision = assume(caller, roleArn, userDoc ? [userDoc.policy] : [], trust.policy);
        if (decision.effect === 'ExplicitDeny') {
            const ref = decision.matched[0];
            const doc = ref.source === 'identity' && userDoc ? userDoc : trust;
            report('RTC704', doc.file, refPlace(ref, doc), `The Redshift connector will get AccessDenied on sts:AssumeRole: statement ${ref.statement}${ref.sid ? ` (${ref.sid})` : ''} of ${doc.file.file} explicitly denies ${callerText} sts:AssumeRole on ${roleArn}`, 'Remove the Deny statement or narrow it so that it leaves this user and role out');
        }
        else if (decision.effect === 'ImplicitDeny') {
            const trustAlone = assume(caller, roleArn, [check_together_EVERYTHING], trust.policy);
            if (trustAlone.effect !== 'Allow') {
                const conditionsOnly = assume(caller, roleArn, [check_together_EVERYTHING], withoutConditions(trust.policy)).effect === 'Allow';
                const keys = [...new Set(trust.policy.statements.flatMap((s) => Object.values(s.condition).flatMap((block) => Object.keys(block))))];
                report('RTC704', trust.file, documentPlace(trust.file), conditionsOnly
                    ? `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy names ${callerText} but its conditions (${keys.join(', ')}) are not met by the request the connector makes${inputs.externalId ? ' with the external-id input' : ' (no external-id input is set)'}`
                    : `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy does not name ${callerText}`, conditionsOnly ? 'Make the condition match the connector: e.g. the sts:ExternalId it sends (the external-id input)' : `Add ${generated.principalArn} to the Principal of a statement that allows sts:AssumeRole`);
            }
            else if (userDoc) {
                const why = inputs.userAccountId !== inputs.accountId ? 'the role is in another account, so the trust policy alone is not enough' : 'the trust policy names the whole account, which hands the decision to IAM policies';
                report('RTC704', userDoc.file, documentPlace(userDoc.file), `The Redshift connector will get AccessDenied on sts:AssumeRole: ${userDoc.file.file} does not allow sts:AssumeRole on ${roleArn}, and ${why}`, `Allow sts:AssumeRole on Resource ${roleArn} in the user policy`);
            }
        }
        checkWhoElse(trust, inputs, roleArn, callerArn, assume, report);
    }
    // ---- can the user assume other roles? -------------------------------------
    if (userDoc) {
        const path = inputs.rolePath;
        const strangerAccount = unusedAccount(new Set([inputs.accountId, inputs.userAccountId]));
        const others = [
            `arn:${part}:iam::${inputs.accountId}:role${path}${inputs.roleName}-other`,
            `arn:${part}:iam::${inputs.accountId}:role${path}AnotherRole`,
            `arn:${part}:iam::${inputs.accountId}:role${path === '/' ? '/other/' : '/'}${inputs.roleName}`,
            `arn:${part}:iam::${strangerAccount}:role${path}${inputs.roleName}`
        ];
        const reachable = others
            .map((other) => ({ other, decision: assume(caller, other, [userDoc.policy], userTrustingAccount) }))
            .filter((r) => r.decision.effect === 'Allow');
        if (reachable.length > 0) {
            const ref = reachable[0].decision.matched.find((r) => r.source === 'identity');
            report('RTC709', userDoc.file, refPlace(ref, userDoc), `${userDoc.file.file} lets ${callerText} assume other roles than ${roleArn} too, e.g. ${reachable.map((r) => r.other).join(', ')}, wherever their trust policy admits the account`, `Set Resource to exactly ${roleArn}, with no wildcard`);
        }
    }
    // ---- does the role get what it needs from KMS? ----------------------------
    if (kmsDoc) {
        const decisions = CONNECTOR_KMS_ACTIONS.map((action) => ({ action, decision: useKey(kmsDoc.policy, action) }));
        const refused = decisions.filter((d) => d.decision.effect !== 'Allow');
        if (refused.length > 0) {
            const denyRef = refused.map((d) => d.decision).find((d) => d.effect === 'ExplicitDeny')?.matched[0];
            const keyText = key ? key.arn : 'the staging key';
            report('RTC710', kmsDoc.file, denyRef ? statementPlace(kmsDoc.file, denyRef.statement) : documentPlace(kmsDoc.file), `The Redshift connector will get AccessDenied on ${refused.map((d) => d.action).join(', ')} for ${keyText}: ${kmsDoc.file.file} ${denyRef ? 'denies them' : 'does not allow them for the role on that key'}`, `Allow ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(', ')} and kms:ReEncrypt* on the key`);
        }
        const admin = KMS_ADMIN_ACTIONS.map((action) => ({ action, decision: useKey(kmsDoc.policy, action) })).filter((d) => d.decision.effect === 'Allow');
        if (admin.length > 0) {
            const ref = admin[0].decision.matched.find((r) => r.source === 'identity');
            report('RTC711', kmsDoc.file, refPlace(ref, kmsDoc), `${kmsDoc.file.file} also allows the role ${admin.map((d) => d.action).join(', ')} on the staging key, which the connector never needs`, 'List the five actions (kms:GenerateDataKey, kms:DescribeKey, kms:Encrypt, kms:Decrypt, kms:ReEncrypt*) instead of a wildcard');
        }
        if (key) {
            const otherKey = `arn:${part}:kms:${key.region}:${key.account}:key/${OTHER_KEY_ID}`;
            const other = useKey(kmsDoc.policy, 'kms:Decrypt', otherKey, requestContextOf(session));
            if (other.effect === 'Allow') {
                const ref = other.matched.find((r) => r.source === 'identity');
                report('RTC712', kmsDoc.file, refPlace(ref, kmsDoc), `${kmsDoc.file.file} lets the role use other KMS keys than ${key.arn} (e.g. kms:Decrypt on ${otherKey})`, key.type === 'key' ? `Set Resource to ${key.arn}` : `Keep Resource to the account's keys and add the condition ForAnyValue:StringEquals kms:ResourceAliases = ${key.id}`);
            }
        }
    }
    // ---- drift: same meaning as what generate makes? --------------------------
    // The semantic diff reads generate's document as the earlier version and the
    // committed one as the later, so "broadens" means the file grants more.
    const drift = (code, doc, want, name) => {
        if (!doc)
            return;
        const diff = (0,semantic_diff/* diffPolicies */.w)(want, doc.file.value);
        if (diff.accessChange === 'none')
            return;
        const changes = diff.statements.filter((c) => c.rating !== 'neutral');
        const first = changes.find((c) => c.after)?.after;
        const place = first ? statementPlace(doc.file, first.index) : documentPlace(doc.file);
        const how = DRIFT_WORDS[diff.accessChange];
        const listed = changes.slice(0, 3).map((c) => c.summary).join('; ') + (changes.length > 3 ? `; and ${changes.length - 3} more` : '');
        report(code, doc.file, place, hideSecret(`${doc.file.file} ${how} the ${name} generate makes for these inputs: ${listed}`, inputs), 'Regenerate it with mode: generate, or change the inputs to match it');
    };
    drift('RTC801', userDoc, (0,documents/* userPolicyFor */.pl)(inputs), 'user policy');
    drift('RTC802', trust, (0,documents/* trustPolicyFor */.yz)(inputs), 'trust policy');
    if (inputs.kms)
        drift('RTC803', kmsDoc, (0,documents/* kmsPolicyFor */.xx)(inputs), 'KMS policy');
    // ---- the whole setup: staging, database credentials, chaining, requester scope ----
    const setup = {
        inputs,
        anchor,
        ...(userDoc ? { requesterDoc: userDoc } : {}),
        roleDocs: roleIdentities,
        ...(trust ? { trust } : {}),
        caller,
        callerText,
        session,
        baseContext: requestContextOf,
        report
    };
    checkStagingAccess(setup);
    checkDbAuth(setup);
    checkRoleChaining(setup, roleArn);
    checkRequesterScope(setup);
    const s3Want = (0,documents/* s3StagingPolicyFor */.Vg)(inputs);
    if (s3Want)
        drift('RTC804', pickBy(roleIdentities, [...s3_staging_policy/* S3_STAGING_ACTIONS */.RE]), s3Want, 'S3 staging policy');
    const dbWant = (0,documents/* redshiftDbAuthPolicyFor */.HJ)(inputs);
    if (dbWant)
        drift('RTC805', pickBy(roleIdentities, [redshift_db_auth_policy/* CLUSTER_CREDENTIALS_ACTION */.ZZ, redshift_db_auth_policy/* JOIN_GROUP_ACTION */.GQ, redshift_db_auth_policy/* SERVERLESS_CREDENTIALS_ACTION */.NK]), dbWant, 'DB-auth policy');
    return findings;
}
/** The role policy that grants the most of these actions (the first on a tie), for the drift comparison. */
function pickBy(docs, actions) {
    let best;
    let bestCount = 0;
    for (const d of docs) {
        const count = actions.filter((a) => allowsAction(d.policy, a)).length;
        if (count > bestCount) {
            best = d;
            bestCount = count;
        }
    }
    return best;
}
const DRIFT_WORDS = {
    broadens: 'grants more than',
    narrows: 'grants less than',
    mixed: 'grants more in some ways and less in others than'
};
/** The external id is a shared secret of sorts: a message never carries it. */
function hideSecret(message, inputs) {
    return inputs.externalId ? message.split(inputs.externalId).join('(the external-id input)') : message;
}
/**
 * Who else can assume the role? Anyone at all (an anonymous caller, a user of
 * an account nobody named), then every principal the trust policy names,
 * each given every IAM permission in its own account, with the context the
 * connector sends (so a known external id does not hide a wide principal).
 */
function checkWhoElse(trust, inputs, roleArn, callerArn, assume, report) {
    const part = inputs.partition;
    const named = trust.policy.statements.flatMap((s) => Object.entries(s.principal ?? {}).flatMap(([type, values]) => values.map((value) => ({ s, type, value }))));
    const taken = new Set([inputs.accountId, inputs.userAccountId, ...named.map((n) => /(\d{12})/.exec(n.value)?.[1] ?? '')]);
    const stranger = unusedAccount(taken);
    const placeOf = (d) => {
        const ref = d.matched.find((r) => r.source === 'resource');
        return ref ? statementPlace(trust.file, ref.statement) : documentPlace(trust.file);
    };
    for (const probe of [(0,principal/* principalFromArn */.mQ)('*'), (0,principal/* principalFromArn */.mQ)((0,iam_arn/* userArn */.JU)(part, stranger, 'anyone'))]) {
        const d = assume(probe, roleArn, [check_together_EVERYTHING], trust.policy);
        if (d.effect === 'Allow') {
            report('RTC705', trust.file, placeOf(d), `Any principal can assume ${roleArn}: the trust policy admits ${probe.kind === 'anonymous' ? 'anonymous callers' : `a user of an unrelated account (${stranger})`}`, `Name ${callerArn} (or its account) in Principal instead of "*" or NotPrincipal`);
            return;
        }
    }
    const seen = new Set();
    for (const { s, type, value } of named) {
        if (value === '*' || !appliesToAssume(s))
            continue;
        const probe = probeFor(type, value, part);
        if (!probe || probe.arn === callerArn)
            continue;
        const d = assume(probe, roleArn, [check_together_EVERYTHING], trust.policy);
        if (d.effect !== 'Allow')
            continue;
        const account = probe.kind === 'root' ? probe.account : undefined;
        let code;
        let message;
        let hint;
        if (account) {
            if (account === inputs.userAccountId && inputs.trustPrincipal === 'account')
                continue;
            const own = account === inputs.userAccountId || account === inputs.accountId;
            code = own ? 'RTC707' : 'RTC706';
            message = own
                ? `The trust policy admits the whole account ${account}: every user and role there that its IAM policies allow can assume ${roleArn}, not only ${callerArn}`
                : `The trust policy admits account ${account}, which is neither the user's nor the role's: anyone it allows can assume ${roleArn}`;
            hint = own ? `Name ${callerArn} instead of the account root` : `Remove ${value} from Principal unless that account is meant to use the role`;
        }
        else {
            const other = probe.account !== undefined && probe.account !== inputs.userAccountId && probe.account !== inputs.accountId;
            code = other ? 'RTC706' : 'RTC708';
            message = other
                ? `The trust policy admits ${value} of account ${probe.account}, which is neither the user's nor the role's: it can assume ${roleArn}`
                : `The trust policy also admits ${type === 'AWS' ? value : `${type} ${value}`}: it can assume ${roleArn} besides ${callerArn}`;
            hint = `Remove ${value} from Principal unless it is meant to share the role`;
        }
        const key = `${code}|${s.index}|${value}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        report(code, trust.file, statementPlace(trust.file, s.index), message, hint);
    }
}
function appliesToAssume(s) {
    return s.effect === 'Allow' && (s.action ? s.action.some((a) => (0,wildcard/* actionMatches */.GE)(a, 'sts:AssumeRole')) : !!s.notAction);
}
function probeFor(type, value, partition) {
    if (type === 'AWS') {
        const p = (0,principal/* principalFromArn */.mQ)(value);
        if (p.kind === 'anonymous' || p.kind === 'service' || p.kind === 'federated')
            return undefined;
        // A bare account id stands for the account root in this partition.
        return /^\d{12}$/.test(value) ? { ...p, arn: (0,iam_arn/* accountRootArn */.hd)(partition, value), partition } : p;
    }
    if (type === 'Service')
        return { kind: 'service', arn: value };
    if (type === 'Federated')
        return { kind: 'federated', arn: value };
    return undefined;
}

// EXTERNAL MODULE: ./src/core/validate/lint-files.ts + 1 modules
var lint_files = __webpack_require__(44347);
;// CONCATENATED MODULE: ./src/core/validate/validate.ts




const DEFAULT_DEPS = { lint: lint/* lintPolicyText */.h, together: checkTogether };
function validateFiles(inputs, together, deps = DEFAULT_DEPS) {
    const linted = (0,lint_files/* lintFiles */.ji)(inputs, deps.lint);
    const findings = [...linted.findings];
    const failures = [...linted.failures];
    if (together) {
        try {
            findings.push(...deps.together(linted.files, together));
        }
        catch (error) {
            failures.push({ file: '', error });
        }
    }
    const sorted = (0,lint_files/* sortFindings */.Tc)(findings);
    return { files: linted.files, findings: sorted, counts: countBySeverity(sorted), failures };
}

// EXTERNAL MODULE: ./src/core/lint/checks.ts
var checks = __webpack_require__(85152);
// EXTERNAL MODULE: ./src/core/validate/checks.ts
var validate_checks = __webpack_require__(64789);
;// CONCATENATED MODULE: ./src/core/checks.ts
// Every finding code the action can report, in one list: the linter's, the
// "work together" checks' and validate's own. SARIF rules, the job summary
// and docs/checks.md are made from it.



const ALL_CHECKS = [...checks/* CHECKS */.u, ...TOGETHER_CHECKS, ...validate_checks/* VALIDATE_CHECKS */.VW];
const BY_CODE = new Map(ALL_CHECKS.map((c) => [c.code, c]));
function checkFor(code) {
    return BY_CODE.get(code);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/annotations.ts
// One GitHub annotation per finding, on its file, line and column.



/**
 * GitHub accepts columns only when the annotation starts and ends on one line,
 * so a finding that spans lines is annotated on its first line, from its
 * start column: that is where the problem begins.
 */
function annotationOf(finding) {
    const check = checkFor(finding.code);
    const sameLine = finding.endLine === undefined || finding.endLine === finding.line;
    const endColumn = sameLine && finding.endColumn !== undefined && finding.endColumn >= finding.column ? finding.endColumn : finding.column;
    return {
        level: finding.severity,
        message: (0,markdown/* annotationText */.xr)(finding.hint ? `${finding.message}\nHint: ${finding.hint}` : finding.message),
        properties: {
            title: check ? `${finding.code} ${check.name}` : finding.code,
            file: finding.file,
            startLine: finding.line,
            endLine: finding.line,
            startColumn: finding.column,
            endColumn
        }
    };
}
/** GitHub shows the first 10 of each level per step; the job summary lists them all. */
function emitAnnotations(findings) {
    for (const finding of findings) {
        const a = annotationOf(finding);
        core[a.level](a.message, a.properties);
    }
}

// EXTERNAL MODULE: ./src/report/files.ts
var files = __webpack_require__(50561);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// A SARIF 2.1.0 log of the findings, in the shape
// github/codeql-action/upload-sarif accepts: one rule per finding code with
// its help, results on a path relative to the repository root (%SRCROOT%).






const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/org/redshift-temp-creds-action';
const CHECKS_DOC_URI = `${INFORMATION_URI}/blob/v1/docs/checks.md`;
const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * The SARIF log for these findings. Every known check is a rule (so that
 * code scanning can show help for a rule that found nothing this time); a
 * finding whose code is not in the catalogue still gets a rule of its own.
 */
function sarifLogFor(findings, checks = ALL_CHECKS) {
    const rules = checks.map(ruleOf);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    for (const f of findings) {
        if (index.has(f.code))
            continue;
        index.set(f.code, rules.length);
        rules.push(ruleOf({ code: f.code, severity: f.severity, name: f.code.toLowerCase(), title: f.code, help: f.hint }));
    }
    const seen = new Map();
    const results = findings.map((f) => {
        // Identical findings in one file are told apart by their order, so that
        // code scanning tracks each one across commits without relying on lines.
        const base = JSON.stringify([f.code, f.file, f.message]);
        const occurrence = (seen.get(base) ?? 0) + 1;
        seen.set(base, occurrence);
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(base).digest('hex').slice(0, 32);
        return {
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.hint ? `${f.message} Hint: ${f.hint}` : f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(f.file), uriBaseId: '%SRCROOT%' }, region: regionOf(f) } }],
            partialFingerprints: { 'rtcFinding/v1': `${fingerprint}:${occurrence}` }
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: version/* ACTION_NAME */.p, version: version/* ACTION_VERSION */.Y, semanticVersion: version/* ACTION_VERSION */.Y, informationUri: INFORMATION_URI, rules } },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function ruleOf(check) {
    return {
        id: check.code,
        name: pascalCase(check.name),
        shortDescription: { text: check.title },
        fullDescription: { text: plainText(check.help) },
        help: { text: plainText(check.help), markdown: `**${check.code} ${check.title}**\n\n${check.help}` },
        helpUri: `${CHECKS_DOC_URI}#${check.code.toLowerCase()}`,
        defaultConfiguration: { level: SARIF_LEVEL[check.severity] },
        properties: { tags: ['iam', 'policy', ...(check.severity === 'error' ? ['correctness'] : ['security'])], precision: 'very-high' }
    };
}
function regionOf(f) {
    const region = { startLine: f.line, startColumn: f.column };
    const endLine = f.endLine ?? f.line;
    // SARIF's end column is the column after the last character; it must not come before the start.
    if (f.endColumn !== undefined && (endLine > f.line || (endLine === f.line && f.endColumn >= f.column))) {
        region.endLine = endLine;
        region.endColumn = f.endColumn;
    }
    return region;
}
/** A relative URI reference: each path segment percent-encoded, '/' kept. */
function sarifUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** SARIF rule names are identifiers: "trust-policy-principal-star" -> "TrustPolicyPrincipalStar". */
function pascalCase(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Markdown help as plain text: code spans and emphasis marks dropped, links as their text. */
function plainText(markdown) {
    return markdown
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/`+/g, '')
        .replace(/\*\*|__/g, '');
}
/**
 * Writes the log (creating folders, never through a symlink: the caller
 * checked the path with checkWriteTarget); returns the absolute path.
 */
async function writeSarif(file, log) {
    (0,files/* makeFoldersNoFollow */.iH)(external_node_path_default().dirname(file));
    (0,files/* writeFileNoFollow */.qI)(file, (0,json/* prettyJson */.D)(log));
    return file;
}

;// CONCATENATED MODULE: ./src/report/validate-summary.ts
// The job summary of a validate run: every finding in one table (annotations
// show only the first 10 of each level per step), then the files read and
// the ones skipped.




/** GitHub refuses a step summary over 1 MiB; this leaves room for the rest of the page. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
const SEVERITY_LABEL = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
function validateSummary(input, budgetBytes = SUMMARY_BUDGET_BYTES) {
    const counts = countBySeverity(input.findings);
    const fileCount = input.files.length;
    const parts = ['## IAM policy validation\n\n'];
    parts.push(`${(0,markdown/* inlineText */.ln)(describeCounts(counts))} in ${fileCount} file${fileCount === 1 ? '' : 's'}` +
        (input.failure ? `: the step fails (fail-on: ${input.failOn}).\n` : `: the step passes (fail-on: ${input.failOn}).\n`));
    if (input.together) {
        const t = input.together;
        const who = t.userName ? `user ${(0,markdown/* inlineCode */.ti)(t.userName)} of account ${(0,markdown/* inlineCode */.ti)(t.userAccountId)}` : `account ${(0,markdown/* inlineCode */.ti)(t.userAccountId)}`;
        parts.push(`\nChecked together for role ${(0,markdown/* inlineCode */.ti)((0,documents/* roleArnFor */.v0)(t))}, assumed by ${who}${t.kms ? ', with KMS' : ''}.\n`);
    }
    if (input.sarifFile)
        parts.push(`\nSARIF report: ${(0,markdown/* inlineCode */.ti)(input.sarifFile)}.\n`);
    const tail = [];
    tail.push('\n### Files\n\n');
    if (input.files.length === 0)
        tail.push('No file was validated.\n');
    else {
        const byFile = new Map();
        for (const f of input.findings)
            byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
        tail.push((0,markdown/* table */.tp)(['File', 'Kind', 'Errors', 'Warnings', 'Notices'], input.files.map((file) => {
            const c = countBySeverity(byFile.get(file.file) ?? []);
            return [(0,markdown/* cellCode */.GA)(file.file), file.kind, String(c.error), String(c.warning), String(c.notice)];
        })));
    }
    if (input.skipped.length > 0) {
        tail.push('\n### Skipped\n\n');
        tail.push((0,markdown/* table */.tp)(['Path', 'Why'], input.skipped.map((s) => [(0,markdown/* cellCode */.GA)(s.path), (0,markdown/* cellText */.Ie)(s.reason)])));
    }
    if (input.findings.length > 0) {
        parts.push('\n### Findings\n\n');
        const headers = ['Location', 'Severity', 'Code', 'Message', 'Hint'];
        const rows = [];
        let used = byteLength(parts.join('')) + byteLength(tail.join('')) + byteLength((0,markdown/* table */.tp)(headers, [])) + 400;
        for (const f of input.findings) {
            const row = rowOf(f, input.linkBase);
            // A table row is "| " + cells joined by " | " + " |\n".
            used += byteLength(row.join(' | ')) + 5;
            if (used > budgetBytes)
                break;
            rows.push(row);
        }
        const shown = rows.length;
        parts.push((0,markdown/* table */.tp)(headers, rows));
        if (shown < input.findings.length) {
            parts.push(`\n${input.findings.length - shown} more finding${input.findings.length - shown === 1 ? ' is' : 's are'} not shown: a job summary is limited to 1 MiB. ` +
                'Every finding is in the `findings` output' +
                (input.sarifFile ? ' and the SARIF report.\n' : '.\n'));
        }
    }
    parts.push(...tail);
    return parts.join('');
}
function rowOf(f, linkBase) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const location = linkBase ? (0,markdown/* link */.nf)(where, `${linkBase}${(0,markdown/* urlPath */.Lx)(f.file)}#L${f.line}`) : (0,markdown/* cellCode */.GA)(where);
    const check = checkFor(f.code);
    const code = check ? `${(0,markdown/* inlineCode */.ti)(f.code)} ${(0,markdown/* inlineText */.ln)(check.name)}` : (0,markdown/* inlineCode */.ti)(f.code);
    return [location, SEVERITY_LABEL[f.severity], code, (0,markdown/* cellText */.Ie)(f.message), (0,markdown/* cellText */.Ie)(f.hint)];
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/async.ts
var core_async = __webpack_require__(33787);
;// CONCATENATED MODULE: ./src/workspace/discover.ts




/** IAM's largest document is far smaller; a bigger file is not a policy, and reading it would only cost memory. */
const MAX_POLICY_BYTES = 1024 * 1024;
/** Never walked: version-control internals and installed packages are not the repository's policies. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
async function discoverPolicyFiles(workspace, globs, maxBytes = MAX_POLICY_BYTES) {
    const root = await (0,promises_.realpath)(workspace);
    const skipped = [];
    for (const glob of globs) {
        if (glob.outside)
            skipped.push({ path: glob.pattern, reason: `the glob ${glob.outside}: only files inside the workspace are read` });
    }
    const matcher = policyFileMatcher(globs);
    const matched = new Set();
    const files = [];
    const mayHoldMatches = (rel) => matcher.mayHoldMatches(rel);
    /** The include globs that select a path, after exclusions; [] when none. */
    const matchersFor = (rel) => {
        const { hits, excluded } = matcher.match(rel);
        for (const g of hits)
            matched.add(g);
        return excluded ? [] : hits;
    };
    const inside = (real) => real === root || real.startsWith(root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep);
    // Real paths of the folders walked: a symlink to one of them is not walked again.
    const visitedDirs = new Set([root]);
    const queue = [{ rel: '', abs: root }];
    while (queue.length > 0) {
        const dir = queue.shift();
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir.abs, { withFileTypes: true });
        }
        catch (error) {
            skipped.push({ path: dir.rel || '.', reason: `the folder could not be listed (${codeOf(error)})` });
            continue;
        }
        // Look everything up at once, then decide in listing order, so that the
        // outcome does not depend on which lookup finishes first.
        const looked = await Promise.all(entries.filter((e) => !SKIPPED_DIRS.has(e.name)).map((e) => lookUp(dir, e)));
        for (const item of looked) {
            if (!item)
                continue;
            const { rel } = item;
            if (item.type === 'dir') {
                if (item.real === undefined) {
                    visitedDirs.add(item.abs);
                    queue.push({ rel, abs: item.abs });
                }
                else if (!inside(item.real))
                    skipped.push({ path: rel, reason: 'is a symbolic link to a folder outside the workspace' });
                else if (!visitedDirs.has(item.real)) {
                    visitedDirs.add(item.real);
                    queue.push({ rel, abs: item.real });
                }
            }
            else if (item.type === 'broken') {
                skipped.push({ path: rel, reason: `is a symbolic link that leads nowhere (${item.code})` });
            }
            else if (!inside(item.real)) {
                skipped.push({ path: rel, reason: 'is a symbolic link to a file outside the workspace' });
            }
            else
                addFile(rel, item.real, item.hits, item.info);
        }
    }
    /** What one directory entry is, reading only metadata; undefined when no glob wants it. */
    async function lookUp(dir, entry) {
        const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
        const abs = external_node_path_default().join(dir.abs, entry.name);
        if (entry.isDirectory())
            return mayHoldMatches(rel) ? { type: 'dir', rel, abs } : undefined;
        if (entry.isSymbolicLink()) {
            let real;
            try {
                real = await (0,promises_.realpath)(abs);
            }
            catch (error) {
                return matchersFor(rel).length > 0 ? { type: 'broken', rel, code: codeOf(error) } : undefined;
            }
            const target = await (0,promises_.stat)(real).catch(() => undefined);
            if (target?.isDirectory())
                return mayHoldMatches(rel) ? { type: 'dir', rel, abs, real } : undefined;
            const hits = matchersFor(rel);
            return hits.length > 0 ? { type: 'file', rel, real, hits, info: target } : undefined;
        }
        const hits = matchersFor(rel);
        if (hits.length === 0)
            return undefined;
        return { type: 'file', rel, real: abs, hits, info: entry.isFile() ? await (0,promises_.stat)(abs).catch(() => undefined) : undefined };
    }
    function addFile(rel, real, hits, info) {
        if (!info || !info.isFile()) {
            skipped.push({ path: rel, reason: 'is not a regular file' });
            return;
        }
        if (info.size > maxBytes) {
            skipped.push({ path: rel, reason: `is ${info.size} bytes, over the ${formatBytes(maxBytes)} limit for a policy file` });
            return;
        }
        const kind = hits.find((g) => g.kind)?.kind;
        files.push({ path: rel, realPath: real, size: Number(info.size), ...(kind ? { kind } : {}) });
    }
    files.sort((a, b) => compareText(a.path, b.path));
    skipped.sort((a, b) => compareText(a.path, b.path));
    return { files, skipped, unmatched: matcher.includes.filter((g) => !matched.has(g)) };
}
/**
 * Reads a found file, at most `maxBytes` of it: a file that grew past the
 * limit since it was listed is skipped rather than read in full.
 */
async function readFoundFile(file, maxBytes = MAX_POLICY_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(file.realPath, 'r');
    }
    catch (error) {
        return { ok: false, reason: `could not be opened (${codeOf(error)})` };
    }
    try {
        const buffer = Buffer.alloc(Math.min(maxBytes, Math.max(file.size, 0)) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            return { ok: false, reason: `grew over the ${formatBytes(maxBytes)} limit for a policy file while it was read` };
        if (length === buffer.length) {
            // The file grew since it was listed but is still under the limit: read the rest.
            return readFoundFile({ ...file, size: maxBytes }, maxBytes);
        }
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return { ok: false, reason: `could not be read (${codeOf(error)})` };
    }
    finally {
        await handle.close();
    }
}
/** Reads many files, a few at a time (the disk, not the CPU, is what waits); outcomes in the files' order. */
function readFoundFiles(files, maxBytes = MAX_POLICY_BYTES, concurrency = 16) {
    return (0,core_async/* mapLimited */.b)(files, concurrency, (file) => readFoundFile(file, maxBytes));
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
function codeOf(error) {
    const code = error?.code;
    return code ?? (0,core_async/* messageOf */.u)(error);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/modes/read-inputs.ts
var read_inputs = __webpack_require__(62986);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/event.ts
// The event that started the run, read from GITHUB_EVENT_PATH here rather
// than through @actions/github's `context`, which parses the file when the
// package is imported and so would fail the whole step on an event file that
// is not JSON. A missing or unreadable file is a value: validate still lints
// and reports, and the review says why it was skipped.

/** Event payloads are small; a larger file is not read. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
let runEvent;
/** This run's event, read once (the guard below may hide the path afterwards). */
function readRunEvent() {
    runEvent ??= readEventFrom(process.env);
    return runEvent;
}
/**
 * @actions/github builds its `context` when it is imported, and that
 * constructor's JSON.parse throws on an event file that is not JSON, which
 * would fail the step before validate could report anything. Called before
 * the package is imported (src/github/event-guard.ts): the event is read here
 * once and, when it cannot be read, the path is hidden from that constructor.
 */
function guardEventPath() {
    if (readRunEvent().problem && process.env.GITHUB_EVENT_PATH)
        delete process.env.GITHUB_EVENT_PATH;
}
function readEventFrom(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: {}, problem: 'GITHUB_EVENT_PATH is not set' };
    let text;
    try {
        const bytes = (0,external_node_fs_.readFileSync)(file);
        if (bytes.length > MAX_EVENT_BYTES)
            return { name, payload: {}, problem: `the event file ${file} is over 25 MiB` };
        text = bytes.toString('utf8');
    }
    catch (error) {
        const code = error.code;
        return { name, payload: {}, problem: code === 'ENOENT' ? `the event file ${file} does not exist` : `the event file ${file} cannot be read (${code ?? 'error'})` };
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch {
        return { name, payload: {}, problem: `the event file ${file} is not JSON` };
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
        return { name, payload: {}, problem: `the event file ${file} does not hold a JSON object` };
    return { name, payload: payload };
}
/** owner/repo from GITHUB_REPOSITORY, else from the payload's repository. */
function repositoryOf(event, env = process.env) {
    const full = env.GITHUB_REPOSITORY;
    if (full && /^[^/]+\/[^/]+$/.test(full)) {
        const [owner, repo] = full.split('/');
        return { owner, repo };
    }
    const repository = event.payload.repository;
    if (typeof repository?.name === 'string' && typeof repository.owner?.login === 'string')
        return { owner: repository.owner.login, repo: repository.name };
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/github/local-git.ts
// File versions from the local checkout, when it holds both commits: no API
// request, and all versions through ONE `git cat-file --batch` process (not
// one process per file). The size in each answer's header is checked against
// the cap before the content is read: a version over it is passed over as it
// streams by, never held in memory. git runs with argument arrays, never
// through a shell.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, windowsHide: true }, (error) => resolve(!error));
    });
}
/** True when the checkout at `cwd` has every one of these commits. */
async function hasCommits(cwd, shas) {
    for (const sha of shas) {
        if (!SHA.test(sha))
            return false;
        if (!(await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])))
            return false;
    }
    return true;
}
/**
 * One `git cat-file --batch` for the whole review. Requests are answered in
 * order; `read` may be called many times before earlier answers arrive.
 */
class GitVersionReader {
    maxBytes;
    child;
    pending = [];
    buffer = Buffer.alloc(0);
    /** The answer being read: its header said a blob of this size. */
    body;
    failed;
    constructor(cwd, maxBytes) {
        this.maxBytes = maxBytes;
        this.child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk) => this.take(chunk));
        this.child.stderr.resume();
        const fail = (error) => {
            this.failed = error;
            for (const p of this.pending.splice(0))
                p.reject(error);
        };
        this.child.on('error', fail);
        this.child.on('close', (code) => fail(new Error(`git cat-file --batch ended (exit ${code})`)));
        this.child.stdin.on('error', () => undefined); // reported through 'close'
    }
    /** The file at `path` in commit `sha`. */
    read(sha, path) {
        if (!SHA.test(sha))
            return Promise.reject(new Error(`not a commit id: ${sha}`));
        if (/[\r\n\0]/.test(path))
            return Promise.resolve({ kind: 'unreadable', reason: 'its path holds a line break or NUL, which git cat-file --batch cannot be asked for' });
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            this.child.stdin.write(`${sha}:${path}\n`);
        });
    }
    close() {
        this.child.stdin.end();
    }
    take(chunk) {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            if (this.body) {
                // Content plus the newline git writes after it.
                const need = this.body.size + 1 - this.body.got;
                const part = this.buffer.subarray(0, Math.min(need, this.buffer.length));
                if (this.body.keep)
                    this.body.chunks.push(part);
                this.body.got += part.length;
                this.buffer = this.buffer.subarray(part.length);
                if (this.body.got < this.body.size + 1)
                    return;
                const { size, keep, chunks } = this.body;
                this.body = undefined;
                const answer = keep ? { kind: 'text', text: Buffer.concat(chunks).subarray(0, size).toString('utf8') } : { kind: 'too-large', size };
                this.pending.shift()?.resolve(answer);
                continue;
            }
            const end = this.buffer.indexOf(10);
            if (end === -1)
                return;
            const header = this.buffer.subarray(0, end).toString('utf8');
            this.buffer = this.buffer.subarray(end + 1);
            // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
            const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (!m) {
                this.pending.shift()?.resolve({ kind: 'missing' });
                continue;
            }
            const size = Number(m[2]);
            const isBlob = m[1] === 'blob';
            this.body = { size, keep: isBlob && size <= this.maxBytes, chunks: [], got: 0 };
            if (!isBlob) {
                // A tree or a commit (submodule) at that path: not a file. Its content still streams by.
                const pending = this.pending.shift();
                this.pending.unshift({ resolve: () => pending?.resolve({ kind: 'missing' }), reject: (e) => pending?.reject(e) });
            }
        }
    }
}
/** One file's text at a commit (one process; the review uses GitVersionReader); undefined when missing or over `maxBytes`. */
async function showFile(cwd, sha, path, maxBytes = Number.MAX_SAFE_INTEGER) {
    const reader = new GitVersionReader(cwd, maxBytes);
    try {
        const version = await reader.read(sha, path);
        return version.kind === 'text' ? version.text : undefined;
    }
    finally {
        reader.close();
    }
}

// EXTERNAL MODULE: ./src/modes/review-worker.ts + 2 modules
var review_worker = __webpack_require__(62588);
;// CONCATENATED MODULE: ./src/github/event-guard.ts
// Imported for its effect, before @actions/github: see guardEventPath.

guardEventPath();

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
// The one place an Octokit is made: Actions' defaults (proxy, user agent),
// GITHUB_API_URL for GitHub Enterprise Server, and the retry and throttling
// plugins so that a 5xx or a rate limit is waited out rather than fatal.

// First: @actions/github must not see an event file that is not JSON.




function backoffUnitFromEnv() {
    const raw = process.env.RTC_GITHUB_BACKOFF_UNIT_MS;
    if (raw === undefined || raw === '')
        return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
}
function createGitHubClient(token, options = {}) {
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const unit = options.backoffUnitMs ?? backoffUnitFromEnv() ?? 1000;
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const waitOrGiveUp = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < retries && retryAfter <= maxWait;
        core.warning(`GitHub ${kind} for ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}.`);
        return retrying;
    };
    const WithPlugins = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    return new WithPlugins((0,utils/* getOctokitOptions */.EG)(token, {
        baseUrl,
        retry: { retries, retryAfterBaseValue: unit },
        throttle: {
            enabled: options.throttle ?? true,
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOrGiveUp('rate limit'),
            onSecondaryRateLimit: waitOrGiveUp('secondary rate limit')
        }
    }));
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/** GitHub lists at most this many files of a pull request. */
const MAX_LISTED_FILES = 3000;
/** Events whose payload is a pull request. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * Which pull request this run reviews: the event's own, or the `pr-number`
 * input (the workflow_run pattern). Undefined when there is none: the run
 * is not a review.
 */
function pickPullRequest(eventName, payload, prNumberInput) {
    const input = prNumberInput.trim();
    if (input) {
        if (!/^[1-9]\d{0,9}$/.test(input))
            throw new PullRequestNumberError(input);
        const number = Number(input);
        const fromPayload = payload.pull_request?.number === number ? shasOf(payload) : {};
        const run = payload.workflow_run;
        const expected = eventName === 'workflow_run' && typeof run?.head_sha === 'string' ? { expectedHeadSha: run.head_sha } : {};
        return { number, ...fromPayload, ...expected };
    }
    if (!PULL_REQUEST_EVENTS.includes(eventName))
        return undefined;
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    return { number: pr.number, ...shasOf(payload) };
}
function shasOf(payload) {
    const pr = payload.pull_request;
    const base = pr?.base?.sha;
    const head = pr?.head?.sha;
    if (typeof base !== 'string' || typeof head !== 'string')
        return {};
    const out = { baseSha: base, headSha: head };
    if (pr?.state === 'open' || pr?.state === 'closed')
        out.state = pr.state;
    if (typeof pr?.locked === 'boolean')
        out.locked = pr.locked;
    return out;
}
class PullRequestNumberError extends Error {
    value;
    constructor(value) {
        super(`Input 'pr-number': '${value}' is not a pull request number. Expected a whole number such as 42.`);
        this.value = value;
    }
}
/** Completes a pick with the commits and state, asking GitHub only when the payload did not say. */
async function resolvePullRequest(client, repo, pick) {
    if (pick.baseSha && pick.headSha && pick.state && pick.locked !== undefined) {
        return { ...repo, number: pick.number, baseSha: pick.baseSha, headSha: pick.headSha, state: pick.state, locked: pick.locked };
    }
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: pick.number });
    return { ...repo, number: pick.number, baseSha: data.base.sha, headSha: data.head.sha, state: data.state === 'closed' ? 'closed' : 'open', locked: data.locked };
}
/** Every file the pull request changes (all pages; GitHub stops at 3,000). */
async function listChangedFiles(client, pr) {
    const entries = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    const files = entries.map((entry) => {
        const file = { path: entry.filename, status: entry.status };
        if (entry.previous_filename)
            file.previousPath = entry.previous_filename;
        return file;
    });
    return { files, capped: files.length >= MAX_LISTED_FILES };
}
/**
 * A file's version at a commit through the API, its size checked before its
 * content is downloaded: the JSON form says the size and, up to GitHub's
 * 1 MB, carries the content (base64); a file over `maxBytes` is never
 * downloaded; one between GitHub's 1 MB and `maxBytes` is fetched raw.
 */
async function fetchFileVersion(client, repo, path, ref, maxBytes) {
    let data;
    try {
        ;
        ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { kind: 'missing' };
        throw error;
    }
    const entry = data;
    if (Array.isArray(data) || entry.type !== 'file' || typeof entry.size !== 'number')
        return { kind: 'missing' };
    if (entry.size > maxBytes)
        return { kind: 'too-large', size: entry.size };
    if (entry.encoding === 'base64' && typeof entry.content === 'string') {
        const bytes = Buffer.from(entry.content, 'base64');
        if (bytes.length === entry.size)
            return { kind: 'text', text: bytes.toString('utf8') };
    }
    const text = await fetchFileText(client, repo, path, ref);
    if (text === undefined)
        return { kind: 'missing' };
    if (Buffer.byteLength(text, 'utf8') > maxBytes)
        return { kind: 'too-large', size: Buffer.byteLength(text, 'utf8') };
    return { kind: 'text', text };
}
/**
 * A file's text at a commit, through the API (raw media type, so no base64
 * and no 1 MB limit). Undefined when the file is not there at that commit.
 */
async function fetchFileText(client, repo, path, ref) {
    try {
        const response = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        // With the raw media type the body is the file itself, not an object:
        // text when GitHub names a charset, bytes otherwise.
        const data = response.data;
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return new TextDecoder('utf-8').decode(data);
        throw new Error(`GitHub answered ${path}@${ref} with ${typeof data}, not the raw file`);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
function statusOf(error) {
    if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number')
        return error.status;
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/permission.ts
// What to tell the user when GitHub refuses: which permission is missing, or
// why no permission can help (a fork's read-only token).


const TWO_WORKFLOWS = "On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for: use the two-workflow pattern (a pull_request workflow validates and uploads the results; a workflow_run workflow with 'pull-requests: write' runs this action with pr-number to comment).";
/** A warning for a refusal, or undefined when the error is not one. */
function refusalWarning(error, step, fromFork) {
    const status = statusOf(error);
    if (status !== 403 && status !== 401 && status !== 404)
        return undefined;
    const said = (0,core_async/* messageOf */.u)(error);
    if (step === 'read') {
        return `Pull-request review skipped: GitHub answered ${status} (${said}) when reading the pull request. The token needs 'pull-requests: read' and 'contents: read'. The findings are in the job summary.`;
    }
    const permission = "The job needs 'permissions: pull-requests: write' (or a token that may comment on pull requests).";
    return `Pull-request comment not written: GitHub answered ${status} (${said}). ${fromFork ? `${TWO_WORKFLOWS} ${permission}` : `${permission} ${TWO_WORKFLOWS}`} The findings are in the job summary.`;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
// One comment per pull request per workflow and tag, edited in place. A
// comment is ours only when the token's own identity wrote it AND its last
// line is our marker (workflow and tag): a marker pasted into somebody
// else's comment, another workflow's or another app's comment, or one quoted
// inside a body (a diff line; repository text never spells '<!--' in our
// bodies anyway) never makes a comment ours. Nothing else is edited or deleted.


/** GitHub refuses comment bodies longer than this (in characters). */
const COMMENT_LIMIT = 65_536;
const MARKER_PREFIX = '<!-- redshift-temp-creds-action review';
/**
 * The hidden line that names the comment: the workflow (every workflow of a
 * repository comments as the same github-actions[bot]) and the tag.
 * Percent-encoded so that neither can close the HTML comment early or differ
 * only by spacing.
 */
function commentMarker(tag, workflow = '') {
    return `${MARKER_PREFIX}${workflow ? ` workflow=${encodeURIComponent(workflow)}` : ''} tag=${encodeURIComponent(tag)} -->`;
}
/**
 * Which workflow this run is: its file (GITHUB_WORKFLOW_REF without the
 * ref, stable across branches), else its name.
 */
function workflowKey(env = process.env) {
    const ref = env.GITHUB_WORKFLOW_REF;
    if (ref)
        return ref.replace(/@[^@]*$/, '');
    return env.GITHUB_WORKFLOW ?? '';
}
/**
 * The default tag: workflow and job. Matrix legs share the job id, so a
 * short hash of what the leg validates (its policy-files) tells them apart.
 */
function defaultCommentTag(workflow, job, distinguishing) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(distinguishing).digest('hex').slice(0, 8);
    return `${workflow}/${job}#${hash}`;
}
/**
 * Installation tokens start with ghs_ and cannot call GET /user: skip a
 * request that can only fail. Other tokens (PATs) say who they are.
 */
async function tokenIdentity(client, token) {
    if (token.startsWith('ghs_'))
        return { kind: 'app' };
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { kind: 'user', login: data.login, id: data.id };
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 401)
            return { kind: 'app' };
        throw error;
    }
}
/** The Actions app's bot, as GitHub names the GITHUB_TOKEN's comments. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };
function writtenBy(comment, identity) {
    const user = comment.user;
    if (!user)
        return false;
    if (identity.kind === 'user')
        return user.id === identity.id;
    const app = comment.performed_via_github_app;
    return user.login === ACTIONS_BOT.login && user.id === ACTIONS_BOT.id && (app == null || app.slug === 'github-actions');
}
/** Our marker on the last line of the body, where we write it; anywhere else it does not count. */
function carriesMarker(comment, marker) {
    const lines = (comment.body ?? '').replace(/\s+$/, '').split('\n');
    return lines[lines.length - 1].trim() === marker;
}
/** Our comments with this marker, oldest (lowest id) first. */
async function findStickyComments(client, issue, marker, identity) {
    const comments = (await client.paginate(client.rest.issues.listComments, {
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        per_page: 100
    }));
    return comments.filter((c) => writtenBy(c, identity) && carriesMarker(c, marker)).sort((a, b) => a.id - b.id);
}
function withMarker(body, marker) {
    const full = `${body.replace(/\n*$/, '')}\n\n${marker}\n`;
    if (full.length > COMMENT_LIMIT)
        throw new Error(`comment body is ${full.length} characters; the builder must keep it under ${COMMENT_LIMIT}`);
    return full;
}
/**
 * Edits our comment for this tag, or creates it. Two runs for one PR at
 * once can both find none and both create one; each run therefore lists
 * again after creating. Ids grow with creation time, so the run that made
 * the newer comment always sees the older one: it deletes its own and
 * edits the oldest, and exactly one comment is left whichever run ends last.
 */
async function upsertStickyComment(client, issue, tag, body, options) {
    const marker = commentMarker(tag, options.workflow ?? '');
    const fullBody = withMarker(body, marker);
    const repo = { owner: issue.owner, repo: issue.repo };
    const existing = await findStickyComments(client, issue, marker, options.identity);
    if (existing.length > 0) {
        const [kept, ...extra] = existing;
        if (options.edit === false)
            return { action: 'none', id: kept.id, url: kept.html_url };
        // Left over from an earlier race: tidy up so the PR shows one.
        for (const comment of extra)
            await deleteIfPresent(client, repo, comment.id);
        if (kept.body === fullBody)
            return { action: 'none', id: kept.id, url: kept.html_url };
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: fullBody });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (!options.create)
        return { action: 'none' };
    const { data: created } = await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fullBody });
    const identity = options.identity.kind === 'user' || !created.user ? options.identity : { kind: 'user', login: created.user.login, id: created.user.id };
    const after = await findStickyComments(client, issue, marker, identity);
    const oldest = after[0];
    if (!oldest || oldest.id >= created.id)
        return { action: 'created', id: created.id, url: created.html_url };
    // Another run created one first: ours goes, theirs carries our (newer) findings.
    await deleteIfPresent(client, repo, created.id);
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: fullBody });
    return { action: 'updated', id: data.id, url: data.html_url };
}
async function deleteIfPresent(client, repo, commentId) {
    try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: commentId });
    }
    catch (error) {
        // The other run may have deleted it already.
        if (statusOf(error) !== 404)
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/report/review-comment.ts

const VERDICT_TEXT = {
    broadens: '🔴 **Broadens access**',
    narrows: '🟢 **Narrows access**',
    mixed: '🟠 **Broadens and narrows access**',
    none: '⚪ **No change in access**',
    invalid: '❌ **Invalid documents**',
    incomplete: '⚠️ **Not fully reviewed**'
};
const RATING_TEXT = { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', neutral: '⚪ neutral' };
const SEVERITY_TEXT = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const REVIEW_TITLE = '### IAM policy review';
/** One answer for several changes: mixed when some broaden and others narrow. */
function combineAccess(changes) {
    const broadens = changes.some((c) => c === 'broadens' || c === 'mixed');
    const narrows = changes.some((c) => c === 'narrows' || c === 'mixed');
    if (broadens && narrows)
        return 'mixed';
    if (broadens)
        return 'broadens';
    if (narrows)
        return 'narrows';
    return 'none';
}
/** Invalid head documents come first: nobody should merge what IAM would refuse. */
function verdictOf(files) {
    if (files.some((f) => f.invalid !== undefined && f.notReviewed === undefined))
        return 'invalid';
    const access = combineAccess(files.filter((f) => f.notReviewed === undefined).map((f) => f.accessChange));
    // A file that was not reviewed is never counted as unchanged.
    return access === 'none' && files.some((f) => f.notReviewed !== undefined) ? 'incomplete' : access;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function verdictLine(files) {
    const verdict = verdictOf(files);
    const unreviewed = files.filter((f) => f.notReviewed !== undefined).length;
    const invalid = files.filter((f) => f.invalid !== undefined && f.notReviewed === undefined).length;
    const valid = files.filter((f) => f.invalid === undefined && f.notReviewed === undefined);
    const count = (c) => valid.filter((f) => f.accessChange === c).length;
    const parts = [];
    if (unreviewed)
        parts.push(`${plural(unreviewed, 'file')} not reviewed (over a size, time or memory budget)`);
    if (invalid)
        parts.push(`${plural(invalid, 'file')} cannot be read as a policy`);
    const broad = count('broadens') + count('mixed');
    const narrow = count('narrows') + count('mixed');
    if (broad)
        parts.push(`${plural(broad, 'file')} ${broad === 1 ? 'broadens' : 'broaden'} access`);
    if (narrow)
        parts.push(`${plural(narrow, 'file')} ${narrow === 1 ? 'narrows' : 'narrow'} access`);
    if (!broad && !narrow && valid.length)
        parts.push(`${valid.length === files.length ? 'the' : 'the other'} ${plural(valid.length, 'change')} keep access as it was`);
    return `${VERDICT_TEXT[verdict]}: ${parts.join('; ')} (${plural(files.length, 'changed IAM file')}).`;
}
function accessText(f) {
    if (f.notReviewed !== undefined)
        return '⚠️ not reviewed';
    return f.invalid !== undefined ? '❌ invalid' : { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', none: '⚪ none' }[f.accessChange];
}
function findingsCount(f) {
    const errors = f.findings.filter((x) => x.severity === 'error').length;
    const warnings = f.findings.filter((x) => x.severity === 'warning').length;
    const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
    return parts.length ? parts.join(', ') : f.findings.length ? plural(f.findings.length, 'notice') : '—';
}
function summaryRow(f) {
    const status = f.status === 'renamed' && f.previousPath ? `renamed from ${(0,markdown/* cellCode */.GA)(f.previousPath)}` : f.status;
    return [(0,markdown/* cellCode */.GA)(f.path), status, accessText(f), findingsCount(f)];
}
/** The file's section without its text diff: heading, statement changes, findings. */
function fileCore(f, context) {
    const parts = [`\n#### ${(0,markdown/* inlineCode */.ti)(f.path)} — ${accessText(f)}\n\n`];
    if (f.status === 'renamed' && f.previousPath)
        parts.push(`Renamed from ${(0,markdown/* inlineCode */.ti)(f.previousPath)}.\n\n`);
    if (f.notReviewed !== undefined) {
        parts.push(`**Not reviewed:** ${(0,markdown/* inlineText */.ln)(f.notReviewed)}\. Whether it changes access is not known; review it by hand.\n`);
        return parts.join('');
    }
    if (f.invalid !== undefined)
        parts.push(`The head version cannot be read as a policy: ${(0,markdown/* inlineText */.ln)(f.invalid)}\n\n`);
    if (f.note)
        parts.push(`${(0,markdown/* inlineText */.ln)(f.note)}\n\n`);
    if (f.invalid === undefined) {
        if (f.changes.length) {
            const withWhy = f.changes.some((c) => c.why !== undefined);
            const row = (c) => [(0,markdown/* cellText */.Ie)(c.statement), (0,markdown/* cellText */.Ie)(c.change), RATING_TEXT[c.rating], ...(withWhy ? [(0,markdown/* cellText */.Ie)(c.why ?? '')] : [])];
            parts.push((0,markdown/* table */.tp)(['Statement', 'Change', 'Rating', ...(withWhy ? ['Why'] : [])], f.changes.map(row)));
        }
        else {
            parts.push(f.status === 'removed' ? 'The file is removed; it held no statements.\n' : 'No statement changes its meaning.\n');
        }
    }
    if (f.status !== 'removed') {
        if (f.findings.length) {
            parts.push(`\n**Findings in the head version**\n\n`);
            for (const x of f.findings) {
                const where = context.blobBase ? (0,markdown/* link */.nf)(`line ${x.line}`, `${context.blobBase}${(0,markdown/* urlPath */.Lx)(f.path)}#L${x.line}`) : `line ${x.line}`;
                parts.push(`- ${SEVERITY_TEXT[x.severity]} ${where} ${(0,markdown/* inlineCode */.ti)(x.code)}: ${(0,markdown/* inlineText */.ln)(x.message)} ${(0,markdown/* inlineText */.ln)(x.hint)}\n`);
            }
        }
        else {
            parts.push('\nNo findings in the head version.\n');
        }
    }
    return parts.join('');
}
function fileDiff(f) {
    if (!f.textDiff)
        return '';
    return `\n${(0,markdown/* details */.zH)(`Text diff of ${f.path}`, (0,markdown/* codeBlock */.DV)(f.textDiff, 'diff'))}`;
}
function pointer(context) {
    const where = context.runUrl ? `the ${(0,markdown/* link */.nf)('job summary', context.runUrl)}` : 'the job summary';
    return context.artifactName ? `${where} and the ${(0,markdown/* inlineCode */.ti)(context.artifactName)} artifact` : where;
}
/**
 * The review, whole, when it fits `maxLength` characters; otherwise cut
 * whole pieces (text diffs first, then file sections from the last, then
 * summary rows) and say what was cut and where everything is.
 */
function reviewComment(files, context, maxLength = Infinity) {
    const head = `${REVIEW_TITLE}\n\n${verdictLine(files)}\n`;
    const capped = context.capped
        ? `\n> [!WARNING]\n> GitHub lists only the first 3,000 files of a pull request; IAM files beyond them are not reviewed here.\n`
        : '';
    const rows = files.map(summaryRow);
    const cores = files.map((f) => fileCore(f, context));
    const diffs = files.map((f) => fileDiff(f));
    const tableOf = (rowCount) => {
        const shown = rows.slice(0, rowCount);
        if (rowCount < rows.length)
            shown.push([`… ${plural(rows.length - rowCount, 'more file')}`, '', '', '']);
        return (0,markdown/* table */.tp)(['File', 'Change', 'Access', 'Findings'], shown);
    };
    const render = (rowCount, coreOn, diffOn, cutNote) => {
        const parts = [head, capped, '\n', tableOf(rowCount)];
        files.forEach((_f, i) => {
            if (coreOn[i])
                parts.push(cores[i], diffOn[i] ? diffs[i] : '');
        });
        parts.push(cutNote);
        return parts.join('');
    };
    const all = files.map(() => true);
    const whole = render(rows.length, all, all, '');
    if (whole.length <= maxLength)
        return { body: whole, cut: [] };
    // Too long: keep pieces in order of worth while they fit, counting
    // lengths rather than rendering (a PR may change thousands of files).
    const coreOn = files.map(() => false);
    const diffOn = files.map(() => false);
    let rowCount = rows.length;
    const cutNote = () => {
        const cut = [];
        const left = files.filter((_f, i) => !coreOn[i]);
        if (left.length)
            cut.push(`${plural(left.length, 'file section')} (${sectionNames(left)})`);
        const d = files.filter((f, i) => f.textDiff && !(coreOn[i] && diffOn[i])).length;
        if (d)
            cut.push(plural(d, 'text diff'));
        if (rowCount < rows.length)
            cut.push(`${plural(rows.length - rowCount, 'row')} of the file table`);
        const note = `\n---\n\n**Cut to fit GitHub's 65,536-character limit:** ${cut.join('; ')}. ${capitalise(pointer(context))} ${context.artifactName ? 'hold' : 'holds'} the whole review.\n`;
        return { cut, note };
    };
    // The note names the first few cut sections, which change as pieces go
    // in: room for the longest names keeps the final text under the limit.
    const slack = files
        .map((f) => (0,markdown/* inlineCode */.ti)(f.path).length + 2)
        .sort((a, b) => b - a)
        .slice(0, SECTION_NAMES_SHOWN)
        .reduce((a, b) => a + b, 0);
    const fixed = head.length + capped.length + 1 + slack;
    let kept = 0;
    const fits = (extra) => fixed + tableOf(rowCount).length + kept + extra + cutNote().note.length <= maxLength;
    // The file table shrinks only when even it alone does not fit (halving, then one by one).
    while (rowCount > 0 && !fits(0))
        rowCount = rowCount > 64 ? Math.floor(rowCount / 2) : rowCount - 1;
    for (let i = 0; i < files.length; i++) {
        coreOn[i] = true;
        if (fits(cores[i].length))
            kept += cores[i].length;
        else
            coreOn[i] = false;
    }
    for (let i = 0; i < files.length; i++) {
        if (!coreOn[i] || !diffs[i])
            continue;
        diffOn[i] = true;
        if (fits(diffs[i].length))
            kept += diffs[i].length;
        else
            diffOn[i] = false;
    }
    const { cut, note } = cutNote();
    const body = render(rowCount, coreOn, diffOn, note);
    if (body.length > maxLength)
        throw new Error(`the review's shortest form is ${body.length} characters, over ${maxLength}`);
    return { body, cut };
}
const SECTION_NAMES_SHOWN = 5;
function sectionNames(files) {
    const shown = files.slice(0, SECTION_NAMES_SHOWN).map((f) => (0,markdown/* inlineCode */.ti)(f.path));
    return files.length > shown.length ? `${shown.join(', ')} and ${files.length - shown.length} more` : shown.join(', ');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The comment once the pull request no longer changes any IAM file. */
function noPolicyFilesComment(patterns) {
    const globs = patterns.map((p) => (0,markdown/* inlineCode */.ti)(p)).join(', ');
    return `${REVIEW_TITLE}\n\n⚪ **No change in access**: this pull request no longer changes any IAM file matched by ${globs}.\n`;
}

;// CONCATENATED MODULE: ./src/modes/review.ts
// The pull-request review of a validate run: which IAM files the PR changes,
// their base and head versions, the semantic diff and the head's findings,
// one sticky comment and the outputs. GitHub refusing (a fork's read-only
// token, a missing permission) is a warning: the step's result is decided by
// validate's `fail-on` alone.














/** Is this run about a pull request? (A bad `pr-number` counts: runReview reports it.) */
function reviewsPullRequest() {
    const event = readRunEvent();
    try {
        return pickPullRequest(event.name, event.payload, core.getInput('pr-number')) !== undefined;
    }
    catch (error) {
        if (error instanceof PullRequestNumberError)
            return true;
        throw error;
    }
}
/**
 * Runs the review when this run is about a pull request (its event, or the
 * `pr-number` input); otherwise does nothing and returns undefined.
 */
async function runReview(request, options = {}) {
    const event = readRunEvent();
    const prNumberInput = core.getInput('pr-number');
    if (event.problem && (prNumberInput.trim() !== '' || PULL_REQUEST_EVENTS.includes(event.name) || event.name === 'workflow_run')) {
        // Which PR, its commits, and (workflow_run) which head was checked all come from the event.
        core.warning(`Pull-request review skipped: ${event.problem}. The findings above are reported as usual.`);
        return undefined;
    }
    let pick;
    try {
        pick = pickPullRequest(event.name, event.payload, prNumberInput);
    }
    catch (error) {
        if (!(error instanceof PullRequestNumberError))
            throw error;
        core.setFailed(error.message);
        return undefined;
    }
    if (!pick)
        return undefined;
    const token = core.getInput('github-token');
    if (!token) {
        core.warning("Pull-request review skipped: the 'github-token' input is empty. Leave it at its default (github.token) or pass a token that may read the pull request and comment on it.");
        return undefined;
    }
    const client = createGitHubClient(token);
    const repo = repositoryOf(event);
    if (!repo) {
        core.warning('Pull-request review skipped: GITHUB_REPOSITORY is not set and the event names no repository.');
        return undefined;
    }
    const fromFork = isFromFork(event.payload);
    let pr;
    let changed;
    try {
        pr = await resolvePullRequest(client, repo, pick);
        changed = await listChangedFiles(client, pr);
    }
    catch (error) {
        const warning = refusalWarning(error, 'read', fromFork);
        if (!warning && statusOf(error) === undefined)
            throw error;
        core.warning(warning ?? `Pull-request review skipped: reading pull request #${pick.number} failed (${(0,core_async/* messageOf */.u)(error)}).`);
        return undefined;
    }
    if (pick.expectedHeadSha && pick.expectedHeadSha !== pr.headSha) {
        core.warning(`Pull-request review skipped: pr-number ${pr.number} names a pull request whose head is ${pr.headSha}, but the workflow run that triggered this one ran on ${pick.expectedHeadSha} (workflow_run.head_sha). The number does not belong to that run (or the PR moved on since); nothing is commented.`);
        return undefined;
    }
    const iamFiles = selectPolicyFiles(changed.files, request.inputs.policyFiles);
    core.setOutput('changed-files', (0,json/* compactJson */.A)(iamFiles.map(changedFileOutput)));
    const local = await hasCommits(request.workspace, [pr.baseSha, pr.headSha]);
    // The same cap as validate: a version over it is named, never read.
    const reader = local ? new GitVersionReader(request.workspace, MAX_POLICY_BYTES) : undefined;
    const read = reader
        ? (sha, path) => reader.read(sha, path)
        : (sha, path) => fetchFileVersion(client, repo, path, sha, MAX_POLICY_BYTES);
    const budget = reviewBudget();
    const pool = new review_worker/* AnalysisPool */.XZ(iamFiles.length ? (0,review_worker/* bundleEntry */.xJ)() : undefined, budget.perFileMs, budget.perFileMemoryMb);
    let files;
    try {
        files = await (0,core_async/* mapLimited */.b)(iamFiles, local ? 1 : 4, (file) => reviewFile(file, pr, read, budget, pool));
    }
    finally {
        reader?.close();
        pool.close();
    }
    const accessChange = accessChangeOf(files);
    core.setOutput('access-change', accessChange);
    const reviewContext = {
        ...(runUrl() ? { runUrl: runUrl() } : {}),
        ...(options.artifactName ? { artifactName: options.artifactName } : {}),
        blobBase: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/`,
        capped: changed.capped
    };
    const tag = core.getInput('comment-tag').trim() || defaultCommentTag(process.env.GITHUB_WORKFLOW ?? '', process.env.GITHUB_JOB ?? '', core.getInput('policy-files'));
    const workflow = workflowKey();
    // The marker and the blank line before it come on top of the body.
    const room = COMMENT_LIMIT - commentMarker(tag, workflow).length - 3;
    const whole = iamFiles.length ? reviewComment(files, reviewContext).body : noPolicyFilesComment(request.inputs.policyFiles.map((g) => g.pattern));
    await (0,summary/* writeSummary */.S)(`\n${whole}`);
    const body = iamFiles.length ? reviewComment(files, reviewContext, room).body : whole;
    core.info(`Reviewed ${files.length} changed IAM file${files.length === 1 ? '' : 's'} of pull request #${pr.number} (${local ? 'versions from the local checkout' : 'versions from the API'}): ${verdictOf(files)}.`);
    let comment;
    try {
        const identity = await tokenIdentity(client, token);
        const closed = pr.state === 'closed' || pr.locked;
        if (closed) {
            core.notice(pr.locked
                ? `Pull request #${pr.number} is locked: no comment is written or edited. The review is in the job summary.`
                : `Pull request #${pr.number} is closed: no new comment is written; an earlier review comment of this job, if there is one, is brought up to date. The review is in the job summary.`);
        }
        comment = await upsertStickyComment(client, { ...repo, number: pr.number }, tag, body, {
            create: iamFiles.length > 0 && !closed,
            edit: !pr.locked,
            identity,
            workflow
        });
    }
    catch (error) {
        const warning = refusalWarning(error, 'comment', fromFork);
        if (!warning && statusOf(error) === undefined)
            throw error;
        const reason = warning ?? `Pull-request comment not written: ${(0,core_async/* messageOf */.u)(error)}. The review is in the job summary.`;
        core.warning(reason);
        comment = { action: 'skipped', reason };
    }
    if ('id' in comment && comment.id !== undefined) {
        core.setOutput('comment-id', String(comment.id));
        core.setOutput('comment-url', comment.url ?? '');
    }
    return { pullRequest: pr.number, files, accessChange, comment, source: local ? 'local' : 'api' };
}
/**
 * The changed files the globs select, as validate's discovery would select
 * them on disk: include globs without dot files unless spelled, exclusions
 * with them. A rename counts when either side matches.
 */
function selectPolicyFiles(changed, globs) {
    const matcher = policyFileMatcher(globs);
    const match = (path) => (path === undefined ? undefined : matcher.select(path));
    const out = [];
    for (const file of changed) {
        if (file.status === 'unchanged')
            continue;
        const now = match(file.path);
        const before = file.status === 'renamed' ? match(file.previousPath) : undefined;
        const kind = now?.kind ?? before?.kind;
        const withKind = (f) => (kind ? { ...f, kind } : f);
        if (file.status === 'renamed' && file.previousPath) {
            if (now && before)
                out.push(withKind({ path: file.path, status: 'renamed', previousPath: file.previousPath }));
            else if (now)
                out.push(withKind({ path: file.path, status: 'added' }));
            else if (before)
                out.push(withKind({ path: file.previousPath, status: 'removed' }));
            continue;
        }
        if (!now)
            continue;
        // A copy is a new file; 'changed' is GitHub's word for a mode change.
        const status = file.status === 'copied' ? 'added' : file.status === 'changed' ? 'modified' : file.status;
        out.push(withKind({ path: file.path, status }));
    }
    return out;
}
const REVIEW_BUDGET_MS = 120_000;
const FILE_BUDGET_MS = 20_000;
const REVIEW_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
function reviewBudget() {
    // RTC_REVIEW_BUDGET_MS / RTC_FILE_BUDGET_MS / RTC_FILE_MEMORY_MB let the tests shrink them.
    const ms = (name, fallback) => {
        const value = Number(process.env[name]);
        return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    return {
        deadline: Date.now() + ms('RTC_REVIEW_BUDGET_MS', REVIEW_BUDGET_MS),
        perFileMs: ms('RTC_FILE_BUDGET_MS', FILE_BUDGET_MS),
        perFileMemoryMb: ms('RTC_FILE_MEMORY_MB', review_worker/* FILE_MEMORY_BUDGET_MB */.rz),
        bytesLeft: ms('RTC_REVIEW_MEMORY_BYTES', REVIEW_MEMORY_BUDGET_BYTES)
    };
}
/** A file the review names but did not review, and why. */
function notReviewed(file, reason) {
    // Sound when unsure: a file nobody compared may broaden access, never "none".
    const review = { path: file.path, status: file.status, accessChange: 'broadens', notReviewed: reason, changes: [], findings: [], textDiff: '' };
    if (file.previousPath)
        review.previousPath = file.previousPath;
    return review;
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** Why a version cannot be reviewed; undefined when it can. */
function unreviewable(version, side) {
    if (version?.kind === 'too-large')
        return `over 1 MiB (the ${side} version is ${mib(version.size)})`;
    if (version?.kind === 'unreadable')
        return `the ${side} version cannot be read: ${version.reason}`;
    return undefined;
}
/**
 * The access-change output, one of the four documented values: a file that was
 * not reviewed (over a budget) counts as "broadens", since nothing shows it does not.
 */
function accessChangeOf(files) {
    return combineAccess(files.filter((f) => f.invalid === undefined || f.notReviewed !== undefined).map((f) => f.accessChange));
}
async function reviewFile(file, pr, read, budget, pool) {
    if (Date.now() > budget.deadline)
        return notReviewed(file, 'the review ran out of its time budget before this file');
    const started = Date.now();
    const basePath = file.previousPath ?? file.path;
    const [baseVersion, headVersion] = await Promise.all([
        file.status === 'added' ? undefined : read(pr.baseSha, basePath),
        file.status === 'removed' ? undefined : read(pr.headSha, file.path)
    ]);
    const skip = unreviewable(headVersion, 'head') ?? unreviewable(baseVersion, 'base');
    if (skip)
        return notReviewed(file, skip);
    const textOf = (v) => (v?.kind === 'text' ? v.text : undefined);
    budget.bytesLeft -= (textOf(baseVersion)?.length ?? 0) + (textOf(headVersion)?.length ?? 0);
    if (budget.bytesLeft < 0)
        return notReviewed(file, "the review's memory budget for file versions (256 MiB by default) was spent before this file");
    const input = { path: file.path, status: file.status };
    if (file.previousPath)
        input.previousPath = file.previousPath;
    if (file.kind)
        input.kind = file.kind;
    const baseText = textOf(baseVersion);
    const headText = textOf(headVersion);
    if (baseText !== undefined)
        input.baseText = baseText;
    if (headText !== undefined)
        input.headText = headText;
    const result = await pool.analyse(input);
    if (!result.ok)
        return notReviewed(file, result.reason);
    // In this thread (no worker) the analysis cannot be stopped midway: it is judged when done.
    if (Date.now() - started > budget.perFileMs)
        return notReviewed(file, `reviewing it took over the per-file budget of ${budget.perFileMs / 1000} s`);
    return result.review;
}
function changedFileOutput(file) {
    const out = { path: file.path, status: file.status };
    if (file.previousPath)
        out.previousPath = file.previousPath;
    return out;
}
function isFromFork(payload) {
    const pr = payload.pull_request;
    const head = pr?.head?.repo?.full_name;
    const base = pr?.base?.repo?.full_name;
    return head !== undefined && base !== undefined && head !== base;
}
function runUrl() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

;// CONCATENATED MODULE: ./src/modes/validate.ts
















const NO_MATCH_RULE = 'globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched)';
async function runValidate() {
    const inputs = (0,read_inputs/* readInputs */.K)(parseValidateInputs);
    if (!inputs)
        return;
    if (inputs.together?.externalId)
        core.setSecret(inputs.together.externalId);
    // Before anything is reported: a sarif-file outside the workspace or through a symlink is a bad input.
    const sarifTarget = inputs.sarifFile ? (0,files/* checkWriteTarget */.p7)('sarif-file', inputs.sarifFile, 'file') : undefined;
    if (sarifTarget && !sarifTarget.ok) {
        core.setFailed((0,input_error/* formatInputError */.i)(sarifTarget.error));
        return;
    }
    // On a pull request a glob may match nothing because the PR removed the
    // last file: the review must still run to say so, so it is a warning there.
    const outcome = await validateWorkspace(inputs, (0,files/* resolveInWorkspace */.z1)('.'), { unmatchedIsError: !reviewsPullRequest() });
    if ('input' in outcome) {
        core.setFailed((0,input_error/* formatInputError */.i)(outcome));
        return;
    }
    await reportOutcome(outcome);
    // ── Pull-request review ─────────────────────────────────────────────────
    // The review (src/modes/review.ts) is called here, with `outcome`: after
    // the findings are reported and before the exit decision, so a failing
    // validation still gets its comment.
    await runReview(outcome);
    decideExit(outcome);
}
/**
 * Finds, reads and validates the files. A glob that matched nothing comes
 * back as an InputError: nothing has been reported or written then.
 */
async function validateWorkspace(inputs, workspace, options = { unmatchedIsError: true }) {
    const discovery = await discoverPolicyFiles(workspace, inputs.policyFiles);
    for (const s of discovery.skipped)
        core.warning((0,markdown/* annotationText */.xr)(`Skipped ${s.path}: ${s.reason}.`), { title: 'Policy file not read' });
    if (discovery.unmatched.length > 0) {
        const n = discovery.unmatched.length;
        const list = discovery.unmatched.map((g) => `${JSON.stringify(g.pattern)} (line ${g.line})`).join(', ');
        const problem = `${n === 1 ? 'the glob' : `${n} globs`} ${list} matched no file`;
        if (options.unmatchedIsError)
            return { input: 'policy-files', problem, rule: NO_MATCH_RULE };
        core.warning(`Input 'policy-files': ${problem} in the checkout; the pull-request review goes on.`);
    }
    const skipped = [...discovery.skipped];
    const toLint = [];
    const reads = await readFoundFiles(discovery.files);
    for (const [i, file] of discovery.files.entries()) {
        const read = reads[i];
        if (!read.ok) {
            const s = { path: file.path, reason: read.reason };
            skipped.push(s);
            core.warning((0,markdown/* annotationText */.xr)(`Skipped ${s.path}: ${s.reason}.`), { title: 'Policy file not read' });
            continue;
        }
        toLint.push({ path: file.path, bytes: read.bytes, ...(file.kind ? { kind: file.kind } : {}) });
    }
    const result = validateFiles(toLint, inputs.together);
    for (const failure of result.failures) {
        // Bugs, not findings about the files: keep the stack for the debug log.
        if (failure.error instanceof Error && failure.error.stack)
            core.debug(failure.error.stack);
        if (failure.file === '')
            core.error(`The check that the documents work together failed: ${(0,core_async/* messageOf */.u)(failure.error)}`);
    }
    return { inputs, workspace, discovery, skipped, files: result.files, findings: result.findings, result };
}
/** Annotations, outputs, SARIF file and job summary: every finding, whatever `fail-on` says. */
async function reportOutcome(outcome) {
    const { inputs, findings, result } = outcome;
    emitAnnotations(findings);
    core.setOutput('findings', (0,json/* compactJson */.A)(findings));
    core.setOutput('errors', String(result.counts.error));
    core.setOutput('warnings', String(result.counts.warning));
    if (inputs.sarifFile) {
        const written = await writeSarif((0,files/* resolveInWorkspace */.z1)(inputs.sarifFile), sarifLogFor(findings));
        core.info(`Wrote the SARIF report to ${written}`);
    }
    const base = linkBase();
    await (0,summary/* writeSummary */.S)(validateSummary({
        files: outcome.files,
        findings,
        skipped: outcome.skipped,
        failOn: inputs.failOn,
        failure: failureOf(outcome),
        ...(inputs.together ? { together: inputs.together } : {}),
        ...(inputs.sarifFile ? { sarifFile: inputs.sarifFile } : {}),
        ...(base ? { linkBase: base } : {})
    }));
}
/** `fail-on` decides; a check that crashed fails the step whatever it says. */
function decideExit(outcome) {
    const failure = failureOf(outcome);
    if (failure)
        core.setFailed(`IAM policy validation failed: ${failure}`);
    else
        core.info(`Validated ${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'}: ${result(outcome)}`);
}
function failureOf(outcome) {
    const reason = failureReason(outcome.findings, outcome.inputs.failOn);
    if (reason)
        return reason;
    if (outcome.result.failures.some((f) => f.file === ''))
        return 'the check that the documents work together failed (see the error above)';
    return undefined;
}
function result(outcome) {
    return `${describeCounts(outcome.result.counts)} (fail-on: ${outcome.inputs.failOn})`;
}
/** Links each location in the summary to the file at the commit being checked. */
function linkBase() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
    return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}


/***/ })

};
