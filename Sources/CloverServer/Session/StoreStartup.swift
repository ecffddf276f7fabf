import CRMCore
import CRMStore
import Foundation

/// Opens the data directory at start-up: recovery, then the first records of a fresh store.
enum StoreStartup {
    /// The store (nil in memory) and the state to serve.
    static func open(options: ServerOptions, environment: [String: String], log: Log, now: Timestamp) throws(StartupError) -> (Store?, CRMState) {
        let explicit: String?
        switch options.storage {
        case .inMemory: return (nil, try DomainStartup.initialState(demo: options.demo, now: now))
        case .directory(let path): explicit = path
        case .defaultDirectory: explicit = nil
        }
        let directory = DataDirectory.resolve(explicit: explicit, environment: environment)
        let storeOptions = StoreOptions(durability: options.durability == .relaxed ? .relaxed : .strict,
                                        snapshotEvery: options.snapshotEvery, readOnly: options.readOnly, repair: options.repair)
        let store: Store
        let recovery: Store.Recovery
        do {
            (store, recovery) = try Store.open(directory, options: storeOptions, now: now)
        } catch {
            throw startupError(error, directory: directory)
        }
        for warning in recovery.warnings { log.warn(warning) }
        guard recovery.state.changeLog.isEmpty else {
            if options.demo { log.warn("--demo ignored: \(directory.path) already holds data") }
            log.info("opened \(directory.path): \(recovery.snapshotChangeSets) change sets from the snapshot, \(recovery.journalChangeSets) from the journal")
            return (store, recovery.state)
        }
        // A fresh store: its first records (the admin, or the demo) are journaled like any write.
        let initial = try DomainStartup.initialState(demo: options.demo, now: now)
        guard !options.readOnly else { return (store, initial) }
        for changeSet in initial.changeLog { store.append(changeSet) }
        do {
            try store.sync()
        } catch {
            throw startupError(error, directory: directory)
        }
        return (store, initial)
    }

    static func startupError(_ error: StorageError, directory: DataDirectory) -> StartupError {
        switch error {
        case .locked:
            return StartupError(message: "\(error.description); stop it, or open a copy with --read-only", exitCode: 75)  // EX_TEMPFAIL
        case .corrupted:
            return StartupError(message: "\(error.description). Nothing was changed; start with --repair to move the damaged file aside and keep its intact part", exitCode: 65)  // EX_DATAERR
        case .unsupportedFormat:
            return StartupError(message: error.description, exitCode: 65)
        case .system:
            return StartupError(message: error.description, exitCode: 74)  // EX_IOERR
        }
    }
}
