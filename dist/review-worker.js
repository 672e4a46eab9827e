import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-64VRNPZP.js";
import "./chunk-NY7RZOUY.js";
import "./chunk-X5RASQ4X.js";
import "./chunk-4P27VZC6.js";
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
