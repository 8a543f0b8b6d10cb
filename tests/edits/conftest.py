"""A small but realistic map for the edit tests, and a helper that checks undo and redo.

Cards of one cell are deliberately not adjacent in the flat list (Léa's touchpoints at
"Considération" are split by a card of another cell), so an inverse that puts a card back "near"
its old place instead of exactly there is caught.
"""

from collections.abc import Callable

import pytest

from journey_editor.edits import Change, Edit
from journey_editor.model import Card, Lane, Link, Persona, Project, Stage, default_channels

CHANNELS = ("website", "email", "store", "blog", "word_of_mouth", "phone", "live_chat")


def build_journey() -> Project:
    return Project(
        id="map-edits",
        title="Chemises sur mesure — parcours omnicanal",
        description="Atelier du 12 novembre",
        client="Maison Œillet",
        author="Atelier",
        created="2026-11-12T09:00:00Z",
        modified="2026-11-12T17:30:00Z",
        locale="fr-BE",
        stages=[
            Stage(id="s-aware", name="Découverte", phase="Avant"),
            Stage(id="s-consider", name="Considération", phase="Avant"),
            Stage(id="s-buy", name="Achat", phase="Pendant"),
            Stage(id="s-use", name="Usage", phase="Après"),
        ],
        personas=[
            Persona(
                id="p-lea",
                name="Léa",
                role="Lectrice fidèle du blog",
                quote="Je veux une chemise qui tombe bien.",
                goals=["Trouver sa taille"],
                colour="#E69F00",
                lanes=[
                    Lane(id="l-lea-touch", name="Points de contact", kind="touchpoints"),
                    Lane(id="l-lea-act", name="Actions", kind="actions"),
                    Lane(id="l-lea-emo", name="Émotions", kind="emotions"),
                    Lane(id="l-lea-pain", name="Irritants", kind="pain_points"),
                ],
            ),
            Persona(
                id="p-marc",
                name="Marc",
                role="Cadre pressé",
                colour="#56B4E9",
                lanes=[
                    Lane(id="l-marc-touch", name="Touchpoints", kind="touchpoints"),
                    Lane(id="l-marc-think", name="Pensées", kind="thoughts"),
                ],
            ),
        ],
        cards=[
            _card("c-blog", "p-lea", "l-lea-touch", "s-aware", "Blog", channel="blog", effort=1),
            _card("c-friend", "p-lea", "l-lea-touch", "s-aware", "Ami", channel="word_of_mouth"),
            _card("c-site", "p-lea", "l-lea-touch", "s-consider", "Site", channel="website"),
            _card("c-compare", "p-lea", "l-lea-act", "s-consider", "Compare les prix"),
            _card("c-mail", "p-lea", "l-lea-touch", "s-consider", "Newsletter", channel="email"),
            _card("c-store", "p-lea", "l-lea-touch", "s-buy", "Boutique", channel="store"),
            _card("c-queue", "p-lea", "l-lea-pain", "s-buy", "File en caisse", emotion=-2),
            _card("c-wear", "p-lea", "l-lea-act", "s-use", "Porte la chemise", emotion=2),
            _card("c-marc-ad", "p-marc", "l-marc-touch", "s-aware", "Pub", channel="website"),
            _card("c-marc-call", "p-marc", "l-marc-touch", "s-buy", "Appel", channel="phone"),
            _card("c-marc-chat", "p-marc", "l-marc-touch", "s-buy", "Chat", channel="live_chat"),
            _card("c-marc-doubt", "p-marc", "l-marc-think", "s-consider", "Trop cher ?"),
        ],
        links=[
            Link(id="k-blog-site", from_card="c-blog", to_card="c-site", label="clic"),
            Link(id="k-site-store", from_card="c-site", to_card="c-store", label="réserve"),
            Link(id="k-mail-store", from_card="c-mail", to_card="c-store"),
            Link(id="k-call-chat", from_card="c-marc-call", to_card="c-marc-chat"),
        ],
        channels=[c for c in default_channels() if c.id in CHANNELS],
    )


def _card(card_id, persona, lane, stage, title, **fields) -> Card:
    return Card(id=card_id, persona=persona, lane=lane, stage=stage, title=title, **fields)


def assert_consistent(project: Project) -> None:
    assert project.integrity_problems() == []
    Project.model_validate(project.model_dump())


def check_undo_redo(project: Project, edit: Edit) -> Change:
    """Apply `edit`, then check that its inverse restores the project exactly and that the
    inverse's own inverse (a redo) gives back the edited project. Leaves the edit applied."""
    before = project.model_copy(deep=True)
    change = edit.apply(project)
    assert_consistent(project)
    after = project.model_copy(deep=True)
    undo = change.inverse.apply(project)
    assert project == before
    assert_consistent(project)
    undo.inverse.apply(project)
    assert project == after
    return change


@pytest.fixture
def journey() -> Project:
    return build_journey()


@pytest.fixture(scope="session")
def pristine_journey() -> Project:
    """Shared and never edited: tests that need their own copy take `model_copy(deep=True)`."""
    return build_journey()


@pytest.fixture
def undo_redo() -> Callable[[Project, Edit], Change]:
    return check_undo_redo
