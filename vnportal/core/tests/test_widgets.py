import re

from django import forms
from django.test import SimpleTestCase

from vnportal.core.widgets import QuickSelect

CHOICES = [("", "Tất cả"), ("a&b", "<b>Xã</b> & phường"), ("c", "Cổng C")]


def _normalised(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


class QuickSelectTests(SimpleTestCase):
    def test_same_html_as_django_select(self):
        for value in ("a&b", "", None, "nope"):
            with self.subTest(value=value):
                django_html = forms.Select(choices=CHOICES).render("cong", value, {"id": "id_cong"})
                quick_html = QuickSelect(choices=CHOICES).render("cong", value, {"id": "id_cong"})
                self.assertHTMLEqual(_normalised(quick_html), _normalised(django_html))

    def test_labels_and_values_are_escaped(self):
        html = QuickSelect(choices=CHOICES).render("cong", "a&b")
        self.assertIn('value="a&amp;b" selected', html)
        self.assertIn("&lt;b&gt;Xã&lt;/b&gt; &amp; phường", html)
        self.assertNotIn("<b>", html)
