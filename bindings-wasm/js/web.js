// The package for browsers and bundlers: an ES module that loads the .wasm beside it.
import init, * as raw from "./web/digipolicy_wasm.js";
import { makeApi } from "./api.js";
import schemas from "./schemas.js";

await init({ module_or_path: new URL("./web/digipolicy_wasm_bg.wasm", import.meta.url) });

const api = makeApi(raw, schemas);
export const { decide, decideJson, review, scope, classify, run, policy, schema, version, formatKronor, formatScore, createPolicy } = api;
export default api;
