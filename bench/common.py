"""Helpers shared by the benchmark scripts (run as ``python bench/<name>.py``, so this directory is
on ``sys.path``): whether a loopback service answers, and admin SQL on the local PostgreSQL."""

import socket
import subprocess

PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


def answers(port: int, host: str = "127.0.0.1") -> bool:
    """True when something accepts TCP connections on ``host:port`` (loopback only)."""
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def psql(sql: str) -> None:
    """One statement as the ``postgres`` superuser (creating and dropping scratch databases)."""
    subprocess.run(["psql", PG_ADMIN, "-q", "-c", sql], check=True, capture_output=True)
