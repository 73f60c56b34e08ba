// The package for Node: the CommonJS build of wasm-bindgen, loaded synchronously.
import { createRequire } from "node:module";
import { makeApi } from "./api.js";
import schemas from "./schemas.js";

const require = createRequire(import.meta.url);
const raw = require("./node/digipolicy_wasm.js");

// The documents module (memo, records, accounts) is loaded only when first used.
const loadDocumentsModule = async () => require("./node/digipolicy_documents.js");

const api = makeApi(raw, schemas, loadDocumentsModule);

/**
 * The accounts of `year` from a file of decision records (JSON lines, pretty records one
 * after another, or a JSON array), read as a stream a chunk at a time: memory holds one
 * record and the year's figures, however large the file.
 */
api.accountsFromFile = async (path, year, options) => {
  const { createReadStream } = await import("node:fs");
  return api.accountsAsync(createReadStream(path, { highWaterMark: 1 << 20 }), year, options);
};

export const {
  decide, decideJson, review, scope, classify, run, policy, schema, version, formatKronor, formatScore, createPolicy,
  loadDocuments, memo, record, verify, accounts, accountsAsync, accountsFromFile,
} = api;
export default api;
