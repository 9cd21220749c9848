//! Article-level filters that drop events of a civil, peace-talk, withdrawal or exercise reading.

use super::*;

/// An act in a sentence of a civil domain ("tariffs on Chinese imports if no deal is
/// reached", "roll back tariffs, people familiar with the talks say") with nothing
/// military in it or in the sentences next to it (no military or war word, no weapon,
/// no defence office holder) is of that domain: trade, climate, peace talks. GUIDELINES: diplomatic statements not about
/// military cooperation are no events.
pub(super) fn drop_civil(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let civil = |si: usize| {
        sents.get(si).is_some_and(|s| {
            // (a civil word inside a party's name, "das US-Handelsministerium" that keeps
            // the Entity List, is the name of a body, not a civil domain)
            s.cues_of(cue_kind::CIVIL).any(|(cs, c)| {
                matches!(c, Cue::Civil)
                    && !s
                        .mentions
                        .iter()
                        .any(|m| matches!(m.kind, MentionKind::Party { .. }) && m.span.overlaps(cs))
            })
        }) && !sents[si.saturating_sub(1)..(si + 2).min(sents.len())]
            .iter()
            .any(military_signal)
    };
    drop_events(
        done,
        trace,
        "a sentence of a civil domain (trade, climate, peace) with nothing military in it or next to it",
        |e| civil(e.sentence),
    );
}

/// Talks or a deal between a party and a non-state armed group in an article that
/// speaks of peace ("talks between his government and the Taliban, who refused to
/// negotiate peace"; later "Washington and the Taliban held direct talks") are peace talks with a side of the war, not military cooperation with
/// it (GUIDELINES: meetings on security or military cooperation; diplomacy about other
/// things is no event).
pub(super) fn drop_peace_talks(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let groups: HashSet<&str> = sents
        .iter()
        .flat_map(|s| &s.mentions)
        .filter_map(|m| match &m.kind {
            MentionKind::Party { entity, .. } if entity.kind == EntityKind::Group => {
                Some(entity.party_id())
            }
            _ => None,
        })
        .collect();
    if groups.is_empty() {
        return;
    }
    if !sents.iter().any(|s| {
        s.cues_of(cue_kind::PEACE)
            .any(|(_, c)| matches!(c, Cue::Peace))
    }) {
        return;
    }
    drop_events(
        done,
        trace,
        "talks or a deal with an armed group on peace: no military cooperation",
        |e| {
            matches!(e.kind, EventType::Meeting | EventType::Agreement)
                && [&e.actor, &e.recipient]
                    .iter()
                    .any(|p| p.as_deref().is_some_and(|p| groups.contains(p)))
        },
    );
}

/// Troops that leave ("an agreement for US troops to begin leaving Afghanistan", "der
/// Abzug der russischen Soldaten aus Syrien") are no personnel sent to help: a
/// personnel event whose evidence names people (`person`) and then a `withdraw` word is
/// dropped.
pub(super) fn drop_withdrawal(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    drop_events(
        done,
        trace,
        "troops that leave are no personnel sent to help",
        |e| {
            e.kind == EventType::Personnel
                && sents.get(e.sentence).is_some_and(|s| {
                    let inside = |cs: &Span| cs.start >= e.span.start && cs.end <= e.span.end;
                    // the people named first, then their leaving ("troops to begin leaving"),
                    // not a leaving before the people sent ("nach dem Abzug der Amerikaner
                    // Soldaten nach Syrien")
                    s.cues_of(cue_kind::PERSON).any(|(ps, p)| {
                        matches!(p, Cue::Person)
                            && inside(ps)
                            && s.cues_of(cue_kind::WITHDRAW).any(|(ws, w)| {
                                matches!(w, Cue::Withdraw) && inside(ws) && ws.start >= ps.end
                            })
                    })
                })
        },
    );
}

/// "Russian troops will arrive in Belarus for a joint exercise": people who come to
/// exercise with a party are the exercise's participants, not personnel sent to help it
/// (GUIDELINES: personnel are deployed to help another party). A personnel event is
/// dropped where its sentence makes an exercise of the same two parties that the
/// people come for ("for a joint exercise", "zu einem Manöver", "to take part in"), not
/// one told beside them ("mit Truppen an der Battlegroup und übt mit").
pub(super) fn drop_exercise_people(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let came_for = |s: &Sent<'_>| {
        s.triggers.iter().any(|(ts, tg)| {
            tg.kind == EventType::Exercise
                && !tg.block
                && s.lower_text[s.span.start..ts.start]
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| {
                        matches!(
                            w,
                            "for"
                                | "für"
                                | "zu"
                                | "zum"
                                | "zur"
                                | "join"
                                | "joining"
                                | "attend"
                                | "participate"
                                | "part"
                        )
                    })
        })
    };
    let drills: Vec<(usize, Option<String>, Option<String>)> = done
        .iter()
        .filter(|e| e.kind == EventType::Exercise && sents.get(e.sentence).is_some_and(came_for))
        .map(|e| (e.sentence, e.actor.clone(), e.recipient.clone()))
        .collect();
    drop_events(
        done,
        trace,
        "people who come for an exercise take part in it, they are not sent to help",
        |e| {
            e.kind == EventType::Personnel
                && e.actor.is_some()
                && drills.iter().any(|(si, a, r)| {
                    *si == e.sentence
                        && ((*a == e.actor && *r == e.recipient)
                            || (*a == e.recipient && *r == e.actor))
                })
        },
    );
}

/// A party named only as the place of a `place` noun ("visited the U.S.-Mexico border",
/// "the southern U.S. border", "an der polnischen Grenze") is a place visited, not a
/// side of a meeting: a meeting or agreement with such a party is dropped ("an der Grenze
/// zu Belarus"). GUIDELINES: a meeting is officials of two parties meeting.
pub(super) fn drop_place_meetings(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let place_only = |s: &Sent<'_>, id: &str| {
        let mut named = s
            .mentions
            .iter()
            .filter(|m| m.entity().is_some_and(|e| e.party_id() == id))
            .peekable();
        named.peek().is_some()
            && named.all(|m| {
                s.cues_of(cue_kind::PLACE).any(|(cs, c)| {
                    matches!(c, Cue::Place)
                        && ((cs.start >= m.span.end
                            && token_gap(&s.toks, m.span.end, cs.start) == 0)
                            // "an der Grenze zu Belarus", "the border with Belarus"
                            || (cs.end <= m.span.start
                                && token_gap(&s.toks, cs.end, m.span.start) == 1
                                && matches!(
                                    s.lower_text[cs.end..m.span.start].trim(),
                                    "zu" | "mit" | "with" | "to"
                                )))
                })
            })
    };
    drop_events(
        done,
        trace,
        "a party named only as a place (a border) is no side of a meeting",
        |e| {
            matches!(e.kind, EventType::Meeting | EventType::Agreement)
                && sents.get(e.sentence).is_some_and(|s| {
                    [&e.actor, &e.recipient]
                        .iter()
                        .any(|p| p.as_deref().is_some_and(|p| place_only(s, p)))
                })
        },
    );
}

/// A supply with a party missing and neither items nor money ("Trump sent", "received
/// FDA clearance for sales in the US", "Starship will be able to deliver") names no
/// materiel changing hands between two parties: everyday verbs of giving and getting
/// (send, deliver, get, receive, buy) say this of letters, cargo, plans and houses.
/// GUIDELINES: supply is materiel or money for it; with one side unknown and nothing
/// given named, nothing identifies the act as military.
pub(super) fn drop_bare_supply(done: &mut Vec<Event>, trace: Option<&mut Vec<SentenceTrace>>) {
    let bare = |e: &Event| {
        e.kind == EventType::Supply
            && (e.actor.is_none() || e.recipient.is_none())
            && e.items.is_empty()
            && e.value.is_none()
    };
    drop_events(
        done,
        trace,
        "a supply with a party missing and no item or money: nothing given is named",
        |e| bare(e),
    );
}

/// Drops the events `out` picks and, for `explain`, tells each one's sentence why
/// ("RULE: why").
pub(super) fn drop_events(
    done: &mut Vec<Event>,
    trace: Option<&mut Vec<SentenceTrace>>,
    why: &str,
    mut out: impl FnMut(&Event) -> bool,
) {
    // (the dropped rules are listed for `explain` only)
    let traced = trace.is_some();
    let mut dropped = Vec::new();
    done.retain(|e| {
        let o = out(e);
        if o && traced {
            dropped.push((e.sentence, e.rule.clone()));
        }
        !o
    });
    if let Some(tv) = trace {
        for (si, rule) in dropped {
            if let Some(t) = tv.iter_mut().find(|t| t.index == si) {
                t.misses.push(format!("{rule}: {why}"));
            }
        }
    }
}
