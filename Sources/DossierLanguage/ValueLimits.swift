import DossierModel

/// Bounds on the values an expression may build, so that doubling a value in a loop
/// (`let a = a + a`) fails with a diagnostic long before it exhausts memory.
public enum ValueLimits {
    /// Bytes of one text value built by `+`.
    public static let maxTextBytes = 16 << 20
    /// Items of one list built by `+`.
    public static let maxListItems = 1_000_000

    static func checkText(_ bytes: Int, at r: SourceRange) throws(Diagnostic) {
        guard bytes > maxTextBytes else { return }
        throw .error(
            "text too long: the result would be \(NumberFormat.grouped(bytes)) bytes, over the limit of \(NumberFormat.grouped(maxTextBytes))",
            at: r)
    }

    static func checkList(_ count: Int, at r: SourceRange) throws(Diagnostic) {
        guard count > maxListItems else { return }
        throw .error(
            "list too long: the result would hold \(NumberFormat.grouped(count)) items, over the limit of \(NumberFormat.grouped(maxListItems))",
            at: r)
    }
}
