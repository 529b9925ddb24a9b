/// Reads brat standoff attribution annotations (PolNeAR style): `T` spans labelled Source, Cue and Content,
/// linked per attribution by `E` lines.
public enum BratAttributions {
    /// The gold attributions in `ann`, for a document whose text is `text` (offsets are Unicode scalars).
    public static func parse(_ ann: String, text: String) -> [AttributionScorer.Gold] {
        var spans: [String: (label: String, ranges: [Range<Int>], text: Substring)] = [:]
        var events: [[String: String]] = []
        for line in ann.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let id = fields.first else { continue }
            if id.hasPrefix("T") {
                let header = fields[1].split(separator: " ", maxSplits: 1)
                guard header.count == 2 else { continue }
                var ranges: [Range<Int>] = []
                for piece in header[1].split(separator: ";") {
                    let bounds = piece.split(separator: " ")
                    if bounds.count == 2, let a = Int(bounds[0]), let b = Int(bounds[1]), a <= b { ranges.append(a..<b) }
                }
                spans[String(id)] = (String(header[0]), ranges, fields.count > 2 ? fields[2] : "")
            } else if id.hasPrefix("E") {
                var roles: [String: String] = [:]
                for arg in fields[1].split(separator: " ") {
                    let parts = arg.split(separator: ":", maxSplits: 1)
                    if parts.count == 2 { roles[String(parts[0])] = String(parts[1]) }
                }
                events.append(roles)
            }
        }
        var gold: [AttributionScorer.Gold] = []
        for roles in events {
            guard let contentID = roles["Content"], let content = spans[contentID], !content.ranges.isEmpty else { continue }
            let source = roles["Source"].flatMap { spans[$0]?.ranges } ?? []
            let direct = AttributionScorer.hasMarks(content.text)
            gold.append(AttributionScorer.Gold(content: content.ranges, source: source, direct: direct))
        }
        return gold
    }
}
