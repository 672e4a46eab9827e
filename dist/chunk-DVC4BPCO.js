import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);

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

export {
  requesterOf,
  MIN_MAX_SESSION,
  maxSessionDurationFor
};
