import Foundation
#if canImport(Glibc)
import Glibc
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
#endif

/// The crash journal of one REPL session: every executed cell and its output, notes and undos,
/// appended as JSON Lines and flushed to disk (write, fsync, close) as each one runs. A clean exit
/// closes it; a journal left unclosed by a process that is gone was left by a crash or `kill -9`
/// and can be recovered. See `docs/notebook-format.md`.
public struct Journal: Sendable, Hashable {
    public static let version = 1
    /// A failure to write or read a journal.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "journal '\(path)': \(reason)" }
    }

    /// This journal's file.
    public let path: String

    /// `$XDG_STATE_HOME/dossier/journal`, by default `~/.local/state/dossier/journal`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/dossier/journal" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/dossier/journal"
    }

    /// Starts a journal for this process in `directory` (created when missing). Clears out closed
    /// journals and dead empty ones; unfinished journals with cells are left for `findUnfinished`.
    public static func start(in directory: String, corpus: String? = nil, pid: Int32 = getpid()) throws(Failure) -> Journal {
        try start(in: directory, corpus: corpus, pid: pid, scanned: nil)
    }

    /// What a REPL does at start, reading the folder's journals once: lists the unfinished ones (as
    /// `findUnfinished`), then starts this process's journal (as `start`; nil when it cannot be written).
    public static func startListingUnfinished(in directory: String, corpus: String? = nil, pid: Int32 = getpid())
        -> (journal: Journal?, unfinished: [UnfinishedJournal])
    {
        let scan = Scan(directory: directory)
        let unfinished = findUnfinished(scan)
        return (try? start(in: directory, corpus: corpus, pid: pid, scanned: scan), unfinished)
    }

    /// `start`, clearing out with the inspections of `scanned` when given (the journals it names that
    /// are gone since are skipped).
    static func start(in directory: String, corpus: String?, pid: Int32, scanned: Scan?) throws(Failure) -> Journal {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: directory, reason: "cannot create the folder")
        }
        let scan = scanned ?? Scan(directory: directory)
        for (file, info) in zip(scan.files, scan.infos) {
            guard let info else { continue }
            if info.closed || (!info.alive && info.cellCount == 0 && info.noteCount == 0) { unlink(file) }
        }
        let token = UUID().uuidString.prefix(8).lowercased()
        let journal = Journal(path: directory + "/session-\(pid)-\(token).jsonl")
        try journal.append(
            JournalEntry(kind: "open", version: version, pid: pid, started: processStart(pid), corpus: corpus))
        return journal
    }

    init(path: String) { self.path = path }

    /// Records an executed cell and what it printed.
    public func recordCell(source: String, output: String, failed: Bool) throws(Failure) {
        try append(JournalEntry(kind: "cell", source: source, output: output, failed: failed))
    }

    /// Records a `:note`.
    public func recordNote(_ text: String) throws(Failure) {
        try append(JournalEntry(kind: "note", text: text))
    }

    /// Records an `:undo`.
    public func recordUndo() throws(Failure) {
        try append(JournalEntry(kind: "undo"))
    }

    /// Marks the journal closed (a clean exit); the next session removes it.
    public func close() throws(Failure) {
        try append(JournalEntry(kind: "close"))
    }

    /// Takes over the transcript of the unfinished journal at `source` (`:recover`): its cells and
    /// notes are appended between an `adopt` and an `adopted` entry naming it, in one write, and
    /// only then is `source` removed. A kill at any point leaves either `source` alone or this
    /// journal holding its cells and naming it — then `findUnfinished` removes `source` instead of
    /// offering it again — so recovering twice never duplicates a cell.
    public func adopt(_ recovered: RecoveredSession, from source: String) throws(Failure) {
        let name = (source as NSString).lastPathComponent
        var entries = [JournalEntry(kind: "adopt", text: name)]
        for block in recovered.transcript.transcript.blocks {
            switch block {
            case .cell(let source, let output): entries.append(JournalEntry(kind: "cell", source: source, output: output ?? "", failed: false))
            case .prose(let text): entries.append(JournalEntry(kind: "note", text: text))
            }
        }
        entries.append(JournalEntry(kind: "adopted", text: name))
        try append(entries)
        Journal.discard(source)
    }

    /// Appends one line and flushes it to disk.
    func append(_ entry: JournalEntry) throws(Failure) {
        try append([entry])
    }

    /// Appends lines in one write and flushes them to disk.
    func append(_ entries: [JournalEntry]) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for entry in entries {
            guard let data = try? encoder.encode(entry) else { throw Failure(path: path, reason: "cannot encode an entry") }
            bytes += data
            bytes.append(10)
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { Glibc.close(fd) }
        var ok = true
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    return
                }
                done += n
            }
        }
        guard ok, fsync(fd) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Journals in `directory` left by sessions that did not close them and whose process is gone,
    /// in file name order. Journals with nothing to recover are not listed.
    /// A journal another journal has adopted (a `:recover` killed before it removed the source)
    /// is removed here rather than listed.
    public static func findUnfinished(in directory: String) -> [UnfinishedJournal] {
        findUnfinished(Scan(directory: directory))
    }

    static func findUnfinished(_ scan: Scan) -> [UnfinishedJournal] {
        let adopted = Set(scan.infos.flatMap { $0?.adopted ?? [] })
        var found: [UnfinishedJournal] = []
        for (file, info) in zip(scan.files, scan.infos) {
            guard let info, !info.closed, !info.alive else { continue }
            if adopted.contains((file as NSString).lastPathComponent) {
                discard(file)
                continue
            }
            guard info.cellCount + info.noteCount > 0 else { continue }
            let modified = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate]) as? Date
            found.append(UnfinishedJournal(
                path: file, pid: info.pid, corpus: info.corpus, cellCount: info.cellCount, noteCount: info.noteCount,
                modified: modified))
        }
        return found
    }

    /// Reads a journal back: every executed cell and the transcript. A truncated or unreadable
    /// line (the last one after a crash) is skipped and counted.
    public static func recover(_ path: String) throws(Failure) -> RecoveredSession {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, reason: "cannot read the file")
        }
        let replayed = replay(data)
        return replayed.session
    }

    /// Removes a journal once it has been recovered (or the user declined it).
    public static func discard(_ path: String) {
        unlink(path)
    }

    // MARK: - Reading

    struct Inspection {
        var pid: Int32
        var corpus: String?
        var closed: Bool
        var alive: Bool
        var cellCount: Int
        var noteCount: Int
        /// Journals whose transcript this one took over (`adopted` entries).
        var adopted: [String]
    }

    /// The journals in a folder, each inspected once.
    struct Scan {
        var files: [String]
        var infos: [Inspection?]
        init(directory: String) {
            files = journalFiles(in: directory)
            infos = files.map { inspect($0) }
        }
    }

    static func journalFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("session-") && $0.hasSuffix(".jsonl") }.sorted().map { directory + "/" + $0 }
    }

    static func inspect(_ path: String) -> Inspection? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let result = replay(data)
        let pid = result.session.pid
        let alive = pid > 0 && isAlive(pid: pid, started: result.started)
        return Inspection(
            pid: pid, corpus: result.session.corpus, closed: result.closed, alive: alive,
            cellCount: result.session.transcript.cellCount, noteCount: result.session.transcript.noteCount,
            adopted: result.adopted)
    }

    static func replay(_ data: Data) -> (session: RecoveredSession, closed: Bool, started: String?, adopted: [String]) {
        var executed: [RecoveredSession.Cell] = []
        var kept: [RecoveredSession.Cell] = []
        var builder = NotebookBuilder()
        var pid: Int32 = 0
        var corpus: String?
        var started: String?
        var closed = false
        var skipped = 0
        var adopted: [String] = []
        let decoder = JSONDecoder()
        for line in data.split(separator: 10, omittingEmptySubsequences: true) {
            guard let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) else {
                skipped += 1
                continue
            }
            switch entry.kind {
            case "open":
                pid = entry.pid ?? 0
                corpus = entry.corpus
                started = entry.started
                builder.corpusPath = entry.corpus
            case "cell":
                let cell = RecoveredSession.Cell(source: entry.source ?? "", output: entry.output ?? "", failed: entry.failed ?? false)
                executed.append(cell)
                kept.append(cell)
                builder.appendCell(source: cell.source, output: cell.output)
            case "note":
                builder.appendNote(entry.text ?? "")
            case "undo":
                builder.undoLastCell()
                if !kept.isEmpty { kept.removeLast() }
            case "close":
                closed = true
            case "adopt":
                break
            case "adopted":
                if let name = entry.text { adopted.append(name) }
            default:
                skipped += 1
            }
        }
        let session = RecoveredSession(
            executed: executed, transcript: builder, corpus: corpus, pid: pid, skippedLines: skipped, cells: kept)
        return (session, closed, started, adopted)
    }

    // MARK: - Processes

    /// Whether `pid` is a live process that is the same one that started the journal.
    static func isAlive(pid: Int32, started: String?) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        // A killed process its parent has not reaped yet (a zombie) is gone all the same.
        if processState(pid) == "Z" { return false }
        // A reused pid: same number, different process start time.
        if let started, let now = processStart(pid), now != started { return false }
        return true
    }

    /// The process state letter from `/proc/PID/stat` (field 3), `nil` where unavailable.
    static func processState(_ pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ").first.map(String.init)
    }

    /// The process start time from `/proc/PID/stat` (field 22), `nil` where unavailable.
    static func processStart(_ pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // Fields after the command name start at field 3 (state); starttime is field 22.
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
