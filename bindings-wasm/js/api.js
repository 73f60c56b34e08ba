// The JavaScript API over the raw wasm-bindgen exports. Thin: objects are serialized to
// JSON, the core decides, the canonical JSON comes back parsed. A WebAssembly trap (a Rust
// panic, which no input should reach) becomes an Error that says so, never a bare
// "unreachable".

/**
 * @param {any} raw the wasm-bindgen module
 * @param {Record<string, unknown>} schemas the JSON Schemas by name (schemas.js)
 */
export function makeApi(raw, schemas) {
  const guard = (fn) => {
    try {
      return fn();
    } catch (e) {
      if (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) {
        const detail = raw.takePanicMessage();
        const err = new Error(`digipolicy: internal error${detail ? `: ${detail}` : ""}`);
        err.name = "DigipolicyError";
        err.code = "internal";
        err.path = "";
        err.input = "library";
        err.errors = [];
        throw err;
      }
      throw e;
    }
  };
  const text = (value) => (typeof value === "string" ? value : JSON.stringify(value === undefined ? null : value));
  const run = (operation, input, pack) =>
    JSON.parse(
      guard(() =>
        pack === undefined ? raw.runJson(operation, text(input)) : raw.runJsonWithPack(text(pack), operation, text(input)),
      ),
    );

  /** A policy bound to a custom pack (a plain object or JSON text). */
  function createPolicy(pack) {
    const packText = text(pack);
    // Compile once to report a bad pack at once.
    guard(() => raw.runJsonWithPack(packText, "classify", '{"id":"x","title":"x","novelty":"new","in_practice":true}'));
    return {
      decide: (c) => run("decide", c, packText),
      decideJson: (s) => guard(() => raw.runJsonWithPack(packText, "decide", s)),
      review: (c) => run("review", c, packText),
      scope: (o) => run("scope", o, packText),
      classify: (i) => run("classify", i, packText),
      policy: () => JSON.parse(packText),
    };
  }

  return {
    decide: (c) => run("decide", c),
    decideJson: (s) => guard(() => raw.decideJson(s)),
    review: (c) => run("review", c),
    scope: (o) => run("scope", o),
    classify: (i) => run("classify", i),
    run: (operation, input, pack) => run(operation, input, pack),
    policy: () => JSON.parse(guard(() => raw.policyJson())),
    schema: (name) => {
      if (Object.prototype.hasOwnProperty.call(schemas, name)) return structuredClone(schemas[name]);
      throw raw.unknownSchema(String(name), Object.keys(schemas));
    },
    version: () => raw.version(),
    createPolicy,
  };
}
