"""Case work GUI: clients, case view, Heute and Fristen pages."""
