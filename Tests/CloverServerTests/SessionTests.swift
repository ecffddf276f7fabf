import CloverServer
import Foundation
import JSONRPC
import Testing

@Suite("Session methods")
struct SessionTests {
    @Test("server.info reports what is running")
    func info() throws {
        var session = try TestSession()
        let info = try session.call("server.info")
        #expect(info["name"] == "clover-crm")
        #expect(info["now"] == "2026-11-22T09:00:00Z")
        #expect(info["dataDir"] == .null)
        #expect(info["durability"] == "none")
        #expect(info["locale"] == "en")
    }

    @Test("server.info names the data dir and durability when on disk")
    func infoOnDisk() throws {
        var session = try TestSession(arguments: ["--data-dir", "/tmp/clover-test", "--durability", "relaxed"])
        let info = try session.call("server.info")
        #expect(info["dataDir"] == "/tmp/clover-test")
        #expect(info["durability"] == "relaxed")
    }

    @Test("session.configure switches message language; codes and kinds stay the same")
    func locale() throws {
        var session = try TestSession()
        let english = try #require(try session.send(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#))
        _ = try session.call("session.configure", ["locale": "ko"])
        let korean = try #require(try session.send(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#))
        #expect(english["error"]?["code"] == korean["error"]?["code"])
        #expect(english["error"]?["data"] == korean["error"]?["data"])
        #expect(english["error"]?["message"]?.stringValue?.hasPrefix("Method not found") == true)
        #expect(korean["error"]?["message"]?.stringValue?.hasPrefix("메서드를 찾을 수 없습니다") == true)
        #expect(try session.call("server.info")["locale"] == "ko")
    }

    @Test("--locale ko starts the session in Korean")
    func localeFlag() throws {
        var session = try TestSession(arguments: ["--in-memory", "--locale", "ko"])
        #expect(try session.call("server.info")["locale"] == "ko")
    }

    @Test("server.shutdown asks the loop to stop")
    func shutdown() throws {
        var session = try TestSession()
        #expect(!session.session.wantsToStop)
        _ = try session.call("server.shutdown")
        #expect(session.session.wantsToStop)
    }
}
