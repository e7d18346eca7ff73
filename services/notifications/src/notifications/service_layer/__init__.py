"""notifications service layer."""
