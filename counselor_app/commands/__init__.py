"""Subcommands of `counselor`; each module adds its parser with ``register(commands)``."""
