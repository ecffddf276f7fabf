extension CRMState {
    /// `*.list` for any record type: visible records only, archived ones only when asked, filtered,
    /// sorted (id breaks ties), one page from the cursor on.
    public func list<R: CRMRecord>(_ type: R.Type, _ query: ListQuery = ListQuery(),
                                   by actorId: RecordID) throws(CRMError) -> ListPage<R> {
        let viewer = try viewer(actorId)
        let compiled = try CompiledQuery(query, specs: R.fieldSpecs)
        let signature = ListCursor.signature(of: compiled.sort)
        var after: ListCursor?
        if let text = query.cursor {
            guard let cursor = ListCursor(decoding: text), cursor.signature == signature,
                  cursor.keys.count == compiled.sort.count else {
                throw .invalid("cursor", .invalidCursor)
            }
            after = cursor
        }
        var rows: [(keys: [FieldValue], record: R)] = []
        for record in self[keyPath: R.table].values {
            if record.archived, !compiled.includeArchived { continue }
            guard compiled.filters.allSatisfy({ $0.matches(record.field($0.field) ?? .null) }) else { continue }
            guard canRead(record.erased, viewer) else { continue }
            rows.append((compiled.sort.map { $0.key(record.field($0.field) ?? .null) }, record))
        }
        let sort = compiled.sort
        func precedes(_ keys: [FieldValue], _ id: RecordID, _ otherKeys: [FieldValue], _ otherID: RecordID) -> Bool {
            for (index, key) in sort.enumerated() {
                var order = FieldValue.compare(keys[index], otherKeys[index])
                if key.descending { order = -order }
                if order != 0 { return order < 0 }
            }
            return id < otherID
        }
        rows.sort { precedes($0.keys, $0.record.id, $1.keys, $1.record.id) }
        var start = 0
        if let after {
            var low = 0, high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(after.keys, after.id, rows[middle].keys, rows[middle].record.id) {
                    high = middle
                } else {
                    low = middle + 1
                }
            }
            start = low
        }
        let end = min(rows.count, start + compiled.limit)
        let page = rows[start..<end]
        var next: String?
        if end < rows.count, let last = page.last {
            next = ListCursor(signature: signature, keys: last.keys, id: last.record.id).encoded
        }
        return ListPage(items: page.map(\.record), nextCursor: next, total: rows.count)
    }

    /// The cursor that continues `query` right after `record` — for a server that sends fewer items
    /// than a page holds (its size cap) and must still let the client continue without a gap.
    public func listCursor<R: CRMRecord>(after record: R, _ query: ListQuery) throws(CRMError) -> String {
        let compiled = try CompiledQuery(query, specs: R.fieldSpecs)
        let keys = compiled.sort.map { $0.key(record.field($0.field) ?? .null) }
        return ListCursor(signature: ListCursor.signature(of: compiled.sort), keys: keys, id: record.id).encoded
    }

    /// `*.get` for any id: the record if visible, else notFound.
    public func record(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> AnyRecord {
        try readable(id, try viewer(actorId))
    }

    /// The scalar fields of a record type, by the wire name of its kind (for schemas and filters).
    public static func fieldSpecs(of kind: RecordKind) -> [FieldSpec] {
        switch kind {
        case .user: User.fieldSpecs
        case .lead: Lead.fieldSpecs
        case .account: Account.fieldSpecs
        case .contact: Contact.fieldSpecs
        case .opportunity: Opportunity.fieldSpecs
        case .license: LicenseRequest.fieldSpecs
        case .quota: Quota.fieldSpecs
        case .note: Note.fieldSpecs
        }
    }
}
