"""Key derivation, key slots and secret handling. No Qt, no database code."""
