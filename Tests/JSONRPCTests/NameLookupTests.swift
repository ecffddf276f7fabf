import Testing
@testable import JSONRPC

/// `NameLookup` replaces a dictionary for the method lookup of every call: it must find exactly
/// the names put in it.
@Suite("Method name lookup")
struct NameLookupTests {
    @Test func findsEveryNameAndNothingElse() {
        var lookup = NameLookup<Int>()
        var names = ["lead.get", "lead.list", "dashboard.summary", "a", "", "é.ü", "glossary.lookup"]
        names += (0..<200).map { "method.number\($0)" }
        for (position, name) in names.enumerated() { lookup.insert(name, position) }
        for (position, name) in names.enumerated() { #expect(lookup.value(named: name) == position) }
        for missing in ["lead.ge", "lead.gett", "LEAD.GET", "method.number200", " ", "dashboard.summary "] {
            #expect(lookup.value(named: missing) == nil)
        }
    }
}
