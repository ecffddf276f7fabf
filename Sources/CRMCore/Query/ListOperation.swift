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
        let sort = compiled.sort
        func precedes(_ keys: [FieldValue], _ id: RecordID, _ otherKeys: [FieldValue], _ otherID: RecordID) -> Bool {
            for (index, key) in sort.enumerated() {
                var order = FieldValue.compare(keys[index], otherKeys[index])
                if key.descending { order = -order }
                if order != 0 { return order < 0 }
            }
            return id < otherID
        }
        // One pass: count every match (total), and keep only the first `limit + 1` after the
        // cursor in a small sorted buffer (n log k) instead of collecting and sorting them all.
        let limit = compiled.limit
        var total = 0
        // The page as two arrays, not one of (keys, record) tuples: this function is generic over R,
        // and a tuple type's metadata is looked up at every use, which in the loop below was a fifth
        // of a list. For the same reason the loop is `forEachValue`, not a walk over `values`.
        var pageKeys: [[FieldValue]] = []
        var pageRecords: [R] = []
        pageKeys.reserveCapacity(limit + 1)
        pageRecords.reserveCapacity(limit + 1)
        self[keyPath: R.table].forEachValue { record in
            if record.archived, !compiled.includeArchived { return }
            guard compiled.filters.allSatisfy({ $0.matches(record.field($0.field) ?? .null) }) else { return }
            // Owned records the viewer covers need no AnyRecord copy; the rest take the full rule.
            let covered = viewer.owners == nil || record.accessOwner.map(viewer.covers) == true
            guard covered || canRead(record.erased, viewer) else { return }
            total += 1
            let keys = sort.map { $0.key(record.field($0.field) ?? .null) }
            if let after, !precedes(after.keys, after.id, keys, record.id) { return }
            if pageRecords.count == limit + 1 {
                let last = pageRecords.count - 1  // by index: binding `pageRecords.last` would copy the record
                if !precedes(keys, record.id, pageKeys[last], pageRecords[last].id) { return }
            }
            var low = 0, high = pageRecords.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(pageKeys[middle], pageRecords[middle].id, keys, record.id) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            pageKeys.insert(keys, at: low)
            pageRecords.insert(record, at: low)
            if pageRecords.count > limit + 1 {
                pageKeys.removeLast()
                pageRecords.removeLast()
            }
        }
        // The extra row only says whether another page follows.
        let hasMore = pageRecords.count > limit
        if hasMore {
            pageKeys.removeLast()
            pageRecords.removeLast()
        }
        var next: String?
        if hasMore, let lastKeys = pageKeys.last, let lastID = pageRecords.last?.id {
            next = ListCursor(signature: signature, keys: lastKeys, id: lastID).encoded
        }
        return ListPage(items: pageRecords, nextCursor: next, total: total)
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
