"""contacts service layer."""
