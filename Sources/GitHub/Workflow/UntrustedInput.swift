/// Recognises values an outsider controls in workflow text: expressions over attacker-written
/// event fields, and checkouts of a pull request's head.
///
/// The context list follows GitHub's security-hardening guide ("Understanding the risk of script
/// injections"), extended with the same fields of `workflow_run`, `discussion` and review events.
public enum UntrustedInput {
    /// Expression paths whose values someone without write access can choose. `*` stands for
    /// any index or key.
    public static let untrustedContexts: [String] = [
        "github.event.issue.title", "github.event.issue.body",
        "github.event.pull_request.title", "github.event.pull_request.body",
        "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
        "github.event.discussion.title", "github.event.discussion.body",
        "github.event.pages.*.page_name",
        "github.event.commits.*.message", "github.event.commits.*.author.email", "github.event.commits.*.author.name",
        "github.event.head_commit.message", "github.event.head_commit.author.email", "github.event.head_commit.author.name",
        "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
        "github.event.pull_request.head.repo.default_branch",
        "github.event.workflow_run.head_branch", "github.event.workflow_run.head_commit.message",
        "github.event.workflow_run.head_commit.author.email", "github.event.workflow_run.head_commit.author.name",
        "github.event.workflow_run.pull_requests.*.head.ref",
        "github.head_ref",
    ]

    /// Expression paths or literal refs that name a pull request's head (code from its author).
    public static let pullRequestHeadRefs: [String] = [
        "github.event.pull_request.head.sha", "github.event.pull_request.head.ref",
        "github.event.pull_request.head.repo.full_name", "github.event.pull_request.merge_commit_sha",
        "github.event.workflow_run.head_sha", "github.event.workflow_run.head_branch",
        "github.event.workflow_run.head_repository.full_name", "github.event.workflow_run.head_commit.id",
        "github.head_ref", "refs/pull/",
    ]

    /// The `${{ … }}` expressions in a text, without their braces.
    public static func expressions(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "${{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            result.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// Objects that hold untrusted fields: an expression that expands one whole
    /// (`toJSON(github.event)`, `${{ github.event.pull_request }}`) expands those fields too.
    public static let untrustedObjects: [String] = [
        "github.event", "github.event.issue", "github.event.pull_request", "github.event.pull_request.head",
        "github.event.comment", "github.event.review", "github.event.review_comment", "github.event.discussion",
        "github.event.head_commit", "github.event.commits", "github.event.workflow_run", "github.event.pages",
    ]

    /// The untrusted context paths an expression reads (as listed in ``untrustedContexts``, or a
    /// whole object of ``untrustedObjects``).
    public static func untrustedContexts(in expression: String) -> [String] {
        let normal = normalise(expression)
        var found = untrustedContexts.filter { normal.contains($0) }
        for object in untrustedObjects where expandsWhole(object, in: normal) {
            found.append(object)
        }
        return found
    }

    /// Whether `path` occurs in a normalised expression not followed by a further field.
    static func expandsWhole(_ path: String, in normal: String) -> Bool {
        var rest = Substring(normal)
        while let range = rest.range(of: path) {
            let before = range.lowerBound == normal.startIndex ? nil : normal[normal.index(before: range.lowerBound)]
            let after = range.upperBound < normal.endIndex ? normal[range.upperBound] : nil
            let startsPath = before.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") } ?? true
            let endsPath = after.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") } ?? true
            if startsPath && endsPath { return true }
            rest = normal[range.upperBound...]
        }
        return false
    }

    /// The untrusted context paths every expression of a text reads, in order, without repeats.
    public static func untrustedContexts(inText text: String) -> [String] {
        var seen: [String] = []
        for expression in expressions(in: text) {
            for context in untrustedContexts(in: expression) where !seen.contains(context) {
                seen.append(context)
            }
        }
        return seen
    }

    /// Whether a value names a pull request's head: a head expression or a `refs/pull/` ref.
    public static func namesPullRequestHead(_ value: String) -> Bool {
        let normal = normalise(value)
        return pullRequestHeadRefs.contains { normal.contains($0) }
    }

    /// Shell commands that fetch or check out a pull request's head.
    public static func checksOutPullRequestInScript(_ script: String) -> Bool {
        let lower = script.lowercased()
        if lower.contains("gh pr checkout") { return true }
        if lower.contains("git fetch") && (lower.contains("pull/") || lower.contains("refs/pull")) { return true }
        if lower.contains("git checkout") || lower.contains("git switch") || lower.contains("git fetch") {
            return expressions(in: script).contains { namesPullRequestHead($0) }
        }
        return false
    }

    /// The secret names a text reads through `${{ secrets.NAME }}` (or `secrets['NAME']`),
    /// without `GITHUB_TOKEN`; `*` when an expression passes the whole `secrets` context.
    public static func secretNames(in text: String) -> [String] {
        var names: [String] = []
        for expression in expressions(in: text) {
            let normal = normalise(expression)
            var rest = Substring(normal)
            var sawNamed = false
            while let found = rest.range(of: "secrets.") {
                let name = rest[found.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                if !name.isEmpty, name != "github_token" { names.append(String(name)) }
                sawNamed = true
                rest = rest[found.upperBound...]
            }
            if !sawNamed, normal.contains("secrets") { names.append("*") }
        }
        return names
    }

    /// Lower case, spaces removed, `[0]`, `[*]` and `['key']` turned into `.*` / `.key` so that
    /// the paths compare as written in the list.
    static func normalise(_ expression: String) -> String {
        var result = ""
        var index = expression.startIndex
        while index < expression.endIndex {
            let character = expression[index]
            if character == "[" {
                guard let close = expression[index...].firstIndex(of: "]") else { break }
                let inner = expression[expression.index(after: index)..<close].filter { $0 != "'" && $0 != "\"" && $0 != " " }
                if !inner.isEmpty, inner.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) {
                    result += "." + inner.lowercased()
                } else {
                    result += ".*"
                }
                index = expression.index(after: close)
                continue
            }
            if !character.isWhitespace { result += character.lowercased() }
            index = expression.index(after: index)
        }
        return result
    }
}
