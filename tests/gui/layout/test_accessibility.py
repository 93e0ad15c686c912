"""What a screen reader and a keyboard user meet: every page and every dialog the
screenshot modules know (`page_registry.screenshot_modules()`), on the demo data.

- Every control that takes the focus (focus policy not NoFocus, visible, enabled) has
  a name as a screen reader sees it: `QAccessible.queryAccessibleInterface(w).text(Name)`
  — from its text, its accessibleName or the QLabel whose buddy it is.
- Every action of the main window's menus and tool bars is reachable by keyboard: it has
  a shortcut or sits in the menu bar, whose menus open with Alt + their letter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from mfd_desktop.gui import page_registry
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.gui.today.today_page import TodayPage


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin box, date edit or editable combo box: the screen reader
    announces the outer control, which is checked itself."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable, visible, enabled controls under `root` (itself included) without a name."""
    QApplication.processEvents()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root)
                or not widget.isEnabled() or _inner_part(widget) or widget.isWindow()
                and widget is not root):
            continue
        if widget.focusProxy() is not None:  # e.g. a tab widget hands the focus to its
            continue                        # tab bar, which is checked itself
        if isinstance(widget, QTabBar) and all(widget.tabText(i) for i in range(widget.count())):
            continue  # each tab is named by its title
        if not accessible_name(widget):
            found.append(f"{widget.metaObject().className()} {widget.objectName() or '?'}")
    return found


def _each_tab(root: QWidget):
    """Show every tab of every tab widget under `root` once (their controls are only
    visible on their own tab)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isVisibleTo(root) and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                yield


@pytest.fixture
def window(demo_ctx, qtbot):
    win = MainWindow(demo_ctx, watch_session=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    today = win.findChild(TodayPage)
    qtbot.waitUntil(lambda: today.data is not None, timeout=15_000)
    return win


def test_every_control_of_every_page_has_a_name(window, qtbot):
    missing = []
    for entry in page_registry.NAVIGATION:
        page = window.shell.show_page(entry.key)
        qtbot.wait(50)
        for _ in _each_tab(page):
            missing += [f"{entry.key}: {m}" for m in unnamed_controls(page)]
    assert not missing, "\n".join(sorted(set(missing)))


def test_every_control_of_every_dialog_has_a_name(window, demo_ctx, qtbot):
    missing = []
    shot_count = 0
    for module in page_registry.screenshot_modules():
        for name, widget in module.shots(demo_ctx):
            shot_count += 1
            widget.show()
            qtbot.wait(20)
            for _ in _each_tab(widget):
                missing += [f"{name}: {m}" for m in unnamed_controls(widget)]
            widget.close()
            widget.deleteLater()
    assert shot_count > 20  # the modules were found and gave their windows
    # and the dialogs of the window's menus (scripts/screenshots.py shoots them itself)
    from mfd_desktop.gui.about_dialog import AboutDialog
    from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
    from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog
    for dialog_class in (ChangePassphraseDialog, NewRecoveryKeyDialog, AboutDialog):
        dialog = dialog_class(demo_ctx, window)
        dialog.show()
        qtbot.wait(20)
        for _ in _each_tab(dialog):
            missing += [f"{dialog_class.__name__}: {m}" for m in unnamed_controls(dialog)]
        dialog.reject()
    assert not missing, "\n".join(sorted(set(missing)))


def test_every_action_is_reachable_by_keyboard(window):
    menu_bar = window.menuBar()
    in_menu_bar = set()
    problems = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            in_menu_bar.add(action)
            if action.menu() is not None:
                walk(action.menu())
            elif "&" not in action.text() and action.shortcut().isEmpty():
                problems.append(f"menu item without letter or shortcut: {action.text()!r}")

    for action in menu_bar.actions():
        assert "&" in action.text(), f"menu {action.text()!r} opens with no Alt+letter"
        if action.menu() is not None:
            walk(action.menu())
    assert in_menu_bar, "the window has menus"
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if not isinstance(bar.widgetForAction(action), QToolButton):
                continue  # a widget in the bar (the spacer), no action to trigger
            if action not in in_menu_bar and action.shortcut().isEmpty():
                problems.append(f"tool bar action only by mouse: {action.text()!r}")
    assert not problems, "\n".join(problems)
