import AccessGraph

/// The capability table for AWS actions (DESIGN §4): which actions give which capability.
/// `admin` is not an action's capability but a grant's: `*` on `*` (see ``isAdministrator(_:)``).
///
/// Patterns are IAM action globs, matched case-insensitively; `AWSCapabilitiesTests` checks that
/// every name without a wildcard exists in the action catalog, so a typo cannot hide a capability.
public enum AWSCapabilities {
    /// The table, one row per capability.
    public static let table: [(capability: Capability, actions: [String])] = [
        (.identityAdmin, [
            "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:PutUserPolicy",
            "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
            "iam:UpdateAssumeRolePolicy", "iam:AddUserToGroup", "iam:PutUserPermissionsBoundary",
            "iam:DeleteUserPermissionsBoundary", "iam:PutRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary",
            "iam:DetachUserPolicy", "iam:DetachGroupPolicy", "iam:DetachRolePolicy", "iam:DeleteUserPolicy",
            "iam:DeleteRolePolicy", "iam:DeleteGroupPolicy", "iam:CreateRole", "iam:CreateUser",
            "organizations:AttachPolicy", "organizations:DetachPolicy", "organizations:UpdatePolicy",
            "sso:PutInlinePolicyToPermissionSet", "sso:AttachManagedPolicyToPermissionSet", "sso:CreateAccountAssignment",
        ]),
        (.identityAssume, [
            "sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "sts:GetFederationToken",
            "iam:PassRole",
        ]),
        (.credentialsCreate, [
            "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:CreateServiceSpecificCredential",
            "iam:ResetServiceSpecificCredential", "iam:UploadSSHPublicKey", "iam:UploadSigningCertificate",
            "iam:CreateVirtualMFADevice", "iam:DeactivateMFADevice",
        ]),
        (.secretsRead, [
            "secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue", "ssm:GetParameter", "ssm:GetParameters",
            "ssm:GetParametersByPath", "ssm:GetParameterHistory", "kms:Decrypt",
        ]),
        (.registryPush, [
            "ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
            "ecr-public:PutImage", "codeartifact:PublishPackageVersion",
        ]),
        (.registryAdmin, [
            "ecr:SetRepositoryPolicy", "ecr:DeleteRepositoryPolicy", "ecr:PutRegistryPolicy", "ecr:DeleteRegistryPolicy",
            "ecr:PutReplicationConfiguration", "ecr:PutImageTagMutability", "ecr:DeleteRepository", "ecr:BatchDeleteImage",
            "ecr-public:SetRepositoryPolicy", "codeartifact:PutRepositoryPermissionsPolicy",
        ]),
        (.pipelineModify, [
            "codebuild:CreateProject", "codebuild:UpdateProject", "codepipeline:CreatePipeline", "codepipeline:UpdatePipeline",
            "cloudformation:UpdateStack", "cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet",
        ]),
        (.pipelineRun, [
            "codebuild:StartBuild", "codebuild:StartBuildBatch", "codebuild:RetryBuild", "codepipeline:StartPipelineExecution",
            "codepipeline:RetryStageExecution",
        ]),
        (.codeWrite, [
            "codecommit:GitPush", "codecommit:PutFile", "codecommit:CreateCommit", "codecommit:MergeBranchesByFastForward",
            "codecommit:MergePullRequestByFastForward", "codecommit:DeleteBranch",
        ]),
        (.workloadRun, [
            "lambda:CreateFunction", "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "ec2:RunInstances",
            "ecs:RunTask", "ecs:StartTask", "ecs:RegisterTaskDefinition", "ecs:UpdateService", "ssm:SendCommand", "ssm:StartSession",
            "glue:CreateDevEndpoint", "glue:UpdateDevEndpoint", "glue:CreateJob", "sagemaker:CreateNotebookInstance",
            "sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob", "cloudformation:CreateStack",
            "datapipeline:CreatePipeline", "autoscaling:CreateLaunchConfiguration", "ec2:CreateLaunchTemplateVersion",
            "eks:CreateNodegroup",
        ]),
        (.auditTamper, [
            "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors",
            "logs:DeleteLogGroup", "logs:DeleteLogStream", "logs:PutRetentionPolicy", "config:StopConfigurationRecorder",
            "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "guardduty:DeleteDetector",
            "guardduty:UpdateDetector", "securityhub:DisableSecurityHub",
        ]),
        (.dataRead, [
            "s3:GetObject", "s3:GetObjectVersion", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
            "dynamodb:Scan", "sqs:ReceiveMessage", "kinesis:GetRecords", "rds-data:ExecuteStatement", "athena:GetQueryResults",
        ]),
        (.dataWrite, [
            "s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion", "dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "sqs:SendMessage", "kinesis:PutRecord", "kinesis:PutRecords",
            "rds-data:ExecuteStatement", "sns:Publish",
        ]),
    ]

    /// Lowercased action name → capabilities, built once.
    private static let byAction: [String: Set<Capability>] = {
        var result: [String: Set<Capability>] = [:]
        for (capability, actions) in table {
            for action in actions { result[action.lowercased(), default: []].insert(capability) }
        }
        return result
    }()

    /// The capabilities one action gives.
    public static func capabilities(of action: String) -> Set<Capability> {
        byAction[action.lowercased()] ?? []
    }

    /// The capabilities an `Action` pattern gives: every capability of an action it matches in the
    /// table (`iam:*` gives identity.admin, identity.assume and credentials.create).
    public static func capabilities(of pattern: ActionPattern) -> Set<Capability> {
        var result: Set<Capability> = []
        for (capability, actions) in table where actions.contains(where: pattern.matches) {
            result.insert(capability)
        }
        return result
    }

    /// Whether a statement grants everything: `Allow` of `*` on `*`.
    public static func isAdministrator(_ statement: PolicyStatement) -> Bool {
        statement.effect == .allow && !statement.actions.isNegated && statement.actions.patterns.contains { $0.glob.matchesEverything }
            && (statement.resources.map { !$0.isNegated && $0.patterns.contains { $0.compiled?.matchesEverything == true } } ?? false)
    }
}
