import CRMCore
import JSONRPC

extension TallyByCurrency {
    /// `{amount, currency, count, otherCurrencies}`: the base currency is the headline.
    var json: JSONValue {
        let headline = self.headline
        return [
            "amount": headline.amount.json, "currency": .string(headline.amount.currency.code), "count": JSONValue(headline.count),
            "otherCurrencies": .array(others.map { tally in
                ["amount": tally.amount.json, "currency": .string(tally.amount.currency.code), "count": JSONValue(tally.count)]
            }),
        ]
    }
}

extension Optional where Wrapped == Double {
    /// A ratio or percentage, rounded to 4 decimals for display; null when undefined.
    var json: JSONValue {
        guard let value = self, value.isFinite else { return .null }
        return JSONValue((value * 10_000).rounded() / 10_000)
    }
}

extension Optional where Wrapped == Money {
    var json: JSONValue { map { $0.json } ?? .null }
}
