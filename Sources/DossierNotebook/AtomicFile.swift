import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
#endif

/// A file write that either happens completely or not at all.
public enum AtomicFile {
    /// A write that failed: the path and the system's reason.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder is written, flushed to
    /// disk and renamed over `path`. An existing file keeps its permissions. Readers see the old or
    /// the new content, never a mix; a crash leaves the old file.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes bytes atomically; see `write(_:to:)`.
    public static func write(bytes: [UInt8], to path: String) throws(WriteError) {
        func failure(_ what: String) -> WriteError {
            WriteError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw WriteError(path: path, reason: "not a file name") }
        removeStaleTemporaries(in: folder, for: name)
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        var fd: Int32 = -1
        var temp = ""
        for attempt in 0..<100 {
            temp = folder + "/." + name + ".tmp-\(getpid())-\(attempt)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure("cannot create a temporary file in '\(folder)'") }
        var ok = true
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    return
                }
                done += n
            }
        }
        if ok { _ = fchmod(fd, mode) }
        if ok, fsync(fd) != 0 { ok = false }
        let writeFailure = ok ? nil : failure("write failed")
        close(fd)
        if let writeFailure {
            unlink(temp)
            throw writeFailure
        }
        guard rename(temp, path) == 0 else {
            let error = failure("rename failed")
            unlink(temp)
            throw error
        }
        // Make the rename itself durable.
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            _ = fsync(dir)
            close(dir)
        }
    }

    /// Removes the temporary files (`.NAME.tmp-PID-N`) that writes killed half-way left in
    /// `folder` — those of `name` only, or all — when their process is gone. Returns their names.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String, for name: String? = nil) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for file in names where file.hasPrefix(".") {
            guard let pid = stalePid(file, for: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(folder + "/" + file) == 0 { removed.append(file) }
        }
        return removed
    }

    /// The pid in `.NAME.tmp-PID-N`, when `file` is such a name (of `name`, when given).
    static func stalePid(_ file: String, for name: String?) -> pid_t? {
        guard let marker = file.range(of: ".tmp-", options: .backwards) else { return nil }
        let target = file[file.index(after: file.startIndex)..<marker.lowerBound]
        if let name, target != name { return nil }
        let parts = file[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, Int(parts[1]) != nil, let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }
}
