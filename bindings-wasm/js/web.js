// The package for browsers and bundlers: an ES module that loads the .wasm beside it.
import init, * as raw from "./web/digipolicy_wasm.js";
import { makeApi } from "./api.js";
import schemas from "./schemas.js";

await init({ module_or_path: new URL("./web/digipolicy_wasm_bg.wasm", import.meta.url) });

// The documents module (memo, records, accounts) is fetched only when first used.
const loadDocumentsModule = async () => {
  const documents = await import("./web/digipolicy_documents.js");
  await documents.default({ module_or_path: new URL("./web/digipolicy_documents_bg.wasm", import.meta.url) });
  return documents;
};

const api = makeApi(raw, schemas, loadDocumentsModule);
export const {
  decide, decideJson, review, scope, classify, run, policy, schema, version, formatKronor, formatScore, createPolicy,
  loadDocuments, memo, record, verify, accounts, accountsAsync,
} = api;
export default api;
