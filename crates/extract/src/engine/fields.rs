//! Times, numbers and items of a sentence, counts, passives.

use super::*;

/// "… visited since the second quarter of last year. During this period, the plant received
/// …": a sentence with a phrase that refers back to the time before it ("during this
/// period") and no time of its own takes the first time of the sentence before, placed at
/// that phrase.
pub(super) fn period_times(sents: &mut [Sent]) {
    for i in 1..sents.len() {
        let (before, rest) = sents.split_at_mut(i);
        let (prev, cur) = (&before[i - 1], &mut rest[0]);
        // (the times are made here only where the phrase is)
        if cur.triggers.is_empty() {
            continue;
        }
        let Some(at) = cur
            .cues
            .iter()
            .find(|(_, c)| matches!(c, Cue::TimeRef))
            .map(|(cs, _)| cur.toks.partition_point(|t| t.span.start < cs.start))
        else {
            continue;
        };
        if !sent_times(cur).is_empty() {
            continue;
        }
        if let Some(start) = sent_times(prev)
            .iter()
            .find(|t| !after_report(prev, t.first))
            .map(|t| t.start.clone())
            && let Some(times) = cur.times.get_mut()
        {
            times.push(TimeExpr {
                first: at,
                last: at,
                start,
            });
        }
    }
}

/// The numbers of the sentence, made on first ask (none in a sentence without triggers:
/// they serve only the events of its own triggers).
pub(super) fn sent_numbers<'a>(s: &'a Sent) -> &'a [NumberExpr] {
    s.numbers.get_or_init(|| {
        if s.triggers.is_empty() {
            vec![]
        } else {
            find_numbers(s.text, s.lower_text, &s.toks, s.lang)
        }
    })
}

/// The time expressions of the sentence against the publication date, made on first ask
/// (none in a sentence without triggers, nor without a date).
pub(super) fn sent_times<'a>(s: &'a Sent) -> &'a [TimeExpr] {
    s.times.get_or_init(|| match s.published {
        Some(p) if !s.triggers.is_empty() => {
            find_times_on(s.lower_text, &s.toks, p, s.published_day)
        }
        _ => vec![],
    })
}

/// English: "its engine had been made in China and sold to a Russian firm": the place
/// after a word of making and "in", before a giving act, is the giver (GUIDELINES: the
/// maker state names the supplier), over a party of an earlier clause.
pub(super) fn english_maker(
    s: &Sent,
    trig: &Trigger,
    tspan: Span,
    clause: usize,
    tw: &TenseWords,
    actor: &mut Option<Cand>,
    recipient: &Option<Cand>,
) {
    let lower = s.lower_text;
    if trig.frame == Frame::Give
        && let Some(maker) = s.cands.iter().rfind(|c| {
            !c.speaker && c.span.end <= tspan.start && c.clause + 1 >= clause && {
                let mut back = lower[s.span.start..c.span.start].split_whitespace().rev();
                back.next() == Some("in") && back.next().is_some_and(|w| tw.is(w, Tense::Maker))
            }
        })
        && actor
            .as_ref()
            .is_none_or(|a| a.span.end <= maker.span.start)
        && recipient.as_ref().is_none_or(|r| r.id != maker.id)
    {
        *actor = Some(maker.clone());
    }
}

/// The relative pronoun that opens the trigger's clause ("…, die Russland … beliefern",
/// "companies that supply Russia"), where one stands before the trigger.
pub(super) fn opening_rel_pron(s: &Sent, c_start: usize, tspan: Span) -> Option<Span> {
    s.cues_of(cue_kind::REL_PRON)
        .find(|(cs, c)| {
            matches!(c, Cue::RelPron)
                && cs.start >= c_start
                && cs.end <= tspan.start
                && token_gap(&s.toks, c_start, cs.start) == 0
        })
        .map(|(cs, _)| *cs)
}

/// The first party after the trigger in its clause, not a speaker, that `also` accepts.
pub(super) fn cand_after(
    s: &Sent,
    tspan: Span,
    clause: usize,
    also: impl Fn(&Cand) -> bool,
) -> Option<Cand> {
    s.cands
        .iter()
        .find(|c| c.span.start >= tspan.end && c.clause == clause && !c.speaker && also(c))
        .cloned()
}

/// English: the party that is the subject of a passive giving verb followed by the thing
/// given ("Ukraine was given Patriot systems", "has been promised 60 F-16s"), not by "to".
pub(super) fn passive_receiver(s: &Sent, tspan: Span, clause: usize) -> Option<Cand> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    let next = *w.get(i + 1)?;
    if matches!(
        next,
        "to" | "for"
            | "by"
            | "with"
            | "into"
            | "in"
            | "on"
            | "at"
            | "via"
            | "from"
            | "through"
            | "over"
            | "across"
            | "as"
            | "and"
            | "or"
            | "under"
            | "since"
            | "last"
            | "this"
    ) {
        return None;
    }
    // the thing given within the next four words
    let t_end = s.toks[i].span.end;
    let limit = s.toks.get(i + 5).map_or(s.span.end, |t| t.span.start);
    let item = s.mentions.iter().any(|m| {
        matches!(m.kind, MentionKind::Item { .. }) && m.span.start >= t_end && m.span.start < limit
    });
    if !item {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| {
            c.span.end <= tspan.start
                && c.clause == clause
                && c.marker == Marker::None
                && !c.speaker
                && matches!(c.head, Head::Noun | Head::Other)
        })
        .cloned()
}

/// English: the end of a word of criticism ("condemned", "denounced"; `tense critic`)
/// standing before the trigger in its clause, with at most four words between them
/// ("condemned the joint drills", "criticised the planned exercises").
pub(super) fn critic_before(
    s: &Sent,
    tspan: Span,
    c_start: usize,
    tw: &TenseWords,
) -> Option<usize> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    (i.saturating_sub(5)..i)
        .rev()
        .find(|&k| s.toks[k].span.start >= c_start && tw.is(w[k], Tense::Critic))
        .map(|k| s.toks[k].span.end)
}

/// English: "have warned Moscow against transferring weapons to Iran": the act warned
/// against is a feared future one (planned, possible).
pub(super) fn warned_against(s: &Sent, lower: &str, tspan: Span, tw: &TenseWords) -> bool {
    let Some(t) = token_at(s, tspan) else {
        return false;
    };
    if !lower[t.span.start..t.span.end].ends_with("ing") {
        return false;
    }
    let before: Vec<&str> = lower[s.span.start..t.span.start]
        .split_whitespace()
        .rev()
        .take(5)
        .collect();
    before.first() == Some(&"against") && before[1..].iter().any(|w| tw.is(w, Tense::Warn))
}

/// Whether the time `t` of the sentence may date its act: not a time of telling right after
/// a reporting verb ("said on Monday"), unless the verb announces a nominal act itself
/// ("announced sanctions on Thursday", "a package to be announced today"; not "announced
/// today that ..."), and not the date of a document ("a letter dated 1 July").
pub(super) fn act_time(
    s: &Sent,
    lower: &str,
    t: &TimeExpr,
    nominal: bool,
    tw: &TenseWords,
) -> bool {
    let word = |i: usize| {
        s.toks
            .get(i)
            .map_or("", |t| &lower[t.span.start..t.span.end])
    };
    if t.first > 0 && tw.is(word(t.first - 1), Tense::Dated) {
        return false;
    }
    if !after_report(s, t.first) {
        return true;
    }
    let Some(first) = s.toks.get(t.first) else {
        return false;
    };
    let announced = s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
        matches!(c, Cue::Report(_))
            && cs.end <= first.span.start
            && token_gap(&s.toks, cs.end, first.span.start) <= 2
            && tw.is(&lower[cs.start..cs.end], Tense::Announce)
    });
    nominal && announced && (t.last + 1..t.last + 4).all(|i| word(i) != "that")
}

pub(super) fn after_report(s: &Sent, tok: usize) -> bool {
    let Some(t) = s.toks.get(tok) else {
        return false;
    };
    s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
        matches!(c, Cue::Report(_))
            && cs.end <= t.span.start
            && token_gap(&s.toks, cs.end, t.span.start) <= 2
    })
}

/// English: the end of a clause whose items go on in a comma list ("will receive RIM-7 and
/// other air defence equipment, M113 armoured personnel carriers, HIMARS ammunition, ...").
/// The following clauses join while each holds an item and no party, trigger or cue.
pub(super) fn list_end(s: &Sent, clause: usize, lang: &str) -> usize {
    let mut end = s.clause_end(clause);
    if lang != "en" {
        return end;
    }
    let has_item = |from: usize, to: usize| {
        s.mentions.iter().any(|m| {
            m.span.start >= from && m.span.end <= to && matches!(m.kind, MentionKind::Item { .. })
        })
    };
    if !has_item(s.clauses[clause], end) {
        return end;
    }
    // a word inside an item name ("personnel" in "armoured personnel carriers") is no trigger
    let in_item = |sp: &Span| {
        s.mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::Item { .. })
                && m.span.start <= sp.start
                && sp.end <= m.span.end
        })
    };
    let mut c = clause + 1;
    while c < s.clauses.len() {
        let (from, to) = (s.clauses[c], s.clause_end(c));
        // "technology ... as well as tanks and aircraft": a clause opened by "as well as"
        // goes on with the list
        let as_well = s.lower_text[from..].starts_with("as well as");
        let ends_list = !as_well
            && !s.lower_text[s.clauses[c - 1]..from]
                .trim_end()
                .ends_with(',');
        let foreign = s.mentions.iter().any(|m| {
            m.span.start >= from && m.span.end <= to && !matches!(m.kind, MentionKind::Item { .. })
        }) || s
            .triggers
            .iter()
            .map(|(sp, _)| sp)
            .chain(s.cues.iter().map(|(sp, _)| sp))
            .any(|sp| {
                sp.start >= from && sp.end <= to && !in_item(sp) && !(as_well && sp.start == from)
            });
        if ends_list || foreign || !has_item(from, to) {
            break;
        }
        end = to;
        c += 1;
    }
    end
}

/// English: an item word standing right before another inside one noun phrase
/// ("HIMARS ammunition", "drone engines", "air defence equipment"). The more specific word
/// names the item: the head, unless the head is a generic word (equipment, weapons), which
/// the word before it describes.
pub(super) fn compound_modifier(s: &Sent, a: Span, b: Span, b_cat: ItemCategory) -> Option<bool> {
    let gap = s.lower_text.get(a.end..b.start).unwrap_or("");
    if !(gap == " " || gap == "-") {
        return None;
    }
    let generic = matches!(
        b_cat,
        ItemCategory::Equipment | ItemCategory::WeaponsUnspecified
    );
    // true: the first word is only a modifier; false: the second word is generic
    Some(!generic)
}

/// English head nouns after an item word that make it a description of a party or a place,
/// not a thing given ("drone makers", "missile factory").
pub(super) const MAKER_HEADS: &[&str] = &[
    "maker",
    "makers",
    "manufacturer",
    "manufacturers",
    "producer",
    "producers",
    "industry",
    "industries",
    "factory",
    "factories",
    "plant",
    "plants",
    "company",
    "companies",
    "firm",
    "firms",
    "programme",
    "programmes",
    "program",
    "programs",
    "developer",
    "developers",
];

pub(super) fn items_in(s: &Sent, from: usize, to: usize, lang: &str) -> Vec<ItemCategory> {
    let items: Vec<(Span, ItemCategory)> = s
        .mentions
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= to)
        .filter_map(|m| match &m.kind {
            MentionKind::Item { category, .. } => Some((m.span, *category)),
            _ => None,
        })
        .collect();
    // (the last `k` words before `sp`, nearest first: tokens are ordered and disjoint,
    // those ending by `sp.start` a prefix)
    let word_before = |sp: Span, k: usize| {
        s.toks[..s.toks.partition_point(|t| t.span.end <= sp.start)]
            .iter()
            .rev()
            .take(k)
            .map(|t| s.lower_of(t))
    };
    let en = lang == "en";
    let mut v: Vec<ItemCategory> = Vec::new();
    // maker-head items left out, kept where nothing else is named
    let mut makers: Vec<ItemCategory> = Vec::new();
    let mut prev_purpose = false;
    let mut other_weapons = false;
    for (idx, (sp, cat)) in items.iter().enumerate() {
        // "Munition für Artilleriesysteme", "microelectronics for missiles": the purpose is no item
        let mut purpose = idx > 0
            && (word_before(*sp, 3).any(|w| matches!(w, "für" | "for"))
                // "six jets, part of efforts to strengthen Ukraine's air defence": the
                // purpose of an act is no item of it
                || s.cues_of(cue_kind::PURPOSE).any(|(cs, c)| {
                    matches!(c, Cue::Purpose)
                        && cs.end <= sp.start
                        && cs.start >= items[idx - 1].0.end
                        && token_gap(&s.toks, cs.end, sp.start) <= 4
                }));
        // "shells for rocket launchers and howitzers": the purpose goes on through its list
        if en && !purpose && prev_purpose {
            let gap = s
                .lower_text
                .get(items[idx - 1].0.end..sp.start)
                .unwrap_or("")
                .trim();
            // the words between are the rest of the previous name ("rocket systems and")
            let words: Vec<&str> = gap.split_whitespace().collect();
            purpose = words.len() <= 3
                && words
                    .last()
                    .is_some_and(|w| matches!(*w, "and" | "or") || w.ends_with(','));
        }
        prev_purpose = purpose;
        if purpose {
            continue;
        }
        if en {
            // "HIMARS ammunition": the head names the item; "air defence equipment": the modifier
            if let Some((sp2, c2)) = items.get(idx + 1)
                && compound_modifier(s, *sp, *sp2, *c2) == Some(true)
            {
                continue;
            }
            if idx > 0 && compound_modifier(s, items[idx - 1].0, *sp, *cat) == Some(false) {
                continue;
            }
            // "Russian drone makers": the item word describes a party
            let next = s
                .toks
                .iter()
                .find(|t| t.span.start >= sp.end)
                .filter(|t| s.lower_text.get(sp.end..t.span.start) == Some(" "));
            if next.is_some_and(|t| MAKER_HEADS.contains(&&s.lower_text[t.span.start..t.span.end]))
            {
                makers.push(*cat);
                continue;
            }
        }
        // "Ausrüstung wie Hubschrauber", "weapons such as drones": the examples name the items
        let generic = matches!(
            cat,
            ItemCategory::Equipment | ItemCategory::WeaponsUnspecified
        );
        let examples_follow = generic
            && items.iter().skip(idx + 1).any(|(sp2, c2)| {
                c2 != cat
                    && word_before(*sp2, 4).any(|w| {
                        matches!(
                            w,
                            "wie" | "such" | "including" | "darunter" | "etwa" | "namentlich"
                        )
                    })
            });
        if examples_follow {
            continue;
        }
        // "tanks, ammunition and other weaponry": more weapons than those named
        if en
            && *cat == ItemCategory::WeaponsUnspecified
            && word_before(*sp, 1).next().is_some_and(|w| w == "other")
        {
            other_weapons = true;
        }
        v.push(*cat);
    }
    if v.is_empty() {
        v = makers;
    }
    v.sort();
    v.dedup();
    if v.len() > 1 && !other_weapons {
        v.retain(|c| *c != ItemCategory::WeaponsUnspecified);
    }
    v
}

pub(super) fn counts_something(s: &Sent, n: &NumberExpr, kind: EventType) -> bool {
    let Some(last) = s.toks.get(n.last) else {
        return false;
    };
    // "seit August 2022", "since 2023", "im Jahr 2024": a year is no count
    if n.first == n.last && crate::quant::is_year(s.lower_of(last)) {
        let prev = n
            .first
            .checked_sub(1)
            .and_then(|i| s.toks.get(i))
            .map(|t| s.lower_of(t))
            .unwrap_or_default();
        let prev_is_date = crate::time::is_month_word(prev)
            || matches!(
                prev,
                "seit"
                    | "since"
                    | "in"
                    | "im"
                    | "bis"
                    | "ab"
                    | "until"
                    | "by"
                    | "jahr"
                    | "year"
                    | "von"
                    | "from"
                    | "anfang"
                    | "ende"
                    | "mitte"
                    // seasons and parts of a year ("im Frühjahr 2022", "in early 2024")
                    | "frühjahr"
                    | "frühling"
                    | "sommer"
                    | "herbst"
                    | "winter"
                    | "jahresende"
                    | "jahresbeginn"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "early"
                    | "mid"
                    | "late"
            );
        if prev_is_date || n.first == 0 {
            return false;
        }
    }

    // the counted noun stands within the next three tokens, or after a partitive
    // ("zwei ihrer noch neun Patriots", "two of its nine launchers")
    let partitive = s.toks.get(n.last + 1).is_some_and(|t| {
        matches!(
            s.lower_of(t),
            "ihrer" | "seiner" | "unserer" | "deren" | "dessen" | "der" | "dieser" | "of"
        )
    });
    let window_end = s
        .toks
        .get(n.last + if partitive { 5 } else { 3 })
        .map(|t| t.span.end)
        .unwrap_or(s.span.end);
    let counted = s.mentions.iter().any(|m| {
        m.span.start >= last.span.end
            && m.span.start <= window_end
            && matches!(m.kind, MentionKind::Item { .. })
    });
    let people = matches!(
        kind,
        EventType::Personnel | EventType::Training | EventType::Exercise
    ) && (s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
        matches!(c, Cue::Person) && cs.start >= last.span.end && cs.start <= window_end
    }) || s.mentions.iter().any(|m| {
        // "zehntausende Ukrainer trainiert": people named by their nation
        m.span.start >= last.span.end
            && m.span.start <= window_end
            && matches!(&m.kind, MentionKind::Party { entity, form: PartyKind::Noun }
                if entity.kind == EntityKind::Demonym)
    }));
    // count nouns: "13,000 containers", "zwei Systeme", "three batteries"
    let units = s.toks[n.last + 1..(n.last + 3).min(s.toks.len())]
        .iter()
        .any(|t| {
            let w = s.lower_of(t);
            // "Feuereinheiten", "Flugabwehrsysteme"
            w.ends_with("einheiten")
                || w.ends_with("systeme")
                || matches!(
                    w,
                    "containers"
                        | "container"
                        | "systeme"
                        | "systems"
                        | "system"
                        | "einheiten"
                        | "units"
                        | "squadrons"
                        | "squadron"
                        | "staffeln"
                        | "batallione"
                        | "battalions"
                        | "stück"
                        | "batterien"
                        | "batteries"
                        | "exemplare"
                        | "fahrzeuge"
                        | "vehicles"
                        | "boote"
                        | "boats"
                        | "lieferungen"
                        | "shipments"
                        | "pakete"
                        | "packages"
                )
        });

    counted || people || units
}

pub(super) fn is_passive(
    lower: &str,
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    lang: &str,
) -> bool {
    if trig.noun || !trig.past {
        return false;
    }
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let aux: &[&str] = if lang == "de" {
        &["wurde", "wurden", "worden", "werden", "wird", "geworden"]
    } else {
        &["was", "were", "been", "be", "being", "is", "are"]
    };
    // English: the auxiliary right before the participle
    let end = if lang == "de" { c_end } else { tspan.start };
    s.toks
        .iter()
        .filter(|t| t.span.start >= c_start && t.span.end <= end && t.span != tspan)
        .any(|t| {
            let w = &lower[t.span.start..t.span.end];
            aux.contains(&w) && (lang == "de" || token_gap(&s.toks, t.span.end, tspan.start) <= 2)
        })
}

/// "Wagner-Personal trainiert den Umgang mit den Drohnen": a training verb whose object is
/// the handling of a weapon (a `selftrain` cue in its clause) has the trained as subject.
pub(super) fn self_training(s: &Sent, trig: &Trigger, tspan: Span, passive: bool) -> bool {
    trig.frame == Frame::Train
        && !trig.noun
        && !passive
        && s.cues_of(cue_kind::SELF_TRAIN).any(|(cs, c)| {
            matches!(c, Cue::SelfTrain) && s.clause_of(cs.start) == s.clause_of(tspan.start)
        })
}
