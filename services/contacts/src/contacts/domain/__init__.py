"""contacts domain."""
