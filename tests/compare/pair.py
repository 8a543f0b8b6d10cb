"""A known as-is / to-be pair, built by hand from the small test project, with exactly:

- changed (4): the map's title; «Chemise à 105 €» effort 3 → 2 and emotion −1 → +1 (rescored);
  «Essayage en boutique» emotion +1 → +2;
- added (4): stage «Fidélité» (last); channel «E-mail»; in Léa's band, stage «Usage»: the
  touchpoint «E-mail de suivi» and the pain point «Retour compliqué» (an exit point);
- removed (2): the card «Conseil d'un ami»; the link «clic»;
- moved (1): the pain point «File d'attente en caisse» from stage «Achat» to «Usage»;
- reordered (1): the personas, Marc now before Léa.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from journey_editor.model import Card, Channel, Project, Stage  # noqa: E402
from tests.conftest import build_small_project  # noqa: E402

COUNTS = {"added": 4, "removed": 2, "changed": 4, "moved": 1, "reordered": 1}
TO_BE_TITLE = "Boutique de chemises — parcours cible"


def as_is() -> Project:
    return build_small_project()


def to_be() -> Project:
    project = build_small_project()
    data = project.model_dump()
    data["title"] = TO_BE_TITLE
    data["stages"].append(Stage(id="s-loyal", name="Fidélité", phase="Après").model_dump())
    data["channels"].append(
        Channel(id="email", label="E-mail", colour="#009E73", icon="mail").model_dump()
    )
    data["personas"].reverse()
    cards = {card["id"]: card for card in data["cards"]}
    cards["c-shop"].update(effort=2, emotion=1)
    cards["c-marc-store"]["emotion"] = 2
    cards["c-queue"]["stage"] = "s-use"
    data["cards"].remove(cards["c-friend"])
    data["cards"] += [
        Card(
            id="c-follow-up",
            persona="p-lea",
            lane="l-lea-touch",
            stage="s-use",
            title="E-mail de suivi",
            channel="email",
            effort=1,
            emotion=1,
        ).model_dump(),
        Card(
            id="c-return",
            persona="p-lea",
            lane="l-lea-pain",
            stage="s-use",
            title="Retour compliqué",
            exit_point=True,
        ).model_dump(),
    ]
    data["links"] = []
    return Project.model_validate(data)
