import Documents
import Testing
@testable import Kubernetes

struct AggregationTests {
    static func role(_ name: String, labels: [String: String] = [:], selectors: [LabelSelector]? = nil, rules: [PolicyRule] = []) -> RBACRole {
        RBACRole(name: name, namespace: nil, rules: rules, labels: labels, aggregationSelectors: selectors, location: FileLocation(file: "x.yaml"))
    }

    static let readPods = PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["pods"])
    static let readSecrets = PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["secrets"])
    static let writePods = PolicyRule(verbs: ["create"], apiGroups: [""], resources: ["pods"])

    @Test func selectorsFollowLabelSelectorSemantics() {
        let labels = ["tier": "gold", "app": "api"]
        #expect(LabelSelector(matchLabels: [:], matchExpressions: []).matches(labels))
        #expect(LabelSelector(matchLabels: ["tier": "gold"], matchExpressions: []).matches(labels))
        #expect(!LabelSelector(matchLabels: ["tier": "silver"], matchExpressions: []).matches(labels))
        #expect(LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "tier", operation: "In", values: ["gold", "silver"])]).matches(labels))
        #expect(!LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "tier", operation: "NotIn", values: ["gold"])]).matches(labels))
        #expect(LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "zone", operation: "NotIn", values: ["a"])]).matches(labels))
        #expect(LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "app", operation: "Exists", values: [])]).matches(labels))
        #expect(!LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "app", operation: "DoesNotExist", values: [])]).matches(labels))
        #expect(!LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "app", operation: "Bogus", values: [])]).matches(labels))
    }

    @Test func aggregationIsTransitiveDeduplicatedAndRecordsDrift() {
        var cluster = ClusterModel(name: "c")
        let toView = ["agg/view": "true"], toEdit = ["agg/edit": "true"]
        cluster.clusterRoles["view"] = Self.role("view", labels: toEdit, selectors: [LabelSelector(matchLabels: toView, matchExpressions: [])], rules: [Self.readPods])
        cluster.clusterRoles["edit"] = Self.role("edit", selectors: [LabelSelector(matchLabels: toEdit, matchExpressions: [])])
        cluster.clusterRoles["a-reader"] = Self.role("a-reader", labels: toView, rules: [Self.readPods, Self.readSecrets])
        cluster.clusterRoles["b-writer"] = Self.role("b-writer", labels: toEdit, rules: [Self.writePods, Self.readPods])
        Aggregation.recompute(&cluster)
        #expect(cluster.clusterRoles["view"]?.rules == [Self.readPods, Self.readSecrets])
        // edit selects view (through its label) and b-writer, in name order, without repeats.
        #expect(cluster.clusterRoles["edit"]?.rules == [Self.writePods, Self.readPods, Self.readSecrets])
        #expect(cluster.aggregationDrift == ["edit", "view"])
    }

    @Test func aRoleNeverAggregatesItself() {
        var cluster = ClusterModel(name: "c")
        let label = ["agg/self": "true"]
        cluster.clusterRoles["self"] = Self.role("self", labels: label, selectors: [LabelSelector(matchLabels: label, matchExpressions: [])], rules: [Self.readPods])
        Aggregation.recompute(&cluster)
        #expect(cluster.clusterRoles["self"]?.rules == [])
    }
}
