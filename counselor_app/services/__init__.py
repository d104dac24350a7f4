"""Use cases over the case log; own the unit of work; no Qt."""
