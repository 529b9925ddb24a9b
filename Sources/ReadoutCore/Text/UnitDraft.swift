/// A text unit found by the boundary finder, before its kind is settled.
struct UnitDraft {
    /// Index of the unit's first token.
    var start: Int
    /// Index one past the unit's last token.
    var end: Int
    /// The paragraph the unit belongs to.
    var paragraph: Int
    /// The unit is a short line of its own inside a paragraph (a heading line).
    var isHeadingLine = false
}
