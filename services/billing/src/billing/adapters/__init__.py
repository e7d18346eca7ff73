"""billing adapters."""
