"""The `mfd` command line: the administrators' and automation's interface.

Each module in `mfd_desktop.cli.commands` registers its subcommands with
`register(subparsers, common)`; `main()` finds them all. Commands, options and exit
codes are a stable interface documented in README.md.
"""
