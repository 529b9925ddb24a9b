import ArgumentParser
import Foundation
import ReadoutCore

/// `readout kb lookup NAME`: everything the knowledge base knows under a name.
struct KBLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the entries known under a name (exact, then case-insensitive), or the holders of an office.",
        discussion: """
        Examples: `readout kb lookup Lavrov`, `readout kb lookup Kiev`, \
        `readout kb lookup "Secretary of State" --country USA --date 2020-06-01`.

        Exit status: 0 when something is known under NAME (or the office lookup ran), 1 when nothing is, \
        2 when the knowledge base or an --kb-extra file cannot be read or the arguments are wrong.
        """
    )

    @Argument(help: "A name, alias, demonym or description; or an office title with --country.")
    var name: String

    @Option(help: "The date (YYYY-MM-DD) roles are resolved at; default: show all roles.")
    var date: String?

    @Option(help: "Treat NAME as an office and list its holders for this country or organisation code.")
    var country: String?

    @OptionGroup var extra: KBExtraOptions

    func validate() throws {
        if let date, !ISODay.isValid(date) { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        if country != nil && date == nil { throw ValidationError("--country needs --date") }
    }

    func run() throws {
        let kb = try extra.knowledgeBase()
        if let country, let date {
            let refs = kb.holdings(of: name, country: country, on: date)
            if refs.isEmpty { print("no holder of '\(name)' for \(country) on \(date)") }
            for ref in refs { print(KBDescribe.entry(kb.entries[Int(ref.entry)], date: date)) }
            return
        }
        var found = kb.entries(named: name)
        if found.isEmpty {
            let folded = name.lowercased()
            found = kb.entries.filter { e in
                ([e.name] + e.aliases + e.demonyms + e.descriptions).contains { $0.lowercased() == folded }
            }
        }
        if found.isEmpty {
            print("nothing known as '\(name)'")
            throw ExitCode(1)
        }
        for e in found { print(KBDescribe.entry(e, date: date)) }
    }
}
