"""portal service layer."""
