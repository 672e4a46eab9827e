import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-MDD24VN3.js";
import "./chunk-2JINCH7B.js";
import "./chunk-LYLVAXSN.js";
import "./chunk-XZTH3IN3.js";
import "./chunk-VOW46WTW.js";
import "./chunk-JYK2CR6A.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
