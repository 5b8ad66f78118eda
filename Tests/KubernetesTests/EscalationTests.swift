import AccessGraph
import Testing
@testable import Kubernetes

struct EscalationTests {
    static let cluster = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: locked, labels: {pod-security.kubernetes.io/enforce: restricted}}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: runner, namespace: locked}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: admin-bot, namespace: kube-system}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: controller, namespace: kube-system}
        spec: {template: {spec: {serviceAccountName: admin-bot}}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: pod-creator}
        rules: [{apiGroups: [""], resources: [pods], verbs: [create]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: ci-locked, namespace: locked}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: pod-creator}
        subjects: [{kind: User, name: ci}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: ci-system, namespace: kube-system}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: pod-creator}
        subjects: [{kind: User, name: ci}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: token-minter}
        rules: [{apiGroups: [""], resources: [serviceaccounts/token], verbs: [create], resourceNames: [runner]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: minter, namespace: locked}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: token-minter}
        subjects: [{kind: User, name: minter}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: binder}
        rules:
        - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}
        - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], verbs: [create]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: binder}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: binder}
        subjects: [{kind: Group, name: platform}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: exec}
        rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: exec, namespace: kube-system}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: exec}
        subjects: [{kind: User, name: debugger}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: aws-auth-editor, namespace: kube-system}
        rules: [{apiGroups: [""], resources: [configmaps], verbs: [patch], resourceNames: [aws-auth]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: aws-auth-editor, namespace: kube-system}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: aws-auth-editor}
        subjects: [{kind: User, name: iam-admin}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: impersonate-ci}
        rules: [{apiGroups: [""], resources: [users], verbs: [impersonate], resourceNames: [ci]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: impersonate-ci}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: impersonate-ci}
        subjects: [{kind: User, name: helpdesk}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: secrets, namespace: locked}
        rules: [{apiGroups: [""], resources: [secrets], verbs: [list]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: reader, namespace: locked}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: secrets}
        subjects: [{kind: User, name: reader}, {kind: User, name: writer}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: secret-maker, namespace: locked}
        rules: [{apiGroups: [""], resources: [secrets], verbs: [create]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: writer, namespace: locked}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: secret-maker}
        subjects: [{kind: User, name: writer}]
        """

    static func edges() throws -> [Edge] {
        try ImportHelpers.importFiles([("c/cluster.yaml", cluster)]).fragment.edges
    }

    static func escalations(from: String, _ edges: [Edge]) -> [(technique: String, to: String)] {
        edges.filter { $0.from.rawValue == from }.compactMap { edge in
            if case .escalates(let technique) = edge.kind { return (technique, edge.to.rawValue) }
            return nil
        }
    }

    @Test func creatingPodsReachesTheNamespacesServiceAccountsAndNodesOnlyWithoutPodSecurity() throws {
        let found = Self.escalations(from: "k8s:c:user:ci", try Self.edges())
        let created = Set(found.filter { $0.technique == "k8s-create-workload" }.map(\.to))
        #expect(created == [
            "k8s:c:serviceaccount:kube-system:admin-bot", "k8s:c:serviceaccount:kube-system:default",
            "k8s:c:serviceaccount:locked:default", "k8s:c:serviceaccount:locked:runner",
        ])
        let escapes = found.filter { $0.technique == "k8s-privileged-pod-node-escape" }
        #expect(escapes.count == 1)
        #expect(escapes.first?.to == "k8s:c:group:system:nodes")
        let reasons = try Self.edges().filter { $0.from.rawValue == "k8s:c:user:ci" }.map(\.reason)
        #expect(reasons.contains { $0.contains("namespace `kube-system`") && $0.contains("kubelet") })
        #expect(!reasons.contains { $0.contains("namespace `locked`") && $0.contains("kubelet") })
    }

    @Test func tokenCreationRespectsResourceNames() throws {
        let found = Self.escalations(from: "k8s:c:user:minter", try Self.edges())
        #expect(found.map(\.technique) == ["k8s-serviceaccount-token"])
        #expect(found.map(\.to) == ["k8s:c:serviceaccount:locked:runner"])
    }

    @Test func clusterTakeoversLeadToSystemMasters() throws {
        let edges = try Self.edges()
        #expect(Self.escalations(from: "k8s:c:group:platform", edges).map(\.technique) == ["k8s-rbac-escalate-bind"])
        #expect(Self.escalations(from: "k8s:c:group:platform", edges).map(\.to) == ["k8s:c:group:system:masters"])
        #expect(Self.escalations(from: "k8s:c:user:iam-admin", edges).map(\.technique) == ["k8s-aws-auth-write"])
    }

    @Test func execReachesTheAccountsOfRunningPods() throws {
        let found = Self.escalations(from: "k8s:c:user:debugger", try Self.edges())
        #expect(found.map(\.technique) == ["k8s-pod-exec"])
        #expect(found.map(\.to) == ["k8s:c:serviceaccount:kube-system:admin-bot"])
    }

    @Test func impersonationRespectsResourceNames() throws {
        let found = Self.escalations(from: "k8s:c:user:helpdesk", try Self.edges())
        #expect(found.map(\.technique) == ["k8s-impersonate"])
        #expect(found.map(\.to) == ["k8s:c:user:ci"])
    }

    @Test func readingSecretsIsConditionalUnlessTheReaderCanAlsoCreateThem() throws {
        let edges = try Self.edges().filter { $0.kind != .bindsTo }
        let read = edges.filter { $0.from.rawValue == "k8s:c:user:reader" }
        #expect(Set(read.map(\.to.rawValue)) == ["k8s:c:serviceaccount:locked:default", "k8s:c:serviceaccount:locked:runner"])
        #expect(read.allSatisfy { $0.kind == .escalates(technique: "k8s-read-secrets") && $0.isConditional })
        let created = edges.filter { $0.from.rawValue == "k8s:c:user:writer" }
        #expect(created.count == 2)
        #expect(created.allSatisfy { $0.kind == .escalates(technique: "k8s-create-token-secret") && !$0.isConditional })
    }

    @Test func everyEdgeHasAReasonAndASource() throws {
        for edge in try Self.edges() {
            #expect(!edge.reason.isEmpty)
            #expect(!edge.source.file.isEmpty)
        }
    }
}
