/// Generates text shaped like `aws iam get-account-authorization-details` (CLI-decoded policy
/// documents, four-space indentation): users, groups and roles with inline and attached
/// policies, then managed policies with their versions.
struct AuthorizationDetailsGenerator {
    static let account = "123456789012"
    static let services = ["s3", "ec2", "iam", "sts", "lambda", "dynamodb", "kms", "logs", "ecr", "sqs", "sns", "cloudformation"]
    static let verbs = ["Get", "List", "Describe", "Put", "Create", "Delete", "Update", "Attach", "Pass", "Invoke"]
    static let nouns = ["Object", "Bucket", "Role", "Policy", "Function", "Item", "Key", "Image", "Queue", "Topic", "Stack", "Instances"]

    var random = SeededRandom(seed: 20_240_601)

    /// About `bytes` of JSON text.
    mutating func generate(bytes: Int) -> String {
        var writer = IndentedJSONWriter(capacity: bytes + bytes / 8)
        // Each of the four lists grows until the text reaches its quarter of the budget.
        writer.object { writer in
            writer.key("UserDetailList")
            writer.array { writer in
                var index = 0
                while writer.text.utf8.count < bytes / 4 { user(index, &writer); index += 1 }
            }
            writer.key("GroupDetailList")
            writer.array { writer in
                var index = 0
                while writer.text.utf8.count < bytes / 2 { group(index, &writer); index += 1 }
            }
            writer.key("RoleDetailList")
            writer.array { writer in
                var index = 0
                while writer.text.utf8.count < bytes / 4 * 3 { role(index, &writer); index += 1 }
            }
            writer.key("Policies")
            writer.array { writer in
                var index = 0
                while writer.text.utf8.count < bytes { managedPolicy(index, &writer); index += 1 }
            }
        }
        return writer.text
    }

    private mutating func identifier(_ prefix: String) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        return prefix + String((0..<17).map { _ in random.pick(alphabet) })
    }

    private mutating func date() -> String {
        "20\(random.number(15...24))-0\(random.number(1...9))-1\(random.number(0...9))T0\(random.number(0...9)):1\(random.number(0...9)):00Z"
    }

    private mutating func policyDocument(_ writer: inout IndentedJSONWriter) {
        writer.object { writer in
            writer.field("Version", "2012-10-17")
            writer.key("Statement")
            writer.array { writer in
                for statement in 0..<random.number(1...3) {
                    writer.object { writer in
                        writer.field("Sid", "Statement\(statement)")
                        writer.field("Effect", random.number(0...9) == 0 ? "Deny" : "Allow")
                        writer.key("Action")
                        writer.array { writer in
                            let service = random.pick(Self.services)
                            for _ in 0..<random.number(1...5) {
                                writer.string("\(service):\(random.pick(Self.verbs))\(random.pick(Self.nouns))")
                            }
                        }
                        writer.key("Resource")
                        writer.array { writer in
                            for _ in 0..<random.number(1...2) {
                                writer.string("arn:aws:s3:::bucket-\(random.number(1...5_000))/prefix-\(random.number(1...100))/*")
                            }
                        }
                        if random.number(0...3) == 0 {
                            writer.key("Condition")
                            writer.object { writer in
                                writer.key("StringEquals")
                                writer.object { writer in
                                    writer.field("aws:RequestedRegion", random.pick(["us-east-1", "eu-west-1", "ap-southeast-2"]))
                                }
                                writer.key("Bool")
                                writer.object { writer in writer.field("aws:MultiFactorAuthPresent", "true") }
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func inlinePolicies(_ name: String, _ writer: inout IndentedJSONWriter) {
        writer.key(name)
        writer.array { writer in
            for index in 0..<random.number(0...2) {
                writer.object { writer in
                    writer.field("PolicyName", "inline-\(index)-\(random.number(1...99_999))")
                    writer.key("PolicyDocument")
                    policyDocument(&writer)
                }
            }
        }
    }

    private mutating func attachedPolicies(_ writer: inout IndentedJSONWriter) {
        writer.key("AttachedManagedPolicies")
        writer.array { writer in
            for _ in 0..<random.number(0...3) {
                let name = "managed-\(random.number(0...9_999))"
                writer.object { writer in
                    writer.field("PolicyName", name)
                    writer.field("PolicyArn", "arn:aws:iam::\(Self.account):policy/\(name)")
                }
            }
        }
    }

    private mutating func tags(_ writer: inout IndentedJSONWriter) {
        writer.key("Tags")
        writer.array { writer in
            for key in ["team", "cost-center"].prefix(random.number(0...2)) {
                writer.object { writer in
                    writer.field("Key", key)
                    writer.field("Value", "value-\(random.number(1...50))")
                }
            }
        }
    }

    private mutating func user(_ index: Int, _ writer: inout IndentedJSONWriter) {
        writer.object { writer in
            writer.field("Path", "/")
            writer.field("UserName", "user-\(index)")
            writer.field("UserId", identifier("AIDA"))
            writer.field("Arn", "arn:aws:iam::\(Self.account):user/user-\(index)")
            writer.field("CreateDate", date())
            inlinePolicies("UserPolicyList", &writer)
            writer.key("GroupList")
            writer.array { writer in
                for _ in 0..<random.number(0...3) { writer.string("group-\(random.number(0...999))") }
            }
            attachedPolicies(&writer)
            tags(&writer)
        }
    }

    private mutating func group(_ index: Int, _ writer: inout IndentedJSONWriter) {
        writer.object { writer in
            writer.field("Path", "/")
            writer.field("GroupName", "group-\(index)")
            writer.field("GroupId", identifier("AGPA"))
            writer.field("Arn", "arn:aws:iam::\(Self.account):group/group-\(index)")
            writer.field("CreateDate", date())
            inlinePolicies("GroupPolicyList", &writer)
            attachedPolicies(&writer)
        }
    }

    private mutating func role(_ index: Int, _ writer: inout IndentedJSONWriter) {
        writer.object { writer in
            writer.field("Path", "/service-role/")
            writer.field("RoleName", "role-\(index)")
            writer.field("RoleId", identifier("AROA"))
            writer.field("Arn", "arn:aws:iam::\(Self.account):role/service-role/role-\(index)")
            writer.field("CreateDate", date())
            writer.key("AssumeRolePolicyDocument")
            writer.object { writer in
                writer.field("Version", "2012-10-17")
                writer.key("Statement")
                writer.array { writer in
                    writer.object { writer in
                        writer.field("Effect", "Allow")
                        writer.key("Principal")
                        writer.object { writer in writer.field("Service", "\(random.pick(Self.services)).amazonaws.com") }
                        writer.field("Action", "sts:AssumeRole")
                    }
                }
            }
            writer.key("InstanceProfileList")
            writer.array { _ in }
            inlinePolicies("RolePolicyList", &writer)
            attachedPolicies(&writer)
            tags(&writer)
            writer.key("MaxSessionDuration")
            writer.number(3600)
            writer.key("RoleLastUsed")
            writer.object { writer in
                writer.field("LastUsedDate", date())
                writer.field("Region", "us-east-1")
            }
        }
    }

    private mutating func managedPolicy(_ index: Int, _ writer: inout IndentedJSONWriter) {
        writer.object { writer in
            writer.field("PolicyName", "managed-\(index)")
            writer.field("PolicyId", identifier("ANPA"))
            writer.field("Arn", "arn:aws:iam::\(Self.account):policy/managed-\(index)")
            writer.field("Path", "/")
            writer.field("DefaultVersionId", "v2")
            writer.key("AttachmentCount")
            writer.number(random.number(0...40))
            writer.key("PermissionsBoundaryUsageCount")
            writer.number(0)
            writer.key("IsAttachable")
            writer.bool(true)
            writer.field("CreateDate", date())
            writer.field("UpdateDate", date())
            writer.key("PolicyVersionList")
            writer.array { writer in
                for version in [2, 1] {
                    writer.object { writer in
                        writer.key("Document")
                        policyDocument(&writer)
                        writer.field("VersionId", "v\(version)")
                        writer.key("IsDefaultVersion")
                        writer.bool(version == 2)
                        writer.field("CreateDate", date())
                    }
                }
            }
        }
    }
}
