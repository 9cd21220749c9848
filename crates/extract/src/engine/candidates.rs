//! Party candidates of a sentence: each mention with its case marker and head.

use super::*;

impl Engine {
    /// Party candidates with their markers and heads.
    pub(super) fn candidates(&self, text: &str, lower: &str, s: &Sent) -> Vec<Cand> {
        // (at most one candidate per mention: one allocation)
        let mut out = Vec::with_capacity(s.mentions.len());
        for (mi, m) in s.mentions.iter().enumerate() {
            let MentionKind::Party { entity, form } = &m.kind else {
                continue;
            };
            if !entity.kind.can_be_party() {
                continue;
            }
            // "das deutsch-französische Unternehmen KNDS", "Airbus": a firm of no one state
            // acts for no party the guidelines name
            if entity.kind == EntityKind::Company && entity.state.is_none() {
                continue;
            }
            // a person of no known state (a name read after a title) only speaks
            if entity.kind == EntityKind::Person && entity.state.is_none() {
                continue;
            }
            // "Luxemburg (dpa) - Die EU hat …", "Brüssel - Bereits …": a dateline names where
            // the report was filed, not a party
            // (all whitespace: the same test as an empty trim, stopping at the first
            // other character)
            if text[s.span.start..m.span.start]
                .chars()
                .all(char::is_whitespace)
                && is_dateline(&text[m.span.end..s.span.end])
            {
                continue;
            }
            // marker: the nearest marker cue before, with at most 3 lower-case words between
            let mut marker = Marker::None;
            // (tokens are in text order: those ending before the mention are a prefix)
            let before_toks = &s.toks[..s.toks.partition_point(|t| t.span.end <= m.span.start)];
            // "dass es Russland Munition lieferte", "Man habe Russland Drohnen überlassen": a
            // party named right after a nominative pronoun is its object, the dative
            // (a one-word pronoun cue: "er", "es", "sie", "wir", "man"), also over the
            // finite verb of a clause it opens ("Er habe Russland Drohnen überlassen")
            let pron_tok = |t: &Token| {
                s.cue_kinds & (cue_kind::PRON | cue_kind::OWN_PRON) != 0
                    && s.cues_at(t.span)
                        .any(|c| matches!(c, Cue::Pron(_) | Cue::OwnPron(_)))
            };
            let after_subj_pron = s.lang == "de"
                && *form == PartyKind::Noun
                && match before_toks {
                    [.., t] if pron_tok(t) => lower[t.span.end..m.span.start].trim().is_empty(),
                    [rest @ .., p, v] if pron_tok(p) => {
                        let opens = rest.last().is_none_or(|b| {
                            b.span.end <= s.span.start
                                || text[b.span.end..p.span.start]
                                    .contains([',', ';', ':', '"', '„', '“', '«', '»'])
                        }) || p.span.start == s.span.start;
                        let verb = &lower[v.span.start..v.span.end];
                        // (an auxiliary or modal, or the act's own verb: "Wir verurteilen
                        // Nordkorea dafür, dass …" keeps its object for the clause after it)
                        let aux_or_act =
                            s.cues.iter().any(|(cs, c)| {
                                *cs == v.span && matches!(c, Cue::Status(_) | Cue::Hedge(_))
                            }) || s.triggers.iter().any(|(ts, _)| ts.overlaps(&v.span));
                        opens
                            && aux_or_act
                            && text[v.span.start..].starts_with(char::is_lowercase)
                            && !matches!(verb, "und" | "oder" | "sowie" | "noch")
                            && lower[p.span.end..m.span.start]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == ' ')
                    }
                    _ => false,
                };
            if after_subj_pron {
                marker = Marker::Dative;
            }
            let mut between = 0usize;
            for t in before_toks.iter().rev().take_while(|_| !after_subj_pron) {
                let w = &lower[t.span.start..t.span.end];
                // "pleased to say that Biden …": a one-word clause opener ends the search
                if s.cue_kinds & cue_kind::CLAUSE != 0
                    && s.cues_at(t.span).any(|c| matches!(c, Cue::Clause))
                {
                    break;
                }
                let cue = s.cues_of(MARKER_CUES).find(|(cs, c)| {
                    cs.end == t.span.end
                        && matches!(
                            c,
                            Cue::Recipient
                                | Cue::Target
                                | Cue::Actor
                                | Cue::With
                                | Cue::Dative
                                | Cue::Via
                        )
                });
                if let Some((_, c)) = cue {
                    let mk = match c {
                        Cue::Recipient => Marker::Recipient,
                        Cue::Target => Marker::Target,
                        Cue::Actor => Marker::Actor,
                        Cue::With => Marker::With,
                        Cue::Dative => Marker::Dative,
                        Cue::Via => Marker::Via,
                        _ => Marker::None,
                    };
                    if mk == Marker::Dative {
                        // "aus dem Iran": a preposition before the article wins
                        marker = Marker::Dative;
                        continue;
                    }
                    if mk != Marker::None {
                        marker = mk;
                        break;
                    }
                }
                if matches!(w, "in" | "im" | "at" | "inside" | "within") {
                    // "die Regierung in Minsk", "the government in Kyiv": the seat names its state
                    let seat = s.cues_of(cue_kind::SEAT).any(|(cs, c)| {
                        matches!(c, Cue::Seat)
                            && cs.end < t.span.start
                            && token_gap(&s.toks, cs.end, t.span.start) == 0
                    });
                    // "through shell companies in Armenia", "über Firmen in Kasachstan": the
                    // place of the go-betweens a route passes through is on the route too
                    let route = s.cues_of(cue_kind::VIA).any(|(cs, c)| {
                        matches!(c, Cue::Via)
                            && matches!(
                                &lower[cs.start..cs.end],
                                "über" | "via" | "through" | "by way of"
                            )
                            && cs.end <= t.span.start
                            && token_gap(&s.toks, cs.end, t.span.start) <= 3
                            && !text[cs.end..t.span.start].contains([',', ';', ':', '.'])
                            && !s.mentions.iter().any(|x| {
                                x.span.start >= cs.end
                                    && x.span.end <= t.span.start
                                    && matches!(x.kind, MentionKind::Party { .. })
                            })
                    });
                    if route {
                        marker = Marker::Via;
                    } else if !seat {
                        marker = Marker::Loc;
                    }
                    break;
                }
                if marker == Marker::Dative {
                    break;
                }
                if (w == "der"
                    && between <= 2
                    && is_feminine(mention_word(text, m.span))
                    && t.span.start > s.span.start)
                    || (w == "den"
                        && between == 0
                        && is_plural_country(&text[m.span.start..m.span.end]))
                {
                    // a dative article; a preposition before it still wins ("von der Bundesregierung")
                    marker = Marker::Dative;
                    continue;
                }
                let tt = &text[t.span.start..t.span.end];
                let lowercase_word = tt.chars().next().is_some_and(|c| c.is_lowercase());
                // other party mentions (adjectives in "der russische Außenminister") do not block;
                // a party name does: the marker is its own ("der von Russland angegriffenen Ukraine")
                // (one pass over the mentions for both)
                let (mut is_mention, mut is_party_name) = (false, false);
                for x in s.mentions.iter().filter(|x| x.span.overlaps(&t.span)) {
                    is_mention = true;
                    if matches!(
                        &x.kind,
                        MentionKind::Party {
                            form: PartyKind::Noun,
                            ..
                        }
                    ) {
                        is_party_name = true;
                        break;
                    }
                }
                if is_party_name {
                    // a coordination carries the marker on ("to either Ukraine or Russia")
                    let coordinated = lower[t.span.end..m.span.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(|w| {
                            matches!(
                                w,
                                "und" | "and" | "or" | "oder" | "sowie" | "nor" | "the" | "die"
                            )
                        });
                    if !coordinated {
                        break;
                    }
                }
                between += 1;
                if between > 3 || !(lowercase_word || is_mention) {
                    break;
                }
                // a separating punctuation stops the search
                if text[t.span.end..m.span.start].contains([',', ';', ':', '.']) {
                    break;
                }
            }
            // "before they reached Russia", "arrived in Ukraine", "bevor sie Russland
            // erreichten", "in der Ukraine eintrafen": the destination of a verb of motion is
            // where the things given go, so it receives (in a sentence with an act of giving)
            if *form != PartyKind::Adjective
                && matches!(marker, Marker::None | Marker::Loc)
                && motion_destination(s, m.span)
                && s.triggers.iter().any(|(_, tg)| {
                    !tg.block && matches!(tg.frame, Frame::Give | Frame::Receive | Frame::With)
                })
            {
                marker = Marker::Recipient;
            }
            // head of an adjective: the next few tokens
            let head = if *form == PartyKind::Adjective {
                let mut h = Head::Other;
                let first_after = s.toks.partition_point(|t| t.span.start < m.span.end);
                let after = &s.toks[first_after..(first_after + 3).min(s.toks.len())];
                // a hyphen compound: the head is the rest of the same word ("US-Hersteller")
                let compound = text[m.span.end..].starts_with('-');
                // "Iranian-made drones", "in China produzierte": an origin compound qualifies
                // the noun after it, like a plain adjective
                let origin_compound = compound && {
                    let rest: String = lower[m.span.end + 1..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .collect();
                    matches!(
                        rest.as_str(),
                        "made"
                            | "built"
                            | "produced"
                            | "designed"
                            | "supplied"
                            | "origin"
                            | "manufactured"
                            | "type"
                    )
                };
                let compound = compound && !origin_compound;
                // "Chinese-made attack and reconnaissance drones": what is made is an item,
                // however far its noun
                if origin_compound {
                    h = Head::Item;
                }
                for (k, t) in after.iter().enumerate() {
                    let is_item = s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Item { .. })
                    }) || (compound
                        && s.mentions.iter().enumerate().any(|(xi, x)| {
                            xi != mi
                                && matches!(x.kind, MentionKind::Item { .. })
                                && x.span.start >= m.span.end
                                && x.span.start <= m.span.end + 1
                        }));
                    let is_people = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&t.span))
                        || s.triggers.iter().any(|(ts, tg)| {
                            tg.frame == Frame::Deploy && tg.noun && ts.overlaps(&t.span)
                        });
                    let is_role = s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Role { .. })
                    });
                    let is_firm = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Firm) && cs.overlaps(&t.span));
                    if is_firm {
                        h = Head::Firm;
                        break;
                    }
                    if is_people {
                        h = Head::People;
                        break;
                    }
                    if is_role {
                        h = Head::Noun;
                        break;
                    }
                    if is_item {
                        h = Head::Item;
                        // "Chinese drone experts": people after the item word win
                        continue;
                    }
                    let tt = &text[t.span.start..t.span.end];
                    let starts_upper = tt.chars().next().is_some_and(|c| c.is_uppercase());
                    if (starts_upper || k >= 1) && h == Head::Other && !compound {
                        break;
                    }
                    if compound {
                        break;
                    }
                }
                h
            } else if entity.kind == EntityKind::Organ
                && s.toks.iter().any(|t| {
                    // the mention's last word ("French troops") or the word right after it
                    let last = t.span.end == m.span.end;
                    let next = t.span.start >= m.span.end
                        && token_gap(&s.toks, m.span.end, t.span.start) == 0;
                    (last || next)
                        && s.cues_of(cue_kind::PERSON)
                            .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&t.span))
                })
            {
                // "Russian military instructors", "French troops": people of the body
                Head::People
            } else if (entity.kind == EntityKind::Company || {
                // "US weaponry", "UK missiles": an abbreviated name used as an adjective
                let surface = &text[m.span.start..m.span.end];
                surface.len() <= 4
                    && surface.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                    && !s.triggers.iter().any(|(ts, _)| {
                        ts.end <= m.span.start && token_gap(&s.toks, ts.end, m.span.start) <= 1
                    })
                    // "the US aircraft carrier" takes part itself
                    && before_toks
                        .last()
                        .is_none_or(|t| lower[t.span.start..t.span.end] != *"the")
            }) && s
                .toks
                .iter()
                .find(|t| t.span.start >= m.span.end)
                .is_some_and(|t| {
                    s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Item { .. })
                    })
                })
            {
                // "Lockheed Martin radars": a maker named before its product, as an adjective
                Head::Item
            } else {
                Head::Noun
            };
            // "der von Russland angegriffenen Ukraine": the agent of an attributive
            // participle is no party of the act
            if marker == Marker::Actor
                && let Some(next) = s.toks.iter().find(|t| t.span.start >= m.span.end)
            {
                let w = &lower[next.span.start..next.span.end];
                let participle = (w.starts_with("ge")
                    || w.contains("ge")
                    || w.ends_with("ierten")
                    || w.ends_with("ierte"))
                    && (w.ends_with("ten")
                        || w.ends_with("enen")
                        || w.ends_with("te")
                        || w.ends_with("ene"))
                    && text[next.span.start..].starts_with(|c: char| c.is_lowercase());
                // ("die von der Bundesregierung geplante Lieferung": the agent of a
                // participle on an act's noun does the act)
                let on_act = s
                    .toks
                    .iter()
                    .find(|t| t.span.start >= next.span.end)
                    .is_some_and(|t| {
                        s.triggers
                            .iter()
                            .any(|(ts, tg)| ts.overlaps(&t.span) && !tg.block)
                    });
                // ("die von Iran gelieferten Drohnen": a participle that is itself an act
                // keeps its agent as that act's giver)
                let own_act = s
                    .triggers
                    .iter()
                    .any(|(ts, tg)| ts.overlaps(&next.span) && !tg.block && !tg.noun);
                if participle
                    && !on_act
                    && !own_act
                    && token_gap(&s.toks, m.span.end, next.span.start) == 0
                {
                    continue;
                }
            }
            // "jemenitischer Houthi-Miliz", "russischen Außenminister Lawrow": the adjective
            // qualifies the party noun after it

            if *form == PartyKind::Adjective {
                let next_party = s.mentions.iter().find(|x| {
                    x.span.start >= m.span.end
                        && matches!(
                            &x.kind,
                            MentionKind::Party {
                                form: PartyKind::Noun,
                                ..
                            }
                        )
                        && token_gap(&s.toks, m.span.end, x.span.start) <= 1
                        && !text[m.span.end..x.span.start].contains([',', ';', ':', '.'])
                });
                // ("Russian and Belarusian troops": two adjectives of one noun are two parties)
                // ("the Iran-backed Houthis": a party fused to a participle of an act is that
                // act's side, not a qualifier of the party after it)
                let fused_participle = s.lang == "en" && lower[m.span.end..].starts_with('-') && {
                    let rest: String = lower[m.span.end + 1..]
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    rest.ends_with("ed")
                        && s.triggers
                            .iter()
                            .any(|(ts, tg)| ts.start == m.span.end + 1 && !tg.block)
                };
                if !fused_participle
                    && next_party.is_some_and(|x| !coordinated_adjectives(lower, m.span, x.span))
                {
                    continue;
                }
            }
            // a qualified go-between is a side, not a route ("via a Russian intermediary");
            // a qualified place stays a route ("über die syrisch-libanesische Grenze")
            if marker == Marker::Via && matches!(head, Head::People | Head::Firm | Head::Item) {
                marker = Marker::None;
            }
            // "Kyiv's Western backers have sent tanks", "Ukraine's allies delivered": the
            // allies of a party act for it, not as it; the party is the one helped
            if s.lang == "en"
                && *form == PartyKind::Genitive
                && marker == Marker::None
                && s.toks
                    .iter()
                    .filter(|t| t.span.start >= m.span.end)
                    .map(|t| &lower[t.span.start..t.span.end])
                    .filter(|w| !matches!(*w, "'s" | "’s" | "s" | "'" | "’"))
                    .take(2)
                    .any(|w| {
                        matches!(
                            w,
                            "allies" | "backers" | "partners" | "supporters" | "sponsors"
                        )
                    })
            {
                // (named again as the one who receives, "… sent tanks to Ukraine": no party here)
                let pid = entity.party_id();
                if s.mentions.iter().any(|x| {
                    x.span.start >= m.span.end
                        && matches!(&x.kind, MentionKind::Party { entity: e, .. } if e.party_id() == pid)
                }) {
                    continue;
                }
                marker = Marker::Recipient;
            }
            // "die Sanktionen der Europäischen Union", "die Lieferungen des Iran": an article
            // between a noun and a party name makes a genitive, not a dative
            let noun_genitive = *form == PartyKind::Noun && {
                // (the two tokens before the mention: `near` right before it)
                match before_toks {
                    [.., far, near] => {
                        matches!(&lower[near.span.start..near.span.end], "der" | "des")
                            && far.span.start > s.span.start
                            && text[far.span.start..].starts_with(|c: char| c.is_uppercase())
                            && text[far.span.end..m.span.start]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c.is_whitespace())
                            && !s.mentions.iter().any(|x| x.span.overlaps(&far.span))
                    }
                    _ => false,
                }
            };
            if noun_genitive && matches!(marker, Marker::Dative | Marker::None) {
                marker = Marker::None;
            }
            let noun_genitive = noun_genitive && marker == Marker::None;
            // "Trump withheld US military aid to Ukraine": a party name ("US military") that
            // runs into a trigger ("military aid") stands before the act, as its modifier
            let span =
                match s.triggers.iter().find(|(ts, _)| {
                    s.lang == "en" && ts.start > m.span.start && ts.start < m.span.end
                }) {
                    Some((ts, _)) => {
                        let end = m.span.start + text[m.span.start..ts.start].trim_end().len();
                        Span::new(m.span.start, end)
                    }
                    None => m.span,
                };
            out.push(Cand {
                span,
                id: entity.state.clone().unwrap_or_else(|| entity.id.clone()),
                marker,
                head,
                clause: s.clause_of(m.span.start),
                speaker: false,
                // "des russischen Angriffskrieges": an adjective in a genitive phrase is no subject
                genitive: *form == PartyKind::Genitive
                    || noun_genitive
                    || (*form == PartyKind::Adjective
                        && head == Head::Other
                        && before_toks.last().is_some_and(|t| {
                            matches!(
                                &lower[t.span.start..t.span.end],
                                "des" | "eines" | "seines" | "ihres" | "dieses"
                            )
                        })),
                chain: out.len(),
            });
        }
        // a listing after a route's place is on the route too ("through shell companies in
        // Armenia, the United Arab Emirates and Kyrgyzstan")
        for i in 1..out.len() {
            if out[i - 1].marker == Marker::Via && out[i].marker == Marker::None {
                let gap = &lower[out[i - 1].span.end..out[i].span.start];
                let listed = gap
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w,
                            "and" | "und" | "or" | "oder" | "sowie" | "the" | "die" | "den"
                        )
                    });
                if listed && !gap.contains([';', ':', '.']) {
                    out[i].marker = Marker::Via;
                }
            }
        }
        // "Beim NATO-Gipfel in Washington sagten Deutschland und die Niederlande der Ukraine
        // … zu", "Beim Ramstein-Treffen sagte Deutschland …": the parties of a German phrase
        // of occasion (a meeting noun after "beim", "bei dem", "auf dem", "während des")
        // name where it happened; like a route, they are no side of another act (meetings
        // keep them) where the clause has a bare party of its own outside the phrase
        if s.lang == "de" {
            let venues = german_venues(s, lower);
            if !venues.is_empty() {
                let inside = |c: &Cand| {
                    venues
                        .iter()
                        .any(|v| v.start <= c.span.start && c.span.end <= v.end)
                };
                let has_own = |c: &Cand| {
                    out.iter().any(|o| {
                        o.clause == c.clause
                            && o.marker == Marker::None
                            && o.head == Head::Noun
                            && !o.speaker
                            && !inside(o)
                    })
                };
                let marks: Vec<usize> = (0..out.len())
                    .filter(|&i| inside(&out[i]) && has_own(&out[i]))
                    .collect();
                for i in marks {
                    out[i].marker = Marker::Via;
                }
            }
        }
        for i in (1..out.len()).rev() {
            let raw = lower[out[i - 1].span.end..out[i].span.start].trim();
            // "sanctions on Chinese and Iranian firms": two party adjectives joined by a
            // conjunction share the firm noun after the second, and so its head (so too
            // item and people nouns: "Iranian and North Korean arms", "iranische und
            // nordkoreanische Drohnen"; a list too, from its last: "Armenian, Emirati and
            // Kyrgyz firms")
            if matches!(
                raw,
                "and" | "or" | "und" | "oder" | "," | ", and" | ", or" | ", und" | ", oder"
            ) && out[i - 1].head == Head::Other
                && matches!(out[i].head, Head::Firm | Head::Item | Head::People)
                && [out[i - 1].span, out[i].span].iter().all(|sp| {
                    s.mentions
                        .iter()
                        .any(|x| x.span.start == sp.start && is_party_adjective(x))
                })
            {
                out[i - 1].head = out[i].head;
            }
        }
        // coordination chains
        let mut conj_chains: Vec<usize> = Vec::new();
        for i in 1..out.len() {
            let raw = lower[out[i - 1].span.end..out[i].span.start].trim();
            let gap = raw.trim_start_matches(',').trim();
            let gap = gap
                .strip_suffix(" the")
                .or_else(|| gap.strip_suffix(" die"))
                .or_else(|| gap.strip_suffix(" der"))
                .unwrap_or(gap)
                .trim();
            // adjacent nouns are no coordination ("liefert Belarus Russland Panzer")
            // "in den Emiraten und in Indien", "an Polen und an die Ukraine": a repeated
            // preposition (the same marker on both) after the conjunction
            let repeated = out[i].marker == out[i - 1].marker
                && out[i].marker != Marker::None
                && gap.split_once(' ').is_some_and(|(c, rest)| {
                    matches!(c, "und" | "and" | "sowie" | "or" | "oder")
                        && !rest.is_empty()
                        && rest.split(' ').count() <= 2
                });
            let joined = (matches!(gap, "und" | "and" | "sowie" | "or" | "oder" | "as well as")
                || repeated
                || (raw.starts_with(',') && matches!(gap, "" | "the" | "die" | "der")))
                && !lower[out[i - 1].span.end..out[i].span.start]
                    .contains(['.', ';', ':', '(', ')'])
                && out[i].head == out[i - 1].head;
            if joined {
                out[i].chain = out[i - 1].chain;
                if !raw.starts_with(',')
                    || (!gap.is_empty() && !matches!(gap, "the" | "die" | "der"))
                {
                    conj_chains.push(out[i].chain);
                }
            }
        }
        // a list ends with "and" ("Germany, the Netherlands and Italy"); commas alone
        // join clauses, not parties ("If China supplies Russia, the US will …")
        for (i, c) in out.iter_mut().enumerate() {
            if !conj_chains.contains(&c.chain) {
                c.chain = i;
            }
        }
        out
    }
}
