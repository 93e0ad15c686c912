"""Termine: appointments, local outreach places, imported calendar events, iCalendar."""
