import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-O6N2GKQT.js";
import "./chunk-XW2Y55S6.js";
import "./chunk-6BRTV7R6.js";
import "./chunk-G5ALF727.js";
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
