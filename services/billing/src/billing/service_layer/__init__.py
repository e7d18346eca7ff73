"""billing service layer."""
