"""Plain-Python core: entities, code lists, rules, classifier, routing and scrubbing (no Qt, ORM or I/O)."""
