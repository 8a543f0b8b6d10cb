"""journey-editor: an offline desktop editor for customer-journey maps."""

__version__ = "0.1.0"


def _quick_imports_under_pyside() -> None:
    # A host that loaded PySide6 before us (a benchmark probe, a test runner) would otherwise
    # have it read the source of each of our modules as they load (pyside_imports.py).
    import sys

    if "shibokensupport.feature" in sys.modules:
        from journey_editor.pyside_imports import skip_source_reading

        skip_source_reading()


_quick_imports_under_pyside()
