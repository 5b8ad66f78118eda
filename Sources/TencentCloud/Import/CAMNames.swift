import AccessGraph

/// Canonical ids of Tencent Cloud principals and resources (DESIGN §4).
public enum CAMNames {
    /// The root account: `qcs::cam::uin/OWNER:uin/OWNER`.
    public static func account(_ owner: String) -> PrincipalID { PrincipalID("qcs::cam::uin/\(owner):uin/\(owner)") }
    /// A sub-user: `qcs::cam::uin/OWNER:uin/SUB`.
    public static func user(owner: String, uin: String) -> PrincipalID { PrincipalID("qcs::cam::uin/\(owner):uin/\(uin)") }
    /// A group: `qcs::cam::uin/OWNER:groupid/ID`.
    public static func group(owner: String, id: String) -> PrincipalID { PrincipalID("qcs::cam::uin/\(owner):groupid/\(id)") }
    /// A role: `qcs::cam::uin/OWNER:roleName/NAME`.
    public static func role(owner: String, name: String) -> PrincipalID { PrincipalID("qcs::cam::uin/\(owner):roleName/\(name)") }
    /// A policy: `qcs::cam::uin/OWNER:policyid/ID`.
    public static func policy(owner: String, id: String) -> String { "qcs::cam::uin/\(owner):policyid/\(id)" }
    /// A service principal: `service:cvm.qcloud.com`.
    public static func service(_ name: String) -> PrincipalID { PrincipalID("service:\(name)") }
    /// A TCR namespace: `qcs::tcr:REGION:uin/OWNER:instance/ID/namespace/NAME`.
    public static func registryNamespace(owner: String, region: String, instance: String, name: String) -> String {
        "qcs::tcr:\(region):uin/\(owner):instance/\(instance)/namespace/\(name)"
    }
}
