"""An area module whose own import fails: the registry must not hide that bug."""

import mfd_desktop.gui.does_not_exist_either  # noqa: F401

Cls = object
