import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  PARTITIONS,
  actionsMatching,
  actionsMatching2,
  arnColons,
  arnFitsFormat,
  capitalised,
  catalogFormatPattern,
  comparisonWork,
  conditionKeyForms,
  conditionKeyNamespace,
  findAction,
  findConditionKey,
  findService,
  fitsFormat,
  fitsFormatLeaf,
  fitsFormatStrictly,
  groupDigits,
  hasVendorWildcard,
  isEveryAction,
  listText,
  lowerAction,
  matchesFormatPattern,
  rcpServices,
  readPolicyArn,
  serviceKeysOfAction,
  serviceOf,
  servicePrefixes,
  valueFormatOf,
  visibleText,
  withArticle
} from "./chunk-4P27VZC6.js";
import {
  AVAILABILITY_ZONE_NAME,
  OWNER_ACCOUNT_WORDS,
  REGION_NAME,
  ROLE_INLINE_POLICIES_MAX,
  VIA_SERVICE_NAME,
  actionMatches,
  arnMatches,
  arnPatternCovers,
  arnPatternsOverlap,
  bareIpv6WidestRange,
  documentValues,
  hasWildcard,
  isAccountId,
  isRegionNameAt,
  matchesWildcard,
  memberNamed,
  memorable,
  normalisePolicy,
  onServicePrincipalDomain,
  oncePerObject,
  parseJson,
  parseLeadingJson,
  parsePolicyVariable,
  patternCovers,
  positionAt,
  positionsOf,
  principalTypesOf,
  readAddressRange,
  readConditionValue,
  replaceBraces,
  splitArn,
  toValue,
  wholeAccountOf
} from "./chunk-WK53RSOG.js";

// src/core/clip-text.ts
function clipText(text, limit) {
  if (text.length <= limit) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${text.slice(0, end)}\u2026 [${groupDigits(text.length - end)} more characters]`;
}

// src/core/lint/finding.ts
var SEVERITY_ORDER = { notice: 0, warning: 1, error: 2 };
function oneLine(text) {
  return visibleText(text);
}
var HINT_MEMO_LIMIT = 2e3;
var hintMemo = /* @__PURE__ */ new Map();
function oneLineHint(hint) {
  let shown = hintMemo.get(hint);
  if (shown === void 0) {
    shown = oneLine(hint);
    if (hintMemo.size >= HINT_MEMO_LIMIT) hintMemo.clear();
    if (memorable(hint)) hintMemo.set(hint, shown);
  }
  return shown;
}

// src/core/validate/checks.ts
var NOT_UTF8 = {
  code: "RTC901",
  severity: "error",
  name: "file-not-utf8",
  title: "The file is not UTF-8",
  help: "IAM reads policy documents as UTF-8. The file holds a byte sequence that is not UTF-8 (often a file saved as Latin-1 by an editor); the validator read it with that character replaced, so other findings may point at the wrong text. A UTF-16 file with its byte order mark (what PowerShell's Out-File writes) is read as the text it holds and checked as usual, with this one finding. Save the file as UTF-8."
};
var VALIDATOR_FAILED = {
  code: "RTC902",
  severity: "error",
  name: "validator-failed",
  title: "The validator failed on this file",
  help: "The validator met something it did not expect in this file and could not finish checking it. This is a bug in the action, not necessarily in the file: the message names the failure; please report it with the file. The other files were checked."
};
var POLICY_IS_YAML = {
  code: "RTC903",
  severity: "error",
  name: "policy-is-yaml",
  title: "The policy file is YAML, not JSON",
  help: "IAM reads policy documents as JSON only. The file is written as YAML (a key like `Version:` without quotes or braces, a `- ` list, a `---` marker) or is named .yaml/.yml. Write the policy as JSON in a .json file. A YAML file is not checked further; a JSON file named .yaml is checked as JSON."
};
var FINDINGS_NOT_LISTED = {
  code: "RTC904",
  severity: "notice",
  name: "findings-not-listed",
  title: "The file has more findings than are listed",
  help: "A file lists at most 1,000 findings, and a run at most 500,000 in all (then each further file lists its most severe one), the most severe first; this notice counts the others by code. A file with that many is most often generated wrongly or not a policy (one key repeated thousands of times). Fix the findings listed and validate again to see the others."
};
var FILE_NOT_CHECKED = {
  code: "RTC905",
  severity: "error",
  name: "file-not-checked",
  title: "A path policy-files matches was not checked",
  help: "policy-files matches this path, but the validator did not read it: a file over 1 MiB (no AWS policy comes near: IAM's API takes a policy document of at most 131,072 characters, a KMS key policy 32 KB), a symbolic link out of the workspace, into .git or node_modules, or leading nowhere, a name that is not UTF-8, or a file or folder that cannot be read. A policy nobody checked does not pass: a pull request could otherwise add one past the limit to keep it from the checks. Make it a file the validator reads, or, when it is not a policy, leave it out of policy-files with a '!' line that names it."
};
var VALIDATE_CHECKS = [NOT_UTF8, VALIDATOR_FAILED, POLICY_IS_YAML, FINDINGS_NOT_LISTED, FILE_NOT_CHECKED];
function fileFinding(check3, file, at, message, hint) {
  return { file, line: at.line, column: at.column, code: check3.code, severity: check3.severity, message, hint };
}

// src/core/async.ts
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/core/validate/yaml.ts
var YAML_NAME = /\.ya?ml$/i;
var PLAIN_KEY = /^([A-Za-z_][\w.-]{0,63})[ \t]*:(?:[ \t]|$)/;
var SEQUENCE_ITEM = /^-(?:[ \t]|$)/;
var DOCUMENT_MARKER = /^(?:---|%YAML)(?:[ \t]|$)/;
var lineSearch = 0;
function firstSignificantLine(text) {
  let start = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineSearch += end + 1 - start;
    const raw = text.slice(start, end).replace(/\r$/, "");
    const trimmed = raw.trimStart();
    if (trimmed !== "" && !trimmed.startsWith("#")) return { line, column: raw.length - trimmed.length + 1, text: trimmed.trimEnd() };
    start = end + 1;
    line++;
  }
  return void 0;
}
function yamlShape(first) {
  if (DOCUMENT_MARKER.test(first.text)) return `the document marker '${first.text.slice(0, 3)}'`;
  if (SEQUENCE_ITEM.test(first.text)) return "a '- ' list item";
  const key = PLAIN_KEY.exec(first.text);
  if (key) return `the unquoted key '${key[1]}:'`;
  return void 0;
}
function yamlPolicyFinding(path, text) {
  const opening = text.charCodeAt(text.charCodeAt(0) === 65279 ? 1 : 0);
  if ((opening === 123 || opening === 91) && !YAML_NAME.test(path)) return void 0;
  const first = firstSignificantLine(text);
  const shape = first ? yamlShape(first) : void 0;
  const named = YAML_NAME.test(path);
  if (!shape && !named) return void 0;
  const base = { file: path, code: POLICY_IS_YAML.code, severity: POLICY_IS_YAML.severity };
  if (shape && first) {
    return {
      lintToo: false,
      finding: {
        ...base,
        line: first.line,
        column: first.column,
        message: `Policies must be JSON; this looks like YAML (${shape} on line ${first.line}). IAM reads policy documents as JSON only, so the file was not checked further.`,
        hint: "Write the policy as JSON and commit it as a .json file (for example `yq -o=json . policy.yaml > policy.json`)."
      }
    };
  }
  const jsonContent = first !== void 0 && (first.text.startsWith("{") || first.text.startsWith("["));
  return {
    lintToo: jsonContent,
    finding: {
      ...base,
      line: first?.line ?? 1,
      column: first?.column ?? 1,
      message: jsonContent ? `Policies must be JSON; this file is named as YAML (${path.slice(path.lastIndexOf("."))}) though it holds JSON. It was checked as JSON.` : `Policies must be JSON; this file is named as YAML (${path.slice(path.lastIndexOf("."))}), and it does not start with a JSON object. It was not checked further.`,
      hint: "Keep IAM policy documents as JSON in files named .json, so that editors, tools and reviewers read them as JSON."
    }
  };
}

// src/core/stored-apart.ts
function storedApart(text) {
  return (" " + text).slice(1);
}

// src/core/validate/findings-per-file.ts
var MAX_FINDINGS_PER_FILE = 1e3;
var MAX_FINDINGS_PER_RUN = 5e5;
var MAX_FINDING_TEXT_PER_RUN = 96 * 1024 * 1024;
var CLIPPED_FINDING_TEXT = 200;
var FindingTextBudget = class {
  constructor(left = MAX_FINDING_TEXT_PER_RUN) {
    this.left = left;
  }
  left;
  take(f) {
    const length = f.message.length + f.hint.length;
    if (length > this.left) {
      f.message = clippedCopy(f.message);
      f.hint = clippedCopy(f.hint);
    }
    this.left = Math.max(0, this.left - (f.message.length + f.hint.length));
    return f;
  }
};
function clippedCopy(text) {
  if (text.length <= CLIPPED_FINDING_TEXT) return text;
  return storedApart(clipText(text, CLIPPED_FINDING_TEXT));
}
function fileBudget(listed) {
  return Math.max(1, Math.min(MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN - listed));
}
var CODES_NAMED = 5;
var MOST_SEVERE_FIRST = ["error", "warning", "notice"];
function listedFindingsOf(file, findings, budget = MAX_FINDINGS_PER_FILE) {
  if (findings.length <= budget) return findings;
  const listed = [];
  const leftOut = /* @__PURE__ */ new Map();
  for (const severity of MOST_SEVERE_FIRST) {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (f.severity !== severity) continue;
      if (listed.length < budget) listed.push(f);
      else leftOut.set(f.code, (leftOut.get(f.code) ?? 0) + 1);
    }
  }
  const count = findings.length - listed.length;
  const byCode = [...leftOut].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const named = byCode.slice(0, CODES_NAMED).map(([code, n]) => `${groupDigits(n)} ${code}`);
  const others = byCode.slice(CODES_NAMED).reduce((sum, [, n]) => sum + n, 0);
  if (others > 0) named.push(`${groupDigits(others)} of ${byCode.length - CODES_NAMED} other code${byCode.length - CODES_NAMED === 1 ? "" : "s"}`);
  listed.push(
    fileFinding(
      FINDINGS_NOT_LISTED,
      file,
      { line: 1, column: 1 },
      `This file has ${groupDigits(findings.length)} findings; the ${budget === 1 ? "most severe is" : `${groupDigits(budget)} most severe are`} listed and ${groupDigits(count)} ${count === 1 ? "is" : "are"} not (${named.join(", ")}): ${budget === MAX_FINDINGS_PER_FILE ? `a file lists at most ${groupDigits(MAX_FINDINGS_PER_FILE)}` : `a run lists at most ${groupDigits(MAX_FINDINGS_PER_RUN)} in all, and the files before this one took the rest`}.`,
      "Fix the findings listed and validate again to see the others; a file with this many is most often generated wrongly or not a policy."
    )
  );
  return listed;
}

// src/core/validate/lint-files.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lossyUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
var WHOLE_FILE = { line: 1, column: 1 };
function lintFiles(inputs, lint, options = {}) {
  const files = [];
  const documents = [];
  const findings = [];
  const failures = [];
  const copies = new OwnCopies();
  const textBudget = new FindingTextBudget();
  for (const input of inputs) {
    const { text, finding } = decode(input);
    if (finding) findings.push(textBudget.take(finding));
    try {
      const linted = lintText(input.path, text, input.kind, lint);
      files.push(linted.notRead ? { file: linted.file, kind: linted.kind, notRead: linted.notRead } : { file: linted.file, kind: linted.kind });
      if (options.keepDocuments) documents.push(linted);
      for (const f of listedFindingsOf(linted.file, linted.findings, fileBudget(findings.length))) findings.push(options.keepDocuments ? textBudget.take(f) : detached(textBudget.take(f), copies));
    } catch (error) {
      failures.push({ file: input.path, error });
      findings.push(textBudget.take(validatorFailed(input.path, error)));
    }
  }
  return { files, documents, findings: sortFindings(findings), failures };
}
function detached(f, copies) {
  f.message = copies.of(f.message);
  f.hint = copies.of(f.hint);
  return f;
}
var OwnCopies = class {
  #copies = /* @__PURE__ */ new Map();
  of(text) {
    if (text.length < 13) return text;
    let copy = this.#copies.get(text);
    if (copy === void 0) {
      copy = storedApart(text);
      this.#copies.set(copy, copy);
    }
    return copy;
  }
};
function lintText(path, text, kind, lint) {
  const yaml = yamlPolicyFinding(path, text);
  const linted = lint(path, text, kind);
  if (!yaml) return linted;
  if (!yaml.lintToo) return { file: linted.file, kind: linted.kind, findings: [yaml.finding], notRead: "YAML, not checked" };
  return { ...linted, findings: [yaml.finding, ...linted.findings] };
}
function decode(input) {
  if ("text" in input) return { text: input.text };
  const wide = utf16Text(input.bytes);
  if (wide) {
    return {
      text: wide.text,
      finding: fileFinding(
        NOT_UTF8,
        input.path,
        WHOLE_FILE,
        `The file is UTF-16 (${wide.order}, with a byte order mark), not UTF-8; it was checked as the text it holds.`,
        "Save the file as UTF-8 (IAM reads policy documents as UTF-8; in PowerShell, Out-File -Encoding utf8 or Set-Content -Encoding utf8)."
      )
    };
  }
  try {
    return { text: strictUtf8.decode(input.bytes) };
  } catch {
    const bad = firstInvalidUtf8(input.bytes);
    const before = lossyUtf8.decode(input.bytes.subarray(0, bad));
    const at = positionAt(before, before.length);
    return {
      text: lossyUtf8.decode(input.bytes),
      finding: fileFinding(
        NOT_UTF8,
        input.path,
        at,
        `The file is not UTF-8: byte 0x${input.bytes[bad].toString(16).padStart(2, "0")} at offset ${bad} does not start or continue a UTF-8 character.`,
        "Save the file as UTF-8 (IAM reads policy documents as UTF-8)."
      )
    };
  }
}
var utf16le = new TextDecoder("utf-16le", { fatal: false });
function utf16Text(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return { text: utf16le.decode(bytes.subarray(2)), order: "little-endian" };
  if (bytes[0] === 254 && bytes[1] === 255) {
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1];
      swapped[i - 1] = bytes[i];
    }
    if (bytes.length % 2 === 1) swapped[swapped.length - 1] = bytes[bytes.length - 1];
    return { text: utf16le.decode(swapped), order: "big-endian" };
  }
  return void 0;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    let max = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) need = 2;
    else if (b >= 240 && b <= 244) need = 3;
    else return i;
    min = b === 224 ? 160 : b === 240 ? 144 : 128;
    if (b === 237) max = 159;
    if (b === 244) max = 143;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || c < (k === 1 ? min : 128) || c > (k === 1 ? max : 191)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
function validatorFailed(file, error) {
  const reason = messageOf(error);
  return fileFinding(
    VALIDATOR_FAILED,
    file,
    WHOLE_FILE,
    `The validator failed on this file and did not check it: ${reason.split(/\r?\n/)[0]}`,
    "This is a bug in the action: please report it with the file. The other files were checked."
  );
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  const out = [];
  for (let j = 0, byFile = findingsByFile(findings); j < byFile.length; j++) {
    const list = byFile[j];
    if (list.length > 1) list.sort(compareInFile);
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      const prev = list[i - 1];
      if (prev && prev.line === f.line && prev.column === f.column && prev.code === f.code && prev.message === f.message) continue;
      out.push(f);
    }
  }
  return out;
}
function findingsByFile(findings) {
  const runs = [];
  let run = [];
  let ascending = true;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const runFile = run.length > 0 ? run[0].file : void 0;
    if (f.file !== runFile) {
      if (runFile !== void 0 && !(runFile < f.file)) ascending = false;
      runs.push(run = []);
    }
    run.push(f);
  }
  if (ascending) return runs;
  const byFile = /* @__PURE__ */ new Map();
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const list = byFile.get(r[0].file);
    if (!list) byFile.set(r[0].file, r);
    else for (let j = 0; j < r.length; j++) list.push(r[j]);
  }
  return [...byFile.keys()].sort(compareText).map((file) => byFile.get(file));
}
function compareInFile(a, b) {
  return a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.code, b.code) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/lint/kinds/names.ts
var POLICY_KINDS = ["identity", "trust", "resource", "scp", "rcp", "endpoint", "boundary"];

// src/core/version.ts
var ACTION_NAME = "redshift-temp-creds-action";
var ACTION_VERSION = "1.0.0";

// src/core/generate/output-names.ts
var MANIFEST_FILE = "manifest.json";
var CLOUDFORMATION_FILES = { role: "cloudformation-template.json", requester: "cloudformation-requester-template.json" };
var TERRAFORM_FILES = { role: "redshift-temp-creds.tf.json", requester: "redshift-temp-creds-requester.tf.json" };
var TEMPLATE_KINDS = /* @__PURE__ */ new Map([
  [CLOUDFORMATION_FILES.role, "the CloudFormation template"],
  [CLOUDFORMATION_FILES.requester, "the CloudFormation template for the requester"],
  [TERRAFORM_FILES.role, "the Terraform configuration"],
  [TERRAFORM_FILES.requester, "the Terraform configuration for the requester"]
]);

// src/core/lint/lists.ts
function emptyList() {
  const list = [void 0];
  list.pop();
  return list;
}
function mapList(list, fn) {
  const out = emptyList();
  for (let i = 0; i < list.length; i++) out.push(fn(list[i]));
  return out;
}
function filterList(list, keep) {
  const out = emptyList();
  for (let i = 0; i < list.length; i++) if (keep(list[i])) out.push(list[i]);
  return out;
}

// src/core/lint/context.ts
var lowerKeys = /* @__PURE__ */ new Map();
function lowerConditionKey(key) {
  let lower = lowerKeys.get(key);
  if (lower === void 0) {
    lower = key.toLowerCase();
    if (lowerKeys.size < 5e3 && memorable(key)) lowerKeys.set(key, lower);
  }
  return lower;
}
var STATEMENT_ELEMENTS = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];
function openingOf(node) {
  const start = node.span.start;
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}
var NO_MEMBERS = emptyList();
var NO_STRINGS = emptyList();
var NO_PRINCIPALS = emptyList();
var NO_CONDITIONS = emptyList();
function elementsOf(obj) {
  let unknownMembers;
  let Sid;
  let Effect;
  let Principal;
  let NotPrincipal;
  let Action;
  let NotAction;
  let Resource;
  let NotResource;
  let Condition;
  for (let i = 0, members = obj.members; i < members.length; i++) {
    const m = members[i];
    switch (m.key.value) {
      case "Sid":
        Sid = m;
        break;
      case "Effect":
        Effect = m;
        break;
      case "Principal":
        Principal = m;
        break;
      case "NotPrincipal":
        NotPrincipal = m;
        break;
      case "Action":
        Action = m;
        break;
      case "NotAction":
        NotAction = m;
        break;
      case "Resource":
        Resource = m;
        break;
      case "NotResource":
        NotResource = m;
        break;
      case "Condition":
        Condition = m;
        break;
      default:
        ;
        (unknownMembers ??= emptyList()).push(m);
    }
  }
  const elements = { Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition };
  return { elements, unknownMembers: unknownMembers ?? NO_MEMBERS };
}
function stringsOf(node) {
  if (!node) return NO_STRINGS;
  if (node.kind === "string") return [node];
  if (node.kind !== "array") return NO_STRINGS;
  const items = node.items;
  let k = 0;
  while (k < items.length && items[k].kind === "string") k++;
  if (k === items.length) return items.length === 0 ? NO_STRINGS : items;
  const out = [];
  for (const item of items) if (item.kind === "string") out.push(item);
  return out.length === 0 ? NO_STRINGS : out;
}
function principalsOf(node) {
  if (!node) return NO_PRINCIPALS;
  if (node.kind === "string") return [{ type: "*", value: node }];
  if (node.kind !== "object") return NO_PRINCIPALS;
  const out = [];
  for (let i = 0, members = node.members; i < members.length; i++) {
    const m = members[i];
    for (let j = 0, strings = stringsOf(m.value); j < strings.length; j++) {
      const value = strings[j];
      out.push({ type: m.key.value, value });
    }
  }
  return out.length === 0 ? NO_PRINCIPALS : out;
}
function conditionsOf(node) {
  if (!node || node.kind !== "object") return NO_CONDITIONS;
  let out;
  for (let i = 0, members = node.members; i < members.length; i++) {
    const op = members[i];
    if (op.value.kind !== "object") continue;
    for (let j = 0, keys = op.value.members; j < keys.length; j++) {
      const k = keys[j];
      const valueNode = k.value;
      (out ??= []).push({
        operator: op.key,
        key: k.key,
        lowerKey: lowerConditionKey(k.key.value),
        valueNode,
        values: valueNode.kind === "array" ? valueNode.items : [valueNode]
      });
    }
  }
  return out ?? NO_CONDITIONS;
}
function statementView(node, index) {
  const { elements, unknownMembers } = elementsOf(node);
  const actions = stringsOf(elements.Action?.value);
  const lowerActions = mapList(actions, (a) => lowerAction(a.value));
  const effectNode = elements.Effect?.value;
  const effect = effectNode?.kind === "string" && (effectNode.value === "Allow" || effectNode.value === "Deny") ? effectNode.value : void 0;
  const sidNode = elements.Sid?.value;
  const conditions = conditionsOf(elements.Condition?.value);
  const resources = stringsOf(elements.Resource?.value);
  let everyResource;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (r.value === "*") {
      everyResource = r;
      break;
    }
  }
  return {
    index,
    node,
    elements,
    unknownMembers,
    sid: sidNode?.kind === "string" ? sidNode.value : void 0,
    effect,
    actions,
    lowerActions,
    notActions: stringsOf(elements.NotAction?.value),
    resources,
    everyResource,
    notResources: stringsOf(elements.NotResource?.value),
    principals: principalsOf(elements.Principal?.value),
    notPrincipals: principalsOf(elements.NotPrincipal?.value),
    conditions,
    conditioned: conditions.length > 0
  };
}
function statementLabel(s, startsSentence = false) {
  const word = startsSentence ? "Statement" : "statement";
  return s.sid ? `${word} '${s.sid}'` : `${word} ${s.index + 1}`;
}
function hasCondition(s) {
  const c = s.elements.Condition;
  return c !== void 0 && !(c.value.kind === "object" && c.value.members.length === 0);
}
function isPrincipalStar(p) {
  return p.value.value === "*" && (p.type === "*" || p.type === "AWS");
}
var conditionsScanned = 0;
var CONDITION_SCAN_LIMIT = 16;
var conditionsByKey = oncePerObject((s) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const c of s.conditions) {
    conditionsScanned++;
    const list = byKey.get(c.lowerKey);
    if (list === void 0) byKey.set(c.lowerKey, [c]);
    else list.push(c);
  }
  return byKey;
});
function conditionKeyNamed(s, key) {
  const conditions = s.conditions;
  if (conditions.length === 0) return NO_CONDITIONS;
  const lower = key.toLowerCase();
  if (conditions.length > CONDITION_SCAN_LIMIT) return conditionsByKey(s).get(lower) ?? NO_CONDITIONS;
  let found;
  for (const c of conditions) {
    conditionsScanned++;
    if (c.lowerKey === lower) (found ??= []).push(c);
  }
  return found ?? NO_CONDITIONS;
}

// src/core/lint/not-a-policy.ts
var GENERATED_FILE_CODE = "RTC005";
var POLICY_ELEMENTS = /* @__PURE__ */ new Set(["Statement", ...STATEMENT_ELEMENTS]);
var STATEMENT_ELEMENTS_LOWER = new Set(STATEMENT_ELEMENTS.map((e) => e.toLowerCase()));
var POLICY_VERSIONS = /* @__PURE__ */ new Set(["2012-10-17", "2008-10-17"]);
var KEYS_SHOWN = 5;
var KEY_CHARS = 40;
function notAnObject(root) {
  return {
    code: "RTC003",
    span: root.span,
    message: `The document is a JSON ${root.kind}, not an object with Version and Statement.`,
    hint: 'Write the policy as one object: {"Version": "2012-10-17", "Statement": [ ... ]}.'
  };
}
function hasPolicyElement(root) {
  const members = root.members;
  if (members.length === 0) return true;
  let misCased = 0;
  for (let i = 0; i < members.length; i++) {
    const { key, value } = members[i];
    if (POLICY_ELEMENTS.has(key.value)) return true;
    if (key.value === "Version" && isPolicyVersion(value)) return true;
    const name = key.value.toLowerCase();
    if (name === "statement" || nearStatement(name)) return true;
    if (name === "version" && isPolicyVersion(value)) return true;
    if (STATEMENT_ELEMENTS_LOWER.has(name) && ++misCased === 2) return true;
  }
  return false;
}
function isPolicyVersion(value) {
  return value.kind === "string" && POLICY_VERSIONS.has(value.value);
}
function nearStatement(name) {
  const target = "statement";
  if (Math.abs(name.length - target.length) > 2) return false;
  let previous = Array.from({ length: target.length + 1 }, (_, j) => j);
  for (let i = 1; i <= name.length; i++) {
    const current = [i];
    for (let j = 1; j <= target.length; j++) {
      const substitution = previous[j - 1] + (name.charCodeAt(i - 1) === target.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[target.length] <= 2;
}
function shownKey(key) {
  return JSON.stringify(key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS)}\u2026` : key);
}
function generatedFile(root, file) {
  const generator = memberNamed(root, "generator")?.value;
  const tool = generator?.kind === "object" ? memberNamed(generator, "name")?.value : void 0;
  if (tool?.kind === "string" && tool.value === ACTION_NAME) return { what: `the manifest (${MANIFEST_FILE})`, name: MANIFEST_FILE };
  const name = file.slice(file.lastIndexOf("/") + 1);
  const what = TEMPLATE_KINDS.get(name);
  return what === void 0 ? void 0 : { what, name };
}
function notAPolicy(root, file) {
  if (hasPolicyElement(root)) return void 0;
  const generated = generatedFile(root, file);
  if (generated) {
    return {
      code: GENERATED_FILE_CODE,
      span: openingOf(root),
      message: `This is ${generated.what} that ${ACTION_NAME}'s generate mode writes beside the policies, not a policy: it is not checked.`,
      // The name is one of generate's own (output-names.ts), never the repository's.
      hint: `Nothing to fix; to leave it out of the step, add a '!' line to policy-files (e.g. !**/${generated.name}).`
    };
  }
  const keys = root.members.slice(0, KEYS_SHOWN).map((m) => shownKey(m.key.value));
  const more = root.members.length - keys.length;
  return {
    code: "RTC004",
    span: openingOf(root),
    message: `This JSON object is not an IAM policy: it has no Statement and none of a statement's elements (its keys: ${keys.join(", ")}${more > 0 ? ` and ${more} more` : ""}).`,
    hint: "Leave the file out of policy-files (a '!' line), or, for a template that holds policies, check each policy as a file of its own."
  };
}

// src/core/lint/service-wildcards.ts
var SERVICE_WILDCARD_EXPANSIONS = 16;
var hasServiceWildcard = hasVendorWildcard;
var ServiceWildcardBudget = class {
  #expanded = /* @__PURE__ */ new Set();
  /** May the (lower-cased) pattern be expanded? One already expanded stays free, so a file's verdict does not turn on how often it repeats it. */
  admits(lower) {
    if (this.#expanded.has(lower)) return true;
    if (this.#expanded.size >= SERVICE_WILDCARD_EXPANSIONS) return false;
    this.#expanded.add(lower);
    return true;
  }
};
var ActionExpansions = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  #firstSkipped;
  #skipped = /* @__PURE__ */ new Set();
  /** The actions `action` matches (see actionsMatching); undefined when it is a service-wildcard pattern past the run's budget. */
  of(action) {
    const pattern = action.value;
    if (hasServiceWildcard(pattern)) {
      const lower = lowerAction(pattern);
      if (!this.budget.admits(lower)) {
        this.#firstSkipped ??= action;
        this.#skipped.add(lower);
        return void 0;
      }
    }
    return actionsMatching2(pattern);
  }
  /** RTC006 when some pattern was left unexpanded: the file's grants were not read in full. */
  finding() {
    const first = this.#firstSkipped;
    if (first === void 0) return void 0;
    const n = this.#skipped.size;
    const which = n === 1 ? "This action pattern, with a wildcard in the service prefix, was" : `This and ${groupDigits(n - 1)} more action pattern${n === 2 ? "" : "s"} with a wildcard in the service prefix were`;
    return {
      code: "RTC006",
      span: first.span,
      message: `${which} not expanded against the action catalogue: a run expands the first ${SERVICE_WILDCARD_EXPANSIONS} distinct ones, so what ${n === 1 ? "it grants" : "they grant"} was not checked (RTC307-RTC310, RTC617-RTC619).`,
      hint: 'Write each action with its service prefix, e.g. "s3:Get*": IAM rejects a wildcard in the prefix (RTC201), and the file is then checked in full.'
    };
  }
};

// src/core/json-ast/recover.ts
var GiveUp = class {
};
var MistakeScanner = class {
  constructor(text) {
    this.text = text;
    this.len = text.length;
    this.pos = text.charCodeAt(0) === 65279 /* ByteOrderMark */ ? 1 : 0;
  }
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
  scan() {
    const text = this.text;
    while (this.pos < this.len) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 /* Space */ || c === 9 /* Tab */ || c === 10 /* LineFeed */ || c === 13 /* CarriageReturn */) {
        this.pos++;
      } else if (c === 34 /* Quote */) {
        this.skipString();
        this.significant(34 /* Quote */);
      } else if (c === 47 /* Slash */ && this.commentEnd(this.pos) !== -1) {
        const end = this.commentEnd(this.pos);
        this.ranges.push({ mistake: "comment", from: this.pos, to: end });
        this.pos = end;
      } else if (c === 44 /* Comma */) {
        if (this.pos === this.commaOfEllipsis) {
          this.pos++;
          continue;
        }
        const at = this.pos;
        this.significant(44 /* Comma */);
        this.pendingComma = at;
      } else if (c === 93 /* CloseBracket */ || c === 125 /* CloseBrace */) {
        if (this.pendingComma !== -1) this.ranges.push({ mistake: "trailing-comma", from: this.pendingComma, to: this.pendingComma + 1 });
        this.significant(c);
      } else if (c === 8230 /* Ellipsis */ || c === 46 /* Dot */ && text.charCodeAt(this.pos + 1) === 46 /* Dot */ && text.charCodeAt(this.pos + 2) === 46 /* Dot */) {
        this.ellipsis(c);
      } else {
        this.significant(c);
      }
    }
  }
  /** Steps past the character at pos, a token. */
  significant(c) {
    if (c !== 34 /* Quote */) this.pos++;
    this.previous = c;
    this.pendingComma = -1;
  }
  /** Moves pos past the string that opens at pos; a string that does not close on its line ends the scan. */
  skipString() {
    const text = this.text;
    let p = this.pos + 1;
    for (; ; ) {
      if (p >= this.len) throw new GiveUp();
      const c = text.charCodeAt(p);
      if (c === 34 /* Quote */) break;
      if (c === 10 /* LineFeed */ || c === 13 /* CarriageReturn */) throw new GiveUp();
      p += c === 92 /* Backslash */ ? 2 : 1;
    }
    this.pos = p + 1;
  }
  /** The offset just past the comment that starts at `at`, or -1 when no comment starts there. An unclosed block comment ends the scan. */
  commentEnd(at) {
    const text = this.text;
    if (text.charCodeAt(at) !== 47 /* Slash */) return -1;
    const next = text.charCodeAt(at + 1);
    if (next === 47 /* Slash */) {
      let p = at + 2;
      while (p < this.len) {
        const c = text.charCodeAt(p);
        if (c === 10 /* LineFeed */ || c === 13 /* CarriageReturn */) break;
        p++;
      }
      return p;
    }
    if (next === 42 /* Star */) {
      const close = text.indexOf("*/", at + 2);
      if (close === -1) throw new GiveUp();
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
      if (c === 32 /* Space */ || c === 9 /* Tab */ || c === 10 /* LineFeed */ || c === 13 /* CarriageReturn */) p++;
      else if (c === 47 /* Slash */ && this.commentEnd(p) !== -1) p = this.commentEnd(p);
      else break;
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
    if (c === 46 /* Dot */) while (text.charCodeAt(end) === 46 /* Dot */) end++;
    const before = this.previous;
    const opens = before === 91 /* OpenBracket */ || before === 123 /* OpenBrace */ || before === 44 /* Comma */;
    const after = this.nextSignificant(end);
    const next = after < this.len ? text.charCodeAt(after) : -1;
    if (!opens || !(next === 44 /* Comma */ || next === 93 /* CloseBracket */ || next === 125 /* CloseBrace */ || next === -1)) {
      this.significant(c);
      this.pos = end;
      return;
    }
    this.ranges.push({ mistake: "ellipsis", from: this.pos, to: end });
    if (next === 44 /* Comma */) {
      this.ranges.push({ mistake: "ellipsis", from: after, to: after + 1 });
      this.commaOfEllipsis = after;
    }
    this.pos = end;
  }
};
function blankOut(text, ranges) {
  let out = "";
  let from = 0;
  for (const r of ranges) {
    out += text.slice(from, r.from);
    for (let i = r.from; i < r.to; i++) {
      const c = text.charCodeAt(i);
      out += c === 10 /* LineFeed */ || c === 13 /* CarriageReturn */ ? text[i] : " ";
    }
    from = r.to;
  }
  return out + text.slice(from);
}
function parseJsonTolerant(text) {
  const scanner = new MistakeScanner(text);
  try {
    scanner.scan();
  } catch (e) {
    if (!(e instanceof GiveUp)) throw e;
  }
  const ranges = scanner.ranges.sort((a, b) => a.from - b.from);
  const outcome = parseLeadingJson(ranges.length === 0 ? text : blankOut(text, ranges));
  if (!outcome.ok) return { ok: false };
  const kept = ranges.filter((r) => r.from < outcome.restAt);
  if (outcome.restAt < text.length) kept.push({ mistake: "extra-data", from: outcome.restAt, to: text.length });
  const positions = positionsOf(text, kept.flatMap((r) => [r.from, r.to]).sort((a, b) => a - b));
  const at = new Map(positions.map((p) => [p.offset, p]));
  const skipped = kept.map((r) => ({
    mistake: r.mistake,
    span: { start: at.get(r.from), end: at.get(r.to) }
  }));
  return { ok: true, root: outcome.root, duplicateKeys: outcome.duplicateKeys, skipped };
}

// src/core/lint/checks.ts
var check = (code, severity, name, title, help) => ({
  code,
  severity,
  name,
  title,
  help
});
var CHECKS = [
  // ---- RTC0xx: reading the file ----
  check(
    "RTC001",
    "error",
    "json-syntax-error",
    "The file is not valid JSON",
    "IAM accepts strict JSON only: no comments, no trailing commas, one document per file. The finding points at the first character the parser could not accept; fix it there and validate again. When the mistakes are the usual hand-made ones (comments, trailing commas, a literal `...` in a list, a document followed by more text), the rest of the file is checked too."
  ),
  check(
    "RTC002",
    "error",
    "duplicate-key",
    "A key appears twice in one object",
    "JSON parsers, IAM included, keep only the last of two equal keys, so the first one silently disappears. Merge the two entries into one."
  ),
  check(
    "RTC003",
    "error",
    "not-an-object",
    "The document is not a JSON object",
    "A policy is one JSON object with `Version` and `Statement`. Arrays, strings and numbers at the top level are not policies."
  ),
  check(
    "RTC004",
    "error",
    "not-a-policy",
    "The JSON object is not an IAM policy",
    "The object has no `Statement` and none of a statement's elements (`Effect`, `Action`, `Resource`, `Principal`, `Condition` ...), and no `Version` IAM knows: a package manifest, a CloudFormation or Terraform template or a settings file that a broad glob picked up. It gets this one finding rather than one for every key it has. Leave it out of `policy-files` with a `!` line, or, for a template that holds policies, check each policy as a file of its own."
  ),
  check(
    "RTC005",
    "notice",
    "generated-file",
    "A file generate writes beside the policies, not a policy",
    "The action's `generate` mode writes a `manifest.json` (its inputs, ARNs and the files' hashes) and, with `formats`, CloudFormation and Terraform templates next to the policy documents. When a glob picks one of them up it is known for what it is and not checked, with this notice, so that validating the folder `generate` wrote passes. To leave it out of the step, add a `!` line to `policy-files`."
  ),
  check(
    "RTC006",
    "warning",
    "service-wildcard-not-expanded",
    "Actions with a wildcard in the service prefix were not all checked",
    "An action such as `*:Get*` or `s3*:Put*` has a wildcard in its service prefix, which IAM rejects (RTC201). The checks that read what a statement grants (RTC307\u2013RTC310, RTC617\u2013RTC619) still expand such a pattern against the action catalogue, as a match would read it, and each distinct one reads every action of every service, so a run expands only the first 16 distinct ones (a repository could write thousands, a few bytes each). Past that, those checks skip such patterns, and each file that had one skipped gets this finding, at the first, saying how many. Write each action with its service prefix (`s3:Get*`); the file is then checked in full."
  ),
  // ---- RTC1xx: grammar ----
  check(
    "RTC101",
    "warning",
    "version-missing",
    "The policy has no Version",
    'Without `Version` IAM reads the policy with the 2008-10-17 grammar, in which policy variables such as `${aws:username}` are plain text. Add `"Version": "2012-10-17"`. As for RTC102, a policy with no policy variable means the same under either grammar (AWS writes the default VPC endpoint policy with no Version), so it is not reported. (AWS Organizations does not accept an SCP or RCP without it: RTC126.)'
  ),
  check(
    "RTC102",
    "warning",
    "version-old",
    "The policy uses the old Version 2008-10-17",
    'The 2008-10-17 grammar does not support policy variables: `${aws:username}` in a Resource, a Principal or a condition value is read as those characters. Use `"Version": "2012-10-17"`. A policy with no policy variable means the same under either grammar (SNS still writes its default topic policy with 2008-10-17), so it is not reported. (AWS Organizations does not accept it in an SCP or RCP: RTC126.)'
  ),
  check(
    "RTC103",
    "error",
    "version-invalid",
    "Version is not a version IAM knows",
    'IAM accepts only `"2012-10-17"` and `"2008-10-17"`; the Version is a fixed grammar name, not the date the policy was written.'
  ),
  check(
    "RTC104",
    "error",
    "statement-missing",
    "The policy has no Statement",
    'A policy needs a `Statement` element holding one statement or a list of them. A bare statement object must be wrapped: `{"Version": "2012-10-17", "Statement": [ ... ]}`.'
  ),
  check(
    "RTC105",
    "error",
    "statement-not-object",
    "A statement is not a JSON object",
    "`Statement` must be an object or an array of objects."
  ),
  check(
    "RTC106",
    "error",
    "sid-invalid-characters",
    "The Sid has characters IAM rejects",
    "In identity and trust policies IAM accepts only ASCII letters and digits in `Sid`. Remove spaces, dashes and other characters. (Resource policies such as KMS key policies accept more, so they are not checked.)"
  ),
  check(
    "RTC107",
    "error",
    "sid-duplicate",
    "Two statements have the same Sid",
    'IAM requires every `Sid` to be unique within a policy (identity and trust policies), and so do Amazon SNS and Amazon SQS in topic and queue policies ("Every policy statement must have a unique ID"). Rename one of them. Other resource policies, SCPs, RCPs and VPC endpoint policies are not checked: S3 stores a bucket policy with a repeated `Sid`, and no other service documents refusing one.'
  ),
  check(
    "RTC108",
    "error",
    "effect-invalid",
    "The statement has no valid Effect",
    'Every statement needs `"Effect": "Allow"` or `"Effect": "Deny"`, spelled exactly so.'
  ),
  check(
    "RTC109",
    "error",
    "action-missing",
    "The statement has no Action or NotAction",
    "A statement must say which actions it covers with `Action` (or, rarely, `NotAction`)."
  ),
  check(
    "RTC110",
    "error",
    "exclusive-elements",
    "A statement has both elements of an exclusive pair",
    "`Action`/`NotAction`, `Resource`/`NotResource` and `Principal`/`NotPrincipal` cannot appear together in one statement; keep one of each pair."
  ),
  check(
    "RTC111",
    "error",
    "resource-missing",
    "The statement has no Resource or NotResource",
    'Every kind of policy but a trust policy needs a `Resource` (or `NotResource`) in every statement; in a KMS key policy it must be `"*"` (the key itself). An ECR repository policy (every action `ecr:` or `ecr-public:`) names none: it applies to the repository it is set on.'
  ),
  check(
    "RTC112",
    "error",
    "resource-in-trust-policy",
    "A trust policy statement has a Resource",
    "A role trust policy applies to the role it is attached to; IAM rejects a `Resource` element in it. Remove the element."
  ),
  check(
    "RTC113",
    "error",
    "principal-missing",
    "The statement has no Principal or NotPrincipal",
    'Trust policies, resource policies, resource control policies and VPC endpoint policies must say who is allowed with `Principal` (`"*"` in an RCP).'
  ),
  check(
    "RTC114",
    "error",
    "principal-in-identity-policy",
    "An identity policy statement has a Principal",
    "An identity policy applies to the user, group or role it is attached to; IAM rejects a `Principal` element in it. Remove the element, or attach the document as a trust or resource policy instead."
  ),
  check(
    "RTC115",
    "error",
    "empty-value",
    "An element is empty",
    'An empty list or empty string in `Action`, `Resource`, `Principal` or `Condition` matches nothing and IAM rejects most of them. Fill in the value or remove the element. (An empty `"Condition": {}` is not reported: it is no condition, and IAM stores it, as its console once wrote it into trust policies.)'
  ),
  check(
    "RTC116",
    "error",
    "unknown-element",
    "The document has an element IAM does not know",
    "Top-level elements are `Version`, `Id` and `Statement`; statement elements are `Sid`, `Effect`, `Principal`, `NotPrincipal`, `Action`, `NotAction`, `Resource`, `NotResource` and `Condition`, all case-sensitive. IAM rejects anything else."
  ),
  check(
    "RTC117",
    "error",
    "wrong-type",
    "An element has the wrong JSON type",
    'For example `Action` must be a string or a list of strings, `Condition` an object of objects, `Principal` `"*"` or an object.'
  ),
  check(
    "RTC118",
    "error",
    "trust-action-invalid",
    "A trust policy allows an action that is not an STS role action",
    "A role trust policy may only name `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:AssumeRoleWithSAML`, `sts:TagSession`, `sts:SetSourceIdentity` or `sts:SetContext`. Permissions for what the role can do belong in its identity policies."
  ),
  check(
    "RTC119",
    "error",
    "key-policy-resource-not-star",
    'A KMS key policy statement has a Resource other than "*"',
    'In a key policy `"Resource": "*"` means "this key"; KMS rejects other values. Use `"*"`.'
  ),
  check(
    "RTC120",
    "notice",
    "redundant-statement",
    "A statement grants nothing another statement does not already grant",
    "Another unconditional Allow statement covers every action and resource of this one. Remove it, or narrow the broader statement."
  ),
  // RTC121-RTC125: the grammar of service control, resource control and VPC endpoint policies (src/core/lint/kinds/).
  check(
    "RTC121",
    "error",
    "principal-in-scp",
    "A service control policy statement has a Principal",
    "An SCP limits the IAM users and roles of the accounts it is attached to; AWS Organizations rejects `Principal` and `NotPrincipal` in it. Remove the element (to exempt principals, use a condition such as `ArnNotLike` on `aws:PrincipalArn`), or declare the file's real kind in `policy-files`."
  ),
  check(
    "RTC122",
    "error",
    "rcp-effect-not-deny",
    "A resource control policy statement allows",
    'Resource control policies accept only `"Effect": "Deny"`; `Allow` is reserved to the AWS-managed `RCPFullAWSAccess`, which AWS attaches by itself. Write the statement as a Deny of what must not happen, with conditions for the exceptions.'
  ),
  check(
    "RTC123",
    "error",
    "rcp-principal-not-star",
    "A resource control policy names principals",
    'In an RCP `Principal` must be `"*"` and `NotPrincipal` is not accepted. `{"AWS": "*"}` is not `"*"`: it leaves out service principals, web identity and SAML sessions and anonymous callers (IAM User Guide, *AWS JSON policy elements: Principal*), so a Deny written with it does not reach them. Narrow the statement with conditions instead (`aws:PrincipalOrgID`, `aws:PrincipalArn`, `aws:PrincipalIsAWSService`).'
  ),
  check(
    "RTC124",
    "error",
    "rcp-notaction",
    "A resource control policy statement uses NotAction",
    'RCPs accept `Action` only. List the denied actions, or use `"*"` for every action of the services RCPs apply to.'
  ),
  check(
    "RTC125",
    "warning",
    "rcp-service-unsupported",
    "A resource control policy names a service RCPs do not apply to",
    "RCPs apply to the resources of the services the AWS Organizations User Guide lists under *List of AWS services that support RCPs*: Amazon S3, AWS STS, AWS KMS, Amazon SQS and AWS Secrets Manager at the launch, some sixty by now (Amazon ECR, DynamoDB, CloudWatch Logs, Cognito, EventBridge, CodeBuild, CloudFront, AWS WAF, X-Ray...), read from the action catalogue's source. An action of another service in an RCP (`ec2:`, `lambda:`, `sns:`) limits nothing. Use an SCP or the resource's own policy for it."
  ),
  check(
    "RTC126",
    "error",
    "org-policy-version",
    'A service control or resource control policy has no Version "2012-10-17"',
    'AWS Organizations requires every SCP and every RCP to include `"Version": "2012-10-17"`; a policy without it, or with the old `2008-10-17`, is not accepted. (Identity, trust, resource and VPC endpoint policies without it are accepted, so there it is the RTC101 or RTC102 warning.) Add `"Version": "2012-10-17"` as the first element.'
  ),
  check(
    "RTC127",
    "error",
    "trust-principal-form",
    "A trust policy uses a Principal form IAM refuses in role trust policies",
    'A role trust policy takes neither the bare `"Principal": "*"` nor `NotPrincipal`, whatever the effect: IAM refuses the policy (IAM Access Analyzer reports them as errors, *Role trust policy unsupported wildcard in principal* and *Role trust policies do not support NotPrincipal*). Every principal is written `{"AWS": "*"}` there, with a condition that limits who (`aws:PrincipalOrgID`, `aws:PrincipalArn`); to leave principals out, use a Deny with `{"AWS": "*"}` and an `ArnNotLike` condition on `aws:PrincipalArn`.'
  ),
  check(
    "RTC128",
    "error",
    "trust-service-principal-invalid",
    "A trust policy names as a service principal something that is none",
    "In a role trust policy IAM accepts under `Service` only service principals, DNS names such as `redshift.amazonaws.com`, and refuses the policy with *Invalid principal in policy* otherwise. An ARN, an account id or a bare word (`lambda`) is none: put ARNs and account ids under `AWS`, and write the service principal in full. (In other resource policies the same value is the RTC205 warning.)"
  ),
  // ---- RTC2xx: names ----
  check(
    "RTC201",
    "error",
    "action-malformed",
    "The action is not written as service:Action",
    'Actions are `service:ActionName` with no spaces, e.g. `sts:AssumeRole`. IAM rejects other shapes or never matches them. A wildcard may stand only in the action name: IAM refuses one in the service prefix (`*:*`, `s3*:Get*`: "Action vendors must not contain wildcards"), and `*` alone is every action. The review of a pull request reads a head with such an action as not known (an invalid document), and the diff rates a change in a document with one as may broaden.'
  ),
  check(
    "RTC202",
    "error",
    "service-unknown",
    "The service prefix does not exist",
    "The part before the colon must be an AWS service prefix (e.g. `s3`, `kms`, `sts`). Check the spelling against the Service Authorization Reference."
  ),
  check(
    "RTC203",
    "error",
    "action-unknown",
    "The action does not exist in that service",
    "No action of the service has this name, or the wildcard pattern matches none of them, so the statement does not grant or deny what it seems to. Names compare without regard to case. The actions come from the Service Authorization Reference; an action a service writes into the policies it generates itself is known too, though the reference leaves it out: `sns:Receive`, in the default access policy Amazon SNS gives every new topic, and `glue:ShareResource`, which AWS Lake Formation has a Data Catalog resource policy grant `ram.amazonaws.com` for cross-account grants."
  ),
  check(
    "RTC204",
    "error",
    "principal-type-unknown",
    "The Principal uses a type IAM does not know",
    "Principal keys are `AWS`, `Service`, `Federated` and `CanonicalUser`, case-sensitive."
  ),
  check(
    "RTC205",
    "warning",
    "service-principal-malformed",
    "The service principal does not look like a service principal",
    "Service principals are DNS names such as `redshift.amazonaws.com`; an ARN, an account id or a name without a domain does not name a service, and neither does the name of an IAM service on amazon.com (`redshift.amazon.com`: AWS services are principals on amazonaws.com). In a role trust policy a value with no service principal's shape at all (an ARN, an account id, a bare word) is the RTC128 error: IAM refuses it there."
  ),
  check(
    "RTC206",
    "error",
    "principal-wildcard-not-aws",
    "A Service, Federated or CanonicalUser principal has a wildcard",
    'IAM takes a wildcard in `Principal` only as `"*"` on its own under `AWS`. `"Service": "*"`, `"Federated": "*"`, a pattern such as `*.amazonaws.com` or `oidc-provider/*`, and `"CanonicalUser": "*"` are refused: the IAM User Guide says a service principal "can\'t be `"Service": "*"`", and IAM Access Analyzer reports every such wildcard as the error *Unsupported wildcard in principal*. Name each service principal or identity provider; to let any principal in under conditions, use `"AWS": "*"` with a condition such as `aws:PrincipalOrgID`, `aws:SourceAccount` or `aws:PrincipalIsAWSService`.'
  ),
  // ---- RTC3xx: ARNs ----
  check(
    "RTC301",
    "error",
    "arn-malformed",
    "The ARN is not well formed",
    'ARNs are `arn:partition:service:region:account:resource`; every `Resource` other than `"*"` must be one (in an API Gateway resource policy, also the short form `execute-api:/stage/METHOD/path`), and every `AWS` principal but a 12-digit account id. A principal written as a unique id (`AIDA\u2026` for a user, `AROA\u2026` for a role: 16 to 128 letters, digits and underscores, the form the IAM API Reference gives `UserId` and `RoleId`) is what IAM shows after that user or role was deleted: it names nobody now; a value that opens so but is not of that form is said to be none. IAM does not trim a principal: `" *"` or an ARN with a space after it is not `"*"` or that ARN (IAM refuses the policy, or the value names nobody; the review of a pull request reads such a head as not known). The Region part, when not empty, must be a Region name as AWS writes it in every partition (lower case: a prefix of two letters or more, words, a number: `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`); `us-east1` or `US-EAST-1` matches nothing. So does a service part in capitals (`arn:aws:S3:::NAME`): IAM matches ARNs with case, and AWS writes every service namespace in lower case. A bucket name (`arn:aws:s3:::NAME/KEY`) holds only ASCII letters, digits, dots, hyphens and underscores, and an IAM name or path only printable ASCII without spaces: a look-alike letter from another script (a Cyrillic `\u043E` in `role/depl\u043Ey`), a Unicode hyphen or a space names nothing (the object key after the first `/` may hold any character; a policy variable and a template blank such as `<bucket name>` are not read).'
  ),
  check(
    "RTC302",
    "error",
    "arn-partition-unknown",
    "The ARN names an unknown partition",
    "Partitions are `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f` and `aws-eusc`."
  ),
  check(
    "RTC303",
    "warning",
    "arn-service-unknown",
    "The ARN names an unknown service",
    "The third part of an ARN is the service namespace (e.g. `iam`, `s3`, `kms`). This one is not a known service, so the ARN matches no resource."
  ),
  check(
    "RTC304",
    "error",
    "account-id-invalid",
    "The account id is not 12 digits",
    "AWS account ids are exactly 12 digits (keep leading zeros). An ARN with an 11-digit account matches nothing."
  ),
  check(
    "RTC305",
    "error",
    "iam-arn-form-invalid",
    "The IAM ARN does not have a form IAM knows",
    "IAM ARNs have an empty region (and the ARN of a principal names the account it belongs to) and a resource such as `root`, `user/NAME`, `role/NAME`, `role/PATH/NAME`, `group/NAME`, `policy/NAME`, `oidc-provider/HOST` (the provider's URL without `https://`) or `saml-provider/NAME`, its type in lower case: IAM matches ARNs with case, so `Role/NAME` names no role. A Principal names a user, a role or the account (`root`) with an `iam` ARN and a role session (`assumed-role/ROLE/SESSION`) or federated user with an `sts` one: `arn:aws:sts::ACCOUNT:role/NAME`, `arn:aws:sts::ACCOUNT:root` or `arn:aws:iam::ACCOUNT:assumed-role/...` names no principal. The same holds for an IAM or STS ARN compared with `aws:PrincipalArn`, which holds a user's, a role's (never a session's: RTC415), the root's or an STS `federated-user/` ARN: under `ArnNotLike`, `arn:aws:iam::*:roles/Admin` or a group's ARN exempts no one."
  ),
  check(
    "RTC306",
    "error",
    "principal-arn-wildcard",
    "A Principal ARN contains a wildcard",
    'In `Principal`, a wildcard is only allowed as `"*"` on its own. To allow many principals, name them, or use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `aws:PrincipalOrgID`. The review of a pull request reads a head with such a principal as not known (an invalid document): IAM refuses it in a role trust policy, and a service that kept it might match it as a pattern.'
  ),
  check(
    "RTC307",
    "error",
    "resource-fits-no-action",
    "The resource is not a type any action in the statement acts on",
    "Each action acts on specific resource types (e.g. `sts:AssumeRole` on roles). For this resource none of the statement's actions apply, so it grants nothing. Use an ARN of the right type."
  ),
  check(
    "RTC308",
    "warning",
    "action-fits-no-resource",
    "An action applies to none of the statement's resources",
    'The action acts on other resource types than those listed, so the statement grants nothing for it. Move it to a statement with matching resources. In a KMS key policy `"Resource": "*"` is the key the policy is set on, so an action that acts on no key (`kms:CreateKey`, `kms:ListKeys`, `kms:ListAliases`, `kms:GenerateRandom`, the custom key store actions, `kms:ListRetirableGrants`: IAM policies only, in the KMS Developer Guide\'s permissions reference) is granted or denied by none: grant it in an IAM policy.'
  ),
  check(
    "RTC310",
    "warning",
    "resource-type-unknown",
    "The resource fits no resource type the reference lists for its service",
    "None of the statement's actions act on the ARN, and it matches none of the ARN formats the Service Authorization Reference gives for its service, so it is probably mistyped (a missing `type/` part is the usual slip) and grants nothing. A resource of a type whose format has a Region names it, and one whose format has an account names that: `arn:aws:lambda::ACCOUNT:function:NAME`, `arn:aws:iam:::role/NAME` and `arn:aws:sqs:us-east-1::NAME` fit no type, and the hint then says which part to write. The exceptions are the Regional types of which AWS owns instances and writes them with an empty account: its SSM documents and Automation runbooks (`arn:aws:ssm:REGION::document/AWS-RunShellScript`, `automation-definition/AWS-*`), the public parameters under `parameter/aws/service/`, its Resource Explorer service views, and what Partner Central keeps under an engagement. Types whose format itself has no account (EC2 public images and snapshots, Bedrock foundation models) take none. It is a warning, not an error (RTC307), because the reference may lack a resource type the service has."
  ),
  check(
    "RTC309",
    "warning",
    "action-authorised-on-star",
    'An action the reference authorises only on "*" is given ARNs',
    'The Service Authorization Reference lists no resource type for the action (e.g. `s3:ListAllMyBuckets`), so IAM authorises it on `*`: an ARN in `Resource` may grant nothing. It is a warning, not an error, because the reference can lag behind a service that has added resource-level permissions. Give the action `"Resource": "*"` in a statement of its own. One such action is checked against an ARN of its own instead: `logs:DescribeLogGroups`, which IAM checks against `arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream:` whatever log groups the call names (the resource its AccessDenied errors name; AWS\'s own `AmazonCloudWatchRUMFullAccess` grants it on `arn:aws:logs:*:*:log-group::log-stream:*`). It is not reported when an ARN of the statement can match that one (`log-group:*`, `arn:aws:logs:*:*:*`), and reported as certain when none can (`log-group:/aws/lambda/*`).'
  ),
  check(
    "RTC311",
    "error",
    "secret-arn-no-suffix",
    "A Secrets Manager secret ARN lacks the six random characters every secret ARN ends with",
    "Secrets Manager ends every secret's ARN with a hyphen and six random letters and digits it appends to the name (`arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-a1B2c3`), so that a new secret with a deleted one's name gets another ARN. IAM compares `Resource` with the whole ARN, so `...:secret:prod/db` matches no secret: an Allow grants nothing on it, and a Deny, or a `NotResource` meant to leave it out, protects nothing. Write the whole ARN, or match the suffix with `-??????` (`...:secret:prod/db-??????`: each `?` matches one character), or `*`. Not reported when the name already ends in a hyphen and six letters or digits (`app-backup` may be the secret `app` with its suffix), nor when it holds a wildcard, a policy variable or a template placeholder."
  ),
  // ---- RTC4xx: conditions ----
  check(
    "RTC401",
    "error",
    "condition-operator-unknown",
    "The condition operator does not exist",
    'Operators are the String, Numeric, Date, Bool, Binary, IpAddress, Arn and Null families, optionally with `IfExists` and the `ForAllValues:`/`ForAnyValue:` set prefixes. Names are case-sensitive, prefix and suffix included: IAM refuses a policy with `stringEquals` or `StringEqualsifExists` ("MalformedPolicyDocument: Invalid Condition type"), and the finding names the spelling it takes.'
  ),
  check(
    "RTC402",
    "error",
    "condition-value-type",
    "The condition value does not fit the operator",
    "`Bool` takes `true`/`false`, Numeric operators numbers, Date operators ISO 8601 dates or epoch seconds, `IpAddress` IPv4 or IPv6 addresses or CIDR ranges (an IPv6 address may end in dotted IPv4, `::ffff:192.0.2.1`), Arn operators ARNs. Other values never match, nor does an ARN whose Region part is no Region name (`arn:aws:sns:us-east1:111122223333:alerts`): no resource has it. A value that reads as a number, date or address but not in a form IAM documents (`1e3`, `+5`, `10.0.0.0/8 `) is RTC416, a warning."
  ),
  check(
    "RTC403",
    "error",
    "condition-duplicate",
    "A condition operator or key appears twice in one block",
    "JSON keeps only the last of two equal keys, so the first operator block (or key) is silently dropped and its test never runs. Merge both into one block."
  ),
  check(
    "RTC404",
    "warning",
    "condition-wildcard-needs-like",
    "A wildcard is used with an operator that compares literally",
    "`StringEquals`, `StringNotEquals` and `ArnEquals`-style operators treat `*` and `?` as plain characters. Use `StringLike`/`StringNotLike` (or `ArnLike`) for patterns; to test that a key is present use `Null`."
  ),
  check(
    "RTC405",
    "warning",
    "condition-key-unknown",
    "The condition key is not known",
    "Neither a global `aws:` key nor a key of the named service has this name, so the condition never matches what was intended. Identity-provider keys (e.g. `token.actions.githubusercontent.com:sub`) are not checked, nor the few keys AWS writes into the policies it ships or documents though the reference leaves them out (`aws:PrincipalOrgMasterAccountId`, `lakeformation:GlueARN`, `glue:EvaluatedByLakeFormationTags`)."
  ),
  check(
    "RTC406",
    "error",
    "condition-key-url-scheme",
    "An identity-provider condition key starts with https://",
    "IAM names OIDC provider keys by host and path without the scheme, e.g. `token.actions.githubusercontent.com:sub`. With `https://` the key is never present and the condition never matches."
  ),
  check(
    "RTC407",
    "error",
    "condition-account-invalid",
    "An account condition value is not a 12-digit account id",
    "Keys such as `aws:SourceAccount`, `aws:PrincipalAccount` and `kms:CallerAccount` hold 12-digit account ids; other values never match. So does the account part of an ARN that an Arn operator, or a String operator on an ARN key (`aws:SourceArn`, `aws:PrincipalArn`), compares: a request's ARN has 12 digits there, none (S3) or `aws`, so `arn:aws:iam::12345678901:role/admin` under `ArnNotEquals` exempts no one."
  ),
  check(
    "RTC408",
    "warning",
    "condition-set-operator-mismatch",
    "A set operator is used on a single-valued key or on Null, or a plain operator on a multivalued key",
    '`ForAllValues:` and `ForAnyValue:` are for multivalued keys such as `aws:TagKeys`. On single-valued keys `ForAllValues:` is true when the key is absent, and `ForAnyValue:` false where a negated operator alone is true: when dropping `ForAnyValue:` from `StringNotLike`, add `"Null": {KEY: "false"}`, or the statement also holds for requests without the key; on multivalued keys a plain operator compares only as a set would not. `Null` tests whether a key is in the request, not its values, and AWS documents no set form of it: `ForAllValues:Null` is true when the key is absent (so `"false"` no longer requires the key) and `ForAnyValue:Null` false (so `"true"` never holds). Write plain `Null`, which AWS uses for multivalued keys too.'
  ),
  check(
    "RTC409",
    "error",
    "condition-operator-key-type",
    "The condition operator cannot compare the key's type",
    "Each condition key holds one type of value (the Service Authorization Reference gives it): `IpAddress` compares addresses, Numeric operators numbers, Date operators dates, `Bool` booleans, Arn operators ARNs. `IpAddress` on an ARN key, `NumericLessThan` on a string key or `Bool` on a date key never matches. A String key whose every value has one form is no exception either: an organization, VPC or VPC endpoint ID, an organization path or a Region name (`aws:PrincipalOrgID`, `aws:SourceVpc`, `aws:RequestedRegion` ...) is never `true` or `false`, a number, a date or an ARN, and an account id (`aws:SourceAccount`, `aws:ResourceAccount` ...) never `true` or `false` or an ARN, so `Bool` on `aws:PrincipalOrgID` or `NumericEquals` on `aws:SourceVpc` never matches, whatever the value. Use an operator of the key's type (String operators and `Null` work on any key)."
  ),
  check(
    "RTC410",
    "warning",
    "condition-key-not-supported",
    "No action of the statement supports the condition key",
    "A service's condition key (e.g. `s3:prefix`) is only in that service's requests. When none of the statement's actions belongs to the service, the key is never present: an operator that needs it never matches, so the statement never applies as written, and an operator that is true when the key is absent (negated operators, `...IfExists`, `ForAllValues:`) always matches, so the condition limits nothing. Use a key of the statement's services. Global `aws:` keys, `NotAction`, wildcard services and `Null` are left alone."
  ),
  check(
    "RTC411",
    "warning",
    "condition-string-operator-typed-key",
    "A String operator compares a key that holds a number, date, boolean or IP address",
    "A String operator reads a typed key's value as text, character for character: on a number `2.0` is not `2`, on an address a CIDR block is not a range, on a date only the exact rendering matches, and on a boolean (`StringEquals` on `aws:MultiFactorAuthPresent`) it works only while the text is what IAM sends. IAM Access Analyzer reports it as a type mismatch. Use the key's own operator (`Bool`, Numeric, Date, `IpAddress`). ARN keys are left alone: String operators on them are documented. Nor is a value that is one policy variable (`${aws:VpcSourceIp}`): IAM takes variables in String and ARN operators only, and the IAM User Guide compares `aws:EC2InstanceSourcePrivateIPv4` with it under `StringNotEquals`."
  ),
  check(
    "RTC412",
    "warning",
    "condition-key-not-supported-by-action",
    "None of the statement's actions supports the condition key",
    "The Service Authorization Reference lists, for each action, the condition keys it supports: its own and those of the resource types it acts on (`iam:PassRole` takes `iam:PassedToService` and, through `role`, `iam:ResourceTag/${TagKey}`). When the statement has actions of the key's service but none of them supports the key (`s3:prefix` on `s3:GetObject`, which only `s3:ListBucket` and its kin take), the key is not in those requests: an operator that needs it is never true, so the statement never matches as written, and a negated, `...IfExists` or `ForAllValues:` operator is always true, so the condition limits nothing. Checked only when every action is known (wildcards expanded, no `NotAction`, no wildcard service) and the reference lists some service key for each (an empty column says nothing); global `aws:` keys, cross-service keys a service adds to requests made with its credentials (`ec2:SourceInstanceArn`), and `Null` are left alone. Move the condition to the statement whose actions take it, or use a key they support."
  ),
  check(
    "RTC413",
    "error",
    "condition-arn-key-value",
    "A String operator on an ARN key is given a value that is no ARN",
    "Keys such as `aws:PrincipalArn`, `aws:SourceArn` and `ec2:Vpc` hold ARNs: every request sends a value that starts with `arn:`. A value that is none, and no `StringLike` pattern that could match one, never matches (a negated operator is then true for every request and limits nothing). The usual slip is an account id under `aws:PrincipalArn`, where `aws:PrincipalAccount` was meant. Give the full ARN, or test the account with its own key. An ARN whose Region part is no Region name (`arn:aws:cloudtrail:region:111122223333:trail/t`) never matches either. Arn operators check their values as ARNs already (RTC402)."
  ),
  // ---- RTC5xx: size ----
  check(
    "RTC414",
    "error",
    "condition-id-value",
    "A String operator on a key of one form (an organization, VPC, VPC endpoint, Region or user ID; an STS external ID, session name or source identity; a kms:ViaService name) is given a value of another form",
    'Some global keys hold IDs of one form: `aws:PrincipalOrgID`, `aws:ResourceOrgID` and `aws:SourceOrgID` an organization ID (`o-` and lower-case letters and digits: the Organizations API gives every ID in lower case, so an upper-case one is in no request), the `...OrgPaths` keys a path that opens with one (`o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`), `aws:SourceVpc` a VPC ID (`vpc-...`), `aws:SourceVpce` a VPC endpoint ID (`vpce-...`), and `aws:RequestedRegion` and `ec2:Region` a Region name (`us-east-1`, in lower case unless the operator ignores case); `aws:userid` holds the caller\'s unique ID (`AIDA...`, `AROA...:SESSION`, the account ID for the root user) and `aws:username` an IAM user\'s name, never an ARN, so a value or pattern that opens with `arn:` never matches them either (a role\'s ARN under `aws:userid` in a bucket policy\'s "deny all but this role" statement denies the role too: name it with `ArnNotLike` on `aws:PrincipalArn`). A value of no such form, written out with no `StringLike` wildcard, never matches (a negated operator is then true for every request and limits nothing). The usual slips are an account ID under `aws:PrincipalOrgID`, an endpoint ID under `aws:SourceVpc` and a misspelt or zonal Region (`us-east1`, `us-east-1a`). Give the ID the key holds, or test the account with its own key (`aws:PrincipalAccount`, `aws:SourceAccount`). The STS keys hold what the STS API accepts: `sts:ExternalId` 2 to 1,224 letters, digits and `+=,.@:/_-`, `sts:RoleSessionName` and `sts:SourceIdentity` 2 to 64 letters, digits and `+=,.@_-` (AssumeRole refuses any other value); a value outside that form, such as an empty external ID (`"sts:ExternalId": ""`) or one with a space, is in no request, so the trust statement admits no one (or, negated, limits nothing). `kms:ViaService` holds the name of the service that called AWS KMS for the caller, which the AWS KMS Developer Guide writes as `SERVICE.REGION.amazonaws.com` for every service that supports the key, with the `.amazonaws.com` suffix in every partition (`ec2.us-west-2.amazonaws.com`): `ec2`, `s3.amazonaws.com` or `rds.us-east-1.amazonaws.com.cn` is in no request.'
  ),
  check(
    "RTC415",
    "error",
    "condition-principal-arn-session",
    "aws:PrincipalArn is given a role session ARN, which it never holds",
    'For a request made with an IAM role, `aws:PrincipalArn` holds the role\'s ARN (`arn:aws:iam::111122223333:role/NAME`), not the session\'s (`arn:aws:sts::111122223333:assumed-role/NAME/SESSION`): the IAM User Guide says "Do not specify the assumed role session ARN as a value for this condition key". A session ARN there never matches, so `ArnLike` on it admits no one, and `ArnNotLike` (the usual "deny everyone but this role" bucket or key policy statement) is true for the role\'s own requests too. Write the role ARN, with its path if it has one. Arn operators compare the ARN part by part, so a wildcard partition or account is read; under `StringLike` a value with a `*` before `sts` is left alone (it may cross colons). To name one session, test `aws:userid` (`AROA...:SESSION`) or `sts:RoleSessionName` instead.'
  ),
  check(
    "RTC416",
    "warning",
    "condition-value-undocumented",
    "A Numeric, Date or IP address condition value is in a form IAM does not document",
    'IAM documents a Numeric operator\'s value as "an integer or decimal value" (`3600`, `0.5`, `-1`), a Date operator\'s as one of the W3C implementations of ISO 8601 (`2026-01-31T00:00:00Z`: a date with a time and its time zone) or epoch seconds (`1767225600`), and an IP address operator\'s in the standard CIDR format (`203.0.113.0/24`, `2001:DB8:1234:5678::/64`, or one address). Other text that number, date and address readers take (`.5`, `5.`, `+5`, `1.5e2`, `1e400`, ` 1`; `2026-01-31` with no time, `2026-01-31T00:00:00` with no time zone, `+0100` without its colon, `T24:00`, a leap second, a fraction finer than milliseconds, a signed or fractional epoch; `10.0.0.0/8 ` with a space, `010.0.0.0/8` with a leading zero) may be read otherwise by IAM, or refused: how it compares is not documented. So is an IPv6 address with no prefix length (`2001:db8::1`): IAM documents "the default prefix value of /32" for an address written without one, which for an IPv6 address is 2^96 addresses, not the one `2001:db8::1/128` names (RTC627 still reports such an address inside a private block, where both readings lie). The checks of documents together do not decide on such a value (an `Allow` resting on it is taken not to apply, a `Deny` to apply), and the review calls a change involving it not known. Write the value in a documented form. Text that no reader takes for the type is RTC402.'
  ),
  check(
    "RTC417",
    "warning",
    "mfa-deny-misses-access-keys",
    "A Deny on aws:MultiFactorAuthPresent false does not apply to requests signed with access keys",
    'Only requests signed with temporary credentials carry `aws:MultiFactorAuthPresent`: one signed with an IAM user\'s long-term access keys (the AWS CLI or an SDK with an access key) has no such key, and a `Bool` condition on a key the request lacks is false. So a Deny with `"Bool": {"aws:MultiFactorAuthPresent": "false"}`, the usual "deny unless signed in with MFA" statement, refuses console sessions without MFA but lets access-key requests through without it (AWS Knowledge Center, article `mfa-iam-user-aws-cli`). Write `BoolIfExists`, which is true when the key is absent too. Not reported when the policy also has a Deny with `BoolIfExists` on the key, or with `Null` true on it, which covers the requests that lack it.'
  ),
  check(
    "RTC501",
    "error",
    "size-over-quota",
    "The policy is larger than IAM accepts for its kind",
    "IAM counts characters without white space. Limits: role inline 10,240, managed 6,144, user inline 2,048, trust policy 2,048 by default (can be raised, up to 8,192), KMS key policy 32,768; service control and resource control policies 5,120 and VPC endpoint policies 20,480, where white space counts too (RTC504 when only the white space is too much). Split the policy or remove repetition (wildcards, fewer statements)."
  ),
  check(
    "RTC502",
    "warning",
    "size-over-default-quota",
    "The policy is over a quota most attachments have",
    "An identity policy over 6,144 characters fits only as a role inline policy; a trust policy over 2,048 needs a raised quota. Shorten it or plan for the attachment it needs."
  ),
  check(
    "RTC503",
    "notice",
    "size-over-user-inline-quota",
    "The identity policy is over 2,048 characters",
    "It cannot be attached inline to an IAM user (2,048 characters). Attach it as a managed policy instead. A file alone does not say whose policy it is; given the generate inputs, validate does not report a role's policy (IAM gives a role's inline policies 10,240): every identity policy but the one that lets the user assume the role, and every one with `trust-principal: role`."
  ),
  // RTC504: quotas that count white space (src/core/lint/kinds/).
  check(
    "RTC504",
    "warning",
    "size-over-quota-as-written",
    "The policy is over its quota as written, white space included",
    "Service control policies and resource control policies (5,120 characters) and VPC endpoint policies (20,480) count every character, white space included. The policy fits only once the white space outside strings is removed: minify it before attaching it, or shorten it."
  ),
  // ---- RTC6xx: security ----
  check(
    "RTC601",
    "error",
    "principal-star-no-condition",
    'Principal "*" is allowed with no condition',
    'Any principal in any AWS account matches. On a trust policy anyone can assume the role; on a key policy anyone can use the key. Name the principals, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`. Not reported when a Deny of the same policy to Principal "*" takes the same actions and resources back from every caller outside named networks or accounts (`NotIpAddress` on `aws:SourceIp`, `StringNotEquals` on `aws:SourceVpce` or `aws:PrincipalOrgID`, as the API Gateway samples in the AWS documentation do, or on the account or organization that owns the VPC endpoint, `aws:VpceAccount` or `aws:VpceOrgID`, as AWS\'s data perimeter policies do): then only those callers are let in A pattern that callers anyone can be match names no one: `StringNotLike` `aws:PrincipalOrgID` `"o-*"` (every organization), `ArnNotLike` `aws:PrincipalArn` `arn:aws:iam::*:role/deploy` (a role anyone can create in an account of their own).'
  ),
  check(
    "RTC602",
    "error",
    "notprincipal-with-allow",
    "NotPrincipal is used with Allow",
    "Allow with NotPrincipal grants access to every principal not listed, including anonymous users. Use `Principal` with the principals you mean."
  ),
  check(
    "RTC603",
    "warning",
    "action-star",
    "The statement allows every action",
    '`"Action": "*"` grants every action of every service, including actions AWS adds later; on `"Resource": "*"` that is full administrator (IAM, billing and every account-wide setting included). It is a warning, not an error: a full-administrator grant is valid and deliberate in every account (AWS\'s AdministratorAccess, an administrator permission set), like NotAction on everything (RTC618). To stop a pull request that adds one, run validate with `fail-on: warning`. Otherwise name the actions the workload needs. `*:*` is not read as every action: IAM refuses a wildcard in the service prefix (RTC201). A bucket policy that delegates access control to access points is not reported: a statement that lets in only requests through the access points of named accounts (`s3:DataAccessPointAccount` or `s3:DataAccessPointArn`, or their `s3express:` forms for directory buckets, with a 12-digit account, under an operator that is false when the key is absent) allows nothing that an access point\'s own policy does not allow as well, and the S3 User Guide recommends `"Action": "*"` so ("Delegating access control to access points"). Delegate to your own account\'s access points only: another account\'s access point policies could then allow it anything on the bucket.'
  ),
  check(
    "RTC604",
    "warning",
    "sts-star",
    "The statement allows every STS action",
    "`sts:*` includes role assumption with every federation method and session tagging. Name the STS actions needed (usually `sts:AssumeRole`)."
  ),
  check(
    "RTC605",
    "warning",
    "assume-role-any-resource",
    "sts:AssumeRole is allowed on every role",
    'With `Resource "*"` the principal can assume every role whose trust policy lets it in, in any account; when the condition pins the account or organization of the roles (`aws:ResourceAccount` or `aws:ResourceOrgID` under `StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, ids written out, or `${aws:PrincipalAccount}`), every role there. Name the role ARNs. A statement limited to roles that carry a given tag (`iam:ResourceTag/KEY` or `aws:ResourceTag/KEY` under `StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, not negated, not `...IfExists`, a value other than `*`) reaches those roles only and is not reported, unless the same policy lets the holder tag roles (`iam:TagRole`, `iam:*`, `*` or NotAction).'
  ),
  check(
    "RTC606",
    "warning",
    "privilege-escalation",
    "IAM actions that let a principal raise its own privileges are allowed broadly",
    'Actions such as `iam:CreateAccessKey`, `iam:PutRolePolicy`, `iam:AttachUserPolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` or `iam:UpdateAssumeRolePolicy` on `"*"` or on every user or role let the holder give itself (or others) more access. Wildcards (`iam:Put*`) and NotAction count by what they match; an unconditional Deny of the action in the same policy cancels the finding. An Allow whose condition requires `iam:PermissionsBoundary` to name given policies (`StringEquals`, `StringEqualsIgnoreCase`, `StringLike`, `ArnEquals` or `ArnLike` on ARNs written out; not negated, not `...IfExists`, not `ForAllValues:`) is bounded delegation (the pattern AWS documents for handing out IAM administration): what it lets the holder create or change stays within that boundary, and an action that does not take the key is never allowed by it, so only `iam:DeleteRolePermissionsBoundary` and `iam:DeleteUserPermissionsBoundary`, which take a boundary off, are still reported from such a statement. `iam:PassRole` whose condition names the services a role may be passed to (`iam:PassedToService` under `StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, each value naming its service before any wildcard, such as `ec2.amazonaws.com`; not negated, not `...IfExists`, not `ForAllValues:`), the condition the IAM guide documents for it, hands roles only to those services: what the holder can then do is a path through them, RTC624 (a new Lambda function, EC2 instance...), not reported here. Nor is a statement whose condition names the managed policies it may attach (`iam:PolicyARN` under `ArnEquals`, `ArnLike`, `StringEquals`... not negated, not `...IfExists`), each an AWS managed policy ARN written out (`arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore`), as AWS\'s Quick Setup policies grant: the key is only in Attach/Detach requests, so the statement allows nothing else, and it attaches only policies no customer can change; unless one of them grants all of IAM (`AdministratorAccess`, `IAMFullAccess`). Scope them to specific ARNs. Paths through other services (passing a role to new compute) are RTC624.'
  ),
  check(
    "RTC607",
    "warning",
    "kms-any-resource-identity",
    "KMS actions are allowed on every key in an identity policy",
    'With `Resource "*"` the principal can use or manage every key whose key policy delegates to the account. Name the key ARNs, or limit the statement with a `kms:ViaService` or `kms:ResourceAliases` condition (a statement with one is not reported). Nor is a statement limited to keys that carry a given tag (`aws:ResourceTag/KEY` under `StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, not negated, not `...IfExists`, a value other than `*`: the KMS Developer Guide\'s ABAC for AWS KMS), unless the same policy lets the holder tag keys (`kms:TagResource`, `kms:*`, `*` or NotAction), which would let it tag its way in.'
  ),
  check(
    "RTC608",
    "warning",
    "cross-account-no-external-id",
    "An account is trusted with no sts:ExternalId condition",
    "When a third party assumes the role on your behalf, require `sts:ExternalId` so another customer of that party cannot make it assume your role (the confused-deputy problem). A file alone does not say whose account the role is in; given the generate inputs, validate does not report an account root the setup controls in a trust policy that names no other account: the role's own (`account-id`), and the user's (`user-account-id`) when `user-name` or `principal-role-name` names the requester there, whose policy the setup deploys in it. AWS suggests the external id for an account you do not control."
  ),
  check(
    "RTC609",
    "error",
    "oidc-trust-no-sub",
    "An OIDC trust has no condition on the subject",
    'Without a `:sub` condition (or with only a negated one, `StringNotEquals`/`StringNotLike`, which leaves out the subjects it names and lets every other in, or one under `StringLike` with `"*"` among its patterns, which matches every subject) every identity of the provider can assume the role; for GitHub that is every workflow in every repository. Add a `StringEquals`/`StringLike` condition on `<provider>:sub`. Login with Amazon and Facebook tokens name the app they were issued to: a condition on `www.amazon.com:app_id` or `graph.facebook.com:app_id` limits the role to that app, as the IAM User Guide shows for mobile apps (not so `accounts.google.com:aud`, an audience any Google Cloud service account can ask a token for). A Cognito identity pool\'s token names the pool, not a subject: there the condition is `cognito-identity.amazonaws.com:aud`, the identity pool id, as the Cognito guide shows (IAM refuses a Cognito trust with no condition at all).'
  ),
  check(
    "RTC610",
    "error",
    "github-oidc-sub-pattern",
    "The GitHub OIDC sub pattern never matches or matches everything",
    "GitHub's `sub` claim is `repo:ORG/REPO:ref:refs/heads/BRANCH`, `repo:ORG/REPO:environment:NAME` or `repo:ORG/REPO:pull_request`. A pattern without the `:` after the repository never matches, nor one that names a ref GitHub never writes there (`repo:ORG/REPO:ref:main` for `ref:refs/heads/main`: the claim holds the ref in full); `*` or `repo:*` under StringLike matches every repository (under StringEquals the `*` is literal and matches none, which RTC404 reports), and a `*` in the owner's name (`repo:*/REPO:*`, `repo:ORG*`, `*:ref:refs/heads/main`) matches the repositories of accounts anyone can sign up for on github.com."
  ),
  check(
    "RTC611",
    "warning",
    "service-principal-no-source",
    "A service principal is allowed with no aws:SourceAccount or aws:SourceArn condition",
    "A service acting for any AWS customer could use the key (the confused-deputy problem). Add `aws:SourceAccount` or `aws:SourceArn` to the statement. `aws:SourceOwner`, the account key some services set instead when they publish to an SNS topic (Amazon SNS Developer Guide, \"aws:SourceAccount versus aws:SourceOwner\"), counts as one too. In a key policy, requiring the encryption context ARN a service fills in (`kms:EncryptionContext:aws:logs:arn`, `...:aws:cloudtrail:arn`) to be in your account does the same, as the CloudWatch Logs and CloudTrail guides show. Elastic Load Balancing's log-delivery principal `logdelivery.elasticloadbalancing.amazonaws.com` granted only `s3:PutObject` is not reported: the Elastic Load Balancing guides grant it so, with no source condition. Nor is a service granted only KMS actions of the Read or List access level (`kms:DescribeKey`, `kms:GetKeyRotationStatus`, `kms:List*`...): they return the key's metadata and neither use nor change the key, and the CloudTrail guide has every trail's key policy grant `cloudtrail.amazonaws.com` `kms:DescribeKey` with no condition. Nor is AWS RAM (`ram.amazonaws.com`): it shares a resource only at its owner's request (\"You can share a resource only if you own it\", AWS RAM User Guide), so no other customer can make it act on yours, and the Lake Formation guide has a Data Catalog resource policy grant it `glue:ShareResource` with no condition."
  ),
  check(
    "RTC612",
    "notice",
    "account-root-principal",
    "The whole account is trusted",
    "A principal like `arn:aws:iam::111122223333:root` (or the bare account id) delegates to the account: every user and role there that an administrator grants the permission can use it. Name specific roles or users when you can. Elastic Load Balancing's log-delivery account of a Region (`arn:aws:iam::127311923021:root` in us-east-1 and the others the Elastic Load Balancing guides list for the bucket policy of access logs) granted only `s3:PutObject` is not reported: that account is AWS's, not one whose users you could name."
  ),
  check(
    "RTC613",
    "warning",
    "principal-type-account-condition",
    'aws:PrincipalType "Account" limits the statement to the root user',
    "Only the account root user has principal type `Account`; IAM users and roles of that account do not match, so the delegation to the account does not work for them."
  ),
  check(
    "RTC614",
    "warning",
    "deny-notprincipal-role",
    "Deny with NotPrincipal names a role but not its sessions",
    'Requests made with a role come from its assumed-role session ARN (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`), which NotPrincipal does not exempt when only the role ARN is listed. Use a `Principal: "*"` Deny with an `ArnNotLike` condition on `aws:PrincipalArn`.'
  ),
  check(
    "RTC615",
    "warning",
    "account-wildcard",
    "An ARN matches every account",
    "In an Allow of actions that reach resources another account opens to you with a resource policy (`sts:AssumeRole` on roles, KMS keys, buckets, queues, topics, secrets, functions, repositories ...), a `*` in the account part (e.g. `arn:aws:iam::*:role/NAME`) reaches those resources in every AWS account, including other organisations'. Name the accounts, or pin them with `aws:ResourceAccount`/`aws:ResourceOrgID`. Each ARN is read by itself (by the catalogue's ARN formats): it is reported when such an action can reach it, so an Auto Scaling group's or a log group's ARN beside a KMS key in one statement is not, nor an AWS Glue resource outside the Data Catalog (a job, crawler or session: Glue's resource policies cover only the catalog, databases, tables, connections and user-defined functions), nor sts's own `self` session, nor an AWS Backup resource other than a vault (only `backup:CopyIntoBackupVault` crosses accounts), an OpenSearch resource other than a domain, or an EventBridge resource other than an event bus and its rules (archives, connections, API destinations); nor an ARN of a type the reference writes with no account or `*` for it (an AWS Backup recovery point, a partner event source), where no account can be named, nor one of such a type written with a Region and an account (`arn:aws:s3:us-east-1:*:NAME/*` for an object, whose ARN has neither: it names no resource, as RTC310 says); an ARN of a type the reference does not list, in the service's namespace, still is. Statements whose actions act only in the caller's account (IAM's own actions such as `iam:PassRole`, most services) are not reported: there the ARN cannot reach another account. Nor are service control, resource control and VPC endpoint policies: an Allow there grants nothing."
  ),
  check(
    "RTC616",
    "error",
    "placeholder-unresolved",
    "A template placeholder was never filled in",
    "The text still holds a placeholder such as `<ACCOUNT_ID>`, `${var}`, `#{AWS::AccountId}` or `...`. Render the template (or replace the placeholder) before committing or validating the policy."
  ),
  check(
    "RTC617",
    "notice",
    "write-action-any-resource",
    "Write actions that could be limited to specific resources are allowed on every resource",
    'An Allow statement in an identity policy grants Write, Tagging or Permissions-management actions that act on specific resources (the Service Authorization Reference lists resource types for them) on `"Resource": "*"`, so the principal can change every such resource in the account. Name the resources in `Resource`, or limit the statement with an `aws:ResourceTag`-style condition. KMS actions, `sts:AssumeRole` and IAM privilege-escalation actions are reported by RTC607, RTC605 and RTC606 instead.'
  ),
  // RTC618-RTC624: broad grants, federation, public access, escalation paths (issue 8b).
  check(
    "RTC618",
    "warning",
    "allow-not-action",
    "Allow with NotAction grants every action not listed",
    "An Allow statement with `NotAction` on every resource grants every action of every service except those listed, including actions AWS adds later; the finding counts them from the action catalogue. AWS's job-function policies (PowerUserAccess) do this on purpose; elsewhere, list the actions the workload needs in `Action`."
  ),
  check(
    "RTC619",
    "warning",
    "allow-not-resource",
    "Allow with NotResource grants the actions on every other resource",
    "An Allow statement with `NotResource` grants its actions on every resource except those listed, in every account the principal can reach, including resources created later. Name the resources in `Resource` instead."
  ),
  check(
    "RTC620",
    "error",
    "saml-trust-principal",
    "sts:AssumeRoleWithSAML is trusted to a principal that is not a SAML provider",
    'Only a SAML identity provider (`"Federated": "arn:aws:iam::ACCOUNT:saml-provider/NAME"`) can call `sts:AssumeRoleWithSAML`; naming an IAM user, role, account or service there means the statement never lets anyone in. Name the SAML provider, or use `sts:AssumeRole` for IAM principals.'
  ),
  check(
    "RTC621",
    "error",
    "web-identity-trust-principal",
    "sts:AssumeRoleWithWebIdentity is trusted to a principal that is not an OIDC provider",
    'Only an OIDC identity provider (`"Federated": "arn:aws:iam::ACCOUNT:oidc-provider/HOST"`) or a built-in web identity provider (`cognito-identity.amazonaws.com`, `accounts.google.com`, `graph.facebook.com`, `www.amazon.com`) can call `sts:AssumeRoleWithWebIdentity`; naming an IAM user, role, account, service or SAML provider there means the statement never lets anyone in. Name the provider, or use `sts:AssumeRole` for IAM principals.'
  ),
  check(
    "RTC622",
    "error",
    "public-function-url",
    "A Lambda function URL is open to anyone without authentication",
    '`Principal: "*"` allowed `lambda:InvokeFunctionUrl` with `lambda:FunctionUrlAuthType` `NONE` and no other limit: anyone on the internet can invoke the function, unsigned. Use auth type `AWS_IAM` and name the principals, or add a condition that limits the caller (`aws:SourceAccount`, `aws:PrincipalOrgID`).'
  ),
  check(
    "RTC623",
    "error",
    "principal-star-condition-not-limiting",
    'Principal "*" is allowed with conditions that do not limit who',
    "The statement's conditions test only how a request is made (`aws:SecureTransport`, `aws:RequestedRegion`, `aws:UserAgent`, time, encryption headers...) or values the caller sets itself (`sts:ExternalId`, which AWS says is no secret, `sts:RoleSessionName`, `sts:SourceIdentity`, and the tags it carries or sends: `aws:PrincipalTag/...`, which whoever assumes a role sets with session tags, `aws:RequestTag/...`, `aws:TagKeys`, and the kind of principal it calls as, `aws:PrincipalType`, which callers of every account have) or what the request acts on (the resource's tags: `aws:ResourceTag/...`, `s3:ExistingObjectTag/...`; a tagged resource open to anyone is as public as RTC601's), not who makes it, or conditions on the caller that every caller meets: a negated operator (`StringNotEquals` on `aws:PrincipalAccount` lets in every account but one), `*`, `0.0.0.0/0` or a principal ARN with `*` for the account (`arn:aws:iam::*:role/deploy`: anyone can make a role of that name), `Null` asking only that a key be there, or `...IfExists`, `ForAllValues:` and `Null` true on a key some caller does not send (`aws:SourceVpce` or `aws:VpceOrgID` outside a VPC endpoint, `aws:PrincipalOrgID` outside an organization, `aws:SourceArn` on a direct call), or a condition on the account that owns the resource (`aws:ResourceAccount`, `s3:ResourceAccount`) that holds for the statement's own resources, every one an ARN of an account it names (`aws:PrincipalAccount` was meant). So any principal in any AWS account, or anyone at all, passes them. Name the principals, or add a condition on the caller such as `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount` or `aws:SourceArn`."
  ),
  check(
    "RTC624",
    "warning",
    "privilege-escalation-path",
    "Actions that let a principal act with another role's permissions are allowed broadly",
    "A known privilege-escalation path through another service is allowed on every resource of its type: passing a role (`iam:PassRole` on `\"*\"`) to new compute (`lambda:CreateFunction`, `ec2:RunInstances`, `glue:CreateDevEndpoint`, `cloudformation:CreateStack`, SageMaker, ECS, CodeBuild, Data Pipeline), or reaching compute that already holds a role (`lambda:UpdateFunctionCode`, `ssm:SendCommand`, `ssm:StartSession`, `ec2-instance-connect:SendSSHPublicKey`, `glue:UpdateDevEndpoint`, `cloudformation:UpdateStack`, `sagemaker:CreatePresignedNotebookInstanceUrl`, `ecs:ExecuteCommand`: ECS Exec, a shell in a running task, which needs nothing more of the caller; the `ssmmessages:` channel is the task role's permission). Wildcards and NotAction count by what they match, and a resource counts when it can name every resource the path goes through (for `ssm:SendCommand` every instance, not every bucket or SSM document it also acts on, and then only with a document that runs any command, such as `AWS-RunShellScript`, or every document); a statement that applies only to calls an AWS service makes for the holder (`aws:CalledVia`, `aws:ViaAWSService` true) grants no path, nor does one limited to resources carrying a given tag (`aws:ResourceTag/KEY` or a service's `ssm:resourceTag/KEY`, `iam:ResourceTag/KEY`... under `StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, not negated, not `...IfExists`, a value other than `*`), the attribute-based pattern AWS documents for Session Manager and Lambda: it reaches the tagged instances, functions or roles only, unless the same policy lets the holder tag what the path goes through (an action of the Tagging access level on that kind of resource, such as `ec2:CreateTags` for instances or `iam:TagRole` for roles, a wildcard covering one, on a Resource that can name such a resource; not `sts:TagSession`, which tags the session being made, not the role; not one that applies only to calls a service makes for the holder, nor one that `ec2:CreateAction` limits to tagging what a create action makes, nor one limited to resources that already carry the path's tag with values it admits, which tags only what is in scope already), which would let it tag its way in (RTC606 does not read tags: a policy written on a tagged role raises privileges all the same); and an unconditional Deny of the path in the same policy cancels the finding. A role passed under an `iam:PassedToService` condition (`StringEquals`, `StringEqualsIgnoreCase` or `StringLike`, not negated, not `...IfExists`) goes only to the services it names: `iam:PassRole` for `ec2.amazonaws.com` beside `lambda:CreateFunction` is no path (a new Lambda function takes its role through `lambda.amazonaws.com`, an ECS task through `ecs-tasks.amazonaws.com`). Limit the actions to specific resources and `iam:PassRole` to specific role ARNs (with `iam:PassedToService`)."
  ),
  // RTC625: a KMS key policy no one can change (src/core/lint/rules/key-policy-lockout.ts).
  check(
    "RTC625",
    "warning",
    "key-policy-lockout",
    "No principal can change the KMS key policy",
    'No Allow statement of the key policy grants `kms:PutKeyPolicy` to any principal (through `kms:*`, `kms:Put*`, NotAction that does not list it, ...), or an unconditional Deny takes every such grant back. KMS decides who may change a key policy from the key policy alone, and IAM policies in the account grant access to the key only as far as the key policy allows the account, so no one could ever change this one: KMS accepts it only with `BypassPolicyLockoutSafetyCheck` (which CloudFormation and Terraform pass on), and after that only AWS Support can restore access. Keep the statement AWS\'s default key policy starts with, "Allows access to the AWS account and enables IAM policies": `{"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}` with the key\'s account; or allow a key administrator role `kms:PutKeyPolicy` (the console\'s key administrators statement grants `kms:Put*`). The check reads a file as a key policy when it is a resource policy whose every action is a `kms:` one, every `Resource` is `"*"`, and at least one statement allows; it stays silent when it cannot be sure: an Allow with a Condition or NotPrincipal counts as a grant, a Deny takes a grant back only with no Condition, on `"*"`, to `"*"` or to exactly the principals the Allow names, and a file with a statement it cannot read (no valid Effect, no Action, no Principal, a `...` left out) is not checked. A key policy with no statement for the account root but a key administrator allowed `kms:PutKeyPolicy` is not reported: that keeps IAM administrators away from the key by design.'
  ),
  // RTC626: a federated provider trusted for none of the actions it signs in with (src/core/lint/rules/trust-federation.ts).
  check(
    "RTC626",
    "error",
    "federated-provider-action",
    "A federated provider is trusted, but not for the action it signs in with",
    "A SAML identity provider signs its users in only through `sts:AssumeRoleWithSAML`, an OIDC provider (`arn:aws:iam::ACCOUNT:oidc-provider/HOST`, GitHub Actions, EKS) or a built-in web identity provider (`cognito-identity.amazonaws.com`, `accounts.google.com` ...) only through `sts:AssumeRoleWithWebIdentity`. A trust statement that names such a provider under `Federated` but whose assume actions leave that one out (usually `sts:AssumeRole` alone, copied from an IAM user's trust) lets none of the provider's users assume the role: allow the provider's own action (IAM principals keep `sts:AssumeRole`, in a statement of their own). A statement of session actions only (`sts:TagSession`, `sts:SetSourceIdentity`) is not reported, nor one whose only assume action is the other provider's (RTC620 and RTC621 report that)."
  ),
  // RTC627: aws:SourceIp given a private range (src/core/lint/rules/source-ip.ts).
  check(
    "RTC627",
    "error",
    "condition-source-ip-private",
    "aws:SourceIp is given a private address range",
    "`aws:SourceIp` holds the public address a request comes from, and a request that comes through a VPC endpoint has no `aws:SourceIp` at all (the IAM User Guide: use `aws:VpcSourceIp` there); AWS supports only public addresses and ranges under it. A value that lies inside the private blocks (RFC 1918's `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`, or IPv6 unique local `fc00::/7`) therefore never matches: under `IpAddress` the statement never applies to those addresses, and under `NotIpAddress` (a Deny for requests from outside the company network) it excludes nothing, so the Deny also refuses the requests it meant to spare. Give the public addresses the network reaches AWS from (its NAT gateway or proxy), or, for traffic through a VPC endpoint, test `aws:VpcSourceIp` together with `aws:SourceVpc` or `aws:SourceVpce`. Ranges that reach past a private block (`10.0.0.0/7`, `0.0.0.0/0`) and `aws:VpcSourceIp` are not reported."
  ),
  // RTC628: aws:SourceIp needed together with a key only VPC endpoint requests carry (src/core/lint/rules/source-ip.ts).
  check(
    "RTC628",
    "error",
    "condition-source-ip-with-vpc-endpoint",
    "aws:SourceIp is required together with a key only VPC endpoint requests carry",
    "The IAM User Guide's global condition keys: `aws:SourceIp` is in the request context except when the request comes through a VPC endpoint, and `aws:SourceVpce`, `aws:SourceVpc`, `aws:VpcSourceIp`, `aws:VpceAccount`, `aws:VpceOrgID` and `aws:VpceOrgPaths` are in it only when it does. A statement whose conditions need both present (`IpAddress` on `aws:SourceIp` and `StringEquals` on `aws:SourceVpce`: condition operators are ANDed) matches no request: an Allow grants nothing, a Deny refuses nothing. To admit either path, allow each in its own statement; to refuse requests from neither, use one Deny with both negated (`NotIpAddress` and `StringNotEquals`), which is not reported. Operators that are true when the key is absent (negated ones, `...IfExists`, `ForAllValues:`, `Null`) are left alone."
  )
];
var CHECK_BY_CODE = new Map(CHECKS.map((c) => [c.code, c]));

// src/core/lint/classify.ts
var TRUST_ACTIONS = [
  "sts:AssumeRole",
  "sts:AssumeRoleWithWebIdentity",
  "sts:AssumeRoleWithSAML",
  "sts:TagSession",
  "sts:SetSourceIdentity",
  "sts:SetContext"
];
function namesTrustAction(pattern) {
  if (pattern.length < 4 || pattern.slice(0, 4).toLowerCase() !== "sts:") return false;
  for (const a of TRUST_ACTIONS) if (actionMatches(pattern, a)) return true;
  return false;
}
var trustMemo = /* @__PURE__ */ new Map();
function isTrustAction(pattern) {
  let trust = trustMemo.get(pattern);
  if (trust === void 0) {
    trust = namesTrustAction(pattern);
    if (trustMemo.size >= 2e4) trustMemo.clear();
    if (memorable(pattern)) trustMemo.set(pattern, trust);
  }
  return trust;
}
function looksLikeResourceControlPolicy(statements) {
  if (statements.length === 0) return false;
  let first;
  let services2 = 1;
  for (const s of statements) {
    if (s.effect !== "Deny" || s.principals.length !== 1 || s.principals[0].type !== "*" || s.principals[0].value.value !== "*") return false;
    if (s.resources.length !== 1 || s.resources[0].value !== "*" || s.elements.NotAction !== void 0) return false;
    for (const lower of s.lowerActions) {
      const service = serviceOf(lower);
      if (service === void 0) continue;
      if (first === void 0) first = service;
      else if (service !== first) services2++;
    }
  }
  return services2 > 1;
}
function looksLikeEndpointPolicy(statements) {
  let first;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Allow") continue;
    for (let j = 0, lowerActions = s.lowerActions; j < lowerActions.length; j++) {
      const lower = lowerActions[j];
      if (lower === "*") {
        if (s.resources.some((r) => r.value === "*")) return true;
        continue;
      }
      const service = serviceOf(lower);
      if (service === void 0) continue;
      if (first === void 0) first = service;
      else if (service !== first) return true;
    }
  }
  return false;
}
var BUCKET_NAME = /^[A-Za-z0-9._-]+$/;
var TOPIC_ARN = /^arn:[a-z-]+:sns:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):([A-Za-z0-9_-]+(?:\.fifo)?)$/;
function attachmentOf(arn) {
  const lower = arn.toLowerCase();
  const s3 = /^arn:[a-z-]+:s3:::/.exec(lower);
  if (s3) {
    const rest = arn.slice(s3[0].length);
    const slash = rest.indexOf("/");
    const bucket = slash === -1 ? rest : rest.slice(0, slash);
    return BUCKET_NAME.test(bucket) ? `s3:${bucket.toLowerCase()}` : void 0;
  }
  const topic = TOPIC_ARN.exec(arn);
  return topic ? `sns:${topic[1]}:${topic[2]}:${topic[3]}` : void 0;
}
function namesTwoAttachments(statements) {
  let first;
  for (let i = 0; i < statements.length; i++) {
    const resources = statements[i].resources;
    for (let j = 0; j < resources.length; j++) {
      const attachment = attachmentOf(resources[j].value);
      if (attachment === void 0) continue;
      if (first === void 0) first = attachment;
      else if (attachment !== first) return true;
    }
  }
  return false;
}
function refusedAsTrustPolicy(statements) {
  let bareStar = false;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.elements.Resource === void 0 && s.elements.NotResource === void 0) return false;
    if (s.elements.Principal?.value.kind === "string" && s.elements.Principal.value.value === "*") bareStar = true;
  }
  return bareStar;
}
function classifyStatements(statements) {
  let principal = false;
  let resource = false;
  let trust = 0;
  let other = 0;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.elements.Principal !== void 0 || s.elements.NotPrincipal !== void 0) principal = true;
    if (s.elements.Resource !== void 0 || s.elements.NotResource !== void 0) resource = true;
    for (let j = 0, actions = s.actions; j < actions.length; j++) {
      const a = actions[j];
      if (isTrustAction(a.value)) trust++;
      else other++;
    }
    for (let j = 0, notActions = s.notActions; j < notActions.length; j++) {
      const a = notActions[j];
      if (isTrustAction(a.value)) trust++;
      else other++;
    }
  }
  if (!principal) return "identity";
  if (looksLikeResourceControlPolicy(statements)) return "rcp";
  if (trust > 0 && (other === 0 || !resource)) {
    if (!refusedAsTrustPolicy(statements)) return "trust";
    return statements.every((s) => s.effect === "Deny") ? "rcp" : "endpoint";
  }
  if (looksLikeEndpointPolicy(statements)) return "endpoint";
  if (namesTwoAttachments(statements) && statements.some((s) => s.effect === "Allow")) return "endpoint";
  return "resource";
}
function looksLikeKeyPolicy(statements) {
  let any = false;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0, lowerActions = s.lowerActions; j < lowerActions.length; j++) {
      const lower = lowerActions[j];
      if (!lower.startsWith("kms:")) return false;
      any = true;
    }
    for (let j = 0, notActions = s.notActions; j < notActions.length; j++) {
      const a = notActions[j];
      if (!lowerAction(a.value).startsWith("kms:")) return false;
      any = true;
    }
  }
  return any;
}

// src/core/lint/kinds/kind.ts
function principalOf(s) {
  return s.elements.Principal ?? s.elements.NotPrincipal;
}
function requirePrincipal(s, message, hint, out) {
  if (principalOf(s)) return;
  out.push({ code: "RTC113", span: openingOf(s.node), message: message(), hint });
}
function requireResource(s, message, hint, out) {
  if (s.elements.Resource !== void 0 || s.elements.NotResource !== void 0) return;
  out.push({ code: "RTC111", span: openingOf(s.node), message: message(), hint });
}
function forbidPrincipal(s, code, described, why, out) {
  const principal = principalOf(s);
  if (!principal) return;
  out.push({
    code,
    span: principal.key.span,
    message: `${described[0].toUpperCase()}${described.slice(1)} cannot have ${principal.key.value}: ${why}.`,
    hint: `Remove ${principal.key.value}, or declare the file's kind in policy-files if it is another kind of policy.`
  });
}
function writtenSizeQuota(size, quota, described) {
  if (size.counted > quota) {
    return {
      code: "RTC501",
      message: `The policy is ${groupDigits(size.counted)} characters even without white space; ${described} cannot exceed ${groupDigits(quota)}.`,
      hint: "Split it into several policies, or shorten it (wildcards, fewer statements)."
    };
  }
  if (size.written > quota) {
    return {
      code: "RTC504",
      message: `The policy is ${groupDigits(size.written)} characters as written; ${described} may hold ${groupDigits(quota)} and white space counts (${groupDigits(size.counted)} without it).`,
      hint: "Remove the white space outside strings (minify the JSON) before attaching it, or shorten it."
    };
  }
  return void 0;
}

// src/core/lint/kinds/identity.ts
var USER_INLINE = 2048;
var MANAGED = 6144;
var ROLE_INLINE = ROLE_INLINE_POLICIES_MAX;
var identityPolicy = {
  name: "identity",
  described: "an identity policy",
  strictSid: true,
  allowGrants: true,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, "RTC114", "an identity policy", "it applies to whoever it is attached to", out);
    requireResource(s, () => `${statementLabel(s, true)} has no Resource.`, 'Add "Resource": ["arn:..."] naming what the actions apply to.', out);
  },
  sizeFloor: USER_INLINE,
  checkSize(_ctx, { counted }) {
    if (counted > ROLE_INLINE) {
      return { code: "RTC501", message: `The policy is ${groupDigits(counted)} characters without white space; no identity policy may exceed ${groupDigits(ROLE_INLINE)} (role inline), managed policies ${groupDigits(MANAGED)}.`, hint: "Split it into several managed policies or use wildcards to shorten action lists." };
    }
    if (counted > MANAGED) {
      return { code: "RTC502", message: `The policy is ${groupDigits(counted)} characters without white space: over the ${groupDigits(MANAGED)} of a managed policy; it fits only inline on a role (${groupDigits(ROLE_INLINE)}).`, hint: "Split it, or attach it inline to a role." };
    }
    if (counted > USER_INLINE) {
      return { code: "RTC503", message: `The policy is ${groupDigits(counted)} characters without white space: over the ${groupDigits(USER_INLINE)} an IAM user's inline policies may total.`, hint: "Attach it as a managed policy (6,144) rather than inline on a user." };
    }
    return void 0;
  }
};

// src/core/lint/kinds/trust.ts
var DEFAULT_QUOTA = 2048;
var MAX_QUOTA = 8192;
function checkPrincipalForm(s, out) {
  const principal = s.elements.Principal;
  if (principal && principal.value.kind === "string" && principal.value.value === "*") {
    out.push({
      code: "RTC127",
      span: principal.value.span,
      message: 'A role trust policy takes no bare "Principal": "*": IAM refuses the policy; every principal is written {"AWS": "*"} there.',
      hint: 'Write "Principal": {"AWS": "*"} with a condition that limits who (aws:PrincipalOrgID, aws:PrincipalArn), or name the principals.'
    });
  }
  const notPrincipal = s.elements.NotPrincipal;
  if (notPrincipal) {
    out.push({
      code: "RTC127",
      span: notPrincipal.key.span,
      message: "A role trust policy cannot have NotPrincipal: IAM refuses the policy.",
      hint: 'Name who may assume the role in Principal; to leave principals out, use a Deny with "Principal": {"AWS": "*"} and an ArnNotLike condition on aws:PrincipalArn.'
    });
  }
}
var trustPolicy = {
  name: "trust",
  described: "a trust policy",
  strictSid: true,
  allowGrants: true,
  principalStarIsPublic: true,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    const resource = s.elements.Resource ?? s.elements.NotResource;
    if (resource) {
      const rcpShaped = s.effect === "Deny" && s.principals.some((p) => p.type === "*" || p.value.value === "*");
      out.push({
        code: "RTC112",
        span: resource.key.span,
        message: `A trust policy cannot have ${resource.key.value}: it always applies to the role it is attached to.`,
        hint: rcpShaped ? `If this file is a resource control policy (a Deny for every principal, on resources), declare its kind with an "rcp:" line in policy-files (e.g. "rcp: policies/rcp/*.json"); if it is a trust policy, remove the ${resource.key.value} element.` : `Remove the ${resource.key.value} element.`
      });
    }
    requirePrincipal(s, () => `${statementLabel(s, true)} of a trust policy has no Principal: no one can assume the role through it.`, 'Add "Principal": {"AWS": "arn:aws:iam::ACCOUNT:user/NAME"} (or Service/Federated).', out);
    checkPrincipalForm(s, out);
    for (let i = 0, actions = s.actions; i < actions.length; i++) {
      const a = actions[i];
      if (a.value !== "" && !isTrustAction(a.value)) {
        out.push({ code: "RTC118", span: a.span, message: `A trust policy can only allow STS role actions; "${a.value}" is not one.`, hint: "Use sts:AssumeRole (or AssumeRoleWithWebIdentity/AssumeRoleWithSAML, TagSession, SetSourceIdentity); put other permissions in an identity policy." });
      }
    }
  },
  sizeFloor: DEFAULT_QUOTA,
  checkSize(_ctx, { counted }) {
    if (counted > MAX_QUOTA) {
      return { code: "RTC501", message: `The trust policy is ${groupDigits(counted)} characters without white space; role trust policies cannot exceed ${groupDigits(MAX_QUOTA)} even with a raised quota.`, hint: "Trust fewer principals per statement, or use conditions such as aws:PrincipalOrgID instead of long lists." };
    }
    if (counted > DEFAULT_QUOTA) {
      return { code: "RTC502", message: `The trust policy is ${groupDigits(counted)} characters without white space: over the default role trust policy quota of ${groupDigits(DEFAULT_QUOTA)}.`, hint: 'Shorten it, or request a higher "Role trust policy length" quota in Service Quotas first.' };
    }
    return void 0;
  }
};

// src/core/lint/kinds/resource.ts
var KEY_POLICY_QUOTA = 32768;
var RESOURCE_IMPLIED_SERVICES = /* @__PURE__ */ new Set(["ecr", "ecr-public"]);
function resourceImplied(s) {
  const actions = s.lowerActions;
  if (actions.length === 0) return false;
  for (let i = 0; i < actions.length; i++) {
    const service = serviceOf(actions[i]);
    if (service === void 0 || !RESOURCE_IMPLIED_SERVICES.has(service)) return false;
  }
  return true;
}
var resourcePolicy = {
  name: "resource",
  described: "a resource policy",
  strictSid: false,
  allowGrants: true,
  principalStarIsPublic: true,
  currentVersionRequired: false,
  checkStatement(ctx, s, out) {
    requirePrincipal(s, () => `${statementLabel(s, true)} of a resource policy has no Principal.`, 'Add "Principal": {"AWS": "arn:..."}.', out);
    if (!resourceImplied(s)) {
      requireResource(
        s,
        () => ctx.isKeyPolicy ? `Key policy ${statementLabel(s)} has no Resource; key policies require "Resource": "*".` : `${statementLabel(s, true)} has no Resource.`,
        ctx.isKeyPolicy ? 'Add "Resource": "*".' : 'Add "Resource" naming the resource the policy is attached to.',
        out
      );
    }
    if (!ctx.isKeyPolicy) return;
    for (let i = 0, resources = s.resources; i < resources.length; i++) {
      const r = resources[i];
      if (r.value !== "*") out.push({ code: "RTC119", span: r.span, message: `In a key policy Resource must be "*" (this key), not "${r.value}".`, hint: 'Write "Resource": "*".' });
    }
  },
  sizeFloor: KEY_POLICY_QUOTA,
  checkSize(ctx, { counted }) {
    if (!ctx.isKeyPolicy || counted <= KEY_POLICY_QUOTA) return void 0;
    return { code: "RTC501", message: `The key policy is ${groupDigits(counted)} characters; KMS key policies cannot exceed ${groupDigits(KEY_POLICY_QUOTA)}.`, hint: "Move permissions to IAM policies or grants." };
  }
};

// src/core/lint/kinds/scp.ts
var QUOTA = 5120;
var serviceControlPolicy = {
  name: "scp",
  described: "a service control policy",
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: true,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, "RTC121", "a service control policy", "an SCP applies to the IAM users and roles of the accounts it is attached to", out);
    requireResource(s, () => `${statementLabel(s, true)} of a service control policy has no Resource.`, 'Add "Resource": "*" (or the ARNs the statement is about).', out);
  },
  sizeFloor: QUOTA,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA, "a service control policy")
};

// src/core/lint/kinds/rcp.ts
var QUOTA2 = 5120;
var RCP_SERVICES = rcpServices();
var resourceControlPolicy = {
  name: "rcp",
  described: "a resource control policy",
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: true,
  checkStatement(_ctx, s, out) {
    const effect = s.elements.Effect;
    if (effect && s.effect === "Allow") {
      out.push({
        code: "RTC122",
        span: effect.value.span,
        message: `${statementLabel(s, true)} allows: resource control policies accept only "Effect": "Deny" (Allow is reserved to the AWS-managed RCPFullAWSAccess).`,
        hint: "Write the statement as a Deny of what must not happen, with conditions for the exceptions."
      });
    }
    const principal = s.elements.Principal;
    const notPrincipal = s.elements.NotPrincipal;
    if (notPrincipal) {
      out.push({ code: "RTC123", span: notPrincipal.key.span, message: 'A resource control policy cannot have NotPrincipal; its Principal must be "*".', hint: 'Write "Principal": "*" and name the exempt principals in a condition (e.g. ArnNotLike aws:PrincipalArn).' });
    } else if (!principal) {
      out.push({ code: "RTC113", span: openingOf(s.node), message: `${statementLabel(s, true)} of a resource control policy has no Principal; it must be "*".`, hint: 'Add "Principal": "*".' });
    } else if (isEveryAwsPrincipal(principal.value)) {
      out.push({
        code: "RTC123",
        span: principal.value.span,
        message: `A resource control policy's Principal must be "*": {"AWS": "*"} is not that, for it leaves out service principals, web identity and SAML sessions and anonymous callers.`,
        hint: 'Write "Principal": "*".'
      });
    } else if (!(principal.value.kind === "string" && principal.value.value === "*")) {
      out.push({ code: "RTC123", span: principal.value.span, message: `A resource control policy's Principal must be "*"; it cannot name principals.`, hint: 'Write "Principal": "*" and narrow the statement with conditions such as aws:PrincipalArn or aws:PrincipalOrgID.' });
    }
    const notAction = s.elements.NotAction;
    if (notAction) {
      out.push({ code: "RTC124", span: notAction.key.span, message: "A resource control policy cannot have NotAction.", hint: 'List the denied actions in Action ("*" for every action of the supported services).' });
    }
    requireResource(s, () => `${statementLabel(s, true)} of a resource control policy has no Resource.`, 'Add "Resource": "*" or the ARNs the statement protects.', out);
    for (let i = 0; i < s.actions.length; i++) {
      const service = serviceOf(s.lowerActions[i]);
      if (service === void 0 || hasWildcard(service) || RCP_SERVICES.has(service)) continue;
      out.push({
        code: "RTC125",
        span: s.actions[i].span,
        message: `"${s.actions[i].value}": resource control policies do not apply to ${service} resources, so this limits nothing.`,
        hint: `RCPs apply only to the services the AWS Organizations User Guide lists under "List of AWS services that support RCPs" (${RCP_SERVICES.size} of them here), and ${service} is not one. Limit it with an SCP or the resource's own policy instead.`
      });
    }
  },
  sizeFloor: QUOTA2,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA2, "a resource control policy")
};
function isEveryAwsPrincipal(node) {
  if (node.kind !== "object" || node.members.length !== 1) return false;
  const only = node.members[0];
  if (only.key.value !== "AWS") return false;
  const v = only.value;
  if (v.kind === "string") return v.value === "*";
  return v.kind === "array" && v.items.length === 1 && v.items[0].kind === "string" && v.items[0].value === "*";
}

// src/core/lint/kinds/endpoint.ts
var QUOTA3 = 20480;
var endpointPolicy = {
  name: "endpoint",
  described: "a VPC endpoint policy",
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    requirePrincipal(s, () => `${statementLabel(s, true)} of a VPC endpoint policy has no Principal.`, 'Add "Principal": "*" (every principal that reaches the endpoint) or name the principals.', out);
    requireResource(s, () => `${statementLabel(s, true)} of a VPC endpoint policy has no Resource.`, 'Add "Resource": "*" or the ARNs requests through the endpoint may reach.', out);
  },
  sizeFloor: QUOTA3,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA3, "a VPC endpoint policy")
};

// src/core/lint/kinds/boundary.ts
var MANAGED2 = 6144;
var permissionsBoundary = {
  name: "boundary",
  described: "a permissions boundary",
  strictSid: true,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, "RTC114", "a permissions boundary", "it is an identity policy, which applies to the user or role whose boundary it is", out);
    requireResource(s, () => `${statementLabel(s, true)} has no Resource.`, 'Add "Resource": "*" (or the ARNs the boundary lets the entity reach).', out);
  },
  sizeFloor: MANAGED2,
  checkSize(_ctx, { counted }) {
    if (counted <= MANAGED2) return void 0;
    return {
      code: "RTC501",
      message: `The policy is ${groupDigits(counted)} characters without white space; a permissions boundary is a managed policy, which cannot exceed ${groupDigits(MANAGED2)}.`,
      hint: "Shorten it (wildcards, fewer statements): an entity has one permissions boundary, so it cannot be split."
    };
  }
};

// src/core/lint/kinds/index.ts
var KIND_RULES = {
  identity: identityPolicy,
  trust: trustPolicy,
  resource: resourcePolicy,
  scp: serviceControlPolicy,
  rcp: resourceControlPolicy,
  endpoint: endpointPolicy,
  boundary: permissionsBoundary
};
var BY_NAME = new Map(Object.entries(KIND_RULES));
function kindRules(kind) {
  const rules = BY_NAME.get(kind);
  if (rules === void 0) throw new Error(`no rules for the policy kind ${JSON.stringify(kind)}`);
  return rules;
}

// src/core/lint/characters.ts
function characterShown(c) {
  if (c > 32 && c < 127) return `"${String.fromCodePoint(c)}"`;
  const code = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  const character = String.fromCodePoint(c);
  return c > 160 && visibleText(character) === character ? `${code} ("${character}")` : code;
}
function firstOutsideAscii(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return i;
  }
  return -1;
}
function outsideAsciiNote(text) {
  const at = firstOutsideAscii(text);
  if (at === -1) return "";
  const c = text.codePointAt(at) ?? 0;
  return c === 32 || c === 9 ? "" : ` It holds ${characterShown(c)}, which is not ASCII: a look-alike of an ASCII character, or an invisible one, copied in with the name.`;
}

// src/core/lint/rules/placeholders.ts
var PLACEHOLDER = /<[^<>"\s]{1,100}>|\$\{[^{}]*\}|#\{[^{}]*\}|\{\{[^{}]*\}\}|\.\.\.|\u2026/g;
var KEY_SHAPE = /^[A-Za-z0-9._/-]+:[A-Za-z0-9_][^\s:]*(:[^\s:]+)*$/;
function isPolicyVariable(token) {
  const variable = parsePolicyVariable(token.slice(2, -1));
  if (variable === void 0) return false;
  if ("character" in variable) return true;
  return KEY_SHAPE.test(variable.key) && conditionKeyNamespace(variable.key) !== "unknown";
}
var VARIABLE = /\$\{[^{}]*\}/g;
function policyVariableIn(text) {
  if (!text.includes("${")) return void 0;
  VARIABLE.lastIndex = 0;
  for (let m = VARIABLE.exec(text); m; m = VARIABLE.exec(text)) if (isPolicyVariable(m[0])) return m[0];
  return void 0;
}
var OPENING = /[<{\u2026]|\.\.\./;
function mayHavePlaceholder(text) {
  return OPENING.test(text);
}
function placeholdersIn(text) {
  if (!mayHavePlaceholder(text)) return [];
  const out = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    if (m[0].startsWith("${") && isPolicyVariable(m[0])) continue;
    out.push({ text: m[0], index: m.index });
  }
  return out;
}
function withoutPlaceholders(text) {
  let out = text;
  for (const p of placeholdersIn(text)) out = out.replace(p.text, "");
  return out;
}
function hasPlaceholder(text) {
  return mayHavePlaceholder(text) && placeholdersIn(text).length > 0;
}
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
  if (token === "..." || token === "\u2026") return 'a literal "..." (elided text)';
  if (token.startsWith("#{")) return `the CloudFormation/Serverless placeholder ${token}`;
  if (token.startsWith("${")) return `the template variable ${token}`;
  if (token.startsWith("{{")) return `the template variable ${token}`;
  return `the placeholder ${token}`;
}
function colonsOfArn(text, placeholders) {
  if (!text.startsWith("arn:")) return void 0;
  let blanked = "";
  let from = 0;
  for (const p of placeholders) {
    blanked += text.slice(from, p.index) + "_".repeat(p.text.length);
    from = p.index + p.text.length;
  }
  const colons = arnColons(blanked + text.slice(from));
  return colons.length === 5 ? colons : void 0;
}
var ARN_FIELDS = ["the partition (aws, aws-cn, aws-us-gov)", "the service prefix", "the region", "a 12-digit account id", "the resource type and name"];
function whereItStands(colons, index) {
  if (colons === void 0) return "";
  let field = 0;
  while (field < colons.length && colons[field] < index) field++;
  return field === 0 ? "" : ` stands where ${ARN_FIELDS[field - 1]} belongs`;
}
function collect(node, into) {
  switch (node.kind) {
    case "string":
      if (mayHavePlaceholder(node.value)) into.push(node);
      return;
    case "array":
      for (const item of node.items) collect(item, into);
      return;
    case "object":
      for (const m of node.members) {
        if (m.key.value === "Sid" || m.key.value === "Id") continue;
        if (mayHavePlaceholder(m.key.value)) into.push(m.key);
        collect(m.value, into);
      }
      return;
    default:
  }
}
var TEXT_MAY_HOLD_PLACEHOLDER = /[<\u2026]|[$#{]\{|\.\.\.|\\u/;
function checkPlaceholders(ctx, out) {
  if (!TEXT_MAY_HOLD_PLACEHOLDER.test(ctx.text)) return;
  const strings = [];
  if (ctx.bareStatement) collect(ctx.root, strings);
  else for (const s of ctx.statements) collect(s.node, strings);
  if (strings.length === 0) return;
  const found = /* @__PURE__ */ new Map();
  for (const node of strings) {
    const placeholders = placeholdersIn(node.value);
    const colons = placeholders.length > 0 ? colonsOfArn(node.value, placeholders) : void 0;
    for (const p of placeholders) {
      const seen = found.get(p.text);
      if (seen) {
        seen.count++;
        continue;
      }
      found.set(p.text, {
        count: 1,
        element: node.value,
        draft: {
          code: "RTC616",
          span: spanInside(ctx, node, p.index, p.text.length),
          message: `Unresolved placeholder: ${describe(p.text)} in "${node.value}"${whereItStands(colons, p.index)}.`,
          hint: "Render the template or replace the placeholder with the real value before committing the policy."
        }
      });
    }
  }
  for (const { draft, count } of found.values()) {
    if (count > 1) draft.message += ` It appears ${count} times; every use needs the real value.`;
    out.push(draft);
  }
}
var placeholderRules = [checkPlaceholders];

// src/core/lint/rules/grammar.ts
function sidHint(sid) {
  const kept = sid.replace(/[^A-Za-z0-9]/g, "");
  return kept === "" ? 'Use a name of letters and digits, such as "AllowRead".' : `Use "${kept}" or another name of letters and digits.`;
}
function aKind(node) {
  return node.kind === "null" ? "null" : withArticle(node.kind);
}
var TOP_ELEMENTS = ["Version", "Id", "Statement"];
var TOP_BY_LOWER = new Map(TOP_ELEMENTS.map((e) => [e.toLowerCase(), e]));
var STATEMENT_BY_LOWER = new Map(STATEMENT_ELEMENTS.map((e) => [e.toLowerCase(), e]));
var SID_CHARACTERS = /^[A-Za-z0-9]*$/;
var TOP_NAMES = new Set(TOP_ELEMENTS);
var STATEMENT_NAMES = new Set(STATEMENT_ELEMENTS);
function unknownElement(member, exact, known, where2, out) {
  const name = member.key.value;
  if (exact.has(name)) return;
  const right = known.get(name.toLowerCase());
  out.push({
    code: "RTC116",
    span: member.key.span,
    message: right ? `"${name}" is not an element IAM knows; element names are case-sensitive: write "${right}".` : `"${name}" is not a ${where2} element IAM knows.`,
    hint: right ? `Rename "${name}" to "${right}".` : `Remove "${name}"; ${where2} elements are ${[...known.values()].join(", ")}.`
  });
}
function firstPolicyVariable(statements) {
  for (let j = 0; j < statements.length; j++) {
    const s = statements[j];
    const strings = [...s.resources, ...s.notResources, ...s.principals.map((p) => p.value), ...s.notPrincipals.map((p) => p.value)];
    for (const c of s.conditions) for (const v of c.values) if (v.kind === "string") strings.push(v);
    for (const at of strings) {
      const text = policyVariableIn(at.value);
      if (text !== void 0) return { text, at };
    }
  }
  return void 0;
}
function checkTopLevel(ctx, out) {
  const { root } = ctx;
  let version;
  for (let i = 0, members = root.members; i < members.length; i++) {
    const m = members[i];
    if (m.key.value === "Version") version = m;
    if (ctx.bareStatement) continue;
    unknownElement(m, TOP_NAMES, TOP_BY_LOWER, "top-level", out);
    if (m.key.value === "Id" && m.value.kind !== "string") {
      out.push({ code: "RTC117", span: m.value.span, message: "Id must be a string.", hint: "Write Id as a string, or remove it." });
    }
  }
  if (ctx.bareStatement) {
    out.push({
      code: "RTC104",
      span: openingOf(root),
      message: "This is a single statement, not a complete policy: there is no Version/Statement wrapper.",
      hint: 'Wrap it: {"Version": "2012-10-17", "Statement": [ <this object> ]}.'
    });
    return;
  }
  const kind = kindRules(ctx.kind);
  if (kind.currentVersionRequired && (!version || version.value.kind === "string" && version.value.value === "2008-10-17")) {
    out.push({
      code: "RTC126",
      span: version ? version.value.span : openingOf(root),
      message: `${version ? "Version 2008-10-17" : "No Version"}: AWS Organizations accepts ${kind.described} only with "Version": "2012-10-17".`,
      hint: version ? 'Write "Version": "2012-10-17".' : 'Add "Version": "2012-10-17" as the first element.'
    });
  } else if (!version) {
    const variable = firstPolicyVariable(ctx.statements);
    if (variable) {
      out.push({
        code: "RTC101",
        span: openingOf(root),
        message: `The policy has no Version, so IAM reads it with the 2008-10-17 grammar, which reads policy variables as plain text: ${variable.text} at line ${variable.at.span.start.line} matches only those characters.`,
        hint: 'Add "Version": "2012-10-17" as the first element.'
      });
    }
  } else if (version.value.kind !== "string") {
    out.push({ code: "RTC103", span: version.value.span, message: 'Version must be the string "2012-10-17".', hint: 'Write "Version": "2012-10-17".' });
  } else if (version.value.value === "2008-10-17") {
    const variable = firstPolicyVariable(ctx.statements);
    if (variable) {
      out.push({
        code: "RTC102",
        span: version.value.span,
        message: `Version 2008-10-17 is the old policy grammar, which reads policy variables as plain text: ${variable.text} at line ${variable.at.span.start.line} matches only those characters.`,
        hint: 'Use "Version": "2012-10-17".'
      });
    }
  } else if (version.value.value !== "2012-10-17") {
    out.push({
      code: "RTC103",
      span: version.value.span,
      message: `Version "${version.value.value}" is not a policy grammar IAM knows.`,
      hint: `Use "Version": "2012-10-17" (the grammar version, not today's date).`
    });
  }
  const statement = memberNamed(root, "Statement");
  if (!statement) {
    out.push({ code: "RTC104", span: openingOf(root), message: "The policy has no Statement.", hint: 'Add "Statement": [ ... ] with at least one statement.' });
    return;
  }
  const node = statement.value;
  if (node.kind === "array") {
    if (node.items.length === 0) {
      out.push({ code: "RTC115", span: node.span, message: "Statement is an empty list: the policy says nothing.", hint: "Add at least one statement." });
    }
    for (let i = 0, items = node.items; i < items.length; i++) {
      const item = items[i];
      if (item.kind !== "object") {
        out.push({ code: "RTC105", span: item.span, message: `A statement must be an object, not ${aKind(item)}.`, hint: 'Write each statement as {"Effect": ..., "Action": ..., ...}.' });
      }
    }
  } else if (node.kind !== "object") {
    out.push({ code: "RTC105", span: node.span, message: `Statement must be an object or a list of objects, not ${aKind(node)}.`, hint: 'Write "Statement": [ { ... } ].' });
  }
}
function checkStringList(member, out) {
  if (!member) return;
  const name = member.key.value;
  const v = member.value;
  if (v.kind === "string") {
    if (v.value === "") out.push({ code: "RTC115", span: v.span, message: `"${name}" is an empty string.`, hint: `Fill in "${name}" or remove the element.` });
    return;
  }
  if (v.kind === "array") {
    if (v.items.length === 0) out.push({ code: "RTC115", span: v.span, message: `"${name}" is an empty list: it matches nothing.`, hint: `Fill in "${name}" or remove the statement.` });
    for (let i = 0, items = v.items; i < items.length; i++) {
      const item = items[i];
      if (item.kind !== "string") out.push({ code: "RTC117", span: item.span, message: `"${name}" items must be strings, not ${aKind(item)}.`, hint: "Quote the value." });
      else if (item.value === "") out.push({ code: "RTC115", span: item.span, message: `"${name}" has an empty string.`, hint: "Remove the empty entry." });
    }
    return;
  }
  out.push({ code: "RTC117", span: v.span, message: `"${name}" must be a string or a list of strings, not ${aKind(v)}.`, hint: `Write "${name}": ["..."].` });
}
function checkPrincipal(member, out) {
  if (!member) return;
  const name = member.key.value;
  const v = member.value;
  if (v.kind === "string") {
    if (v.value !== "*") {
      out.push({
        code: "RTC117",
        span: v.span,
        message: `${name} as a string can only be "*"; "${v.value}" needs a type.`,
        hint: `Write "${name}": {"AWS": "${v.value}"} (or "Service"/"Federated" as it is).`
      });
    }
    return;
  }
  if (v.kind !== "object") {
    out.push({ code: "RTC117", span: v.span, message: `${name} must be "*" or an object, not ${aKind(v)}.`, hint: `Write "${name}": {"AWS": ["arn:..."]}.` });
    return;
  }
  if (v.members.length === 0) out.push({ code: "RTC115", span: v.span, message: `${name} is an empty object: it names no one.`, hint: `Name the principals, e.g. {"AWS": "arn:aws:iam::111122223333:role/NAME"}.` });
  for (let i = 0; i < v.members.length; i++) checkStringList(v.members[i], out);
}
function checkCondition(member, out) {
  if (!member) return;
  const v = member.value;
  if (v.kind !== "object") {
    out.push({ code: "RTC117", span: v.span, message: `Condition must be an object, not ${aKind(v)}.`, hint: 'Write "Condition": {"StringEquals": {"key": "value"}}.' });
    return;
  }
  for (let i = 0, members = v.members; i < members.length; i++) {
    const op = members[i];
    if (op.value.kind !== "object") {
      out.push({ code: "RTC117", span: op.value.span, message: `The "${op.key.value}" block must be an object of condition keys, not ${aKind(op.value)}.`, hint: `Write "${op.key.value}": {"key": "value"}.` });
      continue;
    }
    if (op.value.members.length === 0) out.push({ code: "RTC115", span: op.value.span, message: `The "${op.key.value}" block is empty.`, hint: "Remove it or add the key to test." });
    for (let j = 0, keys = op.value.members; j < keys.length; j++) {
      const k = keys[j];
      const value = k.value;
      if (value.kind === "object" || value.kind === "null") {
        out.push({ code: "RTC117", span: value.span, message: `The value of ${k.key.value} must be a string, number, boolean or a list of them, not ${value.kind === "null" ? "null" : "an object"}.`, hint: "Write the value as a string or a list of strings." });
      } else if (value.kind === "array") {
        if (value.items.length === 0) out.push({ code: "RTC115", span: value.span, message: `${k.key.value} has an empty list of values: the test never matches.`, hint: "Add the values or remove the key." });
        for (let n = 0, values = value.items; n < values.length; n++) {
          const item = values[n];
          if (item.kind === "object" || item.kind === "array" || item.kind === "null") {
            out.push({ code: "RTC117", span: item.span, message: `Condition values must be strings, numbers or booleans, not ${aKind(item)}.`, hint: "Write the value as a string." });
          }
        }
      }
    }
  }
}
function checkPair(s, a, first, b, second, out) {
  if (first !== void 0 && second) {
    out.push({ code: "RTC110", span: second.key.span, message: `${a} and ${b} cannot both appear in one statement (${statementLabel(s)}).`, hint: `Keep ${a} or ${b}, not both; split the statement if you need both meanings.` });
  }
}
function checkStatement(ctx, s, out) {
  const { elements, node } = s;
  for (let i = 0; i < s.unknownMembers.length; i++) unknownElement(s.unknownMembers[i], STATEMENT_NAMES, STATEMENT_BY_LOWER, "statement", out);
  const sid = elements.Sid;
  if (sid && sid.value.kind !== "string") {
    out.push({ code: "RTC117", span: sid.value.span, message: "Sid must be a string.", hint: "Quote the Sid." });
  } else if (sid && sid.value.kind === "string" && kindRules(ctx.kind).strictSid && !SID_CHARACTERS.test(sid.value.value)) {
    out.push({
      code: "RTC106",
      span: sid.value.span,
      message: `Sid "${sid.value.value}" has characters IAM rejects in ${ctx.kind} policies (only A-Z, a-z, 0-9).`,
      hint: sidHint(sid.value.value)
    });
  }
  const effect = elements.Effect;
  if (!effect) {
    out.push({ code: "RTC108", span: openingOf(node), message: `${statementLabel(s, true)} has no Effect.`, hint: 'Add "Effect": "Allow" or "Effect": "Deny".' });
  } else if (!s.effect) {
    const v = effect.value;
    const text = v.kind === "string" ? `"${v.value}"` : aKind(v);
    out.push({ code: "RTC108", span: v.span, message: `Effect is ${text}; IAM accepts only "Allow" or "Deny".${v.kind === "string" ? outsideAsciiNote(v.value) : ""}`, hint: 'Write "Allow" or "Deny", capitalised exactly so.' });
  }
  if (elements.Action === void 0 && elements.NotAction === void 0) {
    out.push({ code: "RTC109", span: openingOf(node), message: `${statementLabel(s, true)} has no Action.`, hint: 'Add "Action": ["service:ActionName"].' });
  }
  checkPair(s, "Action", elements.Action, "NotAction", elements.NotAction, out);
  checkPair(s, "Resource", elements.Resource, "NotResource", elements.NotResource, out);
  checkPair(s, "Principal", elements.Principal, "NotPrincipal", elements.NotPrincipal, out);
  checkStringList(elements.Action, out);
  checkStringList(elements.NotAction, out);
  checkStringList(elements.Resource, out);
  checkStringList(elements.NotResource, out);
  checkPrincipal(elements.Principal, out);
  checkPrincipal(elements.NotPrincipal, out);
  checkCondition(elements.Condition, out);
  kindRules(ctx.kind).checkStatement(ctx, s, out);
}
var UNIQUE_SID_SERVICES = ["sns:", "sqs:"];
function sidsMustBeUnique(ctx) {
  if (kindRules(ctx.kind).strictSid) return true;
  if (ctx.kind !== "resource") return false;
  let some = false;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.notActions.length > 0) return false;
    for (let j = 0, actions = s.lowerActions; j < actions.length; j++) {
      const a = actions[j];
      if (!UNIQUE_SID_SERVICES.some((prefix) => a.startsWith(prefix))) return false;
      some = true;
    }
  }
  return some;
}
function checkSidsUnique(ctx, out) {
  const statements = ctx.statements;
  let refused;
  let seen;
  if (statements.length > 16) seen = /* @__PURE__ */ new Map();
  for (let j = 0; j < statements.length; j++) {
    const s = statements[j];
    if (!s.sid) continue;
    let first;
    if (seen) {
      first = seen.get(s.sid);
      if (!first) seen.set(s.sid, s);
    } else {
      for (let i = 0; i < j && !first; i++) if (statements[i].sid === s.sid) first = statements[i];
    }
    if (!first) continue;
    if (!(refused ??= sidsMustBeUnique(ctx))) return;
    const sid = s.elements.Sid;
    out.push({ code: "RTC107", span: sid.value.span, message: `Sid "${s.sid}" is already used by statement ${first.index + 1}.`, hint: "Give each statement its own Sid." });
  }
}
function perCharCost(pattern) {
  let longest = 1;
  for (let i = 0, segments = pattern.split("*"); i < segments.length; i++) {
    const segment = segments[i];
    if (segment.includes("?") && segment.length > longest) longest = segment.length;
  }
  return longest;
}
var REDUNDANCY_BUDGET_CHARS = 2e7;
var redundancyPairs = 0;
function actionPattern(pattern) {
  return { text: pattern, arn: false, opening: "", perChar: perCharCost(pattern) };
}
function resourcePattern(pattern) {
  if (pattern === "*") return { text: pattern, arn: true, opening: "", perChar: 1 };
  let first = pattern.indexOf("*");
  const question = pattern.indexOf("?");
  if (question !== -1 && (first === -1 || question < first)) first = question;
  return { text: pattern, arn: true, opening: pattern.slice(0, first), perChar: perCharCost(pattern) };
}
function patternMatches(p, value) {
  if (p.text === "*") return true;
  if (!p.arn) return matchesWildcard(p.text, value);
  return value.startsWith(p.opening) && arnMatches(p.text, value);
}
function wildcardsOf(values, pattern) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (hasWildcard(v)) out.push(pattern(v));
  }
  return out;
}
var SCAN_LIMIT = 16;
function grantOf(s) {
  const resources = mapList(s.resources, (r) => r.value);
  return { s, resources, actionWildcards: void 0, resourceWildcards: void 0, actionSet: void 0, resourceSet: void 0 };
}
function isListed(value, list, set) {
  return set !== void 0 ? set.has(value) : list.includes(value);
}
function matchedBySome(value, wildcards, budget) {
  if (wildcards.length === 0) return false;
  const isPattern = hasWildcard(value);
  for (const p of wildcards) {
    budget.left -= value.length * p.perChar + p.text.length;
    if (budget.left < 0) return void 0;
    redundancyPairs++;
    if (isPattern ? p.arn ? arnPatternCovers(p.text, value) : patternCovers(p.text, value) : patternMatches(p, value)) return true;
  }
  return false;
}
function covers(outer, inner, budget) {
  const outerActions = outer.s.lowerActions;
  if (outerActions.length > SCAN_LIMIT) outer.actionSet ??= new Set(outerActions);
  for (const a of inner.s.lowerActions) {
    if (isListed(a, outerActions, outer.actionSet)) continue;
    const under = matchedBySome(a, outer.actionWildcards ??= wildcardsOf(outerActions, actionPattern), budget);
    if (under !== true) return under;
  }
  const outerResources = outer.resources;
  if (outerResources.length > SCAN_LIMIT) outer.resourceSet ??= new Set(outerResources);
  for (const r of inner.resources) {
    if (isListed(r, outerResources, outer.resourceSet)) continue;
    const under = matchedBySome(r, outer.resourceWildcards ??= wildcardsOf(outerResources, resourcePattern), budget);
    if (under !== true) return under;
  }
  return true;
}
function simpleAllow(s) {
  return s.effect === "Allow" && !hasCondition(s) && s.elements.NotAction === void 0 && s.elements.NotResource === void 0 && s.elements.Principal === void 0 && s.elements.NotPrincipal === void 0 && s.actions.length > 0 && s.resources.length > 0;
}
function checkRedundant(ctx, out) {
  if (ctx.kind !== "identity" || ctx.statements.length < 2 || ctx.statements.length > 100) return;
  const grants = [];
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (simpleAllow(s)) grants.push(grantOf(s));
  }
  if (grants.length < 2) return;
  const budget = { left: REDUNDANCY_BUDGET_CHARS };
  for (let i = 0; i < grants.length; i++) {
    const inner = grants[i];
    for (let j = 0; j < grants.length; j++) {
      const outer = grants[j];
      if (outer === inner) continue;
      const outerCovers = covers(outer, inner, budget);
      if (outerCovers === void 0) return;
      if (!outerCovers) continue;
      const innerCovers = covers(inner, outer, budget);
      if (innerCovers === void 0) return;
      if (innerCovers && outer.s.index > inner.s.index) continue;
      out.push({
        code: "RTC120",
        span: openingOf(inner.s.node),
        message: `${statementLabel(inner.s, true)} is redundant: ${statementLabel(outer.s)} already allows all its actions on all its resources.`,
        hint: `Remove ${statementLabel(inner.s)}, or narrow ${statementLabel(outer.s)} if it grants more than intended.`
      });
      break;
    }
  }
}
var grammarRules = [
  checkTopLevel,
  (ctx, out) => {
    for (const s of ctx.statements) checkStatement(ctx, s, out);
  },
  checkSidsUnique,
  checkRedundant
];

// src/core/iam/catalog/unlisted-actions.ts
var UNLISTED_ACTIONS = /* @__PURE__ */ new Set(["sns:receive", "glue:shareresource"]);
function isUnlistedServiceAction(action) {
  return UNLISTED_ACTIONS.has(action.toLowerCase());
}

// src/core/lint/rules/names.ts
var ACTION_SHAPE = /^[A-Za-z0-9-]+:[A-Za-z0-9_*?-]+$/;
var PRINCIPAL_TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
function describeMalformed(action) {
  if (/\s/.test(action)) {
    const squeezed = action.replace(/\s+/g, "");
    return `"${action}" contains white space; IAM does not trim it, so it never matches${ACTION_SHAPE.test(squeezed) ? ` (did you mean "${squeezed}"?)` : ""}.`;
  }
  if (!action.includes(":")) return `"${action}" has no service prefix; actions are written service:ActionName.${outsideAsciiNote(action)}`;
  const prefix = action.slice(0, action.indexOf(":"));
  if (/[*?]/.test(prefix) && ACTION_SHAPE.test(`s3:${action.slice(action.indexOf(":") + 1)}`) && /^[A-Za-z0-9*?-]+$/.test(prefix)) {
    return `"${action}" has a wildcard in its service prefix, which IAM refuses (MalformedPolicyDocument: Action vendors must not contain wildcards); a wildcard may stand only in the action name.`;
  }
  return `"${action}" is not written as service:ActionName.${outsideAsciiNote(action)}`;
}
function actionProblem(value) {
  if (!ACTION_SHAPE.test(value)) {
    const squeezed = value.replace(/\s+/g, "");
    return {
      code: "RTC201",
      message: `Malformed action: ${describeMalformed(value)}`,
      hint: ACTION_SHAPE.test(squeezed) ? `Write "${squeezed}".` : value === "*:*" ? 'Write "*" for every action, or better, list the actions the workload needs.' : 'Write the action as service:ActionName, e.g. "sts:AssumeRole".'
    };
  }
  const colon = value.indexOf(":");
  const prefix = value.slice(0, colon);
  if (prefix.includes("*") || prefix.includes("?")) return null;
  if (!findService(prefix)) {
    return {
      code: "RTC202",
      message: `Unknown service prefix "${prefix}" in "${value}".`,
      hint: 'Check the prefix in the AWS Service Authorization Reference (e.g. "s3", "kms", "sts", "redshift").'
    };
  }
  if (actionsMatching2(value).length === 0 && !isUnlistedServiceAction(value)) {
    const wildcard = value.includes("*") || value.includes("?");
    return {
      code: "RTC203",
      message: wildcard ? `"${value}" matches no ${prefix} action.` : `Unknown action ${value}: ${prefix} has no action named "${value.slice(colon + 1)}".`,
      hint: `Check the action name in the ${prefix} section of the Service Authorization Reference.`
    };
  }
  return null;
}
var problemMemo = /* @__PURE__ */ new Map();
function checkAction(action, out) {
  const value = action.value;
  if (value === "*" || value === "") return;
  let problem = problemMemo.get(value);
  if (problem === void 0) {
    problem = actionProblem(value);
    if (problemMemo.size >= 2e4) problemMemo.clear();
    if (memorable(value)) problemMemo.set(value, problem);
  }
  if (problem) out.push({ code: problem.code, span: action.span, message: problem.message, hint: problem.hint });
}
function checkActions(ctx, out) {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0; j < s.actions.length; j++) checkAction(s.actions[j], out);
    for (let j = 0; j < s.notActions.length; j++) checkAction(s.notActions[j], out);
  }
}
var PRINCIPAL_ELEMENTS = ["Principal", "NotPrincipal"];
var ON_AMAZON_COM = /^([a-z0-9-]+)\.amazon\.com$/i;
function amazonawsFormOf(value) {
  const name = ON_AMAZON_COM.exec(value)?.[1];
  return name !== void 0 && findService(name) !== void 0 ? `${name.toLowerCase()}.amazonaws.com` : void 0;
}
function isServicePrincipalName(value) {
  return !hasWildcard(value) && onServicePrincipalDomain(value) && amazonawsFormOf(value) === void 0;
}
function checkPrincipalWildcard(p, out) {
  const v = p.value.value;
  if (p.type === "AWS" || p.type === "*" || !PRINCIPAL_TYPES.has(p.type) || !hasWildcard(v) || !hasWildcard(withoutPlaceholders(v))) return false;
  out.push({
    code: "RTC206",
    span: p.value.span,
    message: `"${p.type}": "${v}": IAM accepts no wildcard in a ${p.type} principal (only "*" under "AWS"), so it refuses the policy.`,
    hint: p.type === "Service" ? 'Name each service principal (e.g. "lambda.amazonaws.com"); to let any service in, which is rarely meant, use "AWS": "*" with an aws:PrincipalIsAWSService or aws:SourceAccount condition.' : p.type === "Federated" ? 'Name the identity provider: its OIDC or SAML provider ARN, or a built-in provider such as "cognito-identity.amazonaws.com".' : "Name the canonical user ids."
  });
  return true;
}
function checkPrincipalValue(p, trust, out) {
  if (checkPrincipalWildcard(p, out)) return;
  if (p.type !== "Service" || p.value.value === "*") return;
  if (onServicePrincipalDomain(p.value.value)) {
    const meant = amazonawsFormOf(p.value.value);
    if (meant === void 0) return;
    out.push({
      code: "RTC205",
      span: p.value.span,
      message: `"${p.value.value}" is not a service principal: AWS services are principals on amazonaws.com (did you mean "${meant}"?), so this statement lets no service in.`,
      hint: `Write "${meant}".`
    });
    return;
  }
  out.push({
    code: trust ? "RTC128" : "RTC205",
    span: p.value.span,
    message: trust ? `"${p.value.value}" under "Service" is not a service principal (a name like redshift.amazonaws.com): IAM refuses it in a role trust policy.${outsideAsciiNote(p.value.value)}` : `"${p.value.value}" is not a service principal (a name like redshift.amazonaws.com).${outsideAsciiNote(p.value.value)}`,
    hint: p.value.value.startsWith("arn:") || /^\d+$/.test(p.value.value) ? 'Put ARNs and account ids under "AWS", not "Service".' : 'Write the service principal in full, e.g. "redshift.amazonaws.com".'
  });
}
function checkPrincipals(ctx, out) {
  const trust = ctx.kind === "trust";
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0; j < PRINCIPAL_ELEMENTS.length; j++) {
      const name = PRINCIPAL_ELEMENTS[j];
      const node = s.elements[name]?.value;
      if (node?.kind !== "object") continue;
      for (let k = 0, members = node.members; k < members.length; k++) {
        const m = members[k];
        if (PRINCIPAL_TYPES.has(m.key.value)) continue;
        const right = [...PRINCIPAL_TYPES].find((t) => t.toLowerCase() === m.key.value.toLowerCase());
        out.push({
          code: "RTC204",
          span: m.key.span,
          message: `"${m.key.value}" is not a principal type${right ? ` (types are case-sensitive: "${right}")` : ""}.`,
          hint: right ? `Write "${right}".` : 'Use "AWS", "Service", "Federated" or "CanonicalUser".'
        });
      }
    }
    for (let j = 0; j < s.principals.length; j++) checkPrincipalValue(s.principals[j], trust, out);
    for (let j = 0; j < s.notPrincipals.length; j++) checkPrincipalValue(s.notPrincipals[j], trust, out);
  }
}
var nameRules = [checkActions, checkPrincipals];

// src/core/lint/rules/arns.ts
var PARTITIONS2 = new Set(PARTITIONS);
var IAM_RESOURCE_TYPES = /* @__PURE__ */ new Set([
  "user",
  "role",
  "group",
  "policy",
  "oidc-provider",
  "saml-provider",
  "instance-profile",
  "server-certificate",
  "mfa",
  "sms-mfa",
  "u2f",
  "access-report",
  "delegation-request",
  "assumed-role",
  "federated-user"
]);
var STS_RESOURCE_TYPES = /* @__PURE__ */ new Set(["assumed-role", "federated-user", "role", "self-session"]);
var PRINCIPAL_TYPE_NAMES = {
  user: "IAM user",
  role: "IAM role",
  "assumed-role": "role session",
  "federated-user": "federated user"
};
var arnNamespaces;
var arnServiceMemo = /* @__PURE__ */ new Map();
function isArnService(service) {
  let known = arnServiceMemo.get(service);
  if (known === void 0) {
    known = findArnService(service);
    if (arnServiceMemo.size > 1e3) arnServiceMemo.clear();
    if (memorable(service)) arnServiceMemo.set(service, known);
  }
  return known;
}
function findArnService(service) {
  if (findService(service)) return true;
  if (!arnNamespaces) {
    arnNamespaces = /* @__PURE__ */ new Set();
    for (const prefix of servicePrefixes()) {
      for (const rt of findService(prefix)?.resourceTypes ?? []) {
        for (const f of rt.arnFormats) {
          const ns = f.split(":")[2];
          if (ns && !ns.includes("$")) arnNamespaces.add(ns.toLowerCase());
        }
      }
    }
  }
  return arnNamespaces.has(service.toLowerCase());
}
function checkArn(node, where2, out, colons, statement) {
  const arn = node.value;
  if (colons.length < 5 || colons[0] !== 3 || !arn.startsWith("arn")) {
    out.push({
      code: "RTC301",
      span: node.span,
      message: `"${arn}" is not a well-formed ARN (arn:partition:service:region:account:resource).`,
      hint: where2 === "resource" ? 'Write a full ARN, or "*".' : "Write the principal as a full ARN or a 12-digit account id."
    });
    return false;
  }
  const c1 = colons[0];
  const c2 = colons[1];
  const c3 = colons[2];
  const c4 = colons[3];
  const c5 = colons[4];
  const service = arn.slice(c2 + 1, c3);
  if (!(c2 - c1 === 4 && arn.startsWith("aws", c1 + 1))) {
    const part = arn.slice(c1 + 1, c2);
    if (!hasWildcard(part) && !PARTITIONS2.has(part)) {
      out.push({ code: "RTC302", span: node.span, message: `"${part}" in ${arn} is not an AWS partition.`, hint: 'Use "aws" (or aws-cn, aws-us-gov ...).' });
    }
  }
  if (!hasWildcard(service) && !isArnService(service)) {
    out.push({ code: "RTC303", span: node.span, message: `"${service}" in ${arn} is not a known AWS service namespace.`, hint: "Check the service part of the ARN (e.g. iam, s3, kms, redshift)." });
  } else if (hasUpperCase(service) && !service.includes("${")) {
    out.push({
      code: "RTC301",
      span: node.span,
      message: `The service part "${service}" of ${arn} is not in lower case: IAM matches ARNs with case, and no resource's ARN has "${service}" (AWS writes "${service.toLowerCase()}"), so the ARN matches nothing.`,
      hint: `Write "${service.toLowerCase()}".`
    });
  }
  const account = isTwelveDigits(arn, c4 + 1, c5) ? void 0 : arn.slice(c4 + 1, c5);
  if (account !== void 0 && account !== "" && !OWNER_ACCOUNT_WORDS.has(account) && !isAccountId(account) && !isPolicyVariable2(account) && // The one principal whose ARN names no account: a CloudFront origin access identity.
  !(where2 === "principal" && account === "cloudfront" && arn.startsWith(CLOUDFRONT_OAI, c5 + 1))) {
    if (hasWildcard(account)) {
      if (where2 === "resource" && statement !== void 0 && accountWildcardMatters(statement, arn)) {
        const every = /^[*?]+$/.test(account) && account.includes("*");
        out.push({
          code: "RTC615",
          span: node.span,
          message: every ? `${arn} matches that resource in every AWS account (wildcard account id).` : `${arn} matches that resource in every AWS account whose id fits "${account}" (wildcard in the account id), whoever owns them.`,
          hint: "Replace the account wildcard with the 12-digit account id(s) you mean."
        });
      }
    } else {
      const digits = /^\d+$/.test(account);
      out.push({
        code: "RTC304",
        span: node.span,
        message: digits ? `The account id ${account} in ${arn} has ${account.length} digits, not 12: the ARN matches nothing.` : `The account id "${account}" in ${arn} is not 12 digits.`,
        hint: "Use the 12-digit account id (keep leading zeros)."
      });
    }
  }
  if (c4 > c3 + 1 && !isRegionNameAt(arn, c3 + 1, c4)) {
    const region = arn.slice(c3 + 1, c4);
    if (!hasWildcard(region) && !region.includes("${")) {
      out.push({
        code: "RTC301",
        span: node.span,
        message: `"${region}" in ${arn} is not a Region name (such as us-east-1 or ap-southeast-2): the ARN matches nothing.`,
        hint: 'Write the Region as AWS names it (lower case, two hyphens: us-east-1), or leave it empty for a global service, or "*".'
      });
    }
  }
  const lowerService = service.toLowerCase();
  const foreign = foreignNameCharacter(arn, lowerService, c3, c4, c5);
  if (foreign !== void 0) {
    const c = arn.codePointAt(foreign.at) ?? 0;
    const shown = characterShown(c);
    out.push({
      code: "RTC301",
      span: node.span,
      message: `The ${foreign.what} in ${arn} holds ${shown}, which no ${foreign.what} can hold (${foreign.allowed}): the ARN matches nothing.`,
      hint: c > 127 ? "Retype the name in plain ASCII: the character only looks like a letter of the name (copied from a document or a chat)." : "Remove the character; IAM does not trim or ignore it."
    });
    return false;
  }
  if (lowerService === "iam" || lowerService === "sts") {
    const region = arn.slice(c3 + 1, c4);
    const resource = arn.slice(c5 + 1);
    if (region !== "" && lowerService === "iam") {
      out.push({ code: "RTC305", span: node.span, message: `IAM ARNs have no region; ${arn} names "${region}".`, hint: `Write arn:${arn.slice(c1 + 1, c2)}:iam::${arn.slice(c4 + 1, c5)}:${resource}.` });
    }
    if (where2 !== "resource" && c5 === c4 + 1) {
      out.push({
        code: "RTC305",
        span: node.span,
        message: `${arn} names no account: the ARN of an IAM or STS principal names the account it belongs to, so this one names nobody.`,
        hint: `Write arn:${arn.slice(c1 + 1, c2)}:${service}::ACCOUNT:${resource}, with the 12-digit account id.`
      });
      return true;
    }
    const slash = resource.indexOf("/");
    const type = slash === -1 ? resource : resource.slice(0, slash);
    const name = slash === -1 ? "" : resource.slice(slash + 1);
    const known = lowerService === "iam" ? IAM_RESOURCE_TYPES : STS_RESOURCE_TYPES;
    const otherService = lowerService === "iam" ? "sts" : "iam";
    if (where2 === "principal" && name !== "" && type !== "root" && principalTypesOf(otherService)?.has(type)) {
      const right = `${arn.slice(0, c2 + 1)}${otherService}${arn.slice(c3)}`;
      out.push({
        code: "RTC305",
        span: node.span,
        message: `${withArticle(PRINCIPAL_TYPE_NAMES[type], true)}'s ARN is an ${otherService} one, so ${arn} names no principal: no request comes from it.`,
        hint: `Write ${right}.`
      });
      return true;
    }
    if (where2 === "principal" && resource === "root" && lowerService === "sts") {
      out.push({
        code: "RTC305",
        span: node.span,
        message: `An account's ARN is an iam one, so ${arn} names no principal: no request comes from it.`,
        hint: `Write ${arn.slice(0, c2 + 1)}iam${arn.slice(c3)}.`
      });
      return true;
    }
    if (resource === "root" || resource === "*" || hasWildcard(type) && slash === -1) return true;
    if (hasWildcard(type)) return true;
    if (!known.has(type) && known.has(type.toLowerCase())) {
      out.push({
        code: "RTC305",
        span: node.span,
        message: `"${type}" in ${arn} is not an ${lowerService} resource type: IAM writes it "${type.toLowerCase()}", and matches ARNs with case, so the ARN matches nothing.`,
        hint: `Write "${type.toLowerCase()}/".`
      });
    } else if (!known.has(type)) {
      if (fitsSomeFormat(readPolicyArn(arn), lowerService)) return true;
      const hint = known.has(type.replace(/s$/, "")) ? `Write "${type.replace(/s$/, "")}/".` : `IAM resource types are ${[...known].slice(0, 6).join("/, ")}/ ...`;
      out.push({ code: "RTC305", span: node.span, message: `"${type}" in ${arn} is not an ${service} resource type.`, hint });
    } else if (name === "") {
      out.push({ code: "RTC305", span: node.span, message: `${arn} has no name after "${type}/".`, hint: `Write ${type}/NAME.` });
    } else if (where2 === "principal" && !["user", "role", "assumed-role", "federated-user"].includes(type)) {
      out.push({ code: "RTC305", span: node.span, message: `${withArticle(type, true)} cannot be a principal (${arn}).`, hint: "Name users, roles or the account root (arn:aws:iam::ACCOUNT:root)." });
    } else if (where2 === "federated" && type !== "oidc-provider" && type !== "saml-provider") {
      out.push({ code: "RTC305", span: node.span, message: `A Federated principal must be an oidc-provider/ or saml-provider/ ARN, not ${arn}.`, hint: 'Put users and roles under "AWS".' });
    } else if (type === "oidc-provider" && lowerService === "iam") {
      const scheme = /^https?:\/\//i.exec(name);
      if (scheme) {
        out.push({
          code: "RTC305",
          span: node.span,
          message: `${arn} names no OIDC provider: IAM writes a provider's ARN with the host and path of its URL, without "${scheme[0]}".`,
          hint: `Write ${arn.slice(0, arn.length - name.length)}${name.slice(scheme[0].length)}.`
        });
      }
    }
  }
  return true;
}
function hasUpperCase(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
function foreignNameCharacter(arn, lowerService, c3, c4, c5) {
  let end;
  const bucket = lowerService === "s3" && c4 === c3 + 1 && c5 === c4 + 1;
  if (bucket) {
    const slash = arn.indexOf("/", c5 + 1);
    end = slash === -1 ? arn.length : slash;
  } else if (lowerService === "iam" || lowerService === "sts") {
    if (arn.startsWith("cloudfront:", c4 + 1)) return void 0;
    end = arn.length;
  } else {
    return void 0;
  }
  let first = -1;
  for (let i = c5 + 1; i < end; i++) {
    const c = arn.charCodeAt(i);
    if (c > 32 && c < 127) {
      if (c === 36 && arn.charCodeAt(i + 1) === 123) {
        const close = arn.indexOf("}", i + 2);
        if (close === -1 || close >= end) return void 0;
        i = close;
      } else if (bucket && !bucketCharacter(c)) return void 0;
      continue;
    }
    if (first === -1) first = i;
  }
  if (first === -1 || hasPlaceholder(arn)) return void 0;
  return bucket ? { at: first, what: "bucket name", allowed: "ASCII letters, digits, dots, hyphens, underscores" } : { at: first, what: "IAM name or path", allowed: "printable ASCII, no space" };
}
function bucketCharacter(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90 || c === 46 || c === 45 || c === 95 || c === 42 || c === 63;
}
function isTwelveDigits(text, start, end) {
  if (end - start !== 12) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function isPolicyVariable2(part) {
  return part.startsWith("${") && part.indexOf("}") === part.length - 1;
}
var CLOUDFRONT_OAI = "user/CloudFront Origin Access Identity ";
var UNIQUE_ID = /^A(?:ID|RO)A\w{12,124}$/;
var UNIQUE_ID_OPENING = /^A(?:ID|RO)A/;
function uniqueIdReading(value) {
  if (!UNIQUE_ID_OPENING.test(value)) return void 0;
  return { entity: value.startsWith("AIDA") ? "user" : "role", wellFormed: UNIQUE_ID.test(value) };
}
var formatsByNamespace;
function fitsSomeFormat(arn, namespace) {
  if (!formatsByNamespace) {
    formatsByNamespace = /* @__PURE__ */ new Map();
    for (const prefix of servicePrefixes()) {
      for (const rt of findService(prefix)?.resourceTypes ?? []) {
        for (const f of rt.arnFormats) {
          const ns = f.split(":")[2]?.toLowerCase();
          if (!ns) continue;
          let list = formatsByNamespace.get(ns);
          if (!list) formatsByNamespace.set(ns, list = []);
          if (!list.includes(f)) list.push(f);
        }
      }
    }
  }
  const formats = formatsByNamespace.get(namespace) ?? [];
  for (let i = 0; i < formats.length; i++) if (fitsFormatStrictly(arn, formats[i])) return true;
  return false;
}
function isCheckedResource(value) {
  return value !== "*" && value !== "" && !hasPlaceholder(value);
}
function isApiGatewayShortForm(ctx, value) {
  return ctx.kind === "resource" && value.startsWith("execute-api:/");
}
function accountWildcardMatters(s, arn) {
  return s.effect !== "Deny" && reachesOtherAccounts(s, arn) && !limitsResourceAccount(s);
}
var CROSS_ACCOUNT_SERVICES = /* @__PURE__ */ new Set([
  "sts",
  "kms",
  "secretsmanager",
  "sqs",
  "sns",
  "lambda",
  "ecr",
  "s3",
  "glacier",
  "backup",
  "events",
  "execute-api",
  "es",
  "elasticfilesystem",
  "codeartifact",
  "glue",
  "dynamodb",
  "kinesis",
  "serverlessrepo",
  "acm-pca",
  "aoss",
  "signer",
  "schemas",
  "ssm-incidents",
  "mediastore",
  "ses"
]);
var SHARED_TYPES = /* @__PURE__ */ new Map([
  ["sts", ["role", "root-user"]],
  ["glue", ["catalog", "rootcatalog", "database", "table", "tableversion", "connection", "userdefinedfunction"]],
  // AWS Backup Developer Guide, "Vault access policies": whatever a vault's
  // policy says, cross-account access for any action but
  // backup:CopyIntoBackupVault is refused. Plans, frameworks, report plans
  // and the rest are the caller's own.
  ["backup", ["backupvault"]],
  // OpenSearch Service's resource-based policies are domain access policies;
  // the reference also lists OpenSearch applications and data sources (and
  // the service-linked roles) under es, which no policy opens to others.
  ["es", ["domain"]],
  // EventBridge Guide, "Permissions for event buses": an event bus's policy
  // lets another account call PutEvents, PutRule and PutTargets, so its buses
  // and the rules on them are reached; archives, connections, API
  // destinations, endpoints and replays have no such policy.
  ["events", ["event-bus", "rule-on-default-event-bus", "rule-on-custom-event-bus"]]
]);
function reachesOtherAccounts(s, arn) {
  const services2 = crossAccountServicesOf(s);
  if (services2 === "every") return true;
  let read;
  for (let i = 0; i < services2.length; i++) if (reachesThrough(services2[i], arn, read ??= readPolicyArn(arn))) return true;
  return false;
}
var crossAccountServicesOf = oncePerObject((s) => {
  if (s.notActions.length > 0) return "every";
  const services2 = [];
  for (const lower of s.lowerActions) {
    const service = serviceOf(lower) ?? lower;
    if (hasWildcard(service)) return "every";
    if (CROSS_ACCOUNT_SERVICES.has(service) && !services2.includes(service)) services2.push(service);
  }
  return services2;
});
function reachesThrough(service, arn, read) {
  const types = findService(service)?.resourceTypes ?? [];
  if (types.length === 0) return true;
  const strictly = sharedTypeFit(service, types, read, fitsFormatStrictly);
  if (strictly !== "none") return strictly === "shared";
  const across = sharedTypeFit(service, types, read, fitsFormat);
  if (across !== "none") return across === "shared";
  const namespace = arn.split(":", 3)[2]?.toLowerCase();
  if (namespace === void 0 || fitsSomeFormat(read, namespace)) return false;
  if (read.texts.length === 6 && fitsSomeFormat(readPolicyArn(`${read.texts[0]}:${read.texts[1]}:${read.texts[2]}:::${read.texts[5]}`), namespace)) return false;
  for (const type of types) for (const format of type.arnFormats) if (format.split(":", 3)[2]?.toLowerCase() === namespace) return true;
  return false;
}
function sharedTypeFit(service, types, read, fits2) {
  const shared = SHARED_TYPES.get(service);
  let fitted = "none";
  for (const type of types) {
    for (const format of type.arnFormats) {
      if (!fits2(read, format)) continue;
      if (!namesAccount(format)) {
        fitted = "other";
        continue;
      }
      if (shared === void 0 || shared.includes(type.name.toLowerCase())) return "shared";
      fitted = "other";
    }
  }
  return fitted;
}
function namesAccount(format) {
  let start = 0;
  for (let n = 0; n < 4; n++) {
    start = format.indexOf(":", start) + 1;
    if (start === 0) return false;
  }
  const end = format.indexOf(":", start);
  if (end === -1) return false;
  return !(end === start || end === start + 1 && format.charCodeAt(start) === 42);
}
function checkResources(ctx, out) {
  const budget = new FitBudget();
  const grants = kindRules(ctx.kind).allowGrants;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    let arns;
    let unread = false;
    for (let j = 0, resources = s.resources; j < resources.length; j++) {
      const r = resources[j];
      const v = r.value;
      if (!isCheckedResource(v) || isApiGatewayShortForm(ctx, v)) {
        if (v !== "*" && v !== "" && hasPlaceholder(v)) unread = true;
        continue;
      }
      const colons = arnColons(v);
      checkArn(r, "resource", out, colons, grants ? s : void 0);
      if (v.startsWith("arn:")) (arns ??= []).push({ node: r, colons });
    }
    for (let j = 0, notResources = s.notResources; j < notResources.length; j++) {
      const r = notResources[j];
      if (isCheckedResource(r.value) && !isApiGatewayShortForm(ctx, r.value)) checkArn(r, "resource", out, arnColons(r.value));
    }
    if (arns !== void 0) checkResourceFit(s, arns, unread, ctx.expansions, out, budget);
    else if (ctx.isKeyPolicy && s.everyResource !== void 0) checkKeyPolicyFit(s, ctx.expansions, out);
  }
}
var accountLimitSearched = 0;
var limitsResourceAccount = oncePerObject(
  (s) => s.conditions.some((c) => {
    accountLimitSearched++;
    const key = c.lowerKey;
    return key === "aws:resourceaccount" || key === "aws:resourceorgid" || key === "aws:resourceorgpaths";
  })
);
function checkPrincipalArns(ctx, out) {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0; j < s.principals.length; j++) checkPrincipalArn(s.principals[j], out);
    for (let j = 0; j < s.notPrincipals.length; j++) checkPrincipalArn(s.notPrincipals[j], out);
  }
}
function checkPrincipalArn(p, out) {
  const v = p.value.value;
  if (v === "*" || v === "") return;
  const trimmed = p.type === "AWS" ? v.trim() : v;
  if (trimmed !== v && trimmed !== "") {
    out.push({
      code: "RTC301",
      span: p.value.span,
      message: `"${v}" has white space around it: IAM does not trim a principal, so it is not "${trimmed}": IAM refuses the policy ("Invalid principal in policy") or the value names no principal.`,
      hint: `Write "${trimmed}".`
    });
    return;
  }
  if (p.type === "AWS" && v.startsWith("arn:") && hasWildcard(v) && hasWildcard(withoutPlaceholders(v))) {
    out.push({
      code: "RTC306",
      span: p.value.span,
      message: `Wildcard in the Principal ARN ${v}: wildcards are only allowed as Principal "*" on its own.`,
      hint: 'Name each principal, or use "*" with an ArnLike condition on aws:PrincipalArn.'
    });
    return;
  }
  if (hasPlaceholder(v)) return;
  if (p.type === "AWS") {
    if (isAccountId(v)) return;
    const uniqueId = uniqueIdReading(v);
    if (uniqueId) {
      const deleted = uniqueId.entity;
      out.push({
        code: "RTC301",
        span: p.value.span,
        message: uniqueId.wellFormed ? `"${v}" is the unique id of an IAM ${deleted} that was deleted: IAM writes it in place of the ARN when the ${deleted} is deleted, and it names no principal now (a new ${deleted} of the same name is another principal).` : `"${v}" opens like the unique id of an IAM ${deleted} (${v.slice(0, 4)}...), but is none: a unique id is 16 to 128 letters, digits and underscores; nor is it an ARN or a 12-digit account id.`,
        hint: `Write the ARN of the ${deleted} that should have access (arn:aws:iam::ACCOUNT:${deleted}/NAME), or remove the entry.`
      });
      return;
    }
    if (!v.startsWith("arn:")) {
      out.push({
        code: /^\d+$/.test(v) ? "RTC304" : "RTC301",
        span: p.value.span,
        message: /^\d+$/.test(v) ? `The account id ${v} has ${v.length} digits, not 12.` : `"${v}" is neither an ARN nor a 12-digit account id.`,
        hint: "Write arn:aws:iam::ACCOUNT:role/NAME (or user/NAME, or root), or the 12-digit account id."
      });
      return;
    }
    checkArn(p.value, "principal", out, arnColons(v));
  } else if (p.type === "Federated" && v.startsWith("arn:")) {
    checkArn(p.value, "federated", out, arnColons(v));
  }
}
function matchesFormat(format, arn) {
  return matchesFormatPattern(catalogFormatPattern(format), arn);
}
var LITERAL_ARN = /^[^*?$]*$/;
function fitTarget({ node, colons }) {
  const arn = node.value;
  const service = colons.length === 5 && isPlainText(arn, colons[1] + 1, colons[2]) ? arn.slice(colons[1] + 1, colons[2]).toLowerCase() : void 0;
  return { arn, literal: LITERAL_ARN.test(arn), service, pattern: void 0 };
}
var FIT_SCAN_LIMIT = 16;
function fitTargetsOf(resources) {
  const targets = [];
  const of = [];
  const byArn = resources.length > FIT_SCAN_LIMIT ? /* @__PURE__ */ new Map() : void 0;
  for (let i = 0; i < resources.length; i++) {
    const arn = resources[i].node.value;
    let target;
    if (byArn !== void 0) target = byArn.get(arn);
    else for (let k = 0; k < targets.length && target === void 0; k++) if (targets[k].arn === arn) target = targets[k];
    if (target === void 0) {
      target = fitTarget(resources[i]);
      targets.push(target);
      byArn?.set(arn, target);
    }
    of.push(target);
  }
  return { targets, of };
}
function isPlainText(text, start, end) {
  if (start >= end) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 45)) return false;
  }
  return true;
}
var formatServicesMemo = /* @__PURE__ */ new Map();
function formatServices(info) {
  let services2 = formatServicesMemo.get(info);
  if (services2 === void 0) {
    const list = [];
    for (const type of info.resourceTypes) {
      for (const f of type.arnFormats) {
        const parts = f.split(":", 6);
        if (parts.length < 6 || !isPlainText(parts[2], 0, parts[2].length)) {
          formatServicesMemo.set(info, null);
          return null;
        }
        list.push(parts[2].toLowerCase());
      }
    }
    services2 = list;
    formatServicesMemo.set(info, services2);
  }
  return services2;
}
var taggingMemo = /* @__PURE__ */ new Map();
function withServiceTypes(info) {
  let wide = taggingMemo.get(info);
  if (!wide) {
    if (info.accessLevel !== "Tagging" && !/^listtags/i.test(info.name)) wide = info;
    else {
      const types = findService(info.service)?.resourceTypes ?? [];
      wide = { ...info, resourceTypes: types.map((t) => ({ ...t, required: false })) };
    }
    taggingMemo.set(info, wide);
  }
  return wide;
}
function fits(given, target) {
  if (given.resourceTypes.length === 0) return false;
  const info = withServiceTypes(given);
  if (target.service !== void 0) {
    const services2 = formatServices(info);
    if (services2 !== null && !services2.includes(target.service)) return false;
  }
  if (target.literal) return literalFits(info, target.arn);
  return patternFitsLiterally(info, target.pattern ??= readPolicyArn(target.arn));
}
function fitsSome(infos, target) {
  for (let i = 0; i < infos.length; i++) if (fits(infos[i], target)) return true;
  return false;
}
function literalFits(info, arn) {
  let lower;
  for (let i = 0, resourceTypes = info.resourceTypes; i < resourceTypes.length; i++) {
    const type = resourceTypes[i];
    for (let j = 0, arnFormats = type.arnFormats; j < arnFormats.length; j++) {
      const f = arnFormats[j];
      if (!matchesFormat(f, arn)) continue;
      let refined = false;
      for (let k = 0, refinements = refinementsOf(info.service, f); k < refinements.length; k++) {
        const g = refinements[k];
        lower ??= arn.toLowerCase();
        if (lower.includes(g.piece) && matchesFormat(g.format, arn)) {
          refined = true;
          break;
        }
      }
      if (!refined) return true;
    }
  }
  return false;
}
function patternFitsLiterally(info, arn) {
  return fitsLiterallyBy(info, arn, fitsFormatStrictly) || fitsLiterallyBy(info, arn, fitsFormat);
}
function fitsLiterallyBy(info, arn, fits2) {
  for (let i = 0, resourceTypes = info.resourceTypes; i < resourceTypes.length; i++) {
    const type = resourceTypes[i];
    for (let j = 0, arnFormats = type.arnFormats; j < arnFormats.length; j++) {
      const f = arnFormats[j];
      if (!fits2(arn, f)) continue;
      if (!refinedPastSlash(info.service, f) || fitsFormatLeaf(arn, f)) return true;
    }
  }
  return false;
}
function refinedPastSlash(service, format) {
  for (const g of refinementsOf(service, format)) if (g.format.startsWith(format) && g.format.charCodeAt(format.length) === 47) return true;
  return false;
}
var fixedLength = (format) => format.replace(/\$\{[^}]*\}/g, "").length;
var refinementMemo = /* @__PURE__ */ new Map();
function refinementsOf(service, format) {
  let byFormat = refinementMemo.get(service);
  if (!byFormat) refinementMemo.set(service, byFormat = /* @__PURE__ */ new Map());
  let found = byFormat.get(format);
  if (found === void 0) {
    const list = [];
    const weight = fixedLength(format);
    for (const type of findService(service)?.resourceTypes ?? []) {
      for (const g of type.arnFormats) {
        if (g === format || fixedLength(g) <= weight || !matchesFormat(format, g.replace(/\$\{[^}]*\}/g, "x"))) continue;
        const own = format.toLowerCase();
        const piece = g.toLowerCase().split(/\$\{[^}]*\}/).filter((p) => !own.includes(p)).reduce((a, b) => b.length > a.length ? b : a, "");
        list.push({ format: g, piece });
      }
    }
    found = list;
    byFormat.set(format, found);
  }
  return found;
}
var RESOURCE_FIT_BUDGET = 2e7;
var fitPairs = 0;
var FitBudget = class {
  #left = RESOURCE_FIT_BUDGET;
  #seen = comparisonWork();
  /** False once the budget is spent. */
  spend() {
    fitPairs++;
    const now = comparisonWork();
    this.#left -= 1 + (now - this.#seen);
    this.#seen = now;
    return this.#left >= 0;
  }
};
function typeNames(actions) {
  const names = /* @__PURE__ */ new Set();
  for (const a of actions) for (const info of a.infos) for (const t of info.resourceTypes) names.add(t.name);
  const list = [...names];
  if (list.length === 0) return 'no specific resource (they need "Resource": "*")';
  return list.length > 5 ? `${list.slice(0, 5).join(", ")} ...` : list.join(", ");
}
function starOnly(infos) {
  for (let i = 0; i < infos.length; i++) if (infos[i].resourceTypes.length > 0) return false;
  return true;
}
function resourcesShown(resources) {
  return resources.length > 2 ? `${resources[0].node.value} and ${resources.length - 1} more` : resources.map((r) => r.node.value).join(", ");
}
function emptyRegionOrAccountHint(arn, namespace) {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[3] !== "" && parts[4] !== "") return void 0;
  const empty = [parts[3] === "" ? "Region" : void 0, parts[4] === "" ? "account" : void 0].filter((p) => p !== void 0);
  const filled = parts.map((part, i) => (i === 3 || i === 4) && part === "" ? "*" : part).join(":");
  if (!fitsSomeFormat(readPolicyArn(filled), namespace)) return void 0;
  const them = empty.length > 1 ? "them" : "it";
  return `The ${empty.join(" and ")} ${empty.length > 1 ? "are" : "is"} empty, and a resource of the types this ARN could name always carries ${them}: write ${them} (or "*" for any).`;
}
function checkResourceFit(s, resources, unread, expansions, out, budget) {
  if (s.actions.length === 0 || s.everyResource !== void 0 || !budget.spend()) return;
  const actions = [];
  const byName = /* @__PURE__ */ new Map();
  const matched = /* @__PURE__ */ new Map();
  let untyped = false;
  for (let j = 0, given = s.actions; j < given.length; j++) {
    const a = given[j];
    if (a.value === "*" || hasPlaceholder(a.value)) return;
    const lower = s.lowerActions[j];
    const known = byName.get(lower);
    if (known !== void 0) {
      if (known) known.nodes.push(a);
      else pushStarOnly(s, a, expansions.of(a) ?? [], resources, out, matched);
      continue;
    }
    const infos = expansions.of(a);
    if (infos === void 0 || infos.length === 0) continue;
    if (!starOnly(infos)) {
      const expanded = { nodes: [a], infos, fits: false };
      byName.set(lower, expanded);
      actions.push(expanded);
      continue;
    }
    byName.set(lower, null);
    untyped = true;
    pushStarOnly(s, a, infos, resources, out, matched);
  }
  if (actions.length === 0) return;
  const { targets, of } = fitTargetsOf(resources);
  let someResourceFits = false;
  for (let j = 0; j < actions.length; j++) {
    const a = actions[j];
    for (let k = 0; k < targets.length; k++) {
      const fits2 = fitsSome(a.infos, targets[k]);
      if (!budget.spend()) return;
      if (fits2) {
        a.fits = someResourceFits = true;
        break;
      }
    }
  }
  if (!someResourceFits && !untyped) {
    const label = statementLabel(s);
    const names = actions.map((a) => a.nodes[0].value);
    const shown = listText(names, 3);
    const types = typeNames(actions);
    const verb = names.length === 1 ? "s" : "";
    const ofKnownType = /* @__PURE__ */ new Map();
    const hintOf = /* @__PURE__ */ new Map();
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i].node;
      const target = of[i];
      const namespace = target.service;
      let known = ofKnownType.get(target);
      if (known === void 0) {
        known = namespace !== void 0 && fitsSomeFormat(target.pattern ??= readPolicyArn(target.arn), namespace);
        if (!budget.spend()) return;
        ofKnownType.set(target, known);
      }
      if (!known) {
        let hint = hintOf.get(target);
        if (hint === void 0) {
          hint = (namespace !== void 0 ? emptyRegionOrAccountHint(target.arn, namespace) : void 0) ?? `Check the ARN against the service's ARN formats (a missing "type/" part is the usual slip), or use an ARN of the type the actions take.`;
          if (!budget.spend()) return;
          hintOf.set(target, hint);
        }
        out.push({
          code: "RTC310",
          span: r.span,
          message: `${r.value} fits none of the resource types the Service Authorization Reference lists for ${namespace ?? "its service"}, and ${shown} act${verb} on ${types}: if the reference is complete, ${label} ${s.effect === "Deny" ? "denies" : "grants"} nothing on it.`,
          hint
        });
        continue;
      }
      out.push({
        code: "RTC307",
        span: r.span,
        message: `${r.value} is not a resource ${shown} act${verb} on (${types}), so ${label} ${s.effect === "Deny" ? "denies" : "grants"} nothing on it.`,
        hint: "Use an ARN of the resource type the actions take, or move the actions to a statement with the right resources."
      });
    }
    return;
  }
  if (unread) return;
  for (let j = 0; j < actions.length; j++) {
    const a = actions[j];
    if (a.fits) continue;
    const types = typeNames([a]);
    for (const node of a.nodes) {
      out.push({
        code: "RTC308",
        span: node.span,
        message: `${node.value} applies to none of the resources of ${statementLabel(s)} (it acts on ${types}).`,
        hint: "Add a resource of the right type for it, or move it to its own statement."
      });
    }
  }
}
function checkKeyPolicyFit(s, expansions, out) {
  for (let j = 0, given = s.actions; j < given.length; j++) {
    const a = given[j];
    if (a.value === "*" || hasPlaceholder(a.value)) continue;
    const infos = expansions.of(a);
    if (infos === void 0 || infos.length === 0 || actsOnKey(infos)) continue;
    out.push({
      code: "RTC308",
      span: a.span,
      message: `${a.value} acts on no KMS key, and in a key policy "Resource": "*" is the key the policy is set on, so ${statementLabel(s)} ${s.effect === "Deny" ? "denies" : "grants"} nothing for it: KMS allows it in IAM policies only.`,
      hint: 'Grant it in an IAM policy with "Resource": "*", and take it out of the key policy.'
    });
  }
}
function actsOnKey(infos) {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (info.service !== "kms") return true;
    for (let k = 0, types = info.resourceTypes; k < types.length; k++) if (types[k].name === "key") return true;
  }
  return false;
}
var AUTHORISED_ON = /* @__PURE__ */ new Map([
  ["logs:DescribeLogGroups", { pattern: "arn:*:logs:*:*:log-group::log-stream:", shown: "arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream:", example: "arn:aws:logs:REGION:ACCOUNT:log-group::log-stream:*" }]
]);
function pushStarOnly(s, a, infos, resources, out, matched) {
  const on = infos.length === 1 ? AUTHORISED_ON.get(infos[0].fullName) : void 0;
  if (on !== void 0) {
    let fits2 = matched.get(on.pattern);
    if (fits2 === void 0) {
      fits2 = false;
      for (let i = 0; i < resources.length && !fits2; i++) fits2 = arnPatternsOverlap(resources[i].node.value, on.pattern);
      matched.set(on.pattern, fits2);
    }
    if (fits2) return;
    out.push({
      code: "RTC309",
      span: a.span,
      message: `${a.value} in ${statementLabel(s)} is given ${resourcesShown(resources)}, but the Service Authorization Reference lists no resource type for it, and IAM checks it against ${on.shown} (the resource its AccessDenied errors name), which none of these ARNs matches: the statement does not ${s.effect === "Deny" ? "deny" : "grant"} it.`,
      hint: `Give the action "Resource": "*" (in a statement of its own), or an ARN that matches that one, such as ${on.example}.`
    });
    return;
  }
  out.push({
    code: "RTC309",
    span: a.span,
    message: `${a.value} in ${statementLabel(s)} is given ${resourcesShown(resources)}, but the Service Authorization Reference lists no resource type for it: this action is authorised on \`*\`; the ARN may ${s.effect === "Deny" ? "deny" : "grant"} nothing.`,
    hint: 'Give the action "Resource": "*" (in a statement of its own), or check that the service now documents resource-level permissions for it.'
  });
}
var arnRules = [checkResources, checkPrincipalArns];

// src/core/iam/catalog/unlisted-condition-keys.ts
var UNLISTED_CONDITION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgmasteraccountid", "glue:evaluatedbylakeformationtags", "lakeformation:gluearn"]);
function isUnlistedConditionKey(key) {
  return UNLISTED_CONDITION_KEYS.has(key.toLowerCase());
}

// src/core/lint/rules/conditions.ts
var OPERATORS = {};
var SPELLED = {};
var add = (family, names) => {
  for (const n of names) {
    OPERATORS[n.toLowerCase()] = family;
    SPELLED[n.toLowerCase()] = n;
  }
};
add("String", ["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"]);
add("Numeric", ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"]);
add("Date", ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"]);
add("Bool", ["Bool"]);
add("Binary", ["BinaryEquals"]);
add("IpAddress", ["IpAddress", "NotIpAddress"]);
add("Arn", ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"]);
add("Null", ["Null"]);
var LITERAL_STRING = /* @__PURE__ */ new Set(["stringequals", "stringnotequals", "stringequalsignorecase", "stringnotequalsignorecase"]);
var ACCOUNT_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceaccount",
  "aws:principalaccount",
  "aws:resourceaccount",
  "aws:vpceaccount",
  "kms:calleraccount",
  "s3:resourceaccount",
  "sts:sourceaccount"
]);
function parseOperator(name) {
  let rest = name;
  let set;
  const lower = name.toLowerCase();
  if (lower.startsWith("forallvalues:")) {
    set = "ForAllValues";
    rest = name.slice("ForAllValues:".length);
  } else if (lower.startsWith("foranyvalue:")) {
    set = "ForAnyValue";
    rest = name.slice("ForAnyValue:".length);
  }
  let base = rest.toLowerCase();
  let ifExists = false;
  if (base.endsWith("ifexists") && base !== "ifexists") {
    ifExists = true;
    base = base.slice(0, -"ifexists".length);
  }
  const family = Object.hasOwn(OPERATORS, base) ? OPERATORS[base] : void 0;
  if (!family || family === "Null" && ifExists) return void 0;
  return { family, base, set, ifExists, spelled: `${set ? `${set}:` : ""}${SPELLED[base]}${ifExists ? "IfExists" : ""}` };
}
function scalarText(v) {
  if (v.kind === "string") return v.value;
  if (v.kind === "number") return v.raw;
  if (v.kind === "boolean") return String(v.value);
  return void 0;
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
var readings = { Numeric: /* @__PURE__ */ new Map(), Date: /* @__PURE__ */ new Map(), IpAddress: /* @__PURE__ */ new Map(), Bool: /* @__PURE__ */ new Map() };
function valueReading(family, text) {
  const memo3 = readings[family];
  let reading = memo3.get(text);
  if (reading === void 0) {
    reading = readConditionValue(family, text);
    if (memo3.size < MEMO_LIMIT && memorable(text)) memo3.set(text, reading);
  }
  return reading;
}
function valueProblem(family, v) {
  const text = scalarText(v);
  if (text === void 0) return void 0;
  if (v.kind === "string" && (text.includes("${") || hasPlaceholder(text))) return void 0;
  switch (family) {
    case "Bool":
    case "Null":
    case "Numeric":
    case "Date":
    case "IpAddress": {
      const reading = valueReading(family === "Null" ? "Bool" : family, text);
      if (reading.form === "documented") return void 0;
      return { text: `"${text}" ${reading.note}`, ...reading.form === "undocumented" ? { undocumented: true } : {} };
    }
    case "Arn": {
      if (text === "*") return void 0;
      if (!text.startsWith("arn:")) return { text: `"${text}" is not an ARN` };
      const parts = arnColons(text).length + 1;
      return parts < 6 && !hasWildcard(text) ? { text: `"${text}" has ${parts} of the 6 parts of an ARN (arn:partition:service:region:account:resource)` } : void 0;
    }
    case "Binary":
      return BASE64.test(text) ? void 0 : { text: `"${text}" is not base64` };
    default:
      return void 0;
  }
}
var FAMILY_HINT = {
  String: "",
  Bool: 'Write "true" or "false".',
  Null: 'Write "true" (key absent) or "false" (key present).',
  Numeric: 'Write an integer or a decimal, e.g. "3600" or "0.5".',
  Date: 'Write a date and time with its time zone, like "2026-01-31T00:00:00Z", or epoch seconds.',
  IpAddress: 'Write an address or CIDR range like "203.0.113.0/24", with no spaces or leading zeros, and an IPv6 address with its prefix length ("2001:db8::1/128" for one address).',
  Arn: "Write a full ARN (wildcards allowed), or use a String operator.",
  Binary: "Write the value base64-encoded."
};
var MEMO_LIMIT = 5e3;
var operatorMemo = /* @__PURE__ */ new Map();
function operatorNamed(name) {
  let op = operatorMemo.get(name);
  if (op === void 0) {
    const parsed = parseOperator(name);
    op = parsed && parsed.spelled === name ? parsed : null;
    if (operatorMemo.size < MEMO_LIMIT && memorable(name)) operatorMemo.set(name, op);
  }
  return op ?? void 0;
}
var keyMemo = /* @__PURE__ */ new Map();
function keyReading(key) {
  let reading = keyMemo.get(key);
  if (reading === void 0) {
    const namespace = conditionKeyNamespace(key);
    reading = {
      url: /^https?:\/\//i.test(key),
      placeholder: hasPlaceholder(key),
      namespace,
      info: namespace === "global" || namespace === "service" ? findConditionKey(key) : void 0
    };
    if (keyMemo.size < MEMO_LIMIT && memorable(key)) keyMemo.set(key, reading);
  }
  return reading;
}
function checkEntry(entry, out, unknownOperatorReported) {
  const opName = entry.operator.value;
  const op = operatorNamed(opName);
  if (!op) {
    if (!unknownOperatorReported.has(entry.operator)) {
      unknownOperatorReported.add(entry.operator);
      const miscased = parseOperator(opName);
      out.push(
        miscased ? {
          code: "RTC401",
          span: entry.operator.span,
          message: `"${opName}" is not a condition operator as written: IAM reads operator names case-sensitively and refuses the policy (MalformedPolicyDocument: Invalid Condition type).`,
          hint: `Write ${miscased.spelled}.`
        } : {
          code: "RTC401",
          span: entry.operator.span,
          message: `"${opName}" is not a condition operator.`,
          hint: "Use e.g. StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress or Null (IfExists and ForAllValues:/ForAnyValue: allowed)."
        }
      );
    }
    return;
  }
  const key = entry.key.value;
  const wrongOperator = checkOperatorKeyType(entry, op, out);
  for (let i = 0, values = entry.values; i < values.length && !wrongOperator; i++) {
    const v = values[i];
    const problem = valueProblem(op.family, v);
    if (problem?.undocumented) {
      out.push({
        code: "RTC416",
        span: v.span,
        message: `${opName} on ${key}: ${problem.text}, a form IAM does not document, so how IAM compares it is not known.`,
        hint: FAMILY_HINT[op.family]
      });
    } else if (problem) {
      out.push({ code: "RTC402", span: v.span, message: `${opName} on ${key}: ${problem.text}, so the condition never matches as intended.`, hint: FAMILY_HINT[op.family] });
    }
  }
  if (LITERAL_STRING.has(op.base)) {
    for (let i = 0, values = entry.values; i < values.length; i++) {
      const v = values[i];
      if (v.kind === "string" && v.value.includes("*") && !v.value.includes("${*}")) {
        const like = opName.replace(/Equals(IgnoreCase)?/i, "Like");
        out.push({
          code: "RTC404",
          span: v.span,
          message: `${opName} compares "${v.value}" literally: '*' is not a wildcard here${v.value === "*" ? `, so ${key} is tested against the one-character text "*"` : ""}.`,
          hint: v.value === "*" ? `To test that ${key} is present use "Null": {"${key}": "false"}; for a pattern use ${like}.` : `Use ${like} for a pattern.`
        });
      }
    }
  }
  const reading = keyReading(key);
  if (reading.url) {
    out.push({
      code: "RTC406",
      span: entry.key.span,
      message: `Condition key "${key}" includes the URL scheme; IAM names identity-provider keys without it, so this key is never present.`,
      hint: `Write "${key.replace(/^https?:\/\//i, "")}".`
    });
    return;
  }
  if (reading.placeholder) return;
  const ns = reading.namespace;
  const info = reading.info;
  if (ns === "unknown" || (ns === "global" || ns === "service") && !info && !isUnlistedConditionKey(key)) {
    out.push({
      code: "RTC405",
      span: entry.key.span,
      message: ns === "unknown" ? `"${key}" is not a condition key: "${key.split(":")[0]}" is neither aws, a service nor an identity provider.` : `Unknown condition key ${key}.`,
      hint: "Check the key in the Service Authorization Reference (global keys start with aws:)."
    });
  }
  if (op.family === "Null" && op.set) {
    out.push({
      code: "RTC408",
      span: entry.operator.span,
      message: `${opName}: Null tests whether ${key} is in the request, not its values, and AWS documents no ${op.set}: form of it; ${op.set} is ${op.set === "ForAllValues" ? "true when the key is absent, so a test that the key is present can pass without it" : "false when the key is absent, so a test that the key is absent can never hold"}.`,
      hint: `Drop the ${op.set}: prefix: "Null": {"${key}": "false"} holds when ${key} is in the request, "true" when it is not.`
    });
  } else if (info && op.family !== "Null") {
    const multi = info.type.startsWith("ArrayOf");
    if (op.set && !multi) {
      out.push({
        code: "RTC408",
        span: entry.operator.span,
        message: `${op.set}: is for multivalued keys; ${key} has one value${op.set === "ForAllValues" ? ", and ForAllValues is also true when the key is absent" : ""}.`,
        // ForAnyValue: is false when the key is absent, a negated operator alone true (IAM User Guide, "Condition
        // operators"): dropping the prefix alone would widen a Deny to every request without the key (AWS's RAM
        // SCP examples write ForAnyValue:StringNotEquals on the single-valued ram:Principal).
        hint: op.set === "ForAnyValue" && isNegated(op) && !op.ifExists ? `Drop the ForAnyValue: prefix and add "Null": {"${key}": "false"}: ${opName} is false when ${key} is absent, and ${opName.slice("ForAnyValue:".length)} alone is true then.` : `Drop the ${op.set}: prefix.`
      });
    } else if (!op.set && multi) {
      out.push({
        code: "RTC408",
        span: entry.operator.span,
        message: `${key} is multivalued; ${opName} without ForAnyValue:/ForAllValues: does not say how the values compare.`,
        hint: `Write ForAnyValue:${opName} or ForAllValues:${opName}.`
      });
    }
  }
  if (op.family !== "Null" && !wrongOperator && ACCOUNT_KEYS.has(key.toLowerCase())) {
    for (let i = 0, values = entry.values; i < values.length; i++) {
      const v = values[i];
      const text = scalarText(v);
      if (text === void 0 || hasPlaceholder(text) || text.includes("${")) continue;
      if (op.base.endsWith("like") && hasWildcard(text)) continue;
      if (!isAccountId(text)) {
        out.push({
          code: "RTC407",
          span: v.span,
          message: /^\d+$/.test(text) ? `${key} value ${text} has ${text.length} digits, not a 12-digit account id.` : `${key} value "${text}" is not a 12-digit account id.`,
          hint: "Use the 12-digit account id (keep leading zeros)."
        });
      }
    }
  }
  if (info && op.family === "String") checkArnKeyValues(entry, op, info, out);
  if (!wrongOperator && (op.family === "Arn" || op.family === "String" && (info?.type === "ARN" || info?.type === "ArrayOfARN"))) checkConditionArnParts(entry, op, out);
  if ((op.family === "String" || op.family === "Arn") && entry.lowerKey === "aws:principalarn") {
    checkPrincipalArnSessions(entry, op, out);
    checkPrincipalArnTypes(entry, op, out);
  }
  if (op.family === "String") {
    checkIdKeyValues(entry, op, out);
    checkFormatKeyValues(entry, op, out);
  }
}
var ANY_TEXT = /^/;
var USER_ID = { what: "the caller's unique ID (AIDA... for a user, AROA...:SESSION for a role session, the account ID for the root user), never an ARN", form: ANY_TEXT, example: "AROAEXAMPLEID:*", neverOpens: /^arn:/i };
var USER_NAME = { what: "an IAM user's name, never an ARN", form: ANY_TEXT, example: "alice", neverOpens: /^arn:/i };
var ORGANIZATION_ID = { what: "an organization ID", form: /^o-[a-z0-9]+$/, example: "o-a1b2c3d4e5" };
var REGION = { what: "a Region name", form: REGION_NAME, example: "us-east-1" };
var ORGANIZATION_PATH = { what: "an organization path", form: /^o-[a-z0-9]+(\/r-[a-z0-9]+(\/ou-[a-z0-9]+-[a-z0-9]+)*)?\/?$/, example: "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/" };
var ID_KEYS = /* @__PURE__ */ new Map([
  ["aws:principalorgid", ORGANIZATION_ID],
  ["aws:resourceorgid", ORGANIZATION_ID],
  ["aws:sourceorgid", ORGANIZATION_ID],
  ["aws:principalorgpaths", ORGANIZATION_PATH],
  ["aws:resourceorgpaths", ORGANIZATION_PATH],
  ["aws:sourceorgpaths", ORGANIZATION_PATH],
  ["aws:sourcevpc", { what: "a VPC ID", form: /^vpc-[a-z0-9]+$/i, example: "vpc-1a2b3c4d" }],
  ["aws:sourcevpce", { what: "a VPC endpoint ID", form: /^vpce-[a-z0-9]+$/i, example: "vpce-1a2b3c4d" }],
  // The form of a Region name in every partition (iam/region-name.ts); compared as written, so in lower case.
  ["aws:requestedregion", REGION],
  ["ec2:region", REGION],
  ["aws:userid", USER_ID],
  ["aws:username", USER_NAME],
  // The service that called KMS for the caller, by its Regional name (iam/region-name.ts): never "ec2" or "s3.amazonaws.com".
  ["kms:viaservice", { what: "the name of the service that called AWS KMS on the caller's behalf (SERVICE.REGION.amazonaws.com in every partition)", form: VIA_SERVICE_NAME, example: "ec2.us-west-2.amazonaws.com" }]
]);
function idKindOf(text) {
  if (isAccountId(text)) return "an account id";
  if (AVAILABILITY_ZONE_NAME.test(text)) return "an Availability Zone";
  if (/^vpce-[a-z0-9]+$/i.test(text)) return "a VPC endpoint ID";
  if (/^vpc-[a-z0-9]+$/i.test(text)) return "a VPC ID";
  if (/^o-[a-z0-9]+$/.test(text)) return "an organization ID";
  if (/^o-[a-z0-9]+$/i.test(text)) return "an organization ID in upper case, which AWS never sends";
  if (/^arn:/i.test(text)) return "an ARN";
  return void 0;
}
function checkIdKeyValues(entry, op, out) {
  const id = ID_KEYS.get(entry.lowerKey);
  if (!id) return;
  const key = entry.key.value;
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i];
    const text = scalarText(v);
    if (text === void 0 || text.includes("${") || hasPlaceholder(text)) continue;
    if (id.neverOpens !== void 0) {
      if (!id.neverOpens.test(text)) continue;
    } else if (readsStringWildcards(op) && hasWildcard(text) || id.form.test(op.base.endsWith("ignorecase") ? text.toLowerCase() : text)) continue;
    const kind = idKindOf(text);
    out.push({
      code: "RTC414",
      span: v.span,
      message: `${key} holds ${id.what}, and "${text}" is ${kind ?? "none"}: ${neverMatchesAsIntended(entry, op)}.`,
      hint: id.neverOpens ? `To name a principal by its ARN, use ArnLike or ArnNotLike on aws:PrincipalArn; ${key} takes values such as "${id.example}".` : `Give ${id.what} (such as "${id.example}")${kind === "an account id" ? ", or test the account with aws:PrincipalAccount, aws:ResourceAccount or aws:SourceAccount" : ""}.`
    });
  }
}
function checkFormatKeyValues(entry, op, out) {
  const format = valueFormatOf(entry.key.value);
  if (!format) return;
  const key = entry.key.value;
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i];
    const text = scalarText(v);
    if (text === void 0 || text.includes("${") || hasPlaceholder(text) || hasWildcard(text) || format.pattern.test(text)) continue;
    out.push({
      code: "RTC414",
      span: v.span,
      message: `${key} is ${format.rule} (the STS API refuses any other value), and ${text === "" ? "the empty string" : `"${text}"`} is not: ${neverMatchesAsIntended(entry, op)}.`,
      hint: `Give the value the caller sends (${format.rule}).`
    });
  }
}
function neverMatchesAsIntended(entry, op) {
  return `${entry.operator.value} never matches it as intended${isNegated(op) ? " (a negated operator is then true for every request, so it limits nothing)" : ""}`;
}
function forEachConditionArn(entry, op, variables, visit) {
  const how = {
    ignoreCase: op.base.endsWith("ignorecase"),
    spanning: op.family === "String" && readsStringWildcards(op),
    unmatched: neverMatchesAsIntended(entry, op)
  };
  const skipVariables = variables === "skip variables";
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i];
    if (v.kind !== "string") continue;
    const text = v.value;
    if (!/^arn:/i.test(text) || skipVariables && text.includes("${") || hasPlaceholder(text)) continue;
    const colons = arnColons(text);
    if (colons.length < 5) continue;
    visit(v, text, colons, how);
  }
}
var SESSION_ARN = /^arn:([^:]*):sts::([^:]*):assumed-role\/([^/]*)/;
function checkPrincipalArnSessions(entry, op, out) {
  forEachConditionArn(entry, op, "skip variables", (v, text, _colons, { spanning }) => {
    const m = SESSION_ARN.exec(text);
    if (!m || spanning && text.lastIndexOf("*", m[0].length - m[3].length - 1) !== -1) return;
    const [, partition, account, name] = m;
    out.push({
      code: "RTC415",
      span: v.span,
      message: `${entry.key.value} holds the role's ARN for a request made with a role (arn:aws:iam::ACCOUNT:role/NAME), never a session ARN: "${text}" never matches it, so ${entry.operator.value} ${isNegated(op) ? "is true for every request, the role's own included (it limits nothing)" : "never matches as written"}.`,
      hint: `Write "arn:${partition}:iam::${account}:role/${name}" (a path before the name is part of the role ARN: role/PATH/${name}).`
    });
  });
}
function checkPrincipalArnTypes(entry, op, out) {
  forEachConditionArn(entry, op, "skip variables", (v, text, colons, { ignoreCase, spanning, unmatched }) => {
    if (spanning && hasWildcard(text.slice(0, colons[2]))) return;
    const service = text.slice(colons[1] + 1, colons[2]);
    const lowerService = service.toLowerCase();
    const types = principalTypesOf(lowerService);
    if (types === void 0) return;
    const what = `${entry.key.value} holds the ARN of an IAM user or role, the account root or a federated user, and`;
    if (!ignoreCase && service !== lowerService) {
      out.push({ code: "RTC305", span: v.span, message: `${what} "${service}" in ${text} names none of them: ${unmatched}.`, hint: `Write "${lowerService}".` });
      return;
    }
    if (spanning && hasWildcard(text.slice(0, colons[4] + 1))) return;
    const resource = text.slice(colons[4] + 1);
    const slash = resource.indexOf("/");
    const type = slash === -1 ? resource : resource.slice(0, slash);
    if (type === "" || hasWildcard(type)) return;
    const lowerType = type.toLowerCase();
    const fits2 = types.has(lowerType) && lowerType === "root" === (slash === -1);
    if (fits2 && (ignoreCase || type === lowerType)) return;
    const meant = fits2 ? lowerType : lowerType.endsWith("s") && types.has(lowerType.slice(0, -1)) ? lowerType.slice(0, -1) : void 0;
    out.push({
      code: "RTC305",
      span: v.span,
      message: `${what} "${type}" in ${text} names none of them: ${unmatched}.`,
      hint: meant !== void 0 && meant !== "root" ? `Write "${meant}/".` : "Write arn:aws:iam::ACCOUNT:role/NAME (a path before the name is part of it), user/NAME or root."
    });
  });
}
function checkArnKeyValues(entry, op, info, out) {
  if (info.type !== "ARN" && info.type !== "ArrayOfARN") return;
  const key = entry.key.value;
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i];
    const text = scalarText(v);
    if (text === void 0 || text.includes("${") || hasPlaceholder(text)) continue;
    if (/^arn:/i.test(text) || readsStringWildcards(op) && hasWildcard(text)) continue;
    const account = isAccountId(text);
    out.push({
      code: "RTC413",
      span: v.span,
      message: `${key} holds ARNs, and "${text}" is ${account ? "an account id" : "no ARN"}: ${neverMatchesAsIntended(entry, op)}.`,
      hint: account ? "To test the caller's or the source's account, use aws:PrincipalAccount or aws:SourceAccount; to name a principal or resource, give its full ARN." : `Give the full ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE)${readsStringWildcards(op) ? ", or a pattern of one" : ""}.`
    });
  }
}
function checkConditionArnParts(entry, op, out) {
  forEachConditionArn(entry, op, "read variables", (v, text, colons, { ignoreCase, spanning, unmatched }) => {
    const region = text.slice(colons[2] + 1, colons[3]);
    if (region !== "" && !REGION_NAME.test(ignoreCase ? region.toLowerCase() : region) && !region.includes("${") && !hasWildcard(region) && !(spanning && hasWildcard(text.slice(0, colons[3])))) {
      out.push({
        code: op.family === "Arn" ? "RTC402" : "RTC413",
        span: v.span,
        message: `${entry.key.value} value ${text} names the Region "${region}", which is no Region name: no ARN has it, so ${unmatched}.`,
        hint: "Write the Region as AWS names it (lower case, two hyphens: us-east-1), or leave it empty where the resource has none."
      });
    }
    const account = text.slice(colons[3] + 1, colons[4]);
    if (account === "" || isAccountId(account) || OWNER_ACCOUNT_WORDS.has(ignoreCase ? account.toLowerCase() : account)) return;
    if (account.includes("${") || hasWildcard(account) || spanning && hasWildcard(text.slice(0, colons[4]))) return;
    const digits = /^\d+$/.test(account);
    out.push({
      code: "RTC407",
      span: v.span,
      message: `${entry.key.value} value ${text} names the account ${account}, ${digits ? `of ${account.length} digits, not 12` : "which is not a 12-digit account id"}: no ARN has it, so ${unmatched}.`,
      hint: "Use the 12-digit account id (keep leading zeros)."
    });
  });
}
var INCOMPATIBLE = {
  IpAddress: /* @__PURE__ */ new Set(["String", "ARN", "Numeric", "Date", "Bool", "Binary"]),
  Numeric: /* @__PURE__ */ new Set(["String", "ARN", "Bool", "IPAddress", "Binary"]),
  Date: /* @__PURE__ */ new Set(["String", "ARN", "Bool", "IPAddress", "Binary"]),
  Bool: /* @__PURE__ */ new Set(["ARN", "Numeric", "Date", "IPAddress", "Binary"]),
  Arn: /* @__PURE__ */ new Set(["Numeric", "Date", "Bool", "IPAddress", "Binary"])
};
var TYPE_WORDS = {
  String: "a string",
  ARN: "an ARN",
  Numeric: "a number",
  Date: "a date",
  Bool: "a boolean",
  IPAddress: "an IP address",
  Binary: "binary data"
};
var OPERATOR_FOR = {
  String: "StringEquals or StringLike",
  ARN: "ArnEquals or ArnLike",
  Numeric: "a Numeric operator",
  Date: "a Date operator",
  Bool: "Bool",
  IPAddress: "IpAddress or NotIpAddress",
  Binary: "BinaryEquals"
};
var TEXT_ONLY = {
  String: /* @__PURE__ */ new Set(["Numeric", "Date", "Bool", "IPAddress"])
};
var keyTypeMemo = /* @__PURE__ */ new Map();
function keyOfType(table, family, key) {
  let byFamily = keyTypeMemo.get(table);
  if (!byFamily) keyTypeMemo.set(table, byFamily = /* @__PURE__ */ new Map());
  let byKey = byFamily.get(family);
  if (!byKey) byFamily.set(family, byKey = /* @__PURE__ */ new Map());
  let found = byKey.get(key);
  if (found === void 0) {
    found = null;
    const ns = hasPlaceholder(key) ? "unknown" : conditionKeyNamespace(key);
    const info = ns === "global" || ns === "service" ? findConditionKey(key) : void 0;
    if (info) {
      const base = info.type.startsWith("ArrayOf") ? info.type.slice("ArrayOf".length) : info.type;
      if (table[family]?.has(base)) found = info;
    }
    if (byKey.size >= 2e4) byKey.clear();
    if (memorable(key)) byKey.set(key, found);
  }
  return found;
}
function isWholeVariable(v) {
  return v.kind === "string" && /^\$\{[^${}]+\}$/.test(v.value);
}
var baseType = (info) => info.type.startsWith("ArrayOf") ? info.type.slice("ArrayOf".length) : info.type;
function checkOperatorKeyType(entry, op, out) {
  if (op.family === "Null") return false;
  if (op.family === "String") {
    const info2 = keyOfType(TEXT_ONLY, op.family, entry.key.value);
    if (!info2 || entry.values.every(isWholeVariable)) return false;
    const base2 = baseType(info2);
    out.push({
      code: "RTC411",
      span: entry.operator.span,
      message: `${entry.operator.value} compares ${info2.key}, which holds ${TYPE_WORDS[base2] ?? base2}, as text, character for character: IAM Access Analyzer reports this as a type mismatch.`,
      hint: `Use ${OPERATOR_FOR[base2] ?? "an operator of the key's type"} for ${info2.key}.`
    });
    return false;
  }
  const info = keyOfType(INCOMPATIBLE, op.family, entry.key.value);
  if (!info) return checkOperatorKeyForm(entry, op, out);
  const base = baseType(info);
  if (base === "String" && (op.family === "Numeric" || op.family === "Date") && entry.values.every((v) => readableAs(op.family, v))) return checkOperatorKeyForm(entry, op, out);
  out.push({
    code: "RTC409",
    span: entry.operator.span,
    message: `${entry.operator.value} cannot compare ${info.key}, which holds ${TYPE_WORDS[base] ?? base}: the condition never matches as written.`,
    hint: `Use ${OPERATOR_FOR[base] ?? "an operator of the key's type"} for ${info.key}.`
  });
  return true;
}
function formNoValueOf(family, lowerKey) {
  const id = ID_KEYS.get(lowerKey);
  if (id !== void 0 && id.neverOpens === void 0) return family === "Bool" || family === "Numeric" || family === "Date" || family === "Arn" ? id.what : void 0;
  if (ACCOUNT_KEYS.has(lowerKey)) return family === "Bool" || family === "Arn" ? "a 12-digit account id" : void 0;
  return void 0;
}
function checkOperatorKeyForm(entry, op, out) {
  const what = formNoValueOf(op.family, entry.lowerKey);
  if (what === void 0) return false;
  out.push({
    code: "RTC409",
    span: entry.operator.span,
    message: `${entry.operator.value} cannot compare ${entry.key.value}, which holds ${what}: ${op.family === "Bool" ? 'never "true" or "false"' : op.family === "Arn" ? "never an ARN" : op.family === "Numeric" ? "never a number" : "never a date"}, so ${isNegated(op) ? "the condition does not test it as intended" : op.ifExists ? "the condition is true only for requests without the key" : "the condition never matches as written"}.`,
    hint: `Use StringEquals or StringLike for ${entry.key.value}.`
  });
  return true;
}
var READABLE_CHARACTERS = { Numeric: /^[0-9.+-]*$/, Date: /^[0-9TZtz:.+-]*$/ };
function readableAs(family, v) {
  const text = scalarText(v);
  if (text === void 0) return true;
  const literal = replaceBraces(text, () => "");
  return READABLE_CHARACTERS[family]?.test(literal) ?? false;
}
function readsStringWildcards(op) {
  return op.base === "stringlike" || op.base === "stringnotlike";
}
function isNegated(op) {
  return op.base.includes("not");
}
function trueWhenAbsent(op) {
  return op.family === "Null" || op.ifExists || op.set === "ForAllValues" || isNegated(op);
}
function plainServices(s) {
  if (s.notActions.length > 0 || s.actions.length === 0) return void 0;
  const services2 = /* @__PURE__ */ new Set();
  for (const lower of s.lowerActions) {
    const service = serviceOf(lower);
    if (service === void 0 || hasWildcard(service)) return void 0;
    services2.add(service);
  }
  return services2;
}
function checkKeyServices(s, out) {
  let services2 = null;
  const actionKeys = new StatementActionKeys(s);
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i];
    const key = c.key.value;
    if (c.lowerKey.length > 4 && c.lowerKey.startsWith("aws:")) continue;
    const op = operatorNamed(c.operator.value);
    if (!op || op.family === "Null") continue;
    const reading = keyReading(key);
    if (reading.placeholder || reading.namespace !== "service") continue;
    const info = reading.info;
    if (!info || info.global || info.actionServices.length === 0) continue;
    if (services2 === null) services2 = plainServices(s);
    if (services2 === void 0) return;
    const present = services2;
    if (info.services.some((svc) => present.has(svc.toLowerCase()))) {
      checkKeyActions(actionKeys, c, op, out);
      continue;
    }
    out.push({
      code: "RTC410",
      span: c.key.span,
      message: `${key} is a condition key of ${info.services.join("/")}, but ${statementLabel(s)} has no ${info.services.join("/")} action (${[...present].join(", ")}): the key is never in these requests, so ${trueWhenAbsent(op) ? `${c.operator.value} on it is always true and limits nothing` : "the statement never matches as written"}.`,
      hint: `Use a condition key of the statement's services (or a global aws: key), or move the condition to the statement whose actions support it.`
    });
  }
}
var patternKeys = /* @__PURE__ */ new Map();
function keysOfPattern(lower) {
  let found = patternKeys.get(lower);
  if (found === void 0) {
    const actions = actionsMatching(lower);
    found = actions.length === 0 ? null : actions.length === 1 ? serviceKeysOfAction(actions[0]) : /* @__PURE__ */ new Set();
    if (actions.length > 1) {
      const union = found;
      for (const a of actions) {
        const keys = serviceKeysOfAction(a);
        if (keys.size === 0) {
          found = null;
          break;
        }
        for (const k of keys) union.add(k);
      }
    }
    if (found !== null && found.size === 0) found = null;
    if (patternKeys.size >= 1e4) patternKeys.clear();
    if (memorable(lower)) patternKeys.set(lower, found);
  }
  return found;
}
var actionsRead = 0;
var StatementActionKeys = class {
  #s;
  #keys;
  #shown;
  constructor(s) {
    this.#s = s;
  }
  /** The union of the actions' keys, or null when an action cannot be judged. */
  keys() {
    if (this.#keys === void 0) {
      let union = /* @__PURE__ */ new Set();
      const seen = /* @__PURE__ */ new Set();
      for (const lower of this.#s.lowerActions) {
        actionsRead++;
        if (seen.has(lower)) continue;
        seen.add(lower);
        const keys = keysOfPattern(lower);
        if (keys === null) {
          union = null;
          break;
        }
        for (const k of keys) union.add(k);
      }
      this.#keys = union;
    }
    return this.#keys;
  }
  /** The statement's actions, for a message: "(s3:GetObject, s3:PutObject ...)", and how many there are. */
  shown() {
    return this.#shown ??= listText(this.#s.actions.map((a) => a.value), 5);
  }
  get statement() {
    return this.#s;
  }
};
function checkKeyActions(actionKeys, c, op, out) {
  const keys = actionKeys.keys();
  if (keys === null) return;
  const forms = conditionKeyForms(c.key.value);
  if (forms.some((form) => keys.has(form))) return;
  const s = actionKeys.statement;
  out.push({
    code: "RTC412",
    span: c.key.span,
    message: `${c.key.value} is not a condition key of ${s.actions.length === 1 ? "the action" : "any of the actions"} of ${statementLabel(s)} (${actionKeys.shown()}) in the Service Authorization Reference: the key is not in these requests, so ${trueWhenAbsent(op) ? `${c.operator.value} on it is always true and limits nothing` : "the condition can never be true and the statement never matches as written"}.`,
    hint: "Use a condition key the actions support (the reference lists them per action, with those of its resource types), or move the condition to the statement whose actions support it."
  });
}
function checkConditions(ctx, out) {
  const reported = /* @__PURE__ */ new Set();
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j];
      checkEntry(c, out, reported);
    }
    if (s.conditioned) checkKeyServices(s, out);
  }
}
var conditionRules = [checkConditions];

// src/core/lint/rules/source-ip.ts
var VPC_ENDPOINT_KEYS = /* @__PURE__ */ new Set(["aws:sourcevpce", "aws:sourcevpc", "aws:vpcsourceip", "aws:vpceaccount", "aws:vpceorgid", "aws:vpceorgpaths"]);
var PRIVATE_BLOCKS = [
  { family: 4, first: 10n << 24n, bits: 8, text: "10.0.0.0/8" },
  { family: 4, first: 172n << 24n | 16n << 16n, bits: 12, text: "172.16.0.0/12" },
  { family: 4, first: 192n << 24n | 168n << 16n, bits: 16, text: "192.168.0.0/16" },
  { family: 6, first: 0xfcn << 120n, bits: 7, text: "fc00::/7" }
];
function privateBlock(text) {
  const reading = readAddressRange(text);
  const range = reading.form === "documented" ? reading.value : bareIpv6WidestRange(text);
  if (!range) return void 0;
  const width = range.family === 4 ? 32 : 128;
  for (const block of PRIVATE_BLOCKS) {
    if (block.family !== range.family || range.bits < block.bits) continue;
    if (range.first >> BigInt(width - block.bits) === block.first >> BigInt(width - block.bits)) return block.text;
  }
  return void 0;
}
function needsKey(c) {
  const op = operatorNamed(c.operator.value);
  return op !== void 0 && !trueWhenAbsent(op);
}
var vpcKeySearched = 0;
function vpcEndpointKeyNeeded(s) {
  for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
    vpcKeySearched++;
    const c = conditions[j];
    if (VPC_ENDPOINT_KEYS.has(c.lowerKey) && needsKey(c)) return c;
  }
  return null;
}
function checkWithVpcEndpointKey(s, sourceIp, c, out) {
  if (!needsKey(sourceIp)) return;
  out.push({
    code: "RTC628",
    span: sourceIp.key.span,
    message: `${statementLabel(s, true)} needs both ${sourceIp.key.value} (${sourceIp.operator.value}) and ${c.key.value} (${c.operator.value}): a request through a VPC endpoint carries no aws:SourceIp, and any other request carries no ${c.key.value}, so no request matches.`,
    hint: "Allow each path in its own statement (or, in a Deny, negate both: NotIpAddress on aws:SourceIp and StringNotEquals on the endpoint key, so only requests from neither are refused)."
  });
}
function checkSourceIp(ctx, out) {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (!s.conditioned) continue;
    let vpcKey;
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j];
      if (c.lowerKey !== "aws:sourceip") continue;
      if (vpcKey === void 0) vpcKey = vpcEndpointKeyNeeded(s);
      if (vpcKey !== null) checkWithVpcEndpointKey(s, c, vpcKey, out);
      const op = operatorNamed(c.operator.value);
      if (op?.family !== "IpAddress") continue;
      for (let k = 0, values = c.values; k < values.length; k++) {
        const v = values[k];
        if (v.kind !== "string") continue;
        const block = privateBlock(v.value);
        if (block === void 0) continue;
        out.push({
          code: "RTC627",
          span: v.span,
          message: `"${v.value}" under ${c.key.value} in ${statementLabel(s)} is a private range (inside ${block}): aws:SourceIp holds the public address a request comes from, and a request through a VPC endpoint has none, so ${c.operator.value} never matches this value as intended.`,
          hint: "Give the public addresses your network reaches AWS from (its NAT or proxy addresses); for requests through a VPC endpoint, test aws:VpcSourceIp with aws:SourceVpc or aws:SourceVpce."
        });
      }
    }
  }
}
var sourceIpRules = [checkSourceIp];

// src/core/lint/rules/size.ts
function countedSize(node) {
  switch (node.kind) {
    case "object": {
      let n = 2 + (node.members.length > 0 ? node.members.length - 1 : 0);
      for (let i = 0, members = node.members; i < members.length; i++) {
        const m = members[i];
        n += m.key.to - m.key.from + 1 + countedSize(m.value);
      }
      return n;
    }
    case "array": {
      let n = 2 + (node.items.length > 0 ? node.items.length - 1 : 0);
      for (let i = 0; i < node.items.length; i++) n += countedSize(node.items[i]);
      return n;
    }
    default:
      return node.to - node.from;
  }
}
function checkSize(ctx, out) {
  const rules = kindRules(ctx.kind);
  if (ctx.text.length <= rules.sizeFloor || !ctx.sizeKnown) return;
  const written = ctx.root.to - ctx.root.from;
  const verdict = rules.checkSize(ctx, { counted: countedSize(ctx.root), written });
  if (verdict) out.push({ ...verdict, span: openingOf(ctx.root) });
}
var sizeRules = [checkSize];

// src/core/lint/rules/public-access.ts
var NOT_ABOUT_CALLER = /* @__PURE__ */ new Set([
  "aws:securetransport",
  "aws:currenttime",
  "aws:epochtime",
  "aws:requestedregion",
  "aws:useragent",
  "aws:referer",
  "aws:multifactorauthpresent",
  "aws:multifactorauthage",
  "lambda:functionurlauthtype",
  "s3:tlsversion",
  "s3:signatureversion",
  "s3:signatureage",
  "s3:authtype",
  "s3:x-amz-acl",
  "s3:x-amz-content-sha256",
  "s3:x-amz-server-side-encryption",
  "s3:x-amz-server-side-encryption-aws-kms-key-id",
  "sts:externalid",
  "sts:rolesessionname",
  "sts:sourceidentity",
  // Through which service the request comes, not from whom: with Principal
  // "*" a principal of any account can have that service use the key or
  // resource for it. The KMS Developer Guide's own "via service" statements
  // pair kms:ViaService with kms:CallerAccount for that reason ("kms:ViaService":
  // "Allows access only when the request comes from the specified AWS service
  // on behalf of a principal"), and AWS Config's kms-key-policy-no-public-access
  // counts a key policy public unless it grants to fixed callers.
  "kms:viaservice",
  "kms:grantisforawsresource",
  "aws:calledvia",
  "aws:calledviafirst",
  "aws:calledvialast",
  "aws:viaawsservice"
]);
var CALLER_SET_TAG_KEY = "aws:tagkeys";
var CALLER_SET_TAG_PREFIXES = ["aws:principaltag/", "aws:requesttag/"];
var RESOURCE_TAG_KEY = /^[a-z0-9-]+:resourcetag\/|^s3:existingobjecttag\//;
var PRINCIPAL_TYPE_KEY = "aws:principaltype";
function notAboutCaller(lowerKey) {
  return NOT_ABOUT_CALLER.has(lowerKey) || lowerKey === CALLER_SET_TAG_KEY || lowerKey === PRINCIPAL_TYPE_KEY || CALLER_SET_TAG_PREFIXES.some((p) => lowerKey.startsWith(p)) || RESOURCE_TAG_KEY.test(lowerKey);
}
var CALLER_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceip",
  "aws:vpcsourceip",
  "aws:sourcevpc",
  "aws:sourcevpcarn",
  "aws:sourcevpce",
  "aws:vpceaccount",
  "aws:vpceorgid",
  "aws:vpceorgpaths",
  "aws:ec2instancesourcevpc",
  "aws:ec2instancesourceprivateipv4",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username"
]);
var EXCLUDING_OPERATOR = /^(?:(?:String|Arn)Not(?:Equals|Like)(?:IgnoreCase)?|NotIpAddress)(?:IfExists)?$/i;
var NAMES_EVERYONE = /* @__PURE__ */ new Set(["*", "0.0.0.0/0", "::/0"]);
function sparesOnlyNamedCallers(s) {
  if (s.effect !== "Deny" || !s.conditioned || s.notPrincipals.length > 0 || !s.principals.some(isPrincipalStar)) return false;
  for (const c of s.conditions) {
    if (!CALLER_KEYS.has(c.lowerKey) || !EXCLUDING_OPERATOR.test(c.operator.value) || c.values.length === 0) return false;
    const wildcards = /^(?:Arn|StringNotLike)/i.test(c.operator.value);
    for (const v of c.values) if (v.kind !== "string" || NAMES_EVERYONE.has(v.value) || wildcards && matchesCallersAnywhere(c.lowerKey, v.value)) return false;
  }
  return true;
}
var COVER_BUDGET = 1 << 22;
var limitingDeniesOf = oncePerObject((ctx) => ({
  denies: ctx.statements.filter((s) => s.notActions.length === 0 && s.notResources.length === 0 && s.lowerActions.length > 0 && sparesOnlyNamedCallers(s)),
  budget: { left: COVER_BUDGET }
}));
function denies(denied, allowed, covers2, budget) {
  if (denied.includes("*")) return true;
  if (allowed.length === 0) return denied.length === 0;
  for (const one of allowed) {
    let covered = false;
    for (const general of denied) {
      budget.left -= (general.length + 1) * (one.length + 1);
      if (budget.left < 0) return false;
      if (covers2(general, one)) {
        covered = true;
        break;
      }
    }
    if (!covered) return false;
  }
  return true;
}
function denyLimitingCallers(ctx, allow) {
  const { denies: candidates, budget } = limitingDeniesOf(ctx);
  if (candidates.length === 0) return void 0;
  const actions = allow.notActions.length > 0 ? ["*"] : allow.lowerActions;
  const resources = allow.notResources.length > 0 ? ["*"] : allow.resources.map((r) => r.value);
  for (let i = 0; i < candidates.length; i++) {
    const deny = candidates[i];
    const denied = deny.resources.map((r) => r.value);
    if (denies(deny.lowerActions, actions, patternCovers, budget) && denies(denied, resources, arnPatternCovers, budget)) return deny;
  }
  return void 0;
}
var ABSENT_FROM = /* @__PURE__ */ new Map([
  ["aws:sourcevpce", "a request that does not come through a VPC endpoint"],
  ["aws:sourcevpc", "a request that does not come through a VPC endpoint"],
  ["aws:sourcevpcarn", "a request that does not come through a VPC endpoint"],
  ["aws:vpcsourceip", "a request that does not come through a VPC endpoint"],
  ["aws:vpceaccount", "a request that does not come through a VPC endpoint"],
  ["aws:vpceorgid", "a request that does not come through a VPC endpoint"],
  ["aws:vpceorgpaths", "a request that does not come through a VPC endpoint"],
  ["aws:ec2instancesourcevpc", "a request not signed with the role credentials of an EC2 instance"],
  ["aws:ec2instancesourceprivateipv4", "a request not signed with the role credentials of an EC2 instance"],
  ["aws:sourceaccount", "a request no AWS service makes for a resource"],
  ["aws:sourcearn", "a request no AWS service makes for a resource"],
  ["aws:sourceorgid", "a request no AWS service makes for a resource"],
  ["aws:sourceorgpaths", "a request no AWS service makes for a resource"],
  ["aws:principalorgid", "a principal whose account is in no organization"],
  ["aws:principalorgpaths", "a principal whose account is in no organization"],
  ["aws:username", "a role session"]
]);
var EVERY_ORGANIZATION = /* @__PURE__ */ new Map([
  ["aws:principalorgid", "o-*"],
  ["aws:sourceorgid", "o-*"],
  ["aws:principalorgpaths", "o-*/*"],
  ["aws:sourceorgpaths", "o-*/*"],
  ["aws:vpceorgid", "o-*"],
  ["aws:vpceorgpaths", "o-*/*"]
]);
function anyAccountPrincipal(value) {
  const parts = value.split(":");
  return parts.length >= 6 && parts[4] === "*" && !parts.slice(5).join(":").includes("/aws-service-role/");
}
function matchesCallersAnywhere(lowerKey, pattern) {
  if (lowerKey === "aws:principalarn") return anyAccountPrincipal(pattern);
  const organizations = EVERY_ORGANIZATION.get(lowerKey);
  return organizations !== void 0 && patternCovers(pattern, organizations);
}
function letsEveryCallerThrough(c) {
  if (notAboutCaller(c.lowerKey)) return c.key.value;
  if (!CALLER_KEYS.has(c.lowerKey)) return void 0;
  const op = operatorNamed(c.operator.value);
  if (op === void 0 || c.values.length === 0) return void 0;
  const what = `${c.operator.value} ${c.key.value}`;
  const absent = ABSENT_FROM.get(c.lowerKey);
  if (op.family === "Null") {
    const asks = (flag) => c.values.every((v) => v.kind === "string" && v.value.toLowerCase() === String(flag) || v.kind === "boolean" && v.value === flag);
    if (asks(false)) return `${what} (it asks only that the key be there)`;
    return absent !== void 0 && asks(true) ? `${what} (true when the key is absent, as it is from ${absent})` : void 0;
  }
  if (isNegated(op)) return `${what} (every caller but those named)`;
  if (absent !== void 0 && (op.ifExists || op.set === "ForAllValues")) return `${what} (true when the key is absent, as it is from ${absent})`;
  const wildcards = op.family === "Arn" || op.base === "stringlike";
  const organizations = EVERY_ORGANIZATION.get(c.lowerKey);
  for (const v of c.values) {
    if (v.kind !== "string") return void 0;
    const everyone = wildcards && v.value === "*" || op.family === "IpAddress" && (v.value === "0.0.0.0/0" || v.value === "::/0");
    if (!everyone && !(wildcards && matchesCallersAnywhere(c.lowerKey, v.value))) return void 0;
  }
  return `${what} (values that match callers in any ${organizations === void 0 ? "account" : "organization"})`;
}
var RESOURCE_ACCOUNT_KEYS = /* @__PURE__ */ new Set(["aws:resourceaccount", "s3:resourceaccount"]);
var accountResourcesRead = 0;
var resourcesAccount = oncePerObject((s) => {
  if (s.resources.length === 0 || s.notResources.length > 0) return void 0;
  let account;
  for (const r of s.resources) {
    accountResourcesRead++;
    const part = splitArn(r.value)?.[4];
    if (part === void 0 || !isAccountId(part) || account !== void 0 && part !== account) return void 0;
    account = part;
  }
  return account;
});
function ownResourceAccount(c, s) {
  if (!RESOURCE_ACCOUNT_KEYS.has(c.lowerKey)) return void 0;
  const op = operatorNamed(c.operator.value);
  if (op === void 0 || op.family !== "String" || op.set !== void 0 || c.values.length === 0) return void 0;
  const account = resourcesAccount(s);
  if (account === void 0) return void 0;
  let named = false;
  for (const v of c.values) {
    if (v.kind !== "string" || v.value.includes("${")) return void 0;
    if (op.base.endsWith("like") && hasWildcard(v.value) ? matchesWildcard(v.value, account) : v.value === account) named = true;
  }
  return named !== isNegated(op) ? `${c.operator.value} ${c.key.value} (the account of the resource itself, ${account}, whoever calls)` : void 0;
}
function conditionsLimitNoOne(s) {
  const reasons = /* @__PURE__ */ new Set();
  for (const c of s.conditions) {
    const why = letsEveryCallerThrough(c) ?? ownResourceAccount(c, s);
    if (why === void 0) return void 0;
    reasons.add(why);
  }
  return [...reasons];
}
function publicFunctionUrl(s) {
  if (!s.actions.some((a, i) => (s.lowerActions[i].startsWith("lambda:") || s.lowerActions[i].startsWith("*")) && actionMatches(a.value, "lambda:InvokeFunctionUrl"))) return false;
  return s.conditions.some(
    (c) => c.lowerKey === "lambda:functionurlauthtype" && /^stringequals(ignorecase)?(ifexists)?$/i.test(c.operator.value) && c.values.some((v) => v.kind === "string" && v.value.toUpperCase() === "NONE")
  );
}
function services(s) {
  const names = /* @__PURE__ */ new Set();
  for (const lower of s.lowerActions) names.add(serviceOf(lower) ?? lower);
  return [...names].join(", ");
}
function publicAccess(ctx, out) {
  if (!kindRules(ctx.kind).principalStarIsPublic) return;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Allow" || !s.conditioned) continue;
    const star = s.principals.find(isPrincipalStar);
    const reasons = star ? conditionsLimitNoOne(s) : void 0;
    if (!star || !reasons || denyLimitingCallers(ctx, s)) continue;
    const keys = reasons.join(", ");
    const onCaller = s.conditions.some((c) => !notAboutCaller(c.lowerKey));
    if (publicFunctionUrl(s)) {
      out.push({
        code: "RTC622",
        span: star.value.span,
        message: `${statementLabel(s, true)} lets anyone invoke the function URL with auth type NONE: no signature, no account, no other limit (${keys}).`,
        hint: "Use auth type AWS_IAM and name the principals, or add a condition on the caller such as aws:SourceAccount or aws:PrincipalOrgID."
      });
      continue;
    }
    out.push({
      code: "RTC623",
      span: star.value.span,
      message: `Principal "*" in ${statementLabel(s)} (${services(s)}) is limited only by ${keys}, ${onCaller ? "which every caller can meet" : "which say how a request is made, what it acts on or hold values the caller chooses, not who makes it"}: anyone ${ctx.kind === "trust" ? "can assume the role" : "is allowed"}.`,
      hint: "Add a condition on the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount or aws:SourceArn), or name the principals."
    });
  }
}
var publicAccessRules = [publicAccess];

// src/core/lint/rules/privilege-escalation-paths.ts
var IAM_ONLY = [
  ["iam:AddUserToGroup", "join a group with more permissions"],
  ["iam:AttachGroupPolicy", "attach any managed policy to a group"],
  ["iam:AttachRolePolicy", "attach any managed policy to a role"],
  ["iam:AttachUserPolicy", "attach any managed policy to a user"],
  ["iam:CreateAccessKey", "create access keys for another user"],
  ["iam:CreateLoginProfile", "set a console password for another user"],
  ["iam:CreatePolicyVersion", "rewrite a managed policy"],
  ["iam:CreateRole", "create a role trusting itself"],
  ["iam:DeleteRolePermissionsBoundary", "lift a role's permissions boundary"],
  ["iam:DeleteUserPermissionsBoundary", "lift a user's permissions boundary"],
  ["iam:PassRole", "hand any role to a service"],
  ["iam:PutGroupPolicy", "write an inline policy on a group"],
  ["iam:PutRolePermissionsBoundary", "replace a role's permissions boundary"],
  ["iam:PutRolePolicy", "write an inline policy on a role"],
  ["iam:PutUserPermissionsBoundary", "replace a user's permissions boundary"],
  ["iam:PutUserPolicy", "write an inline policy on a user"],
  ["iam:SetDefaultPolicyVersion", "switch a managed policy to another version"],
  ["iam:UpdateAccessKey", "reactivate another user's access keys"],
  ["iam:UpdateAssumeRolePolicy", "make any role trust itself"],
  ["iam:UpdateLoginProfile", "change another user's console password"]
].map(([action, name]) => ({ name, steps: [[action]] }));
var PASS_ROLE = ["iam:PassRole"];
var THROUGH_SERVICES = [
  { name: "replace the code of any Lambda function (it runs with the function's role)", steps: [["lambda:UpdateFunctionCode"]] },
  { name: "pass a role to a new Lambda function", steps: [PASS_ROLE, ["lambda:CreateFunction"]], passedTo: ["lambda.amazonaws.com"] },
  { name: "pass a role to a new EC2 instance", steps: [PASS_ROLE, ["ec2:RunInstances"]], passedTo: ["ec2.amazonaws.com"] },
  { name: "pass a role to a new Glue development endpoint or job", steps: [PASS_ROLE, ["glue:CreateDevEndpoint", "glue:CreateJob"]], passedTo: ["glue.amazonaws.com"] },
  { name: "log in to any Glue development endpoint (it holds its role)", steps: [["glue:UpdateDevEndpoint"]] },
  { name: "pass a role to a new CloudFormation stack", steps: [PASS_ROLE, ["cloudformation:CreateStack"]], passedTo: ["cloudformation.amazonaws.com"] },
  { name: "update any CloudFormation stack (it runs with the stack's service role)", steps: [["cloudformation:UpdateStack"]] },
  { name: "pass a role to a new SageMaker notebook, training or processing job", steps: [PASS_ROLE, ["sagemaker:CreateNotebookInstance", "sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]], passedTo: ["sagemaker.amazonaws.com"] },
  { name: "open any SageMaker notebook (it holds its role)", steps: [["sagemaker:CreatePresignedNotebookInstanceUrl"]] },
  { name: "pass a role to a new ECS task", steps: [PASS_ROLE, ["ecs:RegisterTaskDefinition", "ecs:RunTask"]], passedTo: ["ecs-tasks.amazonaws.com", "ecs.amazonaws.com"] },
  // ECS Exec: the caller needs ecs:ExecuteCommand alone; the ssmmessages
  // channel is the task role's permission, not the caller's.
  { name: "open a shell in any running ECS task (it holds its task role)", steps: [["ecs:ExecuteCommand"]] },
  { name: "pass a role to a new CodeBuild project", steps: [PASS_ROLE, ["codebuild:CreateProject"]], passedTo: ["codebuild.amazonaws.com"] },
  { name: "pass a role to a new Data Pipeline", steps: [PASS_ROLE, ["datapipeline:CreatePipeline"]], passedTo: ["datapipeline.amazonaws.com", "elasticmapreduce.amazonaws.com", "ec2.amazonaws.com"] },
  { name: "run commands on any EC2 instance (it holds its instance profile)", steps: [["ssm:SendCommand"]] },
  { name: "open a shell on any EC2 instance", steps: [["ssm:StartSession"]] },
  { name: "log in to any EC2 instance with a pushed SSH key", steps: [["ec2-instance-connect:SendSSHPublicKey"]] }
];
var ESCALATION_PATHS = [...IAM_ONLY, ...THROUGH_SERVICES];
var PATH_RESOURCE_TYPES = {
  "ssm:SendCommand": ["instance", "managed-instance"],
  "ssm:StartSession": ["instance", "managed-instance"],
  "ec2:RunInstances": ["instance"],
  "sagemaker:CreateTrainingJob": ["training-job"],
  // Authorised on the cluster and on the task; the shell opens in the task.
  "ecs:ExecuteCommand": ["task"]
};
var PATH_ALSO_NEEDS = {
  "ssm:SendCommand": ["AWS-RunShellScript", "AWS-RunPowerShellScript", "AWS-RunRemoteScript", "AWS-RunDocument", "AWS-RunAnsiblePlaybook", "AWS-ApplyAnsiblePlaybooks"].map(
    (name) => `arn:\${Partition}:ssm:\${Region}:\${Account}:document/${name}`
  )
};
function isIamOnly(path) {
  return path.steps.every((step) => step.every((a) => a.startsWith("iam:")));
}
var BOUNDARY_LIFTING_ACTIONS = ["iam:DeleteRolePermissionsBoundary", "iam:DeleteUserPermissionsBoundary"];
var IAM_ESCALATION_ACTIONS = IAM_ONLY.map((p) => p.steps[0][0]);

// src/core/lint/rules/privilege-escalation.ts
var TABLE_ACTIONS = [...new Set(ESCALATION_PATHS.flatMap((p) => p.steps.flat()))];
var INDEX = new Map(TABLE_ACTIONS.map((a, i) => [a.toLowerCase(), i]));
var IAM_PATHS = ESCALATION_PATHS.filter(isIamOnly);
var SERVICE_PATHS = ESCALATION_PATHS.filter((p) => !isIamOnly(p));
var BY_SERVICE = /* @__PURE__ */ new Map();
TABLE_ACTIONS.forEach((a, i) => {
  const service = serviceOf(a.toLowerCase()) ?? "";
  const list = BY_SERVICE.get(service);
  if (list) list.push(i);
  else BY_SERVICE.set(service, [i]);
});
var ALL_INDEXES = TABLE_ACTIONS.map((_a, i) => i);
var LIFTS_BOUNDARY = new Set(BOUNDARY_LIFTING_ACTIONS.map((a) => INDEX.get(a.toLowerCase())));
var NONE = [];
var PATH_FORMATS = TABLE_ACTIONS.map((a) => {
  const through = PATH_RESOURCE_TYPES[a];
  const types = (findAction(a)?.resourceTypes ?? []).filter((t) => through === void 0 || through.includes(t.name));
  return types.flatMap((t) => t.arnFormats);
});
function mayActOn(i, resource) {
  if (resource === "*") return true;
  const formats = PATH_FORMATS[i];
  for (let k = 0; k < formats.length; k++) if (arnFitsFormat(resource, formats[k])) return true;
  return false;
}
var ALSO_NEEDS = TABLE_ACTIONS.map((a) => PATH_ALSO_NEEDS[a] ?? []);
var memo = /* @__PURE__ */ new Map();
function tableActionsMatching(lower) {
  let found = memo.get(lower);
  if (found === void 0) {
    const service = serviceOf(lower) ?? lower;
    const candidates = hasWildcard(service) ? ALL_INDEXES : BY_SERVICE.get(service) ?? NONE;
    const hits = [];
    for (const i of candidates) if (actionMatches(lower, TABLE_ACTIONS[i])) hits.push(i);
    found = hits.length === 0 ? NONE : hits;
    if (memo.size >= 2e4) memo.clear();
    if (memorable(lower)) memo.set(lower, found);
  }
  return found;
}
var BROAD_RESOURCE = /^[A-Za-z0-9-]*[/:]?\*$/;
function isBroad(value) {
  if (value === "*") return true;
  if (value.charCodeAt(value.length - 1) !== 42) return false;
  const parts = splitArn(value);
  return parts !== void 0 && BROAD_RESOURCE.test(parts[5]);
}
var NAMING_OPERATORS = /* @__PURE__ */ new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike"]);
function admitsOnlyNamed(c, operators) {
  const op = operatorNamed(c.operator.value);
  return op !== void 0 && !trueWhenAbsent(op) && operators.has(op.base);
}
function withinBoundary(s) {
  for (const c of conditionKeyNamed(s, "iam:PermissionsBoundary")) {
    if (!admitsOnlyNamed(c, NAMING_OPERATORS)) continue;
    if (c.values.length > 0 && c.values.every((v) => v.kind === "string" && v.value !== "" && !/[*?$]/.test(v.value))) return true;
  }
  return false;
}
var AWS_MANAGED_POLICY = /^arn:aws(?:-[a-z]+)*:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
var GRANTS_ALL_OF_IAM = /^(?:AdministratorAccess(?:-.*)?|IAMFullAccess)$/;
function attachesOnlyNamedPolicies(s) {
  for (const c of conditionKeyNamed(s, "iam:PolicyARN")) {
    if (!admitsOnlyNamed(c, NAMING_OPERATORS) || c.values.length === 0) continue;
    if (c.values.every((v) => v.kind === "string" && !GRANTS_ALL_OF_IAM.test(AWS_MANAGED_POLICY.exec(v.value)?.[1] ?? "AdministratorAccess"))) return true;
  }
  return false;
}
var STRING_NAMING_OPERATORS = /* @__PURE__ */ new Set(["stringequals", "stringequalsignorecase", "stringlike"]);
var RESOURCE_TAG_KEY2 = /^[a-z0-9-]+:resourcetag\/./;
function limitedByResourceTag(s) {
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i];
    if (!RESOURCE_TAG_KEY2.test(c.lowerKey) || !admitsOnlyNamed(c, STRING_NAMING_OPERATORS)) continue;
    if (c.values.length > 0 && c.values.every((v) => v.kind === "string" && /[^*?]/.test(v.value))) return true;
  }
  return false;
}
function taggingOf(ctx, formats, scope) {
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j];
    if (s.effect !== "Allow" || !mayTagExisting(s, formats) || taggingConfinedTo(s, scope)) continue;
    if (s.notActions.length > 0) return "NotAction";
    for (let k = 0, lowerActions = s.lowerActions; k < lowerActions.length; k++) {
      const lower = lowerActions[k];
      if (isEveryAction(lower)) return s.actions[k].value;
      const tags = taggableFormats(lower);
      for (let f = 0; f < formats.length; f++) if (tags.has(formats[f])) return s.actions[k].value;
    }
  }
  return void 0;
}
function mayTagExisting(s, formats) {
  if (onlyViaService(s)) return false;
  for (const c of conditionKeyNamed(s, "ec2:CreateAction")) if (admitsOnlyNamed(c, STRING_NAMING_OPERATORS) && c.values.length > 0) return false;
  if (s.elements.NotResource !== void 0) return true;
  for (const r of s.resources) {
    if (r.value === "*") return true;
    for (let f = 0; f < formats.length; f++) if (arnFitsFormat(r.value, formats[f])) return true;
  }
  return false;
}
function resourceTagOf(lowerKey) {
  return RESOURCE_TAG_KEY2.test(lowerKey) ? lowerKey.slice(lowerKey.indexOf("/") + 1) : void 0;
}
function taggingConfinedTo(tagging, scope) {
  for (const c of tagging.conditions) {
    const tag = resourceTagOf(c.lowerKey);
    if (tag === void 0 || !admitsOnlyNamed(c, STRING_NAMING_OPERATORS) || c.values.length === 0) continue;
    for (const d of scope.conditions) {
      if (resourceTagOf(d.lowerKey) !== tag || !admitsOnlyNamed(d, STRING_NAMING_OPERATORS)) continue;
      if (c.values.every((v) => v.kind === "string" && d.values.some((w) => w.kind === "string" && w.value === v.value))) return true;
    }
  }
  return false;
}
var NO_FORMATS = /* @__PURE__ */ new Set();
var SESSION_TAGGING = /* @__PURE__ */ new Set(["sts:TagSession"]);
var taggableMemo = /* @__PURE__ */ new Map();
function taggableFormats(lower) {
  let formats = taggableMemo.get(lower);
  if (formats === void 0) {
    let found;
    for (const a of actionsMatching2(lower)) {
      if (a.accessLevel !== "Tagging" || SESSION_TAGGING.has(a.fullName)) continue;
      for (const t of a.resourceTypes) for (const f of t.arnFormats) (found ??= /* @__PURE__ */ new Set()).add(f);
    }
    formats = found ?? NO_FORMATS;
    if (taggableMemo.size >= 2e4) taggableMemo.clear();
    if (memorable(lower)) taggableMemo.set(lower, formats);
  }
  return formats;
}
function passedToServices(s) {
  for (const c of conditionKeyNamed(s, "iam:PassedToService")) {
    if (!admitsOnlyNamed(c, STRING_NAMING_OPERATORS)) continue;
    if (c.values.length > 0 && c.values.every((v) => v.kind === "string")) return c.values.map((v) => v.kind === "string" ? v.value.toLowerCase() : "");
  }
  return void 0;
}
function passedToOnlyWhenSent(s) {
  for (const c of conditionKeyNamed(s, "iam:PassedToService")) {
    const op = operatorNamed(c.operator.value);
    if (op !== void 0 && (op.ifExists || op.set === "ForAllValues") && STRING_NAMING_OPERATORS.has(op.base) && op.family === "String") return c.operator.value;
  }
  return void 0;
}
function passesTo(g, path) {
  const given = g.passedTo;
  if (given === void 0 || path.passedTo === void 0) return true;
  return path.passedTo.some((principal) => given.some((v) => matchesWildcard(v, principal) || matchesWildcard(v, `${principal}.cn`)));
}
var VIA_SERVICE_KEYS = /* @__PURE__ */ new Set(["aws:calledvia", "aws:calledviafirst", "aws:calledvialast"]);
function onlyViaService(s) {
  for (const c of s.conditions) {
    const op = operatorNamed(c.operator.value);
    if (!op || trueWhenAbsent(op)) continue;
    if (VIA_SERVICE_KEYS.has(c.lowerKey) && c.values.length > 0) return true;
    if (c.lowerKey === "aws:viaawsservice" && op.base === "bool" && c.values.length > 0 && c.values.every((v) => v.kind === "string" && v.value === "true" || v.kind === "boolean" && v.value === true)) return true;
  }
  return false;
}
function broadResources(s) {
  if (s.elements.NotResource !== void 0) return ["*"];
  let broad;
  for (const r of s.resources) if (isBroad(r.value)) (broad ??= []).push(r.value);
  return broad;
}
function grantsByAction(ctx) {
  let granted;
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j];
    if (s.effect !== "Allow" || !namesTableAction(s) || onlyViaService(s) || attachesOnlyNamedPolicies(s)) continue;
    const resources = broadResources(s);
    if (!resources) continue;
    const bounded = withinBoundary(s);
    const tagLimited = limitedByResourceTag(s);
    const passedTo = passedToServices(s);
    forGranted(s, (i, at) => {
      if (bounded && !LIFTS_BOUNDARY.has(i)) return;
      const fit = resources.every((r) => mayActOn(i, r)) ? resources : resources.filter((r) => mayActOn(i, r));
      if (fit.length === 0) return;
      granted ??= /* @__PURE__ */ new Map();
      let list = granted.get(i);
      if (!list) granted.set(i, list = []);
      list.push({ s, at, resources: fit, tagLimited, passedTo });
    });
  }
  if (!granted) return void 0;
  for (const i of [...granted.keys()]) if (ALSO_NEEDS[i].length > 0 && !allowedOnNeeded(ctx, i)) granted.delete(i);
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j];
    if (s.effect !== "Deny" || hasCondition(s) || s.elements.NotResource !== void 0 || s.resources.length === 0) continue;
    const denied = /* @__PURE__ */ new Set();
    if (s.lowerActions.some(isEveryAction)) for (let i = 0; i < TABLE_ACTIONS.length; i++) denied.add(i);
    else forGranted(s, (i) => denied.add(i));
    for (const i of denied) {
      const grants = granted.get(i);
      if (!grants) continue;
      const left = grants.filter((g) => !g.resources.every((r) => s.resources.some((d) => arnPatternCovers(d.value, r))));
      if (left.length === 0) granted.delete(i);
      else granted.set(i, left);
    }
  }
  return granted.size === 0 ? void 0 : granted;
}
function allowedOnNeeded(ctx, i) {
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j];
    if (s.effect !== "Allow" || onlyViaService(s)) continue;
    let grants = false;
    forGranted(s, (k) => {
      if (k === i) grants = true;
    });
    if (!grants) continue;
    if (s.elements.NotResource !== void 0) return true;
    for (const r of s.resources) {
      if (r.value === "*") return true;
      for (const format of ALSO_NEEDS[i]) if (arnFitsFormat(r.value, format)) return true;
    }
  }
  return false;
}
function namesTableAction(s) {
  if (s.notActions.length > 0) return true;
  for (let i = 0, lowerActions = s.lowerActions; i < lowerActions.length; i++) {
    const lower = lowerActions[i];
    if (lower !== "*" && lower !== "*:*" && tableActionsMatching(lower).length > 0) return true;
  }
  return false;
}
function forGranted(s, each) {
  for (let k = 0; k < s.actions.length; k++) {
    const lower = s.lowerActions[k];
    if (isEveryAction(lower)) continue;
    const hits = tableActionsMatching(lower);
    if (hits.length === 0) continue;
    const a = s.actions[k];
    for (const i of hits) each(i, a);
  }
  const notAction = s.elements.NotAction;
  if (!notAction || s.notActions.length === 0) return;
  const excluded = /* @__PURE__ */ new Set();
  for (const a of s.notActions) for (const i of tableActionsMatching(a.value.toLowerCase())) excluded.add(i);
  for (let i = 0; i < TABLE_ACTIONS.length; i++) if (!excluded.has(i)) each(i, notAction.key);
}
function where(resources) {
  return [...new Set(resources)].map((r) => r === "*" ? '"*"' : r).join(", ");
}
function pathGrants(path, granted, counts) {
  const chosen = [];
  for (const step of path.steps) {
    let hit;
    for (const action of step) {
      const i = INDEX.get(action.toLowerCase());
      const grant = granted.get(i)?.find((g) => counts(i, g));
      if (grant) {
        hit = { action, grant };
        break;
      }
    }
    if (!hit) return void 0;
    chosen.push(hit);
  }
  return chosen;
}
function passesToNamedServices(g) {
  return g.passedTo !== void 0 && g.passedTo.every((v) => /^[a-z0-9-]+\./.test(v) && !v.includes("$"));
}
var PASS_ROLE_INDEX = INDEX.get("iam:passrole");
function iamEscalation(granted, out) {
  const byStatement = /* @__PURE__ */ new Map();
  for (const path of IAM_PATHS) {
    const action = path.steps[0][0];
    const i = INDEX.get(action.toLowerCase());
    for (const g of granted.get(i) ?? []) {
      if (i === PASS_ROLE_INDEX && passesToNamedServices(g)) continue;
      const seen = byStatement.get(g.s);
      if (seen) {
        if (!seen.names.includes(action)) seen.names.push(action);
        if (g.at.from < seen.first.at.from) seen.first = g;
      } else byStatement.set(g.s, { names: [action], first: g, resources: g.resources });
    }
  }
  for (const { names, first, resources } of byStatement.values()) {
    const shown = listText(names, 4);
    const ifPresent = names.includes("iam:PassRole") ? passedToOnlyWhenSent(first.s) : void 0;
    out.push({
      code: "RTC606",
      span: first.at.span,
      message: `${shown} on ${where(resources)}: the holder can raise its own (or others') privileges${ifPresent === void 0 ? "" : ` (its ${ifPresent} on iam:PassedToService is true when the service a role is passed to does not send the key, so it limits nothing)`}.`,
      hint: "Scope these actions to specific user/role/policy ARNs, or remove them."
    });
  }
}
function serviceEscalation(ctx, granted, out) {
  const tagging = /* @__PURE__ */ new Map();
  const taggingFor = (i, scope) => {
    let byAction = tagging.get(scope);
    if (!byAction) tagging.set(scope, byAction = /* @__PURE__ */ new Map());
    let how2 = byAction.get(i);
    if (how2 === void 0) byAction.set(i, how2 = taggingOf(ctx, PATH_FORMATS[i], scope) ?? null);
    return how2;
  };
  const found = [];
  for (const path of SERVICE_PATHS) {
    const chosen = pathGrants(path, granted, (i, g) => passesTo(g, path) && (!g.tagLimited || taggingFor(i, g.s) !== null));
    if (chosen) found.push({ path, chosen });
  }
  if (found.length === 0) return;
  const [first] = found;
  const actions = first.chosen.map((c) => c.action).join(" + ");
  const statements = [...new Set(first.chosen.map((c) => statementLabel(c.grant.s)))].join(" and ");
  const more = found.length > 1 ? `; also ${listText(found.slice(1).map((f) => f.path.name), 3, "; ")}` : "";
  const tagged = first.chosen.find((c) => c.grant.tagLimited);
  const how = tagged ? ` (its tag condition does not bound it: the policy also allows ${taggingFor(INDEX.get(tagged.action.toLowerCase()), tagged.grant.s)}, which can put the tag on other resources of the kind)` : "";
  out.push({
    code: "RTC624",
    span: first.chosen[0].grant.at.span,
    message: `${actions} on ${where(first.chosen.flatMap((c) => c.grant.resources))} (${statements})${how}: the holder can ${first.path.name}, and so act with that role's permissions${more}.`,
    hint: "Limit these actions to specific resources (and iam:PassRole to specific role ARNs with an iam:PassedToService condition), or deny the path explicitly."
  });
}
function privilegeEscalation(ctx, out) {
  if (!kindRules(ctx.kind).allowGrants) return;
  const granted = grantsByAction(ctx);
  if (!granted) return;
  iamEscalation(granted, out);
  serviceEscalation(ctx, granted, out);
}
var privilegeEscalationRules = [privilegeEscalation];

// src/core/iam/log-delivery.ts
var ELB_LOG_DELIVERY_ACCOUNTS = /* @__PURE__ */ new Map([
  ["127311923021", "us-east-1"],
  ["033677994240", "us-east-2"],
  ["027434742980", "us-west-1"],
  ["797873946194", "us-west-2"],
  ["098369216593", "af-south-1"],
  ["754344448648", "ap-east-1"],
  ["589379963580", "ap-southeast-3"],
  ["718504428378", "ap-south-1"],
  ["383597477331", "ap-northeast-3"],
  ["600734575887", "ap-northeast-2"],
  ["114774131450", "ap-southeast-1"],
  ["783225319266", "ap-southeast-2"],
  ["582318560864", "ap-northeast-1"],
  ["985666609251", "ca-central-1"],
  ["054676820928", "eu-central-1"],
  ["156460612806", "eu-west-1"],
  ["652711504416", "eu-west-2"],
  ["635631232127", "eu-south-1"],
  ["009996457667", "eu-west-3"],
  ["897822967062", "eu-north-1"],
  ["076674570225", "me-south-1"],
  ["507241528517", "sa-east-1"],
  ["048591011584", "us-gov-west-1"],
  ["190560391635", "us-gov-east-1"],
  ["638102146993", "cn-north-1"],
  ["037604701340", "cn-northwest-1"]
]);
var LOG_DELIVERY_SERVICE_PRINCIPALS = /* @__PURE__ */ new Set(["logdelivery.elasticloadbalancing.amazonaws.com"]);
var LOG_DELIVERY_ACTIONS = /* @__PURE__ */ new Set(["s3:putobject"]);
function elbLogDeliveryRegion(account) {
  return ELB_LOG_DELIVERY_ACCOUNTS.get(account);
}
function isDocumentedLogDeliveryService(name) {
  return LOG_DELIVERY_SERVICE_PRINCIPALS.has(name.toLowerCase());
}
function onlyLogDeliveryActions(lowerActions) {
  return lowerActions.length > 0 && lowerActions.every((a) => LOG_DELIVERY_ACTIONS.has(a));
}

// src/core/iam/owner-requested-services.ts
var OWNER_REQUESTED_SERVICES = /* @__PURE__ */ new Set(["ram.amazonaws.com"]);
function actsOnlyForResourceOwner(servicePrincipal) {
  return OWNER_REQUESTED_SERVICES.has(servicePrincipal.toLowerCase());
}

// src/core/lint/taken-back.ts
var DENIES_READ = 32;
var plainDenies = oncePerObject((ctx) => {
  const found = [];
  for (let i = 0, statements = ctx.statements; i < statements.length && found.length < DENIES_READ; i++) {
    const d = statements[i];
    const e = d.elements;
    if (d.effect !== "Deny" || hasCondition(d) || e.NotAction !== void 0 || e.NotResource !== void 0 || e.NotPrincipal !== void 0) continue;
    if (d.actions.length === 0 || d.resources.length === 0) continue;
    const names = /* @__PURE__ */ new Set();
    const patterns = [];
    for (const a of d.lowerActions) {
      if (a.includes("*") || a.includes("?")) patterns.push(a);
      else names.add(a);
    }
    found.push({ view: d, everyAction: patterns.some(isEveryAction), names, patterns });
  }
  return found;
});
function deniesEveryAction(d, s) {
  if (d.everyAction) return true;
  if (s.elements.NotAction !== void 0 || s.actions.length === 0) return false;
  return s.lowerActions.every((a) => d.names.has(a) || d.patterns.some((g) => patternCovers(g, a, true)));
}
function deniesEveryResource(d, s) {
  if (d.everyResource !== void 0) return true;
  if (s.elements.NotResource !== void 0 || s.resources.length === 0) return false;
  return s.resources.every((r) => d.resources.some((g) => arnPatternCovers(g.value, r.value)));
}
function deniesEveryPrincipal(d) {
  return d.elements.Principal === void 0 || d.principals.some(isPrincipalStar);
}
function takenBackByDeny(ctx, s) {
  if (s.effect !== "Allow") return false;
  const denies2 = plainDenies(ctx);
  for (let i = 0; i < denies2.length; i++) {
    const d = denies2[i];
    if (deniesEveryPrincipal(d.view) && deniesEveryAction(d, s) && deniesEveryResource(d.view, s)) return true;
  }
  return false;
}
function dropIfTakenBack(ctx, s, out, from) {
  if (out.length > from && takenBackByDeny(ctx, s)) out.length = from;
}

// src/core/lint/rules/security.ts
var SOURCE_KEYS = ["aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID", "aws:SourceOrgPaths", "aws:SourceOwner"];
var SERVICE_ARN_CONTEXT = /^kms:encryptioncontext:aws:[a-z0-9-]+:arn$/;
function pinsSourceInEncryptionContext(s) {
  return requiresWrittenOutAccounts(s, (lowerKey) => SERVICE_ARN_CONTEXT.test(lowerKey) ? accountInArn : void 0);
}
function accountInArn(value) {
  return value.startsWith("arn:") ? splitArn(value)?.[4] : void 0;
}
function requiresWrittenOutAccounts(s, accountReaderFor) {
  return s.conditions.some((c) => {
    const accountIn = accountReaderFor(c.lowerKey);
    if (accountIn === void 0 || c.values.length === 0) return false;
    const op = operatorNamed(c.operator.value);
    if (op === void 0 || trueWhenAbsent(op) || op.family !== "String" && op.family !== "Arn") return false;
    return c.values.every((v) => v.kind === "string" && isAccountId(accountIn(v.value) ?? ""));
  });
}
function isAccountRoot(p) {
  return p.type === "AWS" && wholeAccountOf(p.value.value) !== void 0;
}
function grantsAssumeRole(lower) {
  return lower.startsWith("sts:") && matchesWildcard(lower, "sts:assumerole");
}
function allows(s) {
  return s.effect === "Allow";
}
function principalStar(ctx, s, out) {
  if (!kindRules(ctx.kind).principalStarIsPublic || !allows(s) || s.conditioned) return;
  const star = s.principals.find(isPrincipalStar);
  if (!star || denyLimitingCallers(ctx, s)) return;
  const shown = star.type === "*" ? '"*"' : '{"AWS": "*"}';
  out.push({
    code: "RTC601",
    span: star.value.span,
    message: ctx.kind === "trust" ? `Trust policy Principal ${shown} with no condition: any AWS principal in any account can assume the role.` : `Principal ${shown} with no condition in ${statementLabel(s)}: any AWS principal in any account is allowed${ctx.isKeyPolicy ? " to use the key" : ""}.`,
    hint: `Name the principals, or add a condition such as aws:PrincipalOrgID, aws:PrincipalArn or aws:SourceAccount.${ctx.kind === "resource" ? ' (A VPC endpoint policy allows "*" by default: declare such files as endpoint in policy-files.)' : ""}`
  });
}
function notPrincipalAllow(s, out) {
  const np = s.elements.NotPrincipal;
  if (!np || !allows(s)) return;
  out.push({
    code: "RTC602",
    span: np.key.span,
    message: `Allow with NotPrincipal in ${statementLabel(s)} allows everyone not listed, including anonymous principals.`,
    hint: "Use Principal with the principals that should be allowed."
  });
}
function starActionMessage(ctx, s, action) {
  const when = s.conditioned ? " (when its Condition holds)" : "";
  if (ctx.kind === "resource") return `Action "${action}" in ${statementLabel(s)} grants its principals every action on the resource the policy is attached to, and every action AWS adds later${when}.`;
  if (s.everyResource !== void 0) return `Action "${action}" on every resource in ${statementLabel(s)} grants full administrator: every action of every service, IAM and billing included, and every action AWS adds later${when}.`;
  return `Action "${action}" in ${statementLabel(s)} grants every action of every service on its resources, and every action AWS adds later${when}.`;
}
var ACCESS_POINT_ACCOUNT_KEYS = /* @__PURE__ */ new Set(["s3:dataaccesspointaccount", "s3express:dataaccesspointaccount"]);
var ACCESS_POINT_ARN_KEYS = /* @__PURE__ */ new Set(["s3:dataaccesspointarn", "s3express:dataaccesspointarn"]);
var valueAsAccount = (value) => value;
function delegatesToAccessPoints(s) {
  return requiresWrittenOutAccounts(
    s,
    (lowerKey) => ACCESS_POINT_ACCOUNT_KEYS.has(lowerKey) ? valueAsAccount : ACCESS_POINT_ARN_KEYS.has(lowerKey) ? accountInArn : void 0
  );
}
function broadActions(ctx, s, out) {
  if (!allows(s) || !kindRules(ctx.kind).allowGrants) return;
  const delegated = ctx.kind === "resource" && delegatesToAccessPoints(s);
  for (let i = 0; i < s.actions.length; i++) {
    const a = s.actions[i];
    if (isEveryAction(a.value)) {
      if (delegated) continue;
      out.push({
        code: "RTC603",
        span: a.span,
        message: starActionMessage(ctx, s, a.value),
        hint: `List the actions the workload needs.${ctx.kind === "identity" || ctx.kind === "resource" ? " (An SCP or VPC endpoint policy that lets everything through is not a grant: declare such files as scp or endpoint in policy-files.)" : ""}`
      });
    } else if (s.lowerActions[i] === "sts:*") {
      out.push({
        code: "RTC604",
        span: a.span,
        message: `Action "sts:*" allows every STS action, including every way of assuming roles and tagging sessions.`,
        hint: ctx.kind === "trust" ? "Name the action the trusted principal uses, usually sts:AssumeRole." : "Name the STS actions needed, usually sts:AssumeRole."
      });
    }
  }
}
var taggedTypeFormats = /* @__PURE__ */ new Map();
function formatsTaggedBy(tagAction, type) {
  const key = `${tagAction} ${type}`;
  let formats = taggedTypeFormats.get(key);
  if (formats === void 0) {
    formats = (findAction(tagAction)?.resourceTypes ?? []).filter((t) => t.name === type).flatMap((t) => t.arnFormats);
    taggedTypeFormats.set(key, formats);
  }
  return formats;
}
function limitedToTagged(ctx, s, tagAction, type) {
  return limitedByResourceTag(s) && taggingOf(ctx, formatsTaggedBy(tagAction, type), s) === void 0;
}
var ORGANIZATION_ID2 = /^o-[a-z0-9]{10,32}$/;
function rolesPinnedTo(s) {
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i];
    const account = c.lowerKey === "aws:resourceaccount";
    if (!account && c.lowerKey !== "aws:resourceorgid" || c.values.length === 0) continue;
    const op = operatorNamed(c.operator.value);
    if (!op || op.family !== "String" || trueWhenAbsent(op) || op.set !== void 0) continue;
    const values = c.values.map((v) => v.kind === "string" ? v.value : "");
    if (account && values.length === 1 && values[0].toLowerCase() === "${aws:principalaccount}") return "its own account";
    if (!values.every((v) => account ? isAccountId(v) : ORGANIZATION_ID2.test(v))) continue;
    return `${account ? "account" : "organization"}${values.length > 1 ? "s" : ""} ${listText(values)}`;
  }
  return void 0;
}
function assumeRoleAnywhere(ctx, s, out) {
  if (ctx.kind !== "identity" || !allows(s)) return;
  const star = s.everyResource;
  if (!star || limitedToTagged(ctx, s, "iam:TagRole", "role")) return;
  const action = s.actions.find((a, i) => !isEveryAction(a.value) && grantsAssumeRole(s.lowerActions[i]));
  if (!action) return;
  const where2 = rolesPinnedTo(s);
  out.push({
    code: "RTC605",
    span: star.span,
    message: `${action.value} on Resource "*" lets the principal assume any role${where2 ? ` in ${where2}` : ", in any account,"} whose trust policy lets it in.`,
    hint: 'Name the role ARNs, e.g. "arn:aws:iam::111122223333:role/NAME".'
  });
}
var KMS_KEY_LIMITS = /* @__PURE__ */ new Set(["kms:viaservice", "kms:resourcealiases"]);
function limitsKmsKeys(s) {
  for (const c of s.conditions) {
    if (!KMS_KEY_LIMITS.has(c.lowerKey)) continue;
    const op = operatorNamed(c.operator.value);
    if (!op || trueWhenAbsent(op)) continue;
    if (c.values.length > 0 && c.values.every((v) => v.kind === "string" && v.value !== "" && v.value !== "*")) return true;
  }
  return false;
}
function kmsEverywhere(ctx, s, out) {
  if (ctx.kind !== "identity" || !allows(s)) return;
  const star = s.everyResource;
  if (!star || limitsKmsKeys(s) || limitedToTagged(ctx, s, "kms:TagResource", "key")) return;
  for (let i = 0; i < s.actions.length; i++) {
    if (!s.lowerActions[i].startsWith("kms:")) continue;
    const a = s.actions[i];
    const onKeys = actionsMatching2(a.value).some((info) => info.resourceTypes.length > 0);
    if (!onKeys) continue;
    out.push({
      code: "RTC607",
      span: a.span,
      message: `${a.value} on Resource "*" in an identity policy reaches every KMS key whose key policy trusts the account.`,
      hint: "Name the key ARNs (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID), or add a kms:ResourceAliases / kms:ViaService condition."
    });
    return;
  }
}
var CHANGING_LEVELS = /* @__PURE__ */ new Set(["Write", "Tagging", "Permissions management"]);
var LEVEL_WORDS = { Write: "write", Tagging: "tagging", "Permissions management": "permissions-management" };
var ESCALATION = new Set(IAM_ESCALATION_ACTIONS.map((a) => a.toLowerCase()));
var scopableMemo = /* @__PURE__ */ new WeakMap();
function scopableChangingActions(granted, lower) {
  let memo3 = scopableMemo.get(granted);
  if (memo3 === void 0) scopableMemo.set(granted, memo3 = {});
  const kmsReported = lower.startsWith("kms:");
  const slot = kmsReported ? "kms" : "other";
  let found = memo3[slot];
  if (found === void 0) {
    found = filterList(
      granted,
      (info) => info.resourceTypes.length > 0 && CHANGING_LEVELS.has(info.accessLevel) && !(kmsReported && info.service === "kms") && !ESCALATION.has(info.fullName.toLowerCase())
    );
    memo3[slot] = found;
  }
  return found;
}
function scopesResources(s) {
  return s.conditions.some((c) => {
    const key = c.lowerKey;
    return key.includes(":resourcetag/") || key === "aws:resourceaccount" || key === "aws:resourceorgid" || key === "aws:resourceorgpaths" || key === "iam:permissionsboundary";
  });
}
function changingActionsEverywhere(ctx, s, out) {
  if (ctx.kind !== "identity" || !allows(s)) return;
  const star = s.everyResource;
  if (!star || scopesResources(s)) return;
  let found;
  const met = /* @__PURE__ */ new Set();
  for (let i = 0; i < s.actions.length; i++) {
    const a = s.actions[i];
    const lower = s.lowerActions[i];
    if (isEveryAction(a.value) || lower === "sts:*" || grantsAssumeRole(lower)) continue;
    const granted = ctx.expansions.of(a);
    if (granted === void 0) continue;
    const scopable = scopableChangingActions(granted, lower);
    if (met.has(scopable)) continue;
    met.add(scopable);
    const names2 = found?.names;
    const fresh = names2 === void 0 ? scopable : filterList(scopable, (info) => !names2.has(info.fullName));
    if (fresh.length === 0) continue;
    found ??= { shown: [], names: /* @__PURE__ */ new Set(), levels: /* @__PURE__ */ new Set() };
    for (const info of fresh) {
      found.names.add(info.fullName);
      found.levels.add(info.accessLevel);
    }
    const wildcard = a.value.includes("*") || a.value.includes("?");
    found.shown.push(wildcard ? `${a.value} (${fresh.length} action${fresh.length === 1 ? "" : "s"})` : a.value);
  }
  if (found === void 0) return;
  const { shown, names, levels } = found;
  const list = listText(shown, 5);
  const what = levels.size === 1 ? LEVEL_WORDS[[...levels][0]] : "write, tagging or permissions-management";
  const one = names.size === 1;
  out.push({
    code: "RTC617",
    span: star.span,
    message: `${list} on Resource "*" in ${statementLabel(s)}: ${one ? `a ${what} action that can be limited to specific resources is` : `${what} actions that can be limited to specific resources are`} allowed on all of them.`,
    hint: "Name the resources the workload changes (their ARNs in Resource), or limit the statement with an aws:ResourceTag condition."
  });
}
var APP_SCOPED_PROVIDERS = /* @__PURE__ */ new Map([
  ["www.amazon.com", "app_id"],
  ["graph.facebook.com", "app_id"]
]);
function trustChecks(ctx, s, out) {
  if (ctx.kind !== "trust" || !allows(s)) return;
  const assumes = s.lowerActions.some(grantsAssumeRole);
  if (assumes && conditionKeyNamed(s, "sts:ExternalId").length === 0) {
    const root = s.principals.find((p) => isAccountRoot(p));
    if (root) {
      out.push({
        code: "RTC608",
        span: root.value.span,
        message: `Account ${root.value.value} is trusted to assume the role with no sts:ExternalId condition.`,
        hint: 'If a third party assumes this role for you, require the external id it gave you: "Condition": {"StringEquals": {"sts:ExternalId": "..."}}.'
      });
    }
  }
  for (let i = 0, principals = s.principals; i < principals.length; i++) {
    const p = principals[i];
    if (p.type !== "Federated") continue;
    const host = oidcHost(p.value.value);
    if (!host) continue;
    if (COGNITO_IDENTITY.test(host)) {
      if (s.conditions.some((c) => COGNITO_AUD.test(c.lowerKey) && namesValues(c))) continue;
      out.push({
        code: "RTC609",
        span: p.value.span,
        message: `Cognito identity pool trust for ${host} without a condition on cognito-identity.amazonaws.com:aud (the identity pool id): identities of identity pools other than yours can assume the role.`,
        hint: 'Add "StringEquals": {"cognito-identity.amazonaws.com:aud": "REGION:IDENTITY-POOL-ID"}, with "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"} as the Cognito guide shows.'
      });
      continue;
    }
    const subKey = `${host}:sub`;
    const subs = conditionKeyNamed(s, subKey);
    const github = isGitHub(host);
    const limitsSubject = (c) => namesValues(c) && (github || !matchesEverything(c));
    const appKey = APP_SCOPED_PROVIDERS.get(host);
    if (!subs.some(limitsSubject) && appKey !== void 0 && conditionKeyNamed(s, `${host}:${appKey}`).some(namesValues)) continue;
    if (!subs.some(limitsSubject)) {
      const without = subs.length === 0 ? `without a ${subKey} condition` : subs.some(namesValues) ? `with "*" among its ${subKey} patterns (${subs.filter(namesValues).map((c) => c.operator.value).join(", ")}), which matches every subject` : `with no ${subKey} condition naming the subjects let in (${subs.map((c) => c.operator.value).join(", ")} only leaves out the ones it names)`;
      out.push({
        code: "RTC609",
        span: p.value.span,
        message: github ? `GitHub OIDC trust ${without}: any GitHub repository's workflow can assume the role.` : `OIDC trust for ${host} ${without}: any identity that provider issues a token for (with the right audience) can assume the role.`,
        hint: github ? `Add "StringLike": {"${subKey}": "repo:ORG/REPO:ref:refs/heads/main"} (or :environment:NAME).` : `Add a StringEquals/StringLike condition on ${subKey}.`
      });
      continue;
    }
    if (!isGitHub(host)) continue;
    for (let j = 0; j < subs.length; j++) {
      const c = subs[j];
      const op = operatorNamed(c.operator.value);
      const matchesAll = op !== void 0 && readsStringWildcards(op) && !isNegated(op);
      for (let k = 0, values = c.values; k < values.length; k++) {
        const v = values[k];
        if (v.kind !== "string") continue;
        const sub = v.value;
        if (sub === "*" || /^repo:\*$/i.test(sub)) {
          if (!matchesAll) continue;
          out.push({ code: "RTC610", span: v.span, message: `GitHub OIDC sub pattern "${sub}" matches every repository on GitHub.`, hint: 'Name the repository: "repo:ORG/REPO:ref:refs/heads/main" or "repo:ORG/REPO:*".' });
        } else if (matchesAll && host === PUBLIC_GITHUB_ISSUER && wildcardOwner(sub)) {
          out.push({
            code: "RTC610",
            span: v.span,
            message: `GitHub OIDC sub pattern "${sub}" has a '*' where the repository owner is named, so it matches repositories of owners anyone can create: a GitHub account or organisation whose name and repository fit the pattern.`,
            hint: 'Write the owner in full: "repo:ORG/REPO:ref:refs/heads/main", "repo:ORG/REPO:*" or "repo:ORG/*".'
          });
        } else if (/^repo:/i.test(sub) && !sub.slice(5).includes(":") && !sub.endsWith("*")) {
          out.push({
            code: "RTC610",
            span: v.span,
            message: `GitHub OIDC sub pattern "${sub}" has no ":..." after the repository, so it never matches GitHub's sub claim (repo:ORG/REPO:ref:..., :environment:..., :pull_request).`,
            hint: `Write "${sub}:ref:refs/heads/main", "${sub}:environment:NAME" or "${sub}:*" with StringLike.`
          });
        } else {
          const ref = shortRef(sub, op !== void 0 && readsStringWildcards(op));
          if (ref !== void 0) {
            out.push({
              code: "RTC610",
              span: v.span,
              message: `GitHub OIDC sub pattern "${sub}" names the ref "${ref}", but GitHub writes the ref in the sub claim in full (ref:refs/heads/BRANCH, ref:refs/tags/TAG), so it never matches.`,
              hint: `Write "ref:refs/heads/${ref}" for a branch, or "ref:refs/tags/${ref}" for a tag.`
            });
          }
        }
      }
    }
  }
}
function namesValues(c) {
  const op = operatorNamed(c.operator.value);
  return op === void 0 || op.family !== "Null" && !isNegated(op);
}
function matchesEverything(c) {
  const op = operatorNamed(c.operator.value);
  if (op === void 0 || !readsStringWildcards(op) || isNegated(op)) return false;
  return c.values.some((v) => v.kind === "string" && v.value.length > 0 && /^\*+$/.test(v.value));
}
var COGNITO_IDENTITY = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i;
var COGNITO_AUD = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?:aud$/;
function shortRef(sub, wildcards) {
  if (!/^repo:/i.test(sub)) return void 0;
  const repoEnd = sub.indexOf(":", 5);
  if (repoEnd === -1 || !sub.startsWith(":ref:", repoEnd)) return void 0;
  if (wildcards && hasWildcard(sub.slice(0, repoEnd))) return void 0;
  const start = repoEnd + 5;
  const end = sub.indexOf(":", start);
  const ref = sub.slice(start, end === -1 ? sub.length : end);
  let fixed = ref;
  if (wildcards) {
    const star = ref.search(/[*?]/);
    if (star !== -1) fixed = ref.slice(0, star);
    if (star !== -1 && "refs/".startsWith(fixed)) return void 0;
  }
  return fixed.startsWith("refs/") || ref === "" ? void 0 : ref;
}
var PUBLIC_GITHUB_ISSUER = "token.actions.githubusercontent.com";
function wildcardOwner(sub) {
  const star = sub.indexOf("*");
  if (star === -1) return false;
  const opening = sub.slice(0, star).toLowerCase();
  return "repo:".startsWith(opening) || opening.startsWith("repo:") && !opening.includes("/");
}
function oidcHost(value) {
  const marker = ":oidc-provider/";
  const at = value.indexOf(marker);
  if (at !== -1) return value.slice(at + marker.length);
  if (value.startsWith("arn:") || hasPlaceholder(value)) return void 0;
  return /^[a-z0-9.-]+\.[a-z]+(\/\S*)?$/i.test(value) ? value : void 0;
}
function isGitHub(host) {
  return host === "token.actions.githubusercontent.com" || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(host);
}
function onlyReadsKeyMetadata(s) {
  if (s.notActions.length > 0 || s.actions.length === 0) return false;
  for (let k = 0, lowerActions = s.lowerActions; k < lowerActions.length; k++) {
    const lower = lowerActions[k];
    if (!lower.startsWith("kms:")) return false;
    const matched = actionsMatching2(lower);
    if (matched.length === 0) return false;
    for (let m = 0; m < matched.length; m++) if (matched[m].accessLevel !== "Read" && matched[m].accessLevel !== "List") return false;
  }
  return true;
}
function servicePrincipalNoSource(ctx, s, out) {
  if (ctx.kind !== "resource" || !allows(s)) return;
  const documented = onlyLogDeliveryActions(s.lowerActions);
  const services2 = s.principals.filter(
    (p) => p.type === "Service" && isServicePrincipalName(p.value.value) && !actsOnlyForResourceOwner(p.value.value) && !(documented && isDocumentedLogDeliveryService(p.value.value))
  );
  if (services2.length === 0) return;
  const service = services2[0];
  if (SOURCE_KEYS.some((k) => conditionKeyNamed(s, k).length > 0) || pinsSourceInEncryptionContext(s) || onlyReadsKeyMetadata(s)) return;
  const names = services2.map((p) => p.value.value);
  out.push({
    code: "RTC611",
    span: service.value.span,
    message: `Service principal${names.length > 1 ? "s" : ""} ${names.join(", ")} allowed in ${statementLabel(s)} with no aws:SourceAccount or aws:SourceArn condition (confused-deputy risk).`,
    hint: 'Add "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}} (or ArnLike aws:SourceArn).'
  });
}
function isElbLogDelivery(p, s) {
  const whole = wholeAccountOf(p.value.value);
  return whole !== void 0 && elbLogDeliveryRegion(whole.account) !== void 0 && onlyLogDeliveryActions(s.lowerActions);
}
function accountRoot(ctx, s, out) {
  if (ctx.kind === "identity" || !allows(s)) return;
  for (let i = 0, principals = s.principals; i < principals.length; i++) {
    const p = principals[i];
    if (!isAccountRoot(p) || isElbLogDelivery(p, s)) continue;
    out.push({
      code: "RTC612",
      span: p.value.span,
      message: `${p.value.value} delegates to the whole account: any user or role there that its administrators allow can use this.`,
      hint: "Name specific roles or users if only they need access."
    });
  }
}
function principalTypeAccount(s, out) {
  if (!allows(s) || !s.principals.some((p) => isAccountRoot(p) || p.type === "AWS" && /:root$/.test(p.value.value))) return;
  for (const c of conditionKeyNamed(s, "aws:PrincipalType")) {
    if (!/^string(equals|like)/i.test(c.operator.value)) continue;
    for (const v of c.values) {
      if (v.kind === "string" && v.value === "Account") {
        out.push({
          code: "RTC613",
          span: v.span,
          message: `${statementLabel(s, true)} trusts an account root but requires aws:PrincipalType "Account": only the root user matches, the account's users and roles do not.`,
          hint: "Remove the aws:PrincipalType condition to delegate to the account, or name the roles that need access."
        });
      }
    }
  }
}
var notPrincipalReads = 0;
var ROLE_ARN = /^arn:([^:]+):iam::([^:]+):role\/(?:.*\/)?([^/]+)$/;
var SESSION_ARN2 = /^arn:([^:]+):sts::([^:]+):assumed-role\/([^/]+)\//;
function denyNotPrincipalRoles(ctx, s, out) {
  if (s.effect !== "Deny" || s.notPrincipals.length === 0 || ctx.kind === "trust") return;
  const sessions = /* @__PURE__ */ new Set();
  for (let i = 0, notPrincipals = s.notPrincipals; i < notPrincipals.length; i++) {
    notPrincipalReads++;
    const m = SESSION_ARN2.exec(notPrincipals[i].value.value);
    if (m) sessions.add(`${m[1]}\0${m[2]}\0${m[3]}`);
  }
  for (let i = 0, notPrincipals = s.notPrincipals; i < notPrincipals.length; i++) {
    notPrincipalReads++;
    const p = notPrincipals[i];
    const m = ROLE_ARN.exec(p.value.value);
    if (!m) continue;
    const [, partition, account, name] = m;
    if (sessions.has(`${partition}\0${account}\0${name}`)) continue;
    out.push({
      code: "RTC614",
      span: p.value.span,
      message: `Deny with NotPrincipal lists the role ${p.value.value} but not its sessions (arn:${partition}:sts::${account}:assumed-role/${name}/...): requests made with the role are still denied.`,
      hint: 'Use "Principal": "*" with "Condition": {"ArnNotLike": {"aws:PrincipalArn": [role ARNs]}} instead of NotPrincipal.'
    });
  }
}
var securityRules = [
  (ctx, out) => {
    for (const s of ctx.statements) {
      principalStar(ctx, s, out);
      notPrincipalAllow(s, out);
      const from = out.length;
      broadActions(ctx, s, out);
      assumeRoleAnywhere(ctx, s, out);
      kmsEverywhere(ctx, s, out);
      changingActionsEverywhere(ctx, s, out);
      dropIfTakenBack(ctx, s, out, from);
      trustChecks(ctx, s, out);
      servicePrincipalNoSource(ctx, s, out);
      accountRoot(ctx, s, out);
      principalTypeAccount(s, out);
      denyNotPrincipalRoles(ctx, s, out);
    }
  }
];

// src/core/lint/rules/not-action.ts
var notActionMemo = /* @__PURE__ */ new Map();
var everything;
function reachOfEverything() {
  if (!everything) {
    const all = actionsMatching2("*");
    everything = { actions: all.length, services: new Set(all.map((a) => a.service)).size };
  }
  return everything;
}
function reachExcept(patterns, excludedLists) {
  const key = patterns.map((p) => p.toLowerCase()).join("\n");
  let reach = notActionMemo.get(key);
  if (!reach) {
    const excluded = /* @__PURE__ */ new Set();
    const excludedByService = /* @__PURE__ */ new Map();
    for (const list of excludedLists) {
      for (const a of list) {
        if (excluded.has(a.fullName)) continue;
        excluded.add(a.fullName);
        excludedByService.set(a.service, (excludedByService.get(a.service) ?? 0) + 1);
      }
    }
    let servicesGone = 0;
    for (const [service, n] of excludedByService) if (actionsMatching2(`${service}:*`).length === n) servicesGone++;
    const all = reachOfEverything();
    reach = { actions: all.actions - excluded.size, services: all.services - servicesGone };
    if (notActionMemo.size >= 5e3) notActionMemo.clear();
    if (memorable(key, 4096)) notActionMemo.set(key, reach);
  }
  return reach;
}
function expandAll(actions, expansions) {
  const lists = [];
  for (const a of actions) {
    const list = expansions.of(a);
    if (list === void 0) return void 0;
    lists.push(list);
  }
  return lists;
}
function onEveryResource(s) {
  return s.elements.NotResource !== void 0 || s.everyResource !== void 0;
}
function notActionAllow(s, expansions, out) {
  const notAction = s.elements.NotAction;
  if (!notAction || s.notActions.length === 0 || !onEveryResource(s)) return;
  const listed = s.notActions.map((a) => a.value);
  const excludedLists = expandAll(s.notActions, expansions);
  let reachText = "";
  if (excludedLists !== void 0) {
    const reach = reachExcept(listed, excludedLists);
    const all = reachOfEverything();
    reachText = `: ${groupDigits(reach.actions)} of the catalogue's ${groupDigits(all.actions)} actions, in ${groupDigits(reach.services)} of ${groupDigits(all.services)} services,`;
  }
  const shown = listText(listed, 3);
  out.push({
    code: "RTC618",
    span: notAction.key.span,
    message: `Allow with NotAction (${shown}) on every resource in ${statementLabel(s)} grants every other action${reachText} and every action AWS adds later${s.conditioned ? " (when its Condition holds)" : ""}.`,
    hint: "List the actions the workload needs in Action instead; to keep a broad grant, deny the dangerous actions in a separate Deny statement."
  });
}
function notResourceAllow(s, expansions, out) {
  const notResource = s.elements.NotResource;
  if (!notResource || s.elements.NotAction !== void 0 || s.actions.length === 0 || s.notResources.length === 0) return;
  const grantedLists = expandAll(s.actions, expansions);
  let grantedText2 = "its actions";
  if (grantedLists !== void 0) {
    const seen = /* @__PURE__ */ new Set();
    for (const list of grantedLists) for (const info of list) seen.add(info.fullName);
    grantedText2 = `its ${groupDigits(seen.size)} action${seen.size === 1 ? "" : "s"}`;
  }
  const listed = s.notResources.map((r) => r.value);
  const shown = listText(listed, 2);
  out.push({
    code: "RTC619",
    span: notResource.key.span,
    message: `Allow with NotResource (${shown}) in ${statementLabel(s)} grants ${grantedText2} on every other resource, in every account, including resources created later${s.conditioned ? " (when its Condition holds)" : ""}.`,
    hint: "Name the resources the statement is for in Resource instead."
  });
}
function notElements(ctx, out) {
  if (!kindRules(ctx.kind).allowGrants) return;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Allow") continue;
    const from = out.length;
    notActionAllow(s, ctx.expansions, out);
    notResourceAllow(s, ctx.expansions, out);
    dropIfTakenBack(ctx, s, out, from);
  }
}
var notElementRules = [notElements];

// src/core/lint/rules/trust-federation.ts
var ASSUME = ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"];
var BUILT_IN_WEB_IDENTITY = /* @__PURE__ */ new Set(["cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com"]);
var memo2 = /* @__PURE__ */ new Map();
function assumeActionsOf(lower) {
  let found = memo2.get(lower);
  if (found === void 0) {
    found = lower.startsWith("sts:") || lower.startsWith("*") ? ASSUME.filter((a) => actionMatches(lower, a)) : [];
    if (memo2.size >= 2e4) memo2.clear();
    if (memorable(lower)) memo2.set(lower, found);
  }
  return found;
}
function assumeActions(s) {
  const found = /* @__PURE__ */ new Set();
  for (let i = 0, lowerActions = s.lowerActions; i < lowerActions.length; i++) {
    const granted = assumeActionsOf(lowerActions[i]);
    for (let j = 0; j < granted.length; j++) found.add(granted[j]);
  }
  return found;
}
function providerOf(p) {
  const value = p.value.value;
  if (p.type === "*" || value === "*" || hasPlaceholder(value) || value.includes("${")) return "unknown";
  if (p.type !== "Federated") return p.type === "AWS" || p.type === "Service" || p.type === "CanonicalUser" ? "other" : "unknown";
  if (value.includes(":saml-provider/")) return "saml";
  if (value.includes(":oidc-provider/") || BUILT_IN_WEB_IDENTITY.has(value.toLowerCase())) return "oidc";
  return "unknown";
}
function describe2(p) {
  if (p.type === "Service") return `the service principal ${p.value.value}`;
  if (p.type === "Federated") return `the provider ${p.value.value}`;
  const v = p.value.value;
  if (isAccountId(v) || /:root$/.test(v)) return `the account ${v}`;
  if (/:user\//.test(v)) return `the IAM user ${v}`;
  if (/:role\//.test(v)) return `the role ${v}`;
  return `the principal ${v}`;
}
function federation(ctx, out) {
  if (ctx.kind !== "trust") return;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Allow" || s.principals.length === 0) continue;
    const actions = assumeActions(s);
    if (actions.size === 0) continue;
    providerActions(s, actions, out);
    if (actions.size !== 1) continue;
    const saml = actions.has("sts:AssumeRoleWithSAML");
    const web = actions.has("sts:AssumeRoleWithWebIdentity");
    if (!saml && !web) continue;
    for (let j = 0, principals = s.principals; j < principals.length; j++) {
      const p = principals[j];
      const provider = providerOf(p);
      if (provider === "unknown" || saml && provider === "saml" || web && provider === "oidc") continue;
      out.push(
        saml ? {
          code: "RTC620",
          span: p.value.span,
          message: `${statementLabel(s, true)} allows only sts:AssumeRoleWithSAML, which only a SAML provider can call, but names ${describe2(p)}: it can never assume the role this way.`,
          hint: 'Name the SAML provider ("Federated": "arn:aws:iam::ACCOUNT:saml-provider/NAME"), or allow sts:AssumeRole for IAM principals.'
        } : {
          code: "RTC621",
          span: p.value.span,
          message: `${statementLabel(s, true)} allows only sts:AssumeRoleWithWebIdentity, which only an OIDC or web identity provider can call, but names ${describe2(p)}: it can never assume the role this way.`,
          hint: 'Name the OIDC provider ("Federated": "arn:aws:iam::ACCOUNT:oidc-provider/HOST", or cognito-identity.amazonaws.com), or allow sts:AssumeRole for IAM principals.'
        }
      );
    }
  }
}
var SIGN_IN = { saml: "sts:AssumeRoleWithSAML", oidc: "sts:AssumeRoleWithWebIdentity" };
function providerActions(s, actions, out) {
  const otherOnly = actions.size === 1 && !actions.has("sts:AssumeRole");
  for (let j = 0, principals = s.principals; j < principals.length; j++) {
    const p = principals[j];
    const provider = providerOf(p);
    if (provider !== "saml" && provider !== "oidc") continue;
    const own = SIGN_IN[provider];
    if (actions.has(own) || otherOnly) continue;
    const allowed = listText([...actions], 3);
    out.push({
      code: "RTC626",
      span: p.value.span,
      message: `${statementLabel(s, true)} names ${describe2(p)}, which signs its users in only through ${own}, but the assume action${actions.size === 1 ? " it allows is" : "s it allows are"} ${allowed}: none of the provider's users can assume the role this way.`,
      hint: `Allow ${own} for the provider (keep sts:AssumeRole for IAM principals, in their own statement).`
    });
  }
}
var trustFederationRules = [federation];

// src/core/lint/rules/key-policy-lockout.ts
var PUT_KEY_POLICY = "kms:putkeypolicy";
var LISTED_ACTIONS = 5;
function matchesPutKeyPolicy(lower) {
  return matchesWildcard(lower, PUT_KEY_POLICY);
}
function coversPutKeyPolicy(s) {
  const notAction = s.elements.NotAction;
  if (notAction !== void 0) {
    for (let i = 0, notActions = s.notActions; i < notActions.length; i++) if (matchesPutKeyPolicy(lowerAction(notActions[i].value))) return void 0;
    return notAction.key;
  }
  for (let i = 0, lower = s.lowerActions; i < lower.length; i++) if (matchesPutKeyPolicy(lower[i])) return s.actions[i];
  return void 0;
}
var principalsKeyed = 0;
var principalKey = (p) => {
  principalsKeyed++;
  return `${p.type}\0${p.value.value}`;
};
function readableKeyPolicy(ctx) {
  if (ctx.kind !== "resource" || !ctx.isKeyPolicy || ctx.bareStatement || !ctx.sizeKnown || ctx.statements.length === 0) return false;
  let allows2 = 0;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect === void 0) return false;
    if (s.elements.Action !== void 0 && s.elements.NotAction !== void 0) return false;
    if (s.elements.Principal !== void 0 && s.elements.NotPrincipal !== void 0) return false;
    if (s.actions.length === 0 && s.notActions.length === 0) return false;
    for (let j = 0, resources = s.resources; j < resources.length; j++) if (resources[j].value !== "*") return false;
    if (s.effect === "Allow") {
      if (s.principals.length === 0 && s.notPrincipals.length === 0) return false;
      allows2++;
    }
  }
  return allows2 > 0;
}
function certainDenies(ctx) {
  const denied = /* @__PURE__ */ new Map();
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Deny" || hasCondition(s)) continue;
    if (s.elements.NotResource !== void 0 || s.everyResource === void 0) continue;
    const at = coversPutKeyPolicy(s);
    if (!at) continue;
    for (let j = 0, principals = s.principals; j < principals.length; j++) {
      const p = principals[j];
      if (isPrincipalStar(p)) return { everyone: { s, at }, denied };
      const key = principalKey(p);
      if (!denied.has(key)) denied.set(key, s);
    }
  }
  return { everyone: void 0, denied };
}
function takenBackBy(allow, denied) {
  if (allow.principals.length === 0) return void 0;
  const by = /* @__PURE__ */ new Set();
  for (let i = 0, principals = allow.principals; i < principals.length; i++) {
    const deny = denied.get(principalKey(principals[i]));
    if (!deny) return void 0;
    by.add(deny);
  }
  return by;
}
function labels(statements) {
  const shown = statements.slice(0, 3).map((s) => statementLabel(s));
  return statements.length > 3 ? `${shown.join(", ")} and ${statements.length - 3} more` : shown.join(", ");
}
function grantedText(allows2) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  let more = 0;
  const add2 = (text) => {
    if (seen.has(text)) return;
    seen.add(text);
    if (items.length < LISTED_ACTIONS) items.push(text);
    else more++;
  };
  for (let i = 0; i < allows2.length; i++) {
    const s = allows2[i];
    if (s.elements.NotAction !== void 0) add2(`every action but ${s.notActions.slice(0, LISTED_ACTIONS).map((a) => a.value).join(", ")}`);
    else for (let j = 0; j < s.actions.length; j++) add2(s.actions[j].value);
  }
  return more > 0 ? `${items.join(", ")} and ${more} more` : items.join(", ");
}
var EFFECT = "KMS accepts such a policy only with BypassPolicyLockoutSafetyCheck (which CloudFormation and Terraform pass on), and from then on no one can change it and IAM policies cannot grant it: only AWS Support can restore access to the key.";
var ADD_ROOT = `Keep the statement AWS's default key policy starts with, for the key's own account: {"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}; or allow a key administrator role kms:PutKeyPolicy (the console's key administrators statement grants kms:Put*). (A VPC endpoint policy for KMS is not a key policy: declare such files as endpoint in policy-files.)`;
function keyPolicyLockout(ctx, out) {
  if (!readableKeyPolicy(ctx)) return;
  const { everyone, denied } = certainDenies(ctx);
  if (everyone) {
    out.push({
      code: "RTC625",
      span: everyone.at.span,
      message: `${statementLabel(everyone.s, true)} denies kms:PutKeyPolicy to every principal with no condition, so no one can ever change this key policy. ${EFFECT}`,
      hint: "Leave kms:PutKeyPolicy out of the Deny, or add a condition that spares a key administrator (StringNotEquals or ArnNotEquals on aws:PrincipalArn)."
    });
    return;
  }
  const allows2 = [];
  const grants = [];
  const takenBack = /* @__PURE__ */ new Set();
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Allow") continue;
    allows2.push(s);
    if (!coversPutKeyPolicy(s)) continue;
    const by = takenBackBy(s, denied);
    if (!by) return;
    grants.push(s);
    for (const d of by) takenBack.add(d);
  }
  const statementKey = ctx.root.members.find((m) => m.key.value === "Statement")?.key;
  const span = statementKey?.span ?? ctx.root.span;
  if (grants.length > 0) {
    const denies2 = ctx.statements.filter((s) => takenBack.has(s));
    const first = coversPutKeyPolicy(denies2[0]) ?? denies2[0].node;
    out.push({
      code: "RTC625",
      span: first.span,
      message: `Every statement of this key policy that allows kms:PutKeyPolicy (${labels(grants)}) is taken back by a Deny of it to the same principals with no condition (${labels(denies2)}), so no one can change the policy. ${EFFECT}`,
      hint: `Leave kms:PutKeyPolicy out of the Deny, or keep one principal allowed to change the policy. ${ADD_ROOT}`
    });
    return;
  }
  out.push({
    code: "RTC625",
    span,
    message: `No statement of this key policy allows any principal kms:PutKeyPolicy: its ${allows2.length === 1 ? "Allow statement grants" : `${allows2.length} Allow statements grant`} only ${grantedText(allows2)}. ${EFFECT}`,
    hint: ADD_ROOT
  });
}
var keyPolicyLockoutRules = [keyPolicyLockout];

// src/core/lint/rules/secret-arn-suffix.ts
var SUFFIX_LENGTH = 6;
function isLetterOrDigit(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function secretNameStart(arn) {
  if (!arn.startsWith("arn:")) return -1;
  const colons = [3];
  for (let n = 1; n < 6; n++) {
    const next = arn.indexOf(":", colons[n - 1] + 1);
    if (next === -1) return -1;
    colons.push(next);
  }
  if (arn.slice(colons[1] + 1, colons[2]).toLowerCase() !== "secretsmanager") return -1;
  if (arn.slice(colons[4] + 1, colons[5]) !== "secret") return -1;
  return colons[5] + 1;
}
function lacksSecretSuffix(arn) {
  const start = secretNameStart(arn);
  if (start === -1 || start >= arn.length) return false;
  for (let i = start; i < arn.length; i++) {
    const c = arn.charCodeAt(i);
    if (c === 42 || c === 63 || c === 36 || c === 58) return false;
  }
  const hyphen = arn.length - SUFFIX_LENGTH - 1;
  if (hyphen > start && arn.charCodeAt(hyphen) === 45) {
    let suffix = true;
    for (let i = hyphen + 1; i < arn.length; i++) if (!isLetterOrDigit(arn.charCodeAt(i))) suffix = false;
    if (suffix) return false;
  }
  return !hasPlaceholder(arn);
}
function check2(node, element, out) {
  if (!lacksSecretSuffix(node.value)) return;
  out.push({
    code: "RTC311",
    span: node.span,
    message: `${node.value} names a secret without the hyphen and six random characters Secrets Manager ends every secret's ARN with, so this ${element} matches no secret.`,
    hint: `Write the whole ARN (as DescribeSecret gives it), or match the suffix: "${node.value}-??????".`
  });
}
function checkSecretArns(ctx, out) {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    for (let j = 0; j < s.resources.length; j++) check2(s.resources[j], "Resource", out);
    for (let j = 0; j < s.notResources.length; j++) check2(s.notResources[j], "NotResource", out);
  }
}
var secretArnRules = [checkSecretArns];

// src/core/lint/rules/mfa-deny.ts
var MFA_PRESENT = "aws:multifactorauthpresent";
function isText(node, text) {
  if (node.kind === "string") return node.value.toLowerCase() === text;
  if (node.kind === "boolean") return String(node.value) === text;
  return false;
}
function coversAbsentKey(c) {
  if (c.lowerKey !== MFA_PRESENT) return false;
  const operator = c.operator.value;
  if (operator === "BoolIfExists") return true;
  return operator === "Null" && c.values.some((v) => isText(v, "true"));
}
function checkMfaDeny(ctx, out) {
  let candidates;
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i];
    if (s.effect !== "Deny") continue;
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j];
      if (coversAbsentKey(c)) return;
      if (c.lowerKey === MFA_PRESENT && c.operator.value === "Bool" && c.values.some((v) => isText(v, "false"))) (candidates ??= []).push({ s, c });
    }
  }
  if (candidates === void 0) return;
  for (const { s, c } of candidates) {
    out.push({
      code: "RTC417",
      span: c.key.span,
      message: `${statementLabel(s, true)} denies when aws:MultiFactorAuthPresent is false, but a request signed with an IAM user's long-term access keys carries no such key, so Bool is false and the Deny does not apply: those requests get through without MFA.`,
      hint: 'Use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}, which also denies requests that lack the key.'
    });
  }
}
var mfaDenyRules = [checkMfaDeny];

// src/core/lint/rules/index.ts
var RULES = [
  ...grammarRules,
  ...nameRules,
  ...arnRules,
  ...secretArnRules,
  ...conditionRules,
  ...mfaDenyRules,
  ...sourceIpRules,
  ...sizeRules,
  ...securityRules,
  ...privilegeEscalationRules,
  ...notElementRules,
  ...trustFederationRules,
  ...publicAccessRules,
  ...keyPolicyLockoutRules,
  ...placeholderRules
];

// src/core/lint/rules/parse.ts
function duplicateKeyFindings(ctx, out) {
  if (ctx.duplicateKeys.length === 0) return;
  const conditionKeys = /* @__PURE__ */ new Map();
  for (const s of ctx.statements) {
    const condition = s.elements.Condition?.value;
    if (condition?.kind !== "object") continue;
    for (const op of condition.members) {
      conditionKeys.set(op.key, `operator in the Condition of ${statementLabel(s)}`);
      if (op.value.kind === "object") {
        for (const k of op.value.members) conditionKeys.set(k.key, `condition key under ${op.key.value} in ${statementLabel(s)}`);
      }
    }
  }
  for (const d of ctx.duplicateKeys) {
    const where2 = conditionKeys.get(d.repeated);
    const first = `first at line ${d.first.span.start.line} column ${d.first.span.start.column}`;
    if (where2) {
      out.push({
        code: "RTC403",
        span: d.repeated.span,
        message: `"${d.key}" appears twice as ${where2} (${first}); only this one is kept, the first block is silently dropped.`,
        hint: `Merge the two "${d.key}" blocks into one object.`
      });
    } else {
      out.push({
        code: "RTC002",
        span: d.repeated.span,
        message: `Key "${d.key}" appears twice in one object (${first}); only this one is kept.`,
        hint: `Merge the two "${d.key}" entries or remove one.`
      });
    }
  }
}

// src/core/lint/lint.ts
var BARE_STATEMENT_ELEMENTS = STATEMENT_ELEMENTS.filter((e) => e !== "Sid");
function statementsOf(root) {
  let statementNode;
  let bare = false;
  for (let j = 0, members = root.members; j < members.length; j++) {
    const m = members[j];
    if (m.key.value === "Statement") statementNode = m.value;
    else if (BARE_STATEMENT_ELEMENTS.includes(m.key.value)) bare = true;
  }
  if (statementNode) {
    if (statementNode.kind === "object") return { statements: [statementView(statementNode, 0)], bare: false };
    if (statementNode.kind === "array") {
      const statements = [];
      statementNode.items.forEach((item, i) => {
        if (item.kind === "object") statements.push(statementView(item, i));
      });
      return { statements, bare: false };
    }
    return { statements: [], bare: false };
  }
  return bare ? { statements: [statementView(root, 0)], bare: true } : { statements: [], bare: false };
}
function toFinding(file, d) {
  const info = CHECK_BY_CODE.get(d.code);
  if (!info) throw new Error(`finding code ${d.code} is not in CHECKS`);
  return {
    file,
    line: d.span.start.line,
    column: d.span.start.column,
    endLine: d.span.end.line,
    endColumn: d.span.end.column,
    code: d.code,
    severity: info.severity,
    message: oneLine(d.message),
    hint: oneLineHint(d.hint)
  };
}
function repeatsEarlier(drafts, j) {
  const d = drafts[j];
  for (let i = 0; i < j; i++) {
    const e = drafts[i];
    if (e.span.start.offset === d.span.start.offset && e.code === d.code && e.message === d.message) return true;
  }
  return false;
}
function finish(file, drafts) {
  if (drafts.length === 0) return [];
  if (drafts.length === 1) return [toFinding(file, drafts[0])];
  const out = [];
  if (drafts.length <= 16) {
    for (let j = 0; j < drafts.length; j++) if (!repeatsEarlier(drafts, j)) out.push(toFinding(file, drafts[j]));
  } else {
    const seen = /* @__PURE__ */ new Set();
    for (const d of drafts) {
      const key = `${d.code}\0${d.span.start.offset}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toFinding(file, d));
    }
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}
function lintDocument(file, text, root, duplicateKeys, kind, sizeKnown, serviceWildcards, drafts) {
  const notPolicy = notAPolicy(root, file);
  if (notPolicy) {
    drafts.push(notPolicy);
    return { kind: kind ?? "identity", bare: false };
  }
  const { statements, bare } = statementsOf(root);
  const resolved = kind ?? classifyStatements(statements);
  const ctx = {
    file,
    kind: resolved,
    text,
    root,
    statements,
    isKeyPolicy: resolved === "resource" && looksLikeKeyPolicy(statements),
    bareStatement: bare,
    duplicateKeys,
    sizeKnown,
    expansions: new ActionExpansions(serviceWildcards)
  };
  duplicateKeyFindings(ctx, drafts);
  for (let i = 0; i < RULES.length; i++) RULES[i](ctx, drafts);
  const notExpanded = ctx.expansions.finding();
  if (notExpanded) drafts.push(notExpanded);
  return { kind: resolved, bare };
}
var LintedDocument = class {
  constructor(file, kind, findings, root, bare, duplicateKeys) {
    this.file = file;
    this.kind = kind;
    this.findings = findings;
    this.root = root;
    this.#bare = bare;
    if (duplicateKeys.length > 0) this.duplicateKeys = duplicateKeys;
  }
  file;
  kind;
  findings;
  root;
  #value;
  #policyValue;
  #policy;
  #computed = false;
  #bare;
  #compute() {
    if (this.#computed) return;
    this.#computed = true;
    const { value, policyValue } = documentValues(this.root);
    this.#value = value;
    this.#policyValue = policyValue;
    this.#policy = this.#bare ? void 0 : normalisePolicy(policyValue);
  }
  get value() {
    this.#compute();
    return this.#value;
  }
  get policyValue() {
    this.#compute();
    return this.#policyValue;
  }
  get policy() {
    this.#compute();
    return this.#policy;
  }
  toJSON() {
    return { file: this.file, kind: this.kind, findings: this.findings, root: this.root, value: this.value, policyValue: this.policyValue, policy: this.policy };
  }
};
function lintPolicyText(file, text, kind, serviceWildcards = new ServiceWildcardBudget()) {
  const outcome = parseJson(text);
  const drafts = [];
  if (outcome.ok) {
    const { root, duplicateKeys } = outcome;
    if (root.kind !== "object") {
      drafts.push(notAnObject(root));
      return { file, kind: kind ?? "identity", findings: finish(file, drafts), root, value: toValue(root) };
    }
    const done = lintDocument(file, text, root, duplicateKeys, kind, true, serviceWildcards, drafts);
    return new LintedDocument(file, done.kind, finish(file, drafts), root, done.bare, duplicateKeys);
  }
  const { error } = outcome;
  drafts.push({ code: "RTC001", span: { start: error.position, end: error.end }, message: capitalised(error.message), hint: capitalised(error.hint) });
  let resolved = kind ?? "identity";
  const recovered = parseJsonTolerant(text);
  if (recovered.ok) {
    if (recovered.root.kind !== "object") {
      drafts.push(notAnObject(recovered.root));
    } else {
      const sizeKnown = !recovered.skipped.some((s) => s.mistake === "ellipsis" || s.mistake === "extra-data");
      resolved = lintDocument(file, text, recovered.root, recovered.duplicateKeys, kind, sizeKnown, serviceWildcards, drafts).kind;
    }
  }
  return { file, kind: resolved, findings: finish(file, drafts) };
}

export {
  clipText,
  SEVERITY_ORDER,
  oneLine,
  CHECKS,
  POLICY_KINDS,
  MANIFEST_FILE,
  CLOUDFORMATION_FILES,
  TERRAFORM_FILES,
  ACTION_NAME,
  ACTION_VERSION,
  GENERATED_FILE_CODE,
  ServiceWildcardBudget,
  lintPolicyText,
  POLICY_IS_YAML,
  FILE_NOT_CHECKED,
  VALIDATE_CHECKS,
  fileFinding,
  messageOf,
  mapLimited,
  lintFiles,
  lintText,
  decode,
  sortFindings
};
