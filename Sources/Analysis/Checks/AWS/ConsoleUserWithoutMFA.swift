import AWS
import AccessGraph

/// Flags IAM users (and the root user) who sign in to the console with a password and have no
/// MFA device.
struct ConsoleUserWithoutMFA: Check {
    static let description = CheckDescription(
        id: "LP0106", slug: "aws-console-user-without-mfa",
        title: "Console user without MFA",
        category: .mfaGap, severity: .high,
        rationale: """
            A password alone is phished, reused and guessed. A console user without an MFA device \
            is one leaked password away from everything its policies allow.
            """,
        remediation: "Enrol an MFA device (preferably a FIDO2 key) and deny actions without MFA (`BoolIfExists aws:MultiFactorAuthPresent false`).",
        triggering: [
            CheckExample(file: "credential-report.csv", """
                user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_2_active
                bob,arn:aws:iam::111122223333:user/bob,2024-03-12T14:05:00+00:00,true,2026-05-28T17:02:00+00:00,⚑false,false,false
                """),
        ],
        nonTriggering: [
            CheckExample(file: "credential-report.csv", """
                user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_2_active
                alice,arn:aws:iam::111122223333:user/alice,2024-02-01T09:30:00+00:00,true,2026-05-30T08:55:00+00:00,true,false,false
                ci-bot,arn:aws:iam::111122223333:user/ci-bot,2023-11-02T10:00:00+00:00,false,N/A,false,true,false
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.graph.sortedPrincipals.compactMap { principal -> Finding? in
            guard principal.provider == .aws, principal.kind == .user || principal.kind == .account,
                  principal.human == .human, principal.mfa.status == .none else { return nil }
            let what = principal.kind == .account ? "root user of account `\(principal.displayName)`" : "user `\(principal.displayName)`"
            return finding(
                message: "\(what) signs in with a password and has no MFA device",
                principal: principal.id.rawValue, locations: [principal.mfa.location ?? principal.provenance],
                anchor: "mfa:\(principal.id.rawValue)")
        }
    }
}
