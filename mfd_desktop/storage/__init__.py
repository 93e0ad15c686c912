"""The encrypted vault: SQLCipher connection, migrations, and the Vault object. No Qt."""
