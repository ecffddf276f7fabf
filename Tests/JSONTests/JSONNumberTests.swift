import Testing
@testable import JSON

@Suite("JSON numbers keep their text and convert exactly")
struct JSONNumberTests {
    @Test("Int64 conversion is exact", arguments: [
        ("0", Int64(0)), ("-7", -7), ("3.0", 3), ("3e2", 300), ("1.5e1", 15), ("9223372036854775807", Int64.max),
        ("-9223372036854775808", Int64.min), ("100e-2", 1),
    ])
    func integers(text: String, expected: Int64) throws {
        let number = try #require(try JSONParser.parse(text).numberValue)
        #expect(number.int64 == expected)
        #expect(number.text == text)
    }

    @Test("non-integers and out-of-range values do not convert", arguments: [
        "1.5", "9223372036854775808", "-9223372036854775809", "1e19", "1e-1", "12345678901234567890",
    ])
    func notIntegers(text: String) throws {
        let number = try #require(try JSONParser.parse(text).numberValue)
        #expect(number.int64 == nil)
    }

    @Test("money in minor units never goes through Double", arguments: [
        ("1.50", Int64(150)), ("0.1", 10), ("19.99", 1999), ("1e2", 10000), ("-0.01", -1), ("90071992547409.93", 9_007_199_254_740_993),
    ])
    func minorUnits(text: String, cents: Int64) throws {
        let number = try #require(try JSONParser.parse(text).numberValue)
        #expect(number.scaledInteger(decimals: 2) == cents)
    }

    @Test("a third decimal place is not money", arguments: ["1.505", "0.001", "1e-3"])
    func tooPrecise(text: String) throws {
        let number = try #require(try JSONParser.parse(text).numberValue)
        #expect(number.scaledInteger(decimals: 2) == nil)
    }

    @Test("minor units render back as exact decimals")
    func rendering() {
        #expect(JSONNumber(units: 150, decimals: 2).text == "1.50")
        #expect(JSONNumber(units: -5, decimals: 2).text == "-0.05")
        #expect(JSONNumber(units: 123_456, decimals: 2).text == "1234.56")
        #expect(JSONNumber(units: 7, decimals: 0).text == "7")
    }
}
