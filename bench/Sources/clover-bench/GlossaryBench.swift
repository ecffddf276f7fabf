import Foundation
import Glossary

/// The glossary figures the performance issue asks for, measured in-process: load time, lookups per
/// second and search latency over a mixed query set.
enum GlossaryBench {
    static func run(directory: URL) throws {
        let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] != nil
        print("# Glossary (\(directory.path))")

        // Start-up: a fresh load, then the first lookup and search on it (nothing warmed but the files).
        var loads: [Double] = []
        var firstQueries: [Double] = []
        var last: Glossary? = try Glossary(loadingFrom: directory)
        for _ in 0..<20 {
            // The previous glossary is freed before the clock starts: assigning over it inside the
            // measurement timed its deallocation too (about a tenth of the span), which a server,
            // loading once, never pays.
            last = nil
            let started = monotonicNanoseconds()
            let glossary = try Glossary(loadingFrom: directory)
            loads.append(Double(monotonicNanoseconds() - started) / 1e6)
            let queried = monotonicNanoseconds()
            _ = glossary.lookup("pipeline")
            _ = glossary.search("pipline")
            firstQueries.append(Double(monotonicNanoseconds() - queried) / 1e3)
            last = glossary
        }
        guard let glossary = last else { return }
        let stats = glossary.statistics
        print("load (\(stats.entryCount) entries, \(stats.nameCount) names): min \(format(loads.min() ?? .nan, 2)) ms, median \(format(Measurements.percentile(loads, 0.5), 2)) ms (20 loads)")
        print("first lookup + search after a load: median \(format(Measurements.percentile(firstQueries, 0.5))) µs")

        let queries = GlossaryQuerySet(entries: glossary.entries)
        let rounds = quick ? 20 : 200
        var sink = 0
        let lookupCount = queries.lookupHits.count * rounds
        let lookupStarted = monotonicNanoseconds()
        for _ in 0..<rounds {
            for query in queries.lookupHits { sink &+= glossary.lookup(query).alternatives.count }
        }
        let lookupSeconds = Double(monotonicNanoseconds() - lookupStarted) / 1e9
        print("lookup (names that exist, \(queries.lookupHits.count) queries): \(format(Double(lookupCount) / lookupSeconds / 1000)) k/s")

        let missRounds = quick ? 2 : 20
        let missStarted = monotonicNanoseconds()
        for _ in 0..<missRounds {
            for query in queries.lookupMisses { sink &+= glossary.lookup(query).suggestions.count }
        }
        let missSeconds = Double(monotonicNanoseconds() - missStarted) / 1e9
        print("lookup (misses, with suggestions, \(queries.lookupMisses.count) queries): \(format(Double(queries.lookupMisses.count * missRounds) / missSeconds / 1000)) k/s")

        let searchRounds = quick ? 3 : 30
        var samples: [String: [Double]] = [:]
        var all: [Double] = []
        for _ in 0..<searchRounds {
            for (kind, query) in queries.searches {
                let started = monotonicNanoseconds()
                sink &+= glossary.search(query).hits.count
                let micros = Double(monotonicNanoseconds() - started) / 1e3
                samples[kind, default: []].append(micros)
                all.append(micros)
            }
        }
        print("search (\(queries.searches.count) mixed queries × \(searchRounds)): p50 \(format(Measurements.percentile(all, 0.5))) µs, p99 \(format(Measurements.percentile(all, 0.99))) µs, max \(format(all.max() ?? .nan)) µs")
        for kind in samples.keys.sorted() {
            let kindSamples = samples[kind] ?? []
            print("  \(kind): p50 \(format(Measurements.percentile(kindSamples, 0.5))) µs, p99 \(format(Measurements.percentile(kindSamples, 0.99))) µs")
        }
        if sink == 42 { print("") }  // keeps the work observable to the optimiser
    }

    /// Looks every name of the bench's lookup set up `rounds` times: under callgrind, what one
    /// lookup costs (subtract a run with no rounds for the load).
    static func lookupOnly(directory: URL, rounds: Int) throws {
        let glossary = try Glossary(loadingFrom: directory)
        let queries = GlossaryQuerySet(entries: glossary.entries).lookupHits
        var alternatives = 0
        for _ in 0..<rounds {
            for query in queries { alternatives &+= glossary.lookup(query).alternatives.count }
        }
        print("\(rounds * queries.count) lookups, \(alternatives) alternatives")
    }

    /// Loads the glossary `times` times and answers nothing: under callgrind, the instruction count
    /// of loading alone, on every thread.
    static func loadOnly(directory: URL, times: Int) throws {
        var names = 0
        for _ in 0..<max(1, times) { names &+= try Glossary(loadingFrom: directory).statistics.nameCount }
        print("\(times) loads, \(names / max(1, times)) names each")
    }

    /// The `glossary-search` argument standing for the bench's whole query set.
    static let benchQueriesArgument = "--bench-queries"

    /// Searches each query `times` times and prints its median time and hit count: which queries
    /// make the tail, and (under callgrind) what one costs. `--bench-queries` in place of the
    /// queries searches the bench's mixed set, each line led by its kind, so the slowest can be
    /// sorted out with `sort -t: -k2`.
    static func searchOnly(directory: URL, times: Int, queries: [String]) throws {
        let glossary = try Glossary(loadingFrom: directory)
        let kinded = queries == [benchQueriesArgument]
            ? GlossaryQuerySet(entries: glossary.entries).searches.map { ("\($0.0) ", $0.1) }
            : queries.map { ("", $0) }
        for (kind, query) in kinded {
            var samples: [Double] = [], hits = 0
            for _ in 0..<max(1, times) {
                let started = monotonicNanoseconds()
                hits = glossary.search(query).hits.count
                samples.append(Double(monotonicNanoseconds() - started) / 1e3)
            }
            print("\(kind)\(query): median \(format(Measurements.percentile(samples, 0.5))) µs, \(hits) hits")
        }
    }
}

/// Queries drawn deterministically from the entries: what people type into a glossary box.
struct GlossaryQuerySet {
    /// Names that exist: English and Korean terms (in several spellings), abbreviations, aliases.
    var lookupHits: [String] = []
    /// Names that do not exist: typos and unrelated words.
    var lookupMisses: [String] = []
    /// (kind, query) for search.
    var searches: [(String, String)] = []

    init(entries: [GlossaryEntry]) {
        for (position, entry) in entries.enumerated() {
            lookupHits.append(entry.term.en)
            lookupHits.append(entry.term.ko)
            if position % 3 == 0 { lookupHits.append(entry.term.en.uppercased()) }
            if position % 3 == 1 { lookupHits.append(entry.term.en.lowercased().replacingOccurrences(of: " ", with: "-")) }
            if let abbreviation = entry.abbreviation { lookupHits.append(abbreviation) }
            lookupHits += entry.aliases.en.prefix(1) + entry.aliases.ko.prefix(1)
            guard position % 4 == 0 else { continue }
            let english = Array(entry.term.en.lowercased())
            searches.append(("term", entry.term.en.lowercased()))
            searches.append(("korean", entry.term.ko))
            searches.append(("prefix", String(english.prefix(max(2, english.count / 2)))))
            if english.count >= 4 {
                var typo = english
                typo.swapAt(1, 2)
                searches.append(("typo", String(typo)))
                lookupMisses.append(String(typo))
            }
            let initials = Self.initials(of: entry.term.ko)
            if initials.count >= 2 { searches.append(("initials", initials)) }
        }
        for word in ["zebra", "quantum flux", "asdfgh", "xylophone", "foobar", "kubernetes", "블록체인", "ㅋㅋㅋ", "lorem ipsum", "mortgage"] {
            searches.append(("miss", word))
            lookupMisses.append(word)
        }
        for word in ["cycle", "rate", "score", "고객", "value"] { searches.append(("word", word)) }
    }

    /// The initial consonants of the Hangul syllables in `text` (파이프라인 → ㅍㅇㅍㄹㅇ).
    private static func initials(of text: String) -> String {
        let table: [UInt32] = [
            0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
            0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
        ]
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value >= 0xAC00 && scalar.value <= 0xD7A3 {
            if let initial = Unicode.Scalar(table[Int((scalar.value - 0xAC00) / 588)]) { result.append(initial) }
        }
        return String(result)
    }
}
