import DossierModel

/// Operators evaluated without recursion along a chain: `1 + 2 + … + n` is a tree as deep as the
/// chain (left-leaning), and `not not … x` or `- - … x` likewise, so they are walked in loops and
/// only brackets (bounded by `ParseLimits.maxNesting`) make the evaluator recurse.
extension Evaluator {
    func evaluateOperators(_ e: Expr, row: Row?, in state: inout SessionState, depth: Int) throws(Diagnostic) -> Value {
        // The left spine of binary operators, outermost first.
        var spine: [(op: String, rhs: Expr, range: SourceRange)] = []
        var leftmost = e
        while case .binary(let op, let lhs, let rhs, let r) = leftmost {
            spine.append((op, rhs, r))
            leftmost = lhs
        }
        var value = try evaluatePrefixed(leftmost, row: row, in: &state, depth: depth)
        for (op, rhs, r) in spine.reversed() {
            switch op {
            case "and":
                value = value.truthy ? .bool(try evaluate(rhs, row: row, in: &state, depth: depth).truthy) : .bool(false)
            case "or":
                value = value.truthy ? .bool(true) : .bool(try evaluate(rhs, row: row, in: &state, depth: depth).truthy)
            default:
                let b = try evaluate(rhs, row: row, in: &state, depth: depth)
                value = try Operators.apply(op, value, b, at: r, rhsRange: rhs.range)
            }
        }
        return value
    }

    /// A run of unary operators around an operand, applied innermost first.
    private func evaluatePrefixed(_ e: Expr, row: Row?, in state: inout SessionState, depth: Int) throws(Diagnostic) -> Value {
        var prefixes: [(op: String, range: SourceRange)] = []
        var operand = e
        while case .unary(let op, let inner, let r) = operand {
            prefixes.append((op, r))
            operand = inner
        }
        var value = try evaluate(operand, row: row, in: &state, depth: depth)
        for (op, r) in prefixes.reversed() {
            switch op {
            case "not":
                value = .bool(!value.truthy)
            default:
                guard case .number(let n) = value else { throw .error("'-' needs a number, got \(value.type.rawValue)", at: r) }
                value = .number(-n)
            }
        }
        return value
    }
}
