"""PyInstaller entry point of the windowed app (`mfd-desktop`, also `--self-test`).

`mfd-desktop --cli ARGS` runs the administrators' command line `mfd ARGS` from the same
program; on Linux and macOS the `mfd` script in the build folder does just that, so the
bundle needs only one copy of the program archive.
"""

import sys

if len(sys.argv) > 1 and sys.argv[1] == "--cli":
    from mfd_desktop.cli.main import main as cli_main

    raise SystemExit(cli_main(sys.argv[2:]))

from mfd_desktop.gui.app import main  # noqa: E402

raise SystemExit(main())
