/// `clover-crm --help`.
enum HelpText {
    static let usage = "usage: clover-crm [--data-dir DIR | --in-memory] [--demo] [--user HANDLE] [--locale en|ko] [--now RFC3339] [options] [call METHOD [PARAMS_JSON]]"

    static let full = """
    clover-crm \(CloverVersion.program) — a headless B2B sales CRM spoken to in newline-delimited
    JSON-RPC 2.0 (and MCP) over stdin/stdout. One JSON value per line in, one per line out;
    logs go to stderr. The contract is in protocol/README.md, or ask the server: rpc.discover.

    \(usage)

    Storage
      --data-dir DIR          keep data in DIR (default: $CLOVER_CRM_DATA_DIR, else
                              $XDG_DATA_HOME/clover-crm, else ~/.local/share/clover-crm)
      --in-memory             keep nothing on disk
      --durability MODE       strict (default): a write is answered after it is fsync'ed;
                              relaxed: fsync at most every 100 ms (a crash may lose that window)
      --snapshot-every N      write a snapshot after N journal records (default 10000)
      --read-only             open the latest durable state without the lock; writes answer 423
      --repair                move a damaged journal or snapshot aside and keep its valid prefix

    Session
      --demo                  load the demo dataset (fashion-industry accounts, deals, quotas); in
                              memory unless --data-dir names a fresh directory to seed with it
      --user HANDLE           act as this user (default: $CLOVER_CRM_USER, else admin)
      --locale en|ko          language of messages and labels (default en)
      --now RFC3339           freeze the clock, e.g. 2026-11-22T09:00:00Z (or $CLOVER_CRM_NOW)

    Limits and logs
      --max-line-bytes N      longest accepted line (default 16777216); longer ones answer -32600
      --log-level LEVEL       error, warn (default), info or debug

    One-shot use from scripts
      call METHOD [PARAMS]    send one request; the result goes to stdout, an error to stderr
                              (as do the notifications it causes, one JSON line each)
      --pretty                indent the result of call
        exit codes: 0 ok, 1 internal error, 2 bad request (parse, invalid request or params,
        unknown method), 3 duplicate candidates, 4 not found, 5 forbidden, 6 conflict,
        7 invalid transition, 8 read-only, 9 storage failure, 64 bad command line

      --help, -h              this text
      --version               the version

    Examples
      clover-crm --in-memory --demo
      clover-crm --in-memory --demo call dashboard.summary --pretty
      echo '{"jsonrpc":"2.0","id":1,"method":"server.info"}' | clover-crm --in-memory
    """
}
