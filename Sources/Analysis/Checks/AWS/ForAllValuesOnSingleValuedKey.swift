import AWS
import AccessGraph

/// Flags `ForAllValues` used with a single-valued condition key.
struct ForAllValuesOnSingleValuedKey: Check {
    /// Global condition keys that always carry one value (IAM User Guide, "AWS global condition
    /// context keys"); tag keys by prefix.
    static let singleValuedKeys: Set<String> = [
        "aws:calledviafirst", "aws:calledvialast", "aws:currenttime", "aws:epochtime", "aws:federatedprovider",
        "aws:multifactorauthage", "aws:multifactorauthpresent", "aws:principalaccount", "aws:principalarn",
        "aws:principalisawsservice", "aws:principalorgid", "aws:principalservicename", "aws:principaltype",
        "aws:referer", "aws:requestedregion", "aws:resourceaccount", "aws:resourceorgid", "aws:securetransport",
        "aws:sourceaccount", "aws:sourcearn", "aws:sourceip", "aws:sourceorgid", "aws:sourcevpc", "aws:sourcevpce",
        "aws:tokenissuetime", "aws:useragent", "aws:userid", "aws:username", "aws:viaawsservice", "aws:vpcsourceip",
        "aws:sourceidentity", "aws:ec2instancesourcevpc", "aws:ec2instancesourceprivateipv4",
    ]
    static let singleValuedPrefixes = ["aws:principaltag/", "aws:requesttag/", "aws:resourcetag/"]

    static let description = CheckDescription(
        id: "LP0104", slug: "aws-forallvalues-single-valued-key",
        title: "ForAllValues used with a single-valued key",
        category: .policyLint, severity: .medium,
        rationale: """
            `ForAllValues` is for multi-valued keys, and it is true when the key is absent. On a \
            single-valued key such as `aws:SourceIp` or `aws:PrincipalTag/team` it adds nothing \
            but that vacuous truth: an `Allow` then also applies to requests without the key.
            """,
        remediation: "Drop the `ForAllValues:` qualifier (add `IfExists` only if an absent key should match).",
        triggering: [
            CheckExample(file: "tagged.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*",
                   "Condition": {"ForAllValues:StringEquals": {"aws:PrincipalTag/team": ⚑"platform"}}}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "tagged.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
                   "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "cost-center"]},
                                 "StringEquals": {"aws:PrincipalTag/team": "platform"}}}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).flatMap { entry in
            entry.statement.conditions.filter { clause in
                let key = clause.key.lowercased()
                return clause.operation.qualifier == .forAllValues
                    && (Self.singleValuedKeys.contains(key) || Self.singleValuedPrefixes.contains { key.hasPrefix($0) })
            }.map { clause in
                finding(
                    message: "\(entry.label) uses `\(clause.operation)` on `\(clause.key)`, which has one value; it is also true when the key is absent",
                    locations: [clause.location], anchor: entry.anchor + ":" + clause.key.lowercased())
            }
        }
    }
}
