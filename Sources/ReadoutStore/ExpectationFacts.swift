/// What the ledger needs of a stored expectation to look for its fulfilment.
struct ExpectationFacts {
    var pk: Int64
    var docPK: Int64
    var actorCode: String
    var counterpartCode: String?
    var action: String
    /// First and last day of the window in which the action fulfils it.
    var from: Int
    var to: Int
    var statedDay: Int
}
