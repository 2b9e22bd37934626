import Foundation

/// Writes a line to standard error, where diagnostics go.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes a line to standard output at once, not through `print`'s buffer: on a pipe, each
/// file's result of `ingest` is out before the next file's problems, and a kill loses none.
func printLine(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
