"""Reviewing a map: the checks a reviewer would point out. No Qt."""
