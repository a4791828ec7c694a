"""What a search result can be: one value per indexed record family, in the words citizens use."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    ARTICLE = "article", _("Tin bài")
    ANNOUNCEMENT = "announcement", _("Thông báo")
    PAGE = "page", _("Trang thông tin")
    DOCUMENT = "document", _("Văn bản")
    PROCEDURE = "procedure", _("Thủ tục hành chính")
    DATASET = "dataset", _("Dữ liệu công khai")
    QUESTION = "question", _("Hỏi đáp")
