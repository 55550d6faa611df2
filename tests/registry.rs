//! The rule registry is the one source of truth: the README's table of rules
//! and the VS Code extension's settings must say what it says.

use std::collections::BTreeSet;
use std::path::Path;

use copydesk::rules::{markdown_table, Rule};
use serde_json::Value;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn ids() -> BTreeSet<String> {
    Rule::ALL.iter().map(|r| r.as_str().to_owned()).collect()
}

#[test]
fn readme_rule_table_is_the_registry() {
    let readme = read("README.md");
    let start = readme
        .find("| id | default |")
        .unwrap_or_else(|| panic!("README.md has no table of rules"));
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |i| start + i + 1);
    let want = markdown_table();
    assert_eq!(
        &readme[start..end],
        want,
        "README.md's table of rules differs from the registry; replace it with \
         the output of `copydesk explain`:\n{want}"
    );
}

#[test]
fn vscode_settings_name_every_rule_with_its_default() {
    let manifest: Value =
        serde_json::from_str(&read("editors/vscode/package.json")).expect("package.json is JSON");
    let props = manifest["contributes"]["configuration"]["properties"]
        .as_object()
        .expect("package.json declares settings");
    let declared: BTreeSet<String> = props
        .keys()
        .filter_map(|k| k.strip_prefix("copydesk.rules."))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        declared,
        ids(),
        "copydesk.rules.* settings differ from the registry"
    );
    for rule in Rule::ALL {
        let setting = &props[&format!("copydesk.rules.{rule}")];
        let levels: Vec<&str> = setting["enum"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert_eq!(
            levels,
            ["default", "off", "hint", "info", "warning", "error"],
            "{rule}"
        );
        let description = setting["markdownDescription"].as_str().unwrap_or_default();
        let default = format!("(`default`: {}).", rule.default_severity());
        assert!(
            description.ends_with(&default),
            "{rule}: the description should end with {default}: {description}"
        );
    }
}

#[test]
fn vscode_extension_knows_every_rule_id() {
    let source = read("editors/vscode/src/settings.ts");
    let start = source
        .find("RULE_IDS = [")
        .expect("settings.ts lists RULE_IDS");
    let end = start + source[start..].find(']').expect("RULE_IDS ends");
    let listed: BTreeSet<String> = source[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    assert_eq!(
        listed,
        ids(),
        "settings.ts RULE_IDS differ from the registry"
    );
}
