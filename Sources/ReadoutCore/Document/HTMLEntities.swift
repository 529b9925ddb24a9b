/// Decodes HTML and XML character references (`&amp;`, `&#8217;`, `&#x2014;`) in UTF-8 bytes.
enum HTMLEntities {
    /// The named references news pages use; unknown names are left as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "middot": "·", "bull": "•", "sect": "§",
        "para": "¶", "dagger": "†", "Dagger": "‡", "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼",
        "frac34": "¾", "sup2": "²", "sup3": "³", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "iexcl": "¡", "iquest": "¿",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
        "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "aring": "å", "Aring": "Å", "aelig": "æ",
        "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è",
        "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê", "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í",
        "igrave": "ì", "Igrave": "Ì", "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ",
        "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô",
        "Ocirc": "Ô", "otilde": "õ", "Otilde": "Õ", "ouml": "ö", "Ouml": "Ö", "oslash": "ø", "Oslash": "Ø",
        "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û",
        "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "szlig": "ß", "scaron": "š",
        "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ", "OElig": "Œ", "eth": "ð", "thorn": "þ",
    ]

    /// Windows-1252 meanings of the C1 code points, as browsers read `&#146;`.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x89: 0x2030,
        0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
        0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161,
        0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// `bytes` as a string with every character reference decoded.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(38) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let c = bytes[i]
            guard c == 38, let (replacement, length) = reference(bytes, at: i) else {
                out.append(c)
                i += 1
                continue
            }
            out.append(contentsOf: replacement.utf8)
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text a reference starting at `i` (on '&') stands for, and its length including `;`.
    private static func reference(_ b: ArraySlice<UInt8>, at i: Int) -> (String, Int)? {
        var j = i + 1
        guard j < b.endIndex else { return nil }
        if b[j] == 35 {  // &#
            j += 1
            var hex = false
            if j < b.endIndex, b[j] | 0x20 == 120 { hex = true; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < b.endIndex, j - digitsStart < 8 {
                let d = b[j]
                if d >= 48 && d <= 57 {
                    value = value * (hex ? 16 : 10) + UInt32(d - 48)
                } else if hex, (d | 0x20) >= 97, (d | 0x20) <= 102 {
                    value = value * 16 + UInt32((d | 0x20) - 87)
                } else {
                    break
                }
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < b.endIndex, b[j] == 59 { j += 1 }
            let mapped = windows1252[value] ?? value
            let scalar = mapped == 0 ? nil : Unicode.Scalar(mapped)
            return (String(Character(scalar ?? "\u{FFFD}")), j - i)
        }
        let nameStart = j
        while j < b.endIndex, j - nameStart < 10, (b[j] | 0x20) >= 97 && (b[j] | 0x20) <= 122 || (b[j] >= 48 && b[j] <= 57) { j += 1 }
        guard j > nameStart, j < b.endIndex, b[j] == 59 else { return nil }
        guard let text = named[String(decoding: b[nameStart..<j], as: UTF8.self)] else { return nil }
        return (text, j + 1 - i)
    }
}
