"""Case work: clients, consultations, case numbers, search, CSV import, the case
timeline, Kurzkontakte and Strukturarbeit. No Qt."""
