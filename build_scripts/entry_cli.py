"""PyInstaller entry point of the administrators' command line (`mfd`), shipped beside the app."""

from mfd_desktop.cli.main import main

raise SystemExit(main())
