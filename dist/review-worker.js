import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-OIDPH7T4.js";
import "./chunk-76G7M3SE.js";
import "./chunk-Q5G73J36.js";
import "./chunk-D3EO6SAH.js";
import "./chunk-7457H4PD.js";
import "./chunk-3IS6H66V.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
