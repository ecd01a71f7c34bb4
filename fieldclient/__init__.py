"""Offline-first police field client."""
