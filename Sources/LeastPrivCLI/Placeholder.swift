/// Placeholder.
enum CLIPlaceholder {}
