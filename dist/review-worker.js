import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-PKXIHF4E.js";
import "./chunk-X25GVSP7.js";
import "./chunk-KW6BMKJE.js";
import "./chunk-CAHGHWBA.js";
import "./chunk-BEN6WTFQ.js";
import "./chunk-S3LCVJG4.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
