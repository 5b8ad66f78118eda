import AccessGraph

/// A six-segment Tencent Cloud resource name, `qcs:project:service:region:account:resource`.
///
/// An empty project, service or region segment means "all" (`qcs::cam::uin/100000000001:uin/100000000011`
/// names a sub-user in every project and region); an empty account means the policy owner's root
/// account; the account is `uin/<owner uin>` or `uid/<APPID>`; the last segment is the rest of the
/// name and may hold `:` and `/`. The legacy short regions CAM documents (`gz`, `sh`, `bj`, `ca`,
/// `sg`, `hk`, `cd`, `de`) are read as their long names.
public struct QCSResourceName: Sendable, Hashable {
    /// The six segments.
    public var segments: [String]

    /// Splits a name; nil when it does not start with `qcs:` or has fewer than six segments.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "qcs" else { return nil }
        var segments = parts
        segments[3] = QCSResourceName.longRegion(segments[3])
        self.segments = segments
    }

    /// The long name of a legacy short region (`gz` → `ap-guangzhou`); other text unchanged.
    public static func longRegion(_ region: String) -> String {
        legacyRegions[region] ?? region
    }

    /// Legacy short region names still accepted in resource names.
    public static let legacyRegions: [String: String] = [
        "gz": "ap-guangzhou", "sh": "ap-shanghai", "bj": "ap-beijing", "cd": "ap-chengdu",
        "hk": "ap-hongkong", "sg": "ap-singapore", "ca": "na-toronto", "de": "eu-frankfurt",
    ]
}

/// A `resource` entry of a CAM statement: `*` or a six-segment qcs name whose segments may hold
/// `*` (and empty segments, which match anything).
public struct QCSResourcePattern: Sendable, Hashable {
    /// The entry as written.
    public var written: String
    /// One glob per segment, nil for an empty segment; nil for `*`.
    let segmentGlobs: [Glob?]?

    /// Makes a pattern; nil when the text is neither `*` nor a six-segment qcs name.
    public init?(_ written: String) {
        self.written = written
        if written == "*" {
            segmentGlobs = nil
            return
        }
        guard let name = QCSResourceName(written) else { return nil }
        segmentGlobs = name.segments.map { $0.isEmpty ? nil : Glob($0, caseSensitive: true) }
    }

    /// Whether the pattern is `*`.
    public var matchesEverything: Bool { segmentGlobs == nil }

    /// The pattern's account segment (`uin/100000000001`), if written.
    public var account: String? {
        guard let name = QCSResourceName(written), !name.segments[4].isEmpty else { return nil }
        return name.segments[4]
    }

    /// Whether the pattern matches a resource named in a request. A request for `*` (an API
    /// called without a resource) is matched only by `*`.
    public func matches(_ resource: String) -> Bool {
        if segmentGlobs == nil { return true }
        return matches(name: QCSResourceName(resource))
    }

    /// How a pattern matches a resource.
    public enum Match: Sendable, Hashable {
        /// It does not.
        case no
        /// It does.
        case yes
        /// It does if the resource's `uid/APPID` account is the policy owner's, which the inputs
        /// do not say (an empty account segment against a `uid/…` resource).
        case ifOwnerAPPID(String)
    }

    /// Whether the pattern matches a resource name split once by the caller (nil: not a qcs name).
    ///
    /// `owner` is the policy owner's account (`uin/100000000001`): an empty account segment
    /// matches it, not another `uin/…`, and a `uid/…` account only if it is the owner's APPID.
    /// Without an owner (a standalone policy) an empty account matches any.
    public func match(name: QCSResourceName?, owner: String?) -> Match {
        guard let segmentGlobs else { return .yes }
        guard let name else { return .no }
        var result = Match.yes
        for (index, (glob, segment)) in zip(segmentGlobs, name.segments).enumerated() {
            guard let glob else {
                if index == 4, let owner, segment != owner {
                    guard segment.hasPrefix("uid/") else { return .no }
                    result = .ifOwnerAPPID(segment)
                }
                continue
            }
            if !glob.matches(segment) { return .no }
        }
        return result
    }

    /// Whether the pattern may match (``Match/yes`` or ``Match/ifOwnerAPPID(_:)``).
    public func matches(name: QCSResourceName?, owner: String? = nil) -> Bool {
        match(name: name, owner: owner) != .no
    }
}
