// The package for Node: the CommonJS build of wasm-bindgen, loaded synchronously.
import { createRequire } from "node:module";
import { makeApi } from "./api.js";
import schemas from "./schemas.js";

const require = createRequire(import.meta.url);
const raw = require("./node/digipolicy_wasm.js");

const api = makeApi(raw, schemas);
export const { decide, decideJson, review, scope, classify, run, policy, schema, version, formatKronor, formatScore, createPolicy } = api;
export default api;
