"""The settings page, panel and dialog, and the case-number settings tab."""
