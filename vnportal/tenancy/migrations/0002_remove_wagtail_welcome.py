"""Remove Wagtail's default 'localhost' site and welcome page: every site here belongs to a portal."""

from django.db import migrations


def remove_defaults(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    Site.objects.filter(hostname="localhost", port=80, site_name__in=["", None]).delete()
    Site.objects.filter(hostname="localhost", port=80, root_page__slug="home").delete()
    for page in Page.objects.filter(depth=2, slug="home", content_type__model="page"):
        if not Page.objects.filter(path__startswith=page.path, depth__gt=2).exists():
            page.delete()
            root = Page.objects.get(depth=1)
            root.numchild = Page.objects.filter(depth=2).count()
            root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [("tenancy", "0001_initial"), ("wagtailcore", "0001_initial")]
    run_before = []
    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
