//! Noun parties ("the North", "the Council"), person names and surnames, relative and passive clause helpers.

use super::*;

/// "Seoul believes the North may have sent missiles": in an article on the Koreas, "the
/// North" standing alone (not "the North Korean army", "the North Sea") is North Korea.
pub(super) fn the_north(text: &str, toks: &[Token], mentions: &mut Vec<Mention>, lang: &str) {
    let german = lang == "de";
    for (i, t) in toks.iter().enumerate() {
        let w = &text.as_bytes()[t.span.start..t.span.end];
        let art = |k: usize| &text.as_bytes()[toks[k].span.start..toks[k].span.end];
        if i == 0
            || !(if german {
                // "dem Norden", "der Norden", "des Nordens" (not a place: "in den Norden")
                matches!(w, b"Norden" | b"Nordens")
                    && matches!(art(i - 1), b"der" | b"dem" | b"den" | b"des" | b"Der")
                    && (i < 2
                        || !matches!(
                            art(i - 2),
                            b"in" | b"In" | b"aus" | b"Aus" | b"nach" | b"durch" | b"ganz"
                        ))
            } else {
                w == b"North" && matches!(art(i - 1), b"the" | b"The")
            })
            || mentions.iter().any(|m| m.span.overlaps(&t.span))
        {
            continue;
        }
        // (German nouns are capitalised: only a genitive name after it makes a region,
        // "der Norden Syriens", as do "des Landes", "von Syrien")
        let alone = toks.get(i + 1).is_none_or(|n| {
            let nw = &text[n.span.start..n.span.end];
            if german {
                !(matches!(nw, "des" | "der" | "von" | "vom")
                    || (nw.starts_with(char::is_uppercase) && nw.ends_with('s')))
            } else {
                !nw.starts_with(char::is_uppercase)
            }
        }) && !text[t.span.end..].starts_with(['-', '\u{2019}', '\''])
            && !text[t.span.end..].trim_start().starts_with("of ");
        let keys: &[&str] = if german {
            &["Korea", "Pjöngjang", "Pjongjang", "Kim Jong"]
        } else {
            &["Korea", "Seoul", "Pyongyang", "Kim Jong"]
        };
        let korea = keys.iter().any(|k| text.contains(k));
        if !(alone && korea) {
            continue;
        }
        insert_noun_party(mentions, t.span, "PRK", Some("PRK"), EntityKind::Metonym);
    }
}

/// Inserts a party named by a noun at `span`, keeping `mentions` in text order.
pub(super) fn insert_noun_party(
    mentions: &mut Vec<Mention>,
    span: Span,
    id: &str,
    state: Option<&str>,
    kind: EntityKind,
) {
    let entity = milcoop_analyze::lexicon::Entity {
        id: std::sync::Arc::from(id),
        state: state.map(std::sync::Arc::from),
        kind,
        role: None,
    };
    insert_party(mentions, span, entity);
}

/// Inserts `entity` as a party named by a noun at `span`, keeping `mentions` in text order.
fn insert_party(mentions: &mut Vec<Mention>, span: Span, entity: milcoop_analyze::lexicon::Entity) {
    let at = mentions.partition_point(|m| m.span.start < span.start);
    mentions.insert(
        at,
        Mention {
            span,
            kind: MentionKind::Party {
                entity,
                form: PartyKind::Noun,
            },
        },
    );
}

/// "The Council today adopted ...", "Der Rat hat ... beschlossen": in a text that names
/// the European Union and no other council, "the Council" alone (or opening a headline
/// after a colon) is the Council of the EU, `org:eu` (GUIDELINES: the EU imposing
/// sanctions is `org:eu`).
pub(super) fn the_council(text: &str, toks: &[Token], mentions: &mut Vec<Mention>, lang: &str) {
    let german = lang == "de";
    // the candidates first (most articles have none), then the text-wide tests
    let heads: Vec<usize> = (1..toks.len())
        .filter(|&i| {
            let w = &text[toks[i].span.start..toks[i].span.end];
            let prev = &text[toks[i - 1].span.start..toks[i - 1].span.end];
            if german {
                w == "Rat" && matches!(prev, "Der" | "der")
            } else {
                w == "Council" && (matches!(prev, "The" | "the") || prev == ":")
            }
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    let eu = [
        "European Union",
        "EU ",
        "EU's",
        "EU-",
        "EU,",
        "EU.",
        "Europäische Union",
    ]
    .iter()
    .any(|k| text.contains(k));
    let other = [
        "Security Council",
        "Sicherheitsrat",
        "Atlantic Council",
        "NATO-Russia Council",
        "City Council",
        "Council of Europe",
        "Europarat",
        "State Council",
        "Staatsrat",
        "Council on",
        "Council for",
        "Security Council of Russia",
    ]
    .iter()
    .any(|k| text.contains(k));
    if !eu || other {
        return;
    }
    for i in heads {
        let t = &toks[i];
        if mentions.iter().any(|m| m.span.overlaps(&t.span)) {
            continue;
        }
        // (not a longer name: "the Council of Europe", "the Council's Legal Service")
        let alone = toks.get(i + 1).is_none_or(|n| {
            let nw = &text[n.span.start..n.span.end];
            !nw.starts_with(char::is_uppercase) && nw != "of" && nw != "der" && nw != "des"
        }) && !text[t.span.end..].starts_with(['-', '\u{2019}', '\'']);
        if !alone {
            continue;
        }
        insert_noun_party(mentions, t.span, "org:eu", None, EntityKind::Intl);
    }
}

/// A person named in full ("Kim Jong Un", "Wladimir Putin") is later named by one part
/// of the name alone ("Kim sagte"): the first and the last word of each full name, unless two
/// persons of the article share it.
pub(super) fn learn_surnames<'t>(
    text: &'t str,
    s: &Sent,
    surnames: &mut Vec<(&'t str, Option<milcoop_analyze::lexicon::Entity>)>,
) {
    for m in &s.mentions {
        let MentionKind::Party { entity, .. } = &m.kind else {
            continue;
        };
        if entity.kind != EntityKind::Person {
            continue;
        }
        let name = &text[m.span.start..m.span.end];
        let parts: Vec<&str> = name.split_whitespace().collect();
        if parts.len() < 2 {
            continue;
        }
        for w in [parts[0], parts[parts.len() - 1]] {
            if w.chars().count() < 2
                || !w.starts_with(|c: char| c.is_uppercase())
                || !w.chars().all(char::is_alphabetic)
            {
                continue;
            }
            match surnames.iter_mut().find(|(k, _)| *k == w) {
                Some((_, e)) => {
                    if e.as_ref().is_some_and(|e| e.id != entity.id) {
                        *e = None;
                    }
                }
                None => surnames.push((w, Some(entity.clone()))),
            }
        }
    }
}

/// The speaker before a colon that opens sentence `s` ("Brandstetter:", "UNO-Experten:",
/// "Kremlin spokesman Peskov:"): a person or a body named within the first four tokens, the
/// colon after it (a word joined by a hyphen may follow the name).
pub(super) fn colon_speaker(text: &str, s: &Sent) -> Option<Vec<String>> {
    let at = s.span.start + text[s.span.start..s.span.end].find(':')?;
    if s.toks.iter().take_while(|t| t.span.end <= at).count() > 4 {
        return None;
    }
    let head = &text[s.span.start..at];
    if head.contains([',', '"', '“', '„', '(', '.']) {
        return None;
    }
    let m = s.mentions.iter().rev().find(|m| m.span.end <= at)?;
    let MentionKind::Party { entity, .. } = &m.kind else {
        return None;
    };
    if !matches!(
        entity.kind,
        EntityKind::Person
            | EntityKind::Organ
            | EntityKind::Intl
            | EntityKind::Media
            | EntityKind::StateMedia
            | EntityKind::ThinkTank
    ) {
        return None;
    }
    let gap = &text[m.span.end..at];
    if !(gap.is_empty() || (gap.starts_with('-') && !gap.contains(char::is_whitespace))) {
        return None;
    }
    Some(speaker_ids(entity))
}

/// The ASCII slug of a person's name ("Jens Plötner" is `jens-ploetner`).
pub(super) fn person_slug(name: &str) -> String {
    milcoop_core::text::ascii_fold(&name.to_lowercase())
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' => Some('-'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// A word that may be part of a person's name: capitalised, with lower-case letters
/// after the first, of letters and hyphens only ("Pevkur", "Magnus-Valdemar").
pub(super) fn name_word(w: &str) -> bool {
    w.chars().count() >= 2
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "Defense Minister Hanno Pevkur", "ECDI director Magnus-Valdemar Saar": two or three
/// capitalised words right after a title, not in the gazetteer, name a person (who may
/// then speak, and be named later by one part of the name).
pub(super) fn role_named_persons(text: &str, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let MentionKind::Role { role } = &m.kind else {
            continue;
        };
        let rest = &text[m.span.end..];
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let mut end = 0;
        let mut words = 0;
        for w in rest.split(' ') {
            let core = w.trim_end_matches([',', '.', ';', ':']);
            if !name_word(core) {
                break;
            }
            end += if words == 0 { 0 } else { 1 } + core.len();
            words += 1;
            if core.len() != w.len() || words == 3 {
                break;
            }
        }
        if !(2..=3).contains(&words) {
            continue;
        }
        let span = Span::new(m.span.end + 1, m.span.end + 1 + end);
        let next = mentions.get(k + 1);
        if next.is_some_and(|n| n.span.start < span.end) {
            continue;
        }
        found.push((span, role.clone()));
    }
    // "Elena Marsh, deputy assistant secretary of defense, said": a name before a comma
    // and its title (up to three lower-case words between)
    for (k, m) in mentions.iter().enumerate() {
        let MentionKind::Role { role } = &m.kind else {
            continue;
        };
        let head = &text[..m.span.start];
        let Some(comma) = head.rfind(", ") else {
            continue;
        };
        let between = &head[comma + 2..];
        if between.split_whitespace().count() > 3
            || between
                .split_whitespace()
                .any(|w| !w.chars().all(|c| c.is_lowercase()))
        {
            continue;
        }
        let before = &head[..comma];
        let ws: Vec<&str> = before.rsplit(char::is_whitespace).take(4).collect();
        let n = ws.iter().take_while(|w| name_word(w)).count();
        if !(2..=3).contains(&n) {
            continue;
        }
        // the name opens its sentence or follows a lower-case word
        let len: usize = ws[..n].iter().map(|w| w.len()).sum::<usize>() + n - 1;
        let start = comma - len;
        let prev = text[..start].trim_end_matches(' ');
        if !(prev.is_empty()
            || prev.ends_with(['.', '\n', ':', '"', '“'])
            || ws
                .get(n)
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase())))
        {
            continue;
        }
        let span = Span::new(start, comma);
        if mentions[..k]
            .iter()
            .any(|x| x.span.end > span.start && x.span.start < span.end)
        {
            continue;
        }
        found.push((span, role.clone()));
    }
    found.sort_by_key(|(sp, _)| sp.start);
    found.dedup_by_key(|(sp, _)| sp.start);
    for (span, role) in found {
        let id = format!("person:{}", person_slug(&text[span.start..span.end]));
        let entity = milcoop_analyze::lexicon::Entity {
            id: id.into(),
            state: None,
            kind: EntityKind::Person,
            role: Some(role),
        };
        insert_party(mentions, span, entity);
    }
}

/// Mentions for the parts of full names [`learn_surnames`] found in earlier sentences.
pub(super) fn surname_mentions(
    text: &str,
    toks: &[Token],
    mentions: &mut Vec<Mention>,
    surnames: &[(&str, Option<milcoop_analyze::lexicon::Entity>)],
) {
    if surnames.is_empty() {
        return;
    }
    for t in toks {
        let w = &text[t.span.start..t.span.end];
        let Some(entity) = surnames
            .iter()
            .find(|(k, _)| *k == w)
            .and_then(|(_, e)| e.clone())
        else {
            continue;
        };
        if mentions.iter().any(|m| m.span.overlaps(&t.span)) {
            continue;
        }
        let at = mentions.partition_point(|m| m.span.start < t.span.start);
        mentions.insert(
            at,
            Mention {
                span: t.span,
                kind: MentionKind::Party {
                    entity,
                    form: PartyKind::Noun,
                },
            },
        );
    }
}

/// "according to a new report by": a source noun phrase that names its author last.
pub(super) fn source_np(gap: &str) -> bool {
    if gap.contains([',', ';', ':', '.', '"', '“', '”', '(', ')']) {
        return false;
    }
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    if words.last() == Some(&"the") {
        words.pop();
    }
    words.len() <= 8
        && words
            .last()
            .is_some_and(|w| matches!(*w, "by" | "from" | "of" | "at"))
        && words.iter().any(|w| {
            matches!(
                *w,
                "report"
                    | "reports"
                    | "study"
                    | "statement"
                    | "statements"
                    | "analysis"
                    | "assessment"
                    | "investigation"
                    | "data"
                    | "estimates"
                    | "figures"
                    | "documents"
                    | "survey"
                    | "research"
                    | "findings"
                    | "officials"
                    | "sources"
            )
        })
}

/// "it was announced that", "it is reported that": an impersonal passive before the verb.
pub(super) fn impersonal_it(s: &Sent, rs: Span) -> bool {
    let before: Vec<&Token> = s.toks.iter().filter(|t| t.span.end <= rs.start).collect();
    let n = before.len();
    n >= 2
        && s.lower_of(before[n - 2]) == "it"
        && matches!(
            s.lower_of(before[n - 1]),
            "is" | "was" | "has" | "had" | "been" | "be"
        )
}

/// "Iran says it has finalised …": a pronoun right after the verb that does not close
/// the clause opens the reported clause.
pub(super) fn pron_opens_clause(text: &str, s: &Sent, rs: Span) -> bool {
    let Some(p) = s.cues_of(cue_kind::PRON).find(|(cs, c)| {
        matches!(c, Cue::Pron(_)) && cs.start >= rs.end && token_gap(&s.toks, rs.end, cs.start) <= 1
    }) else {
        return false;
    };
    let rest = text[p.0.end..s.span.end].trim_start();
    !(rest.is_empty() || rest.starts_with(|c: char| ".,;:!?\"“”'’)".contains(c)))
}

/// A genitive right after a nominal act, directly or over its article ("die Lieferungen
/// Nordkoreas", "die Sanktionen der Europäischen Union").
pub(super) fn genitive_after(s: &Sent, tspan: Span, c: &Cand) -> bool {
    c.genitive
        && c.span.start >= tspan.end
        && match token_gap(&s.toks, tspan.end, c.span.start) {
            0 => true,
            1 => matches!(s.lower_text[tspan.end..c.span.start].trim(), "der" | "des"),
            _ => false,
        }
}

/// True when `c` is the subject of a reporting verb right after it and before the act
/// ("firms that Washington says helped Russia", "companies that officials said supplied"):
/// an embedded reporting clause, not the act's own subject.
pub(super) fn reports_before(s: &Sent, c: &Cand, tspan: Span) -> bool {
    s.cues_of(cue_kind::REPORT).any(|(rs, k)| {
        matches!(k, Cue::Report(_))
            && rs.start >= c.span.end
            && rs.end <= tspan.start
            && token_gap(&s.toks, c.span.end, rs.start) == 0
            && token_gap(&s.toks, rs.end, tspan.start) == 0
    })
}

/// The span of a relative pronoun ("who", "die") that opens the clause starting at `c_start`.
pub(super) fn relpron_opening(s: &Sent, c_start: usize) -> Option<Span> {
    s.cues_of(cue_kind::REL_PRON)
        .find(|(cs, c)| {
            matches!(c, Cue::RelPron)
                && cs.start >= c_start
                && token_gap(&s.toks, c_start, cs.start) == 0
        })
        .map(|(cs, _)| *cs)
}

/// The party a relative pronoun opening the trigger's clause stands for, where no
/// subject stands between the pronoun and the trigger ("Chinese firms that supply
/// Russia"): the party right before the pronoun, or an adjective on the noun before it.
pub(super) fn rel_antecedent<'a>(
    s: &'a Sent,
    trig: &Trigger,
    clause: usize,
    tspan: Span,
) -> Option<&'a Cand> {
    let rp = relpron_opening(s, s.clauses[clause])?;
    // English puts the subject right before the verb; a German relative clause puts its
    // objects between the pronoun and the final verb ("Firmen, die Russland … beliefern")
    let german = trig.id.starts_with("de.");
    if rp.end > tspan.start
        || (!german
            && s.cands.iter().any(|c| {
                c.span.start >= rp.end
                    && c.span.end <= tspan.start
                    && c.marker == Marker::None
                    && !reports_before(s, c, tspan)
            }))
    {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| c.span.end <= rp.start)
        .filter(|c| {
            // its marker belongs to the main clause ("sanctions on Chinese firms that …"),
            // but "an agreement with Kim, which pledged" is the agreement's
            !c.speaker
                && !matches!(c.marker, Marker::With | Marker::Actor)
                && match c.head {
                    // "iranische Personen und Firmen, die …"
                    Head::Firm | Head::People => token_gap(&s.toks, c.span.end, rp.start) <= 3,
                    Head::Noun => token_gap(&s.toks, c.span.end, rp.start) == 0,
                    _ => false,
                }
        })
}

/// True when the preposition marking `c` as a doer is one of agency ("durch Deutschland",
/// "seitens der USA", "by Germany"), not of origin ("aus", "von", "from").
pub(super) fn agent_prep(s: &Sent, c: &Cand) -> bool {
    prep_before(s, c).is_some_and(|w| matches!(w, "durch" | "seitens" | "by"))
}

/// The nearest clause before `clause` that holds a word (a comma and the "dass" or
/// "which" after it each open one, so the clause between them is empty).
pub(super) fn prev_clause(s: &Sent, clause: usize) -> Option<usize> {
    (0..clause)
        .rev()
        .find(|&k| !clause_words(s, s.clauses[k], s.clause_end(k)).is_empty())
}

/// The preposition before a party, over its article ("on the Iranian firms" gives "on").
pub(super) fn prep_before<'a>(s: &'a Sent, c: &Cand) -> Option<&'a str> {
    s.toks
        .iter()
        .rev()
        .filter(|t| t.span.end <= c.span.start)
        .take(3)
        .map(|t| &s.lower_text[t.span.start..t.span.end])
        .find(|w| !matches!(*w, "der" | "die" | "das" | "dem" | "den" | "des" | "the"))
}

/// The agent of a passive: the party after "von", "durch", "seitens" or "by" ("von der EU
/// verhängt", "sanctioned by the US Treasury"); "aus", "bei" and "from" name an origin.
pub(super) fn passive_agent(s: &Sent, c: &Cand) -> bool {
    prep_before(s, c).is_some_and(|w| matches!(w, "von" | "vom" | "durch" | "seitens" | "by"))
}

/// A German past participle by its form, wider than [`participle_form`]: also "-iert"
/// ("sanktioniert") and strong "ge-…-en" ("getroffen"), and "beschlossen", "erlassen".
pub(super) fn de_participle(w: &str) -> bool {
    participle_form(w)
        || (w.ends_with("iert") && w.len() > 6)
        || (w.starts_with("ge") && w.ends_with("en") && w.len() > 6 && !w.starts_with("gegen"))
        || matches!(
            w,
            "beschlossen" | "erlassen" | "ausgesprochen" | "verabschiedet" | "angeordnet"
        )
}

/// Whether a clause is passive: German "wurde(n)"/"worden", or "wird"/"werden", with a
/// participle after it in the clause ("Gegen Iran wurden neue Sanktionen verhängt");
/// English a form of "be" right before a participle ("was sanctioned", "were imposed").
pub(super) fn passive_clause(s: &Sent, clause: usize, english: bool) -> bool {
    let r = clause_range(s, s.clauses[clause], s.clause_end(clause));
    let w = &sent_words(s)[r];
    if english {
        w.iter().enumerate().any(|(i, a)| {
            matches!(*a, "was" | "were" | "been" | "being" | "is" | "are" | "be")
                && w[i + 1..].iter().take(3).any(|p| {
                    (p.ends_with("ed") && p.len() > 4) || matches!(*p, "hit" | "put" | "set")
                })
        })
    } else {
        // ("sind von Japan sanktioniert worden": "worden" closes the clause)
        (w.contains(&"worden") && w.iter().any(|p| de_participle(p)))
            || w.iter().enumerate().any(|(i, a)| {
                matches!(*a, "wurde" | "wurden" | "wird" | "werden")
                    && w[i + 1..].iter().any(|p| de_participle(p))
            })
    }
}

/// True when `rest`, the text right after a sentence-initial place, makes it a dateline:
/// an optional agency in brackets, then a dash ("Luxemburg (dpa) - ", "Brüssel – ").
pub(super) fn is_dateline(rest: &str) -> bool {
    let mut r = rest.trim_start();
    if let Some(inner) = r.strip_prefix('(') {
        match inner.find(')') {
            Some(close) if close <= 40 => r = inner[close + 1..].trim_start(),
            _ => return false,
        }
    }
    r.starts_with(['-', '–', '—'])
        && r[r.chars().next().map_or(0, char::len_utf8)..].starts_with(' ')
}

pub(super) fn token_gap(toks: &[Token], from: usize, to: usize) -> usize {
    // tokens are in text order and do not overlap: those starting at `from` or later
    // are a suffix, those ending by `to` a prefix
    let first = toks.partition_point(|t| t.span.start < from);
    let end = toks.partition_point(|t| t.span.end <= to);
    end.saturating_sub(first)
}
