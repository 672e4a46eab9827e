import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-QMUPBI6C.js";
import "./chunk-3KVJSN3U.js";
import "./chunk-MPZDRP74.js";
import "./chunk-UUEDUK4K.js";
import "./chunk-6HQ6JMUG.js";
import "./chunk-EXMS77GJ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
