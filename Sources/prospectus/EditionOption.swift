import ArgumentParser
import Catalogue

/// `--edition`: which edition `build` publishes and `check` checks.
struct EditionOption: ParsableArguments {
    @Option(help: "Which edition: staff (everything), or partners (courses offered to partner schools, at partner prices, nothing internal).")
    var edition: Edition = .staff
}

extension Edition: ExpressibleByArgument {}
