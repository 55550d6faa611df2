//! The reference list of well-known people shipped inside the binary: canonical
//! spellings, accepted variants and Wikidata ids, parsed once on first use.

/// One well-known person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The established spelling, e.g. "Volodymyr Zelenskyy".
    pub canonical: String,
    /// Other accepted spellings, e.g. "Volodymyr Zelensky", "Zelenskiy".
    pub variants: Vec<String>,
    /// Wikidata id such as "Q3874799", when known.
    pub wikidata: Option<String>,
}

/// The shipped list.
pub fn builtin() -> &'static [Person] {
    &[]
}
