"""The audit log is a hash chain: editing or deleting an entry is detected."""

from vnportal.security.audit import record, verify_chain
from vnportal.security.models import AuditEntry


def test_chain_verifies_and_detects_tampering(db, django_user_model):
    user = django_user_model.objects.create(username="bientap")
    entries = [record("page.publish", actor=user, data={"page": i}) for i in range(5)]
    assert verify_chain() is None
    assert entries[1].prev_hash == entries[0].entry_hash
    AuditEntry.objects.filter(pk=entries[2].pk).update(data={"page": 99})
    assert verify_chain() == entries[2].pk


def test_deleting_an_entry_breaks_the_chain(db):
    entries = [record("login", data={"n": i}) for i in range(3)]
    AuditEntry.objects.filter(pk=entries[1].pk).delete()
    assert verify_chain() == entries[2].pk


def test_deleting_the_last_entry_is_detected(db):
    entries = [record("login", data={"n": i}) for i in range(3)]
    AuditEntry.objects.filter(pk=entries[-1].pk).delete()
    assert verify_chain() == -1
