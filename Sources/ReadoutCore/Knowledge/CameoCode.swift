import Foundation

/// A CAMEO event code with its Goldstein value and PLOVER mapping.
public struct CameoCode: Sendable, Codable, Hashable {
    /// The code ("036", "1041").
    public var code: String
    /// What it means.
    public var description: String
    /// Goldstein scale value.
    public var goldstein: Double?
    /// The PLOVER type it maps to.
    public var ploverType: String?
    /// The PLOVER mode it maps to.
    public var ploverMode: String?
    /// The PLOVER context it maps to ("diplomatic", "military", …).
    public var ploverContext: String?
    /// CAMEO quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
    public var quadClass: Int?

    /// Creates a CAMEO code entry.
    public init(code: String, description: String, goldstein: Double?, ploverType: String?, ploverMode: String?,
                ploverContext: String? = nil, quadClass: Int? = nil) {
        self.code = code
        self.description = description
        self.goldstein = goldstein
        self.ploverType = ploverType
        self.ploverMode = ploverMode
        self.ploverContext = ploverContext
        self.quadClass = quadClass
    }
}
