"""A map is decoded and validated with the garbage collector paused (a third of a big load),
and the collector is left exactly as it was found, whatever happens."""

import gc

import pytest

from journey_editor.persistence import ProjectFileError, native
from journey_editor.persistence.native import project_from_bytes, project_to_bytes


def test_the_collector_is_off_while_a_map_is_validated_and_on_after(small_project, monkeypatch):
    during: list[bool] = []
    validate = native.Project.model_validate

    def watched(document):
        during.append(gc.isenabled())
        return validate(document)

    monkeypatch.setattr(native.Project, "model_validate", watched)
    project = project_from_bytes(project_to_bytes(small_project))
    assert project == small_project
    assert during == [False]
    assert gc.isenabled()


def test_a_refused_file_leaves_the_collector_on():
    with pytest.raises(ProjectFileError):
        project_from_bytes(b'{"id": "x", "id": "y"}')
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(small_project):
    gc.disable()
    try:
        project_from_bytes(project_to_bytes(small_project))
        assert not gc.isenabled()
    finally:
        gc.enable()
