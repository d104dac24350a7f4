"""Repositories: functions over one Session that take and return domain objects."""
