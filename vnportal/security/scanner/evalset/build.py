"""Generate the labelled evaluation set for the malicious-content scanner.

Why generated: real hacked-portal samples cannot be committed (they carry live gambling links and
personal phone numbers), and a hand-typed file of 400 items would repeat itself. Instead this
script composes realistic items from hand-written Vietnamese templates: spam payloads (with the
injection tricks and obfuscations seen on hacked commune portals) and legitimate portal news,
including "hard negatives" about the very topics spam talks about (police busting gambling
rings, lottery results, social-policy loans, scam warnings, ...).

Why split by template: every template belongs to exactly one split, so the test split contains
wording the rules were never tuned on. Delivery tricks and obfuscations are shared across splits
(they are mechanisms, not wording). Output is deterministic (fixed seed); run

    python -m vnportal.security.scanner.evalset.build

to rewrite ``dev.jsonl`` and ``test.jsonl`` next to this file. Both outputs are committed.
"""

from __future__ import annotations

import html
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = 20261123
HERE = Path(__file__).resolve().parent

# --- slot pools -----------------------------------------------------------------------------

COMMUNES = [
    "xã Tịnh Phong", "xã Nghĩa Kỳ", "xã Bình Hải", "xã Đức Lân", "xã Phổ Minh", "xã Ba Tơ",
    "xã Sơn Hạ", "xã Trà Phong", "xã Long Hiệp", "xã Hành Thiện", "xã An Vĩnh", "xã Tịnh Hà",
    "xã Nghĩa Sơn", "xã Bình Châu", "xã Đức Phong", "phường Trương Quang Trọng", "xã Mỏ Cày",
    "phường Cẩm Thành", "xã Sa Huỳnh", "xã Minh Long", "xã Đăk Tô", "xã Ngọk Hồi",
]  # fmt: skip
OFFICIALS = [
    ("ông Nguyễn Văn Hùng", "Chủ tịch UBND xã"),
    ("bà Trần Thị Mai", "Phó Chủ tịch UBND xã"),
    ("ông Lê Minh Tuấn", "Trưởng Công an xã"),
    ("bà Phạm Thị Hồng Nhung", "Bí thư Đoàn xã"),
    ("ông Đỗ Quang Vinh", "Phó Chủ tịch Thường trực UBND xã"),
    ("bà Võ Thị Thu Hà", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    ("ông Huỳnh Tấn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    ("ông Bùi Đức Thắng", "Phó Trưởng Công an xã"),
    ("bà Đinh Thị Lan", "công chức Văn hóa - Xã hội xã"),
    ("ông Phan Thanh Sơn", "Bí thư Đảng ủy xã"),
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Đinh"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Ngọc", "Hữu", "Công", "Thị Kim"]
GIVEN = ["Hùng", "Lan", "Tú", "Phúc", "Hải", "Dũng", "Hạnh", "Long", "Nam", "Thảo", "Tài", "Bình"]
TEAMS = [
    "Arsenal", "Chelsea", "Man City", "Liverpool", "Real Madrid", "Barcelona", "Bayern Munich",
    "PSG", "Inter Milan", "Juventus", "Hà Nội FC", "Công an Hà Nội", "Thép Xanh Nam Định",
    "Hoàng Anh Gia Lai", "Becamex Bình Dương", "Sông Lam Nghệ An", "Tottenham", "Napoli",
]  # fmt: skip
CITIES = ["Quảng Ngãi", "Đà Nẵng", "Hà Nội", "Sài Gòn", "Nha Trang", "Vũng Tàu", "Cần Thơ", "Huế"]
GOV_LINKS = [
    "https://quangngai.gov.vn/tin-tuc/", "https://dichvucong.gov.vn/", "https://baochinhphu.vn/",
    "https://congan.quangngai.gov.vn/", "https://sldtbxh.quangngai.gov.vn/", "https://vbpl.vn/",
    "https://baoquangngai.vn/", "https://moj.gov.vn/", "https://thuvienphapluat.vn/",
]  # fmt: skip

# Spam infrastructure. Dev and test use different hosts so a rule cannot just memorise a URL.
BRANDS_DEV = ["FB88", "W88", "Kubet", "789BET", "Hi88", "New88", "JUN88", "SHBET"]
BRANDS_TEST = ["F8BET", "8XBET", "MU88", "33WIN", "OKVIP", "BK8", "VN88", "Fun88", "Sunwin"]
TLDS_DEV = [".bet", ".casino", ".com", ".vip", ".xyz", ".net", ".top"]
TLDS_TEST = [".win", ".club", ".live", ".io", ".site", ".bet", ".games", ".fun"]
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "shorturl.at", "is.gd"]
STREAM_SITES = ["xoilac", "mitom", "cakhia", "90phut", "vebo", "socolive", "rakhoi"]


@dataclass
class Item:
    id: str
    html: str
    label: str
    category: str
    note: str
    split: str


class Ctx:
    """Random choices for one item, kept together so templates read naturally."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self.xa = rng.choice(COMMUNES)
        self.official, self.role = rng.choice(OFFICIALS)
        self.day = rng.randint(1, 28)
        self.month = rng.randint(1, 12)
        self.brands = BRANDS_DEV if split == "dev" else BRANDS_TEST
        self.tlds = TLDS_DEV if split == "dev" else TLDS_TEST

    def pick(self, options):
        return self.rng.choice(options)

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def date(self) -> str:
        return f"{self.day}/{self.month}/2026"

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def phone(self) -> str:
        r = self.rng
        return r.choice(["09", "03", "07", "08", "05"]) + "".join(
            str(r.randint(0, 9)) for _ in range(8)
        )

    def pretty_phone(self) -> str:
        p = self.phone()
        return f"{p[:4]}.{p[4:7]}.{p[7:]}"

    def brand(self) -> str:
        return self.rng.choice(self.brands)

    def domain(self, brand: str | None = None) -> str:
        b = (brand or self.brand()).lower()
        r = self.rng
        label = r.choice([b, f"{b}vn", f"link{b}", f"{b}-vip", f"vao{b}", f"{b}{r.randint(1, 99)}"])
        return label + r.choice(self.tlds)

    def spam_url(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            code = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                           for _ in range(7))  # fmt: skip
            return f"https://{r.choice(SHORTENERS)}/{code}"
        path = r.choice(["", "/dang-ky", "/khuyen-mai", "/?ref=vip", "/register?aff=", "/link-vao"])
        if path.endswith("="):
            path += str(r.randint(1000, 99999))
        return f"https://{self.domain()}{path}"


# --- obfuscation ----------------------------------------------------------------------------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"}
CYRILLIC.update({k.upper(): v.upper() for k, v in CYRILLIC.items() if k != "i"})


def fold_keep_case(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _per_letter(word: str, sep: str) -> str:
    return sep.join(unicodedata.normalize("NFC", word))


def obf_dotted(s: str, rng: random.Random) -> str:
    return " ".join(_per_letter(w, ".") for w in s.split())


def obf_dashed(s: str, rng: random.Random) -> str:
    return " ".join(_per_letter(w, "-") for w in s.split())


def obf_spaced(s: str, rng: random.Random) -> str:
    return "  ".join(_per_letter(w, " ") for w in s.split())


def obf_underscore(s: str, rng: random.Random) -> str:
    return " ".join(_per_letter(w, "_") for w in s.split())


def obf_zero_width(s: str, rng: random.Random) -> str:
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def _map_base_letters(s: str, mapping: Callable[[str], str]) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(mapping(c) for c in decomposed)


def obf_cyrillic(s: str, rng: random.Random) -> str:
    return _map_base_letters(
        s, lambda c: CYRILLIC[c] if c in CYRILLIC and rng.random() < 0.7 else c
    )


def obf_fullwidth(s: str, rng: random.Random) -> str:
    def fw(c: str) -> str:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            return chr(ord(c) - 0x21 + 0xFF01)
        return c

    return _map_base_letters(s, fw)


def obf_math(s: str, rng: random.Random) -> str:
    base = rng.choice([0x1D41A, 0x1D44E, 0x1D5EE, 0x1D68A])  # bold, italic, sans bold, mono

    def m(c: str) -> str:
        if "a" <= c <= "z":
            if base == 0x1D44E and c == "h":
                return "ℎ"  # the one hole in the italic block
            return chr(base + ord(c) - ord("a"))
        return c

    return _map_base_letters(s.lower(), m)


def obf_leet(s: str, rng: random.Random) -> str:
    table = {"a": "4", "o": "0", "e": "3", "i": "1", "s": "5"}
    out = []
    for ch in fold_keep_case(s).lower():
        out.append(table[ch] if ch in table and rng.random() < 0.7 else ch)
    return "".join(out)


def obf_nodiac(s: str, rng: random.Random) -> str:
    return fold_keep_case(s)


def obf_mixed(s: str, rng: random.Random) -> str:
    return obf_zero_width(obf_cyrillic(s, rng), rng)


OBFUSCATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "dotted": obf_dotted,
    "dashed": obf_dashed,
    "spaced": obf_spaced,
    "underscore": obf_underscore,
    "zero_width": obf_zero_width,
    "cyrillic": obf_cyrillic,
    "fullwidth": obf_fullwidth,
    "math_letters": obf_math,
    "leet": obf_leet,
    "mixed_zw_cyrillic": obf_mixed,
}


def apply_keywords(text: str, style: str, rng: random.Random) -> str:
    """Replace ``[[keyword]]`` markers, obfuscating the keyword with ``style``.

    ``plain`` keeps keywords as written; ``nodiac`` strips diacritics from the whole payload
    (that is how much spam is typed); other styles obfuscate about two thirds of the keywords,
    as attackers do to dodge simple filters while staying readable.
    """
    parts = text.split("[[")
    out = [parts[0]]
    for part in parts[1:]:
        keyword, _, rest = part.partition("]]")
        if style in OBFUSCATIONS and rng.random() < 0.7:
            keyword = OBFUSCATIONS[style](keyword, rng)
        out.append(keyword + rest)
    result = "".join(out)
    if style == "nodiac":
        result = fold_keep_case(result)
    return result


# --- spam payloads --------------------------------------------------------------------------
# Each payload: (key, split, category, title, paragraphs). Keywords in [[...]] get obfuscated.
# Slots: {brand} {brand2} {brand3} {url} {phone} {tg} {teamA} {teamB} {date} {city} {stream}

SPAM_PAYLOADS: list[tuple[str, str, str, str, list[str]]] = [
    # gambling ---------------------------------------------------------------------------
    ("g1", "dev", "gambling", "[[Nhà cái]] {brand} – [[casino trực tuyến]] uy tín số 1", [
        "{brand} là [[nhà cái]] hàng đầu châu Á với hơn 3 triệu thành viên. Đăng ký tài khoản hôm"
        " nay nhận ngay [[thưởng nạp đầu]] 100% lên đến 5.000.000đ.",
        "Hàng trăm trò chơi [[nổ hũ]], [[bắn cá đổi thưởng]], [[tài xỉu]], [[xóc đĩa]] live với"
        " dealer xinh đẹp. Nạp rút siêu tốc chỉ 3 phút, hỗ trợ 24/7 qua Zalo và Telegram {tg}.",
    ]),
    ("g2", "dev", "gambling", "[[Game bài đổi thưởng]] {brand} – tải app nhận giftcode", [
        "Tải app {brand} nhận ngay giftcode 50K cho tân thủ. Chơi [[tài xỉu]] online, [[rồng hổ]],"
        " [[baccarat]] minh bạch, [[hoàn trả]] 1,5% mỗi ngày không giới hạn.",
        "Link vào {brand} mới nhất không bị chặn, cập nhật liên tục: {url}",
    ]),
    ("g3", "test", "gambling", "Top 10 [[nhà cái uy tín]] nhất năm 2026", [
        "Bảng xếp hạng [[nhà cái uy tín]]: {brand}, {brand2}, {brand3} được đánh giá cao về tốc độ"
        " rút tiền, khuyến mãi và tỷ lệ trả thưởng [[nổ hũ]] cao nhất thị trường.",
        "Chơi [[casino online]] an toàn, bảo mật tuyệt đối, giao dịch qua ngân hàng nội địa."
        " Đăng ký ngay để nhận 188K tiền cược miễn phí.",
    ]),
    ("g4", "dev", "gambling", "[[Đá gà trực tiếp]] Thomo hôm nay", [
        "Xem [[đá gà trực tiếp]] Thomo full HD tại {brand}, [[cược]] [[đá gà online]] uy tín với"
        " tỷ lệ 1 ăn 0.95, [[nạp tiền]] qua Momo chỉ 1 phút.",
        "[[Hoàn trả]] cược thua không giới hạn, liên hệ CSKH Zalo {phone} để mở tài khoản.",
    ]),
    ("g5", "test", "gambling", "[[Nổ hũ]] đổi thưởng – quay là trúng", [
        "Tham gia [[cổng game]] {brand} nhận 88K trải nghiệm miễn phí. [[Slot game]] jackpot hàng"
        " tỷ đồng mỗi tuần, [[quay hũ]] thả ga không lo hết vốn.",
        "Liên hệ CSKH Telegram {tg} để được hỗ trợ [[rút tiền]] siêu tốc.",
    ]),
    ("g6", "dev", "gambling", "Mẹo chơi [[xóc đĩa online]] luôn thắng", [
        "Hướng dẫn chơi [[xóc đĩa online]] tại [[nhà cái]] {brand}: mẹo bắt cầu chẵn lẻ, cách vào"
        " tiền gấp thếp để gỡ vốn nhanh nhất.",
        "Cao thủ chia sẻ bí kíp thắng [[tài xỉu]] 90% ván, đăng ký qua link {url} để nhận thêm"
        " 100K.",
    ]),
    ("g7", "test", "gambling", "[[Sòng bài trực tuyến]] {brand} – [[casino]] live", [
        "Trải nghiệm [[sòng bài trực tuyến]] đẳng cấp: [[baccarat]], [[roulette]], [[blackjack]],"
        " [[poker]] với dealer người thật phát sóng 24/7.",
        "Thành viên VIP được [[hoàn tiền]] 2% và quà sinh nhật. Mở tài khoản tại {url}.",
    ]),
    # betting ----------------------------------------------------------------------------
    ("b1", "dev", "betting", "[[Soi kèo]] {teamA} vs {teamB}, 02h00 ngày {date}", [
        "Nhận định, [[tỷ lệ kèo nhà cái]] trận {teamA} gặp {teamB}. [[Kèo châu Á]]: {teamA}"
        " chấp 0.5 trái; [[kèo tài xỉu]] 2.5 trái.",
        "Dự đoán tỷ số: 2-1. Đặt [[cược]] ngay tại {brand} để nhận [[hoàn trả]] 1.2% mỗi vé.",
    ]),
    ("b2", "dev", "betting", "[[Kèo nhà cái]] hôm nay – cập nhật [[tỷ lệ kèo]] nhanh nhất", [
        "Cập nhật [[tỷ lệ kèo]] bóng đá trực tuyến Ngoại hạng Anh, La Liga, Cúp C1 từng phút.",
        "[[Cá cược bóng đá]] uy tín tại {brand}, thưởng 150% cho lần nạp đầu, rút tiền 24/7.",
    ]),
    ("b3", "test", "betting", "Trực tiếp bóng đá {teamA} – {teamB}", [
        "Link xem trực tiếp chất lượng cao không quảng cáo tại {stream}. [[Cá độ bóng đá]]"
        " online, [[kèo thơm]] mỗi ngày, tip miễn phí từ chuyên gia.",
        "Đăng ký {brand} qua link {url} nhận 100K [[cược]] miễn phí.",
    ]),
    ("b4", "dev", "betting", "Nhóm [[tip bóng đá]] chuẩn xác 90%", [
        "Chuyên gia [[soi kèo]] Ngoại hạng Anh 10 năm kinh nghiệm chia sẻ [[kèo thơm]] mỗi ngày.",
        "Vào nhóm VIP Telegram {tg} chỉ 500K/tháng, cam kết hoàn tiền nếu thua. Zalo: {phone}.",
    ]),
    ("b5", "test", "betting", "[[Cá cược thể thao]] {brand}: hơn 1.000 trận mỗi ngày", [
        "[[Kèo rung]], [[kèo chấp]], [[cược xiên]] với tỷ lệ cao nhất thị trường.",
        "Đăng ký ngay nhận 200K [[cược]] miễn phí, [[nạp tiền]] nhanh qua ví điện tử: {url}",
    ]),
    ("b6", "test", "betting", "[[Nhận định bóng đá]] và [[soi kèo]] hôm nay", [
        "Phân tích phong độ, lực lượng, [[tỷ lệ kèo]] các trận cầu đỉnh cao cuối tuần.",
        "Vào {brand} [[đặt cược]] an toàn, [[kèo nhà cái]] được cập nhật liên tục.",
    ]),
    # lottery betting --------------------------------------------------------------------
    ("l1", "dev", "lottery_betting", "[[Soi cầu]] XSMB {date} – [[chốt số]] chuẩn xác", [
        "[[Bạch thủ lô]] 27, [[song thủ lô]] 38-83, [[dàn đề]] 10 số chạm 4, 6.",
        "Đánh [[lô đề online]] tỷ lệ [[1 ăn 99]] tại {brand}, nạp tiền lần đầu tặng 50%.",
    ]),
    ("l2", "test", "lottery_betting", "[[Lô đề online]] uy tín – [[đánh đề]] 1 ăn 99.5", [
        "[[Lô xiên]] 2 ăn 17, xiên 3 ăn 65. Nạp tiền qua ngân hàng, rút tiền trong 5 phút.",
        "Tặng 50K cho thành viên mới tại {url}. Hỗ trợ Zalo {phone}.",
    ]),
    ("l3", "dev", "lottery_betting", "Thống kê [[lô gan]], [[cầu lô]] đẹp nhất hôm nay", [
        "[[Nuôi lô khung 3 ngày]], [[bạch thủ]] miền Bắc ăn chắc. Liên hệ Zalo {phone} để nhận"
        " [[số đẹp]] VIP chắc ăn 100%.",
    ]),
    ("l4", "test", "lottery_betting", "[[Đề về]] bao nhiêu hôm nay? [[Chốt số]] miền Nam", [
        "[[Soi cầu]] Rồng Bạch Kim, [[ghi đề online]] không cần ra đại lý, trả thưởng ngay.",
        "Cao thủ [[soi cầu]] bật mí [[dàn đề]] 36 số bất bại, đăng ký tại {url}.",
    ]),
    # sex ---------------------------------------------------------------------------------
    ("s1", "dev", "sex", "[[Gái gọi]] cao cấp {city}", [
        "Hàng tuyển sinh viên, người mẫu, [[đi khách]] qua đêm giá từ 1tr5/shot.",
        "Liên hệ Zalo {phone} để xem ảnh thật, cam kết uy tín, không lừa đảo.",
    ]),
    ("s2", "test", "sex", "[[Phim sex]] mới nhất 2026", [
        "[[Phim người lớn]] không che, [[JAV]] vietsub, [[clip nóng]] mới cập nhật mỗi ngày.",
        "Xem miễn phí, không quảng cáo tại {url}.",
    ]),
    ("s3", "dev", "sex", "[[Massage kích dục]] tận phòng {city}", [
        "[[Tắm tiên]], [[massage body]] 24/7, nhân viên trẻ đẹp, [[happy ending]].",
        "Đặt lịch qua Telegram {tg} hoặc gọi {phone}.",
    ]),
    ("s4", "test", "sex", "[[Thuốc kích dục]] nữ dạng nước", [
        "Không màu không mùi, hiệu quả sau 5 phút, bảo hành 1 đổi 1.",
        "Giao hàng kín đáo toàn quốc, thanh toán khi nhận hàng. Gọi {phone}.",
    ]),
    ("s5", "dev", "sex", "[[Chat sex]] với hot girl – [[show hàng]] live 18+", [
        "Tải app nhận 100 xu miễn phí, [[tìm bạn tình]] một đêm, [[sugar baby]] quanh bạn.",
        "Link tải: {url}",
    ]),
    # fake degree --------------------------------------------------------------------------
    ("d1", "dev", "fake_degree", "Nhận [[làm bằng đại học]] các trường toàn quốc", [
        "Nhận [[làm bằng đại học]], [[bằng cấp 3]], bằng trung cấp: phôi thật, có hồ sơ gốc,"
        " tra cứu được trên hệ thống.",
        "Không cần đặt cọc, nhận bằng mới thanh toán. Liên hệ: {phone}.",
    ]),
    ("d2", "test", "fake_degree", "Dịch vụ [[làm bằng giả]] giá rẻ", [
        "[[Làm bằng lái xe]] A1, B2 [[không cần thi]], [[làm giấy tờ giả]]: CCCD, giấy khai"
        " sinh, sổ hộ khẩu.",
        "Bảo mật thông tin tuyệt đối. Zalo {phone}.",
    ]),
    ("d3", "dev", "fake_degree", "[[Làm chứng chỉ]] IELTS, TOEIC lấy ngay", [
        "[[Làm chứng chỉ]] tiếng Anh, [[chứng chỉ tin học]] [[không cần học]], [[không cần thi]],"
        " lấy nhanh trong 3 ngày. Cam kết [[bằng thật]] 100%.",
        "Hotline/Zalo: {phone}.",
    ]),
    ("d4", "test", "fake_degree", "[[Mua bằng đại học]] – [[làm bằng tốt nghiệp]] nhanh", [
        "[[Làm bằng tốt nghiệp]] THPT, [[mua bằng đại học]] chính quy, [[bằng thạc sĩ]] đủ hồ"
        " sơ, giao tận nơi.",
        "Liên hệ {phone} (Zalo) để được tư vấn miễn phí.",
    ]),
    # scam loans ---------------------------------------------------------------------------
    ("f1", "dev", "scam_loan", "[[Vay tiền nhanh]] online 24/7", [
        "[[Vay tiền nhanh]] [[không cần thế chấp]], chỉ cần CCCD. [[Giải ngân trong 5 phút]],"
        " [[nợ xấu vẫn vay được]].",
        "Hạn mức 5–50 triệu, lãi suất 0% cho khoản vay đầu tiên. Tải app ngay: {url}",
    ]),
    ("f2", "test", "scam_loan", "Hỗ trợ [[vay nóng]] trong ngày tại {city}", [
        "[[Vay tín chấp]] không thẩm định, [[bốc họ]], [[góp ngày]], [[giải ngân nhanh]].",
        "Gọi ngay {phone}, nhận tiền mặt tận nơi.",
    ]),
    ("f3", "dev", "scam_loan", "App [[vay tiền online]] uy tín", [
        "Duyệt hồ sơ tự động, [[không gặp mặt]], nhận tiền ngay sau 10 phút.",
        "[[Hỗ trợ nợ xấu]], không cần chứng minh thu nhập. Tải app: {url}",
    ]),
    ("f4", "test", "scam_loan", "[[Vay online]] chỉ cần CCCD – [[duyệt 100%]]", [
        "[[Vay tiền online]] 10–30 triệu [[không cần thế chấp]], [[không thẩm định]] người"
        " thân, [[giải ngân]] trong ngày.",
        "Liên hệ Zalo {phone}.",
    ]),
    # job scams ----------------------------------------------------------------------------
    ("j1", "dev", "job_scam", "Tuyển [[cộng tác viên online]] làm tại nhà", [
        "[[Việc nhẹ lương cao]]: chỉ cần điện thoại, thu nhập 300–500K/ngày, [[nhận hoa hồng]]"
        " 15–25% mỗi đơn.",
        "Không cần kinh nghiệm, [[không cần đặt cọc]]. Inbox Zalo {phone}.",
    ]),
    ("j2", "test", "job_scam", "[[Làm nhiệm vụ]] Tiktok nhận tiền ngay", [
        "[[Thả tim nhận tiền]], [[xem video kiếm tiền]] 20K/video.",
        "[[Nạp tiền làm nhiệm vụ]] VIP nhận [[hoa hồng]] 30%, rút về tài khoản sau 5 phút."
        " Nhóm Telegram {tg}.",
    ]),
    ("j3", "dev", "job_scam", "Tuyển [[CTV chốt đơn]] Shopee, Lazada", [
        "[[Chốt đơn]] [[đơn hàng ảo]], hoàn tiền gốc cộng [[hoa hồng]] ngay sau 5 phút.",
        "Làm việc tại nhà 1–2 giờ mỗi ngày, liên hệ {phone}.",
    ]),
    ("j4", "test", "job_scam", "[[Kiếm tiền online]] tại nhà 10–20 triệu/tháng", [
        "Chỉ cần 1–2 giờ mỗi ngày, [[việc nhẹ lương cao]], [[nhận hoa hồng]] theo đơn.",
        "Đăng ký [[cộng tác viên]] qua link {url} hoặc Zalo {phone}.",
    ]),
    # Added after the first test-split measurement (see docs/security.md), never tuned on.
    ("b7", "test", "betting", "[[Kèo]] World Cup 2026: [[tỷ lệ cược]] đội vô địch", [
        "Bảng [[tỷ lệ kèo]] vô địch World Cup 2026 cập nhật theo giờ. [[Cược]] trước vòng bảng"
        " nhận [[hoàn trả]] 3%, [[cược xiên]] 4 trận thưởng thêm 20%.",
        "Mở tài khoản tại {brand}, nạp lần đầu tặng 200%: {url}",
    ]),
    ("l5", "test", "lottery_betting", "[[Xổ số online]] 3 miền – [[đánh đề online]] 1 ăn 99", [
        "Chơi [[lô đề]] 3 miền mọi lúc mọi nơi, [[bao lô]], [[xiên quay]], [[đề đầu đuôi]] trả"
        " thưởng tự động sau khi có kết quả.",
        "Đăng ký qua {url}, hỗ trợ nạp tiền qua ngân hàng 24/7.",
    ]),
    ("s6", "test", "sex", "[[Gái xinh livestream]] 18+ – xem [[show]] không giới hạn", [
        "App [[livestream 18+]] với hàng nghìn [[idol]] [[show hàng]] mỗi đêm, [[chat riêng]]"
        " [[1-1]].",
        "Tải app tại {url}, nạp xu nhận quà.",
    ]),
    ("f5", "test", "scam_loan", "Vay 50 triệu chỉ cần ảnh CCCD", [
        "[[Vay tiền online]] [[không cần gặp mặt]], [[không cần chứng minh thu nhập]], có tiền"
        " sau 15 phút. [[Nợ xấu]] vẫn được hỗ trợ.",
        "Nhắn Zalo {phone} để được [[duyệt hồ sơ]] ngay.",
    ]),
    ("j5", "test", "job_scam", "Tuyển nhân viên [[đánh máy tại nhà]] lương 400K/ngày", [
        "Công việc nhập liệu, [[đánh máy tại nhà]] không cần kinh nghiệm, trả lương theo ngày."
        " Đóng [[phí tài liệu]] 200K để nhận việc, hoàn lại sau 3 ngày.",
        "Liên hệ {phone} (Zalo) hoặc Telegram {tg}.",
    ]),
    ("d5", "test", "fake_degree", "[[Làm giấy khám sức khỏe]], [[chứng chỉ hành nghề]] lấy ngay", [
        "Nhận [[làm giấy khám sức khỏe]] có dấu bệnh viện, [[chứng chỉ hành nghề]],"
        " [[bằng cấp]] các loại, [[không cần có mặt]].",
        "Giao tận nơi, Zalo {phone}.",
    ]),
    # Holdout v3: written after the test-informed fixes, measured once, never tuned on.
    ("g9", "test", "gambling", "Tải {brand} nhận 50K – [[Tài Xỉu MD5]], [[Sicbo]], [[Xóc Đĩa]]", [
        "Cổng [[game]] quốc tế, [[Tài Xỉu]] minh bạch kết quả MD5, [[Sicbo]] livestream cùng"
        " MC xinh đẹp. Đổi thưởng nhanh qua ngân hàng, thẻ cào.",
        "Nhập code tân thủ tại {url} để nhận thêm 50K.",
    ]),
    ("b8", "test", "betting", "[[Tips kèo]] Ngoại hạng Anh – [[tỷ số chính xác]] 90%", [
        "Nhóm Zalo VIP chia sẻ [[tips kèo]] [[tỷ số chính xác]] mỗi ngày, thắng 9/10 trận."
        " Phí vào nhóm 300K/tuần, thua hoàn tiền.",
        "Liên hệ admin: {phone} – Telegram {tg}.",
    ]),
    ("s7", "test", "sex", "[[Hẹn hò qua đêm]] tại {city} – [[em gái sinh viên]]", [
        "Dịch vụ [[hẹn hò qua đêm]], [[em gái sinh viên]], người mẫu ảnh, có ảnh thật và"
        " [[video xác minh]].",
        "Đặt lịch kín đáo qua Telegram {tg}.",
    ]),
    ("f6", "test", "scam_loan", "[[Cầm đồ online]] – vay theo đăng ký xe, [[không giữ xe]]", [
        "[[Vay theo cà vẹt xe]], [[không giữ xe]], giải ngân 30 phút, hỗ trợ khách nợ xấu.",
        "Hotline: {phone}.",
    ]),
    ("j6", "test", "job_scam", "Tuyển CTV [[đánh giá 5 sao]] khách sạn nhận 50K/lượt", [
        "Chỉ cần điện thoại, [[đánh giá 5 sao]] cho khách sạn trên các ứng dụng du lịch, mỗi"
        " lượt nhận 50K, ngày làm 30 lượt.",
        "Nhận việc qua Telegram {tg}, thanh toán cuối ngày.",
    ]),
    ("d6", "test", "fake_degree", "[[Làm bảng điểm]], [[giấy xác nhận]] các loại nhanh", [
        "Nhận [[làm bảng điểm]] đại học, [[giấy xác nhận]] công tác, hồ sơ xin việc trọn gói"
        " có dấu đỏ, lấy trong ngày.",
        "Liên hệ Zalo {phone}.",
    ]),
]  # fmt: skip


# --- HTML helpers -----------------------------------------------------------------------------


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def figure(c: Ctx, alt: str, caption: str | None = None) -> str:
    src = f"/media/images/{c.num(2024, 2026)}/{c.num(1, 12):02d}/anh-{c.num(100, 9999)}.jpg"
    cap = f"<figcaption><em>{esc(caption)}</em></figcaption>" if caption else ""
    return f'<figure><img src="{src}" alt="{html.escape(alt)}" width="800">{cap}</figure>'


def article(
    c: Ctx,
    title: str,
    paras: list[str],
    *,
    image: tuple[str, str | None] | None = None,
    table: str | None = None,
    source: bool = True,
    subheads: dict[int, str] | None = None,
) -> str:
    """Assemble a portal news item the way the CMS rich-text editor stores it."""
    tag = c.pick(["h2", "h2", "h3", "h1"])
    out = [f"<{tag}>{esc(title)}</{tag}>"]
    lead, *body = paras
    out.append(c.pick([f"<p><strong>{esc(lead)}</strong></p>", f'<p class="sapo">{esc(lead)}</p>',
                       f"<p>{esc(lead)}</p>"]))  # fmt: skip
    img_at = c.num(0, max(0, len(body) - 1)) if image else -1
    for i, p in enumerate(body):
        if subheads and i in subheads:
            out.append(f"<h3>{esc(subheads[i])}</h3>")
        out.append(f"<p>{esc(p)}</p>")
        if i == img_at and image:
            out.append(figure(c, image[0], image[1]))
    if table:
        out.append(table)
    if source:
        out.append(c.pick([
            f'<p style="text-align:right"><strong>{c.person()}</strong></p>',
            f"<p><em>{esc(c.xa[0].upper() + c.xa[1:])}</em></p>",
            '<p>Nguồn: <a href="{}">{}</a></p>'.format(
                c.pick(GOV_LINKS), c.pick(["Cổng TTĐT tỉnh", "Báo Quảng Ngãi", "Công an tỉnh"])
            ),
            f'<p style="text-align:right"><em>Ban Biên tập {esc(c.xa)}</em></p>',
        ]))  # fmt: skip
    return "\n".join(out)


def table(rows: list[list[str]], header: list[str]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(str(x))}</td>" for x in r) + "</tr>" for r in rows)
    return f'<table class="table" border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def news_brand(c: Ctx) -> str:
    """Gambling sites as named in genuine police reporting."""
    return c.pick(["bong88", "sbobet", "viva88", "fb88", "m88", "kubet", "w88", "5bet", "188bet"])


# --- hard negatives: legitimate news about the topics spam talks about ---------------------


def h_police_online_betting(c: Ctx) -> str:
    n = c.num(12, 480)
    boss = c.person()
    site = news_brand(c)
    return article(c, c.pick([
        f"Triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hơn {n} tỷ đồng",
        f"Công an tỉnh triệt phá đường dây cá độ bóng đá qua mạng quy mô {n} tỷ đồng",
        f"Bóc gỡ đường dây tổ chức đánh bạc trực tuyến, thu giữ hơn {c.num(2, 30)} tỷ đồng",
    ]), [
        f"Ngày {c.date()}, Công an tỉnh Quảng Ngãi cho biết, Phòng Cảnh sát hình sự vừa phối hợp"
        f" với Công an {c.xa} triệt phá thành công đường dây đánh bạc, tổ chức đánh bạc dưới hình"
        f" thức cá độ bóng đá qua mạng Internet với tổng số tiền giao dịch hơn {n} tỷ đồng.",
        c.pick([
            f"Qua công tác nắm tình hình, lực lượng chức năng phát hiện nhóm đối tượng do {boss}"
            f" (SN {c.num(1975, 2000)}) cầm đầu sử dụng trang web {site} để tổ chức cho nhiều"
            " người tham gia cá cược bóng đá. Các đối tượng cấp tài khoản, thu tiền thắng thua qua"
            " tài khoản ngân hàng và hưởng hoa hồng theo tỷ lệ.",
            f"Theo tài liệu điều tra, {boss} hoạt động như một đại lý cấp dưới của nhà cái {site},"
            " lập nhóm kín trên Telegram để mời chào người chơi, nhận tiền nạp và chi trả tiền"
            " thắng cược, hưởng phần trăm trên tổng số tiền giao dịch.",
        ]),
        f"Ngày {c.num(1, 28)}/{c.month}, lực lượng chức năng đồng loạt kiểm tra {c.num(3, 9)} địa"
        f" điểm, bắt giữ {c.num(4, 15)} đối tượng, thu giữ {c.num(5, 40)} điện thoại di động,"
        f" {c.num(1, 5)} máy tính xách tay, nhiều sim số cùng các tài liệu liên quan.",
        c.pick([
            "Tại cơ quan công an, các đối tượng đã khai nhận toàn bộ hành vi phạm tội. Hiện Cơ"
            " quan Cảnh sát điều tra đã khởi tố vụ án, khởi tố bị can về tội Tổ chức đánh bạc và"
            " Đánh bạc, đồng thời tiếp tục mở rộng điều tra.",
            "Vụ án đang được Cơ quan Cảnh sát điều tra Công an tỉnh tiếp tục điều tra, mở rộng để"
            " xử lý nghiêm các đối tượng theo quy định của pháp luật.",
        ]),
        c.pick([
            "Công an tỉnh khuyến cáo người dân không tham gia cá cược, đánh bạc dưới mọi hình"
            " thức; khi phát hiện hành vi vi phạm, kịp thời tố giác đến cơ quan công an nơi gần"
            f" nhất hoặc qua đường dây nóng {c.pretty_phone()}.",
            "Thông qua vụ việc, Công an tỉnh đề nghị người dân nâng cao cảnh giác, không truy cập"
            " các trang web cờ bạc, cá độ trực tuyến vì vừa vi phạm pháp luật vừa có nguy cơ bị"
            " chiếm đoạt tài sản.",
        ]),
    ], image=(c.pick(["Các đối tượng trong đường dây cá độ bóng đá qua mạng tại cơ quan công an",
                      "Tang vật thu giữ trong vụ án tổ chức đánh bạc"]),
              "Ảnh: Công an tỉnh cung cấp"))  # fmt: skip


def h_police_card_game(c: Ctx) -> str:
    k = c.num(5, 14)
    game = c.pick(["binh xập xám", "tiến lên", "xóc đĩa", "tá lả", "ba cây", "liêng"])
    return article(c, c.pick([
        f"Bắt quả tang {k} đối tượng đánh bạc ăn tiền dưới hình thức {game}",
        f"Công an {c.xa} bắt nhóm đối tượng đánh bạc trong dịp Tết",
    ]), [
        f"Khoảng {c.num(14, 23)} giờ ngày {c.date()}, Công an {c.xa} phối hợp với các lực lượng"
        f" chức năng bắt quả tang {k} đối tượng đang có hành vi đánh bạc ăn tiền dưới hình thức"
        f" {game} tại nhà riêng của {c.person()} ở thôn {c.pick(['An Bình', 'Phú Lộc', 'Trung Sơn', 'Thạch Bích', 'Vĩnh Tuy'])}.",
        f"Tại hiện trường, lực lượng chức năng thu giữ {c.num(8, 65)} triệu đồng tiền mặt,"
        f" {c.num(1, 4)} bộ bài tây 52 lá, chiếu bạc, {c.num(3, 11)} điện thoại di động và nhiều"
        " tang vật liên quan.",
        c.pick([
            "Qua đấu tranh, các đối tượng khai nhận tổ chức đánh bạc để sát phạt nhau bằng tiền."
            " Hiện vụ việc đang được củng cố hồ sơ để xử lý theo quy định.",
            "Trước đó, Công an xã đã nhận được tin báo của quần chúng nhân dân về việc một số"
            " người thường xuyên tụ tập đánh bạc vào ban đêm, gây mất trật tự tại khu dân cư.",
        ]),
        "Dịp cuối năm, tình trạng tụ tập cờ bạc thường gia tăng. Công an xã đề nghị người dân"
        " tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, tố giác các tụ điểm cờ"
        " bạc, số đề, cá độ trên địa bàn.",
    ], image=("Lực lượng công an lập biên bản vụ việc", None))  # fmt: skip


def h_police_lottery_ring(c: Ctx) -> str:
    who = c.person()
    return article(c, c.pick([
        "Triệt xóa tụ điểm ghi lô đề, số đề trên địa bàn xã",
        f"Bắt đối tượng ghi số đề, thu giữ nhiều phơi đề tại {c.xa}",
        "Khởi tố đối tượng tổ chức ghi lô, đề qua tin nhắn điện thoại",
    ]), [
        f"Ngày {c.date()}, Công an {c.xa} cho biết đã bắt quả tang {who}"
        f" (SN {c.num(1960, 1995)}) đang có hành vi ghi số lô, số đề cho nhiều người.",
        c.pick([
            f"Tang vật thu giữ gồm {c.num(10, 60)} phơi đề, sổ ghi chép số tiền hơn"
            f" {c.num(5, 90)} triệu đồng, {c.num(1, 3)} điện thoại di động chứa nhiều tin nhắn"
            " mua bán số lô, số đề.",
            f"Theo lời khai, {who} nhận ghi lô đề qua Zalo và tin nhắn điện thoại, căn cứ vào"
            " kết quả xổ số kiến thiết miền Bắc để tính thắng thua, mỗi ngày giao dịch hàng chục"
            " triệu đồng.",
        ]),
        "Đánh lô, đề là hình thức đánh bạc trái phép, để lại nhiều hệ lụy: nhiều gia đình khánh"
        " kiệt, nợ nần, phát sinh tín dụng đen và các loại tội phạm khác.",
        c.pick([
            "Công an xã đã lập hồ sơ, chuyển Cơ quan Cảnh sát điều tra xử lý theo thẩm quyền.",
            "Vụ việc đang được tiếp tục điều tra, làm rõ những người liên quan.",
        ]),
        "Người dân không tham gia chơi lô đề, xổ số trái phép; phát hiện hành vi vi phạm, báo"
        f" ngay cho Công an xã qua số {c.pretty_phone()}.",
    ])  # fmt: skip


def h_police_game_app(c: Ctx) -> str:
    k = c.num(6, 19)
    app = c.pick(["Sunwin", "Go88", "Rikvip", "Hit Club", "Iwin", "B52 Club", "789Club"])
    return article(c, c.pick([
        f"Khởi tố {k} bị can trong đường dây đánh bạc qua ứng dụng game bài đổi thưởng",
        f"Đánh sập đường dây đánh bạc qua cổng game {app}",
    ]), [
        f"Cơ quan Cảnh sát điều tra Công an tỉnh vừa ra quyết định khởi tố vụ án, khởi tố {k} bị"
        f" can về tội Tổ chức đánh bạc liên quan đến cổng game bài đổi thưởng {app}.",
        "Theo kết quả điều tra, các đối tượng lập đại lý cấp dưới, bán điểm cho người chơi để"
        " tham gia các trò nổ hũ, tài xỉu, bắn cá; người chơi nạp tiền vào tài khoản để đổi"
        " điểm và rút tiền khi thắng. Hoạt động quảng cáo được thực hiện qua mạng xã hội với"
        " những lời mời chào như “nạp đầu tặng 100%”, “rút tiền siêu tốc”.",
        f"Tổng số tiền giao dịch qua các tài khoản của đường dây được xác định hơn {c.num(50, 900)}"
        " tỷ đồng. Cơ quan điều tra đã phong tỏa nhiều tài khoản ngân hàng và ví điện tử.",
        "Công an tỉnh cảnh báo: các ứng dụng game bài đổi thưởng thực chất là hình thức đánh bạc"
        " trực tuyến bị nghiêm cấm. Người tham gia không chỉ bị mất tiền mà còn có thể bị xử lý"
        " hình sự theo Điều 321 Bộ luật Hình sự.",
    ], image=("Các bị can tại cơ quan điều tra", "Ảnh minh họa"))  # fmt: skip


def h_court_gambling(c: Ctx) -> str:
    k = c.num(2, 8)
    return article(c, c.pick([
        f"Xét xử lưu động vụ án “Đánh bạc” tại {c.xa}",
        f"Tuyên án {k} bị cáo trong vụ cá độ bóng đá qua mạng",
        "Phiên tòa hình sự sơ thẩm lưu động vụ án tổ chức đánh bạc",
    ]), [
        f"Ngày {c.date()}, Tòa án nhân dân khu vực {c.num(1, 9)} - Quảng Ngãi phối hợp với Viện"
        f" kiểm sát nhân dân cùng cấp và UBND {c.xa} mở phiên tòa hình sự sơ thẩm lưu động xét"
        f" xử {k} bị cáo về tội “Đánh bạc” theo Điều 321 Bộ luật Hình sự.",
        c.pick([
            "Theo cáo trạng, trong thời gian từ tháng 5 đến tháng 7, các bị cáo đã nhiều lần"
            " tham gia cá cược bóng đá qua mạng với hình thức cá cược tỷ số, tài xỉu, mỗi lần"
            f" đặt cược từ 500 nghìn đến {c.num(2, 20)} triệu đồng.",
            "Theo cáo trạng, các bị cáo đã tổ chức cho nhiều người đánh lô, đề, cá độ bóng đá"
            " và thu lợi bất chính hàng trăm triệu đồng.",
        ]),
        f"Kết thúc phiên tòa, Hội đồng xét xử tuyên phạt các bị cáo mức án từ {c.num(6, 18)}"
        f" tháng tù cho hưởng án treo đến {c.num(2, 7)} năm tù giam, đồng thời tịch thu sung"
        " công quỹ nhà nước số tiền dùng vào việc đánh bạc.",
        "Phiên tòa thu hút đông đảo người dân theo dõi, góp phần tuyên truyền, giáo dục pháp"
        " luật, răn đe và phòng ngừa chung đối với tội phạm cờ bạc trên địa bàn.",
    ])  # fmt: skip


def h_social_evils(c: Ctx) -> str:
    return article(c, c.pick([
        "Hội nghị tuyên truyền phòng, chống tệ nạn mại dâm năm 2026",
        f"{c.xa[0].upper() + c.xa[1:]} triển khai kế hoạch phòng, chống tệ nạn xã hội",
        "Tăng cường kiểm tra cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm",
    ]), [
        f"Ngày {c.date()}, UBND {c.xa} tổ chức hội nghị tuyên truyền phòng, chống tệ nạn mại"
        f" dâm, mua bán người và phòng, chống HIV/AIDS cho hơn {c.num(80, 250)} đại biểu là cán"
        " bộ, hội viên và chủ cơ sở kinh doanh dịch vụ trên địa bàn.",
        c.pick([
            "Tại hội nghị, báo cáo viên đã phổ biến Luật Phòng, chống mua bán người, Pháp lệnh"
            " phòng, chống mại dâm, các quy định xử phạt vi phạm hành chính trong lĩnh vực phòng,"
            " chống tệ nạn xã hội.",
            "Báo cáo viên thông tin về tình hình tệ nạn mại dâm có xu hướng chuyển sang hoạt động"
            " trá hình, kín đáo, lợi dụng mạng xã hội để môi giới, gây khó khăn cho công tác phát"
            " hiện, xử lý.",
        ]),
        "Các cơ sở kinh doanh dịch vụ lưu trú, karaoke, massage được yêu cầu ký cam kết không"
        " để xảy ra hoạt động mua bán dâm, sử dụng ma túy, đánh bạc tại cơ sở.",
        c.pick([
            f"Phát biểu tại hội nghị, {c.official}, {c.role} đề nghị các thôn tăng cường tuyên"
            " truyền, xây dựng địa bàn lành mạnh, không có tệ nạn xã hội.",
            f"Dịp này, {c.xa} ra mắt mô hình “Thôn, tổ dân phố không tệ nạn ma túy, mại dâm, cờ"
            " bạc”.",
        ]),
    ], image=("Quang cảnh hội nghị", None))  # fmt: skip


def h_black_credit(c: Ctx) -> str:
    return article(c, c.pick([
        f"Tuyên truyền phòng, chống tín dụng đen tại {c.xa}",
        "Cảnh báo thủ đoạn cho vay qua ứng dụng di động lãi suất cắt cổ",
        "Người dân cần cảnh giác với các quảng cáo vay tiền “dễ dàng” trên mạng",
    ]), [
        f"Ngày {c.date()}, Công an {c.xa} phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức buổi tuyên"
        " truyền phòng, chống tín dụng đen cho hội viên và người dân các thôn.",
        c.pick([
            "Thời gian gần đây, trên mạng xã hội xuất hiện nhiều quảng cáo với nội dung “vay tiền"
            " nhanh, không cần thế chấp, chỉ cần CCCD, giải ngân trong 5 phút”. Thực chất đây là"
            " hoạt động cho vay nặng lãi, lãi suất có thể lên tới hàng trăm phần trăm mỗi năm.",
            "Các đối tượng lợi dụng nhu cầu vay vốn của người dân, quảng cáo “nợ xấu vẫn vay"
            " được”, “không thẩm định”, sau đó yêu cầu nộp phí hồ sơ, phí bảo hiểm khoản vay rồi"
            " chiếm đoạt.",
        ]),
        "Khi người vay chậm trả, các đối tượng dùng thủ đoạn đòi nợ thuê, gọi điện khủng bố tinh"
        " thần, bôi nhọ danh dự người vay và người thân trong danh bạ điện thoại.",
        c.pick([
            "Người dân có nhu cầu vay vốn nên liên hệ các tổ chức tín dụng hợp pháp như Ngân hàng"
            " Chính sách xã hội, Quỹ tín dụng nhân dân, các ngân hàng thương mại.",
            "Công an xã khuyến cáo người dân tuyệt đối không cung cấp thông tin cá nhân, ảnh căn"
            " cước cho các ứng dụng không rõ nguồn gốc; khi bị đe dọa, báo ngay cho cơ quan công"
            " an.",
        ]),
    ])  # fmt: skip


def h_lottery_results(c: Ctx) -> str:
    r = c.rng

    def n(d: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(d))

    rows = [
        ["Giải tám", n(2)], ["Giải bảy", n(3)], ["Giải sáu", f"{n(4)} - {n(4)} - {n(4)}"],
        ["Giải năm", n(4)], ["Giải tư", " - ".join(n(5) for _ in range(7))],
        ["Giải ba", f"{n(5)} - {n(5)}"], ["Giải nhì", n(5)], ["Giải nhất", n(5)],
        ["Giải đặc biệt", n(6)],
    ]  # fmt: skip
    return article(c, c.pick([
        f"Kết quả xổ số kiến thiết Quảng Ngãi mở thưởng ngày {c.date()}",
        f"Công ty TNHH MTV Xổ số kiến thiết Quảng Ngãi công bố kết quả kỳ quay {c.date()}",
    ]), [
        "Công ty TNHH MTV Xổ số kiến thiết Quảng Ngãi công bố kết quả mở thưởng xổ số kiến thiết"
        f" ngày {c.date()} như sau:",
        c.pick([
            "Vé trúng thưởng có giá trị lĩnh thưởng trong thời hạn 30 ngày kể từ ngày mở thưởng."
            " Khách hàng trúng giải đặc biệt liên hệ trực tiếp trụ sở Công ty để được hướng dẫn.",
            "Kết quả chính thức căn cứ vào biên bản của Hội đồng giám sát xổ số. Quý khách vui"
            " lòng dò vé tại các đại lý được ủy quyền của Công ty.",
        ]),
    ], table=table(rows, ["Giải", "Kết quả"]), source=False) + (
        '<p>Mọi chi tiết xin liên hệ: Phòng Kế hoạch - Thị trường, điện thoại 0255.3822.xxx.</p>'
    )  # fmt: skip


def h_lottery_company(c: Ctx) -> str:
    return article(c, c.pick([
        "Xổ số kiến thiết Quảng Ngãi trao giải đặc biệt trị giá 2 tỷ đồng",
        "Công ty Xổ số kiến thiết hoàn thành vượt kế hoạch nộp ngân sách",
    ]), [
        f"Ngày {c.date()}, Công ty TNHH MTV Xổ số kiến thiết Quảng Ngãi tổ chức trao giải đặc"
        f" biệt cho khách hàng {c.person()} trúng thưởng tại đại lý vé số ở {c.xa}.",
        f"Năm 2026, doanh thu phát hành vé xổ số của Công ty ước đạt {c.num(300, 900)} tỷ đồng,"
        f" nộp ngân sách nhà nước {c.num(80, 200)} tỷ đồng, góp phần đầu tư xây dựng trường học,"
        " bệnh viện và các công trình phúc lợi xã hội.",
        c.pick([
            "Lãnh đạo Công ty khuyến cáo người dân chỉ mua vé số tại các đại lý chính thức, không"
            " tham gia chơi lô đề, số đề và các hình thức xổ số trái phép.",
            "Công ty tiếp tục phối hợp với cơ quan công an đấu tranh với tình trạng lợi dụng kết"
            " quả xổ số kiến thiết để tổ chức đánh lô, đề trái phép.",
        ]),
        "Người bán vé số lẻ được hỗ trợ mua bảo hiểm y tế, bảo hiểm xã hội tự nguyện và được"
        " tặng áo, nón in logo Công ty.",
    ], image=("Trao giải cho khách hàng trúng giải đặc biệt", None))  # fmt: skip


def h_lottery_vietlott(c: Ctx) -> str:
    return article(c, c.pick([
        "Quản lý hoạt động kinh doanh xổ số điện toán trên địa bàn tỉnh",
        "Khách hàng tại Quảng Ngãi trúng Jackpot xổ số điện toán",
    ]), [
        f"Theo Sở Tài chính, tính đến tháng {c.month}/2026, trên địa bàn tỉnh có {c.num(40, 120)}"
        " điểm bán vé xổ số tự chọn số theo hình thức điện toán (Vietlott) hoạt động theo đúng"
        " quy định tại Nghị định 30/2007/NĐ-CP về kinh doanh xổ số.",
        f"Trong năm, một khách hàng tại tỉnh đã trúng giải Jackpot sản phẩm Power 6/55 trị giá"
        f" hơn {c.num(20, 150)} tỷ đồng; người trúng thưởng thực hiện nghĩa vụ nộp thuế thu nhập"
        " cá nhân theo quy định.",
        "Sở Tài chính đề nghị các địa phương tăng cường kiểm tra, xử lý nghiêm các trường hợp"
        " kinh doanh xổ số trái phép, bán vé số qua mạng không đúng quy định, lợi dụng kết quả"
        " xổ số để tổ chức đánh bạc.",
    ])  # fmt: skip


def h_vbsp_loans(c: Ctx) -> str:
    return article(c, c.pick([
        f"Ngân hàng Chính sách xã hội giải ngân {c.num(5, 60)} tỷ đồng cho vay hộ nghèo",
        f"Vốn tín dụng chính sách giúp người dân {c.xa} thoát nghèo",
        "Phiên giao dịch của Ngân hàng Chính sách xã hội tại điểm giao dịch xã",
    ]), [
        f"Từ đầu năm đến nay, Phòng giao dịch Ngân hàng Chính sách xã hội đã giải ngân"
        f" {c.num(5, 60)} tỷ đồng cho {c.num(150, 900)} lượt hộ nghèo, hộ cận nghèo, hộ mới thoát"
        f" nghèo tại {c.xa} vay vốn phát triển sản xuất, kinh doanh.",
        c.pick([
            "Theo quy định, hộ nghèo được vay tối đa 100 triệu đồng với lãi suất ưu đãi, không"
            " phải thực hiện bảo đảm tiền vay, thủ tục được thực hiện thông qua Tổ tiết kiệm và"
            " vay vốn ở thôn.",
            "Các chương trình cho vay gồm: cho vay hộ nghèo, cho vay học sinh sinh viên, cho vay"
            " giải quyết việc làm, cho vay nước sạch và vệ sinh môi trường nông thôn, cho vay nhà"
            " ở xã hội.",
        ]),
        f"Nhờ nguồn vốn vay, gia đình chị {c.person()} ở thôn {c.pick(['Hà Nhai', 'Xuân Yên', 'Đồng Xuân', 'Kim Thành'])}"
        f" đã đầu tư nuôi {c.num(2, 6)} con bò sinh sản, trồng {c.num(1, 4)} ha keo, mỗi năm"
        " có thu nhập ổn định.",
        c.pick([
            "Phiên giao dịch được tổ chức vào ngày 15 hằng tháng tại trụ sở UBND xã. Người dân"
            " có nhu cầu vay vốn liên hệ Tổ trưởng Tổ tiết kiệm và vay vốn tại thôn để được hướng"
            " dẫn hồ sơ.",
            "Ngân hàng Chính sách xã hội khuyến cáo người dân không vay tiền qua các ứng dụng,"
            " đối tượng cho vay nặng lãi trên mạng để tránh rơi vào bẫy tín dụng đen.",
        ]),
    ], image=("Cán bộ ngân hàng giải ngân vốn vay tại điểm giao dịch xã", None))  # fmt: skip


def h_football_youth(c: Ctx) -> str:
    k = c.num(8, 16)
    return article(c, c.pick([
        f"Khai mạc Giải bóng đá thiếu niên nhi đồng {c.xa} năm 2026",
        "Bế mạc giải bóng đá thiếu niên, nhi đồng hè 2026",
        "Sôi nổi giải bóng đá mini chào mừng Ngày Quốc khánh 2/9",
    ]), [
        f"Ngày {c.date()}, Xã đoàn phối hợp với Trung tâm Văn hóa - Thể thao {c.xa} tổ chức Giải"
        f" bóng đá thiếu niên nhi đồng năm 2026 với sự tham gia của {k} đội bóng đến từ các"
        " thôn và trường học trên địa bàn.",
        c.pick([
            f"Trận khai mạc giữa đội thôn {c.pick(['An Hòa', 'Phước Lộc', 'Tân An'])} và đội"
            f" thôn {c.pick(['Đông Thành', 'Hải Ninh', 'Thọ Lộc'])} diễn ra hấp dẫn, kết thúc với"
            f" tỷ số {c.num(1, 4)}-{c.num(0, 3)}.",
            f"Sau {c.num(5, 9)} ngày tranh tài sôi nổi, đội bóng trường THCS xã đã giành chức vô"
            f" địch sau khi thắng đối thủ với tỷ số {c.num(2, 5)}-{c.num(0, 1)} trong trận chung"
            " kết.",
        ]),
        "Giải nhằm tạo sân chơi lành mạnh, bổ ích cho thiếu niên nhi đồng trong dịp hè, rèn"
        " luyện sức khỏe, tinh thần đoàn kết và phòng tránh đuối nước, tệ nạn xã hội.",
        f"Ban tổ chức đã trao cúp, cờ và tiền thưởng cho các đội đoạt giải; giải Vua phá lưới"
        f" thuộc về em {c.person()} với {c.num(4, 9)} bàn thắng.",
    ], image=("Pha tranh bóng trong trận khai mạc", None))  # fmt: skip


def h_football_adult(c: Ctx) -> str:
    teams = c.rng.sample(["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Công an xã", "Quân sự xã",
                          "Trường THCS", "Đoàn Thanh niên"], 6)  # fmt: skip
    rows = [[f"{teams[i]} - {teams[i + 1]}", f"{c.num(0, 4)} - {c.num(0, 4)}"] for i in (0, 2, 4)]
    return article(c, c.pick([
        "Giải bóng đá nam mừng Đảng, mừng Xuân Bính Ngọ 2026",
        "Kết quả vòng bảng Giải bóng đá nam các thôn năm 2026",
    ]), [
        f"Giải bóng đá nam {c.xa} năm 2026 quy tụ {c.num(6, 12)} đội bóng với hơn"
        f" {c.num(150, 260)} cầu thủ tham gia, thi đấu theo thể thức vòng tròn tính điểm.",
        "Điều lệ giải quy định nghiêm cấm mọi hành vi tiêu cực, bạo lực sân cỏ, dàn xếp tỷ số"
        " và cá độ bóng đá; đội vi phạm sẽ bị truất quyền thi đấu.",
        "Các trận đấu diễn ra vào chiều thứ Bảy, Chủ nhật hằng tuần tại sân vận động trung tâm"
        " xã, thu hút đông đảo cổ động viên đến cổ vũ.",
        "Kết quả lượt trận thứ nhất như sau:",
    ], table=table(rows, ["Trận đấu", "Tỷ số"]))  # fmt: skip


def h_folk_games(c: Ctx) -> str:
    return article(c, c.pick([
        "Sôi nổi các trò chơi dân gian mừng Xuân Bính Ngọ 2026",
        f"Hội thi kéo co, đánh đu tại lễ hội truyền thống {c.xa}",
        "Lễ hội Cầu Ngư: đua thuyền, hô bài chòi và các trò chơi dân gian",
    ]), [
        f"Trong 3 ngày Tết, {c.xa} tổ chức chuỗi hoạt động văn hóa, thể thao và trò chơi dân gian"
        " thu hút hàng nghìn lượt người dân và du khách tham gia.",
        c.pick([
            "Các trò chơi như kéo co, đánh đu, đẩy gậy, nhảy bao bố, bịt mắt đập niêu, cờ người"
            " diễn ra sôi nổi, mang lại không khí vui tươi đầu năm mới.",
            "Nổi bật là hội thi đua thuyền trên sông Trà Khúc, hội đánh bài chòi dân gian với"
            " những câu hô thai mộc mạc, đậm chất miền Trung.",
        ]),
        "Nghệ thuật Bài chòi Trung Bộ Việt Nam đã được UNESCO ghi danh là Di sản văn hóa phi vật"
        " thể đại diện của nhân loại; các câu lạc bộ bài chòi của xã được duy trì sinh hoạt"
        " thường xuyên.",
        f"Ban tổ chức đã trao {c.num(20, 60)} giải thưởng cho các đội, cá nhân đạt thành tích cao.",
    ], image=("Hội thi kéo co thu hút đông đảo người dân", None))  # fmt: skip


def h_job_fair(c: Ctx) -> str:
    k = c.num(1500, 6000)
    rows = [
        [c.pick(["Công ty TNHH Doosan Vina", "Công ty CP Thép Hòa Phát Dung Quất", "Công ty TNHH Foster"]),
         c.pick(["Công nhân vận hành", "Kỹ thuật viên điện", "Công nhân may"]), c.num(20, 300),
         f"{c.num(7, 10)}-{c.num(11, 16)} triệu đồng"],
        [c.pick(["Công ty CP Nhựa Bình Minh", "Công ty TNHH Ki Won", "Khu kinh tế Dung Quất"]),
         c.pick(["Nhân viên kho", "Lái xe nâng", "Nhân viên kế toán"]), c.num(5, 60),
         f"{c.num(8, 12)} triệu đồng trở lên"],
    ]  # fmt: skip
    return article(c, c.pick([
        f"Ngày hội việc làm năm 2026: hơn {k} vị trí tuyển dụng",
        "Phiên giao dịch việc làm lưu động tại xã",
        "Tư vấn, giới thiệu việc làm và xuất khẩu lao động cho thanh niên",
    ]), [
        f"Ngày {c.date()}, Trung tâm Dịch vụ việc làm tỉnh phối hợp với UBND {c.xa} tổ chức Ngày"
        f" hội việc làm với sự tham gia của {c.num(20, 60)} doanh nghiệp, cần tuyển {k} lao động.",
        c.pick([
            "Nhiều vị trí không yêu cầu kinh nghiệm, doanh nghiệp đào tạo nghề miễn phí, mức lương"
            " từ 7 đến 15 triệu đồng/tháng, được đóng đầy đủ bảo hiểm xã hội.",
            "Người lao động được tư vấn miễn phí về chính sách việc làm, học nghề, bảo hiểm thất"
            " nghiệp và đi làm việc có thời hạn ở nước ngoài theo hợp đồng tại Nhật Bản, Hàn Quốc.",
        ]),
        "Người lao động có nhu cầu đăng ký tìm việc trực tuyến tại sàn giao dịch việc làm của tỉnh"
        f" hoặc liên hệ số điện thoại {c.pretty_phone()} để được hỗ trợ.",
        "Trung tâm lưu ý người lao động chỉ tìm việc qua các kênh chính thống, cảnh giác với lời"
        " mời “việc nhẹ lương cao” trên mạng xã hội.",
    ], table=table(rows, ["Doanh nghiệp", "Vị trí", "Số lượng", "Mức lương"]))  # fmt: skip


def h_scam_warning_jobs(c: Ctx) -> str:
    return article(c, c.pick([
        "Cảnh giác thủ đoạn lừa đảo “việc nhẹ lương cao”",
        f"Công an {c.xa} cảnh báo lừa đảo tuyển cộng tác viên online",
        "Nhiều người mất tiền vì “làm nhiệm vụ” nhận hoa hồng trên mạng",
    ]), [
        f"Thời gian gần đây, Công an {c.xa} tiếp nhận nhiều đơn trình báo của người dân bị lừa"
        f" đảo chiếm đoạt tài sản với tổng số tiền hơn {c.num(200, 2000)} triệu đồng qua hình"
        " thức tuyển cộng tác viên online.",
        c.pick([
            "Các đối tượng đăng tin tuyển dụng “việc nhẹ lương cao”, “làm tại nhà, chỉ cần điện"
            " thoại, thu nhập 500 nghìn mỗi ngày”, sau đó yêu cầu nạn nhân làm nhiệm vụ thả tim,"
            " đánh giá sản phẩm để nhận hoa hồng.",
            "Ban đầu, nạn nhân được giao các đơn hàng nhỏ và được hoàn tiền gốc kèm hoa hồng để"
            " tạo lòng tin. Sau đó, đối tượng yêu cầu nạp số tiền lớn hơn để “chốt đơn” và viện"
            " lý do thao tác sai để chiếm đoạt.",
        ]),
        f"Điển hình, chị {c.person()} (trú tại {c.xa}) bị chiếm đoạt {c.num(50, 600)} triệu đồng"
        " sau khi tham gia “làm nhiệm vụ” theo hướng dẫn của một nhóm Telegram.",
        "Công an xã khuyến cáo: không có công việc nào nhẹ nhàng mà thu nhập cao; tuyệt đối"
        " không chuyển tiền cho người lạ, không truy cập đường link lạ, không cài đặt ứng dụng"
        " không rõ nguồn gốc. Khi nghi ngờ bị lừa đảo, báo ngay cho cơ quan công an.",
    ], image=("Ảnh minh họa thủ đoạn lừa đảo qua mạng", None))  # fmt: skip


def h_scam_warning_generic(c: Ctx) -> str:
    return article(c, c.pick([
        "Cảnh báo các thủ đoạn lừa đảo qua mạng dịp cuối năm",
        "Nhận diện 10 thủ đoạn lừa đảo trực tuyến phổ biến",
    ]), [
        "Công an tỉnh vừa có thông báo cảnh báo người dân về các thủ đoạn lừa đảo chiếm đoạt tài"
        " sản trên không gian mạng đang diễn biến phức tạp.",
        "Các thủ đoạn phổ biến gồm: giả danh công an, viện kiểm sát gọi điện yêu cầu chuyển tiền;"
        " mạo danh nhân viên ngân hàng gửi đường link giả mạo; lừa đảo trúng thưởng, khuyến mãi;"
        " dụ dỗ đầu tư tiền ảo, tham gia các sàn cá cược với lời hứa lợi nhuận cao.",
        "Ngoài ra, các đối tượng còn quảng cáo dịch vụ “lấy lại tiền bị lừa”, “hỗ trợ vay vốn"
        " không cần thế chấp” trên Facebook, Zalo để tiếp tục lừa đảo.",
        "Người dân cần cảnh giác, không cung cấp mã OTP, không bấm vào đường link lạ; mọi thắc"
        f" mắc liên hệ Công an xã qua số {c.pretty_phone()} hoặc Zalo của Công an xã.",
    ])  # fmt: skip


def h_degree_verification(c: Ctx) -> str:
    k = c.num(1, 6)
    return article(c, c.pick([
        "Xác minh văn bằng, chứng chỉ của cán bộ, công chức cấp xã",
        f"Phát hiện {k} trường hợp sử dụng văn bằng không hợp pháp",
        "Rà soát văn bằng, chứng chỉ trong cơ quan nhà nước",
    ]), [
        f"Thực hiện chỉ đạo của Sở Nội vụ, UBND {c.xa} đã hoàn thành việc rà soát, xác minh"
        f" {c.num(40, 120)} văn bằng, chứng chỉ của cán bộ, công chức, viên chức và người lao"
        " động.",
        c.pick([
            f"Qua xác minh với các cơ sở đào tạo, phát hiện {k} trường hợp sử dụng bằng giả, bằng"
            " không đúng quy định để được tuyển dụng, bổ nhiệm. Các trường hợp này đã bị xử lý kỷ"
            " luật, hủy bỏ quyết định tuyển dụng.",
            "Việc xác minh được thực hiện thông qua hệ thống tra cứu văn bằng của Bộ Giáo dục và"
            " Đào tạo và văn bản đề nghị xác minh gửi các trường đại học.",
        ]),
        "Sở Nội vụ lưu ý, hành vi sử dụng văn bằng giả có thể bị truy cứu trách nhiệm hình sự"
        " về tội sử dụng con dấu hoặc tài liệu giả của cơ quan, tổ chức theo Điều 341 Bộ luật"
        " Hình sự.",
        "Người dân có thể tra cứu văn bằng tốt nghiệp trung học phổ thông trên Cổng thông tin"
        " của Bộ Giáo dục và Đào tạo.",
    ])  # fmt: skip


def h_degree_crime(c: Ctx) -> str:
    who = c.person()
    return article(c, c.pick([
        "Khởi tố đối tượng làm giả bằng cấp, rao bán trên mạng xã hội",
        f"Bắt đối tượng chuyên làm bằng giả, giấy tờ giả tại {c.pick(CITIES)}",
    ]), [
        f"Ngày {c.date()}, Cơ quan Cảnh sát điều tra Công an tỉnh đã khởi tố vụ án, khởi tố bị"
        f" can, bắt tạm giam {who} về tội Làm giả con dấu, tài liệu của cơ quan, tổ chức.",
        f"Theo điều tra, {who} lập nhiều tài khoản Facebook, Zalo đăng quảng cáo “nhận làm bằng"
        " đại học, bằng cấp 3, bằng lái xe, phôi thật, tra cứu được” để tìm khách hàng, mỗi văn"
        f" bằng giả bán với giá từ {c.num(3, 9)} đến {c.num(10, 30)} triệu đồng.",
        f"Khám xét nơi ở của đối tượng, cơ quan công an thu giữ {c.num(40, 300)} văn bằng, chứng"
        " chỉ giả các loại, nhiều phôi bằng, con dấu và máy in màu.",
        "Công an tỉnh đề nghị những người đã mua, sử dụng văn bằng giả do đối tượng làm ra chủ"
        " động đến cơ quan công an khai báo, đồng thời cảnh báo người dân không mua, sử dụng"
        " giấy tờ giả.",
    ])  # fmt: skip


def h_casino_policy(c: Ctx) -> str:
    return article(c, c.pick([
        "Kéo dài thời gian thí điểm cho người Việt Nam vào chơi casino",
        "Quy định mới về kinh doanh casino và trò chơi điện tử có thưởng",
    ]), [
        "Chính phủ vừa ban hành nghị quyết về việc tiếp tục thí điểm cho người Việt Nam vào chơi"
        " tại các điểm kinh doanh casino ở Phú Quốc (Kiên Giang) và Vân Đồn (Quảng Ninh).",
        "Theo quy định tại Nghị định 03/2017/NĐ-CP về kinh doanh casino, người Việt Nam muốn"
        " vào chơi phải đủ 21 tuổi trở lên, có năng lực hành vi dân sự đầy đủ và có thu nhập"
        " thường xuyên từ 10 triệu đồng/tháng trở lên.",
        "Bộ Tài chính đánh giá việc thí điểm góp phần tăng thu ngân sách, thu hút khách du lịch,"
        " đồng thời kiểm soát được tình trạng người Việt Nam ra nước ngoài đánh bạc.",
        "Kinh doanh casino là ngành nghề kinh doanh có điều kiện, chịu sự quản lý, giám sát chặt"
        " chẽ; mọi hình thức đánh bạc, cá cược trực tuyến ngoài hệ thống được cấp phép đều là"
        " vi phạm pháp luật.",
    ], source=False)  # fmt: skip


def h_hacked_portal_warning(c: Ctx) -> str:
    return article(c, c.pick([
        "Cảnh báo tình trạng trang thông tin điện tử bị chèn quảng cáo cờ bạc",
        "Tăng cường bảo đảm an toàn thông tin cho cổng thông tin điện tử cấp xã",
    ]), [
        "Sở Khoa học và Công nghệ vừa có văn bản đề nghị các cơ quan, đơn vị và UBND các xã,"
        " phường tăng cường công tác bảo đảm an toàn thông tin cho trang thông tin điện tử.",
        "Qua theo dõi, một số trang thông tin điện tử có tên miền .gov.vn bị tin tặc khai thác lỗ"
        " hổng để chèn các liên kết quảng cáo cá độ bóng đá, nhà cái, đánh bạc trực tuyến, cho"
        " vay tiền và nội dung đồi trụy, ảnh hưởng đến uy tín của cơ quan nhà nước.",
        "Các đơn vị được yêu cầu thay đổi mật khẩu quản trị, cập nhật phiên bản phần mềm, gỡ bỏ"
        " tài khoản không sử dụng, thường xuyên kiểm tra nội dung đăng tải và báo cáo kịp thời"
        " khi phát hiện sự cố.",
        "Đầu mối hỗ trợ xử lý sự cố: Trung tâm Công nghệ thông tin và Truyền thông tỉnh, điện"
        f" thoại {c.pretty_phone()}.",
    ])  # fmt: skip


def h_reproductive_health(c: Ctx) -> str:
    return article(c, c.pick([
        "Truyền thông chăm sóc sức khỏe sinh sản vị thành niên, thanh niên",
        "Giáo dục giới tính, phòng chống xâm hại tình dục trẻ em",
    ]), [
        f"Trạm Y tế {c.xa} phối hợp với Trường THCS tổ chức buổi truyền thông về sức khỏe sinh"
        f" sản vị thành niên cho {c.num(150, 400)} học sinh.",
        "Học sinh được cung cấp kiến thức về tuổi dậy thì, phòng tránh mang thai ngoài ý muốn,"
        " các bệnh lây truyền qua đường tình dục, HIV/AIDS và kỹ năng phòng, chống xâm hại tình"
        " dục.",
        "Cán bộ y tế cũng cảnh báo về tác hại của việc tiếp cận nội dung khiêu dâm, đồi trụy trên"
        " mạng và hướng dẫn các em cách tìm kiếm sự giúp đỡ khi cần thiết.",
    ])  # fmt: skip


def h_trade_promotion(c: Ctx) -> str:
    return article(c, c.pick([
        "Hướng dẫn thủ tục thông báo thực hiện khuyến mại",
        "Tháng khuyến mại tập trung quốc gia 2026 trên địa bàn tỉnh",
    ]), [
        "Sở Công Thương hướng dẫn thương nhân thực hiện thủ tục thông báo hoạt động khuyến mại"
        " theo Nghị định 81/2018/NĐ-CP trước khi triển khai chương trình.",
        "Các hình thức khuyến mại gồm: tặng hàng mẫu, tặng quà, giảm giá, bán hàng kèm phiếu dự"
        " thi, chương trình khách hàng thường xuyên... Mức giảm giá tối đa không vượt quá 50%,"
        " trừ các đợt khuyến mại tập trung được giảm đến 100%.",
        "Thương nhân đăng ký, thông báo trực tuyến trên Cổng dịch vụ công quốc gia; người tiêu"
        f" dùng phản ánh khuyến mại không trung thực qua đường dây nóng {c.pretty_phone()}.",
    ], source=False) + (
        '<p>Thực hiện thủ tục trực tuyến: <a href="https://dichvucong.gov.vn/p/home/dvc-tthc-'
        'thu-tuc-hanh-chinh-chi-tiet.html">Cổng Dịch vụ công quốc gia</a></p>'
    )  # fmt: skip


def h_child_online_safety(c: Ctx) -> str:
    return article(c, c.pick([
        "Bảo vệ trẻ em trên môi trường mạng",
        "Phụ huynh cần quản lý thời gian sử dụng Internet của trẻ",
    ]), [
        "Trẻ em ngày càng sử dụng điện thoại, Internet sớm và thường xuyên, có nguy cơ tiếp xúc"
        " với nội dung không phù hợp như phim ảnh khiêu dâm, bạo lực, trò chơi cờ bạc trá hình"
        " như game bài đổi thưởng, nổ hũ.",
        "Phụ huynh nên cài đặt chế độ kiểm soát của cha mẹ, trò chuyện với con về những rủi ro"
        " khi kết bạn với người lạ và không chia sẻ hình ảnh, thông tin cá nhân lên mạng.",
        "Khi phát hiện trẻ bị xâm hại, bắt nạt trên mạng, gọi Tổng đài quốc gia bảo vệ trẻ em"
        " 111 (miễn phí, hoạt động 24/7).",
    ])  # fmt: skip


# Added after the first test-split measurement (see docs/security.md), never tuned on.


def h_world_cup_warning(c: Ctx) -> str:
    return article(c, c.pick([
        "Cảnh báo tình trạng cá độ bóng đá mùa World Cup 2026",
        "Công an xã tuyên truyền không cá độ bóng đá dịp World Cup",
    ]), [
        f"World Cup 2026 diễn ra từ tháng 6 đến tháng 7, Công an {c.xa} đã tổ chức tuyên truyền"
        " tại các thôn về tác hại của cá độ bóng đá.",
        "Theo cơ quan công an, các trang mạng xã hội xuất hiện nhiều quảng cáo soi kèo, tỷ lệ"
        " kèo, giới thiệu nhà cái với lời mời “nạp lần đầu tặng 100%”, “hoàn trả mỗi ngày”."
        " Người tham gia không chỉ vi phạm pháp luật mà còn dễ bị chiếm đoạt tiền.",
        "Nhiều trường hợp thanh niên thua cá độ phải vay nặng lãi, bỏ học, bán tài sản gia đình"
        " để trả nợ.",
        "Người dân hãy cổ vũ đội tuyển một cách văn minh, nói không với cá độ; phát hiện tổ"
        f" chức cá độ báo ngay cho Công an xã qua số {c.pretty_phone()}.",
    ])  # fmt: skip


def h_social_media_takedown(c: Ctx) -> str:
    k = c.num(40, 300)
    return article(c, c.pick([
        f"Gỡ bỏ {k} tài khoản mạng xã hội quảng cáo cờ bạc, cho vay nặng lãi",
        "Xử lý các trang mạng xã hội quảng cáo đánh bạc trực tuyến",
    ]), [
        f"Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh cho"
        f" biết, từ đầu năm đã phối hợp gỡ bỏ {k} tài khoản, trang, nhóm trên mạng xã hội có"
        " nội dung quảng cáo đánh bạc, cá độ, cho vay nặng lãi.",
        "Các trang này thường đăng nội dung như “nhà cái uy tín”, “link vào không bị chặn”,"
        " “vay tiền nhanh chỉ cần CCCD” kèm số điện thoại, tài khoản Zalo, Telegram để lôi kéo"
        " người dùng.",
        "Công an tỉnh đề nghị người dùng mạng xã hội không tương tác, chia sẻ các nội dung này"
        " và báo cáo vi phạm cho nền tảng hoặc cơ quan chức năng.",
    ])  # fmt: skip


def h_student_game_debt(c: Ctx) -> str:
    return article(c, c.pick([
        "Báo động tình trạng học sinh vay tiền để nạp game",
        "Phụ huynh cần quan tâm việc con em chơi game trực tuyến",
    ]), [
        f"Trường THCS {c.xa} vừa phối hợp với Công an xã tổ chức buổi nói chuyện chuyên đề về"
        " tác hại của nghiện game trực tuyến cho hơn 500 học sinh.",
        "Một số học sinh đã vay tiền qua ứng dụng, mượn tài khoản của người thân để nạp tiền"
        " vào các trò chơi có yếu tố may rủi như quay thưởng, nổ hũ, dẫn đến nợ nần, trộm cắp.",
        "Nhà trường khuyến nghị phụ huynh quản lý thời gian sử dụng điện thoại, không để trẻ"
        " tự liên kết tài khoản ngân hàng, ví điện tử với các trò chơi.",
    ])  # fmt: skip


def h_lottery_sellers(c: Ctx) -> str:
    return article(c, c.pick([
        "Hỗ trợ người bán vé số lưu động có hoàn cảnh khó khăn",
        "Tặng quà cho người bán vé số dạo dịp Tết",
    ]), [
        f"Hội Chữ thập đỏ {c.xa} phối hợp với Công ty TNHH MTV Xổ số kiến thiết Quảng Ngãi trao"
        f" {c.num(30, 120)} suất quà cho người bán vé số lưu động là người khuyết tật, người cao"
        " tuổi neo đơn.",
        "Mỗi suất quà gồm 1 triệu đồng tiền mặt, áo mưa, nón và thẻ bảo hiểm y tế. Nhiều người"
        " bán vé số cho biết thu nhập mỗi ngày chỉ từ 100 đến 150 nghìn đồng.",
        "Đại diện Công ty xổ số cho biết sẽ tiếp tục hỗ trợ đại lý, người bán vé số mua bảo hiểm"
        " xã hội tự nguyện.",
    ], image=("Trao quà cho người bán vé số", None))  # fmt: skip


def h_massage_licensing(c: Ctx) -> str:
    return article(c, c.pick([
        "Hướng dẫn điều kiện kinh doanh dịch vụ xoa bóp (massage)",
        "Kiểm tra các cơ sở kinh doanh dịch vụ karaoke, massage",
    ]), [
        "Kinh doanh dịch vụ xoa bóp là ngành nghề kinh doanh có điều kiện về an ninh, trật tự;"
        " cơ sở phải có giấy chứng nhận đủ điều kiện và nhân viên có chứng chỉ chuyên môn.",
        f"Đợt kiểm tra vừa qua tại {c.xa}, đoàn liên ngành đã kiểm tra {c.num(5, 20)} cơ sở"
        " karaoke, massage, nhà nghỉ, nhắc nhở các cơ sở niêm yết giá, bảo đảm phòng cháy chữa"
        " cháy và không để xảy ra tệ nạn xã hội.",
        "Người dân phát hiện cơ sở có dấu hiệu hoạt động mại dâm trá hình đề nghị báo cho cơ"
        " quan chức năng.",
    ])  # fmt: skip


def h_housing_loans(c: Ctx) -> str:
    return article(c, c.pick([
        "Cho vay mua nhà ở xã hội lãi suất ưu đãi",
        "Người dân được vay vốn sửa chữa nhà ở với lãi suất thấp",
    ]), [
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh triển khai cho vay mua, thuê mua nhà ở xã"
        " hội với lãi suất 6,6%/năm, thời hạn vay tối đa 25 năm.",
        "Người vay cần có đơn đề nghị vay vốn, giấy tờ chứng minh đối tượng và điều kiện về"
        " thu nhập; khoản vay được bảo đảm bằng chính căn nhà hình thành từ vốn vay.",
        f"Hồ sơ nộp tại Phòng giao dịch hoặc điểm giao dịch xã; thông tin chi tiết liên hệ"
        f" {c.pretty_phone()}.",
    ])  # fmt: skip


# Holdout v3: written after the test-informed fixes, measured once, never tuned on.


def h_court_fake_degree(c: Ctx) -> str:
    who = c.person()
    return article(c, c.pick([
        "Xét xử vụ án làm giả bằng đại học, bằng lái xe",
        f"Tuyên phạt {who} về tội làm giả tài liệu của cơ quan, tổ chức",
    ]), [
        f"Tòa án nhân dân tỉnh đã mở phiên tòa sơ thẩm xét xử bị cáo {who} về tội Làm giả con"
        " dấu, tài liệu của cơ quan, tổ chức và tội Sử dụng con dấu, tài liệu giả.",
        "Theo cáo trạng, bị cáo đăng quảng cáo nhận làm bằng đại học, bằng lái xe, giấy khám sức"
        " khỏe trên mạng xã hội, cam kết “phôi thật, không cần thi”, thu lợi bất chính hơn 800"
        " triệu đồng.",
        f"Hội đồng xét xử tuyên phạt bị cáo {c.num(4, 9)} năm tù; các văn bằng giả bị tịch thu"
        " tiêu hủy.",
    ])  # fmt: skip


def h_youth_cyber_team(c: Ctx) -> str:
    return article(c, c.pick([
        "Ra mắt đội hình thanh niên tình nguyện bảo đảm an toàn trên không gian mạng",
        "Đoàn viên thanh niên chung tay chống tin giả, lừa đảo trực tuyến",
    ]), [
        f"Đoàn Thanh niên {c.xa} ra mắt đội hình “Thanh niên với an toàn không gian mạng” gồm"
        f" {c.num(15, 40)} đoàn viên.",
        "Đội hình sẽ hướng dẫn người dân nhận diện các thủ đoạn như tuyển cộng tác viên online,"
        " kiếm tiền online, đầu tư sinh lời cao, vay tiền qua ứng dụng; hỗ trợ báo cáo tài khoản"
        " giả mạo.",
        "Đội hình cũng tuyên truyền cho học sinh về tác hại của cờ bạc trực tuyến và cá độ bóng"
        " đá qua mạng.",
    ])  # fmt: skip


def h_sports_betting_policy(c: Ctx) -> str:
    return article(c, c.pick([
        "Lấy ý kiến dự thảo Nghị định về kinh doanh đặt cược thể thao",
        "Kinh doanh đặt cược bóng đá quốc tế: quy định và điều kiện",
    ]), [
        "Bộ Tài chính đang lấy ý kiến dự thảo Nghị định sửa đổi Nghị định 06/2017/NĐ-CP về kinh"
        " doanh đặt cược đua ngựa, đua chó và đặt cược bóng đá quốc tế.",
        "Theo quy định, người chơi phải từ đủ 21 tuổi, mức đặt cược tối thiểu 10.000 đồng, tối"
        " đa 1 triệu đồng/ngày; doanh nghiệp kinh doanh đặt cược phải được cấp giấy chứng nhận"
        " đủ điều kiện.",
        "Dự thảo cũng quy định rõ các hành vi nghiêm cấm như tổ chức cá cược trái phép qua"
        " mạng, quảng cáo cá cược trên các phương tiện thông tin đại chúng.",
    ], source=False)  # fmt: skip


def h_night_market(c: Ctx) -> str:
    return article(c, c.pick([
        "Khai trương chợ phiên nông sản cuối tuần",
        "Phiên chợ hàng Việt về nông thôn: nhiều chương trình khuyến mãi",
    ]), [
        f"Tối {c.date()}, UBND {c.xa} khai trương chợ phiên nông sản với {c.num(30, 80)} gian"
        " hàng của các hợp tác xã, hộ kinh doanh.",
        "Nhiều gian hàng có chương trình khuyến mãi, giảm giá đến 30%, tặng quà cho khách hàng"
        " mua sản phẩm OCOP; người dân được hướng dẫn thanh toán bằng mã QR.",
        f"Tổ chức, cá nhân đăng ký gian hàng liên hệ Ban quản lý chợ: {c.pretty_phone()}"
        " (Zalo).",
    ], image=("Người dân tham quan chợ phiên", None))  # fmt: skip


def h_bank_fraud_notice(c: Ctx) -> str:
    return article(c, c.pick([
        "Ngân hàng cảnh báo chiêu lừa “hỗ trợ nợ xấu”, “vay online”",
        "Cảnh giác với dịch vụ “xóa nợ xấu” trên mạng",
    ]), [
        "Nhiều ngân hàng thương mại vừa phát đi cảnh báo về việc các đối tượng giả danh nhân"
        " viên ngân hàng, quảng cáo dịch vụ hỗ trợ nợ xấu, vay online lãi suất thấp, giải ngân"
        " nhanh để lừa đảo.",
        "Sau khi khách hàng cung cấp thông tin, các đối tượng yêu cầu chuyển “phí xử lý hồ sơ”,"
        " “phí bảo hiểm khoản vay” rồi cắt liên lạc.",
        "Ngân hàng khuyến cáo khách hàng chỉ giao dịch tại kênh chính thức, không cung cấp mã"
        " OTP, mật khẩu cho bất kỳ ai.",
    ])  # fmt: skip


# --- ordinary portal content ---------------------------------------------------------------


def o_reception_schedule(c: Ctx) -> str:
    rows = [[f"{d}/{c.month}/2026", c.pick([o[0] for o in OFFICIALS]).replace("ông ", "Ông ")
             .replace("bà ", "Bà "), "Trụ sở tiếp công dân xã"] for d in sorted(
                c.rng.sample(range(1, 29), 4))]  # fmt: skip
    return article(
        c,
        f"Lịch tiếp công dân định kỳ tháng {c.month}/2026",
        [
            f"UBND {c.xa} thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND xã tháng"
            f" {c.month}/2026 như sau:",
            "Công dân đến liên hệ mang theo căn cước và các giấy tờ có liên quan đến nội dung khiếu"
            " nại, tố cáo, kiến nghị, phản ánh.",
        ],
        table=table(rows, ["Ngày", "Người tiếp", "Địa điểm"]),
        source=False,
    )


def o_birth_registration(c: Ctx) -> str:
    return (
        article(
            c,
            c.pick(
                [
                    "Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công",
                    "Thực hiện liên thông thủ tục đăng ký khai sinh, thường trú, cấp thẻ BHYT",
                ]
            ),
            [
                "Từ ngày 01/7, người dân có thể thực hiện liên thông thủ tục hành chính đăng ký khai sinh,"
                " đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi hoàn toàn trực tuyến.",
                "Bước 1: Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID"
                " mức 2. Bước 2: Chọn nhóm thủ tục liên thông, điền thông tin tờ khai. Bước 3: Đính kèm"
                " giấy chứng sinh và nộp hồ sơ.",
                "Kết quả được trả qua thư điện tử, tài khoản trên Cổng dịch vụ công hoặc qua dịch vụ bưu"
                " chính công ích theo yêu cầu.",
                f"Mọi vướng mắc, người dân liên hệ bộ phận Một cửa {c.xa}, điện thoại {c.pretty_phone()}.",
            ],
            source=False,
        )
        + '<p><a href="https://dichvucong.gov.vn/">Truy cập Cổng Dịch vụ công quốc gia</a></p>'
    )


def o_agriculture(c: Ctx) -> str:
    crop = c.pick(
        ["lúa vụ Đông Xuân", "keo lai", "quế", "mì (sắn)", "đậu phụng", "hành tỏi Lý Sơn"]
    )
    return article(
        c,
        c.pick(
            [
                f"Tập huấn kỹ thuật canh tác {crop} cho nông dân",
                f"Nông dân {c.xa} thu hoạch {crop} được mùa, được giá",
                f"Triển khai kế hoạch sản xuất {crop} năm 2026",
            ]
        ),
        [
            f"Ngày {c.date()}, Trung tâm Dịch vụ nông nghiệp phối hợp với UBND {c.xa} tổ chức tập huấn"
            f" kỹ thuật canh tác {crop} cho hơn {c.num(40, 150)} hộ nông dân.",
            c.pick(
                [
                    "Nội dung tập huấn tập trung vào kỹ thuật chọn giống, bón phân cân đối, quản lý dịch"
                    " hại tổng hợp IPM và sử dụng thuốc bảo vệ thực vật an toàn, hiệu quả.",
                    f"Năng suất bình quân ước đạt {c.num(55, 72)} tạ/ha, tăng {c.num(2, 8)} tạ/ha so với"
                    " cùng kỳ; giá bán ổn định giúp nông dân có lãi khá.",
                ]
            ),
            "Thời gian tới, xã tiếp tục khuyến khích người dân liên kết sản xuất theo chuỗi giá trị,"
            " áp dụng cơ giới hóa, chuyển đổi cây trồng phù hợp trên đất lúa kém hiệu quả.",
        ],
        image=(f"Nông dân thu hoạch {crop}", None),
    )


def o_vaccination(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                "Triển khai chiến dịch tiêm vắc xin phòng sởi cho trẻ em",
                "Tiêm chủng mở rộng: bảo vệ trẻ em khỏi bệnh truyền nhiễm",
            ]
        ),
        [
            f"Trạm Y tế {c.xa} thông báo tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 10 tuổi"
            f" vào ngày {c.date()} tại Trạm Y tế và các điểm tiêm lưu động ở thôn.",
            "Phụ huynh mang theo sổ tiêm chủng hoặc phiếu tiêm chủng của trẻ; đăng ký ngay với nhân"
            " viên y tế thôn để được sắp xếp lịch tiêm, tránh tập trung đông người.",
            "Tiêm vắc xin là biện pháp phòng bệnh hiệu quả, an toàn và tiết kiệm nhất. Vắc xin được"
            " cung cấp miễn phí trong Chương trình Tiêm chủng mở rộng.",
            f"Thông tin chi tiết liên hệ Trạm Y tế xã: {c.pretty_phone()}.",
        ],
        image=("Nhân viên y tế tiêm vắc xin cho trẻ", None),
    )


def o_school(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                "Các trường học trên địa bàn xã khai giảng năm học mới",
                f"Trao {c.num(20, 80)} suất học bổng cho học sinh nghèo vượt khó",
                "Tổng kết năm học 2025-2026: nhiều kết quả nổi bật",
            ]
        ),
        [
            f"Sáng ngày {c.date()}, các trường mầm non, tiểu học và THCS trên địa bàn {c.xa} đồng loạt"
            f" tổ chức lễ khai giảng với hơn {c.num(800, 2500)} học sinh.",
            c.pick(
                [
                    f"Năm học này, xã có {c.num(2, 5)} trường đạt chuẩn quốc gia, tỷ lệ học sinh hoàn thành"
                    f" chương trình tiểu học đạt {c.num(97, 100)}%.",
                    "Dịp này, Hội Khuyến học xã trao học bổng cho các em học sinh có hoàn cảnh khó khăn"
                    " nhưng có thành tích tốt trong học tập, mỗi suất trị giá 1 triệu đồng.",
                ]
            ),
            "Phát biểu tại buổi lễ, đại diện lãnh đạo xã mong muốn các thầy cô giáo tiếp tục đổi mới"
            " phương pháp dạy học, các em học sinh chăm ngoan, học giỏi.",
        ],
        image=("Lễ khai giảng năm học mới", None),
    )


def o_road(c: Ctx) -> str:
    km = c.num(1, 9)
    return article(
        c,
        c.pick(
            [
                f"Khởi công xây dựng tuyến đường giao thông nông thôn dài {km} km",
                "Khánh thành cầu dân sinh phục vụ người dân đi lại mùa mưa",
            ]
        ),
        [
            f"Ngày {c.date()}, UBND {c.xa} tổ chức lễ khởi công công trình đường giao thông nông thôn"
            f" thôn {c.pick(['Phú Nhiêu', 'Long Bàn', 'Mỹ Lại', 'Tân Hy'])} với chiều dài {km} km,"
            f" tổng mức đầu tư {c.num(2, 15)} tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia.",
            "Công trình có mặt đường bê tông xi măng rộng 3,5 m, lề đường mỗi bên 0,75 m, thời gian"
            " thi công dự kiến 6 tháng.",
            "Người dân trong thôn đã tự nguyện hiến đất, tháo dỡ tường rào để mở rộng mặt bằng thi"
            " công, thể hiện tinh thần “Nhà nước và nhân dân cùng làm”.",
        ],
        image=("Lễ khởi công công trình", None),
    )


def o_storm(c: Ctx) -> str:
    n = c.num(3, 13)
    return article(
        c,
        c.pick(
            [
                f"Chủ động ứng phó với bão số {n}",
                "Khẩn trương di dời người dân vùng nguy cơ sạt lở đến nơi an toàn",
            ]
        ),
        [
            f"Thực hiện công điện của Ban Chỉ huy Phòng thủ dân sự tỉnh, UBND {c.xa} yêu cầu các thôn"
            f" khẩn trương triển khai các biện pháp ứng phó với bão số {n}.",
            "Kêu gọi tàu thuyền vào nơi tránh trú an toàn; chằng chống nhà cửa; kiểm tra, di dời"
            f" {c.num(20, 200)} hộ dân ở vùng thấp trũng, ven sông, vùng có nguy cơ sạt lở.",
            "Lực lượng dân quân, công an xã trực 24/24 giờ, sẵn sàng phương tiện cứu hộ, cứu nạn.",
            f"Số điện thoại trực ban phòng chống thiên tai của xã: {c.pretty_phone()}.",
        ],
    )


def o_tourism(c: Ctx) -> str:
    return article(c, c.pick([
        "Lý Sơn đón hơn 20.000 lượt khách trong dịp nghỉ lễ",
        "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    ]), [
        f"Trong kỳ nghỉ lễ, {c.xa} đón {c.num(5, 30)} nghìn lượt khách tham quan, tăng"
        f" {c.num(10, 40)}% so với cùng kỳ.",
        "Các điểm đến thu hút du khách gồm chùa Hang, cổng Tò Vò, đỉnh Thới Lới, bãi biển và các"
        " homestay do người dân địa phương quản lý.",
        "Xã đã chỉ đạo kiểm tra, niêm yết giá dịch vụ, bảo đảm an ninh trật tự, vệ sinh môi"
        " trường, không để xảy ra tình trạng chèo kéo, nâng giá.",
    ]) + ('<p>Bản đồ các điểm tham quan:</p><iframe src="https://www.google.com/maps/embed?pb=!1m18'
          '!1m12!1m3!1d3870" width="600" height="450" style="border:0;" allowfullscreen=""'
          ' loading="lazy"></iframe>')  # fmt: skip


def o_budget(c: Ctx) -> str:
    rows = [
        ["Thu ngân sách trên địa bàn", f"{c.num(3, 12)}.{c.num(100, 999)}"],
        ["Thu bổ sung từ ngân sách cấp trên", f"{c.num(8, 25)}.{c.num(100, 999)}"],
        ["Chi đầu tư phát triển", f"{c.num(2, 9)}.{c.num(100, 999)}"],
        ["Chi thường xuyên", f"{c.num(7, 20)}.{c.num(100, 999)}"],
    ]
    return article(
        c,
        "Công khai dự toán ngân sách xã năm 2026",
        [
            f"Căn cứ Nghị quyết của HĐND {c.xa} về dự toán thu, chi ngân sách năm 2026, UBND xã công"
            " khai số liệu dự toán ngân sách như sau (đơn vị: triệu đồng):",
            "Tổ chức, cá nhân có ý kiến góp ý gửi về Văn phòng HĐND và UBND xã trong thời hạn 30"
            " ngày kể từ ngày công khai.",
        ],
        table=table(rows, ["Nội dung", "Dự toán"]),
        source=False,
    )


def o_leaders(c: Ctx) -> str:
    people = c.rng.sample(OFFICIALS, 4)
    rows = [[n.replace("ông ", "Ông ").replace("bà ", "Bà "), r, c.pretty_phone(),
             f"ubnd.{c.num(10, 99)}@quangngai.gov.vn"] for n, r in people]  # fmt: skip
    return (
        f"<h2>Lãnh đạo UBND {esc(c.xa)}</h2><p>Danh sách lãnh đạo và thông tin liên hệ:</p>"
        + table(rows, ["Họ và tên", "Chức vụ", "Điện thoại", "Thư điện tử"])
        + '<p class="sr-only">Bảng thông tin lãnh đạo, cập nhật hằng quý</p>'
    )


def o_land_notice(c: Ctx) -> str:
    return (
        article(
            c,
            c.pick(
                [
                    "Thông báo thu hồi đất để thực hiện dự án",
                    "Công khai phương án bồi thường, hỗ trợ và tái định cư",
                ]
            ),
            [
                f"UBND {c.xa} thông báo thu hồi {c.num(1, 30)},{c.num(1, 9)} ha đất để thực hiện dự án"
                f" {c.pick(['Khu dân cư', 'Đường ven biển', 'Trường mầm non', 'Cụm công nghiệp'])}"
                f" {c.pick(['Đông Bắc', 'phía Tây', 'trung tâm xã'])}.",
                "Người có đất thu hồi được bồi thường, hỗ trợ theo quy định của Luật Đất đai năm 2024 và"
                " các văn bản hướng dẫn của UBND tỉnh.",
                "Hồ sơ niêm yết công khai tại trụ sở UBND xã và nhà văn hóa thôn trong thời gian 30 ngày.",
            ],
            source=False,
        )
        + f'<p><a href="/media/documents/tb-thu-hoi-dat-{c.num(10, 99)}.pdf">Tải thông báo (PDF)</a></p>'
    )


def o_youth_volunteer(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                "Ra quân Chiến dịch Thanh niên tình nguyện hè 2026",
                "Đoàn viên thanh niên ra quân làm sạch bãi biển",
            ]
        ),
        [
            f"Sáng {c.date()}, Đoàn Thanh niên {c.xa} tổ chức lễ ra quân Chiến dịch Thanh niên tình"
            f" nguyện hè với sự tham gia của {c.num(60, 200)} đoàn viên, thanh niên.",
            "Các hoạt động chính gồm: làm sạch đường làng ngõ xóm, thu gom rác thải nhựa, sửa chữa"
            " nhà nhân ái, dạy bơi cho trẻ em và hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
            "Chiến dịch góp phần xây dựng nông thôn mới, lan tỏa tinh thần xung kích, tình nguyện"
            " của tuổi trẻ.",
        ],
        image=("Đoàn viên thanh niên ra quân", None),
    )


def o_party_meeting(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                "Hội nghị học tập, quán triệt Nghị quyết của Đảng",
                "Đảng ủy xã sơ kết công tác 6 tháng đầu năm",
            ]
        ),
        [
            f"Ngày {c.date()}, Đảng ủy {c.xa} tổ chức hội nghị học tập, quán triệt, triển khai thực"
            f" hiện các nghị quyết, chỉ thị của Đảng cho {c.num(100, 300)} cán bộ, đảng viên.",
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các chi bộ thôn.",
            "Thông qua hội nghị, cán bộ, đảng viên nắm vững nội dung cơ bản, cốt lõi của nghị quyết,"
            " từ đó vận dụng sáng tạo vào thực tiễn địa phương.",
        ],
    )


def o_video_news(c: Ctx) -> str:
    vid = "".join(
        c.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        for _ in range(11)
    )
    return article(
        c,
        c.pick(
            [
                "Video: Toàn cảnh Đại hội Đại biểu Đảng bộ xã nhiệm kỳ 2025-2030",
                "Phóng sự: Đổi thay ở vùng đồng bào dân tộc thiểu số",
            ]
        ),
        [
            f"Mời bạn đọc xem phóng sự về những đổi thay tại {c.xa} sau 5 năm thực hiện Chương trình"
            " mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
            "Video do Trung tâm Văn hóa - Thông tin và Thể thao thực hiện.",
        ],
        source=False,
    ) + (
        f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}" title="YouTube'
        ' video player" frameborder="0" allowfullscreen></iframe>'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XQ2K3M1PL"></script>'
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}"
        " gtag('js', new Date()); gtag('config', 'G-8XQ2K3M1PL');</script>"
    )


def o_gift_poor(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                f"Trao {c.num(100, 600)} suất quà Tết cho hộ nghèo, gia đình chính sách",
                "Thăm, tặng quà người có công với cách mạng nhân dịp 27/7",
            ]
        ),
        [
            f"Nhân dịp Tết Nguyên đán, UBND {c.xa} phối hợp với Ủy ban MTTQ xã tổ chức trao quà cho"
            " hộ nghèo, hộ cận nghèo, gia đình chính sách và người có hoàn cảnh đặc biệt khó khăn.",
            "Mỗi suất quà gồm tiền mặt 500 nghìn đồng, gạo, dầu ăn và các nhu yếu phẩm thiết yếu.",
            "Hoạt động thể hiện truyền thống “uống nước nhớ nguồn”, “tương thân tương ái”, bảo đảm"
            " mọi người dân đều được vui Xuân, đón Tết.",
        ],
        image=("Trao quà Tết cho hộ nghèo", None),
    )


def o_digital(c: Ctx) -> str:
    return (
        article(
            c,
            c.pick(
                [
                    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID",
                    "Chuyển đổi số: người dân thanh toán không dùng tiền mặt",
                ]
            ),
            [
                f"Tổ công nghệ số cộng đồng {c.xa} đã đến từng thôn hướng dẫn người dân cài đặt ứng dụng"
                " VNeID, kích hoạt tài khoản định danh điện tử mức 2 và sử dụng dịch vụ công trực tuyến.",
                "Người dân được hướng dẫn đăng ký tài khoản, thanh toán hóa đơn điện, nước, học phí qua"
                " ứng dụng ngân hàng; cách nhận diện tin nhắn, đường link giả mạo để phòng tránh lừa đảo.",
                "Người dân có thể quét mã QR để theo dõi Zalo OA của UBND xã, nhận thông báo và gửi phản"
                " ánh, kiến nghị nhanh chóng.",
            ],
        )
        + '<p><a href="https://zalo.me/ubnd.xa.quangngai" target="_blank">Zalo OA UBND xã</a></p>'
    )


def o_english(c: Ctx) -> str:
    return (
        "<h2>Quang Ngai: investment opportunities in Dung Quat Economic Zone</h2>"
        "<p>Dung Quat Economic Zone covers more than 45,000 hectares and hosts a deep-water"
        " seaport, the Dung Quat oil refinery and a steel complex. The province offers corporate"
        " income tax incentives, land rental exemptions and one-stop administrative support.</p>"
        f"<p>Investors may contact the Investment Promotion Centre at {c.pretty_phone()} or"
        ' visit <a href="https://dungquat.gov.vn/">the Economic Zone portal</a>.</p>'
    )


def o_qa(c: Ctx) -> str:
    return (
        f"<h2>Hỏi đáp: Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu</h2>"
        f"<p><strong>Câu hỏi:</strong> Ông {c.person()} ở {c.xa} hỏi: gia đình tôi sử dụng đất"
        " ổn định từ năm 1995, không có giấy tờ, nay muốn làm sổ đỏ thì cần những thủ tục gì?</p>"
        "<p><strong>Trả lời:</strong> Theo Điều 138 Luật Đất đai năm 2024, hộ gia đình, cá nhân"
        " đang sử dụng đất không có giấy tờ về quyền sử dụng đất nhưng sử dụng ổn định, không"
        " vi phạm pháp luật về đất đai, không có tranh chấp thì được xem xét cấp giấy chứng nhận."
        " Ông chuẩn bị đơn đăng ký, giấy tờ tùy thân và nộp tại bộ phận Một cửa xã.</p>"
    )


def o_documents(c: Ctx) -> str:
    docs = [
        (
            f"Quyết định số {c.num(100, 999)}/QĐ-UBND",
            "Ban hành Kế hoạch cải cách hành chính năm 2026",
        ),
        (f"Kế hoạch số {c.num(10, 99)}/KH-UBND", "Triển khai Tháng hành động vì an toàn thực phẩm"),
        (f"Thông báo số {c.num(10, 99)}/TB-UBND", "Lịch trực Tết Nguyên đán"),
    ]
    items = "".join(
        f'<li><a href="/van-ban/{i}">{esc(n)}</a> – {esc(t)}</li>' for i, (n, t) in enumerate(docs)
    )
    return f"<h2>Văn bản mới ban hành</h2><ul>{items}</ul>"


def o_ocop(c: Ctx) -> str:
    prod = c.pick(
        [
            "mạch nha Thi Phổ",
            "tỏi Lý Sơn",
            "quế Trà Bồng",
            "bánh tráng Phú Nhơn",
            "chè xanh Minh Long",
        ]
    )
    return article(
        c,
        f"Sản phẩm OCOP {prod} vươn ra thị trường",
        [
            f"Sản phẩm {prod} của Hợp tác xã {c.xa} vừa được công nhận đạt chuẩn OCOP 3 sao.",
            "Sản phẩm được đóng gói, dán tem truy xuất nguồn gốc, bán tại các cửa hàng đặc sản, siêu"
            " thị và trên sàn thương mại điện tử.",
            f"Khách hàng có nhu cầu đặt hàng liên hệ Hợp tác xã qua điện thoại/Zalo {c.pretty_phone()};"
            " giao hàng toàn quốc.",
        ],
        image=(f"Sản phẩm {prod}", None),
    )


def o_insurance(c: Ctx) -> str:
    return article(
        c,
        c.pick(
            [
                "Vận động người dân tham gia bảo hiểm xã hội tự nguyện",
                "Tăng tỷ lệ bao phủ bảo hiểm y tế toàn dân",
            ]
        ),
        [
            f"Đến nay, tỷ lệ người dân {c.xa} tham gia bảo hiểm y tế đạt {c.num(88, 97)}%; số người"
            f" tham gia bảo hiểm xã hội tự nguyện tăng {c.num(50, 200)} người so với cùng kỳ.",
            "Người tham gia bảo hiểm xã hội tự nguyện được Nhà nước hỗ trợ 30% mức đóng đối với hộ"
            " nghèo, 25% đối với hộ cận nghèo và 10% đối với các đối tượng khác.",
            "Người dân đăng ký tham gia tại nhân viên thu bảo hiểm ở thôn hoặc bưu điện xã.",
        ],
    )


def o_banner_page(c: Ctx) -> str:
    """Legitimate styling that hides or recolours text: must not look like injected content."""
    return (
        f'<div style="background-color:#004a99;color:#ffffff;padding:12px">'
        f"<h2>Chào mừng Đại hội Thi đua yêu nước {esc(c.xa)} lần thứ VI</h2></div>"
        f"<p>Đại hội diễn ra ngày {c.date()} tại Hội trường UBND xã với {c.num(120, 250)} đại"
        " biểu chính thức.</p>"
        '<p><a href="https://www.facebook.com/sharer/sharer.php?u=https://quangngai.gov.vn">'
        '<span class="sr-only">Chia sẻ lên Facebook</span><i class="fa fa-facebook"'
        ' aria-hidden="true"></i></a> <a href="https://forms.gle/AbCdEf12345">Góp ý văn kiện</a></p>'
        '<p style="display:none">bản in</p>'
    )


ORDINARY = [
    o_reception_schedule, o_birth_registration, o_agriculture, o_vaccination, o_school, o_road,
    o_storm, o_tourism, o_budget, o_leaders, o_land_notice, o_youth_volunteer, o_party_meeting,
    o_video_news, o_gift_poor, o_digital, o_english, o_qa, o_documents, o_ocop, o_insurance,
    o_banner_page,
]  # fmt: skip


# --- spam delivery: how the payload reaches the page ---------------------------------------


def fill_slots(c: Ctx, text: str) -> str:
    brands = c.rng.sample(c.brands, 3)
    teams = c.rng.sample(TEAMS, 2)
    handle = (
        c.pick(["cskh", "hotro", "vip", "tip", "admin", "kenh"])
        + c.pick(["_", ""])
        + (c.pick([brands[0].lower(), "247", "vip88", "uytin"]))
    )
    return text.format(
        brand=brands[0], brand2=brands[1], brand3=brands[2], url=c.spam_url(), phone=c.phone(),
        tg="@" + handle, teamA=teams[0], teamB=teams[1], date=f"{c.day}/{c.month}",
        city=c.pick(CITIES), stream=f"{c.pick(STREAM_SITES)}{c.num(1, 99)}.tv",
    )  # fmt: skip


def payload_html(c: Ctx, title: str, paras: list[str], style: str, links: int = 1) -> str:
    t = apply_keywords(fill_slots(c, title), style, c.rng)
    body = "".join(f"<p>{esc(apply_keywords(fill_slots(c, p), style, c.rng))}</p>" for p in paras)
    anchors = "".join(
        f'<a href="{c.spam_url()}">{esc(apply_keywords(fill_slots(c, title), style, c.rng))}</a> '
        for _ in range(links)
    )
    return f"<h3>{esc(t)}</h3>{body}<p>{anchors.strip()}</p>"


def anchor_texts(c: Ctx, title: str, paras: list[str], style: str, k: int) -> list[str]:
    """Short keyword anchors, as in the link blocks injected into hacked portals."""
    text = " ".join([title, *paras])
    keywords = [part.partition("]]")[0] for part in text.split("[[")[1:]]
    out = []
    for _ in range(k):
        kw = c.pick(keywords) if keywords else "link vào"
        phrase = c.pick(["{kw}", "{kw} uy tín", "{kw} {brand}", "link vào {brand}", "{brand} {kw}"])
        out.append(apply_keywords(fill_slots(c, phrase.replace("{kw}", f"[[{kw}]]")), style, c.rng))
    return out


def host_page(c: Ctx) -> str:
    return c.pick(ORDINARY)(c)


def d_page(c, title, paras, style):
    return payload_html(c, title, paras, style, links=c.num(1, 2)) + figure(
        c, apply_keywords(fill_slots(c, title), style, c.rng)
    )


def d_appended(c, title, paras, style):
    return host_page(c) + "\n" + payload_html(c, title, paras, style)


def _hidden_wrap(c, title, paras, style, css):
    return (
        host_page(c) + f'\n<div style="{css}">' + payload_html(c, title, paras, style, 3) + "</div>"
    )


def d_hidden_display(c, title, paras, style):
    css = c.pick(["display:none", "display: none;", "visibility:hidden;height:0", "DISPLAY:NONE"])
    return _hidden_wrap(c, title, paras, style, css)


def d_hidden_tiny(c, title, paras, style):
    css = c.pick(
        ["font-size:1px;line-height:1px", "font-size:0", "font-size:0.1em", "font-size:2px"]
    )
    return _hidden_wrap(c, title, paras, style, css)


def d_hidden_white(c, title, paras, style):
    css = c.pick(["color:#ffffff", "color:#fff", "color:white", "color:rgb(255,255,255)"])
    return _hidden_wrap(c, title, paras, style, css)


def d_hidden_offscreen(c, title, paras, style):
    css = c.pick(["position:absolute;left:-9999px;top:-9999px", "position:absolute;top:-5000px",
                  "text-indent:-9999px;overflow:hidden", "height:0;width:0;overflow:hidden"])  # fmt: skip
    return _hidden_wrap(c, title, paras, style, css)


def d_hidden_attr(c, title, paras, style):
    opener = c.pick(
        ["<div hidden>", '<div class="d-none">', "<noscript>", '<div style="opacity:0">']
    )
    closer = "</noscript>" if opener == "<noscript>" else "</div>"
    return host_page(c) + "\n" + opener + payload_html(c, title, paras, style, 2) + closer


def d_link_farm(c, title, paras, style):
    k = c.num(6, 14)
    links = " | ".join(
        f'<a href="{c.spam_url()}">{esc(a)}</a>' for a in anchor_texts(c, title, paras, style, k)
    )
    wrapper = c.pick(['<div style="display:none">{}</div>', '<p style="font-size:1px">{}</p>',
                      "<p>Liên kết: {}</p>", '<div class="footer-links">{}</div>'])  # fmt: skip
    return host_page(c) + "\n" + wrapper.format(links)


def d_script_external(c, title, paras, style):
    src = f"https://{c.pick(['cdn.', 'js.', 'static.', ''])}{c.domain()}/{c.pick(['js/jquery.min.js', 'analytics.js', 'ads/pop.js', 'a.js'])}"
    extra = ""
    if c.rng.random() < 0.6:
        extra = '<div style="display:none">' + payload_html(c, title, paras, style, 1) + "</div>"
    return host_page(c) + f'\n<script src="{src}"></script>' + extra


def d_script_cloak(c, title, paras, style):
    url = c.spam_url()
    js = c.pick([
        f'var r=document.referrer;if(r.indexOf("google")>-1||r.indexOf("coccoc")>-1){{window.location.href="{url}";}}',
        f'if(/Mobi|Android/i.test(navigator.userAgent)){{location.replace("{url}")}}',
        f'setTimeout(function(){{window.location="{url}"}},1500);',
    ])  # fmt: skip
    extra = payload_html(c, title, paras, style, 1) if c.rng.random() < 0.5 else ""
    return host_page(c) + f"\n<script>{js}</script>" + extra


def d_script_obfuscated(c, title, paras, style):
    import base64

    target = base64.b64encode(f'window.location.href="{c.spam_url()}"'.encode()).decode()
    js = c.pick([f'eval(atob("{target}"));',
                 "eval(String.fromCharCode(" + ",".join(str(ord(ch)) for ch in "location='" + c.spam_url() + "'") + "));",
                 f'document.write(unescape("%3Ciframe%20src%3D%22{c.spam_url()}%22%20width%3D0%20height%3D0%3E"));'])  # fmt: skip
    return host_page(c) + f"\n<script>{js}</script>"


def d_iframe_hidden(c, title, paras, style):
    frame = c.pick([
        '<iframe src="{u}" width="0" height="0" frameborder="0"></iframe>',
        '<iframe src="{u}" style="display:none"></iframe>',
        '<iframe src="{u}" width="1" height="1" style="visibility:hidden"></iframe>',
    ]).format(u=c.spam_url())  # fmt: skip
    return host_page(c) + "\n" + frame


def d_meta_refresh(c, title, paras, style):
    return (f'<meta http-equiv="refresh" content="{c.num(0, 3)};url={c.spam_url()}">'
            + payload_html(c, title, paras, style))  # fmt: skip


def d_alt_stuffing(c, title, paras, style):
    alts = ", ".join(anchor_texts(c, title, paras, style, 4))
    img = f'<a href="{c.spam_url()}"><img src="/media/images/banner-{c.num(1, 99)}.gif" alt="{html.escape(alts)}" title="{html.escape(alts)}"></a>'
    return host_page(c) + "\n" + img


DELIVERIES: dict[str, Callable[..., str]] = {
    "page": d_page,
    "appended": d_appended,
    "hidden_display_none": d_hidden_display,
    "hidden_tiny_font": d_hidden_tiny,
    "hidden_white_text": d_hidden_white,
    "hidden_offscreen": d_hidden_offscreen,
    "hidden_attr_or_class": d_hidden_attr,
    "link_farm": d_link_farm,
    "script_external": d_script_external,
    "script_redirect": d_script_cloak,
    "script_obfuscated": d_script_obfuscated,
    "iframe_hidden": d_iframe_hidden,
    "meta_refresh": d_meta_refresh,
    "alt_stuffing": d_alt_stuffing,
}
OBFUSCATION_STYLES = ["plain", "plain", "nodiac", *OBFUSCATIONS]

# --- clean registry: (builder, family, hard, dev variants, test variants) ------------------

HARD_NEGATIVES: list[tuple[Callable[[Ctx], str], str, int, int]] = [
    (h_police_online_betting, "police_gambling", 5, 0),
    (h_police_card_game, "police_gambling", 4, 0),
    (h_police_lottery_ring, "police_gambling", 0, 4),
    (h_police_game_app, "police_gambling", 0, 4),
    (h_court_gambling, "court_verdict", 3, 3),
    (h_social_evils, "social_evils", 3, 3),
    (h_black_credit, "black_credit_warning", 3, 3),
    (h_lottery_results, "state_lottery", 4, 0),
    (h_lottery_vietlott, "state_lottery", 2, 0),
    (h_lottery_company, "state_lottery", 0, 4),
    (h_vbsp_loans, "social_policy_bank", 3, 3),
    (h_football_youth, "football_tournament", 4, 0),
    (h_football_adult, "football_tournament", 0, 4),
    (h_folk_games, "folk_games", 3, 2),
    (h_job_fair, "job_fair", 3, 3),
    (h_scam_warning_generic, "scam_warning", 3, 0),
    (h_scam_warning_jobs, "scam_warning", 0, 5),
    (h_degree_verification, "degree_verification", 3, 0),
    (h_degree_crime, "degree_verification", 0, 4),
    (h_hacked_portal_warning, "cyber_warning", 2, 0),
    (h_child_online_safety, "cyber_warning", 0, 2),
    (h_reproductive_health, "health_education", 2, 0),
    (h_casino_policy, "casino_policy", 0, 2),
    (h_trade_promotion, "trade_promotion", 0, 2),
    # Added after the first test-split measurement, never tuned on:
    (h_world_cup_warning, "football_tournament", 0, 3),
    (h_social_media_takedown, "cyber_warning", 0, 3),
    (h_student_game_debt, "cyber_warning", 0, 3),
    (h_lottery_sellers, "state_lottery", 0, 3),
    (h_massage_licensing, "social_evils", 0, 3),
    (h_housing_loans, "social_policy_bank", 0, 3),
    # Holdout v3, measured once after the test-informed fixes:
    (h_court_fake_degree, "court_verdict", 0, 3),
    (h_youth_cyber_team, "scam_warning", 0, 3),
    (h_sports_betting_policy, "casino_policy", 0, 3),
    (h_night_market, "trade_promotion", 0, 3),
    (h_bank_fraud_notice, "black_credit_warning", 0, 3),
]


def _rng(item_id: str) -> random.Random:
    """Each item gets its own seed, so adding a template never changes existing items."""
    return random.Random(f"{SEED}:{item_id}")


def build() -> list[Item]:
    items: list[Item] = []
    seen: set[str] = set()

    def add(item: Item) -> None:
        if item.html in seen:
            return
        seen.add(item.html)
        items.append(item)

    deliveries = list(DELIVERIES)
    for i, (key, split, category, title, paras) in enumerate(SPAM_PAYLOADS):
        for j in range(6):
            c = Ctx(_rng(f"{key}-{j}"), split)
            delivery = deliveries[(i * 5 + j * 3) % len(deliveries)]
            style = OBFUSCATION_STYLES[(i * 7 + j * 5) % len(OBFUSCATION_STYLES)]
            body = DELIVERIES[delivery](c, title, paras, style)
            add(Item(f"{split}-spam-{key}-{j}", body, "spam", category,
                     f"payload {key}; delivery {delivery}; obfuscation {style}", split))  # fmt: skip

    for builder, family, n_dev, n_test in HARD_NEGATIVES:
        name = builder.__name__.removeprefix("h_")
        for split, n in (("dev", n_dev), ("test", n_test)):
            for j in range(n):
                c = Ctx(_rng(f"{split}-{name}-{j}"), split)
                add(Item(f"{split}-hard-{name}-{j}", builder(c), "clean", f"hard:{family}",
                         f"hard negative: {name}", split))  # fmt: skip

    for k, builder in enumerate(ORDINARY):
        name = builder.__name__.removeprefix("o_")
        split = "test" if k % 9 in (1, 4, 7, 8) else "dev"
        for j in range(4 if builder not in (o_english, o_qa, o_documents, o_leaders) else 3):
            c = Ctx(_rng(f"{split}-{name}-{j}"), split)
            add(Item(f"{split}-clean-{name}-{j}", builder(c), "clean", "clean:ordinary",
                     f"ordinary portal content: {name}", split))  # fmt: skip
    return items


def main() -> None:
    items = build()
    for split in ("dev", "test"):
        path = HERE / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for it in items:
                if it.split == split:
                    row = {"id": it.id, "html": it.html, "label": it.label,
                           "category": it.category, "note": it.note}  # fmt: skip
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
