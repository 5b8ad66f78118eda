import AccessGraph
import TencentCloud

extension AnalysisContext {
    /// The Tencent Cloud model and authorizer, when Tencent Cloud inputs were read.
    var tencentCloud: (model: TencentCloudModel, authorizer: CAMAuthorizer)? {
        guard let model = model(TencentCloudModel.self, of: .tencentcloud) else { return nil }
        let authorizer = graph.authorizers[.tencentcloud] as? CAMAuthorizer ?? CAMAuthorizer(model: model)
        return (model, authorizer)
    }
}
