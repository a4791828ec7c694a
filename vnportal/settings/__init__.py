"""Settings package: base, dev (embedded default), test and production.

Environment variables are read only here, through :mod:`vnportal.settings.env`.
"""
