/// A way a CAM principal can gain permissions it was not given, as data.
public struct CAMEscalationTechnique: Sendable, Hashable {
    /// A stable id (`cam-attach-user-policy`).
    public var id: String
    /// What the holder does.
    public var summary: String
    /// The APIs that together make the technique (all are needed).
    public var actions: [String]
    /// What it yields.
    public var yields: String
    /// Whether it yields any permission at all (attach any policy to oneself, rewrite one's own
    /// policy): such a technique becomes an `escalates` edge to the account's root.
    public var yieldsAnyPermission: Bool

    /// Makes a technique.
    public init(id: String, summary: String, actions: [String], yields: String) {
        self.id = id
        self.summary = summary
        self.actions = actions
        self.yields = yields
        self.yieldsAnyPermission = yields == "any permission" || yields == "any permission for every holder of the policy"
    }
}

/// The CAM privilege-escalation techniques leastpriv knows.
public enum CAMEscalationTechniques {
    /// Every technique.
    public static let all: [CAMEscalationTechnique] = [
        .init(id: "cam-create-policy-version", summary: "write a new version of an attached policy and make it the default", actions: ["cam:CreatePolicyVersion", "cam:SetDefaultPolicyVersion"], yields: "any permission for every holder of the policy"),
        .init(id: "cam-update-policy", summary: "rewrite an attached custom policy", actions: ["cam:UpdatePolicy"], yields: "any permission for every holder of the policy"),
        .init(id: "cam-attach-user-policy", summary: "attach any policy to a user, including oneself", actions: ["cam:AttachUserPolicy"], yields: "any permission"),
        .init(id: "cam-attach-group-policy", summary: "attach any policy to a group one belongs to", actions: ["cam:AttachGroupPolicy"], yields: "any permission"),
        .init(id: "cam-attach-role-policy", summary: "attach any policy to a role one can assume", actions: ["cam:AttachRolePolicy"], yields: "any permission"),
        .init(id: "cam-attach-policies-batch", summary: "attach policies in batch or from the console", actions: ["cam:AttachPolicies"], yields: "any permission"),
        .init(id: "cam-attach-self-policy", summary: "attach a policy to oneself", actions: ["cam:AttachSelfPolicy"], yields: "any permission"),
        .init(id: "cam-add-user-to-group", summary: "join a more privileged group", actions: ["cam:AddUserToGroup"], yields: "the group's permissions"),
        .init(id: "cam-create-access-key", summary: "create an access key for another sub-user", actions: ["cam:CreateAccessKey"], yields: "that user's permissions"),
        .init(id: "cam-update-login", summary: "set another sub-user's console password or login flag", actions: ["cam:UpdateUser"], yields: "that user's permissions"),
        .init(id: "cam-set-mfa-flag", summary: "turn off another user's MFA protection", actions: ["cam:SetMfaFlag"], yields: "sign-in as that user without a second factor"),
        .init(id: "cam-update-trust-policy", summary: "make a role trust oneself", actions: ["cam:UpdateAssumeRolePolicy", "sts:AssumeRole"], yields: "the role's permissions"),
        .init(id: "cam-pass-role", summary: "hand a privileged role to a service one controls", actions: ["cam:PassRole", "cvm:RunInstances"], yields: "the role's permissions through the instance"),
        .init(id: "cam-pass-role-scf", summary: "run a function as a privileged role", actions: ["cam:PassRole", "scf:CreateFunction"], yields: "the role's permissions through the function"),
        .init(id: "cam-remove-boundary", summary: "remove one's own permission boundary", actions: ["cam:DeleteUserPermissionsBoundary"], yields: "every permission the boundary held back"),
        .init(id: "cam-remove-role-boundary", summary: "remove a role's permission boundary", actions: ["cam:DeleteRolePermissionsBoundary"], yields: "every permission the boundary held back"),
        .init(id: "cam-oidc-provider-change", summary: "point an OIDC provider at an issuer one controls", actions: ["cam:UpdateOIDCConfig"], yields: "every role trusting the provider"),
        .init(id: "cam-saml-provider-change", summary: "replace a SAML provider's metadata", actions: ["cam:UpdateSAMLProvider"], yields: "every role trusting the provider"),
        .init(id: "tke-acquire-cluster-admin", summary: "grant oneself cluster-admin in a TKE cluster", actions: ["tke:AcquireClusterAdminRole"], yields: "cluster-admin"),
        .init(id: "tcr-instance-token", summary: "mint a long-lived registry token", actions: ["tcr:CreateInstanceToken"], yields: "push and pull on the whole registry instance"),
        .init(id: "tcr-service-account", summary: "create or change a registry service account", actions: ["tcr:CreateServiceAccount"], yields: "the namespaces it is granted"),
    ]
}
