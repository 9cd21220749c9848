//! Dev tool: extract one gzipped page and print the text.
use std::io::Read;
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let mut s = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap())
        .read_to_string(&mut s)
        .unwrap();
    let d = milcoop_html::extract(&s, None);
    println!("{:#?}", HtmlDocShort(&d));
    println!("{}", d.text);
}
struct HtmlDocShort<'a>(&'a milcoop_html::HtmlDoc);
impl std::fmt::Debug for HtmlDocShort<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        write!(
            f,
            "title={:?} site={:?} canon={:?} pub={:?} lang={:?} authors={:?}",
            d.title, d.site_name, d.canonical_url, d.published, d.language, d.authors
        )
    }
}
