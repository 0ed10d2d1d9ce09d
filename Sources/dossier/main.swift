import ArgumentParser
import DossierKit
import DossierSeeds
import DossierShell
import Foundation

// Exit status: 0 when every command succeeded, 1 when any failed, 2 for a usage error.
do {
    var command = try Dossier.parseAsRoot()
    try command.run()
} catch {
    let code = Dossier.exitCode(for: error)
    if code == .success {
        print(Dossier.fullMessage(for: error))
        exit(0)
    }
    if let e = error as? ExitCode { exit(e.rawValue) }
    FileHandle.standardError.write(Data((Dossier.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
