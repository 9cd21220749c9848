//! Language identification with `whatlang` (trigram profiles for ~70
//! languages, no model files, a few microseconds on a paragraph). `lingua`
//! is more accurate on short strings but loads hundreds of megabytes of
//! models; `whichlang` is faster but knows no Ukrainian. Only the first
//! [`SAMPLE`] bytes of the body are looked at: more text changes nothing
//! for a news article and costs time on the hot path.

use milcoop_core::LanguageInfo;

/// Bytes of body text given to the detector.
const SAMPLE: usize = 1500;
/// Fewer letters than this: the language is `und`.
const MIN_LETTERS: usize = 20;
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
    match whatlang::detect(sample) {
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
    }
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
    fn short_text_is_undetermined() {
        assert_eq!(identify("Hallo", None).code, "und");
        assert_eq!(identify("", None).code, "und");
        assert_eq!(identify("12 34 56 78 90 12 34 56 78", None).code, "und");
    }
}
