import Testing
@testable import LeastPrivCLI

/// `--help` of the tool and of every command is golden-tested: it is the documentation users
/// read first. `UPDATE_GOLDENS=1 swift test --filter HelpTests` rewrites the files.
struct HelpTests {
    @Test func toolHelp() throws {
        let run = CommandRun(["--help"])
        #expect(run.code == .success)
        #expect(try matchesGolden(run.output, "help/leastpriv.txt"))
        #expect(CommandRun(["help"]).output == run.output)
    }

    @Test(arguments: LeastPrivCommandLine.commands.map(\.spec.name))
    func commandHelp(_ name: String) throws {
        let run = CommandRun([name, "--help"])
        #expect(run.code == .success)
        #expect(run.error.isEmpty)
        #expect(try matchesGolden(run.output, "help/\(name).txt"), "help of \(name) differs from its golden file")
        #expect(CommandRun(["help", name]).output == run.output)
        #expect(CommandRun([name, "-h"]).output == run.output)
    }

    @Test func everyOptionIsDocumented() {
        for command in LeastPrivCommandLine.commands {
            let help = HelpRenderer.help(for: command.spec)
            for option in command.spec.options {
                #expect(help.contains("--\(option.name)"), "\(command.spec.name) --\(option.name)")
                #expect(!option.help.isEmpty)
            }
        }
    }

    @Test func version() {
        let run = CommandRun(["--version"])
        #expect(run.code == .success)
        #expect(run.output == "leastpriv \(LeastPrivVersion.current)\n")
    }
}
