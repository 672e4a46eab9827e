import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-VHGXN7LE.js";
import "./chunk-A23FZR7E.js";
import "./chunk-S44HSJUT.js";
import "./chunk-HIKYQ2K3.js";
import "./chunk-D5ZJEVXA.js";
import "./chunk-EXMS77GJ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
