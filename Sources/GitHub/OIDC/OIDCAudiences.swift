/// The audiences (`aud`) a job's steps request for their OIDC tokens.
///
/// The requester chooses `aud`: any step of a job holding `id-token: write` can ask for any
/// audience, so a subject's `aud` claim is `*` for federation; this table only names what the
/// known login actions ask for, for reports.
public enum OIDCAudiences {
    /// Action → (input that sets the audience, the audience when it is not set).
    public static let table: [String: (input: String, defaultAudience: String)] = [
        "aws-actions/configure-aws-credentials": ("audience", "sts.amazonaws.com"),
        "everpcpc/tencentcloud-oidc-auth": ("audience", "sts.tencentcloudapi.com"),
        "azure/login": ("audience", "api://AzureADTokenExchange"),
        "pypa/gh-action-pypi-publish": ("", "pypi"),
    ]

    /// The audiences the job's steps request, in step order, without repeats.
    public static func requested(by job: Job) -> [String] {
        var result: [String] = []
        for step in job.steps {
            guard let name = step.uses?.actionName, let entry = table[name] else { continue }
            let audience = entry.input.isEmpty ? entry.defaultAudience : (step.inputs[entry.input].flatMap { $0.isEmpty ? nil : $0 } ?? entry.defaultAudience)
            if !result.contains(audience) { result.append(audience) }
        }
        return result
    }
}
