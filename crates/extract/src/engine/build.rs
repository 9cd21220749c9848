//! Event building: one trigger with its frame, its parties and every field.

use super::*;

impl Engine {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn build(
        &self,
        text: &str,
        lower: &str,
        s: &Sent,
        tspan: Span,
        trig: &Trigger,
        attribution: &[String],
        ctx: &Context,
        lang: &str,
    ) -> Result<Event, Cow<'static, str>> {
        let tw = self.tense_words(lang);
        let clause = s.clause_of(tspan.start);
        let c_start = s.clauses[clause];
        let c_end = s.clause_end(clause);
        // the word that closes the trigger's clause: a separable particle there makes or
        // changes the verb ("sagen Kiew Jets zu", "gibt die Verluste mit 1351 an")
        // (tokens are ordered: those ending by `c_end` are a prefix, and only its last may
        // start after the trigger if any does)
        let closing = s.toks[..s.toks.partition_point(|t| t.span.end <= c_end)]
            .last()
            .filter(|t| t.span.start >= tspan.end)
            .map(|t| &lower[t.span.start..t.span.end]);
        if let Some(p) = &trig.particle
            && closing != Some(p.as_str())
            && !particle_before_value(s, lower, tspan, c_end, p)
        {
            return Err(format!("separable verb without its particle {p:?}").into());
        }
        if let Some(w) = closing
            && trig.not_particles.iter().any(|p| p == w)
        {
            return Err(format!("the particle {w:?} closing the clause makes another verb").into());
        }
        if trig.verb_only
            && token_at(s, tspan).is_some_and(|t| {
                t.span.start > s.span.start && text[t.span.start..].starts_with(char::is_uppercase)
            })
        {
            return Err(
                "a capitalised form of a verb-only trigger is a noun of another sense".into(),
            );
        }
        // "an der Produktion russischer Drohnen beteiligt": a noun that is an act only where
        // a party takes part in it
        let produced_in = if trig.part && participation(s, tspan, trig, clause, true).is_none() {
            match production_in_place(s, tspan, ctx) {
                Some(p) => Some(p),
                None => return Err("an act noun with no party taking part in it".into()),
            }
        } else {
            None
        };
        // "versprach, Kiew Kampfjets zu schicken": a giving verb that governs an infinitive
        // of the same act is its modal, not an act of its own
        if lang == "de"
            && !trig.noun
            && clause + 1 < s.clauses.len()
            // (a trigger of several words may reach past the next clause's start: no slice)
            && lower
                .get(tspan.end..s.clauses[clause + 1])
                .is_some_and(|t| t.trim() == ",")
        {
            let (n_start, n_end) = (s.clauses[clause + 1], s.clause_end(clause + 1));
            let governs = s.triggers.iter().any(|(ts, tg)| {
                tg.kind == trig.kind
                    && !tg.block
                    && !tg.noun
                    && ts.start >= n_start
                    && ts.end <= n_end
                    && (lower[n_start..ts.start].split_whitespace().last() == Some("zu")
                        || token_at(s, *ts).is_some_and(|t| {
                            lower[t.span.start..t.span.end]
                                .get(2..)
                                .is_some_and(|r| r.contains("zu"))
                        }))
            });
            if governs {
                return Err(
                    "governs an infinitive of the same act ('versprach, … zu liefern')".into(),
                );
            }
        }
        // an inflected participle before a noun describes the items of another act of the
        // clause ("Die zugesagten Panzer sind eingetroffen")
        if lang == "de"
            && !trig.noun
            && token_at(s, tspan).is_some_and(|t| {
                let w = &lower[t.span.start..t.span.end];
                ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                    .iter()
                    .any(|e| w.ends_with(e))
                    && s.toks
                        .iter()
                        .find(|n| n.span.start >= t.span.end)
                        .is_some_and(|n| text[n.span.start..].starts_with(char::is_uppercase))
            })
            && s.triggers.iter().any(|(ts, tg)| {
                tg.kind == trig.kind
                    && !tg.block
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && !ts.overlaps(&tspan)
                    && ts.start > tspan.end
                    // (a verb of reaching is an act only with a party right after it:
                    // "Die gelieferten Systeme haben eine Quote von 90 Prozent erreicht")
                    && (!tg.reach
                        || s.cands.iter().any(|c| {
                            c.span.start >= ts.end && token_gap(&s.toks, ts.end, c.span.start) <= 1
                        }))
            })
        {
            return Err("an attributive participle describes the items of another act".into());
        }
        // "Kooperation bei Bezahlkarten": a word for cooperation of any kind counts where
        // the sentence is about arms or the one before held an event
        if trig.mil
            && !s.cues_of(cue_kind::MILITARY).any(|(_, c)| matches!(c, Cue::Military))
            && !s
                .mentions
                .iter()
                .any(|m| matches!(m.kind, MentionKind::Item { .. }))
            && ctx.recent_events.is_empty()
            // (an act of another kind in the sentence ties it too: "sanctions on firms that
            // supply Russia")
            && !s
                .triggers
                .iter()
                .any(|(_, tg)| !tg.block && !tg.mil && tg.kind != trig.kind)
        {
            return Err("cooperation with no military word, item or event near it".into());
        }
        // "trade talks", "a partial trade deal", "Gespräche über Handel": talks or a deal
        // of a civil domain
        let civil_next_to = |t: Span| {
            s.cues_of(cue_kind::CIVIL).any(|(cs, c)| {
                matches!(c, Cue::Civil)
                    && ((cs.end <= t.start && token_gap(&s.toks, cs.end, t.start) == 0)
                        || (cs.start >= t.end && token_gap(&s.toks, t.end, cs.start) == 0))
            })
        };
        // "expected to sign a partial trade deal": a verb of agreeing or meeting whose
        // object is a civil deal or talks is of that domain too
        let civil_object = !trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.noun
                    && tg.kind == trig.kind
                    && ts.start >= tspan.end
                    && ts.end <= c_end
                    && token_gap(&s.toks, tspan.end, ts.start) <= 4
                    && civil_next_to(*ts)
            });
        if matches!(trig.kind, EventType::Meeting | EventType::Agreement)
            && (civil_next_to(tspan) || civil_object)
        {
            return Err("talks or a deal of a civil domain (trade, climate, peace)".into());
        }
        // "withdrew from the INF treaty", "suspended its participation in the New START
        // treaty", "accused Moscow of violating the deal": leaving or breaking an
        // agreement is no agreement (GUIDELINES: signed, in negotiation or concluded)
        if trig.kind == EventType::Agreement
            && trig.noun
            && s.cues_of(cue_kind::WITHDRAW).any(|(ws, w)| {
                matches!(w, Cue::Withdraw)
                    && ws.start >= c_start
                    && ws.end <= tspan.start
                    && token_gap(&s.toks, ws.end, tspan.start) <= 6
            })
        {
            return Err("an agreement left, suspended or broken".into());
        }
        // "bildet ukrainische Soldaten in Deutschland aus": people being trained are the
        // trainees, not a deployment
        if trig.frame == Frame::Deploy
            && trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.frame == Frame::Train
                    && !tg.block
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && !ts.overlaps(&tspan)
            })
        {
            return Err("people trained in the clause are trainees, not a deployment".into());
        }

        // "a manufacturer under Western sanctions", "firms facing sanctions": being under
        // sanctions is a state, not an act
        if trig.kind == EventType::Sanction
            && s.cues_of(cue_kind::SANCTION_STATE).any(|(cs, c)| {
                matches!(c, Cue::SanctionState)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 2
            })
        {
            return Err("sanctions as a state ('under sanctions'), not an act".into());
        }
        // "Russia's share of world arms exports", "Anteil an den weltweiten
        // Waffenexporten": an act noun counted in a share is a figure of a trade, no act
        // between two parties (GUIDELINES: an event is one party giving to another)
        if s.cues_of(cue_kind::STATISTIC).any(|(cs, c)| {
            matches!(c, Cue::Statistic)
                && cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 3
                && !s.cands.iter().any(|k| {
                    k.head != Head::Item && k.span.start >= cs.end && k.span.end <= tspan.start
                })
        }) {
            return Err(
                "an act noun counted in a share ('share of arms exports'): a figure, no act".into(),
            );
        }
        if trig.kind == EventType::Meeting && internal_meeting(s, tspan, trig, c_end) {
            return Err("a meeting within one body ('Treffen der EU-Außenminister')".into());
        }
        if trig.kind == EventType::Meeting && venue_meeting(s, tspan, trig) {
            return Err("a meeting named as the venue of another act ('at the summit')".into());
        }
        // (a sharing or passing verb needs what is shared: "shares intelligence with")
        if trig.fac
            && !s
                .cues_of(cue_kind::FACILITY)
                .any(|(cs, c)| matches!(c, Cue::Facility) && cs.start >= c_start && cs.end <= c_end)
        {
            return Err("a verb of sharing or passing with nothing military shared".into());
        }
        if lang == "en"
            && let Some(why) = english_non_act(s, tspan, trig, c_start, c_end, tw)
        {
            return Err(why.into());
        }
        // "received shipments of drones", "erhielt Lieferungen": the noun is the object
        // of the receiving verb, which tells the act
        if trig.noun
            && trig.frame == Frame::Give
            && s.triggers.iter().any(|(ts, tg)| {
                tg.frame == Frame::Receive
                    && !tg.noun
                    && !tg.block
                    && ts.end <= tspan.start
                    && token_gap(&s.toks, ts.end, tspan.start) <= 2
                    && !s
                        .cands
                        .iter()
                        .any(|c| c.span.start >= ts.end && c.span.end <= tspan.start)
            })
        {
            return Err("the object of a receiving verb, which makes the event".into());
        }
        // "dass Iran Unterstützung von Russland erhalten werde": the nominal act before a
        // verb-final receiving verb is the act; the verb only tells who receives it
        if lang == "de"
            && trig.frame == Frame::Receive
            && !trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.noun
                    && !tg.block
                    && tg.kind != EventType::Supply
                    && matches!(tg.frame, Frame::Support | Frame::Train)
                    // (not people: "sind russische Militärausbilder eingetroffen")
                    && !s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(ts))
                    && ts.end <= tspan.start
                    && s.clause_of(ts.start) == s.clause_of(tspan.start)
                    && token_gap(&s.toks, ts.end, tspan.start) <= 4
            })
        {
            return Err("the receiving verb of a nominal act before it".into());
        }
        // "Pezeshkian described the treaty as a strong foundation", "called the deal a
        // milestone", "bezeichnete das Abkommen als historisch": an evaluation of a deal
        // named before characterises it; it states no act (GUIDELINES: characterisations)
        if trig.noun && trig.kind == EventType::Agreement && evaluated_deal(s, tspan) {
            return Err("an evaluation of a deal named before: a characterisation".into());
        }
        // "Russland und Iran haben eine Vereinbarung getroffen": "treffen" with a thing as its
        // object (no "sich", no person) is making it (an agreement, a decision), not meeting
        if lang == "de"
            && trig.kind == EventType::Meeting
            && !trig.noun
            && made_not_met(s, tspan, c_start)
        {
            return Err("'getroffen' with a thing as its object: made, not met".into());
        }
        let passive = is_passive(lower, s, tspan, trig, c_start, lang);
        let self_train = self_training(s, trig, tspan, passive);
        if passive && trig.active_only {
            return Err(
                "this verb's passive means something else ('wurde schwer getroffen')".into(),
            );
        }
        // "Kim Jong Un received Sergei Shoigu": receiving a person is a meeting
        let meeting_trig;
        let trig = if trig.frame == Frame::Receive
            && !trig.noun
            && s.mentions
                .iter()
                .find(|m| m.span.start >= tspan.end)
                .is_some_and(|m| {
                    token_gap(&s.toks, tspan.end, m.span.start) <= 1
                        // not the speaker after a verb-final clause ("… erhalten, sagte Kirby")
                        && s.clause_of(m.span.start) == s.clause_of(tspan.start)
                        && matches!(
                            &m.kind,
                            MentionKind::Role { .. }
                                | MentionKind::Party {
                                    entity: milcoop_analyze::lexicon::Entity {
                                        kind: EntityKind::Person,
                                        ..
                                    },
                                    ..
                                }
                        )
                }) {
            meeting_trig = Trigger {
                kind: EventType::Meeting,
                frame: Frame::Pair,
                ..trig.clone()
            };
            &meeting_trig
        } else {
            trig
        };
        // "Russia is being supplied with Iranian drones": a passive giving verb with "with"
        // has the receiver as its subject, as the with-frame does
        let with_trig;
        let trig = if trig.frame == Frame::Give
            && passive
            && s.toks
                .iter()
                .find(|t| t.span.start >= tspan.end)
                .is_some_and(|t| matches!(&lower[t.span.start..t.span.end], "with" | "mit"))
        {
            with_trig = Trigger {
                frame: Frame::With,
                ..trig.clone()
            };
            &with_trig
        } else {
            trig
        };
        let nominal = is_nominal(text, s, tspan, trig);
        let (mut actor, mut recipient) = assign(s, trig, tspan, clause, passive, nominal);
        // "die Drohnen, die ihm der Iran überlassen hatte", "the drones Iran had sent them":
        // the subject of the relative clause gives; the dative pronoun receives, and stands
        // for the party named before the clause (or, failing one, a pronoun's antecedent)
        let mut dative_pron = false;
        if trig.frame == Frame::Give
            && !passive
            && !nominal
            && let Some((a, r)) = dative_pron_relative(s, tspan, clause)
        {
            actor = Some(a);
            dative_pron = r.is_none();
            recipient = r;
        }
        // (an act another party is called on to do is still to come: planned)
        let mut demanded = false;
        // "Kyiv expects Washington to provide more Patriot systems", "Moscow wants Pyongyang to
        // send shells", "called on Berlin to deliver": the object of a control verb is the
        // subject of its to-infinitive, and who expects it receives where no other is named
        if lang == "en"
            && !trig.noun
            && matches!(trig.frame, Frame::Give | Frame::Support)
            && let Some(i) = tok_index(s, tspan)
            && i >= 3
            && sent_words(s)[i - 1] == "to"
            && let Some(obj) = s.cands.iter().find(|c| {
                !c.speaker
                    && (c.marker == Marker::None
                        || tok_index(s, c.span)
                            .and_then(|k| k.checked_sub(1))
                            .is_some_and(|k| sent_words(s)[k] == "on"))
                    && !c.genitive
                    && c.span.end == s.toks[i - 2].span.end
            })
            && let Some(oi) = tok_index(s, obj.span)
            && {
                let w = sent_words(s);
                let v = match oi.checked_sub(1).map(|k| w[k]) {
                    Some("the") | Some("on") => oi.checked_sub(2).map(|k| w[k]),
                    other => other,
                };
                v.is_some_and(|v| {
                    matches!(
                        v,
                        "expects"
                            | "expect"
                            | "expected"
                            | "wants"
                            | "want"
                            | "wanted"
                            | "urged"
                            | "urges"
                            | "urge"
                            | "pressed"
                            | "presses"
                            | "press"
                            | "encouraged"
                            | "encourages"
                            | "needs"
                            | "need"
                            | "needed"
                            | "called"
                            | "calls"
                            | "call"
                            | "pushed"
                            | "pushes"
                    ) && (w[oi - 1] != "on" || v.starts_with("call"))
                })
            }
        {
            if recipient.as_ref().is_some_and(|r| r.id == obj.id) {
                recipient = actor.take().filter(|a| a.id != obj.id);
            }
            actor = Some(obj.clone());
            demanded = true;
        }
        // "Selenskyj fordert Deutschland auf, der Ukraine Taurus zu liefern", "drängt Berlin,
        // … bereitzustellen": the object of a German verb of demanding is the subject of the
        // zu-infinitive after it, and who demands it receives where no other is named
        if lang == "de"
            && !trig.noun
            && !passive
            && matches!(trig.frame, Frame::Give | Frame::Support)
            && clause > 0
            && let Some(i) = tok_index(s, tspan)
            && {
                let w = sent_words(s);
                (i >= 1 && w[i - 1] == "zu") || fused_zu_infinitive(w[i])
            }
            && let Some(main) = prev_clause(s, clause)
            && let Some((subject, object, permits)) = demand_parties(s, main)
        {
            // "erlaubt Berlin Polen, Leopard-Panzer an die Ukraine abzugeben": who permits
            // gives nothing and receives nothing; the one permitted gives
            if permits {
                if recipient
                    .as_ref()
                    .is_some_and(|r| r.id == object.id || r.id == subject.id)
                {
                    recipient = None;
                }
            } else if recipient.is_none() || recipient.as_ref().is_some_and(|r| r.id == object.id) {
                recipient = Some(subject.clone()).filter(|c| c.id != object.id);
            }
            actor = Some(object.clone());
            demanded = true;
        }
        // "Kiew erwartet, dass Washington weitere Patriot-Systeme zusichert", "Kyiv hopes that
        // Berlin will deliver": the subject of the "dass"/"that" clause gives, and who expects,
        // hopes for or demands it (the main clause's subject) receives where no other is named
        if matches!(trig.frame, Frame::Give | Frame::Support)
            && !trig.noun
            && !passive
            && recipient.is_none()
            && clause > 0
            && clause_words(s, c_start, c_end)
                .first()
                .is_some_and(|w| matches!(*w, "dass" | "that"))
        {
            let main = prev_clause(s, clause).unwrap_or(0);
            let m_start = s.clauses[main];
            let expects = clause_words(s, m_start, c_start).iter().any(|w| {
                matches!(
                    *w,
                    "erwartet"
                        | "erwarten"
                        | "erwartete"
                        | "hofft"
                        | "hoffen"
                        | "hoffte"
                        | "fordert"
                        | "fordern"
                        | "forderte"
                        | "verlangt"
                        | "verlangen"
                        | "verlangte"
                        | "rechnet"
                        | "rechnen"
                        | "rechnete"
                        | "expects"
                        | "expect"
                        | "expected"
                        | "hopes"
                        | "hope"
                        | "hoped"
                        | "demands"
                        | "demand"
                        | "demanded"
                        | "wants"
                        | "want"
                        | "wanted"
                )
            });
            let giver = actor.as_ref().map(|a| a.id.clone());
            if expects
                && giver.is_some()
                && let Some(m) = s.cands.iter().find(|c| {
                    c.clause == main
                        && c.marker == Marker::None
                        && !c.genitive
                        && matches!(c.head, Head::Noun | Head::Other | Head::People)
                        && Some(&c.id) != giver.as_ref()
                })
            {
                recipient = Some(m.clone());
            }
        }
        // "North Korea, a close ally of Moscow, has supplied Russia with shells", "Nordkorea,
        // ein Verbündeter Moskaus, hat Russland Raketen geliefert", "Iran, which denies it, has
        // sent drones": a clause that opens with its verb after an apposition or a relative
        // clause has the party before them as its subject
        if matches!(trig.frame, Frame::Give | Frame::Support)
            && !trig.noun
            && !passive
            && clause >= 2
        {
            let w = sent_words(s);
            let r = clause_range(s, c_start, c_end);
            let aside_clause = prev_clause(s, clause).unwrap_or(0);
            let subj_clause = prev_clause(s, aside_clause);
            let p_start = s.clauses[aside_clause];
            let pr = clause_range(s, p_start, c_start);
            let opens_verb = w.get(r.start).is_some_and(|v| {
                matches!(
                    *v,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "will"
                        | "would"
                        | "hat"
                        | "haben"
                        | "hatte"
                        | "hatten"
                        | "wird"
                        | "werden"
                        | "wollen"
                        | "soll"
                        | "sollen"
                        | "ist"
                        | "sind"
                ) || tok_index(s, tspan) == Some(r.start)
            });
            let aside = w.get(pr.start).is_some_and(|v| {
                matches!(
                    *v,
                    "a" | "an"
                        | "the"
                        | "ein"
                        | "eine"
                        | "einer"
                        | "der"
                        | "die"
                        | "das"
                        | "which"
                        | "who"
                        | "dessen"
                        | "deren"
                )
            });
            let subject = s.cands.iter().rfind(|c| {
                Some(c.clause) == subj_clause
                    && c.marker == Marker::None
                    && !c.genitive
                    && matches!(c.head, Head::Noun | Head::Other)
                    && s.text[c.span.end..p_start].trim() == ","
            });
            if opens_verb
                && aside
                && let Some(subj) = subject
                && actor.as_ref().is_none_or(|a| a.id != subj.id)
            {
                let old = actor.replace(subj.clone());
                if recipient.as_ref().is_some_and(|r| r.id == subj.id) {
                    recipient = None;
                }
                if recipient.is_none() {
                    recipient = old.filter(|o| {
                        o.clause == clause && matches!(o.head, Head::Noun | Head::Other)
                    });
                }
            }
        }
        if lang == "en" {
            // "accused of helping to supply drones to Russia": help to give is the giving act,
            // told by the giving verb's own event
            if trig.kind == EventType::Support
                && let Some(i) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let j = if w.get(i + 1) == Some(&"to") {
                    i + 2
                } else {
                    i + 1
                };
                if s.triggers.iter().any(|(ts, t)| {
                    t.kind == EventType::Supply
                        && !t.block
                        && !t.noun
                        && tok_index(s, *ts) == Some(j)
                }) {
                    return Err("help to give is the giving act".into());
                }
                // "engineers helped restart a drone production line": help with no party
                // helped before the verb of a more specific act (within four words) is
                // that act, told by its own trigger
                if let Some(&(ps, _)) = s.triggers.iter().find(|(ts, t)| {
                    matches!(t.kind, EventType::JointProduction | EventType::Training)
                        && !t.block
                        && tok_index(s, *ts).is_some_and(|k| k > j && k <= j + 4)
                }) && !s.cands.iter().any(|c| {
                    c.head == Head::Noun && c.span.start >= tspan.end && c.span.end <= ps.start
                }) {
                    return Err("help to make is the making act".into());
                }
            }
            // "Canberra weighs Kyiv's request for Abrams tanks": the one who asks (right
            // before the request) receives; the one asked ("from"/"to" after it, else the
            // clause's subject) gives
            // "Kyiv asked Sweden for Gripen fighters": the subject asks and receives, the
            // party right after the verb (before "for") is asked and gives
            if trig.ask && !trig.noun {
                if passive {
                    return Err("a passive request: the one asked is its subject".into());
                }
                let after = &lower[tspan.end..s.span.end];
                let asked = s
                    .cands
                    .iter()
                    .find(|c| {
                        c.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, c.span.start) == 0
                            && lower[c.span.end..].starts_with(" for ")
                    })
                    .cloned();
                let for_at = match &asked {
                    Some(c) => c.span.end + 5,
                    None if after.starts_with(" for ") => tspan.end + 5,
                    None => return Err("a request verb without \"for\"".into()),
                };
                let to = text[for_at..s.span.end]
                    .find([',', ';'])
                    .map_or(s.span.end, |k| for_at + k);
                let first_item = s
                    .mentions
                    .iter()
                    .filter(|m| {
                        matches!(m.kind, MentionKind::Item { .. })
                            && m.span.start >= for_at
                            && m.span.end <= to
                    })
                    .map(|m| m.span.start)
                    .min();
                let Some(first_item) = first_item else {
                    return Err("a request for no materiel".into());
                };
                // "asked Berlin for the delivery of Taurus missiles": the act named after
                // "for" is the request's own event
                if token_gap(&s.toks, for_at, first_item) > 4
                    || s.triggers
                        .iter()
                        .any(|(ts, tg)| !tg.block && ts.start >= for_at && ts.end <= first_item)
                {
                    return Err("a request for an act named after it".into());
                }
                let asker = s
                    .cands
                    .iter()
                    .rev()
                    .find(|c| c.span.end <= tspan.start && c.clause == clause && !c.speaker)
                    .cloned();
                if asker.is_none() {
                    return Err("a request without the party that asks".into());
                }
                actor = asked;
                recipient = asker;
            } else if trig.ask {
                // (up to the next comma: a hyphen in "F-16 jets" opens no clause here)
                let to = text[tspan.end..s.span.end]
                    .find([',', ';'])
                    .map_or(s.span.end, |k| tspan.end + k);
                if !s.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Item { .. })
                        && m.span.start >= tspan.end
                        && m.span.end <= to
                }) {
                    return Err("a request for no materiel".into());
                }
                let Some(asker) = s
                    .cands
                    .iter()
                    .rev()
                    .find(|c| {
                        c.span.end <= tspan.start
                            && c.span.start >= c_start
                            && token_gap(&s.toks, c.span.end, tspan.start) <= 1
                    })
                    .cloned()
                else {
                    return Err("a request without the party that asks".into());
                };
                let giver = cand_after(s, tspan, clause, |x| {
                    x.id != asker.id && matches!(x.marker, Marker::Actor | Marker::Recipient)
                })
                .or_else(|| {
                    s.cands
                        .iter()
                        .rev()
                        .find(|c| {
                            c.span.end <= asker.span.start
                                && c.span.start >= c_start
                                && !c.speaker
                                && c.id != asker.id
                        })
                        .cloned()
                });
                actor = giver;
                recipient = Some(asker);
            }
            // "Umerov thanked Britain for its support", "held out thanks to US aid": the one
            // thanked gives, the one who thanks receives
            if matches!(
                trig.kind,
                EventType::Support | EventType::Supply | EventType::Training
            ) && let Some((thanked, thanker)) = thanked_giver(s, tspan)
            {
                actor = Some(thanked);
                if thanker.is_some() {
                    recipient = thanker;
                }
            }
            // "sanctions on Iranian officials accused of supplying drones to Russia": the
            // target stands before the act it is blamed for, whose parties are no target
            if trig.frame == Frame::Sanction
                && let Some(cut) = blamed_act_start(s, tspan)
                && recipient.as_ref().is_some_and(|r| r.span.start >= cut)
                && let Some(t) = s.cands.iter().find(|c| {
                    c.span.start >= tspan.end
                        && c.span.end <= cut
                        && !c.speaker
                        && actor.as_ref().is_none_or(|a| a.id != c.id)
                })
            {
                recipient = Some(t.clone());
            }
            english_maker(s, trig, tspan, clause, tw, &mut actor, &recipient);
            // "Ukraine has been promised 60 F-16s by its allies", "Kyiv was given tanks":
            // the subject of a passive giving verb with the thing given after it receives
            if trig.frame == Frame::Give
                && passive
                && !nominal
                && let Some(subj) = passive_receiver(s, tspan, clause)
            {
                if actor
                    .as_ref()
                    .is_some_and(|a| a.id == subj.id || a.span.end <= tspan.start)
                {
                    actor = cand_after(s, tspan, clause, |c| c.marker == Marker::Actor);
                }
                recipient = Some(subj);
            }
            // "North Korea condemned the drills by the US and South Korea": who criticises
            // a joint act (its object) takes no part in it; the parties are those after it
            if trig.frame == Frame::Pair
                && let Some(cw) = critic_before(s, tspan, c_start, tw)
            {
                let critic = |c: &Option<Cand>| c.as_ref().is_some_and(|c| c.span.end <= cw);
                if critic(&actor) || critic(&recipient) {
                    let after: Vec<&Cand> = s
                        .cands
                        .iter()
                        .filter(|c| {
                            c.span.start >= cw
                                && c.span.end <= c_end
                                && !c.speaker
                                && c.marker != Marker::Via
                        })
                        .collect();
                    let second = after.iter().find(|c| c.id != after[0].id);
                    match (after.first(), second) {
                        (Some(a), Some(b)) => {
                            actor = Some((*a).clone());
                            recipient = Some((*b).clone());
                        }
                        _ => return Err("the critic of a joint act takes no part in it".into()),
                    }
                }
            }
        }
        // "was manufacturing drones using Chinese components": the maker of the parts
        // supplies the producer, it does not produce with it
        let parts_maker = |c: &Option<Cand>| {
            c.as_ref().is_some_and(|c| {
                c.head == Head::Item
                    && c.span.start > tspan.end
                    && s.mentions
                        .iter()
                        .find(|m| {
                            m.span.start >= c.span.end && matches!(m.kind, MentionKind::Item { .. })
                        })
                        .is_some_and(|m| {
                            token_gap(&s.toks, c.span.end, m.span.start) <= 1
                                && matches!(
                                    m.kind,
                                    MentionKind::Item {
                                        ref category,
                                        ..
                                    } if *category == ItemCategory::Components
                                )
                        })
            })
        };
        let parts_supply = trig.kind == EventType::JointProduction
            && (parts_maker(&actor) || parts_maker(&recipient));
        if parts_supply && parts_maker(&recipient) {
            std::mem::swap(&mut actor, &mut recipient);
        }
        // "Er traf in Brüssel seinen ukrainischen Amtskollegen": a pronoun subject, not the venue
        if trig.frame == Frame::Pair
            && matches!(trig.kind, EventType::Meeting | EventType::Exercise)
            && s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= tspan.start
            })
        {
            let other = |c: &Option<Cand>| c.as_ref().map(|c| String::from(&*c.id));
            let ante = |not: Option<String>| {
                er_speaker_state(s, ctx, c_start, tspan.start, not.as_deref()).or_else(|| {
                    ctx.recent
                        .iter()
                        .rev()
                        .find(|(i, id)| *i < s.idx && Some(id) != not.as_ref())
                        .map(|(_, id)| id.clone())
                })
            };
            let (not_a, not_r) = (other(&recipient), other(&actor));
            if let Some(a) = actor.as_mut().filter(|a| a.marker == Marker::Loc) {
                if let Some(id) = ante(not_a) {
                    a.id = id.into();
                }
            } else if let Some(r) = recipient.as_mut().filter(|r| r.marker == Marker::Loc)
                && let Some(id) = ante(not_r)
            {
                r.id = id.into();
            }
        }

        // "designated five Chinese companies for supplying Russia": the one blamed acts
        if lang == "en"
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train | Frame::Deploy
            )
            && let Some(c) = blamed_doer(s, tspan, nominal || trig.noun)
        {
            // the one blamed stands before the act: a recipient there is the blamed one or
            // the blamer's; the act's own recipient follows it ("for supplying Russia with",
            // "over deliveries of drones to Russia")
            if recipient
                .as_ref()
                .is_some_and(|r| r.id == c.id || r.span.end <= tspan.start)
            {
                recipient = cand_after(s, tspan, clause, |x| {
                    x.id != c.id
                        && matches!(x.marker, Marker::None | Marker::Recipient | Marker::Dative)
                        && token_gap(&s.toks, tspan.end, x.span.start) <= 6
                });
            }
            actor = Some(c);
        }
        // "designated three companies tied to the RSF for procuring weapons": the one blamed
        // receives; the giver is only one named after the act ("from China"), never the one
        // who blames
        if lang == "en"
            && trig.frame == Frame::Receive
            && let Some(c) = blamed_doer(s, tspan, nominal || trig.noun)
        {
            actor = cand_after(s, tspan, clause, |x| {
                x.id != c.id
                    && x.marker == Marker::Actor
                    && token_gap(&s.toks, tspan.end, x.span.start) <= 6
            });
            recipient = Some(c);
        }
        // "The Treasury targeted suppliers of Iranian drones to Russia": suppliers that are the
        // object of another verb are not its subject; the makers of the items after "of" supply
        if lang == "en"
            && trig.noun
            && let Some(c) = supplier_object(s, tspan, &actor, tw)
        {
            if recipient
                .as_ref()
                .is_some_and(|r| c.as_ref().is_some_and(|c| c.id == r.id))
            {
                recipient = None;
            }
            actor = c;
        }
        // "Sanktionen gegen iranische Firmen, die Russland mit Drohnen beliefern", "Chinese
        // companies that supply Russia": the firms or people a relative clause follows act
        if clause > 0
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train
            )
            && let Some(rp) = opening_rel_pron(s, c_start, tspan)
            && let Some(ante) = s
                .cands
                .iter()
                .rev()
                .find(|c| c.span.end <= rp.start && !c.speaker)
                .filter(|c| {
                    // "gegen iranische Personen und Firmen zu übernehmen, die …": over the
                    // noun group and a verb group put before the relative clause
                    matches!(c.head, Head::People | Head::Firm)
                        && token_gap(&s.toks, c.span.end, rp.start) <= 7
                })
            // no subject of its own before the verb: the relative pronoun is the subject
            // (a reporting clause does not count: "firms that Washington says helped …")
            && !s.cands.iter().any(|c| {
                c.span.start >= rp.end
                    && c.span.end <= tspan.start
                    && c.marker == Marker::None
                    && !reports_before(s, c, tspan)
                    && Some(&c.id) != actor.as_ref().map(|a| &a.id)
                    && Some(&c.id) != recipient.as_ref().map(|r| &r.id)
            })
        {
            let other = [recipient.take(), actor.take()]
                .into_iter()
                .flatten()
                .find(|c| c.clause == clause && c.id != ante.id);
            actor = Some(ante.clone());
            recipient = other;
        }
        // "seeking the Kremlin's assistance", "asked for Beijing's help": the possessor right
        // before a noun of help (over an adjective) gives it, and the clause's other party
        // receives it
        let help_noun = kind_support_noun(trig, s, tspan, tw);
        if help_noun
            && let Some(g) = s.cands.iter().find(|c| {
                c.genitive
                    && !c.speaker
                    && c.span.end <= tspan.start
                    && token_gap(&s.toks, c.span.end, tspan.start) <= 2
                    && !lower[c.span.end..tspan.start].contains(',')
            })
            && actor.as_ref().is_some_and(|a| a.id != g.id)
        {
            help_giver(&mut actor, &mut recipient, g);
        }
        // "built the drone with the help of Chinese engineers", "with Russian help": the
        // party on the word of help after "with" gives, the clause's other party receives
        if help_noun
            && s.cues_of(cue_kind::WITH).any(|(cs, c)| {
                matches!(c, Cue::With)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 2
            })
            && let Some(g) = s.cands.iter().find(|c| {
                !c.speaker
                    && c.head != Head::Item
                    && ((c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) == 0)
                        || (c.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, c.span.start) <= 2))
            })
            && actor.as_ref().is_some_and(|a| a.id != g.id)
        {
            help_giver(&mut actor, &mut recipient, g);
        }
        // "Sanktionen gegen Firmen, die Russland mit Drohnenteilen beliefern": firms of no
        // named state right before the relative pronoun act (the plural verb agrees with
        // them, not with the singular state in the clause), and the state receives
        if lang == "de"
            && clause > 0
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train
            )
            && let Some(rp) = opening_rel_pron(s, c_start, tspan)
            && lower[..rp.start].trim_end().ends_with(',')
            && let Some(head) = s
                .toks
                .iter()
                .rev()
                .find(|t| t.span.end <= rp.start && lower[t.span.start..t.span.end] != *",")
            && s.cues_of(cue_kind::FIRM)
                .any(|(cs, c)| matches!(c, Cue::Firm) && cs.overlaps(&head.span))
            && !s.cands.iter().any(|c| {
                c.span.end <= head.span.end && token_gap(&s.toks, c.span.end, head.span.start) == 0
            })
            && s.toks
                .iter()
                .find(|t| t.span.overlaps(&tspan))
                .is_some_and(|t| lower[t.span.start..t.span.end].ends_with('n'))
        {
            let inside = [actor.take(), recipient.take()]
                .into_iter()
                .flatten()
                .find(|c| {
                    c.clause == clause && c.span.start >= rp.end && c.span.end <= tspan.start
                });
            recipient = inside;
        }
        // a German zu-infinitive ("bestreitet, Russland Raketen geschickt zu haben") and an
        // English to-infinitive after a comma take the subject of the main clause
        let zu_inf = clause > 0 && {
            let before = lower[c_start..tspan.start].split_whitespace().next_back();
            let after = lower[tspan.end..c_end].split_whitespace().next();
            before == Some("zu")
                || before == Some("to")
                || after == Some("zu")
                // (a fused infinitive, "bereitzustellen"; not a noun, "Unterstützung"; not
                // the particle of a finite verb, "dass Washington … zusichert")
                || (!trig.noun
                    && token_at(s, tspan).is_some_and(|t| {
                        let w = &lower[t.span.start..t.span.end];
                        w.ends_with('n') && w.get(2..).is_some_and(|r| r.contains("zu"))
                    }))
        };
        if zu_inf && trig.frame != Frame::Pair && !self_train && !demanded {
            // "die russischen Bemühungen, … zu beschaffen", "Russlands Versuch, … zu kaufen":
            // an infinitive clause after a noun has the noun's owner as its subject
            let noun_owner = s
                .toks
                .iter()
                .rev()
                .find(|t| t.span.end <= c_start)
                .filter(|t| {
                    text[t.span.start..t.span.end].starts_with(|c: char| c.is_uppercase())
                        && !s.mentions.iter().any(|m| m.span.overlaps(&t.span))
                        && text[t.span.end..c_start].trim() == ","
                })
                .and_then(|noun| {
                    s.cands.iter().find(|c| {
                        !c.speaker
                            && c.span.end <= noun.span.start
                            && token_gap(&s.toks, c.span.end, noun.span.start) == 0
                            && (c.genitive || c.head == Head::Other)
                    })
                })
                .cloned();
            // "Blinken warf China vor, Russland … zu helfen": the one accused acts
            let accused = s
                .cues
                .iter()
                .filter(|(cs, c)| matches!(c, Cue::Accuse) && cs.end <= c_start)
                .find_map(|(cs, _)| {
                    s.cands.iter().find(|c| {
                        !c.speaker
                            && c.span.start >= cs.end
                            && c.span.end <= c_start
                            && matches!(
                                c.head,
                                Head::Noun | Head::Other | Head::People | Head::Firm
                            )
                    })
                })
                .cloned();
            let main_subject = noun_owner.or(accused).or_else(|| {
                s.cands
                    .iter()
                    .find(|c| {
                        // "Teheran bestreitet, … geschickt zu haben": the subject of a denial may be
                        // its speaker, not of a plain reporting verb ("sagte, … zu liefern")
                        // "Iranische Beamte erwägen, … bereitzustellen": people and firms of a
                        // state act for it, even where they also stand as an unnamed source
                        let people = matches!(c.head, Head::People | Head::Firm)
                            && !matches!(trig.frame, Frame::Train | Frame::Deploy);
                        (!c.speaker || denial_before(s, c) || people)
                            && c.span.end <= c_start
                            && c.marker == Marker::None
                            && (matches!(c.head, Head::Noun | Head::Other) || people)
                    })
                    .cloned()
            });
            if let Some(ms) = main_subject {
                let in_clause = |c: &Option<Cand>| {
                    c.as_ref()
                        .is_some_and(|c| c.clause == clause && c.id != ms.id)
                };
                if trig.frame == Frame::Receive {
                    // "versucht, in Teheran Raketen zu beschaffen": the clause's place gives
                    if !in_clause(&actor) {
                        actor = if in_clause(&recipient) {
                            recipient.take()
                        } else {
                            None
                        };
                    }
                    recipient = Some(ms);
                } else {
                    let other = if in_clause(&recipient) {
                        recipient.take()
                    } else if in_clause(&actor) {
                        actor.take()
                    } else {
                        recipient.take().filter(|r| r.id != ms.id)
                    };
                    actor = Some(ms);
                    recipient = other;
                }
            }
        }

        // "Russische Firmen sind am Erwerb iranischer Drohnen beteiligt", "Firmen, die an der
        // Produktion russischer Drohnen beteiligt sind": who takes part in a nominal act
        // does it; the party after the noun is the other side
        if let Some(at) = participation(s, tspan, trig, clause, nominal) {
            let subject = s
                .cands
                .iter()
                .rfind(|c| {
                    c.clause == clause && c.span.end <= at && !c.speaker && c.head != Head::Item
                })
                .or_else(|| rel_antecedent(s, trig, clause, tspan))
                .or_else(|| participant_firm(s, clause))
                .cloned();
            if let Some(subj) = subject {
                let other = s
                    .cands
                    .iter()
                    .find(|c| {
                        c.clause == clause
                            && c.span.start >= tspan.end
                            && c.id != subj.id
                            && !c.speaker
                            && matches!(c.marker, Marker::None | Marker::Actor | Marker::Recipient)
                    })
                    .cloned();
                if trig.frame == Frame::Receive {
                    recipient = Some(subj);
                    actor = other
                        .or(actor.filter(|a| Some(&a.id) != recipient.as_ref().map(|r| &r.id)));
                } else {
                    actor = Some(subj);
                    recipient = other
                        .or(recipient.filter(|r| Some(&r.id) != actor.as_ref().map(|a| &a.id)));
                }
            }
        }
        // "designating two North Korean officials involved in arranging the transfer of
        // missiles to Russia": the people or firms involved in the act do it
        if trig.id.starts_with("en.")
            && !matches!(trig.frame, Frame::Pair | Frame::Receive | Frame::Sanction)
            && let Some(doer) = involved_doer(s, tspan)
        {
            if recipient.as_ref().is_some_and(|r| r.id == doer.id) {
                recipient = None;
            }
            actor = Some(doer);
        }
        // (the trigger and at most three parties: one allocation)
        let mut evidence = Vec::with_capacity(4);
        evidence.push(tspan);
        if let Some(a) = &actor {
            evidence.push(a.span);
        }
        if let Some(r) = &recipient {
            evidence.push(r.span);
        }
        // "iranische Drohnen in russischen Händen", "Waffen in den Händen der Hisbollah": a
        // nominal origin trigger of holding names the holder right before it (an
        // adjective) or right after it, and the items held stand just before it
        if trig.origin && trig.noun {
            let gap = |a: usize, b: usize| token_gap(&s.toks, a, b);
            let holder = s.cands.iter().find(|c| {
                !c.speaker
                    && c.head != Head::Item
                    && ((c.span.end <= tspan.start && gap(c.span.end, tspan.start) == 0)
                        || (c.span.start >= tspan.end && gap(tspan.end, c.span.start) <= 1))
            });
            let held = s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= c_start
                    && m.span.end <= tspan.start
                    && gap(m.span.end, tspan.start) <= 4
            });
            match holder {
                Some(h) if held => {
                    recipient = Some(h.clone());
                    actor = None;
                }
                _ => return Err("a phrase of holding without its holder or the items held".into()),
            }
        }
        // "seized Iranian weapons meant for the Houthis": the items' origin gives
        if trig.origin
            && actor.as_ref().is_none_or(|a| a.marker != Marker::Actor)
            && let Some(c) = s.cands.iter().find(|c| c.head == Head::Item && !c.speaker)
        {
            evidence.push(c.span);
            actor = Some(c.clone());
        }
        // "Komponenten, die aus dem Iran stammen", "Die Raketen der Huthi stammen aus dem
        // Iran": a verb of provenance has the items as its subject, so no party of the
        // clause's subject position receives; the place after "aus" gives, and the holder
        // is a party right after the items (a genitive) or, failing one, the context's
        if trig.from {
            let Some(giver) = s
                .cands
                .iter()
                .find(|c| c.clause == clause && c.marker == Marker::Actor && !c.speaker)
                .cloned()
            else {
                return Err("a verb of provenance without its origin".into());
            };
            // (the items are what comes from there: "Viele Gäste kamen aus Frankreich" is
            // no transfer)
            if !s.mentions.iter().any(|m| {
                // (or before it: "Bauteile, die aus Nordkorea stammen")
                matches!(m.kind, MentionKind::Item { .. }) && m.span.end <= c_end
            }) {
                return Err("a verb of provenance with no items before its clause ends".into());
            }
            let holder = s
                .cands
                .iter()
                .find(|c| {
                    c.id != giver.id
                        && !c.speaker
                        && c.head != Head::Item
                        && s.mentions.iter().any(|m| {
                            matches!(m.kind, MentionKind::Item { .. })
                                && m.span.end <= c.span.start
                                && token_gap(&s.toks, m.span.end, c.span.start) <= 1
                        })
                })
                .cloned();
            evidence.push(giver.span);
            actor = Some(giver);
            recipient = holder;
        }
        // "Die iranischen Drohnen erreichten Russland", "Die ersten Leopard 2 erreichen die
        // Ukraine": a verb of reaching has the items as its subject; the bare party right
        // after it receives, the items' origin ("aus dem Iran"), their adjective or their
        // maker gives. Weapons that reach a foe or their targets are an attack.
        let mut reach_maker: Option<String> = None;
        if trig.reach {
            let items_before = s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= c_start
                    && m.span.end <= tspan.start
            });
            let receiver = s
                .cands
                .iter()
                .find(|c| {
                    c.clause == clause
                        && !c.speaker
                        && c.span.start >= tspan.end
                        && c.marker == Marker::None
                        && c.head == Head::Noun
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 1
                })
                .cloned();
            let attack = sent_words(s).iter().any(|w| {
                [
                    "angriff",
                    "angegriffen",
                    "abgefangen",
                    "abgeschossen",
                    "einschl",
                    "explodi",
                    "ziel",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
            let (true, Some(r), false) = (items_before, receiver, attack) else {
                return Err(
                    "a verb of reaching without items before it or a party right after it".into(),
                );
            };
            // the clause's marked actor, or the party on the items before the verb
            let sender = s.cands.iter().find(|c| {
                c.clause == clause
                    && !c.speaker
                    && c.id != r.id
                    && (c.marker == Marker::Actor
                        || (c.head == Head::Item && c.span.end <= tspan.start))
            });
            let giver = sender.map(|c| String::from(&*c.id)).or_else(|| {
                s.mentions.iter().find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if m.span.start >= c_start && m.span.end <= tspan.start => {
                        Some(String::from(&**mk))
                    }
                    _ => None,
                })
            });
            if giver
                .as_ref()
                .is_some_and(|g| self.foes.contains(&(g.clone(), String::from(&*r.id))))
            {
                return Err("weapons of a foe that reach a party are an attack".into());
            }
            actor = sender.cloned();
            if actor.is_none() {
                reach_maker = giver;
            }
            evidence.push(r.span);
            recipient = Some(r);
        }
        // "…, sagte eine Sprecherin des EU-Außenbeauftragten Josep Borrell": a person who
        // speaks for no state or body is no party (the parties are states and bodies)
        // "KNDS soll künftig in der Ukraine Granaten produzieren": a firm of no one state
        // (or an unnamed firm) that produces in a place produces for it; the producer is null
        let placed = made_in_place(s, trig, c_start, tspan, &actor, &recipient);
        if let Some(p) = &placed {
            actor = None;
            recipient = Some(p.clone());
        }
        if let Some((p, _)) = &produced_in {
            actor = None;
            evidence.push(p.span);
            recipient = Some(p.clone());
        }
        // "Russia is using North Korean soldiers": a `staff` trigger stands only with people
        // of another party after it in its clause, and they are its actor
        // "Belarus hosts Russian troops": hosting people of another party is no meeting
        let staff_after = |c: &Cand| {
            c.head == Head::People
                && !c.speaker
                && c.clause == clause
                && c.span.start >= tspan.end
                && token_gap(&s.toks, tspan.end, c.span.start) <= 4
        };
        if !trig.staff
            && trig.frame == Frame::Pair
            && s.triggers.iter().any(|(ts, tg)| tg.staff && *ts == tspan)
            && s.cands.iter().any(staff_after)
        {
            return Err("people of a party hosted are personnel, no meeting".into());
        }
        if trig.staff {
            let staff = s.cands.iter().find(|c| staff_after(c));
            match staff {
                Some(p) if recipient.as_ref().is_some_and(|r| r.id != p.id) => {
                    actor = Some(p.clone());
                }
                _ => return Err("no people of another party right after it".into()),
            }
        }
        let stateless = |id: &String| id.starts_with("person:");
        let mut actor_id = actor
            .take()
            .map(|c| String::from(&*c.id))
            .filter(|id| !stateless(id));

        let mut recipient_id = recipient
            .take()
            .map(|c| String::from(&*c.id))
            .filter(|id| !stateless(id));
        if let Some((_, maker)) = &produced_in {
            actor_id = maker.clone();
        }
        if actor_id.is_none() && reach_maker.is_some() {
            actor_id = reach_maker;
        }
        // "North Korea denied sending troops to Russia": the denier of a deployment is the
        // one said to deploy (the speaker is no party of the clause otherwise)
        if actor_id.is_none()
            && trig.frame == Frame::Deploy
            && recipient_id.is_some()
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && denial_before(s, c)
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // "Pyongyang admits its troops fought in Kursk": people the speaker calls its own
        // ("its troops", "their soldiers") are the speaker's
        if actor_id.is_none()
            && lang == "en"
            && trig.frame == Frame::Deploy
            && trig.noun
            && recipient_id.is_some()
            && let Some(i) = tok_index(s, tspan)
            && i >= 1
            && matches!(sent_words(s)[i - 1], "its" | "their")
            && let Some(c) = s.cands.iter().rfind(|c| {
                c.speaker
                    && c.span.end <= s.toks[i - 1].span.start
                    && c.head == Head::Noun
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
        }
        // "Iran rüstet Huthis mit Raketenteilen aus. … Komponenten, die aus dem Iran stammen":
        // a provenance with no holder named goes on with the latest transfer of the same
        // giver within two sentences (or of the headline), whose receiver holds the items
        if trig.from
            && recipient_id.is_none()
            && let Some(giver) = actor_id.as_deref()
        {
            recipient_id = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .map(|(_, e)| e)
                .chain(ctx.titles())
                .find(|e| e.kind == EventType::Supply && e.actor.as_deref() == Some(giver))
                .and_then(|e| e.recipient.clone());
        }
        let in_sentence = (actor_id.is_some() as u8) + (recipient_id.is_some() as u8);
        // "sollen Kampfhubschrauber vom Typ Mi-28 an die iranischen Luftstreitkräfte
        // gegangen sein": a named system's maker is the giver the sentence names
        let maker_named = trig.weak
            && actor_id.is_none()
            && recipient_id.is_some()
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
            && s.mentions.iter().any(|m| {
                matches!(&m.kind, MentionKind::Item { maker: Some(mk), system: true, .. }
                    if Some(&**mk) != recipient_id.as_deref())
            });
        // "Moskau hilft dem Regime", "Beijing is helping the reclusive state": a description
        // (a `pron` cue of value `partner`) in the trigger's clause stands for the side
        // a weak trigger misses; it must resolve to a party within two sentences (below)
        let desc_in_clause = s
            .cues_of(cue_kind::PRON)
            .any(|(cs, c)| matches!(c, Cue::Pron(true)) && cs.start >= c_start && cs.end <= c_end);
        let desc_side = trig.weak && in_sentence == 1 && desc_in_clause;
        // "Nordkorea hat 3.000 Soldaten nach Russland geschickt. … die Soldaten würden bald
        // eingesetzt": a definite noun of people with no party in its sentence goes on with
        // the personnel act of the two sentences before (GUIDELINES: an anaphor takes the
        // parties of its antecedent)
        let people_anaphor = trig.weak
            && trig.noun
            && trig.kind == EventType::Personnel
            // (the sentence's speaker is no side: "Pistorius sagte, die Soldaten würden …")
            && (in_sentence == 0
                || in_sentence == 1
                    && !s.cands.iter().any(|c| !c.speaker)
                    && s.cands.iter().any(|c| {
                        actor_id.as_deref().or(recipient_id.as_deref()) == Some(&*c.id)
                    }))
            && definite_np(s, lower, tspan)
            && ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .any(|(_, e)| {
                    e.kind == EventType::Personnel && e.actor.is_some() && e.recipient.is_some()
                });
        if trig.weak
            && !people_anaphor
            && in_sentence
                + u8::from(maker_named || placed.is_some() || produced_in.is_some() || desc_side)
                < 2
        {
            return Err("weak trigger without both parties in its sentence".into());
        }
        if people_anaphor {
            actor_id = None;
            recipient_id = None;
        }
        if trig.weak && trig.frame == Frame::Pair && who_pair_without_parties(s, tspan) {
            return Err("the relative clause of a person names no parties of its own".into());
        }
        // "diese Firmen", "these companies": the firms named just before, by their state
        if actor_id.is_none() || recipient_id.is_none() {
            let firm_anaphor = s.cues_of(cue_kind::FIRM_PRON).find(|(cs, c)| {
                matches!(c, Cue::FirmPron) && cs.start >= c_start && cs.end <= c_end
            });
            if let Some((fs, _)) = firm_anaphor {
                let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
                let ante = ctx
                    .recent_firms
                    .iter()
                    .rev()
                    .find(|(i, id)| *i < s.idx && Some(id) != other.as_ref())
                    .map(|(_, id)| id.clone());
                if let Some(a) = ante {
                    // the description's role: before the trigger it is the subject
                    if actor_id.is_none() && (fs.start < tspan.start || recipient_id.is_some()) {
                        actor_id = Some(a);
                    } else if recipient_id.is_none() {
                        recipient_id = Some(a);
                    }
                }
            }
        }
        // "Iran has denied sending weapons": the one who denies is the one said to act;
        // "The U.S. Treasury announced sanctions": the one who announces an act named
        // right after the verb is its actor
        // English action nouns by their endings ("confirms donation of …")
        let token = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
        let action_noun = trig.noun
            || (trig.id.starts_with("en.")
                && [
                    "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ery",
                    "eries",
                ]
                .iter()
                .any(|e| token.ends_with(e)));
        let announces = |c: &Cand| {
            action_noun
                && s.cues_of(cue_kind::REPORT).any(|(cs, cue)| {
                    matches!(cue, Cue::Report(_))
                        && cs.start >= c.span.end
                        && cs.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, cs.start) <= 3
                        && (token_gap(&s.toks, cs.end, tspan.start) <= 3
                            // "announced a new $400 million military aid package": an
                            // English object noun phrase with amounts and adjectives, in
                            // one clause and naming no other party
                            || (lang == "en"
                                && token_gap(&s.toks, cs.end, tspan.start) <= 8
                                && s.clause_of(cs.start) == s.clause_of(tspan.start)
                                && !s.lower_text[cs.end..tspan.start].contains([',', ';', ':'])
                                && !s
                                    .cands
                                    .iter()
                                    .any(|k| k.span.start >= cs.end && k.span.end <= tspan.start)))
                })
        };
        // "Großbritannien kündigte an, der Ukraine Drohnen bereitzustellen": who announces
        // or promises an act of an infinitive with zu/to does it (not who warns or demands)
        let infinitive = !trig.noun && {
            let w = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
            fused_zu_infinitive(w)
                || s.toks
                    .iter()
                    .rev()
                    .find(|t| t.span.end <= tspan.start)
                    .is_some_and(|t| matches!(&s.lower_text[t.span.start..t.span.end], "zu" | "to"))
        };
        let controls = |c: &Cand| {
            infinitive
                && s.cues_of(cue_kind::COMMIT).any(|(cs, cue)| {
                    matches!(cue, Cue::Commit)
                        && cs.start >= c.span.end
                        && cs.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, cs.start) <= 3
                })
        };
        if actor_id.is_none()
            && !people_anaphor
            && trig.frame != Frame::Receive
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && (denial_before(s, c)
                        || announces(c)
                        || controls(c)
                        || says_pron(s, c, tspan))
            })
            && recipient_id.as_deref() != Some(&*c.id)
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // "his country would transfer": the state the sentence's source speaks for
        let own_pron = s.cues_in(c_start, tspan.start).any(|(_, c)| {
            matches!(c, Cue::OwnPron(false)) || (matches!(c, Cue::OwnPron(true)) && !nominal)
        });
        if actor_id.is_none() && own_pron {
            actor_id = attribution
                .iter()
                .find(|a| !a.contains(':') && recipient_id.as_ref() != Some(*a))
                .cloned();
        }
        // "Norway says its first F-16 jets have arrived in Ukraine": a state that reports
        // an arrival it is not the receiver of sent what arrived
        if actor_id.is_none()
            && !people_anaphor
            && trig.moves
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && c.head == Head::Noun
                    && !c.id.contains(':')
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // a supplier named just before ("the arrival of the F-16s" after "from the Netherlands")

        // "receive jets from its Western partners": a giver named, but as no party
        // ("with help from other allies": likewise right after any act)
        let unnamed_giver = s.cues_of(cue_kind::ACTOR).any(|(cs, c)| {
            matches!(c, Cue::Actor)
                && cs.start >= tspan.end
                && cs.end <= c_end
                && (trig.frame == Frame::Receive
                    || (lang == "en" && token_gap(&s.toks, tspan.end, cs.start) == 0))
                && !s
                    .cands
                    .iter()
                    .any(|k| k.span.start >= cs.end && k.span.end <= c_end)
        });
        if unnamed_giver && matches!(trig.frame, Frame::Give | Frame::Support) {
            actor_id = None;
        }
        if actor_id.is_none()
            && recipient_id.is_some()
            && !unnamed_giver
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        {
            // of the latest sentence with such an act, its first (main) act: "six jets have
            // arrived from the Netherlands, with more expected from Denmark. … the arrival"
            let found: Vec<(usize, &Event)> = ctx
                .recent()
                .filter(|(i, e)| {
                    *i < s.idx
                        && e.kind == trig.kind
                        && e.recipient == recipient_id
                        && e.actor.is_some()
                })
                .collect();
            let latest = found.iter().map(|(i, _)| *i).max();
            actor_id = found
                .iter()
                .find(|(i, _)| Some(*i) == latest)
                .and_then(|(_, e)| e.actor.clone());
        }
        // the maker of a named system supplies where no one else is named, unless a
        // pronoun stands for the subject ("his country would transfer F-16s")
        let pron_subject = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
            matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= tspan.start
        });
        if actor_id.is_none()
            && !unnamed_giver
            && !(pron_subject && trig.frame == Frame::Give)
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        {
            let maker = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= c_start && m.span.end <= c_end)
                .chain(s.mentions.iter())
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if Some(&**mk) != recipient_id.as_deref() => Some(String::from(&**mk)),
                    _ => None,
                })
                .or_else(|| {
                    s.cands
                        .iter()
                        .find(|c| {
                            c.head == Head::Item
                                && !c.speaker
                                && recipient_id.as_deref() != Some(&*c.id)
                        })
                        .map(|c| String::from(&*c.id))
                });
            actor_id = maker;
        }
        // "Russland produziert Shahed-Drohnen in Lizenz": building another's named system
        // joins its maker
        if trig.kind == EventType::JointProduction && actor_id.is_none() != recipient_id.is_none() {
            let known = actor_id.as_ref().or(recipient_id.as_ref());
            let maker = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= c_start && m.span.end <= c_end)
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if Some(&**mk) != known.map(String::as_str) => Some(String::from(&**mk)),
                    _ => None,
                });
            fill_missing_side(&mut actor_id, &mut recipient_id, maker);
        }
        // "Nach einem Treffen mit Xi sagte Putin, …": a meeting's other side is the one
        // who speaks of it
        if trig.kind == EventType::Meeting
            && trig.noun
            && (actor_id.is_none() != recipient_id.is_none())
            && {
                let r = lower[tspan.end..].trim_start();
                r.starts_with("mit ") || r.starts_with("with ")
            }
        {
            let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(sp) = s
                .cands
                .iter()
                .find(|c| c.speaker && c.head == Head::Noun && other.as_deref() != Some(&*c.id))
            {
                if actor_id.is_none() {
                    actor_id = Some(String::from(&*sp.id));
                } else {
                    recipient_id = Some(String::from(&*sp.id));
                }
            }
        }
        let mut anaphor = false;
        let mut ante_status: Option<Status> = None;
        let mut people_on = false;
        // "The two countries signed a pact", "both sides agreed": a description of two
        // parties at once names the two of the latest act with both (or of the latest
        // sentence naming two), in this sentence before the clause or the two before it
        // ("The two countries held talks in Tokyo": the place of a meeting may be one of
        // the two)
        let known_one = actor_id.as_ref().xor(recipient_id.as_ref()).cloned();
        if (actor_id.is_none() || recipient_id.is_none())
            && (trig.kind.is_unordered() || trig.frame == Frame::Pair)
            && (s.cues_in(c_start, c_end)
                .any(|(_, c)| matches!(c, Cue::PairPron))
                // ("The four ministers also held their second "two-plus-two" talks": a
                // quote cuts the clause; the description still opens the sentence)
                || lang == "en" && s.cues_in(s.span.start, tspan.start).any(|(cs, c)| {
                    matches!(c, Cue::PairPron)
                        && !s
                            .cands
                            .iter()
                            .any(|p| !p.speaker && p.span.start < tspan.start && p.span.end > cs.end)
                }))
        {
            let mut here: Vec<&str> = Vec::new();
            for c in s
                .cands
                .iter()
                .filter(|c| c.span.end <= c_start && !c.speaker)
            {
                if !here.contains(&&*c.id) {
                    here.push(&c.id);
                }
            }
            let pair = if here.len() >= 2 {
                Some((here[0].to_string(), here[1].to_string()))
            } else {
                (1..=2)
                    .filter_map(|back| s.idx.checked_sub(back))
                    .find_map(|i| {
                        ctx.recent()
                            .rev()
                            .filter(|(j, _)| *j == i)
                            .map(|(_, e)| e)
                            .find_map(|e| e.actor.clone().zip(e.recipient.clone()))
                            .or_else(|| {
                                ctx.recent_pairs
                                    .iter()
                                    .find(|(j, _, _)| *j == i)
                                    .map(|(_, a, b)| (String::from(&**a), String::from(&**b)))
                            })
                    })
            };
            if let Some((a, b)) = pair.or_else(|| {
                ctx.titles()
                    .find_map(|e| e.actor.clone().zip(e.recipient.clone()))
            }) && known_one.as_ref().is_none_or(|k| *k == a || *k == b)
            {
                actor_id = Some(a);
                recipient_id = Some(b);
            }
        }
        // pronouns and descriptions: the antecedent within two sentences
        let has_pron = s
            .cues_of(cue_kind::PRON)
            .any(|(cs, c)| matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= c_end)
            || (lang == "en" && possessed_act(s, tspan, trig.noun || nominal, tw))
            || dative_pron;
        // "Die Drohnen werden in China produziert. Anschließend sollen sie nach Russland
        // geliefert werden": the pronoun of a passive is what is given, and the place where
        // it was made (GUIDELINES: the maker names the supplier) gives it
        if has_pron && passive && trig.frame == Frame::Give && actor_id.is_none() && lang == "de" {
            actor_id = ctx
                .recent_makers
                .iter()
                .rev()
                .find(|(i, id)| *i < s.idx && Some(id) != recipient_id.as_ref())
                .map(|(_, id)| id.clone());
        }
        // "Anschließend sollen sie nach Russland geliefert werden": the pronoun of a
        // passive is what is given (or, "sie wurden mit Drohnen beliefert", who receives)
        let pron_fills = (!passive || (trig.frame == Frame::With && recipient_id.is_none()))
            && !(actor_id.is_none() && self_train);
        if has_pron && pron_fills && (actor_id.is_none() || recipient_id.is_none()) {
            let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            // "Beijing has insisted that it does not provide weapons": the speaker of the
            // sentence comes first, then subjects and actors of the sentences before
            let speaker = s
                .cands
                .iter()
                .find(|c| {
                    c.speaker
                        && c.span.end <= tspan.start
                        && c.head == Head::Noun
                        && other.as_deref() != Some(&*c.id)
                })
                .map(|c| String::from(&*c.id));
            // "his country would transfer": the state the sentence's source speaks for
            let speaker = speaker.or_else(|| {
                attribution
                    .iter()
                    .find(|a| own_pron && !a.contains(':') && Some(*a) != other.as_ref())
                    .cloned()
            });
            // "Russland hat Nordkorea Raketen geliefert. Moskau hilft dem abgeschotteten
            // Staat": a description beside a named party stands for that party's partner in
            // the latest act (or sentence) of the two before naming both, else the headline's
            let partner = other
                .as_deref()
                .filter(|_| desc_in_clause)
                .and_then(|k| latest_partner(ctx, s.idx, k));
            let ante = speaker
                .or(partner)
                .or_else(|| er_speaker_state(s, ctx, c_start, c_end, other.as_deref()))
                .or_else(|| {
                    ctx.recent
                        .iter()
                        .rev()
                        .find(|(i, id)| *i < s.idx && Some(id) != other.as_ref())
                        .map(|(_, id)| id.clone())
                });

            if ante.is_some() {
                if passive {
                    recipient_id = ante;
                } else if actor_id.is_none() {
                    actor_id = ante;
                } else {
                    recipient_id = ante;
                }
            }
        }
        if desc_side && (actor_id.is_none() || recipient_id.is_none()) {
            return Err("weak trigger whose description names no earlier party".into());
        }
        // "der Flugzeugtyp wurde auch in andere Länder exportiert": the other side is
        // named as unknown parties
        let others = s
            .cues_in(c_start, c_end)
            .any(|(_, c)| matches!(c, Cue::Others));
        if actor_id.is_none() && recipient_id.is_none() {
            // "Die ersten Fahrzeuge sollen im Herbst übergeben werden": the act of the
            // sentence before (or of the headline) goes on, with its parties
            // "the shipments", "these deliveries", "the package" (a definite noun) and
            // verbs take the act of the two sentences before (GUIDELINES: an antecedent
            // within two sentences), else the headline's act of the same kind in the
            // article's first sentences; German likewise: "wegen der Drohnenlieferungen",
            // "Die Lieferungen werden … finanziert"
            let definite = trig.noun && definite_np(s, lower, tspan);
            // "The troops … are expected to be sent to the front", "some 12,000 troops could
            // eventually be sent": people as the passive subject of a giving verb, in a
            // sentence naming no party, are more of those sent in the personnel act before
            people_on = lang == "en" && passive && people_sent_passive(s, tspan, trig);
            let want = if people_on {
                EventType::Personnel
            } else {
                trig.kind
            };
            let prev = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .map(|(_, e)| e)
                .find(|e| {
                    // "… hat bei Raytheon Flugkörper in Auftrag gegeben. Der Vertrag umfasst
                    // …": an order (a supply agreed) is the deal a contract noun goes on with
                    (e.kind == want
                        || want == EventType::Agreement
                            && e.kind == EventType::Supply
                            && e.status == Status::Agreed)
                        && e.actor.is_some()
                        && e.recipient.is_some()
                })
                // GUIDELINES: a missing party comes from the headline too
                .or_else(|| {
                    (s.idx <= 3)
                        .then(|| {
                            ctx.titles().find(|e| {
                                e.kind == want && e.actor.is_some() && e.recipient.is_some()
                            })
                        })
                        .flatten()
                });
            match prev {
                Some(e)
                    if people_on || people_anaphor || (!trig.weak && (!trig.noun || definite)) =>
                {
                    anaphor = true;
                    ante_status = Some(e.status);
                    actor_id = e.actor.clone();
                    if !others {
                        recipient_id = e.recipient.clone();
                    }
                }
                _ => return Err("no party found".into()),
            }
        }

        // "Im Gegenzug erhält Nordkorea Technologie", "in return, Iran gets jets": the act
        // answers the latest act of its named party, whose other party is its missing side
        if actor_id.is_none() != recipient_id.is_none()
            && s.cues_in(s.span.start, tspan.start)
                .any(|(_, c)| matches!(c, Cue::InReturn))
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref());
            // "Mit den USA sei vereinbart, dass Deutschland im Gegenzug Systeme erhalte",
            // "dass der Hersteller im Gegenzug liefern werde, damit Deutschland …": a party
            // the sentence names beside it is the other side of the exchange
            let beside = s
                .cands
                .iter()
                .find(|c| {
                    !c.speaker && known.map(String::as_str) != Some(&*c.id) && c.head != Head::Item
                })
                .map(|c| String::from(&*c.id));
            let other = beside.or_else(|| {
                ctx.recent()
                    .rev()
                    .filter(|(i, _)| *i <= s.idx && s.idx - *i <= 2)
                    // (a giver now was the receiver then, and the other way round)
                    .find_map(|(_, e)| match (&e.actor, &e.recipient) {
                        (Some(a), Some(r)) if recipient_id.is_some() && Some(a) == known => {
                            Some(r.clone())
                        }
                        (Some(a), Some(r)) if actor_id.is_some() && Some(r) == known => {
                            Some(a.clone())
                        }
                        _ => None,
                    })
            });
            if let Some(o) = other {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        // "Western governments have imposed sanctions on Iranian firms": the doer is a group
        // of states the text does not name
        let group_doer = trig.kind == EventType::Sanction
            && actor_id.is_none()
            && recipient_id.is_some()
            && s.cues_in(c_start, tspan.start)
                .any(|(_, c)| matches!(c, Cue::Group));
        // one party missing: the same kind of act in the two sentences before, or in the headline
        if (actor_id.is_none() || recipient_id.is_none())
            && !group_doer
            && !trig.weak
            && !(others && actor_id.is_some())
            // (the trained of a self-training verb name no trainer: "trainiert den Umgang mit")
            && !(actor_id.is_none() && self_train)
            && !(unnamed_giver && actor_id.is_none())
        {
            let recent = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx)
                .map(|(_, e)| e)
                .chain(ctx.titles());
            let mut fill: Option<String> = None;
            let mut loose: Option<String> = None;
            for e in recent {
                if e.kind != trig.kind {
                    continue;
                }
                if actor_id.is_none() {
                    if e.recipient == recipient_id && e.actor.is_some() {
                        fill = e.actor.clone();
                        break;
                    }
                    if loose.is_none() && e.actor.is_some() && e.actor != recipient_id {
                        loose = e.actor.clone();
                    }
                } else {
                    if e.actor == actor_id && e.recipient.is_some() {
                        fill = e.recipient.clone();
                        break;
                    }
                    if loose.is_none() && e.recipient.is_some() && e.recipient != actor_id {
                        loose = e.recipient.clone();
                    }
                }
            }
            // "Iran will provide Russia with drones. Training for Russian operators …": a
            // giving act of another kind to (or from) the same party names the other
            let giving = |k: EventType| {
                matches!(
                    k,
                    EventType::Supply
                        | EventType::Training
                        | EventType::Personnel
                        | EventType::Support
                )
            };
            // (German: not for support, whose words are vaguer: "unterstützt" names help
            // of any kind)
            let cross = if (lang == "en" || trig.kind != EventType::Support) && giving(trig.kind) {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| *i < s.idx && e.kind != trig.kind && giving(e.kind))
                    .find_map(|(_, e)| {
                        if actor_id.is_none() {
                            e.actor
                                .clone()
                                .filter(|_| recipient_id.is_some() && e.recipient == recipient_id)
                        } else {
                            e.recipient.clone().filter(|_| e.actor == actor_id)
                        }
                    })
            } else {
                None
            };
            // "Die Niederlande liefern der Ukraine Jets. Dänemark will Piloten ausbilden":
            // trainees of no named side are those of the latest giving act's receiver
            let trainees = if trig.kind == EventType::Training && actor_id.is_some() {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| *i < s.idx && s.idx - *i <= 2 && giving(e.kind))
                    .find_map(|(_, e)| e.recipient.clone().filter(|r| Some(r) != actor_id.as_ref()))
            } else {
                None
            };
            // "Poland signed a contract with Seoul. 116 tanks will be shipped from South
            // Korea": a delivery by one side of a deal just before goes to its other side
            let deal = if trig.kind == EventType::Supply && actor_id.is_some() {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| {
                        *i < s.idx && s.idx - *i <= 2 && e.kind == EventType::Agreement
                    })
                    .find_map(|(_, e)| {
                        if e.actor == actor_id {
                            e.recipient.clone()
                        } else if e.recipient == actor_id {
                            e.actor.clone()
                        } else {
                            None
                        }
                    })
            } else {
                None
            };
            // "Er traf den ukrainischen Amtskollegen, um über weitere Lieferungen zu
            // sprechen": a German act noun names its one side without case; when that side
            // is the other role of an act of its kind in the two sentences before, the noun
            // goes on with that act's pair
            let swap = if lang == "de" && (trig.noun || nominal) && fill.is_none() && !others {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| {
                        *i < s.idx
                            && s.idx - *i <= 2
                            && e.kind == trig.kind
                            && e.actor.is_some()
                            && e.recipient.is_some()
                    })
                    .map(|(_, e)| e)
                    .find(|e| {
                        (actor_id.is_some() && e.recipient == actor_id)
                            || (recipient_id.is_some() && e.actor == recipient_id)
                    })
                    .map(|e| (e.actor.clone(), e.recipient.clone()))
            } else {
                None
            };
            if let Some((a, r)) = swap {
                actor_id = a;
                recipient_id = r;
            } else if let Some(f) = fill.or(loose).or(cross).or(trainees).or(deal) {
                if actor_id.is_none() {
                    actor_id = Some(f);
                } else {
                    recipient_id = Some(f);
                }
            }
        }
        // "Putin empfing den iranischen Präsidenten. Dabei ging es um die Lieferung iranischer
        // Raketen": a nominal giving act with one side named, in the sentence right after a
        // meeting of that side, has the meeting's other party as its other side
        if lang == "de"
            && (trig.noun || nominal)
            && matches!(
                trig.kind,
                EventType::Supply | EventType::Training | EventType::Personnel | EventType::Support
            )
            && actor_id.is_none() != recipient_id.is_none()
            && !others
            && !unnamed_giver
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let alone = s
                .cands
                .iter()
                .all(|c| c.speaker || Some(&*c.id) == known.as_deref());
            let other = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i + 1 == s.idx)
                .map(|(_, e)| e)
                .find(|e| {
                    e.kind == EventType::Meeting
                        && (e.actor == known || e.recipient == known)
                        && e.actor.is_some()
                        && e.recipient.is_some()
                })
                .and_then(|e| {
                    if e.actor == known {
                        e.recipient.clone()
                    } else {
                        e.actor.clone()
                    }
                });
            if alone && let Some(o) = other {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        if trig.kind == EventType::Sanction
            && let Some(t) = conditional_target(s, tspan, recipient_id.as_deref())
        {
            recipient_id = Some(t);
        }
        if actor_id == recipient_id {
            return Err("actor and recipient are the same party".into());
        }
        // "ordered new bombers from its own defence industry", "kauft Panzer aus eigener
        // Produktion": bought at home, from no other party
        if trig.kind == EventType::Supply
            && actor_id.is_none()
            && domestic_source(clause_words(s, c_start, c_end))
        {
            return Err("procured from the buyer's own industry".into());
        }
        if trig.anaph && !anaphor {
            // "the package, drawn from US stockpiles, includes …": a definite noun whose
            // parties an act of its kind in the two sentences before (or the headline) shares
            let ante = (lang == "en" && definite_np(s, lower, tspan))
                .then(|| {
                    ctx.recent()
                        .rev()
                        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                        .map(|(_, e)| e)
                        .chain(ctx.titles())
                        .find(|e| {
                            e.kind == trig.kind
                                && (e.actor.is_some() && e.actor == actor_id
                                    || e.recipient.is_some() && e.recipient == recipient_id)
                        })
                })
                .flatten();
            match ante {
                Some(e) => ante_status = Some(e.status),
                None => return Err("an anaphor-only trigger without an act before it".into()),
            }
        }
        let unordered_kind = trig.kind.is_unordered();
        if lang == "de"
            && (unordered_kind || trig.frame == Frame::Pair)
            && actor_id.is_none() != recipient_id.is_none()
            && placed.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(o) = mit_partner(s, ctx, tspan, known.as_deref()) {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        // "Estonia signs deal for six HIMARS launchers": the maker of the items a deal is for
        // is its other side where none is named (GUIDELINES)
        if lang == "en"
            && trig.kind == EventType::Agreement
            && actor_id.is_none() != recipient_id.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let maker = deal_items(s, tspan)
                .into_iter()
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk), ..
                    } if Some(&**mk) != known.as_deref() => Some(mk.to_string()),
                    _ => None,
                });
            fill_missing_side(&mut actor_id, &mut recipient_id, maker);
        }
        // "The two Baltic neighbours have been in talks with Diehl", "has visited all three
        // capitals": a description of a group of the parties named just before is the other
        // side, one act with each of them (the first here, the others beside it)
        if lang == "en"
            && (unordered_kind || trig.frame == Frame::Pair)
            && actor_id.is_none() != recipient_id.is_none()
            && placed.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(first) = group_members(s, tspan, ctx, known.as_deref())
                .into_iter()
                .next()
            {
                fill_missing_side(&mut actor_id, &mut recipient_id, Some(first));
            }
        }
        // "Inzwischen werde eine abgewandelte Version in Alabuga in Lizenz gefertigt", "built
        // under licence in Russia": licence production names where it is made (the
        // licensee); the licensor is the maker of a system the sentence names, else the
        // giver of the latest supply within two sentences (what is made is what it gave)
        if trig.kind == EventType::JointProduction
            && actor_id.is_none() != recipient_id.is_none()
            && {
                let w = &lower[tspan.start..tspan.end];
                w.contains("lizenz") || w.contains("licen")
            }
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let licensor = s
                .mentions
                .iter()
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk), ..
                    } if Some(&**mk) != known.as_deref() => Some(mk.to_string()),
                    _ => None,
                })
                .or_else(|| {
                    ctx.recent()
                        .rev()
                        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                        .map(|(_, e)| e)
                        .find(|e| {
                            e.kind == EventType::Supply
                                && e.actor.is_some()
                                && e.actor != known
                                && e.certainty != Certainty::Negated
                        })
                        .and_then(|e| e.actor.clone())
                });
            if let Some(l) = licensor {
                if actor_id.is_some() {
                    recipient_id = actor_id.take();
                }
                actor_id = Some(l);
            }
        }
        // "Russia will deliver S-400 squadrons to India. Three have been received under the
        // contract signed with Moscow": an agreement naming only the side after "with"/"mit"
        // is made by that side's partner in the latest act of the two sentences before (or
        // the headline's)
        if trig.kind == EventType::Agreement
            && actor_id.is_some() != recipient_id.is_some()
            && placed.is_none()
            && let Some(k) = actor_id.as_deref().or(recipient_id.as_deref())
            && s.cands.iter().any(|c| {
                c.marker == Marker::With
                    && *c.id == *k
                    && c.span.start >= c_start
                    && c.span.end <= c_end
            })
        {
            let p = latest_partner(ctx, s.idx, k);
            fill_missing_side(&mut actor_id, &mut recipient_id, p);
        }
        if (unordered_kind || trig.frame == Frame::Pair)
            && (actor_id.is_none() || recipient_id.is_none())
            && placed.is_none()
        {
            return Err("a joint act needs two parties".into());
        }
        // (the trained of a self-training verb stand alone: no trainer is named)
        let trained_alone = recipient_id.is_some() && self_train;
        if !matches!(trig.kind, EventType::Supply)
            && (actor_id.is_none() || recipient_id.is_none())
            && !trained_alone
            && !group_doer
            && placed.is_none()
        {
            return Err("a nominal trigger with one party".into());
        }
        // items of the clause (then of the sentence, for supply; found once the parties are)
        let mut items = items_in(s, c_start, list_end(s, clause, lang), lang);
        // "The aircraft will be equipped with Lockheed Martin radars": what a `with` verb
        // gives follows it; items before it are the thing equipped
        if lang == "en" && trig.frame == Frame::With {
            let from = s
                .cues_of(cue_kind::WITH)
                .find(|(cs, c)| matches!(c, Cue::With) && cs.start >= tspan.end && cs.end <= c_end)
                .map_or(tspan.end, |(cs, _)| cs.end);
            let after = items_in(s, from, list_end(s, clause, lang), lang);
            if !after.is_empty() {
                items = after;
            }
        }
        if items.is_empty() && matches!(trig.kind, EventType::Supply | EventType::JointProduction) {
            items = items_in(s, s.span.start, s.span.end, lang);
        }
        // "Die Ukraine erhält Militärhilfe in Höhe von …": a nominal giving act as the
        // object of a receiving verb in its clause is that verb's act; the clause's subject
        // receives it, it does not give it
        if trig.noun
            && trig.frame == Frame::Give
            && actor_id.is_some()
            && recipient_id.is_none()
            && s.triggers.iter().any(|(ts, t)| {
                t.frame == Frame::Receive
                    && !t.noun
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && *ts != tspan
            })
        {
            return Err("a nominal act that the clause's receiving verb carries".into());
        }
        // "die Ukraine mit Startgeräten unterstützen": support with materiel is supply
        let mut kind = if parts_supply {
            EventType::Supply
        } else {
            trig.kind
        };
        // "hat dem Iran technische Hilfe beim Bau von Satelliten geleistet": the German verb
        // of rendering ("leisten") with a plain noun of help as its object gives support,
        // not materiel ("Militärhilfe geleistet" stays supply: aid is money or materiel)
        if lang == "de"
            && kind == EventType::Supply
            && !trig.noun
            && trig.frame == Frame::Give
            && text_lower(s, tspan).contains("leist")
            && clause_words(s, c_start, c_end)
                .iter()
                .any(|w| matches!(*w, "hilfe" | "unterstützung" | "beistand" | "hilfestellung"))
        {
            kind = EventType::Support;
        }
        // tokens of the trigger's clause, and the money named in it
        let tok_in = |i: usize| {
            s.toks
                .get(i)
                .is_some_and(|t| t.span.start >= c_start && t.span.end <= c_end)
        };
        let money_in_clause = sent_numbers(s)
            .iter()
            .filter(|n| tok_in(n.first))
            .find_map(|n| n.money.as_ref());
        // (not people a transfer goes to or through: "an die ukrainischen Streitkräfte
        // überstellt", "über Zwischenhändler abwickeln")
        let people_word = s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
            matches!(c, Cue::Person)
                && cs.start >= c_start
                && cs.end <= c_end
                && !s.cues.iter().any(|(ms, m)| {
                    matches!(m, Cue::Recipient | Cue::Via)
                        && ms.end <= cs.start
                        && s.lower_text[ms.end..cs.start].split_whitespace().count() <= 2
                })
                // "$500 million in military financing to help Manila modernise its armed
                // forces": money given for forces a party owns sends no people
                && !(sent_numbers(s).iter().any(|n| n.money.is_some())
                    && s.lower_text[c_start.max(s.span.start)..cs.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            matches!(w, "its" | "their" | "ihre" | "ihren" | "ihrer" | "seine")
                        }))
        });
        // "Russian military instructors arrived in Niger", "schickt Soldaten": people
        // sent without materiel are personnel
        let facility = s
            .cues_of(cue_kind::FACILITY)
            .any(|(cs, c)| matches!(c, Cue::Facility) && cs.start >= c_start && cs.end <= c_end);
        // "Kim Jong Un ist zu einem Treffen eingetroffen": a person arriving, not materiel
        if kind == EventType::Supply
            && trig.frame == Frame::Receive
            && !trig.noun
            && items.is_empty()
            && money_in_clause.is_none()
            && s.mentions.iter().any(|m| {
                m.span.start >= c_start
                    && m.span.end <= tspan.start
                    && matches!(&m.kind, MentionKind::Party { entity, .. } if entity.kind == EntityKind::Person)
            })
        {
            // "Kim Jong Un empfängt den russischen Verteidigungsminister": hosting a visitor
            // (the visitor may be named by an adjective alone: "den russischen Minister")
            let visitor = actor_id.clone().or_else(|| {
                s.cands
                    .iter()
                    .find(|c| c.clause == clause && !c.speaker && recipient_id.as_deref() != Some(&*c.id))
                    .map(|c| String::from(&*c.id))
            });
            if trig.host && visitor.is_some() && recipient_id.is_some() {
                actor_id = visitor;
                kind = EventType::Meeting;
            } else {
                return Err("a person arrives or receives, no materiel named".into());
            }
        }
        if kind == EventType::Supply && items.is_empty() && facility && money_in_clause.is_none() {
            // "stellt Russland Flugplätze zur Verfügung": giving what is no materiel is
            // support
            kind = EventType::Support;
        } else if kind == EventType::Supply && items.is_empty() {
            // (not the people of another act after it: "sent advisers to help Russian forces")
            let people = s.cands.iter().find(|c| {
                c.head == Head::People
                    && !c.speaker
                    && c.clause == clause
                    && !matches!(c.marker, Marker::Recipient | Marker::Via)
                    && !s.triggers.iter().any(|(ts, tg)| {
                        !tg.block && ts.start >= tspan.end && ts.end <= c.span.start
                    })
            });
            if let Some(p) = people {
                kind = EventType::Personnel;
                if recipient_id.as_deref() == Some(&*p.id) {
                    recipient_id = actor_id.clone().filter(|a| **a != *p.id);
                }
                actor_id = Some(String::from(&*p.id));
            } else if people_word && actor_id.is_some() && recipient_id.is_some() {
                kind = EventType::Personnel;
            } else if passive
                && actor_id.is_some()
                && recipient_id.is_some()
                && rel_antecedent(s, trig, clause, tspan).is_some_and(|c| c.head == Head::People)
            {
                // "North Korean officers, who were sent to Russia last month": people sent
                // in a relative clause on them
                kind = EventType::Personnel;
            }
        }
        // "einige iranische Mitarbeiter halten sich in der Ukraine auf, um russische
        // Angriffe zu unterstützen": people of a state who are in a place in order to help
        // (the help in the clause after theirs) are personnel sent to the one helped
        if kind == EventType::Support
            && items.is_empty()
            && let Some(p) = s.cands.iter().find(|c| {
                c.head == Head::People
                    && !c.speaker
                    && c.clause < clause
                    && c.clause + 2 >= clause
                    && s.cands.iter().any(|l| {
                        l.marker == Marker::Loc && l.clause == c.clause && l.span.start > c.span.end
                    })
            })
        {
            let other = [recipient_id.clone(), actor_id.clone()]
                .into_iter()
                .flatten()
                .find(|o| **o != *p.id);
            if other.is_some() {
                kind = EventType::Personnel;
                actor_id = Some(p.id.to_string());
                recipient_id = other;
            }
        }
        if people_on {
            kind = EventType::Personnel;
        }
        // "hat in Belarus Atomwaffen stationiert": stationing materiel, not people, is
        // a supply
        if kind == EventType::Personnel
            && !trig.noun
            && !nominal
            && !items.is_empty()
            && !s
                .cands
                .iter()
                .any(|c| c.head == Head::People && c.clause == clause)
            && !people_word
        {
            kind = EventType::Supply;
        }

        if kind == EventType::Support
            && trig.frame == Frame::Support
            && s.cues_of(cue_kind::WITH).any(|(cs, c)| {
                matches!(c, Cue::With)
                    && cs.start >= c_start
                    && cs.end <= c_end
                    && s.mentions.iter().any(|m| {
                        matches!(m.kind, MentionKind::Item { .. })
                            && m.span.start >= cs.end
                            && token_gap(&s.toks, cs.end, m.span.start) <= 3
                            // "assisting Russia with missile technology": help with
                            // technology (a `plain` item, or an item word on one) after
                            // the trigger is support; GUIDELINES: technology transfer is
                            // support ("provided X with technology to help" is a supply)
                            && (cs.end <= tspan.start
                                || !(plain_item(s, m.span)
                                    || s.mentions.iter().any(|n| {
                                        n.span.start >= m.span.end
                                            && token_gap(&s.toks, m.span.end, n.span.start)
                                                == 0
                                            && plain_item(s, n.span)
                                    })))
                    })
            })
        {
            kind = EventType::Supply;
        }
        // "is financing more IRIS-T launchers for Kyiv", "funded 155mm shells for Ukraine":
        // paying for named materiel is supply (GUIDELINES: materiel or money for it)
        if kind == EventType::Support
            && trig.frame == Frame::Support
            && !trig.noun
            && {
                let w = &lower[tspan.start..tspan.end];
                (lang == "en" && (w.starts_with("financ") || w.starts_with("fund")))
                    || (lang == "de" && w.starts_with("finanz"))
            }
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.end <= c_end
                    && if lang == "de" {
                        // (German: the verb closes its clause, "hat … Skynex-Systeme
                        // finanziert")
                        m.span.start >= c_start
                    } else {
                        m.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, m.span.start) <= 3
                    }
            })
        {
            kind = EventType::Supply;
        }
        // "… IRIS-T-Feuereinheiten geliefert, finanziert aus dem Bundeshaushalt": a
        // participle of paying after a supply act in its sentence tells how that act was
        // paid, it is no act of its own
        if kind == EventType::Support
            && lang == "de"
            && trig.frame == Frame::Support
            && lower[tspan.start..tspan.end].starts_with("finanz")
            && s.triggers.iter().any(|(ts, tg)| {
                tg.kind == EventType::Supply
                    && !tg.block
                    && ts.end <= c_start
                    && ts.start >= s.span.start
            })
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.end <= c_start
                    && m.span.start >= s.span.start
            })
        {
            return Err("paying for a supply act just named in the sentence".into());
        }
        // "Chinese specialists have visited the plant": people of expertise who visit a
        // party's site are personnel sent there; a meeting is of officials or states
        if kind == EventType::Meeting && !trig.noun && expert_subject(s, tspan, tw) {
            kind = EventType::Personnel;
        }
        // "designed and produced in China in collaboration with Russian firms": cooperation
        // in making something is joint production
        // (the words of making before it; "designed and produced": a past act)
        let made = if kind == EventType::Support && trig.frame == Frame::Pair && lang == "en" {
            clause_words(s, s.clauses[clause.saturating_sub(1)], tspan.start)
                .iter()
                .copied()
                .filter(|w| tw.is(w, Tense::Produce))
                .collect::<Vec<_>>()
        } else if kind == EventType::Support && trig.frame == Frame::Pair && lang == "de" {
            // "wollen bei der Herstellung von Drohnen zusammenarbeiten", "Kooperation bei
            // der Produktion von Munition": a noun of making in the clause, before or after
            clause_words(s, c_start, c_end)
                .iter()
                .copied()
                .filter(|w| tw.is(w, Tense::Produce))
                .collect::<Vec<_>>()
        } else {
            vec![]
        };
        if !made.is_empty() {
            kind = EventType::JointProduction;
        }
        let warned = warned_against(s, lower, tspan, tw);
        let mut status = if warned || demanded {
            Status::Planned
        } else if made.iter().any(|w| w.ends_with("ed")) {
            Status::Completed
        } else {
            status_of(text, s, tspan, trig, nominal, c_start, c_end, lower, tw)
        };
        // "The package includes ammunition": telling what an act named before contains
        // keeps that act's status
        if let Some(st) = ante_status
            && clause_words(s, tspan.end, s.span.end)
                .iter()
                .take(8)
                .any(|w| {
                    matches!(
                        *w,
                        "includes" | "include" | "included" | "contains" | "comprises" | "consists"
                    )
                })
        {
            status = st;
        }
        let mut certainty = match certainty_of(s, tspan, trig, c_start, c_end, lower) {
            Certainty::Asserted if warned => Certainty::Possible,
            c => c,
        };
        // a verb of banning in the clause of a giving act: "Die EU verbietet die Ausfuhr
        // von Drohnenteilen nach Russland", "Washington banned the export of chips to
        // China" is a sanction of the banning party (the subject, named before the act)
        // against the destination; an act with a doer of its own after it ("die Weitergabe
        // durch Deutschland an die Ukraine hat Bern untersagt") is denied, not a sanction.
        // Lifting a ban ("lifted the export ban", "lockert das Ausfuhrverbot") is no new one.
        if let Some((lift, ban)) = ban_in_clause(s, tspan, c_start, c_end) {
            if lift && matches!(kind, EventType::Sanction | EventType::Supply) {
                return Err("a ban lifted or eased is no sanction".into());
            }
            if !lift && kind == EventType::Supply && trig.frame == Frame::Give {
                let subject_before = actor_id.as_deref().is_some_and(|a| {
                    s.cands
                        .iter()
                        .any(|c| &*c.id == a && c.span.end <= tspan.start && !c.speaker)
                });
                if subject_before {
                    kind = EventType::Sanction;
                    // the tense is the banning verb's ("banned", "hat … untersagt")
                    let w = &lower[ban.start..ban.end];
                    let verb = Trigger {
                        noun: false,
                        past: w.ends_with("ed")
                            || (lang == "de"
                                && (w.ends_with('t') || w.ends_with("ten") || w == "verbot")
                                && !matches!(w, "verbietet" | "untersagt" | "beschränkt")),
                        ..trig.clone()
                    };
                    // (the ban's own clause: "das Verbot, … auszuführen" stands in the one before)
                    let bc = s.clause_of(ban.start);
                    let (b_start, b_end) = (s.clauses[bc], s.clause_end(bc));
                    status = status_of(text, s, ban, &verb, false, b_start, b_end, lower, tw);
                } else {
                    certainty = Certainty::Negated;
                }
            }
        }
        // the article pass has resolved "sagte er" and "das Ministerium" already
        let attribution: Vec<String> =
            if own_announcement(s, tspan, trig, attribution) || narrated_occasion(s, tspan, trig) {
                vec![]
            } else {
                attribution.to_vec()
            };
        // quantity and value: the first count in the clause, money in the clause
        let quantity = sent_numbers(s)
            .iter()
            .filter(|n| n.money.is_none() && tok_in(n.first))
            .find(|n| counts_something(s, n, kind))
            .or_else(|| {
                sent_numbers(s)
                    .iter()
                    .filter(|n| n.money.is_none())
                    .find(|n| counts_something(s, n, kind))
            })
            .map(|n| n.range);

        // money outside the clause: the sentence's only sum, as the worth of something
        // ("The deal, worth more than $200 million, also covers …", "…, valued at $6.5 billion")
        let value = if s.per_unit {
            None
        } else {
            money_in_clause.cloned().or_else(|| {
                let mut sums = sent_numbers(s).iter().filter(|n| n.money.is_some());
                match (sums.next(), sums.next()) {
                    (Some(n), None)
                        if kind != EventType::Sanction
                            && after_value_word(s.lower_text, &s.toks, n.first) =>
                    {
                        n.money.clone()
                    }
                    _ => None,
                }
            })
        };
        let dates_act = |t: &&TimeExpr| act_time(s, lower, t, nominal, tw);
        let time = sent_times(s)
            .iter()
            .filter(dates_act)
            .find(|t| tok_in(t.first))
            .or_else(|| sent_times(s).iter().find(dates_act))
            .map(|t| TimeRange {
                start: Some(t.start.clone()),
                end: None,
            });
        // the present tense of an act dated after publication is a plan
        // ("liefert im Herbst", "takes part next month")
        let mut status = match (status, &time, &ctx.published) {
            (Status::Ongoing, Some(TimeRange { start: Some(t), .. }), Some(p))
                if p.get(..t.len()).is_some_and(|pp| t.as_str() > pp) =>
            {
                Status::Planned
            }
            // a chronology's line dated before publication tells a past act in the
            // historical present ("Juni 2022: Die ersten Haubitzen treffen ein")
            (Status::Ongoing, Some(TimeRange { start: Some(t), .. }), Some(p))
                if p.get(..t.len()).is_some_and(|pp| t.as_str() < pp)
                    && dated_line(s.text, s.span) =>
            {
                Status::Completed
            }
            (st, _, _) => st,
        };
        let span = evidence.iter().fold(tspan, |a, b| a.cover(b));
        let span = Span::new(span.start.max(s.span.start), span.end.min(s.span.end));
        let confidence = match in_sentence {
            2 => 0.9,
            1 => 0.7,
            _ => 0.5,
        } * match certainty {
            Certainty::Asserted | Certainty::Negated => 1.0,
            _ => 0.9,
        };
        let mut unordered = trig.kind == EventType::Support && trig.frame == Frame::Pair;
        // "a treaty which obliges both to provide military aid to one another if attacked":
        // help given to each other is mutual support, agreed where the sentence names a pact;
        // the items named elsewhere in the sentence are not given
        if matches!(kind, EventType::Supply | EventType::Support)
            && matches!(trig.frame, Frame::Give | Frame::Support | Frame::With)
            && reciprocal_after(s, tspan, c_end, tw)
        {
            kind = EventType::Support;
            unordered = true;
            items.clear();
            // "Russia and Belarus … to one another": the other party of the pair named before
            if recipient_id.is_none()
                && let Some(c) = s.cands.iter().find(|c| {
                    !c.speaker
                        && c.head != Head::Item
                        && c.span.end <= tspan.start
                        && actor_id.as_deref() != Some(&*c.id)
                })
            {
                recipient_id = Some(c.id.to_string());
            }
            if s.triggers
                .iter()
                .any(|(_, t)| t.kind == EventType::Agreement && !t.block)
            {
                status = Status::Agreed;
            }
        }
        Ok(Event {
            kind,
            actor: actor_id,
            recipient: recipient_id,
            // meetings and sanctions carry no items; drills do ("naval drills")
            items: if matches!(kind, EventType::Meeting | EventType::Sanction) {
                vec![]
            } else {
                items
            },
            status,
            certainty,
            attribution,
            time,
            quantity,
            value,
            evidence: text[span.start..span.end].to_string(),
            unordered,
            span,
            sentence: s.idx,
            rule: trig.id.clone(),
            confidence,
        })
    }
}
