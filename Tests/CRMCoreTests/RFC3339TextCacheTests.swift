import CRMCore
import Testing

@Suite("RFC 3339 text cache")
struct RFC3339TextCacheTests {
    /// The cache's text for `time`, written into room of the documented size.
    static func cached(_ time: Timestamp, _ cache: inout RFC3339TextCache) -> String {
        var room = [UInt8](repeating: 0, count: Timestamp.maximumRFC3339Length)
        let length = room.withUnsafeMutableBufferPointer { cache.write(time, to: $0.baseAddress!) }
        return String(decoding: room[..<length], as: UTF8.self)
    }

    @Test("gives the uncached text across second, minute, day, month, year and epoch boundaries")
    func acrossBoundaries() throws {
        let edges = ["2026-11-22T09:00:00Z", "2026-12-31T23:59:59Z", "2024-02-28T23:59:59Z", "2024-02-29T23:59:59Z",
                     "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]
        var cache = RFC3339TextCache()
        for edge in edges {
            let base = try #require(Timestamp(rfc3339: edge)).milliseconds
            // Each millisecond offset around the edge, in order and then back again, so the cache
            // sees runs in one second, steps forward and steps back.
            let offsets: [Int64] = [-2001, -1001, -1000, -999, -1, 0, 1, 250, 999, 1000, 1001, 59_999, 60_000, 86_400_000]
            for offset in offsets + offsets.reversed() {
                let time = Timestamp(milliseconds: base + offset)
                #expect(Self.cached(time, &cache) == time.rfc3339, "\(base + offset)")
            }
        }
    }

    @Test("gives the uncached text for far and negative years and random instants")
    func farAndRandomInstants() {
        var cache = RFC3339TextCache()
        var state: UInt64 = 0x1234_5678
        var times: [Int64] = [Int64.max, Int64.min, Int64.max - 999, -62_135_596_800_001, 253_402_300_800_000]
        for _ in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            times.append(Int64(bitPattern: state) >> Int64(state % 40))
        }
        for milliseconds in times {
            let time = Timestamp(milliseconds: milliseconds)
            #expect(Self.cached(time, &cache) == time.rfc3339, "\(milliseconds)")
            #expect(Self.cached(time, &cache) == time.rfc3339, "\(milliseconds), cached")
        }
    }

    @Test("two caches do not share what they remember")
    func cachesAreSeparate() throws {
        var first = RFC3339TextCache()
        var second = RFC3339TextCache()
        let morning = try #require(Timestamp(rfc3339: "2026-11-22T09:00:00Z"))
        let evening = try #require(Timestamp(rfc3339: "2026-11-22T21:00:00.500Z"))
        #expect(Self.cached(morning, &first) == "2026-11-22T09:00:00Z")
        #expect(Self.cached(evening, &second) == "2026-11-22T21:00:00.500Z")
        #expect(Self.cached(morning.adding(milliseconds: 5), &first) == "2026-11-22T09:00:00.005Z")
    }
}
