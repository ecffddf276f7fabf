#!/usr/bin/env python3
"""Python client for Clover CRM: spawns `clover-crm` and speaks JSON-RPC 2.0 over its stdio.

Standard library only (Python >= 3.9). As a module:

    from clover_crm import CloverCRM, NotFound

    with CloverCRM(args=["--in-memory", "--demo"], on_notification=print) as crm:
        leads = crm.call("lead.list", {"limit": 5})
        try:
            crm.call("lead.get", {"id": "lead_999"})
        except NotFound as error:
            print(error.code, error.message, error.data)

As a command:

    python3 clover_crm.py call lead.list '{"limit": 5}'
    python3 clover_crm.py --server-arg=--demo --server-arg=--in-memory call dashboard.summary

The result is printed on stdout as JSON; an error object goes to stderr and the exit code names its
kind (the same codes as `clover-crm call`).
"""

import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
from collections import deque
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

__all__ = [
    "CloverCRM", "CloverError", "ServerExited", "CallTimeout", "ParseError", "InvalidRequest", "RequestTooLarge",
    "MethodNotFound", "InvalidParams", "InternalError", "DuplicateCandidates", "Forbidden", "NotFound", "Conflict",
    "InvalidTransition", "ReadOnly", "StorageFailure", "find_binary",
]


class CloverError(Exception):
    """An error answer from the server, carrying its code, message and data (data["kind"] names it)."""

    kind = "error"
    exit_code = 1

    def __init__(self, code: int, message: str, data: Optional[Dict[str, Any]] = None):
        super().__init__(f"{message} (code {code})")
        self.code = code
        self.message = message
        self.data = data or {}


class ParseError(CloverError): kind, exit_code = "parse_error", 2
class InvalidRequest(CloverError): kind, exit_code = "invalid_request", 2
class RequestTooLarge(CloverError): kind, exit_code = "too_large", 2
class MethodNotFound(CloverError): kind, exit_code = "method_not_found", 2
class InvalidParams(CloverError): kind, exit_code = "invalid_params", 2
class InternalError(CloverError): kind, exit_code = "internal_error", 1
class DuplicateCandidates(CloverError): kind, exit_code = "duplicate_candidates", 3
class NotFound(CloverError): kind, exit_code = "not_found", 4
class Forbidden(CloverError): kind, exit_code = "forbidden", 5
class Conflict(CloverError): kind, exit_code = "conflict", 6
class InvalidTransition(CloverError): kind, exit_code = "invalid_transition", 7
class ReadOnly(CloverError): kind, exit_code = "read_only", 8
class StorageFailure(CloverError): kind, exit_code = "storage_failure", 9

_ERRORS_BY_KIND = {cls.kind: cls for cls in CloverError.__subclasses__()}


class ServerExited(Exception):
    """The server process ended (or closed its output) before answering; `stderr` holds its last lines."""

    def __init__(self, returncode: Optional[int], stderr: str):
        super().__init__(f"clover-crm exited (status {returncode}) before answering" + (f":\n{stderr}" if stderr else ""))
        self.returncode = returncode
        self.stderr = stderr


class CallTimeout(TimeoutError):
    """No answer within the timeout. The server is still running; the late answer is discarded."""


def error_from(error: Dict[str, Any]) -> CloverError:
    """The typed exception for a JSON-RPC error object."""
    data = error.get("data") if isinstance(error.get("data"), dict) else {}
    cls = _ERRORS_BY_KIND.get(data.get("kind"), CloverError)
    return cls(int(error.get("code", 0)), str(error.get("message", "")), data)


def find_binary() -> str:
    """$CLOVER_CRM_BINARY, else clover-crm on PATH, else this checkout's release or debug build."""
    explicit = os.environ.get("CLOVER_CRM_BINARY")
    if explicit:
        return explicit
    on_path = shutil.which("clover-crm")
    if on_path:
        return on_path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    for build in ("release", "debug"):
        candidate = os.path.join(root, ".build", build, "clover-crm")
        if os.access(candidate, os.X_OK):
            return candidate
    raise FileNotFoundError("clover-crm not found: set CLOVER_CRM_BINARY, put it on PATH, or run `swift build -c release --static-swift-stdlib`")


class _Pending:
    __slots__ = ("event", "answer")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.answer: Optional[Dict[str, Any]] = None


Call = Tuple[str, Optional[Union[Dict[str, Any], List[Any]]]]


class CloverCRM:
    """One spawned server. Thread-safe: calls from several threads are pipelined on the one stream.

    on_notification(method, params) is called on the reader thread for every notification the
    server sends (e.g. "license.requested"); keep it short or hand the work to another thread.
    """

    def __init__(self, args: Sequence[str] = (), binary: Optional[str] = None, env: Optional[Dict[str, str]] = None,
                 timeout: float = 30.0, on_notification: Optional[Callable[[str, Any], None]] = None):
        self.timeout = timeout
        self.on_notification = on_notification
        self._ids = itertools.count(1)
        self._pending: Dict[int, _Pending] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._stderr_tail: deque = deque(maxlen=50)
        self._closed = False
        self.process = subprocess.Popen(
            [binary or find_binary(), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})}, bufsize=0)
        self._reader = threading.Thread(target=self._read_answers, name="clover-crm-reader", daemon=True)
        self._reader.start()
        threading.Thread(target=self._drain_stderr, name="clover-crm-stderr", daemon=True).start()

    # -- calls -----------------------------------------------------------------------------------

    def call(self, method: str, params: Optional[Union[Dict[str, Any], List[Any]]] = None, timeout: Optional[float] = None) -> Any:
        """Sends a request and returns its result; raises the typed CloverError subclass on an error answer."""
        request_id, pending = self._register()
        self._send(self._message(method, params, request_id))
        answer = self._wait(request_id, pending, timeout)
        if "error" in answer:
            raise error_from(answer["error"])
        return answer.get("result")

    def notify(self, method: str, params: Optional[Union[Dict[str, Any], List[Any]]] = None) -> None:
        """Sends a notification: no answer, not even on error."""
        self._send(self._message(method, params, None))

    def batch(self, calls: Iterable[Call], timeout: Optional[float] = None) -> List[Union[Any, CloverError]]:
        """Sends several requests as one batch; returns results in order, a CloverError in place of each failure."""
        registered = [(self._register(), method, params) for method, params in calls]
        if not registered:
            return []
        self._send([self._message(method, params, request_id) for (request_id, _), method, params in registered])
        results: List[Union[Any, CloverError]] = []
        for (request_id, pending), _, _ in registered:
            answer = self._wait(request_id, pending, timeout)
            results.append(error_from(answer["error"]) if "error" in answer else answer.get("result"))
        return results

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self, timeout: float = 10.0) -> Optional[int]:
        """Closes stdin (the server finishes what it read, makes it durable and exits) and waits."""
        if not self._closed:
            self._closed = True
            try:
                self.process.stdin.close()
            except OSError:
                pass
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            return self.process.wait(timeout)

    def __enter__(self) -> "CloverCRM":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def stderr(self) -> str:
        """The server's most recent log lines."""
        return "".join(self._stderr_tail)

    # -- plumbing --------------------------------------------------------------------------------

    @staticmethod
    def _message(method: str, params: Any, request_id: Optional[int]) -> Dict[str, Any]:
        message: Dict[str, Any] = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if request_id is not None:
            message["id"] = request_id
        return message

    def _register(self) -> Tuple[int, _Pending]:
        pending = _Pending()
        with self._lock:
            request_id = next(self._ids)
            self._pending[request_id] = pending
        return request_id, pending

    def _send(self, message: Any) -> None:
        line = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        with self._write_lock:
            try:
                self.process.stdin.write(line)
                self.process.stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                raise ServerExited(self.process.poll(), self.stderr) from None

    def _wait(self, request_id: int, pending: _Pending, timeout: Optional[float]) -> Dict[str, Any]:
        if not pending.event.wait(self.timeout if timeout is None else timeout):
            with self._lock:
                self._pending.pop(request_id, None)
            raise CallTimeout(f"no answer to request {request_id} within {self.timeout if timeout is None else timeout} s")
        if pending.answer is None:
            raise ServerExited(self.process.poll(), self.stderr)
        return pending.answer

    def _read_answers(self) -> None:
        for raw in self.process.stdout:
            try:
                message = json.loads(raw)
            except ValueError:
                continue  # not JSON: stdout carries protocol lines only, so this is never expected
            for answer in message if isinstance(message, list) else [message]:
                self._deliver(answer)
        with self._lock:  # EOF: wake every waiter; they raise ServerExited
            waiting, self._pending = list(self._pending.values()), {}
        for pending in waiting:
            pending.event.set()

    def _deliver(self, message: Any) -> None:
        if not isinstance(message, dict):
            return
        if "method" in message and "id" not in message:
            if self.on_notification is not None:
                self.on_notification(message["method"], message.get("params"))
            return
        with self._lock:
            pending = self._pending.pop(message.get("id"), None)
        if pending is not None:
            pending.answer = message
            pending.event.set()

    def _drain_stderr(self) -> None:
        for raw in self.process.stderr:
            self._stderr_tail.append(raw.decode("utf-8", "replace"))


def main(argv: Optional[Sequence[str]] = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="clover_crm.py", description="Call a Clover CRM method from the shell.")
    parser.add_argument("--binary", help="path of clover-crm (default: $CLOVER_CRM_BINARY, PATH, or this checkout's build)")
    parser.add_argument("--server-arg", action="append", default=[], help="an argument for clover-crm, e.g. --server-arg=--demo")
    parser.add_argument("--timeout", type=float, default=30.0)
    commands = parser.add_subparsers(dest="command", required=True)
    call = commands.add_parser("call", help="send one request and print its result")
    call.add_argument("method")
    call.add_argument("params", nargs="?", help="params as a JSON object or array")
    notify = commands.add_parser("notify", help="send one notification")
    notify.add_argument("method")
    notify.add_argument("params", nargs="?")
    options = parser.parse_args(argv)

    params = None
    if options.params is not None:
        try:
            params = json.loads(options.params)
        except ValueError as error:
            print(f"clover_crm.py: PARAMS is not valid JSON: {error}", file=sys.stderr)
            return 2
        if not isinstance(params, (dict, list)):
            print("clover_crm.py: PARAMS must be a JSON object or array", file=sys.stderr)
            return 2
    try:
        with CloverCRM(args=options.server_arg, binary=options.binary, timeout=options.timeout) as crm:
            if options.command == "notify":
                crm.notify(options.method, params)
                return 0
            result = crm.call(options.method, params)
    except CloverError as error:
        print(json.dumps({"code": error.code, "message": error.message, "data": error.data}, ensure_ascii=False, indent=2), file=sys.stderr)
        return error.exit_code
    except (ServerExited, CallTimeout, FileNotFoundError) as error:
        print(f"clover_crm.py: {error}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
