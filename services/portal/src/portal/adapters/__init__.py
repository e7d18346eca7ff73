"""portal adapters."""
