//! Status from tense, aspect, modals and the words around a trigger.

use super::*;

#[allow(clippy::too_many_arguments)]
pub(super) fn status_of(
    text: &str,
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    nominal: bool,
    c_start: usize,
    c_end: usize,
    lower: &str,
    tw: &TenseWords,
) -> Status {
    // "sagte Macron nach einem Gespräch mit Selenskyj", "after talks with": a meeting
    // named as what came before is over
    if trig.noun && trig.kind == EventType::Meeting {
        let mut back = lower[c_start..tspan.start].split_whitespace().rev();
        let mut w = back.next();
        if w.is_some_and(|w| {
            matches!(
                w,
                "dem" | "einem" | "einer" | "der" | "ihrem" | "seinem" | "ihren" | "den"
            ) || tw.is(w, Tense::Det)
        }) {
            w = back.next();
        }
        if w.is_some_and(|w| w == "nach" || tw.is(w, Tense::After)) {
            return Status::Completed;
        }
        // "Xi war im März zu einem Staatsbesuch in Moskau": a visit in the past tense
        let words = clause_words(s, c_start, c_end);
        if words.iter().any(|w| matches!(*w, "war" | "waren"))
            && !words
                .iter()
                .any(|w| matches!(*w, "soll" | "sollte" | "sollen" | "geplant"))
        {
            return Status::Completed;
        }
    }
    // a trigger in an infinitive clause ("erwäge, ... zu schicken") takes the main clause's modals
    let clause = s.clause_of(tspan.start);
    // German separable verbs fuse "zu" inside the infinitive ("bereitzustellen", "abzugeben")
    let fused_zu = trig.id.starts_with("de.")
        && token_at(s, tspan).is_some_and(|t| {
            let w = &lower[t.span.start..t.span.end];
            w.get(2..).is_some_and(|rest| rest.contains("zu")) && w.ends_with('n') && !trig.noun
        });
    // "erwägen, eine gemeinsame Produktionslinie einzurichten": a nominal act in a clause
    // that a fused zu-infinitive closes
    let fused_close = trig.noun
        && trig.id.starts_with("de.")
        // (the clause's last token: tokens are ordered, those ending by `c_end` a prefix)
        && s.toks[..s.toks.partition_point(|t| t.span.end <= c_end)]
            .last()
            .filter(|t| t.span.start >= tspan.end)
            .is_some_and(|t| fused_zu_infinitive(&lower[t.span.start..t.span.end]));
    // the clause's last word before the trigger (asked for below more than once)
    let prev_word = lower[c_start..tspan.start].split_whitespace().next_back();
    // (the substring search last)
    let zu_clause = fused_close
        || fused_zu
        || prev_word == Some("zu")
        || lower[c_start..tspan.start].ends_with("to ")
        || (s.zu && lower[c_start..c_end].contains(" zu "));
    let from = if zu_clause && clause > 0 {
        s.clauses[clause - 1]
    } else {
        c_start
    };
    // a modal counts before the trigger, or right after it in a German verb-final clause
    // ("liefern will"), never after a coordinated verb ("schicke … und erwäge")
    // (status cues only: the tests below are asked of them alone)
    let cues: Vec<(Span, Status)> = s
        .cues_in(from, c_end)
        .filter_map(|(sp, c)| match c {
            Cue::Status(st) => Some((*sp, *st)),
            _ => None,
        })
        .filter(|(sp, _)| {
            sp.start < tspan.start || token_gap(&s.toks, tspan.end, sp.start) <= 1 || nominal
        })
        // "had not supplied and would not supply": a modal after a coordinator belongs to
        // the verb coordinated with the trigger, not to the trigger
        .filter(|(sp, _)| {
            nominal
                || sp.start < tspan.end
                || !lower[tspan.end..sp.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| matches!(w, "and" | "or" | "but" | "und" | "oder" | "aber"))
        })
        // "the systems promised by Berlin have arrived": a participle in a reduced relative
        // clause before the act is no modal of it
        .filter(|(sp, _)| !reduced_relative(s, *sp, tspan))
        // "Die von der Bundesregierung zugesagten Panzer sind eingetroffen": an inflected
        // participle before a noun qualifies that noun, not the clause's verb
        .filter(|(sp, _)| {
            nominal
                || sp.end > tspan.start
                || !trig.id.starts_with("de.")
                || !{
                    let w = token_at(s, *sp).map_or(&lower[sp.start..sp.end], |t| {
                        &lower[t.span.start..t.span.end]
                    });
                    let inflected = ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                        .iter()
                        .any(|e| w.ends_with(e));
                    // (tokens are in text order: the first starting at or after the cue's end)
                    inflected
                        && !lower[sp.end..].starts_with(',')
                        && s.toks
                            .get(s.toks.partition_point(|t| t.span.start < sp.end))
                            .is_some_and(|t| {
                                t.span.end <= tspan.start
                                    && text[t.span.start..].starts_with(char::is_uppercase)
                            })
                }
        })
        // "erwäge, andere Waffen, wie etwa Raketen, zu schicken": the governing verb right
        // before a comma, over asides
        .chain(
            s.cues_in(s.clauses[clause.saturating_sub(3)], from)
                .filter(|(sp, _)| zu_clause && lower[sp.end..].starts_with(','))
                .filter_map(|(sp, c)| match c {
                    Cue::Status(st) => Some((*sp, *st)),
                    _ => None,
                }),
        )
        .collect();
    let has = |st: Status| cues.iter().any(|(_, s)| *s == st);
    if decided_before(s, lower, clause) {
        return Status::Agreed;
    }
    if trig.id.starts_with("en.") {
        let mut back = lower[s.span.start..tspan.start]
            .split_whitespace()
            .rev()
            .filter(|w| !tw.is(w, Tense::Det));
        let before = back.next();
        // "under a new agreement", "under the contract": an agreement acted under is
        // concluded
        if trig.kind == EventType::Agreement
            && trig.noun
            && (before.is_some_and(|w| tw.is(w, Tense::Under))
                || before.is_some_and(|w| w == "new")
                    && back.next().is_some_and(|w| tw.is(w, Tense::Under)))
        {
            return Status::Agreed;
        }
        // "has not yet confirmed the delivery", "denied the transfer": the act confirmed or
        // denied is one that is said to have happened
        if nominal
            && lower[s.span.start..tspan.start]
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic())
            && lower[s.span.start..tspan.start]
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(|w| tw.is(w, Tense::Confirm))
            && lower[s.span.start..tspan.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| tw.is(w, Tense::Det))
        {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }
    }
    // "has refused to supply", "declined to send": the refused act has no status of its own
    if trig.id.starts_with("en.") && !trig.noun {
        let mut back = lower[s.span.start..tspan.start].split_whitespace().rev();
        if back.next() == Some("to") && back.next().is_some_and(|w| tw.is(w, Tense::Refuse)) {
            return Status::Unknown;
        }
    }
    // a requested act is planned ("bat Israel um die Lieferung")
    if request_before(s, tspan).is_some() || request_after(s, tspan).is_some() {
        return Status::Planned;
    }
    // (token indices, found once: the first token starting at or after `c_start`, the
    // first ending after `c_end`; the words between are the clause's)
    let i_c0 = s.toks.partition_point(|t| t.span.start < c_start);
    let i_c1 = s.toks.partition_point(|t| t.span.end <= c_end).max(i_c0);
    let words = &sent_words(s)[i_c0..i_c1];
    let word_has = |w: &str| words.contains(&w);
    if has(Status::Considered) {
        return Status::Considered;
    }
    // a headline's "to" speaks of the future ("Russia to get Iranian missiles")
    if s.headline && !trig.noun && prev_word == Some("to") {
        return Status::Planned;
    }
    // a seized or intercepted shipment was sent
    if trig.kind == EventType::Supply
        && s.cues_of(cue_kind::INTERCEPT)
            .any(|(_, c)| matches!(c, Cue::Intercept))
    {
        return Status::Completed;
    }
    let soll = s.soll && (word_has("soll") || word_has("sollen") || word_has("solle"));
    // "soll geliefert haben": reported, completed
    if soll && (word_has("haben") || word_has("sein")) && !word_has("werden") {
        return Status::Completed;
    }
    let reportive_soll = soll && (!soll_is_future(words) || soll_reported(words));
    if let Some(st) = trig.status {
        if st == Status::Agreed && has(Status::Planned) && !trig.noun {
            return Status::Planned;
        }
        return st;
    }
    // German preterite and participles of verbs matched by their stem ("lieferten", "verhängt")
    let token = token_at(s, tspan)
        .map(|t| &lower[t.span.start..t.span.end])
        .unwrap_or("");
    // the inflection after the matched stem: "liefer|ten" is preterite, "erhalten" is not
    let t_start = token_at(s, tspan)
        .map(|t| t.span.start)
        .unwrap_or(tspan.start);
    let ending = token.get(tspan.end - t_start..).unwrap_or("");
    let de_past = !trig.noun && matches!(ending, "te" | "ten" | "tet" | "test" | "ete" | "eten");
    // clause auxiliaries: a participle with "wird"/"werden" is a present passive,
    // with "hat"/"wurde" a past; "verkauft" alone is a present tense
    // (the clause's auxiliaries as bits, from one pass over its words on first use)
    // (and every other class of the clause's words, as the bits of any of them)
    let all_words = sent_words(s);
    let all_bits = word_bits(s, tw);
    let clause_mask = all_bits[i_c0..i_c1].iter().fold(0, |m, b| m | b);
    let aux_words = |set: u64| clause_mask & set != 0;
    // "sollen demnach nach Russland geliefert werden": with a source marker, "sollen"
    // reports what is said to happen now
    let present_passive = trig.past
        && aux_words(AUX_WIRD | AUX_WERDEN)
        && !aux_words(AUX_WILL | AUX_WOLLEN | AUX_WORDEN)
        && (!soll || soll_reported(words));
    // weak verbs with an inseparable prefix: participle and present look alike ("verkauft")
    let bare_participle = trig.past
        && trig.id.starts_with("de.")
        && token.ends_with('t')
        && (token.starts_with("ver")
            || token.starts_with("be")
            || token.starts_with("ent")
            || token.ends_with("iert"))
        && !aux_words(
            AUX_HAT
                | AUX_HABEN
                | AUX_HABE
                | AUX_HATTE
                | AUX_HATTEN
                | AUX_WURDE
                | AUX_WURDEN
                | AUX_WORDEN
                | AUX_IST
                | AUX_SIND
                | AUX_SEI
                | AUX_SEIEN
                | AUX_WIRD
                | AUX_WERDEN
                | AUX_WAR
                | AUX_WAREN,
        );
    if present_passive || bare_participle {
        return Status::Ongoing;
    }
    // a conditional or a modal of possibility before the act speaks of the future
    // ("Falls Nordkorea Truppen schickt", "Iran could send"), unless perfect ("could have sent")
    let cond = s.cue_kinds & cue_kind::COND != 0
        && s.cues_in(c_start.min(from), tspan.start)
            .any(|(_, c)| matches!(c, Cue::Cond));
    // (the words of the tokens from `c_start` up to `modal_end`)
    // (the first token ending after the trigger's start)
    let i_t = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let modal = clause_range_of(i_c0, if nominal { i_c1 } else { i_t }).any(|i| {
        all_bits[i] & W_MODAL != 0
            // "continued in May": a capitalised "May" inside a sentence is the month
            && !(all_words[i] == "may"
                && s.toks.get(i).is_some_and(|t| {
                    t.span.start > s.span.start
                        && &text[t.span.start..t.span.end] == "May"
                        && !text[s.span.start..t.span.start]
                            .trim_end()
                            .ends_with(['"', '“', ':'])
                }))
    });
    let perfect = aux_words(AUX_HABEN | AUX_HAETTE | AUX_HAETTEN | tense_bit(Tense::Perfect));
    // an unreal condition or open question in the subjunctive II ("Ob Berlin Taurus
    // liefern würde"): an act still to come, its "würde" after the verb
    let unreal = trig.id.starts_with("de.") && unreal_condition(s, lower, tspan);
    if (cond || modal || unreal) && !perfect && !trig.past {
        return Status::Planned;
    }
    // "If Germany delivered Taurus, Russia would respond": a past tense in a condition whose
    // consequence is a "would" is unreal, an act still to come
    if cond
        && !perfect
        && trig.past
        && !trig.noun
        && all_words
            .iter()
            .any(|w| matches!(*w, "would" | "würde" | "würden"))
        && !all_words
            .iter()
            .any(|w| matches!(*w, "had" | "have" | "hätte" | "hätten"))
    {
        return Status::Planned;
    }

    // sanctions take effect when announced; a delivery announced is still to come
    let planned_cue = cues.iter().any(|(sp, st)| {
        let w = &lower[sp.start..sp.end];
        *st == Status::Planned
            && !(reportive_soll && matches!(w, "soll" | "sollen" | "solle"))
            && !(trig.kind == EventType::Sanction && w.starts_with("announce"))
    });

    if planned_cue {
        // "hatte die Lieferung angekündigt": announced = planned
        return Status::Planned;
    }
    if trig.kind == EventType::Agreement && (trig.past || has(Status::Agreed)) {
        return Status::Agreed;
    }
    // "concluded their annual exercise": a drill, meeting or training that is ended is
    // over, where a deal concluded is agreed
    if matches!(
        trig.kind,
        EventType::Exercise | EventType::Meeting | EventType::Training
    ) && cues
        .iter()
        .any(|(sp, st)| *st == Status::Agreed && tw.is(&lower[sp.start..sp.end], Tense::Ended))
    {
        return Status::Completed;
    }
    if has(Status::Agreed)
        && matches!(
            trig.kind,
            EventType::Agreement
                | EventType::Supply
                | EventType::JointProduction
                | EventType::Training
                | EventType::Support
                | EventType::Exercise
        )
    {
        return Status::Agreed;
    }
    // "Der Iran hat Russland … Drohnen überlassen": a perfect auxiliary before a
    // verb-final trigger (whose participle looks like its infinitive)
    let t_end = token_at(s, tspan).map(|t| t.span.end).unwrap_or(tspan.end);
    // (the first token starting at or after the trigger's token's end)
    let i_te = s.toks.partition_point(|t| t.span.start < t_end);
    let verb_final = all_bits[clause_range_of(i_te, i_c1)]
        .iter()
        .all(|b| b & W_VERB_FINAL != 0);
    let aux_before = any_bits(
        &all_bits[clause_range_of(i_c0, i_t)],
        AUX_HAT | AUX_HABEN | AUX_HABE | AUX_HATTE | AUX_HATTEN | AUX_HAETTEN,
    );
    let being = prev_word.is_some_and(|w| tw.is(w, Tense::Progressive));
    if being {
        return Status::Ongoing;
    }
    // "dass Belarus Russland Munition überlassen hat": the auxiliary after it, verb-final
    let aux_after = trig.id.starts_with("de.")
        && s.toks.get(i_te).is_some_and(|t| {
            t.span.end <= c_end
                && matches!(
                    &lower[t.span.start..t.span.end],
                    "hat" | "haben" | "hatte" | "hatten"
                )
        });
    // "The Houthis are supported by Iran", "the Iran-backed Houthis": a present passive of
    // support, or one fused to its party as an adjective, is a support that goes on
    if trig.id.starts_with("en.")
        && trig.kind == EventType::Support
        && !trig.noun
        && token.ends_with("ed")
        && (lower[..tspan.start].ends_with('-')
            || prev_word.is_some_and(|p| tw.is(p, Tense::Present)))
    {
        return Status::Ongoing;
    }
    // "seien per Bahn transportiert worden": a perfect passive is done
    let worden_after = trig.id.starts_with("de.")
        && !trig.noun
        && s.toks
            .get(i_te)
            .is_some_and(|t| t.span.end <= c_end && &lower[t.span.start..t.span.end] == "worden");
    if trig.past
        || de_past
        || token.ends_with("ed")
        || worden_after
        || (!trig.noun && verb_final && (aux_before || aux_after))
    {
        return if trig.kind == EventType::Agreement {
            Status::Agreed
        } else {
            Status::Completed
        };
    }
    // "denied sending": the denied act is a past one
    if token.ends_with("ing") {
        let prev = prev_word.unwrap_or("");
        if tw.is(prev, Tense::Denial) {
            return Status::Completed;
        }
    }
    let past_aux = AUX_WURDE | AUX_WURDEN | AUX_HAT | AUX_HATTE | AUX_HATTEN | AUX_HABEN | AUX_HABE;
    // "have expressed concern about the supply of": an English nominal act inside such a
    // phrase does not take the tense of the clause's verb
    if trig.noun
        && trig.id.starts_with("en.")
        && s.cues.iter().any(|(cs, c)| {
            cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 3
                && (matches!(c, Cue::NpBlock)
                    || (matches!(c, Cue::Hedge(_))
                        && (lower[cs.start..cs.end].ends_with(" about")
                            || lower[cs.start..cs.end].ends_with(" over"))))
        })
    {
        return Status::Ongoing;
    }
    if trig.noun {
        // "hat … Sanktionen verhängt", "have imposed sanctions", "stießen … an"
        let aux = aux_words(past_aux | tense_bit(Tense::Aux));
        // (separable participles, weak ones with a prefix, "-ed" and irregular ones)
        let participle = aux_words(W_PARTICIPLE);
        // English simple past right before a nominal trigger: "imposed sanctions", "signed a deal"
        // a listing names its object between the verb and the list ("added three firms to
        // its sanctions list"): the verb may stand further back
        let reach = if trig.obj_before { 12 } else { 3 };
        // (tokens are ordered and disjoint: those ending by the trigger are a prefix, those
        // starting at `c_start` or later a suffix, and only the last `reach + 1` of the
        // prefix lie within `reach` tokens of the trigger)
        let before_end = i_t;
        let window = i_c0
            .max(before_end.saturating_sub(reach + 1))
            .min(before_end);
        let en_past_verb = (window..before_end).any(|j| {
            let t = &s.toks[j];
            // (an "-ed" form of more than four letters, not of class NotPast)
            all_bits[j] & W_ED_PAST != 0
                && t.span.end <= tspan.start
                && t.span.start >= c_start
                && token_gap(&s.toks, t.span.end, tspan.start) <= reach
                && {
                    // "training is delivered by instructors": a present passive
                    let present_passive = s.toks[..before_end]
                        .iter()
                        .rev()
                        .find(|p| p.span.end <= t.span.start)
                        .is_some_and(|p| tw.is(&lower[p.span.start..p.span.end], Tense::Present));
                    // "expressed concern about the supply of": the verb governs another noun
                    let embedded =
                        s.cues_of(cue_kind::NP_BLOCK | cue_kind::HEDGE)
                            .any(|(cs, c)| {
                                cs.start >= t.span.end
                                    && cs.end <= tspan.start
                                    && (matches!(c, Cue::NpBlock)
                                        || (matches!(c, Cue::Hedge(_))
                                            && (lower[cs.start..cs.end].ends_with(" about")
                                                || lower[cs.start..cs.end].ends_with(" over"))))
                            });
                    !present_passive && !embedded
                }
        });
        if en_past_verb {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }

        let preterite = aux_words(W_PRETERITE);
        // a weak German preterite right after the subject: "Washington verhängte
        // Strafmaßnahmen" (but "die verhängten Sanktionen" is an adjective)
        let de_preterite = trig.id.starts_with("de.")
            && clause_range_of(i_c0, i_t).any(|j| {
                let t = &s.toks[j];
                // (a weak preterite's form: [`de_preterite_form`])
                all_bits[j] & W_DE_PRETERITE != 0
                && text[t.span.start..].starts_with(char::is_lowercase)
                && s.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Party { form, .. } if form != PartyKind::Genitive)
                        && m.span.end <= t.span.start
                        && token_gap(&s.toks, m.span.end, t.span.start) == 0
                })
            });
        if (aux && participle) || preterite || de_preterite {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }
        if trig.kind == EventType::Agreement {
            return Status::Agreed;
        }
        return Status::Ongoing;
    }
    if trig.kind == EventType::Agreement {
        return Status::Agreed;
    }
    Status::Ongoing
}

/// The auxiliary verbs the tense checks of [`status_of`] look for, each with its bit.
pub(super) const AUX_WORDS: [(&str, u64); 25] = [
    ("wird", AUX_WIRD),
    ("werden", AUX_WERDEN),
    ("will", AUX_WILL),
    ("wollen", AUX_WOLLEN),
    ("worden", AUX_WORDEN),
    ("hat", AUX_HAT),
    ("haben", AUX_HABEN),
    ("habe", AUX_HABE),
    ("hatte", AUX_HATTE),
    ("hatten", AUX_HATTEN),
    ("wurde", AUX_WURDE),
    ("wurden", AUX_WURDEN),
    ("ist", AUX_IST),
    ("sind", AUX_SIND),
    ("sei", AUX_SEI),
    ("seien", AUX_SEIEN),
    ("war", AUX_WAR),
    ("waren", AUX_WAREN),
    ("have", AUX_HAVE),
    ("hätte", AUX_HAETTE),
    ("hätten", AUX_HAETTEN),
    ("had", AUX_HAD),
    ("has", AUX_HAS),
    ("was", AUX_WAS),
    ("were", AUX_WERE),
];

pub(super) const AUX_WIRD: u64 = 1 << 24;
pub(super) const AUX_WERDEN: u64 = 1 << 25;
pub(super) const AUX_WILL: u64 = 1 << 26;
pub(super) const AUX_WOLLEN: u64 = 1 << 27;
pub(super) const AUX_WORDEN: u64 = 1 << 28;
pub(super) const AUX_HAT: u64 = 1 << 29;
pub(super) const AUX_HABEN: u64 = 1 << 30;
pub(super) const AUX_HABE: u64 = 1 << 31;
pub(super) const AUX_HATTE: u64 = 1 << 32;
pub(super) const AUX_HATTEN: u64 = 1 << 33;
pub(super) const AUX_WURDE: u64 = 1 << 34;
pub(super) const AUX_WURDEN: u64 = 1 << 35;
pub(super) const AUX_IST: u64 = 1 << 36;
pub(super) const AUX_SIND: u64 = 1 << 37;
pub(super) const AUX_SEI: u64 = 1 << 38;
pub(super) const AUX_SEIEN: u64 = 1 << 39;
pub(super) const AUX_WAR: u64 = 1 << 40;
pub(super) const AUX_WAREN: u64 = 1 << 41;
pub(super) const AUX_HAVE: u64 = 1 << 42;
pub(super) const AUX_HAETTE: u64 = 1 << 43;
pub(super) const AUX_HAETTEN: u64 = 1 << 44;
pub(super) const AUX_HAD: u64 = 1 << 45;
pub(super) const AUX_HAS: u64 = 1 << 46;
pub(super) const AUX_WAS: u64 = 1 << 47;
pub(super) const AUX_WERE: u64 = 1 << 48;
/// A German modal of possibility ("könnte", "kann") or a word of class [`Tense::Modal`].
pub(super) const W_MODAL: u64 = 1 << 56;
/// A participle by its form ("ausgeweitet", "verhängt", "imposed") or of class
/// [`Tense::Participle`].
pub(super) const W_PARTICIPLE: u64 = 1 << 57;
/// A German strong preterite ("trafen", "gab") or a word of class [`Tense::Preterite`].
pub(super) const W_PRETERITE: u64 = 1 << 58;
/// A weak German preterite by its form ("verhängte"; [`de_preterite_form`]).
pub(super) const W_DE_PRETERITE: u64 = 1 << 59;
/// An English past by its form: "-ed", more than four letters, not of class
/// [`Tense::NotPast`].
pub(super) const W_ED_PAST: u64 = 1 << 60;
/// A word that may follow a verb-final trigger in its clause ("haben", "worden", "zu").
pub(super) const W_VERB_FINAL: u64 = 1 << 61;

/// The bit of a [`Tense`] class in [`word_bits`].
pub(super) const fn tense_bit(t: Tense) -> u64 {
    // only the classes up to `Ended`, which lie in the low 64 bits
    t.bit() as u64
}

/// Marks the word classes of [`word_bits`] that are word lists (auxiliaries, German
/// modals, strong preterites and verb-final words) in a language's status words, so one
/// look-up gives all of a word's listed classes.
pub(super) fn mark_word_classes(tw: &mut TenseWords) {
    for (w, bit) in AUX_WORDS {
        tw.mark(w, bit);
    }
    for w in [
        "könnte", "könnten", "könne", "kann", "können", "sollte", "sollten",
    ] {
        tw.mark(w, W_MODAL);
    }
    for w in [
        "stießen", "trafen", "traf", "fand", "fanden", "gab", "gaben", "kam", "kamen",
    ] {
        tw.mark(w, W_PRETERITE);
    }
    for w in [
        "haben", "hat", "habe", "worden", "sein", "wurde", "wurden", "zu",
    ] {
        tw.mark(w, W_VERB_FINAL);
    }
}

/// The classes of each word of the sentence (by token, as [`sent_words`]) that the tense
/// checks of [`status_of`] ask for: auxiliaries ([`AUX_WORDS`]), the [`TenseWords`]
/// classes and the `W_` classes, made once per sentence.
pub(super) fn word_bits<'a>(s: &'a Sent, tw: &TenseWords) -> &'a [u64] {
    s.wbits.get_or_init(|| {
        sent_words(s)
            .iter()
            .map(|w| {
                let mut b = tw.bits(w);
                if b & tense_bit(Tense::Modal) != 0 {
                    b |= W_MODAL;
                }
                if b & tense_bit(Tense::Participle) != 0 {
                    b |= W_PARTICIPLE;
                }
                if b & tense_bit(Tense::Preterite) != 0 {
                    b |= W_PRETERITE;
                }
                // the classes by form, by the last byte first
                match w.as_bytes().last() {
                    Some(b'd') if w.ends_with("ed") && w.len() > 4 => {
                        b |= W_PARTICIPLE;
                        if b & tense_bit(Tense::NotPast) == 0 {
                            b |= W_ED_PAST;
                        }
                    }
                    Some(b't' | b'n') => {
                        if participle_form(w) {
                            b |= W_PARTICIPLE;
                        }
                        if de_preterite_form(w) {
                            b |= W_DE_PRETERITE;
                        }
                    }
                    Some(b'e') if de_preterite_form(w) => {
                        b |= W_DE_PRETERITE;
                    }
                    _ => {}
                }
                b
            })
            .collect()
    })
}

/// A participle by its form: separable ("ausgeweitet", "aufgenommen", "eingestellt"),
/// weak with a prefix ("verhängt", "beschlossen" is not), or English "-ed".
pub(super) fn participle_form(w: &str) -> bool {
    // separable participles: "ausgeweitet", "aufgenommen", "eingestellt"
    // (the "ge" after a particle of two to four letters: tested first, as few words have it)
    let ge_at = |k: usize| w.as_bytes().get(k..k + 2) == Some(b"ge".as_slice());
    let sep_ge = (w.ends_with('t') || w.ends_with("en"))
        && (ge_at(2) || ge_at(3) || ge_at(4))
        && [
            "aus", "ab", "an", "auf", "ein", "zu", "vor", "nach", "fest", "hoch",
        ]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.starts_with("ge") && r.len() > 4)
        });
    sep_ge
        || (w.len() > 5
            && (w.starts_with("ge")
                || w.starts_with("ver")
                || w.starts_with("be")
                || w.starts_with("er"))
            && w.ends_with('t'))
        || (w.ends_with("ed") && w.len() > 4)
}

/// A weak German preterite by its form ("verhängte", "lieferten"), not a present tense
/// of a verb whose stem ends in -t ("halten") nor a superlative ("obersten").
pub(super) fn de_preterite_form(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("te") || w.ends_with("ten"))
        // present tenses of verbs whose stem ends in -t ("halten … ab")
        && !["halten", "bieten", "treten", "gelten", "leisten", "richten",
            "arbeiten", "starten", "beobachten", "warten", "fürchten",
            "berichten", "errichten", "unterhalten", "vertreten", "bitten",
            "veranstalten", "gestalten", "enthalten", "halte", "biete", "trete"]
            .contains(&w)
        // a superlative after a genitive is no verb ("Russlands obersten")
        && !w.ends_with("sten")
}

/// A sentence that opens its line with a date label and a colon, as the lines of a
/// chronology do ("26. Februar 2022: …", "Juni 2022: …", "March 2023: …"): the label is
/// numbers and at most two words, one of them a year.
pub(super) fn dated_line(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with('\n');
    let sent = &text[span.start..span.end];
    let Some(colon) = sent.find(':').filter(|&c| c <= 24) else {
        return false;
    };
    let words: Vec<&str> = sent[..colon].split_whitespace().collect();
    let year = |w: &str| {
        w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    line_start
        && words.iter().any(|w| year(w))
        && words
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= 2
        && words.iter().all(|w| {
            w.trim_end_matches('.').chars().all(|c| c.is_ascii_digit())
                || w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase)
        })
}

/// A sentence that takes a stance on the act reported just before ("Peking bestreitet
/// das", "Bestätigt ist das nicht", "Vucic denied the allegations"): that act again, with
/// the stance's certainty. A denial is the denier's; an unverified claim keeps its source
/// and adds whoever could not verify it.
pub(super) fn stance_event(
    text: &str,
    s: &Sent,
    si: usize,
    lang: &str,
    attribution: &[String],
    ctx: &Context,
) -> Option<Event> {
    let (cs, cert) = s.cues.iter().find_map(|(sp, c)| match c {
        Cue::Stance(cert, particle) => {
            let ok = particle.as_ref().is_none_or(|p| {
                s.toks
                    .iter()
                    .any(|t| t.span.start >= sp.end && s.lower_of(t) == *p)
            });
            ok.then_some((*sp, *cert))
        }
        _ => None,
    })?;
    // ("Bestätigt ist das nicht": a stance of three words or more is a clause of its own,
    // its object inside it)
    let whole_clause =
        lang == "de" && s.lower_text[cs.start..cs.end].split_whitespace().count() >= 3;
    if !whole_clause
        && !s
            .cues_of(cue_kind::STANCE_OBJ)
            .any(|(_, c)| matches!(c, Cue::StanceObj))
    {
        return None;
    }
    // who takes the stance: the party named last before the stance word, in its clause,
    // with the parties coordinated with it ("Pjöngjang und Moskau weisen … zurück")
    let c_start = s.clauses[s.clause_of(cs.start)];
    let parties: Vec<(Span, Vec<String>)> = s
        .mentions
        .iter()
        .filter(|m| m.span.end <= cs.start && m.span.start >= c_start)
        .filter_map(|m| match &m.kind {
            MentionKind::Party { entity, .. } => Some((m.span, speaker_ids(entity))),
            _ => None,
        })
        .collect();
    let mut subject: Vec<String> = Vec::new();
    let mut next_start: Option<usize> = None;
    for (sp, ids) in parties.iter().rev() {
        if let Some(ns) = next_start {
            let gap = s.lower_text[sp.end.min(ns)..ns].trim();
            if !matches!(gap, "und" | "and" | "," | "sowie") {
                break;
            }
        }
        let mut ids = ids.clone();
        push_unique(&mut ids, subject.drain(..));
        subject = ids;
        next_start = Some(sp.start);
    }
    let state = subject
        .iter()
        .find(|i| i.len() == 3 && i.chars().all(|c| c.is_ascii_uppercase()));
    let prev: Vec<&Event> = ctx
        .recent()
        .rev()
        .filter(|(i, _)| *i + 1 == si)
        .map(|(_, e)| e)
        .collect();
    let before: Vec<&Event> = ctx
        .recent()
        .rev()
        .filter(|(i, _)| *i + 2 == si)
        .map(|(_, e)| e)
        .collect();
    let acts = |e: &&&Event| state.is_some_and(|st| e.actor.as_deref() == Some(st.as_str()));
    // a state denies its own acts: those of the sentence before, else those of the one
    // before it ("China liefert … Die USA haben chinesische Firmen sanktioniert. Peking
    // weist die Vorwürfe zurück": the charge, not the sanction); failing that, an act it
    // received; a party sanctioned denies no sanction
    let pick = prev
        .iter()
        .find(acts)
        .or_else(|| before.iter().find(acts))
        .or_else(|| {
            prev.iter().find(|e| {
                e.kind != EventType::Sanction
                    && state.is_some_and(|st| e.recipient.as_deref() == Some(st.as_str()))
            })
        })
        .or_else(|| prev.first())?;
    let mut ev = (*pick).clone();
    ev.certainty = cert;
    ev.attribution = if cert == Certainty::Negated {
        if subject.is_empty() {
            attribution.to_vec()
        } else {
            subject
        }
    } else {
        let mut a = subject;
        push_unique(&mut a, attribution.iter().cloned());
        push_unique(&mut a, pick.attribution.iter().cloned());
        a
    };
    ev.quantity = None;
    ev.value = None;
    let sent = &text[s.span.start..s.span.end];
    let trimmed = sent.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let start = s.span.start + (trimmed.len() - trimmed.trim_start().len());
    ev.span = Span::new(start, s.span.start + trimmed.len());
    ev.evidence = text[ev.span.start..ev.span.end].to_string();
    ev.sentence = si;
    ev.rule = format!(
        "{lang}.stance.{}",
        s.lower_text[cs.start..cs.end].replace(' ', "_")
    );
    Some(ev)
}

/// True for a nominal trigger: flagged as a noun, or a capitalised German word inside
/// the sentence ("die Lieferung … angekündigt"), whose rule may be a verb's.
pub(super) fn is_nominal(text: &str, s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    trig.noun
        || (trig.id.starts_with("en.") && english_noun_form(s, tspan))
        || (trig.id.starts_with("de.")
            && token_at(s, tspan).is_some_and(|t| {
                t.span.start > s.span.start && text[t.span.start..].starts_with(char::is_uppercase)
            }))
}

/// English: a trigger matched by a verb stem whose word is a noun ("deliver" in "the
/// delivery", "deliveries"): the act is nominal, so a modal after it in its clause counts
/// ("the delivery of the first aircraft will take place soon").
pub(super) fn english_noun_form(s: &Sent, tspan: Span) -> bool {
    token_at(s, tspan).is_some_and(|t| {
        let w = &s.lower_text[t.span.start..t.span.end];
        t.span.end > tspan.end && (w.ends_with("ery") || w.ends_with("eries"))
    })
}

/// German "sollen" speaks of the future when the clause says when (künftig,
/// bald, in den kommenden Tagen, bis Ende …) or has a future passive ("soll
/// geliefert werden"); otherwise it reports ("soll liefern": reportedly).
pub(super) fn soll_is_future(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "künftig"
                | "bald"
                | "demnächst"
                | "zunächst"
                | "nun"
                | "kommenden"
                | "nächsten"
                | "nächstes"
                | "später"
                | "dann"
                | "werden"
                | "bis"
                | "ab"
                | "jahresende"
                | "anschließend"
                | "zukünftig"
                | "schon"
                | "sofort"
        )
    })
}

/// "Es wurde beschlossen, dass KNDS Granaten produzieren soll": a decision right before
/// the "dass"/"that" clause of the act agrees it (its "sollen" is no reported speech).
pub(super) fn decided_before(s: &Sent, lower: &str, clause: usize) -> bool {
    clause > 0
        && s.cues_in(s.clauses[clause.saturating_sub(2)], s.clauses[clause])
            .any(|(sp, c)| {
                let after = lower[sp.end..].trim_start();
                let comma = after.strip_prefix(',').map(str::trim_start);
                matches!(c, Cue::Status(Status::Agreed) | Cue::Decision)
                    && (matches!(
                        comma,
                        Some(r) if r.starts_with("dass ")
                            || r.starts_with("wonach ")
                            || r.starts_with("that ")
                            || r.starts_with("under which ")
                    ) || (matches!(c, Cue::Decision) && after.starts_with("under which ")))
            })
}

/// A German infinitive with "zu" inside, after a separable particle ("einzurichten",
/// "bereitzustellen", "aufzubauen").
pub(super) fn fused_zu_infinitive(w: &str) -> bool {
    const PARTICLES: [&str; 24] = [
        "ab", "an", "auf", "aus", "bei", "bereit", "dar", "durch", "ein", "fest", "fort", "frei",
        "her", "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weiter", "zurück",
        "zusammen",
    ];
    w.ends_with('n')
        && PARTICLES.iter().any(|p| {
            w.strip_prefix(p)
                .and_then(|r| r.strip_prefix("zu"))
                .is_some_and(|r| r.len() >= 4)
        })
}

/// "sollen demnach … geliefert werden": a source marker in the clause makes "sollen"
/// reported speech, whatever time words it has.
pub(super) fn soll_reported(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "demnach" | "zufolge" | "laut" | "angeblich" | "mutmaßlich"
        )
    })
}

/// The whole token a span lies in.
pub(super) fn token_at<'a>(s: &'a Sent, span: Span) -> Option<&'a Token> {
    tok_index(s, span).map(|i| &s.toks[i])
}

/// German: "eine Vereinbarung getroffen", "Entscheidungen getroffen", "keine Absprache
/// treffen": the meeting verb has a thing as its object (an accusative determiner with a
/// noun, or a plural noun of making, right before the verb), there is no "sich" in its
/// clause, and the object is no party or person.
pub(super) fn made_not_met(s: &Sent, tspan: Span, c_start: usize) -> bool {
    let Some(ti) = tok_index(s, tspan) else {
        return false;
    };
    let lw = s.lower_of(&s.toks[ti]);
    if !(lw.starts_with("getroffen") || lw.starts_with("treffen") || lw.starts_with("trifft")) {
        return false;
    }
    let first = s
        .toks
        .iter()
        .position(|t| t.span.start >= c_start)
        .unwrap_or(0);
    if s.toks[first..ti].iter().any(|t| s.lower_of(t) == "sich") {
        return false;
    }
    // "eine Vereinbarung über Drohnen getroffen": an agreement named before it in its clause
    if s.triggers.iter().any(|(ts, t)| {
        t.noun && t.kind == EventType::Agreement && ts.start >= c_start && ts.end <= tspan.start
    }) {
        return true;
    }
    // the noun right before the verb, written with a capital, no party or person
    let Some(noun) = ti.checked_sub(1).map(|i| &s.toks[i]) else {
        return false;
    };
    if noun.span.start < c_start
        || !s.text[noun.span.start..noun.span.end].starts_with(|c: char| c.is_uppercase())
        || s.mentions.iter().any(|m| m.span.overlaps(&noun.span))
    {
        return false;
    }
    let lo = s.lower_of(noun);
    let plural_making = [
        "entscheidungen",
        "vereinbarungen",
        "absprachen",
        "maßnahmen",
        "vorkehrungen",
    ]
    .contains(&lo);
    plural_making
        || s.toks[first.max(ti.saturating_sub(4))..ti - 1]
            .iter()
            .any(|t| {
                matches!(
                    s.lower_of(t),
                    "eine"
                        | "einen"
                        | "ein"
                        | "keine"
                        | "keinen"
                        | "kein"
                        | "diese"
                        | "diesen"
                        | "solche"
                        | "weitere"
                        | "neue"
                )
            })
}

/// A yes/no question: the sentence ends with a question mark and opens with a finite verb
/// ("Will Iran send …?", "Is Iran sending …?", "Liefert China …?", "Hat Nordkorea …?"),
/// not with a question word, a party or a noun phrase.
pub(super) fn yes_no_question(s: &Sent, lower: &str) -> bool {
    let text = lower[s.span.start..s.span.end].trim_end();
    let text = text.trim_end_matches(['"', '“', '”', '»', '«', '\'', '’']);
    if !text.ends_with('?') {
        return false;
    }
    let Some(first) = s.toks.first() else {
        return false;
    };
    if s.mentions.iter().any(|m| m.span.overlaps(&first.span)) {
        return false;
    }
    let w = s.lower_of(first);
    const EN: [&str; 19] = [
        "is", "are", "was", "were", "will", "would", "does", "do", "did", "has", "have", "had",
        "can", "could", "should", "may", "might", "shall", "must",
    ];
    const DE: [&str; 26] = [
        "ist", "sind", "war", "waren", "wird", "werden", "würde", "würden", "hat", "haben",
        "hatte", "hatten", "kann", "können", "könnte", "könnten", "soll", "sollen", "sollte",
        "sollten", "will", "wollen", "darf", "dürfen", "muss", "müssen",
    ];
    if EN.contains(&w) || DE.contains(&w) {
        return true;
    }
    // a German verb first: a finite form in -t of a trigger verb ("Liefert", "Schickt")
    s.triggers
        .iter()
        .any(|(ts, t)| !t.noun && ts.overlaps(&first.span) && t.id.starts_with("de."))
}

/// German: "Wenn Deutschland Taurus geliefert hätte, …", "Wenn China Waffen liefern würde":
/// a "wenn" clause before the act (or holding it) with a verb of the subjunctive II in it is
/// an unreal condition, and so is its consequence (a plain "wenn" is also "when"). An open
/// question in the subjunctive II ("Ob Berlin Taurus liefern würde, ist offen") is as
/// uncertain.
pub(super) fn unreal_condition(s: &Sent, lower: &str, tspan: Span) -> bool {
    let Some(i) = s
        .toks
        .iter()
        .position(|t| t.span.end <= tspan.start && matches!(s.lower_of(t), "wenn" | "ob"))
    else {
        return false;
    };
    let c = s.clause_of(s.toks[i].span.start);
    let end = s.clause_end(c);
    let _ = lower;
    s.toks[i..]
        .iter()
        .take_while(|t| t.span.end <= end)
        .any(|t| {
            matches!(
                s.lower_of(t),
                "hätte" | "hätten" | "würde" | "würden" | "wäre" | "wären"
            )
        })
}

/// German: in clause `main`, a verb of demanding or urging ("fordert … auf", "drängt",
/// "ruft … auf", "appelliert an") with a party before it (who demands) and one right after
/// it (who is asked): (subject, object).
pub(super) fn demand_parties<'a>(s: &'a Sent, main: usize) -> Option<(&'a Cand, &'a Cand, bool)> {
    let start = s.clauses[main];
    let end = s.clause_end(main);
    let words = clause_words(s, start, end);
    let verb = s.toks.iter().position(|t| {
        t.span.start >= start
            && t.span.end <= end
            && matches!(
                s.lower_of(t),
                "fordert"
                    | "forderte"
                    | "forderten"
                    | "fordern"
                    | "aufgefordert"
                    | "drängt"
                    | "drängte"
                    | "drängten"
                    | "drängen"
                    | "gedrängt"
                    | "ruft"
                    | "rief"
                    | "riefen"
                    | "aufgerufen"
                    | "appelliert"
                    | "appellierte"
                    | "appellierten"
                    | "erlaubt"
                    | "erlaubte"
                    | "erlaubten"
                    | "erlauben"
                    | "gestattet"
                    | "gestattete"
                    | "gestatteten"
                    | "gestatten"
            )
    })?;
    let v = s.lower_of(&s.toks[verb]);
    let permits = v.starts_with("erlaub") || v.starts_with("gestatt");
    // "fordert"/"ruft" take the particle "auf" closing the clause
    if matches!(
        v,
        "fordert" | "forderte" | "forderten" | "fordern" | "ruft" | "rief" | "riefen"
    ) && words.last() != Some(&"auf")
    {
        return None;
    }
    let vspan = s.toks[verb].span;
    let after: Vec<&Cand> = s
        .cands
        .iter()
        .filter(|c| c.clause == main && !c.genitive && c.span.start >= vspan.end)
        .collect();
    let (subject, object) = match s
        .cands
        .iter()
        .rfind(|c| c.clause == main && c.span.end <= vspan.start && !c.genitive)
    {
        Some(subj) => (subj, *after.first()?),
        // "Am Montag forderte Selenskyj Deutschland auf": the subject after the verb
        None => (*after.first()?, *after.get(1)?),
    };
    (subject.id != object.id).then_some((subject, object, permits))
}

/// A source of the buyer's own: "from its own industry", "from domestic manufacturers",
/// "aus eigener Produktion", "bei heimischen Herstellern" (a word of source and, within
/// three words after it, a word of one's own), bought for no other party.
pub(super) fn domestic_source(words: &[&str]) -> bool {
    // ("bei einem heimischen Hersteller … für die Ukraine gekauft": bought for another
    // party, the home maker gives to it)
    if words.iter().any(|w| matches!(*w, "für" | "for")) {
        return false;
    }
    // "bei ihrem staatlichen Hersteller", "from its state manufacturer": the buyer's own
    // maker, named by a possessive on a maker noun
    let own_maker = |after: &[&str]| {
        let near = &after[..after.len().min(3)];
        near.iter().any(|o| {
            matches!(
                *o,
                "ihrem" | "ihren" | "ihrer" | "seinem" | "seinen" | "seiner" | "its" | "their"
            )
        }) && near.iter().any(|o| {
            o.starts_with("hersteller")
                || o.ends_with("industrie")
                || o.starts_with("manufacturer")
                || o.starts_with("industr")
                || o.starts_with("producer")
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "from" | "aus" | "bei" | "von")
            && (own_maker(&words[i + 1..])
                || words[i + 1..].iter().take(3).any(|o| {
                    matches!(
                        *o,
                        "own"
                            | "domestic"
                            | "domestically"
                            | "eigener"
                            | "eigenen"
                            | "eigenem"
                            | "heimischen"
                            | "heimischer"
                            | "inländischen"
                            | "inländischer"
                    )
                }))
    })
}

/// After the reporting verb at `from` of a relative clause, the clause closes with a comma
/// and the main clause goes on with an act: a trigger or an auxiliary right after the comma.
pub(super) fn relative_then_act(s: &Sent, text: &str, from: usize) -> bool {
    let Some(close) = text[from..s.span.end].find(',').map(|i| from + i + 1) else {
        return false;
    };
    let Some(next) = s.toks.iter().find(|t| t.span.start >= close) else {
        return false;
    };
    s.triggers
        .iter()
        .any(|(ts, t)| !t.noun && ts.overlaps(&next.span))
        || matches!(
            s.lower_of(next),
            "has" | "have" | "had" | "is" | "was" | "will" | "hat" | "haben" | "hatte" | "wird"
        )
}

/// "described the treaty as …", "called the deal …", "hailed the pact", "bezeichnete das
/// Abkommen als …": a verb of evaluating, a definite determiner and the agreement noun,
/// with no party of the deal named right after it ("between", "with", "zwischen", "mit").
pub(super) fn evaluated_deal(s: &Sent, tspan: Span) -> bool {
    let Some(ti) = tok_index(s, tspan) else {
        return false;
    };
    if ti < 2 {
        return false;
    }
    let det = s.lower_of(&s.toks[ti - 1]);
    let verb = s.lower_of(&s.toks[ti - 2]);
    let next = s.toks.get(ti + 1).map(|t| s.lower_of(t)).unwrap_or("");
    matches!(
        det,
        "the" | "this" | "that" | "das" | "den" | "die" | "dieses" | "diesen" | "diese"
    ) && matches!(
        verb,
        "described"
            | "describes"
            | "called"
            | "calls"
            | "hailed"
            | "hails"
            | "praised"
            | "praises"
            | "lauded"
            | "termed"
            | "dubbed"
            | "bezeichnete"
            | "bezeichnet"
            | "nannte"
            | "nennt"
            | "lobte"
            | "lobt"
            | "würdigte"
    ) && !matches!(next, "between" | "with" | "zwischen" | "mit")
}

/// "Iran, which denies any role, has shipped drones to Russia", "Iran, das jede Beteiligung
/// bestreitet, hat Russland Drohnen geliefert": a cue inside a relative clause set off by
/// commas (or brackets) that closes before the trigger, or opens after it, speaks of that
/// clause's own verb; negation and hedges are scoped to the clause of the trigger.
pub(super) fn in_relative_insert(s: &Sent, lower: &str, cue: Span, tspan: Span) -> bool {
    if cue.end > tspan.start && cue.start < tspan.end {
        return false;
    }
    let head = &lower[s.span.start..cue.start];
    let Some(open) = head.rfind([',', '(']).map(|i| s.span.start + i) else {
        return false;
    };
    // "met with officials from Chad, who rejected any suggestion …": a relative clause
    // after the act, opened after it, speaks of its own verb
    let after_act = cue.start >= tspan.end;
    if after_act && open < tspan.end {
        return false;
    }
    // the relative pronoun opens the insert, after at most one preposition ("mit dem")
    let rel = s.cues_in(open, cue.start).any(|(sp, c)| {
        matches!(c, Cue::RelPron) && lower[open + 1..sp.start].split_whitespace().count() <= 1
    });
    if !rel {
        return false;
    }
    if after_act {
        return true;
    }
    // the insert closes before the trigger, and no clause word in between takes the trigger
    // into a clause of the insert ("…, der bestreitet, dass …")
    let Some(close) = lower[cue.end..tspan.start]
        .find([',', ')'])
        .map(|i| cue.end + i)
    else {
        return false;
    };
    // ("…, das bestreitet, Russland Drohnen geliefert zu haben": the denied infinitive)
    let after = lower[close + 1..tspan.start].trim_start();
    let tail = &lower[close + 1..s.clause_end(s.clause_of(tspan.start)).max(close + 1)];
    !(after.starts_with("dass ")
        || after.starts_with("that ")
        || after.starts_with("to ")
        || tail
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "zu" || fused_zu_infinitive(w)))
}
