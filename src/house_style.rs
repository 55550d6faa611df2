//! House style edits: adds an accepted name to `copydesk.toml` text, keeping
//! the file's comments and layout (pure; the caller reads and writes the file).

use toml_edit::{Array, DocumentMut, Item, Table, Value};

use crate::config::ConfigError;

/// Return `toml_text` with `name` added to `[names] accept`.
///
/// Creates the `[names]` table and the `accept` list when they are missing,
/// leaves the text as it was when the name is already accepted, and keeps
/// every comment and the layout of the rest of the file.
pub fn accept_name(toml_text: &str, name: &str) -> Result<String, ConfigError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ConfigError::new("cannot accept an empty name"));
    }
    let mut doc = toml_text
        .parse::<DocumentMut>()
        .map_err(|e: toml_edit::TomlError| {
            ConfigError::new(format!("copydesk.toml: {}", e.to_string().trim()))
        })?;
    let root = doc.as_table_mut();
    if !root.contains_key("names") {
        let mut table = Table::new();
        table.set_implicit(false);
        root.insert("names", Item::Table(table));
    }
    let names = root
        .get_mut("names")
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| ConfigError::new("copydesk.toml: `names` must be a table ([names])"))?;
    if names.get("accept").is_none() {
        names.insert("accept", Item::Value(Value::Array(Array::new())));
    }
    let accept = names
        .get_mut("accept")
        .and_then(Item::as_array_mut)
        .ok_or_else(|| {
            ConfigError::new("copydesk.toml: [names] `accept` must be a list of names")
        })?;
    if accept.iter().any(|v| v.as_str() == Some(name)) {
        return Ok(toml_text.to_owned());
    }
    accept.push(name);
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_the_table_in_an_empty_file() {
        let out = accept_name("", "Vladamir Smith").expect("valid");
        assert_eq!(out.trim(), "[names]\naccept = [\"Vladamir Smith\"]");
    }

    #[test]
    fn rejects_a_names_key_that_is_not_a_table() {
        assert!(accept_name("names = 3\n", "X Y").is_err());
        assert!(accept_name("[names]\naccept = \"X\"\n", "X Y").is_err());
        assert!(accept_name("[names\n", "X Y").is_err());
    }
}
