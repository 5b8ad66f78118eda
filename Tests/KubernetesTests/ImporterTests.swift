import AccessGraph
import Documents
import Testing
@testable import Kubernetes

struct ImporterTests {
    @Test func importsObjectsOfAListIntoTheFoldersCluster() throws {
        let text = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: rbac.authorization.k8s.io/v1
              kind: ClusterRole
              metadata:
                name: reader
                managedFields:
                - manager: kubectl
                annotations:
                  kubectl.kubernetes.io/last-applied-configuration: '{"metadata":{"name":"{{ x }}"}}'
              rules:
              - apiGroups: [""]
                resources: [pods]
                verbs: [get, list]
            - apiVersion: rbac.authorization.k8s.io/v1beta1
              kind: RoleBinding
              metadata: {name: readers, namespace: team-a}
              roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
              subjects:
              - {kind: User, name: alice}
              - {kind: ServiceAccount, name: builder}
            """
        let outcome = try ImportHelpers.importFiles([("exports/prod/rbac.yaml", text)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["prod"])
        #expect(cluster.clusterRoles["reader"]?.rules.first?.verbs == ["get", "list"])
        #expect(cluster.roleBindings["team-a"]?.first?.subjects.count == 2)
        let ids = Set(outcome.fragment.principals.map(\.id.rawValue))
        #expect(ids.isSuperset(of: ["k8s:prod:user:alice", "k8s:prod:serviceaccount:team-a:builder"]))
        let account = try #require(outcome.fragment.principals.first { $0.id.rawValue == "k8s:prod:serviceaccount:team-a:builder" })
        #expect(account.aliases.contains("system:serviceaccount:team-a:builder"))
        let bindsTo = outcome.fragment.edges.filter { $0.kind == .bindsTo }
        #expect(bindsTo.count == 2)
        #expect(bindsTo.allSatisfy { $0.to.rawValue == "k8s:prod:clusterrole:reader" && $0.reason.contains("RoleBinding team-a/readers") })
        #expect(outcome.fragment.policies.map(\.id) == ["k8s:prod:clusterrole:reader"])
    }

    @Test func readsTypedListsJSONAndMultiDocumentManifests() throws {
        let typed = """
            {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleList", "items": [
              {"metadata": {"name": "lister"}, "rules": [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["list"]}]}]}
            """
        let manifest = """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: deployer, namespace: ci, annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::111122223333:role/deployer"}}
            automountServiceAccountToken: false
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: listers}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: lister}
            subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: ignored}
            """
        let outcome = try ImportHelpers.importFiles([("c1/roles.json", typed), ("c1/manifest.yaml", manifest)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["c1"])
        #expect(cluster.clusterRoles["lister"] != nil)
        let account = try #require(cluster.serviceAccounts["ci"]?["deployer"])
        #expect(account.automountToken == false)
        #expect(account.irsaRoleARN == "arn:aws:iam::111122223333:role/deployer")
        let principal = try #require(outcome.fragment.principals.first { $0.id.rawValue == "k8s:c1:serviceaccount:ci:deployer" })
        #expect(principal.tags["eks.amazonaws.com/role-arn"] == "arn:aws:iam::111122223333:role/deployer")
        let graph = ImportHelpers.graph(outcome)
        let decision = graph.authorizers[.kubernetes]!.decide(
            Request(principal: "k8s:c1:serviceaccount:ci:deployer", action: "list", resource: "deployments.apps", attributes: ["namespace": ["x"]]),
            graph: graph)
        #expect(decision.isAllowed)
        #expect(decision.reasons.first?.location?.file == "c1/manifest.yaml")
    }

    @Test func recognisesByContentOnly() throws {
        let importer = KubernetesImporter()
        #expect(importer.recognise(try Fixtures.document(named: "a.yaml", "apiVersion: v1\nkind: Pod\n")) == KubernetesImporter.objects)
        #expect(importer.recognise(try Fixtures.document(named: "a.yaml", "Version: '2012-10-17'\nStatement: []\n")) == nil)
        #expect(importer.recognise(try Fixtures.document(named: "a.json", #"{"accessEntry": {"principalArn": "x"}}"#)) == KubernetesImporter.accessEntries)
        #expect(importer.recognise(try Fixtures.document(named: "a.yaml", "kind: Pod\n")) == nil)
    }

    @Test func clusterNameIsTheFolder() {
        #expect(ClusterName.of(file: "policy-samples/kubernetes/prod/rbac.yaml") == "prod")
        #expect(ClusterName.of(file: "rbac.yaml") == "default")
        #expect(ClusterName.of(file: "-") == "default")
        #expect(ClusterName.of(file: "./rbac.yaml") == "default")
    }

    @Test func helmTemplatesAreRefusedWithALocation() throws {
        let text = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: {{ .Release.Name }}-binding
              namespace: default
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
            """
        let quoted = text.replacingOccurrences(of: "{{ .Release.Name }}-binding", with: "\"{{ .Release.Name }}-binding\"")
        var checked = 0
        for (name, content) in [("t/unquoted.yaml", text), ("t/quoted.yaml", quoted)] {
            // An unquoted template may not even be YAML; the reader reports that itself.
            let document: Document
            do { document = try Fixtures.document(named: name, content) } catch { continue }
            checked += 1
            let outcome = KubernetesImporter().importDocuments([RecognisedDocument(document: document, format: KubernetesImporter.objects)])
            let failure = try #require(outcome.failures.first, "\(name)")
            #expect(failure.code == ObjectFields.templateCode)
            #expect(failure.location.line == 4)
            #expect(failure.message.contains("Helm template"))
        }
        #expect(checked >= 1)
    }

    @Test func oneBadFileContributesNothingAndHidesNothing() throws {
        let bad = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: broken}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
            subjects: [{kind: Usr, name: bob}]
            """
        let good = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: view}
            rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
            """
        let outcome = try ImportHelpers.importFiles([("c/bad.yaml", bad), ("c/good.yaml", good)])
        #expect(outcome.failures.count == 1)
        let failure = try #require(outcome.failures.first)
        #expect(failure.location.file == "c/bad.yaml")
        #expect(failure.location.line == 5)
        #expect(failure.fullMessage == "unknown subject kind `Usr`; did you mean `User`?")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["c"])
        #expect(cluster.clusterRoleBindings.isEmpty)
        #expect(cluster.clusterRoles["view"] != nil)
    }

    @Test func reportsMissingFieldsAndUnsupportedVersions() throws {
        let missing = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: x, namespace: y}\n"
        let version = "apiVersion: rbac.authorization.k8s.io/v2\nkind: Role\nmetadata: {name: x, namespace: y}\n"
        let outcome = try ImportHelpers.importFiles([("c/missing.yaml", missing), ("c/version.yaml", version)])
        #expect(outcome.failures.map(\.code).sorted() == ["input.missing-key", "kubernetes.api-version"])
        #expect(outcome.failures.first { $0.code == "input.missing-key" }?.message == "missing key `roleRef`")
    }

    @Test func readsWorkloadsAndNamespaces() throws {
        let text = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: apps, labels: {pod-security.kubernetes.io/enforce: restricted}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: apps}
            spec:
              template:
                spec:
                  serviceAccountName: api
                  containers: [{name: api, image: api}]
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly, namespace: apps}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      automountServiceAccountToken: false
                      containers: [{name: job, image: job}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: debug, namespace: apps}
            spec: {serviceAccount: legacy, containers: []}
            """
        let outcome = try ImportHelpers.importFiles([("c/workloads.yaml", text)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["c"])
        #expect(cluster.namespaces["apps"]?.forbidsNodeEscape == true)
        #expect(cluster.workloads.map(\.serviceAccountName) == ["api", "default", "legacy"])
        #expect(cluster.workloads.map(\.automountToken) == [nil, false, nil])
        #expect(cluster.workloads[0].serviceAccountLocation.line == 11)
    }

    @Test func readsAWSAuthAndAccessEntries() throws {
        let awsAuth = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: aws-auth, namespace: kube-system}
            data:
              mapRoles: |
                - rolearn: arn:aws:iam::111122223333:role/ci-deploy
                  username: ci-deploy:{{SessionName}}
                  groups:
                    - system:masters
              mapUsers: |
                - userarn: arn:aws:iam::111122223333:user/alice
                  username: alice
                  groups: [developers]
              mapAccounts: |
                - "444455556666"
            """
        let entry = """
            {"accessEntry": {"clusterName": "prod", "principalArn": "arn:aws:iam::111122223333:role/viewer",
              "kubernetesGroups": ["viewers"], "username": "arn:aws:sts::111122223333:assumed-role/viewer/{{SessionName}}", "type": "STANDARD"}}
            """
        let policies = """
            {"clusterName": "prod", "principalArn": "arn:aws:iam::111122223333:role/viewer", "associatedAccessPolicies": [
              {"policyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy", "accessScope": {"type": "namespace", "namespaces": ["apps"]}}]}
            """
        let outcome = try ImportHelpers.importFiles([("prod/aws-auth.yaml", awsAuth), ("prod/entry.json", entry), ("prod/policies.json", policies)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let mappings = try #require(ImportHelpers.model(outcome).clusters["prod"]).cloudMappings
        #expect(mappings.count == 4)
        let ci = try #require(mappings.first { $0.cloudIdentity.hasSuffix("role/ci-deploy") })
        #expect(ci.groups == ["system:masters"])
        #expect(ci.userName == "ci-deploy:{{SessionName}}")
        #expect(ci.location.line == 5)
        #expect(ci.location.pointer.description == "/data/mapRoles")
        #expect(mappings.contains { $0.source == .awsAuthAccount && $0.cloudIdentity == "444455556666" })
        let viewer = try #require(mappings.first { $0.source == .accessEntry })
        #expect(viewer.groups == ["viewers"])
        #expect(viewer.accessPolicies.first?.namespaces == ["apps"])
        let memberships = outcome.fragment.edges.filter { $0.kind == .memberOf && $0.from.rawValue == "k8s:prod:user:alice" }
        #expect(memberships.map(\.to.rawValue) == ["k8s:prod:group:developers"])
    }

    @Test func badAWSAuthTextIsReportedAtTheKey() throws {
        let awsAuth = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: aws-auth, namespace: kube-system}
            data:
              mapRoles: |
                - username: nobody
            """
        let outcome = try ImportHelpers.importFiles([("prod/aws-auth.yaml", awsAuth)])
        let failure = try #require(outcome.failures.first)
        #expect(failure.location.line == 5)
        #expect(failure.message.contains("in `mapRoles`"))
        #expect(failure.message.contains("missing key `rolearn`"))
    }
}
