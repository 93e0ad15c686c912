"""Data-subject rights (DSGVO Art. 15–18) and Löschfristen (retention). No Qt."""
