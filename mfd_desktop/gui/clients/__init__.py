"""The Klient*innen page: list, search, new client, CSV import."""
