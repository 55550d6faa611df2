// The settings sent to the server: only rules the user set, valid levels,
// reference paths made absolute against the workspace.

import { strict as assert } from "node:assert";
import * as path from "node:path";
import { test } from "node:test";

import { RULE_IDS, serverSettings } from "../settings";

function lookupFrom(values: Record<string, unknown>) {
  return (key: string): unknown => values[key];
}

test("rules left at default are not sent", () => {
  const settings = serverSettings(lookupFrom({ "rules.unclosed-quote": "default" }));
  assert.deepEqual(settings, {
    rules: {},
    names: { reference: [], prefer: [], accept: [] },
    figures: { synonyms: [] },
  });
});

test("house names, accepted names and figure synonyms are sent", () => {
  const settings = serverSettings(
    lookupFrom({
      "names.prefer": ["Kim Jong Un", " Volodymyr Zelensky ", "", 4],
      "names.accept": ["Vladamir Smith"],
      "figures.synonyms": [["workers", "employees", "staff"], ["lonely"], "troops", [3, "x", "y"]],
    }),
  );
  assert.deepEqual(settings.names.prefer, ["Kim Jong Un", "Volodymyr Zelensky"]);
  assert.deepEqual(settings.names.accept, ["Vladamir Smith"]);
  assert.deepEqual(settings.figures.synonyms, [
    ["workers", "employees", "staff"],
    ["x", "y"],
  ]);
});

test("set rules are sent with their level, invalid levels are dropped", () => {
  const settings = serverSettings(
    lookupFrom({
      "rules.unattributed-quote": "off",
      "rules.misspelled-name": "hint",
      "rules.conflicting-figure": "loud",
      "rules.inconsistent-name": 3,
    }),
  );
  assert.deepEqual(settings.rules, { "unattributed-quote": "off", "misspelled-name": "hint" });
});

test("every rule id can be configured", () => {
  const values: Record<string, unknown> = {};
  for (const id of RULE_IDS) {
    values[`rules.${id}`] = "error";
  }
  assert.equal(Object.keys(serverSettings(lookupFrom(values)).rules).length, RULE_IDS.length);
});

test("reference paths are resolved against the workspace folder", () => {
  const base = path.resolve("/news/desk");
  const settings = serverSettings(
    lookupFrom({
      "names.reference": ["people.tsv", "${workspaceFolder}/lists/more.tsv", path.resolve("/abs/x.tsv"), "", 7],
    }),
    base,
  );
  assert.deepEqual(settings.names.reference, [
    path.join(base, "people.tsv"),
    path.join(base, "lists", "more.tsv"),
    path.resolve("/abs/x.tsv"),
  ]);
});

test("without a workspace, reference paths are passed as written", () => {
  const settings = serverSettings(lookupFrom({ "names.reference": ["people.tsv"] }));
  assert.deepEqual(settings.names.reference, ["people.tsv"]);
});
