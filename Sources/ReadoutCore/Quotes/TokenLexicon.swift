/// Lexicon memberships looked up once per word while lexing, so loops over every token test a bit instead of a set.
enum TokenLexicon {
    /// A speech or cognition cue verb (`AttributionLexicon.cues`).
    static let cue: UInt8 = 1 << 0
    /// A reporting noun (`AttributionLexicon.nominalCues`).
    static let nominalCue: UInt8 = 1 << 1
    /// The word `according`.
    static let according: UInt8 = 1 << 2
    /// A word that can start a figure (`FigureLexicon.startWords`).
    static let figureStart: UInt8 = 1 << 3

    /// The flags of every word key that has some.
    static let table: KeyTable<UInt8> = {
        var flags: [UInt64: UInt8] = [:]
        for key in AttributionLexicon.cues.keys.members { flags[key, default: 0] |= cue }
        for key in AttributionLexicon.nominalCues.members { flags[key, default: 0] |= nominalCue }
        flags[AttributionLexicon.according, default: 0] |= according
        for key in FigureLexicon.startWords.members { flags[key, default: 0] |= figureStart }
        return KeyTable(flags)
    }()
}
