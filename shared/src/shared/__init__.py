"""Contracts and plumbing shared by every service; no business rules live here."""
