/// Narrows which callers can possibly be allowed `sts:AssumeRole` on a role, so that trust
/// linking does not ask every caller about every role.
///
/// A caller whose allow statements name the role resource by a pattern with a literal service
/// and account is filed under `service:account:` plus the pattern's last segment up to its first
/// wildcard; every other caller (`*`, wildcards in the service or account) is always a candidate.
/// Candidates are then decided exactly: the index only leaves out callers that cannot match.
struct CallerIndex {
    private var byPrefix: [String: [Int]] = [:]
    private var general: [Int] = []
    private var prefixLengths: Set<Int> = []

    init(_ callers: [PreparedCAMRequest]) {
        for (index, caller) in callers.enumerated() {
            if caller.allowsAnyResource {
                general.append(index)
                continue
            }
            var keys: Set<String> = []
            var isGeneral = false
            for pattern in caller.allowedResources {
                guard let name = QCSResourceName(pattern.written) else { continue }
                let service = name.segments[2], account = name.segments[4]
                let wild: (String) -> Bool = { $0.isEmpty || $0.contains("*") || $0.contains("?") }
                if wild(service) || wild(account) {
                    isGeneral = true
                    break
                }
                let last = name.segments[5]
                let prefix = last.prefix { $0 != "*" && $0 != "?" }
                keys.insert("\(service):\(account):\(prefix)")
                prefixLengths.insert(prefix.count)
            }
            if isGeneral {
                general.append(index)
            } else {
                for key in keys { byPrefix[key, default: []].append(index) }
            }
        }
    }

    /// The callers that may be allowed on a resource name, in index order.
    func candidates(for name: QCSResourceName?) -> [Int] {
        guard let name else { return general }
        var result = general
        let base = "\(name.segments[2]):\(name.segments[4]):"
        let last = name.segments[5]
        for length in prefixLengths where length <= last.count {
            if let found = byPrefix[base + String(last.prefix(length))] { result += found }
        }
        return Array(Set(result)).sorted()
    }
}
