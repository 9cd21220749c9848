//! Language identification with `whatlang` (trigram profiles for ~70
//! languages, no model files). `lingua` is more accurate on short strings
//! but loads hundreds of megabytes of models; `whichlang` is faster but
//! knows no Ukrainian.
//!
//! whatlang scores a text against every candidate language's 300-trigram
//! profile, which costs tens of microseconds per language: too slow for the
//! hot path when the answer is almost always German or English. So a fast
//! path counts the function words of the supported languages
//! (`data/clean/langid.tsv`) and decides when one language clearly
//! dominates; everything else goes to whatlang, restricted by script to
//! plausible candidates. Only the first 400 bytes of the body are
//! looked at.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use milcoop_core::LanguageInfo;
use std::sync::LazyLock;
use whatlang::Detector;

/// Function words of the supported languages in one automaton (ASCII case
/// ignored; a word starting with a non-ASCII letter also gets its
/// capitalised form): the sample is read in one pass.
static FUNCTION_WORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut langs = Vec::new();
    for (lang, w) in include_str!("../../../data/clean/langid.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
    {
        // Words of other languages count as one bin, `FOREIGN`: evidence
        // against calling a short text German or English.
        let i = SUPPORTED.iter().position(|s| *s == lang).unwrap_or(FOREIGN);
        let w = w.trim().to_string();
        let mut cs = w.chars();
        if let Some(c) = cs.next()
            && !c.is_ascii()
        {
            pats.push(c.to_uppercase().chain(cs).collect::<String>());
            langs.push(i);
        }
        pats.push(w);
        langs.push(i);
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&pats)
        .expect("function words");
    (ac, langs)
});

/// Index of the bin counting function words of unsupported languages.
const FOREIGN: usize = SUPPORTED.len();

/// Whole-word function-word hits per supported language (the last bin:
/// other languages), and the number of words in the sample.
fn function_word_hits(sample: &str) -> ([usize; SUPPORTED.len() + 1], usize) {
    let (ac, langs) = &*FUNCTION_WORDS;
    let mut hits = [0usize; SUPPORTED.len() + 1];
    let words = sample.split_ascii_whitespace().count();
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    for m in ac.find_iter(sample) {
        // Whole words only.
        if is_letter(sample[..m.start()].chars().next_back())
            || is_letter(sample[m.end()..].chars().next())
        {
            continue;
        }
        hits[langs[m.pattern().as_usize()]] += 1;
    }
    (hits, words)
}

/// The fast path: a supported language whose function words make up a good
/// share of the sample and outnumber the other's several times.
fn by_function_words(sample: &str) -> Option<LanguageInfo> {
    let (all, words) = function_word_hits(sample);
    let hits = &all[..SUPPORTED.len()];
    let (best, &n) = hits.iter().enumerate().max_by_key(|(_, n)| **n)?;
    let others: usize = hits.iter().sum::<usize>() - n;
    if n >= 5 && n >= 4 * others.max(1) && n * 100 >= words * 10 {
        let code = SUPPORTED[best];
        let confidence = (n as f64 / (n + others) as f64).min(1.0);
        return Some(LanguageInfo {
            code: code.into(),
            confidence,
            supported: true,
        });
    }
    None
}

/// Bytes of body text given to the detector.
const SAMPLE: usize = 400;
/// Fewer letters than this: the language is `und`.
const MIN_LETTERS: usize = 20;
/// Latin-script languages considered. whatlang compares every language's
/// trigram profile by linear search, so its cost grows with the number of
/// candidates; the news languages of Europe and the Americas cover what a
/// crawl of military news brings, at a fraction of the cost.
static LATIN: LazyLock<Detector> = LazyLock::new(|| {
    use whatlang::Lang::*;
    Detector::with_allowlist(vec![
        Eng, Deu, Fra, Spa, Ita, Por, Nld, Pol, Ces, Ron, Hun, Swe, Dan, Nob, Fin, Tur, Hrv, Lit,
        Lav, Est, Slk, Slv,
    ])
});
/// Cyrillic-script languages considered.
static CYRILLIC: LazyLock<Detector> = LazyLock::new(|| {
    use whatlang::Lang::*;
    Detector::with_allowlist(vec![Rus, Ukr, Bel, Bul, Srp, Mkd])
});
/// Languages milcoop extracts events in.
const SUPPORTED: &[&str] = &["de", "en"];

/// ISO 639-1 code of a whatlang language (its `code()` is ISO 639-3).
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Deu => "de",
        Rus => "ru",
        Ukr => "uk",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Bel => "be",
        Mkd => "mk",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Tha => "th",
        Ind => "id",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Uzb => "uz",
        Epo => "eo",
        Lat => "la",
        Cat => "ca",
        Afr => "af",
        Tgl => "tl",
        Yid => "yi",
        Amh => "am",
        Jav => "jv",
        Mar => "mr",
        Kan => "kn",
        Tam => "ta",
        Guj => "gu",
        Pan => "pa",
        Tel => "te",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
    }
}

/// The declared language, normalised ("de-DE" → "de"), if it names one.
fn declared(code: &str) -> Option<String> {
    let c = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (c.len() == 2 && c.chars().all(|c| c.is_ascii_alphabetic())).then_some(c)
}

/// Identifies the language of `body`, trusting `given` (the source's
/// declaration) when it names one.
pub fn identify(body: &str, given: Option<&str>) -> LanguageInfo {
    if let Some(code) = given.and_then(declared) {
        let supported = SUPPORTED.contains(&code.as_str());
        return LanguageInfo {
            code,
            confidence: 1.0,
            supported,
        };
    }
    let mut end = body.len().min(SAMPLE);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &body[..end];
    let und = LanguageInfo {
        code: "und".into(),
        confidence: 0.0,
        supported: false,
    };
    if sample
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_LETTERS)
        .count()
        < MIN_LETTERS
    {
        return und;
    }
    if let Some(info) = by_function_words(sample) {
        return info;
    }
    let script = whatlang::detect_script(sample);
    let latin = script == Some(whatlang::Script::Latin);
    if latin && let Some(info) = by_few_function_words(sample) {
        return info;
    }
    let detected = match script {
        Some(whatlang::Script::Latin) => LATIN.detect(sample),
        Some(whatlang::Script::Cyrillic) => CYRILLIC.detect(sample),
        _ => whatlang::detect(sample),
    };
    let info = match &detected {
        Some(info) => {
            let code = iso639_1(info.lang());
            if code == "und" {
                return und;
            }
            LanguageInfo {
                code: code.to_string(),
                confidence: info.confidence(),
                supported: SUPPORTED.contains(&code),
            }
        }
        None => und,
    };
    // A short Latin text without the function words of any language: the
    // trigram profiles have too little to go on and often name a language
    // milcoop cannot read (a one-line English brief as Finnish). Unless the
    // detector is sure, choose between the supported languages only.
    if latin
        && !info.supported
        && !detected.as_ref().is_some_and(|d| d.is_reliable())
        && sample.split_ascii_whitespace().count() <= SHORT_WORDS
        && function_word_hits(sample).0[FOREIGN] == 0
        && let Some(d) = SUPPORTED_LATIN.detect(sample)
    {
        return LanguageInfo {
            code: iso639_1(d.lang()).to_string(),
            confidence: d.confidence().min(0.5),
            supported: true,
        };
    }
    info
}

/// Texts of at most this many words count as short.
const SHORT_WORDS: usize = 30;

/// The supported languages alone, for short texts.
static SUPPORTED_LATIN: LazyLock<Detector> =
    LazyLock::new(|| Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Deu]));

/// Few function words, but of one supported language only, making up a fair
/// share of the text and clearly more than those of other languages: that
/// language. A short English brief ("Germany delivers tanks to Ukraine.")
/// has too few function words for the fast path, and the trigram detector
/// misreads such texts; an English text with English function words and
/// none of German or another language is English.
fn by_few_function_words(sample: &str) -> Option<LanguageInfo> {
    let (hits, words) = function_word_hits(sample);
    let (best, &n) = hits[..SUPPORTED.len()]
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)?;
    let others: usize = hits[..SUPPORTED.len()].iter().sum::<usize>() - n;
    let foreign = hits[FOREIGN];
    (n >= 1 && others == 0 && foreign * 2 < n && n * 100 >= words * 10).then(|| LanguageInfo {
        code: SUPPORTED[best].into(),
        confidence: 0.5,
        supported: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies_our_samples() {
        let cases = [
            (
                "de",
                "Die Bundesregierung will der Ukraine weitere Flugabwehrsysteme liefern, sagte der Minister am Dienstag in Berlin.",
            ),
            (
                "en",
                "The government plans to send more air defence systems to Ukraine, the minister said on Tuesday in London.",
            ),
            (
                "ru",
                "Правительство планирует отправить Украине новые системы противовоздушной обороны, заявил министр во вторник.",
            ),
            (
                "uk",
                "Уряд планує передати Україні нові системи протиповітряної оборони, заявив міністр у вівторок у Києві.",
            ),
            (
                "fr",
                "Le gouvernement prévoit d'envoyer de nouveaux systèmes de défense aérienne à l'Ukraine, a déclaré le ministre mardi.",
            ),
        ];
        for (want, text) in cases {
            let l = identify(text, None);
            assert_eq!(l.code, want, "{text}");
            assert_eq!(l.supported, want == "de" || want == "en");
            assert!(l.confidence > 0.0);
        }
    }

    #[test]
    fn declared_language_is_trusted() {
        let l = identify(
            "The government plans to send more air defence systems.",
            Some("de-DE"),
        );
        assert_eq!(
            (l.code.as_str(), l.confidence, l.supported),
            ("de", 1.0, true)
        );
        let l = identify("x", Some("ru"));
        assert!(!l.supported);
    }

    #[test]
    fn function_words_are_whole_words() {
        assert!(FUNCTION_WORDS.1.len() > 40);
        // "Thereby" holds "the", "Underdog" holds "und": no hits.
        let tricky = "Thereby Underdog Thereby Underdog Thereby Underdog Thereby Underdog Theme";
        assert_eq!(by_function_words(tricky), None);
        let de = "Für die Armee und über die Grenze, der Minister und die Regierung, das Land und die Leute.";
        assert_eq!(by_function_words(de).map(|l| l.code), Some("de".into()));
    }

    #[test]
    fn fast_path_decides_clear_cases_only() {
        let de = "Die Regierung hat sich mit der Opposition auf ein Paket für die Bundeswehr geeinigt, das noch in diesem Jahr vom Bundestag beschlossen werden soll.";
        assert_eq!(by_function_words(de).map(|l| l.code), Some("de".into()));
        let en = "The government has agreed with the opposition on a package for the armed forces, which is to be passed by parliament this year.";
        assert_eq!(by_function_words(en).map(|l| l.code), Some("en".into()));
        let nl = "De regering heeft met de oppositie een pakket voor de strijdkrachten afgesproken dat dit jaar door het parlement moet worden aangenomen.";
        assert_eq!(by_function_words(nl), None);
        assert_eq!(identify(nl, None).code, "nl");
    }

    #[test]
    fn short_texts_choose_a_supported_language() {
        let en = [
            "Germany delivers tanks to Ukraine.",
            "Iran has shipped more drones to Russia.",
            "Kyiv has asked Washington for more Patriot batteries.",
            "Pyongyang sends artillery shells to Moscow, officials say.",
            "Seoul approves export licence for howitzers",
            "Finland buys Israeli air defence system",
            "Poland signs deal for Korean tanks",
        ];
        for text in en {
            let l = identify(text, None);
            assert_eq!((l.code.as_str(), l.supported), ("en", true), "{text}");
        }
        let de = [
            "Deutschland liefert Panzer an die Ukraine.",
            "Iran schickt Drohnen nach Russland",
            "Polen kauft Panzer aus Korea",
        ];
        for text in de {
            let l = identify(text, None);
            assert_eq!((l.code.as_str(), l.supported), ("de", true), "{text}");
        }
        // Other languages with their own function words stay what they are.
        let nl = "De regering levert tanks aan Oekraïne, zegt de minister.";
        assert_eq!(identify(nl, None).code, "nl");
        let fr = "Le gouvernement livre des chars à l'Ukraine, dit le ministre.";
        assert_eq!(identify(fr, None).code, "fr");
        let es = "El gobierno envía tanques a Ucrania, dijo el ministro.";
        assert_eq!(identify(es, None).code, "es");
        // A longer text in another language is not overruled by one "the".
        let pl = "Polska podpisała umowę na dostawę czołgów z Koreą Południową, a minister obrony powiedział dziennikarzom w Warszawie, że pierwsze maszyny trafią do jednostek jeszcze w tym roku, jak podał the Guardian.";
        assert_eq!(identify(pl, None).code, "pl");
    }

    #[test]
    fn short_text_is_undetermined() {
        assert_eq!(identify("Hallo", None).code, "und");
        assert_eq!(identify("", None).code, "und");
        assert_eq!(identify("12 34 56 78 90 12 34 56 78", None).code, "und");
    }
}
