import Foundation

/// Places in the repository and beside it, found from this file so tests run from any directory.
enum RepositoryPaths {
    /// <repo>/Tests/GlossaryTests/RepositoryPaths.swift → <repo>.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real bundle directory, as committed.
    static let bundleDirectory = packageRoot.appendingPathComponent("Sources/Glossary/Resources/glossary")

    /// The seed texts the glossary was drawn from. CI clones the repository with `shared/` beside it.
    static let seedsDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
}
