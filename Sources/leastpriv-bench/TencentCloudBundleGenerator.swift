/// Generates a Tencent Cloud bundle (`leastpriv.tencentcloud.bundle`) of a given shape with a
/// fixed seed: custom policies with conditions and scoped resources, groups, sub-users with
/// attachments and MFA flags, roles trusted by the account, services and an OIDC provider.
struct TencentCloudBundleGenerator {
    var users = 5_000
    var roles = 10_000
    var policies = 20_000
    var groups = 200
    var random = SeededRandom(seed: 0x7E4C_E47C)

    static let owner = "100000000001"
    static let services = ["cos", "cvm", "cdb", "tcr", "tke", "scf", "cls", "vpc", "clb", "ssm", "kms", "cam"]
    static let verbs = ["Describe*", "List*", "Get*", "Create*", "Modify*", "Delete*", "Push*", "*"]

    mutating func generate() -> String {
        var out = "{\"format\": \"leastpriv.tencentcloud.bundle\", \"formatVersion\": 1, \"ownerUin\": \"\(Self.owner)\",\n\"policies\": [\n"
        for index in 0..<policies {
            if index > 0 { out += ",\n" }
            out += "{\"PolicyId\": \(100_000 + index), \"PolicyName\": \"policy-\(index)\", \"Type\": 1, \"PolicyDocument\": {\"version\": \"2.0\", \"statement\": ["
            for statement in 0..<random.number(2...4) {
                if statement > 0 { out += ", " }
                out += statementJSON(policy: index)
            }
            out += "]}}"
        }
        out += "],\n\"groups\": [\n"
        var membersOfGroup: [[Int]] = Array(repeating: [], count: groups)
        for user in 0..<users where random.number(0...2) > 0 {
            membersOfGroup[random.number(0...(groups - 1))].append(user)
        }
        for group in 0..<groups {
            if group > 0 { out += ",\n" }
            let members = membersOfGroup[group].map { "{\"Uin\": \(uin(of: $0)), \"Name\": \"user-\($0)\"}" }.joined(separator: ", ")
            out += "{\"group\": {\"GroupId\": \(group + 1), \"GroupName\": \"group-\(group)\"}, \"members\": [\(members)], \"attachedPolicies\": [\(attachments(count: random.number(1...3)))]}"
        }
        out += "],\n\"users\": [\n"
        for user in 0..<users {
            if user > 0 { out += ",\n" }
            let token = random.number(0...3) == 0 ? 1 : 0
            let phone = random.number(0...1)
            out += "{\"user\": {\"Uin\": \(uin(of: user)), \"Name\": \"user-\(user)\", \"ConsoleLogin\": \(random.number(0...1))}, "
            out += "\"attachedPolicies\": [\(attachments(count: random.number(2...5)))], "
            out += "\"accessKeys\": [{\"AccessKeyId\": \"AKID\(user)\", \"Status\": \"Active\", \"CreateTime\": \"2024-01-01 00:00:00\"}], "
            out += "\"safeAuthFlags\": {\"LoginFlag\": {\"Phone\": \(phone), \"Token\": \(token), \"Stoken\": 0, \"Wechat\": 0}, \"ActionFlag\": {\"Phone\": 0, \"Token\": \(token)}}}"
        }
        out += "],\n\"roles\": [\n"
        for role in 0..<roles {
            if role > 0 { out += ",\n" }
            out += "{\"role\": {\"RoleId\": \"\(4_611_686_018_427_400_000 + role)\", \"RoleName\": \"role-\(role)\", \"PolicyDocument\": {\"version\": \"2.0\", \"statement\": [\(trustJSON(role: role))]}}, "
            out += "\"attachedPolicies\": [\(attachments(count: random.number(1...3)))]}"
        }
        out += "],\n\"tcr\": [{\"instance\": {\"RegistryId\": \"tcr-bench\", \"RegionName\": \"ap-guangzhou\"}, \"namespaces\": ["
        out += (0..<50).map { "{\"Name\": \"ns-\($0)\", \"Public\": \($0 % 10 == 0)}" }.joined(separator: ", ")
        out += "]}]}\n"
        return out
    }

    func uin(of user: Int) -> Int { 100_000_100_000 + user }

    private mutating func attachments(count: Int) -> String {
        (0..<count).map { _ in "{\"PolicyId\": \(100_000 + random.number(0...(policies - 1)))}" }.joined(separator: ", ")
    }

    private mutating func statementJSON(policy: Int) -> String {
        if random.number(0...29) == 0 {
            // A few policies let their holders assume specific roles.
            return "{\"effect\": \"allow\", \"action\": \"name/sts:AssumeRole\", \"resource\": \"qcs::cam::uin/\(Self.owner):roleName/role-\(random.number(0...(roles - 1)))*\"}"
        }
        let effect = random.number(0...9) == 0 ? "deny" : "allow"
        let actions = (0..<random.number(1...4)).map { _ in "\"name/\(random.pick(Self.services)):\(random.pick(Self.verbs))\"" }
        let resource: String
        switch random.number(0...3) {
        case 0: resource = "\"*\""
        case 1: resource = "\"qcs::cos:ap-guangzhou:uid/1250000000:bucket-\(random.number(0...99))-1250000000/*\""
        case 2: resource = "\"qcs::cvm:gz:uin/\(Self.owner):instance/ins-\(random.number(0...999))\""
        default: resource = "\"qcs::cam::uin/\(Self.owner):roleName/role-\(random.number(0...(roles - 1)))\""
        }
        var text = "{\"effect\": \"\(effect)\", \"action\": [\(actions.joined(separator: ", "))], \"resource\": [\(resource)]"
        switch random.number(0...5) {
        case 0: text += ", \"condition\": {\"ip_equal\": {\"qcs:ip\": [\"10.\(random.number(0...255)).0.0/16\"]}}"
        case 1: text += ", \"condition\": {\"for_any_value:string_equal\": {\"qcs:resource_tag\": [\"env&prod\", \"team&t\(policy % 50)\"]}}"
        default: break
        }
        return text + "}"
    }

    private mutating func trustJSON(role: Int) -> String {
        switch random.number(0...5) {
        case 0: return "{\"effect\": \"allow\", \"action\": \"name/sts:AssumeRole\", \"principal\": {\"service\": [\"\(random.pick(["scf", "cvm", "tke"])).qcloud.com\"]}}"
        case 1: return "{\"effect\": \"allow\", \"action\": \"name/sts:AssumeRoleWithWebIdentity\", \"principal\": {\"federated\": [\"qcs::cam::uin/\(Self.owner):oidc-provider/github\"]}, \"condition\": {\"string_equal\": {\"oidc:aud\": \"sts.tencentcloudapi.com\", \"oidc:sub\": \"repo:acme/app-\(role):ref:refs/heads/main\"}}}"
        case 2: return "{\"effect\": \"allow\", \"action\": \"name/sts:AssumeRole\", \"principal\": {\"qcs\": [\"qcs::cam::uin/\(Self.owner):uin/\(uin(of: random.number(0...(users - 1))))\"]}}"
        default: return "{\"effect\": \"allow\", \"action\": \"name/sts:AssumeRole\", \"principal\": {\"qcs\": [\"qcs::cam::uin/\(Self.owner):root\"]}}"
        }
    }
}
