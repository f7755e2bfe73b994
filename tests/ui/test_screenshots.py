"""Every page renders offscreen to a PNG of the requested size in both languages, in-process
and through the ``factuurflow screenshot`` command (which fills a fresh data folder with the
demo office first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from ui_demo import BEHEERDER

from app.ui.i18n import set_language
from app.ui.screens import save_screenshot, screen_names

PAGES = [
    "login",
    "dashboard",
    "administrations",
    "add-administration",
    "users",
    "user-edit",
    "departments",
    "organisation",
    "hub",
    "relations",
    "processing-settings",
    "archive",
]


def test_every_required_page_has_a_screen():
    assert set(PAGES) <= set(screen_names())


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_screenshot(tmp_path, session_as, page, lang):
    set_language(lang)
    session = session_as(BEHEERDER)
    admins = session.services.administrations.list()
    admin = admins[0] if page in ("hub", "relations", "processing-settings", "archive") else None
    out = save_screenshot(page, session, admin, QSize(960, 640), tmp_path / f"{page}.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (960, 640)
    colours = {image.pixel(x, y) for x in range(0, 960, 37) for y in range(0, 640, 23)}
    assert len(colours) > 3, "the picture is blank"


def test_screenshot_command_on_a_fresh_data_folder(cli, tmp_path):
    out = tmp_path / "shots" / "users-en.png"
    code, stdout, stderr = cli("screenshot", "users", str(out), "--lang", "en", "--size", "800x600")
    assert code == 0, stderr
    assert "800x600" in stdout
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)


def test_screenshot_command_rejects_unknown_page_and_size(cli, tmp_path):
    code, _out, err = cli("screenshot", "nergens", str(tmp_path / "x.png"))
    assert code == 2 and "Onbekende pagina" in err
    code, _out, err = cli("screenshot", "users", str(tmp_path / "x.png"), "--size", "groot")
    assert code == 2 and "Ongeldige grootte" in err
