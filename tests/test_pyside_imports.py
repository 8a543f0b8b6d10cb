"""PySide6 does not read the source of every module the editor imports (pyside_imports.py):
its check for `__feature__` users is answered from the module's name."""

import json
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    import PySide6.QtCore
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside

    import journey_editor.ui.shell.main_window  # what the editor loads before its window

    ours = [name for name in sys.modules if name.startswith("journey_editor")]
    # The one module read is the one that answers the check from then on.
    read = [
        name for name in linecache.cache
        if "journey_editor" in name and not name.endswith("pyside_imports.py")
    ]
    # (PySide6 asks about the modules it sees imported, not every one: None for the others.)
    flags = {feature.pyside_feature_dict.get(name) for name in ours} - {None}
    # The check PySide6 ships does read a module's source: the patch is what keeps it out.
    import email.charset as sample
    original(sample)
    print(json.dumps({
        "ours": len(ours), "read": read, "flags": sorted(flags),
        "original_reads": any("email" in name for name in linecache.cache),
        "json_flag": feature.pyside_feature_dict.get("json"),
    }))
    """
)


def test_the_editors_modules_are_not_read_as_text_by_pyside():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["ours"] > 100
    assert facts["read"] == []  # not one source file of ours in linecache
    assert facts["flags"] == [0]  # each known to PySide6 as a module that uses it
    assert facts["json_flag"] == -1  # another library's: taken as not using it
    assert facts["original_reads"]


def test_without_pyside_loaded_nothing_is_touched():
    probe = (
        "import sys, journey_editor.pyside_imports as p; "
        "print(p.skip_source_reading(), 'PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]
