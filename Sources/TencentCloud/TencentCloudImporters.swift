import AccessGraph

/// The importers of the `tencentcloud` provider, registered with the audit pipeline.
///
/// One importer reads every Tencent Cloud format (bundle, tccli outputs, CAM policies).
public enum TencentCloudImporters {
    /// Every importer this provider offers.
    public static let all: [any Importer] = [TencentCloudImporter()]
}
