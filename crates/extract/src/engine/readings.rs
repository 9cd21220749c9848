//! Readings of sentence shapes that the event builder asks about: speakers by role, requests, relative clauses, destinations, production places, meetings, parties of help and people sent.

use super::*;

pub(super) fn describe(m: &Mention) -> String {
    match &m.kind {
        MentionKind::Party { entity, form } => {
            format!("party {} ({:?}, {:?})", entity.id, entity.kind, form)
        }
        MentionKind::Item {
            category,
            maker,
            system,
        } => {
            format!(
                "item {category}{}{}",
                if *system { " system" } else { "" },
                maker
                    .as_deref()
                    .map(|m| format!(" made by {m}"))
                    .unwrap_or_default()
            )
        }
        MentionKind::Role { role } => format!("role {role}"),
    }
}

/// An event as `explain` shows what a rule made: `kind actor → recipient (status, certainty)`.
pub(super) fn outcome(ev: &Event) -> String {
    format!(
        "{} {} → {} ({}, {})",
        ev.kind,
        ev.actor.as_deref().unwrap_or("∅"),
        ev.recipient.as_deref().unwrap_or("∅"),
        ev.status,
        ev.certainty
    )
}

/// Whether the trigger at `ts` is a nominal one.
pub(super) fn noun_at(s: &Sent, ts: Span) -> bool {
    s.triggers
        .iter()
        .find(|(sp, _)| *sp == ts)
        .is_some_and(|(_, t)| t.noun)
}

pub(super) fn same_key(a: &Event, b: &Event) -> bool {
    same_key_as(a, b, b.status)
}

/// [`same_key`] with `b_status` for the status of `b` (no copy of `b` to change it).
pub(super) fn same_key_as(a: &Event, b: &Event, b_status: Status) -> bool {
    // "ongoing" is what a trigger gets when nothing says otherwise: the same act told by a
    // noun and a verb ("instructors … trained") is one event, with the telling status
    let ongoing_vs_told = (a.status == Status::Ongoing) != (b_status == Status::Ongoing)
        && a.certainty == b.certainty;
    if a.kind != b.kind || (a.status != b_status && !ongoing_vs_told) {
        return false;
    }
    if a.kind.is_unordered() || a.unordered {
        (a.actor == b.actor && a.recipient == b.recipient)
            || (a.actor == b.recipient && a.recipient == b.actor)
    } else {
        a.actor == b.actor && a.recipient == b.recipient
    }
}

pub(super) fn is_feminine(name: &str) -> bool {
    let last = name.rsplit('-').next().unwrap_or(name);
    matches!(
        last,
        "Ukraine"
            | "Türkei"
            | "Schweiz"
            | "Slowakei"
            | "Mongolei"
            | "EU"
            | "Nato"
            | "NATO"
            | "Bundesregierung"
            | "Regierung"
            | "Miliz"
            | "Armee"
            | "Marine"
            | "Luftwaffe"
            | "Führung"
            | "Gruppe"
            | "Organisation"
            | "Bewegung"
    ) || last.ends_with("ei")
        || last.ends_with("ung")
}

pub(super) fn is_plural_country(name: &str) -> bool {
    name.starts_with("USA")
        || name.starts_with("Vereinigten")
        || name.starts_with("Niederlande")
        || name.contains("Emirate")
        || name.starts_with("Philippinen")
}

/// A separable particle followed only by a value phrase moved after it ("sagt der Ukraine
/// Hilfe zu im Umfang von 500 Millionen Euro", "stellt … bereit im Wert von …").
pub(super) fn particle_before_value(
    s: &Sent,
    lower: &str,
    tspan: Span,
    c_end: usize,
    p: &str,
) -> bool {
    let toks: Vec<&str> = s
        .toks
        .iter()
        .filter(|t| t.span.start >= tspan.end && t.span.end <= c_end)
        .map(|t| &lower[t.span.start..t.span.end])
        .collect();
    toks.windows(3).any(|w| {
        w[0] == p
            && matches!(
                (w[1], w[2]),
                ("im", "wert" | "umfang" | "gesamtwert" | "volumen") | ("in", "höhe")
            )
    })
}

/// A speaker's phrase ends at an act's trigger: in "Laut Kiew überlasse Teheran Moskau
/// Raketen" the Konjunktiv verb (which looks like an inflected adjective) opens the clause.
pub(super) fn cut_at_trigger<'m>(s: &Sent, mut g: Vec<&'m Mention>) -> Vec<&'m Mention> {
    if let Some(i) = (1..g.len()).find(|&i| {
        let (a, b) = (g[i - 1].span.end, g[i].span.start);
        s.triggers
            .iter()
            .any(|(ts, _)| ts.start >= a && ts.end <= b)
    }) {
        g.truncate(i);
    }
    g
}

/// The speaker group after a reporting verb: the first mention and those
/// that continue it ("der Sprecher des Nationalen Sicherheitsrates, John Kirby").
pub(super) fn group_after<'m>(text: &str, s: &Sent, after: &[&'m Mention]) -> Vec<&'m Mention> {
    let toks = &s.toks[..];
    let mut g: Vec<&Mention> = Vec::new();
    for m in after.iter().copied() {
        if let Some(last) = g.last() {
            let gap = &text[last.span.end..m.span.start];
            // a noun phrase goes on over articles, "of", "and" and adjectives, not over a verb
            let phrase_words = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    matches!(
                        w,
                        "der"
                            | "die"
                            | "das"
                            | "des"
                            | "dem"
                            | "den"
                            | "the"
                            | "of"
                            | "a"
                            | "an"
                            | "und"
                            | "and"
                            | "sowie"
                            | "von"
                            | "vom"
                    ) || (w.chars().next().is_some_and(|c| c.is_lowercase())
                        && w.len() > 3
                        && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e)))
                });
            // "die EU-Außenbeauftragte Kaja Kallas": the rest of a hyphen compound
            let compound_tail = gap.starts_with('-') && gap[1..].split_whitespace().count() == 1;
            // "nach Angaben der Nato Russland mit Teilen beliefert": a state's name right
            // after another party's name, with only a space between, opens the next phrase
            let next_name = gap.trim().is_empty()
                && !matches!(last.kind, MentionKind::Role { .. })
                && matches!(&m.kind, MentionKind::Party { entity, .. }
                    if matches!(entity.kind, EntityKind::Name | EntityKind::Capital));
            // "Laut US-Beamten liefert China Russland …": a verb between ends the phrase,
            // even after a role noun
            let verb_between = s
                .triggers
                .iter()
                .any(|(ts, tg)| !tg.noun && ts.start >= last.span.end && ts.end <= m.span.start);
            let continues = !next_name
                && !verb_between
                && token_gap(toks, last.span.end, m.span.start) <= 3
                && (matches!(last.kind, MentionKind::Role { .. })
                    || compound_tail
                    || (!gap.contains([',', ';', ':', '.', '(', ')']) && phrase_words));

            if !continues || g.len() >= 3 {
                break;
            }
        }
        g.push(m);
    }
    g
}

/// A request verb governing a nominal act through "um"/"for" ("bat Israel um die Lieferung",
/// "asked Berlin for deliveries"), with no punctuation between.
/// English plural descriptions of the parties of a sentence as its speakers
/// ("the allies said", "the two countries said in a joint statement").
pub(super) const COLLECTIVE_SPEAKERS: &[&str] = &[
    "allies",
    "countries",
    "governments",
    "leaders",
    "partners",
    "nations",
    "sides",
    "signatories",
    "ministers",
    "states",
];

/// The parties a collective speaker stands for: the longest coordination of party nouns
/// before the reporting verb ("The United States, Germany and Italy will provide …, the
/// allies said").
pub(super) fn collective_speaker(s: &Sent, rs: Span) -> Vec<String> {
    let Some(i) = s.toks.iter().rposition(|t| t.span.end <= rs.start) else {
        return vec![];
    };
    let noun = s.lower_of(&s.toks[i]);
    if !COLLECTIVE_SPEAKERS.contains(&noun) {
        return vec![];
    }
    // "the allies", "the two countries", "both sides", "all three countries"
    let det_ok = s.toks[..i]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(s.lower_of(t), "the" | "both" | "all" | "their" | "these"));
    if !det_ok {
        return vec![];
    }
    let before: Vec<&Cand> = s
        .cands
        .iter()
        .filter(|c| c.span.end <= s.toks[i].span.start && c.head == Head::Noun)
        .collect();
    let mut best: Vec<String> = Vec::new();
    for c in &before {
        let mut ids: Vec<String> = Vec::new();
        push_unique(
            &mut ids,
            before
                .iter()
                .filter(|d| d.chain == c.chain)
                .map(|d| String::from(&*d.id)),
        );
        if ids.len() >= 2 && ids.len() > best.len() {
            best = ids;
        }
    }
    best
}

/// English "state media reported" with no state named: the state of the first person or
/// state the sentence names (the news is about that state's leader, told by its own media).
pub(super) fn state_media_of(s: &Sent, rs: Span) -> Option<String> {
    let before = &s.lower_text[s.span.start..rs.start];
    let before = before.trim_end();
    let bare = [
        "state media",
        "state television",
        "state tv",
        "state news agency",
        "state-run media",
        "state broadcaster",
    ]
    .iter()
    .any(|w| {
        before.strip_suffix(w).is_some_and(|rest| {
            let rest = rest.trim_end();
            rest.is_empty() || rest.ends_with(',') || rest.ends_with(" the")
        })
    });
    if !bare {
        return None;
    }
    s.mentions.iter().find_map(|m| match &m.kind {
        MentionKind::Party { entity, .. } if m.span.end <= rs.start => match entity.kind {
            EntityKind::Person | EntityKind::Organ => entity.state.as_ref().map(|x| x.to_string()),
            EntityKind::Name | EntityKind::Capital | EntityKind::Metonym | EntityKind::Gov => {
                Some(entity.party_id().to_string())
            }
            _ => None,
        },
        _ => None,
    })
}

pub(super) fn request_before(s: &Sent, tspan: Span) -> Option<Span> {
    s.cues_of(cue_kind::REQUEST)
        .rfind(|(cs, c)| {
            matches!(c, Cue::Request(_))
                && cs.end <= tspan.start
                && !s.lower_text[cs.end..tspan.start].contains([',', ';', ':', '.'])
                && (s
                    .toks
                    .iter()
                    .filter(|t| t.span.start >= cs.end && t.span.end <= tspan.start)
                    .any(|t| matches!(&s.lower_text[t.span.start..t.span.end], "um" | "for"))
                    // "requested Moscow's military assistance": the act is the object
                    || (matches!(c, Cue::Request(true))
                        && token_gap(&s.toks, cs.end, tspan.start) <= 4))
        })
        .map(|(cs, _)| *cs)
}

/// A German request verb closing the clause of a nominal act after "um" ("hat Deutschland
/// um die Lieferung von Raketen gebeten"): the start of that "um".
pub(super) fn request_after(s: &Sent, tspan: Span) -> Option<usize> {
    // (only a request cue after the act can close its clause)
    if !s
        .cues_of(cue_kind::REQUEST)
        .any(|(cs, c)| matches!(c, Cue::Request(_)) && cs.start >= tspan.end)
    {
        return None;
    }
    let clause = s.clause_of(tspan.start);
    let c_end = s.clause_end(clause);
    let c_start = s.clauses[clause.saturating_sub(1)];
    let um = s
        .toks
        .iter()
        .rev()
        .filter(|t| t.span.start >= c_start && t.span.end <= tspan.start)
        .take(3)
        .find(|t| &s.lower_text[t.span.start..t.span.end] == "um")?;
    let last = s.toks.iter().rev().find(|t| {
        t.span.end <= c_end
            && s.lower_text[t.span.start..t.span.end].starts_with(char::is_alphanumeric)
    })?;
    s.cues_of(cue_kind::REQUEST)
        .any(|(cs, c)| {
            matches!(c, Cue::Request(_)) && cs.start >= tspan.end && cs.overlaps(&last.span)
        })
        .then_some(um.span.start)
}

/// "Kirby, the White House spokesman, said", "TASS, the state news agency, reported": the
/// person or body named right before a short appositive that closes with a comma right
/// before the reporting verb, with the appositive's own parties and roles.
pub(super) fn appositive_speaker<'m>(
    text: &str,
    s: &'m Sent,
    rs: Span,
) -> Option<Vec<&'m Mention>> {
    let head = text[s.span.start..rs.start].trim_end().strip_suffix(',')?;
    let close = s.span.start + head.len();
    let open = s.span.start + head.rfind(',')?;
    let appos = &text[open + 1..close];
    let words = appos.split_whitespace().count();
    if words == 0 || words > 8 || appos.contains([';', ':', '.', '"', '“', '”', '(', ')']) {
        return None;
    }
    // a clause or an act in between is no appositive ("Iran, which sent drones, said")
    if s.cues_of(cue_kind::CLAUSE | cue_kind::REL_PRON | cue_kind::REPORT)
        .any(|(cs, c)| {
            matches!(c, Cue::Clause | Cue::RelPron | Cue::Report(_))
                && cs.start > open
                && cs.end <= close
        })
        || s.triggers
            .iter()
            .any(|(ts, _)| ts.start > open && ts.end <= close)
    {
        return None;
    }
    let name = s
        .mentions
        .iter()
        .rfind(|m| m.span.end <= open)
        .filter(|m| text[m.span.end..open].trim().is_empty())?;
    let MentionKind::Party { entity, .. } = &name.kind else {
        return None;
    };
    if !(entity.id.starts_with("person:") || entity.id.starts_with("org:")) {
        return None;
    }
    let mut g = vec![name];
    g.extend(s.mentions.iter().filter(|m| {
        m.span.start > open && m.span.end <= close && !matches!(m.kind, MentionKind::Item { .. })
    }));
    Some(g)
}

/// A relative clause on the things given whose subject gives them to a dative pronoun:
/// "die Drohnen, die ihm der Iran überlassen hatte", "the drones (that) Iran had sent
/// them". Returns the subject (the giver) and the party named last before the clause
/// other than it (whom the pronoun stands for; `None` where the sentence names none, for
/// the antecedents of the sentences before).
pub(super) fn dative_pron_relative(
    s: &Sent,
    tspan: Span,
    clause: usize,
) -> Option<(Cand, Option<Cand>)> {
    let ti = tok_index(s, tspan)?;
    let words = sent_words(s);
    let party_noun =
        |c: &&Cand| !c.speaker && c.head == Head::Noun && matches!(c.marker, Marker::None);
    // (the start of the relative clause: where the subject's phrase begins)
    let (subject, clause_start) = if s.lang == "en" {
        // "sent them", "had sent it": the object pronoun right after the verb, with no
        // thing given after it
        let t_end = s.toks[ti].span.end.max(tspan.end);
        let after = s.toks.partition_point(|t| t.span.start < t_end);
        let pron = s.toks.get(after).map(|t| s.lower_of(t))?;
        if !matches!(pron, "them" | "it" | "him" | "her") {
            return None;
        }
        let subject = s
            .cands
            .iter()
            .filter(party_noun)
            .rfind(|c| c.span.end <= tspan.start)?;
        // only auxiliaries and adverbs between the subject and the verb
        if token_gap(&s.toks, subject.span.end, tspan.start) > 3
            || s.lower_text[subject.span.end..tspan.start].contains([',', ';', ':'])
        {
            return None;
        }
        // an item right before the subject, or before "that"/"which" before it
        let si = tok_index(s, subject.span)?;
        let mut k = si;
        if k > 0 && matches!(words[k - 1], "that" | "which") {
            k -= 1;
        }
        let item = s.mentions.iter().find(|m| {
            matches!(m.kind, MentionKind::Item { .. })
                && k > 0
                && m.span.end <= s.toks[k].span.start
                && m.span.end >= s.toks[k - 1].span.start
        })?;
        (subject.clone(), item.span.start)
    } else if s.lang == "de" {
        let rp = relpron_opening(s, s.clauses[clause])?;
        if rp.end > tspan.start {
            return None;
        }
        let pi = s.toks.partition_point(|t| t.span.start < rp.end);
        let pron = s.toks.get(pi).map(|t| s.lower_of(t))?;
        let next = s.toks.get(pi + 1)?;
        let next_party = s.cands.iter().any(|c| c.span.start == next.span.start);
        let dative = match pron {
            "ihm" | "ihnen" => true,
            // (not the possessive: "die ihr Verbündeter geliefert hat")
            "ihr" => next_party || matches!(s.lower_of(next), "der" | "die" | "das"),
            _ => false,
        };
        if !dative {
            return None;
        }
        let subject = s
            .cands
            .iter()
            .filter(|c| c.clause == clause && c.span.start > rp.end && c.span.end <= tspan.start)
            .find(|c| {
                !c.speaker
                    && c.head == Head::Noun
                    && matches!(c.marker, Marker::None | Marker::Dative)
            })?;
        (subject.clone(), rp.start)
    } else {
        return None;
    };
    let ante = s
        .cands
        .iter()
        .rfind(|c| {
            !c.speaker
                && c.span.end <= clause_start
                && c.id != subject.id
                && matches!(c.head, Head::Noun | Head::Other)
                && c.marker != Marker::Via
        })
        .cloned();
    let mut subject = subject;
    subject.marker = Marker::None;
    Some((subject, ante))
}

/// Whether the party at `span` is the destination of a verb of motion: the object of
/// "reach" ("before they reached Russia"), the place after "arrive in/at", the object of
/// a German clause-final "erreichen" ("bevor sie Russland erreichten") or the place after
/// "in" before "eintreffen"/"ankommen" ("als sie in der Ukraine eintrafen").
pub(super) fn motion_destination(s: &Sent, span: Span) -> bool {
    const ARTICLES: &[&str] = &["the", "der", "die", "das", "den", "dem"];
    let first_after = s.toks.partition_point(|t| t.span.start < span.end);
    let last_before = s.toks.partition_point(|t| t.span.end <= span.start);
    let before: Vec<&str> = s.toks[..last_before]
        .iter()
        .rev()
        .map(|t| s.lower_of(t))
        .filter(|w| !ARTICLES.contains(w))
        .take(2)
        .collect();
    let after: Vec<&str> = s.toks[first_after..]
        .iter()
        .take(3)
        .map(|t| s.lower_of(t))
        .collect();
    if s.lang == "en" {
        return match before.as_slice() {
            [w, ..] if matches!(*w, "reached" | "reach" | "reaches" | "reaching") => true,
            [p, v, ..] => {
                matches!(*p, "in" | "at")
                    && matches!(*v, "arrived" | "arrive" | "arrives" | "arriving")
            }
            _ => false,
        };
    }
    if s.lang != "de" {
        return false;
    }
    // a clause-final "erreichen": what follows is the clause's end or an auxiliary
    let reach_final = matches!(
        after.as_slice(),
        [v, rest @ ..] if matches!(*v, "erreichten" | "erreichte" | "erreicht" | "erreichen")
            && rest.first().is_none_or(|w| {
                !w.starts_with(char::is_alphanumeric)
                    || matches!(
                        *w,
                        "hatten" | "hatte" | "hat" | "haben" | "habe" | "sind" | "waren"
                            | "werden" | "wurden" | "sollen" | "sollten" | "konnten" | "können"
                    )
            })
    );
    let arrive_in = matches!(before.first(), Some(&("in" | "im")))
        && after.iter().take(2).any(|w| {
            matches!(
                *w,
                "eintrafen"
                    | "eintraf"
                    | "eintrifft"
                    | "eintreffen"
                    | "eingetroffen"
                    | "ankamen"
                    | "ankam"
                    | "ankommt"
                    | "ankommen"
                    | "angekommen"
            )
        });
    reach_final || arrive_in
}

/// "…," said Lim, a researcher at a Seoul defence institute", "…, sagte ein Experte der
/// Stiftung Wissenschaft und Politik in Berlin": after a reporting verb that follows what it
/// reports (after a comma or a closing quote) and closes the sentence with no act after it,
/// a party in the speaker's role or affiliation phrase (after a preposition, or after the
/// comma of an appositive) is where the speaker works or speaks, not a party of the act.
pub(super) fn affiliation_places(text: &str, s: &Sent) -> Vec<Span> {
    let mut out = Vec::new();
    for (rs, c) in s.cues_of(cue_kind::REPORT) {
        if !matches!(c, Cue::Report(_)) || rs.start < s.span.start || rs.end > s.span.end {
            continue;
        }
        let before = text[s.span.start..rs.start].trim_end();
        let post = before.ends_with(',')
            || (before.ends_with(['"', '“', '”', '»', '«'])
                && before[..before.len() - before.chars().next_back().map_or(0, char::len_utf8)]
                    .trim_end()
                    .ends_with([',', '.', '!', '?']));
        if !post
            || !s
                .triggers
                .iter()
                .any(|(ts, tg)| ts.end <= rs.start && !tg.block)
            || s.triggers.iter().any(|(ts, _)| ts.start >= rs.end)
            // (a clause after it: "said Kirby, who …"; "der" after no comma is an article)
            || s.cues_in(rs.end, s.span.end).any(|(cs, c)| {
                matches!(c, Cue::Clause | Cue::Report(_))
                    || (matches!(c, Cue::RelPron) && text[..cs.start].trim_end().ends_with(','))
            })
        {
            continue;
        }
        for m in &s.mentions {
            if m.span.start < rs.end || !matches!(m.kind, MentionKind::Party { .. }) {
                continue;
            }
            let gap = &s.lower_text[rs.end..m.span.start];
            let prev = gap
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .find(|w| {
                    !matches!(
                        *w,
                        "a" | "an"
                            | "the"
                            | "der"
                            | "die"
                            | "das"
                            | "des"
                            | "dem"
                            | "den"
                            | "einer"
                            | "eines"
                            | "einem"
                    )
                });
            let affiliation = matches!(
                prev,
                Some(
                    "at" | "of"
                        | "with"
                        | "from"
                        | "in"
                        | "im"
                        | "bei"
                        | "am"
                        | "an"
                        | "von"
                        | "vom"
                        | "aus"
                )
            );
            if gap.contains(',') || affiliation {
                out.push(m.span);
            }
        }
    }
    out
}

/// "Iran says it has sold …": a pronoun right after the speaker's reporting verb (or its
/// "that") is the subject of the act that follows, and stands for the speaker.
pub(super) fn says_pron(s: &Sent, c: &Cand, tspan: Span) -> bool {
    s.cues_of(cue_kind::REPORT).any(|(rs, cue)| {
        matches!(cue, Cue::Report(_))
            && rs.start >= c.span.end
            && token_gap(&s.toks, c.span.end, rs.start) <= 1
            && s.cues_of(cue_kind::PRON).any(|(ps, pc)| {
                matches!(pc, Cue::Pron(_))
                    && ps.start >= rs.end
                    && ps.end <= tspan.start
                    && token_gap(&s.toks, rs.end, ps.start) <= 1
                    && matches!(
                        &s.lower_text[ps.start..ps.end],
                        "it" | "they" | "he" | "she"
                    )
            })
    })
}

/// "am Erwerb … beteiligt", "an der Produktion … beteiligt": a nominal act after "am",
/// "beim" or "an der" whose clause goes on to a verb of taking part. Returns where the
/// preposition starts (the subject stands before it).
pub(super) fn participation(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    clause: usize,
    nominal: bool,
) -> Option<usize> {
    if !trig.id.starts_with("de.") || !(trig.noun || nominal) {
        return None;
    }
    let t = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let w = |i: usize| sent_words(s).get(i).copied();
    let at = match (t.checked_sub(2).and_then(w), t.checked_sub(1).and_then(w)) {
        (_, Some("am" | "beim")) => t - 1,
        (Some("an"), Some("der" | "dem" | "den")) => t - 2,
        _ => return None,
    };
    let c_end = s.clause_end(clause);
    let takes_part = clause_words(s, tspan.end, c_end).iter().any(|w| {
        matches!(
            *w,
            "beteiligt" | "beteiligte" | "beteiligten" | "mitgewirkt" | "mitwirken" | "mitwirkt"
        )
    });
    takes_part.then(|| s.toks[at].span.start)
}

/// "General Dynamics prüft eine Produktion in der Ukraine", "Rheinmetall … Die Fertigung in
/// der Ukraine könnte anlaufen": a noun of making right before "in" and a state is
/// production for that place, where a firm stands in the sentence or the two before it (a
/// firm makes there; "Die Produktion in Russland steigt" names none). Gives the place and
/// the firm's state when it is another (a firm of no one state makes for null).
pub(super) fn production_in_place(
    s: &Sent,
    tspan: Span,
    ctx: &Context,
) -> Option<(Cand, Option<String>)> {
    let place = s.cands.iter().find(|c| {
        !c.speaker
            && c.head != Head::Item
            && c.span.start >= tspan.end
            && s.lower_text
                .get(tspan.end..c.span.start)
                .is_some_and(|w| matches!(w.trim(), "in" | "in der" | "in den" | "im"))
    })?;
    let company = |c: &Cand| {
        c.head == Head::Firm
            || s.mentions.iter().any(|m| {
                m.span.overlaps(&c.span)
                    && matches!(&m.kind, MentionKind::Party { entity, .. }
                        if entity.kind == EntityKind::Company)
            })
    };
    let here = s
        .cands
        .iter()
        .find(|c| !c.speaker && c.id != place.id && company(c));
    let firm_cue = s
        .cues_of(cue_kind::FIRM)
        .any(|(_, c)| matches!(c, Cue::Firm));
    let earlier = ctx
        .recent_firms
        .iter()
        .rev()
        .find(|(i, id)| *i < s.idx && *id != *place.id);
    if let Some(c) = here {
        return Some((place.clone(), Some(String::from(&*c.id))));
    }
    if let Some((_, id)) = earlier {
        return Some((place.clone(), Some(id.clone())));
    }
    firm_cue.then(|| (place.clone(), None))
}

/// "KNDS soll in der Ukraine Granaten produzieren", "Rüstungsfirmen wollen in der Ukraine
/// Munition herstellen": a production act whose only party is the place produced in, with
/// a firm of no one state (or a firm noun of no state) before the trigger in its clause.
/// Gives the place, which the act is for.
pub(super) fn made_in_place(
    s: &Sent,
    trig: &Trigger,
    c_start: usize,
    tspan: Span,
    actor: &Option<Cand>,
    recipient: &Option<Cand>,
) -> Option<Cand> {
    if trig.kind != EventType::JointProduction {
        return None;
    }
    let before = |sp: Span| sp.start >= c_start && sp.end <= tspan.start;
    // "das deutsch-französische Unternehmen": the firm of two states joined by a hyphen
    // is of no one state
    let joint_firm = |c: &Cand| {
        before(c.span)
            && s.cands.iter().any(|o| {
                o.id != c.id
                    && (o.head == Head::Firm || c.head == Head::Firm)
                    && (s.lower_text.get(o.span.end..c.span.start) == Some("-")
                        || s.lower_text.get(c.span.end..o.span.start) == Some("-"))
            })
    };
    let place = s
        .cands
        .iter()
        .find(|c| c.marker == Marker::Loc && before(c.span) && !joint_firm(c))?;
    // every party the act has besides the place is such a firm
    if [actor, recipient]
        .into_iter()
        .flatten()
        .any(|c| c.id != place.id && !joint_firm(c))
    {
        return None;
    }
    let firm = s.cands.iter().any(joint_firm)
        || s.mentions.iter().any(|m| {
            before(m.span)
                && matches!(&m.kind, MentionKind::Party { entity, .. }
                if entity.kind == EntityKind::Company && entity.state.is_none())
        })
        || s.cues_of(cue_kind::FIRM).any(|(cs, c)| {
            matches!(c, Cue::Firm)
                && before(*cs)
                && !s
                    .cands
                    .iter()
                    .any(|k| k.head == Head::Firm && k.span.end == cs.end)
        });
    firm.then(|| place.clone())
}

/// "setzte drei russische Firmen auf die Liste, von denen es heißt, dass sie am Erwerb
/// iranischer Drohnen beteiligt sind": where the clause of taking part names no party of
/// its own, the firms or bodies named last in an earlier clause of the sentence take part.
pub(super) fn participant_firm<'a>(s: &'a Sent, clause: usize) -> Option<&'a Cand> {
    let c_start = s.clauses[clause];
    let c_end = s.clause_end(clause);
    if s.cands
        .iter()
        .any(|c| c.span.start >= c_start && c.span.end <= c_end && c.head != Head::Item)
    {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| c.span.end <= c_start && !c.speaker && c.head == Head::Firm)
}

/// "Pistorius betonte: „…“ Er traf am Dienstag seinen ukrainischen Amtskollegen": German
/// "er" in a sentence within two of one sourced to a named person stands for that person,
/// who acts for the state he speaks for.
pub(super) fn er_speaker_state(
    s: &Sent,
    ctx: &Context,
    from: usize,
    to: usize,
    not: Option<&str>,
) -> Option<String> {
    let (at, src) = ctx.last_reported.as_ref()?;
    if *at > s.idx || s.idx - at > 2 || !src.iter().any(|a| a.starts_with("person:")) {
        return None;
    }
    s.cues_of(cue_kind::PRON).find(|(cs, c)| {
        matches!(c, Cue::Pron(_))
            && cs.start >= from
            && cs.end <= to
            && s.lower_text[cs.start..cs.end] == *"er"
    })?;
    src.iter()
        .find(|a| !a.contains(':') && Some(a.as_str()) != not)
        .cloned()
}

/// The partner of party `k` in the latest act of the two sentences before sentence `idx`
/// (or in the latest of them naming `k` and one other party), else in the headline's act:
/// what "the reclusive state", "its ally" or the other side of "the contract signed with
/// Moscow" stand for.
pub(super) fn latest_partner(ctx: &Context, idx: usize, k: &str) -> Option<String> {
    let other_side = |a: &str, r: &str| {
        (a == k && r != k)
            .then(|| r.to_string())
            .or_else(|| (r == k && a != k).then(|| a.to_string()))
    };
    ctx.recent()
        .rev()
        .filter(|(i, _)| *i < idx && idx - *i <= 2)
        .map(|(_, e)| e)
        .find_map(|e| other_side(e.actor.as_deref()?, e.recipient.as_deref()?))
        .or_else(|| {
            ctx.recent_pairs
                .iter()
                .rev()
                .filter(|(i, _, _)| *i < idx)
                .find_map(|(_, a, b)| other_side(a, b))
        })
        .or_else(|| {
            ctx.titles()
                .find_map(|e| other_side(e.actor.as_deref()?, e.recipient.as_deref()?))
        })
}

/// "Teheran prüft Raketenlieferungen" over an article on Iran and Russia: a headline act
/// with one side missing takes it from the first act of its kind in the body (within
/// eight sentences) whose named side is the same, in the same role.
pub(super) fn headline_partner(done: &mut [Event], titles: &[usize]) {
    for &k in titles {
        let (a, r) = (done[k].actor.clone(), done[k].recipient.clone());
        if a.is_some() == r.is_some() {
            continue;
        }
        let (sent, kind) = (done[k].sentence, done[k].kind);
        let fill = done
            .iter()
            .filter(|e| e.sentence > sent && e.sentence <= sent + 8 && e.kind == kind)
            .find_map(|e| match (&e.actor, &e.recipient) {
                (Some(x), Some(y)) if a.as_ref() == Some(x) && x != y => Some(y.clone()),
                (Some(x), Some(y)) if r.as_ref() == Some(y) && x != y => Some(x.clone()),
                _ => None,
            });
        if let Some(f) = fill {
            if a.is_none() {
                done[k].actor = Some(f);
            } else {
                done[k].recipient = Some(f);
            }
        }
    }
}

/// "Lawrow sagte, die militärische Zusammenarbeit mit dem Iran …", "Die Firmen sollen
/// Waffen entwickeln – in Zusammenarbeit mit russischen Unternehmen": a German joint act
/// whose only named party follows it after "mit" is shared with the firms a description
/// before it stands for ("diese Firmen"), or else with the state of the sentence's own
/// speaker.
pub(super) fn mit_partner(
    s: &Sent,
    ctx: &Context,
    tspan: Span,
    known: Option<&str>,
) -> Option<String> {
    let known = known?;
    // the named party is the "mit" party right after the trigger
    s.cands.iter().find(|c| {
        *c.id == *known
            && c.marker == Marker::With
            && !c.speaker
            && c.span.start >= tspan.end
            && token_gap(&s.toks, tspan.end, c.span.start) <= 3
    })?;
    let firms = s
        .cues
        .iter()
        .any(|(cs, c)| matches!(c, Cue::FirmPron) && cs.end <= tspan.start);
    if firms
        && let Some((_, id)) = ctx
            .recent_firms
            .iter()
            .rev()
            .find(|(i, id)| *i < s.idx && id != known)
    {
        return Some(id.clone());
    }
    // (the sentence's own speaker, not a source carried on from the sentences before)
    if !s
        .cands
        .iter()
        .any(|c| c.speaker && c.span.end <= tspan.start)
    {
        return None;
    }
    s.attribution
        .iter()
        .find(|a| !a.contains(':') && a.as_str() != known)
        .cloned()
}

/// "Treffen der EU-Außenminister", "a meeting of NATO defence ministers": a meeting noun
/// whose genitive names the members of one international body, with no "mit"/"with" party
/// after it, is held within that body.
pub(super) fn internal_meeting(s: &Sent, tspan: Span, trig: &Trigger, c_end: usize) -> bool {
    if !trig.noun {
        return false;
    }
    let t = s.toks.partition_point(|t| t.span.start < tspan.end);
    let w = |i: usize| sent_words(s).get(i).copied();
    let members = match (w(t), w(t + 1)) {
        (Some("der" | "des" | "of"), Some(_)) => t + 1,
        _ => return false,
    };
    let members = if w(members) == Some("the") {
        members + 1
    } else {
        members
    };
    let (Some(tok), Some(word)) = (s.toks.get(members), w(members)) else {
        return false;
    };
    let heads = [
        "minister",
        "ministern",
        "ministers",
        "chefs",
        "mitgliedstaaten",
        "staaten",
    ];
    let body = s.mentions.iter().any(|m| {
        m.span.start >= tok.span.start
            && m.span.end <= tok.span.end
            && matches!(&m.kind, MentionKind::Party { entity, .. } if entity.kind == EntityKind::Intl)
    });
    let with_other = clause_words(s, tspan.end, c_end)
        .iter()
        .any(|w| matches!(*w, "mit" | "with"));
    word.contains('-') && heads.iter().any(|h| word.ends_with(h)) && body && !with_other
}

/// "Macron sagte nach einem Gespräch mit Selenskyj, …", "said after talks with": a
/// meeting named as the occasion of the speaking, in the reporting verb's own clause, is
/// told by the article, not by the speaker.
pub(super) fn narrated_occasion(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    if !trig.noun || trig.kind != EventType::Meeting {
        return false;
    }
    let clause = s.clause_of(tspan.start);
    let before = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let temporal = sent_words(s)[..before].iter().rev().take(3).any(|w| {
        matches!(
            *w,
            "nach" | "vor" | "bei" | "während" | "after" | "before" | "during"
        )
    });
    temporal
        && s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
            matches!(c, Cue::Report(_)) && cs.end <= tspan.start && s.clause_of(cs.start) == clause
        })
}

/// "The U.S. Treasury announced sanctions", "UK confirms donation of missiles": a body
/// or state that announces an act named as the verb's object makes it, and is no source
/// of it (a named person announcing stays the source).
pub(super) fn own_announcement(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    attribution: &[String],
) -> bool {
    if !trig.id.starts_with("en.")
        || attribution.is_empty()
        || s.cues_of(cue_kind::NEG | cue_kind::HEDGE)
            .any(|(_, c)| matches!(c, Cue::Neg | Cue::Hedge(_)))
        || attribution
            .iter()
            .any(|a| a.starts_with("person:") || a.starts_with('@'))
    {
        return false;
    }
    let token = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
    let action_noun = trig.noun
        || [
            "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ery", "eries",
            "ing",
        ]
        .iter()
        .any(|e| token.ends_with(e));
    // "'The Department announced new aid,' the statement said": another reporting verb
    // after the act reports the announcement
    // (not a reporting verb of a relative clause: "sanctions against firms that the
    // administration said helped Russia")
    let reported_after = s.cues_of(cue_kind::REPORT).any(|(rs, c)| {
        matches!(c, Cue::Report(_))
            && rs.start >= tspan.end
            && !clause_words(s, tspan.end, rs.start)
                .iter()
                .any(|w| matches!(*w, "that" | "which" | "who"))
    });
    action_noun
        && !reported_after
        && s.cues.iter().any(|(rs, c)| {
            let verb = &s.lower_text[rs.start..rs.end];
            matches!(c, Cue::Report(_))
                && (verb.starts_with("announc") || verb.starts_with("confirm"))
                && rs.end <= tspan.start
                && token_gap(&s.toks, rs.end, tspan.start) <= 6
                && !s.lower_text[rs.end..tspan.start].contains([',', ';', ':', '"', '“'])
                && !s.cues_of(cue_kind::CLAUSE).any(|(cs, cc)| {
                    matches!(cc, Cue::Clause) && cs.start >= rs.end && cs.end <= tspan.start
                })
        })
}

/// "two North Korean officials involved in arranging the transfer of …": the party right
/// before "involved in" ("engaged in", "responsible for") does the act that follows within
/// three words.
pub(super) fn involved_doer(s: &Sent, tspan: Span) -> Option<Cand> {
    let pre = &s.lower_text.as_bytes()[s.span.start..tspan.start];
    // the last of the phrases in the text before the trigger: every phrase opens with a
    // space, so the spaces are tried from the right (one pass, no searcher per phrase)
    let (at, phrase) = (0..pre.len())
        .rev()
        .filter(|&i| pre[i] == b' ')
        .find_map(|i| {
            [
                " involved in ",
                " engaged in ",
                " responsible for ",
                " implicated in ",
            ]
            .iter()
            .find(|p| pre[i..].starts_with(p.as_bytes()))
            .map(|p| (s.span.start + i + 1, p.trim()))
        })?;
    let end = at + phrase.len();
    if token_gap(&s.toks, end, tspan.start) > 3
        || s.lower_text[end..tspan.start].contains([',', ';'])
    {
        return None;
    }
    s.cands
        .iter()
        .rev()
        .find(|c| {
            !c.speaker
                && c.head != Head::Item
                && c.span.end <= at
                && token_gap(&s.toks, c.span.end, at) <= 2
                && !s.lower_text[c.span.end..at].contains([',', ';'])
        })
        .cloned()
}

/// "the 65th aid package", "a new package", "another delivery": the word before an act
/// (text up to its trigger) names another act than the one before, so it is no anaphor.
pub(super) fn fresh_act(pre: &str) -> bool {
    pre.split_whitespace().rev().take(2).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(w, "new" | "another" | "additional")
            || (w.len() > 2
                && w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e)))
    })
}

/// "officials, who discussed the sanctions": a weak pair verb right after "who" has the
/// people before the comma as its subject; with no party after "who" it is no meeting of
/// the parties named before.
pub(super) fn who_pair_without_parties(s: &Sent, tspan: Span) -> bool {
    s.cues_of(cue_kind::REL_PRON).any(|(rs, c)| {
        matches!(c, Cue::RelPron)
            && &s.lower_text[rs.start..rs.end] == "who"
            && rs.end <= tspan.start
            && token_gap(&s.toks, rs.end, tspan.start) <= 1
            && !s
                .cands
                .iter()
                .any(|c| !c.speaker && c.head != Head::Item && c.span.start >= rs.end)
    })
}

/// "said in a joint statement at the NATO summit": an English meeting noun after "at" (or
/// "on the sidelines of") is the venue of another act, not a meeting of the clause's
/// parties, unless its own parties follow ("at the meeting of", "at talks with").
pub(super) fn venue_meeting(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    if !trig.id.starts_with("en.") || !trig.noun {
        return false;
    }
    let pre = &s.lower_text[s.span.start..tspan.start];
    let words: Vec<&str> = pre.split_whitespace().rev().take(4).collect();
    let Some(at) = words.iter().position(|w| *w == "at" || *w == "sidelines") else {
        return false;
    };
    if words[..at].iter().any(|w| w.contains([',', ';', ':'])) {
        return false;
    }
    let next = s.lower_text[tspan.end..s.span.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    !matches!(next, "of" | "between" | "with" | "on")
}

/// "If China supplies weapons to Russia, the US will impose sanctions", "Falls Teheran
/// Raketen liefert, will die EU Sanktionen verhängen": sanctions in the main clause after
/// a condition, without a target of their own there, target the condition's subject.
pub(super) fn conditional_target(s: &Sent, tspan: Span, recipient: Option<&str>) -> Option<String> {
    let (cs, _) = s
        .cues
        .iter()
        .find(|(cs, c)| matches!(c, Cue::Cond) && cs.end <= tspan.start)?;
    let comma = cs.end + s.lower_text[cs.end..tspan.start].find(',')?;
    // the subject of the condition: its first unmarked party
    let subject = s
        .cands
        .iter()
        .find(|c| c.span.start >= cs.end && c.span.end <= comma && c.marker == Marker::None)?;
    let in_cond = |id: &str| {
        s.cands
            .iter()
            .any(|c| c.span.start >= cs.end && c.span.end <= comma && *c.id == *id)
    };
    let own = |id: &str| {
        s.cands.iter().any(|c| {
            c.span.start > comma
                && *c.id == *id
                && matches!(c.marker, Marker::Target | Marker::Recipient)
        })
    };
    match recipient {
        Some(r) if own(r) || !in_cond(r) => None,
        _ => Some(String::from(&*subject.id)),
    }
}

/// "Canada added three firms to its sanctions list": "add" with an object and "to" is
/// no reporting verb.
pub(super) fn adds_to(s: &Sent, rs: Span) -> bool {
    if !matches!(&s.lower_text[rs.start..rs.end], "added" | "adds" | "add") {
        return false;
    }
    let rest = &s.lower_text[rs.end..s.span.end];
    let mut phrase = rest
        .split([';', ':', '.', '"', '“', '”'])
        .next()
        .unwrap_or("");
    // the object ends at a comma, except one within a list of names ("added the Armenian,
    // Emirati and Kyrgyz firms to …": a capital after the comma)
    let orig = &s.text[rs.end..s.span.end];
    if let Some(c) = phrase.match_indices(',').map(|(i, _)| i).find(|&i| {
        !orig[i + 1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }) {
        phrase = &phrase[..c];
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.first().is_some_and(|w| *w != "that" && *w != "to") && words.contains(&"to")
}

/// The index of the sentence token that holds a span's start.
pub(super) fn tok_index(s: &Sent, span: Span) -> Option<usize> {
    // tokens are ordered and disjoint: the one holding `span.start` is the first that
    // ends after it, if it starts at or before it
    let i = match s.tok_memo.get() {
        (at, i) if at == span.start => i,
        _ => {
            let i = s.toks.partition_point(|t| t.span.end <= span.start);
            s.tok_memo.set((span.start, i));
            i
        }
    };
    s.toks
        .get(i)
        .is_some_and(|t| t.span.start <= span.start)
        .then_some(i)
}

/// The lower-cased words of the tokens that lie within `from..to` (a run of the
/// ordered tokens: those starting at `from` or later are a suffix, those ending by
/// `to` a prefix).
pub(super) fn clause_words<'a>(s: &'a Sent, from: usize, to: usize) -> &'a [&'a str] {
    sent_words(s).get(clause_range(s, from, to)).unwrap_or(&[])
}

/// The token indices of [`clause_words`] (empty where none lie within `from..to`).
pub(super) fn clause_range(s: &Sent, from: usize, to: usize) -> std::ops::Range<usize> {
    let first = s.toks.partition_point(|t| t.span.start < from);
    let end = s.toks.partition_point(|t| t.span.end <= to);
    clause_range_of(first, end)
}

/// The token indices from `first` up to `end` (empty where `end` comes first).
pub(super) fn clause_range_of(first: usize, end: usize) -> std::ops::Range<usize> {
    first..end.max(first)
}

/// Whether any word of `bits` has any of the bits of `mask`.
pub(super) fn any_bits(bits: &[u64], mask: u64) -> bool {
    bits.iter().fold(0, |m, b| m | b) & mask != 0
}

/// The lower-cased words of the sentence, by token (made once per sentence).
pub(super) fn sent_words<'a>(s: &'a Sent) -> &'a [&'a str] {
    s.words.get_or_init(|| {
        s.toks
            .iter()
            .map(|t| &s.lower_text[t.span.start..t.span.end])
            .collect()
    })
}

/// "training is delivered by instructors", "provided training to", "receive training":
/// a giving verb whose object is a training noun, or whose agent is an instructor, gives
/// no materiel (the training noun is the act).
pub(super) fn training_not_materiel(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // the object right after the verb, over an article or an adjective or two
    let after = w
        .iter()
        .skip(i + 1)
        .take(3)
        .take_while(|x| !matches!(**x, "to" | "for" | "by" | "and" | "with"))
        .any(|x| tw.is(x, Tense::Course));
    // the subject of a passive right before it ("training is delivered", "training delivered")
    let mut k = i;
    while k > 0
        && matches!(
            w[k - 1],
            "is" | "are" | "was" | "were" | "been" | "being" | "be" | "will" | "has" | "have"
        )
    {
        k -= 1;
    }
    let before = k > 0 && k < i + 1 && tw.is(w[k - 1], Tense::Course);
    // "delivered by (British) instructors"
    let by_instructors = w.get(i + 1) == Some(&"by")
        && w.iter()
            .skip(i + 2)
            .take(3)
            .any(|x| tw.is(x, Tense::Teacher));
    after || before || by_instructors
}

/// "to provide aid to one another", "help each other": a reciprocal pronoun (`tense
/// recipdet` and `tense recip`) after the act at `tspan`, within its clause.
pub(super) fn reciprocal_after(s: &Sent, tspan: Span, c_end: usize, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    (i + 1..w.len().saturating_sub(1))
        .take_while(|&k| s.toks[k].span.end <= c_end)
        .take(8)
        .any(|k| tw.is(w[k], Tense::RecipDet) && tw.is(w[k + 1], Tense::Recip))
}

/// A support or giving act named by a word of help (`tense help`: "assistance",
/// "military assistance", "support"; a prefix trigger "assist" does not tell the noun from
/// the verb).
/// The party `g` named with a word of help gives; the other party of the clause
/// (the actor first) receives.
pub(super) fn help_giver(actor: &mut Option<Cand>, recipient: &mut Option<Cand>, g: &Cand) {
    let other = [actor.take(), recipient.take()]
        .into_iter()
        .flatten()
        .find(|c| c.id != g.id);
    *actor = Some(g.clone());
    *recipient = other;
}

pub(super) fn kind_support_noun(trig: &Trigger, s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    matches!(trig.kind, EventType::Support | EventType::Supply)
        && tok_index(s, tspan).is_some_and(|i| tw.is(sent_words(s)[i], Tense::Help))
}

/// "Chinese engineers have repeatedly visited", "experts who visited": the subject of the
/// verb at `tspan`, over auxiliaries and adverbs (`tense aux`, `tense between`), is a noun
/// of people of expertise (`tense expert`).
pub(super) fn expert_subject(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    w[..i]
        .iter()
        .rev()
        .take(4)
        .find(|x| !(tw.is(x, Tense::Aux) || tw.is(x, Tense::Between)))
        .is_some_and(|x| tw.is(x, Tense::Expert))
}

/// "provided material support to", "gives technical assistance": the object of the giving
/// verb, over an adjective or two, is a noun of help (`tense help`).
pub(super) fn gives_help(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    w.iter()
        .skip(i + 1)
        .take(3)
        .take_while(|x| !matches!(**x, "to" | "for" | "by" | "and" | "with"))
        .any(|x| tw.is(x, Tense::Help))
}

/// "gave no figures", "provided no evidence": a giving verb with "no" and nothing of
/// materiel after it gives nothing.
pub(super) fn gives_nothing(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    if w.get(i + 1) == Some(&"no") {
        return true;
    }
    // "provided information about", "gave further details": words, not materiel
    w.iter()
        .skip(i + 1)
        .take(3)
        .skip_while(|x| {
            matches!(
                **x,
                "the"
                    | "more"
                    | "further"
                    | "few"
                    | "any"
                    | "some"
                    | "additional"
                    | "new"
                    | "an"
                    | "a"
                    | "its"
                    | "their"
            )
        })
        .take(1)
        .any(|x| tw.is(x, Tense::Info))
}

/// English: the giving verb at token `i` has people as its only object ("sent troops to",
/// "sent 10,000 soldiers"), or as its passive subject ("advisers were sent", "troops have
/// been sent"): a personnel trigger on a `person` word, with no item between it and the
/// verb nor right after it.
pub(super) fn gives_people(s: &Sent, i: usize) -> bool {
    let w = sent_words(s);
    let person_at = |j: usize| {
        let ts = s.toks[j].span;
        s.cues_of(cue_kind::PERSON)
            .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&ts))
            && s.triggers
                .iter()
                .any(|(tgs, tg)| tg.kind == EventType::Personnel && tgs.overlaps(&ts))
    };
    let item_at = |j: usize| {
        let ts = s.toks[j].span;
        s.mentions
            .iter()
            .any(|m| matches!(m.kind, MentionKind::Item { .. }) && m.span.overlaps(&ts))
    };
    let stop = |x: &str| {
        matches!(
            x,
            "to" | "into" | "in" | "for" | "with" | "from" | "by" | "as" | "," | "." | ";"
        )
    };
    // object: the first person word within four words, before any preposition
    let mut j = i + 1;
    while j < w.len() && j <= i + 4 && !stop(w[j]) {
        if item_at(j) {
            return false;
        }
        if person_at(j) {
            // "troops and ammunition": materiel goes along
            let k = j + 1;
            return !(k < w.len()
                && matches!(w[k], "and" | "plus")
                && (k + 1..(k + 4).min(w.len())).any(item_at));
        }
        j += 1;
    }
    // passive: "advisers were sent", "troops have been sent", "troops are being sent"
    let mut k = i;
    let mut aux = false;
    while k > 0
        && matches!(
            w[k - 1],
            "was"
                | "were"
                | "been"
                | "have"
                | "has"
                | "had"
                | "are"
                | "is"
                | "being"
                | "be"
                | "will"
                | "already"
        )
    {
        aux |= matches!(w[k - 1], "was" | "were" | "been" | "are" | "is" | "be");
        k -= 1;
    }
    aux && k > 0 && person_at(k - 1)
}

/// "The two Baltic neighbours have been in talks with …", "visited all three capitals",
/// "both countries": a number word (or "both") before a noun of states, in the trigger's
/// sentence and not after the trigger's clause, names the parties of the latest of the two
/// sentences before that names exactly that many parties besides `known`, the other side,
/// named in the sentence (those members, in order; empty when there is no such phrase or
/// sentence, or `known` is not named here).
pub(super) fn group_members(
    s: &Sent,
    tspan: Span,
    ctx: &Context,
    known: Option<&str>,
) -> Vec<String> {
    let w = sent_words(s);
    let Some(ti) = tok_index(s, tspan) else {
        return Vec::new();
    };
    // (the other side is named in the sentence itself)
    if !known.is_some_and(|k| s.cands.iter().any(|c| !c.speaker && *c.id == *k)) {
        return Vec::new();
    }
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let noun = |x: &str| {
        matches!(
            x,
            "countries"
                | "nations"
                | "states"
                | "neighbours"
                | "neighbors"
                | "capitals"
                | "allies"
                | "partners"
                | "governments"
        )
    };
    let count = |x: &str| match x {
        "both" | "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    };
    let Some(n) = (0..w.len()).find_map(|j| {
        let n = count(w[j])?;
        // (the noun right after it, or after one modifier: "the two Baltic neighbours")
        let k = (j + 1..(j + 3).min(w.len())).find(|&k| noun(w[k]))?;
        let ok = (j + 1..k).all(|m| !s.mentions.iter().any(|x| x.span.overlaps(&s.toks[m].span)))
            && s.toks[k].span.end <= c_end
            && k != ti;
        ok.then_some(n)
    }) else {
        return Vec::new();
    };
    ctx.recent_parties
        .iter()
        .rev()
        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
        .map(|(_, ids)| {
            ids.iter()
                .filter(|id| Some(&***id) != known && !id.starts_with("person:"))
                .map(|id| id.to_string())
                .collect::<Vec<_>>()
        })
        .find(|ids| ids.len() == n)
        .unwrap_or_default()
}

/// "its defence cooperation with Russia", "their joint drills": a possessive pronoun
/// (class `poss`) right before a nominal act, with at most two modifiers between them
/// (no preposition, article, conjunction or party), names a party of the act.
pub(super) fn possessed_act(s: &Sent, tspan: Span, noun: bool, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // (a noun: a nominal trigger or a word of a noun's ending, "cooperation", "deployment";
    // not the verb after a possessed noun, "their forces deploy")
    let noun = noun
        || [
            "tion", "tions", "ment", "ments", "ance", "ances", "ship", "ships",
        ]
        .iter()
        .any(|e| w[i].ends_with(e));
    if !noun {
        return false;
    }
    (1..=3).take_while(|&k| k <= i).any(|k| {
        tw.is(w[i - k], Tense::Poss)
            && (i - k + 1..i).all(|j| {
                w[j].chars().all(|ch| ch.is_alphabetic() || ch == '-')
                    && !matches!(
                        w[j],
                        "of" | "to"
                            | "for"
                            | "with"
                            | "and"
                            | "or"
                            | "the"
                            | "a"
                            | "an"
                            | "in"
                            | "on"
                            | "by"
                            | "from"
                            | "own"
                    )
                    && !s.mentions.iter().any(|m| {
                        m.span.overlaps(&s.toks[j].span)
                            && matches!(m.kind, MentionKind::Party { .. })
                    })
            })
    })
}

/// "The troops … are expected to be sent", "12,000 troops could eventually be sent": a
/// giving verb of supply whose sentence names people who are sent (a `person` word that
/// triggers `personnel`) before it and no item: the people are what is given.
pub(super) fn people_sent_passive(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    trig.kind == EventType::Supply
        && !trig.noun
        && trig.frame == Frame::Give
        && !s
            .mentions
            .iter()
            .any(|m| matches!(m.kind, MentionKind::Item { .. }))
        && s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
            matches!(c, Cue::Person)
                && cs.end <= tspan.start
                && s.triggers
                    .iter()
                    .any(|(tgs, tg)| tg.kind == EventType::Personnel && tgs.overlaps(cs))
        })
}

/// "the two sanctioned states", "a sanctioned Russian bank": the participle after an
/// article, a number or a possessive qualifies a noun; being sanctioned is a state.
pub(super) fn attributive_sanctioned(s: &Sent, tspan: Span) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    if w[i] != "sanctioned" || i == 0 {
        return false;
    }
    let prev = w[i - 1];
    matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "two"
            | "three"
            | "several"
            | "its"
            | "their"
            | "his"
            | "her"
            | "other"
            | "already"
            | "heavily"
            | "internationally"
            | "many"
            | "some"
            | "these"
            | "those"
            | "of"
            | "with"
            | "and"
    ) || prev.chars().all(|c| c.is_ascii_digit())
}

/// "the two leaders discussed military cooperation", "talked about cooperation": cooperation
/// as the topic of talks is no act of support.
pub(super) fn talk_topic(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // ("talks on military and political cooperation": up to four words between)
    (1..=5).any(|d| {
        i >= d
            && (tw.is(w[i - d], Tense::Discuss)
                || (matches!(w[i - d], "talks" | "talk") && matches!(w[i - d + 1], "on" | "about")))
            && (i - d + 1..i).all(|j| {
                !s.cands.iter().any(|c| {
                    c.span.start >= s.toks[j].span.start && c.span.end <= s.toks[j].span.end
                })
            })
    })
}

/// English: an agent noun of giving ("suppliers", "exporters") that is the object of a verb
/// of another act ("targeted suppliers", "Treasury Targets Suppliers of Iranian Arms"): its
/// subject does not supply. Returns the new actor (the maker of the items after "of", or
/// none), or `None` where the noun is no such object or has a party of its own on it.
pub(super) fn supplier_object(
    s: &Sent,
    tspan: Span,
    actor: &Option<Cand>,
    tw: &TenseWords,
) -> Option<Option<Cand>> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    if !tw.is(w[i], Tense::Supplier) {
        return None;
    }
    let t_start = s.toks[i].span.start;
    if actor.as_ref().is_none_or(|a| a.span.start >= t_start) {
        return None;
    }
    let mut p = i;
    while p > 0 {
        p -= 1;
        if !matches!(
            w[p],
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "key"
                | "main"
                | "major"
                | "top"
                | "foreign"
                | "other"
                | "several"
                | "two"
                | "three"
                | "some"
                | "leading"
                | "alleged"
        ) {
            break;
        }
    }
    // a party on the noun supplies ("sanctioned Chinese suppliers", "Russia's supplier")
    if p < i
        && let Some(c) = s.cands.iter().find(|c| c.span.overlaps(&s.toks[p].span))
    {
        return actor
            .as_ref()
            .is_some_and(|a| a.id != c.id && c.head != Head::Noun)
            .then(|| Some(c.clone()));
    }
    let verb = p < i
        && (s
            .cues
            .iter()
            .any(|(cs, c)| matches!(c, Cue::Blame) && cs.overlaps(&s.toks[p].span))
            || (w[p].ends_with("ed") && w[p].len() > 4));
    if !verb {
        return None;
    }
    let maker = (w.get(i + 1) == Some(&"of"))
        .then(|| {
            let of_end = s.toks[i + 1].span.end;
            // "of Iranian drones", "of Iranian and North Korean arms" (an adjective of a chain)
            s.cands.iter().find(|c| {
                matches!(c.head, Head::Item | Head::Other)
                    && c.span.start >= of_end
                    && token_gap(&s.toks, of_end, c.span.start) <= 3
            })
        })
        .flatten()
        .cloned();
    Some(maker)
}

/// "designated five Chinese companies for supplying Russia", "accused Serbian firms of
/// funneling arms", "sanctioning officials over arms transfers": the one blamed or punished
/// is the doer of the act named after "for", "of" or "over".
pub(super) fn blamed_doer(s: &Sent, tspan: Span, nominal: bool) -> Option<Cand> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    if i < 2 {
        return None;
    }
    // "over the supply of engines": a determiner between the preposition and a nominal act
    let p = if nominal && i >= 3 && matches!(w[i - 1], "the" | "their" | "its") {
        i - 2
    } else if !nominal && i >= 4 && w[i - 1] == "to" && matches!(w[i - 2], "helping" | "help") {
        // "accused of helping to supply": the one blamed helps, and so supplies
        i - 3
    } else {
        i - 1
    };
    let prep = w[p];
    let ok_prep = if nominal {
        matches!(prep, "for" | "over")
    } else {
        (w[i].ends_with("ing") || p + 1 < i) && matches!(prep, "for" | "of" | "against" | "from")
    };
    if !ok_prep {
        return None;
    }
    let p_start = s.toks[p].span.start;
    let c = s
        .cands
        .iter()
        .rev()
        .find(|c| !c.speaker && c.span.end <= p_start)?;
    // "Chinese firms were placed on the US entity list for supplying", "was hit with EU
    // sanctions for": a party qualifying a sanction noun imposes it; the passive subject
    // before it is the one blamed
    let sanction_noun_after = |c: &Cand| {
        s.triggers.iter().any(|(ts, tg)| {
            tg.frame == Frame::Sanction
                && tg.noun
                && ts.start >= c.span.end
                && ts.end <= p_start
                && token_gap(&s.toks, c.span.end, ts.start) <= 1
        })
    };
    if sanction_noun_after(c) {
        let sub = s
            .cands
            .iter()
            .rev()
            .find(|k| !k.speaker && k.span.end <= c.span.start && k.id != c.id)?;
        let passive_between = (0..p).any(|k| {
            s.toks[k].span.start >= sub.span.end
                && s.toks[k].span.end <= c.span.start
                && matches!(w[k], "was" | "were" | "been" | "is" | "are")
        });
        return (passive_between
            && sub.marker == Marker::None
            && s.clause_of(sub.span.start) == s.clause_of(p_start))
        .then(|| sub.clone());
    }
    // "imposed sanctions on three Chinese firms for supplying": the party a sanction
    // targets ("on", "against") is blamed like a bare object
    // "four Iranian officials and two entities accused of": a reduced passive participle
    // right before the preposition follows a longer noun phrase
    let participle = p >= 1 && matches!(w[p - 1], "accused" | "suspected");
    if token_gap(&s.toks, c.span.end, p_start) > if participle { 5 } else { 2 }
        || !matches!(c.marker, Marker::None | Marker::Target | Marker::Recipient)
    {
        return None;
    }
    // a blaming or punishing verb before the one blamed (cues-en.tsv `blame`)
    let governed = s
        .cues
        .iter()
        .any(|(cs, cue)| matches!(cue, Cue::Blame) && cs.end <= c.span.start);
    governed.then(|| c.clone())
}

/// The items a deal is for: after "for" within six words of the trigger (no comma or "to"
/// between, inside its clause) and at most four words after "for", or a named system right
/// before it ("K2 tank deal", not "missile agreement").
pub(super) fn deal_items<'s>(s: &'s Sent, tspan: Span) -> Vec<&'s Mention> {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return Vec::new();
    };
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let for_at = (i + 1..w.len().min(i + 8))
        .take_while(|&k| s.toks[k].span.end <= c_end && !matches!(w[k], "," | ";" | "." | "to"))
        // (German "ein Kaufvertrag über 44 Kampfpanzer": "über" but no act noun between,
        // "ein Abkommen über die Lieferung von …" is that supply's own event)
        .find(|&k| w[k] == "for" || s.lang == "de" && w[k] == "über");
    if s.lang == "de"
        && for_at.is_some_and(|k| {
            s.triggers.iter().any(|(ts, tg)| {
                !tg.block
                    && tg.kind == EventType::Supply
                    && ts.start > s.toks[k].span.start
                    && token_gap(&s.toks, s.toks[k].span.end, ts.start) <= 4
            })
        })
    {
        return Vec::new();
    }
    let item = |m: &&Mention| matches!(m.kind, MentionKind::Item { .. });
    // the items right before it, one after the other ("Abrams tank deal")
    let mut before: Vec<&Mention> = Vec::new();
    let mut at = tspan.start;
    for m in s.mentions.iter().filter(item).rev() {
        // (a generic word inside a system's name overlaps it: "K2 tank" and "tank")
        if m.span.start < at
            && m.span.end <= tspan.start
            && (m.span.end >= at || token_gap(&s.toks, m.span.end, at) == 0)
        {
            before.push(m);
            at = m.span.start;
        }
    }
    if !before
        .iter()
        .any(|m| matches!(m.kind, MentionKind::Item { system: true, .. }))
    {
        before.clear();
    }
    let after = s.mentions.iter().filter(item).filter(|m| {
        for_at.is_some_and(|k| {
            m.span.start >= s.toks[k].span.end
                && m.span.end <= c_end
                && token_gap(&s.toks, s.toks[k].span.end, m.span.start) <= 4
        })
    });
    before.into_iter().chain(after).collect()
}

/// "who thanked Britain for its support": the party thanked (between a form of "thank" and
/// the act, within eight words) and the party before the thanks (none where none is named).
pub(super) fn thanked_giver(s: &Sent, tspan: Span) -> Option<(Cand, Option<Cand>)> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    let k = (i.saturating_sub(8)..i)
        .rev()
        .find(|&k| matches!(w[k], "thanked" | "thanks" | "thank" | "thanking"))?;
    let kspan = s.toks[k].span;
    let thanked = s
        .cands
        .iter()
        .find(|c| c.span.start >= kspan.end && c.span.end <= tspan.start && !c.speaker)?
        .clone();
    let thanker = s
        .cands
        .iter()
        .rev()
        .find(|c| c.span.end <= kspan.start && c.id != thanked.id && !c.id.starts_with("person:"))
        .cloned();
    Some((thanked, thanker))
}

/// "Estonia signs deal for six HIMARS launchers", "a contract with Hyundai Rotem for 180 K2
/// tanks", "Poland inks K2 tank deal": an agreement noun with materiel after "for" (within
/// six words, no comma between) or right before it commits a delivery (GUIDELINES): a supply
/// event, from the side that makes the items, else from the partner (the agreement's
/// recipient) to its subject.
pub(super) fn deal_supply(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    agreement: &Event,
) -> Option<Event> {
    if agreement.kind != EventType::Agreement || !trig.noun {
        return None;
    }
    let (a, r) = (agreement.actor.as_ref()?, agreement.recipient.as_ref()?);
    let item_mentions = deal_items(s, tspan);
    if item_mentions.is_empty() {
        return None;
    }
    let mut items: Vec<ItemCategory> = Vec::new();
    let mut giver = r;
    let mut buyer = a;
    for m in &item_mentions {
        if let MentionKind::Item {
            category, maker, ..
        } = &m.kind
        {
            if !items.contains(category) {
                items.push(*category);
            }
            if maker.as_deref() == Some(a.as_str()) {
                (giver, buyer) = (a, r);
            }
        }
    }
    items.sort();
    Some(Event {
        kind: EventType::Supply,
        actor: Some(giver.clone()),
        recipient: Some(buyer.clone()),
        items,
        ..agreement.clone()
    })
}

/// "blacklisted Chinese firms accused of supplying Russia", "sanctions on officials for
/// helping Iran": the start of the act a sanction's target is blamed for (a participle
/// "accused"/"suspected" before "of", or "for"/"over" before an -ing verb) after the trigger.
pub(super) fn blamed_act_start(s: &Sent, tspan: Span) -> Option<usize> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    (i + 1..w.len().saturating_sub(1))
        .find(|&k| {
            (matches!(w[k], "accused" | "suspected") && w[k + 1] == "of")
                || (matches!(w[k], "for" | "over") && w[k + 1].ends_with("ing"))
        })
        .map(|k| s.toks[k].span.start)
}

/// English words and constructions that look like an act and are none; the reason.
pub(super) fn english_non_act(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    c_end: usize,
    tw: &TenseWords,
) -> Option<&'static str> {
    let no_items = || items_in(s, c_start, c_end, "en").is_empty();
    if trig.kind == EventType::Sanction && attributive_sanctioned(s, tspan) {
        return Some("'the sanctioned states': being sanctioned is a state");
    }
    if trig.kind == EventType::Supply
        && !trig.noun
        && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        && training_not_materiel(s, tspan, tw)
        && no_items()
    {
        return Some("training delivered or received is no materiel");
    }
    // a giving verb of supply ("gave", "provided", "sent"): what its object is decides
    let verbal_give = trig.kind == EventType::Supply && !trig.noun && trig.frame == Frame::Give;
    if verbal_give && gives_nothing(s, tspan, tw) && no_items() {
        return Some("'gave no figures': nothing given");
    }
    // "providing material support to Russia", "gave technical assistance": the object is a
    // noun of help, whose own event is support (GUIDELINES: supply needs materiel or money)
    // ("receives support from Iran", "got military assistance from": help received is the
    // same help, reported by its receiver)
    let verbal_receive =
        trig.kind == EventType::Supply && !trig.noun && trig.frame == Frame::Receive;
    if (verbal_give || verbal_receive) && gives_help(s, tspan, tw) && no_items() {
        return Some("'provided support': help given is support, not supply");
    }
    if trig.kind == EventType::Support && trig.frame == Frame::Pair && talk_topic(s, tspan, tw) {
        return Some("cooperation as the topic of talks");
    }
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    // "has not commented on the new deployment", "declined to comment on the deliveries":
    // a comment on an act, given or withheld, neither states nor denies it
    if (2..=5).any(|d| {
        i >= d
            && w[i - d + 1] == "on"
            && matches!(
                w[i - d],
                "comment" | "comments" | "commented" | "commenting"
            )
            && (i - d + 2..i).all(|j| {
                !s.cands.iter().any(|c| {
                    c.span.start >= s.toks[j].span.start && c.span.end <= s.toks[j].span.end
                })
            })
    }) {
        return Some("'commented on the deployment': a comment on an act is no act");
    }
    // "pledged to deepen military ties", "promised to help": the promise's act is the
    // infinitive after it, which makes its own event
    if trig.kind == EventType::Supply
        && !trig.noun
        && tw.is(w[i], Tense::Pledge)
        && w.get(i + 1) == Some(&"to")
        && let Some(t) = s.toks.get(i + 2)
        && !s.mentions.iter().any(|m| m.span.overlaps(&t.span))
        && !matches!(
            w[i + 2],
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
    {
        return Some("'pledged to do': the act is the infinitive");
    }
    // "The exercise comes a week after Putin and Kim signed a pact", "The drills came as
    // …": the noun is the subject of a verb that sets it beside another act; the parties
    // after that verb are those of the other act, and the drill itself is one reported
    // before (or in its own sentence with its parties before it)
    if trig.noun
        && matches!(
            trig.kind,
            EventType::Exercise | EventType::Meeting | EventType::Agreement
        )
        && w.get(i + 1).is_some_and(|x| tw.is(x, Tense::Follows))
        && !s.cands.iter().any(|c| c.span.end <= tspan.start)
    {
        return Some("'the exercise comes after …': the parties after it are another act's");
    }
    // "North Korea sent troops to Russia", "Iranian advisers were sent to Crimea": a giving
    // verb whose object (or passive subject) is people sends personnel, which its own
    // event (the personnel noun) reports; no materiel changes hands
    // (with no party in the sentence, the people may be more of those sent just before:
    // see `people_sent_passive`)
    if verbal_give && gives_people(s, i) && s.cands.iter().any(|c| !c.speaker) {
        return Some("'sent troops': people sent are personnel, not supply");
    }
    // "Russian military instructors arrive in Niger", "sent instructors to Mali": instructors
    // who arrive or are sent are personnel; the training is a later act of its own
    if trig.kind == EventType::Training
        && trig.noun
        && tw.is(w[i], Tense::Instructor)
        && w[i.saturating_sub(3)..(i + 4).min(w.len())]
            .iter()
            .any(|x| tw.is(x, Tense::Arrive))
    {
        return Some("instructors who arrive or are sent: personnel, not training");
    }
    // "ordered French troops to leave": ordering someone to do something buys nothing
    if trig.buy
        && !trig.noun
        && no_items()
        && let Some(k) = (i + 1..(i + 5).min(w.len())).find(|&k| w[k] == "to")
        && k + 1 < w.len()
        && !matches!(w[k + 1], "the" | "a" | "an" | "be")
        && !s
            .mentions
            .iter()
            .any(|m| m.span.overlaps(&s.toks[k + 1].span))
        && !s.lower_text[tspan.end..s.toks[k].span.start].contains([',', ';'])
    {
        return Some("'ordered X to do': a command, not a purchase");
    }
    // "The missiles give Ukraine the best chance": materiel as the subject of a giving
    // verb in the present gives no one anything
    if trig.frame == Frame::Give
        && !trig.noun
        && !trig.past
        && i > 0
        && s.mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::Item { .. }) && m.span.overlaps(&s.toks[i - 1].span)
        })
        && !s
            .cands
            .iter()
            .any(|c| c.head != Head::Item && c.span.start >= c_start && c.span.end <= tspan.start)
    {
        return Some("materiel as the subject of 'give': no act");
    }
    // "measures against the suppliers": an agent noun in such a phrase names a target
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && s.cues_of(cue_kind::NP_BLOCK).any(|(cs, c)| {
            matches!(c, Cue::NpBlock)
                && cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 2
                && !s
                    .cands
                    .iter()
                    .any(|k| k.span.start >= cs.end && k.span.end <= tspan.start)
        })
    {
        return Some("an agent noun after 'against' names a target, not an act");
    }
    // "Russia's state arms exporter Rosoboronexport said …": an agent noun right before the
    // name of a firm or body is that firm's title; it reports no act
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && s.toks.get(i + 1).is_some_and(|t| {
            s.mentions.iter().any(|m| {
                m.span.start == t.span.start
                    && matches!(&m.kind, MentionKind::Party { entity, .. }
                        if matches!(entity.kind, EntityKind::Company | EntityKind::Organ))
            })
        })
    {
        return Some("an agent noun right before a firm's name is its title");
    }
    // "South Korea, a major arms exporter, has …": an agent noun in an apposition that
    // names no other party characterises its head, it reports no act
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && let Some(a) = w[..i].iter().rposition(|x| matches!(*x, "a" | "an"))
        && i - a <= 4
        && a > 0
        && s.toks[a].span.start > s.span.start
        && (s.lower_text[s.toks[a - 1].span.end..s.toks[a].span.start].contains(',')
            // "India has become a notable exporter itself": a predicate after a copula
            || (s.lang == "en"
                && matches!(w[a - 1], "become" | "becomes" | "became" | "remains" | "remained")))
    {
        let close = s.toks[i + 1..]
            .iter()
            .find(|t| s.lower_text[s.toks[i].span.end..t.span.start].contains([',', ';', '.', ':']))
            .map_or(s.span.end, |t| t.span.start);
        let named = s.cands.iter().any(|k| {
            k.span.start >= s.toks[a].span.end && k.span.end <= close && k.head != Head::Item
        });
        if !named {
            return Some("an agent noun in an apposition characterises its head");
        }
    }
    if trig.frame == Frame::Deploy {
        let people = s
            .cues
            .iter()
            .any(|(cs, c)| matches!(c, Cue::Person) && cs.start >= c_start && cs.end <= c_end);
        // "help it deploy spy satellites": deploying materiel sends no people
        if !trig.noun
            && !people
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= tspan.end
                    && token_gap(&s.toks, tspan.end, m.span.start) <= 2
            })
        {
            return Some("deploying materiel is no personnel");
        }
        // "Chinese engineers were sent": a noun of experts (flag `own`) names people sent
        // only with their state's adjective on it; "designed in China with the help of
        // local engineers" sends no one (the help is support)
        if trig.noun
            && trig.own
            && !s.mentions.iter().any(|m| {
                is_party_adjective(m)
                    && m.span.end <= tspan.start
                    && token_gap(&s.toks, m.span.end, tspan.start) <= 2
            })
        {
            return Some("experts of no named state are no people sent");
        }
        // "trained North Korean soldiers", "the training of Ukrainian soldiers": trainees
        if trig.noun
            && s.triggers.iter().any(|(ts, t)| {
                t.frame == Frame::Train && ts.end <= tspan.start && {
                    let gap = token_gap(&s.toks, ts.end, tspan.start);
                    gap <= 3
                }
            })
        {
            return Some("people trained are trainees, not personnel sent");
        }
    }
    // "The first of four systems promised by Berlin has arrived": a participle describing
    // the items of another act
    if trig.kind == EventType::Supply
        && trig.status == Some(Status::Planned)
        && w.get(i + 1) == Some(&"by")
        && i > 0
        && !matches!(
            w[i - 1],
            "is" | "are" | "was" | "were" | "been" | "be" | "being" | "has" | "have" | "had"
        )
        && s.triggers
            .iter()
            .any(|(ts, t)| t.kind == EventType::Supply && ts.start > tspan.end && ts.end <= c_end)
    {
        return Some("a participle describing the items of another act");
    }
    None
}

/// "the systems promised by Berlin have arrived": an English participle with "by" after a
/// noun, before the act and not after an auxiliary, qualifies the noun.
pub(super) fn reduced_relative(s: &Sent, sp: Span, tspan: Span) -> bool {
    if sp.end > tspan.start {
        return false;
    }
    let w = sent_words(s);
    let Some(i) = tok_index(s, sp) else {
        return false;
    };
    w[i].ends_with("ed")
        && w.get(i + 1) == Some(&"by")
        && i > 0
        && !matches!(
            w[i - 1],
            "is" | "are" | "was" | "were" | "been" | "be" | "being" | "has" | "have" | "had"
        )
        && s.toks.get(i + 2).is_some_and(|t| t.span.end <= tspan.start)
}
