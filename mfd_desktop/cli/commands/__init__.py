"""One module per group of `mfd` subcommands. Each defines `register(subparsers, common)`."""
