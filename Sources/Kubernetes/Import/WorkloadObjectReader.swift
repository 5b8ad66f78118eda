import Documents

/// Reads ServiceAccounts, Namespaces, Pods and workload controllers.
enum WorkloadObjectReader {
    /// The IRSA annotation naming the IAM role a service account's pods receive.
    static let irsaAnnotation = "eks.amazonaws.com/role-arn"
    /// The Pod Security Admission enforcement label.
    static let enforceLabel = "pod-security.kubernetes.io/enforce"

    static func serviceAccount(_ object: Cursor) throws(InputError) -> ServiceAccount {
        ServiceAccount(
            namespace: try ObjectMetadata.namespace(object), name: try ObjectMetadata.name(object),
            automountToken: try ObjectFields.optionalBool(object, "automountServiceAccountToken"),
            irsaRoleARN: try ObjectMetadata.annotations(object)[irsaAnnotation], location: object.location)
    }

    static func namespace(_ object: Cursor) throws(InputError) -> NamespaceObject {
        NamespaceObject(
            name: try ObjectMetadata.name(object), enforcedPodSecurity: try ObjectMetadata.labels(object)[enforceLabel],
            location: object.location)
    }

    /// A Pod (spec at `spec`), a CronJob (`spec.jobTemplate.spec.template.spec`) or another
    /// controller (`spec.template.spec`).
    static func workload(_ object: Cursor, kind: String) throws(InputError) -> Workload {
        var podSpec = try object.requiredField("spec")
        if kind == "CronJob" {
            podSpec = try podSpec.requiredField("jobTemplate").requiredField("spec")
        }
        if kind != "Pod" {
            podSpec = try podSpec.requiredField("template").requiredField("spec")
        }
        try ObjectFields.refuseTemplate(podSpec)
        var accountAt = podSpec.location
        var account = "default"
        for key in ["serviceAccountName", "serviceAccount"] {
            if let field = try podSpec.field(key), !field.isNull {
                let name = try ObjectFields.text(field)
                if !name.isEmpty {
                    account = name
                    accountAt = field.location
                    break
                }
            }
        }
        return Workload(
            kind: kind, namespace: try ObjectMetadata.namespace(object), name: try ObjectMetadata.name(object),
            serviceAccountName: account, automountToken: try ObjectFields.optionalBool(podSpec, "automountServiceAccountToken"),
            location: object.location, serviceAccountLocation: accountAt)
    }
}
