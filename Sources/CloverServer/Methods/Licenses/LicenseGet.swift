import CRMCore
import JSONRPC

/// `license.get`: one license by id.
enum LicenseGet: RecordGetMethod {
    typealias Record = LicenseRequest
    static let examples = [DemoExamples.example(LicenseGet.self, "A demo license", ["id": "lic_1"])]
}
