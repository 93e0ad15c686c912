from tests.gui.conftest import _compiled_translations, ctx, unlocked_ctx  # noqa: F401 - fixtures
