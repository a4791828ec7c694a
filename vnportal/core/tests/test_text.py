"""Tests for the shared Vietnamese text utilities (used by search and the content scanner)."""

from __future__ import annotations

import unicodedata

import pytest

from vnportal.core.text import (
    ExtractedText,
    fold_vietnamese,
    html_to_text,
    is_hidden_style,
    normalise_confusables,
    strip_invisible,
)

# --- fold_vietnamese ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cá cược", "ca cuoc"),
        ("ĐƯỜNG DÂY ĐÁNH BẠC", "duong day danh bac"),
        ("Quảng Ngãi", "quang ngai"),
        ("Ủy ban nhân dân", "uy ban nhan dan"),
        ("nghiêng, ngoẹo, khuỷu, thuở", "nghieng, ngoeo, khuyu, thuo"),
        ("Lý Sơn 2026", "ly son 2026"),
        ("", ""),
    ],
)
def test_fold_vietnamese(text, expected):
    assert fold_vietnamese(text) == expected


def test_fold_handles_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Việt Nam đổi mới")
    assert decomposed != "Việt Nam đổi mới"
    assert fold_vietnamese(decomposed) == "viet nam doi moi"


def test_fold_handles_compatibility_forms():
    assert fold_vietnamese("ｃá ｃược") == "ca cuoc"  # fullwidth
    assert fold_vietnamese("𝐜á 𝐜ược") == "ca cuoc"  # mathematical bold


def test_fold_leaves_other_scripts_and_symbols():
    assert fold_vietnamese("Москва 100% €") == "москва 100% €"


# --- normalise_confusables ------------------------------------------------------------------


def test_cyrillic_and_greek_look_alikes_become_latin():
    assert normalise_confusables("nhа cái") == "nha cái"  # Cyrillic а
    assert normalise_confusables("саsinо") == "casino"  # Cyrillic с, а, о
    assert normalise_confusables("ΤΑΙ ΧΙU") == "TAI XIU"  # Greek capitals


def test_cyrillic_base_with_combining_mark_composes():
    assert normalise_confusables("cа\u0301i") == "cái"  # Cyrillic а + combining acute


def test_fullwidth_math_circled_and_small_caps():
    assert normalise_confusables("ｎｈà ｃáｉ") == "nhà cái"
    assert normalise_confusables("𝐧𝐡à 𝐜á𝐢") == "nhà cái"
    assert normalise_confusables("ⓒⓐⓢⓘⓝⓞ") == "casino"
    assert normalise_confusables("ɴʜà ᴄáɪ") == "nhà cái"


def test_eth_becomes_vietnamese_d_with_stroke():
    assert normalise_confusables("Ðánh bạc") == "Đánh bạc"


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\u00ad",
        "\u202e",
        "\u034f",
        "\ufe0f",
        "\U000e0041",
    ],
)
def test_invisible_characters_are_removed(invisible):
    assert normalise_confusables(f"nh{invisible}à c{invisible}ái") == "nhà cái"
    assert strip_invisible(f"a{invisible}b") == "ab"


def test_exotic_spaces_become_plain_spaces():
    assert normalise_confusables("nhà\u00a0cái\u2009uy\u3000tín") == "nhà cái uy tín"


def test_ordinary_vietnamese_is_unchanged():
    text = "Ủy ban nhân dân xã Tịnh Phong thông báo lịch tiếp công dân."
    assert normalise_confusables(text) == text
    assert normalise_confusables("plain ascii") == "plain ascii"
    assert normalise_confusables("") == ""


# --- html_to_text ---------------------------------------------------------------------------


def test_visible_text_and_entities():
    result = html_to_text("<h2>Tin &amp; sự kiện</h2><p>Đoạn <b>một</b></p><p>Đoạn hai</p>")
    assert isinstance(result, ExtractedText)
    assert result.visible == "Tin & sự kiện Đoạn một Đoạn hai"
    assert result.hidden == ""


def test_inline_tags_do_not_split_words():
    assert html_to_text("<p>c<b>á</b> c<i>ư</i>ợc</p>").visible == "cá cược"


def test_block_tags_separate_words():
    assert html_to_text("<div>một</div><div>hai</div>").visible == "một hai"
    assert html_to_text("<td>a</td><td>b</td>").visible == "a b"
    assert html_to_text("dòng 1<br>dòng 2").visible == "dòng 1 dòng 2"


def test_scripts_and_styles_are_not_text():
    html = "<style>.x{color:red}</style><p>Nội dung</p><script>var a='nhà cái';</script>"
    assert html_to_text(html) == ExtractedText("Nội dung", "")


@pytest.mark.parametrize(
    "opening",
    [
        '<div style="display:none">',
        '<div style="DISPLAY: NONE !important">',
        '<div style="visibility:hidden">',
        '<div style="opacity:0">',
        '<div style="font-size:1px">',
        '<div style="font-size:0">',
        '<div style="color:#ffffff">',
        '<div style="color:rgb(255,255,255)">',
        '<div style="position:absolute;left:-9999px">',
        '<div style="text-indent:-9999px">',
        '<div style="height:0;overflow:hidden">',
        '<div style="color:#333;background-color:#333">',
        "<div hidden>",
        '<div class="d-none">',
        '<span class="sr-only">',
        '<font color="#FFFFFF">',
        "<noscript>",
        "<template>",
    ],
)
def test_hidden_content(opening):
    tag = opening[1:].split()[0].rstrip(">")
    html = f"<p>Hiển thị</p>{opening}ẩn <a href='x'>liên kết</a></{tag}><p>sau</p>"
    result = html_to_text(html)
    assert result.visible == "Hiển thị sau"
    assert result.hidden == "ẩn liên kết"


def test_visible_styles_are_not_hidden():
    for style in [
        "color:#fff;background-color:#004a99",
        "font-size:14px",
        "color:#333",
        "position:absolute;left:10px",
        "opacity:0.9",
        "font-size:0.9em",
    ]:
        assert not is_hidden_style(style), style
    assert html_to_text('<p style="color:white;background:#c00">Khẩn</p>').visible == "Khẩn"


def test_white_text_on_inherited_background_is_visible():
    html = (
        '<table><tr><td style="background-color:#0070c0"><span style="color:#ffffff">'
        "Tiêu đề</span></td></tr></table>"
        '<table bgcolor="#003366"><tr><td><font color="white">Cột</font></td></tr></table>'
        '<p><span style="color:#fff">ẩn</span></p>'
    )
    assert html_to_text(html) == ExtractedText("Tiêu đề Cột", "ẩn")


def test_hidden_ancestor_hides_nested_content():
    html = (
        '<div style="display:none"><div><p>sâu <span>bên trong</span></p></div></div><p>ngoài</p>'
    )
    assert html_to_text(html) == ExtractedText("ngoài", "sâu bên trong")


def test_unclosed_paragraph_does_not_leak_hidden_state():
    html = '<p style="display:none">ẩn<p>hiện'
    assert html_to_text(html) == ExtractedText("hiện", "ẩn")


def test_malformed_html_never_raises():
    for html in ["<p><b>unclosed", "</div></p>", "<!DOCTYPE", "<<>>", "<a href='", "<p", None]:
        assert isinstance(html_to_text(html), ExtractedText)
