import AWS
import AccessGraph

/// Flags role trust policies for an OIDC provider that do not pin the token's subject (`sub`), or
/// pin it with a wildcard that accepts any repository.
struct OIDCTrustWithoutSubject: Check {
    static let description = CheckDescription(
        id: "LP0204", slug: "oidc-trust-without-subject",
        title: "OIDC trust accepts any subject",
        category: .federationTrust, severity: .critical,
        rationale: """
            An OIDC provider such as GitHub Actions issues tokens to every workflow of every \
            repository. Without a `sub` condition, or with one whose owner part is a wildcard \
            (`repo:*`), any repository on the platform can assume the role.
            """,
        remediation: "Add a `StringEquals` (or narrow `StringLike`) condition on `token.actions.githubusercontent.com:sub` naming the repository and branch or environment.",
        triggering: [
            CheckExample(file: "trust.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": ⚑"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}
                """),
            CheckExample(file: "trust.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                                "StringLike": {"token.actions.githubusercontent.com:sub": ⚑"repo:*"}}}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "trust.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                                 "token.actions.githubusercontent.com:sub": "repo:acme/api:ref:refs/heads/main"}}}]}
                """),
            CheckExample(file: "trust.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/api:environment:*"}}}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).flatMap { entry -> [Finding] in
            let statement = entry.statement
            guard statement.effect == .allow, statement.actions.patterns.contains(where: { $0.matches("sts:AssumeRoleWithWebIdentity") }),
                  let principals = statement.principals, !principals.isNegated else { return [] }
            return principals.patterns.filter { $0.kind == .federated }.compactMap { provider -> Finding? in
                let host = provider.value.components(separatedBy: "oidc-provider/").last ?? provider.value
                let subjectKey = "\(host):sub".lowercased()
                let subjects = statement.conditions.filter {
                    $0.key.lowercased() == subjectKey && !$0.operation.base.isNegated && !$0.operation.ifExists
                        && [.stringEquals, .stringLike, .stringEqualsIgnoreCase].contains($0.operation.base)
                }
                guard let subject = subjects.first else {
                    return finding(
                        message: "\(entry.label) lets any identity of `\(host)` assume the role: no `\(host):sub` condition",
                        principal: provider.value, capability: .identityAssume, locations: [provider.location], anchor: entry.anchor)
                }
                // Clauses all must hold, so the trust is open only when every one is (a wildcard
                // is only a wildcard under `StringLike`).
                guard subjects.allSatisfy({ $0.operation.base == .stringLike && $0.values.contains(where: Self.acceptsAnyOwner) }) else { return nil }
                return finding(
                    message: "\(entry.label) accepts any subject of `\(host)` through `\(subject.values.first(where: Self.acceptsAnyOwner) ?? "*")`",
                    principal: provider.value, capability: .identityAssume, locations: [subject.location], anchor: entry.anchor)
            }
        }
    }

    /// Whether a subject pattern accepts any repository owner: `*`, `repo:*`, `repo:*/x:…`, or a
    /// wildcard before the first `/`.
    static func acceptsAnyOwner(_ pattern: String) -> Bool {
        if pattern.allSatisfy({ $0 == "*" }) { return true }
        let owner = pattern.split(separator: "/", maxSplits: 1).first.map(String.init) ?? pattern
        return owner.contains("*") || owner.contains("?")
    }
}
