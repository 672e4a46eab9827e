import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-LAALNLZX.js";
import "./chunk-XEH7RFWQ.js";
import "./chunk-LVNMQEIX.js";
import "./chunk-U4JUXWGE.js";
import "./chunk-XAEXVPPF.js";
import "./chunk-JMVQXM6H.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
