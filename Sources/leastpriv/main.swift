import Foundation
import LeastPrivCLI

let code = LeastPrivCommandLine.run(Array(CommandLine.arguments.dropFirst()), session: Session(console: .process()))
exit(code.rawValue)
