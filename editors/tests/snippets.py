"""Configuration snippets for Helix, Zed and Sublime Text: they parse, start
`copydesk lsp` for Markdown and plain text, and their settings objects are
settings copydesk accepts (checked by the real binary through --config).

Usage: python3 editors/tests/snippets.py /path/to/copydesk
"""

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

EDITORS = Path(__file__).resolve().parent.parent
SERVER_LANGUAGE_IDS = {"markdown", "plaintext", "text"}


def check(condition, message):
    if not condition:
        sys.exit(f"snippets: {message}")


def toml_value(value):
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"unexpected setting value {value!r}")


def as_toml(settings):
    """The settings object as copydesk.toml (tables of strings and lists)."""
    lines = []
    for table, entries in settings.items():
        check(isinstance(entries, dict), f"`{table}` must be an object")
        lines.append(f"[{table}]")
        lines += [f"{json.dumps(k)} = {toml_value(v)}" for k, v in entries.items()]
    return "\n".join(lines) + "\n"


def accepted(binary, where, settings):
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "copydesk.toml")
        config.write_text(as_toml(settings), encoding="utf-8")
        draft = Path(tmp, "draft.md")
        draft.write_text("A short draft.\n", encoding="utf-8")
        run = subprocess.run(
            [binary, "check", "--config", str(config), str(draft)],
            capture_output=True, text=True,
        )
        check(run.returncode == 0, f"{where}: copydesk rejects the settings:\n{run.stdout}{run.stderr}")
    print(f"ok: {where}")


def main():
    binary = sys.argv[1]

    helix = tomllib.loads((EDITORS / "helix/languages.toml").read_text(encoding="utf-8"))
    server = helix["language-server"]["copydesk"]
    check(server["command"] == "copydesk" and server["args"] == ["lsp"], "helix: command")
    languages = {lang["name"]: lang for lang in helix["language"]}
    check("copydesk" in languages["markdown"]["language-servers"], "helix: markdown")
    # Helix's own Markdown servers since 25.01 are kept, not replaced.
    check(
        {"marksman", "markdown-oxide"} <= set(languages["markdown"]["language-servers"]),
        "helix: markdown keeps marksman and markdown-oxide",
    )
    check(languages["text"]["language-id"] in SERVER_LANGUAGE_IDS, "helix: text language id")
    accepted(binary, "helix config", server["config"])

    zed = json.loads((EDITORS / "zed/settings.json").read_text(encoding="utf-8"))
    lsp = zed["lsp"]["copydesk"]
    check(lsp["binary"]["arguments"] == ["lsp"], "zed: arguments")
    for name in ("Markdown", "Plain Text"):
        check("copydesk" in zed["languages"][name]["language_servers"], f"zed: {name}")
    accepted(binary, "zed initialization_options", lsp["initialization_options"])
    manifest = tomllib.loads((EDITORS / "zed/extension.toml").read_text(encoding="utf-8"))
    registered = manifest["language_servers"]["copydesk"]
    check(set(registered["languages"]) == {"Markdown", "Plain Text"}, "zed: extension languages")
    check(set(registered["language_ids"].values()) <= SERVER_LANGUAGE_IDS, "zed: language ids")

    sublime = json.loads((EDITORS / "sublime/LSP.sublime-settings").read_text(encoding="utf-8"))
    client = sublime["clients"]["copydesk"]
    check(client["command"] == ["copydesk", "lsp"], "sublime: command")
    check("text.html.markdown" in client["selector"] and "text.plain" in client["selector"], "sublime: selector")
    accepted(binary, "sublime initializationOptions", client["initializationOptions"])
    accepted(binary, "sublime settings", client["settings"]["copydesk"])


if __name__ == "__main__":
    main()
