//! The records that flow through the pipeline, in the JSON shape of
//! `eval/FORMAT.md`. Fields the format does not define (offsets, rule ids,
//! confidence, sentences) are additions the scorer ignores.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An article as it arrives. `text` is never modified after ingest: every
/// offset reported later points into it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the one given, else derived from the URL, else from the text.
    pub id: String,
    /// Where the article was published, if known.
    #[serde(default)]
    pub url: Option<String>,
    /// The outlet (a host name or `og:site_name`), if known.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The headline from metadata (HTML `<title>`, feed item title), if any.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, if known.
    #[serde(default)]
    pub published: Option<String>,
    /// ISO 639-1 language code given by the source, if any.
    #[serde(default)]
    pub language: Option<String>,
    /// The article text exactly as it arrived (for HTML: the extracted main text).
    #[serde(default)]
    pub text: String,
}

/// What the cleaning stage decides about an article (FORMAT.md `clean`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Clean {
    /// The headline, where the text carries one.
    #[serde(default)]
    pub title: Option<String>,
    /// Every line of `article.text` that is not body, verbatim.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Names from credit lines, bylines and agency tags.
    #[serde(default)]
    pub credits: Vec<String>,
    /// The body the article is taken from (`org:isw`), if stated.
    #[serde(default)]
    pub original_source: Option<String>,
    /// The body text with boilerplate lines removed (not scored).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The language found for an article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LanguageInfo {
    /// ISO 639-1 code (`de`, `en`, `ru`, ...) or `und` when unknown.
    pub code: String,
    /// Detector confidence in [0, 1] (1 where the source declared it).
    pub confidence: f64,
    /// True when milcoop extracts events in this language.
    pub supported: bool,
}

/// A sentence of the article: its span into `article.text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span into `article.text`.
    pub span: Span,
    /// True for a headline line without final punctuation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $s)] $var),+ }
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The value's name as written in JSON.
            pub fn as_str(&self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// Parses the JSON name.
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$var),)+ _ => None } }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s).ok_or_else(|| format!("unknown {}: {s:?}", stringify!($name)))
            }
        }
    };
}

string_enum!(
    /// The nine kinds of military cooperation (GUIDELINES.md, Type).
    EventType {
        /// Materiel or money for it changes hands.
        Supply = "supply",
        /// One party trains another's personnel.
        Training = "training",
        /// Production lines, licence production, factories.
        JointProduction = "joint_production",
        /// Generic military or technical support.
        Support = "support",
        /// Troops, advisers, crews deployed to help another party.
        Personnel = "personnel",
        /// Defence or security agreements, treaties, contracts.
        Agreement = "agreement",
        /// Joint exercises or drills.
        Exercise = "exercise",
        /// Officials meet or talk about military cooperation.
        Meeting = "meeting",
        /// Sanctions aimed at a party for its part in such cooperation.
        Sanction = "sanction",
    }
);

impl EventType {
    /// Types whose actor and recipient are unordered (FORMAT.md).
    pub fn is_unordered(&self) -> bool {
        matches!(
            self,
            EventType::Agreement
                | EventType::Exercise
                | EventType::Meeting
                | EventType::JointProduction
        )
    }
}

string_enum!(
    /// Where the act stands (GUIDELINES.md, Status).
    Status {
        /// Being weighed.
        Considered = "considered",
        /// Intended, announced, offered, scheduled.
        Planned = "planned",
        /// Signed or concluded, delivery not started.
        Agreed = "agreed",
        /// Happening now.
        Ongoing = "ongoing",
        /// Finished.
        Completed = "completed",
        /// The text does not tell.
        Unknown = "unknown",
    }
);

string_enum!(
    /// How certain the source is (GUIDELINES.md, Certainty).
    Certainty {
        /// Stated as fact.
        Asserted = "asserted",
        /// Probably.
        Likely = "likely",
        /// May, might, could.
        Possible = "possible",
        /// Reportedly, unverified.
        Unconfirmed = "unconfirmed",
        /// Denied or said not to happen.
        Negated = "negated",
    }
);

impl Certainty {
    /// Strength order used to pick the weakest of several hedges:
    /// lower is weaker (`possible` < `likely` < ...).
    pub fn strength(&self) -> u8 {
        match self {
            Certainty::Negated => 0,
            Certainty::Possible => 1,
            Certainty::Unconfirmed => 2,
            Certainty::Likely => 3,
            Certainty::Asserted => 4,
        }
    }
}

string_enum!(
    /// Item categories (FORMAT.md).
    ItemCategory {
        /// Fighters, bombers, trainers.
        CombatAircraft = "combat_aircraft",
        /// Helicopters.
        Helicopter = "helicopter",
        /// Drones of every kind.
        Uav = "uav",
        /// Ballistic and cruise missiles, rockets.
        Missile = "missile",
        /// Air and missile defence systems.
        AirDefence = "air_defence",
        /// Guns, howitzers, rocket artillery.
        Artillery = "artillery",
        /// Shells, rounds, ammunition.
        Ammunition = "ammunition",
        /// Tanks, IFVs, APCs.
        ArmouredVehicle = "armoured_vehicle",
        /// Ships, submarines, naval drones.
        Naval = "naval",
        /// Rifles, machine guns.
        SmallArms = "small_arms",
        /// Components, microelectronics, technology, parts.
        Components = "components",
        /// Equipment, uniforms, vehicles.
        Equipment = "equipment",
        /// Weapons without a named kind.
        WeaponsUnspecified = "weapons_unspecified",
        /// Anything else.
        Other = "other",
    }
);

/// When an event happens: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TimeRange {
    /// Start, at the granularity the text gives.
    pub start: Option<String>,
    /// End, where the text gives one.
    #[serde(default)]
    pub end: Option<String>,
}

/// A count of items (or people); `None` bounds are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Quantity {
    /// Lower bound.
    pub min: Option<u64>,
    /// Upper bound.
    pub max: Option<u64>,
}

/// Money stated for the whole act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    /// Amount in units of the currency (not millions).
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
}

/// One statement of military cooperation, pinned to its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What kind of act.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Who gives, trains, sanctions...: ISO alpha-3 or `org:slug`.
    pub actor: Option<String>,
    /// Who receives or is targeted.
    pub recipient: Option<String>,
    /// Item categories, sorted, without duplicates.
    #[serde(default)]
    pub items: Vec<ItemCategory>,
    /// Where the act stands.
    pub status: Status,
    /// How certain the source is.
    pub certainty: Certainty,
    /// Ids accepted as the source of the claim; empty for the article's own voice.
    #[serde(default)]
    pub attribution: Vec<String>,
    /// When the act happens.
    #[serde(default)]
    pub time: Option<TimeRange>,
    /// How many items or people.
    #[serde(default)]
    pub quantity: Option<Quantity>,
    /// Money for the whole act.
    #[serde(default)]
    pub value: Option<Money>,
    /// Verbatim evidence, inside one sentence.
    pub evidence: String,
    /// True where actor and recipient are unordered (undirected support).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unordered: bool,
    /// Byte span of `evidence` in `article.text`.
    #[serde(default)]
    pub span: Span,
    /// Index of the sentence that holds the evidence.
    #[serde(default)]
    pub sentence: usize,
    /// Id of the rule that produced the event.
    #[serde(default)]
    pub rule: String,
    /// Confidence in [0, 1].
    #[serde(default)]
    pub confidence: f64,
}

/// One line of `milcoop extract` output: the article, how it was cleaned and
/// analysed, and its events.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Prediction {
    /// The article as it arrived.
    pub article: Article,
    /// Cleaning results.
    #[serde(default)]
    pub clean: Clean,
    /// Language found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageInfo>,
    /// Sentences of the body, with spans into `article.text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Sentence>,
    /// Events found.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Why extraction was skipped, if it was (unsupported language, empty text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// A gold record (FORMAT.md): article, clean and events.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Gold {
    /// The article.
    pub article: Article,
    /// The expected cleaning.
    #[serde(default)]
    pub clean: Clean,
    /// The expected events (kept as JSON: the scorer reads them loosely).
    #[serde(default)]
    pub events: Vec<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_json_shape() {
        let e = Event {
            kind: EventType::Supply,
            actor: Some("IRN".into()),
            recipient: Some("RUS".into()),
            items: vec![ItemCategory::Uav],
            status: Status::Completed,
            certainty: Certainty::Asserted,
            attribution: vec!["person:john-kirby".into(), "USA".into()],
            time: Some(TimeRange {
                start: Some("2022-08".into()),
                end: None,
            }),
            quantity: Some(Quantity {
                min: Some(200),
                max: Some(999),
            }),
            value: None,
            evidence: "Iran schickt Drohnen".into(),
            unordered: false,
            span: Span::new(10, 30),
            sentence: 2,
            rule: "de.supply.schicken".into(),
            confidence: 0.9,
        };
        let v: serde_json::Value = serde_json::to_value(&e).unwrap();
        assert_eq!(v["type"], "supply");
        assert_eq!(v["items"][0], "uav");
        assert_eq!(v["span"], serde_json::json!([10, 30]));
        assert!(v.get("unordered").is_none());
        let back: Event = serde_json::from_value(v).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn enums_round_trip() {
        for t in EventType::ALL {
            assert_eq!(EventType::parse(t.as_str()), Some(*t));
        }
        assert!(EventType::Meeting.is_unordered());
        assert!(!EventType::Supply.is_unordered());
        assert!(Certainty::Possible.strength() < Certainty::Likely.strength());
        assert_eq!(
            "joint_production".parse::<EventType>().unwrap(),
            EventType::JointProduction
        );
        assert!("bogus".parse::<Status>().is_err());
    }

    #[test]
    fn gold_file_parses() {
        let j = r#"{"article":{"id":"x","url":null,"outlet":null,"title":null,"published":null,"language":"de","text":"T"},
                   "clean":{"title":null,"boilerplate":[],"credits":[],"original_source":null},"events":[]}"#;
        let g: Gold = serde_json::from_str(j).unwrap();
        assert_eq!(g.article.id, "x");
    }
}
