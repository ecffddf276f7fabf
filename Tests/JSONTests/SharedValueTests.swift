import Testing
@testable import JSON

@Suite("A value behind one reference")
struct SharedValueTests {
    @Test("a copy shares the storage until one side writes, and writing one never changes the other")
    func copyOnWrite() {
        var original = SharedValue(["a", "b"])
        var copy = original
        #expect(copy.storage === original.storage)
        copy.value.append("c")
        #expect(copy.storage !== original.storage)
        #expect(original.value == ["a", "b"] && copy.value == ["a", "b", "c"])
        let before = ObjectIdentifier(original.storage)  // not a reference, which would share it
        original.value[0] = "z"  // unique: changed in place
        #expect(ObjectIdentifier(original.storage) == before)
        #expect(original.value == ["z", "b"] && copy.value == ["a", "b", "c"])
    }

    @Test("equal and hashed by value, whether or not the storage is shared")
    func equality() {
        let first = SharedValue(["x": 1]), shared = first, separate = SharedValue(["x": 1]), other = SharedValue(["x": 2])
        #expect(first == shared && first == separate && first != other)
        #expect(Set([first, shared, separate, other]).count == 2)
    }
}
