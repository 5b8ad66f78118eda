import AWS

/// Generates a large, seeded `aws iam get-account-authorization-details` export with the shape of
/// a real account: users in groups, roles trusted by services, the account, users and GitHub OIDC,
/// and customer managed policies built from real action names (the action catalog), with
/// wildcards, resource ARNs and conditions in realistic proportions.
struct AWSExportGenerator {
    static let account = "111122223333"
    var users = 5_000
    var groups = 500
    var roles = 20_000
    var policies = 30_000
    var random = SeededRandom(seed: 20_261_203)

    /// The export as JSON text.
    mutating func generate() -> String {
        let catalog = AWSActionCatalog.shared.actions.map(\.qualifiedName)
        let account = Self.account
        var writer = IndentedJSONWriter(capacity: 200_000_000)
        writer.object { writer in
            writer.key("UserDetailList")
            writer.array { writer in
                for index in 0..<users {
                    writer.object { writer in
                        writer.field("Path", "/")
                        writer.field("UserName", "user-\(index)")
                        writer.field("UserId", "AIDA\(String(index, radix: 36).uppercased())")
                        writer.field("Arn", "arn:aws:iam::\(account):user/user-\(index)")
                        writer.field("CreateDate", "2024-01-01T00:00:00Z")
                        writer.key("GroupList")
                        writer.array { writer in
                            for _ in 0..<random.number(1...3) { writer.string("group-\(random.number(0...(groups - 1)))") }
                        }
                        attached(&writer, count: random.number(0...2))
                        inline(&writer, key: "UserPolicyList", catalog: catalog, chance: 5)
                        writer.key("Tags")
                        writer.array { writer in
                            writer.object { writer in
                                writer.field("Key", "team")
                                writer.field("Value", "team-\(random.number(0...40))")
                            }
                        }
                    }
                }
            }
            writer.key("GroupDetailList")
            writer.array { writer in
                for index in 0..<groups {
                    writer.object { writer in
                        writer.field("Path", "/")
                        writer.field("GroupName", "group-\(index)")
                        writer.field("GroupId", "AGPA\(index)")
                        writer.field("Arn", "arn:aws:iam::\(account):group/group-\(index)")
                        writer.field("CreateDate", "2024-01-01T00:00:00Z")
                        attached(&writer, count: random.number(1...3))
                        inline(&writer, key: "GroupPolicyList", catalog: catalog, chance: 5)
                    }
                }
            }
            writer.key("RoleDetailList")
            writer.array { writer in
                for index in 0..<roles {
                    writer.object { writer in
                        writer.field("Path", "/")
                        writer.field("RoleName", "role-\(index)")
                        writer.field("RoleId", "AROA\(String(index, radix: 36).uppercased())")
                        writer.field("Arn", "arn:aws:iam::\(account):role/role-\(index)")
                        writer.field("CreateDate", "2024-01-01T00:00:00Z")
                        writer.key("InstanceProfileList")
                        writer.array { _ in }
                        writer.key("Tags")
                        writer.array { _ in }
                        writer.key("AssumeRolePolicyDocument")
                        trust(&writer)
                        attached(&writer, count: random.number(1...3))
                        inline(&writer, key: "RolePolicyList", catalog: catalog, chance: 10)
                        if random.number(0...9) == 0 {
                            writer.key("PermissionsBoundary")
                            writer.object { writer in
                                writer.field("PermissionsBoundaryType", "Policy")
                                writer.field("PermissionsBoundaryArn", "arn:aws:iam::\(account):policy/policy-\(random.number(0...(policies - 1)))")
                            }
                        }
                    }
                }
            }
            writer.key("Policies")
            writer.array { writer in
                for index in 0..<policies {
                    writer.object { writer in
                        writer.field("PolicyName", "policy-\(index)")
                        writer.field("PolicyId", "ANPA\(String(index, radix: 36).uppercased())")
                        writer.field("Arn", "arn:aws:iam::\(account):policy/policy-\(index)")
                        writer.field("Path", "/")
                        writer.field("DefaultVersionId", "v1")
                        writer.key("AttachmentCount")
                        writer.number(1)
                        writer.key("PermissionsBoundaryUsageCount")
                        writer.number(0)
                        writer.key("IsAttachable")
                        writer.bool(true)
                        writer.field("CreateDate", "2024-01-01T00:00:00Z")
                        writer.field("UpdateDate", "2024-01-01T00:00:00Z")
                        writer.key("PolicyVersionList")
                        writer.array { writer in
                            for version in 1...(random.number(0...9) == 0 ? 2 : 1) {
                                writer.object { writer in
                                    writer.key("Document")
                                    document(&writer, catalog: catalog)
                                    writer.field("VersionId", "v\(version)")
                                    writer.field("CreateDate", "2024-01-01T00:00:00Z")
                                    writer.key("IsDefaultVersion")
                                    writer.bool(version == 1)
                                }
                            }
                        }
                    }
                }
            }
        }
        return writer.text
    }

    private mutating func attached(_ writer: inout IndentedJSONWriter, count: Int) {
        writer.key("AttachedManagedPolicies")
        writer.array { writer in
            for _ in 0..<count {
                let index = random.number(0...(policies - 1))
                writer.object { writer in
                    writer.field("PolicyName", "policy-\(index)")
                    writer.field("PolicyArn", "arn:aws:iam::\(Self.account):policy/policy-\(index)")
                }
            }
        }
    }

    private mutating func inline(_ writer: inout IndentedJSONWriter, key: String, catalog: [String], chance: Int) {
        writer.key(key)
        writer.array { writer in
            guard random.number(1...chance) == 1 else { return }
            writer.object { writer in
                writer.field("PolicyName", "inline")
                writer.key("PolicyDocument")
                document(&writer, catalog: catalog)
            }
        }
    }

    private mutating func trust(_ writer: inout IndentedJSONWriter) {
        let kind = random.number(0...9)
        writer.object { writer in
            writer.field("Version", "2012-10-17")
            writer.key("Statement")
            writer.array { writer in
                writer.object { writer in
                    writer.field("Effect", "Allow")
                    writer.key("Principal")
                    writer.object { writer in
                        switch kind {
                        case 0...5: writer.field("Service", random.pick(["lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com"]))
                        case 6: writer.field("AWS", "arn:aws:iam::\(Self.account):root")
                        case 7...8: writer.field("AWS", "arn:aws:iam::\(Self.account):user/user-\(random.number(0...(users - 1)))")
                        default: writer.field("Federated", "arn:aws:iam::\(Self.account):oidc-provider/token.actions.githubusercontent.com")
                        }
                    }
                    writer.field("Action", kind == 9 ? "sts:AssumeRoleWithWebIdentity" : "sts:AssumeRole")
                    if kind == 6 || kind == 9 {
                        writer.key("Condition")
                        writer.object { writer in
                            if kind == 9 {
                                writer.key("StringLike")
                                writer.object { writer in writer.field("token.actions.githubusercontent.com:sub", "repo:acme/service-\(random.number(0...300)):*") }
                            } else {
                                writer.key("Bool")
                                writer.object { writer in writer.field("aws:MultiFactorAuthPresent", "true") }
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func document(_ writer: inout IndentedJSONWriter, catalog: [String]) {
        writer.object { writer in
            writer.field("Version", "2012-10-17")
            writer.key("Statement")
            writer.array { writer in
                for _ in 0..<random.number(1...4) {
                    writer.object { writer in
                        writer.field("Effect", random.number(0...14) == 0 ? "Deny" : "Allow")
                        writer.key("Action")
                        writer.array { writer in
                            for _ in 0..<random.number(1...6) {
                                var action = random.pick(catalog)
                                switch random.number(0...999) {
                                case 0: action = "sts:AssumeRole"
                                case 1...160:
                                    let service = action.split(separator: ":")[0]
                                    action = "\(service):\(random.pick(["Get", "List", "Describe", "Put"]))*"
                                default: break
                                }
                                writer.string(action)
                            }
                        }
                        writer.key("Resource")
                        switch random.number(0...4) {
                        case 0, 1: writer.string("*")
                        case 2: writer.string("arn:aws:s3:::bucket-\(random.number(0...500))/*")
                        case 3: writer.string("arn:aws:ecr:us-east-1:\(Self.account):repository/repo-\(random.number(0...200))")
                        default: writer.string("arn:aws:iam::\(Self.account):role/role-\(random.number(0...(roles - 1)))")
                        }
                        if random.number(0...4) == 0 {
                            writer.key("Condition")
                            writer.object { writer in
                                switch random.number(0...2) {
                                case 0:
                                    writer.key("IpAddress")
                                    writer.object { writer in writer.field("aws:SourceIp", "203.0.\(random.number(0...255)).0/24") }
                                case 1:
                                    writer.key("BoolIfExists")
                                    writer.object { writer in writer.field("aws:MultiFactorAuthPresent", "true") }
                                default:
                                    writer.key("StringEquals")
                                    writer.object { writer in writer.field("aws:PrincipalTag/team", "team-\(random.number(0...40))") }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
