import ArgumentParser
import Foundation

/// How query results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

/// The `--format` option every question shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "table (aligned, for reading), json, jsonl or csv (for scripts).")
    var format: OutputFormat = .table
}

/// A result row that can be printed as a table or CSV line as well as JSON.
protocol Tabular: Encodable {
    /// Column headers.
    static var columns: [String] { get }
    /// The row's cells, one per column.
    var cells: [String] { get }
}

/// Whether standard output / standard error is a terminal.
enum Terminal {
    static var stdout: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderr: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Prints result rows in the chosen format.
func emit<Row: Tabular>(_ rows: [Row], format: OutputFormat) {
    let out = FileHandle.standardOutput
    switch format {
    case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(rows) { out.write(data + Data("\n".utf8)) }
    case .jsonl:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var buffer = Data()
        for row in rows {
            if let data = try? encoder.encode(row) { buffer.append(data); buffer.append(10) }
        }
        out.write(buffer)
    case .csv:
        var text = CSV.line(Row.columns)
        for row in rows { text += CSV.line(row.cells) }
        out.write(Data(text.utf8))
    case .table:
        out.write(Data(TableText.render(columns: Row.columns, rows: rows.map(\.cells), styled: Terminal.stdout).utf8))
        if rows.isEmpty { printError("(no results)") }
    }
}

/// RFC 4180 CSV lines.
enum CSV {
    /// One line, fields quoted when needed, ending in CRLF-free `\n`.
    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\n"
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// An aligned text table.
enum TableText {
    /// The widest a cell is shown before it is cut with `…`.
    static let maxWidth = 60

    /// Renders columns and rows; headers bold when `styled`.
    static func render(columns: [String], rows: [[String]], styled: Bool) -> String {
        let clipped = rows.map { $0.map { clip($0.replacingOccurrences(of: "\n", with: " ")) } }
        var widths = columns.map(\.count)
        for row in clipped {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                parts.append(isLast ? cell : cell + String(repeating: " ", count: widths[index] - cell.count))
            }
            return parts.joined(separator: "  ")
        }
        let header = line(columns)
        var text = (styled ? "\u{1B}[1m" + header + "\u{1B}[0m" : header) + "\n"
        for row in clipped { text += line(row) + "\n" }
        return text
    }

    static func clip(_ cell: String) -> String {
        cell.count > maxWidth ? String(cell.prefix(maxWidth - 1)) + "…" : cell
    }
}

/// A number with two decimals, or empty.
func decimal(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? ""
}
