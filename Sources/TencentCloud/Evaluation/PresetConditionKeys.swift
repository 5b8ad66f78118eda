/// The built-in table for condition keys whose meaning lives outside the policy text.
///
/// Two Tencent Cloud preset policies are written as `*` on `*` narrowed by a key the service
/// computes from the action:
/// - `ReadOnlyAccess` uses `qcs:read_only_action`: true for read-only APIs. We read the API
///   name's verb: `Describe`, `List`, `Get`, `Query`, `Inquire`, `Inquiry`, `Check`, `Search`
///   are read-only; `Create`, `Delete`, `Modify`, `Update`, `Attach`, `Detach`,
///   `Put`, `Set`, `Add`, `Remove`, `Reset`, `Enable`, `Disable`, `Push`, `Start`, `Stop`,
///   `Run`, `Bind`, `Unbind`, `Upload`, `Apply`, `Acquire`, `Assume`, `Consume`, `Change`,
///   `Update` … are not. Any other verb is left to the request's context, never guessed.
/// - `QCloudResourceFullAccess` uses `qcs:except_cam_finance`: true for every service except CAM
///   and the finance/billing services (`cam`, `finance`, `billing`, `account`, `trade`).
public enum PresetConditionKeys {
    /// The verbs of read-only APIs.
    public static let readOnlyVerbs = ["Describe", "List", "Get", "Query", "Inquire", "Inquiry", "Check", "Search"]
    /// The verbs of APIs that change something.
    public static let writeVerbs = [
        "Create", "Delete", "Modify", "Update", "Attach", "Detach", "Put", "Set", "Add", "Remove", "Reset", "Enable",
        "Disable", "Push", "Start", "Stop", "Run", "Bind", "Unbind", "Upload", "Apply", "Acquire", "Assume", "Consume",
        "Change", "Renew", "Terminate", "Restart", "Associate", "Disassociate", "Import", "Install", "Uninstall",
        "Send", "Grant", "Revoke", "Rotate", "Rollback", "Replace", "Move", "Copy", "Pull", "Post", "Upgrade", "Purchase",
    ]
    /// The services `qcs:except_cam_finance` excludes.
    public static let camAndFinanceServices: Set<String> = ["cam", "finance", "billing", "account", "trade"]

    /// The value of a derived key for an action: `.some(value)` when the table decides it,
    /// `.some(nil)` when the key is derived but the table cannot decide, nil for other keys.
    public static func value(of key: String, forAction action: String) -> String?? {
        let bare = CAMActionPattern.removingPrefix(action)
        let parts = bare.split(separator: ":", maxSplits: 1).map(String.init)
        let service = parts.first?.lowercased() ?? ""
        let name = parts.count == 2 ? parts[1] : ""
        switch key {
        case "qcs:read_only_action":
            if readOnlyVerbs.contains(where: { name.hasPrefix($0) }) { return .some("true") }
            if writeVerbs.contains(where: { name.hasPrefix($0) }) { return .some("false") }
            return .some(nil)
        case "qcs:except_cam_finance":
            return .some(camAndFinanceServices.contains(service) ? "false" : "true")
        default:
            return nil
        }
    }
}
