import ArgumentParser

/// `--strict`, for every command that runs the plugins: any problem a plugin had, or a route or
/// deadline the schedule could not work out, ends the command with exit code 1 once its output is
/// written (scripts and CI can then refuse a workspace that would send units wrong dates).
struct ProblemOptions: ParsableArguments {
    @Flag(help: "Exit with code 1 when a plugin had a problem or a route could not be resolved (the output is still written).")
    var strict = false
}
