// The package for Node: the CommonJS build of wasm-bindgen, loaded synchronously.
import { createRequire } from "node:module";
import { makeApi } from "./api.js";
import schemas from "./schemas.js";

const require = createRequire(import.meta.url);
const raw = require("./node/digipolicy_wasm.js");

// The documents module (memo, records, accounts) is loaded only when first used.
const loadDocumentsModule = async () => require("./node/digipolicy_documents.js");

const api = makeApi(raw, schemas, loadDocumentsModule);
export const {
  decide, decideJson, review, scope, classify, run, policy, schema, version, formatKronor, formatScore, createPolicy,
  loadDocuments, memo, record, verify, accounts,
} = api;
export default api;
