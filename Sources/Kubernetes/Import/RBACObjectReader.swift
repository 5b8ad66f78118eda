import Documents

/// Reads Roles, ClusterRoles, RoleBindings and ClusterRoleBindings.
enum RBACObjectReader {
    /// A Role or ClusterRole.
    static func role(_ object: Cursor, isClusterRole: Bool) throws(InputError) -> RBACRole {
        let name = try ObjectMetadata.name(object)
        let namespace = isClusterRole ? nil : try ObjectMetadata.namespace(object)
        var rules: [PolicyRule] = []
        if let ruleList = try object.field("rules"), !ruleList.isNull {
            for rule in try ruleList.elements() { rules.append(try policyRule(rule)) }
        }
        var selectors: [LabelSelector]?
        if isClusterRole, let aggregation = try object.field("aggregationRule"), !aggregation.isNull {
            var read: [LabelSelector] = []
            if let list = try aggregation.field("clusterRoleSelectors"), !list.isNull {
                for selector in try list.elements() { read.append(try labelSelector(selector)) }
            }
            selectors = read
        }
        let labelsField = try object.requiredField("metadata").field("labels")
        var role = RBACRole(
            name: name, namespace: namespace, rules: rules, labels: try ObjectMetadata.labels(object),
            aggregationSelectors: selectors, location: object.location, labelsLocation: labelsField?.location)
        if let labelsField, labelsField.isMapping {
            for (key, value) in try labelsField.entries() { role.labelLocations[key] = value.location }
        }
        return role
    }

    /// One rule.
    static func policyRule(_ rule: Cursor) throws(InputError) -> PolicyRule {
        let verbs = try ObjectFields.texts(rule, "verbs")
        if verbs.isEmpty {
            throw rule.error("kubernetes.rule.verbs", "a rule needs at least one verb in `verbs`")
        }
        return PolicyRule(
            verbs: verbs, apiGroups: try ObjectFields.texts(rule, "apiGroups"),
            resources: try ObjectFields.texts(rule, "resources"),
            resourceNames: try ObjectFields.texts(rule, "resourceNames"),
            nonResourceURLs: try ObjectFields.texts(rule, "nonResourceURLs"), location: rule.location)
    }

    /// A label selector.
    static func labelSelector(_ selector: Cursor) throws(InputError) -> LabelSelector {
        var requirements: [LabelSelector.Requirement] = []
        if let expressions = try selector.field("matchExpressions"), !expressions.isNull {
            for expression in try expressions.elements() {
                requirements.append(LabelSelector.Requirement(
                    key: try ObjectFields.text(try expression.requiredField("key")),
                    operation: try ObjectFields.text(try expression.requiredField("operator")),
                    values: try ObjectFields.texts(expression, "values")))
            }
        }
        return LabelSelector(matchLabels: try ObjectFields.textMap(selector, "matchLabels"), matchExpressions: requirements)
    }

    /// A RoleBinding or ClusterRoleBinding.
    static func binding(_ object: Cursor, isClusterBinding: Bool) throws(InputError) -> RBACBinding {
        let name = try ObjectMetadata.name(object)
        let namespace = isClusterBinding ? nil : try ObjectMetadata.namespace(object)
        let roleRef = try object.requiredField("roleRef")
        let kind = try ObjectFields.text(try roleRef.requiredField("kind"))
        guard kind == "ClusterRole" || (kind == "Role" && !isClusterBinding) else {
            let expected = isClusterBinding ? "`ClusterRole`" : "`Role` or `ClusterRole`"
            throw (try roleRef.requiredField("kind")).error("kubernetes.role-ref", "unsupported roleRef kind `\(kind)`; expected \(expected)")
        }
        let reference = RoleReference(kind: kind, name: try ObjectFields.text(try roleRef.requiredField("name")))
        var subjects: [Subject] = []
        if let list = try object.field("subjects"), !list.isNull {
            for subject in try list.elements() {
                let subjectKind = try ObjectFields.text(try subject.requiredField("kind"))
                guard ["User", "Group", "ServiceAccount"].contains(subjectKind) else {
                    throw (try subject.requiredField("kind")).error(
                        "kubernetes.subject-kind", "unknown subject kind `\(subjectKind)`",
                        suggestion: Suggestions.closest(to: subjectKind, among: ["User", "Group", "ServiceAccount"]).map { "did you mean `\($0)`?" })
                }
                subjects.append(Subject(
                    kind: subjectKind, name: try ObjectFields.text(try subject.requiredField("name")),
                    namespace: try ObjectFields.optionalText(subject, "namespace") ?? "", location: subject.location))
            }
        }
        return RBACBinding(
            name: name, namespace: namespace, roleRef: reference, subjects: subjects,
            location: object.location, roleRefLocation: roleRef.location)
    }
}
