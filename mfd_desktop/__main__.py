"""`python -m mfd_desktop` opens the desktop app."""

from mfd_desktop.gui.app import main

raise SystemExit(main())
