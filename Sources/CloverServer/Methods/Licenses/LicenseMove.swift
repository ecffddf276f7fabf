import CRMCore
import JSONRPC

/// `license.acknowledge`: the licence team has seen the request.
enum LicenseAcknowledge: RPCMethod {
    static let name = "license.acknowledge"
    static let summary = "Marks a licence request as acknowledged (managers and admins)."
    static let description: String? = "Use when whoever issues licences has picked the request up. A move the rules forbid answers 422 with the allowed statuses."
    static let params = RecordIDParams<LicenseRequest>.versionedDeclarations
    static let result = RecordSchema.license
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [DemoExamples.example(LicenseAcknowledge.self, "Acknowledge", ["id": "lic_2"])]

    typealias Params = RecordIDParams<LicenseRequest>

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try context.state.acknowledgeLicense(params.id, ifVersion: params.ifVersion, context.operation)
        return try RecordOutput(planned, committedIn: &context)
    }
}

/// `license.cancel`: the request will not be fulfilled.
enum LicenseCancel: RPCMethod {
    static let name = "license.cancel"
    static let summary = "Cancels a licence request (managers and admins)."
    static let description: String? = "Use when a request was made in error or the deal fell through after winning. Reopening and winning the deal again does not create a new request."
    static let params = RecordIDParams<LicenseRequest>.versionedDeclarations
    static let result = RecordSchema.license
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [DemoExamples.example(LicenseCancel.self, "Cancel", ["id": "lic_1"])]

    typealias Params = RecordIDParams<LicenseRequest>

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try context.state.cancelLicense(params.id, ifVersion: params.ifVersion, context.operation)
        return try RecordOutput(planned, committedIn: &context)
    }
}
