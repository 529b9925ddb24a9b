import Foundation

/// Places with coordinates: hand-kept conflict regions (cities and admin-1 regions come next).
struct PlaceBuilder {
    /// The `kb-sources` directory.
    let sources: URL
    /// Folded names already present as seats or capitals.
    let skipNames: Set<String>

    /// All place entries.
    func build() throws -> [KBEntry] {
        HandTableParser.regions(HandRegions.table)
    }
}
