import Testing
@testable import LeastPrivCLI
