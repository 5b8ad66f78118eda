import Documents
import Foundation

/// Reads `.leastpriv.yml` into a ``Configuration``, refusing unknown keys and values with a
/// located error (and a `did you mean` where one helps).
///
/// ```yaml
/// inputs: [exports/, .github/workflows]
/// fail-on: high
/// checks:
///   disable: [LP0001]
/// principals:
///   human: ["arn:aws:iam::*:user/*"]
///   machine: ["arn:aws:iam::*:user/ci-*"]
/// sensitive-resources:
///   - resource: "arn:aws:ecr:*:*:repository/prod/*"
///     reason: production registry
/// suppressions:
///   - check: LP0001
///     principal: "arn:aws:iam::111122223333:role/legacy-*"
///     reason: migration tracked in SEC-42
///     expires: 2027-03-31
/// repositories:
///   "ci/.github/workflows/*": acme/api
/// limits:
///   max-file-size: 2147483648
///   max-depth: 256
///   max-alias-expansion: 100000
///   max-documents: 100000
/// ```
public struct ConfigurationLoader: Sendable {
    /// Check ids and slugs a configuration may name.
    public var knownChecks: [(id: String, slug: String)]

    /// Makes a loader that validates check names against `knownChecks`.
    public init(knownChecks: [(id: String, slug: String)]) {
        self.knownChecks = knownChecks
    }

    /// Parses configuration text.
    public func parse(_ bytes: [UInt8], file: String) throws(InputError) -> Configuration {
        let document = try DocumentReader.parse(bytes, file: file, syntax: .yaml)
        var configuration = Configuration(file: file)
        guard !document.roots.isEmpty else { return configuration }
        let root = document.root()
        if root.isNull { return configuration }
        for (key, value) in try root.entries() {
            switch key {
            case "inputs": configuration.inputs = try strings(value)
            case "fail-on": configuration.failOn = try severity(value)
            case "checks": try readChecks(value, into: &configuration)
            case "principals": try readPrincipals(value, into: &configuration)
            case "sensitive-resources": configuration.sensitiveResources = try value.elements().map(sensitiveResource)
            case "suppressions": configuration.suppressions = try value.elements().map(suppression)
            case "repositories": configuration.repositories = try repositories(value)
            case "limits": configuration.limits = try limits(value)
            default: throw unknownKey(key, at: value, among: Self.topLevelKeys)
            }
        }
        return configuration
    }

    static let topLevelKeys = ["inputs", "fail-on", "checks", "principals", "sensitive-resources", "suppressions", "repositories", "limits"]

    private func readChecks(_ value: Cursor, into configuration: inout Configuration) throws(InputError) {
        for (key, list) in try value.entries() {
            switch key {
            case "enable": configuration.enabledChecks = try checkNames(list)
            case "disable": configuration.disabledChecks = try checkNames(list)
            default: throw unknownKey(key, at: list, among: ["enable", "disable"])
            }
        }
    }

    private func readPrincipals(_ value: Cursor, into configuration: inout Configuration) throws(InputError) {
        for (key, list) in try value.entries() {
            switch key {
            case "human": configuration.humanPrincipals = try strings(list)
            case "machine": configuration.machinePrincipals = try strings(list)
            default: throw unknownKey(key, at: list, among: ["human", "machine"])
            }
        }
    }

    private func sensitiveResource(_ value: Cursor) throws(InputError) -> SensitiveResource {
        var entry = SensitiveResource(pattern: "")
        for (key, field) in try value.entries() {
            switch key {
            case "resource": entry.pattern = try field.string()
            case "reason": entry.reason = try field.string()
            default: throw unknownKey(key, at: field, among: ["resource", "reason"])
            }
        }
        guard !entry.pattern.isEmpty else {
            throw value.error("config.missing-key", "sensitive resource needs `resource`")
        }
        return entry
    }

    private func suppression(_ value: Cursor) throws(InputError) -> Suppression {
        var check: String?, principal: String?, resource: String?, reason: String?, expires: String?
        for (key, field) in try value.entries() {
            switch key {
            case "check": check = try checkName(field)
            case "principal": principal = try field.string()
            case "resource": resource = try field.string()
            case "reason": reason = try field.string()
            case "expires": expires = try date(field)
            default: throw unknownKey(key, at: field, among: ["check", "principal", "resource", "reason", "expires"])
            }
        }
        guard let check else { throw value.error("config.missing-key", "suppression needs `check`") }
        guard let reason, !reason.allSatisfy(\.isWhitespace) else {
            throw value.error("config.missing-key", "suppression of `\(check)` needs a `reason`")
        }
        let location = try value.field("expires")?.location ?? value.location
        return Suppression(check: check, principal: principal, resource: resource, reason: reason, expires: expires, location: location)
    }

    private func repositories(_ value: Cursor) throws(InputError) -> [String: String] {
        var result: [String: String] = [:]
        for (path, repository) in try value.entries() {
            let name = try repository.string()
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else {
                throw repository.error("config.value", "expected `OWNER/REPO`, found `\(name)`")
            }
            result[path] = name
        }
        return result
    }

    private func limits(_ value: Cursor) throws(InputError) -> DocumentLimits {
        var limits = DocumentLimits.default
        for (key, field) in try value.entries() {
            let number = try field.int()
            guard number > 0 else { throw field.error("config.value", "expected a positive whole number, found `\(number)`") }
            switch key {
            case "max-file-size": limits.maximumFileSize = number
            case "max-depth": limits.maximumDepth = number
            case "max-alias-expansion": limits.maximumAliasExpansion = number
            case "max-documents": limits.maximumDocuments = number
            default: throw unknownKey(key, at: field, among: ["max-file-size", "max-depth", "max-alias-expansion", "max-documents"])
            }
        }
        return limits
    }

    private func strings(_ value: Cursor) throws(InputError) -> [String] {
        var result: [String] = []
        for element in try value.elements() {
            result.append(try element.string())
        }
        return result
    }

    private func checkNames(_ value: Cursor) throws(InputError) -> [String] {
        var result: [String] = []
        for element in try value.elements() {
            result.append(try checkName(element))
        }
        return result
    }

    /// A check id or slug the catalog knows, as written.
    private func checkName(_ value: Cursor) throws(InputError) -> String {
        let name = try value.string()
        if knownChecks.contains(where: { $0.id == name || $0.slug == name }) { return name }
        let near = Suggestions.closest(to: name, among: knownChecks.flatMap { [$0.id, $0.slug] })
        throw value.error("config.unknown-check", "unknown check `\(name)`", suggestion: near.map { "did you mean `\($0)`?" })
    }

    private func severity(_ value: Cursor) throws(InputError) -> Severity {
        let text = try value.string()
        guard let severity = Severity(rawValue: text) else {
            let names = Severity.allCases.map(\.rawValue)
            throw value.error("config.value", "unknown severity `\(text)`; expected one of \(names.joined(separator: ", "))")
        }
        return severity
    }

    /// A `YYYY-MM-DD` date that exists on the calendar.
    private func date(_ value: Cursor) throws(InputError) -> String {
        let text = try value.scalarText()
        guard CalendarDate(text) != nil else {
            throw value.error("config.value", "expected a date as `YYYY-MM-DD`, found `\(text)`")
        }
        return text
    }

    private func unknownKey(_ key: String, at value: Cursor, among keys: [String]) -> InputError {
        let near = Suggestions.closest(to: key, among: keys)
        return InputError(
            code: "config.unknown-key", message: "unknown key `\(key)`",
            location: value.location, suggestion: near.map { "did you mean `\($0)`?" })
    }

}

/// A calendar date `YYYY-MM-DD`, validated (no 31 February).
struct CalendarDate: Comparable {
    let year: Int, month: Int, day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return nil }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
