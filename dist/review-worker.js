import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-JENWLICG.js";
import "./chunk-STH3AZVZ.js";
import "./chunk-E4NANNQY.js";
import "./chunk-7B7SQQMG.js";
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
