import CRMCore
import CRMStore
import JSONRPC
import MCP

/// Group commit, and what happens when a group cannot be made durable.
extension CloverSession {
    /// A line whose answer depends on a write of the current group: where its output sits, and
    /// where the line itself sits in `pendingLines` (to find its ids again if the group has to
    /// be answered 507 instead).
    struct WriteLine {
        let range: Range<Int>
        let line: Range<Int>
        /// `Store.syncs` when the line was answered: a sync after it made its write durable.
        let syncsBefore: Int
    }

    /// Groups with at least this many writes are made durable in the background (when answers
    /// can be released from another thread): a pipelining client's reads. Fewer, an interactive
    /// client's one write, are quicker to fsync here than to hand over.
    static var backgroundGroupMinimum: Int { 32 }

    /// Before answers leave: fsync the group's journal records once. On failure the group is gone
    /// from disk, so it goes from memory too (the durable state is read back) and every answer that
    /// depended on it becomes 507 storage_failure.
    ///
    /// A large group in strict mode is handed to the store's committing thread with its answers,
    /// which it writes out once the group is durable, and the owner goes on with the next read;
    /// the next settle first waits for it. When it failed, the group answered since was built on
    /// it, so both are taken back and answered 507.
    mutating func settleGroup(output: inout JSONWriter, inBackground: Bool = true) {
        defer {
            pendingWrites.removeAll(keepingCapacity: true)
            // Kept for the next group unless a huge group grew it (no need to hold megabytes).
            pendingLines.removeAll(keepingCapacity: pendingLines.count <= 1 << 20)
            context.commitsSinceSettle = 0
        }
        guard let store = context.store else { return }
        guard awaitCommittingGroup(store, output: &output) else { return }
        if inBackground, let release = answerRelease, store.options.durability == .strict, store.lostWrites == nil,
           pendingWrites.count >= Self.backgroundGroupMinimum, !store.hasSnapshotWork {
            var answers = spareAnswers ?? JSONWriter(capacity: 1 << 16)
            spareAnswers = nil
            swap(&answers, &output)
            var lines = spareLines ?? JSONWriter()
            spareLines = nil
            swap(&lines, &pendingLines)
            let group = CommittingGroup(answers: answers, writes: pendingWrites, lines: lines, syncsAtHandOver: store.syncs, output: release)
            do {
                try store.syncInBackground(then: group.release)
                committing = group
                return
            } catch {
                // Not reached: the group before was waited for above and no loss is pending. Were
                // it reached, the group is settled here instead, as a small one would be.
                swap(&answers, &output)
                swap(&lines, &pendingLines)
            }
        }
        do {
            try store.sync()
        } catch {
            context.log.error("could not make \(pendingWrites.count) answered line(s) durable: \(error)")
        }
        if let failure = store.lostWrites {
            // This group, or one written inside it (`server.snapshot` syncs first), was lost.
            answerLost(failure, writes: pendingWrites, lines: pendingLines, durableBefore: store.syncs, in: &output)
            store.discardUnsynced()
            if reloadDurableState(from: store.directory) { store.acknowledgeLostWrites() }
            return
        }
        do {
            try store.snapshotIfDue(context.state, now: context.now)
        } catch {
            // The journal still holds everything; the next snapshot will try again.
            context.log.error("snapshot failed: \(error)")
        }
    }

    /// Waits for the group being made durable in the background, if any; false when it failed.
    /// Then the answers of the current group (in `output`) were built on it, so both groups are
    /// taken back from memory, and their writes answered 507 in `output`, the earlier first.
    mutating func awaitCommittingGroup(_ store: Store, output: inout JSONWriter) -> Bool {
        guard let previous = committing else { return true }
        committing = nil
        do {
            try store.awaitBackgroundSync()
        } catch {
            context.log.error("could not make \(previous.writes.count) answered line(s) durable: \(error)")
        }
        guard let failure = store.lostWrites, store.lostBackgroundGroup else {
            // Durable, and its answers are out. (A loss of a later write, found while this group
            // was waited for inside the current one, is settled with the current group.)
            spareAnswers = previous.answers
            spareAnswers?.removeAll(keepingCapacity: true)
            if previous.lines.count <= 1 << 20 {
                spareLines = previous.lines
                spareLines?.removeAll(keepingCapacity: true)
            }
            return true
        }
        store.discardUnsynced()
        var earlier = previous.answers
        previous.answers = JSONWriter()
        answerLost(failure, writes: previous.writes, lines: previous.lines, durableBefore: previous.syncsAtHandOver, in: &earlier)
        answerLost(failure, writes: pendingWrites, lines: pendingLines, durableBefore: previous.syncsAtHandOver, in: &output)
        output.withBytes { earlier.raw($0) }
        swap(&earlier, &output)
        if reloadDurableState(from: store.directory) { store.acknowledgeLostWrites() }
        return false
    }

    /// Replaces memory with what is on disk, after a group could not be made durable; false when
    /// the disk could not be read. Then memory can no longer be proven to match disk: the server
    /// stops rather than serve a guess, and the loss stays unacknowledged, so the store writes
    /// nothing more (no final snapshot of the memory that diverged).
    private mutating func reloadDurableState(from directory: DataDirectory) -> Bool {
        do {
            let (_, recovery) = try Store.open(directory, options: StoreOptions(readOnly: true), now: context.now)
            context.replaceState(recovery.state)
            return true
        } catch {
            context.log.error("could not re-read the durable state after a failed write: \(error); stopping")
            context.stopRequested = true
            return false
        }
    }

    /// Turns the answers of `writes`, which sit in `output` (their lines in `lines`), into 507
    /// storage_failure answers, except those a sync has made durable since (answered before the
    /// store's sync count reached `durableBefore`): they stay answered, and stay in memory, which
    /// is read back from disk.
    private func answerLost(_ failure: StorageError, writes: [WriteLine], lines: JSONWriter, durableBefore: Int, in output: inout JSONWriter) {
        let message = context.language == .korean
            ? "변경 사항을 디스크에 안전하게 기록하지 못해 적용하지 않았습니다(\(failure.reason))"
            : "The change could not be made durable (\(failure.reason)) and was not applied"
        let error = ResponseError(.storageFailure, message, details: ["reason": .string(failure.reason)])
        for write in writes.reversed() where write.syncsBefore >= durableBefore {
            let line = lines.withBytes { Array($0[write.line]) }
            output.bytes.replaceSubrange(write.range, with: Self.storageFailureAnswers(for: line, error, language: context.language))
        }
    }

    /// 507 answers for every request in `line` (one object, or a batch); notifications get none.
    static func storageFailureAnswers(for line: [UInt8], _ error: ResponseError, language: MessageLanguage) -> [UInt8] {
        guard let message = try? JSONParser.parse(line) else { return [] }
        let answers: [JSONValue] = (message.arrayValue ?? [message]).compactMap { element in
            guard let idValue = element["id"], let id = RequestID(idValue) else { return nil }
            // An MCP tool call reports the failure as its result, so the model reads it.
            if element["method"]?.stringValue == "tools/call" {
                let text = CloverMCPHost.failureText(error, tool: nil, language: language)
                return ["jsonrpc": "2.0", "id": id.jsonValue, "result": MCPToolFailure.result(for: element, text: text, serverInfo: CloverMCPHost.info)]
            }
            return ["jsonrpc": "2.0", "id": id.jsonValue, "error": error.jsonValue]
        }
        guard !answers.isEmpty else { return [] }
        var writer = JSONWriter()
        writer.write(message.arrayValue == nil ? answers[0] : .array(answers))
        writer.raw(UInt8(ascii: "\n"))
        return writer.bytes
    }

    /// Relaxed durability: the fsync that is due.
    mutating func syncWrittenRecords() {
        do {
            try context.store?.syncWrittenRecords()
        } catch {
            context.log.error("relaxed-mode fsync failed: \(error)")
        }
    }

    /// At the end: everything durable, then a final snapshot if anything changed since the last.
    mutating func closeStore(output: inout JSONWriter) {
        settleGroup(output: &output, inBackground: false)
        guard let store = context.store, !context.options.readOnly else { return }
        do {
            try store.syncWrittenRecords()
            if store.recordsSinceSnapshot > 0 || store.snapshotInProgress { try store.snapshot(context.state, now: context.now) }
        } catch {
            context.log.error("final snapshot failed (the journal still holds every change): \(error)")
        }
    }
}
