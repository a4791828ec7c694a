"""WSGI entry point (gunicorn vnportal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vnportal.settings.production")
application = get_wsgi_application()
