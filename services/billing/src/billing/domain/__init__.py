"""billing domain: money rules, no I/O."""
