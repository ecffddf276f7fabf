/// Writes `Timestamp.rfc3339` text, remembering the text of the last whole second it converted.
///
/// The calendar conversion (days to year, month and day, then six fields of digits) was the
/// largest single cost of encoding a journal record, and a record carries three or four times
/// that are nearly always in the same second as those of the record before. One writer keeps its
/// own cache (it is a plain value, not shared), so nothing needs a lock.
public struct RFC3339TextCache {
    /// The whole second (since the epoch) whose text `text` holds; none yet at first.
    private var second: Int64?
    /// `2026-11-22T09:00:00` (at most 25 bytes: a sign, nine year digits and `-MM-DDTHH:MM:SS`),
    /// in 32 bytes so a hit copies it as four words.
    private var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var length = 0

    public init() {}

    /// Writes `time.rfc3339` at `target`, which must have room for `Timestamp.maximumRFC3339Length`
    /// bytes (all 32 of the cached text's words are stored before the ending goes after the text);
    /// returns its length.
    public mutating func write(_ time: Timestamp, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let (wholeSeconds, millis) = CivilCalendar.floorDivide(time.milliseconds, 1000)
        if _slowPath(second != wholeSeconds) { convert(wholeSeconds) }
        // Four word stores, not `copyMemory`, which called memcpy for 32 bytes.
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: text.0, as: UInt64.self)
        raw.storeBytes(of: text.1, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: text.2, toByteOffset: 16, as: UInt64.self)
        raw.storeBytes(of: text.3, toByteOffset: 24, as: UInt64.self)
        return length + Timestamp.writeRFC3339Ending(millis: Int(millis), into: target + length)
    }

    /// Converts the second of `time` now unless it is the one remembered, so a copy of this cache
    /// taken afterwards writes times of that second as hits (a writer that starts from an empty
    /// cache converts the first time it writes).
    public mutating func remember(_ time: Timestamp) {
        let wholeSeconds = CivilCalendar.floorDivide(time.milliseconds, 1000).quotient
        if second != wholeSeconds { convert(wholeSeconds) }
    }

    private mutating func convert(_ wholeSeconds: Int64) {
        length = withUnsafeMutableBytes(of: &text) { raw in
            Timestamp.writeRFC3339Seconds(wholeSeconds, into: raw.bindMemory(to: UInt8.self))
        }
        second = wholeSeconds
    }
}
