import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Pure path arithmetic on `/`-separated paths (no file system access).
public enum RelativePath {
    /// The path of `target` relative to the folder `folder`, e.g. from `/a/notebooks` to `/a/seeds`
    /// is `../seeds`; the same folder is `.`. Both paths should be absolute (or both relative to the
    /// same folder); `.` and `..` components are resolved lexically first.
    public static func relativePath(from folder: String, to target: String) -> String {
        let base = components(folder), goal = components(target)
        var common = 0
        while common < base.count, common < goal.count, base[common] == goal[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let parts = ups + goal[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `path` resolved against `folder` when relative, with `.` and `..` resolved lexically.
    public static func absolute(_ path: String, from folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        return "/" + components(joined).joined(separator: "/")
    }

    /// The folder part of a path (`.` when there is none).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Path components with empty and `.` parts dropped and `..` applied (never above the root).
    static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = out.last, last != ".." {
                    out.removeLast()
                } else if !path.hasPrefix("/") {
                    out.append("..")
                }
                continue
            }
            out.append(String(part))
        }
        return out
    }
}
