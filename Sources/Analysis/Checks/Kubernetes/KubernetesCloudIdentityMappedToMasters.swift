import AccessGraph
import Documents
import Kubernetes

/// Flags cloud identities mapped into `system:masters` by `aws-auth` or an EKS access entry, or
/// given the cluster-wide `AmazonEKSClusterAdminPolicy` access policy (the same power).
struct KubernetesCloudIdentityMappedToMasters: Check {
    static let description = CheckDescription(
        id: "LP0307", slug: "k8s-cloud-identity-mapped-to-masters",
        title: "Cloud identity mapped to system:masters",
        category: .privilegeEscalation, severity: .high,
        rationale: """
            `system:masters` is allowed everything by the API server without any binding, and \
            membership cannot be revoked by RBAC. Whoever can assume the mapped IAM role or user — \
            a CI pipeline, a federated identity — is a full cluster administrator.
            """,
        remediation: """
            Map the identity to a dedicated group bound to the role it needs (or use an EKS access \
            policy scoped to namespaces), and keep `system:masters` for break-glass access.
            """,
        triggering: [
            CheckExample(file: "prod/policies.json", """
                {"clusterName": "prod", "principalArn": "arn:aws:iam::111122223333:role/ci-deploy",
                 "associatedAccessPolicies": [⚑{"policyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                   "accessScope": {"type": "cluster", "namespaces": []}}]}
                """),
            CheckExample(file: "prod/aws-auth.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: ⚑|
                    - rolearn: arn:aws:iam::111122223333:role/ci-deploy
                      username: ci-deploy
                      groups: [system:masters]
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/policies.json", """
                {"clusterName": "prod", "principalArn": "arn:aws:iam::111122223333:role/ops",
                 "associatedAccessPolicies": [{"policyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                   "accessScope": {"type": "namespace", "namespaces": ["ops"]}}]}
                """),
            CheckExample(file: "prod/aws-auth.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: |
                    - rolearn: arn:aws:iam::111122223333:role/nodes
                      username: system:node:{{EC2PrivateDNSName}}
                      groups: [system:bootstrappers, system:nodes]
                """),
        ])

    /// The EKS access policy equivalent to `cluster-admin`.
    static let clusterAdminPolicy = "AmazonEKSClusterAdminPolicy"

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for mapping in cluster.cloudMappings where mapping.groups.contains(RBACAuthorizer.privilegedGroup) {
                result.append(finding(
                    message: "\(mapping.source.rawValue) maps `\(mapping.cloudIdentity)` into group `system:masters` of cluster `\(cluster.name)`",
                    principal: mapping.cloudIdentity, capability: .admin, resource: "k8s:\(cluster.name):cluster",
                    locations: [mapping.location], anchor: "\(cluster.name):\(mapping.source.rawValue):\(mapping.cloudIdentity)"))
            }
            for mapping in cluster.cloudMappings {
                for policy in mapping.accessPolicies where policy.namespaces == nil && policy.policyARN.hasSuffix("/" + Self.clusterAdminPolicy) {
                    result.append(finding(
                        message: "EKS access policy `\(Self.clusterAdminPolicy)` gives `\(mapping.cloudIdentity)` cluster-wide administration of cluster `\(cluster.name)`",
                        principal: mapping.cloudIdentity, capability: .admin, resource: "k8s:\(cluster.name):cluster",
                        locations: [policy.location, mapping.location], anchor: "\(cluster.name):access-policy:\(mapping.cloudIdentity)"))
                }
            }
        }
        return result
    }
}
