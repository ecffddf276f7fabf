"""Tests of clover_crm.py against the real binary ($CLOVER_CRM_BINARY, or this checkout's build)."""

import atexit
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import clover_crm  # noqa: E402
from clover_crm import CallTimeout, CloverCRM, CloverError, InvalidParams, MethodNotFound, NotFound, ServerExited  # noqa: E402

SERVER_ARGS = ["--in-memory", "--now", "2026-11-22T09:00:00Z"]
CLIENT = os.path.join(os.path.dirname(__file__), "..", "clover_crm.py")


def fake_server(script: str) -> str:
    """A stand-in server written in Python, for behaviours the real one must never show."""
    handle = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
    handle.write("#!" + sys.executable + "\n" + script)
    handle.close()
    os.chmod(handle.name, 0o755)
    atexit.register(os.unlink, handle.name)
    return handle.name


class CallTests(unittest.TestCase):
    def setUp(self):
        self.crm = CloverCRM(args=SERVER_ARGS)

    def tearDown(self):
        self.assertEqual(self.crm.close(), 0)

    def test_call_returns_the_result(self):
        result = self.crm.call("glossary.lookup", {"term": "수주율", "lang": "en"})
        self.assertTrue(result["found"])
        self.assertEqual(result["entry"]["id"], "win-rate")

    def test_positional_params(self):
        self.assertEqual(self.crm.call("session.configure", ["ko"]), {"locale": "ko"})

    def test_errors_are_typed_and_carry_code_message_and_data(self):
        with self.assertRaises(NotFound) as caught:
            self.crm.call("glossary.get", {"id": "no-such-entry"})
        self.assertEqual(caught.exception.code, 404)
        self.assertEqual(caught.exception.data, {"kind": "not_found", "type": "glossaryEntry", "id": "no-such-entry"})
        with self.assertRaises(InvalidParams) as caught:
            self.crm.call("session.configure", {"locale": "fr"})
        self.assertEqual(caught.exception.data["errors"][0]["path"], "$.locale")
        with self.assertRaises(MethodNotFound) as caught:
            self.crm.call("server.inf")
        self.assertEqual(caught.exception.data["didYouMean"], "server.info")
        self.assertIsInstance(caught.exception, CloverError)

    def test_notifications_get_no_answer_and_do_not_disturb_calls(self):
        self.crm.notify("session.configure", {"locale": "ko"})
        self.crm.notify("no.such.method")
        self.assertEqual(self.crm.call("server.info")["locale"], "ko")

    def test_batch_returns_results_and_errors_in_order(self):
        results = self.crm.batch([
            ("session.configure", {"locale": "en"}),
            ("glossary.get", {"id": "nope"}),
            ("glossary.get", {"id": "acv", "lang": "en"}),
        ])
        self.assertEqual(results[0], {"locale": "en"})
        self.assertIsInstance(results[1], NotFound)
        self.assertEqual(results[2]["term"], "ACV")
        self.assertEqual(self.crm.batch([]), [])

    def test_calls_from_many_threads_are_pipelined_safely(self):
        failures = []

        def work(index):
            for _ in range(100):
                result = self.crm.call("glossary.get", {"id": "won", "lang": "en"})
                if result["id"] != "won":
                    failures.append(index)

        threads = [threading.Thread(target=work, args=(index,)) for index in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])


class LifecycleTests(unittest.TestCase):
    def test_context_manager_shuts_the_server_down_cleanly(self):
        with CloverCRM(args=SERVER_ARGS) as crm:
            crm.call("server.info")
        self.assertEqual(crm.process.returncode, 0)

    def test_a_server_that_never_answers_times_out(self):
        silent = fake_server("import sys\nfor line in sys.stdin: pass\n")
        with CloverCRM(binary=silent, timeout=0.3) as crm:
            with self.assertRaises(CallTimeout):
                crm.call("server.info")

    def test_a_server_that_dies_raises_server_exited_with_its_stderr(self):
        dying = fake_server("import sys\nsys.stderr.write('boom: no data dir\\n')\nsys.exit(3)\n")
        crm = CloverCRM(binary=dying)
        with self.assertRaises(ServerExited):
            crm.call("server.info")
        self.assertEqual(crm.close(), 3)
        self.assertIn("boom", crm.stderr)

    def test_notifications_reach_the_callback(self):
        chatty = fake_server(
            "import json, sys\n"
            "for line in sys.stdin:\n"
            "    request = json.loads(line)\n"
            "    print(json.dumps({'jsonrpc': '2.0', 'method': 'license.requested', 'params': {'id': 'lic_1'}}))\n"
            "    print(json.dumps({'jsonrpc': '2.0', 'id': request['id'], 'result': {}}), flush=True)\n")
        seen = []
        with CloverCRM(binary=chatty, on_notification=lambda method, params: seen.append((method, params))) as crm:
            crm.call("opportunity.changeStage", {"id": "opp_1", "stage": "won"})
        self.assertEqual(seen, [("license.requested", {"id": "lic_1"})])


class CommandLineTests(unittest.TestCase):
    def run_cli(self, *arguments):
        return subprocess.run([sys.executable, CLIENT, *("--server-arg=" + arg for arg in SERVER_ARGS), *arguments],
                              capture_output=True, text=True, timeout=60)

    def test_call_prints_the_result_as_json(self):
        completed = self.run_cli("call", "glossary.lookup", '{"term": "ACV", "lang": "en"}')
        self.assertEqual(completed.returncode, 0, completed.stderr)
        self.assertEqual(json.loads(completed.stdout)["entry"]["id"], "acv")

    def test_errors_go_to_stderr_with_the_exit_code_of_their_kind(self):
        completed = self.run_cli("call", "glossary.get", '{"id": "nope"}')
        self.assertEqual(completed.returncode, 4)
        self.assertEqual(completed.stdout, "")
        self.assertEqual(json.loads(completed.stderr)["data"]["kind"], "not_found")
        self.assertEqual(self.run_cli("call", "session.configure", '{"locale": 1}').returncode, 2)
        self.assertEqual(self.run_cli("call", "session.configure", "{not json").returncode, 2)


if __name__ == "__main__":
    unittest.main()
