//! Certainty from hedges and negation with their scope; quoted attribution.

use super::*;

pub(super) fn certainty_of(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    c_end: usize,
    lower: &str,
) -> Certainty {
    let mut best = Certainty::Asserted;
    // (only hedges and conditionals count here: none to scan where the sentence has none)
    for (sp, c) in s.cues_of(cue_kind::HEDGE | cue_kind::COND) {
        match c {
            // "expressed concern about the supply of …": such a hedge covers its object only
            Cue::Hedge(_)
                if (lower[sp.start..sp.end].ends_with(" about")
                    || lower[sp.start..sp.end].ends_with(" over"))
                    && (sp.end > tspan.start || token_gap(&s.toks, sp.end, tspan.start) > 4) => {}
            // "Die USA gehen davon aus, dass …, da Moskau und Teheran erwägen": the reason
            // clause is the speaker's own ground, outside the hedge
            Cue::Hedge(_)
                if sp.end <= tspan.start
                    && s.cues_of(cue_kind::SCOPE_STOP).any(|(ss, k)| {
                        matches!(k, Cue::ScopeStop)
                            && ss.start >= sp.end
                            && ss.end <= tspan.start
                            && lower[..ss.start].trim_end().ends_with(',')
                    }) => {}
            // "hat sich mit Kim getroffen und dabei wahrscheinlich über … gesprochen": a
            // hedge in the next conjunct after a participle is that conjunct's
            Cue::Hedge(_)
                if trig.past
                    && !trig.noun
                    && sp.start >= tspan.end
                    && lower[tspan.end..sp.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| matches!(w, "und" | "oder" | "and" | "or")) => {}
            // "troops deployed to the Kursk region are probably being used": a participle
            // right after its noun (a reduced relative) is outside the hedge of the main verb
            Cue::Hedge(_)
                if sp.start >= tspan.end
                    && hedge_outside_participle(s, tspan, trig, *sp, lower) => {}
            // "sprachen wahrscheinlich über die Lieferung …", "probably talked about arms
            // deliveries": a hedge on a talk covers the talk, not the acts of its topic
            Cue::Hedge(_) if sp.end <= tspan.start && talk_hedge(s, *sp, tspan) => {}
            // "Russland beschafft offenbar Munition – Teheran prüft Lieferungen": a headline's
            // dash joins two headlines, a hedge of the first is not the second's
            Cue::Hedge(_)
                if s.headline
                    && sp.end <= tspan.start
                    && s.clauses.iter().any(|&c| {
                        c > sp.end
                            && c <= tspan.start
                            && lower[..c].trim_end().ends_with(['–', '—', '-', '|'])
                    }) => {}
            // "Russia, which probably received shells, attacked Kharkiv": a hedge of a
            // relative clause before the act is that clause's
            Cue::Hedge(_) if in_relative_insert(s, lower, *sp, tspan) => {}
            Cue::Hedge(h) if sp.start < c_end && h.strength() < best.strength() => best = *h,
            Cue::Cond
                if sp.end <= tspan.start && Certainty::Possible.strength() < best.strength() =>
            {
                best = Certainty::Possible
            }
            _ => {}
        }
    }
    // "Will Iran send missiles to Russia?", "Liefert China Waffen an Russland?": a yes/no
    // question asks whether the act happens (decided in tests/sentences/README.md:
    // `possible`); a wh-question asserts what it presupposes
    // "Wenn Deutschland Taurus geliefert hätte, …": a condition in the subjunctive
    if (yes_no_question(s, lower) || unreal_condition(s, lower, tspan))
        && Certainty::Possible.strength() < best.strength()
    {
        best = Certainty::Possible;
    }
    // reported speech with "soll ... haben/sein": unconfirmed
    let words = clause_words(s, c_start, c_end);
    let soll = s.soll
        && words
            .iter()
            .any(|w| matches!(*w, "soll" | "sollen" | "solle"));
    let perfect = || {
        words
            .iter()
            .any(|w| matches!(*w, "haben" | "sein" | "worden"))
            && !words.contains(&"werden")
    };
    if soll
        && !decided_before(s, lower, s.clause_of(tspan.start))
        && (perfect() || !soll_is_future(words) || soll_reported(words))
    {
        best = if Certainty::Unconfirmed.strength() < best.strength() {
            Certainty::Unconfirmed
        } else {
            best
        };
    }
    // "Pjöngjang weist Berichte über Waffenlieferungen zurück": a separable denial verb
    // around the act, its particle closing the clause
    for (sp, c) in s.cues_of(cue_kind::STANCE) {
        // "Die Lieferung von Taurus lehnt Scholz ab": a nominal act put first as the
        // object of the denial verb after it, in the same clause
        // (asked of a denial verb only)
        let object_first = || {
            sp.start >= tspan.end
                && s.clause_of(sp.start) == s.clause_of(tspan.start)
                && is_nominal(s.text, s, tspan, trig)
        };
        if let Cue::Stance(Certainty::Negated, Some(p)) = c
            && (sp.end <= tspan.start || object_first())
        {
            let end = s.clause_end(s.clause_of(sp.start));
            let last = s.toks.iter().rev().find(|t| t.span.end <= end);
            if tspan.end <= end && last.is_some_and(|t| lower[t.span.start..t.span.end] == *p) {
                return Certainty::Negated;
            }
        }
    }
    // negation: denial verbs anywhere; "nicht"/"not" in the clause before the trigger
    for (sp, c) in s.cues_of(cue_kind::NEG) {
        if !matches!(c, Cue::Neg) {
            continue;
        }
        // "Iran, which denies any role, has shipped drones": the denial of a relative
        // clause before the act is not the act's
        if in_relative_insert(s, lower, *sp, tspan) {
            continue;
        }
        let w = &lower[sp.start..sp.end];
        let denial = !matches!(
            w,
            "nicht"
                | "nie"
                | "niemals"
                | "keine"
                | "keinen"
                | "kein"
                | "keinerlei"
                | "not"
                | "never"
                | "no"
                | "n't"
        );
        // "denies supplying arms but has provided dual-use goods": a denial does not reach
        // over "but" to a later act
        if denial
            && trig.id.starts_with("en.")
            && sp.end <= tspan.start
            && lower[sp.end..tspan.start].contains(" but ")
        {
            continue;
        }
        // "hat der Ukraine Drohnen verkauft, bestreitet aber Lieferungen an Russland",
        // "sold drones to Ukraine but denies arming Russia": a denial after the act and a
        // contrast word is about the act it names
        if denial
            && sp.start >= tspan.end
            && s.triggers.iter().any(|(ts, _)| ts.start >= sp.end)
            && {
                let between = &lower[tspan.end..sp.start];
                [" aber ", " jedoch ", " doch ", " but ", " however "]
                    .iter()
                    .any(|w| between.contains(w))
                    || [" aber", " jedoch", " but", " however"].iter().any(|w| {
                        // the rest of the word a prefix cue matched ("bestreit|et aber")
                        let rest = &lower[sp.end..];
                        let word_end = rest
                            .find(|c: char| !c.is_alphanumeric())
                            .unwrap_or(rest.len());
                        rest[word_end..].starts_with(w)
                    })
            }
        {
            continue;
        }
        if denial {
            return Certainty::Negated;
        }
        let in_clause = sp.start >= c_start && sp.end <= c_end;
        // "stehen nicht in Zusammenhang mit dem Krieg, sondern mit …": a plain negation
        // whose clause is followed by a corrective clause denies what it contrasts, not
        // the act (an act named between them is what it contrasts: "nicht wegen der
        // Lieferungen, sondern …" keeps it denied)
        let nc = s.clause_of(sp.start);
        let ne = s.clause_end(nc);
        if ne < s.span.end
            && !(tspan.start >= sp.end && tspan.end <= ne)
            && s.cues_in(ne, s.span.end).next().is_some_and(|(cs, c)| {
                matches!(c, Cue::Contrast) && token_gap(&s.toks, ne, cs.start) == 0
            })
        {
            continue;
        }
        let next = &lower[sp.end..s.span.end];
        let not_only = next.trim_start().starts_with("nur")
            || next.trim_start().starts_with("only")
            || next.trim_start().starts_with("longer");
        if in_clause
            && !not_only
            && (sp.end <= tspan.start || w == "nicht" || w.starts_with("kein"))
        {
            return Certainty::Negated;
        }
    }
    best
}

/// English: whether `tspan` is a participle right after the people or items it
/// describes ("troops deployed to …", "drones supplied by Iran …") and the hedge at `hedge`
/// stands at or after the finite verb of the main clause ("… are probably used").
pub(super) fn hedge_outside_participle(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    hedge: Span,
    lower: &str,
) -> bool {
    if !trig.id.starts_with("en.") {
        return false;
    }
    let finite = |w: &str| {
        matches!(
            w,
            "are"
                | "is"
                | "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
        )
    };
    // "North Korean troops deployed to Kursk are probably …": the people noun of a
    // deployment with its participle after it
    if trig.noun {
        let Some(next) = s.toks.iter().find(|t| t.span.start >= tspan.end) else {
            return false;
        };
        let w = &lower[next.span.start..next.span.end];
        return trig.kind == EventType::Personnel
            && (w.ends_with("ed") || w == "sent")
            && next.span.end <= hedge.start
            && lower[next.span.end..hedge.end]
                .split(|c: char| !c.is_alphanumeric())
                .any(finite);
    }
    // (the whole word of a prefix trigger: "deploy" in "deployed")
    let tspan = token_at(s, tspan).map_or(tspan, |t| t.span);
    let tw = &lower[tspan.start..tspan.end];
    if !(trig.past || tw.ends_with("ed") || tw == "sent") {
        return false;
    }
    let Some(prev) = s.toks.iter().rev().find(|t| t.span.end <= tspan.start) else {
        return false;
    };
    let noun_before = s
        .cues
        .iter()
        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&prev.span))
        || s.mentions
            .iter()
            .any(|m| m.span.end == prev.span.end && matches!(m.kind, MentionKind::Item { .. }));
    if !noun_before {
        return false;
    }
    lower[tspan.end..hedge.end]
        .split(|c: char| !c.is_alphanumeric())
        .any(finite)
}

/// Whether a hedge right next to a talk verb ("sprachen wahrscheinlich", "probably
/// talked") stands before a topic phrase ("über …", "about …") that holds the trigger.
pub(super) fn talk_hedge(s: &Sent, hedge: Span, tspan: Span) -> bool {
    s.triggers.iter().any(|(ms, mt)| {
        mt.kind == EventType::Meeting
            && !mt.noun
            && ms.end <= tspan.start
            && s.clause_of(ms.start) == s.clause_of(hedge.start)
            && if ms.end <= hedge.start {
                token_gap(&s.toks, ms.end, hedge.start) <= 1
            } else {
                token_gap(&s.toks, hedge.end, ms.start) <= 1
            }
            && s.cues_of(cue_kind::NP_BLOCK).any(|(cs, c)| {
                matches!(c, Cue::NpBlock)
                    && cs.start >= ms.end.max(hedge.end)
                    && cs.end <= tspan.start
            })
    })
}

/// For each sentence inside a quotation that runs over several sentences,
/// the speaker named where the quote ends ("…“, sagte Kirby.") or just before
/// it begins ("Kirby sagte: „…").
pub(super) fn quote_attribution(text: &str, sents: &[Sent]) -> Vec<Option<Vec<String>>> {
    let mut out: Vec<Option<Vec<String>>> = vec![None; sents.len()];
    let mut i = 0;
    while i < sents.len() {
        let st = sents[i].span.slice(text).unwrap_or("").trim_start();
        let opens = st.starts_with(|c: char| QUOTE_OPEN.contains(&c));
        if !opens {
            i += 1;
            continue;
        }
        // find the sentence where the quote closes
        let mut j = i;
        while j < sents.len() && j < i + 6 {
            let t = sents[j].span.slice(text).unwrap_or("").trim_start();
            let inner = if j == i {
                let mut cs = t.chars();
                cs.next();
                cs.as_str()
            } else {
                t
            };
            if inner.contains(['“', '”', '"', '«', '»']) || !sents[j].attribution.is_empty() {
                break;
            }
            j += 1;
        }
        let j = j.min(sents.len() - 1);
        let mut speaker = if !sents[j].attribution.is_empty() {
            Some(sents[j].attribution.clone())
        } else {
            None
        };
        if speaker.is_none()
            && j + 1 < sents.len()
            && !sents[j + 1].attribution.is_empty()
            && sents[j + 1].toks.len() <= 8
        {
            speaker = Some(sents[j + 1].attribution.clone());
        }
        if speaker.is_none() && i > 0 && !sents[i - 1].attribution.is_empty() {
            let prev = sents[i - 1].span.slice(text).unwrap_or("").trim_end();
            if prev.ends_with(':') || prev.ends_with('.') {
                speaker = Some(sents[i - 1].attribution.clone());
            }
        }
        if let Some(sp) = speaker {
            for o in out.iter_mut().take(j + 1).skip(i) {
                *o = Some(sp.clone());
            }
        }
        i = j + 1;
    }
    // 'Healey said: "Our commitment is firm. We will keep training …"': a quote opened
    // after its speaker and left open runs on into the sentences after it, up to the one
    // that closes it
    for i in 0..sents.len() {
        if sents[i].attribution.is_empty() || sents[i].lang != "en" {
            continue;
        }
        let t = sents[i].span.slice(text).unwrap_or("");
        let straight = t.matches('"').count();
        let open = straight % 2 == 1 || t.matches('“').count() > t.matches('”').count();
        if !open {
            continue;
        }
        for j in i + 1..sents.len().min(i + 6) {
            if out[j].is_some() || !sents[j].attribution.is_empty() {
                break;
            }
            out[j] = Some(sents[i].attribution.clone());
            if sents[j]
                .span
                .slice(text)
                .unwrap_or("")
                .contains(['“', '”', '"'])
            {
                break;
            }
        }
    }
    out
}

/// The whole word a mention stands in, with a following head noun
/// ("Houthi-Miliz", "Hisbollah Miliz" gives "Miliz").
pub(super) fn mention_word(text: &str, span: Span) -> &str {
    let rest = &text[span.end..];
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    &text[span.start..span.end + word_end]
}

/// "The US and Europe imposed sanctions", "Norway and Belgium will contribute jets":
/// a party joined to the actor or recipient by "und"/"and"/a comma acts too, one
/// event per pair (GUIDELINES.md, multilateral acts).
pub(super) fn conjuncts(text: &str, s: &Sent, ev: &Event) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for role in [0usize, 1] {
        let id = if role == 0 { &ev.actor } else { &ev.recipient };
        let Some(id) = id else { continue };
        let Some(anchor) = s
            .cands
            .iter()
            .find(|c| *c.id == **id && ev.span.contains(&c.span) && (!c.speaker || role == 0))
        else {
            continue;
        };
        // "Norway, Canada and Sweden announced funding for the training": speakers who
        // are the actor act together
        // every other member of the anchor's coordination, before or after it
        // joint acts take the whole coordination; directed acts the parties after the anchor
        let whole = ev.kind.is_unordered() || ev.unordered;
        let member = |c: &&Cand| {
            c.chain == anchor.chain
                && c.span != anchor.span
                && (!c.speaker || anchor.speaker)
                && (whole || role == 0 || c.span.start > anchor.span.start)
        };
        // (most anchors stand alone: no copies of the event for them)
        if !s.cands.iter().any(|c| member(&c)) {
            continue;
        }
        // "Tokyo and Seoul imposed sanctions on North Korean and Russian entities": each
        // actor of the coordination with each target of the other (directed acts only)
        // (the bases are `ev` and then the events of `out` made so far, read in place:
        // the events pushed below come after them)
        let n_bases = if role == 1 && !whole {
            1 + out.len()
        } else {
            1
        };
        let first_new = out.len();
        for b in 0..n_bases {
            for c in s.cands.iter().filter(member) {
                let base = if b == 0 { ev } else { &out[b - 1] };
                let taken = base.actor.as_deref() == Some(&*c.id)
                    || base.recipient.as_deref() == Some(&*c.id)
                    || out.iter().enumerate().any(|(k, e)| {
                        if role == 0 {
                            e.actor.as_deref() == Some(&*c.id)
                        } else {
                            e.recipient.as_deref() == Some(&*c.id)
                                && (k >= first_new || n_bases == 1)
                                && e.actor == base.actor
                        }
                    });
                if taken {
                    continue;
                }
                let mut e = base.clone();
                if role == 0 {
                    e.actor = Some(String::from(&*c.id));
                } else {
                    e.recipient = Some(String::from(&*c.id));
                }
                e.span = e.span.cover(&c.span);
                e.evidence = text[e.span.start..e.span.end].to_string();
                out.push(e);
            }
        }
    }
    out
}

/// English: the trigger heads a definite noun phrase ("the shipments", "these first
/// deliveries", "the new package"): a determiner before it with at most two lower-case
/// words between that are no trigger.
pub(super) fn definite_np(s: &Sent, lower: &str, tspan: Span) -> bool {
    let before = &s.toks[..s.toks.partition_point(|t| t.span.end <= tspan.start)];
    for (k, t) in before.iter().rev().enumerate() {
        let w = &lower[t.span.start..t.span.end];
        if matches!(
            w,
            "the"
                | "these"
                | "those"
                | "this"
                | "such"
                | "der"
                | "die"
                | "den"
                | "des"
                | "dem"
                | "diese"
                | "dieser"
                | "diesen"
                | "dieses"
                | "solche"
                | "solcher"
        ) {
            return true;
        }
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-');
        if k >= 2
            || !word
            || s.triggers.iter().any(|(ts, _)| ts.overlaps(&t.span))
            || s.mentions.iter().any(|m| m.span.overlaps(&t.span))
        {
            return false;
        }
    }
    false
}

/// True when a denial verb follows the candidate in its clause ("Teheran bestreitet").
pub(super) fn denial_before(s: &Sent, c: &Cand) -> bool {
    let end = s.clause_end(c.clause);
    s.cues_of(cue_kind::NEG).any(|(cs, cue)| {
        matches!(cue, Cue::Neg)
            && cs.start >= c.span.end
            && cs.end <= end
            && token_gap(&s.toks, c.span.end, cs.start) <= 2
    })
}
