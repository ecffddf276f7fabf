/// The licence request life cycle: requested → acknowledged → cancelled, or requested → cancelled.
public enum LicenseRules {
    public static func allowedTargets(from status: LicenseStatus) -> [LicenseStatus] {
        switch status {
        case .requested: [.acknowledged, .cancelled]
        case .acknowledged: [.cancelled]
        case .cancelled: []
        }
    }
}

extension CRMState {
    /// `license.acknowledge`: CLO Admin has taken the request. Managers and admins.
    public func acknowledgeLicense(_ id: RecordID, ifVersion: Int? = nil,
                                   _ context: OperationContext) throws(CRMError) -> Planned<LicenseRequest> {
        try moveLicense(id, to: .acknowledged, ifVersion: ifVersion, context, operation: "license.acknowledge")
    }

    /// `license.cancel`: the request is withdrawn. Managers and admins.
    public func cancelLicense(_ id: RecordID, ifVersion: Int? = nil,
                              _ context: OperationContext) throws(CRMError) -> Planned<LicenseRequest> {
        try moveLicense(id, to: .cancelled, ifVersion: ifVersion, context, operation: "license.cancel")
    }

    private func moveLicense(_ id: RecordID, to status: LicenseStatus, ifVersion: Int?, _ context: OperationContext,
                             operation: String) throws(CRMError) -> Planned<LicenseRequest> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .license, case .license(let current) = try writable(id, viewer, action: operation) else {
            throw .notFound(type: .license, id: id.description)
        }
        try checkVersion(ifVersion, current.version)
        let allowed = LicenseRules.allowedTargets(from: current.status)
        guard allowed.contains(status) else {
            throw .invalidTransition(from: current.status.rawValue, to: status.rawValue, allowed: allowed.map(\.rawValue))
        }
        var request = current
        request.status = status
        let changed = request.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet(operation, context, [.upsert(.license(changed))]))
    }
}
