/// Placeholder.
enum ReportsPlaceholder {}
