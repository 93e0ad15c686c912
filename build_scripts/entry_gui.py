"""PyInstaller entry point of the windowed app (`mfd-desktop`, also `--self-test`)."""

from mfd_desktop.gui.app import main

raise SystemExit(main())
