import DossierKit
import Foundation
import DossierModel

/// A child process's wall time and peak resident memory (from wait4's rusage).
struct ChildRun {
    var seconds: Double
    var maxRSSMB: Double
    var status: Int32
}

/// Runs `argv` with `env` added to this process's environment, output discarded. The peak memory
/// comes from GNU time when it is installed: posix_spawn may vfork, and a child's own ru_maxrss then
/// starts from this process's peak (time forks from a small process, so it reports the child's own).
func runChild(_ argv: [String], env: [String: String]) -> ChildRun {
    let timeTool = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: timeTool) else { return spawnChild(argv, env: env) }
    let report = NSTemporaryDirectory() + "dossier-bench-rss-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: report) }
    var run = spawnChild([timeTool, "-f", "%M", "-o", report] + argv, env: env)
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    if let kb = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) {
        run.maxRSSMB = kb / 1024
    }
    return run
}

/// Runs `argv` directly; its rusage peak (see `runChild`).
func spawnChild(_ argv: [String], env: [String: String]) -> ChildRun {
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let cArgs = argv.map { strdup($0) } + [nil]
    defer {
        for p in cEnv { free(p) }
        for p in cArgs { free(p) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let t0 = now()
    guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else { return ChildRun(seconds: 0, maxRSSMB: 0, status: -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return ChildRun(seconds: now() - t0, maxRSSMB: Double(usage.ru_maxrss) / 1024, status: status)
}

/// Sets every file's mtime an hour back (so no stamp is within the racy window of the next open).
func age(_ dir: String, minutes: Int = 60) {
    let old = Date().addingTimeInterval(-Double(minutes) * 60)
    for f in (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? [] {
        try? FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir + "/" + f)
    }
}

/// Appends a line to every `stride`-th .txt file of `dir` (sorted), then ages those files a little
/// differently; returns how many changed.
func touchFiles(_ dir: String, every stride: Int, limit: Int = Int.max) -> Int {
    let files = ((try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    var changed = 0
    for (i, f) in files.enumerated() where i % stride == stride / 2 && changed < limit {
        guard let h = FileHandle(forWritingAtPath: dir + "/" + f) else { continue }
        h.seekToEndOfFile()
        h.write(Data("\nEdited for the benchmark, pass \(changed).\n".utf8))
        h.closeFile()
        try? FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-1800)], ofItemAtPath: dir + "/" + f)
        changed += 1
    }
    return changed
}

/// The dossier executable beside this bench (same build configuration).
var dossierExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("dossier").path
}

/// The open table: whole `dossier` processes (open + `docs | count`) on a copy of `source`,
/// first open, reopen unchanged, after one file and after 1% of files changed; the first extraction
/// verbs after a reopen; the tantivy ratio on the same folder.
@MainActor func openBench(source: String, label: String, outDir: String) {
    // absolute: `dossier` ignores a relative XDG_CACHE_HOME (and would use ~/.cache instead)
    let base = URL(fileURLWithPath: outDir).standardizedFileURL.path
    let copy = base + "/work-" + label.replacingOccurrences(of: " ", with: "")
    let cacheRoot = base + "/xdg-" + label.replacingOccurrences(of: " ", with: "")
    for p in [copy, cacheRoot] { try? FileManager.default.removeItem(atPath: p) }
    try? FileManager.default.createDirectory(atPath: cacheRoot, withIntermediateDirectories: true)
    do {
        try FileManager.default.copyItem(atPath: source, toPath: copy)
    } catch {
        log("cannot copy \(source): \(error)")
        return
    }
    age(copy)
    let env = ["XDG_CACHE_HOME": cacheRoot, "COLUMNS": "100"]
    let argv = [dossierExecutable, "--corpus", copy, "-c", "docs | count"]
    func open(_ row: String, note: String = "") -> ChildRun {
        let r = runChild(argv, env: env)
        record(row, secs(r.seconds) + note + (r.status == 0 ? "" : " (exit \(r.status))"))
        return r
    }
    log("\(label): first open…")
    let first = open("first open: read + parse + analyse + write model (process)")
    record("peak RSS, first open (process)", String(format: "%.0f MB", first.maxRSSMB))
    log("\(label): reopen…")
    _ = open("reopen unchanged, whole process to first answer")
    let warm = runChild(argv, env: env)
    record("reopen unchanged, again", secs(warm.seconds))
    record("peak RSS, reopen (process)", String(format: "%.0f MB", warm.maxRSSMB))
    _ = touchFiles(copy, every: Int.max, limit: 1)
    _ = open("reopen after 1 file changed")
    let files = ((try? FileManager.default.subpathsOfDirectory(atPath: copy)) ?? []).filter { $0.hasSuffix(".txt") }.count
    let pct = touchFiles(copy, every: 100)
    _ = open("reopen after 1% of files changed", note: " (\(pct) of \(files))")
    extractionAfterReopen(copy, cacheDirectory: cacheRoot + "/dossier", env: env)
    tantivyRatio(copy)
}

/// Extraction at its first use (it is then stored beside the model), and the first extraction verbs
/// after a reopen: in this process with fresh session state, and as a whole `dossier` process.
@MainActor func extractionAfterReopen(_ dir: String, cacheDirectory: String, env: [String: String]) {
    guard let opened = try? Corpus.load(path: dir, cacheDirectory: cacheDirectory) else { return }
    let (extracted, te) = time { AnnotationStore.annotations(for: opened) }
    record(
        "extraction, first use (then stored)",
        "\(secs(te)) (\(NumberFormat.grouped(extracted.entities.count)) entities, \(NumberFormat.grouped(extracted.quotes.count)) quotes)")
    let (reopened, t) = time { try? Corpus.load(path: dir, cacheDirectory: cacheDirectory) }
    guard let corpus = reopened else { return }
    record("reopen in process (Corpus.load)", secs(t))
    for verb in ["entities", "quotes", "timeline"] {
        log("first \(verb)…")
        let (rows, dt) = runVerb(corpus, verb, [:])
        record("first \(verb) after reopen", "\(secs(dt)) (\(NumberFormat.grouped(rows)) rows)")
    }
    let child = runChild([dossierExecutable, "--corpus", dir, "-c", "entities | count"], env: env)
    record("reopen + entities, count (process)", secs(child.seconds) + String(format: ", %.0f MB peak", child.maxRSSMB))
}

/// tokenize + index of the texts in memory, beside tantivy 0.27 indexing the same files (2 threads).
@MainActor func tantivyRatio(_ dir: String) {
    guard let corpus = try? Corpus.load(path: dir, cacheDirectory: nil) else { return }
    let texts = corpus.documents.map(\.text)
    let (_, analyse) = time { Analyzer.tokenizeAndIndex(texts: texts) }
    record("Dossier tokenize + index (texts in memory, no tagger)", secs(analyse))
    let (tokens, whole) = time { Analyzer.analyseAll(texts: texts) }
    record("Dossier tokenize + index + tag (texts in memory)", secs(whole))
    let tagging = max(whole - analyse, 1e-9)
    record("tagger (POS + lemma), 2 threads", String(format: "%.2f M tokens/s", Double(tokens) / tagging / 1e6))
    let (oneTokens, oneSeconds, _) = corpus.timeTagging(repeats: 3)
    record("tagger (POS), one thread, best of 3", String(format: "%.2f M tokens/s", Double(oneTokens) / max(oneSeconds, 1e-9) / 1e6))
    let script = "/work/shared/peers/bench_tantivy.py"
    guard FileManager.default.fileExists(atPath: script) else {
        record("tantivy 0.27 index, 2 threads", "— (no \(script))")
        return
    }
    log("tantivy…")
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", script, dir, "--runs", "1", "--threads", "2"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard let line = String(decoding: out, as: UTF8.self).split(separator: "\n").last,
        let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let build = (json["build_s_median"] as? Double) ?? (json["build_s"] as? Double)
    else {
        record("tantivy 0.27 index, 2 threads", "— (no result)")
        return
    }
    let load = (json["load_s"] as? Double) ?? 0
    record("tantivy 0.27 index, 2 threads", secs(build) + " (+ \(secs(load)) Python read)")
    record("ratio Dossier / tantivy (index)", String(format: "%.2f×", analyse / build))
}
