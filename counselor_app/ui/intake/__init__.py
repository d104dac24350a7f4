"""Guided intake: the step-by-step case entry used while on the phone."""
