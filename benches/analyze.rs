//! Benchmarks: the whole engine (`copydesk::analyze`, every check) on a
//! ~600-word article, a 10,000-word and a 100,000-word document, to show linear growth.
//!
//! The text is our own: a few story templates filled with varied names, places
//! and figures, so long documents read like a newspaper edition rather than one
//! paragraph repeated. Run with `cargo bench --bench analyze`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The allocator the `copydesk` binary ships with, so the numbers are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use copydesk::{analyze, figures, names, quotes, Config, Document, Format};

/// One story: paragraphs with quotes, attributions, figures and names.
/// Placeholders: {person} {surname} {title} {org} {place} {n1}..{n4} {year}.
const STORY: &[&str] = &[
    "## {org} to cut {n1} jobs at {place} site",
    "{org} will cut {n1} jobs at its {place} site over the next {n4} months, the company \
     said on Tuesday, blaming higher energy prices and weaker demand from its largest customers.",
    "{title} {person} told staff in a memo that the decision had been \"the hardest of my career\". \
     \"We have looked at every other option, and none of them keeps the site open for long,\" {surname} wrote.",
    "The site employs {n2} people and has been part of the town since {year}. Local officials said \
     the cuts would hit suppliers and shops as well as the plant itself.",
    "\"It is a blow to every family here,\" said Councillor Joan Whitaker, who represents the ward. \
     \"We will ask the company to talk to us before anything is signed.\"",
    "Union representatives said they had been given no warning. A spokesperson for the workers said \
     a ballot on industrial action would open on Friday and close within {n4} days.",
    "Shares in {org} fell {n3}% in early trading before recovering some of their losses by the \
     afternoon. Analysts at two banks said the cuts had been expected since the spring.",
    "- Jobs at risk: {n1}\n- Current workforce: {n2}\n- Site opened: {year}",
    "{surname}, who became {title_lower} in {year2}, said the company would offer retraining and \
     help with relocation. \"Nobody will be left to find their own way,\" {surname} said.",
    "The announcement comes {n4} weeks after {org} reported a pre-tax loss of £{n3}.{n4} million \
     for the first half of the year, compared with a profit a year earlier. Revenue fell by a \
     fifth as two large contracts came to an end and were not renewed.",
    "Industry body Make UK said manufacturers across the region faced the same pressures. \
     \"Energy costs are still twice what they were before the crisis, and order books are thin,\" \
     said its regional director, Fiona Grant. \"Without help, {org} will not be the last.\"",
    "### What happens next",
    "A formal consultation with staff must last at least {n4} days for redundancies on this scale. \
     {org} said it hoped to find voluntary redundancies for most of the {n1} posts and to redeploy \
     some staff to its other sites, which employ about {n2} people between them.",
    "Labour MP Graham Stokes, whose constituency includes the site, said he had written to the \
     business secretary asking for an urgent meeting. He described the news as \"devastating\" \
     for a community that had already lost its colliery and, in {year2}, its last bus depot.",
    "Ms Whitaker said the council would set up a jobs fair with the local college within a month. \
     \"There are employers who want these skills,\" she said. \"Our job is to put them in the same \
     room as the people who have them.\"",
    "The college's principal, Dr Nadia Hussain, said it could offer short courses in welding, \
     electrical work and logistics from September. About {n3}0 places would be set aside for \
     workers from the site, she said, and fees would be waived.",
    "Not everyone was pessimistic. Tom Askew, who runs a café opposite the main gate, said he had \
     seen the plant survive three previous rounds of cuts. \"They always say it is the end, and it \
     never quite is,\" he said. \"But this time feels different.\"",
    "The government said it was \"disappointed\" and would meet {org} next week. Ministers have \
     promised a support package for the region worth up to £{n3} million.",
    "Residents who spoke to this newspaper were split. Some blamed the company; others said the \
     plant's future had looked shaky for years. \"My father worked there, and so did I,\" said \
     retired fitter Alan Brooks, {n3}8. \"I never thought I would see it go.\"",
];

const PEOPLE: &[(&str, &str)] = &[
    ("Margaret Ellison", "Ellison"),
    ("Tobias Lindgren", "Lindgren"),
    ("Amara Okonkwo", "Okonkwo"),
    ("Chen Wei", "Chen"),
    ("Isabel Moreno", "Moreno"),
    ("Rajesh Iyer", "Iyer"),
    ("Sofia Kowalczyk", "Kowalczyk"),
    ("Daniel O'Brien", "O'Brien"),
    ("Hannah Vogel", "Vogel"),
    ("Kwame Mensah", "Mensah"),
    ("Lucía Ferreira", "Ferreira"),
    ("Pieter de Vries", "de Vries"),
];

const TITLES: &[&str] = &[
    "Chief executive",
    "Managing director",
    "Chairwoman",
    "Plant manager",
    "Operations director",
];

const ORGS: &[&str] = &[
    "Harlow Steel",
    "Brightwater Foods",
    "Kestrel Aerospace",
    "Northfield Paper",
    "Ardent Chemicals",
    "Calder Glassworks",
    "Meridian Textiles",
    "Thornbury Plastics",
    "Solway Engineering",
];

const PLACES: &[&str] = &[
    "Redcar",
    "Wrexham",
    "Dundee",
    "Grimsby",
    "Port Talbot",
    "Coventry",
    "Ebbw Vale",
    "Barrow",
    "Motherwell",
    "Lowestoft",
    "Corby",
];

/// Story number `i`, with its own names, places and figures.
fn story(i: usize) -> String {
    let (person, surname) = PEOPLE[i % PEOPLE.len()];
    let title = TITLES[(i / 3) % TITLES.len()];
    let org = ORGS[(i * 7) % ORGS.len()];
    let place = PLACES[(i * 5 + 3) % PLACES.len()];
    let n1 = 120 + (i * 37) % 900;
    let n2 = n1 * 3 + (i * 13) % 400;
    let n3 = 2 + i % 7;
    let n4 = 6 + i % 18;
    let year = 1950 + (i * 11) % 60;
    let year2 = 2010 + i % 14;
    let n2 = if n2 >= 1000 {
        format!("{},{:03}", n2 / 1000, n2 % 1000)
    } else {
        n2.to_string()
    };
    STORY
        .iter()
        .map(|p| {
            p.replace("{person}", person)
                .replace("{surname}", surname)
                .replace("{title_lower}", &title.to_lowercase())
                .replace("{title}", title)
                .replace("{org}", org)
                .replace("{place}", place)
                .replace("{n1}", &n1.to_string())
                .replace("{n2}", &n2)
                .replace("{n3}", &n3.to_string())
                .replace("{n4}", &n4.to_string())
                .replace("{year2}", &year2.to_string())
                .replace("{year}", &year.to_string())
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A Markdown document of at least `words` words, made of whole stories.
fn document(words: usize) -> (String, u64) {
    let mut text = String::from("# Business news\n\n");
    let mut i = 0;
    while count_words(&text) < words {
        text.push_str(&story(i));
        text.push_str("\n\n");
        i += 1;
    }
    let n = count_words(&text) as u64;
    (text, n)
}

fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn bench_sizes(c: &mut Criterion) {
    let config = Config::default();
    for (label, target, seconds) in [
        ("article-600-words", 600, 3),
        ("document-10k-words", 10_000, 4),
        ("document-100k-words", 100_000, 8),
    ] {
        let (text, words) = document(target);
        let mut group = c.benchmark_group(format!("analyze/{label}"));
        group.throughput(Throughput::Elements(words));
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(seconds));
        // Fewer samples for the long documents keeps the whole run to seconds.
        group.sample_size(match words {
            0..=5_000 => 100,
            5_001..=50_000 => 30,
            _ => 10,
        });
        group.bench_function("all-checks", |b| {
            b.iter(|| analyze(black_box(&text), Format::Markdown, &config))
        });
        group.finish();
    }
}

/// Each stage alone on the article: parsing and the three checks, so a
/// regression points at its module.
fn bench_stages(c: &mut Criterion) {
    let config = Config::default();
    let (text, words) = document(600);
    let doc = Document::parse(&text, Format::Markdown);
    let mut group = c.benchmark_group("stage/article-600-words");
    group.throughput(Throughput::Elements(words));
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    group.bench_function("parse", |b| {
        b.iter(|| Document::parse(black_box(&text), Format::Markdown))
    });
    group.bench_function("quotes", |b| b.iter(|| quotes::check(black_box(&doc))));
    group.bench_function("figures", |b| {
        b.iter(|| figures::check(black_box(&doc), &config.figures))
    });
    group.bench_function("names", |b| {
        b.iter(|| names::check(black_box(&doc), &config.names))
    });
    group.finish();
}

criterion_group!(benches, bench_sizes, bench_stages);
criterion_main!(benches);
