"""Unit tests for the malicious-content scanner: one case per obfuscation trick, per injection
mechanism and per family of legitimate content that must stay clean, plus the command.

The sentences here are written for these tests and are not copied from the evaluation set, so
they also check that the rules generalise beyond the templates they were tuned on.
"""

from __future__ import annotations

import io
import json

import pytest

from vnportal.security.scanner import SPAM_THRESHOLD, ScanResult, scan
from vnportal.security.scanner.markup import classify_host
from vnportal.security.scanner.normalise import deobfuscate, prepare

LEGIT_HOST = (
    "<h2>Xã Tịnh Phong ra quân làm sạch bãi biển</h2>"
    "<p>Sáng Chủ nhật, hơn 200 đoàn viên thanh niên và người dân đã thu gom rác thải nhựa dọc"
    " bờ biển, góp phần bảo vệ môi trường.</p>"
)


def assert_spam(html: str) -> ScanResult:
    result = scan(html)
    assert result.verdict == "spam", (result.score, result.reasons)
    assert result.score >= SPAM_THRESHOLD
    assert result.reasons
    return result


def assert_clean(html: str) -> ScanResult:
    result = scan(html)
    assert result.verdict == "clean", (result.score, result.reasons)
    assert 0.0 <= result.score < SPAM_THRESHOLD
    return result


# --- result shape -------------------------------------------------------------------------


def test_result_shape_and_reason_format():
    result = scan("<p>Nhà cái uy tín: đăng ký nhà cái, nạp đầu tặng 100%. Nhà cái số 1!</p>")
    assert isinstance(result, ScanResult)
    assert result.verdict == "spam"
    assert 0.0 <= result.score <= 1.0
    assert any(r.startswith("gambling term 'nhà cái' (x") for r in result.reasons)
    assert result.as_dict() == {
        "verdict": result.verdict,
        "score": result.score,
        "reasons": result.reasons,
    }


def test_empty_and_plain_inputs_are_clean():
    assert scan("").verdict == "clean"
    assert scan("   ").score == 0.0
    assert scan("<p>Lịch tiếp công dân tháng 5/2026</p>").reasons == []


def test_malformed_html_does_not_raise():
    for html in ["<p><b>unclosed", "<div style='display:none'", "<!DOCTYPE", "</p></div>", "<<>>"]:
        scan(html)


def test_is_deterministic():
    html = LEGIT_HOST + '<div style="display:none"><a href="https://fb88.bet">nhà cái</a></div>'
    assert scan(html) == scan(html)


# --- obfuscation ----------------------------------------------------------------------------

SPAM_SENTENCE = "Nhà cái {x} uy tín – đăng ký nhận thưởng, chơi {y} mỗi ngày."


@pytest.mark.parametrize(
    ("name", "html"),
    [
        (
            "no diacritics",
            "<p>Nha cai uy tin so 1: choi no hu, tai xiu online, nap dau tang 100%</p>",
        ),
        ("dots", "<p>C.á c.ư.ợ.c b.ó.n.g đ.á, s.o.i k.è.o mỗi ngày – đăng ký ngay</p>"),
        ("dashes", "<p>N-h-à c-á-i uy tín, n-ổ h-ũ đổi thưởng, nạp rút nhanh</p>"),
        ("spaces", "<p>n h à  c á i  u y  t í n, t à i  x ỉ u  online</p>"),
        ("underscores", "<p>v_a_y t_i_ề_n n_h_a_n_h, không cần thế chấp, gọi ngay</p>"),
        ("zero-width", "<p>Nh\u200bà c\u200cái uy tín, c\u200dá c\u2060ược bóng đá</p>"),
        ("cyrillic", "<p>Nhà cái uy tín: саsinо trực tuyến, сá сược thể thао</p>"),
        ("fullwidth", "<p>ｎｈà ｃáｉ uy tín, ｎổ ｈũ đổi thưởng</p>"),
        ("math letters", "<p>𝐧𝐡à 𝐜á𝐢 uy tín, 𝐧ổ 𝐡ũ, 𝐭à𝐢 𝐱ỉ𝐮 online</p>"),
        ("leetspeak", "<p>c4 cu0c b0ng d4 uy tin, t4i x1u, n0 hu – dang ky ngay</p>"),
        ("soft hyphen", "<p>Nhà\u00adcái uy tín, cá\u00ad cược thể thao, hoàn trả mỗi ngày</p>"),
    ],
)
def test_obfuscations_are_detected(name, html):
    assert_spam(html)


def test_obfuscation_is_itself_a_reason():
    result = assert_spam("<p>C.á c.ư.ợ.c uy tín tại n.h.à c.á.i, đăng ký ngay</p>")
    assert any("obfuscated spam wording" in r for r in result.reasons)


def test_deobfuscation_steps():
    assert deobfuscate("c.á c.ư.ợ.c") == "cá cược"
    assert deobfuscate("n-h-à c-á-i") == "nhà cái"
    assert deobfuscate("n h à  c á i") == "nhà cái"
    assert deobfuscate("n h à c á i") == "nhàcái"
    assert deobfuscate("cá.cược") == "cácược"
    assert prepare("ｃ4 сu0c").text == "ca cuoc"  # fullwidth + Cyrillic + leet
    assert prepare("kubet.casino").folded == "kubet casino"


@pytest.mark.parametrize(
    "html",
    [
        "<p>Điểm a, b, c khoản 2 Điều 5 Nghị định số 15/2020/NĐ-CP.</p>",
        "<p>Giải bóng đá U.15 thi đấu tại sân vận động xã; tỷ số 2 - 1.</p>",
        "<p>Trồng keo, kéo co, kẹo lạc: đặc sản Quảng Ngãi.</p>",
        "<p>Cả cuộc đời ông gắn bó với cách mạng; đời thường giản dị.</p>",
        "<p>Chốt sổ bảo hiểm xã hội và lừa đảo trên mạng: cô bác cần lưu ý.</p>",
    ],
)
def test_ordinary_text_does_not_collapse_into_spam(html):
    assert_clean(html)


# --- injection mechanisms -------------------------------------------------------------------


def test_hidden_div_with_gambling_link():
    html = LEGIT_HOST + (
        '<div style="display:none"><a href="https://fb88.bet/dang-ky">nhà cái fb88</a>'
        ' <a href="https://kubet.casino">kubet</a></div>'
    )
    result = assert_spam(html)
    assert any("hidden element with link to fb88.bet" in r for r in result.reasons)


@pytest.mark.parametrize(
    "style",
    [
        "font-size:1px",
        "font-size:0",
        "color:#ffffff",
        "color:white",
        "position:absolute;left:-9999px",
        "text-indent:-9999px",
        "opacity:0",
        "visibility:hidden",
        "height:0;overflow:hidden",
    ],
)
def test_hidden_text_styles(style):
    html = LEGIT_HOST + f'<p style="{style}">soi kèo nhà cái hôm nay, link vào W88 mới nhất</p>'
    result = assert_spam(html)
    assert any(r.startswith("hidden text:") for r in result.reasons)


def test_white_text_on_dark_banner_is_not_hidden():
    html = (
        '<div style="background-color:#003366;color:#fff"><h2>Chào mừng Đại hội</h2></div>'
        + LEGIT_HOST
    )
    assert_clean(html)


def test_script_from_unknown_host():
    result = assert_spam(LEGIT_HOST + '<script src="https://cdn.stat-counter-x.top/a.js"></script>')
    assert any("script injected from" in r for r in result.reasons)


def test_referrer_cloaking_redirect():
    js = 'if(document.referrer.indexOf("google")>0){location.href="https://vao-hi88.win"}'
    result = assert_spam(LEGIT_HOST + f"<script>{js}</script>")
    assert any("cloaking" in r for r in result.reasons)


def test_encoded_script_is_decoded():
    import base64

    payload = base64.b64encode(b'window.location="https://nhacaiuytin.xyz/"').decode()
    result = assert_spam(LEGIT_HOST + f'<script>eval(atob("{payload}"))</script>')
    assert any("nhacaiuytin.xyz" in r for r in result.reasons)


def test_obfuscated_inline_script_alone():
    result = assert_spam(
        LEGIT_HOST + "<script>eval(String.fromCharCode(97,108,101,114,116))</script>"
    )
    assert any("obfuscated script" in r for r in result.reasons)


def test_hidden_iframe():
    html = (
        LEGIT_HOST + '<iframe src="https://ads.example-traffic.top/" width="0" height="0"></iframe>'
    )
    result = assert_spam(html)
    assert any("hidden iframe" in r for r in result.reasons)


def test_meta_refresh():
    assert_spam('<meta http-equiv="refresh" content="0;url=https://go88.vip">' + LEGIT_HOST)


def test_link_farm():
    anchors = " ".join(
        f'<a href="https://site{i}.example{i}.com/">{text}</a>'
        for i, text in enumerate(["soi kèo", "nhà cái uy tín", "tài xỉu online", "nổ hũ", "lô đề"])
    )
    result = assert_spam(LEGIT_HOST + f'<p class="links">{anchors}</p>')
    assert any("link farm" in r for r in result.reasons)


def test_spam_keywords_stuffed_in_image_alt():
    html = LEGIT_HOST + (
        '<a href="https://bit.ly/3abcXYZ"><img src="/b.gif" alt="soi kèo, nhà cái uy tín,'
        ' tỷ lệ kèo hôm nay, link vào nhà cái"></a>'
    )
    assert_spam(html)


@pytest.mark.parametrize(
    ("host", "suspicious"),
    [
        ("fb88.bet", True),
        ("vaokubet.xyz", True),
        ("nhacaiuytin.com", True),
        ("soikeo247.net", True),
        ("789bet-vn.com", True),
        ("bit.ly", True),
        ("quangngai.gov.vn", False),
        ("www.youtube.com", False),
        ("vnexpress.net", False),
        ("dichvucong.gov.vn", False),
    ],
)
def test_classify_host(host, suspicious):
    points, _ = classify_host(host.removeprefix("www."))
    assert (points > 0) is suspicious


# --- each spam category ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<p>Bắn cá đổi thưởng, game bài đổi thưởng uy tín – tải app nhận giftcode 100K</p>",
        "<p>Tỷ lệ kèo nhà cái hôm nay: kèo châu Á, kèo tài xỉu cập nhật liên tục</p>",
        "<p>Soi cầu miền Bắc, bạch thủ lô đẹp nhất, dàn đề 20 số chuẩn – liên hệ Zalo</p>",
        "<p>Gái gọi cao cấp, đi khách qua đêm, ảnh thật – Zalo 0912345678</p>",
        "<p>Nhận làm bằng đại học, làm bằng lái xe không cần thi, phôi thật có hồ sơ gốc</p>",
        "<p>Vay tiền nhanh online, không cần thế chấp, nợ xấu vẫn vay, giải ngân trong 5 phút</p>",
        "<p>Tuyển cộng tác viên online, việc nhẹ lương cao, nhận hoa hồng 20% mỗi đơn</p>",
    ],
    ids=["gambling", "betting", "lottery_betting", "sex", "fake_degree", "scam_loan", "job_scam"],
)
def test_each_category(html):
    assert_spam(LEGIT_HOST + html)


# --- hard negatives: legitimate content about the same topics -------------------------------

HARD_NEGATIVES = {
    "police bust": (
        "<h2>Triệt phá đường dây đánh bạc qua mạng</h2><p>Công an tỉnh vừa triệt phá đường dây"
        " đánh bạc qua mạng dưới hình thức cá cược bóng đá trên trang nhà cái W88 với số tiền"
        " giao dịch hơn 50 tỷ đồng. Các đối tượng nạp tiền vào tài khoản, đặt cược theo tỷ lệ"
        " kèo và hưởng hoa hồng.</p><p>Cơ quan Cảnh sát điều tra đã khởi tố vụ án, bắt tạm giam"
        " 5 bị can.</p>"
    ),
    "social evils campaign": (
        "<h2>Phòng, chống tệ nạn mại dâm</h2><p>UBND xã tổ chức tuyên truyền phòng, chống tệ"
        " nạn mại dâm, ma túy, cờ bạc; yêu cầu các cơ sở karaoke, massage cam kết không để xảy"
        " ra hoạt động mua bán dâm.</p>"
    ),
    "black credit warning": (
        "<h2>Tuyên truyền phòng chống tín dụng đen</h2><p>Người dân cảnh giác với quảng cáo"
        " “vay tiền online, không cần thế chấp, giải ngân nhanh”; đây là thủ đoạn cho vay nặng"
        " lãi. Khi cần vốn, hãy liên hệ Ngân hàng Chính sách xã hội.</p>"
    ),
    "state lottery": (
        "<h2>Kết quả xổ số kiến thiết Quảng Ngãi</h2><p>Công ty TNHH MTV Xổ số kiến thiết"
        " Quảng Ngãi công bố kết quả mở thưởng ngày 22/11/2026.</p><table><tr><td>Giải đặc"
        " biệt</td><td>482913</td></tr><tr><td>Giải tám</td><td>27</td></tr></table>"
    ),
    "social policy loans": (
        "<h2>Ngân hàng Chính sách xã hội cho vay hộ nghèo</h2><p>Hộ nghèo được vay đến 100"
        " triệu đồng, lãi suất ưu đãi, không phải thế chấp tài sản; giải ngân ngay tại điểm"
        " giao dịch xã. Đăng ký qua Tổ tiết kiệm và vay vốn ở thôn.</p>"
    ),
    "football tournament": (
        "<h2>Giải bóng đá thiếu niên nhi đồng</h2><p>12 đội bóng tranh tài; trận chung kết"
        " kết thúc với tỷ số 3-2. Ban tổ chức nghiêm cấm cá độ, trao cúp và tiền thưởng cho"
        " đội vô địch.</p>"
    ),
    "folk games": (
        "<h2>Trò chơi dân gian ngày Tết</h2><p>Kéo co, đánh đu, bịt mắt đập niêu, hô bài chòi"
        " thu hút đông đảo người dân. Ban tổ chức trao giải thưởng cho các đội thắng cuộc.</p>"
    ),
    "job fair": (
        "<h2>Ngày hội việc làm 2026</h2><p>45 doanh nghiệp tuyển 3.000 lao động, không yêu cầu"
        " kinh nghiệm, lương 8-12 triệu đồng. Đăng ký ngay tại Trung tâm Dịch vụ việc làm,"
        " hotline 0255.3xxx.</p>"
    ),
    "scam warning": (
        "<h2>Cảnh giác lừa đảo việc nhẹ lương cao</h2><p>Các đối tượng tuyển cộng tác viên"
        " online, yêu cầu nạn nhân làm nhiệm vụ, nạp tiền để nhận hoa hồng rồi chiếm đoạt."
        " Công an khuyến cáo người dân không chuyển tiền cho người lạ.</p>"
    ),
    "degree verification": (
        "<h2>Xác minh văn bằng của công chức</h2><p>Qua xác minh, phát hiện 2 trường hợp sử"
        " dụng bằng giả; cơ quan chức năng đã xử lý kỷ luật. Người dân tra cứu văn bằng trên"
        " cổng thông tin của Bộ Giáo dục và Đào tạo.</p>"
    ),
    "trade promotion": (
        "<h2>Tháng khuyến mại 2026</h2><p>Doanh nghiệp được giảm giá đến 100%, tặng quà,"
        " hoàn tiền cho khách hàng; đăng ký ngay với Sở Công Thương. Hotline hỗ trợ 24/7,"
        " miễn phí.</p>"
    ),
}


@pytest.mark.parametrize("family", sorted(HARD_NEGATIVES))
def test_hard_negatives_stay_clean(family):
    assert_clean(HARD_NEGATIVES[family])


def test_police_news_explains_lowered_score():
    result = assert_clean(HARD_NEGATIVES["police bust"])
    assert any("legitimate-reporting context" in r for r in result.reasons)


def test_legitimate_embeds_and_accessibility_markup():
    html = LEGIT_HOST + (
        '<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>'
        '<iframe src="https://www.google.com/maps/embed?pb=x" width="600" height="450"></iframe>'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','G-X1');</script>"
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0"'
        ' width="0" style="display:none"></iframe></noscript>'
        '<a href="https://www.facebook.com/sharer.php"><span class="sr-only">Chia sẻ</span></a>'
        '<a href="https://forms.gle/abc">Góp ý dự thảo</a>'
    )
    assert_clean(html)


def test_spam_appended_to_legitimate_article_is_still_caught():
    html = HARD_NEGATIVES["police bust"] + (
        "<p>Link vào FB88 mới nhất không bị chặn – nhà cái uy tín số 1 châu Á, nạp đầu tặng"
        ' 100%: <a href="https://fb88vn.win">đăng ký ngay</a></p>'
    )
    assert_spam(html)


# --- management command -----------------------------------------------------------------------


@pytest.fixture
def django_ready():
    try:
        import django
        from django.apps import apps

        if not apps.ready:
            import os

            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vnportal.settings.test")
            django.setup()
    except Exception as exc:  # settings module not importable yet in a partial checkout
        pytest.skip(f"Django settings not available: {exc}")


def run_command(lines: list[str]) -> tuple[list[dict], Exception | None]:
    from django.core.management import call_command

    out = io.StringIO()
    error = None
    try:
        call_command(
            "scan_content", "--jsonl", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out
        )
    except Exception as exc:  # CommandError carries the exit status
        error = exc
    return [json.loads(line) for line in out.getvalue().splitlines()], error


def test_command_scans_jsonl_in_order(django_ready):
    lines = [
        json.dumps({"id": 7, "html": "<p>Nhà cái uy tín, soi kèo, tài xỉu online</p>"}),
        json.dumps({"id": "b", "html": HARD_NEGATIVES["state lottery"]}, ensure_ascii=False),
    ]
    rows, error = run_command(lines)
    assert error is None
    assert [r["id"] for r in rows] == [7, "b"]
    assert [r["verdict"] for r in rows] == ["spam", "clean"]
    assert set(rows[0]) == {"id", "verdict", "score", "reasons"}
    assert 0 <= rows[1]["score"] <= 1


def test_command_writes_unescaped_unicode(django_ready):
    from django.core.management import call_command

    out = io.StringIO()
    call_command(
        "scan_content",
        "--jsonl",
        stdout=out,
        stdin=io.StringIO('{"id": 1, "html": "<p>nhà cái uy tín, nổ hũ</p>"}\n'),
    )
    assert "nhà cái" in out.getvalue()


def test_command_reports_malformed_lines_and_continues(django_ready):
    from django.core.management.base import CommandError

    lines = [
        '{"id": 1, "html": "<p>ok</p>"}',
        "{not json",
        '{"id": 2}',
        '["a list"]',
        '{"id": 3, "html": "<p>Soi kèo nhà cái hôm nay</p>"}',
    ]
    rows, error = run_command(lines)
    assert len(rows) == 5
    assert rows[0]["verdict"] == "clean"
    assert rows[1] == {"id": None, "error": rows[1]["error"]}
    assert rows[1]["error"].startswith("line 2: invalid JSON")
    assert rows[2]["error"] == 'line 3: "html" must be a string'
    assert rows[3]["error"].startswith("line 4: expected a JSON object")
    assert rows[4]["id"] == 3 and rows[4]["verdict"] == "spam"
    assert isinstance(error, CommandError)
    assert error.returncode == 1


def test_command_requires_jsonl_flag(django_ready):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("scan_content", stdin=io.StringIO(""), stdout=io.StringIO())
