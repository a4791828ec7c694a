"""Term lists and host lists for the malicious-content scanner, kept as plain data.

Why data and not code: moderators and the province's security officer will want to add the
next gambling brand or slang term without reading the matcher. Every phrase is written the way
a Vietnamese reader writes it (lower case, with diacritics); the matcher folds diacritics,
tolerates missing spaces ("nhacai") and undoes obfuscation before matching, so a phrase needs to
be listed only once.

Weights are points towards the spam threshold (see ``scoring.POINTS_AT_THRESHOLD``): 1.5 for a
phrase that essentially only spam uses, 1.0 for a strong hint, 0.3-0.7 for words that legitimate
news also uses. A phrase starting with ``=`` is ambiguous without diacritics ("lo de" is also
"lo để"): written without diacritics it counts only ``AMBIGUOUS_FOLDED_FACTOR`` of its weight.
"""

from __future__ import annotations

AMBIGUOUS_FOLDED_FACTOR = 0.4

# category -> [(phrase, weight)]
TERMS: dict[str, list[tuple[str, float]]] = {
    "gambling": [
        ("nhà cái", 1.5), ("nhà cái uy tín", 2.0), ("link vào nhà cái", 2.0),
        ("casino trực tuyến", 1.5), ("casino online", 1.5), ("casino live", 1.5), ("casino", 0.8),
        ("sòng bài trực tuyến", 1.5), ("sòng bạc trực tuyến", 1.5), ("sòng bài online", 1.5),
        ("=cá cược", 1.2), ("cá cược trực tuyến", 1.5), ("cá cược online", 1.5),
        ("nổ hũ", 1.5), ("quay hũ", 1.5), ("tài xỉu", 1.2), ("tài xỉu online", 1.5),
        ("xóc đĩa", 0.7), ("xóc đĩa online", 1.5), ("xóc đĩa live", 1.5),
        ("game bài đổi thưởng", 1.5), ("game bài", 0.8), ("=đổi thưởng", 1.0),
        ("bắn cá đổi thưởng", 1.5), ("cổng game", 1.0), ("slot game", 1.2), ("jackpot", 0.4),
        ("baccarat", 1.2), ("roulette", 1.0), ("blackjack", 1.0), ("poker", 0.8),
        ("rồng hổ", 1.0), ("đá gà trực tiếp", 1.5), ("đá gà online", 1.5), ("đá gà thomo", 1.5),
        ("thưởng nạp đầu", 1.5), ("nạp đầu", 1.0), ("giftcode", 1.0), ("code tân thủ", 1.2),
        ("rút tiền siêu tốc", 1.2), ("nạp rút siêu tốc", 1.5), ("dealer", 0.8),
        ("=cược", 0.5), ("đặt cược", 1.0), ("cược miễn phí", 1.5), ("=tiền cược", 0.5),
        ("đánh bạc trực tuyến", 0.5), ("đánh bạc", 0.2), ("=cờ bạc", 0.2),
    ],
    "betting": [
        ("soi kèo", 1.5), ("kèo nhà cái", 2.0), ("tỷ lệ kèo", 1.5), ("tỉ lệ kèo", 1.5),
        ("kèo châu á", 1.5), ("kèo châu âu", 1.5), ("kèo tài xỉu", 1.5), ("kèo thơm", 1.5),
        ("kèo chấp", 1.5), ("kèo rung", 1.5), ("kèo bóng đá", 1.5), ("nhận định kèo", 1.5),
        ("cược xiên", 1.2), ("cá độ bóng đá", 1.0), ("=cá độ", 0.7), ("cá cược bóng đá", 1.2),
        ("cá cược thể thao", 1.5), ("tip bóng đá", 1.5), ("nhận định bóng đá", 0.5),
        ("trực tiếp bóng đá", 0.3), ("link xem bóng đá", 0.8), ("=kèo", 0.5),
    ],
    "lottery_betting": [
        ("soi cầu", 1.5), ("=chốt số", 1.5), ("bạch thủ lô", 1.5), ("bạch thủ", 1.0),
        ("song thủ lô", 1.5), ("=dàn đề", 1.5), ("lô đề online", 1.5), ("đề online", 1.2),
        ("lô online", 1.2), ("=lô đề", 0.6), ("=đánh đề", 0.8), ("=ghi đề", 0.5),
        ("ghi đề online", 1.5), ("lô xiên", 1.2), ("lô gan", 1.0), ("=cầu lô", 1.2),
        ("nuôi lô", 1.5), ("=đề về", 0.8), ("số đẹp", 0.3), ("1 ăn 99", 1.5), ("1 ăn 99.5", 1.5),
        ("1 ăn 80", 1.2), ("rồng bạch kim", 1.2), ("=số đề", 0.3),
    ],
    "sex": [
        ("gái gọi", 1.5), ("gái gọi cao cấp", 2.0), ("=đi khách", 0.8), ("phim sex", 1.5),
        ("phim người lớn", 1.2), ("clip nóng", 1.2), ("jav", 1.0), ("xxx", 0.2), ("sex", 0.8),
        ("massage kích dục", 1.5), ("kích dục", 1.2), ("thuốc kích dục", 1.5), ("tắm tiên", 1.2),
        ("happy ending", 1.2), ("massage body", 0.8), ("chat sex", 1.5), ("show hàng", 1.0),
        ("tìm bạn tình", 1.2), ("sugar baby", 1.2), ("sugar daddy", 1.2), ("porn", 1.2),
        ("hentai", 1.2), ("khiêu dâm", 0.2), ("mại dâm", 0.2), ("18+", 0.5),
    ],
    "fake_degree": [
        ("làm bằng giả", 1.5), ("bằng giả", 0.5), ("làm bằng đại học", 1.5),
        ("làm bằng cấp 3", 1.5), ("bằng cấp 3", 0.5), ("làm bằng tốt nghiệp", 1.5),
        ("làm bằng lái xe", 1.5), ("làm bằng lái", 1.5), ("mua bằng đại học", 1.5),
        ("làm giấy tờ giả", 1.5), ("làm chứng chỉ", 1.2),
        ("không cần thi", 0.8), ("không cần học", 0.6), ("bằng thật", 0.8), ("phôi thật", 1.2),
        ("tra cứu được", 0.3), ("có hồ sơ gốc", 1.0), ("bằng thạc sĩ", 0.3),
        ("chứng chỉ tin học", 0.3), ("nhận làm bằng", 1.5),
    ],
    "scam_loan": [
        ("vay tiền nhanh", 1.5), ("vay tiền online", 1.5), ("vay online", 1.2), ("vay nóng", 1.2),
        ("không cần thế chấp", 0.8), ("nợ xấu vẫn vay", 1.5), ("hỗ trợ nợ xấu", 1.2),
        ("không thẩm định", 1.0), ("bốc họ", 1.2), ("góp ngày", 0.8), ("vay tín chấp", 0.5),
        ("giải ngân nhanh", 0.5), ("không gặp mặt", 0.6), ("chỉ cần cccd", 1.0),
        ("chỉ cần cmnd", 1.0), ("duyệt 100%", 1.0), ("app vay", 1.0), ("lãi suất 0%", 0.8),
        ("nhận tiền ngay", 0.6), ("giải ngân trong 5 phút", 1.5),
    ],
    "job_scam": [
        ("việc nhẹ lương cao", 1.5), ("cộng tác viên online", 1.5), ("ctv online", 1.5),
        ("làm nhiệm vụ", 0.4), ("nạp tiền làm nhiệm vụ", 1.5), ("nhận hoa hồng", 0.8),
        ("hoa hồng", 0.3), ("đơn hàng ảo", 1.2), ("chốt đơn", 0.5), ("ctv chốt đơn", 1.5),
        ("thả tim nhận tiền", 1.5), ("xem video kiếm tiền", 1.5), ("kiếm tiền online", 1.2),
        ("kiếm tiền tại nhà", 1.2), ("không cần đặt cọc", 0.5), ("cộng tác viên", 0.3),
        ("ctv", 0.3), ("làm việc tại nhà", 0.5), ("đánh máy tại nhà", 1.2),
        ("nhập liệu tại nhà", 1.2), ("phí tài liệu", 0.8), ("cọc nhận việc", 1.2),
        ("lương theo ngày", 0.5), ("trả lương theo ngày", 0.5),
    ],
}  # fmt: skip

CATEGORY_LABELS = {
    "gambling": "gambling",
    "betting": "betting",
    "lottery_betting": "illegal lottery",
    "sex": "sex",
    "fake_degree": "fake degree",
    "scam_loan": "scam loan",
    "job_scam": "job scam",
}

# Brand names of gambling sites and illegal football-streaming sites that carry betting ads.
# Matched as whole words in text and anywhere inside host names ("vaofb88.xyz"). "b52" and
# "iwin" are deliberately absent: B-52 is a bomber in every history article about 1972 Hà Nội.
BRANDS: list[str] = [
    "fb88", "w88", "kubet", "ku casino", "789bet", "188bet", "12bet", "m88", "v9bet", "8xbet",
    "hi88", "new88", "jun88", "shbet", "f8bet", "mu88", "33win", "8kbet", "okvip", "1xbet",
    "22bet", "bk8", "vn88", "fun88", "dafabet", "letou", "vwin", "fabet", "five88", "lucky88",
    "sv388", "sunwin", "go88", "rikvip", "hitclub", "hit club", "789club", "b52club",
    "nhatvip", "manclub", "bong88", "sbobet", "viva88", "5bet", "78win", "j88", "qh88",
    "xoilac", "mitom", "cakhia", "90phut", "vebo", "socolive", "rakhoi", "thapcam", "banhkhuc",
    "colatv", "sin88", "hb88", "kubet88", "ae888", "net88", "tk88", "nohu90",
]  # fmt: skip
BRAND_WEIGHT = 1.5
# Host or token labels shaped like gambling brands: "xx88", "789bet", "bet365", "33win".
BRAND_SHAPE_RE = (
    r"(?:[a-z]{1,6}(?:88|888|68|66|666|79|99)(?![0-9])|[0-9]{2,3}(?:bet|win|club|vip)"
    r"|(?:bet|win)[0-9]{2,3}(?![0-9]))"
)

# Written-together forms searched inside long tokens and host names (hashtags, "nhacaiuytin").
# Only forms that cannot occur inside an innocent word are listed ("banca" would hit
# "bancassurance", "jav" would hit "javascript").
COMPACT_TERMS: dict[str, str] = {
    "nhacai": "gambling", "cacuoc": "gambling", "taixiu": "gambling", "nohu": "gambling",
    "quayhu": "gambling", "gamebai": "gambling", "doithuong": "gambling", "casino": "gambling",
    "xocdia": "gambling", "bancadoithuong": "gambling", "dagatructiep": "gambling",
    "soikeo": "betting", "keonhacai": "betting", "tylekeo": "betting", "cadobongda": "betting",
    "keobongda": "betting", "soicau": "lottery_betting", "lodeonline": "lottery_betting",
    "danhde": "lottery_betting", "chotso": "lottery_betting", "dandevip": "lottery_betting",
    "phimsex": "sex", "gaigoi": "sex", "phimnguoilon": "sex", "porn": "sex",
    "lambanggia": "fake_degree", "lambangdaihoc": "fake_degree", "lambang": "fake_degree",
    "vaytiennhanh": "scam_loan", "vaytienonline": "scam_loan", "vayonline": "scam_loan",
    "vieclamonline": "job_scam", "kiemtienonline": "job_scam", "ctvonline": "job_scam",
}  # fmt: skip

# Calls to action: they never make content spam on their own (a vaccination notice says
# "đăng ký ngay"), but they turn a mention into an advertisement.
CTA_TERMS: list[str] = [
    "đăng ký ngay", "đăng ký tài khoản", "nạp tiền", "nạp lần đầu", "rút tiền", "khuyến mãi",
    "hoàn trả", "hoàn tiền", "uy tín", "uy tín nhất", "số 1 việt nam", "số 1 châu á", "top 10",
    "link vào", "link tải",
    "tải app", "truy cập ngay", "bấm vào", "click", "liên hệ zalo", "zalo", "telegram",
    "inbox", "hotline", "cskh", "miễn phí", "nhận ngay", "cam kết", "chắc ăn",
    "bảo mật tuyệt đối", "24/7", "không bị chặn", "link mới nhất", "tân thủ", "vip",
    "không lừa đảo", "giá rẻ", "thành viên mới", "tỷ lệ trả thưởng", "ưu đãi",
]  # fmt: skip

# Wording of legitimate reporting about these topics: police, courts, prevention campaigns,
# warnings, state lottery and social-policy credit, sports and cultural events. (phrase, weight)
CONTEXT_TERMS: list[tuple[str, float]] = [
    ("công an", 1.0), ("triệt phá", 1.0), ("bắt quả tang", 1.0), ("bắt giữ", 1.0),
    ("khởi tố", 1.0), ("bị can", 1.0), ("bị cáo", 1.0), ("tòa án", 1.0), ("toà án", 1.0),
    ("xét xử", 1.0), ("cáo trạng", 1.0), ("tuyên phạt", 1.0), ("điều tra", 0.5),
    ("đối tượng", 0.5), ("tang vật", 1.0), ("thu giữ", 1.0), ("bộ luật hình sự", 1.0),
    ("vi phạm pháp luật", 1.0), ("xử lý nghiêm", 1.0), ("tuyên truyền", 1.0),
    ("phòng, chống", 1.0), ("phòng chống", 1.0), ("tệ nạn", 1.0), ("cảnh giác", 1.0),
    ("cảnh báo", 0.7), ("khuyến cáo", 1.0), ("thủ đoạn", 1.0), ("lừa đảo", 0.7),
    ("chiếm đoạt", 1.0), ("nạn nhân", 0.7), ("trình báo", 1.0), ("tố giác", 1.0),
    ("nghiêm cấm", 1.0), ("trái phép", 1.0), ("xổ số kiến thiết", 1.0),
    ("ngân hàng chính sách xã hội", 1.0), ("hộ nghèo", 0.5), ("giải bóng đá", 1.0),
    ("thiếu niên nhi đồng", 1.0), ("trò chơi dân gian", 1.0), ("ngày hội việc làm", 1.0),
    ("dịch vụ việc làm", 1.0), ("xác minh", 0.7), ("văn bằng", 0.7), ("nghị định", 0.7),
    ("vi phạm", 0.5), ("xử phạt", 1.0), ("tội phạm", 1.0), ("phạm tội", 1.0),
    ("tin tặc", 1.0), ("an toàn thông tin", 1.0), ("bảo vệ trẻ em", 1.0), ("xâm hại", 0.7),
    ("không truy cập", 1.0), ("tịch thu", 1.0), ("làm giả", 0.7), ("pháp luật", 0.5),
    ("kinh doanh có điều kiện", 1.0), ("thí điểm", 0.5), ("tạm giam", 1.0), ("khai nhận", 1.0),
    # Cautionary writing (schools, health, parents): risks described, not offered.
    ("nguy cơ", 0.7), ("tác hại", 1.0), ("hệ lụy", 1.0), ("trá hình", 1.0), ("tránh xa", 1.0),
    ("nói không với", 1.0), ("không tham gia", 1.0), ("tuyệt đối không", 1.0), ("bị lừa", 1.0),
    ("không phù hợp", 0.7),
]  # fmt: skip
# Phrases that look like context but are spam boilerplate: "uy tín, không lừa đảo".
CONTEXT_NEGATIONS: list[str] = ["không lừa đảo", "không lo lừa đảo", "chống lừa đảo 100%"]

# --- hosts ----------------------------------------------------------------------------------

# Hosts that legitimate portal content links to or embeds. Suffix match on the registrable part.
TRUSTED_HOST_SUFFIXES: tuple[str, ...] = (
    ".gov.vn", ".gov", ".edu.vn", ".org.vn", ".int", "gov.vn",
    "youtube.com", "youtu.be", "youtube-nocookie.com", "ytimg.com", "google.com", "google.com.vn",
    "googleapis.com", "gstatic.com", "googletagmanager.com", "google-analytics.com",
    "doubleclick.net", "forms.gle", "goo.gl", "facebook.com", "facebook.net", "fbcdn.net",
    "fb.watch", "zalo.me", "zaloapp.com", "zadn.vn", "tiktok.com", "twitter.com", "x.com",
    "vimeo.com", "jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "microsoft.com",
    "office.com", "sharepoint.com", "wikipedia.org", "unesco.org", "who.int", "un.org",
    "vnexpress.net", "tuoitre.vn", "thanhnien.vn", "baochinhphu.vn", "vtv.vn", "nhandan.vn",
    "baoquangngai.vn", "vbpl.vn", "thuvienphapluat.vn", "vietnamplus.vn", "qdnd.vn",
    "cand.com.vn", "dangcongsan.vn", "vov.vn", "laodong.vn", "vneid.gov.vn", "vnpt.vn",
    "viettel.vn", "vietlott.vn", "xskt.com.vn", "vbsp.org.vn", "dungquat.gov.vn",
    "recaptcha.net", "cloudflare.com", "addthis.com", "sharethis.com",
)  # fmt: skip
URL_SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "shorturl.at", "is.gd", "t.ly", "ow.ly",
        "s.id", "tiny.cc", "shorte.st", "bom.so", "gg.gg", "v.gd", "rebrand.ly", "t.co",
        "tiny.one", "urlz.fr", "buff.ly", "linktr.ee", "bitly.com",
    }
)  # fmt: skip
GAMBLING_TLDS: frozenset[str] = frozenset({"bet", "casino", "poker", "bingo", "lotto", "games"})
CHEAP_TLDS: frozenset[str] = frozenset(
    {
        "xyz", "top", "club", "vip", "win", "icu", "buzz", "fun", "cc", "tk", "ml", "ga", "cf",
        "gq", "live", "site", "online", "monster", "rest", "bar", "sbs", "cfd", "cyou", "lol",
        "pw", "work", "click", "link", "best", "asia", "tv", "io", "me", "pro", "store", "shop",
    }
)  # fmt: skip
