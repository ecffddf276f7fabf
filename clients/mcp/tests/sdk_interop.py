"""Drives clover-crm with the official Python MCP SDK as the client, as a chat tool would.

Runs under either SDK major version (the environments come from setup-sdks):

    python sdk_interop.py BINARY MODE

MODE is "auto" (2.x: probes server/discover, then speaks the stateless 2026-07-28 revision),
"legacy" (2.x over the initialize handshake) or "handshake" (1.x, which knows only the
handshake). Every check that fails is printed; the exit status is the number of failures.
"""

import asyncio
import importlib.metadata
import json
import os
import sys

import jsonschema
from mcp import StdioServerParameters

SDK_VERSION = importlib.metadata.version("mcp")
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
METHOD_KEY = "io.clover-crm/method"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL {what}", flush=True)


def wire(model):
    """A result as it was on the wire (camelCase members), whatever the SDK version calls them."""
    return model.model_dump(by_alias=True, mode="json", exclude_none=True)


def examples_by_method():
    """The first example of every method in the contract: the arguments each tool is called with."""
    with open(os.path.join(REPOSITORY, "protocol", "openrpc.json"), encoding="utf-8") as file:
        contract = json.load(file)
    examples = {}
    for method in contract["methods"]:
        if method.get("examples"):
            example = method["examples"][0]
            examples[method["name"]] = {param["name"]: param["value"] for param in example["params"]}
    return examples


async def collect(fetch, key):
    """Every page of a cursor-paged list."""
    items, cursor, pages = [], None, 0
    while True:
        page = wire(await fetch(cursor))
        items += page[key]
        pages += 1
        cursor = page.get("nextCursor")
        if not cursor:
            return items, pages


def error_code(error):
    inner = getattr(error, "error", None)
    return getattr(inner, "code", None)


async def exercise(client, mode, progress_log, messages):
    # Tools: at most 30, schemas from the declarations, every one called with its method's example.
    tools, _ = await collect(lambda cursor: client.list_tools(cursor=cursor), "tools")
    check(0 < len(tools) <= 30, f"tools/list gave {len(tools)} tools (1...30 expected)")
    examples = examples_by_method()
    for tool in tools:
        name = tool["name"]
        check(tool["inputSchema"].get("type") == "object", f"{name}: inputSchema is an object schema")
        check(tool["outputSchema"].get("type") == "object", f"{name}: outputSchema is an object schema")
        check(len(tool.get("description", "")) > 40, f"{name}: has a description that says when to use it")
        method = tool.get("_meta", {}).get(METHOD_KEY)
        check(method in examples, f"{name}: names a native method with an example ({method})")
        if method not in examples:
            continue
        result = wire(await client.call_tool(name, examples[method]))
        check(not result.get("isError"), f"{name}: the example call succeeds ({result.get('content')})")
        structured = result.get("structuredContent")
        check(structured is not None, f"{name}: returns structuredContent")
        try:
            jsonschema.validate(structured, tool["outputSchema"])
        except jsonschema.ValidationError as error:
            check(False, f"{name}: structuredContent matches outputSchema: {error.message}")
        text = result["content"][0]
        check(text["type"] == "text" and len(text["text"]) > 0, f"{name}: has a text rendering")

    # A domain error is a result the model can read; an unknown tool is a protocol error.
    bad = wire(await client.call_tool("lead_set_status", {"id": "lead_1", "status": "won"}))
    check(bad.get("isError") is True, "a bad status is an isError result")
    check("allowed" in bad["content"][0]["text"], "the isError text lists the allowed values")
    missing = wire(await client.call_tool("lead_get", {"id": "lead_99999"}))
    check(missing.get("isError") is True and "search_records" in missing["content"][0]["text"], "not found says how to find the id")
    try:
        await client.call_tool("no_such_tool", {})
        check(False, "an unknown tool is a JSON-RPC error")
    except Exception as error:  # McpError in 1.x, MCPError in 2.x
        check(error_code(error) == -32602, f"an unknown tool answers -32602 (got {error!r})")

    # Progress: an import of 1,200 leads reports progress before it answers.
    rows = "name,company\n" + "".join(f"Person {i},Company {i}\n" for i in range(1200))
    progress_log.clear()

    async def on_progress(progress, total, message):
        progress_log.append((progress, total, message))

    imported = wire(await client.call_tool(
        "import_records", {"format": "csv", "object": "lead", "data": rows, "dryRun": True}, progress_callback=on_progress))
    check(not imported.get("isError"), f"import_records dry run succeeds ({imported.get('content')})")
    check(len(progress_log) >= 1 and progress_log[-1][0] == 1200, f"progress arrives for a long import ({progress_log})")

    # Log messages only when asked: winning a deal opens a licence request, reported at notice.
    if mode == "legacy" or mode == "handshake":
        await client.set_logging_level("info")
    messages.clear()
    won = wire(await client.call_tool("deal_change_stage", {"id": "opp_2", "stage": "won"}))
    check(not won.get("isError"), f"winning a deal succeeds ({won.get('content')})")
    await client.call_tool("glossary_lookup", {"term": "ACV"})  # a later round trip, so the message has arrived
    check(any("license.requested" in str(message) for message in messages), f"the licence request arrives as a log message ({messages})")

    # Resources: every glossary term in both languages, the dashboard, charts as SVG.
    resources, pages = await collect(lambda cursor: client.list_resources(cursor=cursor), "resources")
    uris = {resource["uri"] for resource in resources}
    check(len(resources) > 1000 and pages > 1, f"resources/list pages through every term ({len(resources)} in {pages} pages)")
    for uri in ["glossary://en/win-rate", "glossary://ko/win-rate", "glossary://index", "clover://dashboard", "clover://charts/pipeline"]:
        check(uri in uris, f"resources/list names {uri}")
    templates, _ = await collect(lambda cursor: client.list_resource_templates(cursor=cursor), "resourceTemplates")
    check({"glossary://en/{id}", "glossary://ko/{id}"} <= {t["uriTemplate"] for t in templates}, "templates for terms in both languages")
    english = wire(await client.read_resource("glossary://en/win-rate"))["contents"][0]
    check(english["text"].startswith("# Win Rate"), f"glossary://en/win-rate reads ({english['text'][:40]!r})")
    korean = wire(await client.read_resource("glossary://ko/win-rate"))["contents"][0]
    check("수주율" in korean["text"], f"glossary://ko/win-rate is Korean ({korean['text'][:40]!r})")
    chart = wire(await client.read_resource("clover://charts/pipeline"))["contents"][0]
    check(chart["mimeType"] == "image/svg+xml" and chart["text"].startswith("<svg"), "a chart reads as SVG")
    dashboard = wire(await client.read_resource("clover://dashboard"))["contents"][0]
    check("winRate" in json.loads(dashboard["text"]), "the dashboard reads as JSON")
    try:
        await client.read_resource("glossary://en/no-such-term")
        check(False, "an unknown resource is an error")
    except Exception as error:
        check(error_code(error) == -32002, f"an unknown resource answers -32002 (got {error!r})")

    # Prompts, each with its arguments.
    prompts, _ = await collect(lambda cursor: client.list_prompts(cursor=cursor), "prompts")
    arguments = {"pipeline_review": {}, "account_brief": {"accountId": "acct_1"}, "explain_term": {"term": "수주율", "lang": "ko"}}
    check({p["name"] for p in prompts} == set(arguments), f"prompts/list names the prompts ({[p['name'] for p in prompts]})")
    for prompt in prompts:
        got = wire(await client.get_prompt(prompt["name"], arguments.get(prompt["name"], {})))
        check(len(got["messages"]) >= 2, f"{prompt['name']}: has messages with data")
    return len(tools)


async def main(binary, mode):
    parameters = StdioServerParameters(command=binary, args=["--demo", "--now", "2026-11-22T09:00:00Z", "--log-level", "error"])
    progress_log, messages = [], []

    async def on_log(params):
        messages.append(wire(params))

    major = int(SDK_VERSION.split(".")[0])
    if major >= 2:
        from mcp.client import Client

        options = {"mode": mode, "logging_callback": on_log}
        if mode == "auto":
            options["log_level"] = "info"
        async with Client(parameters, **options) as client:
            era = client.protocol_version
            check(era == ("2026-07-28" if mode == "auto" else "2025-11-25"), f"negotiated {era} in mode {mode}")
            count = await exercise(client, mode, progress_log, messages)
    else:
        from mcp import ClientSession
        from mcp.client.stdio import stdio_client

        async with stdio_client(parameters) as (read, write):
            async with ClientSession(read, write, logging_callback=on_log) as session:
                initialized = await session.initialize()
                era = initialized.protocolVersion
                check(era == "2025-11-25" or era == "2025-06-18", f"negotiated {era}")
                count = await exercise(session, mode, progress_log, messages)
    print(f"mcp {SDK_VERSION} mode {mode}: protocol {era}, {count} tools called, {len(failures)} failures", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
    sys.exit(min(len(failures), 100))
