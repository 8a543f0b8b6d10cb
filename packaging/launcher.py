"""PyInstaller entry script: the frozen app's `journey-editor` executable.

The same entry point as the console script and `python -m journey_editor`: no argument or a
FILE opens the editor window, a command (`export`, `snapshot`, `--help` …) runs the CLI.
"""

import sys

from journey_editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
