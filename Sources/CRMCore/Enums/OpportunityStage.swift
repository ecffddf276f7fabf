/// The six sales stages. Four are open; `won` and `lost` are closed and leave only by reopening.
public enum OpportunityStage: String, CaseIterable, Hashable, Sendable, Labeled {
    case prospect
    case qualified
    case proposal
    case negotiation
    case won
    case lost

    public static let open: [OpportunityStage] = [.prospect, .qualified, .proposal, .negotiation]

    /// Position in `allCases`, for array-indexed tallies.
    var ordinal: Int {
        switch self {
        case .prospect: 0
        case .qualified: 1
        case .proposal: 2
        case .negotiation: 3
        case .won: 4
        case .lost: 5
        }
    }

    public var isOpen: Bool { self != .won && self != .lost }
    public var isClosed: Bool { !isOpen }

    /// The probability a deal gets at this stage unless overridden: 10/25/50/75/100/0.
    public var defaultProbability: Int {
        switch self {
        case .prospect: 10
        case .qualified: 25
        case .proposal: 50
        case .negotiation: 75
        case .won: 100
        case .lost: 0
        }
    }

    /// The forecast bucket this stage maps to (POC v1 derives it; an explicit field is phase 2).
    public var forecastCategory: ForecastCategory {
        switch self {
        case .prospect, .qualified: .pipeline
        case .proposal: .bestCase
        case .negotiation: .commit
        case .won: .closed
        case .lost: .omitted
        }
    }

    public func label(_ language: Language) -> String {
        switch self {
        case .prospect: pick(language, "Prospect", "잠재 고객")
        case .qualified: pick(language, "Qualified", "적격")
        case .proposal: pick(language, "Proposal", "제안")
        case .negotiation: pick(language, "Negotiation", "협상")
        case .won: pick(language, "Won", "수주")
        case .lost: pick(language, "Lost", "실주")
        }
    }
}
