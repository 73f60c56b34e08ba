// The JavaScript API over the raw wasm-bindgen exports. Thin: objects are serialized to
// JSON, the core decides, the canonical JSON comes back parsed. A WebAssembly trap (a Rust
// panic, which no input should reach) becomes an Error that says so, never a bare
// "unreachable".

/** Runs `fn`, turning a WebAssembly trap of the module `raw` into a DigipolicyError. */
function guardOf(raw) {
  return (fn) => {
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
}

const text = (value) => (typeof value === "string" ? value : JSON.stringify(value === undefined ? null : value));

/** Checks that `options` is an object with only the `allowed` keys; returns it (or `{}`). */
function optionsOf(options, allowed, example) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) throw new TypeError(`digipolicy: options must be an object like ${example}`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`digipolicy: unknown option \`${key}\` (the options are ${allowed.map((k) => `\`${k}\``).join(", ")})`);
    }
  }
  if (options.asOf !== undefined && typeof options.asOf !== "string") throw new TypeError("digipolicy: asOf must be a date string YYYY-MM-DD");
  return options;
}

/**
 * The documents module's API (memo, records, accounts, the analysis operations): every
 * method synchronous once the module is loaded.
 * @param {any} raw the documents module of wasm-bindgen
 */
export function makeDocuments(raw) {
  const guard = guardOf(raw);
  const run = (operation, input, options) => {
    const { asOf } = optionsOf(options, ["asOf"], '{ asOf: "2026-01-31" }');
    return JSON.parse(guard(() => raw.runJson(operation, text(input), asOf)));
  };
  /** Checks the year as every runtime does: a whole year 1–9999. */
  const checkYear = (year) => {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new TypeError("digipolicy: year must be a whole year like 2025");
  };
  /** A native tally of `year`, used by `use` and always freed. */
  const withTally = (year, use) => {
    checkYear(year);
    const tally = guard(() => new raw.Tally(year));
    try {
      return use(tally);
    } finally {
      tally.free();
    }
  };
  /** One item of a list of records: an object, its JSON text, or bytes of records. */
  const addItem = (tally, item) => {
    if (typeof item === "string") guard(() => tally.feedText(`${item}\n`));
    else if (item instanceof Uint8Array) {
      guard(() => tally.feed(item));
      guard(() => tally.feedText("\n"));
    } else if (item !== null && typeof item === "object" && !Array.isArray(item)) guard(() => tally.addJson(JSON.stringify(item)));
    else throw new TypeError("digipolicy: a record must be an object, its JSON text or bytes");
  };
  const finish = (tally) => JSON.parse(guard(() => tally.finish()));
  const progressOf = (options) => {
    const { onProgress } = optionsOf(options, ["onProgress"], "{ onProgress: (n) => {} }");
    if (onProgress !== undefined && typeof onProgress !== "function") throw new TypeError("digipolicy: onProgress must be a function");
    return onProgress;
  };
  /**
   * The accounts of `year`, counting each record as it is read and keeping only the figures:
   * `records` is JSON text or bytes holding many (an array, JSON lines, pretty records), or a
   * list or other iterable of records (objects, JSON texts or bytes). One record alone is not
   * a year's records: a plain object is refused.
   */
  const accounts = (records, year, options) => {
    const onProgress = progressOf(options);
    return withTally(year, (tally) => {
      if (typeof records === "string") guard(() => tally.feedText(records));
      else if (records instanceof Uint8Array) guard(() => tally.feed(records));
      else if (records !== null && typeof records === "object" && typeof records[Symbol.iterator] === "function") {
        for (const item of records) {
          addItem(tally, item);
          onProgress?.(tally.given);
        }
      } else {
        throw new TypeError("digipolicy: records must be a list of decision records, JSON text or bytes");
      }
      return finish(tally);
    });
  };
  /**
   * The accounts of `year` from an async iterable (a Node stream of a file, a fetch body's
   * chunks, a cursor) or any iterable: each record counted as it arrives.
   */
  const accountsAsync = async (records, year, options) => {
    const onProgress = progressOf(options);
    if (records === null || typeof records !== "object" || (typeof records[Symbol.asyncIterator] !== "function" && typeof records[Symbol.iterator] !== "function")) {
      throw new TypeError("digipolicy: records must be an async iterable or a list of decision records");
    }
    checkYear(year);
    const tally = guard(() => new raw.Tally(year));
    try {
      for await (const item of records) {
        // A stream's chunks are bytes (or text) cut anywhere: fed as a stream, not as records.
        if (item instanceof Uint8Array) guard(() => tally.feed(item));
        else if (typeof item === "string" && typeof records[Symbol.asyncIterator] === "function") guard(() => tally.feedText(item));
        else addItem(tally, item);
        onProgress?.(tally.given);
      }
      return finish(tally);
    } finally {
      tally.free();
    }
  };
  return {
    memo: (c, options) => {
      const { lang = "sv", format = "md", asOf } = optionsOf(options, ["lang", "format", "asOf"], '{ lang: "sv", format: "html" }');
      return guard(() => raw.runJson("memo", text(c), asOf, String(lang), String(format)));
    },
    record: (c, options) => run("record", c, options),
    verify: (r) => run("verify", r),
    accounts,
    accountsAsync,
    accountsDocument: (accounts, options) => {
      const { lang = "sv", format = "md" } = optionsOf(options, ["lang", "format"], '{ lang: "sv", format: "html" }');
      return guard(() => raw.runJson("accounts_document", text(accounts), undefined, String(lang), String(format)));
    },
    run,
  };
}

/**
 * @param {any} raw the wasm-bindgen module
 * @param {Record<string, unknown>} schemas the JSON Schemas by name (schemas.js)
 * @param {() => Promise<any>} loadDocumentsModule loads the documents module's raw exports
 */
export function makeApi(raw, schemas, loadDocumentsModule) {
  const guard = guardOf(raw);
  let documents;
  /** The documents module, loaded once on first use. */
  const loadDocuments = () => {
    documents ??= loadDocumentsModule().then(makeDocuments);
    return documents;
  };
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
    loadDocuments,
    memo: async (c, options) => (await loadDocuments()).memo(c, options),
    record: async (c, options) => (await loadDocuments()).record(c, options),
    verify: async (r) => (await loadDocuments()).verify(r),
    accounts: async (records, year, options) => (await loadDocuments()).accounts(records, year, options),
    accountsAsync: async (records, year, options) => (await loadDocuments()).accountsAsync(records, year, options),
  };
}
