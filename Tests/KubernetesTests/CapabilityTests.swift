import AccessGraph
import Testing
@testable import Kubernetes

/// The capability table, one row per documented mapping, plus the cases where a near miss must
/// not count.
struct CapabilityTests {
    struct Row: CustomStringConvertible, Sendable {
        var rule: PolicyRule
        var expected: Set<Capability>
        var description: String { "\(rule.summary) → \(expected.map(\.rawValue).sorted())" }
    }

    static let rows: [Row] = [
        Row(rule: PolicyRule(verbs: ["*"], apiGroups: ["*"], resources: ["*"]),
            expected: [.admin, .secretsRead, .workloadRun, .identityAdmin, .identityAssume, .credentialsCreate]),
        Row(rule: PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["secrets"]), expected: [.secretsRead]),
        Row(rule: PolicyRule(verbs: ["list"], apiGroups: [""], resources: ["secrets"], resourceNames: ["tls"]), expected: [.secretsRead]),
        Row(rule: PolicyRule(verbs: ["get"], apiGroups: ["apps"], resources: ["secrets"]), expected: []),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["pods"]), expected: [.workloadRun]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: ["apps"], resources: ["deployments"]), expected: [.workloadRun]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: ["batch"], resources: ["cronjobs"]), expected: [.workloadRun]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["pods/exec"]), expected: [.workloadRun]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["pods/*"]), expected: []),
        Row(rule: PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["pods"]), expected: []),
        Row(rule: PolicyRule(verbs: ["bind"], apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"]), expected: [.identityAdmin]),
        Row(rule: PolicyRule(verbs: ["escalate"], apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles"]), expected: [.identityAdmin]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings"]), expected: [.identityAdmin]),
        Row(rule: PolicyRule(verbs: ["impersonate"], apiGroups: [""], resources: ["users", "groups"]), expected: [.identityAssume]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["serviceaccounts/token"]), expected: [.credentialsCreate]),
        Row(rule: PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["*/token"]), expected: [.credentialsCreate]),
        Row(rule: PolicyRule(verbs: ["get"], nonResourceURLs: ["*"]), expected: []),
        Row(rule: PolicyRule(verbs: ["*"], apiGroups: ["*"], resources: ["*"], resourceNames: ["one"]),
            expected: [.secretsRead, .workloadRun, .identityAdmin, .identityAssume, .credentialsCreate]),
    ]

    @Test(arguments: rows)
    func ruleCapabilities(_ row: Row) {
        #expect(KubernetesCapabilities.capabilities(of: row.rule) == row.expected)
    }
}
