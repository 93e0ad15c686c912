"""Helpers of the case view's extension point (`case_view.CASE_TABS`): which tabs are
built per case, and building one without letting another area's bug close the case."""

from __future__ import annotations

import inspect
import logging

from PySide6.QtWidgets import QWidget

log = logging.getLogger("mfd.gui.cases.case_view")


def needs_client_id(cls: type) -> bool:
    """True for a tab built anew for each case (`Cls(ctx, client_id, parent)`)."""
    try:
        parameter = inspect.signature(cls.__init__).parameters.get("client_id")
    except (TypeError, ValueError):
        return False
    return (parameter is not None and parameter.default is inspect.Parameter.empty
            and parameter.kind in (inspect.Parameter.POSITIONAL_ONLY,
                                   inspect.Parameter.POSITIONAL_OR_KEYWORD))


def build_tab(view, target: str, cls: type, client_id: int | None) -> QWidget | None:
    """The tab `cls` for the case view `view` (None if it fails to start); its `changed`
    and `case_deleted` signals reach the view; `open_consents` shows the Einwilligungen tab."""
    try:
        tab = cls(view.ctx, view) if client_id is None else cls(view.ctx, client_id, view)
    except Exception as exc:  # another area's bug must not close the case
        log.error("case tab %s failed to start: %s", target, type(exc).__name__)
        return None
    if hasattr(tab, "changed"):
        tab.changed.connect(lambda *_args: view._children_changed())
    if hasattr(tab, "case_deleted"):
        tab.case_deleted.connect(lambda *_args: view._case_deleted())
    if hasattr(tab, "open_consents"):
        tab.open_consents.connect(lambda *_args: view.show_consents())
    return tab
