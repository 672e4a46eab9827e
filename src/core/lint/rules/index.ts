// The rule registry: every rule family, in the order their findings are made
// (the findings are sorted by position afterwards). Duplicate keys (RTC002,
// RTC403) are reported before these, from the parser's list; syntax errors
// (RTC001) in lint.ts, and documents that are not policies (RTC003, RTC004)
// in ../not-a-policy.ts, which stop the rules.
import type { Rule } from '../context.js'
import { grammarRules } from './grammar.js'
import { nameRules } from './names.js'
import { arnRules } from './arns.js'
import { conditionRules } from './conditions.js'
import { sourceIpRules } from './source-ip.js'
import { sizeRules } from './size.js'
import { securityRules } from './security.js'
import { placeholderRules } from './placeholders.js'
import { privilegeEscalationRules } from './privilege-escalation.js'
import { notElementRules } from './not-action.js'
import { trustFederationRules } from './trust-federation.js'
import { publicAccessRules } from './public-access.js'
import { keyPolicyLockoutRules } from './key-policy-lockout.js'
import { secretArnRules } from './secret-arn-suffix.js'
import { mfaDenyRules } from './mfa-deny.js'

export const RULES: readonly Rule[] = [
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
]
