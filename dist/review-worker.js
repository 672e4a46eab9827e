import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-HWCRMNQ7.js";
import "./chunk-QG6HJNTS.js";
import "./chunk-D7GBEIAW.js";
import "./chunk-WIGGK4VE.js";
import "./chunk-SRWJC4BK.js";
import "./chunk-KWUUHDXS.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
