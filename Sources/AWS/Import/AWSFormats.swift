import AccessGraph

/// The AWS input formats, as listed by `leastpriv` and documented in `docs/formats.md`.
public enum AWSFormats {
    /// `aws iam get-account-authorization-details`.
    public static let authorizationDetails = InputFormat(id: "aws.authorization-details", provider: .aws, title: "aws iam get-account-authorization-details output")
    /// `aws iam generate-credential-report` / `get-credential-report` (decoded CSV).
    public static let credentialReport = InputFormat(id: "aws.credential-report", provider: .aws, title: "IAM credential report (CSV, or get-credential-report JSON)")
    /// A standalone policy document (identity, resource or trust).
    public static let policy = InputFormat(id: "aws.policy", provider: .aws, title: "IAM policy document (JSON)")
    /// `aws organizations describe-policy` (an SCP or RCP).
    public static let organizationsPolicy = InputFormat(id: "aws.organizations-policy", provider: .aws, title: "aws organizations describe-policy output (SCP or RCP)")
    /// `aws ecr get-repository-policy`.
    public static let ecrRepositoryPolicy = InputFormat(id: "aws.ecr-repository-policy", provider: .aws, title: "aws ecr get-repository-policy output")
    /// `aws s3api get-bucket-policy`.
    public static let bucketPolicy = InputFormat(id: "aws.s3-bucket-policy", provider: .aws, title: "aws s3api get-bucket-policy output")
    /// `aws iam list-open-id-connect-providers`.
    public static let openIDConnectProviders = InputFormat(id: "aws.oidc-providers", provider: .aws, title: "aws iam list-open-id-connect-providers output")

    /// Every format, in the order documented.
    public static let all = [authorizationDetails, credentialReport, policy, organizationsPolicy, ecrRepositoryPolicy, bucketPolicy, openIDConnectProviders]
}
