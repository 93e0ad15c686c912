"""Fristen: the rules, the calculator, stored deadlines and Wiedervorlagen. No Qt."""
