/// Checks a value against a `JSONSchema`, collecting every problem rather than stopping at the first,
/// so a caller fixes a bad call in one round trip.
public enum SchemaValidator {
    public static func validate(_ value: JSONValue, against schema: JSONSchema, path: String = "$") -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        var location = Path(root: path)
        check(value, schema, &location, &problems)
        return problems
    }

    /// The current location as a stack of steps; rendered to text only when a problem is reported,
    /// so valid calls (the common case) build no path strings.
    private struct Path {
        enum Step {
            case key(String)
            case index(Int)
        }

        let root: String
        var steps: [Step] = []

        func callAsFunction() -> String {
            var text = root
            for step in steps {
                switch step {
                case .key(let key): text = SchemaValidator.join(text, key)
                case .index(let index): text += "[\(index)]"
                }
            }
            return text
        }
    }

    private static func check(_ value: JSONValue, _ schema: JSONSchema, _ path: inout Path, _ problems: inout [ValidationProblem]) {
        if !schema.anyOf.isEmpty {
            let matches = schema.anyOf.contains { alternative in
                var scratch: [ValidationProblem] = []
                check(value, alternative, &path, &scratch)
                return scratch.isEmpty
            }
            if !matches { problems.append(ValidationProblem(path: path(), reason: .noAlternativeMatched)) }
            return
        }
        if !schema.types.isEmpty && !matchesType(value, schema.types) {
            problems.append(ValidationProblem(path: path(), reason: .wrongType(expected: schema.types, actual: value.typeName)))
            return
        }
        if let allowed = schema.allowedValues, !allowed.contains(value) {
            problems.append(ValidationProblem(path: path(), reason: .notAllowed(allowed: allowed)))
            return
        }
        switch value {
        case .string(let string): checkString(string, schema, &path, &problems)
        case .number(let number): checkNumber(number, schema, &path, &problems)
        case .array(let elements): checkArray(elements, schema, &path, &problems)
        case .object(let object): checkObject(object, schema, &path, &problems)
        case .null, .bool: break
        }
    }

    private static func matchesType(_ value: JSONValue, _ types: [JSONSchema.Kind]) -> Bool {
        switch value {
        case .null: types.contains(.null)
        case .bool: types.contains(.boolean)
        case .string: types.contains(.string)
        case .array: types.contains(.array)
        case .object: types.contains(.object)
        case .number(let number): types.contains(.number) || (types.contains(.integer) && number.int64 != nil)
        }
    }

    private static func checkString(_ string: String, _ schema: JSONSchema, _ path: inout Path, _ problems: inout [ValidationProblem]) {
        if schema.minLength != nil || schema.maxLength != nil {
            let length = scalarCount(string)
            if let minimum = schema.minLength, length < minimum { problems.append(ValidationProblem(path: path(), reason: .tooShort(minimum))) }
            if let maximum = schema.maxLength, length > maximum { problems.append(ValidationProblem(path: path(), reason: .tooLong(maximum))) }
        }
        if let format = schema.format, !FormatCheck.matches(string, format) {
            problems.append(ValidationProblem(path: path(), reason: .badFormat(format)))
        }
    }

    private static func checkNumber(_ number: JSONNumber, _ schema: JSONSchema, _ path: inout Path, _ problems: inout [ValidationProblem]) {
        if let decimals = schema.maximumDecimals, number.scaledInteger(decimals: decimals) == nil {
            let fitsDecimals = number.double.isFinite && abs(number.double) < 9e15
            problems.append(ValidationProblem(path: path(), reason: fitsDecimals ? .tooManyDecimals(decimals) : .outOfRange))
            return
        }
        if schema.minimum != nil || schema.maximum != nil {
            // Integers compare exactly; anything else (fractions, huge exponents) through Double.
            if let integer = number.int64 {
                if let minimum = schema.minimum, integer < minimum { problems.append(ValidationProblem(path: path(), reason: .belowMinimum(minimum))) }
                if let maximum = schema.maximum, integer > maximum { problems.append(ValidationProblem(path: path(), reason: .aboveMaximum(maximum))) }
            } else {
                let double = number.double
                if let minimum = schema.minimum, !(double >= Double(minimum)) { problems.append(ValidationProblem(path: path(), reason: .belowMinimum(minimum))) }
                if let maximum = schema.maximum, !(double <= Double(maximum)) { problems.append(ValidationProblem(path: path(), reason: .aboveMaximum(maximum))) }
            }
        }
    }

    private static func checkArray(_ elements: [JSONValue], _ schema: JSONSchema, _ path: inout Path, _ problems: inout [ValidationProblem]) {
        if let minimum = schema.minItems, elements.count < minimum { problems.append(ValidationProblem(path: path(), reason: .tooFewItems(minimum))) }
        if let maximum = schema.maxItems, elements.count > maximum {
            problems.append(ValidationProblem(path: path(), reason: .tooManyItems(maximum)))
            return
        }
        guard let element = schema.items.first else { return }
        for (index, item) in elements.enumerated() {
            path.steps.append(.index(index))
            check(item, element, &path, &problems)
            path.steps.removeLast()
        }
    }

    private static func checkObject(_ object: JSONObject, _ schema: JSONSchema, _ path: inout Path, _ problems: inout [ValidationProblem]) {
        // Each member is matched to its property once, and the properties are then checked in their
        // order through that match: looking every property up among the members by name, then every
        // member up among the properties, compared names a few dozen times per call.
        let members = object.members
        var unknownMembers: [Int] = []  // allocates only when a member is unknown
        // Properties are read in place: copying one (a name and a whole schema) cost a retain per
        // field of the schema, a third of validating a small call. The match table lives on the
        // stack: a heap array per call cost more than the name comparisons it saved.
        schema.properties.withUnsafeBufferPointer { properties in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: properties.count) { memberOfProperty in
                memberOfProperty.initialize(repeating: -1)
                for (memberIndex, member) in members.enumerated() {
                    if let property = properties.firstIndex(where: { JSONObject.sameKey($0.name, member.key) }) {
                        if memberOfProperty[property] < 0 { memberOfProperty[property] = memberIndex }  // the first of duplicates, as lookups find
                    } else {
                        unknownMembers.append(memberIndex)
                    }
                }
                for index in properties.indices {
                    let required = properties[index].required
                    // Not a conditional expression: `JSONValue` is nil-literal expressible, so a `nil` branch
                    // there would read as `.null`, not as a missing member.
                    var value: JSONValue? = nil
                    if memberOfProperty[index] >= 0 { value = members[memberOfProperty[index]].value }
                    // A required member sent as null counts as missing, unless its schema accepts null.
                    if value == nil || (value == .null && required && !accepts(.null, properties[index].schema)) {
                        if required { problems.append(ValidationProblem(path: join(path(), properties[index].name), reason: .required)) }
                        continue
                    }
                    if let value {
                        path.steps.append(.key(properties[index].name))
                        check(value, properties[index].schema, &path, &problems)
                        path.steps.removeLast()
                    }
                }
            }
        }
        for memberIndex in unknownMembers {
            let member = members[memberIndex]
            if let valueSchema = schema.valueSchema.first {
                path.steps.append(.key(member.key))
                check(member.value, valueSchema, &path, &problems)
                path.steps.removeLast()
            } else if !schema.additionalProperties {
                let suggestion = ClosestMatch.best(for: member.key, among: schema.properties.map(\.name))
                problems.append(ValidationProblem(path: join(path(), member.key), reason: .unknownField(suggestion: suggestion)))
            }
        }
    }

    /// `string.unicodeScalars.count`, counted on the UTF-8 (every byte but a continuation byte
    /// starts a scalar): the scalar view's index steps cost more than the rest of a small call's checks.
    static func scalarCount(_ string: String) -> Int {
        var string = string
        return string.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    private static func accepts(_ value: JSONValue, _ schema: JSONSchema) -> Bool {
        validate(value, against: schema).isEmpty
    }

    /// `$.a.b`, or `$["odd key"]` when the key is not a plain identifier.
    static func join(_ path: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
        }
        return plain ? "\(path).\(key)" : "\(path)[\(JSONValue.string(key).jsonText)]"
    }
}
