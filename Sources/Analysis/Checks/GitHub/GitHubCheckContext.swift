import AccessGraph
import GitHub

extension AnalysisContext {
    /// The GitHub importer's model, empty when no GitHub input was read.
    var gitHub: GitHubModel {
        model(GitHubModel.self, of: .github) ?? GitHubModel()
    }

    /// Every analysed job with its workflow.
    var gitHubJobs: [(workflow: Workflow, job: AnalysedJob)] {
        gitHub.workflows.flatMap { analysed in analysed.jobs.map { (analysed.workflow, $0) } }
    }
}
