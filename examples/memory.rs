//! Measures what holds a draft's memory: the heap at its peak while the draft
//! is parsed, while each check runs, and over the whole analysis (see README, Performance).
//!
//! `cargo build --release --example memory`, then
//! `target/release/examples/memory FILE [RULE]` (with a rule id, only that
//! rule's check, e.g. under heaptrack to see what it holds). Every allocation goes through a
//! counting wrapper around the system allocator (so heaptrack sees them too): the numbers are
//! bytes asked for, not pages the process touched (`/usr/bin/time -v` gives those).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use copydesk::rules::Check;
use copydesk::{analyze_document, Config, Document, Format, Rule};

/// The system allocator, counting the bytes live now and the most live since the last [`Counting::reset`].
struct Counting {
    live: AtomicUsize,
    peak: AtomicUsize,
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.grew(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.live.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Both blocks are live while the old one is copied into the new one.
        self.grew(new_size);
        self.live.fetch_sub(layout.size(), Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

impl Counting {
    fn grew(&self, bytes: usize) {
        let live = self.live.fetch_add(bytes, Relaxed) + bytes;
        self.peak.fetch_max(live, Relaxed);
    }

    /// Start a new peak from what is live now; returns what is live.
    fn reset(&self) -> usize {
        let live = self.live.load(Relaxed);
        self.peak.store(live, Relaxed);
        live
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting {
    live: AtomicUsize::new(0),
    peak: AtomicUsize::new(0),
};

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Run `f`, printing how far the heap rose above what was live before it and what it left.
fn measure<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let before = ALLOCATOR.reset();
    let out = f();
    let peak = ALLOCATOR.peak.load(Relaxed);
    let after = ALLOCATOR.live.load(Relaxed);
    println!(
        "{what:<28} peak +{:>10}  kept +{:>10}",
        mb(peak - before),
        mb(after.saturating_sub(before))
    );
    out
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let (path, only) = match args.as_slice() {
        [_, path] => (path, None),
        [_, path, rule] => (path, Some(rule.parse::<Rule>()?)),
        _ => return Err("usage: memory FILE [RULE]".into()),
    };
    let text = measure("read", || std::fs::read_to_string(path))
        .map_err(|e| format!("reading {path}: {e}"))?;
    let format = Format::from_path(path);
    let config = Config::default();
    let doc = measure("parse", || Document::parse(&text, format));
    let tokens: usize = doc.paragraphs.iter().map(|p| p.tokens.len()).sum();
    let capacity: usize = doc.paragraphs.iter().map(|p| p.tokens.capacity()).sum();
    println!(
        "  {} paragraphs, {tokens} tokens (room for {capacity}), {} of text",
        doc.paragraphs.len(),
        mb(text.len())
    );
    for rule in Rule::ALL
        .into_iter()
        .filter(|r| only.is_none_or(|o| o == *r))
    {
        if let Check::By(check) = rule.doc().check {
            let found = measure(rule.as_str(), || check(&doc, &config));
            measure("  its findings dropped", || drop(found));
        }
    }
    if only.is_some() {
        return Ok(());
    }
    let base = ALLOCATOR.reset();
    let findings = measure("every check (analyze)", || analyze_document(&doc, &config));
    println!(
        "whole: {} live at the analysis's peak; {} findings",
        mb(ALLOCATOR.peak.load(Relaxed).max(base)),
        findings.len()
    );
    Ok(())
}
