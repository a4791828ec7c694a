"""An editor can start an English draft from the Vietnamese page; a backend may pre-translate it."""

from vnportal.content import services
from vnportal.content.models import ArticlePage
from vnportal.content.translation import DummyTranslator, get_translator, translate_page_fields

from .conftest import make_article


def test_no_machine_translation_by_default(settings):
    settings.VNPORTAL_MACHINE_TRANSLATOR = None
    assert get_translator() is None


def test_english_draft_keeps_the_vietnamese_text_without_a_backend(channel, board):
    article = make_article(channel, title="Xuống giống vụ hè thu")
    draft = services.start_translation(article, user=board["editor"])
    assert draft.locale.language_code == "en"
    assert not draft.live
    assert draft.get_latest_revision_as_object().title == "Xuống giống vụ hè thu"
    # Its channel was created in English too (as an alias of the Vietnamese one).
    assert draft.get_parent().locale.language_code == "en"
    # A second call returns the same draft.
    assert services.start_translation(article).pk == draft.pk


def test_configured_backend_pre_translates_text_and_rich_text(channel, settings):
    settings.VNPORTAL_MACHINE_TRANSLATOR = "vnportal.content.translation.DummyTranslator"
    article = make_article(channel, title="Xuống giống", lead="Nông dân xuống giống.")
    draft = services.start_translation(article)
    latest = draft.get_latest_revision_as_object()
    assert latest.title == "[en] Xuống giống"
    assert latest.lead == "[en] Nông dân xuống giống."
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_rich_text_markup_survives_translation(bato):
    from vnportal.content.models import IntroductionPage

    page = IntroductionPage.objects.descendant_of(bato.root_page).get()
    page.functions = '<p>Quản lý <a href="/x/">đất đai</a>.</p>'
    translate_page_fields(page, DummyTranslator(), source="vi", target="en")
    assert page.functions == '<p>[en] Quản lý <a href="/x/">[en] đất đai</a>[en] .</p>'
    assert page.slug == "gioi-thieu"
