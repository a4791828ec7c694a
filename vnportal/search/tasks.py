"""Celery entry point for a full rebuild, so operators can run it off the web workers (e.g. nightly
after the national procedure sync, whose bulk writes send no signals)."""

from celery import shared_task


@shared_task(name="vnportal.search.tasks.rebuild_search_index", ignore_result=True)
def rebuild_search_index() -> int:
    from .indexing import rebuild

    return rebuild()
