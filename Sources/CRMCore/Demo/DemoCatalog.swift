/// The fixed cast of the demo: people, fashion brands and the deals between them. Offsets are days
/// before `now`, so the demo always covers the last four quarters.
enum DemoCatalog {
    struct Person {
        var handle: String
        var name: String
        var email: String
    }

    static let manager = Person(handle: "mgr.han", name: "한지수", email: "jisoo.han@clover.example")
    static let bds = [
        Person(handle: "bd.kim", name: "김민지", email: "minji.kim@clover.example"),
        Person(handle: "bd.park", name: "박서준", email: "seojun.park@clover.example"),
        Person(handle: "bd.smith", name: "Emily Smith", email: "emily.smith@clover.example"),
        Person(handle: "bd.jones", name: "Daniel Jones", email: "daniel.jones@clover.example"),
    ]

    struct Brand {
        var name: String
        var domain: String
        var country: String
        var owner: Int
        var plan: String
        var seats: Int
        var seatsUsed: Int
        var health: AccountHealth
        var currency: String
        var contact: (name: String, title: String, email: String)
        var painPoints: String
    }

    static let brands: [Brand] = [
        Brand(name: "Nike, Inc.", domain: "nike.com", country: "US", owner: 2, plan: "CLO3D Enterprise", seats: 120, seatsUsed: 104,
              health: .high, currency: "USD", contact: ("Rachel Green", "Director, Digital Product Creation", "rachel.green@nike.com"),
              painPoints: "Physical sampling rounds per season; 3D assets not reused downstream."),
        Brand(name: "Hugo Boss AG", domain: "hugoboss.com", country: "DE", owner: 2, plan: "CLO3D Enterprise", seats: 80, seatsUsed: 86,
              health: .medium, currency: "EUR", contact: ("Anna Weber", "Head of 3D Design", "anna.weber@hugoboss.com"),
              painPoints: "Seat shortage in tailoring team; wants fit simulation for suits."),
        Brand(name: "adidas AG", domain: "adidas.com", country: "DE", owner: 3, plan: "Pro", seats: 60, seatsUsed: 41,
              health: .medium, currency: "USD", contact: ("Lukas Becker", "VP Digital Creation", "lukas.becker@adidas.com"),
              painPoints: "Footwear uppers and apparel on separate tools."),
        Brand(name: "Inditex S.A.", domain: "inditex.com", country: "ES", owner: 3, plan: "CLO3D Enterprise", seats: 150, seatsUsed: 133,
              health: .high, currency: "USD", contact: ("Lucía Fernández", "Group Digital Design Lead", "lucia.fernandez@inditex.com"),
              painPoints: "Speed: weekly drops need 3D approval in days."),
        Brand(name: "Zara", domain: "zara.com", country: "ES", owner: 3, plan: "Pro", seats: 40, seatsUsed: 22,
              health: .low, currency: "USD", contact: ("Marta López", "3D Team Manager", "marta.lopez@zara.com"),
              painPoints: "Low adoption outside the womenswear team."),
        Brand(name: "Fast Retailing Co., Ltd.", domain: "fastretailing.com", country: "JP", owner: 0, plan: "Standard", seats: 30, seatsUsed: 12,
              health: .atRisk, currency: "JPY", contact: ("Sato Haruka", "Uniqlo R&D Manager", "haruka.sato@fastretailing.com"),
              painPoints: "Unclear ROI; pilot team changed twice."),
        Brand(name: "H&M Group", domain: "hm.com", country: "SE", owner: 4, plan: "Pro", seats: 50, seatsUsed: 47,
              health: .high, currency: "USD", contact: ("Erik Lindqvist", "Head of Design Technology", "erik.lindqvist@hm.com"),
              painPoints: "Sustainability reporting needs fewer physical samples."),
        Brand(name: "Burberry Group plc", domain: "burberry.com", country: "GB", owner: 4, plan: "Standard", seats: 20, seatsUsed: 9,
              health: .low, currency: "USD", contact: ("Oliver Hughes", "Innovation Lead", "oliver.hughes@burberry.com"),
              painPoints: "Heritage trench patterns must be digitised first."),
        Brand(name: "무신사", domain: "musinsa.com", country: "KR", owner: 1, plan: "Pro", seats: 25, seatsUsed: 25,
              health: .high, currency: "KRW", contact: ("이서연", "무신사 스탠다드 디자인팀장", "seoyeon.lee@musinsa.com"),
              painPoints: "PB 브랜드 샘플 리드타임 단축 필요."),
        Brand(name: "㈜이랜드월드", domain: "eland.co.kr", country: "KR", owner: 0, plan: "Standard", seats: 15, seatsUsed: 6,
              health: .medium, currency: "KRW", contact: ("최민호", "SPA 사업부 차장", "minho.choi@eland.co.kr"),
              painPoints: "스파오·미쏘 시즌 기획에 3D 적용 검토 중."),
    ]

    /// A deal: brand index, name, acv (major units, in the brand's currency), days ago created, and
    /// stage moves as (stage, days ago); `lost` carries its reason.
    struct Deal {
        var brand: Int
        var name: String
        var acv: Int64
        var created: Int
        var moves: [(OpportunityStage, Int)]
        var lostReason: String? = nil
        var termYears: Int = 1
    }

    static let deals: [Deal] = [
        Deal(brand: 0, name: "Nike — Global DPC rollout", acv: 240_000, created: 330, moves: [(.qualified, 320), (.proposal, 300), (.negotiation, 285), (.won, 270)], termYears: 3),
        Deal(brand: 0, name: "Nike — Footwear seats expansion", acv: 60_000, created: 120, moves: [(.qualified, 110), (.proposal, 70), (.negotiation, 30)]),
        Deal(brand: 1, name: "Hugo Boss — Tailoring fit pilot", acv: 45_000, created: 250, moves: [(.qualified, 240), (.proposal, 200), (.won, 180)]),
        Deal(brand: 1, name: "Hugo Boss — Seat top-up", acv: 18_000, created: 40, moves: [(.qualified, 30), (.proposal, 12)]),
        Deal(brand: 2, name: "adidas — Apparel 3D", acv: 90_000, created: 300, moves: [(.qualified, 280), (.proposal, 250), (.lost, 230)], lostReason: "Chose in-house tool"),
        Deal(brand: 2, name: "adidas — Footwear uppers", acv: 75_000, created: 90, moves: [(.qualified, 80), (.proposal, 50), (.negotiation, 20)]),
        Deal(brand: 3, name: "Inditex — Group licence", acv: 300_000, created: 200, moves: [(.qualified, 190), (.proposal, 160), (.negotiation, 140), (.won, 120)], termYears: 2),
        Deal(brand: 4, name: "Zara — Womenswear adoption", acv: 35_000, created: 150, moves: [(.qualified, 140), (.lost, 100)], lostReason: "Timing: reorganisation"),
        Deal(brand: 4, name: "Zara — Menswear pilot", acv: 28_000, created: 25, moves: [(.qualified, 15)]),
        Deal(brand: 5, name: "Uniqlo — R&D pilot", acv: 6_000_000, created: 210, moves: [(.qualified, 200), (.proposal, 170), (.won, 160)]),
        Deal(brand: 5, name: "Uniqlo — Renewal", acv: 6_500_000, created: 35, moves: [(.proposal, 20)]),
        Deal(brand: 6, name: "H&M — Sustainability sampling", acv: 110_000, created: 110, moves: [(.qualified, 100), (.proposal, 80), (.negotiation, 60), (.won, 45)]),
        Deal(brand: 6, name: "H&M — COS brand add-on", acv: 40_000, created: 60, moves: [(.qualified, 50), (.proposal, 40), (.lost, 20)], lostReason: "Budget frozen"),
        Deal(brand: 7, name: "Burberry — Heritage digitisation", acv: 55_000, created: 180, moves: [(.qualified, 170), (.proposal, 160), (.negotiation, 155), (.won, 150)]),
        Deal(brand: 2, name: "adidas — Running apparel pilot", acv: 64_000, created: 260, moves: [(.qualified, 240), (.proposal, 215), (.won, 200)]),
        Deal(brand: 7, name: "Burberry — Outerwear team", acv: 22_000, created: 14, moves: []),
        Deal(brand: 8, name: "무신사 — 스탠다드 PB 도입", acv: 85_000_000, created: 160, moves: [(.qualified, 150), (.proposal, 130), (.won, 110)]),
        Deal(brand: 8, name: "무신사 — 시트 확장", acv: 30_000_000, created: 28, moves: [(.qualified, 20), (.proposal, 10), (.won, 3)]),
        Deal(brand: 9, name: "이랜드 — 스파오 파일럿", acv: 40_000_000, created: 75, moves: [(.qualified, 60), (.lost, 40)], lostReason: "내부 예산 미확보"),
        Deal(brand: 9, name: "이랜드 — 미쏘 3D 기획", acv: 25_000_000, created: 10, moves: []),
        Deal(brand: 3, name: "Inditex — Massimo Dutti add-on", acv: 70_000, created: 70, moves: [(.qualified, 60), (.proposal, 45), (.negotiation, 25), (.won, 6)]),
        Deal(brand: 0, name: "Nike — Converse pilot", acv: 32_000, created: 50, moves: [(.qualified, 40), (.lost, 8)], lostReason: "Lost to competitor"),
        Deal(brand: 6, name: "H&M — Arket design team", acv: 26_000, created: 20, moves: [(.qualified, 5)]),
    ]

    /// Leads in every status and from every source.
    static let leads: [(name: String, company: String, email: String, country: String, source: LeadSource, status: LeadStatus, owner: Int, daysAgo: Int)] = [
        ("Sophie Martin", "Lacoste", "sophie.martin@lacoste.com", "FR", .event, .new, 2, 6),
        ("Jonas Müller", "Puma SE", "jonas.mueller@puma.com", "DE", .inbound, .new, 3, 4),
        ("정하늘", "F&F (MLB Korea)", "haneul.jung@fnf.co.kr", "KR", .referral, .contacted, 1, 18),
        ("Giulia Rossi", "Prada S.p.A.", "giulia.rossi@prada.com", "IT", .coldOutreach, .contacted, 4, 25),
        ("Kenji Watanabe", "Onward Holdings", "kenji.watanabe@onward.co.jp", "JP", .event, .qualified, 0, 35),
        ("Emma Wilson", "Levi Strauss & Co.", "emma.wilson@levi.com", "US", .referral, .qualified, 2, 40),
        ("윤지호", "코오롱인더스트리 FnC", "jiho.yoon@kolon.com", "KR", .inbound, .disqualified, 1, 80),
        ("Lars Jensen", "Bestseller A/S", "lars.jensen@bestseller.com", "DK", .coldOutreach, .disqualified, 3, 95),
        ("Chloé Dubois", "Decathlon", "chloe.dubois@decathlon.com", "FR", .inbound, .qualified, 4, 55),
        ("Mia Thompson", "Gap Inc.", "mia.thompson@gap.com", "US", .event, .new, 2, 2),
    ]
}
