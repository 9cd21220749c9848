//! Assignment of candidates to the sides of a frame.

use super::*;

/// An act with one side named takes `party` (the maker of its items) as the
/// other side: the actor where the actor is missing, else the recipient.
pub(super) fn fill_missing_side(
    actor: &mut Option<String>,
    recipient: &mut Option<String>,
    party: Option<String>,
) {
    if party.is_none() {
        return;
    }
    if actor.is_none() {
        *actor = party;
    } else {
        *recipient = party;
    }
}

/// Assigns actor and recipient for a trigger by its frame.
/// The candidates [`assign`] picks from, kept on the stack up to 16.
pub(super) type PartyRefs<'a> = smallvec::SmallVec<[&'a Cand; 16]>;

pub(super) fn assign(
    s: &Sent,
    trig: &Trigger,
    tspan: Span,
    clause: usize,
    passive: bool,
    nominal: bool,
) -> (Option<Cand>, Option<Cand>) {
    // "EU bereitet wegen der Drohnenlieferungen Sanktionen vor", "talks about deliveries":
    // a nominal act inside such a phrase is not done by the clause's subject
    let embedded_at = if nominal && matches!(trig.frame, Frame::Give | Frame::Support) {
        s.cues
            .iter()
            .filter(|(cs, c)| {
                // "concern about the supply of": a hedge ending in such a preposition too
                let hedge_prep = matches!(c, Cue::Hedge(_)) && {
                    let w = &s.lower_text[cs.start..cs.end];
                    w.ends_with(" about") || w.ends_with(" over")
                };
                (matches!(c, Cue::NpBlock) || hedge_prep)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 3
                    && !s.cands.iter().any(|k| {
                        k.span.start >= cs.end && k.span.end <= tspan.start && k.head == Head::Noun
                    })
                    // "Pjöngjang weist Berichte über Waffenlieferungen zurück": who denies
                    // reports about an act denies doing it
                    && !s.cues_of(cue_kind::STANCE).any(|(ss, sc)| {
                        matches!(sc, Cue::Stance(..))
                            && ss.end <= cs.start
                            && s.clause_of(ss.start) == s.clause_of(cs.start)
                    })
            })
            .map(|(cs, _)| cs.start)
            .max()
    } else {
        None
    };
    // "könnte London Raketen an Kiew abgeben und von Deutschland Ersatz erhalten": parties
    // after an "und" right behind a German verb-final trigger are the next conjunct's
    let conj_after = if trig.id.starts_with("de.") && !trig.noun {
        let t_end = token_at(s, tspan).map_or(tspan.end, |t| t.span.end);
        s.toks
            .get(s.toks.partition_point(|t| t.span.start < t_end))
            .filter(|t| {
                matches!(
                    &s.lower_text[t.span.start..t.span.end],
                    "und" | "oder" | "sowie"
                )
            })
            .map(|t| t.span.start)
    } else {
        None
    };
    // (on the stack: a sentence rarely has more parties)
    let usable: PartyRefs = s
        .cands
        .iter()
        .filter(|c| !c.speaker && !c.span.overlaps(&tspan))
        .filter(|c| conj_after.is_none_or(|at| c.span.start < at))
        // "Waffen aus dem Iran über Syrien": a route is no party of the act
        .filter(|c| c.marker != Marker::Via || trig.frame == Frame::Pair)
        // "heading to the Iran-backed Houthi movement": a party fused to a participle of
        // support is a side of that support only
        .filter(|c| {
            s.lang != "en"
                || !s.lower_text[c.span.end..].starts_with('-')
                || !s.triggers.iter().any(|(ts, tg)| {
                    ts.start == c.span.end + 1
                        && *ts != tspan
                        && tg.frame == Frame::Support
                        && !tg.block
                        && s.lower_text[ts.start..ts.end].ends_with("ed")
                })
        })
        .filter(|c| {
            // the clause's bare parties before or after the phrase ("Wegen der Lieferungen will
            // die EU …"); those inside it stay ("wegen iranischer Lieferungen")
            embedded_at.is_none_or(|at| {
                let inside = c.span.start >= at && c.span.end <= tspan.start;
                // (a marked party before the phrase is the clause's too: "sanctions were
                // imposed on Iran by Britain over deliveries to Russia")
                let before = c.span.end <= at && c.marker != Marker::Via;
                inside
                    || c.genitive
                    || !((c.marker == Marker::None || before) && c.clause == s.clause_of(at))
            })
        })
        .collect();
    let in_clause: PartyRefs = usable
        .iter()
        .copied()
        .filter(|c| c.clause == clause)
        .collect();
    // a nominal trigger qualified by an adjective or compound party: "iranische Lieferungen", "EU-Sanktionen"
    // (measured to the start of the trigger's word: "iranische Waffen|lieferungen")
    let t_word = token_at(s, tspan).map_or(tspan.start, |t| t.span.start.min(tspan.start));
    let adj_on_trigger = usable.iter().copied().find(|c| {
        (c.head == Head::Other || c.head == Head::Item)
            && c.span.end <= t_word
            && t_word - c.span.end <= 2
    });
    let first = |v: &[&Cand], f: &dyn Fn(&Cand) -> bool| v.iter().copied().find(|c| f(c)).cloned();
    let english = trig.id.starts_with("en.");
    // companies and people of a state act for it ("Serbian companies supplying ammunition"),
    // except where the frame gives people a role of their own (trainees, troops, targets)
    let people_act = matches!(
        trig.frame,
        Frame::Give | Frame::With | Frame::Receive | Frame::Support | Frame::Pair
    );
    let bare = |c: &Cand| {
        c.marker == Marker::None
            && (matches!(c.head, Head::Noun | Head::Other)
                || (people_act && c.head == Head::People)
                // "Chinese firms helped Russia build drones"
                // (German likewise: "Chinesische Firmen sollen … verkauft haben")
                || (people_act && c.head == Head::Firm))
    };
    let sanction = trig.frame == Frame::Sanction;
    // "sanctions against entities in Russia": the place of the targets is the target
    let recip_marked = |c: &Cand| {
        matches!(c.marker, Marker::Recipient | Marker::Dative)
            || (sanction && matches!(c.marker, Marker::Target | Marker::Loc))
    };

    // "mit der Ausbildung von ukrainischen Piloten für die zugesagten Jets": a "von" right
    // after another nominal act marks that act's party
    let other_acts_von = |c: &Cand| {
        s.cues
            .iter()
            .rfind(|(cs, cue)| {
                matches!(cue, Cue::Actor)
                    && cs.end <= c.span.start
                    && token_gap(&s.toks, cs.end, c.span.start) <= 3
            })
            .and_then(|(cs, _)| s.toks.iter().rev().find(|t| t.span.end <= cs.start))
            .is_some_and(|t| {
                let w = &s.lower_text[t.span.start..t.span.end];
                let noun = w.ends_with("ung") || w.ends_with("ungen");
                s.triggers.iter().any(|(ts, tg)| {
                    ts.overlaps(&t.span) && !ts.overlaps(&tspan) && (tg.noun || noun)
                })
            })
    };
    // (receiving keeps it: "Unterstützung von Russland erhalten")
    let actor_marked = |c: &Cand| {
        c.marker == Marker::Actor && (trig.frame == Frame::Receive || !other_acts_von(c))
    };
    let people = |c: &Cand| matches!(c.head, Head::People | Head::Firm);
    let pick_other = |v: &[&Cand], not: &Option<Cand>, f: &dyn Fn(&Cand) -> bool| {
        v.iter()
            .copied()
            .find(|c| {
                f(c) && not
                    .as_ref()
                    .is_none_or(|n| n.id != c.id && n.span != c.span && n.chain != c.chain)
            })
            .cloned()
    };
    let scopes: [&[&Cand]; 2] = [&in_clause, &usable];
    let mut actor: Option<Cand> = None;
    let mut recipient: Option<Cand> = None;
    // "Die Ukraine bat Israel um die Lieferung von Luftabwehrsystemen", "Kyiv asked Berlin
    // for deliveries of tanks": the one asked gives, the one who asks receives
    // (a trigger after "um"/"for" is a noun whatever its match)
    // ("Niger turned to Moscow for security cooperation": cooperation asked for is
    // directed too)
    if (matches!(trig.frame, Frame::Give | Frame::Support)
        || (trig.frame == Frame::Pair && trig.kind == EventType::Support))
        && let Some(rs) = request_before(s, tspan)
    {
        let asked = usable
            .iter()
            .copied()
            .find(|c| {
                c.span.start >= rs.end
                    && c.span.end <= tspan.start
                    // ("asked for Moscow's help": a possessor after "for")
                    && (matches!(c.marker, Marker::None | Marker::Dative) || c.genitive)
                    && c.head != Head::Item
            })
            // "requested air defence systems from Germany": the party after "from"
            .or_else(|| {
                usable.iter().copied().find(|c| {
                    c.span.start >= tspan.end
                        && c.marker == Marker::Actor
                        && c.head != Head::Item
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 4
                })
            })
            .cloned();
        let asks = |c: &Cand| c.span.end <= rs.start && c.clause == s.clause_of(rs.start);
        // ("Niger's government ordered French troops to leave and turned to Moscow for
        // cooperation": the possessor opening the clause asks, not the object after it)
        let asking = usable
            .iter()
            .copied()
            .find(|c| asks(c))
            .filter(|c| c.genitive && c.head != Head::Item)
            .or_else(|| usable.iter().copied().rfind(|c| asks(c) && bare(c)))
            .cloned();
        if asked.is_some() || asking.is_some() {
            return (asked, asking);
        }
    }
    // "Selenskyj hat Deutschland um die Lieferung gebeten": the subject asks, the next
    // party before "um" is asked
    if matches!(trig.frame, Frame::Give | Frame::Support)
        && let Some(um) = request_after(s, tspan)
    {
        // ("um" may open a clause of its own: the asking clause is the one before it)
        let clause_start = s.clauses[s.clause_of(um.saturating_sub(1))];
        let mut parties: Vec<&Cand> = Vec::new();
        // (from all parties: "um" embeds the act, which hides the clause's own)
        for c in s.cands.iter().filter(|c| {
            !c.speaker
                && c.span.start >= clause_start
                && c.span.end <= um
                && matches!(c.marker, Marker::None | Marker::Dative)
                && c.head != Head::Item
        }) {
            // ("der ukrainische Präsident Selenskyj" is one party)
            if parties.last().is_none_or(|p| p.id != c.id) {
                parties.push(c);
            }
        }
        if let [asking, asked, ..] = parties[..] {
            return (Some(asked.clone()), Some(asking.clone()));
        }
    }
    // a genitive right after a nominal act (over its article) does it
    let genitive_actor = if trig.noun || nominal {
        in_clause
            .iter()
            .copied()
            .find(|c| genitive_after(s, tspan, c))
            .cloned()
    } else {
        None
    };
    match trig.frame {
        Frame::Give | Frame::Support => {
            // "Russia's most important supplier", "Moskaus wichtigster Unterstützer":
            // the possessor of a nominal trigger receives
            // "die Lieferungen Nordkoreas an Russland": a genitive right after the noun gives
            // only for agent nouns ("supplier", "Lieferant", "Unterstützer"); the possessor of
            // an action noun acts ("Kremlin's assistance", "Irans Lieferungen")
            let tw = &text_lower(s, tspan);
            let agentive = ["er", "ers", "ern", "ant", "anten", "or", "ors"]
                .iter()
                .any(|e| tw.ends_with(e));
            // "einer der wichtigsten Waffenlieferanten Russlands": the genitive after an agent
            // noun is the one supplied
            if trig.noun && agentive && genitive_actor.is_some() {
                recipient = genitive_actor.clone();
            } else {
                actor = genitive_actor.clone();
            }
            if trig.noun && actor.is_none() && recipient.is_none() && agentive {
                // (over an opening quote: "von Russlands „obersten Unterstützern“")
                recipient = usable
                    .iter()
                    .copied()
                    .rfind(|c| {
                        c.genitive && c.span.end <= tspan.start && tspan.start - c.span.end < 60
                    })
                    .cloned();
            }
            // "Iranian-supplied weapons": a party fused to the trigger gives
            let mut in_np = false;
            if let Some(c) = usable.iter().copied().find(|c| {
                c.span.end + 1 == tspan.start && s.lower_text[c.span.end..tspan.start] == *"-"
            }) {
                actor = Some(c.clone());
                // (a party after the noun is no receiver unless marked: "Iranian-supplied
                // drones struck Kyiv")
                in_np = true;
            }
            // "Die von Iran gelieferten Drohnen greifen Kiew an": an inflected participle
            // before a noun holds its act in the noun phrase; the party after "von" in it
            // gives, and a party after the noun receives only where marked ("an", "für")
            if !english
                && !trig.noun
                && let Some(ti) = tok_index(s, tspan)
                && ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                    .iter()
                    .any(|e| sent_words(s)[ti].ends_with(e))
                && s.toks
                    .get(ti + 1)
                    .is_some_and(|n| s.text[n.span.start..].starts_with(char::is_uppercase))
                && let Some(c) = usable.iter().copied().rfind(|c| {
                    c.marker == Marker::Actor
                        && c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) <= 3
                        && !s.lower_text[c.span.end..tspan.start].contains([',', ';', ':'])
                })
            {
                actor = Some(c.clone());
                in_np = true;
            }
            // "Chinese companies supplying the Russian military", "two firms accused of
            // shipping engines to the Houthis": an -ing participle right after a noun of firms
            // or people (or after "accused of" on one) has that noun's party as its subject
            if english
                && actor.is_none()
                && !passive
                && !trig.noun
                && text_lower(s, tspan).ends_with("ing")
                && let Some(ti) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let j = if ti >= 2
                    && w[ti - 1] == "of"
                    && matches!(w[ti - 2], "accused" | "suspected" | "caught")
                {
                    ti - 2
                } else {
                    ti
                };
                if j >= 1 {
                    let noun = s.toks[j - 1].span;
                    let is_noun = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Firm | Cue::Person) && cs.overlaps(&noun));
                    if is_noun
                        && let Some(c) = usable.iter().copied().rfind(|c| {
                            c.span.end <= noun.start
                                && token_gap(&s.toks, c.span.end, noun.start) <= 1
                                && !s.lower_text[c.span.end..noun.start].contains([',', ';', ':'])
                        })
                    {
                        actor = Some(c.clone());
                        // the participle's object, after it in its clause, receives
                        if recipient.as_ref().is_none_or(|r| r.span.end <= tspan.start) {
                            recipient = usable
                                .iter()
                                .copied()
                                .find(|k| {
                                    k.clause == clause
                                        && k.span.start >= tspan.end
                                        && k.id != c.id
                                        && k.head != Head::Item
                                        && !matches!(k.marker, Marker::Actor | Marker::Via)
                                })
                                .cloned()
                                .or(recipient.take());
                        }
                    }
                }
            }
            // "iranische Waffenlieferungen": an adjective on a nominal act names its giver
            // before any subject ("Die Huthis sind auf iranische Waffenlieferungen angewiesen")
            if actor.is_none()
                && (trig.noun || nominal)
                && let Some(a) = adj_on_trigger
            {
                actor = Some(a.clone());
            }
            // "verweist auf die Überlassung iranischer Drohnen an Russland", "criticised the
            // transfer of Iranian drones to Russia": the party on the items right after a
            // nominal act gives, not the clause's subject, where a receiver is marked after them
            // (an English stem of verb and noun is the noun before "of": "the transfer of")
            let t_end = token_at(s, tspan).map_or(tspan.end, |t| t.span.end);
            let noun_of = english && s.lower_text[t_end..].starts_with(" of ");
            if actor.is_none()
                && trig.frame == Frame::Give
                && (trig.noun || nominal || noun_of)
                && !passive
                && let Some(a) = in_clause.iter().copied().find(|c| {
                    c.head == Head::Item
                        && c.span.start >= t_end
                        && token_gap(&s.toks, t_end, c.span.start) <= 3
                        && !s.lower_text[t_end..c.span.start].contains([',', ';', ':'])
                })
                && in_clause.iter().any(|r| {
                    r.span.start > a.span.end && r.marker == Marker::Recipient && r.id != a.id
                })
            {
                actor = Some(a.clone());
            }
            // "Chinese firms that supply Russia", "Iran, which supplies Russia": a relative
            // clause's subject is the party its pronoun stands for
            if actor.is_none()
                && !passive
                && let Some(a) = rel_antecedent(s, trig, clause, tspan)
            {
                actor = Some(a.clone());
            }
            // "Moscow and Pyongyang …, with the North supplying missiles": the party between
            // "with" and an -ing verb is its subject, and the other of a pair named in the
            // sentence receives
            if english
                && actor.is_none()
                && !passive
                && !trig.noun
                && text_lower(s, tspan).ends_with("ing")
                && let Some(c) = usable.iter().copied().find(|c| {
                    c.marker == Marker::With
                        && c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) == 0
                })
            {
                actor = Some(c.clone());
                if recipient.is_none() {
                    recipient = usable
                        .iter()
                        .copied()
                        .find(|k| {
                            k.id != c.id
                                && k.span.end <= c.span.start
                                && usable
                                    .iter()
                                    .any(|o| o.chain == k.chain && o.id == c.id && o.span != c.span)
                        })
                        .cloned();
                }
            }
            // "Putin thanked North Korea for its support": the one thanked gave, the one who
            // thanks received
            if english
                && actor.is_none()
                && let Some(i) = tok_index(s, tspan)
                && i >= 3
                && matches!(sent_words(s)[i - 1], "its" | "their")
                && sent_words(s)[i - 2] == "for"
                && let Some(c) = usable.iter().copied().rfind(|c| {
                    c.span.end <= s.toks[i - 2].span.start
                        && token_gap(&s.toks, c.span.end, s.toks[i - 2].span.start) == 0
                })
                && let Some(ti) = tok_index(s, c.span)
                && ti >= 1
                && matches!(
                    sent_words(s)[ti - 1],
                    "thank" | "thanks" | "thanked" | "thanking"
                )
            {
                actor = Some(c.clone());
                recipient = usable
                    .iter()
                    .copied()
                    .rfind(|k| k.span.end <= s.toks[ti - 1].span.start && k.id != c.id && bare(k))
                    .cloned();
            }
            // "Schiffe, die iranische Rüstungsgüter transportiert haben": a relative clause
            // whose pronoun stands for no party and is its subject (no bare party between
            // the pronoun and the trigger) is not done by the main clause's subject; the
            // maker of the items in it gives (GUIDELINES: the maker names the supplier)
            if actor.is_none()
                && !passive
                && let Some(rp) = relpron_opening(s, s.clauses[clause])
                && rp.end <= tspan.start
                && rel_antecedent(s, trig, clause, tspan).is_none()
                && !in_clause.iter().any(|c| {
                    c.span.start >= rp.end
                        && c.span.end <= tspan.start
                        && c.head != Head::Item
                        && matches!(c.marker, Marker::None | Marker::Actor)
                })
                && let Some(m) = in_clause.iter().copied().find(|c| {
                    c.head == Head::Item && c.marker == Marker::None && c.span.start >= rp.end
                })
            {
                actor = Some(m.clone());
            }
            // "Munition aus Schweizer Produktion durch Deutschland an die Ukraine": the agent
            // after "durch"/"seitens"/"by" passes the items on, over their origin ("aus")
            if actor.is_none()
                && let Some(a) = in_clause
                    .iter()
                    .copied()
                    .filter(|c| c.marker == Marker::Actor && agent_prep(s, c))
                    .find(|c| recipient.as_ref().is_none_or(|r| r.id != c.id))
            {
                actor = Some(a.clone());
            }
            for (wide, sc) in scopes.iter().enumerate() {
                let sc: &[&Cand] = sc;
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &actor_marked)
                        .or_else(|| {
                            if passive && trig.frame == Frame::Give {
                                None
                            } else {
                                pick_other(sc, &recipient, &|c| {
                                    // a genitive right before a nominal act owns it; an
                                    // English possessive makes any trigger a noun ("China's
                                    // support for Russia")
                                    let possessive = s.lower_text[c.span.end..].starts_with("'s")
                                        || s.lower_text[c.span.end..].starts_with("’s");
                                    bare(c) && !c.genitive
                                        || ((trig.noun || nominal || possessive)
                                            && c.genitive
                                            && c.span.end <= tspan.start
                                            && token_gap(&s.toks, c.span.end, tspan.start) <= 3)
                                })
                            }
                        })
                        .or_else(|| adj_on_trigger.cloned());
                }
                if recipient.is_none() {
                    recipient = pick_other(sc, &actor, &recip_marked)
                        .or_else(|| {
                            pick_other(sc, &actor, &|c| {
                                c.head == Head::People && trig.frame == Frame::Support
                            })
                        })
                        .or_else(|| {
                            // beyond its clause a bare noun is another act's party
                            if wide > 0 {
                                None
                            } else if passive
                                && english
                                && trig.frame == Frame::Support
                                && !trig.noun
                                && !nominal
                            {
                                // "The Houthis are supported by Iran", "Hezbollah, which is
                                // funded by Iran": the subject of an English passive of helping
                                // (or the party its relative pronoun stands for) is helped
                                pick_other(sc, &actor, &|c| {
                                    bare(c)
                                        && !c.genitive
                                        && !c.speaker
                                        && c.span.end <= tspan.start
                                })
                                .or_else(|| {
                                    rel_antecedent(s, trig, clause, tspan)
                                        .filter(|c| {
                                            actor
                                                .as_ref()
                                                .is_none_or(|a| a.id != c.id && a.chain != c.chain)
                                        })
                                        .cloned()
                                })
                            } else if passive {
                                // "Russland wurden von Nordkorea Raketen geliefert", "wurden
                                // der Ukraine übergeben": in a German passive the items are the
                                // subject, so a bare party before the participle is a dative
                                (!english && trig.frame == Frame::Give && !trig.noun && !nominal)
                                    .then(|| {
                                        pick_other(sc, &actor, &|c| {
                                            bare(c)
                                                && !c.genitive
                                                && !c.speaker
                                                && c.span.end <= tspan.start
                                        })
                                    })
                                    .flatten()
                            } else {
                                pick_other(sc, &actor, &|c| bare(c))
                            }
                        })
                        .or_else(|| {
                            // the party of the act beside it ("die Ausbildung ukrainischer
                            // Piloten für die zugesagten Jets")
                            if wide > 0 {
                                None
                            } else {
                                pick_other(sc, &actor, &|c| {
                                    c.marker == Marker::Actor && other_acts_von(c)
                                })
                            }
                        });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
            // (an act inside a noun phrase: a party after its noun receives only where marked;
            // the noun itself may be the one helped, "the Iran-backed Houthis")
            if in_np
                && recipient.as_ref().is_some_and(|r| {
                    r.span.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, r.span.start) > 0
                        && r.marker != Marker::Recipient
                })
            {
                recipient = None;
            }
            // "Iranian-made drones were shipped to Russia": without an agent, the maker of
            // the items passed on gives
            if english && passive && trig.frame == Frame::Give && actor.is_none() {
                actor = pick_other(&in_clause, &recipient, &|c| {
                    c.head == Head::Item && c.marker == Marker::None
                });
            }
        }
        Frame::With => {
            if actor.is_none()
                && !passive
                && let Some(a) = rel_antecedent(s, trig, clause, tspan)
            {
                actor = Some(a.clone());
            }
            for sc in scopes {
                if passive {
                    if recipient.is_none() {
                        recipient = first(sc, &|c| bare(c) || recip_marked(c));
                    }
                    if actor.is_none() {
                        // "will be equipped with US weaponry": the maker of the items gives
                        actor = pick_other(sc, &recipient, &actor_marked).or_else(|| {
                            pick_other(sc, &recipient, &|c| {
                                c.head == Head::Item && c.span.start > tspan.end
                            })
                        });
                    }
                } else {
                    if actor.is_none() {
                        actor = first(sc, &|c| bare(c) || actor_marked(c));
                    }
                    if recipient.is_none() {
                        recipient = pick_other(sc, &actor, &|c| bare(c) || recip_marked(c));
                    }
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Receive => {
            // "kauft Munition für die Ukraine": the buyer gives to the one it buys for
            if trig.buy
                && let Some(r) = in_clause.iter().copied().find(|c| {
                    // "hat … für die Ukraine gekauft": in German before the verb too
                    c.marker == Marker::Recipient
                        && (c.span.start >= tspan.end || trig.id.starts_with("de."))
                        // "für" or "for" right before the party or its article
                        && s.toks
                            .iter()
                            .rev()
                            .filter(|t| t.span.end <= c.span.start)
                            .take(2)
                            .any(|t| matches!(&s.lower_text[t.span.start..t.span.end], "für" | "for"))
                })
            {
                recipient = Some(r.clone());
                actor = pick_other(&in_clause, &recipient, &|c| bare(c) && c.span.start < tspan.start)
                    .or_else(|| pick_other(&usable, &recipient, &|c| bare(c) && c.span.start < tspan.start));
            }
            // "Iran shipped the drones before they arrived in Russia": the destination of a
            // verb of motion receives; where the things moving are its subject, the subject
            // of the clause before sends them
            if !trig.buy
                && recipient.is_none()
                && let Some(r) = in_clause
                    .iter()
                    .copied()
                    .find(|c| c.marker == Marker::Recipient && motion_destination(s, c.span))
            {
                recipient = Some(r.clone());
                actor = pick_other(&in_clause, &recipient, &|c| {
                    actor_marked(c)
                        || (trig.moves && c.head == Head::People && c.marker != Marker::With)
                })
                .or_else(|| {
                    usable
                        .iter()
                        .copied()
                        .rfind(|c| bare(c) && c.span.end <= tspan.start && c.id != r.id)
                        .cloned()
                });
            }
            for sc in scopes {
                if recipient.is_none() {
                    // "arrived in Ukraine": the place of an arrival receives; where one buys
                    // ("in den USA kaufen") sells
                    // (people arriving are the giver's: "Russian instructors arrived in Niger")
                    recipient = first(sc, &|c| {
                        (bare(c) || c.genitive)
                            && c.marker == Marker::None
                            && !(trig.moves && c.head == Head::People)
                    })
                    .or_else(|| first(sc, &|c| c.marker == Marker::Loc && !trig.buy))
                    .or_else(|| first(sc, &|c| c.head == Head::Other && c.marker == Marker::None));
                }
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c)
                            || c.head == Head::Item
                            // ("arrive in 2024, with Estonian crews to be trained": people
                            // after "with" come along, they send nothing)
                            || (trig.moves && c.head == Head::People && c.marker != Marker::With)
                    })
                    .or_else(|| {
                        if trig.buy || recipient.as_ref().is_some_and(|r| r.marker == Marker::None)
                        {
                            pick_other(sc, &recipient, &|c| c.marker == Marker::Loc)
                        } else {
                            None
                        }
                    });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Sanction => {
            // "die Sanktionen der Europäischen Union gegen …": a genitive right after a
            // nominal act imposes it
            actor = genitive_actor.clone();
            // "Gegen Iran wurden von der EU neue Sanktionen verhängt", "Iran was sanctioned by
            // the US Treasury", "new sanctions were imposed on Iran by Britain", "Iran wurde
            // von den USA mit Sanktionen belegt": in a passive clause the agent after
            // "von"/"durch"/"by" imposes, and the party after "gegen"/"against"/"on" is the
            // target, else the clause's unmarked subject (the one the sanction is laid on)
            if actor.is_none()
                && passive_clause(s, clause, english)
                && let Some(agent) = in_clause.iter().copied().find(|c| {
                    c.marker == Marker::Actor && passive_agent(s, c) && !other_acts_von(c)
                })
            {
                let after_block = |c: &Cand| {
                    s.cues_of(cue_kind::NP_BLOCK).any(|(cs, cue)| {
                        matches!(cue, Cue::NpBlock)
                            && cs.end <= c.span.start
                            && token_gap(&s.toks, cs.end, c.span.start) <= 3
                    })
                };
                let other = |c: &Cand| c.id != agent.id && c.chain != agent.chain;
                let target = in_clause
                    .iter()
                    .copied()
                    .find(|c| other(c) && c.marker == Marker::Target)
                    .or_else(|| {
                        in_clause.iter().copied().find(|c| {
                            other(c)
                                && english
                                && c.marker == Marker::Recipient
                                && prep_before(s, c) == Some("on")
                        })
                    })
                    .or_else(|| {
                        in_clause.iter().copied().find(|c| {
                            other(c) && c.marker == Marker::None && !c.genitive && !after_block(c)
                        })
                    })
                    .cloned();
                return (Some(agent.clone()), target);
            }
            // "The drone maker was hit with EU sanctions", "Two firms were placed on the US
            // entity list", "The company was added to the sanctions list": with a passive verb
            // before a nominal sanction, its subject is the target and a party right before
            // the noun (a modifier) imposes
            if english
                && trig.noun
                && actor.is_none()
                && let Some(ti) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let cl_start = s.clauses[clause];
                let aux = (0..ti).rev().take(8).find(|&i| {
                    s.toks[i].span.start >= cl_start
                        && matches!(
                            w[i],
                            "was" | "were" | "been" | "being" | "is" | "are" | "got"
                        )
                        && w.get(i + 1).is_some_and(|v| {
                            matches!(*v, "hit" | "put" | "set" | "slapped" | "placed" | "added")
                                || (v.ends_with("ed") && i + 1 < ti && {
                                    let n = w.get(i + 2).copied().unwrap_or("");
                                    matches!(n, "with" | "on" | "to" | "onto" | "under")
                                })
                        })
                });
                if let Some(ai) = aux {
                    let a_start = s.toks[ai].span.start;
                    let subject = usable
                        .iter()
                        .copied()
                        .rfind(|c| {
                            c.span.end <= a_start
                                && c.span.start >= cl_start
                                && c.marker == Marker::None
                        })
                        .cloned();
                    if subject.is_some() {
                        let t_start = s.toks[ti].span.start;
                        let modifier = usable
                            .iter()
                            .copied()
                            .find(|c| {
                                c.span.start > a_start
                                    && c.span.end <= t_start
                                    && token_gap(&s.toks, c.span.end, t_start) <= 1
                                    && matches!(c.head, Head::Noun | Head::Other)
                            })
                            .cloned();
                        return (modifier, subject);
                    }
                }
            }
            // "Three Chinese firms were sanctioned by the United States", "the sanctions
            // imposed by Washington on …": the party after "by" right behind the act imposes;
            // in the passive, the subject before it is the target
            if english && actor.is_none() {
                actor = first(&in_clause, &|c| {
                    actor_marked(c)
                        // ("blacklisting dozens of Chinese and Iranian entities": "of" marks
                        // the targets, not the one who imposes)
                        && prep_before(s, c) != Some("of")
                        && c.span.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 3
                });
                if actor.is_some() && passive && !trig.noun {
                    recipient = pick_other(&usable, &actor, &|c| {
                        c.span.end <= tspan.start
                            && (bare(c) || matches!(c.head, Head::People | Head::Firm))
                    });
                }
            }
            for sc in scopes {
                if actor.is_none() {
                    actor = first(sc, &|c| bare(c) && c.span.start <= tspan.start)
                        .or_else(|| adj_on_trigger.cloned());
                }
                if recipient.is_none() {
                    // "wegen der Lieferungen an Russland … Sanktionen gegen den Iran": the
                    // party after "gegen"/"against" is the target before any other
                    recipient = pick_other(sc, &actor, &|c| c.marker == Marker::Target)
                        // "setzte iranische Firmen wegen Lieferungen an Russland auf die
                        // Sanktionsliste": a listing's object stands before it, unmarked
                        // "Großbritannien belegt iranische Rüstungsfirmen mit Sanktionen": the
                        // object of "belegen … mit" stands before the noun
                        .or_else(|| {
                            let w = sent_words(s);
                            let belegt = !english
                                && trig.noun
                                && tok_index(s, tspan).is_some_and(|ti| {
                                    (ti.saturating_sub(3)..ti).any(|k| w[k] == "mit")
                                        // (the participle closes a perfect: "haben
                                        // Iran mit Sanktionen belegt")
                                        && clause_range(
                                            s,
                                            s.clauses[clause],
                                            s.clause_end(clause),
                                        )
                                        .any(|k| w[k].starts_with("beleg"))
                                });
                            belegt
                                .then(|| {
                                    pick_other(sc, &actor, &|c| {
                                        (bare(c) || people(c)) && c.span.start < tspan.start
                                    })
                                })
                                .flatten()
                        })
                        .or_else(|| {
                            (trig.obj_before && trig.noun && trig.id.starts_with("de."))
                                .then(|| {
                                    pick_other(sc, &actor, &|c| {
                                        bare(c) && c.span.start < tspan.start
                                    })
                                })
                                .flatten()
                        })
                        .or_else(|| {
                            pick_other(sc, &actor, &|c| {
                                recip_marked(c)
                                    || people(c)
                                    || (bare(c) && c.span.start > tspan.start)
                            })
                        })
                        .or_else(|| {
                            // a verb at the end of a German clause has its object before it
                            // ("Die EU hat Belarus sanktioniert")
                            if (nominal || trig.noun) && !trig.obj_before {
                                None
                            } else {
                                pick_other(sc, &actor, &|c| bare(c) && c.span.start < tspan.start)
                            }
                        });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Train => {
            // "Russian instructors", "British trainers": the people named by the trigger
            // itself train
            let trainer_noun = trig.noun
                && s.cues_of(cue_kind::PERSON)
                    .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&tspan));
            // "We will keep training Ukraine's soldiers": a genitive party right before a
            // noun of people after the verb owns the trainees
            // (a noun form right before it is a gerund: "training Ukraine's pilots")
            let english = trig.id.starts_with("en.");
            if english && !passive && recipient.is_none() {
                recipient = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.genitive
                            && c.span.start >= tspan.end
                            && (!trig.noun || token_gap(&s.toks, tspan.end, c.span.start) == 0)
                            && c.clause == clause
                            && s.cues.iter().any(|(cs, cue)| {
                                matches!(cue, Cue::Person)
                                    && cs.start >= c.span.end
                                    && token_gap(&s.toks, c.span.end, cs.start) == 0
                            })
                    })
                    .cloned();
            }
            // "Russian instructors are teaching them", "Russische Ausbilder trainieren die
            // Armee von Burkina Faso": people named by a trainer noun before a training verb
            // train
            if !trainer_noun && !passive && !trig.noun {
                let trainers = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.head == Head::People
                            && c.span.end <= tspan.start
                            && s.triggers.iter().any(|(ts, t)| {
                                t.kind == EventType::Training
                                    && t.noun
                                    && ts.start >= c.span.end
                                    && ts.end <= tspan.start
                                    && token_gap(&s.toks, c.span.end, ts.start) == 0
                                    && s.cues.iter().any(|(cs, cue)| {
                                        matches!(cue, Cue::Person) && cs.overlaps(ts)
                                    })
                            })
                    })
                    .cloned();
                // (German: the party after the verb is trained, "die Armee von Burkina Faso")
                if !english
                    && recipient.is_none()
                    && let Some(t) = &trainers
                {
                    recipient = usable
                        .iter()
                        .copied()
                        .find(|c| c.span.start >= tspan.end && c.clause == clause && c.id != t.id)
                        .cloned();
                }
                if english || trainers.is_some() {
                    actor = trainers;
                }
            }
            if trainer_noun {
                actor = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.head == Head::People
                            && c.span.end <= tspan.start
                            && token_gap(&s.toks, c.span.end, tspan.start) == 0
                    })
                    .cloned();
            }
            // "Wagner-Personal trainiert den Umgang mit den Drohnen": the handling is the
            // object, so the subject is trained and the trainer is not named
            if self_training(s, trig, tspan, passive) {
                // (the subject may stand before a zu-infinitive: "hat begonnen, den Umgang
                // mit … zu trainieren")
                let subject = usable
                    .iter()
                    .copied()
                    .filter(|c| c.span.end <= tspan.start)
                    .rfind(|c| people(c) || bare(c))
                    .cloned();
                if subject.is_some() {
                    recipient = subject;
                    actor = usable
                        .iter()
                        .copied()
                        .find(|c| {
                            c.clause == clause
                                && actor_marked(c)
                                && Some(&c.id) != recipient.as_ref().map(|r| &r.id)
                        })
                        .cloned();
                    return (actor, recipient);
                }
            }
            // "Russian officers are training them": with a pronoun as its object, the
            // people before an active training verb train (the pronoun is trained)
            // (an object pronoun right after it makes a noun form a verb: "are training
            // them")
            if english
                && !passive
                && actor.is_none()
                && s.cues.iter().any(|(cs, c)| {
                    matches!(c, Cue::Pron(_))
                        && cs.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, cs.start) == 0
                        && (!trig.noun || s.lower_text[cs.start..cs.end] == *"them")
                })
            {
                actor = usable
                    .iter()
                    .copied()
                    .rfind(|c| people(c) && c.span.end <= tspan.start && c.clause == clause)
                    .cloned();
            }
            for sc in scopes {
                // "Ukrainian soldiers were trained by British forces": in the passive, the
                // people after "by" train
                if passive && actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c) && c.span.start >= tspan.end
                    });
                }
                // "Russische Ausbilder trainieren nordkoreanische Soldaten": in the active,
                // of two groups of people the first trains the second
                if recipient.is_none() && !passive && !trig.noun {
                    let groups: Vec<&Cand> = sc.iter().copied().filter(|c| people(c)).collect();
                    if let [a, b, ..] = groups[..]
                        && a.id != b.id
                    {
                        recipient = Some(b.clone());
                        actor = Some(a.clone());
                    }
                }
                if recipient.is_none() {
                    // (of people before and after it, those after are trained: "US troops
                    // are training Taiwanese forces")
                    // ("received instruction from American troops": people after "from"
                    // train)
                    recipient = pick_other(sc, &actor, &|c| {
                        people(c) && c.span.start > tspan.end && !actor_marked(c)
                    })
                    .or_else(|| pick_other(sc, &actor, &people))
                    .or_else(|| pick_other(sc, &actor, &recip_marked));
                }
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c)
                            // "die Ausbildung ukrainischer Soldaten in Deutschland": the place
                            // of a passive or nominal training trains
                            || (c.marker == Marker::Loc && (passive || trig.noun))
                            || (bare(c) && !passive)
                            || (people(c) && !passive && c.span.end <= tspan.start)
                    });
                }
                // (instructors with no trainees named train no one yet)
                if recipient.is_none() && !trainer_noun {
                    recipient = pick_other(sc, &actor, &bare);
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Deploy => {
            // "troops from North Korea", "soldiers from Nepal": the party after "from" right
            // after a noun of people sends them
            let from_after = |c: &Cand| {
                trig.noun
                    && c.marker == Marker::Actor
                    && c.span.start >= tspan.end
                    && s.lower_text[tspan.end..c.span.start].trim() == "from"
            };
            for sc in scopes {
                if actor.is_none() {
                    actor = first(sc, &people)
                        .or_else(|| first(sc, &|c| bare(c) && c.span.start < tspan.start))
                        .or_else(|| first(sc, &from_after));
                }
                if recipient.is_none() {
                    // (a place in another clause is where something else happens)
                    recipient = pick_other(sc, &actor, &|c| {
                        (recip_marked(c) && (!trig.noun || c.clause == clause))
                            || (c.marker == Marker::Loc && c.clause == clause)
                    });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Pair => {
            // two parties in the trigger's clause act together; failing that, the nearest
            // coordination before it ("Moskau und Teheran erwägen, eine Produktionslinie …")
            let distinct = |v: &[&Cand]| {
                let mut ids: Vec<&str> = v.iter().map(|c| &*c.id).collect();
                ids.dedup();
                ids.len()
            };
            if distinct(&in_clause) < 2 {
                let chain = usable
                    .iter()
                    .copied()
                    .filter(|c| c.span.end <= tspan.start)
                    .rev()
                    .find(|c| usable.iter().any(|d| d.chain == c.chain && d.id != c.id))
                    .map(|c| c.chain);
                // only where the clause names no other party (but the venue of a meeting:
                // "Japan and South Korea agreed …, after a meeting of their ministers in
                // Singapore"; the host of a drill takes part, GUIDELINES)
                let venue = |c: &Cand| c.marker == Marker::Loc && trig.kind == EventType::Meeting;
                if let Some(ch) =
                    chain.filter(|ch| in_clause.iter().all(|c| c.chain == *ch || venue(c)))
                {
                    let members: Vec<&Cand> =
                        usable.iter().copied().filter(|c| c.chain == ch).collect();
                    actor = members.first().map(|c| (*c).clone());
                    recipient = members
                        .iter()
                        .find(|c| actor.as_ref().is_none_or(|a| a.id != c.id))
                        .map(|c| (*c).clone());
                }
            }
            for sc in scopes {
                let mut parties: Vec<&Cand> = sc
                    .iter()
                    .copied()
                    // ("russische und chinesische Kriegsschiffe" in a drill take part in it)
                    .filter(|c| {
                        c.head != Head::Item
                            || matches!(trig.kind, EventType::JointProduction | EventType::Exercise)
                    })
                    .collect();
                // the venue of a meeting or drill ("in Brüssel", "in Singapore") is a party
                // only where two others are missing ("zu einem Staatsbesuch in Moskau")
                if matches!(trig.kind, EventType::Meeting | EventType::Exercise) {
                    let mut others: Vec<&str> = parties
                        .iter()
                        .filter(|c| c.marker != Marker::Loc)
                        .map(|c| &*c.id)
                        .collect();
                    others.sort_unstable();
                    others.dedup();
                    if others.len() >= 2 {
                        parties.retain(|c| c.marker != Marker::Loc);
                    }
                }

                if actor.is_none() {
                    actor = parties.first().map(|c| (*c).clone());
                }
                if recipient.is_none() {
                    recipient = parties
                        .iter()
                        .find(|c| actor.as_ref().is_none_or(|a| a.id != c.id))
                        .map(|c| (*c).clone());
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
    }
    (actor, recipient)
}

/// Whether a sentence says anything military: a military or war word, an item (a weapon
/// system counts as its item), a defence minister, officer or intelligence chief, or
/// troops or drills (their words are person cues and
/// triggers too, which a `topic` cue does not stand beside).
/// An item mention that is a word of everyday use (a `plain` cue on the same words:
/// "technology", "vehicles").
pub(super) fn plain_item(s: &Sent<'_>, span: Span) -> bool {
    s.cues_of(cue_kind::PLAIN)
        .any(|(cs, c)| matches!(c, Cue::Plain) && *cs == span)
}

/// A sentence whose items are all words of everyday use ("received new technology").
pub(super) fn plain_items_only(s: &Sent<'_>) -> bool {
    let mut items = s
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Item { .. }))
        .peekable();
    items.peek().is_some() && items.all(|m| plain_item(s, m.span))
}

pub(super) fn military_signal(s: &Sent<'_>) -> bool {
    s.cues_of(cue_kind::MILITARY | cue_kind::TOPIC)
        .any(|(_, c)| matches!(c, Cue::Military | Cue::Topic))
        || s.triggers.iter().any(|(_, t)| {
            !t.block
                && !t.tie
                && !t.staff
                && matches!(t.kind, EventType::Personnel | EventType::Exercise)
        })
        || s.mentions.iter().any(|m| {
            const MILITARY_ROLES: [&str; 3] =
                ["defence_minister", "military", "intelligence_chief"];
            match &m.kind {
                MentionKind::Item { .. } => !plain_item(s, m.span),
                MentionKind::Party { entity, .. } => entity
                    .role
                    .as_deref()
                    .is_some_and(|r| MILITARY_ROLES.contains(&r)),
                MentionKind::Role { role } => MILITARY_ROLES.contains(&&**role),
            }
        })
}
