import Testing
@testable import CRMCore

@Suite struct RecordTableTests {
    private func id(_ kind: RecordKind, _ sequence: Int) -> RecordID { RecordID(kind: kind, sequence: sequence) }

    @Test func keepsKindsApartAndCountsInsertsReplacementsAndRemovals() {
        var table = RecordTable<String>()
        table[id(.lead, 1)] = "lead 1"
        table[id(.lead, 2)] = "lead 2"
        table[id(.account, 1)] = "account 1"
        table[id(.lead, 2)] = "lead 2 again"
        #expect(table.count == 3)
        #expect(table[id(.lead, 1)] == "lead 1")
        #expect(table[id(.user, 1)] == nil)
        #expect(table[id(.lead, 2)] == "lead 2 again")
        table[id(.lead, 1)] = nil
        table[id(.lead, 9)] = nil
        #expect(table.count == 2)
        #expect(table.map(\.key) == [id(.lead, 2), id(.account, 1)])
        #expect(Array(table.values) == ["lead 2 again", "account 1"])
    }

    @Test func farSequencesStaySparseUntilTheDenseRunReachesThem() {
        var table = RecordTable<Int>()
        table[id(.lead, 1_000_000_000)] = -1
        table[id(.lead, 5000)] = 5000
        table[id(.lead, 0)] = 0
        table[id(.lead, -3)] = -3
        #expect(table.count == 4)
        // Filling the dense run step by step passes sequence 5000, which moves into it.
        for sequence in 1...6000 where sequence != 5000 { table[id(.lead, sequence)] = sequence }
        #expect(table.count == 6003)
        #expect(table[id(.lead, 5000)] == 5000)
        #expect(table[id(.lead, 1_000_000_000)] == -1)
        #expect(table[id(.lead, -3)] == -3)
        #expect(table.reduce(0) { count, _ in count + 1 } == table.count)
        table[id(.lead, 1_000_000_000)] = nil
        #expect(table.count == 6002)
        #expect(table[id(.lead, 1_000_000_000)] == nil)
    }

    @Test func equalityIgnoresWhereValuesAreStored() {
        var dense = RecordTable<Int>()
        var sparse = RecordTable<Int>()
        for sequence in 1...3000 { dense[id(.note, sequence)] = sequence }
        for sequence in (1...3000).reversed() { sparse[id(.note, sequence)] = sequence }
        #expect(dense == sparse)
        sparse[id(.note, 7)] = 8
        #expect(dense != sparse)
    }

    @Test func historyPositionsListTheFirstThenTheLaterOnes() {
        var positions = HistoryPositions(4)
        #expect(Array(positions) == [4])
        positions.append(9)
        positions.append(12)
        #expect(Array(positions) == [4, 9, 12])
        #expect(Array(HistoryPositions.none).isEmpty)
    }

    @Test func searchKeysFoldAndSkipEmptyTexts() {
        #expect(Array(SearchKeys("Café Noir", "", "ＮＩＫＥ")) == ["cafe noir", "nike"])
        #expect(Array(SearchKeys(nil, "b")) == ["b"])
    }
}
