"""Pluggable machine translation for starting an English draft from a Vietnamese page.

After wagtail-localize's `machine_translators`: a small base class, a backend chosen in settings
(`VNPORTAL_MACHINE_TRANSLATOR`, a dotted path; none by default), and a dummy for tests. Without a
backend the draft keeps the Vietnamese text for the editor to translate; with one, every text field
(and the text inside rich text) is sent to it. Either way the result is a *draft* that goes through
the portal's approval workflow: a machine never publishes.
"""

import logging
import re

from django.conf import settings
from django.db import models
from django.dispatch import receiver
from django.utils.module_loading import import_string
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.signals import copy_for_translation_done

logger = logging.getLogger(__name__)

_TAG_OR_TEXT = re.compile(r"(<[^>]+>)")
#: Fields that identify rather than describe: never translated.
UNTRANSLATED_FIELDS = {"slug", "section_key", "url_path", "draft_title"}


class BaseMachineTranslator:
    """Translate a batch of plain strings from one language to another."""

    display_name = "base"

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        raise NotImplementedError

    def can_translate(self, source: str, target: str) -> bool:
        return source != target


class DummyTranslator(BaseMachineTranslator):
    """For tests and demos: marks each string so the effect is visible; no network."""

    display_name = "dummy"

    def translate(self, texts, *, source, target):
        return [f"[{target}] {text}" if text.strip() else text for text in texts]


def get_translator() -> BaseMachineTranslator | None:
    path = getattr(settings, "VNPORTAL_MACHINE_TRANSLATOR", None)
    return import_string(path)() if path else None


def _translate_html(html: str, translator, source, target) -> str:
    """Translate the text between tags, keeping the markup (links, lists, headings) as it is."""
    parts = _TAG_OR_TEXT.split(html or "")
    indexes = [
        i for i, part in enumerate(parts) if part and not part.startswith("<") and part.strip()
    ]
    if not indexes:
        return html
    translated = translator.translate([parts[i] for i in indexes], source=source, target=target)
    for i, text in zip(indexes, translated, strict=True):
        parts[i] = text
    return "".join(parts)


def translate_page_fields(page: Page, translator, *, source: str, target: str) -> list[str]:
    """Translate the page's own text fields in place; return the names changed."""
    changed = []
    plain = []
    for f in page._meta.get_fields():
        if not getattr(f, "concrete", False) or f.is_relation or f.name in UNTRANSLATED_FIELDS:
            continue
        value = getattr(page, f.name, None)
        if not isinstance(value, str) or not value.strip():
            continue
        if isinstance(f, RichTextField):
            setattr(page, f.name, _translate_html(value, translator, source, target))
            changed.append(f.name)
        elif isinstance(f, models.CharField | models.TextField) and not f.choices:
            plain.append(f.name)
    if plain:
        results = translator.translate(
            [getattr(page, name) for name in plain], source=source, target=target
        )
        for name, text in zip(plain, results, strict=True):
            setattr(page, name, text)
        changed += plain
    return changed


def apply_machine_translation(source_page, target_page, target_language: str, user=None) -> bool:
    """Run the configured backend over a freshly copied translation draft; False if none ran."""
    translator = get_translator()
    if translator is None:
        return False
    source_language = source_page.locale.language_code
    if not translator.can_translate(source_language, target_language):
        return False
    try:
        translate_page_fields(
            target_page, translator, source=source_language, target=target_language
        )
    except Exception:  # a failing backend must not lose the draft the editor asked for
        logger.exception("machine translation failed for page %s", source_page.pk)
        return False
    target_page.save_revision(user=user, log_action=True)
    return True


@receiver(copy_for_translation_done)
def machine_translate_new_copy(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page) and not getattr(target_obj, "alias_of_id", None):
        apply_machine_translation(
            source_obj.specific, target_obj.specific, target_obj.locale.language_code
        )
