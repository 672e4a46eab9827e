import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-TBS5KUXU.js";
import "./chunk-J62D65W6.js";
import "./chunk-UOUVZO4J.js";
import "./chunk-T3W6VD2A.js";
import "./chunk-N4FI7L7G.js";
import "./chunk-TFFXYGT5.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
