//! Synthetic predictions for benchmarks and crash tests: deterministic
//! (seeded), varied enough that articles are not near-duplicates of each
//! other, with events whose evidence is a sentence of the text.

use milcoop_core::{
    Article, Certainty, Event, EventType, ItemCategory, Prediction, Sentence, Span, Status,
    TimeRange,
};

const PARTIES: &[&str] = &[
    "RUS",
    "IRN",
    "PRK",
    "CHN",
    "USA",
    "UKR",
    "GBR",
    "DEU",
    "FRA",
    "POL",
    "TUR",
    "ISR",
    "BLR",
    "SYR",
    "IND",
    "PAK",
    "SAU",
    "ARE",
    "EGY",
    "KOR",
    "JPN",
    "ITA",
    "ESP",
    "NLD",
    "SWE",
    "FIN",
    "NOR",
    "CAN",
    "AUS",
    "org:wagner-group",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mir", "ten", "sa", "vo", "ru", "del", "pan", "is", "or", "ut", "bre", "gal",
    "tri", "nos", "fe", "lum", "qua", "dor", "pi", "zen", "ha", "wel",
];

/// A small deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

fn word(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3);
    (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

/// The `n`-th synthetic prediction of a corpus with this seed: an article of
/// about 120 words with `events` events.
pub fn prediction(seed: u64, n: u64, events: usize) -> Prediction {
    let mut rng = Rng::new(seed ^ n.wrapping_mul(0x2545f4914f6cdd1d));
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut evs = Vec::new();
    let year = 2020 + rng.below(6);
    let month = 1 + rng.below(12);
    let published = format!("{year}-{month:02}-{:02}", 1 + rng.below(28));
    for i in 0..events + 3 {
        let start = text.len();
        if i < events {
            let kind = EventType::ALL[rng.below(EventType::ALL.len())];
            let a = PARTIES[rng.below(PARTIES.len())];
            let mut r = PARTIES[rng.below(PARTIES.len())];
            if r == a {
                r = PARTIES
                    [(PARTIES.iter().position(|p| *p == a).unwrap_or(0) + 1) % PARTIES.len()];
            }
            let item = ItemCategory::ALL[rng.below(ItemCategory::ALL.len())];
            let evidence = format!(
                "{a} {} {r} {} {}",
                kind.as_str(),
                item.as_str(),
                word(&mut rng)
            );
            text.push_str(&evidence);
            let span = Span::new(start, text.len());
            text.push_str(". ");
            sentences.push(Sentence {
                span: Span::new(start, span.end + 1),
                headline: false,
            });
            let time = (rng.below(2) == 0).then(|| TimeRange {
                start: Some(format!("{year}-{:02}", 1 + rng.below(12))),
                end: None,
            });
            evs.push(Event {
                kind,
                actor: Some(a.into()),
                recipient: Some(r.into()),
                items: vec![item],
                status: Status::ALL[rng.below(Status::ALL.len())],
                certainty: Certainty::ALL[rng.below(Certainty::ALL.len())],
                attribution: if rng.below(3) == 0 {
                    vec![PARTIES[rng.below(8)].to_string()]
                } else {
                    vec![]
                },
                time,
                quantity: None,
                value: None,
                evidence,
                unordered: false,
                span,
                sentence: i,
                rule: "synthetic".into(),
                confidence: 0.5,
            });
        } else {
            let words: Vec<String> = (0..25).map(|_| word(&mut rng)).collect();
            text.push_str(&words.join(" "));
            text.push_str(". ");
            sentences.push(Sentence {
                span: Span::new(start, text.len() - 1),
                headline: false,
            });
        }
    }
    Prediction {
        article: Article {
            id: format!("gen-{seed}-{n}"),
            url: Some(format!("https://outlet{}.example/{n}", n % 40)),
            outlet: Some(format!("outlet{}.example", n % 40)),
            title: None,
            published: Some(published),
            language: Some(if n.is_multiple_of(3) { "de" } else { "en" }.into()),
            text,
        },
        sentences,
        events: evs,
        ..Prediction::default()
    }
}
