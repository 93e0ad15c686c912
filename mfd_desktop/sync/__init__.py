"""Pushing released statistics to the central server. No Qt."""
