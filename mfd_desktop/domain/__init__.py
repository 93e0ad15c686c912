"""Case records, reference value lists and rules (deadlines). No Qt."""
