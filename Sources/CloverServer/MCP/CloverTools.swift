import MCP

/// The tools a chat model sees: the methods a salesperson's assistant needs, under names model
/// APIs accept. At most 30, because hosts cap how many tools they load; the rest of the API is
/// one `rpc.discover` away for programs.
extension CloverMCPHost {
    static let curatedTools: [ToolDeclaration] = [
        ToolDeclaration("search_records", runs: "search.global", title: "Search all records", .reads,
                        guidance: "Start here when the user names a person, company or deal but gives no id."),
        ToolDeclaration("lead_list", runs: "lead.list", title: "List leads", .reads),
        ToolDeclaration("lead_get", runs: "lead.get", title: "Get a lead", .reads),
        ToolDeclaration("lead_create", runs: "lead.create", title: "Create a lead", .writes),
        ToolDeclaration("lead_update", runs: "lead.update", title: "Update a lead", .updates),
        ToolDeclaration("lead_set_status", runs: "lead.setStatus", title: "Move a lead to another status", .updates),
        ToolDeclaration("lead_convert", runs: "lead.convert", title: "Convert a lead", .writes,
                        guidance: "Call with dryRun: true first and show the user the duplicate preview before converting for real."),
        ToolDeclaration("account_list", runs: "account.list", title: "List accounts", .reads),
        ToolDeclaration("account_get", runs: "account.get", title: "Get an account", .reads),
        ToolDeclaration("account_panel", runs: "account.panel", title: "Account overview", .reads),
        ToolDeclaration("account_find_duplicates", runs: "account.findDuplicates", title: "Find duplicate accounts", .reads),
        ToolDeclaration("contact_list", runs: "contact.list", title: "List contacts", .reads),
        ToolDeclaration("contact_get", runs: "contact.get", title: "Get a contact", .reads),
        ToolDeclaration("deal_list", runs: "opportunity.list", title: "List deals", .reads),
        ToolDeclaration("deal_get", runs: "opportunity.get", title: "Get a deal", .reads),
        ToolDeclaration("deal_create", runs: "opportunity.create", title: "Create a deal", .writes),
        ToolDeclaration("deal_change_stage", runs: "opportunity.changeStage", title: "Move a deal to another stage", .updates,
                        guidance: "Confirm with the user before moving a deal to won or lost: both are final."),
        ToolDeclaration("note_create", runs: "note.create", title: "Log a note", .writes),
        ToolDeclaration("record_history", runs: "record.history", title: "Change history of a record", .reads),
        ToolDeclaration("license_list", runs: "license.list", title: "List licence requests", .reads),
        ToolDeclaration("dashboard_summary", runs: "dashboard.summary", title: "Dashboard KPIs", .reads),
        ToolDeclaration("dashboard_pipeline", runs: "dashboard.pipeline", title: "Pipeline by stage", .reads),
        ToolDeclaration("dashboard_forecast", runs: "dashboard.forecast", title: "Forecast by category", .reads),
        ToolDeclaration("dashboard_quarterly", runs: "dashboard.quarterly", title: "Won vs quota by quarter", .reads),
        ToolDeclaration("dashboard_chart", runs: "dashboard.chart", title: "Dashboard chart (SVG)", .reads),
        ToolDeclaration("glossary_lookup", runs: "glossary.lookup", title: "Define a sales term", .reads),
        ToolDeclaration("glossary_search", runs: "glossary.search", title: "Search the glossary", .reads),
        ToolDeclaration("glossary_explain", runs: "glossary.explain", title: "Explain a CRM field or value", .reads),
        ToolDeclaration("import_records", runs: "admin.import", title: "Import records (admin)", .writes,
                        guidance: "Only when the user hands over a CSV or an export to load; run with dryRun: true first. Long imports report progress."),
    ]
}
