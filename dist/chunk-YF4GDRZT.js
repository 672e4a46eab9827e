import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  visibleText
} from "./chunk-H4LKNOPI.js";

// src/core/inputs/input-error.ts
function formatInputError(error) {
  const shown = error.value === void 0 ? "" : ` ${visibleText(JSON.stringify(shownInMessage(error.value)))}`;
  return `Input '${error.input}':${shown} ${error.problem}. Expected ${error.rule}.`;
}
var SHOWN_CHARACTERS = 80;
function shownInMessage(text) {
  return text.length <= SHOWN_CHARACTERS ? text : `${text.slice(0, SHOWN_CHARACTERS)}\u2026`;
}
function checkInput(input, raw, result, echo = true) {
  if (result.ok) return result;
  return { ok: false, error: { input, ...echo ? { value: raw } : {}, problem: result.problem, rule: result.rule } };
}

export {
  formatInputError,
  shownInMessage,
  checkInput
};
