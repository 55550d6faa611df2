//! The names and words of a reference list as the index keeps them: for the
//! built-in list, offsets into one string build.rs wrote; for a newsroom's, owned.
//!
//! Offsets rather than `&'static str`s because every pointer in a static is
//! one relocation the loader makes and one more page written at start-up:
//! with a `&str` per name and word, `copydesk check` of one article made
//! 160,430 relocations (2.34M instructions in the loader) and 1,116 page
//! faults; with offsets, 70,660 (1.17M) and 593, and 10.9M -> 9.8M in all.

use std::fmt;
use std::ops::Index;

// TEXT (every name and word of the built-in list, each once) and SPANS
// ((start, length) into TEXT of each word of each name, name after name).
include!(concat!(env!("OUT_DIR"), "/people_text.rs"));

/// A name or word of a list.
#[derive(Clone)]
pub enum Text {
    Owned(String),
    /// (start, length) in the built-in list's text.
    Prepared(u32, u32),
}

impl Text {
    pub fn as_str(&self) -> &str {
        match self {
            Text::Owned(s) => s,
            Text::Prepared(start, len) => prepared(*start, *len),
        }
    }
}

fn prepared(start: u32, len: u32) -> &'static str {
    TEXT.get(start as usize..(start + len) as usize)
        .unwrap_or_default()
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The words of a name ("Vladimir", "Putin"), or any short list of words.
#[derive(Clone, Default)]
pub enum Words {
    #[default]
    Empty,
    Owned(Vec<String>),
    /// (first, count) in the built-in list's word spans.
    Prepared(u32, u32),
}

impl Words {
    pub fn len(&self) -> usize {
        match self {
            Words::Empty => 0,
            Words::Owned(words) => words.len(),
            Words::Prepared(_, len) => *len as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        match self {
            Words::Empty => None,
            Words::Owned(words) => words.get(i).map(String::as_str),
            Words::Prepared(first, len) => {
                if i >= *len as usize {
                    return None;
                }
                let (start, len) = SPANS.get(*first as usize + i)?;
                Some(prepared(*start, *len))
            }
        }
    }

    pub fn first(&self) -> Option<&str> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    pub fn join(&self, sep: &str) -> String {
        self.iter().collect::<Vec<&str>>().join(sep)
    }

    /// Add a word (turning a prepared list into an owned one).
    pub fn push(&mut self, word: String) {
        match self {
            Words::Owned(words) => words.push(word),
            _ => {
                let mut words: Vec<String> = self.iter().map(str::to_owned).collect();
                words.push(word);
                *self = Words::Owned(words);
            }
        }
    }
}

impl Index<usize> for Words {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(word) => word,
            None => panic!("word {i} of a name of {} words", self.len()),
        }
    }
}

impl<'w> IntoIterator for &'w Words {
    type Item = &'w str;
    type IntoIter = Box<dyn Iterator<Item = &'w str> + 'w>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Words {}

impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_and_prepared_words_read_alike() {
        let mut owned = Words::Owned(vec!["Olaf".to_owned(), "Scholz".to_owned()]);
        assert_eq!(owned.len(), 2);
        assert_eq!(&owned[1], "Scholz");
        assert_eq!(owned.last(), Some("Scholz"));
        assert_eq!(owned.join(" "), "Olaf Scholz");
        assert_eq!(owned.get(2), None);
        owned.push("Jr".to_owned());
        assert_eq!(owned.join("+"), "Olaf+Scholz+Jr");
        let mut empty = Words::Empty;
        assert!(empty.is_empty() && empty.last().is_none());
        empty.push("x".to_owned());
        assert_eq!(empty, Words::Owned(vec!["x".to_owned()]));
        let name = Text::Owned("Ana Lopes".to_owned());
        assert_eq!(format!("{name}"), "Ana Lopes");
        assert!(name.starts_with("Ana"));
    }
}
