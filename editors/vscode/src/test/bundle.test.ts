// The packaged bundle loads and activates against a stand-in `vscode` module:
// commands are registered and a missing binary is reported with install advice.
// Also checks that package.json offers a setting for every rule id.

import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

import { RULE_IDS } from "../settings";

const root = path.resolve(__dirname, "..", "..");

interface Recorded {
  commands: string[];
  errors: string[];
}

/**
 * Anything else in the API: a class (the client library extends some at load
 * time) whose every property is again such a stand-in.
 */
function anything(): unknown {
  return new Proxy(class {}, {
    get: (target, key) =>
      typeof key === "symbol" || key === "then" ? undefined : key in target ? Reflect.get(target, key) : anything(),
  });
}

/** A stand-in for the parts of the `vscode` API that activation touches. */
function fakeVscode(settings: Record<string, unknown>, recorded: Recorded): unknown {
  const disposable = { dispose: () => undefined };
  const api: Record<string, unknown> = {
    window: {
      createOutputChannel: () => ({ appendLine: () => undefined, show: () => undefined, ...disposable }),
      showErrorMessage: async (message: string) => {
        recorded.errors.push(message);
        return undefined;
      },
    },
    commands: {
      registerCommand: (name: string) => {
        recorded.commands.push(name);
        return disposable;
      },
      executeCommand: async () => undefined,
    },
    workspace: {
      workspaceFolders: undefined,
      getWorkspaceFolder: () => undefined,
      onDidChangeConfiguration: () => disposable,
      getConfiguration: () => ({
        get: (key: string, fallback?: unknown) => (key in settings ? settings[key] : fallback),
      }),
    },
    Uri: { joinPath: () => ({}), parse: () => ({}) },
  };
  return new Proxy(api, { get: (target, key) => (typeof key === "string" && key in target ? target[key] : anything()) });
}

function loadBundle(vscode: unknown): { activate: (context: unknown) => Promise<void> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require("node:module") as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  Module._load = (request: string, ...rest: unknown[]) =>
    request === "vscode" ? vscode : original(request, ...rest);
  try {
    const bundle = path.join(root, "dist", "extension.js");
    delete require.cache[bundle];
    return require(bundle) as { activate: (context: unknown) => Promise<void> };
  } finally {
    Module._load = original;
  }
}

test("a missing binary is reported with install advice, commands still work", async () => {
  const recorded: Recorded = { commands: [], errors: [] };
  const extension = loadBundle(fakeVscode({ path: "/nonexistent/copydesk" }, recorded));
  await extension.activate({ subscriptions: [], extensionUri: {} });
  assert.deepEqual(recorded.commands.sort(), ["copydesk.restartServer", "copydesk.showOutput"]);
  assert.equal(recorded.errors.length, 1);
  assert.match(recorded.errors[0] ?? "", /\/nonexistent\/copydesk/);
  assert.match(recorded.errors[0] ?? "", /cargo install --locked --path \./);
  assert.match(recorded.errors[0] ?? "", /copydesk\.path/);
});

test("package.json has a setting for every rule and commands for every registration", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[] };
    activationEvents: string[];
  };
  for (const id of RULE_IDS) {
    assert.ok(`copydesk.rules.${id}` in manifest.contributes.configuration.properties, id);
  }
  assert.ok("copydesk.path" in manifest.contributes.configuration.properties);
  assert.ok("copydesk.names.reference" in manifest.contributes.configuration.properties);
  assert.deepEqual(
    manifest.contributes.commands.map((c) => c.command).sort(),
    ["copydesk.restartServer", "copydesk.showOutput"],
  );
  assert.deepEqual(manifest.activationEvents.sort(), ["onLanguage:markdown", "onLanguage:plaintext"]);
});
