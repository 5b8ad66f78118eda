import Testing
@testable import AccessGraph
