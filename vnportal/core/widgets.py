"""Form widgets shared by the public pages.

Why a select of our own: Django renders each <option> of a Select through the template engine,
which costs about 0.2 ms per option; the province-wide search form lists every public portal
(hundreds of options) and was spending more time rendering its portal list than searching
200,000 records (docs/performance.md §3). This one builds the same HTML in Python.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class QuickSelect(forms.Select):
    """A single-choice ``Select`` of flat choices, rendered without the template engine."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = {"" if value is None else str(v) for v in self.format_value(value)}
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, " selected" if str(key) in selected else "", label)
                for key, label in self.choices
            ),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)
