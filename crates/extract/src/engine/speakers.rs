//! Who says what: the speakers and attribution of a sentence.

use super::*;

impl Engine {
    /// Finds the speakers of reporting verbs and source markers; marks their
    /// mentions as speakers (not parties) and fills the sentence attribution.
    pub(super) fn speakers(&self, text: &str, s: &mut Sent, english: bool) {
        let mut attribution: Vec<String> = Vec::new();
        let mut speaker_spans: Vec<Span> = Vec::new();
        let reports: Vec<(Span, Cue, bool)> = s
            .cues_of(
                cue_kind::REPORT
                    | cue_kind::SOURCE_NEXT
                    | cue_kind::SOURCE_PREV
                    | cue_kind::CITE
                    | cue_kind::HEDGE,
            )
            .filter_map(|(sp, c)| match c {
                Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite => {
                    Some((*sp, (*c).clone(), true))
                }
                // "The Netherlands has not yet confirmed the delivery": who does not confirm
                // is a source of the unconfirmed claim (not a passive "has not been confirmed")
                Cue::Hedge(Certainty::Unconfirmed) if english => {
                    let w = &s.lower_text[sp.start..sp.end];
                    ((w.contains("confirm") || w.contains("verif"))
                        && w.contains("not")
                        && !w.contains("been")
                        && !w.starts_with("un"))
                    .then_some((*sp, Cue::Report(true), false))
                }
                _ => None,
            })
            .collect();
        // `marks`: the speaker's mention is no party of the act (false where the one who
        // does not confirm is also the one said to act)
        for (rs, cue, marks) in reports {
            // "Die Niederlande sagen Kiew Jets zu": a separable verb whose particle closes
            // the clause is the act, not a report
            let separable = s.triggers.iter().any(|(ts, tg)| {
                *ts == rs
                    && tg.particle.as_ref().is_some_and(|p| {
                        let end = s.clause_end(s.clause_of(rs.start));
                        s.toks
                            .iter()
                            .rev()
                            .find(|t| t.span.end <= end)
                            .is_some_and(|t| s.lower_of(t) == *p)
                            || particle_before_value(s, s.lower_text, rs, end, p)
                    })
            });
            if separable || (english && adds_to(s, rs)) {
                continue;
            }
            // "The company was added to the sanctions list", "sanctions on North Korean
            // dealers were announced": a passive reporting verb has no speaker before it
            // (but "was quoted as saying", "was cited by")
            if english
                && matches!(cue, Cue::Report(_))
                && let Some(i) = tok_index(s, rs)
                && i > 0
                && matches!(
                    sent_words(s)[i - 1],
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                )
                && !sent_words(s)[i].starts_with("quot")
                && !sent_words(s)[i].starts_with("cit")
            {
                continue;
            }
            // "firms accused of supplying": a passive participle right before "of" names
            // the accused, no accuser who speaks
            if english
                && s.lower_text[rs.start..rs.end].starts_with("accused")
                && s.lower_text[rs.end..].trim_start().starts_with("of ")
            {
                continue;
            }
            // German "so" reports only after a comma (", so Kirby"), not in "so bestrebt"
            if s.lower_text[rs.start..rs.end] == *"so"
                && !text[..rs.start].trim_end().ends_with(',')
            {
                continue;
            }

            let after: Vec<&Mention> = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= rs.end && !matches!(m.kind, MentionKind::Item { .. }))
                .filter(|m| {
                    token_gap(&s.toks, rs.end, m.span.start) <= 3
                        || (english
                            && matches!(cue, Cue::SourceNext | Cue::Cite)
                            && source_np(&s.lower_text[rs.end..m.span.start]))
                })
                .collect();
            // "sagte, dass Russland…": after a comma or a clause word comes the content, not the speaker
            let after_blocked = after.first().is_none_or(|m| {
                text[rs.end..m.span.start].contains([',', ';', ':', '.', '„', '“', '"'])
                    || s.cues_of(cue_kind::CLAUSE).any(|(cs, c)| {
                        matches!(c, Cue::Clause) && cs.start >= rs.end && cs.end <= m.span.start
                    })
            });
            // English puts the speaker after the verb only at the end of a clause
            // ("…, said Kirby." but not "said Tehran had not provided")
            let after_blocked = after_blocked
                || (english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        let rest = text[m.span.end..s.span.end].trim_start();
                        let next_word = rest.split_whitespace().next().unwrap_or("");
                        let clause_end = rest.is_empty()
                            || rest.starts_with(|c: char| ".,;:!?\"“”'’)".contains(c))
                            || matches!(
                                next_word,
                                "on" | "in" | "at" | "to" | "of" | "and" | "who" | "told"
                            );
                        !(clause_end || matches!(m.kind, MentionKind::Role { .. }))
                    }));
            // "The ministry said Russian and Chinese warships had completed a patrol": party
            // adjectives right after the verb open the content clause; they name a speaker only
            // on a source noun or a role ("said Russian officials", "said the Iranian minister")
            let after_blocked = after_blocked
                || (english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        is_party_adjective(m) && {
                            // the noun after the adjectives ("Russian and Chinese warships")
                            let mut end = m.span.end;
                            for x in after.iter().skip(1) {
                                let gap = s.lower_text[end..x.span.start].trim();
                                if matches!(gap, "" | "and" | "," | "or") {
                                    end = x.span.end;
                                } else {
                                    break;
                                }
                            }
                            let noun = s.toks.iter().find(|t| t.span.start >= end);
                            !noun.is_some_and(|t| {
                                s.cues_of(cue_kind::SOURCE)
                                    .any(|(cs, c)| matches!(c, Cue::Source) && cs.overlaps(&t.span))
                                    || s.mentions.iter().any(|x| {
                                        matches!(x.kind, MentionKind::Role { .. })
                                            && x.span.overlaps(&t.span)
                                    })
                            })
                        }
                    }));
            // German inversion puts a noun after the verb ("bestätigte das Ministerium"); an
            // adjective there qualifies the object ("bestätigte den Erhalt iranischer Raketen")
            let after_blocked = after_blocked
                || (!english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        is_party_adjective(m)
                            && s.toks.iter().any(|t| {
                                // a noun between: "bestätigte den Erhalt iranischer", not
                                // "berichtet eine ukrainische Militärquelle"
                                t.span.start >= rs.end
                                    && t.span.end <= m.span.start
                                    && text[t.span.start..].starts_with(char::is_uppercase)
                            })
                            && !after.get(1).is_some_and(|r| {
                                // "sagte ein russischer Sprecher", "meldete die belarussische
                                // Staatsagentur Belta": the adjective qualifies the speaker
                                r.span.start < m.span.end
                                    || token_gap(&s.toks, m.span.end, r.span.start) <= 1
                            })
                    }));
            let after: Vec<&Mention> =
                if after_blocked && !matches!(cue, Cue::SourceNext | Cue::Cite) {
                    vec![]
                } else {
                    after
                };
            let before: Vec<&Mention> = s
                .mentions
                .iter()
                .filter(|m| m.span.end <= rs.start && !matches!(m.kind, MentionKind::Item { .. }))
                .filter(|m| token_gap(&s.toks, m.span.end, rs.start) <= 4)
                .collect();
            // the subject right before the verb: nothing but a role phrase in between
            let before: Vec<&Mention> = match before.last() {
                Some(m) => {
                    let gap = &text[m.span.end..rs.start];
                    let role_between = s.mentions.iter().any(|x| {
                        matches!(x.kind, MentionKind::Role { .. })
                            && x.span.start >= m.span.end
                            && x.span.end <= rs.start
                    });
                    let clause_between = s.cues_of(cue_kind::CLAUSE).any(|(cs, c)| {
                        matches!(c, Cue::Clause) && cs.start >= m.span.end && cs.end <= rs.start
                    });
                    if (gap.contains([',', ';', ':', '.', '„', '“', '"', '»', '«'])
                        && !role_between)
                        || clause_between
                    {
                        vec![]
                    } else {
                        before
                    }
                }
                None => before,
            };
            let pron_after = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_))
                    && cs.start >= rs.end
                    && token_gap(&s.toks, rs.end, cs.start) <= 1
            });
            let pron_before = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_))
                    && cs.end <= rs.start
                    && token_gap(&s.toks, cs.end, rs.start) <= 1
            });
            // "Vucic, who has denied …", "Vucic, der … bestritten hat": a relative pronoun
            // opening the verb's clause stands for the party named right before the comma
            let clause_start = s.clauses[s.clause_of(rs.start)];
            let rel_subject: Option<&Mention> = relpron_opening(s, clause_start)
                .filter(|rp| rp.end <= rs.start)
                .and_then(|_| {
                    text[..clause_start]
                        .trim_end()
                        .ends_with(',')
                        .then_some(())?;
                    // "North Korea, which has denied the reports, sent troops to Russia": a
                    // relative clause closed before the main verb of an act speaks of its
                    // antecedent, who is the main clause's subject, not the sentence's source
                    (!relative_then_act(s, text, rs.end)).then_some(())?;
                    s.mentions
                        .iter()
                        .rfind(|m| m.span.end <= clause_start)
                        .filter(|m| {
                            !matches!(m.kind, MentionKind::Item { .. })
                                && text[m.span.end..clause_start].trim() == ","
                        })
                });
            let before: Vec<&Mention> = match rel_subject {
                Some(m) if before.is_empty() && !matches!(cue, Cue::SourcePrev) => vec![m],
                _ => before,
            };
            // "Kirby, the White House spokesman, said": the name before the appositive
            let appos = if english && before.is_empty() && matches!(cue, Cue::Report(_)) {
                appositive_speaker(text, s, rs)
            } else {
                None
            };
            // "it was announced that": an impersonal passive has no speaker
            let pron_before = pron_before && !(english && impersonal_it(s, rs));
            // "Iran says it has …": the pronoun opens the reported clause; only a pronoun
            // closing the clause is the speaker ("…, said he")
            let pron_after = pron_after && !(english && pron_opens_clause(text, s, rs));
            let group: Vec<&Mention> = match cue {
                Cue::SourcePrev => before.iter().rev().take(2).rev().copied().collect(),
                // "Nach Einschätzung von Experten könnte Russland …": a verb between the
                // marker and the next party ends the source's phrase before that party
                Cue::SourceNext | Cue::Cite
                    if after.first().is_some_and(|m| {
                        s.triggers
                            .iter()
                            .any(|(ts, _)| ts.start >= rs.end && ts.end <= m.span.start)
                            || s.cues.iter().any(|(cs, c)| {
                                cs.start >= rs.end
                                    && cs.end <= m.span.start
                                    && matches!(
                                        c,
                                        Cue::Status(_) | Cue::Hedge(_) | Cue::Neg | Cue::Report(_)
                                    )
                            })
                    }) =>
                {
                    vec![]
                }
                Cue::SourceNext | Cue::Cite => cut_at_trigger(s, group_after(text, s, &after)),
                _ => {
                    let before_only = matches!(cue, Cue::Report(true));
                    if !before_only
                        && !after.is_empty()
                        && token_gap(&s.toks, rs.end, after[0].span.start) <= 2
                    {
                        cut_at_trigger(s, group_after(text, s, &after))
                    } else if pron_before || (pron_after && !before_only) {
                        vec![]
                    } else if let Some(g) = appos {
                        g
                    } else if !before.is_empty() {
                        // the subject group right before the verb
                        let mut g: Vec<&Mention> = vec![before[before.len() - 1]];
                        // English lists of speakers ("the US, UK and France said"): commas
                        // join once an "and" has joined the last two
                        let mut listed = false;
                        for m in before.iter().rev().skip(1) {
                            let gap = &text[m.span.end..g[g.len() - 1].span.start];
                            let words = s.lower_text[m.span.end..g[g.len() - 1].span.start]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                                .to_string();
                            let conj = english
                                && !gap.contains([';', ':', '.', '(', ')'])
                                && matches!(
                                    words.as_str(),
                                    "and" | "and the" | "or" | "" | "the" | "as well as"
                                )
                                && (words.starts_with("and")
                                    || words.starts_with("or")
                                    || words.starts_with("as well")
                                    || listed)
                                // "… worth billions to Russia, and Western officials say": a
                                // role after a comma and "and" opens a clause of its own
                                && !(gap.contains(',')
                                    && matches!(g[g.len() - 1].kind, MentionKind::Role { .. }));
                            if conj {
                                listed = true;
                                g.push(m);
                                continue;
                            }
                            if gap.contains([',', ';', ':', '.', '(', ')'])
                                || token_gap(&s.toks, m.span.end, g[g.len() - 1].span.start) > 1
                            {
                                break;
                            }
                            g.push(m);
                        }
                        // "US Secretary of State Antony Blinken said": the state before a
                        // title goes with it, however long the name after the title
                        while english
                            && let Some(last) = g.last()
                            && matches!(last.kind, MentionKind::Role { .. })
                            && let Some(m) = s.mentions.iter().rfind(|m| {
                                m.span.end <= last.span.start
                                    && !matches!(m.kind, MentionKind::Item { .. })
                            })
                            && token_gap(&s.toks, m.span.end, last.span.start) == 0
                            && !text[m.span.end..last.span.start]
                                .contains([',', ';', ':', '.', '(', ')'])
                            && !g.iter().any(|x| x.span == m.span)
                        {
                            g.push(m);
                        }
                        g.reverse();
                        g
                    } else {
                        after.iter().take(3).copied().collect()
                    }
                }
            };
            // "wie das Ministerium mitteilte": the body of the last named speaker
            let desc = s.cues_of(cue_kind::SPEAKER_DESC).any(|(cs, c)| {
                matches!(c, Cue::SpeakerDesc)
                    && ((cs.end <= rs.start && token_gap(&s.toks, cs.end, rs.start) <= 1)
                        || (cs.start >= rs.end
                            && !matches!(cue, Cue::Report(true))
                            && token_gap(&s.toks, rs.end, cs.start) <= 1))
            });
            if group.is_empty() && desc {
                attribution.push("@lastbody".into());
                continue;
            }
            // "…, the allies said": a plural description of the sentence's own parties
            if english && group.is_empty() && matches!(cue, Cue::Report(_)) {
                let collective = collective_speaker(s, rs);
                if !collective.is_empty() {
                    push_unique(&mut attribution, collective);
                    continue;
                }
                // "…, state media reported": the state whose leader or capital the sentence names
                if let Some(st) = state_media_of(s, rs) {
                    push_unique(&mut attribution, [st]);
                    continue;
                }
            }
            if group.is_empty() && (pron_after || pron_before) {
                // "sagte er": the last named speaker, filled in by the article pass
                attribution.push("@last".into());
                continue;
            }
            let mut ids = Vec::new();
            for m in &group {
                match &m.kind {
                    MentionKind::Party { entity, .. } => {
                        if matches!(cue, Cue::Cite) {
                            // the cited body's state (and the body itself)
                            push_unique(&mut ids, speaker_ids(entity));
                        } else {
                            push_unique(&mut ids, speaker_ids(entity));
                        }
                        if marks {
                            speaker_spans.push(m.span);
                        }
                    }
                    MentionKind::Role { .. } if marks => speaker_spans.push(m.span),
                    MentionKind::Role { .. } => {}
                    MentionKind::Item { .. } => {}
                }
            }
            // people first, then bodies, then states
            ids.sort_by_key(|i| {
                if i.starts_with("person:") {
                    0
                } else if i.starts_with("org:") {
                    1
                } else {
                    2
                }
            });
            push_unique(&mut attribution, ids);
        }
        // "Ukraine receives 6 F-16 fighters from Netherlands – The Times": an outlet after a
        // closing dash is the source of the line
        if english && let Some(m) = s.mentions.last() {
            let tail = s.lower_text[m.span.end..s.span.end].trim();
            // (the "the"s at the end stripped one by one: `trim_end_matches` with a word
            // builds a searcher on every call)
            let mut dash = s.lower_text[s.span.start..m.span.start].trim_end();
            while let Some(d) = dash.strip_suffix("the") {
                dash = d;
            }
            let dash = dash.trim_end();
            if let MentionKind::Party { entity, .. } = &m.kind
                && matches!(
                    entity.kind,
                    EntityKind::Media | EntityKind::StateMedia | EntityKind::ThinkTank
                )
                && tail.chars().all(|c| ".)".contains(c))
                && (dash.ends_with(" –") || dash.ends_with(" -") || dash.ends_with(" —"))
            {
                speaker_spans.push(m.span);
                push_unique(&mut attribution, speaker_ids(entity));
            }
        }
        // "nach ukrainischen Angaben", "britische Geheimdienste", "U.S. officials": an
        // unnamed source gives its state
        for m in &s.mentions {
            let MentionKind::Party {
                entity,
                form: PartyKind::Adjective | PartyKind::Genitive,
            } = &m.kind
            else {
                continue;
            };

            let next = s.toks.iter().filter(|t| t.span.start >= m.span.end).take(2);
            let compound_src = s.cues_of(cue_kind::SOURCE).any(|(cs, c)| {
                matches!(c, Cue::Source) && cs.start >= m.span.end && cs.start <= m.span.end + 1
            });
            let src = compound_src
                || next.clone().any(|t| {
                    s.cues_of(cue_kind::SOURCE)
                        .any(|(cs, c)| matches!(c, Cue::Source) && cs.overlaps(&t.span))
                });
            // "er sagte, dass sich russische und iranische Behörden in der Endphase eines
            // Abkommens befinden": a source noun that is the subject of a "dass"/"that"
            // clause holding an act (after it) and no reporting word is a party of that act
            let ci = s.clause_of(m.span.start);
            let (c0, c1) = (s.clauses[ci], s.clause_end(ci));
            let clause_subject = ci > 0
                && s.cues_of(cue_kind::CLAUSE)
                    .any(|(cs, c)| matches!(c, Cue::Clause) && cs.start == c0)
                && s.triggers
                    .iter()
                    .any(|(ts, _)| ts.start >= m.span.end && ts.end <= c1)
                && !s.cues_in(c0, c1).any(|(_, c)| {
                    matches!(
                        c,
                        Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite
                    )
                });
            // "Belarussische Behörden liefern Russland Munition": a source noun right before
            // the verb of an act, in a clause with no reporting word, is the act's subject
            let verb_subject = s.lang == "de"
                && !clause_subject
                && s.cues
                    .iter()
                    .find(|(cs, c)| {
                        matches!(c, Cue::Source)
                            && cs.start >= m.span.end
                            && token_gap(&s.toks, m.span.end, cs.start) <= 1
                    })
                    .is_some_and(|(cs, _)| {
                        s.triggers.iter().any(|(ts, tg)| {
                            !tg.noun
                                && ts.start >= cs.end
                                && token_gap(&s.toks, cs.end, ts.start) == 0
                                && s.text[ts.start..].starts_with(char::is_lowercase)
                        })
                    })
                && !s.cues_in(c0, c1).any(|(_, c)| {
                    matches!(
                        c,
                        Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite
                    )
                });
            if src && !clause_subject && !verb_subject {
                speaker_spans.push(m.span);
                push_unique(&mut attribution, [entity.party_id().to_string()]);
            }
        }
        speaker_spans.extend(affiliation_places(text, s));
        for c in s.cands.iter_mut() {
            if speaker_spans.iter().any(|sp| sp.overlaps(&c.span)) {
                c.speaker = true;
            }
        }
        s.attribution = attribution;
    }
}
