//! Bytes to text, as exports really come: UTF-8 with or without a byte-order mark, else
//! Windows-1252 (what Excel on Windows saves); and the CSV separator a file uses.

/// The text of an export: UTF-8 (a leading BOM dropped), else decoded as Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
    }
}

/// One Windows-1252 byte as a character (Latin-1 but for 0x80..0x9F).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—',
        '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The separator of a CSV text: whichever of `,`, `;`, `|` and tab its header line (outside
/// quotes) has most of; `,` when it has none.
pub fn csv_separator(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0), ('|', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '\n' if !quoted => break,
            '"' => quoted = !quoted,
            c if !quoted => counts.iter_mut().filter(|(s, _)| *s == c).for_each(|(_, n)| *n += 1),
            _ => {}
        }
    }
    counts.iter().filter(|(_, n)| *n > 0).max_by_key(|(_, n)| *n).map_or(',', |(s, _)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_bom_and_windows_1252() {
        assert_eq!(decode("\u{feff}Zoë".as_bytes()), "Zoë");
        assert_eq!(decode(b"Zo\xeb \x80 \x93q\x94"), "Zoë € “q”");
    }

    #[test]
    fn the_separator_is_read_from_the_header() {
        assert_eq!(csv_separator("a;b;c\n1,5;2;3"), ';');
        assert_eq!(csv_separator("\"x;y\",b\n"), ',');
        assert_eq!(csv_separator("a\tb\n"), '\t');
        assert_eq!(csv_separator("login|mail|team\n"), '|');
        assert_eq!(csv_separator("userName\n"), ',');
    }
}
