import AccessGraph
import Documents
import TencentCloud

/// Flags TCR namespaces anyone may pull from.
struct TCRPublicNamespace: Check {
    static let description = CheckDescription(
        id: "LP0603", slug: "tencentcloud-tcr-public-namespace",
        title: "TCR namespace is public",
        category: .publicAccess, severity: .medium,
        rationale: """
            Anyone on the internet can pull every image of a public namespace, with whatever \
            credentials, internal hostnames or code the images carry.
            """,
        remediation: "Make the namespace private (`tccli tcr ModifyNamespace --IsPublic false`) and grant pull through CAM or service accounts.",
        triggering: [
            CheckExample(file: "bundle.json", """
                {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000001",
                 "tcr": [{"instance": {"RegistryId": "tcr-prod01", "RegionName": "ap-guangzhou"},
                   "namespaces": [{"Name": "releases", "Public": ⚑true}]}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "bundle.json", """
                {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000001",
                 "tcr": [{"instance": {"RegistryId": "tcr-prod01", "RegionName": "ap-guangzhou"},
                   "namespaces": [{"Name": "releases", "Public": false}]}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let (model, _) = context.tencentCloud else { return [] }
        return model.registryNamespaces.filter(\.isPublic).map { namespace in
            let instance = namespace.instanceID.isEmpty ? "" : " of registry `\(namespace.instanceID)`"
            return finding(
                message: "namespace `\(namespace.name)`\(instance) is public: anyone can pull its images",
                resource: namespace.resourceID ?? (namespace.instanceID.isEmpty ? namespace.name : "\(namespace.instanceID)/\(namespace.name)"),
                locations: [namespace.publicLocation], anchor: "tcr:\(namespace.instanceID):\(namespace.name)")
        }
    }
}
