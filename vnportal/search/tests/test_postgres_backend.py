"""The PostgreSQL backend's bounded steps: capped count, candidate pools, ranking, query count.

Each test shrinks ``POOL`` / ``COUNT_LIMIT`` so that a handful of rows plays the part of a
200,000-row index: what would fall outside the newest candidates on a real province must still be
found when it matches in the title or with the exact diacritics typed.
"""

import unittest
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from vnportal.search.backends import PostgresBackend
from vnportal.search.models import SearchEntry
from vnportal.search.query import parse

from .factories import entry


@unittest.skipUnless(connection.vendor == "postgresql", "the PostgreSQL backend needs PostgreSQL")
class PostgresBackendTests(TestCase):
    def search(self, raw, *, offset=0, limit=2, pool=2, count_limit=1000):
        """A page of ``limit`` hits: the pools hold max(pool, offset + limit) candidates each."""
        with (
            mock.patch.object(PostgresBackend, "POOL", pool),
            mock.patch.object(PostgresBackend, "COUNT_LIMIT", count_limit),
        ):
            return PostgresBackend().search(
                SearchEntry.objects.all(), parse(raw), offset=offset, limit=limit
            )

    def titles(self, found):
        return [hit.entry.title for hit in found.hits]

    def test_a_broad_query_stops_counting_at_the_limit(self):
        for day in range(7):
            entry(f"Đất đai tin {day}", days_ago=day)
        capped = self.search("dat dai", count_limit=5, limit=20)
        self.assertEqual((capped.total, capped.capped), (5, True))
        self.assertEqual(len(capped.hits), 6)  # the newest COUNT_LIMIT + 1 matches are ranked
        exact = self.search("dat dai", count_limit=7)
        self.assertEqual((exact.total, exact.capped), (7, False))

    def test_a_narrow_search_ranks_an_old_title_match_first(self):
        """At most COUNT_LIMIT matches: all of them are ranked on every signal."""
        for day in range(1, 6):
            entry(f"Tin số {day}", body="Về quy hoạch chung của xã.", days_ago=day)
        entry("Quy hoạch chung xây dựng xã", days_ago=800)
        found = self.search("quy hoach")
        self.assertEqual(found.total, 6)
        self.assertEqual(self.titles(found)[0], "Quy hoạch chung xây dựng xã")

    def test_an_old_exact_spelling_is_found_among_newer_look_alikes(self):
        """ "đường" typed with its diacritics must find the road among many newer "dương"."""
        for day in range(1, 6):
            entry(f"Lịch dương tháng {day}", days_ago=day)
        entry("Nâng cấp đường liên xã", days_ago=900)
        for count_limit in (1000, 3):  # narrow, then broad (the newest 4 are all "dương")
            found = self.search("đường", count_limit=count_limit)
            self.assertEqual(self.titles(found)[0], "Nâng cấp đường liên xã", count_limit)
        self.assertEqual(self.search("duong").total, 6)  # unaccented: every spelling matches

    def test_exact_diacritics_in_the_body_are_found_too(self):
        for day in range(1, 6):
            entry(f"Thông tin {day}", body="Đương nhiệm chủ tịch xã.", days_ago=day)
        entry("Thông báo cũ", body="Làm đường bê tông.", days_ago=700)
        for count_limit in (1000, 3):
            found = self.search("đường", limit=3, count_limit=count_limit)
            self.assertEqual(self.titles(found)[0], "Thông báo cũ", count_limit)

    def test_pages_past_the_pool_are_served(self):
        for day in range(6):
            entry(f"Hộ nghèo {day}", days_ago=day)
        seen = []
        for offset in (0, 2, 4):
            seen += self.titles(self.search("ho ngheo", offset=offset, limit=2))
        self.assertEqual(sorted(seen), sorted(f"Hộ nghèo {day}" for day in range(6)))

    def test_quoted_phrase_and_title_weights(self):
        entry("Giải phóng mặt bằng dự án", days_ago=30)
        entry("Mặt bằng giải phóng", body="Không phải cụm từ.", days_ago=1)
        self.assertEqual(
            self.titles(self.search('"giai phong mat bang"')), ["Giải phóng mặt bằng dự án"]
        )

    def test_undated_records_come_after_dated_ones_in_the_pool(self):
        for day in range(3):
            entry(f"Dự án {day}", days_ago=day)
        entry("Dự án không ngày", published_at=None)
        found = self.search("du an", limit=20)
        self.assertEqual(found.total, 4)
        self.assertEqual(self.titles(found)[-1], "Dự án không ngày")

    def test_three_queries_whatever_the_number_of_matches(self):
        for day in range(30):
            entry(f"Giao thông nông thôn {day}", days_ago=day)
        with CaptureQueriesContext(connection) as ctx:
            found = self.search("giao thông", count_limit=10)
        self.assertEqual((found.total, found.capped, len(found.hits)), (10, True, 2))
        self.assertLessEqual(len(ctx), 3)  # count, candidate pools, the ranked page
