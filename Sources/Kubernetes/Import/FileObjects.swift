/// What one file contributed, kept apart until the whole file has read without error (a file that
/// fails contributes nothing).
struct FileObjects: Sendable {
    var clusterRoles: [RBACRole] = []
    var roles: [RBACRole] = []
    var clusterRoleBindings: [RBACBinding] = []
    var roleBindings: [RBACBinding] = []
    var serviceAccounts: [ServiceAccount] = []
    var namespaces: [NamespaceObject] = []
    var workloads: [Workload] = []
    var cloudMappings: [CloudIdentityMapping] = []
}
