import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-XCO5TVQZ.js";
import "./chunk-GBPSP4NJ.js";
import "./chunk-DNMRQU4U.js";
import "./chunk-BFJAHS7G.js";
import "./chunk-JDA5AVWZ.js";
import "./chunk-WK53RSOG.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
