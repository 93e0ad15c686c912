"""Python modules compiled from the Qt Designer forms in ui/ (build output, git-ignored).

`scripts/compile_forms.py` writes `ui_<name>.py` for every `ui/<name>.ui`
(pyside6-uic); scripts/setup.sh, build_scripts/build.sh and the tests run it. Do not
edit these modules: change the form (Qt Designer: `pyside6-designer ui/<name>.ui`).
"""
