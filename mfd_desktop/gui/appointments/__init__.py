"""Termine: the week page, the appointment dialog, recording and calendar (.ics) dialogs."""
