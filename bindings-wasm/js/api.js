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
        err.text = { sv: `digipolicy: internt fel${detail ? `: ${detail}` : ""}`, en: err.message };
        err.path = "";
        err.input = "library";
        err.errors = [];
        throw err;
      }
      throw e;
    }
  };
  const text = (value) => (typeof value === "string" ? value : JSON.stringify(value === undefined ? null : value));
  /** `options.asOf`, checked: the only option; a `YYYY-MM-DD` string the core parses. */
  const asOf = (options) => {
    if (options === undefined || options === null) return undefined;
    if (typeof options !== "object" || Array.isArray(options)) throw new TypeError("digipolicy: options must be an object like { asOf: \"2026-01-31\" }");
    for (const key of Object.keys(options)) {
      if (key !== "asOf") throw new TypeError(`digipolicy: unknown option \`${key}\` (the only option is \`asOf\`)`);
    }
    if (options.asOf === undefined) return undefined;
    if (typeof options.asOf !== "string") throw new TypeError("digipolicy: asOf must be a date string YYYY-MM-DD");
    return options.asOf;
  };
  const runText = (operation, input, pack, options) => {
    const date = asOf(options);
    return guard(() =>
      pack === undefined
        ? raw.runJson(operation, text(input), date)
        : raw.runJsonWithPack(text(pack), operation, text(input), date),
    );
  };
  const run = (operation, input, pack, options) => JSON.parse(runText(operation, input, pack, options));
  /** JSON text for `decideJson`: a string, never an object silently serialized. */
  const jsonText = (s) => {
    if (typeof s !== "string") {
      throw new TypeError(`digipolicy: decideJson takes JSON text, not ${s === null ? "null" : typeof s}; use decide() for an object`);
    }
    return s;
  };

  /** A policy bound to a custom pack (a plain object or JSON text). */
  function createPolicy(pack) {
    const packText = text(pack);
    // Compile once to report a bad pack at once.
    guard(() => raw.runJsonWithPack(packText, "classify", '{"id":"x","title":"x","novelty":"new","in_practice":true}'));
    return {
      decide: (c, options) => run("decide", c, packText, options),
      decideJson: (s, options) => runText("decide", jsonText(s), packText, options),
      review: (c, options) => run("review", c, packText, options),
      scope: (o) => run("scope", o, packText),
      classify: (i) => run("classify", i, packText),
      policy: () => JSON.parse(packText),
    };
  }

  return {
    decide: (c, options) => run("decide", c, undefined, options),
    decideJson: (s, options) => {
      const text = jsonText(s);
      const date = asOf(options);
      return guard(() => raw.runJson("decide", text, date));
    },
    review: (c, options) => run("review", c, undefined, options),
    scope: (o) => run("scope", o),
    classify: (i) => run("classify", i),
    run: (operation, input, pack, options) => run(operation, input, pack, options),
    policy: () => JSON.parse(guard(() => raw.policyJson())),
    schema: (name) => {
      if (Object.prototype.hasOwnProperty.call(schemas, name)) return structuredClone(schemas[name]);
      throw raw.unknownSchema(String(name), Object.keys(schemas).join(","));
    },
    version: () => raw.version(),
    formatKronor: (amount, lang = "sv") => raw.formatKronor(Number(amount), String(lang)),
    formatScore: (score, lang = "sv") => raw.formatScore(Number(score), String(lang)),
    createPolicy,
  };
}
