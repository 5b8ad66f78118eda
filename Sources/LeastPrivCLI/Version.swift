/// The released version of leastpriv.
public enum LeastPrivVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
