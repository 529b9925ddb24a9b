import ArgumentParser
import Foundation
import ReadoutCore

/// Options shared by commands that read the knowledge base.
struct KBExtraOptions: ParsableArguments {
    @Option(name: .customLong("kb-extra"),
            help: "Extra knowledge-base file (TSV in the compiled format, or a JSON array of entries when it ends in .json); repeatable.")
    var extra: [String] = []

    /// The shipped knowledge base plus the extra files.
    func knowledgeBase() throws -> KnowledgeBase {
        do { return try KnowledgeBase.loading(extra: extra) } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The standard pipeline, its entity stage reading the extra files too when there are any.
    func pipeline() throws -> ReadoutPipeline {
        if extra.isEmpty { return ReadoutPipeline() }
        let kb = try knowledgeBase()
        return ReadoutPipeline(stages: ReadoutPipeline.standardStages().map { $0 is EntityStage ? EntityStage(knowledgeBase: kb) : $0 })
    }
}
