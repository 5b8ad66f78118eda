/// What one action needs from the `GITHUB_TOKEN`, and why: one entry of our needs table.
public struct ActionNeed: Sendable, Hashable {
    /// `owner/repo` or `owner/repo/path`, lower case, without the ref.
    public var action: String
    /// The scopes it needs in its usual use.
    public var needs: TokenPermissions
    /// Why: what the action does with each scope.
    public var reason: String
    /// The input that carries the token (`github-token`), if the action takes one: when that
    /// input is given something other than the `GITHUB_TOKEN`, the action does not use our token.
    public var tokenInput: String?
    /// Refinements that depend on the step's inputs.
    public var refinement: Refinement

    /// Input-dependent needs.
    public enum Refinement: Sendable, Hashable {
        /// The needs do not depend on inputs.
        case none
        /// `id-token: write` only when this input is set (`role-to-assume`).
        case oidcWhenInputSet(String)
        /// `id-token: write` unless this input is set (`password` for PyPI).
        case oidcUnlessInputSet(String)
        /// This scope and level only when this input passes the GITHUB_TOKEN (`github-token` of
        /// `actions/download-artifact`, for another run's artifacts).
        case whenInputPassesToken(String, TokenScope, AccessLevel)
        /// `packages: write` only when the `registry` input names `ghcr.io`.
        case packagesWhenRegistryIsGHCR
    }

    /// Makes an entry.
    public init(_ action: String, _ needs: [TokenScope: AccessLevel], tokenInput: String? = nil, refinement: Refinement = .none, reason: String) {
        self.action = action
        self.needs = TokenPermissions(needs)
        self.reason = reason
        self.tokenInput = tokenInput
        self.refinement = refinement
    }

    /// The needs for one step's inputs.
    public func needs(with inputs: [String: String]) -> TokenPermissions {
        var result = needs
        if let tokenInput, let given = inputs[tokenInput], !ActionNeedsTable.mentionsGitHubToken(given) {
            // The action authenticates with another token; only what the job itself requests stays.
            result = TokenPermissions([.idToken: result.level(of: .idToken)])
        }
        switch refinement {
        case .none: break
        case .oidcWhenInputSet(let input):
            if inputs[input].map({ !$0.isEmpty }) ?? false { result.set(.idToken, to: .write) }
        case .oidcUnlessInputSet(let input):
            if inputs[input].map({ !$0.isEmpty }) ?? false { result.set(.idToken, to: .none) } else { result.set(.idToken, to: .write) }
        case .whenInputPassesToken(let input, let scope, let level):
            if let given = inputs[input], ActionNeedsTable.mentionsGitHubToken(given) { result.set(scope, to: level) }
        case .packagesWhenRegistryIsGHCR:
            if (inputs["registry"] ?? "").lowercased().contains("ghcr.io"),
               ActionNeedsTable.mentionsGitHubToken(inputs["password"] ?? "") {
                result.set(.packages, to: .write)
            }
        }
        return result
    }
}
