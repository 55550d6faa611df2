// What the copydesk server is told about the user's settings: the VS Code
// settings under `copydesk.*`, reshaped into the server's settings object.

import * as path from "node:path";

/** The settings section the extension owns. */
export const SECTION = "copydesk";

/** The rule ids, as the server names them. */
export const RULE_IDS = [
  "unattributed-quote",
  "unclosed-quote",
  "conflicting-figure",
  "inconsistent-name",
  "misspelled-name",
  "unknown-directive",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The levels the server accepts; `default` in VS Code means "don't say". */
export const LEVELS = ["off", "hint", "info", "warning", "error"] as const;

export type Level = (typeof LEVELS)[number];

/**
 * The object sent as `initializationOptions` and in
 * `workspace/didChangeConfiguration` (wrapped in `{"copydesk": ...}`).
 */
export interface ServerSettings {
  rules: Partial<Record<RuleId, Level>>;
  names: { reference: string[]; prefer: string[]; accept: string[] };
  figures: { synonyms: string[][] };
}

/** Reads one key under `copydesk.` (as `WorkspaceConfiguration.get` does). */
export type Lookup = (key: string) => unknown;

function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}

/**
 * Build the server's settings from VS Code's. Rules left at `default` are not
 * sent, so the server's defaults (and `copydesk.toml`, which wins over editor
 * settings) decide. Relative reference paths are made absolute against
 * `baseDir` (the workspace folder), since the server has no notion of it.
 */
export function serverSettings(lookup: Lookup, baseDir?: string): ServerSettings {
  const rules: Partial<Record<RuleId, Level>> = {};
  for (const id of RULE_IDS) {
    const value = lookup(`rules.${id}`);
    if (isLevel(value)) {
      rules[id] = value;
    }
  }
  const raw = lookup("names.reference");
  const reference = Array.isArray(raw)
    ? raw
        .filter((p): p is string => typeof p === "string" && p.trim() !== "")
        .map((p) => resolveReference(p.trim(), baseDir))
    : [];
  const synonyms = Array.isArray(lookup("figures.synonyms"))
    ? (lookup("figures.synonyms") as unknown[])
        .map((group) => strings(group))
        .filter((group) => group.length > 1)
    : [];
  return {
    rules,
    names: { reference, prefer: strings(lookup("names.prefer")), accept: strings(lookup("names.accept")) },
    figures: { synonyms },
  };
}

/** The non-empty strings of a list setting, trimmed; anything else is dropped. */
function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((s): s is string => typeof s === "string" && s.trim() !== "").map((s) => s.trim())
    : [];
}

function resolveReference(file: string, baseDir: string | undefined): string {
  const expanded = baseDir ? file.replace(/\$\{workspaceFolder\}/g, baseDir) : file;
  if (baseDir === undefined || path.isAbsolute(expanded)) {
    return expanded;
  }
  return path.resolve(baseDir, expanded);
}
