"""The case view of one client and its tabs."""
