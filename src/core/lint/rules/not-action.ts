// RTC618 and RTC619: Allow statements that grant by exclusion. NotAction on
// every resource grants every action not listed (and every action AWS adds
// later); NotResource grants the actions on every resource not listed. How
// much a NotAction grants is counted from the action catalogue.
import type { JsonString } from '../../json-ast/types.js'
import type { ActionInfo } from '../../iam/catalog/index.js'
import { actionsMatching } from '../actions.js'
import type { ActionExpansions } from '../service-wildcards.js'
import { statementLabel, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'
import { dropIfTakenBack } from '../taken-back.js'
import { kindRules } from '../kinds/index.js'
import { listText } from '../../list-text.js'
import { groupDigits } from '../../digits.js'
import { memorable } from '../../memo-key.js'

interface Reach {
  actions: number
  services: number
}

// What a NotAction list leaves granted, remembered by the list (lower-cased,
// in order): the same lists repeat across files (PowerUserAccess's).
const notActionMemo = new Map<string, Reach>()
let everything: Reach | undefined

function reachOfEverything(): Reach {
  if (!everything) {
    const all = actionsMatching('*')
    everything = { actions: all.length, services: new Set(all.map((a) => a.service)).size }
  }
  return everything
}

function reachExcept(patterns: readonly string[], excludedLists: readonly (readonly ActionInfo[])[]): Reach {
  const key = patterns.map((p) => p.toLowerCase()).join('\n')
  let reach = notActionMemo.get(key)
  if (!reach) {
    const excluded = new Set<string>()
    const excludedByService = new Map<string, number>()
    for (const list of excludedLists) {
      for (const a of list) {
        if (excluded.has(a.fullName)) continue
        excluded.add(a.fullName)
        excludedByService.set(a.service, (excludedByService.get(a.service) ?? 0) + 1)
      }
    }
    // A service keeps a granted action unless every one of its actions is excluded.
    let servicesGone = 0
    for (const [service, n] of excludedByService) if (actionsMatching(`${service}:*`).length === n) servicesGone++
    const all = reachOfEverything()
    reach = { actions: all.actions - excluded.size, services: all.services - servicesGone }
    if (notActionMemo.size >= 5000) notActionMemo.clear()
    // A list of a few dozen actions (PowerUserAccess's) is what repeats; a longer one is worked out each time.
    if (memorable(key, 4096)) notActionMemo.set(key, reach)
  }
  return reach
}

/**
 * What each action pattern grants, or undefined when one is a service-wildcard
 * pattern past the run's budget (RTC006 says so): the sums are then unknown.
 */
function expandAll(actions: readonly JsonString[], expansions: ActionExpansions): (readonly ActionInfo[])[] | undefined {
  const lists: (readonly ActionInfo[])[] = []
  for (const a of actions) {
    const list = expansions.of(a)
    if (list === undefined) return undefined
    lists.push(list)
  }
  return lists
}

function onEveryResource(s: StatementView): boolean {
  return s.elements.NotResource !== undefined || s.everyResource !== undefined
}

function notActionAllow(s: StatementView, expansions: ActionExpansions, out: FindingDraft[]): void {
  const notAction = s.elements.NotAction
  if (!notAction || s.notActions.length === 0 || !onEveryResource(s)) return
  const listed = s.notActions.map((a) => a.value)
  const excludedLists = expandAll(s.notActions, expansions)
  let reachText = ''
  if (excludedLists !== undefined) {
    const reach = reachExcept(listed, excludedLists)
    const all = reachOfEverything()
    reachText = `: ${groupDigits(reach.actions)} of the catalogue's ${groupDigits(all.actions)} actions, in ${groupDigits(reach.services)} of ${groupDigits(all.services)} services,`
  }
  const shown = listText(listed, 3)
  out.push({
    code: 'RTC618',
    span: notAction.key.span,
    message: `Allow with NotAction (${shown}) on every resource in ${statementLabel(s)} grants every other action${reachText} and every action AWS adds later${s.conditioned ? ' (when its Condition holds)' : ''}.`,
    hint: 'List the actions the workload needs in Action instead; to keep a broad grant, deny the dangerous actions in a separate Deny statement.'
  })
}

function notResourceAllow(s: StatementView, expansions: ActionExpansions, out: FindingDraft[]): void {
  const notResource = s.elements.NotResource
  // NotAction with NotResource is RTC618's: it reports the actions, the larger grant.
  // A NotResource with no string in it (null, an object) is RTC117's: there is no list to name.
  if (!notResource || s.elements.NotAction !== undefined || s.actions.length === 0 || s.notResources.length === 0) return
  const grantedLists = expandAll(s.actions, expansions)
  let grantedText = 'its actions'
  if (grantedLists !== undefined) {
    const seen = new Set<string>()
    for (const list of grantedLists) for (const info of list) seen.add(info.fullName)
    grantedText = `its ${groupDigits(seen.size)} action${seen.size === 1 ? '' : 's'}`
  }
  const listed = s.notResources.map((r) => r.value)
  const shown = listText(listed, 2)
  out.push({
    code: 'RTC619',
    span: notResource.key.span,
    message: `Allow with NotResource (${shown}) in ${statementLabel(s)} grants ${grantedText} on every other resource, in every account, including resources created later${s.conditioned ? ' (when its Condition holds)' : ''}.`,
    hint: 'Name the resources the statement is for in Resource instead.'
  })
}

function notElements(ctx: LintContext, out: FindingDraft[]): void {
  if (!kindRules(ctx.kind).allowGrants) return
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Allow') continue
    const from = out.length
    notActionAllow(s, ctx.expansions, out)
    notResourceAllow(s, ctx.expansions, out)
    dropIfTakenBack(ctx, s, out, from)
  }
}

export const notElementRules: Rule[] = [notElements]
