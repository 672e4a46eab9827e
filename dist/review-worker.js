import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-SSNHQQBZ.js";
import "./chunk-TSNG3ZDV.js";
import "./chunk-5JT3IYEZ.js";
import "./chunk-DYOI3OM6.js";
import "./chunk-POCFIEFF.js";
import "./chunk-YTTSWXI2.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
