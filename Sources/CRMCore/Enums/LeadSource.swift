/// How a lead was found; referral is the highest-converting channel.
public enum LeadSource: String, CaseIterable, Hashable, Sendable, Labeled {
    case event
    case referral
    case inbound
    case coldOutreach = "cold_outreach"

    public func label(_ language: Language) -> String {
        switch self {
        case .event: pick(language, "Event", "이벤트")
        case .referral: pick(language, "Referral", "추천")
        case .inbound: pick(language, "Inbound", "인바운드")
        case .coldOutreach: pick(language, "Cold Outreach", "콜드 아웃리치")
        }
    }
}
