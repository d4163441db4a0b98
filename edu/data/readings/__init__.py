"""Readings shipped as package data (scripts/build_shipped_readings.py, edu.text.reading)."""
