"""GUI for document checklists: the Checklisten page (Offene Unterlagen, templates) and the
case tab (`case_tab.ChecklistsTab`). Strings are English sources, German via .ts files."""
