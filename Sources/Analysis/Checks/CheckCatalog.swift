/// Every check leastpriv runs, in id order. A new check is added here and nowhere else.
///
/// Id ranges (an id is never reused, even after its check is removed):
/// - `LP00xx` the tool itself (configuration, inputs)
/// - `LP01xx` AWS policies and IAM; `LP02xx` federation and trust (OIDC, SAML, cross-account)
/// - `LP03xx` Kubernetes; `LP04xx` GitHub; `LP05xx` GitLab; `LP06xx` Tencent Cloud
/// - `LP07xx` cross-provider analyses (escalation paths, MFA gaps, pipeline and registry over-grants)
public enum CheckCatalog {
    /// The registered checks.
    public static let all: [any Check.Type] = [
        ExpiredSuppression.self,
        PwnRequest.self,
        ScriptInjection.self,
        WriteAllToken.self,
        UnusedIDToken.self,
        WorkflowLevelWrite.self,
        RemoteSecretsInherit.self,
        UnpinnedPrivilegedAction.self,
        OverGrantedJobToken.self,
        UnjudgedJobToken.self,
        OrganizationWithoutTwoFactor.self,
        MemberWithoutTwoFactor.self,
        ActionsCanApprovePullRequests.self,
        OutsideCollaboratorAdmin.self,
        KubernetesClusterAdminBinding.self,
        KubernetesBindingToEveryone.self,
        KubernetesAggregationLabel.self,
        KubernetesDanglingBinding.self,
        KubernetesDefaultServiceAccountRights.self,
        KubernetesWorkloadTokenTakeover.self,
        KubernetesCloudIdentityMappedToMasters.self,
        KubernetesAggregationDrift.self,
        CrossSystemPathToClusterAdmin.self,
        CAMAdminWithoutMFA.self,
        CAMOIDCTrustWithoutSubject.self,
        TCRPublicNamespace.self,
        CAMAllowEverything.self,
        CAMRoleTrustsAnyone.self,
        AllowWithNegation.self,
        PassRoleOnAnyRole.self,
        MFABoolDeny.self,
        ForAllValuesOnSingleValuedKey.self,
        ResourcePolicyOpenToAnyone.self,
        ConsoleUserWithoutMFA.self,
        UnknownAction.self,
        UnknownConditionKey.self,
        OIDCTrustWithoutSubject.self,
    ]

    /// The descriptions of every registered check, sorted by id.
    public static var descriptions: [CheckDescription] {
        all.map { $0.description }.sorted { $0.id < $1.id }
    }

    /// The check with this id or slug (ids compare case-insensitively).
    public static func check(named name: String) -> (any Check.Type)? {
        all.first { $0.description.id.lowercased() == name.lowercased() || $0.description.slug == name }
    }

    /// Ids and slugs, for validating configuration.
    public static var names: [(id: String, slug: String)] {
        descriptions.map { ($0.id, $0.slug) }
    }
}
