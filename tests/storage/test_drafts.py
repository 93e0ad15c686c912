from mfd_desktop.storage import drafts


def test_save_load_replace_delete(vault):
    conn = vault.conn
    assert drafts.load_draft(conn, "note:new:1") is None
    drafts.save_draft(conn, "note:new:1", "note", {"text": "Erstgespräch Ü"}, record_id=1)
    got = drafts.load_draft(conn, "note:new:1")
    assert got is not None
    assert (got.form, got.record_id, got.content) == ("note", 1, {"text": "Erstgespräch Ü"})
    drafts.save_draft(conn, "note:new:1", "note", {"text": "zweite Fassung"}, record_id=1)
    assert drafts.load_draft(conn, "note:new:1").content == {"text": "zweite Fassung"}
    assert len(drafts.list_drafts(conn)) == 1
    assert drafts.delete_draft(conn, "note:new:1") is True
    assert drafts.delete_draft(conn, "note:new:1") is False
    assert drafts.load_draft(conn, "note:new:1") is None


def test_list_by_form(vault):
    conn = vault.conn
    drafts.save_draft(conn, "a", "note", {"x": 1})
    drafts.save_draft(conn, "b", "client", {"y": 2})
    drafts.save_draft(conn, "c", "note", {"z": 3})
    assert sorted(d.key for d in drafts.list_drafts(conn, "note")) == ["a", "c"]
    assert [d.key for d in drafts.list_drafts(conn, "client")] == ["b"]


def test_survives_reopen(make_vault, unlock):
    vault, _ = make_vault()
    drafts.save_draft(vault.conn, "k", "f", {"text": "bleibt"})
    vault.lock()
    again = unlock()
    try:
        assert drafts.load_draft(again.conn, "k").content == {"text": "bleibt"}
    finally:
        again.lock()


def test_garbled_content_gives_empty_dict(vault):
    vault.conn.execute(
        "INSERT INTO drafts(draft_key, form, content_json) VALUES ('k', 'f', 'not json')"
    )
    assert drafts.load_draft(vault.conn, "k").content == {}
