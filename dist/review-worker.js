import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-6TVXR7IT.js";
import "./chunk-5RMC2AWV.js";
import "./chunk-AWBJYGJU.js";
import "./chunk-H6IBJTB6.js";
import "./chunk-Y572F3YG.js";
import "./chunk-GIVSKNDQ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
