"""contacts adapters."""
