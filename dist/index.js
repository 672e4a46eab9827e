import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath2 = process.env[`GITHUB_${command}`];
  if (!filePath2) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath2)) {
    throw new Error(`Missing file at path: ${filePath2}`);
  }
  fs.appendFileSync(filePath2, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath2 = process.env["GITHUB_OUTPUT"] || "";
  if (filePath2) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/core/visible-text.ts
var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\ud800-\udfff]/gu;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var hex = (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}}`;
var ONE_LINE_ESCAPES = { "\r": "\\r", "\n": "\\n", "	": "\\t" };
function visibleText(text, keepLineBreaks = false) {
  if (PRINTABLE_ASCII.test(text)) return text;
  const shown = text.replace(INVISIBLE, hex);
  return keepLineBreaks ? shown.replace(/\r\n?/g, "\n") : shown.replace(/[\r\n\t]/g, (ch) => ONE_LINE_ESCAPES[ch]);
}
var QUOTED_ESCAPES = new RegExp(`${INVISIBLE.source}|[\\r\\n\\t"]|\\\\(?=u\\{)`, "gu");
function quotedText(text, limit = Infinity) {
  const clipped = text.length > limit ? text.slice(0, limit) : text;
  const shown = PRINTABLE_ASCII.test(clipped) && !/["\\]/.test(clipped) ? clipped : clipped.replace(QUOTED_ESCAPES, hex);
  return `"${shown}"${clipped.length < text.length ? "\u2026" : ""}`;
}

// src/core/inputs/redshift-reserved-words.ts
var REDSHIFT_RESERVED_WORDS = new Set(
  "AES128 AES256 ALL ALLOWOVERWRITE ANALYSE ANALYZE AND ANY ARRAY AS ASC AUTHORIZATION AZ64 BACKUP BETWEEN BINARY BLANKSASNULL BOTH BYTEDICT BZIP2 CASE CAST CHECK COLLATE COLUMN CONSTRAINT CREATE CREDENTIALS CROSS CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURRENT_USER_ID DEFAULT DEFERRABLE DEFLATE DEFRAG DELTA DELTA32K DESC DISABLE DISTINCT DO ELSE EMPTYASNULL ENABLE ENCODE ENCRYPT ENCRYPTION END EXCEPT EXPLICIT FALSE FOR FOREIGN FREEZE FROM FULL GLOBALDICT256 GLOBALDICT64K GRANT GROUP GZIP HAVING IDENTITY IGNORE ILIKE IN INITIALLY INNER INTERSECT INTERVAL INTO IS ISNULL JOIN LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP LUN LUNS LZO LZOP MINUS MOSTLY16 MOSTLY32 MOSTLY8 NATURAL NEW NOT NOTNULL NULL NULLS OFF OFFLINE OFFSET OID OLD ON ONLY OPEN OR ORDER OUTER OVERLAPS PARALLEL PARTITION PERCENT PERMISSIONS PIVOT PLACING PRIMARY RAW READRATIO RECOVER REFERENCES REJECTLOG RESORT RESPECT RESTORE RIGHT SELECT SESSION_USER SIMILAR SNAPSHOT SOME SYSDATE SYSTEM TABLE TAG TDES TEXT255 TEXT32K THEN TIMESTAMP TO TOP TRAILING TRUE TRUNCATECOLUMNS UNION UNIQUE UNNEST UNPIVOT USER USING VERBOSE WALLET WHEN WHERE WITH WITHOUT".split(" ")
);

// src/core/iam/arn.ts
function roleArn(partition2, account, path4, name) {
  return `arn:${partition2}:iam::${account}:role${path4}${name}`;
}
function userArn(partition2, account, name, path4 = "/") {
  return `arn:${partition2}:iam::${account}:user${path4}${name}`;
}
function accountRootArn(partition2, account) {
  return `arn:${partition2}:iam::${account}:root`;
}
var ACCOUNT_ID = /^\d{12}$/;
function isAccountId(text) {
  return ACCOUNT_ID.test(text);
}
function kmsKeyWildcardArn(partition2, region, account) {
  return `arn:${partition2}:kms:${region}:${account}:key/*`;
}
function s3BucketArn(partition2, bucket) {
  return `arn:${partition2}:s3:::${bucket}`;
}
function s3ObjectsArn(partition2, bucket, prefix) {
  return `arn:${partition2}:s3:::${bucket}/${prefix}*`;
}
function redshiftClusterArn(partition2, region, account, type, cluster, name) {
  return type === "cluster" ? `arn:${partition2}:redshift:${region}:${account}:cluster:${cluster}` : `arn:${partition2}:redshift:${region}:${account}:${type}:${cluster}/${name ?? ""}`;
}
function redshiftWorkgroupArn(partition2, region, account, workgroupId) {
  return `arn:${partition2}:redshift-serverless:${region}:${account}:workgroup/${workgroupId}`;
}

// src/core/digits.ts
function groupDigits(n) {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

// src/core/shell-quote.ts
function cliOption(name, value) {
  return value.startsWith("-") ? [`${name}=${value}`] : [name, value];
}
function roleArnCommand(roleName) {
  return ["aws", "iam", "get-role", ...cliOption("--role-name", roleName), "--query", "Role.Arn", "--output", "text"];
}
function shellQuote(arg) {
  if (/^[\w@%+=:,./-]+$/.test(arg) && !arg.startsWith("=")) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
function shellCommand(argv) {
  return argv.map(shellQuote).join(" ");
}

// src/core/inputs/rules.ts
var accept = (value) => ({ ok: true, value });
var reject = (problem, rule) => ({ ok: false, problem, rule });
var lengthProblem = (value) => `is ${value.length} character${value.length === 1 ? "" : "s"} long`;
function nonAsciiProblem(value) {
  const found = value.match(/[^\x00-\x7f]/u);
  return found ? `contains ${describeChar(found[0])}` : void 0;
}
var PARTITION_REGIONS = {
  aws: { regions: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, shape: "us-, eu-, ap-, sa-, ca-, me-, af-, il- or mx-, such as us-east-1" },
  "aws-cn": { regions: /^cn-\w+-\d+$/, shape: "cn-, such as cn-north-1" },
  "aws-us-gov": { regions: /^us-gov-\w+-\d+$/, shape: "us-gov-, such as us-gov-west-1" },
  "aws-iso": { regions: /^us-iso-\w+-\d+$/, shape: "us-iso-, such as us-iso-east-1" },
  "aws-iso-b": { regions: /^us-isob-\w+-\d+$/, shape: "us-isob-, such as us-isob-east-1" },
  "aws-iso-e": { regions: /^eu-isoe-\w+-\d+$/, shape: "eu-isoe-, such as eu-isoe-west-1" },
  "aws-iso-f": { regions: /^us-isof-\w+-\d+$/, shape: "us-isof-, such as us-isof-south-1" },
  "aws-eusc": { regions: /^eusc-(de)-\w+-\d+$/, shape: "eusc-de-, such as eusc-de-east-1" }
};
var PARTITIONS = Object.keys(PARTITION_REGIONS);
var regionsOf = (p) => `a Region of partition ${p}, the partition input (${PARTITION_REGIONS[p].shape})`;
function regionShapeOf(p) {
  return PARTITION_REGIONS[p].shape;
}
function partitionOfRegion(region) {
  return PARTITIONS.find((p) => PARTITION_REGIONS[p].regions.test(region));
}
function regionInPartition(region, expected) {
  if (PARTITION_REGIONS[expected].regions.test(region)) return accept(region);
  const actual = partitionOfRegion(region);
  return reject(actual ? `is a Region of partition ${actual}, not ${expected}` : `is not a Region of partition ${expected}`, regionsOf(expected));
}
var ACCOUNT_RULE = "an AWS account id: 12 digits, optionally written 1234-5678-9012 as the console shows it";
function accountId(raw) {
  const value = raw.trim();
  const nonAscii = nonAsciiProblem(value);
  if (nonAscii) return reject(nonAscii, ACCOUNT_RULE);
  if (isAccountId(value)) return accept(value);
  if (/^\d{4}-\d{4}-\d{4}$/.test(value)) return accept(value.replaceAll("-", ""));
  const digits = value.replace(/\D/g, "").length;
  if (/^[\d-]+$/.test(value) && digits === 12) return reject("has its dashes in the wrong places", ACCOUNT_RULE);
  if (/^[\d-]+$/.test(value)) return reject(`has ${digits} digit${digits === 1 ? "" : "s"}`, ACCOUNT_RULE);
  const separator = /^[\d\-. _]+$/.test(value) && digits > 0 ? /[. _]/.exec(value)?.[0] : void 0;
  if (separator !== void 0) return reject(`contains ${describeChar(separator)}`, ACCOUNT_RULE);
  return reject("is not made of digits", ACCOUNT_RULE);
}
var IAM_NAME_RULE = "1 to 64 characters of letters, digits and + = , . @ _ -";
function iamName(raw, input, account) {
  const value = raw.trim();
  if (value.length === 0) return reject("is empty", IAM_NAME_RULE);
  const arnProblem = iamArnGivenAsName(value, input, account) ?? roleHolderArnGivenAsName(value, input);
  if (arnProblem) return reject(arnProblem, IAM_NAME_RULE);
  if (value.length > 64) return reject(lengthProblem(value), IAM_NAME_RULE);
  const bad = value.match(/[^\w+=,.@-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_NAME_RULE);
  return accept(value);
}
function iamArnGivenAsName(value, input, account) {
  const arn = /^arn:[^:]*:iam::([^:]*):(role|user)(\/(?:[^/]*\/)*)([^/]+)$/.exec(value);
  if (!arn) return void 0;
  const [, arnAccount, kind, path4, name] = arn;
  const problem = arnOfKindProblem(kind, path4, name, input);
  if (input === void 0 || account === void 0 || !/^\d{12}$/.test(arnAccount) || arnAccount === account) return problem;
  if (input === "role-name" && kind !== "role") return problem;
  return `${problem}; and its account, ${arnAccount}, in ${input === "role-name" ? "account-id" : "user-account-id"} (the name is read in account ${account})`;
}
function roleHolderArnGivenAsName(value, input) {
  const session = /^arn:[^:]*:sts::[^:]*:assumed-role\/([\w+=,.@-]{1,64})\/[^/]+$/.exec(value);
  if (session) {
    const role = quotedText(session[1]);
    const lookUp = `the command ${shellCommand(roleArnCommand(session[1]))} prints the role's ARN with it`;
    if (input === "user-name") {
      return `is a role session's ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name ${role} and its path in principal-role-path, which a session's ARN leaves out (${lookUp}), and no user-name`;
    }
    const pathInput = input === "principal-role-name" ? "principal-role-path" : input === "role-name" ? "role-path" : "the -path input beside this one";
    return `is a role session's ARN (as aws sts get-caller-identity prints it), not a role name: the role is ${role}, and its path, which a session's ARN leaves out, goes in ${pathInput} (${lookUp})`;
  }
  const profile = /^arn:[^:]*:iam::[^:]*:instance-profile\/(?:[^/]*\/)*([\w+=,.@-]{1,128})$/.exec(value);
  if (profile) {
    const lookUp = shellCommand(["aws", "iam", "get-instance-profile", ...cliOption("--instance-profile-name", profile[1]), "--query", "InstanceProfile.Roles[0].Arn", "--output", "text"]);
    return `is an instance profile's ARN, not a role name: the trust policy names the role the profile holds, whose name can differ from the profile's (the command ${lookUp} prints the role's ARN, with its name and path)`;
  }
  return void 0;
}
function arnOfKindProblem(kind, path4, name, input) {
  const expected = input === void 0 ? kind : input === "user-name" ? "user" : "role";
  if (kind === expected) {
    const pathNote = path4 === "/" ? "" : `, and its path ${quotedText(path4)} in the -path input beside this one`;
    return `is ${kind === "role" ? "a role" : "a user"} ARN, not a name: give the name in it, ${quotedText(name)}${pathNote}`;
  }
  if (input === "user-name") {
    const pathNote = path4 === "/" ? "" : ` and principal-role-path ${quotedText(path4)}`;
    return `is a role ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name ${quotedText(name)}${pathNote}, and no user-name`;
  }
  if (input === "principal-role-name") {
    const pathNote = path4 === "/" ? "" : ` with user-path ${quotedText(path4)}`;
    return `is a user ARN, not a role name: a user that requests the credentials is given as user-name ${quotedText(name)}${pathNote} (trust-principal: user), not as principal-role-name`;
  }
  return `is a user ARN, not a role name: role-name is the role the connector assumes, which the documents are made for; the user ${quotedText(name)} that requests the credentials goes in user-name`;
}
var IAM_PATH_RULE = "an IAM path: '/', or one that starts and ends with '/' with segments of letters, digits and + = , . @ _ - between, at most 512 characters";
function iamPath(raw) {
  const value = raw.trim();
  if (value === "") return accept("/");
  if (value.length > 512) return reject(lengthProblem(value), IAM_PATH_RULE);
  if (!value.startsWith("/") || !value.endsWith("/")) return reject("does not start and end with '/'", IAM_PATH_RULE);
  if (value.includes("//")) return reject("has an empty segment ('//')", IAM_PATH_RULE);
  const bad = value.match(/[^\w+=,.@/-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_PATH_RULE);
  return accept(value);
}
var EXTERNAL_ID_RULE = "2 to 1224 characters of letters, digits and + = , . @ : / _ -";
function externalId(raw) {
  const value = raw.trim();
  if (value.length < 2) return reject(`is ${value.length} character${value.length === 1 ? "" : "s"} long`, EXTERNAL_ID_RULE);
  if (value.length > 1224) return reject(lengthProblem(value), EXTERNAL_ID_RULE);
  const bad = value.match(/[^\w+=,.@:/-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, EXTERNAL_ID_RULE);
  return accept(value);
}
function partition(raw) {
  const value = raw.trim().toLowerCase();
  const found = PARTITIONS.find((p) => p === value);
  return found ? accept(found) : reject(nonAsciiProblem(raw.trim()) ?? "is not an AWS partition", `one of ${PARTITIONS.join(", ")}`);
}
var TRUE_WORDS = ["true", "yes", "on", "y"];
var FALSE_WORDS = ["false", "no", "off", "n", ""];
function booleanFlag(raw) {
  const value = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(value)) return accept(true);
  if (FALSE_WORDS.includes(value)) return accept(false);
  return reject(nonAsciiProblem(raw.trim()) ?? "is not a boolean", "true or false (yes/no and on/off are accepted too)");
}
function oneOf(choices, raw) {
  const value = raw.trim().toLowerCase();
  const found = choices.find((c) => c === value);
  if (found) return accept(found);
  const singular = value.endsWith("s") ? choices.find((c) => c === value.slice(0, -1)) : void 0;
  const problem = singular ? `is not an allowed value: the word is ${quotedText(singular)}, without the 's'` : "is not an allowed value";
  return reject(nonAsciiProblem(raw.trim()) ?? problem, `one of ${choices.join(", ")}`);
}
var KMS_ARN_RULE = "a KMS key ARN (arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID) or alias ARN (arn:PARTITION:kms:REGION:ACCOUNT:alias/NAME) in the partition input";
function kmsKeyArn(raw, expectedPartition) {
  const value = raw.trim();
  const m = /^arn:([a-z-]+):kms:([a-z]{2,4}(?:-[a-z]+)+-\d+):(\d{12}):(key\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})|alias\/[\w/-]{1,250})$/.exec(
    value
  );
  if (!m) return reject(nonAsciiProblem(value) ?? kmsArnProblem(value), KMS_ARN_RULE);
  const [, part, region, account, resource] = m;
  if (part !== expectedPartition) return reject(`is in partition '${part}', not '${expectedPartition}'`, KMS_ARN_RULE);
  const inPartition = regionInPartition(region, expectedPartition);
  if (!inPartition.ok) return reject(`names Region ${region}, which ${inPartition.problem}`, `${KMS_ARN_RULE}, with ${inPartition.rule}`);
  if (resource.startsWith("alias/aws/")) {
    return reject("names an AWS managed key alias (alias/aws/...)", "a customer managed key: IAM policies cannot grant use of AWS managed keys");
  }
  const type = resource.startsWith("key/") ? "key" : "alias";
  return accept({ arn: value, region, account, type, id: type === "key" ? resource.slice(4) : resource });
}
var KMS_KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;
function kmsArnProblem(value) {
  if (KMS_KEY_ID.test(value)) return "is a key id, not the key ARN the policy names it by";
  if (value.startsWith("alias/")) return "is an alias name, not the alias ARN the policy names it by";
  const keyId = /:key\/([^/:]+)$/.exec(value)?.[1];
  if (keyId !== void 0 && KMS_KEY_ID.test(keyId) && keyId !== keyId.toLowerCase()) {
    return `has upper-case letters in its key id (KMS key ids are lower case: ${keyId.toLowerCase()})`;
  }
  return "is not a KMS key or alias ARN";
}
var ARTIFACT_NAME_RULE = `an artifact name without " : < > | * ? \\ / or line breaks, nor '##[' (empty means no upload)`;
function artifactName(raw) {
  const value = raw.trim();
  const bad = value.match(/[":<>|*?\\/\r\n]/);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, ARTIFACT_NAME_RULE);
  if (value.includes("##[")) return reject("contains '##[', which the runner reads as a command in the log lines that name the artifact", ARTIFACT_NAME_RULE);
  return accept(value);
}
var COMMENT_TAG_MAX = 256;
var COMMENT_TAG_RULE = `empty (for the workflow and job), or a tag of at most ${COMMENT_TAG_MAX} characters`;
var PATH_RULE = "a file system path without line breaks or NUL characters";
function filePath(raw) {
  const value = raw.trim();
  const bad = value.match(/[\r\n\0]/);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, PATH_RULE);
  return accept(value);
}
var NAME_MAX_BYTES = 255;
var PATH_MAX_BYTES = 4096;
var PATH_LENGTH_RULE = `a path whose folder and file names are at most ${NAME_MAX_BYTES} bytes each and whose whole length, with the files the action writes in it, is at most ${PATH_MAX_BYTES - 1} bytes (Linux's NAME_MAX and PATH_MAX)`;
function pathFitsFileSystem(absolutePath, longestInside = "") {
  for (const name of absolutePath.split("/")) {
    const bytes2 = Buffer.byteLength(name, "utf8");
    if (bytes2 > NAME_MAX_BYTES) return reject(`has a folder or file name of ${bytes2} bytes`, PATH_LENGTH_RULE);
  }
  const bytes = Buffer.byteLength(absolutePath, "utf8") + (longestInside === "" ? 0 : 1 + Buffer.byteLength(longestInside, "utf8"));
  if (bytes > PATH_MAX_BYTES - 1) return reject(`makes a path of ${bytes} bytes${longestInside === "" ? "" : " with the files written in it"}`, PATH_LENGTH_RULE);
  return accept(absolutePath);
}
function describeChar(ch) {
  const names = {
    "\n": "a line break",
    "\r": "a carriage return",
    "	": "a tab",
    " ": "a space",
    "\0": "a NUL character",
    '"': 'a double quote (")',
    "'": "a quote (')",
    "*": "a wildcard ('*')",
    "?": "a wildcard ('?')",
    "/": "a slash ('/')",
    "\\": "a backslash ('\\')"
  };
  if (names[ch]) return names[ch];
  const code = ch.codePointAt(0) ?? 0;
  const hex2 = `U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
  if (code < 32 || code >= 127 && code <= 159) return `the control character ${hex2}`;
  if (code < 127) return `'${ch}'`;
  if (code === 160) return `a no-break space (${hex2})`;
  if (visibleText(ch) !== ch) return `the invisible character ${hex2}`;
  return `'${ch}' (${hex2}, not ASCII)`;
}
var REGION_RULE = "an AWS Region code such as us-east-1, eu-central-2, us-gov-west-1 or cn-north-1";
function awsRegion(raw, expected) {
  const value = raw.trim();
  if (!/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(value)) {
    const nonAscii = nonAsciiProblem(value);
    if (nonAscii) return reject(nonAscii, REGION_RULE);
    const lower = value.toLowerCase();
    if (lower !== value && /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(lower)) return reject(`has upper-case letters (Region codes are lower case: ${lower})`, REGION_RULE);
    return reject("is not an AWS Region code", REGION_RULE);
  }
  return expected === void 0 ? accept(value) : regionInPartition(value, expected);
}
var BUCKET_RULE = 'an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit, not an IP address, no ".." (the name only, not s3://... or an ARN)';
function s3LocationIn(value) {
  const uri = /^s3:\/\/([^/]+)(?:\/(.*))?$/is.exec(value);
  if (uri) return { form: "an S3 URI", bucket: uri[1], key: uri[2] ?? "" };
  const arn = /^arn:[^:]*:s3:::([^/]+)(?:\/(.*))?$/s.exec(value);
  if (!arn) return void 0;
  const key = (arn[2] ?? "").replace(/\*$/, "");
  return { form: arn[2] === void 0 ? "a bucket ARN" : "an S3 object ARN", bucket: arn[1], key };
}
function prefixIn(location) {
  if (location.key === "" || s3LocationIn(location.key)) return void 0;
  const prefix = s3KeyPrefix(location.key);
  return prefix.ok && prefix.value !== "" ? prefix.value : void 0;
}
function s3BucketName(raw) {
  const value = raw.trim();
  const location = s3LocationIn(value);
  if (location && s3BucketName(location.bucket).ok) {
    const prefix = prefixIn(location);
    return reject(
      `is ${location.form}, not a bucket name: the bucket is ${quotedText(location.bucket)}${prefix === void 0 ? "" : `, and ${quotedText(prefix)} goes in staging-prefix`}`,
      BUCKET_RULE
    );
  }
  if (/^(s3:\/\/|arn:)/i.test(value)) return reject("is a URL or an ARN, not a bucket name", BUCKET_RULE);
  if (value.length < 3 || value.length > 63) return reject(lengthProblem(value), BUCKET_RULE);
  const bad = value.match(/[^a-z0-9.-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, BUCKET_RULE);
  if (!/^[a-z0-9]/.test(value) || !/[a-z0-9]$/.test(value)) return reject("does not start and end with a letter or digit", BUCKET_RULE);
  if (value.includes("..")) return reject("has two dots in a row ('..')", BUCKET_RULE);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return reject("is formatted as an IP address", BUCKET_RULE);
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(value) || /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(value)) {
    return reject("uses a prefix or suffix S3 reserves", BUCKET_RULE);
  }
  return accept(value);
}
var PREFIX_RULE = "a key prefix of segments made of letters, digits and ! - _ . ' ( ) = + @ , separated by '/', at most 512 characters, with no wildcard; it is normalised to end with '/'";
function s3KeyPrefix(raw, bucket) {
  const location = s3LocationIn(raw.trim());
  if (location) return reject(locationAsPrefixProblem(location, bucket), PREFIX_RULE);
  const value = raw.trim().replace(/^\/+/, "");
  if (value === "") return accept("");
  if (value.length > 512) return reject(lengthProblem(value), PREFIX_RULE);
  const bad = value.match(/[^\w!.'()=+@,/-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, PREFIX_RULE);
  if (value.includes("//")) return reject("has an empty segment ('//')", PREFIX_RULE);
  if (value.split("/").some((segment) => segment === "." || segment === "..")) return reject("has a '.' or '..' segment", PREFIX_RULE);
  return accept(value.endsWith("/") ? value : `${value}/`);
}
function locationAsPrefixProblem(location, bucket) {
  const form = location.form === "a bucket ARN" ? "an S3 ARN" : location.form;
  if (bucket !== void 0 && location.bucket !== bucket) {
    return `is ${form} of the bucket ${quotedText(location.bucket)}, not staging-bucket's ${quotedText(bucket)}`;
  }
  const prefix = prefixIn(location);
  if (location.key === "") return `is ${form} of the whole bucket, not a key prefix: leave staging-prefix empty for the whole bucket`;
  return prefix === void 0 ? `is ${form}, not a key prefix` : `is ${form}, not a key prefix: the prefix in it is ${quotedText(prefix)}`;
}
var CLUSTER_ID_RULE = 'a Redshift cluster identifier: 1 to 63 lowercase letters, digits and hyphens, starting with a letter, with no "--" and no trailing hyphen';
function clusterIdentifierInside(value, where) {
  const endpoint = /^(?:[a-z]+:(?:[a-z]+:)?\/\/)?([a-z][a-z0-9-]*)\.[a-z0-9]+\.([a-z0-9-]+)\.redshift\.amazonaws\.com(?:\.cn)?(?::\d+)?(?:\/.*)?$/.exec(value);
  if (endpoint) return `is the cluster's endpoint, not its identifier: the identifier is its first part, ${quotedText(endpoint[1])}${placeNote(where, endpoint[2])}`;
  const arn = /^arn:[^:]*:redshift:([^:]*):([^:]*):cluster:([^:/]+)$/.exec(value);
  if (arn) return `is the cluster's ARN, not its identifier: the identifier is its last part, ${quotedText(arn[3])}${placeNote(where, arn[1], arn[2])}`;
  return void 0;
}
function placeNote(where, region, account) {
  if (where === void 0) return "";
  const regionNote = region !== where.region && /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(region) ? `; and its Region, ${region}, in redshift-region (now ${where.region})` : "";
  const accountNote = account !== void 0 && account !== where.account && /^\d{12}$/.test(account) ? `; and its account, ${account}, in account-id (now ${where.account}: the policy names the cluster or workgroup in the role's account)` : "";
  return regionNote + accountNote;
}
function redshiftClusterId(raw, where) {
  const value = raw.trim().toLowerCase();
  const identifierInside = clusterIdentifierInside(value, where);
  if (identifierInside) return reject(identifierInside, CLUSTER_ID_RULE);
  if (value.length === 0 || value.length > 63) return reject(lengthProblem(value), CLUSTER_ID_RULE);
  const bad = value.match(/[^a-z0-9-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, CLUSTER_ID_RULE);
  if (!/^[a-z]/.test(value)) return reject("does not start with a letter", CLUSTER_ID_RULE);
  if (value.includes("--") || value.endsWith("-")) return reject('has "--" or ends with a hyphen', CLUSTER_ID_RULE);
  return accept(value);
}
var WORKGROUP_RULE = "a Redshift Serverless workgroup id (a UUID such as 8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f): IAM names a workgroup by its id, which `aws redshift-serverless get-workgroup --workgroup-name NAME --query workgroup.workgroupId` prints";
var WORKGROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function redshiftWorkgroupId(raw, where) {
  const value = raw.trim().toLowerCase();
  if (WORKGROUP_ID.test(value)) return accept(value);
  const arn = /^arn:[^:]*:redshift-serverless:([^:]*):([^:]*):workgroup\/([^/]+)$/.exec(value);
  if (arn && WORKGROUP_ID.test(arn[3])) {
    return reject(`is the workgroup's ARN, not its id: the id is its last part, ${quotedText(arn[3])}${placeNote(where, arn[1], arn[2])}`, WORKGROUP_RULE);
  }
  const endpointName = /^(?:[a-z]+:(?:[a-z]+:)?\/\/)?([a-z0-9-]+)\.\d{12}\.[a-z0-9-]+\.redshift-serverless\.amazonaws\.com(?:\.cn)?(?::\d+)?(?:\/.*)?$/s.exec(value)?.[1];
  if (endpointName !== void 0) return reject(`is the workgroup's endpoint, which names the workgroup ${quotedText(endpointName)}, not its id`, WORKGROUP_RULE);
  const nonAscii = nonAsciiProblem(value);
  if (nonAscii) return reject(nonAscii, WORKGROUP_RULE);
  if (/^[a-z0-9-]{3,64}$/.test(value)) return reject("looks like a workgroup name, not its id", WORKGROUP_RULE);
  return reject("is not a workgroup id", WORKGROUP_RULE);
}
var DB_USER_RULE = "a Redshift database user for GetClusterCredentials: 1 to 64 letters, digits and _ + . @ -, starting with a letter, not PUBLIC and not a reserved word (USER, SYSTEM, DEFAULT, ...)";
var DB_NAME_RULE = "a Redshift name for GetClusterCredentials: 1 to 64 lowercase letters, digits and _ + . @ -, starting with a letter, not a reserved word (USER, GROUP, TABLE, ...)";
function redshiftName(raw, rule) {
  const value = raw.trim();
  if (value.length === 0 || value.length > 64) return reject(lengthProblem(value), rule);
  const bad = value.match(/[^\w+.@-]/u);
  if (bad) return reject(`contains ${describeChar(bad[0])}`, rule);
  if (!/^[A-Za-z]/.test(value)) return reject("does not start with a letter", rule);
  const upper = value.toUpperCase();
  if (REDSHIFT_RESERVED_WORDS.has(upper)) return reject(`is ${upper}, a Redshift reserved word`, rule);
  return accept(value);
}
function dbUserInsideLogOnName(value) {
  const prefixed = /^(IAMA?):(.*)$/is.exec(value);
  if (!prefixed || !plainDbUser(prefixed[2]).ok) return void 0;
  return `is the name Redshift shows for a user who logged on with GetClusterCredentials (IAM: or IAMA: before the DbUser), not the DbUser the connector asks for: give the name after it, ${quotedText(prefixed[2].trim())}`;
}
function redshiftDbUser(raw) {
  const logOnName = dbUserInsideLogOnName(raw.trim());
  return logOnName ? reject(logOnName, DB_USER_RULE) : plainDbUser(raw);
}
function plainDbUser(raw) {
  const name = redshiftName(raw, DB_USER_RULE);
  if (name.ok && name.value.toLowerCase() === "public") return reject("is PUBLIC, the group every database user belongs to", DB_USER_RULE);
  return name;
}
function redshiftDbIdentifier(raw) {
  const name = redshiftName(raw, DB_NAME_RULE);
  if (name.ok && name.value !== name.value.toLowerCase()) return reject(`has upper-case letters (the API takes ${name.value.toLowerCase()})`, DB_NAME_RULE);
  return name;
}
function listOf(raw, item, maxItems, what) {
  const parts = raw.split(/[,\n]/).map((p) => p.trim()).filter((p) => p !== "");
  const seen = /* @__PURE__ */ new Set();
  for (const [i, part] of parts.entries()) {
    const r = item(part);
    if (!r.ok) return reject(`item ${i + 1} ${r.problem}`, r.rule);
    seen.add(r.value);
  }
  if (seen.size > maxItems) return reject(`lists ${seen.size} different ${what}`, `at most ${maxItems} ${what}, separated by commas or line breaks`);
  return accept([...seen]);
}
var SESSION_MIN = 900;
var SESSION_MAX = 43200;
var SESSION_RULE = `whole seconds from ${SESSION_MIN} (15 minutes) to ${SESSION_MAX} (12 hours), the connector's Temporary Credential Duration`;
function sessionDuration(raw) {
  const value = raw.trim();
  if (!/^\d{1,6}$/.test(value)) return reject(nonAsciiProblem(value) ?? "is not a whole number of seconds", SESSION_RULE);
  const seconds = Number(value);
  if (seconds < SESSION_MIN || seconds > SESSION_MAX) return reject(`is ${seconds} seconds`, SESSION_RULE);
  return accept(seconds);
}

// src/core/inputs/input-error.ts
function formatInputError(error2) {
  const shown = error2.value === void 0 ? "" : ` ${quotedText(error2.value, SHOWN_CHARACTERS)}`;
  return `Input '${error2.input}':${shown} ${error2.problem}. Expected ${error2.rule}.`;
}
var SHOWN_CHARACTERS = 80;
function checkInput(input, raw, result, echo = true) {
  if (result.ok) return result;
  return { ok: false, error: { input, ...echo ? { value: raw } : {}, problem: result.problem, rule: result.rule } };
}
var RefusedInput = class extends Error {
  constructor(inputError) {
    super(formatInputError(inputError));
    this.inputError = inputError;
    this.name = "RefusedInput";
  }
  inputError;
};

// src/modes/generate.ts
import path3 from "node:path";

// src/core/iam/policy.ts
var POLICY_VERSION = "2012-10-17";
var ROLE_INLINE_POLICIES_MAX = 10240;
var USER_INLINE_POLICIES_MAX = 2048;

// src/core/json.ts
function prettyJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function compactJson(value) {
  return JSON.stringify(value);
}

// src/core/generate/role-policies/kms-policy.ts
var KMS_ACTIONS = ["kms:GenerateDataKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*"];
function kmsPolicyFor(inputs) {
  const statement = { Sid: "UseRedshiftStagingKey", Effect: "Allow", Action: [...KMS_ACTIONS], Resource: "*" };
  const key = inputs.kmsKey;
  if (key?.type === "key") statement.Resource = key.arn;
  if (key?.type === "alias") {
    statement.Resource = kmsKeyWildcardArn(inputs.partition, key.region, key.account);
    statement.Condition = { "ForAnyValue:StringEquals": { "kms:ResourceAliases": key.id } };
  }
  return { Version: POLICY_VERSION, Statement: [statement] };
}
var KMS_POLICY = {
  file: "kms-policy.json",
  output: "kms-policy",
  policyName: "redshift-temp-creds-kms",
  purpose: "inline policy for the role (KMS)",
  key: "Kms",
  build: (inputs) => inputs.kms ? kmsPolicyFor(inputs) : void 0
};

// src/core/generate/role-policies/redshift-db-auth-policy.ts
var CLUSTER_CREDENTIALS_ACTION = "redshift:GetClusterCredentials";
var JOIN_GROUP_ACTION = "redshift:JoinGroup";
var SERVERLESS_CREDENTIALS_ACTION = "redshift-serverless:GetCredentials";
var DB_NAME_KEY = "redshift:DbName";
var CREATE_USER_ACTION = "redshift:CreateClusterUser";
function redshiftDbAuthPolicyFor(inputs) {
  const r = inputs.redshift;
  if (!r) return void 0;
  const { partition: partition2, accountId: accountId2 } = inputs;
  if (r.kind === "serverless") {
    return {
      Version: POLICY_VERSION,
      Statement: [
        { Sid: "GetServerlessCredentials", Effect: "Allow", Action: SERVERLESS_CREDENTIALS_ACTION, Resource: redshiftWorkgroupArn(partition2, r.region, accountId2, r.workgroupId) }
      ]
    };
  }
  const arn = (type, name) => redshiftClusterArn(partition2, r.region, accountId2, type, r.clusterId, name);
  const resources = [arn("dbuser", r.dbUser), arn("dbname", r.dbName ?? "*")];
  const credentials = { Sid: "GetClusterCredentials", Effect: "Allow", Action: CLUSTER_CREDENTIALS_ACTION, Resource: resources };
  if (r.dbName) credentials.Condition = { StringEquals: { [DB_NAME_KEY]: r.dbName } };
  const statements = [credentials];
  if (r.autoCreate) statements.push({ Sid: "CreateDbUser", Effect: "Allow", Action: CREATE_USER_ACTION, Resource: arn("dbuser", r.dbUser) });
  if (r.dbGroups.length > 0) {
    const groups = r.dbGroups.map((g) => arn("dbgroup", g));
    statements.push({ Sid: "JoinDbGroups", Effect: "Allow", Action: JOIN_GROUP_ACTION, Resource: groups.length === 1 ? groups[0] : groups });
  }
  return { Version: POLICY_VERSION, Statement: statements };
}
var REDSHIFT_DB_AUTH_POLICY = {
  file: "redshift-db-auth-policy.json",
  output: "redshift-db-auth-policy",
  policyName: "redshift-temp-creds-db-auth",
  purpose: "inline policy for the role (Redshift database credentials)",
  key: "RedshiftDbAuth",
  build: redshiftDbAuthPolicyFor
};

// src/core/generate/role-policies/s3-staging-policy.ts
var S3_OBJECT_ACTIONS = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"];
var S3_LIST_ACTION = "s3:ListBucket";
var S3_UPLOADS_ACTION = "s3:ListBucketMultipartUploads";
var S3_STAGING_ACTIONS = [S3_LIST_ACTION, S3_UPLOADS_ACTION, ...S3_OBJECT_ACTIONS];
function s3StagingPolicyFor(inputs) {
  const bucket = inputs.stagingBucket;
  if (!bucket) return void 0;
  const prefix = inputs.stagingPrefix ?? "";
  const bucketArn = s3BucketArn(inputs.partition, bucket);
  const statements = [];
  if (prefix) {
    statements.push({
      Sid: "ListStagingPrefix",
      Effect: "Allow",
      Action: S3_LIST_ACTION,
      Resource: bucketArn,
      Condition: { StringLike: { "s3:prefix": [prefix, `${prefix}*`] } }
    });
    statements.push({ Sid: "ListStagingUploads", Effect: "Allow", Action: S3_UPLOADS_ACTION, Resource: bucketArn });
  } else {
    statements.push({ Sid: "ListStagingBucket", Effect: "Allow", Action: [S3_LIST_ACTION, S3_UPLOADS_ACTION], Resource: bucketArn });
  }
  statements.push({ Sid: "UseStagingObjects", Effect: "Allow", Action: [...S3_OBJECT_ACTIONS], Resource: s3ObjectsArn(inputs.partition, bucket, prefix) });
  return { Version: POLICY_VERSION, Statement: statements };
}
var S3_STAGING_POLICY = {
  file: "s3-staging-policy.json",
  output: "s3-staging-policy",
  policyName: "redshift-temp-creds-s3-staging",
  purpose: "inline policy for the role (S3 staging)",
  key: "S3Staging",
  build: s3StagingPolicyFor
};

// src/core/generate/role-policies/index.ts
var ROLE_POLICY_MODULES = [KMS_POLICY, S3_STAGING_POLICY, REDSHIFT_DB_AUTH_POLICY];
function rolePoliciesFor(inputs) {
  return ROLE_POLICY_MODULES.flatMap((module) => {
    const document = module.build(inputs);
    return document ? [{ module, document }] : [];
  });
}
function rolePoliciesOverQuota(inputs, policies) {
  const sizes = policies.map((p) => ({ file: p.module.file, size: compactJson(p.document).length }));
  const total = sizes.reduce((sum, s) => sum + s.size, 0);
  if (total <= ROLE_INLINE_POLICIES_MAX) return void 0;
  const groups = inputs.redshift?.kind === "cluster" ? inputs.redshift.dbGroups.length : 0;
  const parts = sizes.map((s) => `${s.file} ${groupDigits(s.size)}`).join(", ");
  return {
    input: groups > 0 ? "db-groups" : "staging-prefix",
    problem: `${groups > 0 ? `lists ${groups} groups, which make` : "makes"} the role's inline policies ${groupDigits(total)} characters in all (${parts}; white space not counted), over the ${groupDigits(ROLE_INLINE_POLICIES_MAX)} IAM allows one role's inline policies together, so put-role-policy, CloudFormation and Terraform would refuse them`,
    rule: `inputs whose role policies total at most ${groupDigits(ROLE_INLINE_POLICIES_MAX)} characters${groups > 0 ? ": fewer or shorter database groups" : ""}`
  };
}

// src/core/generate/documents.ts
function roleArnFor(inputs) {
  return roleArn(inputs.partition, inputs.accountId, inputs.rolePath, inputs.roleName);
}
function principalArnFor(inputs) {
  if (inputs.trustPrincipal === "user") return userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath);
  if (inputs.trustPrincipal === "role" && inputs.principalRole) {
    return roleArn(inputs.partition, inputs.userAccountId, inputs.principalRole.path, inputs.principalRole.name);
  }
  return accountRootArn(inputs.partition, inputs.userAccountId);
}
var TRUST_SIDS = { user: "TrustRedshiftConnectorUser", account: "TrustRedshiftConnectorAccount", role: "TrustRedshiftConnectorRole" };
function userPolicyFor(inputs) {
  return {
    Version: POLICY_VERSION,
    Statement: [{ Sid: "AssumeRedshiftTempCredsRole", Effect: "Allow", Action: "sts:AssumeRole", Resource: roleArnFor(inputs) }]
  };
}
function trustPolicyFor(inputs) {
  const statement = {
    Sid: TRUST_SIDS[inputs.trustPrincipal],
    Effect: "Allow",
    Principal: { AWS: principalArnFor(inputs) },
    Action: "sts:AssumeRole"
  };
  if (inputs.externalId !== void 0) statement.Condition = { StringEquals: { "sts:ExternalId": inputs.externalId } };
  return { Version: POLICY_VERSION, Statement: [statement] };
}
function documentsFor(inputs) {
  const docs = {
    roleArn: roleArnFor(inputs),
    principalArn: principalArnFor(inputs),
    userArn: inputs.userName ? userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath) : "",
    userPolicy: userPolicyFor(inputs),
    trustPolicy: trustPolicyFor(inputs),
    rolePolicies: rolePoliciesFor(inputs)
  };
  const s3 = s3StagingPolicyFor(inputs);
  if (s3) docs.s3StagingPolicy = s3;
  const db = redshiftDbAuthPolicyFor(inputs);
  if (db) docs.redshiftDbAuthPolicy = db;
  if (inputs.kms) {
    docs.kmsPolicy = kmsPolicyFor(inputs);
    docs.kmsKeyPolicyStatement = kmsKeyPolicyStatementFor(docs.roleArn);
    if (!inputs.kmsKey) {
      docs.kmsWarning = 'The KMS policy allows its five actions on Resource "*" (every key the role can reach), as in the vendor sample. Set kms-key-arn to scope it to the staging key.';
    } else if (inputs.kmsKey.account !== inputs.accountId) {
      docs.kmsNotice = `The key is in account ${inputs.kmsKey.account}, not the role's (${inputs.accountId}): its key policy must also allow ${docs.roleArn} these actions, or KMS refuses them whatever kms-policy.json allows. Change it with account ${inputs.kmsKey.account}'s credentials after the apply commands have made the role: KMS refuses a key policy that names a role it cannot see yet (MalformedPolicyDocumentException), and a new role can take a few seconds to become visible. The job summary shows the statement to add to the key policy's Statement list${inputs.kmsKey.type === "alias" ? ` of the key that ${inputs.kmsKey.id} points to` : ""} (PutKeyPolicy replaces the whole policy: add it to the one get-key-policy prints).`;
    }
  }
  return docs;
}
function kmsKeyPolicyStatementFor(roleArn2) {
  return { Sid: "AllowRedshiftConnectorRoleUseOfTheKey", Effect: "Allow", Principal: { AWS: roleArn2 }, Action: [...KMS_ACTIONS], Resource: "*" };
}
var EXTERNAL_ID_MASK_MIN = 8;
function externalIdMasking(externalId2, outputs) {
  const holders = Object.keys(outputs).filter((name) => outputs[name].includes(externalId2));
  const short = externalId2.length < EXTERNAL_ID_MASK_MIN;
  if (!short && holders.length === 0) return { mask: true };
  const why = [];
  if (short) {
    why.push(
      `external-id is ${externalId2.length} characters long, fewer than ${EXTERNAL_ID_MASK_MIN}: GitHub masks every occurrence of a masked value in the log of this step and of every later step in the job, so masking it would hide ordinary text throughout`
    );
  }
  if (holders.length > 0) {
    why.push(
      `${short ? "its text is" : "external-id is"} also in the outputs ${holders.join(", ")}, which GitHub would drop from the job's outputs if it were masked ("Skip output ... since it may contain secret"), and which the job summary shows in full`
    );
  }
  return {
    mask: false,
    warning: `The action does not mask the external id in the log (GitHub masks a value passed from the secrets context all the same): ${why.join("; ")}. AWS does not treat the external ID as a secret (anyone who can read the role sees it in its trust policy), but an id that is short or found in names is easy to guess: a long random one that no ARN, policy or path holds (a UUID) is masked.`
  };
}

// src/core/hash.ts
import * as crypto2 from "node:crypto";
var sha256Hex = typeof crypto2.hash === "function" ? (text) => crypto2.hash("sha256", text, "hex") : (text) => crypto2.createHash("sha256").update(text, "utf8").digest("hex");

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

// src/core/generate/file-names.ts
var FILE_NAMES = {
  userPolicy: "user-policy.json",
  trustPolicy: "trust-policy.json",
  kmsPolicy: "kms-policy.json",
  s3StagingPolicy: "s3-staging-policy.json",
  redshiftDbAuthPolicy: "redshift-db-auth-policy.json",
  manifest: MANIFEST_FILE
};
var ROLE_POLICY_FILES = ROLE_POLICY_MODULES.map((m) => m.file);

// src/core/generate/deploy-target.ts
var REQUESTER_POLICY_PREFIX = "redshift-temp-creds-assume-";
function requesterPolicyName(inputs) {
  return `${REQUESTER_POLICY_PREFIX}${inputs.accountId}-${inputs.roleName}`;
}
function requesterOf(inputs) {
  const crossAccount = inputs.userAccountId !== inputs.accountId;
  const policyName = requesterPolicyName(inputs);
  if (inputs.trustPrincipal === "role" && inputs.principalRole) return { kind: "role", name: inputs.principalRole.name, account: inputs.userAccountId, policyName, crossAccount };
  if (inputs.userName) return { kind: "user", name: inputs.userName, account: inputs.userAccountId, policyName, crossAccount };
  return void 0;
}
var MIN_MAX_SESSION = 3600;
function maxSessionDurationFor(inputs) {
  return inputs.sessionDuration === void 0 ? void 0 : Math.max(MIN_MAX_SESSION, inputs.sessionDuration);
}
function requesterPolicyRoom(inputs, size, roleArnLength, kind = inputs.trustPrincipal === "role" ? "role" : "user") {
  const quota = kind === "role" ? ROLE_INLINE_POLICIES_MAX : USER_INLINE_POLICIES_MAX;
  const rolesInOnePolicy = quota < size + 2 ? 0 : 1 + Math.floor((quota - size - 2) / (roleArnLength + 3));
  return { kind, quota, size, perRolePolicies: Math.floor(quota / size), rolesInOnePolicy };
}

// src/core/generate/apply-commands.ts
var POLICY_NAMES = { kms: KMS_POLICY.policyName };
var purposeName = (purpose) => purpose.replace(/^inline policy for the role \((.*)\)$/, "$1");
function applyCommandsFor(inputs, docs) {
  const commands = [];
  const requester = requesterOf(inputs);
  if (requester) {
    const user = requester.kind === "user";
    commands.push({
      purpose: `Allow ${user ? docs.userArn : docs.principalArn} to assume the role`,
      account: requester.account,
      argv: [
        "aws",
        "iam",
        user ? "put-user-policy" : "put-role-policy",
        ...cliOption(user ? "--user-name" : "--role-name", requester.name),
        "--policy-name",
        requester.policyName,
        "--policy-document",
        `file://${FILE_NAMES.userPolicy}`
      ]
    });
  }
  const maxSession = maxSessionDurationFor(inputs);
  commands.push({
    purpose: `Create ${docs.roleArn} with its trust policy, when get-role finds no role of that name (a role that exists is left to update-assume-role-policy below, which sets its trust policy)`,
    account: inputs.accountId,
    argv: [
      "aws",
      "iam",
      "create-role",
      ...cliOption("--role-name", inputs.roleName),
      ...cliOption("--path", inputs.rolePath),
      "--assume-role-policy-document",
      `file://${FILE_NAMES.trustPolicy}`,
      ...maxSession !== void 0 ? ["--max-session-duration", String(maxSession)] : []
    ],
    onlyIf: { argv: ["aws", "iam", "get-role", ...cliOption("--role-name", inputs.roleName)], when: "fails" }
  });
  commands.push({
    purpose: `Check that this prints ${docs.roleArn}: a role that already exists keeps the path it was made with (IAM cannot change a role's path), and user-policy.json names the role by this ARN, so with another path sts:AssumeRole is refused. If it prints another, set role-path to the path it shows and generate again`,
    account: inputs.accountId,
    argv: roleArnCommand(inputs.roleName)
  });
  commands.push({
    purpose: `Let ${docs.principalArn} assume ${docs.roleArn}`,
    account: inputs.accountId,
    argv: ["aws", "iam", "update-assume-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-document", `file://${FILE_NAMES.trustPolicy}`]
  });
  for (const { module } of docs.rolePolicies) {
    commands.push({
      purpose: `Give the role its ${purposeName(module.purpose)} permissions`,
      account: inputs.accountId,
      argv: ["aws", "iam", "put-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName, "--policy-document", `file://${module.file}`]
    });
  }
  const made2 = new Set(docs.rolePolicies.map((p) => p.module));
  for (const module of ROLE_POLICY_MODULES) {
    if (made2.has(module)) continue;
    commands.push({
      purpose: `Remove the role's ${purposeName(module.purpose)} permissions, which these inputs no longer ask for, when get-role-policy finds that an earlier deploy put them`,
      account: inputs.accountId,
      argv: ["aws", "iam", "delete-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName],
      onlyIf: { argv: ["aws", "iam", "get-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName], when: "succeeds" }
    });
  }
  if (maxSession !== void 0) {
    commands.push({
      purpose: `Let the role's sessions last ${maxSession} seconds (MaxSessionDuration)`,
      account: inputs.accountId,
      argv: ["aws", "iam", "update-role", ...cliOption("--role-name", inputs.roleName), "--max-session-duration", String(maxSession)]
    });
  }
  return commands;
}
var CLI_FORMAT = {
  name: "cli",
  title: "AWS CLI",
  fileNames: [],
  files: () => [],
  commands: applyCommandsFor
};
function commandLine(command) {
  const run2 = shellCommand(command.argv);
  if (!command.onlyIf) return run2;
  const test = `${shellCommand(command.onlyIf.argv)} > /dev/null 2>&1`;
  return `if ${command.onlyIf.when === "fails" ? "! " : ""}${test}; then ${run2}; fi`;
}

// src/core/generate/formats/cloudformation.ts
var ROLE_RESOURCE = "RedshiftTempCredsRole";
var REQUESTER_RESOURCE = "RedshiftTempCredsRequesterPolicy";
function requesterPolicyResource(requester, document) {
  return {
    Type: "AWS::IAM::Policy",
    Properties: {
      PolicyName: requester.policyName,
      PolicyDocument: document,
      ...requester.kind === "user" ? { Users: [requester.name] } : { Roles: [requester.name] }
    }
  };
}
function cloudFormationTemplates(inputs, docs) {
  const requester = requesterOf(inputs);
  const maxSession = maxSessionDurationFor(inputs);
  const role = {
    Type: "AWS::IAM::Role",
    // Deleting the stack (or replacing the resource) leaves the role the connector uses in place; resource
    // import, which brings an existing role into the stack, also requires a DeletionPolicy.
    DeletionPolicy: "Retain",
    UpdateReplacePolicy: "Retain",
    Properties: {
      RoleName: inputs.roleName,
      Path: inputs.rolePath,
      Description: "Informatica Amazon Redshift V2 connector: temporary security credentials",
      AssumeRolePolicyDocument: docs.trustPolicy,
      ...maxSession !== void 0 ? { MaxSessionDuration: maxSession } : {},
      ...docs.rolePolicies.length > 0 ? { Policies: docs.rolePolicies.map((p) => ({ PolicyName: p.module.policyName, PolicyDocument: p.document })) } : {}
    }
  };
  const resources = { [ROLE_RESOURCE]: role };
  if (requester && !requester.crossAccount) resources[REQUESTER_RESOURCE] = requesterPolicyResource(requester, docs.userPolicy);
  const files = [
    {
      name: CLOUDFORMATION_FILES.role,
      content: prettyJson({
        AWSTemplateFormatVersion: "2010-09-09",
        Description: "IAM role for the Informatica Amazon Redshift V2 connector (made by redshift-temp-creds-action)",
        Resources: resources,
        Outputs: { RoleArn: { Description: "The role the connector assumes", Value: { "Fn::GetAtt": [ROLE_RESOURCE, "Arn"] } } }
      })
    }
  ];
  if (requester?.crossAccount) {
    files.push({
      name: CLOUDFORMATION_FILES.requester,
      content: prettyJson({
        AWSTemplateFormatVersion: "2010-09-09",
        Description: "Lets the Redshift connector identity assume the role in the other account (made by redshift-temp-creds-action)",
        Resources: { [REQUESTER_RESOURCE]: requesterPolicyResource(requester, docs.userPolicy) }
      })
    });
  }
  return files;
}
var MAX_SESSION_LEFT_OUT = `The template does not set MaxSessionDuration (no session-duration): if an earlier deploy of this stack set it, this one takes it off and IAM puts the role's sessions back to ${MIN_MAX_SESSION} seconds (UpdateRole applies its default of one hour), so the connector's AssumeRole for a longer Temporary Credential Duration is refused; give session-duration as before to keep it`;
var STACK_PREFIX = "redshift-temp-creds-";
var REQUESTER_STACK_SUFFIX = "-requester";
var STACK_NAME_MAX = 128;
var STACK_HASH_DIGITS = 8;
function stackNameFor(roleName, requesterOfRoleIn) {
  const suffix = requesterOfRoleIn === void 0 ? "" : REQUESTER_STACK_SUFFIX;
  const account = requesterOfRoleIn === void 0 ? "" : `${requesterOfRoleIn}-`;
  const kept = /^[A-Za-z0-9-]+$/.test(roleName) && !/-[0-9a-f]{8}$/i.test(roleName) && !/-requester$/i.test(roleName);
  if (kept && STACK_PREFIX.length + account.length + roleName.length + suffix.length <= STACK_NAME_MAX) return `${STACK_PREFIX}${account}${roleName}${suffix}`;
  const hash2 = `-${sha256Hex(roleName).slice(0, STACK_HASH_DIGITS)}`;
  const room = STACK_NAME_MAX - STACK_PREFIX.length - account.length - hash2.length - suffix.length;
  return `${STACK_PREFIX}${account}${roleName.replace(/[^A-Za-z0-9-]/g, "-").slice(0, room)}${hash2}${suffix}`;
}
function deploy(template, stack) {
  return ["aws", "cloudformation", "deploy", "--template-file", template, "--stack-name", stack, "--capabilities", "CAPABILITY_NAMED_IAM", "--no-fail-on-empty-changeset"];
}
var CLOUDFORMATION_FORMAT = {
  name: "cloudformation",
  title: "CloudFormation",
  fileNames: Object.values(CLOUDFORMATION_FILES),
  files: cloudFormationTemplates,
  commands(inputs, docs) {
    const requester = requesterOf(inputs);
    const commands = [];
    if (requester?.crossAccount) {
      commands.push({
        purpose: `Deploy the policy that lets ${docs.principalArn} assume the role`,
        account: requester.account,
        argv: deploy(CLOUDFORMATION_FILES.requester, stackNameFor(inputs.roleName, inputs.accountId))
      });
    }
    commands.push({
      // With RoleName set, CloudFormation's CreateRole fails on a role made before (by hand, by the CLI commands),
      // and the failed stack must be deleted before the next deploy. Import takes a template of imported resources
      // only, and the requester's AWS::IAM::Policy cannot be imported: a template of the role resource alone.
      purpose: `Create or update ${docs.roleArn} with its trust policy and inline policies${requester && !requester.crossAccount ? ", and the requester policy" : ""} (a role that already exists outside this stack makes the deploy fail with "already exists": bring it into the stack first, once, with a change set of type IMPORT of a template that holds only the ${ROLE_RESOURCE} resource; its path must be role-path (${inputs.rolePath}), since IAM cannot change a role's path and the policies name the role by its ARN, path included: check with ${shellCommand(roleArnCommand(inputs.roleName))})` + (maxSessionDurationFor(inputs) === void 0 ? `. ${MAX_SESSION_LEFT_OUT}` : ""),
      account: inputs.accountId,
      argv: deploy(CLOUDFORMATION_FILES.role, stackNameFor(inputs.roleName))
    });
    return commands;
  }
};

// src/core/generate/formats/terraform.ts
var TERRAFORM_REQUESTER_DIR = "requester-account";
var ROLE = "redshift_temp_creds";
var PROVIDERS = { required_providers: { aws: { source: "hashicorp/aws" } } };
var snake = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
function requesterResources(requester, policy) {
  const name = requester.policyName;
  return requester.kind === "user" ? { aws_iam_user_policy: { requester_assume_role: { name, user: requester.name, policy } } } : { aws_iam_role_policy: { requester_assume_role: { name, role: requester.name, policy } } };
}
function terraformFiles(inputs, docs) {
  const requester = requesterOf(inputs);
  const maxSession = maxSessionDurationFor(inputs);
  const rolePolicies = {};
  for (const p of docs.rolePolicies) {
    rolePolicies[snake(p.module.key)] = { name: p.module.policyName, role: `\${aws_iam_role.${ROLE}.name}`, policy: compactJson(p.document) };
  }
  const resource = {
    aws_iam_role: {
      [ROLE]: {
        name: inputs.roleName,
        path: inputs.rolePath,
        description: "Informatica Amazon Redshift V2 connector: temporary security credentials",
        assume_role_policy: compactJson(docs.trustPolicy),
        // Without session-duration the role's MaxSessionDuration is not ours to set, as the CLI commands and
        // CloudFormation leave it. The provider gives max_session_duration a default of 3600: an imported role
        // whose sessions last longer would be cut back to an hour, and the connector's AssumeRole for its longer
        // Temporary Credential Duration refused. ignore_changes keeps IAM's value; a new role still gets 3600.
        ...maxSession !== void 0 ? { max_session_duration: maxSession } : { lifecycle: { ignore_changes: ["max_session_duration"] } }
      }
    }
  };
  if (requester && !requester.crossAccount && requester.kind === "role") {
    rolePolicies.requester_assume_role = { name: requester.policyName, role: requester.name, policy: compactJson(docs.userPolicy) };
  }
  if (Object.keys(rolePolicies).length > 0) resource.aws_iam_role_policy = rolePolicies;
  if (requester && !requester.crossAccount && requester.kind === "user") Object.assign(resource, requesterResources(requester, compactJson(docs.userPolicy)));
  const files = [
    { name: TERRAFORM_FILES.role, content: prettyJson({ terraform: PROVIDERS, resource, output: { role_arn: { value: `\${aws_iam_role.${ROLE}.arn}` } } }) }
  ];
  if (requester?.crossAccount) {
    files.push({ name: TERRAFORM_FILES.requester, content: prettyJson({ terraform: PROVIDERS, resource: requesterResources(requester, compactJson(docs.userPolicy)) }) });
  }
  return files;
}
var TERRAFORM_FORMAT = {
  name: "terraform",
  title: "Terraform",
  fileNames: Object.values(TERRAFORM_FILES),
  files: terraformFiles,
  commands(inputs, docs) {
    const requester = requesterOf(inputs);
    const commands = [];
    if (requester?.crossAccount) {
      const chdir = `-chdir=${TERRAFORM_REQUESTER_DIR}`;
      commands.push(
        { purpose: "Give the requester policy a folder (a Terraform root module) of its own", account: requester.account, argv: ["mkdir", "-p", TERRAFORM_REQUESTER_DIR] },
        { purpose: "Move the requester policy there", account: requester.account, argv: ["mv", TERRAFORM_FILES.requester, `${TERRAFORM_REQUESTER_DIR}/`] },
        { purpose: "Initialise it", account: requester.account, argv: ["terraform", chdir, "init"] },
        { purpose: `Apply the policy that lets ${docs.principalArn} assume the role`, account: requester.account, argv: ["terraform", chdir, "apply"] }
      );
    }
    commands.push(
      { purpose: "Initialise the role module", account: inputs.accountId, argv: ["terraform", "init"] },
      {
        // Terraform creates what its state does not hold: a role made before (by hand, by the CLI commands) makes
        // apply fail with EntityAlreadyExists until it is imported. Its inline policies need no import (a put replaces).
        // The import command is quoted as the commands are: it is meant to be pasted (a name '=etl' in zsh).
        // The provider's aws_iam_role has path ForceNew: an imported role made with another path is planned for
        // replacement, which deletes the role and makes another (a new role id, which key policies and trusts naming
        // the old one no longer match). apply shows that plan and asks before it acts: no -auto-approve here.
        purpose: `Create ${docs.roleArn} with its trust policy and inline policies, or update it once this state holds it (a role that already exists: ${shellCommand(["terraform", "import", `aws_iam_role.${ROLE}`, inputs.roleName])} first). Read the plan before answering yes: if it would replace aws_iam_role.${ROLE}, the existing role's path is not role-path (${inputs.rolePath}), and replacing it deletes the role and makes a new one; answer no, set role-path to its path (IAM cannot change a role's path) and generate again`,
        account: inputs.accountId,
        argv: ["terraform", "apply"]
      }
    );
    return commands;
  }
};

// src/core/generate/formats/index.ts
var DEPLOY_FORMATS = { cli: CLI_FORMAT, cloudformation: CLOUDFORMATION_FORMAT, terraform: TERRAFORM_FORMAT };
function formatsFor(names) {
  return names.map((name) => DEPLOY_FORMATS[name]);
}
var ALL_FORMAT_FILES = Object.values(DEPLOY_FORMATS).flatMap((f) => f.fileNames);

// src/core/generate/file-set.ts
var ALL_FILE_NAMES = [...Object.values(FILE_NAMES), ...ALL_FORMAT_FILES];
function fileSetFor(inputs, docs, formats = ["cli"]) {
  const files = [
    { name: FILE_NAMES.userPolicy, content: prettyJson(docs.userPolicy) },
    { name: FILE_NAMES.trustPolicy, content: prettyJson(docs.trustPolicy) }
  ];
  for (const p of docs.rolePolicies) files.push({ name: p.module.file, content: prettyJson(p.document) });
  for (const format of formatsFor(formats)) files.push(...format.files(inputs, docs));
  const manifest = {
    generator: { name: ACTION_NAME, version: ACTION_VERSION },
    inputs: {
      partition: inputs.partition,
      "account-id": inputs.accountId,
      "role-name": inputs.roleName,
      "role-path": inputs.rolePath,
      "user-name": inputs.userName,
      "user-path": inputs.userName ? inputs.userPath : "",
      "user-account-id": inputs.userAccountId,
      "trust-principal": inputs.trustPrincipal,
      kms: inputs.kms,
      "kms-key-arn": inputs.kmsKey?.arn ?? "",
      // The external id itself stays out of the manifest, which is uploaded
      // as an artifact; the trust policy holds it where it is needed.
      "external-id-set": inputs.externalId !== void 0,
      "principal-role-name": inputs.principalRole?.name ?? "",
      "principal-role-path": inputs.principalRole?.path ?? "",
      "staging-bucket": inputs.stagingBucket ?? "",
      "staging-prefix": inputs.stagingPrefix ?? "",
      "redshift-db-auth": inputs.redshift?.kind ?? "none",
      ...redshiftManifest(inputs),
      "session-duration": inputs.sessionDuration ?? null,
      formats: [...formats]
    },
    arns: { role: docs.roleArn, principal: docs.principalArn, user: docs.userArn },
    files: files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content), bytes: Buffer.byteLength(f.content, "utf8") }))
  };
  files.push({ name: FILE_NAMES.manifest, content: prettyJson(manifest) });
  return files;
}
function redshiftManifest(inputs) {
  const r = inputs.redshift;
  if (!r) return {};
  if (r.kind === "serverless") return { "redshift-region": r.region, "redshift-workgroup": r.workgroupId };
  return { "redshift-region": r.region, "redshift-cluster-id": r.clusterId, "db-user": r.dbUser, "db-name": r.dbName ?? "", "db-groups": r.dbGroups, "db-auto-create": r.autoCreate === true };
}

// src/core/generate/inputs.ts
var TRUST_PRINCIPALS = ["user", "account", "role"];
var REDSHIFT_DB_AUTH = ["none", "cluster", "serverless"];
var FORMATS = ["cli", "cloudformation", "terraform"];
var ROLE_CHAINING_MAX_SECONDS = 3600;
var InputRejected = class {
  constructor(error2) {
    this.error = error2;
  }
  error;
};
function parseGenerateInputs(read, options = {}) {
  try {
    return { ok: true, value: readAll(read, options.roleChainingIsError ?? true) };
  } catch (e) {
    if (e instanceof InputRejected) return { ok: false, error: e.error };
    throw e;
  }
}
function readAll(read, roleChainingIsError) {
  const check = (input, raw, result, echo = true) => {
    const checked = checkInput(input, raw, result, echo);
    if (checked.ok) return checked.value;
    throw new InputRejected(checked.error);
  };
  const required = (input) => {
    const raw = read(input);
    if (raw.trim() === "") throw new InputRejected({ input, problem: "is required", rule: "a value for this input" });
    return raw;
  };
  const optional = (input) => {
    const raw = read(input);
    return raw.trim() === "" ? void 0 : raw;
  };
  const part = check("partition", read("partition"), partition(read("partition") || "aws"));
  const account = check("account-id", read("account-id"), accountId(required("account-id")));
  const roleName = check("role-name", read("role-name"), iamName(required("role-name"), "role-name", account));
  const rolePath = check("role-path", read("role-path"), iamPath(read("role-path")));
  const userAccountRaw = optional("user-account-id");
  const userAccountId = userAccountRaw === void 0 ? account : check("user-account-id", userAccountRaw, accountId(userAccountRaw));
  const userRaw = optional("user-name");
  const userName = userRaw === void 0 ? "" : check("user-name", userRaw, iamName(userRaw, "user-name", userAccountId));
  const userPathRaw = optional("user-path");
  const userPath = check("user-path", userPathRaw ?? "", iamPath(userPathRaw ?? ""));
  const trustRaw = optional("trust-principal");
  const trustPrincipal = trustRaw === void 0 ? userName ? "user" : "account" : check("trust-principal", trustRaw, oneOf(TRUST_PRINCIPALS, trustRaw));
  if (userPathRaw !== void 0 && userPathRaw.trim() !== "/" && !userName) {
    const roleMeant = trustPrincipal === "role" || optional("principal-role-name") !== void 0;
    throw new InputRejected(
      roleMeant ? {
        input: "user-path",
        problem: trustPrincipal === "role" ? "is set while trust-principal is 'role'" : "is set beside principal-role-name, without user-name",
        rule: "principal-role-path for the path of the role principal-role-name names, with trust-principal: role (user-path is the path of user-name's user, which trust-principal role does not take), or no user-path"
      } : { input: "user-path", problem: "is set without user-name", rule: "user-name for the user the path belongs to, or no user-path" }
    );
  }
  if (trustPrincipal === "user" && !userName) {
    throw new InputRejected({
      input: "user-name",
      problem: "is required when trust-principal is 'user'",
      rule: "the IAM user's name, or trust-principal: account to trust the account root"
    });
  }
  const principalRoleRaw = optional("principal-role-name");
  const principalPathRaw = optional("principal-role-path");
  let principalRole;
  if (trustPrincipal === "role") {
    if (principalRoleRaw === void 0) {
      throw new InputRejected({
        input: "principal-role-name",
        problem: "is required when trust-principal is 'role'",
        rule: "the name of the role that assumes this one (the Secure Agent's EC2 instance role or the worker-node role)"
      });
    }
    if (userName) {
      throw new InputRejected({
        input: "user-name",
        problem: "is set while trust-principal is 'role'",
        rule: "either a user (trust-principal: user) or a role (trust-principal: role and principal-role-name) requests the credentials, not both"
      });
    }
    principalRole = {
      name: check("principal-role-name", principalRoleRaw, iamName(principalRoleRaw, "principal-role-name", userAccountId)),
      path: check("principal-role-path", principalPathRaw ?? "", iamPath(principalPathRaw ?? ""))
    };
    if (userAccountId === account && principalRole.name.toLowerCase() === roleName.toLowerCase()) {
      throw new InputRejected({
        input: "principal-role-name",
        value: principalRoleRaw,
        problem: `names the role itself (role-name ${roleName} in account ${account}; IAM role names are unique in an account whatever their case or path)`,
        rule: "the role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role), not the role it assumes: the vendor's rule is that the requester has no access of its own"
      });
    }
  } else {
    for (const [input, raw] of [["principal-role-name", principalRoleRaw], ["principal-role-path", principalPathRaw]]) {
      if (raw !== void 0 && !(input === "principal-role-path" && raw.trim() === "/")) {
        const userPathNote = input === "principal-role-path" && trustPrincipal === "user" ? " (the path of user-name's user goes in user-path)" : "";
        throw new InputRejected({
          input,
          problem: `is set while trust-principal is '${trustPrincipal}'`,
          rule: `trust-principal: role to make the trust policy name that role, or no principal-role-name/principal-role-path${userPathNote}`
        });
      }
    }
  }
  const kms = check("kms", read("kms"), booleanFlag(read("kms")));
  const keyRaw = optional("kms-key-arn");
  const kmsKey = keyRaw === void 0 ? void 0 : check("kms-key-arn", keyRaw, kmsKeyArn(keyRaw, part));
  if (kmsKey && !kms) {
    throw new InputRejected({
      input: "kms-key-arn",
      problem: "is set while kms is false",
      rule: "kms: true to make the KMS policy for this key, or no kms-key-arn"
    });
  }
  const externalRaw = optional("external-id");
  const external = externalRaw === void 0 ? void 0 : check("external-id", externalRaw, externalId(externalRaw), false);
  const bucketRaw = optional("staging-bucket");
  const stagingBucket = bucketRaw === void 0 ? void 0 : check("staging-bucket", bucketRaw, s3BucketName(bucketRaw));
  const prefixRaw = optional("staging-prefix");
  const stagingPrefix = prefixRaw === void 0 ? "" : check("staging-prefix", prefixRaw, s3KeyPrefix(prefixRaw, stagingBucket));
  if (prefixRaw !== void 0 && stagingBucket === void 0) {
    throw new InputRejected({ input: "staging-prefix", problem: "is set without staging-bucket", rule: "staging-bucket set to the bucket the prefix is in, or no staging-prefix" });
  }
  const redshift = readRedshift(read, optional, check, part, account);
  const durationRaw = optional("session-duration");
  const duration = durationRaw === void 0 ? void 0 : check("session-duration", durationRaw, sessionDuration(durationRaw));
  if (roleChainingIsError && duration !== void 0 && duration > ROLE_CHAINING_MAX_SECONDS && trustPrincipal === "role") {
    throw new InputRejected({
      input: "session-duration",
      value: durationRaw,
      problem: `is ${duration} seconds while trust-principal is 'role': a role that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the connector's credentials would expire before the task`,
      rule: `at most ${ROLE_CHAINING_MAX_SECONDS} seconds with trust-principal: role (or trust-principal: user for longer sessions)`
    });
  }
  const formatsRaw = read("formats");
  const formatList = check("formats", formatsRaw, listOf(formatsRaw.trim() === "" ? "cli" : formatsRaw, (f) => oneOf(FORMATS, f.toLowerCase()), FORMATS.length, "formats"));
  if (formatList.length === 0) throw new InputRejected({ input: "formats", value: formatsRaw, problem: "names no format", rule: `one or more of ${FORMATS.join(", ")}` });
  const formats = FORMATS.filter((f) => formatList.includes(f));
  const outputDir = check("output-dir", read("output-dir"), filePath(read("output-dir") || "redshift-temp-creds"));
  const artifact = check("artifact-name", read("artifact-name"), artifactName(read("artifact-name")));
  return {
    partition: part,
    accountId: account,
    roleName,
    rolePath,
    userName,
    userPath,
    userAccountId,
    trustPrincipal,
    kms,
    ...kmsKey ? { kmsKey } : {},
    ...external ? { externalId: external } : {},
    ...principalRole ? { principalRole } : {},
    ...stagingBucket ? { stagingBucket, stagingPrefix } : {},
    ...redshift ? { redshift } : {},
    ...duration !== void 0 ? { sessionDuration: duration } : {},
    outputDir,
    artifactName: artifact,
    formats
  };
}
function readRedshift(read, optional, check, part, roleAccount) {
  const authRaw = read("redshift-db-auth");
  const auth = check("redshift-db-auth", authRaw, oneOf(REDSHIFT_DB_AUTH, authRaw.trim() === "" ? "none" : authRaw.toLowerCase()));
  const belongs = {
    "redshift-cluster-id": ["cluster"],
    "redshift-workgroup": ["serverless"],
    "redshift-region": ["cluster", "serverless"],
    "db-user": ["cluster"],
    "db-name": ["cluster"],
    "db-groups": ["cluster"],
    "db-auto-create": ["cluster"]
  };
  const autoCreateRaw = read("db-auto-create");
  const autoCreate = check("db-auto-create", autoCreateRaw, booleanFlag(autoCreateRaw));
  for (const [input, kinds] of Object.entries(belongs)) {
    const set = input === "db-auto-create" ? autoCreate : optional(input) !== void 0;
    if (set && !kinds.includes(auth)) {
      throw new InputRejected({
        input,
        problem: `is set while redshift-db-auth is '${auth}'`,
        rule: `redshift-db-auth: ${kinds.join(" or ")} to use it${auth === "serverless" && input.startsWith("db-") ? " (redshift-serverless:GetCredentials is authorised on the workgroup alone; the database user follows from the role)" : ""}`
      });
    }
  }
  if (auth === "none") return void 0;
  const need = (input) => {
    const raw = optional(input);
    if (raw === void 0) throw new InputRejected({ input, problem: `is required when redshift-db-auth is '${auth}'`, rule: "a value for this input" });
    return raw;
  };
  const regionRaw = need("redshift-region");
  const region = check("redshift-region", regionRaw, awsRegion(regionRaw, part));
  if (auth === "serverless") {
    const raw = need("redshift-workgroup");
    return { kind: "serverless", region, workgroupId: check("redshift-workgroup", raw, redshiftWorkgroupId(raw, { region, account: roleAccount })) };
  }
  const clusterRaw = need("redshift-cluster-id");
  const clusterId = check("redshift-cluster-id", clusterRaw, redshiftClusterId(clusterRaw, { region, account: roleAccount }));
  const userRaw = need("db-user");
  const dbUser = check("db-user", userRaw, redshiftDbUser(userRaw));
  const nameRaw = optional("db-name");
  const dbName = nameRaw === void 0 ? void 0 : check("db-name", nameRaw, redshiftDbIdentifier(nameRaw));
  const groupsRaw = read("db-groups");
  const dbGroups = check("db-groups", groupsRaw, listOf(groupsRaw, redshiftDbIdentifier, 50, "groups"));
  return { kind: "cluster", region, clusterId, dbUser, ...dbName ? { dbName } : {}, dbGroups, ...autoCreate ? { autoCreate } : {} };
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

// src/core/async.ts
function messageOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/report/step-annotations.ts
import { closeSync, constants, lstatSync, openSync, writeSync } from "node:fs";
import path from "node:path";

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
    const { RUNNER_TEMP: temp, GITHUB_RUN_ID: run2 = "", GITHUB_RUN_ATTEMPT: attempt = "", GITHUB_JOB: id = "" } = process.env;
    const name = `redshift-temp-creds-action-annotations-${`${run2}-${attempt}-${id}`.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
    const file = temp ? path.join(temp, name) : void 0;
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

// src/report/artifact.ts
function artifactServiceMissing() {
  const missing = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((v) => !process.env[v]);
  return missing.length ? `the runner's artifact service is not available (${missing.join(" and ")} not set, as in a local run)` : void 0;
}
var GHES_REASON = "artifacts v4 are not supported on GitHub Enterprise Server";
var ALREADY_EXISTS = /Failed request: \(409\)/;
var NotReplaced = class extends Error {
  constructor(conflict, reason) {
    super(messageOf(conflict), { cause: conflict });
    this.conflict = conflict;
    this.reason = reason;
  }
  conflict;
  reason;
};
function oneLine(message) {
  return message.replace(/\s*[\r\n]+\s*/g, " ").replace(/\.\s*$/, "");
}
function runAttempt() {
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
function onEnterpriseServer(serverUrl = process.env.GITHUB_SERVER_URL || "https://github.com") {
  let host;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
async function uploadArtifact(name, files, rootDir, inputValue = name) {
  if (!name) return { name, skipped: "artifact-name is empty" };
  const missing = artifactServiceMissing();
  if (missing) {
    annotate("notice", `Artifact not uploaded: ${missing}. The files are in ${rootDir}.`);
    return { name, skipped: missing };
  }
  if (onEnterpriseServer()) {
    annotate("warning", `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
    return { name, skipped: GHES_REASON };
  }
  guardEventPath();
  const { DefaultArtifactClient, GHESNotSupportedError } = await import("./artifact.js");
  const client = new DefaultArtifactClient();
  const upload = () => countingAnnotationsOf(() => client.uploadArtifact(name, files, rootDir));
  const attempt = runAttempt();
  try {
    try {
      return { name, id: (await upload()).id };
    } catch (error2) {
      if (!ALREADY_EXISTS.test(messageOf(error2)) || attempt < 2) throw error2;
      let deleted;
      let uploaded;
      try {
        deleted = await countingAnnotationsOf(() => client.deleteArtifact(name));
        uploaded = await upload();
      } catch (replacing) {
        throw new NotReplaced(error2, messageOf(replacing));
      }
      logInfo(`Artifact '${name}' (id ${deleted.id}) was already in this workflow run, from an earlier attempt (this is attempt ${attempt}) or another job: replaced with this attempt's files (id ${uploaded.id}).`);
      return { name, id: uploaded.id };
    }
  } catch (error2) {
    if (error2 instanceof GHESNotSupportedError) {
      annotate("warning", `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
      return { name, skipped: GHES_REASON };
    }
    if (error2 instanceof NotReplaced || ALREADY_EXISTS.test(messageOf(error2))) {
      throw new RefusedInput({
        input: "artifact-name",
        value: inputValue,
        problem: `${name === inputValue ? "names" : `gives the name '${name}' to`} an artifact this workflow run already has (GitHub answered 409 Conflict): another job of a matrix, or another step, uploaded one under that name${error2 instanceof NotReplaced ? `, or an earlier attempt of this job, which could not be replaced (${oneLine(error2.reason)})` : ""}. The files are in ${rootDir}`,
        rule: "a name no other upload of the workflow run uses: give each job of a matrix and each step its own (for example with ${{ matrix.\u2026 }} in it), or empty for no upload"
      });
    }
    throw new Error(`Artifact '${name}' was not uploaded: ${oneLine(messageOf(error2))}. The files are in ${rootDir}.`, { cause: error2 });
  }
}

// src/report/files.ts
import { closeSync as closeSync3, constants as constants3, lstatSync as lstatSync2, mkdirSync, openSync as openSync3, realpathSync, renameSync, rmdirSync, rmSync, writeSync as writeSync2 } from "node:fs";
import path2 from "node:path";

// src/core/generate/stale-files.ts
function filesOfEarlierRun(manifestText) {
  const out = /* @__PURE__ */ new Map();
  if (manifestText === void 0) return out;
  let manifest;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return out;
  }
  if (!isObject(manifest) || !isObject(manifest.generator) || manifest.generator.name !== ACTION_NAME || !Array.isArray(manifest.files)) return out;
  for (const f of manifest.files) if (isObject(f) && typeof f.name === "string" && typeof f.sha256 === "string") out.set(f.name, f.sha256);
  return out;
}
function isUnchangedFromEarlierRun(name, content, earlier) {
  const hash2 = earlier.get(name);
  return hash2 !== void 0 && hash2 === sha256Hex(content);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
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

// src/report/files.ts
var WRITE_RULE = "a path inside the workspace (GITHUB_WORKSPACE) or RUNNER_TEMP, with no symbolic link among its folders or as the file itself";
var SEPARATOR_RULE = `a path with '/' between folders, as on every runner: ${WRITE_RULE}`;
var NOT_IN_GIT_RULE = `a path outside any .git folder: ${WRITE_RULE}`;
var KIND_RULE = {
  folder: `a folder, or a path not there yet, whose every part is a folder: ${WRITE_RULE}`,
  file: `a regular file, or a path not there yet, whose every folder is a folder: ${WRITE_RULE}`
};
function* writeRoots() {
  for (const root of [process.env.GITHUB_WORKSPACE || process.cwd(), process.env.RUNNER_TEMP]) {
    if (!root) continue;
    const given = path2.resolve(root);
    let real;
    try {
      real = realpathSync.native(given);
    } catch {
      continue;
    }
    yield { given, real };
  }
}
function inside(root, target) {
  const rel = path2.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function checkWriteTarget(input, value, kind, namesInside = []) {
  const fail = (problem, rule = WRITE_RULE) => ({ ok: false, error: { input, value, problem, rule } });
  if (path2.sep === "/" && value.includes("\\")) return fail("contains '\\', which separates folders only on Windows (here it would be part of a folder's name)", SEPARATOR_RULE);
  const target = path2.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), value);
  let root;
  for (const r of writeRoots()) {
    if (inside(r.given, target)) root = { from: r.given, real: r.real };
    else if (inside(r.real, target)) root = { from: r.real, real: r.real };
    if (root) break;
  }
  if (!root) return fail(`resolves to ${quotedText(target, SHOWN_CHARACTERS)}, outside the workspace`);
  const longestInside = namesInside.map(temporaryNameFor).reduce((a, b) => Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a, "");
  const rel = path2.relative(root.from, target);
  const fits = pathFitsFileSystem(path2.join(root.real, rel), longestInside);
  if (!fits.ok) return fail(fits.problem, fits.rule);
  if (rel === "" && kind === "file") return fail("is the workspace (or RUNNER_TEMP) folder itself, not a file", KIND_RULE.file);
  const parts = rel === "" ? [] : rel.split(path2.sep);
  if (parts.some((part) => part.toLowerCase() === ".git")) return fail("is inside a .git folder, git's own store (the files would not be committed, and could overwrite git's)", NOT_IN_GIT_RULE);
  let at = root.real;
  let exists = true;
  for (const [i, part] of parts.entries()) {
    at = path2.join(at, part);
    const stat = lstatSync2(at, { throwIfNoEntry: false });
    if (!stat) {
      exists = false;
      break;
    }
    const last = i === parts.length - 1;
    const shown = quotedText(path2.relative(root.real, at), SHOWN_CHARACTERS);
    if (stat.isSymbolicLink()) return fail(`${last ? "is" : "goes through"} a symbolic link (${shown}), which the action never follows when writing`);
    if (!last && !stat.isDirectory()) return fail(`goes through ${shown}, which is not a folder`, KIND_RULE[kind]);
    if (last && kind === "folder" && !stat.isDirectory()) return fail("is a file, not a folder", KIND_RULE.folder);
    if (last && kind === "file" && !stat.isFile()) return fail("is not a regular file", KIND_RULE.file);
  }
  if (exists && kind === "folder") {
    const inTheWay = nonFileAmong(at, namesInside);
    if (inTheWay) return fail(inTheWay, FILE_SET_RULE);
  }
  return { ok: true, input, value, path: target };
}
var FILE_SET_RULE = "a folder in which each name the action writes or removes (its policy, template and manifest files, and their temporary names) is a file, a symbolic link (replaced, never followed) or absent";
function temporaryNameFor(name) {
  return `.${name}.${process.pid}.tmp`;
}
function nonFileAmong(dir, names) {
  if (!lstatSync2(dir, { throwIfNoEntry: false })) return void 0;
  for (const name of names) {
    for (const entry of [name, temporaryNameFor(name)]) {
      const stat = lstatSync2(path2.join(dir, entry), { throwIfNoEntry: false });
      if (!stat || stat.isFile() || stat.isSymbolicLink()) continue;
      return `holds ${stat.isDirectory() ? "a folder" : "something that is not a file"} named ${entry}, where the action writes or removes a file`;
    }
  }
  return void 0;
}
function makeFoldersNoFollow(dir) {
  const missing = [];
  for (let at = path2.resolve(dir); !lstatSync2(at, { throwIfNoEntry: false }); ) {
    missing.unshift(at);
    const up = path2.dirname(at);
    if (up === at) break;
    at = up;
  }
  const made2 = [];
  try {
    for (const folder of missing) {
      mkdirSync(folder);
      made2.push(folder);
    }
  } catch (error2) {
    removeFolders(made2);
    throw error2;
  }
  return made2;
}
function removeFolders(made2) {
  for (const folder of [...made2].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
function writeFileNoFollow(file, content) {
  writeOpened(file, constants3.O_WRONLY | constants3.O_CREAT | constants3.O_TRUNC | constants3.O_NOFOLLOW, content);
}
function writeOpened(file, flags, content) {
  const fd = openSync3(file, flags, 420);
  try {
    if (typeof content !== "string") writeChunks(fd, content);
    else {
      const bytes = Buffer.from(content, "utf8");
      writeAll(fd, bytes, bytes.length);
    }
  } finally {
    closeSync3(fd);
  }
}
var WRITE_BUFFER_BYTES = 1 << 20;
function writeChunks(fd, chunks) {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    const most = chunk.length * 3;
    if (used + most > buffer.length) {
      writeAll(fd, buffer, used);
      used = 0;
    }
    if (most > buffer.length) {
      const bytes = Buffer.from(chunk, "utf8");
      writeAll(fd, bytes, bytes.length);
    } else {
      used += buffer.write(chunk, used, "utf8");
    }
  }
  writeAll(fd, buffer, used);
}
function writeAll(fd, bytes, length) {
  let done = 0;
  while (done < length) done += writeSync2(fd, bytes, done, length - done);
}
function writeFileSet(target, files, staleNames = []) {
  const dir = target.path;
  const names = new Set(files.map((f) => f.name));
  const inTheWay = nonFileAmong(dir, /* @__PURE__ */ new Set([...names, ...staleNames]));
  if (inTheWay) throw new RefusedInput({ input: target.input, value: target.value, problem: inTheWay, rule: FILE_SET_RULE });
  const made2 = makeFoldersNoFollow(dir);
  const fresh = made2.length > 0;
  const earlier = fresh ? /* @__PURE__ */ new Map() : filesOfEarlierRun(readSmallFileNoFollow(path2.join(dir, FILE_NAMES.manifest)));
  const staged = [];
  try {
    for (const file of files) {
      const final = path2.join(dir, file.name);
      const temp = path2.join(dir, temporaryNameFor(file.name));
      if (!fresh) rmSync(temp, { force: true });
      staged.push({ temp, final });
      writeFileNoFollow(temp, file.content);
    }
    while (staged.length > 0) {
      const s = staged[0];
      renameSync(s.temp, s.final);
      staged.shift();
    }
  } catch (error2) {
    for (const s of staged) rmSync(s.temp, { force: true });
    removeFolders(made2);
    throw error2;
  }
  const keptStale = [];
  if (!fresh) {
    for (const stale of staleNames) {
      if (names.has(stale)) continue;
      const file = path2.join(dir, stale);
      const content = readSmallFileNoFollow(file);
      if (content !== void 0 && isUnchangedFromEarlierRun(stale, content, earlier)) rmSync(file, { force: true });
      else if (lstatSync2(file, { throwIfNoEntry: false })) keptStale.push(stale);
    }
  }
  return { written: files.map((f) => path2.join(dir, f.name)), keptStale };
}
var SMALL_FILE_BYTES = 1024 * 1024;
function readSmallFileNoFollow(file) {
  const read = readFoundFile({ realPath: file }, SMALL_FILE_BYTES);
  return read.ok && "text" in read ? read.text : void 0;
}

// src/report/generate-summary.ts
var PURPOSE = {
  "user-policy.json": "identity policy for the IAM user",
  "trust-policy.json": "the role's trust policy",
  ...Object.fromEntries(ROLE_POLICY_MODULES.map((m) => [m.file, m.purpose])),
  "cloudformation-template.json": "CloudFormation template",
  "cloudformation-requester-template.json": "CloudFormation template for the requester's account",
  "redshift-temp-creds.tf.json": "Terraform configuration",
  "redshift-temp-creds-requester.tf.json": "Terraform configuration for the requester's account",
  "manifest.json": "inputs, ARNs and hashes"
};
function purposeOf(file, inputs) {
  if (file === "user-policy.json" && inputs.trustPrincipal === "role") return "identity policy for the principal role, the Secure Agent role";
  if (file === "user-policy.json" && !requesterOf(inputs)) return "identity policy for the IAM user or role that requests the credentials";
  return PURPOSE[file] ?? "file";
}
var REDACTED = "***";
var ZSH_COMMENTS = '[ -z "${ZSH_VERSION-}" ] || setopt interactive_comments';
var APPLY_WHERE = "# Run in the folder that holds the files (in a deploy job: where actions/download-artifact put the artifact).";
function partitionRegionNote(partition2) {
  return `# Partition ${partition2}: use its credentials and one of its Regions (AWS_REGION: ${regionShapeOf(partition2)}), or the CLI asks the aws partition's endpoints.`;
}
function redact(value, secret, quoted = JSON.stringify(secret)) {
  if (typeof value === "string") {
    if (value === secret) return REDACTED;
    return value.includes(quoted) ? value.split(quoted).join(JSON.stringify(REDACTED)) : value;
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, secret, quoted));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, secret, quoted)]));
  return value;
}
function redactedFiles(files, secret) {
  const parsed = files.map((f) => JSON.parse(f.content));
  const shown = parsed.map((value) => prettyJson(redact(value, secret)));
  const holders = new Set(files.filter((f, i) => shown[i] !== prettyJson(parsed[i])).map((f) => f.name));
  return files.map((f, i) => {
    if (f.name !== MANIFEST_FILE || holders.size === 0) return shown[i];
    const manifest = JSON.parse(shown[i]);
    if (Array.isArray(manifest.files)) {
      manifest.files = manifest.files.map((entry) => holders.has(String(entry.name)) ? { ...entry, sha256: REDACTED, bytes: REDACTED } : entry);
    }
    return prettyJson(manifest);
  });
}
function requesterQuotaNote(inputs, docs) {
  if (!requesterOf(inputs)) return unnamedRequesterQuotaNote(inputs, docs);
  const room = requesterPolicyRoom(inputs, compactJson(docs.userPolicy).length, docs.roleArn.length);
  const who = room.kind === "role" ? "role" : "user";
  return `
> [!NOTE]
> IAM allows one ${who}'s inline policies ${groupDigits(room.quota)} characters in all (white space not counted)${room.kind === "role" ? ", the role's own inline policies included" : ""}. user-policy.json is ${groupDigits(room.size)} of them, and the ${who} gets one such policy per role it assumes (each named for its role), so it can hold them for at most ${room.perRolePolicies} role${room.perRolePolicies === 1 ? "" : "s"}, fewer with inline policies of its own; past that, IAM refuses the next one (LimitExceeded), whichever deploy format puts it. For more roles, give the ${who} one policy instead, with this statement's Resource a list of every role ARN: ${groupDigits(room.quota)} characters hold ${room.rolesInOnePolicy} ARNs as long as this role's.
`;
}
function unnamedRequesterQuotaNote(inputs, docs) {
  const size = compactJson(docs.userPolicy).length;
  const user = requesterPolicyRoom(inputs, size, docs.roleArn.length, "user");
  const role = requesterPolicyRoom(inputs, size, docs.roleArn.length, "role");
  return `
> [!NOTE]
> IAM counts an identity's inline policies together (white space not counted): ${groupDigits(user.quota)} characters for an IAM user, ${groupDigits(role.quota)} for a role, the role's own inline policies included. No user-name was given, so the requester may be either. user-policy.json is ${groupDigits(size)} of them, and the requester gets one such policy per role it assumes (each named for its role), so a user can hold them for at most ${user.perRolePolicies} role${user.perRolePolicies === 1 ? "" : "s"} and a role for at most ${role.perRolePolicies}, fewer with inline policies of its own; past that, IAM refuses the next one (LimitExceeded). For more roles, give the requester one policy instead, with this statement's Resource a list of every role ARN: ${groupDigits(user.quota)} characters hold ${user.rolesInOnePolicy} ARNs as long as this role's, ${groupDigits(role.quota)} hold ${role.rolesInOnePolicy}.
`;
}
function headBucketNote(bucket, prefix) {
  return `
> [!NOTE]
> s3-staging-policy.json lets the role list ${inlineCode(bucket)} only under ${inlineCode(prefix)} (the s3:prefix condition). S3 authorises HeadBucket, which SDKs and tools call to check that a bucket exists, as s3:ListBucket with no prefix, so it is refused (403), as is a listing of the whole bucket: no condition key tells the two apart, so allowing HeadBucket would let the role list every key in the bucket. The vendor does not say whether the connector checks its bucket that way; if tasks fail with Access Denied on the bucket itself (not on a staged file), it does: allowing it takes s3:ListBucket on the bucket without the condition (or no staging-prefix), and then the role can list every key.
`;
}
function keyPolicyNote(inputs, statement) {
  const root = accountRootArn(inputs.partition, inputs.accountId);
  const key = inputs.kmsKey ? keyNamed(inputs.kmsKey) : "the staging key";
  return `
> [!NOTE]
> KMS applies kms-policy.json to ${key} only when its key policy lets IAM policies allow it, as the default key policy does with its statement for the account root (${inlineCode(root)}, ${inlineCode("kms:*")}). A key policy without such a statement refuses the role whatever kms-policy.json allows: add this statement to it.

` + codeBlock(prettyJson(statement), "json");
}
function keyNamed(key) {
  return key.type === "alias" ? `the key that ${inlineCode(key.arn)} points to` : inlineCode(key.arn);
}
function redshiftRow(inputs) {
  const r = inputs.redshift;
  if (!r) return "no";
  return r.kind === "serverless" ? `serverless workgroup ${inlineCode(r.workgroupId)} in ${inlineCode(r.region)}` : `cluster ${inlineCode(r.clusterId)} in ${inlineCode(r.region)}, database user ${inlineCode(r.dbUser)}${r.autoCreate ? ", created at log-on if missing" : ""}`;
}
function generateSummary(inputs, docs, files, outputDir, artifact) {
  const parts = ["## Redshift temporary-credentials policies\n"];
  const rows = [
    ["Role", inlineCode(docs.roleArn)],
    ["Trusted principal", inlineCode(docs.principalArn)]
  ];
  if (docs.userArn) rows.push(["IAM user", inlineCode(docs.userArn)]);
  rows.push(["KMS policy", inputs.kms ? inputs.kmsKey ? inlineCode(inputs.kmsKey.arn) : "yes, on every key (`*`)" : "no"]);
  rows.push(["S3 staging", inputs.stagingBucket ? inlineCode(`s3://${inputs.stagingBucket}/${inputs.stagingPrefix ?? ""}`) : "no"]);
  rows.push(["Redshift database credentials", redshiftRow(inputs)]);
  if (inputs.sessionDuration !== void 0) rows.push(["Session duration", `${inputs.sessionDuration} seconds`]);
  rows.push(["External id condition", inputs.externalId === void 0 ? "no" : "yes"]);
  parts.push(table(["", "Value"], rows));
  if (docs.kmsWarning) parts.push(`
> [!WARNING]
> ${inlineText(docs.kmsWarning)}
`);
  if (docs.kmsNotice) parts.push(`
> [!NOTE]
> ${inlineText(docs.kmsNotice)}
`);
  if (docs.kmsKeyPolicyStatement && inputs.kmsKey && inputs.kmsKey.account !== inputs.accountId) {
    parts.push(
      `
The statement to add to the key policy of ${keyNamed(inputs.kmsKey)}, in account ${inlineCode(inputs.kmsKey.account)}:

` + codeBlock(prettyJson(docs.kmsKeyPolicyStatement), "json")
    );
  } else if (docs.kmsKeyPolicyStatement) {
    parts.push(keyPolicyNote(inputs, docs.kmsKeyPolicyStatement));
  }
  if (inputs.trustPrincipal === "role") {
    parts.push(
      `
> [!NOTE]
> The trust policy names a role: a role session that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says. Keep the connector's Temporary Credential Duration at ${ROLE_CHAINING_MAX_SECONDS} seconds or less.
`
    );
  }
  if (inputs.trustPrincipal === "account") {
    parts.push(
      `
> [!NOTE]
> The trust policy names the account root: every IAM identity of account ${inputs.userAccountId} whose own policies allow sts:AssumeRole on the role can assume it. ${inputs.userName ? "Set" : "Set user-name and"} trust-principal: user to restrict it to ${inputs.userName ? `the user ${inlineCode(inputs.userName)}` : "one user"}.
`
    );
    if (!inputs.userName && inputs.sessionDuration !== void 0 && inputs.sessionDuration > ROLE_CHAINING_MAX_SECONDS) {
      parts.push(
        `
> [!WARNING]
> If a role of account ${inputs.userAccountId} requests the credentials (the Secure Agent's EC2 instance role or the worker-node role), that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says: an AssumeRole for ${inputs.sessionDuration} seconds fails ("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining"). For a role, use trust-principal: role with principal-role-name, and keep session-duration and the connector's Temporary Credential Duration at ${ROLE_CHAINING_MAX_SECONDS} seconds or less; for longer sessions, an IAM user (trust-principal: user).
`
      );
    }
  }
  parts.push(requesterQuotaNote(inputs, docs));
  if (inputs.stagingBucket && inputs.stagingPrefix) parts.push(headBucketNote(inputs.stagingBucket, inputs.stagingPrefix));
  parts.push("\n### Documents\n");
  if (inputs.externalId !== void 0) {
    parts.push(
      `The external id is shown as ${inlineCode(REDACTED)}, and so are the hash and size that manifest.json gives of each file that holds it: the summary is readable by anyone who can read the run, and the files hold the real values.

`
    );
  }
  const shown = inputs.externalId === void 0 ? files.map((f) => f.content) : redactedFiles(files, inputs.externalId);
  for (const [i, file] of files.entries()) {
    parts.push(details(`${file.name} (${purposeOf(file.name, inputs)})`, codeBlock(shown[i], "json")));
  }
  parts.push("\n### Apply them\n");
  const formats = formatsFor(inputs.formats ?? ["cli"]);
  for (const format of formats) {
    if (formats.length > 1) parts.push(`
#### ${format.title}

`);
    const script = [ZSH_COMMENTS, APPLY_WHERE];
    if (inputs.partition !== "aws") script.push(partitionRegionNote(inputs.partition));
    for (const command of format.commands(inputs, docs)) {
      script.push(`# ${command.purpose} (credentials of account ${command.account})`, commandLine(command));
    }
    parts.push(codeBlock(script.join("\n"), "sh"));
  }
  if (!requesterOf(inputs)) {
    parts.push(
      `
No \`user-name\` was given: attach \`user-policy.json\` to the IAM user or role of account ${inputs.userAccountId} that will request the credentials, as the inline policy ${inlineCode(requesterPolicyName(inputs))} (\`aws iam put-user-policy\` for a user, \`aws iam put-role-policy\` for a role such as the Secure Agent's EC2 instance role).
`
    );
  }
  parts.push("\n### Artifact\n");
  parts.push(
    artifact.id !== void 0 ? `Uploaded as ${inlineCode(artifact.name)} (id ${artifact.id}).
` : `Not uploaded: ${inlineText(artifact.skipped ?? "no artifact name")}. The files are in ${inlineCode(outputDir)}.
`
  );
  return parts.join("");
}

// src/report/summary.ts
import { appendFileSync as appendFileSync2, statSync } from "node:fs";
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function writeSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync2(file, markdown);
}

// src/modes/read-inputs.ts
function readInputs(parse) {
  const read = /* @__PURE__ */ new Set();
  const parsed = parse((name) => {
    read.add(name);
    return getInput(name);
  });
  if (!parsed.ok) {
    failStep(formatInputError(withMisspellingNamed(parsed.error)));
    return void 0;
  }
  for (const input of read) {
    const given = misspellingGiven(input);
    if (given !== void 0) {
      const problem = `is read under that name, and the step gives '${given}' instead, which is not an input of this action (the runner passes it on, unread, and '${input}' has no value or its default)`;
      failStep(formatInputError({ input, problem, rule: `the name '${input}' in the step's with:` }));
      return void 0;
    }
  }
  return parsed.value;
}
function misspellingGiven(input) {
  return [input.replaceAll("-", "_"), input.replaceAll("-", "")].find(
    (spelling) => spelling !== input && (process.env[`INPUT_${spelling.toUpperCase()}`] ?? "").trim() !== ""
  );
}
var misspeltProblem = (given, input, problem) => `${problem} (the step gives '${given}', which is not an input of this action: the input is '${input}')`;
function withMisspellingNamed(error2) {
  if (error2.value !== void 0 && error2.value.trim() !== "") return error2;
  if (getInput(error2.input).trim() !== "") return error2;
  const given = misspellingGiven(error2.input);
  if (given === void 0) return error2;
  return { ...error2, problem: misspeltProblem(given, error2.input, error2.problem) };
}

// src/core/list-text.ts
function listText(values, max = 3, separator = ", ", show = (v) => v) {
  if (values.length <= max) return values.map(show).join(separator);
  return `${values.slice(0, max).map(show).join(separator)} and ${values.length - max} more`;
}

// src/modes/generate.ts
async function runGenerate() {
  const inputs = readInputs(parseGenerateInputs);
  if (!inputs) return;
  const target = checkWriteTarget("output-dir", inputs.outputDir, "folder", ALL_FILE_NAMES);
  if (!target.ok) {
    failStep(formatInputError(target.error));
    return;
  }
  const docs = documentsFor(inputs);
  const overQuota = rolePoliciesOverQuota(inputs, docs.rolePolicies);
  if (overQuota) {
    failStep(formatInputError(overQuota));
    return;
  }
  const files = fileSetFor(inputs, docs, inputs.formats);
  const dir = target.path;
  const outputs = {
    "user-policy": compactJson(docs.userPolicy),
    "trust-policy": compactJson(docs.trustPolicy),
    "kms-policy": docs.kmsPolicy ? compactJson(docs.kmsPolicy) : "",
    "s3-staging-policy": docs.s3StagingPolicy ? compactJson(docs.s3StagingPolicy) : "",
    "redshift-db-auth-policy": docs.redshiftDbAuthPolicy ? compactJson(docs.redshiftDbAuthPolicy) : "",
    "role-arn": docs.roleArn,
    "principal-arn": docs.principalArn,
    "output-dir": dir
  };
  if (inputs.externalId !== void 0) {
    const others = Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== "trust-policy"));
    const masking = externalIdMasking(inputs.externalId, { ...others, files: compactJson(files.map((f) => path3.join(dir, f.name))) });
    if (masking.mask) setSecret(inputs.externalId);
    if (masking.warning) annotate("warning", masking.warning, { title: "External id not masked" });
  }
  if (docs.kmsWarning) annotate("warning", docs.kmsWarning, { title: "KMS policy is not least privilege" });
  if (docs.kmsNotice) annotate("notice", docs.kmsNotice, { title: "KMS key in another account" });
  const { written, keptStale } = writeFileSet(target, files, ALL_FILE_NAMES);
  if (keptStale.length > 0) {
    annotate("warning", `${listText(keptStale, 5)} in ${dir} ${keptStale.length === 1 ? "is" : "are"} not written by this run and not the unchanged output of an earlier one, so left in place: do not apply ${keptStale.length === 1 ? "it" : "them"} as this run's`, { title: "Files left in the output folder" });
  }
  const artifact = await uploadArtifact(inputs.artifactName, written, dir);
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  setOutput("files", compactJson(written));
  setOutput("artifact-id", artifact.id === void 0 ? "" : String(artifact.id));
  writeSummary(generateSummary(inputs, docs, files, dir, artifact));
  logInfo(`Wrote ${written.length} files to ${dir}`);
}

// src/main.ts
var MODES = ["generate", "validate"];
async function run() {
  try {
    const raw = getInput("mode") || "generate";
    const mode = checkInput("mode", raw, oneOf(MODES, raw));
    if (!mode.ok) {
      failStep(formatInputError(mode.error));
      return;
    }
    if (mode.value === "generate") await runGenerate();
    else {
      const { runValidate } = await import("./validate.js");
      await runValidate();
    }
  } catch (error2) {
    if (error2 instanceof RefusedInput) {
      failStep(error2.message);
      return;
    }
    if (error2 instanceof Error && error2.stack) debug(error2.stack);
    failStep(messageOf(error2));
  }
}

// src/modes/analysis-worker-role.ts
var WORKER_ROLE = "rtc-review-analysis";
var WORKER_ARG = `--${WORKER_ROLE}`;
function startedAsAnalysisWorker() {
  return process.argv[2] === WORKER_ARG;
}

// src/process-exit.ts
async function exitOnceWritten(streams = [process.stdout, process.stderr], exit = () => process.exit()) {
  await Promise.all(streams.map((stream) => new Promise((resolve) => stream.write("", () => resolve()))));
  exit();
}

// src/process-stdio.ts
import { fstatSync as fstatSync2, writeSync as writeSync3 } from "node:fs";
import { Writable } from "node:stream";
function blockingFdStream(fd, nodeStream, write = writeSync3) {
  let handedOver;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      if (handedOver) {
        handedOver.write(chunk, done);
        return;
      }
      let at = 0;
      try {
        while (at < chunk.length) at += write(fd, chunk, at, chunk.length - at);
      } catch (error2) {
        if (error2.code !== "EAGAIN") {
          done(error2);
          return;
        }
        handedOver = nodeStream();
        handedOver.write(chunk.subarray(at), done);
        return;
      }
      done();
    }
  });
  return Object.assign(stream, { fd });
}
function isPipe(fd) {
  try {
    const stat = fstatSync2(fd);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}
function writeStdioPipesDirectly(pipe = isPipe) {
  for (const [name, fd] of [
    ["stdout", 1],
    ["stderr", 2]
  ]) {
    const own = Object.getOwnPropertyDescriptor(process, name);
    if (!own?.get || !own.configurable || !pipe(fd)) continue;
    const nodeStream = own.get.bind(process);
    const stream = blockingFdStream(fd, nodeStream);
    Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, get: () => stream });
  }
}

// src/index.ts
var worker = startedAsAnalysisWorker() ? await import("./review-worker.js") : void 0;
if (worker?.isAnalysisWorker()) worker.serveAnalyses();
else {
  writeStdioPipesDirectly();
  await run();
  await exitOnceWritten();
}
