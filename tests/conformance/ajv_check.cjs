// Compiles the govdocs record schema with Ajv2020 in strict mode (plus ajv-formats) and checks
// it gives every conformance case in cases.json the verdict the case states, and accepts every
// golden record. Usage: node ajv_check.cjs AJV_NODE_MODULES_PARENT SCHEMA.json
// (ajv and ajv-formats are resolved from the first argument, e.g. a temp dir of `npm install`.)
"use strict";
const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const [ajvDir, schemaPath] = process.argv.slice(2);
if (!ajvDir || !schemaPath) {
  console.error("usage: node ajv_check.cjs AJV_DIR SCHEMA.json");
  process.exit(2);
}
const load = createRequire(path.join(path.resolve(ajvDir), "package.json"));
const Ajv2020 = load("ajv/dist/2020").default;
const addFormats = load("ajv-formats").default;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const validate = ajv.compile(schema); // throws on any strict-mode problem

const here = __dirname;
const doc = JSON.parse(fs.readFileSync(path.join(here, "cases.json"), "utf8"));

function applyPatch(base, ops) {
  const record = structuredClone(base);
  for (const [op, keys, value] of ops) {
    let parent = record;
    for (const key of keys.slice(0, -1)) parent = parent[key];
    const last = keys[keys.length - 1];
    if (op === "set") parent[last] = value;
    else if (op === "delete") delete parent[last];
    else if (op === "append") parent[last].push(value);
    else throw new Error(`unknown op ${op}`);
  }
  return record;
}

let failures = 0;
let checked = 0;
for (const c of doc.cases) {
  const expected = c.valid || c.in_schema === false;
  const ok = validate(applyPatch(doc.base, c.patch));
  checked += 1;
  if (ok !== expected) {
    failures += 1;
    const why = ok ? "accepted" : JSON.stringify(validate.errors.slice(0, 3));
    console.log(`MISMATCH ${c.name} (${c.breaks || "valid"}): Ajv ${why}`);
  }
}
const goldenDir = path.join(here, "..", "golden");
for (const name of fs.readdirSync(goldenDir).filter((n) => n.endsWith(".json")).sort()) {
  checked += 1;
  if (!validate(JSON.parse(fs.readFileSync(path.join(goldenDir, name), "utf8")))) {
    failures += 1;
    console.log(`MISMATCH golden/${name}: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  }
}
console.log(`ajv2020 strict: ${checked - failures}/${checked} records as expected`);
process.exit(failures ? 1 : 0);
