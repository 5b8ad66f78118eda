/// A way for a principal to gain another principal's permissions (or to grant itself any), as
/// data: the actions it needs, and what it reaches.
public struct EscalationTechnique: Sendable, Hashable {
    /// What the technique reaches.
    public enum Target: Sendable, Hashable {
        /// Another user, whose credentials the technique mints (`iam:CreateAccessKey`).
        case otherUser
        /// A group the principal can join.
        case group
        /// A role whose trust policy the principal can rewrite.
        case roleTrust
        /// The principal itself, which can grant itself any permission.
        case itself
        /// A role passed to a service that runs the principal's code (`iam:PassRole`), the role
        /// trusting that service.
        case passedRole(service: String)
    }

    /// A stable id (`iam-create-access-key`, `passrole-lambda`).
    public var id: String
    /// The action acting on the target (checked on the target's ARN), if any.
    public var targetAction: String?
    /// Further actions the principal must be allowed (on any resource it can name).
    public var otherActions: [String]
    /// What it reaches.
    public var target: Target

    /// Makes a technique.
    public init(id: String, targetAction: String?, otherActions: [String] = [], target: Target) {
        self.id = id
        self.targetAction = targetAction
        self.otherActions = otherActions
        self.target = target
    }
}

/// The escalation techniques leastpriv evaluates: the IAM self-escalations and the `iam:PassRole`
/// families (the list PMapper and Rhino Security Labs document), each evaluated over the union
/// of a principal's policies through boundaries and SCPs by the authorizer.
public enum EscalationTechniques {
    /// Every technique.
    public static let all: [EscalationTechnique] = [
        EscalationTechnique(id: "iam-create-access-key", targetAction: "iam:CreateAccessKey", target: .otherUser),
        EscalationTechnique(id: "iam-create-login-profile", targetAction: "iam:CreateLoginProfile", target: .otherUser),
        EscalationTechnique(id: "iam-update-login-profile", targetAction: "iam:UpdateLoginProfile", target: .otherUser),
        EscalationTechnique(id: "iam-add-user-to-group", targetAction: "iam:AddUserToGroup", target: .group),
        EscalationTechnique(id: "iam-update-assume-role-policy", targetAction: "iam:UpdateAssumeRolePolicy", target: .roleTrust),
        EscalationTechnique(id: "iam-attach-user-policy", targetAction: "iam:AttachUserPolicy", target: .itself),
        EscalationTechnique(id: "iam-put-user-policy", targetAction: "iam:PutUserPolicy", target: .itself),
        EscalationTechnique(id: "iam-attach-role-policy", targetAction: "iam:AttachRolePolicy", target: .itself),
        EscalationTechnique(id: "iam-put-role-policy", targetAction: "iam:PutRolePolicy", target: .itself),
        EscalationTechnique(id: "iam-create-policy-version", targetAction: "iam:CreatePolicyVersion", target: .itself),
        EscalationTechnique(id: "iam-set-default-policy-version", targetAction: "iam:SetDefaultPolicyVersion", target: .itself),
        EscalationTechnique(id: "passrole-lambda", targetAction: "iam:PassRole", otherActions: ["lambda:CreateFunction", "lambda:InvokeFunction"], target: .passedRole(service: "lambda.amazonaws.com")),
        EscalationTechnique(id: "passrole-lambda-event-source", targetAction: "iam:PassRole", otherActions: ["lambda:CreateFunction", "lambda:CreateEventSourceMapping"], target: .passedRole(service: "lambda.amazonaws.com")),
        EscalationTechnique(id: "passrole-ec2", targetAction: "iam:PassRole", otherActions: ["ec2:RunInstances"], target: .passedRole(service: "ec2.amazonaws.com")),
        EscalationTechnique(id: "passrole-cloudformation", targetAction: "iam:PassRole", otherActions: ["cloudformation:CreateStack"], target: .passedRole(service: "cloudformation.amazonaws.com")),
        EscalationTechnique(id: "passrole-codebuild", targetAction: "iam:PassRole", otherActions: ["codebuild:CreateProject", "codebuild:StartBuild"], target: .passedRole(service: "codebuild.amazonaws.com")),
        EscalationTechnique(id: "passrole-glue", targetAction: "iam:PassRole", otherActions: ["glue:CreateDevEndpoint"], target: .passedRole(service: "glue.amazonaws.com")),
        EscalationTechnique(id: "passrole-sagemaker", targetAction: "iam:PassRole", otherActions: ["sagemaker:CreateNotebookInstance"], target: .passedRole(service: "sagemaker.amazonaws.com")),
        EscalationTechnique(id: "passrole-ecs", targetAction: "iam:PassRole", otherActions: ["ecs:RegisterTaskDefinition", "ecs:RunTask"], target: .passedRole(service: "ecs-tasks.amazonaws.com")),
        EscalationTechnique(id: "passrole-datapipeline", targetAction: "iam:PassRole", otherActions: ["datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline"], target: .passedRole(service: "datapipeline.amazonaws.com")),
        EscalationTechnique(id: "passrole-autoscaling", targetAction: "iam:PassRole", otherActions: ["autoscaling:CreateLaunchConfiguration", "autoscaling:CreateAutoScalingGroup"], target: .passedRole(service: "ec2.amazonaws.com")),
    ]
}
