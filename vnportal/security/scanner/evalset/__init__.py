"""Labelled evaluation set for the malicious-content scanner; see build.py."""
