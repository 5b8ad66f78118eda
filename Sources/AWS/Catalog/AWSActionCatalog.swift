import AccessGraph
import Documents

/// How much an action can do, as the AWS Service Authorization Reference classifies it.
public enum AccessLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case list = "List"
    case read = "Read"
    case write = "Write"
    case permissionsManagement = "Permissions management"
    case tagging = "Tagging"

    init?(code: Substring) {
        switch code {
        case "L": self = .list
        case "R": self = .read
        case "W": self = .write
        case "P": self = .permissionsManagement
        case "T": self = .tagging
        default: return nil
        }
    }

    public static func < (lhs: AccessLevel, rhs: AccessLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One AWS action of the catalog.
public struct ActionDefinition: Sendable, Hashable {
    /// Its integer id: its index in ``AWSActionCatalog/actions``.
    public let id: Int
    /// The service prefix (`s3`).
    public let service: String
    /// The action name as AWS spells it (`GetObject`).
    public let name: String
    /// Its access level.
    public let accessLevel: AccessLevel
    /// The resource types it acts on (`object`, `accesspointobject`); empty when it takes only `*`.
    public let resourceTypes: [String]

    /// `s3:GetObject`.
    public var qualifiedName: String { "\(service):\(name)" }
}

/// Every AWS action with its access level and resource types, from the generated catalog
/// (`scripts/generate-aws-action-catalog.py`), parsed once on first use. Actions have integer ids
/// so analyses can keep sets of them cheaply.
public final class AWSActionCatalog: Sendable {
    /// The catalog, parsed on first use.
    public static let shared = AWSActionCatalog(text: awsActionCatalogText)

    /// Every action, sorted by service then name; an action's id is its index.
    public let actions: [ActionDefinition]
    /// Action ids by lowercased `service:action`.
    private let idsByLowercasedName: [String: Int]
    /// The range of ids of each lowercased service prefix.
    private let servicesByPrefix: [String: Range<Int>]

    /// Condition keys (lowercased) the catalog names, and the lowercased prefixes of templated
    /// tag keys (`s3:existingobjecttag/`).
    private let conditionKeys: Set<String>
    private let conditionKeyPrefixes: Set<String>

    /// Parses catalog text (the format the generator documents).
    init(text: String) {
        var keys: Set<String> = []
        var keyPrefixes: Set<String> = []
        var actions: [ActionDefinition] = []
        var ids: [String: Int] = [:]
        var services: [String: Range<Int>] = [:]
        var service = ""
        var serviceStart = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                if !service.isEmpty { services[service.lowercased()] = serviceStart..<actions.count }
                service = String(line.dropFirst())
                serviceStart = actions.count
                continue
            }
            if line.hasPrefix("%") {
                for key in line.dropFirst().split(separator: ",") {
                    let lowered = key.lowercased()
                    if let slash = lowered.firstIndex(of: "/"), lowered[slash...].contains("${") || lowered[slash...].contains("<") {
                        keyPrefixes.insert(String(lowered[...slash]))
                    } else {
                        keys.insert(lowered)
                    }
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let level = AccessLevel(code: fields[1]) else { continue }
            let types = fields.count > 2 && !fields[2].isEmpty ? fields[2].split(separator: ",").map(String.init) : []
            let definition = ActionDefinition(id: actions.count, service: service, name: String(fields[0]), accessLevel: level, resourceTypes: types)
            ids[definition.qualifiedName.lowercased()] = definition.id
            actions.append(definition)
        }
        if !service.isEmpty { services[service.lowercased()] = serviceStart..<actions.count }
        self.actions = actions
        self.idsByLowercasedName = ids
        self.servicesByPrefix = services
        self.conditionKeys = keys.union(Self.globalConditionKeys.map { $0.lowercased() })
        self.conditionKeyPrefixes = keyPrefixes.union(["aws:principaltag/", "aws:requesttag/", "aws:resourcetag/"])
    }

    /// The global condition keys (IAM User Guide, "AWS global condition context keys"), and
    /// `aws:PrincipalOrgMasterAccountId`, which AWS managed policies use.
    static let globalConditionKeys = [
        "aws:AssumedRoot", "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:ChatbotSourceArn",
        "aws:CurrentTime", "aws:EpochTime", "aws:Ec2InstanceSourcePrivateIPv4", "aws:Ec2InstanceSourceVpc",
        "aws:FederatedProvider", "aws:MultiFactorAuthAge", "aws:MultiFactorAuthPresent", "aws:PrincipalAccount",
        "aws:PrincipalArn", "aws:PrincipalIsAWSService", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths",
        "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList", "aws:PrincipalType", "aws:Referer",
        "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths", "aws:SecureTransport",
        "aws:SourceAccount", "aws:SourceArn", "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID", "aws:SourceOrgPaths",
        "aws:SourceVpc", "aws:SourceVpcArn", "aws:SourceVpce", "aws:TagKeys", "aws:TokenIssueTime", "aws:UserAgent",
        "aws:userid", "aws:username", "aws:ViaAWSService", "aws:VpcSourceIp", "aws:VpceAccount", "aws:VpceOrgID",
        "aws:VpceOrgPaths", "aws:RoleSessionName", "aws:PrincipalOrgMasterAccountId",
    ]

    /// Whether a condition key is one this catalog can judge and does not know: keys of a known
    /// service prefix (or `aws:`) that neither the service's list nor the global keys name. Keys
    /// of identity providers (`token.actions.githubusercontent.com:sub`) are never judged.
    public func isUnknownConditionKey(_ key: String) -> Bool {
        let lowered = key.lowercased()
        guard let colon = lowered.firstIndex(of: ":") else { return false }
        let prefix = String(lowered[..<colon])
        guard prefix == "aws" || servicesByPrefix[prefix] != nil else { return false }
        if conditionKeys.contains(lowered) { return false }
        if let slash = lowered.firstIndex(of: "/"), conditionKeyPrefixes.contains(String(lowered[...slash])) { return false }
        return true
    }

    /// The nearest known condition key, for `did you mean`.
    public func conditionKeySuggestion(for key: String) -> String? {
        let prefix = key.lowercased().split(separator: ":").first.map { $0 + ":" } ?? ""
        let candidates = Self.globalConditionKeys.filter { $0.lowercased().hasPrefix(prefix) }
            + conditionKeys.filter { $0.hasPrefix(prefix) }.sorted()
        return Suggestions.closest(to: key, among: candidates)
    }

    /// The action named (case-insensitively), if AWS defines it.
    public func action(named name: String) -> ActionDefinition? {
        idsByLowercasedName[name.lowercased()].map { actions[$0] }
    }

    /// Whether a service prefix exists.
    public func hasService(_ prefix: String) -> Bool {
        servicesByPrefix[prefix.lowercased()] != nil
    }

    /// The actions an `Action` pattern matches (`s3:Get*` → every S3 action starting with Get).
    public func actions(matching pattern: ActionPattern) -> [ActionDefinition] {
        if let service = pattern.service, !service.contains("*"), !service.contains("?") {
            guard let range = servicesByPrefix[service] else { return [] }
            return actions[range].filter { pattern.matches($0.qualifiedName) }
        }
        return actions.filter { pattern.matches($0.qualifiedName) }
    }

    /// Whether a pattern names at least one known action; patterns whose service is unknown or
    /// whose name matches nothing are the ones to flag.
    public func isKnown(_ pattern: ActionPattern) -> Bool {
        if pattern.written == "*" { return true }
        if !pattern.glob.hasWildcard { return idsByLowercasedName[pattern.written.lowercased()] != nil }
        return !actions(matching: pattern).isEmpty
    }

    /// The nearest known action or service for a misspelt pattern, for `did you mean`.
    public func suggestion(for written: String) -> String? {
        let parts = written.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let service = parts[0].lowercased()
        if let range = servicesByPrefix[service] {
            return Suggestions.closest(to: written, among: actions[range].map(\.qualifiedName))
        }
        guard let nearService = Suggestions.closest(to: service, among: servicesByPrefix.keys) else { return nil }
        return "\(nearService):\(parts[1])"
    }
}
