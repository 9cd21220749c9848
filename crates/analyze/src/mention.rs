//! Mentions in a sentence: parties (states, organisations, people), items
//! (weapon systems and generic item words) and role nouns.

use crate::lexicon::{Entity, EntityKind, Item, Lexicon};
use milcoop_core::{ItemCategory, Span};
use std::sync::Arc;

/// What kind of party mention this is, for the argument frames: a noun can
/// be subject or object; an adjective qualifies the noun after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyKind {
    /// A noun phrase naming the party (name, capital, organ, person, group).
    Noun,
    /// An adjective or a hyphen-compound prefix ("iranische", "US-Hersteller").
    Adjective,
    /// A genitive or possessive ("Irans", "Russia's").
    Genitive,
}

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A party.
    Party {
        /// The gazetteer entry.
        entity: Entity,
        /// Noun, adjective or genitive.
        form: PartyKind,
    },
    /// An item: a weapon system or a generic word.
    Item {
        /// Category.
        category: ItemCategory,
        /// Maker state of a system.
        maker: Option<Arc<str>>,
        /// True for a named system.
        system: bool,
    },
    /// A role noun ("Außenminister", "spokesperson"): a speaker for a state.
    Role {
        /// The role key.
        role: Arc<str>,
    },
}

/// One mention: span into the article text and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span into `article.text`.
    pub span: Span,
    /// What it refers to.
    pub kind: MentionKind,
}

impl Mention {
    /// The party entity, if this is a party mention.
    pub fn entity(&self) -> Option<&Entity> {
        match &self.kind {
            MentionKind::Party { entity, .. } => Some(entity),
            _ => None,
        }
    }
}

/// Finds every mention in `text[span]`; `lower` is [`crate::lower_same_len`]
/// of `text`. Mentions are sorted by position and do not overlap, except that
/// a system inside a compound also yields the compound's item word.
pub fn find(lex: &Lexicon, text: &str, lower: &str, span: Span, lang: &str) -> Vec<Mention> {
    let items: Vec<(Span, &Item)> = lex
        .items
        .get(lang)
        .map(|m| {
            m.find(lower, span)
                .iter()
                .map(|h| (h.span, m.payload(h)))
                .collect()
        })
        .unwrap_or_default();
    let roles: Vec<(Span, &Arc<str>)> = lex
        .roles
        .get(lang)
        .map(|m| {
            m.find(lower, span)
                .iter()
                .map(|h| (h.span, m.payload(h)))
                .collect()
        })
        .unwrap_or_default();
    let stops: Vec<Span> = lex.stop.find(lower, span).iter().map(|h| h.span).collect();
    find_with(lex, text, span, &items, &roles, &stops)
}

/// Like [`find`], with the item words, role nouns and stop phrases already
/// matched (an engine may match them in one pass with its own words).
pub fn find_with(
    lex: &Lexicon,
    text: &str,
    span: Span,
    items: &[(Span, &Item)],
    roles: &[(Span, &Arc<str>)],
    stops: &[Span],
) -> Vec<Mention> {
    find_from(
        lex,
        text,
        &lex.find_entities(text, span),
        &lex.find_systems(text, span),
        items,
        roles,
        stops,
    )
}

/// Like [`find_with`], with the entity and system hits of the span already
/// found ([`Lexicon::find_entities`], [`Lexicon::find_systems`]): an engine
/// may run each automaton over all sentences of an article in turn.
pub fn find_from(
    lex: &Lexicon,
    text: &str,
    entities: &[(Span, usize)],
    systems: &[(Span, usize)],
    items: &[(Span, &Item)],
    roles: &[(Span, &Arc<str>)],
    stops: &[Span],
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(entities.len() + systems.len() + items.len());
    for &(sp, idx) in entities {
        let entity = lex.entities[idx].clone();
        let rest = &text[sp.end..];
        // an English demonym before a lower-case word is its adjective ("Iranian weapons")
        let surface = &text[sp.start..sp.end];
        // (a German demonym is a noun; the lower-case word after it is a verb: "die
        // Iraner liefern", "Nordkoreaner kämpfen"; English "Nigerien", "Turkmen",
        // "Montenegrin" stay adjectives)
        let german_noun = ["er", "ern", "erin", "innen"]
            .iter()
            .any(|e| surface.ends_with(e))
            || (surface.ends_with("en") && !surface.ends_with("ien") && !surface.ends_with("men"));
        let demonym_as_adj = entity.kind == EntityKind::Demonym
            && rest.starts_with(' ')
            && rest[1..].chars().next().is_some_and(|c| c.is_lowercase())
            && !surface.ends_with('s')
            && !german_noun;
        // "North Korean Arms", "Iranian Drones": in a title-cased line a demonym right before
        // an item word is that word's adjective too
        let demonym_as_adj = demonym_as_adj
            || (entity.kind == EntityKind::Demonym
                && rest.starts_with(' ')
                && !surface.ends_with('s')
                && !german_noun
                && (items.iter().any(|(hs, _)| hs.start == sp.end + 1)
                    || systems.iter().any(|(hs, _)| hs.start == sp.end + 1)));
        let form = match entity.kind {
            EntityKind::Adj => PartyKind::Adjective,
            _ if demonym_as_adj => PartyKind::Adjective,
            EntityKind::Gen => PartyKind::Genitive,
            _ if rest.starts_with("'s") || rest.starts_with("’s") => PartyKind::Genitive,
            // "US-Hersteller", "Iran-Deal": a name as the first part of a compound
            _ if rest.starts_with('-')
                && rest[1..].chars().next().is_some_and(|c| c.is_alphabetic()) =>
            {
                PartyKind::Adjective
            }
            _ => PartyKind::Noun,
        };
        out.push(Mention {
            span: sp,
            kind: MentionKind::Party { entity, form },
        });
    }
    for &(sp, idx) in systems {
        if out.iter().any(|m| m.span.overlaps(&sp)) {
            continue;
        }
        let it = &lex.systems[idx];
        out.push(Mention {
            span: sp,
            kind: MentionKind::Item {
                category: it.category,
                maker: it.maker.clone(),
                system: true,
            },
        });
    }
    for &(hs, it) in items {
        if out.iter().any(|x| {
            x.span.overlaps(&hs) && !matches!(x.kind, MentionKind::Item { system: true, .. })
        }) {
            continue;
        }
        out.push(Mention {
            span: hs,
            kind: MentionKind::Item {
                category: it.category,
                maker: None,
                system: false,
            },
        });
    }
    for &(hs, role) in roles {
        if out.iter().any(|x| x.span.overlaps(&hs)) {
            continue;
        }
        out.push(Mention {
            span: hs,
            kind: MentionKind::Role {
                role: Arc::clone(role),
            },
        });
    }
    if !stops.is_empty() {
        out.retain(|m| !stops.iter().any(|h| h.contains(&m.span)));
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    // "the Armenian, Emirati and Kyrgyz companies": a demonym listed before a party
    // adjective shares its noun (from the last, so that a whole list is reached)
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (head, tail) = out.split_at_mut(i + 1);
        let (m, next) = (&mut head[i], &tail[0]);
        let next_adj = matches!(
            &next.kind,
            MentionKind::Party {
                form: PartyKind::Adjective,
                ..
            }
        );
        if !next_adj || m.span.end > next.span.start {
            continue;
        }
        let gap = text[m.span.end..next.span.start].trim();
        if !matches!(gap, "," | ", and" | ", or" | "and" | "or") {
            continue;
        }
        if let MentionKind::Party { entity, form } = &mut m.kind {
            let surface = &text[m.span.start..m.span.end];
            if entity.kind == EntityKind::Demonym
                && *form == PartyKind::Noun
                && !surface.ends_with('s')
            {
                *form = PartyKind::Adjective;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::small;

    #[test]
    fn finds_parties_items_roles() {
        let lx = small();
        let t = "Der iranische Außenminister sagte, Iran liefere Moskau Shahed-136-Drohnen.";
        let l = crate::lower_same_len(t);
        let ms = find(&lx, t, &l, Span::new(0, t.len()), "de");
        let got: Vec<(&str, String)> = ms
            .iter()
            .map(|m| {
                (
                    m.span.slice(t).unwrap(),
                    match &m.kind {
                        MentionKind::Party { entity, form } => {
                            format!("{}:{:?}", entity.party_id(), form)
                        }
                        MentionKind::Item {
                            category, maker, ..
                        } => format!("{category}:{maker:?}"),
                        MentionKind::Role { role } => role.to_string(),
                    },
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("iranische", "IRN:Adjective".to_string()),
                ("Außenminister", "foreign_minister".to_string()),
                ("Iran", "IRN:Noun".to_string()),
                ("Moskau", "RUS:Noun".to_string()),
                ("Shahed-136", "uav:Some(\"IRN\")".to_string()),
                ("Drohnen", "uav:None".to_string()),
            ]
        );
    }
}
