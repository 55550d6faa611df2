//! Settings: which rules run at what severity, the newsroom's name style and
//! extra synonyms, parsed from `copydesk.toml` or editor settings (pure, no I/O).
//!
//! Layers merge in this order, later wins: defaults < editor settings < `copydesk.toml`.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::finding::{Rule, Severity};

/// How a rule is configured: switched off, or on at a severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "off" | "none" | "false" => Level::Off,
            "hint" => Level::On(Severity::Hint),
            "info" | "information" => Level::On(Severity::Info),
            "warning" | "warn" => Level::On(Severity::Warning),
            "error" => Level::On(Severity::Error),
            other => {
                return Err(format!(
                    "unknown level `{other}` (use off, hint, info, warning or error)"
                ))
            }
        })
    }
}

/// The newsroom's house style for names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameStyle {
    /// House spellings: they win over other spellings and are suggested in fixes.
    pub prefer: Vec<String>,
    /// Names that are right as written and never flagged.
    pub accept: Vec<String>,
    /// Extra reference lists, as (where it came from, TSV text in the shipped format).
    /// The I/O layer reads the files named by `reference = [...]`.
    pub reference: Vec<(String, String)>,
}

/// Extra counted-thing synonyms for the figures check: each group names one thing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FigureStyle {
    pub synonyms: Vec<Vec<String>>,
}

/// Everything the engine needs to know about the user's preferences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    levels: BTreeMap<Rule, Level>,
    pub names: NameStyle,
    pub figures: FigureStyle,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            levels: Rule::ALL
                .into_iter()
                .map(|r| (r, Level::On(r.default_severity())))
                .collect(),
            names: NameStyle::default(),
            figures: FigureStyle::default(),
        }
    }
}

impl Config {
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or(Level::On(rule.default_severity()))
    }

    pub fn enabled(&self, rule: Rule) -> bool {
        self.level(rule) != Level::Off
    }

    pub fn set_level(&mut self, rule: Rule, level: Level) {
        self.levels.insert(rule, level);
    }

    /// Lay `settings` over this configuration: what they set wins.
    /// `reference` paths are not read here; see [`Settings::reference_paths`].
    pub fn apply(&mut self, settings: &Settings) -> Result<(), ConfigError> {
        for (name, level) in &settings.rules {
            let rule: Rule = name
                .parse()
                .map_err(|e| ConfigError::new(format!("[rules]: {e}")))?;
            let level: Level = level
                .parse()
                .map_err(|e| ConfigError::new(format!("[rules] {name}: {e}")))?;
            self.set_level(rule, level);
        }
        if let Some(names) = &settings.names {
            extend_unique(&mut self.names.prefer, &names.prefer);
            extend_unique(&mut self.names.accept, &names.accept);
        }
        if let Some(figures) = &settings.figures {
            self.figures
                .synonyms
                .extend(figures.synonyms.iter().cloned());
        }
        Ok(())
    }
}

fn extend_unique(into: &mut Vec<String>, from: &[String]) {
    for s in from {
        if !into.contains(s) {
            into.push(s.clone());
        }
    }
}

/// One layer of settings as written by a user: `copydesk.toml`, or the
/// editor's `initializationOptions` / `workspace/didChangeConfiguration` (JSON,
/// same shape, optionally wrapped in `{"copydesk": {...}}`).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Rule id → level (`off`, `hint`, `info`, `warning`, `error`).
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
    #[serde(default)]
    pub names: Option<NameSettings>,
    #[serde(default)]
    pub figures: Option<FigureSettings>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct NameSettings {
    #[serde(default)]
    pub prefer: Vec<String>,
    #[serde(default)]
    pub accept: Vec<String>,
    /// Paths of extra reference lists (TSV), relative to the file that names them.
    #[serde(default)]
    pub reference: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FigureSettings {
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
}

impl Settings {
    /// Parse `copydesk.toml`. The error names the line and says what is wrong.
    pub fn from_toml(text: &str) -> Result<Settings, ConfigError> {
        let settings: Settings =
            toml::from_str(text).map_err(|e| ConfigError::new(e.to_string().trim().to_owned()))?;
        settings.validate()?;
        Ok(settings)
    }

    /// Parse `copydesk.toml`, keeping every setting that is right: a mistake
    /// drops only the setting it is in (a line TOML cannot read, an unknown
    /// section, key, rule or level, a value of the wrong kind), and each is
    /// reported. Messages name the culprit in backticks for [`ConfigError`]
    /// readers that point at its line.
    pub fn from_toml_lenient(text: &str) -> (Settings, Vec<ConfigError>) {
        let mut errors = Vec::new();
        let table = readable_table(text, &mut errors);
        let mut settings = Settings::default();
        for (section, value) in table {
            match section.as_str() {
                "rules" => settings.rules = rules_section(&value, &mut errors),
                "names" => settings.names = Some(names_section(&value, &mut errors)),
                "figures" => settings.figures = Some(figures_section(&value, &mut errors)),
                other => errors.push(ConfigError::new(format!(
                    "unknown section `{other}` (copydesk.toml has [rules], [names] and [figures])"
                ))),
            }
        }
        (settings, errors)
    }

    /// Parse editor settings (JSON). `null` means no settings.
    pub fn from_json(value: &serde_json::Value) -> Result<Settings, ConfigError> {
        let value = match value {
            serde_json::Value::Null => return Ok(Settings::default()),
            serde_json::Value::Object(map) if map.len() == 1 && map.contains_key("copydesk") => {
                &map["copydesk"]
            }
            v => v,
        };
        if value.is_null() {
            return Ok(Settings::default());
        }
        let settings: Settings = serde_json::from_value(value.clone())
            .map_err(|e| ConfigError::new(format!("copydesk settings: {e}")))?;
        settings.validate()?;
        Ok(settings)
    }

    pub fn reference_paths(&self) -> &[String] {
        self.names
            .as_ref()
            .map(|n| n.reference.as_slice())
            .unwrap_or(&[])
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let mut probe = Config::default();
        probe.apply(self)
    }
}

/// Most lines of a broken file dropped one by one before giving up on it.
const MAX_DROPPED_LINES: usize = 32;

/// The file as a TOML table, leaving out each line TOML cannot read (blanked,
/// so the other lines keep their numbers); an error for each.
fn readable_table(text: &str, errors: &mut Vec<ConfigError>) -> toml::Table {
    let mut lines: Vec<&str> = text.split('\n').collect();
    for _ in 0..MAX_DROPPED_LINES {
        let attempt = lines.join("\n");
        let error = match attempt.parse::<toml::Table>() {
            Ok(table) => return table,
            Err(e) => e,
        };
        errors.push(ConfigError::new(format!(
            "{}\n  = note: this line is left out",
            error.to_string().trim()
        )));
        let Some(at) = error.span().map(|span| span.start.min(attempt.len())) else {
            break;
        };
        let line = attempt[..at].matches('\n').count();
        match lines.get_mut(line) {
            Some(l) if !l.trim().is_empty() => *l = "",
            _ => break,
        }
    }
    errors.push(ConfigError::new(
        "too broken to read: none of its settings apply".to_owned(),
    ));
    toml::Table::new()
}

fn rules_section(value: &toml::Value, errors: &mut Vec<ConfigError>) -> BTreeMap<String, String> {
    let mut rules = BTreeMap::new();
    let Some(table) = value.as_table() else {
        errors.push(ConfigError::new("`rules` must be a section: [rules]"));
        return rules;
    };
    for (name, level) in table {
        if let Err(e) = name.parse::<Rule>() {
            errors.push(ConfigError::new(format!("[rules]: {e}")));
            continue;
        }
        let Some(text) = level.as_str() else {
            errors.push(ConfigError::new(format!(
                "[rules] `{name}`: the level is a word in quotes (\"off\", \"hint\", \"info\", \"warning\" or \"error\")"
            )));
            continue;
        };
        match text.parse::<Level>() {
            Ok(_) => {
                rules.insert(name.clone(), text.to_owned());
            }
            Err(e) => errors.push(ConfigError::new(format!("[rules] {name}: {e}"))),
        }
    }
    rules
}

fn names_section(value: &toml::Value, errors: &mut Vec<ConfigError>) -> NameSettings {
    let mut names = NameSettings::default();
    let Some(table) = value.as_table() else {
        errors.push(ConfigError::new("`names` must be a section: [names]"));
        return names;
    };
    for (key, value) in table {
        let slot = match key.as_str() {
            "prefer" => &mut names.prefer,
            "accept" => &mut names.accept,
            "reference" => &mut names.reference,
            other => {
                errors.push(ConfigError::new(format!(
                    "[names]: unknown setting `{other}` (use prefer, accept or reference)"
                )));
                continue;
            }
        };
        match strings(value) {
            Some(list) => *slot = list,
            None => errors.push(ConfigError::new(format!(
                "[names] `{key}`: expected a list of names in quotes, such as [\"Kim Jong Un\"]"
            ))),
        }
    }
    names
}

fn figures_section(value: &toml::Value, errors: &mut Vec<ConfigError>) -> FigureSettings {
    let mut figures = FigureSettings::default();
    let Some(table) = value.as_table() else {
        errors.push(ConfigError::new("`figures` must be a section: [figures]"));
        return figures;
    };
    for (key, value) in table {
        if key != "synonyms" {
            errors.push(ConfigError::new(format!(
                "[figures]: unknown setting `{key}` (use synonyms)"
            )));
            continue;
        }
        let groups: Option<Vec<Vec<String>>> = value
            .as_array()
            .and_then(|groups| groups.iter().map(strings).collect());
        match groups {
            Some(groups) => figures.synonyms = groups,
            None => errors.push(ConfigError::new(format!(
                "[figures] `{key}`: expected lists of words, such as [[\"workers\", \"employees\"]]"
            ))),
        }
    }
    figures
}

/// A TOML array of strings.
fn strings(value: &toml::Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// A configuration mistake, explained for the person who made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
}

impl ConfigError {
    pub fn new(message: impl Into<String>) -> ConfigError {
        ConfigError {
            message: message.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_layer_sets_levels_and_names() {
        let s = Settings::from_toml(
            "[rules]\nunattributed-quote = \"off\"\nmisspelled-name = \"hint\"\n\n[names]\nprefer = [\"Kim Jong Un\"]\naccept = [\"Vladamir Smith\"]\n",
        )
        .expect("valid settings");
        let mut c = Config::default();
        c.apply(&s).expect("applies");
        assert!(!c.enabled(Rule::UnattributedQuote));
        assert_eq!(c.level(Rule::MisspelledName), Level::On(Severity::Hint));
        assert_eq!(c.names.prefer, vec!["Kim Jong Un"]);
        assert_eq!(c.names.accept, vec!["Vladamir Smith"]);
    }

    #[test]
    fn broken_toml_names_the_line() {
        let err = Settings::from_toml("[rules]\nunattributed-quote = \n").unwrap_err();
        assert!(err.message.contains("line 2"), "{}", err.message);
    }

    #[test]
    fn unknown_rule_and_level_are_explained() {
        let err = Settings::from_toml("[rules]\nno-such-rule = \"off\"\n").unwrap_err();
        assert!(err.message.contains("no-such-rule"), "{}", err.message);
        let err = Settings::from_toml("[rules]\nunclosed-quote = \"loud\"\n").unwrap_err();
        assert!(err.message.contains("loud"), "{}", err.message);
    }

    #[test]
    fn json_settings_may_be_wrapped() {
        let v = serde_json::json!({"copydesk": {"rules": {"conflicting-figure": "error"}}});
        let s = Settings::from_json(&v).expect("valid");
        let mut c = Config::default();
        c.apply(&s).expect("applies");
        assert_eq!(c.level(Rule::ConflictingFigure), Level::On(Severity::Error));
    }
}
