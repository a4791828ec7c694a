"""Hostname and path rules of Decree 224/2026 art. 11(4)."""

import pytest
from django.core.exceptions import ValidationError

from vnportal.tenancy.hostnames import validate_hostname, validate_path


@pytest.mark.parametrize(
    "host", ["bato.quangngai.gov.vn", "BaTo.QuangNgai.gov.vn.", "so-tu-phap.quangngai.gov.vn"]
)
def test_component_hosts_of_the_decree_form_are_accepted(host, settings):
    settings.VNPORTAL_EXTRA_HOST_PATTERNS = []
    assert validate_hostname(host, provincial=False) == host.lower().rstrip(".")


@pytest.mark.parametrize(
    "host",
    [
        "bato.laocai.gov.vn",
        "a.b.quangngai.gov.vn",
        "quangngai.gov.vn",
        "bato.com",
        "ba_to.quangngai.gov.vn",
        "-bato.quangngai.gov.vn",
        "bà tơ.quangngai.gov.vn",
        "",
    ],
)
def test_other_component_hosts_are_refused_with_a_message(host, settings):
    settings.VNPORTAL_EXTRA_HOST_PATTERNS = []
    with pytest.raises(ValidationError) as exc:
        validate_hostname(host, provincial=False)
    assert exc.value.messages[0]


def test_province_must_use_its_own_domain(settings):
    settings.VNPORTAL_EXTRA_HOST_PATTERNS = []
    assert validate_hostname("quangngai.gov.vn", provincial=True) == "quangngai.gov.vn"
    with pytest.raises(ValidationError, match="quangngai.gov.vn"):
        validate_hostname("bato.quangngai.gov.vn", provincial=True)


def test_setting_allows_other_hosts(settings):
    settings.VNPORTAL_EXTRA_HOST_PATTERNS = ["*.example.org"]
    assert validate_hostname("xa.example.org", provincial=False) == "xa.example.org"


@pytest.mark.parametrize("path", ["admin", "api", "static", "Xã-Ba-Tơ", "xa--ba", "-xa", "xa/ba"])
def test_bad_paths_are_refused(path):
    with pytest.raises(ValidationError):
        validate_path(path)


def test_good_path():
    assert validate_path("/xa-ba-to/") == "xa-ba-to"
