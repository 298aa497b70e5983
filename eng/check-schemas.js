// Compiles the four JSON Schemas with Ajv, an independent validator, in strict draft 2020-12
// mode, and validates every seed document against them. Run by eng/check-schemas.sh.
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const fs = require("fs");
const root = process.argv[2];
// Strict in every respect but one: the assessment schema types an observation value as
// ["boolean", "number", "string"], a union type that draft 2020-12 allows and that Ajv's strict
// mode only flags as a matter of style. Rewriting it as anyOf would triple every type error.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
let failed = 0;
const jsonIn = folder => fs.readdirSync(`${root}/${folder}`).filter(f => f.endsWith(".json")).map(f => `${folder}/${f}`);
for (const [kind, docs] of [
  ["rubric", ["seeds/panlong.rubric.json", "seeds/panlong-staff.rubric.json"]],
  ["assessment", [...jsonIn("seeds/assessments"), ...jsonIn("seeds/assessments/staff")]],
  ["roster", ["seeds/roster.json"]],
  ["plan", ["seeds/panlong.plan.json"]]]) {
  const schema = JSON.parse(fs.readFileSync(`${root}/src/Rubric.Engine.Schema/Schemas/${kind}.schema.json`, "utf8"));
  let validate;
  try { validate = ajv.compile(schema); } catch (e) { console.log(`${kind}: schema rejected in strict mode: ${e.message}`); failed++; continue; }
  for (const d of docs) {
    const ok = validate(JSON.parse(fs.readFileSync(`${root}/${d}`, "utf8")));
    if (!ok) { failed++; console.log(`${d}: ${JSON.stringify(validate.errors.slice(0,3))}`); }
  }
  console.log(`${kind}: schema compiles in strict mode; ${docs.length} document(s) checked`);
}
// The id and date patterns must match the whole text here (ECMA-262) exactly as they do in .NET;
// RubricSchemasTests runs the same samples through JsonSchema.Net.
const samples = JSON.parse(fs.readFileSync(`${root}/tests/Rubric.Engine.Schema.Tests/Fixtures/pattern-samples.json`, "utf8"));
for (const [kind, path, set] of [["rubric", ["$defs", "id"], "id"], ["roster", ["$defs", "id"], "id"], ["assessment", ["$defs", "id"], "id"], ["assessment", ["properties", "date"], "date"]]) {
  let node = JSON.parse(fs.readFileSync(`${root}/src/Rubric.Engine.Schema/Schemas/${kind}.schema.json`, "utf8"));
  for (const key of path) node = node[key];
  const validate = new Ajv2020({ strict: true }).compile({ type: "string", pattern: node.pattern });
  for (const [verdict, expected] of [["accepted", true], ["rejected", false]]) {
    for (const sample of samples[set][verdict]) {
      if (validate(sample) !== expected) { failed++; console.log(`${kind} ${path.join("/")}: ${JSON.stringify(sample)} should be ${verdict}`); }
    }
  }
}
console.log("patterns: the id and date samples are accepted and rejected as in .NET");
process.exit(failed ? 1 : 0);
