import JSONRPC

/// Every method the server answers, in one alphabetized list. Adding a method starts here
/// (CONTRIBUTING.md has the checklist).
enum MethodList {
    static var methods: [any RPCMethod<ServerContext>.Type] {
        [
            AccountArchive.self,
            AccountCreate.self,
            AccountFindDuplicates.self,
            AccountGet.self,
            AccountList.self,
            AccountPanelMethod.self,
            AccountRestore.self,
            AccountUpdate.self,
            AdminExport.self,
            AdminImport.self,
            ContactArchive.self,
            ContactCreate.self,
            ContactGet.self,
            ContactList.self,
            ContactRestore.self,
            ContactUpdate.self,
            DashboardChartMethod.self,
            DashboardForecastMethod.self,
            DashboardPipelineMethod.self,
            DashboardQuarterlyMethod.self,
            DashboardSummaryMethod.self,
            GlossaryCategoriesMethod.self,
            GlossaryExplainMethod.self,
            GlossaryGetMethod.self,
            GlossaryIndexMethod.self,
            GlossaryListMethod.self,
            GlossaryLookupMethod.self,
            GlossaryRelatedMethod.self,
            GlossarySearchMethod.self,
            LeadArchive.self,
            LeadConvert.self,
            LeadCreate.self,
            LeadGet.self,
            LeadKanban.self,
            LeadList.self,
            LeadRestore.self,
            LeadSetStatus.self,
            LeadUpdate.self,
            LicenseAcknowledge.self,
            LicenseCancel.self,
            LicenseGet.self,
            LicenseList.self,
            NoteArchive.self,
            NoteCreate.self,
            NoteGet.self,
            NoteList.self,
            NoteRestore.self,
            NoteUpdate.self,
            OpportunityArchive.self,
            OpportunityChangeStage.self,
            OpportunityCreate.self,
            OpportunityGet.self,
            OpportunityList.self,
            OpportunityRecent.self,
            OpportunityReopen.self,
            OpportunityRestore.self,
            OpportunityUpdate.self,
            QuotaArchive.self,
            QuotaCreate.self,
            QuotaGet.self,
            QuotaList.self,
            QuotaRestore.self,
            QuotaUpdate.self,
            RecordHistoryMethod.self,
            RPCDiscover.self,
            SearchGlobal.self,
            ServerInfo.self,
            ServerShutdown.self,
            ServerSnapshot.self,
            SessionConfigure.self,
            SessionSetUser.self,
            SettingsGet.self,
            SettingsUpdate.self,
            UserArchive.self,
            UserCreate.self,
            UserGet.self,
            UserList.self,
            UserRestore.self,
            UserUpdate.self,
        ]
    }

    /// `deal.*` is the UI's name for `opportunity.*`: every opportunity method under both names.
    static var aliases: [(String, any RPCMethod<ServerContext>.Type)] {
        methods.compactMap { method in
            guard method.name.hasPrefix("opportunity.") else { return nil }
            return ("deal." + method.name.dropFirst("opportunity.".count), method)
        }
    }

    static func registry() -> MethodRegistry<ServerContext> {
        var registry = MethodRegistry(methods)
        for (alias, method) in aliases { registry.register(method, alias: alias) }
        return registry
    }

    static let info = OpenRPCDocument.Info(
        title: "Clover CRM",
        version: CloverVersion.program,
        description: "A headless B2B sales CRM spoken to in newline-delimited JSON-RPC 2.0 over stdio. See protocol/README.md."
    )

    static func contract(_ registry: MethodRegistry<ServerContext>) -> JSONValue {
        OpenRPCDocument.build(info: info, methods: registry.descriptors)
    }
}

/// The declarations, for tests and tools that inspect the contract without running a session.
public enum MethodCatalog {
    public static var descriptors: [MethodDescriptor] { MethodList.registry().descriptors }
}
