import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-XPE4U7ZI.js";
import "./chunk-W7JVTCN7.js";
import "./chunk-UOHC4TCT.js";
import "./chunk-L4NTSVCF.js";
import "./chunk-2IULYMUQ.js";
import "./chunk-VSNU4K7G.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
