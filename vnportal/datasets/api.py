"""API endpoints of the data sets: one list and one detail endpoint per kind, each with its own
schema generated from the model's declared fields, so the OpenAPI document says exactly which
columns a project or a bidding notice has."""

import datetime
import decimal
from enum import Enum

from ninja import Field, Path, Query, Router, Schema
from ninja.responses import Status
from pydantic import create_model

from .choices import Sector
from .models import KINDS

router = Router(tags=["datasets"])

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1  # BigAutoField


class Problem(Schema):
    detail: str


class KindOut(Schema):
    kind: str
    label: str
    records: int
    url: str


def _python_type(field):
    internal = field.get_internal_type()
    if field.choices:
        enum = Enum(
            f"{field.model.__name__}_{field.name}", {v: v for v, _l in field.choices}, type=str
        )
        return enum
    return {
        "DecimalField": decimal.Decimal,
        "DateField": datetime.date,
        "DateTimeField": datetime.datetime,
        "PositiveSmallIntegerField": int,
        "IntegerField": int,
        "BooleanField": bool,
    }.get(internal, str)


def _schemas(model):
    fields = {
        "id": (int, ...),
        "portal": (str, Field(..., description="Mã cổng công bố")),
        "title": (str, ...),
        "field": (Sector, ...),
        "year": (int, ...),
        "summary": (str, ...),
        "source_document": (str, ...),
        "url": (str, ...),
    }
    for name in model.detail_fields:
        field = model._meta.get_field(name)
        python = _python_type(field)
        nullable = field.null or (field.blank and python is not str and not field.choices)
        if field.choices and field.blank:
            python = str  # a blank choice ("") is not a member of the enum
        fields[name] = (python | None, None) if nullable else (python, ...)
    out = create_model(f"{model.__name__}Out", __base__=Schema, **fields)
    page = create_model(
        f"{model.__name__}Page",
        __base__=Schema,
        count=(int, ...),
        limit=(int, ...),
        offset=(int, ...),
        items=(list[out], ...),
    )
    filters = {
        "portal": (str | None, Field(None, max_length=63, description="Mã cổng; trống: toàn tỉnh")),
        "year": (int | None, Field(None, ge=1945, le=2100)),
        "field": (Sector | None, None),
        "q": (str | None, Field(None, max_length=200)),
        "limit": (int, Field(20, ge=1, le=MAX_LIMIT)),
        "offset": (int, Field(0, ge=0, le=MAX_OFFSET)),
    }
    for name in model.filter_fields:
        filters[name] = (_python_type(model._meta.get_field(name)) | None, None)
    filter_schema = create_model(f"{model.__name__}Filters", __base__=Schema, **filters)
    return out, page, filter_schema


def _serialise(model, record) -> dict:
    data = {
        "id": record.pk,
        "portal": record.portal.slug,
        "title": record.title,
        "field": record.field,
        "year": record.year,
        "summary": record.summary,
        "source_document": record.source_document,
        "url": record.portal.get_public_url() + f"tra-cuu/du-lieu/{model.kind}/{record.pk}/",
    }
    for name in model.detail_fields:
        data[name] = getattr(record, name)
    return data


def _public(model):
    return model.objects.public().select_related("portal").defer("search_text")


def _register(slug, model):
    out, page, filter_schema = _schemas(model)
    operation = slug.replace("-", "_")

    def list_view(request, filters: Query[filter_schema]):
        qs = _public(model)
        if filters.portal:
            qs = qs.filter(portal__slug=filters.portal)
        if filters.year:
            qs = qs.filter(year=filters.year)
        if filters.field:
            qs = qs.filter(field=filters.field)
        if filters.q:
            qs = qs.matching(filters.q)
        for name in model.filter_fields:
            value = getattr(filters, name)
            if value:
                qs = qs.filter(**{name: getattr(value, "value", value)})
        count = qs.count()
        rows = qs.order_by("-year", "-updated_at", "-pk")[
            filters.offset : filters.offset + filters.limit
        ]
        return {
            "count": count,
            "limit": filters.limit,
            "offset": filters.offset,
            "items": [_serialise(model, r) for r in rows],
        }

    def detail_view(request, record_id: int = Path(..., ge=1, le=MAX_ID)):
        record = _public(model).filter(pk=record_id).first()
        if record is None:
            return Status(404, {"detail": "Không có bản ghi này."})
        return Status(200, _serialise(model, record))

    list_view.__name__ = f"list_{operation}"
    detail_view.__name__ = f"get_{operation}"
    router.add_api_operation(
        f"/{slug}",
        ["GET"],
        list_view,
        response=page,
        summary=f"{model._meta.verbose_name_plural.capitalize()}: published records, filtered",
        operation_id=f"datasets_list_{operation}",
    )
    router.add_api_operation(
        f"/{slug}/{{int:record_id}}",
        ["GET"],
        detail_view,
        response={200: out, 404: Problem},
        summary=f"{model._meta.verbose_name.capitalize()}: one published record",
        operation_id=f"datasets_get_{operation}",
    )


@router.get(
    "", response=list[KindOut], summary="The kinds of data sets with their public record counts"
)
def list_kinds(request):
    return [
        {
            "kind": slug,
            "label": str(model.kind_label),
            "records": model.objects.public().count(),
            "url": f"/api/v1/datasets/{slug}",
        }
        for slug, model in KINDS.items()
    ]


for _slug, _model in KINDS.items():
    _register(_slug, _model)
