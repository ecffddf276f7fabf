/// A generic list request: filters on scalar fields, sort keys, cursor pagination.
public struct ListQuery: Hashable, Sendable {
    public var filters: [FieldFilter]
    /// Default: `createdAt` descending. The id always breaks ties (ascending).
    public var sort: [SortKey]
    /// 1...500, default 50.
    public var limit: Int?
    /// The `nextCursor` of the previous page, opaque.
    public var cursor: String?
    /// Archived records are left out unless asked for.
    public var includeArchived: Bool

    public init(filters: [FieldFilter] = [], sort: [SortKey] = [], limit: Int? = nil, cursor: String? = nil,
                includeArchived: Bool = false) {
        self.filters = filters
        self.sort = sort
        self.limit = limit
        self.cursor = cursor
        self.includeArchived = includeArchived
    }

    public static let defaultLimit = 50
    public static let maximumLimit = 500
}

/// One filter: `field op value`. `in` takes a `.list`; `contains`/`prefix` are case-, accent- and
/// width-insensitive and apply to text fields. Money filters compare the amount in the record's own
/// currency (combine with a `currency` filter to pin it).
public struct FieldFilter: Hashable, Sendable {
    public var field: String
    public var op: FilterOperator
    public var value: QueryValue

    public init(_ field: String, _ op: FilterOperator, _ value: QueryValue) {
        self.field = field
        self.op = op
        self.value = value
    }
}

public enum FilterOperator: String, CaseIterable, Hashable, Sendable {
    case eq, ne, `in`, contains, prefix, gt, gte, lt, lte
}

/// A filter value as it arrived on the wire; the field's kind decides how it is read.
/// `number` keeps the JSON number's text so money and large integers stay exact.
public enum QueryValue: Hashable, Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case list([QueryValue])
}

public struct SortKey: Hashable, Sendable {
    public var field: String
    public var descending: Bool

    public init(_ field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}

/// One page of a list: the items, the cursor of the next page (nil at the end), and how many records
/// match in all.
public struct ListPage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextCursor: String?
    public var total: Int
}
