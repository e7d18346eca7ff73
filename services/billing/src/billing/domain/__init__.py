"""billing domain."""
